"""What the record says of decisions on proposals: the entries the command line and the
browser write, in the same transaction as the decision itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from ..ingest.queue import Entry
from ..ingest.review import Decision
from .audit import record


def decision_entry(who: str, reason: str = "") -> Callable[[sqlite3.Connection, Entry, Decision], None]:
    """The record of an acceptance (the proposal before, the fact as written after) or a
    rejection (with its reason), by ``who``."""

    def write(db: sqlite3.Connection, entry: Entry, decision: Decision) -> None:
        proposal = entry.proposal
        before: Any = proposal.place if proposal.place is not None else proposal.fact
        if decision.state == "accepted":
            detail = {"as": decision.fact_id, "before": before, "after": decision.text}
            record(db, who, "proposal accepted", proposal.id, detail)
        else:
            record(db, who, "proposal rejected", proposal.id, {"reason": reason, "before": before})

    return write


def proposals_entry(
    who: str, origin: str, title: str | None, count: int
) -> Callable[[sqlite3.Connection], None]:
    """The record of an article proposed: where it came from and how many proposals."""

    def write(db: sqlite3.Connection) -> None:
        record(db, who, "article proposed", origin, {"title": title or "", "proposals": count})

    return write
