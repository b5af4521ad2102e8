"""Double appeals: "urged Chad and Sudan to exercise restraint and to settle the incident
through dialogue" asks for two acts. The pattern naming more words would win the
overlap, whichever request it names; the first request is the appeal's code instead.

The gold sets differ on the second request: ood-01 annotates only the first (0256),
the blind notes give both codes (0256 and 027). Both agree on the first, so only it is
coded."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from watchfloor.extract.rules import Rules
from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger

T = TypeVar("T")

_JOINS = (("and",), (",", "and"), ("as", "well", "as"))


def first_requests(
    rules: Rules,
    tokens: tuple[Token, ...],
    readings: Sequence[tuple[Trigger, T]],
    kept: Sequence[tuple[Trigger, T]],
) -> list[tuple[Trigger, T]]:
    """``kept``, each appeal replaced by the reading of the same appeal verb that ends
    where a coordinated second request begins, when there is one."""
    out: list[tuple[Trigger, T]] = []
    for won, events in kept:
        first = next(
            (
                (other, found)
                for other, found in readings
                if _specific(rules, won)
                and _specific(rules, other)
                and other.first == won.first
                and other.last < won.last
                and other.pattern.code != won.pattern.code
                and _joined(tokens, other.last)
            ),
            (won, events),
        )
        out.append(first)
    return out


def _specific(rules: Rules, trigger: Trigger) -> bool:
    """A request that names an act: an appeal, or an account asked for (coded as a demand
    for information, CAMEO having no appeal for one); "urged X to" names none."""
    code = trigger.pattern.code
    return rules.in_code_class(code, "request") and not rules.in_code_class(code, "generic_appeal")


def _joined(tokens: tuple[Token, ...], end: int) -> bool:
    """ "restraint and to settle", "restraint, and return to talks": a second request
    right after the first one's last word."""
    return any(tuple(t.key for t in tokens[end : end + len(j)]) == j for j in _JOINS)
