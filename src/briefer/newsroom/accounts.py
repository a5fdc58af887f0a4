"""Accounts, sessions and login limits, in the workspace's database.

Reporters propose, editors decide, admins manage accounts. A password is kept only as
its Argon2id hash at OWASP's parameters (19 MiB, 2 passes, one lane: tens of
milliseconds a check); it has at least 12 characters and is not a common one. A session
is a random id the browser keeps in a cookie; the database keeps only its hash, with
the user, a CSRF token and its times: it ends after 30 idle minutes, 12 hours in all,
at logout, at a password change and when its account is disabled. After five failed
logins in 15 minutes an account waits 15 minutes; an address, after 20.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..database import connect, migrate
from ..errors import UsageError
from .audit import migrate_audit, record

ROLES = ("reporter", "editor", "admin")
MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # Argon2 hashes anything; a megabyte of "password" is still refused
IDLE_SECONDS = 30 * 60
SESSION_SECONDS = 12 * 60 * 60
WINDOW_SECONDS = 15 * 60
ACCOUNT_FAILURES = 5
ADDRESS_FAILURES = 20
_NAME = re.compile(r"[a-z][a-z0-9._-]{1,31}\Z")
_COMMON = Path(__file__).parent / "common-passwords.txt"

STEPS = (
    """
    CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        started REAL NOT NULL,
        seen REAL NOT NULL,
        address TEXT NOT NULL
    );
    CREATE TABLE logins (
        at REAL NOT NULL,
        user TEXT NOT NULL,
        address TEXT NOT NULL,
        ok INTEGER NOT NULL
    );
    CREATE INDEX logins_by_user ON logins (user, at);
    CREATE INDEX logins_by_address ON logins (address, at)
    """,
)


class LoginRefused(UsageError):
    """A login that did not succeed, said as the login page shows it."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    disabled: bool
    created: str

    def may(self, role: str) -> bool:
        """Whether this user has ``role`` or one above it."""
        return not self.disabled and ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class Session:
    """A live session: whose, and the token its forms carry."""

    user: User
    csrf: str
    token_hash: str


@functools.cache
def _hasher():  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@functools.cache
def common_passwords() -> frozenset[str]:
    lines = _COMMON.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def password_problem(name: str, password: str) -> str | None:
    """Why ``password`` will not do for ``name``, or None."""
    if len(password) < MIN_PASSWORD:
        return (
            f"a password needs at least {MIN_PASSWORD} characters; a phrase of four words is easy to remember"
        )
    if len(password) > MAX_PASSWORD:
        return f"a password may have at most {MAX_PASSWORD} characters"
    folded = password.lower()
    core = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", folded)
    common = common_passwords()
    repeated = any(
        core and len(core) % len(word) == 0 and core == word * (len(core) // len(word)) for word in common
    )
    if folded in common or core in common or repeated or len(set(folded)) < 5:
        return "that password is one of the most common ones; choose another"
    if name.lower() in folded or "briefer" in folded:
        return "a password may not contain the account's name or 'briefer'"
    return None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


class Accounts:
    """Accounts and sessions in the database at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = connect(path)
        migrate(self._db, "accounts", STEPS)
        migrate_audit(self._db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Accounts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- accounts ----------------------------------------------------------------

    def any(self) -> bool:
        return self._db.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None

    def users(self) -> list[User]:
        return [_user(row) for row in self._db.execute("SELECT * FROM users ORDER BY name")]

    def get(self, name: str) -> User | None:
        row = self._db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()
        return _user(row) if row else None

    def add(self, name: str, role: str, password: str, by: str) -> User:
        if not _NAME.match(name):
            raise UsageError(
                f"account name {name[:40]!r}: use 2 to 32 lower-case letters, digits, dots, hyphens or "
                "underscores, starting with a letter (e.g. 'olga' or 'i.petrova')"
            )
        if role not in ROLES:
            raise UsageError(f"--role {role!r}: use one of {', '.join(ROLES)}")
        problem = password_problem(name, password)
        if problem:
            raise UsageError(problem)
        hashed = _hasher().hash(password)
        with self._writing() as db:
            if db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
                raise UsageError(f"there is an account {name!r} already; 'briefer users list' shows them")
            created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            db.execute(
                "INSERT INTO users (name, role, hash, created) VALUES (?, ?, ?, ?)",
                (name, role, hashed, created),
            )
            record(db, by, "user added", name, {"role": role})
        return User(name, role, False, created)

    def set_password(self, name: str, password: str, by: str) -> None:
        self._require(name)
        problem = password_problem(name, password)
        if problem:
            raise UsageError(problem)
        hashed = _hasher().hash(password)
        with self._writing() as db:
            db.execute("UPDATE users SET hash = ? WHERE name = ?", (hashed, name))
            db.execute(
                "DELETE FROM sessions WHERE user = ?", (name,)
            )  # every session of the old password ends
            record(db, by, "password changed", name)

    def disable(self, name: str, by: str) -> None:
        self._require(name)
        with self._writing() as db:
            db.execute("UPDATE users SET disabled = 1 WHERE name = ?", (name,))
            db.execute("DELETE FROM sessions WHERE user = ?", (name,))
            record(db, by, "user disabled", name)

    def remove(self, name: str, by: str) -> None:
        self._require(name)
        with self._writing() as db:
            db.execute("DELETE FROM sessions WHERE user = ?", (name,))
            db.execute("DELETE FROM users WHERE name = ?", (name,))
            record(db, by, "user removed", name)

    def _require(self, name: str) -> User:
        user = self.get(name)
        if user is None:
            raise UsageError(f"there is no account {name!r}; 'briefer users list' shows them")
        return user

    # -- logging in -----------------------------------------------------------------

    def login(self, name: str, password: str, address: str, now: float | None = None) -> tuple[str, Session]:
        """A new session for a right password: (the cookie's token, the session).
        LoginRefused says why not; a refusal is logged as a failed login."""
        now = time.time() if now is None else now
        name = name.strip().lower()[:64]
        waiting = self._wait(name, address, now)
        if waiting:
            with self._writing() as db:
                record(
                    db,
                    name or "?",
                    "login refused",
                    name or "?",
                    {"address": address, "why": "too many failures"},
                )
            raise LoginRefused(
                f"too many failed logins: try again in {-(-waiting // 60)} minutes, or ask an admin to "
                "reset the password ('briefer users passwd')"
            )
        user = self.get(name)
        row = self._db.execute("SELECT hash FROM users WHERE name = ?", (name,)).fetchone()
        ok = False
        if row is not None and len(password) <= MAX_PASSWORD:
            from argon2.exceptions import VerificationError

            try:
                ok = _hasher().verify(row[0], password)
            except VerificationError:
                ok = False
        else:
            _hasher().hash("a password nobody has: the same time for an unknown name")
        ok = ok and user is not None and not user.disabled
        with self._writing() as db:
            db.execute(
                "INSERT INTO logins (at, user, address, ok) VALUES (?, ?, ?, ?)",
                (now, name, address, int(ok)),
            )
            if not ok:
                record(db, name or "?", "login failed", name or "?", {"address": address})
        if not ok:
            raise LoginRefused("wrong name or password")
        assert user is not None
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        with self._writing() as db:
            db.execute(
                "INSERT INTO sessions (id, user, csrf, started, seen, address) VALUES (?, ?, ?, ?, ?, ?)",
                (_token_hash(token), name, csrf, now, now, address),
            )
            db.execute(
                "DELETE FROM sessions WHERE seen < ? OR started < ?",
                (now - IDLE_SECONDS, now - SESSION_SECONDS),
            )
            record(db, name, "login", name, {"address": address})
        return token, Session(user, csrf, _token_hash(token))

    def _wait(self, name: str, address: str, now: float) -> int:
        """Seconds until ``name`` (or ``address``) may try again; 0 if now."""
        since = now - WINDOW_SECONDS
        for column, value, limit in (
            ("user", name, ACCOUNT_FAILURES),
            ("address", address, ADDRESS_FAILURES),
        ):
            last_ok = (
                self._db.execute(
                    f"SELECT MAX(at) FROM logins WHERE {column} = ? AND ok = 1", (value,)
                ).fetchone()[0]
                or 0
            )
            failures = self._db.execute(
                f"SELECT at FROM logins WHERE {column} = ? AND ok = 0 AND at > ? AND at > ? ORDER BY at",
                (value, since, last_ok),
            ).fetchall()
            if len(failures) >= limit:
                return int(failures[-limit][0] + WINDOW_SECONDS - now) + 1
        return 0

    def session(self, token: str | None, now: float | None = None) -> Session | None:
        """The live session a cookie's token names, its role read from the account now."""
        if not token or len(token) > 100:
            return None
        now = time.time() if now is None else now
        hashed = _token_hash(token)
        row = self._db.execute(
            "SELECT s.*, u.role, u.disabled, u.created FROM sessions s "
            "JOIN users u ON u.name = s.user WHERE s.id = ?",
            (hashed,),
        ).fetchone()
        if row is None:
            return None
        if row["disabled"] or row["seen"] < now - IDLE_SECONDS or row["started"] < now - SESSION_SECONDS:
            self._db.execute("DELETE FROM sessions WHERE id = ?", (hashed,))
            return None
        if now - row["seen"] > 60:  # the idle clock, kept without a write on every request
            self._db.execute("UPDATE sessions SET seen = ? WHERE id = ?", (now, hashed))
        user = User(row["user"], row["role"], bool(row["disabled"]), row["created"])
        return Session(user, row["csrf"], hashed)

    def logout(self, session: Session) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (session.token_hash,))
            record(db, session.user.name, "logout", session.user.name)


def _user(row: sqlite3.Row) -> User:
    return User(row["name"], row["role"], bool(row["disabled"]), row["created"])
