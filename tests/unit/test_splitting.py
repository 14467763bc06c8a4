"""Heading-first, token-bounded splitting."""

from ingest.splitting import count_tokens, split_document, split_sections

DOC = """# Title

Intro line.

## First

Alpha text.

### Deeper

Beta text.

## Second

```
# not a heading inside code
```
"""


def test_sections_follow_heading_path():
    sections = split_sections(DOC)
    paths = [s.heading_path for s in sections]
    assert paths == [("Title",), ("Title", "First"), ("Title", "First", "Deeper"), ("Title", "Second")]
    assert "# not a heading" in sections[-1].text


def test_long_section_is_cut_to_token_budget_with_overlap():
    words = " ".join(f"word{i}." for i in range(900))
    chunks = split_document(f"## Long\n\n{words}", chunk_tokens=100, overlap=20)
    assert len(chunks) > 5
    assert all(count_tokens(c.text) <= 100 for c in chunks)
    assert all(c.heading_path == ("Long",) for c in chunks)
    first_tail = chunks[0].text.split()[-2:]
    assert any(w in chunks[1].text for w in first_tail), "consecutive chunks share an overlap"
    assert [c.index for c in chunks] == list(range(len(chunks)))


def test_short_sections_stay_whole():
    chunks = split_document(DOC, chunk_tokens=300, overlap=40)
    assert [c.text for c in chunks][:2] == ["Intro line.", "Alpha text."]


def test_token_count_uses_offline_encoding():
    assert count_tokens("hello world") == 2
