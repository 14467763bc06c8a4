"""The admin area in a real browser: refused without login; with it, uploads become answers, the queue works."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from assistant.referral.draft import Contact, ReferralDraft
from assistant.referral.store import ReferralStore, Submission
from tests.e2e.conftest import ADMIN

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
NEW_DOC = """---
id: assessment-centre-day
title: Getting through an assessment centre day
topics: [interviews]
audience: [graduates]
size: micro
reviewed: 2026-11-20
---
# Getting through an assessment centre day

## The in-tray exercise

An in-tray exercise gives you a pile of emails, memos and requests and a fixed time to deal with them. Skim
everything first before acting on anything. Sort each item into act now, delegate, schedule or drop, and write one
line on why. Assessors mark your reasons as much as your choices, so a short justification beside each decision
earns more than a perfect order with no explanation.

## The group task

In the group task, assessors watch how you work with others. Invite quieter members in, keep an eye on the time,
and summarise where the group has got to. Talking the most does not score the most.
"""


def login(page, app) -> None:
    page.goto(app.url + "admin/")
    page.get_by_label("username").fill(ADMIN[0])
    page.get_by_label("password").fill(ADMIN[1])
    page.get_by_role("button", name=re.compile("login", re.I)).click()
    page.get_by_role("tab", name="Referral queue").wait_for()


def test_admin_refuses_without_login(page, app):
    page.goto(app.url + "admin/")
    page.get_by_label("password").wait_for()
    assert page.get_by_role("tab", name="Referral queue").count() == 0
    assert httpx.get(app.url + "admin/config", timeout=10).status_code in (401, 403)
    wrong = httpx.post(app.url + "admin/login", data={"username": ADMIN[0], "password": "guess"}, timeout=10)
    assert wrong.status_code in (400, 401, 403)
    framed = httpx.get(app.url + "admin/", timeout=10)
    assert "frame-ancestors 'none'" in framed.headers["content-security-policy"]


def test_upload_makes_a_new_document_answerable(page, app, tmp_path):
    login(page, app)
    page.get_by_role("tab", name="Guidance").click()
    doc = tmp_path / "assessment-centre-day.md"
    doc.write_text(NEW_DOC)
    bad = tmp_path / "broken.md"
    bad.write_text("---\nid: [unclosed\ntitle: Broken\n---\n# Broken\n\nSome text.\n")
    page.locator("#upload input[type=file]").set_input_files([str(doc), str(bad)])
    page.locator("#reindex").click()
    result = page.locator("#upload-result")
    result.get_by_text("Added assessment-centre-day.md").wait_for(timeout=120_000)
    assert "refused broken.md" in result.inner_text()  # the page names the file and why; the rest is indexed
    chat = page.context.new_page()
    chat.goto(app.url)
    chat.locator("#question textarea").fill(
        "How do I prepare for the in-tray exercise at my assessment centre next week?"
    )
    chat.locator("#send").click()
    chat.locator("#chat").get_by_text("Sources", exact=True).wait_for()
    hrefs = [a.get_attribute("href") or "" for a in chat.locator("#chat a[href*='/guidance/']").all()]
    assert any("/guidance/assessment-centre-day" in h for h in hrefs), hrefs
    chat.close()


def test_queue_assign_status_and_analytics(page, app):
    chat = page.context.new_page()  # one rated reply so the analytics have something to show
    chat.goto(app.url)
    chat.locator("#question textarea").fill("What should a thank-you note after an interview say?")
    chat.locator("#send").click()
    chat.locator("#chat").get_by_text("Sources", exact=True).wait_for()
    chat.locator("#chat button[aria-label='Dislike']").first.click()
    chat.locator("#feedback-row textarea").fill("I wanted an example note")
    chat.get_by_role("button", name="Send feedback").click()
    chat.get_by_text("Thank you for the feedback").first.wait_for()
    chat.close()
    store = ReferralStore(app.database_url)
    draft = ReferralDraft(goal="Move into policy research", question_for_mentor="Where do I start?")
    code = store.submit(Submission("admin-e2e-1", draft, True, Contact(), topic="career-change")).code
    store.close()
    login(page, app)
    expect(page.locator("#queue-table")).to_contain_text(code)
    page.get_by_label("Reference code").fill(code)
    page.get_by_label("Assign to mentor").fill("m-ada-okonkwo")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Assign").click()
    page.locator("#queue-result").get_by_text(f"{code} assigned to m-ada-okonkwo").wait_for()
    page.get_by_label("New status").fill("accepted")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Change status").click()
    page.locator("#queue-result").get_by_text(f"{code} is now accepted").wait_for()
    page.get_by_label("New status").fill("new")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Change status").click()
    page.locator("#queue-result").get_by_text("cannot become 'new'").wait_for()
    page.get_by_role("tab", name="Analytics").click()
    page.get_by_role("button", name="Refresh").last.click()
    figures = page.locator("#analytics-figures")
    figures.get_by_text("replies in the last").wait_for()
    assert re.search(r"[1-9]\d* replies in the last 30 days", figures.inner_text())
    assert not re.search(r"\b0% rated", figures.inner_text())
    page.wait_for_timeout(1500)
