"""Template filters for the account pages."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def answer_text(response):
    """A stored quiz answer as text: a list's items joined, yes/no for a boolean, "–" for nothing."""
    if response is None or response == "" or response == []:
        return "–"
    if isinstance(response, bool):
        return _("True") if response else _("False")
    if isinstance(response, list | tuple):
        return ", ".join(answer_text(item) for item in response)
    if isinstance(response, dict):
        return ", ".join(f"{key}: {answer_text(value)}" for key, value in response.items())
    return str(response)
