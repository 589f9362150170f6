"""Demo content for the course "Le droit international du travail", as plain Python data.

The loader (``learning.demo.build``) turns these structures into snippets and pages: French first (the
source locale), then real wagtail-localize translations into English, Spanish and Haitian Creole.

Format
------
Every translatable text is a dict keyed by language code: ``{"fr": ..., "en": ..., "es": ..., "ht": ...}``.
Every piece of the demo is in the four languages today. A piece without a translation in a language would
stay an alias of the French page there, with a "not yet translated" notice.

Rich text values are HTML limited to ``<p>``, ``<ul>``/``<ol>``/``<li>``, ``<b>``, ``<i>`` and
``<a href="...">``. **Every language of one rich-text value has the same sequence of block elements** (same
number of ``<p>`` and ``<li>``, in the same order, and the same number of links in each): wagtail-localize
translates rich text block by block, and the loader pairs the blocks up one to one.

A lesson body is a list of ``(block_type, value)`` pairs:

- ``("heading", TEXT)``
- ``("paragraph", RICH)``
- ``("key_point", RICH)``
- ``("case_study", {"title": TEXT, "country": TEXT, "year": int or None, "story": RICH})``
- ``("testimony", {"quote": TEXT, "who": TEXT, "role": TEXT})``  (composite, illustrative voices only,
  and the ``role`` says so)
- ``("standard", "C087")``  a LabourStandard card, by code
- ``("discussion", {"question": TEXT, "guidance": TEXT})``
- ``("glossary", "tripartism")``  a GlossaryTerm card, by key

Files and the names each one defines
------------------------------------
- ``snippets.py``: ``THEMES``, ``STANDARDS``, ``GLOSSARY`` (four languages each).
- ``site.py``: ``HOME``, ``COURSE_INDEX``, ``ABOUT``, ``PRIVACY``, ``COURSE`` (four languages each).
- ``module_1_ilo.py``, ``module_2_fundamental.py``, ``module_3_supply_chains.py``,
  ``module_4_solidarity.py``, ``module_5_mechanisms.py``: ``MODULE`` each (four languages).

Shapes::

    THEMES = [{"key": "freedom-of-association", "name": TEXT, "description": TEXT}, ...]
    STANDARDS = [{"code": "C087", "title": TEXT, "year": 1948, "category": "fundamental",
                  "summary": TEXT, "url": "https://normlex..."}, ...]
    GLOSSARY = [{"key": "tripartism", "term": TEXT, "definition": TEXT}, ...]
    HOME = {"title": TEXT, "intro": RICH}
    COURSE_INDEX = {"title": TEXT, "slug": TEXT, "intro": RICH}
    ABOUT = {"title": TEXT, "slug": TEXT, "intro": TEXT, "body": RICH}
    PRIVACY = {"title": TEXT, "slug": TEXT, "intro": TEXT, "body": RICH}
    COURSE = {"title": TEXT, "slug": TEXT, "summary": TEXT, "objectives": [TEXT, ...], "audience": TEXT,
              "duration_minutes": int, "level": "beginner" | "intermediate" | "advanced",
              "themes": [theme keys], "standards": [codes]}
    MODULE = {"title": TEXT, "slug": TEXT, "intro": RICH,
              "lessons": [{"title": TEXT, "slug": TEXT, "summary": TEXT, "minutes": int,
                           "body": [(block_type, value), ...]}, ...]}

Theme keys: ``ilo-standards``, ``freedom-of-association``, ``forced-and-child-labour``,
``discrimination``, ``health-and-safety``, ``supply-chains``, ``solidarity``.

Glossary keys: ``tripartism``, ``convention``, ``recommendation``, ``protocol``, ``ratification``,
``collective-bargaining``, ``forced-labour``, ``child-labour``, ``sweatshop``, ``supply-chain``,
``subcontracting``, ``due-diligence``, ``responsible-purchasing``, ``global-union-federation``,
``framework-agreement``, ``national-contact-point``, ``informal-economy``.

Standard codes: ``C029``, ``P029``, ``C087``, ``C098``, ``C100``, ``C105``, ``C111``, ``C138``, ``C182``,
``C155``, ``C187`` (the ILO's fundamental instruments: ten conventions and one protocol).
"""
