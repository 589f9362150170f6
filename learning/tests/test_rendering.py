"""Every page type renders in every language, aliases say they are not translated, and blocks render."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file

from learning.models import CustomImage, GlossaryTerm, LabourStandard, LessonPage
from learning.tests.html import (
    document_language,
    get,
    has_class,
    heading,
    language_of,
    link_paths,
    third_party_loads,
)
from tests.helpers import main_text, parse, publish_child

ALIAS_LANGUAGES = ["es", "ht"]


def render(client, page):
    return get(client, page.get_url())


def test_every_page_type_renders_in_every_language(client, site_in_four_languages):
    for language, pages in site_in_four_languages.items():
        for name, page in pages.items():
            response = render(client, page)

            assert page.get_url().startswith(f"/{language}/"), (language, name)
            assert document_language(response) == language, (language, name)
            assert heading(response).get_text(strip=True) == page.title, (language, name)
            assert third_party_loads(response) == [], (language, name)


def test_french_and_english_pages_show_their_own_language_without_alias_notice(
    client, site_in_four_languages
):
    for language in ("fr", "en"):
        for name, page in site_in_four_languages[language].items():
            response = render(client, page)

            assert page.alias_of_id is None, (language, name)
            assert not has_class(response, "alias-notice"), (language, name)
            assert language_of(heading(response)) == language, (language, name)

    lesson = render(client, site_in_four_languages["en"]["lesson"])
    assert "Text 1." in main_text(lesson)
    assert "Remember this." in main_text(lesson)
    assert "Texte 1." not in main_text(lesson)
    next_step = parse(lesson).select_one('a[rel~="next"]')
    assert next_step["href"].startswith("/en/")  # the next lesson, an alias, in the English tree


def test_aliases_show_the_notice_and_mark_their_content_as_french(client, site_in_four_languages):
    for language in ALIAS_LANGUAGES:
        for name, page in site_in_four_languages[language].items():
            response = render(client, page)

            assert page.alias_of_id is not None, (language, name)
            assert document_language(response) == language, (language, name)
            assert has_class(response, "alias-notice"), (language, name)
            assert language_of(heading(response)) == "fr", (language, name)

        lesson = render(client, site_in_four_languages[language]["lesson"])
        paragraph = parse(lesson).find(string=lambda text: "Texte 1." in text).parent
        assert language_of(paragraph) == "fr", language
        assert language_of(parse(lesson).select_one(".alias-notice")) == language


# -- blocks ----------------------------------------------------------------------------------------------

VIDEO_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


@pytest.fixture
def lesson_with_every_block(course_tree, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    standard = LabourStandard.objects.create(
        code="C087",
        title="Convention sur la liberté syndicale",
        year_adopted=1948,
        category=LabourStandard.Category.FUNDAMENTAL,
        summary="Le droit de créer un syndicat et de s'y affilier.",
        official_url="https://normlex.ilo.org/C087",
    )
    term = GlossaryTerm.objects.create(
        term="Tripartisme", definition="Gouvernements, employeurs et syndicats."
    )
    document = get_document_model().objects.create(
        title="Guide de l'atelier", file=ContentFile(b"%PDF-1.4 guide", name="guide-atelier.pdf")
    )
    image = CustomImage.objects.create(title="Assemblée", file=get_test_image_file())
    body = [
        {"type": "heading", "value": "Une section sur les droits"},
        {"type": "paragraph", "value": "<p>Un paragraphe sur la négociation collective.</p>"},
        {"type": "key_point", "value": "<p>Le point à retenir absolument.</p>"},
        {
            "type": "case_study",
            "value": {
                "title": "Une grève dans le textile",
                "country": "Haïti",
                "year": 2004,
                "story": "<p>Les ouvrières ont formé un syndicat.</p>",
            },
        },
        {
            "type": "testimony",
            "value": {
                "quote": "Ensemble, nous avons gagné.",
                "who": "Marie",
                "role": "Déléguée (voix composite)",
            },
        },
        {"type": "standard", "value": standard.pk},
        {"type": "glossary", "value": term.pk},
        {
            "type": "discussion",
            "value": {"question": "Que feriez-vous à sa place ?", "guidance": "Pensez au local."},
        },
        {
            "type": "video",
            "value": {
                "title": "La vidéo du cours",
                "url": VIDEO_URL,
                "transcript": "<p>Voici la transcription.</p>",
            },
        },
        {"type": "document", "value": {"document": document.pk, "description": "Le guide à imprimer."}},
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "Des ouvrières en réunion", "caption": "Une assemblée"},
        },
    ]
    lesson = publish_child(
        course_tree["module"], LessonPage(title="Tous les blocs", slug="tous-les-blocs", body=body)
    )
    return {"lesson": lesson, "standard": standard, "term": term, "document": document, "image": image}


def test_lesson_renders_every_block_type(client, lesson_with_every_block):
    response = render(client, lesson_with_every_block["lesson"])
    text = main_text(response)

    for expected in [
        "Une section sur les droits",
        "Un paragraphe sur la négociation collective.",
        "Le point à retenir absolument.",
        "Une grève dans le textile",
        "Haïti",
        "2004",
        "Les ouvrières ont formé un syndicat.",
        "Ensemble, nous avons gagné.",
        "Marie",
        "Déléguée (voix composite)",
        "C087",
        "Convention sur la liberté syndicale",
        "1948",
        "Le droit de créer un syndicat et de s'y affilier.",
        "Tripartisme",
        "Gouvernements, employeurs et syndicats.",
        "Que feriez-vous à sa place ?",
        "Pensez au local.",
        "La vidéo du cours",
        "Voici la transcription.",
        "Guide de l'atelier",
        "Le guide à imprimer.",
        "Une assemblée",
    ]:
        assert expected in text, expected
    assert parse(response).select_one("main .content h2").get_text(strip=True) == "Une section sur les droits"


def test_document_block_links_to_the_document(client, lesson_with_every_block):
    response = render(client, lesson_with_every_block["lesson"])

    assert lesson_with_every_block["document"].url in link_paths(response)


def test_image_block_shows_a_local_rendition_with_its_alternative_text(client, lesson_with_every_block):
    response = render(client, lesson_with_every_block["lesson"])

    image = parse(response).find("img", alt="Des ouvrières en réunion")
    assert image is not None
    assert image["src"].startswith("/media/images/")


def test_video_block_links_to_the_video_but_loads_nothing_from_its_host(client, lesson_with_every_block):
    response = render(client, lesson_with_every_block["lesson"])
    document = parse(response)

    assert document.find("a", href=VIDEO_URL) is not None
    assert document.find("iframe") is None
    assert third_party_loads(response) == []
