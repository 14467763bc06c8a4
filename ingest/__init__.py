"""Ingestion: turn corpus files into embedded, de-duplicated chunks in Chroma."""

from ingest.pipeline import IngestReport, run_ingest

__all__ = ["IngestReport", "run_ingest"]
