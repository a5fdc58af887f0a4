"""Where the fact base is thick and where it is thin: fact counts per pair and kind."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from ..places import HOME_COUNTRY, Region
from .model import FACT_KINDS, Fact, FactBase

THIN_BELOW = 3  # a pair with fewer facts than this needs research


@dataclass
class CoverageRow:
    region: Region
    partner: Region
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def as_json(self) -> dict[str, object]:
        return {
            "region": self.region.id,
            "partner": self.partner.id,
            "total": self.total,
            "by_kind": {kind: self.counts[kind] for kind in FACT_KINDS},
        }


def fact_sides(base: FactBase, fact: Fact) -> tuple[list[str], list[str]]:
    """A fact's Belarusian side (as oblasts, Minsk or Belarus) and its partners abroad."""
    homes = sorted(
        {_home_unit(base, r) for r in fact.regions if base.regions.get(r).country_id == HOME_COUNTRY}
    )
    partners = [r for r in fact.regions if base.regions.get(r).country_id != HOME_COUNTRY]
    return homes, partners


def _home_unit(base: FactBase, region_id: str) -> str:
    """The oblast (or Minsk, or Belarus) a Belarusian place belongs to."""
    chain = [region_id, *base.regions.ancestors(region_id)]
    for place, parent in pairwise(chain):
        if parent == HOME_COUNTRY:
            return place
    return region_id


def coverage(base: FactBase) -> list[CoverageRow]:
    """One row per Belarusian region and partner that share at least one fact."""
    rows: dict[tuple[str, str], CoverageRow] = {}
    for fact in base.facts:
        homes, partners = fact_sides(base, fact)
        for home in homes:
            for partner in partners:
                row = rows.get((home, partner))
                if row is None:
                    row = rows[(home, partner)] = CoverageRow(
                        base.regions.get(home), base.regions.get(partner)
                    )
                row.counts[fact.kind] += 1
    return sorted(rows.values(), key=lambda r: (r.region.id != HOME_COUNTRY, r.region.id, r.partner.id))


def coverage_table(rows: list[CoverageRow]) -> str:
    """A plain-text table: region, partner, total and a column per kind."""
    header = ["region", "partner", "total", *FACT_KINDS]
    lines = [header] + [
        [row.region.id, row.partner.id, str(row.total), *(str(row.counts[k] or "-") for k in FACT_KINDS)]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
    thin = sum(1 for row in rows if row.total < THIN_BELOW)
    text.append(f"{len(rows)} pairs; {thin} with fewer than {THIN_BELOW} facts")
    return "\n".join(text)
