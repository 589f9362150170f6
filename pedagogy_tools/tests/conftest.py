"""Fixtures for the toolkit tests: people in each role, the quiz's questions (tests.helpers makes the
`quiz` of them), and a published toolkit that uses them."""

import pytest
from django.core.cache import caches
from wagtail.models import Collection, Page
from wagtail_localize.synctree import synchronize_tree

from accounts.roles import COMMITTEE, EDITORS, FACILITATORS
from learning.demo.translate import translate_like
from pedagogy_tools.access import TOOLKITS_COLLECTION
from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage
from pedagogy_tools.tests import factories
from tests.helpers import make_user, publish_child


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


@pytest.fixture
def users(home):
    """One user per kind of visitor, keyed by role (None for an anonymous visitor), in the groups the
    migrations make (`home` makes them again after a transactional test's flush)."""
    return {
        "anonymous": None,
        "learner": make_user("learner"),
        "facilitator": make_user("facilitator", group=FACILITATORS),
        "editor": make_user("editor", group=EDITORS),
        "committee": make_user("committee", group=COMMITTEE),
        "superuser": make_user("admin", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def facilitator_client(client, users):
    client.force_login(users["facilitator"])
    return client


@pytest.fixture
def attachment(toolkits_collection):
    return factories.make_attachment(toolkits_collection)


@pytest.fixture
def public_document(toolkits_collection):
    root = Collection.get_first_root_node()
    return factories.make_document(root, "Document public", "document-public.txt", b"Pour tout le monde.\n")


@pytest.fixture
def questions():
    """The questions of the toolkit's quiz: their right answers are distinctive texts (see factories)."""
    return factories.questions()


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
