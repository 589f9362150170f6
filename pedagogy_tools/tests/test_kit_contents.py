"""What a kit holds: the guide, the handouts, the quiz and its answer key as real PDFs, the attachments,
the lessons as static HTML that loads nothing from any host, and a read-me; all named in the kit's
language."""

import io
import posixpath
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.db import transaction
from django.test import TestCase, override_settings
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from PIL import Image

from learning.models import CustomImage, LessonPage
from pedagogy_tools.bundle.names import kit_names
from pedagogy_tools.kit_requests import request_kit
from pedagogy_tools.tests import factories
from pedagogy_tools.tests.kit_helpers import kit_zip, open_zip
from tests.helpers import message, pdf_pages, pdf_text, publish_child

PDFS = ["guide", "handouts", "quiz", "answer_key"]
# Database tests all: pytest-django runs them before the transactional ones (the browser test), which
# flush what migrations made.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def french_kit(django_db_setup, django_db_blocker, tmp_path_factory):
    """The French kit of a toolkit like the `toolkit` fixture's, built once for this module's tests
    (a build takes seconds); everything it made is rolled back and removed afterwards."""
    with (
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        with TestCase.captureOnCommitCallbacks(execute=True):
            toolkit = factories.french_site()
            kit, _ = request_kit(toolkit)
        kit.refresh_from_db()
        with kit.file.open("rb") as zip_file:
            data = zip_file.read()
        revision = toolkit.live_revision
        transaction.set_rollback(True)
    return {"zip": data, "revision": revision, "title": toolkit.title}


@pytest.fixture
def kit(french_kit):
    return open_zip(french_kit["zip"])


def member(kit, key, language="fr", slug="atelier-essai"):
    """The bytes of the kit's file `key` (a key of kit_names), named as in `language`."""
    with translation.override(language):
        return kit.read(f"{slug}/{kit_names()[key]}")


def test_kit_holds_every_part_under_its_folder(kit):
    with translation.override("fr"):
        names = kit_names()
    files = set(kit.namelist())

    assert all(name.startswith("atelier-essai/") for name in files)
    for key in [*PDFS, "readme"]:
        assert f"atelier-essai/{names[key]}" in files
    assert f"atelier-essai/{names['attachments']}fiche-atelier.txt" in files
    assert f"atelier-essai/{names['lessons']}index.html" in files
    assert kit.testzip() is None


@pytest.mark.parametrize("key", PDFS)
def test_every_pdf_has_the_toolkit_title_and_numbers_on_every_page(kit, key):
    pages = pdf_pages(member(kit, key))

    assert pages
    page_numbers = [
        message("Page %(page)s of %(pages)s", page=n, pages=len(pages)) for n in range(1, len(pages) + 1)
    ]
    for text, page_number in zip(pages, page_numbers, strict=True):
        assert factories.TITLE in text
        assert page_number in text


def test_guide_has_the_whole_plan(kit):
    text = pdf_text(member(kit, "guide"))

    for expected in ["Consignes 1.", "Notes 2.", "Matériel 3", "Question de discussion Zeta ?", "Piste Eta."]:
        assert expected in text
    assert "09:15–09:45" in text and "09:45–10:30" in text  # activities 2 and 3, from the usual 09:00
    assert "Fiche de l'atelier" in text


def test_handouts_hold_the_activities_handouts_and_no_facilitator_notes(kit):
    text = pdf_text(member(kit, "handouts"))

    assert "Document Delta pour les participants." in text
    assert "Document Epsilon pour les participants." in text
    assert "Question de discussion Zeta ?" in text
    assert "Notes 2." not in text
    assert "Piste Eta." not in text


def test_short_handouts_share_a_page(kit):
    """Two short handouts and the discussion questions: one sheet, not one mostly empty page each."""
    pages = pdf_pages(member(kit, "handouts"))

    assert len(pages) == 1
    assert "Document Delta pour les participants." in pages[0]
    assert "Question de discussion Zeta ?" in pages[0]


def test_answer_key_has_the_right_answers(kit):
    text = pdf_text(member(kit, "answer_key"))

    assert "☑ " + factories.RIGHT_CHOICE in text
    assert "☐ " + factories.WRONG_CHOICE in text
    assert f"{message('The right answer:')} {message('True')}" in text
    assert factories.ACCEPTED_ANSWER in text
    assert " ".join(factories.STEPS) in text
    assert factories.EXPLANATION in text


def test_each_question_type_prints_itself_in_the_answer_key_and_the_participants_quiz(kit):
    """The types' own templates (templates/quizzes/questions/, #key and #print) make both PDFs."""
    key = pdf_text(member(kit, "answer_key"))
    quiz = pdf_text(member(kit, "quiz"))

    assert f"☑ {factories.RIGHT_CHOICE} — {message('right answer')}" in key
    assert f"{message('Accepted answers:')} {factories.ACCEPTED_ANSWER}" in key
    assert f"{message('The right order:').upper()} {' '.join(factories.STEPS)}" in key  # a label: in capitals
    assert f"{message('Tick one answer.')} ☐ " in quiz
    assert f"☐ {message('True')} ☐ {message('False')}" in quiz
    assert message("Number the steps in the right order (1 comes first).") in quiz


def test_participants_quiz_gives_no_answer_away(kit):
    text = pdf_text(member(kit, "quiz"))

    assert factories.RIGHT_CHOICE in text and factories.WRONG_CHOICE in text  # both offered...
    assert "☑" not in text  # ...none marked
    assert message("The right answer:") not in text
    assert message("right answer") not in text
    assert factories.ACCEPTED_ANSWER not in text
    assert factories.EXPLANATION not in text
    assert " ".join(factories.STEPS) not in text  # the steps are shuffled


def test_readme_gives_the_version_and_date(kit, french_kit):
    text = member(kit, "readme").decode()
    revision = french_kit["revision"]

    assert french_kit["title"] in text
    assert str(revision.pk) in text
    with translation.override("fr"):
        published = date_format(timezone.localtime(revision.created_at), "DATE_FORMAT")

    assert published in text


# -- the offline lessons ---------------------------------------------------------------------------------


def lesson_files(kit, language="fr", slug="atelier-essai"):
    with translation.override(language):
        folder = f"{slug}/{kit_names()['lessons']}"
    return folder, {name[len(folder) :]: kit.read(name) for name in kit.namelist() if name.startswith(folder)}


def remote(url):
    parts = urlsplit(url.strip())
    return bool(parts.scheme or parts.netloc or url.strip().startswith("//"))


def test_offline_lessons_are_an_index_a_page_per_lesson_and_the_stylesheet(kit):
    _, files = lesson_files(kit)
    soup = BeautifulSoup(files["index.html"], "html.parser")

    lesson_links = [a["href"] for a in soup.select("ol.steps a")]
    assert lesson_links == ["01-lecon-1.html", "02-lecon-2.html", "03-lecon-3.html"]
    assert "solidaire.css" in files
    page = BeautifulSoup(files["02-lecon-2.html"], "html.parser")
    assert page.find("h1").get_text() == "Leçon 2"
    assert "Texte 2." in page.get_text()
    assert page.select_one("a.step-prev")["href"] == "01-lecon-1.html"
    assert page.select_one("a.step-next")["href"] == "03-lecon-3.html"


def test_offline_lessons_load_nothing_from_any_host(kit):
    _, files = lesson_files(kit)
    for name, data in files.items():
        if not name.endswith(".html"):
            continue
        soup = BeautifulSoup(data, "html.parser")
        for element in soup.find_all(True):
            for attribute in ("src", "srcset", "poster", "data"):
                assert not remote(element.get(attribute, "")), (name, element)
            if element.name == "link":
                assert not remote(element["href"]), (name, element)
            assert element.name not in ("script", "iframe", "object", "embed"), (name, element)
            assert "url(" not in element.get("style", "")
        for href in [a["href"] for a in soup.find_all("a", href=True)]:
            if not remote(href):
                assert href.split("#")[0] in files, (name, href)  # relative links lead inside the copy
    css = files["solidaire.css"].decode()
    assert "@import" not in css and "url(" not in css


def png_file(name="schema.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (24, 16), "#8c1c32").save(buffer, "PNG")
    return ImageFile(buffer, name=name)


def test_offline_lessons_carry_their_images_and_keep_links_to_official_texts(
    facilitator_client, toolkit, course_tree, django_capture_on_commit_callbacks
):
    image = CustomImage.objects.create(title="Schéma", file=png_file())
    publish_child(
        course_tree["module"],
        LessonPage(
            title="Leçon illustrée",
            slug="lecon-illustree",
            body=[
                {"type": "image", "value": {"image": image.pk, "alt_text": "Un schéma", "caption": ""}},
                {
                    "type": "paragraph",
                    "value": '<p><a href="https://normlex.ilo.org/">NORMLEX</a> et '
                    f'<a linktype="page" id="{course_tree["lessons"][0].pk}">la leçon 1</a>.</p>',
                },
            ],
        ),
    )
    toolkit.save_revision().publish()  # a new revision, so a new kit

    kit = kit_zip(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    _, files = lesson_files(kit)
    soup = BeautifulSoup(files["04-lecon-illustree.html"], "html.parser")

    src = soup.find("img", alt="Un schéma")["src"]
    assert src.startswith("images/") and src in files
    assert files[src].startswith(b"RIFF") or files[src].startswith(b"\x89PNG")  # a WebP or PNG rendition
    hrefs = [a["href"] for a in soup.select(".lesson-body a")]
    assert hrefs == ["https://normlex.ilo.org/", "01-lecon-1.html"]


# -- the kit's language -------------------------------------------------------------------------------------


def test_english_kit_is_named_and_written_in_english(
    facilitator_client, english_toolkit, django_capture_on_commit_callbacks
):
    kit = kit_zip(facilitator_client, english_toolkit, django_capture_on_commit_callbacks)

    assert sorted({name.split("/", 2)[1] for name in kit.namelist()}) == [
        "1-facilitator-guide.pdf",
        "2-participant-handouts.pdf",
        "3-quiz.pdf",
        "4-quiz-answer-key.pdf",
        "5-attachments",
        "6-lessons-offline",
        "README.txt",
    ]
    assert all(name.startswith("trial-workshop/") for name in kit.namelist())
    guide = pdf_pages(kit.read("trial-workshop/1-facilitator-guide.pdf"))
    assert all("Trial workshop on chains" in page for page in guide)
    assert "Instructions 1." in " ".join(guide)
    assert "Page 1 of" in guide[0]
    lessons = kit.read("trial-workshop/6-lessons-offline/index.html").decode()
    assert 'lang="fr"' in lessons  # the lessons are aliases: still in French, and marked so


def test_french_kit_speaks_french_even_when_built_from_english(facilitator_client, toolkit, settings):
    from pedagogy_tools.kit_building import run_build

    with translation.override("fr"):
        if gettext("Duration") == "Duration":
            pytest.skip("the French interface catalog is not compiled (make messages)")
    kit, _ = request_kit(toolkit)
    with translation.override("en"):  # a worker's language is not the kit's
        run_build(kit.pk)
    kit.refresh_from_db()

    with translation.override("fr"):
        guide_name = kit_names()["guide"]
    text = pdf_text(open_kit_file(kit, f"atelier-essai/{guide_name}"))
    assert message("Duration") in text
    assert "Duration" not in text


def open_kit_file(kit, name):
    from zipfile import ZipFile

    with kit.file.open("rb") as fileobj, ZipFile(fileobj) as archive:
        return archive.read(name)


def test_download_is_named_after_the_toolkit_in_its_language(
    facilitator_client, toolkit, english_toolkit, django_capture_on_commit_callbacks
):
    from pedagogy_tools.tests.kit_helpers import ask_for_kit, download

    for page, expected in [(toolkit, "atelier-essai-"), (english_toolkit, "trial-workshop-kit-en.zip")]:
        ask_for_kit(facilitator_client, page, django_capture_on_commit_callbacks)
        response, _ = download(facilitator_client, page)
        disposition = response["Content-Disposition"]
        assert disposition.startswith("attachment;")
        assert expected in disposition
        assert posixpath.basename(disposition.split("filename=")[-1].strip('"')).endswith(".zip")
        assert response["Content-Type"] == "application/zip"


def test_printed_quiz_and_answer_key_list_the_choices_in_one_shuffled_order(
    facilitator_client, toolkit, django_capture_on_commit_callbacks
):
    """A facilitator reads the key beside the participants' copy: the same order in both."""
    many = factories.question(
        "single_choice",
        "many",
        choices=factories.items(
            "many",
            [{"text": f"Option {letter}", "correct": letter == "A", "feedback": ""} for letter in "ABCDEF"],
        ),
    )
    quiz = toolkit.quiz.specific
    quiz.questions = [*quiz.questions.raw_data, many]
    quiz.shuffle_choices = True  # the default of a new quiz; the shared test factory turns it off
    quiz.save_revision().publish()
    toolkit.save_revision().publish()
    kit = kit_zip(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    printed = pdf_text(member(kit, "quiz"))
    key = pdf_text(member(kit, "answer_key"))

    def order(text):
        return sorted("ABCDEF", key=lambda letter: text.index(f"Option {letter}"))

    assert quiz.shuffle_choices
    assert order(printed) == order(key)
    assert order(printed) != list("ABCDEF") or order(key) != list("ABCDEF")
