"""ICD 203's expressions of likelihood (``data/icd203.tsv``): seven bands of
probability, each with its term, the synonyms the directive allows and the threat level
an assessment names it by. The threat judgment (``analyse.threat``) and the briefing's
key judgments (``report.judgments``) both read this one table."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from watchfloor.errors import DataFileError
from watchfloor.taxonomy._tsv import DataSource, Row, packaged, read_rows, split_names

ICD203_FILE = "icd203.tsv"
_COLUMNS = ("low", "high", "term", "threat_level", "synonyms")


@dataclass(frozen=True, slots=True)
class Band:
    """One expression of likelihood; ``low`` and ``high`` are percent."""

    low: int
    high: int
    term: str
    synonyms: tuple[str, ...]
    threat_level: str


@dataclass(frozen=True, slots=True)
class LikelihoodScale:
    bands: tuple[Band, ...]

    @property
    def terms(self) -> frozenset[str]:
        """Every accepted expression, synonyms included, case-folded."""
        return frozenset(w.casefold() for b in self.bands for w in (b.term, *b.synonyms))

    def band_of(self, probability: float) -> Band:
        """The band holding ``probability`` (0-1); a value on a boundary is in the band
        below it, and values outside 1-99% are in the first or last band."""
        for band in self.bands:
            if round(probability * 100, 9) <= band.high:  # 0.55 * 100 is 55.00000000000001
                return band
        return self.bands[-1]

    def band_named(self, term: str) -> Band | None:
        wanted = term.casefold()
        for band in self.bands:
            if wanted in {w.casefold() for w in (band.term, *band.synonyms)}:
                return band
        return None


@cache
def likelihood_scale() -> LikelihoodScale:
    """The packaged scale, read and checked once."""
    return load_likelihood_scale()


def load_likelihood_scale(path: Path | None = None) -> LikelihoodScale:
    """Read and validate a scale (default: the packaged ICD 203 one): bands that run from
    1 to 99 percent without gaps or overlaps, each term named once."""
    source: DataSource = path if path is not None else packaged(ICD203_FILE)
    bands: list[Band] = []
    seen: set[str] = set()
    for row in read_rows(source, _COLUMNS, required=4):
        band = _band(row, bands[-1].high if bands else 1)
        words = {w.casefold() for w in (band.term, *band.synonyms)}
        if words & seen:
            raise row.error(f"{', '.join(sorted(words & seen))} already names another band")
        seen |= words
        bands.append(band)
    if not bands or bands[-1].high != 99:
        raise DataFileError(str(source), None, "the bands must end at 99 percent")
    return LikelihoodScale(tuple(bands))


def _band(row: Row, starts_at: int) -> Band:
    try:
        low, high = int(row.fields[0]), int(row.fields[1])
    except ValueError:
        raise row.error("low and high must be whole percents") from None
    if low != starts_at or not low < high <= 99:
        raise row.error(f"band {low}-{high} must start at {starts_at} and end above it, at most 99")
    synonyms = split_names(row, row.fields[4], "synonyms")
    return Band(low, high, row.fields[2], synonyms, row.fields[3])
