"""Career-question triage assistant: answer quick questions from cited guidance, refer deep ones to mentors."""

from assistant.pipeline import Assistant, build_assistant
from assistant.settings import Settings

__all__ = ["Assistant", "Settings", "build_assistant"]
