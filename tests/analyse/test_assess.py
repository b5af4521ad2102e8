"""assess() on stores with nothing in them, and with indicator sets for other foci."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from watchfloor.analyse.assess import assess, load_config, save_assessment
from watchfloor.errors import ConfigError
from watchfloor.store import Store, open_store


@pytest.fixture
def empty_store() -> Iterator[Store]:
    with open_store("sqlite://") as store:
        yield store


def test_an_empty_store_gives_the_baseline_and_no_evidence(empty_store: Store) -> None:
    found = assess(empty_store, "kor")
    assert found.focus == "KOR" and found.as_of is None
    assert found.threat.probability == 0.1 and found.threat.level == "low"
    assert not any(r.fired for r in found.indicators) and found.options == ()
    assert found.ach.matrix.rows == () and found.ach.analysis.posteriors == pytest.approx(
        (0.25, 0.25, 0.25, 0.25)
    )
    save_assessment(empty_store, found)
    again = assess(empty_store, "KOR")
    assert again.changes.lines == ("nothing changed",)
    assert again.to_record()["changes"]["since"] is not None


def test_sets_for_another_focus_are_refused_with_advice(empty_store: Store, tmp_path: Path) -> None:
    packaged = Path(__file__).resolve().parents[2] / "src/watchfloor/analyse/data"
    text = (packaged / "indicators_kor.yaml").read_text(encoding="utf-8")
    path = tmp_path / "jpn.yaml"
    path.write_text(text.replace("focus: KOR", "focus: JPN"), encoding="utf-8")
    config = load_config([path])
    with pytest.raises(ConfigError, match="no indicator set applies to KOR"):
        assess(empty_store, "KOR", config=config)
    with pytest.raises(ConfigError, match="three-letter country code"):
        assess(empty_store, "South Korea", config=config)
