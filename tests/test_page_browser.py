"""Both pages in a real headless Chromium, with every network request blocked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.analysis import compute_metrics, load_network
from kg.build import build
from kg.render import write_pages
from kg.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")

#: What graph.html draws, counted here independently of the renderer's own query.
ENTITY_COUNT = """
PREFIX rkg: <https://w3id.org/regiokg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a schema:NewsArticle } UNION { ?d a schema:NewsArticle ; schema:mentions ?x }
  UNION { ?d a schema:NewsArticle ; dcterms:subject ?x } UNION { ?c a rkg:Cooperation ; rkg:party ?x }
  UNION { ?m a org:Membership ; org:organization ?x } UNION { ?m a org:Membership ; rkg:region ?x }
  UNION { ?e a schema:Event ; schema:location ?x }
}
"""
EVIL = "<img src=x onerror=\"document.title='pwned'\">"
EVIL_TURTLE = f"""
@prefix rkg: <https://w3id.org/regiokg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix ex: <https://example.org/> .

ex:TOM a rkg:Region ; skos:prefLabel "Томская область"@ru .
ex:KLU a rkg:Region ; skos:prefLabel {json.dumps(EVIL)}@ru .
ex:d1 a schema:NewsArticle ; schema:url <javascript:document.title='pwned'> ; schema:name {json.dumps(EVIL)} ;
    schema:mentions ex:TOM, ex:KLU .
ex:c1 a rkg:Cooperation ; rkg:party ex:TOM, ex:KLU ; rkg:cooperationKind rkg:Agreement ;
    prov:wasDerivedFrom ex:d1 ; rkg:evidence "Соглашение <script>document.title='pwned'</script> подписано." .
"""


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        yield b
        b.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    return out, build([str(EXAMPLES)], out)


def open_offline(browser, path: Path):
    """The page opened with every non-file request blocked, once its layout has settled."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    requests, errors = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("window.rkgStable !== undefined", timeout=20_000)
    return page, requests, errors


def click_node(page, node: str) -> None:
    """A real mouse click where the node is drawn, until its panel opens: on a busy machine the
    view may still be moving into place when the first click lands."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(5):
        x, y = page.evaluate(
            """id => {
              const p = network.canvasToDOM(network.getPositions([id])[id]);
              const box = document.getElementById('mynetwork').getBoundingClientRect();
              return [p.x + box.left, p.y + box.top];
            }""",
            node,
        )
        page.mouse.click(x, y)
        try:
            page.wait_for_selector("#rkg-panel:not([hidden])", timeout=3_000)
            return
        except PlaywrightTimeout:
            page.wait_for_timeout(500)


def panel_text(page) -> str:
    page.wait_for_selector("#rkg-panel:not([hidden])", timeout=10_000)
    return page.inner_text("#rkg-panel")


def test_cooperation_page_draws_every_cooperating_region_offline(browser, built):
    out, report = built
    page, requests, errors = open_offline(browser, out / "cooperation.html")
    assert page.evaluate("nodes.length") == report.regions == 6
    labels = set(page.evaluate("nodes.get().map(n => n.label)"))
    assert {"Томская область", "Калужская область"} <= labels
    assert page.locator("canvas").count() >= 1
    assert page.inner_text("#rkg-legend").count("федеральный округ") >= 2  # colour legend
    assert requests == [] and errors == []


def test_graph_page_draws_every_entity_offline(browser, built):
    out, _ = built
    expected = Store.from_files([out / "graph.ttl"]).select(ENTITY_COUNT)[0]["n"]
    page, requests, errors = open_offline(browser, out / "graph.html")
    assert page.evaluate("nodes.length") == expected > 20
    kinds = set(page.evaluate("nodes.get().map(n => n.kind)"))
    assert {"region", "person", "organisation", "event", "document"} <= kinds
    assert requests == [] and errors == []


@pytest.mark.parametrize("name", ["cooperation.html", "graph.html"])
def test_clicking_a_region_opens_its_sentences(browser, built, name):
    out, _ = built
    page, requests, errors = open_offline(browser, out / name)
    tomsk = page.evaluate("nodes.get().find(n => n.label === 'Томская область').id")
    click_node(page, tomsk)
    text = panel_text(page)
    assert "Томская область" in text.splitlines()[:3]
    assert "sentences" in text.lower() and "«" in text  # the source sentences, quoted
    assert page.locator("#rkg-panel a[href^='file:']").count() >= 1  # links to the documents
    page.click("#rkg-close")
    assert page.locator("#rkg-panel").is_hidden()
    assert requests == [] and errors == []


@pytest.mark.parametrize("name", ["cooperation.html", "graph.html"])
def test_search_finds_a_node(browser, built, name):
    out, _ = built
    page, _, errors = open_offline(browser, out / name)
    page.fill("#rkg-search", "калужская")
    assert page.inner_text("#rkg-found") == "1 found"
    page.press("#rkg-search", "Enter")
    assert page.evaluate("network.getSelectedNodes().map(id => nodes.get(id).label)") == ["Калужская область"]
    assert "Калужская область" in panel_text(page)
    page.fill("#rkg-search", "нет такого региона")
    assert page.inner_text("#rkg-found") == "0 found"
    assert errors == []


def test_type_filter_hides_a_kind(browser, built):
    out, _ = built
    page, _, errors = open_offline(browser, out / "graph.html")
    documents = page.evaluate("nodes.get({filter: n => n.kind === 'document'}).length")
    page.uncheck("#rkg-legend input[data-kind='document']")
    assert page.evaluate("nodes.get({filter: n => n.hidden}).length") == documents > 0
    page.check("#rkg-legend input[data-kind='document']")
    assert page.evaluate("nodes.get({filter: n => n.hidden}).length") == 0
    assert errors == []


@pytest.mark.parametrize("name", ["cooperation.html", "graph.html"])
def test_html_in_the_data_shows_as_text_and_runs_nothing(browser, tmp_path, name):
    store = Store.from_turtle(EVIL_TURTLE)
    network = load_network(store)
    write_pages(store, network, compute_metrics(network), tmp_path)
    page, requests, errors = open_offline(browser, tmp_path / name)
    evil = page.evaluate("nodes.get().find(n => n.label.startsWith('<img')).id")
    click_node(page, evil)
    text = panel_text(page)
    assert EVIL in text  # the label and the document's title, as text
    assert "Соглашение <script>document.title='pwned'</script> подписано." in text
    page.hover("#rkg-panel a")  # the javascript: URL never became a link
    assert page.locator("#rkg-panel a[href]").count() == 0
    page.fill("#rkg-search", "<img")
    page.press("#rkg-search", "Enter")
    page.wait_for_timeout(300)
    assert (
        page.title() != "pwned"
        and page.evaluate("document.querySelectorAll('img, #rkg-panel script').length") == 0
    )
    assert requests == [] and errors == []
