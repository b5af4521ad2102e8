"""Targets of protests held abroad: "About 30 Swedish Sámi began a hunger strike
outside the Storting in Oslo", "Twelve Eritrean asylum seekers have begun a hunger strike
opposite the Knesset". A crowd of one state's people that protests, strikes or riots in
another state, naming no one it protests against, protests against the state it is in:
the annotators aim such protests at the host's government (dev and blind gold to bl-732:
the host in 39 of 42 protests abroad by people, another state in 3, none in 0)."""

from __future__ import annotations

from watchfloor.extract.events import Assembled
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy import CameoTaxonomy
from watchfloor.taxonomy.actors import STATE_ROLES


def protest_target(
    event: Assembled, mention: Mention, cameo: CameoTaxonomy, home: str | None = None
) -> Actor | None:
    """The government of the state the protest is held in, when the protesters are
    people of another state (not its organs) and the sentence names no target. With no
    place the gazetteer knows ("outside the Nyamapanda border post", "the access road to
    the Alat port"), the state the story stands in (``home``: its dateline's):
    a wire story tells the protests of foreigners where it is datelined."""
    if mention.actor2 is not None or not cameo.in_class(mention.code, "protest_abroad"):
        return None
    actor = event.actor1
    own = actor.country
    if len(own) != 3 or own == "IGO" or actor.role in STATE_ROLES:
        return None  # a state's own protest names whom it protests to
    place = mention.location
    if place is None or not place.country:
        if home is None or home == own:
            return None
        return Actor(home + "GOV", home)
    if place.country == own:
        return None
    return Actor(place.country + "GOV", place.name)
