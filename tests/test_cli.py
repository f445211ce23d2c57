"""The ``pressdesk`` command, run as a user would run it."""

from __future__ import annotations

import json
import subprocess
import sys

import html5lib

from conftest import ARABIC_SAMPLE, ENGLISH_SAMPLE
from pressdesk.cli.main import main
from pressdesk.model import load_release
from pressdesk.pipeline import slug
from pressdesk.render.registry import defaults, suffix


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pressdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_export_arabic_sample_to_html(tmp_path):
    out = tmp_path / "out.html"
    proc = run("export", str(ARABIC_SAMPLE), "-f", "html", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    root = html5lib.parse(out.read_bytes(), namespaceHTMLElements=False)
    assert root.get("lang") == "ar" and root.get("dir") == "rtl"
    text = "".join(root.find("body").itertext())
    release = json.loads(ARABIC_SAMPLE.read_text("utf-8"))
    positions = [text.find(b["text"][:30]) for b in release["body"]]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)


def test_broken_file_gives_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "bad.pressrelease"
    bad.write_text('{"format": "pressdesk.release", "version": 1, "body": 3', "utf-8")
    out = tmp_path / "out.html"
    proc = run("export", str(bad), "-f", "html", "-o", str(out))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "JSON" in lines[0]
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_missing_file_and_future_version(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope.pressrelease"), "-f", "html"]) == 2
    future = tmp_path / "future.pressrelease"
    future.write_text('{"format": "pressdesk.release", "version": 3}', "utf-8")
    assert main(["validate", str(future)]) == 2
    assert "newer PressDesk" in capsys.readouterr().err


def test_export_all_into_a_folder_named_from_the_release(tmp_path):
    folder = tmp_path / "press"
    assert main(["export", str(ENGLISH_SAMPLE), "-f", "all", "-o", str(folder), "-q"]) == 0
    names = sorted(p.name for p in folder.iterdir())
    stem = slug(load_release(ENGLISH_SAMPLE))
    assert stem.startswith("2026-12-03-regional-network-launches-water")
    assert names == sorted(stem + suffix(f) for f in defaults())


def test_validate_lists_every_problem(tmp_path, capsys):
    bad = tmp_path / "bad.pressrelease"
    bad.write_text(
        json.dumps({"format": "pressdesk.release", "version": 1, "language": 3,
                    "body": [{"type": "quote", "speaker": 1}]}),
        "utf-8",
    )
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "language: expected text" in err and "body[0].speaker: expected text" in err


def test_new_then_validate(tmp_path, capsys):
    out = tmp_path / "n.pressrelease"
    assert main(["new", "-o", str(out), "--language", "ar-EG", "--template", "modern"]) == 0
    assert main(["validate", str(out)]) == 0
    assert main(["new", "-o", str(out)]) == 2  # never overwrites silently


def test_schema_is_json_schema():
    proc = run("schema")
    schema = json.loads(proc.stdout)
    assert schema["properties"]["format"]["const"] == "pressdesk.release"


def test_version():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("PressDesk ")


def test_html_export_imports_no_qt_and_no_reportlab(tmp_path):
    code = (
        "import sys; from pressdesk.cli.main import main; "
        f"main(['export', {str(ARABIC_SAMPLE)!r}, '-f', 'html', '-o', {str(tmp_path / 'a.html')!r}]);"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab', 'docx'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_command_exits_with_its_code_after_exit_handlers_and_flushed_output(tmp_path):
    """``run`` skips the interpreter's teardown, not what a process owes on its way out."""
    code = (
        "import atexit, sys; atexit.register(lambda: print('handler ran'));"
        f"sys.argv = ['pressdesk', 'validate', {str(ARABIC_SAMPLE)!r}];"
        "print('buffered', end=''); from pressdesk.cli.main import run; run()"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "valid" in proc.stdout and "handler ran" in proc.stdout
    assert proc.stdout.startswith("buffered")
    bad = run("export", str(tmp_path / "missing.pressrelease"))
    assert bad.returncode == 2 and "no such file" in bad.stderr


def test_dash_writes_one_format_to_standard_output(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pressdesk", "export", str(ARABIC_SAMPLE), "-f", "txt",
                           "-o", "-"], capture_output=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert load_release(ARABIC_SAMPLE).headline in proc.stdout.decode("utf-8")
    pdf = subprocess.run([sys.executable, "-m", "pressdesk", "export", str(ARABIC_SAMPLE), "-f", "pdf",
                          "-o", "-"], capture_output=True, timeout=60, cwd=tmp_path)
    assert pdf.returncode == 0 and pdf.stdout.startswith(b"%PDF-") and pdf.stdout.rstrip().endswith(b"%%EOF")
    for extra in (["-f", "all"], [str(ENGLISH_SAMPLE), "-f", "txt"]):
        bad = run("export", str(ARABIC_SAMPLE), *extra, "-o", "-")
        assert bad.returncode == 2 and "standard output" in bad.stderr
    assert list(tmp_path.iterdir()) == []  # no folder named "-"
