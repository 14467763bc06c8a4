"""Loaders for Markdown (with front matter), plain text, HTML, PDF and DOCX corpus files."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import yaml

from assistant.errors import DocumentError
from assistant.guard.injection import find_injection, strip_hidden
from ingest.metadata import DocMeta, FrontMatterError, slug, validate_front_matter

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx")


@dataclass(frozen=True)
class LoadedDocument:
    """A corpus file as validated metadata plus Markdown-style text (headings as `#` lines)."""

    meta: DocMeta
    body: str
    source: str


def _default_meta(path: Path, title: str | None) -> DocMeta:
    reviewed = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
    return DocMeta(
        slug(path.stem),
        (title or path.stem.replace("-", " ").replace("_", " ")).strip(),
        ("other",),
        ("all",),
        "micro",
        reviewed,
    )


def _decode_text(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise DocumentError(where, "looks like a binary file, not text; save it as UTF-8 text or Markdown")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            where, f"is not valid UTF-8 (byte {exc.start}); re-save the file with UTF-8 encoding"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return None


def load_markdown(path: Path, data: bytes, where: str) -> tuple[DocMeta, str]:
    """Markdown with YAML front matter; the front matter is required and validated."""
    text = _decode_text(data, where)
    if not text.lstrip().startswith("---"):
        raise DocumentError(where, "has no YAML front matter; start the file with a '---' block (see corpus/README.md)")
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        raise DocumentError(where, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from exc
    except ValueError as exc:  # YAML reads `reviewed: 2026-02-30` as a date and fails with a plain ValueError
        raise DocumentError(where, f"front matter has a value that cannot be read ({exc}); check its dates") from exc
    try:
        meta = validate_front_matter(dict(post.metadata))
    except FrontMatterError as exc:
        raise DocumentError(where, str(exc)) from exc
    return meta, post.content


def load_text(path: Path, data: bytes, where: str) -> tuple[DocMeta, str]:
    """Plain text; the title is the first line."""
    body = _decode_text(data, where)
    first = next((line.strip() for line in body.splitlines() if line.strip()), None)
    return _default_meta(path, first), body


def load_html(path: Path, data: bytes, where: str) -> tuple[DocMeta, str]:
    """HTML: visible text with h1-h6 kept as Markdown headings."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "lxml")
    for tag in soup(["script", "style", "nav", "footer", "noscript", "template"]):
        tag.decompose()
    lines: list[str] = []
    root = soup.body or soup
    for el in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote", "td"]):
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        if el.name and el.name[0] == "h" and el.name[1:].isdigit():
            lines.append("#" * int(el.name[1:]) + " " + text)
        elif el.name == "li":
            lines.append("- " + text)
        else:
            lines.append(text)
    title = soup.title.get_text(strip=True) if soup.title else None
    return _default_meta(path, title or _first_heading("\n".join(lines))), "\n\n".join(lines)


def load_pdf(path: Path, data: bytes, where: str) -> tuple[DocMeta, str]:
    """PDF: the text of every page."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except Exception as exc:  # pypdf raises many types for damaged files
        raise DocumentError(where, f"is not a readable PDF ({type(exc).__name__}); re-export it or remove it") from exc
    body = "\n\n".join(p.strip() for p in pages if p.strip())
    return _default_meta(path, title), body


def load_docx(path: Path, data: bytes, where: str) -> tuple[DocMeta, str]:
    """DOCX: paragraphs, with Heading styles kept as Markdown headings."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        reason = f"is not a readable DOCX ({type(exc).__name__}); re-save it from your editor"
        raise DocumentError(where, reason) from exc
    lines: list[str] = []
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        if style.startswith("Heading") and style[-1:].isdigit():
            lines.append("#" * int(style[-1]) + " " + text)
        elif style == "Title":
            lines.append("# " + text)
        else:
            lines.append(text)
    title = document.core_properties.title or None
    body = "\n\n".join(lines)
    return _default_meta(path, title or _first_heading(body)), body


LOADERS: dict[str, Callable[[Path, bytes, str], tuple[DocMeta, str]]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}


def load_document(path: Path, source: str, max_bytes: int) -> LoadedDocument:
    """Read and parse one corpus file, or raise DocumentError naming the file and the reason."""
    suffix = path.suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        raise DocumentError(
            source, f"unsupported file type '{suffix or '(none)'}'; use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError(
            source, f"is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit (ASSISTANT_MAX_FILE_MB)"
        )
    if size == 0:
        raise DocumentError(source, "is empty")
    data = path.read_bytes()
    meta, body = loader(path, data, source)
    raw = data.decode("utf-8", errors="ignore") if suffix in (".md", ".markdown", ".txt", ".html", ".htm") else ""
    flagged = find_injection(raw + "\n" + body)
    if flagged:
        raise DocumentError(
            source,
            f'contains instructions addressed to an AI model ("{flagged[0][:120]}"); guidance must not '
            "instruct the assistant. Remove that text, then ingest again",
        )
    body = strip_hidden(body)
    if not body.strip():
        raise DocumentError(source, "contains no text to index (a scanned PDF needs OCR first)")
    return LoadedDocument(meta=meta, body=body.strip() + "\n", source=source)
