"""Template filters for the account pages, and the sign-in and sign-up links that bring the visitor back."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.return_address import return_address

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


@register.simple_tag(takes_context=True)
def account_url(context, name):
    """The URL of the sign-in or sign-up page (`name`) with the return address as `?next=`."""
    url = reverse(name)
    request = context.get("request")
    address = return_address(request, context.get("page")) if request is not None else ""
    return f"{url}?{urlencode({'next': address}, safe='/')}" if address else url
