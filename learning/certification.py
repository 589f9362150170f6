"""Issuing, printing and checking course certificates.

The PDF is made on request from the certificate and the name the learner types, if any (a certificate may
carry no name); the name is stored only when the learner asks for it to be shown on the public
verification page.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale, Site

from learning.models import Certificate, CoursePage

MAX_NAME_LENGTH = 120


class NotComplete(Exception):
    """The learner has not completed the course yet."""


def issue_certificate(learner, course):
    """The learner's valid certificate for `course` (any language), issued now if there is none.
    Raises NotComplete when the course is not complete."""
    if not course.progress_of(learner).complete:
        raise NotComplete
    existing = learner.certificates.filter(course_key=course.translation_key, status="valid").first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Certificate.objects.create(learner=learner, course_key=course.translation_key)
    except IntegrityError:  # a concurrent request issued it
        return learner.certificates.get(course_key=course.translation_key, status="valid")


def course_for(certificate, language_code=None):
    """The certificate's course as a live page in the given language (or the source language)."""
    if certificate.course_key is None:
        return None
    courses = CoursePage.objects.live().filter(translation_key=certificate.course_key)
    language_code = language_code or translation.get_language()
    return (
        courses.filter(locale__language_code=language_code).first()
        or courses.filter(locale=Locale.get_default()).first()
        or courses.first()
    )


def set_public_name(certificate, name, show_name):
    """Store the name only if the learner wants it shown on the verification page."""
    certificate.public_name = name[:MAX_NAME_LENGTH] if show_name else ""
    certificate.save(update_fields=["public_name"])


def organisation_name():
    """The organisation that awards the certificate: the default Wagtail site's name."""
    site = Site.objects.filter(is_default_site=True).only("site_name").first()
    return (site.site_name if site else "") or getattr(settings, "WAGTAIL_SITE_NAME", "") or "Solidaire"


def qr_code_svg(url):
    """A QR code of `url` as an SVG data: URL, drawn here (segno): nothing is fetched."""
    import segno  # imported here: only certificates need it

    return segno.make(url, error="m").svg_data_uri(scale=4, border=0, dark="#000", light="#fff")


def certificate_pdf(certificate, name, language_code, verify_url):
    """The certificate as PDF bytes, in `language_code`: the organisation, the course, the date, the
    verification code and address with its QR code, and `name` only if the learner typed one."""
    from weasyprint import HTML  # imported here: WeasyPrint loads Pango, which only this needs
    from weasyprint.urls import URLFetcher

    with translation.override(language_code):
        html = render_to_string(
            "learning/certificate_pdf.html",
            {
                "certificate": certificate,
                "course": course_for(certificate, language_code),
                "name": name.strip(),
                "organisation": organisation_name(),
                "verify_url": verify_url,
                "qr_code": qr_code_svg(verify_url),
                "LANGUAGE_CODE": language_code,
            },
        )
    # Nothing is fetched while rendering, from the network or the disk: only data: URLs.
    fetcher = URLFetcher(allowed_protocols={"data"})
    return HTML(string=html, url_fetcher=fetcher).write_pdf(pdf_tags=True)
