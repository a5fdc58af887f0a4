"""Batch and cold-start speed, beside pandoc on the same Markdown.

- batch: `briefer batch` of every pair in both formats, briefs per second (target 40/s
  on 2 cores), beside pandoc converting the same Markdown files to DOCX with as many
  processes;
- a cold `briefer brief` writing both formats (target 0.35 s), beside a cold pandoc;
- the DOCX step on a brief repeated 1, 2, 4 and 8 times: its time per kilobyte should
  stay flat (linear growth).
Run: python benchmarks/bench_batch.py
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from briefer import default_fact_root, load_fact_base, make_brief
from briefer.export.docx import markdown_to_docx

BATCH_TARGET = 40.0  # briefs per second
COLD_TARGET = 0.35  # seconds
BRIEFER = [sys.executable, "-m", "briefer"]


def timed_run(command: list[str], **options: object) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **options)  # type: ignore[call-overload]
    return time.perf_counter() - start


def batch(scratch: Path, pandoc: str | None) -> None:
    workers = os.cpu_count() or 1
    out = scratch / "batch"
    took = timed_run([*BRIEFER, "batch", "--format", "md,docx", "--out", str(out), "--jobs", str(workers)])
    briefs = len(list(out.glob("*.md")))
    rate = briefs / took
    verdict = "ok" if rate >= BATCH_TARGET else "UNDER TARGET"
    print(f"batch, md+docx, {workers} workers: {briefs} briefs in {took:.1f} s = {rate:.1f} briefs/s "
          f"(target {BATCH_TARGET:.0f}/s) {verdict}")  # fmt: skip
    if pandoc:
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
        print(f"pandoc md -> docx, {workers} processes: {pandoc_rate:.1f} documents/s; "
              f"briefer / pandoc = {rate / pandoc_rate:.2f}x the rate")  # fmt: skip


def cold(scratch: Path, pandoc: str | None) -> None:
    runs = []
    for attempt in range(3):
        out = scratch / f"cold-{attempt}"
        runs.append(timed_run([*BRIEFER, "brief", "gomel", "sichuan", "--out", str(out)]))
    best = min(runs)
    verdict = "ok" if best <= COLD_TARGET else "OVER TARGET"
    print(f"cold briefer brief, md+docx: {best:.2f} s (target {COLD_TARGET} s) {verdict}")
    if pandoc:
        source = scratch / "cold-0" / "gomel-sichuan-factsheet.md"
        theirs = min(timed_run([pandoc, "-o", str(scratch / "p.docx"), str(source)]) for _ in range(3))
        print(f"cold pandoc md -> docx: {theirs:.2f} s; briefer / pandoc = {best / theirs:.2f}x")


def linear() -> None:
    base = load_fact_base(default_fact_root())
    markdown = make_brief(base, "mogilev", "henan", as_of=dt.date(2026, 11, 26)).markdown
    front, _, body = markdown.partition("\n---\n")
    for times in (1, 2, 4, 8):
        text = front + "\n---\n" + body * times
        start = time.perf_counter()
        markdown_to_docx(text)
        took = time.perf_counter() - start
        kilobytes = len(text.encode()) / 1024
        print(f"docx of {kilobytes:6.0f} KB: {took * 1000:7.1f} ms = {took * 1000 / kilobytes:.2f} ms/KB")


def main() -> None:
    pandoc = shutil.which("pandoc")
    if not pandoc:
        print("pandoc not installed: no side-by-side ratios")
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("BRIEFER_CACHE", str(Path(scratch) / "cache"))
        batch(Path(scratch), pandoc)
        cold(Path(scratch), pandoc)
    linear()


if __name__ == "__main__":
    main()
