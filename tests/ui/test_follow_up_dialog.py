"""The follow-up dialog driven like a user: the phone script page by page, the email
composer with its live checklist, and logging only what the user confirms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from followup_gui import store
from followup_gui.model import Application, Channel, Document, Purpose
from followup_gui.rules.advice import Action, assess
from followup_gui.ui import plain_text
from followup_gui.ui.followup.email_composer import EmailComposer
from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog, kind_for
from followup_gui.ui.followup.mailto import mailto_url
from followup_gui.ui.followup.phone_script_pages import AFTER_PAGE, BEFORE_PAGE, STEPS
from followup_gui.writing.channels import channel_tradeoffs, guide_comparison
from followup_gui.writing.checklist import rule_ids
from followup_gui.writing.messages import email_draft, phone_script
from followup_gui.writing.spelling import Speller

from ..conftest import DEMO_STORE
from .conftest import DEMO_NOW, WindowFactory, when_dialog_opens

SKILL = "försäljning till företag"
Answer = QMessageBox.StandardButton
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def demo() -> Document:
    return store.load(DEMO_STORE)


DialogFactory = Callable[..., FollowUpDialog]


@pytest.fixture
def make_dialog(qtbot: QtBot, demo: Document) -> Iterator[DialogFactory]:
    made: list[FollowUpDialog] = []

    def make(app_id: str, *, app: Application | None = None, **kwargs: object) -> FollowUpDialog:
        application = app or demo.find(app_id)
        assert application is not None
        verdict = assess(application, DEMO_NOW, lang="sv")
        dialog = FollowUpDialog(
            application,
            verdict,
            demo.profile,
            lang="sv",
            now=DEMO_NOW,
            **kwargs,  # type: ignore[arg-type]
        )
        dialog.show()
        qtbot.waitExposed(dialog)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:  # closed here, not by qtbot: an edited draft would ask (18.5)
        dialog.composer._template = (dialog.composer.subject(), dialog.composer.body())
        dialog.composer.sent_check.pending = ""
        dialog.phone.notes_edit.clear()
        dialog.close()
        dialog.deleteLater()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """Answers for QMessageBox.question, used up in order; what was asked is kept."""
    queue: list[Answer] = []

    def question(*args: object, **kwargs: object) -> Answer:
        assert queue, f"unexpected question: {args[1:3]}"
        return queue.pop(0)

    monkeypatch.setattr(plain_text, "question", question)
    return queue


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """URLs the app asked the desktop to open (nothing really opens)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def walk_to_outcome(qtbot: QtBot, dialog: FollowUpDialog) -> None:
    phone = dialog.phone
    assert phone.page() == BEFORE_PAGE
    while phone.page() < AFTER_PAGE:
        qtbot.mouseClick(phone.next_button, LEFT)
    assert not phone.next_button.isVisible()


# --------------------------------------------------------------------------- opening


@pytest.mark.parametrize(
    ("app_id", "channel", "kind"),
    [
        ("demo-kaffeservice", Channel.PHONE, "other_offer"),
        ("demo-vattern", Channel.EMAIL, "application_follow_up"),
        ("demo-kodverket", Channel.EMAIL, "thank_you"),
        ("demo-telekompaniet", Channel.EMAIL, "interview_follow_up"),
    ],
)
def test_opens_on_the_recommended_channel_and_kind(
    make_dialog: DialogFactory, app_id: str, channel: Channel, kind: str
) -> None:
    dialog = make_dialog(app_id)
    assert dialog.recommended is channel
    assert dialog.channel() is channel
    assert dialog.channel_buttons[channel].isChecked()
    assert "recommended" in dialog.channel_buttons[channel].text()
    assert dialog.kind() == kind
    assert not dialog.tradeoffs_box.isVisible()
    page = dialog.phone if channel is Channel.PHONE else dialog.composer
    assert dialog.stack.currentWidget() is page


def test_the_why_names_the_channel_rule(make_dialog: DialogFactory) -> None:
    phone = make_dialog("demo-kaffeservice")
    assert "telefon" in phone.why_label.text()
    assert "sälj" in phone.why_label.text()  # small company, sales role
    email = make_dialog("demo-vattern")
    assert "e-post" in email.why_label.text()
    assert "offentlig" in email.why_label.text().lower()


def test_kind_follows_the_verdict(demo: Document) -> None:
    def kind(app_id: str, now: dt.datetime = DEMO_NOW) -> str:
        app = demo.find(app_id)
        assert app is not None
        return kind_for(app, assess(app, now), now)

    assert kind("demo-kodverket") == "thank_you"
    assert kind("demo-kodverket", dt.datetime(2026, 11, 27, 9, 0)) == "interview_follow_up"
    assert kind("demo-kaffeservice") == "other_offer"
    assert kind("demo-vattern") == "application_follow_up"
    assert kind("demo-fjallstuga") == "application_follow_up"  # wait: still before interview


def test_switching_channel_shows_the_tradeoffs(qtbot: QtBot, make_dialog: DialogFactory) -> None:
    dialog = make_dialog("demo-vattern")
    qtbot.mouseClick(dialog.channel_buttons[Channel.PHONE], LEFT)
    assert dialog.channel() is Channel.PHONE
    assert dialog.stack.currentWidget() is dialog.phone
    assert dialog.tradeoffs_box.isVisible()
    text = dialog.tradeoffs_label.text()
    assert "telefon" in text
    assert "e-post" in text
    for point in channel_tradeoffs(Channel.PHONE, "sv"):
        assert point in text
    cells = [label.text() for label in dialog.comparison.findChildren(QLabel)]
    assert all(row.aspect in cells for row in guide_comparison("sv"))

    qtbot.mouseClick(dialog.channel_buttons[Channel.EMAIL], LEFT)
    assert dialog.channel() is Channel.EMAIL
    assert not dialog.tradeoffs_box.isVisible()
    qtbot.mouseClick(dialog.compare_button, LEFT)  # the comparison on its own
    assert dialog.tradeoffs_box.isVisible()
    assert not dialog.tradeoffs_label.isVisible()


def test_a_short_dialog_shows_the_comparison_on_one_line(
    qtbot: QtBot, make_dialog: DialogFactory
) -> None:
    """Issue 23.6: at 150 % on 1366×768 the table squeezed the phone script to 180 px and
    its cells were cut mid-line; a short dialog says it in one line, "Jämför…" shows it."""
    dialog = make_dialog("demo-vattern")
    dialog.resize(909, 510)  # what a 1366×768 screen at 150 % gives it
    qtbot.waitUntil(lambda: dialog.compact)
    qtbot.mouseClick(dialog.channel_buttons[Channel.PHONE], LEFT)
    assert dialog.tradeoffs_box.isVisible()
    assert not dialog.comparison.isVisible()
    text = dialog.tradeoffs_label.text()
    assert "Compare…" in text and "#compare" in text
    assert channel_tradeoffs(Channel.PHONE, "sv")[0] not in text
    line = dialog.tradeoffs_label.fontMetrics().height()
    assert dialog.tradeoffs_box.height() <= 3 * line + 20, "one line, not the table"
    assert dialog.stack.height() >= 300, "the script keeps its room"
    assert dialog.compare_button.text() == "Compare…"

    qtbot.mouseClick(dialog.compare_button, LEFT)
    popup = dialog.comparison_dialog
    assert popup is not None
    qtbot.waitExposed(popup)
    cells = [label.text() for label in popup.table.findChildren(QLabel)]
    assert all(row.aspect in cells for row in guide_comparison("sv"))
    assert channel_tradeoffs(Channel.PHONE, "sv")[0] in popup.lead.text()
    assert not dialog.compare_button.isChecked()
    popup.close()

    dialog.tradeoffs_label.linkActivated.emit("#compare")  # the line's own "Jämför…"
    assert dialog.comparison_dialog is not popup
    assert dialog.comparison_dialog is not None
    dialog.comparison_dialog.close()

    dialog.resize(1080, 760)  # room again: the table is back beside the pros and cons
    qtbot.waitUntil(lambda: not dialog.compact)
    assert dialog.comparison.isVisible()
    assert channel_tradeoffs(Channel.PHONE, "sv")[0] in dialog.tradeoffs_label.text()
    assert dialog.compare_button.text() == "Compare email and phone"


# --------------------------------------------------------------------------- phone


def test_phone_script_walk_and_log_a_reached_call(
    qtbot: QtBot, make_dialog: DialogFactory, demo: Document
) -> None:
    dialog = make_dialog("demo-kaffeservice")
    app = demo.find("demo-kaffeservice")
    assert app is not None
    phone = dialog.phone
    dialog.phone.skill_edit.setText(SKILL)  # Swedish letters: setText, not keyClicks
    script = phone_script(app, demo.profile, skill=SKILL, kind="other_offer", today=DEMO_NOW.date())
    assert "Ha annonsen och ditt CV framför dig" in phone.before_list.text()

    for step in range(1, STEPS + 1):
        qtbot.mouseClick(phone.next_button, LEFT)
        assert phone.page() == step
        page = phone.steps[step - 1]
        assert page.isVisible()
        assert page.title.text() == script.steps[step - 1].title
        assert str(step) in phone.step_label.text()
        assert phone.notes_edit.isVisible()  # notes beside every step
    assert phone.steps[0].say.text().startswith("Hej, jag heter Alex Lindqvist.")
    assert "Innesäljare" in phone.steps[0].say.text()
    assert SKILL in phone.steps[1].say.text()
    assert "1 december" in phone.steps[1].say.text()  # the other offer's answer date

    qtbot.mouseClick(phone.back_button, LEFT)
    assert phone.page() == 3
    phone.question_buttons[2].click()
    assert phone.chosen_question() == script.good_questions[1]
    assert "lönen" in phone.never_ask.text()
    assert phone.never_ask.isVisible()

    phone.notes_edit.setPlainText("Lina: besked på torsdag.\nHon ringer tillbaka.")
    qtbot.mouseClick(phone.next_button, LEFT)
    qtbot.mouseClick(phone.next_button, LEFT)
    assert phone.page() == AFTER_PAGE
    assert not phone.log_button.isVisible()  # nothing to log before saying what happened
    phone.reached_radio.click()
    assert phone.log_button.isVisible()
    phone.timeline_edit.check.setChecked(True)
    phone.timeline_edit.edit.setDate(QDate(2026, 12, 3))

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(phone.log_button, LEFT)
    contact = dialog.result_contact()
    assert contact is not None
    assert contact.channel is Channel.PHONE
    assert contact.purpose is Purpose.OTHER_OFFER
    assert contact.at.value == DEMO_NOW
    assert contact.note == "Lina: besked på torsdag. · Hon ringer tillbaka."
    learnt = dialog.result_application()
    assert learnt is not None
    assert learnt.ad_reply_by == dt.date(2026, 12, 3)
    assert learnt.contacts == app.contacts  # the contact is the caller's to add
    assert app.ad_reply_by is None  # the record passed in is never changed


def test_a_call_after_the_interview_sets_the_promised_reply(
    qtbot: QtBot, make_dialog: DialogFactory, demo: Document
) -> None:
    dialog = make_dialog("demo-telekompaniet")
    dialog.set_channel(Channel.PHONE)
    walk_to_outcome(qtbot, dialog)
    dialog.phone.reached_radio.click()
    dialog.phone.timeline_edit.set_value(dt.date(2026, 12, 4))
    dialog.phone.log_button.click()
    contact = dialog.result_contact()
    assert contact is not None
    assert (contact.channel, contact.purpose) == (Channel.PHONE, Purpose.FOLLOW_UP)
    learnt = dialog.result_application()
    assert learnt is not None
    assert learnt.interviews[-1].promised_reply_by == dt.date(2026, 12, 4)
    assert learnt.ad_reply_by is None
    original = demo.find("demo-telekompaniet")
    assert original is not None
    assert original.interviews[-1].promised_reply_by == dt.date(2026, 11, 20)


def test_reached_without_a_date_logs_only_the_call(
    qtbot: QtBot, make_dialog: DialogFactory
) -> None:
    dialog = make_dialog("demo-kaffeservice")
    walk_to_outcome(qtbot, dialog)
    dialog.phone.reached_radio.click()
    dialog.phone.log_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_contact() is not None
    assert dialog.result_application() is None


def test_not_reached_logs_nothing_and_offers_email(
    qtbot: QtBot, make_dialog: DialogFactory
) -> None:
    dialog = make_dialog("demo-kaffeservice")
    walk_to_outcome(qtbot, dialog)
    dialog.phone.not_reached_radio.click()
    assert not dialog.phone.log_button.isVisible()
    assert dialog.phone.email_button.isVisible()
    qtbot.mouseClick(dialog.phone.email_button, LEFT)
    assert dialog.channel() is Channel.EMAIL
    assert dialog.isVisible()
    assert dialog.result_contact() is None
    assert dialog.result_application() is None


def test_the_ad_is_one_click_away(qtbot: QtBot, make_dialog: DialogFactory) -> None:
    dialog = make_dialog("demo-kaffeservice")
    qtbot.mouseClick(dialog.phone.ad_button, LEFT)
    viewer = dialog.phone.ad_viewer
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert "Ring gärna Lina Berg" in viewer.text.toPlainText()
    assert "08-555 012 34" in dialog.phone.call_label.text()


def test_changing_the_kind_changes_the_script(make_dialog: DialogFactory) -> None:
    dialog = make_dialog("demo-kaffeservice")
    assert "annat företag" in dialog.phone.steps[1].say.text()
    dialog.set_kind("application_follow_up")
    assert "annat företag" not in dialog.phone.steps[1].say.text()
    assert "fått min ansökan" in dialog.phone.steps[1].say.text()


# --------------------------------------------------------------------------- email


@pytest.mark.parametrize(
    ("app_id", "kind", "subject", "fragments"),
    [
        (
            "demo-vattern",
            "application_follow_up",
            "Uppföljning av ansökan: Handläggare inom socialtjänsten",
            ["Hej Eva,", "Kommunförbundet Vättern den 3 november.", "Med vänlig hälsning\n"],
        ),
        (
            "demo-kodverket",
            "thank_you",
            "Tack för intervjun – Backend-utvecklare",
            ["Hej Sara,", "den 25 november", "[något ni pratade om]"],
        ),
        (
            "demo-telekompaniet",
            "interview_follow_up",
            "Uppföljning efter intervju: Kundtjänstmedarbetare",
            ["Hej Patrik,", "intervjun den 10 november"],
        ),
        (
            "demo-kaffeservice",
            "other_offer",
            "Ansökan till Innesäljare – fråga om tidsplanen",
            ["Hej Lina,", "senast 1 december", "annat jobberbjudande"],
        ),
    ],
)
def test_compose_each_kind(
    make_dialog: DialogFactory,
    demo: Document,
    app_id: str,
    kind: str,
    subject: str,
    fragments: list[str],
) -> None:
    dialog = make_dialog(app_id)
    dialog.set_channel(Channel.EMAIL)
    dialog.set_kind(kind)
    composer = dialog.composer
    app = demo.find(app_id)
    assert app is not None
    draft = email_draft(kind, app, demo.profile, today=DEMO_NOW.date())
    assert (composer.subject(), composer.body()) == (draft.subject, draft.body)
    assert composer.subject() == subject
    for fragment in fragments:
        assert fragment in composer.body()
    signature = f"Alex Lindqvist\n070-987 65 43\n{demo.profile.linkedin}\n"
    assert composer.body().endswith(signature)
    assert composer.to_edit.text() == app.contact.email
    assert [f.rule for f in composer.findings] == list(rule_ids(kind))
    assert set(composer.checklist.rows) == set(rule_ids(kind))


def test_changing_the_kind_keeps_edits_unless_asked(
    make_dialog: DialogFactory, answers: list[Answer]
) -> None:
    dialog = make_dialog("demo-vattern")
    composer = dialog.composer
    composer.body_edit.setPlainText("Hej Eva,\n\nMin egen text.\n")
    answers.append(Answer.No)
    dialog.set_kind("other_offer")
    assert composer.body() == "Hej Eva,\n\nMin egen text.\n"
    assert composer.kind == "other_offer"
    answers.append(Answer.Yes)
    dialog.set_kind("interview_follow_up")
    assert composer.subject().startswith("Uppföljning efter intervju")
    assert not answers


def test_typing_tja_fails_not_casual(qtbot: QtBot, make_dialog: DialogFactory) -> None:
    dialog = make_dialog("demo-vattern")
    composer = dialog.composer
    assert composer.finding("not_casual").ok
    composer.body_edit.setFocus()
    composer.body_edit.moveCursor(QTextCursor.MoveOperation.Start)
    with qtbot.waitSignal(composer.checked, timeout=2000):
        qtbot.keyClicks(composer.body_edit, "Tja! ")
    assert composer.body().startswith("Tja! Hej Eva,")
    assert not composer.finding("not_casual").ok
    assert "Tja" in composer.finding("not_casual").message
    assert "✗" in composer.checklist.rows["not_casual"].text()
    style_marks = [m for m in composer.body_edit.highlighter.marks if not m.spelling]
    assert any(composer.body()[m.start : m.end] == "Tja" for m in style_marks)


def test_the_checklist_waits_for_a_pause_in_typing(
    qtbot: QtBot, make_dialog: DialogFactory
) -> None:
    dialog = make_dialog("demo-vattern")
    composer = dialog.composer
    composer.subject_edit.setText("Fråga om jobb")
    assert composer.finding("vague_subject").ok  # not yet: the check is debounced
    qtbot.waitUntil(lambda: not composer.finding("vague_subject").ok, timeout=2000)
    assert not composer.finding("subject_has_title").ok


def test_a_placeholder_fails_proofread_until_filled(
    qtbot: QtBot, make_dialog: DialogFactory
) -> None:
    dialog = make_dialog("demo-vattern")
    composer = dialog.composer
    placeholder = "[en kompetens som passar tjänsten]"
    finding = composer.finding("proofread")
    assert not finding.ok
    assert placeholder in finding.message
    start = composer.body().index(placeholder)
    assert (start, start + len(placeholder)) in finding.spans
    marks = [(m.start, m.end) for m in composer.body_edit.highlighter.marks if m.spelling]
    assert (start, start + len(placeholder)) in marks

    menu = composer.body_edit.context_menu(start + 3)
    first = menu.actions()[0]
    assert placeholder in first.text()
    first.trigger()
    assert composer.body_edit.textCursor().selectedText() == placeholder
    composer.body_edit.insertPlainText("ärendehandläggning")  # replaces the selection
    qtbot.waitUntil(lambda: composer.spelling_ready, timeout=5000)
    composer.recheck()
    assert composer.finding("proofread").ok, composer.finding("proofread").message
    assert composer.failed() == []


def test_misspelt_words_get_suggestions_and_can_be_ignored(
    qtbot: QtBot, make_dialog: DialogFactory
) -> None:
    speller = Speller("sv_SE")  # its own, so "Ignore" does not leak into other tests
    dialog = make_dialog("demo-vattern", speller=speller)
    composer = dialog.composer
    qtbot.waitUntil(lambda: composer.spelling_ready, timeout=5000)
    body = composer.body().replace("[en kompetens som passar tjänsten]", "ärendehandläggning")
    body = body.replace("fortfarande", "fortfarnde")
    composer.set_draft(composer.subject(), body)
    finding = composer.finding("proofread")
    assert not finding.ok
    start = body.index("fortfarnde")
    assert (start, start + len("fortfarnde")) in finding.spans

    menu = composer.body_edit.context_menu(start + 2)
    texts = [a.text() for a in menu.actions()]
    assert "fortfarande" in texts
    next(a for a in menu.actions() if a.text() == "fortfarande").trigger()
    assert "Jag är fortfarande mycket intresserad" in composer.body()
    qtbot.waitUntil(lambda: composer.finding("proofread").ok, timeout=2000)

    composer.set_draft(composer.subject(), body.replace("fortfarnde", "jobbsugen"))
    if not composer.finding("proofread").ok:  # the dictionary may not know it: ignore it
        start = composer.body().index("jobbsugen")
        menu = composer.body_edit.context_menu(start + 1)
        ignore = next(a for a in menu.actions() if "jobbsugen" in a.text())
        ignore.trigger()
        assert "jobbsugen" in speller.ignored
        assert composer.finding("proofread").ok


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Uppföljning: Säljare & kund", "Hej Åsa,\n\nRad två?\nRad tre.\n"),
        ("100% + mer = #1?", "a+b=c & d?e=f %20 %0D%0A literal\r\nslut; /path#frag\n"),
        ("Tack – “citat” ’här’", "Öl, ärtor och å.\n\n\nMed vänlig hälsning,\nAlex\n"),
        ("", "Bara text"),
    ],
)
def test_mailto_round_trips_exactly(subject: str, body: str) -> None:
    url = mailto_url("eva.sjoberg@vattern.example", subject, body)
    encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert encoded.isascii()
    assert " " not in encoded
    assert "%0D%0A" in encoded or "\n" not in body

    back = QUrl(encoded, QUrl.ParsingMode.StrictMode)
    assert back.isValid()
    assert back.scheme() == "mailto"
    assert back.path() == "eva.sjoberg@vattern.example"
    query = QUrlQuery(back)
    decoded = QUrl.ComponentFormattingOption.FullyDecoded
    assert query.queryItemValue("subject", decoded) == subject
    assert query.queryItemValue("body", decoded) == body.replace("\r\n", "\n").replace("\n", "\r\n")


def test_mailto_subject_has_no_line_breaks() -> None:
    url = mailto_url("a@b.example", "Rad ett\nrad två", "x")
    query = QUrlQuery(url)
    assert query.queryItemValue("subject", QUrl.ComponentFormattingOption.FullyDecoded) == (
        "Rad ett rad två"
    )


def passing_draft(qtbot: QtBot, composer: EmailComposer) -> None:
    """The template with its placeholder filled: every checklist point passes."""
    qtbot.waitUntil(lambda: composer.spelling_ready, timeout=10_000)
    composer.skill = "ärendehandläggning"
    composer.set_draft(*composer.template())
    composer.recheck(force=True)
    assert all(f.ok for f in composer.findings), [f.rule for f in composer.findings if not f.ok]


def test_a_sent_mail_is_logged_only_after_yes(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    answers: list[Answer],
    opened: list[QUrl],
) -> None:
    dialog = make_dialog("demo-vattern")
    composer = dialog.composer
    passing_draft(qtbot, composer)
    qtbot.mouseClick(composer.open_button, LEFT)  # no question yet: the mail is not even up
    assert len(opened) == 1
    url = opened[0]
    assert url.scheme() == "mailto"
    assert url.path() == "eva.sjoberg@vattern.example"
    body = QUrlQuery(url).queryItemValue("body", QUrl.ComponentFormattingOption.FullyDecoded)
    assert body == composer.body().replace("\n", "\r\n")
    assert composer.sent_bar.isVisible()
    qtbot.mouseClick(composer.sent_bar.no_button, LEFT)
    assert dialog.result_contact() is None
    assert dialog.isVisible()
    assert not composer.sent_bar.isVisible()

    qtbot.mouseClick(composer.copy_button, LEFT)  # asked only when the dialog is closed
    assert QGuiApplication.clipboard().text().startswith(composer.subject() + "\n\nHej Eva,")
    assert dialog.isVisible()
    answers.append(Answer.Yes)
    with qtbot.waitSignal(dialog.accepted):
        dialog.reject()
    contact = dialog.result_contact()
    assert contact is not None
    assert contact.channel is Channel.EMAIL
    assert contact.purpose is Purpose.FOLLOW_UP
    assert contact.note == composer.subject()
    assert dialog.result_application() is None


def test_the_question_comes_when_the_user_is_back_from_the_mail_program(
    qtbot: QtBot, make_dialog: DialogFactory, answers: list[Answer], opened: list[QUrl]
) -> None:
    dialog = make_dialog("demo-vattern")
    check = dialog.composer.sent_check
    passing_draft(qtbot, dialog.composer)
    dialog.composer.open_button.click()
    check._on_app_state(Qt.ApplicationState.ApplicationActive)  # never left: no question
    check._on_app_state(Qt.ApplicationState.ApplicationInactive)  # the mail program
    answers.append(Answer.Yes)
    with qtbot.waitSignal(dialog.accepted):
        check._on_app_state(Qt.ApplicationState.ApplicationActive)
    assert dialog.result_contact() is not None


def test_the_thank_you_is_logged_as_a_thank_you(
    qtbot: QtBot, make_dialog: DialogFactory, answers: list[Answer], opened: list[QUrl]
) -> None:
    dialog = make_dialog("demo-kodverket")
    answers.append(Answer.Yes)  # its [something specific] is still to fill: send anyway
    dialog.composer.open_button.click()
    dialog.composer.sent_bar.yes_button.click()
    contact = dialog.result_contact()
    assert contact is not None
    assert contact.purpose is Purpose.THANK_YOU
    assert contact.channel is Channel.EMAIL


def test_a_draft_that_fails_the_checklist_asks_before_it_goes_out(
    qtbot: QtBot, make_dialog: DialogFactory, answers: list[Answer], opened: list[QUrl]
) -> None:
    dialog = make_dialog("demo-vattern")
    composer = dialog.composer
    subject, body = composer.template()
    composer.set_draft(subject, body.replace("Hej Eva,", "Tja Eva,"))
    composer.recheck(force=True)
    assert any(not f.ok for f in composer.findings)
    answers.append(Answer.No)
    composer.open_button.click()
    assert opened == []
    answers.append(Answer.No)
    composer.copy_button.click()
    assert not composer.sent_bar.isVisible()
    answers.append(Answer.Yes)
    composer.open_button.click()
    assert len(opened) == 1
    composer.sent_bar.no_button.click()


# --------------------------------------------------------------------------- main window


def test_follow_up_from_the_main_window_logs_one_undoable_change(
    qtbot: QtBot, make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-kaffeservice")
    assert window.follow_up_action.isEnabled()
    assert window.panel.follow_up_button.isEnabled()
    before = window.session.undo_stack.count()

    def call(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog)
        assert dialog.channel() is Channel.PHONE
        dialog.phone.skill_edit.setText(SKILL)
        walk_to_outcome(qtbot, dialog)
        dialog.phone.reached_radio.click()
        dialog.phone.timeline_edit.set_value(dt.date(2026, 11, 30))
        dialog.phone.notes_edit.setPlainText("Besked måndag")
        dialog.phone.log_button.click()

    when_dialog_opens(call)
    window.panel.follow_up_button.click()
    assert window.session.undo_stack.count() == before + 1
    app = window.current_application()
    assert app is not None and app.id == "demo-kaffeservice"
    assert app.contacts[-1].channel is Channel.PHONE
    assert app.contacts[-1].purpose is Purpose.OTHER_OFFER
    assert app.contacts[-1].note == "Besked måndag"
    assert app.ad_reply_by == dt.date(2026, 11, 30)
    assert window.panel.headline.text() == "Vänta på svar – du har redan följt upp"
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=5000)
    saved = store.load(demo_copy).find("demo-kaffeservice")
    assert saved is not None and saved.contacts[-1].purpose is Purpose.OTHER_OFFER

    window.undo_action.trigger()
    app = window.current_application()
    assert app is not None
    assert app.contacts == [] and app.ad_reply_by is None
    assert window.panel.headline.text().startswith("Hör av dig nu")


def test_nothing_is_logged_when_the_mail_was_not_sent(
    make_window: WindowFactory, demo_copy: Path, answers: list[Answer], opened: list[QUrl]
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-vattern")
    before = window.session.undo_stack.count()

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog)
        assert dialog.channel() is Channel.EMAIL
        answers.append(Answer.Yes)  # the draft fails a point: use it anyway
        dialog.composer.open_button.click()
        answers.append(Answer.No)  # not sent, asked on closing
        dialog.reject()

    when_dialog_opens(write)
    window.follow_up_action.trigger()
    assert opened
    assert window.session.undo_stack.count() == before
    assert window.panel.headline.text() == "Följ upp nu – via e-post"


def test_follow_up_is_off_for_closed_applications(
    make_window: WindowFactory, demo_copy: Path
) -> None:
    window = make_window(demo_copy)
    window.select_application("demo-fintech")
    assert window.model.verdict(window.current_row() or 0).action is Action.CLOSED
    assert not window.follow_up_action.isEnabled()
    assert not window.panel.follow_up_button.isEnabled()
    window.select_application("demo-vattern")
    assert window.follow_up_action.isEnabled()


def test_changed_records_are_new_objects(make_dialog: DialogFactory, demo: Document) -> None:
    app = demo.find("demo-telekompaniet")
    assert app is not None
    frozen = replace(app, interviews=list(app.interviews))
    dialog = make_dialog("demo-telekompaniet", app=frozen)
    dialog.set_channel(Channel.PHONE)
    dialog.phone.go_to(AFTER_PAGE)
    dialog.phone.reached_radio.click()
    dialog.phone.timeline_edit.set_value(dt.date(2026, 12, 9))
    dialog.phone.log_button.click()
    learnt = dialog.result_application()
    assert learnt is not None
    assert learnt is not frozen
    assert learnt.interviews is not frozen.interviews
    assert frozen.interviews[-1].promised_reply_by == dt.date(2026, 11, 20)


def test_closing_mid_call_with_notes_asks_first(
    make_dialog: DialogFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog("demo-kaffeservice")
    dialog.phone.notes_edit.setPlainText("Lina: besked på torsdag.")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return answers.pop(0)

    monkeypatch.setattr(plain_text, "question", answer)
    dialog.reject()
    assert dialog.isVisible()  # cancelled: the notes are still there
    assert dialog.phone.notes_edit.toPlainText()
    dialog.reject()
    assert not dialog.isVisible()
    assert len(asked) == 2
    assert dialog.result_contact() is None


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("eva@vattern.example, boss@elsewhere.example", "comma"),
        ("eva@vattern.example;boss@elsewhere.example", "comma"),
        ("eva@vattern.example\r\nBcc: boss@elsewhere.example", "line break"),
        ("eva @vattern.example", "space"),
        ("Eva <eva@vattern.example>", "not one"),
        ("eva@vattern@example.se", "not one"),
    ],
)
def test_an_address_that_is_not_one_address_is_refused(
    make_dialog: DialogFactory,
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
    address: str,
    words: str,
) -> None:
    """Issue 13.E: a comma or CR/LF in the contact's address must not add recipients."""
    dialog = make_dialog("demo-vattern")
    dialog.set_channel(Channel.EMAIL)
    composer = dialog.composer
    composer.to_edit.setText(address)
    warned: list[str] = []
    monkeypatch.setattr(plain_text, "warning", lambda *a, **k: warned.append(str(a[2])))
    composer.open_in_mail_program()
    assert opened == []
    assert len(warned) == 1
    assert words in composer.address_problem_text().lower() or words == "not one"
    with pytest.raises(ValueError, match="not one e-mail address"):
        mailto_url(address, "s", "b")


# --------------------------------------------------------------------------- guard rails (18.2)


@pytest.mark.parametrize(
    ("app_id", "title"),
    [
        ("demo-norrlandslogistik", "It is too early to follow up"),
        ("demo-kustlinjen", "You have already followed up"),
    ],
)
def test_following_up_early_or_twice_asks_first(
    make_window: WindowFactory,
    demo_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_id: str,
    title: str,
) -> None:
    window = make_window(demo_copy)
    window.select_application(app_id)
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> Answer:
        asked.append(str(args[1]))
        return Answer.No

    monkeypatch.setattr(plain_text, "question", question)
    opened: list[str] = []

    def exec_dialog(self: FollowUpDialog) -> int:
        opened.append(self.windowTitle())
        return 0

    monkeypatch.setattr(FollowUpDialog, "exec", exec_dialog)
    window.follow_up_action.trigger()
    assert asked == [title]
    assert opened == [], "no draft or script opens without a yes"


def test_calling_when_the_ad_asks_not_to_asks_first(
    make_dialog: DialogFactory, demo: Document, answers: list[Answer]
) -> None:
    app = demo.find("demo-kaffeservice")
    assert app is not None
    dialog = make_dialog("", app=replace(app, ad_no_calls=True))
    assert dialog.channel() is Channel.EMAIL  # the advice picks email for such an ad
    answers.append(Answer.No)
    dialog.set_channel(Channel.PHONE)
    assert dialog.channel() is Channel.EMAIL
    answers.append(Answer.Yes)
    dialog.set_channel(Channel.PHONE)
    assert dialog.channel() is Channel.PHONE
    dialog.set_channel(Channel.EMAIL)
    dialog.set_channel(Channel.PHONE)  # asked once is enough
    assert answers == []
