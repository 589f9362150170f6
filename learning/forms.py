"""Forms of the learning app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from learning.certification import MAX_NAME_LENGTH
from learning.validators import has_control_characters


class CertificateForm(forms.Form):
    """The name to print on a certificate, and whether to show it on the public verification page."""

    name = forms.CharField(
        label=_("Name to print on the certificate"),
        max_length=MAX_NAME_LENGTH,
        help_text=_("Printed on the PDF only. Not kept unless you tick the box below."),
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

    def errors_text(self):
        return " ".join(str(error) for errors in self.errors.values() for error in errors)
