"""Copy the user guide and its pictures into resources/docs, so the wheel ships them and
Help ▸ User guide finds them in an installed app. Run after editing docs/user-guide.md or
docs/images/, and commit resources/docs; a test fails when the copies differ.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "docs"
TARGET = ROOT / "resources" / "docs"
FILES = ["user-guide.md", *sorted(f"images/{p.name}" for p in (SOURCE / "images").glob("*.png"))]


def main() -> int:
    if TARGET.exists():
        shutil.rmtree(TARGET)
    for name in FILES:
        (TARGET / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE / name, TARGET / name)
    print(f"copied {len(FILES)} files to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
