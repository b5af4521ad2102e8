"""The same text gives the same records whatever Python's string-hash seed is (a set
iterated where order matters once made results differ between runs), and whether the
extractor runs compiled (``make compile``) or from its sources (a bug may live in only
one of them: identity of objects, for one, is not the same in compiled code)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from watchfloor._compiled import is_compiled

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "examples" / "corpus", ROOT / "tests" / "data" / "gold" / "dev"]

# Articles mixed from the gold's paragraphs: many events per sentence and across them.
_SCRIPT = """
import importlib.util, json, os, random, sys
from pathlib import Path
from datetime import date
if os.environ.get("FROM_SOURCE"):
    # the guard's module alone: importing the package would load the compiled modules
    path = Path(importlib.util.find_spec("watchfloor").origin).with_name("_compiled.py")
    spec = importlib.util.spec_from_file_location("compiled_alone", path)
    alone = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(alone)
    modules = json.loads(path.with_name(alone.MANIFEST).read_text())["modules"]
    sys.meta_path.insert(0, alone._Sources(list(modules)))
from watchfloor import Document, Settings
from watchfloor._compiled import is_compiled
print("compiled" if is_compiled() else "source")
from watchfloor.extract import Extractor
from watchfloor.ingest import read_paths
extractor = Extractor.from_settings(Settings())
pool = [p for d in read_paths([Path(a) for a in sys.argv[1:]]) if isinstance(d, Document)
        for p in d.text.split("\\n\\n") if len(p.split()) > 12]
rng = random.Random(7)
for n in range(12):
    body = []
    while sum(len(p.split()) for p in body) < 600:
        body.append(rng.choice(pool))
    document = Document(id=str(n), text="\\n\\n".join(body), published=date(2024, 11, 1))
    for mention in extractor.extract(document).mentions:
        print(json.dumps(mention.to_record(), sort_keys=True, default=str))
"""


def _records(seed: str, from_source: bool = False) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, **({"FROM_SOURCE": "1"} if from_source else {})}
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *map(str, SOURCES)], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_records_do_not_depend_on_the_hash_seed() -> None:
    first = _records("1")
    assert first.count("\n") > 50
    assert all(_records(seed) == first for seed in ("2", "3", "4"))


@pytest.mark.skipif(not is_compiled(), reason="the extractor is not compiled (make compile)")
def test_compiled_and_source_modules_give_the_same_records() -> None:
    compiled, source = _records("1"), _records("1", from_source=True)
    assert compiled.startswith("compiled\n") and source.startswith("source\n")
    assert compiled.count("\n") > 50
    assert compiled.split("\n", 1)[1] == source.split("\n", 1)[1]
