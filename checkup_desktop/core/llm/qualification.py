"""Model qualification (issue 11 §6): what a local model may be trusted with on this computer.

When a model is installed, imported or chosen in Settings, when the window finds its chosen
model not qualified yet (at its first idle moment) and when the CLI or the bench first uses
one, it writes the cards of a fixed calibration set once: ten made-up results,
seven the knowledge base knows and three it does not. Each answer goes through the same
checks as in an analysis. The record keeps

- how many cards passed every check (overall, for known results, for unknown ones),
- the generated tokens spent on text that was then rejected (wasted),
- speed in words per second and the model process's peak memory on this computer,
- and the jobs the model gets from then on: "all" cards, only "unknown" findings (where the
  knowledge base has only generic wording), or "none". A job is given only when at most
  MAX_WASTED_SHARE of the tokens spent on it were wasted in calibration.

Records live in one JSON file in the app's data folder, keyed by model file name and size.
`load_qualification(path)` reads one; `Qualification.summary()` is the line for Settings
("Writes about 7 in 10 cards; about 12 words per second on this computer.").
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Generator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from checkup_desktop.core.cancel import CancelToken
from checkup_desktop.core.events import Progress
from checkup_desktop.core.llm.errors import ModelCrashedError
from checkup_desktop.core.llm.runtime import ModelRuntime, relay, run_to_end

log = logging.getLogger(__name__)

CALIBRATION_VERSION = 1
MAX_WASTED_SHARE = 0.2  # a job is given when at most this share of its tokens is wasted
RECORD_FILE = "model_qualification.json"

# (label, value, unit, printed range): one issue each; the first seven are known to the
# knowledge base, the last three are not (generic cards, where model text helps most)
CALIBRATION_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("LDL Cholesterol", "168", "mg/dL", "< 100"),
    ("Glucose Fasting", "118", "mg/dL", "70 - 100"),
    ("Hemoglobin", "11.2", "g/dL", "13.0 - 17.0"),
    ("ALT (SGPT)", "68", "U/L", "10 - 49"),
    ("TSH", "6.8", "uIU/mL", "0.55 - 4.78"),
    ("Uric Acid", "8.1", "mg/dL", "3.5 - 7.2"),
    ("Vitamin D (25-OH)", "14.2", "ng/mL", "30 - 100"),
    ("Adiponectin", "2.1", "ug/mL", "4.0 - 26.0"),
    ("Osteocalcin", "52", "ng/mL", "11 - 43"),
    ("Copper", "180", "ug/dL", "70 - 140"),
)

_KEYS = {"title", "explanation", "questions", "priority", "department", "follow_up"}
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Qualification:
    model: str  # file name
    size_bytes: int
    lang: str
    cards: int  # calibration cards the model wrote
    accepted: int  # ... that passed every check
    known_cards: int
    known_accepted: int
    unknown_cards: int
    unknown_accepted: int
    generated_tokens: int
    wasted_tokens: int  # generated for text that was then rejected
    known_tokens: int
    known_wasted_tokens: int
    unknown_tokens: int
    unknown_wasted_tokens: int
    words: int  # words of the text the model generated
    writing_s: float  # time spent writing the calibration cards
    peak_ram_mb: float  # the model process's peak resident memory (0: not measured)
    jobs: str  # "all" | "unknown" | "none"
    measured_at: str = ""
    calibration_version: int = CALIBRATION_VERSION
    reasons: list[str] = field(default_factory=list)  # most common rejection reasons

    @property
    def accepted_share(self) -> float:
        return self.accepted / self.cards if self.cards else 0.0

    @property
    def wasted_share(self) -> float:
        return self.wasted_tokens / self.generated_tokens if self.generated_tokens else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.writing_s if self.writing_s > 0 else 0.0

    def summary(self) -> str:
        """One plain line for Settings > Model."""
        tenths = round(10 * self.accepted_share)
        speed = f"about {self.words_per_s:.0f} words per second on this computer"
        jobs = {"all": "It rewrites every card.",
                "unknown": "It writes only the cards of results the knowledge base does "
                           "not know; the others keep the knowledge-base wording.",
                "none": "Its text is not used: the cards keep the knowledge-base wording."}
        return f"Writes about {tenths} in 10 cards; {speed}. {jobs[self.jobs]}"

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(accepted_share=round(self.accepted_share, 3),
                   wasted_share=round(self.wasted_share, 3),
                   words_per_s=round(self.words_per_s, 1), summary=self.summary())
        return out


def decide_jobs(known_tokens: int, known_wasted: int, unknown_tokens: int,
                unknown_wasted: int) -> str:
    """The work a model gets: a kind of card only when at most MAX_WASTED_SHARE of the tokens
    it generated for that kind were wasted in calibration."""
    def passes(tokens: int, wasted: int) -> bool:
        return tokens > 0 and wasted / tokens <= MAX_WASTED_SHARE

    if passes(known_tokens, known_wasted) and passes(unknown_tokens, unknown_wasted):
        return "all"
    if passes(unknown_tokens, unknown_wasted):
        return "unknown"
    return "none"


def calibration_issues(lang: str = "en"):
    """[(issue, rules card)] of the calibration set, made by the real extraction, grouping
    and knowledge base (no PDF: the rows are laid out as a one-page lab table)."""
    from checkup_desktop.core.cards import rules_card
    from checkup_desktop.core.extract import extract_findings
    from checkup_desktop.core.knowledge import load_knowledge
    from checkup_desktop.core.pdf import Cell, Document, Line, Page
    from checkup_desktop.core.routing import group_issues

    kb = load_knowledge()
    lines = []
    for i, row in enumerate(CALIBRATION_ROWS):
        y = 100.0 + 16 * i
        cells = [Cell(text=t, bbox=(50.0 + 130 * j, y, 160.0 + 130 * j, y + 10))
                 for j, t in enumerate(row)]
        lines.append(Line(text=" ".join(row), bbox=(50.0, y, 550.0, y + 10), page=1,
                          words=[], cells=cells))
    doc = Document(path="", page_count=1, pages=[Page(number=1, width=595.0, height=842.0,
                                                      lines=lines, has_text=True)])
    issues = group_issues(extract_findings(doc, kb), kb)
    return [(issue, rules_card(issue, kb, lang=lang)) for issue in issues]


def _words(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if w not in _KEYS)


def _peak_ram_mb(pid: int | None) -> float:
    """Peak resident memory of the live model process (Linux), else 0."""
    if pid is None:
        return 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def qualify(
    runtime: ModelRuntime, *, lang: str = "en", cancel: CancelToken | None = None,
) -> Generator[Progress, None, Qualification]:
    """Write the calibration cards with `runtime`'s model and measure. Yields Progress
    (stage "qualifying", card_index/card_count, tokens); cancellable between tokens."""
    from checkup_desktop.core.llm.card_writer import LlamaCardWriter, messages_for_prefix

    cancel = cancel or CancelToken()
    pairs = calibration_issues(lang)
    writer = LlamaCardWriter(runtime, jobs="all")
    # The shared prefix is not part of the measurement. Asked of the runtime itself, so a model
    # that cannot run here raises (ModelDisabledError after its retry) and no record is kept:
    # a crash says nothing about the model's text.
    prefix = messages_for_prefix(lang)
    try:
        runtime.complete_text(prefix, max_tokens=1, seed=writer.seed)
    except ModelCrashedError:  # one retry, as for a card; a second death disables the model
        runtime.complete_text(prefix, max_tokens=1, seed=writer.seed)
    tally = {"known": [0, 0, 0, 0], "unknown": [0, 0, 0, 0]}  # cards, accepted, tok, wasted
    words, busy, reasons = 0, 0.0, {}
    for i, (issue, rules) in enumerate(pairs, start=1):
        cancel.check()
        yield Progress("qualifying", card_index=i, card_count=len(pairs))
        before = dict(writer.stats)
        t0 = time.perf_counter()
        yield from relay(writer.write(issue, rules, lang=lang, cancel=cancel),
                         lambda e, i=i: Progress("qualifying", card_index=i,
                                                 card_count=len(pairs), tokens=e.tokens))
        busy += time.perf_counter() - t0
        kind = tally["known" if issue.known else "unknown"]
        kind[0] += 1
        kind[1] += writer.stats["accepted"] - before["accepted"]
        kind[2] += writer.stats["generated_tokens"] - before["generated_tokens"]
        kind[3] += writer.stats["wasted_tokens"] - before["wasted_tokens"]
        words += _words(writer.last_text)
        for r in writer.last_reasons:
            reasons[r.split(":")[0]] = reasons.get(r.split(":")[0], 0) + 1
    known, unknown = tally["known"], tally["unknown"]
    path = Path(runtime.config.model_path)
    return Qualification(
        model=path.name, size_bytes=path.stat().st_size, lang=lang,
        cards=known[0] + unknown[0], accepted=known[1] + unknown[1],
        known_cards=known[0], known_accepted=known[1],
        unknown_cards=unknown[0], unknown_accepted=unknown[1],
        generated_tokens=known[2] + unknown[2], wasted_tokens=known[3] + unknown[3],
        known_tokens=known[2], known_wasted_tokens=known[3],
        unknown_tokens=unknown[2], unknown_wasted_tokens=unknown[3],
        words=words, writing_s=round(busy, 3), peak_ram_mb=_peak_ram_mb(runtime.pid),
        jobs=decide_jobs(known[2], known[3], unknown[2], unknown[3]),
        measured_at=datetime.now(UTC).isoformat(timespec="seconds"),
        reasons=[r for r, _ in sorted(reasons.items(), key=lambda kv: -kv[1])[:5]],
    )


def qualify_model(
    model_path: str | Path, *, threads: int | None = None, gpu_layers: int | None = None,
    lang: str = "en", cancel: CancelToken | None = None, store: bool = True,
) -> Generator[Progress, None, Qualification]:
    """Load the model in its own process, qualify it, store the record (for a worker thread:
    it takes about ten card-writing times). Raises ModelError when the model cannot run."""
    with ModelRuntime(model_path, threads=threads, gpu_layers=gpu_layers) as runtime:
        result = yield from qualify(runtime, lang=lang, cancel=cancel)
    if not result.peak_ram_mb and sys.platform != "win32":  # no /proc: the ended child's peak
        import resource

        scale = 1 if sys.platform == "darwin" else 1024
        result.peak_ram_mb = round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20, 1)
    if store:
        save_qualification(result)
    return result


def run_qualification(model_path: str | Path, **kw: Any) -> Qualification:
    """`qualify_model` without progress."""
    return run_to_end(qualify_model(model_path, **kw))


def qualification_task(model_path: str | Path, **kw: Any):
    """`qualify_model` as a TaskWorker task `fn(progress, cancel) -> Qualification` (for the
    window, after a model is imported or downloaded): progress(card, cards, text)."""
    def task(progress, cancel: CancelToken) -> Qualification:
        gen = qualify_model(model_path, cancel=cancel, **kw)
        while True:
            try:
                event = next(gen)
            except StopIteration as stop:
                return stop.value
            if not event.tokens:
                progress(event.card_index or 0, event.card_count or 0,
                         f"Trying the model on sample results ({event.card_index} of "
                         f"{event.card_count})")
    return task


# ------------------------------------------------------------------------------ storage


def _records_path() -> Path:
    from checkup_desktop.paths import data_dir

    return data_dir() / RECORD_FILE


def _key(name: str, size: int) -> str:
    return f"{name}|{size}"


def _read_all() -> dict[str, dict]:
    try:
        data = json.loads(_records_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_qualification(q: Qualification) -> None:
    from checkup_desktop.core.storage.atomic import atomic_write_text

    records = _read_all()
    records[_key(q.model, q.size_bytes)] = asdict(q)
    atomic_write_text(_records_path(), json.dumps(records, indent=1, ensure_ascii=False))


def load_qualification(model_path: str | Path) -> Qualification | None:
    """The stored record of this model file on this computer, or None (never qualified, the
    file changed, or the calibration set changed since)."""
    path = Path(model_path)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    rec = _read_all().get(_key(path.name, size))
    if not rec or rec.get("calibration_version") != CALIBRATION_VERSION:
        return None
    try:
        return Qualification(**rec)
    except TypeError:  # written by another version of the app
        return None


def jobs_for(model_path: str | Path) -> str:
    """The jobs of a qualified model; "none" for one not qualified yet on this computer: a
    model is given work only once it has shown it can do it (the cards keep the knowledge
    base's wording until then)."""
    q = load_qualification(model_path)
    return q.jobs if q is not None else "none"


def qualify_writer(writer, say=None) -> None:
    """A card writer whose model has no record yet: qualify it now (its own process, about ten
    card-writing times) and give the writer the jobs it earned. `say(text)` is told first, as
    it takes a while. A model that cannot run keeps no jobs: the cards keep the knowledge
    base's wording, and the runtime's health record says why."""
    from checkup_desktop.core.llm.errors import ModelError

    config = writer.runtime.config
    if load_qualification(config.model_path) is not None:
        return
    if say is not None:
        say("trying the local model once on sample results, to see what it writes well "
            "(about a minute)")
    try:
        writer.jobs = run_qualification(config.model_path, threads=config.n_threads,
                                        gpu_layers=config.n_gpu_layers).jobs
    except ModelError as exc:
        log.info("qualification failed: %s", exc.message)
