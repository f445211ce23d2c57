"""Bad input: one clear line on stderr, exit 2, nothing written, no traceback, no hang."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from pressdesk.cli.main import main
from pressdesk.importers import ImportFailure, import_path
from pressdesk.importers.read_text import decode


def _run(capsys: pytest.CaptureFixture[str], src: Path, tmp_path: Path) -> str:
    out = tmp_path / "out.pressrelease"
    assert main(["import", str(src), "-o", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err


def test_password_protected_word_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "secret.docx"
    src.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)  # what Word writes when encrypted
    assert "password" in _run(capsys, src, tmp_path)


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken"])
def test_corrupt_word_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    src = tmp_path / "broken.docx"
    src.write_bytes(content)
    assert "damaged" in _run(capsys, src, tmp_path)


def test_zip_that_is_not_a_word_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "other.docx"
    with zipfile.ZipFile(src, "w") as zf:
        zf.writestr("hello.txt", "hi")
    assert "not a Word file" in _run(capsys, src, tmp_path)


def test_word_file_with_broken_xml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.importers.releases import EN, write_docx

    good = write_docx(EN, tmp_path / "good.docx")
    src = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(src, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            zout.writestr(item, data[:200] if item.filename == "word/document.xml" else data)
    assert "damaged" in _run(capsys, src, tmp_path)


def test_binary_file_named_txt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "photo.txt"
    src.write_bytes(bytes(range(256)) * 40)
    assert "binary" in _run(capsys, src, tmp_path)


def test_twenty_megabyte_page_is_refused_quickly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "huge.html"
    src.write_bytes(b"<html><body>" + b"<p>word word word</p>" * (20 * 1024 * 1024 // 21) + b"</body></html>")
    start = time.monotonic()
    assert "MB" in _run(capsys, src, tmp_path)
    assert time.monotonic() - start < 5


def test_unknown_encoding_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "latin.txt"
    src.write_bytes("Genève, le 12 décembre — très côté çà".encode("cp1252") * 20)
    assert "encoding" in _run(capsys, src, tmp_path)


def test_unknown_suffix_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "x.pdf"
    src.write_bytes(b"%PDF-1.4")
    assert ".pdf" in _run(capsys, src, tmp_path)
    assert "no such file" in _run(capsys, tmp_path / "gone.txt", tmp_path)


def test_empty_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "empty.txt"
    src.write_text("\n\n  \n", encoding="utf-8")
    assert "no text" in _run(capsys, src, tmp_path)


def test_existing_output_is_not_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    src.write_text("Headline\n\nGENEVA, 10 July 2018 – The text of the lead paragraph goes here today.\n")
    out = tmp_path / "out.pressrelease"
    out.write_text("keep")
    assert main(["import", str(src), "-o", str(out)]) == 2
    assert out.read_text() == "keep"
    assert main(["import", str(src), "-o", str(out), "--force", "-q"]) == 0


@pytest.mark.parametrize(("raw", "start"), [
    ("للنشر الفوري\nعنوان".encode("utf-16"), "للنشر"),
    ("\ufeffللنشر الفوري".encode(), "للنشر"),
    ("للنشر الفوري\nعنوان الخبر".encode("cp1256"), "للنشر"),
    (b"plain ASCII text", "plain"),
])
def test_encodings(raw: bytes, start: str) -> None:
    assert decode(raw).lstrip("\ufeff").startswith(start)


def test_hostile_text_is_text(tmp_path: Path) -> None:
    src = tmp_path / "hostile.txt"
    src.write_text("<script>alert(1)</script> Headline\n\n"
                   "CAIRO – Text with \u202e controls \u0007 and {{ braces }} and ((((((((((((((((((((\n",
                   encoding="utf-8")
    r = import_path(src).release
    assert r.headline.startswith("<script>")  # kept as text; renderers escape it
    assert "\u202e" not in r.body[0].text


def test_deep_nesting_does_not_crash(tmp_path: Path) -> None:
    src = tmp_path / "deep.html"
    src.write_text("<html><body>" + "<div>" * 5000 + "Headline" + "</div>" * 5000 + "</body></html>")
    try:
        import_path(src)
    except ImportFailure as exc:
        assert str(exc)


@pytest.mark.parametrize(("body", "refused"), [
    ("1 " * 1_500_000, True),  # one giant paragraph
    ("x\n" * 200_000, True),  # too many paragraphs
    (("word «x " * 2000 + "\n") * 60, False),  # unmatched quote marks everywhere
])
def test_hostile_text_is_quick(tmp_path: Path, body: str, refused: bool) -> None:
    src = tmp_path / "hostile.txt"
    src.write_text("Headline\n" + body, encoding="utf-8")
    start = time.monotonic()
    if refused:
        with pytest.raises(ImportFailure):
            import_path(src)
    else:
        assert import_path(src).release.body
    assert time.monotonic() - start < 10
