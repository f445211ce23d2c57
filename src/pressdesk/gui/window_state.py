"""Window geometry and similar per-machine state: an INI file beside the settings (QSettings)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSettings

from pressdesk import paths


def window_state() -> QSettings:
    folder = paths.config_dir()
    with contextlib.suppress(OSError):  # QSettings then keeps the values in memory only
        folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
