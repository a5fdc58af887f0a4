"""The fact base: the pure model (facts, figures, scopes, sources, dates), loading it from
YAML layers through a cache, validating it, the contradictions in it, searching, adding
facts, the base as seen in one language, and the coverage of pairs."""

from ..text.formatting import CURRENCIES
from .load import check_fact_base, default_fact_root, display_path, load_fact_base
from .model import (
    FACT_KINDS,
    STALE_AFTER_MONTHS,
    TIES,
    TOPICS,
    Fact,
    FactBase,
    FactDate,
    Figure,
    Quote,
    Scope,
    Source,
    fact_as_json,
    months_before,
)

__all__ = [
    "CURRENCIES",
    "FACT_KINDS",
    "STALE_AFTER_MONTHS",
    "TIES",
    "TOPICS",
    "Fact",
    "FactBase",
    "FactDate",
    "Figure",
    "Quote",
    "Scope",
    "Source",
    "check_fact_base",
    "default_fact_root",
    "display_path",
    "fact_as_json",
    "load_fact_base",
    "months_before",
]
