"""briefer: sourced fact sheets and article skeletons for regional newsrooms.

The core is usable as a library::

    from briefer import load_fact_base, make_brief
    base = load_fact_base(default_fact_root())
    brief = make_brief(base, "gomel", "sichuan")
    print(brief.markdown)
"""

from .briefs.make import Brief, make_brief, write_brief
from .errors import BrieferError
from .facts import FactBase, default_fact_root, load_fact_base
from .version import __version__

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
