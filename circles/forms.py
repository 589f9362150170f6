"""The circle's forms: a circle (made by someone who may lead circles), a meeting, a member's circle name
and sharing choice. Each refuses what it cannot keep with a message that says what to fix."""

import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.forms import FocusFirstErrorMixin
from accounts.models import User
from circles import rules
from circles.access import may_lead_circles
from learning.models import CoursePage
from pedagogy_tools.models import ToolkitPage
from quizzes.live.rules import has_hidden_characters

SHARING_CHOICES = [
    ("", _("Counted in the group's totals only")),
    ("share", _("My progress under my circle name")),
]


def plain_name(value):
    """A circle's name NFKC-normalised with its spaces collapsed; refused with a control or invisible
    character, or with < or > (names are plain text)."""
    value = unicodedata.normalize("NFKC", value or "")
    if has_hidden_characters(value):
        raise forms.ValidationError(_("Remove the invisible or control characters from the name."))
    if "<" in value or ">" in value:
        raise forms.ValidationError(_("The name cannot contain < or >."))
    return " ".join(value.split())


class CircleForm(FocusFirstErrorMixin, forms.Form):
    name = forms.CharField(label=_("Name of the circle"), max_length=80)
    language = forms.ChoiceField(label=_("Language of the circle"), choices=settings.LANGUAGES)
    course = forms.TypedChoiceField(
        label=_("Course"),
        coerce=int,
        help_text=_("A course in the circle's language."),
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"), help_text=_("Meeting times are typed and shown in this time zone.")
    )
    co_facilitator = forms.CharField(
        label=_("Co-facilitator (optional)"),
        required=False,
        max_length=150,
        help_text=_("The username of another facilitator, who will lead the circle with you."),
    )
    max_members = forms.IntegerField(label=_("Maximum number of members"), min_value=2)

    def __init__(self, *args, facilitator=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.facilitator = facilitator
        courses = CoursePage.objects.live().select_related("locale").order_by("locale__language_code", "path")
        groups = {}
        for course in courses:
            groups.setdefault(course.locale.language_code, []).append((course.pk, course.title))
        names = dict(settings.LANGUAGES)
        self.courses = {course.pk: course for course in courses}
        self.fields["course"].choices = [("", "—")] + [
            (names.get(code, code), choices) for code, choices in groups.items()
        ]
        self.fields["time_zone"].choices = [(zone, zone.replace("_", " ")) for zone in rules.time_zones()]
        limit = rules.max_members()
        self.fields["max_members"].widget.attrs.update(min=2, max=limit)
        self.fields["max_members"].help_text = _("From 2 to %(max)s.") % {"max": limit}
        if not self.is_bound:
            self.initial.setdefault("max_members", limit)
            self.initial.setdefault("time_zone", rules.FIRST_ZONES[0])

    def clean_name(self):
        return plain_name(self.cleaned_data["name"]) or self.fail_empty()

    def fail_empty(self):
        raise forms.ValidationError(_("Give the circle a name."))

    def clean_time_zone(self):
        zone = self.cleaned_data["time_zone"]
        if not rules.is_time_zone(zone):
            raise forms.ValidationError(_("Choose a time zone from the list."))
        return zone

    def clean_max_members(self):
        value = self.cleaned_data["max_members"]
        limit = rules.max_members()
        if value > limit:
            raise forms.ValidationError(_("A circle holds at most %(max)s members."), params={"max": limit})
        return value

    def clean_co_facilitator(self):
        username = (self.cleaned_data["co_facilitator"] or "").strip()
        if not username:
            return None
        user = User.objects.filter(username__iexact=username, is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("No account has this username."))
        if not may_lead_circles(user):
            raise forms.ValidationError(
                _("This person is not a facilitator: only a facilitator can co-lead.")
            )
        if self.facilitator is not None and user.pk == self.facilitator.pk:
            raise forms.ValidationError(_("You already lead this circle: name someone else."))
        return user

    def clean(self):
        cleaned = super().clean()
        course = self.courses.get(cleaned.get("course"))
        if cleaned.get("course") and course is None:
            self.add_error("course", _("Choose a course from the list."))
        elif (
            course is not None
            and cleaned.get("language")
            and course.locale.language_code != cleaned["language"]
        ):
            self.add_error("course", _("Choose a course in the circle's language."))
        cleaned["course_page"] = course
        return cleaned


class MeetingForm(FocusFirstErrorMixin, forms.Form):
    day = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    time = forms.TimeField(label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    place = forms.CharField(
        label=_("Place"),
        required=False,
        max_length=300,
        help_text=_("A union hall's address, an online room's link…"),
    )
    steps = forms.MultipleChoiceField(
        label=_("Course steps to read before"), required=False, widget=forms.CheckboxSelectMultiple
    )
    toolkit = forms.ChoiceField(label=_("Toolkit to run in it (optional)"), required=False)

    def __init__(self, *args, circle, steps, toolkits, **kwargs):
        super().__init__(*args, **kwargs)
        self.circle = circle
        self.fields["steps"].choices = [(str(step.translation_key), step.title) for step in steps]
        self.fields["toolkit"].choices = [("", "—")] + [
            (str(toolkit.translation_key), toolkit.title) for toolkit in toolkits
        ]
        self.fields["time"].help_text = _("In the circle's time zone, %(zone)s.") % {
            "zone": circle.time_zone.replace("_", " ")
        }

    def clean_place(self):
        value = unicodedata.normalize("NFKC", self.cleaned_data["place"] or "")
        if has_hidden_characters(value):
            raise forms.ValidationError(_("Remove the invisible or control characters from the place."))
        return " ".join(value.split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("day") and cleaned.get("time"):
            moment = rules.local_moment(cleaned["day"], cleaned["time"], self.circle.time_zone)
            if moment is None:
                self.add_error(
                    "time",
                    _(
                        "This time does not exist in %(zone)s on that day (the clocks go forward). "
                        "Choose another."
                    )
                    % {"zone": self.circle.time_zone},
                )
            cleaned["starts_at"] = moment
        return cleaned


def toolkits_in(language):
    """The live toolkits in `language` (one query)."""
    return list(ToolkitPage.objects.live().filter(locale__language_code=language).order_by("path"))


class MembershipForm(FocusFirstErrorMixin, forms.Form):
    circle_name = forms.CharField(
        label=_("Your circle name"),
        max_length=200,
    )
    sharing = forms.ChoiceField(
        label=_("What the facilitators see of your progress"),
        choices=SHARING_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["circle_name"].help_text = _(
            "The others in the circle know you by this name only, not by your username. "
            "%(max)s characters at most."
        ) % {"max": rules.MAX_CIRCLE_NAME}
        if not self.is_bound:
            self.initial.setdefault("sharing", "")

    def clean_circle_name(self):
        try:
            return rules.clean_circle_name(self.cleaned_data["circle_name"])
        except rules.CircleRefused as refusal:
            raise forms.ValidationError(refusal.message) from None

    @property
    def shares_progress(self):
        return self.cleaned_data.get("sharing") == "share"
