"""Views of the learning app that are not pages: site search."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

SEARCH_PAGE_SIZE = 10


def search(request):
    """Search the live, public pages of the current language; `?q=` is the query."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2)
            .search(query)
        )
    page_obj = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "learning/search.html", {"query": query, "page_obj": page_obj})
