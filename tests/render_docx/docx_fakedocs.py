"""Renderer-neutral Documents built by hand, as compose would build them.

The Arabic one comes from the IOM MENA briefing (tests/render_docx/data), with the roles
a release has: release line, headline, lead with a dateline run, paragraphs, quotes,
background, contacts with an e-mail, boilerplate, notes with a link, end mark.
"""

from __future__ import annotations

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

# the seed release as scraped (a copy of shared/samples/, so the tests need nothing outside the repo)
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "iom-mena-imrf-briefing-ar.txt"
AR_DATELINE = "30 نوفمبر 2021، القاهرة - "

BODY_FONTS = ("Amiri", "Noto Serif", "Frank Ruhl Libre")
HEADING_FONTS = ("Noto Kufi Arabic", "Noto Sans", "Heebo")
ACCENT, TEXT, MUTED, RULE = "#1f4e79", "#1a1a1a", "#5a5a5a", "#b7c3d0"


def _font(kind: str, size: float, bold: bool = False) -> FontSpec:
    arabic, latin, hebrew = HEADING_FONTS if kind == "heading" else BODY_FONTS
    return FontSpec(arabic=arabic, latin=latin, hebrew=hebrew, size=size, bold=bold)


def default_styles() -> dict[Role, RoleStyle]:
    """Mirrors resources/style_defaults.toml (the "classic" look)."""
    heading = dict(color=ACCENT, space_before=10, space_after=4, keep_with_next=True)
    return {
        Role.RELEASE_LINE: RoleStyle(
            _font("heading", 10, True), color=ACCENT, space_after=10, uppercase=True
        ),
        Role.HEADLINE: RoleStyle(
            _font("heading", 19, True), color=ACCENT, space_after=6, line_height=1.35, keep_with_next=True
        ),
        Role.SUBHEADLINE: RoleStyle(
            _font("heading", 13), color=MUTED, space_after=12, line_height=1.35, keep_with_next=True
        ),
        Role.LEAD: RoleStyle(_font("body", 12), color=TEXT, space_after=8, line_height=1.55, align="justify"),
        Role.PARAGRAPH: RoleStyle(
            _font("body", 12), color=TEXT, space_after=8, line_height=1.55, align="justify", rule_color=RULE
        ),
        Role.QUOTE: RoleStyle(
            _font("body", 12), color=TEXT, space_after=8, line_height=1.55, align="justify"
        ),
        Role.QUOTE_ATTRIBUTION: RoleStyle(_font("heading", 10), color=MUTED, space_after=10, align="end"),
        Role.BACKGROUND_HEADING: RoleStyle(_font("heading", 12, True), **heading),
        Role.BACKGROUND: RoleStyle(
            _font("body", 11), color=TEXT, space_after=6, line_height=1.5, align="justify"
        ),
        Role.CONTACTS_HEADING: RoleStyle(_font("heading", 11, True), **heading),
        Role.CONTACT: RoleStyle(_font("body", 11), color=TEXT, space_after=4, line_height=1.45),
        Role.BOILERPLATE_HEADING: RoleStyle(_font("heading", 11, True), **heading),
        Role.BOILERPLATE: RoleStyle(
            _font("body", 10), color=MUTED, space_after=6, line_height=1.5, align="justify"
        ),
        Role.NOTES_HEADING: RoleStyle(_font("heading", 11, True), **heading),
        Role.NOTE: RoleStyle(_font("body", 10), color=TEXT, space_after=4, line_height=1.45),
        Role.END_MARK: RoleStyle(_font("heading", 11, True), color=MUTED, space_before=12, align="center"),
        Role.FIGURE: RoleStyle(_font("body", 12), color=TEXT, space_before=4, space_after=4,
                               keep_with_next=True),
        Role.CAPTION: RoleStyle(_font("body", 10), color=MUTED, space_after=2, line_height=1.4),
        Role.CREDIT: RoleStyle(_font("heading", 8), color=MUTED, space_after=10, line_height=1.3),
        Role.LIST_ITEM: RoleStyle(_font("body", 12), color=TEXT, space_after=4, line_height=1.5,
                                  indent=18),
    }


def _block(role: Role, text: str, d: Direction, lang: str) -> Block:
    return Block(role, tuple(split_runs(text, d)), d, lang)


def arabic_document(
    *,
    language: str = "ar-EG",
    logo: Path | None = None,
    page: PageSpec | None = None,
    digits: str = "latn",
) -> Document:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
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
        Block(
            Role.LEAD,
            (Run(AR_DATELINE, RunKind.DATELINE), *split_runs(lead[len(AR_DATELINE) :], rtl)),
            rtl,
            lg,
        ),
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
    blocks.append(
        _block(
            Role.NOTE,
            "تدعم المنظمة تحقيق خطة 2030 Agenda، والمزيد على "
            "https://www.iom.int/ar أو عبر الهاتف +20 2 1234 5678.",
            rtl,
            lg,
        )
    )
    blocks.append(_block(Role.END_MARK, "-انتهى-", rtl, lg))
    return Document(
        language=language,
        direction=rtl,
        blocks=tuple(blocks),
        styles=default_styles(),
        page=page or PageSpec(margin_top_mm=22, margin_bottom_mm=20),
        identity=Identity(name="المنظمة الدولية للهجرة", logo=logo, accent=ACCENT),
        furniture=PageFurniture(
            header_text="المكتب الإقليمي للشرق الأوسط وشمال أفريقيا",
            footer_text="المنظمة الدولية للهجرة - القاهرة",
            page_label="صفحة {page} من {pages}",
            digits=digits,
        ),
        metadata=Metadata(
            title=headline,
            author="المنظمة الدولية للهجرة",
            subject="بيان صحفي",
            keywords=("IMRF", "الهجرة"),
            date="2021-11-30",
        ),
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
    dateline = "TUNIS, 3 December 2026 – "
    blocks = [
        _block(Role.RELEASE_LINE, "Embargoed until 3 December 2026, 10:00 (UTC+2)", ltr, lg),
        _block(
            Role.HEADLINE,
            "Regional Network Launches Water Resilience Programme for 1.2 Million People in North Africa",
            ltr,
            lg,
        ),
        _block(
            Role.SUBHEADLINE,
            "Partners commit USD 45 million over three years; first "
            "projects start in Tunisia, Morocco and Egypt",
            ltr,
            lg,
        ),
        Block(Role.LEAD, (Run(dateline, RunKind.DATELINE), *split_runs(EN_PARAGRAPHS[0], ltr)), ltr, lg),
        *(_block(Role.PARAGRAPH, p, ltr, lg) for p in EN_PARAGRAPHS[1:]),
        _block(
            Role.QUOTE,
            "“Water is where climate change meets people's daily lives,” said "
            "Leila Haddad, Regional Director.",
            ltr,
            lg,
        ),
        _block(Role.BACKGROUND_HEADING, "Background", ltr, lg),
        _block(
            Role.BACKGROUND, "North Africa is among the most water-stressed regions in the world.", ltr, lg
        ),
        _block(Role.CONTACTS_HEADING, "Media contacts", ltr, lg),
        _block(
            Role.CONTACT,
            "Sami Ben Salah, Communications Officer\nmedia@example.org, +216 71 000 000",
            ltr,
            lg,
        ),
        _block(Role.END_MARK, "###", ltr, lg),
    ]
    return Document(
        language=lg,
        direction=ltr,
        blocks=tuple(blocks),
        styles=default_styles(),
        page=page or PageSpec(size="Letter", margin_top_mm=22, margin_bottom_mm=20),
        identity=Identity(name="Regional Network for Sustainable Development", logo=logo),
        furniture=PageFurniture(page_label="Page {page} of {pages}"),
        metadata=Metadata(
            title="Regional Network Launches Water Resilience Programme",
            author="Regional Network",
            keywords=("water", "climate"),
            date="2026-12-03",
        ),
    )
