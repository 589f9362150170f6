"""A campaign page (issue 26, item 1) and its model policy's downloads (item 2), in French; the four
languages are checked on the demo (test_demo_campaign.py)."""

import io
import zipfile

import pytest
from odf import opendocument, teletype, text
from wagtail_localize.synctree import synchronize_tree

from campaigns.models import Adoption, CampaignPage
from campaigns.tests.factories import (
    EVENT_TITLE,
    HEADINGS,
    POLICY_TITLE,
    STEP_TITLE,
    make_adoption,
    make_campaign,
)
from tests.helpers import main_text, message, parse, pdf_text, translate_into_english


def odt_headings(data):
    """The headings of an OpenDocument text, in order. Fails unless `data` is one."""
    assert zipfile.ZipFile(io.BytesIO(data)).read("mimetype") == b"application/vnd.oasis.opendocument.text"
    document = opendocument.load(io.BytesIO(data))
    return [teletype.extractText(heading) for heading in document.getElementsByType(text.H)]


def odt_text(data):
    document = opendocument.load(io.BytesIO(data))
    return " ".join(teletype.extractText(p) for p in document.getElementsByType(text.P))


def test_the_page_shows_why_the_timeline_the_steps_and_the_policy(client, campaign):
    response = client.get(campaign.url)
    assert response.status_code == 200
    shown = main_text(response)
    for expected in ["Pourquoi elle compte.", EVENT_TITLE, STEP_TITLE, POLICY_TITLE, *HEADINGS]:
        assert expected in shown
    page = parse(response)
    assert page.select_one(".timeline time")["datetime"] == "2013-04-24"
    assert page.select_one("ol.campaign-steps h3").get_text() == STEP_TITLE
    form = page.select_one("#adopt form")
    assert form["action"] == campaign.url + "adopt/"
    assert (
        message(
            "This form asks for no personal data: it names an organisation, never a person, and we do "
            "not record who sends it. The pedagogical committee checks each organisation before it is "
            "listed here."
        )
        in shown
    )


def test_the_related_courses_and_toolkits_show_in_the_pages_language(
    client, course_tree, locales, django_capture_on_commit_callbacks
):
    """Chosen on the French page, the course links to its English translation from the English page (an
    alias of the French campaign here: page choosers point at the source language's page)."""
    course = course_tree["course"]
    campaign = make_campaign(course_tree["home"], related=[("course", course)])
    pages = [course_tree["home"], course_tree["index"], course]
    english_course = translate_into_english(pages, locales["en"], django_capture_on_commit_callbacks)[-1]
    with django_capture_on_commit_callbacks(execute=True):
        synchronize_tree(locales["fr"], locales["en"])
    english_campaign = campaign.get_translation(locales["en"])

    french = parse(client.get(campaign.url)).select(".goes-with a")
    english = parse(client.get(english_campaign.url)).select(".goes-with a")

    assert [(a.get_text(), a["href"]) for a in french] == [(course.title, course.url)]
    assert english_course.title != course.title
    assert [(a.get_text(), a["href"]) for a in english] == [(english_course.title, english_course.url)]


def test_a_related_page_unpublished_is_left_out(client, course_tree):
    course = course_tree["course"]
    campaign = make_campaign(course_tree["home"], related=[("course", course)])
    course.unpublish()
    assert CampaignPage.objects.get(pk=campaign.pk).related_pages == []
    assert not parse(client.get(campaign.url)).select(".goes-with a")


def test_the_policy_downloads_as_opendocument_text_with_its_headings_and_blanks(client, campaign):
    response = client.get(campaign.url + "policy/odt/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.oasis.opendocument.text"
    assert response["Content-Disposition"] == 'attachment; filename="politique-dachat-responsable-dessai.odt"'
    assert odt_headings(response.content) == [POLICY_TITLE, *HEADINGS, message("Adoption")]
    body = odt_text(response.content)
    assert message("[Name of your organisation]") in body
    assert message("Signatures") in body


def test_the_policy_downloads_as_pdf_with_its_headings_and_blanks(client, campaign):
    response = client.get(campaign.url + "policy/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="politique-dachat-responsable-dessai.pdf"'
    shown = pdf_text(response.content)
    for expected in [POLICY_TITLE, *HEADINGS, message("[Name of your organisation]"), message("Signatures")]:
        assert expected in shown


@pytest.mark.parametrize("kind", ["doc", "zip", "ODT"])
def test_another_kind_of_download_is_not_found(client, campaign, kind):
    assert client.get(campaign.url + f"policy/{kind}/").status_code == 404


def test_a_campaign_without_a_policy_offers_no_download(client, campaign):
    campaign.policy = []
    campaign.save_revision().publish()
    assert client.get(campaign.url + "policy/odt/").status_code == 404
    assert not parse(client.get(campaign.url)).select("#policy")


def test_the_page_counts_and_lists_approved_organisations_only(client, campaign):
    make_adoption(
        campaign, "Syndicat Approuvé", status=Adoption.Status.APPROVED, web_page="https://example.org/a"
    )
    make_adoption(campaign, "Syndicat En Attente")
    make_adoption(campaign, "Syndicat Refusé", status=Adoption.Status.REJECTED)
    response = client.get(campaign.url)
    page = parse(response)
    names = [li.select_one(".adoption-name").get_text(strip=True) for li in page.select("ul.adoptions > li")]
    assert names == ["Syndicat Approuvé"]
    link = page.select_one("ul.adoptions a")
    assert link["href"] == "https://example.org/a"
    assert link["rel"] == ["nofollow", "noopener"]
    count = page.select_one(".adoption-count").get_text(strip=True)
    assert count == message("%(counter)s organisation has adopted the model policy", counter=1)


def test_the_index_lists_the_campaigns(client, campaign):
    response = client.get(campaign.get_parent().url)
    assert response.status_code == 200
    assert [a.get_text() for a in parse(response).select(".card-list h2 a")] == [campaign.title]
