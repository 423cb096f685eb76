"""Start at login through the Run value, and the AppUserModelID, checked on any system."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from followup_gui.system import windows_integration as wi


class FakeRegistry:
    """HKEY_CURRENT_USER as a dict of keys; optionally refuses writes like a locked-down PC."""

    def __init__(self, *, read_only: bool = False) -> None:
        self.keys: dict[str, dict[str, str]] = {}
        self.read_only = read_only

    def read(self, key: str, name: str) -> str | None:
        return self.keys.get(key, {}).get(name)

    def write(self, key: str, name: str, data: str) -> None:
        if self.read_only:
            raise PermissionError(5, "Access is denied")
        self.keys.setdefault(key, {})[name] = data

    def delete(self, key: str, name: str) -> None:
        if self.read_only:
            raise PermissionError(5, "Access is denied")
        self.keys.get(key, {}).pop(name, None)


def test_start_at_login_writes_the_run_value_with_hidden_and_removes_it() -> None:
    registry = FakeRegistry()
    registry.keys[wi.RUN_KEY] = {"OneDrive": '"C:\\OneDrive.exe" /background'}
    exe = r"C:\Users\Anna Öberg\AppData\Local\Programs\followup-gui\followup-gui.exe"
    command = wi.launch_command(exe, frozen=True)

    assert wi.start_at_login(registry) is None
    wi.set_start_at_login(True, registry, command)
    assert wi.start_at_login(registry) == f'"{exe}" --hidden'
    assert registry.keys[wi.RUN_KEY]["followup-gui"] == f'"{exe}" --hidden'

    wi.set_start_at_login(False, registry)
    assert wi.start_at_login(registry) is None
    assert registry.keys[wi.RUN_KEY] == {"OneDrive": '"C:\\OneDrive.exe" /background'}
    wi.set_start_at_login(False, registry)  # removing twice is no error


def test_a_refused_write_is_an_os_error_for_the_settings_dialog_to_show() -> None:
    with pytest.raises(OSError, match="denied"):
        wi.set_start_at_login(True, FakeRegistry(read_only=True), '"x.exe" --hidden')


def test_from_source_the_command_runs_the_module_with_pythonw() -> None:
    command = wi.launch_command(r"C:\Python312\python.exe", frozen=False)
    assert command == r'"C:\Python312\pythonw.exe" -m followup_gui.cli --hidden'


def test_the_default_command_is_this_python() -> None:
    assert wi.launch_command().startswith(f'"{sys.executable}')
    assert wi.launch_command().endswith(" --hidden")


@pytest.mark.skipif(sys.platform == "win32", reason="the real registry is there on Windows")
def test_off_windows_the_real_registry_says_so_and_the_app_id_is_not_set() -> None:
    with pytest.raises(OSError, match="no Windows registry"):
        wi.start_at_login()
    with pytest.raises(OSError, match="no Windows registry"):
        wi.set_start_at_login(True)
    assert wi.set_app_user_model_id() is False


def test_the_app_user_model_id_follows_windows_rules() -> None:
    assert " " not in wi.APP_USER_MODEL_ID
    assert len(wi.APP_USER_MODEL_ID) <= 128


def test_nothing_in_the_app_asks_platform_for_the_windows_version() -> None:
    """``platform.uname()``/``win32_ver()`` ask WMI on Python 3.12: slow, and hangs Wine."""
    package = Path(wi.__file__).resolve().parent
    calls = [
        f"platform.{name}"
        for name in ("uname", "win32_ver", "system", "platform", "release", "version", "machine")
    ]
    offenders = [
        f"{path.relative_to(package)}: {call}"
        for path in package.rglob("*.py")
        for call in calls
        if call in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_a_start_calls_no_platform_function(tmp_path: Path) -> None:
    """The whole start (``--startup-check``) runs with every such function booby-trapped."""
    code = (
        "import platform, sys\n"
        "def trap(*a, **k): raise SystemExit('platform was asked at start')\n"
        "for name in ('uname', 'win32_ver', 'system', 'platform', 'release', 'version',\n"
        "             'machine', 'node', 'processor', 'win32_edition'):\n"
        "    setattr(platform, name, trap)\n"
        "from followup_gui.cli.command import main\n"
        f"sys.exit(main(['--startup-check', '--store', {str(tmp_path / 'a.json')!r}]))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_RUNTIME_DIR": str(tmp_path), "LANG": "C.UTF-8"}  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
