"""What journalists get when they copy text out of our PDFs, per reader (issue 17).

For every release in ``examples/`` and ``tests/data/`` (or the files given), renders the
PDF and reads its text back with poppler (``pdftotext``), pdfium (``pypdfium2``, Chrome's
reader), MuPDF (``pymupdf``, when installed) and pdf.js (Firefox's reader, when
``PRESSDESK_PDFJS`` names a folder where ``npm install --prefix FOLDER pdfjs-dist@4`` ran).
Prints, per release and reader, the share of the release's words found in reading order,
and the count of characters that do not belong in copied text: presentation forms
(U+FB50-FDFF, U+FE70-FEFF) and private-use code points. Targets: pdfium >= 95 %
everywhere, poppler 100 %, no such characters.

Run: ``.venv/bin/python benchmarks/bench_pdf_readers.py [FILE.pressrelease ...]``
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from common import ROOT
from pressdesk.model import load_release
from pressdesk.pipeline import prepare
from pressdesk.render.pdf import render_pdf

sys.path.insert(0, str(ROOT))
from tests.conformance.readers import in_order_ratio
from tests.render_pdf.pdf_helpers import mupdf_text as mupdf
from tests.render_pdf.pdf_helpers import pdfium_text as pdfium


def poppler(data: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                             capture_output=True, check=True, timeout=60)
    return out.stdout.decode("utf-8")


def pdfjs(data: bytes) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(data)
        script = Path(__file__).parent / "pdfjs" / "text.mjs"
        env = {**os.environ, "NODE_PATH": str(Path(os.environ["PRESSDESK_PDFJS"], "node_modules"))}
        # an ES module resolves packages from its own folder up: run a copy beside node_modules
        copy = Path(os.environ["PRESSDESK_PDFJS"]) / "pressdesk-text.mjs"
        copy.write_text(script.read_text("utf-8"), "utf-8")
        out = subprocess.run(["node", str(copy), str(path)], capture_output=True, check=True,
                             timeout=60, env=env)
    return out.stdout.decode("utf-8")


def readers() -> dict[str, Callable[[bytes], str]]:
    out: dict[str, Callable[[bytes], str]] = {}
    if shutil.which("pdftotext"):
        out["poppler"] = poppler
    for name, func, module in (("pdfium", pdfium, "pypdfium2"), ("mupdf", mupdf, "pymupdf")):
        try:
            __import__(module)
        except ImportError:
            continue
        out[name] = func
    if os.environ.get("PRESSDESK_PDFJS") and shutil.which("node"):
        out["pdf.js"] = pdfjs
    return out


def odd_chars(text: str) -> int:
    """Presentation forms and private-use code points in extracted text."""
    return sum(1 for ch in text if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF
               or 0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000)


def releases(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return sorted([*(ROOT / "examples").glob("*.pressrelease"),
                   *(ROOT / "tests" / "data").glob("*.pressrelease")])


def main() -> int:
    found = readers()
    print(f"{'release':<34}" + "".join(f"{name:>16}" for name in found))
    worst = dict.fromkeys(found, 1.0)
    for path in releases(sys.argv[1:]):
        doc = prepare(load_release(path)).document
        expected = "\n".join(b.text for b in doc.blocks)
        data = render_pdf(doc)
        cells = []
        for name, read in found.items():
            text = read(data)
            ratio = in_order_ratio(expected, text)
            worst[name] = min(worst[name], ratio)
            cells.append(f"{ratio * 100:9.1f}% {odd_chars(text):>5}")
        print(f"{path.name:<34}" + "".join(f"{c:>16}" for c in cells))
    print(f"{'worst':<34}" + "".join(f"{worst[n] * 100:9.1f}%      " for n in found))
    print("(each cell: words in reading order, presentation-form/private-use chars)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
