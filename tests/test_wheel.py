"""A built wheel (not the source tree) finds its templates, fonts, labels and schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARABIC_SAMPLE, ROOT

pytestmark = pytest.mark.slow


def test_wheel_exports_the_sample(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("pressdesk-*.whl"))
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheel)],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, install.stderr
    out = tmp_path / "out"
    code = (
        "import sys, pressdesk; from pathlib import Path;"
        f"assert Path(pressdesk.__file__).is_relative_to({str(target)!r}), pressdesk.__file__;"
        "from pressdesk.cli.main import main;"
        f"sys.exit(main(['export', {str(ARABIC_SAMPLE)!r}, '-f', 'all', '-o', {str(out)!r}]))"
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env,
        cwd=tmp_path,
    )
    if proc.returncode != 0 and "not available" in proc.stderr:
        pytest.skip(proc.stderr)
    assert proc.returncode == 0, proc.stderr
    suffixes = sorted(p.suffix for p in Path(out).iterdir())
    assert suffixes == [".docx", ".html", ".pdf"]
