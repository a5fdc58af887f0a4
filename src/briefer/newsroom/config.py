"""A newsroom's settings: briefer.yaml, found upward from the working folder.

The file is optional: without one briefer uses the built-in fact base and templates.
With one, its settings are the defaults that command-line options override; paths in
it are relative to the file. Validation reports every problem at once, each with the
file, line, dotted key and a fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..digest.settings import DigestSettings, MailSettings
from ..errors import DataError, Problem, UsageError
from ..facts import STALE_AFTER_MONTHS, display_path
from ..facts.model import MAX_STALE_AFTER_MONTHS
from ..places import RegionRegistry
from ..places.registry import close_matches
from ..yamlload import LocatedDict, load_yaml

CONFIG_NAME = "briefer.yaml"
FORMATS = ("md", "docx")

# Every setting, with what it holds: the schema that validation and 'did you mean' use.
SETTINGS: dict[str, str] = {
    "newsroom": "the newsroom's name",
    "home_regions": "list of Belarusian region ids or names the newsroom covers",
    "language": "the language briefs are written in: en, ru or be",
    "brief": "defaults for 'briefer brief': kind, formats, out",
    "brief.kind": "the kind written when --kind is not given",
    "brief.formats": "list of formats: md, docx",
    "brief.out": "output folder, relative to briefer.yaml",
    "facts": "the fact base: folders, builtin",
    "facts.folders": "the newsroom's fact folders, layered over the built-in base",
    "facts.builtin": "true to include briefer's built-in fact base (default), false to use only yours",
    "templates": "the newsroom's templates: folders",
    "templates.folders": "template folders that override the built-in templates by name",
    "stale_after": "months after which a kind of claim needs checking: figure, context, project",
    "docx": "how DOCX files are made: notes, reference",
    "docx.notes": "where sources go: footnotes (default), endnotes, or none (the list of sources only)",
    "docx.reference": "a house-style DOCX whose styles, page set-up, headers and footers briefs take",
    "digest": "the weekly digest: regions, horizon_weeks, out, recipients, sender, smtp",
    "digest.regions": "the Belarusian regions it covers (default: home_regions, else all)",
    "digest.horizon_weeks": "how many weeks after the digest's week it looks ahead (default 4)",
    "digest.out": "its folder, relative to briefer.yaml (default briefs/digest)",
    "digest.recipients": "the addresses --send mails it to",
    "digest.sender": "the address it is sent from",
    "digest.smtp": "the mail server: host, port, security, user, password_env",
    "digest.smtp.host": "the mail server's host name",
    "digest.smtp.port": "its port (587 for starttls, 465 for tls)",
    "digest.smtp.security": "starttls, tls or none",
    "digest.smtp.user": "the user name to log in with",
    "digest.smtp.password_env": "the environment variable holding the password (never the password itself)",
    "serve": "the web application ('briefer serve'): host, port, workers",
    "serve.host": "the address it listens on (default 127.0.0.1: this machine only)",
    "serve.port": "the port it listens on (default 8000)",
    "serve.workers": "how many worker processes answer requests (default 1)",
    "serve.proxy": "true when a reverse proxy on this machine serves the pages over HTTPS",
    **{f"stale_after.{kind}": f"months after which a {kind} needs checking" for kind in STALE_AFTER_MONTHS},
}


@dataclass(frozen=True)
class ServeSettings:
    """Where 'briefer serve' listens, and with how many processes."""

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    proxy: bool = False  # a reverse proxy on this machine serves the pages over HTTPS


MAX_WORKERS = 32


@dataclass(frozen=True)
class Config:
    """The settings in force: briefer.yaml's, or the defaults where there is none."""

    path: Path | None = None
    newsroom: str | None = None
    home_regions: tuple[str, ...] = ()
    language: str = "en"
    kind: str = "factsheet"
    formats: tuple[str, ...] = FORMATS
    out: Path = Path("briefs")
    fact_folders: tuple[Path, ...] = ()
    builtin_facts: bool = True
    template_folders: tuple[Path, ...] = ()
    stale_after: dict[str, int] = field(default_factory=dict)
    digest: DigestSettings = field(default_factory=DigestSettings)
    serve: ServeSettings = field(default_factory=ServeSettings)
    docx_notes: str = "footnotes"
    docx_reference: Path | None = None
    # Where each setting was given, for messages about its value: dotted key -> line.
    lines: dict[str, int] = field(default_factory=dict)

    def where(self, key: str) -> str:
        """'briefer.yaml:7' for a setting given in the file."""
        if self.path is None:
            return "defaults"
        line = self.lines.get(key)
        return f"{display_path(self.path)}:{line}" if line else display_path(self.path)


def find_config(start: Path) -> Path | None:
    """briefer.yaml in ``start`` or the nearest folder above it."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None


class _Reader:
    """Reads settings from the parsed file, collecting every problem with its line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown = display_path(path)
        self.problems: list[Problem] = []
        self.lines: dict[str, int] = {}

    def problem(self, line: int | None, key: str, message: str, hint: str) -> None:
        self.problems.append(Problem(self.shown, line, f"{key}: {message}", hint))

    def section(self, data: LocatedDict, prefix: str) -> None:
        """Unknown keys and duplicates in one mapping, with 'did you mean'."""
        allowed = [
            k.removeprefix(prefix) for k in SETTINGS if k.startswith(prefix) and "." not in k[len(prefix) :]
        ]
        for key in data:
            dotted = f"{prefix}{key}"
            self.lines[dotted] = data.line_of(key)
            if key not in allowed:
                close = close_matches(str(key), allowed, n=1, cutoff=0.6)
                hint = f"did you mean '{prefix}{close[0]}'?" if close else f"known keys: {', '.join(allowed)}"
                self.problem(data.line_of(key), dotted, "unknown setting", hint)
        for key, line in data.duplicate_keys:
            self.problem(line, f"{prefix}{key}", "appears twice", "keep one of them")

    def text(self, data: LocatedDict, key: str, dotted: str) -> str | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(data.line_of(key), dotted, f"must be text, not {value!r}", f"write '{key}: ...'")
            return None
        return value.strip()

    def names(self, data: LocatedDict, key: str, dotted: str) -> tuple[str, ...] | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(data.line_of(key), dotted, "must be a list of names", f"write '{key}: [a, b]'")
            return None
        return tuple(v.strip() for v in value)

    def whole_number(
        self, data: LocatedDict, key: str, dotted: str, low: int, high: int | None, what: str, example: int
    ) -> int | None:
        """An integer from ``low`` to ``high`` (no upper bound with None); ``what`` says
        which in the message ("must be 0 to 52 weeks, not 60")."""
        value = data.get(key)
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or value < low
            or (high is not None and value > high)
        ):
            self.problem(
                data.line_of(key), dotted, f"must be {what}, not {value!r}", f"write '{key}: {example}'"
            )
            return None
        return value

    def mapping(
        self, data: LocatedDict, key: str, dotted: str | None = None, hint: str | None = None
    ) -> LocatedDict | None:
        dotted = dotted or key
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, LocatedDict):
            self.problem(
                data.line_of(key),
                dotted,
                "must be a mapping of settings",
                hint or f"see '{key}:' in 'briefer init'",
            )
            return None
        self.section(value, f"{dotted}.")
        return value

    def folders(self, data: LocatedDict, key: str, dotted: str) -> tuple[Path, ...] | None:
        names = self.names(data, key, dotted)
        if names is None:
            return None
        found = []
        for name in names:
            folder = (self.path.parent / name).resolve()
            if not folder.is_dir():
                self.problem(
                    data.line_of(key),
                    dotted,
                    f"folder {name!r} not found (looked for {display_path(folder)})",
                    "create it, or correct the path (relative to briefer.yaml)",
                )
            else:
                found.append(folder)
        return tuple(found)


_MAIL_ADDRESS = re.compile(r"[^@\s<>,;\"()\[\]\\]+@[^@\s<>,;\"()\[\]\\]+\.[^@\s<>,;\"()\[\]\\.]+\Z")


def _mail_address(reader: _Reader, data: LocatedDict, key: str, dotted: str, address: str) -> bool:
    """One plain address (desk@example.org): no name, no list, and nothing that would
    end the header it goes into, so no setting can add a header or a recipient."""
    if _MAIL_ADDRESS.match(address):
        return True
    reader.problem(
        data.line_of(key),
        dotted,
        f"{address[:80]!r} is not one plain mail address",
        "write one address per entry, e.g. "
        + ("'recipients: [editor@example.org]'" if key == "recipients" else "'sender: desk@example.org'"),
    )
    return False


def _read_digest(reader: _Reader, data: LocatedDict, path: Path) -> DigestSettings:
    """The digest: section, with its mail server."""
    values: dict[str, Any] = {}
    if (regions := reader.names(data, "regions", "digest.regions")) is not None:
        values["regions"] = regions
    horizon = reader.whole_number(data, "horizon_weeks", "digest.horizon_weeks", 0, 52, "0 to 52 weeks", 4)
    if horizon is not None:
        values["horizon_weeks"] = horizon
    if (out := reader.text(data, "out", "digest.out")) is not None:
        values["out"] = (path.parent / out).resolve()
    mail: dict[str, Any] = {}
    if (recipients := reader.names(data, "recipients", "digest.recipients")) is not None:
        mail["recipients"] = tuple(
            address
            for address in recipients
            if _mail_address(reader, data, "recipients", "digest.recipients", address)
        )
    if (sender := reader.text(data, "sender", "digest.sender")) is not None and _mail_address(
        reader, data, "sender", "digest.sender", sender
    ):
        mail["sender"] = sender
    smtp = reader.mapping(data, "smtp", "digest.smtp", "write 'smtp: {host: ..., port: 587}'")
    if smtp is not None:
        for key in ("host", "user", "password_env"):
            if (value := reader.text(smtp, key, f"digest.smtp.{key}")) is not None:
                mail[key] = value
        port = reader.whole_number(smtp, "port", "digest.smtp.port", 1, 65535, "a port number", 587)
        if port is not None:
            mail["port"] = port
        if (security := reader.text(smtp, "security", "digest.smtp.security")) is not None:
            if security not in ("starttls", "tls", "none"):
                reader.problem(
                    smtp.line_of("security"),
                    "digest.smtp.security",
                    f"unknown security {security!r}",
                    "use starttls, tls or none",
                )
            else:
                mail["security"] = security
        if "password" in smtp:
            reader.problem(
                smtp.line_of("password"),
                "digest.smtp.password",
                "a password does not belong in briefer.yaml",
                "name an environment variable instead: 'password_env: BRIEFER_SMTP_PASSWORD'",
            )
    values["mail"] = MailSettings(**mail)
    return DigestSettings(**values)


def _read_serve(reader: _Reader, data: LocatedDict) -> ServeSettings:
    """The serve: section."""
    values: dict[str, Any] = {}
    if (host := reader.text(data, "host", "serve.host")) is not None:
        values["host"] = host
    for key, low, high, example in (("port", 1, 65535, 8000), ("workers", 1, MAX_WORKERS, 2)):
        what = f"a whole number from {low} to {high}"
        if (number := reader.whole_number(data, key, f"serve.{key}", low, high, what, example)) is not None:
            values[key] = number
    proxy = data.get("proxy")
    if proxy is not None:
        if isinstance(proxy, bool):
            values["proxy"] = proxy
        else:
            reader.problem(
                data.line_of("proxy"),
                "serve.proxy",
                f"must be true or false, not {proxy!r}",
                "write 'proxy: true'",
            )
    return ServeSettings(**values)


def load_config(path: Path) -> Config:
    """The settings in ``path``; DataError lists every problem in the file."""
    data, problems = load_yaml(path, display_path(path))
    reader = _Reader(path)
    reader.problems += problems
    if problems:
        raise DataError(reader.problems, what="settings")
    if data is None:
        return Config(path=path)
    if not isinstance(data, LocatedDict):
        reader.problem(1, "briefer.yaml", "must be a mapping of settings", "start with 'newsroom: ...'")
        raise DataError(reader.problems, what="settings")
    reader.section(data, "")
    settings: dict[str, Any] = {"path": path}
    if (newsroom := reader.text(data, "newsroom", "newsroom")) is not None:
        settings["newsroom"] = newsroom
    if (home := reader.names(data, "home_regions", "home_regions")) is not None:
        settings["home_regions"] = home
    if (language := reader.text(data, "language", "language")) is not None:
        if language.lower() not in ("en", "ru", "be"):
            reader.problem(
                data.line_of("language"), "language", f"unknown language {language!r}", "use en, ru or be"
            )
        else:
            settings["language"] = language.lower()

    if (brief := reader.mapping(data, "brief")) is not None:
        if (kind := reader.text(brief, "kind", "brief.kind")) is not None:
            settings["kind"] = kind.lower()
        if (formats := reader.names(brief, "formats", "brief.formats")) is not None:
            unknown = [f for f in formats if f not in FORMATS]
            if unknown or not formats:
                reader.problem(
                    brief.line_of("formats"),
                    "brief.formats",
                    f"unknown format {', '.join(unknown) or 'list is empty'}",
                    "use md, docx or both: 'formats: [md, docx]'",
                )
            else:
                settings["formats"] = tuple(dict.fromkeys(formats))
        if (out := reader.text(brief, "out", "brief.out")) is not None:
            settings["out"] = (path.parent / out).resolve()

    if (facts := reader.mapping(data, "facts")) is not None:
        if (folders := reader.folders(facts, "folders", "facts.folders")) is not None:
            settings["fact_folders"] = folders
        builtin = facts.get("builtin")
        if builtin is not None:
            if not isinstance(builtin, bool):
                reader.problem(
                    facts.line_of("builtin"),
                    "facts.builtin",
                    f"must be true or false, not {builtin!r}",
                    "write 'builtin: true' or 'builtin: false'",
                )
            else:
                settings["builtin_facts"] = builtin

    templates = reader.mapping(data, "templates")
    if templates is not None and (folders := reader.folders(templates, "folders", "templates.folders")):
        settings["template_folders"] = folders

    if (stale := reader.mapping(data, "stale_after")) is not None:
        periods = {}
        for kind in stale:
            if kind not in STALE_AFTER_MONTHS:
                continue  # reported as an unknown setting
            what = f"a whole number of months from 1 to {MAX_STALE_AFTER_MONTHS}"
            if (
                number := reader.whole_number(
                    stale, kind, f"stale_after.{kind}", 1, MAX_STALE_AFTER_MONTHS, what, 24
                )
            ) is not None:
                periods[str(kind)] = number
        settings["stale_after"] = periods

    if (docx_section := reader.mapping(data, "docx")) is not None:
        if (notes := reader.text(docx_section, "notes", "docx.notes")) is not None:
            if notes not in ("footnotes", "endnotes", "none"):
                reader.problem(
                    docx_section.line_of("notes"),
                    "docx.notes",
                    f"unknown value {notes!r}",
                    "use footnotes, endnotes or none",
                )
            else:
                settings["docx_notes"] = notes
        if (reference := reader.text(docx_section, "reference", "docx.reference")) is not None:
            reference_path = (path.parent / reference).resolve()
            if not reference_path.is_file():
                reader.problem(
                    docx_section.line_of("reference"),
                    "docx.reference",
                    f"file {reference!r} not found (looked for {display_path(reference_path)})",
                    "'briefer init' writes reference.docx to restyle in Word; or correct the path",
                )
            else:
                settings["docx_reference"] = reference_path
    if (digest := reader.mapping(data, "digest")) is not None:
        settings["digest"] = _read_digest(reader, digest, path)
    if (serve := reader.mapping(data, "serve")) is not None:
        settings["serve"] = _read_serve(reader, serve)

    if not settings.get("builtin_facts", True) and not settings.get("fact_folders"):
        reader.problem(
            data.line_of("facts"),
            "facts.builtin",
            "is false but no fact folders are given: there would be no facts",
            "list your folders under 'facts: folders:' or set 'builtin: true'",
        )
    if reader.problems:
        raise DataError(reader.problems, what="settings")
    return Config(**settings, lines=reader.lines)


def discover(explicit: Path | None, start: Path) -> Config:
    """The settings in force: --config's file, else briefer.yaml upward from ``start``."""
    if explicit is not None:
        if not explicit.is_file():
            raise DataError(
                [
                    Problem(
                        display_path(explicit),
                        None,
                        "settings file not found",
                        "pass --config PATH to an existing briefer.yaml",
                    )
                ],
                what="settings",
            )
        return load_config(explicit)
    found = find_config(start)
    return load_config(found) if found else Config()


def home_region_problems(config: Config, registry: RegionRegistry) -> list[Problem]:
    """Every home region must name a Belarusian region of the registry."""
    problems = []
    for name in config.home_regions:
        try:
            region = registry.resolve(name)
        except UsageError as error:
            problems.append(
                Problem(
                    config.where("home_regions"),
                    None,
                    f"home_regions: {str(error).splitlines()[0]}",
                    "use an id from 'briefer regions'",
                )
            )
            continue
        if region.country_id != "belarus":
            problems.append(
                Problem(
                    config.where("home_regions"),
                    None,
                    f"home_regions: {region.name} is not a Belarusian region",
                    "list the oblasts or Minsk the newsroom covers, e.g. [gomel]",
                )
            )
    return problems


def unknown_setting_names(names: Sequence[str]) -> list[str]:
    """Setting names that do not exist (for tests and documentation checks)."""
    return [name for name in names if name not in SETTINGS]
