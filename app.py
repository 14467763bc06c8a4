"""Start the web app: the chat for job seekers, the admin area for staff, on the host and port from settings."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def main() -> None:
    """Build everything from Settings() and serve it with uvicorn."""
    import uvicorn

    from assistant import Settings
    from assistant.backends.offline import force_offline
    from assistant.guard.pii import install_log_redaction
    from frontend.server import create_app

    force_offline()
    install_log_redaction()
    settings = Settings()
    app = create_app(settings)
    where = f"http://{settings.web.host}:{settings.web.port}{settings.web.chat_path}"
    print(f"Chat on {where}" + (f", admin on {settings.web.admin_path}" if settings.web.admin_password else ""))
    uvicorn.run(app, host=settings.web.host, port=settings.web.port, log_level="warning")


if __name__ == "__main__":
    main()
