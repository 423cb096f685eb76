"""The app's own icon (the window, the task bar, the About box), from the PNGs we ship.

The PNGs in ``resources/icons`` are rendered from ``followup-gui.svg`` by
``packaging/icons.py render``; loading PNGs keeps Qt's SVG module out of the app.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ...system.assets import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@functools.cache
def app_icon() -> QIcon:
    """All sizes of the icon; an empty ``QIcon`` (Qt's default) if the files are missing."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"followup-gui-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))  # read only when Qt needs that size
    return icon
