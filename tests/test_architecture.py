"""The rules of docs/architecture.md, checked on the import graph read from the source
(tests/import_graph.py, which `python tests/import_graph.py` prints)."""

from tests.import_graph import cycles, graph

# Which app may import which (config wires them all together).
MAY_IMPORT = {
    "learning": set(),
    "quizzes": {"learning"},
    "pedagogy_tools": {"learning", "quizzes"},
    "accounts": {"learning"},
    "circles": {"accounts", "learning", "quizzes", "pedagogy_tools"},
    "offline": {"learning", "quizzes"},
    "campaigns": {"learning", "pedagogy_tools"},
    "missions": {"learning", "quizzes", "pedagogy_tools"},
    "config": {
        "accounts",
        "learning",
        "quizzes",
        "pedagogy_tools",
        "circles",
        "offline",
        "campaigns",
        "missions",
    },
}


def app_of(module):
    return module.split(".")[0]


def test_no_import_cycle_but_a_page_route_calling_its_own_views():
    assert cycles(graph()) == []


def test_the_graph_sees_a_cycle_when_there_is_one():
    edges = {"a.models": {"a.views": (1, True)}, "a.views": {"a.models": (1, False)}}
    assert cycles(edges) == []  # the one allowed back-reference
    edges["a.views"]["a.forms"] = (2, False)
    edges["a.forms"] = {"a.views": (3, True)}
    assert cycles(edges) == [["a.forms", "a.views"]]


def test_each_app_imports_only_the_apps_below_it():
    wrong = [
        (module, target)
        for module, targets in graph().items()
        for target in targets
        if app_of(target) != app_of(module) and app_of(target) not in MAY_IMPORT[app_of(module)]
    ]
    assert wrong == []


def test_other_apps_import_learning_models_from_the_package():
    reaching_in = [
        (module, target)
        for module, targets in graph().items()
        for target in targets
        if app_of(module) != "learning" and target.startswith("learning.models.")
    ]
    assert reaching_in == []


def allowed_lazy(module, target):
    """A page's route calling its own app's views, and an AppConfig.ready() connecting its signals."""
    app = app_of(module)
    route_to_views = module.startswith(f"{app}.models") and target == f"{app}.views"
    ready_to_signals = module == f"{app}.apps" and target == f"{app}.signals"
    return route_to_views or ready_to_signals


def test_no_lazy_import_without_a_reason():
    lazy = [
        (module, target)
        for module, targets in graph().items()
        for target, (_line, is_lazy) in targets.items()
        if is_lazy and not allowed_lazy(module, target)
    ]
    assert lazy == []
