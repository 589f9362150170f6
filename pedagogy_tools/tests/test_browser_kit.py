"""In Chromium: a signed-in facilitator asks for the English kit of a toolkit, watches the progress bar
move while the kit builds (htmx polling), then downloads the zip; the browser contacts no other host.

The build is driven from the test: the kit's row is put in the "building" state before the facilitator
asks (as a database-queue worker would leave it), its progress is moved on, then the build is run."""

import zipfile

import pytest
from playwright.sync_api import expect

from pedagogy_tools import kit_building
from pedagogy_tools.models import KitBuild
from tests.helpers import foreign_urls

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, client, live_server, user):
    """Give the browser the session cookie of a test-client sign-in (facilitators have no admin access)."""
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_facilitator_sees_the_progress_then_downloads_the_english_kit(
    page, client, live_server, users, english_toolkit, media_root
):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    sign_in(page, client, live_server, users["facilitator"])
    kit = KitBuild.objects.create(
        toolkit=english_toolkit,
        revision_id=english_toolkit.kit_revision_id(),
        locale=english_toolkit.locale,
        status=KitBuild.Status.BUILDING,
        progress=25,
        step="handouts",
    )

    page.goto(live_server.url + english_toolkit.url)
    expect(page.locator("h1")).to_have_text("Trial workshop on chains")
    expect(page.locator("#agenda")).to_contain_text("Instructions 1.")  # the full guide
    page.get_by_role("button", name="Download the kit").click()

    page.wait_for_url("**/trial-workshop/kit/")
    progress = page.locator("#kit-progress")
    expect(progress).to_have_attribute("value", "25")
    expect(page.locator("#kit-status")).to_contain_text("Preparing your kit: 25%")
    expect(page.locator("#kit-status")).to_contain_text("Making the participants' handouts")

    KitBuild.objects.filter(pk=kit.pk).update(progress=60, step="lessons")
    expect(progress).to_have_attribute("value", "60", timeout=5000)  # htmx polled the fragment
    expect(page.locator("#kit-status")).to_contain_text("Copying the lessons for offline reading")

    KitBuild.objects.filter(pk=kit.pk).update(status=KitBuild.Status.PENDING)
    assert kit_building.run_build(kit.pk) == "ready"
    download_link = page.get_by_role("link", name="Download the kit")
    expect(download_link).to_be_visible(timeout=5000)
    expect(progress).to_have_count(0)

    with page.expect_download() as download_info:
        download_link.click()
    download = download_info.value

    assert download.suggested_filename == "trial-workshop-kit-en.zip"
    with zipfile.ZipFile(download.path()) as archive:
        names = archive.namelist()
        assert "trial-workshop/1-facilitator-guide.pdf" in names
        assert "trial-workshop/6-lessons-offline/index.html" in names
        assert archive.read("trial-workshop/1-facilitator-guide.pdf").startswith(b"%PDF-")
    assert foreign_urls(requested) == []


@pytest.mark.parametrize("width", [360, 1280])
def test_the_start_time_shows_whole_and_the_kit_follows_it(
    page, client, live_server, users, toolkit, media_root, width
):
    """Issue 9: the start-time field showed "09:" on a phone; the kit form now follows the chosen time."""
    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, client, live_server, users["facilitator"])
    page.goto(live_server.url + toolkit.url)

    field = page.locator("#agenda input[type=time]")
    expect(field).to_have_value("09:00")
    # The field is at least as wide as the browser makes a time field left to itself (its intrinsic
    # width, which fits its hours, minutes and picker), measured on a copy outside any layout.
    widths = field.evaluate(
        """input => {
            const copy = input.cloneNode();
            copy.removeAttribute("id");
            copy.style.cssText = "position:absolute;width:auto;min-width:0;flex:none";
            document.body.append(copy);
            const intrinsic = copy.getBoundingClientRect().width;
            copy.remove();
            return [input.getBoundingClientRect().width, intrinsic];
        }"""
    )
    fits = widths[0] >= widths[1] - 1
    assert fits, (
        f"the time field is {widths[0]:.0f} px wide, narrower than the {widths[1]:.0f} px of a whole time"
    )

    field.fill("13:30")
    field.dispatch_event("change")
    expect(page.locator("form.kit-form input[name=start]")).to_have_value("13:30")  # swapped out of band
    expect(page.locator("#agenda")).to_contain_text("13:30")
