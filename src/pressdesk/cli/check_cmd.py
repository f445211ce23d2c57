"""``pressdesk check FILE [--json]``: the pre-flight check of a release, headless.

Exit status: 0 when there is no error, 1 when there is one, 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
_MARK = {"error": "error", "warning": "warning", "info": "note"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the .pressrelease file")
    p.add_argument("--json", action="store_true", help="print the findings as a JSON list")
    p.add_argument("--template", help="template id or folder (default: the release's own)")
    p.add_argument("--no-spelling", action="store_true", help="skip the spell check")
    p.add_argument("--headline-max", type=int, metavar="N",
                   help="warn about headlines longer than N characters (default: the template's, 110)")
    p.add_argument("--language", help="language of the messages (default: the UI language)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pressdesk.checks import has_errors, run_checks
    from pressdesk.checks.messages import cli_language
    from pressdesk.model import ReleaseError, load_release
    from pressdesk.spelling import shared_checker
    from pressdesk.templating import TemplateError, find_template, resolve_for_release

    try:
        release = load_release(Path(args.file))
    except ReleaseError as exc:
        print(f"pressdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.template:
            template = find_template(args.template)
        else:
            resolved = resolve_for_release(release.template, release.template_version)
            template = resolved.template
            if resolved.warning:
                print(f"pressdesk: warning: {resolved.warning}", file=sys.stderr)
    except TemplateError as exc:
        print(f"pressdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    checker = None if args.no_spelling else shared_checker()
    findings = run_checks(release, template, checker=checker, headline_max=args.headline_max)
    language = args.language or cli_language()
    if args.json:
        data = [f.as_json(language) for f in findings]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for f in findings:
            where = f.path or args.file
            extra = f" → {', '.join(f.suggestions)}" if f.suggestions else ""
            print(f"{_MARK.get(f.severity, f.severity)}: {where}: {f.message(language)}{extra}")
        errors = sum(f.severity == "error" for f in findings)
        warnings = sum(f.severity == "warning" for f in findings)
        print(f"{args.file}: {errors} error(s), {warnings} warning(s)")
    return EXIT_ERRORS if has_errors(findings) else EXIT_OK
