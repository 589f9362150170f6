"""An editor's day without surprises (issue 21, items 6 and 7), through the admin's real requests: the
preview numbers a step as the live page will, a title too long is refused on its field, and the
committee's "request changes" comment is shown where the editor works."""

import re

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from learning.models import LessonPage
from learning.tests.html import get
from learning.tests.test_workflow import edit_form_data
from tests.helpers import parse, text_of

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


def new_lesson_data(title, slug):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "estimated_minutes": 10,
            "body": streamfield([("paragraph", rich_text("<p>Nouveau.</p>"))]),
            "comments": inline_formset([]),
        }
    )


def test_a_new_steps_preview_numbers_it_last_and_shares_nothing_with_another(client, course_tree, editor):
    module = course_tree["module"]
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_add", args=["learning", "lessonpage", module.pk])

    shown = preview(client, url, new_lesson_data("Leçon 4", "lecon-4"))
    again = preview(client, url, new_lesson_data("Leçon 5", "lecon-5"))

    assert step_numbers(shown) == step_numbers(again) == (4, 4)
    assert "Leçon 5" in text_of(parse(again).select_one("main"))
    assert not LessonPage.objects.filter(slug__in=["lecon-4", "lecon-5"]).exists()
