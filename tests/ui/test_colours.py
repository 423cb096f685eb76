"""Dark mode and contrast (issue 28.3): every colour the app draws comes from the palette or
from the one table in ``ui/colours.py``, and each of the table's pairs reads well,
computed with WCAG 2's contrast ratio in the light and in the dark scheme: text at least
4.5:1 against what it is drawn on, graphics (icons, lines, bars, edges) 3:1.

What a palette role stands for is checked against the palettes of the systems people use
(Fusion, Windows 10/11, GNOME, KDE; light and dark), not only against the app's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from followup_gui.rules.advice import Action
from followup_gui.ui import colours
from followup_gui.ui.colours import COLOURS, Pair, hex_of, set_style
from followup_gui.ui.list.icons import action_color, action_icon
from followup_gui.ui.shell.appearance import apply_appearance, follow
from followup_gui.ui.state.preferences import (
    APPEARANCE_DARK,
    APPEARANCE_LIGHT,
    APPEARANCE_SYSTEM,
    stored_appearance,
)

from ..conftest import ROOT

UI = ROOT / "followup_gui" / "ui"
TABLE = UI / "colours.py"

TEXT_MIN = 4.5
GRAPHIC_MIN = 3.0

# What a palette role is on the systems people use: the worst case decides.
SYSTEM_BACKGROUNDS: dict[bool, dict[str, tuple[str, ...]]] = {
    False: {  # light: Fusion, Windows 10/11, GNOME (Adwaita), KDE (Breeze)
        "window": ("#EFEFEF", "#F0F0F0", "#F3F3F3", "#F6F5F4", "#EFF0F1"),
        "base": ("#FFFFFF", "#FCFCFC"),
        "alternate-base": ("#F7F7F7", "#F5F5F5", "#F6F5F4", "#F7F7F7"),
    },
    True: {  # dark: Fusion, Windows 11, GNOME, KDE Breeze Dark, and the app's own
        "window": ("#2B2B2B", "#1E1E1E", "#202020", "#242424", "#353535", "#31363B"),
        "base": ("#1E1E1E", "#191919", "#2D2D2D", "#232629", "#242424"),
        "alternate-base": ("#262626", "#2D2D2D", "#353535", "#2C3034"),
    },
}


def luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""
    colour = QColor(hex_colour)
    assert colour.isValid(), hex_colour

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_wcag_s_known_ratios() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


def _backgrounds(pair: Pair, dark: bool) -> Iterator[tuple[str, str]]:
    for on in pair.on:
        if on in SYSTEM_BACKGROUNDS[dark]:
            for hex_colour in SYSTEM_BACKGROUNDS[dark][on]:
                yield f"{on} {hex_colour}", hex_colour
        else:
            assert on in COLOURS, f"unknown background {on!r}"
            yield on, hex_of(on, dark)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("name", sorted(COLOURS))
def test_each_pair_has_enough_contrast_in_both_schemes(name: str, dark: bool) -> None:
    pair = COLOURS[name]
    least = {"text": TEXT_MIN, "graphic": GRAPHIC_MIN}.get(pair.kind)  # else what is under
    if least is None:
        assert not pair.on, f"{name}: a {pair.kind} is what others are drawn on"
        return
    assert pair.on, f"{name}: say what it is drawn on, so its contrast can be checked"
    shown = hex_of(name, dark)
    for what, background in _backgrounds(pair, dark):
        ratio = contrast(shown, background)
        assert ratio >= least, f"{name} {shown} on {what}: {ratio:.2f}:1 < {least}:1"


def test_each_background_of_the_table_is_drawn_on_by_something() -> None:
    on = {b for pair in COLOURS.values() for b in pair.on}
    for name, pair in COLOURS.items():
        if pair.kind == "background":  # ("fill": a shape's inside, its outline checked)
            assert name in on, f"{name}: nothing in the table is checked against it"


def test_every_colour_of_the_table_is_used() -> None:
    """A pair that nothing draws would be checked for nothing; one built from a prefix
    (the actions' words and icons) is used through the Action it names."""
    sources = (
        "\n".join(p.read_text(encoding="utf-8") for p in UI.rglob("*.py") if p != TABLE)
        + TABLE.read_text(encoding="utf-8").split("def palette_for", 1)[1]
    )
    built = {f"{prefix}{a.name.lower()}" for a in Action for prefix in ("action_", "icon_")}
    for name in COLOURS:
        if name in built:
            continue
        assert f'"{name}"' in sources or f"${name}" in sources, f"{name} is never used"


_COLOUR_LITERAL = re.compile(
    r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b(?![-\w])"  # "#RRGGBB", "#RGB"
    r"|QColor\(\s*(?:\d|\"|')"  # QColor(255, …), QColor("red")
    r"|Qt\.GlobalColor\.(?!transparent)\w+"  # Qt.GlobalColor.white …
    r"|\brgba?\(|\bhsla?\("  # style sheet colours
    r"|(?:color|background|border[\w-]*)\s*:[^;\"']*\b(?:white|black|red|green|blue|yellow"
    r"|orange|gray|grey|purple)\b"
)


def colour_literals(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == TABLE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _COLOUR_LITERAL.search(line.split("  # ", 1)[0]):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def test_no_colour_is_written_outside_the_table() -> None:
    found = colour_literals(UI)
    assert not found, "add these to ui/colours.py (with a dark twin):\n" + "\n".join(found)


def test_the_literal_check_finds_what_it_is_for(tmp_path: Path) -> None:
    for line in (
        'label.setStyleSheet("color: #C0392B;")',
        'ERROR = "#c0392b"',
        'pen = QPen(QColor("white"), 1)',
        "brush = QColor(200, 0, 0)",
        "painter.setPen(Qt.GlobalColor.red)",
        'sheet = "background: rgb(255, 0, 0)"',
        'sheet = "QLabel { color: red; }"',
    ):
        (tmp_path / "bad.py").write_text(line + "\n", encoding="utf-8")
        assert colour_literals(tmp_path), line
    (tmp_path / "bad.py").write_text(
        'pixmap.fill(Qt.GlobalColor.transparent)\nset_style(w, "color: $error_text;")\n'
        'self.setObjectName("#banner")\n',
        encoding="utf-8",
    )
    assert not colour_literals(tmp_path)


# ------------------------------------------------------------------ the palettes in use


@pytest.fixture
def appearance(qapp: QApplication) -> Iterator[QApplication]:
    """Each test leaves the app as the system shows it."""
    yield qapp
    apply_appearance(qapp, APPEARANCE_SYSTEM)
    qapp.setPalette(QPalette())


def _hex(palette: QPalette, role: QPalette.ColorRole) -> str:
    colour = palette.color(role)
    if colour.alpha() < 255:  # blended onto the window, as it shows
        window = palette.color(QPalette.ColorRole.Window)
        a = colour.alphaF()
        colour = QColor.fromRgbF(
            colour.redF() * a + window.redF() * (1 - a),
            colour.greenF() * a + window.greenF() * (1 - a),
            colour.blueF() * a + window.blueF() * (1 - a),
        )
    return colour.name()


@pytest.mark.parametrize("choice", [APPEARANCE_LIGHT, APPEARANCE_DARK, APPEARANCE_SYSTEM])
def test_the_palette_shown_reads_well_in_each_appearance(
    appearance: QApplication, choice: str
) -> None:
    follow(appearance, choice)
    palette = appearance.palette()
    role = QPalette.ColorRole
    dark = colours.is_dark(palette)
    assert dark == (choice == APPEARANCE_DARK)  # this platform has a light system palette
    pairs = [
        (role.WindowText, role.Window, TEXT_MIN),
        (role.Text, role.Base, TEXT_MIN),
        (role.Text, role.AlternateBase, TEXT_MIN),
        (role.ButtonText, role.Button, TEXT_MIN),
        (role.HighlightedText, role.Highlight, TEXT_MIN),
        (role.ToolTipText, role.ToolTipBase, TEXT_MIN),
        (role.PlaceholderText, role.Window, TEXT_MIN),  # hints, the timeline's labels
        (role.PlaceholderText, role.Base, TEXT_MIN),
    ]
    if choice != APPEARANCE_SYSTEM:  # links: ours; the system's are the system's
        pairs += [(role.Link, role.Base, TEXT_MIN), (role.Link, role.Window, TEXT_MIN)]
    for fore, back, least in pairs:
        ratio = contrast(_hex(palette, fore), _hex(palette, back))
        assert ratio >= least, f"{choice}: {fore.name} on {back.name}: {ratio:.2f}:1"


def test_choosing_dark_turns_every_window_dark_at_once_and_back(
    appearance: QApplication, qtbot: QtBot
) -> None:
    label = QLabel("Fel")
    qtbot.addWidget(label)
    set_style(label, "color: $error_text;")
    label.show()
    assert label.styleSheet() == f"color: {COLOURS['error_text'].light};"

    follow(appearance, APPEARANCE_DARK)
    QApplication.processEvents()  # the widgets hear of the new palette from the event loop
    assert colours.is_dark(label.palette())
    assert label.styleSheet() == f"color: {COLOURS['error_text'].dark};"

    follow(appearance, APPEARANCE_SYSTEM)
    QApplication.processEvents()
    assert not colours.is_dark(label.palette())
    assert label.styleSheet() == f"color: {COLOURS['error_text'].light};"


def test_settings_offers_the_appearance_shows_it_at_once_and_remembers_it(
    appearance: QApplication, qtbot: QtBot, settings: object, config_home: Path
) -> None:
    from followup_gui.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, lang="sv", tray_available=True)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "", Qt.FindChildOption.FindChildrenRecursively)
    assert combo is not None
    assert [dialog.appearance.itemData(i) for i in range(dialog.appearance.count())] == [
        APPEARANCE_SYSTEM,
        APPEARANCE_LIGHT,
        APPEARANCE_DARK,
    ]
    dialog.appearance.setFocus()
    qtbot.keyClick(dialog.appearance, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.appearance, Qt.Key.Key_Down)
    assert dialog.chosen_appearance() == APPEARANCE_DARK
    assert colours.is_dark()  # at once, before OK
    dialog.reject()
    assert not colours.is_dark()  # Cancel: back as it was
    assert stored_appearance(settings) == APPEARANCE_SYSTEM  # type: ignore[arg-type]

    again = SettingsDialog(settings, lang="sv", tray_available=True)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    again.appearance.setCurrentIndex(again.appearance.findData(APPEARANCE_DARK))
    again.accept()
    assert colours.is_dark()
    assert stored_appearance(settings) == APPEARANCE_DARK  # type: ignore[arg-type]
    third = SettingsDialog(settings, lang="sv", tray_available=True)  # type: ignore[arg-type]
    qtbot.addWidget(third)
    assert third.chosen_appearance() == APPEARANCE_DARK


# ---------------------------------------------------------- colour is never the only signal


def _mask(action: Action, dark: bool) -> QImage:
    image = action_icon(action, dark).pixmap(32, 32).toImage()
    return image.createAlphaMask()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_each_action_icon_has_a_shape_of_its_own(dark: bool, qapp: QApplication) -> None:
    """Seen without colour (its outline alone), no two icons are alike."""
    masks = {action: _mask(action, dark) for action in Action}
    for a in Action:
        for b in Action:
            if a < b:
                assert masks[a] != masks[b], f"{a} and {b} differ only in colour"


def test_the_list_words_follow_the_scheme(qapp: QApplication) -> None:
    for action in Action:
        light, dark = action_color(action, False).name(), action_color(action, True).name()
        assert luminance(light) < luminance(dark), action


def test_the_timeline_says_in_shapes_and_words_what_its_colours_say(
    qtbot: QtBot, appearance: QApplication
) -> None:
    import datetime as dt

    from followup_gui.model import Application
    from followup_gui.rules.advice import assess
    from followup_gui.ui.list.timeline import TimelineWidget

    today = dt.date(2026, 11, 26)
    app = Application(id="a", job_title="Ekonom", company="Acme", applied_on=dt.date(2026, 11, 2))
    verdict = assess(app, dt.datetime(2026, 11, 26, 9, 0))
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 120)
    widget.show_application(app, verdict, today, "sv")
    shapes = {m.shape for m in widget.marks}
    assert "today" in shapes and len(shapes) >= 2  # each kind of day has its own shape
    assert all(m.label for m in widget.marks)  # and its words
    assert widget.accessibleDescription()
    for choice in (APPEARANCE_LIGHT, APPEARANCE_DARK):
        follow(appearance, choice)
        image = widget.grab().toImage()
        assert not image.isNull()


def test_a_widget_drawn_in_the_dark_uses_the_dark_colours(
    qtbot: QtBot, appearance: QApplication
) -> None:
    from followup_gui.ui.overview.charts import colours_for

    follow(appearance, APPEARANCE_DARK)
    widget = QWidget()
    qtbot.addWidget(widget)
    chart = colours_for(widget.palette())
    assert chart.bar.name().upper() == COLOURS["chart_bar"].dark
    follow(appearance, APPEARANCE_LIGHT)
    QApplication.processEvents()
    assert colours_for(widget.palette()).bar.name().upper() == COLOURS["chart_bar"].light
