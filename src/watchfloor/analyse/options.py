"""Response options: a playbook (YAML) of what the focal country can do, each option
with the indicators that make it relevant, its immediate and long-term effects, and
where those effects are argued.

    name: South Korea's responses (seed case)
    options:
      - id: sanctions
        title: Expand targeted sanctions with partners
        indicators: [forces-abroad, arms-transfers]   # relevant when any has fired
        require: any             # or 'all': only when every one has fired
        immediate: Heightened isolation of North Korea.
        long_term: Possible economic collapse.
        sources: ["the seed document: 'Response Type' table"]

``relevant_options`` lists the options whose indicators fired, each with the fired
indicators and the events behind them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from watchfloor.analyse.indicators import Hit, IndicatorResult
from watchfloor.errors import DataFileError
from watchfloor.yamlfile import Fields, load_yaml

PACKAGED_PLAYBOOK = "playbook_kor.yaml"
_FILE_KEYS = ("name", "options")
_OPTION_KEYS = ("id", "title", "indicators", "require", "immediate", "long_term", "sources")


@dataclass(frozen=True, slots=True)
class ResponseOption:
    id: str
    title: str
    indicators: tuple[str, ...]
    require_all: bool
    immediate: str
    long_term: str
    sources: tuple[str, ...]
    where: str


@dataclass(frozen=True, slots=True)
class Playbook:
    name: str
    options: tuple[ResponseOption, ...]
    file: str


@dataclass(frozen=True, slots=True)
class RelevantOption:
    option: ResponseOption
    fired: tuple[str, ...]  # the option's indicators that fired
    evidence: tuple[Hit, ...]  # their events, each once

    def to_record(self) -> dict[str, object]:
        o = self.option
        return {
            "id": o.id,
            "title": o.title,
            "immediate": o.immediate,
            "long_term": o.long_term,
            "sources": list(o.sources),
            "indicators": list(self.fired),
            "evidence": [{**h.evidence.to_record(), "why": h.why} for h in self.evidence],
        }


def load_playbook(path: Path | None = None) -> Playbook:
    source: Path | Traversable = path or resources.files("watchfloor.analyse").joinpath(
        "data", PACKAGED_PLAYBOOK
    )
    file, content = load_yaml(source)
    top = Fields(file, content, "a playbook", _FILE_KEYS)
    items = top.get_list("options")
    options = []
    seen: set[str] = set()
    for item, line in zip(items, items.item_lines, strict=True):
        option = _option(file, item)
        if option.id in seen:
            raise DataFileError(file, line, f"option id {option.id!r} is given twice")
        seen.add(option.id)
        options.append(option)
    return Playbook(top.get_str("name"), tuple(options), file)


def check_indicators(playbook: Playbook, known: set[str]) -> None:
    """Every indicator an option names must be defined: a typo would silently make the
    option never relevant."""
    for option in playbook.options:
        for name in option.indicators:
            if name not in known:
                file, line = option.where.rsplit(":", 1)
                raise DataFileError(
                    file,
                    int(line),
                    f"option {option.id!r} names indicator "
                    f"{name!r}, which no indicator set defines; "
                    f"known: {', '.join(sorted(known))}",
                )


def relevant_options(
    playbook: Playbook, results: Sequence[IndicatorResult]
) -> list[RelevantOption]:
    by_id = {r.indicator.id: r for r in results}
    out = []
    for option in playbook.options:
        fired = tuple(i for i in option.indicators if i in by_id and by_id[i].fired)
        relevant = len(fired) == len(option.indicators) if option.require_all else bool(fired)
        if not relevant:
            continue
        hits: dict[str, Hit] = {}
        for name in fired:
            for hit in by_id[name].hits:
                hits.setdefault(hit.evidence.event_id, hit)
        out.append(RelevantOption(option, fired, tuple(hits.values())))
    return out


def _option(file: str, item: object) -> ResponseOption:
    fields = Fields(file, item, "a response option", _OPTION_KEYS)
    require = fields.get_str("require", "any")
    if require not in ("any", "all"):
        raise fields.error("require", f"'require' must be 'any' or 'all', not {require!r}")
    return ResponseOption(
        id=fields.get_str("id"),
        title=fields.get_str("title"),
        indicators=fields.get_str_list("indicators", required=True),
        require_all=require == "all",
        immediate=fields.get_str("immediate"),
        long_term=fields.get_str("long_term"),
        sources=fields.get_str_list("sources", required=True),
        where=f"{file}:{fields.line_of('indicators')}",
    )
