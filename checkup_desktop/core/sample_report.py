"""A made-up multi-page check-up report, written on demand (never shipped as a binary): the
sample for `checkup-desktop bench`, the screenshots and the frozen app's smoke test."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

# (section, method, [(label, value, unit, range)]) — a few results outside their range on
# purpose, the rest normal: real reports print many normal rows per abnormal one.
_PANELS = [
    ("COMPLETE BLOOD COUNT", "EDTA whole blood, automated cell counter", [
        ("Hemoglobin", "11.2", "g/dL", "13.0 - 17.0"), ("Total RBC Count", "4.9", "mill/cumm",
        "4.5 - 5.5"), ("Packed Cell Volume (PCV)", "36.0", "%", "40 - 50"),
        ("MCV", "78.0", "fL", "83 - 101"), ("MCH", "27.5", "pg", "27 - 32"),
        ("MCHC", "32.1", "g/dL", "31.5 - 34.5"), ("RDW-CV", "13.8", "%", "11.6 - 14.0"),
        ("Total WBC Count", "7.2", "thou/mm3", "4.0 - 10.0"),
        ("Neutrophils", "58", "%", "40 - 80"), ("Lymphocytes", "32", "%", "20 - 40"),
        ("Monocytes", "6", "%", "2 - 10"), ("Eosinophils", "3", "%", "1 - 6"),
        ("Basophils", "1", "%", "0 - 2"),
        ("Absolute Neutrophil Count", "4.2", "thou/mm3", "2.0 - 7.0"),
        ("Absolute Lymphocyte Count", "2.3", "thou/mm3", "1.0 - 3.0"),
        ("Platelet Count", "240", "thou/mm3", "150 - 410"),
        ("Mean Platelet Volume", "9.8", "fL", "7.5 - 11.5")]),
    ("LIPID PROFILE", "Serum, enzymatic colorimetric", [
        ("Cholesterol Total", "242", "mg/dL", "< 200"), ("Triglycerides", "180", "mg/dL",
        "< 150"), ("HDL Cholesterol", "38", "mg/dL", "> 40"),
        ("LDL Cholesterol", "168", "mg/dL", "< 100"), ("VLDL Cholesterol", "36", "mg/dL",
        "< 30")]),
    ("DIABETES", "Fluoride plasma (hexokinase); EDTA whole blood (HPLC)", [
        ("Glucose Fasting", "118", "mg/dL", "70 - 100"), ("HbA1c", "6.1", "%", "4.0 - 5.6")]),
    ("LIVER FUNCTION TEST", "Serum, IFCC without P5P", [
        ("ALT (SGPT)", "68", "U/L", "10 - 49"), ("AST (SGOT)", "41", "U/L", "15 - 40"),
        ("Alkaline Phosphatase", "96", "U/L", "30 - 120"), ("Bilirubin Total", "0.8", "mg/dL",
        "0.3 - 1.2"), ("Bilirubin Direct", "0.2", "mg/dL", "0.0 - 0.3"),
        ("Total Protein", "7.2", "g/dL", "6.4 - 8.3"), ("Albumin", "4.3", "g/dL", "3.2 - 4.8"),
        ("Globulin", "2.9", "g/dL", "2.0 - 3.5"), ("A/G Ratio", "1.5", "", "1.0 - 2.1"),
        ("Gamma GT (GGT)", "32", "U/L", "0 - 55")]),
    ("KIDNEY FUNCTION TEST", "Serum, enzymatic / Jaffe kinetic", [
        ("Creatinine", "1.0", "mg/dL", "0.7 - 1.3"), ("Urea", "28", "mg/dL", "13 - 43"),
        ("Blood Urea Nitrogen", "13", "mg/dL", "7 - 20"),
        ("Uric Acid", "8.1", "mg/dL", "3.5 - 7.2"), ("Calcium", "9.4", "mg/dL", "8.6 - 10.3"),
        ("Phosphorus", "3.6", "mg/dL", "2.5 - 4.5")]),
    ("THYROID PROFILE", "Serum, chemiluminescence (CLIA)", [
        ("T3 Total", "1.1", "ng/mL", "0.8 - 2.0"), ("T4 Total", "8.2", "ug/dL", "5.1 - 14.1"),
        ("TSH", "6.8", "µIU/mL", "0.55 - 4.78"), ("Free T4", "1.1", "ng/dL", "0.89 - 1.76")]),
    ("ELECTROLYTES", "Serum, ion selective electrode (indirect)", [
        ("Sodium", "139", "mmol/L", "136 - 145"), ("Potassium", "4.4", "mmol/L", "3.5 - 5.1"),
        ("Chloride", "101", "mmol/L", "98 - 107"), ("Bicarbonate", "25", "mmol/L", "22 - 29")]),
    ("VITAMINS", "Serum, chemiluminescence (CLIA)", [
        ("Vitamin D (25-OH)", "14.2", "ng/mL", "30 - 100"), ("Vitamin B12", "420", "pg/mL",
        "211 - 911"), ("Folate", "9.8", "ng/mL", "4.6 - 18.7")]),
    ("IRON STUDIES", "Serum, ferrozine / immunoturbidimetry", [
        ("Iron", "48", "ug/dL", "65 - 175"), ("Ferritin", "18", "ng/mL", "22 - 322"),
        ("TIBC", "390", "ug/dL", "250 - 450"), ("UIBC", "342", "ug/dL", "110 - 370")]),
]
# the general remarks labs print under every panel (sample handling, methods, limits)
_NOTES = [
    "Notes: Results relate only to the sample as received. Values are checked against the",
    "laboratory's internal quality control and external proficiency testing before release.",
    "Reference intervals are for healthy adults and were verified in this laboratory; they may",
    "differ from those of other laboratories because of methods and populations. A single",
    "result should be read together with the person's history, examination and earlier results.",
    "Fasting samples are collected after 10 to 12 hours without food; water is allowed.",
]
_IMAGING = [
    "ULTRASOUND ABDOMEN",
    "Impression: Grade I fatty liver. Gall bladder normal. Both kidneys normal in size.",
    "ECG: Sinus rhythm, within normal limits.",
]


def _header(c: canvas.Canvas, page: int, pages: int) -> float:
    """Lab letterhead, patient block and footer, as real reports print on every page;
    returns the y where the body starts."""
    w, h = A4
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 40, "SAMPLE HEALTH LAB  -  Health Check Report")
    c.setFont("Helvetica", 8)
    c.drawString(40, h - 52, "12 Example Street, Sample City 100001  |  Phone 000 000 0000  |  "
                             "reports@sample-lab.example  |  Accredited laboratory")
    c.setFont("Helvetica", 9)
    for i, (left, right) in enumerate((
        ("Name : SAMPLE PATIENT", "Lab No : 000123    Patient ID : SP-0045"),
        ("Age / Sex : 45 Yrs / M", "Referred by : SELF"),
        ("Collected : 02/11/2026 08:10", "Received : 02/11/2026 09:02"),
        ("Reported : 02/11/2026 16:45", "Sample : Serum, EDTA whole blood, fluoride plasma"),
    )):
        c.drawString(40, h - 70 - 12 * i, left)
        c.drawString(300, h - 70 - 12 * i, right)
    c.setFont("Helvetica", 8)
    c.drawString(40, 56, "Checked by: Senior Technologist    Approved by: Consultant Pathologist")
    c.drawString(40, 44, "Test results are for the use of the referring clinician. Please keep "
                         "this report for your records.")
    c.drawString(40, 30, f"Page {page} of {pages}     This is a made-up sample report.")
    return h - 130


def _write_panel(c: canvas.Canvas, y: float, section: str, method: str, rows: list) -> float:
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, section)
    c.setFont("Helvetica", 8)
    c.drawString(50, y - 11, f"Specimen / method: {method}")
    y -= 28
    c.setFont("Helvetica", 10)
    for label, value, unit, rng in rows:
        for x, text in ((50, label), (260, value), (330, unit), (420, rng)):
            c.drawString(x, y, text)
        y -= 16
    y -= 8
    c.setFont("Helvetica", 8)
    for line in _NOTES:
        c.drawString(50, y, line)
        y -= 10
    return y - 10


def write_sample_report(path: str | Path, pages: int = 10) -> Path:
    """Write a text PDF of `pages` pages (panels spread over them, imaging on the last)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Sample health check report")
    w, h = A4
    body_pages = max(1, pages - 1)
    for n in range(1, pages + 1):
        y = _header(c, n, pages)
        if n == pages and pages > 1:
            c.setFont("Helvetica-Bold", 11)
            for line in _IMAGING:
                c.drawString(50, y, line)
                c.setFont("Helvetica", 10)
                y -= 22
        else:
            c.setFont("Helvetica-Bold", 9)
            for x, head in ((50, "Test"), (260, "Result"), (330, "Unit"), (420, "Reference Range")):
                c.drawString(x, y, head)
            y -= 20
            for section, method, rows in _PANELS[n - 1:: body_pages]:
                y = _write_panel(c, y, section, method, rows)
        c.showPage()
    c.save()
    return path
