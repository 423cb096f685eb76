"""Start times of Windows bundles under Wine, in interleaved rounds (issue 27, point 4).

    python3 packaging/windows/start_times.py [--pairs N] NAME=BUNDLE_DIR [NAME=BUNDLE_DIR …]

Each ``BUNDLE_DIR`` is an onedir bundle (the folder with ``followup-gui.exe``), e.g. two
freezes of the same checkout with and without PyInstaller's archive. Every round runs, for
each bundle, ``followup-gui.exe --startup-check`` (a real window on Xvfb, exit at its first
paint) on an empty store and on 10,000 applications, and its bundle self-check
(``FOLLOWUP_GUI_BUNDLE_CHECK=1``: Qt, spelling and holidays imported and used, no window,
so less of Wine's window noise); and the floor: a bare PySide6 window
(``tests/benchmarks/floor.py``, ended like the app's check: at once) run by the Windows
Python of the build (``build/windows/python``). The order turns round every round (A B,
B A, …), so that a busy spell of the machine moves every side alike; one warm-up run of
each comes first (it writes the list cache). Figures: the median wall time from spawn to
exit of each, and each bundle's ratio to the first one (of the medians, and the median of
the rounds' ratios); the times are kept in ``build/windows/start-times.json``.

Wine's own start dominates these times (a persistent ``wineserver`` keeps it small) and
comes in steps of some 50 ms: they say which bundle starts faster, not how fast Windows
starts it. Compare figures of one run only. The floor is for scale only: an unfrozen
Python that reads its modules from loose files and a zip, it starts slower under Wine than
the bundles do (5 December 2026: 2.9 s against 0.9-1.5 s). The prefix
(``build/windows/wine-times``) has the ICU stand-in, as in the setup test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import icu_standin
import wine
from setup_test import xvfb

ROOT = Path(__file__).resolve().parents[2]
WIN = ROOT / "build" / "windows"
PREFIX = WIN / "wine-times"
DATA = WIN / "times-data"
PYTHON = WIN / "python" / "python.exe"
EXE = "followup-gui.exe"
FLOOR = "floor"
CHECK = "check"


def bundle(text: str) -> tuple[str, Path]:
    name, sep, folder = text.partition("=")
    exe = Path(folder).resolve() / EXE
    if not sep or not name or not exe.is_file():
        raise argparse.ArgumentTypeError(f"{text!r}: NAME=FOLDER with {EXE} in FOLDER")
    return name, exe


def stores() -> dict[str, Path]:
    empty = DATA / "empty" / "applications.json"
    shutil.rmtree(empty.parent, ignore_errors=True)
    empty.parent.mkdir(parents=True)
    big = DATA / "big" / "applications.json"
    if not big.is_file():
        big.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), "-m", "tests.benchmarks.stores", "10000",
             str(big)],
            check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    return {"empty": empty, "10k": big}


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to exit; output through a pipe (a file kills Python under Wine).

    Read by a thread and not waited for to its end (nor closed while it reads): a Wine
    program started by this one (e.g. its desktop) may keep the pipe open after it exited.
    """
    lines: list[str] = []
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(wine.WINE64), *command], env=env, cwd=WIN, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace",
    )  # fmt: skip
    reader = threading.Thread(target=lambda: lines.extend(process.stdout or ()), daemon=True)
    reader.start()
    code = process.wait(timeout=300)
    secs = time.perf_counter() - started
    reader.join(timeout=0 if code == 0 else 5)  # the output only tells why it failed
    if code != 0:
        sys.exit(f"{' '.join(command)}: exit {code}\n{''.join(lines)}")
    return secs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundles", nargs="+", type=bundle, metavar="NAME=BUNDLE_DIR")
    parser.add_argument("--pairs", type=int, default=12, help="rounds (default 12)")
    args = parser.parse_args()
    wine.init_prefix(PREFIX)
    icu_standin.install(
        PREFIX, args.bundles[0][1].parent / "_internal" / "PySide6" / "Qt6Core.dll",
        WIN / "icu-standin",
    )  # fmt: skip
    commands: dict[tuple[str, str], list[str]] = {}
    for store_name, store in stores().items():
        for name, exe in args.bundles:
            store_arg = wine.windows_path(store)
            commands[store_name, name] = [str(exe), "--startup-check", "--store", store_arg]
    for name, exe in args.bundles:
        commands[CHECK, name] = [str(exe)]
    # floor.py's window, left as --startup-check leaves the app's: at once, without Qt's
    # teardown (which takes Wine some 2 s)
    benchmarks = wine.windows_path(ROOT / "tests" / "benchmarks")
    floor = [
        str(PYTHON), "-c",
        f"import os, sys; sys.path.insert(0, {benchmarks!r}); import floor; "
        "code = floor.main(); sys.stdout.flush(); os._exit(code)",
    ]  # fmt: skip
    commands["-", FLOOR] = floor
    times: dict[tuple[str, str], list[float]] = {key: [] for key in commands}
    with xvfb() as display:
        env = wine.environment(PREFIX, DISPLAY=display, LANG="en_US.UTF-8")
        check_env = {**env, "FOLLOWUP_GUI_BUNDLE_CHECK": "1"}
        wine.stop(PREFIX)  # one persistent wineserver for every run, not one each
        server = subprocess.Popen([str(wine.WINESERVER), "-p", "-f"], env=env)
        subprocess.run(  # Wine's services, now: not children of the first timed program
            [str(wine.WINE64), "wineboot"], env=env, stdout=subprocess.DEVNULL, check=False
        )
        try:
            for key, command in commands.items():  # warm-up: caches, list cache
                secs = timed(command, check_env if key[0] == CHECK else env)
                print(f"warm-up {key}: {secs:.2f} s", flush=True)
            keys = list(commands)
            for round_ in range(args.pairs):
                for key in keys if round_ % 2 == 0 else keys[::-1]:
                    times[key].append(timed(commands[key], check_env if key[0] == CHECK else env))
                print(f"round {round_ + 1}/{args.pairs} done", flush=True)
        finally:
            wine.stop(PREFIX)
            server.wait(timeout=60)
    report(times, [name for name, _exe in args.bundles])
    return 0


def report(times: dict[tuple[str, str], list[float]], names: list[str]) -> None:
    median = {key: statistics.median(values) for key, values in times.items()}
    floor = median["-", FLOOR]
    print(f"\nmedians of {len(times['-', FLOOR])} rounds (wall time from spawn to exit, Wine)")
    print(f"floor (bare PySide6 window, the build's Python): {floor * 1000:.0f} ms")
    for (store, name), secs in median.items():
        if name == FLOOR:
            continue
        first = times[store, names[0]]
        paired = statistics.median(b / a for a, b in zip(first, times[store, name], strict=True))
        quartiles = statistics.quantiles(times[store, name], n=4)
        print(
            f"{store:>5} {name:>12}: {secs * 1000:6.0f} ms (quartiles {quartiles[0] * 1000:.0f}"
            f"–{quartiles[2] * 1000:.0f}); {secs / statistics.median(first):.3f}x {names[0]}"
            f" (median of the rounds' ratios {paired:.3f}); {secs / floor:.2f}x floor"
        )
    raw = {
        f"{store} {name}": [round(v, 4) for v in values] for (store, name), values in times.items()
    }
    (WIN / "start-times.json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
    print(f"every time: {(WIN / 'start-times.json').relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
