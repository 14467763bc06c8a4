"""Pure parts of the web front end: safe Markdown, badges, citation links, framing, admission, uploads, overrides."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.triage.override import apply_override
from assistant.types import Citation, Reply, Triage
from assistant.usage.summary import ReplyRow, summarise
from frontend.admin import check_upload
from frontend.admission import Admission, QueueFullError
from frontend.conversation import BUSY, Conversation
from frontend.render import reasons_markdown, reply_markdown, safe_markdown
from frontend.server import frame_policy


def triage(route="micro"):
    return Triage(route, 0.9, "interviews", "just-in-time", ["asks about one concrete piece of work"])


def test_markdown_is_defanged():
    out = safe_markdown("<script>alert(1)</script> ![x](http://evil.example/p.png) [click](https://evil.example)")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "evil.example" not in out and "click" in out and "x" in out
    assert safe_markdown("[ok](/guidance/a#b)") == "[ok](/guidance/a#b)"


@pytest.mark.parametrize(
    "text",
    [
        "[cl\\]ick](http://evil.example)",
        "[x][r]\n\n[r]: http://evil.example",
        "![x][r]\n\n[r]: http://evil.example/t.png",
        "\\[x][r]\n\n[r]: http://evil.example",
        "[a](/guidance/../../evil.example)",
        "[a](<http://evil.example>)",
    ],
)
def test_no_trick_of_markdown_syntax_makes_a_link_or_an_image(text):
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(safe_markdown(text))
    assert "<a " not in rendered and "<img" not in rendered, rendered
    assert "[1]" in MarkdownIt("commonmark").render(safe_markdown("Send it within a day [1].")), "markers still show"


def test_reply_has_badge_answer_and_linked_sources():
    reply = Reply(
        "micro",
        "Send it within a day [1].",
        [Citation(1, "thank-you", "Thank-you notes", "Timing", "x")],
        "generated",
        triage=triage(),
        notice="Shortened.",
    )
    text = reply_markdown(reply, "https://careers.example.edu/assistant")
    assert text.startswith("**Quick answer**") and "*Shortened.*" in text
    assert "(https://careers.example.edu/assistant/guidance/thank-you#timing)" in text
    assert reply_markdown(Reply("crisis", "Call 988.")).startswith("**Get help now**")


def test_a_check_in_comes_before_any_notice():
    check_in = "Before the answer: if you are thinking of ending your life, call 988.\n\n---\n\n"
    reply = Reply("micro", check_in + "Name the gap plainly [1].", triage=triage(), notice="The model was slow.")
    reply.check_in = check_in
    text = reply_markdown(reply)
    assert text.index("call 988") < text.index("*The model was slow.*") < text.index("Name the gap plainly")
    reply.check_in = ""  # no check-in: the notice opens the answer, as before
    assert reply_markdown(reply).index("*The model was slow.*") < reply_markdown(reply).index("call 988")


def test_reasons_mention_an_override():
    text = reasons_markdown(triage("mentor"), override="mentor")
    assert "Confidence 90%" in text and "You asked for a mentor instead" in text


def test_admin_area_is_never_framed_and_the_chat_only_by_allowed_sites():
    assert frame_policy("/admin/", "/admin", ["https://a.example"]) == "frame-ancestors 'none'"
    assert frame_policy("/", "/admin", ["https://a.example"]) == "frame-ancestors 'self' https://a.example"


def test_admission_limits_running_and_waiting():
    gate = Admission(limit=1, max_waiting=1)
    entered, release = threading.Event(), threading.Event()

    def hold():
        with gate.slot():
            entered.set()
            release.wait(5)

    first = threading.Thread(target=hold)
    first.start()
    entered.wait(5)
    got_in = threading.Event()

    def wait_then_run():
        with gate.slot():
            got_in.set()

    waiter = threading.Thread(target=wait_then_run)
    waiter.start()
    for _ in range(100):
        if gate.waiting == 1:
            break
        threading.Event().wait(0.01)
    assert gate.place() == 1 and not got_in.is_set()
    with pytest.raises(QueueFullError), gate.slot():
        pass
    release.set()
    first.join(5)
    waiter.join(5)
    assert got_in.is_set() and gate.running == 0 and gate.waiting == 0


def test_chat_says_so_when_the_line_is_full():
    gate = Admission(limit=1, max_waiting=0)
    fake = SimpleNamespace(ask_stream=lambda *a, **k: iter(()), record=lambda *a: None)
    talk = Conversation(fake, gate)  # type: ignore[arg-type]
    with gate.slot():
        updates = list(talk.respond("How do I word a counter-offer?", [], None))
    history = updates[-1][0]
    assert history[-1]["content"] == BUSY and updates[-1][1] == "How do I word a counter-offer?"


def test_uploads_are_checked(tmp_path):
    ok = tmp_path / "note.txt"
    ok.write_text("A short plain-text guidance note about career fairs and what to bring.")
    assert check_upload(ok, 10_000) == ""
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    assert "unsupported file type '.exe'" in check_upload(exe, 10_000)
    big = tmp_path / "big.txt"
    big.write_text("x" * 20_000)
    assert "limit" in check_upload(big, 10_000)
    binary = tmp_path / "fake.pdf"
    binary.write_bytes(b"\x00\x01 not a pdf")
    assert check_upload(binary, 10_000)


def test_override_never_beats_crisis_or_out_of_scope():
    assert apply_override(triage("micro"), "mentor").route == "mentor"
    assert apply_override(triage("unsure"), "micro").reasons[0] == "You asked for a quick pointer"
    assert apply_override(triage("crisis"), "micro").route == "crisis"
    assert apply_override(triage("out_of_scope"), "mentor").route == "out_of_scope"
    assert apply_override(triage("micro"), "nonsense").route == "micro"


def test_analytics_summary():
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)
    rows = [
        ReplyRow(now, "micro", "interviews", True),
        ReplyRow(now, "micro", "interviews", False, "how do I become a lighthouse keeper?"),
        ReplyRow(now - timedelta(days=1), "mentor", "career-change", True),
        ReplyRow(now, "crisis", "wellbeing", True),
    ]
    s = summarise(rows, [True, False, True])
    assert ("2026-11-26", "micro", 2) in s.per_day and ("2026-11-25", "mentor", 1) in s.per_day
    assert s.top_topics[0] == ("interviews", 2) and all(t != "wellbeing" for t, _ in s.top_topics)
    assert s.feedback_rate == 0.75 and round(s.helpful_rate, 2) == 0.67
    assert s.gaps == [("2026-11-26T12:00+00:00", "how do I become a lighthouse keeper?")]


def test_embedding_cache_embeds_each_text_once_and_stays_bounded():
    from assistant.embed_cache import EmbeddingCache
    from tests.fakes import bag_of_words

    calls: list[list[str]] = []

    def counting(texts):
        calls.append(list(texts))
        return bag_of_words(texts)

    cache = EmbeddingCache(counting, max_items=3)
    first = cache(["a b", "c d", "a b"])
    again = cache(["c d", "e f"])
    assert calls == [["a b", "c d"], ["e f"]]
    assert (first[0] == first[2]).all() and (again[0] == first[1]).all()
    cache(["g h"])
    assert len(cache._items) == 3 and "a b" not in cache._items


def test_an_admin_export_leaves_no_earlier_export_on_disk():
    from types import SimpleNamespace

    from frontend.admin import Admin

    def export_csv(fh, **filters):
        fh.write("reference,goal\nMR-1,a goal\n")
        return 1

    admin = Admin(SimpleNamespace(referrals=SimpleNamespace(export_csv=export_csv)))  # type: ignore[arg-type]
    first = Path(admin.export("", "", ""))
    assert first.read_text().startswith("reference,goal")
    second = Path(admin.export("", "", ""))
    assert second.exists() and not first.exists() and not first.parent.exists()
    admin.export("", "", "")
    assert not second.parent.exists()


def test_a_referral_sent_twice_says_the_first_version_stands():
    from assistant.referral.store import Receipt

    receipts = [Receipt("MR-AAAA-BBBB", "new", True, None, 3), Receipt("MR-AAAA-BBBB", "new", False, None, 3)]
    fake = SimpleNamespace(submit_referral=lambda data: receipts.pop(0))
    talk = Conversation(fake, Admission(limit=1, max_waiting=0))  # type: ignore[arg-type]
    state = {"submission_id": "s-1", "topic": "career-change", "suggested": []}
    fields = ["a goal", "a situation", "tried", "constraints", "a question", "when"]
    first = talk.submit_referral(state, "", *fields, "Sam", "", True)
    again = talk.submit_referral(state, "", *[f + " (edited)" for f in fields], "Sam", "", True)
    assert first.startswith("**Referral sent.**") and "number **3**" in first
    assert "already sent" in again and "MR-AAAA-BBBB" in again and "were not sent" in again
