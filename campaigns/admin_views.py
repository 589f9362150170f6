"""The admin's adoptions: whoever holds APPROVE_ADOPTIONS (accounts.roles: the pedagogical committee)
lists them, pending ones first shown, and approves or rejects each with a POST; nobody adds or edits one
there (organisations send them from the campaign page). Approved, an adoption shows on its campaign page."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Subquery
from django.middleware.csrf import get_token
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import BaseOperationView
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale, Page
from wagtail.permission_policies.base import BasePermissionPolicy

from campaigns.models import APPROVE_ADOPTIONS, Adoption
from learning.permissions import permission_names

APPROVER_ACTIONS = {"view", "delete", "approve"}
PENDING_QUERY = "?status=pending"


class AdoptionPermissionPolicy(BasePermissionPolicy):
    """Approvers (APPROVE_ADOPTIONS) see, approve, reject and delete adoptions; nobody adds or edits one."""

    def __init__(self):
        super().__init__(model=Adoption)

    def user_has_permission(self, user, action):
        return action in APPROVER_ACTIONS and user.has_perm(APPROVE_ADOPTIONS)

    def users_with_any_permission(self, actions):
        if APPROVER_ACTIONS.isdisjoint(actions):
            return get_user_model().objects.none()
        return permission_names.users_with_any_permission([APPROVE_ADOPTIONS])


class AdoptionIndexView(IndexView):
    """The listing, each adoption with its campaign's title in the source language."""

    def get_base_queryset(self):
        titles = Page.objects.filter(
            translation_key=OuterRef("campaign_key"), locale=Locale.get_default()
        ).values("title")[:1]
        return super().get_base_queryset().annotate(campaign_title=Subquery(titles))


class DecisionColumn(BaseColumn):
    """ "Approve" and "Reject" buttons (two POST forms) for a pending adoption; the status for the others."""

    cell_template_name = "campaigns/admin/decision_cell.html"

    def __init__(self, viewset):
        super().__init__("decision", label=_("Decision"))
        self.viewset = viewset

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context.update(
            csrf_token=get_token(request) if request else "",
            approve_url=reverse(self.viewset.get_url_name("approve"), args=[quote(instance.pk)]),
            reject_url=reverse(self.viewset.get_url_name("reject"), args=[quote(instance.pk)]),
            next_url=request.get_full_path() if request else "",
            is_pending=instance.status == Adoption.Status.PENDING,
        )
        return context


class DecideAdoptionView(PermissionCheckedMixin, BaseOperationView):
    """POST: approve or reject a pending adoption (`status`), then back to the list. An adoption decided
    already (two clicks, two committee members at once) is left as it is, and the message says so."""

    model = Adoption
    permission_required = "approve"
    status = None
    index_url_name = None

    def perform_operation(self):
        name = self.object.name
        if not self.object.decide(self.status):
            messages.warning(self.request, _("“%(name)s” was already approved or rejected.") % {"name": name})
        elif self.status == Adoption.Status.APPROVED:
            messages.success(
                self.request, _("“%(name)s” is approved: it is listed on the campaign page.") % {"name": name}
            )
        else:
            messages.success(
                self.request, _("“%(name)s” is rejected: it will not be listed.") % {"name": name}
            )

    def get_success_url(self):
        return get_valid_next_url_from_request(self.request) or reverse(self.index_url_name) + PENDING_QUERY


class AdoptionViewSet(ModelViewSet):
    model = Adoption
    icon = "tick-inverse"
    menu_label = _("Adoptions")
    menu_order = 320
    add_to_admin_menu = True
    index_view_class = AdoptionIndexView
    inspect_view_enabled = True
    list_filter = ["status", "kind"]
    search_fields = ["name", "city"]
    search_backend_name = None  # a case-insensitive "contains", as the snippets (learning.wagtail_hooks)
    form_fields = ["name", "kind", "city", "adopted_on", "web_page"]  # the policy refuses "add" and "change"
    inspect_view_fields = [
        "name",
        "kind",
        "city",
        "adopted_on",
        "web_page",
        "status",
        "submitted_at",
        "decided_at",
    ]

    @property
    def list_display(self):
        return [
            "name",
            "kind",
            "city",
            "adopted_on",
            Column("campaign_title", label=_("Campaign")),
            "status",
            DecisionColumn(self),
        ]

    @cached_property
    def menu_url(self):
        """The menu leads to what waits for a decision."""
        return reverse(self.get_url_name("index")) + PENDING_QUERY

    def decide_view(self, status):
        return DecideAdoptionView.as_view(status=status, index_url_name=self.get_url_name("index"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", self.decide_view(Adoption.Status.APPROVED), name="approve"),
            path("reject/<int:pk>/", self.decide_view(Adoption.Status.REJECTED), name="reject"),
        ]
