"""The DOCX made from a brief's Markdown, read back with python-docx."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm

from briefer.export.docx import default_reference_docx, markdown_to_docx

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
    # the title once, as the Title, not again as a Heading 1
    titles = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert titles == ["Mogilev Oblast and Henan Province: fact sheet"]
    assert _headings(document) == [
        ("Heading 2", "New in the last three years"),
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
    assert rows[1][:4] == ["Trade turnover", "nearly USD 95 million", "2020", "Mogilev Oblast – China"]
    # the source column holds the figure's footnote
    assert table.rows[1].cells[4]._tc.findall(".//" + qn("w:footnoteReference"))
    national = [[cell.text for cell in row.cells] for row in document.tables[1].rows]
    assert national[1][3] == "Belarus – China (national)"
    assert all(run.bold for run in table.rows[0].cells[0].paragraphs[0].runs)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_lists_bold_and_footnote_markers(brief_docx: Path) -> None:
    document = docx.Document(str(brief_docx))
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    latest, first = bullets[0], bullets[1]
    assert latest.text.startswith("June 2021: Mogilev Oblast and Henan Province signed a roadmap")
    assert first.text.startswith("Friendly relations since 2004 (Mogilev Oblast–Henan Province")
    assert first.runs[0].bold and first.runs[0].text == "Friendly relations since 2004"
    references = first._p.findall(".//" + qn("w:footnoteReference"))
    assert [r.get(qn("w:id")) for r in references] == ["2"]
    assert any(p.style.name == "List Bullet 2" for p in document.paragraphs)


def test_sources_are_a_numbered_list_with_live_links(brief_docx: Path) -> None:
    document = docx.Document(str(brief_docx))
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Sources")
    sources = paragraphs[start + 1 :]
    assert len(sources) == 7
    assert all(p.style.name == "List Number" for p in sources)
    assert sources[1].text.startswith("Zalessky, B. Real multi-vectorism.")
    assert sources[1].runs[1].italic
    links = sources[2]._p.findall(qn("w:hyperlink"))
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
        "“Logistics is the next thing we must fix.” — A. Official, governor of Mogilev Oblast"
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
        ("Heading 2", "New in the last three years"),
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
    path.write_bytes(markdown_to_docx("Twinned since 2019.[^2][^4]\n\n[^2]: A.\n[^4]: B.\n", notes="none"))
    paragraph = docx.Document(str(path)).paragraphs[0]
    assert [r.text for r in paragraph.runs if r.font.superscript] == ["2", ",", "4"]
    # as footnotes: two notes with a superscript comma between them
    path.write_bytes(markdown_to_docx("Twinned since 2019.[^2][^4]\n\n[^2]: A.\n[^4]: B.\n"))
    paragraph = docx.Document(str(path)).paragraphs[0]
    assert [r.text for r in paragraph.runs if r.font.superscript] == [","]
    assert len(paragraph._p.findall(".//" + qn("w:footnoteReference"))) == 2


# --- notes, lists, page, house style, properties, real readers ------------------------------


def _parts(path: Path) -> dict[str, str]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith(".xml")
        }


def test_every_citation_is_a_footnote_full_first_then_short(brief_docx: Path) -> None:
    import re

    parts = _parts(brief_docx)
    markers = len(re.findall(r"<w:footnoteReference ", parts["word/document.xml"]))
    notes = re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', parts["word/footnotes.xml"], re.DOTALL)
    assert markers == len(notes) > 10
    texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body)).strip() for _, body in notes]
    first = [t for t in texts if t.endswith(("[2]", "[2]."))]
    assert (
        first[0] == "Zalessky, B. Real multi-vectorism. Belarus in the system of foreign relations. "
        "LAP LAMBERT Academic Publishing, 2015, p. 26. [2]"
    )
    assert first[1] == "Zalessky, B., Real multi-vectorism. Belarus in the system…, 2015 [2]."
    # a link inside a note is live, related from the notes part
    assert 'w:hyperlink r:id="' in parts["word/footnotes.xml"]
    assert "china.mfa.gov.by" in _parts_rels(brief_docx)


def _parts_rels(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("word/_rels/footnotes.xml.rels").decode()


def test_endnotes_or_the_list_alone(tmp_path: Path) -> None:
    markdown = "Text.[^1] More.[^1]\n\n[^1]: *A title*. BelTA, 2021.\n"
    (tmp_path / "e.docx").write_bytes(markdown_to_docx(markdown, notes="endnotes"))
    parts = _parts(tmp_path / "e.docx")
    assert parts["word/document.xml"].count("<w:endnoteReference ") == 2 and "word/endnotes.xml" in parts
    (tmp_path / "n.docx").write_bytes(markdown_to_docx(markdown, notes="none"))
    assert "word/footnotes.xml" not in _parts(tmp_path / "n.docx")


def test_lists_carry_one_numbering_instance_on_every_item_and_nest_as_levels(tmp_path: Path) -> None:
    path = tmp_path / "lists.docx"
    path.write_bytes(markdown_to_docx("1. one\n2. two\n   - inner\n3. three\n\n- [ ] to do\n- [x] done\n"))
    document = docx.Document(str(path))
    numbered = [p for p in document.paragraphs if p.style.name.startswith("List Number")]
    assert {p._p.pPr.numPr.numId.val for p in numbered} == {numbered[0]._p.pPr.numPr.numId.val}
    assert [p._p.pPr.numPr.ilvl.val for p in numbered] == [0, 0, 0]
    inner = next(p for p in document.paragraphs if p.text == "inner")
    assert inner._p.pPr.numPr.ilvl.val == 1
    boxes = [p.text for p in document.paragraphs if p.text.startswith(("☐", "☒"))]
    assert boxes == ["☐ to do", "☒ done"]
    numbering = document.part.numbering_part.element.xml
    assert 'w:hanging="432"' in numbering and 'w:suff w:val="tab"' in numbering


def test_a4_language_and_properties_by_default(brief_docx: Path) -> None:
    document = docx.Document(str(brief_docx))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    properties = document.core_properties
    assert properties.subject == "Mogilev Oblast and Henan Province"
    assert properties.author == "briefer" and properties.language == "en-GB"
    assert properties.created.year >= 2026
    parts = _parts(brief_docx)
    assert "<Application>briefer 0.1.0</Application>" in parts["docProps/app.xml"]
    assert 'name="region"><vt:lpwstr>mogilev</vt:lpwstr>' in parts["docProps/custom.xml"]
    assert (
        'name="facts"><vt:lpwstr>mogilev-henan-roadmap-2021, mogilev-henan-friendly-2004'
        in parts["docProps/custom.xml"]
    )
    assert 'w:eastAsia="Noto Sans CJK SC"' in parts["word/styles.xml"]
    assert not any(name.startswith("docProps/thumbnail") for name in _parts(brief_docx))


def test_source_date_epoch_makes_the_dates_the_as_of_date(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    path = tmp_path / "r.docx"
    path.write_bytes(markdown_to_docx("---\ntitle: T\nas_of: '2024-06-01'\n---\n\n# T\n"))
    assert docx.Document(str(path)).core_properties.created.date().isoformat() == "2024-06-01"


def test_a_reference_docx_gives_the_house_style(tmp_path: Path) -> None:
    from docx.shared import Pt, RGBColor

    reference = docx.Document()
    heading = reference.styles["Heading 2"]
    heading.font.name = "Georgia"
    heading.font.color.rgb = RGBColor(0xAA, 0x11, 0x22)
    reference.sections[0].footer.paragraphs[0].text = "Gomel Pravda — page"
    reference.sections[0].page_width = Pt(612)
    reference.add_paragraph("text that must not appear in briefs")
    reference.save(str(tmp_path / "house.docx"))
    path = tmp_path / "b.docx"
    path.write_bytes(
        markdown_to_docx(
            "# T\n\n## Section\n\nBody.[^1]\n\n[^1]: *A*. B, 2021.\n", reference=tmp_path / "house.docx"
        )
    )
    document = docx.Document(str(path))
    assert document.styles["Heading 2"].font.name == "Georgia"
    assert document.styles["Heading 2"].font.color.rgb == RGBColor(0xAA, 0x11, 0x22)
    assert document.sections[0].footer.paragraphs[0].text == "Gomel Pravda — page"
    assert "text that must not appear" not in "\n".join(p.text for p in document.paragraphs)


def test_placeholders_and_links_take_character_styles_a_house_style_can_change(tmp_path: Path) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import RGBColor

    markdown = "Say [[REPORTER: who]] and see [the list](https://example.org/x).\n"
    document = docx.Document(io.BytesIO(markdown_to_docx(markdown)))
    placeholder = next(r for r in document.paragraphs[0].runs if r.text.startswith("[[REPORTER"))
    assert placeholder.style.name == "Reporter Placeholder"
    assert placeholder.style.font.highlight_color == WD_COLOR_INDEX.YELLOW
    assert 'w:rStyle w:val="Hyperlink"' in document.paragraphs[0]._p.xml

    house = docx.Document(io.BytesIO(default_reference_docx()))
    house.styles["Reporter Placeholder"].font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    assert house.styles["Hyperlink"].type == WD_STYLE_TYPE.CHARACTER
    house.styles["Hyperlink"].font.color.rgb = RGBColor(0x80, 0, 0)
    house.save(str(tmp_path / "house.docx"))
    document = docx.Document(io.BytesIO(markdown_to_docx(markdown, reference=tmp_path / "house.docx")))
    assert document.styles["Reporter Placeholder"].font.highlight_color == WD_COLOR_INDEX.BRIGHT_GREEN
    assert document.styles["Hyperlink"].font.color.rgb == RGBColor(0x80, 0, 0)


def test_the_reference_option_and_setting(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from briefer.export.docx import default_reference_docx

    (tmp_path / "house.docx").write_bytes(default_reference_docx())
    result = run(
        runner, "--facts", str(DATA / "base"), "brief", "gomel", "sichuan", "--format", "docx",
        "--out", str(tmp_path / "o"), "--reference-doc", str(tmp_path / "house.docx"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandocs_reference_docx_works_as_a_house_style(tmp_path: Path) -> None:
    import zipfile

    house = tmp_path / "pandoc-reference.docx"
    subprocess.run(
        ["pandoc", "-o", str(house), "--print-default-data-file", "reference.docx"], check=True, cwd=tmp_path
    )
    markdown = (
        "# T\n\n## Section\n\n- a\n    - b\n\n> quoted\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n"
        "Body.[^1]\n\n[^1]: *A*. B, 2021.\n"
    )
    path = tmp_path / "b.docx"
    path.write_bytes(markdown_to_docx(markdown, reference=house))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    # its own notes and custom properties are replaced, not written twice
    assert len(names) == len(set(names))
    document = docx.Document(str(path))
    styles = [p.style.name for p in document.paragraphs if p.text]
    # it names its headings "Heading 2" where Word says "heading 2"; what it lacks is added
    assert styles[:4] == ["Title", "Heading 2", "List Bullet", "List Bullet 2"]
    assert "Quote" in styles
    text = subprocess.run(["pandoc", str(path), "-t", "plain"], capture_output=True, text=True, check=True)
    assert "[1]" in text.stdout and "A. B, 2021." in text.stdout


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_reads_back_footnotes_numbered_lists_and_levels(brief_docx: Path, tmp_path: Path) -> None:
    import re

    completed = subprocess.run(
        ["pandoc", str(brief_docx), "-t", "markdown"], capture_output=True, text=True, check=True
    )
    text = completed.stdout
    assert len(re.findall(r"^\[\^\d+\]:", text, re.MULTILINE)) >= 10
    numbers = [int(n) for n in re.findall(r"^(\d+)\.\s", text.split("Sources")[-1], re.MULTILINE)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 7
    nested = markdown_to_docx("- outer\n    - inner\n")
    (tmp_path / "n.docx").write_bytes(nested)
    back = subprocess.run(
        ["pandoc", str(tmp_path / "n.docx"), "-t", "markdown"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"^-\s+outer\n\n?\s+-\s+inner", back, re.MULTILINE), back


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler is not installed",
)
def test_the_printed_page_has_no_markdown_left(tmp_path: Path) -> None:
    from click.testing import CliRunner

    out = tmp_path / "b"
    assert run(CliRunner(), "--facts", str(DATA / "base"), "brief", "mogilev", "henan", "--kind", "news",
               "--format", "docx", "--out", str(out)).exit_code == 0  # fmt: skip
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out / "mogilev-henan-news.docx")],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "mogilev-henan-news.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Headline options" in text
    for leftover in ("[ ]", "[^", "**"):
        assert leftover not in text, leftover


def test_control_characters_never_reach_word() -> None:
    document = docx.Document(io.BytesIO(markdown_to_docx("# T\n\nBell\x07 and \x00null.\n")))
    assert [p.text for p in document.paragraphs] == ["T", "Bell and null."]


def _settings(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("word/settings.xml").decode("utf-8")


def test_every_brief_has_its_own_document_id_and_nothing_of_the_template(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    one = _settings(markdown_to_docx("---\ntitle: One\nlang: ru\n---\n\n# One\n"))
    other = _settings(markdown_to_docx("---\ntitle: Other\n---\n\n# Other\n"))
    ids = [re.findall(r'<w14:docId w14:val="([0-9A-F]{8})"/>', text) for text in (one, other)]
    assert len(ids[0]) == len(ids[1]) == 1 and ids[0] != ids[1]
    for text in (one, other):
        assert (
            'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in text
        )
        assert "proofState" not in text and "w:rsid" not in text and "ja-JP" not in text
    assert '<w:themeFontLang w:val="ru-RU" w:eastAsia="zh-CN"/>' in one
    # Word and LibreOffice open it: python-docx reads the settings back
    docx.Document(io.BytesIO(markdown_to_docx("# One\n")))


def test_source_date_epoch_gives_the_same_bytes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    markdown = "---\ntitle: T\nas_of: '2024-06-01'\n---\n\n# T\n\nBody.[^1]\n\n[^1]: *A*. B, 2021.\n"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = markdown_to_docx(markdown)
    assert markdown_to_docx(markdown) == first
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {entry.date_time for entry in package.infolist()} == {(2024, 6, 1, 0, 0, 0)}
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert markdown_to_docx(markdown) != first


def test_a_brief_and_its_docx_load_no_python_docx() -> None:
    """The package is read and written by briefer's own layer: python-docx's object layer
    cost a cold brief more to import and open than writing the brief took."""
    probe = (
        "import sys\n"
        "from briefer import default_fact_root, load_fact_base, make_brief\n"
        "from briefer.briefs.make import DocxOptions\n"
        "brief = make_brief(load_fact_base(default_fact_root()), 'gomel', 'sichuan')\n"
        "assert DocxOptions().render(brief.markdown)[:2] == b'PK'\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'docx'))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_default_house_style_keeps_words_defaults_but_not_word_2010s_table_styles(
    brief_docx: Path,
) -> None:
    document = docx.Document(str(brief_docx))
    tables = [style.name for style in document.styles if style.type == WD_STYLE_TYPE.TABLE]
    assert "Table Grid" in tables and len(tables) <= 2  # Table Grid and Word's default "Normal Table"
    assert {"Normal", "Title", "Heading 1", "Quote", "List Bullet"} <= {
        style.name for style in document.styles
    }
    with zipfile.ZipFile(brief_docx) as package:
        names = package.namelist()
        types = package.read("[Content_Types].xml").decode()
    assert "word/stylesWithEffects.xml" not in names and "docProps/thumbnail.jpeg" not in names
    for part in ("word/document.xml", "word/styles.xml", "word/footnotes.xml", "docProps/core.xml"):
        assert part in names and f'PartName="/{part}"' in types


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not a zip at all", "is not a Word document"),
        (b"", "is not a Word document"),
        ("zip-without-types", "is not a Word document"),
        ("broken-xml", "is a Word package briefer cannot read"),
        ("too-big", "is too large for a house style"),
    ],
)
def test_a_house_style_that_is_no_word_document_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | str, reason: str
) -> None:
    from briefer.errors import UsageError
    from briefer.export import opc

    house = tmp_path / "house.docx"
    if isinstance(content, bytes):
        house.write_bytes(content)
    else:
        good = default_reference_docx()
        with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(house, "w") as target:
            for item in source.infolist():
                data = source.read(item)
                if content == "zip-without-types" and item.filename == "[Content_Types].xml":
                    continue
                if content == "broken-xml" and item.filename == "word/document.xml":
                    data = data[: len(data) // 2]
                target.writestr(item, data)
        if content == "too-big":
            monkeypatch.setattr(opc, "MAX_PACKAGE_BYTES", 1000)
    with pytest.raises(UsageError) as raised:
        markdown_to_docx("# T\n\nBody.\n", reference=house)
    assert f"the house-style document {house} {reason}" in str(raised.value)
    assert "fix: save the house style from Word or LibreOffice as .docx" in str(raised.value)


def test_a_house_style_without_numbering_or_notes_gets_them(tmp_path: Path) -> None:
    """A minimal package (document, styles, nothing else) still takes lists and footnotes."""
    house = tmp_path / "minimal.docx"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(house, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        package.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body/></w:document>')
    out = tmp_path / "b.docx"
    out.write_bytes(
        markdown_to_docx(
            "# T\n\n- one\n- two\n\n1. first\n\nBody.[^1]\n\n[^1]: *A*. B, 2021.\n", reference=house
        )
    )
    document = docx.Document(str(out))
    assert [p.style.name for p in document.paragraphs[:3]] == ["Title", "List Bullet", "List Bullet"]
    assert abs(document.sections[0].page_width - Mm(210)) < Mm(0.1)  # A4, to a twip
    with zipfile.ZipFile(out) as package:
        assert {"word/numbering.xml", "word/footnotes.xml", "word/styles.xml", "word/settings.xml"} <= set(
            package.namelist()
        )
        assert b"A</w:t>" in package.read("word/footnotes.xml") or b">A<" in package.read(
            "word/footnotes.xml"
        )


def test_the_shipped_house_style_is_what_its_builder_makes_of_words_defaults() -> None:
    """house-style.docx is built from python-docx's template; after an upgrade of it, run
    python -m briefer.export.housestyle."""
    from briefer.export import housestyle

    def parts(data: bytes) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return {name: package.read(name) for name in package.namelist()}

    assert parts(housestyle.build()) == parts(housestyle.house_style())
