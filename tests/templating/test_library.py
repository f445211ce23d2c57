"""Template libraries: what is listed, from where, which one wins, and the release fallback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import ARABIC_SAMPLE
from pressdesk.model import load_release
from pressdesk.pipeline import prepare
from pressdesk.settings import load_settings, save_settings
from pressdesk.templating import TemplateError, find_template, list_templates, resolve_for_release
from pressdesk.templating.library import builtin_dir

from .conftest import write_template


def by_origin(infos, template_id):
    return [(t.origin, t.shadowed) for t in infos if t.id == template_id]


def test_builtins_are_listed_valid_and_not_shadowed():
    infos = list_templates()
    assert {t.id for t in infos} == {"classic", "modern", "minimal"}
    for t in infos:
        assert t.origin == "built-in"
        assert t.error is None and not t.shadowed
        assert t.version == "1.0.0" and t.name and t.description
        assert t.folder == builtin_dir() / t.id
        assert {"ar", "en", "fr", "fa", "he"} <= set(t.languages)


def test_precedence_user_over_env_shared_over_settings_shared_over_builtin(
        tmp_path, monkeypatch, user_library):
    env_a, env_b, configured = tmp_path / "env-a", tmp_path / "env-b", tmp_path / "configured"
    write_template(env_a / "classic", name="Office classic")
    write_template(env_b / "classic", name="Second shared classic")
    write_template(env_b / "office", name="Office")
    write_template(configured / "office", name="Configured office")
    write_template(configured / "regional", name="Regional")
    monkeypatch.setenv("PRESSDESK_TEMPLATE_PATH", os.pathsep.join([str(env_a), str(env_b)]))
    settings = load_settings()
    settings.shared_template_dirs = [str(configured)]
    save_settings(settings)

    shared = load_settings().shared_dirs()  # the caller reads the settings, not the library
    infos = list_templates(shared)
    assert by_origin(infos, "classic") == [
        (f"shared:{env_a}", False), (f"shared:{env_b}", True), ("built-in", True)]
    assert by_origin(infos, "office") == [(f"shared:{env_b}", False), (f"shared:{configured}", True)]
    assert by_origin(infos, "regional") == [(f"shared:{configured}", False)]
    assert find_template("classic", shared).name == "Office classic"
    assert find_template("office", shared).origin == f"shared:{env_b}"

    write_template(user_library / "classic", name="My classic")
    infos = list_templates(shared)
    assert by_origin(infos, "classic")[0] == ("user", False)
    assert [s for _, s in by_origin(infos, "classic")] == [False, True, True, True]
    assert find_template("classic", shared).name == "My classic"
    assert find_template("classic", shared).origin == "user"


def test_extra_shared_argument_is_searched(tmp_path):
    write_template(tmp_path / "lib" / "extra", name="Extra")
    infos = list_templates(shared=[tmp_path / "lib"])
    assert by_origin(infos, "extra") == [(f"shared:{tmp_path / 'lib'}", False)]


def test_library_does_not_read_the_settings_file(tmp_path):
    write_template(tmp_path / "lib" / "extra", name="Extra")
    settings = load_settings()
    settings.shared_template_dirs = [str(tmp_path / "lib")]
    save_settings(settings)
    assert "extra" not in {t.id for t in list_templates()}
    assert "extra" in {t.id for t in list_templates(settings.shared_dirs())}


def test_invalid_template_is_listed_with_its_error_and_still_shadows(user_library):
    write_template(user_library / "modern", extra='\n[fonts.body]\narabic = "Comic Sans"\n',
                   name="Broken modern")
    infos = list_templates()
    broken = next(t for t in infos if t.id == "modern" and t.origin == "user")
    assert broken.name == "Broken modern" and broken.version == "1.0.0"
    assert broken.error.startswith("template.toml: fonts.body.arabic: unknown font 'Comic Sans'")
    assert next(t for t in infos if t.id == "modern" and t.origin == "built-in").shadowed
    with pytest.raises(TemplateError):
        find_template("modern")


def test_unreadable_toml_is_listed_with_the_folder_name(user_library):
    folder = user_library / "garbled"
    folder.mkdir(parents=True)
    (folder / "template.toml").write_bytes(b"\xff\xfe not toml")
    info = next(t for t in list_templates() if t.id == "garbled")
    assert info.name == "garbled" and "not UTF-8" in info.error


def test_id_must_match_folder_name(user_library):
    write_template(user_library / "folder-name", tid="other-id")
    info = next(t for t in list_templates() if t.id == "folder-name")
    assert "template.id: 'other-id' does not match the folder name 'folder-name'" in info.error
    with pytest.raises(TemplateError, match="does not match the folder name"):
        find_template("folder-name")


def test_hidden_and_plain_folders_are_not_templates(user_library):
    write_template(user_library / ".import-abc123", tid="classic")
    (user_library / "notes").mkdir()
    (user_library / "stray.toml").write_text("x = 1")
    assert {t.id for t in list_templates()} == {"classic", "modern", "minimal"}


def test_find_by_folder_path(tmp_path):
    folder = write_template(tmp_path / "anywhere")
    tpl = find_template(str(folder))
    assert tpl.origin == "folder" and tpl.id == "anywhere"


def test_missing_template_falls_back_to_classic_with_a_warning():
    resolved = resolve_for_release("gone-template", "2.0.0")
    assert resolved.template.id == "classic" and resolved.template.origin == "built-in"
    assert "'gone-template'" in resolved.warning and "not found" in resolved.warning
    assert "no text is lost" in resolved.warning


def test_invalid_template_falls_back_naming_the_problem(user_library):
    write_template(user_library / "office", extra='\n[page]\nsize = "A3"\n')
    resolved = resolve_for_release("office", "1.0.0")
    assert resolved.template.id == "classic"
    assert "page.size: expected one of A4, Letter" in resolved.warning


def test_version_mismatch_warns_and_match_does_not(user_library):
    write_template(user_library / "office", version="2.1.0")
    assert resolve_for_release("office", "2.1.0").warning == ""
    assert resolve_for_release("office", "").warning == ""  # older releases record no version
    resolved = resolve_for_release("office", "1.0.0")
    assert resolved.template.id == "office"
    assert "version 1.0.0" in resolved.warning and "version 2.1.0" in resolved.warning


def test_release_with_missing_template_still_exports_all_its_text():
    release = load_release(ARABIC_SAMPLE)
    release.template, release.template_version = "no-such-template", "3.0.0"
    prepared = prepare(release)
    assert prepared.template.id == "classic"
    assert any("no-such-template" in w for w in prepared.warnings)
    text = "\n".join(b.text for b in prepared.document.blocks)
    assert release.headline in text
    assert all(b.text[:40] in text for b in release.body)


def test_sources_order(tmp_path, monkeypatch):
    from pressdesk.templating.library import sources

    monkeypatch.setenv("PRESSDESK_TEMPLATE_PATH", str(tmp_path / "env"))
    origins = [s.origin for s in sources([tmp_path / "cfg", tmp_path / "env"])]
    assert origins == ["user", f"shared:{tmp_path / 'env'}", f"shared:{tmp_path / 'cfg'}", "built-in"]


def test_template_info_is_frozen():
    info = list_templates()[0]
    with pytest.raises(AttributeError):
        info.id = "x"  # type: ignore[misc]
    assert isinstance(info.folder, Path)


def test_a_release_never_loads_a_template_by_path(tmp_path, monkeypatch):
    folder = write_template(tmp_path / "classic", name="Planted classic")
    monkeypatch.chdir(tmp_path)
    assert find_template("classic").name == "Planted classic"  # explicit choice: a folder is fine
    assert resolve_for_release("classic").template.origin == "built-in"
    resolved = resolve_for_release(str(folder))
    assert resolved.template.origin == "built-in" and "not found" in resolved.warning
