"""The headless pipeline: release file + template -> compose -> renderers -> files.

``export_steps`` yields progress so the GUI (a progress bar), the CLI and tests drive
the same build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pressdesk.compose.document import Document
from pressdesk.model.release import Release
from pressdesk.render import registry
from pressdesk.templating import TemplateError, find_template, resolve_for_release
from pressdesk.templating.template import Template
from pressdesk.util import forked
from pressdesk.util.atomic import write_atomic


class ExportError(RuntimeError):
    """An export that could not be written; the message says why in words."""


@dataclass
class Prepared:
    document: Document
    template: Template
    warnings: list[str] = field(default_factory=list)
    stem: str = "release"  # the default file name stem, from the release's headline and date


def prepare(release: Release, template: str | Template | None = None,
            shared: Sequence[Path] = (), *, allow_outside_images: bool = False) -> Prepared:
    """Resolve the template (falling back to a built-in one), load the release's photos
    with their checks (each photo left out is one warning) and compose the document.

    ``shared`` are the shared template folders to search (the caller reads its settings).
    """
    from pressdesk.compose.compose import compose
    from pressdesk.compose.images import load_images

    warnings: list[str] = []
    if isinstance(template, Template):
        tpl = template
    elif template:
        tpl = find_template(template, shared)  # an explicit choice fails loudly
    else:
        resolved = resolve_for_release(release.template, release.template_version, shared)
        tpl = resolved.template
        if resolved.warning:
            warnings.append(resolved.warning)
    images = load_images(release, allow_outside=allow_outside_images)
    warnings.extend(images.problems)
    return Prepared(compose(release, tpl, images), tpl, warnings, slug(release))


def slug(release: Release, limit: int = 60) -> str:
    """A file name stem from the headline and date: '2021-11-30-تنظيم-جلسة-تعريفية'."""
    text = unicodedata.normalize("NFC", release.headline)
    words = re.findall(r"\w+", text)
    stem = ""
    for word in words:
        candidate = f"{stem}-{word}" if stem else word
        if len(candidate) > limit:
            break
        stem = candidate
    stem = stem.lower() or "release"
    if release.dateline.date:
        stem = f"{release.dateline.date}-{stem}"
    return stem


def render(prepared: Prepared, fmt: str, *, embed_fonts: bool = False,
           attach: Collection[str] = (), stem: str | None = None,
           rendered: dict[str, bytes] | None = None) -> bytes:
    """One format's bytes, with the template's options; what the renderer worked around is
    added to ``prepared.warnings``.

    A format made of other formats (see the registry's ``parts``) gets their bytes, rendered
    here first; ``attach`` names the optional parts wanted, ``stem`` the file name stem they
    are named after, and ``rendered`` (format -> bytes) is reused and filled, so an export
    renders each format once.
    """
    spec = registry.get(fmt)
    if rendered is not None and fmt in rendered:
        return rendered[fmt]
    parts = {p: render(prepared, p, embed_fonts=embed_fonts, rendered=rendered)
             for p in spec.parts_for(attach)}
    options = {
        registry.EMBED_FONTS: embed_fonts,
        registry.LAYOUT: prepared.template.layout_source,
        registry.WARNINGS: prepared.warnings,
        registry.PARTS: parts,
        registry.STEM: stem or prepared.stem,
        registry.MAIL: prepared.template.settings.get("email", {}),
    }
    try:
        data = spec.render(prepared.document, **options)
    except registry.RendererUnavailable:
        raise
    except Exception as exc:
        raise ExportError(f"{fmt.upper()} export failed: {exc}") from exc
    if rendered is not None:
        rendered[fmt] = data
    return data


@dataclass(frozen=True)
class Step:
    """One unit of progress: ``done`` of ``total`` steps, with what just happened."""

    done: int
    total: int
    message: str
    path: Path | None = None


def output_paths(release: Release, formats: list[str], out: Path | None, stem: str | None = None,
                 ) -> dict[str, Path]:
    """Where each format goes. ``out`` is a file for one format, a folder for several."""
    if len(formats) == 1 and out is not None and not out.is_dir() and out.suffix:
        return {formats[0]: out}
    folder = out if out is not None else Path.cwd()
    stem = stem or slug(release)
    return {f: folder / (stem + registry.suffix(f)) for f in formats}


def export_steps(prepared: Prepared, targets: dict[str, Path], *, embed_fonts: bool = False,
                 attach: Collection[str] = (), jobs: int | None = 1) -> Iterator[Step]:
    """Render every format in memory first, then write each file atomically.

    Nothing is written unless every format rendered, so a failure leaves no partial set.
    ``jobs=None`` lets a forked child render some of the formats meanwhile where a core is
    idle (the command line), ``jobs=2`` wherever forking is safe; see ``_split``.
    """
    total = len(targets) * 2
    rendered: dict[str, bytes] = {}
    here, there = _split(targets, attach) if jobs != 1 else (list(targets), [])
    child = forked.start(_render_part, prepared, there, targets, embed_fonts, attach,
                         force=jobs is not None and jobs > 1) if there else None
    try:
        for i, fmt in enumerate(here if child else targets):
            render(prepared, fmt, embed_fonts=embed_fonts, attach=attach,
                   stem=targets[fmt].stem, rendered=rendered)
            yield Step(i + 1, total, f"rendered {fmt.upper()}")
        if child is not None:
            done = child.result()
            if done is not None:
                rendered.update(done[0])
                prepared.warnings.extend(done[1])
            for i, fmt in enumerate(there, start=len(here)):
                # what the child could not do (it failed or was killed) is done here, and
                # raises here if it fails again
                render(prepared, fmt, embed_fonts=embed_fonts, attach=attach,
                       stem=targets[fmt].stem, rendered=rendered)
                yield Step(i + 1, total, f"rendered {fmt.upper()}")
    finally:
        if child is not None:
            child.cancel()
    for i, (fmt, path) in enumerate(targets.items()):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, rendered[fmt])
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ExportError(f"cannot write {path}: {reason}") from exc
        yield Step(len(targets) + i + 1, total, f"wrote {path}", path)


def _split(targets: dict[str, Path], attach: Collection[str]) -> tuple[list[str], list[str]]:
    """(formats rendered here, formats a child may render meanwhile): the first format (the
    registry lists the slowest, the PDF, first) and every format that shares a part with it
    stay here; the rest, if any, go to the child."""
    formats = list(targets)
    if len(formats) < 2:
        return formats, []

    def needs(fmt: str) -> set[str]:
        return {fmt, *registry.get(fmt).parts_for(attach)}

    mine = needs(formats[0])
    here = [f for f in formats if needs(f) & mine]
    for fmt in here:
        mine |= needs(fmt)
    there = [f for f in formats if f not in here and not needs(f) & mine]
    return here + [f for f in formats if f not in here and f not in there], there


def _render_part(prepared: Prepared, formats: list[str], targets: dict[str, Path],
                 embed_fonts: bool, attach: Collection[str]) -> tuple[dict[str, bytes], list[str]]:
    """In the forked child: the bytes of ``formats`` and the warnings their renderers added."""
    shown = len(prepared.warnings)
    rendered: dict[str, bytes] = {}
    for fmt in formats:
        render(prepared, fmt, embed_fonts=embed_fonts, attach=attach, stem=targets[fmt].stem,
               rendered=rendered)
    return {f: rendered[f] for f in formats}, prepared.warnings[shown:]


def export(release: Release, formats: list[str], out: Path | None = None, *,
           template: str | None = None, stem: str | None = None, embed_fonts: bool = False,
           attach: Collection[str] = (), shared: Sequence[Path] = (),
           allow_outside_images: bool = False) -> list[Path]:
    """Export a release to files; returns the paths written."""
    prepared = prepare(release, template, shared, allow_outside_images=allow_outside_images)
    targets = output_paths(release, formats, out, stem)
    steps = export_steps(prepared, targets, embed_fonts=embed_fonts, attach=attach)
    return [s.path for s in steps if s.path]


__all__ = [
    "ExportError",
    "Prepared",
    "Step",
    "TemplateError",
    "export",
    "export_steps",
    "output_paths",
    "prepare",
    "render",
    "slug",
]
