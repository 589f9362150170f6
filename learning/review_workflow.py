"""The pedagogical committee's review workflow, named in the admin's language.

Wagtail shows a workflow's and a task's name as stored (accounts' migration 0002 stores them in English),
in every admin language. The names of our workflow and task are read as a `TranslatedName` instead
(`translate_name`, on post_init): a str equal to the stored name (queries, comparisons and saving see the
stored name), whose str() is its translation in the active language, so every screen that shows them
(status panel, dashboard, history, notifications) shows them in the language of the person reading. The
"Submit to ..." button gets a whole sentence per language (`submit_label`): "Soumettre au comité
pédagogique", not "Soumettre à" + a name."""

from django.db.models.signals import post_init
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Task, Workflow

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
