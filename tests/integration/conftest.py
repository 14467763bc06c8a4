"""Fixtures for integration tests: a database URL for each referral-store backend."""

from __future__ import annotations

import pytest

from tests.servers import postgres_bin, postgres_cluster


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database(request, tmp_path_factory):
    """A database URL: a SQLite file, or a PostgreSQL cluster started for this module."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'referrals.sqlite'}"
        return
    if postgres_bin() is None:
        pytest.skip("PostgreSQL is not installed (Debian package 'postgresql'); `make test` installs it as root")
    with postgres_cluster() as url:
        yield url
