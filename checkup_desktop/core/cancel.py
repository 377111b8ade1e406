"""Cooperative cancellation shared by the pipeline, the model and the workers."""

import threading


class Cancelled(Exception):
    """Raised at a cancel point; nothing half-done is kept."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
