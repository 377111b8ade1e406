"""Typed, user-facing errors. Each message is written for a patient, not a programmer."""


class ReportError(Exception):
    """The report cannot be analysed; `message` says why in plain words."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAPdfError(ReportError):
    pass


class CorruptPdfError(ReportError):
    pass


class PasswordRequiredError(ReportError):
    pass


class EmptyPdfError(ReportError):
    pass


class TooLargeError(ReportError):
    pass


class NoReadableTextError(ReportError):
    """Every page is an image and no vision model is available to read it."""
