"""A compiled cache of validated fact files, so a large base loads fast when unchanged.

Parsing and validating YAML is most of the time a load takes. Each fact file's result
(its facts and its problems) is stored under a key made of everything the result
depends on: the file's bytes, the name it is shown by, the region registry's bytes and
briefer's own code. A changed file, registry or briefer misses the cache and is
validated afresh, so the cache cannot serve stale facts; checks across files (duplicate
ids, disputes, conflicts) always run on the whole base.

The cache is one SQLite file: $BRIEFER_CACHE, else $XDG_CACHE_HOME/briefer, else
~/.cache/briefer. BRIEFER_CACHE=off turns it off. A cache that cannot be opened or read
is ignored: briefer then validates everything, as without one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

# One entry per file and context (briefer's code and the registry): a file saved anew
# replaces its entry, and entries of another context go when this one writes, so the
# cache stays the size of the fact base however often it is edited.
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, place TEXT NOT NULL, "
    "context TEXT NOT NULL, result BLOB NOT NULL)"
)
_OLD_SCHEMA = "DROP TABLE IF EXISTS files"  # before entries were pruned


@cache
def _code_fingerprint() -> str:
    """A digest of briefer's own source: any change to validation invalidates the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_path() -> Path | None:
    setting = os.environ.get("BRIEFER_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting) / "facts.sqlite"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefer" / "facts.sqlite"


class FactCache:
    """Results of validating fact files, by a key of everything they depend on."""

    def __init__(self, registry_bytes: bytes) -> None:
        self._context = hashlib.sha256(_code_fingerprint().encode() + registry_bytes).hexdigest()
        self._connection: sqlite3.Connection | None = None
        self._wrote = False
        path = cache_path()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(path, timeout=5)
            self._connection.execute(_OLD_SCHEMA)
            self._connection.execute(_SCHEMA)
        except (OSError, sqlite3.Error):
            self._connection = None

    def key(self, content: bytes, shown: str) -> str:
        return hashlib.sha256(self._place(shown).encode() + b"\0" + content).hexdigest()

    def _place(self, shown: str) -> str:
        """The file in this context, whatever its content."""
        return hashlib.sha256(self._context.encode() + shown.encode()).hexdigest()

    def get(self, key: str) -> Any | None:
        if self._connection is None:
            return None
        try:
            row = self._connection.execute("SELECT result FROM entries WHERE key = ?", (key,)).fetchone()
            return pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None  # a damaged entry: validate the file again

    def put(self, key: str, shown: str, result: Any) -> None:
        # written as it comes (one transaction, committed at close) rather than held:
        # at 100,000 facts the pickles alone would be a hundred megabytes
        if self._connection is None:
            return
        place = self._place(shown)
        try:
            self._connection.execute("DELETE FROM entries WHERE place = ?", (place,))
            self._connection.execute(
                "INSERT OR REPLACE INTO entries (key, place, context, result) VALUES (?, ?, ?, ?)",
                (key, place, self._context, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)),
            )
            self._wrote = True
        except sqlite3.Error:
            self._connection = None

    def close(self) -> None:
        if self._connection is None:
            return
        try:
            if self._wrote:
                self._connection.execute("DELETE FROM entries WHERE context != ?", (self._context,))
            self._connection.commit()
            self._connection.close()
        except sqlite3.Error:
            pass  # the next load validates these files again
        self._connection = None
