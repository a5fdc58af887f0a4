"""The HTML pages' templates: autoescaped Jinja in the reader's language, separate from
the briefs' sandbox. Their words are in briefer's catalogs, like the briefs'."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from ..text.i18n import translations

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


@functools.cache
def _environment(language: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,  # every value from the fact base or the request is text
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    return env


def render_page(name: str, language: str, **values: Any) -> str:
    return _environment(language).get_template(name).render(ui=language, **values)
