"""Read a mail the user drops or pastes: an ``.eml`` file, plain text, or HTML.

``read_mail_file(path)`` and ``read_mail_bytes(data)`` return a ``Mail``: its text (the
text/plain part when there is one, else the HTML part turned into text), and for an
``.eml`` its Subject, From and Date. A mail the user forwarded *as an attachment*
(message/rfc822) is read from the attached mail. Anything that cannot be read raises
``MailFileError``, whose ``message(lang)`` tells the user what is wrong and what to do:
an empty input, a binary file, one over ``MAX_BYTES``, a broken MIME structure, an
unknown character set, an Outlook ``.msg`` file (no small, permissively licensed reader
fits; the message says how to save the mail as ``.eml`` or copy its text).

Only the standard library's ``email`` package (with ``policy.default``) is used. Nothing
else is ever raised: a bug in the parser on strange bytes becomes a ``MailFileError``.
"""

from __future__ import annotations

import datetime as dt
import email.message
import email.utils
import re
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from enum import StrEnum
from html.parser import HTMLParser
from pathlib import Path
from typing import Final, Literal

from followup_gui.i18n import Lang

__all__ = ["MAX_BYTES", "Mail", "MailFileError", "MailProblem", "html_to_text", "mail_from_text",
           "read_mail_bytes", "read_mail_file"]  # fmt: skip

MAX_BYTES: Final = 10 * 1024 * 1024
"""A mail file larger than this is refused: an answer with its quotes is some kilobytes."""
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC: Final = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")
_HEADER_LINE: Final = re.compile(
    rb"^(?:from|date|subject|to|cc|mime-version|received|return-path|message-id|content-type"
    rb"|delivered-to|reply-to|x-[\w-]{1,40}|dkim-signature|arc-[\w-]{1,20}|authentication-results"
    rb"|thread-topic|thread-index|in-reply-to|references|sender|list-[\w-]{1,20})[ \t]*:",
    re.IGNORECASE,
)
_HTML_HINT: Final = re.compile(r"<(?:html|body|div|p|br|table|span)\b", re.IGNORECASE)


class MailProblem(StrEnum):
    EMPTY = "empty"
    TOO_BIG = "too_big"
    BINARY = "binary"
    BROKEN = "broken"
    CHARSET = "charset"
    NO_TEXT = "no_text"
    OUTLOOK_MSG = "outlook_msg"
    UNREADABLE = "unreadable"


_MESSAGES: Final[dict[MailProblem, dict[Lang, str]]] = {
    MailProblem.EMPTY: {
        "sv": "Det finns ingen text att läsa. Klistra in hela mejlet eller välj en .eml-fil.",
        "en": "There is no text to read. Paste the whole mail or choose an .eml file.",
    },
    MailProblem.TOO_BIG: {
        "sv": "Filen är för stor för ett mejl (över {limit} MB). Kopiera mejlets text i stället.",
        "en": "The file is too big for a mail (over {limit} MB). Copy the mail's text instead.",
    },
    MailProblem.BINARY: {
        "sv": "Filen är inget mejl (den innehåller inte text). Spara mejlet som .eml eller "
        "kopiera dess text.",
        "en": "The file is not a mail (it does not hold text). Save the mail as .eml or copy "
        "its text.",
    },
    MailProblem.BROKEN: {
        "sv": "Mejlfilen är trasig och går inte att läsa{detail}. Kopiera mejlets text i stället.",
        "en": "The mail file is broken and cannot be read{detail}. Copy the mail's text instead.",
    },
    MailProblem.CHARSET: {
        "sv": "Mejlet använder en okänd teckenkodning{detail}. Kopiera mejlets text i stället.",
        "en": "The mail uses an unknown character set{detail}. Copy the mail's text instead.",
    },
    MailProblem.NO_TEXT: {
        "sv": "Mejlet har ingen text, bara bilagor. Kopiera svaret som text i stället.",
        "en": "The mail has no text, only attachments. Copy the answer as text instead.",
    },
    MailProblem.OUTLOOK_MSG: {
        "sv": "Outlooks .msg-filer kan inte läsas. Markera mejlets text i Outlook (Ctrl+A, "
        "Ctrl+C) och klistra in den här, eller ladda ned mejlet som .eml från Outlook på webben.",
        "en": "Outlook's .msg files cannot be read. Open the mail in Outlook, select its text "
        "(Ctrl+A, Ctrl+C) and paste it here, or download it from Outlook on the web as .eml.",
    },
    MailProblem.UNREADABLE: {
        "sv": "Filen gick inte att öppna{detail}.",
        "en": "The file could not be opened{detail}.",
    },
}


class MailFileError(Exception):
    """A mail that cannot be read; ``message(lang)`` says why and what to do instead."""

    def __init__(self, problem: MailProblem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "en") -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return _MESSAGES[self.problem][lang].format(detail=detail, limit=MAX_BYTES // 2**20)


@dataclass(frozen=True, slots=True)
class Mail:
    """A mail's text and, when its headers were there, its subject, sender and date."""

    text: str
    subject: str = ""
    sender: str = ""
    """The From header as written ("Anna Berg <anna@firma.se>"), or ""."""
    date: dt.date | None = None
    source: Literal["text", "eml", "html"] = "text"


def read_mail_file(path: Path) -> Mail:
    """Read the mail in ``path`` (``.eml``, text or HTML); raises only ``MailFileError``."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise MailFileError(MailProblem.UNREADABLE, "a folder") from None
    except OSError as error:
        raise MailFileError(
            MailProblem.UNREADABLE, error.strerror or type(error).__name__
        ) from None
    return read_mail_bytes(data, name=path.name)


def read_mail_bytes(data: bytes, *, name: str = "") -> Mail:
    """Read a mail from its bytes; ``name`` is the file's name, if any (for ``.msg``)."""
    if len(data) > MAX_BYTES:
        raise MailFileError(MailProblem.TOO_BIG)
    if not data.strip():
        raise MailFileError(MailProblem.EMPTY)
    if data.startswith(_OLE_MAGIC) or name.lower().endswith(".msg"):
        raise MailFileError(MailProblem.OUTLOOK_MSG)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text (Windows' Notepad)
        return mail_from_text(_decode_text(data))
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise MailFileError(MailProblem.BINARY)
    try:
        if _looks_like_eml(data):
            return _read_eml(data)
        return mail_from_text(_decode_text(data))
    except MailFileError:
        raise
    except Exception as error:  # the email package on hostile bytes: never a traceback
        raise MailFileError(MailProblem.BROKEN, type(error).__name__) from None


def mail_from_text(text: str) -> Mail:
    """A pasted or decoded text as a ``Mail`` (HTML is turned into text)."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise MailFileError(MailProblem.EMPTY)
    if len(text) > MAX_BYTES:
        raise MailFileError(MailProblem.TOO_BIG)
    if _HTML_HINT.search(text[:4000]):
        return Mail(html_to_text(text), source="html")
    return Mail(text.replace("\r\n", "\n"))


def _looks_like_eml(data: bytes) -> bool:
    head = data[:8192].lstrip(b"\r\n\t ")
    lines = head.split(b"\n", 30)[:30]
    headers = 0
    for line in lines:
        if not line.strip():
            break
        if _HEADER_LINE.match(line):
            headers += 1
        elif not line[:1].isspace():
            return False
    return headers >= 2


def _decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise MailFileError(MailProblem.BINARY) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise MailFileError(MailProblem.BINARY)
    return text


def _header(message: email.message.EmailMessage, name: str) -> str:
    try:
        value = message[name]
    except Exception:  # a malformed header: read the rest of the mail
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _date(message: email.message.EmailMessage) -> dt.date | None:
    raw = _header(message, "Date")
    if not raw:
        return None
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _attached_mail(message: email.message.EmailMessage) -> email.message.EmailMessage | None:
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload:
                inner = payload[0]
                if isinstance(inner, email.message.EmailMessage):
                    return inner
    return None


def _read_eml(data: bytes) -> Mail:
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, email.message.EmailMessage):  # pragma: no cover - policy
        raise MailFileError(MailProblem.BROKEN)
    inner = _attached_mail(message)
    source = inner if inner is not None and _text_of(inner, strict=False) else message
    text, was_html = _text_of(source, strict=True)
    if not text.strip():
        if message.defects:
            raise MailFileError(MailProblem.BROKEN, type(message.defects[0]).__name__)
        raise MailFileError(MailProblem.NO_TEXT)
    return Mail(
        text.replace("\r\n", "\n"),
        subject=_header(source, "Subject"),
        sender=_header(source, "From"),
        date=_date(source),
        source="html" if was_html else "eml",
    )


def _text_of(message: email.message.EmailMessage, *, strict: bool) -> tuple[str, bool]:
    """The mail's text: its plain part, else its HTML part as text ('' when it has none)."""
    unknown = ""
    for kind in ("plain", "html"):
        part = message.get_body(preferencelist=(kind,))
        if part is None:
            continue
        try:
            content = part.get_content()
        except LookupError:
            unknown = part.get_content_charset() or "?"
            continue
        if not isinstance(content, str) or not content.strip():
            continue
        return (html_to_text(content), True) if kind == "html" else (content, False)
    if message.get_content_maintype() not in ("multipart", "text", "message") and strict:
        raise MailFileError(MailProblem.NO_TEXT)
    if unknown and strict:
        raise MailFileError(MailProblem.CHARSET, unknown[:40])
    return "", False


class _TextFromHtml(HTMLParser):
    _BLOCKS: Final = frozenset(
        str.split("p div br li tr h1 h2 h3 h4 h5 h6 table ul ol blockquote hr section article")
    )
    _SKIP: Final = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.quoting = 0
        self.link: str | None = None
        self.link_text: list[str] = []

    def _newline(self) -> None:
        self.parts.append("\n> " if self.quoting else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag == "blockquote":
            self.quoting += 1
            self._newline()
        elif tag in self._BLOCKS:
            self._newline()
            if tag == "li":
                self.parts.append("- ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.link = href if href.startswith(("http://", "https://")) else None
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "blockquote":
            self.quoting = max(0, self.quoting - 1)
            self._newline()
        elif tag in ("p", "div", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6"):
            self._newline()
        elif tag == "a" and self.link:
            if self.link not in "".join(self.link_text):
                self.parts.append(f" <{self.link}>")
            self.link = None

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        data = re.sub(r"[ \t\r\n]+", " ", data)
        if self.quoting:
            data = data.replace("\n", "\n> ")
        self.parts.append(data)
        if self.link:
            self.link_text.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML mail: blocks on their own lines, links kept as
    "text <url>", quoted blocks as "> " lines, scripts and styles left out."""
    parser = _TextFromHtml()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; at worst keep what was read
        pass
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line if line not in (">",) else "" for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
