"""The spell checker: real Hunspell dictionaries, the right one for each word."""

from __future__ import annotations

import pytest

from conftest import ARABIC_SAMPLE
from pressdesk.checks.fields import text_fields
from pressdesk.model import load_release
from pressdesk.spelling import SpellChecker, dictionary_for, shared_checker, words
from pressdesk.spelling.dictionaries import bundled_dir, find_dictionary
from pressdesk.spelling.personal import load_words


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    return SpellChecker()


def flagged(checker: SpellChecker, text: str, language: str, english: str = "en_GB") -> list[str]:
    return [m.word for m in checker.misspellings(text, language, english)]


def test_the_dictionaries_ship_with_their_licences() -> None:
    for name in ("ar", "en_GB", "en_US", "fr"):
        folder = find_dictionary(name)
        assert folder is not None and folder.parent == bundled_dir()
        assert (folder / "copyright").is_file()


@pytest.mark.parametrize("word", ["المنظمه", "اللاجئيين", "الإستعدادات"])
def test_arabic_misspellings_are_flagged_with_the_right_suggestion(checker: SpellChecker, word: str) -> None:
    assert flagged(checker, f"قالت {word} اليوم", "ar") == [word]
    fixes = {"المنظمه": "المنظمة", "اللاجئيين": "اللاجئين", "الإستعدادات": "الاستعدادات"}
    assert fixes[word] in checker.suggestions(word, "ar")


def test_harakat_and_tatweel_never_flag(checker: SpellChecker) -> None:
    assert flagged(checker, "المُنَظَّمَةُ الدّوليّة للهـــــجرة", "ar") == []


def test_links_emails_numbers_and_acronyms_are_never_flagged(checker: SpellChecker) -> None:
    text = ("راجع https://www.iom.int/ar/news-xyzq أو اكتب إلى telyan@iom.int "
            "قبل 30م و٢٠٢٢ في IMRF وUNHCR وNGOs")
    assert flagged(checker, text, "ar") == []
    assert flagged(checker, "Write to qzx.bbb@un.org or see www.qqzx.org before 2022 (IMRF).", "en") == []


def test_the_arabic_sample_has_at_most_two_percent_flagged(checker: SpellChecker) -> None:
    release = load_release(ARABIC_SAMPLE)
    total = bad = 0
    for _path, text in text_fields(release):
        total += sum(1 for _ in words(text))
        bad += len(checker.misspellings(text, release.language))
    assert total > 300
    assert bad / total <= 0.02


def test_english_variant_follows_the_tag_and_the_template(checker: SpellChecker) -> None:
    text = "The programme centre welcomed the colour scheme."
    assert flagged(checker, text, "en-GB") == []
    assert flagged(checker, text, "en-US") == ["programme", "centre", "colour"]
    assert flagged(checker, text, "en", english="en_US") == ["programme", "centre", "colour"]
    assert flagged(checker, "We recieve it.", "en-GB") == ["recieve"]


def test_english_inside_an_arabic_release_is_checked_as_english(checker: SpellChecker) -> None:
    misses = checker.misspellings("قال المدير: The programme will recieve funding.", "ar")
    assert [(m.word, m.dictionary) for m in misses] == [("recieve", "en_GB")]


def test_french(checker: SpellChecker) -> None:
    assert flagged(checker, "L'organisation aide aujourd’hui les réfugiés.", "fr") == []
    assert flagged(checker, "Le développment durable", "fr") == ["développment"]
    assert "développement" in checker.suggestions("développment", "fr")


def test_dictionary_choice() -> None:
    assert dictionary_for("arabic", "ar-EG") == "ar"
    assert dictionary_for("arabic", "fa") == "fa"  # Persian words are not Arabic ones
    assert dictionary_for("latin", "ar", "en_US") == "en_US"
    assert dictionary_for("latin", "fr-CA") == "fr"
    assert dictionary_for("latin", "en-US") == "en_US"
    assert dictionary_for("latin", "en-IE") == "en_GB"


def test_a_missing_dictionary_flags_nothing_and_is_reported(checker: SpellChecker) -> None:
    assert flagged(checker, "سازمان بین‌المللی مهاجرت غلطط", "fa") == []
    assert "fa" in checker.missing()


def test_personal_words_and_ignore() -> None:
    checker = shared_checker()
    assert flagged(checker, "Mr Elyan said", "en") == ["Elyan"]
    assert checker.add_to_personal("Elyan")
    assert flagged(checker, "Mr Elyan said", "en") == []
    assert "Elyan" in load_words()
    assert SpellChecker().is_correct("Elyan", "en_GB")  # read back from the data folder
    checker.ignore("تشوليوينسكي")
    assert flagged(checker, "قال تشوليوينسكي", "ar") == []


def test_a_remembered_answer_follows_the_users_words_and_the_dictionaries(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """misspellings() keeps each text's answer, but never one made before its dictionary
    was loaded, nor one that an ignored or added word changes."""
    from pressdesk.spelling import checker as checker_module

    monkeypatch.setattr(checker_module, "_ENGINES", {})  # no dictionary loaded yet
    monkeypatch.setattr(checker_module, "_CACHE", {})
    fresh = SpellChecker()
    pending: set[str] = set()
    assert fresh.misspellings("Mr Qwertyuiop said", "en", pending=pending) == []
    assert pending == {"en_GB"}  # not loaded: nothing flagged yet, and not remembered
    assert [m.word for m in fresh.misspellings("Mr Qwertyuiop said", "en", pending=set())] == []
    fresh.preload(["en_GB"])
    assert flagged(fresh, "Mr Qwertyuiop said", "en") == ["Qwertyuiop"]
    assert flagged(fresh, "Mr Qwertyuiop said", "en") == ["Qwertyuiop"]  # remembered
    fresh.ignore("Qwertyuiop")
    assert flagged(fresh, "Mr Qwertyuiop said", "en") == []
