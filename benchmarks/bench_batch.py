"""Twenty releases, all formats, in one process, against LibreOffice converting their DOCX.

Issue 17: a whole-process batch export of 20 releases (PDF, DOCX and HTML each) should
take at most a quarter of the time ``soffice --headless --convert-to pdf`` needs for the
20 DOCX files in one call. Measured twice: through the batch export command
(``pressdesk export A B ... -f all -o DIR``, which uses a pool of workers when a second
core is idle) and through ``pressdesk.pipeline.export`` in a loop in one fresh process.

Run: ``.venv/bin/python benchmarks/bench_batch.py [REPEAT]``
"""

from __future__ import annotations

import shutil
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


def sources(tmp: Path) -> list[Path]:
    """``COUNT`` distinct release files: the examples and test releases, cycled, copied
    under ``tmp`` beside the files they name (the batch command drops repeated paths)."""
    found = sorted([*(ROOT / "examples").glob("*.pressrelease"),
                    *(ROOT / "tests" / "data").glob("*.pressrelease")])
    out = []
    for k in range(COUNT):
        source = found[k % len(found)]
        folder = tmp / "src" / source.parent.name
        if not folder.exists():
            shutil.copytree(source.parent, folder)
        copy = folder / f"{source.stem}-{k:02d}.pressrelease"
        shutil.copyfile(source, copy)
        out.append(copy)
    return out


def main() -> int:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    compile_sources()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        out.mkdir()
        files = [str(f) for f in sources(Path(tmp))]
        cmd = [sys.executable, "-c", CHILD, *files, str(out)]
        run_once(cmd)
        docx = sorted(str(p) for p in out.glob("*.docx"))
        lo = soffice_cmd(tmp, docx, str(Path(tmp) / "lo-out"))
        if lo is None:
            print("soffice not found: no ratio")
            return 0
        batch = [sys.executable, "-m", "pressdesk", "export", *files, "-f", "all",
                 "-o", str(Path(tmp) / "batch"), "-q"]
        print(f"pressdesk export of {COUNT} releases, -f all, one command  against  "
              f"soffice --convert-to pdf of the {len(docx)} DOCX in one call:")
        compare(batch, lo, repeat, 0.25)
        print(f"pipeline.export of {COUNT} releases x 3 formats, serially in one process  against  "
              "the same soffice call:")
        compare(cmd, lo, repeat, 0.25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
