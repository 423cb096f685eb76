"""Spell checking for the email composer, on Hunspell dictionaries we ship.

Backed by ``chunspell`` (import name ``hunspell``), which bundles libhunspell in its
wheels, so no system library is needed. Dictionaries live in ``resources/dictionaries``
(see ``LICENSES.md`` there). Loading the Swedish one costs about 0.2 s, so nothing is
loaded until a word is first checked (or :meth:`Speller.load` is called from a
background thread), and each language is loaded once per process.

Spelling is a help, not a gate: when the package or a dictionary is missing, a
:class:`Speller` says every word is right and reports ``available = False`` with a
``reason``, and the checklist tells the user that spelling was not checked.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, ClassVar, Final

from ..system.assets import resource

RESOURCES_ENV: Final = "FOLLOWUP_GUI_RESOURCES"
"""Points at a ``resources`` folder (holding ``dictionaries/``) instead of the default one."""

DICTIONARY_NAMES: Final[dict[str, str]] = {"sv": "sv_SE", "en": "en_US"}
_MAX_CACHED: Final = 50_000


def dictionary_dir() -> Path:
    """The folder with the ``.dic``/``.aff`` files: ``$FOLLOWUP_GUI_RESOURCES/dictionaries``
    (read at each call, so tests can point it elsewhere), else the app's resources folder
    as :mod:`followup_gui.system.assets` finds it (checkout, wheel or frozen bundle)."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override) / "dictionaries"
    return resource("dictionaries")


def dictionary_name(lang: str) -> str:
    """``sv``/``sv_SE``/``sv-FI`` → ``sv_SE``; anything else → ``en_US``."""
    return DICTIONARY_NAMES["sv" if lang.lower().startswith("sv") else "en"]


class Speller:
    """One language's dictionary plus a session list of words the user chose to ignore."""

    _instances: ClassVar[dict[str, Speller]] = {}
    _instances_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, name: str, directory: Path | None = None) -> None:
        """``name`` is a dictionary file stem such as ``sv_SE``; nothing is loaded yet."""
        self.name = name
        self.directory = directory
        self.reason = ""
        self._backend: Any = None
        self._loaded = False
        self._lock = threading.Lock()
        self._ignored: set[str] = set()
        self._answers: dict[str, bool] = {}

    @classmethod
    def for_language(cls, lang: str) -> Speller:
        """The shared speller of a language (``sv`` or ``en``), created once per process."""
        name = dictionary_name(lang)
        with cls._instances_lock:
            speller = cls._instances.get(name)
            if speller is None:
                speller = cls._instances[name] = cls(name)
            return speller

    @classmethod
    def clear_cache(cls) -> None:
        """Forget the shared spellers (tests that change the dictionary folder need it)."""
        with cls._instances_lock:
            cls._instances.clear()

    def load(self) -> bool:
        """Load the dictionary now (e.g. from a worker thread); True if it is usable."""
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    self._backend = self._open()
                    self._loaded = True
        return self._backend is not None

    @property
    def loaded(self) -> bool:
        """Whether loading has been tried, so that checking will not block (UI thread)."""
        return self._loaded

    @property
    def available(self) -> bool:
        """Whether words are really checked (loads the dictionary on first use)."""
        return self.load()

    def _open(self) -> Any:
        directory = self.directory or dictionary_dir()
        try:
            import hunspell  # noqa: PLC0415 - 0.2 s of loading kept off the startup path
        except ImportError as exc:
            self.reason = f"chunspell is not installed ({exc})"
            return None
        for suffix in (".dic", ".aff"):
            path = directory / f"{self.name}{suffix}"
            if not path.is_file():
                self.reason = f"dictionary file missing: {path}"
                return None
        try:
            # Paths go to libhunspell as bytes; UTF-8 is right on Linux and macOS, and on
            # Windows it makes chunspell use the long-path form that Hunspell widens itself.
            return hunspell.Hunspell(
                self.name, hunspell_data_dir=str(directory), system_encoding="utf-8"
            )
        except Exception as exc:  # a broken dictionary must not crash the UI
            self.reason = f"could not load {self.name}: {exc}"
            return None

    def check(self, word: str) -> bool:
        """True if the word is spelt right, ignored this session, or cannot be checked.

        Answers are cached: the composer re-checks the same words on every keystroke.
        """
        if not word or word.casefold() in self._ignored or not self.load():
            return True
        known = self._answers.get(word)
        if known is None:
            try:
                known = bool(self._backend.spell(word))
            except UnicodeError:  # a character the dictionary's encoding cannot hold
                known = True
            if len(self._answers) >= _MAX_CACHED:
                self._answers.clear()
            self._answers[word] = known
        return known

    def suggest(self, word: str) -> list[str]:
        """Corrections, best first (empty when nothing is loaded); ~150 ms: not per keystroke."""
        if not word or not self.load():
            return []
        try:
            return [str(s) for s in self._backend.suggest(word)]
        except UnicodeError:
            return []

    def add(self, word: str) -> None:
        """Accept a word for the rest of the session (the user's "Ignore")."""
        if word:
            self._ignored.add(word.casefold())

    @property
    def ignored(self) -> frozenset[str]:
        return frozenset(self._ignored)
