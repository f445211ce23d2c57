"""The import report's sentences in the UI language (the importers write them in English).

Each sentence is written twice, as the key the importer uses and inside ``_tr`` for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


def _sentences() -> dict[str, str]:
    return {
        "a contact section without a name, e-mail or phone":
            _tr("a contact section without a name, e-mail or phone"),
        "about heading “{text}”":
            _tr("about heading “{text}”"),
        "an embargo line without a date: {text}":
            _tr("an embargo line without a date: {text}"),
        "background heading “{text}”":
            _tr("background heading “{text}”"),
        "boilerplate (about the organisation)":
            _tr("boilerplate (about the organisation)"),
        "boilerplate, from the page's “about us” text":
            _tr("boilerplate, from the page's “about us” text"),
        "contact text kept as a note: {text}":
            _tr("contact text kept as a note: {text}"),
        "contact {found}":
            _tr("contact {found}"),
        "contacts heading “{text}”":
            _tr("contacts heading “{text}”"),
        "dateline {city}, {date}":
            _tr("dateline {city}, {date}"),
        "embargo until {until}":
            _tr("embargo until {until}"),
        "end mark “{text}” (the template adds its own)":
            _tr("end mark “{text}” (the template adds its own)"),
        "headline “{text}”":
            _tr("headline “{text}”"),
        "label “{text}”":
            _tr("label “{text}”"),
        "language {language} (from the text)":
            _tr("language {language} (from the text)"),
        "no body paragraphs found":
            _tr("no body paragraphs found"),
        "no dateline found":
            _tr("no dateline found"),
        "no headline found":
            _tr("no headline found"),
        "no release line found (for immediate release assumed)":
            _tr("no release line found (for immediate release assumed)"),
        "notes heading “{text}”":
            _tr("notes heading “{text}”"),
        "release line “{text}”":
            _tr("release line “{text}”"),
        "subheadline “{text}”":
            _tr("subheadline “{text}”"),
        "the dateline has no date":
            _tr("the dateline has no date"),
        "the dateline is not followed by a dash":
            _tr("the dateline is not followed by a dash"),
        "the embargo gives no time zone; UTC was assumed":
            _tr("the embargo gives no time zone; UTC was assumed"),
        "the last paragraph (about an organisation) taken as background":
            _tr("the last paragraph (about an organisation) taken as background"),
        "{n} line(s) above the headline kept as body paragraphs":
            _tr("{n} line(s) above the headline kept as body paragraphs"),
        "{n} line(s) of page furniture before the headline (“{text}” …)":
            _tr("{n} line(s) of page furniture before the headline (“{text}” …)"),
        "{n} page part(s): navigation, headers, footers, share buttons, scripts ({parts})":
            _tr("{n} page part(s): navigation, headers, footers, share buttons, scripts ({parts})"),
        "{n} picture(s) not imported (the release format has no pictures yet)":
            _tr("{n} picture(s) not imported (the release format has no pictures yet)"),
        "{n} quote(s) with their speakers":
            _tr("{n} quote(s) with their speakers"),
    }


def translate(line: str) -> str:
    """A report line in the UI language; lines without a known sentence stay as they are."""
    template = getattr(line, "template", None)
    if template is None:
        return line
    translated = _sentences().get(template, template)
    try:
        return translated.format(**line.args)  # type: ignore[attr-defined]
    except (KeyError, IndexError, ValueError):
        return line
