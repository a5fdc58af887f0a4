"""The desk under load: logins per second and the review page's latency.

A workspace with one editor and a queue of proposals is served by 'briefer serve
--workers 2' on 127.0.0.1; 20 clients at once each log in (Argon2id at OWASP's
parameters is most of a login's cost) and then open the review page and one
proposal's page again and again for SECONDS. Printed: logins per second, and the
review pages' p50 and p99 latency and errors.
Targets: p99 of the review pages under 250 ms; no error.
Run: python benchmarks/bench_desk.py [SECONDS]
Exits 1 when a target is missed, 2 when it cannot measure.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

CLIENTS = 20
P99_TARGET_MS = 250.0
PASSWORD = "seven lamps over the city"
REPO = Path(__file__).resolve().parents[1]
ARTICLE = """Гомельская область и провинция Сычуань подписали дорожную карту
https://example.org/bench
2024-05-16
Гомельская область и провинция Сычуань сегодня подписали дорожную карту на 2024–2026 годы.
Товарооборот Гомельской области с Китаем в 2023 году составил 41,4 млн долларов.
Светлогорский район и город Баодин провинции Хэбэй подписали соглашение об установлении побратимских связей.
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _briefer(*args: str, cwd: Path, stdin: str = "") -> None:
    subprocess.run([sys.executable, "-m", "briefer", *args], cwd=cwd, input=stdin, text=True, check=True,
                   capture_output=True)  # fmt: skip


class Client:
    """One browser: its connection and its session cookie."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookie = ""

    def request(self, method: str, path: str, body: str = "") -> tuple[int, str, dict[str, str]]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": f"127.0.0.1:{self.port}", "Origin": f"http://127.0.0.1:{self.port}"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body.encode(), headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        found = {name.lower(): value for name, value in response.getheaders()}
        connection.close()
        return response.status, text, found

    def login(self) -> bool:
        form = urllib.parse.urlencode({"name": "ivan", "password": PASSWORD, "next": "/review"})
        status, text, headers = self.request("POST", "/login", form)
        self.cookie = headers.get("set-cookie", "").split(";")[0]
        if status != 303:
            print(f"login answered {status}: {re.sub(r'<[^>]+>', ' ', text)[-300:]}", file=sys.stderr)
        return status == 303 and bool(self.cookie)


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        _briefer("init", "newsroom", cwd=folder)
        workspace = folder / "newsroom"
        _briefer(
            "users",
            "add",
            "ivan",
            "--role",
            "editor",
            "--password-stdin",
            cwd=workspace,
            stdin=PASSWORD + "\n",
        )
        (workspace / "article.txt").write_text(ARTICLE, encoding="utf-8")
        _briefer("facts", "propose", "article.txt", cwd=workspace)
        port = _free_port()
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        command = [sys.executable, "-m", "briefer", "serve", "--port", str(port), "--workers", "2"]
        server = subprocess.Popen(command, cwd=workspace, env=env, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if Client(port).request("GET", "/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    print("the server did not start: cannot measure", file=sys.stderr)
                    return 2
                time.sleep(0.2)
            return _measure(port, seconds)
        finally:
            server.send_signal(signal.SIGINT)
            server.communicate(timeout=30)


def _measure(port: int, seconds: float) -> int:
    clients = [Client(port) for _ in range(CLIENTS)]
    start = time.perf_counter()
    logged = _each(clients, lambda client: client.login())
    login_seconds = time.perf_counter() - start
    if not all(logged):
        print("a login failed: cannot measure", file=sys.stderr)
        return 2
    proposal = re.findall(r'href="/review/(p-[0-9a-f]+)"', clients[0].request("GET", "/review")[1])
    if not proposal:
        print("no proposal in the queue: cannot measure", file=sys.stderr)
        return 2
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def work(client: Client) -> bool:
        paths = ["/review", f"/review/{proposal[0]}"]
        turn = 0
        while time.monotonic() < stop:
            began = time.perf_counter()
            status = client.request("GET", paths[turn % 2])[0]
            took = (time.perf_counter() - began) * 1000
            with lock:
                latencies.append(took)
                if status != 200:
                    errors.append(status)
            turn += 1
        return True

    _each(clients, work)
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(
        f"logins: {CLIENTS} in {login_seconds:.2f} s = {CLIENTS / login_seconds:.1f} per second (2 workers)"
    )
    print(f"review pages: {len(latencies)} in {seconds:.0f} s with {CLIENTS} sessions, "
          f"{len(latencies) / seconds:.0f} per second")  # fmt: skip
    verdict = "ok" if p99 < P99_TARGET_MS and not errors else "OVER TARGET"
    print(f"latency p50 {p50:.0f} ms, p99 {p99:.0f} ms (target p99 < {P99_TARGET_MS:.0f} ms), "
          f"errors {len(errors)} {verdict}")  # fmt: skip
    return 0 if verdict == "ok" else 1


def _each(clients: list[Client], job) -> list[bool]:  # type: ignore[no-untyped-def]
    results: list[bool] = [False] * len(clients)

    def run(index: int) -> None:
        try:
            results[index] = job(clients[index])
        except OSError as error:
            print(f"client {index}: {error}", file=sys.stderr)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


if __name__ == "__main__":
    sys.exit(main())
