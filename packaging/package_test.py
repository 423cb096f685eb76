"""Smoke test of the built .deb, the way a user starts the app (``make package-test``).

    python3 packaging/package_test.py [dist/followup-gui_<version>_amd64.deb]

1. the package's fields, files and sizes (budget: .deb <= 45 MB, installed <= 110 MB);
2. when root, installs what the package ``Depends`` on (``apt-get satisfy``), plus the test
   tools (Xvfb, desktop-file-validate, appstreamcli), if something is missing;
3. unpacks it into a temporary root (``dpkg-deb -x``; nothing is installed) and checks
   that every library the bundle needs is in it or on the system (``ldd``);
4. validates the desktop entry and the AppStream metainfo;
5. runs the app from there: ``--version``; the bundle self-check (resources, spelling,
   holidays, translations, found as the frozen app finds them); ``--startup-check`` on a
   fresh store with no display (the app falls back to offscreen), in English and
   Swedish; ``agenda``; and ``--startup-check`` in a real X11 window under Xvfb.

Every run has its own HOME and XDG folders. It fails on a non-zero exit, a Python
traceback or a Qt plugin error in the output.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "followup-gui"
APP_ID = "io.github.followup_gui.FollowupGui"
MAX_DEB_MB = 45
MAX_INSTALLED_MB = 110
TEST_TOOLS = {"Xvfb": "xvfb", "xauth": "xauth", "desktop-file-validate": "desktop-file-utils",
              "appstreamcli": "appstream"}  # fmt: skip
BAD_OUTPUT = re.compile(
    r"Traceback \(most recent call last\)|Failed to execute script|could not (load|find) the Qt"
    r" platform plugin|Cannot load library|QFontDatabase: Cannot find font directory",
    re.IGNORECASE,
)
TIMEOUT_S = 120

failures: list[str] = []


def check(ok: bool, what: str) -> None:
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def version() -> str:
    text = (ROOT / "followup_gui" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    assert match, "no __version__"
    return match.group(1)


def field(deb: Path, name: str) -> str:
    out = subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


def installed(package: str) -> bool:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], check=False, capture_output=True, text=True
    )
    return "ok installed" in out.stdout


def ensure_system(deb: Path) -> None:
    """Install the runtime libraries and test tools when root; otherwise say what is missing."""
    unmet = []
    for clause in field(deb, "Depends").split(","):
        names = [re.sub(r"\s*\(.*\)", "", alt).strip() for alt in clause.split("|")]
        if not any(installed(name) for name in names):
            unmet.append(clause.strip())
    tools = sorted({pkg for tool, pkg in TEST_TOOLS.items() if shutil.which(tool) is None})
    if not unmet and not tools:
        return
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        print(f"not root: the tests that need {', '.join(unmet + tools)} may fail or be skipped")
        return
    print(f"installing: {', '.join(unmet + tools)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    apt = ["apt-get", "-y", "-qq", "--no-install-recommends"]
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
    if unmet:
        subprocess.run([*apt, "satisfy", ", ".join(unmet)], check=True, env=env)
    if tools:
        subprocess.run([*apt, "install", *tools], check=True, env=env)


def check_package(deb: Path, tree: Path) -> None:
    check(field(deb, "Package") == PACKAGE, "Package: followup-gui")
    check(field(deb, "Version") == version(), f"Version: {version()}")
    check(field(deb, "Architecture") == "amd64", "Architecture: amd64")
    depends = field(deb, "Depends")
    check(
        "libxcb-cursor0" in depends and "libc6 (>=" in depends, "Depends has libc6, libxcb-cursor0"
    )
    deb_mb = deb.stat().st_size / 2**20
    check(deb_mb <= MAX_DEB_MB, f".deb is {deb_mb:.1f} MiB (budget {MAX_DEB_MB})")
    opt = tree / "opt" / PACKAGE
    du = subprocess.run(["du", "-sk", str(opt)], capture_output=True, text=True, check=True)
    opt_mb = int(du.stdout.split()[0]) / 1024
    check(
        opt_mb <= MAX_INSTALLED_MB,
        f"/opt/{PACKAGE} is {opt_mb:.1f} MiB (budget {MAX_INSTALLED_MB})",
    )
    for path in (
        f"opt/{PACKAGE}/{PACKAGE}",
        f"usr/share/applications/{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"usr/share/doc/{PACKAGE}/copyright",
    ):
        check((tree / path).is_file(), f"/{path}")
    launcher = tree / "usr" / "bin" / PACKAGE
    check(
        launcher.is_symlink() and os.readlink(launcher) == f"/opt/{PACKAGE}/{PACKAGE}",
        f"/usr/bin/{PACKAGE} -> /opt/{PACKAGE}/{PACKAGE}",
    )
    check(os.access(opt / PACKAGE, os.X_OK), f"/opt/{PACKAGE}/{PACKAGE} is executable")
    # the spec's noarchive on Linux: Python's own importer reads the modules (issue 27)
    modules = opt / "_internal" / "followup_gui" / "cli" / "command.pyc"
    check(modules.is_file(), "the modules are plain .pyc files (no archive to unpack at start)")


def check_libraries(tree: Path) -> None:
    internal = tree / "opt" / PACKAGE / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing = set()
    for path in sorted((tree / "opt").rglob("*")):
        if not path.is_file() or path.is_symlink() or path.open("rb").read(4) != b"\x7fELF":
            continue
        out = subprocess.run(
            ["ldd", str(path)], check=False, capture_output=True, text=True, env=env
        )
        missing |= {f"{m} (for {path.name})" for m in re.findall(r"(\S+) => not found", out.stdout)}
    check(
        not missing,
        "every library the bundle needs is found"
        + "".join(f"\n     missing {m}" for m in sorted(missing)),
    )


def check_metadata(tree: Path) -> None:
    desktop = tree / f"usr/share/applications/{APP_ID}.desktop"
    metainfo = tree / f"usr/share/metainfo/{APP_ID}.metainfo.xml"
    text = desktop.read_text(encoding="utf-8")
    check(f"Icon={APP_ID}" in text and f"Exec={PACKAGE}" in text, "desktop entry: Exec and Icon")
    for tool, args in (
        ("desktop-file-validate", [str(desktop)]),
        ("appstreamcli", ["validate", "--no-net", str(metainfo)]),
    ):
        if shutil.which(tool) is None:
            print(f"skip {tool}: not installed")
            continue
        out = subprocess.run([tool, *args], check=False, capture_output=True, text=True)
        check(
            out.returncode == 0, f"{tool} {Path(args[-1]).name}" + _indent(out.stdout + out.stderr)
        )


def _indent(text: str) -> str:
    text = text.strip()
    return "".join(f"\n     {line}" for line in text.splitlines()) if text else ""


def user_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "FOLLOWUP_GUI"))}
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(var, None)
    env.update(
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(home / "run"), LANG="C.UTF-8",
    )  # fmt: skip
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    return env


def run_app(what: str, cmd: list[str], env: dict[str, str], expect: str = "") -> str:
    start = time.monotonic()
    try:
        out = subprocess.run(
            cmd, check=False, capture_output=True, text=True, env=env, timeout=TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        check(False, f"{what}: no exit after {TIMEOUT_S} s")
        return ""
    text = out.stdout + out.stderr
    bad = BAD_OUTPUT.search(text)
    ok = out.returncode == 0 and not bad and expect in text
    secs = time.monotonic() - start
    check(ok, f"{what} (exit {out.returncode}, {secs:.1f} s)" + ("" if ok else _indent(text)))
    return text


def run_checks(tree: Path, home_base: Path) -> None:
    app = str(tree / "opt" / PACKAGE / PACKAGE)

    def fresh(name: str) -> Path:
        home = home_base / name
        home.mkdir()
        return home

    home = fresh("version")
    run_app("followup-gui --version", [app, "--version"], user_env(home), f"{PACKAGE} {version()}")
    home = fresh("bundle")
    run_app(
        "bundle self-check (resources, spelling, holidays, translations)",
        [app],
        {**user_env(home), "FOLLOWUP_GUI_BUNDLE_CHECK": "1"},
        '"problems": []',
    )
    for lang in ("en", "sv"):
        home = fresh(f"startup-{lang}")
        run_app(
            f"followup-gui --startup-check --lang {lang} (no display: offscreen), fresh store",
            [app, "--startup-check", "--lang", lang, "--store", str(home / "applications.json")],
            user_env(home),
        )
    home = fresh("agenda")
    run_app("followup-gui agenda", [app, "agenda", "--store", str(home / "a.json")], user_env(home))
    if shutil.which("xvfb-run") and shutil.which("Xvfb"):
        home = fresh("xvfb")
        run_app(
            "followup-gui --startup-check in an X11 window (Xvfb, xcb plugin)",
            ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", app, "--startup-check",
             "--store", str(home / "applications.json")],
            user_env(home),
        )  # fmt: skip
    else:
        print("skip the X11 window test: xvfb-run is not installed (apt install xvfb xauth)")


def main() -> int:
    default = ROOT / "dist" / f"{PACKAGE}_{version()}_amd64.deb"
    deb = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if not deb.is_file():
        print(f"no package at {deb}: run 'make package' first", file=sys.stderr)
        return 1
    print(f"testing {deb}")
    ensure_system(deb)
    with tempfile.TemporaryDirectory(prefix="followup-gui-package-test-") as tmp:
        tree = Path(tmp) / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
        check_package(deb, tree)
        check_libraries(tree)
        check_metadata(tree)
        homes = Path(tmp) / "homes"
        homes.mkdir()
        run_checks(tree, homes)
    verdict = f"FAILED: {len(failures)} checks" if failures else "all checks passed"
    print(f"{PACKAGE} package test: {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
