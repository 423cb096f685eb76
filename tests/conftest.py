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

from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("default", deadline=None)
settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
DEMO_STORE = ROOT / "resources" / "demo" / "applications.json"
DEMO_COUNT = 22
"""Applications in the example data (one open, the rest closed, from before October 2026)."""


@pytest.fixture
def demo_store_path() -> Path:
    return DEMO_STORE
