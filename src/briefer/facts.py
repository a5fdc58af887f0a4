"""Loading the fact base: the region registry and every fact file, validated as a whole.

A fact base is a folder: ``regions.yaml`` (the region registry) and any number of
``*.yaml`` fact files below it. Validation reads the whole base and reports every
problem at once, each with its file and line, before anything is built from it.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import DataError, Problem
from .model import (
    CURRENCIES,
    FACT_KINDS,
    STALE_AFTER_MONTHS,
    TIES,
    TOPICS,
    Fact,
    FactBase,
    FactDate,
    Figure,
    Quote,
    Scope,
    Source,
    fact_as_json,
    months_before,
)
from .regions import registry_from_data
from .validate import fact_from_entry
from .yamlload import LocatedDict, load_yaml

__all__ = [
    "CURRENCIES",
    "FACT_KINDS",
    "STALE_AFTER_MONTHS",
    "TIES",
    "TOPICS",
    "Fact",
    "FactBase",
    "FactDate",
    "Figure",
    "Quote",
    "Scope",
    "Source",
    "check_fact_base",
    "default_fact_root",
    "display_path",
    "fact_as_json",
    "load_fact_base",
    "months_before",
]


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
            fact, fact_problems = fact_from_entry(entry, shown, registry)
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


def default_fact_root() -> Path:
    """The built-in fact base: the repository's facts/ or the copy inside the wheel."""
    from .resources import data_dir

    override = os.environ.get("BRIEFER_FACTS")
    return Path(override) if override else data_dir("facts")
