"""Language names in the UI language, from babel once and then from the user cache folder."""

from __future__ import annotations

import json

import pytest

from pressdesk.gui import languages


@pytest.fixture(autouse=True)
def fresh() -> None:
    languages.display_name.cache_clear()
    languages._offered_names.cache_clear()


def cached_files(tmp_cache) -> list:  # type: ignore[no-untyped-def]
    return sorted((tmp_cache / "languages").glob("names-*.json"))


@pytest.fixture
def tmp_cache(monkeypatch: pytest.MonkeyPatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_names_come_from_babel_then_from_the_cache(tmp_cache, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert languages.display_name("ar-EG", "en") == "Arabic (Egypt) — ar-EG"
    assert languages.display_name("fr", "ar") == "الفرنسية — fr"
    files = cached_files(tmp_cache)
    assert [f.name.rsplit("-", 1)[1] for f in files] == ["ar.json", "en.json"]
    assert json.loads(files[1].read_text("utf-8"))["he"] == "Hebrew — he"
    languages.display_name.cache_clear()
    languages._offered_names.cache_clear()
    monkeypatch.setattr(languages, "_babel_name", lambda *a: pytest.fail("babel asked again"))
    assert languages.display_name("ar-EG", "en") == "Arabic (Egypt) — ar-EG"


def test_a_tag_not_offered_and_a_damaged_cache_still_get_names(tmp_cache) -> None:  # type: ignore[no-untyped-def]
    languages.display_name("en", "en")
    (path,) = cached_files(tmp_cache)
    path.write_text('{"ar": 3}', "utf-8")
    languages.display_name.cache_clear()
    languages._offered_names.cache_clear()
    assert languages.display_name("ar", "en") == "Arabic — ar"
    assert json.loads(path.read_text("utf-8"))["ar"] == "Arabic — ar"  # rebuilt
    assert languages.display_name("ur", "en") == "Urdu — ur"
    assert languages.display_name("not a tag!", "en") == "not a tag!"


def test_an_unwritable_cache_folder_costs_only_time(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(blocker))
    assert languages.display_name("fa", "en") == "Persian — fa"
