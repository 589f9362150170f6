"""The demo's privacy page says, in the four languages, what study circles keep and for how long."""

from pathlib import Path

import polib
import pytest
import yaml
from django.conf import settings

CONTENT = Path(settings.BASE_DIR) / "learning" / "demo" / "content"
FRENCH = "Cercles d'étude"


def circles_paragraph():
    body = yaml.safe_load((CONTENT / "fr" / "site.yaml").read_text())["privacy"]["body"]
    start = body.index(f"<h2>{FRENCH}</h2><p>") + len(f"<h2>{FRENCH}</h2><p>")
    return body[start : body.index("</p>", start)]


def test_the_french_privacy_page_has_a_section_on_study_circles():
    paragraph = circles_paragraph()
    assert "180 jours après son archivage" in paragraph
    assert "nom que vous choisissez pour ce cercle" in paragraph


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Study circles"), ("es", "Círculos de estudio"), ("ht", "Sèk etid")]
)
def test_each_translation_of_the_privacy_page_says_it(language, heading):
    po = polib.pofile(str(CONTENT / "locale" / language / "privacy.po"))
    translated = {entry.msgid: entry.msgstr for entry in po}
    assert translated[FRENCH] == heading
    assert "180" in translated[circles_paragraph()]
