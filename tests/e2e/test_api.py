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
    assert sorted(api["named_endpoints"]) == ["/ask", "/route"]  # the page's own events stay private
    routed = client.predict("I want to change careers into nursing over the next few years", api_name="/route")
    assert routed["route"] == "mentor" and routed["passages"] == []
