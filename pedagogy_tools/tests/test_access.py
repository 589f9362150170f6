"""Who sees what: the summary is public; the full guide, the attachments and the kit are for facilitators
and editors; everyone else is told how to ask for access. Attachments are checked at their own URL."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from accounts.roles import COMMITTEE, EDITORS, FACILITATORS
from pedagogy_tools.access import USE_TOOLKITS
from pedagogy_tools.blocks import AttachmentBlock
from pedagogy_tools.tests.factories import guide_marker
from tests.helpers import make_user_with_permissions, message, text_of

ALLOWED = ["facilitator", "editor", "committee", "superuser"]
REFUSED = ["anonymous", "learner"]


@pytest.fixture
def as_role(client, users):
    def log_in(role):
        if users[role] is not None:
            client.force_login(users[role])
        return client

    return log_in


@pytest.mark.parametrize("role", ALLOWED + REFUSED)
def test_everyone_reads_the_summary(as_role, role, toolkit):
    response = as_role(role).get(toolkit.url)

    assert response.status_code == 200
    text = text_of(response)
    assert toolkit.title in text
    assert "Résumé public de l'atelier." in text
    assert message("%(hours)s h %(minutes)s min", hours=1, minutes=30) in text
    assert message("%(low)s to %(high)s participants", low=6, high=20) in text


@pytest.mark.parametrize("role", ALLOWED)
def test_facilitators_and_editors_get_the_full_guide(as_role, role, toolkit, attachment):
    response = as_role(role).get(toolkit.url)
    html = response.content.decode()

    assert guide_marker() in html
    assert "Notes 1." in html
    assert attachment.url in html
    assert 'action="/fr/trousses/atelier-essai/kit/"' in html
    assert message("The full guide is for facilitators") not in text_of(response)


def test_the_full_toolkit_follows_the_permission_not_a_group(client, toolkit, attachment):
    """Someone in no group given USE_TOOLKITS reads the guide and its attachments and may ask for the kit."""
    client.force_login(make_user_with_permissions("outside", USE_TOOLKITS))
    html = client.get(toolkit.url).content.decode()

    assert guide_marker() in html
    assert attachment.url in html
    assert client.get(toolkit.url + "kit/").status_code == 200


def test_anonymous_visitors_are_invited_to_sign_in(as_role, toolkit):
    response = as_role("anonymous").get(toolkit.url)
    html = response.content.decode()

    assert guide_marker() not in html
    assert "/kit/" not in html
    assert message("The full guide is for facilitators") in text_of(response)
    assert response.context["login_url"].endswith("?next=/fr/trousses/atelier-essai/")


def test_learners_are_told_how_to_ask_for_access(as_role, toolkit, attachment):
    response = as_role("learner").get(toolkit.url)
    html = response.content.decode()

    assert guide_marker() not in html
    assert attachment.url not in html
    assert message("The full guide is for facilitators") in text_of(response)
    assert "<strong>learner</strong>" in html  # the user name to give when asking


@pytest.mark.parametrize("route", ["kit/", "kit/download/"])
def test_kit_views_send_anonymous_visitors_to_sign_in(client, toolkit, route):
    response = client.get(toolkit.url + route)

    assert response.status_code == 302
    assert "next=" in response["Location"]


@pytest.mark.parametrize("route", ["kit/", "kit/download/"])
def test_kit_views_refuse_learners(as_role, toolkit, route):
    response = as_role("learner").get(toolkit.url + route)

    assert response.status_code == 403
    assert message("The full guide is for facilitators") in text_of(response)


def test_asking_for_a_kit_is_refused_to_learners(as_role, toolkit):
    response = as_role("learner").post(toolkit.url + "kit/")

    assert response.status_code == 403
    assert not toolkit.kits.exists()


def test_attachment_url_sends_anonymous_visitors_to_sign_in(client, attachment):
    response = client.get(attachment.url)

    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_attachment_url_is_refused_to_learners(as_role, attachment):
    response = as_role("learner").get(attachment.url)

    assert response.status_code == 403


@pytest.mark.parametrize("role", ALLOWED)
def test_attachment_url_serves_facilitators_and_editors(as_role, role, attachment):
    response = as_role(role).get(attachment.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Fiche de l'atelier.\n"


def test_the_toolkits_collection_is_private_to_facilitators_and_editors_in_wagtail(toolkits_collection):
    (restriction,) = toolkits_collection.get_view_restrictions()

    assert restriction.restriction_type == "groups"
    names = {group.name for group in restriction.groups.all()}
    assert names == {FACILITATORS, EDITORS, COMMITTEE}
    app_label, codename = USE_TOOLKITS.split(".")
    holding = Group.objects.filter(
        permissions__content_type__app_label=app_label, permissions__codename=codename
    ).values_list("name", flat=True)
    assert names == set(holding)  # Wagtail's privacy lets in the groups that the permission lets in


@pytest.mark.parametrize("role", REFUSED)
def test_attachments_stay_private_if_the_collection_is_renamed(
    as_role, role, toolkits_collection, attachment
):
    toolkits_collection.name = "Ateliers"
    toolkits_collection.save()

    response = as_role(role).get(attachment.url)

    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_documents_outside_the_toolkits_collection_stay_public(client, public_document):
    response = client.get(public_document.url)

    assert response.status_code == 200


def test_attachment_urls_go_through_the_permission_checked_view(attachment):
    assert attachment.url == f"/documents/{attachment.pk}/{attachment.filename}"


def test_an_attachment_must_be_in_the_toolkits_collection(public_document, attachment):
    block = AttachmentBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"document": public_document.pk, "description": ""}))
    assert (
        block.clean(block.to_python({"document": attachment.pk, "description": ""}))["document"] == attachment
    )


def test_search_does_not_reveal_the_guide(client, toolkit):
    from wagtail.search.backends import get_search_backend

    get_search_backend().add(toolkit)

    def found(query):
        return [page.pk for page in client.get("/fr/search/", {"q": query}).context["page_obj"].object_list]

    assert found("atelier public") == [toolkit.pk]
    assert found("Consignes") == []
