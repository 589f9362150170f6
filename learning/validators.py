"""Checks on text people type, shared by the apps' forms and question blocks."""

import unicodedata

# Format characters that reorder or hide text (U+202E shows "fdp.exe" for "exe.pdf"): refused. Other
# format characters (the zero-width joiners some scripts and emoji need) are allowed.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def has_control_characters(text):
    """Whether `text` holds a control character (NUL, ESC, a line break...) or a bidirectional control."""
    return any(unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS for char in text)
