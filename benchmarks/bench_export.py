"""Compose and every exporter, in-process and warm: medians in milliseconds.

Targets (issues 2-4): sample compose <= 5 ms, HTML <= 5 ms, PDF <= 60 ms, DOCX <= 60 ms;
5,000 words PDF <= 500 ms.  Run: ``.venv/bin/python benchmarks/bench_export.py``
"""

from __future__ import annotations

import sys

from common import long_release, median_ms, sample
from pressdesk.compose.compose import compose
from pressdesk.render import RendererUnavailable, renderer
from pressdesk.templating import builtin_template


def main() -> int:
    template = builtin_template("classic")
    for label, release in (("sample", sample()), ("5000 words", long_release())):
        words = release.word_count()
        doc = compose(release, template)
        print(f"{label} ({words} words)")
        print(f"  compose  {median_ms(lambda r=release: compose(r, template)):8.2f} ms")
        for fmt in ("html", "docx", "pdf"):
            try:
                render = renderer(fmt)
            except RendererUnavailable as exc:
                print(f"  {fmt:<8} unavailable: {exc}")
                continue
            repeat = 20 if label == "sample" else 5
            print(f"  {fmt:<8} {median_ms(lambda d=doc, r=render: r(d), repeat=repeat):8.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
