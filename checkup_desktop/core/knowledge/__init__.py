"""The clinical knowledge base: analytes, narrative-finding rules and card texts.

The data lives in versioned TOML files under resources/knowledge/ (DESIGN §3 step 4: data,
not code). `entries` holds the validated entry models, `base` answers the pipeline's questions
(which analyte is this printed label, which narrative rules fire on a sentence) and `loading`
reads and checks the files. Qt-free.
"""

from checkup_desktop.core.knowledge.base import KnowledgeBase
from checkup_desktop.core.knowledge.entries import (
    DEFAULT_DIR,
    Analyte,
    Direction,
    FindingRule,
    Group,
    KnowledgeBaseError,
    Routing,
    normalize_label,
    normalize_unit,
)
from checkup_desktop.core.knowledge.loading import load_knowledge

__all__ = [
    "DEFAULT_DIR", "Analyte", "Direction", "FindingRule", "Group", "KnowledgeBase",
    "KnowledgeBaseError", "Routing", "load_knowledge", "normalize_label", "normalize_unit",
]
