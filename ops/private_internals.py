"""Private attributes of other people's objects used in our production code, read with `ast`.

    .venv/bin/python ops/private_internals.py

Prints each one as `file:line: code`, except those docs/upgrading.md allows (its table between the
`private-internals` markers: a file and a name per row). Exit status 1 if any is not allowed, else 0.

Production code is the apps and their settings: every .py file under `APPS`, without tests (`tests/`,
`test_*.py`, `conftest.py`) and migrations (generated, frozen with the schema). Benchmarks and ops scripts
are tools run by hand or by CI, not the server: left out.

Counted as private: `obj._name` (read, write or delete), `getattr`/`setattr`/`hasattr`/`delattr` with a
literal "_name", `from x import _name` and an assignment to an object's `__class__` (a class swap),
where `_name` is not ours.
Ours: a name our code defines (a module-level name, a class attribute or method, an attribute assigned on
`self` or `cls`), any name of one of our own modules (`learning._x`), and the attributes we keep on
others' objects, named `_solidaire_...` (a request's learner: `request._solidaire_learner`). Dunders
(`__dict__`, `__name__`) are Python's, not private. `DOCUMENTED` holds the few underscore names that are
public API.
"""

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("accounts", "config", "learning", "pedagogy_tools", "quizzes")
DOC = ROOT / "docs" / "upgrading.md"

# Underscore names the libraries document as public: Django's model `_meta` API and default managers,
# namedtuple's methods.
OUR_PREFIX = "_solidaire_"
DOCUMENTED = {"_meta", "_default_manager", "_base_manager", "_asdict", "_replace", "_fields", "_make"}
ATTRIBUTE_FUNCTIONS = {"getattr", "setattr", "hasattr", "delattr"}
ALLOW_LIST = re.compile(r"<!-- private-internals -->(.*?)<!-- /private-internals -->", re.S)
ALLOWED_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|", re.M)


@dataclass(frozen=True)
class Finding:
    path: str  # relative to the scanned root, with "/"
    line: int
    name: str
    code: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.code}"


def is_private(name):
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def production_files(root=ROOT):
    for app in APPS:
        for path in sorted((root / app).rglob("*.py")):
            parts = path.relative_to(root).parts
            if "tests" in parts or "migrations" in parts:
                continue
            if path.name.startswith("test_") or path.name == "conftest.py":
                continue
            yield path


class Definitions(ast.NodeVisitor):
    """The underscore names a module defines: at module level, in a class body, on self or cls."""

    def __init__(self):
        self.names = set()

    def visit_FunctionDef(self, node):
        self.names.add(node.name)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def add_names_assigned_in(self, body):
        for statement in body:
            for target in assigned(statement):
                if isinstance(target, ast.Name):
                    self.names.add(target.id)

    def visit_ClassDef(self, node):
        self.names.add(node.name)
        self.add_names_assigned_in(node.body)
        self.generic_visit(node)

    def visit_Module(self, node):
        self.add_names_assigned_in(node.body)
        self.generic_visit(node)

    def visit_Attribute(self, node):
        if isinstance(node.ctx, ast.Store) and receiver(node) in ("self", "cls"):
            self.names.add(node.attr)
        self.generic_visit(node)


def assigned(statement):
    if isinstance(statement, ast.Assign):
        return [leaf for target in statement.targets for leaf in leaves(target)]
    if isinstance(statement, ast.AnnAssign | ast.AugAssign):
        return leaves(statement.target)
    return []


def leaves(target):
    if isinstance(target, ast.Tuple | ast.List):
        return [leaf for element in target.elts for leaf in leaves(element)]
    return [target]


def receiver(node):
    return node.value.id if isinstance(node.value, ast.Name) else None


def own_module_aliases(tree, packages):
    """Names bound in this module to one of our own modules (`from learning import routing`)."""
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases.update(
                (alias.asname or alias.name).split(".")[0]
                for alias in node.names
                if alias.name.split(".")[0] in packages
            )
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in packages:
            aliases.update(alias.asname or alias.name for alias in node.names)
    return aliases


def snippet(node):
    code = ast.unparse(node)
    return code if len(code) <= 100 else code[:97] + "..."


class Uses(ast.NodeVisitor):
    def __init__(self, path, ours, own_aliases, packages):
        self.path, self.ours, self.own_aliases, self.packages = path, ours, own_aliases, packages
        self.findings = []

    def found(self, node, name, code):
        self.findings.append(Finding(self.path, node.lineno, name, code))

    def foreign(self, name, holder=None):
        ours = name in self.ours or name.startswith(OUR_PREFIX) or holder in self.own_aliases
        return is_private(name) and not ours and name not in DOCUMENTED

    def visit_Assign(self, node):
        for target in node.targets:
            for leaf in leaves(target):
                if isinstance(leaf, ast.Attribute) and leaf.attr == "__class__":
                    self.found(node, "__class__", snippet(node))
        self.generic_visit(node)

    def visit_Attribute(self, node):
        if self.foreign(node.attr, receiver(node)):
            self.found(node, node.attr, snippet(node))
        self.generic_visit(node)

    def visit_Call(self, node):
        function = node.func.id if isinstance(node.func, ast.Name) else None
        if function in ATTRIBUTE_FUNCTIONS and len(node.args) >= 2:
            name = node.args[1].value if isinstance(node.args[1], ast.Constant) else None
            swap = name == "__class__" and function == "setattr"
            if isinstance(name, str) and (swap or self.foreign(name)):
                self.found(node, name, snippet(node))
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        if node.module and node.module.split(".")[0] not in self.packages:
            for alias in node.names:
                if is_private(alias.name):
                    self.found(node, alias.name, snippet(node))
        self.generic_visit(node)


def scan(paths, root=ROOT, packages=APPS):
    """Every private use in the files `paths` (under `root`); names defined in any of them are ours."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), filename=str(path)) for path in paths}
    definitions = Definitions()
    for tree in trees.values():
        definitions.visit(tree)
    findings = []
    for path, tree in trees.items():
        relative = path.relative_to(root).as_posix()
        uses = Uses(relative, definitions.names, own_module_aliases(tree, packages), set(packages))
        uses.visit(tree)
        findings.extend(uses.findings)
    return sorted(findings, key=lambda finding: (finding.path, finding.line, finding.code))


def allowed(doc_text):
    """The (file, name) pairs of the table between the doc's `private-internals` markers."""
    block = ALLOW_LIST.search(doc_text)
    if block is None:
        raise ValueError("docs/upgrading.md has no <!-- private-internals --> table")
    return {(path, name) for path, name in ALLOWED_ROW.findall(block.group(1))}


def unlisted(findings, allow):
    return [finding for finding in findings if (finding.path, finding.name) not in allow]


def main():
    findings = unlisted(scan(list(production_files())), allowed(DOC.read_text(encoding="utf-8")))
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} private attribute(s) of third-party objects not listed in docs/upgrading.md")
        return 1
    print("No private attribute of third-party objects outside docs/upgrading.md's list.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
