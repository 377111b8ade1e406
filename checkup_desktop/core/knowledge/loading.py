"""Reading and validating the TOML files of resources/knowledge/ into a KnowledgeBase."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from checkup_desktop.core.knowledge.analytes import Analyte
from checkup_desktop.core.knowledge.base import KnowledgeBase
from checkup_desktop.core.knowledge.card_texts import Group
from checkup_desktop.core.knowledge.findings import FindingRule
from checkup_desktop.core.knowledge.routing_rules import DirectionRule
from checkup_desktop.core.models import MAX_TITLE_CHARS
from checkup_desktop.paths import resources_dir

DEFAULT_DIR = resources_dir() / "knowledge"  # frozen-app aware (PyInstaller _MEIPASS)


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is missing or invalid; the message names the file and entry."""


# --------------------------------------------------------------------------- loading


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise KnowledgeBaseError(f"{path}: file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeBaseError(f"{path}: not valid TOML: {exc}") from exc


def _entry_error(path: Path, kind: str, entry: dict, exc: ValidationError) -> KnowledgeBaseError:
    key = entry.get("key", "?") if isinstance(entry, dict) else "?"
    problems = "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or '(entry)'}: {err['msg']}"
        for err in exc.errors()
    )
    return KnowledgeBaseError(f"{path}: {kind} {key!r}: {problems}")


def _expand_source(value: str, sources: dict[str, str]) -> str:
    return sources.get(value, value)


Entries = list[tuple[Path, dict]]  # (file, raw TOML table) so errors can name the file


def _read_files(root: Path, files: list[str]) -> tuple[Entries, Entries, Entries, list[str]]:
    groups: Entries = []
    analytes: Entries = []
    findings: Entries = []
    normal_statements: list[str] = []
    for name in files:
        path = root / name
        data = _read_toml(path)
        unknown = set(data) - {"group", "analyte", "finding", "normal_statements"}
        if unknown:
            raise KnowledgeBaseError(f"{path}: unknown top-level tables {sorted(unknown)}")
        groups += [(path, g) for g in data.get("group", [])]
        analytes += [(path, a) for a in data.get("analyte", [])]
        findings += [(path, f) for f in data.get("finding", [])]
        for pattern in data.get("normal_statements", {}).get("patterns", []):
            try:
                re.compile(pattern, re.I)
            except re.error as exc:
                raise KnowledgeBaseError(f"{path}: normal statement {pattern!r}: {exc}") from exc
            normal_statements.append(pattern)
    return groups, analytes, findings, normal_statements


def _validated(raw: Entries, model, kind: str, taken: set[str] = frozenset()):
    """(path, entry model) for each raw entry; a clear error naming file and entry when one
    is invalid or its key is already used (here or in `taken`)."""
    seen: set[str] = set()
    for path, entry in raw:
        try:
            item = model.model_validate(entry)
        except ValidationError as exc:
            raise _entry_error(path, kind, entry, exc) from exc
        if item.key in seen or item.key in taken:
            raise KnowledgeBaseError(f"{path}: {kind} {item.key!r} defined twice")
        seen.add(item.key)
        yield path, item


def _build_groups(raw: Entries, root: Path) -> dict[str, Group]:
    groups = {group.key: group for _path, group in _validated(raw, Group, "group")}
    for key, group in list(groups.items()):
        if group.like:
            parent = groups.get(group.like)
            if parent is None or parent.like:
                raise KnowledgeBaseError(f"group {key!r}: `like` names unknown or chained "
                                         f"group {group.like!r}")
            group = group.model_copy(update={"en": group.en or parent.en,
                                             "zh": group.zh or parent.zh})
            groups[key] = group
        if group.en is None or group.zh is None:
            raise KnowledgeBaseError(f"group {key!r}: needs texts in `en` and `zh`")
        for lang in ("en", "zh"):
            for direction in ("high", "low", "abnormal"):
                if len(group.title(direction, lang, label="")) > MAX_TITLE_CHARS:
                    raise KnowledgeBaseError(f"group {key!r}: {lang} {direction} title is "
                                             f"longer than {MAX_TITLE_CHARS} characters")
    if "other" not in groups:
        raise KnowledgeBaseError(f"{root}: the generic group 'other' is missing")
    return groups


def _build_analytes(raw: Entries, groups: dict[str, Group], sources: dict[str, str],
                    words: dict[str, list[str]]) -> list[Analyte]:
    analytes: dict[str, Analyte] = {}
    for path, analyte in _validated(raw, Analyte, "analyte"):
        group = groups.get(analyte.group)
        if group is None:
            raise KnowledgeBaseError(f"{path}: analyte {analyte.key!r}: unknown group "
                                     f"{analyte.group!r}")
        rng = analyte.range
        if rng is not None:
            rng = rng.model_copy(update={"source": _expand_source(rng.source, sources)})
        qualitative = analyte.kind == "qualitative"
        analytes[analyte.key] = analyte.model_copy(update={
            "source": _expand_source(analyte.source, sources),
            "range": rng,
            "default_rule": DirectionRule(priority=group.priority,
                                          department=group.department,
                                          follow_up=group.follow_up),
            "base_normal_words": words.get("normal", []) if qualitative else [],
            "base_abnormal_words": words.get("abnormal", []) if qualitative else [],
        })
    return list(analytes.values())


def _build_findings(raw: Entries, groups: dict[str, Group], sources: dict[str, str],
                    analyte_keys: set[str]) -> list[FindingRule]:
    """Narrative rules; a rule without a defined group gets one borrowing `like`'s texts."""
    findings: dict[str, FindingRule] = {}
    for path, rule in _validated(raw, FindingRule, "finding", analyte_keys):
        rule = rule.model_copy(update={"group": rule.group or rule.key,
                                       "source": _expand_source(rule.source, sources)})
        parent = groups.get(rule.like)
        if rule.group not in groups and parent is not None:
            groups[rule.group] = Group(key=rule.group, name=rule.name, like=rule.like,
                                       priority=rule.priority, department=rule.department,
                                       follow_up=rule.follow_up, en=parent.en, zh=parent.zh)
        if rule.group not in groups:
            raise KnowledgeBaseError(f"{path}: finding {rule.key!r}: unknown group "
                                     f"{rule.group!r}")
        findings[rule.key] = rule
    for rule in findings.values():
        missing = (set(rule.suppressed_by) | set(rule.joins)) - set(findings)
        if missing:
            raise KnowledgeBaseError(f"finding {rule.key!r}: suppressed_by/joins names unknown "
                                     f"rules {sorted(missing)}")
    return list(findings.values())


def _build(root: Path) -> KnowledgeBase:
    index_path = root / "index.toml"
    index = _read_toml(index_path)
    version = index.get("version")
    files = index.get("files")
    if not isinstance(version, str) or not isinstance(files, list) or not files:
        raise KnowledgeBaseError(f"{index_path}: needs `version` (string) and `files` (list)")
    sources: dict[str, str] = index.get("sources", {})
    raw_groups, raw_analytes, raw_findings, normal_statements = _read_files(root, files)
    groups = _build_groups(raw_groups, root)
    analytes = _build_analytes(raw_analytes, groups, sources, index.get("words", {}))
    findings = _build_findings(raw_findings, groups, sources, {a.key for a in analytes})
    return KnowledgeBase(version, analytes, findings, groups, normal_statements)


@functools.lru_cache(maxsize=4)
def _load_cached(root: Path) -> KnowledgeBase:
    return _build(root)


def load_knowledge(path: Path | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base (cached per directory).

    `path` is the knowledge directory or its index.toml; default: resources/knowledge.
    Raises KnowledgeBaseError naming the file and entry when anything is invalid.
    """
    root = Path(path) if path is not None else DEFAULT_DIR
    if root.is_file():
        root = root.parent
    return _load_cached(root.resolve())
