"""Selection: the facts a brief about one pair needs, as a typed context.

Pure: no I/O and no formatting. The templates decide how things read; this module
decides what is in a brief: which facts concern the pair, the ties around it, the
national context, and which facts a reporter must verify before use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .errors import UsageError
from .facts import Fact, FactBase, months_before
from .regions import Region

STALE_AFTER_MONTHS = 24
HOME_COUNTRY = "belarus"
# A country-level fact links only countries and groupings of them, no oblast or province.
_NATIONAL_KINDS = ("country", "world-region", "union")


@dataclass(frozen=True)
class Tie:
    """A twinning or partnership, seen from one side: ``home`` is the Belarusian end."""

    fact: Fact
    home: Region
    away: Region

    @property
    def level(self) -> str:
        return f"{self.home.kind.replace('-', ' ')}–{self.away.kind.replace('-', ' ')}"


@dataclass
class BriefContext:
    region: Region
    partner: Region
    kind: str
    as_of: dt.date
    ties: list[Tie] = field(default_factory=list)
    partner_other_ties: list[Tie] = field(default_factory=list)
    region_other_ties: list[Tie] = field(default_factory=list)
    figures: list[Fact] = field(default_factory=list)
    timeline: list[Fact] = field(default_factory=list)
    projects: list[Fact] = field(default_factory=list)
    quotes: list[Fact] = field(default_factory=list)
    background: list[Fact] = field(default_factory=list)
    regional: list[Fact] = field(default_factory=list)
    national: list[Fact] = field(default_factory=list)
    partner_country: Region | None = None
    national_pair: tuple[Region, Region] | None = None
    stale: list[Fact] = field(default_factory=list)
    unchecked: list[Fact] = field(default_factory=list)
    upcoming: list[Fact] = field(default_factory=list)
    disputed: list[Fact] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    rivals: dict[str, tuple[Fact, ...]] = field(default_factory=dict)

    @property
    def pair_facts(self) -> list[Fact]:
        seen: dict[str, Fact] = {}
        for fact in (
            [t.fact for t in self.ties]
            + self.figures
            + self.timeline
            + self.projects
            + self.quotes
            + self.background
        ):
            seen.setdefault(fact.id, fact)
        return list(seen.values())

    @property
    def key_figures(self) -> list[tuple[str, Fact]]:
        """Figures for the pair, then for the region and the partner's country, then national."""
        rows = [(f"{self.region.name} – {self.partner.name}", f) for f in self.figures]
        if self.partner_country is not None:
            rows += [
                (f"{self.region.name} – {self.partner_country.name}", f)
                for f in self.regional
                if f.kind == "figure"
            ]
        if self.national_pair is not None:
            home, away = self.national_pair
            rows += [(f"{home.name} – {away.name}", f) for f in self.national if f.kind == "figure"]
        return rows

    @property
    def first_agreement(self) -> Fact | None:
        """The earliest agreement between the pair: what 'since when' means without a twinning."""
        return next((f for f in self.timeline if f.kind == "agreement"), None)

    @property
    def stale_cutoff(self) -> dt.date:
        """Facts dated before this day are flagged as older than STALE_AFTER_MONTHS."""
        return months_before(self.as_of, STALE_AFTER_MONTHS)

    @property
    def stale_pair_facts(self) -> list[Fact]:
        pair_ids = {f.id for f in self.pair_facts}
        return [f for f in self.stale if f.id in pair_ids]

    @property
    def organisations(self) -> list[str]:
        """Companies and bodies named anywhere in the pair's facts, first mention first."""
        return list(dict.fromkeys(org for fact in self.pair_facts for org in fact.organisations))

    @property
    def is_empty(self) -> bool:
        return not self.pair_facts

    def is_disputed(self, fact: Fact) -> bool:
        """Marked disputed, or contradicted by another fact in the base."""
        return fact.disputed or bool(self.rivals.get(fact.id))

    def rivals_of(self, fact: Fact) -> tuple[Fact, ...]:
        """The facts whose sources disagree with ``fact``."""
        return self.rivals.get(fact.id, ())


def resolve_pair(base: FactBase, region_name: str, partner_name: str) -> tuple[Region, Region]:
    """Resolve both names; the first must be Belarusian, the second must not lie inside it."""
    region = base.regions.resolve(region_name)
    partner = base.regions.resolve(partner_name)
    if region.country_id != HOME_COUNTRY:
        hint = ""
        if partner.country_id == HOME_COUNTRY:
            hint = f"\nThe Belarusian region comes first: briefer brief {partner.id} {region.id}"
        raise UsageError(
            f"{region.name} is not a Belarusian region; a brief is about a Belarusian region "
            f"(or belarus) and a partner.{hint}"
        )
    if base.regions.within(partner.id, region.id) or base.regions.within(region.id, partner.id):
        raise UsageError(
            f"{partner.name} and {region.name} are not two sides of a partnership; "
            "name a partner abroad, e.g. briefer brief gomel sichuan"
        )
    return region, partner


def select(
    base: FactBase, region: Region, partner: Region, as_of: dt.date, kind: str = "factsheet"
) -> BriefContext:
    """Everything a brief on ``region`` and ``partner`` at ``as_of`` draws on."""
    context = BriefContext(region=region, partner=partner, kind=kind, as_of=as_of)
    pair_facts = base.find(region.id, partner.id)
    facts = [f for f in pair_facts if f.date.first_day <= as_of]
    # Facts dated after the brief's date are what is scheduled, not what has happened.
    context.upcoming = [f for f in pair_facts if f.date.first_day > as_of]

    for fact in facts:
        if fact.kind == "twinning":
            context.ties.append(_tie(base, fact))
        elif fact.kind == "figure":
            context.figures.append(fact)
        elif fact.kind == "project":
            context.projects.append(fact)
        elif fact.kind == "quote":
            context.quotes.append(fact)
        elif fact.kind == "context":
            context.background.append(fact)
        if fact.kind in ("twinning", "agreement", "event", "project"):
            context.timeline.append(fact)

    for fact in base.find(kind="twinning"):
        if fact.date.first_day > as_of:
            continue
        if base.touches(fact, partner.id) and not base.touches(fact, region.id):
            context.partner_other_ties.append(_tie(base, fact))
        elif base.touches(fact, region.id) and not base.touches(fact, partner.id):
            tie = _tie(base, fact)
            # For Belarus as a whole every oblast's ties would qualify; keep those in
            # the partner's country, which are the ones a story compares with.
            if region.kind != "country" or tie.away.country_id == partner.country_id:
                context.region_other_ties.append(tie)
    context.region_other_ties.sort(key=lambda t: (t.away.country_id, t.fact.date, t.away.name))
    context.partner_other_ties.sort(key=lambda t: (t.fact.date, t.home.name))

    home_country = base.regions.get(HOME_COUNTRY) if HOME_COUNTRY in base.regions else None
    partner_country = base.regions.get(partner.country_id)
    context.partner_country = partner_country
    used = {f.id for f in facts}
    if partner_country.id != partner.id and region.id != HOME_COUNTRY:
        # The region's ties with the partner's country as a whole (Mogilev and China).
        context.regional = [
            f
            for f in base.find(region.id, partner_country.id)
            if partner_country.id in f.regions and f.id not in used and f.date.first_day <= as_of
        ]
        used.update(f.id for f in context.regional)
    if home_country and (region.id, partner.id) != (home_country.id, partner_country.id):
        context.national_pair = (home_country, partner_country)
        context.national = [
            f
            for f in base.find(home_country.id, partner_country.id)
            if home_country.id in f.regions
            and partner_country.id in f.regions
            and f.id not in used
            and all(base.regions.get(r).kind in _NATIONAL_KINDS for r in f.regions)
            and f.date.first_day <= as_of
        ]

    for fact in context.pair_facts + context.regional + context.national:
        rivals = _rivals(base, fact)
        if rivals:
            context.rivals[fact.id] = rivals
        if (fact.disputed or rivals) and fact not in context.disputed:
            context.disputed.append(fact)
        if fact.status == "needs-check" and fact not in context.unchecked:
            context.unchecked.append(fact)
        if fact.is_stale(as_of, STALE_AFTER_MONTHS) and fact not in context.stale:
            context.stale.append(fact)
    context.missing = _missing(context)
    return context


def _tie(base: FactBase, fact: Fact) -> Tie:
    first, second = (base.regions.get(r) for r in fact.regions)
    home, away = (first, second) if first.country_id == HOME_COUNTRY else (second, first)
    return Tie(fact=fact, home=home, away=away)


def _rivals(base: FactBase, fact: Fact) -> tuple[Fact, ...]:
    return tuple(base.by_id[i] for i in base.rivals.get(fact.id, ()) if i in base.by_id)


def _missing(context: BriefContext) -> list[str]:
    """What a reporter will not find in this brief, said plainly."""
    pair = f"{context.region.name} and {context.partner.name}"
    missing = []
    if context.is_empty:
        missing.append(f"The fact base holds no facts linking {pair}.")
    if not context.ties:
        missing.append(f"No twinning or partnership agreement between {pair} is recorded.")
    if not context.figures:
        missing.append(f"No trade or investment figure for {pair} is recorded.")
    if not context.timeline:
        missing.append(f"No agreements or events between {pair} are recorded.")
    return missing


def parse_as_of(text: str | None, today: dt.date | None = None) -> dt.date:
    """The brief's date: YYYY-MM-DD, default today."""
    if text is None:
        return today or dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"--as-of {text!r} is not a date; write YYYY-MM-DD, e.g. --as-of 2024-06-01"
        ) from None
