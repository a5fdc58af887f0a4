"""Fact proposals from articles: 'facts propose' and 'facts review'."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sys
from typing import Any

import click

from ..errors import UsageError
from ..newsroom import Newsroom
from . import base
from .base import pass_state
from .facts import facts


def decision_entry(who: str, reason: str = "") -> Any:
    from ..newsroom.record import decision_entry as entry

    return entry(who, reason)


def proposals_entry(who: str, origin: str, title: str | None, count: int) -> Any:
    from ..newsroom.record import proposals_entry as entry

    return entry(who, origin, title, count)


def _reviewer(name: str | None) -> str:
    return (name or getpass.getuser() or "editor").strip()


def _queue(state: Newsroom, doing: str) -> Any:
    from ..database import database_path
    from ..ingest.queue import ProposalQueue

    return ProposalQueue(database_path(state.workspace(doing)))


def _line(entry_json: dict[str, Any]) -> str:
    """One proposal in a line: id, what, how it stands, the fact's summary or the place."""
    match = entry_json["match"]
    standing = match["status"] + (f" {match['fact']}" if match.get("fact") else "")
    if entry_json["place"]:
        place = entry_json["place"]
        body = f"new place {place['id']} ({place['kind']}, in {place.get('parent') or '?'}): {place['name']}"
    else:
        fact = entry_json["fact"]
        body = f"{fact['kind']} {', '.join(fact['regions'])} {fact['date']}: {fact['summary']}"
    return f"{entry_json['id']}  [{standing}]  {body}"


def _show(entry_json: dict[str, Any]) -> str:
    """A proposal in full, for an editor deciding on it."""
    from ..ingest.review import fact_text

    lines = [_line(entry_json)]
    evidence = entry_json["evidence"]["text"]
    lines.append(f"  evidence: «{evidence}»")
    source = entry_json["source"]
    lines.append(
        "  source: "
        + " · ".join(str(source[k]) for k in ("title", "publisher", "date", "url") if source.get(k))
    )
    if entry_json["match"].get("how"):
        lines.append(f"  against the base: {entry_json['match']['how']}")
    lines += [f"  unsure: {note}" for note in entry_json["notes"]]
    written = entry_json["place"] if entry_json["place"] else entry_json["fact"]
    lines.append("  as written:\n" + "\n".join(f"    {line}" for line in fact_text(written).splitlines()))
    return "\n".join(lines)


@facts.command("propose")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option("--json", "as_json", is_flag=True, help="Print the proposals as a JSON list.")
@click.option(
    "--date",
    "article_date",
    metavar="YYYY-MM-DD",
    help="The articles' date, where an article gives none of its own.",
)
@click.option("--as", "who", metavar="NAME", help="Who proposes (default: your login name).")
@pass_state
def facts_propose(
    state: Newsroom, sources: tuple[str, ...], as_json: bool, article_date: str | None, who: str | None
) -> None:
    """Read articles and propose facts for an editor to review.

    SOURCE is a saved web page (.html), text or Markdown (.txt, .md), a
    press release (.docx), a PDF, an RSS or Atom feed (.xml, .rss, .atom),
    a folder of these, or an http(s) address. Each proposal is a fact in
    the base's own schema with the sentence it rests on, its source, and
    how it stands against the base: new, known, contradicts or updates.
    They wait in the workspace's queue; proposing an article again adds
    nothing.

    \b
    Examples:
      briefer facts propose saved/belta-gomel-baodin.html
      briefer facts propose https://www.belta.by/regions/view/...
      briefer facts propose press-releases/ --json
    """
    from ..briefs.select import parse_as_of
    from ..ingest.articles import read_articles
    from ..ingest.propose import propose

    fallback = parse_as_of(article_date) if article_date else None
    base = state.fact_base()
    proposer = _reviewer(who)
    today = dt.date.today()
    results: list[dict[str, Any]] = []
    with _queue(state, "proposing facts") as queue:
        for article in read_articles(list(sources)):
            if article.date is None and fallback is not None:
                from dataclasses import replace

                article = replace(article, date=fallback)
            proposals = propose([article], base, today)
            added = queue.add(
                article,
                proposals,
                proposer,
                log=proposals_entry(proposer, article.origin, article.title, len(proposals)),
            )
            if as_json:
                results += [proposal.as_json() for proposal in proposals]
                continue
            title = article.title or article.origin
            if not proposals:
                click.echo(f"{article.origin}: «{title}»: nothing to propose")
            elif added == 0 and queue.has_article(article.key):
                click.echo(f"{article.origin}: «{title}»: proposed before; nothing added")
            else:
                click.echo(f"{article.origin}: «{title}» ({article.language}, {article.date or 'no date'}): "
                           f"{len(proposals)} proposal(s)")  # fmt: skip
                for proposal in proposals:
                    click.echo("  " + _line(proposal.as_json()))
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    elif results == [] and not sys.stdout.isatty():
        pass


@facts.command("review")
@click.option("--list", "as_list", is_flag=True, help="List the waiting proposals and stop.")
@click.option("--json", "as_json", is_flag=True, help="With --list: print JSON.")
@click.option("--accept", "accept_id", metavar="ID", help="Accept this proposal as it is.")
@click.option("--reject", "reject_id", metavar="ID", help="Reject this proposal (needs --reason).")
@click.option("--reason", help="Why the proposal is rejected.")
@click.option("--as", "who", metavar="NAME", help="Who reviews (default: your login name).")
@pass_state
def facts_review(
    state: Newsroom,
    as_list: bool,
    as_json: bool,
    accept_id: str | None,
    reject_id: str | None,
    reason: str | None,
    who: str | None,
) -> None:
    """Work through the proposals waiting for review.

    In a terminal, each proposal is shown with its evidence, source and
    how it stands against the base: [a]ccept, [e]dit then accept,
    [r]eject with a reason, [s]kip or [q]uit. Accepting checks the fact
    against the whole base and writes it to the newsroom's facts, with the
    article as its source and the reviewer recorded.

    \b
    Examples:
      briefer facts review
      briefer facts review --list --json
      briefer facts review --accept p-1a2b3c4d5e
      briefer facts review --reject p-1a2b3c4d5e --reason "the figure is the city's, not the oblast's"
    """
    from ..ingest.review import accept, reject

    if reason and not reject_id:
        raise UsageError("--reason goes with --reject ID")
    if sum(bool(x) for x in (as_list, accept_id, reject_id)) > 1:
        raise UsageError("give one of --list, --accept ID and --reject ID")
    if as_json and not as_list:
        raise UsageError("--json goes with --list")
    reviewer = _reviewer(who)
    with _queue(state, "reviewing proposals") as queue:
        if as_list:
            entries = queue.entries()
            if as_json:
                click.echo(json.dumps([entry.as_json() for entry in entries], ensure_ascii=False, indent=2))
            else:
                for entry in entries:
                    click.echo(_line(entry.as_json()))
                click.echo(f"{len(entries)} proposal(s) waiting")
            return
        if reject_id:
            reject(queue, reject_id, reviewer, reason or "", log=decision_entry(reviewer, reason or ""))
            click.echo(f"rejected {reject_id}")
            return
        layer = state.fact_layer("accepting a proposal")
        if accept_id:
            decision = accept(
                queue, accept_id, layer, state.fact_base, reviewer, log=decision_entry(reviewer)
            )
            _report(decision)
            return
        if not base.in_a_terminal():
            raise UsageError("in a script, give --list, --accept ID or --reject ID --reason TEXT")
        _interactive(state, queue, layer, reviewer)


def _report(decision: Any) -> None:
    from ..facts import display_path

    click.echo(f"accepted {decision.proposal} as {decision.fact_id} in {display_path(decision.path)}:\n")
    click.echo(decision.text)


def _interactive(state: Newsroom, queue: Any, layer: Any, reviewer: str) -> None:
    import yaml

    from ..ingest.review import accept, fact_text, reject

    entries = queue.entries()
    if not entries:
        click.echo("no proposals waiting")
        return
    for number, entry in enumerate(entries, start=1):
        data = entry.as_json()
        click.echo(f"\n[{number}/{len(entries)}] " + _show(data))
        choice = click.prompt("[a]ccept, [e]dit, [r]eject, [s]kip, [q]uit", type=click.Choice(list("aersq")))
        if choice == "q":
            return
        if choice == "s":
            continue
        if choice == "r":
            why = click.prompt("Reason")
            reject(queue, entry.proposal.id, reviewer, why, log=decision_entry(reviewer, why))
            click.echo(f"rejected {entry.proposal.id}")
            continue
        edited = None
        if choice == "e":
            written = data["place"] if data["place"] else data["fact"]
            text = click.edit(fact_text(written), extension=".yaml")
            if text is None:
                click.echo("not changed; skipped")
                continue
            parsed = yaml.safe_load(text)
            edited = parsed[0] if isinstance(parsed, list) and parsed else parsed
            if not isinstance(edited, dict):
                click.echo("the edited text is not one fact; skipped")
                continue
        _report(
            accept(
                queue, entry.proposal.id, layer, state.fact_base, reviewer, edited, decision_entry(reviewer)
            )
        )
