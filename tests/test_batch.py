"""Many briefs at once: which pairs, isolated failures, edited files, and one manifest."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import re
from pathlib import Path

import pytest

from briefer.briefs.batch import plan_batch
from briefer.facts import load_fact_base
from briefer.facts.coverage import coverage
from briefer.output import MANIFEST_NAME, _digest, write_files

from .conftest import DATA, run

AS_OF = "2022-06-01"
SUMMARY = re.compile(r"batch: (\d+) briefs? written, (\d+) skipped \(edited\), (\d+) failed in \d+\.\d s")


def _batch(runner, out: Path, *options: str, templates: Path | None = None):  # type: ignore[no-untyped-def]
    before = ["--facts", str(DATA / "base")] + (["--templates", str(templates)] if templates else [])
    return run(runner, *before, "batch", "--out", str(out), "--as-of", AS_OF, *options)


def _summary(stdout: str) -> tuple[int, int, int]:
    match = SUMMARY.fullmatch(stdout.rstrip("\n"))
    assert match, stdout
    written, skipped, failed = (int(group) for group in match.groups())
    return written, skipped, failed


def _briefs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_filters_write_exactly_the_briefs_named(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = _batch(
        runner,
        tmp_path,
        *("--region", "Homiel", "--partner", "sichuan", "--kind", "factsheet", "--kind", "news"),
        *("--format", "md", "--jobs", "1"),
    )
    assert result.exit_code == 0
    assert result.stderr == ""
    assert _summary(result.stdout) == (2, 0, 0)
    assert _briefs(tmp_path) == ["gomel-sichuan-factsheet.md", "gomel-sichuan-news.md"]
    news = run(
        runner,
        *("--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--kind", "news"),
        *("--as-of", AS_OF, "--format", "md", "--out", "-"),
    )
    assert (tmp_path / "gomel-sichuan-news.md").read_text(encoding="utf-8") == news.stdout


def test_one_side_narrows_the_pairs_that_share_a_fact(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = _batch(runner, tmp_path, "--region", "mogilev", "--format", "md", "--jobs", "1")
    assert result.exit_code == 0
    assert _briefs(tmp_path) == [
        "mogilev-china-factsheet.md",
        "mogilev-henan-factsheet.md",
        "mogilev-zhengzhou-factsheet.md",
    ]


def test_all_pairs_that_share_a_fact(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pairs = [(row.region.id, row.partner.id) for row in coverage(load_fact_base([DATA / "base"]))]
    assert len(pairs) == 6
    result = _batch(runner, tmp_path, "--format", "md")
    assert result.exit_code == 0
    assert _summary(result.stdout) == (len(pairs), 0, 0)
    assert _briefs(tmp_path) == sorted(f"{r}-{p}-factsheet.md" for r, p in pairs)


def test_several_languages_get_a_folder_each(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = _batch(
        runner, tmp_path, "--region", "gomel", "--lang", "en", "--lang", "ru", "--format", "md", "--jobs", "1"
    )
    assert result.exit_code == 0
    assert _briefs(tmp_path / "en") == _briefs(tmp_path / "ru") == ["gomel-sichuan-factsheet.md"]
    assert "lang: ru" in (tmp_path / "ru" / "gomel-sichuan-factsheet.md").read_text(encoding="utf-8")


def test_a_failing_brief_does_not_stop_the_others(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "broken.md.j2").write_text("{# about: a broken kind #}\n{% if %}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _batch(
        runner,
        out,
        *("--region", "gomel", "--partner", "sichuan", "--kind", "broken", "--kind", "news"),
        *("--format", "md", "--jobs", "2"),
        templates=templates,
    )
    assert result.exit_code == 1
    assert _summary(result.stdout) == (1, 0, 1)
    assert result.stderr.startswith("failed: gomel-sichuan-broken: ")
    assert "broken.md.j2" in result.stderr and "Traceback" not in result.stderr
    assert _briefs(out) == ["gomel-sichuan-news.md"]


def test_an_unexpected_error_is_isolated_too(runner, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import briefer.briefs.batch

    real = briefer.briefs.batch.make_brief

    def flaky(base, region, partner, *rest):  # type: ignore[no-untyped-def]
        if partner == "henan":
            raise RuntimeError("no henan today")
        return real(base, region, partner, *rest)

    monkeypatch.setattr(briefer.briefs.batch, "make_brief", flaky)
    result = _batch(runner, tmp_path, "--region", "mogilev", "--format", "md", "--jobs", "1")
    assert result.exit_code == 1
    assert result.stderr == "failed: mogilev-henan-factsheet: RuntimeError: no henan today\n"
    assert _summary(result.stdout) == (2, 0, 1)


def test_an_edited_brief_is_skipped_until_forced(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    options = ("--region", "mogilev", "--format", "md", "--jobs", "1")
    assert _batch(runner, tmp_path, *options).exit_code == 0
    edited = tmp_path / "mogilev-henan-factsheet.md"
    text = edited.read_text(encoding="utf-8") + "\nA reporter's note.\n"
    edited.write_text(text, encoding="utf-8")

    again = _batch(runner, tmp_path, *options)
    assert again.exit_code == 0
    assert again.stderr == f"skipped (edited): {edited}\n"
    assert _summary(again.stdout) == (2, 1, 0)
    assert edited.read_text(encoding="utf-8") == text

    forced = _batch(runner, tmp_path, *options, "--force")
    assert forced.exit_code == 0 and forced.stderr == ""
    assert _summary(forced.stdout) == (3, 0, 0)
    assert not edited.read_text(encoding="utf-8").endswith("A reporter's note.\n")


def test_workers_sharing_a_folder_keep_every_manifest_entry(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = _batch(
        runner, tmp_path, "--kind", "factsheet", "--kind", "news", "--format", "md,docx", "--jobs", "2"
    )
    assert result.exit_code == 0, result.stderr
    assert _summary(result.stdout) == (12, 0, 0)
    manifest = json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))
    files = _briefs(tmp_path)
    assert len(files) == 24
    assert manifest == {name: _digest((tmp_path / name).read_bytes()) for name in files}


def _write_many(folder: str, start: int) -> None:
    for number in range(start, start + 20):
        write_files({Path(folder) / f"file-{number}.md": f"{number}\n".encode()})


def test_concurrent_writers_do_not_lose_manifest_entries(tmp_path: Path) -> None:
    workers = [multiprocessing.Process(target=_write_many, args=(str(tmp_path), n * 20)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    manifest = json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest == {f"file-{n}.md": _digest(f"{n}\n".encode()) for n in range(80)}


def test_plan_and_mistakes_in_names(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = load_fact_base([DATA / "base"])
    jobs = plan_batch(base, tmp_path, ["factsheet", "news"], ["en"], ["gomel"], ["sichuan", "china"])
    assert [job.label for job in jobs] == [
        "gomel-sichuan-factsheet",
        "gomel-sichuan-news",
        "gomel-china-factsheet",
        "gomel-china-news",
    ]
    unknown = _batch(runner, tmp_path, "--region", "atlantis")
    assert unknown.exit_code == 2 and "unknown region 'atlantis'" in unknown.stderr
    backwards = _batch(runner, tmp_path, "--region", "sichuan", "--partner", "gomel")
    assert backwards.exit_code == 2 and "not a Belarusian region" in backwards.stderr
    nothing = _batch(runner, tmp_path, "--region", "minsk")
    assert nothing.exit_code == 2 and "share a fact" in nothing.stderr


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(child) for child in (task / "children").read_text().split()}
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux's /proc")
def test_workers_end_when_their_batch_is_killed(tmp_path: Path) -> None:
    """kill -9 of the batch leaves it no time to stop its pool: the workers must see it."""
    import os
    import signal
    import subprocess
    import sys
    import time

    batch = subprocess.Popen(
        [sys.executable, "-m", "briefer", "batch", "--out", str(tmp_path), "--jobs", "2", "--as-of", AS_OF],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and batch.poll() is None:
        workers = _children(batch.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the batch started no workers"
    os.kill(batch.pid, signal.SIGKILL)
    batch.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        for pid in workers:  # reap them if they are ours now; otherwise init does
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(pid, os.WNOHANG)
        time.sleep(0.1)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]
    assert not alive, f"workers {alive} outlived their batch"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "X"
