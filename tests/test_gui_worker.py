"""The analysis worker: the pipeline generator on a QThread, re-emitted as Qt signals."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from checkup_desktop.core.errors import NotAPdfError, PasswordRequiredError
from checkup_desktop.core.events import CardReady, Done, Progress
from checkup_desktop.core.models import ActionCard, Analysis, Evidence
from checkup_desktop.workers.analysis_worker import UNEXPECTED, AnalysisRunner, AnalysisWorker


def _card(cid: str = "hb", title: str = "Haemoglobin below range") -> ActionCard:
    ev = Evidence(label="Hemoglobin", value="9.7", unit="g/dL", reference_range="13 - 17",
                  flag="low", page=1, bbox=(40, 100, 300, 112), text="Hemoglobin 9.7")
    return ActionCard(id=cid, title=title, priority="high", department="hematology",
                      follow_up="within_1_week", explanation="It is below the range.",
                      questions=["What could cause this?", "Should it be rechecked?"],
                      evidence=[ev])


def _run(qtbot, worker: AnalysisWorker) -> list[tuple]:
    """Run to the end, listening on the GUI-thread side (the runner), as the window does."""
    seen: list[tuple] = []
    runner = AnalysisRunner(worker)
    runner.progress.connect(lambda *a: seen.append(("progress", *a)))
    runner.card.connect(lambda c, r: seen.append(("card", c.id, r)))
    runner.finished.connect(lambda a: seen.append(("finished", len(a.cards))))
    runner.failed.connect(lambda m: seen.append(("failed", m)))
    runner.cancelled.connect(lambda: seen.append(("cancelled",)))
    runner.password_needed.connect(lambda m: seen.append(("password", m)))
    with qtbot.waitSignal(runner.done, timeout=10_000):
        runner.start()
    assert not runner.is_running()  # `done` comes only after the thread has ended
    return seen


def test_events_become_signals_in_order(qtbot):
    card, better = _card(), _card(title="Haemoglobin lower than the range")

    def analyze(path, **kw):
        yield Progress("reading", page=1, pages=2)
        yield CardReady(card, index=1, count=1)
        yield Progress("writing", card_index=1, card_count=1)
        yield CardReady(better, index=1, count=1, replaces=True)
        yield Done(Analysis(source="x.pdf", pages=2, cards=[better]))

    seen = _run(qtbot, AnalysisWorker("x.pdf", analyze=analyze))
    assert seen == [
        ("progress", "reading", 1, 2, 0, 0),
        ("card", "hb", False), ("progress", "cards", 0, 0, 1, 1),
        ("progress", "writing", 0, 0, 1, 1),
        ("card", "hb", True), ("progress", "cards", 0, 0, 1, 1),
        ("finished", 1),
    ]


@pytest.mark.parametrize(("exc", "expected"), [
    (NotAPdfError("This file is not a PDF."), ("failed", "This file is not a PDF.")),
    (PasswordRequiredError("This PDF needs a password."),
     ("password", "This PDF needs a password.")),
    (RuntimeError("boom"), ("failed", UNEXPECTED)),
])
def test_errors_become_plain_messages(qtbot, exc, expected):
    def analyze(path, **kw):
        yield Progress("reading")
        raise exc

    seen = _run(qtbot, AnalysisWorker("x.pdf", analyze=analyze))
    assert seen[-1] == expected
    assert "boom" not in str(seen)  # programmer text never reaches the patient


def test_cancel_takes_effect_within_a_second(qtbot):
    started = []

    def analyze(path, *, cancel, **kw):
        started.append(True)
        n = 0
        while True:  # like a model producing tokens: a cancel point per token
            cancel.check()
            time.sleep(0.01)
            n += 1
            if n % 10 == 0:
                yield Progress("writing", card_index=1, card_count=3, tokens=n)

    runner = AnalysisRunner(AnalysisWorker("x.pdf", analyze=analyze))
    cancelled = []
    runner.cancelled.connect(lambda: cancelled.append(time.monotonic()))
    with qtbot.waitSignal(runner.progress, timeout=5000):
        runner.start()
    t0 = time.monotonic()
    with qtbot.waitSignal(runner.done, timeout=2000):
        runner.cancel()
    assert cancelled and cancelled[0] - t0 < 1.0
    assert runner.wait(2000)


def test_real_pipeline_rejects_a_file_that_is_not_a_pdf(qtbot, tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("these are my notes, not a report")
    seen = _run(qtbot, AnalysisWorker(bad))
    kind, message = seen[-1]
    assert kind == "failed"
    assert message != UNEXPECTED and "PDF" in message


def test_real_pipeline_on_a_real_report(qtbot, realworld):
    seen = _run(qtbot, AnalysisWorker(realworld / "reportlens__cbc_abnormal_drlogy.pdf"))
    cards = [s for s in seen if s[0] == "card"]
    assert seen[-1][0] == "finished" and seen[-1][1] == len(cards) > 0
    assert all(not replaces for _, _, replaces in cards)  # rules only: nothing replaced


def test_a_burst_of_events_is_handed_on_in_order_with_repeated_progress_merged(qtbot):
    cards = [_card(f"c{i}") for i in range(1, 4)]

    def analyze(path, **kw):
        for page in range(1, 51):  # a fast reader: far more ticks than the window can paint
            yield Progress("reading", page=page, pages=50)
        for i, card in enumerate(cards, start=1):
            yield CardReady(card, index=i, count=3)
        yield Done(Analysis(source="x.pdf", pages=50, cards=cards))
        ended.set()

    ended = threading.Event()
    runner = AnalysisRunner(AnalysisWorker("x.pdf", analyze=analyze))
    seen: list[tuple] = []
    runner.progress.connect(lambda *a: seen.append(("progress", *a)))
    runner.card.connect(lambda c, r: seen.append(("card", c.id, r)))
    runner.finished.connect(lambda a: seen.append(("finished", len(a.cards))))
    runner.start()
    assert ended.wait(5)  # every event is posted before the GUI thread hands any on
    with qtbot.waitSignal(runner.done, timeout=5000):
        pass
    reading = [s for s in seen if s[:2] == ("progress", "reading")]
    assert reading == [("progress", "reading", 50, 50, 0, 0)]
    assert [s[1] for s in seen if s[0] == "card"] == ["c1", "c2", "c3"]
    assert seen[-1] == ("finished", 3)
    assert not runner.is_running()


def test_many_signals_and_qt_calls_do_not_use_up_true_and_none():
    # PySide6 6.12.0 on Python < 3.12 takes a reference from True per emit and from None per
    # void call: this aborts after ~1,000 emits (pyproject pins PySide6 below 6.12)
    code = (
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "class O(QObject):\n"
        "    s = Signal(int)\n"
        "o = O()\n"
        "for _ in range(20_000):\n"
        "    o.s.emit(1)\n"
        "    o.setObjectName('x')\n"
        "    app.processEvents()\n"
        "print('ok')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "ok"
