"""Every page of the circles is valid HTML (the Nu HTML checker, tests/html_checker.py), with one <h1>;
form fields have labels, choices a legend, tables their headers."""

import pytest

from circles.tests.factories import add_member, make_meeting, signed_in
from tests.helpers import make_quiz, make_user, parse, url
from tests.html_checker import validate

pytestmark = pytest.mark.django_db


def test_the_circle_pages_are_valid_html(course_tree, circle, leader_client, client):
    make_quiz(course_tree["module"])
    meeting = make_meeting(circle, steps=course_tree["lessons"][:2], place="https://meet.example/room")
    member = add_member(circle, "rosalie", circle_name="Rosa", shares=True)
    add_member(circle, "other")
    member_client = signed_in(member.user)
    learner_client = signed_in(make_user("learner"))
    pages = {
        "new": leader_client.get(url("circles:new")),
        "new refused": leader_client.post(url("circles:new"), {"name": "<b>"}),
        "leader": leader_client.get(url("circles:circle", circle.pk)),
        "leader's circles": leader_client.get(url("circles:mine")),
        "meeting form": leader_client.get(url("circles:meeting_new", circle.pk)),
        "meeting refused": leader_client.post(
            url("circles:meeting_new", circle.pk), {"day": "2031-03-09", "time": "02:30"}
        ),
        "meeting (leader)": leader_client.get(url("circles:meeting", circle.pk, meeting.pk)),
        "member": member_client.get(url("circles:circle", circle.pk)),
        "member's circles": member_client.get(url("circles:mine")),
        "meeting (member)": member_client.get(url("circles:meeting", circle.pk, meeting.pk)),
        "join": client.get(url("circles:join")),
        "join with code": client.get(url("circles:join") + f"?code={circle.code}"),
        "join refused": client.get(url("circles:join") + "?code=WRONG"),
        "join signed in": learner_client.get(url("circles:join") + f"?code={circle.code}"),
        "outsider": learner_client.get(url("circles:circle", circle.pk)),
    }
    for name, response in pages.items():
        assert len(parse(response).select("h1")) == 1, name
        for field in parse(response).select("main input:not([type=hidden]), main select"):
            if field.get("type") in ("radio", "checkbox"):
                assert field.find_parent("fieldset").legend is not None, name
            assert parse(response).select_one(f"label[for='{field['id']}']") is not None, (name, field)
    assert validate({name: response.content for name, response in pages.items()}) == []
