"""The fact model: facts, their dates, sources, figures and scopes, and the fact base.

A fact is one checkable statement in the project's own words, its figures exact and
its source named. The fact base holds the validated facts with the indexes selection
needs; loading and validation live in facts.py and validate.py.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..places import RegionRegistry

FACT_KINDS = ("figure", "twinning", "agreement", "event", "project", "quote", "context")
STATUSES = ("verified", "needs-check", "disputed")
# Stages of a relationship, in the order they usually come. Different stages with
# different dates are a timeline; only the same stage dated differently is a dispute.
TIES = ("friendly", "partners", "twinned", "strategic partners")
TOPICS = (
    "trade",
    "exports",
    "imports",
    "investment",
    "industry",
    "agriculture",
    "food",
    "construction",
    "housing",
    "education",
    "science",
    "culture",
    "tourism",
    "health",
    "logistics",
    "transport",
    "energy",
    "it",
    "finance",
    "media",
    "sport",
    "environment",
    "twinning",
    "diplomacy",
    "wto",
)
QUALIFIERS = (
    "about",
    "nearly",
    "almost",
    "more than",
    "over",
    "under",
    "less than",
    "at least",
    "up to",
)
# Units that are written as a code: the words are rejected with the code as the fix.
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
}
# A count noun in English: lower-case words, hyphens allowed ("companies", "dump trucks").
_COUNT_NOUN = re.compile(r"^[a-z]+(?:[ -][a-z]+)*\Z")
# How long a claim of each kind stays current, in months; kinds not listed are dated
# history (a twinning established, an agreement signed, an event held) and never go stale.
LANGUAGES = ("en", "ru", "be")  # English is the fact base's own language
# What a translation may give, by language: the words of a fact, never its figures.
TRANSLATED_FIELDS = ("summary", "metric", "headline", "body", "group", "period", "compared_with")
BUILTIN_LAYER = "built-in"  # the layer name of briefer's own fact base under a newsroom's
STALE_AFTER_MONTHS: dict[str, int] = {"figure": 24, "context": 36, "project": 36}
MAX_STALE_AFTER_MONTHS = 1200  # a century: beyond it no date arithmetic is meaningful
HEADLINE_MAX_WORDS = 12
HEADLINE_MAX_CHARS = 90

FACT_FIELDS = {
    "id": "unique kebab-case id",
    "kind": f"one of {', '.join(FACT_KINDS)}",
    "regions": "list of region ids",
    "date": "YYYY, YYYY-MM or YYYY-MM-DD",
    "summary": "one or two sentences",
    "sources": "list of sources",
    "added": "YYYY-MM-DD",
    "status": f"one of {', '.join(STATUSES)}",
    "topics": "list of topics",
    "organisations": "list of names",
    "disputes": "list of fact ids",
    "figure": "metric, value, unit, period",
    "quote": "text, speaker, role",
    "tie": f"one of {', '.join(TIES)}",
    "scope": "whose the fact is: of, body, with, among, group",
    "expires": "YYYY-MM-DD after which the claim needs checking, or never",
    "reported": "YYYY, YYYY-MM or YYYY-MM-DD: when a plan or scheduled event was first on record",
    "headline": f"a headline of at most {HEADLINE_MAX_WORDS} words",
    "supersedes": "list of fact ids this fact replaces (a newer figure, a corrected claim)",
    "deprecated": "why the claim is known to be wrong: kept in the base, never in a brief, no rival",
    "translations": "the fact's words in ru and be: summary, metric, headline, body, group, period",
    "dated_by": "true when the date is the latest the fact can be ('by 2021'), not when it began",
    "added_by": "who proposed the fact (an account's name)",
    "reviewed_by": "who accepted it into the base (an account's name)",
}
REQUIRED_FACT_FIELDS = ("id", "kind", "regions", "date", "summary", "sources", "added")
SOURCE_FIELDS = (
    "title",
    "author",
    "publisher",
    "year",
    "date",
    "url",
    "pages",
    "note",
    "language",
    "translated",
)
FIGURE_FIELDS = (
    "metric",
    "value",
    "unit",
    "period",
    "qualifier",
    "change_pct",
    "change_qualifier",
    "compared_with",
)
SCOPE_FIELDS = ("of", "body", "with", "among", "group")
QUOTE_FIELDS = ("text", "speaker", "role")

_ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\Z")
MAX_FACT_ID = 120
_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


MIN_YEAR, MAX_YEAR = 1000, 9999  # four digits: older or later dates are typing mistakes


@dataclass(frozen=True, order=True)
class FactDate:
    """A date as precise as the source allows: a year, a month or a day."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, value: object) -> FactDate:
        """Parse YYYY, YYYY-MM or YYYY-MM-DD; ValueError says what is wrong."""
        match = _DATE_PATTERN.match(str(value).strip())
        if not match:
            raise ValueError(f"{value!r} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = (int(part) if part else 0 for part in match.groups())
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(f"{value!r} has the year {year}; years run from {MIN_YEAR} to {MAX_YEAR}")
        if match.group(2) and not 1 <= month <= 12:
            raise ValueError(f"{value!r} has no month {month}")
        if match.group(3):
            last_day = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last_day:
                raise ValueError(
                    f"{value!r} is impossible: {calendar.month_name[month]} {year} has {last_day} days"
                )
        return cls(year, month, day)

    @property
    def first_day(self) -> dt.date:
        """The earliest day the date can mean (1 January for a bare year)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The latest day the date can mean (31 December for a bare year)."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@dataclass(frozen=True)
class Source:
    title: str
    author: str | None = None
    publisher: str | None = None
    year: int | None = None
    url: str | None = None
    pages: str | None = None
    note: str | None = None
    # the day (or month) the page gives as its publication date, as YYYY-MM-DD or YYYY-MM
    date: str | None = None
    # the language the title is written in; None for the base's first sources, whose
    # titles are English renderings of (mostly Russian) originals
    language: str | None = None
    # True where the title is our translation, not the source's own words
    translated: bool = False

    @property
    def title_is_rendering(self) -> bool:
        """Whether the title shown is not the source's own (a translation, or a legacy rendering)."""
        return self.language is None or self.translated

    @property
    def key(self) -> tuple[str | None, ...]:
        """Identity for numbering: one URL is one source; without a URL, the whole reference."""
        return (self.url,) if self.url else (self.title, self.author, self.pages, self.note)


@dataclass(frozen=True)
class Figure:
    metric: str
    value: float
    unit: str
    period: str
    qualifier: str | None = None
    change_pct: float | None = None
    compared_with: str | None = None
    change_qualifier: str | None = None


@dataclass(frozen=True)
class Scope:
    """Whose a fact is: a region, a body in it, and the counterpart(s) it concerns.

    ``with_`` names the one counterpart of a bilateral figure; ``among`` and ``group``
    name several destinations at once, which is never a bilateral figure for any one
    of them. With neither, the figure is the subject's own (its total exports).
    """

    of: str
    body: str | None = None
    with_: str | None = None
    among: tuple[str, ...] = ()
    group: str | None = None

    @property
    def bilateral(self) -> bool:
        return self.with_ is not None

    @property
    def several(self) -> bool:
        """Over several destinations together."""
        return bool(self.among or self.group)

    @property
    def own(self) -> bool:
        """The subject's own figure, with no counterpart."""
        return not (self.bilateral or self.several)

    @property
    def region_ids(self) -> tuple[str, ...]:
        return (self.of, *((self.with_,) if self.with_ else ()), *self.among)


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str
    role: str | None = None


@dataclass(frozen=True)
class Fact:
    id: str
    kind: str
    regions: tuple[str, ...]
    date: FactDate
    summary: str
    sources: tuple[Source, ...]
    added: dt.date
    status: str = "verified"
    topics: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    disputes: tuple[str, ...] = ()
    figure: Figure | None = None
    quote: Quote | None = None
    tie: str | None = None
    scope: Scope | None = None
    expires: dt.date | None = None
    never_expires: bool = False
    reported: FactDate | None = None
    headline: str | None = None
    supersedes: tuple[str, ...] = ()
    # why the claim is known to be wrong (a source's slip): the fact stays in the base as
    # what the source says, but no brief shows it and no check counts it as a rival
    deprecated: str | None = None
    dated_by: bool = False
    added_by: str | None = None  # who proposed it
    reviewed_by: str | None = None  # who accepted it
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> field -> text
    layer: str = ""  # the fact base folder it comes from, or "built-in"
    path: str = ""
    line: int = 0

    @property
    def disputed(self) -> bool:
        return self.status == "disputed"

    def happened_by(self, day: dt.date) -> bool:
        """Certainly dated on or before ``day``: a fact dated 2021 counts from 31 December 2021."""
        return self.date.last_day <= day

    def on_record_by(self, day: dt.date) -> bool:
        """Known on ``day``: it had happened, or (a plan) it had been announced."""
        return self.happened_by(day) or (self.reported is not None and self.reported.last_day <= day)

    def published_by(self, day: dt.date) -> bool:
        """Certainly published by ``day``. A figure is known only once its source is out:
        one whose sources all date from a later year than the figure counts from the end
        of the earliest source's year (or from the day it entered the fact base, if that
        is earlier), unless 'reported' says when it was published."""
        if not self.happened_by(day):
            return False
        if self.kind != "figure":
            return True
        if self.reported is not None:
            return self.reported.last_day <= day
        # a source's day of publication where it gives one, else the end of its year
        out = [
            FactDate.parse(s.date).last_day if s.date else dt.date(s.year or 1, 12, 31)
            for s in self.sources
            if s.date or s.year is not None
        ]
        if not out or min(out).year <= self.date.year:
            return True
        return min(min(out), self.added) <= day

    def is_stale(self, as_of: dt.date, periods: dict[str, int] | None = None) -> bool:
        """A present-tense claim past its period (or expiry); dated history never is."""
        if self.never_expires:
            return False
        if self.expires is not None:
            return self.expires < as_of
        months = (STALE_AFTER_MONTHS if periods is None else periods).get(self.kind)
        return months is not None and self.date.last_day < months_before(as_of, months)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (clamped to the month's last day)."""
    year, month_index = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(year, month_index + 1, min(day.day, calendar.monthrange(year, month_index + 1)[1]))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_AS_OF = re.compile(r"^(as of|by)\b.*")


def period_kind(period: str) -> str:
    """What kind of period a figure covers, whatever its year: '2024' and '2020' are
    both a year, 'January-April 2021' a January-April, 'as of May 2022' a count at a day."""
    words = _AS_OF.sub(r"\1", period.casefold().strip())
    return " ".join(_YEAR.sub(" ", words).split())


def period_end(fact: Fact) -> tuple[int, dt.date]:
    """Where a figure's period ends, for ordering the points of a series."""
    years = [int(y) for y in _YEAR.findall(fact.figure.period)] if fact.figure else []
    return (max(years) if years else fact.date.year, fact.date.last_day)


def series_key(fact: Fact) -> tuple[object, ...] | None:
    """The series a figure is a point of, or None for what is not a plain figure: a
    deprecated claim, a disputed one (both claims stay), one without scope."""
    figure, scope = fact.figure, fact.scope
    if figure is None or scope is None or fact.deprecated or fact.status == "disputed":
        return None
    return (
        figure.metric.casefold(),
        scope.of,
        (scope.body or "").casefold(),
        scope.with_,
        frozenset(scope.among),
        scope.group,
        figure.unit,
        period_kind(figure.period),
    )


@dataclass
class FactBase:
    """The validated fact base with the indexes selection needs."""

    regions: RegionRegistry
    facts: list[Fact]
    root: Path
    layers: tuple[Path, ...] = ()
    # the notes sources carry, translated: English note -> language -> text
    note_translations: dict[str, dict[str, str]] = field(default_factory=dict)
    # the contradictions the loader found (facts/conflicts.py): fact id -> its rivals' ids
    rivals: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id: dict[str, Fact] = {fact.id: fact for fact in self.facts}
        self._within_cache: dict[str, list[Fact]] = {}  # region id -> facts on places inside it
        self.derived: dict[str, Any] = {}  # indexes other modules build on first use
        # A newer fact replaces an older one: fact id -> the facts that supersede it.
        self.superseded_by: dict[str, list[Fact]] = {}
        for fact in self.facts:
            for old in fact.supersedes:
                self.superseded_by.setdefault(old, []).append(fact)
        self.by_region: dict[str, list[Fact]] = {}
        for fact in self.facts:
            for region_id in fact.regions:
                self.by_region.setdefault(region_id, []).append(fact)
        # Contradictions count whether or not an editor has marked them yet; a deprecated
        # claim is no one's rival.
        found = self.rivals
        dropped = {fact.id for fact in self.facts if fact.deprecated}
        self.rivals = {
            fact.id: [other for other in fact.disputes if other not in dropped]
            for fact in self.facts
            if fact.id not in dropped
        }
        for fact_id, others in found.items():
            if fact_id in dropped:
                continue
            rivals = self.rivals.setdefault(fact_id, [])
            rivals.extend(other for other in others if other not in rivals and other not in dropped)

    @functools.cached_property
    def series_of(self) -> dict[str, list[Fact]]:
        """Fact id -> the points of its series, oldest period first (only series of two
        or more). A later point of the same series (metric, scope, unit and kind of
        period) supersedes the earlier ones without being told: trade for 2024 replaces
        trade for 2020, and the 2020 figure stays for briefs dated before 2024's was out.
        Built on first use, so that a load that briefs nothing does not pay for it."""
        series: dict[tuple[object, ...], list[Fact]] = {}
        for fact in self.facts:
            key = series_key(fact)
            if key is not None:
                series.setdefault(key, []).append(fact)
        found: dict[str, list[Fact]] = {}
        for points in series.values():
            if len(points) > 1:
                points.sort(key=period_end)
                found.update((fact.id, points) for fact in points)
        return found

    def replacement(self, fact: Fact, day: dt.date) -> Fact | None:
        """The newer fact on record by ``day`` that supersedes ``fact``, if any."""
        newer = [f for f in self.superseded_by.get(fact.id, ()) if f.on_record_by(day)]
        if newer:
            return max(newer, key=lambda f: (f.date, f.id))
        own_end = period_end(fact) if fact.id in self.series_of else None
        for later in reversed(self.series_of.get(fact.id, ())):
            if own_end is None or period_end(later) <= own_end:
                break
            if later.published_by(day):
                return later
        return None

    @property
    def sources(self) -> set[tuple[str | None, ...]]:
        return {source.key for fact in self.facts for source in fact.sources}

    def summary_line(self) -> str:
        return f"{len(self.facts)} facts, {len(self.regions)} regions, {len(self.sources)} sources: no errors"

    def find(
        self,
        region: str | None = None,
        partner: str | None = None,
        kind: str | None = None,
    ) -> list[Fact]:
        """Facts linking ``region`` (and ``partner``), counting places inside them."""
        found = []
        # only facts on a place inside the region (or partner) can match: an index, not a scan
        pools = [self._facts_within(place) for place in (region, partner) if place]
        pool = min(pools, key=len) if pools else self.facts
        for fact in pool:
            if kind and fact.kind != kind:
                continue
            if region and not self.touches(fact, region):
                continue
            if partner and not self.touches(fact, partner, besides=region):
                continue
            found.append(fact)
        return sorted(found, key=lambda f: (f.date, f.id))

    def _facts_within(self, region_id: str) -> list[Fact]:
        cache = self._within_cache
        if region_id not in cache:
            pool: dict[str, Fact] = {}
            for place, facts in self.by_region.items():
                if place in self.regions and self.regions.within(place, region_id):
                    pool.update((fact.id, fact) for fact in facts)
            cache[region_id] = list(pool.values())
        return cache[region_id]

    def touches(self, fact: Fact, region_id: str, besides: str | None = None) -> bool:
        """True if one of the fact's regions is ``region_id`` or lies inside it.

        ``besides`` excludes regions that lie inside another region, so that a fact
        about Belarus alone does not count as a fact about Belarus and Belarus.
        """
        for fact_region in fact.regions:
            if fact_region not in self.regions:
                continue
            if besides and self.regions.within(fact_region, besides):
                continue
            if self.regions.within(fact_region, region_id):
                return True
        return False


def fact_as_json(fact: Fact) -> dict[str, Any]:
    """A fact as plain data, for 'facts list --json' and other tools."""
    figure, scope = fact.figure, fact.scope
    return {
        "id": fact.id,
        "kind": fact.kind,
        "regions": list(fact.regions),
        "date": str(fact.date),
        "summary": fact.summary,
        "figure": None if figure is None else dataclasses.asdict(figure),
        "scope": None
        if scope is None
        else {
            "of": scope.of,
            "body": scope.body,
            "with": scope.with_,
            "among": list(scope.among),
            "group": scope.group,
        },
        "tie": fact.tie,
        "expires": "never" if fact.never_expires else (fact.expires.isoformat() if fact.expires else None),
        "reported": str(fact.reported) if fact.reported else None,
        "headline": fact.headline,
        "sources": [{k: v for k, v in vars(s).items() if v is not None} for s in fact.sources],
        "status": fact.status,
        "topics": list(fact.topics),
        "organisations": list(fact.organisations),
        "disputes": list(fact.disputes),
        **({"deprecated": fact.deprecated} if fact.deprecated else {}),
        **({"added_by": fact.added_by} if fact.added_by else {}),
        **({"reviewed_by": fact.reviewed_by} if fact.reviewed_by else {}),
        "file": f"{fact.path}:{fact.line}",
    }
