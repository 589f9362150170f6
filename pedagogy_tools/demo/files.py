"""The demo toolkits' content files (see `learning.demo.files`): ``fr/index.yaml`` and ``fr/<key>.yaml``,
and per language ``locale/<lang>/index.po``, ``<key>.po`` (the toolkit page) and ``<key>-attachments.po``
(each attachment's file name, title and one-page text, made into a PDF per language: documents are not
translated by wagtail-localize, so this file is read with polib, msgctxt ``<attachment key>.<field>``)."""

from pathlib import Path

from learning.demo.files import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    read_po,
    read_yaml,
    unit_in_every_language,
)

TOOLKITS_CONTENT = Path(__file__).resolve().parent / "content"
TOOLKIT_KEYS = ["sweatshops", "freedom-of-association"]
ATTACHMENT_TEXTS = ["file_name", "title", "body"]  # the attachment's "description" is on the page


def attachments_unit(key):
    return f"{key}-attachments"


def index(content_dir=TOOLKITS_CONTENT, languages=TARGET_LANGUAGES):
    """The toolkit index page, each text a dict keyed by language (French and `languages`)."""
    return unit_in_every_language(content_dir, "index", read_yaml(content_dir, "index"), languages)


def attachment_texts(content_dir, key, language):
    """{(attachment key, field): text} of toolkit `key`'s attachments in `language` (empty if none)."""
    po = read_po(content_dir, language, attachments_unit(key))
    return {tuple(entry.msgctxt.split(".", 1)): entry.msgstr for entry in po or []}


def toolkit(key, content_dir=TOOLKITS_CONTENT):
    """Toolkit `key` in the shape of `pedagogy_tools.demo.build` (each text a dict keyed by language)."""
    french = read_yaml(content_dir, key)
    page = {name: value for name, value in french.items() if name != "attachments"}
    data = unit_in_every_language(content_dir, key, page)
    descriptions = unit_in_every_language(
        content_dir, key, [attachment["description"] for attachment in french["attachments"]]
    )
    texts = {lang: attachment_texts(content_dir, key, lang) for lang in LANGUAGES if lang != SOURCE_LANGUAGE}
    data["attachments"] = [
        {"key": attachment["key"], "description": description}
        | {
            field: {SOURCE_LANGUAGE: attachment[field]}
            | {lang: found[(attachment["key"], field)] for lang, found in texts.items() if found}
            for field in ATTACHMENT_TEXTS
        }
        for attachment, description in zip(french["attachments"], descriptions, strict=True)
    ]
    return data


def toolkits(content_dir=TOOLKITS_CONTENT):
    return [toolkit(key, content_dir) for key in TOOLKIT_KEYS]
