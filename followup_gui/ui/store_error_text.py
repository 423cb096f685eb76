"""A store error as the window shows it: in the UI's language and the user's words
(:mod:`store_words`), with the technical sentence kept for the message's details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from ..i18n import Lang

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..store import StoreError


def ui_lang() -> Lang:
    """The language the app's texts are in (``install_translators`` sets the locale)."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def for_people(error: StoreError) -> str:
    from ..store.error_words import describe  # its patterns are compiled only when needed

    return describe(error, ui_lang())


def warn(parent: QWidget | None, title: str, error: StoreError) -> None:
    """A warning in plain words; "Show Details…" has the file's path and the JSON terms."""
    from . import plain_text

    plain_text.warning(parent, title, for_people(error), details=str(error))
