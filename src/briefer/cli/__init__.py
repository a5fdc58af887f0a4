"""The command line: parse options, call the core, print. Nothing else lives here.

One module per command group, each registering its commands on the group in base.
"""

import atexit
import gc
import os
import sys

from . import brief, digest, facts, proposals, serve, templates, users, workspace
from .base import LANGUAGE_CHOICE, cli

__all__ = [
    "LANGUAGE_CHOICE",
    "brief",
    "cli",
    "digest",
    "facts",
    "main",
    "proposals",
    "serve",
    "templates",
    "users",
    "workspace",
]


def main() -> None:
    # what was imported lives as long as the process: later collections need not scan it
    gc.freeze()
    try:
        cli(prog_name="briefer")
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        if done.code is not None and not isinstance(done.code, int):
            print(done.code, file=sys.stderr)
        _exit_now(code)


def _exit_now(code: int) -> None:
    """Exit once the files are written and the output is out, without tearing down
    every module and object one by one: a tenth of a cold brief went on that."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 1  # output lost (a closed pipe): as Python itself would report
    os._exit(code)
