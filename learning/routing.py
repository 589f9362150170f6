"""Wagtail's page URLs, with the page an address leads to kept in the cache (learning.page_cache).

Wagtail finds a page for each request: its site (one query), the site's home page in the request's
language and its specific row (two or three), the page (HomePage.route: one query and its specific row)
and its view restrictions (one). `serve` below keeps the answer, the page and what is left of the path for
its own routes, under the address (scheme, host, port, language, path) and the pages generation, and on
the next GET or HEAD of that address hands the request straight to the page's own `route` and `serve`:
no query for the routing, and the page's routes run as Wagtail's would (`request.routable_resolver_match`
included).

Only pages without any view restriction (on themselves or an ancestor) are kept: Wagtail's serve hooks
(`before_serve_page`, `on_serve_page`) are not run again for a kept address, and the only ones installed
check the method (GET and HEAD pass) and view restrictions (none apply). A new restriction, a publish,
an unpublish, a move or a deletion changes the generation, and with it every key below.
`learning/tests/test_routing.py` pins the list of installed serve hooks (docs/upgrading.md).
"""

from django.urls import re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from learning import page_cache

SAFE_METHODS = ("GET", "HEAD")


def path_components(path):
    return [component for component in path.split("/") if component]


def route_key(request, path):
    return (
        "route",
        request.scheme,
        request.get_host(),
        request.get_port(),
        translation.get_language(),
        path,
        page_cache.generation(),
    )


def remember_route(request, path):
    """Keep Wagtail's route for this address (the page, and the components its own routes take) when
    the page has no view restriction. Called before the page serves, so the page kept carries nothing of
    this request."""
    route = Page.route_for_request(request, path)  # Wagtail keeps it for its serve view below
    if route is None or route.page.get_view_restrictions().exists():
        return
    site = Site.find_for_request(request)
    components = path_components(path)
    consumed = route.page.depth - site.root_page.depth
    page_cache.put(route_key(request, path), (route.page, components[consumed:]))


def serve(request, path):
    """Wagtail's serve view, or for an address already routed, the page's own route and serve."""
    if request.method not in SAFE_METHODS:
        return wagtail_serve(request, path)
    kept = page_cache.get(route_key(request, path))
    if kept is None:
        remember_route(request, path)
        return wagtail_serve(request, path)
    page, rest = kept
    route = page.route(request, rest)
    return route.page.serve(request, *route.args, **route.kwargs)


# Wagtail's URLs (wagtail.urls), its catch-all page pattern served by `serve` above.
urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
