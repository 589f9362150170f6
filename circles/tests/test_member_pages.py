"""Item 8 of issue 24: my circles (the next meeting, what to read before it with what the member has
done, the meeting plan, each meeting's page) and the meetings as a calendar file; item 4: a live quiz
started from a meeting is kept with it."""

import datetime

import pytest
from icalendar import Calendar

from circles.tests.factories import add_member, finish, make_meeting, signed_in
from quizzes.models import LiveSession
from tests.helpers import make_quiz, message, parse, stored_rows, text_of, url

pytestmark = pytest.mark.django_db


def test_my_circles_shows_the_next_meeting_and_what_to_read_with_what_is_done(course_tree, circle, leader):
    course, lessons = course_tree["course"], course_tree["lessons"]
    make_meeting(circle, steps=lessons[:1], days=-7)  # past
    coming = make_meeting(circle, steps=lessons[1:], days=3, place="Local de la CTSP")
    make_meeting(circle, steps=lessons[:1], days=10)
    member = add_member(circle, "rosalie", circle_name="Rosa")
    finish(member, lessons[1], course)
    client = signed_in(member.user)

    page = parse(client.get(url("circles:mine")))

    card = page.select_one(".circle-card")
    assert card.select_one("h3 a")["href"] == url("circles:circle", circle.pk)
    assert "Local de la CTSP" in card.text
    assert card.select_one("a[href*='/meetings/']")["href"] == url("circles:meeting", circle.pk, coming.pk)
    readings = [
        (li.select_one("a").text, li.select_one(".circle-mark")["class"][1])
        for li in card.select(".circle-readings li")
    ]
    assert readings == [("Leçon 2", "done"), ("Leçon 3", "to-do")]
    assert card.select_one(".circle-readings a")["href"] == lessons[1].url

    member_page = parse(client.get(url("circles:circle", circle.pk)))
    assert len(member_page.select(".circle-plan > li")) == 3
    assert member_page.select_one("a[href$='meetings.ics']") is not None

    leader_page = parse(signed_in(leader).get(url("circles:mine")))
    assert leader_page.select_one(".circle-list a")["href"] == url("circles:circle", circle.pk)


def test_the_meeting_page_has_the_discussions_block_and_is_for_members(course_tree, circle):
    meeting = make_meeting(circle, steps=course_tree["lessons"][:1])
    member = add_member(circle, "rosalie")
    response = signed_in(member.user).get(url("circles:meeting", circle.pk, meeting.pk))
    assert response.status_code == 200
    assert "circles/meeting.html" in [template.name for template in response.templates]
    assert "Leçon 1" in text_of(response)


def test_the_calendar_file_has_the_meetings_in_the_circles_time_zone(course_tree, circle):
    first = make_meeting(circle, place="Jacmel")
    second = make_meeting(circle, days=14)
    second.cancelled_at = second.starts_at
    second.save()
    member = add_member(circle, "rosalie")

    response = signed_in(member.user).get(url("circles:ics", circle.pk))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/Port-au-Prince"]
    events = calendar.walk("VEVENT")
    assert [str(event["STATUS"]) for event in events] == ["CONFIRMED", "CANCELLED"]
    start = events[0]["DTSTART"]
    assert start.params["TZID"] == "America/Port-au-Prince"
    assert start.dt == first.starts_at and start.dt.hour == 18
    assert str(events[0]["LOCATION"]) == "Jacmel"
    assert b"DTSTART;TZID=America/Port-au-Prince:" in response.content


def test_a_live_quiz_started_from_a_meeting_is_kept_with_it(course_tree, circle, leader_client):
    quiz = make_quiz(course_tree["module"])
    meeting = make_meeting(circle)
    page = parse(leader_client.get(url("circles:meeting", circle.pk, meeting.pk)))
    assert page.select_one("#live-quiz option")["value"] == str(quiz.translation_key)

    response = leader_client.post(
        url("circles:meeting_live", circle.pk, meeting.pk), {"quiz": str(quiz.translation_key)}
    )

    session = LiveSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("live_room", session.pk)
    assert list(meeting.live_sessions.all()) == [session]
    session.state = "finished"
    session.finished_at = session.created_at + datetime.timedelta(hours=1)
    session.save()
    page = parse(leader_client.get(url("circles:meeting", circle.pk, meeting.pk)))
    assert page.select_one(f"a[href='{url('live_summary', session.pk)}']") is not None


def test_a_live_quiz_not_of_the_course_is_refused(course_tree, circle, leader_client):
    meeting = make_meeting(circle)
    before = stored_rows()
    response = leader_client.post(
        url("circles:meeting_live", circle.pk, meeting.pk, language="en"), {"quiz": "not-a-quiz"}
    )
    assert response.status_code == 400
    assert message("Choose one of the course's quizzes.", "en") in text_of(response)
    assert stored_rows() == before
