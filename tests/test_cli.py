"""The command line as a user runs it: a real process, real PDFs."""

import json
import os
import subprocess
import sys

import pymupdf


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "checkup_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=120, **kw)


def test_analyze_json_prints_only_the_document(realworld):
    out = cli("analyze", realworld / "reportlens__lipid_drlogy.pdf", "--json", "--rules-only")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)  # nothing else on stdout
    assert set(doc) == {"cards", "pages", "unread_pages", "also_in_report"}
    assert doc["pages"] == 1 and doc["unread_pages"] == []
    titles = " ".join(c["title"] for c in doc["cards"]).lower()
    assert "cholesterol" in titles or "lipid" in titles or "fat" in titles
    for card in doc["cards"]:
        assert card["origin"] == "rules"
        assert "not medical advice" in card["notice"]


def test_analyze_text_output_reads_like_cards(realworld):
    out = cli("analyze", realworld / "reportlens__cbc_abnormal_drlogy.pdf", "--rules-only")
    assert out.returncode == 0, out.stderr
    assert "Platelet Count" in out.stdout
    assert "not medical advice" in out.stdout


def test_bad_inputs_exit_2_with_a_plain_message(tmp_path, realworld):
    not_pdf = tmp_path / "photo.pdf"
    not_pdf.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    locked = tmp_path / "locked.pdf"
    d = pymupdf.open()
    d.new_page().insert_text((72, 72), "Hemoglobin 9.0 g/dL 13 - 17")
    d.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="pw", owner_pw="pw")
    cases = [not_pdf, realworld / "corrupt__truncated_blood_test_report.pdf", locked,
             tmp_path / "missing.pdf", realworld / "lablens__reports-1.pdf"]
    for path in cases:
        out = cli("analyze", path, "--json", "--rules-only")
        assert out.returncode == 2, (path, out.stdout, out.stderr)
        assert out.stdout == ""
        assert "Traceback" not in out.stderr
        assert out.stderr.startswith("checkup-desktop: ") and len(out.stderr) > 30
    ok = cli("analyze", locked, "--json", "--rules-only", "--password", "pw")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["cards"]


def test_an_unknown_command_or_a_missing_file_is_one_plain_line_and_exit_2(tmp_path):
    # the window must not open (it would abort without a display): one line, exit code 2
    for args, words in (
        (["safety-chek"], "unknown command 'safety-chek'"),
        ([tmp_path / "missing.pdf"], "no such file"),
        (["analyze", tmp_path / "missing.pdf"], "no such file"),
        (["analyze"], "required"),
    ):
        out = cli(*args, env={**os.environ, "QT_QPA_PLATFORM": "minimal"})
        assert out.returncode == 2, (args, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, out.stderr)
        assert out.stdout == ""


def test_safety_check_is_a_command_not_a_report_path():
    out = cli("safety-check", "--lang", "en", input="You have diabetes.\nIs this result high?\n")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["safe"] for r in rows] == [False, True]
