# ruff: noqa: E501 - mails are written one line a paragraph, as they arrive
"""Reading a dropped or pasted mail: .eml (plain, HTML only, forwarded as attachment),
text, HTML; and a clear MailFileError for everything that cannot be read."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_gui.i18n import LANGS
from followup_gui.reading.mail_file import (
    MAX_BYTES,
    MailFileError,
    MailProblem,
    html_to_text,
    mail_from_text,
    read_mail_bytes,
    read_mail_file,
)
from followup_gui.reading.reply import Kind, read_reply

PLAIN_EML = """From: Karin Ek <karin.ek@nordlys.se>
To: anna@example.com
Subject: =?utf-8?q?Ang=C3=A5ende_din_ans=C3=B6kan_=E2=80=93_Lagerarbetare?=
Date: Tue, 17 Nov 2026 09:30:00 +0100
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Hej Anna,

Vi har valt att g=E5 vidare med andra kandidater.

V=E4nliga h=E4lsningar
Karin Ek
--b1
Content-Type: text/html; charset=utf-8

<p>HTML should not be read when there is plain text</p>
--b1--
""".encode("ascii")

HTML_EML = b"""From: Per Dahl <per.dahl@ostkustens.se>
Subject: Intervju
Date: Mon, 16 Nov 2026 11:05:00 +0100
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><head><style>p{color:red}</style></head><body>
<p>Hej Lisa,</p><p>Vi vill g&auml;rna tr&auml;ffa dig p&aring; intervju torsdag 26 november kl. 13.00.</p>
<p><a href="https://teams.microsoft.com/l/meetup-join/abc">Anslut till m\xc3\xb6tet</a></p>
<p>V&auml;nliga h&auml;lsningar<br>Per Dahl<br>Mobil: 073-456 78 90</p>
<blockquote>Hej! Jag s\xc3\xb6ker jobbet. Ring mig p\xc3\xa5 070-111 22 33.</blockquote>
</body></html>
"""


def test_an_eml_gives_its_headers_and_prefers_plain_text() -> None:
    mail = read_mail_bytes(PLAIN_EML)
    assert mail.subject == "Angående din ansökan – Lagerarbetare"
    assert mail.sender == "Karin Ek <karin.ek@nordlys.se>"
    assert mail.date == dt.date(2026, 11, 17)
    assert "gå vidare med andra kandidater" in mail.text
    assert "HTML should not" not in mail.text
    reply = read_reply(mail.text, mail.date, subject=mail.subject, sender=mail.sender)
    assert reply.kind == Kind.REJECTION
    assert reply.contact_email == "karin.ek@nordlys.se"
    assert reply.job_title == "Lagerarbetare"


def test_an_html_only_eml_is_read_as_text_with_links_and_quotes() -> None:
    mail = read_mail_bytes(HTML_EML)
    assert mail.source == "html"
    assert "color:red" not in mail.text
    assert "<https://teams.microsoft.com/l/meetup-join/abc>" in mail.text
    assert "> Hej! Jag söker jobbet." in mail.text
    reply = read_reply(mail.text, dt.date(2026, 11, 16), sender=mail.sender)
    assert reply.kind == Kind.INTERVIEW_INVITATION
    assert reply.interview_at == dt.datetime(2026, 11, 26, 13, 0)
    assert reply.interview_place == "https://teams.microsoft.com/l/meetup-join/abc"
    assert reply.contact_phone == "073-456 78 90"  # not the user's own number in the quote


def test_a_mail_forwarded_as_attachment_is_read_from_the_attachment() -> None:
    data = (
        b"From: Me <me@example.com>\nSubject: Fwd: svar\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="o"\n\n--o\nContent-Type: text/plain\n\nSe bifogat.\n'
        b"--o\nContent-Type: message/rfc822\n\n" + PLAIN_EML + b"\n--o--\n"
    )
    mail = read_mail_bytes(data)
    assert mail.sender == "Karin Ek <karin.ek@nordlys.se>"
    assert "andra kandidater" in mail.text


def test_plain_text_files_in_utf8_cp1252_and_utf16(tmp_path: Path) -> None:
    text = "Hej!\r\nVi återkommer senast vecka 50.\r\n"
    for encoding in ("utf-8", "utf-8-sig", "cp1252", "utf-16"):
        path = tmp_path / f"mail-{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        mail = read_mail_file(path)
        assert mail.text == "Hej!\nVi återkommer senast vecka 50.\n", encoding
        assert mail.subject == "" and mail.date is None


def test_a_pasted_text_with_html_is_turned_into_text() -> None:
    assert (
        mail_from_text("<div>Hej <b>Anna</b></div><div>Tack!</div>").text == "Hej Anna\n\nTack!\n"
    )
    assert html_to_text("<p>a &amp; b</p><script>x()</script>") == "a & b\n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", MailProblem.EMPTY),
        (b"  \n\t\n", MailProblem.EMPTY),
        (b"\x00\x01\x02\x03" * 100, MailProblem.BINARY),
        (b"%PDF-1.7\n...", MailProblem.BINARY),
        (b"PK\x03\x04zipdata", MailProblem.BINARY),
        (bytes(range(1, 32)) * 50, MailProblem.BINARY),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, MailProblem.OUTLOOK_MSG),
        (
            b'From: a@b.se\nSubject: x\nContent-Type: multipart/mixed; boundary="z"\n\nno parts\n',
            MailProblem.BROKEN,
        ),
        (
            PLAIN_EML.replace(b"iso-8859-1", b"x-klingon").replace(
                b"Content-Type: text/html; charset=utf-8", b"Content-Type: image/png"
            ),
            MailProblem.CHARSET,
        ),
        (
            b"From: a@b.se\nSubject: x\nMIME-Version: 1.0\nContent-Type: image/png\n\niVBORw0KGgo=\n",
            MailProblem.NO_TEXT,
        ),
    ],
)
def test_bad_inputs_get_a_clear_message(data: bytes, problem: MailProblem) -> None:
    with pytest.raises(MailFileError) as caught:
        read_mail_bytes(data)
    assert caught.value.problem == problem
    for lang in LANGS:
        message = caught.value.message(lang)
        assert message.endswith(".") and "Traceback" not in message


def test_a_msg_file_says_how_to_save_it_instead(tmp_path: Path) -> None:
    path = tmp_path / "svar.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(MailFileError) as caught:
        read_mail_file(path)
    assert ".eml" in caught.value.message("en") and ".eml" in caught.value.message("sv")


def test_a_50_mb_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.eml"
    with path.open("wb") as stream:
        stream.truncate(50 * 2**20)
    with pytest.raises(MailFileError) as caught:
        read_mail_file(path)
    assert caught.value.problem == MailProblem.TOO_BIG
    assert "10 MB" in str(caught.value)
    with pytest.raises(MailFileError):
        read_mail_bytes(b"a" * (MAX_BYTES + 1))


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    for path in (tmp_path / "nothing.eml", tmp_path):
        with pytest.raises(MailFileError) as caught:
            read_mail_file(path)
        assert caught.value.problem == MailProblem.UNREADABLE


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes_give_a_mail_or_a_mail_file_error(data: bytes) -> None:
    with contextlib.suppress(MailFileError):
        read_mail_bytes(data)


_EML_PIECES = st.sampled_from(
    [
        b"From: A <a@b.se>\n", b"Subject: =?utf-8?q?=C3=A5?=\n", b"Date: not a date\n",
        b"MIME-Version: 1.0\n", b'Content-Type: multipart/mixed; boundary="q"\n',
        b"Content-Type: text/plain; charset=x-unknown\n", b"Content-Transfer-Encoding: base64\n",
        b"Content-Type: message/rfc822\n", b"\n", b"--q\n", b"--q--\n", b"=E5=\n", b"<p>hej</p>",
        b"Content-Type: text/html\n", b"\xff\xfe", b"Hej!\n",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_EML_PIECES | st.binary(max_size=30), max_size=40))
def test_mail_like_bytes_give_a_mail_or_a_mail_file_error(pieces: list[bytes]) -> None:
    try:
        mail = read_mail_bytes(b"From: x@y.se\nSubject: s\n" + b"".join(pieces))
    except MailFileError:
        return
    read_reply(mail.text, mail.date or dt.date(2026, 1, 1), sender=mail.sender)
