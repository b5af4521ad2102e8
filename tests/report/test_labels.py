"""Human labels for actor codes in briefs and the dashboard."""

from __future__ import annotations

from watchfloor.report.labels import Labeller
from watchfloor.store import Store


def test_a_body_is_named_by_its_own_name_before_its_agencies(evidence: Store) -> None:
    # the dictionary lists Frontex (an EU agency) under IGOEEC before the EU itself
    labels = Labeller.from_store(evidence)
    assert labels.actor("IGOEEC") == "European Union"
    assert labels.actor("PRKMIL") == "North Korea (military)"
