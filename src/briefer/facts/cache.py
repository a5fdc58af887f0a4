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

Entries are pickles, and unpickling runs whatever a pickle says, so each entry is
signed with a key kept beside the cache, readable by its owner alone (facts.key, mode
0600), and only an entry whose signature holds is read. A cache folder, file or key
owned by another user, or writable by others, is not used at all.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import sqlite3
import stat
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
        self._secret: bytes | None = None
        path = cache_path()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._secret = _signing_key(path.parent)
            if self._secret is None or not (_private(path.parent) and (not path.exists() or _private(path))):
                return
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
            if not row or not hmac.compare_digest(
                bytes(row[0][:_SIGNATURE]), self._sign(key, row[0][_SIGNATURE:])
            ):
                return None  # not written by this user's briefer: never unpickled
            return pickle.loads(row[0][_SIGNATURE:])
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None  # a damaged entry: validate the file again

    def _sign(self, key: str, data: bytes) -> bytes:
        assert self._secret is not None
        return hmac.new(self._secret, key.encode() + b"\0" + bytes(data), hashlib.sha256).digest()

    def put(self, key: str, shown: str, result: Any) -> None:
        # written as it comes (one transaction, committed at close) rather than held:
        # at 100,000 facts the pickles alone would be a hundred megabytes
        if self._connection is None:
            return
        place = self._place(shown)
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._connection.execute("DELETE FROM entries WHERE place = ?", (place,))
            self._connection.execute(
                "INSERT OR REPLACE INTO entries (key, place, context, result) VALUES (?, ?, ?, ?)",
                (key, place, self._context, self._sign(key, data) + data),
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


_SIGNATURE = 32  # bytes of HMAC-SHA256 before each pickle
_KEY_NAME = "facts.key"


def _private(path: Path) -> bool:
    """Owned by this user and writable by nobody else (not a link)."""
    info = path.lstat()
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _signing_key(folder: Path) -> bytes | None:
    """This user's key for the cache in ``folder``, made on first use; None if it is not private."""
    path = folder / _KEY_NAME
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if info.st_uid != os.geteuid() or info.st_mode & 0o077 or not stat.S_ISREG(info.st_mode):
            return None
        secret = handle.read(64)
    return secret if len(secret) == 32 else None
