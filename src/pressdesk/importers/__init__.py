"""Importers: Word files, text, web pages and Markdown become releases (the model), with a report.

Readers turn each input kind into neutral paragraphs (paragraphs.py); one recogniser
(recognise.py) finds the release's parts in them. Nothing here knows about renderers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pressdesk.importers.limits import Deadline, ImportFailure
from pressdesk.importers.paragraphs import Paragraph
from pressdesk.importers.report import ImportReport, Note
from pressdesk.model import Release

SUFFIXES = {".docx": "docx", ".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
            ".xhtml": "html", ".md": "md", ".markdown": "md"}

__all__ = ["SUFFIXES", "ImportFailure", "ImportReport", "ImportResult", "import_path", "import_text"]


@dataclass
class ImportResult:
    release: Release
    report: ImportReport


def read_paragraphs(path: Path, deadline: Deadline, report: ImportReport) -> list[Paragraph]:
    """The input's paragraphs, by its kind (from the file name's suffix)."""
    from pressdesk.importers import read_text

    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        names = ", ".join(sorted(SUFFIXES))
        raise ImportFailure(f"cannot import {path.suffix or 'files without a suffix'}; use one of {names}")
    report.kind = kind
    if kind == "docx":
        from pressdesk.importers.read_docx import read_docx

        return read_docx(path, deadline)
    raw = _read_bytes(path, kind)
    if kind == "html":
        from pressdesk.importers.read_html import decode_html, read_html

        result = read_html(decode_html(raw), deadline)
        if result.furniture:
            report.dropped.append(Note("{n} page part(s): navigation, headers, footers, share buttons, "
                                       "scripts ({parts})", n=len(result.furniture),
                                       parts="; ".join(result.furniture[:3])))
        return result.paragraphs
    text = read_text.decode(raw)
    if kind == "md":
        from pressdesk.importers.read_md import read_markdown

        return read_markdown(text, deadline)
    return read_text.paragraphs(text)


def _read_bytes(path: Path, kind: str) -> bytes:
    from pressdesk.importers.limits import MAX_HTML_BYTES, MAX_TEXT_BYTES, check_size

    limit = MAX_HTML_BYTES if kind == "html" else MAX_TEXT_BYTES
    check_size(path.stat().st_size, limit, "a web page" if kind == "html" else "a text file")
    return path.read_bytes()


def import_path(path: str | Path, *, language: str | None = None,
                seconds: float | None = None) -> ImportResult:
    """Import a .docx/.txt/.html/.htm/.md file; raise ImportFailure with a one-line reason."""
    from pressdesk.importers.recognise import recognise

    path = Path(path)
    report = ImportReport(source=str(path))
    deadline = Deadline(seconds) if seconds else Deadline()
    try:
        if path.is_dir():
            raise ImportFailure("this is a folder, not a file")
        paras = read_paragraphs(path, deadline, report)
        if not any(p.text for p in paras):
            raise ImportFailure("the file holds no text to import")
        release = recognise(paras, report, language=language, deadline=deadline)
    except ImportFailure as exc:
        exc.source = exc.source or str(path)
        raise
    except FileNotFoundError:
        raise ImportFailure("no such file", str(path)) from None
    except PermissionError:
        raise ImportFailure("permission denied", str(path)) from None
    except OSError as exc:
        raise ImportFailure(f"cannot read the file ({exc.strerror or exc})", str(path)) from None
    except RecursionError:
        raise ImportFailure("the file is nested too deeply to read", str(path)) from None
    return ImportResult(release, report)


def import_text(text: str, *, language: str | None = None) -> ImportResult:
    """Import pasted text (one paragraph per line)."""
    from pressdesk.importers import read_text
    from pressdesk.importers.recognise import recognise

    report = ImportReport(source="", kind="paste")
    paras = read_text.paragraphs(text)
    return ImportResult(recognise(paras, report, language=language), report)
