"""Views of the learning app that are not pages themselves: site search, finishing a lesson."""

from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from wagtail.models import Locale, Page

from learning import progress
from learning.progress import get_learner

SEARCH_PAGE_SIZE = 10


def search(request):
    """Search the live, public pages of the current language; `?q=` is the query."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=2).search(query)
    page_obj = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "learning/search.html", {"query": query, "page_obj": page_obj})


def complete_lesson(request, lesson):
    """POST: mark the lesson finished for this visitor. htmx gets the updated button area; without
    JavaScript the browser goes back to the lesson (post/redirect/get)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    course = lesson.get_ancestors().filter(depth=lesson.depth - 2).only("translation_key").first()
    learner = get_learner(request, create=True)
    progress.complete_lesson(learner, lesson, course.translation_key if course else lesson.translation_key)
    if not request.htmx:
        return redirect(lesson.get_url(request) + "#lesson-completion")
    context = lesson.get_context(request)
    response = TemplateResponse(request, "learning/lesson_page.html#completion", context)
    patch_vary_headers(response, ["HX-Request"])
    return response
