"""The `claims` command line: a thin wrapper over the flow and the warehouse library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

# Prefect reads these at import; the product works offline, so telemetry stays off.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from flows.config import ConfigError, load_settings  # noqa: E402
from warehouse import db as wdb  # noqa: E402

DB_OPTION = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Warehouse file [env CLAIMS_DB; default ./warehouse.duckdb].",
)


@click.group()
@click.version_option(package_name="claim-reconciliation")
def cli() -> None:
    """Reconcile the figures that news outlets report about one story."""


@cli.command()
@click.option("--source", "sources", multiple=True, metavar="DIR|FILE|URL",
              help="Where to read documents; repeatable. Default: the bundled corpus.")
@DB_OPTION
@click.option("--report-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the Markdown report [env CLAIMS_REPORT_DIR; default ./reports].")
@click.option("--aliases", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Extra alias table (TOML) [env CLAIMS_ALIASES].")
def run(sources: tuple[str, ...], db: Path | None, report_dir: Path | None, aliases: Path | None) -> None:
    """Run the pipeline on SOURCES (default: the bundled corpus) and print a summary.

    Exit status: 0 when every source was read, 3 when the run completed but some failed.
    """
    from flows.pipeline import reconcile_coverage

    try:
        settings = load_settings(db=db, report_dir=report_dir, aliases=aliases)
        summary = reconcile_coverage(
            sources=list(sources) or None, db=str(settings.db), report_dir=str(settings.report_dir),
            aliases=str(settings.aliases) if settings.aliases else None,
        )
    except (ConfigError, wdb.WarehouseError) as exc:
        raise click.ClickException(str(exc)) from exc
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
        click.echo(f"\n{len(summary.errors)} source(s) failed:")
        for e in summary.errors:
            click.echo(f"  {e.uri}: {e.stage} {e.reason} {e.detail}"[:300])
    click.echo(f"\nwarehouse: {Path(summary.db).resolve()}")
    click.echo(f"report:    {Path(summary.report).resolve() if summary.report else '-'}")
    sys.exit(summary.exit_code)


@cli.command()
@click.argument("query")
@DB_OPTION
def sql(query: str, db: Path | None) -> None:
    """Run QUERY read-only against the warehouse and print the result as a table."""
    settings = load_settings(db=db)
    try:
        con = wdb.connect(settings.db, read_only=True)
    except wdb.WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        result = con.sql(query)
        if result is None:
            return
        click.echo(str(result))
    except Exception as exc:  # duckdb raises many error types; all are the user's query
        raise click.ClickException(f"query failed: {exc}") from exc
    finally:
        con.close()


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


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
