"""Where the fact base is thick and where it is thin, and where it is old: fact counts per
pair and kind, with the date of the pair's newest fact and the period of its newest
figure."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from ..places import HOME_COUNTRY, Region
from .model import FACT_KINDS, Fact, FactBase

THIN_BELOW = 3  # a pair with fewer facts than this needs research
OLD_AFTER_YEARS = 2  # a pair whose newest fact is older than this needs research too


@dataclass
class CoverageRow:
    region: Region
    partner: Region
    counts: Counter[str] = field(default_factory=Counter)
    newest: Fact | None = None  # the newest fact that has happened
    newest_figure: Fact | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, fact: Fact, today: dt.date) -> None:
        self.counts[fact.kind] += 1
        if not fact.happened_by(today):
            return  # a plan makes no pair current
        if self.newest is None or fact.date > self.newest.date:
            self.newest = fact
        if fact.figure and (self.newest_figure is None or fact.date > self.newest_figure.date):
            self.newest_figure = fact

    def as_json(self) -> dict[str, object]:
        figure = self.newest_figure
        return {
            "region": self.region.id,
            "partner": self.partner.id,
            "total": self.total,
            "by_kind": {kind: self.counts[kind] for kind in FACT_KINDS},
            "newest_fact": str(self.newest.date) if self.newest else None,
            "newest_figure": None
            if figure is None or figure.figure is None
            else {"id": figure.id, "date": str(figure.date), "period": figure.figure.period},
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


def coverage(base: FactBase, today: dt.date | None = None) -> list[CoverageRow]:
    """One row per Belarusian region and partner that share at least one fact."""
    today = today or dt.date.today()
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
                row.count(fact, today)
    return sorted(rows.values(), key=lambda r: (r.region.id != HOME_COUNTRY, r.region.id, r.partner.id))


def coverage_table(rows: list[CoverageRow], today: dt.date | None = None) -> str:
    """A plain-text table: region, partner, total, a column per kind, the newest fact's
    date and the newest figure's period."""
    today = today or dt.date.today()
    header = ["region", "partner", "total", *FACT_KINDS, "newest", "newest figure"]
    lines = [header] + [
        [
            row.region.id,
            row.partner.id,
            str(row.total),
            *(str(row.counts[k] or "-") for k in FACT_KINDS),
            str(row.newest.date) if row.newest else "-",
            row.newest_figure.figure.period if row.newest_figure and row.newest_figure.figure else "-",
        ]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
    thin = sum(1 for row in rows if row.total < THIN_BELOW)
    since = today.year - OLD_AFTER_YEARS
    old = sum(1 for row in rows if row.newest is None or row.newest.date.year < since)
    text.append(
        f"{len(rows)} pairs; {thin} with fewer than {THIN_BELOW} facts; {old} with no fact from {since} on"
    )
    return "\n".join(text)
