"""Every colour the app draws itself: ONE table of light/dark pairs (issue 28.3).

Text and backgrounds come from the palette wherever they can; what the palette has no role
for (an error's red, the banner, the list's action words, the icons, the charts, the
timeline, the phone script's boxes) is named here, once for a light and once for a dark
background. ``tests/ui/test_colours.py`` computes each pair's WCAG contrast against what it
is drawn on, in both schemes (text at least 4.5:1, graphics 3:1), and fails on a colour
written anywhere else under ``ui/``.

Which of the two is used follows the palette on screen (its window colour dark or not), so
the system's scheme, the user's choice in Settings and a palette set by hand all agree.
Nothing here is imported before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template
from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Kind = Literal["text", "graphic", "background", "fill", "palette"]
"""What a colour is for: text (4.5:1 on what it is drawn on), a graphic (3:1), a background
(others are drawn on it), a fill (a shape's inside, whose outline carries its contrast), or
a palette role under everything."""


@dataclass(frozen=True, slots=True)
class Pair:
    """A colour on a light background and its counterpart on a dark one."""

    light: str
    dark: str
    kind: Kind
    on: tuple[str, ...] = ()
    """What it is drawn on: palette roles ("window", "base", "alternate-base") or names of
    this table's backgrounds; the contrast test checks it against each."""


_ON_WINDOW = ("window",)
_ON_LIST = ("base", "alternate-base")
_ANYWHERE = ("window", "base", "alternate-base")

# fmt: off
COLOURS: dict[str, Pair] = {
    # words that say something went wrong, went well, or needs a look
    "error_text": Pair("#B3261E", "#FF8A80", "text", _ANYWHERE),
    "ok_text": Pair("#17713A", "#6FD08C", "text", _ANYWHERE),
    "warning_text": Pair("#8A4B00", "#F0B45A", "text", _ANYWHERE),
    # hints and the timeline's labels (the palette's placeholder text is set to it)
    "muted_text": Pair("#595959", "#ADADAD", "text", _ANYWHERE),
    "invalid_border": Pair("#B3261E", "#FF8A80", "graphic", _ANYWHERE),
    # the banner above the pages (example data, a conflict, a read-only store)
    "banner_bg": Pair("#FFF4D6", "#3D3010", "background"),
    "banner_text": Pair("#3A2A00", "#FFE7A8", "text", ("banner_bg",)),
    "banner_border": Pair("#9A7A14", "#B8962E", "graphic", _ON_WINDOW),
    # boxes with a coloured edge: what to say on the phone, what never to ask, trade-offs,
    # the verdict's warning, the reply's summary
    "say_bg": Pair("#EEF4FB", "#1C2A3A", "background"),
    "say_text": Pair("#10243A", "#DCEBFA", "text", ("say_bg",)),
    "say_edge": Pair("#0072B2", "#56B4E9", "graphic", ("say_bg",)),
    "never_bg": Pair("#FFF1E8", "#3A2216", "background"),
    "never_text": Pair("#4A1C00", "#FFD9C2", "text", ("never_bg",)),
    "never_edge": Pair("#D55E00", "#FF8C42", "graphic", ("never_bg",)),
    "info_edge": Pair("#0072B2", "#56B4E9", "graphic", _ANYWHERE),
    "warning_edge": Pair("#D55E00", "#FF8C42", "graphic", _ANYWHERE),
    "tradeoff_edge": Pair("#A86500", "#E69F00", "graphic", _ANYWHERE),
    # the mail composer's and the reply's underlines and marks
    "spelling_underline": Pair("#D0021B", "#FF6B6B", "graphic", ("base",)),
    "style_underline": Pair("#0072B2", "#56B4E9", "graphic", ("base",)),
    "finding_bg": Pair("#FFE08A", "#FFE08A", "background"),
    "kind_finding_bg": Pair("#FFC76B", "#FFC76B", "background"),
    "finding_text": Pair("#000000", "#000000", "text", ("finding_bg", "kind_finding_bg")),
    # the tray icon's badge (on the desktop's panel, whatever its colour)
    "badge_bg": Pair("#C62828", "#C62828", "background"),
    "badge_text": Pair("#FFFFFF", "#FFFFFF", "text", ("badge_bg",)),
    # the list's action words (Okabe–Ito hues, dark enough or light enough to read)
    "action_thank_you": Pair("#A23C77", "#E9A6CB", "text", _ON_LIST),
    "action_other_offer": Pair("#B34A00", "#FF9A5C", "text", _ON_LIST),
    "action_follow_up": Pair("#8F5F00", "#F2B84B", "text", _ON_LIST),
    "action_apply": Pair("#6B6300", "#F0E442", "text", _ON_LIST),
    "action_interview_scheduled": Pair("#0072B2", "#6CB8F0", "text", _ON_LIST),
    "action_wait": Pair("#1F6F9E", "#8FD0F5", "text", _ON_LIST),
    "action_await_reply": Pair("#00775A", "#3FD0A6", "text", _ON_LIST),
    "action_closed": Pair("#6B6B6B", "#B0B0B0", "text", _ON_LIST),
    # the list's icons: a shape with an outline that stands out, a fill, white marks
    "icon_outline": Pair("#1A1A1A", "#F0F0F0", "graphic", _ANYWHERE),
    "icon_thank_you": Pair("#CC79A7", "#CC79A7", "fill"),
    "icon_other_offer": Pair("#D55E00", "#D55E00", "fill"),
    "icon_follow_up": Pair("#E69F00", "#E69F00", "fill"),
    "icon_apply": Pair("#F0E442", "#F0E442", "fill"),
    "icon_interview_scheduled": Pair("#0072B2", "#0072B2", "fill"),
    "icon_wait": Pair("#56B4E9", "#56B4E9", "fill"),
    "icon_await_reply": Pair("#009E73", "#009E73", "fill"),
    "icon_closed": Pair("#8C8C8C", "#8C8C8C", "fill"),
    "icon_ink": Pair("#1A1A1A", "#1A1A1A", "graphic", ("icon_apply",)),
    "icon_mark": Pair(
        "#FFFFFF", "#FFFFFF", "graphic",
        ("icon_other_offer", "icon_await_reply", "icon_closed", "icon_interview_scheduled"),
    ),
    # the overview's charts and the timeline (Okabe–Ito: apart for every common colour
    # blindness; every bar has its words beside it, every mark its shape and label)
    "chart_bar": Pair("#0072B2", "#56B4E9", "graphic", _ON_WINDOW),
    "chart_part": Pair("#008A65", "#009E73", "graphic", _ON_WINDOW),
    "chart_target": Pair("#D55E00", "#E69F00", "graphic", _ON_WINDOW),
    "chart_faint": Pair("#7A7A7A", "#8A8A8A", "graphic", _ON_WINDOW),
    "timeline_window": Pair("#A86500", "#E69F00", "graphic", _ON_WINDOW),
    "timeline_today": Pair("#D55E00", "#FF8C42", "graphic", _ON_WINDOW),
    # the palettes set when the system cannot switch scheme itself (Settings → Appearance)
    "palette_window": Pair("#EFEFEF", "#2B2B2B", "palette"),
    "palette_window_text": Pair("#000000", "#EDEDED", "text", ("palette_window",)),
    "palette_base": Pair("#FFFFFF", "#1E1E1E", "palette"),
    "palette_alternate_base": Pair("#F7F7F7", "#262626", "palette"),
    "palette_text": Pair("#000000", "#EDEDED", "text", ("palette_base", "palette_alternate_base")),
    "palette_button": Pair("#EFEFEF", "#363636", "palette"),
    "palette_button_text": Pair("#000000", "#EDEDED", "text", ("palette_button",)),
    "palette_highlight": Pair("#30638F", "#2F6AB0", "palette"),
    "palette_highlighted_text": Pair("#FFFFFF", "#FFFFFF", "text", ("palette_highlight",)),
    "palette_link": Pair("#0046A8", "#8AB8FF", "text", ("palette_base", "palette_window")),
    "palette_link_visited": Pair("#6A2C91", "#C8A2FF", "text", ("palette_base", "palette_window")),
    "palette_tooltip_base": Pair("#FFFFDC", "#3A3A3A", "palette"),
    "palette_tooltip_text": Pair("#000000", "#EDEDED", "text", ("palette_tooltip_base",)),
    "palette_disabled_text": Pair("#6E6E6E", "#9A9A9A", "palette"),
    "palette_light": Pair("#FFFFFF", "#4A4A4A", "palette"),
    "palette_midlight": Pair("#E3E3E3", "#3E3E3E", "palette"),
    "palette_mid": Pair("#8A8A8A", "#8A8A8A", "graphic", ("palette_window",)),
    "palette_dark": Pair("#8A8A8A", "#1A1A1A", "palette"),
    "palette_shadow": Pair("#767676", "#000000", "palette"),
}
# fmt: on

_ROLES = {
    "window": QPalette.ColorRole.Window,
    "base": QPalette.ColorRole.Base,
    "alternate-base": QPalette.ColorRole.AlternateBase,
}


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two opaque colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's when None) has a dark window."""
    if palette is None:
        palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def hex_of(name: str, dark: bool | None = None) -> str:
    pair = COLOURS[name]
    return pair.dark if (is_dark() if dark is None else dark) else pair.light


def colour(name: str, dark: bool | None = None) -> QColor:
    """The table's colour ``name`` for a dark or light background (the app's when None)."""
    return QColor(hex_of(name, dark))


def css(template: str, dark: bool | None = None) -> str:
    """``template`` with each ``$name`` replaced by the table's colour for the scheme."""
    dark = is_dark() if dark is None else dark
    return Template(template).substitute({name: hex_of(name, dark) for name in COLOURS})


class _StyleFollower(QObject):
    """Sets its widget's style sheet again when the palette turns dark or light."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName("colourFollower")
        self.widget = widget
        self.template = ""
        widget.installEventFilter(self)

    def apply(self) -> None:
        sheet = css(self.template) if self.template else ""
        if self.widget.styleSheet() != sheet:
            self.widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply()
        return False


def set_style(widget: QWidget, template: str) -> None:
    """``widget``'s style sheet from ``template`` (``$name`` for the table's colours),
    in the colours of the scheme on screen now and whenever it changes."""
    follower = widget.findChild(
        _StyleFollower, "colourFollower", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if follower is None:
        follower = _StyleFollower(widget)
    follower.template = template
    follower.apply()


def palette_for(dark: bool) -> QPalette:
    """A whole palette from the table: for a system that cannot switch scheme itself."""
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    palette = QPalette()
    for name, roles in (
        ("palette_window", (role.Window,)),
        ("palette_window_text", (role.WindowText,)),
        ("palette_base", (role.Base,)),
        ("palette_alternate_base", (role.AlternateBase,)),
        ("palette_text", (role.Text,)),
        ("palette_button", (role.Button,)),
        ("palette_button_text", (role.ButtonText,)),
        ("palette_highlight", (role.Highlight, role.Accent)),
        ("palette_highlighted_text", (role.HighlightedText,)),
        ("palette_link", (role.Link,)),
        ("palette_link_visited", (role.LinkVisited,)),
        ("palette_tooltip_base", (role.ToolTipBase,)),
        ("palette_tooltip_text", (role.ToolTipText,)),
        ("muted_text", (role.PlaceholderText,)),
        ("palette_light", (role.Light,)),
        ("palette_midlight", (role.Midlight,)),
        ("palette_mid", (role.Mid,)),
        ("palette_dark", (role.Dark,)),
        ("palette_shadow", (role.Shadow,)),
        ("error_text", (role.BrightText,)),
    ):
        for r in roles:
            palette.setColor(r, colour(name, dark))
    disabled = colour("palette_disabled_text", dark)
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(group.Disabled, r, disabled)
    palette.setColor(group.Disabled, role.Highlight, colour("palette_mid", dark))
    return palette
