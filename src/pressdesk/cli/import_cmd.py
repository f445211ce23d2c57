"""``pressdesk import INPUT -o OUT.pressrelease``: a Word file, text, web page or Markdown in.

Prints the import report on stderr; bad input gives one line and exit status 2, nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help="a .docx, .txt, .html/.htm or .md file")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .pressrelease file to write")
    parser.add_argument("--language", help="BCP 47 tag (default: detected from the text)")
    parser.add_argument("--template", help="template id or folder (default classic)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing output file")
    parser.add_argument("-q", "--quiet", action="store_true", help="print no report")


def _fail(message: str) -> int:
    print(f"pressdesk: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def run(args: argparse.Namespace) -> int:
    from pressdesk.importers import ImportFailure, import_path
    from pressdesk.model import EXTENSION, ReleaseError, save_release
    from pressdesk.model.codec import release_from_data, release_to_data

    out: Path = args.output
    if out.exists() and not args.force:
        return _fail(f"{out}: already exists (use --force to overwrite)")
    if args.language is not None and not _language_ok(args.language):
        return _fail(f"--language: {args.language!r} is not a language tag like 'ar', 'ar-EG', 'en'")
    try:
        result = import_path(args.input, language=args.language)
    except ImportFailure as exc:
        return _fail(str(exc))
    release = result.release
    if args.template:
        from pressdesk.templating import TemplateError
        from pressdesk.templating.library import find_template

        try:
            template = find_template(args.template)
        except TemplateError as exc:
            return _fail(str(exc))
        release.template, release.template_version = template.id, template.version
    try:
        release_from_data(release_to_data(release), str(out))  # what is written must load again
    except ReleaseError as exc:
        return _fail(f"the imported release is not valid: {'; '.join(exc.problems)}")
    if out.suffix != EXTENSION:
        print(f"pressdesk: warning: {out} does not end in {EXTENSION}", file=sys.stderr)
    try:
        save_release(release, out, backup=False)
    except OSError as exc:
        return _fail(f"{out}: cannot write ({exc.strerror or exc})")
    if not args.quiet:
        for line in result.report.lines():
            print(f"  {line}", file=sys.stderr)
    print(out)
    return EXIT_OK


def _language_ok(tag: str) -> bool:
    import re

    return re.match(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", tag) is not None
