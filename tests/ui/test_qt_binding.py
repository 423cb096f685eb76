"""The Qt binding must not leak references to None, True and False.

PySide6 6.12.0 drops a reference to True/False on every ``Signal.emit()`` from Python
and to None on every ``QTimer.singleShot`` call-back and ``processEvents()``. On Python
3.11 those objects are not immortal, so a long session crashes the app ("deallocating
None"). pyproject.toml keeps that version out; this test keeps it out for good.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

CALLS = 2000  # the broken version loses one reference per call; noise is far smaller


class _Emitter(QObject):
    ping = Signal()


def _drain_after(ms: int) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(loop.quit)
    timer.start()
    loop.exec()


def _refs() -> int:
    """The three counts, once what earlier tests left to delete is gone (a window's
    deferred deletion freeing its objects would look like a leak here)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return sys.getrefcount(None) + sys.getrefcount(True) + sys.getrefcount(False)


def test_emit_keeps_its_references(qapp: QApplication) -> None:
    emitter = _Emitter()
    emitter.ping.connect(lambda: None)
    before = _refs()
    for _ in range(CALLS):
        emitter.ping.emit()
    assert _refs() - before > -CALLS // 2


def test_single_shot_keeps_its_references(qapp: QApplication) -> None:
    before = _refs()
    for _ in range(CALLS):
        QTimer.singleShot(0, lambda: None)
    _drain_after(30)
    assert _refs() - before > -CALLS // 2


def test_process_events_keeps_its_references(qapp: QApplication) -> None:
    before = _refs()
    for _ in range(CALLS):
        QCoreApplication.processEvents()
    assert _refs() - before > -CALLS // 2
