"""Where the time of a 10,000-application start (and of ``agenda``) goes.

``python -m tests.benchmarks --profile`` (or ``--only startup --profile``) runs, after the
benchmarks, on the 10,000-application store:

- a *timeline probe*: the real ``--startup-check`` path (``followup_gui.ui.app.run``) in a
  child whose phases are timed by wrapping the app's own functions from outside (imports,
  ``QApplication``, translators, each store load split into JSON decoding and validation,
  the verdicts, building the main window, the list's sort, show → first paint, and the
  exit after it); the same for ``agenda --json``. ``time.perf_counter`` is the system's
  monotonic clock on Linux, so the child's stamps line up with the parent's spawn/exit;
- ``-X importtime`` of the start, summed per top-level package and per module;
- pyinstrument call trees of both (when pyinstrument is installed), written as text to
  ``results/profile-startup.txt`` and ``results/profile-agenda.txt``.

Nothing here changes the product: it only wraps functions in the probe's own process.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .harness import Context

_T0 = time.perf_counter()  # the probe's first Python moment (after interpreter start)

# --------------------------------------------------------------------------- probe (child)


class Timeline:
    """Stamps and per-function totals, written as JSON at exit."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float]] = [("python started, probe running", _T0)]
        self.totals: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def mark(self, name: str) -> None:
        self.marks.append((name, time.perf_counter()))

    def wrap(self, owner: Any, attr: str, label: str, *, mark: bool = False) -> bool:
        """Replace ``owner.attr`` by a timing wrapper; False when it does not exist."""
        original = getattr(owner, attr, None)
        if original is None or not callable(original):
            return False
        timeline = self

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            if mark:
                timeline.mark(f"{label} starts")
            try:
                return original(*args, **kwargs)
            finally:
                timeline.totals[label] += time.perf_counter() - started
                timeline.calls[label] += 1
                if mark:
                    timeline.mark(f"{label} done")

        wrapper.__wrapped__ = original  # type: ignore[attr-defined]
        setattr(owner, attr, wrapper)
        return True

    def as_json(self) -> dict[str, Any]:
        return {
            "marks": self.marks,
            "totals_ms": {k: v * 1000 for k, v in self.totals.items()},
            "calls": dict(self.calls),
        }


def _import(timeline: Timeline, label: str, *modules: str) -> None:
    started = time.perf_counter()
    for module in modules:
        importlib.import_module(module)
    timeline.totals[label] += time.perf_counter() - started
    timeline.mark(f"{label} done")


def _wrap_store(timeline: Timeline) -> None:
    from followup_gui import store

    timeline.wrap(store, "load_or_new", "store.load_or_new (read + decode + validate)")
    timeline.wrap(store, "load", "store.load (read + decode + validate)")
    timeline.wrap(store, "_decode", "  json decode")
    timeline.wrap(store, "_parse_document", "  validate + build model objects")


def _time_sorting(timeline: Timeline, main_window: Any) -> None:
    """Time the list's sort: the table view the window makes is a subclass that times
    ``setSortingEnabled``/``sortByColumn`` (the proxy sorts inside them)."""
    base = getattr(main_window, "QTableView", None)
    if base is None:
        return

    class TimedTableView(base):  # type: ignore[misc, valid-type]
        def setSortingEnabled(self, enable: bool) -> None:
            started = time.perf_counter()
            super().setSortingEnabled(enable)
            timeline.totals["QTableView.setSortingEnabled (proxy sort)"] += (
                time.perf_counter() - started
            )

        def sortByColumn(self, column: int, order: Any) -> None:
            started = time.perf_counter()
            super().sortByColumn(column, order)
            timeline.totals["QTableView.sortByColumn (proxy sort)"] += time.perf_counter() - started

    main_window.QTableView = TimedTableView


def _time_gc(timeline: Timeline) -> None:
    """Sum the cyclic garbage collector's pauses, per generation."""
    import gc

    started: list[float] = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            label = f"gc: generation {info['generation']} collections"
            timeline.totals[label] += time.perf_counter() - started[0]
            timeline.calls[label] += 1

    gc.callbacks.append(callback)


def probe_startup(store_path: str, out: str) -> int:
    timeline = Timeline()
    _time_gc(timeline)
    _import(timeline, "import PySide6 (QtCore, QtGui, QtWidgets)",
            "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")  # fmt: skip
    _import(timeline, "import followup_gui.cli.command", "followup_gui.cli.command")
    _import(timeline, "import followup_gui.ui.app (the rest of the app)", "followup_gui.ui.app")
    from PySide6.QtWidgets import QApplication

    from followup_gui.ui import app as app_module
    from followup_gui.ui import main_window
    from followup_gui.ui.list import model as application_model

    _wrap_store(timeline)
    timeline.wrap(app_module, "install_translators", "install_translators")
    timeline.wrap(app_module, "build_window", "build_window (load + Session + MainWindow)")
    timeline.wrap(application_model, "assess", "advice.assess (all calls)")
    model_cls = application_model.ApplicationsModel
    timeline.wrap(model_cls, "__init__", "ApplicationsModel() (verdicts for every row)")
    _time_sorting(timeline, main_window)
    window_cls = main_window.MainWindow
    for name in ("_build_actions", "_build_central", "_build_menus", "_build_status_bar",
                 "_restore_settings", "_update_stack", "select_first", "show_current"):  # fmt: skip
        timeline.wrap(window_cls, name, f"MainWindow.{name}")
    original_init = window_cls.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        started = time.perf_counter()
        original_init(self, *args, **kwargs)
        timeline.totals["MainWindow() total"] += time.perf_counter() - started
        timeline.mark("MainWindow built")
        self.first_painted.connect(lambda: timeline.mark("first_painted emitted"))

    window_cls.__init__ = init  # type: ignore[method-assign]
    timeline.wrap(window_cls, "show", "MainWindow.show()", mark=True)

    exit_now = app_module._exit_now

    def write_then_exit() -> None:  # the app leaves through os._exit: atexit never runs
        timeline.mark("first paint: exiting")
        Path(out).write_text(json.dumps(timeline.as_json()), encoding="utf-8")
        exit_now()

    app_module._exit_now = write_then_exit
    started = time.perf_counter()
    QApplication(sys.argv[:1])
    timeline.totals["QApplication()"] += time.perf_counter() - started
    timeline.mark("QApplication created")
    code = app_module.run(store_path=Path(store_path), lang="sv", startup_check=True)
    timeline.mark("event loop left (run returned)")
    _write_at_exit(timeline, out)
    return code


def probe_floor(store_path: str, out: str) -> int:
    """The floor with the same marks (``store_path`` is ignored)."""
    del store_path
    timeline = Timeline()
    _import(timeline, "import PySide6 (QtCore, QtGui, QtWidgets)",
            "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")  # fmt: skip
    from . import floor

    code = floor.main()
    timeline.mark("event loop left (window painted)")
    _write_at_exit(timeline, out)
    return code


def probe_agenda(store_path: str, out: str) -> int:
    timeline = Timeline()
    _time_gc(timeline)
    _import(timeline, "import followup_gui.cli.command", "followup_gui.cli.command")
    _import(
        timeline,
        "import followup_gui.rules.agenda (advice, reasons, …)",
        "followup_gui.rules.agenda",
    )
    from followup_gui.cli import command as cli
    from followup_gui.rules import agenda

    _wrap_store(timeline)
    timeline.wrap(agenda, "agenda_items", "agenda_items (assess + sort)")
    timeline.wrap(agenda, "assess", "  advice.assess (all calls)")
    timeline.wrap(agenda, "as_json", "as_json (build the output object)")
    timeline.wrap(json, "dump", "json.dump (write the output)")
    with open(os.devnull, "w", encoding="utf-8") as sink:
        saved, sys.stdout = sys.stdout, sink
        try:
            code = cli.main(["agenda", "--json", "--lang", "sv", "--store", store_path,
                             "--now", "2026-11-26T09:00"])  # fmt: skip
        finally:
            sys.stdout = saved
    timeline.mark("agenda done")
    _write_at_exit(timeline, out)
    return code


def _write_at_exit(timeline: Timeline, out: str) -> None:
    import atexit

    def write() -> None:
        timeline.mark("atexit (interpreter shutdown begins)")
        Path(out).write_text(json.dumps(timeline.as_json()), encoding="utf-8")

    atexit.register(write)


# --------------------------------------------------------------------------- parent side


def _child_env(ctx: Context) -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])
    extra = ctx.env.get("PYTHONPATH")
    return {**ctx.env, "PYTHONPATH": os.pathsep.join(filter(None, [root, extra]))}


def run_probe(ctx: Context, kind: str, size: int, runs: int) -> dict[str, Any]:
    """Median timeline of ``runs`` probe children, as phases in ms."""
    from .harness import _checked, run_child

    phases: dict[str, list[float]] = defaultdict(list)
    totals: dict[str, list[float]] = defaultdict(list)
    calls: dict[str, int] = {}
    out = ctx.workdir / f"probe-{kind}.json"
    store = str(ctx.store_paths[size])
    cmd = [ctx.python, "-m", "tests.benchmarks.profiling", kind, store, str(out)]
    for index in range(runs + 1):  # the first is a warm-up
        spawned = time.perf_counter()
        run = _checked(run_child(cmd, _child_env(ctx), cwd=ctx.workdir), f"probe {kind}")
        ended = spawned + run.wall_s
        data = json.loads(out.read_text(encoding="utf-8"))
        if index == 0:
            continue
        previous_name, previous = "process spawned", spawned
        for name, moment in [*data["marks"], ("process exited", ended)]:
            phases[f"{previous_name} → {name}"].append((moment - previous) * 1000)
            previous_name, previous = name, moment
        phases["TOTAL (spawn → exit)"].append(run.wall_s * 1000)
        for name, value in data["totals_ms"].items():
            totals[name].append(value)
        calls = data["calls"]
    return {
        "timeline_ms": {name: statistics.median(v) for name, v in phases.items()},
        "function_totals_ms": {name: statistics.median(v) for name, v in totals.items()},
        "calls": calls,
    }


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def import_times(ctx: Context) -> dict[str, Any]:
    """``-X importtime`` of the 10,000 start: per top-level package and slowest modules."""
    from .harness import _checked, run_child

    env = {**ctx.env, "PYTHONPROFILEIMPORTTIME": "1"}
    runs = [
        _checked(run_child(ctx.startup_cmd(10_000), env, cwd=ctx.workdir), "importtime")
        for _ in range(3)
    ]
    per_run: list[dict[str, Any]] = []
    for run in runs[1:]:
        by_package: dict[str, float] = defaultdict(float)
        modules: list[tuple[str, float, float]] = []
        for match in _IMPORT_LINE.finditer(run.stderr):
            self_us, cumulative_us, indent, name = match.groups()
            by_package[name.split(".")[0]] += int(self_us) / 1000
            modules.append((name, int(self_us) / 1000, int(cumulative_us) / 1000))
            del indent
        per_run.append({"packages": by_package, "modules": modules})
    packages = {
        name: statistics.median(run["packages"].get(name, 0.0) for run in per_run)
        for name in per_run[0]["packages"]
    }
    first = per_run[0]["modules"]
    return {
        "total_self_ms": sum(packages.values()),
        "by_package_self_ms": dict(sorted(packages.items(), key=lambda kv: -kv[1])[:20]),
        "slowest_self_ms": [(n, s) for n, s, _ in sorted(first, key=lambda m: -m[1])[:20]],
        "slowest_cumulative_ms": [
            (n, c)
            for n, _, c in sorted(first, key=lambda m: -m[2])
            if "." in n
            or n in ("PySide6", "followup_gui", "holidays", "dateutil", "platformdirs", "json")
        ][:25],
    }


def pyinstrument_reports(ctx: Context, results: Path) -> dict[str, str]:
    """Text call trees of the 10,000 start and agenda; {} when pyinstrument is missing."""
    from .harness import _checked, run_child

    if importlib.util.find_spec("pyinstrument") is None:
        return {}
    store = str(ctx.store_paths[10_000])
    jobs = {
        "startup": [
            "-m",
            "followup_gui.cli",
            "--lang",
            "sv",
            "--store",
            store,
            "--startup-check",
        ],
        "agenda": [
            "-m",
            "followup_gui.cli",
            "agenda",
            "--json",
            "--lang",
            "sv",
            "--store",
            store,
            "--now",
            "2026-11-26T09:00",
        ],
    }
    written: dict[str, str] = {}
    results.mkdir(parents=True, exist_ok=True)
    for name, args in jobs.items():
        out = results / f"profile-{name}.txt"
        cmd = [ctx.python, "-m", "pyinstrument", "--interval", "0.0005", "-r", "text",
               "--show-all", "-o", str(out), *args]  # fmt: skip
        _checked(run_child(cmd, ctx.env, cwd=ctx.workdir, timeout=300), f"pyinstrument {name}")
        written[name] = str(out)
    return written


def _print_ms(
    title: str, items: dict[str, float] | list[tuple[str, float]], limit: int = 40
) -> None:
    print(f"\n{title}")
    pairs = list(items.items()) if isinstance(items, dict) else items
    for name, value in pairs[:limit]:
        print(f"  {value:8.1f} ms  {name}")


def profile_all(ctx: Context, results: Path) -> dict[str, Any]:
    ctx.log("profiling the 10,000-application start and agenda …")
    report: dict[str, Any] = {
        "floor": run_probe(ctx, "floor", 0, 3),
        "startup_0": run_probe(ctx, "startup", 0, 3),
        "startup_10000": run_probe(ctx, "startup", 10_000, 3),
        "agenda_10000": run_probe(ctx, "agenda", 10_000, 3),
        "imports": import_times(ctx),
    }
    report["pyinstrument"] = pyinstrument_reports(ctx, results)
    for kind in ("floor", "startup_0", "startup_10000", "agenda_10000"):
        _print_ms(f"{kind}: timeline (median of 3 runs)", report[kind]["timeline_ms"])
        if kind != "floor":
            _print_ms(f"{kind}: time inside functions (cumulative, overlapping)",
                      report[kind]["function_totals_ms"])  # fmt: skip
    _print_ms("imports (-X importtime, self time per top-level package)",
              report["imports"]["by_package_self_ms"], 15)  # fmt: skip
    _print_ms(
        "imports: slowest modules, cumulative", report["imports"]["slowest_cumulative_ms"], 25
    )
    for name, path in report["pyinstrument"].items():
        print(f"pyinstrument {name}: {path}")
    return report


def main(argv: list[str]) -> int:
    probes: dict[str, Callable[[str, str], int]] = {
        "startup": probe_startup,
        "agenda": probe_agenda,
        "floor": probe_floor,
    }
    if len(argv) != 3 or argv[0] not in probes:
        print("usage: python -m tests.benchmarks.profiling startup|agenda|floor STORE OUT.json")
        return 2
    return probes[argv[0]](argv[1], argv[2])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
