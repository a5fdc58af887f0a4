"""The coverage page's matrix, laid out once per fact base load, language and country."""

from __future__ import annotations

from dataclasses import dataclass

from ..facts.coverage import THIN_BELOW, CoverageRow
from ..facts.model import FACT_KINDS, FactBase
from ..places import HOME_COUNTRY, Region, sort_key
from .forms import BriefForm
from .language import PageWords

KIND_LETTERS = {kind: kind[0].upper() for kind in FACT_KINDS}  # the cells' legend


@dataclass(frozen=True)
class Cell:
    home: str  # the Belarusian side's name
    brief: str  # the query string of the pair's brief
    total: int
    counts: str  # "T2 A1 E1"
    thin: bool


@dataclass(frozen=True)
class Row:
    partner: str
    kind: str  # the partner's kind, where its name does not say it already
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Matrix:
    homes: tuple[str, ...]
    rows: tuple[Row, ...]
    pairs: int


def layout(base: FactBase, coverage: list[CoverageRow], words: PageWords, country: Region | None) -> Matrix:
    """Belarus and its oblasts and Minsk across, the partners down (by country, each
    country first), in the reader's language and order."""
    name = words.name

    def order(region: Region) -> str:
        return sort_key(name(region))

    rows = [r for r in coverage if country is None or r.partner.country_id == country.id]
    units = (r for r in base.regions if r.parent == HOME_COUNTRY and r.kind != "district")
    homes = [base.regions.get(HOME_COUNTRY), *sorted(units, key=order)]
    found = {(row.region.id, row.partner.id): row for row in rows}
    partners = sorted(
        {row.partner.id: row.partner for row in rows}.values(),
        key=lambda p: (order(base.regions.get(p.country_id)), p.kind != "country", order(p)),
    )
    laid_out = []
    for partner in partners:
        kind = words.region_kind(partner.kind) if partner.kind != "country" else ""
        cells = []
        for home in homes:
            row = found.get((home.id, partner.id))
            counts = (
                " ".join(f"{KIND_LETTERS[k]}{row.counts[k]}" for k in FACT_KINDS if row.counts[k])
                if row
                else ""
            )
            cells.append(
                Cell(
                    home=name(home),
                    brief=BriefForm(home.id, partner.id).query(),
                    total=row.total if row else 0,
                    counts=counts,
                    thin=row is not None and row.total < THIN_BELOW,
                )
            )
        label = name(partner)
        laid_out.append(Row(label, "" if kind.lower() in label.lower() else kind, tuple(cells)))
    return Matrix(tuple(name(h) for h in homes), tuple(laid_out), len(found))


def countries(base: FactBase, coverage: list[CoverageRow], words: PageWords) -> list[Region]:
    """The partners' countries, for the filter, in the reader's order."""
    found = {row.partner.country_id: base.regions.get(row.partner.country_id) for row in coverage}
    return sorted(found.values(), key=lambda region: sort_key(words.name(region)))
