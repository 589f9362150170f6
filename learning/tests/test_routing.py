"""The two Wagtail overrides the site relies on, pinned: one-query routing (HomePage.route) and view
restrictions that aliases inherit (SolidairePage.get_view_restrictions)."""

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import resolve_url
from wagtail import hooks
from wagtail.models import PageViewRestriction, Site
from wagtail_localize.synctree import synchronize_tree

from learning.models import LessonPage, ModulePage
from tests.helpers import lesson_body, publish_child


def test_course_route_wins_over_a_module_with_the_same_slug(client, course_tree):
    """/course/certificate/ is the course's certificate route (POST only), as in Wagtail's own walk
    down the tree, even when a module is slugged "certificate"."""
    course = course_tree["course"]
    shadow = publish_child(course, ModulePage(title="Certificat", slug="certificate"))

    response = client.get(course.url + "certificate/")

    assert response.status_code == 405  # the course's POST-only route, not the module's page
    assert shadow.title.encode() not in response.content


def test_pages_under_a_module_sharing_a_route_slug_stay_reachable(client, course_tree):
    course = course_tree["course"]
    shadow = publish_child(course, ModulePage(title="Certificat", slug="certificate"))
    lesson = publish_child(shadow, LessonPage(title="Leçon cachée", slug="cachee", body=lesson_body()))

    response = client.get(lesson.url)

    assert response.status_code == 200
    assert "Leçon cachée" in response.content.decode()


def test_a_lesson_route_still_reaches_the_lesson(client, course_tree):
    lesson = course_tree["lessons"][0]

    response = client.post(lesson.url + "complete/")

    assert response.status_code == 302
    assert response["Location"] == lesson.url + "#lesson-completion"


def restrict_to_signed_in(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_a_restricted_course_asks_for_sign_in_on_its_lessons(client, course_tree):
    restrict_to_signed_in(course_tree["course"])
    lesson = course_tree["lessons"][0]

    response = client.get(lesson.url)

    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL) + "?")


def test_the_alias_of_a_restricted_course_is_restricted_too(
    client, locales, course_tree, django_capture_on_commit_callbacks
):
    """An alias counts as the page it is an alias of, also for a restriction added after the alias was
    made (Wagtail copies restrictions only when it creates the alias)."""
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["es"])
    restrict_to_signed_in(course_tree["course"])
    alias = course_tree["lessons"][0].get_translation(locales["es"])
    assert alias.alias_of_id == course_tree["lessons"][0].pk
    assert not PageViewRestriction.objects.filter(page__locale=locales["es"]).exists()

    response = client.get(alias.url)

    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL) + "?")


def test_signed_in_visitors_read_the_restricted_course(client, course_tree, django_user_model):
    restrict_to_signed_in(course_tree["course"])
    client.force_login(django_user_model.objects.create_user(username="lea", password="x-y-z-1-2-3"))

    response = client.get(course_tree["lessons"][0].url)

    assert response.status_code == 200


def test_a_restriction_added_after_the_route_is_cached_applies_at_once(client, course_tree):
    lesson = course_tree["lessons"][0]
    assert client.get(lesson.url).status_code == 200  # site, route and restrictions in the cache now

    restrict_to_signed_in(course_tree["course"])

    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL) + "?")


def test_a_new_site_for_a_host_is_used_at_once(client, course_tree):
    """The site of a host is cached (learning.routing); a site added for that host takes over at once."""
    lesson = course_tree["lessons"][0]
    assert client.get(lesson.url, HTTP_HOST="autre.example").status_code == 200  # the default site's
    Site.objects.create(hostname="autre.example", port=80, root_page=course_tree["course"], site_name="Autre")

    assert client.get(lesson.url, HTTP_HOST="autre.example").status_code == 404  # not under that root
    assert client.get(lesson.url).status_code == 200  # the default site still serves the others


def test_a_lesson_served_from_its_kept_route_has_its_routable_resolver_match(client, course_tree):
    """The second visit comes through learning.routing's kept route: the lesson's own route() still
    runs, and Wagtail's documented `request.routable_resolver_match` is there for its view."""
    lesson = course_tree["lessons"][0]
    responses = [client.get(lesson.url) for _ in range(2)]

    for response in responses:
        assert response.status_code == 200
        assert response.wsgi_request.routable_resolver_match.url_name == "lesson"


def test_a_kept_route_answers_only_get_and_head(client, course_tree):
    lesson = course_tree["lessons"][0]
    assert client.get(lesson.url).status_code == 200  # the route is kept now

    response = client.post(lesson.url + "complete/")

    assert response.status_code == 302
    assert response["Location"] == lesson.url + "#lesson-completion"


def test_the_serve_hooks_that_kept_routes_skip_are_wagtails_two(settings):
    """learning.routing does not run the serve hooks again for an address it kept (a GET or HEAD of a
    page with no view restriction). That is right only while the installed hooks are Wagtail's method
    check and view-restriction check: a new hook (ours, Wagtail's or an app's) fails this test and must be
    weighed there (docs/upgrading.md)."""

    def names(hook):
        return [f"{fn.__module__}.{fn.__name__}" for fn in hooks.get_hooks(hook)]

    assert names("before_serve_page") == ["wagtail.wagtail_hooks.check_request_method"]
    assert names("on_serve_page") == ["wagtail.wagtail_hooks.check_view_restrictions"]


def test_a_restricted_page_is_never_kept(client, course_tree):
    """A page under a restriction goes through Wagtail's serve view, and its hooks, every time."""
    restrict_to_signed_in(course_tree["course"])
    lesson = course_tree["lessons"][0]
    for _ in range(2):
        response = client.get(lesson.url)
        assert response.status_code == 302
    assert not [key for key in caches["default"]._cache if ":solidaire:route:" in key]
