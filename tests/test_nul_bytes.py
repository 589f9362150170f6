"""A NUL character (U+0000) anywhere a visitor can put one is a 400 with the site's page, and nothing is
stored (issue 20, finding 4): PostgreSQL's text fields cannot hold it (a 500), SQLite stored it. The
probe's requests, then each place a request carries text: the path, the query, a form's field names and
values, a cookie, the body of a PUT and a JSON body."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, UploadedFile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from accounts.roles import FACILITATORS
from pedagogy_tools.access import TOOLKITS_COLLECTION
from pedagogy_tools.models import ToolkitIndexPage
from pedagogy_tools.tests.factories import make_attachment, toolkit_page
from quizzes.live import rules
from tests.helpers import make_quiz, make_user, publish_child, stored_rows, translate_into_english

BAD_REQUEST_PAGE = "The site could not read this request"


def url(name, *args):
    with translation.override("fr"):
        return reverse(name, args=args)


def refused(response):
    """Whether `response` is the site's 400 page, with the headers of every other page (the public
    pages' Content-Security-Policy: the admin has none)."""
    public = not response.request["PATH_INFO"].startswith("/admin/")
    return (
        response.status_code == 400
        and BAD_REQUEST_PAGE in response.content.decode()
        and ("Content-Security-Policy" in response or not public)
    )


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def facilitator(home):
    return make_user("facilitator", group=FACILITATORS)


@pytest.fixture
def facilitator_client(facilitator):
    client = Client()
    client.force_login(facilitator)
    return client


@pytest.fixture
def quiz(course_tree):
    return make_quiz(course_tree["module"])


@pytest.fixture
def live_session(quiz, facilitator):
    return rules.start_session(quiz, facilitator, "fr")


@pytest.fixture
def toolkit(home, course_tree, quiz):
    attachment = make_attachment(Collection.objects.get(depth=2, name=TOOLKITS_COLLECTION))
    index = publish_child(home, ToolkitIndexPage(title="Trousses", slug="trousses"))
    return publish_child(index, toolkit_page(course_tree["module"], quiz, attachment))


# -- the probe's requests ----------------------------------------------------------------------------


def test_a_join_code_with_a_nul_in_the_address_is_refused(client, live_session):
    before = stored_rows()

    response = client.get("/fr/join/?code=AB%00CD")

    assert refused(response)
    assert stored_rows() == before


@pytest.mark.parametrize("field", ["code", "nickname", "team"])
def test_a_join_form_with_a_nul_is_refused_and_stores_nothing(client, live_session, field):
    data = {"code": live_session.code, "nickname": "Ana", "team": "", field: "A\x00na"}
    before = stored_rows()

    response = client.post("/fr/join/", data)

    assert refused(response)
    assert stored_rows() == before


def test_a_kit_status_with_a_nul_in_its_language_is_refused(facilitator_client, toolkit):
    before = stored_rows()

    response = facilitator_client.get(toolkit.url + "kit/?language=e%00n")

    assert refused(response)
    assert stored_rows() == before


def test_a_kit_asked_from_a_language_with_a_nul_is_refused(facilitator_client, toolkit):
    before = stored_rows()

    response = facilitator_client.post(toolkit.url + "kit/", {"from": "e\x00n"})

    assert refused(response)
    assert stored_rows() == before


def test_a_live_session_with_a_nul_in_its_team_names_is_refused(facilitator_client, quiz):
    before = stored_rows()

    response = facilitator_client.post(
        url("live_start", quiz.pk), {"language": "fr", "ranking": "team", "teams": "A\x00\nB"}
    )

    assert refused(response)
    assert stored_rows() == before


# -- every place a request carries text --------------------------------------------------------------


def test_a_nul_in_a_form_fields_name_is_refused(client, live_session):
    before = stored_rows()

    response = client.post("/fr/join/", {"code": live_session.code, "nickname": "Ana", "x\x00": "1"})

    assert refused(response)
    assert stored_rows() == before


def test_a_nul_in_a_query_parameters_name_is_refused(client, home):
    assert refused(client.get("/fr/search/?q%00=x"))


def test_a_nul_in_the_path_is_refused(client, course_tree):
    before = stored_rows()

    response = client.get(course_tree["course"].url + "a%00b/")

    assert refused(response)
    assert stored_rows() == before


def test_a_nul_in_the_session_cookie_is_refused(client, home):
    cookie = 'sessionid="abcdefghijkl\\000"'  # an octal escape, which Django's cookie parser decodes
    before = stored_rows()

    response = client.get("/fr/", headers={"cookie": cookie})

    assert refused(response)
    assert stored_rows() == before


def string_edit_url(locales, course_tree, capture):
    """Where wagtail-localize's editor saves a string of the first lesson's English translation."""
    pages = [course_tree[name] for name in ("home", "index", "course", "module")] + course_tree["lessons"][:1]
    english = translate_into_english(pages, locales["en"], capture)[-1]
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=english.locale
    )
    segment = StringSegment.objects.filter(source=translation.source).first()
    return reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])


PUT_BODIES = {
    "multipart/form-data; boundary=B": (
        b'--B\r\nContent-Disposition: form-data; name="value"\r\n\r\nA\x00B\r\n--B--\r\n'
    ),
    "application/x-www-form-urlencoded": b"value=A%00B",
}


@pytest.mark.parametrize("content_type", PUT_BODIES)
def test_a_nul_in_a_translated_string_is_refused(
    locales, course_tree, editor, django_capture_on_commit_callbacks, content_type
):
    """wagtail-localize's translation editor saves each string with a PUT of a form (multipart)."""
    client = Client()
    client.force_login(editor)
    address = string_edit_url(locales, course_tree, django_capture_on_commit_callbacks)
    before = stored_rows()

    response = client.put(address, PUT_BODIES[content_type], content_type=content_type)

    assert refused(response)
    assert stored_rows() == before


def test_a_nul_in_a_json_body_is_refused(home, editor):
    """Wagtail's admin stores a user's dismissed tips from a JSON body, in a JSON field."""
    client = Client()
    client.force_login(editor)

    response = client.patch(
        "/admin/dismissibles/", json.dumps({"tip\x00": True}), content_type="application/json"
    )

    assert refused(response)
    assert client.get("/admin/dismissibles/").json() == {}


def test_text_without_a_nul_still_goes_through(client, live_session):
    response = client.post("/fr/join/", {"code": live_session.code, "nickname": "\u05e9\u05e8\u05d4 2"})

    assert response.status_code == 302


def test_an_upload_and_a_translated_string_without_a_nul_still_go_through(
    locales, course_tree, editor, django_capture_on_commit_callbacks
):
    """The form is read before the view: a file still reaches Wagtail's upload view, and a PUT's body
    wagtail-localize's string editor."""
    client = Client()
    client.force_login(editor)
    upload = SimpleUploadedFile("fiche.txt", b"Fiche.\n", content_type="text/plain")

    response = client.post("/admin/documents/multiple/add/", {"files[]": upload})

    assert response.json()["success"]
    assert UploadedFile.objects.get().file.read() == b"Fiche.\n"
    address = string_edit_url(locales, course_tree, django_capture_on_commit_callbacks)
    body = b'--B\r\nContent-Disposition: form-data; name="value"\r\n\r\nA \xc3\xa9 B\r\n--B--\r\n'

    response = client.put(address, body, content_type="multipart/form-data; boundary=B")

    assert response.status_code == 200
    assert StringTranslation.objects.filter(data="A é B").exists()


class BrokenBody:
    """A request body whose client went away while sending it."""

    def read(self, *args):
        raise OSError("Connection reset by peer")

    readline = read


def test_a_form_whose_client_went_away_is_a_400(client, home):
    """Reading the form before the view must not turn a broken connection into a 500."""
    response = client.post(
        "/fr/join/",
        b"code=ABCDEF",
        content_type="application/x-www-form-urlencoded",
        **{"wsgi.input": BrokenBody()},
    )

    assert response.status_code == 400
