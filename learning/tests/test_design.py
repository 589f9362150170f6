"""The learning space (issue 9): the header's menu, "in French" marks on untranslated steps (defect 7), the
course outline beside a lesson, the "continue" card, the completion panel, covers and the demo's cover."""

import pytest
from wagtail.models import Page
from wagtail_localize.synctree import synchronize_tree

from learning.demo.build import DemoBuilder, demo_key
from learning.models import CoursePage, CustomImage, LessonPage, ModulePage
from learning.tests.html import get
from tests.helpers import lesson_body, make_quiz, parse, publish_child, single_choice

pytestmark = pytest.mark.django_db


@pytest.fixture
def aliased(locales, course_tree, django_capture_on_commit_callbacks):
    """The course tree with a quiz, and its Spanish and Kreyòl aliases (not yet translated)."""
    quiz = make_quiz(course_tree["module"], questions=[single_choice()])
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["es"])
        synchronize_tree(locales["fr"], locales["ht"])
    return {**course_tree, "quiz": quiz, "locales": locales}


def in_language(page, aliased, code):
    return page.get_translation(aliased["locales"][code]).specific


def marks(soup):
    return soup.select(".untranslated")


@pytest.mark.parametrize(("code", "words"), [("es", "en francés"), ("ht", "an fransè")])
def test_untranslated_steps_are_marked_in_french_in_the_course_outline(client, aliased, code, words):
    course = in_language(aliased["course"], aliased, code)
    soup = parse(get(client, course.get_url()))

    outline = soup.select_one("ol.outline")
    step_links = outline.select("ol.steps a")
    assert len(step_links) == 4  # three lessons and the quiz
    for link in step_links:
        assert link.get("lang") == "fr"  # the title is still in French
        mark = link.find_next_sibling(class_="untranslated")
        assert mark is not None, link
        assert mark.get("lang") == code
        assert mark.get_text(strip=True) == words
    assert outline.select_one("h3 a").get("lang") == "fr"  # the module too


@pytest.mark.parametrize("code", ["es", "ht"])
def test_untranslated_steps_are_marked_on_the_module_page_and_beside_a_lesson(client, aliased, code):
    module = in_language(aliased["module"], aliased, code)
    steps = parse(get(client, module.get_url())).select("ol.steps li")
    assert len(steps) == 4
    assert all(step.select_one(f".untranslated[lang={code}]") for step in steps)

    lesson = in_language(aliased["lessons"][1], aliased, code)
    index = parse(get(client, lesson.get_url())).select_one(".course-index")
    assert len(index.select(".index-steps li")) == 4
    assert len(index.select(f".index-steps .untranslated[lang={code}]")) == 4
    assert [span.get("lang") for span in index.select(".index-steps li span[lang=fr]")] == ["fr"] * 4


def test_french_pages_and_translations_have_no_mark(client, aliased):
    for url in (aliased["course"].get_url(), aliased["module"].get_url(), aliased["lessons"][0].get_url()):
        assert marks(parse(get(client, url))) == []


def test_lesson_shows_the_course_outline_with_done_current_and_next(client, course_tree):
    first, second, third = course_tree["lessons"]
    client.post(first.get_url() + "complete/")

    index = parse(get(client, third.get_url())).select_one("details.course-index")

    items = index.select(".index-steps li")
    assert [item.get("class") for item in items] == [["is-done"], ["is-next"], []]
    assert items[0].select_one("use")["href"] == "#icon-done"
    assert items[1].select_one("use")["href"] == "#icon-next"
    assert items[1].select_one("a")["href"] == second.get_url()
    current = items[2].select_one("[aria-current=page]")
    assert current is not None and items[2].select_one("a") is None
    assert index.select_one(".course-index-title a")["href"] == course_tree["course"].get_url()


def test_quiz_page_shows_the_course_outline_too(client, aliased):
    index = parse(get(client, aliased["quiz"].get_url())).select_one("details.course-index")
    assert index is not None
    assert index.select_one(".index-steps li:last-child [aria-current=page]") is not None
    assert index.select_one(".index-steps li:last-child use")["href"] == "#icon-quiz"
    assert index.select_one(".index-steps li:first-child use")["href"] == "#icon-next"  # nothing done yet


def test_home_page_offers_to_continue_the_course_in_progress(client, course_tree):
    home = course_tree["home"]
    assert parse(get(client, home.get_url())).select_one(".continue-card") is None  # a first visit

    first, second, _third = course_tree["lessons"]
    client.post(first.get_url() + "complete/")

    card = parse(get(client, home.get_url())).select_one(".continue-card")
    assert card.select_one("h2 a")["href"] == course_tree["course"].get_url()
    assert card.select_one("a.button")["href"] == second.get_url()
    assert second.title in card.get_text()


def test_finished_course_shows_completion_certificate_and_next_course(client, course_tree):
    following = publish_child(
        course_tree["index"],
        CoursePage(title="Le cours suivant", slug="suivant", summary="S.", objectives="<ul><li>S</li></ul>"),
    )
    course = course_tree["course"]
    assert parse(get(client, course.get_url())).select_one(".completion-panel") is None

    for lesson in course_tree["lessons"]:
        client.post(lesson.get_url() + "complete/")

    panel = parse(get(client, course.get_url())).select_one(".completion-panel")
    assert panel.select_one("h2") is not None
    assert panel.select_one("#certificate") is not None  # the certificate offer (sign in to get it)
    assert following.get_url() in [a["href"] for a in panel.select(".what-next a")]


def test_header_menu_is_a_disclosure_with_a_labelled_search(client, home):
    soup = parse(get(client, home.get_url()))
    menu = soup.select_one("header details.site-menu")
    assert menu.select_one("summary").get_text(strip=True)
    for part in ("nav.site-nav", "form.site-search", "nav.language-switcher", ".account a"):
        assert menu.select_one(part) is not None, part
    search = menu.select_one("input[type=search]")
    assert search.get("placeholder")
    assert soup.select_one(f"label[for={search['id']}]").get_text(strip=True)
    assert soup.select_one("header .brand svg.logo-mark") is not None
    assert soup.select_one("svg.icon-sprite[aria-hidden=true] symbol#icon-lesson") is not None


def test_course_card_shows_the_cover_as_lazy_webp_with_its_size(client, course_tree):
    course = course_tree["course"]
    builder = DemoBuilder(log=lambda *args: None)
    CoursePage.objects.filter(pk=course.pk).update(translation_key=demo_key("course:ilo"))
    builder.set_cover()

    image = parse(get(client, course_tree["home"].get_url())).select_one(".course-card img.card-cover")
    assert image["loading"] == "lazy"
    assert image["width"] and image["height"]
    assert image["alt"] == ""
    assert ".webp" in image["src"]
    assert image["srcset"].count(".webp") == 2


def test_demo_cover_is_set_once_in_every_language(locales, course_tree, django_capture_on_commit_callbacks):
    course = course_tree["course"]
    CoursePage.objects.filter(pk=course.pk).update(translation_key=demo_key("course:ilo"))
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["es"])
    builder = DemoBuilder(log=lambda *args: None)

    builder.set_cover()
    builder.set_cover()

    assert CustomImage.objects.count() == 1
    image = CustomImage.objects.get()
    assert (image.width, image.height) == (1440, 810)
    covers = CoursePage.objects.filter(translation_key=demo_key("course:ilo")).values_list(
        "cover_image", flat=True
    )
    assert list(covers) == [image.pk, image.pk]

    chosen = CustomImage.objects.create(title="Chosen", file=image.file.name, width=10, height=10)
    CoursePage.objects.filter(pk=course.pk).update(cover_image=chosen)
    builder.set_cover()
    assert CoursePage.objects.get(pk=course.pk).cover_image_id == chosen.pk  # an editor's choice is kept


def test_step_pages_count_the_same_queries_with_an_outline(client, course_tree):
    """The outline comes from the step's one tree query: no query per module or step."""
    module = publish_child(course_tree["course"], ModulePage(title="Module 2", slug="module-2"))
    for n in range(5):
        publish_child(module, LessonPage(title=f"Leçon 2.{n}", slug=f"l-{n}", body=lesson_body()))
    assert Page.objects.type(LessonPage).count() == 8
    index = parse(get(client, course_tree["lessons"][0].get_url())).select_one(".course-index")
    assert len(index.select(".index-modules > li")) == 2
    assert len(index.select(".index-steps li")) == 8
