"""Triage: decide the route of a question (micro, mentor, unsure, crisis, out of scope)."""

from assistant.triage.service import Triager

__all__ = ["Triager"]
