#!/usr/bin/python3
"""What a screen reader sees, read from outside the app over AT-SPI (issue 28.5).

Run by ``test_atspi.py`` with the system's python3 (pyatspi is a Debian package, not in
the venv), inside ``dbus-run-session`` on an X display: it starts the AT-SPI bus and the
app (the command after ``--``), finds the app on the AT-SPI desktop, and after each step
(the window as it starts, then keys pressed with xdotool: the overview, the report, the
list, the new-application dialog, the follow-up dialog) lists every showing interactive
control that has neither a name nor a label pointing at it. Prints one JSON object:
``{"steps": [{"step": ..., "controls": N, "unnamed": [...]}, ...]}``; exit 2 when the
app never showed up on the bus.

Uses nothing of the app's: only what Orca would use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_DATE_EDITOR,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_MENU_ITEM,
}

STEPS = (
    ("the main window", None, None),
    ("the overview (Ctrl+2)", "ctrl+2", None),
    ("the activity report (Ctrl+3)", "ctrl+3", None),
    ("the list (Ctrl+1)", "ctrl+1", None),
    ("the new-application dialog (Ctrl+N)", "ctrl+n", "dialog"),
    ("the list again (Escape)", "Escape", "no dialog"),
    ("the follow-up dialog (Ctrl+Return)", "ctrl+Return", "dialog"),
)


def wait_for(check: Callable[[], Any], seconds: float) -> Any:
    end = time.monotonic() + seconds
    while True:
        found = check()
        if found or time.monotonic() > end:
            return found
        time.sleep(0.2)


def find_app(name: str) -> Any:
    def look() -> Any:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and name in (app.name or "").lower():
                return app
        return None

    return wait_for(look, 30)


def _label_of(node: Any) -> bool:
    try:
        return any(
            r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in node.getRelationSet()
        )
    except Exception:  # a control that went away while we looked
        return False


def controls(node: Any, depth: int = 0) -> Iterator[tuple[Any, str, str]]:
    """Each showing interactive control under ``node``: (role, name, has a label)."""
    if node is None or depth > 80:
        return
    try:
        role, state = node.getRole(), node.getState()
    except Exception:
        return
    if not state.contains(pyatspi.STATE_SHOWING):
        return  # nothing under a hidden node shows either
    if role in INTERACTIVE:
        yield node, node.getRoleName(), (node.name or "").strip()
    for i in range(node.childCount):
        yield from controls(node.getChildAtIndex(i), depth + 1)


def windows(app: Any) -> list[Any]:
    found = []
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        try:
            if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
                found.append(child)
        except Exception:
            continue
    return found


def _windows_changed(app: Any, before: int, more: bool) -> bool:
    now = len(windows(app))
    return now > before if more else now < before


def where(node: Any) -> str:
    parent = node.parent
    return f"in {parent.getRoleName()} {parent.name!r}" if parent is not None else ""


def press(key: str) -> None:
    """The key to the window that has the focus (the app's newest window)."""
    ids = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", os.environ["WALK_APP_PID"], ""],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    if ids:
        subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=False)
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)


def main() -> int:
    command = sys.argv[sys.argv.index("--") + 1 :]
    bus = subprocess.Popen(
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app_process = None
    try:
        time.sleep(0.5)
        app_process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.environ["WALK_APP_PID"] = str(app_process.pid)
        app = find_app("followup")
        if app is None:
            app_process.terminate()
            _, err = app_process.communicate(timeout=10)
            words = "the app never showed up on the AT-SPI bus"
            print(json.dumps({"error": words, "app_stderr": err.decode(errors="replace")[-2000:]}))
            return 2
        wait_for(lambda: any(True for _ in controls(app)), 20)
        steps = []
        for step, key, expect in STEPS:
            before = len(windows(app))
            if key:
                press(key)
            if expect:
                wait_for(partial(_windows_changed, app, before, expect == "dialog"), 10)
            time.sleep(0.8)  # the new page or dialog lays itself out
            seen = list(controls(app))
            unnamed = [
                f"{role} {where(node)}"
                for node, role, name in seen
                if not name and not _label_of(node)
            ]
            roles: dict[str, int] = {}
            for _, role, _ in seen:
                roles[role] = roles.get(role, 0) + 1
            steps.append(
                {
                    "step": step,
                    "windows": len(windows(app)),
                    "controls": len(seen),
                    "roles": roles,
                    "unnamed": unnamed,
                }
            )
        print(json.dumps({"steps": steps}))
        return 0
    finally:
        for process in (app_process, bus):
            if process is not None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()


if __name__ == "__main__":
    sys.exit(main())
