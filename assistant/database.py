"""SQLAlchemy engines for the referral and usage stores: SQLite (WAL, full sync, write-locking) or PostgreSQL."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text

log = logging.getLogger(__name__)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN IMMEDIATE ourselves (see _begin_immediate)
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "secure_delete=ON", "foreign_keys=ON", "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _begin_immediate(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for the URL; SQLite gets WAL, synchronous=FULL, secure_delete and write-locking transactions."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=8)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    if url.startswith("postgresql"):
        try:
            import psycopg  # noqa: F401
        except ImportError:
            from assistant.errors import MissingExtraError

            raise MissingExtraError("psycopg", "postgres", "A PostgreSQL referral or usage store") from None
    return create_engine(url, pool_pre_ping=True, pool_size=8)


def sqlite_pragma(engine: Engine, pragma: str) -> Any:
    """Run one PRAGMA outside any transaction (a checkpoint cannot run inside one) and return its first row."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA {pragma}")
        return cursor.fetchone()
    finally:
        raw.close()


def reclaim_space(engine: Engine, tables: tuple[str, ...], tries: int = 10) -> bool:
    """Rewrite the tables' storage so deleted rows leave no copies on disk (WAL checkpoint or VACUUM FULL). False when
    SQLite could not truncate its write-ahead log (a reader kept an old snapshot through every try): the copies then
    stay in it until a later checkpoint, and the log says so."""
    if engine.dialect.name == "sqlite":
        for attempt in range(tries):
            busy = sqlite_pragma(engine, "wal_checkpoint(TRUNCATE)")[0]
            if not busy:
                return True
            time.sleep(0.1 * (attempt + 1))
        log.warning(
            "SQLite's write-ahead log is still held by a reader: erased rows stay in it until the next checkpoint"
        )
        return False
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in tables:
                conn.exec_driver_sql(f"VACUUM FULL {table}")
    return True


def integrity_check(engine: Engine) -> str:
    """'ok' when the database reports no corruption (SQLite's integrity_check; a query elsewhere)."""
    if engine.dialect.name == "sqlite":
        return str(sqlite_pragma(engine, "integrity_check")[0])
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return "ok"
