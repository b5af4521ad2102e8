"""Human labels for codes: "PRKMIL" -> "North Korea (military)", "072" -> "provide military aid"."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.models import Actor, Mention, Place
from watchfloor.store import Store
from watchfloor.taxonomy import CameoTaxonomy, load_actors, load_cameo

ROLES = {
    "GOV": "government", "MIL": "military", "SPY": "intelligence", "LEG": "legislature",
    "MED": "media", "BUS": "business", "REB": "rebels", "JUD": "judiciary", "COP": "police",
    "OPP": "opposition", "CVL": "civilians",
}  # fmt: skip


@dataclass(frozen=True)
class Labeller:
    names: dict[str, str]  # actor or country code -> name
    cameo: CameoTaxonomy

    @classmethod
    def from_store(cls, store: Store) -> Labeller:
        dictionary = load_actors()
        names: dict[str, str] = {}
        # a body's own name before its agencies': IGOEEC is "European Union", not "Frontex"
        for kinds in (("country", "igo"), ("agency", "group")):
            for entry in dictionary.entries:
                if entry.kind in kinds:
                    names.setdefault(entry.code, entry.phrase)
        for code, label in store.actor_labels().items():
            names.setdefault(code, label)
        return cls(names, load_cameo())

    def actor(self, code: str) -> str:
        plain = len(code) == 3 or code.startswith("IGO") or code[3:] not in ROLES
        if code in self.names and plain:
            return self.names[code]
        country, role = code[:3], code[3:]
        name = self.names.get(country, country)
        return f"{name} ({ROLES[role]})" if role in ROLES else name

    def event(self, m: Mention) -> str:
        what = self.cameo.get(m.code).description if m.code in self.cameo else m.code
        target = f" → {self.actor(m.actor2.code)}" if m.actor2 else ""
        return f"{self.actor(m.actor1.code)}{target}: {what[:1].lower()}{what[1:]}"

    def source(self, code: str | None, actor: Actor | None) -> str:
        if code is None or actor is None:
            return "the reporting outlet"
        return f"{self.actor(code)} — “{actor.text}”"

    def place(self, place: Place | None) -> str | None:
        if place is None:
            return None
        if place.country and place.country not in place.name:
            return f"{place.name} ({place.country})"
        return place.name
