"""Prompt files render strictly; follow-ups are rewritten into standalone questions."""

from pathlib import Path

import pytest

from assistant.answering.memory import SessionMemory, Turn, is_follow_up, rewrite_follow_up
from assistant.errors import ConfigurationError
from assistant.prompts import load_prompt

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


@pytest.mark.parametrize("name", sorted(p.stem for p in PROMPTS.glob("*.yaml")))
def test_every_prompt_renders(name):
    prompt = load_prompt(PROMPTS, name)
    messages = prompt.render(**{v: f"<{v}>" for v in prompt.variables})
    text = " ".join(str(m.content) for m in messages)
    assert all(f"<{v}>" in text for v in prompt.variables) and prompt.version >= 1


def test_missing_or_extra_variables_are_refused():
    prompt = load_prompt(PROMPTS, "answer")
    with pytest.raises(ConfigurationError, match="needs"):
        prompt.render(question="q")
    with pytest.raises(ConfigurationError, match="needs"):
        prompt.render(question="q", passages="p", extra="x")


def test_follow_up_is_rewritten_with_the_previous_question():
    history = [Turn("How do I negotiate salary for a job offer?", "micro")]
    assert is_follow_up("and for a remote role?", history)
    assert (
        rewrite_follow_up("and for a remote role?", history)
        == "How do I negotiate salary for a job offer, for a remote role?"
    )
    assert rewrite_follow_up("what about the signing bonus?", history).endswith(", the signing bonus?")


def test_standalone_questions_are_left_alone():
    history = [Turn("How do I negotiate salary?", "micro")]
    assert not is_follow_up("In an interview, how do I explain a gap?", history)
    assert not is_follow_up("For a career change at 40, should I retrain?", history)
    assert is_follow_up("for a remote role?", history) and is_follow_up("in Germany?", history)
    q = "How long should a cover letter be for a nursing job?"
    assert rewrite_follow_up(q, history) == q
    assert rewrite_follow_up("and for a remote role?", []) == "and for a remote role?"


def test_a_follow_up_that_would_pass_the_question_limit_stands_alone():
    history = [Turn("How do I negotiate salary? " + "Some context. " * 100, "micro")]
    merged = rewrite_follow_up("and for a remote role?", history)
    assert len(merged) > 1000 and merged.endswith(", for a remote role?")
    assert rewrite_follow_up("and for a remote role?", history, max_chars=len(merged)) == merged
    assert rewrite_follow_up("and for a remote role?", history, max_chars=len(merged) - 1) == "and for a remote role?"


def test_memory_keeps_a_short_window_per_session():
    memory = SessionMemory(turns=2, sessions=2)
    for i in range(3):
        memory.add("a", Turn(f"q{i}", "micro"))
    memory.add("b", Turn("other", "micro"))
    assert [t.question for t in memory.history("a")] == ["q1", "q2"]
    assert memory.history("b")[0].question == "other"
    memory.add("c", Turn("third", "micro"))
    assert memory.history("a") == [], "the oldest session is forgotten first"
