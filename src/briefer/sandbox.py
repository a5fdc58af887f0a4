"""What a template may read and what it may cost.

Templates are editors' files, so a mistake in one (or a hostile one) must end in a
message, not a hung or exhausted process: templates load only from inside their
folders once links are resolved, and rendering is bounded in output, in the size of
any one string, and in time.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import jinja2
from jinja2.filters import do_center
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import TemplateError

MAX_OUTPUT_CHARS = 2_000_000  # the longest built-in brief is about 30,000
MAX_STRING_CHARS = 1_000_000  # any one string or list a template builds
MAX_RENDER_SECONDS = 10.0


class RenderLimit(Exception):
    """A template went past a limit; rendered as a TemplateError with its file and line."""


class ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that reads only files inside its folders, links resolved, and
    names a file that is not UTF-8."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            candidate = os.path.join(folder, *pieces)
            if not os.path.isfile(candidate):
                continue
            root = os.path.realpath(folder)
            real = os.path.realpath(candidate)
            if os.path.commonpath([root, real]) != root:
                raise TemplateError(
                    f"{candidate}: links to {real}, outside the template folder {folder}; not read\n"
                    "    fix: copy the template into the folder instead of linking to it"
                )
            try:
                source = Path(real).read_bytes().decode("utf-8")
            except UnicodeDecodeError as error:
                raise TemplateError(
                    f"{candidate}: not UTF-8 text ({error.reason} at byte {error.start})\n"
                    "    fix: save the template as UTF-8"
                ) from None
            modified = os.path.getmtime(real)

            def uptodate(path: str = real, when: float = modified) -> bool:
                try:
                    return os.path.getmtime(path) == when
                except OSError:
                    return False

            return source, os.path.normpath(candidate), uptodate
        raise jinja2.TemplateNotFound(template)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox (no list, dict or set a template is given can change),
    with * and ** checked before they allocate."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                repeated = isinstance(sequence, str | list | tuple) and isinstance(times, int)
                if repeated and len(sequence) * times > MAX_STRING_CHARS:
                    raise RenderLimit(f"repeating a value {times:,} times makes it too long")
        if operator == "**" and isinstance(right, int | float) and abs(right) > 1000:
            raise RenderLimit(f"the power {right} is too large")
        return super().call_binop(context, operator, left, right)


def bounded_center(value: str, width: int = 80) -> str:
    if width > MAX_STRING_CHARS:
        raise RenderLimit(f"center to width {width:,}; the limit is {MAX_STRING_CHARS:,}")
    return do_center(value, width)


def bounded_lipsum(n: int = 5, html: bool = False, min: int = 20, max: int = 100) -> str:
    if n > 100 or max > 1000:
        raise RenderLimit(f"lipsum({n}) is too long; the limit is 100 paragraphs")
    return str(jinja2.utils.generate_lorem_ipsum(n, html, min, max))


# a printf field's width and precision ('%999999999s', '%.*f'), each or '*'
_PRINTF_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]?")


def bounded_format(value: Any, *args: Any, **kwargs: Any) -> str:
    """Jinja's format filter, refusing a width or precision that would allocate gigabytes."""
    for match in _PRINTF_FIELD.finditer(str(value)):
        for size in match.groups():
            if size == "*" or (size and int(size) > MAX_STRING_CHARS):
                raise RenderLimit(
                    f"format field {match.group()[:40]!r} is too wide; the limit is {MAX_STRING_CHARS:,}"
                )
    return str(jinja2.filters.do_format(value, *args, **kwargs))


def install_limits(environment: jinja2.Environment) -> None:
    environment.filters["format"] = bounded_format
    environment.filters["center"] = bounded_center
    environment.globals["lipsum"] = bounded_lipsum


def render_bounded(template: jinja2.Template, variables: dict[str, Any]) -> str:
    """The template's output, stopped with RenderLimit past the output or time limit."""
    chunks: list[str] = []
    total = 0
    with _time_limit(MAX_RENDER_SECONDS):
        for chunk in template.generate(variables):
            total += len(chunk)
            if total > MAX_OUTPUT_CHARS:
                raise RenderLimit(f"the output passed {MAX_OUTPUT_CHARS:,} characters")
            chunks.append(chunk)
    return "".join(chunks)


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    # A timer signal interrupts even a loop that writes nothing; signals reach only the
    # main thread, so elsewhere (a server's worker thread) a trace of the template's own
    # lines keeps the clock.
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _traced_time_limit(seconds):
            yield
        return

    def expire(signum: int, frame: object) -> None:
        raise RenderLimit(f"rendering took longer than {MAX_RENDER_SECONDS:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _traced_time_limit(seconds: float) -> Iterator[None]:
    """The time limit off the main thread: every line of template code checks the clock.

    Only frames of compiled templates are traced line by line (their code is named by
    the template's file), so briefer's own functions run at full speed."""
    deadline = time.monotonic() + seconds
    previous = sys.gettrace()

    def check_line(frame: FrameType, event: str, arg: object) -> Any:
        if time.monotonic() > deadline:
            raise RenderLimit(f"rendering took longer than {seconds:.0f} s")
        return check_line

    def on_call(frame: FrameType, event: str, arg: object) -> Any:
        if event == "call" and frame.f_code.co_filename.endswith(_TEMPLATE_FILE_ENDINGS):
            return check_line(frame, event, arg)
        return None

    sys.settrace(on_call)
    try:
        yield
    finally:
        sys.settrace(previous)


# how compiled templates name their code: the template's file, or Jinja's name for a string
_TEMPLATE_FILE_ENDINGS = (".j2", ".md", ".html", "<template>")
