"""The missions demo's content files (see `learning.demo.files` and docs/translating.md), in
``missions/demo/content``:

- ``fr/countries.yaml``: the country brief index (`index`) and the briefs (`briefs`, each with its
  `key`); PO files ``countries/index.po`` and ``countries/<key>.po``. A brief's `ratifications` (instrument
  `code` and `year`, none for "not ratified"), `normlex` address and `checked_on` date are the same in every
  language and have no PO entry;
- ``fr/course.yaml`` and ``fr/module-N.yaml``: the pre-departure course, in the shape of the learning app's
  ``site.yaml`` course and ``module-N.yaml``; PO files ``course.po``, ``module-N/module.po``,
  ``module-N/lesson-M.po``;
- ``fr/quiz-module-N.yaml``: the quiz closing module N (``quiz-module-N.po``);
- ``fr/<toolkit>.yaml``: the two facilitator toolkits, in the shape of pedagogy_tools' (``<toolkit>.po``).
"""

from pathlib import Path

from learning.demo.files import TARGET_LANGUAGES, module_units, read_yaml, unit_in_every_language
from pedagogy_tools.demo import files as toolkit_files

MISSIONS_CONTENT = Path(__file__).resolve().parent / "content"
MODULE_COUNT = 3
TOOLKIT_KEYS = ["send-off-meeting", "return-meeting"]


def countries(content_dir=MISSIONS_CONTENT, languages=TARGET_LANGUAGES):
    """{"index": the index page, "briefs": [brief, ...]}, each text a dict keyed by language."""
    french = read_yaml(content_dir, "countries")
    return {
        "index": unit_in_every_language(content_dir, "countries/index", french["index"], languages),
        "briefs": [
            unit_in_every_language(content_dir, brief_unit(brief), brief, languages)
            for brief in french["briefs"]
        ],
    }


def brief_unit(brief):
    return f"countries/{brief['key']}"


def course(content_dir=MISSIONS_CONTENT, languages=TARGET_LANGUAGES):
    return unit_in_every_language(content_dir, "course", read_yaml(content_dir, "course"), languages)


def course_module(number, content_dir=MISSIONS_CONTENT, languages=TARGET_LANGUAGES):
    """Module `number` of the pre-departure course, as `learning.demo.files.course_module` gives one."""
    module = read_yaml(content_dir, f"module-{number}")
    units = [
        unit_in_every_language(content_dir, unit, french, languages)
        for unit, french in module_units(number, module)
    ]
    return units[0] | {"lessons": units[1:]}


def quiz_unit(number):
    return f"quiz-module-{number}"


def quiz(number, content_dir=MISSIONS_CONTENT, languages=TARGET_LANGUAGES):
    """The quiz closing module `number`, as `quizzes.demo.files.quiz` gives one."""
    french = read_yaml(content_dir, quiz_unit(number))
    return unit_in_every_language(content_dir, quiz_unit(number), french, languages)


def toolkit(key, content_dir=MISSIONS_CONTENT):
    return toolkit_files.toolkit(key, content_dir)
