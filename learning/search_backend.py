"""The site's search backend: Wagtail's database backend (SQLite FTS5, PostgreSQL full text search, or
the plain fallback, whichever the default database is), with the visitor's words cleaned first.

Every search goes through here: the public search page and the admin's page explorer, page chooser,
documents, images and snippets. Without the cleaning, a lone double quote, `a"b` or a NUL byte made
SQLite's FTS5 answer "unterminated string" or "syntax error" (modelsearch puts the words between double
quotes without doubling the ones inside), and a NUL byte made PostgreSQL refuse the query ("cannot
contain NUL bytes"): a 500 either way. Quotes and control characters are never part of a word the index
holds, so they become spaces; a query with no word left matches nothing.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "learning.search_backend"}}.
"""

import copy
import unicodedata

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

NOTHING = Not(MatchAll())  # what every database backend answers with no results


def clean_words(text):
    """`text` with double quotes and control or format characters (NUL, ESC, U+202E...) as spaces."""
    return "".join(
        " " if char == '"' or unicodedata.category(char).startswith("C") else char for char in text
    )


def clean_query(query):
    """A copy of the search query `query` with clean words, or None when no word is left."""
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        words = " ".join(clean_words(query.query_string).split())
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
