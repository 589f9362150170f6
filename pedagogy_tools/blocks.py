"""Blocks of a toolkit: timed workshop activities, and attachments kept in the Toolkits collection.

Like the lesson blocks (learning.blocks), each block describes itself to editors (icon, description,
preview) and renders its own template. Discussion questions reuse the lesson's DiscussionQuestionBlock.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from learning.blocks import RICH_TEXT_FEATURES, DiscussionQuestionBlock
from pedagogy_tools.access import TOOLKITS_COLLECTION, is_in_toolkits_collection

METHODS = [
    ("icebreaker", _("Icebreaker")),
    ("presentation", _("Presentation")),
    ("small_group_discussion", _("Small-group discussion")),
    ("role_play", _("Role play")),
    ("case_study", _("Case study")),
    ("quiz", _("Quiz")),
    ("debrief", _("Debrief")),
    ("evaluation", _("Evaluation")),
    ("break", _("Break")),
]
METHOD_LABELS = dict(METHODS)
MAX_ACTIVITY_MINUTES = 8 * 60


class ActivityBlock(blocks.StructBlock):
    """One timed step of the workshop. Its handout, if any, goes into the participants' handouts."""

    title = blocks.CharBlock(label=_("Title"))
    minutes = blocks.IntegerBlock(label=_("Minutes"), min_value=1, max_value=MAX_ACTIVITY_MINUTES)
    method = blocks.ChoiceBlock(label=_("Method"), choices=METHODS)
    instructions = blocks.RichTextBlock(
        label=_("Instructions"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the facilitator does and says, step by step."),
    )
    facilitator_notes = blocks.RichTextBlock(
        label=_("Facilitator's notes"),
        features=RICH_TEXT_FEATURES,
        required=False,
        help_text=_("Tips, pitfalls, facts to have at hand. Only in the facilitator's guide."),
    )
    materials = blocks.ListBlock(
        blocks.CharBlock(label=_("Item")),
        label=_("Materials"),
        default=[],
        help_text=_("What to have ready for this activity, one item per line."),
    )
    handout = blocks.RichTextBlock(
        label=_("Handout"),
        features=["h3", *RICH_TEXT_FEATURES],
        required=False,
        help_text=_("Text for the participants. It is printed in the participants' handouts."),
    )

    class Meta:
        template = "pedagogy_tools/blocks/activity.html"
        icon = "time"
        label = _("Activity")
        description = _("A timed step of the workshop: method, instructions, notes, materials, handout.")
        form_classname = "struct-block activity-block"
        preview_value = {
            "title": "Read the label",
            "minutes": 15,
            "method": "icebreaker",
            "instructions": "<p>Ask everyone to read the label of a garment they have with them.</p>",
            "facilitator_notes": "<p>The label names a country, not the factory.</p>",
            "materials": ["Sticky notes", "Flip chart"],
            "handout": "",
        }


class AgendaBlock(blocks.StreamBlock):
    activity = ActivityBlock()

    class Meta:
        label = _("Agenda")


class DiscussionQuestionsBlock(blocks.StreamBlock):
    question = DiscussionQuestionBlock()

    class Meta:
        label = _("Discussion questions")


class AttachmentBlock(blocks.StructBlock):
    """A file for facilitators. It must be in the Toolkits collection, whose files only they can open."""

    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False)

    class Meta:
        template = "pedagogy_tools/blocks/attachment.html"
        icon = "doc-full"
        label = _("Attachment")
        description = _("A worksheet, slides or a handout from the Toolkits collection.")

    def clean(self, value):
        value = super().clean(value)
        document = value.get("document")
        if document is not None and not is_in_toolkits_collection(document):
            raise StructBlockValidationError(
                block_errors={
                    "document": ValidationError(
                        _(
                            "Move this document to the “%(collection)s” collection first: only "
                            "facilitators and editors can open the files kept there."
                        )
                        % {"collection": TOOLKITS_COLLECTION}
                    )
                }
            )
        return value


class AttachmentsBlock(blocks.StreamBlock):
    attachment = AttachmentBlock()

    class Meta:
        label = _("Attachments")
