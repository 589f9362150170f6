"""Learners reading lessons and taking quizzes over htmx, for locust (run by benchmarks/learners_200.py).

Each simulated learner arrives as a new visitor, as in a room told to open the course: no cookie, no
learner made beforehand; its first POST makes its learner and session, which its cookie jar keeps from
then on, as a browser does. It has one of the four languages, and goes through its course's steps in
order from a starting point of its own, one request per task and 1 to 3 s of thinking between two
requests:

- a lesson: GET the page, then POST "lesson done" (the plain form; a 302 back to the lesson);
- a quiz: GET the quiz page, POST "start" (the plain form; a 302 back to the quiz), GET the quiz with its
  questions, then one htmx POST per question as the question's form does (`HX-Request: true`, the CSRF
  token from the page's `hx-headers` in `X-CSRFToken`, the same fields as the form), then POST "finish"
  (302) and GET the results.

An answer counts as accepted only on a 200 whose body is the question's fragment; anything else is a
failure. The counts of answers sent, accepted and failed, of 429s ("too many new visitors"), and of the
lessons each learner marked done (once each) go to the JSON file SOLIDAIRE_LOAD_COUNTS when locust quits;
the runner compares them with the rows the database gained. The plan
(URLs, answers, learners) is the JSON file named by SOLIDAIRE_LOAD_PLAN. Loopback only: the host must be
127.0.0.1 or localhost.
"""

import itertools
import json
import os
import re
from urllib.parse import urlencode, urlsplit

from locust import FastHttpUser, between, events, task

PLAN = json.loads(open(os.environ["SOLIDAIRE_LOAD_PLAN"]).read())  # noqa: SIM115 - read once at start
TOKEN = re.compile(r'"X-CSRFToken": "([A-Za-z0-9]+)"')
LEARNERS = itertools.count()
ANSWERS = {"sent": 0, "accepted": 0, "failed": 0, "refused_429": 0}  # to SOLIDAIRE_LOAD_COUNTS at the end
DONE_SENT, DONE_ACCEPTED = set(), set()  # (learner number, lesson URL): each lesson marked done once


@events.quitting.add_listener
def write_answer_counts(environment, **kwargs):
    if os.environ.get("SOLIDAIRE_LOAD_COUNTS"):
        with open(os.environ["SOLIDAIRE_LOAD_COUNTS"], "w") as counts:
            json.dump(
                {
                    **ANSWERS,
                    "lessons_done": len(DONE_ACCEPTED),
                    "lessons_done_cut_off": len(DONE_SENT - DONE_ACCEPTED),
                },
                counts,
            )


@events.test_start.add_listener
def loopback_only(environment, **kwargs):
    host = urlsplit(environment.host or "").hostname
    if host not in ("127.0.0.1", "localhost"):
        raise SystemExit(f"this scenario runs against loopback only, not {host!r}")


def steps_of(plan, language, offset):
    """The learner's requests in order, for one pass through the course from its step number `offset`:
    (kind, name, url, data)."""
    steps = plan["steps"][language]
    for step in steps[offset % len(steps) :] + steps[: offset % len(steps)]:
        if step["kind"] == "lesson":
            yield ("get", "lesson", step["url"], None)
            yield ("post", "lesson done", step["url"] + "complete/", {})
            continue
        yield ("get", "quiz page", step["url"], None)
        yield ("post", "quiz start", step["start"], {})
        yield ("get", "quiz page", step["url"], None)
        for answer_url, data in step["answers"]:
            yield ("answer", "answer (htmx)", answer_url, data)
        yield ("post", "quiz finish", step["finish"], {})
        yield ("get", "quiz results", step["url"], None)


class Learner(FastHttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.number = next(LEARNERS)
        learner = PLAN["learners"][self.number % len(PLAN["learners"])]
        self.language = learner["language"]
        self.token = ""  # from the first page
        origin = self.host.rstrip("/").replace("http://", "https://", 1)
        self.headers = {"X-Forwarded-Proto": "https", "Origin": origin}
        self.referer = origin + "/"
        self.plan = itertools.cycle(list(steps_of(PLAN, self.language, learner["offset"])))

    def cookies(self):
        """The Cookie header of the cookies the site has set so far. Production cookies are Secure: locust's
        cookie jar keeps them but sends none over loopback's plain HTTP, so they are sent by hand, as a
        browser sends them behind the TLS proxy."""
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.client.cookiejar)

    @task
    def next_step(self):
        kind, name, url, data = next(self.plan)
        headers = {**self.headers, "Referer": self.referer, "Cookie": self.cookies()}
        if kind == "get":
            with self.client.get(url, name=name, headers=headers, catch_response=True) as response:
                if response.status_code != 200:
                    response.failure(f"status {response.status_code} {response.error or ''}".strip())
                    return
                found = TOKEN.search(response.text or "")
                if found:
                    self.token = found.group(1)
                self.referer = self.headers["Origin"] + url
            return
        # Encoded here: a field the form sends several times (ticked choices) is a list in the plan.
        form = urlencode({**(data or {}), "csrfmiddlewaretoken": self.token}, doseq=True).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        if kind == "answer":
            headers.update({"HX-Request": "true", "X-CSRFToken": self.token, "HX-Current-URL": self.referer})
            ANSWERS["sent"] += 1
            with self.client.post(
                url, data=form, name=name, headers=headers, catch_response=True
            ) as response:
                if response.status_code != 200 or 'class="question"' not in (response.text or ""):
                    ANSWERS["failed"] += 1
                    response.failure(f"status {response.status_code} {response.error or ''}".strip())
                else:
                    ANSWERS["accepted"] += 1
            return
        marked = (self.number, url)
        if name == "lesson done":
            DONE_SENT.add(marked)
        with self.client.post(
            url, data=form, name=name, headers=headers, catch_response=True, allow_redirects=False
        ) as response:
            if response.status_code == 429:
                ANSWERS["refused_429"] += 1
            if response.status_code != 302:
                response.failure(f"status {response.status_code} {response.error or ''}".strip())
            elif name == "lesson done":
                DONE_ACCEPTED.add(marked)
