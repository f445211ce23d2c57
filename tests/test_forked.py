"""A command-line export of several formats lets a forked child render some of them.

The child only saves time: the files are the same as a one-process export's, and whatever
the child fails to give (it raised, died, was killed) is rendered again in the parent,
which reports a real failure itself. Forking needs a process with one thread and no Qt, so
these run in a fresh Python process each.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile

import pytest

from conftest import ARABIC_SAMPLE
from pressdesk.pipeline import _split
from pressdesk.util import forked

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")


def python(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_child_returns_its_value_and_a_failing_or_killed_one_returns_none() -> None:
    got = python("""
        import json, os
        from pressdesk.util import forked
        def boom():
            raise ValueError("no")
        def die():
            os._exit(3)
        def unpicklable():
            return lambda: 1
        out = {"safe": forked.safe(), "pow": forked.start(pow, 2, 10, force=True).result(),
               "raises": forked.start(boom, force=True).result(),
               "dies": forked.start(die, force=True).result(),
               "unpicklable": forked.start(unpicklable, force=True).result(),
               "pid": forked.start(os.getpid, force=True).result() != os.getpid()}
        c = forked.start(__import__("time").sleep, 30, force=True)
        c.cancel()  # killed and reaped, no zombie left
        out["cancelled"] = c.result()
        print(json.dumps(out))
    """)
    assert got == {"safe": True, "pow": 1024, "raises": None, "dies": None, "unpicklable": None,
                   "pid": True, "cancelled": None}


def test_no_fork_with_threads_or_qt(qapp) -> None:
    assert not forked.safe()  # this process has Qt loaded (and pytest's threads)
    assert forked.start(pow, 2, 2, force=True) is None


def test_the_pdf_stays_here_and_what_shares_a_part_with_it() -> None:
    t = dict.fromkeys
    assert _split(t(["pdf", "docx", "html"]), ()) == (["pdf"], ["docx", "html"])
    assert _split(t(["pdf", "eml"]), ()) == (["pdf", "eml"], [])
    assert _split(t(["txt", "eml", "html"]), ()) == (["txt", "eml"], ["html"])
    assert _split(t(["pdf", "txt", "eml"]), ()) == (["pdf", "eml", "txt"], [])
    assert _split(t(["docx", "pdf", "eml"]), ("docx",)) == (["docx", "eml", "pdf"], [])
    assert _split(t(["html"]), ()) == (["html"], [])


EXPORT = """
    import json, os, sys
    from pathlib import Path
    from pressdesk import pipeline
    from pressdesk.model import load_release
    from pressdesk.util import forked
    parent, mode, out = os.getpid(), sys.argv[1], Path(sys.argv[3])
    started = []
    real_start = forked.start
    def start(*args, **kwargs):
        child = real_start(*args, **kwargs)
        started.append(child is not None)
        return child
    forked.start = start
    real_part = pipeline._render_part
    def part(*args):
        if mode == "raise":
            raise RuntimeError("the child fails")
        if mode == "die":
            os._exit(9)
        return real_part(*args)
    pipeline._render_part = part
    release = load_release(sys.argv[2])
    prepared = pipeline.prepare(release)
    targets = pipeline.output_paths(release, ["pdf", "docx", "html"], out, "r")
    steps = list(pipeline.export_steps(prepared, targets, jobs=2 if mode != "serial" else 1))
    print(json.dumps({"forked": started, "paths": [str(s.path) for s in steps if s.path],
                      "steps": [s.message for s in steps], "warnings": prepared.warnings}))
"""


@pytest.mark.parametrize("mode", ["ok", "raise", "die"])
def test_a_forked_export_writes_what_one_process_writes(tmp_path, mode) -> None:
    serial = python(EXPORT, "serial", str(ARABIC_SAMPLE), str(tmp_path / "serial"))
    split = python(EXPORT, mode, str(ARABIC_SAMPLE), str(tmp_path / mode))
    assert serial["forked"] == [] and split["forked"] == [True]
    assert [p.replace(mode, "serial") for p in split["paths"]] == serial["paths"]
    assert len(split["steps"]) == 6 and split["warnings"] == serial["warnings"]
    html = (tmp_path / mode / "r.html").read_bytes()
    assert html == (tmp_path / "serial" / "r.html").read_bytes()
    with zipfile.ZipFile(tmp_path / mode / "r.docx") as a, \
            zipfile.ZipFile(tmp_path / "serial" / "r.docx") as b:
        assert a.read("word/document.xml") == b.read("word/document.xml")
    assert (tmp_path / mode / "r.pdf").read_bytes()[:5] == b"%PDF-"


def test_the_command_line_takes_jobs(tmp_path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "pressdesk", "export", str(ARABIC_SAMPLE),
                           "-f", "all", "-o", str(out), "-j", "2"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".html", ".pdf"]
    assert [line.rsplit(".", 1)[1] for line in proc.stdout.split()] == ["pdf", "docx", "html"]
    bad = subprocess.run([sys.executable, "-m", "pressdesk", "export", str(ARABIC_SAMPLE),
                          "-j", "0"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "at least 1" in bad.stderr and "Traceback" not in bad.stderr
