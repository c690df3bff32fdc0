"""The benchmark corpus generator: deterministic, complete, well inflected, and its gold never
claims what its text does not say (benchmarks built on it would otherwise measure the generator)."""

from __future__ import annotations

import collections
import importlib.util
import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "generate.py"


def _load():
    """benchmarks/ is not a package; load the script as a module once."""
    spec = importlib.util.spec_from_file_location("regiokg_benchmarks_generate", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load()


@pytest.fixture(scope="module")
def corpus():
    """300 documents, enough for every scenario and for people to recur."""
    return list(gen.generate(300, seed=11))


# --- determinism --------------------------------------------------------------------------------


def test_same_seed_same_texts():
    assert list(gen.generate(25, seed=7)) == list(gen.generate(25, seed=7))


def test_other_seed_other_texts():
    first = [text for _, text, _ in gen.generate(10, seed=1)]
    second = [text for _, text, _ in gen.generate(10, seed=2)]
    assert first != second


def test_same_seed_same_files_across_processes(tmp_path):
    """Set iteration order changes with PYTHONHASHSEED; the corpus must not."""
    outs = []
    for hashseed in ("1", "2"):
        out = tmp_path / hashseed
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        subprocess.run(
            [sys.executable, str(SCRIPT), str(out), "-n", "12", "--seed", "5"],
            check=True,
            env=env,
            capture_output=True,
        )
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1]
    assert len(outs[0]) == 24


# --- output formats -----------------------------------------------------------------------------


def test_txt_writes_n_documents_with_gold(tmp_path):
    yaml = pytest.importorskip("yaml")
    assert gen.main([str(tmp_path), "-n", "17", "--seed", "3"]) == 0
    texts = sorted(tmp_path.glob("*.txt"))
    golds = sorted(tmp_path.glob("*.gold.yaml"))
    assert len(texts) == len(golds) == 17
    expected = {name: gold for name, _, gold in gen.generate(17, seed=3)}
    for path in golds:
        name = path.name[: -len(".gold.yaml")]
        assert (tmp_path / f"{name}.txt").exists()
        assert yaml.safe_load(path.read_text(encoding="utf-8")) == expected[name]


def test_jsonl_writes_records_and_gold_keyed_by_url(tmp_path):
    assert gen.main([str(tmp_path), "-n", "9", "--seed", "3", "--format", "jsonl"]) == 0

    def lines(name):
        return [json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]

    records, golds = lines("corpus.jsonl"), lines("gold.jsonl")
    assert len(records) == len(golds) == 9
    for record, gold in zip(records, golds, strict=True):
        assert set(record) == {"text", "title", "date", "url"}
        assert record["text"].startswith(record["title"] + "\n\n")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", record["date"])
        assert gold["url"] == record["url"]
        assert gold["regions"]
    assert [r["text"] for r in records] == [text for _, text, _ in gen.generate(9, seed=3)]


def test_zero_documents(tmp_path):
    assert gen.main([str(tmp_path / "empty"), "-n", "0"]) == 0
    assert list((tmp_path / "empty").iterdir()) == []


# --- inflection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "case", "expected"),
    [
        ("Томская область", "gent", "Томской области"),
        ("Томская область", "ablt", "Томской областью"),
        ("Республика Саха (Якутия)", "gent", "Республики Саха (Якутия)"),
        ("Республика Татарстан", "gent", "Республики Татарстан"),
        ("Ханты-Мансийский автономный округ — Югра", "gent", "Ханты-Мансийского автономного округа — Югры"),
        ("Республика Северная Осетия — Алания", "ablt", "Республикой Северная Осетия — Алания"),
        ("Кемеровская область — Кузбасс", "datv", "Кемеровской области — Кузбассу"),
        ("Краснодарский край", "accs", "Краснодарский край"),
        ("Южный Урал", "loct", "Южном Урале"),
        ("Белгородчина", "gent", "Белгородчины"),
        ("Санкт-Петербург", "ablt", "Санкт-Петербургом"),
        ("генеральный директор", "accs", "генерального директора"),
        ("министр экономического развития", "ablt", "министром экономического развития"),
        ("форум «Регионы — драйверы роста»", "gent", "форума «Регионы — драйверы роста»"),
    ],
)
def test_inflect_phrase(phrase, case, expected):
    assert gen.inflect_phrase(phrase, case) == expected


def test_official_names_from_the_gazetteer():
    assert gen.official_name("RU-TOM", "gent") == "Томской области"
    assert gen.official_name("RU-SA", "gent") == "Республики Саха (Якутия)"
    assert gen.official_name("RU-TA") == "Республика Татарстан"  # «(Татарстан)» is not repeated


def test_adjectives_agree_with_their_noun():
    assert gen.agree("томский", "делегация", "nomn") == "томская делегация"
    assert gen.agree("томский", "губернатор", "accs") == "томского губернатора"
    assert gen.agree("кубанский", "компания", "nomn", plural=True) == "кубанские компании"


def test_places():
    assert gen.region_locative("Кубань") == "на Кубани"
    assert gen.region_locative("Крым") == "в Крыму"
    assert gen.with_preposition("в", gen.city_locative("Владивосток")) == "во Владивостоке"
    assert gen.city_locative("Ростов-на-Дону") == "Ростове-на-Дону"


def test_people_by_case_and_gender():
    assert gen.surname_form("Иванов", True, "ablt") == "Ивановой"
    assert gen.surname_form("Хабибуллин", True, "gent") == "Хабибуллиной"
    assert gen.surname_form("Покровский", True, "ablt") == "Покровской"
    assert gen.surname_form("Покровский", False, "ablt") == "Покровским"
    assert gen.surname_form("Петросян", False, "datv") == "Петросяну"
    assert gen.surname_form("Петросян", True, "datv") == "Петросян"
    assert gen.surname_form("Бондаренко", False, "gent") == "Бондаренко"
    assert gen.person_name("Наталья", "Комаров", True, "ablt") == "Натальей Комаровой"
    assert gen.person_name("Айсен", "Николаев", False, "gent") == "Айсена Николаева"
    assert gen.person_name("Илья", "Середюк", False, "datv") == "Илье Середюку"


def test_elliptical_lists_share_the_noun():
    forms = set()
    for seed in range(20):
        d = gen._Doc(gen.random.Random(seed), gen.date(2024, 1, 1), body=True)
        forms.add(d.R_list(["RU-NVS", "RU-TOM", "RU-PER"], "gent"))
        assert list(d.regions) == ["RU-NVS", "RU-TOM", "RU-PER"]
    assert "Новосибирской и Томской областей и Пермского края" in forms


# --- the gold agrees with the text --------------------------------------------------------------


def _stem(word: str) -> str:
    return word[: min(5, max(3, len(word) - 2))].lower().replace("ё", "е")


def _stems(code: str) -> set[str]:
    """Beginnings of the words that can name a region: official name (its distinctive word for
    «Республика X»), short names, adjectives, abbreviations."""
    r = gen.regions()[code]
    name = r.name.removeprefix("Республика ")
    forms = [name, *r.short, *r.adj, *r.abbr]
    return {_stem(f.split()[0]) for f in forms}


def test_every_gold_region_appears_in_its_text(corpus):
    for name, text, gold in corpus:
        low = text.lower().replace("ё", "е")
        for code in gold["regions"] + gold.get("optional_regions", []):
            assert any(s in low for s in _stems(code)), (name, code)


def test_every_gold_person_appears_in_its_text(corpus):
    for name, text, gold in corpus:
        plain = text.replace("ё", "е")
        for person in gold["persons"]:
            first, last = person["name"].replace("ё", "е").split()
            # first name (inflected: Пётр → Петра, Лев → Льва), maybe a patronymic, the surname's stem
            full = rf"\b{first[0]}\w*(?: \w+)? {last[: max(3, len(last) - 2)]}"
            assert re.search(full, plain), (name, person["name"])


def test_gold_is_consistent(corpus):
    for name, _, gold in corpus:
        regions = gold["regions"]
        assert 2 <= len(regions) <= 4 and len(set(regions)) == len(regions), name
        assert not set(gold.get("optional_regions", [])) & set(regions), name
        pairs = gold["cooperation"]
        if pairs == "clique":
            assert len(regions) >= 3
        else:
            for a, b in pairs:
                assert a in regions and b in regions and a != b, name
        for code, org in gold["memberships"]:
            assert code in regions and org == "АИРР", name
        assert set(gold.get("optional_memberships", [])) <= set(regions), name
        for person in gold["persons"]:
            assert person["roles"], name
            assert person.get("region") in (None, *regions), name
        surnames = [p["name"].split()[-1] for p in gold["persons"]]
        assert len(surnames) == len(set(surnames)), name  # «Петров сказал» names one person


def test_documents_have_the_genre_shape(corpus):
    for name, text, _ in corpus:
        headline, _, body = text.partition("\n\n")
        assert headline and "\n" not in headline and not headline.endswith(".")
        paragraphs = body.strip().split("\n\n")
        assert 2 <= len(paragraphs) <= 4, name
        assert 150 <= len(re.findall(r"\w[\w-]*", body)) <= 400, name


def test_many_templates_not_one_frame(corpus):
    leads = collections.Counter(" ".join(text.split("\n\n")[1].split()[4:7]) for _, text, _ in corpus)
    assert len(leads) > 40
    assert leads.most_common(1)[0][1] < len(corpus) / 5


# --- people recur across documents ---------------------------------------------------------------


def test_people_recur_as_the_holders_of_posts_do(corpus):
    """A post is held by one person for years, so most of its holders are named in several
    documents, and the heads of regions most of all."""
    docs = collections.Counter(p["name"] for _, _, gold in corpus for p in gold["persons"])
    recurring = [n for n, k in docs.items() if k > 1]
    assert 0.15 <= len(recurring) / len(docs) <= 0.6
    mentions = sum(docs.values())
    assert len(docs) < mentions * 0.8


HEADS = {"губернатор", "глава", "мэр"}


def test_a_region_has_one_head_at_a_time():
    """Heads follow one another: the documents naming one holder of a region's head post span
    an interval that no other holder's documents reach into."""
    spans: dict[tuple, dict[str, list[str]]] = collections.defaultdict(dict)
    for doc in gen.documents(1500, seed=3):
        for p in doc["gold"]["persons"]:
            for role in HEADS & set(p["roles"]):
                spans[(p.get("region"), role)].setdefault(p["name"], []).append(doc["date"])
    successions = 0
    for post, holders in spans.items():
        terms = sorted((min(days), max(days)) for days in holders.values())
        successions += len(terms) - 1
        for (_, end), (start, _) in itertools.pairwise(terms):
            assert end < start, (post, terms)
    assert successions > 20  # twelve years see heads replaced


def test_a_recurring_name_is_one_person(corpus):
    """Same name, same region and same posts in every document: identity can be scored."""
    seen: dict[str, tuple] = {}
    for _, _, gold in corpus:
        for p in gold["persons"]:
            key = (p.get("region"), tuple(r for r in p["roles"] if r != "председатель совета"))
            assert seen.setdefault(p["name"], key) == key, p["name"]


def test_names_and_surnames_lists_are_large_enough():
    assert len(gen.MALE_NAMES) + len(gen.FEMALE_NAMES) >= 60 and len(gen.FEMALE_NAMES) >= 20
    assert len(gen.SURNAMES) >= 120
    groups = {g for g, _ in itertools.groupby(sorted(gen.NAME_GROUPS))}
    assert {"russian", "tatar", "caucasus", "siberian"} <= groups
