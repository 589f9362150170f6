"""Items 2, 6 and 7 of issue 24: the invitation (code, link, QR code), joining (signed in, or signing up on
the spot with what the visitor did before kept), a member's choices and leaving; and the refusals."""

import pytest

from circles.models import Membership
from circles.tests.factories import add_member, make_circle, signed_in
from learning.models import Learner, LessonCompletion
from tests.helpers import PASSWORD, make_user, message, parse, stored_rows, text_of, url

pytestmark = pytest.mark.django_db


def join_url(circle, language="fr"):
    return url("circles:join", language=language) + f"?code={circle.code}"


def test_the_facilitator_page_shows_the_code_the_link_and_a_qr_code_made_here(circle, leader_client):
    page = parse(leader_client.get(url("circles:circle", circle.pk)))
    assert page.select_one(".circle-code").text == circle.code
    assert page.select_one(".circle-invite a")["href"] == f"http://testserver{join_url(circle)}"
    assert page.select_one(".circle-qr svg") is not None
    assert not page.select(".circle-invite img")  # drawn inline, nothing fetched


def test_a_signed_in_learner_joins_with_a_circle_name_sharing_off_by_default(circle):
    client = signed_in(make_user("rosalie"))
    form = parse(client.get(join_url(circle)))
    assert form.select_one("input[name=sharing][value='']").has_attr("checked")

    response = client.post(url("circles:join"), {"code": circle.code.lower(), "circle_name": " Rosa  "})

    assert response.status_code == 302
    member = Membership.objects.get()
    assert (member.circle_name, member.shares_progress, member.user.username) == ("Rosa", False, "rosalie")


def test_a_visitor_signs_up_on_the_spot_and_keeps_what_they_did_before(course_tree, circle, client):
    lesson = course_tree["lessons"][0]
    assert client.post(lesson.url + "complete/").status_code in (200, 302)
    anonymous = Learner.objects.get()
    assert anonymous.user is None and anonymous.lesson_completions.count() == 1

    page = parse(client.get(join_url(circle)))
    assert page.select_one("#id_username") is not None and page.select_one("#id_password1") is not None
    response = client.post(
        url("circles:join"),
        {
            "code": circle.code,
            "circle_name": "Ti Jan",
            "sharing": "share",
            "username": "tijan",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert response.status_code == 302
    member = Membership.objects.get()
    assert (member.circle_name, member.shares_progress, member.user.username) == ("Ti Jan", True, "tijan")
    assert member.user.email == ""
    learner = Learner.objects.get(user=member.user)
    assert list(LessonCompletion.objects.filter(learner=learner).values_list("lesson_key", flat=True)) == [
        lesson.translation_key
    ]
    assert client.get(url("circles:circle", circle.pk)).status_code == 200  # signed in


def test_a_wrong_sign_up_makes_neither_account_nor_member(circle, client):
    before = stored_rows()
    response = client.post(
        url("circles:join", language="es"),
        {
            "code": circle.code,
            "circle_name": "Ti Jan",
            "username": "tijan",
            "password1": "a",
            "password2": "b",
        },
    )
    assert response.status_code == 400
    assert stored_rows() == before


@pytest.mark.parametrize("code", ["ZZZZZZZZ", "0O1IL"])
def test_a_wrong_code_is_refused(circle, client, code):
    before = stored_rows()
    response = client.get(url("circles:join", language="ht") + f"?code={code}")
    assert response.status_code == 404
    assert message("No circle has this code. Check it with your facilitator.", "ht") in text_of(response)
    response = client.post(url("circles:join", language="ht"), {"code": code, "circle_name": "X"})
    assert response.status_code == 404
    assert stored_rows() == before


def test_an_archived_circles_code_is_refused(circle):
    from circles import rules

    rules.archive(circle)
    client = signed_in(make_user("late"))
    before = stored_rows()
    response = client.post(url("circles:join", language="en"), {"code": circle.code, "circle_name": "Late"})
    assert response.status_code == 410
    assert message("This circle has ended: it takes no new members.", "en") in text_of(response)
    assert stored_rows() == before


def test_a_full_circle_is_refused(course_tree, leader):
    circle = make_circle(course_tree["course"], leader, max_members=2)
    add_member(circle, "one")
    add_member(circle, "two")
    client = signed_in(make_user("three"))
    before = stored_rows()
    assert client.get(join_url(circle, "en")).status_code == 409
    response = client.post(url("circles:join", language="en"), {"code": circle.code, "circle_name": "Three"})
    assert response.status_code == 409
    assert message("This circle is full. Ask your facilitator.", "en") in text_of(response)
    assert stored_rows() == before


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("Ro\x00sa", None),  # NUL: the site's middleware answers 400 before any view
        ("Ro\u202esa", "Remove the invisible or control characters from your circle name."),
        ("<script>x</script>", "A circle name cannot contain < or >."),
        ("", None),
        ("x" * 31, "Your circle name is too long: %(max)s characters at most."),
    ],
)
def test_a_wrong_circle_name_is_refused(circle, name, error):
    client = signed_in(make_user("rosalie"))
    before = stored_rows()
    response = client.post(url("circles:join", language="es"), {"code": circle.code, "circle_name": name})
    assert response.status_code == 400
    if error:
        assert message(error, "es", max=30) in text_of(response)
    assert stored_rows() == before


def test_a_circle_name_is_unique_in_its_circle_whatever_its_case(circle):
    add_member(circle, "first", circle_name="Rosa")
    client = signed_in(make_user("second"))
    before = stored_rows()
    response = client.post(url("circles:join", language="en"), {"code": circle.code, "circle_name": "rosa"})
    assert response.status_code == 409
    assert message("Someone in this circle already has this circle name. Choose another.", "en") in text_of(
        response
    )
    assert stored_rows() == before


def test_a_member_changes_name_and_sharing_at_any_time(circle):
    member = add_member(circle, "rosalie", circle_name="Rosa")
    client = signed_in(member.user)
    response = client.post(url("circles:change", circle.pk), {"circle_name": "Rosalie", "sharing": "share"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.circle_name, member.shares_progress) == ("Rosalie", True)
    client.post(url("circles:change", circle.pk), {"circle_name": "Rosalie", "sharing": ""})
    member.refresh_from_db()
    assert member.shares_progress is False


def test_a_change_to_a_taken_or_wrong_name_changes_nothing(circle):
    add_member(circle, "first", circle_name="Rosa")
    member = add_member(circle, "second", circle_name="Jan")
    client = signed_in(member.user)
    before = stored_rows()
    response = client.post(url("circles:change", circle.pk), {"circle_name": "ROSA", "sharing": "share"})
    assert response.status_code == 409
    response = client.post(url("circles:change", circle.pk), {"circle_name": "<i>J</i>", "sharing": "share"})
    assert response.status_code == 400
    member.refresh_from_db()
    assert (member.circle_name, member.shares_progress) == ("Jan", False)
    assert stored_rows() == before


def test_leaving_is_one_click_and_deletes_the_membership(circle):
    member = add_member(circle, "rosalie")
    client = signed_in(member.user)
    response = client.post(url("circles:leave", circle.pk))
    assert response.status_code == 302
    assert not Membership.objects.exists()
    assert client.get(url("circles:circle", circle.pk)).status_code == 403
    assert client.post(url("circles:leave", circle.pk)).status_code == 403


def test_an_outsider_sees_nothing_of_a_circle(course_tree, circle):
    from circles.tests.factories import make_meeting

    add_member(circle, "rosalie", circle_name="Rosa")
    meeting = make_meeting(circle)
    client = signed_in(make_user("outsider"))
    before = stored_rows()
    for address in [
        url("circles:circle", circle.pk, language="en"),
        url("circles:meeting", circle.pk, meeting.pk, language="en"),
        url("circles:ics", circle.pk, language="en"),
    ]:
        response = client.get(address)
        assert response.status_code == 403
        assert "Rosa" not in response.content.decode()
        assert message("This circle is only for its members and facilitators.", "en") in text_of(response)
    assert client.post(url("circles:change", circle.pk), {"circle_name": "X"}).status_code == 403
    assert stored_rows() == before
