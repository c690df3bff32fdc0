"""The ``kg`` command: a thin layer over the library.

Each command parses its options, calls one library function, and turns a :class:`KgError`
into one line on stderr. Exit status: 0 done, 1 could not do the job (or the graph is
invalid), 2 wrong usage. Heavy libraries load inside the commands, so ``kg --help`` is quick.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .errors import KgError

EXPORT_FORMATS = {
    "ttl": "turtle",
    "nt": "nt",
    "nq": "nquads",
    "jsonld": "json-ld",
    "trig": "trig",
    "xml": "xml",
}


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
        except BrokenPipeError:  # `kg analyze | head`: the reader has all it wanted
            # stdout is gone: point it at /dev/null so the final flush at exit does not fail again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)  # 128 + SIGPIPE, what a shell reports for a command whose reader left
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 — a bug must still end in one line, not a traceback
            if os.environ.get("KG_DEBUG"):
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 to see where)")


STORE_HELP = (
    "A store: an Oxigraph directory or a SPARQL endpoint URL (…/query). Default: $KG_STORE or ./kg-store."
)


# options several commands share, declared once
store_option = click.option("--store", "-s", help=STORE_HELP)
update_url_option = click.option(
    "--update-url", help="The SPARQL Update URL of a remote store (default: its /update)."
)
base_option = click.option(
    "--base", default=None, help="Base IRI of the nodes (default https://w3id.org/regiokg/id/)."
)
strict_option = click.option("--strict", is_flag=True, help="Exit 1 when any document was skipped.")
workers_option = click.option(
    "--workers",
    "-w",
    type=click.IntRange(0, 256),
    default=None,
    help="Processes that extract in parallel (default: the machine's cores; 0: in this process).",
)
max_chars_option = click.option(
    "--max-chars",
    type=click.IntRange(1),
    default=None,
    help="Skip documents longer than this many characters (default 500,000).",
)


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
    help="Directory for graph.ttl, metrics.csv, cooperation.html and graph.html.",
)
@base_option
@click.option("--geo", is_flag=True, help="Place regions at their capitals' coordinates on the pages.")
@strict_option
@workers_option
@max_chars_option
def build(
    paths: tuple[str, ...],
    out_dir: Path,
    base: str | None,
    geo: bool,
    strict: bool,
    workers: int | None,
    max_chars: int | None,
) -> None:
    """Read PATHS (.txt, .md, .html, .jsonl, directories, globs); write the graph, metrics and pages."""
    from .build import build as run
    from .mapping import DEFAULT_BASE
    from .outputs import together

    # together: the outputs replace the previous ones only when all of them are written
    with _progress() as tick, _max_chars(max_chars), together():
        report = run(
            paths, out_dir, base=base or DEFAULT_BASE, geo=geo, on_document=tick, workers=_workers(workers)
        )
    _tell_skipped(report)
    if not report.documents:
        _fail("no document could be read; nothing was written")
    click.echo(
        f"{report.documents} document(s) built, {_skipped(report.skipped)}; {report.triples} triples, "
        f"{report.regions} cooperating regions, {report.cooperations} cooperations → {out_dir}",
        err=True,
    )
    if strict and report.skipped:
        sys.exit(1)


def _store_location(store: str | None) -> str:
    return store or os.environ.get("KG_STORE") or "kg-store"


def _open(store: str | None, update_url: str | None = None, read_only: bool = False):
    """A store to read or write; a directory that holds no store yet is an error when reading."""
    from .errors import StoreError
    from .store import open_store

    location = _store_location(store)
    if read_only and "://" not in location and not Path(location).is_dir():
        raise StoreError(f"{location}: no store here (make one with `kg ingest … --store {location}`)")
    return open_store(location, update_url=update_url, read_only=read_only)


def _max_chars(limit: int | None):
    """The loaders' length limit for the run, when one was given."""
    from contextlib import nullcontext

    from .loaders.document import max_chars

    return nullcontext() if limit is None else max_chars(limit)


def _skipped(skipped: list) -> str:
    """``2 skipped (empty document: 1, binary file: 1)``: the count and its reasons, in short —
    each file's own line above says which it was."""
    import re
    from collections import Counter

    if not skipped:
        return "0 skipped"
    # a reason's gist is what precedes its details: «undecodable: not valid …» → «undecodable»
    gists = Counter(
        "duplicate text" if s.reason.startswith("the same text as ") else re.split(r": | \(|, ", s.reason)[0]
        for s in skipped
    )
    return f"{len(skipped)} skipped ({', '.join(f'{gist}: {n}' for gist, n in gists.most_common())})"


def _tell_skipped(report) -> None:
    """One line for each file skipped, and a note for each that named nothing."""
    for skipped in report.skipped:
        click.echo(f"kg: skipped {skipped}", err=True)
    for url in report.empty:
        click.echo(f"kg: note: {url}: no region, person or organisation found", err=True)


def _workers(given: int | None) -> int:
    return (os.cpu_count() or 1) if given is None else given


@contextmanager
def _progress():
    """A live count of documents with their rate on a terminal; nothing in pipes and CI."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield None
        return
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("documents", total=None, rate="")

        def tick(_url: str) -> None:
            bar.advance(task)
            done = bar.tasks[0]
            if done.elapsed:
                bar.update(task, rate=f"{done.completed / done.elapsed:.1f} docs/s")

        yield tick


def _load(graph: tuple[str, ...], store: str | None = None):
    """The graph files given, or else the store."""
    from .store import Store

    if graph:
        return Store.from_files(graph)
    return _open(store, read_only=True)


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
@store_option
def query(
    graph: tuple[str, ...],
    text: str | None,
    file: Path | None,
    name: str | None,
    fmt: str,
    list_: bool,
    store: str | None,
) -> None:
    """Run SPARQL over GRAPH (RDF files) or over a store, with Oxigraph."""
    from .queries import describe_queries, format_rows, query_text

    if list_:
        click.echo(describe_queries())
        return
    if len([x for x in (text, file, name) if x]) != 1:
        raise click.UsageError("give exactly one of --query, --file or --name")
    names, rows = _load(graph, store).query(query_text(text=text, file=file, name=name))
    click.echo(format_rows(names, rows, fmt))


def _rdf(graph: tuple[str, ...], store: str | None, keep_graphs: bool = False):
    """An rdflib graph of the files given, or of a store: its named graphs kept as a Dataset
    (for TriG and N-Quads) or merged into one graph."""
    from rdflib import Graph

    from .rdf_files import read_graph

    if graph:
        return read_graph(graph)
    dataset = _load((), store).dataset()
    if keep_graphs:
        return dataset
    union = Graph()
    for g in dataset.graphs():
        union += g
    for prefix, ns in dataset.namespaces():
        union.bind(prefix, ns)
    return union


@main.command()
@click.argument("graph", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True)
@store_option
def export(graph: tuple[str, ...], fmt: str, output: Path, store: str | None) -> None:
    """Write GRAPH (RDF files) or a store in another RDF format; TriG and N-Quads keep named graphs."""
    from rdflib import Dataset

    from .outputs import write_atomic
    from .store import LocalStore

    if not graph and fmt in ("trig", "nq"):
        source = _load((), store)
        if isinstance(source, LocalStore):  # straight from Oxigraph, without rdflib in between
            write_atomic(output, lambda handle: source.dump(handle.buffer, fmt), "the export")
            click.echo(f"{len(source)} triples → {output}", err=True)
            return
    data = _rdf(graph, store, keep_graphs=fmt in ("trig", "nq"))
    write_atomic(output, data.serialize(format=EXPORT_FORMATS[fmt]), "the export")
    count = sum(len(g) for g in data.graphs()) if isinstance(data, Dataset) else len(data)
    click.echo(f"{count} triples → {output}", err=True)


@main.command()
@click.argument("graph", nargs=-1)
@store_option
def validate(graph: tuple[str, ...], store: str | None) -> None:
    """Check GRAPH (RDF files) or a store against the SHACL shapes; exit 1 when it does not conform."""

    from .validate import validate_graph

    report = validate_graph(_rdf(graph, store))
    if report.conforms:
        click.echo("conforms: every node matches the shapes")
        return
    click.echo(report.text)
    _fail(f"does not conform: {report.violations} violation(s)")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@update_url_option
@base_option
@strict_option
@workers_option
@max_chars_option
def ingest(
    paths: tuple[str, ...],
    store: str | None,
    update_url: str | None,
    base: str | None,
    strict: bool,
    workers: int | None,
    max_chars: int | None,
) -> None:
    """Add PATHS to a store: new and changed documents are read, unchanged ones left as they are."""
    from .ingest import ingest as run
    from .mapping import DEFAULT_BASE

    with _open(store, update_url) as target, _progress() as tick, _max_chars(max_chars):
        report = run(paths, target, base or DEFAULT_BASE, on_document=tick, workers=_workers(workers))
    _tell_skipped(report)
    click.echo(
        f"{len(report.added)} added, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
        f"{_skipped(report.skipped)} → {_store_location(store)}",
        err=True,
    )
    if not report.written and not report.unchanged:
        _fail("no document could be read")
    if strict and report.skipped:
        sys.exit(1)


@main.command()
@click.argument("documents", nargs=-1, required=True)
@store_option
@update_url_option
@base_option
def remove(documents: tuple[str, ...], store: str | None, update_url: str | None, base: str | None) -> None:
    """Drop DOCUMENTS (file paths or URLs) from a store, and what only they supported."""
    from .ingest import remove as run
    from .mapping import DEFAULT_BASE

    with _open(store, update_url) as target:
        report = run(documents, target, base or DEFAULT_BASE)
    for skipped in report.skipped:
        click.echo(f"kg: {skipped}", err=True)
    click.echo(f"{len(report.removed)} removed → {_store_location(store)}", err=True)
    if not report.removed:
        sys.exit(1)


PERIOD_HELP = "a year, a month or a day (2024, 2024-03, 2024-03-15)"


def _print_tables(renderables: list) -> None:
    """Rich tables on stdout: coloured on a terminal; in a pipe 160 columns wide, plain, and
    without the spaces rich pads each line with."""
    from rich.console import Console

    if sys.stdout.isatty():
        console = Console(highlight=False)
        for shown in renderables:
            console.print(shown)
        return
    console = Console(width=160, highlight=False, no_color=True)
    for shown in renderables:
        with console.capture() as captured:
            console.print(shown)
        click.echo("\n".join(line.rstrip() for line in captured.get().splitlines()))


def _analysis_request(
    since: str | None, until: str | None, region: str | None, compare: tuple[str, str] | None, evidence: bool
):
    """The options of ``kg analyze`` as a request; a malformed period is a usage error (exit 2).
    The evidence sentences are read only for the outputs that show them (page, network files)."""
    from .analysis import between, parse_period
    from .analysis.request import Request

    if compare and (since or until):
        raise click.UsageError("--compare sets its own two periods; leave out --since and --until")
    try:
        period = between(since, until)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since/--until") from None
    periods = []
    for text in compare or ():
        try:
            periods.append(parse_period(text))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--compare") from None
    pair = (periods[0], periods[1]) if periods else None
    return Request(period=period, region=region, compare=pair, evidence=evidence)


@main.command()
@click.argument("graph", nargs=-1)
@store_option
@click.option("--since", metavar="WHEN", help=f"Only cooperations dated on or after {PERIOD_HELP}.")
@click.option("--until", metavar="WHEN", help=f"Only cooperations dated on or before {PERIOD_HELP}.")
@click.option(
    "--region",
    "-r",
    metavar="REGION",
    help="One region's partners and who carries each link: its code or name.",
)
@click.option(
    "--compare",
    nargs=2,
    metavar="BEFORE AFTER",
    help="What changed between two periods, each a year, month, day or FROM..TO.",
)
@click.option(
    "--top",
    type=click.IntRange(0),
    default=15,
    show_default=True,
    metavar="N",
    help="Rows of each table in the terminal (0: all).",
)
@click.option(
    "--out",
    "-o",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write every table, metrics.csv, cooperation.html and graph.html here.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json"]),
    default="csv",
    show_default=True,
    help="Format of the tables --out writes.",
)
@click.option("--geo", is_flag=True, help="Place regions at their capitals' coordinates on the pages.")
@click.option(
    "--graphml", type=click.Path(dir_okay=False, path_type=Path), help="Write the network as GraphML."
)
@click.option(
    "--gexf", type=click.Path(dir_okay=False, path_type=Path), help="Write the network as GEXF (Gephi)."
)
@click.pass_context
def analyze(
    ctx: click.Context,
    graph: tuple[str, ...],
    store: str | None,
    since: str | None,
    until: str | None,
    region: str | None,
    compare: tuple[str, str] | None,
    top: int,
    out_dir: Path | None,
    fmt: str,
    geo: bool,
    graphml: Path | None,
    gexf: Path | None,
) -> None:
    """The cooperation network of GRAPH (RDF files) or a store: hubs, brokers, federal districts,
    communities, topics and people; one region's partners (--region); changes (--compare)."""
    from .analysis.ego import UnknownRegion
    from .analysis.request import run_analysis
    from .analysis.tables import views

    if out_dir is None and ctx.get_parameter_source("fmt") is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError("--format chooses the files --out writes; give --out DIR")
    request = _analysis_request(since, until, region, compare, evidence=bool(out_dir or graphml or gexf))
    source = _load(graph, store)
    try:
        result = run_analysis(source, request)
    except UnknownRegion as exc:
        raise click.BadParameter(str(exc), param_hint="--region") from None
    _print_tables(views(result, top))
    network, metrics = result.analysis.network, result.analysis.metrics
    if out_dir is not None:
        from .analysis.files import write_result
        from .render import write_pages

        written = write_result(result, out_dir, fmt)
        write_pages(source, network, metrics, out_dir, geo=geo)
        click.echo(f"{len(written)} tables ({fmt}), cooperation.html, graph.html → {out_dir}", err=True)
    for path in (graphml, gexf):
        if path is not None:
            from .analysis.export import write_network

            write_network(network, metrics, path)
            click.echo(f"network → {path}", err=True)


@main.command()
@click.argument("graph", nargs=-1)
@store_option
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path), help="Write a PNG picture here.")
@click.option("--svg", type=click.Path(dir_okay=False, path_type=Path), help="Write an SVG picture here.")
@click.option("--geo", is_flag=True, help="Place regions at their capitals' coordinates.")
def render(graph: tuple[str, ...], store: str | None, png: Path | None, svg: Path | None, geo: bool) -> None:
    """A static picture of the cooperation network of GRAPH (RDF files) or a store, for reports."""
    if png is None and svg is None:
        raise click.UsageError("give --png FILE or --svg FILE")
    from .analysis import compute_metrics, load_network
    from .render import render_static

    network = load_network(_load(graph, store))
    metrics = compute_metrics(network)
    for path, fmt in ((png, "png"), (svg, "svg")):
        if path is not None:
            render_static(network, metrics, path, fmt=fmt, geo=geo)
            click.echo(f"{network.number_of_nodes()} regions → {path}", err=True)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", "-p", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--timeout", default=30, show_default=True, type=click.IntRange(1, 3600), help="Seconds a query may run."
)
@click.option(
    "--max-mb",
    default=50,
    show_default=True,
    type=click.IntRange(1, 10_000),
    help="Largest answer, in megabytes.",
)
def serve(store: str | None, host: str, port: int, timeout: int, max_mb: int) -> None:
    """Serve a store read-only: a SPARQL 1.1 endpoint at /query and the cooperation page."""
    from .serve import Limits
    from .serve import serve as run

    click.echo(
        f"serving {_store_location(store)} at http://{host}:{port}/ (read-only; Ctrl-C stops)", err=True
    )
    run(_store_location(store), host, port, Limits(timeout, max_mb * 1024 * 1024))


@main.command()
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
def explain(document: Path) -> None:
    """Show each mention in DOCUMENT, what it was linked to, and the rule that decided.

    A JSONL file explains each of its records in turn."""
    from .errors import InputError
    from .explain import explain_document
    from .loaders import Skipped, expand_paths
    from .loaders.paths import load_path

    found, skipped = expand_paths([str(document)])  # a pipe or a device is refused, not opened
    if skipped or not found:
        raise InputError(str(skipped[0]) if skipped else f"{document}: no such file")
    for item in load_path(document):
        if isinstance(item, Skipped):
            raise InputError(str(item))
        click.echo(explain_document(item))
