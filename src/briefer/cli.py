"""The command line: parse options, call the core, print. Nothing else lives here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .errors import BrieferError, UsageError

if TYPE_CHECKING:  # the core is imported lazily so that --help stays fast
    from .facts import FactBase


class _BrieferGroup(click.Group):
    """Reports every BrieferError once, without a traceback, with its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrieferError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(error.exit_code)


class _State:
    def __init__(self, facts_dir: Path | None, template_dirs: tuple[Path, ...]) -> None:
        self.facts_dir = facts_dir
        self.template_dirs = template_dirs

    def fact_root(self) -> Path:
        from .facts import default_fact_root

        return self.facts_dir or default_fact_root()

    def fact_base(self) -> FactBase:
        from .facts import load_fact_base

        return load_fact_base(self.fact_root())


pass_state = click.make_pass_decorator(_State)


@click.group(cls=_BrieferGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefer")
@click.option(
    "--facts",
    "facts_dir",
    type=click.Path(path_type=Path, file_okay=False),
    envvar="BRIEFER_FACTS",
    help="Fact base folder (default: the built-in facts/; env BRIEFER_FACTS).",
)
@click.option(
    "--templates",
    "template_dirs",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    multiple=True,
    help="Folder of templates that override the built-ins by name (repeatable).",
)
@click.pass_context
def cli(ctx: click.Context, facts_dir: Path | None, template_dirs: tuple[Path, ...]) -> None:
    """Sourced fact sheets on a Belarusian region and its partners abroad.

    Name a region and a partner in any common spelling; briefer assembles a
    fact sheet from the curated fact base, every figure with its source, and
    writes it as Markdown and DOCX.

    \b
    Examples:
      briefer brief gomel sichuan
      briefer brief Homiel Сычуань --format md --out -
      briefer regions --country china
      briefer facts check
    """
    ctx.obj = _State(facts_dir, template_dirs)


@cli.command()
@click.argument("region")
@click.argument("partner")
@click.option(
    "--kind",
    default="factsheet",
    show_default=True,
    help="What to write: factsheet, news, feature, anniversary, interview ('briefer kinds').",
)
@click.option(
    "--format",
    "formats",
    default="md,docx",
    show_default=True,
    help="Comma-separated formats: md, docx.",
)
@click.option(
    "--out",
    "out_dir",
    default="briefs",
    show_default=True,
    help="Output folder, or - to print Markdown to standard output.",
)
@click.option(
    "--as-of", "as_of", metavar="YYYY-MM-DD", help="Date the brief is written for (default: today)."
)
@click.option(
    "--stale-after",
    "stale_after",
    multiple=True,
    metavar="KIND=MONTHS",
    help="How long a kind of claim stays current (default figure=24, context=36, project=36); repeatable.",
)
@click.option("--force", is_flag=True, help="Replace output files even if someone edited them.")
@pass_state
def brief(
    state: _State,
    region: str,
    partner: str,
    kind: str,
    formats: str,
    out_dir: str,
    as_of: str | None,
    stale_after: tuple[str, ...],
    force: bool,
) -> None:
    """Write a fact sheet or a story skeleton on REGION and PARTNER.

    REGION is a Belarusian oblast, Minsk, or belarus; PARTNER is a province,
    region, city or country abroad. Files are named REGION-PARTNER-KIND.md and
    .docx after the regions' ids. A file someone edited is never overwritten
    without --force.

    \b
    Examples:
      briefer brief gomel sichuan
      briefer brief mogilev henan --kind news --format docx --out ~/drafts
      briefer brief brest hubei --kind anniversary --as-of 2024-06-01
      briefer brief Hrodna Hainan --kind interview --format md --out -
    """
    from .briefs import make_brief, parse_formats, write_brief
    from .select import parse_as_of, parse_stale_after

    chosen = parse_formats(formats)
    if out_dir == "-" and chosen != ["md"]:
        raise UsageError("--out - prints Markdown only; add --format md")
    base = state.fact_base()
    result = make_brief(
        base,
        region,
        partner,
        kind,
        parse_as_of(as_of),
        state.template_dirs,
        parse_stale_after(stale_after),
    )
    if result.context.is_empty:
        click.echo(
            f"warning: the fact base holds no facts linking {result.context.region.in_text} and "
            f"{result.context.partner.in_text}; the sheet says what is missing",
            err=True,
        )
    if out_dir == "-":
        click.echo(result.markdown, nl=False)
        return
    for path in write_brief(result, Path(out_dir), chosen, force=force):
        click.echo(f"wrote {path}")


@cli.command()
@pass_state
def kinds(state: _State) -> None:
    """List the kinds of brief, with what each one is for.

    Each kind is a template; a folder given with --templates can add kinds or
    replace built-in ones.

    \b
    Examples:
      briefer kinds
      briefer brief mogilev henan --kind news
    """
    from .render import available_kinds, kind_info

    names = available_kinds(state.template_dirs)
    width = max((len(name) for name in names), default=4)
    for name in names:
        info = kind_info(name, state.template_dirs)
        target = f" ({info.target})" if info.target else ""
        click.echo(f"{name:<{width}}  {info.about}{target}")


@cli.command()
@click.option("--country", help="Only regions of this country (any spelling), the country included.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_state
def regions(state: _State, country: str | None, as_json: bool) -> None:
    """List the regions briefer knows, with their spellings.

    \b
    Examples:
      briefer regions
      briefer regions --country china
      briefer regions --country Узбекистан --json
    """
    registry = state.fact_base().regions
    chosen = list(registry)
    if country:
        found = registry.resolve(country)
        if found.kind != "country":
            raise UsageError(
                f"{found.name} is a {found.kind}, not a country; try --country {found.country_id}"
            )
        chosen = [r for r in chosen if r.country_id == found.id]
    if as_json:
        rows = [
            {
                "id": r.id,
                "name": r.name,
                "kind": r.kind,
                "country": r.country,
                "parent": r.parent,
                "aliases": list(r.aliases),
            }
            for r in chosen
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max((len(r.id) for r in chosen), default=2)
    for region in chosen:
        where = region.country or "-"
        aliases = ", ".join(region.aliases)
        click.echo(
            f"{region.id:<{width}}  {region.kind:<17} {where:<12} {region.name}"
            + (f"  ({aliases})" if aliases else "")
        )
    click.echo(f"{len(chosen)} regions")


@cli.group(cls=_BrieferGroup)
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
def check(state: _State) -> None:
    """Validate every fact file; report each problem with file and line.

    Exits 0 with a one-line summary when the base is clean (warnings are
    printed but do not fail), 1 with the full list of problems otherwise.

    \b
    Example:
      briefer facts check
    """
    from .facts import check_fact_base

    base, problems = check_fact_base(state.fact_root())
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
    state: _State, region: str | None, partner: str | None, kind: str | None, as_json: bool
) -> None:
    """Print the facts that match, oldest first.

    \b
    Examples:
      briefer facts list --region mogilev --partner henan
      briefer facts list --partner china --kind twinning --json
    """
    from .facts import fact_as_json

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


@facts.command("coverage")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_state
def coverage_command(state: _State, as_json: bool) -> None:
    """Count facts for every Belarusian region and partner, by kind.

    One row per pair that shares at least one fact; Belarusian towns count
    towards their oblast. Pairs with few facts are where research is thin.

    \b
    Examples:
      briefer facts coverage
      briefer facts coverage --json
    """
    from .coverage import coverage, coverage_table

    rows = coverage(state.fact_base())
    if as_json:
        click.echo(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
    else:
        click.echo(coverage_table(rows))


def main() -> None:
    cli(prog_name="briefer")
