"""The learning app's admin: its snippets, translations reviewed like any change, the admin's language
and order, and the course reports (at the end).

Snippets:

The listings search with the database (`search_backend_name = None`: a case-insensitive "contains" on
`search_fields`), not the search index: SQLite's full-text backend cannot search a chosen subset of fields
(every query was a 500, "no such column: name"), and editors looking through a few dozen snippets want
part of a word or a code such as "c087" to match."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.models import Translation

from learning import page_aliases, review_workflow, translation_review
from learning.admin_panels import AwaitingReviewPanel
from learning.admin_views import (
    SolidairePageViewSet,
    SubmitPageTranslationView,
    UpdateTranslationsView,
    convert_to_alias,
    explorer_start_page,
)
from learning.models import GlossaryTerm, LabourStandard, ModulePage, Theme
from learning.permissions import named
from learning.reports.menu import ReportMenuItem
from learning.reports.permissions import COURSE_REPORT_READERS, enters_admin_for_course_reports_only
from learning.reports.views import CourseFunnelView, CourseReportView


class DatabaseSearchSnippetViewSet(SnippetViewSet):
    search_backend_name = None


class ThemeViewSet(DatabaseSearchSnippetViewSet):
    model = Theme
    icon = "tag"
    menu_order = 300
    list_display = ["name", "slug"]
    search_fields = ["name"]


class LabourStandardViewSet(DatabaseSearchSnippetViewSet):
    model = LabourStandard
    icon = "doc-full-inverse"
    menu_order = 301
    list_display = ["code", "title", "year_adopted", "category"]
    list_filter = ["category"]
    search_fields = ["code", "title"]


class GlossaryTermViewSet(DatabaseSearchSnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_order = 302
    list_display = ["term"]
    search_fields = ["term"]


register_snippet(ThemeViewSet)
register_snippet(LabourStandardViewSet)
register_snippet(GlossaryTermViewSet)


# -- the admin's reports (issue 10): learning.reports, under "Reports" ------------------------------------


@hooks.register("register_admin_urls")
def register_course_report_urls():
    return [
        path(
            "reports/solidaire/",
            include(
                (
                    [
                        path("courses/", CourseReportView.as_view(), name="courses"),
                        path("courses/<id:course_id>/", CourseFunnelView.as_view(), name="course_funnel"),
                    ],
                    "solidaire_reports",
                ),
                namespace="solidaire_reports",
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return ReportMenuItem(
        _("Courses"),
        reverse("solidaire_reports:courses"),
        name="solidaire-courses",
        icon_name="group",
        order=100,
        view=CourseReportView,
    )


@hooks.register("register_permissions")
def register_report_permissions():
    """The reports' permissions, which the admin's Settings > Groups may give (accounts.roles gives them)."""
    return named(COURSE_REPORT_READERS)


@hooks.register("construct_main_menu")
def show_facilitators_the_reports_only(request, menu_items):
    """The admin menu of someone who enters it for the course reports only (a facilitator) holds the
    reports (the rest would answer 403: learning.middleware)."""
    if enters_admin_for_course_reports_only(request.user):
        menu_items[:] = [item for item in menu_items if item.name == "reports"]


@hooks.register("construct_reports_menu")
def show_facilitators_the_course_reports_only(request, menu_items):
    if enters_admin_for_course_reports_only(request.user):
        menu_items[:] = [item for item in menu_items if item.name.startswith("solidaire-")]


# -- Translations reviewed like any change (learning.translation_review) ------------------------------


@hooks.register("register_admin_urls", order=-1)
def register_localize_urls():
    """wagtail-localize's views that can change a live page, at their own addresses, answered by ours
    (learning.admin_views), which publish nothing for someone who may not publish the page: "Sync
    translated pages" (its "Publish immediately" greyed out), "Translate this page" (the translations
    go to the committee), "Convert to alias page" (refused). Registered ahead of wagtail-localize's URLs
    (order -1), they are the ones Django finds."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsView.as_view(),
            name="solidaire_update_translations",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationView.as_view(),
            name="solidaire_submit_page_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="solidaire_convert_to_alias",
        ),
    ]


@hooks.register("before_edit_page", order=-1)
def translation_review_actions(request, page):
    """The translation editor's "Save draft" and "Submit to the pedagogical committee" (a POST with
    `translation-review`), before wagtail-localize's own hook renders its editor. Wagtail's edit view has
    checked that the user may edit the page."""
    action = request.POST.get("translation-review") if request.method == "POST" else None
    if action not in ("save", "submit"):
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None:
        return None
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.id])
    try:
        if action == "save":
            translation_review.save_draft(translation, request.user)
            messages.success(
                request,
                _("Draft of '%(title)s' saved. The live page has not changed.") % {"title": page.title},
            )
        else:
            workflow = translation_review.submit_for_review(translation, page, request.user)
            if workflow is None:
                messages.error(request, _("This page has no review workflow: nothing was submitted."))
            else:
                messages.success(
                    request,
                    _("'%(title)s' was submitted to the pedagogical committee: published once approved.")
                    % {"title": page.title},
                )
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s") % {"errors": "; ".join(error.messages)},
        )
    return redirect(edit_url)


@hooks.register("construct_page_chooser_queryset")
def search_pages_not_their_aliases(pages, request):
    """The page chooser's search, which mixes the languages, offers each page in the languages it is
    really in (each result marked with its parent's language), never its aliases: they bear the French
    title, and picking one linked to the stand-in instead of the page. Browsing a language's tree keeps
    its aliases, through which its translated pages are reached."""
    match = request.resolver_match
    if match is not None and match.url_name == "wagtailadmin_choose_page_search":
        return pages.filter(pk__in=Page.objects.filter(alias_of__isnull=True).values("pk"))
    return pages


@hooks.register("construct_explorer_page_queryset")
def annotate_translation_states(parent_page, pages, request):
    """The page listing marks out-of-date translations (templates/wagtailadmin/pages/listing/)."""
    return translation_review.annotate_states(pages)


# -- An admin a non-technical editor understands ----------------------------------------------------------


class CommitteeSubmitMenuItem(SubmitForModerationMenuItem):
    """Wagtail's "Submit to <workflow>" with our whole sentence for the committee's workflow."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page is not None and page.pk else None
        if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
            label = review_workflow.resubmit_label(state.current_task_state.task)
        else:
            workflow_page = page if page is not None and page.pk else context.get("parent_page")
            label = review_workflow.submit_label(workflow_page.get_workflow() if workflow_page else None)
        if label:
            context["label"] = label
        return context


@hooks.register("construct_page_action_menu")
def committee_submit_label(menu_items, request, context):
    """Wagtail's "Submit to <workflow>" item, where shown, replaced by ours at the same place; and
    wagtail-localize's "Convert to alias page" only for those who may publish the page (for others, the
    conversion is refused: learning.admin_views.convert_to_alias)."""
    page = context.get("page")
    converts = page is None or page.pk is None or translation_review.may_publish(request.user, page)
    menu_items[:] = [
        CommitteeSubmitMenuItem(order=item.order) if type(item) is SubmitForModerationMenuItem else item
        for item in menu_items
        if converts or item.name != "localize-convert-to-alias"
    ]


class HomeExplorerMenuItem(ExplorerMenuItem):
    """The sidebar's page explorer, opening on the home page in the admin's language instead of the
    tree's root (four "Solidaire" home pages, one per language)."""

    def render_component(self, request):
        start = explorer_start_page(request.user)
        if start is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name, self.label, self.url, start.id, icon_name=self.icon_name, classname=self.classname
        )


@hooks.register("construct_main_menu")
def explorer_opens_on_home(request, menu_items):
    """Wagtail's "Pages" item replaced by ours, made from the same label, address, icon and place."""
    menu_items[:] = [
        HomeExplorerMenuItem(
            item.label,
            item.url,
            name=item.name,
            classname=item.classname,
            icon_name=item.icon_name,
            attrs=item.attrs,
            order=item.order,
        )
        if type(item) is ExplorerMenuItem
        else item
        for item in menu_items
    ]


@hooks.register("construct_homepage_panels")
def approve_in_one_click(request, panels):
    """Wagtail's "Awaiting your review" replaced by ours, with a one-click "Approve"
    (learning.admin_panels)."""
    panels[:] = [
        AwaitingReviewPanel() if type(panel) is WorkflowObjectsToModeratePanel else panel for panel in panels
    ]


@hooks.register("register_admin_viewset")
def register_page_viewset():
    """Wagtail's page views with the workflow action confirmed by a message (learning.admin_views);
    registered after Wagtail's default page viewset (its hook's order is -1), which it replaces."""
    return SolidairePageViewSet()


@hooks.register("register_log_actions", order=1)
def name_the_workflow_in_history(actions):
    """After Wagtail's (order 0): the history names the committee's workflow in the reader's language."""
    review_workflow.name_in_history(actions)


@hooks.register("insert_editor_js")
def autosave_what_is_typed_meanwhile():
    """static/js/solidaire-autosave.js: text typed while an autosave is on its way is saved by the next,
    not taken for saved (issue 21, item 3; docs/upgrading.md, entry 18)."""
    return format_html('<script defer src="{}"></script>', static("js/solidaire-autosave.js"))


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    """Our few admin styles (static/css/solidaire-admin.css): a stylesheet, no inline style."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/solidaire-admin.css"))


# -- A module's steps: a new lesson goes before the module's quiz (issue 21) ------------------------------


@hooks.register("before_create_page")
def say_where_a_new_step_goes(request, parent_page, page_class):
    """The form of a new step in a module that has its quiz says that the step goes before the quiz, and
    why the admin offers no second quiz (QuizPage.max_count_per_parent)."""
    if request.method != "GET" or not isinstance(parent_page, ModulePage):
        return
    closing = parent_page.closing_step()
    if closing is not None and not getattr(page_class, "closes_module", False):
        messages.info(
            request,
            _("New lessons go before the module's quiz, “%(title)s”. A module has one quiz.")
            % {"title": closing.title},
        )


@hooks.register("after_create_page", order=1)
def withhold_or_place_the_aliases(request, page):
    """After wagtail-localize's own `after_create_page` hook (order 0), which has just added the page's
    aliases in the other languages: a page not live yet loses them until its first publication, and a step
    added to a module goes before the module's quiz, with its aliases (learning.page_aliases)."""
    page_aliases.page_created_in_admin(page)
