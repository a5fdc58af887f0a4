"""The fact model, loading and validation of the fact base.

A fact base is a folder: ``regions.yaml`` (the region registry) and any number of
``*.yaml`` fact files below it. Validation reads the whole base and reports every
problem at once, each with its file and line, before anything is built from it.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DataError, Problem
from .regions import RegionRegistry, registry_from_data
from .yamlload import LocatedDict, load_yaml

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
CURRENCIES = ("USD", "EUR", "BYN", "RUB", "CNY")
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
_COUNT_NOUN = re.compile(r"^[a-z]+(?:[ -][a-z]+)*$")
# How long a claim of each kind stays current, in months; kinds not listed are dated
# history (a twinning established, an agreement signed, an event held) and never go stale.
STALE_AFTER_MONTHS: dict[str, int] = {"figure": 24, "context": 36, "project": 36}
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
}
REQUIRED_FACT_FIELDS = ("id", "kind", "regions", "date", "summary", "sources", "added")
SOURCE_FIELDS = ("title", "author", "publisher", "year", "url", "pages", "note")
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

_ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


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


@dataclass
class FactBase:
    """The validated fact base with the indexes selection needs."""

    regions: RegionRegistry
    facts: list[Fact]
    root: Path

    def __post_init__(self) -> None:
        self.by_id: dict[str, Fact] = {fact.id: fact for fact in self.facts}
        self.by_region: dict[str, list[Fact]] = {}
        for fact in self.facts:
            for region_id in fact.regions:
                self.by_region.setdefault(region_id, []).append(fact)
        from .conflicts import find_conflicts

        self.conflicts = find_conflicts(self.facts)
        # Contradictions count whether or not an editor has marked them yet.
        self.rivals: dict[str, list[str]] = {fact.id: list(fact.disputes) for fact in self.facts}
        for conflict in self.conflicts:
            if conflict.duplicate:
                continue
            for one, other in ((conflict.first, conflict.second), (conflict.second, conflict.first)):
                if other.id not in self.rivals[one.id]:
                    self.rivals[one.id].append(other.id)

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
        for fact in self.facts:
            if kind and fact.kind != kind:
                continue
            if region and not self.touches(fact, region):
                continue
            if partner and not self.touches(fact, partner, besides=region):
                continue
            found.append(fact)
        return sorted(found, key=lambda f: (f.date, f.id))

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


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working directory if inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def fact_files(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*.yaml")
        if p != root / "regions.yaml" and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def check_fact_base(root: Path) -> tuple[FactBase | None, list[Problem]]:
    """Load and validate the whole base; returns it (None if unusable) and every problem."""
    problems: list[Problem] = []
    regions_path = root / "regions.yaml"
    if not root.is_dir():
        return None, [
            Problem(
                display_path(root),
                None,
                "fact base folder not found",
                "pass --facts DIR pointing at a folder holding regions.yaml",
            )
        ]
    if not regions_path.is_file():
        return None, [
            Problem(
                display_path(regions_path),
                None,
                "region registry not found",
                "every fact base needs a regions.yaml beside its fact files",
            )
        ]
    data, yaml_problems = load_yaml(regions_path, display_path(regions_path))
    problems += yaml_problems
    if yaml_problems:  # without the registry every region id would look unknown
        return None, problems
    registry, region_problems = registry_from_data(data, display_path(regions_path))
    problems += region_problems

    facts: list[Fact] = []
    first_seen: dict[str, str] = {}
    declared_ids: set[str] = set()  # includes invalid facts, so one error does not cascade
    for path in fact_files(root):
        shown = display_path(path)
        data, yaml_problems = load_yaml(path, shown)
        problems += yaml_problems
        if yaml_problems or data is None:
            continue
        if not isinstance(data, list):
            problems.append(
                Problem(
                    shown,
                    getattr(data, "line", 1),
                    "a fact file must be a list of facts",
                    "start each fact with '- id: ...'",
                )
            )
            continue
        for entry in data:
            if isinstance(entry, LocatedDict) and entry.get("id"):
                declared_ids.add(str(entry["id"]))
            fact, fact_problems = _fact_from_entry(entry, shown, registry)
            problems += fact_problems
            if fact is None:
                continue
            if fact.id in first_seen:
                problems.append(
                    Problem(
                        shown,
                        fact.line,
                        f"duplicate fact id {fact.id!r} (first in {first_seen[fact.id]})",
                        "give each fact a unique id",
                    )
                )
                continue
            first_seen[fact.id] = f"{shown}:{fact.line}"
            facts.append(fact)

    for fact in facts:
        for other in fact.disputes:
            if other not in declared_ids:
                problems.append(
                    Problem(
                        fact.path,
                        fact.line,
                        f"fact {fact.id!r} disputes unknown fact {other!r}",
                        "name the id of the contradicting fact",
                    )
                )
    from .conflicts import conflict_problems, impossible_parts

    base = FactBase(registry, facts, root)
    problems += conflict_problems(base.conflicts)
    problems += impossible_parts(base.facts)
    return base, problems


def load_fact_base(root: Path) -> FactBase:
    """The validated fact base; DataError lists every problem if there is any error."""
    base, problems = check_fact_base(root)
    if base is None or any(p.severity == "error" for p in problems):
        raise DataError(problems)
    return base


class _FactReader:
    """Reads one fact entry, collecting problems with their lines instead of failing."""

    def __init__(self, entry: LocatedDict, path: str) -> None:
        self.entry = entry
        self.path = path
        self.problems: list[Problem] = []
        self.label = f"fact {entry.get('id')!r}" if entry.get("id") else "fact"

    def problem(
        self, key: str | None, message: str, hint: str = "", mapping: LocatedDict | None = None
    ) -> None:
        where = mapping if mapping is not None else self.entry
        line = where.line_of(key) if key else where.line
        self.problems.append(Problem(self.path, line, f"{self.label}: {message}", hint))

    def text(self, key: str, mapping: LocatedDict | None = None, required: bool = True) -> str | None:
        where = mapping if mapping is not None else self.entry
        value = where.get(key)
        if value is None or value == "":
            if required:
                self.problem(None, f"missing required field {key!r}", f"add '{key}: ...'", where)
            return None
        if isinstance(value, list | dict):
            self.problem(key, f"{key!r} must be text, not a {type(value).__name__}", "", where)
            return None
        return str(value)

    def text_list(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.entry.get(key)
        if value is None:
            if required:
                self.problem(None, f"missing required field {key!r}", f"add '{key}: [...]'")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            self.problem(key, f"{key!r} must be a list of names, like [a, b]", f"write '{key}: [a, b]'")
            return ()
        return tuple(str(v) for v in value)

    def choice(self, key: str, allowed: Sequence[str], default: str | None) -> str | None:
        value = self.entry.get(key, default)
        if value is not None and value not in allowed:
            self.problem(key, f"{key} {value!r} is not allowed", f"use one of: {', '.join(allowed)}")
            return default
        return None if value is None else str(value)

    def mapping(self, key: str) -> LocatedDict | None:
        value = self.entry.get(key)
        if value is None:
            return None
        if not isinstance(value, LocatedDict):
            self.problem(
                key,
                f"{key!r} must be a mapping of fields",
                f"see facts/README.md for the {key} fields",
            )
            return None
        return value

    def unknown_keys(self, mapping: LocatedDict, allowed: Iterable[str], what: str) -> None:
        allowed = list(allowed)
        for key in mapping:
            if key not in allowed:
                self.problem(
                    key,
                    f"unknown key {key!r} in {what}",
                    f"use only: {', '.join(allowed)}",
                    mapping,
                )
        for key, line in mapping.duplicate_keys:
            self.problems.append(
                Problem(
                    self.path,
                    line,
                    f"{self.label}: key {key!r} appears twice in {what}",
                    "keep one of them",
                )
            )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _fact_from_entry(entry: object, path: str, registry: RegionRegistry) -> tuple[Fact | None, list[Problem]]:
    if not isinstance(entry, LocatedDict):
        return None, [
            Problem(
                path,
                None,
                f"a fact must be a mapping of fields, not {entry!r}",
                "start each fact with '- id: ...' followed by its fields",
            )
        ]
    reader = _FactReader(entry, path)
    reader.unknown_keys(entry, FACT_FIELDS, "a fact")

    fact_id = reader.text("id")
    if fact_id and not _ID_PATTERN.match(fact_id):
        reader.problem("id", f"id {fact_id!r} is not kebab-case", "use lowercase letters, digits and hyphens")
    kind = reader.choice("kind", FACT_KINDS, None)
    if "kind" not in entry:
        reader.problem(None, "missing required field 'kind'", f"add 'kind: ...' ({', '.join(FACT_KINDS)})")

    regions = reader.text_list("regions", required=True)
    if "regions" in entry and not regions and isinstance(entry.get("regions"), list):
        reader.problem("regions", "regions is empty", "list at least one region id")
    for region_id in regions:
        if region_id not in registry:
            reader.problem(
                "regions",
                f"unknown region id {region_id!r}",
                "use an id from regions.yaml ('briefer regions' lists them) or add the region there",
            )

    date = None
    if "date" not in entry:
        reader.problem(None, "missing required field 'date'", "add 'date: YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
    else:
        try:
            date = FactDate.parse(entry["date"])
        except ValueError as error:
            reader.problem("date", f"bad date: {error}", "write YYYY, YYYY-MM or YYYY-MM-DD")

    added = None
    if "added" not in entry:
        reader.problem(
            None,
            "missing required field 'added'",
            "add 'added: YYYY-MM-DD', the day the fact entered the base",
        )
    else:
        try:
            added_date = FactDate.parse(entry["added"])
            if not added_date.day:
                raise ValueError(f"{entry['added']!r} needs a day")
            added = dt.date(added_date.year, added_date.month, added_date.day)
        except ValueError as error:
            reader.problem("added", f"bad 'added' date: {error}", "write YYYY-MM-DD")

    summary = reader.text("summary")
    status = reader.choice("status", STATUSES, "verified")
    topics = reader.text_list("topics")
    for topic in topics:
        if topic not in TOPICS:
            reader.problem("topics", f"unknown topic {topic!r}", f"use topics from: {', '.join(TOPICS)}")
    organisations = reader.text_list("organisations")
    disputes = reader.text_list("disputes")
    if status == "disputed" and not disputes:
        reader.problem(
            "status",
            "is disputed but names no contradicting fact",
            "add 'disputes: [other-fact-id]'",
        )
    if disputes and status != "disputed":
        reader.problem(
            "disputes", "lists disputes but its status is not 'disputed'", "set 'status: disputed'"
        )

    sources = _read_sources(reader)
    figure = _read_figure(reader, kind)
    quote = _read_quote(reader, kind)
    tie = reader.choice("tie", TIES, None)
    if tie and kind != "twinning":
        reader.problem("tie", "only a twinning fact has a 'tie'", "remove 'tie' or set 'kind: twinning'")
    if kind == "twinning" and len(regions) != 2:
        reader.problem(
            "regions",
            f"a twinning links exactly two regions, not {len(regions)}",
            "list the Belarusian side and its partner",
        )

    scope = _read_scope(reader, kind, regions, registry)
    expires, never_expires = _read_expiry(reader)
    reported = None
    if "reported" in entry:
        try:
            reported = FactDate.parse(entry["reported"])
        except ValueError as error:
            reader.problem("reported", f"bad 'reported' date: {error}", "write YYYY, YYYY-MM or YYYY-MM-DD")
    headline = reader.text("headline", required=False)
    if headline:
        words = len(headline.split())
        if words > HEADLINE_MAX_WORDS or len(headline) > HEADLINE_MAX_CHARS:
            reader.problem(
                "headline",
                f"headline has {words} words and {len(headline)} characters",
                f"keep it to {HEADLINE_MAX_WORDS} words and {HEADLINE_MAX_CHARS} characters: "
                "who did what, not the whole fact",
            )

    if reader.problems or not (fact_id and kind and summary and date and added and status):
        return None, reader.problems
    return Fact(
        id=fact_id,
        kind=kind,
        regions=regions,
        date=date,
        summary=summary.strip(),
        sources=sources,
        added=added,
        status=status,
        topics=topics,
        organisations=organisations,
        disputes=disputes,
        figure=figure,
        quote=quote,
        tie=(tie or "twinned") if kind == "twinning" else None,
        scope=scope,
        expires=expires,
        never_expires=never_expires,
        reported=reported,
        headline=headline.strip() if headline else None,
        path=path,
        line=entry.line,
    ), []


def _read_sources(reader: _FactReader) -> tuple[Source, ...]:
    value = reader.entry.get("sources")
    if value is None:
        reader.problem(
            None,
            "has no source: a fact without a source is not a fact",
            "add 'sources:' with at least a title and a URL or a full reference",
        )
        return ()
    if not isinstance(value, list) or not value:
        reader.problem(
            "sources",
            "has no source: 'sources' must be a non-empty list",
            "add '- title: ...' and 'url: ...' under 'sources:'",
        )
        return ()
    sources = []
    for item in value:
        if not isinstance(item, LocatedDict):
            reader.problem("sources", "each source must be a mapping with a title", "write '- title: ...'")
            continue
        reader.unknown_keys(item, SOURCE_FIELDS, "a source")
        title = reader.text("title", item)
        year = item.get("year")
        if year is not None and _number(year) is None:
            reader.problem("year", f"source year {year!r} must be a number", "write 'year: 2021'", item)
            year = None
        if (
            title
            and not item.get("url")
            and not ((item.get("author") or item.get("publisher")) and item.get("year"))
        ):
            reader.problem(
                None,
                "source has neither a URL nor a full reference",
                "add 'url:', or 'author:' (or 'publisher:') and 'year:'",
                item,
            )
        if title:
            sources.append(
                Source(
                    title=title.strip(),
                    author=reader.text("author", item, required=False),
                    publisher=reader.text("publisher", item, required=False),
                    year=int(year) if year is not None else None,
                    url=reader.text("url", item, required=False),
                    pages=reader.text("pages", item, required=False),
                    note=reader.text("note", item, required=False),
                )
            )
    return tuple(sources)


def _read_figure(reader: _FactReader, kind: str | None) -> Figure | None:
    block = reader.mapping("figure")
    if block is None:
        if kind == "figure" and "figure" not in reader.entry:
            reader.problem(
                None,
                "a figure fact needs a 'figure' block",
                "add 'figure:' with metric, value, unit and period",
            )
        return None
    if kind != "figure":
        reader.problem("figure", "only a 'kind: figure' fact carries a figure", "set 'kind: figure'")
    reader.unknown_keys(block, FIGURE_FIELDS, "a figure")
    metric = reader.text("metric", block)
    value = _number(block.get("value"))
    if "value" not in block:
        reader.problem(None, "figure has no value", "add 'value: <number>'", block)
    elif value is None:
        reader.problem(
            "value",
            f"figure value {block['value']!r} must be a plain number",
            "write digits only, e.g. 95000000 for USD 95 million",
            block,
        )
    unit = reader.text("unit", block, required=False)
    if unit is None:
        reader.problem(
            "figure",
            "figure has no unit",
            "add 'unit:' (USD, EUR, BYN, percent, times, or what is counted)",
        )
    elif unit.casefold() in _CURRENCY_WORDS:
        reader.problem(
            "unit",
            f"unit {unit!r} is a currency written as a word",
            f"write the currency code: 'unit: {_CURRENCY_WORDS[unit.casefold()]}'",
            block,
        )
        unit = None
    elif unit not in (*CURRENCIES, "percent", "times") and not _COUNT_NOUN.match(unit):
        reader.problem(
            "unit",
            f"unit {unit!r} is not a currency code, 'percent', 'times' or an English count noun",
            "write a currency as its code (USD, EUR, BYN, RUB, CNY) or what is counted in English, "
            "lower case ('companies', 'tonnes'); briefs translate units themselves",
            block,
        )
        unit = None
    period = reader.text("period", block, required=False)
    if period is None:
        reader.problem(
            "figure",
            "figure has no period",
            "add 'period:' (the year or months the value covers, e.g. \"Q1 2021\")",
        )
    qualifier = reader.text("qualifier", block, required=False)
    change_qualifier = reader.text("change_qualifier", block, required=False)
    for key, word in (("qualifier", qualifier), ("change_qualifier", change_qualifier)):
        if word and word not in QUALIFIERS:
            reader.problem(
                key, f"{key} {word!r} is not allowed", f"use one of: {', '.join(QUALIFIERS)}", block
            )
    if value is not None and unit == "percent" and "share" in (metric or "").casefold() and value > 100:
        reader.problem(
            "value",
            f"a share of {format_plain(value)} percent is impossible",
            "a share is at most 100 percent: check the source",
            block,
        )
    change = block.get("change_pct")
    if change is not None and _number(change) is None:
        reader.problem(
            "change_pct",
            f"change_pct {change!r} must be a number",
            "write e.g. 'change_pct: 58'",
            block,
        )
        change = None
    if change_qualifier and change is None:
        reader.problem(
            "change_qualifier",
            "change_qualifier qualifies a change, but the figure has no change_pct",
            "add 'change_pct:' or remove 'change_qualifier'",
            block,
        )
    if not (metric and value is not None and unit and period):
        return None
    return Figure(
        metric,
        value,
        unit,
        period,
        qualifier,
        change,
        reader.text("compared_with", block, required=False),
        change_qualifier,
    )


def format_plain(value: float) -> str:
    """A number for a message: 120 or 12.5."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _read_scope(
    reader: _FactReader, kind: str | None, regions: Sequence[str], registry: RegionRegistry
) -> Scope | None:
    block = reader.mapping("scope")
    if block is None:
        if kind == "figure" and "scope" not in reader.entry:
            reader.problem(
                None,
                "figure has no scope: say whose figure it is",
                f"add {_suggested_scope(regions, registry)} (facts/README.md, 'Scope', has examples)",
            )
        return None
    reader.unknown_keys(block, SCOPE_FIELDS, "a scope")
    of = reader.text("of", block)
    body = reader.text("body", block, required=False)
    with_ = block.get("with")
    if isinstance(with_, list):
        reader.problem(
            "with",
            "'with' names the one counterpart of a bilateral figure",
            "for several destinations together write 'among: [a, b]' instead",
            block,
        )
        with_ = None
    among_value = block.get("among")
    among: tuple[str, ...] = ()
    if among_value is not None:
        if not isinstance(among_value, list) or not all(isinstance(v, str) for v in among_value):
            reader.problem("among", "'among' must be a list of region ids", "write 'among: [a, b]'", block)
        else:
            among = tuple(among_value)
            if len(among) == 1:
                reader.problem(
                    "among",
                    "'among' lists one region",
                    f"a figure with one counterpart is bilateral: write 'with: {among[0]}'",
                    block,
                )
    group = reader.text("group", block, required=False)
    if with_ is not None and (among or group):
        reader.problem(
            "with",
            "a scope is either bilateral ('with') or over several destinations ('among', 'group')",
            "keep 'with' for one counterpart, or 'among'/'group' for several",
            block,
        )
    named = [(key, value) for key, value in (("of", of), ("with", with_)) if value is not None]
    named += [("among", value) for value in among]
    for key, value in named:
        value = str(value)
        if value not in registry:
            reader.problem(
                key, f"scope names unknown region id {value!r}", "use an id from regions.yaml", block
            )
        elif value not in regions:
            reader.problem(
                key,
                f"scope names {value!r}, which is not among the fact's regions",
                f"add {value!r} to 'regions', or correct the scope",
                block,
            )
    if of is None:
        return None
    return Scope(
        of=of,
        body=body.strip() if body else None,
        with_=str(with_) if with_ is not None else None,
        among=among,
        group=group.strip() if group else None,
    )


def _suggested_scope(regions: Sequence[str], registry: RegionRegistry) -> str:
    """The scope a figure most likely has, written out as the fix for a missing one."""
    home = [r for r in regions if r in registry and registry.get(r).country_id == "belarus"]
    of = (home or list(regions) or ["<region id>"])[0]
    away = [r for r in regions if r in registry and r not in home and r != of]
    # A place inside another listed partner is part of it, not a second destination.
    away = [r for r in away if not any(o != r and registry.within(r, o) for o in away)]
    if len(away) == 1:
        return f"'scope: {{of: {of}, with: {away[0]}}}' for a figure between the two"
    if len(away) > 1:
        return f"'scope: {{of: {of}, among: [{', '.join(away)}]}}' for a total over several partners"
    return f"'scope: {{of: {of}}}' for {of}'s own figure"


def _read_expiry(reader: _FactReader) -> tuple[dt.date | None, bool]:
    """'expires: YYYY-MM-DD' or 'expires: never' (a claim that is history)."""
    if "expires" not in reader.entry:
        return None, False
    value = reader.entry["expires"]
    if str(value).strip().lower() == "never":
        return None, True
    try:
        parsed = FactDate.parse(value)
    except ValueError as error:
        reader.problem("expires", f"bad 'expires': {error}", "write YYYY-MM-DD, or 'never' for history")
        return None, False
    return parsed.last_day, False


def _read_quote(reader: _FactReader, kind: str | None) -> Quote | None:
    block = reader.mapping("quote")
    if block is None:
        if kind == "quote":
            reader.problem(
                None,
                "a quote fact needs a 'quote' block",
                "add 'quote:' with text, speaker and role",
            )
        return None
    reader.unknown_keys(block, QUOTE_FIELDS, "a quote")
    text = reader.text("text", block)
    speaker = reader.text("speaker", block)
    if not (text and speaker):
        return None
    return Quote(text.strip(), speaker, reader.text("role", block, required=False))


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
        "file": f"{fact.path}:{fact.line}",
    }


def default_fact_root() -> Path:
    """The built-in fact base: the repository's facts/ or the copy inside the wheel."""
    from .resources import data_dir

    override = os.environ.get("BRIEFER_FACTS")
    return Path(override) if override else data_dir("facts")
