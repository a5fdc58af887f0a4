"""A brief's pair: a Belarusian region (or Belarus) and a partner abroad."""

from __future__ import annotations

from ..errors import PairError
from .region import Region
from .registry import RegionRegistry

HOME_COUNTRY = "belarus"


def resolve_pair(registry: RegionRegistry, region_name: str, partner_name: str) -> tuple[Region, Region]:
    """Resolve both names; the first must be Belarusian, the second a place abroad."""
    region = registry.resolve(region_name)
    partner = registry.resolve(partner_name)
    if region.country_id != HOME_COUNTRY:
        hint = ""
        if partner.country_id == HOME_COUNTRY:
            hint = f"\nThe Belarusian region comes first: briefer brief {partner.id} {region.id}"
        raise PairError(
            f"{region.name} is not a Belarusian region; a brief is about a Belarusian region "
            f"(or belarus) and a partner.{hint}",
            "region",
        )
    if partner.country_id == HOME_COUNTRY and not registry.within(partner.id, region.id):
        raise PairError(
            f"{partner.name} is in Belarus; the partner is a place abroad, "
            f"e.g. briefer brief {region.id} sichuan",
            "partner",
        )
    if registry.within(partner.id, region.id) or registry.within(region.id, partner.id):
        raise PairError(
            f"{partner.name} and {region.name} are not two sides of a partnership; "
            "name a partner abroad, e.g. briefer brief gomel sichuan",
            "partner",
        )
    return region, partner
