"""Check a template's HTML layout (sandboxed Jinja) before it is ever used for an export.

A layout comes from a template file that may have been shared by anyone, so it is treated
as untrusted: ``check_layout`` reads it (static rules), then test-renders it in a sandbox
with a time and size budget on a sample release, and scans the result for active content.
Every problem is one line, ready to be prefixed with ``html.layout:``.

Public API::

    check_layout(source, template) -> list[str]        # at template load time
    render_layout(source, ctx, seconds=...) -> str     # sandboxed, time- and size-limited
    scan_html(html) -> list[str]                       # scripts, handlers, remote loads
"""

from __future__ import annotations

import re
import sys
import threading
import time
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from jinja2 import BaseLoader, StrictUndefined, meta, nodes
from jinja2.exceptions import TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

if TYPE_CHECKING:
    from pressdesk.templating.template import Template

MAX_LAYOUT_CHARS = 256 * 1024
MAX_OUTPUT_CHARS = 8 * 1024 * 1024
RENDER_SECONDS = 3.0


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ALLOWED_FILTERS = _words(
    "abs capitalize count d default dictsort e escape first float forceescape groupby int items "
    "join last length list lower max min reject rejectattr reverse round select selectattr sort "
    "string striptags sum title trim truncate unique upper wordcount"
)
_OPERATORS = {nodes.Mul: "*", nodes.Pow: "**", nodes.Mod: "%"}
_FILES = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)
_FORBIDDEN_TAGS = _words("script iframe frame frameset object embed applet base form link portal noscript")
_URL_ATTRS = _words("href src srcset action formaction poster background data lowsrc ping "
                    "xlink:href dynsrc cite")
_LOADING_ATTRS = _words("src srcset poster background data lowsrc dynsrc")
_LITERAL_RULES = (
    (re.compile(r"<\s*/?\s*(script|iframe|frame|object|embed|applet|base|form|link|portal)\b", re.I),
     "the {0} tag is not allowed in a layout"),
    (re.compile(r"[\s\"'/]on[a-z]+\s*=", re.I), "event handler attributes (on...=) are not allowed"),
    (re.compile(r"(java|vb)script\s*:", re.I), "script URLs are not allowed"),
    (re.compile(r"http-equiv", re.I), "http-equiv is not allowed"),
    (re.compile(r"@import", re.I), "@import is not allowed; put the CSS in the layout"),
    (re.compile(r"url\(\s*['\"]?\s*(https?:|//)", re.I), "a layout cannot load files from the internet"),
    (re.compile(r"\b(src|srcset|poster)\s*=\s*['\"]?\s*(https?:|//)", re.I),
     "a layout cannot load files from the internet"),
)


class LayoutProblem(ValueError):
    """A layout that cannot be rendered safely; the message says why, with a line number."""


@cache
def layout_environment() -> ImmutableSandboxedEnvironment:
    """The sandbox, configured like the HTML renderer's, without any global helpers."""
    env = ImmutableSandboxedEnvironment(
        loader=BaseLoader(), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.globals.clear()  # no range, lipsum, cycler, joiner, namespace, dict
    return env


# --- static rules -------------------------------------------------------------------------------
def static_problems(source: str, names: set[str]) -> list[str]:
    """Problems found by reading the layout; ``names`` are the variables a layout may use."""
    if len(source) > MAX_LAYOUT_CHARS:
        return [f"layout longer than {MAX_LAYOUT_CHARS // 1024} KB"]
    env = layout_environment()
    try:
        ast = env.parse(source)
    except TemplateSyntaxError as exc:
        return [f"line {exc.lineno}: {exc.message}"]
    except RecursionError:
        return ["nested too deeply"]
    problems: list[str] = []
    unknown = sorted(meta.find_undeclared_variables(ast) - names)
    for name in unknown:
        problems.append(f"{name!r} is not available in a layout (available: {', '.join(sorted(names))})")
    macros = {m.name: m for m in ast.find_all(nodes.Macro)}
    for node in ast.find_all(nodes.Node):
        problem = _node_problem(node, macros)
        if problem:
            problems.append(f"line {node.lineno}: {problem}")
        if isinstance(node, nodes.TemplateData):
            problems += [f"line {node.lineno}: {p}" for p in literal_problems(node.data)]
    problems += _recursion_problems(macros)
    return list(dict.fromkeys(problems))


def _node_problem(node: nodes.Node, macros: dict[str, nodes.Macro]) -> str | None:
    if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
        return f"access to {node.attr!r} is not allowed"
    if (isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const)
            and isinstance(node.arg.value, str) and node.arg.value.startswith("_")):
        return f"access to {node.arg.value!r} is not allowed"
    if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
        return f"the filter {node.name!r} is not allowed in a layout"
    if isinstance(node, nodes.Call) and not _allowed_call(node, macros):
        return "a layout may only call its own macros"
    for kind, op in _OPERATORS.items():
        if isinstance(node, kind):
            return f"the operator {op!r} is not allowed in a layout"
    if isinstance(node, _FILES):
        return "a layout cannot load other files"
    if isinstance(node, nodes.EvalContextModifier | nodes.MarkSafe | nodes.MarkSafeIfAutoescape):
        return "a layout cannot turn off escaping"
    return None


def _allowed_call(node: nodes.Call, macros: dict[str, nodes.Macro]) -> bool:
    target = node.node
    if isinstance(target, nodes.Name):
        return target.name in macros or target.name == "caller"
    return (isinstance(target, nodes.Getattr) and target.attr == "cycle"
            and isinstance(target.node, nodes.Name) and target.node.name == "loop")


def _recursion_problems(macros: dict[str, nodes.Macro]) -> list[str]:
    calls = {
        name: {c.node.name for c in m.find_all(nodes.Call)
               if isinstance(c.node, nodes.Name) and c.node.name in macros}
        for name, m in macros.items()
    }
    problems = []
    for start in macros:
        seen: set[str] = set()
        todo = list(calls[start])
        while todo:
            name = todo.pop()
            if name == start:
                problems.append(f"line {macros[start].lineno}: the macro {start!r} calls itself")
                break
            if name not in seen:
                seen.add(name)
                todo += calls[name]
    return problems


def literal_problems(markup: str) -> list[str]:
    """Active content written literally in a layout (checked even in branches never taken)."""
    out = []
    for pattern, message in _LITERAL_RULES:
        match = pattern.search(markup)
        if match:
            out.append(message.format(f"<{match.group(1).lower()}>" if match.groups() else ""))
    return out


# --- rendering ----------------------------------------------------------------------------------
class _TooSlow(Exception):
    pass


class _TooBig(Exception):
    pass


def render_layout(source: str, ctx: dict[str, Any], *, seconds: float = RENDER_SECONDS,
                  max_chars: int = MAX_OUTPUT_CHARS) -> str:
    """Render in the sandbox, giving up after ``seconds`` or ``max_chars`` of output."""
    template = layout_environment().from_string(source)
    result: dict[str, Any] = {}

    def work() -> None:
        deadline = time.monotonic() + seconds

        def local(frame: Any, event: str, arg: Any) -> Any:
            if time.monotonic() > deadline:
                raise _TooSlow
            return local

        def trace(frame: Any, event: str, arg: Any) -> Any:
            return local if frame.f_code.co_filename == "<template>" else None

        sys.settrace(trace)
        try:
            out, size = [], 0
            for chunk in template.generate(ctx):
                size += len(chunk)
                if size > max_chars:
                    raise _TooBig
                out.append(chunk)
            result["html"] = "".join(out)
        except BaseException as exc:  # reported below, in the caller's thread
            result["error"] = exc
        finally:
            sys.settrace(None)

    worker = threading.Thread(target=work, name="pressdesk-layout", daemon=True)
    worker.start()
    worker.join(seconds + 2)
    if worker.is_alive() or isinstance(result.get("error"), _TooSlow):
        raise LayoutProblem(f"takes longer than {seconds:g} s to render")
    error = result.get("error")
    if isinstance(error, _TooBig):
        raise LayoutProblem(f"makes more than {max_chars // (1024 * 1024)} MB of HTML")
    if error is not None:
        raise LayoutProblem(_describe(error)) from None
    return str(result["html"])


def _describe(exc: BaseException) -> str:
    line = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    where = f"line {line}: " if line else ""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    if isinstance(exc, RecursionError):
        message = "nested too deeply"
    return f"{where}fails to render ({message})"


# --- the rendered HTML ----------------------------------------------------------------------------
class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _FORBIDDEN_TAGS:
            self.problems.append(f"the <{tag}> tag is not allowed in a layout")
        self._in_style = tag == "style"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"the event handler attribute {name!r} is not allowed")
            elif name == "http-equiv":
                self.problems.append("http-equiv is not allowed")
            elif name == "style":
                self.problems += css_problems(value)
            elif name in _URL_ATTRS:
                self.problems += _url_problems(name, value)

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.problems += css_problems(data)


def _url_problems(attr: str, value: str) -> list[str]:
    url = re.sub(r"[\x00-\x20]", "", value).lower()
    if url.startswith(("javascript:", "vbscript:")):
        return ["script URLs are not allowed"]
    if url.startswith("data:") and not url.startswith(("data:image/png", "data:image/jpeg")):
        return [f"{attr}: only PNG and JPEG data URLs are allowed"]
    if attr in _LOADING_ATTRS and url.startswith(("http:", "https:", "//", "ftp:", "file:")):
        return ["a layout cannot load files from the internet"]
    return []


_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.I)


def css_problems(css: str) -> list[str]:
    low = css.lower()
    out = []
    if "@import" in low:
        out.append("@import is not allowed; put the CSS in the layout")
    if "expression(" in low or "-moz-binding" in low or "behavior:" in low:
        out.append("scripted CSS is not allowed")
    for match in _CSS_URL.finditer(css):
        url = match.group(1).lower()
        if not url.startswith(("data:font/", "data:image/png", "data:image/jpeg", "#")):
            out.append("a layout cannot load files from the internet")
    return out


def scan_html(html: str) -> list[str]:
    """Active or remote content in rendered HTML: scripts, event handlers, remote loads."""
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return list(dict.fromkeys(scanner.problems))


# --- at load time -------------------------------------------------------------------------------
def check_layout(source: str, template: Template) -> list[str]:
    """Every problem with ``template``'s layout ``source``; empty when it renders safely."""
    from pressdesk.render.html.render import context

    samples = [context(doc) for doc in _sample_documents(template)]
    problems = static_problems(source, set(samples[0]))
    if problems:
        return problems
    for ctx in samples:
        try:
            html = render_layout(source, ctx, seconds=RENDER_SECONDS)
        except LayoutProblem as exc:
            return [str(exc)]
        found = scan_html(html)
        if found:
            return found
    return []


def _sample_documents(template: Template) -> list[Any]:
    from pressdesk.compose.compose import compose
    from pressdesk.model.release import BodyBlock, Contact, Dateline, Release, ReleaseLine

    languages = list(dict.fromkeys([*(template.languages or ["ar"])[:1], "en"]))
    docs = []
    for lang in languages:
        release = Release(
            language=lang,
            release=ReleaseLine(kind="embargoed", until="2030-01-02T09:00:00+03:00"),
            headline="Sample headline عنوان", subheadline="Sample subheadline",
            dateline=Dateline(city="Amman", date="2030-01-02"),
            body=[BodyBlock(text="Lead text with https://example.org and UNHCR."),
                  BodyBlock(type="quote", text="A quote.", speaker="A. Speaker", role="Director",
                            lead_in="Said"),
                  BodyBlock(text="A paragraph\nwith a line break and press@example.org.")],
            background=["Background."], contacts=[Contact(name="Contact", email="a@example.org")],
            notes_to_editors=["A note."], keywords=["sample"],
        )
        docs.append(compose(release, template))
    return docs
