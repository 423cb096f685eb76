"""``followup-gui --startup-check`` as the benchmarks and the installer test run it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import DEMO_STORE, app_env


def start(store: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = app_env(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", "--store", str(store), "--startup-check"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("kind", ["missing", "empty", "demo"])
def test_startup_check_paints_and_exits_0(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    if kind == "empty":
        path.write_text('{"format": "followup-gui", "schema_version": 1, "applications": []}')
    elif kind == "demo":
        shutil.copyfile(DEMO_STORE, path)
    before = path.read_bytes() if path.exists() else None
    result = start(path, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (path.read_bytes() if path.exists() else None) == before


def test_startup_check_on_an_invalid_store_exits_2_and_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    path.write_text(
        json.dumps(
            {
                "format": "followup-gui",
                "schema_version": 1,
                "applications": [{"id": "x", "job_title": "Kock"}],
            }
        )
    )
    before = path.read_bytes()
    result = start(path, tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "company" in result.stderr
    assert path.read_bytes() == before


DEFERRED = (
    "json",  # a start from the list cache reads no JSON before it paints
    "importlib.resources",
    "followup_gui.ui.list.icons",
    "followup_gui.ui.list.verdict_panel",
    "followup_gui.ui.dialogs.application_dialog",
    "followup_gui.store.demo",
    "followup_gui.rules.agenda",
    "followup_gui.rules.advice",  # nothing to judge yet
    "followup_gui.rules.reasons",
    "followup_gui.rules.workdays",
    "holidays",
    "dateutil",
)


def test_a_first_start_loads_only_what_its_first_paint_needs(tmp_path: Path) -> None:
    """DESIGN.md's start-up budget: what an empty window does not show is loaded later."""
    path = tmp_path / "applications.json"
    env = app_env(tmp_path)
    command = [
        sys.executable,
        "-X",
        "importtime",
        "-m",
        "followup_gui.cli",
        "--store",
        str(path),
    ]
    result = subprocess.run(
        [*command, "--startup-check"], capture_output=True, text=True, timeout=120, env=env,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded = {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "followup_gui.ui.main_window" in loaded  # the listing is real
    assert sorted(loaded & set(DEFERRED)) == []
