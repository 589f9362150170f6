"""tests/snapshot.py: putting copied rows back gives exactly the copied database (ids, timestamps set on
insert, many-to-many links, translations), whatever was added meanwhile, and new rows still get ids."""

import pytest

from accounts.models import User
from tests.helpers import make_user, translate_into_english
from tests.snapshot import copy_rows, put_back

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows(course_tree, locales, django_capture_on_commit_callbacks):
    """The rows of a course tree with an English translation and an editor, copied."""
    chain = [course_tree[name] for name in ("home", "index", "course", "module")]
    translate_into_english(
        [*chain, course_tree["lessons"][0]], locales["en"], django_capture_on_commit_callbacks
    )
    make_user("editrice", group="Editors")
    return copy_rows()


def test_putting_the_rows_back_gives_the_same_rows(rows):
    make_user("meanwhile")

    put_back(rows)

    assert copy_rows() == rows
    assert not User.objects.filter(username="meanwhile").exists()


def test_new_rows_get_ids_after_the_copied_ones(rows):
    put_back(rows)

    assert make_user("after").pk > User.objects.exclude(username="after").latest("pk").pk
