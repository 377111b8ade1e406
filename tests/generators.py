"""Running a pipeline-style generator in a test: its yielded events and its return value."""

from __future__ import annotations


def drain(gen):
    """(return value, yielded events) of `gen`, run to its end."""
    events = []
    while True:
        try:
            events.append(next(gen))
        except StopIteration as stop:
            return stop.value, events
