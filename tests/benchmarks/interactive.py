"""In-process measurements on a real main window: filter keystrokes and saving.

Run by the harness as a subprocess (``python -m tests.benchmarks.interactive STORE ...``)
so that a Qt crash cannot take the harness down and its memory stays out of the other
figures; it prints one JSON object on stdout.

- Keystroke: one key pressed in the filter box (``QTest.keyClick``), which refilters the
  proxy synchronously, then the event loop drained once (``QEventLoop`` quit by a zero
  timer: layout, update requests and the repaint of the list). Typing goes through several
  words letter by letter and then deletes them with Backspace, so both narrowing and
  widening filters are timed.
- Overview: the overview page opened for the first time in a fresh window (Ctrl+2's
  action), timed to the first paint of its first chart (the process's first also loads
  the page's modules), and to the follow-ups' chart
  (filled just after that paint); then shown again from the list.
- Save: ``followup_gui.store.save`` timed directly, and ``Session.save_soon_now`` timed
  on the UI thread (it should only start the worker), while a 2 ms heartbeat timer records
  the longest gap the UI thread saw until the worker's ``saved`` signal arrived.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from .stores import NOW

#: Words typed into the filter box, then deleted again. Mixed hit rates: common title
#: parts, a city, a first name, a company word, a rare string.
DRAINS_PER_KEY = 5
#: Events that mean the UI still had work queued after a keystroke was timed.
PENDING_WORK = frozenset(
    {
        QEvent.Type.Paint,
        QEvent.Type.UpdateRequest,
        QEvent.Type.UpdateLater,
        QEvent.Type.LayoutRequest,
        QEvent.Type.Resize,
        QEvent.Type.Move,
    }
)
WORDS = ("säljare", "stockholm", "anna", "kodverket", "ekonom", "zq")


def drain() -> None:
    """Run the event loop until everything posted so far (and its repaint) is handled."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def settle() -> None:
    """Drain a few times: a keystroke's work spreads over several loop iterations (refilter,
    then selection and side-panel updates, then relayout, then the repaint). An idle
    drain costs a few microseconds, so the fixed count hardly adds to the figure."""
    for _ in range(DRAINS_PER_KEY):
        drain()


def wait_for(signal: Any, timeout_ms: int) -> bool:
    """Run the event loop until ``signal`` fires; False on timeout."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return bool(fired)


class _Counter(QObject):
    """Counts the events of some types (installed only around untimed checks)."""

    def __init__(self, types: frozenset[QEvent.Type]) -> None:
        super().__init__()
        self.types = types
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.types:
            self.count += 1
        return False


def _summary(values_ms: list[float]) -> dict[str, Any]:
    ordered = sorted(values_ms)
    return {
        "count": len(ordered),
        "median_ms": statistics.median(ordered),
        "p90_ms": ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))],
        "max_ms": ordered[-1],
        "min_ms": ordered[0],
    }


def measure_keystrokes(store_path: Path, workdir: Path, rounds: int) -> dict[str, Any]:
    from followup_gui.ui.app import build_window
    from followup_gui.ui.state.clock import FixedClock

    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    started = time.perf_counter()
    window = build_window(
        store_path, lang="sv", clock=FixedClock(NOW), settings=settings, interactive=False
    )
    if window is None:
        raise RuntimeError(f"the app refused {store_path}")
    built_ms = (time.perf_counter() - started) * 1000
    painted = wait_for_first_paint(window)
    rows = window.proxy.rowCount()

    edit = window.filter_edit
    edit.setFocus()
    settle()
    idle_started = time.perf_counter()
    settle()
    idle_ms = (time.perf_counter() - idle_started) * 1000

    app = QApplication.instance()
    assert app is not None
    leftover = _Counter(PENDING_WORK)
    typing: list[float] = []
    deleting: list[float] = []
    keys: list[tuple[str, float, int]] = []  # filter text after the key, ms, rows shown

    def timed(press: Callable[[], None], into: list[float]) -> None:
        started = time.perf_counter()
        press()
        settle()
        elapsed = (time.perf_counter() - started) * 1000
        into.append(elapsed)
        keys.append((edit.text(), round(elapsed, 2), window.proxy.rowCount()))
        app.installEventFilter(leftover)  # untimed: was anything still queued?
        drain()
        app.removeEventFilter(leftover)

    for word in list(WORDS) * rounds:
        for char in word:
            timed(functools.partial(type_char, edit, char), typing)
        if edit.text() != word:
            raise RuntimeError(f"typed {word!r} but the filter box says {edit.text()!r}")
        for _ in word:
            timed(lambda: QTest.keyClick(edit, Qt.Key.Key_Backspace), deleting)
    if window.proxy.rowCount() != rows:
        raise RuntimeError("the list did not come back in full after clearing the filter")

    window.close()
    window.deleteLater()
    drain()
    return {
        "rows": rows,
        "window_built_ms": built_ms,
        "first_paint_seen": painted,
        "drains_per_key": DRAINS_PER_KEY,
        "idle_settle_ms": idle_ms,
        "all": _summary(typing + deleting),
        "typing": _summary(typing),
        "deleting": _summary(deleting),
        "events_left_after_settle": leftover.count,
        "slowest": sorted(keys, key=lambda k: -k[1])[:5],
        "keys": keys,
    }


def type_char(widget: QWidget, char: str) -> None:
    """Press and release the key for one letter (QTest's helpers assert on non-ASCII)."""
    code = ord(char.upper())
    key = Qt.Key(code) if code < 0x100 else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def wait_for_first_paint(window: Any) -> bool:
    window.show()
    return wait_for(window.first_painted, 30_000)


def measure_save(store_path: Path, workdir: Path, repeats: int) -> dict[str, Any]:
    from followup_gui import store

    document = store.load(store_path)
    target = workdir / "applications.json"
    direct: list[float] = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        store.save(document, target)
        direct.append((time.perf_counter() - started) * 1000)
    size = target.stat().st_size
    result: dict[str, Any] = {"store_save": _summary(direct), "bytes": size}
    try:
        result["session"] = _measure_session_save(document, target, max(3, repeats // 2))
    except Exception as error:  # the Session API may move; keep the other figures
        result["session_error"] = f"{type(error).__name__}: {error}"
    return result


def _measure_session_save(document: Any, target: Path, repeats: int) -> dict[str, Any]:
    from followup_gui.ui.state.session import Session

    session = Session(document, target)
    calls: list[float] = []
    totals: list[float] = []
    gaps: list[float] = []
    for _ in range(repeats):
        session.revision += 1  # as if an edit had been made: dirty, so save_soon_now saves
        last = [time.perf_counter()]
        longest = [0.0]

        def beat(last: list[float] = last, longest: list[float] = longest) -> None:
            now = time.perf_counter()
            longest[0] = max(longest[0], now - last[0])
            last[0] = now

        heart = QTimer(interval=2)
        heart.setTimerType(Qt.TimerType.PreciseTimer)
        heart.timeout.connect(beat)
        heart.start()
        drain()
        last[0] = time.perf_counter()
        longest[0] = 0.0
        started = time.perf_counter()
        session.save_soon_now()
        call = time.perf_counter() - started
        saved = wait_for(session.saved, 10_000)
        total = time.perf_counter() - started
        heart.stop()
        if not saved:
            raise RuntimeError(f"no 'saved' signal within 10 s ({session.last_error})")
        longest[0] = max(longest[0], call)
        calls.append(call * 1000)
        totals.append(total * 1000)
        gaps.append(longest[0] * 1000)
    return {
        "call": _summary(calls),
        "until_saved": _summary(totals),
        "longest_ui_gap": _summary(gaps),
    }


class _FirstPaint(QObject):
    """Notes when a widget is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
        return False


def measure_overview(store_path: Path, workdir: Path, repeats: int) -> dict[str, Any]:
    """The overview page opened for the first time (Ctrl+2) in a window on the store: until
    its first chart is painted, and until the follow-ups (filled after that paint) are."""
    from followup_gui.ui.app import build_window, finish_loading
    from followup_gui.ui.state.clock import FixedClock

    painted: list[float] = []
    complete: list[float] = []
    again: list[float] = []
    rows = 0
    for number in range(repeats):
        settings = QSettings(str(workdir / f"overview-{number}.ini"), QSettings.Format.IniFormat)
        window = build_window(
            store_path, lang="sv", clock=FixedClock(NOW), settings=settings, interactive=False
        )
        if window is None:
            raise RuntimeError(f"the app refused {store_path}")
        wait_for_first_paint(window)
        if window.session.loading:  # painted from the list cache: read the store itself
            finish_loading(window, None)
        settle()
        rows = window.proxy.rowCount()
        host = window.overview
        gc.collect()
        started = time.perf_counter()
        host.action.trigger()
        page = host.page
        if page is None:
            raise RuntimeError("the overview page was not made when shown")
        first = _FirstPaint()
        page.cards["per_week"].chart.installEventFilter(first)
        deadline = started + 10
        while first.at is None and time.perf_counter() < deadline:
            drain()
        while "follow_ups" not in page._filters and time.perf_counter() < deadline:
            drain()
        done = time.perf_counter()
        if first.at is None:
            raise RuntimeError("the overview was not painted within 10 s")
        if page.stats is None or page.stats.step(page.stats.funnel[0].step).count != rows:
            raise RuntimeError("the overview did not count the whole store")
        painted.append((first.at - started) * 1000)
        complete.append((done - started) * 1000)
        window.pages.switch_actions[0].trigger()
        settle()
        started = time.perf_counter()
        host.action.trigger()
        settle()
        again.append((time.perf_counter() - started) * 1000)
        window.close()
        window.deleteLater()
        drain()
    return {
        "rows": rows,
        "first_in_process": painted[0],
        "first_paint": _summary(painted),
        "complete": _summary(complete),
        "shown_again": _summary(again),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.interactive")
    parser.add_argument("store", type=Path)
    parser.add_argument("--what", choices=("keystroke", "save", "overview", "both"), default="both")
    parser.add_argument("--rounds", type=int, default=1, help="times through the word list")
    parser.add_argument("--saves", type=int, default=5)
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("followup-gui-bench")
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        workdir = Path(tmp)
        if args.what in ("keystroke", "both"):
            out["keystroke"] = measure_keystrokes(args.store, workdir, args.rounds)
        if args.what in ("save", "both"):
            out["save"] = measure_save(args.store, workdir, args.saves)
        if args.what == "overview":
            out["overview"] = measure_overview(args.store, workdir, args.saves)
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
