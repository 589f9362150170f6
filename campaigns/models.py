"""Campaigns: CampaignIndexPage > CampaignPage, and Adoption (an organisation saying it adopted the
campaign's model policy).

A campaign page says why the campaign matters, its timeline, what a union local can do step by step, the
courses and toolkits that go with it, and its model policy, which downloads in the page's language as an
OpenDocument text and a PDF (campaigns.policy_documents). Adoptions name organisations, never people; they
show on the page once someone holding APPROVE_ADOPTIONS approved them in the admin. An adoption points at
the campaign's translation_key, so it counts in every language.
"""

import unicodedata

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.blocks import EventBlock, PolicySectionBlock, RelatedPageBlock, StepBlock
from learning.blocks import RICH_TEXT_FEATURES
from learning.models import SolidairePage, tabs

APPROVE_ADOPTIONS = "campaigns.approve_adoptions"


class CampaignIndexPage(SolidairePage):
    """The list of campaigns of one language."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    edit_handler = tabs(content_panels)

    parent_page_types = ["learning.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = CampaignPage.objects.child_of(self).live().public().order_by("path")
        return context


class CampaignPage(RoutablePageMixin, SolidairePage):
    """A campaign: why it matters, its timeline, what a union local can do, the courses and toolkits that go
    with it, its model policy (downloads in `policy/odt/` and `policy/pdf/`) and the organisations that
    adopted it (the form posts to `adopt/`)."""

    intro = models.TextField(_("why it matters"), help_text=_("Two or three sentences, shown first."))
    body = RichTextField(_("about the campaign"), features=RICH_TEXT_FEATURES, blank=True)
    timeline = StreamField([("event", EventBlock())], verbose_name=_("timeline"), blank=True)
    actions = StreamField(
        [("step", StepBlock())],
        verbose_name=_("what a union local can do"),
        blank=True,
        help_text=_("In the order to follow: the page numbers them."),
    )
    related = StreamField(
        RelatedPageBlock(),
        verbose_name=_("courses and toolkits"),
        blank=True,
        help_text=_("Shown in the page's language when they are translated."),
    )
    policy_title = models.CharField(_("title of the model policy"), max_length=200, blank=True)
    policy_preamble = models.TextField(_("preamble of the model policy"), blank=True)
    policy = StreamField(
        [("section", PolicySectionBlock())],
        verbose_name=_("sections of the model policy"),
        blank=True,
        help_text=_(
            "Downloaded as an OpenDocument text and a PDF, with a blank for the organisation's name and a "
            "line to record its adoption."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("timeline"),
        FieldPanel("actions"),
        FieldPanel("related"),
    ]
    policy_panels = [
        MultiFieldPanel(
            [FieldPanel("policy_title"), FieldPanel("policy_preamble"), FieldPanel("policy")],
            heading=_("Model policy"),
        )
    ]
    edit_handler = tabs(content_panels, policy_panels)
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")

    # -- what the page shows ---------------------------------------------------------------------

    @property
    def has_policy(self):
        return bool(self.policy_title and self.policy)

    @property
    def content_language_code(self):
        """The language the page's content is in: its source's for an untranslated page (an alias)."""
        return self.untranslated_language() or self.locale.language_code

    def localized(self, page):
        """`page` (chosen in `related`, so the source language's page) in this campaign's language: its
        live translation or alias there, else `page` itself if it is live, else None."""
        if page is None:
            return None
        translation = page.get_translation_or_none(self.locale_id)
        if translation is not None and translation.live:
            return translation.specific
        return page.specific if page.live else None

    @cached_property
    def related_pages(self):
        """[(block type, page)]: the courses and toolkits chosen, in this page's language."""
        found = []
        for block in self.related:
            try:
                page = self.localized(block.value)
            except ObjectDoesNotExist:  # deleted since this revision was made
                page = None
            if page is not None:
                found.append((block.block_type, page))
        return found

    def approved_adoptions(self):
        return Adoption.objects.approved().filter(campaign_key=self.translation_key)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        adoptions = list(self.approved_adoptions())
        context.update(adoptions=adoptions, adoption_count=len(adoptions))
        return context

    # -- routes ------------------------------------------------------------------------------------

    @path("")
    def campaign(self, request):
        from campaigns import views  # a page's route calling its own app's views

        return views.campaign(request, self)

    @path("adopt/")
    def adopt(self, request):
        from campaigns import views  # a page's route calling its own app's views

        return views.adopt(request, self)

    @path("policy/<str:kind>/")
    def policy_download(self, request, kind):
        from campaigns import views  # a page's route calling its own app's views

        return views.policy_download(request, self, kind)


def folded(text):
    """`text` as the duplicate check compares it: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


class AdoptionQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Adoption.Status.APPROVED).order_by("-adopted_on", "name", "pk")

    def pending(self):
        return self.filter(status=Adoption.Status.PENDING)

    def counting(self):
        """Those that count against a second identical submission: pending or approved."""
        return self.filter(status__in=COUNTING_STATUSES)


class Adoption(models.Model):
    """An organisation (never a person) that adopted a campaign's model policy. Nothing about who sent it
    is stored: no account, no address, no IP address."""

    class Kind(models.TextChoices):
        UNION = "union", _("Union")
        UNION_LOCAL = "union_local", _("Union local")
        SCHOOL_SERVICE_CENTRE = "school_service_centre", _("School service centre")
        MUNICIPALITY = "municipality", _("Municipality")
        OTHER = "other", _("Other organisation")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    campaign_key = models.UUIDField(_("campaign translation key"), db_index=True)
    name = models.CharField(_("name of the organisation"), max_length=200)
    kind = models.CharField(_("kind of organisation"), max_length=30, choices=Kind.choices)
    city = models.CharField(_("city"), max_length=100)
    adopted_on = models.DateField(_("date of adoption"))
    web_page = models.URLField(_("public web page"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    decided_at = models.DateTimeField(_("approved or rejected at"), null=True, blank=True)
    # What a second identical submission is compared on (`folded`), kept so the database can refuse it.
    name_key = models.CharField(max_length=200, editable=False)
    city_key = models.CharField(max_length=100, editable=False)

    objects = AdoptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        ordering = ["-submitted_at", "-pk"]
        default_permissions = ()
        permissions = [("approve_adoptions", _("Can approve or reject campaign adoptions"))]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign_key", "name_key", "city_key"],
                condition=Q(status__in=["pending", "approved"]),
                name="one_adoption_per_organisation_city_and_campaign",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.city})"

    def save(self, *args, **kwargs):
        self.name_key = folded(self.name)
        self.city_key = folded(self.city)
        super().save(*args, **kwargs)

    def decide(self, status):
        """Approve or reject a pending adoption: one conditional UPDATE, so two clicks decide once.
        Whether this call decided it."""
        decided = (
            Adoption.objects.pending().filter(pk=self.pk).update(status=status, decided_at=timezone.now())
        )
        if decided:
            self.refresh_from_db()
        return bool(decided)


COUNTING_STATUSES = [Adoption.Status.PENDING, Adoption.Status.APPROVED]
