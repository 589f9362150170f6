"""The room's pictures, drawn on the server as inline SVG (nothing fetched, nothing scripted).

Bar charts are readable from the back of a room: big type (in a 1000-unit-wide viewBox scaled to the
screen), black on white, every bar labelled with its text, its count and its share; once revealed the
right answer is marked by a "✓" and the words "right answer", not by colour alone. Presentation
attributes only (no `style`), so the strict Content-Security-Policy holds.
"""

import segno
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

WIDTH = 1000
ROW = 120
LABEL_SIZE = 34
BAR_HEIGHT = 44
BAR_MAX = 500
MAX_LABEL = 52


def _short(text):
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def bar_chart(result, reveal=False, chart_id="chart"):
    """The SVG of one question's answers: one labelled bar per option, and the share correct (if revealed)."""
    top = max((bar.count for bar in result.bars), default=0) or 1
    rows = []
    for index, bar in enumerate(result.bars):
        y = index * ROW
        right = reveal and bar.correct
        label = ("✓ " if right else "") + _short(bar.label)
        width = round(BAR_MAX * bar.count / top)
        figure = f"{bar.count} · {bar.percent} %"
        if right:
            figure += " · " + _("right answer")
        rows.append(
            format_html(
                '<text x="0" y="{}" font-size="{}" font-weight="{}" fill="#000">{}</text>'
                '<rect x="0" y="{}" width="{}" height="{}" fill="{}" stroke="#000" stroke-width="3"/>'
                '<text x="{}" y="{}" font-size="{}" font-weight="bold" fill="#000">{}</text>',
                y + LABEL_SIZE,
                LABEL_SIZE,
                "bold" if right else "normal",
                label,
                y + LABEL_SIZE + 12,
                max(width, 4),
                BAR_HEIGHT,
                "#111" if right else "#fff" if not reveal else "#bbb",
                max(width, 4) + 16,
                y + LABEL_SIZE + 12 + BAR_HEIGHT - 10,
                LABEL_SIZE,
                figure,
            )
        )
    height = len(result.bars) * ROW + (70 if reveal else 10)
    summary = ""
    if reveal:
        summary = format_html(
            '<text x="0" y="{}" font-size="{}" font-weight="bold" fill="#000">{}</text>',
            height - 20,
            LABEL_SIZE + 4,
            _("%(percent)s %% right (%(correct)s of %(answered)s)")
            % {"percent": result.percent_correct, "correct": result.correct, "answered": result.answered},
        )
    description = "; ".join(f"{bar.label}: {bar.count}" for bar in result.bars)
    title = _("Answers to question %(number)s") % {"number": result.number}
    return mark_safe(  # noqa: S308 - every text above is escaped by format_html / escape
        f'<svg class="live-chart" id="{escape(chart_id)}" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="{escape(chart_id)}-title" '
        f'font-family="sans-serif"><title id="{escape(chart_id)}-title">'
        f"{escape(title)}: "
        f"{escape(description)}</title>{''.join(rows)}{summary}</svg>"
    )


def qr_code(address):
    """The QR code of `address`, as inline SVG (black on white, with its quiet zone)."""
    qr = segno.make(address, error="m")
    return mark_safe(  # noqa: S308 - segno writes only the path and our escaped title
        qr.svg_inline(scale=10, border=4, light="#fff", dark="#000", svgclass="live-qr", title=address)
    )
