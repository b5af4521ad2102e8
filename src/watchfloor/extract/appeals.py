"""Double appeals: "urged Chad and Sudan to exercise restraint and to settle the incident
through dialogue" asks for two acts. The pattern naming more words would win the
overlap, whichever request it names; the first request is the appeal's code instead.

The gold sets differ on the second request: ood-01 annotates only the first (0256),
the blind notes give both codes (0256 and 027). Both agree on the first, so only it is
coded."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from watchfloor.extract.text import Token
from watchfloor.extract.triggers import Trigger

T = TypeVar("T")

_APPEAL_ROOT = "02"
# an investigation or explanation asked for is coded as a demand for information (CAMEO
# has no appeal for one), but it is asked like any other request
_ASKED_LIKE_APPEALS = ("101",)
_GENERIC = "020"  # "urged X to": names no act, so never a request of its own
_JOINS = (("and",), (",", "and"), ("as", "well", "as"))


def first_requests(
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
                if _specific(won)
                and _specific(other)
                and other.first == won.first
                and other.last < won.last
                and other.pattern.code != won.pattern.code
                and _joined(tokens, other.last)
            ),
            (won, events),
        )
        out.append(first)
    return out


def _specific(trigger: Trigger) -> bool:
    code = trigger.pattern.code
    return (code.startswith(_APPEAL_ROOT) or code in _ASKED_LIKE_APPEALS) and code != _GENERIC


def _joined(tokens: tuple[Token, ...], end: int) -> bool:
    """ "restraint and to settle", "restraint, and return to talks": a second request
    right after the first one's last word."""
    return any(tuple(t.key for t in tokens[end : end + len(j)]) == j for j in _JOINS)
