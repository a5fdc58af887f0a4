"""The HTML pages' templates: autoescaped Jinja, separate from the briefs' sandbox."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from .. import __version__

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,  # every value from the fact base or the request is text
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    return env


def render_page(name: str, **values: Any) -> str:
    return _environment().get_template(name).render(**values)
