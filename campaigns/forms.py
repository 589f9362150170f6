"""The form an organisation fills in to say it adopted a campaign's model policy. It asks for nothing
about a person; every refusal says what to fix, and a refused form stores nothing."""

from django import forms
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.models import Adoption, folded
from learning.validators import has_control_characters

TEXT_FIELDS = ("name", "city", "web_page")
MARKUP_CHARACTERS = "<>"
DUPLICATE = _(
    "This organisation has already told us that it adopted this policy, for this city. It is shown once the "
    "pedagogical committee has approved it: there is no need to send it again."
)


class AdoptionForm(forms.ModelForm):
    web_page = forms.URLField(
        label=_("Public web page (optional)"),
        required=False,
        max_length=300,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        error_messages={"invalid": _("Give a web address that starts with http:// or https://.")},
        help_text=_("The organisation's page about its adoption, or its home page."),
    )

    class Meta:
        model = Adoption
        fields = ["name", "kind", "city", "adopted_on", "web_page"]
        labels = {
            "name": _("Name of the organisation"),
            "kind": _("Kind of organisation"),
            "city": _("City"),
            "adopted_on": _("Date of adoption"),
        }
        widgets = {"adopted_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        error_messages = {
            "name": {
                "required": _("Give the name of the organisation."),
                "max_length": _("The name can be at most %(limit_value)d characters long."),
            },
            "city": {
                "required": _("Give the city of the organisation."),
                "max_length": _("The city can be at most %(limit_value)d characters long."),
            },
            "kind": {"required": _("Choose the kind of organisation.")},
            "adopted_on": {
                "required": _("Give the date the policy was adopted."),
                "invalid": _("Give the date as year-month-day, for example 2025-05-01."),
            },
        }

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign = campaign
        self.instance.campaign_key = campaign.translation_key
        self.fields["kind"].choices = [("", _("Choose…")), *Adoption.Kind.choices]
        today = timezone.localdate().isoformat()
        self.fields["adopted_on"].widget.attrs["max"] = today
        self.fields["name"].help_text = _("The union, local, service centre or municipality: never a person.")

    def clean_text(self, name):
        value = self.cleaned_data.get(name, "")
        if value and has_control_characters(value):
            raise forms.ValidationError(
                _("Remove the control characters (line breaks, tabs...) from this field.")
            )
        if value and any(char in value for char in MARKUP_CHARACTERS):
            raise forms.ValidationError(_("Write plain text, without the characters < and >."))
        return value

    def clean_name(self):
        return self.clean_text("name")

    def clean_city(self):
        return self.clean_text("city")

    def clean_web_page(self):
        return self.clean_text("web_page")

    def clean_adopted_on(self):
        adopted_on = self.cleaned_data["adopted_on"]
        if adopted_on > timezone.localdate():
            raise forms.ValidationError(_("The date of adoption cannot be in the future."))
        return adopted_on

    def clean(self):
        cleaned = super().clean()
        name, city = cleaned.get("name"), cleaned.get("city")
        if name and city and self.is_duplicate(name, city):
            raise forms.ValidationError(DUPLICATE, code="duplicate")
        return cleaned

    def is_duplicate(self, name, city):
        return (
            Adoption.objects.counting()
            .filter(campaign_key=self.campaign.translation_key, name_key=folded(name), city_key=folded(city))
            .exists()
        )

    def add_duplicate_error(self):
        """For a duplicate the database refused (two submissions at once)."""
        self.add_error(None, forms.ValidationError(DUPLICATE, code="duplicate"))
