"""Certificates: a PDF for a completed course, a public check page, revocation, and nothing kept unasked."""

import io
import shutil
import subprocess

import pytest
from django.contrib.messages import constants as message_levels
from django.utils import formats, timezone, translation
from pypdf import PdfReader
from pytest_django.asserts import assertRedirects

from accounts.tests.visits import complete, stored_text_containing
from learning.models import Certificate, Learner
from tests.helpers import PASSWORD, make_user, pdf_text, url

pytestmark = pytest.mark.django_db

NAME = "Rosalie Jean-Baptiste"


def certificate_url(course):
    return course.get_url() + "certificate/"


def finish_course(client, course_tree):
    for lesson in course_tree["lessons"]:
        complete(client, lesson)


def verify(client, code, language="fr"):
    return client.get(url("certificate_verify", code, language=language))


def main_html(response):
    """The HTML of <main>, as sent."""
    text = response.content.decode()
    return text[text.index("<main") : text.index("</main>")]


@pytest.fixture
def completed(signed_in, course_tree):
    """A signed-in learner who has finished every lesson of the course (it has no quiz)."""
    finish_course(signed_in, course_tree)
    return signed_in


@pytest.fixture
def issued(completed, course_tree):
    """The certificate of the `completed` learner, with the name not shown."""
    response = completed.post(certificate_url(course_tree["course"]), {"name": NAME})
    assert response.status_code == 200
    return Certificate.objects.get()


def test_completed_course_gives_a_pdf_with_the_name_the_course_and_the_code(completed, course_tree):
    response = completed.post(certificate_url(course_tree["course"]), {"name": NAME})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith(b"%PDF")
    certificate = Certificate.objects.get()
    text = pdf_text(response.content)
    assert NAME in text
    assert course_tree["course"].title in text
    assert certificate.code in text


def test_the_name_is_not_stored_unless_shown(issued):
    assert issued.public_name == ""
    assert stored_text_containing(NAME, "Jean-Baptiste") == []


def test_the_name_is_stored_and_shown_on_the_check_page_when_ticked(completed, course_tree, visitor):
    completed.post(certificate_url(course_tree["course"]), {"name": NAME, "show_name": "on"})

    certificate = Certificate.objects.get()
    assert certificate.public_name == NAME
    assert NAME in main_html(verify(visitor, certificate.code))


def test_getting_the_pdf_again_keeps_one_certificate(completed, course_tree):
    for _ in range(2):
        assert completed.post(certificate_url(course_tree["course"]), {"name": NAME}).status_code == 200

    assert Certificate.objects.count() == 1


def test_an_unfinished_course_gives_no_certificate_and_says_why(signed_in, course_tree):
    course = course_tree["course"]
    complete(signed_in, course_tree["lessons"][0])

    response = signed_in.post(certificate_url(course), {"name": NAME}, follow=True)

    assert not Certificate.objects.exists()
    assert response.redirect_chain[-1][0] == course.get_url()
    errors = [m for m in response.context["messages"] if m.level == message_levels.ERROR]
    with translation.override("fr"):
        expected = translation.gettext(
            "Finish every lesson and pass every quiz of the course to get its certificate."
        )
    assert [str(m) for m in errors] == [expected]
    assert expected in response.content.decode()


def test_a_certificate_without_a_name_has_no_name_on_it(completed, course_tree):
    """The holder's name appears only if they chose it: the name is optional."""
    response = completed.post(certificate_url(course_tree["course"]), {"name": ""})

    assert response.status_code == 200
    certificate = Certificate.objects.get()
    text = pdf_text(response.content)
    assert course_tree["course"].title in text
    assert certificate.code in text
    with translation.override("fr"):
        assert translation.gettext("This certifies that") not in text
        assert translation.gettext("Awarded for completing the course") in text
    assert certificate.public_name == ""


def test_showing_a_name_needs_a_name(completed, course_tree):
    response = completed.post(certificate_url(course_tree["course"]), {"name": " ", "show_name": "on"})

    assert response.status_code == 302
    assert not Certificate.objects.exists()


def test_an_anonymous_visitor_is_sent_to_sign_in(visitor, course_tree):
    finish_course(visitor, course_tree)

    response = visitor.post(certificate_url(course_tree["course"]), {"name": NAME})

    # back to the course page after signing in: the certificate's form is a POST
    assertRedirects(response, f"{url('login')}?next={course_tree['course'].get_url()}")
    assert not Certificate.objects.exists()


def test_the_certificate_route_is_post_only(completed, course_tree):
    assert completed.get(certificate_url(course_tree["course"])).status_code == 405
    assert not Certificate.objects.exists()


def test_a_valid_certificate_checks_as_valid_with_its_course_and_date(issued, course_tree, visitor):
    response = verify(visitor, issued.code)

    assert response.status_code == 200
    main = main_html(response)
    assert course_tree["course"].title in main
    with translation.override("fr"):
        assert formats.date_format(timezone.localtime(issued.issued_at), "DATE_FORMAT") in main
    assert NAME not in main
    assert "This certificate is valid." in main_html(verify(visitor, issued.code, language="en"))


def test_the_code_is_checked_whatever_its_case(issued, visitor):
    assert "This certificate is valid." in main_html(verify(visitor, issued.code.lower(), language="en"))


def test_a_revoked_certificate_checks_as_no_longer_valid(issued, completed, course_tree, visitor):
    response = completed.post(url("certificate_revoke", issued.code))

    assert response.status_code == 302
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.REVOKED
    assert verify(visitor, issued.code).status_code == 200
    main = main_html(verify(visitor, issued.code, language="en"))
    assert "This certificate is no longer valid." in main
    assert course_tree["course"].title not in main


def test_an_erased_certificate_checks_as_no_longer_valid(issued, completed, course_tree, visitor):
    response = completed.post(url("delete_account"), {"password": PASSWORD})

    assert response.status_code == 302
    assert verify(visitor, issued.code).status_code == 200
    main = main_html(verify(visitor, issued.code, language="en"))
    assert "This certificate is no longer valid." in main
    assert course_tree["course"].title not in main


def test_an_unknown_code_is_not_found_with_a_message(visitor):
    response = verify(visitor, "ABCD-EFGH-JKLM", language="en")

    assert response.status_code == 404
    assert "No certificate has this code." in main_html(response)
    assert verify(visitor, "ABCD-EFGH-JKLM").status_code == 404


def test_revoking_is_post_only(issued, completed):
    assert completed.get(url("certificate_revoke", issued.code)).status_code == 405
    issued.refresh_from_db()
    assert issued.is_valid


def test_only_the_owner_can_revoke(issued, visitor):
    other = make_user("autre")
    Learner.objects.create(user=other)
    visitor.force_login(other)

    response = visitor.post(url("certificate_revoke", issued.code))

    assert response.status_code == 404
    issued.refresh_from_db()
    assert issued.is_valid


def test_revoking_needs_sign_in(issued, visitor):
    response = visitor.post(url("certificate_revoke", issued.code))

    assert response.status_code == 302
    issued.refresh_from_db()
    assert issued.is_valid


# Issue 9: a certificate that looks like one.


def pdf_pages(content):
    return PdfReader(io.BytesIO(content)).pages


def test_the_certificate_names_the_organisation_course_date_and_where_to_check_it(completed, course_tree):
    response = completed.post(certificate_url(course_tree["course"]), {"name": NAME})

    certificate = Certificate.objects.get()
    [page] = pdf_pages(response.content)  # one page
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = " ".join(page.extract_text().split())
    assert "SOLIDAIRE" in text.replace(" ", "").upper()  # the organisation (in spaced capitals)
    assert PdfReader(io.BytesIO(response.content)).metadata.author == "Solidaire"
    assert course_tree["course"].title in text
    with translation.override("fr"):
        assert formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT") in text
    verify_address = "http://testserver" + url("certificate_verify", certificate.code)
    assert verify_address in text
    assert certificate.code in text


def qr_modules(pdf, tmp_path):
    """The QR code printed on the certificate, read back from the page rendered by poppler: the
    dark/light value of each module, sampled at its centre, as rows of booleans."""
    from PIL import Image

    (tmp_path / "certificate.pdf").write_bytes(pdf)
    subprocess.run(
        [shutil.which("pdftoppm"), "-r", "200", "-png", "-singlefile", "certificate.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    image = Image.open(tmp_path / "page.png").convert("L")
    width, height = image.size
    # The QR code is the only pure black in the bottom right corner (the frame is red, the text left).
    corner = image.crop((int(width * 0.75), int(height * 0.6), width, height))
    dark = [(x, y) for x in range(corner.width) for y in range(corner.height) if corner.getpixel((x, y)) < 60]
    left, top = min(x for x, _y in dark), min(y for _x, y in dark)
    right, bottom = max(x for x, _y in dark) + 1, max(y for _x, y in dark) + 1
    return corner.crop((left, top, right, bottom))


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils (pdftoppm)")
def test_the_certificate_has_a_qr_code_of_its_check_address_drawn_on_the_server(
    completed, course_tree, tmp_path
):
    import segno

    response = completed.post(certificate_url(course_tree["course"]), {"name": NAME})
    certificate = Certificate.objects.get()
    verify_address = "http://testserver" + url("certificate_verify", certificate.code)

    [page] = pdf_pages(response.content)
    assert not list(page.images)  # drawn as vector paths from an SVG made here, no picture fetched
    printed = qr_modules(response.content, tmp_path)
    expected = segno.make(verify_address, error="m").matrix
    size = len(expected)
    module = printed.width / size
    assert abs(printed.width - printed.height) <= 2
    read = [
        [printed.getpixel((int((x + 0.5) * module), int((y + 0.5) * module))) < 128 for x in range(size)]
        for y in range(size)
    ]
    assert read == [[bool(value) for value in row] for row in expected]


def test_revoking_is_kept_apart_from_getting_the_pdf(completed, course_tree):
    completed.post(certificate_url(course_tree["course"]), {"name": NAME})

    html = completed.get(url("my_learning")).content.decode()

    get_pdf = html.index("certificate-form")
    revoke = html.index('<details class="certificate-revoke">')
    assert get_pdf < revoke
    disclosure = html[revoke : html.index("</details>", revoke)]
    assert url("certificate_revoke", Certificate.objects.get().code) in disclosure


def typed_forms(code):
    """The ways a person types or copies a code: lower case, spaces instead of hyphens, none at all."""
    return [code.lower(), code.replace("-", " "), f"  {code.lower().replace('-', '')}  "]


def test_the_check_page_accepts_lower_case_and_spaces(issued, visitor):
    for typed in typed_forms(issued.code):
        assert "This certificate is valid." in main_html(verify(visitor, typed, language="en")), typed


@pytest.mark.parametrize("form", [0, 1, 2])
def test_revoking_accepts_the_code_as_the_check_page_does(issued, completed, form):
    response = completed.post(url("certificate_revoke", typed_forms(issued.code)[form]))

    assert response.status_code == 302
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.REVOKED


def test_a_code_with_odd_characters_is_just_unknown(issued, completed, visitor):
    for odd in ["'", '"', issued.code + "X", "é" * 30, "A" * 5000]:
        assert verify(visitor, odd).status_code == 404, odd
        assert completed.post(url("certificate_revoke", odd)).status_code == 404, odd
    # A NUL is a 400 before any view (issue 20, learning.request_text).
    assert verify(visitor, "\x00").status_code == 400
    assert completed.post(url("certificate_revoke", "\x00")).status_code == 400
    issued.refresh_from_db()
    assert issued.is_valid


@pytest.mark.parametrize("name", ["Rosalie\u202eetsiloR", "Rosalie\x1b[2J", "Rosalie\x01", "Rosa\x7flie"])
def test_a_name_with_a_control_character_gives_no_certificate_and_says_why(completed, course_tree, name):
    response = completed.post(certificate_url(course_tree["course"]), {"name": name, "show_name": "on"})

    assert response.status_code == 302
    assert not Certificate.objects.exists()
    messages = [str(m) for m in completed.get(course_tree["course"].get_url()).context["messages"]]
    assert len(messages) == 1
    assert messages[0].startswith(translation.gettext("Check the name on your certificate: %(errors)s")[:20])


def test_a_name_in_any_script_gives_a_certificate(completed, course_tree):
    response = completed.post(certificate_url(course_tree["course"]), {"name": "Jean-Baptiste Ñandú क्‍ष"})

    assert response.status_code == 200
    assert Certificate.objects.count() == 1
