"""Finding facts that contradict or repeat each other, or cannot both be true.

Two kinds of contradiction are found without an editor's help: the same stage of a
tie between the same two regions dated differently (friendly relations in 2004 and a
twinning in 2008 are two stages, not a dispute), and a figure with the same metric,
scope and period but a different value. The same figure stated twice is a duplicate
that should be one fact with several sources. A part larger than its whole (a
bilateral figure, or a body's, above the same region's total for the same metric and
period; exports above the trade turnover they are part of, for the same scope and
period) is impossible. A deprecated claim (one known to be wrong, kept as what its
source says) is neither a rival nor a duplicate.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from ..errors import Problem
from ..text.formatting import format_figure
from .model import Fact, Source


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
    facts = [fact for fact in facts if not fact.deprecated]
    for fact in facts:
        if fact.kind == "twinning":
            twinnings[frozenset(fact.regions), fact.tie].append(fact)
    figures = _figure_groups(facts)

    found = []
    for (pair, stage), group in twinnings.items():
        names = " and ".join(sorted(pair))
        for first, second in combinations(group, 2):
            if first.date != second.date:
                found.append(Conflict(first, second, f"the date since which {names} are {stage}"))
    for (metric, _scope, period), group in figures.items():
        regions = sorted(group[0].scope.region_ids if group[0].scope else group[0].regions)
        subject = f"{metric} for {', '.join(regions)} in {period}"
        # Facts giving one value are duplicates of the first to give it; each fact is set
        # against the first of every other value. Linear in the facts, not quadratic:
        # beyond MAX_RIVAL_VALUES values, crowded_figures reports the subject instead.
        claims = _claims(group)
        for first, *repeats in claims:
            found.extend(Conflict(first, repeat, subject, duplicate=True) for repeat in repeats)
        for (first, *_), (rival, *rival_repeats) in combinations(claims[:MAX_RIVAL_VALUES], 2):
            found.extend(Conflict(first, other, subject) for other in (rival, *rival_repeats))
        for (_, *repeats), (rival, *_) in combinations(claims[:MAX_RIVAL_VALUES], 2):
            found.extend(Conflict(repeat, rival, subject) for repeat in repeats)
    return found


# More rival values than this for one figure is no longer a dispute to show but a file to fix
MAX_RIVAL_VALUES = 12


def _figure_groups(facts: Iterable[Fact]) -> dict[tuple[object, ...], list[Fact]]:
    groups: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind != "twinning" and fact.figure is not None and not fact.deprecated:
            groups[fact.figure.metric.casefold(), _scope_key(fact), fact.figure.period.casefold()].append(
                fact
            )
    return groups


def _claims(group: list[Fact]) -> list[list[Fact]]:
    """The group's facts by the value they give, in order of first appearance."""
    by_value: dict[tuple[float, str], list[Fact]] = {}
    for fact in group:
        assert fact.figure is not None
        by_value.setdefault((fact.figure.value, fact.figure.unit), []).append(fact)
    return list(by_value.values())


def crowded_figures(facts: Iterable[Fact]) -> list[Problem]:
    """One figure given more than MAX_RIVAL_VALUES different values: reported once."""
    problems = []
    for (metric, _scope, period), group in _figure_groups(facts).items():
        claims = _claims(group)
        if len(claims) > MAX_RIVAL_VALUES:
            first = claims[0][0]
            problems.append(
                Problem(
                    first.path,
                    first.line,
                    f"{len(claims)} different values for {metric} in {period} (same scope); "
                    f"only the first {MAX_RIVAL_VALUES} are compared",
                    "one figure has one value per source: merge the repeats and correct the rest",
                )
            )
    return problems


# Exports are part of trade turnover: "exports of X to Y" and "trade turnover of X with Y"
# of one scope, unit and period. Targets, growth and shares are other metrics.
_EXPORTS = re.compile(r"exports(?: (?:of|to|by|from) .*)?\Z")
_TURNOVER = re.compile(r"(?:foreign )?trade turnover(?: (?:of|with|between) .*)?\Z")


def impossible_parts(facts: Iterable[Fact]) -> list[Problem]:
    """Parts larger than their whole: the same metric, unit and period, a narrower
    scope; and exports larger than the trade turnover of the same scope and period."""
    wholes: dict[tuple[str, str, str, str], list[Fact]] = defaultdict(list)
    parts: list[Fact] = []
    exports: list[Fact] = []
    turnovers: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
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
        metric = fact.figure.metric.casefold().strip()
        if _EXPORTS.match(metric):
            exports.append(fact)
        elif _TURNOVER.match(metric):
            turnovers[_scope_key(fact), fact.figure.unit, fact.figure.period.casefold()].append(fact)
    for group in (*wholes.values(), *turnovers.values()):
        group.sort(key=lambda whole: whole.figure.value if whole.figure else 0)
    problems = []
    for part in parts:
        assert part.figure is not None and part.scope is not None
        key = (part.scope.of, part.figure.metric.casefold(), part.figure.unit, part.figure.period.casefold())
        # the smallest wholes first, and no more than a handful: a part is checked in
        # time linear in the base however many wholes repeat one figure
        problems += _larger_than(part, wholes.get(key, [])[:MAX_RIVAL_VALUES])
    for part in exports:
        assert part.figure is not None
        same = (_scope_key(part), part.figure.unit, part.figure.period.casefold())
        problems += _larger_than(part, turnovers.get(same, [])[:MAX_RIVAL_VALUES])
    return problems


def _larger_than(part: Fact, wholes: Iterable[Fact]) -> list[Problem]:
    """The problem of ``part`` with each whole it is larger than: an error, or a warning
    where an editor has already marked one of the two disputed or deprecated."""
    problems = []
    for whole in wholes:
        assert part.figure is not None and whole.figure is not None
        if part.figure.value > whole.figure.value:
            marked = [f for f in (part, whole) if f.deprecated]
            message = f"impossible: {_claim(part)} is larger than the whole it is part of, {_claim(whole)}"
            message += "".join(f" ({f.id!r} is already deprecated)" for f in marked)
            problems.append(
                Problem(
                    part.path,
                    part.line,
                    message,
                    "" if marked else "check both sources; mark the wrong one disputed or correct it",
                    severity="warning" if marked or part.disputed or whole.disputed else "error",
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


def live_conflicts(facts: Iterable[Fact]) -> list[Conflict]:
    """The contradictions among ``facts``; a fact and the one that replaces it are a
    correction, not a contradiction."""
    return [
        c
        for c in find_conflicts(facts)
        if c.first.id not in c.second.supersedes and c.second.id not in c.first.supersedes
    ]


def rivals_of(conflicts: Iterable[Conflict]) -> dict[str, list[str]]:
    """Each fact's rivals by id, from the contradictions that are not duplicates."""
    rivals: dict[str, list[str]] = {}
    for conflict in conflicts:
        if conflict.duplicate:
            continue
        for one, other in ((conflict.first, conflict.second), (conflict.second, conflict.first)):
            if other.id not in rivals.setdefault(one.id, []):
                rivals[one.id].append(other.id)
    return rivals
