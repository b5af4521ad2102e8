"""Time and peak memory of `watchfloor ingest` on hostile inputs (issue 12): a 50 MB
text file and a 50 MB JSON Lines file of one line, both refused with a message; and
extraction time on text without sentence punctuation as it grows. Prints figures;
asserts nothing.

    python bench/hostile_inputs.py
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1_000_000
STORY = "North Korea has sent about 1,500 troops to Russia, South Korea's spy agency said. "


def ingest(db: Path, path: Path) -> tuple[float, float, str]:
    """Seconds, peak RSS of the child in MB, and the last line of its stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    command = Path(sys.executable).with_name("watchfloor")
    done = subprocess.run([str(command), "--db", str(db), "ingest", str(path)],
                          capture_output=True, text=True)  # fmt: skip
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = done.stderr.strip().splitlines() + done.stdout.strip().splitlines()
    said = next((line for line in lines if "skipped" in line or "stored" in line), "")[:150]
    return seconds, max(peak, before) / 1024, said


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        text = folder / "big.txt"
        text.write_text(("word " * 20 + "\n") * (50 * MB // 101))
        line = folder / "one-line.jsonl"
        line.write_text(json.dumps({"id": "x", "text": "word " * (50 * MB // 5)}) + "\n")
        small = folder / "small.md"
        small.write_text(f"---\nid: small\n---\n{STORY}\n")
        inputs = (("one small document (baseline)", small), ("50 MB .txt", text),
                  ("50 MB one-line .jsonl", line))  # fmt: skip
        for label, path in inputs:
            seconds, peak, said = ingest(folder / "w.db", path)
            print(f"{label}: {seconds:.1f} s, peak RSS {peak:.0f} MB: {said}")
    from watchfloor.extract import Extractor
    from watchfloor.models import Document
    from watchfloor.settings import Settings

    extractor = Extractor.from_settings(Settings())
    for words in (2_000, 4_000, 8_000, 16_000):
        body = " ".join(["troops russia korea sent army"] * (words // 5))
        start = time.perf_counter()
        extractor.extract(Document(id="x", text=body))
        print(f"no punctuation, {len(body):,} characters: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
