"""Adoptions sent from a campaign page (issue 26, item 3): stored pending, never shown before approval,
nothing about the sender kept; each bad input refused with a 400, a message saying what to fix, and nothing
stored."""

import datetime
import logging

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from campaigns.forms import DUPLICATE
from campaigns.models import Adoption
from campaigns.tests.factories import adoption_data, make_adoption
from tests.helpers import main_text, message, normalise, parse, stored_rows

CLIENT_ADDRESS = "203.0.113.77"


def post(client, campaign, **changes):
    return client.post(campaign.url + "adopt/", adoption_data(**changes), REMOTE_ADDR=CLIENT_ADDRESS)


def test_an_adoption_is_stored_pending_and_not_shown_yet(client, campaign, caplog):
    with caplog.at_level(logging.DEBUG):
        response = post(client, campaign)
    assert response.status_code == 302
    assert response["Location"] == campaign.url + "#adopt"
    adoption = Adoption.objects.get()
    assert (adoption.name, adoption.kind, adoption.city, adoption.adopted_on, adoption.web_page) == (
        "Syndicat local Zeta",
        "union_local",
        "Gatineau",
        datetime.date(2025, 5, 1),
        "https://example.org/adoption",
    )
    assert adoption.status == Adoption.Status.PENDING
    assert adoption.campaign_key == campaign.translation_key
    # Nothing about the sender: no field holds the address, and no log line names it.
    assert CLIENT_ADDRESS not in str(Adoption.objects.values().get())
    assert CLIENT_ADDRESS not in caplog.text
    followed = client.get(response["Location"])
    assert message(
        "Thank you! Your organisation will be listed once the pedagogical committee has checked it."
    ) in main_text(followed)
    assert "Syndicat local Zeta" not in main_text(followed)


def test_the_web_page_is_optional(client, campaign):
    assert post(client, campaign, web_page="").status_code == 302
    assert Adoption.objects.get().web_page == ""


TOO_LONG = "S" * 201
# In the parametrize table, read when the module is collected: a month ahead stays in the future even if
# the tests run after midnight. The refused form's test takes tomorrow as it runs.
IN_A_MONTH = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()


def tomorrow():
    return (timezone.localdate() + datetime.timedelta(days=1)).isoformat()


BAD_INPUTS = {
    "empty name": ({"name": ""}, "Give the name of the organisation.", {}),
    "blank name": ({"name": "   "}, "Give the name of the organisation.", {}),
    "oversized name": (
        {"name": TOO_LONG},
        "The name can be at most %(limit_value)d characters long.",
        {"limit_value": 200},
    ),
    "future date": ({"adopted_on": IN_A_MONTH}, "The date of adoption cannot be in the future.", {}),
    "not a date": (
        {"adopted_on": "le premier mai"},
        "Give the date as year-month-day, for example 2025-05-01.",
        {},
    ),
    "javascript: URL": (
        {"web_page": "javascript:alert(1)"},
        "Give a web address that starts with http:// or https://.",
        {},
    ),
    "ftp: URL": (
        {"web_page": "ftp://example.org/policy"},
        "Give a web address that starts with http:// or https://.",
        {},
    ),
    "data: URL": (
        {"web_page": "data:text/html,<b>x</b>"},
        "Give a web address that starts with http:// or https://.",
        {},
    ),
    "HTML in the name": (
        {"name": "<b>Syndicat</b>"},
        "Write plain text, without the characters < and >.",
        {},
    ),
    "HTML in the city": (
        {"city": "Gatineau<script>"},
        "Write plain text, without the characters < and >.",
        {},
    ),
    "a control character": (
        {"name": "Syndicat\x1bZeta"},
        "Remove the control characters (line breaks, tabs...) from this field.",
        {},
    ),
    "a bidirectional control": (
        {"city": "Gati\u202eneau"},
        "Remove the control characters (line breaks, tabs...) from this field.",
        {},
    ),
    "no kind": ({"kind": ""}, "Choose the kind of organisation.", {}),
    "an unknown kind": (
        {"kind": "person"},
        "Select a valid choice. %(value)s is not one of the available choices.",
        {"value": "person"},
    ),
    "no city": ({"city": ""}, "Give the city of the organisation.", {}),
}


@pytest.mark.parametrize("changes, expected, values", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_a_bad_input_is_refused_with_a_message_and_nothing_stored(
    client, campaign, changes, expected, values
):
    before = stored_rows()
    response = post(client, campaign, **changes)
    assert response.status_code == 400
    errors = [normalise(p.get_text()) for p in parse(response).select("#adopt .form-error")]
    assert message(expected, **values) in errors
    assert stored_rows() == before


def test_a_refused_form_keeps_what_was_typed(client, campaign):
    response = post(client, campaign, adopted_on=tomorrow())
    form = parse(response).select_one("#adopt form")
    assert form.select_one("[name=name]")["value"] == "Syndicat local Zeta"
    assert form.select_one("[name=city]")["value"] == "Gatineau"


def test_a_nul_byte_is_a_400_and_nothing_stored(client, campaign):
    before = stored_rows()
    assert post(client, campaign, name="Syndicat\x00Zeta").status_code == 400
    assert stored_rows() == before


def test_the_adoption_route_takes_posts_only(client, campaign):
    assert client.get(campaign.url + "adopt/").status_code == 405


@pytest.mark.parametrize("status", [Adoption.Status.PENDING, Adoption.Status.APPROVED])
@pytest.mark.parametrize(
    "name, city",
    [
        ("Syndicat local Zeta", "Gatineau"),
        ("SYNDICAT  local zeta ", "gatineau"),
        ("syndicat local zeta", "GATINEAU"),
    ],
)
def test_a_second_identical_submission_is_refused_and_not_stored_twice(client, campaign, status, name, city):
    make_adoption(campaign, "Syndicat local Zeta", "Gatineau", status=status)
    before = stored_rows()
    response = post(client, campaign, name=name, city=city)
    assert response.status_code == 400
    assert normalise(str(DUPLICATE)) in main_text(response)
    assert stored_rows() == before


def test_the_same_name_in_another_city_or_after_a_rejection_is_stored(client, campaign):
    make_adoption(campaign, "Syndicat local Zeta", "Gatineau", status=Adoption.Status.REJECTED)
    make_adoption(campaign, "Syndicat local Zeta", "Montréal")
    assert post(client, campaign).status_code == 302
    assert Adoption.objects.count() == 3


def test_the_database_refuses_a_duplicate_whatever_its_case(campaign):
    make_adoption(campaign, "Syndicat Éducation", "Québec")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_adoption(campaign, "SYNDICAT ÉDUCATION", "québec", status=Adoption.Status.APPROVED)
    assert Adoption.objects.count() == 1


def test_a_duplicate_the_database_refuses_is_a_message_not_an_error(client, campaign, monkeypatch):
    """Two identical submissions at once: both pass the form's check, the database keeps the first."""
    from campaigns.forms import AdoptionForm

    monkeypatch.setattr(AdoptionForm, "is_duplicate", lambda self, name, city: False)
    assert post(client, campaign).status_code == 302
    response = post(client, campaign)
    assert response.status_code == 400
    assert normalise(str(DUPLICATE)) in main_text(response)
    assert Adoption.objects.count() == 1
