"""Editors write toolkits in the admin: the forms open, the blocks describe themselves, and a toolkit
refuses a linked page that is not a course or a module."""

import pytest
from django.core.exceptions import ValidationError

from pedagogy_tools.blocks import ActivityBlock, AgendaBlock, AttachmentBlock
from pedagogy_tools.models import ToolkitPage
from tests.helpers import message, text_of


@pytest.fixture
def admin_client(client, users):
    client.force_login(users["superuser"])
    return client


def test_editors_can_open_the_new_toolkit_form(admin_client, toolkit_index):
    response = admin_client.get(f"/admin/pages/add/pedagogy_tools/toolkitpage/{toolkit_index.pk}/")

    assert response.status_code == 200
    text = text_of(response)
    for tab in ["Summary", "Guide", "Resources"]:
        assert message(tab) in text


def test_editors_can_open_a_toolkit(admin_client, toolkit):
    assert admin_client.get(f"/admin/pages/{toolkit.pk}/edit/").status_code == 200


def test_blocks_describe_themselves():
    for block in [ActivityBlock(), AttachmentBlock()]:
        assert block.meta.icon and block.meta.description and block.meta.template
    assert list(AgendaBlock().child_blocks) == ["activity"]


def test_activity_preview_renders_without_a_start_time():
    block = ActivityBlock()
    html = block.render(block.to_python(block.meta.preview_value))

    assert "Read the label" in html
    assert "<time" not in html


def test_linked_course_must_be_a_course_or_a_module(toolkit, course_tree, quiz):
    toolkit.course = course_tree["lessons"][0]
    with pytest.raises(ValidationError) as error:
        toolkit.full_clean()
    assert "course" in error.value.message_dict

    for page in [course_tree["course"], course_tree["module"]]:
        toolkit.course = page
        toolkit.full_clean()


def test_group_size_must_be_in_order(toolkit):
    toolkit.group_size_min, toolkit.group_size_max = 30, 10

    with pytest.raises(ValidationError) as error:
        toolkit.full_clean()
    assert "group_size_max" in error.value.message_dict


def test_duration_is_the_sum_of_the_agenda(toolkit):
    assert ToolkitPage.objects.get(pk=toolkit.pk).total_minutes == 15 + 30 + 45
