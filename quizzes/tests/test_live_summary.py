"""What the facilitator gets after a live session (issue 22, item 7 and the summary of item 1): a summary
of the questions asked only, "worth discussing" chosen by the rule it states, the ranking in the PDF as on
the page, team scores that read well, and sessions left open that end by themselves."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation

from accounts.models import User
from learning.models import Learner
from quizzes.live import rules
from quizzes.live.views import summary_document
from quizzes.models import LiveAnswer, LiveParticipant, LiveQuestionResult, LiveSession, QuizAttempt
from quizzes.tests.test_live import advance, facilitator, join, url
from tests.helpers import csv_rows, make_quiz, parse, pdf_pages, pdf_text, single_choice, text_of


def choice_id(question, index):
    return question["value"]["choices"][index]["id"]


def quiz_of(course_tree, count, slug="quiz"):
    questions = [single_choice(name=f"q{n}", correct=1) for n in range(1, count + 1)]
    return make_quiz(course_tree["module"], questions=questions, slug=slug), questions


def play(session, quiz, questions, picks, finish=True, phones=None, join_data=None):
    """Run `session`: everyone in `phones` (or one new phone per pick) joins (`join_data`: by phone number,
    more to post), then each question in `picks`
    is asked in turn and each phone answers the choice at its index (None: no answer). The session
    finishes after the last question in `picks` unless `finish` is false. Returns the phones."""
    join_data = join_data or {}
    people = max((len(row) for row in picks), default=0)
    phones = phones or [Client() for _ in range(people)]
    for number, phone in enumerate(phones):
        join(phone, session, f"P{number}", **join_data.get(number, {}))
    advance(session, "open", quiz)
    for index, row in enumerate(picks):
        if index:
            advance(session, "reveal", quiz)
            advance(session, "next", quiz)
        for phone, pick in zip(phones, row, strict=False):
            if pick is not None:
                question = questions[index]
                phone.post(
                    url("live_answer", session.pk, question["id"]), {"choice": choice_id(question, pick)}
                )
    if finish:
        advance(session, "finish", quiz)
    session.refresh_from_db()
    return phones


def summary_text(client, session, language="en"):
    return text_of(client.get(url("live_summary", session.pk, language=language)))


def pdf_of(client, session, language="en"):
    response = client.get(url("live_summary_pdf", session.pk, language=language))
    assert response.status_code == 200
    return response.content


# a. Only the questions asked.


def test_the_summary_lists_only_the_questions_asked_and_says_how_many_were_not(client, course_tree, home):
    quiz, questions = quiz_of(course_tree, 8)
    session = rules.start_session(quiz, facilitator("owner"), "fr")
    play(session, quiz, questions, [[1, 0], [1, 1]])  # ended after question 2 of 8
    client.force_login(session.facilitator)

    page = summary_text(client, session)
    assert "q2: prompt?" in page and "q3: prompt?" not in page and "0 answers" not in page
    assert "2 of 8 questions asked: the session ended before the other 6." in page
    rows = csv_rows(client.get(url("live_summary_csv", session.pk, language="en")))
    assert [row[0] for row in rows[1:3]] == ["1", "2"] and rows[3] == []
    assert ["Questions not asked", "6"] in [row[:2] for row in rows]
    assert not any(row[1:2] == ["q3: prompt?"] for row in rows)
    text = pdf_text(pdf_of(client, session))
    assert "q2: prompt?" in text and "q3: prompt?" not in text
    assert "2 of 8 questions asked: the session ended before the other 6." in text
    assert LiveQuestionResult.objects.filter(session=session).count() == 2


def test_a_session_ended_in_the_lobby_asked_nothing(client, course_tree, home):
    quiz, _questions = quiz_of(course_tree, 3)
    session = rules.start_session(quiz, facilitator("owner"), "fr")
    advance(session, "finish", quiz)
    client.force_login(session.facilitator)
    page = summary_text(client, session)
    assert "No question was asked: the session ended before the first one." in page
    assert "q1: prompt?" not in page


# b. Worth discussing: by the rule the summary states.

RULE = (
    "A question is worth discussing if fewer than 60% of those who answered got it right, or if 30% or more "
    "of them chose the same wrong answer; 3 questions at most, those with the fewest right answers."
)


def test_worth_discussing_selects_by_the_stated_rule(client, course_tree, home):
    quiz, questions = quiz_of(course_tree, 4)
    session = rules.start_session(quiz, facilitator("owner"), "fr")
    right, wrong_a, wrong_b = 1, 0, 2
    play(
        session,
        quiz,
        questions,
        [
            [right] * 5 + [wrong_a] * 3 + [wrong_b] * 2,  # 50% right: selected
            [right] * 7 + [wrong_a] * 3,  # 70% right, one wrong answer chosen by 30%: selected
            [right] * 7 + [wrong_a] * 2 + [wrong_b],  # 70% right, wrong answers spread: not selected
            [right] * 10,  # every one right: not selected
        ],
    )
    client.force_login(session.facilitator)
    chosen = [result.number for result in rules.worth_discussing(rules.results(session, quiz))]
    assert chosen == [1, 2]
    html = parse(client.get(url("live_summary", session.pk, language="en")))
    assert text_of(html.select_one(".live-discuss-rule")) == RULE
    assert [text_of(item).split(".")[0] for item in html.select(".live-discuss li")] == ["1", "2"]
    assert RULE in pdf_text(pdf_of(client, session))
    rows = csv_rows(client.get(url("live_summary_csv", session.pk, language="en")))
    assert [row[6] for row in rows[1:5]] == ["yes", "yes", "", ""]


def test_when_every_question_is_above_the_thresholds_none_is_worth_discussing(client, course_tree, home):
    quiz, questions = quiz_of(course_tree, 3)
    session = rules.start_session(quiz, facilitator("owner"), "fr")
    play(session, quiz, questions, [[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 1, 1]])  # 100%, 75% (25% wrong), 100%
    client.force_login(session.facilitator)
    assert rules.worth_discussing(rules.results(session, quiz)) == []
    html = parse(client.get(url("live_summary", session.pk, language="en")))
    assert not html.select(".live-discuss li")
    assert "None: no question met the rule." in text_of(html)


def test_worth_discussing_never_selects_more_than_the_three_weakest(client, course_tree, home):
    quiz, questions = quiz_of(course_tree, 5)
    session = rules.start_session(quiz, facilitator("owner"), "fr")
    play(session, quiz, questions, [[1, 0], [0, 0], [0, 2], [0, 3], [1, 0]])  # 50%, 0%, 0%, 0%, 50%
    chosen = [result.number for result in rules.worth_discussing(rules.results(session, quiz))]
    assert chosen == [2, 3, 4]


# c. The PDF shows the ranking chosen.


def test_the_pdf_shows_the_ranking_by_nickname(client, course_tree, home):
    quiz, questions = quiz_of(course_tree, 2)
    session = rules.start_session(quiz, facilitator("owner"), "fr", ranking="nickname")
    play(session, quiz, questions, [[0, 1], [1, 1]])
    client.force_login(session.facilitator)
    pages = pdf_pages(pdf_of(client, session))
    assert len(pages) == 1
    assert "Ranking" in pages[0]
    assert pages[0].index("P1: 2 right answers") < pages[0].index("P0: 1 right answer")


def test_the_pdf_shows_the_ranking_by_team(client, course_tree, home):
    quiz, questions = quiz_of(course_tree, 2)
    session = rules.start_session(quiz, facilitator("owner"), "fr", ranking="team", teams=["Rouge", "Bleu"])
    play(session, quiz, questions, [[1, 0], [1, 1]], join_data={0: {"team": "Rouge"}, 1: {"team": "Bleu"}})
    client.force_login(session.facilitator)
    text = pdf_text(pdf_of(client, session))
    assert "Rouge 1 2 2.0" in text and "Bleu 1 1 1.0" in text
    assert text.index("Rouge") < text.index("Bleu")


# d. Team scores.


def test_team_scores_read_as_an_average_per_member_with_one_decimal_in_the_readers_language(
    client, course_tree, home
):
    quiz, questions = quiz_of(course_tree, 1)
    teams = ["Grande", "Petite", "Muette", "Vide"]
    session = rules.start_session(quiz, facilitator("owner"), "fr", ranking="team", teams=teams)
    # Grande: 3 members, 2 right; Petite: 1 member, 1 right; Muette: 1 member who never answers; Vide: nobody.
    chosen = {0: "Grande", 1: "Grande", 2: "Grande", 3: "Petite", 4: "Muette"}
    play(
        session, quiz, questions, [[1, 1, 0, 1, None]], join_data={n: {"team": t} for n, t in chosen.items()}
    )
    ranks = rules.ranking(session)
    assert [(r.name, r.members, r.right, r.per_member) for r in ranks] == [
        ("Petite", 1, 1, 1.0),
        ("Grande", 3, 2, pytest.approx(2 / 3)),
        ("Muette", 1, 0, 0.0),
        ("Vide", 0, 0, None),
    ]
    client.force_login(session.facilitator)
    cells = [
        [text_of(cell) for cell in row.select("th, td")]
        for row in parse(client.get(url("live_summary", session.pk))).select(".live-ranking-teams tbody tr")
    ]
    assert cells == [
        ["1", "Petite", "1", "1", "1,0"],
        ["2", "Grande", "3", "2", "0,7"],
        ["3", "Muette", "1", "0", "aucun membre n'a répondu"],
        ["4", "Vide", "0", "0", "personne dans cette équipe"],
    ]
    page = summary_text(client, session, "en")
    assert "Teams are ranked by their average number of right answers per member" in page
    assert "0.7" in page and "0,0" not in page and " 0 per member" not in page


# e. Sessions nobody touched end by themselves.


def leave_idle(session, hours):
    """Make `session` and everything in it `hours` older."""
    then = timezone.now() - timedelta(hours=hours)
    LiveSession.objects.filter(pk=session.pk).update(created_at=then)
    LiveParticipant.objects.filter(session=session).update(created_at=then)
    LiveAnswer.objects.filter(participant__session=session).update(answered_at=then)


def test_a_session_nobody_touched_ends_by_itself_and_credits_its_learners_once(client, course_tree, home):
    quiz, questions = quiz_of(course_tree, 3)
    owner = facilitator("owner")
    session = rules.start_session(quiz, owner, "fr")
    learner_phone = Client()
    learner_phone.force_login(User.objects.create_user(username="learner", password="pw-long-enough-1"))
    play(
        session,
        quiz,
        questions,
        [[1, 0]],
        finish=False,
        phones=[learner_phone, Client()],
        join_data={0: {"progress": "on"}},
    )
    waiting = rules.start_session(quiz, owner, "fr")  # never opened
    recent = rules.start_session(quiz, owner, "fr")
    play(recent, quiz, questions, [[1]], finish=False)
    leave_idle(session, 13)
    leave_idle(waiting, 13)
    LiveSession.objects.filter(pk=recent.pk).update(created_at=timezone.now() - timedelta(hours=13))
    # `recent` is old, but someone answered a minute ago: it goes on.
    assert QuizAttempt.objects.count() == 0

    client.force_login(owner)
    rows = {
        row.select("td")[2].get_text(): text_of(row.select("td")[4])
        for row in parse(client.get(url("live_mine", language="en"))).select("tbody tr")
    }
    assert rows[session.code] == "ended by itself after 12 hours without activity"
    assert rows[waiting.code] == "ended by itself after 12 hours without activity"
    assert rows[recent.code] == "question open"
    for ended in (session, waiting):
        ended.refresh_from_db()
        assert (ended.state, ended.ended_idle, ended.finished_at is not None) == ("finished", True, True)
    attempt = QuizAttempt.objects.get()
    assert attempt.learner == Learner.objects.get(user__username="learner")
    assert attempt.answers.count() == 1

    # Read again, purged, ended again: nothing more is credited, nothing else changes.
    before = list(LiveSession.objects.filter(pk=session.pk).values_list())
    client.get(url("live_mine", language="en"))
    assert rules.end_idle(session) is False
    assert list(LiveSession.objects.filter(pk=session.pk).values_list()) == before
    call_command("purge_live_sessions", "--days", "1", stdout=io.StringIO())
    assert QuizAttempt.objects.count() == 1
    recent.refresh_from_db()
    assert recent.state == "open"
    summary = summary_text(client, session)
    assert "This session ended by itself after 12 hours without activity." in summary
    assert "q2: prompt?" not in summary


def test_the_room_and_the_remote_of_a_session_nobody_touched_say_it_ended_by_itself(
    client, course_tree, home
):
    quiz, questions = quiz_of(course_tree, 2)
    owner = facilitator("owner")
    session = rules.start_session(quiz, owner, "fr")
    play(session, quiz, questions, [[1]], finish=False)
    leave_idle(session, 13)
    client.force_login(owner)
    for screen in ("live_room", "live_remote"):
        page = text_of(parse(client.get(url(screen, session.pk, language="en"))))
        assert "The session is over." in page, screen
        assert "This session ended by itself after 12 hours without activity." in page, screen
    session.refresh_from_db()
    assert (session.state, session.ended_idle) == ("finished", True)


def test_the_purge_task_ends_idle_sessions_of_every_facilitator(course_tree, home):
    quiz, questions = quiz_of(course_tree, 2)
    session = rules.start_session(quiz, facilitator("owner"), "fr")
    play(session, quiz, questions, [[1]], finish=False)
    leave_idle(session, 13)
    call_command("purge_live_sessions", stdout=io.StringIO())
    session.refresh_from_db()
    assert (session.state, session.ended_idle, session.purged_at) == ("finished", True, None)
    assert LiveQuestionResult.objects.get(session=session).correct == 1


def test_the_pdf_keeps_eight_long_questions_and_twelve_teams_on_one_page(course_tree, home):
    long = "Dans quelle situation un syndicat peut-il demander l'ouverture d'une négociation avec l'employeur"
    questions = [single_choice(name=f"q{n}", correct=1, prompt=f"{n}. {long}") for n in range(8)]
    quiz = make_quiz(course_tree["module"], questions=questions)
    teams = [f"Équipe numéro {n} du syndicat" for n in range(12)]
    session = rules.start_session(quiz, facilitator("owner"), "fr", ranking="team", teams=teams)
    people = [rules.join(session, f"P{n}", team=teams[n % 12]) for n in range(24)]
    advance(session, "open", quiz)
    for index, question in enumerate(questions):
        if index:
            advance(session, "close", quiz)
            advance(session, "next", quiz)
        for number, person in enumerate(people):
            pick = {"choice": choice_id(question, 1 if (number + index) % 3 else 0)}
            rules.record_answer(session, person, quiz, question["id"], pick)
    advance(session, "finish", quiz)
    assert len(rules.worth_discussing(rules.results(session, quiz))) == 3
    with translation.override("fr"):
        assert len(summary_document(None, session).pages) == 1
