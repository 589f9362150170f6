"""Download my data: everything stored about a signed-in learner, as JSON (machine-readable, its keys
documented in docs/privacy-export.md) and as a readable, printable page in the learner's language.

The rows come from learning.privacy.learner_data (and the apps that add their sections to it, quizzes'
attempts). Beside each translation key this adds the title of the page it names (lesson, course, quiz)
in the learner's language, or in the course's source language when the page is not translated, or
null when the page no longer exists or is not published.
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page

from learning.privacy import account_data, learner_data

FORMAT = "solidaire-my-data/2"
# Which key of a row holds a translation key, and which key gets its page's title.
TITLED_KEYS = {"lesson_key": "lesson_title", "course_key": "course_title", "quiz_key": "quiz_title"}
MOMENTS = {"exported_at", "date_joined", "last_login"}


def my_data(user, learner, language_code):
    """Everything stored about `user` and their `learner` (None if they never did anything worth keeping),
    with titles in `language_code`."""
    data = {
        "format": FORMAT,
        "exported_at": timezone.now().isoformat(),
        "language": language_code,
        "account": {
            "username": user.username,
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        **(learner_data(learner) if learner is not None else {"learner": None}),
        **account_data(user),
    }
    add_titles(data, language_code)
    return data


def rows_with_keys(data):
    """Every dict in `data` (nested lists and dicts included)."""
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from rows_with_keys(value)
    elif isinstance(data, list):
        for value in data:
            yield from rows_with_keys(value)


def add_titles(data, language_code):
    """Put "<kind>_title" beside each "<kind>_key" of `data`, in one query for all the titles."""
    rows = [row for row in rows_with_keys(data) if any(key in row for key in TITLED_KEYS)]
    keys = {row[key] for row in rows for key in TITLED_KEYS if row.get(key)}
    found = titles(keys, language_code)
    for row in rows:
        for key, title_key in TITLED_KEYS.items():
            if key in row:
                row_items = list(row.items())
                position = [name for name, _value in row_items].index(key) + 1
                row_items.insert(position, (title_key, found.get(row[key]) if row[key] else None))
                row.clear()
                row.update(row_items)  # the title right after its key, for people reading the JSON


def titles(keys, language_code):
    """{translation key (str): title} of the live pages with those keys: in `language_code` where
    translated, else in the default (source) language, else in any language."""
    if not keys:
        return {}
    locale = Locale.objects.filter(language_code=language_code).first()
    default = Locale.get_default()
    rank = {locale.pk if locale else None: 0, default.pk: 1}
    best = {}
    pages = (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .values_list("translation_key", "locale_id", "title")
    )
    for key, locale_id, title in pages:
        key, order = str(key), rank.get(locale_id, 2)
        if key not in best or order < best[key][0]:
            best[key] = (order, title)
    return {key: title for key, (_order, title) in best.items()}


def readable(data):
    """`data` for the page: ISO dates as datetimes (the template formats them in the learner's
    language), everything else unchanged."""
    if isinstance(data, dict):
        return {key: moment(value) if is_moment(key) else readable(value) for key, value in data.items()}
    if isinstance(data, list):
        return [readable(value) for value in data]
    return data


def is_moment(key):
    return key in MOMENTS or key.endswith("_at")


def moment(value):
    return datetime.datetime.fromisoformat(value) if isinstance(value, str) else value
