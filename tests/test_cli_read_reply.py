"""``followup-gui read-reply``: what an employer's mail says, as text or JSON; nothing changes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from followup_gui.cli.command import main
from followup_gui.model import ContactPerson, Document
from followup_gui.store import save

from .factories import d, make_app

KEYS = [
    "kind", "received", "interview_at", "interview_options", "reply_by", "contact_name",
    "contact_email", "contact_phone", "job_title", "employer", "evidence", "match", "candidates",
]  # fmt: skip

INVITATION = """Hej Lisa,

Vi vill gärna träffa dig på intervju. Passar det onsdag 25 november kl. 10 eller kl. 14?

Vänliga hälsningar
Per Dahl
Platschef, Östkustens Lager AB
per.dahl@ostkustens.se
"""

EML = b"""From: Per Dahl <per.dahl@ostkustens.se>
Subject: Intervju - Lagerchef
Date: Mon, 16 Nov 2026 11:05:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + INVITATION.encode()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "applications.json"
    document = Document(
        applications=[
            make_app(id="lagerchef", company="Östkustens Lager AB", job_title="Lagerchef",
                     applied_on=d("2026-11-02"),
                     contact=ContactPerson(email="per.dahl@ostkustens.se")),
            make_app(id="truck", company="Östkustens Lager AB", job_title="Truckförare",
                     applied_on=d("2026-10-01")),
        ]
    )  # fmt: skip
    save(document, path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", "read-reply", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )


def test_an_eml_file_as_json_follows_the_contract(tmp_path: Path, store: Path) -> None:
    mail = tmp_path / "svar.eml"
    mail.write_bytes(EML)
    before = _digest(store)
    result = run(str(mail), "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == KEYS
    assert data["kind"] == "interview_invitation"
    assert data["received"] == "2026-11-16"  # the Date header
    assert data["interview_at"] is None
    assert data["interview_options"] == ["2026-11-25T10:00", "2026-11-25T14:00"]
    assert data["contact_name"] == "Per Dahl"
    assert data["contact_email"] == "per.dahl@ostkustens.se"
    assert data["employer"] == "Östkustens Lager AB"
    assert data["job_title"] == "Lagerchef"
    assert data["match"]["id"] == "lagerchef"
    assert data["match"]["why"].startswith("the sender's address is the contact's")
    assert data["candidates"] == ["truck"]
    assert {"field": "kind", "words": "vill gärna träffa dig"} in data["evidence"]
    assert _digest(store) == before  # nothing changes


def test_plain_text_on_stdin_with_a_received_date(store: Path) -> None:
    text = "Hej!\n\nTack för din ansökan. Du får besked inom två veckor.\n"
    result = run("-", "--received", "2026-11-20", "--store", str(store), "--json",
                 stdin=text.encode())  # fmt: skip
    data = json.loads(result.stdout)
    assert data["kind"] == "promise" and data["reply_by"] == "2026-12-04"
    assert data["match"] is None and data["candidates"] == []


def test_the_text_output_in_both_languages(store: Path) -> None:
    sv = run("-", "--received", "2026-11-20", "--store", str(store), "--lang", "sv",
             stdin=INVITATION.encode())  # fmt: skip
    assert sv.returncode == 0
    out = sv.stdout.decode()
    assert "Typ: inbjudan till intervju" in out
    assert "Föreslagna tider: 2026-11-25 10:00, 2026-11-25 14:00" in out
    assert "Ansökan: lagerchef (avsändarens adress är kontaktpersonens" in out
    en = run("-", "--received", "2026-11-20", "--store", str(store), "--lang", "en",
             stdin=INVITATION.encode()).stdout.decode()  # fmt: skip
    assert "Kind: interview invitation" in en and "Times offered:" in en


def test_a_missing_store_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    result = run("-", "--store", str(path), "--json", stdin=INVITATION.encode())
    assert result.returncode == 0
    assert not path.exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "no text to read"),
        (b"\x00\x01\x02binary" * 50, "not a mail"),
        (
            b'From: a@b.se\nSubject: x\nContent-Type: multipart/mixed; boundary="z"\n\nx\n',
            "broken",
        ),
        (
            b"From: a@b.se\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; "
            b"charset=x-klingon\n\nHej \xe5\n",
            "unknown character set",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, ".msg files cannot be read"),
    ],
)
def test_unreadable_input_exits_2_with_a_message(
    tmp_path: Path, store: Path, content: bytes, words: str
) -> None:
    mail = tmp_path / "mail.eml"
    mail.write_bytes(content)
    before = _digest(store)
    result = run(str(mail), "--store", str(store), "--lang", "en")
    assert result.returncode == 2
    assert words in result.stderr.decode()
    assert b"Traceback" not in result.stderr and result.stdout == b""
    assert _digest(store) == before


def test_a_50_mb_file_exits_2(tmp_path: Path, store: Path) -> None:
    mail = tmp_path / "huge.eml"
    with mail.open("wb") as stream:
        stream.truncate(50 * 2**20)
    result = run(str(mail), "--store", str(store))
    assert result.returncode == 2 and b"too big" in result.stderr


def test_in_process_main_and_a_missing_file(
    tmp_path: Path, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["read-reply", str(tmp_path / "nope.eml"), "--store", str(store)]) == 2
    assert "could not be opened" in capsys.readouterr().err


def test_a_bad_received_date_is_a_usage_error(store: Path) -> None:
    result = run("-", "--received", "20/11", "--store", str(store), stdin=b"Hej")
    assert result.returncode == 2 and b"not a date" in result.stderr
