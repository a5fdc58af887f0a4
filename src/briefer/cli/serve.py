"""briefer in the browser: 'serve'."""

from __future__ import annotations

import click

from ..newsroom import Newsroom
from .base import cli, pass_state


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
    from ..web.server import Listen, systemd_unit
    from ..web.server import serve as run_server

    settings = state.config.serve
    listen = Listen(host or settings.host, port or settings.port, workers or settings.workers)
    if systemd:
        click.echo(systemd_unit(state, listen), nl=False)
        return
    run_server(state, listen, lambda line: click.echo(line, err=True))
