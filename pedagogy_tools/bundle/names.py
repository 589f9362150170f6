"""The names of the files in a kit, in the kit's language (call these inside translation.override).

They are interface strings with the context "kit file name" (pgettext with literal arguments, so that
makemessages finds them). Whatever a translation holds, the name is slugified: always safe on every file
system.
"""

from django.utils.text import slugify
from django.utils.translation import pgettext


def safe(name):
    return slugify(name, allow_unicode=True) or "file"


def kit_names():
    """Every name in the kit, keyed by what the file is; folders end with a slash."""
    names = {
        # Translators: file and folder names in a workshop kit (a zip): lowercase words joined by hyphens.
        "guide": pgettext("kit file name", "facilitator-guide"),
        "handouts": pgettext("kit file name", "participant-handouts"),
        "quiz": pgettext("kit file name", "quiz"),
        "answer_key": pgettext("kit file name", "quiz-answer-key"),
        "attachments": pgettext("kit file name", "attachments"),
        "lessons": pgettext("kit file name", "lessons-offline"),
        "readme": pgettext("kit file name", "readme"),
    }
    names = {key: safe(name) for key, name in names.items()}
    return {
        "guide": f"1-{names['guide']}.pdf",
        "handouts": f"2-{names['handouts']}.pdf",
        "quiz": f"3-{names['quiz']}.pdf",
        "answer_key": f"4-{names['answer_key']}.pdf",
        "attachments": f"5-{names['attachments']}/",
        "lessons": f"6-{names['lessons']}/",
        "readme": f"{names['readme'].upper()}.txt",
    }


def download_name(page, start=None):
    """The zip's name when downloaded: the toolkit's slug (in its language), "kit", the language code,
    and the workshop's start time unless it is the usual one (`start`, a time, or None)."""
    kit = pgettext("kit file name", "kit")
    time = f"-{start:%H%M}" if start else ""
    return f"{safe(page.slug)}-{safe(kit)}-{page.locale.language_code}{time}.zip"


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
