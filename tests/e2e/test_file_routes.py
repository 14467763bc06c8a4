"""Gradio's file routes and our guidance route refuse system files, path traversal and the data directory."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

pytestmark = pytest.mark.e2e


def targets(app) -> list[str]:
    data = str(app.data_dir)
    db = f"{data}/referrals.sqlite"
    return [
        "/etc/passwd",
        "../../../../etc/passwd",
        "..%2f..%2f..%2f..%2fetc%2fpasswd",
        "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "....//....//etc/passwd",
        "/ETC/PASSWD",
        "/etc/./passwd",
        db,
        quote(db, safe=""),
        db.upper(),
        f"{data}/../data/referrals.sqlite",
        f"{data}/triage/triage-model.pkl",
        f"{data}/chroma/chroma.sqlite3",
    ]


ROUTES = [
    "gradio_api/file={}",
    "file={}",
    "gradio_api/file/{}",
    "admin/gradio_api/file={}",
    "guidance/{}",
    "gradio_api/static/{}",
    "static/{}",
    "assets/{}",
]


def test_no_file_route_serves_system_or_data_files(app):
    leaked = []
    with httpx.Client(timeout=10) as client:
        for route in ROUTES:
            for target in targets(app):
                url = app.url + route.format(target)
                r = client.get(url)
                body = r.content
                if r.status_code == 200 and (b"root:" in body or b"SQLite format" in body or body[:2] == b"\x80\x04"):
                    leaked.append(url)
    assert not leaked, leaked
    assert httpx.get(app.url + "gradio_api/file=/etc/passwd", timeout=10).status_code in (403, 404)
