"""The top of a release: page furniture, release line, headline, subheadline and dateline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressdesk.importers import cues
from pressdesk.importers.dateline import DatelineMatch, Embargo, parse_embargo, split_dateline
from pressdesk.importers.months import find_date
from pressdesk.importers.paragraphs import Paragraph

_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►>|]|\d{1,2}[.)])\s+")
_LOOK_FOR_DATELINE = 60  # paragraphs from the top (a copied web page has its menu first)
_MAX_TITLE_WORDS = 40
_LOOK_FOR_DATE_LINE = 10
_PUBLISHED = ("published", "posted", "date", "updated", "publié", "publié le", "تاريخ", "بتاريخ", "نشر",
              "تاریخ", "פורסם", "تاريخ النشر")


@dataclass
class Front:
    """What the top of the input holds; ``start`` is the first paragraph of the body."""

    start: int = 0
    release: Embargo | None = None  # None: no release line found
    release_text: str = ""
    immediate: bool = False
    headline: str = ""
    subheadline: str = ""
    dateline: DatelineMatch | None = None
    dateline_index: int = -1
    boilerplate: str = ""  # an "about us" text found among the furniture
    unplaced: list[str] = field(default_factory=list)  # text before the headline kept as body
    furniture: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # "Press release" and the like


def is_release_line(text: str) -> str:
    """'immediate', 'embargoed' or ''."""
    if len(text.split()) > 30:
        return ""
    if cues.starts_with(text, cues.RELEASE_IMMEDIATE) or cues.is_one_of(text, cues.RELEASE_IMMEDIATE):
        return "immediate"
    if cues.starts_with(text, cues.EMBARGO) or (len(text.split()) <= 16
                                                and cues.contains(text, cues.EMBARGO)):
        return "embargoed"
    return ""


def _menu_marks(paras: list[Paragraph]) -> tuple[set[int], dict[int, str]]:
    """Lines that look like a copied menu: bullets, doubled lines, 'Title' + 'Titledescription'."""
    marks: set[int] = set()
    glued: dict[int, str] = {}
    texts = [p.text for p in paras]
    for i, text in enumerate(texts):
        words = len(text.split())
        doubled = (i > 0 and texts[i - 1] == text) or (i + 1 < len(texts) and texts[i + 1] == text)
        if not re.search(r"\w", text) or (words <= 8 and (_BULLET.match(text) or doubled)):
            marks.add(i)
        elif (i > 0 and words > 1 and len(texts[i - 1].split()) <= 6 and text.startswith(texts[i - 1])
              and text != texts[i - 1] and not text[len(texts[i - 1])].isspace()):
            marks.update((i - 1, i))
            glued[i] = texts[i - 1]
    return marks, glued


def _title_like(p: Paragraph) -> bool:
    return 0 < p.words <= _MAX_TITLE_WORDS and not p.text.endswith((":", "："))


def find_dateline(paras: list[Paragraph]) -> tuple[int, DatelineMatch | None]:
    for i, p in enumerate(paras[:_LOOK_FOR_DATELINE]):
        if p.heading == 1 or p.list_level >= 0:
            continue
        m = split_dateline(p.text)
        if m is None:
            continue
        lead_follows = i + 1 < len(paras) and paras[i + 1].words >= 12
        if ((m.rest and len(m.rest.split()) >= 6) or (not m.rest and lead_follows)) and (m.date or i > 0):
            return i, m
    return -1, None


def find_date_line(paras: list[Paragraph]) -> tuple[int, DatelineMatch | None]:
    """A line near the top that is only a date ('10 July 2018', 'Cairo, 10 July 2018', 'Published: ...')."""
    for i, p in enumerate(paras[:_LOOK_FOR_DATE_LINE]):
        if p.words > 9:
            continue
        date = find_date(p.text)
        if date is None or p.text[date.end:].strip(" ,،-–—:|."):
            continue
        city = p.text[: date.start].strip(" ,،-–—:|")
        if city and cues.key(city) in cues.keys(_PUBLISHED):
            city = ""
        elif city and not _city_like(city):
            continue
        return i, DatelineMatch(city, date.date.isoformat(), "", date.digits, date.locales)
    return -1, None


def _city_like(text: str) -> bool:
    return 0 < len(text.split()) <= 4 and not re.search(r"\d", text)


def read_front(paras: list[Paragraph], kind: str) -> Front:
    front = Front()
    d, match = find_dateline(paras)
    if match is not None:
        front.dateline, front.dateline_index, front.start = match, d, d
    else:
        front.start = _first_body(paras)
    head = paras[: front.start]
    marks, glued = _menu_marks(head)
    menu_like = len(marks) >= 3 or kind == "html"
    for i, about in glued.items():
        if cues.is_one_of(about, cues.ABOUT) and not front.boilerplate:
            front.boilerplate = head[i].text[len(about):].strip()
    # the headline: the title-like lines right above the dateline (or the body's start)
    titles: list[int] = []
    for i in range(len(head) - 1, -1, -1):
        p = head[i]
        if i in marks or is_release_line(p.text) or cues.is_one_of(p.text, cues.PRESS_RELEASE_LABEL):
            break
        if not _title_like(p) or len(titles) == 2:
            break
        titles.insert(0, i)
    if len(titles) == 2 and _ranks_below(head[titles[0]], head[titles[1]]):
        titles = titles[1:]  # the upper line is a kicker/label in smaller type; the lower is the headline
    if titles:
        front.headline = head[titles[0]].text
        if len(titles) > 1:
            front.subheadline = head[titles[1]].text
    used = set(titles)
    for i, p in enumerate(head):
        if i in used:
            continue
        release = is_release_line(p.text)
        if release and front.release is None:
            front.release_text = p.text
            front.immediate = release == "immediate"
            front.release = Embargo("") if front.immediate else parse_embargo(p.text)
        elif cues.is_one_of(p.text, cues.PRESS_RELEASE_LABEL):
            front.labels.append(p.text)
        elif i in marks or (menu_like and (not titles or i < titles[0])):
            if i not in glued or not front.boilerplate or not head[i].text.endswith(front.boilerplate):
                front.furniture.append(p.text)
        else:
            front.unplaced.append(p.text)
    return front


def _ranks_below(upper: Paragraph, lower: Paragraph) -> bool:
    """True when the upper of two title lines is plainly the lesser one (a kicker above the headline)."""
    if upper.heading and lower.heading:
        return upper.heading > lower.heading
    if lower.heading and not upper.heading:
        return True
    if upper.size and lower.size:
        return upper.size < lower.size - 1
    return False


def _first_body(paras: list[Paragraph]) -> int:
    """Without a dateline: the body starts after the headline (and subheadline) at the top."""
    i = 0
    while i < len(paras) and (is_release_line(paras[i].text)
                              or cues.is_one_of(paras[i].text, cues.PRESS_RELEASE_LABEL)):
        i += 1
    headings = [j for j, p in enumerate(paras[:12]) if p.heading == 1]
    if headings:
        j = headings[0]
        return j + 2 if j + 1 < len(paras) and _sub_like(paras[j + 1]) else j + 1
    if i < len(paras) and _title_like(paras[i]) and (paras[i].bold or paras[i].words <= 25):
        if i + 1 < len(paras) and _sub_like(paras[i + 1]) and i + 2 < len(paras):
            return i + 2
        return i + 1
    return i


def _sub_like(p: Paragraph) -> bool:
    return (p.heading >= 2 or p.bold or p.style.lower() in ("subtitle", "h2")
            or (p.words <= 30 and not re.search(r"[.!?؟]$", p.text))) and _title_like(p)
