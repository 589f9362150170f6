"""The committee approves adoptions in the admin (issue 26, item 3): an adoption sent from the campaign page,
approved by a committee member through the admin's own forms (real POSTs, CSRF checked), then counted on
the page; nobody else may decide, and a GET decides nothing."""

import pytest
from django.test import Client
from django.urls import reverse

from campaigns.models import Adoption
from campaigns.tests.factories import adoption_data, make_adoption
from tests.helpers import make_user, message, parse, stored_rows

INDEX = "campaign_adoptions:index"


def signed_in(user):
    """A browser-like client for `user`: the CSRF check is on, as in production."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def decision_forms(response):
    """{button text: (action, fields)} of the listing's decision forms."""
    forms = {}
    for form in parse(response).select("td.adoption-decision form"):
        fields = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
        forms[form.button.get_text(" ", strip=True)] = (form["action"], fields)
    return forms


def test_sent_approved_by_the_committee_then_counted_on_the_page(client, campaign, committee_member):
    visitor = Client(enforce_csrf_checks=True)
    page = parse(visitor.get(campaign.url))
    token = page.select_one("#adopt [name=csrfmiddlewaretoken]")["value"]
    sent = visitor.post(campaign.url + "adopt/", {**adoption_data(), "csrfmiddlewaretoken": token})
    assert sent.status_code == 302
    assert not parse(client.get(campaign.url)).select("ul.adoptions > li")

    committee = signed_in(committee_member)
    menu_url = reverse(INDEX) + "?status=pending"
    listing = committee.get(menu_url)
    assert listing.status_code == 200
    forms = decision_forms(listing)
    action, fields = forms[f"{message('Approve')} Syndicat local Zeta"]
    approved = committee.post(action, fields)
    assert approved.status_code == 302
    assert approved["Location"] == menu_url

    assert Adoption.objects.get().status == Adoption.Status.APPROVED
    shown = parse(client.get(campaign.url))
    assert [
        li.select_one(".adoption-name").get_text(strip=True) for li in shown.select("ul.adoptions > li")
    ] == ["Syndicat local Zeta"]
    assert shown.select_one(".adoption-count").get_text(strip=True) == message(
        "%(counter)s organisation has adopted the model policy", counter=1
    )
    assert not decision_forms(committee.get(menu_url))  # nothing pending any more


def test_the_committee_rejects_and_the_page_shows_nothing(client, campaign, committee_member):
    adoption = make_adoption(campaign)
    committee = signed_in(committee_member)
    action, fields = decision_forms(committee.get(reverse(INDEX)))[f"{message('Reject')} {adoption.name}"]
    assert committee.post(action, fields).status_code == 302
    assert Adoption.objects.get().status == Adoption.Status.REJECTED
    assert not parse(client.get(campaign.url)).select("ul.adoptions > li")


def test_an_adoption_decided_already_stays_as_it_is(campaign, committee_member):
    adoption = make_adoption(campaign, status=Adoption.Status.REJECTED)
    committee = signed_in(committee_member)
    committee.get(reverse(INDEX))
    token = committee.cookies["csrftoken"].value
    response = committee.post(
        reverse("campaign_adoptions:approve", args=[adoption.pk]), {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert Adoption.objects.get().status == Adoption.Status.REJECTED


@pytest.mark.parametrize("group", ["Editors", "Facilitators", None])
def test_only_who_holds_the_permission_may_list_or_decide(client, campaign, group):
    adoption = make_adoption(campaign)
    client.force_login(make_user("other", group=group))
    before = stored_rows()
    listing = client.get(reverse(INDEX))
    approve = client.post(reverse("campaign_adoptions:approve", args=[adoption.pk]))
    assert listing.status_code in (302, 403)
    assert approve.status_code in (302, 403)
    assert Adoption.objects.get().status == Adoption.Status.PENDING
    assert stored_rows() == before


def test_a_get_decides_nothing(client, campaign, committee_member):
    adoption = make_adoption(campaign)
    client.force_login(committee_member)
    assert client.get(reverse("campaign_adoptions:approve", args=[adoption.pk])).status_code == 405
    assert Adoption.objects.get().status == Adoption.Status.PENDING


def test_nobody_adds_or_edits_an_adoption_in_the_admin(client, campaign, committee_member):
    adoption = make_adoption(campaign)
    client.force_login(committee_member)
    assert client.get(reverse("campaign_adoptions:add")).status_code in (302, 403)
    assert client.post(
        reverse("campaign_adoptions:edit", args=[adoption.pk]), {"name": "Autre"}
    ).status_code in (
        302,
        403,
    )
    assert Adoption.objects.get().name == adoption.name


def test_the_menu_leads_to_the_pending_adoptions(client, committee_member, home):
    client.force_login(committee_member)
    admin = client.get(reverse("wagtailadmin_home"))
    assert reverse(INDEX) + "?status=pending" in admin.content.decode()


def test_the_committee_opens_an_adoption_to_see_its_web_page(client, campaign, committee_member):
    adoption = make_adoption(campaign, web_page="https://example.org/notre-politique")
    client.force_login(committee_member)
    response = client.get(reverse("campaign_adoptions:inspect", args=[adoption.pk]))
    assert response.status_code == 200
    assert "https://example.org/notre-politique" in response.content.decode()
