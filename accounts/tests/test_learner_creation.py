"""When a Learner row is made (issue 14, item 15; issue 20, finding 6): never on a GET; a client that drops
its cookies cannot grow the database without bound, and cannot stop anyone else from keeping progress.

New anonymous learners are counted per client network (learning.new_visitors), never site-wide: one
network may make settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK of them in a window, enough for a room of
300 behind one address; a learner made by one action and never used again is forgotten after
settings.ONE_ACTION_LEARNER_RETENTION_HOURS."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.db import connection
from django.test import Client, RequestFactory
from django.utils import timezone

from learning import new_visitors
from learning.client_network import client_network
from learning.models import SESSION_KEY, TOO_MANY_NEW_VISITORS, Learner, LessonCompletion
from learning.privacy import purge_inactive_anonymous_learners
from quizzes.models import QuizAttempt
from tests.helpers import answer_data, answer_url, start_url, url


@pytest.fixture(autouse=True)
def one_window(monkeypatch):
    """Every test's counts fall in one window: a slow run crossing a window's end would restart them."""
    now = new_visitors.now_seconds()
    monkeypatch.setattr(new_visitors, "now_seconds", lambda: now)


ROOM = "192.0.2.10"  # a conference room's Wi-Fi: every phone behind one address
SCRIPT = "203.0.113.66"


def new_visitor(address=ROOM, **headers):
    """A browser never seen before (no cookie), behind `address`."""
    return Client(REMOTE_ADDR=address, **headers)


def done_url(lesson):
    return lesson.get_url() + "complete/"


def visitor_learner(client):
    return Learner.objects.get(pk=client.session[SESSION_KEY])


def refused_message(response):
    return str(TOO_MANY_NEW_VISITORS) in [str(message) for message in response.context["messages"]]


def test_get_requests_of_a_signed_in_person_make_no_learner(signed_in, course_tree):
    for name in ("my_learning", "export_my_data", "delete_account"):
        assert signed_in.get(url(name)).status_code == 200, name
    assert signed_in.get(course_tree["lessons"][0].get_url()).status_code == 200

    assert not Learner.objects.exists()


def test_an_account_that_did_nothing_exports_no_learner(signed_in):
    response = signed_in.get(url("export_my_data"))

    assert response.json()["learner"] is None


# The probe of issue 20, finding 6: one client's fresh sessions locked every new visitor out, site-wide.


def test_a_flood_of_fresh_sessions_leaves_a_new_visitor_their_progress(course_tree, quiz):
    for _ in range(130):
        assert new_visitor(SCRIPT).post(start_url(quiz)).status_code == 302

    visitor = new_visitor()
    assert visitor.post(start_url(quiz)).status_code == 302
    assert visitor.post(done_url(course_tree["lessons"][0])).status_code == 302

    learner = visitor_learner(visitor)
    assert learner.quiz_attempts.count() == 1
    assert learner.lesson_completions.count() == 1
    assert Learner.objects.count() == 131


def test_a_room_of_300_new_visitors_behind_one_address_all_keep_their_progress(course_tree, quiz):
    lesson = course_tree["lessons"][0]
    room = [new_visitor() for _ in range(300)]

    for visitor in room:
        assert visitor.post(done_url(lesson)).status_code == 302
    for visitor in room:
        assert visitor.post(start_url(quiz)).status_code == 302

    assert Learner.objects.count() == 300
    assert LessonCompletion.objects.count() == 300
    assert QuizAttempt.objects.count() == 300
    assert {visitor_learner(visitor).lesson_completions.count() for visitor in room} == {1}


# The bound on the rows a flood can make.


def test_cookie_less_posts_from_one_network_make_a_bounded_number_of_learners(settings, course_tree):
    settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK = 5
    lesson = course_tree["lessons"][0]

    for _ in range(20):
        assert new_visitor(SCRIPT).post(done_url(lesson)).status_code == 302

    assert Learner.objects.count() == 5


def test_past_its_bound_a_network_is_told_and_changes_nothing_while_others_go_on(settings, course_tree, quiz):
    settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK = 1
    first, second = course_tree["lessons"][:2]
    known = new_visitor(SCRIPT)
    known.post(done_url(first))

    refused = new_visitor(SCRIPT).post(start_url(quiz))
    told = new_visitor(SCRIPT).post(done_url(second), follow=True)

    assert refused.status_code == 429
    assert refused_message(told)
    assert Learner.objects.count() == 1
    assert not QuizAttempt.objects.exists()
    assert Session.objects.count() == 1  # the refused visitors got no session either
    assert known.post(done_url(second)).status_code == 302  # a visitor with a learner goes on
    assert visitor_learner(known).lesson_completions.count() == 2
    elsewhere = new_visitor("198.51.100.7")
    assert elsewhere.post(start_url(quiz)).status_code == 302  # another network is not held
    assert visitor_learner(elsewhere).quiz_attempts.count() == 1


def test_the_addresses_of_one_ipv6_network_share_its_bound(settings, course_tree):
    settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK = 2
    lesson = course_tree["lessons"][0]

    for address in ("2001:db8:0:7::1", "2001:db8:0:7::2", "2001:db8:0:7:ffff::3"):
        new_visitor(address).post(done_url(lesson))
    new_visitor("2001:db8:0:8::1").post(done_url(lesson))

    assert Learner.objects.count() == 3


def test_behind_the_proxy_the_address_it_forwards_counts_and_no_one_else_can_choose_it(settings, course_tree):
    settings.NEW_ANONYMOUS_LEARNERS_PER_NETWORK = 1
    settings.PROXY_ADDRESSES = ["127.0.0.1"]
    lesson = course_tree["lessons"][0]

    for address in ("198.51.100.1", "198.51.100.2"):  # the proxy appends the visitor's address
        new_visitor("127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.9.9.9, {address}").post(done_url(lesson))
    for address in ("198.51.100.3", "198.51.100.4"):  # not from the proxy: the header is ignored
        new_visitor(SCRIPT, HTTP_X_FORWARDED_FOR=address).post(done_url(lesson))

    assert Learner.objects.count() == 3


def test_no_address_is_kept(course_tree):
    new_visitor(SCRIPT).post(done_url(course_tree["lessons"][0]))

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM solidaire_cache")
        keys = [key for (key,) in cursor.fetchall()]
    counts = [key for key in keys if "new-learners" in key]
    assert len(counts) == 1
    assert SCRIPT not in counts[0]
    assert caches["shared"].get(counts[0].split(":", 2)[-1]) == 1  # the value is the count, nothing else


def test_a_learner_who_acted_once_is_forgotten_after_a_day_and_one_who_came_back_is_kept(
    settings, course_tree, quiz, questions
):
    settings.ONE_ACTION_LEARNER_RETENTION_HOURS = 24
    first, second = course_tree["lessons"][:2]
    once, twice, quiz_taker = new_visitor(), new_visitor(), new_visitor()
    once.post(done_url(first))
    twice.post(done_url(first))
    twice.post(done_url(second))
    quiz_taker.post(start_url(quiz))
    quiz_taker.post(answer_url(quiz, questions[0]), answer_data(questions[0]))
    kept = {visitor_learner(twice).pk, visitor_learner(quiz_taker).pk}

    assert purge_inactive_anonymous_learners(now=timezone.now() + timedelta(hours=23)) == 0
    assert purge_inactive_anonymous_learners(now=timezone.now() + timedelta(hours=25)) == 1

    assert set(Learner.objects.values_list("pk", flat=True)) == kept
    assert LessonCompletion.objects.count() == 2


def test_the_network_of_a_request():
    def network(remote, forwarded=None):
        headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
        return client_network(RequestFactory().post("/", REMOTE_ADDR=remote, **headers))

    assert network("203.0.113.5") == "203.0.113.5"
    assert network("2001:db8:0:7:1:2:3:4") == "2001:db8:0:7::/64"
    assert network("::ffff:203.0.113.5") == "203.0.113.5"
    assert network("127.0.0.1", "not an address, 203.0.113.5") == "203.0.113.5"
    assert network("", "203.0.113.5") == "203.0.113.5"  # gunicorn on a Unix socket: the proxy is local
    assert network("203.0.113.5", "198.51.100.1") == "203.0.113.5"  # not from the proxy: ignored
