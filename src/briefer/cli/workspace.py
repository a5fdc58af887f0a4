"""Setting up a workspace ('init') and looking things up ('kinds', 'regions')."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import UsageError
from ..newsroom import Newsroom
from .base import cli, pass_state


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False), default=".")
def init(folder: Path) -> None:
    """Create a newsroom workspace in FOLDER (default: here).

    Writes briefer.yaml with every setting explained, facts/ for the newsroom's
    own facts (with a commented example), templates/ (a house news template
    that extends the built-in one) and briefs/. Refuses to replace any file.

    \b
    Examples:
      briefer init newsroom && cd newsroom && briefer brief gomel sichuan
      briefer init
    """
    from ..facts import display_path
    from ..newsroom.workspace import init_workspace

    for path in init_workspace(folder):
        click.echo(f"created {display_path(path)}{'/' if path.is_dir() else ''}")
    click.echo(f"next: cd {display_path(folder)} && briefer facts check && briefer templates check")


@cli.command()
@pass_state
def kinds(state: Newsroom) -> None:
    """List the kinds of brief, with what each one is for.

    Each kind is a template; a folder given with --templates can add kinds or
    replace built-in ones.

    \b
    Examples:
      briefer kinds
      briefer brief mogilev henan --kind news
    """
    from ..briefs.render import available_kinds, kind_info

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
def regions(state: Newsroom, country: str | None, as_json: bool) -> None:
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
