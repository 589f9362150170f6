"""Editors write, the pedagogical committee approves: changes reach the public only through the review."""

from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from learning.tests.html import get
from tests.helpers import main_text

WORKFLOW = "Pedagogical committee review"


def form_value(block, new_text):
    """A block's value as the admin form posts it; the paragraph gets `new_text`."""
    if block["type"] == "paragraph":
        return rich_text(f"<p>{new_text}</p>")
    if block["type"] == "key_point":
        return rich_text(block["value"])
    return block["value"]


def edit_form_data(lesson, new_text):
    """What the admin edit form posts for `lesson` with its paragraph rewritten, keeping the block ids."""
    blocks = list(lesson.body.raw_data)
    body = streamfield([(block["type"], form_value(block, new_text)) for block in blocks])
    for index, block in enumerate(blocks):
        body[str(index)]["id"] = block["id"]
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": lesson.summary,
            "estimated_minutes": lesson.estimated_minutes,
            "body": body,
            "comments": inline_formset([]),
        }
    )


def submit_for_review(client, editor, lesson, new_text):
    client.force_login(editor)
    data = {**edit_form_data(lesson, new_text), "action-submit": "Submit to Pedagogical committee review"}
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.id]), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    client.logout()


def approve(client, member, lesson):
    task_state = lesson.current_workflow_task_state
    client.force_login(member)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.id, "approve", task_state.id])
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    client.logout()


def test_lesson_pages_are_under_the_committee_review(course_tree):
    lesson = course_tree["lessons"][0]

    assert lesson.get_workflow() == Workflow.objects.get(name=WORKFLOW)


def test_submitted_change_stays_private_until_the_committee_approves(
    client, course_tree, editor, committee_member, django_capture_on_commit_callbacks
):
    lesson = course_tree["lessons"][0]

    submit_for_review(client, editor, lesson, "Le texte corrigé par l'éditrice.")

    lesson.refresh_from_db()
    assert lesson.workflow_in_progress
    assert lesson.current_workflow_state.workflow.name == WORKFLOW
    assert lesson.has_unpublished_changes
    public = main_text(get(client, lesson.get_url()))
    assert "Texte 1." in public
    assert "Le texte corrigé" not in public

    with django_capture_on_commit_callbacks(execute=True):
        approve(client, committee_member, lesson)

    lesson.refresh_from_db()
    assert not lesson.workflow_in_progress
    assert not lesson.has_unpublished_changes
    public = main_text(get(client, lesson.get_url()))
    assert "Le texte corrigé par l'éditrice." in public
    assert "Texte 1." not in public


def test_editor_cannot_publish_and_the_committee_can(course_tree, editor, committee_member):
    lesson = course_tree["lessons"][0]

    assert lesson.permissions_for_user(editor).can_edit()
    assert not lesson.permissions_for_user(editor).can_publish()
    assert lesson.permissions_for_user(committee_member).can_publish()


def test_editor_publish_action_does_not_publish(client, course_tree, editor):
    lesson = course_tree["lessons"][0]
    client.force_login(editor)
    data = {**edit_form_data(lesson, "Publié sans relecture."), "action-publish": "action-publish"}

    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.id]), data)

    client.logout()
    assert response.status_code == 302
    lesson.refresh_from_db()
    draft = lesson.get_latest_revision_as_object()
    assert "Publié sans relecture." in " ".join(str(block["value"]) for block in draft.body.raw_data)
    assert "Publié sans relecture." not in main_text(get(client, lesson.get_url()))
