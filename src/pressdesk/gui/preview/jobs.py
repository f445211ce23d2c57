"""LatestJob: run a function off the GUI thread, one call at a time, keeping only the newest.

Typing asks for many previews; while one is being built, newer requests replace each other
and only the last one runs next. Results come back on the GUI thread through a signal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(int, object, object, float)  # sequence, result, error, seconds


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Any], Any], payload: Any, seq: int, relay: _Relay) -> None:
        super().__init__()
        self.fn, self.payload, self.seq, self.relay = fn, payload, seq, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        start = time.perf_counter()
        try:
            result, error = self.fn(self.payload), None
        except Exception as exc:  # reported to the GUI thread, shown in words there
            result, error = None, exc
        self.relay.done.emit(self.seq, result, error, time.perf_counter() - start)


class LatestJob(QObject):
    """``finished(result, seconds)`` or ``failed(exception)`` for the newest request only."""

    finished = Signal(object, float)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Any], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # The worker thread lives as long as this object, so the Qt font state it made
        # (its own font cache) is never freed while a result built with it is on screen;
        # an idle pool thread would otherwise retire after 30 s. (Results are laid out on
        # the GUI thread: see html_preview.)
        self._pool.setExpiryTimeout(-1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._seq = 0
        self._pending: tuple[int, Any] | None = None
        self._running = False

    def submit(self, payload: Any) -> None:
        self._seq += 1
        self._pending = (self._seq, payload)
        if not self._running:
            self._start()

    def busy(self) -> bool:
        return self._running or self._pending is not None

    def run_now(self, payload: Any) -> Any:
        """Run on the calling thread (tests, benchmarks) and deliver like a finished job."""
        start = time.perf_counter()
        result = self.fn(payload)
        self.finished.emit(result, time.perf_counter() - start)
        return result

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def _start(self) -> None:
        assert self._pending is not None
        seq, payload = self._pending
        self._pending = None
        self._running = True
        self._pool.start(_Task(self.fn, payload, seq, self._relay))

    def _done(self, seq: int, result: Any, error: Any, seconds: float) -> None:
        self._running = False
        if self._pending is not None:
            self._start()  # a newer request is waiting: this result is already stale
            return
        if seq != self._seq:
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result, seconds)
