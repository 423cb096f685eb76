"""Windows' own ways to start at login and to name the app's windows, without Qt.

- Start at login: a value named ``followup-gui`` under ``HKCU\\…\\CurrentVersion\\Run``
  whose data is the command line (the exe, quoted, and ``--hidden``). This is what
  *Settings → Apps → Startup* and Task Manager's *Startup apps* list and let the user turn
  off; it needs no administrator rights, and the uninstaller removes it.
- The AppUserModelID: set for the process before its first window, so Windows groups the
  windows, the tray icon and the notifications under the app's name and icon instead of
  under "python" or the exe's path.

Importing this module costs nothing and works on every system (``winreg`` and
``ctypes.windll`` are only touched on Windows); the registry is reached through the small
``Registry`` protocol so that tests on Linux use a fake one.
"""

from __future__ import annotations

import sys
from typing import Protocol

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "followup-gui"
HIDDEN_OPTION = "--hidden"
APP_USER_MODEL_ID = "followup-gui.FollowupGui"
"""No spaces, at most 128 characters (Windows' rule); never change it once released."""


class Registry(Protocol):
    """String values under HKEY_CURRENT_USER; every method may raise OSError."""

    def read(self, key: str, name: str) -> str | None:
        """The value's data, or None when the key or the value does not exist."""
        ...

    def write(self, key: str, name: str, data: str) -> None:
        """Set the value (REG_SZ), creating the key if needed."""
        ...

    def delete(self, key: str, name: str) -> None:
        """Remove the value; nothing happens when it is not there."""
        ...


class CurrentUserRegistry:
    """The real ``HKEY_CURRENT_USER`` through ``winreg`` (Windows only)."""

    def read(self, key: str, name: str) -> str | None:
        if sys.platform != "win32":
            raise OSError("there is no Windows registry on this system")
        import winreg  # noqa: PLC0415 - Windows only

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                data, kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(data) if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) else None

    def write(self, key: str, name: str, data: str) -> None:
        if sys.platform != "win32":
            raise OSError("there is no Windows registry on this system")
        import winreg  # noqa: PLC0415 - Windows only

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, data)

    def delete(self, key: str, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("there is no Windows registry on this system")
        import winreg  # noqa: PLC0415 - Windows only

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


def launch_command(
    executable: str | None = None, *, frozen: bool | None = None, store: str | None = None
) -> str:
    """The command line that starts this app hidden: the installed exe, or Python + module.

    A path is always quoted: the install folder is under the user's profile, whose name
    may have spaces. ``store`` (a store other than the default one) is passed on with
    ``--store``, so that login opens the store the user works on (issue 29.10).
    """
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    tail = HIDDEN_OPTION if store is None else f'--store "{store}" {HIDDEN_OPTION}'
    if frozen:
        return f'"{executable}" {tail}'
    # pythonw.exe beside python.exe (or python3.exe, python3.12.exe) starts without a console
    name = executable.replace("/", "\\").rpartition("\\")[2]
    lower = name.lower()
    if lower.startswith("python") and lower.endswith(".exe") and not lower.startswith("pythonw"):
        executable = executable[: len(executable) - len(name)] + "pythonw.exe"
    return f'"{executable}" -m followup_gui.cli {tail}'


def start_at_login(registry: Registry | None = None) -> str | None:
    """The command Windows runs at login for this app, or None when it runs nothing."""
    return (registry or CurrentUserRegistry()).read(RUN_KEY, RUN_VALUE)


def set_start_at_login(
    enabled: bool,
    registry: Registry | None = None,
    command: str | None = None,
    *,
    store: str | None = None,
) -> None:
    """Write (``launch_command(store=store)`` unless ``command``) or remove the Run value;
    OSError."""
    registry = registry or CurrentUserRegistry()
    if enabled:
        registry.write(RUN_KEY, RUN_VALUE, command or launch_command(store=store))
    else:
        registry.delete(RUN_KEY, RUN_VALUE)


def set_app_user_model_id(app_id: str = APP_USER_MODEL_ID) -> bool:
    """Name this process for the taskbar, the tray and notifications; False off Windows.

    Must run before the first window; Windows 7 and newer have the call.
    """
    if sys.platform != "win32":
        return False
    import ctypes  # noqa: PLC0415 - Windows only

    try:
        result = ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(
            ctypes.c_wchar_p(app_id)
        )
    except (AttributeError, OSError):
        return False
    return int(result) == 0  # S_OK
