"""Gradio front end: builds the assistant from settings and shows the guidance index."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from assistant import Settings, build_assistant
from assistant.errors import AssistantError

ROUTE_LABELS = {
    "micro": "Quick answer: a specific question guidance can answer now",
    "mentor": "Mentor referral: a long-term question a person can help with",
    "unsure": "One question first: we need a little more to route this",
    "crisis": "Get help now: please contact a crisis line or emergency services",
    "out_of_scope": "Not something I can help with here",
}


def build_app(settings: Settings | None = None) -> gr.Blocks:
    """The page: index status and a search over the guidance corpus."""
    assistant = build_assistant(settings or Settings())

    def status_text() -> str:
        try:
            st = assistant.index_status()
        except AssistantError as exc:
            return f"Index unavailable: {exc}"
        if not st.chunks:
            return "The guidance index is empty. Run `python -m ingest` to build it."
        where = "Chroma server" if assistant.settings.chroma_url else "embedded Chroma"
        return f"**{st.documents} guidance documents** indexed as {st.chunks} passages ({where})."

    def run_search(query: str) -> str:
        try:
            passages = assistant.search(query, k=5)
        except AssistantError as exc:
            return f"**{exc}**"
        if not passages:
            return "No guidance found."
        return "\n\n".join(
            f"### {i}. {p.title} — {p.section}\n*{p.source} · similarity {p.score:.2f}*\n\n{p.text}"
            for i, p in enumerate(passages, 1)
        )

    def run_triage(question: str) -> str:
        try:
            t = assistant.triage(question)
        except AssistantError as exc:
            return f"**{exc}**"
        label = ROUTE_LABELS.get(t.route, t.route)
        reasons = "\n".join(f"- {r}" for r in t.reasons)
        return f"### {label}\n\nconfidence {t.confidence:.0%} · topic *{t.topic}* · format *{t.format}*\n\n{reasons}"

    with gr.Blocks(title="Career guidance") as demo:
        gr.Markdown("# Career guidance")
        status = gr.Markdown(status_text())
        with gr.Tab("Where does my question go?"):
            question = gr.Textbox(
                label="Your question",
                lines=3,
                max_length=assistant.settings.max_question_chars,
                placeholder="e.g. how do I answer 'where do you see yourself in five years' tomorrow?",
            )
            check = gr.Button("Check", variant="primary")
            verdict = gr.Markdown()
            question.submit(run_triage, question, verdict)
            check.click(run_triage, question, verdict)
        with gr.Tab("Search the guidance"):
            query = gr.Textbox(
                label="Search the guidance", placeholder="e.g. how do I word a counter-offer email?", max_length=2000
            )
            search_button = gr.Button("Search", variant="primary")
            results = gr.Markdown()
            query.submit(run_search, query, results)
            search_button.click(run_search, query, results)
        demo.load(status_text, None, status)
    return demo


def main() -> None:
    """Start the app on 127.0.0.1:7860."""
    settings = Settings()
    build_app(settings).queue().launch(
        server_name="127.0.0.1", server_port=7860, blocked_paths=[str(settings.data_dir)], show_error=False
    )


if __name__ == "__main__":
    main()
