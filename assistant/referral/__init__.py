"""Referrals to human long-term mentors: directory, matching, drafts, the durable store and its notifications."""
