"""Translatable snippets the course tree refers to: themes, labour standards and glossary terms."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A subject a course is filed under in the catalogue (freedom of association, supply chains...)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("description"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class LabourStandard(TranslatableMixin, index.Indexed, models.Model):
    """An ILO instrument (a convention or a protocol), identified by its code such as C087."""

    class Category(models.TextChoices):
        FUNDAMENTAL = "fundamental", _("Fundamental")
        GOVERNANCE = "governance", _("Governance")
        TECHNICAL = "technical", _("Technical")

    code = models.CharField(_("code"), max_length=10, help_text=_("For example C087 or P029."))
    title = models.CharField(_("title"), max_length=255)
    year_adopted = models.PositiveSmallIntegerField(_("year adopted"))
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    summary = models.TextField(_("summary"))
    official_url = models.URLField(_("link to the official text"), blank=True)

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        SynchronizedField("code"),
        SynchronizedField("year_adopted"),
        SynchronizedField("category"),
        SynchronizedField("official_url"),
    ]
    search_fields = [
        index.SearchField("code"),
        index.SearchField("title"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("labour standard")
        verbose_name_plural = _("labour standards")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_standard_code_per_locale")
        ]

    def __str__(self):
        return f"{self.code} – {self.title}"


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word the courses use with a precise meaning, explained once and shown as a card in lessons."""

    term = models.CharField(_("term"), max_length=120)
    definition = models.TextField(_("definition"))

    translatable_fields = [TranslatableField("term"), TranslatableField("definition")]
    search_fields = [index.SearchField("term"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]

    def __str__(self):
        return self.term


def in_locale(objects, locale_id):
    """`objects` (translatable snippets) replaced by their translation in `locale_id` where one exists,
    in the same order; one query whatever the number of objects."""
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    translated = {
        item.translation_key: item
        for item in model.objects.filter(
            locale_id=locale_id, translation_key__in=[obj.translation_key for obj in objects]
        )
    }
    return [translated.get(obj.translation_key, obj) for obj in objects]
