"""The room's pictures, drawn on the server as inline SVG (nothing fetched, nothing scripted).

The room's bar chart has its own drawer (the admin's reports share learning.charts): it is read from the
back of a room on a projector, so every label is whole (wrapped over as many lines as it needs, never cut),
the bars are dark blue on white, and once revealed the right answer is marked four ways: the words
"✓ Right answer" before its label, bold text, a striped green fill (an SVG pattern) and a thick border,
while the other bars turn pale. Presentation attributes only (no `style`), so the strict
Content-Security-Policy holds. The SVG keeps its proportions and is scaled by its container.
"""

import textwrap

import segno
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

WIDTH = 1000
FONT = 34  # label and figure size, in viewBox units (a 1000-unit-wide chart)
LINE = 42  # a label line's height
LINE_CHARS = 56  # characters on a label line: a lower-case letter is about 0.5 em (bold a little more)
BAR = 48
BAR_MAX = 640
GAP = 28  # between one bar and the next label
INK = "#000"
BAR_FILL = "#1f3f73"  # dark blue, 10:1 on white
BAR_PALE = "#6d7f9e"  # the other answers once revealed, 4:1 on white
RIGHT_INK = "#0a5c2e"  # green, 7.7:1 on white
RIGHT_TINT = "#cdebd8"


def label_lines(text, marked):
    """`text` wrapped on lines of LINE_CHARS, whole; a marked one starts with "✓ Right answer:"."""
    text = " ".join(str(text).split())
    if marked:
        text = _("✓ Right answer: %(label)s") % {"label": text}
    return textwrap.wrap(text, LINE_CHARS, break_long_words=True, break_on_hyphens=False) or [""]


def right_pattern(pattern_id):
    """Diagonal green stripes on a pale green ground: the right answer's fill."""
    return format_html(
        '<defs><pattern id="{}" width="16" height="16" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="16" height="16" fill="{}"/>'
        '<rect width="8" height="16" fill="{}"/></pattern></defs>',
        pattern_id,
        RIGHT_TINT,
        RIGHT_INK,
    )


def bar_row(bar, y, top, reveal, pattern_id):
    """One answer: its label's lines, its bar and its figure, from `y` down; (markup, height)."""
    right = reveal and bar.correct
    lines = label_lines(bar.label, right)
    texts = [
        format_html(
            '<text x="0" y="{}" font-size="{}" font-weight="{}" fill="{}">{}</text>',
            y + (index + 1) * LINE - 8,
            FONT,
            "bold" if right else "normal",
            RIGHT_INK if right else INK,
            line,
        )
        for index, line in enumerate(lines)
    ]
    bar_y = y + len(lines) * LINE + 4
    width = max(round(BAR_MAX * bar.count / top), 6)
    fill = f"url(#{pattern_id})" if right else (BAR_PALE if reveal else BAR_FILL)
    rect = format_html(
        '<rect x="3" y="{}" width="{}" height="{}" fill="{}" stroke="{}" stroke-width="{}"/>',
        bar_y,
        width,
        BAR,
        fill,
        RIGHT_INK if right else INK,
        6 if right else 2,
    )
    figure = format_html(
        '<text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{}">{} · {} %</text>',
        width + 20,
        bar_y + BAR - 10,
        FONT,
        INK,
        bar.count,
        bar.percent,
    )
    css_class = "live-bar live-right" if right else "live-bar"
    markup = format_html('<g class="{}">{}{}{}</g>', css_class, mark_safe("".join(texts)), rect, figure)  # noqa: S308
    return markup, len(lines) * LINE + 4 + BAR + GAP


def bar_chart(result, reveal=False, chart_id="chart"):
    """The SVG of one question's answers (a rules.QuestionResult): one labelled bar per option, in the
    editor's order, and the share right under them once revealed."""
    top = max((bar.count for bar in result.bars), default=0) or 1
    pattern_id = f"{chart_id}-right"
    rows, y = [], 0
    for bar in result.bars:
        markup, height = bar_row(bar, y, top, reveal, pattern_id)
        rows.append(markup)
        y += height
    footer = ""
    if reveal:
        summary = _("%(percent)s %% right (%(correct)s of %(answered)s)") % {
            "percent": result.percent_correct,
            "correct": result.correct,
            "answered": result.answered,
        }
        footer = format_html(
            '<text x="0" y="{}" font-size="{}" font-weight="bold" fill="{}">{}</text>',
            y + 30,
            FONT + 4,
            INK,
            summary,
        )
        y += 50
    described = "; ".join(
        f"{bar.label}: {bar.count}" + (f" ({_('right answer')})" if reveal and bar.correct else "")
        for bar in result.bars
    )
    title = _("Answers to question %(number)s") % {"number": result.number}
    return mark_safe(  # noqa: S308 - every text above is escaped by format_html / escape
        f'<svg class="live-chart" id="{escape(chart_id)}" role="img" viewBox="0 0 {WIDTH} {y}" '
        f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg" '
        f'aria-labelledby="{escape(chart_id)}-title" font-family="sans-serif">'
        f'<title id="{escape(chart_id)}-title">{escape(title)}: {escape(described)}</title>'
        f"{right_pattern(pattern_id) if reveal else ''}{''.join(rows)}{footer}</svg>"
    )


def qr_code(address):
    """The QR code of `address`, as inline SVG (black on white, with its quiet zone)."""
    qr = segno.make(address, error="m")
    return mark_safe(  # noqa: S308 - segno writes only the path and our escaped title
        qr.svg_inline(scale=10, border=4, light="#fff", dark="#000", svgclass="live-qr", title=address)
    )
