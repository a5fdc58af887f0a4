"""The Markdown document: YAML front matter followed by the rendered body.

Markdown is briefer's single intermediate: the DOCX exporter reads this text, front
matter included, so the two formats cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..version import __version__
from ..yamlload import load_plain

# Front matter is written and read by hand, in the few shapes briefer writes: every
# brief writes it and every DOCX reads it back, and PyYAML cost a cold brief more to
# import than to use. Anything else (a front matter someone edited) is read by PyYAML.

# Text YAML reads back as the same text when written bare: words, spaces and the
# punctuation of names and ids, starting with a letter, ending without a space...
_PLAIN = re.compile(r"[^\W\d_][\w .,()/+–—-]*(?<! )")
# ... unless it is one of the words YAML reads as a boolean or as nothing
_YAML_WORDS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})
# What YAML will not take as it is between single quotes: characters it cannot print,
# line breaks (which it folds), tabs and the byte order mark; these are escaped
_UNQUOTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_FIELD = re.compile(r"([a-z_]+):(?: (.*))?")


def front_matter(fields: dict[str, Any]) -> str:
    """Fields (text, or lists of text) as a YAML front matter block, in the given order."""
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, str):
            lines.append(f"{key}: {_scalar(value)}")
        elif not value:
            lines.append(f"{key}: []")
        else:
            lines.append(f"{key}:")
            lines += [f"- {_scalar(item)}" for item in value]
    return "\n".join(lines) + "\n---\n"


def _bare(text: str) -> bool:
    """Whether YAML reads the text back as itself, written without quotes."""
    return bool(_PLAIN.fullmatch(text)) and text.lower() not in _YAML_WORDS


def _scalar(value: str) -> str:
    text = str(value)  # a catalog's or a name's str subclass, as text
    if _bare(text):
        return text
    if not _UNQUOTABLE.search(text):
        return "'" + text.replace("'", "''") + "'"
    return (
        '"'
        + "".join(
            char if not _UNQUOTABLE.match(char) and char not in '"\\' else _escape(char) for char in text
        )
        + '"'
    )


def _escape(char: str) -> str:
    code = ord(char)
    if char in '"\\':
        return "\\" + char
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _read_scalar(raw: str) -> str | None:
    """The text a value written as front_matter writes it stands for; None otherwise."""
    if _bare(raw):
        return raw
    if len(raw) >= 2 and raw[0] == raw[-1] == "'" and "'" not in raw[1:-1].replace("''", ""):
        return raw[1:-1].replace("''", "'")
    return None


def _read_fields(block: str) -> dict[str, Any] | None:
    """Front matter in the shapes front_matter writes; None for anything else."""
    fields: dict[str, Any] = {}
    items: list[str] | None = None
    for line in block.split("\n"):
        if line.startswith("- ") and items is not None:
            item = _read_scalar(line[2:])
            if item is None:
                return None
            items.append(item)
            continue
        if items == []:
            return None  # a key with nothing under it is YAML's null
        match = _FIELD.fullmatch(line)
        if match is None or match.group(1) in fields or match.group(1) in _YAML_WORDS:
            return None
        key, raw = match.groups()
        if raw is None:
            fields[key] = items = []
            continue
        items = None
        value: str | list[str] | None = [] if raw == "[]" else _read_scalar(raw)
        if value is None:
            return None
        fields[key] = value
    return None if items == [] else fields


def document(
    *,
    title: str,
    region: str,
    partner: str,
    kind: str,
    as_of: str,
    lang: str = "en",
    fact_ids: Sequence[str],
    keywords: Sequence[str],
    body: str,
    target_length: str | None = None,
) -> str:
    fields: dict[str, Any] = {
        "title": title,
        "region": region,
        "partner": partner,
        "kind": kind,
        "lang": lang,
        "as_of": as_of,
        "generator": f"briefer {__version__}",
        **({"target_length": target_length} if target_length else {}),
        "keywords": list(keywords),
        "facts": list(fact_ids),
    }
    # Templates are easier to read with generous spacing; the document gets at most one
    # blank line between blocks.
    tidy = re.sub(r"\n{3,}", "\n\n", body.strip())
    return front_matter(fields) + "\n" + tidy + "\n"


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter fields and the body of a Markdown document."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            fields = _read_fields(text[4:end])
            if fields is None:
                fields = load_plain(text[4:end]) or {}
            return (fields if isinstance(fields, dict) else {}), text[end + 5 :]
    return {}, text
