"""Rules about the code's shape that a reviewer should not have to check by eye."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "followup_gui"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_nothing_outside_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_core_and_the_agenda_run_without_qt() -> None:
    code = (
        "import sys, json\n"
        "from followup_gui.cli import command as cli\n"
        "from followup_gui import advice, adtext, checklist, store\n"
        "from followup_gui.rules import agenda, headline\n"
        "cli.build_parser()\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in "
        f"{QT_MODULES!r}], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# ---------------------------------------------------------------------- size and imports

MAX_UI_FILE_LINES = 500
MAX_CLASS_METHODS = 40


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules ``name`` imports anywhere: at the top, in functions, and
    under ``TYPE_CHECKING`` (a circle there is still a circle for a reader)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return {m for m in found if m in known and m != name}


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imported_modules(name, path, known) for name, path in modules.items()}


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of two or more modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_circles(graph) == [["a", "b", "c"]]
    assert import_circles({"a": {"b"}, "b": set()}) == []


def test_the_import_graph_sees_relative_and_local_imports() -> None:
    graph = import_graph()
    # a function-local import of a sibling, and a relative import two levels up
    assert "followup_gui.ui.list.verdict_panel" in graph["followup_gui.ui.list.page"]
    assert "followup_gui.store.list_cache" in graph["followup_gui.ui.list.page"]


def test_no_import_circles_among_the_package_modules() -> None:
    assert import_circles(import_graph()) == []


def test_no_ui_module_is_longer_than_500_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in (PACKAGE / "ui").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_UI_FILE_LINES
    }
    assert long == {}


def test_no_class_has_more_than_40_methods() -> None:
    big = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                methods = [
                    item
                    for item in node.body
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
                ]
                if len(methods) > MAX_CLASS_METHODS:
                    big[f"{path.relative_to(PACKAGE)}:{node.name}"] = len(methods)
    assert big == {}


def test_every_sub_package_is_in_the_wheel() -> None:
    """pyproject.toml lists the packages by name: a new ui/ folder must be added there."""
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    packages = {_module_name(path) for path in PACKAGE.rglob("__init__.py")}
    assert packages - listed == set()


def test_the_ui_folders_import_each_other_one_way() -> None:
    """No two parts of ui/ (its folders, and its top modules) lean on each other."""

    def part(module: str) -> str | None:
        names = module.split(".")
        return names[2] if names[:2] == ["followup_gui", "ui"] and len(names) > 2 else None

    folders: dict[str, set[str]] = {}
    for module, targets in import_graph().items():
        source = part(module)
        if source is None:
            continue
        folders.setdefault(source, set()).update(
            target for t in targets if (target := part(t)) not in (None, source)
        )
    for targets in list(folders.values()):
        for target in targets:
            folders.setdefault(target, set())
    assert import_circles(folders) == []


# ---------------------------------------------------------------------- the core's packages

MAX_CORE_FILE_LINES = 800
LOOSE_MODULES = {"model", "i18n", "advice", "adtext", "checklist"}
"""The modules allowed loose in followup_gui/: the data model and the language helpers that
every package uses, and the three faces that keep Contract 3's import paths."""
FACES = {"advice": "rules", "adtext": "reading", "checklist": "writing"}

ALLOWED = {
    "rules": set(),
    "system": set(),
    "store": {"rules"},  # the list cache keeps verdicts
    "reading": {"rules", "store"},  # weeks in working days; the limits an ad is held to
    "writing": {"system"},  # the spelling dictionaries are data files
    "reports": {"rules"},
    "importers": {"rules", "store", "reports"},
    "cli": {"rules", "store", "reading", "writing", "reports", "importers", "system", "ui"},
    "ui": {"rules", "store", "reading", "writing", "reports", "importers", "system"},
}
"""Which package may import which (docs/architecture.md draws it). Every package may also
import the loose base modules (model, i18n) and the package root (name, version); nothing
imports cli/ or ui/ but cli/, which starts the desktop app."""


def _part(module: str) -> str:
    names = module.split(".")
    return names[1] if len(names) > 1 else "followup_gui"


def test_at_most_five_modules_lie_loose_in_the_package() -> None:
    loose = {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"}
    assert loose == LOOSE_MODULES
    assert len(loose) <= 5


def test_no_core_module_is_longer_than_800_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_CORE_FILE_LINES
    }
    assert long == {}


def test_every_core_package_is_in_the_allowed_map() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert packages == set(ALLOWED), "a new package needs its line in ALLOWED"


def test_the_core_packages_import_each_other_only_one_way() -> None:
    base = {"followup_gui", "model", "i18n"}
    wrong = []
    for module, targets in import_graph().items():
        source = _part(module)
        for target in targets:
            part = _part(target)
            if part == source or part in base:
                continue
            if source in FACES:
                allowed = {FACES[source]}
            elif source in base:
                allowed = set()
            else:
                allowed = ALLOWED[source]
            if part not in allowed:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_the_base_modules_stand_alone() -> None:
    """model and i18n are what everything else builds on: they import no package module."""
    graph = import_graph()
    for name in ("followup_gui.model", "followup_gui.i18n"):
        assert {t for t in graph[name] if _part(t) not in ("followup_gui",)} == set()


def test_the_contract_import_paths_still_work() -> None:
    """Contract 3 names these paths; the code lives in the packages now."""
    from followup_gui.adtext import AdFacts, analyse
    from followup_gui.advice import Verdict, assess
    from followup_gui.checklist import Finding, check_email
    from followup_gui.store import StoreError, load, save

    assert analyse.__module__ == "followup_gui.reading.adtext"
    assert assess.__module__ == "followup_gui.rules.advice"
    assert check_email.__module__ == "followup_gui.writing.checklist"
    assert load.__module__ == "followup_gui.store.parse"
    assert save.__module__ == "followup_gui.store.saving"
    assert issubclass(StoreError, Exception)
    assert {AdFacts.__name__, Verdict.__name__, Finding.__name__} == {
        "AdFacts", "Verdict", "Finding",
    }  # fmt: skip


def test_the_store_face_loads_reading_and_writing_on_first_use() -> None:
    """store/__init__ keeps its reading and writing modules off the start path (issue 27);
    each public name still resolves to its function, whatever was imported first."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import followup_gui.store as store\n"
        "lazy = ['decode', 'fields', 'parse', 'records', 'saving', 'write']\n"
        "assert not [m for m in lazy if f'followup_gui.store.{m}' in sys.modules]\n"
        "import followup_gui.store.saving, followup_gui.store.write\n"  # a submodule first
        "from followup_gui.store import save, load, dumps\n"
        "assert callable(store.save) and store.save is save, store.save\n"
        "assert save.__module__ == 'followup_gui.store.saving'\n"
        "assert load.__module__ == 'followup_gui.store.parse' and callable(dumps)\n"
        "assert all(getattr(store, name) is not None for name in store.__all__)\n"
        "try:\n"
        "    store.no_such_name\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('no AttributeError')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
