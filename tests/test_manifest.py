"""The manifest never loses track: concurrent runs, crashes between renames, damage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefer import output
from briefer.cli import cli
from briefer.output import MANIFEST_NAME, _digest

from .conftest import DATA

PAIRS = [("gomel", "sichuan"), ("mogilev", "henan"), ("mogilev", "china"), ("minsk-oblast", "hubei"),
         ("mogilev", "zhengzhou"), ("belarus", "china")]  # fmt: skip
KINDS = ["factsheet", "news", "feature", "anniversary", "interview"]


def brief(out: Path, *options: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["--facts", str(DATA / "base"), "brief", "mogilev", "henan", "--out", str(out), *options]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output


def test_thirty_concurrent_runs_into_one_folder_record_every_file(tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    environment = {**os.environ, "BRIEFER_FACTS": str(DATA / "base")}
    commands = [
        [sys.executable, "-m", "briefer", "brief", region, partner, "--kind", kind, "--format", "md",
         "--as-of", "2026-11-26", "--out", str(out)]
        for region, partner in PAIRS for kind in KINDS
    ]  # fmt: skip
    assert len(commands) == 30

    def run_all() -> list[int]:
        processes = [subprocess.Popen(c, env=environ_quiet(environment), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE) for c in commands]  # fmt: skip
        return [p.wait(timeout=300) for p in processes]

    assert run_all() == [0] * 30
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    written = sorted(p.name for p in out.glob("*.md"))
    assert len(written) == 30 and sorted(manifest) == written
    assert all(manifest[name] == _digest((out / name).read_bytes()) for name in written)
    assert run_all() == [0] * 30, "an identical rerun refuses nothing"


def environ_quiet(environment: dict[str, str]) -> dict[str, str]:
    return {**environment, "PYTHONWARNINGS": "ignore"}


def test_a_crash_between_renames_leaves_a_state_the_next_run_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert brief(tmp_path, "--as-of", "2024-01-01")[0] == 0
    real_replace = os.replace
    calls: list[str] = []

    def crash_on_the_second_rename(source: str, target: str) -> None:
        calls.append(str(target))
        if len(calls) == 3:  # the pending manifest, the first brief, then the crash
            raise KeyboardInterrupt  # stands for kill -9: nothing after this point runs
        real_replace(source, target)

    monkeypatch.setattr(output.os, "replace", crash_on_the_second_rename)
    with pytest.raises(KeyboardInterrupt):
        output.write_files(
            {
                tmp_path / "mogilev-henan-factsheet.md": b"new md",
                tmp_path / "mogilev-henan-factsheet.docx": b"x",
            }
        )
    monkeypatch.setattr(output.os, "replace", real_replace)
    assert (tmp_path / "mogilev-henan-factsheet.md").read_bytes() == b"new md"  # one file new, one old
    code, text = brief(tmp_path, "--as-of", "2025-01-01")
    assert code == 0, text
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        MANIFEST_NAME,
        "mogilev-henan-factsheet.docx",
        "mogilev-henan-factsheet.md",
    ]  # the temporary the crash left is gone


def test_leftover_temporaries_are_removed(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / ".briefer-tmp-abc123.tmp").write_bytes(b"x" * 1000)
    assert brief(tmp_path)[0] == 0
    assert not list(tmp_path.glob(".briefer-tmp-*"))


@pytest.mark.parametrize(
    ("content", "what"),
    [("{not json", "is not valid JSON"), ('["a list"]', "is not a mapping of file names to checksums"),
     ('{"x.md": 5}', "is not a mapping of file names to checksums")],
)  # fmt: skip
def test_a_damaged_manifest_gets_its_own_message(tmp_path: Path, content: str, what: str) -> None:
    assert brief(tmp_path)[0] == 0
    (tmp_path / MANIFEST_NAME).write_text(content, encoding="utf-8")
    code, text = brief(tmp_path)
    assert code == 1
    assert f"{tmp_path / MANIFEST_NAME} {what}" in text
    assert "briefer cannot tell which files" in text and "pass --force" in text
    assert brief(tmp_path, "--force")[0] == 0
    assert brief(tmp_path)[0] == 0, "--force wrote a sound manifest"
