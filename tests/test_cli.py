"""The command line as documented: help for every command, README examples that work."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import click
import pytest

from briefer.cli import cli

from .conftest import DATA, REPO, run


def _commands(
    group: click.Group, prefix: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


COMMANDS = _commands(cli)


def _readme_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.DOTALL)


def _walkthrough() -> str:
    """The editors' block: its commands build on each other and run in order."""
    return next(block for block in _readme_blocks() if block.startswith("briefer init"))


def proposals_walkthrough() -> str:
    """The block from an article to its fact in a brief (run in order by test_propose)."""
    return next(block for block in _readme_blocks() if "briefer facts propose" in block)


def accounts_walkthrough() -> str:
    """The block that sets up accounts (run in order by test_desk)."""
    return next(block for block in _readme_blocks() if "briefer users add" in block)


def _readme_commands(include_walkthrough: bool = True) -> list[str]:
    lines = []
    walkthroughs = (_walkthrough(), proposals_walkthrough(), accounts_walkthrough())
    for block in _readme_blocks():
        if block in walkthroughs and not include_walkthrough:
            continue
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            command = command.split("&& ")[-1] if "&& briefer" in command else command
            if command.startswith("briefer "):
                lines.append(command)
    return lines


@pytest.mark.parametrize("path", [(), *[p for p, _ in COMMANDS]], ids=lambda p: " ".join(p) or "briefer")
def test_every_command_has_help_with_an_example(runner, path: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, *path, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"briefer {' '.join(path)}".strip() in result.output


@pytest.mark.parametrize("path", [p for p, c in COMMANDS if not isinstance(c, click.Group)], ids=" ".join)
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    assert any(
        line.startswith(f"briefer {' '.join(path)}") or f" {' '.join(path)} " in f"{line} "
        for line in _readme_commands()
    ), f"'briefer {' '.join(path)}' is not shown in README.md"


def _resolve(argv: list[str]) -> tuple[list[click.Command], list[str]]:
    """The chain of commands an argv reaches, and the option names it uses."""
    chain: list[click.Command] = [cli]
    options = []
    for token in argv:
        if token.startswith("--"):
            options.append(token.split("=")[0])
        current = chain[-1]
        if isinstance(current, click.Group) and token in current.commands:
            chain.append(current.commands[token])
    return chain, options


@pytest.mark.parametrize("line", _readme_commands())
def test_readme_commands_use_real_options(line: str) -> None:
    chain, options = _resolve(shlex.split(line)[1:])
    assert len(chain) > 1, f"no command in: {line}"
    known = {opt for command in chain for param in command.params for opt in param.opts}
    assert set(options) <= known, f"unknown option in README line: {line}"


@pytest.mark.parametrize("line", _readme_commands(include_walkthrough=False))
def test_readme_commands_run(runner, tmp_path: Path, monkeypatch, line: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    shutil.copytree(DATA / "base", tmp_path / "our-facts")
    (tmp_path / "house-templates").mkdir()
    words = shlex.split(line)[1:]
    if words[0] == "serve" and "--systemd" not in words:
        _serve_readme_line(words, tmp_path)
        return
    saved_as = None
    if ">" in words:  # the shell's redirection, done here
        saved_as = words[words.index(">") + 1]
        words = words[: words.index(">")]
    result = run(runner, *words)
    assert result.exit_code == 0, result.output
    if saved_as is not None:
        # what is saved names where it belongs
        assert result.output.startswith(f"# {saved_as}\n")
        target = Path(os.path.expanduser(saved_as))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(result.output, encoding="utf-8")


def _serve_readme_line(words: list[str], tmp_path: Path) -> None:
    """A README 'briefer serve' line, run for real on a free port until it answers."""
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = str(sock.getsockname()[1])
    if "--port" in words:
        words[words.index("--port") + 1] = port
    else:
        words += ["--port", port]
    process = subprocess.Popen(
        [sys.executable, "-m", "briefer", "--facts", str(DATA / "base"), *words],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()[1]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/brief", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, "briefer serve did not answer"
                time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "briefer serves http://" in err


def test_readme_editor_walkthrough_runs_in_order(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """From an empty folder: init, cd, add a fact, brief with it, and the template commands."""
    monkeypatch.chdir(tmp_path)
    outputs = []
    for line in _walkthrough().splitlines():
        words = shlex.split(line)
        if words[0] == "cd":
            monkeypatch.chdir(Path.cwd() / words[1])
            continue
        result = run(runner, *words[1:])
        assert result.exit_code == 0, f"{line}\n{result.output}"
        outputs.append(result.output)
    brief = outputs[2]
    assert "| Trade turnover | USD 12.4 million | 2025 | Gomel Oblast – Sichuan Province |" in brief
    assert (tmp_path / "newsroom" / "templates" / "house-anniversary.md.j2").is_file()
    assert outputs[-1].startswith("6 kinds rendered on 5 pairs")


def test_no_traceback_for_user_errors(runner, small_base: Path) -> None:  # type: ignore[no-untyped-def]
    (small_base / "regions.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    result = run(runner, "--facts", str(small_base), "brief", "gomel", "sichuan")
    assert result.exit_code == 1
    assert (
        "regions.yaml:2: error: invalid YAML: while parsing a flow sequence (started at line 1)"
        in result.stderr
    )
    assert "1 error(s) in the fact base." in result.stderr
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error(runner) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, "brief", "gomel", "sichuan", "--colour", "red")
    assert result.exit_code == 2
    assert "No such option '--colour'" in result.output


def test_python_m_briefer_runs() -> None:
    import subprocess
    import sys

    completed = subprocess.run(
        [sys.executable, "-m", "briefer", "--version"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0
    assert completed.stdout.startswith("briefer, version ")
