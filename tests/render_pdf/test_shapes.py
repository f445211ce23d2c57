"""Arabic shaping in batches and from the disk cache gives what one-word shaping gives."""

from __future__ import annotations

import os
import subprocess
import sys

from pressdesk.render.pdf import shapes

WORDS = ["السلام", "لا", "الله", "مُحَمَّد", "ـبـ", "لأن", "\u064bا", "في\u200dـ", "٢٠٢٦", "(مرحبا)"]


def test_batch_equals_one_word_at_a_time():
    alone = [shapes.reshaper().reshape(w) for w in WORDS]
    assert shapes._shape_many(WORDS) == alone
    shapes.prefetch(WORDS)
    assert [shapes.shaped(w) for w in WORDS] == alone


def test_known_words_do_not_import_the_reshaper(tmp_path):
    env = dict(os.environ, PRESSDESK_CACHE_DIR=str(tmp_path))
    code = ("import sys; from pressdesk.render.pdf import shapes; "
            f"print([shapes.shaped(w) for w in {WORDS!r}]); shapes.save(); "
            "print('arabic_reshaper' in sys.modules)")
    cold = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    warm = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert cold.stdout.split("\n")[1] == "True"
    assert warm.stdout.split("\n") == [cold.stdout.split("\n")[0], "False", ""]


def test_every_word_of_the_sample_releases_shapes_the_same_in_a_batch():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    text = " ".join(p.read_text(encoding="utf-8") for p in
                    [*root.glob("examples/*.pressrelease"), *root.glob("tests/data/*.pressrelease")])
    words = sorted(set(text.split()) | set(WORDS))
    batch = [w for w in words if not shapes._alone(w)]
    assert shapes._shape_many(batch) == [shapes.reshaper().reshape(w) for w in batch]
