"""Every deployment docs/deployment.md describes sees a change on its next request (issue 19): real gunicorn
processes with config/gunicorn.py and the production settings, one deployment without Redis (one
server, two workers) and one of two servers sharing Redis and PostgreSQL.

The lesson is read through the servers until each process has it in its caches; then another process of
the same deployment (a `manage.py shell`, as an editor's request in another worker would) publishes new
text, and the servers must serve the new text 20 times in a row; then it restricts the lesson to signed-in
visitors, and the servers must answer 20 times in a row with the sign-in redirect."""

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.shortcuts import resolve_url
from django.utils import translation

from tests.services import service

ROOT = Path(__file__).resolve().parents[1]
READS = 20
NEW_TEXT = "Texte revu par le comité."

# The production settings, except static files: served without collectstatic's manifest.
SETTINGS = """
from config.settings.production import *  # noqa: F403
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
"""

PUBLISH = """
from learning.models import LessonPage
lesson = LessonPage.objects.get(pk={pk})
lesson.body = [{{"type": "paragraph", "value": "<p>{text}</p>"}}]
lesson.save_revision().publish()
"""

RESTRICT = """
from wagtail.models import PageViewRestriction
PageViewRestriction.objects.create(page_id={pk}, restriction_type=PageViewRestriction.LOGIN)
"""

pytestmark = pytest.mark.django_db(transaction=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def deployment_env(tmp_path, redis_url=None):
    (tmp_path / "deployment_settings.py").write_text(SETTINGS)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "deployment_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
        "SECRET_KEY": "deployment-test-secret-key-0123456789-abcdefghij",
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": database_url(),
        "SECURE_SSL_REDIRECT": "false",
        "SOLIDAIRE_RELEASE": f"deployment-test-{os.getpid()}-{time.monotonic_ns()}",  # keys of our own
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "2",
    }
    env.pop("REDIS_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


class Server:
    """A gunicorn server (config/gunicorn.py) of the deployment, on a port of its own."""

    def __init__(self, env):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"],
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def get(self, path):
        """(status, Location, body) of a GET with a new connection, as from the TLS proxy."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request("GET", path, headers={"Host": "localhost", "X-Forwarded-Proto": "https"})
            response = conn.getresponse()
            return response.status, response.getheader("Location", ""), response.read().decode()
        finally:
            conn.close()

    def wait_until_ready(self, path, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped: {self.process.stderr.read().decode()[-2000:]}")
            try:
                if self.get(path)[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer in time")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def in_another_process(env, code):
    """Run `code` in a process of the deployment (its settings, its database and caches)."""
    subprocess.run([sys.executable, "manage.py", "shell", "-c", code], env=env, cwd=ROOT, check=True)


def read_through(servers, path, times):
    return [servers[n % len(servers)].get(path) for n in range(times)]


def check_changes_reach_every_process(servers, env, lesson):
    path = lesson.url
    for server in servers:
        server.wait_until_ready(path)
    warm = read_through(servers, path, 2 * READS)  # every worker of every server has the lesson cached
    assert all(status == 200 and "Texte 1." in body for status, _location, body in warm)

    in_another_process(env, PUBLISH.format(pk=lesson.pk, text=NEW_TEXT))

    reads = read_through(servers, path, READS)
    assert [status for status, _location, _body in reads] == [200] * READS
    assert [NEW_TEXT in body for _status, _location, body in reads] == [True] * READS

    in_another_process(env, RESTRICT.format(pk=lesson.pk))

    reads = read_through(servers, path, READS)
    with translation.override("fr"):  # the lesson's language, whatever an earlier test left active
        sign_in = resolve_url(settings.LOGIN_URL)
    assert [(status, sign_in in location) for status, location, _body in reads] == [(302, True)] * READS


@pytest.fixture
def started():
    servers = []
    yield servers
    for server in servers:
        server.stop()


def test_one_server_with_two_workers_and_no_redis(tmp_path, course_tree, started):
    env = deployment_env(tmp_path)
    call_command("createcachetable", "solidaire_page_cache", verbosity=0)  # production's default cache
    started.append(Server(env))

    check_changes_reach_every_process(started, env, course_tree["lessons"][0])


def test_two_servers_sharing_redis_and_postgresql(tmp_path, course_tree, started):
    redis_url = service("TEST_REDIS_URL")
    if connection.vendor != "postgresql":
        pytest.skip("two servers share PostgreSQL: run with DATABASE_URL set to PostgreSQL")
    env = deployment_env(tmp_path, redis_url)
    started.extend([Server(env), Server(env)])

    check_changes_reach_every_process(started, env, course_tree["lessons"][0])
