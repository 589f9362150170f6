"""Account forms: sign up with a username and a password only; an email address is optional."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import UserCreationForm
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.security import password_is_right


class FocusFirstErrorMixin:
    """A form sent back with errors puts the focus (autofocus) on the first field in error, not on its
    first field, and ties each field to its error message (aria-describedby)."""

    def full_clean(self):
        super().full_clean()
        if not self.errors:
            return
        for field in self.fields.values():
            field.widget.attrs.pop("autofocus", None)
        in_error = [name for name in self.fields if name in self.errors]
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

    def save_unless_taken(self):
        """The new user, or None with "this name is taken" on the form when a simultaneous sign-up (a
        double click) took the username between validation and saving: the unique column decides."""
        try:
            with transaction.atomic():
                return self.save()
        except IntegrityError:
            username = self.cleaned_data["username"]
            if not User.objects.filter(username__iexact=username).exists():
                raise
            self.add_error("username", self.instance.unique_error_message(User, ["username"]))
            return None


class DeleteAccountForm(FocusFirstErrorMixin, forms.Form):
    """Erasing an account asks for its password again; a wrong one counts with the failed sign-ins."""

    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput, strip=False)

    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = request.user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not User.objects.filter(pk=self.user.pk).exists():
            return password  # erased by a simultaneous request: nothing left to protect
        if not password_is_right(self.request, self.user, password):
            raise forms.ValidationError(_("This is not your password. Nothing was deleted."))
        return password


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    """Django's form, whose wrong "old password" counts with the failed sign-ins."""

    def __init__(self, user, *args, request=None, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if not password_is_right(self.request, self.user, old_password):
            raise forms.ValidationError(self.error_messages["password_incorrect"], code="password_incorrect")
        return old_password
