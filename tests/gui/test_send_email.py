"""File → Send by E-mail…: the draft is written and handed to the mail client (or its folder)."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from pressdesk.gui import dialog_launch
from pressdesk.gui.dialogs import common

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch):
    calls: list[Path] = []
    result = {"ok": True}
    monkeypatch.setattr(common, "open_url", lambda p: calls.append(Path(p)) or result["ok"])
    return calls, result


def test_send_by_email_opens_the_draft_in_the_mail_client(window, opened):
    calls, _ = opened
    window.actions_.send_email.trigger()
    assert len(calls) == 1 and calls[0].suffix == ".eml"
    msg = email.message_from_bytes(calls[0].read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == " ".join(window.editor.release.headline.split())
    assert [p.get_content_type() for p in msg.iter_attachments()] == ["application/pdf"]


def test_without_a_mail_client_the_folder_is_shown(window, opened, monkeypatch):
    calls, result = opened
    result["ok"] = False
    told = []
    monkeypatch.setattr(dialog_launch.QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    draft = dialog_launch.send_by_email(window, window.editor.release)
    assert draft is not None and calls == [draft, draft.parent]
    assert told and str(draft) in told[0]


def test_a_failing_export_is_told_in_words(window, opened, monkeypatch):
    calls, _ = opened
    from pressdesk import pipeline

    def broken(*_a, **_k):
        raise pipeline.ExportError("PDF export failed: disk on fire")

    monkeypatch.setattr(pipeline, "export", broken)
    shown = []
    monkeypatch.setattr(dialog_launch.messages, "show_error", lambda p, t, text: shown.append(text))
    assert dialog_launch.send_by_email(window, window.editor.release) is None
    assert calls == [] and "disk on fire" in shown[0] and "Traceback" not in shown[0]
