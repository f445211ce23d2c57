"""Saving is crash-safe: faults between write, fsync and replace, and kill -9 mid-save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ARABIC_SAMPLE, ENGLISH_SAMPLE
from pressdesk.model import dumps_release, load_release, save_release


def _fail_at(step: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args, **_kwargs):
        raise OSError(5, f"injected fault at {step}")

    target = {
        "mkstemp": "pressdesk.util.atomic.tempfile.mkstemp",
        "fsync": "pressdesk.util.atomic.os.fsync",
        "backup": "pressdesk.util.atomic.shutil.copy2",
        "replace": "pressdesk.util.atomic.os.replace",
    }[step]
    monkeypatch.setattr(target, boom)


@pytest.mark.parametrize("step", ["mkstemp", "fsync", "backup", "replace"])
def test_fault_at_every_step_keeps_previous_file(step, tmp_path, monkeypatch):
    path = tmp_path / "r.pressrelease"
    old = load_release(ARABIC_SAMPLE)
    save_release(old, path)
    save_release(old, path)  # so a backup exists too
    before = path.read_bytes()
    _fail_at(step, monkeypatch)
    with pytest.raises(OSError, match="injected"):
        save_release(load_release(ENGLISH_SAMPLE), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert load_release(path) == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pressrelease", "r.pressrelease~"]


SAVER = """
import sys
from pressdesk.model import load_release, save_release
a, b = load_release(sys.argv[2]), load_release(sys.argv[3])
print("ready", flush=True)
i = 0
while True:
    save_release(a if i % 2 else b, sys.argv[1])
    i += 1
"""


def test_kill_9_during_saves_never_breaks_the_file(tmp_path):
    path = tmp_path / "r.pressrelease"
    save_release(load_release(ARABIC_SAMPLE), path)
    versions = {dumps_release(load_release(p)) for p in (ARABIC_SAMPLE, ENGLISH_SAMPLE)}
    for delay in [0.05, 0.11, 0.17, 0.23, 0.31, 0.07, 0.13, 0.19, 0.29, 0.37]:
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path), str(ARABIC_SAMPLE), str(ENGLISH_SAMPLE)],
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert path.read_bytes() in versions
        load_release(path)
        for leftover in tmp_path.glob(".*.tmp"):
            leftover.unlink()  # a killed save may leave its temp file, never a broken target


def test_old_temp_files_from_a_killed_save_are_cleaned_up(tmp_path):
    path = tmp_path / "r.pressrelease"
    stale = tmp_path / ".r.pressrelease.abc123.tmp"
    fresh = tmp_path / ".r.pressrelease.def456.tmp"  # perhaps another save in progress
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    save_release(load_release(ARABIC_SAMPLE), path)
    assert not stale.exists() and fresh.exists()
