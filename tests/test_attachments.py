"""Attachments beside the store: copied in privately, never outside their folder, carried
by backups, restores and zip exports (DESIGN.md "Contract 1, format v2")."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.model import Application, Attachment, AttachmentKind, Document, Stage
from followup_gui.store import attachments, backups, bundle
from followup_gui.store.attachments import AttachmentError

POSIX = os.name == "posix"
TODAY = dt.date(2026, 5, 4)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "applications.json"


@pytest.fixture
def original(tmp_path: Path) -> Path:
    path = tmp_path / "home" / "Mitt CV.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.4 cv")
    return path


def document_with(store_path: Path, original: Path) -> Document:
    attachment = attachments.add(
        store_path, "a1", original, kind=AttachmentKind.CV, today=TODAY, note="senaste"
    )
    app = Application("a1", "Säljare", "Firma AB", TODAY, attachments=[attachment])
    document = Document(applications=[app])
    store.save(document, store_path)
    return document


# --------------------------------------------------------------------------- adding


def test_a_file_is_copied_in_privately_never_linked(store_path: Path, original: Path) -> None:
    old = os.umask(0o022)
    try:
        added = attachments.add(store_path, "a1", original, kind=AttachmentKind.CV, today=TODAY)
    finally:
        os.umask(old)
    assert added == Attachment("a1/Mitt CV.pdf", AttachmentKind.CV, TODAY, "")
    copy = store_path.parent / "attachments" / "a1" / "Mitt CV.pdf"
    assert copy.read_bytes() == original.read_bytes()
    assert not copy.is_symlink()
    assert copy.stat().st_ino != original.stat().st_ino  # a copy, not a hard link
    if POSIX:
        assert mode(copy) == 0o600
        assert mode(copy.parent) == 0o700
        assert mode(copy.parent.parent) == 0o700
    original.write_bytes(b"changed later")
    assert copy.read_bytes() == b"%PDF-1.4 cv"
    assert [p.name for p in copy.parent.iterdir()] == ["Mitt CV.pdf"]  # no temp file left


def test_a_taken_name_is_numbered(store_path: Path, original: Path) -> None:
    first = attachments.add(store_path, "a1", original, today=TODAY)
    second = attachments.add(store_path, "a1", original, today=TODAY)
    assert (first.file, second.file) == ("a1/Mitt CV.pdf", "a1/Mitt CV (2).pdf")


@pytest.mark.parametrize("app_id", ["../evil", "a/b", "..", "con", "with space", "x" * 200, "å"])
def test_an_id_never_steers_a_file_elsewhere(store_path: Path, original: Path, app_id: str) -> None:
    added = attachments.add(store_path, app_id, original, today=TODAY)
    folder = added.file.split("/")[0]
    assert folder.startswith("id-")
    assert store.attachment_path_problem(added.file) is None
    assert attachments.path_of(store_path, added).parent.parent == store_path.parent / "attachments"


def test_an_ordinary_id_is_its_own_folder() -> None:
    assert attachments.app_folder_name("app-12") == "app-12"
    assert attachments.app_folder_name("a1") != attachments.app_folder_name("a1.")


def test_a_folder_is_not_attached(store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(AttachmentError, match="folder"):
        attachments.add(store_path, "a1", tmp_path, today=TODAY)


@pytest.mark.skipif(not POSIX, reason="named pipes are POSIX")
def test_a_pipe_is_not_attached_and_nothing_waits(store_path: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(AttachmentError, match="not an ordinary file"):
        attachments.add(store_path, "a1", pipe, today=TODAY)


def test_a_file_over_the_cap_is_not_attached(
    store_path: Path, original: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 3)
    with pytest.raises(AttachmentError, match="too large"):
        attachments.add(store_path, "a1", original, today=TODAY)
    with pytest.raises(AttachmentError, match="too large"):
        attachments.add_bytes(store_path, "a1", "x", io.BytesIO(b"12345"), today=TODAY)
    folder = store_path.parent / "attachments" / "a1"
    assert list(folder.iterdir()) == []


# --------------------------------------------------------------------------- opening, removing


def test_path_of_refuses_what_leaves_the_folder(store_path: Path, tmp_path: Path) -> None:
    for file in ("../x", "/etc/passwd", "C:/x", "a1\\..\\x"):
        with pytest.raises(AttachmentError):
            attachments.path_of(store_path, Attachment(file))
    with pytest.raises(AttachmentError, match="missing"):
        attachments.path_of(store_path, Attachment("a1/none.pdf"))


@pytest.mark.skipif(not POSIX, reason="symbolic links need privileges on Windows")
def test_path_of_refuses_a_link_made_after_loading(store_path: Path, tmp_path: Path) -> None:
    folder = store_path.parent / "attachments" / "a1"
    folder.mkdir(parents=True)
    secret = tmp_path / "secret"
    secret.write_text("x")
    (folder / "cv.pdf").symlink_to(secret)
    with pytest.raises(AttachmentError, match="outside"):
        attachments.path_of(store_path, Attachment("a1/cv.pdf"))
    assert attachments.remove(store_path, Attachment("a1/cv.pdf")) is False
    assert secret.exists()


def test_remove_deletes_the_copy_only(store_path: Path, original: Path) -> None:
    added = attachments.add(store_path, "a1", original, today=TODAY)
    assert attachments.remove(store_path, added) is True
    assert not (store_path.parent / "attachments" / "a1").exists()
    assert original.exists()
    assert attachments.remove(store_path, added) is False


def test_unreferenced_files_are_cleaned_up(store_path: Path, original: Path) -> None:
    document = document_with(store_path, original)
    extra = attachments.add(store_path, "a2", original, today=TODAY)
    removed = attachments.remove_unreferenced(store_path, document)
    assert [p.name for p in removed] == [Path(extra.file).name]
    assert attachments.path_of(store_path, document.applications[0].attachments[0]).exists()
    assert not (store_path.parent / "attachments" / "a2").exists()


# --------------------------------------------------------------------------- backups


def test_backups_and_restore_carry_the_attachments(store_path: Path, original: Path) -> None:
    document = document_with(store_path, original)
    first = document.applications[0].attachments[0]
    now = dt.datetime(2026, 5, 4, 10, 0)
    made = backups.risky_backup(store_path, "import", now)
    assert made is not None
    kept = backups.attachments_copy(made) / first.file
    assert kept.read_bytes() == b"%PDF-1.4 cv"

    attachments.remove(store_path, first)
    document.applications[0].attachments = []
    store.save(document, store_path)

    backup = next(b for b in backups.list_backups(store_path) if b.reason == "import")
    backups.restore(backup, store_path, now + dt.timedelta(minutes=1))
    restored = store.load(store_path).applications[0].attachments
    assert restored == [first]
    assert attachments.path_of(store_path, first).read_bytes() == b"%PDF-1.4 cv"
    if POSIX:
        assert mode(store_path.parent / "attachments") == 0o700


def test_a_pruned_backup_takes_its_attachments_along(store_path: Path, original: Path) -> None:
    document_with(store_path, original)
    made = backups.daily_backup(store_path, dt.date(2026, 1, 1))
    assert made is not None
    assert backups.attachments_copy(made).is_dir()
    backups.prune(store_path, dt.date(2026, 6, 1))
    assert not made.exists()
    assert not backups.attachments_copy(made).exists()


# --------------------------------------------------------------------------- zip export, import


def test_a_zip_export_carries_the_store_and_its_files(
    store_path: Path, original: Path, tmp_path: Path
) -> None:
    document = document_with(store_path, original)
    document.applications.append(
        Application(
            "s1", "Kock", "Krogen", None, stage=Stage.SAVED, attachments=[Attachment("s1/gone.pdf")]
        )
    )
    target = tmp_path / "export.zip"
    missing = bundle.export_zip(document, store_path, target)
    assert missing == ["s1/gone.pdf"]
    assert bundle.is_zip(target)
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["applications.json", "attachments/a1/Mitt CV.pdf"]
    if POSIX:
        assert mode(target) == 0o600

    read = bundle.read_zip(target)
    assert read.document == document
    assert read.files == {"a1/Mitt CV.pdf"}

    elsewhere = tmp_path / "other" / "applications.json"
    landed = bundle.import_attachments(read, elsewhere, read.document.applications, TODAY)
    assert landed[0].attachments[0].file == "a1/Mitt CV.pdf"
    assert attachments.path_of(elsewhere, landed[0].attachments[0]).read_bytes() == b"%PDF-1.4 cv"
    assert landed[1].attachments == [Attachment("s1/gone.pdf")]

    again = bundle.import_attachments(read, elsewhere, read.document.applications[:1], TODAY)
    assert again[0].attachments[0].file == "a1/Mitt CV.pdf"  # same content: used as it is
    assert len(list((elsewhere.parent / "attachments" / "a1").iterdir())) == 1


def test_an_import_never_overwrites_a_different_file(
    store_path: Path, original: Path, tmp_path: Path
) -> None:
    document = document_with(store_path, original)
    target = tmp_path / "export.zip"
    bundle.export_zip(document, store_path, target)
    attachments.path_of(store_path, document.applications[0].attachments[0]).unlink()
    (store_path.parent / "attachments" / "a1" / "Mitt CV.pdf").write_bytes(b"mine")
    landed = bundle.import_attachments(
        bundle.read_zip(target), store_path, document.applications, TODAY
    )
    assert landed[0].attachments[0].file == "a1/Mitt CV (2).pdf"
    assert (store_path.parent / "attachments" / "a1" / "Mitt CV.pdf").read_bytes() == b"mine"


def zip_of(tmp_path: Path, members: dict[str, bytes]) -> Path:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_cannot_write_outside_the_attachments_folder(tmp_path: Path) -> None:
    body = (
        b'{"format": "followup-gui", "schema_version": 2, "applications": [{"id": "a", '
        b'"job_title": "T", "company": "C", "applied_on": "2026-01-01", '
        b'"attachments": [{"file": "../../escape.txt"}]}]}'
    )
    path = zip_of(tmp_path, {"applications.json": body, "attachments/../../escape.txt": b"x"})
    with pytest.raises(store.StoreError, match="leave the attachments folder"):
        bundle.read_zip(path)
    assert not (tmp_path / "escape.txt").exists()


def test_a_zip_bomb_stops_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = (
        b'{"format": "followup-gui", "schema_version": 2, "applications": [{"id": "a", '
        b'"job_title": "T", "company": "C", "applied_on": "2026-01-01", '
        b'"attachments": [{"file": "a/big.bin"}]}]}'
    )
    path = zip_of(tmp_path, {"applications.json": body, "attachments/a/big.bin": b"\0" * 5_000_000})
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1_000_000)
    read = bundle.read_zip(path)
    target = tmp_path / "data" / "applications.json"
    with pytest.raises(AttachmentError, match="too large"):
        bundle.import_attachments(read, target, read.document.applications, TODAY)
    assert list((target.parent / "attachments" / "a").iterdir()) == []


@pytest.mark.parametrize(
    ("members", "word"),
    [
        ({"other.json": b"{}"}, "without applications.json"),
        ({"applications.json": b'{"format": "followup-gui", "schema_version": 2, '
                               b'"applications": [], "applications": []}'}, "twice"),
    ],
)  # fmt: skip
def test_a_bad_zip_is_refused_with_its_name(
    tmp_path: Path, members: dict[str, bytes], word: str
) -> None:
    path = zip_of(tmp_path, members)
    with pytest.raises(store.StoreError, match=word) as info:
        bundle.read_zip(path)
    assert "evil.zip" in str(info.value)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(store.StoreError, match="zip"):
        bundle.read_zip(path)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Mitt CV 2026.pdf", AttachmentKind.CV),
        ("Personligt brev - Firma.docx", AttachmentKind.LETTER),
        ("svar_från_firma.eml", AttachmentKind.REPLY),
        ("annons.pdf", AttachmentKind.AD),
        ("scan0001.jpg", AttachmentKind.OTHER),
        ("advanced.pdf", AttachmentKind.OTHER),
    ],
)
def test_the_kind_is_guessed_from_the_name(name: str, kind: AttachmentKind) -> None:
    assert attachments.guess_kind(name) is kind
