"""A one-line progress bar on the terminal's stderr (nothing at all when it is not a terminal).

A dozen lines of our own rather than a dependency: the CLI must start fast, and a bar that
redraws one line is all a batch export needs.
"""

from __future__ import annotations

import shutil
import sys
from typing import TextIO


class Progress:
    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self._drawn = False

    def step(self, label: str = "") -> None:
        """One more item done; redraw ``[#####.....] 3/10 label``."""
        self.done += 1
        if not self.enabled:
            return
        columns = shutil.get_terminal_size((80, 24)).columns
        bar_width = max(10, min(30, columns // 3))
        filled = round(bar_width * self.done / self.total)
        head = f"[{'#' * filled}{'.' * (bar_width - filled)}] {self.done}/{self.total} "
        line = head + label[: max(0, columns - len(head) - 1)]
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        """Remove the bar so that a message can be printed on a clean line."""
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = False

    def close(self, summary: str) -> None:
        """Replace the bar with a summary line (on a terminal only)."""
        if self.enabled:
            self.clear()
            self.stream.write(summary + "\n")
            self.stream.flush()
