"""Save a release's set-up as a template, share it, and start new releases from it."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest

from conftest import ARABIC_SAMPLE, ENGLISH_SAMPLE
from pressdesk.model import load_release
from pressdesk.model.release import BodyBlock
from pressdesk.pipeline import prepare, render
from pressdesk.templating import TemplateError, builtin_template, find_template
from pressdesk.templating.newrelease import new_release
from pressdesk.templating.package import export_pdtemplate, import_pdtemplate
from pressdesk.templating.save_from import save_from_release


def fill_in(fresh, original):
    """What an officer types into a new release: the original's words, block by block."""
    fresh.headline, fresh.subheadline = original.headline, original.subheadline
    fresh.dateline = original.dateline
    fresh.release = original.release
    fresh.keywords = list(original.keywords)
    assert [b.type for b in fresh.body] == [b.type for b in original.body]
    for new, old in zip(fresh.body, original.body, strict=True):
        new.text = old.text
    fresh.background = list(original.background)
    fresh.notes_to_editors = list(original.notes_to_editors)
    return fresh


def test_save_export_import_new_release_gives_the_same_output(tmp_path, clean_profile):
    original = load_release(ARABIC_SAMPLE)
    saved = save_from_release(original, "iom-ar", name="IOM Arabic", include_skeleton=True)
    assert (saved.id, saved.name, saved.version, saved.origin) == ("iom-ar", "IOM Arabic", "1.0.0", "user")
    package = export_pdtemplate("iom-ar", tmp_path / "iom-ar.pdtemplate")

    clean_profile()
    import_pdtemplate(package)
    fresh = new_release("iom-ar")
    assert fresh.language == "ar"
    assert (fresh.template, fresh.template_version) == ("iom-ar", "1.0.0")
    assert [(c.name, c.email) for c in fresh.contacts] == [("تميم عليان", "telyan@iom.int")]
    assert fresh.boilerplate is None  # the template's boilerplate shows
    assert [(b.type, b.speaker, b.role, b.lead_in, b.text) for b in fresh.body] == [
        (b.type, b.speaker, b.role, b.lead_in, "") for b in original.body]
    assert fresh.background == [""] * len(original.background)
    assert fresh.notes_to_editors == [""] * len(original.notes_to_editors)

    fill_in(fresh, original)
    mine = prepare(fresh)  # resolves the release's own template: the imported one
    assert mine.warnings == [] and mine.template.id == "iom-ar"
    theirs = prepare(original)
    same = dataclasses.replace(mine.document, template_id=theirs.document.template_id,
                               identity=theirs.document.identity)
    assert same == theirs.document
    assert render(mine, "html") == render(theirs, "html")


def test_saved_template_keeps_the_base_look_and_files(tmp_path):
    release = load_release(ENGLISH_SAMPLE)
    modern = builtin_template("modern")
    saved = save_from_release(release, "water-modern", base=modern)
    for key in ("page", "fonts", "colors", "styles", "quote"):
        assert saved.data[key] == modern.data[key]
    assert saved.data["template"]["based_on"] == "modern"
    assert saved.role_styles() == modern.role_styles()
    assert saved.logo_path().read_bytes() == modern.logo_path().read_bytes()
    assert saved.logo_path().parent == saved.folder.resolve()
    text = (saved.folder / "template.toml").read_text("utf-8")
    assert tomllib.loads(text)["template"]["version"] == "1.0.0"


def test_without_skeleton_only_language_and_identity_are_kept():
    release = load_release(ENGLISH_SAMPLE)
    saved = save_from_release(release, "water")
    assert saved.data["skeleton"] == {"language": "en"}
    fresh = new_release("water")
    assert fresh.language == "en"
    assert len(fresh.body) == 1 and fresh.body[0].text == ""
    assert [c.name for c in fresh.contacts] == [c.name for c in release.contacts if c.name]


def test_boilerplate_for_the_release_language_only():
    release = load_release(ARABIC_SAMPLE)
    release.language = "ar-EG"
    saved = save_from_release(release, "egypt")
    boiler = saved.data["identity"]["boilerplate"]
    assert boiler["ar"] == boiler["ar-EG"] == release.boilerplate
    assert boiler["en"] == builtin_template().data["identity"]["boilerplate"]["en"]
    assert saved.text_for("identity", "boilerplate", "ar") == release.boilerplate


def test_null_boilerplate_keeps_the_base_one():
    release = load_release(ENGLISH_SAMPLE)
    release.boilerplate = None
    saved = save_from_release(release, "plain")
    assert saved.data["identity"]["boilerplate"] == builtin_template().data["identity"]["boilerplate"]


def test_chosen_digits_and_contacts_carry_over():
    release = load_release(ARABIC_SAMPLE)
    release.digits = "arab"
    saved = save_from_release(release, "arab-digits")
    assert saved.settings["dateline"]["digits"] == "arab"
    assert saved.data["identity"]["contacts"] == [{"name": "تميم عليان", "email": "telyan@iom.int"}]


def test_release_without_contacts_keeps_the_base_contacts(tmp_path):
    release = load_release(ENGLISH_SAMPLE)
    first = save_from_release(release, "with-contacts")
    release.contacts = []
    second = save_from_release(release, "second", base=first)
    assert second.data["identity"]["contacts"] == first.data["identity"]["contacts"]


def test_refuses_an_existing_id_and_a_bad_id(user_library):
    release = load_release(ENGLISH_SAMPLE)
    save_from_release(release, "mine")
    with pytest.raises(TemplateError, match="'mine' is already in your library"):
        save_from_release(release, "mine")
    for bad in ("", "Mine", "../x", "a/b", "x" * 70, ".hidden"):
        with pytest.raises(TemplateError, match=r"template\.id"):
            save_from_release(release, bad)
    assert sorted(p.name for p in user_library.iterdir()) == ["mine"]


def test_a_quote_only_skeleton_and_odd_blocks():
    release = load_release(ENGLISH_SAMPLE)
    release.body = [BodyBlock(type="quote", speaker="Ana", text="Hi"), BodyBlock(text="x")]
    release.background, release.notes_to_editors = ["a"] * 250, ["n"]
    saved = save_from_release(release, "odd", include_skeleton=True)
    assert saved.data["skeleton"]["body"] == [{"type": "quote", "speaker": "Ana"}, {"type": "paragraph"}]
    assert saved.data["skeleton"]["background"] == 200 and saved.data["skeleton"]["notes"] == 1


def test_base_defaults_to_the_release_template(user_library):
    release = load_release(ENGLISH_SAMPLE)
    release.template = "minimal"
    saved = save_from_release(release, "from-minimal")
    assert saved.data["template"]["based_on"] == "minimal"
    release.template = "gone"
    assert save_from_release(release, "from-gone").data["template"]["based_on"] == "classic"
    assert find_template("from-minimal").origin == "user"


def test_base_layout_and_logo_in_subfolders_are_copied(tmp_path):
    from importlib import resources

    from pressdesk.templating import load_template

    from .conftest import LOGO, write_template

    folder = write_template(tmp_path / "base", extra='\n[html]\nlayout = "html/page.html.j2"\n', logo=False)
    text = (folder / "template.toml").read_text("utf-8").replace('"logo.png"', '"img/logo.png"')
    (folder / "template.toml").write_text(text, "utf-8")
    (folder / "img").mkdir()
    (folder / "img" / "logo.png").write_bytes(LOGO.read_bytes())
    (folder / "html").mkdir()
    layout = resources.files("pressdesk").joinpath("resources/html/release.html.j2").read_text("utf-8")
    (folder / "html" / "page.html.j2").write_text(layout.replace("<main>", "<main id=base>"))
    saved = save_from_release(load_release(ENGLISH_SAMPLE), "from-base", base=load_template(folder))
    assert (saved.folder / "img" / "logo.png").read_bytes() == LOGO.read_bytes()
    assert "<main id=base>" in saved.html_layout()
    assert b"<main id=base>" in render(prepare(load_release(ENGLISH_SAMPLE), saved), "html")
