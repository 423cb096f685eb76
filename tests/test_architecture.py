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
