"""Where the Hunspell dictionaries are, and loading one into the engine (chunspell).

PressDesk ships ``ar``, ``en_GB``, ``en_US`` and ``fr`` as package data
(``resources/dictionaries``, built by ``build_dictionaries``); folders in
``PRESSDESK_DICTIONARY_PATH`` and the system's Hunspell folders add others (``de``, ``he``...).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

SYSTEM_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"), Path("/usr/share/myspell"))


class Engine(Protocol):
    def spell(self, word: str) -> bool: ...
    def suggest(self, word: str) -> Any: ...
    def add(self, word: str) -> Any: ...


class EngineMissing(RuntimeError):
    """The spelling engine (the ``chunspell`` package) is not installed."""


def bundled_dir() -> Path:
    return Path(str(resources.files("pressdesk").joinpath("resources/dictionaries")))


def search_dirs() -> list[Path]:
    """Folders searched for ``NAME.aff``/``NAME.dic``, highest precedence first."""
    env = os.environ.get("PRESSDESK_DICTIONARY_PATH", "")
    extra = [Path(p) for p in env.split(os.pathsep) if p.strip()]
    return [*extra, bundled_dir(), *SYSTEM_DIRS]


def find_dictionary(name: str) -> Path | None:
    """The folder holding ``name.aff`` and ``name.dic``, or None."""
    for folder in search_dirs():
        for candidate in (folder / name, folder):
            if (candidate / f"{name}.aff").is_file() and (candidate / f"{name}.dic").is_file():
                return candidate
    return None


def engine_available() -> bool:
    try:
        import hunspell  # noqa: F401  (chunspell)
    except ImportError:
        return False
    return True


def load_engine(name: str) -> Engine | None:
    """A Hunspell engine for the dictionary ``name``; None when there is no such dictionary."""
    folder = find_dictionary(name)
    if folder is None:
        return None
    try:
        import hunspell  # chunspell: Hunspell itself, in the wheel
    except ImportError as exc:
        raise EngineMissing(str(exc)) from exc
    try:
        engine: Engine = hunspell.Hunspell(name, hunspell_data_dir=str(folder))
    except (OSError, UnicodeError, ValueError):
        return None
    return engine
