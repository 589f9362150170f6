"""Reading quiz pages and fragments in tests."""

from bs4 import BeautifulSoup
from django.http import HttpResponseBase
from django.utils import translation


def parse(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(node):
    """The visible text of a parsed node (or a response), whitespace collapsed."""
    if isinstance(node, HttpResponseBase):
        node = parse(node)
    return " ".join(node.get_text(" ").split())


def section(response, question_id):
    """The <section> of one question, in a page or a fragment."""
    return parse(response).select_one(f"#question-{question_id}")


def feedback_text(response, question_id):
    found = section(response, question_id).select_one(".feedback")
    return text_of(found) if found is not None else None


def message(text, language="fr"):
    """An interface string as the site shows it in `language` (translated when the catalog is compiled)."""
    with translation.override(language):
        return " ".join(translation.gettext(text).split())
