"""The overview's chart colours: Okabe–Ito picks that stand out on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from followup_gui.ui.colours import COLOURS, is_dark
from followup_gui.ui.overview.charts import colours_for


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio (graphics need 3:1)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette(window: str, text: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Window, QColor(window))
    result.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return result


@pytest.mark.parametrize(
    ("window", "text"), [("#efefef", "#000000"), ("#ffffff", "#202020"), ("#2b2b2b", "#e6e6e6"),
                         ("#1e1e1e", "#ffffff")]
)  # fmt: skip
def test_bars_target_and_answered_parts_stand_out_from_the_background(
    window: str, text: str
) -> None:
    colours = colours_for(palette(window, text))
    background = QColor(window)
    assert is_dark(palette(window, text)) == (background.lightness() < 128)
    for colour in (colours.bar, colours.part, colours.target):
        assert colour.name().upper() in {c for p in COLOURS.values() for c in (p.light, p.dark)}
        assert contrast(colour, background) >= 3.0, (colour.name(), window)
    assert colours.bar != colours.part != colours.target
