"""The weekly digest: the newsroom's diary for the week ahead, from the fact base.

For one ISO week and a set of Belarusian regions it gathers what a desk plans from:
round anniversaries and scheduled events in the week and the weeks that follow, what
is new in the fact base, the pairs with the strongest pegs, and what is due for
checking. Pure: no I/O; the run (files, lock, mail) is in digestrun.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..briefs.select import plan_target
from ..errors import UsageError
from ..facts import Fact, FactBase
from ..facts.coverage import fact_sides
from ..facts.model import MAX_YEAR, MIN_YEAR
from ..places import Region

HOME_COUNTRY = "belarus"
ROUND_EVERY = 5
HORIZON_WEEKS = 4
_WEEK = re.compile(r"^(\d{4})-W(\d{2})\Z")
_PEG_KINDS = ("twinning", "agreement", "event")
# How much a peg weighs on the week's plan: a tie's anniversary is a story, an event's
# fifth birthday ("a request for yarn deliveries") seldom is; a round decade adds weight.
_ANNIVERSARY_WEIGHT = {"twinning": 6, "agreement": 4, "event": 1}
_SCHEDULED_WEIGHT = 3
_NEW_FACT_WEIGHT = 1


@dataclass(frozen=True)
class Week:
    """An ISO week: Monday to Sunday."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Week:
        match = _WEEK.match(text.strip())
        if not match:
            raise UsageError(f"--week {text!r} is not an ISO week; write e.g. --week 2026-W48")
        year, number = int(match.group(1)), int(match.group(2))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise UsageError(
                f"--week {text!r}: years run from {MIN_YEAR} to {MAX_YEAR}; e.g. --week 2026-W48"
            )
        try:
            dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            raise UsageError(f"--week {text!r}: {year} has no week {number}") from None
        try:
            dt.date.fromisocalendar(year, number, 7)
        except (ValueError, OverflowError):
            raise UsageError(f"--week {text!r} ends after 31 December 9999; choose an earlier week") from None
        return cls(year, number)

    @classmethod
    def containing(cls, day: dt.date) -> Week:
        year, number, weekday = day.isocalendar()
        if dt.date.max - day < dt.timedelta(days=7 - weekday):
            raise UsageError(f"the week of {day} ends after 31 December 9999; choose an earlier date")
        return cls(year, number)

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> dt.date:
        return self.monday + dt.timedelta(days=6)

    def __str__(self) -> str:
        return f"{self.year}-W{self.number:02d}"


@dataclass(frozen=True)
class Peg:
    """Something on the diary: a round anniversary or a scheduled event."""

    fact: Fact
    home: Region  # the Belarusian region (oblast, Minsk or Belarus) it belongs to
    partner: Region
    precision: str  # "day", "month" or "year"
    day: dt.date  # the day, or the first day of its month or year
    years: int | None  # for an anniversary: how many years; None for a scheduled event
    side: Region | None = None  # the Belarusian party itself: Brest (the city), not Brest Oblast
    rivals: tuple[Fact, ...] = ()  # facts that give the same tie another date

    @property
    def who(self) -> Region:
        return self.side or self.home

    @property
    def stage(self) -> str:
        """What the anniversary is of: the tie's own stage, not its kind of fact."""
        if self.fact.kind == "twinning" and self.fact.tie and self.fact.tie != "twinned":
            return self.fact.tie
        return self.fact.kind

    @property
    def weight(self) -> int:
        if not self.years:
            return _SCHEDULED_WEIGHT
        decade = self.years // 10 if self.years % 10 == 0 else 0
        weight = _ANNIVERSARY_WEIGHT.get(self.fact.kind, 1) + min(decade, 3)
        return weight - 2 if self.rivals else weight  # a date in dispute is a weaker peg

    @property
    def key(self) -> str:
        """Stable per peg and occurrence: the calendar UID is made from it."""
        what = f"{self.years}y" if self.years else "scheduled"
        return f"{self.fact.id}-{what}-{self.day.year}"

    @property
    def command(self) -> str:
        kind = "anniversary" if self.years else "news"
        return f"briefer brief {self.home.id} {self.partner.id} --kind {kind}"


@dataclass(frozen=True)
class Reason:
    """Why a pair is worth a story this week; worded in the digest's language."""

    what: str  # "anniversary", "scheduled" or "new"
    years: int = 0
    kind: str = ""  # what an anniversary is of: a tie's stage ("friendly", "partners") or a kind of fact
    disputed: bool = False  # sources give the date differently

    def __str__(self) -> str:
        if self.what == "anniversary":
            return f"{self.years}th anniversary of the {self.kind}"
        return "a scheduled event" if self.what == "scheduled" else "new in the fact base"


@dataclass(frozen=True)
class Suggestion:
    home: Region
    partner: Region
    reasons: tuple[Reason, ...]
    score: int
    side: Region | None = None  # the Belarusian party of the weightiest reason

    @property
    def who(self) -> Region:
        return self.side or self.home

    @property
    def command(self) -> str:
        kind = "anniversary" if any(r.what == "anniversary" for r in self.reasons) else "news"
        return f"briefer brief {self.home.id} {self.partner.id} --kind {kind}"


@dataclass
class RegionDigest:
    region: Region
    on_the_day: list[Peg] = field(default_factory=list)
    this_month: list[Peg] = field(default_factory=list)
    this_year: list[Peg] = field(default_factory=list)
    new_facts: list[Fact] = field(default_factory=list)
    superseded: list[tuple[Fact, Fact]] = field(default_factory=list)  # (old, new)
    newly_disputed: list[Fact] = field(default_factory=list)
    went_stale: list[Fact] = field(default_factory=list)
    plans_due: list[Fact] = field(default_factory=list)  # plans whose target falls in the horizon
    needs_check: list[Fact] = field(default_factory=list)
    disputed: list[Fact] = field(default_factory=list)

    @property
    def pegs(self) -> list[Peg]:
        return self.on_the_day + self.this_month + self.this_year


@dataclass
class Digest:
    week: Week
    horizon_end: dt.date
    since: dt.date  # facts added on or after this day are new, unless the last digest listed them
    regions: list[RegionDigest]
    suggestions: list[Suggestion]
    listed_before: frozenset[str] = frozenset()  # new facts the previous week's digest listed

    @property
    def pegs(self) -> list[Peg]:
        return [peg for region in self.regions for peg in region.pegs]

    @property
    def new_count(self) -> int:
        return sum(len(r.new_facts) for r in self.regions)


def digest_regions(base: FactBase, names: Sequence[str]) -> list[Region]:
    """The regions a digest covers: those named (Belarusian oblasts or Minsk, any
    spelling, each once), else every oblast and Minsk."""
    if names:
        chosen: list[Region] = []
        for name in names:
            region = base.regions.resolve(name)
            own = region.country_id == HOME_COUNTRY and region.parent == HOME_COUNTRY
            if not own or region.kind == "district":
                raise UsageError(
                    f"--region {name}: {region.name} is not a Belarusian oblast or Minsk; a digest "
                    "covers the newsroom's own regions: name one, e.g. --region gomel"
                )
            if region not in chosen:
                chosen.append(region)
        return chosen
    return [
        r
        for r in base.regions
        if r.country_id == HOME_COUNTRY and r.parent == HOME_COUNTRY and r.kind != "district"
    ]


def _in(start: dt.date, end: dt.date, day: dt.date) -> bool:
    return start <= day <= end


def build_digest(
    base: FactBase,
    regions: Sequence[Region],
    week: Week,
    horizon_weeks: int = HORIZON_WEEKS,
    previous: dt.date | None = None,
    listed_before: frozenset[str] = frozenset(),
) -> Digest:
    """The digest for ``week``: what is on the diary from its Monday to the horizon, and
    what was added to the fact base from ``previous`` on (the day the previous week's
    digest was made, or a week before this one), both days included, less the facts
    that digest already listed: nothing added on the day of a run falls between two."""
    start = week.monday
    # the calendar ends on 31 December 9999, and so does the horizon
    horizon_end = week.sunday + min(dt.timedelta(weeks=horizon_weeks), dt.date.max - week.sunday)
    since = previous or (start - dt.timedelta(days=7))
    wanted = {r.id: RegionDigest(r) for r in regions}
    scores: dict[tuple[str, str], list[tuple[int, Reason, Region | None]]] = {}

    for fact in base.facts:
        homes, partners = fact_sides(base, fact)
        homes = [h for h in homes if h in wanted]
        if not homes:
            continue
        for home_id in homes:
            section = wanted[home_id]
            for partner_id in partners or [""]:
                partner = base.regions.get(partner_id) if partner_id else None
                if partner is not None and fact.kind in _PEG_KINDS:
                    side = _own_side(base, fact, home_id)
                    rivals = tuple(base.by_id[r] for r in base.rivals.get(fact.id, ()) if r in base.by_id)
                    for peg in _pegs(fact, section.region, partner, week, start, horizon_end):
                        peg = replace(peg, side=side, rivals=rivals)
                        if peg.precision == "day":
                            section.on_the_day.append(peg)
                        elif peg.precision == "month":
                            section.this_month.append(peg)
                        else:
                            section.this_year.append(peg)
                        reason = (
                            Reason("anniversary", peg.years, peg.stage, bool(rivals))
                            if peg.years
                            else Reason("scheduled", disputed=bool(rivals))
                        )
                        scores.setdefault((home_id, partner_id), []).append((peg.weight, reason, side))
            if since <= fact.added <= week.sunday and fact.id not in listed_before:
                section.new_facts.append(fact)
                for partner_id in partners:
                    scores.setdefault((home_id, partner_id), []).append(
                        (_NEW_FACT_WEIGHT, Reason("new"), None)
                    )
                for old_id in fact.supersedes:
                    if old_id in base.by_id:
                        section.superseded.append((base.by_id[old_id], fact))
                if fact.disputed or base.rivals.get(fact.id):
                    section.newly_disputed.append(fact)
            if fact.is_stale(week.sunday) and not fact.is_stale(since):
                section.went_stale.append(fact)
            target = plan_target(fact)
            # "by the end of 2025" falls due on 31 December: in the digests whose horizon reaches it
            if target is not None and start <= dt.date(target, 12, 31) <= horizon_end:
                section.plans_due.append(fact)
            if fact.status == "needs-check":
                section.needs_check.append(fact)
            if fact.disputed or base.rivals.get(fact.id):
                section.disputed.append(fact)

    for section in wanted.values():
        section.on_the_day.sort(key=lambda p: (p.day, -p.weight, p.partner.id, p.fact.id))
        # a month's or a year's pegs have no day to order them by: the weightiest first
        for pegs in (section.this_month, section.this_year):
            pegs.sort(key=lambda p: (p.day, -p.weight, p.partner.id, p.fact.id))
        for pegs in (section.on_the_day, section.this_month, section.this_year):
            unique = {p.key: p for p in pegs}
            pegs[:] = list(unique.values())
        for facts in (
            section.new_facts,
            section.went_stale,
            section.plans_due,
            section.needs_check,
            section.disputed,
        ):
            facts.sort(key=lambda f: (f.date, f.id))
    suggestions: list[Suggestion] = []
    for (home_key, partner_key), weighed in scores.items():
        if not partner_key:
            continue
        ranked = sorted(weighed, key=lambda r: -r[0])
        suggestions.append(
            Suggestion(
                base.regions.get(home_key),
                base.regions.get(partner_key),
                tuple(dict.fromkeys(reason for _, reason, _side in ranked)),
                sum(score for score, _, _side in weighed),
                ranked[0][2],
            )
        )
    suggestions.sort(key=lambda s: (-s.score, s.home.id, s.partner.id))
    return Digest(week, horizon_end, since, list(wanted.values()), suggestions[:5], frozenset(listed_before))


def _own_side(base: FactBase, fact: Fact, home_id: str) -> Region | None:
    """The Belarusian party of a tie as the fact names it, when it is a place within the
    digest's region (a city, a district) rather than the region itself."""
    for region_id in fact.regions:
        if region_id == home_id:
            return None
        if home_id in base.regions.ancestors(region_id):
            return base.regions.get(region_id)
    return None


def _pegs(fact: Fact, home: Region, partner: Region, week: Week, start: dt.date, end: dt.date) -> list[Peg]:
    """The fact's round anniversaries, or its own scheduled day, that the digest lists."""
    found = []
    date = fact.date
    # A scheduled event: dated after the week's start and announced by its end.
    announced = fact.reported is not None and fact.reported.last_day <= week.sunday
    if fact.kind == "event" and date.last_day >= start and announced:
        found += _placed(fact, home, partner, week, start, end, date.year, None)
    for years in range(ROUND_EVERY, 1000, ROUND_EVERY):
        year = date.year + years
        if year > end.year:
            break
        if year < start.year or fact.dated_by:
            continue
        found += _placed(fact, home, partner, week, start, end, year, years)
    return found


def _placed(
    fact: Fact,
    home: Region,
    partner: Region,
    week: Week,
    start: dt.date,
    end: dt.date,
    year: int,
    years: int | None,
) -> list[Peg]:
    date = fact.date
    if date.day:
        day_of_month = min(date.day, calendar.monthrange(year, date.month)[1])
        day = dt.date(year, date.month, day_of_month)
        return [Peg(fact, home, partner, "day", day, years)] if _in(start, end, day) else []
    if date.month:
        first = dt.date(year, date.month, 1)
        last = dt.date(year, date.month, calendar.monthrange(year, date.month)[1])
        # "this month": listed in the digests of the weeks that fall in that month
        overlaps = week.monday <= last and week.sunday >= first
        return [Peg(fact, home, partner, "month", first, years)] if overlaps else []
    # known only to the year: in every digest whose week touches that year
    if week.monday.year <= year <= week.sunday.year:
        return [Peg(fact, home, partner, "year", dt.date(year, 1, 1), years)]
    return []
