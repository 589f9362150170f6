"""The service worker (/sw.js), the web app manifest and the offline pages as the server sends them:
headers, scope, the Content-Security-Policy, and nothing of them without JavaScript."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from PIL import Image

from offline import saving
from tests.helpers import LANGUAGES, url

pytestmark = pytest.mark.django_db


def sw_settings(response):
    """The SOLIDAIRE constants the view puts above sw.js."""
    head = response.content.decode().split("\n", 1)[0]
    assert head.startswith("const SOLIDAIRE = ")
    return json.loads(head.removeprefix("const SOLIDAIRE = ").removesuffix(";"))


def policy(response):
    return dict(
        (part.split()[0], part.split()[1:]) for part in response["Content-Security-Policy"].split(";")
    )


def test_service_worker_is_served_at_the_root_scope_uncached(client):
    assert url("offline_service_worker") == "/sw.js"  # its scope may be the whole site

    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/javascript; charset=utf-8"
    assert response["Cache-Control"] == "no-cache"
    assert "private" not in response["Cache-Control"]
    assert not response.cookies
    assert 'self.addEventListener("fetch"' in response.content.decode()


def test_service_worker_loads_the_queue_and_its_background_sync_by_their_static_urls(client):
    source = client.get("/sw.js").content.decode()
    values = sw_settings(client.get("/sw.js"))

    assert values["queueStore"] == static("js/offline/queue-store.js")
    assert values["syncWorker"] == static("js/offline/sync-worker.js")
    assert values["store"] == static("js/offline/store.js")
    assert "importScripts(SOLIDAIRE.queueStore, SOLIDAIRE.syncWorker);" in source


def test_service_worker_keeps_the_offline_pages_of_every_language_and_their_files(client):
    values = sw_settings(client.get("/sw.js"))

    for language in LANGUAGES:
        assert url("offline_saved_courses", language=language) in values["shell"]
        assert url("offline_unavailable", language=language) == values["unavailable"][language]
    for address in values["shell"]:
        if address.startswith("/static/"):
            assert finders.find(address.removeprefix("/static/")), address
        else:
            assert client.get(address).status_code == 200, address
    # Every file the offline pages load is in the shell (django-htmx's debug script aside).
    html = client.get(url("offline_unavailable", language="ht")).content.decode()
    assert set(saving.asset_urls(html)) - {static("img/icons/icon-192.png")} <= set(values["shell"])


def test_service_worker_refuses_other_methods(client):
    assert client.post("/sw.js").status_code == 405


def test_public_pages_allow_our_own_worker_and_manifest_only(client):
    response = client.get(url("offline_saved_courses"))
    assert policy(response)["worker-src"] == ["'self'"]
    assert policy(response)["manifest-src"] == ["'self'"]
    assert policy(response)["script-src"] == ["'self'"]


def test_web_app_manifest_opens_on_the_visitors_language(client):
    response = client.get(url("offline_web_app_manifest", language="ht"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["start_url"] == "/ht/"
    assert manifest["lang"] == "ht"
    assert manifest["display"] == "standalone"
    assert manifest["scope"] == "/"
    assert (
        manifest["description"]
        == "Kou sou solidarite sendikal entènasyonal, sou telefòn ou, menm san koneksyon."
    )
    for icon in manifest["icons"]:
        with open(finders.find(icon["src"].removeprefix("/static/")), "rb") as file:
            image = Image.open(io.BytesIO(file.read()))
        assert f"{image.width}x{image.height}" == icon["sizes"]
    assert {icon.get("purpose") for icon in manifest["icons"]} == {None, "maskable"}


def test_every_page_links_the_manifest_and_registers_the_worker_from_a_static_script(client, course_tree):
    html = BeautifulSoup(client.get(course_tree["lessons"][0].url).content, "html.parser")

    assert html.find("link", rel="manifest")["href"] == "/fr/manifest.webmanifest"
    script = html.find("script", src=static("js/offline/register.js"))
    assert script.has_attr("defer")
    assert script["data-service-worker"] == "/sw.js"
    assert not [tag for tag in html.find_all("script") if tag.string and tag.string.strip()]  # none inline


def test_without_javascript_the_course_page_shows_no_save_button(client, course_tree):
    html = BeautifulSoup(client.get(course_tree["course"].url).content, "html.parser")

    box = html.find(attrs={"data-offline-save": True})
    assert box.has_attr("hidden")
    assert box["data-manifest-url"] == url("offline_course_manifest", course_tree["course"].translation_key)


def test_saved_courses_page_says_saving_needs_javascript(client):
    html = BeautifulSoup(client.get(url("offline_saved_courses", language="es")).content, "html.parser")

    assert "JavaScript" in html.find("noscript").get_text()
    assert html.find(attrs={"data-saved-courses": True}).has_attr("hidden")
    assert html.find("h1").get_text() == "Cursos guardados en este teléfono"


def test_unavailable_page_links_to_the_saved_courses(client):
    html = BeautifulSoup(client.get(url("offline_unavailable", language="ht")).content, "html.parser")

    assert html.find("h1").get_text() == "Paj sa a pa sou telefòn sa a"
    assert html.find("a", href="/ht/offline/")
