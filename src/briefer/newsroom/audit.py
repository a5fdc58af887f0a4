"""The record: an append-only log in the workspace's database of who did what and when —
logins and failed logins, proposals, acceptances with the fact before and after,
rejections with their reason, changes to accounts, facts added.

Each entry carries the hash of the one before it, so that an entry edited, removed or
put in afterwards breaks the chain, and 'briefer audit --verify' says where.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..database import connect, migrate

STEPS = (
    """
    CREATE TABLE audit (
        number INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL,
        previous TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_by_time ON audit (at)
    """,
)
GENESIS = "0" * 64  # the hash the first entry follows


@dataclass(frozen=True)
class Entry:
    number: int
    at: str
    who: str
    action: str
    subject: str
    detail: dict[str, Any]
    previous: str
    hash: str

    def line(self) -> str:
        """One entry as 'briefer audit' prints it."""
        detail = "; ".join(f"{key}: {_short(value)}" for key, value in self.detail.items())
        return f"{self.at}  {self.who}  {self.action}  {self.subject}" + (f"  ({detail})" if detail else "")


def _short(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "…"


def _digest(previous: str, at: str, who: str, action: str, subject: str, detail: str) -> str:
    body = json.dumps([previous, at, who, action, subject, detail], ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    db: sqlite3.Connection, who: str, action: str, subject: str, detail: dict[str, Any] | None = None
) -> None:
    """Append an entry; the caller holds the write transaction (BEGIN IMMEDIATE), so
    that two writers cannot both follow the same entry."""
    migrate_audit(db)
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    row = db.execute("SELECT hash FROM audit ORDER BY number DESC LIMIT 1").fetchone()
    previous = row[0] if row else GENESIS
    db.execute(
        "INSERT INTO audit (at, who, action, subject, detail, previous, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at, who, action, subject, text, previous, _digest(previous, at, who, action, subject, text)),
    )


def migrate_audit(db: sqlite3.Connection) -> None:
    migrate(db, "audit", STEPS)


class AuditLog:
    """The log in the database at ``path``."""

    def __init__(self, path: Path) -> None:
        self._db = connect(path)
        migrate_audit(self._db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def record(self, who: str, action: str, subject: str, detail: dict[str, Any] | None = None) -> None:
        with self.writing() as db:
            record(db, who, action, subject, detail)

    def entries(self, since: dt.date | None = None, who: str | None = None) -> list[Entry]:
        query = "SELECT * FROM audit WHERE 1 = 1"
        values: list[object] = []
        if since is not None:
            query += " AND at >= ?"
            values.append(since.isoformat())
        if who is not None:
            query += " AND who = ?"
            values.append(who)
        rows = self._db.execute(query + " ORDER BY number", values).fetchall()
        return [_entry(row) for row in rows]

    def verify(self) -> list[str]:
        """Where the chain breaks, in words; [] when every entry follows the one before."""
        problems = []
        previous = GENESIS
        for row in self._db.execute("SELECT * FROM audit ORDER BY number"):
            entry = _entry(row)
            expected = _digest(previous, row["at"], row["who"], row["action"], row["subject"], row["detail"])
            if entry.previous != previous:
                problems.append(f"entry {entry.number} ({entry.at}) does not follow the entry before it")
            elif entry.hash != expected:
                problems.append(f"entry {entry.number} ({entry.at}) was changed after it was written")
            previous = entry.hash
        return problems


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(
        row["number"], row["at"], row["who"], row["action"], row["subject"], json.loads(row["detail"]),
        row["previous"], row["hash"],
    )  # fmt: skip
