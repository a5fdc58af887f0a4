"""Writing briefs: one pair ('brief') and many at once ('batch')."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import UsageError
from ..newsroom import Newsroom
from .base import LANGUAGE_CHOICE, cli, pass_state


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
    from ..briefs.make import make_brief, parse_formats, write_brief
    from ..briefs.select import parse_as_of, parse_stale_after

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
    from ..briefs.make import DocxOptions
    from ..facts import display_path

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

    from ..briefs.batch import BatchSettings, JobResult, plan_batch, run_batch
    from ..briefs.make import DocxOptions, parse_formats
    from ..briefs.select import parse_as_of
    from ..facts import display_path

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
