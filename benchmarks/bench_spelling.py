"""Spell check and pre-flight check speed (issue 13).

Target: <= 2 ms per keystroke (median) in a text field holding the longest paragraph of
the Arabic sample, underlines included. Also reported: loading each dictionary, one
uncached look-up, checking the whole sample, a suggestion, and ``run_checks`` on the sample.

``python benchmarks/bench_spelling.py`` (offscreen unless a display is there).
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from common import ARABIC_SAMPLE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "")
if not os.environ["QT_QPA_PLATFORM"]:
    del os.environ["QT_QPA_PLATFORM"]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def engine_numbers() -> None:
    from pressdesk.checks import run_checks
    from pressdesk.checks.fields import text_fields
    from pressdesk.model import load_release
    from pressdesk.spelling import SpellChecker, words
    from pressdesk.spelling.dictionaries import load_engine
    from pressdesk.templating import find_template

    for name in ("ar", "en_GB", "en_US", "fr"):
        start = time.perf_counter()
        load_engine(name)
        print(f"load dictionary {name:6}: {ms(time.perf_counter() - start)}")
    release = load_release(ARABIC_SAMPLE)
    texts = [text for _, text in text_fields(release)]
    checker = SpellChecker()
    checker.preload(["ar", "en_GB"])
    count = sum(1 for t in texts for _ in words(t))
    start = time.perf_counter()
    misses = [m for t in texts for m in checker.misspellings(t, "ar")]
    cold = time.perf_counter() - start
    start = time.perf_counter()
    for t in texts:
        checker.misspellings(t, "ar")
    warm = time.perf_counter() - start
    print(f"sample: {count} words, {len(misses)} flagged ({100 * len(misses) / count:.1f} %)")
    print(f"check the sample, first time : {ms(cold)} ({cold / count * 1e6:.1f} µs a word)")
    print(f"check the sample, cached     : {ms(warm)} ({warm / count * 1e6:.1f} µs a word)")
    for word, name in (("المنظمه", "ar"), ("اللاجئيين", "ar"), ("recieve", "en_GB")):
        start = time.perf_counter()
        checker.suggestions(word, name)
        print(f"suggestions for {word}: {ms(time.perf_counter() - start)}")
    template = find_template("classic")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        run_checks(release, template, checker=checker, suggestions=False)
        times.append(time.perf_counter() - start)
    print(f"run_checks on the sample (no suggestions), median: {ms(statistics.median(times))}")


def keystrokes(runs: int = 200) -> float:
    """Median time of one typed character in a field with the longest paragraph, highlighted."""
    from PySide6.QtWidgets import QApplication

    from pressdesk.checks.fields import text_fields
    from pressdesk.gui.compat import protect_bool_singletons
    from pressdesk.gui.form.fields import TextField
    from pressdesk.gui.spelling import spell_context
    from pressdesk.model import load_release

    app = QApplication.instance() or QApplication([])
    protect_bool_singletons()  # PySide6 6.12 loses a reference to True on every emit
    spell_context().checker.preload(["ar", "en_GB"])
    longest = max((text for _, text in text_fields(load_release(ARABIC_SAMPLE))), key=len)
    field = TextField(min_lines=3)
    field.resize(600, 200)
    field.show()
    field.setPlainText(longest)
    app.processEvents()
    cursor = field.textCursor()
    cursor.setPosition(len(longest) // 2)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        cursor.insertText("ب" if i % 5 else " ")  # words change as they are typed
        times.append(time.perf_counter() - start)
    app.processEvents()
    highlighted = sum(len(b.layout().formats()) for b in [field.document().firstBlock()])
    print(f"field: {len(longest)} characters, {highlighted} underlined runs after typing")
    return statistics.median(times)


def main() -> None:
    engine_numbers()
    median = keystrokes()
    print(f"keystroke in a highlighted field, median: {ms(median)} (target <= 2 ms)")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter shutdown: PySide 6.12 can abort while collecting Qt objects
