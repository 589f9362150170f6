"""Template hygiene that Django does not check."""

from pathlib import Path

from django.conf import settings

TEMPLATES = sorted((Path(settings.BASE_DIR) / "templates").rglob("*.html"))


def test_no_template_has_a_multiline_hash_comment():
    """`{# ... #}` must open and close on one line; otherwise Django prints it (use {% comment %})."""
    offenders = [
        f"{path.name}:{number}"
        for path in TEMPLATES
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if "{#" in line and "#}" not in line.split("{#", 1)[1]
    ]
    assert TEMPLATES
    assert offenders == []


def test_no_template_points_the_browser_at_another_host():
    """Pages load nothing from other hosts: no absolute src, stylesheet or form action in templates."""
    offenders = []
    for path in TEMPLATES:
        if path.name.endswith("_pdf.html") or "/bundle/" in str(path):
            continue
        text = path.read_text()
        for attribute in ('src="http', 'src="//', 'action="http', 'action="//'):
            if attribute in text:
                offenders.append(f"{path.name}: {attribute}")
    assert offenders == []
