"""The fixed vocabularies: topics, audiences, document sizes, routes and mentoring formats."""

from __future__ import annotations

TOPICS: tuple[str, ...] = (
    "resume",
    "cover-letter",
    "job-search",
    "online-presence",
    "networking",
    "referrals",
    "recruiters",
    "interviews",
    "after-interview",
    "offers-negotiation",
    "references",
    "leaving-a-job",
    "new-job",
    "career-fairs",
    "portfolio",
    "early-career",
    "career-change",
    "career-direction",
    "skills-growth",
    "mentoring",
    "workplace-rights",
    "wellbeing",
    "other",
)

AUDIENCES: tuple[str, ...] = (
    "all",
    "students",
    "graduates",
    "early-career",
    "mid-career",
    "career-changers",
    "returners",
    "staff",
)

SIZES: tuple[str, ...] = ("micro", "mentor", "both")

ROUTES: tuple[str, ...] = ("micro", "mentor", "unsure", "crisis", "out_of_scope")

# How help is given, after the seed document's formats; `long-term` is classic mentoring, `none` means no mentoring.
FORMATS: tuple[str, ...] = (
    "just-in-time",
    "situational",
    "nano",
    "flash",
    "speed",
    "peer-to-peer",
    "project-based",
    "gig",
    "reverse-micro",
    "long-term",
    "none",
)
