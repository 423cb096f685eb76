"""A store that cannot be read or written, explained: file, application, field, problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .paths import StrPath

# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """A store that cannot be read or written, explained for the user.

    ``path`` is the file, ``app_ref`` the application as the user can find it
    (``application "a7" (applications[3])`` or ``applications[3]``), ``field`` the field
    path inside it (``interviews[0].at``; top-level fields such as ``format`` have no
    ``app_ref``) and ``problem`` what is wrong in plain words. ``app_id``/``app_index``
    let the UI select the application, ``app_name`` ("Säljare, Acme AB") lets it name
    it (:mod:`store_words`). Any of them may be None.
    """

    def __init__(
        self,
        path: StrPath,
        problem: str,
        *,
        app_ref: str | None = None,
        field: str | None = None,
        app_id: str | None = None,
        app_index: int | None = None,
        app_name: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.app_ref = app_ref
        self.field = field
        self.app_id = app_id
        self.app_index = app_index
        self.app_name = app_name
        super().__init__(_compose(str(path), app_ref, field, problem))

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only attributes would be lost by the default Exception pickling.
        return (_rebuild_store_error, (self.args, self.__dict__.copy()))


def _rebuild_store_error(args: tuple[Any, ...], state: dict[str, Any]) -> StoreError:
    error = StoreError.__new__(StoreError, *args)
    error.args = args
    error.__dict__.update(state)
    return error


# A problem starting with one of these verbs reads as a sentence about what precedes it
# ("applications.json is empty", 'field "company" is missing'); anything else follows a
# colon ('field "stage": "x" is not one of ...').
_VERBS = ("is ", "does ", "cannot ", "could ", "was ", "must ", "comes ", "has ")


def _compose(path: str, app_ref: str | None, field: str | None, problem: str) -> str:
    head = path
    if app_ref:
        head += ": " + app_ref
    if field:
        head += f': field "{field}"'
    return head + (" " if problem.startswith(_VERBS) else ": ") + problem


class _Invalid(Exception):  # noqa: N818 - internal signal, never escapes this module
    """Raised by the field parsers; the caller adds file and application context.

    ``field`` grows from the inside out ("at" -> "interviews[0].at"), so paths are only
    formatted when something is wrong.
    """

    def __init__(self, field: str | None, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem

    def within(self, prefix: str) -> _Invalid:
        self.field = prefix if self.field is None else f"{prefix}.{self.field}"
        return self


def _show(value: object) -> str:
    """A short rendering of a wrong value for a message."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        import json  # noqa: PLC0415 - json is loaded when a file is read or written

        text = value if len(value) <= 40 else value[:37] + "…"
        return json.dumps(text, ensure_ascii=False)
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= 40 else text[:37] + "…"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__  # pragma: no cover - json gives nothing else


def _kind(value: object) -> str:
    """What a JSON value is, in words: 'text "abc"', "the number 5", "a list", "null"."""
    if value is None or isinstance(value, bool):
        return _show(value)
    if isinstance(value, str):
        return f"text {_show(value)}"
    if isinstance(value, int | float):
        return f"the number {_show(value)}"
    return _show(value)
