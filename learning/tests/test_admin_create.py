"""Editors build the course tree in the Wagtail admin: a course, a module and a lesson created (and
published) through the admin's create view, as WagtailPageTestCase.assertCanCreate does in bakerydemo."""

import re

import pytest
from django.urls import reverse
from pytest_django.asserts import assertRedirects
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from learning.models import CoursePage, LessonPage, ModulePage
from tests.helpers import make_user


@pytest.fixture
def admin_client(client, db):
    client.force_login(make_user("admin-user", is_staff=True, is_superuser=True))
    return client


def stored(html):
    """Rich text as the admin stores it, without the block keys Draftail adds to each element."""
    return re.sub(r' data-block-key="\w+"', "", html)


def create(client, parent, model, fields):
    """POST `fields` to the admin's create view for a `model` under `parent`, publishing it, and check
    what assertCanCreate checks (the form is valid and the admin sends the editor back to the parent's
    listing) and that the new page is a live `model` under `parent`, in its language. Returns the page."""
    assert model.can_create_at(parent)
    add_url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    data = nested_form_data({**fields, "comments": inline_formset([])})

    response = client.post(add_url, {**data, "action-publish": "action-publish"}, follow=True)

    assert response.status_code == 200
    errors = response.context["form"].errors if not response.redirect_chain else None
    assert response.redirect_chain == [(reverse("wagtailadmin_explore", args=[parent.pk]), 302)], errors
    page = parent.get_children().get(slug=fields["slug"]).specific
    assert type(page) is model
    assert page.get_parent().pk == parent.pk
    assert page.locale_id == parent.locale_id
    assert page.live
    return page


def test_a_course_is_created_in_the_admin_under_the_catalogue(admin_client, course_tree):
    index = course_tree["index"]

    course = create(
        admin_client,
        index,
        CoursePage,
        {
            "title": "Négocier une convention collective",
            "slug": "negocier",
            "summary": "Les étapes d'une négociation.",
            "objectives": rich_text("<ul><li>Préparer un cahier de revendications</li></ul>"),
            "audience": "Délégués syndicaux.",
            "estimated_minutes": 90,
            "level": "intermediate",
        },
    )

    assert course.title == "Négocier une convention collective"
    assert course.summary == "Les étapes d'une négociation."
    assert stored(course.objectives) == "<ul><li>Préparer un cahier de revendications</li></ul>"
    assert course.audience == "Délégués syndicaux."
    assert (course.estimated_minutes, course.level) == (90, "intermediate")


def test_a_module_is_created_in_the_admin_under_a_course(admin_client, course_tree):
    course = course_tree["course"]

    module = create(
        admin_client,
        course,
        ModulePage,
        {"title": "Module 2", "slug": "module-2", "intro": rich_text("<p>La suite du cours.</p>")},
    )

    assert module.title == "Module 2"
    assert stored(module.intro) == "<p>La suite du cours.</p>"
    assert [child.pk for child in course.get_children()] == [course_tree["module"].pk, module.pk]


def test_a_lesson_is_created_in_the_admin_under_a_module_and_served_there(admin_client, course_tree):
    module = course_tree["module"]

    lesson = create(
        admin_client,
        module,
        LessonPage,
        {
            "title": "Leçon 4",
            "slug": "lecon-4",
            "summary": "Ce que dit la convention 98.",
            "estimated_minutes": 15,
            "body": streamfield(
                [
                    ("heading", "Le droit de négociation"),
                    ("paragraph", rich_text("<p>La convention 98 protège la négociation collective.</p>")),
                    ("key_point", rich_text("<p>Négocier est un droit.</p>")),
                ]
            ),
        },
    )

    assert (lesson.title, lesson.summary, lesson.estimated_minutes) == (
        "Leçon 4",
        "Ce que dit la convention 98.",
        15,
    )
    assert [(block["type"], stored(block["value"])) for block in lesson.body.raw_data] == [
        ("heading", "Le droit de négociation"),
        ("paragraph", "<p>La convention 98 protège la négociation collective.</p>"),
        ("key_point", "<p>Négocier est un droit.</p>"),
    ]
    response = admin_client.get(module.url + "lecon-4/")
    assert response.status_code == 200
    assert "La convention 98 protège la négociation collective." in response.content.decode()


def test_the_admin_refuses_a_lesson_under_a_course(admin_client, course_tree):
    """The tree's rules hold in the admin too: a lesson cannot be created straight under a course."""
    course = course_tree["course"]
    add_url = reverse("wagtailadmin_pages:add", args=["learning", "lessonpage", course.pk])

    response = admin_client.get(add_url)

    assertRedirects(response, reverse("wagtailadmin_home"))  # Wagtail's answer to a refused admin view
    assert not LessonPage.objects.child_of(course).exists()
