"""Extraction: a document's sentences, event mentions and tables (default backend: rules)."""

from watchfloor.extract.pipeline import Extractor
from watchfloor.extract.rules import Rules, load_rules

__all__ = ["Extractor", "Rules", "load_rules"]
