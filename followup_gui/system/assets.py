"""Where the app's data files are: demo data, translations, dictionaries, icons.

Found through ``importlib.resources`` so the same code works from a checkout, a wheel
and a PyInstaller bundle; ``FOLLOWUP_GUI_RESOURCES`` points elsewhere for tests.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path


@functools.cache
def resource_dir() -> Path:
    """The folder that holds ``demo/``, ``translations/``, ``dictionaries/``, ``icons/``."""
    override = os.environ.get("FOLLOWUP_GUI_RESOURCES")
    if override:
        return Path(override)
    # find_spec answers for a checkout, a wheel, an editable install and a bundle alike,
    # without the zip support importlib.resources loads (a few ms of start-up)
    try:
        spec = importlib.util.find_spec("followup_gui.resources")
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():  # a source checkout on sys.path (make's editable install)
        return checkout
    from importlib import resources  # noqa: PLC0415 - a last resort, and a slow import

    return Path(str(resources.files("followup_gui.resources")))  # pragma: no cover


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def demo_store() -> Path:
    return resource("demo", "applications.json")
