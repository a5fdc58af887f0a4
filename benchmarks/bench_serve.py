"""'briefer serve' under load, on 127.0.0.1, beside pandoc on the same Markdown.

Starts 'briefer serve --workers 2' on the shipped fact base, then 20 concurrent
clients (keep-alive HTTP/1.1, a new connection every 5 requests) ask for:

- brief previews: ten pairs, kinds and languages in turn (a brief is made once and
  kept while the base and the templates stay as they are, as a reload is served);
- brief previews each made afresh (every request another as-of date, so none is kept);
- the coverage page;

each for at most DURATION seconds and REQUESTS requests, after a warm-up. Prints
requests per second, p50 and p99 latency and the error count (any error fails the
run), and, beside the preview, pandoc turning the same brief's Markdown into HTML
with two processes: briefer's previews per second over pandoc's conversions per
second.
Target: a preview's p99 under P99_TARGET_MS (250 ms) with 20 clients and 2 workers.
Run: python benchmarks/bench_serve.py [DURATION] [REQUESTS]
Exits 1 when the target is missed, 2 when it cannot measure (the server does not start,
requests fail, no pandoc to compare with).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CLIENTS = 20
WORKERS = 2
P99_TARGET_MS = 250  # a preview under load, 20 clients and 2 workers
PER_CONNECTION = 5
PREVIEWS = [
    "/brief?region=gomel&partner=sichuan",
    "/brief?region=mogilev&partner=henan&kind=news",
    "/brief?region=brest&partner=hubei&kind=anniversary&as_of=2024-06-01",
    "/brief?region=grodno&partner=hainan&kind=interview",
    "/brief?region=vitebsk&partner=china&kind=feature&lang=ru",
    "/brief?region=belarus&partner=china",
    "/brief?region=minsk&partner=beijing&lang=be",
    "/brief?region=gomel&partner=uzbekistan&kind=news&lang=ru",
    "/brief?region=mogilev&partner=jiangsu",
    "/brief?region=belarus&partner=russia&kind=news",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _client(
    port: int, paths: list[str], offset: int, until: float, budget: list[int]
) -> tuple[list[float], int]:
    """One client asking for ``paths`` in turn over keep-alive connections, opening a new
    one every PER_CONNECTION requests as a browser does between pages (a connection stays
    with the worker that accepted it, so one held for the whole run would measure how
    the kernel happened to share 20 connections between 2 workers); latencies, errors."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    latencies: list[float] = []
    errors = 0
    index = offset
    while time.perf_counter() < until and budget[0] > 0:
        budget[0] -= 1
        if index > offset and (index - offset) % PER_CONNECTION == 0:
            writer.close()
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        path = paths[index % len(paths)]
        index += 1
        start = time.perf_counter()
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n".encode())
        await writer.drain()
        status_line = await reader.readline()
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        await reader.readexactly(length)
        latencies.append(time.perf_counter() - start)
        if b" 200 " not in status_line:
            errors += 1
    writer.close()
    return latencies, errors


async def _load(
    port: int, paths: list[str], duration: float, requests: int
) -> tuple[list[float], int, float]:
    budget = [requests]
    start = time.perf_counter()
    results = await asyncio.gather(
        *(_client(port, paths, n, start + duration, budget) for n in range(CLIENTS)), return_exceptions=True
    )
    took = time.perf_counter() - start
    latencies = [lat for r in results if not isinstance(r, BaseException) for lat in r[0]]
    errors = sum(r[1] if not isinstance(r, BaseException) else 1 for r in results)
    return latencies, errors, took


def measure(
    name: str, port: int, paths: list[str], duration: float, requests: int, warm: bool = True
) -> tuple[float, float]:
    """(requests per second, p99 in ms)."""
    if warm:  # every worker loads and compiles first
        asyncio.run(_load(port, paths, 2.0, 4 * CLIENTS))
    latencies, errors, took = asyncio.run(_load(port, paths, duration, requests))
    latencies.sort()
    rate = len(latencies) / took
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    print(f"{name}: {len(latencies)} requests in {took:.1f} s = {rate:.1f} req/s; p50 {p50:.0f} ms, "
          f"p99 {p99:.0f} ms; {errors} errors ({CLIENTS} clients, {WORKERS} workers)")  # fmt: skip
    if errors:
        print(f"{name}: {errors} requests failed", file=sys.stderr)
        sys.exit(2)
    return rate, p99


def bytes_sent(port: int, paths: list[str]) -> None:
    """What each page costs on the wire, plain and compressed, and a repeat with its ETag."""
    for path in paths:
        url = f"http://127.0.0.1:{port}{path}"
        with urllib.request.urlopen(url) as plain:
            size = len(plain.read())
            tag = plain.headers.get("etag")
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as packed:
            compressed = len(packed.read())
        repeat = urllib.request.Request(url, headers={"If-None-Match": tag or ""})
        try:
            urllib.request.urlopen(repeat).close()
            again = "200 (no validator)"
        except urllib.error.HTTPError as answer:
            again = str(answer.code)
        print(f"{path}: {size / 1024:.0f} KB plain, {compressed / 1024:.1f} KB gzip "
              f"({compressed / size:.0%}); a repeat with its ETag: {again}")  # fmt: skip


def pandoc_rate(pandoc: str, scratch: Path, port: int) -> float:
    """pandoc md -> html of the first preview's brief, with WORKERS processes."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/brief.md?region=gomel&partner=sichuan") as answer:
        source = scratch / "brief.md"
        source.write_bytes(answer.read())
    runs = 40

    def convert(n: int) -> None:
        target = scratch / f"{n}.html"
        command = [pandoc, "-f", "markdown", "-t", "html", "-s", "-o", str(target), str(source)]
        subprocess.run(command, check=True, capture_output=True)

    start = time.perf_counter()
    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(convert, range(runs)))
    return runs / (time.perf_counter() - start)


def main() -> None:
    duration = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    requests = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        env = {**os.environ, "BRIEFER_CACHE": str(scratch / "cache")}
        server = subprocess.Popen(
            [sys.executable, "-m", "briefer", "serve", "--port", str(port), "--workers", str(WORKERS)],
            cwd=scratch, env=env, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        print("briefer serve did not start", file=sys.stderr)
                        sys.exit(2)
                    time.sleep(0.1)
            bytes_sent(port, [PREVIEWS[0], "/coverage"])
            previews, preview_p99 = measure("brief preview", port, PREVIEWS, duration, requests)
            fresh = [
                f"{path}{'&' if '?' in path else '?'}as_of={dt.date(2025, 1, 1) + dt.timedelta(days=n)}"
                for n in range(400)
                for path in PREVIEWS[:1]
            ]
            # the workers are warm from the run before; no request here is a repeat
            measure("brief preview, made afresh", port, fresh, duration, min(requests, 400), warm=False)
            measure("coverage page", port, ["/coverage"], duration, requests)
            pandoc = shutil.which("pandoc")
            if pandoc:
                theirs = pandoc_rate(pandoc, scratch, port)
                print(f"pandoc md -> html, {WORKERS} processes: {theirs:.1f} documents/s; "
                      f"briefer previews / pandoc = {previews / theirs:.2f}x the rate")  # fmt: skip
            else:
                print("pandoc not installed: no side-by-side ratio", file=sys.stderr)
                sys.exit(2)
            verdict = "ok" if preview_p99 < P99_TARGET_MS else "OVER TARGET"
            print(f"brief preview p99 {preview_p99:.0f} ms (target under {P99_TARGET_MS} ms) {verdict}")
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=30)
    if preview_p99 >= P99_TARGET_MS:
        sys.exit(1)


if __name__ == "__main__":
    main()
