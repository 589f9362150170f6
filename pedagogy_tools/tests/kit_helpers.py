"""Getting a kit the way a facilitator does, and reading what is in it."""

import io
import zipfile

from pypdf import PdfReader


def ask_for_kit(client, page, django_capture_on_commit_callbacks):
    """POST "Download the kit"; the build (immediate backend) runs when the request's work is committed."""
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(page.url + "kit/")


def download(client, page):
    response = client.get(page.url + "kit/download/")
    assert response.status_code == 200, response
    return response, b"".join(response.streaming_content)


def open_zip(data):
    return zipfile.ZipFile(io.BytesIO(data))


def kit_zip(client, page, django_capture_on_commit_callbacks):
    ask_for_kit(client, page, django_capture_on_commit_callbacks)
    return open_zip(download(client, page)[1])


def pdf_pages(data):
    """The text of each page of a PDF, whitespace collapsed. Fails unless `data` is a real PDF."""
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def pdf_text(data):
    return " ".join(pdf_pages(data))
