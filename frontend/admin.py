"""The staff admin area (Gradio Blocks, login required): referral queue, guidance uploads, analytics."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import gradio as gr
import pandas as pd

from assistant.errors import AssistantError
from assistant.pipeline import Assistant
from assistant.referral.lifecycle import STATUSES
from assistant.taxonomy import TOPICS
from ingest.loaders import SUPPORTED_SUFFIXES, load_document
from ingest.pipeline import run_ingest
from ingest.store import IndexWriter

QUEUE_COLUMNS = ["reference", "status", "created_at", "topic", "mentor_id", "goal"]


def check_upload(path: Path, max_bytes: int) -> str:
    """Why an uploaded file cannot become guidance ('' when it can): the loader's own checks of type, size and parse."""
    try:
        load_document(path, path.name, max_bytes)
    except AssistantError as exc:
        return str(exc)
    return ""


class Admin:
    """Handlers of the admin area."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.refs = assistant.referrals
        self._exports: list[Path] = []  # this page's CSV files: each removed when the next is made

    def queue(self, status: str, mentor: str, topic: str) -> pd.DataFrame:
        """The referral queue, filtered."""
        rows = self.refs.store.queue(status=status or None, mentor_id=mentor or None, topic=topic or None)
        return pd.DataFrame(rows, columns=QUEUE_COLUMNS) if rows else pd.DataFrame(columns=QUEUE_COLUMNS)

    def mentors(self) -> pd.DataFrame:
        """Mentors with their free places."""
        return pd.DataFrame(self.refs.mentor_room())

    def assign(self, code: str, mentor: str, force: bool, user: gr.Request) -> str:
        """Assign a mentor to a referral."""
        try:
            row = self.refs.assign(code, mentor, f"staff:{user.username or 'admin'}", force=force)
        except AssistantError as exc:
            return f"{exc}"
        return f"{row['reference']} assigned to {row['mentor_id']}."

    def set_status(self, code: str, status: str, note: str, user: gr.Request) -> str:
        """Move a referral along its lifecycle."""
        try:
            row = self.refs.change_status(code, status, f"staff:{user.username or 'admin'}", note or "")
        except AssistantError as exc:
            return f"{exc}"
        return f"{row['reference']} is now {row['status']}."

    def export(self, status: str, mentor: str, topic: str) -> str:
        """The filtered queue as a CSV file to download."""
        # The file holds goals and questions, so none outlives its download for long: the previous export is removed
        # here, and Gradio's own copy by the page's delete_cache (build_admin) and at every restart.
        while self._exports:
            shutil.rmtree(self._exports.pop(), ignore_errors=True)
        folder = Path(tempfile.mkdtemp(prefix="referrals-"))
        self._exports.append(folder)
        out = folder / "referrals.csv"
        with out.open("w", newline="", encoding="utf-8") as fh:
            self.refs.export_csv(fh, status=status or None, mentor_id=mentor or None, topic=topic or None)
        return str(out)

    def upload(self, files: list[str] | None, progress: gr.Progress = gr.Progress(track_tqdm=True)) -> str:  # noqa: B008
        """Check uploaded files, add the good ones to the corpus and re-index, with progress."""
        if not files:
            return "Choose one or more files first."
        settings = self.assistant.settings
        target = settings.corpus_dir / "guidance"
        target.mkdir(parents=True, exist_ok=True)
        problems, added = [], []
        for name in files:
            path = Path(name)
            problem = check_upload(path, settings.max_file_bytes)
            if problem:
                problems.append(problem)
                continue
            dest = target / path.name
            tmp = dest.with_suffix(dest.suffix + ".part")
            shutil.copyfile(path, tmp)
            tmp.replace(dest)  # atomic: the index never sees half a file
            added.append(dest.name)
        lines = [f"- refused {p}" for p in problems]
        if added:
            progress(0, desc="Indexing")
            report = run_ingest(settings, progress=True, writer=IndexWriter(settings, self.assistant.embeddings))
            lines.insert(0, f"Added {', '.join(added)}. Index: {report.summary_line()}")
            lines += [f"- failed {f}" for f in report.failed]
        return "\n".join(lines) or "Nothing to add."

    def analytics(self, days: int) -> tuple[pd.DataFrame, pd.DataFrame, str, pd.DataFrame]:
        """Replies per route per day, top topics, feedback figures and the questions that found no guidance."""
        s = self.assistant.usage.summary(days=int(days))
        per_day = pd.DataFrame(s.per_day, columns=["day", "route", "replies"])
        topics = pd.DataFrame(s.top_topics, columns=["topic", "questions"])
        figures = (
            f"**{s.replies}** replies in the last {int(days)} days · **{s.feedback_rate:.0%}** rated · "
            f"**{s.helpful_rate:.0%}** of ratings helpful · **{len(s.gaps)}** questions found no guidance"
        )
        gaps = pd.DataFrame(s.gaps, columns=["when", "question (contact details masked)"])
        return per_day, topics, figures, gaps


def build_admin(assistant: Assistant) -> gr.Blocks:
    """The admin page; mounted behind a login and never inside the public widget."""
    admin = Admin(assistant)
    mentor_ids = [m.id for m in assistant.referrals.mentors]
    # delete_cache: Gradio's copies of exported CSV files are deleted within 20 minutes (checked every 10)
    with gr.Blocks(title="Admin · " + assistant.settings.web.brand_name, delete_cache=(600, 600)) as page:
        gr.Markdown(f"# {assistant.settings.web.brand_name}: admin")
        with gr.Tab("Referral queue"):
            with gr.Row():
                status = gr.Dropdown(["", *STATUSES], value="", label="Status")
                mentor = gr.Dropdown(["", *mentor_ids], value="", label="Mentor")
                topic = gr.Dropdown(["", *TOPICS], value="", label="Topic")
                refresh = gr.Button("Refresh", size="sm")
            table = gr.Dataframe(headers=QUEUE_COLUMNS, interactive=False, elem_id="queue-table", wrap=True)
            with gr.Row():
                code = gr.Textbox(label="Reference code", max_length=20)
                pick = gr.Dropdown(mentor_ids, label="Assign to mentor")
                force = gr.Checkbox(label="even without a free place")
                assign = gr.Button("Assign", size="sm")
            with gr.Row():
                new_status = gr.Dropdown(list(STATUSES), label="New status")
                note = gr.Textbox(label="Note (the person sees it with their code; no personal data)", max_length=500)
                change = gr.Button("Change status", size="sm")
            done = gr.Markdown(elem_id="queue-result")
            export = gr.Button("Export CSV", size="sm")
            csv_file = gr.File(label="Export", interactive=False)
            room = gr.Dataframe(label="Mentors and free places", interactive=False)
            filters = [status, mentor, topic]
            for trigger in (refresh.click, status.change, mentor.change, topic.change):
                trigger(admin.queue, filters, table, api_visibility="private")
            assign.click(admin.assign, [code, pick, force], done, api_visibility="private").then(
                admin.queue, filters, table
            ).then(admin.mentors, None, room)
            change.click(admin.set_status, [code, new_status, note], done, api_visibility="private").then(
                admin.queue, filters, table
            ).then(admin.mentors, None, room)
            export.click(admin.export, filters, csv_file, api_visibility="private")
        with gr.Tab("Guidance"):
            gr.Markdown(
                f"Upload guidance documents ({', '.join(SUPPORTED_SUFFIXES)}, at most "
                f"{assistant.settings.max_file_mb:g} MB each). Markdown files need the front matter "
                "described in corpus/README.md. Files are checked, added to the corpus and indexed."
            )
            files = gr.File(
                file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), label="Documents", elem_id="upload"
            )
            add = gr.Button("Add and re-index", variant="primary", elem_id="reindex")
            upload_result = gr.Markdown(elem_id="upload-result")
            add.click(admin.upload, files, upload_result, api_visibility="private")
        with gr.Tab("Analytics"):
            days = gr.Slider(1, 365, value=30, step=1, label="Days")
            show = gr.Button("Refresh", size="sm")
            figures = gr.Markdown(elem_id="analytics-figures")
            chart = gr.BarPlot(
                x="day", y="replies", color="route", title="Replies per route per day", elem_id="routes-chart"
            )
            topics_table = gr.Dataframe(label="Top topics", interactive=False)
            gaps = gr.Dataframe(
                label="Questions that found no guidance (the corpus's gaps)", interactive=False, wrap=True
            )
            for trigger in (show.click, days.release):
                trigger(admin.analytics, days, [chart, topics_table, figures, gaps], api_visibility="private")
        page.load(admin.queue, filters, table, api_visibility="private").then(admin.mentors, None, room).then(
            admin.analytics, days, [chart, topics_table, figures, gaps]
        )
    return page
