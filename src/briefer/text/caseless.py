"""Case-insensitive patterns searched fast: in the lower-cased text, without IGNORECASE.

Python's ``re`` compares each character case-folded under IGNORECASE, which makes a long
alternation of words two to three times slower than the same pattern in lower case. A
``Caseless`` pattern searches the lower-cased text with the lower-cased pattern and, where
it finds something, matches the IGNORECASE pattern at that very place in the real text, so
its matches are ordinary ``re.Match`` objects of the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

_MAX = 2**63 - 1
# a group's name, a back-reference, a named character: written as they are
_VERBATIM = re.compile(
    r"(?P<code>\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2})|\(\?P<\w+>|\(\?P=\w+\)|\\N\{[^}]*\}|\\.",
    re.S,
)
_last: tuple[str, str] = ("", "")  # the text last lowered, and its lower case


def _lowered_pattern(pattern: str) -> str:
    """The pattern with its letters in lower case, its escapes and group names kept."""
    parts: list[str] = []
    position = 0
    for match in _VERBATIM.finditer(pattern):
        parts.append(pattern[position : match.start()].lower())
        if match["code"]:  # a character by its code: the code of its lower case
            parts.append(f"\\U{ord(chr(int(match['code'][2:], 16)).lower()):08x}")
        else:
            parts.append(match.group())  # an escaped letter keeps its meaning: \W is not \w
        position = match.end()
    parts.append(pattern[position:].lower())
    return "".join(parts)


def _lower(text: str) -> str | None:
    """The text in lower case, or None where lower case changes its length (İ): offsets
    in one must be offsets in the other."""
    global _last
    last = _last  # one read: another thread may set it meanwhile
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    _last = (text, lowered)
    return lowered


class Caseless:
    """A pattern compiled with IGNORECASE, searched in lower case (see the module)."""

    __slots__ = ("_folded", "_plain", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags | re.IGNORECASE
        self._folded = re.compile(pattern, self.flags)
        # a part that asks for a case («(?-i:[А-ЯЁ])») cannot be read in lower case
        self._plain = (
            None
            if "(?-i" in pattern or "\\N{" in pattern
            else re.compile(_lowered_pattern(pattern), flags & ~re.IGNORECASE)
        )

    def _in_lower_case(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """The lower-case pattern and text, where they can stand for the IGNORECASE ones."""
        lowered = _lower(text) if self._plain is not None else None
        return None if lowered is None or self._plain is None else (self._plain, lowered)

    def search(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        fast = self._in_lower_case(text)
        if fast is None:
            return self._folded.search(text, pos, endpos)
        found = fast[0].search(fast[1], pos, endpos)
        if found is None:
            return None
        # (where lower case and IGNORECASE part ways, as in no text seen yet, the slow way decides)
        return self._folded.match(text, found.start(), endpos) or self._folded.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        fast = self._in_lower_case(text)
        if fast is None:
            return self._folded.match(text, pos, endpos)
        return fast[0].match(fast[1], pos, endpos) and self._folded.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        return self._folded.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match[str]]:
        fast = self._in_lower_case(text)
        if fast is None:
            yield from self._folded.finditer(text, pos, endpos)
            return
        for found in fast[0].finditer(fast[1], pos, endpos):
            real = self._folded.match(text, found.start(), endpos)
            if real is not None:
                yield real

    def findall(self, text: str, pos: int = 0, endpos: int = _MAX) -> list[Any]:
        return self._folded.findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self._folded.sub(repl, text, count)


def caseless(pattern: str, flags: int = 0) -> Caseless:
    """``re.compile(pattern, flags | re.IGNORECASE)``, searched fast (see the module)."""
    return Caseless(pattern, flags)
