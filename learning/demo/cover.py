"""The demo course's cover picture, drawn here with Pillow (nothing fetched, no stock photo): a globe of
meridians and parallels in gold on burgundy, with a chain of linked people across it."""

import io
import math

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1440, 810
BURGUNDY = (140, 28, 50)
DEEP = (96, 18, 36)
GOLD = (224, 170, 62)
CREAM = (250, 240, 226)


def cover_png():
    """The picture as PNG bytes, drawn at twice the size and scaled down for smooth edges."""
    scale = 2
    image = Image.new("RGB", (WIDTH * scale, HEIGHT * scale), BURGUNDY)
    draw = ImageDraw.Draw(image)
    w, h = WIDTH * scale, HEIGHT * scale
    # A darker band below the horizon.
    draw.rectangle([0, int(h * 0.68), w, h], fill=DEEP)
    # The globe: a circle, its parallels and its meridians.
    cx, cy, r = int(w * 0.62), int(h * 0.46), int(h * 0.36)
    line = 7 * scale
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=GOLD, width=line)
    for k in (-2, -1, 0, 1, 2):
        y = cy + k * r / 3
        half = math.sqrt(max(r * r - (y - cy) ** 2, 0))
        draw.line([cx - half, y, cx + half, y], fill=GOLD, width=line // 2 + 1)
    for k in (1, 2):
        rx = r * k / 3
        draw.ellipse([cx - rx, cy - r, cx + rx, cy + r], outline=GOLD, width=line // 2 + 1)
    draw.line([cx, cy - r, cx, cy + r], fill=GOLD, width=line // 2 + 1)
    # A chain of people, hand in hand, along the horizon.
    count, base = 9, int(h * 0.86)
    step = w / (count + 1)
    for i in range(1, count + 1):
        x = i * step
        tall = 1 + 0.12 * ((i * 7) % 3 - 1)
        head = 26 * scale * tall
        body_top = base - 150 * scale * tall
        draw.ellipse([x - head, body_top - 2.3 * head, x + head, body_top - 0.3 * head], fill=CREAM)
        draw.rounded_rectangle(
            [x - 34 * scale, body_top, x + 34 * scale, base], radius=30 * scale, fill=CREAM
        )
        if i < count:  # the arm to the next person
            draw.line(
                [x, base - 100 * scale, x + step, base - 100 * scale],
                fill=CREAM,
                width=16 * scale,
            )
    image = image.resize((WIDTH, HEIGHT), Image.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
