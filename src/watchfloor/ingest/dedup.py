"""Near-duplicate detection: the same report syndicated with light edits.

A text becomes the set of its word 5-grams (lowercased ``\\w+`` words); a MinHash
of that set (datasketch, fixed seed, ``affine64`` scheme) is its signature, stored as
``num_perm`` little-endian uint64 values. Signatures are deterministic across processes
and machines, so the store can keep them and rebuild the index on the next run by
calling ``add`` again. An LSH index proposes candidates; a candidate counts only when
the estimated Jaccard similarity reaches ``threshold``, and the earliest one added wins.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from datasketch import MinHash

    Signature = npt.NDArray[np.uint64]

SHINGLE_WORDS = 5
SEED = 1
SCHEME = "affine64"
# LSH banding tuned for recall (weights: false positives, false negatives): candidates
# are verified against the threshold, so a false positive costs one comparison.
LSH_WEIGHTS = (0.2, 0.8)
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The word ``size``-grams of ``text``; a shorter text is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


class NearDuplicateIndex:
    """Documents added so far, looked up by the similarity of their texts."""

    def __init__(self, threshold: float = 0.6, num_perm: int = 128) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        # NumPy and datasketch (with SciPy) are imported where used: their BLAS threads
        # would otherwise start, and spin, in every process that only extracts
        from datasketch import MinHash, MinHashLSH

        self._permutations = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
        self._signatures: dict[str, Signature] = {}
        self._order: dict[str, int] = {}

    @property
    def scheme(self) -> str:
        """What a signature depends on: store it beside signatures, and recompute them
        when it changes."""
        return f"minhash-{SCHEME}-seed{SEED}-words{SHINGLE_WORDS}-perm{self.num_perm}"

    def signature(self, text: str) -> bytes:
        """The MinHash of ``text``'s shingles as ``num_perm`` little-endian uint64s."""
        minhash = self._minhash()
        minhash.update_batch(shingles(text))
        import numpy as np

        return np.asarray(minhash.hashvalues, dtype="<u8").tobytes()

    def add(self, doc_id: str, signature: bytes) -> str | None:
        """The earliest added document that ``signature`` nearly duplicates, or None;
        then ``doc_id`` is indexed (an id already indexed keeps its first signature)."""
        values = self._decode(signature)
        minhash = self._minhash(values)
        earlier = self._earliest_match(doc_id, values, self._lsh.query(minhash))
        if doc_id not in self._signatures:
            self._lsh.insert(doc_id, minhash)
            self._signatures[doc_id] = values
            self._order[doc_id] = len(self._order)
        return earlier

    def similarity(self, first: bytes, second: bytes) -> float:
        """Estimated Jaccard similarity of the texts behind two signatures."""
        return _agreement(self._decode(first), self._decode(second))

    def __len__(self) -> int:
        return len(self._signatures)

    def _earliest_match(self, doc_id: str, values: Signature, candidates: list[str]) -> str | None:
        matches = [
            key
            for key in candidates
            if key != doc_id and _agreement(values, self._signatures[key]) >= self.threshold
        ]
        return min(matches, key=self._order.__getitem__, default=None)

    def _minhash(self, values: Signature | None = None) -> MinHash:
        from datasketch import MinHash

        return MinHash(
            num_perm=self.num_perm,
            seed=SEED,
            scheme=SCHEME,
            hashvalues=values,
            permutations=self._permutations,
        )

    def _decode(self, signature: bytes) -> Signature:
        if len(signature) != self.num_perm * 8:
            raise ValueError(
                f"a signature of {len(signature)} bytes does not fit this index "
                f"({self.num_perm} permutations, {self.num_perm * 8} bytes): recompute "
                "signatures with the same number of permutations"
            )
        import numpy as np

        return np.frombuffer(signature, dtype="<u8").astype(np.uint64)


def _agreement(first: Signature, second: Signature) -> float:
    import numpy as np

    return float(np.count_nonzero(first == second)) / len(first)
