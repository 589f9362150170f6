"""The admin's marks for translations out of date, and the translation editor's review panel
(learning.translation_review): `{% translation_state page %}` in the page listing's column
(learning.admin_views.TranslationStateColumn), `{% translations_out_of_date object_list %}` above the
translations report, `{% translation_review_panel translation page %}` in the translation editor."""

from urllib.parse import urlencode

from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from wagtail.models import Page

from learning import review_workflow, translation_review

register = template.Library()


def sync_url(source_id, next_url):
    url = reverse("wagtail_localize:update_translations", args=[source_id])
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def state_context(context, page, next_url=None):
    """What templates/learning/admin/translation_state.html shows for `page` (annotated)."""
    state = translation_review.state_of(page)
    user = context["request"].user
    can_sync = user.has_perm("wagtail_localize.submit_translation") and page.translation_source_id
    return {
        "state": state,
        "changed_at": getattr(page, "source_changed_at", None),
        "sync_url": sync_url(page.translation_source_id, next_url) if can_sync else None,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.id]),
        "csrf_token": get_token(context["request"]),
        "request": context["request"],
    }


def annotated(page):
    return translation_review.annotate_states(Page.objects.filter(pk=page.pk)).first()


@register.inclusion_tag("learning/admin/translation_state.html", takes_context=True)
def translation_state(context, page):
    """The page listing's mark (pages annotated by the construct_explorer_page_queryset hook)."""
    if not hasattr(page, "source_changed_at"):
        return {"state": None}
    return state_context(context, page, context["request"].get_full_path())


@register.inclusion_tag("learning/admin/translation_review_panel.html", takes_context=True)
def translation_review_panel(context, translation, page):
    """Above wagtail-localize's editor: how up to date the translation is, a sync, "Save draft" and
    "Submit to the pedagogical committee", and where the review stands."""
    request = context["request"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.id])
    state = state_context(context, annotated(page), edit_url)
    workflow = page.get_workflow()
    workflow_state = page.current_workflow_state
    return {
        **state,
        "page": page,
        "can_publish": page.permissions_for_user(request.user).can_publish(),
        "workflow": workflow,
        "submit_label": review_workflow.submit_label(workflow) or (workflow.name if workflow else ""),
        "workflow_state": workflow_state,
        "changes_requested": review_workflow.changes_requested(page),
        "task": workflow_state.current_task_state.task
        if workflow_state and workflow_state.current_task_state
        else None,
        "action_url": edit_url,
    }


@register.inclusion_tag("learning/admin/translations_out_of_date.html", takes_context=True)
def translations_out_of_date(context, translations):
    """Above the translations report: those of `translations` (the report's whole filtered queryset, not
    one page of it) whose page is out of date, with a sync. Two queries, whatever their number."""
    wanted = {
        (str(object_id), locale_id): translation_id
        for translation_id, object_id, locale_id in translations.values_list(
            "pk", "source__object_id", "target_locale_id"
        )
    }
    if not wanted:
        return {"rows": []}
    pages = translation_review.annotate_states(
        Page.objects.filter(
            translation_key__in={key for key, _locale in wanted},
            locale_id__in={locale for _key, locale in wanted},
            alias_of__isnull=True,
        ).select_related("locale")
    ).order_by("path")
    next_url = context["request"].get_full_path()
    rows = []
    for page in pages:
        if (str(page.translation_key), page.locale_id) not in wanted:
            continue
        state = state_context(context, page, next_url)
        if state["state"]:
            rows.append({"page": page, "locale": page.locale, **state})
    return {"rows": rows}
