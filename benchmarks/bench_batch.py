"""Twenty releases, all formats, in one process, against LibreOffice converting their DOCX.

Issue 17: a whole-process batch export of 20 releases (PDF, DOCX and HTML each) should
take at most a quarter of the time ``soffice --headless --convert-to pdf`` needs for the
20 DOCX files in one call. Until the batch export command lands, the batch runs through
``pressdesk.pipeline.export`` in one fresh Python process.

Run: ``.venv/bin/python benchmarks/bench_batch.py [REPEAT]``
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench_cli import compare, compile_sources, run_once, soffice_cmd

from common import ROOT

COUNT = 20

CHILD = """
import sys
from pathlib import Path
from pressdesk.model import load_release
from pressdesk.pipeline import export
files, out = sys.argv[1:-1], Path(sys.argv[-1])
for k, name in enumerate(files):
    export(load_release(name), ["pdf", "docx", "html"], out, stem=f"r{k:02d}")
"""


def sources() -> list[Path]:
    """``COUNT`` releases: the examples and test releases, cycled."""
    found = sorted([*(ROOT / "examples").glob("*.pressrelease"),
                    *(ROOT / "tests" / "data").glob("*.pressrelease")])
    return [found[k % len(found)] for k in range(COUNT)]


def main() -> int:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    compile_sources()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        out.mkdir()
        cmd = [sys.executable, "-c", CHILD, *map(str, sources()), str(out)]
        run_once(cmd)
        docx = sorted(str(p) for p in out.glob("*.docx"))
        lo = soffice_cmd(tmp, docx, str(Path(tmp) / "lo-out"))
        if lo is None:
            print("soffice not found: no ratio")
            return 0
        print(f"pressdesk: {COUNT} releases x 3 formats in one process  against  "
              f"soffice --convert-to pdf of the {len(docx)} DOCX in one call:")
        compare(cmd, lo, repeat, 0.25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
