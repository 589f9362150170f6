"""The site's search backend: Wagtail's database backend (SQLite FTS5, PostgreSQL full text search, or
the plain fallback, whichever the default database is), with the visitor's words cleaned first.

Every search goes through here: the public search page and the admin's page explorer, page chooser,
documents, images and snippets. Without the cleaning, a lone double quote, `a"b` or a NUL byte made
SQLite's FTS5 answer "unterminated string" or "syntax error" (modelsearch puts the words between double
quotes without doubling the ones inside), and a NUL byte made PostgreSQL refuse the query ("cannot
contain NUL bytes"): a 500 either way. Quotes and control characters are never part of a word the index
holds, so they become spaces; a query with no word left matches nothing.

French typography (issue 21): "Qu'est-ce que l'OIT ?" found nothing on either database, for two reasons.
On SQLite, " ?" (French puts a space, often a no-break one, before ? ! : ; and inside « ») made a word of
its own that FTS5 reads as an empty phrase, which no page holds, and every word must match: a word
without a letter or a digit is dropped. On PostgreSQL, "Qu'est" was looked for as the phrase qu-est, but
PostgreSQL indexes "Qu'est-ce" as qu, est-ce, est, ce (the hyphenated whole takes a position), so qu and
est are not next to each other: apostrophes (' ’ ‘ ʼ) become spaces, as both indexes already treat them.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "learning.search_backend"}}.
"""

import copy
import unicodedata

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

NOTHING = Not(MatchAll())  # what every database backend answers with no results


APOSTROPHES = "'\u2018\u2019\u02bc\uff07"  # ' ‘ ’ ʼ and the full-width one


def is_separator(char):
    """Whether `char` separates words for the search: a double quote, an apostrophe, or a control or format
    character (NUL, ESC, U+202E...)."""
    return char == '"' or char in APOSTROPHES or unicodedata.category(char).startswith("C")


def has_letter_or_digit(word):
    return any(unicodedata.category(char)[0] in "LN" for char in word)


def clean_words(text):
    """The words of `text` that hold a letter or a digit, split at spaces and separators, one space apart."""
    words = "".join(" " if is_separator(char) else char for char in text).split()
    return " ".join(word for word in words if has_letter_or_digit(word))


def clean_query(query):
    """A copy of the search query `query` with clean words, or None when no word is left."""
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        words = clean_words(query.query_string)
        if not words:
            return None
        cleaned = copy.copy(query)
        cleaned.query_string = words
        return cleaned
    if isinstance(query, (And, Or)):
        subqueries = [sub for sub in (clean_query(sub) for sub in query.subqueries) if sub is not None]
        return type(query)(subqueries) if subqueries else None
    if isinstance(query, (Not, Boost)):
        subquery = clean_query(query.subquery)
        if subquery is None:
            return None
        cleaned = copy.copy(query)
        cleaned.subquery = subquery
        return cleaned
    return query  # MatchAll, or a kind of query without words of its own


class CleanQueryMixin:
    """For a backend's query compiler: search for the cleaned query, or for nothing."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = clean_query(self.query) or NOTHING


def with_clean_queries(compiler_class):
    return type(f"Clean{compiler_class.__name__}", (CleanQueryMixin, compiler_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The database backend for the default database, whose compilers clean every query."""
    backend = database_backend(params)
    backend.query_compiler_class = with_clean_queries(backend.query_compiler_class)
    backend.autocomplete_query_compiler_class = with_clean_queries(backend.autocomplete_query_compiler_class)
    return backend
