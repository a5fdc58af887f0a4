"""The fact base as it is on disk now, reloaded whole when a file changes.

Each request asks for the current snapshot. If any fact file changed since the last
load, the whole base is loaded again before the request goes on; the new snapshot
replaces the old one only once it is complete, so no request ever sees half a base.
If the files on disk do not validate (an editor is half-way through a change), the
last good base stays in service and the snapshot carries the problems.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError, Problem
from ..facts import check_fact_base
from ..facts.model import FactBase
from ..newsroom import Newsroom
from ..newsroom.config import home_region_problems

Fingerprint = tuple[tuple[str, int, int, int], ...]


@dataclass(frozen=True)
class Snapshot:
    """One complete load of the fact base, or the problems that stopped it."""

    base: FactBase | None  # the last base that validated; None if none ever did
    problems: tuple[Problem, ...]  # errors and warnings of the files now on disk
    fingerprint: Fingerprint
    loaded_at: dt.datetime  # when the files were last read
    base_loaded_at: dt.datetime | None  # when the base in service was read
    generation: int
    memo: dict[str, object] = field(default_factory=dict, compare=False)  # results worth keeping per load

    @property
    def broken(self) -> bool:
        """The files on disk have errors: the base in service is an older one (or none)."""
        return any(p.severity == "error" for p in self.problems)

    def require(self) -> FactBase:
        """The base to answer from; DataError when no load has ever succeeded."""
        if self.base is None:
            raise DataError(list(self.problems))
        return self.base


def fingerprint(roots: list[Path]) -> Fingerprint:
    """What changes when any file in the fact folders is written, added or removed.
    Asked on every request, so it costs one stat per file and nothing more."""
    entries = []
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = os.path.join(folder, name)
                try:
                    status = os.stat(path)
                except OSError:  # removed while we looked: the next request sees it gone
                    continue
                entries.append((path, status.st_mtime_ns, status.st_size, status.st_ino))
    entries.sort()
    return tuple(entries)


class LiveFactBase:
    """The current snapshot of a newsroom's fact base, safe to share between threads."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def current(self) -> Snapshot:
        roots = self.newsroom.fact_roots()
        now = fingerprint(roots)
        snapshot = self._snapshot
        if snapshot is not None and snapshot.fingerprint == now:
            return snapshot
        with self._lock:  # one load at a time; the others wait for it and share it
            snapshot = self._snapshot
            if snapshot is None or snapshot.fingerprint != now:
                snapshot = self._load(roots, now, snapshot)
                self._snapshot = snapshot
            return snapshot

    def _load(self, roots: list[Path], now: Fingerprint, previous: Snapshot | None) -> Snapshot:
        base, problems = check_fact_base(roots)
        if base is not None:
            problems += home_region_problems(self.newsroom.config, base.regions)
        valid = base is not None and not any(p.severity == "error" for p in problems)
        read = dt.datetime.now(dt.UTC)
        return Snapshot(
            base=base if valid else (previous.base if previous else None),
            problems=tuple(problems),
            fingerprint=now,
            loaded_at=read,
            base_loaded_at=read if valid else (previous.base_loaded_at if previous else None),
            generation=(previous.generation + 1) if previous else 1,
        )
