"""Synthetic check-up reports with gold labels, generated at test time (never committed)."""
