"""What docs/upgrading.md relies on from Wagtail and wagtail-localize, where no behaviour test would notice
it go: the blocks our templates fill, the address of Wagtail's error test; and the doc's own references."""

import re
from pathlib import Path

import wagtail_localize
from django.conf import settings
from django.urls import reverse
from wagtail import hooks
from wagtail_localize import synctree

from learning import wagtail_hooks

ROOT = Path(settings.BASE_DIR)
LOCALIZE_TEMPLATES = Path(wagtail_localize.__file__).parent / "templates" / "wagtail_localize" / "admin"
TEST_REFERENCE = re.compile(r"`([\w/]+\.py)::(test_\w+)`")


def test_the_templates_we_extend_still_have_the_blocks_we_fill():
    """templates/wagtail_localize/admin/: the translation editor's `content` and `extra_js` blocks and the
    editor's element (static/js/solidaire-admin.js puts the review panel before it), the report's
    `results` block."""
    editor = (LOCALIZE_TEMPLATES / "edit_translation.html").read_text()
    report = (LOCALIZE_TEMPLATES / "translations_report_results.html").read_text()

    assert "{% block content %}" in editor
    assert "{% block extra_js %}" in editor
    assert 'class="js-translation-editor"' in editor
    assert "{% block results %}" in report


def test_wagtails_error_test_url_is_where_we_answer_it():
    """config/urls.py answers /admin/failwhale/ with a 404: if Wagtail moved its error test, the 500 would
    be back at the new address."""
    assert reverse("wagtailadmin_error_test") == "/admin/failwhale/"


def test_wagtail_localize_makes_a_new_pages_aliases_in_its_hook_and_ours_runs_after_it():
    """learning.page_aliases undoes, for a page not live yet, the aliases wagtail-localize's
    `after_create_page` hook has just made (docs/upgrading.md, entry 17): its hook must still be the one
    that makes them, and run before ours."""
    after_create_page = hooks.get_hooks("after_create_page")

    assert synctree.after_create_page in after_create_page
    assert after_create_page.index(synctree.after_create_page) < after_create_page.index(
        wagtail_hooks.withhold_or_place_the_aliases
    )


def test_every_test_docs_upgrading_names_exists():
    doc = (ROOT / "docs" / "upgrading.md").read_text()
    references = TEST_REFERENCE.findall(doc)

    assert len(references) > 10
    missing = [
        f"{path}::{name}"
        for path, name in references
        if not (ROOT / path).is_file() or f"def {name}(" not in (ROOT / path).read_text()
    ]
    assert missing == []
