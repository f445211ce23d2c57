"""Contact blocks: names, roles, e-mails and phones, one line or many."""

from __future__ import annotations

import re

from pressdesk.importers.cues import CONTACT_LABELS, CONTACTS, key, starts_with
from pressdesk.model import Contact

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?<![\w@])(?:\+|00)?[\d٠-٩۰-۹][\d٠-٩۰-۹ ().\-/]{6,}[\d٠-٩۰-۹](?!\w)")
# how Arabic releases bring in the person: 'يرجى الاتصال بالسيد X من خلال ...'
_INTRO = re.compile(
    r"(?:يرجى|الرجاء|يمكن|يمكنكم)?\s*(?:التواصل|الاتصال)\s+(?:مع\s+)?(?:ب)?"
    r"|(?:please\s+)?(?:contact|call|e-?mail|write to)\s*:?\s*"
    r"|(?:veuillez\s+)?(?:contacter|joindre|s'adresser à)\s*:?\s*"
    r"|(?:لطفا\s+)?(?:با\s+)?(?:تماس بگیرید|تماس)\s*"
    r"|(?:נא\s+)?(?:לפנות\s+ל|ליצור קשר עם)\s*", re.I)
_TITLES = re.compile(r"^(?:ال)?(?:سيد|سيدة|آنسة|انسة|استاذ|أستاذ|أستاذة)\s+", re.I)
_STOP = re.compile(r"\s+(?:من خلال|عبر|على|via|at|on|by|par|au|à|از طریق|דרך)(?:\s+.*)?$|\s*[(:].*$", re.I)
_LABEL_RE = None
_WHERE = re.compile(r"^(?:in|en|à|a|au|في|از|در|ב)\s+\S+", re.I)


def _labels() -> re.Pattern[str]:
    global _LABEL_RE
    if _LABEL_RE is None:
        alt = "|".join(re.escape(x) for x in sorted(CONTACT_LABELS, key=len, reverse=True))
        _LABEL_RE = re.compile(rf"(?<!\w)(?:{alt})(?!\w)\s*[:：.]?\s*", re.I)
    return _LABEL_RE


def is_contact_line(text: str) -> bool:
    return bool(EMAIL.search(text) or PHONE.search(text))


def _strip_labels(text: str) -> str:
    text = EMAIL.sub(" ", text)
    text = PHONE.sub(" ", text)
    text = _labels().sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" ,،;؛:|/-–—()[]")


def parse_contacts(lines: list[str]) -> tuple[list[Contact], list[str]]:
    """Contacts from the lines of a contact block, and the words no contact field took."""
    contacts: list[Contact] = []
    left: list[str] = []
    current: Contact | None = None
    for line in lines:
        line = line.strip()
        cue = starts_with(line, CONTACTS)
        if cue:
            line = line[_cut(line, cue):].lstrip(" :،,-–—")
        emails, phones = EMAIL.findall(line), [p.strip() for p in PHONE.findall(line)]
        if not (emails or phones) and line.rstrip().endswith((":", "：")) and (cue or len(line.split()) <= 8):
            continue  # a heading such as 'For more information on this topic, please contact:'
        words = _strip_labels(line)
        words, intro = _INTRO.subn("", words, count=1)
        words = words.strip(" ,،:")
        if intro and (emails or phones):  # '... الاتصال بالسيد X من خلال البريد الإلكتروني'
            words = _STOP.sub("", words).strip(" ,،:")
        words = _TITLES.sub("", words)
        name, role = "", ""
        if words:
            parts = [p.strip() for p in re.split(r"\s*[,،|]\s*|\s+[-–—]\s+", words) if p.strip()]
            if len(parts) > 1 and _WHERE.match(parts[0]):  # 'In Geneva, Jane Doe, ...': the place last
                parts = [*parts[1:], parts[0]]
            sep = "، " if "،" in words else ", "
            name, role = parts[0], sep.join(parts[1:])
            if len(name.split()) > 6:  # a sentence, not a name
                left.append(words)
                name, role = "", ""
        if (name and not role and not (emails or phones) and current is not None and current.name
                and not current.role and not (current.email or current.phone) and len(name.split()) <= 8):
            current.role = name  # 'Jane Doe' then 'Communications Officer' on the next line
        elif name and (current is None or current.name):
            current = Contact(name=name, role=role)
            contacts.append(current)
        elif name and current is not None:
            current.name, current.role = name, role or current.role
        elif role and current is not None and not current.role:
            current.role = role
        if emails or phones:
            if current is None or ((current.email and emails) or (current.phone and phones and not emails)):
                current = Contact()  # a second e-mail (or phone alone) starts the next contact
                contacts.append(current)
            if emails:
                current.email = current.email or emails[0]
            if phones:
                current.phone = current.phone or phones[0]
            extra = emails[1:] + phones[1:]
            if extra:
                left.append(" ".join(extra))
    return [c for c in contacts if c.name or c.email or c.phone], left


def _cut(text: str, cue: str) -> int:
    """Where the cue phrase ends in the original (unfolded) text."""
    words = len(cue.split())
    m = re.match(r"\s*" + r"\S+\s*" * words, text)
    end = m.end() if m else len(text)
    while key(text[:end].rstrip()) != cue and end > 0 and len(key(text[:end])) > len(cue):
        end -= 1
    return end
