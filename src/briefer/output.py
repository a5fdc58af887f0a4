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
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
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


PENDING_KEY = ".pending"  # no brief's name starts with a dot
TEMPORARY_PREFIX = ".briefer-tmp-"


class Manifest:
    """What briefer last wrote in a folder: file name -> checksum, plus the checksums
    of a write in progress, so a crash between renames leaves files briefer still
    recognises as its own."""

    def __init__(self, committed: dict[str, str], pending: dict[str, str]) -> None:
        self.committed = committed
        self.pending = pending

    def owns(self, name: str, digest: str) -> bool:
        return digest in (self.committed.get(name), self.pending.get(name))

    def encode(self) -> bytes:
        data: dict[str, object] = dict(self.committed)
        if self.pending:
            data[PENDING_KEY] = self.pending
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()


def _read_manifest(folder: Path, force: bool = False) -> Manifest:
    """The folder's manifest; a damaged one is an error unless ``force`` rebuilds it."""
    path = folder / MANIFEST_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Manifest({}, {})
    except (OSError, UnicodeDecodeError) as error:
        problem = getattr(error, "strerror", None) or "not UTF-8 text"
        return _damaged(path, f"cannot be read ({problem})", force)
    try:
        data = json.loads(text)
    except ValueError as error:
        return _damaged(path, f"is not valid JSON ({error})", force)
    pending = data.pop(PENDING_KEY, {}) if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or not isinstance(pending, dict)
        or not all(isinstance(v, str) for v in [*data.values(), *pending.values()])
    ):
        return _damaged(path, "is not a mapping of file names to checksums", force)
    return Manifest(dict(data), dict(pending))


def _damaged(path: Path, what: str, force: bool) -> Manifest:
    if force:  # the caller asked to replace files whatever their state: start afresh
        return Manifest({}, {})
    raise OutputError(
        f"{path} {what}: briefer cannot tell which files in {path.parent} it wrote.\n"
        "    fix: pass --force to rewrite the briefs and a new manifest, or delete the "
        "manifest to treat every existing file as edited"
    )


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half."""
    temporary = _write_temporary(path.parent, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
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


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold ``folder``'s exclusive lock for a read-check-write that must not interleave."""
    with ExitStack() as stack:
        _lock_folder(folder, stack)
        yield


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
    manifests: dict[Path, Manifest] = {}
    for folder, folder_files in by_folder.items():
        manifest = manifests[folder] = _read_manifest(folder, force)
        for path in folder_files:
            try:
                _check_writable(path, manifest, force)
            except OSError as error:
                raise OutputError(
                    f"cannot write {path}: {error.strerror}\n"
                    "    fix: choose another --out folder, or a shorter region id or kind"
                ) from None
    for folder, folder_files in by_folder.items():
        try:
            _commit(folder, folder_files, manifests[folder])
        except OSError as error:
            raise OutputError(
                f"cannot write to {folder}: {error.strerror}\n"
                "    fix: choose a folder you can write to with --out, or free some space"
            ) from None


def _check_writable(path: Path, manifest: Manifest, force: bool) -> None:
    if path.is_dir():
        raise OutputError(
            f"{path} is a folder, where briefer would write a file\n"
            "    fix: rename or move that folder, or choose another --out folder"
        )
    if path.exists() and not force and not manifest.owns(path.name, _digest(path.read_bytes())):
        raise EditedFileError(path)


def _commit(folder: Path, files: dict[Path, bytes], manifest: Manifest) -> None:
    """Write one folder's files as a set.

    Every file is first written to a temporary beside it; if any write fails (a full
    disk), the temporaries are removed and the folder is as it was. Then the manifest
    records the new checksums as pending, the files are renamed into place, and the
    manifest commits them. A crash at any point leaves each file either old or new, and
    both are recognised as briefer's own by the next run, which also removes any
    temporary a killed run left behind (we hold the folder's lock: no other writer's
    temporaries can be in flight).
    """
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob(f"{TEMPORARY_PREFIX}*"):
        leftover.unlink(missing_ok=True)
    temporaries: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            temporaries[path] = _write_temporary(folder, data)
        digests = {path.name: _digest(data) for path, data in files.items()}
        manifest.pending = {**manifest.pending, **digests}
        atomic_write(folder / MANIFEST_NAME, manifest.encode())
    except BaseException:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        raise
    for path, temporary in temporaries.items():
        os.replace(temporary, path)
    manifest.committed.update(digests)
    manifest.pending = {}
    atomic_write(folder / MANIFEST_NAME, manifest.encode())


def _write_temporary(folder: Path, data: bytes) -> Path:
    """``data`` in a new temporary file in ``folder``, synced to disk. Every temporary
    carries one prefix, so the next writer to an output folder can find and remove what
    a killed run left."""
    descriptor, name = tempfile.mkstemp(dir=folder, prefix=TEMPORARY_PREFIX, suffix=".tmp")
    temporary = Path(name)
    try:
        os.chmod(temporary, 0o666 & ~_UMASK)  # mkstemp makes files private; briefs are not
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary
