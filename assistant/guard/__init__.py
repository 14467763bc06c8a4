"""Checks that run before triage: input limits and the deterministic crisis patterns."""
