"""Find and replace matching: case, whole words, harakat and tatweel, alef forms."""

from __future__ import annotations

from pressdesk.util.textsearch import SearchOptions, find_all, fold, replace_all

EXACT = SearchOptions(case_sensitive=True, ignore_marks=False)


def test_case_insensitive_by_default() -> None:
    assert find_all("IOM and iom and Iom", "iom") == [(0, 3), (8, 11), (16, 19)]
    assert find_all("IOM and iom", "iom", EXACT) == [(8, 11)]


def test_whole_words() -> None:
    words = SearchOptions(whole_words=True)
    assert find_all("cat concatenate cat.", "cat", words) == [(0, 3), (16, 19)]
    # Arabic letters are word characters: "المنظمة" does not hold the word "منظمة"
    assert find_all("المنظمة منظمة", "منظمة", words) == [(8, 13)]


def test_harakat_and_tatweel_ignored() -> None:
    text = "قالَ المديـــر: مُنظّمة"
    spans = find_all(text, "المدير")
    assert [text[s:e] for s, e in spans] == ["المديـــر"]
    spans = find_all(text, "منظمة")
    assert [text[s:e] for s, e in spans] == ["مُنظّمة"]
    # a haraka on the last letter belongs to the match
    assert [text[s:e] for s, e in find_all(text, "قال")] == ["قالَ"]
    # and a query with harakat finds the bare word
    assert find_all("منظمة", "مُنَظَّمة") == [(0, 5)]


def test_harakat_count_when_asked() -> None:
    exact = SearchOptions(ignore_marks=False)
    assert find_all("مُنظّمة", "منظمة", exact) == []
    assert find_all("مُنظّمة منظمة", "منظمة", exact) == [(8, 13)]


def test_alef_forms() -> None:
    assert find_all("أحمد إلى آخر", "احمد") == []
    assert find_all("أحمد", "احمد", SearchOptions(fold_alef=True)) == [(0, 4)]


def test_case_folding_that_changes_length_maps_back() -> None:
    text = "Die Straße, die STRASSE"
    spans = find_all(text, "strasse")
    assert [text[s:e] for s, e in spans] == ["Straße", "STRASSE"]
    assert find_all("ß", "s") == []  # half of a folded letter is no match


def test_replace_all_keeps_the_rest() -> None:
    text = "وقال المديـر إن المدير العام"
    new, n = replace_all(text, "المدير", "الرئيس")
    assert n == 2
    assert new == "وقال الرئيس إن الرئيس العام"
    assert replace_all("a.b", ".", "-") == ("a-b", 1)  # no regular expressions


def test_empty_query_and_text() -> None:
    assert find_all("text", "") == []
    assert find_all("", "x") == []
    assert find_all("text", "\u064e") == []  # a query that is only harakat finds nothing


def test_fold_origin() -> None:
    folded, origin = fold("Aَb", SearchOptions())
    assert folded == "ab"
    assert origin == (0, 2)


def test_squeeze_finds_text_in_a_rendered_copy() -> None:
    from pressdesk.util.textsearch import squeeze

    rendered = "30\u200f نوفمبر 2021\u200f،\u200f القاهرة \u200f-\u200f عقدت\nشبكة"
    assert squeeze("عقدت شبكة") in squeeze(rendered)
    assert squeeze("\ufee3\ufee8\ufec8\ufee4\ufe94") == "منظمة"  # presentation forms


def test_locate_words_even_when_the_pdf_reverses_a_line() -> None:
    from pressdesk.util.textsearch import locate_words

    pages = ["عنوان البيان\nفقرة أولى طويلة",
             "نص آخر\nEnglish in is release test long this of paragraph final The"]
    assert locate_words(pages, "The final paragraph of this long test release is in English.") == (1, 2 / 13)
    assert locate_words(pages, "فقرة أولى طويلة") == (0, 2 / 5)
    assert locate_words(pages, "nothing like this anywhere") is None
    assert locate_words(pages, "a b") is None


def test_locate_words_reads_pages_indexed_once_the_same_way() -> None:
    from pressdesk.util.textsearch import PageWords, locate_words

    pages = ["عنوان البيان\nفقرة أولى طويلة", "نص آخر\nEnglish in is release test long"]
    indexed = [PageWords(p) for p in pages]
    for text in ("فقرة أولى طويلة", "release test long", "nothing like this anywhere"):
        assert locate_words(indexed, text) == locate_words(pages, text)
