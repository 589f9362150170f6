"""Forms of the learning app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from learning.certification import MAX_NAME_LENGTH
from learning.validators import has_control_characters


class CertificateForm(forms.Form):
    """The name to print on a certificate, and whether to show it on the public verification page."""

    name = forms.CharField(
        label=_("Your name on the certificate (optional)"),
        max_length=MAX_NAME_LENGTH,
        required=False,
        help_text=_(
            "Leave it empty for a certificate without a name. Not kept unless you tick the box below."
        ),
    )
    show_name = forms.BooleanField(
        label=_("Show this name to anyone who checks the certificate's code (the name is then kept)"),
        required=False,
    )

    def clean_name(self):
        name = self.cleaned_data["name"]
        if has_control_characters(name):
            raise forms.ValidationError(_("Remove the control characters from the name."))
        return name

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("show_name") and not cleaned.get("name", "").strip():
            self.add_error("name", _("Type the name to show, or untick the box."))
        return cleaned

    def errors_text(self):
        return " ".join(str(error) for errors in self.errors.values() for error in errors)
