"""Fixtures for the toolkit tests: people in each role, a quiz, and a published toolkit that uses them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail_localize.synctree import synchronize_tree

from conftest import publish_child
from learning.demo.translate import translate_like
from pedagogy_tools.access import EDITOR_GROUPS, FACILITATORS, TOOLKITS_COLLECTION
from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage
from pedagogy_tools.tests import factories


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Documents, images and kits go to a throwaway folder. The per-process cache is emptied too: Wagtail
    keeps renditions there, which would point at another test's (rolled back) files."""
    settings.MEDIA_ROOT = tmp_path / "media"
    caches["default"].clear()
    return settings.MEDIA_ROOT


@pytest.fixture
def toolkits_collection(home):
    """The Toolkits collection and its privacy, as the migrations make them (`home` makes them again after
    a transactional test's flush)."""
    return Collection.objects.get(depth=2, name=TOOLKITS_COLLECTION)


def make_user(username, group=None, **fields):
    user = get_user_model().objects.create_user(username=username, password="x", **fields)
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


@pytest.fixture
def users(db):
    """One user per kind of visitor, keyed by role (None for an anonymous visitor)."""
    return {
        "anonymous": None,
        "learner": make_user("learner"),
        "facilitator": make_user("facilitator", FACILITATORS),
        "editor": make_user("editor", EDITOR_GROUPS[0]),
        "committee": make_user("committee", EDITOR_GROUPS[1]),
        "superuser": make_user("admin", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def facilitator_client(client, users):
    client.force_login(users["facilitator"])
    return client


def make_document(collection, title, name, content):
    Document = get_document_model()
    document = Document(title=title, collection=collection)
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


@pytest.fixture
def attachment(toolkits_collection):
    return make_document(
        toolkits_collection, "Fiche de l'atelier", "fiche-atelier.txt", b"Fiche de l'atelier.\n"
    )


@pytest.fixture
def public_document(toolkits_collection):
    root = Collection.get_first_root_node()
    return make_document(root, "Document public", "document-public.txt", b"Pour tout le monde.\n")


@pytest.fixture
def quiz(course_tree):
    return factories.make_quiz(course_tree["module"])


@pytest.fixture
def toolkit_index(home):
    return publish_child(home, ToolkitIndexPage(title="Trousses", slug="trousses"))


@pytest.fixture
def toolkit(toolkit_index, course_tree, quiz, attachment):
    """A published French toolkit: three activities (two with handouts), a discussion question, an
    attachment, the course_tree module's lessons and a quiz with one question of each kind."""
    page = publish_child(toolkit_index, factories.toolkit_page(course_tree["module"], quiz, attachment))
    return ToolkitPage.objects.get(pk=page.pk)


@pytest.fixture
def english_toolkit(toolkit, locales, django_capture_on_commit_callbacks):
    """The toolkit translated into English (wagtail-localize); its linked pages are English aliases."""
    source = Page.objects.get(pk=toolkit.pk).specific
    example = factories.toolkit_page(
        source.course, source.quiz, source.attachments[0].value["document"], language="en",
        translation_key=source.translation_key,
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["en"])
        english = translate_like(source, locales["en"], example)
    return english.specific
