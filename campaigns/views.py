"""A campaign page's own routes (CampaignPage): the page with its adoption form, the form's POST, and the
model policy's downloads."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from campaigns import policy_documents
from campaigns.forms import AdoptionForm

ADOPTION_ANCHOR = "#adopt"
THANKS = gettext_lazy(
    "Thank you! Your organisation will be listed once the pedagogical committee has checked it."
)
DOWNLOADS = {
    "odt": (policy_documents.policy_odt, policy_documents.ODT_TYPE),
    "pdf": (policy_documents.policy_pdf, policy_documents.PDF_TYPE),
}


def campaign(request, page, form=None, status=200):
    """The campaign page, its adoption form empty, or `form` with its refusals (then answered `status`)."""
    response = page.render(request, context_overrides={"adoption_form": form or AdoptionForm(campaign=page)})
    response.status_code = status
    return response


@require_POST
def adopt(request, page):
    """POST: an organisation says it adopted the policy. Stored pending the committee's approval, then back
    to the page (post/redirect/get) with a message; refused, the page again with the form's messages (400),
    and nothing stored. Nothing about the sender is kept: no account, no address."""
    form = AdoptionForm(request.POST, campaign=page)
    if form.is_valid():
        try:
            with transaction.atomic():
                form.save()
        except IntegrityError:  # the same organisation sent twice at once: the database kept the first
            form.add_duplicate_error()
        else:
            messages.success(request, THANKS)
            return redirect(page.get_url(request) + ADOPTION_ANCHOR)
    return campaign(request, page, form, status=400)


def policy_download(request, page, kind):
    """The model policy as an OpenDocument text (`odt`) or a PDF (`pdf`), in the page's language."""
    if kind not in DOWNLOADS or not page.has_policy:
        raise Http404
    make, content_type = DOWNLOADS[kind]
    response = HttpResponse(make(page), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, policy_documents.file_name(page, kind))
    return response
