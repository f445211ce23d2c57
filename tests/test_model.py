import json

import pytest

from conftest import ARABIC_SAMPLE, ENGLISH_SAMPLE
from pressdesk.model import (
    ReleaseError,
    dumps_release,
    load_release,
    loads_release,
    save_release,
)


@pytest.mark.parametrize("path", [ARABIC_SAMPLE, ENGLISH_SAMPLE])
def test_examples_load_and_round_trip(path, tmp_path):
    release = load_release(path)
    out = tmp_path / "copy.pressrelease"
    save_release(release, out)
    assert json.loads(out.read_text("utf-8")) == json.loads(dumps_release(release))
    assert load_release(out) == release


def test_unknown_fields_survive_round_trip(tmp_path):
    data = json.loads(ARABIC_SAMPLE.read_text("utf-8"))
    data["x_custom"] = {"a": [1, 2]}
    data["body"][0]["x_note"] = "keep me"
    data["contacts"][0]["x_office"] = "Cairo"
    data["dateline"]["x_tz"] = "Africa/Cairo"
    data["release"]["x_channel"] = "web"
    release = loads_release(json.dumps(data, ensure_ascii=False))
    again = json.loads(dumps_release(release))
    assert again["x_custom"] == {"a": [1, 2]}
    assert again["body"][0]["x_note"] == "keep me"
    assert again["contacts"][0]["x_office"] == "Cairo"
    assert again["dateline"]["x_tz"] == "Africa/Cairo"
    assert again["release"]["x_channel"] == "web"


def test_saved_file_keeps_arabic_readable(tmp_path):
    out = tmp_path / "a.pressrelease"
    save_release(load_release(ARABIC_SAMPLE), out)
    assert "القاهرة" in out.read_text("utf-8")


def test_every_problem_is_reported_with_its_path():
    data = {
        "format": "pressdesk.release",
        "version": 1,
        "language": 5,
        "release": {"kind": "embargoed"},
        "dateline": {"date": "30/11/2021"},
        "body": [{"type": "paragraph", "text": "ok"}, {"type": "poem"}, "x",
                 {"type": "quote", "text": "t", "speaker": ["a"]}],
        "contacts": [{"email": 3}],
        "background": ["fine", 7],
    }
    with pytest.raises(ReleaseError) as info:
        loads_release(json.dumps(data))
    problems = info.value.problems
    expected = [
        "language: expected text",
        "release.until: an embargoed release needs a date-time",
        "dateline.date: expected a date",
        "body[1].type: expected one of paragraph, quote",
        "body[2]: expected an object",
        "body[3].speaker: expected text",
        "contacts[0].email: expected text",
        "background[1]: expected text",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"", "empty"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"format": "pressdesk.release", "version": 99}', "newer PressDesk"),
        (b'{"format": "other", "version": 1}', "format: expected"),
        (b"[" * 100000, "nested too deeply"),
    ],
)
def test_broken_files_give_clear_messages(raw, fragment):
    with pytest.raises(ReleaseError) as info:
        loads_release(raw, "f.pressrelease")
    assert fragment in str(info.value)
    assert "Traceback" not in str(info.value)


def test_missing_and_huge_files(tmp_path):
    with pytest.raises(ReleaseError, match="no such file"):
        load_release(tmp_path / "nope.pressrelease")
    big = tmp_path / "big.pressrelease"
    with big.open("wb") as f:
        f.seek(30 * 1024 * 1024)
        f.write(b"x")
    with pytest.raises(ReleaseError, match="MB"):
        load_release(big)


def test_save_keeps_previous_version_as_backup(tmp_path):
    out = tmp_path / "r.pressrelease"
    release = load_release(ENGLISH_SAMPLE)
    save_release(release, out)
    first = out.read_bytes()
    release.headline = "Changed"
    save_release(release, out)
    assert (tmp_path / "r.pressrelease~").read_bytes() == first
    assert load_release(out).headline == "Changed"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_failed_save_leaves_previous_file_intact(tmp_path, monkeypatch):
    out = tmp_path / "r.pressrelease"
    release = load_release(ENGLISH_SAMPLE)
    save_release(release, out)
    before = out.read_bytes()

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", boom)
    release.headline = "New"
    with pytest.raises(OSError):
        save_release(release, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if ".tmp" in p.name] == []
