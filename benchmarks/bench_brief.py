"""How long loading the fact base and writing a brief take, and how much memory.

Targets: loading and validating the shipped base under 1 s; one fact sheet (Markdown
and DOCX) under 1 s; the DOCX step no slower than pandoc converting the same Markdown
(ratio printed when pandoc is installed); peak memory under 150 MB.

It also takes a cold `briefer brief gomel sichuan --format md,docx` apart, phase by
phase (median of several fresh processes, fact and template caches warm from a first
run): imports, fact load, select, template environment, template load and compile,
rendering, DOCX, writing files, and the rest (interpreter start-up, the command line).
Run: python benchmarks/bench_brief.py [phases]
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGETS = {
    "load fact base": 1.0,
    "fact sheet md+docx": 1.0,
    "docx from markdown": 1.0,
    "pandoc md -> docx": 10.0,
}
DOCX_RATIO_TARGET = 1.0  # briefer's DOCX step against pandoc on the same Markdown
PEAK_MB_TARGET = 150
PHASE_RUNS = 7
PHASES = (
    "imports",
    "fact load",
    "select",
    "template environment",
    "template load/compile",
    "render",
    "docx",
    "write files",
    "make brief (other)",
    "settings",
)


def timed(label: str, runs: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    verdict = "ok" if best <= TARGETS[label] else "OVER TARGET"
    target_ms = TARGETS[label] * 1000
    print(f"{label:<22} best of {runs}: {best * 1000:8.1f} ms  (target {target_ms:.0f} ms) {verdict}")
    return best


def phase_child(arguments: list[str]) -> None:
    """One cold brief in this process, each phase timed on its own (time spent in a
    nested phase, an import inside the DOCX step say, counts for the nested one)."""
    import builtins

    started = time.perf_counter()
    spent: dict[str, float] = dict.fromkeys(PHASES, 0.0)
    inner: list[float] = []

    def timing(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - began
                spent[name] += elapsed - inner.pop()
                if inner:
                    inner[-1] += elapsed

        return wrapper

    builtins.__import__ = timing("imports", builtins.__import__)
    import jinja2

    import briefer.cli
    from briefer.briefs import make, render
    from briefer.newsroom import Newsroom

    Newsroom.fact_base = timing("fact load", Newsroom.fact_base)  # type: ignore[method-assign]
    make.select = timing("select", make.select)
    render.make_environment = timing("template environment", render.make_environment)
    jinja2.Environment._load_template = timing(  # type: ignore[method-assign]
        "template load/compile", jinja2.Environment._load_template
    )
    make.render_template = timing("render", make.render_template)
    make.DocxOptions.render = timing("docx", make.DocxOptions.render)  # type: ignore[method-assign]
    make.write_files = timing("write files", make.write_files)
    make.make_brief = timing("make brief (other)", make.make_brief)
    config = Newsroom.config
    assert isinstance(config, property) and config.fget is not None
    Newsroom.config = property(timing("settings", config.fget))  # type: ignore[method-assign,assignment]
    briefer.cli.cli(arguments, prog_name="briefer", standalone_mode=False)
    spent["in process"] = time.perf_counter() - started
    print(json.dumps(spent), file=sys.__stderr__)


def phases(runs: int = PHASE_RUNS) -> dict[str, float]:
    """The median of each phase over ``runs`` cold briefs, in seconds, and the wall time."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "BRIEFER_CACHE": os.environ.get("BRIEFER_CACHE", str(Path(scratch) / "cache"))}
        command = [sys.executable, __file__, "--phase-child", "brief", "gomel", "sichuan",
                   "--format", "md,docx", "--out", str(Path(scratch) / "out"), "--force"]  # fmt: skip
        subprocess.run(command, check=True, capture_output=True, env=env)  # fills the caches
        samples: list[dict[str, float]] = []
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
            wall = time.perf_counter() - start
            sample = json.loads(done.stderr.strip().splitlines()[-1])
            sample["wall"] = wall
            samples.append(sample)
    median = {name: statistics.median(s[name] for s in samples) for name in samples[0]}
    listed = sum(median[name] for name in PHASES)
    print(f"cold brief gomel sichuan md+docx, phase by phase (median of {runs} runs):")
    for name in PHASES:
        print(f"  {name:<24} {median[name] * 1000:7.1f} ms")
    print(f"  {'rest (start-up, cli)':<24} {(median['wall'] - listed) * 1000:7.1f} ms")
    print(f"  {'wall clock':<24} {median['wall'] * 1000:7.1f} ms")
    return median


def main() -> None:
    import datetime as dt

    from briefer import default_fact_root, load_fact_base, make_brief, write_brief
    from briefer.export.docx import markdown_to_docx

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
    phases()


if __name__ == "__main__":
    try:
        if sys.argv[1:2] == ["--phase-child"]:
            phase_child(sys.argv[2:])
        elif sys.argv[1:2] == ["phases"]:
            phases()
        else:
            main()
    except Exception as error:  # a benchmark that cannot measure must say so in its exit status
        print(f"bench_brief: cannot measure: {type(error).__name__}: {error}", file=sys.stderr)
        raise SystemExit(1) from None
