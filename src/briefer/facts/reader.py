"""The reader of one fact entry: its fields as text, lists, dates and numbers, each
problem collected with the line of the field it is about and a fix."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import Problem
from ..yamlload import LocatedDict

WEB_ADDRESS = re.compile(r"https?://[^\s<>\"]+\Z", re.IGNORECASE)
LANGUAGE_CODE = re.compile(r"[a-z]{2}\Z")
# C0 and C1 controls, DEL, and the Unicode line and paragraph separators
_LINE_BREAK_OR_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _describe_character(character: str) -> str:
    if character in "\n\r\u2028\u2029":
        return "a line break"
    return f"the control character U+{ord(character):04X}"


class FactReader:
    """Reads one fact entry, collecting problems with their lines instead of failing."""

    def __init__(self, entry: LocatedDict, path: str) -> None:
        self.entry = entry
        self.path = path
        self.problems: list[Problem] = []
        self.label = f"fact {entry.get('id')!r}" if entry.get("id") else "fact"

    def problem(
        self, key: str | None, message: str, hint: str = "", mapping: LocatedDict | None = None
    ) -> None:
        where = mapping if mapping is not None else self.entry
        line = where.line_of(key) if key else where.line
        self.problems.append(Problem(self.path, line, f"{self.label}: {message}", hint))

    def text(self, key: str, mapping: LocatedDict | None = None, required: bool = True) -> str | None:
        where = mapping if mapping is not None else self.entry
        value = where.get(key)
        if value is None or value == "":
            if required:
                self.problem(None, f"missing required field {key!r}", f"add '{key}: ...'", where)
            return None
        if isinstance(value, list | dict):
            self.problem(key, f"{key!r} must be text, not a {type(value).__name__}", "", where)
            return None
        if isinstance(value, bool):
            self._boolean(key, value, where)
            return None
        text = str(value)
        # a line break starts a line of Markdown of its own (a heading, a rule, a list)
        # once the text is in a brief, so fact text is one line
        broken = _LINE_BREAK_OR_CONTROL.search(text)
        if broken:
            self.problem(
                key,
                f"{key!r} holds {_describe_character(broken.group())}; fact text is one line of plain text",
                "join the lines with a space (a long line may be folded in YAML without a line break)",
                where,
            )
            return None
        return text

    def _boolean(self, key: str, value: bool, where: LocatedDict | None = None) -> None:
        # YAML 1.1 reads no, yes, on and off as booleans: "no" for Norway becomes False
        self.problem(
            key,
            f"{key!r} reads as the boolean {str(value).lower()}, not text",
            f"quote it, e.g. {key}: 'no'",
            where,
        )

    def text_list(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.entry.get(key)
        if value is None:
            if required:
                self.problem(None, f"missing required field {key!r}", f"add '{key}: [...]'")
            return ()
        if isinstance(value, list) and any(isinstance(v, bool) for v in value):
            self.problem(
                key,
                f"{key!r} holds a value YAML reads as a boolean (no, yes, on, off)",
                f"quote it, e.g. {key}: [gomel, 'no']",
            )
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            self.problem(key, f"{key!r} must be a list of names, like [a, b]", f"write '{key}: [a, b]'")
            return ()
        return tuple(str(v) for v in value)

    def choice(self, key: str, allowed: Sequence[str], default: str | None) -> str | None:
        value = self.entry.get(key, default)
        if isinstance(value, bool):
            self._boolean(key, value)
            return default
        if value is not None and value not in allowed:
            self.problem(key, f"{key} {value!r} is not allowed", f"use one of: {', '.join(allowed)}")
            return default
        return None if value is None else str(value)

    def mapping(self, key: str) -> LocatedDict | None:
        value = self.entry.get(key)
        if value is None:
            return None
        if not isinstance(value, LocatedDict):
            self.problem(
                key,
                f"{key!r} must be a mapping of fields",
                f"see facts/README.md for the {key} fields",
            )
            return None
        return value

    def unknown_keys(self, mapping: LocatedDict, allowed: Iterable[str], what: str) -> None:
        allowed = list(allowed)
        for key in mapping:
            if key not in allowed:
                self.problem(
                    key,
                    f"unknown key {key!r} in {what}",
                    f"use only: {', '.join(allowed)}",
                    mapping,
                )
        for key, line in mapping.duplicate_keys:
            self.problems.append(
                Problem(
                    self.path,
                    line,
                    f"{self.label}: key {key!r} appears twice in {what}",
                    "keep one of them",
                )
            )


MAX_NUMBER = 10**15  # a thousand trillion: above any figure a regional brief reports


def plain_number(value: Any) -> float | None:
    """An int or a finite float within MAX_NUMBER; YAML's .nan and .inf are not figures,
    and a 400-digit integer is a typing mistake that no float can even hold."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value if abs(value) <= MAX_NUMBER else None
