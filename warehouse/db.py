"""Opening the DuckDB warehouse, transactions, migrations and named queries.

DuckDB allows one read-write process per file, and a read-only opener is refused too
while a writer holds it. :func:`connect` turns that refusal into
:class:`WarehouseLockedError`, which names the holder and says what to do.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb


class WarehouseError(Exception):
    """Base for errors raised by warehouse/."""


class WarehouseLockedError(WarehouseError):
    def __init__(self, path: str, holder: str) -> None:
        super().__init__(path, holder)
        self.path = path
        self.holder = holder

    def __str__(self) -> str:
        return (
            f"warehouse `{self.path}` is locked by another process ({self.holder}). DuckDB allows one writer: "
            "wait for that run to finish, or stop it, then try again. To read while it runs, export Parquet "
            "from a finished run (`claims export --parquet DIR`) and query that."
        )


class SchemaDriftError(WarehouseError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"migration `{self.name}` changed after it was applied; add a new migration instead"


class NotAWarehouseError(WarehouseError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return f"`{self.path}` cannot be opened as a DuckDB warehouse: {self.detail}"


class MigrationFailedError(WarehouseError):
    def __init__(self, name: str, detail: str) -> None:
        super().__init__(name, detail)
        self.name = name
        self.detail = detail

    def __str__(self) -> str:
        return f"migration `{self.name}` failed and was rolled back (the warehouse is unchanged): {self.detail}"


class NeedsMigrationError(WarehouseError):
    def __init__(self, path: str, pending: list[str]) -> None:
        super().__init__(path, pending)
        self.path = path
        self.pending = pending

    def __str__(self) -> str:
        return (f"warehouse `{self.path}` has an older schema ({len(self.pending)} migration(s) pending: "
                f"{', '.join(self.pending)}); run `claims migrate --db {self.path}` first")


class UnknownRunError(WarehouseError):
    def __init__(self, run_id: str, recent: list[str], matches: list[str] | None = None) -> None:
        super().__init__(run_id, recent, matches)
        self.run_id = run_id
        self.recent = recent
        self.matches = matches or []

    def __str__(self) -> str:
        if self.matches:
            shown = ", ".join(f"`{r}`" for r in self.matches[:5])
            return f"run `{self.run_id}` is ambiguous: it starts {len(self.matches)} run ids ({shown})"
        known = ", ".join(f"`{r}`" for r in self.recent) or "none yet"
        return f"no stored run `{self.run_id}` in the warehouse; recent runs: {known}"


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (.*?)(?:\. See also|$)", re.S)


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at *path*; create it (and its folder) when writing and it is missing.

    :raises WarehouseLockedError: another process holds the file.
    :raises NotAWarehouseError: the file exists but is not a DuckDB database.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise NotAWarehouseError(str(path), "no such file; run `claims run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc)
        m = _LOCK_HOLDER.search(message)
        if m or "lock" in message.lower():
            holder = m.group(1).strip() if m else "unknown process"
            raise WarehouseLockedError(str(path), holder) from exc
        raise NotAWarehouseError(str(path), message) from exc
    except duckdb.Error as exc:
        raise NotAWarehouseError(str(path), str(exc)) from exc


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT, or ROLLBACK on any error: a run is stored whole or not at all."""
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def _migration_files() -> list[tuple[str, str]]:
    folder = files("warehouse").joinpath("migrations")
    out = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            out.append((entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def apply_migrations(con: duckdb.DuckDBPyConnection, migrations: list[tuple[str, str]] | None = None) -> list[str]:
    """Apply pending warehouse/migrations/*.sql in name order; return the names applied.

    Each migration runs in its own transaction and is recorded with its checksum, so a
    failing one leaves the warehouse as the previous one left it. *migrations* (name,
    sql) pairs replace the shipped files; tests use it.

    :raises SchemaDriftError: an applied migration's file has changed since.
    :raises MigrationFailedError: a migration's SQL failed (it was rolled back).
    """
    con.execute(
        "create table if not exists _migrations (name varchar primary key, sha256 varchar not null, "
        "applied_at timestamp not null)"
    )
    applied = dict(con.execute("select name, sha256 from _migrations").fetchall())
    newly = []
    for name, sql in migrations if migrations is not None else _migration_files():
        digest = hashlib.sha256(sql.encode("utf-8")).hexdigest()
        if name in applied:
            if applied[name] != digest:
                raise SchemaDriftError(name)
            continue
        try:
            with transaction(con):
                con.execute(sql)
                con.execute("insert into _migrations values (?, ?, now()::timestamp)", [name, digest])
        except duckdb.Error as exc:
            raise MigrationFailedError(name, str(exc).splitlines()[0]) from exc
        newly.append(name)
    return newly


def pending_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the shipped migrations not yet applied to the warehouse behind *con*."""
    try:
        applied = {r[0] for r in con.execute("select name from _migrations").fetchall()}
    except duckdb.CatalogException:
        applied = set()
    return [name for name, _ in _migration_files() if name not in applied]


def require_current_schema(con: duckdb.DuckDBPyConnection, path: str | Path) -> None:
    """Readers call this: an old warehouse gets a message naming `claims migrate`, not a SQL error.

    :raises NeedsMigrationError: some shipped migrations are not applied.
    """
    pending = pending_migrations(con)
    if pending:
        raise NeedsMigrationError(str(path), pending)


def query_sql(name: str) -> str:
    return files("warehouse").joinpath(f"queries/{name}.sql").read_text(encoding="utf-8")


def run_query(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run warehouse/queries/<name>.sql with named $parameters; rows as dicts."""
    cursor = con.execute(query_sql(name), params or None)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
