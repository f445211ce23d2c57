"""``pressdesk templates ...``: output, exit codes and one-line errors without tracebacks."""

from __future__ import annotations

import zipfile

import pytest

from conftest import ARABIC_SAMPLE
from pressdesk.cli.main import main
from pressdesk.templating import find_template
from pressdesk.templating.newrelease import new_release

from .conftest import write_template


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["templates", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_list_shows_origin_shadowed_and_invalid(capsys, tmp_path, monkeypatch, user_library):
    write_template(tmp_path / "shared" / "classic", name="Office classic")
    write_template(user_library / "broken", extra='\n[colors]\naccent = "blue"\n')
    monkeypatch.setenv("PRESSDESK_TEMPLATE_PATH", str(tmp_path / "shared"))
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("broken") and " user " in lines[0]
    assert "INVALID: template.toml: colors.accent: expected a colour" in lines[1]
    shared = next(i for i, line in enumerate(lines) if line.startswith("classic") and "shared:" in line)
    builtin = next(i for i, line in enumerate(lines) if line.startswith("classic") and "built-in" in line)
    assert shared < builtin and "shadowed" in lines[builtin + 1]
    assert "Office classic" in lines[shared]


def test_show(capsys):
    code, out, _ = run(capsys, "show", "modern")
    assert code == 0
    assert "id: modern" in out and "quote style: pull" in out and "origin: built-in" in out


def test_show_unknown(capsys):
    code, _, err = run(capsys, "show", "nope")
    assert code == 2
    assert err.strip() == "pressdesk: nope: template 'nope' not found in any template library"


def test_validate_good_and_bad(capsys, tmp_path):
    good = write_template(tmp_path / "good")
    code, out, _ = run(capsys, "validate", str(good))
    assert (code, out.strip()) == (0, f"{good}: valid template 'good' (Test)")
    bad = write_template(tmp_path / "bad", extra='\n[fonts.body]\nlatin = 3\n[page]\nsize = 4\n')
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 2
    assert err.splitlines() == [
        f"pressdesk: {bad / 'template.toml'}: 2 problems",
        "  fonts.body.latin: expected text",
        "  page.size: expected one of A4, Letter, a4, letter",
    ]


def test_validate_single_problem_is_one_line(capsys, tmp_path):
    bad = write_template(tmp_path / "bad", "[template\n")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 2
    assert len(err.splitlines()) == 1
    assert err.startswith(f"pressdesk: {bad / 'template.toml'}: not valid TOML:")


def test_export_import_delete(capsys, tmp_path, user_library):
    file = tmp_path / "classic.pdtemplate"
    code, out, _ = run(capsys, "export", "classic", "-o", str(file))
    assert (code, out.strip()) == (0, str(file))
    assert zipfile.is_zipfile(file)
    code, out, _ = run(capsys, "validate", str(file))
    assert code == 0 and "valid template 'classic'" in out

    code, out, _ = run(capsys, "import", str(file))
    assert code == 0 and out.startswith("imported 'classic' (Classic letterhead 1.0.0) into ")
    code, _, err = run(capsys, "import", str(file))
    assert code == 2 and "already in your library" in err and len(err.splitlines()) == 1
    code, _, _ = run(capsys, "import", "--replace", str(file))
    assert code == 0
    assert find_template("classic").origin == "user"

    code, out, _ = run(capsys, "delete", "classic")
    assert code == 0 and "deleted 'classic'" in out
    assert find_template("classic").origin == "built-in"
    code, _, err = run(capsys, "delete", "classic")
    assert code == 2 and "is built in" in err


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b"not a zip at all", "not a valid .pdtemplate (zip) file"),
        (None, "a path must stay inside the template folder"),
    ],
)
def test_import_hostile_file(capsys, tmp_path, payload, expected):
    file = tmp_path / "x.pdtemplate"
    if payload is None:
        with zipfile.ZipFile(file, "w") as zf:
            zf.writestr("../../escape.txt", "x")
    else:
        file.write_bytes(payload)
    code, _, err = run(capsys, "import", str(file))
    assert code == 2 and expected in err and len(err.splitlines()) == 1


def test_save_from(capsys, user_library):
    code, out, _ = run(capsys, "save-from", str(ARABIC_SAMPLE), "--id", "iom", "--name", "IOM",
                       "--skeleton")
    assert code == 0 and "saved template 'iom' (IOM)" in out
    fresh = new_release("iom")
    assert fresh.language == "ar" and len(fresh.body) == 11 and fresh.contacts
    code, _, err = run(capsys, "save-from", str(ARABIC_SAMPLE), "--id", "iom")
    assert code == 2 and "already in your library" in err
    code, _, err = run(capsys, "save-from", str(ARABIC_SAMPLE), "--id", "Bad Id")
    assert code == 2 and "template.id: 'Bad Id'" in err


def test_save_from_bad_release(capsys, tmp_path):
    bad = tmp_path / "bad.pressrelease"
    bad.write_text("{ nope")
    code, _, err = run(capsys, "save-from", str(bad), "--id", "x")
    assert code == 2 and err.startswith(f"pressdesk: {bad}: not valid JSON")


def test_missing_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["templates", "export", "classic"])
    assert info.value.code == 2
