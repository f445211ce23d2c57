"""Work-arounds for bugs in the Qt bindings, applied once when the app (or a test) starts.

PySide6 6.12.0 on Python 3.11: ``SignalInstance.emit()`` returns ``True`` without taking a
reference to it, so every signal emitted from Python takes one reference away from the
``True`` object. After a few hundred emits (a few sentences of typing) its count reaches
zero and CPython aborts with "bool_dealloc: deallocating True or False". Python 3.12 made
``True`` immortal, so there it is harmless. We detect the leak and give ``True`` (and
``False``) a reserve of references large enough never to run out; extra references to the
bool singletons are harmless, so this is safe even once PySide is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_applied = False


def emit_leaks_true() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def void_call_leaks_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def protect_bool_singletons() -> bool:
    """Apply the work-around when this PySide leaks; returns whether it was needed."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return _applied
    leaks: tuple[object, ...] = (True, False) if emit_leaks_true() else ()
    if void_call_leaks_none():
        leaks += (None,)
    if not leaks:
        return False
    for obj in leaks:
        count = ctypes.c_ssize_t.from_address(id(obj))
        before = sys.getrefcount(obj)
        count.value += _RESERVE
        if sys.getrefcount(obj) - before != _RESERVE:  # not the layout we expect: undo
            count.value -= _RESERVE
            return False
    _applied = True
    return True
