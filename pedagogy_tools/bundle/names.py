"""The names of the files in a kit, in the kit's language (call these inside translation.override).

Translators: these are file and folder names, so they stay short, lowercase, words joined by hyphens.
Whatever a translation holds, the name is slugified, so it is always safe on every file system.
"""

from django.utils.text import slugify
from django.utils.translation import pgettext

CONTEXT = "file name in a toolkit's kit"


def safe(name):
    return slugify(name, allow_unicode=True) or "file"


def kit_names():
    """Every name in the kit, keyed by what the file is; folders end with a slash."""
    return {
        "guide": f"1-{safe(pgettext(CONTEXT, 'facilitator-guide'))}.pdf",
        "handouts": f"2-{safe(pgettext(CONTEXT, 'participant-handouts'))}.pdf",
        "quiz": f"3-{safe(pgettext(CONTEXT, 'quiz'))}.pdf",
        "answer_key": f"4-{safe(pgettext(CONTEXT, 'quiz-answer-key'))}.pdf",
        "attachments": f"5-{safe(pgettext(CONTEXT, 'attachments'))}/",
        "lessons": f"6-{safe(pgettext(CONTEXT, 'lessons-offline'))}/",
        "readme": f"{safe(pgettext(CONTEXT, 'readme')).upper()}.txt",
    }


def download_name(page):
    """The zip's name when downloaded: the toolkit's slug (in its language), "kit", the language code."""
    return f"{safe(page.slug)}-{safe(pgettext(CONTEXT, 'kit'))}-{page.locale.language_code}.zip"


def unique_name(name, taken):
    """`name`, or `name` with -2, -3... before its extension when it is already in `taken` (updated)."""
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}{dot}{extension}"
    taken.add(candidate)
    return candidate
