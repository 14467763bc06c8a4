"""Every domain error, each with a message a person can act on."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: the message says what went wrong and what to do."""


class ConfigurationError(AssistantError):
    """A setting is missing or has a value we cannot use."""


class MissingExtraError(ConfigurationError):
    """An optional package is needed for the chosen backend."""

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        super().__init__(f"{purpose} needs the package '{package}'. Install it with: pip install '.[{extra}]'")


class DocumentError(AssistantError):
    """A corpus file cannot be ingested; names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class IndexBusyError(AssistantError):
    """Another ingestion holds the index lock."""


class BackendUnavailableError(AssistantError):
    """A server we depend on (Chroma, LLM, database) did not answer."""


class InputError(AssistantError):
    """The person's input cannot be processed as given."""


class NotFoundError(InputError):
    """A reference code, mentor or record that does not exist."""
