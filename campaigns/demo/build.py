"""Build the demo campaign from its content files (`campaigns.demo.files`) and import its translations from
the PO files, then its approved demo adoptions.

Runs after the toolkits' builder (settings.DEMO_CONTENT_BUILDERS): the campaign links to the demo course and
to the sweatshops toolkit. Safe to run again: pages and adoptions that exist are left as they are.
"""

import datetime

from wagtail.models import Page

from campaigns.demo import files
from campaigns.models import Adoption, CampaignIndexPage, CampaignPage
from learning.demo.build import DemoBuilder, demo_key
from learning.models import HomePage

RELATED = [("course", "course:ilo"), ("toolkit", "toolkit:sweatshops")]


class CampaignDemoBuilder(DemoBuilder):
    content_dir = files.CAMPAIGNS_CONTENT

    def build(self):
        home = HomePage.objects.get(locale=self.source_locale, depth=2)
        index = self.page(
            home, CampaignIndexPage, "campaign-index", self.index_fields, files.index(languages=()), "index"
        )
        for key in files.CAMPAIGN_KEYS:
            name = f"campaign:{key}"
            campaign = self.page(
                index, CampaignPage, name, self.campaign_fields(name), files.campaign(key, languages=()), key
            )
            self.adopt(campaign)
        self.translate_pages()
        return self.created

    @staticmethod
    def index_fields(data, lang):
        return {
            "title": data["title"][lang],
            "slug": data["slug"][lang],
            "intro": data["intro"][lang],
            "show_in_menus": True,
        }

    def campaign_fields(self, name):
        def fields(data, lang):
            policy = data["policy"]
            return {
                "title": data["title"][lang],
                "slug": data["slug"][lang],
                "intro": data["intro"][lang],
                "body": data["body"][lang],
                "timeline": [
                    {
                        "type": "event",
                        "id": str(demo_key(f"{name}/event:{i}")),
                        "value": {
                            "date": event["date"],
                            "title": event["title"][lang],
                            "text": event["text"][lang],
                            "link": event["url"],
                        },
                    }
                    for i, event in enumerate(data["timeline"])
                ],
                "actions": [
                    {
                        "type": "step",
                        "id": str(demo_key(f"{name}/step:{i}")),
                        "value": {"title": step["title"][lang], "text": step["text"][lang]},
                    }
                    for i, step in enumerate(data["steps"])
                ],
                "related": [
                    {
                        "type": kind,
                        "id": str(demo_key(f"{name}/related:{i}")),
                        "value": Page.objects.get(
                            translation_key=demo_key(page), locale=self.source_locale
                        ).pk,
                    }
                    for i, (kind, page) in enumerate(RELATED)
                ],
                "policy_title": policy["title"][lang],
                "policy_preamble": policy["preamble"][lang],
                "policy": [
                    {
                        "type": "section",
                        "id": str(demo_key(f"{name}/section:{i}")),
                        "value": {
                            "heading": section["heading"][lang],
                            "paragraphs": [
                                {
                                    "type": "item",
                                    "value": paragraph[lang],
                                    "id": str(demo_key(f"{name}/section:{i}/paragraph:{j}")),
                                }
                                for j, paragraph in enumerate(section["paragraphs"])
                            ],
                        },
                    }
                    for i, section in enumerate(policy["sections"])
                ],
            }

        return fields

    def adopt(self, campaign):
        """The demo's approved adoptions of `campaign` (once: an adoption that exists is left alone)."""
        for adoption in files.adoptions():
            _adoption, created = Adoption.objects.get_or_create(
                campaign_key=campaign.translation_key,
                name=adoption["name"],
                city=adoption["city"],
                defaults={
                    "kind": adoption["kind"],
                    "adopted_on": adoption["adopted_on"],
                    "web_page": adoption["web_page"],
                    "status": Adoption.Status.APPROVED,
                    "decided_at": datetime.datetime.combine(
                        adoption["adopted_on"], datetime.time(12), tzinfo=datetime.UTC
                    ),
                },
            )
            self.created += created


def build(log=print):
    """Build the demo campaign; return how many objects were created."""
    return CampaignDemoBuilder(log=log).build()
