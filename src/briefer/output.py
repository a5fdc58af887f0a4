"""Writing files without losing anyone's work.

briefer writes each file atomically (a temporary file in the same folder, then a
rename) and records a checksum of what it wrote in a manifest beside the briefs. A
file whose content no longer matches — a reporter edited the draft, or briefer never
wrote it — is not replaced unless the caller forces it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path

from .errors import OutputError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; one writer at a time is the caller's care
    fcntl = None  # type: ignore[assignment]

MANIFEST_NAME = ".briefer-manifest.json"
_UMASK = os.umask(0)
os.umask(_UMASK)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_manifest(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, 0o666 & ~_UMASK)  # mkstemp makes files private; briefs are not
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class EditedFileError(OutputError):
    """``path`` exists and is not what briefer last wrote there."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path} exists and was changed since briefer wrote it (or briefer did not write it); "
            "not overwriting it.\n"
            "    fix: move your edited copy elsewhere, choose another --out folder, "
            "or pass --force to replace it"
        )


def _lock_folder(folder: Path, stack: ExitStack) -> None:
    """Hold an exclusive lock on ``folder`` until ``stack`` closes.

    Several processes may write briefs into one folder at once; each reads, changes
    and rewrites the manifest, so without the lock one's entries would be lost. The
    folder itself is locked: a lock file would be one more file in the reporter's folder.
    """
    if fcntl is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # the writes below fail and say why
    stack.callback(os.close, descriptor)
    fcntl.flock(descriptor, fcntl.LOCK_EX)


def write_files(files: Mapping[Path, bytes], force: bool = False) -> None:
    """Write every file or none: all are checked for edits before the first is written."""
    by_folder: dict[Path, dict[Path, bytes]] = {}
    for path, data in files.items():
        by_folder.setdefault(path.parent, {})[path] = data
    with ExitStack() as locks:
        # One order for every process, so that two writers never wait on each other.
        for folder in sorted(by_folder, key=lambda f: str(f.absolute())):
            _lock_folder(folder, locks)
        _write_locked(by_folder, force)


def _write_locked(by_folder: dict[Path, dict[Path, bytes]], force: bool) -> None:
    for folder, folder_files in by_folder.items():
        manifest = _read_manifest(folder)
        for path in folder_files:
            if path.is_dir():
                raise OutputError(
                    f"{path} is a folder, where briefer would write a file\n"
                    "    fix: rename or move that folder, or choose another --out folder"
                )
            if path.exists() and not force and manifest.get(path.name) != _digest(path.read_bytes()):
                raise EditedFileError(path)
    for folder, folder_files in by_folder.items():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            manifest = _read_manifest(folder)
            for path, data in folder_files.items():
                atomic_write(path, data)
                manifest[path.name] = _digest(data)
            atomic_write(
                folder / MANIFEST_NAME,
                (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode(),
            )
        except OSError as error:
            raise OutputError(
                f"cannot write to {folder}: {error.strerror}\n"
                "    fix: choose a folder you can write to with --out"
            ) from None
