"""How loading and selection scale with the size of the fact base.

Generates synthetic bases of realistic facts (every Belarusian region paired with many
partners, figures and events per pair) over the shipped regions, then measures a cold
load with full validation, selecting one pair, one brief's length, and peak memory.

Targets at 100,000 facts: a warm load (nothing changed, served by the compiled fact
cache) 2 s, selecting one pair 10 ms, peak memory 400 MB; the cold load (full
validation) is reported with its cost per fact, to show it stays linear.
Run: python benchmarks/bench_scale.py [SIZES...]   (default: 10000 100000)
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import yaml

from briefer import default_fact_root, load_fact_base, make_brief

SELECT_TARGET_MS = 10.0
WARM_LOAD_TARGET_S = 2.0
PEAK_MB_TARGET = 400
METRICS = ["trade turnover", "exports", "imports", "investment", "tourist arrivals", "student exchanges"]
HOME = ["brest", "vitebsk", "gomel", "grodno", "minsk-oblast", "mogilev", "minsk"]


def synthetic_base(folder: Path, size: int) -> Path:
    folder.mkdir(parents=True)
    shipped = default_fact_root()
    (folder / "regions.yaml").write_text(
        (shipped / "regions.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    regions = yaml.safe_load((shipped / "regions.yaml").read_text(encoding="utf-8"))
    # partners abroad below their country (a province, a city), as most pairs are: a
    # Belarusian town is no partner of its oblast, and a country gathers its provinces' facts
    partners = [
        r["id"]
        for r in regions
        if r.get("country") not in (None, "belarus") and r["kind"] not in ("country", "world-region", "union")
    ]
    per_file = 500
    for start in range(0, size, per_file):
        entries = []
        for n in range(start, min(start + per_file, size)):
            home, partner = HOME[n % len(HOME)], partners[(n // len(HOME)) % len(partners)]
            turn = n // (len(HOME) * len(partners))  # how many facts this pair already has
            year = 2000 + n % 25
            entry = {
                "id": f"synthetic-{n}",
                "kind": "figure" if n % 3 == 0 else "event",
                "regions": [home, partner],
                "date": f"{year}-{n % 12 + 1:02d}",
                "summary": f"Synthetic fact {n} on {home} and {partner}, for measuring only.",
                "sources": [{"title": f"Synthetic source {n % 97}", "publisher": "BelTA", "year": year}],
                "added": "2026-11-26",
            }
            if entry["kind"] == "figure":
                entry["figure"] = {
                    # each pair's figures cover successive months, as in a curated base:
                    # two for the same metric and period would be reported as conflicts
                    "metric": METRICS[n % len(METRICS)],
                    "value": 1000 + n,
                    "unit": "USD",
                    "period": f"{2000 + turn // 12}-{turn % 12 + 1:02d}",
                }
                entry["scope"] = {"of": home, "with": partner}
            entries.append(entry)
        (folder / f"part-{start // per_file:04d}.yaml").write_text(
            yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return folder


def measure(size: int) -> bool:
    """Measure one size; True when every target is kept."""
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["BRIEFER_CACHE"] = str(Path(scratch) / "cache")
        root = synthetic_base(Path(scratch) / "base", size)
        start = time.perf_counter()
        base = load_fact_base(root)
        load = time.perf_counter() - start
        print(
            f"{size:>7} facts  cold load with validation: {load:7.2f} s ({load / size * 1e6:.0f} µs per fact)"
        )
        del base  # one base in memory at a time, as in a real run
        start = time.perf_counter()
        base = load_fact_base(root)
        warm = time.perf_counter() - start
        verdict = "ok" if warm <= WARM_LOAD_TARGET_S else "OVER TARGET"
        print(
            f"{'':>7}        warm load (cache): {warm:7.2f} s  (target {WARM_LOAD_TARGET_S:.0f} s) {verdict}"
        )
        partner = base.facts[2].regions[1]
        start = time.perf_counter()
        base.find("gomel", partner)
        first = time.perf_counter() - start
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            base.find("gomel", partner)
            best = min(best, time.perf_counter() - start)
        verdict = "ok" if best * 1000 <= SELECT_TARGET_MS else "OVER TARGET"
        print(
            f"{'':>7}        select one pair: {best * 1000:7.2f} ms, first call {first * 1000:.1f} ms "
            f"(target {SELECT_TARGET_MS:.0f} ms) {verdict}"
        )
        start = time.perf_counter()
        brief = make_brief(base, "gomel", partner, as_of=dt.date(2026, 11, 26))
        took = time.perf_counter() - start
        print(
            f"{'':>7}        one fact sheet: {took:7.2f} s, {len(brief.markdown) / 1024:.0f} KB of Markdown"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if peak <= PEAK_MB_TARGET else "OVER TARGET"
    print(f"{'':>7}        peak memory so far: {peak:7.0f} MB  (target {PEAK_MB_TARGET} MB) {verdict}")
    return warm <= WARM_LOAD_TARGET_S and best * 1000 <= SELECT_TARGET_MS and peak <= PEAK_MB_TARGET


def main() -> None:
    sizes = [int(s) for s in sys.argv[1:]] or [10_000, 100_000]
    kept = [measure(size) for size in sizes]
    # a benchmark that misses its targets fails, as one that cannot measure does
    sys.exit(0 if all(kept) else 1)


if __name__ == "__main__":
    main()
