"""A campaign's model policy as documents to fill in and adopt: an OpenDocument text (odfpy) and a PDF
(WeasyPrint, as the toolkits' kits are made), in the language of the page's content, each with a blank for
the organisation's name and a line to record its adoption (date, signatures)."""

import io

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from odf import dc, style, text
from odf.opendocument import OpenDocumentText

from pedagogy_tools.bundle.pdf import render_pdf

ODT_TYPE = "application/vnd.oasis.opendocument.text"
PDF_TYPE = "application/pdf"
BLANK = "________________________"
SIGNATURE_LINES = 2


def paragraphs_of(plain):
    """A plain text's paragraphs: the lines it has, blank ones dropped."""
    return [line.strip() for line in plain.splitlines() if line.strip()]


def wording():
    """The interface's words of the document, in the active language."""
    return {
        "organisation": _("[Name of your organisation]"),
        "adoption_heading": _("Adoption"),
        "adopted": _("Adopted by %(organisation)s on %(date)s, by resolution number %(number)s.")
        % {"organisation": _("[Name of your organisation]"), "date": BLANK, "number": BLANK},
        "signatures": _("Signatures"),
        "signer": _("Name and role: %(blank)s") % {"blank": BLANK},
        "signature": _("Signature: %(blank)s") % {"blank": BLANK},
    }


def policy_content(page):
    """What both documents hold: title, preamble, sections (heading, paragraphs), and the words to fill in,
    in the language of the page's content. Call it inside translation.override(that language)."""
    return {
        "title": page.policy_title,
        "campaign": page.title,
        "preamble": paragraphs_of(page.policy_preamble),
        "sections": [
            {"heading": block.value["heading"], "paragraphs": [p for p in block.value["paragraphs"] if p]}
            for block in page.policy
        ],
        "words": wording(),
        "from_campaign": _("A model policy from the campaign “%(campaign)s”, to adapt and adopt.")
        % {"campaign": page.title},
        "signature_lines": range(SIGNATURE_LINES),
        "content_language": page.content_language_code,
    }


def file_name(page, extension):
    """The download's name: the policy's title in its language, as a slug."""
    return f"{slugify(page.policy_title) or 'policy'}.{extension}"


def policy_odt(page):
    """The model policy as OpenDocument text bytes."""
    language = page.content_language_code
    with translation.override(language):
        content = policy_content(page)
    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text=content["title"]))
    document.meta.addElement(dc.Language(text=language))
    default = style.DefaultStyle(family="paragraph")
    default.addElement(style.TextProperties(language=language, country="none", fontsize="11pt"))
    document.styles.addElement(default)
    styles = {
        "title": paragraph_style("Title", "20pt", bold=True),
        "heading": paragraph_style("Heading_20_2", "14pt", bold=True, display_name="Heading 2"),
        "placeholder": paragraph_style("Placeholder", "13pt", bold=True),
        "note": paragraph_style("Note", "10pt", italic=True),
    }
    for found in styles.values():
        document.styles.addElement(found)
    words = content["words"]
    body = document.text
    body.addElement(text.H(outlinelevel=1, stylename=styles["title"], text=content["title"]))
    body.addElement(text.P(stylename=styles["placeholder"], text=words["organisation"]))
    body.addElement(text.P(stylename=styles["note"], text=content["from_campaign"]))
    for paragraph in content["preamble"]:
        body.addElement(text.P(text=paragraph))
    for section in content["sections"]:
        body.addElement(text.H(outlinelevel=2, stylename=styles["heading"], text=section["heading"]))
        for paragraph in section["paragraphs"]:
            body.addElement(text.P(text=paragraph))
    body.addElement(text.H(outlinelevel=2, stylename=styles["heading"], text=words["adoption_heading"]))
    body.addElement(text.P(text=words["adopted"]))
    body.addElement(text.P(stylename=styles["placeholder"], text=words["signatures"]))
    for _line in content["signature_lines"]:
        body.addElement(text.P(text=words["signer"]))
        body.addElement(text.P(text=words["signature"]))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def paragraph_style(name, size, bold=False, italic=False, display_name=None):
    found = style.Style(name=name, family="paragraph", displayname=display_name or name.replace("_", " "))
    found.addElement(style.ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    properties = {"fontsize": size}
    if bold:
        properties["fontweight"] = "bold"
    if italic:
        properties["fontstyle"] = "italic"
    found.addElement(style.TextProperties(**properties))
    return found


def policy_pdf(page):
    """The model policy as PDF bytes."""
    with translation.override(page.content_language_code):
        content = policy_content(page)
        content["toolkit"] = {"title": content["title"], "summary": content["campaign"]}
        return render_pdf("campaigns/pdf/policy.html", content)
