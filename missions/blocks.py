"""A country brief's rows: one ILO instrument's status for the country, and one source."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from missions.instruments import CHOICES

FIRST_ILO_RATIFICATION = 1919


class RatificationBlock(blocks.StructBlock):
    """An instrument and the year the country ratified it; no year: not ratified (as checked)."""

    instrument = blocks.ChoiceBlock(choices=CHOICES, label=_("instrument"))
    ratified_in = blocks.IntegerBlock(
        required=False,
        min_value=FIRST_ILO_RATIFICATION,
        max_value=2100,
        label=_("year of ratification"),
        help_text=_("Leave empty if the country has not ratified it."),
    )

    class Meta:
        icon = "tick"
        label = _("ratification")


class RatificationsBlock(blocks.StreamBlock):
    """The table's rows; an instrument appears at most once."""

    ratification = RatificationBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        for child in value:
            code = child.value["instrument"]
            if code in seen:
                raise blocks.StreamBlockValidationError(
                    non_block_errors=ValidationError(
                        _("%(code)s appears twice in the table.") % {"code": code}
                    )
                )
            seen.add(code)
        return value


class SourceBlock(blocks.StructBlock):
    """A page the brief's facts come from."""

    title = blocks.CharBlock(max_length=255, label=_("title"))
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("source")


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()
