"""A regular (non-editable) install carries the fact base and templates with it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("wheel")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return next(out.glob("briefer-*.whl"))


def test_wheel_contains_every_fact_file_and_template(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    fact_files = {
        f"briefer/_data/facts/{p.relative_to(REPO / 'facts').as_posix()}"
        for p in (REPO / "facts").rglob("*.yaml")
    }
    templates = {f"briefer/_data/templates/{p.name}" for p in (REPO / "templates").glob("*.j2")}
    assert "briefer/_data/facts/regions.yaml" in fact_files
    assert "briefer/_data/templates/factsheet.md.j2" in templates
    assert fact_files <= names
    assert templates <= names


def test_wheel_carries_the_web_pages_and_their_static_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    web = REPO / "src" / "briefer" / "web"
    files = {
        f"briefer/web/{p.relative_to(web).as_posix()}"
        for folder in ("templates", "static")
        for p in (web / folder).iterdir()
    }
    assert {"briefer/web/templates/brief.html", "briefer/web/static/suggest.js"} <= files
    assert files <= names


def test_installed_wheel_briefs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("BRIEFER_FACTS", None)
    code = (
        "import briefer, sys; print(briefer.__file__); "
        "from briefer.cli import main; sys.argv = ['briefer', 'brief', 'gomel', 'sichuan', '--format', 'md', "
        "'--out', '-', '--as-of', '2024-01-01']; main()"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    first, rest = completed.stdout.split("\n", 1)
    assert first.startswith(str(site)), "the installed copy, not the checkout, must be used"
    assert "# Gomel Oblast and Sichuan Province: fact sheet" in rest
    assert "**Twinned since 2011**" in rest
    # the DOCX, in Russian: the house style, the catalogs and the CLDR table travel with the wheel
    out = tmp_path / "out"
    code = (
        "import sys; from briefer.cli import main; sys.argv = ['briefer', 'brief', 'gomel', 'sichuan', "
        f"'--format', 'docx', '--lang', 'ru', '--out', {str(out)!r}, '--as-of', '2024-01-01']; main()"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    with zipfile.ZipFile(out / "gomel-sichuan-factsheet.docx") as package:
        document = package.read("word/document.xml").decode()
    assert "Гомельская область и провинция Сычуань" in document
