"""The user's settings that outlive a run: language, appearance, reminders, the tray,
start at login.

Kept small and free of widgets: ``run()`` reads the language from here before the first
window, so importing this module must cost nothing at start-up.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from ...i18n import Lang

LANGUAGE_KEY = "ui/language"
LANGUAGE_SYSTEM = "system"
APPEARANCE_KEY = "ui/appearance"
APPEARANCE_SYSTEM = "system"
APPEARANCE_LIGHT = "light"
APPEARANCE_DARK = "dark"
REMINDERS_KEY = "reminders/enabled"
KEEP_IN_TRAY_KEY = "reminders/keep_in_tray"
AD_FETCH_KEY = "network/fetch_ads"
AD_FETCH_NOTICE_KEY = "network/fetch_ads_notice_shown"
HIDDEN_OPTION = "--hidden"
AUTOSTART_FILE = "io.github.followup_gui.FollowupGui.desktop"


def make_private(settings: QSettings, own_folder_name: str) -> None:
    """Keep the settings file (it holds application ids) private to the user (13.F).

    The file is created 0600 before Qt first writes it (Qt keeps an existing file's mode
    when it saves), and its folder is made 0700 when it is ours (named ``own_folder_name``);
    a shared folder such as the one of a test is left as it is. Windows keeps settings in
    the registry, which is private already.
    """
    if os.name != "posix" or settings.format() not in (
        QSettings.Format.NativeFormat,
        QSettings.Format.IniFormat,
    ):
        return
    path = Path(settings.fileName())
    if not path.is_absolute():
        return
    folder = path.parent
    try:
        if not folder.exists():
            folder.mkdir(mode=0o700, parents=True)
            folder.chmod(0o700)  # the umask may have taken bits away
        elif folder.name == own_folder_name:
            folder.chmod(0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
    except OSError:
        return  # settings are a convenience: never stop the app for them


def stored_language(settings: QSettings) -> Lang | None:
    """The language chosen in the settings; None to follow the system."""
    value = settings.value(LANGUAGE_KEY, LANGUAGE_SYSTEM)
    return value if value in ("sv", "en") else None


def set_stored_language(settings: QSettings, lang: Lang | None) -> None:
    settings.setValue(LANGUAGE_KEY, lang or LANGUAGE_SYSTEM)


def stored_appearance(settings: QSettings) -> str:
    """Light, dark or as the system (``APPEARANCE_*``): read before the first window."""
    value = settings.value(APPEARANCE_KEY, APPEARANCE_SYSTEM)
    return value if value in (APPEARANCE_LIGHT, APPEARANCE_DARK) else APPEARANCE_SYSTEM


def set_stored_appearance(settings: QSettings, choice: str) -> None:
    settings.setValue(APPEARANCE_KEY, choice)


def _flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):  # an ini file gives "true"/"false" back
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def reminders_enabled(settings: QSettings) -> bool:
    return _flag(settings, REMINDERS_KEY, True)


def keep_in_tray(settings: QSettings) -> bool:
    return _flag(settings, KEEP_IN_TRAY_KEY, False)


def ad_fetch_enabled(settings: QSettings) -> bool:
    """Whether a Platsbanken link may be fetched (the app's only network use)."""
    return _flag(settings, AD_FETCH_KEY, True)


def set_ad_fetch_enabled(settings: QSettings, enabled: bool) -> None:
    settings.setValue(AD_FETCH_KEY, enabled)


def ad_fetch_notice_shown(settings: QSettings) -> bool:
    """Whether the user was told, at the first fetch, what goes over the network."""
    return _flag(settings, AD_FETCH_NOTICE_KEY, False)


def set_ad_fetch_notice_shown(settings: QSettings) -> None:
    settings.setValue(AD_FETCH_NOTICE_KEY, True)


# --------------------------------------------------------------------------- start at login


def autostart_supported() -> bool:
    """Start at login is written by the app on Windows (the ``Run`` value, see
    ``windows_integration``) and on Linux/BSD desktops (XDG autostart)."""
    return sys.platform == "win32" or sys.platform.startswith(
        ("linux", "freebsd", "openbsd", "netbsd")
    )


def autostart_path() -> Path:
    """``$XDG_CONFIG_HOME/autostart/…desktop`` (``~/.config`` when unset or relative)."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart" / AUTOSTART_FILE


def autostart_where() -> str:
    """Where start at login is written, for the user: a file, or the registry key."""
    if sys.platform == "win32":
        from ...system.windows_integration import RUN_KEY

        return "HKEY_CURRENT_USER\\" + RUN_KEY
    return str(autostart_path())


def autostart_enabled() -> bool:
    if sys.platform == "win32":
        from ...system import windows_integration

        try:
            return windows_integration.start_at_login() is not None
        except OSError:
            return False
    return autostart_path().is_file()


def _command() -> str:
    """How this app is started, for the ``Exec`` line (the installed command if on PATH)."""
    if shutil.which("followup-gui"):
        return "followup-gui"
    if getattr(sys, "frozen", False):
        return _quote(sys.executable)
    return f"{_quote(sys.executable)} -m followup_gui.cli"


def _quote(arg: str) -> str:
    """An argument of a desktop file's ``Exec`` key, quoted and escaped as the spec asks."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`=%"):
        return arg
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    # then the escapes of every desktop-file string: a backslash doubled, "%" as "%%"
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def login_store(path: Path | None) -> Path | None:
    """The store start at login must name: ``path`` unless it is the default one."""
    if path is None:
        return None
    from ...store.paths import default_path

    return None if path == default_path() else path


def autostart_entry(command: str | None = None, *, store: Path | None = None) -> str:
    """The autostart file; ``store`` (not the default one) is opened with ``--store``."""
    where = "" if store is None else f" --store {_quote(str(store))}"
    exec_line = f"{command or _command()}{where} {HIDDEN_OPTION}"
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=followup-gui\n"
        "Comment=Reminders about your job applications' follow-ups\n"
        "Comment[sv]=Påminnelser om uppföljning av dina jobbansökningar\n"
        f"Exec={exec_line}\n"
        "Icon=io.github.followup_gui.FollowupGui\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(enabled: bool, *, store: Path | None = None) -> None:
    """Write or remove the autostart file (Windows: value); OSError when that is not possible.

    ``store``: the store to open at login when it is not the default one (issue 29.10).
    """
    if sys.platform == "win32":
        from ...system import windows_integration

        windows_integration.set_start_at_login(enabled, store=None if store is None else str(store))
        return
    from ...store import files

    path = autostart_path()
    if enabled:
        entry = autostart_entry(store=store)
        files.atomic_write_bytes(path, entry.encode("utf-8"), mode=0o644)
    else:
        path.unlink(missing_ok=True)
