"""The Qt-free template editing model: ids from any name, contrast, placeholders, save, logos."""

from __future__ import annotations

import io
import shutil
import tomllib

import pytest
from PIL import Image

from pressdesk import paths
from pressdesk.cli.main import main
from pressdesk.templating import TemplateError, builtin_template, find_template
from pressdesk.templating.completeness import completeness, is_placeholder
from pressdesk.templating.contrast import AA_NORMAL, ACCENT_PRESETS, contrast_ratio
from pressdesk.templating.draft import PREVIOUS, TemplateDraft, next_version
from pressdesk.templating.ids import id_from_name, is_valid_id
from pressdesk.templating.logo import MAX_SIDE, prepare_logo


def png(width: int, height: int, color: str = "#1f4e79") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("name", ["المكتب الإقليمي — القاهرة", "دفتر منطقه‌ای", "המשרד האזורי",
                                  "Bureau régional", "!!!", "", "ـ"])
def test_any_name_gets_a_usable_id(name):
    tid = id_from_name(name)
    assert is_valid_id(tid), tid
    assert id_from_name(name, {tid}) != tid  # a taken id gets a suffix


def test_arabic_name_is_transliterated():
    assert id_from_name("المكتب الإقليمي") == "lmktb-lqlymy"


def test_accent_presets_pass_wcag_aa_on_white():
    for name, color in ACCENT_PRESETS.items():
        assert contrast_ratio(color) >= AA_NORMAL, name
    assert contrast_ratio("#000000") == pytest.approx(21)
    assert contrast_ratio("#ffffff") == pytest.approx(1)


def test_low_contrast_colour_is_warned():
    draft = TemplateDraft.new(builtin_template(), "Office")
    assert draft.warnings() == []
    draft.set("colors.accent", "#ffff66")
    assert any("colors.accent" in w and "contrast" in w for w in draft.warnings())


def test_builtin_placeholders_are_marked_and_writing_clears_one_language():
    tpl = builtin_template("classic")
    assert is_placeholder(tpl, "identity.boilerplate.en")
    gaps = completeness(tpl)
    assert [g.kind for g in gaps["en"]] == ["placeholder", "placeholder"]
    draft = TemplateDraft.new(tpl, "Office")
    draft.set("identity.boilerplate.en", "We help migrants.")
    assert not is_placeholder(draft.data, "identity.boilerplate.en")
    assert is_placeholder(draft.data, "identity.boilerplate.ar")
    assert [g.key for g in completeness(draft.data)["en"]] == ["identity.name.en"]
    draft.set("template.languages", ["ar", "en", "de"])
    assert {g.kind for g in completeness(draft.data)["de"]} == {"missing"}


def test_save_writes_to_user_library_and_keeps_the_previous_version():
    draft = TemplateDraft.new(builtin_template("modern"), "المكتب الإقليمي")
    draft.set("identity.name.ar", "المكتب الإقليمي للشرق الأوسط")
    first = draft.save()
    assert first.origin == "user" and first.folder.parent == paths.user_templates_dir()
    assert first.version == "1.0.0" and (first.folder / first.settings["identity"]["logo"]).is_file()
    draft.set("identity.name.en", "Middle East Office")
    second = draft.save()
    assert second.version == "1.0.1" and not draft.is_modified()
    previous = paths.user_templates_dir() / PREVIOUS / draft.id
    old = tomllib.loads((previous / "template.toml").read_text("utf-8"))
    assert old["template"]["version"] == "1.0.0"
    assert old["identity"]["name"].get("en") != "Middle East Office"
    assert find_template(draft.id).text_for("identity", "name", "en") == "Middle East Office"
    assert next_version("2.3.9") == "2.3.10"


def test_failed_save_keeps_the_library_and_the_draft(monkeypatch):
    draft = TemplateDraft.new(builtin_template(), "Office")
    saved = draft.save()
    before = (saved.folder / "template.toml").read_bytes()
    draft.set("identity.name.en", "Changed")

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pressdesk.templating.draft.staging_folder", refuse)
    with pytest.raises(TemplateError, match="still in the editor"):
        draft.save()
    assert (saved.folder / "template.toml").read_bytes() == before
    assert draft.get("identity.name.en") == "Changed" and draft.is_modified()


def test_template_folder_vanishing_mid_edit_still_saves(tmp_path):
    source = tmp_path / "shared" / "office"
    shutil.copytree(builtin_template().folder, source)
    from pressdesk.templating import load_template

    draft = TemplateDraft.open(load_template(source, origin="shared:x"))
    shutil.rmtree(tmp_path / "shared")
    draft.set("identity.name.en", "Still here")
    saved = draft.save()
    assert saved.text_for("identity", "name", "en") == "Still here"
    assert (saved.folder / "logo.png").is_file()


def test_invalid_value_is_refused_with_the_key():
    draft = TemplateDraft.new(builtin_template(), "Office")
    draft.set("page.margin_top_mm", -4)
    assert any(p.startswith("page.margin_top_mm") for p in draft.problems())
    with pytest.raises(TemplateError):
        draft.save()


def test_logo_not_an_image_huge_or_too_wide(tmp_path):
    with pytest.raises(TemplateError, match="not a PNG, JPEG or SVG"):
        prepare_logo(b"hello, not an image" * 10)
    with pytest.raises(TemplateError, match="MB"):
        prepare_logo(b"\x89PNG" + b"\0" * (50 * 2**20))
    wide = prepare_logo(png(10_000, 400))
    assert wide.width == MAX_SIDE and "scaled down" in wide.note
    small = prepare_logo(png(300, 100))
    assert small.note == "" and small.suffix == ".png"
    with pytest.raises(TemplateError, match="SVG"):
        prepare_logo(b'<svg xmlns="http://www.w3.org/2000/svg"/>')


def test_cli_new_and_set(capsys, tmp_path):
    assert main(["templates", "new", "office", "--from", "modern", "--name", "Office"]) == 0
    assert main(["templates", "set", "office", "identity.name.ar", "المكتب الإقليمي للشرق"]) == 0
    assert main(["templates", "set", "office", "template.languages", "ar,en"]) == 0
    assert main(["templates", "set", "office", "page.margin_top_mm", "30"]) == 0
    (tmp_path / "logo.png").write_bytes(png(800, 200))
    assert main(["templates", "set", "office", "identity.logo", str(tmp_path / "logo.png")]) == 0
    capsys.readouterr()
    assert main(["templates", "set", "office", "colors.accent", "#ffff00"]) == 0
    assert "contrast" in capsys.readouterr().err
    assert main(["templates", "set", "office", "nope.key", "1"]) == 2
    assert "unknown key" in capsys.readouterr().err
    assert main(["templates", "new", "office"]) == 2
    tpl = find_template("office")
    assert tpl.text_for("identity", "name", "ar") == "المكتب الإقليمي للشرق"
    assert tpl.languages == ["ar", "en"] and tpl.page().margin_top_mm == 30
    assert tpl.logo_path() is not None and tpl.logo_path().name.startswith("logo-")


def test_new_draft_never_overwrites_a_template_in_the_library(tmp_path):
    first = TemplateDraft.new(builtin_template(), "Office").save()
    second = TemplateDraft.new(builtin_template(), "Office")
    second.set("identity.name.en", "Other")
    saved = second.save()
    assert saved.id != first.id and saved.id.startswith("office")
    assert find_template(first.id).text_for("identity", "name", "en") != "Other"


def test_export_draft_as_pdtemplate(tmp_path):
    from pressdesk.templating.package import check_pdtemplate

    draft = TemplateDraft.new(builtin_template(), "مكتب الأخبار")
    draft.set("identity.name.ar", "مكتب الأخبار")
    out = draft.export(tmp_path / "office.pdtemplate")
    info = check_pdtemplate(out)
    assert info.id == draft.id
