"""compose(): labels, datelines, quotes, directions and inline runs."""

from __future__ import annotations

import itertools

import pytest

from conftest import ARABIC_SAMPLE, DATA, ENGLISH_SAMPLE
from pressdesk.compose.dateline import format_dateline, to_digits
from pressdesk.compose.direction import language_direction, text_direction
from pressdesk.compose.document import Direction, Role, RunKind
from pressdesk.compose.inline import clean_text, split_runs
from pressdesk.compose.labels import labels_for
from pressdesk.model import BodyBlock, Release, load_release
from pressdesk.pipeline import prepare


def roles(doc):
    return [b.role for b in doc.blocks]


def test_arabic_sample_blocks_in_order():
    doc = prepare(load_release(ARABIC_SAMPLE)).document
    assert doc.language == "ar" and doc.direction is Direction.RTL
    assert roles(doc)[:3] == [Role.RELEASE_LINE, Role.HEADLINE, Role.LEAD]
    assert roles(doc)[-1] is Role.END_MARK
    assert doc.blocks[0].text == "للنشر الفوري"
    lead = doc.blocks[2]
    assert lead.runs[0].kind is RunKind.DATELINE
    assert lead.runs[0].text == "30 نوفمبر 2021، القاهرة - "
    assert doc.blocks[-1].text == "-انتهى-"
    assert all(b.direction is Direction.RTL for b in doc.blocks)
    order = [Role.BACKGROUND_HEADING, Role.CONTACTS_HEADING, Role.BOILERPLATE_HEADING, Role.END_MARK]
    idx = [roles(doc).index(r) for r in order]
    assert idx == sorted(idx)


def test_arabic_quote_attribution():
    doc = prepare(load_release(ARABIC_SAMPLE)).document
    quotes = [b.text for b in doc.blocks if b.role is Role.QUOTE]
    assert quotes[0].startswith("وقال د. كريم النوري، نائب وزير الهجرة والنزوح العراقي: «نحن")
    assert quotes[1].startswith("وأضاف د. النوري: «")


def test_english_quote_and_labels():
    doc = prepare(load_release(ENGLISH_SAMPLE), "classic").document
    quote = next(b.text for b in doc.blocks if b.role is Role.QUOTE)
    assert quote.startswith("“Water is where") and quote.endswith(
        "of the response,” said Leila Haddad, Regional Director."
    )
    assert doc.blocks[0].text.startswith("EMBARGOED UNTIL 3 December 2026, 10:00 (UTC+02:00)")
    assert doc.blocks[-1].text == "-ENDS-"
    lead = next(b for b in doc.blocks if b.role is Role.LEAD)
    assert lead.runs[0].text == "TUNIS, 3 December 2026 – "


def test_pull_quotes_by_template():
    doc = prepare(load_release(ENGLISH_SAMPLE), "modern").document
    i = roles(doc).index(Role.QUOTE)
    assert doc.blocks[i + 1].role is Role.QUOTE_ATTRIBUTION
    assert doc.blocks[i + 1].text == "— Leila Haddad, Regional Director"


def test_minimal_template_overrides_end_mark():
    doc = prepare(load_release(ARABIC_SAMPLE), "minimal").document
    assert doc.blocks[-1].text == "###"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ar", "30 نوفمبر 2021، القاهرة - "),
        ("ar-EG", "30 نوفمبر 2021، القاهرة - "),
        ("ar-IQ", "30 تشرين الثاني 2021، القاهرة - "),
        ("ar-SY", "30 تشرين الثاني 2021، القاهرة - "),
        ("ar-LB", "30 تشرين الثاني 2021، القاهرة - "),
        ("ar-MA", "30 نونبر 2021، القاهرة - "),
    ],
)
def test_arabic_datelines_follow_the_region(language, expected):
    assert format_dateline("القاهرة", "2021-11-30", language, labels_for(language)) == expected


def test_latin_datelines():
    assert format_dateline("Cairo", "2021-11-30", "en", labels_for("en")) == "CAIRO, 30 November 2021 – "
    assert (
        format_dateline("Le Caire", "2021-11-30", "fr", labels_for("fr"))
        == "LE CAIRE, le 30 novembre 2021 – "
    )


def test_digits_apply_to_the_dateline_only():
    labels = labels_for("ar")
    assert format_dateline("القاهرة", "2021-11-30", "ar", labels, "arab").startswith("٣٠ نوفمبر ٢٠٢١")
    assert to_digits("2021", "arabext") == "۲۰۲۱"
    release = load_release(ARABIC_SAMPLE)
    release.digits = "arab"
    doc = prepare(release).document
    lead = next(b for b in doc.blocks if b.role is Role.LEAD)
    assert lead.runs[0].text.startswith("٣٠")
    assert "2022" in lead.text  # body digits stay as typed


def test_the_digits_setting_leaves_the_city_as_typed():
    """A city's digits are the user's: 'COVID-19' as a city turned into 'COVID-١٩' in an
    English release, which every PDF reader then copied out backwards."""
    en = labels_for("en")
    assert format_dateline("COVID-19", "2021-11-30", "en", en, "arab") == "COVID-19, ٣٠ November ٢٠٢١ – "
    assert format_dateline("6th of October City", "", "en", en, "arab") == "6TH OF OCTOBER CITY – "
    assert format_dateline("", "2021-11-30", "en", en, "arabext") == "۳۰ November ۲۰۲۱ – "
    assert format_dateline("مدينة 6 أكتوبر", "2021-11-30", "ar", labels_for("ar"), "arab") == (
        "٣٠ نوفمبر ٢٠٢١، مدينة 6 أكتوبر - ")


def test_a_city_ending_in_arabic_indic_digits_keeps_apart_from_the_date():
    """In a left-to-right dateline, the bidi algorithm joined 'COVID-١٩' and ', ٣٠' into one
    right-to-left run (shown and copied 'COVID-٣٠ ,١٩'): a left-to-right mark ends the city."""
    en = labels_for("en")
    assert format_dateline("COVID-١٩", "2021-11-30", "en", en, "arab") == (
        "COVID-١٩\u200e, ٣٠ November ٢٠٢١ – ")
    assert format_dateline("COVID-19", "2021-11-30", "en", en, "arab") == "COVID-19, ٣٠ November ٢٠٢١ – "
    assert "\u200e" not in format_dateline("مدينة ٦", "2021-11-30", "ar", labels_for("ar"), "arab")


def test_language_direction():
    assert language_direction("ar-EG") is Direction.RTL
    assert language_direction("fa") is Direction.RTL
    assert language_direction("he") is Direction.RTL
    assert language_direction("fr") is Direction.LTR
    assert language_direction("xx-bogus") is Direction.LTR


def test_paragraph_direction_follows_its_words():
    assert text_direction("IMRF تبدأ هذه الفقرة بكلمة لاتينية", Direction.RTL) is Direction.RTL
    assert text_direction("This paragraph is English with الأمم", Direction.RTL) is Direction.LTR
    assert text_direction("مرحبا بكم in English text", Direction.LTR) is Direction.LTR
    assert text_direction("123 456", Direction.RTL) is Direction.RTL


def test_runs_isolate_latin_in_arabic():
    runs = split_runs("المنتدى (IMRF) و2030 Agenda والبريد (telyan@iom.int)", Direction.RTL)
    isolated = [(r.text, r.kind) for r in runs if r.direction is Direction.LTR]
    assert ("IMRF", RunKind.TEXT) in isolated
    assert ("2030 Agenda", RunKind.TEXT) in isolated or ("Agenda", RunKind.TEXT) in isolated
    assert ("telyan@iom.int", RunKind.EMAIL) in isolated
    assert "".join(r.text for r in runs) == "المنتدى (IMRF) و2030 Agenda والبريد (telyan@iom.int)"


def test_phone_numbers_read_left_to_right_in_arabic():
    runs = split_runs("الهاتف: +20 2 1234 5678", Direction.RTL)
    # one left-to-right unit, with no-break spaces so it never wraps over two lines
    assert any(r.text == "+20\u00a02\u00a01234\u00a05678" and r.direction is Direction.LTR
               for r in runs)


@pytest.mark.parametrize("text", ["ا 000000 1,234.56", "ا 1.5 000 0000", "ا 000 0000 1.5"])
def test_a_phone_number_never_cuts_a_longer_number(text):
    # "000000 1" of "000000 1,234.56" is no phone number: isolating it would move
    # "1" away from ",234.56" on the page (fuzzing found the PDF losing "1,234.56")
    runs = split_runs(text, Direction.RTL)
    for left, right in itertools.pairwise(runs):
        assert not (left.text[-1:].isdigit() and right.text[:1] in ",.0123456789"), runs


def test_arabic_in_english_is_isolated():
    runs = split_runs("The network (الشبكة الإقليمية) met today.", Direction.LTR)
    assert [r.text for r in runs if r.direction is Direction.RTL] == ["الشبكة الإقليمية"]


@pytest.mark.parametrize(
    "text",
    ["javascript:alert(1)", "data:text/html;base64,AAAA", "ftp://example.org/x", "www.example.org"],
)
def test_only_http_and_mail_become_links(text):
    runs = split_runs(f"see {text} now", Direction.LTR)
    assert all(r.kind is RunKind.TEXT for r in runs)


def test_url_trailing_punctuation_is_not_part_of_the_link():
    runs = split_runs("Read https://example.org/a/b?c=1. Then (https://example.org/x).", Direction.LTR)
    links = [r.href for r in runs if r.kind is RunKind.LINK]
    assert links == ["https://example.org/a/b?c=1", "https://example.org/x"]


def test_clean_text_removes_overrides_and_forbidden_characters():
    dirty = "a\u202eb\u2066c\u2069d\x00e\x07f\ufffeg\r\nh\tj"
    assert clean_text(dirty) == "abcdefg\nh j"
    assert clean_text("\u200fمرحبا\u200e") == "\u200fمرحبا\u200e"  # marks are harmless


def test_empty_release_composes():
    doc = prepare(Release(), "classic").document
    assert roles(doc) == [Role.RELEASE_LINE, Role.BOILERPLATE_HEADING, Role.BOILERPLATE, Role.END_MARK]


def test_missing_template_falls_back_without_losing_text():
    release = load_release(ARABIC_SAMPLE)
    release.template = "no-such-template"
    prepared = prepare(release)
    assert prepared.template.id == "classic"
    assert "not found" in prepared.warnings[0]
    assert any(b.text.startswith("تنظيم جلسة") for b in prepared.document.blocks)


def test_quote_without_speaker_and_body_starting_with_quote():
    release = Release(language="en", body=[BodyBlock(type="quote", text="Hello.")])
    release.dateline.city = "Tunis"
    release.dateline.date = "2026-01-02"
    doc = prepare(release, "classic").document
    assert roles(doc)[:3] == [Role.RELEASE_LINE, Role.LEAD, Role.QUOTE]
    assert doc.blocks[2].text == "“Hello.”"


def test_subject_is_the_subheadline_or_the_first_sentence():
    doc = prepare(load_release(ARABIC_SAMPLE)).document
    assert doc.metadata.subject.startswith("عقدت شبكة الأمم المتحدة الإقليمية")
    assert doc.metadata.subject.endswith("في مايو 2022.")
    doc = prepare(load_release(ENGLISH_SAMPLE)).document
    assert doc.metadata.subject.startswith("Partners commit USD 45 million")


def test_french_and_hebrew_attribution_punctuation():
    fr = prepare(load_release(DATA / "fr.pressrelease")).document
    quote = next(b.text for b in fr.blocks if b.role is Role.QUOTE)
    assert quote.endswith("des gens », a déclaré Leïla Haddad, directrice régionale.")
    he = prepare(load_release(DATA / "he.pressrelease")).document
    quote = next(b.text for b in he.blocks if b.role is Role.QUOTE)
    assert 'היומיום," אמר/ה' in quote


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "IMRF تبدأ هذه الفقرة بكلمة لاتينية", "ar"),
    ("ar", "This paragraph is English with الأمم المتحدة inside", "en-GB"),
    ("fa", "An English paragraph in a Persian release", "en-GB"),
    ("en", "فقرة عربية كاملة في بيان باللغة الإنجليزية", "ar"),
    ("fr", "این یک پاراگراف فارسی در بیانیه فرانسوی است", "fa"),
    ("en", "זוהי פסקה בעברית בתוך הודעה באנגלית", "he"),
    ("en", "An English paragraph with one word مرحبا", "en"),
])
def test_a_paragraph_in_another_language_is_tagged_with_it(language, text, expected):
    """A paragraph that runs against the release is in another language: its lang (HTML),
    w:lang (DOCX) and script (PDF fonts) say so instead of the release's."""
    release = Release(language=language, body=(BodyBlock(text=text),))
    (block,) = [b for b in prepare(release, "classic").document.blocks if b.role is Role.PARAGRAPH]
    assert block.language == expected


def test_the_english_of_the_template_tags_english_paragraphs():
    from dataclasses import replace

    from pressdesk.templating.library import builtin_template

    template = builtin_template("classic")
    us = replace(template, data={**template.data, "spelling": {"english": "en-US"}})
    release = Release(language="ar", body=(BodyBlock(text="An English paragraph"),))
    (block,) = [b for b in prepare(release, us).document.blocks if b.role is Role.PARAGRAPH]
    assert block.language == "en-US"
