"""The extractor's rule files (``extract/data/*``), loaded once into a frozen ``Rules``.

Every file is validated on load; an error names the file and line. A user's data folder
may hold files of the same names whose lines are added after the packaged ones."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import NoReturn

from watchfloor.errors import DataFileError
from watchfloor.extract.text import phrase_keys, tokenize

GAP = 8
_CODENAME = re.compile(r"[A-Z][\w/.]{2,}[-/]\d{2,4}[A-Z]?$")
CUE_KINDS = (
    "say", "according", "reported", "modal", "negation", "deny", "warn", "question", "happened",
    "proposal", "advice", "pundit", "counterfactual", "willing",
)  # fmt: skip
FLAGS = (
    "joint", "mutual", "needs_target", "wants_target", "reverse", "consequence", "answers",
    "near", "host", "to_place", "official", "recall", "disowned",
)  # fmt: skip
# classes of noun_classes.tsv the stages read by name, a word at a time: each must be
# there, and hold single words (a phrase in one would never match)
STAGE_CLASSES = (
    "NOT_PARTICIPLE", "ADJUNCT_ADVERB", "ADJUNCT_OPENER", "SCENE_OPENER", "SUBJECT_PRONOUN",
    "NOT_APPOSITION", "NOT_CONJUNCT", "LOCATIVE", "COUNTRY_LOCATIVE", "PLACE_SKIPPABLE",
    "PLACE_HEAD", "OF_PLACE", "COMPASS", "COMPASS_PART", "APPOSITION_END", "ADMIN_AREA",
    "ATTACK", "ARMED", "LAND_FEATURE", "SEA_FEATURE", "SEA_HEAD", "SETTLEMENT", "PLACE_AFTER",
    "NAME_COMPASS", "BARE_PLACE_AFTER", "BARE_PLACE_END", "NOT_PLACE_NAME", "PRONOUN", "NP_BREAK",
    "PLACING", "SAYING_PARTICIPLE", "GROUP_HEAD",
    "EVERYONE", "GROUP_NOUN", "APPEALED_GROUP", "STATE_NOUN", "GOVERNMENT_NOUN",
    "PARTNER_NOUN", "COLLECTIVE_NOUN", "SPEAKER", "TABLE_GROUP", "ACT_POINTER", "POINTER_END",
    "ANSWER_END", "OWNER", "CONTENT_OPENER", "DENIED_POINTER", "DENIED_ANY", "COUNTERPART",
    "NOT_INFINITIVE", "TEMPORAL_OPENER", "AIMED_AT", "LANDS_IN", "AIM_DETERMINER", "AIM_COMPASS",
    "FRONTIER", "FIGHTING", "POSTED_IN", "POST_OWNER", "ENVOY_TITLE", "PEOPLE_NOUN",
    "CONTROL_VERB", "STATE_BODY", "FEELING", "DELIBERATING", "BELONGING", "CREW", "CRAFT",
    "MILITARY_GROUP_NOUN", "STATEMENT", "OWNED_HEAD", "OWNING", "REJECTED_SAYING",
    "HELD_PEOPLE", "PRESS_STATEMENT", "CONDUCT_HEAD", "CROWD_DEMAND", "BARE_GOVERNMENT_HEAD",
    "BARE_GOVERNMENT", "DETAINED_GROUP", "NOT_HOME", "NATIONALS", "PERSON_TITLE",
    "POST_STAFF", "DIPLOMATIC_POST", "RECALLED_PEOPLE", "GROUP_REFERENCE", "COUNT_WORD", "ORIGIN",
    "MODIFIER_TRIGGER", "MODIFIED_HEAD", "FIRM_SITE",
    "IT_BODY", "FIRM_PEOPLE", "CURRENCY",
    "BARE_OFFICERS",
    "LICENCE", "FIRM_NOUN", "OWNED_BY", "BARE_PAIR_NEXT",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Slot:
    """One position of a trigger: any of ``words``; or, with ``gap``, up to that many
    arbitrary tokens."""

    words: frozenset[str] = frozenset()
    gap: int = 0
    codename: bool = False  # also a code name with its year: "Vostok-2022", "Ocean-2024"


@dataclass(frozen=True, slots=True)
class EventPattern:
    code: str
    slots: tuple[Slot, ...]
    targets: tuple[str, ...]
    joint: bool = False
    mutual: bool = False
    needs: tuple[str, ...] = ()
    needs_by: tuple[str, ...] = ()  # the actor's own words count: "protesters rallied"
    not_by: tuple[str, ...] = ()  # no word of these in the clause: "Turkish Airlines suspended"
    needs_target: bool = False
    wants_target: bool = False  # a target from elsewhere in the document also does
    plural: str | None = None
    reverse: bool = False
    consequence: bool = False
    disowned: bool = False  # "was not directed at X", says the speaker: it denies aiming at X
    near: bool = False  # actor1 only from the trigger's own noun phrase
    answers: bool = False  # "a charge Chad rejects": the actor inside answers the first
    host: bool = False  # done to a foreign envoy: in the passive the envoy is the target
    to_place: bool = False  # a foreign place it leads to names its target: "visited Mombasa"
    official: bool = False  # only a state or its government acts so: "the Ministry protests"
    recall: bool = False  # "X's ambassador in Y has been recalled": X acts on Y, or no one
    origin: str = ""
    # the words each later fixed slot takes: a sentence that holds none of one set cannot
    # match, and most patterns with a gap are ruled out by one look instead of a search
    later: tuple[frozenset[str], ...] = ()


# a context actor's code for the state the text speaks for: "the Kingdom" in a Dutch
# minister's answer, "our country" in a ministry's statement
HOME = "HOME"


@dataclass(frozen=True, slots=True)
class ContextActor:
    """A name that means ``code`` once one of ``requires`` is mentioned ("the North")."""

    words: tuple[str, ...]  # as written, case kept
    code: str
    requires: frozenset[str]


@dataclass(frozen=True, slots=True)
class SharedDemonym:
    """One demonym two states share: ``word`` casefolded; ``usual`` the dictionary's
    reading, ``other`` the state it means in a story from or about the other."""

    word: str
    usual: str
    other: str
    usual_names: re.Pattern[str]
    other_names: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Rules:
    patterns: Mapping[str, tuple[EventPattern, ...]]  # first-slot word -> patterns
    classes: Mapping[str, tuple[tuple[str, ...], ...]]  # class -> word sequences
    cues: Mapping[str, tuple[tuple[str, ...], ...]]  # cue kind -> phrases as token keys
    cue_index: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (phrase, kind)
    units: Mapping[str, str]  # word -> unit
    quantity_units: Mapping[str, frozenset[str]]  # code prefix -> units its quantity counts
    abbreviations: frozenset[str]
    event_nouns: Mapping[str, tuple[str, ...]]  # noun -> CAMEO roots it refers back to
    threats: Mapping[str, str]  # code prefix of an act -> the code of threatening it
    intents: Mapping[str, str]  # code prefix of an act -> the code of offering it
    context_actors: Mapping[str, tuple[ContextActor, ...]]  # first word as written -> names
    single_words: Mapping[str, frozenset[str]]  # class -> its one-word members
    # the taxonomy's classes of CAMEO codes (cameo_classes.tsv): name -> code prefixes
    code_classes: Mapping[str, tuple[str, ...]]
    # demonyms two states share (shared_demonyms.tsv): "Dominican" is DOM or DMA
    shared_demonyms: tuple[SharedDemonym, ...] = ()

    def counts(self, code: str, unit: str) -> bool:
        """Whether an event of ``code`` may have a quantity in ``unit``."""
        prefix = max((p for p in self.quantity_units if code.startswith(p)), key=len, default=None)
        return prefix is None or unit in self.quantity_units[prefix]

    def in_code_class(self, code: str, name: str) -> bool:
        """Whether ``code`` starts with a prefix of the taxonomy's class ``name``."""
        prefixes = self.code_classes.get(name)
        if prefixes is None:
            raise KeyError(f"no class {name} in cameo_classes.tsv: the extractor needs it")
        return code.startswith(prefixes)

    def class_words(self, name: str) -> frozenset[str]:
        """The one-word members of the class ``name`` of ``noun_classes.tsv``."""
        found = self.single_words.get(name)
        if found is None:
            raise KeyError(f"no class {name} in noun_classes.tsv: the extractor needs it")
        return found


def load_rules(
    extra_dir: Path | None = None,
    known_codes: frozenset[str] | None = None,
    code_classes: Mapping[str, tuple[str, ...]] | None = None,
) -> Rules:
    """Load the packaged rule files, plus same-named files in ``extra_dir``;
    ``code_classes``: the taxonomy's classes of CAMEO codes, which the rules consult."""
    classes = _load_classes(_rows("noun_classes.tsv", extra_dir, 2))
    patterns = _load_patterns(_rows("event_patterns.tsv", extra_dir, 4), classes, known_codes)
    cues = _load_cues(_rows("cues.tsv", extra_dir, 2))
    units = {
        word: unit
        for unit, words, _ in _rows("units.tsv", extra_dir, 2)
        for word in _split_words(words)
    }
    quantity_units = {
        prefix: frozenset(_split_words(names))
        for prefix, names, _ in _rows("quantity_units.tsv", extra_dir, 2)
    }
    abbreviations = frozenset(
        fields[0].casefold() for fields, _ in _lines("abbreviations.txt", extra_dir)
    )
    event_nouns = {
        noun.casefold(): tuple(r.strip() for r in roots.split(","))
        for roots, nouns, _ in _rows("event_nouns.tsv", extra_dir, 2)
        for noun in _split_words(nouns)
    }
    threats = {prefix: code for prefix, code, _ in _rows("threats.tsv", extra_dir, 2)}
    intents = _load_intents(_rows("intents.tsv", extra_dir, 2), known_codes)
    context_actors = tuple(
        _context_actor(phrase, code, requires, origin)
        for phrase, code, requires, origin in _rows("context_actors.tsv", extra_dir, 3)
    )
    return Rules(
        patterns=MappingProxyType(patterns),
        classes=MappingProxyType(classes),
        cues=MappingProxyType(cues),
        cue_index=MappingProxyType(_index_cues(cues)),
        units=MappingProxyType(units),
        quantity_units=MappingProxyType(quantity_units),
        abbreviations=abbreviations,
        event_nouns=MappingProxyType(event_nouns),
        threats=MappingProxyType(threats),
        intents=MappingProxyType(intents),
        context_actors=MappingProxyType(_index_context_actors(context_actors)),
        single_words=MappingProxyType(
            {name: frozenset(s[0] for s in seqs if len(s) == 1) for name, seqs in classes.items()}
        ),
        code_classes=MappingProxyType(dict(code_classes or {})),
        shared_demonyms=_load_shared_demonyms(_rows("shared_demonyms.tsv", extra_dir, 5)),
    )


def _context_actor(phrase: str, code: str, requires: str, origin: str) -> ContextActor:
    """One row of context_actors.tsv: HOME, the state the text speaks for, stands alone."""
    needs = frozenset(_split_words(requires))
    if (code == HOME) != (needs == {HOME}):
        _fail(origin, f"{HOME} is both the code and the sole requirement of a row, or neither")
    if code != HOME and not (code.isalpha() and code.isupper() and len(code) >= 3):
        _fail(origin, f"actor code {code!r} must be upper-case letters")
    return ContextActor(tuple(t.text for t in tokenize(phrase)), code, needs)


def _index_context_actors(
    actors: tuple[ContextActor, ...],
) -> dict[str, tuple[ContextActor, ...]]:
    index: dict[str, list[ContextActor]] = defaultdict(list)
    for actor in actors:
        index[actor.words[0]].append(actor)
    return {word: tuple(found) for word, found in index.items()}


def inflections(word: str) -> tuple[str, ...]:
    """Regular verb and plural forms of ``word``; extra forms that are not English are
    harmless because they never occur in text."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return (word, word[:-1] + "ies", word[:-1] + "ied", word + "ing")
    if word.endswith("ee"):
        return (word, word + "s", word + "d", word + "ing")
    if word.endswith("e"):
        return (word, word + "s", word + "d", word[:-1] + "ing")
    forms = [word, word + "s", word + "es", word + "ed", word + "ing"]
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou":
        forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
    return tuple(forms)


def _lines(name: str, extra_dir: Path | None) -> Iterator[tuple[list[str], str]]:
    """(tab-separated fields, "file:line") of every non-comment line."""
    sources: list[tuple[str, str]] = [
        (f"watchfloor/extract/data/{name}", _packaged(name)),
    ]
    if extra_dir is not None and (extra_dir / name).is_file():
        sources.append((str(extra_dir / name), (extra_dir / name).read_text("utf-8")))
    for label, text in sources:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                yield line.rstrip("\n").split("\t"), f"{label}:{number}"


def _rows(name: str, extra_dir: Path | None, width: int) -> Iterator[list[str]]:
    """Rows of exactly ``width`` fields, each followed by its "file:line" origin."""
    for fields, origin in _lines(name, extra_dir):
        if len(fields) != width or not all(f.strip() for f in fields):
            _fail(origin, f"expected {width} non-empty tab-separated columns, got {len(fields)}")
        yield [f.strip() for f in fields] + [origin]


def _packaged(name: str) -> str:
    return (resources.files("watchfloor.extract") / "data" / name).read_text("utf-8")


def _load_classes(rows: Iterator[list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    classes: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name, words, origin in rows:
        if not name.isupper():
            _fail(origin, f"class name {name!r} must be upper case")
        phrases = [phrase_keys(w) for w in _split_words(words)]
        if name in STAGE_CLASSES:
            for word, phrase in zip(_split_words(words), phrases, strict=True):
                if len(phrase) != 1:
                    _fail(origin, f"{name} holds single words: {word!r} is {len(phrase)}")
        classes[name] += phrases
    missing = [name for name in STAGE_CLASSES if name not in classes]
    if missing:
        raise DataFileError(
            "watchfloor/extract/data/noun_classes.tsv", None, f"no class {', '.join(missing)}"
        )
    return {name: tuple(seqs) for name, seqs in classes.items()}


def _load_cues(rows: Iterator[list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    cues: dict[str, list[tuple[str, ...]]] = {kind: [] for kind in CUE_KINDS}
    for kind, phrases, origin in rows:
        if kind not in cues:
            _fail(origin, f"unknown cue kind {kind!r}: use one of {', '.join(CUE_KINDS)}")
        cues[kind] += [phrase_keys(p) for p in _split_words(phrases)]
    return {kind: tuple(sorted(seqs, key=len, reverse=True)) for kind, seqs in cues.items()}


def _index_cues(
    cues: Mapping[str, tuple[tuple[str, ...], ...]],
) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for kind, phrases in cues.items():
        for phrase in phrases:
            if phrase:
                index[phrase[0]].append((phrase, kind))
    return {k: tuple(sorted(v, key=lambda pk: -len(pk[0]))) for k, v in index.items()}


def _load_patterns(
    rows: Iterator[list[str]],
    classes: Mapping[str, tuple[tuple[str, ...], ...]],
    known_codes: frozenset[str] | None,
) -> dict[str, tuple[EventPattern, ...]]:
    index: dict[str, list[EventPattern]] = defaultdict(list)
    for code, trigger, target, flags, origin in rows:
        if not code.isdigit() or not 2 <= len(code) <= 4:
            _fail(origin, f"code {code!r} must be a CAMEO code of 2-4 digits")
        if known_codes is not None and code not in known_codes:
            _fail(origin, f"code {code!r} is not in the CAMEO taxonomy")
        pattern = _pattern(code, trigger, target, flags, classes, origin)
        for word in pattern.slots[0].words:
            index[word].append(pattern)
    return {word: tuple(patterns) for word, patterns in index.items()}


def _pattern(
    code: str,
    trigger: str,
    target: str,
    flags: str,
    classes: Mapping[str, tuple[tuple[str, ...], ...]],
    origin: str,
) -> EventPattern:
    slots = tuple(_slot(part, classes, origin) for part in trigger.split())
    if not slots or slots[0].gap or slots[-1].gap:
        _fail(origin, f"trigger {trigger!r} must start and end with a word")
    flag_set = set() if flags == "-" else {f.strip() for f in flags.split(",")}
    needs = tuple(sorted(f.split("=", 1)[1] for f in flag_set if f.startswith("needs=")))
    needs_by = tuple(sorted(f.split("=", 1)[1] for f in flag_set if f.startswith("by=")))
    not_by = tuple(sorted(f.split("=", 1)[1] for f in flag_set if f.startswith("not_by=")))
    plural = next((f.split("=", 1)[1] for f in flag_set if f.startswith("plural=")), None)
    if plural is not None and not (plural.isdigit() and 2 <= len(plural) <= 4):
        _fail(origin, f"plural={plural}: must be a CAMEO code")
    for name in needs + needs_by + not_by:
        if name not in classes:
            _fail(origin, f"needs={name}: no such class in noun_classes.tsv")
    valued = ("needs=", "by=", "not_by=", "plural=")
    unknown = {f for f in flag_set if not f.startswith(valued)} - set(FLAGS)
    if unknown:
        _fail(origin, f"unknown flag(s) {', '.join(sorted(unknown))}: use {', '.join(FLAGS)}")
    return EventPattern(
        code=code,
        slots=slots,
        targets=() if target == "-" else tuple(t.strip() for t in target.split(",")),
        joint="joint" in flag_set,
        mutual="mutual" in flag_set,
        needs=needs,
        needs_by=needs_by,
        not_by=not_by,
        needs_target="needs_target" in flag_set or "wants_target" in flag_set,
        wants_target="wants_target" in flag_set,
        plural=plural,
        reverse="reverse" in flag_set,
        consequence="consequence" in flag_set,
        disowned="disowned" in flag_set,
        near="near" in flag_set,
        answers="answers" in flag_set,
        host="host" in flag_set,
        to_place="to_place" in flag_set,
        official="official" in flag_set,
        recall="recall" in flag_set,
        origin=origin,
        later=tuple(s.words for s in slots[1:] if not s.gap and not s.codename),
    )


def plural(word: str) -> str:
    """The regular plural of a noun: "ambassador" -> "ambassadors", "party" -> "parties"."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _slot(part: str, classes: Mapping[str, tuple[tuple[str, ...], ...]], origin: str) -> Slot:
    if part == "~":
        return Slot(gap=GAP)
    words: set[str] = set()
    codename = False
    for alternative in part.split("|"):
        if alternative == "@CODENAME":
            codename = True
        elif alternative.startswith("@"):
            name = alternative[1:]
            if name not in classes:
                _fail(origin, f"@{name}: no such class in noun_classes.tsv")
            words |= {seq[0] for seq in classes[name] if len(seq) == 1}
        elif alternative.endswith("+"):
            words |= set(inflections(alternative[:-1].casefold()))
        elif alternative:
            # a noun's plural says the same act: "recalled its ambassador", "recalling
            # its ambassadors"; a verb's -s form is its third person
            word = alternative.casefold().replace("’", "'")
            words.add(word)
            if word.isalpha() and len(word) >= 4:
                words.add(plural(word))
    if not words and not codename:
        _fail(origin, f"empty word alternative in {part!r}")
    return Slot(words=frozenset(words), codename=codename)


def is_codename(text: str) -> bool:
    """An operation's or exercise's code name: capitalised, ending in its year or number
    ("Zapad-2021", "Northern/Interaction-2024", "Strait Thunder-2025A")."""
    return bool(_CODENAME.match(text))


def _split_words(field: str) -> list[str]:
    return [w.strip() for w in field.split("|") if w.strip()]


def _load_intents(rows: Iterator[list[str]], known_codes: frozenset[str] | None) -> dict[str, str]:
    intents: dict[str, str] = {}
    for prefix, code, origin in rows:
        if not code.startswith("03") or (known_codes is not None and code not in known_codes):
            _fail(origin, f"{code!r} is no CAMEO intent code (03...)")
        intents[prefix] = code
    return intents


def _fail(origin: str, reason: str) -> NoReturn:
    path, _, line = origin.rpartition(":")
    raise DataFileError(path, int(line), reason)


def _load_shared_demonyms(rows: Iterator[list[str]]) -> tuple[SharedDemonym, ...]:
    """The pairs, validated: both codes three upper-case letters, and distinct."""
    out: list[SharedDemonym] = []
    for word, usual, other, usual_names, other_names, origin in rows:
        for code in (usual, other):
            if not (len(code) == 3 and code.isalpha() and code.isupper()):
                _fail(origin, f"country code {code!r} must be three upper-case letters")
        if usual == other:
            _fail(origin, f"{word}: the two states must differ")
        out.append(
            SharedDemonym(
                word.casefold(), usual, other, _whole_names(usual_names), _whole_names(other_names)
            )
        )
    return tuple(out)


def _whole_names(phrases: str) -> re.Pattern[str]:
    """Whole-word alternatives: "Dominica" never matches inside "Dominican"."""
    parts = sorted((p.strip() for p in phrases.split("|") if p.strip()), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in parts) + r")(?![\w-])")
