# ruff: noqa: E501  (sample release text, one paragraph a line)
"""Renderer-neutral Documents built by hand, as compose would build them (no compose step).

One factory for the renderer tests, with one set of helpers: ``style`` (a role's style from
a font triple), ``runs_for`` (a block's runs, by the product's ``split_runs``), ``_doc`` (the
Document around the blocks), ``sample_lines`` (the seed release, read once).

- PDF tests: ``arabic_doc``, ``english_doc``, ``persian_doc``, ``hebrew_doc``, ``stress_doc``
  (``pdf_helpers.fake("arabic")`` calls ``arabic_doc``), in the ``pdf_styles`` look.
- DOCX tests: ``arabic_document`` and ``english_document``, with the roles a release has
  (release line, headline, lead with a dateline run, paragraphs, quotes, background, contacts
  with an e-mail, boilerplate, notes with a link, end mark), in the ``classic_styles`` look.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from functools import cache
from pathlib import Path

from pressdesk.compose.document import (
    Block,
    Direction,
    Document,
    FontSpec,
    Identity,
    Metadata,
    PageFurniture,
    PageSpec,
    Role,
    RoleStyle,
    Run,
    RunKind,
)
from pressdesk.compose.inline import split_runs
from pressdesk.model import BodyBlock, Release

HERE = Path(__file__).resolve().parent
# the seed release as scraped (a copy of shared/samples/, so the tests need nothing outside the repo)
SAMPLE = HERE / "data" / "iom-mena-imrf-briefing-ar.txt"
LOGO = HERE / "render_pdf" / "data" / "logo.png"
AR_DATELINE = "30 نوفمبر 2021، القاهرة - "

Fonts = tuple[str, str, str]  # (arabic, latin, hebrew) families


# ---- shared helpers ----------------------------------------------------------------------


def style(fonts: Fonts, size: float, *, bold: bool = False, italic: bool = False, **kw) -> RoleStyle:
    """A role's style: ``fonts`` at ``size``; the other keywords are RoleStyle's."""
    return RoleStyle(FontSpec(*fonts, size, bold=bold, italic=italic), **kw)


def runs_for(text: str, direction: Direction, *, typed_spaces: bool = False) -> tuple[Run, ...]:
    """The runs compose gives plain text (``split_runs``): links and e-mails, isolated
    opposite-direction spans, line breaks. ``split_runs`` joins a phone number in RTL text
    with no-break spaces; ``typed_spaces`` keeps the spaces it was typed with (the PDF stress
    release was written that way and its tests read it back as typed)."""
    runs = split_runs(text, direction)
    if typed_spaces:
        runs = [replace(r, text=r.text.replace("\u00a0", " ")) if r.direction else r for r in runs]
    return tuple(runs)


def _block(role: Role, text: str, d: Direction, lang: str, *, plain: bool = False) -> Block:
    """A block of ``text`` split into runs, or one plain run (``plain``)."""
    return Block(role, (Run(text),) if plain else runs_for(text, d), d, lang)


def _lead(dateline: str, text: str, d: Direction, lang: str, **kw) -> Block:
    """The lead: a dateline run, then the text's runs."""
    return Block(Role.LEAD, (Run(dateline, RunKind.DATELINE), *runs_for(text, d, **kw)), d, lang)


def _doc(
    language: str,
    direction: Direction,
    blocks: list[Block],
    title: str,
    *,
    styles: dict[Role, RoleStyle] | None = None,
    page: PageSpec | None = None,
    org: str = "Example Organisation",
    logo: Path | None = None,
    header_text: str = "",
    footer_text: str = "",
    page_label: str | None = None,
    digits: str = "latn",
    author: str = "Press Office",
    subject: str = "Press release",
    keywords: tuple[str, ...] = ("migration", "IMRF"),
    date: str = "2021-11-30",
    template_id: str = "",
) -> Document:
    """The Document around ``blocks``; the defaults are the PDF releases' (``pdf_styles``)."""
    rtl = direction is Direction.RTL
    return Document(
        language=language,
        direction=direction,
        blocks=tuple(blocks),
        styles=styles or pdf_styles(),
        page=page or PageSpec(),
        identity=Identity(name=org, logo=logo),
        furniture=PageFurniture(
            header_text=header_text,
            footer_text=footer_text,
            page_label=page_label or ("صفحة {page} من {pages}" if rtl else "Page {page} of {pages}"),
            digits=digits,
        ),
        metadata=Metadata(title=title, author=author, subject=subject, keywords=keywords, date=date),
        template_id=template_id,
    )


@cache
def sample_lines() -> tuple[str, ...]:
    """The seed release's paragraphs, one a line: the release, ``#boilerplate``, the boilerplate."""
    text = SAMPLE.read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip())


# ---- PDF tests ---------------------------------------------------------------------------


def pdf_styles(arabic="IBM Plex Sans Arabic", latin="Noto Sans", hebrew="Heebo", head="Noto Kufi Arabic",
               accent="#1f4e79") -> dict[Role, RoleStyle]:
    text, heading = (arabic, latin, hebrew), (head, latin, hebrew)
    body = dict(line_height=1.55, align="justify", space_after=8)
    return {
        Role.RELEASE_LINE: style(text, 9.5, bold=True, color=accent, uppercase=True),
        Role.HEADLINE: style(heading, 20, bold=True, color=accent, line_height=1.35,
                             space_before=6, space_after=10, keep_with_next=True),
        Role.SUBHEADLINE: style(text, 13, color="#444444", keep_with_next=True),
        Role.LEAD: style(text, 11.5, **body),
        Role.PARAGRAPH: style(text, 11, **body),
        Role.QUOTE: style(text, 11, italic=True, color="#333333", indent=14,
                          border_start=3, rule_color=accent, line_height=1.55),
        Role.BACKGROUND_HEADING: style(heading, 12.5, bold=True, color=accent),
        Role.BACKGROUND: style(text, 10.5, **body),
        Role.CONTACTS_HEADING: style(heading, 12, bold=True, color=accent, rule_above=True),
        Role.CONTACT: style(text, 10.5, line_height=1.45),
        Role.END_MARK: style(text, 11, bold=True, align="center", space_before=12),
    }


def arabic_doc() -> Document:
    """The whole seed sample, every line after the lead a paragraph (or a quote)."""
    lines = sample_lines()
    rtl = Direction.RTL
    assert lines[1].startswith(AR_DATELINE)
    blocks = [_block(Role.RELEASE_LINE, "للنشر الفوري", rtl, "ar", plain=True),
              _block(Role.HEADLINE, lines[0], rtl, "ar", plain=True),
              _lead(AR_DATELINE, lines[1][len(AR_DATELINE):], rtl, "ar")]
    for line in lines[2:]:
        role = Role.QUOTE if line.startswith("وقال") and '"' in line else Role.PARAGRAPH
        blocks.append(_block(role, line, rtl, "ar"))
    blocks.append(_block(Role.END_MARK, "-انتهى-", rtl, "ar", plain=True))
    return _doc("ar", rtl, blocks, lines[0], org="المكتب الإقليمي للمنظمة الدولية للهجرة",
                header_text="القاهرة", digits="arab", logo=LOGO)


ENGLISH = """Regional briefing prepares Arab States for the International Migration Review Forum
CAIRO, 30 November 2021 - The United Nations Regional Network on Migration held a briefing today for the countries of the Arab region ahead of the International Migration Review Forum (IMRF), which will take place in May 2022 in New York.
The Forum will be held from 10 to 13 May 2022 and will be preceded by a multi-stakeholder hearing on 9 May 2022. It will include four round tables, a policy debate and a plenary in which a progress declaration will be adopted.
"We remain committed to developing our national migration governance capacities," said Dr. Karim Al-Nouri, Deputy Minister of Migration and Displaced. "This goal requires a whole-of-government approach and cooperation with our international partners."
The Global Compact for Safe, Orderly and Regular Migration was adopted in 2018 as a new global approach to migration governance that recognises its multidimensional reality and offers a comprehensive approach to improving international cooperation. Regional reviews, including the one held in the Arab region in February 2021, feed into the Forum; 39 United Nations entities make up the Network.
Countries are encouraged to submit voluntary national reports presenting their progress, and stakeholders may send their inputs through https://migrationnetwork.un.org/imrf-2022/inputs?lang=en before the Forum.
For more information, please contact Tamim Elyan at telyan@iom.int or +20 2 1234 5678."""


def english_doc() -> Document:
    lines = ENGLISH.splitlines()
    ltr = Direction.LTR
    dateline, _, rest = lines[1].partition(" - ")
    blocks = [_block(Role.RELEASE_LINE, "For immediate release", ltr, "en", plain=True),
              _block(Role.HEADLINE, lines[0], ltr, "en", plain=True),
              _lead(dateline + " - ", rest, ltr, "en")]
    for line in lines[2:]:
        role = Role.QUOTE if line.startswith('"') else Role.PARAGRAPH
        blocks.append(_block(role, line, ltr, "en"))
    blocks.append(_block(Role.END_MARK, "###", ltr, "en", plain=True))
    return _doc("en", ltr, blocks, lines[0], styles=pdf_styles(latin="Noto Serif"), org="IOM Regional Office",
                footer_text="IOM Regional Office for the Middle East and North Africa")


def _rtl_doc(lang: str, lines: list[str], title: str, *, typed_spaces: bool = False, **kw) -> Document:
    """A headline, then a paragraph a line."""
    rtl = Direction.RTL
    blocks = [_block(Role.HEADLINE, lines[0], rtl, lang, plain=True)]
    blocks += [Block(Role.PARAGRAPH, runs_for(line, rtl, typed_spaces=typed_spaces), rtl, lang)
               for line in lines[1:]]
    return _doc(lang, rtl, blocks, title, **kw)


PERSIAN = [
    "سازمان بین‌المللی مهاجرت گزارش ژوئن را منتشر کرد",
    "تهران، ۱۰ خرداد ۱۴۰۱ - سازمان بین‌المللی مهاجرت (IOM) امروز گزارش تازه‌ای دربارهٔ وضعیت مهاجران در منطقه منتشر کرد که چهار بخش دارد و پیشنهادهایی برای دولت‌ها ارائه می‌دهد.",
    "در این گزارش آمده است که بیش از ۶ میلیون نفر در سال گذشته جابه‌جا شده‌اند؛ وی گفت این رقم چشمگیر است و ژرف‌نگری می‌خواهد. چ ژ ی پ گ",
]

def persian_doc() -> Document:
    return _rtl_doc("fa", PERSIAN, PERSIAN[0], digits="arabext", page_label="صفحه {page} از {pages}")


HEBREW = [
    "הארגון הבינלאומי להגירה פרסם היום דוח חדש",
    "ירושלים, 1 במרץ 2026 - הארגון הבינלאומי להגירה (IOM) פרסם היום דוח חדש על מצב המהגרים באזור, ובו ארבעה פרקים והמלצות לממשלות.",
    "לפרטים נוספים: d.levy@example.org או באתר https://example.org/he",
]

def hebrew_doc() -> Document:
    return _rtl_doc("he", HEBREW, HEBREW[0], styles=pdf_styles(hebrew="Frank Ruhl Libre"),
                    page_label="עמוד {page} מתוך {pages}")


LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconi"  # 41 Latin letters
STRESS = [
    "اختبار الاتجاهات المختلطة: 1,234.56 دولار و45% (IMRF) و\"2030 Agenda\"",
    "(IMRF) في بداية السطر، ثم أرقام مثل 1,234.56 و45% و2021-11-30 والهاتف +20 2 1234 5678 داخل النص.",
    "الرابط https://example.org/a/b?c=1 والبريد press@example.org يجب أن يبقيا في مكانهما (وهذا نص بين قوسين).",
    f"كلمة لاتينية طويلة جدًا {LONG_WORD} في وسط جملة عربية طويلة تمتد على أكثر من سطر واحد لاختبار ترتيب الأسطر في الفقرات الطويلة التي تلتف على عدة أسطر في الصفحة المطبوعة.",
    "\"اقتباس في بداية الفقرة\" ثم نص عادي، ثم 2030 Agenda for Sustainable Development، ثم نص ينتهي بقوسين (UNHCR)",
    "«نحن ملتزمون بتحقيق 100% من أهداف خطة 2030» قالت المديرة (UNDP).",
]

def stress_doc() -> Document:
    return _rtl_doc("ar", STRESS, "اختبار الاتجاهات المختلطة", typed_spaces=True)


# ---- DOCX tests --------------------------------------------------------------------------

BODY_FONTS = ("Amiri", "Noto Serif", "Frank Ruhl Libre")
HEADING_FONTS = ("Noto Kufi Arabic", "Noto Sans", "Heebo")
ACCENT, TEXT, MUTED, RULE = "#1f4e79", "#1a1a1a", "#5a5a5a", "#b7c3d0"


def classic_styles() -> dict[Role, RoleStyle]:
    """Mirrors resources/style_defaults.toml (the "classic" look)."""
    body, head = BODY_FONTS, HEADING_FONTS
    heading = dict(color=ACCENT, space_before=10, space_after=4, keep_with_next=True)
    return {
        Role.RELEASE_LINE: style(head, 10, bold=True, color=ACCENT, space_after=10, uppercase=True),
        Role.HEADLINE: style(head, 19, bold=True, color=ACCENT, space_after=6, line_height=1.35,
                             keep_with_next=True),
        Role.SUBHEADLINE: style(head, 13, color=MUTED, space_after=12, line_height=1.35, keep_with_next=True),
        Role.LEAD: style(body, 12, color=TEXT, space_after=8, line_height=1.55, align="justify"),
        Role.PARAGRAPH: style(body, 12, color=TEXT, space_after=8, line_height=1.55, align="justify",
                              rule_color=RULE),
        Role.QUOTE: style(body, 12, color=TEXT, space_after=8, line_height=1.55, align="justify"),
        Role.QUOTE_ATTRIBUTION: style(head, 10, color=MUTED, space_after=10, align="end"),
        Role.BACKGROUND_HEADING: style(head, 12, bold=True, **heading),
        Role.BACKGROUND: style(body, 11, color=TEXT, space_after=6, line_height=1.5, align="justify"),
        Role.CONTACTS_HEADING: style(head, 11, bold=True, **heading),
        Role.CONTACT: style(body, 11, color=TEXT, space_after=4, line_height=1.45),
        Role.BOILERPLATE_HEADING: style(head, 11, bold=True, **heading),
        Role.BOILERPLATE: style(body, 10, color=MUTED, space_after=6, line_height=1.5, align="justify"),
        Role.NOTES_HEADING: style(head, 11, bold=True, **heading),
        Role.NOTE: style(body, 10, color=TEXT, space_after=4, line_height=1.45),
        Role.END_MARK: style(head, 11, bold=True, color=MUTED, space_before=12, align="center"),
        Role.FIGURE: style(body, 12, color=TEXT, space_before=4, space_after=4, keep_with_next=True),
        Role.CAPTION: style(body, 10, color=MUTED, space_after=2, line_height=1.4),
        Role.CREDIT: style(head, 8, color=MUTED, space_after=10, line_height=1.3),
        Role.LIST_ITEM: style(body, 12, color=TEXT, space_after=4, line_height=1.5, indent=18),
    }


def arabic_document(
    *,
    language: str = "ar-EG",
    logo: Path | None = None,
    page: PageSpec | None = None,
    digits: str = "latn",
) -> Document:
    """The seed sample with its sections: background, contacts, boilerplate, notes."""
    lines = sample_lines()
    cut = lines.index("#boilerplate")
    release, about = lines[:cut], lines[cut + 1]
    headline, lead, rest = release[0], release[1], release[2:]
    contact_line = rest[-1]
    background = [p for p in rest[:-1] if p.startswith("أنشأ الأمين العام")]
    body = [p for p in rest[:-1] if p not in background]
    rtl, lg = Direction.RTL, language

    assert lead.startswith(AR_DATELINE)
    blocks = [
        _block(Role.RELEASE_LINE, "للنشر الفوري", rtl, lg),
        _block(Role.HEADLINE, headline, rtl, lg),
        _lead(AR_DATELINE, lead[len(AR_DATELINE):], rtl, lg),
    ]
    for para in body:
        role = Role.QUOTE if para.startswith("وقال") else Role.PARAGRAPH
        blocks.append(_block(role, para, rtl, lg))
    blocks.append(_block(Role.BACKGROUND_HEADING, "خلفية", rtl, lg))
    blocks.extend(_block(Role.BACKGROUND, p, rtl, lg) for p in background)
    blocks.append(_block(Role.CONTACTS_HEADING, "للمزيد من المعلومات، يرجى التواصل مع:", rtl, lg))
    blocks.append(_block(Role.CONTACT, contact_line, rtl, lg))
    blocks.append(_block(Role.BOILERPLATE_HEADING, "من نحن", rtl, lg))
    blocks.append(_block(Role.BOILERPLATE, about, rtl, lg))
    blocks.append(_block(Role.NOTES_HEADING, "ملاحظات للمحررين", rtl, lg))
    blocks.append(_block(Role.NOTE, "تدعم المنظمة تحقيق خطة 2030 Agenda، والمزيد على "
                         "https://www.iom.int/ar أو عبر الهاتف +20 2 1234 5678.", rtl, lg))
    blocks.append(_block(Role.END_MARK, "-انتهى-", rtl, lg))
    return _doc(
        language, rtl, blocks, headline,
        styles=classic_styles(),
        page=page or PageSpec(margin_top_mm=22, margin_bottom_mm=20),
        org="المنظمة الدولية للهجرة",
        logo=logo,
        header_text="المكتب الإقليمي للشرق الأوسط وشمال أفريقيا",
        footer_text="المنظمة الدولية للهجرة - القاهرة",
        digits=digits,
        author="المنظمة الدولية للهجرة",
        subject="بيان صحفي",
        keywords=("IMRF", "الهجرة"),
        template_id="classic",
    )


EN_PARAGRAPHS = [
    "The Regional Network for Sustainable Development today launched a three-year programme "
    "to strengthen water security for 1.2 million people in rural communities across North "
    "Africa. The programme, known as WARD (Water Access and Resilience for Development), "
    "brings together 14 national and local partners and is part of the region's contribution "
    "to the 2030 Agenda.",
    "Rainfall in the region has fallen by up to 30% over the past two decades, and "
    "groundwater levels in some basins drop by more than 1.5 metres a year. Small farmers, "
    "women-headed households and displaced families are the first to feel the shortage.",
    "In its first year, WARD will rehabilitate 120 wells and cisterns in villages such as "
    "الرشيدية and train 3,500 farmers in water-saving irrigation. Progress will be published "
    "every quarter at https://example.org/ward/progress.",
]

def english_document(*, page: PageSpec | None = None, logo: Path | None = None) -> Document:
    ltr, lg = Direction.LTR, "en"
    blocks = [
        _block(Role.RELEASE_LINE, "Embargoed until 3 December 2026, 10:00 (UTC+2)", ltr, lg),
        _block(Role.HEADLINE, "Regional Network Launches Water Resilience Programme for 1.2 Million "
               "People in North Africa", ltr, lg),
        _block(Role.SUBHEADLINE, "Partners commit USD 45 million over three years; first "
               "projects start in Tunisia, Morocco and Egypt", ltr, lg),
        _lead("TUNIS, 3 December 2026 – ", EN_PARAGRAPHS[0], ltr, lg),
        *(_block(Role.PARAGRAPH, p, ltr, lg) for p in EN_PARAGRAPHS[1:]),
        _block(Role.QUOTE, "“Water is where climate change meets people's daily lives,” said "
               "Leila Haddad, Regional Director.", ltr, lg),
        _block(Role.BACKGROUND_HEADING, "Background", ltr, lg),
        _block(Role.BACKGROUND, "North Africa is among the most water-stressed regions in the world.", ltr, lg),
        _block(Role.CONTACTS_HEADING, "Media contacts", ltr, lg),
        _block(Role.CONTACT, "Sami Ben Salah, Communications Officer\nmedia@example.org, +216 71 000 000",
               ltr, lg),
        _block(Role.END_MARK, "###", ltr, lg),
    ]
    return _doc(
        lg, ltr, blocks, "Regional Network Launches Water Resilience Programme",
        styles=classic_styles(),
        page=page or PageSpec(size="Letter", margin_top_mm=22, margin_bottom_mm=20),
        org="Regional Network for Sustainable Development",
        logo=logo,
        author="Regional Network",
        subject="",
        keywords=("water", "climate"),
        date="2026-12-03",
    )


def lengthened(base: Release, words: int = 5000, headline: str = "") -> Release:
    """``base`` with its body repeated until it holds about ``words`` words (long-release
    tests and the benchmarks' ``long_release``)."""
    release = copy.deepcopy(base)
    release.headline = headline or release.headline
    release.body = []
    while release.word_count() < words:
        for block in base.body:
            release.body.append(BodyBlock(**{**block.__dict__}))
            if release.word_count() >= words:
                break
    return release
