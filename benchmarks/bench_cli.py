"""Whole-process time of ``pressdesk export SAMPLE -f all`` against LibreOffice's DOCX->PDF.

Issue 2: the export of all three formats should take under a third of the time that
``soffice --headless --convert-to pdf`` needs for the same release's DOCX.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ARABIC_SAMPLE


def timed(cmd: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def libreoffice_ms(tmp: str, docx: list[str], outdir: str) -> float | None:
    """Median whole-process time of ``soffice --convert-to pdf`` of ``docx`` in one call
    (after one start that builds LibreOffice's profile); ``None`` without LibreOffice."""
    soffice = shutil.which("soffice")
    if not soffice or not docx:
        return None
    lo = [soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless",
          "--convert-to", "pdf", "--outdir", outdir, *docx]
    subprocess.run(lo, check=True, capture_output=True)
    return timed(lo, 3)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "pressdesk", "export", str(ARABIC_SAMPLE), "-f", "all",
               "-o", str(out), "--stem", "s"]
        ours = timed(cmd, 5)
        print(f"pressdesk export -f all: {ours:.0f} ms (median of 5)")
        for step in ("html", "pdf", "docx"):
            one = [sys.executable, "-m", "pressdesk", "export", str(ARABIC_SAMPLE), "-f", step,
                   "-o", str(Path(tmp) / f"one.{step}")]
            print(f"pressdesk export -f {step}: {timed(one, 5):.0f} ms")
        docx = out / "s.docx"
        theirs = libreoffice_ms(tmp, [str(docx)] if docx.exists() else [], tmp)
        if theirs:
            print(f"soffice --convert-to pdf: {theirs:.0f} ms (median of 3)")
            print(f"ratio: {ours / theirs:.2f} (target < 0.33)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
