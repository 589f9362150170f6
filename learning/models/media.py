"""The project's own image model, in place from the first migration so it can grow without a swap."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image with a default description for screen readers."""

    default_alt_text = models.CharField(
        _("default alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Describes the image for people who cannot see it."),
    )

    admin_form_fields = (*Image.admin_form_fields, "default_alt_text")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class Rendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
        verbose_name = _("image rendition")
        verbose_name_plural = _("image renditions")
