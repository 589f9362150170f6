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
                    "handout": RICH}, ...],  # "notes" and "handout" may be {"fr": "", "en": ""}
        "discussion": [{"question": TEXT, "guidance": TEXT}, ...],
        "attachments": [{"key": str, "file_name": TEXT, "title": TEXT, "description": TEXT,
                         "body": HTML per language}, ...],   # made into a one-page PDF at build time
        "course": "course:ilo/module:3",            # demo names of the learning and quizzes builders
        "quiz": "course:ilo/module:3/quiz",
    }

Both toolkits are in French and English; Spanish and Haitian Creole get aliases of the French pages.
Facts come from ``shared/context/labour-law-facts.md`` and the demo course's lessons; there are no
statistics beyond those.
"""
