"""Horizontal bar charts drawn on the server as inline SVG: nothing fetched, nothing scripted.

One drawer for every chart of the site: the live workshop's screen (quizzes.live.charts, black on white
for the back of a room) and the admin's reports (learning.reports, quizzes.reports), which draw in
`currentColor` so that they follow the admin's light or dark theme. Each bar carries its label and its
figure as text, and a marked bar (the right answer) says so in words and with "✓", not by colour alone.
Presentation attributes only (no `style`), so a strict Content-Security-Policy holds.
"""

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

WIDTH = 1000
ROW = 120
LABEL_SIZE = 34
BAR_HEIGHT = 44
BAR_MAX = 500
MAX_LABEL = 52


@dataclass
class Bar:
    """One bar: its `label`, its length as `value` (against the longest), the `figure` written after it,
    and whether it is `marked` (bold, "✓" before the label, drawn in `Palette.marked`)."""

    label: str
    value: float
    figure: str
    marked: bool = False


@dataclass(frozen=True)
class Palette:
    """Colours as SVG paint: `ink` for text and outlines, `fill` and `marked` inside the bars, and
    `fill_opacity` for the unmarked bars (1 for opaque paint, less for currentColor tints)."""

    ink: str = "currentColor"
    fill: str = "currentColor"
    marked: str = "currentColor"
    fill_opacity: str = "0.25"


THEMED = Palette()  # follows the surrounding text colour: the admin's light and dark themes


def short(text, limit=MAX_LABEL):
    """`text` on one line, cut to `limit` characters with "…"."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bar_chart(bars, *, title, description, chart_id, css_class, palette=THEMED, summary=""):
    """The SVG of `bars` (Bar), one labelled row each, with `summary` (a line of text) under them.
    `title` and `description` make its accessible name (the SVG's <title>)."""
    top = max((bar.value for bar in bars), default=0) or 1
    rows = []
    for index, bar in enumerate(bars):
        y = index * ROW
        width = max(round(BAR_MAX * bar.value / top), 4)
        rows.append(
            format_html(
                '<text x="0" y="{}" font-size="{}" font-weight="{}" fill="{}">{}</text>'
                '<rect x="0" y="{}" width="{}" height="{}" fill="{}"{} stroke="{}" stroke-width="3"/>'
                '<text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{}">{}</text>',
                y + LABEL_SIZE,
                LABEL_SIZE,
                "bold" if bar.marked else "normal",
                palette.ink,
                ("✓ " if bar.marked else "") + short(bar.label),
                y + LABEL_SIZE + 12,
                width,
                BAR_HEIGHT,
                palette.marked if bar.marked else palette.fill,
                ""
                if bar.marked or palette.fill_opacity == "1"
                else format_html(' fill-opacity="{}"', palette.fill_opacity),
                palette.ink,
                width + 16,
                y + LABEL_SIZE + 12 + BAR_HEIGHT - 10,
                LABEL_SIZE,
                palette.ink,
                bar.figure,
            )
        )
    height = len(bars) * ROW + (70 if summary else 10)
    footer = ""
    if summary:
        footer = format_html(
            '<text x="0" y="{}" font-size="{}" font-weight="bold" fill="{}">{}</text>',
            height - 20,
            LABEL_SIZE + 4,
            palette.ink,
            summary,
        )
    return mark_safe(  # noqa: S308 - every text above is escaped by format_html / escape
        f'<svg class="{escape(css_class)}" id="{escape(chart_id)}" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'xmlns="http://www.w3.org/2000/svg" aria-labelledby="{escape(chart_id)}-title" '
        f'font-family="sans-serif"><title id="{escape(chart_id)}-title">'
        f"{escape(title)}: {escape(description)}</title>{''.join(rows)}{footer}</svg>"
    )
