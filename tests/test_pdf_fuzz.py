"""Fuzz read_pdf with mutated PDFs: only ReportError may escape, and every file is fast.

Mutations (bit flips, inserted PDF tokens, deletions, truncation, splices of two files) are
applied to small generated PDFs and to a sample of the real reports. Hypothesis runs
derandomised, so a failure reproduces on every run.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pdfmaker import image_pdf, lab_report, text_pdf

from checkup_desktop.core.errors import ReportError
from checkup_desktop.core.pdf import read_pdf, render_page

CASE_LIMIT_S = 10.0
REAL_SAMPLE = (
    "hsuit-module3__1.pdf",
    "reportlens__mylab_lft.pdf",
    "blood-tests-extractor__fake-blood-check.pdf",
    "hsuit-module3__12.pdf",
)
# Fragments that steer mutations into PDF syntax rather than random noise.
TOKENS = [
    b"obj", b"endobj", b"stream\n", b"endstream", b"xref", b"trailer", b"startxref",
    b"<<", b">>", b"[", b"]", b"(", b")", b"/Length 999999", b"/Length -1", b"/Count 100000",
    b"/Count -3", b"/Type /Page", b"/Kids [1 0 R]", b"/Filter /FlateDecode",
    b"/Filter /DCTDecode", b"/Encrypt", b"/Rotate 45", b"/MediaBox [0 0 0 0]",
    b"/MediaBox [0 0 1e9 1e9]", b"0 0 R", b"99999 0 R", b"%%EOF", b"\x00" * 16, b"\xff" * 16,
    b"BT /F1 12 Tf (x) Tj ET", b"q 1e30 0 0 1e30 0 0 cm", b"2 Tr", b"-", b"9" * 20,
]

MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 2**24), st.integers(0, 7)),
    st.tuples(st.just("insert"), st.integers(0, 2**24),
              st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=24))),
    st.tuples(st.just("delete"), st.integers(0, 2**24), st.integers(1, 512)),
    st.tuples(st.just("truncate"), st.integers(0, 2**24)),
    st.tuples(st.just("splice"), st.integers(0, 2**24), st.integers(0, 8),
              st.integers(0, 2**24), st.integers(1, 4096)),
)


def mutate(data: bytes, ops: list[tuple], seeds: list[bytes]) -> bytes:
    buf = bytearray(data)
    for op in ops:
        pos = op[1] % (len(buf) + 1)
        if op[0] == "flip" and pos < len(buf):
            buf[pos] ^= 1 << op[2]
        elif op[0] == "insert":
            buf[pos:pos] = op[2]
        elif op[0] == "delete":
            del buf[pos:pos + op[2]]
        elif op[0] == "truncate":
            del buf[pos:]
        elif op[0] == "splice":
            other = seeds[op[2] % len(seeds)]
            start = op[3] % (len(other) + 1)
            buf[pos:pos + op[4]] = other[start:start + op[4]]
    return bytes(buf)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    d = tmp_path_factory.mktemp("seeds")
    rows = [("Glucose", "**212", "mg/dL", "70 - 110"), ("LDL", "3,4", "mmol/L", "< 3,0")]
    paths = [
        lab_report(d / "lab.pdf", pages=2),
        lab_report(d / "locked.pdf", password="pw"),
        image_pdf(d / "scan.pdf"),
        text_pdf(d / "fake_bold.pdf", [rows], fake_bold=True, rotate=90),
    ]
    return [p.read_bytes() for p in paths]


@pytest.fixture(scope="module")
def real(realworld: Path) -> list[bytes]:
    return [(realworld / name).read_bytes() for name in REAL_SAMPLE]


SLOWEST = {"s": 0.0}


@pytest.fixture(scope="module", autouse=True)
def _report_slowest() -> Iterator[None]:
    yield
    print(f"\nslowest mutated PDF: {SLOWEST['s'] * 1000:.0f} ms")


def read_mutant(path: Path, data: bytes, *, render: bool = False) -> None:
    path.write_bytes(data)
    start = time.perf_counter()
    try:
        doc = read_pdf(path, password="pw")
        event(f"read, {len(doc.unread_pages)} unread of {doc.page_count}")
        if render:
            render_page(doc, 1, zoom=0.2)
    except ReportError as err:
        event(type(err).__name__)
        assert err.message.strip()
    elapsed = time.perf_counter() - start
    SLOWEST["s"] = max(SLOWEST["s"], elapsed)
    assert elapsed < CASE_LIMIT_S, f"one mutated PDF took {elapsed:.1f} s"


FUZZ = settings(
    max_examples=1000,
    derandomize=True,
    deadline=None,
    database=None,  # no .hypothesis/ directory in the repository
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)


@FUZZ
@given(seed=st.integers(0, 3), ops=st.lists(MUTATION, min_size=1, max_size=6))
def test_mutated_synthetic_pdfs(tmp_path: Path, synthetic: list[bytes], seed: int,
                                ops: list[tuple]) -> None:
    read_mutant(tmp_path / "mutant.pdf", mutate(synthetic[seed], ops, synthetic), render=True)


@FUZZ
@given(seed=st.integers(0, 7), ops=st.lists(MUTATION, min_size=1, max_size=4))
def test_mutated_real_pdfs(tmp_path: Path, synthetic: list[bytes], real: list[bytes],
                           seed: int, ops: list[tuple]) -> None:
    # real reports are ~10x slower to read: half the cases use them, half small synthetic ones
    seeds = real + synthetic
    read_mutant(tmp_path / "mutant.pdf", mutate(seeds[seed], ops, seeds))
