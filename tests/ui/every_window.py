"""Opens each window a user meets, for the checks that go over all of them: the text
size check (issue 28.4) and the screenshots of both colour schemes.

Each opener takes the main window (the demo store, at its frozen clock) and returns the
window to look at, shown and laid out; the caller closes dialogs it opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QWidget

from followup_gui.model import Channel
from followup_gui.rules.advice import assess
from followup_gui.ui.main_window import MainWindow

INVITATION = """Hej Anna!

Tack för din ansökan till tjänsten som innesäljare hos oss på Nordisk Kaffeservice. Vi vill \
gärna träffa dig på en intervju.

Vi kan erbjuda två tider:
- tisdag 8 december kl. 10.00
- onsdag 9 december kl. 14.00

Intervjun hålls på vårt kontor, Sveavägen 44 i Stockholm.

Vänliga hälsningar
Lina Berg
Rekryterare, Nordisk Kaffeservice AB
lina@kaffeservice.example
"""


def settle(ms: int = 120) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _page(window: MainWindow, key: str) -> QWidget:
    window.pages.show_page(key)
    settle()
    return window


def main_window(window: MainWindow) -> QWidget:
    window.pages.show_page("applications")
    window.select_application("demo-vattern")
    settle()
    return window


def overview(window: MainWindow) -> QWidget:
    return _page(window, "overview")


def report(window: MainWindow) -> QWidget:
    return _page(window, "report")


def _shown(dialog: QWidget) -> QWidget:
    dialog.show()
    settle()
    return dialog


def new_application(window: MainWindow) -> QWidget:
    from followup_gui.ui.dialogs.application_dialog import ApplicationDialog

    now = window.clock.now()
    return _shown(ApplicationDialog(None, lang=window.lang, today=now.date(), parent=window))


def _follow_up(window: MainWindow, channel: Channel) -> QWidget:
    from followup_gui.ui.followup.follow_up_dialog import FollowUpDialog

    document = window.session.document
    app = document.find("demo-vattern")
    assert app is not None
    now = window.clock.now()
    dialog = FollowUpDialog(
        app,
        assess(app, now, lang=window.lang),
        document.profile,
        lang=window.lang,
        now=now,
        parent=window,
    )
    _shown(dialog)
    if channel is not dialog.channel():
        dialog._calling_confirmed = True  # the "call instead?" question, answered
        dialog.set_channel(channel)
        settle()
    return dialog


def follow_up_mail(window: MainWindow) -> QWidget:
    return _follow_up(window, Channel.EMAIL)


def follow_up_phone(window: MainWindow) -> QWidget:
    return _follow_up(window, Channel.PHONE)


def reply(window: MainWindow) -> QWidget:
    from followup_gui.reading.reply import read_reply
    from followup_gui.reading.reply_match import match_reply
    from followup_gui.ui.reply.dialog import ReplyDialog

    now = window.clock.now()
    apps = window.session.applications
    read = read_reply(
        INVITATION, now.date(), subject="Intervju", sender="lina@kaffeservice.example"
    )
    dialog = ReplyDialog(
        read,
        match_reply(read, apps, subject="Intervju"),
        apps,
        lang=window.lang,
        now=now,
        can_attach=True,
        parent=window,
    )
    return _shown(dialog)


def settings(window: MainWindow) -> QWidget:
    from followup_gui.ui.dialogs.settings_dialog import SettingsDialog

    store = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    return _shown(SettingsDialog(store, lang=window.lang, tray_available=True, parent=window))


OPENERS: dict[str, Callable[[MainWindow], QWidget]] = {
    "main_window": main_window,
    "overview": overview,
    "report": report,
    "new_application": new_application,
    "follow_up_mail": follow_up_mail,
    "follow_up_phone": follow_up_phone,
    "reply": reply,
    "settings": settings,
}
