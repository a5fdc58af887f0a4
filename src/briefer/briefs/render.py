"""Rendering briefs: a sandboxed Jinja environment, its filters, and citations.

Templates are user data (editors override the built-ins by name), so they run in
Jinja's SandboxedEnvironment with StrictUndefined: a template cannot reach Python
internals or files, and a misspelt variable is an error rather than a blank.
Formatting of money, numbers and dates lives here, in filters, so templates read
like the brief they produce.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache
from jinja2.sandbox import SandboxedEnvironment

from ..errors import TemplateError, UsageError
from ..facts import Fact, FactDate, Source
from ..facts.cache import _private, _signing_key, cache_path
from ..resources import data_dir
from ..text.formatting import ordinal
from ..text.i18n import Language, translations
from ..text.inflect import unit_adjective
from .sandbox import BoundedSandbox, ConfinedLoader, RenderLimit, install_limits, render_bounded

TEMPLATE_SUFFIX = ".md.j2"


def builtin_template_dir() -> Path:
    return data_dir("templates")


def make_environment(extra_dirs: Sequence[Path] = (), language: str = "en") -> SandboxedEnvironment:
    """A sandboxed environment in ``language``; folders in ``extra_dirs`` override the
    built-ins by name. Templates translate with {% trans %} and _() (Jinja's i18n
    extension, over briefer's catalogs) and format with the language's filters."""
    builtin = ConfinedLoader(str(builtin_template_dir()))
    fact_cache = cache_path()
    env = BoundedSandbox(
        bytecode_cache=_compiled_templates(fact_cache.parent) if fact_cache is not None else None,
        # An editor's folder first; "builtin/NAME" always reaches the built-in template,
        # so an editor's news.md.j2 can extend "builtin/news.md.j2" and replace one block.
        loader=jinja2.ChoiceLoader(
            [
                ConfinedLoader([str(d) for d in extra_dirs]),
                jinja2.PrefixLoader({"builtin": builtin}),
                builtin,
            ]
        ),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    install_limits(env)
    words = Language(language)
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(
        number=words.number,
        figure=words.figure,
        change=words.change,
        fact_date=words.fact_date,
        when=words.when,
        period_name=words.period_name,
        unit_adjective=lambda name: unit_adjective(str(name), language),
        day=words.day,
        percent=words.percent,
        cell=table_cell,
        stop=full_stop,
        sentence=sentence_case,
        ordinal=ordinal,
    )
    env.globals["language"] = language
    return env


@functools.lru_cache(maxsize=32)
def _shared_environment(extra_dirs: tuple[str, ...], language: str) -> SandboxedEnvironment:
    # Compiling the templates costs more than rendering them: a batch or a digest renders
    # many briefs, so each folder list and language keeps one environment, whose cache
    # recompiles a template when its file changes.
    return make_environment([Path(d) for d in extra_dirs], language)


class CompiledTemplates(BytecodeCache):
    """Compiled templates kept between runs in briefer's cache folder.

    Jinja stores each template's source checksum with its code, so an edited template
    is compiled afresh. The file name also carries a digest of what shapes the code
    beyond the source (Jinja, Python, and briefer's environment and code generator),
    so another version of any of them never reads these files. Loading runs the
    stored code, so, as with the fact cache, only a private folder is used and only
    files signed with this user's key are read.
    """

    def __init__(self, folder: Path, secret: bytes) -> None:
        self.folder = folder
        self._secret = secret
        digest = hashlib.sha256(f"{jinja2.__version__}\0{sys.version}".encode())
        for module in (Path(__file__), Path(__file__).with_name("sandbox.py")):
            digest.update(module.read_bytes())
        self._version = digest.hexdigest()[:16]
        self._pruned = False

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        # the file a name resolves to is part of the key: an editor's factsheet.md.j2
        # and the built-in one never share an entry
        return hashlib.sha256(f"{name}\0{filename or ''}".encode()).hexdigest()[:32]

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{self._version}-{bucket.key}.jinja"

    def _sign(self, key: str, data: bytes) -> bytes:
        return hmac.new(self._secret, key.encode() + b"\0" + data, hashlib.sha256).digest()

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            descriptor = os.open(self._path(bucket), os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            return
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.geteuid() or info.st_mode & 0o022:
                return
            data = handle.read()
        signature, code = data[:_SIGNATURE], data[_SIGNATURE:]
        if hmac.compare_digest(signature, self._sign(bucket.key, code)):
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        code = bucket.bytecode_to_string()
        try:
            descriptor, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(descriptor, "wb") as handle:
                    handle.write(self._sign(bucket.key, code) + code)
                os.replace(temporary, self._path(bucket))
            except OSError:
                os.unlink(temporary)
            self._prune()
        except OSError:
            pass  # a full disk or a read-only cache: the next run compiles again

    def _prune(self) -> None:
        """Remove what another version compiled, once per process that compiles."""
        if self._pruned:
            return
        self._pruned = True
        for path in self.folder.glob("*.jinja"):
            if not path.name.startswith(f"{self._version}-"):
                path.unlink(missing_ok=True)

    def clear(self) -> None:
        for path in self.folder.glob("*.jinja"):
            path.unlink(missing_ok=True)


_SIGNATURE = 32  # bytes of HMAC-SHA256 before each compiled template


@functools.lru_cache(maxsize=4)
def _compiled_templates(folder: Path) -> CompiledTemplates | None:
    """The compiled-template cache in the fact cache's folder, or None where that folder
    is not private to this user."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        secret = _signing_key(folder)
        templates = folder / "templates"
        templates.mkdir(exist_ok=True, mode=0o700)
        if secret is None or not (_private(folder) and _private(templates)):
            return None
        return CompiledTemplates(templates, secret)
    except OSError:
        return None


def available_kinds(extra_dirs: Sequence[Path] = ()) -> list[str]:
    kinds: set[str] = set()
    for folder in [*extra_dirs, builtin_template_dir()]:
        kinds.update(
            p.name.removesuffix(TEMPLATE_SUFFIX)
            for p in Path(folder).glob(f"*{TEMPLATE_SUFFIX}")
            # not private (_macros), not a broken link or a link loop
            if KIND_NAME.match(p.name.removesuffix(TEMPLATE_SUFFIX)) and p.is_file()
        )
    return sorted(kinds)


def render_template(
    kind: str, variables: dict[str, Any], extra_dirs: Sequence[Path] = (), language: str = "en"
) -> str:
    """Render the template for ``kind``; template mistakes become TemplateError with file:line."""
    env = _shared_environment(tuple(str(d) for d in extra_dirs), language)
    name = f"{kind}{TEMPLATE_SUFFIX}"
    try:
        template = env.get_template(name)
        return render_bounded(template, variables)
    except jinja2.TemplateNotFound as error:
        if error.name == name:
            kinds = ", ".join(available_kinds(extra_dirs)) or "none"
            raise UsageError(f"unknown brief kind {kind!r}; available kinds: {kinds}") from None
        raise TemplateError(
            f"template {error.name!r} not found (included from {name})\n"
            "    fix: correct the name in the include or extends tag"
        ) from None
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or error.name}:{error.lineno}"
        raise TemplateError(
            f"{where}: template syntax error: {error.message}\n"
            "    fix: check the {% %} and {{ }} tags on that line"
        ) from None
    except jinja2.UndefinedError as error:
        raise TemplateError(
            f"{_template_location(error)}: {error.message}\n"
            "    fix: use only the variables a brief provides (see templates/README.md)"
        ) from None
    except jinja2.exceptions.SecurityError as error:
        raise TemplateError(f"{_template_location(error)}: not allowed in a template: {error}") from None
    except RenderLimit as error:
        where = _template_location(error)
        if where == "template":  # stopped between two pieces of output: name the file at least
            where = template.filename or name
        raise TemplateError(
            f"{where}: stopped: {error}\n    fix: look for a loop or a repeated value that grows without end"
        ) from None
    except RecursionError as error:
        where = _template_location(error)
        if where == "template":  # while compiling: no template line is running yet
            where = _template_file(env, name)
        raise TemplateError(f"{where}: {TOO_DEEP}") from None
    except (TypeError, ValueError, ArithmeticError, AttributeError, OverflowError, MemoryError) as error:
        raise TemplateError(f"{_template_location(error)}: template error: {error}") from None


TOO_DEEP = (
    "stopped: the template nests too deeply: it includes or extends itself, has a macro that "
    "calls itself without end, or an expression nested hundreds of levels deep\n"
    "    fix: break the cycle of include, extends or macro calls, or split the expression"
)


def _template_file(env: jinja2.Environment, name: str) -> str:
    try:
        source = env.loader.get_source(env, name) if env.loader else None
    except (jinja2.TemplateNotFound, TemplateError):
        source = None
    return source[1] if source and source[1] else name


def _template_location(error: BaseException) -> str:
    """file:line of the innermost template frame in the error's traceback."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith(TEMPLATE_SUFFIX):
            return f"{frame.filename}:{frame.lineno}"
    return "template"


class Placeholders:
    """What the reporter must supply, collected for the checklist at the end."""

    def __init__(self, words: Language | None = None) -> None:
        self._items: list[str] = []
        self._label = (words or Language("en")).gettext("REPORTER")

    def add(self, text: str) -> str:
        """The placeholder as it appears in the brief: [[REPORTER: text]]."""
        marker = f"[[{self._label}: {text}]]"
        if marker not in self._items:
            self._items.append(marker)
        return marker

    def items(self) -> list[str]:
        return list(self._items)

    def example(self) -> str:
        """The marker's form, for the header that explains it: [[REPORTER: …]]."""
        return f"[[{self._label}: …]]"


@dataclass(frozen=True)
class KindInfo:
    """A brief kind as its template describes itself on its first line."""

    name: str
    about: str
    target: str | None
    title: str | None = None  # what the brief calls itself: "fact sheet", "house news"
    languages: tuple[str, ...] = ("en",)  # what the template is translated into


_KIND_HEADER = re.compile(r"\{#-?\s*(.*?)\s*-?#\}", re.DOTALL)


KIND_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}\Z")  # a kind names a file: no folders, no private _macros


def kind_info(kind: str, extra_dirs: Sequence[Path] = ()) -> KindInfo:
    """Read 'about: ...; target: ...' from the first comment of the kind's template."""
    if not KIND_NAME.match(kind):
        kinds = ", ".join(available_kinds(extra_dirs)) or "none"
        raise UsageError(f"unknown brief kind {kind!r}; available kinds: {kinds}")
    for folder in [*extra_dirs, builtin_template_dir()]:
        path = Path(folder) / f"{kind}{TEMPLATE_SUFFIX}"
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as error:
                raise TemplateError(
                    f"{path}: not UTF-8 text ({error.reason} at byte {error.start})\n"
                    "    fix: save the template as UTF-8"
                ) from None
            except OSError as error:
                raise TemplateError(f"{path}: cannot read: {error.strerror}") from None
            match = _KIND_HEADER.match(text.lstrip())
            fields = {}
            for part in (match.group(1) if match else "").split(";"):
                key, _, value = part.partition(":")
                fields[key.strip().lower()] = " ".join(value.split())
            languages = tuple(fields.get("languages", "en").replace(",", " ").split()) or ("en",)
            about, target, title = fields.get("about", ""), fields.get("target") or None, fields.get("title")
            return KindInfo(kind, about, target, title or None, languages)
    kinds = ", ".join(available_kinds(extra_dirs)) or "none"
    raise UsageError(f"unknown brief kind {kind!r}; available kinds: {kinds}")


class Citations:
    """Numbers sources in the order a brief first cites them, as Markdown footnotes."""

    def __init__(self, words: Language | None = None) -> None:
        self._words = words or Language("en")
        self._numbers: dict[tuple[str | None, ...], int] = {}
        self._sources: list[Source] = []
        self._facts: dict[str, Fact] = {}

    @property
    def fact_ids(self) -> list[str]:
        return list(self._facts)

    def cited_facts(self) -> list[Fact]:
        """The facts cited so far, in order of first citation."""
        return list(self._facts.values())

    def cite(self, fact: Fact) -> str:
        """Footnote markers for every source of ``fact``, e.g. '[^1][^3]'."""
        self._facts.setdefault(fact.id, fact)
        markers = []
        for source in fact.sources:
            if source.key not in self._numbers:
                self._sources.append(source)
                self._numbers[source.key] = len(self._sources)
            markers.append(f"[^{self._numbers[source.key]}]")
        return "".join(markers)

    def numbered(self) -> list[tuple[int, Source]]:
        return list(enumerate(self._sources, start=1))

    def reference(self, source: Source) -> str:
        """One source as a reference line: author, title, publisher, year, pages, URL.

        The fact base gives titles in English, mostly renderings of Russian originals;
        a brief in another language says so rather than pass one off as the original."""
        words = self._words
        parts = [
            f"{source.author.rstrip('.')}." if source.author else "",
            f"*{source.title.rstrip('.')}*.",
        ]
        if words.code != "en" and source.title_is_rendering:
            parts.append(words.gettext("(title as rendered in English)"))
        published = words.fact_date(FactDate.parse(source.date)) if source.date else source.year
        tail = ", ".join(str(p) for p in (source.publisher, published) if p)
        if source.pages:
            page = words.gettext("p. {pages}").format(pages=source.pages)
            tail += f", {page}" if tail else page
        if tail:
            parts.append(full_stop(tail))  # «30 мая 2025 г.» already ends in one
        if source.url:
            parts.append(f"<{source.url}>")
        if source.note:
            parts.append(f"({source.note.rstrip('.')}.)")
        return " ".join(p for p in parts if p)


def sentence_case(text: object) -> str:
    """First letter upper case, the rest untouched (Jinja's capitalize lowercases 'China')."""
    value = str(text)
    return value[:1].upper() + value[1:]


_TRAILING_MARKERS = re.compile(r"(?:\s*\[\^\d+\]|\s*\*\*[^*]*\*\*)*\s*$")


def full_stop(text: object) -> str:
    """The text ending in one full stop: «июль 2014 г.» stays as it is, "2011" gets one;
    «с 2015 г.[^3]» keeps the abbreviation's point as the sentence's."""
    value = str(text).rstrip()
    words = _TRAILING_MARKERS.sub("", value)
    return value if words.endswith(".") else f"{value}."


def table_cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")
