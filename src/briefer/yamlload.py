"""YAML loading that remembers where things are.

Validation messages must name the file and line of a problem, so mappings are loaded
as :class:`LocatedDict`, which records the line of the mapping and of each key.
Timestamps are not resolved: dates stay strings and are validated by briefer, so an
impossible date such as 2021-02-30 is reported instead of crashing the parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

# The C parser is several times faster on a large fact base; the constructor (and so
# the line-recording below) is the same Python code either way.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LocatedDict(dict[str, Any]):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]
    duplicate_keys: list[tuple[str, int]]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _LocatingLoader(_BaseLoader):  # type: ignore[misc]
    pass


_LocatingLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


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


_LocatingLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_located_mapping,
)


def load_yaml(path: Path, display_path: str) -> tuple[Any, list[Problem]]:
    """Parse one YAML file; a syntax error becomes a Problem, never an exception."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return None, [Problem(display_path, None, f"not UTF-8 text ({error.reason})", "save it as UTF-8")]
    except OSError as error:
        return None, [Problem(display_path, None, f"cannot read: {error.strerror}")]
    return load_yaml_text(text, display_path)


def load_yaml_text(text: str, display_path: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text as if it were the file ``display_path``."""
    try:
        return yaml.load(text, Loader=_LocatingLoader), []
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
