"""Issue 13.A: a window saving in the background beside another program that writes the
same file every ~50 ms. Neither side's additions may be lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.ui.state.commands import AddApplication

from ..conftest import DEMO_COUNT
from .conftest import WindowFactory

EXTERNAL_WRITES = 60

WRITER = textwrap.dedent(
    """
    import sys, time
    from dataclasses import replace
    from pathlib import Path
    from followup_gui import store

    path, count = Path(sys.argv[1]), int(sys.argv[2])
    for n in range(count):
        document = store.load(path)
        template = document.applications[0]
        document.applications.append(
            replace(template, id=f"ext-{n}", job_title=f"Extern {n}", contacts=[], interviews=[])
        )
        store.save(document, path)
        print(n, flush=True)
        time.sleep(0.05)
    """
)


def test_a_busy_external_writer_and_the_window_lose_nothing(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    session = window.session
    session.watch()
    conflicts: list[bool] = []
    session.changed_on_disk.connect(lambda: conflicts.append(True))
    template = session.applications[0]
    added: list[str] = []

    def add_one() -> None:
        app_id = f"win-{len(added)}"
        app = replace(template, id=app_id, job_title=f"Fönstret {len(added)}")
        session.push(AddApplication(session, app))
        added.append(app_id)

    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(demo_copy), str(EXTERNAL_WRITES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    timer = QTimer(interval=35)  # faster than the save delay: saves overlap the writer's
    timer.timeout.connect(add_one)
    timer.start()
    try:
        qtbot.waitUntil(lambda: writer.poll() is not None, timeout=60_000)
    finally:
        timer.stop()
        if writer.poll() is None:
            writer.kill()
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    assert len(out.split()) == EXTERNAL_WRITES
    assert len(added) > 20

    # Everything settles: the last external write is taken in, ours are written.
    qtbot.waitUntil(
        lambda: not session.dirty and not session._saving and session.disk == store_sig(demo_copy),
        timeout=10_000,
    )
    assert not conflicts, "nothing clashed, so the user is never asked"
    expected = {f"ext-{n}" for n in range(EXTERNAL_WRITES)} | set(added)
    on_disk = {a.id for a in store.load(demo_copy).applications}
    in_window = {a.id for a in session.applications}
    assert expected - on_disk == set()
    assert expected - in_window == set()
    assert len(on_disk) == len(in_window) == DEMO_COUNT + len(expected)


def store_sig(path: Path) -> object:
    from followup_gui.store import safe_replace

    return safe_replace.signature(path)
