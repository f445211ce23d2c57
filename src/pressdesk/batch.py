"""Export many releases in one call: each release on its own, in a pool of processes.

``plan`` loads every release once (a broken one becomes a failed outcome at once) and gives
each a file name stem that no other release in the batch has; ``run`` exports the jobs and
yields one ``Outcome`` per release as each finishes, so the CLI (a progress bar) and the GUI
can drive the same batch. A release that fails is reported and the others still export;
nothing here raises for one release's problem.

Rendering is CPU-bound Python, so threads do not help; processes do, when there are at
least two releases and an idle second core (``default_workers``). From the single-threaded
CLI the workers are forked after this process has imported the renderers and exported the
first release, so they inherit the imports (about 1 s) and the warm font and locale caches
(about 0.6 s of CPU) instead of paying for them each; from a process with threads (the GUI)
they come from a *forkserver* that imports the renderers once. ``benchmarks/bench_batch_pool.py``
measures serial against pooled.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from pressdesk.render import registry
from pressdesk.util import forked


@dataclass(frozen=True)
class Job:
    """One release to export into ``folder`` as ``stem`` + each format's suffix."""

    source: Path
    folder: Path
    stem: str
    formats: tuple[str, ...]
    template: str | None = None
    embed_fonts: bool = False
    attach: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    source: Path
    paths: tuple[Path, ...] = ()
    error: str = ""  # one line, in words; empty when the release exported
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.error


def plan(files: Iterable[Path], formats: Sequence[str], folder: Path, *,
         template: str | None = None, embed_fonts: bool = False,
         attach: Sequence[str] = ()) -> list[Job | Outcome]:
    """A job per release (each file once), or the outcome of one that cannot even be read."""
    from pressdesk.model import ReleaseError, load_release
    from pressdesk.pipeline import slug

    items: list[Job | Outcome] = []
    taken: set[str] = set()
    seen: set[Path] = set()
    for source in files:
        key = Path(os.path.abspath(source))
        if key in seen:
            continue
        seen.add(key)
        try:
            stem = slug(load_release(source))
        except ReleaseError as exc:
            items.append(Outcome(source, error=str(exc)))
            continue
        stem = _unique(stem, taken)
        items.append(Job(source, folder, stem, tuple(formats), template, embed_fonts, tuple(attach)))
    return items


def _unique(stem: str, taken: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3``... when another release of the batch has it."""
    candidate, n = stem, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate.casefold())
    return candidate


def export_job(job: Job, jobs: int = 1) -> Outcome:
    """Export one release; every failure becomes the outcome's error (never raises).

    ``jobs=2`` lets a forked child render some formats meanwhile (see ``pipeline.export_steps``).
    """
    from pressdesk.model import ReleaseError, load_release
    from pressdesk.pipeline import ExportError, export_steps, output_paths, prepare
    from pressdesk.templating import TemplateError

    try:
        release = load_release(job.source)
        prepared = prepare(release, job.template)
        targets = output_paths(release, list(job.formats), job.folder, job.stem)
        steps = export_steps(prepared, targets, embed_fonts=job.embed_fonts, attach=job.attach,
                             jobs=jobs)
        paths = tuple(s.path for s in steps if s.path)
    except (ReleaseError, TemplateError, ExportError, registry.RendererUnavailable) as exc:
        return Outcome(job.source, error=str(exc))
    except Exception as exc:  # a bug in one release's export must not stop the batch
        return Outcome(job.source, error=f"{job.source}: export failed ({type(exc).__name__}: {exc})")
    return Outcome(job.source, paths, warnings=tuple(prepared.warnings))


def _preload(formats: Iterable[str]) -> list[str]:
    """The modules a worker needs: the pipeline and each format's renderer (with its parts)."""
    modules = ["pressdesk.pipeline", "pressdesk.compose.compose"]
    for name in formats:
        spec = registry.get(name)
        modules += [registry.get(p).module for p in spec.parts + spec.optional_parts]
        modules.append(spec.module)
    return list(dict.fromkeys(modules))


def default_workers(jobs: int) -> int:
    """One process per *idle* core, never more than there are releases.

    A second process pays only where a core is free: on a busy machine (load average near
    the core count) the workers just queue for the same CPU and the second one's warm-up
    (fonts, locale data) is pure cost, so the batch then runs in this process.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    idle = forked.idle_cores()
    return max(1, min(cores or 1, jobs, int(idle + 0.5)))


def run(items: Sequence[Job | Outcome], workers: int | None = None) -> Iterator[Outcome]:
    """Every item's outcome, as each finishes; ``workers=1`` exports in this process."""
    jobs = [i for i in items if isinstance(i, Job)]
    yield from (i for i in items if isinstance(i, Outcome))
    workers = default_workers(len(jobs)) if workers is None else max(1, workers)
    if workers == 1 or len(jobs) < 2:
        for job in jobs:
            yield export_job(job)
        return
    formats = {f for job in jobs for f in job.formats}
    context = _context(_preload(sorted(formats)))
    if context.get_start_method() == "fork":
        # The first release here warms the caches (fonts, locale data) the forked workers
        # inherit; its formats other than the PDF render in a child meanwhile (the second core
        # is idle until the pool starts).
        yield export_job(jobs[0], jobs=2)
        jobs = jobs[1:]
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context) as pool:
        futures = {pool.submit(export_job, job): job for job in jobs}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # the worker died (killed, out of memory)
                job = futures[future]
                yield Outcome(job.source, error=f"{job.source}: export failed ({exc})")


def _context(preload: list[str]) -> multiprocessing.context.BaseContext:
    """*fork* from a single-threaded process (the CLI) once the renderers are imported, so the
    workers inherit them; else a *forkserver* that imports them once (safe beside threads)."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and sys.platform.startswith("linux"):
        for module in preload:
            import_module(module)
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(preload)
        return ctx
    return multiprocessing.get_context("spawn")  # Windows, macOS
