"""Test setup shared by the whole suite.

Qt must find ``QT_QPA_PLATFORM=offscreen`` before it is imported anywhere, so it is set
here, at the top of the first module pytest loads.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("default", deadline=None)
settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
DEMO_STORE = ROOT / "resources" / "demo" / "applications.json"


@pytest.fixture
def demo_store_path() -> Path:
    return DEMO_STORE
