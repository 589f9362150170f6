"""The demo's content files: the French source as YAML, each translation as a PO file per page or snippet.

Layout, in each app's ``demo/content/`` folder::

    fr/<group>.yaml               the French source of a group of pages or snippets
    locale/<lang>/<unit>.po       one translation of one page or snippet (wagtail-localize's unit), as its
                                  "Download PO file" gives it: msgctxt is the segment's path, msgid the French

The builders read the YAML and import the PO files with wagtail-localize's own `Translation.import_po`.
`in_every_language` reads them back into the shape the demo was once written in (every text a dict keyed
by language, see `TEXT_FREE_KEYS`), for the tests that check the content without a database.
"""

from collections import defaultdict
from pathlib import Path

import polib
import yaml
from wagtail_localize.strings import StringValue, extract_strings, restore_strings

SOURCE_LANGUAGE = "fr"
TARGET_LANGUAGES = ["en", "es", "ht"]
LANGUAGES = [SOURCE_LANGUAGE, *TARGET_LANGUAGES]
LEARNING_CONTENT = Path(__file__).resolve().parent / "content"

# Keys whose values are never text to translate (names, codes, choices), and keys whose value is a list per
# language (a short answer's accepted answers: one PO entry each).
TEXT_FREE_KEYS = {
    "key",
    "code",
    "category",
    "url",
    "level",
    "method",
    "course",
    "quiz",
    "themes",
    "standards",
    "standard",
}
LIST_PER_LANGUAGE_KEYS = {"accepted_answers"}
REFERENCE_BLOCKS = {"standard", "glossary"}  # a lesson block whose value is a snippet's key or code


def read_yaml(content_dir, group):
    """The French source `fr/<group>.yaml` of `content_dir`."""
    with open(Path(content_dir) / SOURCE_LANGUAGE / f"{group}.yaml", encoding="utf-8") as file:
        return yaml.safe_load(file)


def po_path(content_dir, language, unit):
    return Path(content_dir) / "locale" / language / f"{unit}.po"


def read_po(content_dir, language, unit):
    """The PO file of `unit` in `language`, or None if the unit has no translation in that language."""
    path = po_path(content_dir, language, unit)
    return polib.pofile(str(path)) if path.exists() else None


class Catalogue:
    """A PO file's translations looked up by their French text. A French text found twice with different
    translations gives them in the file's order, which is the order of the source's segments."""

    def __init__(self, po):
        self.translations = defaultdict(list)
        for entry in po:
            if not entry.obsolete:
                self.translations[entry.msgid].append(entry.msgstr)
        self.used = defaultdict(int)

    def get(self, msgid):
        found = self.translations.get(msgid)
        if not found:
            return None
        if len(set(found)) == 1:
            return found[0]
        position = self.used[msgid]
        self.used[msgid] += 1
        return found[min(position, len(found) - 1)]

    def translate(self, text):
        """`text` (plain text or HTML, as the French source has it) in the catalogue's language."""
        if not text:
            return text
        plain = self.get(StringValue.from_plaintext(text).data)
        if plain is not None:
            return StringValue(plain).render_text()
        template, strings = extract_strings(text)
        translated = []
        for string, attrs in strings:
            found = self.get(string.data)
            if found is None:
                raise KeyError(f"no translation of {string.data!r}")
            translated.append((StringValue(found), attrs))
        return restore_strings(template, translated)


def in_every_language(french, catalogues, key=None):
    """`french` (a piece of a YAML source) with each text made a dict keyed by language, from `catalogues`
    ({language: Catalogue}); a lesson's or quiz's ``{type, value}`` blocks become ``(type, value)`` pairs."""
    if isinstance(french, dict) and set(french) == {"type", "value"}:
        kind, value = french["type"], french["value"]
        return (kind, value if kind in REFERENCE_BLOCKS else in_every_language(value, catalogues))
    if isinstance(french, dict):
        return {name: in_every_language(value, catalogues, name) for name, value in french.items()}
    if key in LIST_PER_LANGUAGE_KEYS:
        return {SOURCE_LANGUAGE: french} | {
            lang: [catalogue.translate(item) for item in french] for lang, catalogue in catalogues.items()
        }
    if isinstance(french, list):
        return [in_every_language(item, catalogues, key) for item in french]
    if isinstance(french, str) and key not in TEXT_FREE_KEYS:
        return {SOURCE_LANGUAGE: french} | {
            lang: catalogue.translate(french) for lang, catalogue in catalogues.items()
        }
    return french


def unit_in_every_language(content_dir, unit, french, languages=TARGET_LANGUAGES):
    """`french`, the source of the page or snippet `unit`, in each of `languages` its PO files give."""
    catalogues = {}
    for lang in languages:
        po = read_po(content_dir, lang, unit)
        if po is not None:
            catalogues[lang] = Catalogue(po)
    return in_every_language(french, catalogues)


# -- the learning app's groups ------------------------------------------------------------------------

MODULE_COUNT = 5
SITE_PAGES = {
    "home": "home",
    "course_index": "course-index",
    "about": "about",
    "privacy": "privacy",
    "course": "course",
}
SNIPPET_UNITS = {
    "themes": ("themes", "key"),
    "standards": ("standards", "code"),
    "glossary": ("glossary", "key"),
}


def module_units(number, module):
    """[(unit, French source)] of module `number`: the module page, then its lessons."""
    fields = {name: value for name, value in module.items() if name != "lessons"}
    return [(f"module-{number}/module", fields)] + [
        (f"module-{number}/lesson-{position}", lesson) for position, lesson in enumerate(module["lessons"], 1)
    ]


def snippet_unit(kind, item):
    folder, name_field = SNIPPET_UNITS[kind]
    return f"{folder}/{item[name_field]}"


def course_module(number, content_dir=LEARNING_CONTENT, languages=TARGET_LANGUAGES):
    """Module `number` as ``{"title": TEXT, "slug": TEXT, "intro": RICH, "lessons": [...]}``, each TEXT a
    dict keyed by language (French and `languages`)."""
    module = read_yaml(content_dir, f"module-{number}")
    units = [
        unit_in_every_language(content_dir, unit, french, languages)
        for unit, french in module_units(number, module)
    ]
    return units[0] | {"lessons": units[1:]}


def site(content_dir=LEARNING_CONTENT, languages=TARGET_LANGUAGES):
    """{"home", "course_index", "about", "privacy", "course"}, each in French and `languages`."""
    pages = read_yaml(content_dir, "site")
    return {
        name: unit_in_every_language(content_dir, unit, pages[name], languages)
        for name, unit in SITE_PAGES.items()
    }


def snippets(content_dir=LEARNING_CONTENT, languages=TARGET_LANGUAGES):
    """{"themes", "standards", "glossary"}: lists of snippets, each in French and `languages`."""
    groups = read_yaml(content_dir, "snippets")
    return {
        kind: [
            unit_in_every_language(content_dir, snippet_unit(kind, item), item, languages)
            for item in groups[kind]
        ]
        for kind in SNIPPET_UNITS
    }
