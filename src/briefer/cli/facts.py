"""The fact base: 'facts check', 'facts list', 'facts add', 'facts coverage', 'facts forms'."""

from __future__ import annotations

import getpass
import json
import sys
from typing import Any

import click

from ..errors import UsageError
from ..newsroom import Newsroom
from .base import BrieferGroup, cli, pass_state


@cli.group(cls=BrieferGroup)
def facts() -> None:
    """Check and list the fact base.

    \b
    Examples:
      briefer facts check
      briefer facts list --region mogilev --partner henan
      briefer --facts ./my-facts facts check
    """


@facts.command()
@pass_state
def check(state: Newsroom) -> None:
    """Validate every fact file; report each problem with file and line.

    Exits 0 with a one-line summary when the base is clean (warnings are
    printed but do not fail), 1 with the full list of problems otherwise.

    \b
    Example:
      briefer facts check
    """
    from ..facts import check_fact_base
    from ..facts.localize import note_coverage, translation_coverage, unit_problems
    from ..newsroom.config import home_region_problems

    base, problems = check_fact_base(state.fact_roots())
    if base is not None:
        problems += home_region_problems(state.config, base.regions) + unit_problems(base)
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        click.echo(str(problem), err=bool(errors))
    if errors or base is None:
        click.echo(
            f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s) in the fact base.",
            err=True,
        )
        sys.exit(1)
    warnings = len(problems)
    click.echo(base.summary_line() + (f", {warnings} warning(s)" if warnings else ""))
    coverage_by_language = [(lang, *translation_coverage(base, lang)) for lang in ("ru", "be")]
    line = "translated: " + ", ".join(
        f"{lang} {done} of {total}" for lang, done, total in coverage_by_language
    )
    notes = [(lang, *note_coverage(base, lang)) for lang in ("ru", "be")]
    if notes[0][2]:  # the base's sources carry notes
        line += "; source notes: " + ", ".join(f"{lang} {done} of {total}" for lang, done, total in notes)
    click.echo(line)


@facts.command("forms")
@click.argument("places", nargs=-1)
@pass_state
def forms_command(state: Newsroom, places: tuple[str, ...]) -> None:
    """Print drafts of the Russian and Belarusian case forms of places.

    Briefs in Russian and Belarusian put a place's name in the case its sentence
    needs ("партнёрство с провинцией Хэнань"); regions.yaml gives each place its
    forms. With no PLACES, drafts for every place that lacks them. Read each
    form, correct it, and paste the block under the place's entry.

    \b
    Examples:
      briefer facts forms
      briefer facts forms henan Ташкент
    """
    from ..places.forms import forms_draft, lacking_forms

    base = state.fact_base()
    chosen = [base.regions.resolve(place) for place in places] or lacking_forms(base.regions)
    chosen = [region for region in chosen if region.names]
    if not chosen:
        click.echo(
            "every place has its case forms"
            if not places
            else "these places have no Russian or Belarusian name"
        )
        return
    click.echo("\n\n".join(forms_draft(region) for region in chosen))


@facts.command("list")
@click.option("--region", help="Only facts about this region (places inside it count).")
@click.option("--partner", help="Only facts that also concern this partner.")
@click.option(
    "--kind",
    type=click.Choice(["figure", "twinning", "agreement", "event", "project", "quote", "context"]),
    help="Only facts of this kind.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@pass_state
def list_facts(
    state: Newsroom, region: str | None, partner: str | None, kind: str | None, as_json: bool
) -> None:
    """Print the facts that match, oldest first.

    \b
    Examples:
      briefer facts list --region mogilev --partner henan
      briefer facts list --partner china --kind twinning --json
    """
    from ..facts import fact_as_json

    base = state.fact_base()
    region_id = base.regions.resolve(region).id if region else None
    partner_id = base.regions.resolve(partner).id if partner else None
    found = base.find(region_id, partner_id, kind)
    if as_json:
        click.echo(json.dumps([fact_as_json(f) for f in found], ensure_ascii=False, indent=2))
        return
    for fact in found:
        marker = "" if fact.status == "verified" else f"  [{fact.status}]"
        click.echo(f"{fact.id}  {fact.date}  {fact.kind}  {', '.join(fact.regions)}{marker}")
        click.echo(f"    {fact.summary}")
    click.echo(f"{len(found)} facts")


_ADD_PROMPTS = (
    ("region", "Belarusian region (any spelling)"),
    ("partner", "Partner region or country"),
    ("kind", "Kind (figure, twinning, agreement, event, project, quote, context)"),
    ("date", "Date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("summary", "Summary, one or two sentences in your own words"),
    ("source_title", "Source title"),
)


@facts.command("add")
@click.option("--region", help="The Belarusian region (any spelling).")
@click.option("--partner", help="The partner region or country (any spelling).")
@click.option("--kind", help="figure, twinning, agreement, event, project, quote or context.")
@click.option("--date", "date", help="YYYY, YYYY-MM or YYYY-MM-DD: when it happened or was reported.")
@click.option("--summary", help="One or two sentences in your own words, figures exact.")
@click.option("--id", "fact_id", help="The fact's id (default: made from region, partner, kind and date).")
@click.option("--topic", "topics", multiple=True, help="A topic tag (repeatable).")
@click.option("--metric", help="Figure: what is measured, e.g. 'trade turnover'.")
@click.option("--value", help="Figure: the number in digits, e.g. 12400000.")
@click.option("--unit", help="Figure: USD, EUR, BYN, RUB, CNY, percent, times or what is counted.")
@click.option("--period", help="Figure: the period the value covers (default: the date).")
@click.option("--qualifier", help="Figure: about, nearly, almost, more than, over, under, at least, up to.")
@click.option("--change-pct", "change_pct", help="Figure: the change in percent.")
@click.option("--compared-with", "compared_with", help="Figure: the base period of the change.")
@click.option("--source-title", "source_title", help="The source's title.")
@click.option("--source-url", "source_url", help="The source's URL.")
@click.option("--source-publisher", "source_publisher", help="The source's publisher.")
@click.option("--source-year", "source_year", help="The source's year.")
@click.option("--supersedes", multiple=True, help="Id of a fact this one replaces (repeatable).")
@pass_state
def facts_add(state: Newsroom, /, **values: Any) -> None:
    """Add a fact to the newsroom's own facts, checked before it is written.

    Asks for what is missing when run in a terminal; scripts pass everything as
    options. The fact is appended to facts/<country>/<region>.yaml in the first
    folder of briefer.yaml's 'facts: folders', keeping that file's text as it is.

    \b
    Examples:
      briefer facts add
      briefer facts add --region gomel --partner sichuan --kind figure --date 2025 \\
        --summary "Gomel-Sichuan trade reached USD 12.4 million in 2025." \\
        --metric "trade turnover" --value 12400000 --unit USD \\
        --source-title "Gomel exporters in Sichuan" --source-url https://example.org/a
    """
    from ..facts.add import NewFact, add_fact_locked

    layer = state.fact_layer("adding a fact")
    interactive = sys.stdin.isatty()
    for key, question in _ADD_PROMPTS:
        if not values.get(key):
            if not interactive:
                option = "--" + key.replace("_", "-")
                raise UsageError(f"missing {option}; 'briefer facts add --help' lists the options")
            values[key] = click.prompt(question)
    if interactive and not values.get("source_url"):
        values["source_url"] = (
            click.prompt("Source URL (Enter if none)", default="", show_default=False) or None
        )
    if values["kind"] == "figure" and interactive:
        for key in ("metric", "value", "unit"):
            if not values.get(key):
                values[key] = click.prompt(f"Figure {key}")
    values["topics"] = tuple(values["topics"])
    values["supersedes"] = tuple(values["supersedes"])
    added = add_fact_locked(state.fact_base, layer, NewFact(**values))
    from ..database import database_path
    from ..facts import display_path
    from ..newsroom.audit import AuditLog

    fact_id = added.text.split("\n", 1)[0].removeprefix("- id: ")
    with AuditLog(database_path(state.workspace("adding a fact"))) as log:
        log.record(f"{getpass.getuser()} (command line)", "fact added", fact_id,
                   {"file": display_path(added.path), "after": added.text})  # fmt: skip

    click.echo(f"added to {display_path(added.path)}:\n")
    click.echo(added.text)
    click.echo(f"brief it: briefer brief {added.region} {added.partner}")


@facts.command("coverage")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option(
    "--as-of",
    "as_of",
    metavar="YYYY-MM-DD",
    help="Count as on this day: what had happened by then (default: today).",
)
@pass_state
def coverage_command(state: Newsroom, as_json: bool, as_of: str | None) -> None:
    """Count facts for every Belarusian region and partner, by kind, with the
    date of each pair's newest fact and the period of its newest figure.

    One row per pair that shares at least one fact; Belarusian towns count
    towards their oblast. Pairs with few facts, or none of the last two
    years, are where research is thin or old.

    \b
    Examples:
      briefer facts coverage
      briefer facts coverage --json
      briefer facts coverage --as-of 2024-01-01
    """
    from ..briefs.select import parse_as_of
    from ..facts.coverage import coverage, coverage_table

    today = parse_as_of(as_of)
    rows = coverage(state.fact_base(), today)
    if as_json:
        click.echo(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
    else:
        click.echo(coverage_table(rows, today))
