"""Take the user guide's pictures of live co-editing, in Korean and English, from the real app.

    python tools/take_live_screenshots.py [OUT_DIR]

Runs the live walkthrough (tests/test_live_walkthrough.py: two editor processes side by side
on one Xvfb screen of 1920 × 1080, the first sharing on this computer only, the second
joining; a card typed on the left, a card selected on the right) and keeps its last picture,
scaled to the guide's width (1280 pixels, like its other pictures), as
live-together-{ko,en}.png (default OUT_DIR: docs/images). Needs Xvfb, xdotool and
ImageMagick, like the walkthroughs. Run ``python tools/build_docs.py`` afterwards to ship
them in resources/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
WIDTH = 1280  # the guide's widest pictures; the viewer shows them at their own size

from test_live_walkthrough import walk  # noqa: E402


def _scaled(source: Path, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(source)).scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    if not image.save(str(target), "PNG", 0):  # quality 0: the strongest compression
        raise OSError(f"could not write {target}")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    for language in ("ko", "en"):
        with tempfile.TemporaryDirectory() as work:
            shots = Path(work) / "shots"
            shots.mkdir()
            found = walk(Path(work), language, shots)
            target = out / f"live-together-{language}.png"
            _scaled(found["together"], target)
            print(f"{target.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
