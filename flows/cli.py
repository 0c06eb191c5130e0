"""The `claims` command line: a thin wrapper over the flow and the warehouse library."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
import duckdb

# Prefect reads these at import; the product works offline, so telemetry stays off.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect gives its temporary server 20 s to start; on a busy 2-core machine that was not
# enough (runs failed with "Timed out while attempting to connect to ephemeral Prefect API server").
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")

from flows import runlock  # noqa: E402
from flows.config import ConfigError, load_settings  # noqa: E402
from warehouse import db as wdb  # noqa: E402
from warehouse.export import export_parquet  # noqa: E402
from warehouse.report import render  # noqa: E402
from warehouse.review import REVIEW_STATUSES, add_review  # noqa: E402

MAX_LISTED_FAILURES = 20  # the rest are in the warehouse's ingest_errors table

DB_OPTION = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Warehouse file [env CLAIMS_DB; default ./warehouse.duckdb].",
)


@contextmanager
def open_warehouse(db: Path | None, *, read_only: bool, migrate: bool = False,
                   require_schema: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """The warehouse at --db (or the configured default), closed afterwards.

    Readers open it read-only and need the current schema; writers bring it up to date.
    Every warehouse error (a lock held by a run, an old schema, a missing file) becomes
    a one-line message naming what to do, never a traceback.
    """
    try:
        path = load_settings(db=db).db
        con = wdb.connect(path, read_only=read_only)
    except (ConfigError, wdb.WarehouseError) as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:  # e.g. the folder for a new warehouse cannot be created
        raise click.ClickException(f"cannot open warehouse: {exc}") from exc
    try:
        if migrate:
            wdb.apply_migrations(con)
        elif read_only and require_schema:
            wdb.require_current_schema(con, path)
        yield con
    except (ConfigError, wdb.WarehouseError) as exc:
        raise click.ClickException(str(exc)) from exc
    except duckdb.Error as exc:
        raise click.ClickException(f"warehouse `{path}`: {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()


@click.group()
@click.version_option(package_name="claim-reconciliation")
def cli() -> None:
    """Reconcile the figures that news outlets report about one story."""


def _flow_options(command: Any) -> Any:
    """The options `run` and `serve` share: what to read, where to write, how to run."""
    for option in reversed([
        click.option("--source", "sources", multiple=True, metavar="URL|FEED_URL|DIR|FILE",
                     help="Where to read documents: a page, an RSS/Atom feed, a folder or a file; repeatable. "
                          "Default: the bundled corpus."),
        click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Link hops to follow from each web page or feed entry (0: only the sources)."),
        click.option("--max-docs", type=click.IntRange(min=1), default=200, show_default=True,
                     help="Cap on the web documents taken (pages fetched, feed entries); local files are never "
                          "capped."),
        click.option("--same-site", is_flag=True, help="Follow only links to the site of the page they start from."),
        click.option("--allow-domain", "allow_domains", multiple=True, metavar="DOMAIN",
                     help="Follow only links to DOMAIN or its subdomains; repeatable."),
        click.option("--allow-private", is_flag=True,
                     help="Fetch hosts on private, loopback or link-local addresses (refused by default)."),
        DB_OPTION,
        click.option("--report-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Folder for the Markdown report [env CLAIMS_REPORT_DIR; default ./reports]."),
        click.option("--aliases", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
                     help="Extra alias table (TOML) [env CLAIMS_ALIASES]."),
        click.option("--wait-for-lock", type=click.FloatRange(min=0), default=runlock.DEFAULT_WAIT_SECONDS,
                     show_default=True, metavar="SECONDS",
                     help="When another run is working on the warehouse, wait this long for it, then skip "
                          "(0: skip at once)."),
        click.option("--runner", type=click.Choice(["default", "dask"]), default="default", show_default=True,
                     help="dask: extraction and matching partitions on a dask.distributed cluster "
                          "(needs a Prefect server: PREFECT_API_URL)."),
        click.option("--dask-address", metavar="tcp://HOST:8786", default=None,
                     help="Scheduler of a running Dask cluster [default: a new LocalCluster on this machine]."),
        click.option("--dask-workers", type=click.IntRange(min=1), default=None, metavar="N",
                     help="Worker processes of the LocalCluster [default: the number of CPUs, at most 8]."),
    ]):
        command = option(command)
    return command


def _flow_parameters(options: dict[str, Any]) -> dict[str, Any]:
    """The flow's parameters from the options `_flow_options` added, checked and with defaults applied."""
    runner, dask_address, dask_workers = options["runner"], options["dask_address"], options["dask_workers"]
    if (dask_address or dask_workers) and runner != "dask":
        raise click.UsageError("--dask-address and --dask-workers need --runner dask")
    if dask_address and dask_workers:
        raise click.UsageError("--dask-workers sizes a new LocalCluster; the cluster at --dask-address has its own")
    try:
        settings = load_settings(db=options["db"], report_dir=options["report_dir"], aliases=options["aliases"])
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    return {**options, "sources": list(options["sources"]) or None, "db": str(settings.db),
            "report_dir": str(settings.report_dir), "aliases": str(settings.aliases) if settings.aliases else None,
            "allow_domains": list(options["allow_domains"])}


def _require_server(what: str, why: str) -> str:
    """The configured Prefect API URL, checked to answer; otherwise one line saying how to start a server."""
    import httpx

    from flows.scaleout import NeedsPrefectServerError, require_server

    try:
        url = require_server(what, why)
    except NeedsPrefectServerError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        httpx.get(url.rstrip("/") + "/health", timeout=10)  # any answer will do (Prefect Cloud may want a key)
    except httpx.TransportError as exc:
        raise click.ClickException(
            f"the Prefect server at {url} (PREFECT_API_URL) does not answer ({type(exc).__name__}: {exc}); "
            "is `prefect server start` running?") from exc
    return url


@cli.command()
@_flow_options
def run(**options: Any) -> None:
    """Run the pipeline on SOURCES (default: the bundled corpus) and print a summary.

    Exit status: 0 when every source was read, 3 when the run completed but some failed,
    75 when it skipped because another run held the warehouse for longer than
    --wait-for-lock.

    \b
        claims run --source https://example.org/news/story --depth 1 --same-site
        claims run --source https://example.org/feed.xml --max-docs 50
        claims run --source ./articles --db story.duckdb
        claims run --runner dask --dask-address tcp://scheduler:8786
    """
    params = _flow_parameters(options)
    wait_for_lock = params["wait_for_lock"]
    if params["runner"] == "dask":
        from flows.scaleout import DASK_WHY

        _require_server("the Dask runner", DASK_WHY)
    if runlock.is_held(params["db"]):
        if wait_for_lock <= 0:  # said now, in one line, without starting Prefect
            busy = runlock.RunLockBusy(params["db"], runlock.describe(runlock.read_holder(params["db"])), 0.0)
            click.echo(str(busy), err=True)
            sys.exit(runlock.SKIPPED_EXIT_CODE)
    else:
        with open_warehouse(Path(params["db"]), read_only=False):
            pass  # a held lock is reported now, in one line, not by a failed flow (nor after importing Prefect)
    from flows.pipeline import reconcile_coverage
    from flows.scaleout import ScaleOutError

    try:
        summary = reconcile_coverage(**params)
    except (ConfigError, wdb.WarehouseError, ScaleOutError) as exc:
        raise click.ClickException(str(exc)) from exc
    if summary.skipped:
        click.echo(summary.skipped, err=True)
        sys.exit(summary.exit_code)
    verdicts = summary.findings_by_verdict
    click.echo(f"run {summary.run_id}")
    click.echo(f"documents: {summary.documents} ({summary.documents_new} new)   claims: {summary.claims}")
    click.echo("findings:  " + "   ".join(f"{v} {verdicts.get(v, 0)}" for v in
                                          ("discrepancy", "update", "agreement", "uncorroborated")))
    if summary.top_discrepancies:
        click.echo("\ntop discrepancies:")
        for i, item in enumerate(summary.top_discrepancies, 1):
            click.echo(f"  {i}. {item['summary']}")
    if summary.errors:
        by_reason: dict[str, int] = {}
        for e in summary.errors:
            by_reason[e.reason] = by_reason.get(e.reason, 0) + 1
        click.echo(f"\n{len(summary.errors)} source(s) failed: "
                   + ", ".join(f"{reason} {n}" for reason, n in sorted(by_reason.items())))
        for e in summary.errors[:MAX_LISTED_FAILURES]:
            click.echo(f"  {e.uri}  [{e.stage} {e.reason}] {e.detail}"[:300])
        if len(summary.errors) > MAX_LISTED_FAILURES:
            click.echo(f"  … and {len(summary.errors) - MAX_LISTED_FAILURES} more: "
                       f"claims sql \"select * from ingest_errors where run_id = '{summary.run_id}'\"")
    click.echo(f"\nwarehouse: {Path(summary.db).resolve()}")
    click.echo(f"report:    {Path(summary.report).resolve() if summary.report else '-'}")
    sys.exit(summary.exit_code)


def _cell(value: Any, max_width: int) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float):
        text = format(value, ".10g")
    elif isinstance(value, datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    text = text.replace("\r\n", "\n").replace("\n", "⏎ ").replace("\t", " ")
    if max_width and len(text) > max_width:
        text = text[: max_width - 1] + "…"
    return text


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> str:
    """Rows as an aligned plain-text table (numbers right-aligned), every row shown."""
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    numeric = [bool(rows) and all(isinstance(r[i], (int, float, Decimal)) and not isinstance(r[i], bool)
                                  for r in rows if r[i] is not None) for i in range(len(columns))]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(values, widths, numeric, strict=True)).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _json_value(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


@cli.command()
@click.argument("query")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table: aligned text; csv: with a header row; json: one object per row.")
@click.option("--max-width", type=int, default=60, show_default=True,
              help="Cut table cells longer than this (0: never).")
def sql(query: str, db: Path | None, fmt: str, max_width: int) -> None:
    """Run QUERY read-only against the warehouse and print every row.

    \b
        claims sql "select * from v_review_queue"
        claims sql "select * from v_source_matrix" --format csv > matrix.csv
    """
    import csv

    with open_warehouse(db, read_only=True, require_schema=False) as con:
        if wdb.pending_migrations(con):
            click.echo("note: this warehouse has an older schema; `claims migrate` adds the newer views", err=True)
        try:
            cursor = con.execute(query)
        except duckdb.Error as exc:
            raise click.ClickException(f"query failed: {str(exc).strip()}") from exc
        if cursor.description is None:
            return
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        for row in rows:
            click.echo(json.dumps({c: _json_value(v) for c, v in zip(columns, row, strict=True)}, default=str,
                                  ensure_ascii=False))
    else:
        click.echo(format_table(columns, rows, max_width))


@cli.command()
@DB_OPTION
@click.option("--dry-run", is_flag=True, help="List the pending migrations without applying them.")
def migrate(db: Path | None, dry_run: bool) -> None:
    """Bring the warehouse's schema up to date (each migration in its own transaction).

    \b
        claims migrate --db warehouse.duckdb
    """
    with open_warehouse(db, read_only=dry_run, require_schema=False) as con:
        if dry_run:
            pending = wdb.pending_migrations(con)
            for name in pending:
                click.echo(f"pending {name}")
            if not pending:
                click.echo("up to date")
            return
        applied = wdb.apply_migrations(con)
    for name in applied:
        click.echo(f"applied {name}")
    if not applied:
        click.echo("up to date")


def _default_reviewer() -> str | None:
    try:
        return os.environ.get("CLAIMS_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):
        return None


@cli.command()
@click.argument("finding_id")
@click.option("--status", type=click.Choice(REVIEW_STATUSES), required=True, help="The decision.")
@click.option("--note", required=True, help="Why; shown in reports next to the finding.")
@click.option("--reviewer", default=None, help="Who decided [env CLAIMS_REVIEWER; default: your login name].")
@DB_OPTION
def review(finding_id: str, status: str, note: str, reviewer: str | None, db: Path | None) -> None:
    """Record a review of FINDING_ID (the full id, or a unique prefix of 4+ characters).

    Reviews are kept across runs; a finding whose claims change after its review is
    flagged "changed since review" (see the view v_review_queue).

    \b
        claims review 4746815f --status confirmed --note "Checked against the NIS briefing"
    """
    with open_warehouse(db, read_only=False, migrate=True) as con:
        r = add_review(con, finding_id, status, note, reviewer or _default_reviewer())
    click.echo(f"{r.status}: finding {r.finding_id} ({r.verdict}) {r.summary}"[:400])
    click.echo(f"reviewed by {r.reviewer or 'unknown'} at {r.reviewed_at:%Y-%m-%d %H:%M} UTC")


@cli.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True,
              help="Markdown, or one self-contained HTML page (inline charts, no external assets).")
@click.option("--since", metavar="RUN", default=None,
              help="Compare with this run (id or unique prefix) [default: the run before the latest].")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to FILE instead of standard output.")
def report(db: Path | None, fmt: str, since: str | None, output: Path | None) -> None:
    """Print the discrepancy report of the latest run.

    \b
        claims report --format html --output report.html
    """
    with open_warehouse(db, read_only=True) as con:
        text = render(con, fmt, since=since)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write `{output}`: {exc}") from exc
    click.echo(f"wrote {output}", err=True)


@cli.command()
@DB_OPTION
@click.option("--parquet", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              metavar="DIR", help="Folder for one <name>.parquet per table and view.")
def export(db: Path | None, out_dir: Path) -> None:
    """Write every table and view of the warehouse as Parquet (the warehouse is opened read-only).

    \b
        claims export --parquet out/
    """
    with open_warehouse(db, read_only=True) as con:
        written = export_parquet(con, out_dir)
    for item in written:
        click.echo(f"{item.kind:5}  {item.rows:>8}  {item.path}")
    click.echo(f"{len(written)} files in {out_dir}")


@cli.command()
@click.option("--gold", type=click.Path(dir_okay=False, exists=True, path_type=Path), required=True,
              help="Gold file in the EVALUATION.md format.")
@click.option("--corpus", type=click.Path(file_okay=False, exists=True, path_type=Path), required=True,
              help="The folder the warehouse was built from.")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
def evaluate(gold: Path, corpus: Path, db: Path | None, as_json: bool) -> None:
    """Score the warehouse against a gold annotation of CORPUS (recall, precision, clustering, verdicts)."""
    import json

    from flows.evaluate import evaluate_warehouse, format_report

    settings = load_settings(db=db)
    try:
        report = evaluate_warehouse(settings.db, corpus, gold)
    except wdb.WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps({k: {"value": round(m.value, 4), "num": m.num, "den": m.den}
                               for k, m in report.metrics.items()}))
    else:
        click.echo(format_report(report))


@cli.command()
@click.option("--cron", default=None, metavar="EXPR",
              help='When to run, as a cron expression in UTC [default: "0 * * * *", hourly].')
@click.option("--interval", type=click.FloatRange(min=1), default=None, metavar="SECONDS",
              help="Run every SECONDS instead of on a cron schedule.")
@click.option("--name", default="scheduled", show_default=True, help="Name of the deployment.")
@_flow_options
def serve(cron: str | None, interval: float | None, name: str, **options: Any) -> None:
    """Run the pipeline on a schedule, as a deployment served from this process (Ctrl-C stops it).

    Needs a Prefect server (PREFECT_API_URL): Prefect's temporary server never runs
    schedules. Each run reads SOURCES again; only new or changed documents are extracted.
    A run that finds the previous one still working waits --wait-for-lock seconds, then
    skips its slot.

    \b
        prefect server start &
        export PREFECT_API_URL=http://127.0.0.1:4200/api
        claims serve --cron "0 * * * *" --source corpus/ --db story.duckdb
    """
    if cron and interval:
        raise click.UsageError("give --cron or --interval, not both")
    params = _flow_parameters(options)
    # Served runs start in new processes, maybe in another folder: pass absolute paths.
    for key in ("db", "report_dir", "aliases"):
        if params[key]:
            params[key] = str(Path(params[key]).resolve())
    if params["sources"]:
        params["sources"] = [str(Path(s).resolve()) if Path(s).exists() else s for s in params["sources"]]
    from flows.scaleout import DASK_WHY, SCHEDULE_WHY

    url = _require_server("`claims serve`", SCHEDULE_WHY)
    if params["runner"] == "dask":
        _require_server("the Dask runner", DASK_WHY)
    from prefect.schedules import Cron, Interval

    cron = cron or "0 * * * *"
    try:
        schedule = Interval(interval) if interval else Cron(cron, timezone="UTC")
    except ValueError as exc:
        raise click.ClickException(f"--cron `{cron}` is not a cron expression: five fields, minute hour day "
                                   'month weekday, e.g. "0 * * * *" (hourly)') from exc
    from flows.pipeline import reconcile_coverage

    click.echo(f"serving {reconcile_coverage.name}/{name} on {url} "
               f"({f'every {interval:g} s' if interval else f'cron {cron} UTC'}); Ctrl-C stops", err=True)
    reconcile_coverage.serve(name=name, parameters=params, schedules=[schedule], print_starting_message=False)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
