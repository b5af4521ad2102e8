"""Score new gold documents once, before any change is made for them, and record it.

The ledger (tests/eval/ledger.tsv) holds one row per gold document: the first score the
extractor ever got on it, with the date and the commit that scored it. A document that
already has a row is never scored into the ledger again, so later work cannot improve
its first-touch figure: the running first-touch F1 stays an honest measure of how the
extractor does on reporting nobody tuned it for.

    python scripts/first_touch.py tests/data/gold/blind        # score what is new, append
    python scripts/first_touch.py tests/data/gold/blind --dry  # show, write nothing
    python scripts/first_touch.py --summary                    # the running figures only

Scores follow spec section 4 (``watchfloor.score``) for one document at a time; the
running figure micro-averages the ledger's counts, as ``watchfloor eval`` does.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from watchfloor import Extractor, Settings
from watchfloor.scoring import load_gold, score

ROOT = Path(__file__).resolve().parents[1]
LEDGER = ROOT / "tests" / "eval" / "ledger.tsv"
COLUMNS = ("doc", "set", "added", "commit", "gold", "system", "matched", "precision", "recall", "f1")


@dataclass(frozen=True, slots=True)
class Row:
    doc: str
    gold_set: str
    added: str
    commit: str
    gold: int
    system: int
    matched: int

    def cells(self) -> list[str]:
        p, r, f = _prf(self.matched, self.system, self.gold)
        return [self.doc, self.gold_set, self.added, self.commit, str(self.gold),
                str(self.system), str(self.matched), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    rows = read_ledger(args.ledger)
    if args.folder is not None:
        new = score_new(args.folder, {row.doc for row in rows})
        for row in new:
            print("\t".join(row.cells()))
        if new and not args.dry:
            append(args.ledger, new)
        rows += new
        print(f"{len(new)} new document(s) scored" + (" (dry run: not written)" if args.dry else ""))
    _summary(rows)
    return 0


def score_new(folder: Path, known: set[str]) -> list[Row]:
    gold = [doc for doc in load_gold(folder) if doc.document.id not in known]
    extractor = Extractor.from_settings(Settings())
    commit, today = _commit(), date.today().isoformat()
    rows = []
    for doc in gold:
        report = score([doc], {doc.document.id: extractor.extract(doc.document).mentions})
        rows.append(Row(doc.document.id, folder.name, today, commit,
                        report.gold_units, report.system_units, report.matched))  # fmt: skip
    return rows


def read_ledger(path: Path) -> list[Row]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        return [Row(r["doc"], r["set"], r["added"], r["commit"], int(r["gold"]),
                    int(r["system"]), int(r["matched"])) for r in reader]  # fmt: skip


def append(path: Path, rows: list[Row]) -> None:
    fresh = not path.exists()
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        if fresh:
            writer.writerow(COLUMNS)
        writer.writerows(row.cells() for row in rows)


def _summary(rows: list[Row]) -> None:
    for gold_set in sorted({row.gold_set for row in rows}) + ["all"]:
        chosen = [r for r in rows if gold_set in ("all", r.gold_set)]
        m, s, g = (sum(getattr(r, f) for r in chosen) for f in ("matched", "system", "gold"))
        p, r, f = _prf(m, s, g)
        print(f"first touch, {gold_set}: {len(chosen)} documents, P {p:.3f} R {r:.3f} F1 {f:.3f}")


def _prf(matched: int, system: int, gold: int) -> tuple[float, float, float]:
    p = matched / system if system else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                             capture_output=True, text=True, check=True)  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?", help="gold folder with new documents")
    parser.add_argument("--ledger", type=Path, default=LEDGER)
    parser.add_argument("--dry", action="store_true", help="score, but write nothing")
    parser.add_argument("--summary", action="store_true", help="only the running figures")
    return parser


if __name__ == "__main__":
    sys.exit(main())
