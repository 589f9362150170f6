"""Admin registration for the learning app's snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.models import GlossaryTerm, LabourStandard, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_order = 300
    list_display = ["name", "slug"]
    search_fields = ["name"]


class LabourStandardViewSet(SnippetViewSet):
    model = LabourStandard
    icon = "doc-full-inverse"
    menu_order = 301
    list_display = ["code", "title", "year_adopted", "category"]
    list_filter = ["category"]
    search_fields = ["code", "title"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_order = 302
    list_display = ["term"]
    search_fields = ["term"]


register_snippet(ThemeViewSet)
register_snippet(LabourStandardViewSet)
register_snippet(GlossaryTermViewSet)
