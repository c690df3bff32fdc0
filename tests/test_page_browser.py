"""The cooperation page in a real headless Chromium, with every network request blocked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.build import build

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")


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


def open_offline(browser, path: Path):
    page = browser.new_page()
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
    page.wait_for_function("typeof nodes !== 'undefined' && nodes.length > 0", timeout=10_000)
    return page, requests, errors


def test_page_draws_every_cooperating_region_offline(browser, tmp_path):
    report = build([str(EXAMPLES)], tmp_path)
    page, requests, errors = open_offline(browser, tmp_path / "cooperation.html")
    assert page.evaluate("nodes.length") == report.regions == 6
    labels = set(page.evaluate("nodes.get().map(n => n.label)"))
    assert {"Томская область", "Калужская область"} <= labels
    assert page.locator("canvas").count() >= 1
    assert requests == [] and errors == []


def test_html_in_a_label_shows_as_text(browser, tmp_path):
    import networkx as nx

    from kg.analysis import compute_metrics
    from kg.render import render_cooperation_page

    G = nx.Graph()
    evil = "<img src=x onerror=\"document.title='pwned'\">"
    G.add_node(
        "a",
        code="RU-TOM",
        label=evil,
        label_en=evil,
        district="SibFD",
        district_label="",
        lat=None,
        lon=None,
        foreign=False,
    )
    G.add_node(
        "b",
        code="RU-KLU",
        label="Калужская область",
        label_en="Kaluga",
        district="CFD",
        district_label="",
        lat=None,
        lon=None,
        foreign=False,
    )
    G.add_edge("a", "b", weight=1.0, count=1, kinds={"Agreement": 1}, evidence=[evil], documents=[evil])
    path = render_cooperation_page(G, compute_metrics(G), tmp_path / "p.html", title=evil)
    page, requests, errors = open_offline(browser, path)
    page.wait_for_timeout(300)
    assert page.title() != "pwned" and page.evaluate("document.querySelectorAll('img').length") == 0
    assert requests == [] and errors == []
