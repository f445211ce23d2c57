"""Batch export: one ``pressdesk export A B ... -f all`` against one process per release.

Each variant runs in a fresh Python process (cold: imports included, as a user runs it),
exporting the same releases (every example and test release, twice over) to PDF, DOCX and
HTML. Prints seconds (median of ``--repeat`` runs) per variant:

- ``per-file``: one ``pressdesk export`` process per release (what a shell loop does),
- ``serial``: one process, releases one after another (``workers=1``),
- ``pool``: one process with a pool of two workers,
- ``auto``: the default (a pool only when a second core is idle).

Wall-clock time is what a user waits; CPU time (all processes) shows what a pool costs
on a machine whose cores are busy with other work.

Run: ``.venv/bin/python benchmarks/bench_batch_pool.py [--copies 2] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT

RELEASES = [*sorted((ROOT / "examples").glob("*.pressrelease")),
            *sorted((ROOT / "tests" / "data").glob("*.pressrelease"))]
_BATCH = (
    "import sys; from pathlib import Path; from pressdesk.batch import plan, run;"
    "files = [Path(p) for p in sys.argv[3:]];"
    "items = plan(files, ['pdf', 'docx', 'html'], Path(sys.argv[1]));"
    "bad = [o for o in run(items, workers=int(sys.argv[2]) or None) if not o.ok];"
    "sys.exit(1 if bad else 0)"
)


def _timed(commands: list[list[str]]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, every process) of running the commands."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    for cmd in commands:
        subprocess.run(cmd, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - start, cpu


def main() -> int:
    args = argparse.ArgumentParser()
    args.add_argument("--copies", type=int, default=2)
    args.add_argument("--repeat", type=int, default=3)
    args.add_argument("--only", nargs="*", default=(), help="variants to run (default all)")
    opts = args.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(opts.copies):
            for src in RELEASES:
                dst = Path(tmp) / f"{i}-{src.name}"
                shutil.copy(src, dst)
                files.append(str(dst))
        out = Path(tmp) / "out"
        py = sys.executable
        variants = {
            "per-file": [[py, "-m", "pressdesk", "export", f, "-f", "all", "-o", str(out), "-q",
                          "--stem", Path(f).stem] for f in files],
            "serial": [[py, "-c", _BATCH, str(out), "1", *files]],
            "pool": [[py, "-c", _BATCH, str(out), "2", *files]],
            "auto": [[py, "-c", _BATCH, str(out), "0", *files]],
        }
        print(f"{len(files)} releases to PDF, DOCX and HTML, median of {opts.repeat} runs")
        for name, commands in variants.items():
            if opts.only and name not in opts.only:
                continue
            runs = [_timed(commands) for _ in range(opts.repeat)]
            med = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            print(f"  {name:<9} {med:7.2f} s wall  {cpu:6.2f} s CPU  "
                  f"{med / len(files) * 1000:5.0f} ms per release"
                  f"   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
