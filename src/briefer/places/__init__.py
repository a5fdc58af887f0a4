"""Places: the curated registry and its spellings, the ISO 3166 places behind it, and
the pair a brief is about."""

from .pairs import HOME_COUNTRY, resolve_pair
from .region import Region, normalize, sort_key
from .registry import LANGUAGE_NAMES, RegionRegistry, registry_from_data

__all__ = [
    "HOME_COUNTRY",
    "LANGUAGE_NAMES",
    "Region",
    "RegionRegistry",
    "normalize",
    "registry_from_data",
    "resolve_pair",
    "sort_key",
]
