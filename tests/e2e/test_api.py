"""The chat as an API: gradio_client against the running app, as the README shows."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_gradio_client_asks_the_chat(app):
    from gradio_client import Client

    client = Client(app.url, verbose=False)
    reply = client.predict("When should I send a thank-you note after my interview yesterday?", api_name="/ask")
    assert reply["route"] == "micro" and reply["answer"] and reply["citations"]
    assert {"n", "doc_id", "title", "source"} <= set(reply["citations"][0])
    empty = client.predict("   ", api_name="/ask")
    assert "empty" in empty["error"].lower()
    api = client.view_api(print_info=False, return_format="dict")
    assert sorted(api["named_endpoints"]) == ["/ask", "/refer", "/referral_status", "/route"]  # page events private
    routed = client.predict("I want to change careers into nursing over the next few years", api_name="/route")
    assert routed["route"] == "mentor" and routed["passages"] == []


def test_gradio_client_sends_a_referral_only_with_consent(app):
    from gradio_client import Client

    client = Client(app.url, verbose=False)
    draft = {"goal": "Move from retail into HR over the next two years", "question_for_mentor": "Where do I start?"}
    refused = client.predict({"submission_id": "api-1", "consent": False, "draft": draft}, api_name="/refer")
    assert "consent" in refused["error"].lower()
    missing = client.predict({"consent": True, "draft": draft}, api_name="/refer")
    assert "submission" in missing["error"].lower()
    sent = client.predict({"submission_id": "api-1", "consent": True, "draft": draft}, api_name="/refer")
    assert sent["code"].startswith("MR-") and sent["already_received"] is False
    status = client.predict(sent["code"], api_name="/referral_status")
    assert status["reference"] == sent["code"] and status["status"] == "new"
    unknown = client.predict("MR-7K3F-Q9PD", api_name="/referral_status")
    assert "no referral" in unknown["error"].lower()
