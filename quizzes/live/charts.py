"""The room's pictures, drawn on the server as inline SVG (nothing fetched, nothing scripted).

Bar charts (drawn by learning.charts, which the admin's reports share) are readable from the back of a
room: big type (in a 1000-unit-wide viewBox scaled to the screen), black on white, every bar labelled
with its text, its count and its share; once revealed the right answer is marked by a "✓" and the words
"right answer", not by colour alone. Presentation attributes only (no `style`), so the strict
Content-Security-Policy holds.
"""

import segno
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from learning.charts import Bar, Palette
from learning.charts import bar_chart as draw_bars

ROOM = Palette(ink="#000", fill="#fff", marked="#111", fill_opacity="1")
ROOM_REVEALED = Palette(ink="#000", fill="#bbb", marked="#111", fill_opacity="1")


def bar_chart(result, reveal=False, chart_id="chart"):
    """The SVG of one question's answers: one labelled bar per option, and the share correct (if revealed).
    Drawn by learning.charts, black on white for the room's screen."""
    bars = []
    for bar in result.bars:
        right = reveal and bar.correct
        figure = f"{bar.count} · {bar.percent} %" + (" · " + _("right answer") if right else "")
        bars.append(Bar(label=bar.label, value=bar.count, figure=figure, marked=right))
    summary = ""
    if reveal:
        summary = _("%(percent)s %% right (%(correct)s of %(answered)s)") % {
            "percent": result.percent_correct,
            "correct": result.correct,
            "answered": result.answered,
        }
    return draw_bars(
        bars,
        title=_("Answers to question %(number)s") % {"number": result.number},
        description="; ".join(f"{bar.label}: {bar.count}" for bar in result.bars),
        chart_id=chart_id,
        css_class="live-chart",
        palette=ROOM_REVEALED if reveal else ROOM,
        summary=summary,
    )


def qr_code(address):
    """The QR code of `address`, as inline SVG (black on white, with its quiet zone)."""
    qr = segno.make(address, error="m")
    return mark_safe(  # noqa: S308 - segno writes only the path and our escaped title
        qr.svg_inline(scale=10, border=4, light="#fff", dark="#000", svgclass="live-qr", title=address)
    )
