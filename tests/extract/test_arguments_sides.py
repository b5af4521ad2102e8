"""A state and a rebel group of the same country are two sides: a joint act or an
exchange between them pairs them. Invented sentences."""

from collections.abc import Callable

from watchfloor.models import Mention

from .conftest import brief

Events = Callable[..., list[Mention]]


def test_talks_between_a_state_and_its_rebels_pair_them(events: Events) -> None:
    found = [brief(m) for m in events("Sudanese army and RSF delegations resumed talks in Jeddah.")]
    assert ("046", "SDNMIL", "SDNREB") in found
    assert ("046", "SDNMIL", None) not in found


def test_a_clash_between_a_state_and_its_rebels_goes_both_ways(events: Events) -> None:
    found = {brief(m) for m in events("Colombian troops and FARC dissidents clashed in Cauca.")}
    assert {("190", "COLMIL", "COLREB"), ("190", "COLREB", "COLMIL")} <= found


def test_two_organs_of_one_state_are_one_side(events: Events) -> None:
    found = [brief(m) for m in events("Kenya's army and police held talks in Nairobi.")]
    assert not any(a2 is not None and a2.startswith("KEN") for _, _, a2 in found)
