"""The FastAPI application: the chat at its path, the admin area behind a login, guidance pages, framing rules."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import gradio as gr
from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse

from assistant.pipeline import Assistant, build_assistant
from assistant.settings import Settings, load_settings
from frontend.admin import build_admin
from frontend.admission import Admission
from frontend.chat import build_chat
from frontend.guidance_page import GuidanceLibrary

log = logging.getLogger(__name__)


def theme_css(color: str) -> str:
    """Branding: the centre's colour on buttons, links and the header."""
    return f"""
:root, .dark {{ --brand: {color}; --button-primary-background-fill: {color};
  --button-primary-background-fill-hover: {color}; --button-primary-border-color: {color};
  --color-accent: {color}; --link-text-color: {color}; --checkbox-background-color-selected: {color}; }}
.brand-header {{ display: flex; align-items: center; gap: .6rem; font-size: 1.35rem; font-weight: 650;
  color: var(--brand); border-bottom: 3px solid var(--brand); padding-bottom: .4rem; }}
.brand-logo {{ height: 2rem; }}
#referral-card {{ border: 2px solid var(--brand); border-radius: 10px; padding: .6rem; }}
footer {{ display: none !important; }}
"""


def frame_policy(path: str, admin_path: str, origins: list[str]) -> str:
    """The Content-Security-Policy frame-ancestors value: the admin area is never framed (pure)."""
    if path.startswith(admin_path):
        return "frame-ancestors 'none'"
    return "frame-ancestors " + " ".join(["'self'", *origins])


def create_app(settings: Settings | None = None, assistant: Assistant | None = None) -> FastAPI:
    """Build the whole web application from settings."""
    settings = settings or load_settings()
    assistant = assistant or build_assistant(settings)
    web = settings.web
    library = GuidanceLibrary(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        assistant.referrals.worker.start()
        yield
        assistant.referrals.worker.stop()

    app = FastAPI(title=web.brand_name, lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(
        CORSMiddleware, allow_origins=web.allowed_origins, allow_methods=["GET", "POST"], allow_headers=["*"]
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = frame_policy(
            request.url.path, web.admin_path, web.allowed_origins
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    @app.get("/guidance/{doc_id}", response_class=HTMLResponse)
    def guidance(doc_id: str) -> Response:
        page = library.page(doc_id)
        if page is None:
            return PlainTextResponse(f"No guidance document has the id '{doc_id}'.", status_code=404)
        return HTMLResponse(page)

    @app.get("/healthz")
    def health() -> JSONResponse:
        return JSONResponse({"status": "ok"})

    common: dict[str, Any] = {
        "blocked_paths": [str(settings.data_dir)],
        "max_file_size": f"{settings.max_file_mb:g}mb",
        "show_error": False,
        "ssr_mode": False,
        "footer_links": [],
        "css": theme_css(web.brand_color),
        "theme": gr.themes.Default(),
    }
    if web.admin_password is not None:
        admin = build_admin(assistant).queue(default_concurrency_limit=1, max_size=20)
        auth = (web.admin_username, web.admin_password.get_secret_value())
        app = gr.mount_gradio_app(app, admin, path=web.admin_path, auth=auth, **common)
    else:

        @app.get(web.admin_path)
        def admin_off() -> PlainTextResponse:
            return PlainTextResponse(
                "The admin area is switched off. Set ASSISTANT_WEB__ADMIN_PASSWORD to turn it on.", status_code=404
            )

    admission = Admission(web.concurrency_limit, web.max_queue)
    chat = build_chat(assistant, admission).queue(
        default_concurrency_limit=max(8, web.concurrency_limit + web.max_queue), max_size=4 * (web.max_queue + 8)
    )
    return gr.mount_gradio_app(app, chat, path=web.chat_path, **common)
