""" "Paste a reply…" and a mail dropped on the window, driven like a user: the mail is
pasted (or dropped), the reply dialog shows what was read, the user confirms, and the
application moves on in one undoable step with the mail kept as a `reply` attachment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.model import Application, AttachmentKind, Purpose, Stage
from followup_gui.reading.reply import Kind
from followup_gui.rules.advice import Action
from followup_gui.store import attachments
from followup_gui.ui.main_window import MainWindow
from followup_gui.ui.reply.dialog import ReplyDialog
from followup_gui.ui.state.clock import FixedClock
from followup_gui.ui.state.commands import DeleteApplication

from .conftest import WindowFactory, when_dialog_opens
from .test_main_window import click_ok, wait_saved

INVITATION = """Hej Anna!

Tack för din ansökan till tjänsten som innesäljare hos oss på Nordisk Kaffeservice. Vi har \
läst den med intresse och vill gärna träffa dig på en intervju.

Vi kan erbjuda två tider:
- tisdag 8 december kl. 10.00
- onsdag 9 december kl. 14.00

Intervjun hålls på vårt kontor, Sveavägen 44 i Stockholm, och tar ungefär en timme. Svara \
gärna senast fredag 4 december vilken tid som passar dig.

Vänliga hälsningar
Lina Berg
Rekryterare, Nordisk Kaffeservice AB
lina@kaffeservice.example
08-555 012 34

---------- Ursprungligt meddelande ----------
Från: Anna Andersson <anna@example.se>
Skickat: 16 november 2026
Ämne: Ansökan innesäljare

Hej! Här kommer min ansökan till tjänsten som innesäljare hos er.
"""

REJECTION = """Hej,

Tack för ditt intresse för tjänsten som handläggare inom socialtjänsten hos \
Kommunförbundet Vättern. Vi har fått många kvalificerade ansökningar och har tyvärr valt \
att gå vidare med andra kandidater.

Vi önskar dig lycka till i ditt fortsatta sökande.

Med vänlig hälsning
Eva Sjöberg
HR-specialist, Kommunförbundet Vättern
eva.sjoberg@vattern.example
"""

PROMISE_EML = """From: Sara Holm <sara.holm@kodverket.example>
To: Anna Andersson <anna@example.se>
Subject: Re: Intervju backend-utvecklare
Date: Thu, 26 Nov 2026 08:12:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Anna,

Tack för att du kom på intervjun i går, det var roligt att träffas. Vi behöver lite mer
tid för att träffa de sista kandidaterna och återkommer med besked
senast fredag 11 december.

Hälsningar
Sara Holm
Kodverket AB
"""


def paste(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def app_of(window: MainWindow, app_id: str) -> Application:
    app = window.session.document.find(app_id)
    assert app is not None
    return app


def unstamped(app: Application) -> Application:
    """The application without the moment a save stamped on it (``updated_at``)."""
    return replace(app, updated_at=None)


def run_dialog(window: MainWindow, fill: Callable[[ReplyDialog], None]) -> list[ReplyDialog]:
    """Paste from the clipboard through the menu's action; ``fill`` answers the dialog."""
    seen: list[ReplyDialog] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyDialog)
        seen.append(dialog)
        fill(dialog)

    when_dialog_opens(answer)
    window.paste_reply_action.trigger()
    return seen


def message_of(trigger: Callable[[], object]) -> str:
    """The text of the message box ``trigger`` shows (closed as a user would)."""
    texts: list[str] = []

    def close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox), type(box)
        texts.append(box.text())
        box.reject()

    when_dialog_opens(close)
    trigger()
    assert texts, "no message was shown"
    return texts[0]


def test_a_pasted_invitation_schedules_the_picked_time_in_one_undoable_step(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    before = app_of(window, "demo-kaffeservice")
    window.select_application("demo-kaffeservice")
    action_before = window.current_verdict().action  # type: ignore[union-attr]
    assert action_before is Action.OTHER_OFFER  # they have another offer to answer
    paste(INVITATION)

    def fill(dialog: ReplyDialog) -> None:
        assert dialog.target_id() == "demo-kaffeservice"
        assert "the sender's address is the contact's" in dialog.why.text()
        assert dialog.kind() is Kind.INTERVIEW_INVITATION
        fields = {field for field, _, _ in dialog.mail.marked}
        assert {"kind", "interview_at", "interview_place", "contact_email"} <= fields
        text = dialog.mail.toPlainText()
        quote = text.index("---------- Ursprungligt")
        assert any(start <= quote < end for start, end in dialog.mail.dimmed)  # the quote
        assert len(dialog.mail.extraSelections()) == len(fields_and_dims(dialog))
        assert dialog.interview_box.isVisibleTo(dialog)
        assert not dialog.promise_box.isVisibleTo(dialog)
        dialog.option_group.button(1).click()  # the second time offered
        assert dialog.interview().at.value == dt.datetime(2026, 12, 9, 14, 0)
        assert dialog.place.text() == "Sveavägen 44"
        summary = dialog.summary.text()
        assert "Sets the stage to interview." in summary
        assert "Adds the interview Wednesday 9 December at 14:00." in summary
        assert "Keeps the mail with the application, as a reply." in summary
        click_ok(dialog)

    assert run_dialog(window, fill)
    app = app_of(window, "demo-kaffeservice")
    assert app.stage is Stage.INTERVIEW
    assert [iv.at.value for iv in app.interviews] == [dt.datetime(2026, 12, 9, 14, 0)]
    reply = app.contacts[-1]
    assert reply.purpose is Purpose.REPLY
    assert "Sveavägen 44" in reply.note
    [kept] = app.attachments
    assert kept.kind is AttachmentKind.REPLY
    assert "Lina Berg" in attachments.path_of(demo_copy, kept).read_text(encoding="utf-8")
    assert window.current_verdict().action is Action.INTERVIEW_SCHEDULED  # type: ignore[union-attr]
    assert "Reply from the employer" in window.undo_action.text()
    wait_saved(qtbot, window)
    saved = store.load(demo_copy).find("demo-kaffeservice")
    assert saved is not None and unstamped(saved) == unstamped(app)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after_undo = app_of(window, "demo-kaffeservice")
    assert unstamped(after_undo) == unstamped(before)  # everything, the attachment too
    assert window.current_verdict().action is action_before  # type: ignore[union-attr]
    wait_saved(qtbot, window)
    kept_file = attachments.folder_of(demo_copy) / kept.file
    window.attachment_actions.clean_up()  # what closing the window does
    assert not kept_file.exists()


def fields_and_dims(dialog: ReplyDialog) -> list[object]:
    return [*dialog.mail.marked, *dialog.mail.dimmed]


def test_a_pasted_rejection_closes_the_application(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    before = app_of(window, "demo-vattern")
    paste(REJECTION)

    def fill(dialog: ReplyDialog) -> None:
        assert dialog.target_id() == "demo-vattern"
        assert dialog.kind() is Kind.REJECTION
        assert dialog.stage_check.isChecked()
        click_ok(dialog)

    run_dialog(window, fill)
    app = app_of(window, "demo-vattern")
    assert app.stage is Stage.REJECTED
    assert app.contacts[-1].purpose is Purpose.REPLY
    assert window.current_application() == app  # the flow shows what it changed
    assert window.current_verdict().action is Action.CLOSED  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert app_of(window, "demo-vattern") == before
    assert window.current_verdict().action is not Action.CLOSED  # type: ignore[union-attr]


def drop(window: MainWindow, data: QMimeData) -> None:
    """A drag over the window and its drop, as the window's event filter gets them (Qt
    delivers no synthetic drop through sendEvent without a drag in progress)."""
    args = (QPoint(300, 300), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(*args)
    assert window.reply_mail.eventFilter(window, enter) and enter.isAccepted()
    assert window.reply_mail.eventFilter(window, QDropEvent(args[0].toPointF(), *args[1:]))


def file_data(path: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    return data


def test_a_dropped_eml_promise_after_the_interview_waits_for_the_date(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, tmp_path: Path, clock: FixedClock
) -> None:
    window = make_window(demo_copy, lang="en")
    before = app_of(window, "demo-kodverket")
    mail = tmp_path / "Re Intervju.eml"
    mail.write_text(PROMISE_EML, encoding="utf-8")
    seen: list[ReplyDialog] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyDialog)
        seen.append(dialog)
        assert dialog.target_id() == "demo-kodverket"
        assert dialog.kind() is Kind.PROMISE
        assert dialog.plan().reply_by == dt.date(2026, 12, 11)
        assert "after the interview" in dialog.promise_where.text()
        click_ok(dialog)

    when_dialog_opens(fill)
    drop(window, file_data(mail))
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.waitUntil(lambda: app_of(window, "demo-kodverket") != before)
    app = app_of(window, "demo-kodverket")
    assert app.interviews[-1].promised_reply_by == dt.date(2026, 12, 11)
    assert app.stage is Stage.INTERVIEW
    [kept] = app.attachments
    assert kept.file.endswith("Re Intervju.eml")  # the file itself, copied in
    assert attachments.path_of(demo_copy, kept).read_bytes() == mail.read_bytes()
    # the interview was yesterday: the thank-you comes first, then the wait for the promise
    assert window.current_verdict().action is Action.THANK_YOU  # type: ignore[union-attr]
    clock.set(dt.datetime(2026, 11, 27, 16, 0))
    window.on_clock_tick()
    verdict = window.current_verdict()
    assert verdict is not None and verdict.action is Action.WAIT
    assert verdict.earliest == dt.date(2026, 12, 14)  # the working day after the promise
    window.undo_action.trigger()
    assert app_of(window, "demo-kodverket") == before
    verdict = window.current_verdict()
    assert verdict is not None and verdict.earliest == dt.date(2026, 12, 7)  # 4 December's


def test_a_promise_before_any_interview_becomes_the_ads_answer_date(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    paste(
        "Hej!\n\nTack för din ansökan till tjänsten som UX-designer hos Fjällstuga Digital. "
        "Vi går igenom ansökningarna och återkommer med besked senast vecka 50.\n\n"
        "Hälsningar\nMaja Holm\nmaja.holm@fjallstuga.example\n"
    )

    def fill(dialog: ReplyDialog) -> None:
        assert dialog.target_id() == "demo-fjallstuga"
        assert dialog.kind() is Kind.PROMISE
        assert "the ad gave" in dialog.promise_where.text()
        click_ok(dialog)

    run_dialog(window, fill)
    app = app_of(window, "demo-fjallstuga")
    assert app.ad_reply_by == dt.date(2026, 12, 11)  # week 50's last working day
    verdict = window.current_verdict()
    assert verdict is not None and verdict.action is Action.WAIT
    assert verdict.earliest == dt.date(2026, 12, 14)


def test_everything_can_be_changed_before_confirming(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    paste(REJECTION)

    def fill(dialog: ReplyDialog) -> None:
        dialog.app_combo.setCurrentIndex(dialog.app_combo.findData("demo-fjallstuga"))
        assert dialog.why.text() == "Chosen by you."
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(Kind.RECEIPT.value))
        assert not dialog.stage_check.isVisibleTo(dialog)  # a receipt changes no stage
        dialog.note.setText("Automatic receipt")
        dialog.keep_mail.setChecked(False)
        click_ok(dialog)

    run_dialog(window, fill)
    app = app_of(window, "demo-fjallstuga")
    assert app.stage is Stage.APPLIED
    assert (app.contacts[-1].purpose, app.contacts[-1].note) == (Purpose.OTHER, "Automatic receipt")
    assert app.attachments == []
    assert app_of(window, "demo-vattern").stage is Stage.APPLIED


def test_a_mail_no_application_fits_creates_one(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    count = len(window.session.applications)
    paste(
        "Hej,\n\nTack för din ansökan till tjänsten som lärare i matematik. Tyvärr har vi valt "
        "en annan sökande.\n\nMed vänlig hälsning\nPer Ek\nper.ek@skolan.example\n"
    )

    def fill(dialog: ReplyDialog) -> None:
        assert dialog.target_id() is None  # "Create a new application from the mail"
        assert dialog.new_box.isVisibleTo(dialog)
        dialog.new_title.setText("Matematiklärare")
        dialog.new_company.clear()
        assert not dialog.ok_button.isEnabled()  # a new application needs its employer
        dialog.new_company.setText("Skolan")
        click_ok(dialog)

    run_dialog(window, fill)
    assert len(window.session.applications) == count + 1
    app = window.current_application()
    assert app is not None and (app.job_title, app.company) == ("Matematiklärare", "Skolan")
    assert app.stage is Stage.REJECTED and app.attachments[0].kind is AttachmentKind.REPLY
    window.undo_action.trigger()
    assert len(window.session.applications) == count


def test_the_application_gone_while_the_dialog_was_open_changes_nothing(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    paste(REJECTION)
    warned: list[str] = []

    def fill(dialog: ReplyDialog) -> None:
        session = window.session
        session.push(DeleteApplication(session, "demo-vattern"))  # another program, say

        def close(box: QDialog) -> None:
            assert isinstance(box, QMessageBox)
            warned.append(box.text())
            box.accept()

        when_dialog_opens(close)
        click_ok(dialog)

    run_dialog(window, fill)
    assert warned and "removed while the mail was open" in warned[0]
    assert window.session.document.find("demo-vattern") is None
    assert window.session.undo_stack.count() == 1  # only the deletion


def test_the_dialog_names_every_control(make_window: WindowFactory, demo_copy: Path) -> None:
    window = make_window(demo_copy, lang="en")
    paste(INVITATION)
    unnamed: list[str] = []

    def look(dialog: ReplyDialog) -> None:
        for widget in dialog.findChildren(QWidget):
            if not isinstance(
                widget, (QComboBox, QLineEdit, QTextEdit, QAbstractButton, QAbstractSpinBox)
            ):
                continue
            if isinstance(widget, QLineEdit) and isinstance(
                widget.parent(), (QComboBox, QAbstractSpinBox)
            ):  # the spin box's or combo's own editor: named by its owner
                continue
            if not widget.isVisibleTo(dialog):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text.replace("&", "").strip()):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
        dialog.reject()

    run_dialog(window, look)
    assert unnamed == []


# --------------------------------------------------------------------------- bad input


def unchanged(window: MainWindow, before: list[Application]) -> bool:
    return window.session.applications == before and window.session.undo_stack.count() == 0


def test_an_empty_paste_says_so_and_changes_nothing(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    before = list(window.session.applications)
    QGuiApplication.clipboard().clear()
    text = message_of(window.paste_reply_action.trigger)
    assert text.startswith("There is no text to read.")
    paste("   \n\t ")
    assert message_of(window.paste_reply_action.trigger).startswith("There is no text to read.")
    assert unchanged(window, before)


def make_big(path: Path) -> Path:
    with path.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # 50 MB (sparse: costs no disk)
    return path


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # what an Outlook .msg file starts with
BAD_FILES: dict[str, tuple[str, Callable[[Path], Path], str]] = {
    "binary": ("photo.eml", lambda p: _write(p, b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
               "The file is not a mail"),
    "50 MB": ("huge.eml", make_big, "The file is too big for a mail (over 10 MB)"),
    "broken MIME": ("broken.eml", lambda p: _write(p, (
        b"From: a@b.example\nSubject: x\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="zz"\n\n--zz\nContent-Type: image/png\n'
        b"Content-Transfer-Encoding: base64\n\niVBORw0K\n--zz--\n")),
        "The mail has no text"),
    "unknown charset": ("charset.eml", lambda p: _write(p, (
        b"From: a@b.example\nSubject: x\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=x-unknown-42\n\nHej \xe5\xe4\xf6\n")),
        "The mail uses an unknown character set"),
    "Outlook .msg": ("svar.msg", lambda p: _write(p, OLE + bytes(600)),
                     "Outlook's .msg files cannot be read"),
}  # fmt: skip


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_dropped_says_what_is_wrong_and_changes_nothing(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path, tmp_path: Path, case: str
) -> None:
    window = make_window(demo_copy, lang="en")
    before = list(window.session.applications)
    name, make, words = BAD_FILES[case]
    path = make(tmp_path / name)
    texts: list[str] = []

    def close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox), type(box)
        texts.append(box.text())
        box.reject()

    when_dialog_opens(close)
    drop(window, file_data(path))
    qtbot.waitUntil(lambda: bool(texts))
    assert texts[0].startswith(words), texts[0]
    assert unchanged(window, before)
    assert not attachments.folder_of(demo_copy).exists()


def test_the_message_is_in_the_uis_language(
    make_window: WindowFactory, demo_copy: Path, tmp_path: Path
) -> None:
    window = make_window(demo_copy, lang="sv")
    path = tmp_path / "svar.msg"
    path.write_bytes(OLE + bytes(600))
    text = message_of(lambda: window.reply_mail.take(path))
    assert text.startswith("Outlooks .msg-filer kan inte läsas.")


def test_an_html_only_eml_is_read_as_text(
    make_window: WindowFactory, demo_copy: Path, tmp_path: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    before = list(window.session.applications)
    path = tmp_path / "html.eml"
    path.write_bytes(
        b"From: Eva Sjoberg <eva.sjoberg@vattern.example>\nSubject: Ditt besked\n"
        b"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        b"<html><body><p>Hej,</p><p>Tyv\xc3\xa4rr har vi valt att g\xc3\xa5 vidare med andra "
        b"kandidater.</p><p>Eva Sj\xc3\xb6berg</p></body></html>\n"
    )
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyDialog)
        seen.append(dialog.mail.toPlainText())
        assert dialog.kind() is Kind.REJECTION
        dialog.reject()  # cancelled: nothing changes

    when_dialog_opens(look)
    assert window.reply_mail.take(path) is False
    assert "<p>" not in seen[0] and "andra kandidater" in seen[0]
    assert unchanged(window, before)


# --------------------------------------------------------------------------- ways in


@pytest.mark.qt_log_ignore(  # the context menu pops up on the offscreen platform
    "This plugin does not support raise()", "This plugin does not support grabbing"
)
def test_paste_a_reply_is_in_the_menu_the_panel_and_the_lists_context_menu(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    action = window.paste_reply_action
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    application_menu = next(m for m in menus if m.title() == "&Application")
    assert action in application_menu.actions()
    window.select_application("demo-vattern")
    assert window.panel.paste_reply_button.isEnabled()
    table = window.table
    table.customContextMenuRequested.emit(QPoint(10, 10))
    [menu] = table.findChildren(QMenu)
    assert action in menu.actions()
    assert window.edit_action in menu.actions() and window.delete_action in menu.actions()
    menu.close()
    qtbot.waitUntil(lambda: not table.findChildren(QMenu))  # not one menu per click kept
    for clicked in (window.panel.paste_reply_button.click, lambda: qtbot.keyClick(
        window.table, Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )):  # fmt: skip
        paste(REJECTION)
        opened: list[ReplyDialog] = []

        def close(dialog: QDialog, opened: list[ReplyDialog] = opened) -> None:
            assert isinstance(dialog, ReplyDialog)
            opened.append(dialog)
            dialog.reject()

        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.table.setFocus()
        when_dialog_opens(close)
        clicked()
        qtbot.waitUntil(lambda opened=opened: bool(opened))  # type: ignore[misc]
    assert window.session.undo_stack.count() == 0


def test_got_a_reply_offers_to_paste_the_mail_instead(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy, lang="en")
    window.select_application("demo-vattern")
    paste(REJECTION)
    opened: list[QDialog] = []

    def instead(dialog: QDialog) -> None:
        [button] = [b for b in dialog.findChildren(QAbstractButton)
                    if b.text() == "Paste the mail instead…"]  # fmt: skip

        def then(reply: QDialog) -> None:
            opened.append(reply)
            reply.reject()

        when_dialog_opens(then)
        button.click()

    when_dialog_opens(instead)
    window.panel.reply_button.click()
    qtbot.waitUntil(lambda: bool(opened))
    assert isinstance(opened[0], ReplyDialog)


def test_a_read_only_store_takes_no_mail(
    make_window: WindowFactory, demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_copy, lang="en")
    monkeypatch.setattr(window.session, "marked_read_only", True)
    window._update_actions()
    assert not window.paste_reply_action.isEnabled()
    data = QMimeData()
    data.setText(REJECTION)
    assert not window.reply_mail.accepts(data)
    assert window.reply_mail.take(REJECTION) is False
