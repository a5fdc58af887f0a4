"""Template administration: 'templates list', 'new', 'show', 'check'."""

from __future__ import annotations

import click

from ..errors import UsageError
from ..newsroom import Newsroom
from .base import cli, pass_state


@cli.group()
def templates() -> None:
    """The templates briefs are written from: list, new, show and check them.

    \b
    Examples:
      briefer templates list
      briefer templates check
    """


@templates.command("list")
@pass_state
def templates_list(state: Newsroom) -> None:
    """List every kind, where its template comes from, and what it is for.

    \b
    Examples:
      briefer templates list
    """
    from ..newsroom.templates import kind_sources

    sources = kind_sources(state.template_dirs)
    width = max((len(s.name) for s in sources), default=4)
    for source in sources:
        origin = f"{source.origin}, overrides the built-in" if source.overrides else source.origin
        target = f" ({source.target})" if source.target else ""
        click.echo(f"{source.name:<{width}}  [{origin}]  {source.about}{target}")


@templates.command("new")
@click.argument("name")
@click.option("--from", "base_kind", default="news", show_default=True, help="The built-in kind it extends.")
@pass_state
def templates_new(state: Newsroom, name: str, base_kind: str) -> None:
    """Create NAME.md.j2 in the house template folder, extending a built-in kind.

    The new file lists the blocks it may replace. The folder is the first of
    --templates or briefer.yaml's 'templates: folders'.

    \b
    Examples:
      briefer templates new house-news --from news
      briefer templates new anniversary --from anniversary
    """
    from ..facts import display_path
    from ..newsroom.templates import new_template

    folder = next(iter(state.template_dirs), None)
    if folder is None:
        raise UsageError(
            "there is no house template folder; run 'briefer init', list one under "
            "'templates: folders:' in briefer.yaml, or pass --templates DIR"
        )
    path = new_template(name, folder, base_kind)
    click.echo(f"created {display_path(path)}")
    click.echo(f"try it: briefer brief gomel sichuan --kind {name.lower()} --format md --out -")


@templates.command("show")
@click.argument("kind")
def templates_show(kind: str) -> None:
    """Print a built-in template's source, to copy from.

    \b
    Examples:
      briefer templates show news
    """
    from ..newsroom.templates import builtin_source

    click.echo(builtin_source(kind), nl=False)


@templates.command("check")
@click.option(
    "--as-of", "as_of", metavar="YYYY-MM-DD", help="Date the check briefs are written for (default: today)."
)
@pass_state
def templates_check(state: Newsroom, as_of: str | None) -> None:
    """Compile every template and render every kind against real pairs.

    The pairs are a rich one, a thin one, one with disputed facts, a
    country-level one and one with no facts. Each failure names the template
    file and line; exit 1 if any kind fails.

    \b
    Examples:
      briefer templates check
      briefer --templates ./house-templates templates check
    """
    from ..briefs.select import parse_as_of
    from ..newsroom.templates import check_templates, compile_errors

    failures = compile_errors(state.template_dirs)
    for failure in failures.values():
        click.echo(f"error: {failure}")
    results = check_templates(state.fact_base(), state.template_dirs, parse_as_of(as_of), skip=list(failures))
    for result in results:
        if result.error:
            first, *rest = result.error.splitlines()
            click.echo(f"error: {result.kind} on {result.pair}: {first}")
            for line in rest:
                click.echo(line)
    failed = sorted({r.kind for r in results if r.error} | set(failures))
    kinds = len({r.kind for r in results})
    pairs = len({r.pair for r in results})
    if failures or failed:
        click.echo(f"{len(failed)} kind(s) failed: {', '.join(failed)}")
        raise SystemExit(1)
    click.echo(
        f"{kinds} kinds rendered on {pairs} pairs ({'; '.join(sorted({r.pair for r in results}))}): no errors"
    )
