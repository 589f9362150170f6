"""Demo quizzes, one per module of the demo course, as plain Python data (see learning.demo.content for
the TEXT and RICH conventions: dicts keyed by language; every language of a RICH value has the same
sequence of <p>/<li>/<a> elements).

Each file ``quiz_module_N.py`` defines ``QUIZ``::

    QUIZ = {
        "title": TEXT, "slug": TEXT, "intro": RICH, "pass_mark": 70,
        "questions": [(question_type, value), ...],   # at least 6, mixing the types
    }

Question values (every question has "prompt": TEXT and "explanation": RICH, and may have
"standard": "C087", a code from learning.demo.content). The other fields are named as in the type's
block (quizzes/blocks.py), any text or list of texts being a dict keyed by language: quizzes.demo.build
reads them by the block's fields, whatever the type.

- ``("single_choice", {"prompt", "choices": [{"text": TEXT, "correct": bool, "feedback": TEXT}, ...],
  "explanation", "standard"?})``  exactly one choice correct, 3 or 4 choices
- ``("multiple_choice", {same as single_choice})``  "select all that apply": two or more correct
- ``("true_false", {"prompt", "answer": True | False, "explanation", "standard"?})``
- ``("short_answer", {"prompt", "accepted_answers": {"fr": [str, ...], "en": [str, ...], ...}, "explanation"})``
  accepted answers are compared without regard to case, accents or surrounding spaces; **the same number
  of accepted answers in every language** (repeat a variant if needed)
- ``("ordering", {"prompt", "steps": [TEXT, ...], "explanation"})``  steps in the correct order (3 to 5)

Every quiz is in fr, en, es and ht, with the same choices in the same order in every language.
"""
