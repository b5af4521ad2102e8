"""Whom a document speaks for, read from its title, outlet and first line: the chamber
whose record it is, the state whose body publishes it, the issuer of a statement and the
other state it answers."""

from __future__ import annotations

import re

from watchfloor.extract.actors import ActorMatcher, ActorMention
from watchfloor.extract.adversary import title_adversary
from watchfloor.extract.chamber import names_chamber
from watchfloor.extract.context import DocumentContext
from watchfloor.extract.issuer import statement_issuer
from watchfloor.extract.rules import Rules
from watchfloor.extract.text import tokenize
from watchfloor.models import Document

_BRACKETED = re.compile(r"\([^()]*\)")


class DocumentVoice:
    """Reads a document's heads with the extractor's actor matcher and rules."""

    def __init__(self, actors: ActorMatcher, rules: Rules) -> None:
        self.actors = actors
        self.rules = rules

    def chamber_country(self, body: str) -> str | None:
        """ "Extract from the House of Commons, oral answers": a transcript headed by its
        chamber comes from that chamber's state."""
        first = body.split("\n", 1)[0]
        found = self.actors.find(tokenize(first), first)
        return next((m.country for m in found if m.kind == "agency" and m.role == "LEG"), None)

    def named_house_country(self, document: Document) -> str | None:
        """ "National Assembly of the Republic of Slovenia, deputies' questions", "Sejm
        of the Republic of Poland": a record's title or outlet naming its house with the
        house's state (its own name, or "of" a state) gives the record that state."""
        for head in (document.title or "", document.outlet or ""):
            for m in self.actors.find(tokenize(head), head):
                if m.role == "LEG" and m.country and (m.kind == "agency" or " of " in m.text):
                    return m.country
        return None

    def names_chamber(self, document: Document, body: str) -> bool:
        heads = (document.title or "", document.outlet or "", body.split("\n", 1)[0])
        return names_chamber([self.actors.find(tokenize(head), head) for head in heads])

    def publisher_country(self, document: Document) -> str | None:
        """ "Parliament of the Republic of South Africa", "Houses of the Oireachtas": a text
        a state's own body publishes speaks for that state ("our ambassador"). A state the
        outlet names wins over a chamber it names ("House of Commons of Canada")."""
        outlet = document.outlet or ""
        tokens = tokenize(outlet)
        if not any(t.key in self.rules.class_words("STATE_BODY") for t in tokens):
            return None
        found = [m for m in self.actors.find(tokens, outlet) if m.code]
        named = [m for m in found if m.kind == "country"]
        bodies = [m for m in found if m.role in ("LEG", "GOV")]
        return next((m.country for m in [*named, *bodies]), None)

    def title_actor(self, document: Document) -> ActorMention | None:
        if not document.title:
            return None
        found = self.actors.find(tokenize(document.title), document.title)
        return next((m for m in found if m.kind in ("igo", "agency", "country")), None)

    def adversary(self, document: Document, context: DocumentContext) -> ActorMention | None:
        """Whom a state's own statement answers: the other state its title names."""
        if not context.official or not document.title:
            return None
        # "(unofficial translation)", "(translated from French)": no party to the matter
        title = _BRACKETED.sub(lambda m: " " * len(m.group()), document.title)
        return title_adversary(context.home, self.actors.find(tokenize(title), title))

    def issuer(self, document: Document) -> ActorMention | None:
        if not document.title:
            return None
        tokens = tokenize(document.title)
        found = self.actors.find(tokens, document.title)
        return statement_issuer(
            tokens,
            found,
            self.rules.class_words("STATEMENT"),
            self.rules.class_words("PRESS_STATEMENT"),
        )
