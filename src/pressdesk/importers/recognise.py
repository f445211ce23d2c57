"""One recogniser for every input kind: neutral paragraphs in, a release and its report out."""

from __future__ import annotations

import re

from pressdesk.importers import cues
from pressdesk.importers.contacts import is_contact_line, parse_contacts
from pressdesk.importers.front import Front, find_date_line, read_front
from pressdesk.importers.language import detect_language
from pressdesk.importers.limits import MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS, Deadline, ImportFailure
from pressdesk.importers.months import regional_variant
from pressdesk.importers.paragraphs import Paragraph
from pressdesk.importers.quotes import Quote, split_quotes
from pressdesk.importers.report import ImportReport, Note, short
from pressdesk.model import BodyBlock, Dateline, Release, ReleaseLine
from pressdesk.model.release import make_literal

_END_WORDS = ("انتهى", "نهاية", "النهاية", "انتهى البيان", "end", "ends", "fin", "پایان", "پایان خبر", "סוף",
              "30", "end of release", "fin du communiqué")
_FOUNDING = re.compile(
    r"(?<!\w)(?:انش[اي]|انشئت|تاسست|تاسس|established|founded|was created|was set up|is the leading|"
    r"fondée?|créée?|est l[ae] principale?|تاسیس|נוסד|נוסדה|הוקם|הוקמה)(?!\w)", re.I)
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,9})\)")
_HEADINGS = {"background": "background heading “{text}”", "notes": "notes heading “{text}”",
             "contacts": "contacts heading “{text}”", "about": "about heading “{text}”"}
_SECTION_CUES = (("background", cues.BACKGROUND), ("notes", cues.NOTES), ("contacts", cues.CONTACTS),
                 ("about", cues.ABOUT))


def is_end_mark(text: str) -> bool:
    stripped = text.strip()
    if len(stripped) > 30:
        return False
    if re.fullmatch(r"[#*]{3,}|[-–—]\s*\d+\s*[-–—]", stripped):
        return True
    core = cues.key(stripped).strip(" -–—#*.()[]")
    return core in cues.keys(_END_WORDS) and (core != "30" or "-" in stripped)


def _section_heading(p: Paragraph) -> tuple[str, str]:
    """(section, text after the heading) when the paragraph opens a section, else ('', '')."""
    short_line = p.words <= 8 and not re.search(r"[.!?؟]$", p.text)
    for section, phrases in _SECTION_CUES:
        if short_line and (cues.is_one_of(p.text, phrases)
                           or (section == "about" and cues.starts_with(p.text, phrases))):
            return section, ""
        cue = cues.starts_with(p.text, phrases)
        if not cue:
            continue
        if short_line and section != "about" and p.text.rstrip().endswith((":", "：")):
            return section, ""  # 'للمزيد من المعلومات، يرجى التواصل مع:'
        if section == "contacts" and is_contact_line(p.text):
            return section, p.text  # 'For more information, contact X at x@y.org'
        rest = re.match(r"^[^:：]{1,60}[:：]\s*(.+)$", p.text)
        if rest and section != "about" and cues.bare(p.text[: rest.start(1)]) == cue:
            return section, rest.group(1)  # 'Background: ...'
    return "", ""


class _Builder:
    def __init__(self, release: Release, report: ImportReport) -> None:
        self.release = release
        self.report = report
        self.section = "body"
        self.contact_lines: list[str] = []
        self.about: list[str] = []
        self.last_quote: Quote | None = None
        self.quote_count = 0
        self.body_before_contacts = -1  # body length when the contacts began

    def add(self, p: Paragraph) -> None:
        text = p.text
        if is_end_mark(text):
            self.report.dropped.append(Note("end mark “{text}” (the template adds its own)", text=text))
            if self.section in ("body", "background"):
                self.section = "after-end"
            return
        section, rest = _section_heading(p) if len(text) <= MAX_PARAGRAPH_CHARS else ("", "")
        if section:
            if section == "contacts" and self.body_before_contacts < 0:
                self.body_before_contacts = len(self.release.body)
            self.section = section
            if rest != text:
                self.report.recognised.append(Note(_HEADINGS[section], text=short(text)))
            if not rest:
                return
            text = rest
        self._place(text)

    def _place(self, text: str) -> None:
        r = self.release
        if len(text) > MAX_PARAGRAPH_CHARS and self.section in ("body", "after-end"):
            r.body.append(BodyBlock(type="paragraph", text=text))  # too long to be anything else
        elif self.section == "contacts":
            self.contact_lines.append(text)
        elif self.section == "about":
            self.about.append(text)
        elif self.section == "background":
            r.background.append(text)
        elif self.section == "notes":
            r.notes_to_editors.append(text)
        elif is_contact_line(text) and cues.starts_with(text, cues.CONTACTS):
            self.body_before_contacts = len(r.body)
            self.section = "contacts"
            self.contact_lines.append(text)
        elif self.section == "after-end":
            if is_contact_line(text) and len(text.split()) <= 25:
                self.section = "contacts"
                self.contact_lines.append(text)
            else:
                r.notes_to_editors.append(text)
        else:
            quotes = split_quotes(text, self.last_quote)
            if quotes:
                for q in quotes:
                    r.body.append(BodyBlock(type="quote", text=q.text, speaker=q.speaker, role=q.role,
                                            lead_in=q.lead_in))
                self.last_quote = quotes[-1]
                self.quote_count += len(quotes)
            else:
                r.body.append(BodyBlock(type="paragraph", text=text))

    def finish(self) -> None:
        r = self.release
        if self.contact_lines:
            contacts, left = parse_contacts(self.contact_lines)
            r.contacts = contacts
            for c in contacts:
                found = ", ".join(x for x in (c.name, c.email, c.phone) if x)
                self.report.recognised.append(Note("contact {found}", found=found))
            for text in left:
                r.notes_to_editors.append(text)
                self.report.unsure.append(Note("contact text kept as a note: {text}", text=short(text)))
            if not contacts:
                self.report.unsure.append(Note("a contact section without a name, e-mail or phone"))
        if self.about:
            r.boilerplate = "\n\n".join(self.about)
            self.report.recognised.append(Note("boilerplate (about the organisation)"))
        # a last paragraph about who set up the organisation, just above the contacts: background
        end = self.body_before_contacts if self.body_before_contacts >= 0 else len(r.body)
        if not r.background and end >= 3 and end == len(r.body):
            last = r.body[end - 1]
            if last.type == "paragraph" and _FOUNDING.search(cues.key(last.text)):
                r.background.append(r.body.pop(end - 1).text)
                self.report.unsure.append(
                    Note("the last paragraph (about an organisation) taken as background"))


def recognise(paras: list[Paragraph], report: ImportReport, *, language: str | None = None,
              deadline: Deadline | None = None) -> Release:
    """Turn paragraphs into a release; nothing with words is dropped unless the report says so."""
    deadline = deadline or Deadline()
    pictures = sum(p.pictures for p in paras)
    paras = [p for p in paras if p.text]
    longest = max((len(p.text) for p in paras), default=0)
    if longest > MAX_PARAGRAPH_CHARS * 5:
        raise ImportFailure(f"the text has a paragraph of {longest:,} characters; "
                            "a press release has none that long")
    if len(paras) > MAX_PARAGRAPHS:
        raise ImportFailure(f"the input has {len(paras)} paragraphs; a press release has far fewer "
                            f"than {MAX_PARAGRAPHS}")
    if pictures:
        report.unsure.append(Note("{n} picture(s) not imported (the release format has no pictures yet)",
                                   n=pictures))
    text = "\n".join(p.text for p in paras)
    detected = detect_language(text)
    release = Release(language=language or detected, template="classic", boilerplate=None)
    front = read_front(paras, report.kind)
    if front.dateline is None:  # a date on a line of its own near the top (web pages, memos)
        j, line = find_date_line(paras)
        if line is not None:
            paras = paras[:j] + paras[j + 1:]
            front = read_front(paras, report.kind)
            front.dateline = line
    deadline.check()
    _apply_front(front, release, report, language)
    builder = _Builder(release, report)
    for item in front.unplaced:
        builder.add(Paragraph(text=item))
    start = front.start
    if front.dateline is not None and front.dateline_index >= 0:
        if lead := front.dateline.rest:
            builder.add(Paragraph(text=lead))
        start = front.dateline_index + 1
    for p in paras[start:]:
        deadline.check()
        builder.add(p)
    builder.finish()
    if release.boilerplate is None and front.boilerplate:
        release.boilerplate = front.boilerplate
        report.recognised.append(Note("boilerplate, from the page's “about us” text"))
    if builder.quote_count:
        report.recognised.append(Note("{n} quote(s) with their speakers", n=builder.quote_count))
    if not release.body:
        report.unsure.append(Note("no body paragraphs found"))
    release.keywords = list(dict.fromkeys(_ACRONYM.findall(text)))[:10]
    if not language:
        report.recognised.append(Note("language {language} (from the text)", language=release.language))
    make_literal(release)  # imported words are plain text, not inline markup
    return release


def _apply_front(front: Front, release: Release, report: ImportReport, language: str | None) -> None:
    if front.release is not None:
        if front.immediate:
            report.recognised.append(Note("release line “{text}”", text=short(front.release_text)))
        elif front.release.until:
            release.release = ReleaseLine(kind="embargoed", until=front.release.until)
            report.recognised.append(Note("embargo until {until}", until=front.release.until))
            if front.release.assumed_utc:
                report.unsure.append(Note("the embargo gives no time zone; UTC was assumed"))
        else:
            report.unsure.append(Note("an embargo line without a date: {text}",
                                      text=short(front.release_text)))
            front.unplaced.insert(0, front.release_text)
    else:
        report.unsure.append(Note("no release line found (for immediate release assumed)"))
    if front.headline:
        release.headline = front.headline
        report.recognised.append(Note("headline “{text}”", text=short(front.headline)))
    else:
        report.unsure.append(Note("no headline found"))
    if front.subheadline:
        release.subheadline = front.subheadline
        report.recognised.append(Note("subheadline “{text}”", text=short(front.subheadline)))
    m = front.dateline
    if m is None:
        report.unsure.append(Note("no dateline found"))
    else:
        release.dateline = Dateline(city=m.city, date=m.date)
        report.recognised.append(Note("dateline {city}, {date}", city=m.city or "–", date=m.date or "–"))
        if not m.date:
            report.unsure.append(Note("the dateline has no date"))
        if "no dash" in m.dropped:
            report.unsure.append(Note("the dateline is not followed by a dash"))
        if m.digits != "latn":
            release.digits = m.digits
        if not language:
            release.language = regional_variant(release.language, m.locales)
    for label in front.labels:
        report.dropped.append(Note("label “{text}”", text=short(label)))
    if front.furniture:
        report.dropped.append(Note("{n} line(s) of page furniture before the headline (“{text}” …)",
                                   n=len(front.furniture), text=short(front.furniture[0], 30)))
    if front.unplaced:
        report.unsure.append(Note("{n} line(s) above the headline kept as body paragraphs",
                                   n=len(front.unplaced)))
