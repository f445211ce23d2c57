"""The work-arounds for the Qt bindings in gui/compat.py still find what they change."""

from __future__ import annotations

import subprocess
import sys

import PySide6.QtCore  # noqa: F401  (loads the __feature__ support the scan lives in)

from pressdesk.gui import compat


def test_the_feature_source_scan_is_there_to_skip() -> None:
    """Fails when a PySide upgrade renames or drops ``_mod_uses_pyside``: then check whether
    PySide still reads every imported module's source, and update or drop the work-around."""
    feature = sys.modules.get(compat.FEATURE_MODULE)
    assert feature is not None, f"{compat.FEATURE_MODULE} is not loaded by PySide6.QtCore"
    assert callable(getattr(feature, "_mod_uses_pyside", None))
    assert "_mod_uses_pyside" in feature.feature_imported.__code__.co_names
    assert compat.skip_feature_source_scan()
    assert feature._mod_uses_pyside is compat._uses_pyside


def test_after_the_skip_an_import_reads_no_source() -> None:
    code = (
        "import linecache, sys\n"
        "import PySide6.QtCore\n"
        "from pressdesk.gui.compat import skip_feature_source_scan\n"
        "assert skip_feature_source_scan()\n"
        "linecache.clearcache()\n"
        "import json.tool, email.mime.text\n"
        "read = [f for f in linecache.cache if 'json' in f or 'email' in f]\n"
        "assert not read, read\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
