"""Django permissions by their name, "app_label.codename" (what `user.has_perm` takes), for every app: the
apps declare their own on a model (`Meta.permissions`), name them where they check them, and accounts.roles
says which group holds which."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy


def named(names):
    """The Permission rows of `names`: for Wagtail's `register_permissions` hook, which lets the admin's
    Settings > Groups give them."""
    query = Q(pk__in=[])
    for name in names:
        app_label, codename = name.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


class PermissionNamePolicy(BasePermissionPolicy):
    """Wagtail's permission policy whose actions are permission names: a view built on Wagtail's
    PermissionCheckedMixin (a report) declares `any_permission_required` with them, and Wagtail asks
    `user.has_perm` through this."""

    def __init__(self):
        super().__init__(model=None)

    def user_has_permission(self, user, action):
        return user.has_perm(action)

    def user_has_any_permission(self, user, actions):
        return any(user.has_perm(action) for action in actions)

    def users_with_any_permission(self, actions):
        permissions = named(actions)
        given = Q(user_permissions__in=permissions) | Q(groups__permissions__in=permissions)
        return get_user_model().objects.filter(Q(is_superuser=True) | given, is_active=True).distinct()


permission_names = PermissionNamePolicy()
