"""A newsroom's set-up: its settings, fact base layers and template folders.

The command line and the web application both start here, so that a brief made in
the browser is made exactly as 'briefer brief' makes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the core is imported lazily so that 'briefer --help' stays fast
    from ..facts.model import FactBase
    from .config import Config


class Newsroom:
    """The settings in force, found from ``start`` unless a file is named.

    briefer.yaml is read only when something needs it, so that 'briefer init' and
    '--help' work beside a broken one.
    """

    def __init__(
        self,
        config_path: Path | None = None,
        facts_dir: Path | None = None,
        template_dirs: tuple[Path, ...] = (),
        *,
        facts_dir_given: bool = False,
        start: Path | None = None,
    ) -> None:
        self.config_path = config_path
        self.facts_dir = facts_dir
        # --facts on the command line always counts; BRIEFER_FACTS, like the built-in
        # base it replaces, only where briefer.yaml does not say 'builtin: false'.
        self.facts_dir_given = facts_dir_given
        self.cli_template_dirs = template_dirs
        self.start = start
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            from .config import discover

            self._config = discover(self.config_path, self.start or Path.cwd())
        return self._config

    @property
    def template_dirs(self) -> tuple[Path, ...]:
        """--templates folders first, then briefer.yaml's: the first that has a name wins."""
        return self.cli_template_dirs + self.config.template_folders

    def fact_roots(self) -> list[Path]:
        """The fact base's layers, lowest first: the built-in base (or --facts), then the
        newsroom's folders from briefer.yaml."""
        from ..facts import default_fact_root

        if self.facts_dir_given or self.config.builtin_facts:
            return [self.facts_dir or default_fact_root(), *self.config.fact_folders]
        return list(self.config.fact_folders)

    def fact_base(self) -> FactBase:
        """The validated fact base; DataError if it or the home regions are invalid."""
        from ..errors import DataError
        from ..facts import load_fact_base
        from .config import home_region_problems

        base = load_fact_base(self.fact_roots())
        problems = home_region_problems(self.config, base.regions)
        if problems:
            raise DataError(problems, what="settings")
        return base

    def workspace(self, doing: str) -> Path:
        """The workspace folder (where briefer.yaml is); UsageError, saying what needs
        one, where there is none."""
        if self.config.path is None:
            from ..errors import UsageError

            raise UsageError(
                f"{doing} needs a newsroom workspace and there is none here: run 'briefer init' "
                "in the newsroom's folder, or work inside one (a folder with briefer.yaml)"
            )
        return self.config.path.parent

    def fact_layer(self, doing: str) -> Path:
        """The newsroom's own fact folder, where added and accepted facts are written."""
        layer = next(iter(self.config.fact_folders), None)
        if layer is None:
            from ..errors import UsageError

            raise UsageError(
                f"{doing} needs a newsroom fact folder and there is none: run 'briefer init' to create "
                "a workspace, or list one under 'facts: folders:' in briefer.yaml"
            )
        return layer
