"""Running Windows programs under Wine 8 (Debian's ``wine64``), for the build and its test.

What ``WINDOWS.md`` (in the project's notes) found out the hard way is kept here, once:
``wine64`` is called directly (the ``wine`` wrapper wants the 32-bit part too); every
prefix says Windows 10 (Wine 8.0 says Windows 7, Qt 6 wants 10); a Windows Python dies at
start when its output is a regular file or ``/dev/null``, so output always goes through a
pipe; and each prefix's ``wineserver`` is ended when its user is done.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

WINE64 = Path("/usr/lib/wine/wine64")
WINESERVER = Path("/usr/lib/wine/wineserver")


def environment(prefix: Path, **extra: str) -> dict[str, str]:
    """Our environment for programs in ``prefix``: 64-bit, quiet, no Mono or Gecko asked for."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "FOLLOWUP_GUI"))}
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env.update(
        WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG="-all",
        WINEDLLOVERRIDES="mscoree,mshtml=",
    )  # fmt: skip
    env.update(extra)
    return env


def windows_path(path: Path) -> str:
    """``path`` as Windows programs in the prefix see it (Wine maps ``/`` to ``Z:``)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def run(
    prefix: Path,
    args: Sequence[str | Path],
    *,
    cwd: Path | None = None,
    timeout: float = 600,
    echo: bool = False,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``wine64 args…`` in ``prefix``; its output comes back through a pipe, never a file.

    With ``echo`` the output is also printed as it comes (long builds).
    """
    cmd = [str(WINE64), *map(str, args)]
    environ = env if env is not None else environment(prefix)
    lines: list[str] = []
    with subprocess.Popen(
        cmd, cwd=cwd, env=environ, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace",
    ) as process:  # fmt: skip

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.append(line)
                if echo:
                    print("  " + line.rstrip(), flush=True)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            code = -9
            lines.append(f"\n[no exit after {timeout:.0f} s]\n")
        reader.join(timeout=10)
    return subprocess.CompletedProcess(cmd, code, "".join(lines), "")


def init_prefix(prefix: Path) -> None:
    """A new 64-bit prefix that says Windows 10; nothing happens if it is there already."""
    if (prefix / "system.reg").is_file() and (prefix / ".followup-gui-ready").is_file():
        return
    shutil.rmtree(prefix, ignore_errors=True)
    prefix.mkdir(parents=True)
    started = time.monotonic()
    for args in (
        ["wineboot", "--init"],
        ["reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10", "/f"],
    ):
        out = run(prefix, args, timeout=300)
        if out.returncode != 0:
            sys.exit(f"wine64 {' '.join(args)} failed in {prefix}:\n{out.stdout}")
    wait(prefix)
    (prefix / ".followup-gui-ready").touch()
    print(f"+ Wine prefix {prefix} ready ({time.monotonic() - started:.0f} s)", flush=True)


def wait(prefix: Path) -> None:
    """Until every program of the prefix has ended (the registry is then on disk)."""
    subprocess.run([str(WINESERVER), "-w"], env=environment(prefix), check=False, timeout=300)


def stop(prefix: Path) -> None:
    """End the prefix's wineserver and whatever still runs in it."""
    subprocess.run([str(WINESERVER), "-k"], env=environment(prefix), check=False, timeout=60)


def ensure_system_packages(mode: str) -> None:
    """Install (as root) the Debian packages of ``packaging/system-deps.sh MODE``."""
    script = Path(__file__).resolve().parents[1] / "system-deps.sh"
    if subprocess.run(["sh", str(script), mode], check=False).returncode != 0:
        sys.exit(1)
    if not WINE64.exists():
        sys.exit(f"{WINE64} is missing: apt-get install wine64")
