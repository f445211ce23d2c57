"""Photos are checked once before compose: bad ones give a clear warning, never a crash."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image as PILImage

from pressdesk.compose import images
from pressdesk.compose.images import ImageRefused, load_image, load_images, normalise
from pressdesk.model import load_release
from pressdesk.pipeline import prepare, render

DATA = Path(__file__).parent / "data"


def _jpeg(mode: str = "RGB", size: tuple[int, int] = (40, 30), **save) -> bytes:
    buf = io.BytesIO()
    PILImage.new(mode, size, "#336699" if mode == "RGB" else None).save(buf, "JPEG", **save)
    return buf.getvalue()


def _release(tmp_path: Path, src: str, name: str = "r.pressrelease") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({
        "format": "pressdesk.release", "version": 2, "language": "ar",
        "headline": "عنوان",
        "body": [{"type": "paragraph", "text": "نص"},
                 {"type": "image", "src": src, "caption": "تعليق الصورة", "credit": "تصوير"}],
    }, ensure_ascii=False), "utf-8")
    return path


def test_plain_jpeg_passes_through_unchanged():
    data = (DATA / "rich-photo.jpg").read_bytes()
    img = normalise(data)
    assert (img.data, img.mime, img.width, img.height) == (data, "image/jpeg", 480, 320)


def test_cmyk_jpeg_becomes_rgb():
    img = normalise(_jpeg("CMYK"))
    assert img.mime == "image/jpeg"
    assert PILImage.open(io.BytesIO(img.data)).mode == "RGB"


def test_sixteen_bit_png_becomes_eight_bit():
    buf = io.BytesIO()
    PILImage.new("I;16", (20, 10), 40000).save(buf, "PNG")
    img = normalise(buf.getvalue())
    assert img.mime == "image/png"
    assert buf.getvalue()[24] == 16 and img.data[24] == 8


def test_png_alpha_kept_and_drawn_with_a_soft_mask(tmp_path):
    buf = io.BytesIO()
    PILImage.new("RGBA", (30, 20), (200, 0, 0, 120)).save(buf, "PNG")
    (tmp_path / "a.png").write_bytes(buf.getvalue())
    release = load_release(_release(tmp_path, "a.png"))
    prepared = prepare(release)
    figure = next(b for b in prepared.document.blocks if b.image is not None)
    assert figure.image.has_alpha and figure.image.data == buf.getvalue()
    pdf = render(prepared, "pdf")
    assert b"/SMask" in pdf


def test_huge_jpeg_scaled_down(monkeypatch):
    monkeypatch.setattr(images, "MAX_PIXELS", 1_000)  # stands for 12,000 x 9,000 pixels
    img = normalise(_jpeg(size=(120, 90)))
    assert img.width * img.height <= 120 * 90 and img.mime == "image/jpeg"


def test_huge_png_refused(monkeypatch):
    monkeypatch.setattr(images, "MAX_PIXELS", 1_000)
    buf = io.BytesIO()
    PILImage.new("RGB", (120, 90)).save(buf, "PNG")
    with pytest.raises(ImageRefused, match="120 × 90 pixels"):
        normalise(buf.getvalue())


def test_file_too_big_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(images, "MAX_IMAGE_BYTES", 1_000)
    (tmp_path / "big.jpg").write_bytes(b"\xff\xd8" + b"0" * 5_000)
    with pytest.raises(ImageRefused, match="MB"):
        load_image("big.jpg", tmp_path)


@pytest.mark.parametrize("content", [b"", b"not a picture", _jpeg()[:200]])
def test_corrupt_or_truncated_refused(tmp_path, content):
    (tmp_path / "bad.jpg").write_bytes(content)
    with pytest.raises(ImageRefused):
        load_image("bad.jpg", tmp_path)


def test_missing_photo_is_a_warning_and_the_caption_stays(tmp_path):
    release = load_release(_release(tmp_path, "gone.jpg"))
    prepared = prepare(release)
    assert len(prepared.warnings) == 1 and "gone.jpg" in prepared.warnings[0]
    roles = [b.role.value for b in prepared.document.blocks]
    assert "figure" not in roles and "caption" in roles
    for fmt in ("html", "docx", "pdf"):
        assert render(prepared, fmt)


def test_path_outside_the_release_folder_needs_permission(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "p.jpg").write_bytes(_jpeg())
    folder = tmp_path / "release"
    folder.mkdir()
    for src in ("../elsewhere/p.jpg", str(outside / "p.jpg")):
        release = load_release(_release(folder, src))
        loaded = load_images(release)
        assert not loaded.images and "outside the release's folder" in loaded.problems[0]
        assert load_images(release, allow_outside=True).images
    link = folder / "link.jpg"
    link.symlink_to(outside / "p.jpg")
    assert not load_images(load_release(_release(folder, "link.jpg"))).images


def test_data_uri_embedded_photo(tmp_path):
    data = _jpeg()
    uri = "data:image/jpeg;base64," + base64.b64encode(data).decode()
    loaded = load_images(load_release(_release(tmp_path, uri)))
    assert loaded.images[uri].data == data
    bad = load_images(load_release(_release(tmp_path, "data:image/jpeg;base64,@@@")))
    assert "base64" in bad.problems[0]


def test_cli_export_with_a_bad_photo_warns(tmp_path, capsys):
    from pressdesk.cli.main import main

    (tmp_path / "bad.jpg").write_bytes(b"junk")
    path = _release(tmp_path, "bad.jpg")
    code = main(["export", str(path), "-f", "pdf", "-o", str(tmp_path / "out.pdf")])
    assert code == 0
    assert "bad.jpg" in capsys.readouterr().err
