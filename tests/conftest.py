"""Test setup shared by the whole suite.

Qt must find ``QT_QPA_PLATFORM=offscreen`` before it is imported anywhere, so it is set
here, at the top of the first module pytest loads. The app's cache folder (the list
cache) points into a temporary folder, for this process and the apps it starts, so that
tests never read or write the user's.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="followup-gui-tests-cache-")
# the lock and the backups of each store (store/local.py): never the user's folder
os.environ["FOLLOWUP_GUI_LOCAL_DATA"] = tempfile.mkdtemp(prefix="followup-gui-tests-local-")

from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("default", deadline=None)
settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
DEMO_STORE = ROOT / "resources" / "demo" / "applications.json"
DEMO_COUNT = 24
"""Applications in the example data (from late August to November 2026, two of them saved ads)."""


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment for an app this test starts: offscreen, and with settings, data
    and cache folders of the test's own (never the user's)."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        **extra,
    }


@pytest.fixture
def demo_store_path() -> Path:
    return DEMO_STORE


def v1_demo_text() -> str:
    """The example data as a format v1 file (no saved ads, no v2 fields): for tests of what
    a v1 store's first save does."""
    import json

    data = json.loads(DEMO_STORE.read_text(encoding="utf-8"))
    data["schema_version"] = 1
    data["profile"].pop("monthly_target", None)
    data["applications"] = [a for a in data["applications"] if a.get("applied_on")]
    for app in data["applications"]:
        for key in ("town", "source", "how", "attachments"):
            app.pop(key, None)
        for contact in app["contacts"]:
            if contact["purpose"] == "reply":
                contact["purpose"] = "other"
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
