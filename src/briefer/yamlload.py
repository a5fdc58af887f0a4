"""YAML loading that remembers where things are.

Validation messages must name the file and line of a problem, so mappings are loaded
as :class:`LocatedDict`, which records the line of the mapping and of each key.
Timestamps are not resolved: dates stay strings and are validated by briefer, so an
impossible date such as 2021-02-30 is reported instead of crashing the parser.
"""

from __future__ import annotations

import os
import re
import stat
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import Problem

if TYPE_CHECKING:
    import yaml


class LocatedDict(dict[str, Any]):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]
    duplicate_keys: list[tuple[str, int]]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@cache
def _loaders() -> tuple[Any, Any]:
    """The plain safe loader and the one that records lines. PyYAML is imported when a
    file is first parsed: a brief made from cached facts reads no YAML at all."""
    import yaml

    # The C parser is several times faster on a large fact base; the constructor (and
    # so the line-recording below) is the same Python code either way.
    plain: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LocatingLoader(plain):  # type: ignore[misc]
        pass

    LocatingLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in plain.yaml_implicit_resolvers.items()
    }
    LocatingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_located_mapping)
    return plain, LocatingLoader


def load_plain(text: str) -> Any:
    """YAML text as plain Python values, by the safe loader files are parsed with."""
    import yaml

    return yaml.load(text, Loader=_loaders()[0])


def _construct_located_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LocatedDict:
    mapping = LocatedDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    mapping.duplicate_keys = []
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        key_text = str(key)
        key_line = key_node.start_mark.line + 1
        if key_text in mapping:
            mapping.duplicate_keys.append((key_text, key_line))
        mapping[key_text] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key_text] = key_line
    return mapping


# A fact file holds one region's facts: a few hundred kilobytes at most. The limits keep
# a mistaken or hostile file from exhausting memory before it can be reported.
MAX_FILE_BYTES = 5 * 1024 * 1024
# Aliases let a few lines stand for billions of nodes ("billion laughs"): the document
# is refused when its aliases would expand it past this many nodes.
MAX_EXPANDED_NODES = 200_000
# ... or past this much text: one long value aliased a thousand times is gigabytes
MAX_EXPANDED_BYTES = 2 * MAX_FILE_BYTES
_ANCHOR = re.compile(r"&[^\s]")


def read_bounded(path: Path, display_path: str) -> tuple[bytes | None, Problem | None]:
    """A regular file's bytes, at most MAX_FILE_BYTES of them, or the Problem that stops it.

    A FIFO never ends and /dev/zero never stops: reading one would hang every command,
    so only regular files are read, opened without blocking, and never past the limit."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        return None, Problem(
            display_path, None, f"cannot read: {error.strerror}", "fix the file or remove it"
        )
    with os.fdopen(descriptor, "rb") as handle:
        # the file opened is the one checked: no swap between a check and the read
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None, Problem(
                display_path,
                None,
                "not a regular file (a pipe, a device or a folder); only regular files are read",
                "remove it, or put the file itself in its place",
            )
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        size = os.stat(path).st_size
        return None, Problem(
            display_path,
            None,
            f"file is {size / 1024 / 1024:.1f} MB; the limit is {MAX_FILE_BYTES // 1024 // 1024} MB",
            "split it into several files, e.g. one per region",
        )
    return data, None


def load_yaml(path: Path, display_path: str) -> tuple[Any, list[Problem]]:
    """Parse one YAML file; a syntax error becomes a Problem, never an exception."""
    data, problem = read_bounded(path, display_path)
    if problem is not None or data is None:
        return None, [problem] if problem else []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [Problem(display_path, None, f"not UTF-8 text ({error.reason})", "save it as UTF-8")]
    return load_yaml_text(text, display_path)


def load_yaml_text(text: str, display_path: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text as if it were the file ``display_path``."""
    import yaml

    try:
        if _ANCHOR.search(text):  # without anchors there are no aliases to expand
            bomb = _alias_expansion_problem(text, display_path)
            if bomb is not None:
                return None, [bomb]
        data = yaml.load(text, Loader=_loaders()[1])
        found = _control_characters(data, display_path, 1)
        return (None, found) if found else (data, [])
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        context = error.context or ""
        if error.context_mark and error.problem_mark and error.context_mark.line != error.problem_mark.line:
            context += f" (started at line {error.context_mark.line + 1})"
        what = " ".join(part for part in (context, error.problem) if part)
        return None, [
            Problem(
                display_path,
                line,
                f"invalid YAML: {what}",
                "check indentation, brackets and quoting; quote text containing ': ' or '#'",
            )
        ]
    except yaml.YAMLError as error:
        return None, [Problem(display_path, None, f"invalid YAML: {error}")]


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _control_characters(data: Any, display_path: str, line: int) -> list[Problem]:
    """Control characters and lone surrogates (which YAML escapes can write) have no place
    in a brief, and Word refuses them: each is reported with its line."""
    found: list[Problem] = []
    if isinstance(data, str):
        match = _UNPRINTABLE.search(data)
        if match:
            code = f"U+{ord(match.group()):04X}"
            found.append(
                Problem(
                    display_path,
                    line,
                    f"text contains the control character {code}: {data[:40]!r}",
                    "remove it; write a line break as a new line, not an escape",
                )
            )
    elif isinstance(data, LocatedDict):
        for key, value in data.items():
            found += _control_characters(key, display_path, data.line_of(key))
            found += _control_characters(value, display_path, data.line_of(key))
    elif isinstance(data, list):
        for item in data:
            found += _control_characters(item, display_path, getattr(item, "line", line))
    return found


def _alias_expansion_problem(text: str, display_path: str) -> Problem | None:
    """Count the values and the bytes the document would have once its aliases are
    expanded, from the parser's events alone, before anything is built: a few aliases
    of one long value are as costly as many aliases of short ones."""
    sizes: dict[str, tuple[int, int]] = {}  # anchor -> (values, bytes) it stands for
    open_nodes: list[tuple[str | None, int, int]] = []  # anchor, values and bytes so far
    total_values = total_bytes = 0
    import yaml

    for event in yaml.parse(text, Loader=_loaders()[0]):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            open_nodes.append((event.anchor, 1, 1))
            continue
        if isinstance(event, yaml.AliasEvent):
            values, size = sizes.get(str(event.anchor), (1, 1))
        elif isinstance(event, yaml.ScalarEvent):
            values, size = 1, len(event.value) + 1
            if event.anchor:
                sizes[event.anchor] = (values, size)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, values, size = open_nodes.pop()
            if anchor:
                sizes[anchor] = (values, size)
        else:
            continue
        if open_nodes:
            anchor, so_far, bytes_so_far = open_nodes[-1]
            open_nodes[-1] = (anchor, so_far + values, bytes_so_far + size)
        else:
            total_values += values
            total_bytes += size
        line = event.start_mark.line + 1 if event.start_mark else None
        if values > MAX_EXPANDED_NODES or total_values > MAX_EXPANDED_NODES:
            return Problem(
                display_path,
                line,
                f"its aliases expand to more than {MAX_EXPANDED_NODES:,} values; refused",
                "write the values out, or use fewer nested aliases (*name)",
            )
        if size > MAX_EXPANDED_BYTES or total_bytes > MAX_EXPANDED_BYTES:
            return Problem(
                display_path,
                line,
                f"its aliases expand to more than {MAX_EXPANDED_BYTES // 1024 // 1024} MB of text; refused",
                "write the values out, or alias fewer and shorter values (*name)",
            )
    return None
