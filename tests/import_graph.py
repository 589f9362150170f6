"""The import graph of the project's own modules, read from the source (top-level and lazy imports).

Run `python tests/import_graph.py` to print every import cycle; tests/test_architecture.py asserts the
rules of docs/architecture.md on the same graph.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["accounts", "config", "learning", "pedagogy_tools", "quizzes"]


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def project_modules():
    """{module name: path} of every module of the project's apps, tests and migrations excluded."""
    modules = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts or "tests" in path.parts:
                continue
            modules[module_name(path)] = path
    return modules


def resolve(name, modules):
    """The longest project module that `name` (a module or an object inside one) refers to."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return None


def imports_of(module, path, modules):
    """[(imported module, line, lazy)] for each import in `path` of another project module."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []

    def visit(node, lazy):
        for child in ast.iter_child_nodes(node):
            child_lazy = lazy or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            names = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                names = [f"{base}.{alias.name}" for alias in child.names] or [base]
            for name in names:
                target = resolve(name, modules)
                if target and target != module:
                    found.append((target, child.lineno, child_lazy))
            visit(child, child_lazy)

    visit(tree, False)
    return found


def graph():
    """{module: {imported module: (line, lazy)}} over the project's modules."""
    modules = project_modules()
    edges = {}
    for module, path in modules.items():
        edges[module] = {}
        for target, line, lazy in imports_of(module, path, modules):
            edges[module].setdefault(target, (line, lazy))
    return edges


def is_route_to_own_views(source, target):
    """The one allowed back-reference: a page's route method importing its own app's views."""
    app = source.split(".")[0]
    return source.startswith(f"{app}.models") and target == f"{app}.views"


def cycles(edges, allowed=is_route_to_own_views):
    """The strongly connected components (more than one module) of the graph without allowed edges."""
    kept = {m: {t for t in targets if not allowed(m, t)} for m, targets in edges.items()}
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in kept.get(node, ()):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(kept):
        if node not in index:
            connect(node)
    return components


if __name__ == "__main__":
    edges = graph()
    found = cycles(edges)
    for component in found:
        print("cycle:", " ↔ ".join(component))
        for module in component:
            for target, (line, lazy) in sorted(edges[module].items()):
                if target in component:
                    print(f"    {module}:{line} imports {target}{' (lazy)' if lazy else ''}")
    print(f"{len(edges)} modules, {sum(map(len, edges.values()))} imports, {len(found)} cycle(s)")
    sys.exit(1 if found else 0)
