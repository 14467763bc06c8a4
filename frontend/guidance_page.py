"""Serve one guidance document as a readable page, with an anchor per section for citation links."""

from __future__ import annotations

import html
import re
from pathlib import Path

from markdown_it import MarkdownIt

from assistant.settings import Settings
from ingest.loaders import SUPPORTED_SUFFIXES, LoadedDocument, load_document
from ingest.metadata import slug

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False})
_HEADING = re.compile(r"<h([1-6])>(.*?)</h\1>", re.S)


class GuidanceLibrary:
    """Finds a document by its id in the corpus folder (re-read when files change) and renders it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._cache: dict[Path, tuple[float, LoadedDocument | None]] = {}

    def _documents(self) -> dict[str, LoadedDocument]:
        found: dict[str, LoadedDocument] = {}
        for path in sorted(self.settings.corpus_dir.rglob("*")):
            if path.suffix.lower() not in SUPPORTED_SUFFIXES or "triage" in path.parts or "eval" in path.parts:
                continue
            mtime = path.stat().st_mtime
            cached = self._cache.get(path)
            if cached is None or cached[0] != mtime:
                try:
                    doc: LoadedDocument | None = load_document(path, path.name, self.settings.max_file_bytes)
                except Exception:
                    doc = None
                self._cache[path] = (mtime, doc)
            doc = self._cache[path][1]
            if doc is not None and path.parent.name != "corpus":  # README.md and friends are not guidance
                found.setdefault(doc.meta.id, doc)
        return found

    def page(self, doc_id: str) -> str | None:
        """The HTML page of a document, or None when no document has that id."""
        doc = self._documents().get(doc_id)
        return None if doc is None else render_page(doc, self.settings.web.brand_name, self.settings.web.brand_color)


def _with_anchor(match: re.Match[str]) -> str:
    level, inner = match.group(1), match.group(2)
    text = html.unescape(re.sub(r"<[^>]+>", "", inner))
    return f'<h{level} id="{slug(text)}">{inner}</h{level}>'


def render_page(doc: LoadedDocument, brand: str, color: str) -> str:
    """A self-contained page: the document's Markdown as HTML (raw HTML escaped), headings anchored."""
    body = _HEADING.sub(_with_anchor, _MD.render(doc.body))
    title = html.escape(doc.meta.title)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · {html.escape(brand)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.55;
       color: #1b1f24; }}
header {{ border-bottom: 3px solid {color}; margin-bottom: 1.5rem; padding-bottom: .5rem; color: {color};
         font-weight: 600; }}
h1, h2, h3 {{ line-height: 1.25; }} :target {{ background: #fff4c2; scroll-margin-top: 1rem; }}
.meta {{ color: #57606a; font-size: .9rem; }}
</style></head>
<body><header>{html.escape(brand)} · guidance</header>
<p class="meta">Reviewed {html.escape(doc.meta.reviewed)} · topics: {html.escape(", ".join(doc.meta.topics))}</p>
{body}
</body></html>"""
