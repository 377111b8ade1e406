"""The words of a lab row's value and flag: flag words, qualitative results, the row
pattern (flag, comparator, value, flag, tail), critical markers and blood pressure readings.
"""

from __future__ import annotations

import re

from checkup_desktop.core.ranges import NUM

_FLAG_WORDS = (
    r"(?:Above|Below)\s+(?:the\s+)?(?:normal\s+|reference\s+)?range|Out\s+of\s+range|"
    r"(?:Critical|Panic)(?:\s+(?:High|Low))?|CRIT(?:\s*[HL])?|!!|危急值?|"
    r"HH|LL|H|L|High|Low|Borderline(?:\s+High|\s+Low)?|Abnormal|Normal|N|A|"
    r"↑↑|↓↓|↑|↓|\*+|\[H\]|\[L\]|\(H\)|\(L\)|\[HH\]|\[LL\]|"
    r"偏高|偏低|升高|降低|增高|减低|高|低|正常|异常"
)
_QUAL = (
    r"Non[- ]?Reactive|Not\s+Detected|Reactive|Positive|Negative|Present|Absent|Nil|Trace|"
    r"Detected|Weakly\s+Positive|\+{1,4}|\(\+{1,4}\)|\(-\)|\(±\)|±|弱阳性|阳性|阴性|未检出|检出"
)
_ROW = re.compile(
    rf"^\s*[:：]?\s*(?:(?P<pre>{_FLAG_WORDS})\s+)?(?P<cmp>[<>≤≥＜＞]=?)?\s*"
    rf"(?P<val>[1-4]\+(?![\d+])|{NUM}|(?:{_QUAL})(?![A-Za-z]))"
    rf"(?:\s*(?P<post>{_FLAG_WORDS})(?![A-Za-z0-9]))?"
    r"(?P<tail>.*)$",
    re.IGNORECASE,
)
_LATE_FLAG = re.compile(rf"(?:{_FLAG_WORDS}|阳性|\(\+\))", re.IGNORECASE)
# The lab's own critical (panic) markers, anywhere after the label.
_CRITICAL_MARK = re.compile(r"(?<![A-Za-z])(?:critical|panic|crit)(?![a-z])|!!|危急", re.I)


_BP_LABEL = re.compile(r"blood\s+pressure|\bB\.?P\b|血压", re.IGNORECASE)
_BP = re.compile(r"^\s*[:：]?\s*(\d{2,3})\s*/\s*(\d{2,3})\b")


_LABEL_STOP = re.compile(
    rf"^\s*(?:[<>≤≥＜＞]=?\s*)?(?:{NUM}|(?:{_QUAL})(?![A-Za-z]))", re.IGNORECASE)


_VALUE_ONLY = re.compile(rf"^\s*[<>≤≥]?\s*(?:{NUM}|{_QUAL})\s*$", re.IGNORECASE)
