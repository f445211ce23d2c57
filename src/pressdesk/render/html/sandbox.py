"""Rendering under the sandbox: the one Jinja environment for HTML, with time and size budgets.

The default layout and a template's own layout both render in ``environment()``: an
immutable sandbox with autoescaping and no globals (no ``range``, ``lipsum``, ``cycler``...).
A template's layout is first read by ``pressdesk.templating.layout.static_problems``; what
reading cannot prove (a loop that never ends, a gigabyte of output, a failing expression) is
caught here, while rendering.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, Template
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pressdesk.templating.layout import scan_html, static_problems

MAX_OUTPUT_CHARS = 8 * 1024 * 1024
RENDER_SECONDS = 3.0
ENVIRONMENT_VERSION = 1  # bump when ``environment()`` changes: compiled layouts on disk depend on it



class LayoutProblem(ValueError):
    """A layout that cannot be rendered safely; the message says why, with a line number."""


@cache
def environment() -> ImmutableSandboxedEnvironment:
    """The one sandbox every HTML layout renders in."""
    env = ImmutableSandboxedEnvironment(
        loader=BaseLoader(), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.globals.clear()  # no range, lipsum, cycler, joiner, namespace, dict
    return env


@lru_cache(maxsize=16)
def compiled(source: str) -> Template:
    """``source`` compiled in ``environment()``, through a cache on disk.

    Compiling (lexing, parsing, generating Python) is most of a first HTML export's time.
    Jinja's own bytecode cache keeps the generated code under the user cache folder, keyed
    by the source's checksum and Jinja's and Python's versions; ``ENVIRONMENT_VERSION`` is in
    the folder's name. Anything unreadable is compiled again; a cache that cannot be written
    is skipped.
    """
    from pressdesk.paths import cache_dir

    env = environment()
    cache_ = _bytecode_cache(str(cache_dir() / "html" / f"layouts-v{ENVIRONMENT_VERSION}"))
    bucket = None
    if cache_ is not None:
        try:
            bucket = cache_.get_bucket(env, "layout", None, source)
        except Exception:
            bucket = None
    code = bucket.code if bucket is not None else None
    if code is None:
        code = env.compile(source)
        if bucket is not None and cache_ is not None:
            bucket.code = code
            with contextlib.suppress(Exception):  # read-only or full disk: compile next time
                cache_.set_bucket(bucket)
    return env.template_class.from_code(env, code, env.make_globals(None), None)


@cache
def _bytecode_cache(folder: str) -> Any:
    from pathlib import Path

    from jinja2 import FileSystemBytecodeCache

    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(folder)


# --- rendering ----------------------------------------------------------------------------------
class _TooSlow(Exception):
    pass


class _TooBig(Exception):
    pass


def render_layout(source: str, ctx: dict[str, Any], *, seconds: float = RENDER_SECONDS,
                  max_chars: int = MAX_OUTPUT_CHARS) -> str:
    """Render in the sandbox, giving up after ``seconds`` or ``max_chars`` of output."""
    template = compiled(source)
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


# --- a whole check -------------------------------------------------------------------------------
def layout_problems(source: str, contexts: Iterable[dict[str, Any]], *,
                    seconds: float | None = None) -> list[str]:
    """Every problem of a layout: read, then rendered on each context and scanned."""
    contexts = list(contexts)
    names = set(contexts[0]) if contexts else None
    problems = static_problems(source, names)
    if problems:
        return problems
    for ctx in contexts:
        try:
            html = render_layout(source, ctx, seconds=RENDER_SECONDS if seconds is None else seconds)
        except LayoutProblem as exc:
            return [str(exc)]
        found = scan_html(html)
        if found:
            return found
    return []
