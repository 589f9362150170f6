"""Settings shared by every environment. Environment files import from here and override."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from config.release import release

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# Django has no entry for Haitian Creole; Wagtail, wagtail-localize and the language switcher need one.
LANG_INFO.setdefault(
    "ht",
    {"bidi": False, "code": "ht", "name": "Haitian Creole", "name_local": "Kreyòl ayisyen"},
)

INSTALLED_APPS = [
    "accounts",
    "learning",
    "quizzes",
    "pedagogy_tools",
    "circles",
    "offline",
    "campaigns",
    "missions",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_htmx",
    "axes",
    "csp",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Wagtail's admin says "25 seconds ago" with humanize's `naturaltime`: installed, its catalogue gives
    # the words in the editor's language (issue 21, item 12).
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    # A phone's idle poll in a live session: a 304 from the cache, before the session and what follows.
    "quizzes.live.polling.IdlePhonePollMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "learning.middleware.PrivateResponseMiddleware",
    "learning.middleware.AdminPrimaryKeyMiddleware",
    "learning.middleware.FacilitatorAdminMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    "learning.middleware.NulCharacterMiddleware",
    "learning.middleware.MethodNotAllowedPageMiddleware",
]
# An expired form or a refused CSRF cookie: the site's page in the visitor's language (403_csrf.html).
CSRF_FAILURE_VIEW = "learning.views.csrf_failure"

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"


def waiting_sqlite(database):
    """`database` (a DATABASES entry), made to wait for SQLite's write lock instead of failing.

    SQLite allows one writer at a time. A deferred transaction that reads, then writes, cannot wait for
    another writer ("database is locked" at once, whatever the timeout); an IMMEDIATE one takes the
    write lock when it begins, so simultaneous writers queue for up to `timeout` seconds. Other engines
    are left as they are."""
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
    return database


DATABASES = {
    "default": waiting_sqlite(
        dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL  # restricted pages ask for the site's own sign-in
LOGIN_REDIRECT_URL = "my_learning"
LOGOUT_REDIRECT_URL = "/"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Languages: French is the source locale; every interface string exists in all four.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("es", "Español"),
    ("ht", "Kreyòl ayisyen"),
]
# The admin names content languages in the admin's language ("Publier en anglais", "Anglais" on a page's
# locale badge), not in their own: a French editor otherwise reads "Publier dansEnglish" (upstream's
# translation, mended in locale/*/LC_MESSAGES/djangojs.po). The public site names each in its own language
# (LANGUAGES, LANG_INFO's name_local).
WAGTAIL_CONTENT_LANGUAGES = [
    ("fr", _("French")),
    ("en", _("English")),
    ("es", _("Spanish")),
    ("ht", _("Haitian Creole")),
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Montreal"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"

SESSION_ENGINE = "django.contrib.sessions.backends.db"
# "default" holds what pages share between visitors (learning.page_cache) and Wagtail's own caches, every
# key prefixed with the release (config.release), so that a deploy never reads an older release's pickles:
# here the process's memory (development and tests run one process). Production replaces it with a cache
# every process shares (config.settings.production). "shared" lives in the database so that every app
# server sees it (sign-in lockouts); `manage.py createcachetable` creates the database caches' tables.
RELEASE = release()
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "KEY_PREFIX": RELEASE},
    "shared": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "solidaire_cache"},
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Content-Security-Policy for the public site: our own scripts and styles only (no inline script, no
# eval; htmx is configured for that in base.html). Videos load from two hosts, and only on a click.
# The Wagtail admin uses inline scripts and is served without this header.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],  # the service worker (offline), from our own origin
        "manifest-src": ["'self'"],  # the web app manifest (offline)
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Failed sign-ins: after 5 failures a username is locked for 15 minutes. Counted in the cache, keyed by
# username only: no IP address or user agent is ever read or stored.
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CACHE = "shared"
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
# Attempts made while a username is locked, even with the right password, neither count nor extend the
# lock: it ends 15 minutes after the failure that set it, as the lock page says, and an attacker cannot
# keep it on with one request every 15 minutes.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "accounts.security.no_client_ip"
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True
# axes.W006 recommends locking by IP address too; by design Solidaire stores no IP address (trade-union
# membership is sensitive data; the one use of an address, learning.new_visitors, keeps a keyed hash of
# its network in the cache for minutes), so it locks by username only.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

WAGTAIL_SITE_NAME = "Solidaire"
WAGTAILIMAGES_IMAGE_MODEL = "learning.CustomImage"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail's database backend, with the visitor's words cleaned of quotes and control characters first.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "learning.search_backend"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Every document goes through Wagtail's serve view (and its before_serve_document hooks), never straight
# to a media URL: toolkit attachments are for facilitators only (pedagogy_tools.wagtail_hooks).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Translation pages stay in step with the French source tree (aliases until translated).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

# Background work runs in the request unless an environment asks for the database queue.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Kit builds (pedagogy_tools.kit_building): a failed build is tried again by itself after this many
# seconds, up to this many attempts in all (with a queue that can wait: the database queue); a build with
# no news for this many seconds is taken as abandoned (its worker died) and queued again.
KIT_BUILD_ATTEMPTS = 3
KIT_BUILD_RETRY_SECONDS = 15
KIT_BUILD_STALLED_SECONDS = 180

# `manage.py load_demo_content` runs these, in order: each returns how many objects it created.
DEMO_CONTENT_BUILDERS = [
    "missions.demo.build.build_briefs",  # first: the course's lessons link to the country briefs
    "learning.demo.build.build",
    "quizzes.demo.build.build",
    "pedagogy_tools.demo.build.build",
    "campaigns.demo.build.build",
    "missions.demo.build.build",
]

# Anonymous visitors' progress is deleted after this many days without activity
# (`manage.py purge_inactive_learners`, to run daily).
ANONYMOUS_LEARNER_RETENTION_DAYS = 180
# New anonymous learners are counted per client network (learning.new_visitors), never site-wide: at most
# this many per network in a window of this many minutes. A room of 300 behind one address fits three
# times over; a client that drops its cookies makes at most this many rows a window, and what it made by
# one action only is forgotten after ONE_ACTION_LEARNER_RETENTION_HOURS (`purge_inactive_learners`).
NEW_ANONYMOUS_LEARNERS_PER_NETWORK = 1000
NEW_ANONYMOUS_LEARNERS_WINDOW_MINUTES = 10
ONE_ACTION_LEARNER_RETENTION_HOURS = 24
# The reverse proxies in front of the app (addresses or networks, "*" for any): the visitor's address is
# then the last one of X-Forwarded-For that is not theirs (learning.client_network). Never stored.
PROXY_ADDRESSES = ["127.0.0.1", "::1"]

LEARNING_LEVELS = [
    ("beginner", _("Beginner")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
]

# Live workshops (quizzes.live): at most this many participants per session; their nicknames and answers
# are deleted after this many days, leaving the counts (`manage.py purge_live_sessions`, to run daily).
LIVE_SESSION_MAX_PARTICIPANTS = 300
LIVE_SESSION_RETENTION_DAYS = 30

# Study circles (circles): members a circle holds at most, unless its facilitator sets fewer; days after a
# circle is archived before its posts and member list are deleted (counts stay).
CIRCLE_MAX_MEMBERS = 50
CIRCLE_RETENTION_DAYS = 180
# Join codes are slowed down per sending address (quizzes.live.guessing): this many WRONG codes a minute,
# then 429 until the minute ends. Right codes never count: 300 phones behind one Wi-Fi address all join.
LIVE_WRONG_CODES_PER_MINUTE = 100

# Actions stored on a phone offline (offline.sync): at most this many in one sync request (413 beyond;
# the phone sends its queue in chunks); a carried-out action's key, outcome and answer are kept this many
# days, so that a phone sending it again gets its first outcome (`manage.py purge_offline_actions`, daily).
OFFLINE_SYNC_MAX_ACTIONS = 100
OFFLINE_ACTION_RETENTION_DAYS = 30
