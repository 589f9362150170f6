"""Wagtail's own routing, with its answers kept in the cache (learning.page_cache): which site a host is,
and which page (and which of its routes) a URL leads to. Wagtail keeps both on the request
(`request._wagtail_site`, `request._wagtail_route_for_request`) and looks there first; here they are put
there from the cache, so that a page served again costs no query for its site, its locale, its home page,
the page itself or its specific row. A change to a page, a site or a locale changes the pages generation,
and with it every key below.

What Wagtail does with the route is unchanged: `serve` is Wagtail's serve view, with its hooks (view
restrictions, the preview...), given the route it would have found.
"""

from django.http.request import split_domain_port
from django.urls import re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from learning import page_cache

NO_SITE = "none"  # cached for a host no site answers (None is the cache's "not there")


def site_for_request(request):
    """Wagtail's Site for this request's host and port (Site.find_for_request), from the cache."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail: no ALLOWED_HOSTS check here
        parts = ("site", hostname, request.get_port(), page_cache.generation())
        site = page_cache.cached(parts, lambda: Site._find_for_request(request) or NO_SITE)
        request._wagtail_site = None if site == NO_SITE else site
    return request._wagtail_site


def route_for_request(request, path):
    """Page.route_for_request, from the cache: the page (its specific instance, a copy of its own), and
    the route's arguments. A URL that leads nowhere is not kept, and is looked up again each time."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = site_for_request(request)
    if site is None:
        return Page.route_for_request(request, path)
    parts = ("served-route", site.pk, translation.get_language(), path, page_cache.generation())
    route = page_cache.get(parts)
    if route is None:
        route = Page.route_for_request(request, path)
        if route is not None:
            page_cache.put(parts, route)
    request._wagtail_route_for_request = route
    return route


def serve(request, path):
    """Wagtail's serve view, given the route from the cache."""
    route_for_request(request, path)
    return wagtail_serve(request, path)


# Wagtail's URLs (wagtail.urls), its catch-all page pattern served by `serve` above.
urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
