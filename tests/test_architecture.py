"""The shape of the code: layers, no import cycles, one list of formats, complete label files.

Every ``import`` in ``src/pressdesk`` counts, those inside function bodies too: a lazy import
is still a dependency.
"""

from __future__ import annotations

import ast
import itertools
import tomllib
from collections import defaultdict
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from pressdesk.render import registry
from pressdesk.templating.schema import LABEL_KEYS

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "pressdesk"
# Modules that belong to no layer of their own (shared leaves): anyone may import them.
LEAVES = {"pressdesk", "pressdesk.paths", "pressdesk.doctypes", "pressdesk.util", "pressdesk.fonts",
          "pressdesk.__main__"}
RENDER_SHARED = {"pressdesk.render", "pressdesk.render.registry", "pressdesk.render.errors",
                 "pressdesk.render.marks"}  # bidi marks for the plain-text and e-mail renderers


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def unit(module: str) -> str:
    """The layer a module belongs to: ``pressdesk.compose``, ``pressdesk.render.pdf``..."""
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "render" and ".".join(parts[:3]) not in RENDER_SHARED:
        return ".".join(parts[:3])
    if module in RENDER_SHARED:
        return "pressdesk.render"
    return ".".join(parts[:2])


def imports_of(path: Path) -> list[tuple[str, int]]:
    """Every module ``path`` imports (absolute name, line), at any depth of the code."""
    tree = ast.parse(path.read_text("utf-8"))
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((name, node.lineno))
            # ``from pressdesk import fonts`` imports the module pressdesk.fonts
            found += [(f"{name}.{a.name}", node.lineno) for a in node.names
                      if (PACKAGE / Path(*f"{name}.{a.name}".split(".")[1:])).with_suffix(".py").exists()
                      or (PACKAGE / Path(*f"{name}.{a.name}".split(".")[1:]) / "__init__.py").exists()]
    return found


@cache
def graph() -> dict[str, dict[str, list[str]]]:
    """unit -> imported unit -> ["file:line", ...], for imports inside pressdesk."""
    edges: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path in PACKAGE.rglob("*.py"):
        src = unit(module_name(path))
        for name, line in imports_of(path):
            if name.startswith("pressdesk"):
                dst = unit(name)
                if dst != src and dst not in LEAVES and src not in LEAVES:
                    edges[src][dst].append(f"{path.relative_to(SRC)}:{line}")
    return {k: dict(v) for k, v in edges.items()}


def cycles() -> list[list[str]]:
    g = graph()
    found, seen = [], set()

    def visit(node: str, stack: list[str]) -> None:
        for nxt in g.get(node, {}):
            if nxt in stack:
                cycle = [*stack[stack.index(nxt):], nxt]
                key = frozenset(cycle)
                if key not in seen:
                    seen.add(key)
                    found.append(cycle)
            elif len(stack) < 12:
                visit(nxt, [*stack, nxt])

    for start in g:
        visit(start, [start])
    return found


def test_no_import_cycle_between_packages():
    problems = []
    for cycle in cycles():
        where = [graph()[a][b][0] for a, b in itertools.pairwise(cycle)]
        problems.append(" -> ".join(cycle) + f"  ({', '.join(where)})")
    assert not problems, "import cycles:\n" + "\n".join(problems)


FORBIDDEN = [
    # (importer prefix, imported prefix, why)
    ("pressdesk.model", "pressdesk.compose", "the model knows nothing of compose"),
    ("pressdesk.model", "pressdesk.render", "the model knows nothing of renderers"),
    ("pressdesk.model", "pressdesk.templating", "the model knows nothing of templates"),
    ("pressdesk.model", "pressdesk.pipeline", "the model is below the pipeline"),
    ("pressdesk.model", "pressdesk.gui", "the model is below the GUI"),
    ("pressdesk.templating", "pressdesk.compose", "templating is below compose"),
    ("pressdesk.templating", "pressdesk.render", "templating knows nothing of renderers"),
    ("pressdesk.templating", "pressdesk.pipeline", "templating is below the pipeline"),
    ("pressdesk.templating", "pressdesk.gui", "templating is below the GUI"),
    ("pressdesk.templating", "pressdesk.settings", "templating takes the shared folders as arguments"),
    ("pressdesk.compose", "pressdesk.render", "compose is below the renderers"),
    ("pressdesk.compose", "pressdesk.pipeline", "compose is below the pipeline"),
    ("pressdesk.compose", "pressdesk.gui", "compose is below the GUI"),
    ("pressdesk.render", "pressdesk.pipeline", "renderers are below the pipeline"),
    ("pressdesk.render", "pressdesk.gui", "renderers are below the GUI"),
    ("pressdesk.render", "pressdesk.cli", "renderers are below the CLI"),
    ("pressdesk.pipeline", "pressdesk.gui", "the pipeline is below the GUI"),
    ("pressdesk.pipeline", "pressdesk.cli", "the pipeline is below the CLI"),
    ("pressdesk.importers", "pressdesk.render", "importers know nothing of renderers"),
    ("pressdesk.importers", "pressdesk.gui", "importers are below the GUI"),
]


def all_imports():
    for path in PACKAGE.rglob("*.py"):
        me = module_name(path)
        for name, line in imports_of(path):
            yield me, name, f"{path.relative_to(SRC)}:{line}"


def test_no_forbidden_arrow():
    problems = []
    for me, name, where in all_imports():
        for src, dst, why in FORBIDDEN:
            if (me == src or me.startswith(src + ".")) and (name == dst or name.startswith(dst + ".")):
                problems.append(f"{where}: {me} imports {name} ({why})")
    assert not problems, "\n".join(problems)


def test_renderers_never_import_each_other():
    problems = []
    for me, name, where in all_imports():
        a, b = unit(me), unit(name)
        if (a.startswith("pressdesk.render.") and b.startswith("pressdesk.render.") and a != b):
            problems.append(f"{where}: {me} imports {name}")
    assert not problems, "\n".join(problems)


def test_only_the_gui_imports_qt():
    problems = [f"{where}: {me} imports {name}" for me, name, where in all_imports()
                if name.split(".")[0] in ("PySide6", "shiboken6") and not me.startswith("pressdesk.gui")]
    assert not problems, "\n".join(problems)


def _format_collections(tree: ast.AST) -> list[int]:
    """Lines of tuple/list/set literals that spell two or more format names."""
    names = set(registry.names())
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            values = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            if len(values & names) >= 2:
                lines.append(node.lineno)
    return lines


def test_the_formats_are_listed_in_one_module():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "render" / "registry.py":
            continue
        problems += [f"{path.relative_to(SRC)}:{n}" for n in _format_collections(ast.parse(path.read_text()))]
    assert not problems, "a list of formats outside render/registry.py: " + ", ".join(problems)


def test_the_layering_check_catches_a_cycle(tmp_path, monkeypatch):
    """The check itself works: a templating module importing compose is a cycle and an arrow."""
    bad = PACKAGE / "templating" / "_probe_cycle.py"
    bad.write_text("def f():\n    from pressdesk.compose.compose import compose\n    return compose\n")
    try:
        graph.cache_clear()
        assert any("pressdesk.templating" in c and "pressdesk.compose" in c for c in cycles())
        with pytest.raises(AssertionError, match="templating is below compose"):
            test_no_forbidden_arrow()
    finally:
        bad.unlink()
        graph.cache_clear()


def test_the_format_check_catches_a_list():
    assert _format_collections(ast.parse("FORMATS = ('pdf', 'docx')")) == [1]
    assert _format_collections(ast.parse("TEXTS = {'pdf': 1, 'docx': 2}")) == []


def label_file(language: str) -> dict:
    node = resources.files("pressdesk").joinpath(f"resources/labels/{language}.toml")
    return tomllib.loads(node.read_text("utf-8"))


LABEL_LANGUAGES = sorted(
    p.name.removesuffix(".toml") for p in resources.files("pressdesk").joinpath("resources/labels").iterdir()
    if p.name.endswith(".toml"))


@pytest.mark.parametrize("language", LABEL_LANGUAGES)
def test_every_label_file_has_every_label_key(language):
    """A missing key would silently fall back to English in a release of that language."""
    keys = set(label_file(language))
    assert set(LABEL_KEYS) - keys == set(), f"{language}.toml lacks {sorted(set(LABEL_KEYS) - keys)}"
    assert keys - set(LABEL_KEYS) == set(), f"{language}.toml has unknown {sorted(keys - set(LABEL_KEYS))}"


def test_the_label_languages_include_those_we_promise():
    assert {"ar", "en", "fr", "fa", "he"} <= set(LABEL_LANGUAGES)
