import importlib.util
from collections.abc import Callable
from datetime import date

import pytest

from watchfloor.extract import Extractor
from watchfloor.extract.parser import MODEL
from watchfloor.extract.rules import Rules
from watchfloor.models import Document, Mention
from watchfloor.settings import Settings

Events = Callable[..., list[Mention]]
# tests of what only the trained parser reads
parsed = pytest.mark.skipif(
    importlib.util.find_spec(MODEL) is None, reason="the nlp extra is not installed"
)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The rules alone: these tests are of the rules' constructions; the learned
    proposer beside them has its own (test_learned.py)."""
    return Extractor.from_settings(Settings(event_model=None))


@pytest.fixture(scope="session")
def rules(extractor: Extractor) -> Rules:
    """The packaged rules, as the extractor loaded them."""
    return extractor.rules


@pytest.fixture(scope="session")
def events(extractor: Extractor) -> Callable[..., list[Mention]]:
    """Event mentions of a text, published on a given day (default 2024-10-18, a Friday)."""

    def run(text: str, published: date = date(2024, 10, 18)) -> list[Mention]:
        document = Document(id="t", text=text, published=published)
        return list(extractor.extract(document).mentions)

    return run


def brief(m: Mention) -> tuple[str, str, str | None]:
    return (m.code, m.actor1.code, m.actor2.code if m.actor2 else None)


def briefs(events: Events, text: str) -> set[tuple[str, str, str | None]]:
    """(code, actor1 country, actor2 country) of each event in ``text``."""
    return {(c, a1[:3], a2[:3] if a2 else None) for c, a1, a2 in map(brief, events(text))}


def titled_briefs(extractor: Extractor, title: str, text: str) -> set[tuple[str, str, str | None]]:
    """``briefs`` of a text under a headline: an undatelined story's title may say whose
    its nameless police and crowds are."""
    document = Document(id="t", text=text, published=date(2024, 10, 18), title=title)
    return {
        (m.code, m.actor1.code[:3], m.actor2.code[:3] if m.actor2 else None)
        for m in extractor.extract(document).mentions
    }
