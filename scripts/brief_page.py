"""Render a page of the sample briefing to PNG for the README.

Ingests examples/corpus into a temporary database, makes the PDF brief of a dyad as
`watchfloor brief --format pdf` does, renders one page with poppler's pdftoppm and
reduces it to a small palette image.

    .venv/bin/python scripts/brief_page.py                # docs/brief-page.png, page 1
    .venv/bin/python scripts/brief_page.py --page 3 --out /tmp/page3.png
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

import watchfloor
from watchfloor import Settings, build_brief, open_store
from watchfloor.report.document import brief_document

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "brief-page.png")
    parser.add_argument("--page", type=int, default=1)
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--dyad", default="PRK-RUS")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("needs pdftoppm: apt-get install poppler-utils")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        settings = Settings(db=str(work / "watchfloor.db"))
        watchfloor.ingest([ROOT / "examples" / "corpus"], settings)
        pair = tuple(args.dyad.upper().split("-"))
        with open_store(settings.db_url) as store:
            brief = build_brief(store, dyad=(pair[0], pair[1]))
            pdf = brief_document(store, brief, "pdf", link_base="http://127.0.0.1:8000")
        (work / "brief.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(args.dpi), "-f", str(args.page), "-l",
                        str(args.page), "-png", "-singlefile", str(work / "brief.pdf"),
                        str(work / "page")], check=True)  # fmt: skip
        image = Image.open(work / "page.png").convert("RGB")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    image.quantize(colors=64, dither=Image.Dither.NONE).save(args.out, optimize=True)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {image.width}x{image.height})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
