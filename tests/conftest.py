from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefer.cli import cli

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture(autouse=True, scope="session")
def _fact_cache_in_a_scratch_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests share one compiled-fact cache, away from the user's own."""
    import os

    os.environ["BRIEFER_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def small_base(tmp_path: Path) -> Path:
    """A copy of the small test fact base that a test may change."""
    target = tmp_path / "facts"
    shutil.copytree(DATA / "base", target)
    return target


def run(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    """Invoke the CLI; never let an exception escape silently."""
    result = runner.invoke(cli, list(args), catch_exceptions=True)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def brief_markdown(  # type: ignore[no-untyped-def]
    runner: CliRunner,
    region: str,
    partner: str,
    *options: str,
    facts: Path | None = DATA / "base",
    templates: Path | None = None,
):
    """``briefer brief REGION PARTNER --format md --out -`` on the small test base (or, with
    ``facts=None``, the shipped one), plus any options."""
    before = ["--facts", str(facts)] if facts else []
    before += ["--templates", str(templates)] if templates else []
    return run(runner, *before, "brief", region, partner, *options, "--format", "md", "--out", "-")


@pytest.fixture
def serve_app():  # type: ignore[no-untyped-def]
    """Serve an ASGI application with uvicorn on a free loopback port, in a thread;
    yields a function that takes the app and returns its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app) -> str:  # type: ignore[no-untyped-def]
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)
