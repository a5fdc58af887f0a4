"""Finding facts that contradict or repeat each other, or cannot both be true.

Two kinds of contradiction are found without an editor's help: the same stage of a
tie between the same two regions dated differently (friendly relations in 2004 and a
twinning in 2008 are two stages, not a dispute), and a figure with the same metric,
scope and period but a different value. The same figure stated twice is a duplicate
that should be one fact with several sources. A part larger than its whole (a
bilateral figure, or a body's, above the same region's total for the same metric and
period) is impossible.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from .errors import Problem
from .facts import Fact, Source
from .formatting import format_figure


@dataclass(frozen=True)
class Conflict:
    first: Fact
    second: Fact
    what: str  # what the two disagree about, e.g. "the twinning of mogilev and henan"
    duplicate: bool = False  # True: they agree and should be merged

    @property
    def same_source(self) -> bool:
        """Both claims rest on one source: the source contradicts itself."""
        return bool({s.key for s in self.first.sources} & {s.key for s in self.second.sources})

    @property
    def acknowledged(self) -> bool:
        """Both facts already name each other as disputed."""
        return self.second.id in self.first.disputes and self.first.id in self.second.disputes


def _scope_key(fact: Fact) -> tuple[object, ...]:
    scope = fact.scope
    if scope is None:
        return (frozenset(fact.regions),)
    return (scope.of, (scope.body or "").casefold(), scope.with_, frozenset(scope.among), scope.group)


def find_conflicts(facts: Iterable[Fact]) -> list[Conflict]:
    twinnings: dict[tuple[frozenset[str], str | None], list[Fact]] = defaultdict(list)
    figures: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == "twinning":
            twinnings[frozenset(fact.regions), fact.tie].append(fact)
        elif fact.figure is not None:
            key = (fact.figure.metric.casefold(), _scope_key(fact), fact.figure.period.casefold())
            figures[key].append(fact)

    found = []
    for (pair, stage), group in twinnings.items():
        names = " and ".join(sorted(pair))
        for first, second in combinations(group, 2):
            if first.date != second.date:
                found.append(Conflict(first, second, f"the date since which {names} are {stage}"))
    for (metric, _scope, period), group in figures.items():
        regions = sorted(group[0].scope.region_ids if group[0].scope else group[0].regions)
        subject = f"{metric} for {', '.join(regions)} in {period}"
        for first, second in combinations(group, 2):
            assert first.figure is not None and second.figure is not None
            same = (first.figure.value, first.figure.unit) == (second.figure.value, second.figure.unit)
            found.append(Conflict(first, second, subject, duplicate=same))
    return found


def impossible_parts(facts: Iterable[Fact]) -> list[Problem]:
    """Parts larger than their whole: the same metric, unit and period, a narrower scope."""
    wholes: dict[tuple[str, str, str, str], list[Fact]] = defaultdict(list)
    parts: list[Fact] = []
    for fact in facts:
        if fact.figure is None or fact.scope is None:
            continue
        if fact.scope.own and not fact.scope.body:
            key = (
                fact.scope.of,
                fact.figure.metric.casefold(),
                fact.figure.unit,
                fact.figure.period.casefold(),
            )
            wholes[key].append(fact)
        else:
            parts.append(fact)
    problems = []
    for part in parts:
        assert part.figure is not None and part.scope is not None
        key = (part.scope.of, part.figure.metric.casefold(), part.figure.unit, part.figure.period.casefold())
        for whole in wholes.get(key, ()):
            assert whole.figure is not None
            if part.figure.value > whole.figure.value:
                problems.append(
                    Problem(
                        part.path,
                        part.line,
                        f"impossible: {_claim(part)} is larger than the whole it is part of, {_claim(whole)}",
                        "check both sources; mark the wrong one disputed or correct it",
                        severity="warning" if part.disputed or whole.disputed else "error",
                    )
                )
    return problems


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
            if conflict.same_source:
                message += " (one source gives both)"
            if conflict.acknowledged:
                message += " (both marked disputed)"
        problems.append(Problem(second.path, second.line, message, hint, severity="warning"))
    return problems
