"""Export from the window: every format, written by the same pipeline as the command line."""

from __future__ import annotations

import pytest

from pressdesk.render import RendererUnavailable, renderer
from pressdesk.render.registry import defaults
from pressdesk.render.registry import names as format_names

pytestmark = pytest.mark.gui


def available() -> list[str]:
    out = []
    for fmt in format_names():
        try:
            renderer(fmt)
            out.append(fmt)
        except RendererUnavailable:
            pass
    return out


def test_export_every_available_format_from_the_window(window, tmp_path) -> None:
    formats = available()
    written = window.export_to(tmp_path, formats)
    assert sorted(p.suffix for p in written) == sorted("." + f for f in formats)
    for path in written:
        assert path.stat().st_size > 1000
    html = next(p for p in written if p.suffix == ".html").read_text("utf-8")
    assert "IMRF" in html and 'dir="rtl"' in html


def test_export_action_opens_the_export_dialog(window, monkeypatch) -> None:
    opened = []
    from pressdesk.gui.dialogs import export_dialog

    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda self: opened.append(self) or 0)
    window.actions_.export.trigger()
    assert len(opened) == 1


def test_export_fallback_without_the_dialog(window, dialogs, tmp_path, monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_dialog(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "pressdesk.gui.dialogs.export_dialog":
            raise ImportError("not built yet")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.folder = str(out)
    window.export()
    assert {p.suffix for p in out.iterdir()} == {"." + f for f in available() if f in defaults()}
    assert "Exported" in window.statusBar().currentMessage()


def test_export_problems_are_told_in_words(window, dialogs, tmp_path, monkeypatch) -> None:
    import pressdesk.pipeline as pipeline

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise pipeline.ExportError("PDF export failed: disk full")

    monkeypatch.setattr(pipeline, "export", broken)
    assert window.export_to(tmp_path, ["pdf"]) == []
    assert "disk full" in dialogs.titles("warning")[0]
