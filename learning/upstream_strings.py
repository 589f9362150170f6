"""Wagtail's and wagtail-localize's admin strings whose French we mend, listed so that `makemessages`
keeps them in our catalogues, which come first (LOCALE_PATHS): their French calls a content language a
"région" and writes "Status :", where our editors read "langue" and "Statut :". Nothing imports this
module; only makemessages reads it (as accounts/django_strings.py for Django's strings)."""

from django.utils.translation import gettext_noop

STRINGS = [
    # wagtail (models, admin): a page's status side panel, the locale filters and listings
    gettext_noop("locale"),
    gettext_noop("Locale"),
    gettext_noop("Locale: "),
    gettext_noop("Available in %(translations_total)s locales"),
    gettext_noop("Switch locales"),
    gettext_noop("Status: "),
    gettext_noop("Current page status:"),
    gettext_noop("Locking status"),
    # wagtail_localize: its "Translate this page" form and its message
    gettext_noop("Locales"),
    gettext_noop("{} locales"),
]
