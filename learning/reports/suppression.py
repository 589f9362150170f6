"""Which counts of a report to hide, so that no hidden count can be worked out from the ones shown.

A count under `minimum` learners is hidden ("< 5": UNDER). That is not enough: a report's counts come in
lines, a total and the parts that add up to it (all languages = French + English + ...), and a shown total
minus the shown parts gives back the sum of the hidden ones. With one part hidden, that sum is the part
(18 learners, 15 French: the 3 Spanish ones). So, in every line whose total is shown, more is hidden
(complementary suppression): the smallest shown part (ALSO_HIDDEN), or the total when no part is left,
until no hidden part is pinned down: until what a reader knows of each hidden part (a "< 5" is 0 to 4,
or 1 to 4 for a row that exists; another hidden count is `minimum` or more; a derived one is 0 up to its
group's count) and the hidden parts' sum (the total minus the shown parts) leave it more than one value.

`suppress(counts, lines, groups=(), derived=(), minimum=5)`:

- `counts`: {cell: count}, a cell being any hashable key;
- `lines`: [(total cell, [part cells])], the parts adding up to the total;
- `groups`: sets of cells shown or hidden together (a language's answers and its right answers: hiding
  the one hides the share that gives the other);
- `derived`: cells the report shows only through a share (right answers), never hidden for being small,
  only with their group.

It returns {cell: UNDER or ALSO_HIDDEN} for the cells to hide; every other cell is shown. It is pure and
deterministic (ties go to the part listed first), so two reports that show the same line hide the same
cells. A cell may sit in several lines; each line is checked on its own.
"""

import math

UNDER = "under"
ALSO_HIDDEN = "also hidden"


def suppress(counts, lines, groups=(), derived=(), minimum=5):
    derived = set(derived)
    group_of = {}
    for group in groups:
        for cell in group:
            group_of[cell] = set(group)
    marks = {}

    def hide(cell, mark):
        for member in group_of.get(cell, {cell}):
            marks.setdefault(member, mark)

    for cell, count in counts.items():
        if cell not in derived and count < minimum:
            hide(cell, UNDER)
    changed = True
    while changed:
        changed = False
        for total, parts in lines:
            if total in marks or not any(part in marks for part in parts):
                continue
            if not pinned(counts, marks, total, parts, group_of, derived, minimum):
                continue
            shown = [part for part in parts if part not in marks]
            hide(min(shown, key=lambda part: counts[part]) if shown else total, ALSO_HIDDEN)
            changed = True
    return marks


def bounds(cell, counts, marks, group_of, derived, minimum, floor):
    """What a reader knows of a hidden cell: (least, most)."""
    if cell in derived:
        counted = [member for member in group_of.get(cell, ()) if member not in derived]
        most = min(
            (bounds(member, counts, marks, group_of, derived, minimum, floor)[1] for member in counted),
            default=math.inf,
        )
        return 0, most
    if marks[cell] == UNDER:
        return min(floor, counts[cell]), minimum - 1
    return minimum, math.inf


def pinned(counts, marks, total, parts, group_of, derived, minimum):
    """Whether, in the line `total` = sum of `parts` with the total shown, a hidden part is left one
    value by what is shown; a "< 5" is read both as 0 to 4 and as 1 to 4."""
    hidden = [part for part in parts if part in marks]
    rest = counts[total] - sum(counts[part] for part in parts if part not in marks)
    for floor in (0, 1):
        known = [bounds(part, counts, marks, group_of, derived, minimum, floor) for part in hidden]
        for index, (low, high) in enumerate(known):
            others = known[:index] + known[index + 1 :]
            lower = max(low, rest - sum(other_high for _other_low, other_high in others))
            upper = min(high, rest - sum(other_low for other_low, _other_high in others))
            if lower >= upper:
                return True
    return False
