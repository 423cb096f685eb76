"""The command line prints exactly what it printed before the core was reorganised."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_golden import CASES, GOLDEN, run_case


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_on_the_example_data_is_unchanged(name: str, tmp_path: Path) -> None:
    produced = run_case(name, CASES[name], tmp_path)
    expected = (GOLDEN / name).read_bytes()
    assert produced == expected, (
        f"{name} changed; if on purpose, run `python -m tests.cli_golden --update`"
    )


def test_every_case_has_its_pinned_output() -> None:
    assert sorted(path.name for path in GOLDEN.iterdir()) == sorted(CASES)


def test_a_sub_command_explains_itself(tmp_path: Path) -> None:
    """`agenda --help` used to print the app's own help (the quick parser took -h)."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", "agenda", "--help"],
        capture_output=True, text=True, timeout=60, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.startswith("usage: followup-gui agenda")
    assert "--why" in result.stdout
