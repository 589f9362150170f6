"""An editor's day without surprises (issue 21, items 6 and 7), through the admin's real requests: the
preview numbers a step as the live page will, a title too long is refused on its field, and the
committee's "request changes" comment is shown where the editor works."""

import re

from django.urls import reverse

from learning.models import LessonPage
from learning.tests.html import get
from learning.tests.test_workflow import edit_form_data, submit_for_review
from tests.helpers import message, new_lesson_form, parse, text_of

# -- The preview's "Step N of M" ----------------------------------------------------------------------------


def step_numbers(response):
    """(N, M) from the lesson's "Step N of M", in whichever language the page speaks."""
    return tuple(
        int(number) for number in re.findall(r"\d+", text_of(parse(response).select_one(".meta-line span")))
    )


def preview(client, url, data):
    assert client.post(url, data).json()["is_valid"]
    return get(client, url, {"mode": "", "in_preview_panel": "true"})


def test_a_drafts_preview_numbers_the_step_as_the_published_page_will(client, course_tree, editor):
    lesson = course_tree["lessons"][1]
    lesson.unpublish()
    client.force_login(editor)

    shown = preview(
        client,
        reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.id]),
        edit_form_data(lesson, "Texte 2."),
    )

    assert step_numbers(shown) == (2, 3)
    lesson.refresh_from_db()
    assert not lesson.live
    lesson.save_revision().publish()
    assert step_numbers(get(client, lesson.get_url())) == (2, 3)


def test_a_live_steps_preview_numbers_it_as_the_live_page(client, course_tree, editor):
    lesson = course_tree["lessons"][1]
    client.force_login(editor)

    shown = preview(
        client,
        reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.id]),
        edit_form_data(lesson, "Texte 2."),
    )

    assert step_numbers(shown) == step_numbers(get(client, lesson.get_url())) == (2, 3)


def test_a_new_steps_preview_numbers_it_last_and_shares_nothing_with_another(client, course_tree, editor):
    module = course_tree["module"]
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_add", args=["learning", "lessonpage", module.pk])

    shown = preview(client, url, new_lesson_form("Leçon 4", "lecon-4"))
    again = preview(client, url, new_lesson_form("Leçon 5", "lecon-5"))

    assert step_numbers(shown) == step_numbers(again) == (4, 4)
    assert "Leçon 5" in text_of(parse(again).select_one("main"))
    assert not LessonPage.objects.filter(slug__in=["lecon-4", "lecon-5"]).exists()


# -- A title too long ---------------------------------------------------------------------------------------


def title_field(response):
    return parse(response).select_one("#id_title").find_parent(class_="w-field__wrapper")


def test_a_title_too_long_is_refused_on_its_field_and_nothing_is_saved(client, course_tree, editor):
    lesson = course_tree["lessons"][1]
    revisions = lesson.revisions.count()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[lesson.id])

    response = client.post(url, {**edit_form_data(lesson, "Texte 2."), "title": "T" * 400})

    assert response.status_code == 200
    field = title_field(response)
    assert text_of(field.select_one(".error-message")) == message(
        "The title has %(show_value)s characters: %(limit_value)s at most. Shorten it; nothing was saved.",
        show_value=400,
        limit_value=255,
    )
    assert field.select_one("#id_title")["value"] == "T" * 400
    lesson.refresh_from_db()
    assert (lesson.title, lesson.revisions.count()) == ("Leçon 2", revisions)


def test_the_title_field_states_its_limit_and_never_cuts_what_is_pasted(client, course_tree, editor):
    client.force_login(editor)

    for url in (
        reverse("wagtailadmin_pages:edit", args=[course_tree["lessons"][0].id]),
        reverse("wagtailadmin_pages:add", args=["learning", "lessonpage", course_tree["module"].pk]),
    ):
        field = title_field(get(client, url))

        assert text_of(field.select_one(".help")) == message(
            "The page's title, as learners will see it: %(max)s characters at most.", max=255
        )
        assert not field.select_one("#id_title").has_attr("maxlength")


# -- The committee's "request changes" comment -----------------------------------------------------------

COMMENT = "Citez la convention 87 et datez la ratification."


def request_changes(client, member, lesson, comment):
    lesson.refresh_from_db()
    client.force_login(member)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[lesson.id, "reject", lesson.current_workflow_task_state.id],
    )
    assert client.post(url, {"comment": comment}).status_code == 302
    client.logout()


def test_the_committees_comment_is_on_the_editors_edit_page(client, course_tree, editor, committee_member):
    lesson = course_tree["lessons"][1]
    submit_for_review(client, editor, lesson, "Nouveau texte.")
    request_changes(client, committee_member, lesson, COMMENT)
    client.force_login(editor)

    edit_page = parse(get(client, reverse("wagtailadmin_pages:edit", args=[lesson.id])))

    notice = edit_page.select_one("form .solidaire-changes-requested")
    assert notice is not None
    assert COMMENT in text_of(notice)
    assert message("Changes requested by %(user)s", user="comite") in text_of(notice)
    # Wagtail's status panel keeps the comment in its "View details" dialog.
    assert COMMENT in str(edit_page.find(id="workflow-status-dialog"))  # in a <template>
    lesson.refresh_from_db()
    assert lesson.current_workflow_state.status == "needs_changes"


def test_no_notice_before_the_committee_asks_or_once_resubmitted(
    client, course_tree, editor, committee_member
):
    lesson = course_tree["lessons"][1]
    edit_url = reverse("wagtailadmin_pages:edit", args=[lesson.id])
    client.force_login(editor)
    assert parse(get(client, edit_url)).select_one(".solidaire-changes-requested") is None

    submit_for_review(client, editor, lesson, "Nouveau texte.")
    request_changes(client, committee_member, lesson, COMMENT)
    submit_for_review(client, editor, lesson, "Texte revu.")
    client.force_login(editor)

    assert parse(get(client, edit_url)).select_one(".solidaire-changes-requested") is None
