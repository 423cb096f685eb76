"""Where the app's data files are: demo data, translations, dictionaries, icons.

Found through ``importlib.resources`` so the same code works from a checkout, a wheel
and a PyInstaller bundle; ``FOLLOWUP_GUI_RESOURCES`` points elsewhere for tests.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path


@functools.cache
def resource_dir() -> Path:
    """The folder that holds ``demo/``, ``translations/``, ``dictionaries/``, ``icons/``."""
    override = os.environ.get("FOLLOWUP_GUI_RESOURCES")
    if override:
        return Path(override)
    return Path(str(resources.files("followup_gui.resources")))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def demo_store() -> Path:
    return resource("demo", "applications.json")
