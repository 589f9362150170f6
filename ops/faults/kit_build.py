"""Fault: a kit build goes wrong (issue 12, part 11). docs/faults.md says what was seen.

    .venv/bin/python ops/faults/kit_build.py

Three kits of the demo toolkit (three workshop start times), each broken another way:
1. the worker is killed (SIGKILL) in the middle of the build: the next worker queues it again once the
   build has been silent for KIT_BUILD_STALLED_SECONDS, and builds it;
2. the object store is unreachable (the worker is given a closed port): the build is tried again by
   itself, up to KIT_BUILD_ATTEMPTS attempts (2 here), then fails with a clear message; with the store
   back, "Try again";
3. the disk is full while the kit is written (the worker's temporary directory is a 64 KB tmpfs; needs
   root, skipped otherwise): the same.
Each time: the facilitator's status page says what is happening, the download never serves anything
before the kit is ready, and the object store never holds a partial kit.
"""

import contextlib
import html
import io
import subprocess
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ops.stack import BUCKET, HTMX, check, log, port_open, run_alone  # noqa: E402

RETRYING = "kit-retrying"
FAILED = 'class="form-error" role="alert"'
READY = "kit-download"

KIT_ROWS = """
import json
from pedagogy_tools.models import KitBuild
rows = {k.start.strftime("%H%M"): [k.status, k.attempts, k.error[:300]] for k in KitBuild.objects.all()}
print(json.dumps(rows))
"""


class Kit:
    """One kit of the demo toolkit, seen by a signed-in facilitator."""

    def __init__(self, client, toolkit, start):
        self.client, self.start = client, start
        self.status_url = f"{toolkit['url']}kit/?start={start}"
        self.ask_url = f"{toolkit['url']}kit/"
        self.download_url = f"{toolkit['url']}kit/download/?start={start}"
        self.key = start.replace(":", "")

    def ask(self):
        response = self.client.post(self.ask_url, {"start": self.start})
        check(response.status_code == 302, f"kit {self.start} asked for")

    def status(self):
        return html.unescape(self.client.get(self.status_url, headers=HTMX).text)

    def wait_until(self, predicate, timeout, what):
        deadline = time.monotonic() + timeout
        seen = set()
        while time.monotonic() < deadline:
            page = self.status()
            seen.update(mark for mark in (RETRYING, FAILED, READY) if mark in page)
            if predicate(page):
                return page, seen
            time.sleep(0.2)
        raise AssertionError(f"kit {self.start}: timed out waiting until {what}")

    def not_served(self):
        response = self.client.get(self.download_url)
        check(
            response.status_code == 302 and "/kit/" in response.headers["Location"],
            f"kit {self.start}: the download sends back to the status page while it is not ready",
        )

    def downloaded(self):
        response = self.client.get(self.download_url)
        check(response.status_code == 200, f"kit {self.start} downloaded")
        check(
            zipfile.ZipFile(io.BytesIO(response.content)).testzip() is None,
            f"kit {self.start} is a sound zip",
        )


def stored_kits(stack):
    listing = stack.s3_client().list_objects_v2(Bucket=BUCKET, Prefix="toolkit-kits/")
    return {item["Key"]: item["Size"] for item in listing.get("Contents", [])}


def no_partial_objects(stack, rows):
    """Every kit object in the store is a ready kit's, and whole."""
    for key, size in stored_kits(stack).items():
        start = key.rsplit("-", 1)[-1].removesuffix(".zip")
        check(rows.get(start, ["?"])[0] == "ready", f"{key} in the store belongs to a ready kit")
        check(size > 1000, f"{key} is not an empty or partial object ({size} bytes)")


def killed_mid_build(stack, kit):
    kit.ask()
    kit.wait_until(lambda page: "<progress" in page and 'value="0"' not in page, 120, "it builds")
    stack.kill("worker")
    log("worker killed (SIGKILL) mid-build")
    page = kit.status()
    check(READY not in page, f"kit {kit.start}: not shown as ready after the kill")
    kit.not_served()
    stack.start_worker("worker")
    started = time.monotonic()
    kit.wait_until(lambda page: READY in page, 180, "it is built again")
    log(f"kit {kit.start} picked up again and built {time.monotonic() - started:.1f} s after the new worker")
    rows = stack.django_json(KIT_ROWS)
    check(rows[kit.key][:2] == ["ready", 2], f"kit {kit.start}: ready at the second attempt {rows[kit.key]}")
    kit.downloaded()


def fails_then_recovers(stack, kit, worker_env, what):
    stack.stop("worker")
    stack.start_worker("worker-broken", **worker_env)
    kit.ask()
    page, seen = kit.wait_until(lambda page: FAILED in page, 180, "it fails for good")
    stack.stop("worker-broken")
    rows = stack.django_json(KIT_ROWS)
    status, attempts, error = rows[kit.key]
    log(f"kit {kit.start} ({what}): {status} after {attempts} attempts: {error[:160]}")
    tried = status == "failed" and attempts == 2
    check(tried, f"kit {kit.start}: tried twice (KIT_BUILD_ATTEMPTS), then failed")
    check(RETRYING in seen, f"kit {kit.start}: the facilitator saw that it was being tried again")
    check(
        "Traceback" not in page and "Error" not in page,
        f"kit {kit.start}: no technical detail for facilitators",
    )
    kit.not_served()
    no_partial_objects(stack, rows)
    stack.start_worker("worker")
    kit.ask()  # "Try again"
    kit.wait_until(lambda page: READY in page, 180, "it is built after Try again")
    kit.downloaded()


@contextlib.contextmanager
def tiny_disk(stack):
    """A 64 KB file system, or None where it cannot be mounted (not root, no mount permission)."""
    mount_point = stack.dir / "tiny-disk"
    mount_point.mkdir()
    mounted = subprocess.run(  # noqa: S603
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],  # noqa: S607
        capture_output=True,
        check=False,
    )
    try:
        yield mount_point if mounted.returncode == 0 else None
    finally:
        if mounted.returncode == 0:
            subprocess.run(["umount", str(mount_point)], check=False)  # noqa: S603, S607


def run(stack, site):
    facilitator = stack.client(site["a"])
    check(facilitator.sign_in("animatrice").status_code == 302, "facilitator signed in")
    # Short delays, and 2 attempts instead of 3, to keep CI short: the same code either way.
    stack.extra_env.update(KIT_BUILD_STALLED_SECONDS="8", KIT_BUILD_RETRY_SECONDS="1", KIT_BUILD_ATTEMPTS="2")
    stack.stop("worker")
    stack.start_worker("worker")  # with the short delays

    killed_mid_build(stack, Kit(facilitator, site["toolkit"], "10:00"))

    closed_port = 9
    check(not port_open(closed_port), "nothing listens on the port given as the store")
    fails_then_recovers(
        stack,
        Kit(facilitator, site["toolkit"], "11:00"),
        {"AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{closed_port}"},
        "object store unreachable",
    )

    with tiny_disk(stack) as disk:
        if disk is None:
            log("SKIPPED: disk full (a tmpfs cannot be mounted here: not root?)")
        else:
            fails_then_recovers(
                stack, Kit(facilitator, site["toolkit"], "12:00"), {"TMPDIR": str(disk)}, "disk full"
            )
    no_partial_objects(stack, stack.django_json(KIT_ROWS))


if __name__ == "__main__":
    sys.exit(run_alone(run, "FAULT CHECK FAILED (kit build)"))
