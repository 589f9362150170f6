"""An admin a non-technical editor understands (issue 10, part 3): the committee approves from its
dashboard in one click and is told what happened; the explorer opens on the site in the editor's language;
a course's modules and a module's steps are listed in course order; previews open at phone width."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Task, Workflow
from wagtail.users.models import UserProfile

from learning.models import LessonPage, ModulePage
from learning.tests.html import get
from learning.tests.test_workflow import edit_form_data, submit_for_review
from tests.helpers import (
    main_text,
    make_user,
    message,
    parse,
    publish_child,
    text_of,
    translate_into_english,
)

NEW_TEXT = "Le texte relu par le comité."


def dashboard_approve_form(client, page):
    """The dashboard's one-click "Approve" form for `page` (in the "Awaiting your review" panel)."""
    dashboard = parse(get(client, reverse("wagtailadmin_home")))
    panel = dashboard.select_one("#awaiting-review-section")
    assert panel is not None
    for row in panel.select("tbody tr"):
        if page.title in text_of(row.select_one("td.title")):
            return row.select_one("form.solidaire-approve")
    raise AssertionError(f"{page.title} is not awaiting review")


def post_form(client, form, **extra):
    data = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    return client.post(form["action"], {**data, **extra}, follow=True)


def messages_text(response):
    return text_of(parse(response).select_one(".messages"))


def test_the_committee_approves_from_its_dashboard_in_one_click_and_is_told_what_happened(
    client, course_tree, editor, committee_member, django_capture_on_commit_callbacks
):
    lesson = course_tree["lessons"][0]
    submit_for_review(client, editor, lesson, NEW_TEXT)
    client.force_login(committee_member)

    form = dashboard_approve_form(client, lesson)
    assert form is not None
    assert form["method"] == "post"
    assert text_of(form.select_one("button")).startswith(message("Approve"))
    with django_capture_on_commit_callbacks(execute=True):
        response = post_form(client, form)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert messages_text(response).startswith(
        message("'%(title)s': approved and published.", title=lesson.title)
    )
    view_live = parse(response).select_one(".messages a")
    assert view_live["href"] == lesson.get_url()
    assert parse(response).select_one("#awaiting-review-section") is None
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert not lesson.workflow_in_progress
    assert NEW_TEXT in main_text(get(client, lesson.get_url()))


def test_requesting_changes_from_the_dashboard_says_so(
    client, course_tree, editor, committee_member, django_capture_on_commit_callbacks
):
    """ "Request changes" asks for a comment (Wagtail's modal), and posts to the same action view."""
    lesson = course_tree["lessons"][0]
    submit_for_review(client, editor, lesson, NEW_TEXT)
    lesson.refresh_from_db()
    client.force_login(committee_member)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[lesson.id, "reject", lesson.current_workflow_task_state.id],
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"comment": "Une phrase à revoir.", "next": reverse("wagtailadmin_home")}, follow=True
        )

    assert messages_text(response).startswith(
        message("'%(title)s': changes requested. It goes back to its author.", title=lesson.title)
    )
    assert NEW_TEXT not in main_text(get(client, lesson.get_url()))


def test_an_editor_gets_no_approve_button(client, course_tree, editor):
    lesson = course_tree["lessons"][0]
    submit_for_review(client, editor, lesson, NEW_TEXT)
    client.force_login(editor)

    dashboard = parse(get(client, reverse("wagtailadmin_home")))

    assert dashboard.select_one("form.solidaire-approve") is None


# -- The explorer opens on the site in the editor's language --------------------------------------------


@pytest.fixture
def english_home(home, locales):
    return home.copy_for_translation(locales["en"], alias=True)


def prefer_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def test_the_explorer_opens_on_the_home_page_in_the_editors_language(client, english_home, editor):
    prefer_english(editor)
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_explore_root"))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[english_home.id])


def test_the_explorer_opens_on_the_french_home_in_french(client, home, english_home, editor):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_explore_root"))

    assert response["Location"] == reverse("wagtailadmin_explore", args=[home.id])


def test_all_shows_the_root_with_every_home_page(client, home, english_home, editor):
    client.force_login(editor)

    response = get(client, reverse("wagtailadmin_explore_root"), {"all": "1"})

    listing = parse(response)
    titles = [text_of(link) for link in listing.select("tbody .title a")]
    assert titles.count("Solidaire") == 2
    assert Page.get_first_root_node().title in text_of(listing.select_one("h1, h2"))


def test_the_sidebar_explorer_starts_on_the_editors_home(client, english_home, editor):
    prefer_english(editor)
    client.force_login(editor)

    sidebar = parse(get(client, reverse("wagtailadmin_home"))).select_one("#wagtail-sidebar-props")

    menu = json.loads(sidebar.string)["modules"][2]["_args"][0]
    explorer = next(item for item in menu if item["_type"] == "wagtail.sidebar.PageExplorerMenuItem")
    assert explorer["_args"][-1] == english_home.id


# -- Tree order ---------------------------------------------------------------------------------------------


def listed_titles(client, parent):
    listing = parse(get(client, reverse("wagtailadmin_explore", args=[parent.id])))
    return [text_of(link) for link in listing.select("tbody td.title .title-wrapper a")]


def backdate(page, days):
    """Make `page` look created and edited `days` ago (older pages first in Wagtail's default order)."""
    when = timezone.now() - datetime.timedelta(days=days)
    Page.objects.filter(pk=page.pk).update(
        first_published_at=when, last_published_at=when, latest_revision_created_at=when
    )


def test_a_courses_modules_are_listed_in_course_order(client, course_tree, editor):
    course = course_tree["course"]
    second = publish_child(course, ModulePage(title="Module 2", slug="module-2"))
    third = publish_child(course, ModulePage(title="Module 3", slug="module-3"))
    # Module 3 moves to the first place, and the newest module is edited last: tree order only.
    third.move(course_tree["module"], pos="left")
    for page, days in ((course_tree["module"], 1), (second, 3), (third, 2)):
        backdate(page, days)
    client.force_login(editor)

    assert listed_titles(client, course) == ["Module 3", "Module 1", "Module 2"]


def test_a_modules_steps_are_listed_in_course_order(client, course_tree, editor):
    module = course_tree["module"]
    lessons = course_tree["lessons"]
    lessons[2].move(lessons[0], pos="left")
    for lesson, days in zip(lessons, (3, 1, 2), strict=True):
        backdate(lesson, days)
    client.force_login(editor)

    assert listed_titles(client, module) == ["Leçon 3", "Leçon 1", "Leçon 2"]


# -- Previews at phone width -----------------------------------------------------------------------------


def test_a_lessons_preview_opens_at_phone_width(client, course_tree, editor):
    lesson = course_tree["lessons"][0]
    client.force_login(editor)

    editor_page = parse(get(client, reverse("wagtailadmin_pages:edit", args=[lesson.id])))

    sizes = {field["value"]: field for field in editor_page.select("input[name='preview-size']")}
    assert set(sizes) == {"mobile", "tablet", "desktop"}
    assert sizes["mobile"]["data-device-width"] == "360"
    assert sizes["mobile"].has_attr("checked")
    assert sizes["desktop"]["data-device-width"] == "1280"


# -- Labels in one language ------------------------------------------------------------------------------


@pytest.fixture
def english_lesson(locales, course_tree, django_capture_on_commit_callbacks):
    chain = [course_tree[name] for name in ("home", "index", "course", "module")]
    pages = [*chain, course_tree["lessons"][0]]
    return translate_into_english(pages, locales["en"], django_capture_on_commit_callbacks)[-1]


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def publish_button_label(client, page):
    """What the translation editor's "Publish in <language>" button reads: wagtail-localize's script
    writes gettext("Publish in ") followed by the target locale's display name."""
    editor_page = parse(get(client, reverse("wagtailadmin_pages:edit", args=[page.id])))
    props = json.loads(editor_page.select_one(".js-translation-editor")["data-props"])
    catalogue = get(client, reverse("wagtail_localize:javascript_catalog")).content.decode()
    match = re.search(r'"Publish in ": "([^"]*)"', catalogue)
    prefix = json.loads(f'"{match.group(1)}"') if match else "Publish in "
    return prefix + props["locale"]["displayName"], props["sourceLocale"]["displayName"]


@pytest.mark.parametrize(
    ("language", "label", "source"),
    [
        ("fr", "Publier en Anglais", "Français"),
        ("en", "Publish in English", "French"),
        ("es", "Publicar en Inglés", "Francés"),
        ("ht", "Pibliye an Anglè", "Fransè"),
    ],
)
def test_the_translation_editor_names_languages_in_the_admin_language(
    client, english_lesson, committee_member, language, label, source
):
    prefer(committee_member, language)
    client.force_login(committee_member)

    assert publish_button_label(client, english_lesson) == (label, source)


def test_the_editors_header_names_both_languages_in_the_admin_language(client, english_lesson, editor):
    client.force_login(editor)

    editor_page = parse(get(client, reverse("wagtailadmin_pages:edit", args=[english_lesson.id])))

    assert text_of(editor_page.select_one(".header-meta--locales")) == "Français Anglais"


def test_the_public_language_switcher_still_names_each_language_in_its_own(client, english_lesson):
    switcher = text_of(parse(get(client, english_lesson.get_url())).select_one("nav.language-switcher"))

    assert "English" in switcher
    assert "Français" in switcher


# -- The workflow's stored name, in Wagtail's settings ---------------------------------------------------


def form_fields(form):
    """What a browser would post for `form` as rendered (no button)."""
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select("option[selected]") or field.select("option")[:1]
            values = [option.get("value", "") for option in chosen]
            data[name] = values if field.has_attr("multiple") else values[0] if values else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    return data


@pytest.mark.parametrize(
    ("url_name", "model_name", "stored"),
    [
        ("wagtailadmin_workflows:edit", "workflow", "Pedagogical committee review"),
        ("wagtailadmin_workflows:edit_task", "task", "Pedagogical committee approval"),
    ],
)
def test_editing_the_workflow_in_settings_keeps_its_stored_name(client, home, url_name, model_name, stored):
    """The admin shows the workflow's and the task's names translated (learning.review_workflow); their
    edit forms show and save the stored names, which the translations are looked up by."""
    model = Workflow if model_name == "workflow" else Task
    obj = model.objects.get(name=stored)
    client.force_login(make_user("admin", is_superuser=True))
    url = reverse(url_name, args=[obj.pk])

    form = parse(get(client, url)).select_one("form[method='post']:has(#id_name)")
    assert form.select_one("#id_name")["value"] == stored
    response = client.post(url, form_fields(form))

    assert response.status_code == 302, text_of(parse(response).select_one(".error-message, .help-critical"))
    assert str.__str__(model.objects.get(pk=obj.pk).name) == stored


def test_an_editor_cannot_edit_the_workflow(client, home, editor):
    client.force_login(editor)
    workflow = Workflow.objects.get(name="Pedagogical committee review")

    response = client.get(reverse("wagtailadmin_workflows:edit", args=[workflow.pk]))

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/" in response["Location"]


def test_the_preview_panel_may_frame_the_preview_and_nothing_else_may(client, course_tree, editor):
    """Wagtail serves a preview through the site's middleware, as a request for the page's URL: under the
    public Content-Security-Policy, whose frame-ancestors 'none' left the preview panel blank."""
    lesson = course_tree["lessons"][1]
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.id])
    assert client.post(url, edit_form_data(lesson, "Texte 2.")).json()["is_valid"]

    preview = get(client, url, {"mode": "", "in_preview_panel": "true"})

    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert "script-src 'self'" in preview["Content-Security-Policy"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert "Texte 2." in main_text(preview)
    public = get(client, lesson.get_url())
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"
