"""What the benchmarks share: a throwaway database with the demo in it, and the private servers the load
benchmarks run (PostgreSQL, Redis, gunicorn), each started in a temporary folder and stopped afterwards.

`use_throwaway_sqlite()` and `load_demo()` are for scripts that build the demo in their own process
(call the first before `django.setup()`); the rest starts and stops processes and imports nothing of
Django, so that a runner can prepare the environment its servers will read.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
PYTHON = str(BIN / "python") if (BIN / "python").exists() else sys.executable
PGBIN = Path(os.environ.get("PGBIN", "/usr/lib/postgresql/15/bin"))
if str(ROOT) not in sys.path:  # the project's packages, for scripts run as benchmarks/<name>.py
    sys.path.insert(0, str(ROOT))


def use_throwaway_sqlite(settings_module="config.settings.test"):
    """Point this process at a new SQLite file in a temporary folder (before django.setup()); its path."""
    database = Path(tempfile.mkdtemp(prefix="solidaire-bench-")) / "benchmark.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    return database


def load_demo():
    """Migrate the configured database, create the cache table and load the demo (quietly)."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    with open(os.devnull, "w") as quiet:
        call_command("load_demo_content", verbosity=0, stdout=quiet)


# -- processes ----------------------------------------------------------------------------------------


def free_port(preferred):
    """`preferred` if nothing listens on it on loopback, else a free port the system gives."""
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", preferred)) != 0:
            return preferred
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(command, env=None, **kwargs):
    """Run `command` (a list) to the end; raise with its output if it fails."""
    result = subprocess.run(command, env=env, capture_output=True, text=True, **kwargs)  # noqa: S603
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def as_postgres(command):
    """`command` (a shell command line) run as the postgres user when we are root (initdb refuses root)."""
    return ["su", "postgres", "-c", command] if os.geteuid() == 0 else ["sh", "-c", command]


@contextmanager
def private_postgres(port=5441):
    """A throwaway PostgreSQL cluster on loopback (fsync off), with a database `app`; yields its URL."""
    data = Path(tempfile.mkdtemp(prefix="solidaire-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    port = free_port(port)
    run(as_postgres(f"{PGBIN}/initdb -D {data} -U postgres -A trust --no-sync -E UTF8"))
    options = f"-p {port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    run(as_postgres(f"{PGBIN}/pg_ctl -D {data} -o '{options}' -l {data}/log -w start"))
    try:
        run(["psql", "-q", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-c", "CREATE DATABASE app"])
        yield f"postgres://postgres@127.0.0.1:{port}/app"
    finally:
        subprocess.run(  # noqa: S603
            as_postgres(f"{PGBIN}/pg_ctl -D {data} -m fast stop"), capture_output=True
        )
        shutil.rmtree(data, ignore_errors=True)


@contextmanager
def private_redis(port=6396):
    """A private redis-server on loopback (no persistence), if redis-server is installed; yields its URL
    (or None without redis-server)."""
    if shutil.which("redis-server") is None:
        yield None
        return
    port = free_port(port)
    folder = tempfile.mkdtemp(prefix="solidaire-redis-")
    pidfile = Path(folder) / "redis.pid"
    run(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--daemonize", "yes", "--pidfile", str(pidfile), "--dir", folder])  # fmt: skip
    try:
        for _ in range(50):
            if pidfile.exists():
                break
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        if pidfile.exists():
            os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)
        shutil.rmtree(folder, ignore_errors=True)


def wait_for(url, headers=None, timeout=60, process=None):
    """Wait until `url` answers (any HTTP status); raise if `process` dies or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server stopped (exit {process.returncode})")
        try:
            urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=5)  # noqa: S310
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


@contextmanager
def gunicorn(app, port, env, cwd, options=(), log=None):
    """gunicorn serving `app` (module:callable) on 127.0.0.1:`port` from `cwd`, with `env`; yields the
    master process. `options`: more command-line options (workers, threads, -c config)."""
    command = [str(BIN / "gunicorn"), app, "--bind", f"127.0.0.1:{port}", "--log-level", "warning", *options]
    output = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT)  # noqa: S603
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        if log:
            output.close()


def production_env(database_url, redis_url=None, **extra):
    """The environment of a production-settings process on loopback: plain HTTP is let through (the load
    generator also sends X-Forwarded-Proto: https, as a TLS proxy would)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "SECURE_SSL_REDIRECT": "false",
        "PYTHONPATH": str(ROOT),
        **extra,
    }
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def gunicorn_options(workers=None, threads=None):
    """The repository's gunicorn configuration if there is one (config/gunicorn.py), else `-w 4 --threads
    4 --keep-alive 5`; `workers` and `threads` override it. Keep-alive must outlast the learners' 3 s of
    thinking: with gunicorn's default of 2 s, the server closes an idle connection just as the client
    reuses it, and a POST sent on it is lost ("connection closed"; clients retry only GETs by themselves)."""
    options = []
    config = ROOT / "config" / "gunicorn.py"
    if config.exists():
        options += ["-c", str(config)]
    else:
        options += ["--keep-alive", "5"]
        if workers is None and threads is None:
            workers, threads = 4, 4
    if workers is not None:
        options += ["-w", str(workers)]
    if threads is not None:
        options += ["--threads", str(threads)]
    return options


def manage(*args, env):
    """Run `manage.py args` in a child process with `env`; its output."""
    return run([PYTHON, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT)


def stack_in_use():
    """What the configured settings use for the cache and sessions (in a Django-set-up process)."""
    from django.conf import settings

    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return f"cache {backend}, sessions {settings.SESSION_ENGINE.rsplit('.', 1)[-1]}"
