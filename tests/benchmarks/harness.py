"""The benchmark run: DESIGN.md "Performance budget", one table, one JSON file.

Every startup figure is a ratio to the *floor* (``floor.py``: a bare ``QApplication`` and
``QMainWindow`` shown and painted), run from the same venv with the same environment, in
pairs whose order alternates, so that a machine that is busy or slow for a while moves
both sides alike; the figure is the ratio of the medians. Children run with a fresh
``XDG_CONFIG_HOME``/``XDG_DATA_HOME``/``XDG_CACHE_HOME``, offscreen, with their peak
memory taken from ``wait4``. One warm-up run of each command comes first (it compiles the
``.pyc`` files and fills the file cache); "cold start" means a new process, not an empty
disk cache.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from . import stores

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESULTS = HERE / "results"
NOW_ARG = stores.NOW.strftime("%Y-%m-%dT%H:%M")
BENCHMARKS = ("startup", "memory", "agenda", "keystroke", "save", "overview", "scale")

# DESIGN.md "Performance budget".
BUDGET_STARTUP_EMPTY = 1.3
BUDGET_STARTUP_10K = 2.0
BUDGET_STARTUP_10K_FIRST = 3.0  # issue 27: no list cache (another computer changed the file)
BUDGET_AGENDA = 4.0
BUDGET_KEYSTROKE_MS = 16.0
BUDGET_SAVE_MS = 250.0
BUDGET_UI_CALL_MS = 16.0  # "off the UI thread": starting the save costs less than a frame
BUDGET_MEMORY = 3.0
BUDGET_OVERVIEW_MS = 100.0  # issue 17: the overview opens in 100 ms at 10,000 applications
# Issue 13 point 5: 100,000 applications stay under 1 GB, and cost grows about linearly.
SCALE_SIZE = 100_000
BUDGET_SCALE_MB = 1024.0
BUDGET_SCALE_GROWTH = 12.0  # 10x the applications may cost at most 12x the time

CHILD_TIMEOUT_S = 120.0


# --------------------------------------------------------------------------- children


@dataclass
class Run:
    """One child process: wall time from spawn to exit, peak RSS, exit code."""

    wall_s: float
    maxrss_kb: int
    returncode: int
    stderr: str = ""


class BenchError(Exception):
    """A measurement could not be made (the app failed, a result is missing)."""


# A child of a big process inherits that process's memory high-water mark (``ru_maxrss``
# is taken over at ``exec``; ``subprocess`` uses vfork), so the harness would taint the
# figures once it has made a 10,000-application store. Children therefore start from this
# tiny launcher (``python -I -S``, a few MB), which times fork → exit itself and reports the
# child's own rusage in a file: ``wall_seconds maxrss_kb exit_code``.
LAUNCHER = """
import os, signal, sys, time
out, timeout, argv = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
signal.signal(signal.SIGALRM, lambda *_: os.kill(pid, signal.SIGKILL))
signal.setitimer(signal.ITIMER_REAL, timeout)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
signal.setitimer(signal.ITIMER_REAL, 0)
with open(out, "w") as f:
    f.write("%r %d %d" % (wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status)))
"""


def run_child(
    cmd: Sequence[str],
    env: dict[str, str],
    *,
    cwd: Path,
    stdout: int | IO[Any] = subprocess.DEVNULL,
    timeout: float = CHILD_TIMEOUT_S,
) -> Run:
    """Run ``cmd`` through the launcher: wall time spawn → exit, its own peak RSS."""
    with tempfile.TemporaryFile() as err, tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "rusage"
        launcher = [sys.executable, "-I", "-S", "-c", LAUNCHER, str(report), str(timeout)]
        done = subprocess.run(
            [*launcher, *cmd], stdin=subprocess.DEVNULL, stdout=stdout, stderr=err, env=env,
            cwd=cwd, timeout=timeout + 30, check=False,
        )  # fmt: skip
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
        try:
            wall, maxrss, code = report.read_text().split()
        except (OSError, ValueError):
            return Run(0.0, 0, done.returncode or 1, text + "\n(the launcher reported nothing)")
    rss = int(maxrss) if sys.platform != "darwin" else int(maxrss) // 1024
    return Run(float(wall), rss, int(code), text)


def _checked(run: Run, what: str) -> Run:
    if run.returncode != 0:
        tail = "\n".join(run.stderr.strip().splitlines()[-15:])
        raise BenchError(f"{what} exited with {run.returncode}:\n{tail}")
    return run


@dataclass
class Series:
    """Paired runs of an app command and its reference (the floor, or bare json.load)."""

    app: list[Run] = field(default_factory=list)
    ref: list[Run] = field(default_factory=list)

    @staticmethod
    def _median(runs: list[Run], key: Callable[[Run], float]) -> float:
        return statistics.median(key(run) for run in runs)

    @property
    def app_s(self) -> float:
        return self._median(self.app, lambda r: r.wall_s)

    @property
    def ref_s(self) -> float:
        return self._median(self.ref, lambda r: r.wall_s)

    @property
    def ratio(self) -> float:
        return self.app_s / self.ref_s

    @property
    def pair_ratio(self) -> float:
        """Median of the per-pair ratios (a cross-check of the ratio of medians)."""
        return statistics.median(
            a.wall_s / r.wall_s for a, r in zip(self.app, self.ref, strict=True)
        )

    @property
    def app_rss_kb(self) -> float:
        return self._median(self.app, lambda r: r.maxrss_kb)

    @property
    def ref_rss_kb(self) -> float:
        return self._median(self.ref, lambda r: r.maxrss_kb)

    def as_json(self) -> dict[str, Any]:
        return {
            "pairs": len(self.app),
            "app_median_s": self.app_s,
            "ref_median_s": self.ref_s,
            "ratio_of_medians": self.ratio,
            "median_pair_ratio": self.pair_ratio,
            "app_s": [r.wall_s for r in self.app],
            "ref_s": [r.wall_s for r in self.ref],
            "app_maxrss_kb": [r.maxrss_kb for r in self.app],
            "ref_maxrss_kb": [r.maxrss_kb for r in self.ref],
        }


@dataclass
class Context:
    """What every benchmark needs: commands, environment, stores, repetitions."""

    python: str
    app_cmd: list[str]
    env: dict[str, str]
    workdir: Path
    store_paths: dict[int, Path]
    pairs: int
    max_series_s: float
    rounds: int
    saves: int
    log: Callable[[str], None]
    series: dict[str, Series] = field(default_factory=dict)
    # further ways to start the app (``--entry`` given again: e.g. the installed bundle),
    # by name; the startup figures run them in the same rounds as ``app_cmd`` and the floor
    also: dict[str, list[str]] = field(default_factory=dict)

    @property
    def floor_cmd(self) -> list[str]:
        return [self.python, str(HERE / "floor.py")]

    def startup_cmd(self, size: int) -> list[str]:
        return self.startup_cmd_of(self.store_paths[size])

    def startup_cmd_of(self, store: Path, app_cmd: list[str] | None = None) -> list[str]:
        app = self.app_cmd if app_cmd is None else app_cmd
        return [*app, "--lang", "sv", "--store", str(store), "--startup-check"]

    def agenda_cmd(self, size: int) -> list[str]:
        store = str(self.store_paths[size])
        return [*self.app_cmd, "agenda", "--json", "--lang", "sv", "--store", store,
                "--now", NOW_ARG]  # fmt: skip

    def bare_json_cmd(self, size: int) -> list[str]:
        store = str(self.store_paths[size])
        return [self.python, "-c", f"import json; json.load(open({store!r}, encoding='utf-8'))"]

    def paired(self, name: str, app_cmd: list[str], ref_cmd: list[str], pairs: int) -> Series:
        """Warm up both, then ``pairs`` pairs in alternating order (fewer if slow)."""
        return self.interleaved(name, {name: app_cmd}, ref_cmd, pairs)[name]

    def interleaved(
        self, name: str, app_cmds: dict[str, list[str]], ref_cmd: list[str], pairs: int
    ) -> dict[str, Series]:
        """Warm up each, then ``pairs`` rounds that run the reference and every app command
        once, the order rotated each round (two commands: alternating); each app's series
        is paired with the same reference runs."""
        ref = f"{name} (reference)"
        cmds = [*app_cmds.items(), (ref, ref_cmd)]
        per_round = sum(
            _checked(run_child(cmd, self.env, cwd=self.workdir), f"{key} (warm-up)").wall_s
            for key, cmd in cmds
        )
        fitted = max(3, min(pairs, int(self.max_series_s / per_round)))
        if fitted < pairs:
            self.log(f"  {name}: {fitted} pairs instead of {pairs} ({per_round:.2f} s a round)")
        runs: dict[str, list[Run]] = {key: [] for key, _ in cmds}
        for index in range(fitted):
            shift = index % len(cmds)
            for key, cmd in cmds[shift:] + cmds[:shift]:
                runs[key].append(_checked(run_child(cmd, self.env, cwd=self.workdir), key))
        result = {key: Series(app=runs[key], ref=runs[ref]) for key in app_cmds}
        self.series.update(result)
        return result


# --------------------------------------------------------------------------- figures


@dataclass
class Figure:
    key: str
    label: str
    value: float
    unit: str  # "x" (a ratio), "ms", "MB"
    budget: float | None
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool | None:
        return None if self.budget is None else self.value <= self.budget


def _ratio_detail(series: Series, app: str, ref: str) -> str:
    app_ms, ref_ms = series.app_s * 1000, series.ref_s * 1000
    return f"{app} {app_ms:.0f} ms / {ref} {ref_ms:.0f} ms, {len(series.app)} pairs"


def _ratio_figure(
    key: str, label: str, series: Series, budget: float | None, *, app: str = "app",
    ref: str = "floor",
) -> Figure:  # fmt: skip
    """A figure that is the ratio of ``series``' medians, app over reference."""
    return Figure(
        key=key,
        label=label,
        value=series.ratio,
        unit=f"x {ref}",
        budget=budget,
        detail=_ratio_detail(series, app, ref),
        data=series.as_json(),
    )


def _without_list_cache(cmd: list[str]) -> list[str]:
    """``cmd`` run as on a store's first start: its list cache removed just before."""
    script = 'rm -rf "$XDG_CACHE_HOME/followup-gui" && exec "$@"'
    return ["/bin/sh", "-c", script, "sh", *cmd]


def _changed_elsewhere(ctx: Context) -> Path:
    """A copy of the 10,000 store whose list cache was made, then one application changed
    in it as the app on another computer would (a sync folder): the cache is older than
    the file. A start on it paints without reading the file first, so it writes no cache
    and every run finds the same."""
    path = ctx.workdir / "changed-elsewhere.json"
    shutil.copyfile(ctx.store_paths[10_000], path)
    _checked(run_child(ctx.startup_cmd_of(path), ctx.env, cwd=ctx.workdir), "changed (cache)")
    data = path.read_bytes()
    at = data.index(b'"stage": "applied"', len(data) // 2)  # one in the middle of the list
    path.write_bytes(data[:at] + b'"stage": "rejected"' + data[at + len(b'"stage": "applied"') :])
    return path


def _startup_figures(
    ctx: Context, key: str, label: str, cmd_of: Callable[[list[str]], list[str]],
    budget: float | None, pairs: int,
) -> list[Figure]:  # fmt: skip
    """``key``'s start paired with the floor; with more entries (``--entry`` again) each
    of them in the same rounds, as ``key@entry``, also set against the first entry."""
    apps = {key: cmd_of(ctx.app_cmd)}
    apps |= {f"{key}@{entry}": cmd_of(app_cmd) for entry, app_cmd in ctx.also.items()}
    series = ctx.interleaved(key, apps, ctx.floor_cmd, pairs)
    figures = [_ratio_figure(key, label, series[key], budget)]
    for entry in ctx.also:
        other = series[f"{key}@{entry}"]
        figure = _ratio_figure(f"{key}@{entry}", f"{label} ({entry})", other, None, app=entry)
        figure.detail += f"; {other.app_s / series[key].app_s:.2f}x the first entry"
        figures.append(figure)
    return figures


def bench_startup(ctx: Context) -> list[Figure]:
    """Starts as they usually are (the list cache from the warm-up run is there), and the
    first start of the big store, which reads it whole (and writes the cache)."""
    figures: list[Figure] = []
    budgets = {0: BUDGET_STARTUP_EMPTY, 1_000: None, 10_000: BUDGET_STARTUP_10K}
    for size, budget in budgets.items():
        ctx.log(f"startup, {size:,} applications …")
        figures += _startup_figures(
            ctx, f"startup_{size}", f"cold start to first paint, {size:,} applications",
            functools.partial(ctx.startup_cmd_of, ctx.store_paths[size]), budget, ctx.pairs,
        )  # fmt: skip
    ctx.log("startup, 10,000 applications, one changed by another computer …")
    changed = _changed_elsewhere(ctx)
    figures += _startup_figures(
        ctx, "startup_10000_changed",
        "start of a 10,000 store with one application changed elsewhere (list cache older)",
        lambda app: ctx.startup_cmd_of(changed, app), BUDGET_STARTUP_10K_FIRST,
        max(3, ctx.pairs // 2),
    )  # fmt: skip
    ctx.log("startup, 10,000 applications, first start (no list cache) …")
    big = ctx.store_paths[10_000]
    figures += _startup_figures(
        ctx, "startup_10000_first", "first start of a 10,000 store (no list cache yet)",
        lambda app: _without_list_cache(ctx.startup_cmd_of(big, app)), BUDGET_STARTUP_10K_FIRST,
        max(3, ctx.pairs // 2),
    )  # fmt: skip
    return figures


def bench_memory(ctx: Context) -> list[Figure]:
    """Peak memory of real starts that end with the 10,000 applications read and listed:
    from the list cache (the window is up while the store is read: the larger) and a
    first start (the store is read before the window is made)."""
    probe = [ctx.python, "-m", "tests.benchmarks.memory_probe", str(ctx.store_paths[10_000])]
    env = {**ctx.env, "PYTHONPATH": str(ROOT)}
    figures = []
    for key, label, cmd in (
        ("memory_10000", "peak memory, 10,000 applications (start from the list cache)", probe),
        ("memory_10000_first", "peak memory, 10,000 applications (first start)",
         _without_list_cache(probe)),
    ):  # fmt: skip
        ctx.log(f"{label} …")
        _checked(run_child(probe, env, cwd=ctx.workdir), key)  # leaves a list cache
        apps, floors = [], []
        for _ in range(max(3, ctx.pairs // 5)):
            apps.append(_checked(run_child(cmd, env, cwd=ctx.workdir), key).maxrss_kb)
            floors.append(_checked(run_child(ctx.floor_cmd, env, cwd=ctx.workdir), key).maxrss_kb)
        app_kb, floor_kb = statistics.median(apps), statistics.median(floors)
        figures.append(
            Figure(
                key=key,
                label=label,
                value=app_kb / floor_kb,
                unit="x floor",
                budget=BUDGET_MEMORY if key == "memory_10000" else None,
                detail=f"app {app_kb / 1024:.0f} MB / floor {floor_kb / 1024:.0f} MB (max RSS)",
                data={"app_maxrss_kb": apps, "floor_maxrss_kb": floors},
            )
        )
    return figures


def bench_agenda(ctx: Context) -> list[Figure]:
    ctx.log("agenda --json, 10,000 applications …")
    series = ctx.paired(
        "agenda_10000", ctx.agenda_cmd(10_000), ctx.bare_json_cmd(10_000), ctx.pairs
    )
    label = "agenda --json, 10,000 applications"
    return [
        _ratio_figure("agenda_10000", label, series, BUDGET_AGENDA, app="agenda", ref="json.load")
    ]


def _single_runs(ctx: Context, key: str, cmd: list[str], env: dict[str, str]) -> list[Run]:
    """A few plain runs of a slow command (100,000 applications take seconds each)."""
    return [_checked(run_child(cmd, env, cwd=ctx.workdir), key) for _ in range(ctx.rounds + 1)]


def _median_s(runs: list[Run]) -> float:
    return statistics.median(run.wall_s for run in runs)


def _median_mb(runs: list[Run]) -> float:
    return statistics.median(run.maxrss_kb for run in runs) / 1024


def bench_scale(ctx: Context) -> list[Figure]:
    """100,000 applications: start-up (first and from the list cache), ``agenda`` and the
    peak memory of each, against 1 GB and against ten times the 10,000 figures."""
    big, small = SCALE_SIZE, 10_000
    env = {**ctx.env, "PYTHONPATH": str(ROOT)}
    figures: list[Figure] = []

    ctx.log(f"scale: agenda --json, {big:,} and {small:,} applications …")
    agenda_big = _single_runs(ctx, "scale_agenda", ctx.agenda_cmd(big), env)
    agenda_small = _single_runs(ctx, "scale_agenda_small", ctx.agenda_cmd(small), env)
    json_big = _single_runs(ctx, "scale_json", ctx.bare_json_cmd(big), env)
    growth = _median_s(agenda_big) / _median_s(agenda_small)
    figures += [
        Figure("agenda_100000", f"agenda --json, {big:,} applications",
               _median_s(agenda_big) / _median_s(json_big), "x json.load", None,
               f"agenda {_median_s(agenda_big):.2f} s / json.load {_median_s(json_big):.2f} s"),
        Figure("agenda_100000_growth", f"agenda time, {big:,} over {small:,} applications",
               growth, "x", BUDGET_SCALE_GROWTH,
               f"{_median_s(agenda_big):.2f} s / {_median_s(agenda_small):.2f} s"),
        Figure("agenda_100000_memory", f"agenda peak memory, {big:,} applications",
               _median_mb(agenda_big), "MB", BUDGET_SCALE_MB,
               f"json.load alone {_median_mb(json_big):.0f} MB"),
    ]  # fmt: skip

    ctx.log(f"scale: start-up and memory, {big:,} applications …")
    probe = [ctx.python, "-m", "tests.benchmarks.memory_probe", str(ctx.store_paths[big])]
    first = _single_runs(ctx, "scale_first", _without_list_cache(probe), env)
    cached = _single_runs(ctx, "scale_cached", probe, env)  # the first run left a cache
    painted = _single_runs(ctx, "scale_painted", ctx.startup_cmd(big), env)
    floor = _single_runs(ctx, "scale_floor", ctx.floor_cmd, env)
    figures += [
        Figure("startup_100000", f"cold start to first paint, {big:,} applications",
               _median_s(painted) / _median_s(floor), "x floor", None,
               f"app {_median_s(painted) * 1000:.0f} ms / floor {_median_s(floor) * 1000:.0f} ms"),
        Figure("startup_100000_read", f"start until {big:,} applications are read and listed",
               _median_s(cached), "s", None,
               f"first start (no list cache) {_median_s(first):.1f} s"),
        Figure("memory_100000", f"peak memory, {big:,} applications (from the list cache)",
               _median_mb(cached), "MB", BUDGET_SCALE_MB,
               f"floor {_median_mb(floor):.0f} MB"),
        Figure("memory_100000_first", f"peak memory, {big:,} applications (first start)",
               _median_mb(first), "MB", BUDGET_SCALE_MB, ""),
    ]  # fmt: skip
    return figures


def _interactive(ctx: Context, what: str, saves: int | None = None) -> dict[str, Any]:
    cmd = [ctx.python, "-m", "tests.benchmarks.interactive", str(ctx.store_paths[10_000]),
           "--what", what, "--rounds", str(ctx.rounds),
           "--saves", str(saves or ctx.saves)]  # fmt: skip
    env = {
        **ctx.env,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), ctx.env.get("PYTHONPATH")])),
    }
    with tempfile.TemporaryFile() as out:
        run = run_child(cmd, env, cwd=ctx.workdir, stdout=out, timeout=600)
        _checked(run, f"interactive {what}")
        out.seek(0)
        text = out.read().decode()
    try:
        result: dict[str, Any] = json.loads(text.strip().splitlines()[-1])
    except (ValueError, IndexError) as error:
        raise BenchError(f"interactive {what} printed no result: {text[-500:]!r}") from error
    return result


def bench_keystroke(ctx: Context) -> list[Figure]:
    ctx.log("filter keystrokes, 10,000 rows …")
    data = _interactive(ctx, "keystroke")["keystroke"]
    every, typing, deleting = data["all"], data["typing"], data["deleting"]
    return [
        Figure(
            key="keystroke_10000",
            label="filter keystroke, 10,000 rows (median)",
            value=every["median_ms"],
            unit="ms",
            budget=BUDGET_KEYSTROKE_MS,
            detail=f"{every['count']} keys; typing {typing['median_ms']:.1f}, "
            f"Backspace {deleting['median_ms']:.1f} ms",
            data=data,
        ),
        Figure(
            key="keystroke_10000_p90",
            label="filter keystroke, 10,000 rows (90th percentile)",
            value=every["p90_ms"],
            unit="ms",
            budget=None,
            detail=f"worst {every['max_ms']:.0f} ms",
        ),
    ]


def bench_save(ctx: Context) -> list[Figure]:
    ctx.log("saving 10,000 applications …")
    data = _interactive(ctx, "save")["save"]
    direct = data["store_save"]
    figures = [
        Figure(
            key="save_10000",
            label="atomic save, 10,000 applications (median)",
            value=direct["median_ms"],
            unit="ms",
            budget=BUDGET_SAVE_MS,
            detail=f"store.save, {direct['count']} runs, {data['bytes'] / 1e6:.1f} MB",
            data=data,
        )
    ]
    session = data.get("session")
    if session is None:
        ctx.log(f"  Session.save_soon_now not measured: {data.get('session_error')}")
        return figures
    figures += [
        Figure(
            key="save_ui_call_10000",
            label="save: UI-thread time in Session.save_soon_now",
            value=session["call"]["median_ms"],
            unit="ms",
            budget=BUDGET_UI_CALL_MS,
            detail=f"worker done after {session['until_saved']['median_ms']:.0f} ms",
        ),
        Figure(
            key="save_ui_gap_10000",
            label="save: longest UI-thread stall while the worker writes",
            value=session["longest_ui_gap"]["median_ms"],
            unit="ms",
            budget=None,
            detail="2 ms heartbeat timer; the GIL is shared with the worker",
        ),
    ]
    return figures


def bench_overview(ctx: Context) -> list[Figure]:
    ctx.log("the overview page, 10,000 applications …")
    runs = [_interactive(ctx, "overview", saves=2)["overview"] for _ in range(3)]
    firsts = [run["first_in_process"] for run in runs]
    complete = statistics.median(run["complete"]["median_ms"] for run in runs)
    again = statistics.median(run["shown_again"]["median_ms"] for run in runs)
    return [
        Figure(
            key="overview_10000",
            label="overview page opened, 10,000 applications (median)",
            value=statistics.median(firsts),
            unit="ms",
            budget=BUDGET_OVERVIEW_MS,
            detail="first open in a new process (its modules load too), to its first "
            f"painted chart; {', '.join(f'{v:.0f}' for v in firsts)} ms",
            data={"runs": runs},
        ),
        Figure(
            key="overview_10000_complete",
            label="overview: the follow-ups' chart filled too",
            value=complete,
            unit="ms",
            budget=None,
            detail=f"shown again from the list: {again:.1f} ms",
        ),
    ]


RUNNERS: dict[str, Callable[[Context], list[Figure]]] = {
    "startup": bench_startup,
    "memory": bench_memory,
    "agenda": bench_agenda,
    "keystroke": bench_keystroke,
    "save": bench_save,
    "overview": bench_overview,
    "scale": bench_scale,
}
SIZES_NEEDED = {
    "startup": (0, 1_000, 10_000),
    "memory": (10_000,),
    "agenda": (10_000,),
    "keystroke": (10_000,),
    "save": (10_000,),
    "overview": (10_000,),
    "scale": (10_000, SCALE_SIZE),
}


# --------------------------------------------------------------------------- output


def _format_value(figure: Figure) -> str:
    if figure.unit.startswith("x"):
        return f"{figure.value:.2f}×"
    return f"{figure.value:.1f} {figure.unit}"


def _format_budget(figure: Figure) -> str:
    if figure.budget is None:
        return "(info)"
    if figure.unit.startswith("x"):
        return f"≤ {figure.budget:g}×"
    return f"≤ {figure.budget:g} {figure.unit}"


def _result(figure: Figure) -> str:
    return {True: "pass", False: "FAIL", None: ""}[figure.passed]


def table(figures: list[Figure], previous: dict[str, float] | None = None) -> str:
    headers = ["figure", "value", "vs", "budget", "result", "previous", "detail"]
    rows = []
    for figure in figures:
        before = (previous or {}).get(figure.key)
        prev = (
            ""
            if before is None
            else (f"{before:.2f}×" if figure.unit.startswith("x") else f"{before:.1f}")
        )
        vs = figure.unit.removeprefix("x ") if figure.unit.startswith("x") else ""
        rows.append(
            [
                figure.label,
                _format_value(figure),
                vs,
                _format_budget(figure),
                _result(figure),
                prev,
                figure.detail,
            ]
        )
    if not previous:
        headers.remove("previous")
        for row in rows:
            del row[5]
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def machine_info(python: str) -> dict[str, Any]:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _read_text(Path("/proc/cpuinfo")).splitlines()
         if line.startswith("model name")),
        platform.processor() or platform.machine(),
    )  # fmt: skip
    mem_kb = next(
        (int(line.split()[1]) for line in _read_text(Path("/proc/meminfo")).splitlines()
         if line.startswith("MemTotal:")),
        0,
    )  # fmt: skip
    qt: dict[str, str] = {}
    try:
        import PySide6
        from PySide6 import QtCore

        qt = {"pyside6": PySide6.__version__, "qt": QtCore.qVersion()}
    except ImportError:
        pass
    from followup_gui import __version__

    head = _read_text(ROOT / ".git" / "HEAD").strip()
    commit = head
    if head.startswith("ref: "):
        commit = _read_text(ROOT / ".git" / head[5:]).strip() or head
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "python": platform.python_version(),
        "python_executable": python,
        "followup_gui": __version__,
        "commit": commit,
        **qt,
    }


# --------------------------------------------------------------------------- main


def child_env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("config", "data", "cache", "state"):
        folder = workdir / "xdg" / name
        folder.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name.upper()}_HOME"] = str(folder)
    runtime = workdir / "xdg" / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("LC_ALL", "C.UTF-8")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    # the warm-up run compiles the .pyc files, as an installed app has them; a shell
    # that forbids writing them would have every run compile what changed since
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def entry_kind(text: str) -> str:
    """``--entry``'s value: ``script``, ``module`` or ``bundle:PATH`` (a frozen app)."""
    kind, _, path = text.partition(":")
    if text in ("script", "module") or (kind == "bundle" and path):
        return text
    raise argparse.ArgumentTypeError(f"{text!r}: script, module or bundle:PATH")


def app_command(python: str, entry: str) -> list[str]:
    """How ``entry`` starts the app: the console script of ``python``'s venv, ``python -m``,
    or a frozen app's executable (``bundle:PATH``, e.g. an unpacked .deb's
    ``usr/lib/followup-gui/followup-gui``)."""
    if entry.startswith("bundle:"):
        path = Path(entry.removeprefix("bundle:")).resolve()
        if not os.access(path, os.X_OK) or path.is_dir():
            raise SystemExit(f"--entry {entry}: not an executable file")
        return [str(path)]
    script = Path(python).parent / "followup-gui"
    if entry == "script" and script.exists():
        return [str(script)]
    return [python, "-m", "followup_gui.cli"]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Measure DESIGN.md's performance budget (run with QT_QPA_PLATFORM=offscreen).",
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (about 1 minute)")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help=f"run only these (repeat or comma-separate): {', '.join(BENCHMARKS)}; "
        "'profile' runs only the profile",
    )
    parser.add_argument("--pairs", type=int, help="paired runs per startup/agenda figure (15)")
    parser.add_argument(
        "--entry",
        action="append",
        type=entry_kind,
        default=[],
        metavar="{script,module,bundle:PATH}",
        help="start the app as the followup-gui console script (default; a script, like "
        "floor.py), as python -m followup_gui.cli, or as a frozen app's executable; given "
        "again, the startup figures run the further entries in the same rounds (e.g. "
        "--entry script --entry bundle:PATH compares the venv and the installed bundle)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json", help="JSON results")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="afterwards, profile the 10,000-application start and agenda (see profiling.py)",
    )
    parser.add_argument("--keep", type=Path, help="write the stores here and keep them")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a budget is missed")
    args = parser.parse_args(argv)
    names = [name.strip() for item in args.only for name in item.split(",") if name.strip()]
    if "profile" in names:  # --only profile: just the profile
        args.profile = True
        names = [name for name in names if name != "profile"] or ["-"]
    unknown = sorted(set(names) - {*BENCHMARKS, "-"})
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}"
                     ", profile")  # fmt: skip
    args.only = [name for name in BENCHMARKS if name in names] if names else list(BENCHMARKS)
    args.entry = args.entry or ["script"]
    return args


def entry_names(entries: Sequence[str]) -> list[str]:
    """Short names of ``--entry`` values for the figures: ``bundle``, and ``bundle-2`` for a
    second one (two builds compared)."""
    names: list[str] = []
    for entry in entries:
        kind = entry.partition(":")[0]
        seen = sum(name.partition("-")[0] == kind for name in names)
        names.append(kind if not seen else f"{kind}-{seen + 1}")
    return names


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    python = sys.executable
    machine = machine_info(python)  # the load average before this run adds its own
    pairs = args.pairs or (5 if args.quick else 15)

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        workdir = Path(tmp)
        store_dir = args.keep or workdir / "stores"
        needed = {size for name in args.only for size in SIZES_NEEDED[name]}
        sizes = sorted(needed | ({0, 10_000} if args.profile else set()))
        store_paths: dict[int, Path] = {}
        for size in sizes:
            path = store_dir / f"applications-{size}.json"
            log(f"writing {path.name} …")
            stores.write(path, size)
            stores.check(path, size)
            store_paths[size] = path
        ctx = Context(
            python=python,
            app_cmd=app_command(python, args.entry[0]),
            env=child_env(workdir),
            workdir=workdir,
            store_paths=store_paths,
            pairs=pairs,
            max_series_s=25.0 if args.quick else 75.0,
            rounds=1 if args.quick else 2,
            saves=3 if args.quick else 5,
            log=log,
            also={
                name: app_command(python, entry)
                for name, entry in zip(entry_names(args.entry)[1:], args.entry[1:], strict=True)
            },
        )
        figures: list[Figure] = []
        errors: dict[str, str] = {}
        for name in args.only:
            try:
                figures += RUNNERS[name](ctx)
            except BenchError as error:
                errors[name] = str(error)
                log(f"{name} FAILED: {error}")
        profile: dict[str, Any] | None = None
        if args.profile:
            from .profiling import profile_all

            try:
                profile = profile_all(ctx, RESULTS)
            except BenchError as error:
                errors["profile"] = str(error)
        sizes_bytes = {str(size): path.stat().st_size for size, path in store_paths.items()}

    previous = _previous_values(args.out)
    if hasattr(os, "getloadavg"):
        machine["load_average_end"] = os.getloadavg()
    print()
    print(table(figures, previous))
    busy = _busy_warning(machine)
    if busy:
        print(f"\n{busy}")
    for name, message in errors.items():
        print(f"\n{name}: could not be measured:\n{message}")
    failed = [f.key for f in figures if f.passed is False]
    budgeted = sum(f.budget is not None for f in figures)
    print(f"\n{budgeted - len(failed)} of {budgeted} budgets met"
          f"{'' if not failed else '; over: ' + ', '.join(failed)}.  "
          f"({time.perf_counter() - started:.0f} s)")  # fmt: skip

    result = {
        "when": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "duration_s": round(time.perf_counter() - started, 1),
        "machine": machine,
        "options": {
            "quick": args.quick,
            "only": args.only,
            "pairs": pairs,
            "entry": args.entry,
            "app_command": ctx.app_cmd,
            "also": ctx.also,
            "now": NOW_ARG,
        },
        "stores_bytes": sizes_bytes,
        "figures": [{**asdict(f), "passed": f.passed} for f in figures],
        "errors": errors,
    }
    if profile is not None:
        result["profile"] = profile
    _write_results(args.out, result)
    print(f"results: {args.out}")
    if errors:
        return 2
    return 1 if args.strict and failed else 0


def _busy_warning(machine: dict[str, Any]) -> str:
    """Other work on the machine moves every figure; say so when the load was high.

    The run itself keeps about one CPU busy, so the load at the end may exceed the one
    at the start by about 1 before it means anything."""
    before: Sequence[float] = machine.get("load_average") or (0.0, 0.0, 0.0)
    after: Sequence[float] = machine.get("load_average_end") or (0.0, 0.0, 0.0)
    cpus = machine.get("affinity") or machine.get("cpus") or 1
    if before[0] <= 0.5 * cpus and after[1] <= 1 + 0.5 * cpus:
        return ""
    return (
        f"warning: the machine was busy (load average {before[0]:.1f} before, {after[1]:.1f} "
        f"over the last 5 minutes, on {cpus} CPUs); the pairs cancel much of it, but compare "
        "figures from quiet runs."
    )


def _previous_values(path: Path) -> dict[str, float]:
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
        return {f["key"]: float(f["value"]) for f in old.get("figures", [])}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _write_results(path: Path, result: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        shutil.copyfile(path, path.with_name("previous.json"))
    text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(path)
