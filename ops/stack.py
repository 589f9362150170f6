"""The production stack on loopback, for the two-server check and the fault scripts (ops/faults/).

Starts, each on its own port, in a throwaway directory: PostgreSQL, Redis, an S3-compatible server
(moto's server mode: for tests only; the application itself only speaks S3), N gunicorn servers with
config/gunicorn.py and config.settings.production, and `manage.py db_worker` processes. It migrates the
database and loads the demo content with its accounts. Everything it starts it stops, by process id.

    with Stack() as stack:
        stack.start_services(); stack.prepare_site()
        a = stack.start_server("a"); worker = stack.start_worker()
        client = stack.client(a)

Ports (environment, defaults): STACK_PG_PORT 5440, STACK_REDIS_PORT 6395, STACK_S3_PORT 9015,
STACK_APP_PORT 8101 (the next servers take the next ports). The Python of this process runs everything;
PostgreSQL's programs are found in /usr/lib/postgresql/*/bin.
"""

import contextlib
import glob
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
BUCKET = "solidaire-media"
HTMX = {"HX-Request": "true"}
PASSWORD = "solidaire-demo"  # noqa: S105 - the demo accounts' public password (learning/demo/accounts.py)


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def port_open(port, host="127.0.0.1"):
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex((host, port)) == 0


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise RuntimeError(f"timed out waiting for {what}")


def pg_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (/usr/lib/postgresql/*/bin)")
    return Path(found[-1])


class Stack:
    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="solidaire-stack-"))
        self.pg_port = int(os.environ.get("STACK_PG_PORT", "5440"))
        self.redis_port = int(os.environ.get("STACK_REDIS_PORT", "6395"))
        self.s3_port = int(os.environ.get("STACK_S3_PORT", "9015"))
        self.next_app_port = int(os.environ.get("STACK_APP_PORT", "8101"))
        self.pgdata = self.dir / "pgdata"
        self.processes = {}  # name -> Popen
        self.extra_env = {}
        self.as_postgres = os.geteuid() == 0  # initdb refuses to run as root

    # -- environment --------------------------------------------------------------------------------

    @property
    def database_url(self):
        return f"postgres://app:app@127.0.0.1:{self.pg_port}/app"

    @property
    def s3_url(self):
        return f"http://127.0.0.1:{self.s3_port}"

    def env(self, **extra):
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": os.environ.get("HOME", str(ROOT)),
            "LANG": "C.UTF-8",
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "stack-only-secret-key-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": self.s3_url,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "stack-key",
            "AWS_SECRET_ACCESS_KEY": "stack-secret",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            **self.extra_env,
            **extra,
        }
        return env

    def manage(self, *arguments, check=True, **extra):
        result = subprocess.run(  # noqa: S603 - our interpreter, our manage.py
            [PYTHON, "manage.py", *arguments],
            cwd=ROOT,
            env=self.env(**extra),
            capture_output=True,
            text=True,
            check=False,
        )
        if check and result.returncode:
            raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def django_json(self, code):
        """Run `code` (which must print JSON) in a production-settings shell; return what it printed."""
        out = self.manage("shell", "-c", code).stdout.strip().splitlines()
        return json.loads(out[-1])

    # -- processes ----------------------------------------------------------------------------------

    def spawn(self, name, command, env=None, **kwargs):
        logfile = open(self.dir / f"{name}.log", "ab")  # noqa: SIM115 - kept open while it runs
        process = subprocess.Popen(  # noqa: S603 - fixed commands
            command,
            cwd=ROOT,
            env=env or self.env(),
            stdout=logfile,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            **kwargs,
        )
        self.processes[name] = process
        return process

    def stop(self, name, sig=signal.SIGTERM, timeout=15):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)

    def kill(self, name):
        """SIGKILL: the process dies at once, as in a crash or an out-of-memory kill."""
        self.stop(name, sig=signal.SIGKILL)

    def log_of(self, name):
        path = self.dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- PostgreSQL -----------------------------------------------------------------------------------

    def pg(self, *arguments):
        command = [str(pg_bin() / arguments[0]), *arguments[1:]]
        if self.as_postgres:
            command = ["su", "postgres", "-c", " ".join(f"'{part}'" for part in command)]
        subprocess.run(command, check=True, capture_output=True)  # noqa: S603

    def start_postgres(self):
        if not self.pgdata.exists():
            self.pgdata.mkdir()
            if self.as_postgres:
                shutil.chown(self.dir, "postgres")
                shutil.chown(self.pgdata, "postgres")
            self.pg(
                "initdb", "-D", str(self.pgdata), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"
            )
            created = True
        else:
            created = False
        options = (
            f"-p {self.pg_port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
        )
        self.pg(
            "pg_ctl", "-D", str(self.pgdata), "-o", options, "-l", str(self.pgdata / "log"), "-w", "start"
        )
        if created:
            psql = [
                str(pg_bin() / "psql"),
                "-q",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.pg_port),
                "-U",
                "postgres",
            ]
            subprocess.run(  # noqa: S603
                [*psql, "-c", "CREATE ROLE app LOGIN PASSWORD 'app'", "-c", "CREATE DATABASE app OWNER app"],
                check=True,
                capture_output=True,
            )
        log(f"PostgreSQL on {self.pg_port}")

    def stop_postgres(self, mode="fast"):
        if (self.pgdata / "postmaster.pid").exists():
            self.pg("pg_ctl", "-D", str(self.pgdata), "-m", mode, "-w", "stop")

    # -- Redis, S3 ------------------------------------------------------------------------------------

    def start_redis(self):
        redis_server = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.spawn(
            "redis",
            [
                redis_server,
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
        )
        wait_for(lambda: port_open(self.redis_port), 10, "Redis")
        log(f"Redis on {self.redis_port}")

    def stop_redis(self):
        self.stop("redis")
        wait_for(lambda: not port_open(self.redis_port), 10, "Redis to stop")

    def start_s3(self):
        self.spawn("s3", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(self.s3_port)])
        wait_for(lambda: port_open(self.s3_port), 30, "the S3 server")
        import boto3

        boto3.client(
            "s3",
            endpoint_url=self.s3_url,
            region_name="us-east-1",
            aws_access_key_id="stack-key",
            aws_secret_access_key="stack-secret",  # noqa: S106 - the test server's
        ).create_bucket(Bucket=BUCKET)
        log(f"S3 (moto_server) on {self.s3_port}, bucket {BUCKET}")

    def s3_client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.s3_url,
            region_name="us-east-1",
            aws_access_key_id="stack-key",
            aws_secret_access_key="stack-secret",  # noqa: S106
        )

    def start_services(self):
        self.start_postgres()
        self.start_redis()
        self.start_s3()

    def prepare_site(self):
        started = time.monotonic()
        self.manage("migrate", "--no-input", "-v0")
        self.manage("createcachetable")
        log(f"migrated in {time.monotonic() - started:.0f} s")
        self.manage("collectstatic", "--no-input", "-v0")
        self.manage("load_demo_content", "--accounts", "-v0")
        log(f"static files collected and demo loaded in {time.monotonic() - started:.0f} s")

    # -- the application ------------------------------------------------------------------------------

    def start_server(self, name, workers=2, threads=2, **extra):
        port = self.next_app_port
        self.next_app_port += 1
        env = self.env(GUNICORN_WORKERS=str(workers), GUNICORN_THREADS=str(threads), **extra)
        command = [
            PYTHON,
            "-m",
            "gunicorn",
            "-c",
            "config/gunicorn.py",
            "--bind",
            f"127.0.0.1:{port}",
            "config.wsgi",
        ]
        self.spawn(f"server-{name}", command, env=env)
        url = f"http://127.0.0.1:{port}"
        wait_for(lambda: port_open(port), 60, f"server {name}")
        log(f"server {name} at {url}")
        return url

    def start_worker(self, name="worker", **extra):
        command = [PYTHON, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay", "-v", "1"]
        self.spawn(name, command, env=self.env(**extra))
        log(f"{name} started")
        return name

    def client(self, base_url):
        return Client(base_url)

    # -- lifetime -------------------------------------------------------------------------------------

    def close(self):
        for name in list(self.processes):
            self.stop(name)
        with contextlib.suppress(Exception):
            self.stop_postgres("immediate")
        if os.environ.get("STACK_KEEP"):
            log(f"kept {self.dir}")
        else:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is not None:
            for name in self.processes:
                tail = self.log_of(name)[-3000:]
                print(f"----- log of {name} (end) -----\n{tail}", file=sys.stderr)
        self.close()


SITE_FACTS = """
import json
from accounts.models import User
from pedagogy_tools.models import ToolkitPage
from quizzes.models import QuizPage
quiz = QuizPage.objects.live().filter(locale__language_code="fr").order_by("path").first()
toolkits = ToolkitPage.objects.live().filter(locale__language_code="fr", alias_of=None)
toolkit = toolkits.order_by("path").first()
questions = [
    {**raw, "sample_answer": question.block.sample_answer(question.value)}
    for raw, question in zip(quiz.questions.raw_data, quiz.questions)
]
print(json.dumps({
    "quiz": {"id": quiz.pk, "url": quiz.url, "title": quiz.title, "questions": questions},
    "toolkit": {"id": toolkit.pk, "url": toolkit.url},
}))
"""


def deployed(stack):
    """Start the services, migrate, load the demo, start servers A and B and a worker; return the site's
    facts: {"quiz": {...}, "toolkit": {...}, "a": url, "b": url}."""
    stack.start_services()
    stack.prepare_site()
    site = stack.django_json(SITE_FACTS)
    site["a"] = stack.start_server("a")
    site["b"] = stack.start_server("b")
    stack.start_worker()
    return site


def run_alone(run, failed):
    """Run one check (`run(stack, site)`) on a stack of its own; the exit status (1 after an AssertionError,
    printed after `failed`)."""
    try:
        with Stack() as stack:
            run(stack, deployed(stack))
    except AssertionError as failure:
        print(f"{failed}: {failure}", file=sys.stderr)
        return 1
    return 0


def check(condition, what):
    """Log `what` if `condition` holds, else fail with it."""
    if not condition:
        raise AssertionError(what)
    log(f"ok: {what}")


def valid_answer(block):
    """Form data that answers a question of the site's facts (SITE_FACTS) rightly: the sample answer its
    question block made in the Django process (quizzes.blocks, `sample_answer`)."""
    return block["sample_answer"]


class Client:
    """A browser of sorts, over plain HTTP to one server: it says the proxy in front spoke HTTPS
    (X-Forwarded-Proto), keeps its cookies itself (the site's are Secure, which requests would not
    send over http) and sends the Origin a browser would, for CSRF. `switch(url)` moves it, cookies and
    all, to another server: the same visitor hitting another app server behind the load balancer."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}
        self.http = requests.Session()

    def switch(self, base_url):
        self.base_url = base_url
        return self

    def request(self, method, path, data=None, headers=None, follow=False, timeout=30):
        url = path if path.startswith("http") else self.base_url + path
        all_headers = {"X-Forwarded-Proto": "https", "Accept-Language": "fr"}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if method == "POST":
            host = re.match(r"https?://([^/]+)", url).group(1)
            all_headers["Origin"] = f"https://{host}"
            data = {**(data or {}), "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
        all_headers.update(headers or {})
        response = self.http.request(
            method, url, data=data, headers=all_headers, allow_redirects=False, timeout=timeout
        )
        for cookie in response.cookies:
            if cookie.value == "" or (cookie.expires is not None and cookie.expires < time.time()):
                self.cookies.pop(cookie.name, None)
            else:
                self.cookies[cookie.name] = cookie.value
        if (
            follow
            and response.status_code in (301, 302, 303)
            and response.headers["Location"].startswith("/")
        ):
            return self.request("GET", response.headers["Location"], follow=True, timeout=timeout)
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data=None, **kwargs):
        return self.request("POST", path, data=data, **kwargs)

    def sign_in(self, username, password=PASSWORD, language="fr"):
        login = f"/{language}/accounts/login/"
        self.get(login)
        response = self.post(login, {"username": username, "password": password})
        return response
