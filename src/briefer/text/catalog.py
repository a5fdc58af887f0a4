"""A gettext catalog read straight from its .po file.

briefer's catalogs are .po files in the repository, so a clean clone needs no build
step. They used to be compiled through Babel on first use, which cost a cold brief
the import of Babel's message machinery; the format is small enough to read here: a
header, then entries of msgctxt, msgid, msgid_plural and msgstr (or msgstr[N]), each a
run of quoted strings. Fuzzy and untranslated entries are left out, as msgfmt leaves
them, so the English message shows instead.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from pathlib import Path

from ..errors import BrieferError

_CONTEXT_GLUE = "\x04"  # how gettext keys a message with its context


class CatalogError(BrieferError):
    """A .po file briefer cannot read: its file and line, and what is wrong there."""


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _unquote(text: str, where: str) -> str:
    """A .po string's value: its quotes off, its C escapes read."""
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise CatalogError(f"{where}: expected a quoted string, found {text[:40]!r}")
    body = text[1:-1]
    if "\\" not in body:
        return body
    out = []
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            escaped = _ESCAPES.get(body[index + 1 : index + 2])
            if escaped is None:
                raise CatalogError(f"{where}: unknown escape {body[index : index + 2]!r}")
            out.append(escaped)
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def read_po(path: Path) -> tuple[dict[str, str | list[str]], str]:
    """The translated messages of a .po file (key: msgid, or context + \\x04 + msgid) and
    its header."""
    messages: dict[str, str | list[str]] = {}
    header = ""
    entry: dict[str, str] = {}
    flags: set[str] = set()
    field: str | None = None

    def finish() -> None:
        nonlocal header
        if "msgid" in entry:
            key = entry["msgid"]
            if "msgctxt" in entry:
                key = entry["msgctxt"] + _CONTEXT_GLUE + key
            if key == "":
                header = entry.get("msgstr", "")
            elif "fuzzy" not in flags:
                if "msgid_plural" in entry:
                    forms = [
                        entry[name] for name in sorted(entry, key=_form_index) if name.startswith("msgstr[")
                    ]
                    if forms and all(forms):
                        messages[key] = forms
                elif entry.get("msgstr"):
                    messages[key] = entry["msgstr"]
        entry.clear()
        flags.clear()

    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip()
            where = f"{path}:{number}"
            if not line:
                continue
            if line.startswith("#,"):
                if "msgid" in entry:
                    finish()
                flags.update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                if field is None:
                    raise CatalogError(f"{where}: a string outside any entry")
                entry[field] += _unquote(line, where)
            else:
                keyword, _, rest = line.partition(" ")
                if keyword not in ("msgctxt", "msgid", "msgid_plural", "msgstr") and not keyword.startswith(
                    "msgstr["
                ):
                    raise CatalogError(f"{where}: unknown keyword {keyword!r}")
                if keyword in ("msgctxt", "msgid") and ("msgstr" in entry or "msgstr[0]" in entry):
                    finish()
                field = keyword
                entry[field] = _unquote(rest, where)
    finish()
    return messages, header


def _form_index(name: str) -> int:
    return int(name[7:-1]) if name.startswith("msgstr[") else -1


def plural_rule(header: str) -> Callable[[int], int]:
    """The header's Plural-Forms expression as a function; English's rule without one."""
    for line in header.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "plural-forms":
            for part in value.split(";"):
                key, _, expression = part.strip().partition("=")
                if key.strip() == "plural":
                    return gettext.c2py(expression.strip())
    return lambda count: int(count != 1)


class Catalog(gettext.NullTranslations):
    """gettext's lookups over the messages of one .po file."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._messages, header = read_po(path)
        self._plural = plural_rule(header)

    def gettext(self, message: str) -> str:
        found = self._messages.get(message)
        return found if isinstance(found, str) else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self._plural_form(msgid1, msgid1, msgid2, n)

    def pgettext(self, context: str, message: str) -> str:
        found = self._messages.get(context + _CONTEXT_GLUE + message)
        return found if isinstance(found, str) else message

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self._plural_form(context + _CONTEXT_GLUE + msgid1, msgid1, msgid2, n)

    def _plural_form(self, key: str, msgid1: str, msgid2: str, n: int) -> str:
        found = self._messages.get(key)
        if isinstance(found, list):
            index = self._plural(n)
            if 0 <= index < len(found):
                return found[index]
        return msgid1 if n == 1 else msgid2
