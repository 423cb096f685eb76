"""The store file (docs/file-format.md): read and check it, write it, keep it safe on disk.

Contract 3's ``followup_gui.store.load``, ``save`` and ``StoreError`` are here, with the rest
of the store's public face; the modules beside this one each do one part of the job.
"""

import importlib
from typing import TYPE_CHECKING

from .errors import StoreError
from .files import (
    FileTooBigError,
    NotRegularFileError,
    atomic_write_bytes,
    cleanup_stale_temp_files,
    open_regular_file,
    os_error_reason,
    read_regular_file,
)
from .limits import (
    FIRST_DAY,
    LAST_DAY,
    MAX_ACTIVITIES,
    MAX_ATTACHMENTS,
    MAX_CONTACTS,
    MAX_FILE_BYTES,
    MAX_INTERVIEWS,
    MAX_LONG_TEXT,
    MAX_MONTHLY_TARGET,
    MAX_REPORTED_MONTHS,
    MAX_SHORT_TEXT,
    MAX_URL_TEXT,
)
from .paths import ATTACHMENTS_FOLDER, FILE_NAME, default_path

if TYPE_CHECKING:
    from .parse import load, load_or_new, loads, new_document
    from .records import attachment_path_problem
    from .saving import on_disk_version, save, save_problem
    from .write import application_from_record, application_record, dumps, to_json_obj

_READ_AND_WRITE = {
    "load": "parse", "load_or_new": "parse", "loads": "parse", "new_document": "parse",
    "attachment_path_problem": "records",
    "on_disk_version": "saving", "save": "saving", "save_problem": "saving",
    "application_from_record": "write", "application_record": "write", "dumps": "write",
    "to_json_obj": "write",
}  # fmt: skip


def __getattr__(name: str) -> object:
    """Reading and writing the file load on first use: a start that paints the list from
    its cache (or an empty store's) reads the store only after the first paint (issue 27)."""
    module = _READ_AND_WRITE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ATTACHMENTS_FOLDER",
    "FILE_NAME",
    "FIRST_DAY",
    "LAST_DAY",
    "MAX_ACTIVITIES",
    "MAX_ATTACHMENTS",
    "MAX_CONTACTS",
    "MAX_FILE_BYTES",
    "MAX_INTERVIEWS",
    "MAX_LONG_TEXT",
    "MAX_MONTHLY_TARGET",
    "MAX_REPORTED_MONTHS",
    "MAX_SHORT_TEXT",
    "MAX_URL_TEXT",
    "FileTooBigError",
    "NotRegularFileError",
    "StoreError",
    "application_from_record",
    "application_record",
    "atomic_write_bytes",
    "attachment_path_problem",
    "cleanup_stale_temp_files",
    "default_path",
    "dumps",
    "load",
    "load_or_new",
    "loads",
    "new_document",
    "on_disk_version",
    "open_regular_file",
    "os_error_reason",
    "read_regular_file",
    "save",
    "save_problem",
    "to_json_obj",
]
