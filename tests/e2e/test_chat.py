"""The chat in a real browser: streaming with citations, the referral card, crisis first, private sessions, embed."""

from __future__ import annotations

import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.referral.store import ReferralStore

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
MICRO = "When should I send a thank-you note after my interview yesterday?"
MENTOR = (
    "I've been an accountant for eight years and I keep thinking about UX design. I tried an online course last "
    "year. Should I make the switch over the next two years?"
)


def ask(page, question: str, scope=None) -> None:
    where = scope or page
    where.locator("#question textarea").fill(question)
    where.locator("#send").click()


def last_bot(page):
    return page.locator("#chat .message.bot, #chat [data-testid='bot']").last


def test_micro_answer_streams_and_cites(page, app):
    page.goto(app.url)
    ask(page, MICRO)
    page.wait_for_function("document.querySelector('#chat') && document.querySelector('#chat').innerText.includes('▌')")
    chat = page.locator("#chat")
    chat.get_by_text("Sources", exact=True).wait_for()
    text = chat.inner_text()
    assert "Quick answer" in text and "▌" not in text
    links = chat.locator("a[href*='/guidance/']")
    assert links.count() >= 1
    href = links.first.get_attribute("href")
    assert re.search(r"/guidance/[a-z0-9-]+#[a-z0-9-]+$", href or "")
    guide = page.context.new_page()
    guide.goto(href if href.startswith("http") else app.url.rstrip("/") + href)
    anchor = href.split("#", 1)[1]
    assert guide.locator(f"[id='{anchor}']").count() == 1
    guide.close()


def test_mentor_referral_card_needs_consent_and_stores(page, app):
    page.goto(app.url)
    ask(page, MENTOR)
    card = page.locator("#referral-card").first
    card.wait_for(state="visible")
    assert "Mentor referral" in page.locator("#chat").inner_text()
    assert "Works on" in page.locator("#mentor-suggestions").inner_text()
    page.locator("#draft-question_for_mentor textarea").fill("How would you plan a two-year move into UX?")
    page.locator("#send-referral").click()
    page.locator("#referral-result").get_by_text("tick the consent box").wait_for()
    page.locator("#consent input[type=checkbox]").check()
    page.locator("#send-referral").click()
    page.locator("#referral-result").get_by_text("reference code").wait_for()
    code = re.search(r"MR-[A-Z0-9]{4}-[A-Z0-9]{4}", page.locator("#referral-result").inner_text()).group(0)
    page.locator("#send-referral").click()  # a second click sends nothing new
    page.wait_for_timeout(1500)
    store = ReferralStore(app.database_url)
    stored = store.get(code)
    assert stored["question_for_mentor"] == "How would you plan a two-year move into UX?"
    assert stored["drafted_by"] == "person"
    assert sum(r["reference"] == code for r in store.queue()) == 1
    store.close()


def test_crisis_resources_come_first(page, app):
    page.goto(app.url)
    ask(page, "I lost my job and I want to end my life")
    chat = page.locator("#chat")
    chat.get_by_text("988").first.wait_for()
    text = chat.inner_text()
    reply = text[text.index("end my life") + len("end my life") :].strip()
    assert reply.startswith("Get help now")
    assert reply.index("Emergency services") < reply.index("career")
    assert "Sources" not in reply and page.locator("#referral-card").first.is_hidden()


def test_a_thank_you_gets_a_friendly_reply_and_the_buttons_keep_the_question(page, app):
    page.goto(app.url)
    ask(page, MICRO)
    chat = page.locator("#chat")
    chat.get_by_text("Sources", exact=True).wait_for()
    ask(page, "thanks, that helped!")
    chat.get_by_text("You're welcome", exact=False).wait_for()
    text = chat.inner_text()
    reply = text[text.index("thanks, that helped!") + len("thanks, that helped!") :].strip()
    assert reply.startswith("You're welcome")
    assert "Not something I can help with" not in reply and "Before the answer" not in reply
    page.locator("#override-mentor").click()
    page.locator("#referral-card").first.wait_for(state="visible")  # the resume question, now for a mentor


def test_two_people_never_see_each_other(browser, app):
    first, second = browser.new_context(), browser.new_context()
    a, b = first.new_page(), second.new_page()
    for p in (a, b):
        p.set_default_timeout(60_000)
        p.goto(app.url)
    ask(a, MICRO)
    ask(b, "How should I word a counter-offer email for the job offer I got yesterday?")
    for p in (a, b):
        p.locator("#chat").get_by_text("Sources", exact=True).wait_for()
    a_text, b_text = a.locator("#chat").inner_text(), b.locator("#chat").inner_text()
    assert "thank-you note after my interview" in a_text and "counter-offer" not in a_text
    assert "counter-offer email" in b_text and "thank-you note after my interview" not in b_text
    b.screenshot(path=str(ROOT / "artifacts" / "e2e" / "second-session.png"), full_page=True)
    first.close()
    second.close()


def test_embed_page_frames_the_chat(page, app, tmp_path):
    html = (ROOT / "examples" / "embed.html").read_text().replace("http://127.0.0.1:7860/", app.url)
    (tmp_path / "embed.html").write_text(html)
    port = int(app.embed_origin.rsplit(":", 1)[1])
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page.goto(f"{app.embed_origin}/embed.html")
        frame = page.frame_locator("#career-assistant")
        frame.locator("#question textarea").wait_for()
        ask(page, MICRO, scope=frame)
        frame.locator("#chat").get_by_text("Sources", exact=True).wait_for()
        assert "Quick answer" in frame.locator("#chat").inner_text()
    finally:
        server.shutdown()
        server.server_close()
