"""The Markdown document: YAML front matter followed by the rendered body.

Markdown is briefer's single intermediate: the DOCX exporter reads this text, front
matter included, so the two formats cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml

from ..version import __version__

# libyaml's C emitter and loader where the platform has them: every brief writes its
# front matter and every DOCX reads it back
_SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(fields: dict[str, Any]) -> str:
    """Fields as a YAML front matter block, in the given order."""
    body = yaml.dump(_plain(fields), Dumper=_SAFE_DUMPER, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{body}---\n"


def _plain(value: Any) -> Any:
    """Text as text, whatever str subclass a catalog or a name gave it."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


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


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The front matter fields and the body of a Markdown document."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            fields = yaml.load(text[4:end], Loader=_SAFE_LOADER) or {}
            return (fields if isinstance(fields, dict) else {}), text[end + 5 :]
    return {}, text
