"""Run one function in a forked child process while this one goes on: a second core's help
for a command-line export, with no pool and no re-imports.

``start(fn, *args)`` forks; the child runs ``fn(*args)``, sends the pickled result back
through a pipe and exits without running this process's exit handlers. ``Child.result()``
is that value, or ``None`` when the child could not give one (it raised, was killed, or its
result did not pickle): the caller then does the work itself, which also raises the real
error, in words, where it belongs. So a child never decides an outcome; it only saves time.

Only where forking is safe (``safe``): Linux, this process has one Python thread and has not
loaded Qt (a fork copies only the calling thread, so a lock another thread held would stay
held in the child: the GUI never forks); and, unless the caller insists, where it pays
(``available``): a second core is idle.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any


def idle_cores() -> float:
    """Cores that processes other than this one are not using.

    On Linux from the number of tasks running right now (``/proc/loadavg``, this one
    included), not the load average: that one-minute mean still counts the export that
    ran a moment ago, or this process's own start. Elsewhere the load average.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = cores or 1
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            running = int(fh.read().split()[3].split("/")[0])
        return float(max(0, cores - max(0, running - 1)))
    except (OSError, ValueError, IndexError):
        pass
    try:
        return cores - os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average
        return float(cores)


def safe() -> bool:
    """True where this process may fork: Linux, one Python thread, no Qt (its own threads)."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules)


def available() -> bool:
    """True where a fork is safe and pays: a second core is idle."""
    return safe() and idle_cores() >= 1.5


class Child:
    """A forked child's pending result."""

    def __init__(self, pid: int, read_fd: int) -> None:
        self._pid = pid
        self._fd = read_fd
        self._done = False

    def result(self) -> Any | None:
        """The child's return value, or ``None`` if it gave none (waits for it to end)."""
        if self._done:
            return None
        self._done = True
        chunks = []
        with os.fdopen(self._fd, "rb") as pipe:
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        _, status = os.waitpid(self._pid, 0)
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            return None
        try:
            return pickle.loads(b"".join(chunks))
        except Exception:
            return None

    def cancel(self) -> None:
        """Stop the child and reap it (when this process gives up first)."""
        if self._done:
            return
        self._done = True
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGTERM)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        with contextlib.suppress(OSError):
            os.waitpid(self._pid, 0)


def start(fn: Callable[..., Any], *args: Any, force: bool = False) -> Child | None:
    """Run ``fn(*args)`` in a forked child; ``None`` (do it yourself) where that is not
    ``available`` (with ``force``: not ``safe``) or the fork fails."""
    if not (safe() if force else available()):
        return None
    for stream in (sys.stdout, sys.stderr):  # else the child would print their buffers again
        with contextlib.suppress(Exception):
            stream.flush()
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child: never returns
        code = 1
        try:
            os.close(read_fd)
            data = pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(data)
            code = 0
        except BaseException:  # the parent does the work again and reports what fails
            pass
        finally:
            os._exit(code)
    os.close(write_fd)
    return Child(pid, read_fd)
