"""The campaigns' admin: the adoptions to approve (campaigns.admin_views)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from campaigns.admin_views import AdoptionPermissionPolicy, AdoptionViewSet
from campaigns.models import Adoption

register_permission_policy(Adoption, AdoptionPermissionPolicy())


@hooks.register("register_admin_viewset")
def register_adoption_viewset():
    return AdoptionViewSet("campaign_adoptions")
