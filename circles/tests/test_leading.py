"""Items 1 and 5 of issue 24: a facilitator creates a circle from the site, adds, edits, moves and cancels
its meetings and archives it; every refusal says why, in the visitor's language, and changes nothing."""

import datetime
import zoneinfo

import pytest

from circles.models import Circle, Meeting
from circles.tests.factories import make_circle, make_meeting, signed_in
from tests.helpers import facilitator, make_user, message, parse, stored_rows, text_of, url


def circle_form(course, **fields):
    return {
        "name": "Cercle des Gonaïves",
        "language": "fr",
        "course": course.pk,
        "time_zone": "Africa/Niamey",
        "co_facilitator": "",
        "max_members": 20,
        **fields,
    }


def meeting_form(steps=(), **fields):
    return {"day": "2031-05-06", "time": "18:30", "place": "Salle du syndicat", "steps": steps, **fields}


def test_a_facilitator_creates_a_circle_with_a_co_facilitator(course_tree, leader_client):
    facilitator("second")
    page = leader_client.get(url("circles:new"))
    zones = [option["value"] for option in parse(page).select("#id_time_zone option")]
    assert zones[:3] == ["America/Port-au-Prince", "Africa/Niamey", "America/Toronto"]

    response = leader_client.post(
        url("circles:new"), circle_form(course_tree["course"], co_facilitator="second")
    )

    circle = Circle.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("circles:circle", circle.pk)
    assert (circle.name, circle.course_key, circle.time_zone, circle.max_members) == (
        "Cercle des Gonaïves",
        course_tree["course"].translation_key,
        "Africa/Niamey",
        20,
    )
    assert circle.co_facilitator.username == "second"
    assert len(circle.code) == 8 and set(circle.code) <= set("23456789ABCDEFGHJKMNPQRSTUVWXYZ")


def test_a_learner_may_not_create_a_circle(course_tree):
    client = signed_in(make_user("learner"))
    before = stored_rows()
    response = client.post(url("circles:new", language="en"), circle_form(course_tree["course"]))
    assert response.status_code == 403
    assert message("Only facilitators can create a study circle.", "en") in text_of(response)
    assert stored_rows() == before


@pytest.mark.parametrize(
    ("fields", "field", "error"),
    [
        ({"co_facilitator": "nobody"}, "co_facilitator", "No account has this username."),
        (
            {"co_facilitator": "learner"},
            "co_facilitator",
            "This person is not a facilitator: only a facilitator can co-lead.",
        ),
        ({"name": "Cercle\x07"}, "name", "Remove the invisible or control characters from the name."),
        ({"name": "<b>Cercle</b>"}, "name", "The name cannot contain < or >."),
        ({"time_zone": "Mars/Olympus"}, "time_zone", None),
        ({"max_members": 51}, "max_members", None),
        ({"max_members": 1}, "max_members", None),
        ({"language": "en"}, "course", "Choose a course in the circle's language."),
    ],
)
def test_a_wrong_circle_is_refused_and_nothing_is_saved(course_tree, leader_client, fields, field, error):
    make_user("learner")
    before = stored_rows()
    response = leader_client.post(
        url("circles:new", language="es"), circle_form(course_tree["course"], **fields)
    )
    assert response.status_code == 400
    assert parse(response).select_one(f"#id_{field}_error") is not None
    if error:
        assert message(error, "es") in text_of(response)
    assert stored_rows() == before


def test_the_facilitator_adds_edits_moves_and_cancels_meetings(course_tree, circle, leader_client):
    lessons = course_tree["lessons"]
    response = leader_client.post(
        url("circles:meeting_new", circle.pk), meeting_form([str(lessons[0].translation_key)])
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    zone = zoneinfo.ZoneInfo(circle.time_zone)
    assert meeting.starts_at == datetime.datetime(2031, 5, 6, 18, 30, tzinfo=zone)
    assert meeting.step_keys == [str(lessons[0].translation_key)]

    edit = url("circles:meeting_edit", circle.pk, meeting.pk)
    assert parse(leader_client.get(edit)).select_one("#id_time")["value"] == "18:30"
    moved = meeting_form(
        [str(lesson.translation_key) for lesson in lessons[1:]], day="2031-05-13", place="En ligne"
    )
    assert leader_client.post(edit, moved).status_code == 302
    meeting.refresh_from_db()
    assert meeting.starts_at == datetime.datetime(2031, 5, 13, 18, 30, tzinfo=zone)
    assert meeting.place == "En ligne"
    assert meeting.step_keys == [str(lesson.translation_key) for lesson in lessons[1:]]

    assert leader_client.post(url("circles:meeting_cancel", circle.pk, meeting.pk)).status_code == 302
    meeting.refresh_from_db()
    assert meeting.cancelled_at is not None
    assert message("Cancelled") in text_of(leader_client.get(url("circles:circle", circle.pk)))


def test_a_meeting_at_a_time_that_does_not_exist_is_refused(course_tree, leader, leader_client):
    circle = make_circle(course_tree["course"], leader, time_zone="America/Toronto", name="Montréal")
    before = stored_rows()
    # On 9 March 2031 Toronto's clocks go from 02:00 to 03:00.
    response = leader_client.post(
        url("circles:meeting_new", circle.pk, language="ht"), meeting_form(day="2031-03-09", time="02:30")
    )
    assert response.status_code == 400
    assert message(
        "This time does not exist in %(zone)s on that day (the clocks go forward). Choose another.",
        "ht",
        zone="America/Toronto",
    ) in text_of(response)
    assert stored_rows() == before


def test_a_step_outside_the_course_is_refused(circle, leader_client):
    before = stored_rows()
    response = leader_client.post(url("circles:meeting_new", circle.pk), meeting_form(["not-a-step"]))
    assert response.status_code == 400
    assert stored_rows() == before


def test_a_member_acting_as_facilitator_gets_403_and_changes_nothing(course_tree, circle):
    from circles.tests.factories import add_member

    member = add_member(circle, "membre")
    meeting = make_meeting(circle)
    client = signed_in(member.user)
    before = stored_rows()
    for address in [
        url("circles:meeting_new", circle.pk, language="en"),
        url("circles:meeting_edit", circle.pk, meeting.pk, language="en"),
        url("circles:meeting_cancel", circle.pk, meeting.pk, language="en"),
        url("circles:archive", circle.pk, language="en"),
        url("circles:meeting_live", circle.pk, meeting.pk, language="en"),
    ]:
        response = client.post(address, meeting_form())
        assert response.status_code == 403, address
        assert message("Only this circle's facilitators can do this.", "en") in text_of(response)
    assert stored_rows() == before


def test_a_facilitator_acting_on_another_facilitators_circle_gets_403(course_tree, circle):
    meeting = make_meeting(circle)
    other = signed_in(facilitator("autre"))
    before = stored_rows()
    assert other.get(url("circles:circle", circle.pk)).status_code == 403
    for address in [
        url("circles:meeting_edit", circle.pk, meeting.pk),
        url("circles:meeting_cancel", circle.pk, meeting.pk),
        url("circles:archive", circle.pk),
    ]:
        assert other.post(address, meeting_form()).status_code == 403
    assert other.get(url("circles:meeting", circle.pk, meeting.pk)).status_code == 403
    assert stored_rows() == before


def test_the_co_facilitator_leads_the_circle(course_tree, leader):
    second = facilitator("second")
    circle = make_circle(course_tree["course"], leader, co_facilitator=second)
    response = signed_in(second).post(url("circles:meeting_new", circle.pk), meeting_form())
    assert response.status_code == 302
    assert circle.meetings.count() == 1


def test_archiving_closes_the_circle(circle, leader_client):
    meeting = make_meeting(circle)
    assert leader_client.post(url("circles:archive", circle.pk)).status_code == 302
    circle.refresh_from_db()
    assert circle.archived_at is not None
    before = stored_rows()
    assert (
        leader_client.post(url("circles:meeting_edit", circle.pk, meeting.pk), meeting_form()).status_code
        == 409
    )
    assert stored_rows() == before


def test_a_meeting_names_a_toolkit_which_its_page_links(course_tree, circle, leader_client):
    from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage
    from tests.helpers import publish_child

    index = publish_child(course_tree["home"], ToolkitIndexPage(title="Trousses", slug="trousses"))
    kit = publish_child(
        index, ToolkitPage(title="Atelier", slug="atelier", summary="s", objectives="<ul><li>o</li></ul>")
    )
    form = parse(leader_client.get(url("circles:meeting_new", circle.pk)))
    assert [option.text for option in form.select("#id_toolkit option")] == ["—", "Atelier"]

    leader_client.post(url("circles:meeting_new", circle.pk), meeting_form(toolkit=str(kit.translation_key)))

    meeting = Meeting.objects.get()
    assert meeting.toolkit_key == kit.translation_key
    page = parse(leader_client.get(url("circles:meeting", circle.pk, meeting.pk)))
    assert page.select_one(f"a[href='{kit.url}']").text == "Atelier"
    before = stored_rows()
    response = leader_client.post(
        url("circles:meeting_new", circle.pk), meeting_form(toolkit="not-a-toolkit")
    )
    assert response.status_code == 400
    assert stored_rows() == before
