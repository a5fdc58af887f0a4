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
import string
import sys
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.filters import do_center
from jinja2.nodes import EvalContext
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment

from ..errors import TemplateError

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


def _refuse_past_limit(size: int, what: str) -> None:
    if size > MAX_STRING_CHARS:
        raise RenderLimit(
            f"{what} would make a value of {size:,} characters; the limit is {MAX_STRING_CHARS:,}"
        )


def _sized(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple) else 0


class BoundedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with '~' (string concatenation) routed through the
    environment, so that doubling a string in a loop meets the limit."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.concatenate((")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox (no list, dict or set a template is given can change),
    with every operation that can multiply a value's size checked before it allocates:
    the operators *, **, +, % and ~, the filters that pad, repeat or join, and the
    string methods that do."""

    code_generator_class = BoundedCodeGenerator
    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                repeated = isinstance(sequence, str | list | tuple) and isinstance(times, int)
                if repeated and len(sequence) * times > MAX_STRING_CHARS:
                    raise RenderLimit(f"repeating a value {times:,} times makes it too long")
        if operator == "**" and isinstance(right, int | float) and abs(right) > 1000:
            raise RenderLimit(f"the power {right} is too large")
        if operator == "+":
            _refuse_past_limit(_sized(left) + _sized(right), "adding two values")
        if operator == "%" and isinstance(left, str):
            _check_printf_fields(left)
        result = super().call_binop(context, operator, left, right)
        _refuse_past_limit(_sized(result), f"the operator {operator}")
        return result

    def concatenate(self, parts: tuple[Any, ...]) -> str:
        texts = [str(part) for part in parts]
        _refuse_past_limit(sum(map(len, texts)), "joining values with ~")
        return "".join(texts)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        # the sandbox hands out str.format and str.format_map through here
        owner = getattr(value, "__self__", None)
        if isinstance(owner, str) and getattr(value, "__name__", "") in ("format", "format_map"):
            _check_format_fields(owner)
        return super().wrap_str_format(value)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            args = _check_string_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


def _check_string_method(
    text: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, ...]:
    """The size a str method would make, refused before it is made; the arguments to
    call it with (an iterator to join is read once, here)."""
    first = args[0] if args else next(iter(kwargs.values()), None)
    if name in ("ljust", "rjust", "center", "zfill") and isinstance(first, int):
        _refuse_past_limit(first, f"{name}({first:,})")
    elif name == "expandtabs":
        tab = first if isinstance(first, int) else 8
        _refuse_past_limit(len(text) + text.count("\t") * tab, f"expandtabs({tab:,})")
    elif name == "replace" and len(args) >= 2:
        _refuse_past_limit(_replaced_size(text, str(args[0]), str(args[1])), "replace")
    elif name == "join" and args:
        items = list(_counted(args[0], len(text)))
        return (items, *args[1:])
    return args


def _replaced_size(text: str, old: str, new: str, count: int | None = None) -> int:
    found = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * max(0, len(new) - len(old))


# a printf field's width and precision ('%999999999s', '%.*f'), each or '*'
_PRINTF_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]?")
# a str.format field's width and precision ('{:999999999}', '{0:>{1}}')
_FORMAT_SPEC_NUMBER = re.compile(r"\d+|\{")


def _check_printf_fields(template: str) -> None:
    """Refuse printf fields whose widths and precisions, added up, would allocate gigabytes."""
    total = 0
    for match in _PRINTF_FIELD.finditer(template):
        for size in match.groups():
            total += MAX_STRING_CHARS + 1 if size == "*" else int(size or 0)
            if total > MAX_STRING_CHARS:
                raise RenderLimit(
                    f"format field {match.group()[:40]!r} is too wide; the limit is {MAX_STRING_CHARS:,}"
                )


def _check_format_fields(template: str) -> None:
    total = 0
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        return  # str.format will say what is wrong with it
    for _, _, spec, _ in fields:
        spec = spec or ""
        for number in _FORMAT_SPEC_NUMBER.findall(spec):
            if number == "{":
                raise RenderLimit("a format field takes its width from a value")
            total += int(number)
            if total > MAX_STRING_CHARS:
                raise RenderLimit(
                    f"format field {spec[:40]!r} is too wide; the limit is {MAX_STRING_CHARS:,}"
                )


def bounded_center(value: str, width: int = 80) -> str:
    if width > MAX_STRING_CHARS:
        raise RenderLimit(f"center to width {width:,}; the limit is {MAX_STRING_CHARS:,}")
    return do_center(value, width)


def bounded_lipsum(n: int = 5, html: bool = False, min: int = 20, max: int = 100) -> str:
    if n > 100 or max > 1000:
        raise RenderLimit(f"lipsum({n}) is too long; the limit is 100 paragraphs")
    return str(jinja2.utils.generate_lorem_ipsum(n, html, min, max))


def bounded_format(value: Any, *args: Any, **kwargs: Any) -> str:
    """Jinja's format filter, refusing a width or precision that would allocate gigabytes."""
    _check_printf_fields(str(value))
    return str(jinja2.filters.do_format(value, *args, **kwargs))


@jinja2.pass_eval_context
def bounded_replace(eval_ctx: EvalContext, value: str, old: str, new: str, count: int | None = None) -> str:
    _refuse_past_limit(_replaced_size(str(value), str(old), str(new), count), "replace")
    return str(jinja2.filters.do_replace(eval_ctx, value, old, new, count))


def _counted(items: Iterable[Any], separator: int) -> Iterator[Any]:
    total = 0
    for item in items:
        total += len(str(item)) + separator
        _refuse_past_limit(total, "join")
        yield item


@jinja2.pass_eval_context
def bounded_join(eval_ctx: EvalContext, value: Iterable[Any], d: str = "", attribute: Any = None) -> str:
    if attribute is not None:
        value = map(jinja2.filters.make_attrgetter(eval_ctx.environment, attribute), value)
    return str(jinja2.filters.sync_do_join(eval_ctx, _counted(value, len(str(d))), d))


def bounded_indent(value: str, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    text = str(value)
    step = width if isinstance(width, int) else len(str(width))
    _refuse_past_limit(len(text) + (text.count("\n") + 1) * step, f"indent({step:,})")
    return jinja2.filters.do_indent(text, width, first, blank)


@jinja2.pass_environment
def bounded_wordwrap(
    environment: jinja2.Environment,
    value: str,
    width: int = 79,
    break_long_words: bool = True,
    wrapstring: str | None = None,
    break_on_hyphens: bool = True,
) -> str:
    text = str(value)
    breaks = len(text) // max(int(width), 1) + text.count("\n") + 1
    _refuse_past_limit(len(text) + breaks * len(wrapstring or "\n"), "wordwrap")
    return jinja2.filters.do_wordwrap(
        environment, text, width, break_long_words, wrapstring, break_on_hyphens
    )


def _bounded_count(count: int, what: str) -> int:
    if not isinstance(count, int) or count > MAX_RANGE:
        raise RenderLimit(f"{what}({count}) is too many; the limit is {MAX_RANGE:,}")
    return count


def bounded_batch(value: Iterable[Any], linecount: int, fill_with: Any = None) -> Iterator[list[Any]]:
    return jinja2.filters.do_batch(value, _bounded_count(linecount, "batch"), fill_with)


def bounded_slice(value: Collection[Any], slices: int, fill_with: Any = None) -> Iterator[list[Any]]:
    return jinja2.filters.sync_do_slice(value, _bounded_count(slices, "slice"), fill_with)


@jinja2.pass_eval_context
def bounded_tojson(eval_ctx: EvalContext, value: Any, indent: int | None = None) -> Any:
    if indent is not None:
        _bounded_count(indent, "tojson")
    result = jinja2.filters.do_tojson(eval_ctx, value, indent)
    _refuse_past_limit(len(result), "tojson")
    return result


@jinja2.pass_environment
def bounded_sum(
    environment: jinja2.Environment, iterable: Iterable[Any], attribute: Any = None, start: Any = 0
) -> Any:
    if attribute is not None:
        iterable = map(jinja2.filters.make_attrgetter(environment, attribute), iterable)
    total = start
    for item in iterable:
        _refuse_past_limit(_sized(total) + _sized(item), "sum")
        total = total + item
    return total


def install_limits(environment: jinja2.Environment) -> None:
    environment.filters.update(
        format=bounded_format,
        center=bounded_center,
        replace=bounded_replace,
        join=bounded_join,
        indent=bounded_indent,
        wordwrap=bounded_wordwrap,
        batch=bounded_batch,
        slice=bounded_slice,
        tojson=bounded_tojson,
        sum=bounded_sum,
    )
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
