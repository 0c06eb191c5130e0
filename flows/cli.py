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

MAX_LISTED_FAILURES = 20  # the rest are in the warehouse's ingest_errors table

DB_OPTION = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Warehouse file [env CLAIMS_DB; default ./warehouse.duckdb].",
)


@click.group()
@click.version_option(package_name="claim-reconciliation")
def cli() -> None:
    """Reconcile the figures that news outlets report about one story."""


@cli.command()
@click.option("--source", "sources", multiple=True, metavar="URL|FEED_URL|DIR|FILE",
              help="Where to read documents: a page, an RSS/Atom feed, a folder or a file; repeatable. "
                   "Default: the bundled corpus.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="Link hops to follow from each web page or feed entry (0: only the sources).")
@click.option("--max-docs", type=click.IntRange(min=1), default=200, show_default=True,
              help="Cap on the documents taken in all, local files included.")
@click.option("--same-site", is_flag=True, help="Follow only links to the site of the page they start from.")
@click.option("--allow-domain", "allow_domains", multiple=True, metavar="DOMAIN",
              help="Follow only links to DOMAIN or its subdomains; repeatable.")
@click.option("--allow-private", is_flag=True,
              help="Fetch hosts on private, loopback or link-local addresses (refused by default).")
@DB_OPTION
@click.option("--report-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the Markdown report [env CLAIMS_REPORT_DIR; default ./reports].")
@click.option("--aliases", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Extra alias table (TOML) [env CLAIMS_ALIASES].")
def run(sources: tuple[str, ...], depth: int, max_docs: int, same_site: bool, allow_domains: tuple[str, ...],
        allow_private: bool, db: Path | None, report_dir: Path | None, aliases: Path | None) -> None:
    """Run the pipeline on SOURCES (default: the bundled corpus) and print a summary.

    \b
        claims run --source https://example.org/news/story --depth 1 --same-site
        claims run --source https://example.org/feed.xml --max-docs 50
        claims run --source ./articles

    Exit status: 0 when every source was read, 3 when the run completed but some failed.
    """
    from flows.pipeline import reconcile_coverage

    try:
        settings = load_settings(db=db, report_dir=report_dir, aliases=aliases)
        summary = reconcile_coverage(
            sources=list(sources) or None, db=str(settings.db), report_dir=str(settings.report_dir),
            aliases=str(settings.aliases) if settings.aliases else None,
            depth=depth, max_docs=max_docs, same_site=same_site, allow_domains=list(allow_domains),
            allow_private=allow_private,
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


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
