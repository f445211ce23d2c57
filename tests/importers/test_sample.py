"""The acceptance: the IOM web page copied as text imports field by field as the example release."""

from __future__ import annotations

from pathlib import Path

from conftest import ARABIC_SAMPLE, DATA
from pressdesk.cli.main import main
from pressdesk.importers import import_path
from pressdesk.model import load_release
from tests.importers.common import missing

SAMPLE = Path(__file__).parent / "data" / "iom-mena-imrf-briefing-ar.txt"  # the web page as copied
EDITED = DATA / "iom-mena-imrf-briefing-ar.txt"  # the same without the menu, boilerplate marked
MENU_LINES = ["عملنا", "ماذا نفعل", "القضايا العالمية الشاملة", "أين نعمل", "شارك بعمل شيء",
              "البيانات والمصادر", "2030 Agenda", "معلومات عن"]


def _fields(release):
    return {
        "language": release.language,
        "release": (release.release.kind, release.release.until),
        "headline": release.headline,
        "subheadline": release.subheadline,
        "dateline": (release.dateline.city, release.dateline.date),
        "body": [(b.type, b.text, b.speaker, b.role, b.lead_in) for b in release.body],
        "background": release.background,
        "contacts": [(c.name, c.role, c.email, c.phone) for c in release.contacts],
        "boilerplate": release.boilerplate,
        "notes_to_editors": release.notes_to_editors,
    }


def test_sample_imports_field_by_field_as_the_example(tmp_path: Path) -> None:
    out = tmp_path / "x.pressrelease"
    assert main(["import", str(SAMPLE), "-o", str(out), "-q"]) == 0
    got, want = _fields(load_release(out)), _fields(load_release(ARABIC_SAMPLE))
    for name in want:
        assert got[name] == want[name], name


def test_sample_quotes_contact_boilerplate_and_no_menu() -> None:
    result = import_path(SAMPLE)
    r = result.release
    assert r.headline.startswith("تنظيم جلسة تعريفية")
    assert (r.dateline.city, r.dateline.date) == ("القاهرة", "2021-11-30")
    speakers = ["د. كريم النوري", "د. النوري", "الدكتور ريشارد تشوليوينسكي"]
    assert [b.speaker for b in r.body if b.is_quote] == speakers
    assert [(c.name, c.email) for c in r.contacts] == [("تميم عليان", "telyan@iom.int")]
    assert r.boilerplate and r.boilerplate.startswith("المنظمة الدولية للهجرة هي")
    everything = " ".join([r.headline, *(b.text for b in r.body), *r.background, r.boilerplate])
    for menu in MENU_LINES:
        assert menu not in everything
    assert not r.body[0].text.startswith("30 نوفمبر")
    assert any("furniture" in line for line in result.report.dropped)
    body_lines = SAMPLE.read_text("utf-8").splitlines()[22:-1]
    assert missing([line.split(" - ", 1)[-1] for line in body_lines], r) == []


def test_edited_copy_without_menu_and_with_a_boilerplate_marker(tmp_path: Path) -> None:
    got = _fields(import_path(EDITED).release)
    want = _fields(load_release(ARABIC_SAMPLE))
    for name in want:
        assert got[name] == want[name], name
