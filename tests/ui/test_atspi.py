"""Issue 28.5, from outside: the app started under Xvfb with the AT-SPI bus, its window and
dialogs read by ``atspi_walk.py`` (with the system's python3, as Orca reads them), and every
showing interactive control has a name.

Skipped, with the reason, where that cannot run: not Linux, no Xvfb, no D-Bus session
runner, no xdotool, no AT-SPI bus launcher (Debian: at-spi2-core), or no pyatspi for the
system's python3 (python3-pyatspi). ``packaging/system-deps.sh atspi`` installs them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import DEMO_STORE, ROOT, app_env

WALKER = ROOT / "tests" / "ui" / "atspi_walk.py"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _missing() -> str:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux desktop's accessibility bus"
    for tool in ("Xvfb", "dbus-run-session", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (packaging/system-deps.sh atspi)"
    if not BUS_LAUNCHER.exists():
        return "no AT-SPI bus launcher (Debian: at-spi2-core)"
    if not SYSTEM_PYTHON.exists():
        return "no system python3 to run pyatspi with"
    found = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False
    )
    if found.returncode:
        return "the system python3 has no pyatspi (Debian: python3-pyatspi)"
    return ""


@pytest.fixture
def display() -> Iterator[str]:
    """An Xvfb display of this test's own (its number chosen by Xvfb itself)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with open(read, encoding="ascii") as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_every_showing_control_has_a_name_seen_over_at_spi(tmp_path: Path, display: str) -> None:
    store = tmp_path / "applications.json"
    shutil.copyfile(DEMO_STORE, store)
    env = app_env(tmp_path, DISPLAY=display, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    env["QT_QPA_PLATFORM"] = "xcb"  # a real window on the Xvfb display
    app = [sys.executable, "-m", "followup_gui.cli", "--store", str(store), "--lang", "sv"]
    result = subprocess.run(
        ["dbus-run-session", "--", str(SYSTEM_PYTHON), str(WALKER), "--", *app],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    steps = json.loads(result.stdout.strip().splitlines()[-1])["steps"]
    summary = {s["step"]: s["unnamed"] for s in steps}
    assert all(s["controls"] > 10 for s in steps), steps
    dialogs = [s for s in steps if "dialog" in s["step"]]
    assert all(s["windows"] >= 2 for s in dialogs), steps  # the dialogs did open
    assert summary == {s["step"]: [] for s in steps}


pytestmark = pytest.mark.skipif(bool(_missing()), reason=_missing() or "-")
