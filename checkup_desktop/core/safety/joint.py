"""The two learned checks judged together (issue 11 §1): the word check (learned.py) and the
meaning check (meaning.py) each give a probability that a sentence is unsafe. A sentence is
flagged when one check alone reaches its own threshold, or when both lean the same way: their
mean reaches JOINT_THRESHOLD.

Why: each check's own threshold is chosen on held-out folds of the corpus, where it flags 2%
of safe sentences. On sets written later by other writers those thresholds proved too strict
(the meaning check's is 0.98), and lowering either one alone let in many false positives; the
two err on different sentences, so where both lean towards "unsafe" they are rarely both
wrong. JOINT_THRESHOLD was chosen on red-team sets 15, 17 and 18 (1632 sentences the checks
were not trained on), scored behind the rules of that time as classify() does: each check
alone 0.951 recall / 0.040 false positives; with the mean at 0.8 as well 0.966 / 0.040. Lower
thresholds caught more (0.977 / 0.041 at 0.7) but flag hand-written safe sentences of
tests/test_safety.py ("raised values can be a sign of diabetes": mean 0.76).
Without one of the two models, the other judges alone at its own threshold.
"""

from __future__ import annotations

from checkup_desktop.core.safety import learned, meaning

JOINT_THRESHOLD = 0.8


def flags(text: str, kind: str, lang: str) -> bool:
    p_words = learned.unsafe_probability(text, kind, lang)
    p_meaning = meaning.unsafe_probability(text, kind, lang) if meaning.available() else None
    if p_meaning is None:
        return learned.flags(text, kind, lang)
    if p_words is None:
        return meaning.flags(text, kind, lang)
    return (p_words >= learned.threshold() or meaning.flags(text, kind, lang)
            or (p_words + p_meaning) / 2 >= JOINT_THRESHOLD)
