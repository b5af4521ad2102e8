"""English function words the extraction stages share: grammar, not domain data (the
domain's words live in ``extract/data``)."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string."""
    return frozenset(text.split())


PREPOSITIONS = words(
    "to with against of from in on at by for into toward towards near over around about "
    "between among alongside under across through after before since than like including "
    "via without within despite amid beside off"
)
# determiners and possessives before a noun ("the", "its", "their")
DETERMINERS = words("the a an its their his her our this that these those")
AUXILIARIES = words(
    "has have had is are was were will would could may might shall should can did does "
    "not never already"
)
BE = words("was were been being be is are")
# what makes a role word point back at an actor named before ("the soldiers")
DEFINITE = words("the these those its their his her our this that")
