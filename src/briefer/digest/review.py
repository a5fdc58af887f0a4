"""What the proposal queue has for the week's digest: the proposals waiting for review,
and what editors accepted or rejected that week, and who."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..database import database_path
from ..ingest.queue import Entry, ProposalQueue
from ..text.markdown import escape_markdown
from .build import Week

MAX_LISTED = 10  # the digest names this many waiting proposals; the count says the rest


@dataclass(frozen=True)
class Line:
    """One proposal as the digest shows it, in the digest's language."""

    id: str
    summary: str  # escaped for Markdown: an article's words may be anything
    source: str
    who: str  # proposed by, or decided by
    fact: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class ReviewNews:
    waiting: list[Line]
    waiting_count: int
    accepted: list[Line]
    rejected: list[Line]


def review_news(workspace: Path | None, week: Week, language: str) -> ReviewNews | None:
    """The queue's news for ``week``; None where the workspace has never proposed a fact."""
    if workspace is None or not database_path(workspace).is_file():
        return None
    with ProposalQueue(database_path(workspace)) as queue:
        waiting = queue.entries()
        decided = queue.decided_between(week.monday, week.sunday)
    return ReviewNews(
        waiting=[_line(entry, language, entry.proposed_by) for entry in waiting[:MAX_LISTED]],
        waiting_count=len(waiting),
        accepted=[_line(e, language, e.decided_by or "") for e in decided if e.state == "accepted"],
        rejected=[_line(e, language, e.decided_by or "") for e in decided if e.state == "rejected"],
    )


def _line(entry: Entry, language: str, who: str) -> Line:
    proposal = entry.proposal
    if proposal.fact is not None:
        texts = proposal.fact.get("translations", {}).get(language, {})
        summary = texts.get("summary") or proposal.fact["summary"]
    else:
        place = proposal.place or {}
        summary = dict(place.get("names") or {}).get(language) or str(place.get("name", ""))
    source = str(proposal.source.get("publisher") or proposal.source.get("title") or "")
    return Line(
        proposal.id,
        escape_markdown(summary),
        escape_markdown(source),
        escape_markdown(who),
        entry.fact,
        escape_markdown(entry.reason) if entry.reason else None,
    )
