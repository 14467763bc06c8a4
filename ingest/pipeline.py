"""The ingestion run: discover files, load, split, and write through LangChain index() incrementally."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from assistant.errors import DocumentError
from assistant.settings import Settings
from ingest.loaders import LoadedDocument, load_document
from ingest.splitting import split_document
from ingest.store import IndexWriter

# Files and folders of corpus/ that are not guidance text (they have their own loaders elsewhere).
NOT_GUIDANCE = {"README.md", "mentors.yaml", "resources.yaml", "triage", "eval"}


@dataclass
class IngestReport:
    """What one ingestion run did, per document and in chunks."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[DocumentError] = field(default_factory=list)
    chunks_written: int = 0
    chunks_deleted: int = 0
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """1 when any file failed, else 0."""
        return 1 if self.failed else 0

    def summary_line(self) -> str:
        """The one line printed at the end of a run."""
        return (
            f"documents: {len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.failed)} failed; chunks: {self.chunks_written} written, "
            f"{self.chunks_deleted} deleted; {self.seconds:.1f} s"
        )


def source_key(path: Path, settings: Settings) -> str:
    """A stable name for a file: relative to the corpus folder's parent when inside it, else absolute."""
    resolved = path.resolve()
    base = settings.corpus_dir.resolve().parent
    try:
        return resolved.relative_to(base).as_posix()
    except ValueError:
        return resolved.as_posix()


def source_path(source: str, settings: Settings) -> Path:
    """The file a source key names."""
    p = Path(source)
    return p if p.is_absolute() else settings.corpus_dir.resolve().parent / p


def discover(
    paths: Iterable[Path], settings: Settings
) -> tuple[list[tuple[Path, str]], list[str], list[DocumentError]]:
    """Files to ingest, the source prefixes whose vanished files should be removed, and missing paths."""
    files: list[tuple[Path, str]] = []
    prefixes: list[str] = []
    errors: list[DocumentError] = []
    corpus_root = settings.corpus_dir.resolve()
    for path in paths:
        if not path.exists():
            errors.append(DocumentError(str(path), "does not exist"))
            continue
        if path.is_file():
            files.append((path, source_key(path, settings)))
            continue
        prefixes.append(source_key(path, settings).rstrip("/") + "/")
        for candidate in sorted(path.rglob("*")):
            rel = candidate.relative_to(path)
            if any(part.startswith(".") for part in rel.parts) or not candidate.is_file():
                continue
            if path.resolve() == corpus_root and rel.parts[0] in NOT_GUIDANCE:
                continue
            files.append((candidate, source_key(candidate, settings)))
    return files, prefixes, errors


def to_documents(doc: LoadedDocument, settings: Settings) -> list[Document]:
    """Chunks of one document as LangChain Documents carrying the metadata retrieval needs."""
    meta = doc.meta
    out = []
    for chunk in split_document(doc.body, settings.chunk_tokens, settings.chunk_overlap):
        heading = " > ".join(chunk.heading_path)
        metadata: dict[str, str | int | bool] = {
            "doc_id": meta.id,
            "title": meta.title,
            "heading_path": heading,
            "section": chunk.heading_path[-1] if chunk.heading_path else meta.title,
            "topics": ",".join(meta.topics),
            "audience": ",".join(meta.audience),
            "size": meta.size,
            "reviewed": meta.reviewed,
            "source": doc.source,
            "chunk": chunk.index,
        }
        metadata.update({f"topic_{t}": True for t in meta.topics})
        context = f"{meta.title}" + (f" > {heading}" if heading and heading != meta.title else "")
        out.append(Document(page_content=f"{context}\n\n{chunk.text}", metadata=metadata))
    return out


def load_all(
    files: list[tuple[Path, str]], settings: Settings, report: IngestReport
) -> list[tuple[LoadedDocument, list[Document]]]:
    """Load and split every file; failures go to the report and the file is left out."""
    loaded: list[tuple[LoadedDocument, list[Document]]] = []
    seen_ids: dict[str, str] = {}
    for path, source in files:
        try:
            doc = load_document(path, source, settings.max_file_bytes)
            if doc.meta.id in seen_ids:
                raise DocumentError(source, f"id '{doc.meta.id}' is already used by {seen_ids[doc.meta.id]}")
            seen_ids[doc.meta.id] = source
            chunks = to_documents(doc, settings)
            if not chunks:  # indexed as nothing, it would be reported added, or unchanged while its old text stays
                raise DocumentError(source, "has no text under any heading; write the guidance under its headings")
        except DocumentError as exc:
            report.failed.append(exc)
            continue
        except OSError as exc:
            report.failed.append(DocumentError(source, f"cannot be read ({exc.strerror or exc})"))
            continue
        except Exception as exc:  # one file the loaders did not foresee must not stop the others
            report.failed.append(DocumentError(source, f"could not be loaded ({type(exc).__name__}: {exc})"))
            continue
        loaded.append((doc, chunks))
    return loaded


def run_ingest(
    settings: Settings,
    paths: Iterable[Path] | None = None,
    embeddings: Embeddings | None = None,
    progress: bool = True,
    writer: IndexWriter | None = None,
) -> IngestReport:
    """Ingest the given paths (default: the corpus folder) and report per document."""
    started = time.perf_counter()
    report = IngestReport()
    files, prefixes, missing = discover(list(paths or [settings.corpus_dir]), settings)
    report.failed.extend(missing)
    loaded = load_all(files, settings, report)
    writer = writer or IndexWriter(settings, embeddings)
    with writer.locked():
        sources = [doc.source for doc, _ in loaded]
        before = writer.keys_by_source(sources)
        result = writer.index([doc_chunks for _, doc_chunks in loaded if doc_chunks], progress=progress)
        report.chunks_written = result["num_added"] + result["num_updated"]
        report.chunks_deleted = result["num_deleted"]
        after = writer.keys_by_source(sources)
        for source in sources:
            if not before.get(source):
                report.added.append(source)
            elif before[source] == after.get(source):
                report.unchanged.append(source)
            else:
                report.updated.append(source)
        failed_sources = {e.path for e in report.failed}
        vanished = [
            s
            for s in writer.indexed_sources()
            if any(s.startswith(p) for p in prefixes)
            and s not in failed_sources
            and not source_path(s, settings).exists()
        ]
        for source in vanished:
            report.chunks_deleted += writer.remove_source(source)
            report.removed.append(source)
        report.chunks_deleted += writer.reconcile({source for _, source in files}, prefixes)
    report.seconds = time.perf_counter() - started
    return report
