"""How long loading the fact base and writing a brief take, and how much memory.

Targets: loading and validating the shipped base under 1 s; one fact sheet (Markdown
and DOCX) under 1 s; the DOCX step no slower than pandoc converting the same Markdown
(ratio printed when pandoc is installed); peak memory under 150 MB.
Run: python benchmarks/bench_brief.py
"""

from __future__ import annotations

import datetime as dt
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from briefer import default_fact_root, load_fact_base, make_brief, write_brief
from briefer.export.docx import markdown_to_docx

TARGETS = {
    "load fact base": 1.0,
    "fact sheet md+docx": 1.0,
    "docx from markdown": 1.0,
    "pandoc md -> docx": 10.0,
}
DOCX_RATIO_TARGET = 1.0  # briefer's DOCX step against pandoc on the same Markdown
PEAK_MB_TARGET = 150


def timed(label: str, runs: int, action) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    verdict = "ok" if best <= TARGETS[label] else "OVER TARGET"
    target_ms = TARGETS[label] * 1000
    print(f"{label:<22} best of {runs}: {best * 1000:8.1f} ms  (target {target_ms:.0f} ms) {verdict}")
    return best


def main() -> None:
    root = default_fact_root()
    timed("load fact base", 5, lambda: load_fact_base(root))
    base = load_fact_base(root)
    with tempfile.TemporaryDirectory() as out:

        def sheet() -> None:
            brief = make_brief(base, "mogilev", "henan", as_of=dt.date(2026, 11, 26))
            write_brief(brief, Path(out), ["md", "docx"], force=True)

        timed("fact sheet md+docx", 5, sheet)
        markdown = make_brief(base, "mogilev", "henan", as_of=dt.date(2026, 11, 26)).markdown
        ours = timed("docx from markdown", 5, lambda: markdown_to_docx(markdown))
        pandoc = shutil.which("pandoc")
        if pandoc:
            source = Path(out) / "brief.md"
            source.write_text(markdown, encoding="utf-8")
            command = [pandoc, "-f", "markdown", "-o", str(Path(out) / "pandoc.docx"), str(source)]
            theirs = timed("pandoc md -> docx", 3, lambda: subprocess.run(command, check=True))
            ratio = ours / theirs
            verdict = "ok" if ratio <= DOCX_RATIO_TARGET else "OVER TARGET"
            print(f"{'docx / pandoc':<22} {ratio:8.2f}x  (target {DOCX_RATIO_TARGET:.1f}x) {verdict}")
        else:
            print("pandoc not installed: no side-by-side ratio")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if peak_mb <= PEAK_MB_TARGET else "OVER TARGET"
    print(f"{'peak memory':<22} {peak_mb:8.1f} MB  (target {PEAK_MB_TARGET} MB) {verdict}")


if __name__ == "__main__":
    main()
