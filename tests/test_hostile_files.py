"""Hostile store files through every entry point (issue 13 items 1-4, B, C).

``store.load`` is covered in test_store_v2.py; here the command line (``agenda``) and the
window's ``--startup-check`` run as a user starts them: each must exit 2 with a message that
says why, never a traceback or a hang, and leave the file exactly as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from followup_gui import store

from .conftest import app_env
from .test_store import MINIMAL_APP

NAME = "applications.json"


def store_text(**app: object) -> str:
    return json.dumps(
        {"format": "followup-gui", "schema_version": 2, "applications": [dict(MINIMAL_APP, **app)]}
    )


def write(text: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_text(text, encoding="utf-8")

    return make


def fifo(path: Path) -> None:
    os.mkfifo(path)


def dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def sparse_huge(path: Path) -> None:
    with open(path, "wb") as out:
        out.truncate(store.MAX_FILE_BYTES + 1)


POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX files")

# (id, how to make the file, a word the message must hold)
HOSTILE = [
    pytest.param(write(store_text(applied_on="0001-01-01")), "1900-01-01", id="year-1"),
    pytest.param(write(store_text(deadline="9999-12-31")), "deadline", id="year-9999"),
    pytest.param(
        write(store_text(interviews=[{"at": "9999-12-31T23:59"}])), "interviews[0].at", id="iv"
    ),
    pytest.param(write(store_text(job_title="\ud800")), "surrogate", id="surrogate-title"),
    pytest.param(write(store_text(id="x\udfff")), "surrogate", id="surrogate-id"),
    pytest.param(write(store_text(job_title="x" * 2_000_000)), "at most", id="huge-title"),
    pytest.param(
        write(store_text(contacts=[{"at": "2026-03-05T09:00"}] * 20_000)), "contacts", id="20k"
    ),
    pytest.param(
        write(
            '{"format": "followup-gui", "schema_version": 2, "applications": '
            f'[{json.dumps(MINIMAL_APP)}], "applications": []}}'
        ),
        "twice",
        id="duplicate-key",
    ),
    pytest.param(write(store_text(x_big=0).replace("0}", "1e400}")), "too large", id="1e400"),
    pytest.param(fifo, "named pipe", id="fifo", marks=POSIX_ONLY),
    pytest.param(dev_zero, "device", id="dev-zero", marks=POSIX_ONLY),
    pytest.param(sparse_huge, "too large", id="over-the-cap"),
]


def fingerprint(path: Path) -> object:
    info = path.lstat()
    if info.st_size > 50_000_000:
        return (info.st_size, info.st_mtime_ns, info.st_mode)
    if not path.is_file() or path.is_symlink():
        return (info.st_mode, os.readlink(path) if path.is_symlink() else None)
    return path.read_bytes()


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = app_env(tmp_path, LANG="C.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.parametrize(("make", "word"), HOSTILE)
def test_agenda_refuses_a_hostile_store_and_keeps_it(
    tmp_path: Path, make: Callable[[Path], None], word: str
) -> None:
    path = tmp_path / NAME
    make(path)
    before = fingerprint(path)
    result = run(["agenda", "--store", str(path), "--json", "--now", "2026-05-01T09:00"], tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert word in result.stderr
    assert result.stdout == ""
    assert fingerprint(path) == before


@pytest.mark.parametrize(("make", "word"), HOSTILE)
def test_startup_check_refuses_a_hostile_store_and_keeps_it(
    tmp_path: Path, make: Callable[[Path], None], word: str
) -> None:
    path = tmp_path / NAME
    make(path)
    before = fingerprint(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    result = run(["--store", str(path), "--startup-check"], tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert word in result.stderr
    assert fingerprint(path) == before
    made = {p.name for p in tmp_path.iterdir()} - {"config", "data", "cache"}
    assert made == set(listing)  # no backup, no set-aside copy, no temp file
