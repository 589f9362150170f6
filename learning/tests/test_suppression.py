"""The rule that hides counts in the reports (learning.reports.suppression, issue 21, item 9), on small
tables: no hidden count can be worked out from a shown total and the shown parts."""

from learning.reports.suppression import ALSO_HIDDEN, UNDER, suppress
from tests.helpers import recoverable

ALL, FR, EN, ES, HT = "all", "fr", "en", "es", "ht"


def texts(counts, marks, cells):
    return [{UNDER: "< 5", ALSO_HIDDEN: "masqué"}.get(marks.get(cell), str(counts[cell])) for cell in cells]


def leaks(counts, lines, marks):
    return [
        (total, parts)
        for total, parts in lines
        if recoverable(texts(counts, marks, [total])[0], texts(counts, marks, parts))
    ]


def test_the_18_learner_case_hides_the_french_count_too():
    counts = {ALL: 18, FR: 15, ES: 3}
    lines = [(ALL, [FR, ES])]
    assert recoverable("18", ["15", "< 5"]) == [1]  # what the reports showed: 18 − 15 = 3
    marks = suppress(counts, lines)
    assert marks == {ES: UNDER, FR: ALSO_HIDDEN}
    assert leaks(counts, lines, marks) == []


def test_nothing_more_is_hidden_when_nothing_is_under_five():
    assert suppress({ALL: 30, FR: 15, EN: 10, ES: 5}, [(ALL, [FR, EN, ES])]) == {}


def test_the_smallest_shown_part_is_hidden_first():
    counts = {ALL: 40, FR: 20, EN: 8, ES: 9, HT: 3}
    marks = suppress(counts, [(ALL, [FR, EN, ES, HT])])
    assert marks == {HT: UNDER, EN: ALSO_HIDDEN}


def test_two_hidden_parts_are_enough_unless_their_sum_pins_them():
    # 3 + 2 = 5: each could be 1 to 4, nothing more to hide.
    assert suppress({ALL: 20, FR: 15, EN: 3, ES: 2}, [(ALL, [FR, EN, ES])]) == {EN: UNDER, ES: UNDER}
    # 4 + 4 = 8: both can only be 4; 1 + 1 = 2: both 1 if a reader knows a row means at least 1;
    # 0 + 0: both none. Each time French is hidden too.
    for en, es in [(4, 4), (1, 1), (0, 0)]:
        counts = {ALL: 15 + en + es, FR: 15, EN: en, ES: es}
        lines = [(ALL, [FR, EN, ES])]
        marks = suppress(counts, lines)
        assert marks[FR] == ALSO_HIDDEN, (en, es)
        assert leaks(counts, lines, marks) == []


def test_the_total_is_hidden_when_no_part_is_left_to_hide():
    counts = {ALL: 8, EN: 4, ES: 4}
    marks = suppress(counts, [(ALL, [EN, ES])])
    assert marks == {EN: UNDER, ES: UNDER, ALL: ALSO_HIDDEN}


def test_a_total_under_five_hides_its_parts_and_nothing_else_is_needed():
    assert suppress({ALL: 3, ES: 3}, [(ALL, [ES])]) == {ALL: UNDER, ES: UNDER}


def test_a_group_hides_together_and_its_right_answers_cannot_be_worked_out():
    """Answers (n) and right answers (c) per language: the 18-learner case where the 3 Spanish learners
    all answered right. Hiding French's answers hides its right answers (its facility) too."""
    counts = {
        (code, kind): value
        for code, kind, value in [
            (ALL, "n", 18),
            (FR, "n", 15),
            (ES, "n", 3),
            (ALL, "c", 15),
            (FR, "c", 12),
            (ES, "c", 3),
        ]
    }
    lines = [((ALL, kind), [(FR, kind), (ES, kind)]) for kind in "nc"]
    groups = [{(code, "n"), (code, "c")} for code in (ALL, FR, ES)]
    marks = suppress(counts, lines, groups=groups, derived={(code, "c") for code in (ALL, FR, ES)})
    assert marks == {(ES, "n"): UNDER, (ES, "c"): UNDER, (FR, "n"): ALSO_HIDDEN, (FR, "c"): ALSO_HIDDEN}


def test_hidden_groups_that_all_answered_alike_are_hidden_further():
    """Spanish (3) hidden, then French (8, the smallest shown); both all right while English is not:
    their wrong answers (total's minus English's) would be none, so Spanish's share would be 100 %.
    English is hidden too."""
    rows = [(ALL, 21, 15), (FR, 8, 8), (EN, 10, 4), (ES, 3, 3)]
    counts = {}
    for code, n, c in rows:
        counts[code, "n"], counts[code, "c"], counts[code, "w"] = n, c, n - c
    lines = [((ALL, kind), [(code, kind) for code in (FR, EN, ES)]) for kind in "ncw"]
    groups = [{(code, kind) for kind in "ncw"} for code, _n, _c in rows]
    derived = {(code, kind) for code, _n, _c in rows for kind in "cw"}
    without_shares = suppress(counts, lines[:1], groups=groups, derived=derived)
    assert (EN, "n") not in without_shares and without_shares[FR, "n"] == ALSO_HIDDEN
    marks = suppress(counts, lines, groups=groups, derived=derived)
    assert marks[EN, "n"] == ALSO_HIDDEN


def test_the_rule_is_the_same_for_the_same_counts():
    counts = {ALL: 30, FR: 10, EN: 10, ES: 10, HT: 0}
    lines = [(ALL, [FR, EN, ES, HT])]
    assert suppress(counts, lines) == suppress(dict(counts), list(lines)) == {HT: UNDER, FR: ALSO_HIDDEN}
