"""The lesson page rendered once for everyone (learning.page_cache): each visitor still gets their own
progress, their own CSRF token and their own header, and a change to a page shows at once."""

import re
import time

from django.core.cache import caches
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client, override_settings

from learning import page_cache
from learning.models import LessonCompletion
from tests.helpers import make_user, parse

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def shared_pages():
    """The keys of the lesson pages rendered for everyone that the (per-process) test cache holds."""
    return [key for key in caches["default"]._cache if ":solidaire:page:" in key]


def learner_who_finished(lesson):
    """A visitor's client, with `lesson` finished (with the CSRF check on, as in a browser)."""
    client = Client(enforce_csrf_checks=True)
    page = client.get(lesson.get_url())
    token = TOKEN.search(page.content.decode()).group(1)
    response = client.post(lesson.get_url() + "complete/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    return client


def outline_marks(response):
    """{step title: "done" | "next" | ""} from the page's course outline."""
    marks = {}
    for item in parse(response).select(".course-index .index-steps li"):
        title = item.select_one("span[class!=current] > span, a > span > span").get_text(strip=True)
        marks[title] = "done" if "is-done" in item["class"] else "next" if "is-next" in item["class"] else ""
    return marks


def completion_is_done(response):
    return parse(response).select_one("#lesson-completion .done-mark") is not None


def page_token(response):
    return TOKEN.search(response.content.decode()).group(1)


def test_two_learners_each_see_their_own_progress_from_the_warm_cache(course_tree):
    first, second, third = course_tree["lessons"]
    alice = learner_who_finished(first)
    bob = learner_who_finished(second)

    alice_page = alice.get(third.get_url())
    assert shared_pages(), "the first visit stores the page rendered for everyone"
    bob_page = bob.get(third.get_url())

    assert outline_marks(alice_page) == {"Leçon 1": "done", "Leçon 2": "next", "Leçon 3": ""}
    assert outline_marks(bob_page) == {"Leçon 1": "next", "Leçon 2": "done", "Leçon 3": ""}
    assert completion_is_done(bob.get(second.get_url()))
    assert not completion_is_done(alice.get(second.get_url()))
    assert completion_is_done(alice.get(first.get_url()))
    assert not completion_is_done(bob.get(first.get_url()))


def test_each_learner_gets_their_own_csrf_token_from_the_warm_cache(course_tree):
    lesson = course_tree["lessons"][0]
    alice, bob = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    alice_page = alice.get(lesson.get_url())
    bob_page = bob.get(lesson.get_url())
    assert len(shared_pages()) == 1, "both pages come from the one rendering"

    alice_token, bob_token = page_token(alice_page), page_token(bob_page)
    assert page_cache.csrf_placeholder() not in bob_page.content.decode()
    # Every token on Bob's page (the forms', the one htmx sends) is Bob's secret, masked; none is Alice's.
    bob_secret, alice_secret = bob.cookies["csrftoken"].value, alice.cookies["csrftoken"].value
    assert bob_secret != alice_secret
    tokens = re.findall(r'(?:value="|"X-CSRFToken": ")([A-Za-z0-9]{64})"', bob_page.content.decode())
    assert len(tokens) >= 2
    assert {_unmask_cipher_token(token) for token in tokens} == {bob_secret}
    assert _unmask_cipher_token(alice_token) == alice_secret
    # Alice's token is refused with Bob's cookie; Bob's own is accepted.
    complete = lesson.get_url() + "complete/"
    assert bob.post(complete, {"csrfmiddlewaretoken": alice_token}).status_code == 403
    assert bob.post(complete, {"csrfmiddlewaretoken": bob_token}).status_code == 302
    assert LessonCompletion.objects.count() == 1


def test_the_signed_in_header_is_not_served_to_a_visitor_and_back(course_tree):
    lesson = course_tree["lessons"][0]
    member = Client(enforce_csrf_checks=True)
    member.force_login(make_user())
    visitor = Client()

    member_page = member.get(lesson.get_url())
    visitor_page = visitor.get(lesson.get_url())
    member_again = member.get(lesson.get_url())

    assert parse(visitor_page).select_one(".account form") is None
    assert parse(visitor_page).select_one(".account a") is not None
    for page in (member_page, member_again):
        assert parse(page).select_one(".account form button") is not None
    sign_out = parse(member_again).select_one(".account form")["action"]
    assert member.post(sign_out, {"csrfmiddlewaretoken": page_token(member_again)}).status_code == 302


def test_publishing_a_lesson_shows_its_new_text_at_once(course_tree):
    lesson = course_tree["lessons"][0]
    assert "Texte 1." in Client().get(lesson.get_url()).content.decode()

    lesson.body = [{"type": "paragraph", "value": "<p>Un texte tout neuf.</p>"}]
    lesson.save_revision().publish()

    content = Client().get(lesson.get_url()).content.decode()
    assert "Un texte tout neuf." in content
    assert "Texte 1." not in content


def test_publishing_another_step_updates_the_outline(course_tree):
    first, second, _third = course_tree["lessons"]
    assert "Leçon 2" in outline_marks(Client().get(first.get_url()))

    second.title = "Une leçon renommée"
    second.save_revision().publish()

    assert "Une leçon renommée" in outline_marks(Client().get(first.get_url()))


def test_unpublishing_a_step_removes_it_from_the_outline(course_tree):
    first, second, _third = course_tree["lessons"]
    assert "Leçon 2" in outline_marks(Client().get(first.get_url()))

    second.unpublish()

    assert "Leçon 2" not in outline_marks(Client().get(first.get_url()))


def test_a_message_for_the_visitor_is_shown_on_a_cached_lesson(course_tree):
    lesson = course_tree["lessons"][0]
    Client().get(lesson.get_url())  # the page rendered for everyone, in the cache
    visitor = Client()

    with override_settings(NEW_ANONYMOUS_LEARNERS_PER_NETWORK=0):
        response = visitor.post(lesson.get_url() + "complete/", follow=True)

    assert parse(response).select_one(".messages .message") is not None
    assert parse(Client().get(lesson.get_url())).select_one(".messages") is None


def test_the_cached_page_is_the_page_rendered_in_full(course_tree):
    """Apart from the CSRF token and blank lines, the page from the cache is the page rendered in full."""
    first, second, _third = course_tree["lessons"]
    visitor = learner_who_finished(first)
    visitor.get(second.get_url())
    cached = visitor.get(second.get_url())
    request = cached.wsgi_request
    full = second.specific.render(request).render()

    def normal(response):
        text = re.sub(r"[A-Za-z0-9]{64}", "TOKEN", response.content.decode())
        return [line for line in text.splitlines() if line.strip()]

    assert normal(cached) == normal(full)


def test_a_page_moved_by_another_server_is_routed_anew_past_this_process_memory(course_tree):
    """Another app server moves a page: this process learns it from the shared generation alone (its own
    signals never fired), and neither its memory nor the shared cache serves the old address."""
    lesson = course_tree["lessons"][0]
    old_url = lesson.get_url()
    assert Client().get(old_url).status_code == 200  # the route is in this process's memory now
    new_path = lesson.url_path.replace("/lecon-1/", "/lecon-un/")
    type(lesson).objects.filter(pk=lesson.pk).update(slug="lecon-un", url_path=new_path)  # no signal here
    assert Client().get(old_url).status_code == 200, "without the other server's word, the route stands"

    caches["default"].set(page_cache.GENERATION_KEY, time.time_ns(), timeout=None)  # the other server's word

    assert Client().get(old_url).status_code == 404
    assert Client().get(old_url.replace("/lecon-1/", "/lecon-un/")).status_code == 200


def test_a_request_reads_the_generation_once(course_tree, django_assert_max_num_queries):
    """However many cached parts a lesson is made of, the shared cache is asked for the generation once
    per request; and a warm lesson for a first visit costs no query at all."""
    lesson = course_tree["lessons"][1]
    Client().get(lesson.get_url())
    reads = []
    original = page_cache.cache

    def counting_cache():
        backend = original()

        class Counting:
            def get(self, key, *args, **kwargs):
                if key == page_cache.GENERATION_KEY:
                    reads.append(key)
                return backend.get(key, *args, **kwargs)

            def __getattr__(self, name):
                return getattr(backend, name)

        return Counting()

    page_cache.cache = counting_cache
    try:
        with django_assert_max_num_queries(0):
            response = Client().get(lesson.get_url())
    finally:
        page_cache.cache = original
    assert response.status_code == 200
    assert len(reads) == 1
