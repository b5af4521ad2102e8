"""English function words the extraction stages share: grammar, not domain data (the
domain's words live in ``extract/data``)."""

from __future__ import annotations

from watchfloor.extract.text import Token


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
# quotation marks, straight, curly and angled, as tokens
QUOTES = words("\" “ ” « » '")
# what makes a role word point back at an actor named before ("the soldiers")
DEFINITE = words("the these those its their his her our this that")
# words that open a relative or adverbial clause: "an incursion that Ukraine launched",
# "after India launched", "as talks began"
# pronouns that open a relative clause ("the troops that North Korea sent")
RELATIVE_PRONOUNS = words("that which who whom whose")
CLAUSE_OPENERS = words(
    "that which who whom whose where when whenever while whereas after before since until "
    "till once as following because although though if unless whether having"
)
# irregular past tenses and participles, and common base or present forms that carry
# no regular suffix: a clause may hang on them ("troops sent in May", "forces it keeps")
IRREGULAR_VERBS = words(
    "sent sends send held holds hold made makes make said says say told tells tell led "
    "leads lead left leaves leave met meets meet began begun begins begin struck strikes "
    "fought fights fight brought brings bring bought built builds won wins lost loses "
    "shot shoots hit hits put puts set sets cut cuts kept keeps keep seized took taken "
    "takes take gave given gives give drove driven drives broke broken breaks chose chosen "
    "stole stolen beat beaten hid hidden shown shows saw seen sees went gone goes go came "
    "comes come ran runs run got gets get found finds flew flown flies fly fell falls "
    "fallen spent spends sold sells sought seeks stood stands spoke spoken speaks wrote "
    "written writes drew drawn draws grew grown grows knew known thought rose risen "
    "rises meant means paid pays laid lays lay lies bore borne withdrew withdrawn "
    "overran overtook undertook upheld understood swept sped slid shut spread sank sunk "
    "wore worn tore torn threw thrown fled caught taught felt lent dealt bound hung stuck "
    "swore sworn forbade forbidden forgave forgiven shed split spun slain dug fed sat rode "
    "ridden became become overcame foresaw foreseen withheld arose arisen let read quit"
)


def past_verb(token: Token) -> bool:
    """A lower-case verb in the past or one of the irregular verbs ("impounded", "sent"):
    what opens a second act after "and"."""
    key = token.key
    lower = token.text.isalpha() and token.text.islower()
    return lower and ((len(key) > 4 and key.endswith("ed")) or key in IRREGULAR_VERBS)
