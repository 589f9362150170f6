"""A circle's meetings as an iCalendar file (RFC 5545) to add to a phone: each meeting at its time in the
circle's time zone (TZID, with the zone's VTIMEZONE), a cancelled one with STATUS:CANCELLED."""

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event

from circles.rules import in_zone


def meetings_calendar(circle, request):
    """The calendar file's bytes."""
    calendar = Calendar()
    calendar.add("prodid", "-//Solidaire//Study circles//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", circle.name)
    host = request.get_host().split(":")[0]
    for meeting in circle.meetings.all():
        event = Event()
        event.add("uid", f"circle-{circle.pk}-meeting-{meeting.pk}@{host}")
        event.add("dtstamp", timezone.now())
        event.add("dtstart", in_zone(meeting.starts_at, circle.time_zone))
        event.add("summary", circle.name)
        if meeting.place:
            event.add("location", meeting.place)
        event.add("url", request.build_absolute_uri(reverse("circles:meeting", args=[circle.pk, meeting.pk])))
        event.add("status", "CANCELLED" if meeting.cancelled_at else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
