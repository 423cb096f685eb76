"""What a start costs up to the first paint, counted rather than timed (issue 27's fence).

``python tests/startup_probe.py OUT ARGS…`` runs ``followup-gui ARGS…`` (give it
``--startup-check``) in this process with ``tracemalloc`` on from the first line, and
when the app leaves at its first paint (``os._exit`` after the window painted) writes
to ``OUT`` as JSON: the modules imported, the bytes Python allocated (now and at the
peak), the objects the collector tracks, the Python ``Enum`` classes made (PySide makes
one per Qt enum a module touches, about 0.1 ms each) and the modules whose source
PySide's import hook read (``shibokensupport.feature``: it opens the source of every
module imported after PySide to look for ``from __feature__``).

Counts move only when the code changes, never with the machine's load: timing is for
``make bench``, this is for ``make test`` (tests/ui/test_startup_fence.py).
"""

from __future__ import annotations

import tracemalloc

tracemalloc.start()

import enum  # noqa: E402 - after tracemalloc on purpose
import gc  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

_enums: list[str] = []
_create: Any = getattr(enum.EnumType, "_create_")  # noqa: B009 - private, unknown to mypy


def _counting_create(cls: type, class_name: str, *args: object, **kwargs: object) -> object:
    _enums.append(str(kwargs.get("qualname") or class_name))
    return _create(cls, class_name, *args, **kwargs)


setattr(enum.EnumType, "_create_", _counting_create)  # noqa: B010


def _report(out: str) -> None:
    current, peak = tracemalloc.get_traced_memory()
    modules = sorted(sys.modules)  # before json: the app's own, not this report's
    import json

    feature = sys.modules.get("shibokensupport.feature")
    looked_at = getattr(feature, "pyside_feature_dict", {})
    data = {
        "modules": modules,
        "traced_bytes": current,
        "traced_peak_bytes": peak,
        "gc_objects": len(gc.get_objects()),
        "enums": _enums,
        "feature_checked": sorted(looked_at),
    }
    with open(out, "w", encoding="utf-8") as file:
        json.dump(data, file)


def main() -> None:
    out, args = sys.argv[1], sys.argv[2:]
    real_exit = os._exit

    def exit_after_report(code: int) -> None:
        if code == 0:
            _report(out)
        real_exit(code)

    os._exit = exit_after_report  # type: ignore[assignment]
    sys.argv = ["followup-gui", *args]
    from followup_gui.cli.command import main as app_main

    code = app_main()
    real_exit(code if code else 1)  # the check leaves by os._exit once painted, never here


if __name__ == "__main__":
    main()
