from django import forms
from django.utils.translation import gettext_lazy as _


class StartTimeForm(forms.Form):
    """The workshop's start time, from which the agenda's times are counted (a GET form)."""

    start = forms.TimeField(
        label=_("Workshop starts at"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time", "step": 300}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 09:30.")},
    )
