# ruff: noqa: E501  (sample release text, one paragraph a line)
"""Hand-built Documents for the PDF renderer tests (no compose step needed).

``arabic_doc()`` uses the IOM MENA sample release from ``shared/samples`` when it is
there and a built-in excerpt otherwise; the others are written here.
"""

from __future__ import annotations

import re
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

# the seed release as scraped (a copy of shared/samples/, so the tests need nothing outside the repo)
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "iom-mena-imrf-briefing-ar.txt"
LOGO = Path(__file__).resolve().parent / "data" / "logo.png"

_EXCERPT = """تنظيم جلسة تعريفية للدول العربية في إطار بدء الاستعدادات للمنتدى الدولي لاستعراض الهجرة
30 نوفمبر 2021، القاهرة - عقدت شبكة الأمم المتحدة الإقليمية المعنية بالهجرة جلسة تعريفية اليوم الثلاثاء 30 نوفمبر لدول المنطقة العربية استعدادًا للمنتدى الدولي لاستعراض الهجرة (IMRF) الذي سيعقد في مايو 2022.
وسيعقد المنتدى الدولي لاستعراض الهجرة في نيويورك من 10 إلى 13 مايو 2022. وسوف يسبق ذلك جلسات استماع لأصحاب المصلحة المتعددين يوم 9 مايو 2022، بالإضافة إلى مناقشة حول السياسات.
وقال د. كريم النوري، نائب وزير الهجرة والنزوح العراقي: "نحن مستمرون في التزامنا بتطوير قدرات حوكمة الهجرة الوطنية الخاصة بدولة العراق".
لمزيد من المعلومات، يرجى الاتصال بالسيد تميم عليان من خلال البريد الإلكتروني (telyan@iom.int)"""

_LINK_RE = re.compile(r"https?://[^\s)»]+[^\s.,;:)»]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LATIN_RE = re.compile(r"\+\d[\d ]{5,}\d|[A-Za-z][A-Za-z0-9&'’.-]*(?: [A-Za-z0-9][A-Za-z0-9&'’.-]*)*")


def style(arabic: str, latin: str, hebrew: str, size: float, **kw) -> RoleStyle:
    font_kw = {k: kw.pop(k) for k in ("bold", "italic") if k in kw}
    return RoleStyle(font=FontSpec(arabic, latin, hebrew, size, **font_kw), **kw)


def styles(arabic="IBM Plex Sans Arabic", latin="Noto Sans", hebrew="Heebo", head="Noto Kufi Arabic",
           accent="#1f4e79") -> dict[Role, RoleStyle]:
    body = dict(line_height=1.55, align="justify", space_after=8)
    return {
        Role.RELEASE_LINE: style(arabic, latin, hebrew, 9.5, bold=True, color=accent, uppercase=True),
        Role.HEADLINE: style(head, latin, hebrew, 20, bold=True, color=accent, line_height=1.35,
                             space_before=6, space_after=10, keep_with_next=True),
        Role.SUBHEADLINE: style(arabic, latin, hebrew, 13, color="#444444", keep_with_next=True),
        Role.LEAD: style(arabic, latin, hebrew, 11.5, **body),
        Role.PARAGRAPH: style(arabic, latin, hebrew, 11, **body),
        Role.QUOTE: style(arabic, latin, hebrew, 11, italic=True, color="#333333", indent=14,
                          border_start=3, rule_color=accent, line_height=1.55),
        Role.BACKGROUND_HEADING: style(head, latin, hebrew, 12.5, bold=True, color=accent),
        Role.BACKGROUND: style(arabic, latin, hebrew, 10.5, **body),
        Role.CONTACTS_HEADING: style(head, latin, hebrew, 12, bold=True, color=accent, rule_above=True),
        Role.CONTACT: style(arabic, latin, hebrew, 10.5, line_height=1.45),
        Role.END_MARK: style(arabic, latin, hebrew, 11, bold=True, align="center", space_before=12),
    }


def runs_for(text: str, rtl: bool) -> tuple[Run, ...]:
    """Split text into runs: URLs/e-mails become links; in RTL text, Latin stretches and
    phone numbers become embedded LTR runs (what compose does)."""
    out: list[Run] = []
    direction = Direction.LTR if rtl else None

    def plain(chunk: str) -> None:
        if not rtl:
            if chunk:
                out.append(Run(chunk))
            return
        pos = 0
        for m in _LATIN_RE.finditer(chunk):
            if m.start() > pos:
                out.append(Run(chunk[pos:m.start()]))
            out.append(Run(m.group(0), direction=direction))
            pos = m.end()
        if pos < len(chunk):
            out.append(Run(chunk[pos:]))

    pos = 0
    for m in _LINK_RE.finditer(text):
        plain(text[pos:m.start()])
        chunk = m.group(0)
        if chunk.startswith("http"):
            out.append(Run(chunk, RunKind.LINK, href=chunk, direction=direction))
        else:
            out.append(Run(chunk, RunKind.EMAIL, href=f"mailto:{chunk}", direction=direction))
        pos = m.end()
    plain(text[pos:])
    return tuple(out)


def _doc(language: str, direction: Direction, blocks: list[Block], title: str, **kw) -> Document:
    rtl = direction == Direction.RTL
    furniture = PageFurniture(
        header_text=kw.pop("header_text", ""),
        footer_text=kw.pop("footer_text", ""),
        page_label=kw.pop("page_label", "صفحة {page} من {pages}" if rtl else "Page {page} of {pages}"),
        digits=kw.pop("digits", "latn"),
    )
    return Document(
        language=language,
        direction=direction,
        blocks=tuple(blocks),
        styles=kw.pop("styles", None) or styles(),
        page=PageSpec(),
        identity=Identity(name=kw.pop("org", "Example Organisation"), logo=kw.pop("logo", None)),
        furniture=furniture,
        metadata=Metadata(title=title, author=kw.pop("author", "Press Office"), subject="Press release",
                          keywords=("migration", "IMRF"), date="2021-11-30"),
    )


def arabic_sample_text() -> str:
    if SAMPLE.exists():
        text = SAMPLE.read_text(encoding="utf-8")
        return text[text.index("تنظيم جلسة تعريفية"):].strip()
    return _EXCERPT


def arabic_doc(text: str | None = None) -> Document:
    lines = [ln.strip() for ln in (text or arabic_sample_text()).splitlines() if ln.strip()]
    blocks = [Block(Role.RELEASE_LINE, (Run("للنشر الفوري"),), Direction.RTL, "ar"),
              Block(Role.HEADLINE, (Run(lines[0]),), Direction.RTL, "ar")]
    lead = lines[1]
    dateline, _, rest = lead.partition(" - ")
    blocks.append(Block(Role.LEAD, (Run(dateline + " - ", RunKind.DATELINE), *runs_for(rest, True)),
                        Direction.RTL, "ar"))
    for line in lines[2:]:
        role = Role.QUOTE if line.startswith("وقال") and '"' in line else Role.PARAGRAPH
        blocks.append(Block(role, runs_for(line, True), Direction.RTL, "ar"))
    blocks.append(Block(Role.END_MARK, (Run("-انتهى-"),), Direction.RTL, "ar"))
    return _doc("ar", Direction.RTL, blocks, lines[0], org="المكتب الإقليمي للمنظمة الدولية للهجرة",
                header_text="القاهرة", digits="arab", logo=LOGO if LOGO.exists() else None)


ENGLISH = """Regional briefing prepares Arab States for the International Migration Review Forum
CAIRO, 30 November 2021 - The United Nations Regional Network on Migration held a briefing today for the countries of the Arab region ahead of the International Migration Review Forum (IMRF), which will take place in May 2022 in New York.
The Forum will be held from 10 to 13 May 2022 and will be preceded by a multi-stakeholder hearing on 9 May 2022. It will include four round tables, a policy debate and a plenary in which a progress declaration will be adopted.
"We remain committed to developing our national migration governance capacities," said Dr. Karim Al-Nouri, Deputy Minister of Migration and Displaced. "This goal requires a whole-of-government approach and cooperation with our international partners."
The Global Compact for Safe, Orderly and Regular Migration was adopted in 2018 as a new global approach to migration governance that recognises its multidimensional reality and offers a comprehensive approach to improving international cooperation. Regional reviews, including the one held in the Arab region in February 2021, feed into the Forum; 39 United Nations entities make up the Network.
Countries are encouraged to submit voluntary national reports presenting their progress, and stakeholders may send their inputs through https://migrationnetwork.un.org/imrf-2022/inputs?lang=en before the Forum.
For more information, please contact Tamim Elyan at telyan@iom.int or +20 2 1234 5678."""


def english_doc() -> Document:
    lines = ENGLISH.splitlines()
    blocks = [Block(Role.RELEASE_LINE, (Run("For immediate release"),), Direction.LTR, "en"),
              Block(Role.HEADLINE, (Run(lines[0]),), Direction.LTR, "en")]
    dateline, _, rest = lines[1].partition(" - ")
    blocks.append(Block(Role.LEAD, (Run(dateline + " - ", RunKind.DATELINE), *runs_for(rest, False)),
                        Direction.LTR, "en"))
    for line in lines[2:]:
        role = Role.QUOTE if line.startswith('"') else Role.PARAGRAPH
        blocks.append(Block(role, runs_for(line, False), Direction.LTR, "en"))
    blocks.append(Block(Role.END_MARK, (Run("###"),), Direction.LTR, "en"))
    st = styles(latin="Noto Serif")
    return _doc("en", Direction.LTR, blocks, lines[0], styles=st, org="IOM Regional Office",
                footer_text="IOM Regional Office for the Middle East and North Africa")


PERSIAN = [
    "سازمان بین‌المللی مهاجرت گزارش ژوئن را منتشر کرد",
    "تهران، ۱۰ خرداد ۱۴۰۱ - سازمان بین‌المللی مهاجرت (IOM) امروز گزارش تازه‌ای دربارهٔ وضعیت مهاجران در منطقه منتشر کرد که چهار بخش دارد و پیشنهادهایی برای دولت‌ها ارائه می‌دهد.",
    "در این گزارش آمده است که بیش از ۶ میلیون نفر در سال گذشته جابه‌جا شده‌اند؛ وی گفت این رقم چشمگیر است و ژرف‌نگری می‌خواهد. چ ژ ی پ گ",
]


def persian_doc() -> Document:
    blocks = [Block(Role.HEADLINE, (Run(PERSIAN[0]),), Direction.RTL, "fa")]
    for line in PERSIAN[1:]:
        blocks.append(Block(Role.PARAGRAPH, runs_for(line, True), Direction.RTL, "fa"))
    return _doc("fa", Direction.RTL, blocks, PERSIAN[0], digits="arabext", page_label="صفحه {page} از {pages}")


HEBREW = [
    "הארגון הבינלאומי להגירה פרסם היום דוח חדש",
    "ירושלים, 1 במרץ 2026 - הארגון הבינלאומי להגירה (IOM) פרסם היום דוח חדש על מצב המהגרים באזור, ובו ארבעה פרקים והמלצות לממשלות.",
    "לפרטים נוספים: d.levy@example.org או באתר https://example.org/he",
]


def hebrew_doc() -> Document:
    blocks = [Block(Role.HEADLINE, (Run(HEBREW[0]),), Direction.RTL, "he")]
    for line in HEBREW[1:]:
        blocks.append(Block(Role.PARAGRAPH, runs_for(line, True), Direction.RTL, "he"))
    st = styles(hebrew="Frank Ruhl Libre")
    return _doc("he", Direction.RTL, blocks, HEBREW[0], styles=st, page_label="עמוד {page} מתוך {pages}")


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
    blocks = [Block(Role.HEADLINE, (Run(STRESS[0]),), Direction.RTL, "ar")]
    for line in STRESS[1:]:
        blocks.append(Block(Role.PARAGRAPH, runs_for(line, True), Direction.RTL, "ar"))
    return _doc("ar", Direction.RTL, blocks, "اختبار الاتجاهات المختلطة")
