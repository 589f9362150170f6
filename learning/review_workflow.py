"""The pedagogical committee's review workflow, named in the admin's language.

Wagtail shows a workflow's and a task's name as stored (accounts' migration 0002 stores them in English),
in every admin language. The names of our workflow and task are read as a `TranslatedName` instead
(`translate_name`, on post_init): a str equal to the stored name (queries, comparisons and saving see the
stored name), whose str() is its translation in the active language, so every screen that shows them
(status panel, dashboard, history, notifications) shows them in the language of the person reading. The
"Submit to ..." button gets a whole sentence per language (`submit_label`): "Soumettre au comité
pédagogique", not "Soumettre à" + a name.

The history (a page's, the site's) writes the names its log entries stored when the workflow ran, not the
models': `HistoryFormatter` wraps Wagtail's formatter of each workflow action and hands it the entry with
our names translated (`name_in_history`, from the `register_log_actions` hook).

What the committee asked for (issue 21): Wagtail keeps a "request changes" comment in the page's history
and in the status panel's "View details" dialog. `changes_requested(page)` finds the request the editor has
yet to answer, and `ChangesRequestedPanel` (first in the Content tab of every page) and the translation
editor's review panel show it, with who asked and when, where the editor works."""

import copy

from django.db.models.signals import post_init
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.models import GroupApprovalTask, Task, TaskState, Workflow, WorkflowState

WORKFLOW = gettext_noop("Pedagogical committee review")
TASK = gettext_noop("Pedagogical committee approval")

SUBMIT_LABELS = {WORKFLOW: _("Submit to the pedagogical committee")}
RESUBMIT_LABELS = {TASK: _("Resubmit to the pedagogical committee")}


class TranslatedName(str):
    """A stored name that shows itself in the active language (str(), templates, "%s")."""

    def __str__(self):
        return gettext(str.__str__(self))


def translate_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")
    if type(name) is str and name in (WORKFLOW, TASK):
        instance.name = TranslatedName(name)


WORKFLOW_ACTIONS = (
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
)


def translated_titles(data):
    """A copy of a log entry's data whose workflow and task titles, where they are ours, are translated
    (the workflow's own "title", and the "title" of its "task" and "next")."""
    workflow = data.get("workflow") if isinstance(data, dict) else None
    if not isinstance(workflow, dict):
        return data
    workflow = dict(workflow)
    if workflow.get("title") in (WORKFLOW, TASK):
        workflow["title"] = gettext(workflow["title"])
    for step in ("task", "next"):
        if isinstance(workflow.get(step), dict) and workflow[step].get("title") in (WORKFLOW, TASK):
            workflow[step] = {**workflow[step], "title": gettext(workflow[step]["title"])}
    return {**data, "workflow": workflow}


class HistoryFormatter:
    """Wagtail's formatter of a workflow action, given the log entry with our names translated."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.label = upstream.label

    def format_message(self, log_entry):
        return self.upstream.format_message(with_translated_titles(log_entry))

    def format_comment(self, log_entry):
        return self.upstream.format_comment(log_entry)


def with_translated_titles(log_entry):
    entry = copy.copy(log_entry)
    entry.data = translated_titles(log_entry.data)
    return entry


def name_in_history(actions):
    """Wrap Wagtail's formatters of the workflow actions in `actions` (a LogActionRegistry whose
    Wagtail hooks have run): in its `formatters`, so that the history's filter lists each action once."""
    for action in WORKFLOW_ACTIONS:
        upstream = actions.formatters.get(action)
        if upstream is not None and not isinstance(upstream, HistoryFormatter):
            actions.formatters[action] = HistoryFormatter(upstream)


def submit_label(workflow):
    """Our sentence for "Submit to <workflow>", or None for another workflow."""
    return SUBMIT_LABELS.get(str.__str__(workflow.name)) if workflow is not None else None


def resubmit_label(task):
    return RESUBMIT_LABELS.get(str.__str__(task.name)) if task is not None else None


def connect():
    """Connect the receiver for Wagtail's workflow and task models (learning.signals does)."""
    for model in (Workflow, Task, GroupApprovalTask):
        post_init.connect(
            translate_name, sender=model, dispatch_uid=f"learning.translate_name.{model.__name__}"
        )


def changes_requested(page):
    """The task state (its `get_comment()`, `finished_by`, `finished_at`) of the committee's request for
    changes on `page` that has not been answered by a new submission, or None."""
    if page.pk is None:
        return None
    workflow_state = page.current_workflow_state
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    return task_state.specific


class ChangesRequestedPanel(Panel):
    """At the top of a page's editor, while the committee's request for changes waits: its comment."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("The committee's request"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "learning/admin/changes_requested_panel.html"

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.task_state = changes_requested(self.instance)

        def is_shown(self):
            return self.task_state is not None and super().is_shown()

        def get_context_data(self, parent_context=None):
            return {**super().get_context_data(parent_context), "task_state": self.task_state}
