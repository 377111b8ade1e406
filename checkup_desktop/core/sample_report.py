"""A made-up multi-page check-up report, written on demand (never shipped as a binary): the
sample for `checkup-desktop bench`, the screenshots and the frozen app's smoke test."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

# (section, [(label, value, unit, range)]) — a few results outside their range on purpose
_PANELS = [
    ("COMPLETE BLOOD COUNT", [
        ("Hemoglobin", "11.2", "g/dL", "13.0 - 17.0"), ("Total RBC Count", "4.9", "mill/cumm",
        "4.5 - 5.5"), ("Packed Cell Volume (PCV)", "36.0", "%", "40 - 50"),
        ("MCV", "78.0", "fL", "83 - 101"), ("MCH", "27.5", "pg", "27 - 32"),
        ("Total WBC Count", "7.2", "thou/mm3", "4.0 - 10.0"),
        ("Platelet Count", "240", "thou/mm3", "150 - 410")]),
    ("LIPID PROFILE", [
        ("Cholesterol Total", "242", "mg/dL", "< 200"), ("Triglycerides", "180", "mg/dL",
        "< 150"), ("HDL Cholesterol", "38", "mg/dL", "> 40"),
        ("LDL Cholesterol", "168", "mg/dL", "< 100"), ("VLDL Cholesterol", "36", "mg/dL",
        "< 30")]),
    ("DIABETES", [
        ("Glucose Fasting", "118", "mg/dL", "70 - 100"), ("HbA1c", "6.1", "%", "4.0 - 5.6")]),
    ("LIVER FUNCTION TEST", [
        ("ALT (SGPT)", "68", "U/L", "10 - 49"), ("AST (SGOT)", "41", "U/L", "15 - 40"),
        ("Alkaline Phosphatase", "96", "U/L", "30 - 120"), ("Bilirubin Total", "0.8", "mg/dL",
        "0.3 - 1.2"), ("Albumin", "4.3", "g/dL", "3.2 - 4.8")]),
    ("KIDNEY FUNCTION TEST", [
        ("Creatinine", "1.0", "mg/dL", "0.7 - 1.3"), ("Urea", "28", "mg/dL", "13 - 43"),
        ("Uric Acid", "8.1", "mg/dL", "3.5 - 7.2")]),
    ("THYROID PROFILE", [
        ("TSH", "6.8", "µIU/mL", "0.55 - 4.78"), ("Free T4", "1.1", "ng/dL", "0.89 - 1.76")]),
    ("ELECTROLYTES", [
        ("Sodium", "139", "mmol/L", "136 - 145"), ("Potassium", "4.4", "mmol/L", "3.5 - 5.1"),
        ("Chloride", "101", "mmol/L", "98 - 107")]),
    ("VITAMINS", [
        ("Vitamin D (25-OH)", "14.2", "ng/mL", "30 - 100"), ("Vitamin B12", "420", "pg/mL",
        "211 - 911")]),
    ("IRON STUDIES", [
        ("Iron", "48", "ug/dL", "65 - 175"), ("Ferritin", "18", "ng/mL", "22 - 322")]),
]
_IMAGING = [
    "ULTRASOUND ABDOMEN",
    "Impression: Grade I fatty liver. Gall bladder normal. Both kidneys normal in size.",
    "ECG: Sinus rhythm, within normal limits.",
]


def _header(c: canvas.Canvas, page: int, pages: int) -> None:
    w, h = A4
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, h - 40, "SAMPLE HEALTH LAB  -  Health Check Report")
    c.setFont("Helvetica", 9)
    c.drawString(40, h - 56, "Name : SAMPLE PATIENT    Age / Sex : 45 Yrs / M    Lab No : 000123")
    c.drawString(40, 30, f"Page {page} of {pages}     This is a made-up sample report.")


def write_sample_report(path: str | Path, pages: int = 10) -> Path:
    """Write a text PDF of `pages` pages (panels spread over them, imaging on the last)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Sample health check report")
    w, h = A4
    body_pages = max(1, pages - 1)
    for n in range(1, pages + 1):
        _header(c, n, pages)
        y = h - 100
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
            for section, rows in _PANELS[n - 1:: body_pages]:
                c.setFont("Helvetica-Bold", 10)
                c.drawString(50, y, section)
                y -= 18
                c.setFont("Helvetica", 10)
                for label, value, unit, rng in rows:
                    for x, text in ((50, label), (260, value), (330, unit), (420, rng)):
                        c.drawString(x, y, text)
                    y -= 16
                y -= 10
        c.showPage()
    c.save()
    return path
