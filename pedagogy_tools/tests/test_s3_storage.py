"""Media on an S3-compatible object store (issue 12, part 2), as production keeps it
(config/settings/production.py): the store at TEST_S3_ENDPOINT_URL (moto_server in CI, .ci/run; skipped
without it unless REQUIRE_SERVICES is set). Kits and toolkit attachments are private: they come through
the app after its permission check, and a file's own address in the store is signed and short-lived."""

import uuid

import pytest
from django.core.files.storage import storages

from pedagogy_tools.models import KitBuild
from pedagogy_tools.tests.kit_helpers import ask_for_kit, download, open_zip
from tests.services import service

KEYS = {"access_key": "test-key", "secret_key": "test-secret", "region_name": "us-east-1"}


@pytest.fixture
def bucket(settings):
    """A fresh bucket in the test store, made the default, kits' and renditions' storage."""
    import boto3

    endpoint = service("TEST_S3_ENDPOINT_URL")
    name = f"solidaire-test-{uuid.uuid4().hex[:12]}"
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
        region_name=KEYS["region_name"],
    )
    s3.create_bucket(Bucket=name)
    store = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": name,
            "endpoint_url": endpoint,
            "addressing_style": "path",
            "signature_version": "s3v4",
            "querystring_expire": 300,
            "file_overwrite": False,
            **KEYS,
        },
    }
    settings.STORAGES = {**settings.STORAGES, "default": store, "toolkit_kits": store}
    yield s3, name
    for item in s3.list_objects_v2(Bucket=name).get("Contents", []):
        s3.delete_object(Bucket=name, Key=item["Key"])
    s3.delete_bucket(Bucket=name)


def test_a_kit_is_built_into_the_store_and_downloaded_through_the_app(
    bucket, facilitator_client, toolkit, django_capture_on_commit_callbacks
):
    s3, name = bucket
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    kit = KitBuild.objects.get()
    assert kit.status == KitBuild.Status.READY
    stored = s3.get_object(Bucket=name, Key=kit.file.name)["Body"].read()

    response, content = download(facilitator_client, toolkit)

    assert content == stored
    assert len(stored) == kit.size
    assert open_zip(content).testzip() is None
    assert "private" in response["Cache-Control"]
    # The object's own address is signed and expires; nothing in the bucket is public.
    url = storages["toolkit_kits"].url(kit.file.name)
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=300" in url


def test_a_learner_gets_no_kit_from_the_store(bucket, client, users, toolkit):
    client.force_login(users["learner"])

    assert client.get(toolkit.url + "kit/download/").status_code == 403


def test_a_kit_whose_object_went_missing_is_made_again(
    bucket, facilitator_client, toolkit, django_capture_on_commit_callbacks
):
    s3, name = bucket
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    s3.delete_object(Bucket=name, Key=KitBuild.objects.get().file.name)

    response = facilitator_client.get(toolkit.url + "kit/download/")

    assert response["Location"] == toolkit.url + "kit/"
    assert not KitBuild.objects.exists()


def test_a_private_attachment_in_the_store_is_served_through_the_app_after_the_check(
    bucket, client, users, attachment
):
    s3, name = bucket
    assert s3.get_object(Bucket=name, Key=attachment.file.name)["Body"].read() == b"Fiche de l'atelier.\n"

    client.force_login(users["learner"])
    assert client.get(attachment.url).status_code == 403
    client.force_login(users["facilitator"])
    response = client.get(attachment.url)

    assert response.status_code == 200  # streamed by Wagtail's serve view, not a redirect to the store
    assert b"".join(response.streaming_content) == b"Fiche de l'atelier.\n"
