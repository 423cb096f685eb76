"""``make bench``'s ``--entry``: the venv and an installed bundle timed in the same rounds
(issue 27 point 4). The benchmarks never run in ``make test``; their plumbing does here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .benchmarks import harness


def test_entries_default_to_the_console_script_and_take_a_bundle_path() -> None:
    assert harness.parse_args([]).entry == ["script"]
    args = harness.parse_args(["--entry", "script", "--entry", "bundle:/opt/x/followup-gui"])
    assert args.entry == ["script", "bundle:/opt/x/followup-gui"]
    assert harness.entry_names(["script", "bundle:a", "bundle:b", "module"]) == [
        "script", "bundle", "bundle-2", "module",
    ]  # fmt: skip
    with pytest.raises(SystemExit):
        harness.parse_args(["--entry", "bundle:"])  # a bundle needs its path


def test_a_bundle_entry_runs_that_executable(tmp_path: Path) -> None:
    exe = tmp_path / "followup-gui"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    assert harness.app_command(sys.executable, f"bundle:{exe}") == [str(exe)]
    with pytest.raises(SystemExit):
        harness.app_command(sys.executable, f"bundle:{tmp_path / 'missing'}")


def test_interleaved_rounds_rotate_and_share_the_reference_runs(tmp_path: Path) -> None:
    log = tmp_path / "order"

    def cmd(name: str) -> list[str]:
        return ["/bin/sh", "-c", f"echo {name} >> {log}"]

    ctx = harness.Context(
        python=sys.executable, app_cmd=cmd("venv"), env={"PATH": "/usr/bin:/bin"},
        workdir=tmp_path, store_paths={}, pairs=3, max_series_s=60.0, rounds=1, saves=1,
        log=lambda _message: None,
    )  # fmt: skip
    series = ctx.interleaved("start", {"venv": cmd("venv"), "bundle": cmd("bundle")},
                             cmd("floor"), pairs=3)  # fmt: skip
    warm_up, rounds = log.read_text().split()[:3], log.read_text().split()[3:]
    assert warm_up == ["venv", "bundle", "floor"]
    # each command goes first once in three rounds: the order rotates
    assert [rounds[i : i + 3] for i in range(0, 9, 3)] == [
        ["venv", "bundle", "floor"], ["bundle", "floor", "venv"], ["floor", "venv", "bundle"],
    ]  # fmt: skip
    assert len(series["venv"].app) == len(series["bundle"].app) == 3
    assert series["venv"].ref is series["bundle"].ref  # one floor for both
