"""Greetings and thank-yous get a friendly reply: no route badge, no crisis check-in, no follow-up merge; anything
else in the message, and every crisis signal, still goes through triage as usual."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant import build_assistant
from assistant.answering import routes
from assistant.answering.memory import Turn, is_follow_up
from assistant.settings import Settings
from assistant.triage import Triager
from assistant.triage.courtesy import courtesy_kind
from assistant.triage.decide import Thresholds, decide
from assistant.triage.reasons import CHECK_IN_REASON, COURTESY_REASON
from frontend.render import reply_markdown
from tests.fakes import BagOfWordsEmbeddings, bag_of_words
from tests.unit.test_triager import write_examples

ROOT = Path(__file__).resolve().parents[2]
THRESHOLDS = Thresholds(unsure=0.5, crisis=0.63, check_in=0.39)
PROBS = {"micro": 0.2, "mentor": 0.2, "out_of_scope": 0.6}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hi", "greeting"),
        ("Hello there!", "greeting"),
        ("good morning", "greeting"),
        ("thanks, that helped!", "thanks"),
        ("Thank you so much 🙏", "thanks"),
        ("that’s great, thanks", "thanks"),
        ("ok cool", "thanks"),
        ("thank you for all your help", "thanks"),
    ],
)
def test_greetings_thanks_and_acknowledgements_are_recognised(text, kind):
    assert courtesy_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "thanks for everything",  # a farewell can be a warning sign: the crisis score must read it
        "goodbye",
        "thanks. i can't do this anymore",
        "it was nice knowing you",
        "hi, how do I word my resume?",
        "hey, quick question",
        "thanks?",
        "thanks 2 u",
        "",
        "good",
        "thanks " * 13,
    ],
)
def test_anything_more_than_a_courtesy_is_triaged_as_usual(text):
    assert courtesy_kind(text) is None


def test_crisis_signals_still_win_and_a_courtesy_gets_no_check_in():
    assert decide(PROBS, 0.1, True, True, THRESHOLDS, courtesy=True).route == "crisis"
    assert decide(PROBS, 0.9, False, True, THRESHOLDS, courtesy=True).route == "crisis"
    polite = decide(PROBS, 0.5, False, True, THRESHOLDS, courtesy=True)  # in the check-in band
    assert (polite.route, polite.because, polite.check_in) == ("out_of_scope", "courtesy", False)
    assert decide(PROBS, 0.5, False, True, THRESHOLDS).check_in  # the same score on a question still checks in


def test_the_triager_routes_a_thank_you_out_of_scope_with_one_plain_reason(tmp_path, monkeypatch):
    write_examples(tmp_path / "triage")
    triager = Triager(tmp_path / "triage", tmp_path / "cache", bag_of_words)
    model = triager.model
    monkeypatch.setattr(model, "crisis", lambda feats: np.full(len(feats.texts), 0.5))
    monkeypatch.setattr(model, "thresholds", dataclasses.replace(model.thresholds, crisis=0.9, check_in=0.3))
    thanks = triager.triage("thanks, that helped!")
    assert (thanks.route, thanks.courtesy, thanks.check_in, thanks.reasons) == (
        "out_of_scope",
        "thanks",
        False,
        [COURTESY_REASON],
    )
    question = triager.triage("how do i word this resume bullet about sales for my application tomorrow")
    assert question.courtesy is None and question.check_in and question.reasons[0] == CHECK_IN_REASON


def test_a_thank_you_is_never_merged_into_the_last_question():
    history = [Turn("How do I negotiate salary for a job offer?", "micro")]
    assert not is_follow_up("thanks, that helped!", history)
    assert is_follow_up("and for a remote role?", history)


def test_the_centre_may_word_the_replies_and_the_built_in_ones_stand_in():
    assert routes.courtesy_reply({"courtesy": {"thanks": "Glad to help!"}}, "thanks") == "Glad to help!"
    assert routes.courtesy_reply({}, "greeting") == routes.COURTESY["greeting"]
    assert routes.courtesy_reply({"courtesy": {"thanks": "  "}}, "thanks") == routes.COURTESY["thanks"]
    shipped = routes.load_resources(ROOT / "corpus" / "resources.yaml")
    assert routes.courtesy_reply(shipped, "thanks").startswith("You're welcome")


def test_in_a_conversation_thanks_gets_a_reply_and_leaves_the_question_to_follow_up(tmp_path):
    corpus = tmp_path / "corpus"
    write_examples(corpus / "triage")
    shutil.copy(ROOT / "corpus" / "resources.yaml", corpus / "resources.yaml")
    settings = Settings(corpus_dir=corpus, data_dir=tmp_path / "data", triage_crisis_reader="off")
    assistant = build_assistant(settings, embeddings=BagOfWordsEmbeddings())
    first = "how do i word this resume bullet about sales for my application tomorrow"
    assert assistant.ask(first, session="s").route == "micro"
    reply = assistant.ask("thanks, that helped!", session="s")
    assert reply.route == "out_of_scope" and reply.answer == routes.courtesy_reply(assistant._resources(), "thanks")
    assert not reply.check_in and not reply.resources
    assert [t.question for t in assistant.memory.history("s")] == [first]
    shown = reply_markdown(reply)
    assert shown.startswith("You're welcome") and "Not something I can help with" not in shown


def test_the_chat_keeps_the_last_real_question_for_the_buttons_and_shows_no_why_panel():
    from types import SimpleNamespace

    from assistant.types import Reply, Triage
    from frontend.admission import Admission
    from frontend.conversation import Conversation
    from frontend.render import badge

    asked: list[tuple[str, str | None]] = []

    def ask_stream(question, session=None, override=None, **_):
        asked.append((question, override))
        polite = courtesy_kind(question)
        triage = Triage("out_of_scope" if polite else "micro", 0.9, "resume", "nano", ["why"], courtesy=polite)
        yield Reply(triage.route, routes.COURTESY["thanks"] if polite else "Name the result.", triage=triage)

    fake = SimpleNamespace(ask_stream=ask_stream, record=lambda *a: None)
    talk = Conversation(fake, Admission(limit=1, max_waiting=1))  # type: ignore[arg-type]
    history, _, state, *_ = list(talk.respond("How do I word my resume bullet?", [], None))[-1]
    history, _, state, *_ = list(talk.respond("thanks, that helped!", history, state))[-1]
    assert history[-1]["content"].startswith("You're welcome")
    assert badge("out_of_scope") not in history[-1]["content"]
    panels = [m for m in history if m.get("metadata", {}).get("title") == "Why this route?"]
    assert len(panels) == 1  # the resume question's, none for the thanks
    assert [m["role"] for m in history[-2:]] == ["user", "assistant"]
    list(talk.respond("", history, state, override="mentor"))
    assert asked[-1] == ("How do I word my resume bullet?", "mentor")
