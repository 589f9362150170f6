"""The admin's "Import questions (GIFT)" for a quiz (its button and URLs: quizzes.wagtail_hooks), for
people who may edit the quiz: a file is uploaded, read (quizzes.gift) and previewed; confirming reads the
same text again, checks every question (quizzes.gift_import) and appends them to the quiz as a new draft
revision, or imports none. Nothing is published: the draft goes through review like any edit.

The previewed text travels in the confirm form (base64 in a hidden field), so nothing is kept on the
server between the two steps; confirming reads and checks it again as if it were uploaded again."""

import base64
import binascii

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.admin import messages

from quizzes import gift, gift_import
from quizzes.models import QuizPage
from quizzes.presentation import QuestionView

MAX_BYTES = 512 * 1024

EXAMPLE = """// Single choice: one right answer (=), wrong ones (~), feedback after #
::Capital::What is the capital of Haiti? {
  =Port-au-Prince#Yes.
  ~Cap-Haïtien#No, it is in the north.
  ####Port-au-Prince has been the capital since 1770.
}

// Multiple choice: the right answers share 100%
Which are labour rights? {~%50%Freedom of association ~%50%Equal pay ~%-100%Working without a contract}

// True or false
Forced labour is forbidden by ILO convention C029. {T}

// Short answer: every accepted answer after =
Which organisation adopted convention C087? {=ILO =International Labour Organization}"""


class GiftFileForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("GIFT file"),
        help_text=gettext_lazy(
            "A text file exported from Moodle in GIFT format (Question bank > Export), 512 KB at most."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise ValidationError(_("The file is larger than 512 KB: export fewer questions at a time."))
        return upload.read()


class ConfirmForm(forms.Form):
    gift = forms.CharField(widget=forms.HiddenInput)

    def clean_gift(self):
        try:
            data = base64.b64decode(self.cleaned_data["gift"], validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError(_("The previewed file could not be read again: upload it again.")) from None
        if len(data) > MAX_BYTES:
            raise ValidationError(_("The file is larger than 512 KB: export fewer questions at a time."))
        return data


def editable_quiz(request, quiz_id):
    """The quiz, if the user may edit it (else 403); None (with a message) if it is locked against them
    or takes no import (an alias, a translation)."""
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not quiz.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    lock = quiz.get_lock()
    refusal = lock.get_message(request.user) if lock and lock.for_user(request.user) else None
    refusal = refusal or gift_import.importable(quiz)
    if refusal:
        messages.error(request, refusal)
        return None
    return quiz


def previewed(question, number):
    """An imported question as its type's answer key shows it (templates/quizzes/questions/)."""
    block = gift_import.stream_block().child_blocks[question.block_type]
    value = block.to_python(question.value)
    options = block.options(value, reveal=True)
    return {
        "imported": question,
        "label": block.meta.label,
        "view": QuestionView(number, "", value, block, options=options, show_key=True),
    }


def render(request, quiz, template, **context):
    return TemplateResponse(
        request, f"quizzes/admin/{template}", {"quiz": quiz, "example": EXAMPLE, **context}
    )


def read_or_refuse(form, field, data):
    """The Reading of `data`, or None with the form's error saying why nothing can be imported."""
    try:
        reading = gift.read(data)
    except gift.UnreadableFile as error:
        form.add_error(field, str(error))
        return None
    if not reading.questions:
        form.add_error(field, _("No question in this file can be imported: see why below."))
    return reading


@require_http_methods(["GET", "POST"])
def upload(request, quiz_id):
    """The upload form (GET), then the preview of what the file holds (POST)."""
    quiz = editable_quiz(request, quiz_id)
    if quiz is None:
        return redirect("wagtailadmin_pages:edit", quiz_id)
    form = GiftFileForm(request.POST or None, request.FILES or None)
    if request.method == "GET" or not form.is_valid():
        return render(request, quiz, "gift_upload.html", form=form)
    data = form.cleaned_data["file"]
    reading = read_or_refuse(form, "file", data)
    if reading is None or not reading.questions:
        return render(request, quiz, "gift_upload.html", form=form, reading=reading)
    try:
        gift_import.checked(reading)
        failures = []
    except gift_import.InvalidImport as invalid:
        failures = invalid.failures
    confirm = ConfirmForm(initial={"gift": base64.b64encode(data).decode()})
    return render(
        request,
        quiz,
        "gift_preview.html",
        reading=reading,
        questions=[previewed(question, number) for number, question in enumerate(reading.questions, 1)],
        failures=failures,
        confirm=confirm,
    )


def imported_text(count, title):
    return ngettext(
        "%(count)s question imported into '%(title)s', at the end of a new draft. Nothing is published: "
        "check the questions, write any missing explanation, then submit the quiz for review.",
        "%(count)s questions imported into '%(title)s', at the end of a new draft. Nothing is published: "
        "check the questions, write any missing explanation, then submit the quiz for review.",
        count,
    ) % {"count": count, "title": title}


@require_POST
def confirm(request, quiz_id):
    """Import every question of the previewed text, or none."""
    quiz = editable_quiz(request, quiz_id)
    if quiz is None:
        return redirect("wagtailadmin_pages:edit", quiz_id)
    form = ConfirmForm(request.POST)
    reading = read_or_refuse(form, "gift", form.cleaned_data["gift"]) if form.is_valid() else None
    try:
        questions = gift_import.checked(reading) if reading and reading.questions else None
    except gift_import.InvalidImport:
        form.add_error("gift", _("Some questions would not be valid: nothing was imported."))
        questions = None
    if not questions:
        errors = [error for errors in form.errors.values() for error in errors]
        messages.error(request, " ".join(errors) + " " + _("Nothing was imported."))
        return redirect("quizzes_gift:upload", quiz.pk)
    gift_import.append(quiz, questions, request.user)
    text = imported_text(len(questions), quiz.get_admin_display_title())
    edit_url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    messages.success(request, text, buttons=[messages.button(edit_url, _("Edit the quiz"))])
    return redirect(edit_url)
