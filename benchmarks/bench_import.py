"""Import speed: the IOM sample (text), and a long release as .docx, .html, .md and .txt.

In-process medians (the recogniser and readers), and the whole ``pressdesk import`` command.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "importers" / "data" / "iom-mena-imrf-briefing-ar.txt"


def median_ms(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def main() -> int:
    from pressdesk.importers import import_path
    from tests.importers.releases import AR, SUFFIX, WRITERS

    import_path(SAMPLE)  # warm: babel's month tables, regexes
    print(f"import sample .txt (in process): {median_ms(lambda: import_path(SAMPLE)):.1f} ms")
    long = AR.__class__(**{**AR.__dict__, "paragraphs": AR.paragraphs * 60})  # ~180 body paragraphs
    with tempfile.TemporaryDirectory() as tmp:
        for kind, writer in sorted(WRITERS.items()):
            path = writer(long, Path(tmp) / f"long{SUFFIX[kind]}")
            print(f"import 180-paragraph .{kind} (in process): "
                  f"{median_ms(lambda p=path: import_path(p)):.1f} ms")
        out = Path(tmp) / "x.pressrelease"
        cmd = [sys.executable, "-m", "pressdesk", "import", str(SAMPLE), "-o", str(out), "--force", "-q"]
        whole = median_ms(lambda: subprocess.run(cmd, check=True, capture_output=True))
        print(f"pressdesk import SAMPLE (whole process): {whole:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
