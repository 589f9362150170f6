"""Lesson blocks. Each block describes itself to editors (icon, description) and renders its own template.

Quizzes and toolkits reuse these blocks; keep them free of anything lesson-specific.
"""

from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        template = "learning/blocks/heading.html"
        icon = "title"
        label = _("Heading")
        description = _("A section title inside the lesson.")
        form_classname = "title"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        template = "learning/blocks/paragraph.html"
        icon = "pilcrow"
        label = _("Rich text")
        description = _("Paragraphs, lists and links.")


class KeyPointBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        template = "learning/blocks/key_point.html"
        icon = "pick"
        label = _("Key point")
        description = _("The one idea to remember, shown in a highlighted box.")


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    country = blocks.CharBlock(label=_("Country"), required=False)
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1800, max_value=2100)
    story = blocks.RichTextBlock(label=_("Story"), features=RICH_TEXT_FEATURES)

    class Meta:
        template = "learning/blocks/case_study.html"
        icon = "doc-full"
        label = _("Case study")
        description = _("A real or illustrative situation: where, when, what happened.")


class TestimonyBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Words"))
    who = blocks.CharBlock(label=_("Who"))
    role = blocks.CharBlock(label=_("Role"), required=False)

    class Meta:
        template = "learning/blocks/testimony.html"
        icon = "openquote"
        label = _("Testimony")
        description = _("A worker's or activist's own words, with who they are.")


class LabourStandardBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("learning.LabourStandard", **kwargs)

    class Meta:
        template = "learning/blocks/labour_standard.html"
        icon = "doc-full-inverse"
        label = _("Labour standard card")
        description = _("A card for an ILO convention or protocol: code, title, year, summary, link.")


class GlossaryTermBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("learning.GlossaryTerm", **kwargs)

    class Meta:
        template = "learning/blocks/glossary_term.html"
        icon = "help"
        label = _("Glossary term")
        description = _("A term and its definition, from the glossary.")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        template = "learning/blocks/captioned_image.html"
        icon = "image"
        label = _("Image with caption")
        description = _("An image, its description for screen readers and an optional caption.")


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from its host until the learner asks for it."""

    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES)

    class Meta:
        template = "learning/blocks/video.html"
        icon = "media"
        label = _("Video with transcript")
        description = _("Shown as a placeholder; the video host is contacted only on the learner's click.")


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False)

    class Meta:
        template = "learning/blocks/document_download.html"
        icon = "download"
        label = _("Document download")
        description = _("A file to download, with its size and type.")


class DiscussionQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    guidance = blocks.TextBlock(label=_("Hints for the discussion"), required=False)

    class Meta:
        template = "learning/blocks/discussion_question.html"
        icon = "group"
        label = _("Discussion question")
        description = _("A question to think about alone or discuss in a group.")


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    key_point = KeyPointBlock()
    case_study = CaseStudyBlock()
    testimony = TestimonyBlock()
    standard = LabourStandardBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    document = DocumentDownloadBlock()
    discussion = DiscussionQuestionBlock()
    glossary = GlossaryTermBlock()

    def render_basic(self, value, context=None):
        """Each block in Wagtail's wrapper, with `heading_level` in its context: the level of a block's own
        title (case study, standard, video), 2 before the first heading block and 3 after it, so that the
        page's headings never skip a level."""
        rendered = []
        heading_level = 2
        for child in value:
            child_context = {**(context or {}), "heading_level": heading_level}
            rendered.append((child.render(context=child_context), child.block_type))
            if child.block_type == "heading":
                heading_level = 3
        return format_html_join("\n", '<div class="w-block-{1} block-{1}">{0}</div>', rendered)
