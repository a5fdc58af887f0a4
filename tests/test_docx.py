"""The DOCX made from a brief's Markdown, read back with python-docx."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefer.export.docx import markdown_to_docx

from .conftest import DATA, run


@pytest.fixture(scope="module")
def brief_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("briefs")
    result = run(
        CliRunner(),
        "--facts",
        str(DATA / "base"),
        "brief",
        "mogilev",
        "henan",
        "--as-of",
        "2022-06-01",
        "--format",
        "docx",
        "--out",
        str(out),
    )
    assert result.exit_code == 0
    return out / "mogilev-henan-factsheet.docx"


def _headings(document) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_headings_use_word_heading_styles(brief_docx: Path) -> None:
    document = docx.Document(str(brief_docx))
    assert _headings(document) == [
        ("Heading 1", "Mogilev Oblast and Henan Province: fact sheet"),
        ("Heading 2", "At a glance"),
        ("Heading 2", "Key figures"),
        ("Heading 2", "Timeline"),
        ("Heading 2", "Coming up"),
        ("Heading 2", "Projects and companies"),
        ("Heading 2", "Quotes"),
        ("Heading 2", "Mogilev Oblast and China"),
        ("Heading 2", "National context: Belarus and China"),
        ("Heading 2", "Warnings"),
        ("Heading 2", "Sources"),
    ]


def test_key_figures_are_a_word_table_with_a_header_row(brief_docx: Path) -> None:
    document = docx.Document(str(brief_docx))
    # The region's figures with China and the national ones, each in its own section.
    assert len(document.tables) == 2
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Metric", "Value", "Period", "Whose figure", "Source"]
    assert rows[1] == ["Trade turnover", "nearly USD 95 million", "2020", "Mogilev Oblast – China", "5"]
    national = [[cell.text for cell in row.cells] for row in document.tables[1].rows]
    assert national[1][3] == "Belarus – China (national)"
    assert all(run.bold for run in table.rows[0].cells[0].paragraphs[0].runs)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_lists_bold_and_footnote_markers(brief_docx: Path) -> None:
    document = docx.Document(str(brief_docx))
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    first = bullets[0]
    assert first.text.startswith("Friendly relations since 2004 (Mogilev Oblast–Henan Province")
    assert first.runs[0].bold and first.runs[0].text == "Friendly relations since 2004"
    superscripts = [r.text for r in first.runs if r.font.superscript]
    assert superscripts == ["1"]
    assert any(p.style.name == "List Bullet 2" for p in document.paragraphs)


def test_sources_are_a_numbered_list_with_live_links(brief_docx: Path) -> None:
    document = docx.Document(str(brief_docx))
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Sources")
    sources = paragraphs[start + 1 :]
    assert len(sources) == 7
    assert all(p.style.name == "List Number" for p in sources)
    assert sources[0].text.startswith("Zalessky, B. Real multi-vectorism.")
    assert sources[0].runs[1].italic
    links = sources[1]._p.findall(qn("w:hyperlink"))
    assert len(links) == 1
    target = document.part.rels[links[0].get(qn("r:id"))].target_ref
    assert target == "https://china.mfa.gov.by/ru/bilateral/regional/info/"


def test_title_and_keywords_in_core_properties(brief_docx: Path) -> None:
    properties = docx.Document(str(brief_docx)).core_properties
    assert properties.title == "Mogilev Oblast and Henan Province: fact sheet"
    assert properties.keywords == "Mogilev Oblast, Henan Province, fact sheet, Belarus, China"


def test_blockquote_and_italic(brief_docx: Path) -> None:
    document = docx.Document(str(brief_docx))
    quotes = [p for p in document.paragraphs if p.style.name == "Quote"]
    assert [q.text for q in quotes] == [
        "“Logistics is the next thing we must fix.” — A. Official, governor of Mogilev Oblast4"
    ]


def test_numbered_lists_restart_at_one(tmp_path: Path) -> None:
    path = tmp_path / "restart.docx"
    path.write_bytes(markdown_to_docx("1. one\n2. two\n\ntext\n\n1. again\n"))
    document = docx.Document(str(path))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered if p._p.pPr.numPr is not None]
    assert len(numbered) == 3
    assert num_ids[0] != num_ids[-1], "the second list must not continue the first"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_and_converts_the_docx(brief_docx: Path, tmp_path: Path) -> None:
    def convert(target: str, out: Path) -> None:
        completed = subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                str(brief_docx),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert completed.returncode == 0, completed.stderr

    convert("pdf", tmp_path)
    pdf = tmp_path / "mogilev-henan-factsheet.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 5000

    # LibreOffice's own re-save still has the headings and the table.
    convert("docx:MS Word 2007 XML", tmp_path / "resaved")
    resaved = docx.Document(str(tmp_path / "resaved" / "mogilev-henan-factsheet.docx"))
    assert _headings(resaved)[:3] == [
        ("Heading 1", "Mogilev Oblast and Henan Province: fact sheet"),
        ("Heading 2", "At a glance"),
        ("Heading 2", "Key figures"),
    ]
    assert [cell.text for cell in resaved.tables[0].rows[0].cells] == [
        "Metric",
        "Value",
        "Period",
        "Whose figure",
        "Source",
    ]


def test_adjacent_footnote_markers_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "markers.docx"
    path.write_bytes(markdown_to_docx("Twinned since 2019.[^2][^4]\n\n[^2]: A.\n[^4]: B.\n"))
    paragraph = docx.Document(str(path)).paragraphs[0]
    assert [r.text for r in paragraph.runs if r.font.superscript] == ["2", ",4"]
