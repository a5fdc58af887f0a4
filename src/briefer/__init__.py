"""briefer: sourced fact sheets and article skeletons for regional newsrooms.

The core is usable as a library::

    from briefer import load_fact_base, make_brief
    base = load_fact_base(default_fact_root())
    brief = make_brief(base, "gomel", "sichuan")
    print(brief.markdown)
"""

from __future__ import annotations

import gc as _gc
from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

from .errors import BrieferError
from .version import __version__

if TYPE_CHECKING:
    from .briefs.make import Brief, make_brief, write_brief
    from .facts import FactBase, default_fact_root, load_fact_base

# The names the library offers, each from the module that makes it. They are imported
# on first use, so that a command which needs none of them (--help, a digest, the
# server's login page) does not pay for the template engine and the fact model.
_LAZY = {
    "Brief": "briefs.make",
    "make_brief": "briefs.make",
    "write_brief": "briefs.make",
    "FactBase": "facts",
    "default_fact_root": "facts",
    "load_fact_base": "facts",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'briefer' has no attribute {name!r}")
    # Importing builds some hundred thousand objects and no garbage: the cyclic
    # collector, run again and again while they are made, only rescans them.
    collecting = _gc.isenabled()
    _gc.disable()
    try:
        value = getattr(_import_module(f".{_LAZY[name]}", __name__), name)
    finally:
        if collecting:
            _gc.enable()
    globals()[name] = value
    return value


__all__ = [
    "Brief",
    "BrieferError",
    "FactBase",
    "__version__",
    "default_fact_root",
    "load_fact_base",
    "make_brief",
    "write_brief",
]
