"""The errors briefer reports to its users.

Every error a person can cause (a bad option, an unknown region, a broken fact file or
template) is a BrieferError with a message that says what is wrong, where, and how to
fix it. The CLI catches the base class once and exits with ``exit_code``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class BrieferError(Exception):
    """Base class: a problem the user can fix. ``exit_code`` 1 means bad data."""

    exit_code = 1


class UsageError(BrieferError):
    """The command was called wrongly: an unknown region, a bad option value."""

    exit_code = 2


class UnknownRegionError(UsageError):
    """A name matches no region; ``suggestions`` holds near misses."""

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        message = f"unknown region {name!r}"
        if self.suggestions:
            message += f"; did you mean {' or '.join(self.suggestions)}?"
        message += "\nRun 'briefer regions' to list every region and its spellings."
        super().__init__(message)


class PairError(UsageError):
    """Two names that are not a Belarusian region and a place abroad; ``side`` ("region"
    or "partner") is the name to change."""

    def __init__(self, message: str, side: str) -> None:
        self.side = side
        super().__init__(message)


class AmbiguousRegionError(UsageError):
    """A name matches several regions equally well."""

    def __init__(self, name: str, choices: Sequence[str]) -> None:
        self.name = name
        self.choices = list(choices)
        listed = "\n".join(f"  {choice}" for choice in self.choices)
        super().__init__(
            f"region name {name!r} is ambiguous; it could be:\n{listed}\n"
            "Use the id (the first word of each line) to choose one."
        )


@dataclass(frozen=True)
class Problem:
    """One problem found while validating data, located in a file."""

    path: str
    line: int | None
    message: str
    hint: str = ""
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text}\n    fix: {self.hint}" if self.hint else text


class DataError(BrieferError):
    """The fact base or region registry is invalid; carries every problem found."""

    def __init__(self, problems: Sequence[Problem], what: str = "fact base") -> None:
        self.problems = list(problems)
        errors = [p for p in self.problems if p.severity == "error"]
        lines = [str(problem) for problem in self.problems]
        lines.append(f"{len(errors)} error(s) in the {what}.")
        super().__init__("\n".join(lines))


class TemplateError(BrieferError):
    """A template is missing or broken."""


class OutputError(BrieferError):
    """An output file cannot be written, or writing it would lose someone's edits."""
