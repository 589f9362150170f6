"""Demo toolkits, as plain Python data (same TEXT and RICH conventions as ``learning.demo.content``: dicts
keyed by language; every language of a RICH value has the same sequence of <p>/<li>/<a> elements, and
every list has the same length in each language).

``index.py`` defines ``INDEX = {"title": TEXT, "slug": TEXT, "intro": RICH}``. Each other module
defines ``TOOLKIT``::

    TOOLKIT = {
        "key": "sweatshops",                       # names the demo objects (translation keys, block ids)
        "title": TEXT, "slug": TEXT, "summary": TEXT, "audience": TEXT,
        "group_size": (smallest, largest),
        "objectives": [TEXT, ...],
        "materials": RICH, "preparation": RICH,
        "agenda": [{"title": TEXT, "minutes": int, "method": one of pedagogy_tools.blocks.METHODS,
                    "instructions": RICH, "notes": RICH, "materials": [TEXT, ...],
                    "handout": RICH}, ...],  # "notes" and "handout" may be empty: {"fr": "", "en": "", ...}
        "discussion": [{"question": TEXT, "guidance": TEXT}, ...],
        "attachments": [{"key": str, "file_name": TEXT, "title": TEXT, "description": TEXT,
                         "body": HTML per language}, ...],   # made into a one-page PDF at build time
        "course": "course:ilo/module:3",            # demo names of the learning and quizzes builders
        "quiz": "course:ilo/module:3/quiz",
    }

Both toolkits are in the four languages (fr, en, es, ht): every text has the four keys, so the builder
makes a real wagtail-localize translation of each toolkit, and of each attachment's PDF, in every
language. A toolkit missing a language would stay an alias of the French page there.
Facts come from the demo course's lessons (each toolkit's docstring names any other source); there
are no statistics beyond those.
"""
