"""What the test packages share, in one module: a pytest plugin (registered by `pytest_plugins` in the root
conftest.py) for its fixtures, and a module for the rest (`from tests.helpers import ...`).

- The site: the four locales, a home page per test, a small course tree, the demo (built once per test
  process, put back for a module of database tests or a browser test), and the English translation of the
  course tree's pages.
- People: `make_user`, `make_user_with_permissions`.
- Requests and responses: named URLs in a language, htmx headers, parsed HTML and its text, interface
  strings, PDF text, the rows of a CSV or XLSX download, the live server's hosts.
- Quizzes: raw question blocks with fixed ids, published quizzes, the answers their forms post, their URLs.
"""

import codecs
import copy
import csv
import importlib
import io
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.db import transaction
from django.http import HttpResponseBase
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader
from wagtail.models import Collection, Locale, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.synctree import synchronize_tree

from accounts.models import User
from learning import page_cache
from learning.demo.translate import translate_like
from learning.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from quizzes.models import QuizPage
from tests.snapshot import copy_rows, put_back

LANGUAGES = ["fr", "en", "es", "ht"]

# The site.

# Rows that data migrations make, which a transactional test's flush removes: (migration, function).
DATA_MIGRATIONS = [
    (
        "wagtail_localize.migrations.0006_create_submit_translation_permission",
        "create_submit_translation_permission",
    ),
    ("learning.migrations.0003_sync_other_locales_from_french", "sync_from_french"),
    ("accounts.migrations.0002_groups_and_review_workflow", "create_groups_and_workflow"),
    ("accounts.migrations.0003_facilitators_see_reports", "let_facilitators_in"),
    ("accounts.migrations.0004_roles_as_permissions", "grant_roles"),
    ("pedagogy_tools.migrations.0002_toolkits_collection", "create_toolkits_collection"),
    ("pedagogy_tools.migrations.0003_toolkits_collection_privacy", "restrict_toolkits_collection"),
    ("learning.migrations.0012_name_the_root_collection", "name_the_root_collection"),
    ("pedagogy_tools.migrations.0007_name_the_toolkits_collection", "name_it_in_four_languages"),
]


def restore_migration_data():
    """Run the data migrations' functions again (each is idempotent) after a flush emptied their rows."""
    made = Group.objects.filter(name="Editors").exists() and Collection.objects.filter(depth=2).exists()
    if made:  # tests may make groups of their own before this runs: the collection tells the rest apart
        return
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    for module, function in DATA_MIGRATIONS:
        getattr(importlib.import_module(module), function)(django_apps, None)


def clear_caches():
    """Empty the in-memory caches (the database cache goes and comes back with the database), Django's
    content types' among them: a transactional test's flush makes them again under new ids."""
    page_cache.forget_memory()
    ContentType.objects.clear_cache()
    for cache in caches.all(initialized_only=True):
        if not isinstance(cache, DatabaseCache):
            cache.clear()
    caches["default"].clear()


@pytest.fixture(autouse=True)
def empty_caches():
    """Every test starts with empty in-memory caches: a test's rolled-back pages (learning.page_cache),
    or a live question cached under a session id that the rollback frees, must not be served to the next
    test."""
    clear_caches()


@pytest.fixture
def editor(db):
    """A member of the Editors group (writes, submits for review; cannot publish)."""
    return make_user("editrice", group="Editors")


@pytest.fixture
def committee_member(db):
    """A member of the Pedagogical committee (approves and publishes)."""
    return make_user("comite", group="Pedagogical committee")


@pytest.fixture
def locales(db):
    """The four locales, keyed by language code (migrations make them; flushed databases need this)."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def make_home():
    """The French HomePage at the site root, made again (with the groups, workflow and other rows that
    data migrations make) if a transactional test flushed the database."""
    ContentType.objects.clear_cache()  # a flush may have given content types new ids
    french = Locale.objects.get_or_create(language_code="fr")[0]
    page = HomePage.objects.filter(locale=french, depth=2).first()
    if page is None:
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=french)
        page = root.add_child(instance=HomePage(title="Solidaire", slug="accueil", locale=french))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": page, "site_name": "Solidaire"}
    )
    restore_migration_data()
    return page


@pytest.fixture
def home(locales):
    """The French home page at the site root (see `make_home`)."""
    return make_home()


def publish_child(parent, page):
    """Add `page` under `parent` and publish it; return the page."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def lesson_body(text="Le texte de la leçon."):
    return [
        {"type": "heading", "value": "Une section"},
        {"type": "paragraph", "value": f"<p>{text}</p>"},
        {"type": "key_point", "value": "<p>À retenir.</p>"},
    ]


def make_course_tree(home):
    """Under `home`, a French catalogue with one course, one module and three published lessons:
    {"home", "index", "course", "module", "lessons"}."""
    index = publish_child(home, CourseIndexPage(title="Cours", slug="cours"))
    course = publish_child(
        index,
        CoursePage(title="Un cours", slug="un-cours", summary="Résumé.", objectives="<ul><li>Un</li></ul>"),
    )
    module = publish_child(course, ModulePage(title="Module 1", slug="module-1"))
    lessons = [
        publish_child(
            module, LessonPage(title=f"Leçon {n}", slug=f"lecon-{n}", body=lesson_body(f"Texte {n}."))
        )
        for n in range(1, 4)
    ]
    return {"home": home, "index": index, "course": course, "module": module, "lessons": lessons}


@pytest.fixture
def course_tree(home):
    """The `make_course_tree` pages under the `home` fixture."""
    return make_course_tree(home)


# The demo: built once per test process (half a minute), copied aside (tests/snapshot.py) and put back in
# about a second for each module of database tests (`demo_db`, rolled back after the module) or each
# browser test (`demo_site`, flushed after the test): built at most once per pytest-xdist worker.


@contextmanager
def rolled_back(django_db_blocker):
    """Database access in a transaction that is rolled back at the end: for module-scoped fixtures."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="session")
def demo_rows(django_db_setup, django_db_blocker):
    """The demo with its accounts (`manage.py load_demo_content --accounts`, background tasks run), built
    on a flushed database with the home page, as `copy_rows` gives it; rolled back at once. Its files stay
    in this process's MEDIA_ROOT."""
    with rolled_back(django_db_blocker):
        call_command("flush", interactive=False, verbosity=0, reset_sequences=False)
        for code in LANGUAGES:
            Locale.objects.create(language_code=code)
        make_home()
        # wagtail-localize publishes translations in on_commit callbacks: run them inside the transaction.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", accounts=True, verbosity=0)
        rows = copy_rows()
    clear_caches()
    return rows


@pytest.fixture(scope="module")
def demo_db(demo_rows, django_db_blocker):
    """The demo in the database for a module of database tests, rolled back after it."""
    with rolled_back(django_db_blocker):
        put_back(demo_rows)
        clear_caches()
        yield
    clear_caches()  # the demo's content types had other ids than the migrations' (clear_caches forgets them)


@pytest.fixture
def demo_site(demo_rows, transactional_db, live_server):
    """The demo, with its accounts, on the live server, for a browser test (flushed after it)."""
    put_back(demo_rows)
    clear_caches()
    return live_server


# The English of the course tree's pages (and of learning's `about` page), as an editor would write it.
ENGLISH = {
    "Solidaire": "Solidarity",
    "accueil": "home",
    "Cours": "Courses",
    "cours": "courses",
    "Un cours": "A course",
    "un-cours": "a-course",
    "Résumé.": "Summary.",
    "<ul><li>Un</li></ul>": "<ul><li>One</li></ul>",
    "Module 1": "Module one",
    "module-1": "module-one",
    "À propos": "About us",
    "a-propos": "about-us",
    "<p>Nous.</p>": "<p>Us.</p>",
    "Une section": "A section",
    "<p>À retenir.</p>": "<p>Remember this.</p>",
    **{f"Leçon {n}": f"Lesson {n}" for n in range(1, 4)},
    **{f"lecon-{n}": f"lesson-{n}" for n in range(1, 4)},
    **{f"<p>Texte {n}.</p>": f"<p>Text {n}.</p>" for n in range(1, 4)},
}


def english(text):
    """The English of one of the fixtures' French strings (blank stays blank)."""
    return ENGLISH[text] if text else text


def english_body(page):
    """The page's StreamField data with the same block ids and the texts in English."""
    return [{**block, "value": english(block["value"])} for block in page.body.raw_data]


def english_example(page):
    """An unsaved English copy of one of the fixtures' French pages, for `translate_like`."""
    page = page.specific
    model = type(page)
    fields = {"title": english(page.title), "slug": english(page.slug)}
    if model in (HomePage, CourseIndexPage, ModulePage):
        fields["intro"] = english(page.intro)
    elif model is CoursePage:
        fields.update(summary=english(page.summary), objectives=english(page.objectives))
    elif model is LessonPage:
        fields.update(summary=english(page.summary), body=english_body(page))
    elif model is StandardPage:
        fields.update(intro=english(page.intro), body=english(page.body))
    return model(translation_key=page.translation_key, **fields)


def translate_into_english(pages, locale, django_capture_on_commit_callbacks):
    """Make `pages` (French, parents first) real English translations; return them, freshly loaded."""
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(pages[0].locale, locale)
        for page in pages:
            translate_like(page, locale, english_example(Page.objects.get(pk=page.pk)))
    return [page.get_translation(locale).specific for page in pages]


# People.

PASSWORD = "plum-harbour-1917"  # noqa: S105 - a test account's


def make_user(username="rosalie", password=PASSWORD, group=None, **fields):
    """A user; in `group` (one the migrations make) if given."""
    user = User.objects.create_user(username=username, password=password, **fields)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def make_user_with_permissions(username, *names):
    """A user in no group, given the permissions `names` ("app_label.codename") directly."""
    user = make_user(username)
    for name in names:
        app_label, codename = name.split(".")
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        user.user_permissions.add(permission)
    return user


# Requests and responses.


def url(name, *args, language="fr"):
    """A named URL in `language` (the interface URLs live under /fr/, /en/...)."""
    with translation.override(language):
        return reverse(name, args=args)


def stored_rows():
    """The number of rows of every model, by label: what a refused request must leave unchanged."""
    return {model._meta.label: model._base_manager.count() for model in django_apps.get_models()}


HTMX = {"HX-Request": "true"}
# The live server's hosts, as the browser names them in the URLs it requests.
LIVE_SERVER_HOSTS = {"127.0.0.1", "localhost"}


def parse(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def normalise(text):
    """`text` with its whitespace collapsed."""
    return " ".join(text.split())


def text_of(node):
    """The visible text of a parsed node (or a response), whitespace collapsed."""
    if isinstance(node, HttpResponseBase):
        node = parse(node)
    return normalise(node.get_text(" "))


def main_text(response):
    """The text of <main>, with whitespace collapsed."""
    return text_of(parse(response).select_one("main"))


def message(text, language="fr", **values):
    """An interface string (a msgid) as the site shows it in `language` (translated when the catalog is
    compiled), with `values` put in and whitespace collapsed."""
    with translation.override(language):
        translated = translation.gettext(text)
    return normalise(translated % values if values else translated)


def pdf_pages(data):
    """The text of each page of a PDF, whitespace collapsed. Fails unless `data` is a real PDF."""
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    return [normalise(page.extract_text()) for page in reader.pages]


def pdf_text(data):
    return " ".join(pdf_pages(data))


def body_of(response):
    """The whole body of a response, streamed or not."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response):
    """The rows of a CSV download, as lists of texts. Fails unless it starts with UTF-8's byte-order mark,
    which makes Excel read it as UTF-8."""
    assert response.status_code == 200, response
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    data = body_of(response)
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def xlsx_cells(response):
    """The cells of an XLSX download's first sheet, row by row (openpyxl Cells: .value, .data_type)."""
    assert response.status_code == 200, response
    return [list(row) for row in load_workbook(io.BytesIO(body_of(response))).active.iter_rows()]


def foreign_urls(urls):
    """The `urls` (requested by the browser) on a host other than the live server's."""
    return [url for url in urls if urlsplit(url).hostname not in LIVE_SERVER_HOSTS]


# True once the fonts are in, two frames have been drawn and no animation or transition that ends is
# still running (a spinner's endless one is no reason to wait).
SETTLED = """() => document.fonts.ready.then(() => new Promise((settled) => requestAnimationFrame(() =>
  requestAnimationFrame(() => settled(document.getAnimations().every((animation) =>
    animation.playState !== "running" || animation.effect.getComputedTiming().endTime === Infinity))))))"""


def new_lesson_form(title, slug):
    """The admin's "add a lesson" form, filled in: `title`, `slug`, 10 minutes and one paragraph."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "estimated_minutes": 10,
            "body": streamfield([("paragraph", rich_text("<p>Le texte.</p>"))]),
            "comments": inline_formset([]),
        }
    )


def admin_sign_in(page, base, username):
    """Sign `username` (whose password is PASSWORD) in to the admin in the browser's `page`, and wait for
    the admin's sidebar."""
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.locator("#wagtail-sidebar").wait_for(state="attached")


def settle(page):
    """Wait until the browser's page has drawn its last change (a resize, a scroll, a swap) and stopped
    moving: for a screenshot or a measure."""
    page.wait_for_function(SETTLED)


# The screenshots of docs/screens.md (tests/test_screens*.py): taken on every run into a temporary folder,
# written into docs/screens when asked (`make screens`, SCREENS=write).

SCREENS = Path(__file__).resolve().parent.parent / "docs" / "screens"
SCREEN_MAX_BYTES = 200 * 1024
SCROLL_TO = "(element, offset) => { element.scrollIntoView({block: 'start'}); window.scrollBy(0, -offset); }"


@pytest.fixture
def screens_folder(tmp_path):
    """docs/screens when asked (SCREENS=write), else a temporary folder."""
    if os.environ.get("SCREENS") == "write":
        SCREENS.mkdir(parents=True, exist_ok=True)
        return SCREENS
    return tmp_path


def save_screens(page, folder, name, viewports, focus=None):
    """Take the window's screenshot at each {width: height} of `viewports`; store each in `folder` as
    `<name>-<width>.png`, a palette PNG under 200 KB. `focus(width)`: the (locator, offset) to scroll to the
    top of the window first, `offset` pixels below it."""
    for width, height in viewports.items():
        page.set_viewport_size({"width": width, "height": height})
        if focus is not None:
            locator, offset = focus(width)
            locator.evaluate(SCROLL_TO, offset)
        settle(page)
        raw = page.screenshot(full_page=False)
        image = (
            Image.open(io.BytesIO(raw)).convert("RGB").quantize(colors=96, method=Image.Quantize.MEDIANCUT)
        )
        path = folder / f"{name}-{width}.png"
        image.save(path, optimize=True)
        assert path.stat().st_size < SCREEN_MAX_BYTES, (path, path.stat().st_size)


# Quizzes: every question helper returns one raw block of `QuizPage.questions` (`{"type", "id", "value"}`).
# Block and list-item ids are fixed (derived from the `name` given), as Wagtail and wagtail-localize keep
# them: a ListBlock item without an id would be read in the old list format and come out empty. Each text
# is distinctive (`"<name>: feedback 1"`...) so that a test can look for it in the HTML.

NAMESPACE = uuid.UUID("6f1d2a52-3c1e-4e4b-9a53-6d2b0f0c9e11")


def block_id(*parts):
    """A fixed uuid4-shaped id for a block, from its name."""
    return str(uuid.uuid5(NAMESPACE, "/".join(map(str, parts))))


def items(name, values):
    """ListBlock items holding `values`, with fixed ids."""
    return [
        {"type": "item", "value": value, "id": block_id(name, "item", i)} for i, value in enumerate(values)
    ]


def question(kind, name, prompt=None, explanation=None, **fields):
    return {
        "type": kind,
        "id": block_id(name),
        "value": {
            "prompt": prompt or f"{name}: prompt?",
            "explanation": f"<p>{explanation or name + ': explanation'}</p>",
            "standard": None,
            **fields,
        },
    }


def choice_question(kind, name, correct, count=4, **kwargs):
    choices = [
        {"text": f"{name}: choice {i}", "correct": i in correct, "feedback": f"{name}: feedback {i}"}
        for i in range(count)
    ]
    return question(kind, name, choices=items(name, choices), **kwargs)


def single_choice(name="single", correct=1, count=4, **kwargs):
    """One right choice (index `correct`) among `count`."""
    return choice_question("single_choice", name, {correct}, count, **kwargs)


def multiple_choice(name="multiple", correct=(0, 2), count=4, **kwargs):
    """Several right choices ("all that apply")."""
    return choice_question("multiple_choice", name, set(correct), count, **kwargs)


def true_false(name="truefalse", answer=False, **kwargs):
    return question("true_false", name, answer=answer, **kwargs)


def short_answer(name="short", accepted=("ete", "l'été"), **kwargs):
    return question("short_answer", name, accepted_answers=items(name, list(accepted)), **kwargs)


def ordering(name="ordering", count=4, **kwargs):
    """Steps given in the right order."""
    return question(
        "ordering", name, steps=items(name, [f"{name}: step {i}" for i in range(count)]), **kwargs
    )


def one_of_each():
    """Five questions, one of each type, in this order: single, multiple, true/false, short, ordering."""
    return [single_choice(), multiple_choice(), true_false(), short_answer(), ordering()]


def make_quiz(module, questions=None, pass_mark=70, title="Quiz", slug="quiz", shuffle_choices=False):
    """A published QuizPage under `module`, reloaded from the database."""
    quiz = QuizPage(
        title=title,
        slug=slug,
        intro="<p>Intro du quiz.</p>",
        pass_mark=pass_mark,
        shuffle_choices=shuffle_choices,
        questions=copy.deepcopy(questions if questions is not None else one_of_each()),
    )
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def facilitator(username="fac", group="Facilitators"):
    """A user in the Facilitators group (or `group`), who may run live sessions."""
    user = User.objects.create_user(username=username, password=PASSWORD)
    user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


@pytest.fixture
def live_questions():
    """The raw blocks of the `live_quiz` fixture: one single-choice question, one true/false."""
    return [single_choice(name="s", correct=1), true_false(name="tf", answer=False)]


@pytest.fixture
def live_quiz(course_tree, live_questions):
    """A quiz of `live_questions` at the end of the course_tree module, to run live."""
    return make_quiz(course_tree["module"], questions=live_questions)


@pytest.fixture
def questions():
    """The raw blocks of the `quiz` fixture: single, multiple, true/false, short answer, ordering."""
    return one_of_each()


@pytest.fixture
def quiz(course_tree, questions):
    """A quiz of the `questions` (pass mark 60%) at the end of the course_tree module."""
    return make_quiz(course_tree["module"], questions=questions, pass_mark=60)


def right_choice_ids(block):
    return [item["id"] for item in block["value"]["choices"] if item["value"]["correct"]]


def wrong_choice_ids(block):
    return [item["id"] for item in block["value"]["choices"] if not item["value"]["correct"]]


def step_ids(block):
    return [item["id"] for item in block["value"]["steps"]]


def answer_data(block, right=True):
    """POST data answering the raw question `block` rightly or wrongly, as the quiz page's form sends it:
    the sample answer of its question block (quizzes.blocks)."""
    question = QuizPage._meta.get_field("questions").stream_block.child_blocks[block["type"]]
    return question.sample_answer(question.to_python(block["value"]), correct=right)


# URLs of the quiz's form views, in the quiz's own language.


def quiz_url(name, quiz, *args):
    with translation.override(quiz.locale.language_code):
        return reverse(name, args=[quiz.pk, *args])


def start_url(quiz):
    return quiz_url("quiz_start", quiz)


def answer_url(quiz, block_or_id):
    question_id = block_or_id if isinstance(block_or_id, str) else block_or_id["id"]
    return quiz_url("quiz_answer", quiz, question_id)


def finish_url(quiz):
    return quiz_url("quiz_finish", quiz)


def recoverable(total, parts, hidden_least=5):
    """Which of a report line's hidden `parts` (cell texts) can be worked out from the shown `total` and
    the shown parts, the parts adding up to the total: their indexes. A "< 5" is read as 0 to 4, another
    hidden mark ("masqué") as `hidden_least` up to the total. A hidden part is recoverable when only one of
    its values lets the hidden parts add up to the total minus the shown parts (one hidden part, for a
    start). Nothing is recoverable from a hidden total."""

    def count(text):
        try:
            return int(float(str(text).replace(",", ".")))
        except ValueError:
            return None

    top = count(total)
    if top is None:
        return []
    hidden = [index for index, part in enumerate(parts) if count(part) is None]
    rest = top - sum(count(part) for part in parts if count(part) is not None)
    ranges = {
        index: range(0, 5) if str(parts[index]) == "< 5" else range(hidden_least, top + 1) for index in hidden
    }

    def sums_of(indexes):
        reachable = {0}
        for index in indexes:
            reachable = {
                total + value for total in reachable for value in ranges[index] if total + value <= rest
            }
        return reachable

    found = []
    for index in hidden:
        others = sums_of([other for other in hidden if other != index])
        if len([value for value in ranges[index] if rest - value in others]) == 1:
            found.append(index)
    return found


# The quiz's finish form, sent once the learner has confirmed that unanswered questions may stay so.
CONFIRM_FINISH = {"confirm": "yes"}
