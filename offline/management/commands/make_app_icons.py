"""Draw the app's icons (static/img/icons/) from the logo (templates/includes/logo.html: two linked rings,
burgundy and gold). Run once and commit the PNGs; run again if the logo changes:

    .venv/bin/python manage.py make_app_icons
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from PIL import Image, ImageDraw

BURGUNDY = (140, 28, 50)
GOLD = (197, 138, 18)
WHITE = (255, 255, 255)
# The logo's viewBox is 40 x 32: rings of radius 10 centred at (14, 16) and (26, 16), strokes 4.5 wide.
LOGO_WIDTH = 40
SUPERSAMPLE = 4


def draw_logo(size, logo_share):
    """A square icon of `size` pixels, white, with the logo `logo_share` of its width, centred."""
    big = size * SUPERSAMPLE
    image = Image.new("RGB", (big, big), WHITE)
    draw = ImageDraw.Draw(image)
    unit = big * logo_share / LOGO_WIDTH
    left, top = (big - LOGO_WIDTH * unit) / 2, big / 2 - 16 * unit
    width = round(4.5 * unit)

    def ring(cx, colour):
        x, y, r = left + cx * unit, top + 16 * unit, (10 + 2.25) * unit
        draw.ellipse((x - r, y - r, x + r, y + r), outline=colour, width=width)

    ring(14, BURGUNDY)
    ring(26, GOLD)
    # The burgundy ring passes over the gold one at the top, as in the logo: its arc redrawn above.
    x, y, r = left + 14 * unit, top + 16 * unit, (10 + 2.25) * unit
    draw.arc((x - r, y - r, x + r, y + r), start=-64, end=-43, fill=BURGUNDY, width=width)
    return image.resize((size, size), Image.Resampling.LANCZOS)


class Command(BaseCommand):
    help = "Draw the app's icons (192 and 512 pixels, and a maskable 512) from the logo."

    def handle(self, *args, **options):
        folder = Path(settings.BASE_DIR) / "static" / "img" / "icons"
        folder.mkdir(parents=True, exist_ok=True)
        for size in (192, 512):
            draw_logo(size, 0.84).save(folder / f"icon-{size}.png", optimize=True)
        # A maskable icon keeps what matters inside the central circle of 80 %: a smaller logo.
        draw_logo(512, 0.62).save(folder / "maskable-512.png", optimize=True)
        self.stdout.write(f"Icons written in {folder}")
