"""Whom a row's act is aimed at when the table names only its host ("Port (host
state)": "Mombasa (Kenya)"): the host state itself, a place's state and never a firm of
it; or, for an act done with someone, the host's body the act cell names ("passage
exercise with the Kenya Navy")."""

from __future__ import annotations

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.table_cells import CellReader, distinct


def host_targets(
    reader: CellReader,
    host_text: str,
    act_text: str,
    at: int,
    acronyms: dict[str, ActorMention],
) -> list[ActorMention] | None:
    """The host state named by ``host_text`` (bare, as a place's state), or the body of
    that state which ``act_text`` names after the act (at ``at``; empty for an act not
    done with someone); None if the host cell names no state."""
    hosts = distinct(reader.actor_of(host_text, acronyms))
    if not hosts:
        place = reader.place_of(host_text)
        if place is None or not place.country:
            return None
        return [ActorMention(0, 0, place.country, "", "country", place.name, 0, 0)]
    host = hosts[-1]  # "Dar es Salaam (Tanzania)": the state, after the town
    # a state that hosts a drill takes part in it: no place alone (see ``_drill_alone``)
    state = ActorMention(0, 0, host.country, "", "country", host.text, 0, 0)
    bodies = [
        m for m in reader.actor_of(act_text, acronyms)
        if m.start >= at and m.country == host.country and len(m.code) > 3
    ]  # fmt: skip
    return bodies[:1] or [state]
