"""Building kits: once per (revision, locale); a new revision builds a new kit and the old one goes; a failed
build leaves no file and offers a retry; the progress shows while a kit builds (htmx polling, or a plain
refresh without JavaScript); the request that asks for a kit only queues its build."""

import datetime
import os

import pytest
from django.utils import timezone

from pedagogy_tools import kit_building
from pedagogy_tools.access import SEE_KIT_BUILD_ERRORS
from pedagogy_tools.bundle.kit import KitBuilder
from pedagogy_tools.models import KitBuild
from pedagogy_tools.tests.kit_helpers import ask_for_kit, download
from tests.helpers import HTMX, message, text_of

Status = KitBuild.Status


@pytest.fixture
def builds(monkeypatch):
    """Counts the kits actually built (calls to KitBuilder.write)."""
    calls = []
    write = KitBuilder.write

    def counting_write(self, fileobj):
        calls.append(self.kit.pk)
        return write(self, fileobj)

    monkeypatch.setattr(KitBuilder, "write", counting_write)
    return calls


def kit_files(media_root):
    """Every file under the kits' folder, temporary ones included."""
    folder = media_root / "toolkit-kits"
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def make_kit(toolkit, **fields):
    return KitBuild.objects.create(
        toolkit=toolkit, revision=toolkit.live_revision, locale=toolkit.locale, **fields
    )


def test_asking_for_the_kit_builds_it_then_downloads_it(
    facilitator_client, toolkit, builds, media_root, django_capture_on_commit_callbacks
):
    response = ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == toolkit.url + "kit/"
    kit = KitBuild.objects.get()
    assert (kit.status, kit.progress, kit.revision_id, kit.locale_id) == (
        Status.READY, 100, toolkit.live_revision_id, toolkit.locale_id
    )  # fmt: skip
    assert kit_files(media_root) == [f"{toolkit.pk}/{toolkit.live_revision_id}-fr-0900.zip"]
    assert kit.size == os.path.getsize(media_root / "toolkit-kits" / kit_files(media_root)[0])
    status = facilitator_client.get(toolkit.url + "kit/")
    assert message("Your kit is ready.") in text_of(status)
    assert f'href="{toolkit.url}kit/download/"' in status.content.decode()
    assert builds == [kit.pk]


def test_second_download_does_not_rebuild(
    facilitator_client, toolkit, builds, media_root, django_capture_on_commit_callbacks
):
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    kit = KitBuild.objects.get()
    path = media_root / "toolkit-kits" / kit_files(media_root)[0]
    modified = path.stat().st_mtime_ns
    _, first = download(facilitator_client, toolkit)

    again = ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    _, second = download(facilitator_client, toolkit)

    assert again["Location"] == toolkit.url + "kit/download/"  # a ready kit is downloaded at once
    assert second == first
    assert builds == [kit.pk]
    assert list(KitBuild.objects.values_list("pk", flat=True)) == [kit.pk]
    assert path.stat().st_mtime_ns == modified


def test_new_revision_builds_a_new_kit_and_removes_the_old_one(
    facilitator_client, toolkit, builds, media_root, django_capture_on_commit_callbacks
):
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    old = KitBuild.objects.get()
    old_file = kit_files(media_root)

    toolkit.title = "Atelier d'essai, deuxième version"
    revision = toolkit.save_revision()
    revision.publish()
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)

    new = KitBuild.objects.get()
    assert new.pk != old.pk
    assert new.revision_id == revision.pk
    assert builds == [old.pk, new.pk]
    assert kit_files(media_root) == [f"{toolkit.pk}/{revision.pk}-fr-0900.zip"]
    assert kit_files(media_root) != old_file


def test_other_languages_and_toolkits_keep_their_kits(toolkit, builds):
    kit = make_kit(toolkit)
    kit_building.run_build(kit.pk)
    other_revision = toolkit.save_revision()

    # A kit of the same toolkit in another locale is not "older": only the same locale's kits go.
    other = KitBuild.objects.create(toolkit=toolkit, revision=other_revision, locale=toolkit.locale)
    kit_building.run_build(other.pk)

    assert not KitBuild.objects.filter(pk=kit.pk).exists()
    assert KitBuild.objects.get(pk=other.pk).is_ready


def test_failed_build_leaves_no_file_and_offers_a_retry(
    facilitator_client, toolkit, media_root, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(self):
        self.archive.writestr("half-written", b"x" * 100_000)
        raise RuntimeError("the handouts could not be rendered")

    monkeypatch.setattr(KitBuilder, "add_handouts", broken)
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)

    kit = KitBuild.objects.get()
    assert kit.status == Status.FAILED
    assert not kit.file
    assert "the handouts could not be rendered" in kit.error
    assert kit_files(media_root) == []  # neither the kit nor its temporary file
    assert facilitator_client.get(toolkit.url + "kit/download/")["Location"] == toolkit.url + "kit/"
    status = facilitator_client.get(toolkit.url + "kit/")
    assert message(
        "Sorry, the kit could not be made. Try again; if it fails again, tell the education team."
    ) in text_of(status)
    assert message("Try again") in text_of(status)
    assert "hx-trigger" not in status.content.decode()
    assert "the handouts could not be rendered" not in text_of(status)  # technical detail: editors only

    monkeypatch.undo()
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)

    kit.refresh_from_db()
    assert kit.status == Status.READY
    assert kit.error == ""
    assert len(kit_files(media_root)) == 1


def test_editors_see_why_a_build_failed(client, users, toolkit):
    make_kit(toolkit, status=Status.FAILED, error="OSError: disk full")
    client.force_login(users["editor"])

    assert "OSError: disk full" in client.get(toolkit.url + "kit/").content.decode()


@pytest.mark.parametrize(
    ("role", "sees"), [("facilitator", False), ("editor", True), ("committee", True), ("superuser", True)]
)
def test_who_sees_why_a_build_failed_is_who_holds_the_permission(client, users, toolkit, role, sees):
    make_kit(toolkit, status=Status.FAILED, error="OSError: disk full")
    client.force_login(users[role])

    assert users[role].has_perm(SEE_KIT_BUILD_ERRORS) is sees
    assert ("OSError: disk full" in client.get(toolkit.url + "kit/").content.decode()) is sees


def test_progress_shows_while_the_kit_builds(facilitator_client, toolkit):
    make_kit(toolkit, status=Status.BUILDING, progress=40, step="quiz")

    response = facilitator_client.get(toolkit.url + "kit/")
    html = response.content.decode()

    assert '<progress id="kit-progress" max="100" value="40">' in html
    assert message("Preparing your kit: %(percent)s%%", percent=40) in text_of(response)
    assert message("Printing the quiz and its answer key") in text_of(response)
    assert f'data-hx-get="{toolkit.url}kit/" data-hx-trigger="every 1s"' in html
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in html
    assert f'<a href="{toolkit.url}kit/">{message("Refresh")}</a>' in html


def test_htmx_polls_a_fragment_until_the_kit_is_ready(facilitator_client, toolkit):
    kit = make_kit(toolkit, status=Status.PENDING)
    poll = {"headers": HTMX}

    waiting = facilitator_client.get(toolkit.url + "kit/", **poll)
    assert waiting.content.decode().lstrip().startswith('<div id="kit-status"')
    assert 'data-hx-trigger="every 1s"' in waiting.content.decode()
    assert "<html" not in waiting.content.decode()
    assert "HX-Request" in waiting["Vary"]

    kit_building.run_build(kit.pk)
    done = facilitator_client.get(toolkit.url + "kit/", **poll)

    assert "hx-trigger" not in done.content.decode()  # the final fragment stops the polling
    assert message("Your kit is ready.") in text_of(done)
    assert f'href="{toolkit.url}kit/download/"' in done.content.decode()


def test_asking_only_queues_the_build(
    facilitator_client, toolkit, settings, django_capture_on_commit_callbacks
):
    """With a real queue (here django-tasks' dummy backend, which keeps tasks without running them), the
    request returns at once to the status page, which shows the kit waiting."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    response = ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)

    from django_tasks import default_task_backend

    assert response["Location"] == toolkit.url + "kit/"
    assert KitBuild.objects.get().status == Status.PENDING
    assert [result.args for result in default_task_backend.results] == [[KitBuild.objects.get().pk]]
    assert message("Waiting for its turn…") in text_of(facilitator_client.get(toolkit.url + "kit/"))


def test_asking_twice_while_building_queues_one_build(
    facilitator_client, toolkit, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)

    from django_tasks import default_task_backend

    assert len(default_task_backend.results) == 1


def test_a_stalled_build_can_be_retried(facilitator_client, toolkit, django_capture_on_commit_callbacks):
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    kit = make_kit(toolkit, status=Status.BUILDING, progress=25, updated_at=long_ago)

    status = facilitator_client.get(toolkit.url + "kit/")
    assert message("Making the kit is taking much longer than it should.") in text_of(status)
    assert "hx-trigger" not in status.content.decode()

    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    kit.refresh_from_db()
    assert kit.status == Status.READY


def test_a_build_runs_once_even_if_queued_twice(toolkit, builds):
    kit = make_kit(toolkit)

    assert kit_building.run_build(kit.pk) == "ready"
    assert kit_building.run_build(kit.pk) == "skipped"
    assert builds == [kit.pk]


def test_kit_of_an_unpublished_toolkit_waits_for_publication(facilitator_client, toolkit_index):
    from pedagogy_tools.models import ToolkitPage

    page = ToolkitPage(title="Jamais publié", slug="jamais", summary="s", objectives="<ul><li>o</li></ul>")
    toolkit_index.add_child(instance=page)  # live, but without any revision

    assert page.kit_revision_id() is None
    status = facilitator_client.get(page.url + "kit/")
    not_yet = message("This toolkit has not been published yet. Its kit can be made once it is.")
    assert not_yet in text_of(status)
    assert facilitator_client.post(page.url + "kit/").status_code == 302
    assert not KitBuild.objects.exists()


def test_deleting_the_toolkit_deletes_its_kits_and_files(
    facilitator_client, toolkit, media_root, django_capture_on_commit_callbacks
):
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        toolkit.delete()

    assert not KitBuild.objects.exists()
    assert kit_files(media_root) == []


def test_polling_the_progress_is_cheap(facilitator_client, toolkit, django_assert_max_num_queries):
    """Every waiting facilitator asks once a second: a fixed, small number of queries (Wagtail's routing
    takes six; then the session, the user, their groups, the kit and the kit's locale)."""
    make_kit(toolkit, status=Status.BUILDING, progress=40, step="quiz")
    url = toolkit.url + "kit/"
    facilitator_client.get(url, headers=HTMX)  # warm per-process caches (site root paths)

    with django_assert_max_num_queries(11):
        response = facilitator_client.get(url, headers=HTMX)

    assert response.status_code == 200


def test_a_kit_whose_file_went_missing_is_made_again(
    facilitator_client, toolkit, media_root, django_capture_on_commit_callbacks
):
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    for path in (media_root / "toolkit-kits").rglob("*.zip"):
        path.unlink()

    response = facilitator_client.get(toolkit.url + "kit/download/")

    assert response["Location"] == toolkit.url + "kit/"
    assert not KitBuild.objects.exists()
    ask_for_kit(facilitator_client, toolkit, django_capture_on_commit_callbacks)
    assert download(facilitator_client, toolkit)[1].startswith(b"PK")
