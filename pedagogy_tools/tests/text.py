"""Interface text in tests. The toolkit fixture is French and its interface strings are translated, so a
test looks for the French of an English msgid (whatever the translator wrote), in the page's text."""

from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext


def normalise(text):
    return " ".join(text.split())


def fr(message, **values):
    """The French of the interface string `message` (a msgid), with `values` put in."""
    with translation.override("fr"):
        text = gettext(message)
    return normalise(text % values if values else text)


def text_of(response):
    """The visible text of an HTML response, whitespace collapsed."""
    return normalise(BeautifulSoup(response.content.decode(), "html.parser").get_text(" "))
