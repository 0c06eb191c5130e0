"""Exporting the warehouse: every table and view as a Parquet file, for readers that
should not hold DuckDB's lock (or do not use DuckDB at all)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import WarehouseError, run_query


class ExportError(WarehouseError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return f"cannot export to `{self.path}`: {self.detail}"


@dataclass(frozen=True, slots=True)
class Exported:
    name: str
    kind: str  # table | view
    rows: int
    path: Path


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: Path) -> list[Exported]:
    """Write <out_dir>/<name>.parquet for every table and view; return what was written.

    Works on a read-only connection: nothing in the warehouse changes.

    :raises ExportError: the folder cannot be created or a file cannot be written.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(str(out_dir), str(exc)) from exc
    written = []
    for rel in run_query(con, "relations"):
        name, kind = rel["name"], rel["kind"]
        path = out_dir / f"{name}.parquet"
        ident = '"' + name.replace('"', '""') + '"'
        try:
            con.execute(f"copy (select * from {ident}) to {_literal(str(path))} (format parquet)")
        except duckdb.Error as exc:
            raise ExportError(str(path), str(exc).splitlines()[0]) from exc
        rows = con.execute(f"select count(*) from {ident}").fetchall()[0][0]
        written.append(Exported(name, kind, rows, path))
    return written
