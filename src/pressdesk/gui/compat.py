"""Work-arounds for bugs in the Qt bindings, applied once when the app (or a test) starts.

PySide6 6.12.0 on Python 3.11: ``SignalInstance.emit()`` returns ``True`` without taking a
reference to it, so every signal emitted from Python takes one reference away from the
``True`` object. After a few hundred emits (a few sentences of typing) its count reaches
zero and CPython aborts with "bool_dealloc: deallocating True or False". Python 3.12 made
``True`` immortal, so there it is harmless. We detect the leak and give ``True`` (and
``False``) a reserve of references large enough never to run out; extra references to the
bool singletons are harmless, so this is safe even once PySide is fixed.

PySide6 also reads the whole source file of every module imported after it, to learn
whether the module mentions "PySide6" (``_mod_uses_pyside`` in its ``__feature__``
support, PYSIDE-2029): about 30 ms of a cold start. The answer only matters to a module
that selects a feature (``from __feature__ import snake_case``); PressDesk never does, so
``skip_feature_source_scan`` answers "uses PySide, no feature" without reading anything.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_applied = False
FEATURE_MODULE = "shibokensupport.feature"  # PySide6's __feature__ support, once QtCore is in


def _uses_pyside(module: object) -> bool:
    return True  # "no feature selected" is what every PressDesk module gets either way


def skip_feature_source_scan() -> bool:
    """Stop PySide6 reading each imported module's source; ``False`` where there is no scan
    of that shape to skip (another PySide: ``tests/gui/test_compat.py`` then fails)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True


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
