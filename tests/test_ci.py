"""CI runs exactly the README's test command."""

from __future__ import annotations

from .conftest import REPO


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && pytest"
    assert f"```sh\n{command}\n```" in readme
    assert f"\n{command}\n" in ci
    for package in ("libreoffice-writer-nogui", "pandoc", "poppler-utils", "fonts-noto-cjk"):
        assert package in ci
