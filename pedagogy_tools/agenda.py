"""The agenda as a timetable: each activity's start and end, from the workshop's start time."""

import datetime
from dataclasses import dataclass

from pedagogy_tools.blocks import METHOD_LABELS


@dataclass(frozen=True)
class ScheduledActivity:
    number: int
    block: object  # the StreamField child: .value is the ActivityBlock's StructValue, .id its block id
    start: datetime.datetime
    end: datetime.datetime
    elapsed: int  # minutes from the start of the workshop

    @property
    def value(self):
        return self.block.value

    @property
    def minutes(self):
        return self.value["minutes"] or 0

    @property
    def method_label(self):
        return METHOD_LABELS.get(self.value["method"], self.value["method"])


def timetable(agenda, start):
    """One ScheduledActivity per activity of `agenda`, in order, starting at `start` (a time of day).
    Times are datetimes on an arbitrary day, so a workshop may run past midnight."""
    clock = datetime.datetime.combine(datetime.date(2000, 1, 1), start)
    elapsed = 0
    timetable = []
    for number, child in enumerate(agenda, start=1):
        minutes = child.value["minutes"] or 0
        end = clock + datetime.timedelta(minutes=minutes)
        timetable.append(ScheduledActivity(number, child, clock, end, elapsed))
        clock, elapsed = end, elapsed + minutes
    return timetable
