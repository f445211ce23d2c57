"""Autosave to a recovery file while there are unsaved changes, and find it after a crash.

A recovery file is the release (``dumps_release``) plus a small JSON note saying which
file it belongs to and which process wrote it, both written atomically into
``paths.recovery_dir()``. Saving or closing cleanly removes them; files of a process
that is still running (another PressDesk window) are left alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from pressdesk import paths
from pressdesk.gui.editor import ReleaseEditor
from pressdesk.model import Release, ReleaseError, dumps_release, load_release
from pressdesk.util.atomic import write_atomic

INTERVAL_MS = 5000


@dataclass(frozen=True)
class Recovery:
    file: Path
    original: Path | None  # the release file it was a copy of (None: never saved)
    saved_at: str  # ISO date-time, local
    pid: int

    def load(self) -> Release:
        return load_release(self.file)

    def discard(self) -> None:
        for path in (self.file, _note(self.file)):
            with contextlib.suppress(OSError):
                path.unlink()


def _note(file: Path) -> Path:
    return file.with_suffix(".json")


def recovery_file(pid: int | None = None) -> Path:
    return paths.recovery_dir() / f"autosave-{pid or os.getpid()}.pressrelease"


def write_recovery(release: Release, original: Path | None, pid: int | None = None) -> Path:
    """Write (atomically) the recovery copy of a release and its note."""
    file = recovery_file(pid)
    file.parent.mkdir(parents=True, exist_ok=True)
    note = {
        "original": str(original) if original else None,
        "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        "pid": pid or os.getpid(),
    }
    write_atomic(_note(file), json.dumps(note, ensure_ascii=False).encode("utf-8"))
    write_atomic(file, dumps_release(release))
    return file


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own file: left over by an earlier run with the same pid
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def find_recoveries() -> list[Recovery]:
    """Recovery files left by PressDesk runs that ended without saving, newest first."""
    folder = paths.recovery_dir()
    found = []
    try:
        files = sorted(folder.glob("autosave-*.pressrelease"))
    except OSError:
        return []
    for file in files:
        try:
            note = json.loads(_note(file).read_text("utf-8"))
        except (OSError, ValueError):
            note = {}
        pid = int(note.get("pid") or 0) if str(note.get("pid", "")).isdigit() else 0
        if pid and _alive(pid):
            continue
        original = note.get("original")
        found.append(Recovery(file, Path(original) if original else None,
                              str(note.get("saved_at", "")), pid))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


class Autosaver(QObject):
    """Every few seconds, if there are unsaved changes since the last copy, write one."""

    def __init__(self, editor: ReleaseEditor, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.editor = editor
        self.file = recovery_file()
        self.error = ""
        self._revision = -1
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        editor.modified_changed.connect(self._modified)

    def save_now(self) -> bool:
        """Write the recovery copy if anything changed since the last one."""
        if not self.editor.is_modified() or self.editor.revision == self._revision:
            return False
        try:
            write_recovery(self.editor.release, self.editor.file)
        except (OSError, ReleaseError) as exc:
            self.error = str(exc)  # shown in the status bar; typing goes on
            return False
        self.error = ""
        self._revision = self.editor.revision
        return True

    def remove(self) -> None:
        Recovery(self.file, None, "", os.getpid()).discard()
        self._revision = -1

    def _modified(self, modified: bool) -> None:
        if not modified:
            self.remove()
