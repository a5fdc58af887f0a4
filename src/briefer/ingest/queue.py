"""The proposal queue in the workspace's database: articles read, the proposals made
from them, and what became of each (accepted as which fact, or rejected and why, by
whom and when).

An article is kept once, by its key (its address, else its words): proposing the same
article again adds nothing. A decision is taken once: two editors acting on one
proposal at the same moment both reach the database, one first; the second is told who
acted and when, and nothing is written twice.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..database import connect, migrate
from ..errors import UsageError
from .articles import Article
from .propose import Proposal

STEPS = (
    """
    CREATE TABLE articles (
        key TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        title TEXT,
        site TEXT,
        date TEXT,
        url TEXT,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
    );
    CREATE TABLE proposals (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles (key),
        position INTEGER NOT NULL,
        payload TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'waiting',
        decided_by TEXT,
        decided_at TEXT,
        reason TEXT,
        fact TEXT
    );
    CREATE INDEX proposals_by_state ON proposals (state, decided_at)
    """,
)
STATES = ("waiting", "accepted", "rejected")
T = TypeVar("T")


class AlreadyDecided(UsageError):
    """Somebody acted on the proposal first."""


@dataclass(frozen=True)
class Entry:
    """A proposal in the queue with its state."""

    proposal: Proposal
    state: str
    proposed_by: str
    decided_by: str | None
    decided_at: str | None
    reason: str | None
    fact: str | None  # the id it was accepted as

    def as_json(self) -> dict[str, Any]:
        return {
            **self.proposal.as_json(),
            "state": self.state,
            "proposed_by": self.proposed_by,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
            "reason": self.reason,
            "accepted_as": self.fact,
        }


class ProposalQueue:
    """The queue kept in the database file at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = connect(path)
        migrate(self._db, "proposals", STEPS)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProposalQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def has_article(self, key: str) -> bool:
        return self._db.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone() is not None

    def add(
        self,
        article: Article,
        proposals: list[Proposal],
        who: str,
        now: dt.datetime | None = None,
        log: Callable[[sqlite3.Connection], None] | None = None,
    ) -> int:
        """Keep the article and its proposals; 0 if the article was proposed before.
        ``log`` writes the record's entry in the same transaction."""
        stamp = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM articles WHERE key = ?", (article.key,)).fetchone():
                return 0
            db.execute(
                "INSERT INTO articles "
                "(key, origin, title, site, date, url, language, text, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.key, article.origin, article.title, article.site,
                 article.date.isoformat() if article.date else None, article.url, article.language,
                 article.text, stamp, who),
            )  # fmt: skip
            added = 0
            for position, proposal in enumerate(proposals):
                cursor = db.execute(
                    "INSERT OR IGNORE INTO proposals (id, article, position, payload) VALUES (?, ?, ?, ?)",
                    (proposal.id, article.key, position, json.dumps(proposal.as_json(), ensure_ascii=False)),
                )
                added += cursor.rowcount
            if log is not None:
                log(db)
            return added

    def entries(self, state: str | None = "waiting") -> list[Entry]:
        query = (
            "SELECT p.*, a.added_by AS proposed_by FROM proposals p JOIN articles a ON a.key = p.article"
            + (" WHERE p.state = ?" if state else "")
            + " ORDER BY a.added_at, p.article, p.position"
        )
        rows = self._db.execute(query, (state,) if state else ()).fetchall()
        return [_entry(row) for row in rows]

    def get(self, proposal_id: str) -> Entry:
        row = self._db.execute(
            "SELECT p.*, a.added_by AS proposed_by FROM proposals p JOIN articles a ON a.key = p.article "
            "WHERE p.id = ?",
            (proposal_id,),
        ).fetchone()
        if row is None:
            raise UsageError(
                f"no proposal {proposal_id!r}; 'briefer facts review --list' shows the waiting ones"
            )
        return _entry(row)

    def article(self, key: str) -> dict[str, Any]:
        row = self._db.execute("SELECT * FROM articles WHERE key = ?", (key,)).fetchone()
        return dict(row) if row else {}

    def decide(
        self,
        proposal_id: str,
        state: str,
        who: str,
        act: Callable[[Entry], T],
        reason: str | None = None,
        now: dt.datetime | None = None,
        log: Callable[[sqlite3.Connection, Entry, T], None] | None = None,
    ) -> T:
        """Take a decision on a waiting proposal: ``act`` (which writes the fact, for an
        acceptance) runs while the queue is held, and its result's id is recorded; if
        ``act`` fails, nothing is recorded. AlreadyDecided if someone acted first."""
        assert state in ("accepted", "rejected")
        with self._transaction() as db:
            entry = self._decidable(db, proposal_id)
            result = act(entry)
            fact = getattr(result, "fact_id", None)
            stamp = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
            db.execute(
                "UPDATE proposals SET state = ?, decided_by = ?, decided_at = ?, reason = ?, fact = ? "
                "WHERE id = ? AND state = 'waiting'",
                (state, who, stamp, reason, fact, proposal_id),
            )
            if log is not None:
                log(db, entry, result)
            return result

    def _decidable(self, db: sqlite3.Connection, proposal_id: str) -> Entry:
        row = db.execute(
            "SELECT p.*, a.added_by AS proposed_by FROM proposals p JOIN articles a ON a.key = p.article "
            "WHERE p.id = ?",
            (proposal_id,),
        ).fetchone()
        if row is None:
            raise UsageError(
                f"no proposal {proposal_id!r}; 'briefer facts review --list' shows the waiting ones"
            )
        entry = _entry(row)
        if entry.state != "waiting":
            raise AlreadyDecided(
                f"proposal {proposal_id} was {entry.state} by {entry.decided_by} at {entry.decided_at}"
                + (f" (as fact {entry.fact})" if entry.fact else "")
                + "; nothing was changed"
            )
        return entry

    def decided_between(self, first: dt.date, last: dt.date) -> list[Entry]:
        """Proposals accepted or rejected from ``first`` to ``last``, both included."""
        rows = self._db.execute(
            "SELECT p.*, a.added_by AS proposed_by FROM proposals p JOIN articles a ON a.key = p.article "
            "WHERE p.state != 'waiting' AND substr(p.decided_at, 1, 10) BETWEEN ? AND ? "
            "ORDER BY p.decided_at",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        return [_entry(row) for row in rows]


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(
        Proposal.from_json(json.loads(row["payload"])),
        row["state"],
        row["proposed_by"],
        row["decided_by"],
        row["decided_at"],
        row["reason"],
        row["fact"],
    )
