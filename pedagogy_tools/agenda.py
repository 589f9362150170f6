"""The agenda as a timetable: each activity's start and end, from the workshop's start time, which is a
quarter hour (KIT_START_MINUTES): the guide in the kit prints the times, so each start time has its own
kit, and quarter hours bound them to 96 a day per toolkit and language."""

import datetime
from dataclasses import dataclass

from pedagogy_tools.blocks import METHOD_LABELS

KIT_START_MINUTES = 15


def is_kit_start(start):
    """Whether `start` (a time of day) is on a quarter hour, to the second."""
    return start.minute % KIT_START_MINUTES == 0 and not start.second and not start.microsecond


def kit_start(start):
    """The quarter hour `start` falls in: the start time a kit is made for."""
    return start.replace(minute=start.minute - start.minute % KIT_START_MINUTES, second=0, microsecond=0)


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
