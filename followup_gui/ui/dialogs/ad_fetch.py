"""A Platsbanken link or id in the application dialog: the ad fetched on a worker thread.

The fetch (``jobtech.fetch_application``) runs on a plain Python thread, so the dialog
never waits for the network; its answer comes back to the window's thread through a
queued signal. Typing goes on meanwhile, and the answer fills only fields the user has
not touched. The first fetch says what goes over the network (the ad's id, to JobTech)
and asks; fetching can be turned off in Settings (``preferences.ad_fetch_enabled``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import Lang
from ...model import Stage
from ...reading.jobtech import AdFetchError, FailureKind, FetchedAd, fetch_application, parse_ad_id
from .. import plain_text
from ..colours import set_style
from ..state.preferences import (
    ad_fetch_enabled,
    ad_fetch_notice_shown,
    set_ad_fetch_enabled,
    set_ad_fetch_notice_shown,
)


class _Courier(QObject):
    """Carries the worker thread's answer to the window's thread (a queued signal)."""

    arrived = Signal(object, object)  # (request number, FetchedAd | AdFetchError)


class AdLinkRow(QWidget):
    """A line for a link or id and a fetch button; ``fetched`` gives the mapped ad."""

    fetched = Signal(object)  # FetchedAd
    failed = Signal(str)

    def __init__(
        self,
        settings: QSettings | None,
        *,
        lang: Lang,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.lang = lang
        self._today = today
        self._request = 0
        self._courier = _Courier(self)
        self._courier.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self.timeout = 10.0
        self.worker: threading.Thread | None = None
        """The last fetch's thread (tests wait for it)."""
        self._last_length = 0

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            self.tr(
                "Platsbanken link or ad id, e.g. https://arbetsformedlingen.se/platsbanken/annonser/…"
            )
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Platsbanken link or ad id"))
        self.edit.returnPressed.connect(self.fetch)
        self.edit.textEdited.connect(self._maybe_pasted)
        self.button = QPushButton(self.tr("Fetch the ad"))
        self.button.setToolTip(
            self.tr("Fills the form from Platsbanken: only the ad's id is sent, to JobTech")
        )
        self.button.clicked.connect(self.fetch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("adFetchStatus")
        self.status.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._update_enabled()

    # ------------------------------------------------------------------ state

    @property
    def busy(self) -> bool:
        """A fetch is under way (the button waits for its answer)."""
        return not self.button.isEnabled()

    def _update_enabled(self) -> None:
        enabled = self.settings is None or ad_fetch_enabled(self.settings)
        self.setVisible(enabled)

    def _say(self, text: str, *, error: bool = False) -> None:
        set_style(self.status, "color: $error_text;" if error else "")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _maybe_pasted(self, text: str) -> None:
        """A whole link or id pasted in is fetched at once; typing waits for Enter."""
        grown = len(text) - self._last_length
        self._last_length = len(text)
        if grown <= 1:
            return
        try:
            parse_ad_id(text)
        except AdFetchError:
            return
        self.fetch()

    # ------------------------------------------------------------------ consent

    def _consented(self) -> bool:
        """The first fetch says what goes over the network and asks (once)."""
        if self.settings is None or ad_fetch_notice_shown(self.settings):
            return True
        buttons = QMessageBox.StandardButton
        answer = plain_text.question(
            self,
            self.tr("Fetch the ad from Platsbanken?"),
            self.tr(
                "followup-gui will ask JobTech's open JobSearch API (Arbetsförmedlingen) for "
                "this one ad. Only the ad's id is sent: nothing about you or your "
                "applications. This is the only time the app uses the internet, and only "
                "when you ask.\n\nYou can turn this off in Settings."
            ),
            buttons.Yes | buttons.No,
            buttons.Yes,
        )
        set_ad_fetch_notice_shown(self.settings)
        if answer != buttons.Yes:
            set_ad_fetch_enabled(self.settings, False)
            self._update_enabled()
            return False
        return True

    # ------------------------------------------------------------------ fetching

    def fetch(self) -> None:
        """Start fetching what the line holds; the answer arrives as a signal."""
        text = self.edit.text()
        try:
            parse_ad_id(text)
        except AdFetchError as error:
            self._say(error.message(self.lang), error=True)
            self.failed.emit(error.message(self.lang))
            return
        if not self.button.isEnabled() or not self._consented():
            return
        self._request += 1
        number = self._request
        self.button.setEnabled(False)
        self._say(self.tr("Fetching the ad from Platsbanken…"))
        courier = self._courier
        today, lang, timeout = self._today(), self.lang, self.timeout

        def work() -> None:
            result: FetchedAd | AdFetchError
            try:
                result = fetch_application(
                    text, app_id=uuid.uuid4().hex[:12], today=today, stage=Stage.SAVED,
                    lang=lang, timeout=timeout,
                )  # fmt: skip
            except AdFetchError as error:
                result = error
            except Exception as error:
                result = AdFetchError(FailureKind.BAD_ANSWER, repr(error))
            with contextlib.suppress(RuntimeError):  # the dialog was closed: nobody waits
                courier.arrived.emit(number, result)

        self.worker = threading.Thread(target=work, name="fetch-ad", daemon=True)
        self.worker.start()

    def _arrived(self, number: int, result: object) -> None:
        if number != self._request:
            return  # an older request answered late
        self.button.setEnabled(True)
        if isinstance(result, AdFetchError):
            message = result.message(self.lang)
            self._say(message, error=True)
            self.failed.emit(message)
            return
        assert isinstance(result, FetchedAd)
        note = self.tr("Filled from Platsbanken (ad %1).").replace("%1", result.ad_id)
        if result.removed:
            note += " " + self.tr("Platsbanken marks the ad as removed.")
        for warning in result.warnings:  # already in the dialog's language
            note += " " + warning
        self._say(note)
        self.fetched.emit(result)
