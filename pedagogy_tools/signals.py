"""A kit's file goes when its row goes (outdated kits, deleted toolkits, revisions purged)."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from pedagogy_tools.models import KitBuild, kit_storage


@receiver(post_delete, sender=KitBuild, dispatch_uid="pedagogy_tools.delete_kit_file")
def delete_kit_file(sender, instance, **kwargs):
    if instance.file:
        # Only once the deletion is committed: a rolled-back delete must not lose the file.
        transaction.on_commit(partial(kit_storage().delete, instance.file.name))
