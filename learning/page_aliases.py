"""A new page's aliases in the other languages, made at its first publication (issue 21, item 3).

wagtail-localize's locale synchronisation (Settings > Locales, "Synchronise content from"; the
`LocaleSynchronization` rows, French for en, es and ht) adds, through its `after_create_page` hook, an alias
of every page created in the admin to each language synchronised from the page's: at once, draft or not,
autosave included. An editor who typed a title and left made four pages, their aliases in the public trees'
admin listings and searches. Here, a page created in the admin and not live yet keeps no alias: ours, run
after wagtail-localize's hook, deletes the aliases it has just made (and their two lines of history: an alias
made and deleted in one request), and `WithheldAliases` remembers the page. At its first publication (from its
edit page, a committee's approval, a scheduled time: Wagtail's `page_published` signal) the page gets its
aliases in every language synchronised from its own where it has neither a translation nor an alias yet,
placed in their modules as the page is (`ModulePage.place_new_step`). A page published on creation keeps
the aliases wagtail-localize made. A page deleted before its publication leaves nothing behind.

Pages made in code (the demo, tests) never went through the admin's hook: nothing changes for them; they get
their aliases from `synchronize_tree` or their translations, as before. docs/upgrading.md (entry 17)."""

from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import LocaleSynchronization

from learning.models import ModulePage, WithheldAliases


def place_step(page):
    """Put `page` before its module's quiz if it is a step just added to a module (else leave it)."""
    parent = page.get_parent().specific
    if isinstance(parent, ModulePage):
        parent.place_new_step(page)


def other_versions(page):
    """The pages that share `page`'s translation key (its translations and aliases), `page` excluded."""
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


def page_created_in_admin(page):
    """After wagtail-localize's `after_create_page` hook: a page created live keeps its aliases; one that
    is not live yet (a draft, an autosave, submitted for review, scheduled) loses them until its first
    publication. The page and its aliases go before their module's quiz."""
    if page.live:
        for step in [page, *other_versions(page)]:
            place_step(step)
        return
    aliases = list(page.aliases.all())
    for alias in aliases:
        alias.delete()
    PageLogEntry.objects.filter(page_id__in=[alias.pk for alias in aliases]).delete()
    WithheldAliases.objects.get_or_create(page=page)
    place_step(page)


def synchronised_from(locale):
    """The locales whose tree follows `locale`'s (Settings > Locales, "Synchronise content from")."""
    return Locale.objects.filter(
        pk__in=LocaleSynchronization.objects.filter(sync_from=locale).values("locale_id")
    )


def make_aliases(page):
    """`page`'s aliases in every language synchronised from its own (and, as wagtail-localize does, from
    theirs) where it has neither a translation nor an alias, each placed before its module's quiz."""
    for locale in synchronised_from(page.locale):
        if Page.objects.filter(translation_key=page.translation_key, locale=locale).exists():
            continue
        alias = page.copy_for_translation(locale, copy_parents=True, alias=True)
        place_step(alias)
        make_aliases(alias)


def page_published(page):
    """At the first publication of a page whose aliases were withheld, make them."""
    deleted, _ = WithheldAliases.objects.filter(page=page).delete()
    if deleted:
        make_aliases(page)
