"""gunicorn's configuration: `gunicorn -c config/gunicorn.py config.wsgi` (docs/deployment.md).

Threaded workers (gthread): a request mostly waits for PostgreSQL, Redis or the object store, so a few
threads per process serve more at once than more processes would, for less memory. Every value can be
set from the environment:

    GUNICORN_BIND            where to listen (127.0.0.1:8000; the proxy in front terminates TLS)
    GUNICORN_WORKERS         processes (2 × CPUs + 1, at most 12)
    GUNICORN_THREADS         threads per process (4)
    GUNICORN_TIMEOUT         a worker silent for this many seconds is killed and replaced (30)
    GUNICORN_GRACEFUL_TIMEOUT  on restart or stop, how long requests in flight may finish (20)
    GUNICORN_KEEPALIVE       seconds a kept-alive connection from the proxy waits for a request (5)
    GUNICORN_MAX_REQUESTS    a worker is replaced after this many requests, ± 10 % (0: never, the default;
                             a replaced worker closes its kept-alive connections, and a POST sent on one
                             at that moment is lost: the 200-learner run lost one answer per ~5,000)
    GUNICORN_ACCESS_LOG      "-" for standard output, a file, or empty for none (the default)
    GUNICORN_CONTROL_SOCKET  a path for gunicorn's control socket (none by default)

The access log never holds an IP address (no %(h)s, no X-Forwarded-For) nor a user agent or a query
string: a visit to a union course can reveal union membership.
"""

import multiprocessing
import os


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


cpus = multiprocessing.cpu_count()

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
workers = env_int("GUNICORN_WORKERS", min(2 * cpus + 1, 12))
threads = env_int("GUNICORN_THREADS", 4)
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 20)
keepalive = env_int("GUNICORN_KEEPALIVE", 5)
max_requests = env_int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = max_requests // 10
# Enough waiting connections for a burst (200 learners arriving at once) while every thread is busy.
backlog = env_int("GUNICORN_BACKLOG", 2048)
# Import the application once, before forking: less memory, and a broken deployment fails at start.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true") == "true"
# The proxy in front says whether the visitor used HTTPS (settings.SECURE_PROXY_SSL_HEADER); gunicorn
# itself trusts its forwarded headers only from these addresses.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# gunicorn 27's control socket (gunicornc) is off unless asked for: its default path is shared by every
# instance of the same user, so two servers on one machine would fight over it.
control_socket_disable = os.environ.get("GUNICORN_CONTROL_SOCKET", "") == ""
if not control_socket_disable:
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "") or None
# Time, method, path (without the query string), status, bytes, duration in ms: nothing about the visitor.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
