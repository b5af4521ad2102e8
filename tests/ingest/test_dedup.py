import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from watchfloor.ingest import NearDuplicateIndex, read_file
from watchfloor.ingest.dedup import shingles
from watchfloor.models import Document

DATA = Path(__file__).parent / "data" / "dedup"


def text_of(name: str) -> str:
    (doc,) = read_file(DATA / f"{name}.md")
    assert isinstance(doc, Document)
    return doc.text


@pytest.fixture(scope="module")
def signatures() -> dict[str, bytes]:
    index = NearDuplicateIndex()
    return {
        name: index.signature(text_of(name)) for name in ("original", "syndicated", "unrelated")
    }


def test_lightly_edited_syndicated_copy_is_found(signatures: dict[str, bytes]) -> None:
    index = NearDuplicateIndex()
    assert index.add("original", signatures["original"]) is None
    assert index.add("syndicated", signatures["syndicated"]) == "original"


def test_unrelated_article_on_the_same_topic_is_not(signatures: dict[str, bytes]) -> None:
    index = NearDuplicateIndex()
    index.add("original", signatures["original"])
    assert index.add("unrelated", signatures["unrelated"]) is None
    assert index.similarity(signatures["original"], signatures["unrelated"]) < 0.2
    assert len(index) == 2


def test_the_earliest_added_near_duplicate_is_returned(signatures: dict[str, bytes]) -> None:
    index = NearDuplicateIndex()
    index.add("unrelated", signatures["unrelated"])
    index.add("original", signatures["original"])
    index.add("syndicated", signatures["syndicated"])
    assert index.add("second-copy", signatures["syndicated"]) == "original"


def test_adding_an_id_again_does_not_match_itself(signatures: dict[str, bytes]) -> None:
    index = NearDuplicateIndex()
    assert index.add("original", signatures["original"]) is None
    assert index.add("original", signatures["original"]) is None
    assert len(index) == 1


def test_signature_round_trips_through_bytes(signatures: dict[str, bytes]) -> None:
    signature = signatures["original"]
    assert isinstance(signature, bytes)
    assert len(signature) == 128 * 8
    values = np.frombuffer(signature, dtype="<u8")
    assert values.tobytes() == signature
    # a fresh index rebuilt from stored bytes answers as the first one did
    rebuilt = NearDuplicateIndex()
    rebuilt.add("original", bytes(bytearray(signature)))
    assert rebuilt.add("syndicated", signatures["syndicated"]) == "original"


def test_signature_is_deterministic_across_processes(signatures: dict[str, bytes]) -> None:
    script = (
        "import sys; from watchfloor.ingest import NearDuplicateIndex; "
        "print(NearDuplicateIndex().signature(sys.stdin.read()).hex())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=text_of("original"),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert bytes.fromhex(result.stdout.strip()) == signatures["original"]


def test_signature_depends_on_words_not_case_or_punctuation() -> None:
    index = NearDuplicateIndex()
    assert index.signature("North Korea sent troops to Russia.") == index.signature(
        "north korea, sent troops -- to RUSSIA"
    )


def test_short_and_empty_texts() -> None:
    assert shingles("Three words only") == {b"three words only"}
    assert shingles("") == set()
    index = NearDuplicateIndex()
    assert len(index.signature("")) == 128 * 8
    assert index.add("short", index.signature("Three words only")) is None


def test_wrong_signature_size_is_refused() -> None:
    small = NearDuplicateIndex(num_perm=64)
    with pytest.raises(ValueError, match="64 permutations"):
        small.add("x", NearDuplicateIndex().signature("some text here"))


def test_threshold_must_be_a_fraction() -> None:
    with pytest.raises(ValueError, match="threshold"):
        NearDuplicateIndex(threshold=0)
