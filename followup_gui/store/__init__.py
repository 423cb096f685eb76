"""The store file (docs/file-format.md): read and check it, write it, keep it safe on disk.

Contract 3's ``followup_gui.store.load``, ``save`` and ``StoreError`` are here, with the rest
of the store's public face; the modules beside this one each do one part of the job.
"""

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
from .parse import load, load_or_new, loads, new_document
from .paths import ATTACHMENTS_FOLDER, FILE_NAME, default_path
from .records import attachment_path_problem
from .save import on_disk_version, save, save_problem
from .write import application_from_record, application_record, dumps, to_json_obj

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
