"""``pressdesk templates ...``: the template library from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser("list", help="list the templates found, with where they come from")
    s = sub.add_parser("show", help="show a template's settings")
    s.add_argument("id")
    v = sub.add_parser("validate", help="check a template folder and list every problem")
    v.add_argument("path", type=Path)


def run(args: argparse.Namespace) -> int:
    from pressdesk.templating import TemplateError, find_template, load_template
    from pressdesk.templating.library import candidates

    try:
        if args.action == "list":
            seen: set[str] = set()
            for tid, folder, origin in candidates():
                shadowed = " (hidden by a template with the same id above)" if tid in seen else ""
                seen.add(tid)
                print(f"{tid:<20} {origin:<12} {folder}{shadowed}")
            return 0
        if args.action == "show":
            tpl = find_template(args.id)
            print(f"id: {tpl.id}\nname: {tpl.name}\nversion: {tpl.version}\n"
                  f"origin: {tpl.origin}\nfolder: {tpl.folder}\n"
                  f"languages: {', '.join(tpl.languages)}\ndescription: {tpl.description}")
            return 0
        if args.action == "validate":
            tpl = load_template(args.path)
            print(f"{args.path}: valid template {tpl.id!r} ({tpl.name})")
            return 0
    except TemplateError as exc:
        print(f"pressdesk: {exc.source}: {len(exc.problems)} problem(s)", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    return 2
