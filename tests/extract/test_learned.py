"""The learned event proposer: it learns from gold an act the rules have no word for, is
rebuilt byte for byte from the same gold, and refuses a broken model file by name."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from watchfloor import Extractor, Settings
from watchfloor.errors import ConfigError, DataFileError
from watchfloor.extract.explain import explain
from watchfloor.extract.learned import (
    FORMAT,
    ROOTS,
    EventModel,
    SentenceView,
    _open_roots,
    load_event_model,
    save_event_model,
)
from watchfloor.extract.rules import EventPattern
from watchfloor.extract.training import (
    TrainingSettings,
    _fit,
    _fit_roots,
    document_examples,
    fit_event_model,
    train_event_model,
)
from watchfloor.extract.triggers import Trigger
from watchfloor.ingest import parse_document_text
from watchfloor.models import Document
from watchfloor.scoring import load_gold
from watchfloor.settings import PACKAGED_EVENT_MODEL, load_settings, validate

# an invented verb no rule knows, between pairs of states no rule was written for
PAIRS = [("Chile", "CHL", "Peru", "PER"), ("Kenya", "KEN", "Uganda", "UGA"),
         ("Norway", "NOR", "Sweden", "SWE"), ("Ghana", "GHA", "Togo", "TGO"),
         ("Nepal", "NPL", "Bhutan", "BTN"), ("Greece", "GRC", "Albania", "ALB"),
         ("Laos", "LAO", "Vietnam", "VNM"), ("Oman", "OMN", "Yemen", "YEM"),
         ("Mali", "MLI", "Niger", "NER"), ("Spain", "ESP", "Portugal", "PRT")]  # fmt: skip
ACT = "{a} zorbled {b} near the border on Monday, officials said."
SENT = "North Korea sent troops to Russia, South Korea's spy agency said."
FILLER = "The weather in {a} was mild for the season."


def _record(doc: str, body: str, sentence: str, a: tuple[str, str], b: tuple[str, str]) -> str:
    start = body.index(sentence)
    return json.dumps({
        "doc": doc, "sentence": sentence, "span": [start, start + len(sentence)],
        "code": "190", "root": "19", "quad_class": 4, "goldstein": -10.0,
        "actor1": {"code": a[1], "text": a[0]}, "actor2": {"code": b[1], "text": b[0]},
        "date": None, "location": None, "quantity": None, "source": None,
        "certainty": "asserted",
    })  # fmt: skip


def _gold(folder: Path) -> Path:
    folder.mkdir()
    for i, (a, ac, b, bc) in enumerate(PAIRS):
        doc = f"zorb-{i:02d}"
        act, filler = ACT.format(a=a, b=b), FILLER.format(a=b)
        body = f"{filler}\n\n{act}\n"
        front = f'---\nid: {doc}\ntitle: "A report"\npublished: 2025-03-0{1 + i % 9}\n---\n'
        (folder / f"{doc}.md").write_text(front + body, encoding="utf-8")
        text = parse_document_text(front + body, doc).text
        line = _record(doc, text, act, (a, ac), (b, bc))
        (folder / f"{doc}.jsonl").write_text(line + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def rules_alone() -> Extractor:
    return Extractor.from_settings(Settings(event_model=None))


def _document(text: str) -> Document:
    return parse_document_text(f"---\nid: t\npublished: 2025-05-05\n---\n{text}\n", "t")


def test_it_learns_an_act_the_rules_have_no_word_for(
    tmp_path: Path, rules_alone: Extractor
) -> None:
    gold = load_gold(_gold(tmp_path / "gold"))
    model, counts = train_event_model(rules_alone, gold, TrainingSettings())
    assert counts == {"documents": 10, "records": 10, "sentences": 20}
    learned = Extractor(rules_alone.taxonomy, rules_alone.rules, rules_alone.parser, None, model)
    unseen = _document("Bolivia zorbled Paraguay near the border on Monday, officials said.")
    assert not rules_alone.extract(unseen).mentions
    [event] = learned.extract(unseen).mentions
    assert (event.code, event.actor1.code, event.actor2 and event.actor2.code) == (
        "190", "BOL", "PRY"
    )  # fmt: skip
    calm = _document("The weather in Bolivia was mild for the season.")
    assert not learned.extract(calm).mentions
    [line] = [x for x in explain(learned, unseen) if "EVENT" in x]
    assert "190 BOL -> PRY" in line and "(learned proposer, p=" in line
    [rule_line] = [x for x in explain(learned, _document(SENT)) if "EVENT" in x]
    assert "learned" not in rule_line


def test_the_same_gold_and_seed_give_the_same_file(tmp_path: Path, rules_alone: Extractor) -> None:
    gold = load_gold(_gold(tmp_path / "gold"))
    files = []
    for name in ("one.json", "two.json"):
        model, counts = train_event_model(rules_alone, gold, TrainingSettings(seed=3))
        save_event_model(model, tmp_path / name, counts)
        files.append((tmp_path / name).read_bytes())
    assert files[0] == files[1]
    assert load_event_model(tmp_path / "one.json").codes["19"] == "190"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("not json", "not a readable event model"),
        ('{"format": "something else"}', "not an event model"),
        (json.dumps({"format": FORMAT, "roots": {}}), "malformed"),
    ],
)
def test_a_broken_model_file_is_refused_by_name(tmp_path: Path, content: str, said: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=said) as caught:
        load_event_model(path)
    assert str(path) in str(caught.value)


def test_a_code_of_another_root_is_refused(tmp_path: Path) -> None:
    data = json.loads(PACKAGED_EVENT_MODEL.read_text(encoding="utf-8"))
    data["codes"]["19"] = "042"
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFileError, match="code 042 given for root 19"):
        load_event_model(path)


def test_the_setting_takes_a_file_or_off(tmp_path: Path) -> None:
    assert load_settings({}).event_model == PACKAGED_EVENT_MODEL
    assert load_settings({"WATCHFLOOR_EVENT_MODEL": "off"}).event_model is None
    with pytest.raises(ConfigError, match="does not exist"):
        validate(Settings(event_model=tmp_path / "none.json"))


def test_the_packaged_model_is_trained_on_the_bundled_dev_and_blind_gold() -> None:
    """Not on ood, which stays held out: its score with the model is a blind one."""
    data = json.loads(PACKAGED_EVENT_MODEL.read_text(encoding="utf-8"))
    root = Path(__file__).resolve().parents[1] / "data" / "gold"
    records = sum(
        len(p.read_text(encoding="utf-8").splitlines())
        for folder in ("dev", "blind")
        for p in (root / folder).glob("*.jsonl")
    )
    assert data["trained_on"]["records"] == records
    assert load_event_model(PACKAGED_EVENT_MODEL).root_threshold < 1.0


def test_watchfloor_train_writes_a_model_extract_then_uses(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from watchfloor.cli import main

    out = tmp_path / "zorb.json"
    runner = CliRunner(env={"WATCHFLOOR_EVENT_MODEL": None})
    trained = runner.invoke(main, ["train", str(_gold(tmp_path / "gold")), "--out", str(out),
                                   "--json"])  # fmt: skip
    assert trained.exit_code == 0, trained.output
    assert json.loads(trained.output) == {"model": str(out), "documents": 10, "records": 10,
                                          "sentences": 20}  # fmt: skip
    story = tmp_path / "story.md"
    story.write_text("---\nid: s\npublished: 2025-05-05\n---\nBolivia zorbled Paraguay near "
                     "the border on Monday, officials said.\n", encoding="utf-8")  # fmt: skip
    for model, events in (("off", 0), (str(out), 1)):
        runner = CliRunner(env={"WATCHFLOOR_EVENT_MODEL": model})
        extracted = runner.invoke(main, ["extract", str(story), "--format", "jsonl"])
        assert extracted.exit_code == 0, extracted.output
        assert len(extracted.output.splitlines()) == events
    missing = runner.invoke(main, ["train", str(tmp_path / "nowhere"), "--out", str(out)])
    assert missing.exit_code == 1 and "nowhere" in missing.output


def test_folds_fit_from_one_reading_of_the_gold(tmp_path: Path, rules_alone: Extractor) -> None:
    """Held-out folds refit from each document's examples, read once: the same model as
    training on the documents themselves."""
    gold = load_gold(_gold(tmp_path / "gold"))
    read = [document_examples(rules_alone, d) for d in gold]
    settings = TrainingSettings(seed=1)
    assert fit_event_model(read[2:], settings) == train_event_model(rules_alone, gold[2:], settings)


def _view(rule_roots: frozenset[str]) -> SentenceView:
    return SentenceView(tokens=(), actors=(), claimant=None, triggers=(), rule_roots=rule_roots)


def test_beside_the_rules_events_other_roots_open_only_when_asked() -> None:
    """A root whose words the rules never matched opens beside their events only for a
    model with an other_threshold under 1.0, and never the rules' own root."""
    beside = _view(frozenset({"19"}))
    assert _open_roots(beside) == {}
    opened = _open_roots(beside, True)
    assert "19" not in opened and set(opened) == set(ROOTS) - {"19"}
    assert all(t is None for t in opened.values())
    assert set(_open_roots(_view(frozenset()), True)) == set(ROOTS)


def test_each_kind_of_root_has_its_own_floor() -> None:
    model = EventModel(roots={}, pairs={}, codes={r: r + "0" for r in ROOTS}, root_threshold=0.6,
                       pair_threshold=0.3, beside_threshold=0.7, other_threshold=0.85)  # fmt: skip
    trigger = Trigger(EventPattern(code="190", slots=(), targets=(), origin="t"), 0, 1, -1)
    assert model._floor(_view(frozenset()), None) == 0.6
    assert model._floor(_view(frozenset({"04"})), trigger) == 0.7
    assert model._floor(_view(frozenset({"04"})), None) == 0.85
    assert EventModel({}, {}, {}, 0.6, 0.3).other_threshold == 1.0  # never, unless trained so


def test_other_threshold_survives_the_file_and_an_older_file_means_never(
    tmp_path: Path,
) -> None:
    model = replace(load_event_model(PACKAGED_EVENT_MODEL), other_threshold=0.8)
    save_event_model(model, tmp_path / "m.json", {"documents": 1})
    assert load_event_model(tmp_path / "m.json").other_threshold == 0.8
    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    del data["other_threshold"]
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_event_model(tmp_path / "old.json").other_threshold == 1.0


def test_the_twenty_roots_fitted_at_once_are_the_twenty_fitted_apart(
    tmp_path: Path, rules_alone: Extractor
) -> None:
    gold = load_gold(_gold(tmp_path / "gold"))
    examples = [e for d in gold for e in document_examples(rules_alone, d).roots]
    settings = TrainingSettings(seed=2, min_count=1, root_weight=2.0)
    together = _fit_roots(examples, settings)
    for root in ROOTS:
        labelled = [(f, 1.0 if root in held else 0.0) for f, held in examples]
        assert together[root] == _fit(labelled, settings, 2.0)
    assert together["19"]  # the act was learned, not an empty model compared with another


def test_weighting_the_acts_raises_their_probability(
    tmp_path: Path, rules_alone: Extractor
) -> None:
    gold = load_gold(_gold(tmp_path / "gold"))
    read = [document_examples(rules_alone, d) for d in gold]
    act = next(f for d in read for f, held in d.roots if "19" in held)
    calm = next(f for d in read for f, held in d.roots if not held)
    plain, _ = fit_event_model(read, TrainingSettings(root_weight=1.0))
    heavy, _ = fit_event_model(read, TrainingSettings(root_weight=3.0))
    i = ROOTS.index("19")
    assert heavy.root_probabilities(act)[i] > plain.root_probabilities(act)[i]
    assert heavy.root_probabilities(calm)[i] < 0.5  # a calm sentence stays calm


def test_by_default_an_act_of_another_root_is_proposed_beside_the_rules_event(
    tmp_path: Path, rules_alone: Extractor
) -> None:
    """Trained with the default settings, the model proposes beside a rules' event an
    act of a root whose words the rules matched nowhere (other_threshold < 1.0, chosen
    on the held-out bench); the same weights with other_threshold 1.0 never do."""
    gold = load_gold(_gold(tmp_path / "gold"))
    model, _ = train_event_model(rules_alone, gold, TrainingSettings())
    assert model.other_threshold == TrainingSettings().other_threshold < 1.0
    mixed = _document("Bolivia zorbled Paraguay and sent troops to Paraguay on Monday, "
                      "officials said.")  # fmt: skip
    assert {e.code for e in rules_alone.extract(mixed).mentions} == {"072"}
    learned = Extractor(rules_alone.taxonomy, rules_alone.rules, rules_alone.parser, None, model)
    assert {e.code for e in learned.extract(mixed).mentions} == {"072", "190"}
    never = replace(model, other_threshold=1.0)
    old = Extractor(rules_alone.taxonomy, rules_alone.rules, rules_alone.parser, None, never)
    assert {e.code for e in old.extract(mixed).mentions} == {"072"}


def test_by_default_a_sentence_holding_an_act_counts_twice(
    tmp_path: Path, rules_alone: Extractor
) -> None:
    """The default root_weight (2, chosen on the held-out bench) fits the weights of an
    explicit 2, not those of the old unweighted fit."""
    gold = load_gold(_gold(tmp_path / "gold"))
    read = [document_examples(rules_alone, d) for d in gold]
    default, _ = fit_event_model(read, TrainingSettings())
    assert TrainingSettings().root_weight == 2.0
    assert default.roots == fit_event_model(read, TrainingSettings(root_weight=2.0))[0].roots
    assert default.roots != fit_event_model(read, TrainingSettings(root_weight=1.0))[0].roots
