"""Draw the app icon at build time (no binary icons in git): a calm teal rounded square
with a white check mark, written as icon.png, icon.ico (Windows) and icon.icns (macOS).

    python packaging/make_icons.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024  # drawn large, scaled down: smooth edges without extra antialiasing code
TEAL = (46, 134, 140, 255)
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw_icon(size: int = 512) -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = SIZE // 16  # macOS-style margin around the tile
    d.rounded_rectangle((pad, pad, SIZE - pad, SIZE - pad), radius=SIZE // 5, fill=TEAL)
    s = SIZE / 100
    d.line([(30 * s, 52 * s), (44 * s, 66 * s), (71 * s, 36 * s)], fill=WHITE,
           width=int(9 * s), joint="curve")
    for x, y in ((30 * s, 52 * s), (71 * s, 36 * s)):  # round the stroke ends
        r = 4.5 * s
        d.ellipse((x - r, y - r, x + r, y + r), fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


def write_icons(out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    big = draw_icon(1024)
    paths = {"png": out_dir / "icon.png", "ico": out_dir / "icon.ico",
             "icns": out_dir / "icon.icns"}
    big.resize((256, 256), Image.LANCZOS).save(paths["png"], optimize=True)
    big.save(paths["ico"], sizes=ICO_SIZES)
    big.save(paths["icns"])  # Pillow writes ICNS on every platform
    return paths


if __name__ == "__main__":
    for path in write_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).values():
        print(path)
