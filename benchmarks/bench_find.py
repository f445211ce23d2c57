"""Find in every field of a long release: the first search and each keystroke after it.

    .venv/bin/python benchmarks/bench_find.py
"""

from __future__ import annotations

import sys

from common import long_release, median_ms
from pressdesk.gui.editor.paths import get, text_paths
from pressdesk.util.textsearch import SearchOptions, find_all, fold


def search(release, query: str, options: SearchOptions) -> int:  # type: ignore[no-untyped-def]
    return sum(len(find_all(get(release, p) or "", query, options)) for p in text_paths(release))


def main() -> int:
    release = long_release(10_000)
    options = SearchOptions()
    fold.cache_clear()
    cold = median_ms(lambda: (fold.cache_clear(), search(release, "الهجرة", options)), repeat=5, warmup=1)
    warm = median_ms(lambda: search(release, "الهجرة", options), repeat=20)
    print(f"find in {release.word_count()} words, {len(text_paths(release))} fields: "
          f"first search {cold:.1f} ms, next keystrokes {warm:.1f} ms (median), "
          f"{search(release, 'الهجرة', options)} matches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
