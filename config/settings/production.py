"""Production: every secret comes from the environment; start-up fails if one is missing."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    """Return the environment variable `name`, or refuse to start without it."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} is required in production.")
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must name at least one host.")
DATABASES = {"default": waiting_sqlite(dj_database_url.parse(required_env("DATABASE_URL"), conn_max_age=600))}  # noqa: F405
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or f"https://{ALLOWED_HOSTS[0]}"

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true") == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The proxy's addresses, as gunicorn is told them: the bounds on new anonymous learners and on join-code
# guessing count the visitor's network that the proxy forwards (learning.client_network), never store it.
PROXY_ADDRESSES = [
    address.strip()
    for address in os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1").split(",")
    if address.strip()
]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# PostgreSQL connections are kept for 10 minutes and checked before each request reuses one, so a
# database restart costs the requests in flight, not every request after it (docs/deployment.md).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
KIT_BUILD_ATTEMPTS = int(os.environ.get("KIT_BUILD_ATTEMPTS", KIT_BUILD_ATTEMPTS))  # noqa: F405
KIT_BUILD_RETRY_SECONDS = float(os.environ.get("KIT_BUILD_RETRY_SECONDS", KIT_BUILD_RETRY_SECONDS))  # noqa: F405
KIT_BUILD_STALLED_SECONDS = float(os.environ.get("KIT_BUILD_STALLED_SECONDS", KIT_BUILD_STALLED_SECONDS))  # noqa: F405

# -- Cache and sessions: Redis, from REDIS_URL (docs/deployment.md, "Redis") ----------------------------
# "default": what pages share between visitors (learning.page_cache, whose keys carry the pages
# generation kept here), Wagtail's caches and the sessions' copies. It must be shared by every process of
# every app server: a change seen by one process only would leave the others serving an old or newly
# restricted page. With REDIS_URL it is Redis (a Redis that does not answer is a cache miss,
# IGNORE_EXCEPTIONS, never an error page); without, the database (a table of its own). Every key carries
# the release (config.release). "shared": the sign-in lockout counts and the count of new anonymous
# learners, in Redis with the database cache taking over while Redis is unreachable
# (config.caches.FailoverCache), so lockout still counts. Sessions: in the database, with Redis in front
# (cached_db): a Redis outage or restart signs no one out.
PAGE_DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "solidaire_page_cache",
    "KEY_PREFIX": RELEASE,  # noqa: F405
    "OPTIONS": {"MAX_ENTRIES": 20000},
}
CACHES = {"default": PAGE_DATABASE_CACHE, "shared": CACHES["shared"]}  # noqa: F405
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:

    def redis_cache(ignore_exceptions, prefix):
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": ignore_exceptions,
                # A Redis that is down or stuck answers within a quarter of a second, not after retries.
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.25")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                "CONNECTION_POOL_KWARGS": {"retry": None, "retry_on_error": []},
            },
        }

    CACHES = {
        "default": redis_cache(ignore_exceptions=True, prefix=f"solidaire:{RELEASE}"),  # noqa: F405
        "shared": {
            "BACKEND": "config.caches.FailoverCache",
            "OPTIONS": {"PRIMARY": "redis_shared", "FALLBACK": "database"},
        },
        "redis_shared": redis_cache(ignore_exceptions=False, prefix="solidaire-shared"),
        "database": CACHES["shared"],  # base's database cache, createcachetable's table
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "default"

# -- Media: S3-compatible object storage, from AWS_STORAGE_BUCKET_NAME (docs/deployment.md, "Media") ---
# One private bucket; nothing in it is public. Original images, documents and kits are read through the
# app after its permission checks (documents by Wagtail's serve view, kits by the kit download view).
# Image renditions (what pages show) go under renditions/, at AWS_S3_CUSTOM_DOMAIN if given (a path of
# the site's own host that the proxy forwards to the bucket's renditions/), else by presigned URLs.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME", "").strip() or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip() or None
    # MinIO, Garage and most self-hosted stores want path-style addresses; AWS takes either.
    AWS_S3_ADDRESSING_STYLE = os.environ.get(
        "AWS_S3_ADDRESSING_STYLE", "path" if AWS_S3_ENDPOINT_URL else "auto"
    )
    AWS_S3_SIGNATURE_VERSION = "s3v4"
    # A store that does not answer fails a request in seconds, not after botocore's 60 s and 5 tries.
    from botocore.config import Config

    AWS_S3_CLIENT_CONFIG = Config(
        s3={"addressing_style": AWS_S3_ADDRESSING_STYLE},
        signature_version=AWS_S3_SIGNATURE_VERSION,
        connect_timeout=float(os.environ.get("AWS_S3_CONNECT_TIMEOUT", "3")),
        read_timeout=float(os.environ.get("AWS_S3_READ_TIMEOUT", "20")),
        retries={"max_attempts": 3, "mode": "standard"},
    )
    AWS_DEFAULT_ACL = None  # objects inherit the bucket's (private) policy
    AWS_S3_FILE_OVERWRITE = False
    AWS_QUERYSTRING_AUTH = True
    AWS_QUERYSTRING_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "300"))
    AWS_S3_MAX_MEMORY_SIZE = 8 * 1024 * 1024  # a file read through the app spills to disk past 8 MB
    # The keys come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by django-storages itself.
    private_store = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"custom_domain": None}}
    STORAGES = {
        **STORAGES,  # noqa: F405 - static files stay with whitenoise
        "default": private_store,
        "toolkit_kits": private_store,
        "renditions": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "location": "renditions",
                "querystring_auth": AWS_S3_CUSTOM_DOMAIN is None,
                "querystring_expire": int(os.environ.get("AWS_RENDITIONS_EXPIRE", "86400")),
            },
        },
    }
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    if AWS_S3_CUSTOM_DOMAIN is None:  # pages show renditions from the store's own address
        from urllib.parse import urlsplit

        if AWS_S3_ENDPOINT_URL:
            parts = urlsplit(AWS_S3_ENDPOINT_URL)
            media_origin = f"{parts.scheme}://{parts.netloc}"
        else:
            media_origin = "https://*.amazonaws.com"
        CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] = [  # noqa: F405
            *CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],  # noqa: F405
            media_origin,
        ]

# Password-reset email (the only email Solidaire sends), through the SMTP server given in the environment.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true") == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"Solidaire <no-reply@{ALLOWED_HOSTS[0]}>")

# Errors go to the process's standard error (gunicorn, systemd's journal, the container's log): a 500's
# message names the request's path ("Internal Server Error: /fr/...") and its traceback follows. The format
# prints nothing else of the request: no IP address, no user agent, no query string (privacy: see
# docs/deployment.md). `django.request` logs only errors (5xx), not every 404; LOG_LEVEL can lower it.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr", "formatter": "plain"},
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": LOG_LEVEL, "propagate": False},
        "django.request": {"handlers": ["stderr"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": [], "propagate": False},  # runserver's access log: addresses
    },
}
