"""The pre-flight rules, one by one, and ``pressdesk check`` end to end."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import ARABIC_SAMPLE
from pressdesk.checks import has_errors, path_parts, path_text, run_checks
from pressdesk.checks.messages import CATALOGUE, message
from pressdesk.cli.main import main
from pressdesk.model import BodyBlock, Contact, Dateline, Release, ReleaseLine, load_release, save_release
from pressdesk.spelling import shared_checker
from pressdesk.templating import find_template
from pressdesk.templating.placeholders import is_placeholder, unmark

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


def good_release(**changes: object) -> Release:
    release = Release(
        language="en-GB", template="classic", headline="Regional office opens a water programme",
        dateline=Dateline(city="Amman", date="2026-12-01"),
        body=[BodyBlock(text="The programme starts today."),
              BodyBlock(type="quote", text="We are ready.", speaker="Mona Haddad", role="Director")],
        contacts=[Contact(name="Mona Haddad", email="mona@example.org")],
        boilerplate="The Regional Office works across the region.",
    )
    for key, value in changes.items():
        setattr(release, key, value)
    return release


def kinds(release: Release, **kw: object) -> dict[str, str]:
    findings = run_checks(release, find_template("classic"), now=NOW, **kw)  # type: ignore[arg-type]
    return {f"{f.kind}@{f.path}": f.severity for f in findings}


def test_a_good_release_has_no_finding() -> None:
    assert kinds(good_release(), checker=shared_checker()) == {}


def test_the_templates_sample_boilerplate_is_an_error_but_write_here_hints_are_not() -> None:
    found = kinds(good_release(boilerplate=None))
    assert found == {"placeholder@boilerplate": "error"}
    tpl = find_template("classic")
    pasted = good_release(background=["Intro. " + tpl.text_for("identity", "boilerplate", "en")])
    assert kinds(pasted)["placeholder@background[0]"] == "error"


def test_placeholder_marks_per_language() -> None:
    settings = {"template": {"placeholders": ["identity.boilerplate"]},
                "identity": {"boilerplate": {"ar": "اكتب هنا", "en": "Our own text"}}}
    assert is_placeholder(settings, "boilerplate", "ar-EG")
    unmark(settings, "boilerplate", "en-GB")
    assert not is_placeholder(settings, "boilerplate", "en")
    assert is_placeholder(settings, "boilerplate", "ar")


@pytest.mark.parametrize(("until", "message_id"), [
    ("2026-11-30T10:00:00+02:00", "embargo.past"),
    ("2026-12-03T10:00:00", "embargo.no_zone"),
    ("", "embargo.missing"),
])
def test_embargo(until: str, message_id: str) -> None:
    release = good_release(release=ReleaseLine(kind="embargoed", until=until))
    findings = run_checks(release, find_template("classic"), now=NOW)
    assert [(f.path, f.message_id, f.severity) for f in findings] == [("release.until", message_id, "error")]
    future = good_release(release=ReleaseLine(kind="embargoed", until="2026-12-03T10:00:00+02:00"))
    assert kinds(future) == {}


def test_errors_contacts_speaker_headline_email_link() -> None:
    release = good_release(headline="  ", contacts=[], body=[
        BodyBlock(text="See https:/iom.int and https://www.iom.int/news."),
        BodyBlock(type="quote", text="We are ready.")])
    found = kinds(release)
    assert found == {"headline@headline": "error", "contacts@contacts": "error",
                     "speaker@body[1].speaker": "error", "link@body[0].text": "error"}
    bad_mail = good_release(contacts=[Contact(name="A", email="mona@example")])
    assert kinds(bad_mail) == {"email@contacts[0].email": "error"}


def test_warnings() -> None:
    release = good_release(
        headline="A" * 111, dateline=Dateline(city="Amman", date="2026-11-20"), boilerplate="",
        body=[BodyBlock(text="In 20٢5 (twice [once) we met \u202eagain.")],
    )
    found = kinds(release)
    assert found == {"headline-length@headline": "warning", "dateline@dateline.date": "warning",
                     "boilerplate@boilerplate": "warning", "digits@body[0].text": "warning",
                     "brackets@body[0].text": "warning", "bidi@body[0].text": "warning"}
    assert "headline-length@headline" not in kinds(release, headline_max=120)


def test_paths_round_trip() -> None:
    assert path_parts("body[3].speaker") == ("body", 3, "speaker")
    assert path_text(("notes_to_editors", 0)) == "notes_to_editors[0]"


def test_every_message_has_arabic_and_french() -> None:
    for message_id, texts in CATALOGUE.items():
        assert set(texts) == {"en", "ar", "fr"}, message_id
    assert message("speaker.missing", "ar", number=2) == "الاقتباس 2 بلا قائل."


# --- the command line ---------------------------------------------------------------------
def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["check", *args])
    return code, capsys.readouterr().out


def test_cli_reports_the_error_kinds_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = good_release(
        boilerplate=None, contacts=[],
        release=ReleaseLine(kind="embargoed", until="2020-01-01T10:00:00+03:00"),
        body=[BodyBlock(type="quote", text="We are ready.")])
    path = tmp_path / "bad.pressrelease"
    save_release(release, path, backup=False)
    code, out = run_cli(capsys, str(path), "--json", "--no-spelling")
    assert code == 1
    found = json.loads(out)
    assert {f["kind"] for f in found if f["severity"] == "error"} == {"placeholder", "embargo", "contacts",
                                                                      "speaker"}
    assert set(found[0]) == {"path", "kind", "severity", "message", "word", "suggestions"}


def test_cli_finds_misspellings_in_three_languages(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    cases = {"ar": ("أعلنت المنظمه اليوم", "المنظمة"), "en-GB": ("We recieve the programme.", "receive"),
             "fr": ("Le développment durable", "développement")}
    for language, (text, fix) in cases.items():
        release = good_release(language=language, body=[BodyBlock(text=text)])
        path = tmp_path / f"{language}.pressrelease"
        save_release(release, path, backup=False)
        code, out = run_cli(capsys, str(path), "--json")
        spelling = [f for f in json.loads(out) if f["kind"] == "spelling" and f["path"] == "body[0].text"]
        assert code == 0
        assert len(spelling) == 1 and fix in spelling[0]["suggestions"], (language, spelling)


def test_cli_no_error_on_the_arabic_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli(capsys, str(ARABIC_SAMPLE))
    assert code == 0
    assert "0 error(s)" in out
    assert not has_errors(run_checks(load_release(ARABIC_SAMPLE), find_template("classic")))


def test_cli_messages_in_arabic_and_exit_2_on_a_broken_file(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.pressrelease"
    save_release(good_release(headline=""), path, backup=False)
    code, out = run_cli(capsys, str(path), "--language", "ar", "--no-spelling")
    assert code == 1 and "العنوان فارغ." in out
    broken = tmp_path / "broken.pressrelease"
    broken.write_text("{not json", "utf-8")
    assert main(["check", str(broken)]) == 2
    assert main(["check", str(tmp_path / "missing.pressrelease")]) == 2
