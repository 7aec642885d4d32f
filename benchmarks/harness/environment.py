"""The production-mode environment the server and this process share, and the bench database."""

import base64
import os
import secrets
import tempfile
from pathlib import Path

import psycopg

from .config import Config

ROOT = Path(__file__).resolve().parents[2]


def production_environment(config: Config, workdir: Path) -> dict[str, str]:
    """loket.conf.production, as `make prod` runs it, on loopback; files go to a scratch folder."""
    return {
        "DJANGO_SETTINGS_MODULE": "loket.conf.production",
        "DATABASE_URL": config.database_url,
        "REDIS_URL": config.redis_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "DOCUMENTS_ROOT": str(workdir / "documents"),
        # the notification receiver of the benchmark listens on 127.0.0.1
        "LOKET_NOTIFICATIONS_ALLOW_PRIVATE_TARGETS": "true",
        "LOG_JSON": "true",
        # a throw-away Ed25519 key, as scripts/run-production makes one (the checks refuse the development key)
        "LOKET_SIGNING_KEY_ID": secrets.token_hex(4),
        "LOKET_SIGNING_PRIVATE_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
    }


def scratch_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="loket-bench-"))


def setup_django(env: dict[str, str]) -> None:
    """Configure this process like the server (it builds the data and captures the SQL)."""
    os.environ.update(env)
    os.environ["LOG_LEVEL"] = "WARNING"  # this process stays quiet; the server logs as in production
    import django

    django.setup()


def recreate_database(config: Config) -> None:
    with psycopg.connect(config.admin_url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{config.db_name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{config.db_name}"')


def drop_database(config: Config) -> None:
    with psycopg.connect(config.admin_url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{config.db_name}" WITH (FORCE)')


def database_size_mb(conninfo: str) -> int:
    with psycopg.connect(conninfo) as conn:
        return round(conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 2**20)
