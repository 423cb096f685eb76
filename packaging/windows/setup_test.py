"""Install the Windows setup under Wine and start the app from it (``make package-windows-test``).

    python3 packaging/windows/setup_test.py [dist/followup-gui-<version>-windows-x64-setup.exe]

In a fresh Wine prefix (``build/windows/wine-test``) on its own Xvfb screen, as a user:
the setup's first page in Swedish on a Swedish system, in English on another; the silent
install (``/S``) and what it leaves (folder, Start-menu entry, the "Settings > Apps" entry,
the exe's version resource and icon, the sizes); ``--version``; the language without
``--lang`` (the Windows display language, not ``LANG``);
``--startup-check`` on an empty store, on the example data and on 10,000 applications; the
bundle self-check (Swedish spelling, holidays, translations, Qt's Swedish dialogs); an
upgrade install over the installed app that leaves the user's store byte-identical; "start
at login" ticked and unticked in the real Settings dialog of the installed app, read back
from the registry; a screenshot of the real window in Swedish and in English
(``build/windows/screenshot-sv.png``, ``…-en.png``); the silent uninstall, which removes
the program and the start-at-login value and keeps the data.

One ``PASS``/``FAIL`` line per check; exit 1 on any FAIL. Wine is not Windows: its start
times say nothing about Windows', and it lacks the system ICU that Qt links, for which
``icu_standin`` puts a test-only DLL into the prefix (never into the setup).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import icu_standin
import wine

ROOT = Path(__file__).resolve().parents[2]
WIN = ROOT / "build" / "windows"
PREFIX = WIN / "wine-test"
DATA = WIN / "test-data"
NAME = "followup-gui"
MAX_SETUP_MB = 30
MAX_INSTALLED_MB = 110
UNINSTALL_KEY = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{NAME}"
SETTINGS_KEY = rf"HKCU\Software\{NAME}"
RUN_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"
BAD_OUTPUT = re.compile(
    r"Traceback \(most recent call last\)|Failed to execute script|could not (load|find) the Qt"
    r" platform plugin|Cannot load library",
    re.IGNORECASE,
)
SCREEN = "1280x800x24"
WINE_EXPLORER = r"HKCU\Software\Wine\Explorer"
FONT_SUBSTITUTES = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontSubstitutes"
TIMEOUT_S = 180

failures: list[str] = []


def check(ok: bool, what: str, details: str = "") -> bool:
    print(("PASS " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)
        for line in details.strip().splitlines()[-25:]:
            print(f"     {line}", flush=True)
    return ok


def version() -> str:
    text = (ROOT / "followup_gui" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert match, "no __version__"
    return match.group(1)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


@contextmanager
def xvfb() -> Iterator[str]:
    """An X server of our own; its display name (e.g. ``:3``)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=30)


class Machine:
    """The Wine prefix as a Windows user's PC: where things are, and running programs in it."""

    def __init__(self, prefix: Path, display: str) -> None:
        self.prefix = prefix
        self.display = display
        users = [p for p in (prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        self.profile = users[0]  # Wine names the profile after the Unix user
        self.local = self.profile / "AppData" / "Local"
        self.install_dir = self.local / "Programs" / NAME
        self.exe = self.install_dir / f"{NAME}.exe"
        self.data_dir = self.local / NAME
        self.shortcut = (
            self.profile / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs" / f"{NAME}.lnk"
        )

    def env(self, **extra: str) -> dict[str, str]:
        return wine.environment(self.prefix, DISPLAY=self.display, LANG="en_US.UTF-8", **extra)

    def run(
        self, args: list[str | Path], timeout: float = TIMEOUT_S, **extra: str
    ) -> tuple[int, str, float]:
        started = time.monotonic()
        out = wine.run(self.prefix, args, timeout=timeout, env=self.env(**extra), cwd=WIN)
        return out.returncode, out.stdout, time.monotonic() - started

    def app(self, what: str, args: list[str], expect: str = "", **extra: str) -> str:
        """Run the installed app; PASS when it exits 0, says ``expect`` and no traceback."""
        code, text, secs = self.run([self.exe, *args], **extra)
        bad = BAD_OUTPUT.search(text)
        check(code == 0 and not bad and expect in text, f"{what} (exit {code}, {secs:.1f} s)", text)
        return text

    def reg_query(self, key: str, value: str | None = None) -> str | None:
        """``reg query``'s output, or None when the key (or value) is not there."""
        args = ["reg", "query", key] + (["/v", value] if value else [])
        code, text, _ = self.run(args, timeout=60)
        return text if code == 0 else None


def prepare_desktop(machine: Machine) -> None:
    """A Windows-like screen: one desktop whose windows have frames, and a sans-serif font.

    Without it Wine puts its tray in a window of its own over the app's menu, windows have
    no frames (no window manager on Xvfb), and Qt's default font ("MS Shell Dlg", which
    Wine maps to a Tahoma that Qt does not see) falls back to a serif one: Wine's ways,
    not the app's.
    """
    width, height, _depth = SCREEN.split("x")
    machine.run(["reg", "add", WINE_EXPLORER, "/v", "Desktop", "/d", "Default", "/f"])
    desktops = WINE_EXPLORER + r"\Desktops"
    machine.run(["reg", "add", desktops, "/v", "Default", "/d", f"{width}x{height}", "/f"])
    for family in ("MS Shell Dlg", "MS Shell Dlg 2", "Segoe UI"):
        machine.run(["reg", "add", FONT_SUBSTITUTES, "/v", family, "/d", "DejaVu Sans", "/f"])
    wine.wait(machine.prefix)


# --------------------------------------------------------------------------- the checks


def check_setup_file(setup: Path) -> None:
    mib = setup.stat().st_size / 2**20
    check(mib <= MAX_SETUP_MB, f"setup size {mib:.1f} MiB (budget {MAX_SETUP_MB} MiB)")
    data = setup.read_bytes()
    check(
        data[:2] == b"MZ" and b"PE\0\0d\x86" in data[:1024],
        "the setup is a 64-bit Windows program (PE32+, x86-64)",
    )


def install(machine: Machine, setup: Path, what: str) -> bool:
    code, text, secs = machine.run([setup, "/S"], timeout=300)
    wine.wait(machine.prefix)
    return check(code == 0 and machine.exe.is_file(), f"{what} (exit {code}, {secs:.0f} s)", text)


SETUP_TITLES = {"sv": f"{NAME} Installation", "en": f"{NAME} Setup"}  # NSIS's captions


def ensure_locale(name: str = "sv_SE.UTF-8") -> bool:
    """The Linux locale Wine takes the Windows language from; generated when root."""

    def known() -> bool:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False)
        return name.lower().replace("-", "") in out.stdout.lower().replace("-", "")

    gen = Path("/etc/locale.gen")
    if known() or os.geteuid() != 0 or not gen.is_file() or not shutil.which("locale-gen"):
        return known()
    text = gen.read_text(encoding="utf-8")
    gen.write_text(re.sub(rf"^#\s*({re.escape(name)} )", r"\1", text, flags=re.M), "utf-8")
    subprocess.run(["locale-gen"], check=False, stdout=subprocess.DEVNULL)
    return known()


def check_setup_language(machine: Machine, setup: Path, lang: str) -> None:
    """The setup's first page follows the system's language (run before the desktop is set)."""
    out = WIN / f"setup-{lang}.png"
    out.unlink(missing_ok=True)
    locale = "sv_SE.UTF-8" if lang == "sv" else "en_US.UTF-8"
    if lang == "sv" and not ensure_locale(locale):
        print(f"skip the Swedish setup pages: no {locale} locale (apt install locales)")
        return
    wine.stop(machine.prefix)  # a new wineserver takes the new language
    env = {**machine.env(), "LANG": locale}
    process = subprocess.Popen(
        [str(wine.WINE64), str(setup)], env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=WIN,
    )  # fmt: skip
    titles = ""
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and SETUP_TITLES[lang] not in titles:
            time.sleep(1)
            titles = subprocess.run(
                ["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": machine.display},
                capture_output=True, text=True, check=False,
            ).stdout  # fmt: skip
        grab(machine, out)
    finally:
        process.kill()
        process.wait(timeout=30)
        wine.stop(machine.prefix)
    check(
        f'"{SETUP_TITLES[lang]}"' in titles,
        f"setup pages in {'Swedish' if lang == 'sv' else 'English'} on a "
        f"{locale} system ({out.relative_to(ROOT)})",
        "\n".join(line for line in titles.splitlines() if NAME in line),
    )


def check_installed(machine: Machine) -> None:
    mib = folder_mib(machine.install_dir)
    check(mib <= MAX_INSTALLED_MB, f"installed size {mib:.1f} MiB (budget {MAX_INSTALLED_MB} MiB)")
    check(
        machine.install_dir.relative_to(machine.profile).as_posix()
        == f"AppData/Local/Programs/{NAME}",
        f"installed for the user into %LOCALAPPDATA%\\Programs\\{NAME}",
    )
    check(machine.shortcut.is_file(), "Start-menu shortcut")
    entry = machine.reg_query(UNINSTALL_KEY) or ""
    wanted = {
        "DisplayName": NAME, "DisplayVersion": re.escape(version()),
        "Publisher": "followup-gui developers", "DisplayIcon": re.escape(f"{NAME}.exe,0"),
        "UninstallString": r"uninstall\.exe", "QuietUninstallString": "/S",
        "EstimatedSize": "0x[0-9a-f]+",
    }  # fmt: skip
    missing = [k for k, v in wanted.items() if not re.search(rf"{k}\s+REG_\w+\s+.*{v}", entry)]
    what = "Settings > Apps entry (name, version, publisher, icon, size, uninstaller)"
    check(not missing, what + (f": missing {missing}" if missing else ""), entry)
    exe = machine.exe.read_bytes()
    has_version = (
        "ProductVersion".encode("utf-16-le") in exe and version().encode("utf-16-le") in exe
    )
    check(has_version and b"\x89PNG" in exe, "followup-gui.exe has a version resource and its icon")


def check_starts(machine: Machine) -> None:
    machine.app(f"{NAME} --version", ["--version"], f"{NAME} {version()}")
    empty = DATA / "empty"
    shutil.rmtree(empty, ignore_errors=True)
    empty.mkdir(parents=True)
    machine.app(
        "--startup-check, empty store (a real window on Xvfb)",
        ["--startup-check", "--store", wine.windows_path(empty / "applications.json")],
    )
    example = DATA / "example" / "applications.json"
    example.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "demo" / "applications.json", example)
    machine.app(
        "--startup-check, the example data",
        ["--startup-check", "--store", wine.windows_path(example)],
    )
    big = DATA / "big" / "applications.json"
    if not big.is_file():
        subprocess.run(
            [venv_python(), "-m", "tests.benchmarks.stores", "10000", str(big)],
            check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    machine.app(
        f"--startup-check, 10,000 applications ({big.stat().st_size / 1e6:.0f} MB store)",
        ["--startup-check", "--store", wine.windows_path(big)],
    )
    text = machine.app(
        "bundle self-check (resources, Swedish spelling, holidays, translations)",
        [], '"problems": []', FOLLOWUP_GUI_BUNDLE_CHECK="1",
    )  # fmt: skip
    report = _json_in(text)
    check(
        report.get("qtbase_sv_cancel") == "Avbryt" and report.get("spelling_sv") is True,
        f"Qt's Swedish dialogs ('Cancel' is {report.get('qtbase_sv_cancel')!r}) and spelling",
    )


AGENDA_TITLES = {"sv": "Läget för dina ansökningar", "en": "Follow-ups as of"}


def says(text: str, words: str) -> bool:
    """Whether ``text`` has ``words``, each letter beyond ASCII as any one to four characters:
    the app writes to a pipe in the Windows code page (cp1252), which is read here as UTF-8."""
    pattern = "".join(re.escape(c) if c.isascii() else ".{1,4}" for c in words)
    return re.search(pattern, text) is not None


def check_ui_language(machine: Machine) -> None:
    """Without ``--lang`` the app speaks the user's Windows display language (issue 29.9),
    never the language of environment variables such as a shell's ``LANG=en_US.UTF-8``.

    Wine 8.0 takes the Windows language from the Unix locale of the process it starts
    (``LC_MESSAGES``, else ``LANG``): ``GetUserDefaultUILanguage`` then gives 0x041D, the
    user locale ``sv-SE`` and Python's ``locale.getlocale()`` ``Swedish_Sweden``. What
    Windows' own Settings write (``HKCU\\Control Panel\\International`` ``LocaleName``,
    ``HKCU\\Control Panel\\Desktop`` ``PreferredUILanguages``) is not read by Wine: it is
    overwritten from the Unix locale (tried; see the report of issue 29.9). So the app is
    started through ``cmd``, which takes the variable that made Wine Swedish out of the
    Windows environment the app sees: its Windows is Swedish while its environment says
    only ``LANG=en_US.UTF-8``. An app that read the variables would speak English there,
    and Swedish in the second case (the variables Swedish, Windows English).
    """
    if not (ensure_locale("sv_SE.UTF-8") and ensure_locale("en_US.UTF-8")):
        print("skip the Windows display language: no sv_SE/en_US locale (apt install locales)")
        return
    example = DATA / "language" / "applications.json"
    example.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "demo" / "applications.json", example)
    # One word each (no quotes: cmd reads quotes that Wine escapes as \" as part of a name).
    agenda = [wine_path_of(machine, machine.exe), "agenda", "--store", wine.windows_path(example)]
    cases = (  # (Windows' language, the Unix environment, what cmd sets for the app, expected)
        ("Swedish", {"LC_MESSAGES": "sv_SE.UTF-8"}, "LC_MESSAGES=&&", "sv"),
        ("English", {}, "LANG=sv_SE.UTF-8&&", "en"),
    )
    for windows, unix, windows_env, expected in cases:
        wine.stop(machine.prefix)  # a new wineserver: the language is read at its start
        code, text, secs = machine.run(["cmd", "/c", "set", windows_env, *agenda], **unix)
        app_env = "LANG=sv_SE.UTF-8" if expected == "en" else "only LANG=en_US.UTF-8"
        check(
            code == 0 and says(text, AGENDA_TITLES[expected]) and not BAD_OUTPUT.search(text),
            f"no --lang, Windows in {windows}, {app_env} in the app's environment: the app "
            f"speaks {'Swedish' if expected == 'sv' else 'English'} (exit {code}, {secs:.1f} s)",
            text,
        )
    wine.stop(machine.prefix)


def _json_in(text: str) -> dict[str, object]:
    start, end = text.find("{"), text.rfind("}")
    try:
        value = json.loads(text[start : end + 1])
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def check_upgrade(machine: Machine, setup: Path) -> None:
    """The user's own store, in its default place, is not touched by installing again."""
    store = machine.data_dir / "applications.json"
    store.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "demo" / "applications.json", store)
    machine.app("the app on its default store (%LOCALAPPDATA%)", ["--startup-check"])
    before = sha256(store)
    (machine.install_dir / "_internal" / "left-by-an-old-version.txt").write_text("old")
    if install(machine, setup, "upgrade install over the installed version (/S)"):
        check(sha256(store) == before, "upgrade keeps the user's store byte-identical")
        check(
            not (machine.install_dir / "_internal" / "left-by-an-old-version.txt").exists(),
            "upgrade replaces the old bundle (no leftovers)",
        )
        machine.app("--version after the upgrade", ["--version"], f"{NAME} {version()}")


def check_upgrade_while_running(machine: Machine, setup: Path) -> None:
    """A setup started while the app runs stops before it touches a file (silent: exit 2)."""
    store = DATA / "running" / "applications.json"
    store.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "demo" / "applications.json", store)
    app = subprocess.Popen(  # output through a pipe: a file or /dev/null kills it under Wine
        [str(wine.WINE64), str(machine.exe), "--store", wine.windows_path(store)],
        env=machine.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, cwd=WIN,
    )  # fmt: skip
    try:
        # the app's lock lives in its local data folder, keyed by the store (not beside the
        # store, which may be in a sync folder): wait until the running app holds one
        locks = machine.local / NAME / "local"
        deadline = time.monotonic() + 60
        while not any(locks.rglob(store.name + ".lock")) and time.monotonic() < deadline:
            time.sleep(0.5)
        before = sha256(machine.exe)
        code, text, secs = machine.run([setup, "/S"], timeout=300)
        check(
            any(locks.rglob(store.name + ".lock")) and code == 2 and sha256(machine.exe) == before
            and (machine.install_dir / "_internal").is_dir(),
            f"setup while the app runs stops and leaves it whole (exit {code}, {secs:.0f} s)",
            text,
        )  # fmt: skip
    finally:
        app.kill()
        app.wait(timeout=30)


def check_start_at_login(machine: Machine) -> None:
    """Tick and untick "Start at login" in the installed app's Settings dialog."""
    text = machine.app(
        "Settings: start at login ticked, OK", [], "start_at_login",
        FOLLOWUP_GUI_BUNDLE_CHECK="autostart-on",
    )  # fmt: skip
    value = machine.reg_query(RUN_KEY, NAME) or ""
    wanted = f'"{wine_path_of(machine, machine.exe)}" --hidden'
    check(
        wanted.lower() in value.lower(),
        f"Run value written: {NAME} = {wanted}",
        value or text,
    )
    machine.app(
        "Settings: start at login unticked, OK", [], "start_at_login",
        FOLLOWUP_GUI_BUNDLE_CHECK="autostart-off",
    )  # fmt: skip
    check(machine.reg_query(RUN_KEY, NAME) is None, "Run value removed")


def wine_path_of(machine: Machine, path: Path) -> str:
    return "C:\\" + str(path.relative_to(machine.prefix / "drive_c")).replace("/", "\\")


def screenshot(machine: Machine, lang: str) -> None:
    """The real window, with the example data, grabbed from the X server once painted."""
    out = WIN / f"screenshot-{lang}.png"
    out.unlink(missing_ok=True)
    example = DATA / f"shot-{lang}" / "applications.json"
    example.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "resources" / "demo" / "applications.json", example)
    app = subprocess.Popen(
        [str(wine.WINE64), str(machine.exe), "--lang", lang, "--store", wine.windows_path(example)],
        env=machine.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, cwd=WIN,
    )  # fmt: skip
    try:
        grabbed, why = grab(machine, out)
    finally:
        app.kill()
        app.wait(timeout=30)
    check(
        grabbed,
        f"screenshot of the window in {'Swedish' if lang == 'sv' else 'English'}: "
        f"{out.relative_to(ROOT)}",
        why,
    )


def grab(machine: Machine, out: Path) -> tuple[bool, str]:
    """Save the screen once it shows a window and has settled; (saved, what went wrong)."""
    done = subprocess.run(
        [venv_python(), str(Path(__file__).with_name("screen_grab.py")), str(out)],
        env={**os.environ, "DISPLAY": machine.display, "QT_QPA_PLATFORM": "xcb"},
        check=False, capture_output=True, text=True, timeout=TIMEOUT_S,
    )  # fmt: skip
    return done.returncode == 0 and out.is_file(), done.stdout + done.stderr


def check_uninstall(machine: Machine) -> None:
    store = machine.data_dir / "applications.json"
    before = sha256(store) if store.is_file() else ""
    command = f'"{wine_path_of(machine, machine.exe)}" --hidden'
    machine.run(["reg", "add", RUN_KEY, "/v", NAME, "/d", command, "/f"], timeout=60)
    code, text, secs = machine.run([machine.install_dir / "uninstall.exe", "/S"], timeout=300)
    # The uninstaller runs again from %TEMP% and returns at once: wait for the prefix.
    deadline = time.monotonic() + 120
    while machine.exe.exists() and time.monotonic() < deadline:
        wine.wait(machine.prefix)
        time.sleep(1)
    check(
        code == 0 and not machine.install_dir.exists(),
        f"silent uninstall removes the program folder (exit {code}, {secs:.0f} s)",
        text,
    )
    check(not machine.shortcut.exists(), "uninstall removes the Start-menu shortcut")
    check(machine.reg_query(UNINSTALL_KEY) is None, "uninstall removes the Settings > Apps entry")
    check(machine.reg_query(RUN_KEY, NAME) is None, "uninstall removes the start-at-login value")
    check(
        bool(before) and store.is_file() and sha256(store) == before,
        "uninstall keeps the user's data (%LOCALAPPDATA%\\followup-gui) byte-identical",
    )


def check_uninstall_removing_data(machine: Machine, setup: Path) -> None:
    """Installed again, then uninstalled with "Also remove my applications" ticked."""
    if not install(machine, setup, "install again over the kept data (/S)"):
        return
    machine.app("the app on the kept store", ["--startup-check"])
    had = machine.data_dir.is_dir() and machine.reg_query(SETTINGS_KEY) is not None
    machine.run([machine.install_dir / "uninstall.exe", "/S", "/REMOVEDATA"], timeout=300)
    deadline = time.monotonic() + 120
    while machine.data_dir.exists() and time.monotonic() < deadline:
        wine.wait(machine.prefix)
        time.sleep(1)
    check(
        had and not machine.install_dir.exists() and not machine.data_dir.exists()
        and machine.reg_query(SETTINGS_KEY) is None,
        "uninstall /REMOVEDATA (the box ticked) removes the program, the data and the settings",
    )  # fmt: skip


def venv_python() -> str:
    python = ROOT / ".venv" / "bin" / "python"
    if not python.exists():
        sys.exit("the project's .venv is missing: run 'make package-windows-test'")
    return str(python)


def main() -> int:
    default = ROOT / "dist" / f"{NAME}-{version()}-windows-x64-setup.exe"
    setup = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else default
    if not setup.is_file():
        print(f"no setup at {setup}: run 'make package-windows' first", file=sys.stderr)
        return 1
    wine.ensure_system_packages("windows-test")
    started = time.monotonic()
    print(f"testing {setup.relative_to(ROOT)} in a fresh Wine prefix ({PREFIX.relative_to(ROOT)})")
    wine.stop(PREFIX)
    shutil.rmtree(PREFIX, ignore_errors=True)
    for leftover in DATA.glob("*"):  # but the big store: the same bytes every time
        if leftover.name != "big":
            shutil.rmtree(leftover)
    wine.init_prefix(PREFIX)
    with xvfb() as display:
        machine = Machine(PREFIX, display)
        try:
            check_setup_file(setup)
            check_setup_language(machine, setup, "sv")
            check_setup_language(machine, setup, "en")
            prepare_desktop(machine)
            if install(machine, setup, "silent install (/S)"):
                qt_core = machine.install_dir / "_internal" / "PySide6" / "Qt6Core.dll"
                icu_standin.install(PREFIX, qt_core, WIN / "icu-standin")
                check_installed(machine)
                check_starts(machine)
                check_ui_language(machine)
                check_upgrade(machine, setup)
                check_upgrade_while_running(machine, setup)
                check_start_at_login(machine)
                screenshot(machine, "sv")
                screenshot(machine, "en")
                check_uninstall(machine)
                check_uninstall_removing_data(machine, setup)
        finally:
            wine.stop(PREFIX)
    verdict = f"FAILED: {len(failures)} checks" if failures else "all checks passed"
    print(f"{NAME} Windows setup test: {verdict} ({time.monotonic() - started:.0f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
