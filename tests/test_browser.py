"""The brief page in a real headless Chromium, as a reporter uses it.

Debian's chromium is driven through Playwright with the system browser; the test is
skipped only where no Chromium is installed. A screenshot of the brief page is saved
in test-artifacts/ (or $BRIEFER_TEST_ARTIFACTS) for people to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import docx
import pytest

from briefer.facts import default_fact_root
from briefer.newsroom import Newsroom
from briefer.web.app import LOOPBACK_NAMES, create_app

from .conftest import REPO

CHROMIUM = next((found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None)
# Headless, as root in a container, and with no traffic of the browser's own: the
# machine's network is closed, and the page must need nothing from outside.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium installed (Debian: apt install chromium)"
)


def artifacts() -> Path:
    folder = Path(os.environ.get("BRIEFER_TEST_ARTIFACTS", REPO / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_reporter_types_a_cyrillic_name_previews_and_downloads_the_docx(tmp_path: Path, serve_app) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect, sync_playwright

    newsroom = Newsroom(facts_dir=default_fact_root(), facts_dir_given=True, start=tmp_path)
    url = serve_app(create_app(newsroom, allowed_hosts=LOOPBACK_NAMES))
    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(accept_downloads=True, viewport={"width": 1280, "height": 1000})
            # a script error or a refused resource (a CSP violation) shows on the console
            page.on(
                "console", lambda message: problems.append(message.text) if message.type == "error" else None
            )
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.goto(f"{url}/brief")

            page.locator("#region").press_sequentially("Гомел", delay=40)
            suggestion = page.locator("#region-suggestions button", has_text="Гомельская область")
            expect(suggestion).to_be_visible()
            suggestion.click()
            expect(page.locator("#region")).to_have_value("Гомельская область")
            expect(page.locator("#region-suggestions")).to_be_hidden()

            page.locator("#partner").press_sequentially("Сычу", delay=40)
            page.locator("#partner-suggestions button").first.click()
            expect(page.locator("#partner")).to_have_value("Сычуань")
            page.select_option("#kind", "news")
            page.fill("#as_of", "2024-06-01")
            page.click("button[type=submit]")

            preview = page.locator("article.preview")
            expect(preview.locator("h1")).to_have_text(
                "Gomel Oblast and Sichuan Province: news story skeleton"
            )
            expect(preview).to_contain_text("As of 1 June 2024.")
            expect(preview.locator("mark.placeholder").first).to_be_visible()
            expect(preview.locator("section.footnotes li").first).to_be_visible()
            # the address is the permalink of what was asked
            assert "kind=news" in page.url and "as_of=2024-06-01" in page.url
            page.screenshot(path=str(artifacts() / "brief-page.png"), full_page=True)

            with page.expect_download() as download_info:
                page.click("#download-docx")
            download = download_info.value
            assert download.suggested_filename == "gomel-sichuan-news.docx"
            saved = tmp_path / download.suggested_filename
            download.save_as(saved)
        finally:
            browser.close()
    document = docx.Document(str(saved))
    assert document.paragraphs[0].text == "Gomel Oblast and Sichuan Province: news story skeleton"
    assert any("1 June 2024" in p.text for p in document.paragraphs)
    assert problems == []
    assert (artifacts() / "brief-page.png").stat().st_size > 10_000


@pytest.mark.parametrize(
    "path", ["/brief?region=gomel&partner=sichuan", "/facts?q=trade", "/editors", "/diary"]
)
def test_pages_fit_a_phone_screen(tmp_path: Path, serve_app, path: str) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    newsroom = Newsroom(facts_dir=default_fact_root(), facts_dir_given=True, start=tmp_path)
    url = serve_app(create_app(newsroom, allowed_hosts=LOOPBACK_NAMES))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844}, locale="ru-RU")
            page.goto(url + path)
            # wide tables scroll inside the page; nothing pushes the page itself sideways
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
        finally:
            browser.close()
