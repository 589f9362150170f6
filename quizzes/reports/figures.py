"""Item analysis of a quiz over its finished attempts, aggregated in the database.

For each question, and for each language it was read in (Answer.language), over the answers of finished
attempts:

- facility: the share of right answers, c / n;
- discrimination: the point-biserial correlation between the item score y (1 right, 0 wrong) and the
  attempt's total score x (QuizAttempt.score, in %, the question included):

      r = (n·Σxy − Σx·Σy) / √((n·Σx² − (Σx)²) · (n·Σy² − (Σy)²))      with Σy = Σy² = c, Σxy = Σx over right

  that is Pearson's r with a 0/1 variable, the same as (M₁ − M₀) / s · √(p·q) with the population
  standard deviation s. Undefined ("—") when every answer is right, or every one wrong, or every total
  the same;
- the most chosen wrong choice and its share of the answers (choice questions, true or false; for a short
  answer the most frequent wrong text, shown only if at least 5 gave it), as the question's block counts
  them (`report_options`, `most_chosen_wrong` in quizzes/blocks.py);
- a flag when facility > 0.9 (too easy), facility < 0.2 (too hard) or discrimination < 0 (the stronger
  learners miss it more often than the weaker ones: a wrong key, or a confusing wording).

One query whatever the number of attempts: the answers' count and the sums of their attempts' scores
and squared scores, grouped by question, language, response (a chosen choice is its block id, so
shuffling does not matter) and rightness; n, c, Σx, Σx², Σxy are sums over those groups, and they add
up over languages, so "all languages" is their total. A figure made from fewer than 5
answers shows as "< 5" (learning.reports.figures.cell), as does any count under 5. Since the languages add
up to "all languages", a hidden language's answers, and its right and wrong answers (which its facility
gives), could be worked out from the total and the other languages: `hidden_groups` hides more
(learning.reports.suppression), and a hidden language shows none of its figures.
"""

import math
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Sum
from django.utils.translation import gettext as _

from learning.charts import Bar, bar_chart, short
from learning.reports.figures import (
    ALL_LANGUAGES,
    HIDDEN,
    MIN_LEARNERS,
    NOT_RECORDED,
    language_label,
    shown,
)
from learning.reports.suppression import suppress
from quizzes.models import Answer, QuizPage

TOO_EASY = 0.9
TOO_HARD = 0.2
NOT_DEFINED = "—"


def point_biserial(n, c, sx, sxx, sxy):
    """The point-biserial r from the sums above, or None when it is not defined."""
    denominator = (n * sxx - sx * sx) * (n * c - c * c)
    if n == 0 or denominator <= 0:
        return None
    return (n * sxy - sx * c) / math.sqrt(denominator)


@dataclass
class Sums:
    """The additive sums of one question in one language (or all)."""

    n: int = 0
    c: int = 0
    sx: int = 0
    sxx: int = 0
    sxy: int = 0
    responses: dict = field(default_factory=dict)  # {(response as JSON text, is_correct): count}

    def add(self, other):
        self.n += other.n
        self.c += other.c
        self.sx += other.sx
        self.sxx += other.sxx
        self.sxy += other.sxy
        for key, count in other.responses.items():
            self.responses[key] = self.responses.get(key, 0) + count

    @property
    def facility(self):
        return self.c / self.n if self.n else None

    @property
    def discrimination(self):
        return point_biserial(self.n, self.c, self.sx, self.sxx, self.sxy)


def sums_of(quiz_key):
    """{(question id, language): Sums} over the finished attempts of the quiz, in one query: the answers
    grouped by question, language, response and rightness, each group with its count and the sums of
    its attempts' scores and squared scores. The sums of a question are the sums over its groups (c and
    Σxy over its right groups), so nothing is counted in Python but a few hundred groups."""
    groups = (
        Answer.objects.filter(attempt__quiz_key=quiz_key, attempt__finished_at__isnull=False)
        .order_by()
        .values("question_id", "language", "response", "is_correct")
        .annotate(
            n=Count("pk"),
            sx=Sum("attempt__score"),
            sxx=Sum(F("attempt__score") * F("attempt__score")),
        )
    )
    sums = {}
    for group in groups:
        language = group["language"] or NOT_RECORDED
        target = sums.setdefault((group["question_id"], language), Sums())
        n, sx, sxx = group["n"], group["sx"] or 0, group["sxx"] or 0
        target.n += n
        target.sx += sx
        target.sxx += sxx
        if group["is_correct"]:
            target.c += n
            target.sxy += sx
        key = (_response_key(group["response"]), group["is_correct"])
        target.responses[key] = target.responses.get(key, 0) + n
    return sums


def _response_key(response):
    """A hashable form of a stored response (a list of ids, a boolean, a text)."""
    if isinstance(response, list):
        return tuple(response)
    return response


def flags_of(facility, discrimination):
    flags = []
    if facility is not None and facility > TOO_EASY:
        flags.append(_("Too easy"))
    if facility is not None and facility < TOO_HARD:
        flags.append(_("Too hard"))
    if discrimination is not None and discrimination < 0:
        flags.append(_("Negative discrimination"))
    return flags


@dataclass
class ItemRow:
    """One row of the item analysis: a question in a language (or all), its cells as shown."""

    number: int
    question_id: str
    prompt: str
    kind: str
    language_code: str
    language: str
    answers: object
    facility: object
    discrimination: object
    wrong_choice: str
    wrong_share: object
    flag: str
    options: list
    answered: int
    right: int
    mark: str | None = None

    @property
    def prompt_short(self):
        """The prompt on one line, cut to 90 characters for the table (the downloads hold it whole)."""
        return short(self.prompt, 90)

    @property
    def is_flagged(self):
        return bool(self.flag)


def item_row(number, raw, block, language, sums, mark=None):
    """The row of one raw question (in the language shown) whose type is `block`, from its sums; a
    hidden group (`mark`, from `hidden_groups`) shows none of its figures."""
    options = block.report_options(raw["value"], sums.responses)
    facility, discrimination = sums.facility, sums.discrimination
    label, count = block.most_chosen_wrong(options, sums.responses)
    hidden = shown(None, mark)
    if mark:
        wrong_choice, wrong_share = hidden, hidden
    elif label is None:
        wrong_choice, wrong_share = NOT_DEFINED, NOT_DEFINED
    elif count < MIN_LEARNERS:
        wrong_choice = label if options else HIDDEN  # a learner's own words only from 5 alike
        wrong_share = HIDDEN
    else:
        wrong_choice, wrong_share = label, round(100 * count / sums.n)
    return ItemRow(
        number=number,
        question_id=raw["id"],
        prompt=raw["value"]["prompt"],
        kind=str(block.meta.label),
        language_code=language,
        language=language_label(language),
        answers=shown(sums.n, mark),
        facility=hidden if mark else round(facility, 2) if facility is not None else NOT_DEFINED,
        discrimination=(
            hidden if mark else NOT_DEFINED if discrimination is None else round(discrimination, 2)
        ),
        wrong_choice=wrong_choice,
        wrong_share=wrong_share,
        flag="" if mark else ", ".join(flags_of(facility, discrimination)),
        options=options,
        answered=sums.n,
        right=sums.c,
        mark=mark,
    )


def hidden_groups(sums, question_ids, languages):
    """{(question id, language): mark} for the groups to hide. For each question, the answers, the right
    answers and the wrong answers of the languages add up to all languages'; a language with fewer than 5
    answers is hidden, and more as learning.reports.suppression says, so that neither its answers nor
    how many of them were right can be worked out. A group hides all its figures together."""
    counts, lines, groups, derived = {}, [], [], set()
    for question in question_ids:
        codes = [ALL_LANGUAGES, *(code for code in languages if (question, code) in sums)]
        for code in codes:
            group = sums.get((question, code), Sums())
            counts[question, code, "n"] = group.n
            counts[question, code, "c"] = group.c
            counts[question, code, "w"] = group.n - group.c
            groups.append({(question, code, kind) for kind in "ncw"})
            derived |= {(question, code, "c"), (question, code, "w")}
        for kind in "ncw":
            lines.append(((question, ALL_LANGUAGES, kind), [(question, code, kind) for code in codes[1:]]))
    marks = suppress(counts, lines, groups=groups, derived=derived, minimum=MIN_LEARNERS)
    return {(question, code): mark for (question, code, kind), mark in marks.items() if kind == "n"}


def translations_of(quiz):
    """{language code: {question id: raw question block}} of the quiz in each language it has
    (translations and aliases): one query, and no snippet or page fetched."""
    pages = QuizPage.objects.filter(translation_key=quiz.translation_key).select_related("locale")
    return {page.locale.language_code: {raw["id"]: raw for raw in page.questions.raw_data} for page in pages}


def item_analysis(quiz):
    """[ItemRow] for every question of `quiz` (the source page), each for all languages then for each
    language it was answered in, with that language's prompt and choices when the quiz has them."""
    sums = sums_of(quiz.translation_key)
    translated = translations_of(quiz)
    languages = sorted({language for _question, language in sums}, key=_language_order)
    types = quiz.questions.stream_block.child_blocks
    questions = [raw for raw in quiz.questions.raw_data if raw["type"] in types]
    # (a type the site no longer has is left out: nothing can show its answers)
    for raw in questions:
        total = Sums()
        for language in languages:
            total.add(sums.get((raw["id"], language), Sums()))
        sums[raw["id"], ALL_LANGUAGES] = total
    marks = hidden_groups(sums, [raw["id"] for raw in questions], languages)
    rows = []
    for number, raw in enumerate(quiz.questions.raw_data, start=1):
        block = types.get(raw["type"])
        if block is None:
            continue
        for language in [ALL_LANGUAGES, *languages]:
            if (raw["id"], language) not in sums:
                continue
            text = translated.get(language, {}).get(raw["id"], raw)
            if text["type"] != raw["type"]:
                text = raw
            mark = marks.get((raw["id"], language))
            rows.append(item_row(number, text, block, language, sums[raw["id"], language], mark))
    return rows


def _language_order(code):
    order = [language for language, _name in settings.LANGUAGES]
    return (order.index(code) if code in order else len(order), code)


def answer_chart(row):
    """The answers of one question (all languages) as an SVG bar chart: one bar per option, the right
    ones marked; a question answered in words or by order shows right and wrong answers."""
    if row.options:
        items = [(option.label, option.count, option.correct) for option in row.options]
    else:
        items = [(_("Right answers"), row.right, True), (_("Wrong answers"), row.answered - row.right, False)]
    bars = []
    for label, count, correct in items:
        visible = count >= MIN_LEARNERS and not row.mark
        figure = f"{count} · {round(100 * count / row.answered)} %" if visible and row.answered else HIDDEN
        if correct:
            figure += " · " + _("right answer")
        bars.append(Bar(label=label, value=count if visible else 0, figure=figure, marked=correct))
    return bar_chart(
        bars,
        title=_("Answers to question %(number)s") % {"number": row.number},
        description="; ".join(f"{bar.label}: {bar.figure}" for bar in bars),
        chart_id=f"question-{row.number}-chart",
        css_class="report-chart",
    )
