"""The command line: parse options, call the core, print. Nothing else lives here.

One module per command group, each registering its commands on the group in base.
"""

import gc

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
    cli(prog_name="briefer")
