"""The desktop app: everything that imports Qt lives in this package.

Importing it takes PySide's ``__feature__`` hook out of the import statement. PySide puts
that hook in front of ``__import__`` so that a module may write ``from __feature__ import
snake_case``; to know which modules might, it reads the source of every module imported
after PySide (``inspect.getsource``) and keeps it in ``linecache``: some 100 files and
3 MB before the first paint, for a feature this app does not use (tests/ui/
test_startup_fence.py checks that none of its modules asks for it). Imports then go
straight to PySide's own importer, which it had kept as ``__orig_import__``.
"""

import builtins

import PySide6.QtCore  # noqa: F401 - installs the hook that is taken out below


def _without_feature_hook() -> None:
    hooked = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if hooked is not None and original is not None and builtins.__import__ is hooked:
        builtins.__import__ = original


_without_feature_hook()
