"""Who speaks in a legislature's record: a member is the house's own state's
legislature, a minister its government, and a speaker once named with an office keeps
it when later labels give the surname alone ("Senator WONG:" after "Senator PENNY WONG
(Minister for Foreign Affairs):")."""

from __future__ import annotations

from collections.abc import Sequence

from watchfloor.extract.actors import ActorMention
from watchfloor.extract.text import Token
from watchfloor.models import Actor, Mention
from watchfloor.taxonomy.cameo import CameoTaxonomy

# what a label's seat in brackets names is a constituency, never the speaker's state:
# "Hon. Jane Roe (Wellington North, CPC)", "Calum Fraser (Edinburgh West) (LD)"
_SEATS = frozenset({"capital", "city"})
_HOUSES = frozenset({"agency", "role"})


def names_chamber(heads: Sequence[Sequence[ActorMention]]) -> bool:
    """Whether the title, outlet or first line of a text names a legislature ("Senate
    estimates", "Bundestag debate", "House of Commons, oral questions"): a record of
    that house, whose labelled turns are its members' and the government's. A house by
    its name, not "lawmakers" nor "Georgia's parliament" in a story about them."""
    return any(m.role == "LEG" and _house(m) for found in heads for m in found)


def _house(m: ActorMention) -> bool:
    """ "Senate", "the National Assembly", "House of Commons": one house by its name, not
    its members ("Lawmakers", "MPs") opening a line."""
    last = m.text.split()[-1] if m.text else ""
    members = last.endswith("s") and not last.endswith("ss")
    return m.kind in _HOUSES and m.text[:1].isupper() and (m.kind == "agency" or not members)


def without_seats(found: Sequence[ActorMention]) -> list[ActorMention]:
    """A label's actors without the towns that name a member's seat."""
    return [m for m in found if m.kind not in _SEATS]


def surname(label_tokens: Sequence[Token], title_words: frozenset[str]) -> str | None:
    """The last name word of a label: "Barrett" in "Ms KRISSY BARRETT (Commissioner,
    Australian Federal Police)"; where the label opens with an office ("The Minister for
    Europe (Stephen Doughty)", "THE MINISTER OF STATE (SHRI JANE ROE)"), the name in its
    brackets."""
    outside: list[str] = []
    inside: list[str] = []
    depth = 0
    for token in label_tokens:
        depth += (token.text == "(") - (token.text == ")")
        word = token.text.rstrip(".")
        name = len(word) >= 3 and word[:1].isupper() and word.isalpha()
        if name and word.casefold() not in title_words:
            (inside if depth else outside).append(word.title())
        if token.text == ")" and inside:
            break
    office = bool(label_tokens) and label_tokens[0].key == "the"
    names = inside if office else outside
    return names[-1] if names else None


def member(home: str, label: str) -> ActorMention:
    """A labelled speaker whose label gives no office of the state's own: a member of
    the house ("Deputy Aoife Brennan:", "Mr N S Matiase:", "Ms. Jane Roe (Anytown,
    NDP):"), so the state's legislature."""
    return ActorMention(-1, -1, f"{home}LEG", "LEG", "role", label, -1, -1)


def house_target(
    chamber: bool, home: str | None, mention: Mention, cameo: CameoTaxonomy
) -> Actor | None:
    """A minister's refusal in a legislature's record ("the Government will not cancel
    the agreement", class ``house_refusal``) answers the member who called for it: the
    annotators aim it at the house's own legislature (blind notes, batches 21-24). Only
    the home government refuses so; in a story ("Russia will not withdraw") no target."""
    if not chamber or home is None or mention.actor2 is not None:
        return None
    if not cameo.in_class(mention.code, "house_refusal"):
        return None
    actor = mention.actor1
    if actor.country != home or actor.code[3:] != "GOV":
        return None
    return Actor(f"{home}LEG", "the House")
