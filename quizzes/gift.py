"""Moodle's GIFT format, read into our question blocks: a pure module (no database, no request).

Contract: `read(data)` takes the file's bytes and returns a `Reading`: `questions`, each an `Imported`
(the GIFT line it starts on, its title, the block name among `QuestionsBlock`'s, the block's raw value
as a StreamField stores it, and notes on what the import leaves out), and `skipped`, each a `Skipped`
(line, title or opening words, why). Reasons and notes are translated in the active language. Bytes that
are not UTF-8 (with or without a byte-order mark) raise `UnreadableFile`.

What GIFT has and we have too, by Moodle's rules (moodle/question/format/gift/format.php):
- one right answer `=` among wrong ones `~` → a single choice (wrong answers' weight only 0);
- no `=`, weighted `~%n%` answers → a multiple choice: the positively weighted ones are right, and must add
  up to 100 (ticking exactly them is Moodle's full mark); the others (0 or negative) are wrong;
- `{T}`, `{TRUE}`, `{F}`, `{FALSE}` → true or false (its per-answer feedback is left out, and said so);
- only `=` answers → a short answer (weights other than 100 are partial credit, which we cannot give).
Everything else is skipped with its reason: essays `{}`, numerical `{#...}`, matching `->`, missing-word
questions (text after the answers), descriptions (no answers), `$CATEGORY` lines. A question's text and
answers in `[html]` (Moodle's default format too) lose their markup: our questions hold plain text, and
the explanation (`####` general feedback) becomes paragraphs of escaped text. `[markdown]` and `[plain]`
are kept as written. Comments are whole lines starting with `//`; questions are separated by blank lines;
`\\~ \\= \\# \\{ \\} \\:` are escapes and `\\n` a line break.
"""

import re
import uuid
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

from django.utils.translation import gettext as _

from learning.validators import has_control_characters

SPECIAL = "~=#{}:"
FORMATS = ("html", "moodle", "plain", "markdown")
MARKUP_FORMATS = ("html", "moodle")  # Moodle's default "auto-format" lets HTML through
EXCERPT = 60


class UnreadableFile(ValueError):
    """The file is not text in UTF-8."""


@dataclass
class Imported:
    line: int
    title: str
    block_type: str
    value: dict
    notes: list = field(default_factory=list)


@dataclass
class Skipped:
    line: int
    title: str
    reason: str


@dataclass
class Reading:
    questions: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


class Unimportable(Exception):
    """This question cannot become one of ours; the message says why."""


# -- text: escapes, markup ---------------------------------------------------------------------------------


def find(text, token, start=0):
    """Index of the first occurrence of `token` in `text` from `start` that is not escaped, or -1."""
    at = start
    while at < len(text):
        if text[at] == "\\":
            at += 2
        elif text.startswith(token, at):
            return at
        else:
            at += 1
    return -1


def split(text, token):
    """`text` cut at every unescaped `token`."""
    parts, start = [], 0
    while (at := find(text, token, start)) != -1:
        parts.append(text[start:at])
        start = at + len(token)
    return [*parts, text[start:]]


def unescape(text):
    return re.sub(r"\\([~=#{}:n])", lambda match: "\n" if match[1] == "n" else match[1], text)


class TextOnly(HTMLParser):
    """The text of an HTML fragment: tags dropped (block ends as line breaks), entities decoded, scripts
    and styles left out."""

    BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}
    HIDDEN = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def text_of(raw, text_format):
    """Plain text from GIFT `raw` text (escapes undone) in `text_format`; lines trimmed, at most one blank
    line in a row."""
    text = unescape(raw)
    if text_format in MARKUP_FORMATS:
        parser = TextOnly()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def one_line(raw, text_format):
    return " ".join(text_of(raw, text_format).split())


def paragraphs(text):
    """Plain `text` as rich text: one escaped paragraph per block of lines."""
    blocks = [block for block in re.split(r"\n\s*\n", text) if block.strip()]
    return "".join("<p>{}</p>".format("<br/>".join(map(escape, block.split("\n")))) for block in blocks)


def format_of(raw):
    """(format, rest) of a text that may open with `[html]`, `[moodle]`, `[plain]` or `[markdown]`."""
    match = re.match(r"\s*\[(\w+)\]", raw)
    if match and match[1].lower() in FORMATS:
        return match[1].lower(), raw[match.end() :]
    return "moodle", raw


# -- the file: questions separated by blank lines ----------------------------------------------------------


def decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(_("The file is not text in UTF-8. Export it again from Moodle.")) from None


def chunks(text):
    """[(first line number, text)] of the file's questions: blank lines separate them, comment lines
    (starting with `//`) are left out."""
    found, lines, first = [], [], None
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if line.strip().startswith("//"):
            continue
        if line.strip():
            first = first or number
            lines.append(line)
        elif lines:
            found.append((first, "\n".join(lines)))
            lines, first = [], None
    if lines:
        found.append((first, "\n".join(lines)))
    return found


def read(data):
    """The `Reading` of GIFT file `data` (bytes); see the module's docstring."""
    reading = Reading()
    for line, chunk in chunks(decode(data)):
        title, body = title_of(chunk)
        try:
            reading.questions.append(question_from(line, title, body))
        except Unimportable as refusal:
            label = title or one_line(body, "plain")[:EXCERPT]
            reading.skipped.append(Skipped(line, label, str(refusal)))
    return reading


def title_of(chunk):
    """(title, the rest) of a question that may open with `::title::`."""
    stripped = chunk.lstrip()
    if stripped.startswith("::"):
        end = find(stripped, "::", 2)
        if end != -1:
            return one_line(stripped[2:end], "plain"), stripped[end + 2 :]
    return "", chunk


def question_from(line, title, body):
    if body.lstrip().upper().startswith("$CATEGORY:"):
        raise Unimportable(_("A Moodle category: our quizzes have none, the line is left out."))
    opening = find(body, "{")
    if opening == -1:
        raise Unimportable(_("A description with no answers: not a question."))
    closing = find(body, "}", opening)
    if closing == -1:
        raise Unimportable(_("The answers' braces are not closed: add the missing }."))
    if body[closing + 1 :].strip():
        raise Unimportable(_("A missing-word question (text after the answers): not one of our types."))
    text_format, raw_prompt = format_of(body[:opening])
    answers, general = answers_and_feedback(body[opening + 1 : closing])
    block_type, fields, notes = typed(answers, text_format)
    prompt = text_of(raw_prompt, text_format)
    if not prompt:
        raise Unimportable(_("The question has no text."))
    value = {"prompt": prompt, "explanation": paragraphs(text_of(general, text_format)), **fields}
    if not value["explanation"]:
        notes.append(_("No general feedback: write the explanation before publishing."))
    if any(has_control_characters(text) for text in texts_of(value)):
        raise Unimportable(_("Invisible control characters in the text: remove them."))
    return Imported(line, title, block_type, value, notes)


def texts_of(value):
    """Every text a learner will read in a raw value, line breaks aside."""
    for part in value.values():
        listed = [entry["value"] for entry in part] if isinstance(part, list) else [part]
        for entry in listed:
            entries = entry.values() if isinstance(entry, dict) else [entry]
            yield from (text.replace("\n", " ") for text in entries if isinstance(text, str))


def answers_and_feedback(inside):
    """(answers' text, general feedback) of what is between the braces."""
    at = find(inside, "####")
    return (inside, "") if at == -1 else (inside[:at], inside[at + 4 :])


# -- the answers: which of our types -----------------------------------------------------------------------


@dataclass
class Answer:
    right: bool  # `=` rather than `~`
    weight: float | None
    text: str
    feedback: str


WEIGHT = re.compile(r"\s*%(-?\d+(?:\.\d+)?)%")


def answers_of(raw):
    """[Answer] of an answer list such as `=Paris#Yes ~%-50%Lyon`."""
    marks = []
    at = 0
    while at < len(raw):
        if raw[at] == "\\":
            at += 2
            continue
        if raw[at] in "=~":
            marks.append(at)
        at += 1
    answers = []
    for start, end in zip(marks, [*marks[1:], len(raw)], strict=True):
        body = raw[start + 1 : end]
        weight = None
        if match := WEIGHT.match(body):
            weight, body = float(match[1]), body[match.end() :]
        cut = find(body, "#")
        text, feedback = (body, "") if cut == -1 else (body[:cut], body[cut + 1 :])
        answers.append(Answer(raw[start] == "=", weight, text, feedback))
    return answers


def typed(raw, text_format):
    """(block name, the answer fields of its raw value, notes) for the answers `raw`."""
    stripped = raw.strip()
    if not stripped:
        raise Unimportable(_("An essay question: not one of our types."))
    if stripped.startswith("#"):
        raise Unimportable(_("A numerical question: not one of our types."))
    statement, *feedback = split(stripped, "#")
    if statement.strip().upper() in ("T", "TRUE", "F", "FALSE"):
        notes = [_("Its feedback per answer is left out: a true or false question has only the explanation.")]
        return "true_false", {"answer": statement.strip().upper()[0] == "T"}, notes if feedback else []
    if find(stripped, "=") == -1 and find(stripped, "~") == -1:
        raise Unimportable(_("Its answers are not written with = and ~."))
    answers = answers_of(stripped)
    if any(find(answer.text, "->") != -1 for answer in answers):
        raise Unimportable(_("A matching question: not one of our types."))
    if any(not one_line(answer.text, text_format) for answer in answers):
        raise Unimportable(_("An answer has no text."))
    if all(answer.right for answer in answers):
        return short_answer(answers, text_format)
    return choices(answers, text_format)


def item(value):
    """A ListBlock item as a StreamField stores it (an item without an id would be read as empty)."""
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def short_answer(answers, text_format):
    if any(answer.weight not in (None, 100) for answer in answers):
        raise Unimportable(_("Answers with partial credit: our short answers are right or wrong."))
    accepted = [item(one_line(answer.text, text_format)) for answer in answers]
    notes = []
    if any(answer.feedback.strip() for answer in answers):
        notes.append(_("Its feedback per answer is left out: a short answer has only the explanation."))
    return "short_answer", {"accepted_answers": accepted}, notes


def choices(answers, text_format):
    """A single choice (one `=`) or a multiple choice (weighted `~` only)."""
    if len(answers) < 2:
        raise Unimportable(_("A choice question needs at least two answers."))
    rights = [answer for answer in answers if answer.right]
    if rights:
        if len(rights) > 1:
            raise Unimportable(_("Several answers marked = among ~ answers: our single choice has one."))
        if any(answer.weight not in (None, 0, 100) for answer in answers):
            raise Unimportable(_("Percentages other than 0 and 100: our choices are right or wrong."))
        block_type, correct = "single_choice", [answer.right for answer in answers]
    else:
        weights = [answer.weight or 0 for answer in answers]
        if abs(sum(weight for weight in weights if weight > 0) - 100) > 1:
            raise Unimportable(
                _("The positive percentages do not add up to 100: no set of answers gets the full mark.")
            )
        block_type, correct = "multiple_choice", [weight > 0 for weight in weights]
    listed = [
        item(
            {
                "text": one_line(answer.text, text_format),
                "correct": is_right,
                "feedback": text_of(answer.feedback, text_format),
            }
        )
        for answer, is_right in zip(answers, correct, strict=True)
    ]
    return block_type, {"choices": listed}, []
