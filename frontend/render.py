"""Turn replies into safe Markdown for the chat: route badge, answer, citations, reasons (pure)."""

from __future__ import annotations

import html
import re

from assistant.guard.injection import strip_images
from assistant.types import Reply, Triage
from ingest.metadata import slug

BADGES = {
    "micro": "Quick answer",
    "mentor": "Mentor referral",
    "unsure": "One question first",
    "crisis": "Get help now",
    "out_of_scope": "Not something I can help with here",
}
_LINK = re.compile(r"\[([^\]]+)\]\((?!/guidance/)[^)]*\)")
_GUIDANCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\((/guidance/[\w#./-]*)\)")
_MARK = "\ue000"  # a private-use character around each kept link's number while the rest is escaped
_KEPT_AT = re.compile(f"{_MARK}(\\d+){_MARK}")


def safe_markdown(text: str) -> str:
    """Markdown with raw HTML escaped, images reduced to their alt text and outside links to their words; any bracket
    left is escaped, so no reference link, reference image or escaped-bracket trick can still form a link. Only a plain
    link to a guidance page survives."""
    text = html.escape(text, quote=False).replace(_MARK, "")
    text = strip_images(text)
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        if ".." in m.group(2):
            return m.group(1)
        kept.append(m.group(0))
        return f"{_MARK}{len(kept) - 1}{_MARK}"

    text = _GUIDANCE_LINK.sub(keep, text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")  # a backslash first: "\\[" stays escaped
    return _KEPT_AT.sub(lambda m: kept[int(m.group(1))], text)


def badge(route: str) -> str:
    """The route badge shown at the top of a reply."""
    return f"**{BADGES.get(route, route)}**"


def guidance_link(base: str, doc_id: str, section: str) -> str:
    """Where a citation points: the guidance page, scrolled to the cited section."""
    anchor = f"#{slug(section)}" if section else ""
    return f"{base.rstrip('/')}/guidance/{doc_id}{anchor}"


def citations_markdown(reply: Reply, base: str = "") -> str:
    """Numbered sources under an answer, each a link to its guidance section."""
    if not reply.citations:
        return ""
    lines = []
    for c in reply.citations:
        title = safe_markdown(c.title) + (f" — {safe_markdown(c.section)}" if c.section else "")
        lines.append(f"- \\[{c.n}\\] [{title}]({guidance_link(base, c.doc_id, c.section)})")
    return "**Sources**\n\n" + "\n".join(lines)


def reply_markdown(reply: Reply, base: str = "") -> str:
    """The whole reply message: badge, any check-in (crisis lines first), any notice, the answer, then the sources."""
    check_in, answer = reply.check_in_first()
    parts = [] if reply.courtesy else [badge(reply.route)]
    if check_in:
        parts.append(safe_markdown(check_in.rstrip()))
    if reply.notice:
        parts.append(f"*{safe_markdown(reply.notice)}*")
    parts.append(safe_markdown(answer))
    cites = citations_markdown(reply, base)
    if cites:
        parts.append(cites)
    return "\n\n".join(parts)


def reasons_markdown(triage: Triage | None, override: str | None = None) -> str:
    """Why the question took this route, for the one-click 'why' panel."""
    if triage is None:
        return ""
    lines = [f"- {safe_markdown(r)}" for r in triage.reasons]
    if override:
        lines.insert(0, f"- You asked for a {'mentor' if override == 'mentor' else 'quick pointer'} instead.")
    head = f"Confidence {triage.confidence:.0%} · topic: {triage.topic.replace('-', ' ')}"
    return head + "\n\n" + "\n".join(lines)


def streaming_markdown(route_hint: str, text: str) -> str:
    """What the chat shows while an answer is still being written."""
    return f"{badge(route_hint)}\n\n{safe_markdown(text)} ▌"
