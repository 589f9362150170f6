"""Blocks of a campaign page: its timeline, what a union local can do, the courses and toolkits that go with
it, and the sections of its model policy. Plain text everywhere but the page's body, so that the policy
becomes an OpenDocument text and a PDF without losing anything."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

COURSE_PAGE = "learning.CoursePage"
TOOLKIT_PAGE = "pedagogy_tools.ToolkitPage"


class EventBlock(blocks.StructBlock):
    """One dated event of the campaign's timeline."""

    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("What happened"), required=False)
    link = blocks.URLBlock(label=_("Source or further reading"), required=False)

    class Meta:
        icon = "date"
        label = _("Event")


class StepBlock(blocks.StructBlock):
    """One step of what a union local can do; the steps are shown numbered, in the editor's order."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.TextBlock(label=_("How"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class PolicySectionBlock(blocks.StructBlock):
    """A section of the model policy: a heading and its paragraphs."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    paragraphs = blocks.ListBlock(blocks.TextBlock(label=_("Paragraph")), label=_("Paragraphs"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Policy section")


class RelatedPageBlock(blocks.StreamBlock):
    course = blocks.PageChooserBlock(page_type=COURSE_PAGE, label=_("Course"))
    toolkit = blocks.PageChooserBlock(page_type=TOOLKIT_PAGE, label=_("Toolkit"))
