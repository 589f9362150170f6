"""Admin views of our own, where Wagtail's or wagtail-localize's need a different rule.

- `HomeFirstExplorableIndexView`: the page explorer opens on the home page in the admin's language, not
  on the tree's root (four "Solidaire" home pages and a warning); `?all=1` shows the root. Its listing
  has a column for the translation's state (`TranslationStateColumn`). Both through
  `SolidairePageViewSet`, which replaces Wagtail's default page viewset (learning.wagtail_hooks).
- `UpdateTranslationsView`: wagtail-localize's "Sync translated pages", without its "Publish immediately"
  for people who may not publish the page: a sync brings the changes into the translations, which then go
  through the committee's review like any change (its URL: learning.wagtail_hooks).
- `SubmitPageTranslationView`, `convert_to_alias`: wagtail-localize's "Translate" and "Convert to alias
  page", at their own addresses (learning.wagtail_hooks), for people who may not publish the page: the
  translation is made without publishing anything and goes to the committee
  (learning.translation_review.translate_for_review); the conversion, which replaces the live page at
  once and keeps no draft, is refused with a message. Publishers get wagtail-localize's views unchanged.
- `ConfirmedWorkflowActionView`: Wagtail's workflow action (the dashboard's "Approve", "Request changes"),
  then a message saying what it did ("approved and published"); Wagtail's own says nothing. Used for every
  page type through `SolidairePageViewSet` (Wagtail's page viewsets, registered in learning.wagtail_hooks).
- `EditWorkflowView`, `EditTaskView`: Wagtail's forms for a workflow and a task in Settings, showing and
  saving the stored name (the one learning.review_workflow translates), not its translation, which would
  be saved in its place and then no longer be translated. Wagtail's workflow URLs come before any hook's,
  so config/urls.py puts these two in front of them (docs/upgrading.md).
"""

from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.ui.tables import BaseColumn
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.views.workflows import Edit as WagtailEditWorkflowView
from wagtail.admin.views.workflows import EditTask as WagtailEditTaskView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.views import convert
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView as LocalizeSubmitPageTranslationView,
)
from wagtail_localize.views.update_translations import (
    UpdateTranslationsView as LocalizeUpdateTranslationsView,
)

from learning.models import HomePage
from learning.translation_review import may_publish, translate_for_review


def explorer_start_page(user):
    """The home page in the admin's language (the French one if that language has none), when the
    user's explorable root is the tree's root; else None (Wagtail's own start page stands)."""
    root = PagePermissionPolicy().explorable_root_instance(user)
    if root is None or not root.is_root():
        return None
    homes = HomePage.objects.filter(depth=2).select_related("locale").order_by("path")
    by_language = {home.locale.language_code: home for home in homes}
    language = (get_language() or "fr").split("-")[0]
    return by_language.get(language) or by_language.get("fr") or next(iter(by_language.values()), None)


class UpdateTranslationsView(LocalizeUpdateTranslationsView):
    def may_publish(self):
        instance = self.object.get_source_instance()
        if isinstance(instance, Page):
            return instance.permissions_for_user(self.request.user).can_publish()
        return True

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = gettext(
                "The pedagogical committee publishes: after the sync, translate the new segments and "
                "submit the translation for review."
            )
        return form


class SubmitPageTranslationView(LocalizeSubmitPageTranslationView):
    """wagtail-localize's "Translate this page"; for someone who may not publish the page, the
    translations go to the committee instead of being published."""

    @transaction.atomic
    def form_valid(self, form):
        if may_publish(self.request.user, self.object):
            return super().form_valid(form)
        locales = list(form.cleaned_data["locales"])
        waiting = translate_for_review(
            self.object, locales, self.request.user, form.cleaned_data["include_subtree"]
        )
        self.components.save(self.object, sources_and_translations={})
        languages = ", ".join(str(locale.get_display_name()) for locale in locales)
        values = {"title": self.object.get_admin_display_title(), "languages": languages}
        if waiting:
            text = gettext(
                "'%(title)s': its translation into %(languages)s waits for the pedagogical committee. "
                "The live pages have not changed."
            )
        else:
            text = gettext("'%(title)s': translation into %(languages)s started. Nothing was published.")
        messages.success(self.request, text % values)
        single = self.object.get_translation_or_none(locales[0]) if len(locales) == 1 else None
        return redirect(self.get_success_url() or self.get_default_success_url(single))


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", for those who may publish the page: it replaces the
    live translation by its source at once, and an alias has no draft to review."""
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True)
    if not may_publish(request.user, page):
        messages.error(
            request,
            gettext(
                "Only the pedagogical committee can turn a translation back into an alias: the live "
                "page would change at once. Nothing was changed."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.id)
    return convert.convert_to_alias(request, page_id)


class ConfirmedWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action view, unchanged, followed by a message naming the page and what the
    action did. Nothing is said when the action did not happen (a comment form sent back with errors)."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        task_state = TaskState.objects.select_related("workflow_state").get(pk=self.task_state.pk)
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            self.confirm(task_state)
        return response

    def confirm(self, task_state):
        page = Page.objects.get(pk=self.object.pk).specific
        title = get_latest_str(page)
        workflow_state = task_state.workflow_state
        finished = workflow_state.status == WorkflowState.STATUS_APPROVED
        published = finished and page.live and page.live_revision_id == task_state.revision_id
        if task_state.status == TaskState.STATUS_REJECTED:
            text = gettext("'%(title)s': changes requested. It goes back to its author.")
        elif published:
            text = gettext("'%(title)s': approved and published.")
        elif finished:  # a revision scheduled to go live later
            text = gettext("'%(title)s': approved.")
        elif workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
            text = gettext("'%(title)s': approved. It now waits for the next review step.")
        else:
            return
        url = page.get_url(request=self.request) if published else None
        buttons = [messages.button(url, gettext("View live"))] if url else []
        messages.success(self.request, text % {"title": title}, buttons=buttons)


class TranslationStateColumn(BaseColumn):
    """A page's translation state and its next step (pages annotated by the
    construct_explorer_page_queryset hook, learning.wagtail_hooks)."""

    cell_template_name = "learning/admin/translation_state_cell.html"


class HomeFirstExplorableIndexView(ExplorableIndexView):
    """Wagtail's page explorer, opening on the home page in the admin's language (`?all=1`: the tree's
    root), with the translation state after the page's status."""

    base_columns = [
        *ExplorableIndexView.base_columns,
        TranslationStateColumn("translation_state", label=_("Translations"), width="16%"),
    ]

    def get(self, request, parent_page_id=None):
        start = None if parent_page_id or request.GET.get("all") else explorer_start_page(request.user)
        if start is not None:
            return redirect("wagtailadmin_explore", start.id)
        return super().get(request, parent_page_id)


class PageSearchView(SearchView):
    """Wagtail's page search, saying what it counts ("1-20 sur 20 pages"): Wagtail's leaves its verbose
    names unset, and its results' header read "1-20 of 20 None"."""

    verbose_name = _("page")
    verbose_name_plural = _("pages")


class SolidairePageViewSet(PageViewSet):
    """Wagtail's views for every page type (it replaces Wagtail's default page viewset): the explorer
    opening on the admin's home page, the page search naming what it counts, the workflow action
    confirmed by a message."""

    model = Page
    index_view_class = HomeFirstExplorableIndexView
    search_view_class = PageSearchView
    workflow_action_view_class = ConfirmedWorkflowActionView


class StoredNameMixin:
    """The form's name field starts from the stored name (learning.review_workflow.TranslatedName shows
    itself translated, and a form field renders str() of its value)."""

    def get_initial(self):
        return {**super().get_initial(), "name": str.__str__(self.object.name)}


class EditWorkflowView(StoredNameMixin, WagtailEditWorkflowView):
    pass


class EditTaskView(StoredNameMixin, WagtailEditTaskView):
    pass


# Wagtail's admin URLs are all behind require_admin_access (wagtail.admin.urls); so are these.
edit_workflow = require_admin_access(EditWorkflowView.as_view())
edit_task = require_admin_access(EditTaskView.as_view())
