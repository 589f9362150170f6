"""Where sign-in and sign-up send a visitor back: the page they were on, if it is one of this site's.

The links to both pages carry it as `next` (the `account_url` template tag); the sign-in view (Django's
LoginView) and the sign-up view check it again before redirecting to it."""

from django.utils.http import url_has_allowed_host_and_scheme

# The pages whose own `next` is passed on, instead of their own address, by their sign-in and sign-up links.
ACCOUNT_FORMS = ("login", "signup")


def safe_return_address(request, address):
    """`address` if it is a path or URL of this site (Django's url_has_allowed_host_and_scheme), else ""."""
    allowed = url_has_allowed_host_and_scheme(
        address, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return address if address and allowed else ""


def return_address(request, page=None):
    """Where signing in or up from this request sends the visitor back: on the sign-in and sign-up pages,
    their own `next` (so that moving from one to the other keeps it); on a page read (GET), its path,
    without the query string (a lesson's page is rendered once for every visitor: learning.page_cache);
    on a page shown in answer to a form (a refusal), the page the form belongs to, if any."""
    match = request.resolver_match
    if match is not None and match.url_name in ACCOUNT_FORMS:
        address = request.POST.get("next") or request.GET.get("next", "")
    elif request.method in ("GET", "HEAD"):
        address = request.path
    else:
        address = getattr(page, "url", None) or ""
    return safe_return_address(request, address)
