"""The command line: parse options, call the core, print. Nothing else lives here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from .errors import BrieferError, UsageError
from .newsroom import Newsroom
from .version import __version__

# briefer.i18n.LANGUAGES, written out so that --help does not import Babel
LANGUAGE_CHOICE = click.Choice(["en", "ru", "be"], case_sensitive=False)


class _BrieferGroup(click.Group):
    """Reports every BrieferError once, without a traceback, with its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrieferError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(error.exit_code)


pass_state = click.make_pass_decorator(Newsroom)


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
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Settings file (default: briefer.yaml in this folder or the nearest one above).",
)
@click.option(
    "--templates",
    "template_dirs",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    multiple=True,
    help="Folder of templates that override the built-ins by name (repeatable).",
)
@click.pass_context
def cli(
    ctx: click.Context, facts_dir: Path | None, config_path: Path | None, template_dirs: tuple[Path, ...]
) -> None:
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
    given = ctx.get_parameter_source("facts_dir") == click.core.ParameterSource.COMMANDLINE
    ctx.obj = Newsroom(config_path, facts_dir, template_dirs, facts_dir_given=given)


@cli.command()
@click.argument("region")
@click.argument("partner")
@click.argument("more_words", nargs=-1, metavar="")
@click.option(
    "--kind",
    help="What to write: factsheet (default), news, feature, anniversary, interview ('briefer kinds').",
)
@click.option(
    "--format",
    "formats",
    help="Comma-separated formats: md, docx (default: both).",
)
@click.option(
    "--out",
    "out_dir",
    help="Output folder (default: briefs/), or - to print Markdown to standard output.",
)
@click.option(
    "--as-of", "as_of", metavar="YYYY-MM-DD", help="Date the brief is written for (default: today)."
)
@click.option(
    "--lang",
    "language",
    type=LANGUAGE_CHOICE,
    help="Language of the brief: en, ru or be (default: briefer.yaml's language, else en).",
)
@click.option(
    "--stale-after",
    "stale_after",
    multiple=True,
    metavar="KIND=MONTHS",
    help="How long a kind of claim stays current (default figure=24, context=36, project=36); repeatable.",
)
@click.option(
    "--reference-doc",
    "reference_doc",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="A house-style DOCX to take styles, page set-up, headers and footers from.",
)
@click.option("--force", is_flag=True, help="Replace output files even if someone edited them.")
@pass_state
def brief(
    state: Newsroom,
    region: str,
    partner: str,
    more_words: tuple[str, ...],
    kind: str | None,
    formats: str | None,
    out_dir: str | None,
    as_of: str | None,
    language: str | None,
    stale_after: tuple[str, ...],
    reference_doc: Path | None,
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
      briefer brief mogilev henan --lang ru
    """
    from .briefs.make import make_brief, parse_formats, write_brief
    from .briefs.select import parse_as_of, parse_stale_after

    if more_words:
        words = [region, partner, *more_words]
        raise UsageError(
            f"briefer brief takes two names, but got {len(words)} words: {' '.join(words)}\n"
            "Quote a name of several words, e.g. "
            f"briefer brief '{' '.join(words[:-1])}' {words[-1]}"
        )
    # Options given here win over briefer.yaml, which wins over the defaults.
    config = state.config
    chosen = parse_formats(formats) if formats else list(config.formats)
    out = out_dir or str(config.out)
    if out == "-" and chosen != ["md"]:
        raise UsageError("--out - prints Markdown only; add --format md")
    base = state.fact_base()
    result = make_brief(
        base,
        region,
        partner,
        (kind or config.kind).lower(),
        parse_as_of(as_of),
        state.template_dirs,
        {**config.stale_after, **parse_stale_after(stale_after)},
        (language or config.language).lower(),
    )
    if result.context.is_empty:
        click.echo(
            f"warning: the fact base holds no facts linking {result.context.region.in_text} and "
            f"{result.context.partner.in_text}; the sheet says what is missing",
            err=True,
        )
    if out == "-":
        click.echo(result.markdown, nl=False)
        return
    from .briefs.make import DocxOptions
    from .facts import display_path

    options = DocxOptions(config.docx_notes, reference_doc or config.docx_reference, config.newsroom)
    for path in write_brief(result, Path(out), chosen, force=force, docx_options=options):
        click.echo(f"wrote {display_path(path)}")


@cli.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Output folder (default: briefs/).",
)
@click.option(
    "--region", "regions", multiple=True, help="Only this Belarusian region (any spelling; repeatable)."
)
@click.option("--partner", "partners", multiple=True, help="Only this partner (any spelling; repeatable).")
@click.option("--kind", "kinds", multiple=True, help="Kind to write (default: factsheet; repeatable).")
@click.option(
    "--lang",
    "languages",
    type=LANGUAGE_CHOICE,
    multiple=True,
    help="Language (default: briefer.yaml's, else en; repeatable: each gets a folder under --out).",
)
@click.option("--format", "formats", help="Comma-separated formats: md, docx (default: both).")
@click.option(
    "--as-of", "as_of", metavar="YYYY-MM-DD", help="Date the briefs are written for (default: today)."
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes (default: one per CPU; 1 works in this process).",
)
@click.option("--force", is_flag=True, help="Replace output files even if someone edited them.")
@pass_state
def batch(
    state: Newsroom,
    out_dir: Path | None,
    regions: tuple[str, ...],
    partners: tuple[str, ...],
    kinds: tuple[str, ...],
    languages: tuple[str, ...],
    formats: str | None,
    as_of: str | None,
    jobs: int | None,
    force: bool,
) -> None:
    """Write many briefs at once: every pair that shares a fact, or those named.

    Every pair of a Belarusian region and a partner that share a fact in the fact
    base, times each --kind and --lang, is one brief, named as 'briefer brief'
    names it. --region or --partner alone narrow those pairs; both together name
    the pairs outright. A file someone edited is skipped and listed, not
    replaced, unless --force is given; a brief that fails does not stop the rest.

    \b
    Examples:
      briefer batch
      briefer batch --region gomel --kind factsheet --kind news --format md
      briefer batch --partner china --lang en --lang ru --out ~/drafts
      briefer batch --jobs 1 --as-of 2024-06-01
    """
    import os
    import time

    from .briefs.batch import BatchSettings, JobResult, plan_batch, run_batch
    from .briefs.make import DocxOptions, parse_formats
    from .briefs.select import parse_as_of
    from .facts import display_path

    config = state.config
    started = time.perf_counter()
    base = state.fact_base()
    settings = BatchSettings(
        as_of=parse_as_of(as_of),
        formats=tuple(parse_formats(formats) if formats else config.formats),
        template_dirs=state.template_dirs,
        stale_after=dict(config.stale_after),
        docx_options=DocxOptions(config.docx_notes, config.docx_reference, config.newsroom),
        force=force,
    )
    planned = plan_batch(
        base,
        out_dir or config.out,
        [k.lower() for k in kinds] or [config.kind],
        [lang.lower() for lang in languages] or [config.language],
        regions,
        partners,
    )
    workers = jobs or os.cpu_count() or 1
    if sys.stdout.isatty():
        with click.progressbar(length=len(planned), label="writing briefs") as bar:

            def advance(_: JobResult) -> None:
                bar.update(1)

            report = run_batch(base, settings, planned, workers, advance)
    else:
        report = run_batch(base, settings, planned, workers)
    for result in report.with_status("skipped"):
        for path in result.paths:
            click.echo(f"skipped (edited): {display_path(path)}", err=True)
    for result in report.with_status("failed"):
        click.echo(f"failed: {result.job.label}: {result.reason}", err=True)
    written, skipped, failed = (len(report.with_status(s)) for s in ("written", "skipped", "failed"))
    click.echo(
        f"batch: {written} brief{'' if written == 1 else 's'} written, {skipped} skipped (edited), "
        f"{failed} failed in {time.perf_counter() - started:.1f} s"
    )
    if failed:
        sys.exit(1)


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
    from .facts import display_path
    from .newsroom.workspace import init_workspace

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
    from .briefs.render import available_kinds, kind_info

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
def check(state: Newsroom) -> None:
    """Validate every fact file; report each problem with file and line.

    Exits 0 with a one-line summary when the base is clean (warnings are
    printed but do not fail), 1 with the full list of problems otherwise.

    \b
    Example:
      briefer facts check
    """
    from .facts import check_fact_base
    from .newsroom.config import home_region_problems

    base, problems = check_fact_base(state.fact_roots())
    if base is not None:
        problems += home_region_problems(state.config, base.regions)
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
    from .facts.localize import note_coverage, translation_coverage

    coverage_by_language = [(lang, *translation_coverage(base, lang)) for lang in ("ru", "be")]
    line = "translated: " + ", ".join(
        f"{lang} {done} of {total}" for lang, done, total in coverage_by_language
    )
    notes = [(lang, *note_coverage(base, lang)) for lang in ("ru", "be")]
    if notes[0][2]:  # the base's sources carry notes
        line += "; source notes: " + ", ".join(f"{lang} {done} of {total}" for lang, done, total in notes)
    click.echo(line)


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
    from .facts.add import NewFact, add_fact_locked

    layer = next(iter(state.config.fact_folders), None)
    if layer is None:
        raise UsageError(
            "there is no newsroom fact folder to add to; run 'briefer init' to create a workspace, "
            "or list one under 'facts: folders:' in briefer.yaml"
        )
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
    from .facts import display_path

    click.echo(f"added to {display_path(added.path)}:\n")
    click.echo(added.text)
    click.echo(f"brief it: briefer brief {added.region} {added.partner}")


@facts.command("coverage")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_state
def coverage_command(state: Newsroom, as_json: bool) -> None:
    """Count facts for every Belarusian region and partner, by kind.

    One row per pair that shares at least one fact; Belarusian towns count
    towards their oblast. Pairs with few facts are where research is thin.

    \b
    Examples:
      briefer facts coverage
      briefer facts coverage --json
    """
    from .facts.coverage import coverage, coverage_table

    rows = coverage(state.fact_base())
    if as_json:
        click.echo(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
    else:
        click.echo(coverage_table(rows))


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

    from .briefs.select import parse_as_of
    from .digest.build import Week, digest_regions
    from .digest.run import FORMATS, run_digest
    from .digest.run import schedule as schedule_text

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
    )
    if not quiet:
        click.echo(result.log_line(), err=True)


@cli.command()
@click.option(
    "--host", help="Address to listen on (default: briefer.yaml's, else 127.0.0.1: this machine only)."
)
@click.option(
    "--port", type=click.IntRange(1, 65535), help="Port to listen on (default: briefer.yaml's, else 8000)."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 32),
    help="Worker processes answering requests (default: briefer.yaml's, else 1).",
)
@click.option(
    "--systemd", is_flag=True, help="Print a systemd unit that keeps this server running, and exit."
)
@pass_state
def serve(state: Newsroom, host: str | None, port: int | None, workers: int | None, systemd: bool) -> None:
    """Serve briefer in the browser: briefs, coverage, facts, the diary, checks.

    Reporters open the address it prints: the brief page takes names in any
    spelling, previews the brief and downloads it as Markdown or DOCX. It only
    reads; a change to the fact base on disk shows on the next request. It
    listens on 127.0.0.1 (this machine only) unless --host or briefer.yaml's
    serve.host says otherwise.

    \b
    Examples:
      briefer serve
      briefer serve --port 8080 --workers 2
      briefer serve --host 0.0.0.0
      briefer serve --port 8080 --systemd > ~/.config/systemd/user/briefer.service
    """
    from .web.server import Listen, systemd_unit
    from .web.server import serve as run_server

    settings = state.config.serve
    listen = Listen(host or settings.host, port or settings.port, workers or settings.workers)
    if systemd:
        click.echo(systemd_unit(state, listen), nl=False)
        return
    run_server(state, listen, lambda line: click.echo(line, err=True))


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
    from .newsroom.templates import kind_sources

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
    from .facts import display_path
    from .newsroom.templates import new_template

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
    from .newsroom.templates import builtin_source

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
    from .briefs.select import parse_as_of
    from .newsroom.templates import check_templates, compile_errors

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


def main() -> None:
    cli(prog_name="briefer")
