"""The public chat page (Gradio Blocks): conversation, route badges, citations, referral card, feedback."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.pipeline import Assistant
from assistant.referral.draft import FIELDS, LABELS, LIMITS
from frontend.admission import Admission
from frontend.conversation import Conversation

EXAMPLES = [
    "How do I answer 'where do you see yourself in five years' in my interview tomorrow?",
    "How should I word a counter-offer email for a job offer I got yesterday?",
    "I've been a teacher for eight years and I'm thinking about moving into UX design. How do I plan it?",
    "What should a thank-you note after an interview say?",
]
CONSENT = (
    "I have reviewed this referral. I agree that the career centre stores it and shares it with a volunteer mentor, "
    "and I know I can have it erased with my reference code."
)


def build_chat(assistant: Assistant, admission: Admission) -> gr.Blocks:
    """The chat page for job seekers; every piece of state is per browser session."""
    web = assistant.settings.web
    talk = Conversation(assistant, admission)
    with gr.Blocks(title=web.brand_name) as page:
        state = gr.State(None)  # filled on the first event: a callable default would be a public API endpoint
        logo = f'<img src="{html.escape(web.logo_url)}" alt="" class="brand-logo"/> ' if web.logo_url else ""
        gr.HTML(f'<div class="brand-header">{logo}<span>{html.escape(web.brand_name)}</span></div>', elem_id="brand")
        chatbot = gr.Chatbot(
            label="Conversation",
            show_label=False,
            elem_id="chat",
            height=560,
            sanitize_html=True,
            allow_tags=False,
            render_markdown=True,
            placeholder=f"**{web.brand_name}**\n\n{web.welcome_text}",
            feedback_options=("Like", "Dislike"),
            buttons=["copy"],
        )
        with gr.Row(equal_height=True):
            box = gr.Textbox(
                show_label=False,
                placeholder="Type your career question…",
                max_length=assistant.settings.max_question_chars,
                lines=2,
                scale=8,
                elem_id="question",
                autofocus=True,
            )
            send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
        gr.Examples(EXAMPLES, inputs=box, label="Try one of these")
        with gr.Row():
            to_person = gr.Button("I'd rather talk to a person", size="sm", elem_id="override-mentor")
            quick = gr.Button("Just give me a quick pointer", size="sm", elem_id="override-micro")
            clear = gr.Button("Clear conversation", size="sm", elem_id="clear")
        with gr.Row(visible=False, elem_id="feedback-row") as feedback_row:
            reason = gr.Textbox(label="What was wrong or missing? (optional)", max_length=500, scale=6)
            send_reason = gr.Button("Send feedback", size="sm", scale=1)
        with gr.Group(visible=False, elem_id="referral-card") as card:
            gr.Markdown(
                "### Your referral to a mentor\nReview and edit every field. Nothing is sent until you tick "
                "the box and press **Send referral**."
            )
            mentors_info = gr.Markdown(elem_id="mentor-suggestions")
            mentor_choice = gr.Radio(label="Preferred mentor", elem_id="mentor-choice")
            fields = [
                gr.Textbox(
                    label=LABELS[f],
                    max_length=LIMITS[f],
                    lines=1 if f in ("goal", "timeline") else 3,
                    elem_id=f"draft-{f}",
                )
                for f in FIELDS
            ]
            with gr.Row():
                name = gr.Textbox(label="Your name (optional)", max_length=100, elem_id="contact-name")
                email = gr.Textbox(
                    label="E-mail for the mentor to reach you (optional)", max_length=254, elem_id="contact-email"
                )
            consent = gr.Checkbox(label=CONSENT, value=False, elem_id="consent")
            submit = gr.Button("Send referral", variant="primary", elem_id="send-referral")
            result = gr.Markdown(elem_id="referral-result")
        with gr.Accordion("Check a referral by its reference code", open=False):
            with gr.Row():
                code = gr.Textbox(show_label=False, placeholder="MR-XXXX-XXXX", max_length=20, scale=4)
                check = gr.Button("Check", size="sm", scale=1)
            code_status = gr.Markdown()
        gr.Markdown(
            "<small>Answers come from the career centre's guidance and cite it. If you are in danger or thinking "
            "about harming yourself, contact your local emergency number now.</small>"
        )

        outputs = [chatbot, box, state, card, mentors_info, mentor_choice, *fields, consent, result]
        ask: dict[str, Any] = {
            "fn": talk.respond,
            "inputs": [box, chatbot, state],
            "outputs": outputs,
            "api_visibility": "private",
        }
        box.submit(**ask)
        send.click(**ask)

        def as_mentor(history: list[dict[str, Any]], st: dict[str, Any]) -> Iterator[list[Any]]:
            yield from talk.respond("", history, st, "mentor")

        def as_micro(history: list[dict[str, Any]], st: dict[str, Any]) -> Iterator[list[Any]]:
            yield from talk.respond("", history, st, "micro")

        to_person.click(as_mentor, [chatbot, state], outputs, api_visibility="private")
        quick.click(as_micro, [chatbot, state], outputs, api_visibility="private")
        clear.click(talk.clear, [state], outputs, api_visibility="private")
        chatbot.like(talk.rate, [state], [state, feedback_row, reason], api_visibility="private")
        send_reason.click(talk.rate_reason, [reason, state], [feedback_row, reason], api_visibility="private")
        submit.click(
            talk.submit_referral,
            [state, mentor_choice, *fields, name, email, consent],
            result,
            api_visibility="private",
        )
        check.click(talk.check_status, code, code_status, api_visibility="private")
        gr.api(talk.api_ask, api_name="ask")
        gr.api(talk.api_route, api_name="route")
        gr.api(talk.api_refer, api_name="refer")
        gr.api(talk.api_referral_status, api_name="referral_status")
    return page
