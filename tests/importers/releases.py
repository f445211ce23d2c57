"""Releases written for these tests, one per language, and writers for each input kind.

Each spec lists the release's parts as an author would write them; ``expected`` says what the
import must make of them. The writers turn a spec into a .txt, a .docx (python-docx, with heading
styles, a bold first line and w:bidi paragraphs), an HTML page with page furniture, and Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Spec:
    language: str
    release_line: str
    headline: str
    subheadline: str
    lead: str  # starts with the dateline
    paragraphs: list[str]  # body: plain paragraphs and quote paragraphs, in order
    background_heading: str
    background: list[str]
    contacts_heading: str
    contacts: list[str]
    about_heading: str
    about: str
    end_mark: str
    expected: dict[str, Any] = field(default_factory=dict)

    @property
    def rtl(self) -> bool:
        return self.language in ("ar", "fa", "he")


AR = Spec(
    language="ar",
    release_line="للنشر الفوري",
    headline="إطلاق برنامج إقليمي لدعم سبل العيش في المجتمعات المضيفة",
    subheadline="البرنامج يصل إلى 40 ألف أسرة في ثلاثة بلدان",
    lead="عمّان، 17 أيار/مايو 2023 – أطلقت المنظمة اليوم برنامجاً إقليمياً جديداً لدعم سبل العيش "
         "في المجتمعات المضيفة للاجئين في الأردن ولبنان والعراق.",
    paragraphs=[
        "ويركز البرنامج على التدريب المهني وتمويل المشاريع الصغيرة، ويستمر ثلاث سنوات بتمويل من "
        "شركاء دوليين.",
        "وقالت د. سلمى الحسن، المديرة الإقليمية للمنظمة: «هذا البرنامج استثمار في كرامة الناس "
        "ومستقبلهم.» وأضافت: «سنعمل مع البلديات المحلية في كل خطوة.»",
        "ومن المتوقع أن تبدأ الدفعة الأولى من التدريب في حزيران المقبل.",
    ],
    background_heading="خلفية",
    background=["تستضيف البلدان الثلاثة أكثر من أربعة ملايين لاجئ منذ عام 2011."],
    contacts_heading="للمزيد من المعلومات، يرجى التواصل مع:",
    contacts=["ليلى منصور، مسؤولة الإعلام", "البريد الإلكتروني: lmansour@example.org",
              "الهاتف: +962 6 555 0101"],
    about_heading="نبذة عن المنظمة",
    about="المنظمة هيئة دولية تعمل منذ عام 1951 على دعم المهاجرين والمجتمعات المضيفة.",
    end_mark="-انتهى-",
    expected={"city": "عمّان", "date": "2023-05-17",
              "quotes": [("وقالت", "د. سلمى الحسن", "المديرة الإقليمية للمنظمة"),
                         ("وأضافت", "د. سلمى الحسن", "")],
              "contact": ("ليلى منصور", "lmansour@example.org", "+962 6 555 0101")},
)

EN = Spec(
    language="en",
    release_line="FOR IMMEDIATE RELEASE",
    headline="New Water Network Reaches 200,000 People in Northern Iraq",
    subheadline="Solar pumps replace diesel in twelve villages",
    lead="ERBIL, 3 March 2024 – A new solar-powered water network opened today in Erbil "
         "Governorate, bringing safe water to 200,000 people.",
    paragraphs=[
        "The network replaces diesel generators that failed often during the summer heat.",
        "“Clean water is the first step to recovery,” said Sarah Johnson, Head of Office in Erbil. "
        "“This network will serve families for decades.”",
        "The project was funded by the European Union and built with local engineers.",
    ],
    background_heading="Background",
    background=["Water scarcity in the region has grown since 2014."],
    contacts_heading="Media contacts:",
    contacts=["Omar Haddad, Communications Officer", "Email: ohaddad@example.org", "Tel: +964 750 555 0199"],
    about_heading="About the Agency",
    about="The Agency works in 40 countries to bring water and sanitation to people in need.",
    end_mark="-ENDS-",
    expected={"city": "ERBIL", "date": "2024-03-03",
              "quotes": [("", "Sarah Johnson", "Head of Office in Erbil")],
              "contact": ("Omar Haddad", "ohaddad@example.org", "+964 750 555 0199")},
)

FR = Spec(
    language="fr",
    release_line="POUR DIFFUSION IMMÉDIATE",
    headline="Un nouveau centre d’accueil ouvre ses portes à Tunis",
    subheadline="Il pourra accueillir 300 personnes",
    lead="TUNIS, le 12 mars 2024 – Un centre d’accueil pour les migrants vulnérables a ouvert ses "
         "portes aujourd’hui dans la capitale tunisienne.",
    paragraphs=[
        "Le centre offre un hébergement temporaire, des soins médicaux et un soutien psychologique.",
        "« Personne ne devrait dormir dans la rue », a déclaré Marie Dupont, cheffe de mission en Tunisie.",
        "Les autorités locales ont mis le bâtiment à disposition pour cinq ans.",
    ],
    background_heading="Contexte",
    background=["Le nombre de migrants en transit a doublé depuis 2022."],
    contacts_heading="Contact presse :",
    contacts=["Karim Ben Ali, chargé de communication", "Courriel : kbenali@example.org",
              "Tél. : +216 71 555 010"],
    about_heading="À propos de l’Organisation",
    about="L’Organisation aide les migrants et les gouvernements depuis 1951.",
    end_mark="-FIN-",
    expected={"city": "TUNIS", "date": "2024-03-12",
              "quotes": [("", "Marie Dupont", "cheffe de mission en Tunisie")],
              "contact": ("Karim Ben Ali", "kbenali@example.org", "+216 71 555 010")},
)

FA = Spec(
    language="fa",
    release_line="برای انتشار فوری",
    headline="آغاز برنامه آموزش حرفه‌ای برای جوانان در کابل",
    subheadline="پنج هزار جوان در این برنامه شرکت می‌کنند",
    lead="کابل، ۱۰ جنوری ۲۰۲۴ – برنامه تازه‌ای برای آموزش حرفه‌ای جوانان امروز در کابل آغاز شد.",
    paragraphs=[
        "این برنامه شامل دوره‌های خیاطی، نجاری و تعمیر موبایل است و یک سال ادامه دارد.",
        "احمد کریمی، رئیس دفتر، گفت: «جوانان آینده این کشور هستند.»",
        "ثبت نام از هفته آینده در مراکز محلی آغاز می‌شود.",
    ],
    background_heading="پیشینه",
    background=["بیکاری جوانان در سال‌های اخیر افزایش یافته است."],
    contacts_heading="برای اطلاعات بیشتر:",
    contacts=["مریم احمدی، مسئول رسانه", "ایمیل: mahmadi@example.org", "تلفن: +93 20 555 0123"],
    about_heading="درباره سازمان",
    about="این سازمان از سال ۱۹۵۱ در زمینه مهاجرت فعالیت می‌کند.",
    end_mark="پایان",
    expected={"city": "کابل", "date": "2024-01-10", "language": "fa-AF", "digits": "arabext",
              "quotes": [("", "احمد کریمی", "رئیس دفتر")],
              "contact": ("مریم احمدی", "mahmadi@example.org", "+93 20 555 0123")},
)

HE = Spec(
    language="he",
    release_line="לפרסום מיידי",
    headline="מרכז חדש לתמיכה במהגרים נפתח בחיפה",
    subheadline="המרכז יעניק ייעוץ משפטי ושיעורי עברית",
    lead="חיפה, 11 ביוני 2023 – מרכז חדש לתמיכה במהגרים נפתח היום בעיר התחתית של חיפה.",
    paragraphs=[
        "המרכז יפעל חמישה ימים בשבוע ויעסיק מתנדבים מהקהילה.",
        "\"זהו יום חשוב לקהילה כולה\", אמר דוד כהן, מנהל המרכז.",
        "העירייה תממן את שכר הדירה בשלוש השנים הראשונות.",
    ],
    background_heading="רקע",
    background=["בחיפה מתגוררים כעשרת אלפים מהגרים."],
    contacts_heading="לפרטים נוספים:",
    contacts=["רונית לוי, דוברת", "דוא\"ל: rlevi@example.org", "טלפון: +972 4 555 0144"],
    about_heading="אודות הארגון",
    about="הארגון פועל מאז 1951 למען מהגרים ופליטים.",
    end_mark="###",
    expected={"city": "חיפה", "date": "2023-06-11",
              "quotes": [("", "דוד כהן", "מנהל המרכז")],
              "contact": ("רונית לוי", "rlevi@example.org", "+972 4 555 0144")},
)

SPECS = {s.language: s for s in (AR, EN, FR, FA, HE)}


def lines(spec: Spec) -> list[str]:
    """The release as an author types it, one paragraph a line."""
    return [spec.release_line, spec.headline, spec.subheadline, spec.lead, *spec.paragraphs,
            spec.background_heading, *spec.background, spec.end_mark, spec.contacts_heading,
            *spec.contacts, spec.about_heading, spec.about]


def write_txt(spec: Spec, path: Path) -> Path:
    path.write_text("\n\n".join(lines(spec)) + "\n", encoding="utf-8")
    return path


def write_md(spec: Spec, path: Path) -> Path:
    parts = [f"**{spec.release_line}**", f"# {spec.headline}", f"## {spec.subheadline}", spec.lead,
             *spec.paragraphs, f"## {spec.background_heading}", *spec.background, spec.end_mark,
             f"### {spec.contacts_heading}", "  \n".join(spec.contacts),
             f"## {spec.about_heading}", spec.about]
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def write_docx(spec: Spec, path: Path, *, headings: bool = True) -> Path:
    """Heading styles (or, with headings=False, a bold large first line), w:bidi for RTL."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()

    def para(text: str, style: str | None = None, bold: bool = False, size: int | None = None,
             breaks: list[str] | None = None) -> None:
        p = doc.add_paragraph(style=style)
        pieces = breaks or [text]
        for i, piece in enumerate(pieces):
            run = p.add_run(piece)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
            if i + 1 < len(pieces):
                run.add_break()
        if spec.rtl:
            p._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            for r in p.runs:
                r._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        assert p._p.pPr is None or p._p.pPr.find(qn("w:bidi")) is not None or not spec.rtl

    para(spec.release_line, bold=True)
    if headings:
        para(spec.headline, "Title")
        para(spec.subheadline, "Subtitle")
    else:
        para(spec.headline, bold=True, size=20)
        para(spec.subheadline, size=14)
    para(spec.lead)
    for text in spec.paragraphs:
        para(text)
    para(spec.background_heading, "Heading 2" if headings else None, bold=not headings)
    for text in spec.background:
        para(text)
    para(spec.end_mark)
    para(spec.contacts_heading, bold=True)
    para("", breaks=spec.contacts)
    para(spec.about_heading, "Heading 2" if headings else None, bold=not headings)
    para(spec.about)
    doc.save(str(path))
    return path


FURNITURE = ["Home", "News", "Our work", "Donate now", "Share on Facebook", "Tweet", "© 2024 Agency",
             "Cookie settings", "Subscribe to our newsletter"]


def write_html(spec: Spec, path: Path, *, article: bool = True) -> Path:
    """A release page as a web site serves it: menus, share buttons, scripts, footer."""
    from html import escape

    d = ' dir="rtl"' if spec.rtl else ""
    body = "".join(f"<p>{escape(t)}</p>" for t in spec.paragraphs)
    contacts = "<br>".join(escape(c) for c in spec.contacts)
    content = (
        f"<p class='release'><strong>{escape(spec.release_line)}</strong></p>"
        f"<h1>{escape(spec.headline)}</h1><h2 class='standfirst'>{escape(spec.subheadline)}</h2>"
        f"<div class='social-share'><a href='#'>Share on Facebook</a> <a href='#'>Tweet</a></div>"
        f"<p>{escape(spec.lead)}</p>{body}"
        f"<h3>{escape(spec.background_heading)}</h3>"
        + "".join(f"<p>{escape(t)}</p>" for t in spec.background)
        + f"<p>{escape(spec.end_mark)}</p><p><strong>{escape(spec.contacts_heading)}</strong></p>"
        f"<p>{contacts}</p><h3>{escape(spec.about_heading)}</h3><p>{escape(spec.about)}</p>"
        f"<ul class='tags-list'><li>Water</li><li>Refugees</li></ul>"
        f"<div class='share-bar'><a href='#'>Share on LinkedIn</a></div>"
    )
    wrapper = (f"<article>{content}</article>" if article
               else f"<div class='content page-with-sidebar'>{content}</div>")
    page = (
        f"<!DOCTYPE html><html lang='{spec.language}'{d}><head><meta charset='utf-8'>"
        f"<title>{escape(spec.headline)} | Agency</title><style>body{{font:14px sans-serif}}</style>"
        f"<script>window.dataLayer=[];function track(){{}}</script></head><body>"
        f"<header class='site-header'><a href='/'>Home</a><nav><ul><li><a href='/news'>News</a></li>"
        f"<li><a href='/work'>Our work</a></li><li><a href='/donate'>Donate now</a></li></ul></nav></header>"
        f"<div class='breadcrumb'><a href='/'>Home</a> › <a href='/news'>News</a></div>"
        f"<main>{wrapper}<aside class='related'><h4>Related news</h4><p>Older story</p></aside></main>"
        f"<div class='cookie-banner'>Cookie settings <button>Accept</button></div>"
        f"<footer><p>© 2024 Agency</p><form><input name='e'>Subscribe to our newsletter</form></footer>"
        f"<script>track('page')</script></body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


WRITERS = {"txt": write_txt, "md": write_md, "docx": write_docx, "html": write_html}
SUFFIX = {"txt": ".txt", "md": ".md", "docx": ".docx", "html": ".html"}
