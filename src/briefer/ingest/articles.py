"""Articles in: a saved web page, plain text or Markdown, a DOCX press release, a PDF,
an RSS or Atom feed (each item an article), a folder of these, or an http(s) address.

Each becomes an Article: its main text (a page's menus, tickers, banners and footer
left out), and what the article says of itself: title, site, date of publication,
address and language. An article is hostile input: every file and download is bounded
in size, nothing in it is executed, and whatever cannot be read is one clear message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError, Problem, UsageError
from ..facts import display_path
from ..text.caseless import caseless
from .language import detect_language

MAX_BYTES = 5_000_000  # a long agency story is 20 KB; a PDF brochure a few MB
FETCH_SECONDS = 15
SUFFIXES = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".md": "text", ".markdown": "text",
    ".docx": "docx", ".pdf": "pdf",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}  # fmt: skip
_HEADER_LINES = 8  # where a text's title, address and date are looked for
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_ISO_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
_DOTTED_DATE = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d)")
_WORD_DATE = caseless(
    r"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>[а-яёіўA-Za-z]+)\s+(?P<year>(?:19|20)\d\d)", re.IGNORECASE
)


@dataclass(frozen=True)
class Article:
    """One article's text and what it says of itself."""

    text: str
    title: str | None
    site: str | None
    date: dt.date | None
    url: str | None
    language: str
    origin: str  # the file or address it was read from (a feed item: the feed, then #n)
    form: str  # html, text, docx, pdf or feed item

    @property
    def key(self) -> str:
        """What makes two readings the same article: its address, else its words."""
        basis = self.url or " ".join(self.text.split())
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


class ArticleError(DataError):
    """An article that cannot be read, with where and why."""

    def __init__(self, origin: str, message: str, hint: str) -> None:
        super().__init__([Problem(origin, None, message, hint)], what="articles")


def read_articles(
    sources: list[str], opener: urllib.request.OpenerDirector | None = None
) -> Iterator[Article]:
    """Every article in ``sources`` (files, folders, addresses), in order."""
    for source in sources:
        if re.match(r"^[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
            yield from _from_address(source, opener)
            continue
        path = Path(source)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            if not found:
                raise UsageError(
                    f"{display_path(path)}: no article in this folder "
                    f"(briefer reads {', '.join(sorted(SUFFIXES))})"
                )
            for item in found:
                yield from _from_file(item)
        elif path.exists():
            yield from _from_file(path)
        else:
            raise UsageError(
                f"{source}: no such file, folder or address; give a saved page, a file or an http(s) address"
            )


def _from_file(path: Path) -> Iterator[Article]:
    shown = display_path(path)
    form = SUFFIXES.get(path.suffix.lower())
    if form is None:
        raise UsageError(
            f"{shown}: briefer does not read {path.suffix or 'files without a suffix'}; "
            f"save the article as one of {', '.join(sorted(SUFFIXES))}"
        )
    if not path.is_file():
        raise ArticleError(shown, "not a regular file", "give a saved article, not a device or a pipe")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(
            shown,
            f"{size:,} bytes; an article is read only up to {MAX_BYTES:,}",
            "save the article alone, not a whole site or archive",
        )
    data = path.read_bytes()[: MAX_BYTES + 1]
    yield from _from_bytes(data, form, shown, url=None)


def _from_bytes(data: bytes, form: str, origin: str, url: str | None) -> Iterator[Article]:
    if form == "html":
        yield _html(data, origin, url)
    elif form == "text":
        yield _text(_decode(data, origin), origin, url, "text")
    elif form == "docx":
        yield _docx(data, origin)
    elif form == "pdf":
        yield _pdf(data, origin, url)
    else:
        yield from _feed(data, origin)


def _decode(data: bytes, origin: str) -> str:
    if b"\x00" in data[:4096]:
        raise ArticleError(
            origin, "this is a binary file, not text", "save the article as text, HTML, DOCX or PDF"
        )
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ArticleError(origin, "the text is neither UTF-8 nor Windows-1251", "save it as UTF-8")


def _article(text: str, title: str | None, site: str | None, date: dt.date | None, url: str | None,
             origin: str, form: str) -> Article:  # fmt: skip
    body = _clean(text)
    if title and body.startswith(title) and body[len(title) : len(title) + 1] == "\n":
        # the title repeated as the body's heading stays, a paragraph of its own: it may be the one
        # line that tells the news; a lead sentence that repeats it stays as it is
        body = f"{title}\n\n{body[len(title) :].lstrip()}"
    if len(body.split()) < 5:
        raise ArticleError(
            origin, "no article text found", "save the page with the article itself, not a list or a menu"
        )
    return Article(body, title, site, date, url, detect_language(body), origin, form)


def _clean(text: str) -> str:
    """Lines with spaces folded and control characters dropped; a blank line, which ends a
    paragraph (the one sure end of a headline or a lead written without its full stop),
    kept as one."""
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u202a-\u202e\u2066-\u2069]", "", text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _paragraphs(text: str) -> str:
    """Text whose every line is a paragraph (a page's text, a document's paragraphs), with
    a blank line between them."""
    return "\n\n".join(line for line in text.splitlines() if line.strip())


def _html(data: bytes, origin: str, url: str | None) -> Article:
    import trafilatura

    html = _decode_html(data, origin)
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )  # fmt: skip
    if document is None:
        raise ArticleError(origin, "no article text found in the page", "save the page of the article itself")
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    return _article(
        _paragraphs(found.get("text") or ""),
        found.get("title"),
        found.get("sitename") or found.get("hostname"),
        _iso_day(found.get("date")),
        found.get("url") or url,
        origin,
        "html",
    )


def _decode_html(data: bytes, origin: str) -> str:
    if b"\x00" in data[:4096]:
        raise ArticleError(origin, "this is a binary file, not a web page", "save the page as HTML")
    declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    encodings = [declared.group(1).decode("ascii", "replace")] if declared else []
    for encoding in [*encodings, "utf-8", "cp1251"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace")


def _text(text: str, origin: str, url: str | None, form: str, date: dt.date | None = None) -> Article:
    """A title on the first line, an address and a date among the first lines."""
    body = [line.strip() for line in text.splitlines()]
    lines = [line for line in body if line]
    if not lines:
        raise ArticleError(origin, "the file is empty", "save the article's text in it")
    title = lines[0].lstrip("#").strip()
    header = lines[:_HEADER_LINES]
    found_url = url
    body = body[body.index(lines[0]) + 1 :]  # blank lines kept: they end paragraphs
    for line in header[1:]:
        address = _URL.fullmatch(line) or (_URL.search(line) if len(line) < 200 and not found_url else None)
        if address and not found_url:
            found_url = address.group()
            if line == address.group():
                body.remove(line)
        if date is None:
            date = _header_date(line)
            if date is not None and len(line) <= 40:
                body.remove(line)
    # the publisher, where the text names none: the site its address is on, as a page's hostname is
    return _article("\n".join(body), title, _site_of(found_url), date, found_url, origin, form)


def _site_of(url: str | None) -> str | None:
    """The host an address is on, as a reader writes it: «адмдзержинск.рф», "belta.by"."""
    host = urllib.parse.urlsplit(url).hostname if url else None
    if not host:
        return None
    with contextlib.suppress(UnicodeError, ValueError):  # an address not in IDNA stays as written
        host = host.encode("ascii").decode("idna")
    return host.removeprefix("www.").rstrip(".")


def _header_date(line: str) -> dt.date | None:
    from .periods import month_number

    for pattern in (_ISO_DATE, _DOTTED_DATE, _WORD_DATE):
        match = pattern.search(line)
        if not match:
            continue
        try:
            month = int(match["month"]) if match["month"].isdigit() else month_number(match["month"])
            return dt.date(int(match["year"]), month, int(match["day"]))
        except ValueError:
            continue
    return None


def _iso_day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _docx(data: bytes, origin: str) -> Article:
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ArticleError(
            origin, f"not a DOCX document ({error})", "save the press release as .docx from Word"
        ) from None
    text = _paragraphs("\n".join(paragraph.text for paragraph in document.paragraphs))
    return _text(text, origin, None, "docx")


def _pdf(data: bytes, origin: str, url: str | None) -> Article:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages[:50]]
    except Exception as error:  # pypdf raises many kinds of error for a damaged file
        raise ArticleError(
            origin,
            f"not a readable PDF ({type(error).__name__})",
            "save the article as PDF again, or as text",
        ) from None
    return _text("\n".join(pages), origin, url, "pdf")


def _feed(data: bytes, origin: str) -> Iterator[Article]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise ArticleError(
            origin,
            f"not an RSS or Atom feed with items{reason}",
            "save the feed's XML, or the articles themselves",
        )
    site = parsed.feed.get("title")
    read = 0
    for number, entry in enumerate(parsed.entries, start=1):
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        text = _paragraphs(_strip_tags(body))
        if len(text.split()) < 5:
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        date = dt.date(*published[:3]) if published else None
        read += 1
        yield _article(
            text, entry.get("title"), site, date, entry.get("link"), f"{origin}#{number}", "feed item"
        )
    if not read:
        raise ArticleError(
            origin, "the feed's items carry no text to read", "save the articles the items link to"
        )


def _strip_tags(html: str) -> str:
    import html as html_module

    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</p>", "\n", text)
    return html_module.unescape(re.sub(r"<[^>]+>", " ", text))


def _from_address(address: str, opener: urllib.request.OpenerDirector | None) -> Iterator[Article]:
    parts = urllib.parse.urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"{address}: only http and https addresses are read")
    request = urllib.request.Request(address, headers={"User-Agent": "briefer (newsroom fact proposals)"})
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=FETCH_SECONDS) as response:
            data = response.read(MAX_BYTES + 1)
            kind = response.headers.get_content_type()
            final = response.geturl()
    except urllib.error.HTTPError as error:
        raise ArticleError(
            address, f"the server answered {error.code} {error.reason}", "check the address in a browser"
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ArticleError(
            address,
            f"cannot be fetched: {reason}",
            "check the address and the network, or save the page and give the file",
        ) from None
    if len(data) > MAX_BYTES:
        raise ArticleError(
            address, f"larger than {MAX_BYTES:,} bytes", "save the article alone and give the file"
        )
    if kind in ("text/html", "application/xhtml+xml"):
        form = "html"
    elif "pdf" in kind:
        form = "pdf"
    elif "rss" in kind or "atom" in kind or kind.endswith("xml"):
        form = "feed"
    elif kind.startswith("text/"):
        form = "text"
    else:
        raise ArticleError(
            address, f"the server sent {kind}, not an article", "give the address of the article's page"
        )
    yield from _from_bytes(data, form, address, url=final)


def read_pasted(text: str, origin: str = "pasted text") -> Article:
    """An article pasted into a form: a title on the first line, an address and a date
    among the lines below it, as in a text file."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ArticleError(origin, f"longer than {MAX_BYTES:,} bytes", "paste the article alone")
    return _text(text, origin, None, "text")


def read_upload(data: bytes, filename: str) -> list[Article]:
    """The articles of an uploaded file, read by its suffix."""
    suffix = Path(filename).suffix.lower()
    form = SUFFIXES.get(suffix)
    if form is None:
        raise UsageError(
            f"{filename}: briefer does not read {suffix or 'files without a suffix'}; "
            f"upload one of {', '.join(sorted(SUFFIXES))}"
        )
    if len(data) > MAX_BYTES:
        raise ArticleError(filename, f"{len(data):,} bytes; an article is read only up to {MAX_BYTES:,}",
                           "upload the article alone")  # fmt: skip
    return list(_from_bytes(data, form, filename, url=None))
