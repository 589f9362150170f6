"""The demo quizzes' content files (see `learning.demo.files`): ``fr/quiz-module-N.yaml`` and one PO file
per quiz and language, ``locale/<lang>/quiz-module-N.po``."""

from pathlib import Path

from learning.demo.files import MODULE_COUNT, TARGET_LANGUAGES, read_yaml, unit_in_every_language

QUIZZES_CONTENT = Path(__file__).resolve().parent / "content"
QUIZ_NUMBERS = range(1, MODULE_COUNT + 1)


def quiz_unit(number):
    return f"quiz-module-{number}"


def quiz(number, content_dir=QUIZZES_CONTENT, languages=TARGET_LANGUAGES):
    """The quiz closing module `number`: {"title", "slug", "intro", "pass_mark", "questions": [(type,
    value), ...]}, each text a dict keyed by language."""
    french = read_yaml(content_dir, quiz_unit(number))
    return unit_in_every_language(content_dir, quiz_unit(number), french, languages)


def quizzes(content_dir=QUIZZES_CONTENT):
    return [quiz(number, content_dir) for number in QUIZ_NUMBERS]
