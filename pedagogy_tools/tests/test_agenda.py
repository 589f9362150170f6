"""The agenda on screen: each activity's times from the chosen start time, and the total duration. A plain
GET form; htmx swaps only the agenda."""

import datetime

from pedagogy_tools.agenda import timetable
from tests.helpers import HTMX, message, text_of


def test_timetable_counts_from_the_start_time(toolkit):
    items = timetable(toolkit.agenda, datetime.time(23, 0))

    assert [(item.start.time(), item.end.time()) for item in items] == [
        (datetime.time(23, 0), datetime.time(23, 15)),
        (datetime.time(23, 15), datetime.time(23, 45)),
        (datetime.time(23, 45), datetime.time(0, 30)),
    ]
    assert [item.elapsed for item in items] == [0, 15, 45]
    assert toolkit.total_minutes == 90


def test_page_shows_times_from_nine_by_default(facilitator_client, toolkit):
    response = facilitator_client.get(toolkit.url)
    html = response.content.decode()

    assert 'datetime="09:00"' in html
    assert 'datetime="09:15"' in html
    assert 'datetime="10:30"' in html
    total = message("%(hours)s h %(minutes)s min", hours=1, minutes=30)
    expected = message("Total: %(total)s (%(start)s to %(end)s)", total=total, start="09:00", end="10:30")
    assert expected in text_of(response)


def test_page_shows_times_from_the_chosen_start(facilitator_client, toolkit):
    html = facilitator_client.get(toolkit.url, {"start": "13:30"}).content.decode()

    assert 'datetime="13:30"' in html
    assert 'datetime="14:15"' in html
    assert 'datetime="15:00"' in html
    assert 'value="13:30"' in html


def test_a_bad_start_time_says_so_and_keeps_the_default(facilitator_client, toolkit):
    response = facilitator_client.get(toolkit.url, {"start": "midi"})

    assert message("Enter a time such as 09:30.") in text_of(response)
    assert 'datetime="09:00"' in response.content.decode()


def test_htmx_gets_only_the_agenda(facilitator_client, toolkit):
    response = facilitator_client.get(toolkit.url, {"start": "08:00"}, headers=HTMX)
    html = response.content.decode()

    assert html.lstrip().startswith('<section id="agenda"')
    assert "<html" not in html
    assert 'datetime="08:00"' in html
    assert "HX-Request" in response["Vary"]


def test_the_form_works_without_javascript(facilitator_client, toolkit):
    html = facilitator_client.get(toolkit.url).content.decode()

    assert 'method="get" action="/fr/trousses/atelier-essai/#agenda"' in html
    assert 'data-hx-get="/fr/trousses/atelier-essai/"' in html


def test_the_guide_prints_cleanly():
    from django.contrib.staticfiles import finders

    with open(finders.find("css/solidaire.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    toolkits = css[css.index("/* Toolkits") :]

    assert "@media print" in toolkits
    assert ".kit-box, .start-time" in toolkits
