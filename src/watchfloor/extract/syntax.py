"""The syntax layer: a sentence's dependency parse, read for who did what to whom.

A ``Parse`` holds the words of one sentence as a trained parser saw them (ClearNLP
labels: nsubj, nsubjpass, dobj, agent, prep/pobj, conj, relcl, acl, xcomp, ccomp ...),
each at its character offsets in the document, so that the rules' tokens and the
parser's words meet by position. ``parser.py`` builds it; nothing here imports the
parser, and a sentence nobody parsed simply has no ``Parse`` (the rules decide alone).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECTS = ("dobj", "dative", "attr", "oprd")
# clauses that modify a noun: their dates and figures are their own, not the main act's
MODIFYING_CLAUSES = ("relcl", "acl")
# an adverbial clause opened by one of these tells another act: "after India launched"


class Word:
    """One word of the parse. ``head`` is its governor's index (itself at the root);
    ``entity`` the recognizer's label (PERSON, ORG, GPE, NORP, LOC ...) or ""."""

    __slots__ = ("dep", "end", "entity", "head", "key", "start", "tag")

    def __init__(
        self, start: int, end: int, key: str, tag: str, dep: str, head: int, entity: str
    ) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.tag = tag
        self.dep = dep
        self.head = head
        self.entity = entity


class Parse:
    """The words of one sentence, in order, with their children indexed."""

    __slots__ = ("_children", "_starts", "words")

    def __init__(self, words: Sequence[Word]) -> None:
        self.words: tuple[Word, ...] = tuple(words)
        self._starts: list[int] = [w.start for w in self.words]
        children: list[list[int]] = [[] for _ in self.words]
        for i, w in enumerate(self.words):
            if w.head != i:
                children[w.head].append(i)
        self._children: tuple[tuple[int, ...], ...] = tuple(tuple(c) for c in children)

    def at(self, char: int) -> int:
        """The word covering (or last starting before) a character offset; -1 before all."""
        return bisect_right(self._starts, char) - 1

    def children(self, i: int) -> tuple[int, ...]:
        return self._children[i]

    def child(self, i: int, deps: Sequence[str]) -> int:
        """The first child of ``i`` with one of ``deps``, else -1."""
        return next((c for c in self._children[i] if self.words[c].dep in deps), -1)

    def subtree(self, i: int) -> tuple[int, int]:
        """The span of word indexes ``i`` governs: (first, last + 1)."""
        lo = hi = i
        stack = [i]
        while stack:
            j = stack.pop()
            lo, hi = min(lo, j), max(hi, j)
            stack.extend(self._children[j])
        return lo, hi + 1

    def verb_of(self, i: int) -> int:
        """The verb a trigger word stands for: itself if a verb, else the verb its noun
        phrase hangs on ("launched missile strikes": "strikes" → "launched")."""
        j, steps = i, 0
        while not self.words[j].tag.startswith(("VB", "MD")) and steps < 3:
            head = self.words[j].head
            if head == j:
                break
            j, steps = head, steps + 1
        return j if self.words[j].tag.startswith("VB") else i

    def own_subject(self, verb: int) -> int:
        """The subject the verb has in its own clause, else -1 ("help Russia fight":
        "fight" has "Russia")."""
        return self.child(verb, SUBJECTS)

    def controlled(self, verb: int, control: frozenset[str]) -> bool:
        """Whether the verb is the complement of a control verb (one of ``control``): "to
        help Russia fight"."""
        w = self.words[verb]
        if w.dep not in ("ccomp", "xcomp") or w.head == verb:
            return False
        return self.words[w.head].key in control

    def prep_objects(self, verb: int, prep: str) -> list[int]:
        """The objects of ``prep`` hanging on the verb or on its direct object
        ("lodged a protest with the ambassador", "recalled its ambassador from Baku")."""
        out: list[int] = []
        heads = [verb, *[c for c in self._children[verb] if self.words[c].dep in OBJECTS]]
        for h in heads:
            for c in self._children[h]:
                if self.words[c].dep == "prep" and self.words[c].key == prep:
                    out += [g for g in self._children[c] if self.words[g].dep == "pobj"]
        return out

    def modified_noun(self, i: int) -> int:
        """The noun whose relative or participial clause holds word ``i`` (the innermost),
        else -1: "the contingent Pyongyang sent" gives "contingent" for "sent"."""
        j = i
        for _ in range(len(self.words)):
            w = self.words[j]
            if w.dep in MODIFYING_CLAUSES and w.head != j:
                return w.head
            if w.head == j:
                return -1
            j = w.head
        return -1

    def enclosing_clauses(self, i: int, temporal: frozenset[str]) -> list[tuple[int, int]]:
        """The spans of the clauses telling another act that do not hold word ``i``:
        relative and participial ("months after an incursion that Ukraine launched in
        August"), and temporal, opened by a word of ``temporal`` ("traded strikes after
        India launched ... on 7 May")."""
        out = []
        for j, w in enumerate(self.words):
            if w.dep in MODIFYING_CLAUSES or self._temporal(j, temporal):
                lo, hi = self.subtree(j)
                if not lo <= i < hi:
                    out.append((lo, hi))
        return out

    def _temporal(self, j: int, temporal: frozenset[str]) -> bool:
        if self.words[j].dep != "advcl":
            return False
        return any(
            self.words[c].dep == "mark" and self.words[c].key in temporal
            for c in self._children[j]
        )

    def char_spans(self, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Word spans as character spans."""
        return [(self.words[lo].start, self.words[hi - 1].end) for lo, hi in spans]


class LazyParse:
    """A sentence's parse, made the first time a question needs it: most sentences with a
    trigger are settled by the rules alone, and parsing is most of the time spent."""

    __slots__ = ("_done", "_make", "_parse")

    def __init__(self, make: Callable[[], Parse] | None) -> None:
        self._make = make
        self._parse: Parse | None = None
        self._done = make is None

    def get(self) -> Parse | None:
        if not self._done and self._make is not None:
            self._parse = self._make()
            self._done = True
        return self._parse

    def fill(self, parse: Parse) -> None:
        """Set the parse made elsewhere (the parser's batch of a document's sentences)."""
        self._parse = parse
        self._done = True

    @property
    def parsed(self) -> bool:
        return self._parse is not None
