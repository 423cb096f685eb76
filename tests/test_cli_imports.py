"""``fetch-ad`` and ``import`` as a user runs them, and the proof that nothing else goes online."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.store.backups import list_backups

from . import ad_server
from .ad_server import AdServer
from .conftest import DEMO_STORE, app_env, v1_demo_text

LINKEDIN = (
    "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
    "Resume Name,Question And Answers\n"
    '"11/20/24, 8:15 AM",,,Acme AB,Lagerarbetare,http://www.linkedin.com/jobs/view/4077276177,'
    "cv.pdf,\n"
)


@pytest.fixture
def server() -> Iterator[AdServer]:
    with AdServer() as running:
        yield running


def run(*args: str, url: str = "", lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {
        "LANG": lang,
        "PATH": "/usr/bin:/bin",
        "PYTHONDONTWRITEBYTECODE": "1",
        "FOLLOWUP_GUI_LOCAL_DATA": os.environ["FOLLOWUP_GUI_LOCAL_DATA"],
    }
    if url:
        env["FOLLOWUP_GUI_JOBTECH_URL"] = url
    return subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_fetch_ad_json_is_one_v2_application(server: AdServer) -> None:
    link = "https://arbetsformedlingen.se/platsbanken/annonser/28746073"
    result = run("fetch-ad", link, "--json", url=server.url)
    assert result.returncode == 0, result.stderr
    app = json.loads(result.stdout)
    assert app["job_title"] == "Group Product Manager - Customer Care"
    assert (app["company"], app["town"], app["deadline"]) == (
        "Volvo Personvagnar AB", "Stockholm", "2024-05-08",
    )  # fmt: skip
    assert app["contact"] == {"name": "Jonas Berglin", "email": "", "phone": "+46 31590000"}
    assert (app["source"], app["stage"], app["applied_on"]) == ("platsbanken", "saved", None)
    assert app["ad_url"] == link and app["ad_text"].startswith("Who are we?")
    assert {"rolling_selection", "ad_no_calls", "ad_only_shortlisted_contacted", "ad_reply_by",
            "how", "attachments", "id"} <= set(app)  # fmt: skip
    assert server.requests[0][0] == "/ad/28746073"


def test_fetch_ad_text_says_where_each_fact_came_from(server: AdServer) -> None:
    result = run("fetch-ad", "22884504", url=server.url, lang="sv_SE.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "Företag: Fazer Food Services AB  (Platsbanken)" in result.stdout
    assert "Ort: Kiruna  (Platsbanken)" in result.stdout
    assert "Så söker du:" in result.stdout


@pytest.mark.parametrize(
    ("ad", "says"),
    [
        (ad_server.NOT_FOUND, "has no ad 10404"),
        (ad_server.SERVER_ERROR, "HTTP 500"),
        (ad_server.BAD_JSON, "could not be read"),
        (ad_server.HTML, "text/html"),
        ("not-an-ad", "does not look like a Platsbanken link"),
    ],
)
def test_fetch_ad_exits_3_with_the_reason(server: AdServer, ad: str, says: str) -> None:
    result = run("fetch-ad", ad, "--json", url=server.url)
    assert result.returncode == 3
    assert result.stdout == ""
    assert says in result.stderr and "Traceback" not in result.stderr


def test_fetch_ad_offline_exits_3() -> None:
    result = run("fetch-ad", "28746073", url="http://127.0.0.1:9")
    assert result.returncode == 3
    assert "Could not reach Platsbanken" in result.stderr


def _store_with_demo(tmp_path: Path) -> Path:
    path = tmp_path / "applications.json"
    shutil.copyfile(DEMO_STORE, path)
    return path


def test_import_dry_run_writes_nothing(tmp_path: Path) -> None:
    path = _store_with_demo(tmp_path)
    before = path.read_bytes()
    source = tmp_path / "Job Applications.csv"
    source.write_text(LINKEDIN, encoding="utf-8")
    result = run("import", str(source), "--store", str(path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "New: 1", "  imp-" + result.stdout.split("imp-")[1].split()[0] +
        "  2024-11-20  Lagerarbetare (Acme AB)",
    ]  # fmt: skip
    assert "Changed: 0" in result.stdout and "Nothing was saved (--dry-run)." in result.stdout
    assert path.read_bytes() == before
    assert list_backups(path) == []


def test_import_merges_after_a_backup_and_a_second_run_finds_it_all_there(tmp_path: Path) -> None:
    path = _store_with_demo(tmp_path)
    path.write_text(v1_demo_text(), encoding="utf-8")  # a format v1 store
    count = len(store.load(path).applications)
    source = tmp_path / "Job Applications.csv"
    source.write_text(LINKEDIN, encoding="utf-8")
    result = run("import", str(source), "--store", str(path), lang="sv_SE.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "Nya: 1" in result.stdout and f"Sparade 1 i {path}" in result.stdout
    document = store.load(path)
    assert len(document.applications) == count + 1
    assert document.applications[-1].company == "Acme AB"
    made = list_backups(path)
    [backup] = [b for b in made if b.reason == "import"]
    assert store.load(backup.path).applications == document.applications[:-1]
    # a format v1 store: the import writes v2, so a migration copy is kept too
    assert [b.reason for b in made if b.reason != "import"] == ["migration"]
    again = run("import", str(source), "--store", str(path))
    assert "New: 0" in again.stdout and "Identical: 1" in again.stdout
    assert len(list_backups(path)) == 2  # nothing to write: no new backup


def test_import_reports_bad_rows_on_stderr_and_imports_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    source = tmp_path / "sheet.csv"
    source.write_text("Företag;Tjänst;Sökt\nA AB;Kock;2026-01-02\nB AB;Kock;igår\n", "utf-8")
    result = run("import", str(source), "--store", str(path))
    assert result.returncode == 0, result.stderr
    assert "New: 1" in result.stdout
    assert "line 3, Sökt: 'igår' is not a date" in result.stderr
    assert [a.company for a in store.load(path).applications] == ["A AB"]


@pytest.mark.parametrize(
    ("name", "data"),
    [("missing.csv", None), ("broken.json", b'{"format": '), ("picture.csv", b"\x89PNG\r\n\x1a\n"),
     ("nocolumns.csv", b"Firma;Jobb\nX;Y\n")],
)  # fmt: skip
def test_an_unreadable_file_exits_2_and_changes_nothing(
    tmp_path: Path, name: str, data: bytes | None
) -> None:
    path = _store_with_demo(tmp_path)
    before = path.read_bytes()
    source = tmp_path / name
    if data is not None:
        source.write_bytes(data)
    result = run("import", str(source), "--store", str(path))
    assert result.returncode == 2
    assert name in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert list_backups(path) == []


NO_NETWORK = textwrap.dedent(
    """
    import socket, sys

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            raise OSError("network use: socket" + repr(args[:2]))

    def refuse(*args, **kwargs):
        raise OSError("network use: " + repr(args[:2]))

    socket.socket = NoSocket
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from followup_gui.cli.command import main

    code = main(sys.argv[1:])
    sys.exit(code)
    """
)


@pytest.mark.parametrize(
    "args",
    [
        ["agenda", "--json", "--all"],
        ["calendar", "--out", "{tmp}/out.ics"],
        ["report", "--month", "2026-11"],
        ["stats", "--json"],
        ["import", "{tmp}/sheet.csv"],
        ["import", "{demo}", "--dry-run"],
        ["--startup-check"],
    ],
)
def test_nothing_but_fetch_ad_opens_a_socket(tmp_path: Path, args: list[str]) -> None:
    """Every Python socket is refused; the other commands and the app's start still work."""
    store_path = _store_with_demo(tmp_path)
    (tmp_path / "sheet.csv").write_text("Företag;Tjänst;Sökt\nA AB;Kock;2026-01-02\n", "utf-8")
    words = [a.replace("{tmp}", str(tmp_path)).replace("{demo}", str(DEMO_STORE)) for a in args]
    env = app_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, *words, "--store", str(store_path)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "network use" not in result.stderr


def test_the_socket_guard_itself_catches_fetch_ad(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, "fetch-ad", "28746073"],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "FOLLOWUP_GUI_JOBTECH_URL": "http://127.0.0.1:9"},
    )  # fmt: skip
    assert result.returncode == 3
    assert "network use" in result.stderr


def test_import_of_our_zip_export_copies_its_files_in(tmp_path: Path) -> None:
    import datetime as dt
    import io

    from followup_gui.model import Application, AttachmentKind, Document
    from followup_gui.store import attachments, bundle

    home = tmp_path / "laptop"
    home.mkdir()
    origin = home / "applications.json"
    app = Application("z1", "Kock", "Krogen AB", dt.date(2026, 1, 2))
    document = Document(applications=[app])
    store.save(document, origin)
    cv = attachments.add_bytes(origin, "z1", "cv.pdf", io.BytesIO(b"%PDF-1.4 cv"),
                               kind=AttachmentKind.CV, today=dt.date(2026, 1, 2))  # fmt: skip
    app.attachments.append(cv)
    store.save(document, origin)
    export = tmp_path / "followup-gui-export.zip"
    bundle.export_zip(document, origin, export)
    target = tmp_path / "desktop" / "applications.json"
    target.parent.mkdir()
    result = run("import", str(export), "--store", str(target))
    assert result.returncode == 0, result.stderr
    assert "New: 1" in result.stdout
    [arrived] = store.load(target).applications
    [copied] = arrived.attachments
    assert (attachments.folder_of(target) / copied.file).read_bytes() == b"%PDF-1.4 cv"


def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    result = run("import", str(pipe), "--store", str(tmp_path / "a.json"))
    assert result.returncode == 2
    assert "pipe.csv" in result.stderr


def test_import_of_another_copy_of_the_store_keeps_its_deletions_and_the_newer(
    tmp_path: Path,
) -> None:
    import datetime as dt
    from dataclasses import replace

    from followup_gui.model import Tombstone

    path = _store_with_demo(tmp_path)
    mine = store.load(path)
    first, second = mine.applications[0], mine.applications[1]
    copy = replace(mine, applications=list(mine.applications[1:]))
    later = dt.datetime(2030, 1, 1, 12, tzinfo=dt.UTC)
    copy.applications[0] = replace(second, notes="from the laptop", updated_at=later)
    copy.deleted = [Tombstone(first.id, later)]
    other = tmp_path / "laptop" / "applications.json"
    other.parent.mkdir()
    store.save(copy, other)
    result = run("import", str(other), "--store", str(path))
    assert result.returncode == 0, result.stderr
    assert "Deleted in the other copy: 1" in result.stdout
    merged = store.load(path)
    assert merged.find(first.id) is None  # the deletion came across
    assert [t.id for t in merged.deleted] == [first.id]
    assert merged.find(second.id).notes == "from the laptop"  # type: ignore[union-attr]
    assert merged.find(second.id).updated_at == later  # type: ignore[union-attr]
