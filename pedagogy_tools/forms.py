from django import forms
from django.utils.translation import gettext_lazy as _

from pedagogy_tools.agenda import KIT_START_MINUTES, is_kit_start


class StartTimeForm(forms.Form):
    """The workshop's start time, from which the agenda's times are counted (a GET form). A quarter hour
    only: the kit prints the times, and each start time has its kit (pedagogy_tools.agenda)."""

    start = forms.TimeField(
        label=_("Workshop starts at"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time", "step": KIT_START_MINUTES * 60}, format="%H:%M"),
        error_messages={"invalid": _("Enter a time such as 09:30.")},
    )

    def clean_start(self):
        start = self.cleaned_data["start"]
        if start is not None and not is_kit_start(start):
            raise forms.ValidationError(
                _("Choose a time on the quarter hour, such as 09:00, 09:15, 09:30 or 09:45."),
                code="quarter_hour",
            )
        return start
