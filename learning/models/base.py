"""What every page of the site shares: the editor's tabs, the "not yet translated" notice, breadcrumbs,
the context of htmx fragments, and one rule for view restrictions."""

import functools
import re

from django.db.models import F, Q
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page, PageViewRestriction

from learning.models.translations import updated_source_date, with_source_change
from learning.page_form import SolidairePageForm
from learning.review_workflow import ChangesRequestedPanel

BREADCRUMB_FIELDS = ("id", "title", "path", "depth", "url_path")
CSP_HEADER = "Content-Security-Policy"
FRAME_ANCESTORS = re.compile(r"frame-ancestors [^;]*")
PHONE_WIDTH = 360


def tabs(content, details=None):
    """The editor's tabs: content first, then details when the page has them, then Wagtail's own."""
    panels = [ObjectList([ChangesRequestedPanel(), *content], heading=_("Content"))]
    if details:
        panels.append(ObjectList(details, heading=_("Details")))
    panels += [
        ObjectList(Page.promote_panels, heading=_("Promote")),
        ObjectList(Page.settings_panels, heading=_("Settings")),
    ]
    return TabbedInterface(panels)


class SolidairePage(Page):
    """Behaviour every page of the site shares.

    - `tree_context()`: the page's place in the tree; by default its breadcrumbs (the ancestors below
      the home page). Course steps fetch theirs with the rest of their tree in one query.
    - `partial_template(name)` and `fragment_context()`: the named partial of the page's template that a
      view renders alone (an htmx answer), and what it needs outside the full page: the page (as `page`
      and `self`, like Wagtail's page context) and the language its content is really in.
    """

    # The admin lists a page's children in the tree's order (a course's modules, a module's steps), the
    # order learners follow, not the most recently edited first.
    admin_default_ordering = "ord"
    # Text fields that refuse what is too long instead of cutting it, the title saying its limit.
    base_form_class = SolidairePageForm

    class Meta:
        abstract = True

    @property
    def preview_sizes(self):
        """Wagtail's preview sizes, the phone at 360 px (the narrowest screen the site is designed for),
        and the preview opening at that width: editors see first what most learners see."""
        return [
            {**size, "device_width": PHONE_WIDTH} if size["name"] == "mobile" else size
            for size in super().preview_sizes
        ]

    def make_preview_request(self, original_request=None, preview_mode=None, extra_request_attrs=None):
        """Wagtail's preview: a request for the page's own URL, through the site's middleware, so under
        the public site's Content-Security-Policy, whose `frame-ancestors 'none'` kept the admin's
        preview panel blank. The preview keeps that policy, except that the admin (same origin) may
        frame it; Wagtail's preview view already answers with X-Frame-Options: SAMEORIGIN."""
        response = super().make_preview_request(original_request, preview_mode, extra_request_attrs)
        if CSP_HEADER in response:
            response[CSP_HEADER] = FRAME_ANCESTORS.sub("frame-ancestors 'self'", response[CSP_HEADER])
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.tree_context())
        if context.get("translations") is None:
            context["translations"] = PageTranslations(self)
        translations = context["translations"]
        context["untranslated_language"] = self.untranslated_language(translations)
        # Called by the template when it shows the notice (base.html), once: an htmx fragment that does
        # not show it costs nothing.
        context["source_updated_on"] = functools.cache(
            functools.partial(updated_source_date, self, translations)
        )
        return context

    def tree_context(self):
        return {"breadcrumbs": self.breadcrumbs()}

    def breadcrumbs(self):
        """The ancestors below the home page (catalogue, course...), outermost first; one query, none for
        the home page and the pages just under it."""
        if self.depth <= 3:
            return []
        return list(self.get_ancestors().filter(depth__gt=2).only(*BREADCRUMB_FIELDS))

    def partial_template(self, name):
        """The name views render a named partial of this page's template with (`template#name`)."""
        return f"{self.template}#{name}"

    def fragment_context(self, **extra):
        return {"page": self, "self": self, "untranslated_language": self.untranslated_language(), **extra}

    def get_view_restrictions(self):
        """Wagtail's rule in one query instead of two: the restrictions on this page and its ancestors,
        where an alias (which cannot have its own) counts as the page it is an alias of."""
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
        ).distinct()

    def untranslated_language(self, translations=None):
        """The language code this page's content is really in, when it is an alias in another locale.
        `translations` (pages annotated with `language_code`) spares the query when already fetched."""
        if self.alias_of_id is None:
            return None
        if translations is not None:
            languages = {page.pk: page.language_code for page in translations}
            if self.alias_of_id in languages and self.pk in languages:
                source_language = languages[self.alias_of_id]
                return source_language if source_language != languages[self.pk] else None
        return (
            Page.objects.filter(pk=self.alias_of_id)
            .exclude(locale_id=self.locale_id)
            .annotate(language_code=F("locale__language_code"))
            .values_list("language_code", flat=True)
            .first()
        )


class PageTranslations:
    """The translations of `page` (itself included), annotated with their `language_code` and with what
    `updated_source_date` reads (`with_source_change`), fetched in one query on first use: the language
    switcher (learning_tags.language_links), the alias notice and the "French version updated" notice
    share it."""

    def __init__(self, page):
        self.page = page

    @cached_property
    def pages(self):
        if self.page.pk is None:
            return []
        translations = self.page.get_translations(inclusive=True).annotate(
            language_code=F("locale__language_code")
        )
        return list(with_source_change(translations, self.page))

    def __iter__(self):
        return iter(self.pages)


class HtmxPartialMixin:
    """For pages that answer htmx requests with a named partial of their own template.

    `htmx_partial` names the partial served to an htmx request (history restores get the whole page);
    `htmx_partial_for(request)` may refuse it case by case. Every response varies on `HX-Request`, so a
    cache never serves the fragment for the page or the other way round."""

    htmx_partial = None

    def htmx_partial_for(self, request):
        htmx = getattr(request, "htmx", None)
        if htmx and not htmx.history_restore_request:
            return self.htmx_partial
        return None

    def get_template(self, request, *args, **kwargs):
        template = super().get_template(request, *args, **kwargs)
        partial = self.htmx_partial_for(request)
        return f"{template}#{partial}" if partial else template

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        patch_vary_headers(response, ["HX-Request"])
        return response


def content_language(page):
    """The language code `page`'s content is shown in to this request: its source's for an untranslated
    page (an alias, one query), else the request's language (the page's, from its URL). Progress rows
    keep it, so that the reports count each language's learners and answers."""
    return page.untranslated_language() or translation.get_language() or ""
