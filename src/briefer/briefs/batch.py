"""Many briefs in one run: every pair, kind and language asked for, in worker processes.

One brief's failure never stops the others: each brief ends written, skipped (a file
someone edited is in the way) or failed, and the report says which.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BrieferError, UsageError
from ..facts import FactBase
from ..facts.coverage import coverage
from ..facts.localize import localized_base, markdown_base
from ..output import EditedFileError
from ..places import resolve_pair
from .make import DocxOptions, make_brief, write_brief


@dataclass(frozen=True)
class BatchJob:
    """One brief to write: a pair of region ids, a kind and a language."""

    region: str
    partner: str
    kind: str
    language: str
    out_dir: Path
    folder: str = ""  # the language's folder under the run's folder, when there are several

    @property
    def label(self) -> str:
        """The brief's file stem, as 'brief' names it, after its language folder if any."""
        stem = f"{self.region}-{self.partner}-{self.kind}"
        return f"{self.folder}/{stem}" if self.folder else stem


@dataclass(frozen=True)
class BatchSettings:
    """What every brief of a run shares."""

    as_of: dt.date
    formats: tuple[str, ...]
    template_dirs: tuple[Path, ...] = ()
    stale_after: dict[str, int] = field(default_factory=dict)
    docx_options: DocxOptions = field(default_factory=DocxOptions)
    force: bool = False


@dataclass(frozen=True)
class JobResult:
    job: BatchJob
    status: str  # written | skipped | failed
    paths: tuple[Path, ...] = ()  # written, or the edited files in the way
    reason: str = ""


@dataclass
class BatchReport:
    results: list[JobResult]
    seconds: float

    def with_status(self, status: str) -> list[JobResult]:
        return [r for r in self.results if r.status == status]

    @property
    def failed(self) -> bool:
        return bool(self.with_status("failed"))


def _pairs(base: FactBase, regions: Sequence[str], partners: Sequence[str]) -> list[tuple[str, str]]:
    """The pairs a run covers: named on both sides, or the sharing pairs on the named side."""
    region_ids = [base.regions.resolve(name).id for name in regions]
    partner_ids = [base.regions.resolve(name).id for name in partners]
    if region_ids and partner_ids:
        chosen = [(r, p) for r in region_ids for p in partner_ids]
        for region, partner in chosen:
            resolve_pair(base.regions, region, partner)  # a wrong pair is the caller's mistake, found now
    else:
        chosen = [
            (row.region.id, row.partner.id)
            for row in coverage(base)
            if (not region_ids or row.region.id in region_ids)
            and (not partner_ids or row.partner.id in partner_ids)
        ]
    if not chosen:
        named = ", ".join([*regions, *partners])
        raise UsageError(
            f"no region and partner{' with ' + named if named else ''} share a fact in the fact base\n"
            "Name both sides with --region and --partner to write the 'nothing recorded' briefs."
        )
    return list(dict.fromkeys(chosen))


def plan_batch(
    base: FactBase,
    out_dir: Path,
    kinds: Sequence[str],
    languages: Sequence[str],
    regions: Sequence[str] = (),
    partners: Sequence[str] = (),
) -> list[BatchJob]:
    """Every pair × kind × language, in a stable order.

    Briefs in several languages share their file names, so each language then gets
    its own folder under ``out_dir``.
    """
    languages = list(dict.fromkeys(languages))
    several = len(languages) > 1
    return [
        BatchJob(
            region,
            partner,
            kind,
            language,
            out_dir / language if several else out_dir,
            language if several else "",
        )
        for region, partner in _pairs(base, regions, partners)
        for kind in dict.fromkeys(kinds)
        for language in languages
    ]


def write_one(base: FactBase, settings: BatchSettings, job: BatchJob) -> JobResult:
    """Make and write one brief; whatever goes wrong stays with this brief."""
    try:
        brief = make_brief(
            base,
            job.region,
            job.partner,
            job.kind,
            settings.as_of,
            settings.template_dirs,
            settings.stale_after,
            job.language,
        )
        paths = write_brief(
            brief, job.out_dir, settings.formats, force=settings.force, docx_options=settings.docx_options
        )
    except EditedFileError as error:
        return JobResult(job, "skipped", (error.path,))
    except BrieferError as error:
        return JobResult(job, "failed", reason=str(error))
    except Exception as error:  # a bug in one brief must not cost the run the others
        return JobResult(job, "failed", reason=f"{type(error).__name__}: {error}")
    return JobResult(job, "written", tuple(paths))


# Each worker process keeps the base and settings it was started with.
_worker: tuple[FactBase, BatchSettings] | None = None


def _start_worker(base: FactBase, settings: BatchSettings, parent: int) -> None:
    global _worker
    _worker = (base, settings)
    _exit_with_parent(parent)


def _exit_with_parent(parent: int) -> None:
    """A worker whose batch was killed (kill -9 lets it say nothing) ends too.

    Linux sends the worker SIGKILL when its parent dies; elsewhere, and for a parent
    gone before that was set, a watch thread sees the worker re-parented and exits."""
    import ctypes
    import ctypes.util
    import signal
    import threading
    import time

    with contextlib.suppress(OSError, AttributeError, TypeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _work(job: BatchJob) -> JobResult:
    assert _worker is not None, "the pool's initializer sets the worker's base"
    return write_one(*_worker, job)


def _prepare(base: FactBase, settings: BatchSettings, jobs: Sequence[BatchJob]) -> None:
    """What every worker needs, made once here before they start, so that they inherit
    it instead of each making it: the base as briefs read it in each language, and the
    DOCX machinery with briefer's default document."""
    for language in {job.language for job in jobs}:
        localized_base(markdown_base(base), language)
    if "docx" in settings.formats:
        from ..export.docx import prepare

        prepare()


def run_batch(
    base: FactBase,
    settings: BatchSettings,
    jobs: Sequence[BatchJob],
    workers: int = 1,
    on_result: Callable[[JobResult], None] | None = None,
) -> BatchReport:
    """Write every job's brief, in ``workers`` processes (in this one for 1).

    Results come back in plan order; ``on_result`` hears of each as it finishes.
    """
    started = time.perf_counter()
    results: dict[BatchJob, JobResult] = {}

    def done(result: JobResult) -> None:
        results[result.job] = result
        if on_result:
            on_result(result)

    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            done(write_one(base, settings, job))
    else:
        _prepare(base, settings, jobs)
        # Each worker gets the loaded base: inheriting or unpickling it beats loading it again.
        with ProcessPoolExecutor(
            max_workers=min(workers, len(jobs)),
            initializer=_start_worker,
            initargs=(base, settings, os.getpid()),
        ) as pool:
            futures: dict[Future[JobResult], BatchJob] = {pool.submit(_work, job): job for job in jobs}
            for future in as_completed(futures):
                error = future.exception()
                if error is None:
                    done(future.result())
                else:  # the worker itself died
                    done(JobResult(futures[future], "failed", reason=f"{type(error).__name__}: {error}"))
    return BatchReport([results[job] for job in jobs], time.perf_counter() - started)
