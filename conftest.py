"""Shared pytest fixtures: the four locales, a home page per test, a small course tree, and Chromium."""

import importlib
import os
import shutil

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, Locale, Page, Site

from learning.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage

CHROMIUM = "/usr/bin/chromium"
LANGUAGES = ["fr", "en", "es", "ht"]

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def locales(db):
    """The four locales, keyed by language code (migrations make them; flushed databases need this)."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


# Rows that data migrations make, which a transactional test's flush removes: (migration, function).
DATA_MIGRATIONS = [
    (
        "wagtail_localize.migrations.0006_create_submit_translation_permission",
        "create_submit_translation_permission",
    ),
    ("learning.migrations.0003_sync_other_locales_from_french", "sync_from_french"),
    ("accounts.migrations.0002_groups_and_review_workflow", "create_groups_and_workflow"),
    ("pedagogy_tools.migrations.0002_toolkits_collection", "create_toolkits_collection"),
    ("pedagogy_tools.migrations.0003_toolkits_collection_privacy", "restrict_toolkits_collection"),
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


@pytest.fixture
def home(locales):
    """The French HomePage at the site root, made again (with the groups, workflow and other rows that
    data migrations make) if a transactional test flushed the database."""
    ContentType.objects.clear_cache()  # a flush may have given content types new ids
    page = HomePage.objects.filter(locale=locales["fr"], depth=2).first()
    if page is None:
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locales["fr"])
        page = root.add_child(instance=HomePage(title="Solidaire", slug="accueil", locale=locales["fr"]))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": page, "site_name": "Solidaire"}
    )
    restore_migration_data()
    return page


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


@pytest.fixture
def course_tree(home):
    """A French catalogue with one course, one module and `lessons` (three) published lessons."""
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


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive Debian's Chromium; skip browser tests without it, except in CI where it must be there."""
    if not shutil.which(CHROMIUM):
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is required (REQUIRE_BROWSER is set) but missing")
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "fr-FR"}
