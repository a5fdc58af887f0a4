"""'briefer serve' as a real server: starting, refusing, and answering many at once."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from briefer.newsroom import Newsroom
from briefer.web.app import LOOPBACK_NAMES, create_app
from briefer.web.server import Listen, exposure_notice

from .test_web import NEW_FACT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, timeout: float = 30) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


class Server:
    """'briefer serve' in a process of its own, stopped with Ctrl+C at the end."""

    def __init__(self, *args: str, cwd: Path) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "briefer", *args],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_until_up(self, url: str) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(self.process.communicate()[1])
            try:
                if _get(url + "healthz", timeout=2)[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("briefer serve did not answer within 60 s")

    def stop(self) -> tuple[int, str]:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            _, err = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        return self.process.returncode, err


@pytest.fixture
def servers() -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for server in started:
        server.stop()


def test_serve_listens_on_loopback_and_stops_cleanly(small_base: Path, tmp_path: Path, servers) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    server = Server("--facts", str(small_base), "serve", "--port", str(port), "--workers", "2", cwd=tmp_path)
    servers.append(server)
    url = f"http://127.0.0.1:{port}/"
    server.wait_until_up(url)
    status, page = _get(
        url
        + "brief?region=Гомель&partner=Сычуань".replace(
            "Гомель", "%D0%93%D0%BE%D0%BC%D0%B5%D0%BB%D1%8C"
        ).replace("Сычуань", "sichuan")
    )
    assert status == 200
    assert "Gomel Oblast and Sichuan Province: fact sheet" in page
    code, err = server.stop()
    assert code == 0
    assert err.splitlines()[0] == f"briefer serves {url} (2 workers; Ctrl+C stops)"
    assert "notice" not in err
    assert "Traceback" not in err


def test_serve_elsewhere_than_loopback_says_so(small_base: Path, tmp_path: Path, servers) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    server = Server(
        "--facts", str(small_base), "serve", "--host", "0.0.0.0", "--port", str(port), cwd=tmp_path
    )
    servers.append(server)
    server.wait_until_up(f"http://127.0.0.1:{port}/")
    _, err = server.stop()
    assert err.splitlines()[:3] == [
        "notice: listening on 0.0.0.0, not 127.0.0.1: anyone who can reach this machine on the network "
        "can read the fact base and make briefs (nothing can be changed from the browser).",
        "Use --host 127.0.0.1 to serve this machine only.",
        f"briefer serves http://0.0.0.0:{port}/ (1 worker; Ctrl+C stops)",
    ]
    assert exposure_notice(Listen("::1", 8000, 1)) is None
    assert exposure_notice(Listen("localhost", 8000, 1)) is None


def test_serve_takes_its_settings_from_briefer_yaml(small_base: Path, tmp_path: Path, servers) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    (tmp_path / "briefer.yaml").write_text(f"serve:\n  port: {port}\n", encoding="utf-8")
    server = Server("--facts", str(small_base), "serve", cwd=tmp_path)
    servers.append(server)
    server.wait_until_up(f"http://127.0.0.1:{port}/")
    assert server.stop()[1].startswith(f"briefer serves http://127.0.0.1:{port}/ (1 worker;")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_port_in_use_is_a_usage_error(small_base: Path, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("--facts", str(small_base), "serve", "--port", str(port), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
        "Choose another --port, or stop the program that uses this one.\n"
    )


def test_bad_serve_settings_and_options(small_base: Path, tmp_path: Path) -> None:
    (tmp_path / "briefer.yaml").write_text(
        "serve:\n  port: 80000\n  workers: 0\n  hots: x\n", encoding="utf-8"
    )
    result = _run("--facts", str(small_base), "serve", cwd=tmp_path)
    assert result.returncode == 1
    assert (
        "briefer.yaml:2: error: serve.port: must be a whole number from 1 to 65535, not 80000"
        in result.stderr
    )
    assert "briefer.yaml:3: error: serve.workers: must be a whole number from 1 to 32, not 0" in result.stderr
    assert "did you mean 'serve.host'?" in result.stderr
    (tmp_path / "briefer.yaml").unlink()
    option = _run("--facts", str(small_base), "serve", "--port", "0", cwd=tmp_path)
    assert option.returncode == 2
    assert "Invalid value for '--port': 0 is not in the range 1<=x<=65535." in option.stderr


def test_a_broken_fact_base_stops_serve_before_it_listens(small_base: Path, tmp_path: Path) -> None:
    (small_base / "facts" / "broken.yaml").write_text("- id: [\n", encoding="utf-8")
    result = _run("--facts", str(small_base), "serve", "--port", str(_free_port()), cwd=tmp_path)
    assert result.returncode == 1
    assert re.search(r"broken\.yaml:\d+: error: ", result.stderr)
    assert "briefer serves" not in result.stderr


def test_many_clients_at_once_while_the_fact_base_changes(
    small_base: Path, tmp_path: Path, serve_app
) -> None:  # type: ignore[no-untyped-def]
    newsroom = Newsroom(facts_dir=small_base, facts_dir_given=True, start=tmp_path)
    url = serve_app(create_app(newsroom, allowed_hosts=LOOPBACK_NAMES))
    china = small_base / "facts" / "china.yaml"
    before = china.read_text(encoding="utf-8")
    versions = [before, before + NEW_FACT]
    stop = threading.Event()

    def edit() -> int:
        # an editor saving again and again, each time whole (write, then rename)
        saves = 0
        while not stop.is_set():
            scratch = china.with_suffix(".tmp")
            scratch.write_text(versions[saves % 2], encoding="utf-8")
            os.replace(scratch, china)
            saves += 1
            time.sleep(0.01)
        return saves

    paths = ["/brief?region=gomel&partner=sichuan", "/coverage", "/facts"]

    def client(number: int) -> list[tuple[int, str]]:
        return [_get(url + paths[(number + i) % 3]) for i in range(6)]

    with ThreadPoolExecutor(max_workers=21) as pool:
        editor = pool.submit(edit)
        answers = [a for result in pool.map(client, range(20)) for a in result]
        stop.set()
        assert editor.result() > 2
    assert len(answers) == 120
    assert {status for status, _ in answers} == {200}, [p for s, p in answers if s != 200][:1]
    for _, page in answers:
        assert page.rstrip().endswith("</html>")
        assert "has errors" not in page  # never half a file, never half a base
    counts = {m for _, page in answers for m in re.findall(r'<p class="count">(\d+) facts', page)}
    assert counts <= {"15", "16"}


def test_the_systemd_unit_runs_serve_with_the_options_given(small_base: Path, tmp_path: Path) -> None:
    (tmp_path / "briefer.yaml").write_text("serve:\n  workers: 2\n", encoding="utf-8")
    result = _run("--facts", str(small_base), "serve", "--port", "8080", "--systemd", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    unit = result.stdout
    lines = unit.splitlines()
    assert lines[0] == "# ~/.config/systemd/user/briefer.service"
    assert f"WorkingDirectory={tmp_path.resolve()}" in lines
    exec_start = next(line for line in lines if line.startswith("ExecStart="))
    assert exec_start.endswith(
        f" --facts {small_base} --config {(tmp_path / 'briefer.yaml').resolve()} "
        "serve --host 127.0.0.1 --port 8080 --workers 2"
    )
    assert "Restart=on-failure" in lines
    assert "WantedBy=default.target" in lines
    analyze = shutil.which("systemd-analyze")
    if analyze:  # systemd's own reading of the unit, where systemd is installed
        path = tmp_path / "briefer.service"
        path.write_text(unit, encoding="utf-8")
        checked = subprocess.run([analyze, "verify", str(path)], capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stderr


def test_idle_and_slow_clients_do_not_stop_a_request(small_base: Path, tmp_path: Path, servers) -> None:  # type: ignore[no-untyped-def]
    """A client sending a header line a second is dropped once its headers are late; 600
    connections that send nothing (more than a worker holds) do not stop a normal
    request from being answered at once."""
    port = _free_port()
    server = Server("--facts", str(small_base), "serve", "--port", str(port), cwd=tmp_path)
    servers.append(server)
    url = f"http://127.0.0.1:{port}/"
    server.wait_until_up(url)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
        slow.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        started = time.monotonic()
        slow.settimeout(1)
        answer = None
        while time.monotonic() - started < 15:
            try:
                slow.sendall(b"X-Slow: 1\r\n")
                answer = slow.recv(1)
                break
            except TimeoutError:
                continue
            except OSError:
                answer = b""
                break
        assert answer == b"", "the slow client was never dropped"
        assert 4 < time.monotonic() - started < 8
    idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(600)]
    try:
        started = time.monotonic()
        status, _ = _get(url + "healthz", timeout=10)
        assert (status, time.monotonic() - started < 2) == (200, True)
    finally:
        for sock in idle:
            sock.close()
    code, err = server.stop()
    assert code == 0 and "Traceback" not in err
