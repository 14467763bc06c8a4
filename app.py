"""Gradio front end: builds the assistant from settings and shows the guidance index."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from assistant import Settings, build_assistant
from assistant.errors import AssistantError


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
        return f"**{st.documents} guidance documents** indexed as {st.chunks} passages ({st.target})."

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

    with gr.Blocks(title="Career guidance search") as demo:
        gr.Markdown("# Career guidance search")
        status = gr.Markdown(status_text())
        query = gr.Textbox(
            label="Search the guidance", placeholder="e.g. how do I word a counter-offer email?", max_length=2000
        )
        results = gr.Markdown()
        query.submit(run_search, query, results)
        gr.Button("Search", variant="primary").click(run_search, query, results)
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
