"""The command line as a user (or another program) runs it: through a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DEMO_COUNT, DEMO_STORE

NOW = "2026-11-26T09:00"


def run(*args: str, env_lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followup_gui.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "LANG": env_lang,
            "PATH": "/usr/bin:/bin",
            "PYTHONDONTWRITEBYTECODE": "1",
            "FOLLOWUP_GUI_LOCAL_DATA": os.environ["FOLLOWUP_GUI_LOCAL_DATA"],
        },
        check=False,
    )


def test_agenda_json_follows_the_contract() -> None:
    result = run("agenda", "--store", str(DEMO_STORE), "--now", NOW, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["now"] == NOW
    items = data["items"]
    assert len(items) == 11  # the closed ones only with --all
    assert {k for item in items for k in item} == {
        "id",
        "job_title",
        "company",
        "action",
        "earliest",
        "latest",
        "channel",
        "reasons",
    }
    assert items[0]["id"] == "demo-kodverket"
    assert items[0]["action"] == "thank_you"
    assert items[0]["earliest"] == "2026-11-26"
    assert items[0]["channel"] == "email"
    assert items[0]["reasons"][0]["rule"] == "thank_you_24h"
    actions = {item["action"] for item in items}
    assert actions == {
        "apply",
        "thank_you",
        "other_offer",
        "follow_up",
        "interview_scheduled",
        "wait",
        "await_reply",
    }


def test_agenda_all_includes_closed_last() -> None:
    result = run("agenda", "--store", str(DEMO_STORE), "--now", NOW, "--json", "--all")
    items = json.loads(result.stdout)["items"]
    assert len(items) == DEMO_COUNT
    assert items[-1]["action"] == "closed"
    assert items[-1]["earliest"] is None and items[-1]["channel"] is None


def test_agenda_today_means_the_start_of_the_day() -> None:
    result = run("agenda", "--store", str(DEMO_STORE), "--today", "2026-11-26", "--json")
    assert json.loads(result.stdout)["now"] == "2026-11-26T00:00"


@pytest.mark.parametrize(
    ("lang_args", "env_lang", "word"),
    [
        (["--lang", "sv"], "C.UTF-8", "Sista ansökningsdag"),
        (["--lang", "en"], "sv_SE.UTF-8", "Deadline"),
        ([], "sv_SE.UTF-8", "Sista ansökningsdag"),
        ([], "en_GB.UTF-8", "Deadline"),
    ],
)
def test_agenda_language(lang_args: list[str], env_lang: str, word: str) -> None:
    result = run(
        "agenda", "--store", str(DEMO_STORE), "--now", NOW, "--json", *lang_args, env_lang=env_lang
    )
    texts = [r["text"] for item in json.loads(result.stdout)["items"] for r in item["reasons"]]
    assert any(text.startswith(word) for text in texts)


def test_agenda_table_for_people() -> None:
    result = run("agenda", "--store", str(DEMO_STORE), "--now", NOW, "--lang", "sv", "--why")
    assert result.returncode == 0
    assert "Skicka tack" in result.stdout
    assert "[thank_you_24h]" in result.stdout
    assert result.stdout.index("Backend-utvecklare") < result.stdout.index("Projektledare bygg")


def test_missing_store_is_an_empty_agenda(tmp_path: Path) -> None:
    result = run("agenda", "--store", str(tmp_path / "none.json"), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["items"] == []
    assert not (tmp_path / "none.json").exists()


def test_invalid_store_exits_2_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "followup-gui", "schema_version": 1, "applications": [{}]}')
    before = path.read_bytes()
    result = run("agenda", "--store", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "bad.json" in result.stderr and "job_title" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["agenda", "--now", "2026-13-01T09:00"],
        ["agenda", "--today", "tomorrow"],
        ["agenda", "--now", NOW, "--today", "2026-11-26"],
        ["agenda", "--lang", "fi"],
        ["nonsense"],
    ],
)
def test_bad_arguments_exit_2(args: list[str], tmp_path: Path) -> None:
    result = run(*args, "--store", str(tmp_path / "x.json"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["nonsense"], "choose from 'agenda', 'calendar', 'report'"),
        (["--lang", "fi"], "choose from 'sv', 'en'"),
        (["--store"], "expected one argument"),
    ],
)
def test_a_mistake_is_told_with_the_whole_command_line(args: list[str], says: str) -> None:
    """The app starts from a parser of its own options; a mistake is answered by the full
    one, which names the commands."""
    result = run(*args)
    assert result.returncode == 2
    assert says in result.stderr
    assert "COMMAND" in result.stderr


def test_version() -> None:
    from followup_gui import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"followup-gui {__version__}"
