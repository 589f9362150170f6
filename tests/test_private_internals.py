"""ops/private_internals.py, the command that lists private attributes of third-party objects in our
production code: it reports nothing that docs/upgrading.md does not list, and it catches what it must."""

import subprocess
import sys

from ops.private_internals import ROOT, allowed, scan, unlisted

FIXTURE = """
from wagtail.models import Site
from wagtail.utils import _hidden_helper
from learning import routing

_ours = 1


class Ours:
    _cache = None

    def __init__(self):
        self._started = True

    def reads(self, other):
        return self._started, other._cache, self._meta, self._not_defined_by_us


def swaps(request, obj, qs, x, Y):
    request._wagtail_site = x
    obj.__class__ = Y
    qs._result_cache = []
    setattr(obj, "__class__", Y)
    getattr(request, "_wagtail_route_for_request", None)
    Site._find_for_request(request)
    request._solidaire_learner = x
    return routing._own_module_name, obj.__dict__, _ours
"""


def findings_in(tmp_path, source):
    path = tmp_path / "app" / "module.py"
    path.parent.mkdir()
    path.write_text(source)
    return scan([path], root=tmp_path, packages=("app", "learning"))


def test_the_tree_has_no_private_attribute_that_docs_upgrading_does_not_list():
    result = subprocess.run(
        [sys.executable, "ops/private_internals.py"], cwd=ROOT, capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No private attribute" in result.stdout


def test_it_catches_a_request_attribute_a_class_swap_and_a_result_cache(tmp_path):
    found = {(finding.line, finding.code) for finding in findings_in(tmp_path, FIXTURE)}

    assert found == {
        (3, "from wagtail.utils import _hidden_helper"),
        (16, "self._not_defined_by_us"),
        (20, "request._wagtail_site"),
        (21, "obj.__class__ = Y"),
        (22, "qs._result_cache"),
        (23, "setattr(obj, '__class__', Y)"),
        (24, "getattr(request, '_wagtail_route_for_request', None)"),
        (25, "Site._find_for_request"),
    }


def test_it_prints_file_and_line(tmp_path):
    finding = findings_in(tmp_path, "def f(qs):\n    qs._result_cache = []\n")[0]

    assert str(finding) == "app/module.py:2: qs._result_cache"


def test_the_doc_allows_a_file_and_a_name_from_its_marked_table_only(tmp_path):
    doc = """
| File | Name |
|---|---|
| `app/module.py` | `_elsewhere` |
<!-- private-internals -->
| File | Name | Why | Pinned by |
|---|---|---|---|
| `app/module.py` | `_result_cache` | a reason | a test |
<!-- /private-internals -->
"""
    findings = findings_in(tmp_path, "def f(qs, r):\n    qs._result_cache = []\n    r._elsewhere = 1\n")

    assert allowed(doc) == {("app/module.py", "_result_cache")}
    assert [finding.name for finding in unlisted(findings, allowed(doc))] == ["_elsewhere"]
