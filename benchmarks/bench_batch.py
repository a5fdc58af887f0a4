"""Batch and cold-start speed, beside pandoc on the same Markdown.

- batch: `briefer batch` of every pair in both formats, briefs per second, beside pandoc
  converting the same Markdown files to DOCX with as many processes (target: at least
  2x pandoc's rate);
- a cold `briefer brief` writing both formats, beside a cold pandoc (target: at most
  1.5x pandoc's time);
- the DOCX step on a brief repeated 1, 2, 4 and 8 times: its time per kilobyte should
  stay flat or fall (linear growth; target: the largest at most 1.25x the smallest).
Run: python benchmarks/bench_batch.py
Exits 1 when a target is missed, 2 when it cannot measure (no pandoc to compare with).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from briefer import default_fact_root, load_fact_base, make_brief
from briefer.export.docx import markdown_to_docx

BATCH_TARGET = 2.0  # at least twice pandoc's rate
COLD_TARGET = 1.5  # at most 1.5 times pandoc's time
LINEAR_TARGET = 1.25  # ms per KB at 8x the size over ms per KB at 1x
BRIEFER = [sys.executable, "-m", "briefer"]


def timed_run(command: list[str], **options: object) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **options)  # type: ignore[call-overload]
    return time.perf_counter() - start


def batch(scratch: Path, pandoc: str) -> bool:
    workers = os.cpu_count() or 1
    out = scratch / "batch"
    took = timed_run([*BRIEFER, "batch", "--format", "md,docx", "--out", str(out), "--jobs", str(workers)])
    briefs = len(list(out.glob("*.md")))
    rate = briefs / took
    print(f"batch, md+docx, {workers} workers: {briefs} briefs in {took:.1f} s = {rate:.1f} briefs/s")
    sources = sorted(out.glob("*.md"))

    def convert(source: Path) -> None:
        target = source.with_suffix(".pandoc.docx")
        subprocess.run(
            [pandoc, "-f", "markdown", "-o", str(target), str(source)], check=True, capture_output=True
        )

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(convert, sources))
    pandoc_rate = len(sources) / (time.perf_counter() - start)
    ratio = rate / pandoc_rate
    verdict = "ok" if ratio >= BATCH_TARGET else "UNDER TARGET"
    print(f"pandoc md -> docx, {workers} processes: {pandoc_rate:.1f} documents/s; "
          f"briefer / pandoc = {ratio:.2f}x the rate (target {BATCH_TARGET:.1f}x) {verdict}")  # fmt: skip
    return ratio >= BATCH_TARGET


def cold(scratch: Path, pandoc: str) -> bool:
    runs = []
    for attempt in range(5):
        out = scratch / f"cold-{attempt}"
        runs.append(timed_run([*BRIEFER, "brief", "gomel", "sichuan", "--out", str(out)]))
    best = min(runs)
    source = scratch / "cold-0" / "gomel-sichuan-factsheet.md"
    theirs = min(timed_run([pandoc, "-o", str(scratch / "p.docx"), str(source)]) for _ in range(5))
    ratio = best / theirs
    verdict = "ok" if ratio <= COLD_TARGET else "OVER TARGET"
    print(f"cold briefer brief, md+docx: {best:.2f} s; cold pandoc md -> docx: {theirs:.2f} s; "
          f"briefer / pandoc = {ratio:.2f}x the time (target {COLD_TARGET}x) {verdict}")  # fmt: skip
    return ratio <= COLD_TARGET


def linear() -> bool:
    base = load_fact_base(default_fact_root())
    markdown = make_brief(base, "mogilev", "henan", as_of=dt.date(2026, 11, 26)).markdown
    front, _, body = markdown.partition("\n---\n")
    per_kilobyte = []
    for times in (1, 2, 4, 8):
        text = front + "\n---\n" + body * times
        took = min(_timed(markdown_to_docx, text) for _ in range(3))
        kilobytes = len(text.encode()) / 1024
        per_kilobyte.append(took * 1000 / kilobytes)
        print(f"docx of {kilobytes:6.0f} KB: {took * 1000:7.1f} ms = {per_kilobyte[-1]:.2f} ms/KB")
    growth = per_kilobyte[-1] / per_kilobyte[0]
    verdict = "ok" if growth <= LINEAR_TARGET else "OVER TARGET"
    print(f"ms/KB at 8x the size over 1x: {growth:.2f} (target at most {LINEAR_TARGET}) {verdict}")
    return growth <= LINEAR_TARGET


def _timed(function: Callable[[str], object], argument: str) -> float:
    start = time.perf_counter()
    function(argument)
    return time.perf_counter() - start


def main() -> int:
    pandoc = shutil.which("pandoc")
    if not pandoc:
        print("pandoc not installed: cannot measure beside it", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("BRIEFER_CACHE", str(Path(scratch) / "cache"))
        kept = [batch(Path(scratch), pandoc), cold(Path(scratch), pandoc)]
    kept.append(linear())
    return 0 if all(kept) else 1


if __name__ == "__main__":
    sys.exit(main())
