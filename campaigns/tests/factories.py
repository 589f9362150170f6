"""A campaign page for tests, with fixed block ids (tests.helpers.block_id) and texts to look for."""

import datetime

from campaigns.models import Adoption, CampaignIndexPage, CampaignPage
from tests.helpers import block_id, items, publish_child

POLICY_TITLE = "Politique d'achat responsable d'essai"
HEADINGS = ["Engagement Alpha", "Transparence Beta"]
EVENT_TITLE = "Événement Gamma"
STEP_TITLE = "Étape Delta"


def policy_blocks():
    return [
        {
            "type": "section",
            "id": block_id("policy", n),
            "value": {"heading": heading, "paragraphs": items(f"policy-{n}", [f"Paragraphe {n}."])},
        }
        for n, heading in enumerate(HEADINGS)
    ]


def make_campaign(home, related=()):
    """Under `home`, a campaign index and a published campaign with a timeline, a step and a policy;
    `related`: [(block type, page)] chosen in "courses and toolkits"."""
    index = publish_child(home, CampaignIndexPage(title="Campagnes", slug="campagnes"))
    return publish_child(
        index,
        CampaignPage(
            title="Campagne d'essai",
            slug="campagne",
            intro="Pourquoi elle compte.",
            body="<p>Le corps de la campagne.</p>",
            timeline=[
                {
                    "type": "event",
                    "id": block_id("event", 0),
                    "value": {
                        "date": datetime.date(2013, 4, 24),
                        "title": EVENT_TITLE,
                        "text": "Ce qui est arrivé.",
                        "link": "https://example.org/source",
                    },
                }
            ],
            actions=[
                {
                    "type": "step",
                    "id": block_id("step", 0),
                    "value": {"title": STEP_TITLE, "text": "Comment."},
                }
            ],
            related=[
                {"type": kind, "id": block_id("related", n), "value": page.pk}
                for n, (kind, page) in enumerate(related)
            ],
            policy_title=POLICY_TITLE,
            policy_preamble="Préambule de la politique.",
            policy=policy_blocks(),
        ),
    )


def make_adoption(
    campaign, name="Syndicat Epsilon", city="Trois-Rivières", status=Adoption.Status.PENDING, **fields
):
    fields = {
        "kind": Adoption.Kind.UNION_LOCAL,
        "adopted_on": datetime.date(2025, 5, 1),
        **fields,
    }
    return Adoption.objects.create(
        campaign_key=campaign.translation_key, name=name, city=city, status=status, **fields
    )


def adoption_data(**changes):
    """A valid adoption form's POST data, with `changes`."""
    return {
        "name": "Syndicat local Zeta",
        "kind": "union_local",
        "city": "Gatineau",
        "adopted_on": "2025-05-01",
        "web_page": "https://example.org/adoption",
        **changes,
    }
