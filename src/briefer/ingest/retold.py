"""The same fact told twice in one article: an event another event names more precisely,
a tie told again later with no date of its own; the finer, dated telling stays."""

from __future__ import annotations

import datetime as dt

from ..places import Region, RegionRegistry
from .candidates import Candidate
from .dating import dated_by_article_only
from .sides import ancestors


def without_coarser_events(registry: RegionRegistry, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less an event that another event of the article names more
    precisely: «Делегация провинций Китая побывала в Витебске» beside the Jiangxi
    delegation's visit to Vitebsk Oblast the same week is that visit, not a second one."""
    sided = [c for c in candidates if c.kind in ("event", "twinning", "agreement") and c.away is not None]

    def related(one: Region, other: Region) -> bool:
        return (
            one.id == other.id or one.id in ancestors(registry, other) or other.id in ancestors(registry, one)
        )

    def coarser(found: Candidate) -> bool:
        """A visit of Belarus to Kazakhstan beside the Vitebsk–Almaty memorandum signed in
        it; Minsk's twinning with Tatarstan beside the same one with Kazan."""
        assert found.away is not None
        return any(
            other is not found
            and other.away is not None
            and (found.kind == "event" or other.kind == found.kind)
            and bool(other.reported) == bool(found.reported)  # a plan is no finer account of what was held
            and not other.in_force  # "agreements … are in effect": no account of what happened that day
            and (
                (found.away.id in ancestors(registry, other.away) and related(found.home, other.home))
                # a visit of "Belarus" beside the same visit to Mogilev Oblast
                or (
                    found.kind == other.kind == "event"
                    and found.away.id == other.away.id
                    and found.home.id in ancestors(registry, other.home)
                )
            )
            and _days_apart(found.date, other.date) <= _SAME_WEEK
            # (a date the sentence gives outweighs one taken from the article)
            and (dated_by_article_only(found.notes) or not dated_by_article_only(other.notes))
            for other in sided
        )

    def told_again(found: Candidate) -> bool:
        """The same tie told again later with no date of its own (the article's is used);
        "the agreement was signed by the mayors" after the twinning it made."""
        return any(
            other is not found
            and (other.home.id, other.away) == (found.home.id, found.away)
            and (
                (other.kind == found.kind and not dated_by_article_only(other.notes) and _alike(found, other))
                # the twinning told first, however it is dated, is the agreement that made it
                or (other.kind == "twinning" and found.document == "agreement" and other.start <= found.start)
            )
            for other in sided
        )

    return [
        c
        for c in candidates
        if not (c in sided and (coarser(c) or (dated_by_article_only(c.notes) and told_again(c))))
    ]


_SAME_WEEK = 7


def _alike(one: Candidate, other: Candidate) -> bool:
    """Whether two events may be one: both held, or both ahead (a visit of the day is not the
    Days the article says will come by the year's end)."""
    return one.kind != "event" or bool(one.reported) == bool(other.reported)


def _days_apart(one: str, other: str) -> int:
    """Days between two dates of a fact (YYYY, YYYY-MM or YYYY-MM-DD), each at its first day."""

    def first_day(text: str) -> dt.date:
        parts = [int(part) for part in text.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])

    try:
        return abs((first_day(one) - first_day(other)).days)
    except (ValueError, IndexError):
        return _SAME_WEEK + 1
