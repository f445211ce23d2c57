"""Quote paragraphs: 'وقال X، Y: «...»', '"...," said X, Y.', '« ... », a déclaré X.' -> quote blocks.

A paragraph becomes quotes only when every word of it belongs to a quote or its attribution;
a paragraph holding two quotes becomes two blocks, and a quote split by its attribution
('"First," she said. "Second."') stays one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressdesk.importers.cues import PRONOUNS, SPEECH_VERBS, key

_PAIRS = {"«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"', "”": "”", "״": "״"}
_OPENERS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_SENTENCE_END = re.compile(r"[.!?؟。](?=\s|$)")
_SEPARATORS = "،,"
_MAX_SPEAKER_WORDS = 7
# titles that stand before a name (a part that starts with one is the speaker, not the role)
_HONORIFIC = re.compile(
    r"^(?:الدكتور|الدكتورة|د\.|السيد|السيدة|الأستاذ|الأستاذة|المهندس|المهندسة|معالي|سعادة|الشيخ|"
    r"dr\.?|mr\.?|ms\.?|mrs\.?|prof\.?|professor|sir|m\.|mme|pr\.?|دکتر|آقای|خانم|مهندس|"
    r"ד\"ר|ד״ר|מר|גב'|פרופ')(?=\s)", re.I)


@dataclass
class Quote:
    text: str
    speaker: str = ""
    role: str = ""
    lead_in: str = ""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted span, quote marks included (linear in the text's length)."""
    spans: list[tuple[int, int]] = []
    exhausted: set[str] = set()  # openers with no closer after them
    pos = 0
    openers = _OPENERS
    while (m := openers.search(text, pos)) is not None:
        i, ch = m.start(), m.group()
        pos = i + 1
        j = _closing(text, i, ch)
        if j < 0:
            exhausted.add(ch)
            left = "".join(c for c in _PAIRS if c not in exhausted)
            if not left:
                break
            openers = re.compile("[" + re.escape(left) + "]")
        elif j > i + 1:
            spans.append((i, j + 1))
            pos = j + 1
    return spans


def _closing(text: str, i: int, ch: str) -> int:
    found = [k for c in _PAIRS[ch] if (k := text.find(c, i + 1)) >= 0]
    j = min(found, default=-1)
    for _ in range(5):  # « nested « ... » » (a few levels)
        if ch != "«" or j < 0 or text.count("«", i + 1, j) <= text.count("»", i + 1, j):
            break
        j = text.find("»", j + 1)
    return j


def _verb_pattern(at: str) -> re.Pattern[str]:
    verbs = [key(v) for lang in SPEECH_VERBS.values() for v in lang]
    alt = "|".join(re.escape(v) for v in sorted(set(verbs), key=len, reverse=True))
    arabic = r"(?:و|ف|ثم\s)?(?:" + "|".join(SPEECH_VERBS["ar"]) + r")ت?(?:ه)?"
    body = rf"(?:{arabic}|{alt})"
    return re.compile(rf"^\s*({body})(?!\w)" if at == "start" else rf"(?<!\w)({body})\s*$")


_VERB_START = _verb_pattern("start")
_VERB_END = _verb_pattern("end")


def _split_person(text: str) -> tuple[str, str]:
    """'Name, role' -> (name, role); 'role, Dr Name' (the title first) is turned round."""
    text = text.strip().strip(_SEPARATORS + " ")
    for i, ch in enumerate(text):
        if ch in _SEPARATORS:
            first, second = text[:i].strip(), text[i + 1:].strip().strip(_SEPARATORS + " ")
            if _HONORIFIC.match(second) and not _HONORIFIC.match(first) and len(second.split()) <= 5:
                return second, first
            return first, second
    return text, ""


def _person_ok(speaker: str) -> bool:
    words = speaker.split()
    return 0 < len(words) <= _MAX_SPEAKER_WORDS and not any(ch in speaker for ch in ":«»\"“”")


def parse_lead(attribution: str) -> Quote | None:
    """'وقال د. كريم النوري، نائب الوزير:' / 'Jane Doe, Director, said:' / 'X، Y، گفت:'."""
    text = attribution.strip()
    if not text.endswith((":", "：")):
        return None
    text = text[:-1].strip()
    k = key(text)
    if len(k) != len(text):  # diacritics: match on the folded text only for the verb's length
        k = key(text)
    if m := _VERB_START.match(k):
        cut = _token_end(text, len(m.group(1).split()))
        lead_in, rest = text[:cut].strip(), text[cut:]
        if not rest.strip():
            return Quote("", "", "", lead_in)  # 'وأضاف:': the speaker of the quote before
        speaker, role = _split_person(rest)
        return Quote("", speaker, role, lead_in) if _person_ok(speaker) else None
    if m := _VERB_END.search(k):
        words = len(m.group(1).split())
        cut = _token_start_from_end(text, words)
        speaker, role = _split_person(text[:cut])
        return Quote("", speaker, role, "") if _person_ok(speaker) else None
    speaker, role = _split_person(text)
    return Quote("", speaker, role, "") if role and _person_ok(speaker) and len(role.split()) <= 20 else None


def parse_trailing(attribution: str) -> Quote | None:
    """', said Jane Doe, Director.' / ', a déclaré X.' / ', אמר X, Y.' / ' she added.'"""
    text = attribution.strip().lstrip(_SEPARATORS + " ").rstrip(".").strip()
    if not text:
        return None
    k = key(text)
    if m := _VERB_START.match(k):
        cut = _token_end(text, len(m.group(1).split()))
        rest = text[cut:].strip()
        if not rest and key(m.group(1)).startswith("a-t-"):
            return Quote("", "", "", "")  # « ... », a-t-elle ajouté: the previous speaker
        if key(rest) in PRONOUNS:
            return Quote("", "", "", "")
        speaker, role = _split_person(rest)
        return Quote("", speaker, role) if _person_ok(speaker) else None
    if m := _VERB_END.search(k):
        cut = _token_start_from_end(text, len(m.group(1).split()))
        before = text[:cut].strip().strip(_SEPARATORS + " ")
        if key(before) in PRONOUNS:
            return Quote("", "", "", "")
        speaker, role = _split_person(before)
        return Quote("", speaker, role) if _person_ok(speaker) else None
    return None


def _token_end(text: str, tokens: int) -> int:
    m = re.match(r"\s*" + r"\S+\s*" * tokens, text)
    return m.end() if m else len(text)


def _token_start_from_end(text: str, tokens: int) -> int:
    m = re.search(r"\s*" + r"\S+\s*" * tokens + r"$", text)
    return m.start() if m else 0


def _inner(text: str) -> str:
    return text[1:-1].strip()


_ABBREVIATIONS = {"dr", "mr", "ms", "mrs", "prof", "st", "m", "mme", "pr", "jr", "sr", "no", "د", "أ", "م"}


def _sentence_end(text: str) -> re.Match[str] | None:
    """The first full stop that ends a sentence (not the one of 'Dr.', 'د.' or an initial)."""
    for m in _SENTENCE_END.finditer(text):
        word = re.findall(r"\w+$", text[: m.start()])
        if m.group() == "." and word and (word[0].lower() in _ABBREVIATIONS or len(word[0]) == 1):
            continue
        return m
    return None


def _join(first: str, second: str) -> str:
    first = first.rstrip()
    if first.endswith((",", "،")):
        first = first[:-1] + ("." if second[:1].isupper() else "")
    return f"{first} {second}".strip()


def split_quotes(text: str, previous: Quote | None = None) -> list[Quote] | None:
    """The quotes a paragraph consists of, or None when it also holds other text."""
    spans = quoted_spans(text)
    if not spans:
        return None
    quotes: list[Quote] = []
    pending = text[: spans[0][0]]  # text waiting to be used as a lead attribution
    for n, (start, end) in enumerate(spans):
        inner = _inner(text[start:end])
        after_end = spans[n + 1][0] if n + 1 < len(spans) else len(text)
        after = text[end:after_end]
        lead = None
        if pending.strip():
            lead = parse_lead(pending)
            if lead is None:
                return None
        quote: Quote | None = None
        if lead is not None:
            quote = Quote(inner, lead.speaker, lead.role, lead.lead_in)
            if not quote.speaker:
                source = quotes[-1] if quotes else previous
                if source is None:
                    return None
                quote.speaker = source.speaker
            rest = after
        else:
            stop = _sentence_end(after)
            trailing_text = after[: stop.end()] if stop else after
            trailing = parse_trailing(trailing_text) if trailing_text.strip(" .،,") else None
            if trailing is not None:
                quote = Quote(inner, trailing.speaker, trailing.role)
                if not quote.speaker:  # "she said": the speaker of the quote before
                    source = quotes[-1] if quotes else previous
                    if source is None:
                        return None
                    quote.speaker = source.speaker
                rest = after[len(trailing_text):]
            elif quotes and not trailing_text.strip(" .،,"):
                quotes[-1].text = _join(quotes[-1].text, inner)  # a quote split by its attribution
                pending = after
                continue
            else:
                return None
        quotes.append(quote)
        pending = rest.lstrip(" .")
    if pending.strip(" .،,"):
        return None
    for q in quotes:
        q.text = re.sub(r"[,،]$", "", q.text).strip()
    return quotes if quotes and all(q.speaker for q in quotes) else None
