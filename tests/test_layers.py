"""The house plan: folders are floors, imports run one way, and no module is a maze.

Every import of every module counts here, including those inside functions and those
made only for type checking: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import briefer

SOURCE = Path(briefer.__file__).parent

# From the ground up: a module may import its own floor's modules and those below.
FLOORS = (
    ("errors", "resources", "version", "yamlload", "output", "database"),  # the ground: nothing above it
    ("text",),  # numbers, money, dates, catalogs, Markdown escaping
    ("places",),  # the registry, ISO places, pairs
    ("facts",),  # the model, loading, validation, conflicts, search, adding
    ("export",),  # Markdown documents and DOCX
    ("briefs",),  # selection, angles, rendering, a brief, batches
    ("ingest",),  # articles in, proposals out, the queue and decisions on it
    ("digest",),  # the weekly diary
    ("newsroom",),  # briefer.yaml, the workspace, template administration
    ("web",),  # the served pages
    ("cli",),  # the command line
    ("__init__", "__main__"),  # the library face and python -m briefer
)
FLOOR = {part: level for level, parts in enumerate(FLOORS) for part in parts}
LOOSE_ALLOWED = 6  # modules loose in src/briefer besides cli, errors and resources
MAX_LINES = 700


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(SOURCE.rglob("*.py"))}


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The briefer modules ``name`` imports, wherever in the file the import stands."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                target = ".".join(
                    package[: len(package) - node.level + 1] + ([node.module] if node.module else [])
                )
            else:
                target = node.module or ""
            # "from . import base" names a module of the package, not the package's face
            if target in modules and node.module is not None:
                found.add(target)
            found.update(
                f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in modules
            )
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _part(module: str) -> str:
    """The floor a module stands on: its sub-package, or its own name at the top."""
    parts = module.split(".")
    if len(parts) == 1:
        return "__init__"
    return parts[1]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert _cycles(_graph()) == []


def test_imports_run_down_the_floors() -> None:
    upward = []
    for module, targets in sorted(_graph().items()):
        for target in sorted(targets):
            if FLOOR[_part(target)] > FLOOR[_part(module)]:
                upward.append(f"{module} imports {target}")
    assert upward == []


def test_every_module_stands_on_a_known_floor() -> None:
    assert sorted({_part(module) for module in _modules()} - set(FLOOR)) == []


def test_few_modules_are_loose_and_none_is_long() -> None:
    loose = sorted(
        path.name for path in SOURCE.glob("*.py") if path.stem not in ("cli", "errors", "resources")
    )
    assert len(loose) <= LOOSE_ALLOWED, loose
    long = [
        f"{path.relative_to(SOURCE)}: {count} lines"
        for path in SOURCE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert long == []


def test_the_walker_sees_a_circle_and_an_upward_import() -> None:
    """The checks above can fail: a made-up circle and a made-up upward import are found."""
    graph = {"briefer.facts.a": {"briefer.facts.b"}, "briefer.facts.b": {"briefer.facts.a"}}
    assert _cycles(graph) == [["briefer.facts.a", "briefer.facts.b"]]
    assert FLOOR[_part("briefer.web.views")] > FLOOR[_part("briefer.facts.model")]


def test_the_library_face_and_python_m_briefer_stay() -> None:
    import subprocess
    import sys

    from briefer import (
        Brief,
        BrieferError,
        FactBase,
        default_fact_root,
        load_fact_base,
        make_brief,
        write_brief,
    )

    assert all(callable(f) for f in (default_fact_root, load_fact_base, make_brief, write_brief))
    assert {Brief.__name__, BrieferError.__name__, FactBase.__name__} == {"Brief", "BrieferError", "FactBase"}
    shown = subprocess.run(
        [sys.executable, "-m", "briefer", "--version"], capture_output=True, text=True, check=True
    )
    assert shown.stdout == f"briefer, version {briefer.__version__}\n"
