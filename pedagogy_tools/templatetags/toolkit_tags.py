"""Template tags for toolkits: durations, group sizes, elapsed times, and page numbers in PDFs."""

import re

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pedagogy_tools.blocks import METHOD_LABELS

register = template.Library()


@register.simple_tag
def minutes_label(minutes):
    """An exact duration: "2 h 30 min", "2 h", "45 min"."""
    hours, minutes = divmod(int(minutes or 0), 60)
    if hours and minutes:
        return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}
    if hours:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(minutes)s min") % {"minutes": minutes}


@register.filter
def elapsed(minutes):
    """Time from the start of the workshop, as h:mm ("0:00", "1:45")."""
    hours, minutes = divmod(int(minutes or 0), 60)
    return f"{hours}:{minutes:02d}"


@register.simple_tag
def group_size(page):
    """ "8 to 24 participants", "up to 24 participants", "at least 8 participants", or ""."""
    low, high = page.group_size_min, page.group_size_max
    if low and high:
        if low == high:
            return ngettext("%(count)s participant", "%(count)s participants", high) % {"count": high}
        return _("%(low)s to %(high)s participants") % {"low": low, "high": high}
    if high:
        return ngettext("up to %(count)s participant", "up to %(count)s participants", high) % {"count": high}
    if low:
        return ngettext("at least %(count)s participant", "at least %(count)s participants", low) % {
            "count": low
        }
    return ""


def css_string(text):
    """`text` as a CSS string literal, safe inside a <style> element."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ").replace("<", "\\3c ")
    return f'"{escaped}"'


@register.filter
def css(text):
    """A text as a CSS string literal, for `content:` in a PDF's stylesheet."""
    return mark_safe(css_string(str(text)))  # noqa: S308 - css_string escapes quotes, backslashes and <


@register.simple_tag
def page_numbers_css():
    """The CSS `content` value for "Page 3 of 12" in the current language (the translation decides
    the order of words and numbers)."""
    text = _("Page %(page)s of %(pages)s")
    parts = []
    for piece in re.split(r"(%\((?:page|pages)\)s)", text):
        if piece == "%(page)s":
            parts.append("counter(page)")
        elif piece == "%(pages)s":
            parts.append("counter(pages)")
        elif piece:
            parts.append(css_string(piece))
    return mark_safe(" ".join(parts))  # noqa: S308 - every piece is a CSS keyword or an escaped string


@register.filter
def method_label(method):
    """The name of an activity's method ("small_group_discussion" -> "Small-group discussion")."""
    return METHOD_LABELS.get(method, method)
