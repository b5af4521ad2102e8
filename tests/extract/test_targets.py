"""The learned target: an act whose clause names no target takes one from the story
when the model, trained on gold, is sure; a state merely named nearby is not enough.
Invented states' pairs and sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor import Extractor, Settings
from watchfloor.extract.explain import explain
from watchfloor.extract.learned import load_event_model, save_event_model
from watchfloor.extract.training import TrainingSettings, train_event_model
from watchfloor.ingest import parse_document_text
from watchfloor.models import Document
from watchfloor.scoring import load_gold

from .test_learned import PAIRS  # the same invented pairs of states

ACCUSED = "{b} accused {a} of moving troops to the border on Monday."
THREAT = "{a} threatened to respond with force."
CALM = "The weather in {b} was mild for the season."


def _record(body: str, doc: str, sentence: str, code: str, a: str, b: str | None) -> str:
    start = body.index(sentence)
    return json.dumps({
        "doc": doc, "sentence": sentence, "span": [start, start + len(sentence)],
        "code": code, "root": code[:2], "quad_class": 4 if code[:2] == "11" else 3,
        "goldstein": -2.0 if code == "112" else -7.0,
        "actor1": {"code": a, "text": a}, "actor2": {"code": b, "text": b} if b else None,
        "date": None, "location": None, "quantity": None, "source": None,
        "certainty": "asserted",
    })  # fmt: skip


def _write(folder: Path, doc: str, sentences: list[str], records: list[tuple[str, ...]]) -> None:
    front = f'---\nid: {doc}\ntitle: "A report"\npublished: 2025-03-04\n---\n'
    body = " ".join(sentences) + "\n"
    (folder / f"{doc}.md").write_text(front + body, encoding="utf-8")
    text = parse_document_text(front + body, doc).text
    lines = [_record(text, doc, s, code, a, b or None) for s, code, a, b in records]
    (folder / f"{doc}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _gold(folder: Path) -> Path:
    """Half the stories answer an accusation with a threat, at the accuser; half make
    the same threat after a sentence that only names a state: no target."""
    folder.mkdir()
    for i, (a, ac, b, bc) in enumerate(PAIRS):
        accused, threat = ACCUSED.format(a=a, b=b), THREAT.format(a=a)
        _write(folder, f"answer-{i:02d}", [accused, threat],
               [(accused, "112", bc, ac), (threat, "138", ac, bc)])  # fmt: skip
        calm = CALM.format(b=b)
        _write(folder, f"calm-{i:02d}", [calm, threat], [(threat, "138", ac, "")])
    return folder


@pytest.fixture(scope="module")
def rules_alone() -> Extractor:
    return Extractor.from_settings(Settings(event_model=None))


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, rules_alone: Extractor) -> Extractor:
    gold = load_gold(_gold(tmp_path_factory.mktemp("targets") / "gold"))
    model, _ = train_event_model(rules_alone, gold, TrainingSettings())
    assert model.targets is not None
    return Extractor(rules_alone.taxonomy, rules_alone.rules, rules_alone.parser, None, model)


def _document(text: str) -> Document:
    return parse_document_text(f"---\nid: t\npublished: 2025-05-05\n---\n{text}\n", "t")


def _threats(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.actor1.code, m.actor2.code if m.actor2 else None)
        for m in extractor.extract(_document(text)).mentions
        if m.code == "138"
    ]


def test_an_answer_to_an_accusation_is_aimed_at_the_accuser(
    rules_alone: Extractor, trained: Extractor
) -> None:
    text = "Paraguay accused Bolivia of moving troops to the border on Monday. " + THREAT.format(
        a="Bolivia"
    )
    assert _threats(rules_alone, text) == [("BOL", None)]
    assert _threats(trained, text) == [("BOL", "PRY")]
    [line] = [x for x in explain(trained, _document(text)) if "EVENT     138" in x]
    assert "138 BOL -> PRY (learned target from the story, p=" in line


def test_a_state_only_named_before_is_no_target(trained: Extractor) -> None:
    text = CALM.format(b="Paraguay") + " " + THREAT.format(a="Bolivia")
    assert _threats(trained, text) == [("BOL", None)]


def test_a_target_the_clause_names_is_kept(trained: Extractor) -> None:
    text = (
        "Paraguay accused Bolivia of moving troops to the border. "
        "Bolivia threatened Chile with force."
    )
    assert _threats(trained, text) == [("BOL", "CHL")]


def test_a_model_file_without_targets_still_loads(tmp_path: Path, trained: Extractor) -> None:
    assert trained.model is not None
    path = tmp_path / "model.json"
    save_event_model(trained.model, path, {"documents": 20})
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["targets"]["threshold"] == TrainingSettings().target_threshold
    del data["targets"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_event_model(path).targets is None
