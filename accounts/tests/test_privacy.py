"""The learner's rights and the minimum kept: download my data, delete my account, no IP address or user
agent anywhere, and anonymous progress forgotten after a while."""

import json
import re
import uuid
from datetime import timedelta

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.db import models
from django.test import Client
from django.utils import timezone
from pytest_django.asserts import assertRedirects

from accounts.models import User
from accounts.tests.visits import complete, stored_text_containing
from learning.models import Certificate, Learner, LessonCompletion
from offline.models import FormerLearner, OfflineAction
from quizzes.live import rules
from quizzes.models import Answer, LiveParticipant, LiveQuestionResult, QuizAttempt
from tests.helpers import (
    CONFIRM_FINISH,
    PASSWORD,
    answer_data,
    answer_url,
    finish_url,
    make_quiz,
    make_user,
    short_answer,
    single_choice,
    start_url,
    url,
)

pytestmark = pytest.mark.django_db

OUR_APPS = ["accounts", "learning", "quizzes", "pedagogy_tools"]
CLIENT_IP = "203.0.113.77"
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) PrivacyProbe/4.2"
# The export's section for the rows about a learner whose relation has no name (related_name="+").
HIDDEN_SECTIONS = {LiveParticipant: "live_participations"}
EMPTY_CERTIFICATE = {
    "learner_id": None,
    "course_key": None,
    "issued_at": None,
    "public_name": "",
    "status": "erased",
}


@pytest.fixture
def learner_with_every_kind_of_row(signed_in, user, course_tree):
    """A signed-in learner with a lesson completion, a finished quiz attempt with its answer, and a
    certificate, each made the way the site makes it where that is quick."""
    complete(signed_in, course_tree["lessons"][0])
    question = single_choice("privacy")
    quiz = make_quiz(course_tree["module"], questions=[question])
    signed_in.post(start_url(quiz))
    signed_in.post(answer_url(quiz, question), answer_data(question))
    signed_in.post(finish_url(quiz), CONFIRM_FINISH)
    learner = Learner.objects.get(user=user)
    Certificate.objects.create(learner=learner, course_key=course_tree["course"].translation_key)
    # A lesson done offline, sent from the phone after signing in (offline.sync), as an anonymous learner
    # merged into the account at sign-in left its former id.
    OfflineAction.objects.create(
        key=uuid.uuid4(),
        learner=learner,
        kind="lesson_done",
        target_key=course_tree["lessons"][1].translation_key,
    )
    FormerLearner.objects.create(former_id=learner.pk + 1000, learner=learner)
    assert learner.lesson_completions.count() == 1
    assert Answer.objects.filter(attempt__learner=learner).count() == 1
    assert QuizAttempt.objects.get(learner=learner).score == 100
    return learner


def export(client):
    response = client.get(url("export_my_data"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(response.content)


# Download my data.


def test_download_my_data_needs_sign_in(client):
    response = client.get(url("export_my_data"))

    assertRedirects(response, f"{url('login')}?next={url('export_my_data')}")


def test_download_my_data_contains_every_kind_of_row(signed_in, user, learner_with_every_kind_of_row):
    learner = learner_with_every_kind_of_row

    data = export(signed_in)

    assert data["account"]["username"] == user.username
    assert data["learner"]["id"] == learner.pk
    assert [row["lesson_key"] for row in data["lesson_completions"]] == [
        str(row.lesson_key) for row in learner.lesson_completions.all()
    ]
    attempt = QuizAttempt.objects.get(learner=learner)
    [exported_attempt] = data["quiz_attempts"]
    assert exported_attempt["quiz_key"] == str(attempt.quiz_key)
    assert exported_attempt["score"] == attempt.score
    assert [a["question_id"] for a in exported_attempt["answers"]] == [
        a.question_id for a in attempt.answers.all()
    ]
    assert exported_attempt["answers"][0]["response"] == attempt.answers.get().response
    assert [row["code"] for row in data["certificates"]] == [learner.certificates.get().code]


def test_download_my_data_has_a_section_for_every_table_that_refers_to_the_learner(
    signed_in, learner_with_every_kind_of_row
):
    """A new model keeping rows about a learner must add them to the export (its related name is the
    section's name, and its own related rows are in each exported row)."""
    data = export(signed_in)

    for relation in Learner._meta.related_objects:
        section = relation.get_accessor_name()
        assert data.get(section), f"{relation.related_model.__name__} rows missing from the export"
        for child in relation.related_model._meta.related_objects:
            assert all(row.get(child.get_accessor_name()) for row in data[section]), child
    for relation in Learner._meta.get_fields(include_hidden=True):
        if relation.auto_created and not relation.concrete and relation.hidden:  # related_name="+"
            assert HIDDEN_SECTIONS.get(relation.related_model) in data, relation.related_model.__name__


def test_download_my_data_holds_no_password_hash(signed_in, user):
    content = signed_in.get(url("export_my_data")).content.decode()

    assert user.password not in content
    assert "password" not in json.loads(content)["account"]


# Delete my account.


def test_delete_my_account_with_a_wrong_password_deletes_nothing(
    signed_in, user, learner_with_every_kind_of_row
):
    before = rows_referring_to(User, [user.pk])

    response = signed_in.post(url("delete_account"), {"password": PASSWORD + "-wrong"})

    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    assert 'class="form-error"' in response.content.decode()
    assert rows_referring_to(User, [user.pk]) == before
    assert learner_with_every_kind_of_row.certificates.get().is_valid
    assert User.objects.filter(pk=user.pk).exists()
    assert get_user(signed_in) == user


def test_delete_my_account_erases_the_user_the_learner_and_every_row_about_them(
    signed_in, user, learner_with_every_kind_of_row
):
    learner = learner_with_every_kind_of_row
    referring = rows_referring_to(User, [user.pk])
    assert {Learner, LessonCompletion, QuizAttempt, Answer, Certificate} <= set(referring)
    session_key = signed_in.session.session_key

    response = signed_in.post(url("delete_account"), {"password": PASSWORD})

    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Learner.objects.filter(pk=learner.pk).exists()
    assert rows_referring_to(User, [user.pk]) == {}
    for model, pks in referring.items():
        if model is Certificate:
            continue
        assert not model.objects.filter(pk__in=pks).exists(), model
    erased = list(Certificate.objects.filter(pk__in=referring[Certificate]).values())
    assert len(erased) == len(referring[Certificate]) == 1
    for row in erased:  # only the code is left, so that checking it says "no longer valid"
        assert row == {**EMPTY_CERTIFICATE, "id": row["id"], "code": row["code"]}
    assert not get_user(signed_in).is_authenticated
    assert not Session.objects.filter(session_key=session_key).exists()
    assert not any(str(user.pk) == s.get_decoded().get("_auth_user_id") for s in Session.objects.all())


def test_delete_my_account_needs_sign_in(client):
    response = client.post(url("delete_account"), {"password": PASSWORD})

    assertRedirects(response, f"{url('login')}?next={url('delete_account')}")


def test_delete_my_account_leaves_other_learners_alone(signed_in, user, course_tree):
    other = make_user("autre")
    other_learner = Learner.objects.create(user=other)
    LessonCompletion.objects.create(
        learner=other_learner,
        lesson_key=course_tree["lessons"][0].translation_key,
        course_key=course_tree["course"].translation_key,
    )
    kept = Certificate.objects.create(learner=other_learner, course_key=course_tree["course"].translation_key)

    signed_in.post(url("delete_account"), {"password": PASSWORD})

    assert User.objects.filter(pk=other.pk).exists()
    assert other_learner.lesson_completions.count() == 1
    kept.refresh_from_db()
    assert kept.is_valid and kept.learner == other_learner


def rows_referring_to(model, pks, depth=3):
    """{model: [pk...]} of the rows that refer to `pks` of `model`, directly or through rows that do,
    following the reverse relations `depth` levels down."""
    found = {}
    if not pks or depth == 0:
        return found
    for relation in model._meta.related_objects:
        related = relation.related_model
        rows = list(
            related._base_manager.filter(**{f"{relation.field.name}__in": pks}).values_list("pk", flat=True)
        )
        if not rows:
            continue
        found.setdefault(related, []).extend(rows)
        for deeper, deeper_rows in rows_referring_to(related, rows, depth - 1).items():
            found.setdefault(deeper, []).extend(deeper_rows)
    for field in model._meta.many_to_many:  # the user's own groups and permissions
        through = field.remote_field.through
        rows = list(
            through.objects.filter(**{f"{field.m2m_field_name()}__in": pks}).values_list("pk", flat=True)
        )
        if rows:
            found.setdefault(through, []).extend(rows)
    return found


def test_rows_referring_to_follows_many_to_many_and_nested_relations(user, learner_with_every_kind_of_row):
    """The walk used above finds what it should, so that an empty result means something."""
    from django.contrib.auth.models import Group

    user.groups.add(Group.objects.get_or_create(name="Facilitators")[0])

    found = rows_referring_to(User, [user.pk])

    assert found[Learner] == [learner_with_every_kind_of_row.pk]
    assert len(found[Answer]) == 1
    assert User.groups.through in found


# No IP address, no user agent.


def our_models():
    return [model for model in apps.get_models() if model._meta.app_label in OUR_APPS]


def test_no_model_of_ours_has_a_field_for_an_ip_address_or_a_user_agent():
    named_like = re.compile(r"(^|_)ip(_|$)|ip_?addr|remote_?addr|user_?agent|useragent", re.IGNORECASE)
    fields = [
        (model.__name__, field.name)
        for model in our_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.GenericIPAddressField) or named_like.search(field.name)
    ]
    assert our_models()
    assert fields == []


def test_a_failed_sign_in_stores_nothing_about_the_address_or_the_browser(client, user):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    response = client.post(
        url("login"),
        {"username": user.username, "password": "not-the-password"},
        REMOTE_ADDR=CLIENT_IP,
        HTTP_USER_AGENT=USER_AGENT,
        HTTP_X_FORWARDED_FOR=CLIENT_IP,
    )

    assert response.status_code == 200
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists()
    assert not AccessFailureLog.objects.exists()
    assert stored_text_containing(CLIENT_IP, "PrivacyProbe") == []


def test_a_successful_sign_in_stores_nothing_about_the_address_or_the_browser(client, user):
    client.post(
        url("login"),
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR=CLIENT_IP,
        HTTP_USER_AGENT=USER_AGENT,
        HTTP_X_FORWARDED_FOR=CLIENT_IP,
    )

    assert get_user(client) == user
    assert stored_text_containing(CLIENT_IP, "PrivacyProbe") == []


def test_stored_text_containing_finds_text_in_tables_caches_and_sessions(client, user):
    """The search above finds what it looks for, so that finding nothing means something."""
    user.first_name = "needle-in-a-table"
    user.save()
    for alias in settings.CACHES:
        caches[alias].set("probe", {"nested": [f"needle-in-cache-{alias}"]})
    session = client.session
    session["probe"] = "needle-in-a-session"
    session.save()
    needles = ["needle-in-a-table", "needle-in-a-session", *(f"needle-in-cache-{a}" for a in settings.CACHES)]

    found = stored_text_containing(*needles)

    assert {needle for _where, needle in found} == set(needles)
    for alias in settings.CACHES:
        caches[alias].delete("probe")


# Forgetting inactive anonymous learners.


def anonymous_learner_with_rows(course_tree, days_inactive):
    learner = Learner.objects.create()
    LessonCompletion.objects.create(
        learner=learner,
        lesson_key=course_tree["lessons"][0].translation_key,
        course_key=course_tree["course"].translation_key,
    )
    attempt = QuizAttempt.objects.create(learner=learner, quiz_key=course_tree["lessons"][1].translation_key)
    Answer.objects.create(attempt=attempt, question_id="q", response="x", is_correct=False)
    Learner.objects.filter(pk=learner.pk).update(
        last_active_at=timezone.now() - timedelta(days=days_inactive)
    )
    return learner


def test_purge_deletes_inactive_anonymous_learners_with_their_rows(course_tree, settings):
    settings.ANONYMOUS_LEARNER_RETENTION_DAYS = 30
    stale = anonymous_learner_with_rows(course_tree, days_inactive=31)
    recent = anonymous_learner_with_rows(course_tree, days_inactive=29)
    account = Learner.objects.create(user=make_user())
    Learner.objects.filter(pk=account.pk).update(last_active_at=timezone.now() - timedelta(days=400))

    call_command("purge_inactive_learners", verbosity=0)

    assert set(Learner.objects.values_list("pk", flat=True)) == {recent.pk, account.pk}
    assert rows_referring_to(Learner, [stale.pk]) == {}
    assert LessonCompletion.objects.filter(learner=recent).count() == 1
    assert Answer.objects.filter(attempt__learner=recent).count() == 1


def test_purge_takes_the_period_from_the_command_line(course_tree):
    stale = anonymous_learner_with_rows(course_tree, days_inactive=10)

    call_command("purge_inactive_learners", "--days", "9", verbosity=0)

    assert not Learner.objects.filter(pk=stale.pk).exists()


@pytest.mark.parametrize("days", ["0", "-1"])
def test_purge_refuses_a_period_below_one_day(course_tree, days):
    learner = anonymous_learner_with_rows(course_tree, days_inactive=1)

    with pytest.raises(CommandError, match="at least 1"):
        call_command("purge_inactive_learners", "--days", days, verbosity=0)

    assert Learner.objects.filter(pk=learner.pk).exists()


# Live sessions (issue 20, finding 8): a learner who joined with "count my answers toward my own progress"
# finds the participation in their data, and it goes with their account.

LIVE_NICKNAME = "Rosalie-du-port"
LIVE_WORDS = "mes-mots-a-moi-seule"


@pytest.fixture
def live_participation(signed_in, course_tree):
    """A live session of a quiz with a question in words, joined by the signed-in learner (counting toward
    their progress) and by someone else, both answering it; the session is still running."""
    question = short_answer("live")
    quiz = make_quiz(course_tree["module"], questions=[question], slug="live-quiz")
    owner = make_user("animatrice", group="Facilitators")
    session = rules.start_session(quiz, owner, "fr", ranking="nickname")
    other = Client()
    for client, nickname in [(signed_in, LIVE_NICKNAME), (other, "Ben")]:
        data = {"code": session.code, "nickname": nickname, "progress": "on"}
        response = client.post(url("live_join"), data)
        assert response.status_code == 302
    session.refresh_from_db()
    rules.advance(session, "open", session.version, quiz)
    signed_in.post(url("live_answer", session.pk, question["id"]), {"answer": LIVE_WORDS})
    other.post(url("live_answer", session.pk, question["id"]), answer_data(question))
    session.refresh_from_db()
    assert (session.joined_count, session.answered_count) == (2, 2)
    return session, quiz, question


def test_download_my_data_holds_my_live_participations_before_the_session_ends(
    signed_in, user, live_participation
):
    session, quiz, question = live_participation

    data = export(signed_in)

    [row] = data["live_participations"]
    assert (row["quiz_key"], row["quiz_title"]) == (str(quiz.translation_key), quiz.title)
    assert (row["nickname"], row["team"]) == (LIVE_NICKNAME, "")
    assert row["joined_at"]
    [answer] = row["answers"]
    assert (answer["question_id"], answer["response"]) == (question["id"], LIVE_WORDS)
    assert answer["is_correct"] is False
    assert answer["answered_at"]
    assert "Ben" not in json.dumps(data)


def test_deleting_my_account_erases_my_nickname_and_words_in_a_live_session_and_keeps_its_counts(
    signed_in, user, live_participation
):
    session, quiz, question = live_participation
    assert {where for where, _needle in stored_text_containing(LIVE_NICKNAME, LIVE_WORDS)}

    response = signed_in.post(url("delete_account"), {"password": PASSWORD})

    assert response.status_code == 302
    assert stored_text_containing(LIVE_NICKNAME, LIVE_WORDS) == []
    session.refresh_from_db()
    assert (session.joined_count, session.answered_count) == (2, 2)
    rules.advance(session, "finish", session.version, quiz)
    assert LiveQuestionResult.objects.get(session=session).answered == 2
    facilitator = Client()
    facilitator.force_login(session.facilitator)
    summary = facilitator.get(url("live_summary", session.pk, language="en")).content.decode()
    assert "2 participants" in summary
    assert [rank.name for rank in rules.ranking(session)] == ["Ben"]  # the erased participant is not ranked
