"""Issue 9, defect 8: the toolkit page's words, the kit in each of its languages in one click without
switching the interface, the guide printed from the chosen start time, and the site's real address in
the kit (not http://localhost/)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.utils import translation

from pedagogy_tools.bundle.names import kit_names
from pedagogy_tools.kit_requests import request_kit
from pedagogy_tools.models import KitBuild, ToolkitPage
from pedagogy_tools.tests.kit_helpers import download, open_zip
from tests.helpers import message as fr
from tests.helpers import pdf_text, text_of

Status = KitBuild.Status


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def guide_text(data, language="fr", slug="atelier-essai"):
    with translation.override(language):
        return pdf_text(open_zip(data).read(f"{slug}/{kit_names()['guide']}"))


def test_the_page_says_who_the_workshop_is_for_not_the_course(facilitator_client, toolkit):
    text = text_of(facilitator_client.get(toolkit.url))

    assert fr("Who the workshop is for") in text
    assert fr("Who it is for") not in text  # "À qui s'adresse ce cours": the course page's heading


def test_the_quiz_it_goes_with_is_not_labelled_twice(facilitator_client, toolkit):
    toolkit.quiz.title = "Quiz : Quiz d'essai"
    toolkit.quiz.save_revision().publish()

    text = text_of(facilitator_client.get(toolkit.url))

    assert "Quiz : Quiz d'essai" in text
    assert "Quiz : Quiz : " not in text
    assert fr("the quiz, printed in the kit with its answer key") in text


def test_the_kit_is_offered_in_each_language_with_one_button(facilitator_client, english_toolkit, toolkit):
    form = soup(facilitator_client.get(toolkit.url)).select_one("form.kit-form")

    english = form.find("button", attrs={"lang": "en"})
    assert english.get_text(strip=True) == "English"
    assert english["formaction"] == english_toolkit.url + "kit/"
    assert form["method"] == "post"
    assert form.find("input", attrs={"name": "from"})["value"] == "fr"
    assert fr("Download the kit in:") in " ".join(form.get_text(" ").split())


def test_one_click_gets_the_english_kit_and_the_interface_stays_french(
    facilitator_client, english_toolkit, toolkit, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = facilitator_client.post(english_toolkit.url + "kit/", {"from": "fr"})

    assert response.status_code == 302
    assert response["Location"] == toolkit.url + "kit/?language=en"  # the French page's status
    status = soup(facilitator_client.get(response["Location"]))
    assert status.html["lang"] == "fr"
    assert fr("Your kit is ready.") in status.get_text(" ")
    assert status.select_one("a.kit-download")["href"] == english_toolkit.url + "kit/download/"

    # Once it is made, the same button downloads it at once: the browser stays on the French page.
    again = facilitator_client.post(english_toolkit.url + "kit/", {"from": "fr"})
    assert again["Location"] == english_toolkit.url + "kit/download/"
    download_response, data = download(facilitator_client, english_toolkit)
    assert download_response["Content-Disposition"].endswith('filename="trial-workshop-kit-en.zip"')
    assert "Trial workshop on chains" in guide_text(data, "en", "trial-workshop")


def test_a_kit_still_building_shows_its_progress_in_the_page_language(
    facilitator_client, english_toolkit, toolkit
):
    english_toolkit = ToolkitPage.objects.get(pk=english_toolkit.pk)  # the fixture's is a revision behind
    KitBuild.objects.create(
        toolkit=english_toolkit,
        revision_id=english_toolkit.kit_revision_id(),
        locale=english_toolkit.locale,
        status=Status.BUILDING,
        progress=25,
        step="handouts",
    )

    response = facilitator_client.post(english_toolkit.url + "kit/", {"from": "fr"})

    assert response["Location"] == toolkit.url + "kit/?language=en"
    status = facilitator_client.get(response["Location"])
    page = soup(status)
    assert page.html["lang"] == "fr"
    assert fr("Preparing your kit: %(percent)s%%", percent=25) in " ".join(
        page.select_one("#kit-status").get_text(" ").split()
    )
    assert page.select_one("#kit-status")["data-hx-get"] == toolkit.url + "kit/?language=en"

    KitBuild.objects.update(status=Status.READY, file="toolkit-kits/x.zip", size=10)
    ready = soup(facilitator_client.get(response["Location"]))
    assert ready.select_one("a.kit-download")["href"] == english_toolkit.url + "kit/download/"


def test_the_guide_is_printed_from_the_chosen_start_time(
    facilitator_client, toolkit, django_capture_on_commit_callbacks
):
    page = soup(facilitator_client.get(toolkit.url, {"start": "13:30"}))
    assert page.select_one("form.kit-form input[name=start]")["value"] == "13:30"

    with django_capture_on_commit_callbacks(execute=True):
        response = facilitator_client.post(toolkit.url + "kit/", {"start": "13:30", "from": "fr"})

    assert response["Location"] == toolkit.url + "kit/?start=13%3A30"
    kit = KitBuild.objects.get()
    assert kit.start == datetime.time(13, 30)
    status = soup(facilitator_client.get(response["Location"]))
    download_url = status.select_one("a.kit-download")["href"]
    assert download_url == toolkit.url + "kit/download/?start=13%3A30"
    download_response = facilitator_client.get(download_url)
    assert download_response["Content-Disposition"].endswith('filename="atelier-essai-trousse-fr-1330.zip"')
    text = guide_text(b"".join(download_response.streaming_content))
    assert "13:30–13:45" in text
    assert "13:45–14:15" in text
    assert "14:15–15:00" in text
    assert "0:15" not in text
    # The usual start time has its own kit, not this one.
    assert toolkit.current_kit() is None


def test_the_agenda_answer_carries_the_start_time_to_the_kit_form(facilitator_client, toolkit):
    response = facilitator_client.get(toolkit.url, {"start": "08:00"}, headers={"HX-Request": "true"})

    out_of_band = soup(response).select_one("#kit-start")
    assert out_of_band["data-hx-swap-oob"] == "true"
    assert out_of_band.find("input", attrs={"name": "start"})["value"] == "08:00"


def test_a_bad_start_time_asks_for_no_kit(facilitator_client, toolkit):
    response = facilitator_client.post(toolkit.url + "kit/", {"start": "midi", "from": "fr"}, follow=True)

    assert fr("Enter a time such as 09:30.") in text_of(response)
    assert not KitBuild.objects.exists()


QUARTER_HOUR = "Choose a time on the quarter hour, such as 09:00, 09:15, 09:30 or 09:45."


@pytest.mark.parametrize("start", ["09:10", "13:44", "09:00:01"])
def test_a_start_time_off_the_quarter_hour_asks_for_no_kit(facilitator_client, toolkit, start):
    """Issue 20, finding 10: each start time had its kit, 1,440 a day (86,400 with seconds). Kits are made
    for the quarter hours only: another time is refused with a message, and no kit is asked for."""
    response = facilitator_client.post(toolkit.url + "kit/", {"start": start, "from": "fr"})

    assert response.status_code == 302 and response["Location"] == toolkit.url + "#agenda"
    assert fr(QUARTER_HOUR) in text_of(facilitator_client.get(response["Location"]))
    for route in ["kit/", "kit/download/"]:
        refused = facilitator_client.get(toolkit.url + route, {"start": start}, follow=True)
        assert fr(QUARTER_HOUR) in text_of(refused)
    assert not KitBuild.objects.exists()
    # The agenda keeps what was typed beside the message, and steps by quarter hours.
    field = soup(facilitator_client.get(toolkit.url, {"start": start})).select_one(
        "form.start-time input[name=start]"
    )
    assert field["value"] == start and field["step"] == "900"


def test_two_start_times_in_one_quarter_hour_share_one_kit(toolkit):
    kit, queued = request_kit(toolkit, datetime.time(9, 0))
    same, queued_again = request_kit(toolkit, datetime.time(9, 14, 59))

    assert same.pk == kit.pk and (queued, queued_again) == (True, False)
    assert same.start == datetime.time(9, 0)
    assert KitBuild.objects.count() == 1


def test_a_toolkit_has_at_most_96_kits_a_day_in_a_language(toolkit):
    """Every minute of the day asked for (the form refuses 1,344 of them; request_kit itself makes the
    kit of the quarter hour): 96 kits, one per quarter hour."""
    for minute in range(24 * 60):
        request_kit(toolkit, datetime.time(minute // 60, minute % 60))

    assert KitBuild.objects.count() == 96
    assert {kit.start.minute for kit in KitBuild.objects.all()} == {0, 15, 30, 45}


@override_settings(WAGTAILADMIN_BASE_URL="https://solidaire.example.org")
def test_a_kit_built_by_a_worker_links_to_the_site_not_localhost(toolkit, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # no request: as the database worker builds it
        kit, _queued = request_kit(toolkit)
    kit.refresh_from_db()
    with kit.file.open("rb") as zip_file:
        archive = open_zip(zip_file.read())

    with translation.override("fr"):
        names = kit_names()
    readme = archive.read(f"atelier-essai/{names['readme']}").decode()
    assert "https://solidaire.example.org/fr/trousses/atelier-essai/" in readme
    index = archive.read(f"atelier-essai/{names['lessons']}index.html").decode()
    assert 'href="https://solidaire.example.org/"' in index
    every_text = b"".join(archive.read(name) for name in archive.namelist() if not name.endswith(".pdf"))
    assert b"localhost" not in every_text


@pytest.mark.parametrize("host", ["testserver", "127.0.0.1"])
def test_every_build_of_a_kit_has_the_same_address_whoever_asks(
    facilitator_client, toolkit, django_capture_on_commit_callbacks, settings, host
):
    """A kit is made once and downloaded by everyone: the address in it is the site's, not the asker's."""
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1"]
    with django_capture_on_commit_callbacks(execute=True):
        facilitator_client.post(toolkit.url + "kit/", {"from": "fr"}, HTTP_HOST=host)
    kit = KitBuild.objects.get()
    with kit.file.open("rb") as zip_file:
        archive = open_zip(zip_file.read())
    with translation.override("fr"):
        readme = archive.read(f"atelier-essai/{kit_names()['readme']}").decode()

    assert "http://testserver/fr/trousses/atelier-essai/" in readme  # settings.WAGTAILADMIN_BASE_URL
