"""Build resources/room/hangul.woff2: the phone page's Korean web font.

A WOFF2 subset of the bundled NanumGothic (SIL OFL 1.1, licence beside it as OFL.txt):
all 11,172 Hangul syllables, the Hangul jamo, ASCII and common punctuation. Phones bring
their own Korean fonts, but a browser without one would show boxes; the room works with no
internet, so the font is served by the app. Subsetting drops the hinting source tables
(TSI*) that Chromium's font sanitiser refuses in the stock file.

Run ``python tools/build_room_font.py`` (needs fontTools and brotli, the ``build`` extra)
when the bundled font changes, and commit the result.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "fonts" / "NanumGothic.ttf"
OUT = ROOT / "resources" / "room" / "hangul.woff2"
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0x1100, 0x11FF),
          (0x3130, 0x318F), (0xAC00, 0xD7A3), (0xFF01, 0xFF5E)]


def main() -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(SOURCE), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for low, high in RANGES for c in range(low, high + 1)])
    subsetter.subset(font)
    subset.save_font(font, str(OUT), options)
    shutil.copyfile(SOURCE.parent / "OFL.txt", OUT.parent / "OFL.txt")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
