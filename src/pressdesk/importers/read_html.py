"""Web pages (.html/.htm) and Markdown: the article's paragraphs, page furniture left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pressdesk.importers.limits import MAX_HTML_BYTES, MAX_PARAGRAPHS, Deadline, ImportFailure, check_size
from pressdesk.importers.paragraphs import Paragraph, Run, clean, from_runs

_DROP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input",
              "select", "textarea", "nav", "aside", "menu", "dialog", "canvas", "video", "audio",
              "object", "embed", "head"}
_EDGE_TAGS = {"header", "footer"}  # furniture unless inside the article
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar",
               "dialog", "alert", "toolbar"}
_FURNITURE = re.compile(
    r"(^|[\s_-])(share|sharing|social|breadcrumbs?|cookies?|consent|newsletter|subscribe|related|"
    r"sidebar|menu|navbar|nav|skip|sr-only|screen-reader|visually-hidden|pagination|pager|comments?|"
    r"advert|ads|banner|toolbar|popup|modal|search|print|tags|follow|widget|langs?|language-switcher|"
    r"site-header|site-footer|masthead|footer|topbar)($|[\s_-])", re.I)
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
           "blockquote", "table", "tbody", "thead", "tr", "td", "th", "dl", "dt", "dd", "figure",
           "figcaption", "pre", "address", "header", "footer", "hr", "body", "center", "caption"}
_BOLD = {"b", "strong"}
_ITALIC = {"i", "em", "cite"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


@dataclass
class HtmlResult:
    paragraphs: list[Paragraph]
    furniture: list[str] = field(default_factory=list)  # what was left out, in words
    title: str = ""


def decode_html(raw: bytes) -> str:
    check_size(len(raw), MAX_HTML_BYTES, "a web page")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    m = _META_CHARSET.search(raw[:4096])
    declared = m.group(1).decode("ascii").lower() if m else ""
    for codec in dict.fromkeys(["utf-8", declared, "cp1256"]):
        if not codec:
            continue
        try:
            return raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    raise ImportFailure("the page is in an unknown encoding (not UTF-8 or the one it declares)")


def read_html(text: str, deadline: Deadline, *, page: bool = True) -> HtmlResult:
    """Paragraphs of a page's article (page=True) or of a whole fragment (Markdown's HTML)."""
    import lxml.html
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    if not text.strip():
        return HtmlResult([])
    try:
        doc = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise ImportFailure(f"the page cannot be read as HTML ({exc})") from None
    title = clean(doc.findtext(".//title") or "")
    furniture: list[str] = []
    if page:
        _strip_furniture(doc, furniture)
    deadline.check()
    root = _content_root(doc) if page else doc.body
    if root is None:
        root = doc
    walker = _Walker(deadline)
    walker.walk(root, {})
    walker.flush()
    if page and root is not doc.body and walker.out and not any(p.heading == 1 for p in walker.out):
        h1 = next((h for h in doc.iter("h1") if clean(h.text_content())), None)
        if h1 is not None:
            walker.out.insert(0, Paragraph(text=clean(h1.text_content()), heading=1, style="h1",
                                           runs=[Run(clean(h1.text_content()))]))
    return HtmlResult(walker.out, furniture, title)


def _describe(el: Any) -> str:
    words = clean(el.text_content())
    if not words or el.tag in ("script", "style", "head", "template", "svg"):
        return ""
    kind = el.tag
    marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
    if m := _FURNITURE.search(marks):
        kind = m.group(2).lower()
    return f"{kind}: {words[:60]}{'…' if len(words) > 60 else ''}"


def _strip_furniture(doc: Any, furniture: list[str]) -> None:
    # elements (not ids: lxml makes its proxies anew) inside the article keep their header/footer
    article = {el for tag in ("article", "main") for a in doc.iter(tag) for el in a.iter()}
    total = max(1, _text_len(doc))
    doomed = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments and processing instructions
            continue
        tag = el.tag.lower()
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if (tag in _DROP_TAGS or el.get("role", "").lower() in _DROP_ROLES
                or el.get("aria-hidden", "").lower() == "true" or el.get("hidden") is not None
                or (tag in _EDGE_TAGS and el not in article)
                or (tag not in ("body", "html", "article", "main") and _FURNITURE.search(marks)
                    and _small_part(el, total))):
            doomed.append(el)
    done: set[int] = set()
    for el in doomed:
        if any(id(a) in done for a in el.iterancestors()):
            continue
        done.add(id(el))
        if isinstance(el.tag, str) and (what := _describe(el)):
            furniture.append(what)
        parent = el.getparent()
        if parent is not None:
            el.drop_tree() if hasattr(el, "drop_tree") else parent.remove(el)


def _small_part(el: Any, total: int) -> bool:
    """A share bar or a menu, not the wrapper of the article that happens to have such a class."""
    return next(el.iter("h1"), None) is None and _text_len(el) < 0.3 * total


def _text_len(el: Any) -> int:
    return len(clean(el.text_content()))


def _content_root(doc: Any) -> Any:
    """The article: <article> or <main>, else the element holding the most paragraph text."""
    for tag in ("article", "main"):
        found = [el for el in doc.iter(tag)]
        if found:
            return max(found, key=_text_len)
    found = doc.xpath("//*[@role='main' or @itemprop='articleBody']")
    if found:
        return max(found, key=_text_len)
    scores: dict[Any, int] = {}
    for p in doc.iter("p", "blockquote", "li", "h2", "h3"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + _text_len(p)
    if not scores:
        return doc.body
    best = max(scores, key=lambda el: scores[el])
    h1 = next(iter(doc.iter("h1")), None)
    if h1 is not None:
        for up, anc in enumerate([best, *best.iterancestors()]):
            if up > 4:
                break
            if any(d is h1 for d in anc.iter("h1")):
                return anc
    return best


class _Walker:
    def __init__(self, deadline: Deadline) -> None:
        self.out: list[Paragraph] = []
        self.runs: list[Run] = []
        self.look: dict[str, Any] = {}
        self.deadline = deadline

    def flush(self) -> None:
        if self.runs:
            para = from_runs(self.runs, **self.look)
            if para is not None:
                self.out.append(para)
                if len(self.out) > MAX_PARAGRAPHS:
                    raise ImportFailure(f"the page has more than {MAX_PARAGRAPHS} paragraphs")
        self.runs = []

    def walk(self, el: Any, look: dict[str, Any], bold: bool = False, italic: bool = False,
             href: str = "") -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        block = tag in _BLOCKS
        if block:
            self.flush()
            look = dict(look)
            if m := re.fullmatch(r"h([1-6])", tag):
                look["heading"] = int(m.group(1))
            if tag == "li":
                parent = el.getparent()
                look["list_level"] = sum(1 for a in el.iterancestors() if a.tag in ("ul", "ol")) - 1
                look["list_ordered"] = parent is not None and parent.tag == "ol"
            if tag in ("p", "li", "blockquote") or "heading" in look:
                look["style"] = tag
            if direction := (el.get("dir") or "").lower():
                look["direction"] = direction if direction in ("rtl", "ltr") else look.get("direction", "")
            self.look = look
        elif tag == "br":
            self.flush()
        elif tag == "img":
            self.look = {**self.look, "pictures": self.look.get("pictures", 0) + 1}
        bold = bold or tag in _BOLD or "font-weight:bold" in (el.get("style") or "").replace(" ", "")
        italic = italic or tag in _ITALIC
        if tag == "a" and el.get("href"):
            href = el.get("href")
        if el.text and tag:
            self.runs.append(Run(el.text, bold, italic, href))
        for child in el:
            self.deadline.check()
            self.walk(child, look, bold, italic, href)
            if child.tail:
                self.look = look
                self.runs.append(Run(child.tail, bold, italic, href))
        if block:
            self.flush()
