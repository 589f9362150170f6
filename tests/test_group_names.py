"""Roles are permissions: no Python file of the site, the benchmarks or ops names a group, but the one
module that says which group holds which permission (accounts.roles). Migrations, tests and the demo's
accounts (which make the groups and put people in them) may."""

import ast
from pathlib import Path

from accounts.roles import ROLE_PERMISSIONS

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ["accounts", "config", "learning", "pedagogy_tools", "quizzes", "benchmarks", "ops"]
ALLOWED = {ROOT / "accounts" / "roles.py", ROOT / "learning" / "demo" / "accounts.py"}


def scanned_files():
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" in path.parts or "tests" in path.parts or path in ALLOWED:
                continue
            yield path


def group_names_in(path, names):
    """[(line, string)] of the string literals of `path` that are one of `names`, whatever their case."""
    names = {name.casefold() for name in names}
    tree = ast.parse(path.read_text(), filename=str(path))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.strip().casefold() in names
    ]


def test_no_group_name_outside_the_roles_module():
    names = set(ROLE_PERMISSIONS)
    found = [
        (str(path.relative_to(ROOT)), line, text)
        for path in scanned_files()
        for line, text in group_names_in(path, names)
    ]
    assert found == []


def test_the_scan_sees_a_group_name(tmp_path):
    module = tmp_path / "module.py"
    module.write_text(
        'GROUP = "Facilitators"\nuser.groups.filter(name__iexact="editors")\nNOTE = "Facilitators run"\n'
    )
    assert group_names_in(module, set(ROLE_PERMISSIONS)) == [(1, "Facilitators"), (2, "editors")]
    assert len(list(scanned_files())) > 50
