"""Issue 18.6: the timeline of a busy application, in Swedish and English, at three
widths: every label inside the widget, none over another, and the widget tall enough."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from followup_gui.i18n import Lang
from followup_gui.model import Application, Purpose
from followup_gui.rules.advice import assess
from followup_gui.ui.list.timeline import TimelineWidget

from ..factories import contact, d, interview, make_app, offer
from .languages import UiLanguage

NOW = dt.datetime(2026, 5, 27, 9, 0)


def busy() -> Application:
    """Everything on one screen of days: marks side by side and on the same day."""
    return make_app(
        applied_on=d("2026-05-04"),
        deadline=d("2026-05-08"),
        ad_reply_by=d("2026-05-12"),
        interviews=[interview("2026-05-18", "2026-05-22"), interview("2026-05-25", "2026-05-29")],
        other_offer=offer("2026-05-26", "2026-05-29"),
        contacts=[
            contact("2026-05-11T10:00", Purpose.OTHER),
            contact("2026-05-11T14:00", Purpose.OTHER),
            contact("2026-05-19T10:00", Purpose.THANK_YOU),
            contact("2026-05-26T10:00", Purpose.OTHER),
        ],
    )


def overlaps(rects: list[QRectF]) -> list[tuple[int, int]]:
    return [
        (i, j)
        for i, a in enumerate(rects)
        for j, b in enumerate(rects[i + 1 :], start=i + 1)
        if a.intersects(b)
    ]


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("width", [300, 420, 800])
def test_labels_never_overlap(
    ui_language: UiLanguage, qtbot: QtBot, lang: Lang, width: int
) -> None:
    ui_language.switch(lang)
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    app = busy()
    widget.show_application(app, assess(app, NOW, lang=lang), NOW.date(), lang)
    widget.resize(width, widget.minimumHeight())
    widget.show()
    qtbot.waitExposed(widget)
    widget.resize(width, widget.minimumHeight())  # the rows needed at this width
    labels, _layout = widget.label_layout()
    texts = [text for _mark, text in labels]
    assert any(("Kontakt ×2" if lang == "sv" else "Contact ×2") in t for t in texts)
    rects = widget.label_rects()
    assert len(rects) == len(texts) == 12  # 13 marks: two contacts on 11 May share a label
    assert overlaps(rects) == []
    inside = QRectF(widget.rect())
    assert all(inside.contains(r) for r in rects), (
        width,
        [r for r in rects if not inside.contains(r)],
    )
    for leader in widget.leader_lines():
        path = QRectF(leader.x1() - 0.5, min(leader.y1(), leader.y2()), 1, abs(leader.dy()))
        path = path.adjusted(0, 0.5, 0, -0.5)  # it ends on its own label's edge
        assert inside.contains(path)
        assert not any(path.intersects(r) for r in rects), (leader, rects)
    widget.grab()  # and it paints


def test_a_narrower_widget_grows_taller(qtbot: QtBot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    app = busy()
    widget.resize(800, 84)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_application(app, assess(app, NOW, lang="en"), NOW.date(), "en")
    wide = widget.minimumHeight()
    widget.resize(300, wide)
    assert widget.minimumHeight() > wide


def test_a_quiet_application_keeps_the_usual_height(qtbot: QtBot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    app = make_app(applied_on=d("2026-05-04"), deadline=d("2026-05-15"))
    widget.resize(600, 84)
    widget.show_application(app, assess(app, NOW, lang="sv"), NOW.date(), "sv")
    assert widget.minimumHeight() == 84
    assert overlaps(widget.label_rects()) == []


def test_a_label_pushed_a_row_out_has_a_line_to_its_mark(
    ui_language: UiLanguage, qtbot: QtBot
) -> None:
    ui_language.switch("sv")
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    app = busy()
    widget.resize(800, 84)
    widget.show_application(app, assess(app, NOW, lang="sv"), NOW.date(), "sv")
    leaders = widget.leader_lines()
    assert leaders, "at 800 px 'Utlovat besked 22 maj' sits a row above 'Intervju 18 maj'"
    for leader in leaders:
        assert leader.dx() == 0 and abs(leader.dy()) > 0
