"""The extractor on hostile text and dates: it never raises, and what it gives points
into the text it was given."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from watchfloor.extract import Extractor
from watchfloor.models import Document
from watchfloor.settings import Settings

from .budget import examples, tried
from .strategies import any_date, hostile_text, mutated, seeds


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_settings(Settings())


def decoded(data: bytes) -> str:
    return data.decode("utf-8", "replace")


@given(st.one_of(hostile_text(), mutated(seeds((".md", ".txt"))).map(decoded)),
       st.one_of(st.none(), any_date()))  # fmt: skip
@examples(1500)
def test_extract_any_text_and_date(extractor: Extractor, text: str, published: date | None) -> None:
    tried("extractor")
    document = Document(id="fuzz", text=text, published=published)
    extraction = extractor.extract(document)
    for sentence in extraction.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for mention in extraction.mentions:
        start, end = mention.span
        assert 0 <= start <= end <= len(text)
        json.dumps(mention.to_record())  # every record can be printed
