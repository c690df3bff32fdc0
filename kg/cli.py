"""The ``kg`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns a :class:`KgError`
into one line on stderr. Exit status: 0 done, 1 could not do the job (or the graph is
invalid), 2 wrong usage. Heavy libraries load inside the commands, so ``kg --help`` is quick.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import KgError

EXPORT_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "xml": "xml"}


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"kg: {message}", err=True)
    sys.exit(code)


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted; outputs already written are complete, the rest were not written", 130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 — a bug must still end in one line, not a traceback
            if os.environ.get("KG_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 to see where)")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build and query knowledge graphs of cooperation between Russia's regions from Russian news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "-o",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("kg-out"),
    show_default=True,
    help="Directory for graph.ttl, metrics.csv and cooperation.html.",
)
@click.option("--base", default=None, help="Base IRI of the nodes (default https://w3id.org/regiokg/id/).")
@click.option("--geo", is_flag=True, help="Place regions at their capitals' coordinates on the page.")
@click.option("--strict", is_flag=True, help="Exit 1 when any document was skipped.")
def build(paths: tuple[str, ...], out_dir: Path, base: str | None, geo: bool, strict: bool) -> None:
    """Read PATHS (.txt/.md files, directories, globs) and write the graph, metrics and page."""
    from .build import build as run
    from .mapping import DEFAULT_BASE

    report = run(paths, out_dir, base=base or DEFAULT_BASE, geo=geo)
    for skipped in report.skipped:
        click.echo(f"kg: skipped {skipped}", err=True)
    for url in report.empty:
        click.echo(f"kg: note: {url}: no region, person or organisation found", err=True)
    if not report.documents:
        _fail("no document could be read; nothing was written")
    click.echo(
        f"{report.documents} document(s) built, {len(report.skipped)} skipped; {report.triples} triples, "
        f"{report.regions} cooperating regions, {report.cooperations} cooperations → {out_dir}",
        err=True,
    )
    if strict and report.skipped:
        sys.exit(1)


def _load(graph: tuple[str, ...]):
    from .store import Store

    return Store.from_files(graph)


@main.command()
@click.argument("graph", nargs=-1)
@click.option("--query", "-q", "text", help="SPARQL SELECT or ASK query text.")
@click.option(
    "--file",
    "-f",
    "file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the query from a file.",
)
@click.option("--name", "-n", help="Run a shipped query by name (see --list).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
@click.option("--list", "list_", is_flag=True, help="List the shipped queries and exit.")
def query(
    graph: tuple[str, ...], text: str | None, file: Path | None, name: str | None, fmt: str, list_: bool
) -> None:
    """Run SPARQL over GRAPH (one or more RDF files) with Oxigraph."""
    from .queries import describe_queries, format_rows, query_text

    if list_:
        click.echo(describe_queries())
        return
    if not graph:
        raise click.UsageError("give one or more graph files to query")
    if len([x for x in (text, file, name) if x]) != 1:
        raise click.UsageError("give exactly one of --query, --file or --name")
    names, rows = _load(graph).query(query_text(text=text, file=file, name=name))
    click.echo(format_rows(names, rows, fmt))


@main.command()
@click.argument("graph", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
def export(graph: tuple[str, ...], fmt: str, output: Path) -> None:
    """Write GRAPH in another RDF format (Turtle, N-Triples, JSON-LD, TriG, RDF/XML)."""
    from .outputs import write_atomic
    from .rdf_files import read_graph

    g = read_graph(graph)
    write_atomic(output, g.serialize(format=EXPORT_FORMATS[fmt]), "the export")
    click.echo(f"{len(g)} triples → {output}", err=True)


@main.command()
@click.argument("graph", nargs=-1, required=True)
def validate(graph: tuple[str, ...]) -> None:
    """Check GRAPH against the SHACL shapes; exit 1 when it does not conform."""
    from .rdf_files import read_graph
    from .validate import validate_graph

    report = validate_graph(read_graph(graph))
    if report.conforms:
        click.echo("conforms: every node matches the shapes")
        return
    click.echo(report.text)
    _fail(f"does not conform: {report.violations} violation(s)")


@main.command()
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
def explain(document: Path) -> None:
    """Show each mention in DOCUMENT, what it was linked to, and the rule that decided."""
    from .explain import explain_document
    from .loaders import load_text

    click.echo(explain_document(load_text(document)))
