"""Light, dark or as the system: Settings → Appearance, applied at once (issue 28.3).

Qt 6.8+ asks the platform for a scheme (``QStyleHints.setColorScheme``): Windows 10/11,
macOS and the GNOME/KDE platform themes switch their palette. Where the platform cannot
(X11 without a desktop theme, an older Qt, a style that stays light), the app sets a
palette of its own from :mod:`..colours`. Either way the palette's placeholder text (hints,
the timeline's labels) and its selection get colours with enough contrast.

The start reads the stored choice from ``preferences`` and loads this module before the
first paint only when the choice is not "as the system".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from .. import colours
from ..state.preferences import APPEARANCE_DARK, APPEARANCE_LIGHT, APPEARANCE_SYSTEM

_OWN_PALETTE = "followupOwnPalette"
"""A property on the application: set while the palette is ours (not the platform's)."""


def _wanted(choice: str) -> Qt.ColorScheme:
    if choice == APPEARANCE_DARK:
        return Qt.ColorScheme.Dark
    if choice == APPEARANCE_LIGHT:
        return Qt.ColorScheme.Light
    return Qt.ColorScheme.Unknown


def apply_appearance(app: QApplication, choice: str) -> None:
    """Show the app light, dark, or as the system (``APPEARANCE_*``), from now on."""
    hints = app.styleHints()
    wanted = _wanted(choice)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        if choice == APPEARANCE_SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(wanted)
    if app.property(_OWN_PALETTE):  # back to the platform's, then see what it gives
        app.setProperty(_OWN_PALETTE, False)
        app.setPalette(QPalette())
    if choice == APPEARANCE_SYSTEM:
        # a platform that says dark but keeps a light palette (or the reverse) gets ours
        system = hints.colorScheme()
        want_dark = system == Qt.ColorScheme.Dark
        if system == Qt.ColorScheme.Unknown or colours.is_dark() == want_dark:
            _readable_roles(app)
            return
    else:
        want_dark = wanted == Qt.ColorScheme.Dark
    if colours.is_dark() != want_dark:
        if want_dark and app.style().name().lower() in ("windowsvista", "windows"):
            app.setStyle("fusion")  # the native Windows 10 style draws light whatever is set
        app.setPalette(colours.palette_for(want_dark))
        app.setProperty(_OWN_PALETTE, True)
        return
    _readable_roles(app)


def _readable_roles(app: QApplication) -> None:
    """The platform's placeholder text (often half the text's colour) reads at 3–4:1, and
    Fusion's selection (white on its blue) at 3.7:1: these two get ours, 4.5:1 or more."""
    role = QPalette.ColorRole
    palette = app.palette()
    dark = colours.is_dark(palette)
    own = QPalette()  # only these roles: the platform's others still follow the system
    muted = colours.colour("muted_text", dark)
    if palette.color(role.PlaceholderText) != muted:
        own.setColor(role.PlaceholderText, muted)
    if colours.contrast(palette.color(role.HighlightedText), palette.color(role.Highlight)) < 4.5:
        own.setColor(role.Highlight, colours.colour("palette_highlight", dark))
        own.setColor(role.HighlightedText, colours.colour("palette_highlighted_text", dark))
    if own.resolveMask():
        app.setPalette(own)


class SchemeFollower(QObject):
    """Keeps "as the system" true when the system switches between light and dark."""

    def __init__(self, app: QApplication, choice: str) -> None:
        super().__init__(app)
        self.setObjectName("schemeFollower")
        self.app = app
        self.choice = choice
        app.styleHints().colorSchemeChanged.connect(self._changed)

    def _changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == APPEARANCE_SYSTEM:
            self.app.setPalette(QPalette())  # the platform's new palette, then ours on top
            apply_appearance(self.app, APPEARANCE_SYSTEM)


def follow(app: QApplication, choice: str) -> None:
    """Apply ``choice`` and keep following the system's scheme while it is "system"."""
    follower = app.findChild(SchemeFollower, "schemeFollower")
    if follower is None:
        follower = SchemeFollower(app, choice)
    follower.choice = choice
    apply_appearance(app, choice)
