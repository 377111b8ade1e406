"""Reading PDFs (DESIGN §3 step 1): real reports, generated ones, and every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from pdfmaker import image_pdf, lab_report, text_pdf, zero_page_pdf

from checkup_desktop.core.errors import (
    CorruptPdfError,
    EmptyPdfError,
    NotAPdfError,
    PasswordRequiredError,
    ReportError,
    TooLargeError,
)
from checkup_desktop.core.pdf import Document, Line, read_pdf, render_page
from checkup_desktop.core.textnorm import normalize, parse_number

SAICMR = "saicmr-blood-test-analysis__blood_test_report.pdf"
CORRUPT = "corrupt__truncated_blood_test_report.pdf"
SCANS = ("lablens__reports-1.pdf", "labreport-agent-mohd__test3.pdf")


def _line(doc: Document, page: int, starts: str) -> Line:
    found = [ln for ln in doc.page(page).lines if ln.text.startswith(starts)]
    assert found, f"no line starting {starts!r} on page {page}"
    return found[0]


# ------------------------------------------------------------------ real reports


def test_every_real_report_reads_or_fails_typed(realworld: Path) -> None:
    files = sorted(realworld.glob("*.pdf"))
    assert len(files) >= 10
    for f in files:
        if f.name == CORRUPT:
            with pytest.raises(CorruptPdfError) as err:
                read_pdf(f)
            assert "damaged" in err.value.message
            continue
        doc = read_pdf(f)
        assert doc.page_count == len(doc.pages) >= 1
        assert [p.number for p in doc.pages] == list(range(1, doc.page_count + 1))
        if f.name in SCANS:
            assert doc.pages[0].image_only and not doc.pages[0].has_text
            assert doc.unread_pages == [1]
        else:
            assert doc.unread_pages == []
            assert all(p.has_text for p in doc.pages)


def test_corrupt_report_is_quiet(realworld: Path, capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(CorruptPdfError):
        read_pdf(realworld / CORRUPT)
    out, err = capfd.readouterr()
    assert "zlib" not in out + err and "MuPDF" not in out + err
    assert pymupdf.TOOLS.mupdf_display_errors()  # the global switch is restored


def test_saicmr_rows_cells_and_repeated_headers(realworld: Path) -> None:
    # speed is measured by `checkup-desktop bench`, not asserted here
    doc = read_pdf(realworld / SAICMR)
    assert doc.page_count == 10

    hb = _line(doc, 1, "Hemoglobin")
    assert [c.text for c in hb.cells] == ["Hemoglobin", "15.00", "g/dL", "13.00 - 17.00"]
    assert not hb.repeated and hb.page == 1

    names = [ln for p in doc.pages for ln in p.lines if ln.text.startswith("Name : DUMMY")]
    assert len(names) == 10 and all(ln.repeated for ln in names)
    footers = [ln for p in doc.pages for ln in p.lines if "Page" in ln.text and "of 10" in ln.text]
    assert len(footers) == 10 and all(ln.repeated for ln in footers)
    barcodes = [ln for p in doc.pages for ln in p.lines if ln.text == "*439854467*"]
    assert barcodes and all(ln.repeated for ln in barcodes)

    # test rows are never boilerplate: every line with a value and a range is kept
    rows = [
        ln for p in doc.pages for ln in p.lines
        if len(ln.cells) >= 3 and parse_number(ln.cells[1].text) is not None
        and " - " in ln.cells[-1].text
    ]
    assert len(rows) > 40 and not any(ln.repeated for ln in rows)
    assert "Hemoglobin 15.00 g/dL 13.00 - 17.00" in doc.full_text(1, skip_repeated=True)
    assert "Name : DUMMY" not in doc.full_text(1, skip_repeated=True)


def test_drlogy_platelet_cells(realworld: Path) -> None:
    doc = read_pdf(realworld / "reportlens__cbc_abnormal_drlogy.pdf")
    line = _line(doc, 1, "Platelet Count")
    texts = [c.text for c in line.cells]
    assert "20000" in texts and "150000 - 410000" in texts
    # the big "Smart Pathology Laboratory" watermark is not glued onto a result row
    mchc = _line(doc, 1, "MCHC")
    assert mchc.cells[0].text == "MCHC" and "Smart" not in mchc.text


def test_hsuit_bold_marks_abnormal_values(realworld: Path) -> None:
    # this lab draws out-of-range values with fill+stroke ("fake bold") in a regular font
    doc = read_pdf(realworld / "hsuit-module3__12.pdf")
    bold_values = {
        ln.cells[0].text: ln.cells[2].bold
        for ln in doc.page(1).lines if len(ln.cells) == 5 and ln.cells[1].text == ":"
    }
    assert bold_values["HAEMOGLOBIN"] and bold_values["MCV"]  # 9.7 < 12.0, 65.63 < 80
    assert bold_values["RDW-CV"]  # 17.00 > 14.5
    assert not bold_values["MCHC"] and not bold_values["RDW-SD"]  # 35.40, 45.00 in range
    assert not bold_values["Neutrophils"]
    hb = _line(doc, 1, "HAEMOGLOBIN")
    assert hb.cells[0].bold and hb.words[0].bold  # the label is in a bold font too


def test_mylab_bold_values(realworld: Path) -> None:
    doc = read_pdf(realworld / "reportlens__mylab_lft.pdf")
    sgot = _line(doc, 1, "S.G.O.T.")
    assert [c.bold for c in sgot.cells][:2] == [False, True]  # 48.6 above "Up to 46"
    albumin = _line(doc, 1, "Albumin")
    assert not any(c.bold for c in albumin.cells)


# ------------------------------------------------------------------ generated reports


def test_generated_lab_report(tmp_path: Path) -> None:
    doc = read_pdf(lab_report(tmp_path / "r.pdf", pages=3))
    assert doc.page_count == 3 and doc.path.endswith("r.pdf")
    hb = _line(doc, 1, "Hemoglobin")
    assert [c.text for c in hb.cells] == ["Hemoglobin", "9.7", "g/dL", "13.0 - 17.0"]
    assert [c.bold for c in hb.cells] == [False, True, False, False]
    assert not hb.bold and not hb.repeated
    header = _line(doc, 2, "Test Result")
    assert header.bold and header.repeated
    assert _line(doc, 3, "Name : JANE DOE").repeated
    assert _line(doc, 3, "Page 3 of 3").repeated
    x0, y0, x1, y1 = hb.bbox
    assert 35 < x0 < 45 and x1 > 420 and 0 < y1 - y0 < 20


def test_identical_pages_are_not_hidden_as_boilerplate(tmp_path: Path) -> None:
    rows = [("Hemoglobin", "9.7", "g/dL", "13.0 - 17.0")]
    doc = read_pdf(text_pdf(tmp_path / "twice.pdf", [rows, rows]))
    assert not any(ln.repeated for p in doc.pages for ln in p.lines)


def test_fake_bold_and_double_print(tmp_path: Path) -> None:
    doc = read_pdf(text_pdf(tmp_path / "fb.pdf", [[("Glucose", "**212", "mg/dL")]], fake_bold=True))
    assert [c.bold for c in doc.page(1).lines[0].cells] == [False, True, False]
    # bold faked by printing the same word twice, slightly offset
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((40, 100), "Glucose", fontsize=10)
    for dx in (0, 0.4):
        page.insert_text((220 + dx, 100), "212", fontsize=10)
    pdf.save(tmp_path / "twice.pdf")
    line = read_pdf(tmp_path / "twice.pdf").page(1).lines[0]
    assert line.text == "Glucose 212" and line.words[1].bold


def test_rotated_page_reads_upright(tmp_path: Path) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    page.insert_text((100, 700), "Hemoglobin", fontsize=10, rotate=90)
    page.insert_text((100, 500), "9.7", fontsize=10, rotate=90)
    page.set_rotation(90)  # landscape: the text reads left to right on screen
    pdf.save(tmp_path / "landscape.pdf")
    doc = read_pdf(tmp_path / "landscape.pdf")
    p = doc.page(1)
    assert (p.width, p.height) == (842, 595)
    assert [c.text for c in p.lines[0].cells] == ["Hemoglobin", "9.7"]
    assert not p.lines[0].repeated
    assert all(0 <= v <= 842 for v in p.lines[0].bbox)


def test_vertical_margin_text_is_skipped(tmp_path: Path) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((40, 100), "Glucose 5.1 mmol/L", fontsize=10)
    page.insert_text((580, 700), "Printed by LabSoft", fontsize=8, rotate=90)
    pdf.save(tmp_path / "margin.pdf")
    lines = read_pdf(tmp_path / "margin.pdf").page(1).lines
    assert [(ln.text, ln.repeated) for ln in lines] == [
        ("Glucose 5.1 mmol/L", False), ("Printed by LabSoft", True)]


def test_image_only_pages(tmp_path: Path) -> None:
    doc = read_pdf(image_pdf(tmp_path / "scan.pdf", pages=2))
    assert doc.unread_pages == [1, 2]
    assert all(not p.has_text and not p.lines for p in doc.pages)
    small = read_pdf(image_pdf(tmp_path / "logo.pdf", cover=0.2))  # a logo is not a scan
    assert small.unread_pages == []
    strips = read_pdf(image_pdf(tmp_path / "strips.pdf", strips=8, rotate=90))
    assert strips.unread_pages == [1]
    assert (strips.pages[0].width, strips.pages[0].height) == (842, 595)


def test_blank_page_is_not_an_error(tmp_path: Path) -> None:
    pdf = pymupdf.open()
    pdf.new_page()
    pdf.save(tmp_path / "blank.pdf")
    doc = read_pdf(tmp_path / "blank.pdf")
    assert doc.page_count == 1 and not doc.pages[0].has_text and doc.unread_pages == []


def test_kangxi_radicals_are_normalised(tmp_path: Path) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    # "⾎常规" written with the Kangxi radical U+2F8E, as some Chinese lab software does
    page.insert_text((40, 100), "\u2f8e常规 ＷＢＣ ６，７", fontsize=10, fontname="china-s")
    pdf.save(tmp_path / "zh.pdf")
    line = read_pdf(tmp_path / "zh.pdf").page(1).lines[0]
    assert line.text == "血常规 WBC 6,7"


# ------------------------------------------------------------------ rendering


def test_render_page_png(tmp_path: Path) -> None:
    doc = read_pdf(lab_report(tmp_path / "r.pdf"))
    png = render_page(doc, 1, zoom=1.0)
    pix = pymupdf.Pixmap(png)
    assert png.startswith(b"\x89PNG") and (pix.width, pix.height) == (595, 842)
    assert pymupdf.Pixmap(render_page(tmp_path / "r.pdf", 1)).width == 1190
    with pytest.raises(ReportError):
        render_page(doc, 2)


def test_render_protected_page(tmp_path: Path) -> None:
    path = lab_report(tmp_path / "locked.pdf", password="s3cret")
    with pytest.raises(PasswordRequiredError):
        render_page(path, 1)
    doc = read_pdf(path, password="s3cret")
    assert render_page(doc, 1, zoom=0.5).startswith(b"\x89PNG")


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", NotAPdfError),
        (b"   \n", NotAPdfError),
        (b"PK\x03\x04" + b"\0" * 200, NotAPdfError),  # a .docx renamed
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 200, NotAPdfError),  # a photo renamed
        (b"%PDF-1.7\n" + b"garbage " * 50, CorruptPdfError),
        (b"%PDF-1.4\n%%EOF\n", CorruptPdfError),
    ],
)
def test_not_a_pdf_or_corrupt(tmp_path: Path, content: bytes, expected: type) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(content)
    with pytest.raises(expected) as err:
        read_pdf(path)
    assert err.value.message and "Error" not in err.value.message


def test_real_png_renamed_is_not_a_pdf(tmp_path: Path) -> None:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 20), False)
    (tmp_path / "photo.pdf").write_bytes(pix.tobytes("png"))
    with pytest.raises(NotAPdfError):
        read_pdf(tmp_path / "photo.pdf")


def test_truncated_generated_pdf(tmp_path: Path) -> None:
    data = lab_report(tmp_path / "ok.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    try:
        doc = read_pdf(tmp_path / "cut.pdf")
    except CorruptPdfError:
        return
    assert doc.page_count >= 1  # MuPDF may repair a cut file; then it must read cleanly


def test_password(tmp_path: Path) -> None:
    path = lab_report(tmp_path / "locked.pdf", password="s3cret")
    with pytest.raises(PasswordRequiredError) as missing:
        read_pdf(path)
    assert "password" in missing.value.message.lower()
    with pytest.raises(PasswordRequiredError) as wrong:
        read_pdf(path, password="guess")
    assert "not correct" in wrong.value.message
    doc = read_pdf(path, password="s3cret")
    assert _line(doc, 1, "Hemoglobin").cells[1].text == "9.7"


def test_zero_pages(tmp_path: Path) -> None:
    with pytest.raises(EmptyPdfError):
        read_pdf(zero_page_pdf(tmp_path / "none.pdf"))


def test_too_large(tmp_path: Path) -> None:
    path = lab_report(tmp_path / "big.pdf", pages=3)
    with pytest.raises(TooLargeError) as pages:
        read_pdf(path, max_pages=2)
    assert "3 pages" in pages.value.message and "2 pages" in pages.value.message
    with pytest.raises(TooLargeError) as size:
        read_pdf(path, max_bytes=2000)
    assert "larger than the 2 KB" in size.value.message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as missing:
        read_pdf(tmp_path / "nowhere.pdf")
    assert "could not be found" in missing.value.message
    with pytest.raises(ReportError):
        read_pdf(tmp_path)


# ------------------------------------------------------------------ textnorm


def test_normalize() -> None:
    assert normalize("\u2f8e\u6db2") == "血液"  # Kangxi radical U+2F8E -> U+8840
    assert normalize(" ＨＤＬ\u00a0 Cholesterol\u200b\n") == "HDL Cholesterol"
    assert normalize("ﬁbrinogen\t\t1,5") == "fibrinogen 1,5"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6,73", 6.73), ("0,01", 0.01), ("0,001", 0.001), ("16,8", 16.8),
        ("5,100", 5100.0), ("4,800", 4800.0), ("10,800", 10800.0), ("1,234,567", 1234567.0),
        ("1,00,000", 100000.0), ("2,50,000", 250000.0), ("12,34,567", 1234567.0),
        ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1 000", 1000.0),
        ("15.00", 15.0), (".5", 0.5), ("7", 7.0), ("-2.5", -2.5), ("+3", 3.0), ("\u22121,5", -1.5),
        ("１２.５", 12.5), (" 4.50 ", 4.5),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", " ", "<5", ">200", "abc", "1e5", "nan", "inf", "1,2,3", "1..2", "6.73 H", "--1",
     "- 1", "12-15", "5,1000,0", "9" * 400],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_radicals_supplement_is_kept_as_printed(tmp_path: Path) -> None:
    # NFKC does not map the CJK Radicals Supplement (U+2E80-U+2EFF): the line keeps "⻔" as
    # printed (evidence); the extractor folds it only for matching (textnorm.fold_radicals)
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((40, 100), "天\u2ed4冬氨酸氨基转移酶", fontsize=10, fontname="china-s")
    page.insert_text((200, 100), "AST  43.60  15\u201440  U/L", fontsize=10, fontname="china-s")
    pdf.save(tmp_path / "radical.pdf")
    line = read_pdf(tmp_path / "radical.pdf").page(1).lines[0]
    assert line.text == "天\u2ed4冬氨酸氨基转移酶 AST 43.60 15\u201440 U/L"
    assert [c.text for c in line.cells][0] == "天\u2ed4冬氨酸氨基转移酶"
