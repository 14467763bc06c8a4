"""Each loader turns its format into Markdown-style text, and bad files are named with the reason."""

from pathlib import Path

import pytest

from assistant.errors import DocumentError
from ingest.loaders import load_document

MB = 1024 * 1024


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode() if isinstance(data, str) else data)
    return p


def test_markdown_with_front_matter(tmp_path):
    p = write(
        tmp_path,
        "a.md",
        "---\nid: a\ntitle: A\ntopics: [resume]\naudience: [all]\nsize: micro\n"
        "reviewed: 2026-01-02\n---\n# A\n\nBody.\n",
    )
    doc = load_document(p, "corpus/a.md", MB)
    assert doc.meta.id == "a" and doc.meta.topics == ("resume",)
    assert "Body." in doc.body


def test_plain_text_takes_title_from_first_line(tmp_path):
    doc = load_document(write(tmp_path, "notes.txt", "Interview notes\n\nBe early."), "notes.txt", MB)
    assert doc.meta.title == "Interview notes" and doc.meta.id == "notes"


def test_html_keeps_headings_and_drops_scripts(tmp_path):
    html = (
        "<html><head><title>Guide</title><script>alert(1)</script></head><body><h2>Step one</h2>"
        "<p>Do this.</p><ul><li>and that</li></ul></body></html>"
    )
    doc = load_document(write(tmp_path, "g.html", html), "g.html", MB)
    assert doc.meta.title == "Guide"
    assert "## Step one" in doc.body and "- and that" in doc.body and "alert" not in doc.body


def test_docx_headings_become_markdown(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Offer checklist", level=1)
    d.add_paragraph("Compare total pay.")
    p = tmp_path / "c.docx"
    d.save(p)
    doc = load_document(p, "c.docx", MB)
    assert "# Offer checklist" in doc.body and "Compare total pay." in doc.body


def test_pdf_text_is_extracted(tmp_path):
    from reportlab.pdfgen import canvas

    p = tmp_path / "r.pdf"
    c = canvas.Canvas(str(p))
    c.drawString(72, 720, "Referees should hear from you first.")
    c.save()
    doc = load_document(p, "r.pdf", MB)
    assert "Referees should hear from you first." in doc.body


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("x.xlsx", b"PK\x03\x04", "unsupported file type '.xlsx'"),
        ("e.md", b"", "is empty"),
        ("bad.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
        ("bad.docx", b"not a zip", "not a readable DOCX"),
        ("latin.txt", "caf\xe9 au lait".encode("latin-1"), "not valid UTF-8"),
        ("bin.txt", b"abc\x00\x01\x02", "binary"),
        ("nofm.md", b"# Just a heading\n\ntext", "no YAML front matter"),
        ("badyaml.md", b"---\nid: [unclosed\n---\nbody", "not valid YAML"),
        ("baddate.md", b"---\nid: d\ntitle: D\nreviewed: 2026-02-30\n---\nbody", "cannot be read"),
        ("missing.md", b"---\nid: m\ntitle: M\n---\nbody", "missing front-matter field(s): topics"),
    ],
)
def test_bad_files_are_reported_with_reason(tmp_path, name, data, reason):
    with pytest.raises(DocumentError) as err:
        load_document(write(tmp_path, name, data), f"corpus/{name}", MB)
    assert err.value.path == f"corpus/{name}"
    assert reason in err.value.reason


def test_file_over_size_limit(tmp_path):
    p = write(tmp_path, "big.txt", "a" * 2048)
    with pytest.raises(DocumentError, match="over the"):
        load_document(p, "big.txt", 1024)


def test_the_ingest_summary_line_names_what_design_md_promises():
    from ingest.pipeline import IngestReport

    report = IngestReport(added=["a", "b"], updated=["c"], unchanged=["d"], removed=[], chunks_written=7, seconds=1.25)
    line = report.summary_line()
    documents = "documents: 2 added, 1 updated, 1 unchanged, 0 removed, 0 failed"
    assert line == f"{documents}; chunks: 7 written, 0 deleted; 1.2 s"
    assert "\n" not in line and report.exit_code == 0
