"""Issue 14 §3: photos and screenshots of reports (JPG, PNG, HEIC) take the vision path of
scanned pages: straightened, tall screenshots cut into overlapping pages, sized for the
model's image-token cap; without a vision model the person is told what to install."""

from __future__ import annotations

import io
import subprocess
import sys

import pymupdf
import pytest
from PIL import Image
from test_llm_vision import build

from checkup_desktop.core.cancel import CancelToken
from checkup_desktop.core.errors import NoReadableTextError
from checkup_desktop.core.events import Done
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.runtime import ModelRuntime
from checkup_desktop.core.llm.vision import VisionPageScanner
from checkup_desktop.core.photos import MAX_SIDE_PX, PhotoError, page_slices, photo_to_pdf
from checkup_desktop.core.pipeline import analyze, run


def _photo(path, size=(400, 300), orientation=None, fmt="JPEG"):
    img = Image.new("RGB", size, (240, 240, 240))
    img.paste((20, 20, 20), (10, 10, 120, 30))  # a dark bar at the top left
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    img.save(path, format=fmt, exif=exif.tobytes() if orientation else b"")
    return path


def _pages(pdf):
    with pymupdf.open(pdf) as doc:
        out = []
        for page in doc:
            (xref, *_rest), = page.get_images()
            pix = pymupdf.Pixmap(doc, xref)
            out.append((page.rect.width, page.rect.height, pix.width, pix.height))
        return out


def test_a_rotated_phone_photo_is_straightened(tmp_path):
    # stored landscape 400x300, EXIF 6 = "rotate 90° clockwise to view": upright it is portrait
    pdf = photo_to_pdf(_photo(tmp_path / "r.jpg", orientation=6), tmp_path / "out")
    ((w, h, px_w, px_h),) = _pages(pdf)
    assert (px_w, px_h) == (300, 400) and h > w


def test_a_tall_screenshot_is_cut_into_overlapping_pages(tmp_path):
    pdf = photo_to_pdf(_photo(tmp_path / "s.png", size=(1080, 9000), fmt="PNG"),
                       tmp_path / "out")
    pages = _pages(pdf)
    # A4-shaped pages of 1080 x 1527 px, 8% overlap: tops 0, 1404, ..., 8424 -> 7 pages
    assert len(pages) == 7
    slices = page_slices(1080, 9000)
    assert all(b[0] < a[1] for a, b in zip(slices, slices[1:], strict=False))  # overlap
    assert slices[-1][1] == 9000
    assert all(max(px_w, px_h) <= MAX_SIDE_PX for _w, _h, px_w, px_h in pages)


def test_a_heic_photo_opens(tmp_path):
    import pillow_heif  # a dependency: phones save photos as HEIC

    pillow_heif.register_heif_opener()
    path = tmp_path / "p.heic"
    Image.new("RGB", (200, 300), (200, 200, 200)).save(path, format="HEIF")
    ((_w, _h, px_w, px_h),) = _pages(photo_to_pdf(path, tmp_path / "out"))
    assert (px_w, px_h) == (200, 300)


def test_a_broken_picture_gets_a_plain_message(tmp_path):
    bad = tmp_path / "b.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(PhotoError, match="could not be opened"):
        photo_to_pdf(bad, tmp_path / "out")


def test_without_a_vision_model_the_person_is_told_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKUP_DESKTOP_CACHE_DIR", str(tmp_path / "cache"))
    photo = _photo(tmp_path / "r.jpg")
    with pytest.raises(NoReadableTextError, match="photo of a report.*Settings > Model"):
        run(photo)
    out = subprocess.run([sys.executable, "-m", "checkup_desktop", "analyze", str(photo),
                          "--rules-only"], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ,
                              "CHECKUP_DESKTOP_CACHE_DIR": str(tmp_path / "cache")})
    assert out.returncode == 2 and "Settings > Model" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_tall_screenshot_goes_through_the_vision_path(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKUP_DESKTOP_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "vlm").mkdir()
    model, proj = build(tmp_path / "vlm", default_model_path())
    shot = _photo(tmp_path / "app.png", size=(300, 1500), fmt="PNG")  # 4 overlapping pages
    with ModelRuntime(model, mmproj_path=proj, n_ctx=1024) as rt:
        scanner = VisionPageScanner(rt, min_rows=1, max_rows=1, max_cell=8, max_tokens=120)
        events = list(analyze(shot, scanner=scanner, cancel=CancelToken()))
    scanned = [e for e in events if getattr(e, "stage", "") == "scanning"]
    assert {e.page for e in scanned if e.page} == {1, 2, 3, 4}
    analysis = next(e.analysis for e in events if isinstance(e, Done))
    assert analysis.pages == 4 and analysis.source == "app.png"
    assert all(f.source == "image" for f in analysis.findings)


def test_photo_bytes_decode_the_same_as_png(tmp_path):
    buf = io.BytesIO()
    Image.new("RGB", (50, 80), (9, 9, 9)).save(buf, format="PNG")
    (tmp_path / "x.png").write_bytes(buf.getvalue())
    ((_w, _h, px_w, px_h),) = _pages(photo_to_pdf(tmp_path / "x.png", tmp_path / "out"))
    assert (px_w, px_h) == (50, 80)
