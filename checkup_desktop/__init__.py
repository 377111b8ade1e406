"""Checkup Desktop: a check-up PDF in, prioritized and safe Action Cards out, offline."""

__version__ = "0.1.0"
