"""Start the web app: the chat for job seekers, the admin area for staff, on the host and port from settings."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def main() -> int:
    """Build everything from the settings and serve it with uvicorn; a setting it cannot use stops it with a message."""
    import sys

    import uvicorn

    from assistant.backends.offline import force_offline
    from assistant.errors import ConfigurationError
    from assistant.guard.pii import install_log_redaction
    from assistant.settings import load_settings
    from frontend.server import create_app

    force_offline()
    install_log_redaction()
    try:
        settings = load_settings()
        app = create_app(settings)
    except ConfigurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    where = f"http://{settings.web.host}:{settings.web.port}{settings.web.chat_path}"
    print(f"Chat on {where}" + (f", admin on {settings.web.admin_path}" if settings.web.admin_password else ""))
    uvicorn.run(app, host=settings.web.host, port=settings.web.port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
