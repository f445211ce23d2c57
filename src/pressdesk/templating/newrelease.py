"""A new release that starts from a template: language, contacts and body skeleton filled in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from pressdesk.model.release import BodyBlock, Contact, Dateline, Release
from pressdesk.templating.library import find_template
from pressdesk.templating.template import Template


def new_release(template: str | Template = "classic", language: str | None = None,
                shared: Sequence[Path] = ()) -> Release:
    """A fresh release for today from a template (by id or loaded)."""
    tpl = find_template(template, shared) if isinstance(template, str) else template
    settings = tpl.settings
    skeleton = settings.get("skeleton", {})
    language = language or skeleton.get("language") or (tpl.languages or ["ar"])[0]
    body = [
        BodyBlock(
            type=item.get("type", "paragraph"),
            text=item.get("text", ""),
            speaker=item.get("speaker", ""),
            role=item.get("role", ""),
            lead_in=item.get("lead_in", ""),
        )
        for item in skeleton.get("body", [])
    ] or [BodyBlock()]
    contacts = [
        Contact(name=str(c.get("name", "")), role=str(c.get("role", "")),
                email=str(c.get("email", "")), phone=str(c.get("phone", "")))
        for c in settings.get("identity", {}).get("contacts", [])
    ]
    return Release(
        language=language,
        template=tpl.id,
        template_version=tpl.version,
        dateline=_today_dateline(),
        body=body,
        background=[""] * int(skeleton.get("background", 0)),
        contacts=contacts,
        notes_to_editors=[""] * int(skeleton.get("notes", 0)),
    )


def _today_dateline() -> Dateline:
    return Dateline(city="", date=dt.date.today().isoformat())
