"""Read a template's HTML layout (Jinja) for what it must never do, without running it.

A layout comes from a template file that may have been shared by anyone, so it is treated
as untrusted. This module only *reads* it: the names it uses must be among those the HTML
renderer provides (``resources/html/layout-names.txt``), and it may not reach attributes,
filters, files or markup that could escape. Rendering it under a time and size budget, and
scanning the result, is the HTML renderer's job (``pressdesk.render.html.sandbox``).
Every problem is one line, ready to be prefixed with ``html.layout:``.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from importlib import resources

from jinja2 import Environment, meta, nodes
from jinja2.exceptions import TemplateSyntaxError

MAX_LAYOUT_CHARS = 256 * 1024


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FORBIDDEN_TAGS = _words("script iframe frame frameset object embed applet base form link portal noscript")
_URL_ATTRS = _words("href src srcset action formaction poster background data lowsrc ping "
                    "xlink:href dynsrc cite")
_LOADING_ATTRS = _words("src srcset poster background data lowsrc dynsrc")
ALLOWED_FILTERS = _words(
    "abs capitalize count d default dictsort e escape first float forceescape groupby int items "
    "join last length list lower max min reject rejectattr reverse round select selectattr sort "
    "string striptags sum title trim truncate unique upper wordcount"
)
_OPERATORS = {nodes.Mul: "*", nodes.Pow: "**", nodes.Mod: "%"}
_FILES = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)
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


@cache
def layout_names() -> frozenset[str]:
    """The variables a layout may use: the HTML renderer's context, as it lists them."""
    text = resources.files("pressdesk").joinpath("resources/html/layout-names.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and line[0] != "#")


@cache
def _parser() -> Environment:
    """Only for parsing: a layout is never rendered here. No globals, as in the renderer's
    sandbox, so ``range``, ``lipsum`` and the like count as unknown names."""
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.clear()
    return env


# --- static rules -------------------------------------------------------------------------------
def static_problems(source: str, names: frozenset[str] | set[str] | None = None) -> list[str]:
    """Problems found by reading the layout; ``names`` (default: ``layout_names()``) are the
    variables a layout may use."""
    names = layout_names() if names is None else names
    if len(source) > MAX_LAYOUT_CHARS:
        return [f"layout longer than {MAX_LAYOUT_CHARS // 1024} KB"]
    try:
        ast = _parser().parse(source)
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
    literal = "".join(n.data for n in ast.find_all(nodes.TemplateData))
    problems += scan_html(literal)
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
