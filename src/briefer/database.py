"""The workspace's own database: one SQLite file beside briefer.yaml for what is not
facts — the proposal queue, accounts and sessions, and the audit log. The facts stay
YAML files, the newsroom's record in git.

Each part of briefer that keeps tables here brings its own numbered steps to create and
change them; a step runs once, in a transaction, in order. The file is written with
a write-ahead log, so several server workers and the command line can use it at once.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from .errors import DataError, Problem

FOLDER = ".briefer"  # beside briefer.yaml; holds no file an editor edits
NAME = "newsroom.sqlite"
BUSY_SECONDS = 30.0


def database_path(workspace: Path) -> Path:
    return workspace / FOLDER / NAME


def connect(path: Path) -> sqlite3.Connection:
    """The database at ``path``, created (folder 0700, file 0600) if need be."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    new = not path.exists()
    try:
        connection = sqlite3.connect(
            path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
        )
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA synchronous=NORMAL")
        if new:
            os.chmod(path, 0o600)
        connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_steps (part TEXT PRIMARY KEY, step INTEGER NOT NULL)"
        )
    except sqlite3.DatabaseError as error:
        raise DataError(
            [
                Problem(
                    str(path),
                    None,
                    f"the workspace database cannot be read: {error}",
                    "restore it from a backup, or move it away to start an empty one "
                    "(the facts are not in it)",
                )
            ],
            what="workspace",
        ) from None
    connection.row_factory = sqlite3.Row
    return connection


def migrate(connection: sqlite3.Connection, part: str, steps: Sequence[str]) -> None:
    """Run the steps of ``part`` that have not run yet, each once, in order."""
    row = connection.execute("SELECT step FROM schema_steps WHERE part = ?", (part,)).fetchone()
    done = row[0] if row else 0
    if done >= len(steps):
        return
    own = not connection.in_transaction  # inside a caller's transaction, the steps join it
    if own:
        connection.execute("BEGIN IMMEDIATE")
    try:
        row = connection.execute("SELECT step FROM schema_steps WHERE part = ?", (part,)).fetchone()
        done = row[0] if row else 0  # another process may have run them meanwhile
        for number, step in enumerate(steps[done:], start=done + 1):
            for statement in step.split(";\n"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(
                "INSERT INTO schema_steps (part, step) VALUES (?, ?) "
                "ON CONFLICT (part) DO UPDATE SET step = excluded.step",
                (part, number),
            )
        if own:
            connection.execute("COMMIT")
    except BaseException:
        if own:
            connection.execute("ROLLBACK")
        raise
