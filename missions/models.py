"""Internships and observation missions: CountryIndexPage > CountryBriefPage (one partner country).

A brief's text (its summary, the world of work there, its sources' titles) is translated; its table of
ratifications, the NORMLEX address and the date the table was checked are facts about the country, the
same in every language: wagtail-localize keeps them synchronised with the French page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from learning.blocks import RICH_TEXT_FEATURES
from learning.models import SolidairePage, tabs
from missions.blocks import RatificationsBlock, SourcesBlock
from missions.instruments import INSTRUMENTS, name_of, position_of


class CountryIndexPage(SolidairePage):
    """The list of country briefs of one language."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    edit_handler = tabs(content_panels)

    parent_page_types = ["learning.HomePage"]
    subpage_types = ["missions.CountryBriefPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("country brief index")
        verbose_name_plural = _("country brief indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["briefs"] = CountryBriefPage.objects.child_of(self).live().public().order_by("title")
        return context


class CountryBriefPage(SolidairePage):
    """What a union member preparing a mission should know about one country: the world of work there,
    and the country's status for each ILO fundamental instrument, with the date it was checked."""

    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences, shown in the list of briefs.")
    )
    world_of_work = RichTextField(
        _("the world of work"),
        features=RICH_TEXT_FEATURES,
        help_text=_("A few short paragraphs; every fact checked against a source listed below."),
    )
    ratifications = StreamField(
        RatificationsBlock(),
        blank=True,
        verbose_name=_("ratifications"),
        help_text=_(
            "One row per instrument whose status you checked on NORMLEX; leave out those you did not check."
        ),
    )
    normlex_url = models.URLField(
        _("NORMLEX page of the country"), help_text=_("The country's ratifications page on NORMLEX.")
    )
    checked_on = models.DateField(
        _("table checked on"), help_text=_("The day the table was compared with NORMLEX.")
    )
    sources = StreamField(SourcesBlock(), blank=True, verbose_name=_("sources"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("world_of_work"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("normlex_url"), FieldPanel("checked_on")]),
                FieldPanel("ratifications"),
            ],
            heading=_("ILO fundamental conventions"),
        ),
        FieldPanel("sources"),
    ]
    edit_handler = tabs(content_panels)

    # The table is data about the country: a translation copies it, it is never translated.
    override_translatable_fields = [SynchronizedField("ratifications", overridable=False)]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("world_of_work")]

    parent_page_types = ["missions.CountryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("country brief")
        verbose_name_plural = _("country briefs")

    def table_rows(self):
        """The checked rows in the ILO's order: [{"code", "name", "ratified_in"}], the name in the active
        language, `ratified_in` None for an instrument not ratified."""
        rows = [
            {"code": row.value["instrument"], "ratified_in": row.value["ratified_in"]}
            for row in self.ratifications
        ]
        rows.sort(key=lambda row: position_of(row["code"]))
        return [row | {"name": name_of(row["code"])} for row in rows]

    def unchecked_codes(self):
        """The instruments of the table that no row covers (not checked): named on the page, not guessed."""
        covered = {row.value["instrument"] for row in self.ratifications}
        return [code for code in INSTRUMENTS if code not in covered]
