"""Loading the fact base: the region registry and every fact file, validated as a whole.

A fact base is a folder: ``regions.yaml`` (the region registry) and any number of
``*.yaml`` fact files below it. Validation reads the whole base and reports every
problem at once, each with its file and line, before anything is built from it.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import DataError, Problem
from ..places import RegionRegistry, registry_from_data
from ..yamlload import LocatedDict, load_yaml, load_yaml_text, read_bounded
from .cache import FactCache
from .conflicts import conflict_problems, crowded_figures, impossible_parts, live_conflicts, rivals_of
from .model import (
    BUILTIN_LAYER,
    Fact,
    FactBase,
)
from .notes import NOTES_NAME, NoteTranslations, read_note_translations
from .validate import fact_from_entry


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working directory if inside it."""
    # abspath, not resolve: a link keeps the name the user gave it, and a link loop
    # cannot make showing its name fail
    try:
        return str(Path(os.path.abspath(path)).relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(path)


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop: read_bounded reports it
        return True


def fact_files(root: Path, problems: list[Problem] | None = None) -> list[Path]:
    """The fact files under ``root``; what would be skipped unseen goes to ``problems``:
    a folder that cannot be read, and a '.yml' file (only '.yaml' is read)."""
    found: list[Path] = []

    def unreadable(error: OSError) -> None:
        if problems is not None:
            where = display_path(Path(error.filename)) if error.filename else display_path(root)
            problems.append(
                Problem(
                    where,
                    None,
                    f"cannot read this folder ({error.strerror}); its facts are left out",
                    "make it readable (chmod u+rx), or move it out of the fact folder",
                    severity="warning",
                )
            )

    # links to folders are not followed: one could lead outside the base, or round a loop
    for folder, folders, files in os.walk(root, onerror=unreadable):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in folders:
            if (Path(folder) / name).is_symlink() and problems is not None:
                problems.append(
                    Problem(
                        display_path(Path(folder) / name),
                        None,
                        "a link to a folder; briefer does not follow it, and its facts are left out",
                        "put the folder itself here, or list it under 'facts: folders:' in briefer.yaml",
                        severity="warning",
                    )
                )
        for name in files:
            path = Path(folder) / name
            if name.startswith(".") or path in (root / "regions.yaml", root / NOTES_NAME):
                continue
            if name.endswith(".yaml") and path.is_symlink() and not _inside(path, root):
                if problems is not None:
                    problems.append(
                        Problem(
                            display_path(path),
                            None,
                            "a link to a file outside the fact folder; it is not read",
                            "copy the file into the fact folder, or add its folder under 'facts: folders:'",
                        )
                    )
            elif name.endswith(".yaml"):
                found.append(path)
            elif name.endswith(".yml") and problems is not None:
                problems.append(
                    Problem(
                        display_path(path),
                        None,
                        "briefer reads '.yaml' files only; this '.yml' file is left out",
                        f"rename it to {name.removesuffix('.yml')}.yaml",
                        severity="warning",
                    )
                )
    return sorted(found)


def _note_translations(path: Path, fact_cache: FactCache) -> tuple[NoteTranslations, list[Problem]]:
    """A layer's translated source notes, from the cache while the file is unchanged:
    reading its YAML cost a cold brief more than all the cached facts."""
    shown = display_path(path)
    content, _ = read_bounded(path, shown)
    key = fact_cache.key(content, shown) if content is not None else None
    kept = fact_cache.get(key) if key else None
    if kept is not None:
        return kept  # type: ignore[no-any-return]
    result = read_note_translations(path, shown)
    if key:
        fact_cache.put(key, shown, result)
    return result


def check_fact_base(roots: Path | Sequence[Path]) -> tuple[FactBase | None, list[Problem]]:
    """Load and validate the whole base; returns it (None if unusable) and every problem.

    ``roots`` are layers, lowest first: the built-in base, then a newsroom's folders. The
    first needs a regions.yaml; a later layer's regions.yaml adds regions of its own.
    Validation runs across the layers, so a newsroom fact may link built-in regions and
    refer to built-in facts.
    """
    layers = [roots] if isinstance(roots, Path) else list(roots)
    problems: list[Problem] = []
    for root in layers:
        if not root.is_dir():
            return None, [
                Problem(
                    display_path(root),
                    None,
                    "fact base folder not found",
                    "pass --facts DIR pointing at a folder holding regions.yaml, or correct facts.folders",
                )
            ]
    if not layers or not (layers[0] / "regions.yaml").is_file():
        where = layers[0] / "regions.yaml" if layers else Path("regions.yaml")
        return None, [
            Problem(
                display_path(where),
                None,
                "region registry not found",
                "every fact base needs a regions.yaml beside its fact files",
            )
        ]
    registry: RegionRegistry | None = None
    registry_bytes = b""
    region_files = [root / "regions.yaml" for root in layers if (root / "regions.yaml").is_file()]
    for regions_path in region_files:
        registry_bytes += (read_bounded(regions_path, "")[0] or b"") + b"\0"  # load_yaml reports a problem
        registry_bytes += display_path(regions_path).encode() + b"\0"
    fact_cache = FactCache(registry_bytes)
    # the registry itself is cached too: reading and checking regions.yaml cost more
    # than the rest of a warm load
    registry_key = fact_cache.key(registry_bytes, "regions.yaml")
    kept = fact_cache.get(registry_key)
    if kept is not None:
        registry, region_problems = kept
        problems += region_problems
    else:
        region_problems = []
        for regions_path in region_files:
            data, yaml_problems = load_yaml(regions_path, display_path(regions_path))
            problems += yaml_problems
            if yaml_problems:  # without the registry every region id would look unknown
                return None, problems
            registry, layer_problems = registry_from_data(data, display_path(regions_path), registry)
            region_problems += layer_problems
        problems += region_problems
        fact_cache.put(registry_key, "regions.yaml", (registry, region_problems))
    assert registry is not None
    facts: list[Fact] = []
    first_seen: dict[str, str] = {}
    declared_ids: set[str] = set()  # includes invalid facts, so one error does not cascade
    for index, root in enumerate(layers):
        layer = BUILTIN_LAYER if index == 0 and len(layers) > 1 else display_path(root)
        for path in fact_files(root, problems):
            shown = display_path(path)
            file_problems, entries = _validated_file(path, shown, registry, fact_cache)
            problems += file_problems
            for declared, fact, fact_problems in entries:
                if declared:
                    declared_ids.add(declared)
                problems += fact_problems
                if fact is None:
                    continue
                if fact.id in first_seen:
                    problems.append(
                        Problem(
                            shown,
                            fact.line,
                            f"duplicate fact id {fact.id!r} (first in {first_seen[fact.id]})",
                            "give each fact a unique id; to replace a fact of another layer, "
                            f"give yours a new id and 'supersedes: [{fact.id}]'",
                        )
                    )
                    continue
                first_seen[fact.id] = f"{shown}:{fact.line}"
                # the fact was just built or unpickled and is not shared yet: setting its
                # layer in place saves a copy per fact (a third of a warm load)
                object.__setattr__(fact, "layer", layer)
                facts.append(fact)

    for fact in facts:
        for key, others in (("disputes", fact.disputes), ("supersedes", fact.supersedes)):
            for other in others:
                if other not in declared_ids:
                    problems.append(
                        Problem(
                            fact.path,
                            fact.line,
                            f"fact {fact.id!r} {key} unknown fact {other!r}",
                            f"name the id of the fact it {key} ('briefer facts list' shows ids)",
                        )
                    )
                elif other == fact.id:
                    problems.append(
                        Problem(
                            fact.path, fact.line, f"fact {fact.id!r} {key} itself", "name another fact's id"
                        )
                    )
    problems += _supersession_cycles(facts)
    notes: NoteTranslations = {}
    for root in layers:
        if (root / NOTES_NAME).is_file():
            layer_notes, note_problems = _note_translations(root / NOTES_NAME, fact_cache)
            notes.update(layer_notes)
            problems += note_problems
    fact_cache.close()
    conflicts = live_conflicts(facts)
    base = FactBase(
        registry, facts, layers[0], layers=tuple(layers), note_translations=notes, rivals=rivals_of(conflicts)
    )
    problems += conflict_problems(conflicts)
    problems += impossible_parts(base.facts)
    problems += crowded_figures(base.facts)
    return base, problems


def _supersession_cycles(facts: list[Fact]) -> list[Problem]:
    """Facts that supersede each other round a loop (a -> b -> c -> a), once per loop.

    Each would hide the next, so every fact of the loop would vanish from every brief."""
    replaces = {fact.id: fact.supersedes for fact in facts}
    by_id = {fact.id: fact for fact in facts}
    problems: list[Problem] = []
    done: set[str] = set()
    for start in replaces:
        if start in done:
            continue
        # a fact may replace several; walk the chains without recursion, so no length is too long
        path, on_path = [start], {start}
        stack = [(start, iter(replaces[start]))]
        while stack:
            node, children = stack[-1]
            current = next(children, None)
            if current is None:
                stack.pop()
                on_path.discard(path.pop())
                done.add(node)
                continue
            if current in on_path:
                loop = path[path.index(current) :]
                if min(loop) == current:  # report each loop once, from its smallest id
                    first = by_id[current]
                    problems.append(
                        Problem(
                            first.path,
                            first.line,
                            "facts supersede each other in a loop: "
                            + " -> ".join(f"{i} ({by_id[i].path}:{by_id[i].line})" for i in [*loop, current]),
                            "each would hide the next and all would vanish from briefs; "
                            "remove 'supersedes' from the oldest of them",
                        )
                    )
                continue
            if current in done or current not in replaces:
                continue
            stack.append((current, iter(replaces[current])))
            path.append(current)
            on_path.add(current)
    return problems


_FileEntries = list[tuple[str | None, Fact | None, list[Problem]]]


def _validated_file(
    path: Path, shown: str, registry: RegionRegistry, fact_cache: FactCache
) -> tuple[list[Problem], _FileEntries]:
    """One fact file's problems and, per entry, its declared id, fact and problems:
    from the cache when nothing it depends on changed, else parsed and validated."""
    key = None
    content = None
    content, unreadable = read_bounded(path, shown)
    if unreadable is not None:
        return [unreadable], []
    if content is not None:
        key = fact_cache.key(content, shown)
        cached = fact_cache.get(key)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
    # The bytes the key was made from are the bytes validated: a file saved again in
    # between must not store one version's facts under the other's key.
    text = None
    if content is not None:
        with contextlib.suppress(UnicodeDecodeError):
            text = content.decode("utf-8")
    if text is not None:
        data, problems = load_yaml_text(text, shown)
    else:  # too big, unreadable or not UTF-8: load_yaml says which, and nothing is kept
        key = None
        data, problems = load_yaml(path, shown)
    entries: _FileEntries = []
    if not problems and data is not None:
        if not isinstance(data, list):
            problems.append(
                Problem(
                    shown,
                    getattr(data, "line", 1),
                    "a fact file must be a list of facts",
                    "start each fact with '- id: ...'",
                )
            )
        else:
            for entry in data:
                declared = str(entry["id"]) if isinstance(entry, LocatedDict) and entry.get("id") else None
                fact, fact_problems = fact_from_entry(entry, shown, registry)
                entries.append((declared, fact, fact_problems))
    if key is not None:
        fact_cache.put(key, shown, (problems, entries))
    return problems, entries


def load_fact_base(roots: Path | Sequence[Path]) -> FactBase:
    """The validated fact base; DataError lists every problem if there is any error."""
    # Loading builds millions of small objects and no reference cycles: the cyclic
    # collector would scan them again and again (half the load time at 50,000 facts).
    # It is paused while loading, and what was loaded is frozen out of later scans.
    collecting = gc.isenabled()
    gc.disable()
    try:
        base, problems = check_fact_base(roots)
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    if base is None or any(p.severity == "error" for p in problems):
        raise DataError(problems)
    return base


def default_fact_root() -> Path:
    """The built-in fact base: the repository's facts/ or the copy inside the wheel."""
    from ..resources import data_dir

    override = os.environ.get("BRIEFER_FACTS")
    return Path(override) if override else data_dir("facts")
