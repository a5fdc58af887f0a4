"""Running the weekly digest unattended: files, calendar, lock, state and mail.

A run writes digest-YYYY-Www.md, .docx and .ics under the digest folder through the
same manifest as briefs (an edited digest is never replaced without --force), writes
nothing when the base has not changed since the last run of the week, refuses to run
while another run holds the lock, and mails the digest at most once per week and set
of regions, recording the send only after the server accepted it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import shlex
import shutil
import smtplib
import ssl
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from html import escape
from pathlib import Path

from ..briefs.render import Citations, Placeholders, render_template
from ..errors import BrieferError, OutputError, UsageError
from ..export.markdown import document, split_front_matter
from ..facts import FactBase, display_path
from ..facts.localize import localized_base, markdown_base
from ..output import atomic_write, write_files
from ..places import Region
from ..text.i18n import N_, Language
from ..text.typography import desk_typography
from .build import Digest, Reason, Week, build_digest
from .review import ReviewNews
from .settings import DigestSettings, MailSettings

STATE_NAME = ".briefer-digest.json"
LOCK_NAME = ".briefer-digest.lock"
FORMATS = ("md", "docx", "ics")


class DigestBusy(BrieferError):
    """Another digest run holds the lock."""

    exit_code = 75  # EX_TEMPFAIL: try again later


class SendError(BrieferError):
    """The mail server refused or could not be reached."""


@dataclass
class RunResult:
    week: Week
    regions: list[Region]
    written: list[Path]
    up_to_date: bool
    sent: bool
    digest: Digest

    def log_line(self) -> str:
        files = ", ".join(display_path(p) for p in self.written) or "none (up to date)"
        return (
            f"digest {self.week}: regions {','.join(r.id for r in self.regions)}; "
            f"{len(self.digest.pegs)} pegs, {self.digest.new_count} new facts, "
            f"{len(self.digest.suggestions)} suggestions; files: {files}; "
            f"{'sent' if self.sent else 'not sent'}"
        )


@contextmanager
def digest_lock(folder: Path) -> Iterator[None]:
    """One run at a time: a lock held for the run; a second run fails at once."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = (folder / LOCK_NAME).open("a")
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if _lock_inherited(handle.fileno()):
                yield
                return
            raise DigestBusy(
                f"another digest run is under way in {display_path(folder)}; not starting a second one.\n"
                "    fix: wait for it to finish (cron: run it under 'flock -n')"
            ) from None
        yield
    finally:
        handle.close()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _lock_inherited(own: int) -> bool:
    """Whether the lock is already ours: held on a descriptor this process inherited.

    The printed cron line runs briefer under 'flock -n LOCK', which keeps LOCK open and
    locked for its child; that lock then belongs to this run, not to a rival one."""
    mine = os.fstat(own)
    folder = "/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd"
    try:
        descriptors = [int(name) for name in os.listdir(folder)]
    except OSError:
        return False
    for fd in descriptors:
        if fd == own:
            continue
        try:
            other = os.fstat(fd)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) != (mine.st_dev, mine.st_ino):
            continue
        try:
            # taking a lock this open file already holds succeeds; anyone else's fails
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue
        return True
    return False


def _state(folder: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads((folder / STATE_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        raise OutputError(
            f"{display_path(folder / STATE_NAME)} is not valid digest state.\n"
            "    fix: move it away; the next run starts afresh (and may send this week's digest again)"
        ) from None
    well_formed = isinstance(data, dict) and all(
        isinstance(entry, dict) and all(isinstance(v, str) for v in entry.values()) for entry in data.values()
    )
    if not well_formed:
        raise OutputError(
            f"{display_path(folder / STATE_NAME)} is not valid digest state (it was edited or damaged).\n"
            "    fix: move it away; the next run starts afresh (and may send this week's digest again)"
        )
    return data  # type: ignore[no-any-return]


def _state_key(week: Week, regions: Sequence[Region]) -> str:
    return f"{week}|{','.join(sorted(r.id for r in regions))}"


def _previous_digest(
    state: dict[str, dict[str, str]], week: Week, regions: Sequence[Region]
) -> tuple[dt.date | None, frozenset[str]]:
    """Where this week's "new in the fact base" starts: the day the previous week's digest
    for the same regions was made (or its Sunday, if it was made later), and the facts it
    listed. Read from the state, so the answer does not depend on the order weeks were run
    in or on today's date; None when that digest was never made."""
    previous = Week.containing(week.monday - dt.timedelta(days=7))
    entry = state.get(_state_key(previous, regions), {})
    through = entry.get("through")
    if not through:
        return None, frozenset()
    try:
        listed = json.loads(entry.get("listed", "[]"))
        return dt.date.fromisoformat(through), frozenset(str(i) for i in listed)
    except ValueError:
        return None, frozenset()


def _save_state(folder: Path, state: dict[str, dict[str, str]]) -> None:
    atomic_write(folder / STATE_NAME, (json.dumps(state, indent=2, sort_keys=True) + "\n").encode())


# Why a pair is worth a story, by the kind of fact whose anniversary it is.
_ANNIVERSARIES = {
    "twinning": N_("{years}th anniversary of the twinning"),
    "friendly": N_("{years}th anniversary of friendly relations"),
    "partners": N_("{years}th anniversary of the partnership"),
    "strategic partners": N_("{years}th anniversary of the strategic partnership"),
    "agreement": N_("{years}th anniversary of the agreement"),
    "event": N_("{years}th anniversary of the event"),
}


def _reason_text(words: Language) -> Callable[[Reason], str]:
    def text(reason: Reason) -> str:
        if reason.what == "anniversary":
            message = _ANNIVERSARIES.get(reason.kind)
            said = words.gettext(message).format(years=reason.years) if message else str(reason)
        elif reason.what == "scheduled":
            said = words.gettext("a scheduled event")
        else:
            return words.gettext("new in the fact base")
        return said + " ⚠ " + words.gettext("sources disagree on the date") if reason.disputed else said

    return text


def localized_digest(
    base: FactBase, regions: Sequence[Region], language: str
) -> tuple[FactBase, list[Region]]:
    """The base and regions with their names and summaries in ``language``, to build a
    digest from that reads in it."""
    local = localized_base(base, language)
    return local, [local.regions.get(region.id) for region in regions]


def digest_markdown(
    base: FactBase, digest: Digest, horizon_weeks: int, language: str = "en", review: ReviewNews | None = None
) -> str:
    """The digest as Markdown in ``language``; ``base`` is the fact base as loaded."""
    # the same digest, from facts whose words are escaped for Markdown
    base = localized_base(markdown_base(base), language)
    digest = build_digest(
        base,
        [base.regions.get(r.region.id) for r in digest.regions],
        digest.week,
        horizon_weeks,
        digest.since,
        digest.listed_before,
    )
    words = Language(language)
    citations = Citations(words)
    title = words.gettext("Weekly digest {week}: {regions}").format(
        week=digest.week, regions=", ".join(r.region.name for r in digest.regions)
    )
    body = render_template(
        "_digest",
        {
            "digest": digest,
            "title": title,
            "horizon_weeks": horizon_weeks,
            "cite": citations.cite,
            "citations": citations,
            "placeholder": Placeholders(words).add,
            "brief": _DigestBrief(base),
            "reason": _reason_text(words),
            "review": review,
        },
        language=language,
    )
    body = desk_typography(body, language)  # «7 декабря 2026 г. — …», «58 %», as in briefs
    return document(
        title=title,
        region=",".join(r.region.id for r in digest.regions),
        partner="",
        kind="digest",
        lang=language,
        as_of=digest.week.monday.isoformat(),
        fact_ids=citations.fact_ids,
        keywords=[words.gettext("weekly digest"), str(digest.week)],
        body=body,
    )


class _DigestBrief:
    """What the shared macros ask of a brief, for the digest's facts."""

    def __init__(self, base: FactBase) -> None:
        self._base = base

    def is_disputed(self, fact: object) -> bool:
        fact_id = getattr(fact, "id", "")
        return bool(getattr(fact, "disputed", False) or self._base.rivals.get(fact_id))


def calendar_file(digest: Digest, language: str = "en") -> bytes:
    """The pegs as an iCalendar file; each peg's UID is stable from week to week."""
    import icalendar

    words = Language(language)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//briefer//weekly digest//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"briefer digest {digest.week}")
    stamp = dt.datetime.combine(digest.week.monday, dt.time(0, 0), tzinfo=dt.UTC)
    for peg in digest.pegs:
        if peg.precision == "year":
            continue  # a year-long event helps no calendar; the digest lists it
        event = icalendar.Event()
        event.add("uid", f"{peg.key}@briefer")
        event.add("dtstamp", stamp)
        if peg.precision == "day":
            start, end = peg.day, peg.day + dt.timedelta(days=1)
        else:  # the whole month
            start = peg.day
            end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        event.add("dtstart", start)
        event.add("dtend", end)
        # a peg is a note in the diary, not busy time: a month-long one must not block the month
        event.add("transp", "TRANSPARENT")
        what = (
            words.ngettext("{count} year", "{count} years", peg.years).format(count=peg.years)
            if peg.years
            else words.gettext("Scheduled")
        )
        warning = "⚠ " if peg.rivals else ""
        event.add("summary", f"{warning}{what}: {peg.who.name} – {peg.partner.name}")
        url = next((s.url for s in peg.fact.sources if s.url), None)
        description = f"{peg.fact.summary}\n\n{peg.command}" + (f"\n{url}" if url else "")
        event.add("description", description)
        if url:
            event.add("url", url)
        cal.add_component(event)
    if not cal.subcomponents:
        # RFC 5545 wants at least one component: a week without pegs gets a journal entry
        # saying so, which calendars keep without showing it as an event
        journal = icalendar.Journal()
        journal.add("uid", f"digest-{digest.week}-empty@briefer")
        journal.add("dtstamp", stamp)
        journal.add("dtstart", digest.week.monday)
        journal.add("summary", words.gettext("No pegs this week"))
        cal.add_component(journal)
    return bytes(cal.to_ical())


def run_digest(
    base: FactBase,
    regions: Sequence[Region],
    week: Week,
    settings: DigestSettings,
    formats: Sequence[str] = FORMATS,
    force: bool = False,
    send: bool = False,
    resend: bool = False,
    language: str = "en",
    review: ReviewNews | None = None,
) -> RunResult:
    """Write (and perhaps send) the digest for ``week``; see the module's docstring."""
    from ..export.docx import markdown_to_docx

    folder = settings.out
    key = _state_key(week, regions)
    with digest_lock(folder):
        state = _state(folder)
        entry = state.get(key, {})
        since, listed_before = _previous_digest(state, week, regions)
        local, local_regions = localized_digest(base, regions, language)
        digest = build_digest(local, local_regions, week, settings.horizon_weeks, since, listed_before)
        markdown = digest_markdown(base, digest, settings.horizon_weeks, language, review)
        stem = folder / f"digest-{week}"
        paths = {fmt: stem.with_suffix(f".{fmt}") for fmt in formats}
        # the set is whole only if every file is the one the last complete run recorded:
        # a run killed between its renames leaves a new .md beside an old .docx and .ics
        recorded = json.loads(entry.get("files", "{}"))
        up_to_date = (
            paths.get("md") is not None
            and all(p.exists() for p in paths.values())
            and (paths["md"].read_bytes() == markdown.encode())
            and all(recorded.get(p.name) == _file_digest(p) for p in paths.values())
        )
        written: list[Path] = []
        if not up_to_date:
            files: dict[Path, bytes] = {}
            for fmt, path in paths.items():
                if fmt == "md":
                    files[path] = markdown.encode()
                elif fmt == "docx":
                    files[path] = markdown_to_docx(markdown)
                else:
                    files[path] = calendar_file(digest, language)
            write_files(files, force=force)
            written = list(files)
            entry["files"] = json.dumps(
                {path.name: hashlib.sha256(data).hexdigest() for path, data in files.items()}, sort_keys=True
            )
        # what this digest knew of: the next week's digest starts from here
        entry["through"] = min(dt.date.today(), week.sunday).isoformat()
        entry["listed"] = json.dumps(sorted({f.id for r in digest.regions for f in r.new_facts}))
        state[key] = entry
        _save_state(folder, state)
        sent = False
        if send:
            if entry.get("sent") and not resend:
                sent = False
            else:
                _send(settings.mail, week, markdown, paths, language)
                entry["sent"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                state[key] = entry
                _save_state(folder, state)
                sent = True
    return RunResult(week, list(regions), written, up_to_date, sent, digest)


def _send(
    mail: MailSettings, week: Week, markdown: str, paths: dict[str, Path], language: str = "en"
) -> None:
    """Mail the digest: plain text, an HTML alternative, the DOCX and ICS attached."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    if not (mail.host and mail.sender and mail.recipients):
        raise UsageError("--send needs digest.smtp.host, digest.sender and digest.recipients in briefer.yaml")
    from email.utils import formatdate, make_msgid

    words = Language(language)
    fields, body = split_front_matter(markdown)  # the front matter is for files, not readers
    message = EmailMessage()
    # the digest's own title names the week and the regions, in its language
    message["Subject"] = str(fields.get("title") or words.gettext("Weekly digest {week}").format(week=week))
    message["From"] = mail.sender
    message["To"] = ", ".join(mail.recipients)
    # RFC 5322 wants a Date; a Message-ID lets a mail client thread and deduplicate
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=mail.sender.rpartition("@")[2] or None)
    message.set_content(body.lstrip("\n"))
    fragment = MarkdownIt("commonmark").enable("table").use(footnote_plugin).render(body)
    # a whole page, so that a mail client knows its language and charset
    html = (
        f'<!doctype html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(str(message['Subject']))}</title>\n</head>\n<body>\n{fragment}</body>\n</html>\n"
    )
    message.add_alternative(html, subtype="html")
    docx_path = paths.get("docx")
    if docx_path is not None and docx_path.exists():
        message.add_attachment(
            docx_path.read_bytes(),
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=docx_path.name,
        )
    ics_path = paths.get("ics")
    if ics_path is not None and ics_path.exists():
        # text, with its charset, so that Cyrillic in the calendar decodes as written
        message.add_attachment(
            ics_path.read_text(encoding="utf-8"), subtype="calendar", charset="utf-8", filename=ics_path.name
        )
    password = os.environ.get(mail.password_env) if mail.password_env else None
    if mail.password_env and password is None:
        raise UsageError(f"the mail password is not set: export {mail.password_env}=... before --send")
    try:
        if mail.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                mail.host, mail.port, context=ssl.create_default_context(), timeout=30
            )
        else:
            client = smtplib.SMTP(mail.host, mail.port, timeout=30)
        with client:
            if mail.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if mail.user and password is not None:
                client.login(mail.user, password)
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as error:
        raise SendError(
            f"could not send the digest through {mail.host}:{mail.port}: {error}\n"
            "    the files are written; the next run sends it"
        ) from None


def schedule(kind: str, folder: Path, config: Path | None) -> str:
    """A crontab line (with flock -n) or a systemd service and timer for Monday 07:00."""
    briefer = shutil.which("briefer") or f"{sys.executable} -m briefer"
    workdir = (config.parent if config else Path.cwd()).resolve()
    command = f"{briefer} digest --quiet --send"
    lock = (folder / LOCK_NAME).resolve()
    if kind == "cron":
        return (
            "# briefer weekly digest, Mondays at 07:00 (add with 'crontab -e')\n"
            # flock needs the folder of its lock file; briefer finds the lock held for it
            f"0 7 * * 1 cd {shlex.quote(str(workdir))} && mkdir -p {shlex.quote(str(lock.parent))} "
            f"&& flock -n {shlex.quote(str(lock))} {command}\n"
        )
    if kind == "systemd":
        return (
            "# ~/.config/systemd/user/briefer-digest.service\n"
            "[Unit]\nDescription=briefer weekly digest\n\n"
            "[Service]\nType=oneshot\n"
            f"WorkingDirectory={workdir}\nExecStart={command}\n\n"
            "# ~/.config/systemd/user/briefer-digest.timer\n"
            "[Unit]\nDescription=briefer weekly digest, Mondays at 07:00\n\n"
            "[Timer]\nOnCalendar=Mon 07:00\nPersistent=true\n\n"
            "[Install]\nWantedBy=timers.target\n"
            "# then: systemctl --user enable --now briefer-digest.timer\n"
        )
    raise UsageError(f"--schedule {kind!r}: use cron or systemd")
