""".pdtemplate export and import: faithful round trips, and hostile files refused cleanly."""

from __future__ import annotations

import dataclasses
import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from conftest import ARABIC_SAMPLE, ENGLISH_SAMPLE
from pressdesk.model import load_release
from pressdesk.pipeline import prepare, render
from pressdesk.templating import TemplateError, find_template, list_templates
from pressdesk.templating.package import (
    check_pdtemplate,
    delete_user_template,
    export_pdtemplate,
    import_pdtemplate,
)

from .conftest import LOGO, copy_builtin, write_template


def office_template(library: Path) -> Path:
    """A user template that differs from the built-ins in look and words, with a layout."""
    folder = copy_builtin("modern", library / "office")
    text = (folder / "template.toml").read_text("utf-8")
    text = text.replace('id = "modern"', 'id = "office"').replace("#00797f", "#8a1538")
    text += '\n[dateline]\ndigits = "arab"\n\n[html]\nlayout = "html/layout.html.j2"\n'
    text += '\n[labels.ar]\nend_mark = "-انتهى-"\n'
    (folder / "template.toml").write_text(text, "utf-8")
    (folder / "html").mkdir()
    from importlib import resources

    layout = resources.files("pressdesk").joinpath("resources/html/release.html.j2").read_text("utf-8")
    (folder / "html" / "layout.html.j2").write_text(layout.replace("<main>", "<main class=office>"))
    return folder


def zip_bytes(entries: list[tuple[str | zipfile.ZipInfo, bytes]], method=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buffer.getvalue()


def valid_entries(prefix: str = "t/", tid: str = "shared-one") -> list[tuple[str, bytes]]:
    toml = f'[template]\nid = "{tid}"\nname = "Shared"\nversion = "1.2.0"\n[identity]\nlogo = "logo.png"\n'
    return [(prefix + "template.toml", toml.encode()), (prefix + "logo.png", LOGO.read_bytes())]


def refused(tmp_path: Path, data: bytes, *, library: Path | None = None) -> str:
    file = tmp_path / "hostile.pdtemplate"
    file.write_bytes(data)
    with pytest.raises(TemplateError) as info:
        import_pdtemplate(file)
    assert info.value.source.startswith(str(file))
    assert len(info.value.problems) == 1
    if library is not None and library.exists():
        assert list(library.iterdir()) == [], "nothing may be left in the library"
    return info.value.problems[0]


def test_export_writes_a_zip_with_one_top_folder(tmp_path):
    out = export_pdtemplate("classic", tmp_path / "out" / "classic.pdtemplate")
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["classic/logo.png", "classic/template.toml"]
    again = export_pdtemplate("classic", tmp_path / "again.pdtemplate")
    assert out.read_bytes() == again.read_bytes()  # reproducible: fixed times and order
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["classic.pdtemplate"]  # no temp left


def test_export_unknown_template_or_unwritable_place(tmp_path):
    with pytest.raises(TemplateError, match="not found"):
        export_pdtemplate("nope", tmp_path / "x.pdtemplate")
    (tmp_path / "file").write_text("x")
    with pytest.raises(TemplateError, match="cannot write"):
        export_pdtemplate("classic", tmp_path / "file" / "x.pdtemplate")


def test_round_trip_on_a_clean_profile_gives_the_same_output(tmp_path, user_library, clean_profile):
    office_template(user_library)
    release = load_release(ARABIC_SAMPLE)
    before = prepare(release, "office")
    package = export_pdtemplate("office", tmp_path / "office.pdtemplate")

    clean_profile()
    with pytest.raises(TemplateError):
        find_template("office")
    info = import_pdtemplate(package)
    assert (info.id, info.origin, info.version, info.error, info.shadowed) == (
        "office", "user", "1.0.0", None, False)
    after = prepare(release, "office")
    assert after.template.folder != before.template.folder
    assert after.template.data == before.template.data
    same_logo = dataclasses.replace(after.document.identity, logo=before.document.identity.logo)
    assert dataclasses.replace(after.document, identity=same_logo) == before.document
    assert after.document.identity.logo.read_bytes() == before.document.identity.logo.read_bytes()
    html = render(after, "html")
    assert html == render(before, "html") and b"<main class=office>" in html


def test_import_refuses_an_existing_id_unless_replace(tmp_path, user_library):
    file = tmp_path / "shared.pdtemplate"
    file.write_bytes(zip_bytes(valid_entries()))
    import_pdtemplate(file)
    with pytest.raises(TemplateError, match="'shared-one' is already in your library"):
        import_pdtemplate(file)
    newer = [(n, d.replace(b"1.2.0", b"1.3.0")) for n, d in valid_entries()]
    file.write_bytes(zip_bytes(newer))
    assert import_pdtemplate(file, replace=True).version == "1.3.0"
    assert find_template("shared-one").version == "1.3.0"
    assert sorted(p.name for p in user_library.iterdir()) == ["shared-one"]


def test_template_toml_may_be_at_the_root_of_the_zip(tmp_path):
    file = tmp_path / "root.pdtemplate"
    file.write_bytes(zip_bytes(valid_entries(prefix="")))
    assert import_pdtemplate(file).id == "shared-one"


def test_imported_template_overrides_a_builtin_and_is_listed_first(tmp_path):
    file = tmp_path / "c.pdtemplate"
    file.write_bytes(zip_bytes(valid_entries(tid="classic")))
    import_pdtemplate(file)
    classic = [(t.origin, t.shadowed) for t in list_templates() if t.id == "classic"]
    assert classic == [("user", False), ("built-in", True)]


def test_check_without_importing(tmp_path, user_library):
    file = tmp_path / "shared.pdtemplate"
    file.write_bytes(zip_bytes(valid_entries()))
    assert check_pdtemplate(file).id == "shared-one"
    assert not user_library.exists() or not list(user_library.iterdir())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../evil.png", "a path must stay inside the template folder"),
        ("t/../../evil.png", "a path must stay inside the template folder"),
        ("/etc/evil.png", "a path must stay inside the template folder"),
        ("C:/evil.png", "a path must stay inside the template folder"),
        ("t\\..\\evil.png", "a path must stay inside the template folder"),
        ("t/./x.png", "a path must stay inside the template folder"),
    ],
)
def test_zip_slip_is_refused(tmp_path, user_library, name, expected):
    message = refused(tmp_path, zip_bytes([*valid_entries(), (name, b"x")]), library=user_library)
    assert message.endswith(expected)
    assert not (tmp_path / "evil.png").exists() and not (user_library.parent / "evil.png").exists()


def test_symlink_entries_are_refused(tmp_path, user_library):
    link = zipfile.ZipInfo("t/logo2.png")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    message = refused(tmp_path, zip_bytes([*valid_entries(), (link, b"/etc/passwd")]),
                      library=user_library)
    assert message == "t/logo2.png: links are not allowed in a template"


def test_too_many_entries(tmp_path, user_library):
    entries = [*valid_entries(), *((f"t/f{i}.txt", b"x") for i in range(200))]
    assert refused(tmp_path, zip_bytes(entries), library=user_library) == (
        "more than 200 entries in the zip")


def test_zip_bomb_entry_is_stopped_by_real_bytes(tmp_path, user_library):
    bomb = zip_bytes([*valid_entries(), ("t/bomb.png", b"\0" * (6 * 1024 * 1024))])
    assert len(bomb) < 100_000
    assert refused(tmp_path, bomb, library=user_library) == "t/bomb.png: file larger than 5 MB"


def test_zip_bomb_with_lying_headers(tmp_path, user_library):
    data = bytearray(zip_bytes([*valid_entries(), ("t/bomb.png", b"\0" * (6 * 1024 * 1024))]))
    real = (6 * 1024 * 1024).to_bytes(4, "little")
    assert data.count(real) == 2  # the local header and the central directory
    data = data.replace(real, (10).to_bytes(4, "little"))
    message = refused(tmp_path, bytes(data), library=user_library)
    assert "not a valid .pdtemplate" in message or "larger than 5 MB" in message


def test_total_size_is_capped(tmp_path, user_library):
    entries = [*valid_entries(), *((f"t/big{i}.png", os.urandom(16) * (4 * 1024 * 1024 // 16))
                                   for i in range(6))]
    assert refused(tmp_path, zip_bytes(entries, zipfile.ZIP_DEFLATED), library=user_library) == (
        "the template is larger than 20 MB when unpacked")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "not a valid .pdtemplate (zip) file"),
        (b"PK\x03\x04 garbage garbage garbage", "not a valid .pdtemplate (zip) file"),
        (os.urandom(4096), "not a valid .pdtemplate (zip) file"),
        (b"[template]\nid = 'x'\n", "not a valid .pdtemplate (zip) file"),
    ],
)
def test_garbage_files(tmp_path, user_library, data, expected):
    assert refused(tmp_path, data, library=user_library).startswith(expected)


def mark_encrypted(data: bytes, name: bytes) -> bytes:
    """Set the 'encrypted' flag of an entry in its local and central headers."""
    out = bytearray(data)
    for signature, name_at, flag_at in ((b"PK\x03\x04", 30, 6), (b"PK\x01\x02", 46, 8)):
        start = out.index(signature)
        while out[start + name_at:start + name_at + len(name)] != name:
            start = out.index(signature, start + 1)
        out[start + flag_at] |= 0x1
    return bytes(out)


def test_encrypted_entries_are_refused(tmp_path, user_library):
    data = mark_encrypted(zip_bytes([*valid_entries(), ("t/secret.png", b"x" * 100)]), b"t/secret.png")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.getinfo("t/secret.png").flag_bits & 0x1
    message = refused(tmp_path, data, library=user_library)
    assert message == "t/secret.png: encrypted entries are not supported"


def test_unsupported_compression_is_refused(tmp_path, user_library):
    data = zip_bytes(valid_entries(), zipfile.ZIP_BZIP2)
    assert refused(tmp_path, data, library=user_library).endswith("unsupported compression (use a plain zip)")


def test_duplicate_entries_are_refused(tmp_path, user_library):
    with pytest.warns(UserWarning):
        data = zip_bytes([*valid_entries(), ("t/LOGO.png", b"x"), ("t/logo.png", b"y")])
    assert refused(tmp_path, data, library=user_library).endswith("the zip holds this file twice")


@pytest.mark.parametrize(
    "entries",
    [
        [("readme.txt", b"hello")],
        [("a/template.toml", b""), ("b/logo.png", b"")],
        [("a/b/template.toml", b"[template]\n")],
    ],
)
def test_no_template_in_the_zip(tmp_path, user_library, entries):
    assert refused(tmp_path, zip_bytes(entries), library=user_library).startswith(
        "no template.toml at the top of the zip or inside one top folder")


def test_invalid_template_inside_names_file_and_key(tmp_path, user_library):
    entries = valid_entries()
    entries[0] = (entries[0][0], entries[0][1] + b'[fonts.body]\narabic = "Wingdings"\n')
    file = tmp_path / "bad.pdtemplate"
    file.write_bytes(zip_bytes(entries))
    with pytest.raises(TemplateError) as info:
        import_pdtemplate(file)
    assert info.value.source == f"{file}: template.toml"
    assert info.value.problems[0].startswith("fonts.body.arabic: unknown font 'Wingdings'")
    assert list(user_library.iterdir()) == []


def test_missing_logo_inside_names_the_key(tmp_path, user_library):
    file = tmp_path / "bad.pdtemplate"
    file.write_bytes(zip_bytes(valid_entries()[:1]))
    with pytest.raises(TemplateError) as info:
        import_pdtemplate(file)
    assert info.value.problems == ["identity.logo: 'logo.png': file not found in the template folder"]


def test_a_shared_template_must_declare_its_id(tmp_path):
    file = tmp_path / "noid.pdtemplate"
    file.write_bytes(zip_bytes([("template.toml", b'[template]\nname = "No id"\n')]))
    with pytest.raises(TemplateError, match=r"template\.id: required"):
        import_pdtemplate(file)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(TemplateError, match="no such file"):
        import_pdtemplate(tmp_path / "none.pdtemplate")
    with pytest.raises(TemplateError, match="not a file"):
        import_pdtemplate(tmp_path)


def test_delete_user_template_only(tmp_path, user_library):
    write_template(user_library / "mine")
    delete_user_template("mine")
    assert not (user_library / "mine").exists()
    assert list(user_library.iterdir()) == []
    with pytest.raises(TemplateError, match="'classic' is built in; only templates in your own"):
        delete_user_template("classic")
    with pytest.raises(TemplateError, match="is not in your library"):
        delete_user_template("mine")
    with pytest.raises(TemplateError, match="is not in your library"):
        delete_user_template("../templates")


def test_delete_refuses_shared_templates(tmp_path, monkeypatch):
    write_template(tmp_path / "shared" / "office")
    monkeypatch.setenv("PRESSDESK_TEMPLATE_PATH", str(tmp_path / "shared"))
    with pytest.raises(TemplateError, match="is in the shared library"):
        delete_user_template("office")
    assert (tmp_path / "shared" / "office" / "template.toml").exists()


def test_english_release_round_trip_with_builtin_export(tmp_path, clean_profile):
    release = load_release(ENGLISH_SAMPLE)
    package = export_pdtemplate("minimal", tmp_path / "minimal.pdtemplate")
    before = render(prepare(release, "minimal"), "html")
    clean_profile()
    import_pdtemplate(package)  # now a user "minimal" shadows the built-in one
    assert find_template("minimal").origin == "user"
    assert render(prepare(release, "minimal"), "html") == before


def test_hostile_layout_inside_a_package_is_refused(tmp_path, user_library):
    entries = valid_entries()
    entries[0] = (entries[0][0], entries[0][1] + b'[html]\nlayout = "layout.html.j2"\n')
    entries.append(("t/layout.html.j2", b"{{ cycler.__init__.__globals__.os.system('id') }}"))
    file = tmp_path / "evil.pdtemplate"
    file.write_bytes(zip_bytes(entries))
    with pytest.raises(TemplateError) as info:
        import_pdtemplate(file)
    assert info.value.source == f"{file}: template.toml"
    assert any(p.startswith("html.layout: 'cycler' is not available") for p in info.value.problems)
    assert list(user_library.iterdir()) == []
