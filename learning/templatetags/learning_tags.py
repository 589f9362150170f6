"""Template tags of the public site: the language switcher's links, the header's sections, durations."""

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from learning import page_cache
from learning.models import StandardPage

register = template.Library()


def _home_url(language_code):
    """The home page of a language: /fr/, /en/... (Wagtail's catch-all pattern with an empty path)."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=("",))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language in settings.LANGUAGES, each to the same page in that language.

    A Wagtail page links to its translations (aliases included), found with one query; any other view
    links to its own URL in the other language. A language without a live translation of the page links
    to that language's home page. The result is kept on the request, so the switcher and the
    <link rel="alternate"> tags in <head> share the query.
    """
    request = context.get("request")
    page = context.get("page")
    is_page = isinstance(page, Page) and page.pk is not None
    key = page.pk if is_page else None
    cached = getattr(request, "_solidaire_language_links", None)
    if cached is not None and cached[0] == key:
        return cached[1]

    urls = {}
    if is_page:
        # A page's context has them (a course step's tree query, learning.models.base.PageTranslations).
        translations = context.get("translations")
        if translations is None:
            translations = page.get_translations(inclusive=True).annotate(
                language_code=F("locale__language_code")
            )
        for translation_page in translations:
            if translation_page.live or translation_page.pk == page.pk:
                urls[translation_page.language_code] = translation_page.get_url(request)
    elif request is not None:
        path = request.get_full_path()
        urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}

    current = translation.get_language()
    links = [
        {
            "code": code,
            "name": name,
            "url": urls.get(code) or _home_url(code),
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
    if request is not None:
        request._solidaire_language_links = (key, links)
    return links


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The sections of the current language's site for the header: live pages just under its home page
    with "show in menus" ticked (courses, toolkits, about...). Course steps fetch them with their tree
    context; elsewhere they come from the cache (learning.page_cache), one query when it has none."""
    if context.get("menu_pages") is not None:
        return context["menu_pages"]
    request = context.get("request")
    cached = getattr(request, "_solidaire_menu_pages", None)
    if cached is not None:
        return cached
    language = translation.get_language()
    pages = page_cache.cached(
        ("menu", language, page_cache.generation()),
        lambda: list(
            Page.objects.live()
            .filter(depth=3, show_in_menus=True, locale__language_code=language)
            .order_by("path")
            .only("id", "title", "path", "depth", "url_path", "alias_of_id", "content_type_id")
        ),
    )
    if request is not None:
        request._solidaire_menu_pages = pages
    return pages


def is_about_the_site(page):
    """A section about the site itself (about, privacy: a StandardPage), which the footer lists; the
    header lists the others (courses, toolkits, campaigns, countries), so that it keeps to two rows."""
    return page.content_type_id == ContentType.objects.get_for_model(StandardPage).pk


@register.filter
def header_sections(pages):
    return [page for page in pages if not is_about_the_site(page)]


@register.filter
def footer_sections(pages):
    return [page for page in pages if is_about_the_site(page)]


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """`{% include_block page.body %}`, rendered once per revision, language and site and then taken
    from the cache (learning.page_cache); a preview is always rendered."""
    request = context.get("request")

    def render():
        return mark_safe(page.body.render_as_block(context=context.flatten()))  # noqa: S308 - blocks' output

    if getattr(request, "is_preview", False):
        return render()
    language, site = translation.get_language(), page_cache.site_of(request)
    parts = ("body", *page_cache.content_version(page), language, site)
    return page_cache.cached(parts, render)


@register.simple_tag
def duration(minutes):
    """A duration in words: "about 1 h 35 min", "about 2 h", "about 15 min"."""
    hours, minutes = divmod(int(minutes or 0), 60)
    if hours and minutes:
        return _("about %(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}
    if hours:
        return _("about %(hours)s h") % {"hours": hours}
    return _("about %(minutes)s min") % {"minutes": minutes}


@register.simple_tag(takes_context=True)
def ui_lang(context):
    """` lang="xx"` for interface text inside an untranslated page, whose content carries another lang."""
    if context.get("untranslated_language"):
        return format_html(' lang="{}"', translation.get_language())
    return ""


@register.simple_tag
def source_lang(page):
    """` lang="fr"` on a listed alias: its title and summary are still in the source language (French)."""
    if getattr(page, "alias_of_id", None) and translation.get_language() != settings.LANGUAGE_CODE:
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""


ALIAS_NOTICES = {
    "fr": gettext_lazy("This page is not yet translated into your language. It is shown in French."),
    "en": gettext_lazy("This page is not yet translated into your language. It is shown in English."),
    "es": gettext_lazy("This page is not yet translated into your language. It is shown in Spanish."),
    "ht": gettext_lazy("This page is not yet translated into your language. It is shown in Haitian Creole."),
}


@register.simple_tag
def alias_notice(language_code):
    """The "not yet translated" sentence for a page whose content is in `language_code`: one whole
    sentence per language, so that translators can word each one naturally."""
    return ALIAS_NOTICES.get(language_code, ALIAS_NOTICES["fr"])


IN_LANGUAGE = {
    "fr": gettext_lazy("in French"),
    "en": gettext_lazy("in English"),
    "es": gettext_lazy("in Spanish"),
    "ht": gettext_lazy("in Haitian Creole"),
}


@register.simple_tag
def untranslated_mark(page):
    """A marker "in French" (in the learner's language) after a listed page that is not yet translated:
    an alias, whose title and content are still in the source language. Nothing for a translated page,
    nor in the source language itself."""
    current = translation.get_language()
    if not getattr(page, "alias_of_id", None) or current == settings.LANGUAGE_CODE:
        return ""
    return format_html(
        ' <span class="untranslated" lang="{}">{}</span>', current, IN_LANGUAGE[settings.LANGUAGE_CODE]
    )


@register.simple_tag
def step_icon(page):
    """The sprite's icon for a course step: "icon-lesson" for a lesson, "icon-quiz" for any other step."""
    model = page.specific_class if isinstance(page, Page) else None
    return "icon-lesson" if model is not None and model._meta.model_name == "lessonpage" else "icon-quiz"


@register.filter
def bdi(text):
    """`text` (a name people typed: a nickname, a team) in <bdi>, escaped: written right to left, or
    starting with digits, it keeps its own direction without turning the sentence around it."""
    return format_html("<bdi>{}</bdi>", text)
