"""The command group and what every command shares: the options before the command,
the newsroom they set up, and the one place a BrieferError becomes a message."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import BrieferError
from ..newsroom import Newsroom
from ..version import __version__

# briefer.i18n.LANGUAGES, written out so that --help does not import Babel
LANGUAGE_CHOICE = click.Choice(["en", "ru", "be"], case_sensitive=False)


class BrieferGroup(click.Group):
    """Reports every BrieferError once, without a traceback, with its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrieferError as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(error.exit_code)


pass_state = click.make_pass_decorator(Newsroom)


def in_a_terminal() -> bool:
    """Whether a person is at the keyboard to be asked (not a script or a pipe)."""
    return sys.stdin.isatty()


@click.group(cls=BrieferGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
