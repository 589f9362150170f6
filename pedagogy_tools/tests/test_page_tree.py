"""The toolkit pages keep to the tree in docs/architecture.md: HomePage > ToolkitIndexPage > ToolkitPage."""

import pytest

from learning.models import HomePage
from pedagogy_tools.models import ToolkitIndexPage, ToolkitPage
from tests.helpers import message, publish_child, text_of

TREE = {
    ToolkitIndexPage: ([HomePage], [ToolkitPage]),
    ToolkitPage: ([ToolkitIndexPage], []),
}


@pytest.mark.parametrize("model", TREE, ids=lambda model: model.__name__)
def test_toolkit_pages_have_exactly_their_allowed_parents_and_subpages(model):
    parents, subpages = TREE[model]
    assert set(model.allowed_parent_page_models()) == set(parents)
    assert set(model.allowed_subpage_models()) == set(subpages)


def test_home_page_may_hold_a_toolkit_index():
    assert ToolkitIndexPage in HomePage.allowed_subpage_models()


def test_home_page_takes_one_toolkit_index(home):
    assert ToolkitIndexPage.can_create_at(home)
    index = publish_child(home, ToolkitIndexPage(title="Trousses", slug="trousses"))

    assert not ToolkitIndexPage.can_create_at(home)
    assert ToolkitPage.can_create_at(index)
    assert not ToolkitPage.can_create_at(home)


def test_toolkit_index_lists_its_live_toolkits(client, toolkit, toolkit_index):
    draft = ToolkitPage(title="Brouillon", slug="brouillon", summary="s", objectives="<ul><li>o</li></ul>")
    toolkit_index.add_child(instance=draft)
    draft.unpublish()

    response = client.get(toolkit_index.url)

    assert response.status_code == 200
    assert list(response.context["toolkits"]) == [toolkit]
    assert message("%(hours)s h %(minutes)s min", hours=1, minutes=30) in text_of(response)
