"""A setting that cannot be used stops every command with a message naming its variable, never a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from assistant import build_assistant
from assistant.errors import ConfigurationError
from assistant.settings import Settings, explain_settings, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_each_bad_variable_is_named_with_its_value_and_what_it_must_be(monkeypatch):
    monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_SENSITIVITY", "extreme")
    monkeypatch.setenv("ASSISTANT_WEB__PORT", "seventy")
    with pytest.raises(ConfigurationError) as caught:
        load_settings()
    message = str(caught.value)
    assert "ASSISTANT_TRIAGE_CRISIS_SENSITIVITY='extreme': Input should be 'standard' or 'high'" in message
    assert "ASSISTANT_WEB__PORT='seventy'" in message and "integer" in message
    assert "README's Settings table" in message


def test_good_settings_load_as_before(monkeypatch):
    monkeypatch.setenv("ASSISTANT_TRIAGE_CRISIS_SENSITIVITY", "high")
    assert load_settings().triage_crisis_sensitivity == "high"
    assert Settings().triage_crisis_sensitivity == "high"


def test_build_assistant_without_settings_raises_the_same_clear_error(monkeypatch):
    monkeypatch.setenv("ASSISTANT_RETRIEVAL_K", "many")
    with pytest.raises(ConfigurationError, match=r"ASSISTANT_RETRIEVAL_K='many'"):
        build_assistant()


def test_a_secret_value_is_never_repeated():
    class Web(BaseModel):
        admin_password: int

    class Outer(BaseModel):
        web: Web

    with pytest.raises(ValidationError) as caught:
        Outer.model_validate({"web": {"admin_password": "hunter2-secret-value"}})
    message = str(explain_settings(caught.value))
    assert "ASSISTANT_WEB__ADMIN_PASSWORD: " in message and "hunter2" not in message


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "assistant", "triage", "how do i word my resume"],
        [sys.executable, "-m", "ingest", "--quiet"],
        [sys.executable, "app.py"],
    ],
    ids=["assistant", "ingest", "app"],
)
def test_commands_stop_with_the_message_and_exit_code_2(command, tmp_path):
    env = dict(os.environ, ASSISTANT_TRIAGE_CRISIS_SENSITIVITY="extreme", ASSISTANT_DATA_DIR=str(tmp_path))
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: Some settings cannot be used. ASSISTANT_TRIAGE_CRISIS_SENSITIVITY=")
    assert "Traceback" not in proc.stderr and not (tmp_path / "triage").exists()
