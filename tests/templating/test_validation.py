"""Bad templates: each fault gives one clear message naming the file and the key."""

from __future__ import annotations

import os
import shutil

import pytest

from pressdesk.templating import TemplateError, load_template
from pressdesk.templating.template import TEMPLATE_FILE

from .conftest import BASIC, LOGO, write_template

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks need POSIX here")


def problems_of(folder) -> tuple[list[str], str]:
    with pytest.raises(TemplateError) as info:
        load_template(folder)
    return info.value.problems, info.value.source


def one_problem(folder) -> str:
    problems, source = problems_of(folder)
    assert source == str(folder / TEMPLATE_FILE)
    assert len(problems) == 1, problems
    return problems[0]


def test_a_small_template_is_valid(tmp_path):
    tpl = load_template(write_template(tmp_path / "ok"))
    assert tpl.id == "ok" and tpl.logo_path() == (tmp_path / "ok" / "logo.png").resolve()


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("\n[page]\nsize = 'A4'\nmargins = 3\n", "page.margins: unknown key (known here:"),
        ("\n[colour]\naccent = '#000000'\n", "colour: unknown key (known here:"),
        ("\n[styles.headline]\nsize = 'big'\n", "styles.headline.size: expected a number"),
        ("\n[styles.headline]\nbold = 'yes'\n", "styles.headline.bold: expected true or false"),
        ("\n[styles.paragraph]\nsize = 9000\n", "styles.paragraph.size: 9000 is out of range"),
        ("\n[styles.paragraph]\nsize = nan\n", "styles.paragraph.size: nan is out of range"),
        ("\n[colors]\naccent = 'navy'\n", "colors.accent: expected a colour like '#1f4e79'"),
        ("\n[quote]\nstyle = 'fancy'\n", "quote.style: expected one of inline, pull"),
        ("\n[header]\nshow_logo = 1\n", "header.show_logo: expected true or false"),
        ("\n[fonts.body]\narabic = 'Comic Sans'\n", "fonts.body.arabic: unknown font 'Comic Sans'"),
        ("\n[fonts.heading]\nlatin = 3\n", "fonts.heading.latin: expected text"),
        ("\n[labels.en]\nend_markk = 'x'\n", "labels.en.end_markk: unknown label"),
        ("\n[labels.en]\nquote_inline = '{speaker} {text:>999999999}'\n",
         "labels.en.quote_inline: unknown placeholder {text:>999999999}"),
        ("\n[labels.en]\nabout_heading = 'About {organisation.__class__}'\n",
         "labels.en.about_heading: unknown placeholder {organisation.__class__}"),
        ("\n[labels.ar]\ndateline = '{city} {when}'\n", "labels.ar.dateline: unknown placeholder {when}"),
        ("\n[labels.en]\nrelease_embargoed = 'Until {datetime'\n",
         "labels.en.release_embargoed: unbalanced { or }"),
        ("\n[skeleton]\nbody = [{ type = 'table' }]\n", "skeleton.body[0]: expected a table with type"),
        ("\n[skeleton]\nnotes = -1\n", "skeleton.notes: expected a whole number from 0 to 200"),
    ],
)
def test_one_message_per_fault(tmp_path, extra, expected):
    folder = write_template(tmp_path / "bad", extra=extra)
    assert one_problem(folder).startswith(expected)


def test_wrong_type_of_a_table(tmp_path):
    folder = write_template(tmp_path / "bad", 'header = 3\n[template]\nid = "bad"\n', logo=False)
    assert one_problem(folder) == "header: expected a table"


def test_every_problem_is_collected(tmp_path):
    extra = "\n[colors]\naccent = 'navy'\n[styles.lead]\nsize = 'big'\n"
    problems, _ = problems_of(write_template(tmp_path / "bad", extra=extra))
    assert len(problems) == 2


def test_malformed_toml_names_the_line(tmp_path):
    message = one_problem(write_template(tmp_path / "bad", "[template]\nid = \n"))
    assert message.startswith("not valid TOML:") and "line 2" in message


def test_deeply_nested_toml_is_refused_cleanly(tmp_path):
    folder = write_template(tmp_path / "bad", "x = " + "[" * 50_000 + "]" * 50_000 + "\n")
    assert one_problem(folder) == "not valid TOML: nested too deeply"


def test_not_utf8(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / TEMPLATE_FILE).write_bytes(b"name = '\xff'\n")
    assert one_problem(folder) == "not UTF-8 text"


def test_huge_template_toml(tmp_path):
    folder = write_template(tmp_path / "bad", extra="# " + "x" * 600_000 + "\n")
    assert one_problem(folder) == "file larger than 512 KB"


def test_no_template_toml(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(TemplateError, match=r"no template\.toml in this folder"):
        load_template(tmp_path / "empty")


def test_missing_logo(tmp_path):
    folder = write_template(tmp_path / "bad", logo=False)
    assert one_problem(folder) == "identity.logo: 'logo.png': file not found in the template folder"


@pytest.mark.parametrize(
    ("logo", "expected"),
    [
        ("../../x.png", "a path must stay inside the template folder"),
        ("img/../../x.png", "a path must stay inside the template folder"),
        ("/etc/x.png", "a path must stay inside the template folder"),
        ("C:/Windows/x.png", "a path must stay inside the template folder"),
        (r"\\server\share\x.png", "a path must stay inside the template folder"),
        (r"img\logo.png", "use / between folder names"),
        ("logo.svg", "expected a file ending in .png, .jpg, .jpeg"),
    ],
)
def test_logo_paths_that_leave_the_folder_or_are_not_images(tmp_path, logo, expected):
    text = BASIC.format(id="bad", name="Bad", version="1").replace('logo = "logo.png"',
                                                                  f"logo = '{logo}'")
    (tmp_path / "x.png").write_bytes(LOGO.read_bytes())
    message = one_problem(write_template(tmp_path / "a" / "bad", text))
    assert message.startswith("identity.logo: ") and message.endswith(expected)


@posix_only
def test_symlinked_logo(tmp_path):
    folder = write_template(tmp_path / "bad", logo=False)
    (folder / "logo.png").symlink_to(LOGO)
    assert one_problem(folder) == "identity.logo: 'logo.png': links are not allowed in a template"


@posix_only
def test_logo_in_a_symlinked_folder(tmp_path):
    text = BASIC.format(id="bad", name="Bad", version="1").replace('"logo.png"', '"img/logo.png"')
    folder = write_template(tmp_path / "bad", text, logo=False)
    (tmp_path / "elsewhere").mkdir()
    shutil.copyfile(LOGO, tmp_path / "elsewhere" / "logo.png")
    (folder / "img").symlink_to(tmp_path / "elsewhere")
    assert one_problem(folder).endswith("links are not allowed in a template")


@posix_only
def test_symlinked_template_toml(tmp_path):
    real = write_template(tmp_path / "real")
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / TEMPLATE_FILE).symlink_to(real / TEMPLATE_FILE)
    assert one_problem(folder).startswith("template.toml is a link")


def test_huge_logo(tmp_path):
    folder = write_template(tmp_path / "bad")
    with open(folder / "logo.png", "r+b") as f:
        f.truncate(6 * 1024 * 1024)
    assert one_problem(folder) == "identity.logo: 'logo.png': file larger than 5 MB"


def test_layout_must_exist_and_stay_inside(tmp_path):
    folder = write_template(tmp_path / "bad", extra='\n[html]\nlayout = "../layout.html.j2"\n')
    assert one_problem(folder) == (
        "html.layout: '../layout.html.j2': a path must stay inside the template folder")
    folder = write_template(tmp_path / "bad2", extra='\n[html]\nlayout = "layout.py"\n')
    assert one_problem(folder).startswith("html.layout: 'layout.py': expected a file ending in")
