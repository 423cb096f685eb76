"""Kill a saving process at random moments: the store must always load whole.

A child process saves ever newer versions of a store in a loop; the test kills it with
SIGKILL at a random moment, 60 times, and each time the file must load as exactly one
of the versions the child wrote. (Run once against a plain ``open(path, "w")`` save,
this test fails within a few kills: a truncated or half-written file.)
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from followup_gui import store
from followup_gui.model import Document

from .factories import make_app

KILLS = 60

CHILD = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from tests.test_crash_safety import version
from followup_gui import store
from followup_gui.model import Document
path = Path(sys.argv[1])
n = int(sys.argv[3])
print("ready", flush=True)
while True:
    n += 1
    store.save(version(n), path)
"""


def version(n: int) -> Document:
    """Version ``n`` of the store: big enough that a write takes a while."""
    document = store.new_document()
    document.profile.name = f"version {n}"
    document.applications = [
        make_app(id=f"a{i}", notes=f"v{n} " + "anteckning " * 200) for i in range(40 + n % 7)
    ]
    return document


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_store_survives_sigkill_during_saves(tmp_path: Path) -> None:
    path = tmp_path / "applications.json"
    root = str(Path(__file__).resolve().parent.parent)
    rng = random.Random(20261126)
    store.save(version(0), path)
    last = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), root, str(last)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        document = store.load(path)  # must never raise
        n = int(document.profile.name.removeprefix("version "))
        assert n >= last
        assert store.to_json_obj(document) == store.to_json_obj(version(n))
        last = n
        store.cleanup_stale_temp_files(path)
    assert last > KILLS  # the child really was saving while it was killed
