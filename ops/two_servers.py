"""The two-server check (issue 12, part 6): two gunicorn servers share PostgreSQL, Redis and the object
store; a worker builds kits. Exit status 0 if every check holds, 1 with the reason otherwise.

    .venv/bin/python ops/two_servers.py        (as root or any user; needs PostgreSQL and redis-server)

- A learner signs in on server A, takes a quiz on server B (start, every answer over htmx, finish), and
  sees its result on A's "my learning"; the database holds one answer per question.
- A facilitator asks for a kit on A; the worker builds it into the object store; the facilitator
  downloads it through B, and the bytes are the stored object's. A learner may not download it.
"""

import html
import io
import re
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ops.stack import BUCKET, HTMX, check, log, run_alone, valid_answer  # noqa: E402

LEARNER_RESULTS = """
import json
from quizzes.models import Answer, QuizAttempt
attempts = QuizAttempt.objects.filter(learner__user__username="apprenant")
print(json.dumps({
    "attempts": [[a.finished_at is not None, a.score] for a in attempts],
    "answers": Answer.objects.filter(attempt__in=attempts).count(),
}))
"""

INDEX_TASKS = """
import json
from django_tasks_db.models import DBTaskResult
done = DBTaskResult.objects.successful().filter(task_path__startswith="wagtail.").count()
print(json.dumps({"wagtail_tasks_done": done}))
"""

KIT_FACTS = """
import json
from pedagogy_tools.models import KitBuild
print(json.dumps([[k.status, k.file.name, k.size, k.error] for k in KitBuild.objects.all()]))
"""


def take_quiz(client, quiz):
    """Start the quiz, answer every question over htmx, finish it; on whichever server `client` is on."""
    start = client.post(f"/fr/quizzes/{quiz['id']}/start/")
    check(start.status_code == 302, f"quiz started ({start.status_code})")
    for block in quiz["questions"]:
        response = client.post(
            f"/fr/quizzes/{quiz['id']}/answer/{block['id']}/", valid_answer(block), headers=HTMX
        )
        if response.status_code != 200:
            raise AssertionError(f"answer to {block['id']}: {response.status_code} {response.text[:300]}")
    log(f"ok: {len(quiz['questions'])} answers taken")
    finish = client.post(f"/fr/quizzes/{quiz['id']}/finish/")
    check(finish.status_code == 302, f"quiz finished ({finish.status_code})")


def wait_for_kit(client, status_url, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = client.get(status_url, headers=HTMX)
        if "kit-download" in page.text:
            return page
        if "form-error" in page.text:
            raise AssertionError(f"the kit failed: {html.unescape(page.text)[:500]}")
        time.sleep(0.5)
    raise AssertionError("the kit was not built in time")


def run(stack, site):
    """The check, on a deployed stack (ops.stack.deployed)."""
    started = time.monotonic()
    quiz, toolkit, server_a, server_b = site["quiz"], site["toolkit"], site["a"], site["b"]

    # A learner signs in on A, takes the quiz on B, sees the result on A.
    learner = stack.client(server_a)
    signed_in = learner.sign_in("apprenant")
    check(signed_in.status_code == 302 and "sessionid" in learner.cookies, "learner signed in on A")
    learner.switch(server_b)
    check(learner.get(quiz["url"]).status_code == 200, "quiz page served by B to the session made on A")
    take_quiz(learner, quiz)
    learner.switch(server_a)
    mine = learner.get("/fr/accounts/my-learning/")
    check(mine.status_code == 200, "my learning on A")
    text = html.unescape(mine.text)
    shown = quiz["title"] in text and re.search(r"\d+%", text)
    check(shown, "A shows the quiz result recorded through B")
    results = stack.django_json(LEARNER_RESULTS)
    check(results["attempts"] and all(done for done, _ in results["attempts"]), "the attempt is finished")
    check(results["answers"] == len(quiz["questions"]), "one answer row per question")

    # A facilitator asks for a kit on A, the worker builds it, B serves it.
    facilitator = stack.client(server_a)
    check(facilitator.sign_in("animatrice").status_code == 302, "facilitator signed in on A")
    asked = facilitator.post(toolkit["url"] + "kit/")
    check(asked.status_code == 302, f"kit asked for on A ({asked.status_code})")
    built_at = time.monotonic()
    wait_for_kit(facilitator, toolkit["url"] + "kit/")
    log(f"kit built by the worker in {time.monotonic() - built_at:.1f} s")
    kits = stack.django_json(KIT_FACTS)
    check(len(kits) == 1 and kits[0][0] == "ready", f"one ready kit: {kits}")
    stored = stack.s3_client().get_object(Bucket=BUCKET, Key=kits[0][1])["Body"].read()
    check(len(stored) == kits[0][2], "the kit is in the object store, whole")
    facilitator.switch(server_b)
    download = facilitator.get(toolkit["url"] + "kit/download/")
    if download.status_code in (301, 302):  # a presigned address of the store
        download = facilitator.http.get(download.headers["Location"], timeout=30)
    check(download.status_code == 200, f"kit downloaded through B ({download.status_code})")
    check(download.content == stored, "the downloaded bytes are the stored kit's")
    check(zipfile.ZipFile(io.BytesIO(download.content)).testzip() is None, "the kit is a sound zip")
    private = "private" in download.headers.get("Cache-Control", "")
    check(private, "the download is not cacheable by proxies")
    learner.switch(server_b)
    refused = learner.get(toolkit["url"] + "kit/download/")
    check(refused.status_code in (302, 403) and refused.content != stored, "a learner gets no kit")
    done = stack.django_json(INDEX_TASKS)["wagtail_tasks_done"]
    check(done > 0, f"the worker ran Wagtail's own index tasks ({done} done)")
    for name in ("server-a", "server-b", "worker"):
        check("Traceback" not in stack.log_of(name), f"no traceback in the log of {name}")
    log(f"two-server check passed in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    sys.exit(run_alone(run, "TWO-SERVER CHECK FAILED"))
