"""Event patterns: the query language of indicators and hypotheses.

A pattern matches resolved events (``Evidence``) by CAMEO code prefix, by who acts and
who is acted on (actor roles relative to the focal country), by the units of the
figures reported, and by certainty. In YAML::

    codes: ["072", "154"]          # CAMEO code prefixes; any of them
    actor1: [adversary]            # roles or actor codes; any of them
    actor2: [foreign]
    either_way: false              # true: also match with actor1 and actor2 swapped
    units: [shells, missiles]      # at least one figure in one of these units
    certainty: [asserted, reported, possible]    # the event's strongest certainty

Roles: ``focus`` (the focal country), ``adversary`` and ``partner`` (the countries the
file lists under ``adversaries`` and ``partners``), ``foreign`` (any actor outside the
focal country), ``any``, ``none`` (no target). Anything else is an actor code: three
letters match a country (``RUS``), more match that actor code and its refinements
(``PRKMIL``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from watchfloor.analyse.evidence import Evidence
from watchfloor.models import Certainty
from watchfloor.yamlfile import Fields

ROLES = ("focus", "adversary", "partner", "foreign", "any", "none")
PATTERN_KEYS = ("codes", "actor1", "actor2", "either_way", "units", "certainty")
CONFIRMED = (Certainty.ASSERTED, Certainty.REPORTED, Certainty.POSSIBLE)


@dataclass(frozen=True, slots=True)
class Roles:
    """Who the actor roles stand for in one assessment."""

    focus: str
    adversaries: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()

    def matches(self, wanted: str, actor: str | None) -> bool:
        if wanted == "any":
            return True
        if wanted == "none":
            return actor is None
        if actor is None:
            return False
        country = actor[:3]
        if wanted == "focus":
            return country == self.focus
        if wanted == "foreign":
            return country != self.focus
        if wanted == "adversary":
            return country in self.adversaries
        if wanted == "partner":
            return country in self.partners
        return actor.startswith(wanted)

    def describe(self, wanted: str) -> str:
        names = {
            "focus": self.focus,
            "adversary": "/".join(self.adversaries) or "none listed",
            "partner": "/".join(self.partners) or "none listed",
        }
        return f"{wanted} ({names[wanted]})" if wanted in names else wanted


@dataclass(frozen=True, slots=True)
class Pattern:
    codes: tuple[str, ...]
    actor1: tuple[str, ...] = ("any",)
    actor2: tuple[str, ...] = ("any",)
    either_way: bool = False
    units: tuple[str, ...] = ()
    certainty: tuple[Certainty, ...] = CONFIRMED

    def match(self, event: Evidence, roles: Roles) -> str | None:
        """Why ``event`` matches (a short phrase), or None when it does not."""
        code = next((c for c in self.codes if event.code.startswith(c)), None)
        if code is None or event.certainty not in self.certainty:
            return None
        if self.units and not set(self.units) & set(event.units):
            return None
        sides = self._sides(event.actor1, event.actor2, roles)
        if sides is None and self.either_way:
            sides = self._sides(event.actor2, event.actor1, roles)
        if sides is None:
            return None
        first, second = sides
        why = (
            f"code {event.code} under {code}, actor1 {roles.describe(first)}, "
            f"actor2 {roles.describe(second)}"
        )
        if self.units:
            why += f", figures in {'/'.join(sorted(set(self.units) & set(event.units)))}"
        return why + f", {event.certainty.value}"

    def _sides(self, one: str | None, two: str | None, roles: Roles) -> tuple[str, str] | None:
        if one is None:
            return None
        first = next((r for r in self.actor1 if roles.matches(r, one)), None)
        second = next((r for r in self.actor2 if roles.matches(r, two)), None)
        return (first, second) if first is not None and second is not None else None


def pattern_from(fields: Fields) -> Pattern:
    """A pattern from the keys of ``fields`` (only those of PATTERN_KEYS are read)."""
    codes = fields.get_str_list("codes", required=True)
    for code in codes:
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise fields.error(
                "codes",
                f'{code!r} is not a CAMEO code prefix (2 to 4 digits; quote it in YAML: "072")',
            )
    either = fields.raw("either_way")
    if either is not None and not isinstance(either, bool):
        raise fields.error("either_way", "'either_way' must be true or false")
    return Pattern(
        codes=codes,
        actor1=_actors(fields, "actor1"),
        actor2=_actors(fields, "actor2"),
        either_way=bool(either),
        units=fields.get_str_list("units"),
        certainty=_certainties(fields),
    )


def _actors(fields: Fields, key: str) -> tuple[str, ...]:
    values = fields.get_str_list(key) or ("any",)
    out = []
    for value in values:
        word = value if value in ROLES else value.upper()
        if word not in ROLES and not (word.isalpha() and len(word) in (3, 6)):
            raise fields.error(
                key,
                f"{value!r} is neither a role ({', '.join(ROLES)}) "
                "nor an actor code (a country, RUS, or a country and a role, PRKMIL)",
            )
        out.append(word)
    return tuple(out)


def _certainties(fields: Fields) -> tuple[Certainty, ...]:
    values = fields.get_str_list("certainty")
    if not values:
        return CONFIRMED
    known = {c.value: c for c in Certainty}
    for value in values:
        if value not in known:
            raise fields.error("certainty", f"{value!r} is not a certainty ({', '.join(known)})")
    return tuple(known[v] for v in values)


def country_list(fields: Fields, key: str) -> tuple[str, ...]:
    """A list of country codes (``adversaries``, ``partners``)."""
    values = tuple(v.upper() for v in fields.get_str_list(key))
    for value in values:
        if len(value) != 3 or not value.isalpha():
            raise fields.error(key, f"{value!r} is not a three-letter country code")
    return values


def first_match(patterns: Iterable[Pattern], event: Evidence, roles: Roles) -> str | None:
    return next((why for p in patterns if (why := p.match(event, roles)) is not None), None)
