"""Where the built-in fact base and templates are.

They live at the repository root (``facts/``, ``templates/``) so editors find them; a
wheel carries copies under ``briefer/_data`` so a regular install works anywhere.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The built-in ``facts`` or ``templates`` folder."""
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / name  # a source checkout (editable install)
