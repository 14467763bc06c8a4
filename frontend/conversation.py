"""What the chat does on each event: answer (streamed), override, clear, rate, submit a referral, check a code."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Generator, Iterator
from typing import Any

import gradio as gr

from assistant.errors import AssistantError
from assistant.pipeline import Assistant
from assistant.referral.draft import FIELDS
from assistant.types import Reply
from frontend.admission import Admission, QueueFullError
from frontend.render import reasons_markdown, reply_markdown, safe_markdown, streaming_markdown

BUSY = (
    "Many people are asking questions right now and the line is full. Please try again in a minute; "
    "nothing you typed was stored."
)
OVERRIDE_TEXT = {"mentor": "I'd rather talk to a person about this.", "micro": "Just give me a quick pointer."}


def new_state() -> dict[str, Any]:
    """Per-browser-session state: a private session id, the last question, reply ids by message index, the draft."""
    return {
        "session": uuid.uuid4().hex,
        "last_question": None,
        "replies": {},
        "submission_id": None,
        "topic": None,
        "suggested": [],
    }


def _card_updates(reply: Reply | None, state: dict[str, Any]) -> list[Any]:
    """Updates for the referral card: shown and filled for a mentor reply, hidden otherwise."""
    draft = reply.referral_draft if reply else None
    if not draft:
        return [
            gr.update(visible=False),
            gr.update(),
            gr.update(),
            *[gr.update() for _ in FIELDS],
            gr.update(value=False),
            gr.update(value=""),
        ]
    state["submission_id"] = uuid.uuid4().hex  # one per draft shown: a double click sends one referral
    state["topic"] = draft.get("topic")
    mentors = draft.get("suggested_mentors", [])
    state["suggested"] = [m["mentor_id"] for m in mentors]
    if mentors:
        info = "**Suggested mentors** (each has a free place now):\n\n" + "\n".join(
            f"- **{safe_markdown(m['name'])}**: {safe_markdown(m['reason'])}" for m in mentors
        )
        choices = [(m["name"], m["mentor_id"]) for m in mentors] + [("Let the career centre choose", "")]
        choice = gr.update(choices=choices, value=mentors[0]["mentor_id"], visible=True)
    else:
        info = (
            safe_markdown(draft.get("fallback_intro", ""))
            + "\n\n"
            + "\n".join(
                f"- **{safe_markdown(f['title'])}**: {safe_markdown(f['detail'])}" for f in draft.get("fallbacks", [])
            )
        )
        choice = gr.update(choices=[("Join the waitlist", "")], value="", visible=True)
    fields = [gr.update(value=draft.get(f, "")) for f in FIELDS]
    return [
        gr.update(visible=True),
        gr.update(value=info),
        choice,
        *fields,
        gr.update(value=False),
        gr.update(value=""),
    ]


class Conversation:
    """The chat's event handlers around one Assistant, with an admission gate for the expensive part."""

    def __init__(self, assistant: Assistant, admission: Admission, base_url: str = "") -> None:
        self.assistant = assistant
        self.admission = admission
        self.base_url = base_url

    def respond(
        self, message: str, history: list[dict[str, Any]], state: dict[str, Any], override: str | None = None
    ) -> Iterator[list[Any]]:
        """Stream the answer into the chat, then show the final reply, its reasons and, for mentors, the card."""
        history = list(history or [])
        state = state or new_state()
        question = (message or "").strip() if override is None else (state.get("last_question") or "")
        if not question:
            gr.Warning("Type a question first." if override is None else "Ask a question first.")
            yield [history, gr.update(), state, *_card_updates(None, state)]
            return
        history.append(
            {"role": "user", "content": safe_markdown(question if override is None else OVERRIDE_TEXT[override])}
        )
        history.append({"role": "assistant", "content": "…"})
        yield [history, "", state, *_card_updates(None, state)]
        try:
            reply = yield from self._answer(question, history, state, override)
        except QueueFullError:
            history[-1] = {"role": "assistant", "content": BUSY}
            yield [history, question, state, *_card_updates(None, state)]
            return
        except AssistantError as exc:
            history[-1] = {"role": "assistant", "content": f"**{safe_markdown(str(exc))}**"}
            yield [history, question, state, *_card_updates(None, state)]
            return
        if not reply.courtesy:  # after "thanks", "I'd rather talk to a person" still means the last real question
            state["last_question"] = question
        history[-1] = {"role": "assistant", "content": reply_markdown(reply, self.base_url)}
        state["replies"][str(len(history) - 1)] = reply.reply_id
        why = reasons_markdown(reply.triage, reply.override)
        if why and reply.route != "crisis" and not reply.courtesy:
            history.append({"role": "assistant", "content": why, "metadata": {"title": "Why this route?"}})
        self.assistant.record(reply, question)
        yield [history, "", state, *_card_updates(reply, state)]

    def _answer(
        self, question: str, history: list[dict[str, Any]], state: dict[str, Any], override: str | None
    ) -> Generator[list[Any], None, Reply]:
        ahead = self.admission.place()
        if ahead:
            history[-1] = {"role": "assistant", "content": f"*You are in line; {ahead} ahead of you…*"}
            yield [history, "", state, *_card_updates(None, state)]
        with self.admission.slot():
            text = ""
            for item in self.assistant.ask_stream(question, session=state["session"], override=override):
                if isinstance(item, Reply):
                    return item
                text += item
                history[-1] = {"role": "assistant", "content": streaming_markdown("micro", text)}
                yield [history, "", state, *_card_updates(None, state)]
        raise AssistantError("No reply was produced. Please try again.")

    def clear(self, state: dict[str, Any]) -> list[Any]:
        """Forget the conversation, here and in the assistant's memory."""
        if state:
            self.assistant.forget(state["session"])
        fresh = new_state()
        return [[], "", fresh, *_card_updates(None, fresh)]

    def rate(self, data: gr.LikeData, state: dict[str, Any]) -> tuple[dict[str, Any], Any, Any]:
        """Store a thumbs up or down at once; then offer a box for an optional reason."""
        state = state or new_state()
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        reply_id = state["replies"].get(str(index))
        if reply_id is None:
            return state, gr.update(visible=False), gr.update()
        helpful = data.liked is True or data.liked == "Like"
        try:
            self.assistant.rate(reply_id, helpful)
        except AssistantError as exc:
            gr.Warning(str(exc))
            return state, gr.update(visible=False), gr.update()
        state["rated"] = {"reply_id": reply_id, "helpful": helpful}
        label = "What was helpful? (optional)" if helpful else "What was wrong or missing? (optional)"
        return state, gr.update(visible=True), gr.update(label=label, value="")

    def rate_reason(self, reason: str, state: dict[str, Any]) -> tuple[Any, Any]:
        """Add the optional reason to the rating just given."""
        rated = (state or {}).get("rated")
        if rated and (reason or "").strip():
            try:
                self.assistant.rate(rated["reply_id"], rated["helpful"], reason.strip()[:500])
            except AssistantError as exc:
                gr.Warning(str(exc))
        gr.Info("Thank you for the feedback.")
        return gr.update(visible=False), gr.update(value="")

    def submit_referral(self, state: dict[str, Any], mentor_id: str, *values: Any) -> str:
        """Send the reviewed referral; refused without the consent tick."""
        *fields, name, email, consent = values
        if consent is not True:
            return "**Please tick the consent box first.** Nothing is stored or sent without it."
        if not state or not state.get("submission_id"):
            return "There is no referral to send yet. Ask your question first."
        data = {
            "submission_id": state["submission_id"],
            "consent": True,
            "draft": dict(zip(FIELDS, fields, strict=True)) | {"drafted_by": "person"},
            "contact": {"name": name or "", "email": (email or "").strip()},
            "mentor_id": mentor_id or None,
            "topic": state.get("topic"),
            "suggested": state.get("suggested", []),
        }
        try:
            receipt = self.assistant.submit_referral(data)
        except AssistantError as exc:
            return f"{safe_markdown(str(exc))}"
        if not receipt.created:  # the same card sent again: the first version stands, edits since were not sent
            return (
                f"**This referral was already sent** with the reference code **`{receipt.code}`**; it is "
                f"**{receipt.status}**. Changes made after sending were not sent. To add something, tell the career "
                "centre and quote the code."
            )
        if receipt.mentor_id:
            who = self.assistant.referrals.mentor(receipt.mentor_id).name
            where = f"It has gone to **{safe_markdown(who)}**, who has a free place."
        else:
            where = f"You are number **{receipt.waitlist_position}** on the waitlist; the career centre will match you."
        return (
            f"**Referral sent.** Your reference code is **`{receipt.code}`**. {where} Keep the code to check "
            "its status or to have it erased."
        )

    def check_status(self, code: str) -> str:
        """What the person may see about their referral."""
        try:
            data = self.assistant.referral_status(code)
        except AssistantError as exc:
            return f"{safe_markdown(str(exc))}"
        if data["status"] == "erased":
            return f"Referral `{data['reference']}` was erased on {data['at'][:10]}."
        line = f"Referral `{data['reference']}` is **{data['status']}**"
        if data.get("waitlist_position"):
            line += f"; waitlist position {data['waitlist_position']}"
        return line + "."

    def _admitted(self, work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """Run one API call inside the admission gate; a full line or bad input becomes {"error": ...}."""
        try:
            with self.admission.slot():
                return work()
        except QueueFullError:
            return {"error": BUSY}
        except AssistantError as exc:
            return {"error": str(exc)}

    def api_route(self, question: str) -> dict[str, Any]:
        """Where a question goes and the guidance it would draw on, without writing an answer (triage + retrieval)."""

        def work() -> dict[str, Any]:
            triage = self.assistant.triage(question)
            passages = self.assistant.retrieve(question) if triage.route == "micro" else []
            return triage.to_dict() | {"passages": [{"doc_id": p.doc_id, "section": p.section} for p in passages]}

        return self._admitted(work)

    def api_refer(self, referral: dict[str, Any]) -> dict[str, Any]:
        """A referral the person reviewed, sent from a career centre's own form: `submission_id` (one per referral,
        so a retry never sends it twice), `consent` (must be true), `draft` (the draft's fields), optional
        `contact` ({name, email}) and `mentor_id`. Returns the reference code, status and mentor or waitlist place."""
        if not isinstance(referral, dict):
            return {"error": "Send the referral as a JSON object with submission_id, consent and draft."}

        def work() -> dict[str, Any]:
            receipt = self.assistant.submit_referral(referral)
            return {
                "code": receipt.code,
                "status": receipt.status,
                "mentor_id": receipt.mentor_id,
                "waitlist_position": receipt.waitlist_position,
                "already_received": not receipt.created,
            }

        return self._admitted(work)

    def api_referral_status(self, code: str) -> dict[str, Any]:
        """Where a referral stands, by its reference code (what the person may see)."""
        try:
            return self.assistant.referral_status(code)
        except AssistantError as exc:
            return {"error": str(exc)}

    def api_ask(self, question: str) -> dict[str, Any]:
        """The chat as an API call (gradio_client): one question in, the reply as JSON out."""

        def work() -> dict[str, Any]:
            reply = self.assistant.ask(question)
            self.assistant.record(reply, question)
            return reply.to_dict() | {"reply_id": reply.reply_id}

        return self._admitted(work)
