"""The clinical knowledge base: analytes, narrative-finding rules and card texts.

The data lives in versioned TOML files under resources/knowledge/ (DESIGN §3 step 4: data,
not code). One job a module: `normalize` (how printed labels, units and words are matched),
`routing_rules` (a direction's routing and severity bands), `analytes` (lab-row entries),
`findings` (narrative rules and their negation scope), `card_texts` (card groups and their
texts), `names`; `base` answers the pipeline's questions (which analyte is this printed label,
which narrative rules fire on a sentence) and `loading` reads and checks the files. Qt-free.
"""

from checkup_desktop.core.knowledge.analytes import Analyte, Direction
from checkup_desktop.core.knowledge.base import KnowledgeBase
from checkup_desktop.core.knowledge.card_texts import Group
from checkup_desktop.core.knowledge.findings import FindingRule
from checkup_desktop.core.knowledge.loading import DEFAULT_DIR, KnowledgeBaseError, load_knowledge
from checkup_desktop.core.knowledge.normalize import normalize_label, normalize_unit
from checkup_desktop.core.knowledge.routing_rules import Routing

__all__ = [
    "DEFAULT_DIR", "Analyte", "Direction", "FindingRule", "Group", "KnowledgeBase",
    "KnowledgeBaseError", "Routing", "load_knowledge", "normalize_label", "normalize_unit",
]
