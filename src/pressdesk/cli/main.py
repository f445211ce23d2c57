"""``pressdesk``: export, validate and create releases headless; with no command, start the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk import __version__

if TYPE_CHECKING:
    from pressdesk.pipeline import Prepared

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = ("export", "new", "validate", "check", "schema", "templates", "import")


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pressdesk",
        description="Write press releases and export them to PDF, DOCX and HTML. "
        "With no command (or with a release file), start the desktop app.",
    )
    p.add_argument("--version", action="version", version=f"PressDesk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    from pressdesk.render import registry

    formats = registry.names()
    e = sub.add_parser("export", help=f"export a release to {', '.join(f.upper() for f in formats)}")
    e.add_argument("file", type=Path, nargs="+",
                   help="the .pressrelease file; several are exported in one go into the -o folder")
    e.add_argument("-f", "--format", default="pdf", choices=(*formats, "all"),
                   help=f"output format (default pdf); 'all' writes {', '.join(registry.defaults())}")
    e.add_argument("-o", "--output", type=Path,
                   help="output file, or folder with -f all or several files (created if needed); "
                        "- for standard output (one release, one format)")
    e.add_argument("--template", help="template id or folder (default: the release's own)")
    e.add_argument("--stem", help="file name without suffix (default: headline and date)")
    e.add_argument("--allow-outside-images", action="store_true",
                   help="read photos the release names outside its own folder")
    e.add_argument("--embed-fonts", action="store_true",
                   help="embed the fonts in HTML and DOCX files (larger files)")
    e.add_argument("--attach", action="append", default=[], choices=registry.attachable(),
                   help="also attach this format to an e-mail draft (-f eml); the PDF always is")
    e.add_argument("-j", "--jobs", type=_positive, metavar="N",
                   help="processes to export with (default: one more for each idle core; "
                        "1: this process only)")
    e.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")

    n = sub.add_parser("new", help="create a new release file from a template")
    n.add_argument("-o", "--output", type=Path, required=True)
    n.add_argument("--language", default="ar", help="BCP 47 tag, e.g. ar, ar-EG, en, fr, fa, he")
    n.add_argument("--template", default="classic")
    n.add_argument("--force", action="store_true", help="overwrite an existing file")

    v = sub.add_parser("validate", help="check a release file and list every problem")
    v.add_argument("file", type=Path)

    c = sub.add_parser("check", help="pre-flight check: placeholders, embargo, contacts, spelling...")
    from pressdesk.cli import check_cmd

    check_cmd.add_arguments(c)

    sub.add_parser("schema", help="print the JSON Schema of the release format")

    t = sub.add_parser("templates", help="list, show, check, export and import templates")
    from pressdesk.cli.templates_cmd import add_arguments

    add_arguments(t)
    from pressdesk.cli import import_cmd

    import_cmd.add_arguments(sub.add_parser(
        "import", help="turn a Word file, text, web page or Markdown into a release file"))
    return p


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"pressdesk: {message}", file=sys.stderr)
    return code


def _output_folder(out: Path, why: str) -> str:
    """Create the output folder; the problem in words, or ``""``."""
    if out.exists() and not out.is_dir():
        return f"{out}: {why}, -o names a folder"
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"{out}: cannot create the folder ({exc.strerror or exc})"
    return ""


def _collect_garbage_less_often() -> None:
    """A gen-0 collection every 50,000 allocations instead of 700, for the export commands.

    An export allocates millions of short-lived objects, nearly none of them in cycles;
    collecting after every 700 was a tenth of a batch export's CPU time. Cycles are still
    collected, so memory stays bounded in a long batch (measured in the closing note of
    issue 17: peak memory of 20 releases and of a 64-page one barely moves).
    """
    import gc

    gc.set_threshold(50_000, 50, 100)


def cmd_export(args: argparse.Namespace) -> int:
    _collect_garbage_less_often()
    from pressdesk.model import ReleaseError, load_release
    from pressdesk.pipeline import ExportError, export_steps, output_paths, prepare
    from pressdesk.render import RendererUnavailable, defaults, suffix
    from pressdesk.settings import shared_template_folders
    from pressdesk.templating import TemplateError

    formats = list(defaults()) if args.format == "all" else [args.format]
    if len(args.file) > 1:
        return cmd_export_many(args, formats)
    args.file = args.file[0]
    try:
        release = load_release(args.file)
        prepared = prepare(release, args.template, shared_template_folders(),
                           allow_outside_images=args.allow_outside_images)
    except (ReleaseError, TemplateError) as exc:
        return _fail(str(exc))
    for warning in prepared.warnings:
        print(f"pressdesk: warning: {warning}", file=sys.stderr)
    out = args.output
    if out is not None and str(out) == "-":
        return _export_to_stdout(args, prepared, formats)
    if args.format == "all" and out is not None:
        problem = _output_folder(out, "with -f all")
        if problem:
            return _fail(problem)
    targets = output_paths(release, formats, out, args.stem)
    for fmt, path in targets.items():
        if path.suffix.lower() != suffix(fmt):
            print(f"pressdesk: warning: {path} will hold {fmt.upper()} data "
                  f"(its name ends in {path.suffix or 'no suffix'}, not {suffix(fmt)})",
                  file=sys.stderr)
    shown = len(prepared.warnings)
    try:
        for step in export_steps(prepared, targets, embed_fonts=args.embed_fonts,
                                 attach=args.attach, jobs=args.jobs):
            for warning in prepared.warnings[shown:]:
                print(f"pressdesk: warning: {warning}", file=sys.stderr)
            shown = len(prepared.warnings)
            if step.path and not args.quiet:
                print(step.path)
    except (ExportError, RendererUnavailable) as exc:
        return _fail(str(exc))
    return EXIT_OK


def _export_to_stdout(args: argparse.Namespace, prepared: Prepared, formats: list[str]) -> int:
    """``-o -``: one format's bytes to standard output (for pipes), warnings to stderr."""
    from pressdesk.pipeline import ExportError, render
    from pressdesk.render import RendererUnavailable

    if len(formats) != 1:
        return _fail("-o - (standard output) takes one format, not -f all")
    shown = len(prepared.warnings)
    try:
        data = render(prepared, formats[0], embed_fonts=args.embed_fonts, attach=args.attach,
                      stem=args.stem)
    except (ExportError, RendererUnavailable) as exc:
        return _fail(str(exc))
    for warning in prepared.warnings[shown:]:
        print(f"pressdesk: warning: {warning}", file=sys.stderr)
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    return EXIT_OK


def cmd_export_many(args: argparse.Namespace, formats: list[str]) -> int:
    """Several releases into one folder: a progress bar on a terminal, every failure named."""
    from pressdesk.batch import plan, run
    from pressdesk.cli.progress import Progress

    if args.stem:
        return _fail("--stem names one file; with several releases the names come from each")
    out = args.output or Path.cwd()
    if str(out) == "-":
        return _fail("-o - (standard output) takes one release; several go into a folder")
    problem = _output_folder(out, "with several releases")
    if problem:
        return _fail(problem)
    items = plan(args.file, formats, out, template=args.template, embed_fonts=args.embed_fonts,
                 attach=args.attach)
    progress = Progress(len(items), enabled=not args.quiet and sys.stderr.isatty())
    failed = 0
    for outcome in run(items, workers=args.jobs):
        progress.clear()
        for warning in outcome.warnings:
            print(f"pressdesk: warning: {outcome.source}: {warning}", file=sys.stderr)
        if not outcome.ok:
            failed += 1
            error = outcome.error
            print(f"pressdesk: {error if str(outcome.source) in error else f'{outcome.source}: {error}'}",
                  file=sys.stderr)
        elif not args.quiet and not progress.enabled:
            for path in outcome.paths:
                print(path)
        progress.step(outcome.source.name)
    progress.close(f"exported {len(items) - failed} of {len(items)} releases to {out}"
                   + (f"; {failed} failed" if failed else ""))
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from pressdesk.model import save_release
    from pressdesk.settings import shared_template_folders
    from pressdesk.templating import TemplateError
    from pressdesk.templating.newrelease import new_release

    if args.output.exists() and not args.force:
        return _fail(f"{args.output}: already exists (use --force to overwrite)")
    try:
        release = new_release(args.template, args.language, shared_template_folders())
        save_release(release, args.output, backup=False)
    except TemplateError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.output}: cannot write ({exc.strerror or exc})")
    print(args.output)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from pressdesk.model import ReleaseError, load_release

    try:
        release = load_release(args.file)
    except ReleaseError as exc:
        print(f"pressdesk: {exc.source}: {len(exc.problems)} problem(s)", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{args.file}: valid ({release.language}, {release.word_count()} words)")
    return EXIT_OK


def cmd_schema(_args: argparse.Namespace) -> int:
    from importlib import resources

    text = resources.files("pressdesk").joinpath("resources/release.schema.json").read_text("utf-8")
    sys.stdout.write(text)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``pressdesk`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        return gui_main(argv)
    args = _parser().parse_args(argv)
    handlers = {
        "export": cmd_export,
        "new": cmd_new,
        "validate": cmd_validate,
        "schema": cmd_schema,
    }
    if args.command == "check":
        from pressdesk.cli import check_cmd

        return check_cmd.run(args)
    if args.command == "templates":
        from pressdesk.cli.templates_cmd import run

        return run(args)
    if args.command == "import":
        from pressdesk.cli import import_cmd

        return import_cmd.run(args)
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_FAILURE)


def run() -> None:
    """The ``pressdesk`` command: ``main()``, then out without the interpreter's teardown.

    Freeing every module and object one by one (fonts, locale data, the renderers) took
    about 70 ms of a 400 ms export, after everything was written. Exit handlers still run
    and the standard streams are flushed; the desktop app (Qt loaded) exits normally.
    """
    code = main()
    if "PySide6.QtCore" in sys.modules:
        sys.exit(code)
    import atexit
    import contextlib

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app, opening a release file if one is given."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        from pressdesk.gui.app import run_app
    except ImportError as exc:
        return _fail(f"the desktop app cannot start: {exc}", EXIT_FAILURE)
    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
