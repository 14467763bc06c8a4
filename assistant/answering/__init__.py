"""Answering micro-sized questions: context building, generation, the groundedness guard, extractive answers."""
