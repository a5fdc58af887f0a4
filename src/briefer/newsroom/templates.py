"""The editor's view of templates: where each kind comes from, new house templates,
and a check that renders every kind against real pairs before a reporter does."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from ..briefs.render import (
    TEMPLATE_SUFFIX,
    TOO_DEEP,
    available_kinds,
    builtin_template_dir,
    kind_info,
    make_environment,
)
from ..errors import BrieferError, OutputError, UsageError
from ..facts import FactBase, display_path
from ..facts.coverage import coverage
from ..output import atomic_write

_KIND_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\Z")
# The skeleton layout's blocks, in order; a new template lists them for the editor.
SKELETON_BLOCKS = (
    "title",
    "header",
    "headline",
    "lede",
    "nut",
    "body",
    "quotes",
    "background",
    "next",
    "tasks",
    "checklist",
    "sources",
)


@dataclass(frozen=True)
class KindSource:
    name: str
    origin: str  # "built-in" or the folder it comes from
    overrides: bool  # a house template that replaces the built-in kind of the same name
    about: str
    target: str | None


def kind_sources(template_dirs: Sequence[Path]) -> list[KindSource]:
    """Every kind, with the folder it comes from and whether it replaces a built-in one."""
    builtin = builtin_template_dir()
    found = []
    for name in available_kinds(template_dirs):
        folder = next((d for d in template_dirs if (d / f"{name}{TEMPLATE_SUFFIX}").is_file()), None)
        info = kind_info(name, template_dirs)
        found.append(
            KindSource(
                name=name,
                origin="built-in" if folder is None else display_path(folder),
                overrides=folder is not None and (builtin / f"{name}{TEMPLATE_SUFFIX}").is_file(),
                about=info.about,
                target=info.target,
            )
        )
    return found


def builtin_source(kind: str) -> str:
    """The built-in template's text, to copy from."""
    path = builtin_template_dir() / f"{kind.lower()}{TEMPLATE_SUFFIX}"
    if not path.is_file() or kind.startswith("_"):
        kinds = ", ".join(available_kinds(()))
        raise UsageError(f"no built-in kind {kind!r}; built-in kinds: {kinds}")
    return path.read_text(encoding="utf-8")


def new_template(name: str, folder: Path, base_kind: str = "news") -> Path:
    """Write ``folder/NAME.md.j2`` extending a built-in kind; refuses to replace a file."""
    name = name.lower()
    if not _KIND_NAME.match(name):
        raise UsageError(
            f"template name {name!r} is not kebab-case; use letters, digits and hyphens, e.g. house-news"
        )
    builtin_source(base_kind)  # the base must exist
    path = folder / f"{name}{TEMPLATE_SUFFIX}"
    if path.exists():
        raise OutputError(f"{display_path(path)} exists already\n    fix: edit it, or choose another name")
    base_info = kind_info(base_kind.lower())
    title = name.replace("-", " ")
    blocks = "\n".join(f"    {block}" for block in SKELETON_BLOCKS)
    factsheet = base_kind.lower() == "factsheet"
    text = (
        f"{{#- about: {title[:1].upper()}{title[1:]}, from the built-in {base_kind.lower()} kind; "
        f"title: {title}; target: {base_info.target or 'as the built-in kind'} -#}}\n"
        f'{{% extends "builtin/{base_kind.lower()}{TEMPLATE_SUFFIX}" %}}\n'
        '{% import "_macros.md.j2" as m with context %}\n'
        + (
            "{#- The fact sheet has no blocks to replace: copy it with 'briefer templates show factsheet'\n"
            "    and edit the copy instead of extending it. -#}\n"
            if factsheet
            else "{#- Replace any of these blocks of the story layout; the rest stay as built in:\n"
            f"{blocks}\n"
            "    For example:\n"
            '{% block quotes %}\n## Voices\n\n- {{ m.ask("the mayor\'s office") }}\n{% endblock %}\n-#}\n'
        )
    )
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8"))
    return path


@dataclass(frozen=True)
class CheckResult:
    kind: str
    pair: str  # "mogilev henan (rich)"
    error: str | None  # the message, with file:line, or None when it rendered


def compile_errors(template_dirs: Sequence[Path]) -> dict[str, str]:
    """Every template file in the folders (and the built-ins) that does not compile:
    its name without the suffix, and the message with file and line."""
    env = make_environment(template_dirs)
    errors = {}
    for folder in [*template_dirs, builtin_template_dir()]:
        for path in sorted(Path(folder).glob(f"*{TEMPLATE_SUFFIX}")):
            try:
                env.parse(path.read_text(encoding="utf-8"), name=path.name, filename=str(path))
            except jinja2.TemplateSyntaxError as error:
                errors[path.name.removesuffix(TEMPLATE_SUFFIX)] = (
                    f"{display_path(path)}:{error.lineno}: template syntax error: {error.message}"
                )
            except RecursionError:
                errors[path.name.removesuffix(TEMPLATE_SUFFIX)] = f"{display_path(path)}: {TOO_DEEP}"
            except UnicodeDecodeError:
                errors[path.name.removesuffix(TEMPLATE_SUFFIX)] = (
                    f"{display_path(path)}: not UTF-8 text; save it as UTF-8"
                )
    return errors


def check_pairs(base: FactBase) -> list[tuple[str, str, str]]:
    """Real pairs to render every kind against: (region, partner, why)."""
    rows = sorted(coverage(base), key=lambda row: (-row.total, row.region.id, row.partner.id))
    regional = [r for r in rows if r.region.id != "belarus" and r.partner.kind != "country"] or [
        r for r in rows if r.region.id != "belarus"
    ]
    pairs: list[tuple[str, str, str]] = []
    if regional:
        pairs.append((regional[0].region.id, regional[0].partner.id, "rich"))
        thin = min(regional, key=lambda r: (r.total, r.region.id, r.partner.id))
        pairs.append((thin.region.id, thin.partner.id, "thin"))
    disputed = next((r for r in rows if any(f.disputed for f in base.find(r.region.id, r.partner.id))), None)
    if disputed:
        pairs.append((disputed.region.id, disputed.partner.id, "disputed facts"))
    national = next((r for r in rows if r.region.id == "belarus"), None)
    if national:
        pairs.append((national.region.id, national.partner.id, "country level"))
    shared = {(r.region.id, r.partner.id) for r in rows}
    home = next((r.id for r in base.regions if r.kind == "oblast" and r.country_id == "belarus"), None)
    empty = next(
        (
            p.id
            for p in base.regions
            if home and p.country_id != "belarus" and p.kind != "country" and (home, p.id) not in shared
        ),
        None,
    )
    if home and empty:
        pairs.append((home, empty, "no facts"))
    return pairs


def check_templates(
    base: FactBase, template_dirs: Sequence[Path], as_of: dt.date, skip: Sequence[str] = ()
) -> list[CheckResult]:
    """Render every kind (but those in ``skip``) against the check pairs; each failure
    with its file and line."""
    from ..briefs.make import make_brief

    results = []
    for kind in available_kinds(template_dirs):
        if kind in skip:
            continue
        for region, partner, why in check_pairs(base):
            try:
                make_brief(base, region, partner, kind, as_of, template_dirs)
                results.append(CheckResult(kind, f"{region} {partner} ({why})", None))
            except BrieferError as error:
                results.append(CheckResult(kind, f"{region} {partner} ({why})", str(error)))
    return results
