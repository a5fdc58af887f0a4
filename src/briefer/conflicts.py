"""Finding facts that contradict or repeat each other.

Two kinds of contradiction are found without an editor's help: a twinning between
the same two regions dated differently, and a figure with the same metric, regions and
period but a different value. The same figure stated twice is a duplicate that should
be one fact with several sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from .errors import Problem
from .facts import Fact, Source
from .render import format_figure


@dataclass(frozen=True)
class Conflict:
    first: Fact
    second: Fact
    what: str  # what the two disagree about, e.g. "the twinning of mogilev and henan"
    duplicate: bool = False  # True: they agree and should be merged

    @property
    def acknowledged(self) -> bool:
        """Both facts already name each other as disputed."""
        return self.second.id in self.first.disputes and self.first.id in self.second.disputes


def find_conflicts(facts: Iterable[Fact]) -> list[Conflict]:
    twinnings: dict[frozenset[str], list[Fact]] = defaultdict(list)
    figures: dict[tuple[str, frozenset[str], str], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == "twinning":
            twinnings[frozenset(fact.regions)].append(fact)
        elif fact.figure is not None:
            key = (fact.figure.metric.casefold(), frozenset(fact.regions), fact.figure.period.casefold())
            figures[key].append(fact)

    found = []
    for pair, group in twinnings.items():
        names = " and ".join(sorted(pair))
        for first, second in combinations(group, 2):
            if first.date != second.date:
                found.append(Conflict(first, second, f"the date of the tie between {names}"))
    for (metric, regions, period), group in figures.items():
        subject = f"{metric} for {', '.join(sorted(regions))} in {period}"
        for first, second in combinations(group, 2):
            assert first.figure is not None and second.figure is not None
            same = (first.figure.value, first.figure.unit) == (second.figure.value, second.figure.unit)
            found.append(Conflict(first, second, subject, duplicate=same))
    return found


def _source_label(source: Source) -> str:
    return f"{source.title} ({source.url})" if source.url else source.title


def _claim(fact: Fact) -> str:
    value = format_figure(fact.figure) if fact.figure else str(fact.date)
    sources = "; ".join(_source_label(s) for s in fact.sources)
    return f"{fact.id!r} ({value}, {fact.path}:{fact.line}; source: {sources})"


def conflict_problems(conflicts: Iterable[Conflict]) -> list[Problem]:
    """Each conflict as a warning that names both facts and both sources."""
    problems = []
    for conflict in conflicts:
        first, second = conflict.first, conflict.second
        if conflict.duplicate:
            message = f"duplicate: {_claim(first)} and {_claim(second)} state the same {conflict.what}"
            hint = "merge them into one fact that lists both sources"
        else:
            message = f"sources disagree on {conflict.what}: {_claim(first)} against {_claim(second)}"
            hint = (
                ""
                if conflict.acknowledged
                else "keep both; set 'status: disputed' and 'disputes: [<other id>]' on each"
            )
            if conflict.acknowledged:
                message += " (both marked disputed)"
        problems.append(Problem(second.path, second.line, message, hint, severity="warning"))
    return problems
