"""``pressdesk templates ...``: the template library from the command line.

Every failure prints one line per problem (file and key first) and exits with 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser("list", help="list the templates found, with where they come from")
    s = sub.add_parser("show", help="show a template's settings")
    s.add_argument("id", help="template id or folder")
    v = sub.add_parser("validate", help="check a template folder or .pdtemplate file")
    v.add_argument("path", type=Path)
    e = sub.add_parser("export", help="write a template to a .pdtemplate file to share it")
    e.add_argument("id", help="template id or folder")
    e.add_argument("-o", "--output", type=Path, required=True, help="the .pdtemplate file")
    i = sub.add_parser("import", help="add a .pdtemplate file to your template library")
    i.add_argument("file", type=Path)
    i.add_argument("--replace", action="store_true",
                   help="replace a template with the same id in your library")
    d = sub.add_parser("delete", help="delete a template from your library")
    d.add_argument("id")
    f = sub.add_parser("save-from", help="save a release's set-up as a new template")
    f.add_argument("release", type=Path, help="the .pressrelease file")
    f.add_argument("--id", required=True, dest="new_id", help="id of the new template")
    f.add_argument("--name", help="display name of the new template")
    f.add_argument("--skeleton", action="store_true",
                   help="also keep the body's structure (paragraphs, quotes and speakers)")
    n = sub.add_parser("new", help="make a new template in your library from another one")
    n.add_argument("id", help="id of the new template (lowercase letters, digits, - and _)")
    n.add_argument("--from", dest="base", default="classic", help="the template to start from")
    n.add_argument("--name", help="display name (default: the id)")
    t = sub.add_parser("set", help="change one setting of a template in your library",
                       description="KEY is a dotted key of template.toml, e.g. identity.name.ar, "
                       "colors.accent, page.size, template.languages (ar,en), identity.contacts "
                       "(JSON) or identity.logo (a PNG or JPEG file to copy in). An empty VALUE "
                       "removes the key.")
    t.add_argument("id")
    t.add_argument("key")
    t.add_argument("value")


def run(args: argparse.Namespace) -> int:
    from pressdesk.model import ReleaseError
    from pressdesk.templating import TemplateError

    action = {
        "list": _list, "show": _show, "validate": _validate, "export": _export,
        "import": _import, "delete": _delete, "save-from": _save_from, "new": _new, "set": _set,
    }[args.action]
    try:
        return action(args)
    except (TemplateError, ReleaseError) as exc:
        where = f"{exc.source}: " if exc.source else ""
        if len(exc.problems) == 1:
            print(f"pressdesk: {where}{exc.problems[0]}", file=sys.stderr)
        else:
            print(f"pressdesk: {where}{len(exc.problems)} problems", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        name = f"{exc.filename}: " if exc.filename else ""
        print(f"pressdesk: {name}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("pressdesk: interrupted", file=sys.stderr)
        return 1


def _shared() -> list[Path]:
    from pressdesk.settings import shared_template_folders

    return shared_template_folders()


def _list(args: argparse.Namespace) -> int:
    from pressdesk.templating.library import list_templates

    infos = list_templates(_shared())
    width = max((len(t.id) for t in infos), default=8) + 2
    for t in infos:
        marks = []
        if t.shadowed:
            marks.append("shadowed: a template with this id above is used instead")
        if t.error:
            marks.append(f"INVALID: {t.error}")
        version = f" {t.version}" if t.version else ""
        print(f"{t.id:<{width}}{t.origin:<10} {t.name}{version}  [{t.folder}]")
        for mark in marks:
            print(f"{'':<{width}}  ({mark})")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from pressdesk.templating import find_template

    tpl = find_template(args.id, _shared())
    s = tpl.settings
    page, fonts = s["page"], s["fonts"]
    lines = [
        f"id: {tpl.id}", f"name: {tpl.name}", f"version: {tpl.version}", f"origin: {tpl.origin}",
        f"folder: {tpl.folder}", f"languages: {', '.join(tpl.languages)}",
        f"description: {tpl.description}",
        f"page: {page['size']}, margins {page['margin_top_mm']}/{page['margin_end_mm']}/"
        f"{page['margin_bottom_mm']}/{page['margin_start_mm']} mm (top/end/bottom/start)",
        *(f"fonts.{use}: " + ", ".join(f"{k} {v}" for k, v in table.items())
          for use, table in fonts.items()),
        "colors: " + ", ".join(f"{k} {v}" for k, v in s["colors"].items()),
        f"quote style: {s['quote']['style']}", f"dateline digits: {s['dateline']['digits']}",
        f"logo: {tpl.logo_path() or '(none)'}",
        f"html layout: {s.get('html', {}).get('layout') or '(default)'}",
    ]
    contacts = s.get("identity", {}).get("contacts", [])
    if contacts:
        lines.append(f"default contacts: {len(contacts)}")
    skeleton = s.get("skeleton", {})
    if skeleton:
        lines.append(f"skeleton: language {skeleton.get('language', '-')}, "
                     f"{len(skeleton.get('body', []))} body blocks")
    print("\n".join(lines))
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from pressdesk.templating import load_template
    from pressdesk.templating.package import SUFFIX, check_pdtemplate

    if args.path.is_file() and args.path.suffix.lower() in (SUFFIX, ".zip"):
        info = check_pdtemplate(args.path)
        print(f"{args.path}: valid template {info.id!r} ({info.name})")
        return EXIT_OK
    from pressdesk.render.html.check import check_layout
    from pressdesk.templating import TemplateError

    tpl = load_template(args.path)
    problems = check_layout(tpl)
    if problems:
        raise TemplateError(problems, str(tpl.folder / "template.toml"))
    print(f"{args.path}: valid template {tpl.id!r} ({tpl.name})")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from pressdesk.templating.package import export_pdtemplate

    print(export_pdtemplate(args.id, args.output, _shared()))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from pressdesk.templating.package import import_pdtemplate

    info = import_pdtemplate(args.file, replace=args.replace)
    print(f"imported {info.id!r} ({info.name} {info.version}) into {info.folder}")
    return EXIT_OK


def _delete(args: argparse.Namespace) -> int:
    from pressdesk.templating.package import delete_user_template

    delete_user_template(args.id, _shared())
    print(f"deleted {args.id!r} from your template library")
    return EXIT_OK


def _save_from(args: argparse.Namespace) -> int:
    from pressdesk.model import load_release
    from pressdesk.templating.save_from import save_from_release

    release = load_release(args.release)
    tpl = save_from_release(release, args.new_id, name=args.name, include_skeleton=args.skeleton,
                            shared=_shared())
    print(f"saved template {tpl.id!r} ({tpl.name}) in {tpl.folder}")
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from pressdesk.templating import TemplateError, find_template
    from pressdesk.templating.draft import TemplateDraft
    from pressdesk.templating.ids import is_valid_id
    from pressdesk.templating.library import candidates

    if not is_valid_id(args.id):
        raise TemplateError(["use 1 to 64 lowercase letters, digits, - and _, starting with a "
                             "letter or digit"], args.id)
    if any(tid == args.id and origin == "user" for tid, _f, origin in candidates(_shared())):
        raise TemplateError([f"a template with the id {args.id!r} is already in your library"],
                            args.id)
    draft = TemplateDraft.new(find_template(args.base, _shared()), args.name or args.id)
    try:
        draft.set("template.id", args.id)
        tpl = draft.save()
    finally:
        draft.close()
    print(f"made template {tpl.id!r} ({tpl.name}) in {tpl.folder}")
    return EXIT_OK


def _set(args: argparse.Namespace) -> int:
    from pressdesk.templating import find_template
    from pressdesk.templating.draft import TemplateDraft
    from pressdesk.templating.logo import prepare_logo

    tpl = find_template(args.id, _shared(), allow_path=False)
    draft = TemplateDraft.open(tpl)
    try:
        if args.key == "identity.logo" and args.value:
            logo = prepare_logo(Path(args.value).read_bytes(), args.value)
            draft.set("identity.logo", draft.add_logo(logo))
            if logo.note:
                print(f"pressdesk: note: {args.value}: {logo.note}", file=sys.stderr)
        elif args.value == "":
            draft.set(args.key, None)
        else:
            draft.set_from_text(args.key, args.value)
        saved = draft.save()
        for warning in draft.warnings():
            print(f"pressdesk: warning: {warning}", file=sys.stderr)
    finally:
        draft.close()
    if tpl.origin != "user":
        print(f"pressdesk: note: {tpl.origin} template {tpl.id!r} copied into your library; "
              "your copy is used from now on", file=sys.stderr)
    print(f"{saved.id} {saved.version}: {args.key} set")
    return EXIT_OK
