"""The demo campaign (issue 26, item 4): in the four languages, real translations, its model policy
downloaded in each language as an OpenDocument text and a PDF that hold the policy's headings in that
language, and its two approved demo adoptions counted on every language's page. Loading the demo again
creates nothing (learning/tests/test_demo_content.py counts every model's rows; here, the campaign's)."""

import io

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from campaigns.demo import files
from campaigns.models import Adoption, CampaignPage
from campaigns.tests.test_campaign_page import odt_headings, odt_text
from learning.demo.build import demo_key
from learning.demo.files import LANGUAGES, TARGET_LANGUAGES
from tests.helpers import message, parse, pdf_text, rolled_back

pytestmark = pytest.mark.django_db

CAMPAIGN = files.campaign("sweatshops")
QUEUE_ONLY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def campaign_page(language):
    return CampaignPage.objects.get(
        translation_key=demo_key("campaign:sweatshops"), locale__language_code=language
    )


def headings(language):
    return [section["heading"][language] for section in CAMPAIGN["policy"]["sections"]]


def test_every_po_file_of_the_campaign_translates_every_string():
    paths = sorted((files.CAMPAIGNS_CONTENT / "locale").rglob("*.po"))
    assert len(paths) == 2 * len(TARGET_LANGUAGES)
    for path in paths:
        assert [entry.msgid for entry in polib.pofile(str(path)) if not entry.msgstr] == [], path


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_campaign_is_a_real_page_in_each_language(demo_db, client, language):
    page = campaign_page(language)
    assert page.alias_of_id is None and page.live
    assert (page.title, page.policy_title) == (
        CAMPAIGN["title"][language],
        CAMPAIGN["policy"]["title"][language],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    shown = parse(response)
    assert [h3.get_text() for h3 in shown.select(".timeline h3")] == [
        event["title"][language] for event in CAMPAIGN["timeline"]
    ]
    assert [li.h3.get_text() for li in shown.select("ol.campaign-steps > li")] == [
        step["title"][language] for step in CAMPAIGN["steps"]
    ]
    assert [h3.get_text() for h3 in shown.select(".policy-text h3")] == headings(language)
    # The course and the toolkit, in the page's language.
    related = [a["href"] for a in shown.select(".goes-with a")]
    assert len(related) == 2
    assert all(href.startswith(f"/{language}/") for href in related)
    # The two demo adoptions, approved, counted and listed.
    with translation.override(language):
        count = translation.ngettext(
            "%(counter)s organisation has adopted the model policy",
            "%(counter)s organisations have adopted the model policy",
            2,
        ) % {"counter": 2}
    assert shown.select_one(".adoption-count").get_text(strip=True) == count
    assert len(shown.select("ul.adoptions > li")) == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_model_policy_downloads_in_each_language_as_odt_and_pdf(demo_db, client, language):
    page = campaign_page(language)
    odt = client.get(page.url + "policy/odt/")
    pdf = client.get(page.url + "policy/pdf/")
    assert odt.status_code == pdf.status_code == 200
    title = CAMPAIGN["policy"]["title"][language]
    assert odt_headings(odt.content) == [title, *headings(language), message("Adoption", language)]
    assert message("[Name of your organisation]", language) in odt_text(odt.content)
    shown = pdf_text(pdf.content)
    for expected in [title, *headings(language), message("[Name of your organisation]", language)]:
        assert expected in shown
    slug = {"fr": "politique-dachat-responsable", "en": "responsible-purchasing-policy"}
    if language in slug:
        assert odt["Content-Disposition"] == f'attachment; filename="{slug[language]}.odt"'
        assert pdf["Content-Disposition"] == f'attachment; filename="{slug[language]}.pdf"'


def test_the_demo_adoptions_are_obviously_fictional_and_approved(demo_db):
    adoptions = Adoption.objects.filter(campaign_key=demo_key("campaign:sweatshops"))
    assert adoptions.count() == 2
    assert all(adoption.status == Adoption.Status.APPROVED for adoption in adoptions)
    assert all(adoption.name.endswith("(démo)") for adoption in adoptions)


def test_loading_the_demo_again_adds_no_campaign_page_nor_adoption(demo_db, django_db_blocker):
    with rolled_back(django_db_blocker):
        before = (CampaignPage.objects.count(), Adoption.objects.count())
        with override_settings(TASKS=QUEUE_ONLY):
            call_command("load_demo_content", stdout=io.StringIO())
        assert (CampaignPage.objects.count(), Adoption.objects.count()) == before
        assert before == (len(LANGUAGES), 2)
