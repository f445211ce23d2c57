"""The conventions, one by one: datelines, months, digits, quotes, release lines, sections."""

from __future__ import annotations

import pytest

from pressdesk.importers import import_text
from pressdesk.importers.dateline import parse_embargo, split_dateline
from pressdesk.importers.language import detect_language
from pressdesk.importers.months import find_date
from pressdesk.importers.quotes import split_quotes

LEAD = " أعلنت المنظمة اليوم عن برنامج جديد لدعم الأسر في المنطقة."


@pytest.mark.parametrize(("text", "city", "date"), [
    ("30 نوفمبر 2021، القاهرة -" + LEAD, "القاهرة", "2021-11-30"),
    ("جنيف، 17 أيار/مايو 2013 –" + LEAD, "جنيف", "2013-05-17"),
    ("الرباط في 5 مارس 2024 –" + LEAD, "الرباط", "2024-03-05"),
    ("بغداد، 3 تشرين الثاني 2022 -" + LEAD, "بغداد", "2022-11-03"),
    ("الرباط، ٥ نونبر ٢٠٢٤ -" + LEAD, "الرباط", "2024-11-05"),
    ("تونس، 9 جانفي 2023 –" + LEAD, "تونس", "2023-01-09"),
    ("بيروت، الثلاثاء 4 آب 2020 –" + LEAD, "بيروت", "2020-08-04"),
    ("GENEVA, 10 July 2018 – The agency said today it would open an office.", "GENEVA", "2018-07-10"),
    ("New York, July 10, 2018 – The agency said today it would open an office.", "New York", "2018-07-10"),
    ("GENÈVE, le 12 mars 2024 – L’agence a annoncé aujourd’hui un nouveau bureau.", "GENÈVE", "2024-03-12"),
    ("ז'נבה, 11 ביוני 2009 – הארגון הודיע היום על פתיחת משרד חדש בעיר.", "ז'נבה", "2009-06-11"),
    ("تهران، ۱۰ دسامبر ۲۰۲۳ – سازمان امروز برنامه تازه‌ای را آغاز کرد.", "تهران", "2023-12-10"),
    ("کابل، ۱۰ جنوری ۲۰۲۴ – سازمان امروز برنامه تازه‌ای را آغاز کرد.", "کابل", "2024-01-10"),
    ("CAIRO – The agency said today it would open an office.", "CAIRO", ""),
    ("GENEVA (10 July 2018) – The agency said today it would open an office.", "GENEVA", "2018-07-10"),
    ("جنيف - 10 يوليو 2018 -" + LEAD, "جنيف", "2018-07-10"),
    ("Genève – 12 mars 2024 – L’agence a annoncé aujourd’hui un nouveau bureau.", "Genève", "2024-03-12"),
    ("عمّان (الأردن)، 5 مارس 2024 –" + LEAD, "عمّان (الأردن)", "2024-03-05"),
    ("NEW YORK/GENEVA, 10 July 2018 - The agency said today it would open an office.", "NEW YORK/GENEVA",
     "2018-07-10"),
    ("ירושלים, 11.6.2009 – הארגון הודיע היום על פתיחת משרד חדש בעיר.", "ירושלים", "2009-06-11"),
    ("10 July 2018 – The agency said today it would open an office.", "", "2018-07-10"),
])
def test_datelines(text: str, city: str, date: str) -> None:
    m = split_dateline(text)
    assert m is not None and (m.city, m.date) == (city, date)
    assert m.rest and not m.rest.startswith(("-", "–"))


@pytest.mark.parametrize("text", [
    "The minister said on 10 July 2018 - that the plan works.",
    "In 2018 the agency opened 40 offices – more than ever.",
])
def test_no_dateline_in_ordinary_sentences(text: str) -> None:
    assert split_dateline(text) is None


def test_month_names_come_from_cldr_for_regional_variants() -> None:
    for text, month in [("1 كانون الثاني 2020", 1), ("1 شباط 2020", 2), ("1 غشت 2020", 8),
                        ("1 شتنبر 2020", 9),
                        ("1 أفريل 2020", 4), ("1 جويلية 2020", 7), ("1 دجنبر 2020", 12), ("1 ژوئن 2020", 6),
                        ("1 אוקטובר 2020", 10), ("1er août 2020", 8), ("Sept. 1, 2020", 9)]:
        found = find_date(text)
        assert found is not None and found.date.month == month, text


def test_moroccan_months_give_the_moroccan_variant() -> None:
    r = import_text("عنوان الخبر هنا\nالرباط، 5 نونبر 2024 -" + LEAD).release
    assert r.language == "ar-MA"
    assert import_text("عنوان الخبر هنا\nالرباط، ٥ مارس ٢٠٢٤ -" + LEAD).release.digits == "arab"


@pytest.mark.parametrize(("text", "want"), [
    ('وقال X، Y: «نص أول»', [("X", "Y", "وقال", "نص أول")]),
    ('وأضاف د. علي: "نص ثانٍ."', [("د. علي", "", "وأضاف", "نص ثانٍ.")]),
    ('"We will help," said Jane Doe, UN Coordinator.', [("Jane Doe", "UN Coordinator", "", "We will help")]),
    ('"We will help," Jane Doe said.', [("Jane Doe", "", "", "We will help")]),
    ("« Nous aiderons », a déclaré Marie Curie, directrice.",
     [("Marie Curie", "directrice", "", "Nous aiderons")]),
    ('"נעזור", אמר דוד לוי, מנהל.', [("דוד לוי", "מנהל", "", "נעזור")]),
    ("مریم رضایی، مدیر دفتر، گفت: «کمک می‌کنیم.»", [("مریم رضایی", "مدیر دفتر", "", "کمک می‌کنیم.")]),
    ('وقال علي: "أ". وقالت سلمى: "ب".', [("علي", "", "وقال", "أ"), ("سلمى", "", "وقالت", "ب")]),
    ('وقال ممثل المنظمة في اليمن، الدكتور أحمد زويتن: "نص."',
     [("الدكتور أحمد زويتن", "ممثل المنظمة في اليمن", "وقال", "نص.")]),
    ('"Text," said the Head of Office, Dr. Jane Doe.', [("Dr. Jane Doe", "the Head of Office", "", "Text")]),
])
def test_quotes(text: str, want: list[tuple[str, str, str, str]]) -> None:
    got = split_quotes(text)
    assert got is not None
    assert [(q.speaker, q.role, q.lead_in, q.text) for q in got] == want


@pytest.mark.parametrize("text", [
    'The so-called "safe zones" are not safe, the report found.',
    'وقال علي: "نص" مشيراً إلى أن الوضع صعب.',
    "No quotes here at all.",
])
def test_not_quotes(text: str) -> None:
    assert split_quotes(text) is None


@pytest.mark.parametrize(("text", "until"), [
    ("EMBARGOED UNTIL 10:00 GMT, 3 December 2026", "2026-12-03T10:00:00+00:00"),
    ("Sous embargo jusqu’au 12 mars 2024, 10 h 00 (UTC+1)", "2024-03-12T10:00:00+01:00"),
    ("يحظر النشر قبل الساعة 10:00 بتوقيت غرينتش يوم 3 ديسمبر 2026", "2026-12-03T10:00:00+00:00"),
    ("Embargoed until 9 a.m. EST, March 3, 2025", "2025-03-03T09:00:00-05:00"),
])
def test_embargo_times(text: str, until: str) -> None:
    assert parse_embargo(text).until == until


def test_embargo_line_becomes_the_release_line() -> None:
    r = import_text("EMBARGOED UNTIL 10:00 GMT, 3 December 2026\nHeadline here\n"
                    "GENEVA, 1 December 2026 – The agency will publish its report on Thursday.").release
    assert (r.release.kind, r.release.until) == ("embargoed", "2026-12-03T10:00:00+00:00")
    assert r.headline == "Headline here"


@pytest.mark.parametrize(("text", "lang"), [
    ("المنظمة الدولية للهجرة هي المنظمة الرائدة", "ar"),
    ("سازمان بین‌المللی مهاجرت یک سازمان پیشرو است", "fa"),
    ("הארגון הבינלאומי להגירה", "he"), ("L’organisation est la principale agence des migrations", "fr"),
    ("The organisation is the leading agency for migration", "en"),
])
def test_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_pasted_text_with_notes_and_unplaced_text_keeps_every_word() -> None:
    text = ("Agency letterhead line\nPRESS RELEASE\nHeadline of the day\n"
            "GENEVA, 10 July 2018 – The agency opened a new office in the city today.\n"
            "More detail follows in this second paragraph of the release.\n###\n"
            "Notes to editors\n1. The report is online.\nAbout the Agency\nThe Agency helps people.")
    result = import_text(text)
    r = result.release
    assert r.headline == "Headline of the day"
    assert r.body[0].text == "Agency letterhead line"  # unplaced, kept, reported
    assert any("above the headline" in u for u in result.report.unsure)
    assert r.notes_to_editors == ["1. The report is online."]
    assert r.boilerplate == "The Agency helps people."
    assert any("end mark" in d for d in result.report.dropped)


def test_release_without_dateline_says_so() -> None:
    result = import_text("Headline alone\nThe first paragraph of the release has no dateline at all.")
    assert result.release.headline == "Headline alone"
    assert "no dateline found" in result.report.unsure


@pytest.mark.parametrize("top", ["10 July 2018", "Published: 10 July 2018"])
def test_date_on_a_line_of_its_own(top: str) -> None:
    text = ("Headline of the story\n" + top + "\n"
            "The agency opened a new office in the city today, officials said.")
    r = import_text(text).release
    assert (r.headline, r.dateline.date) == ("Headline of the story", "2018-07-10")
    assert [b.text for b in r.body] == ["The agency opened a new office in the city today, officials said."]


def test_contact_blocks_in_their_usual_shapes() -> None:
    from pressdesk.importers.contacts import parse_contacts

    got, _ = parse_contacts(["For more information on this topic, please contact:",
                             "In Geneva, Jane Doe, doe@unhcr.org, +41 79 000 00 00",
                             "In Amman, John Roe, roe@unhcr.org, +962 79 000 0000"])
    assert [(c.name, c.role, c.email) for c in got] == [
        ("Jane Doe", "In Geneva", "doe@unhcr.org"), ("John Roe", "In Amman", "roe@unhcr.org")]
    got, _ = parse_contacts(["Jane Doe", "Communications Officer", "Telephone: +41 22 791 0000",
                             "Email: doe@who.int", "John Roe", "Spokesperson", "Email: roe@who.int"])
    assert [(c.name, c.role, c.phone, c.email) for c in got] == [
        ("Jane Doe", "Communications Officer", "+41 22 791 0000", "doe@who.int"),
        ("John Roe", "Spokesperson", "", "roe@who.int")]
    got, _ = parse_contacts(["الاسم: أحمد علي", "البريد الإلكتروني: ali@un.org"])
    assert [(c.name, c.email) for c in got] == [("أحمد علي", "ali@un.org")]
    got, _ = parse_contacts(["Marie Dupont – Tél. : +33 1 23 45 67 89 – marie@x.org"])
    assert [(c.name, c.phone, c.email) for c in got] == [("Marie Dupont", "+33 1 23 45 67 89", "marie@x.org")]
