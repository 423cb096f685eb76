"""Imports that meet bad rows, failed saves, many files, Windows names and a million rows.

The plan is exactly what a save takes: a bad row is reported with its line (and file)
and left out, the good rows are imported, exit 0. Files of our zip are removed again when
the store that would refer to them is not saved. A CSV file is read a row at a time and
refused past the row limit, quickly and without reading it all into memory.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.cli.command import main
from followup_gui.importers import ImportFileError, plan_import, read_source
from followup_gui.importers.table import MAX_ROWS, read_table
from followup_gui.model import Application, Attachment, AttachmentKind, Document
from followup_gui.store import attachments, bundle

from .test_cli_imports import LINKEDIN, run


def _files_under(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# ------------------------------------------------------------ rows the store refuses

BAD_ROWS = (
    "Företag;Tjänst;Sökt;Sista ansökningsdag;Kontaktperson;Anteckningar\n"
    "A AB;Kock;2026-01-02;;;\n"
    "B AB;Kock;9999-12-31;;;\n"
    f"C AB;{'K' * 1500};2026-01-03;;;\n"
    f"D AB;Kock;2026-01-04;;{'N' * 2000};\n"
    f"E AB;Kock;2026-01-05;;;{'x' * 200_001}\n"
    "F AB;Kock;2026-01-06;9999-12-31;;\n"
    "G AB;Kock;1899-12-31;;;\n"
)


def test_a_row_the_store_would_refuse_is_left_out_and_the_rest_imported(tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    source = tmp_path / "sheet.csv"
    source.write_text(BAD_ROWS, encoding="utf-8")
    dry = run("import", str(source), "--store", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "New: 2" in dry.stdout  # A, and F without its impossible deadline
    result = run("import", str(source), "--store", str(path))
    assert result.returncode == 0, result.stderr
    assert "New: 2" in result.stdout and f"Saved 2 to {path}" in result.stdout
    saved = store.load(path).applications
    assert [(a.company, a.deadline) for a in saved] == [("A AB", None), ("F AB", None)]
    said = result.stderr.splitlines()
    assert said == [
        f"{source}: line 3, Sökt: '9999-12-31' is outside the years 1900-2199 this app keeps "
        "(row left out)",
        f"{source}: line 4, Tjänst: has 1 500 characters; at most 1 000 are allowed (row left out)",
        f"{source}: line 5, Kontaktperson: has 2 000 characters; at most 1 000 are allowed "
        "(row left out)",
        f"{source}: line 6, Anteckningar: has 200 001 characters; at most 200 000 are allowed "
        "(row left out)",
        f"{source}: line 7, Sista ansökningsdag: '9999-12-31' is outside the years 1900-2199 "
        "this app keeps",
        f"{source}: line 8, Sökt: '1899-12-31' is outside the years 1900-2199 this app keeps "
        "(row left out)",
    ]
    assert dry.stderr == result.stderr  # the dry run says exactly what the import does


def test_the_plan_speaks_swedish_too(tmp_path: Path) -> None:
    source = tmp_path / "sheet.csv"
    source.write_text(BAD_ROWS, encoding="utf-8")
    plan = plan_import(Document(), read_source(source))
    said = [problem.text("sv") for problem in plan.problems]
    assert said[1] == "rad 4, Tjänst: har 1 500 tecken; högst 1 000 får plats (raden togs inte med)"
    assert said[0] == (
        "rad 3, Sökt: '9999-12-31' ligger utanför åren 1900–2199 som appen sparar "
        "(raden togs inte med)"
    )
    assert [app.company for app in plan.merge.new] == ["A AB", "F AB"]


def test_a_left_out_row_does_not_make_a_later_one_a_repeat(tmp_path: Path) -> None:
    source = tmp_path / "sheet.csv"
    source.write_text(
        "id;Företag;Tjänst;Sökt\nx1;A AB;" + "K" * 1001 + ";2026-01-02\nx1;A AB;Kock;2026-01-02\n",
        encoding="utf-8",
    )
    plan = plan_import(Document(), read_source(source))
    assert [app.job_title for app in plan.merge.new] == ["Kock"]
    assert [p.line for p in plan.problems] == [2]


# ---------------------------------------------------------------------------- our zip's files


def _export_with_files(tmp_path: Path, names: list[str]) -> Path:
    home = tmp_path / "laptop"
    home.mkdir()
    origin = home / "applications.json"
    apps = [Application(f"z{n}", "Kock", f"Krogen {n} AB", dt.date(2026, 1, 2)) for n in (1, 2)]
    document = Document(applications=apps)
    store.save(document, origin)
    for app in apps:
        for name in names:
            folder = attachments.folder_of(origin) / app.id
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(f"{app.id} {name}".encode())
            app.attachments.append(
                Attachment(f"{app.id}/{name}", AttachmentKind.OTHER, dt.date(2026, 1, 2))
            )
    store.save(document, origin)
    export = tmp_path / "followup-gui-export.zip"
    bundle.export_zip(document, origin, export)
    return export


def test_a_failed_save_leaves_no_copied_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    export = _export_with_files(tmp_path, ["cv.pdf", "brev.pdf"])
    target = tmp_path / "desktop" / "applications.json"
    target.parent.mkdir()
    store.save(Document(), target)
    before = target.read_bytes()

    def refuse(document: Document, path: object, **kwargs: object) -> None:
        raise store.StoreError(path, "could not be saved: the disk is full")  # type: ignore[arg-type]

    monkeypatch.setattr(store, "save", refuse)
    code = main(["import", str(export), "--store", str(target)])
    assert code == 2
    assert "the disk is full" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert _files_under(attachments.folder_of(target)) == []


def test_a_file_that_cannot_be_copied_takes_the_ones_before_it_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = _export_with_files(tmp_path, ["cv.pdf", "brev.pdf"])
    pack = bundle.read_zip(export)
    target = tmp_path / "desktop" / "applications.json"
    target.parent.mkdir()
    real = attachments.add_bytes
    calls = []

    def third_fails(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 3:
            raise attachments.AttachmentError("the disk is full")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(attachments, "add_bytes", third_fails)
    copied: list[Path] = []
    with pytest.raises(attachments.AttachmentError):
        bundle.import_attachments(pack, target, pack.document.applications, dt.date.today(), copied)
    assert copied == []
    assert _files_under(attachments.folder_of(target)) == []


# ---------------------------------------------------------------------------- Windows names


def test_windows_device_names_are_renamed_when_copied(tmp_path: Path) -> None:
    names = ["CON", "aux.txt", "nul.pdf", "Com1.doc", "cv.pdf.", "brev.pdf ", "lpt9.tar.gz"]
    export = _export_with_files(tmp_path, names)
    target = tmp_path / "desktop" / "applications.json"
    target.parent.mkdir()
    result = run("import", str(export), "--store", str(target))
    assert result.returncode == 0, result.stderr
    [first, _second] = store.load(target).applications
    stored = [a.file.split("/", 1)[1] for a in first.attachments]
    assert stored == ["_CON", "_aux.txt", "_nul.pdf", "_Com1.doc", "cv.pdf", "brev.pdf",
                      "_lpt9.tar.gz"]  # fmt: skip
    for attachment, name in zip(first.attachments, names, strict=True):
        path = attachments.folder_of(target) / attachment.file
        assert path.read_bytes() == f"z1 {name}".encode()


@pytest.mark.parametrize(
    ("name", "stored"),
    [("CON", "_CON"), ("con.txt", "_con.txt"), ("NUL .pdf", "_NUL .pdf"), ("AUX", "_AUX"),
     ("PRN.pdf", "_PRN.pdf"), ("COM¹.txt", "_COM¹.txt"), ("conin$", "_conin$"),
     ("report...", "report"), ("cv.pdf . .", "cv.pdf"), ("console.txt", "console.txt"),
     ("Conny CV.pdf", "Conny CV.pdf"), ("...", "file")],
)  # fmt: skip
def test_an_attachment_never_gets_a_name_windows_cannot_open(
    tmp_path: Path, name: str, stored: str
) -> None:
    path = tmp_path / "applications.json"
    added = attachments.add_bytes(path, "a1", name, io.BytesIO(b"x"), today=dt.date(2026, 1, 2))
    assert added.file == f"a1/{stored}"


# ---------------------------------------------------------------------------- many CSV files


def test_each_warning_of_a_zip_with_many_csv_files_names_its_file(tmp_path: Path) -> None:
    export = tmp_path / "Basic_LinkedInDataExport.zip"
    header = LINKEDIN.splitlines()[0]
    row = '"11/{day}/24, 8:15 AM",,,{company},Lagerarbetare,,cv.pdf,'
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr(
            "Jobs/Job Applications.csv",
            "\n".join([header, row.format(day=20, company="Acme AB")]) + "\n",
        )
        archive.writestr(
            "Jobs/Job Applications_1.csv",
            "\n".join(
                [
                    header,
                    row.format(day=21, company="Beta AB"),
                    row.format(day=32, company="Cepa AB"),
                ]
            )
            + "\n",
        )
        archive.writestr("Jobs/Job Applications_2.csv",
                         "\n".join([header, row.format(day=20, company="Acme AB"),
                                    row.format(day=22, company="")]) + "\n")  # fmt: skip
    result = run("import", str(export), "--store", str(tmp_path / "a.json"), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "New: 2" in result.stdout
    assert result.stderr.splitlines() == [
        f"{export}: Job Applications_1.csv, line 3, Application Date: '11/32/24, 8:15 AM' "
        "is not a real date (row left out)",
        f"{export}: Job Applications_2.csv, line 2: repeats Job Applications.csv, line 2 "
        "(row left out)",
        f"{export}: Job Applications_2.csv, line 3: the company is empty (row left out)",
    ]


# ---------------------------------------------------------------------------- a million rows


def test_a_file_past_the_row_limit_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    rows = "".join(f"A{n} AB;Kock;2026-01-02\n" for n in range(MAX_ROWS + 1))
    source = tmp_path / "sheet.csv"
    source.write_text("Företag;Tjänst;Sökt\n" + rows, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_source(source)
    assert str(caught.value) == (
        f"{source}: the file has more than 100 000 rows; a job search has far fewer, so this "
        "is not a list of applications (split it, or import the rows you need)"
    )
    shorter = "".join(rows.splitlines(keepends=True)[:MAX_ROWS])
    source.write_text("Företag;Tjänst;Sökt\n\n" + shorter + "\n\n", encoding="utf-8")
    assert len(read_source(source).table.rows) == MAX_ROWS  # type: ignore[union-attr]


def test_the_row_limit_counts_every_file_of_a_zip(tmp_path: Path) -> None:
    export = tmp_path / "export.zip"
    header = LINKEDIN.splitlines()[0]
    half = "".join(f'"11/20/24",,,A{n},Kock,,,\n' for n in range(MAX_ROWS // 2 + 1))
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Jobs/Job Applications_1.csv", header + "\n" + half)
        archive.writestr("Jobs/Job Applications_2.csv", header + "\n" + half)
    with pytest.raises(ImportFileError, match="more than 100 000 rows"):
        read_source(export)


@pytest.mark.parametrize(
    ("data", "encoding", "first"),
    [("Företag;Tjänst\nÅre AB;Kock\n".encode("cp1252"), "cp1252", "Åre AB"),
     ("\ufeffFöretag;Tjänst\r\nÅre AB;Kock\r\n".encode(), "utf-8-sig", "Åre AB"),
     ("Företag\tTjänst\rÅre AB\tKock\r".encode("utf-16"), "utf-16", "Åre AB"),
     (b"\n\n  \nF\xf6retag;Tj\xe4nst\n" + b"x;y\n" * 5000 + b"\xe5;z\n", "cp1252", "x")],
)  # fmt: skip
def test_the_stream_reader_still_knows_every_encoding(
    data: bytes, encoding: str, first: str
) -> None:
    """The last case is not UTF-8 only at its end: read again as Windows-1252."""
    table = read_table(data)
    assert (table.encoding, table.rows[0][0]) == (encoding, first)
    assert table.headers == ["Företag", "Tjänst"]
    assert table.line_numbers[0] == 2


MEASURE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from followup_gui.importers import ImportFileError, read_source

    started = time.perf_counter()
    try:
        read_source(Path(sys.argv[1]))
    except ImportFileError as error:
        said = str(error)
    else:
        said = "read"
    seconds = time.perf_counter() - started
    status = Path("/proc/self/status").read_text()  # VmHWM: this process's peak, in kB
    peak = int(status.split("VmHWM:")[1].split()[0]) // 1024
    print(f"{seconds:.2f} {peak} {said}")
    """
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")
def test_a_million_rows_are_refused_quickly_and_without_reading_them_all(tmp_path: Path) -> None:
    source = tmp_path / "million.csv"
    with source.open("w", encoding="utf-8") as out:
        out.write("Företag;Tjänst;Sökt\n")
        block = "".join(f"Firma {n} AB;Kock;2026-01-02\n" for n in range(1000))
        for _ in range(1000):
            out.write(block)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(source)],
        capture_output=True, text=True, timeout=120, check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    seconds, megabytes, said = result.stdout.split(" ", 2)
    assert "more than 100 000 rows" in said
    assert float(seconds) < 5, result.stdout  # about 0.4 s here
    assert int(megabytes) < 200, result.stdout  # about 50 MB here, Python included
    assert time.monotonic() - started < 60
