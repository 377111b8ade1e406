"""Shortening text to a limit without cutting a word in half (card titles, quoted labels)."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: whole words (or whole Chinese characters) and an
    ellipsis when something was left out, never half a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if not _CJK.search(head[-1:]) and text[limit - 1: limit].strip():
        # inside a word: back up to the last space (keep at least one word)
        cut = head.rsplit(" ", 1)[0] if " " in head else head
        head = cut
    return head.rstrip(" ,;:-–—(（、，") + "…"
