"""Ingestion into real Chroma with the real MiniLM embeddings: re-ingestion, bad input, clean-up."""

from __future__ import annotations

import collections
import shutil
from pathlib import Path

import pytest

from ingest.pipeline import run_ingest
from ingest.store import IndexWriter

pytestmark = pytest.mark.integration


def chunks_by_source(writer: IndexWriter) -> dict[str, list[str]]:
    got = writer.store._collection.get(include=["metadatas", "documents"])
    out: dict[str, list[str]] = collections.defaultdict(list)
    for meta, text in zip(got["metadatas"], got["documents"], strict=True):
        out[meta["source"]].append(text)
    return out


@pytest.fixture
def ingest(settings_for, tmp_corpus, minilm):
    """Run ingestion on the temporary corpus and hand back (report, writer)."""
    settings = settings_for(tmp_corpus)

    def run(*paths: Path, **overrides):
        s = settings.model_copy(update=overrides) if overrides else settings
        writer = IndexWriter(s, minilm)
        return run_ingest(s, list(paths) or None, progress=False, writer=writer), writer

    return run


def test_first_run_indexes_every_document_with_metadata(ingest):
    report, writer = ingest()
    assert sorted(report.added) == [
        "corpus/guidance/counter-offer.md",
        "corpus/guidance/long-term-mentor.md",
        "corpus/guidance/thank-you-note.md",
    ]
    assert report.exit_code == 0 and report.chunks_written > 0
    meta = writer.store._collection.get(where={"doc_id": "counter-offer"}, include=["metadatas"])["metadatas"]
    assert meta and meta[0]["title"] == "Wording a counter-offer email"
    assert {m["section"] for m in meta} >= {"A counter-offer template"}
    assert all(m["topic_offers-negotiation"] is True and m["size"] == "micro" for m in meta)
    assert "2 updated" not in report.summary_line() and "3 added" in report.summary_line()


def test_search_finds_the_right_document(ingest):
    _, writer = ingest()
    hit = writer.store.similarity_search("how do I word my counter offer email", k=1)[0]
    assert hit.metadata["doc_id"] == "counter-offer"


def test_unchanged_corpus_embeds_nothing(ingest):
    ingest()
    report, _ = ingest()
    assert report.chunks_written == 0 and len(report.unchanged) == 3 and not report.added


def test_edit_replaces_only_that_documents_chunks(ingest, tmp_corpus):
    _, writer = ingest()
    before = chunks_by_source(writer)
    doc = tmp_corpus / "guidance" / "thank-you-note.md"
    doc.write_text(doc.read_text().replace("within one working day", "within twenty-four hours"))
    report, writer = ingest()
    after = chunks_by_source(writer)
    assert report.updated == ["corpus/guidance/thank-you-note.md"] and len(report.unchanged) == 2
    assert any("twenty-four hours" in t for t in after["corpus/guidance/thank-you-note.md"])
    assert not any("one working day" in t for t in after["corpus/guidance/thank-you-note.md"])
    assert len(after["corpus/guidance/thank-you-note.md"]) == len(before["corpus/guidance/thank-you-note.md"])
    for other in ("corpus/guidance/counter-offer.md", "corpus/guidance/long-term-mentor.md"):
        assert sorted(after[other]) == sorted(before[other])


def test_deleted_document_is_removed(ingest, tmp_corpus):
    ingest()
    (tmp_corpus / "guidance" / "long-term-mentor.md").unlink()
    report, writer = ingest()
    assert report.removed == ["corpus/guidance/long-term-mentor.md"]
    assert "corpus/guidance/long-term-mentor.md" not in chunks_by_source(writer)


def test_renamed_document_leaves_no_duplicates(ingest, tmp_corpus):
    _, writer = ingest()
    n = sum(len(v) for v in chunks_by_source(writer).values())
    guidance = tmp_corpus / "guidance"
    (guidance / "counter-offer.md").rename(guidance / "negotiation-email.md")
    report, writer = ingest()
    by_source = chunks_by_source(writer)
    assert report.removed == ["corpus/guidance/counter-offer.md"]
    assert report.added == ["corpus/guidance/negotiation-email.md"]
    assert "corpus/guidance/counter-offer.md" not in by_source
    assert sum(len(v) for v in by_source.values()) == n
    texts = [t for v in by_source.values() for t in v]
    assert len(texts) == len(set(texts))


BAD_FILES = {
    "notes.xlsx": b"PK\x03\x04junk",
    "scan.pdf": b"%PDF-1.7 broken",
    "empty.md": b"",
    "nofield.md": b"---\nid: nofield\ntitle: No topics\naudience: [all]\nsize: micro\n"
    b"reviewed: 2026-01-01\n---\nbody\n",
    "latin.txt": "r\xe9sum\xe9 tips".encode("latin-1"),
    "baddate.md": b"---\nid: baddate\ntitle: Bad date\ntopics: [after-interview]\naudience: [all]\nsize: micro\n"
    b"reviewed: 2026-02-30\n---\nbody\n",
    "headings.md": b"---\nid: headings\ntitle: Headings only\ntopics: [after-interview]\naudience: [all]\n"
    b"size: micro\nreviewed: 2026-01-01\n---\n# Headings only\n\n## A section with nothing under it\n",
}


def test_bad_files_are_reported_and_others_still_ingested(ingest, tmp_corpus):
    for name, data in BAD_FILES.items():
        (tmp_corpus / "guidance" / name).write_bytes(data)
    (tmp_corpus / "guidance" / "huge.txt").write_text("x " * 40000)
    report, writer = ingest(max_file_mb=0.05)
    failed = {Path(e.path).name: e.reason for e in report.failed}
    assert set(failed) == {*BAD_FILES, "huge.txt"}
    assert "missing front-matter field(s): topics" in failed["nofield.md"]
    assert "over the" in failed["huge.txt"]
    assert "cannot be read" in failed["baddate.md"] and "no text under any heading" in failed["headings.md"]
    assert report.exit_code == 1 and len(report.added) == 3
    assert set(chunks_by_source(writer)) == {
        f"corpus/guidance/{n}" for n in ("counter-offer.md", "thank-you-note.md", "long-term-mentor.md")
    }


def test_failed_edit_keeps_the_earlier_chunks(ingest, tmp_corpus):
    _, writer = ingest()
    before = chunks_by_source(writer)["corpus/guidance/counter-offer.md"]
    (tmp_corpus / "guidance" / "counter-offer.md").write_text("---\nid: counter-offer\ntitle: [broken\n---\nnew")
    report, writer = ingest()
    assert [Path(e.path).name for e in report.failed] == ["counter-offer.md"]
    assert "counter-offer.md" not in " ".join(report.removed)
    assert sorted(chunks_by_source(writer)["corpus/guidance/counter-offer.md"]) == sorted(before)


def test_single_file_path_and_non_guidance_files_are_skipped(ingest, tmp_corpus):
    (tmp_corpus / "README.md").write_text("# How to add documents\n")
    (tmp_corpus / "mentors.yaml").write_text("mentors: []\n")
    report, _ = ingest()
    assert report.exit_code == 0 and len(report.added) == 3
    report, _ = ingest(tmp_corpus / "guidance" / "thank-you-note.md")
    assert report.unchanged == ["corpus/guidance/thank-you-note.md"] and not report.removed


def test_a_lost_record_database_and_a_one_file_run_keep_the_other_documents(ingest, tmp_corpus):
    _, writer = ingest()
    before = chunks_by_source(writer)
    (writer.settings.data_dir / "ingest_records.sqlite").unlink()  # lost: every vector is now unknown to it
    report, writer = ingest(tmp_corpus / "guidance" / "thank-you-note.md")
    assert report.exit_code == 0
    assert chunks_by_source(writer) == before, "the vectors of documents outside this run are left alone"


def test_other_formats_are_ingested(ingest, tmp_corpus):
    import docx

    d = docx.Document()
    d.add_heading("Career fair checklist", level=1)
    d.add_paragraph("Bring a one-page resume and a thirty-second introduction.")
    d.save(tmp_corpus / "guidance" / "fair.docx")
    (tmp_corpus / "guidance" / "video.html").write_text(
        "<html><head><title>Video interviews</title></head><body><h2>Lighting</h2><p>Face a window.</p></body></html>"
    )
    (tmp_corpus / "guidance" / "tips.txt").write_text("Follow-up tips\n\nWait a week after the stated date.")
    report, writer = ingest()
    assert report.exit_code == 0 and len(report.added) == 6
    hit = writer.store.similarity_search("what should I bring to a career fair", k=1)[0]
    assert hit.metadata["doc_id"] == "fair"


def test_second_ingestion_waits_then_gives_up_with_a_clear_message(ingest, settings_for, tmp_corpus, minilm):
    from filelock import FileLock

    from assistant.errors import IndexBusyError

    settings = settings_for(tmp_corpus, ingest_lock_timeout_s=0.2)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(settings.data_dir / "ingest.lock")), pytest.raises(IndexBusyError, match="Another ingestion"):
        run_ingest(settings, progress=False, writer=IndexWriter(settings, minilm))


def test_shipped_corpus_has_forty_valid_documents(tmp_path):
    from assistant.settings import Settings
    from ingest.pipeline import IngestReport, discover, load_all

    settings = Settings(data_dir=tmp_path)
    files, _, missing = discover([settings.corpus_dir], settings)
    report = IngestReport()
    loaded = load_all(files, settings, report)
    assert not missing and not report.failed, report.failed
    assert len(loaded) >= 40
    for doc, _chunks in loaded:
        words = len(doc.body.split())
        assert 300 <= words <= 1200, (doc.source, words)
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_retrieval_eval_on_an_empty_index_says_to_index_first(settings_for, tmp_corpus, minilm):
    """Before any ingestion the eval says the index is empty and fails, instead of printing recall 0.000."""
    from assistant.answering.evaluate import evaluate_answers
    from assistant.pipeline import build_assistant

    settings = settings_for(tmp_corpus)
    writer = IndexWriter(settings, minilm)
    assistant = build_assistant(settings, embeddings=minilm, store=writer.store)
    assert assistant.index_status().chunks == 0
    text = evaluate_answers(settings, 0)
    assert "is empty" in text and "make index" in text and text.rstrip().endswith("FAIL")
    run_ingest(settings, None, progress=False, writer=writer)
    assert assistant.index_status().chunks > 0
