"""Account forms: sign up with a username and a password only; an email address is optional."""

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class SignUpForm(UserCreationForm):
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


class DeleteAccountForm(forms.Form):
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
