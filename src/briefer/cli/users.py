"""Accounts for briefer in the browser: 'users add', 'list', 'passwd', 'disable', 'remove';
and the record: 'audit'."""

from __future__ import annotations

import datetime as dt
import getpass
import sys
from typing import Any

import click

from ..errors import DataError, UsageError
from ..newsroom import Newsroom
from . import base
from .base import cli, pass_state

ROLE_CHOICE = click.Choice(["reporter", "editor", "admin"])


def _operator() -> str:
    """Who runs the command line: the system login, marked as such in the record."""
    return f"{getpass.getuser()} (command line)"


def _accounts(state: Newsroom, doing: str) -> Any:
    from ..database import database_path
    from ..newsroom.accounts import Accounts

    return Accounts(database_path(state.workspace(doing)))


def _password(from_stdin: bool, name: str) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise UsageError("--password-stdin: no password on standard input")
        return line.rstrip("\r\n")
    if not base.in_a_terminal():
        raise UsageError(
            "no terminal to ask the password in: pass it on standard input with --password-stdin"
        )
    return str(click.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True))


@cli.group()
def users() -> None:
    """Accounts for the browser: reporters propose facts, editors decide, admins
    manage accounts. Once a workspace has an account, every page asks for a login.

    \b
    Examples:
      briefer users add olga --role reporter
      briefer users list
    """


@users.command("add")
@click.argument("name")
@click.option("--role", type=ROLE_CHOICE, required=True, help="reporter, editor or admin.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
@pass_state
def users_add(state: Newsroom, name: str, role: str, password_stdin: bool) -> None:
    """Add an account; the password is asked twice (12 characters or more, not a
    common one).

    \b
    Examples:
      briefer users add olga --role reporter
      printf '%s\\n' "$PASSWORD" | briefer users add ivan --role editor --password-stdin
    """
    with _accounts(state, "adding an account") as accounts:
        user = accounts.add(name, role, _password(password_stdin, name), _operator())
    click.echo(f"added {user.name} ({user.role})")


@users.command("list")
@pass_state
def users_list(state: Newsroom) -> None:
    """List the accounts: name, role, whether disabled, when added.

    \b
    Example:
      briefer users list
    """
    with _accounts(state, "listing accounts") as accounts:
        found = accounts.users()
    for user in found:
        flag = "  disabled" if user.disabled else ""
        click.echo(f"{user.name:<20} {user.role:<9} {user.created}{flag}")
    click.echo(f"{len(found)} account(s)")


@users.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from standard input.")
@pass_state
def users_passwd(state: Newsroom, name: str, password_stdin: bool) -> None:
    """Set an account's password; its sessions end.

    \b
    Example:
      briefer users passwd olga
    """
    with _accounts(state, "changing a password") as accounts:
        accounts.set_password(name, _password(password_stdin, name), _operator())
    click.echo(f"password changed for {name}; its sessions have ended")


@users.command("disable")
@click.argument("name")
@pass_state
def users_disable(state: Newsroom, name: str) -> None:
    """Disable an account: it cannot log in, and its sessions end at once.

    \b
    Example:
      briefer users disable olga
    """
    with _accounts(state, "disabling an account") as accounts:
        accounts.disable(name, _operator())
    click.echo(f"disabled {name}")


@users.command("remove")
@click.argument("name")
@pass_state
def users_remove(state: Newsroom, name: str) -> None:
    """Remove an account; the record keeps what it did.

    \b
    Example:
      briefer users remove olga
    """
    with _accounts(state, "removing an account") as accounts:
        accounts.remove(name, _operator())
    click.echo(f"removed {name}")


@cli.command()
@click.option("--since", metavar="YYYY-MM-DD", help="Only entries from this day on.")
@click.option("--user", "who", metavar="NAME", help="Only what this account did.")
@click.option("--verify", is_flag=True, help="Check that no entry was changed, removed or put in afterwards.")
@pass_state
def audit(state: Newsroom, since: str | None, who: str | None, verify: bool) -> None:
    """Print the record of who did what: logins, proposals, acceptances with the
    fact before and after, rejections with their reason, account changes.

    \b
    Examples:
      briefer audit --since 2026-12-01
      briefer audit --user ivan
      briefer audit --verify
    """
    from ..database import database_path
    from ..errors import Problem
    from ..newsroom.audit import AuditLog

    day = None
    if since is not None:
        try:
            day = dt.date.fromisoformat(since)
        except ValueError:
            raise UsageError(f"--since {since!r} is not a date; write YYYY-MM-DD") from None
    path = database_path(state.workspace("reading the record"))
    with AuditLog(path) as log:
        if verify:
            problems = log.verify()
            if problems:
                raise DataError([Problem(str(path), None, problem) for problem in problems], what="record")
            click.echo(f"the record holds {len(log.entries())} entries, each following the one before")
            return
        entries = log.entries(day, who)
    for entry in entries:
        click.echo(entry.line())
    click.echo(f"{len(entries)} entries")
