"""Store bytes to JSON objects, refusing what ``json`` would let through: duplicate keys,
NaN and Infinity, numbers too long to be real, lone surrogates, a wrong encoding."""

from __future__ import annotations

import functools
import math
import re
from typing import TYPE_CHECKING, Any, NoReturn

from .errors import StoreError, _show
from .paths import StrPath
from .records import _app_name, _app_ref

if TYPE_CHECKING:
    import json


class _ConstantError(ValueError):
    pass


def _refuse_constant(name: str) -> NoReturn:
    raise _ConstantError(name)


class _HugeNumberError(ValueError):
    pass


def _finite_float(text: str) -> float:
    """A JSON number with a fraction or exponent; ``1e400`` would be infinity, refused."""
    value = float(text)
    if math.isinf(value):
        raise _HugeNumberError(text)
    return value


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str, where: str) -> None:
        super().__init__(key)
        self.key = key
        self.where = where


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different; with a key twice, the last would win silently.

    ``{"applications": [...], "applications": []}`` would load empty and the next save
    would delete every application, so a repeated key is refused at every level.
    """
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                owner = obj.get("id")
                where = f" (in the object with id {_show(owner)})" if type(owner) is str else ""
                raise _DuplicateKeyError(key, where)
            seen.add(key)
    return obj


@functools.cache
def _decoder() -> json.JSONDecoder:
    """NaN, Infinity, ``1e400`` and repeated keys are refused (see the hooks above).

    Made on first use: a start that paints from the list cache reads no JSON first.
    The hook for objects costs about nothing (measured: 76 vs 77 ms for 10,000
    applications), as the C scanner builds the pairs either way.
    """
    import json  # noqa: PLC0415

    return json.JSONDecoder(
        parse_constant=_refuse_constant,
        parse_float=_finite_float,
        object_pairs_hook=_unique_keys,
    )


def _file_text(data: bytes | str, path: StrPath) -> str:
    """The file's text: UTF-8, without a byte order mark, not blank."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if data.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise StoreError(path, "is UTF-16 text; it must be UTF-8") from exc
            bad = data[exc.start : exc.start + 1].hex()
            raise StoreError(
                path, f"is not UTF-8 text (byte 0x{bad} at position {exc.start})"
            ) from exc
    else:
        text = data
    if text.startswith("\ufeff"):  # a byte order mark, as some Windows editors write
        text = text[1:]
    if not text or text.isspace():
        raise StoreError(path, "is empty")
    return text


_SURROGATE_ESCAPE: re.Pattern[str] | None = None


def _may_hold_surrogates(text: str) -> bool:
    """Whether the JSON text has a ``\ud800``-like escape (valid UTF-8 holds none otherwise).

    The regular expression costs about 8 ms for 17 MB (``in`` with a three-character
    needle costs three times that); only when it finds one is the parsed document walked
    for lone surrogates.
    """
    global _SURROGATE_ESCAPE  # noqa: PLW0603 - compiled on first use
    if _SURROGATE_ESCAPE is None:
        _SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
    return "\\" in text and _SURROGATE_ESCAPE.search(text) is not None


def _decode(text: str, path: StrPath) -> object:
    import json  # noqa: PLC0415

    try:
        return _decoder().decode(text)
    except _ConstantError as exc:
        raise StoreError(path, f"is not valid JSON ({exc} is not allowed)") from exc
    except _HugeNumberError as exc:
        raise StoreError(
            path, f"is not valid JSON (the number {str(exc)[:40]} is too large to be read)"
        ) from exc
    except _DuplicateKeyError as exc:
        raise StoreError(
            path,
            f"appears twice in one object{exc.where}; every key may appear only once, "
            "as otherwise one of the values would be lost",
            field=exc.key,
        ) from exc
    except json.JSONDecodeError as exc:
        raise StoreError(
            path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except ValueError as exc:  # e.g. a number with more digits than Python converts
        raise StoreError(path, f"is not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise StoreError(path, "is not valid JSON (it is nested too deeply)") from exc


def _lone_surrogate_at(value: object, where: list[str | int]) -> list[str | int] | None:
    """The path to the first text (key or value) that holds a lone surrogate, or None."""
    if type(value) is str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where
        return None
    if type(value) is dict:
        for key, item in value.items():
            inner = [*where, key]
            if _lone_surrogate_at(key, inner) is not None:
                return inner
            found = _lone_surrogate_at(item, inner)
            if found is not None:
                return found
    elif type(value) is list:
        for index, item in enumerate(value):
            found = _lone_surrogate_at(item, [*where, index])
            if found is not None:
                return found
    return None


def _field_path(parts: list[str | int]) -> str | None:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or None


def _refuse_lone_surrogates(obj: object, path: StrPath) -> None:
    """Text with half of a UTF-16 pair cannot be shown, printed or saved as UTF-8."""
    found = _lone_surrogate_at(obj, [])
    if found is None:
        return
    problem = (
        "holds invalid text (a lone UTF-16 surrogate, such as the escape \\ud800, "
        "which stands for no character)"
    )
    if len(found) >= 2 and found[0] == "applications" and isinstance(found[1], int):
        raw_apps = obj.get("applications") if type(obj) is dict else None
        raw = raw_apps[found[1]] if type(raw_apps) is list else None
        ref, app_id = _app_ref(raw, found[1])
        try:
            (app_id or "").encode("utf-8")
        except UnicodeEncodeError:
            ref, app_id = f"applications[{found[1]}]", None
        raise StoreError(
            path,
            problem,
            app_ref=ref,
            field=_field_path(found[2:]),
            app_id=app_id,
            app_index=found[1],
            app_name=_app_name(raw),
        )
    raise StoreError(path, problem, field=_field_path(found))
