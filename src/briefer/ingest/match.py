"""How a proposal stands against the fact base: new, already there, contradicting a
fact (another date, another value), or updating one (a newer period of the same metric
and scope)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..facts import Fact, FactBase, FactDate
from ..text.caseless import caseless
from ..text.formatting import format_figure
from .occasions import Occasion
from .products import product_class

_METRIC_CLASSES = (
    (caseless(r"growth|рост", re.I), "growth"),
    (caseless(r"trade|turnover|товарооборот", re.I), "trade"),
    (caseless(r"export|экспорт", re.I), "exports"),
    (caseless(r"import|импорт", re.I), "imports"),
    (caseless(r"invest", re.I), "investment"),
    (caseless(r"regions\b.*agreement", re.I), "regions with agreements"),
    (caseless(r"agreement|documents\s+signed", re.I), "agreements"),
    (caseless(r"accredit|enterprise|compan", re.I), "enterprises"),
)


@dataclass(frozen=True)
class Standing:
    """new, known, contradicts or updates; the fact it concerns; how, in words."""

    status: str
    fact: str | None = None
    how: str = ""

    def as_json(self) -> dict[str, str | None]:
        return {"status": self.status, "fact": self.fact, "how": self.how}


_BOTH_WAYS = ("trade", "growth of trade")
# units that count the same things, whichever word the base or the article gives them
_SAME_UNIT = {"companies": "enterprises"}


def metric_class(metric: str) -> str:
    """What kind of measure a metric is, whatever words it is given in; a product group's
    flow is the group's ("meat exports": exports of meat products), no flow of all goods."""
    for pattern, name in _METRIC_CLASSES:
        if pattern.search(metric):
            if name == "growth":
                rest = pattern.sub("", metric)
                return f"growth of {metric_class(rest)}"
            product = product_class(metric) if name in ("exports", "imports") else None
            return f"{name} of {product}" if product else name
    return metric.lower().strip()


def period_kind(period: str) -> str:
    """What kind of period a figure covers, whatever its year: '2024' and '2020' are both
    a year; 'January-June 2025' and 'January-June 2021' both a first half."""
    return re.sub(r"\s*\d{4}\s*", " ", period).strip() or "year"


def _by_pair(base: FactBase) -> dict[frozenset[str], list[Fact]]:
    """The base's facts by the places they are of, built once for a base."""
    pairs: dict[frozenset[str], list[Fact]] | None = base.derived.get("facts by places")
    if pairs is None:
        pairs = {}
        for fact in base.facts:
            pairs.setdefault(frozenset(fact.regions), []).append(fact)
        base.derived["facts by places"] = pairs
    return pairs


def _of_place(base: FactBase) -> dict[str, list[Fact]]:
    """The base's facts by each place they are of, built once for a base."""
    places: dict[str, list[Fact]] | None = base.derived.get("facts by place")
    if places is None:
        places = {}
        for fact in base.facts:
            for region in fact.regions:
                places.setdefault(region, []).append(fact)
        base.derived["facts by place"] = places
    return places


def _figures_by_sides(base: FactBase) -> dict[tuple[str | None, str | None], list[tuple[int, Fact]]]:
    """The base's figures of no body, by whose figure they are and with whom, each with its
    place in the base, built once."""
    sides: dict[tuple[str | None, str | None], list[tuple[int, Fact]]] | None = base.derived.get(
        "figures by sides"
    )
    if sides is None:
        sides = {}
        for position, fact in enumerate(base.facts):
            if fact.figure is not None and fact.scope is not None and not fact.scope.body:
                sides.setdefault((fact.scope.of, fact.scope.with_), []).append((position, fact))
        base.derived["figures by sides"] = sides
    return sides


def standing(
    base: FactBase,
    entry: dict[str, object],
    dated_by_article: bool = False,
    in_force: bool = False,
    tie_signing: bool = False,
    tied_by: bool = False,
    occasion: Occasion | None = None,
) -> Standing:
    kind = str(entry["kind"])
    regions = set(entry["regions"])  # type: ignore[call-overload]
    date = FactDate.parse(str(entry["date"]))
    same_pair = _by_pair(base).get(frozenset(regions), [])
    if tie_signing:
        # «планируем подписать соглашение об установлении дружественных отношений между Сочи и
        # Минском»: the pair's tie the base dates that year is the signing announced
        signed = [fact for fact in same_pair if fact.kind == "twinning" and fact.date.year == date.year]
        if signed:
            fact = min(signed, key=lambda fact: (fact.date, fact.id))
            return Standing("known", fact.id, f"the base has the tie this plan announces, of {fact.date}")
    if kind == "twinning" and tied_by:
        return _tie_by(same_pair, str(entry.get("tie") or "twinned"), date)
    if kind == "twinning":
        found = _tie(same_pair, str(entry.get("tie") or "twinned"), date)
        if found.status == "new":
            # «договорились об установлении дружественных отношений между Цимлянским и Быховским
            # районами»: the base may hold it as the pair's agreement, its region beside them
            for fact in base.facts:
                if fact.kind == "agreement" and regions < set(fact.regions) and _same_month(fact.date, date):
                    return Standing("known", fact.id, f"the base has this tie as an agreement of {fact.date}")
        if found.status == "contradicts" and dated_by_article:
            # the sentence gives no date: an article restating a known tie is not a rival date
            fact = base.by_id[found.fact or ""]
            return Standing(
                "known", fact.id, f"the base has this stage from {fact.date}; the sentence gives no date"
            )
        return found
    if kind == "figure":
        return _figure(base, entry, date)
    for fact in same_pair:
        if _same_event(fact, kind, date, occasion):
            return Standing("known", fact.id, f"the base has this {kind} of {fact.date}")
    if kind == "event":
        # the base's event of the pair and a district beside them («mogilev, shaanxi,
        # mogilev-district»): a visit told from the oblast's side is that event
        for fact in _of_place(base).get(min(regions), []):
            if regions < set(fact.regions) and _same_event(fact, kind, date, occasion):
                return Standing(
                    "known", fact.id, f"the base has this {kind} of {fact.date}, with more places"
                )
    if kind == "event":
        # «Дни Псковской области стартовали в городе Витебске»: the base may file the Days of
        # 21 November under the city's oblast, or the oblast's event under its city
        for wider in _pairs_a_level_apart(base, regions):
            for fact in _by_pair(base).get(wider, []):
                if fact.kind == kind and (
                    (fact.date.day and fact.date == date)
                    or (_same_month(fact.date, date) and _at(occasion, fact))
                ):
                    names = " and ".join(base.regions.get(region).name for region in sorted(fact.regions))
                    return Standing("known", fact.id, f"the base has this event of {fact.date}, of {names}")
    if kind == "agreement" and in_force:
        # «между Мордовией и Беларусью действует соглашение»: the pair's agreement signed before
        signed = [fact for fact in same_pair if fact.kind == kind and fact.date.first_day <= date.first_day]
        if signed:
            fact = max(signed, key=lambda fact: (fact.date, fact.id))
            return Standing(
                "known", fact.id, f"the base has this pair's agreement of {fact.date}, the one in force"
            )
    if kind == "agreement" and dated_by_article:
        # "During the recent visit…, the two cities signed an agreement": the sentence gives no
        # date, so the pair's agreement of the half-year before is the one it retells
        recent = [
            fact
            for fact in same_pair
            if fact.kind == kind and 0 <= (date.first_day - fact.date.first_day).days <= _RECENT_DAYS
        ]
        if recent:
            fact = max(recent, key=lambda fact: (fact.date, fact.id))
            return Standing(
                "known",
                fact.id,
                f"the base has this pair's agreement of {fact.date}; the sentence gives no date",
            )
    return Standing("new")


_RECENT_DAYS = 183


def _pairs_a_level_apart(base: FactBase, regions: set[str]) -> list[frozenset[str]]:
    """The pair with one side taken a level up (a city as its oblast) or down (an oblast as
    the cities of it the base files facts under)."""
    pairs = []
    for region in sorted(regions & set(base.regions.regions)):  # (a place the article adds has no level yet)
        others = regions - {region}
        parent = base.regions.get(region).parent
        if parent and parent not in regions and base.regions.get(region).kind in ("city", "district"):
            pairs.append(frozenset({parent, *others}))
        pairs += [
            frozenset({child.id, *others})
            for child in base.regions
            if child.parent == region and child.kind == "city" and child.id not in regions
        ]
    return pairs


# two events of a pair a month holds are one only within a few days of each other (a
# forum's days; a visit on 14 May is no congress of 22 May)
_SAME_EVENT_DAYS = 3


def _same_event(fact: Fact, kind: str, date: FactDate, occasion: Occasion | None) -> bool:
    """Whether the base's fact is the one told: of its kind and month, within a few days or at
    the occasion it was held at."""
    return (
        fact.kind == kind
        and _same_month(fact.date, date)
        and (_days_apart(fact.date, date) <= _SAME_EVENT_DAYS or _at(occasion, fact))
    )


def _at(occasion: Occasion | None, fact: Fact) -> bool:
    """Whether the base's fact tells of the occasion the event was held at: the XII Forum of
    Twin Cities of 28–29 September is the event an article of the 14th places at it."""
    return occasion is not None and occasion.named_in(fact.summary)


def _same_month(one: FactDate, other: FactDate) -> bool:
    if one.year != other.year:
        return False
    return not one.month or not other.month or one.month == other.month


def _days_apart(one: FactDate, other: FactDate) -> int:
    """How many days apart two dates of one month are; 0 where either gives no day."""
    return abs(one.day - other.day) if one.day and other.day else 0


def _tie(facts: list[Fact], tie: str, date: FactDate) -> Standing:
    for fact in facts:
        if fact.kind != "twinning" or (fact.tie or "twinned") != tie:
            continue
        if fact.date.year == date.year:
            return Standing("known", fact.id, f"the base has this {tie} stage from {fact.date}")
        return Standing(
            "contradicts",
            fact.id,
            f"another date: the base dates this {tie} stage {fact.date}, the article {date}",
        )
    return Standing("new")


def _tie_by(facts: list[Fact], tie: str, date: FactDate) -> Standing:
    """A tie told as standing by ``date``: known where the base has it begin by then; a rival
    where the base has it begin later."""
    for fact in facts:
        if fact.kind != "twinning" or (fact.tie or "twinned") != tie:
            continue
        if fact.date.year <= date.year:
            return Standing("known", fact.id, f"the base has this {tie} stage from {fact.date}")
        return Standing(
            "contradicts",
            fact.id,
            f"another date: the base has this {tie} stage begin {fact.date}, "
            f"the article has it standing by {date}",
        )
    return Standing("new")


def _figure(base: FactBase, entry: dict[str, object], date: FactDate) -> Standing:
    figure: dict[str, Any] = entry["figure"]  # type: ignore[assignment]
    scope: dict[str, Any] = entry["scope"]  # type: ignore[assignment]
    wanted = metric_class(str(figure["metric"]))
    older: list[Fact] = []
    by_sides = _figures_by_sides(base)
    told = (scope.get("of"), scope.get("with"))
    # trade between two is the same figure told from either side
    reverse = by_sides.get(told[::-1], []) if wanted in _BOTH_WAYS and told[0] != told[1] else []
    for _, fact in sorted(by_sides.get(told, []) + reverse, key=lambda found: found[0]):
        assert fact.figure is not None
        units = {_SAME_UNIT.get(unit, unit) for unit in (fact.figure.unit, figure["unit"])}
        if len(units) > 1 or metric_class(fact.figure.metric) != wanted:
            continue
        if fact.figure.period == figure["period"]:
            value = float(figure["value"])
            if abs(fact.figure.value - value) <= max(abs(value), 1) * 0.005:
                return Standing("known", fact.id, f"the base gives the same: {format_figure(fact.figure)}")
            return Standing(
                "contradicts",
                fact.id,
                f"another value: the base gives {format_figure(fact.figure)} for {fact.figure.period}",
            )
        if fact.date < date and period_kind(fact.figure.period) == period_kind(str(figure["period"])):
            older.append(fact)
    if older:
        latest = max(older, key=lambda fact: (fact.date, fact.id))
        assert latest.figure is not None
        return Standing(
            "updates",
            latest.id,
            f"a newer period: the base's latest is {format_figure(latest.figure)} for {latest.figure.period}",
        )
    return Standing("new")
