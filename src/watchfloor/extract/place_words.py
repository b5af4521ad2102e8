"""The word classes that find places (``noun_classes.tsv``), taken once from the rules."""

from __future__ import annotations

from dataclasses import dataclass

from watchfloor.extract.rules import Rules


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """What the place finders read the words around a name by (the classes' comments in
    ``noun_classes.tsv`` say what each holds)."""

    locative: frozenset[str]
    country_locative: frozenset[str]
    skippable: frozenset[str]
    heads: frozenset[str]
    of_place: frozenset[str]
    compass: frozenset[str]
    compass_part: frozenset[str]
    apposition_end: frozenset[str]
    admin: frozenset[str]
    attacks: frozenset[str]
    armed: frozenset[str]  # the attacks too
    features: frozenset[str]  # heads after a name: land and sea features
    sea_features: frozenset[str]
    sea_heads: frozenset[str]
    settlements: frozenset[str]
    place_after: frozenset[str]
    name_compass: frozenset[str]
    bare_after: frozenset[str]
    bare_end: frozenset[str]
    not_names: frozenset[str]
    demonyms: frozenset[str] = frozenset()  # "Russian base" is no place's name

    @classmethod
    def from_rules(cls, rules: Rules) -> PlaceWords:
        attacks = rules.class_words("ATTACK")
        sea_features = rules.class_words("SEA_FEATURE")
        return cls(
            locative=rules.class_words("LOCATIVE"),
            country_locative=rules.class_words("COUNTRY_LOCATIVE"),
            skippable=rules.class_words("PLACE_SKIPPABLE"),
            heads=rules.class_words("PLACE_HEAD"),
            of_place=rules.class_words("OF_PLACE"),
            compass=rules.class_words("COMPASS"),
            compass_part=rules.class_words("COMPASS_PART"),
            apposition_end=rules.class_words("APPOSITION_END"),
            admin=rules.class_words("ADMIN_AREA"),
            attacks=attacks,
            armed=attacks | rules.class_words("ARMED"),
            features=rules.class_words("LAND_FEATURE") | sea_features,
            sea_features=sea_features,
            sea_heads=rules.class_words("SEA_HEAD"),
            settlements=rules.class_words("SETTLEMENT"),
            place_after=rules.class_words("PLACE_AFTER"),
            name_compass=rules.class_words("NAME_COMPASS"),
            bare_after=rules.class_words("BARE_PLACE_AFTER"),
            bare_end=rules.class_words("BARE_PLACE_END"),
            not_names=rules.class_words("NOT_PLACE_NAME"),
        )
