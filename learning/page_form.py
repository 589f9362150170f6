"""The admin's form for every page of the site (`SolidairePage.base_form_class`): Wagtail's page form,
whose text fields never cut what is typed or pasted.

Wagtail's text inputs carry the field's `maxlength`, so a browser silently cut a 400-character title
pasted into the title field to 255 (issue 21). Here the inputs take any length and the form refuses one
too long, with a message on the field naming both lengths; the title field says its limit beforehand."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

TOO_LONG = _(
    "The title has %(show_value)s characters: %(limit_value)s at most. Shorten it; nothing was saved."
)
TEXT_TOO_LONG = _(
    "This text has %(show_value)s characters: %(limit_value)s at most. Shorten it; nothing was saved."
)
TITLE_HELP = _("The page's title, as learners will see it: %(max)s characters at most.")


class SolidairePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, forms.CharField) and field.max_length:
                field.widget.attrs.pop("maxlength", None)
                field.error_messages["max_length"] = TOO_LONG if name == "title" else TEXT_TOO_LONG
        title = self.fields.get("title")
        if title is not None and title.max_length:
            title.help_text = TITLE_HELP % {"max": title.max_length}
