"""The weekly digest: 'digest'."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import UsageError
from ..newsroom import Newsroom
from .base import LANGUAGE_CHOICE, cli, pass_state


@cli.command()
@click.option("--week", help="The ISO week, e.g. 2026-W48 (default: this week).")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="A day of the week to write the digest for.")
@click.option("--region", "region_names", multiple=True, help="A Belarusian region to cover (repeatable).")
@click.option("--format", "formats", help="Comma-separated formats: md, docx, ics (default: all three).")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder (default: briefs/digest).",
)
@click.option(
    "--lang",
    "language",
    type=LANGUAGE_CHOICE,
    help="Language of the digest: en, ru or be (default: briefer.yaml's language, else en).",
)
@click.option("--send", is_flag=True, help="Mail the digest, once per week and set of regions.")
@click.option("--resend", is_flag=True, help="With --send: mail it even if it was sent this week.")
@click.option("--force", is_flag=True, help="Replace a digest file even if someone edited it.")
@click.option("--quiet", is_flag=True, help="No log line (for cron); errors are still reported.")
@click.option(
    "--schedule", type=click.Choice(["cron", "systemd"]), help="Print a cron line or systemd units and exit."
)
@pass_state
def digest(
    state: Newsroom,
    week: str | None,
    day: str | None,
    region_names: tuple[str, ...],
    formats: str | None,
    out_dir: Path | None,
    language: str | None,
    send: bool,
    resend: bool,
    force: bool,
    quiet: bool,
    schedule: str | None,
) -> None:
    """Write the weekly digest: the newsroom's diary for the week ahead.

    For the ISO week that contains --date (default: today): round anniversaries and
    scheduled events in the week and the horizon after it, what is new in the fact
    base, story suggestions and what is due for checking, grouped by region, as
    digest-YYYY-Www.md, .docx and .ics. A second run with an unchanged base writes
    nothing; a digest someone edited is kept without --force; a run while another
    holds the lock exits 75.

    \b
    Examples:
      briefer digest
      briefer digest --week 2026-W48 --region gomel --region mogilev --format md
      briefer digest --lang ru
      briefer digest --send --quiet
      briefer digest --schedule cron
    """
    import dataclasses

    from ..briefs.select import parse_as_of
    from ..digest.build import Week, digest_regions
    from ..digest.run import FORMATS, run_digest
    from ..digest.run import schedule as schedule_text

    config = state.config
    settings = config.digest
    if out_dir is not None:
        settings = dataclasses.replace(settings, out=out_dir)
    elif config.path is None:
        settings = dataclasses.replace(settings, out=Path("briefs") / "digest")
    if schedule:
        click.echo(schedule_text(schedule, settings.out, config.path), nl=False)
        return
    if week and day:
        raise UsageError("give --week or --date, not both")
    chosen_week = Week.parse(week) if week else Week.containing(parse_as_of(day))
    chosen = [f.strip().lower() for f in formats.split(",")] if formats else list(FORMATS)
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UsageError(f"unknown format {', '.join(unknown) or repr(formats)}; use md, docx, ics")
    if resend and not send:
        raise UsageError("--resend goes with --send")
    base = state.fact_base()
    names = region_names or settings.regions or config.home_regions
    from ..digest.review import review_news

    result = run_digest(
        base,
        digest_regions(base, names),
        chosen_week,
        settings,
        list(dict.fromkeys(chosen)),
        force=force,
        send=send,
        resend=resend,
        language=(language or config.language).lower(),
        review=review_news(
            config.path.parent if config.path else None, chosen_week, (language or config.language).lower()
        ),
    )
    if not quiet:
        click.echo(result.log_line(), err=True)
