"""A newsroom's workspace: briefer.yaml, its own facts and templates, and briefs/.

'briefer init' copies the starter files that ship with briefer; it never replaces a
file that exists, so running it in a workspace someone has set up changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import OutputError
from ..facts import display_path
from ..output import atomic_write

STARTER = Path(__file__).parent / "starter"
REFERENCE_NAME = "reference.docx"  # the house style, for an editor to restyle in Word


def starter_files() -> list[Path]:
    """The starter files, relative to the starter folder, in a stable order."""
    return sorted(p.relative_to(STARTER) for p in STARTER.rglob("*") if p.is_file())


def init_workspace(folder: Path) -> list[Path]:
    """Create a workspace in ``folder``; returns the paths created.

    Nothing is written if any of the files is already there: OutputError names them.
    """
    targets = [folder / name for name in starter_files()]
    reference = folder / REFERENCE_NAME
    existing = [path for path in [*targets, reference] if path.exists()]
    if existing:
        listed = "\n".join(f"  {display_path(path)}" for path in existing)
        raise OutputError(
            f"not creating a workspace in {display_path(folder)}: these files exist already\n{listed}\n"
            "    fix: run 'briefer init' in an empty folder, or move those files away first"
        )
    created = []
    for name, target in zip(starter_files(), targets, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, (STARTER / name).read_bytes())
        created.append(target)
    from ..export.docx import default_reference_docx

    atomic_write(reference, default_reference_docx())
    created.append(reference)
    briefs = folder / "briefs"
    briefs.mkdir(parents=True, exist_ok=True)
    created.append(briefs)
    return created
