"""Deciding on a proposal: accepting writes the fact (or the place) through the same
checked, locked, atomic path as 'facts add', with the article as its source and who
proposed and who accepted it on record; rejecting keeps the reason."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError, Problem, UsageError
from ..facts import FactBase, display_path
from ..facts.add import Added, append_entry, entry_text
from ..output import atomic_write, folder_lock
from ..places import HOME_COUNTRY, registry_from_data
from ..yamlload import load_yaml_text
from .queue import Entry, ProposalQueue

REGISTRY_NAME = "regions.yaml"
Log = Callable[[sqlite3.Connection, Entry, "Decision"], None]


@dataclass(frozen=True)
class Decision:
    """What became of a proposal: the fact or place it was accepted as, where."""

    proposal: str
    state: str
    fact_id: str | None = None
    path: Path | None = None
    text: str = ""


def accept(
    queue: ProposalQueue,
    proposal_id: str,
    layer: Path,
    load_base: Callable[[], FactBase],
    reviewer: str,
    edited: dict[str, Any] | None = None,
    log: Log | None = None,
) -> Decision:
    """Accept a waiting proposal, as it is or as the editor ``edited`` it; ``log``
    writes the record's entry in the same transaction as the decision."""

    def act(entry: Entry) -> Decision:
        layer.mkdir(parents=True, exist_ok=True)
        with folder_lock(layer):
            base = load_base()
            if entry.proposal.place is not None:
                return _accept_place(base, layer, edited or entry.proposal.place, proposal_id)
            assert entry.proposal.fact is not None
            return _accept_fact(base, layer, dict(edited or entry.proposal.fact), entry, reviewer)

    return queue.decide(proposal_id, "accepted", reviewer, act, log=log)


def reject(
    queue: ProposalQueue, proposal_id: str, reviewer: str, reason: str, log: Log | None = None
) -> Decision:
    if not reason.strip():
        raise UsageError("a rejection needs its reason: --reason 'not about the region', for instance")
    return queue.decide(
        proposal_id,
        "rejected",
        reviewer,
        lambda entry: Decision(proposal_id, "rejected"),
        reason=reason.strip(),
        log=log,
    )


def _accept_fact(base: FactBase, layer: Path, fact: dict[str, Any], entry: Entry, reviewer: str) -> Decision:
    regions = [str(region) for region in fact.get("regions") or []]
    missing = [region for region in regions if region not in base.regions]
    if missing:
        raise UsageError(
            f"the fact names {', '.join(missing)}, which the registry lacks: "
            "accept the place's proposal first"
        )
    fact["id"] = _free_id(base, str(fact.get("id") or "proposed-fact"))
    if fact.get("status") == "needs-check":
        fact["status"] = "verified"  # an editor has read it against its article
    fact["added_by"] = entry.proposed_by
    fact["reviewed_by"] = reviewer
    ordered = {key: fact[key] for key in _ORDER if key in fact}
    ordered.update({key: value for key, value in fact.items() if key not in ordered})
    home = next((r for r in regions if base.regions.get(r).country_id == HOME_COUNTRY), regions[0])
    partner = next((r for r in regions if r != home), home)
    added: Added = append_entry(base, layer, ordered, home, partner)
    return Decision(entry.proposal.id, "accepted", str(ordered["id"]), added.path, added.text)


_ORDER = (
    "id", "kind", "regions", "date", "tie", "summary", "headline", "topics", "scope", "figure", "reported",
    "supersedes", "status", "sources", "added", "added_by", "reviewed_by", "translations",
)  # fmt: skip


def _free_id(base: FactBase, wanted: str) -> str:
    candidate, number = wanted, 2
    while candidate in base.by_id:
        candidate, number = f"{wanted}-{number}", number + 1
    return candidate


def _accept_place(base: FactBase, layer: Path, place: dict[str, Any], proposal_id: str) -> Decision:
    path = layer / REGISTRY_NAME
    shown = display_path(path)
    text = entry_text(place)
    parsed, problems = load_yaml_text(text, shown)
    if not problems:
        _, problems = registry_from_data(parsed, shown, base=base.regions)
    errors = [problem for problem in problems if problem.severity == "error"]
    if place.get("id") in base.regions.regions:
        errors.append(
            Problem(shown, None, f"the registry has {place['id']!r} already", "edit the id or reject it")
        )
    if errors:
        raise DataError(errors, what="new place")
    existing = path.read_bytes() if path.exists() else b""
    if existing and not existing.endswith(b"\n"):
        existing += b"\n"
    atomic_write(path, existing + text.encode("utf-8"))
    return Decision(proposal_id, "accepted", str(place["id"]), path, text)


def fact_text(fact: dict[str, Any]) -> str:
    """A proposed fact as the base would write it, for an editor to read or edit."""
    return entry_text(fact)
