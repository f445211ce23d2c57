"""Whole-process time of ``pressdesk export SAMPLE -f all`` against LibreOffice's DOCX->PDF.

Issues 2 and 17: the export of all three formats should take under a third of the time
that ``soffice --headless --convert-to pdf`` needs for the same release's DOCX. Runs are
interleaved and both wall-clock and CPU (user+sys) medians are printed: on a loaded
machine the CPU ratio is the steadier one.

Run: ``.venv/bin/python benchmarks/bench_cli.py [REPEAT]``
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ARABIC_SAMPLE, ROOT


def run_once(cmd: list[str]) -> tuple[float, float]:
    """``(wall, CPU user+sys)`` seconds of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timed(cmd: list[str], repeat: int) -> float:
    """Median wall-clock milliseconds of ``repeat`` runs."""
    return statistics.median(run_once(cmd)[0] for _ in range(repeat)) * 1000


def soffice_cmd(tmp: str, docx: list[str], outdir: str) -> list[str] | None:
    soffice = shutil.which("soffice")
    if not soffice or not docx:
        return None
    return [soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless",
            "--convert-to", "pdf", "--outdir", outdir, *docx]


def compare(ours: list[str], theirs: list[str], repeat: int, target: float) -> None:
    """Run both commands ``repeat`` times, interleaved (the machine's load hits both
    alike), after one warm-up each; print wall-clock and CPU medians and their ratios."""
    run_once(ours)
    run_once(theirs)
    got: dict[str, list[tuple[float, float]]] = {"pressdesk": [], "soffice": []}
    for _ in range(repeat):
        got["pressdesk"].append(run_once(ours))
        got["soffice"].append(run_once(theirs))
    med = {k: (statistics.median(w for w, _ in v) * 1000, statistics.median(c for _, c in v) * 1000)
           for k, v in got.items()}
    for k, (wall, cpu) in med.items():
        print(f"  {k:<10} wall {wall:6.0f} ms   CPU {cpu:6.0f} ms   (median of {repeat})")
    print(f"  ratio      wall {med['pressdesk'][0] / med['soffice'][0]:.2f}   "
          f"CPU {med['pressdesk'][1] / med['soffice'][1]:.2f}   (target <= {target:.2f})")


def compile_sources() -> None:
    """Byte-compile the sources first, as an installed app has them (PYTHONDONTWRITEBYTECODE
    would otherwise make every run compile the modules changed since the last .pyc)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")],
                   check=True, capture_output=True)


def main() -> int:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    compile_sources()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "pressdesk", "export", str(ARABIC_SAMPLE), "-f", "all",
               "-o", str(out), "--stem", "s"]
        run_once(cmd)
        for step in ("html", "pdf", "docx"):
            one = [sys.executable, "-m", "pressdesk", "export", str(ARABIC_SAMPLE), "-f", step,
                   "-o", str(Path(tmp) / f"one.{step}")]
            print(f"pressdesk export -f {step}: {timed(one, 5):.0f} ms")
        lo = soffice_cmd(tmp, [str(out / "s.docx")], tmp)
        if lo is None:
            print("soffice not found: no ratio")
            return 0
        print("pressdesk export -f all  against  soffice --convert-to pdf of its DOCX:")
        compare(cmd, lo, repeat, 1 / 3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
