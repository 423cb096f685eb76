"""The command line's output on the example data, pinned byte for byte.

Kept while the core is reorganised (issue 22): moving code must not change a single byte
of what ``agenda``, ``stats``, ``report``, ``calendar`` and ``import --dry-run`` print.
A deliberate change of wording updates the files with
``python -m tests.cli_golden --update`` and shows up in the diff of tests/data/cli_golden/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "data" / "cli_golden"
DEMO = HERE.parent / "resources" / "demo" / "applications.json"

CASES: dict[str, list[str]] = {
    "agenda_sv.txt": ["agenda", "--store", "{demo}", "--now", "2026-05-20T09:00", "--lang", "sv"],
    "agenda_en.txt": ["agenda", "--store", "{demo}", "--now", "2026-05-20T09:00", "--lang", "en"],
    "agenda_all_en.json": [
        "agenda", "--store", "{demo}", "--today", "2026-11-26", "--all", "--json", "--lang", "en",
    ],
    "agenda_sv.json": ["agenda", "--store", "{demo}", "--now", "2026-05-20T09:00", "--json"],
    "stats_sv.txt": ["stats", "--store", "{demo}", "--today", "2026-11-26", "--lang", "sv"],
    "stats_en.json": [
        "stats", "--store", "{demo}", "--today", "2026-11-26", "--json", "--lang", "en",
    ],
    "report_2026-10_sv.txt": [
        "report", "--store", "{demo}", "--month", "2026-10", "--today", "2026-11-05",
        "--lang", "sv",
    ],
    "report_2026-10_en.csv": [
        "report", "--store", "{demo}", "--month", "2026-10", "--today", "2026-11-05",
        "--format", "csv", "--lang", "en",
    ],
    "calendar.ics": [
        "calendar", "--store", "{demo}", "--now", "2026-05-20T09:00", "--out", "{out}",
    ],
    "import_dry_run.txt": ["import", "{demo}", "--store", "{copy}", "--dry-run", "--lang", "en"],
}  # fmt: skip


def run_case(name: str, args: list[str], tmp: Path, python: str = sys.executable) -> bytes:
    """What the command prints (or, for ``calendar``, writes) for one case."""
    out = tmp / f"{name}.out"
    copy = tmp / "copy.json"
    copy.write_bytes(DEMO.read_bytes())
    filled = [a.format(demo=DEMO, out=out, copy=copy) for a in args]
    env = {**os.environ, "LANG": "C.UTF-8", "TZ": "Europe/Stockholm", "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [python, "-m", "followup_gui.cli", *filled],
        capture_output=True,
        timeout=120,
        env=env,
        cwd=tmp,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(f"{name}: exit {result.returncode}: {result.stderr.decode()}")
    produced = out.read_bytes() if out.exists() else result.stdout
    return produced.replace(str(tmp).encode(), b"<tmp>")


def _update() -> None:
    import tempfile

    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, args in CASES.items():
        with tempfile.TemporaryDirectory() as tmp:
            (GOLDEN / name).write_bytes(run_case(name, args, Path(tmp)))
        print("wrote", GOLDEN / name)


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.cli_golden --update")
    _update()
