"""Account forms: sign up with a username and a password only; an email address is optional."""

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class FocusFirstErrorMixin:
    """A form sent back with errors puts the focus (autofocus) on the first field in error, not on its
    first field, and ties each field to its error message (aria-describedby)."""

    def full_clean(self):
        super().full_clean()
        if not self._errors:
            return
        for field in self.fields.values():
            field.widget.attrs.pop("autofocus", None)
        in_error = [name for name in self.fields if name in self._errors]
        if in_error:
            self.fields[in_error[0]].widget.attrs["autofocus"] = True
        for name in in_error:
            bound = self[name]
            described = bound.field.widget.attrs.get("aria-describedby", "").split()
            if bound.help_text:
                described.append(f"{bound.auto_id}_helptext")
            described.append(f"{bound.auto_id}_error")
            bound.field.widget.attrs["aria-describedby"] = " ".join(dict.fromkeys(described))


class SignUpForm(FocusFirstErrorMixin, UserCreationForm):
    email = forms.EmailField(
        label=_("Email address (optional)"),
        required=False,
        help_text=_("Only used to reset your password if you forget it. You can leave it empty."),
    )

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")
        help_texts = {
            "username": _(
                "Any name you like; it need not be your real name. Letters, digits and @ . + - _ only."
            )
        }

    def validate_password_for_user(self, user, password_field_name="password1"):  # noqa: S107 - a field name
        """What is wrong with the password (too short, too common...) is said beside the password, not
        beside its confirmation, which only says when the two differ."""
        super().validate_password_for_user(user, password_field_name=password_field_name)


class DeleteAccountForm(FocusFirstErrorMixin, forms.Form):
    """Erasing an account asks for its password again."""

    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput, strip=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your password. Nothing was deleted."))
        return password
