"""Getting a kit the way a facilitator does, and opening it (tests.helpers reads its PDFs)."""

import io
import zipfile


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
