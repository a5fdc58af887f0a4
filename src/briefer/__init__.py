"""briefer: sourced fact sheets and article skeletons for regional newsrooms.

The core is usable as a library::

    from briefer import load_fact_base, make_brief
    base = load_fact_base(default_fact_root())
    brief = make_brief(base, "gomel", "sichuan")
    print(brief.markdown)
"""

import gc as _gc

# Importing builds some hundred thousand objects and no garbage: the cyclic collector,
# run again and again while they are made, only rescans them (a tenth of a cold brief).
_collecting = _gc.isenabled()
_gc.disable()
try:
    from .briefs.make import Brief, make_brief, write_brief
    from .errors import BrieferError
    from .facts import FactBase, default_fact_root, load_fact_base
    from .version import __version__
finally:
    if _collecting:
        _gc.enable()

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
