"""config/gunicorn.py: workers and threads from the CPU count unless the environment says otherwise, and
an access log that never holds an IP address, a forwarded address, a user agent or a query string."""

import multiprocessing
import runpy
from pathlib import Path

import pytest
from gunicorn.config import Config

CONFIG = Path(__file__).resolve().parents[1] / "config" / "gunicorn.py"


def load(monkeypatch, **variables):
    for name in ("GUNICORN_WORKERS", "GUNICORN_THREADS", "GUNICORN_TIMEOUT", "GUNICORN_ACCESS_LOG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    values = runpy.run_path(str(CONFIG))
    config = Config()
    for name, value in values.items():
        if name in config.settings:
            config.set(name, value)  # gunicorn validates each value as it would from the file
    return config


def test_workers_and_threads_follow_the_cpus(monkeypatch):
    config = load(monkeypatch)

    assert config.workers == min(2 * multiprocessing.cpu_count() + 1, 12)
    assert config.threads == 4
    assert config.worker_class_str == "gthread"
    assert (config.timeout, config.graceful_timeout) == (30, 20)
    assert config.max_requests == 0  # never replaced by count: that drops kept-alive POSTs


def test_workers_may_be_replaced_after_a_number_of_requests(monkeypatch):
    config = load(monkeypatch, GUNICORN_MAX_REQUESTS="5000")

    assert (config.max_requests, config.max_requests_jitter) == (5000, 500)


def test_the_environment_overrides(monkeypatch):
    config = load(monkeypatch, GUNICORN_WORKERS="3", GUNICORN_THREADS="8", GUNICORN_TIMEOUT="60")

    assert (config.workers, config.threads, config.timeout) == (3, 8, 60)


@pytest.mark.parametrize("field", ["%(h)s", "%(a)s", "%(q)s", "%(r)s", "x-forwarded-for", "%(f)s"])
def test_the_access_log_holds_nothing_about_the_visitor(monkeypatch, field):
    config = load(monkeypatch, GUNICORN_ACCESS_LOG="-")

    assert config.accesslog == "-"
    assert field not in config.access_log_format.lower()


def test_no_access_log_unless_asked(monkeypatch):
    assert load(monkeypatch).accesslog is None
