"""Periods, comparisons, one region's neighbourhood, topics and people, on a hand-made graph.

The graph (every figure below is worked out from it by hand):

    c1  TOM–NVS        Agreement        d1 2024-03-01   innovation, science
    c2  TOM–NVS–MOW    CoParticipation  d2 2024-09-10   innovation       event e2 (chair Мазур, Петров)
    c3  TOM–SPE        Agreement        d3 2025-02-01   culture
    c4  TOM–NVS        Agreement        d3 2025-02-01   culture
    c5  MOW–SPE        CoParticipation  d4 (no date; the cooperation's own date 2025-05-05)  culture
    c6  NVS–SPE        Agreement        d5 (no date at all)

Posts: d1 Мазур (TOM), Травников (NVS), Иванов (ТГУ, no region); d3 Мазур (TOM), Смирнова
(SPE, Фонд). d3 names «Томский политех», an organisation of TOM.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.analysis import Period, analyse, between, build_network, link_changes, parse_period, read_facts
from kg.analysis.bipartite import person_organisations
from kg.analysis.ego import UnknownRegion, ego_links, resolve_region
from kg.analysis.people import read_people, read_posts
from kg.analysis.periods import region_changes
from kg.store import Store

R = "https://example.org/region/"
TOM, NVS, MOW, SPE = (R + c for c in ("RU-TOM", "RU-NVS", "RU-MOW", "RU-SPE"))

TURTLE = """
@prefix rkg: <https://w3id.org/regiokg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix topics: <https://w3id.org/regiokg/topics#> .
@prefix reg: <https://example.org/region/> .
@prefix ex: <https://example.org/> .

topics:innovation skos:inScheme <https://w3id.org/regiokg/topics> ;
    skos:prefLabel "инновации"@ru, "innovation"@en .
topics:science skos:inScheme <https://w3id.org/regiokg/topics> ; skos:prefLabel "наука"@ru .
topics:culture skos:inScheme <https://w3id.org/regiokg/topics> ; skos:prefLabel "культура"@ru .

ex:SibFD a rkg:FederalDistrict ; rkg:districtCode "SibFD" ; skos:prefLabel "Сибирский федеральный округ"@ru .
ex:CFD a rkg:FederalDistrict ; rkg:districtCode "CFD" ; skos:prefLabel "Центральный федеральный округ"@ru .
ex:NWFD a rkg:FederalDistrict ; rkg:districtCode "NWFD" ;
    skos:prefLabel "Северо-Западный федеральный округ"@ru .

reg:RU-TOM a rkg:Region ; rkg:regionCode "RU-TOM" ; skos:prefLabel "Томская область"@ru, "Tomsk Oblast"@en ;
    skos:altLabel "Томская"@ru ; rkg:federalDistrict ex:SibFD .
reg:RU-NVS a rkg:Region ; rkg:regionCode "RU-NVS" ; skos:prefLabel "Новосибирская область"@ru ;
    rkg:federalDistrict ex:SibFD .
reg:RU-MOW a rkg:Region ; rkg:regionCode "RU-MOW" ; skos:prefLabel "Москва"@ru ; rkg:federalDistrict ex:CFD .
reg:RU-SPE a rkg:Region ; rkg:regionCode "RU-SPE" ; skos:prefLabel "Санкт-Петербург"@ru ;
    rkg:federalDistrict ex:NWFD .
reg:RU-KEM a rkg:Region ; rkg:regionCode "RU-KEM" ; skos:prefLabel "Кемеровская область — Кузбасс"@ru ;
    rkg:federalDistrict ex:SibFD .

ex:d1 a schema:NewsArticle ; schema:url <file:///news/d1.txt> ; schema:datePublished "2024-03-01"^^xsd:date ;
    dcterms:subject topics:innovation, topics:science ;
    schema:mentions reg:RU-TOM, reg:RU-NVS, ex:mazur, ex:travnikov, ex:ivanov, ex:tsu .
ex:d2 a schema:NewsArticle ; schema:url <file:///news/d2.txt> ; schema:datePublished "2024-09-10"^^xsd:date ;
    dcterms:subject topics:innovation ; schema:mentions ex:e2, ex:mazur, ex:petrov .
ex:d3 a schema:NewsArticle ; schema:url <file:///news/d3.txt> ; schema:datePublished "2025-02-01"^^xsd:date ;
    dcterms:subject topics:culture ; schema:mentions ex:mazur, ex:smirnova, ex:fund, ex:tpu .
ex:d4 a schema:NewsArticle ; schema:url <file:///news/d4.txt> ; dcterms:subject topics:culture .
ex:d5 a schema:NewsArticle ; schema:url <file:///news/d5.txt> .

ex:c1 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-NVS ; rkg:cooperationKind rkg:Agreement ;
    prov:wasDerivedFrom ex:d1 ; rkg:evidence "Томская и Новосибирская области подписали соглашение." .
ex:c2 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-NVS, reg:RU-MOW ;
    rkg:cooperationKind rkg:CoParticipation ; prov:wasDerivedFrom ex:d2 ; rkg:event ex:e2 .
ex:c3 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-SPE ; rkg:cooperationKind rkg:Agreement ;
    prov:wasDerivedFrom ex:d3 .
ex:c4 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-NVS ; rkg:cooperationKind rkg:Agreement ;
    prov:wasDerivedFrom ex:d3 .
ex:c5 a rkg:Cooperation ; rkg:party reg:RU-MOW, reg:RU-SPE ; rkg:cooperationKind rkg:CoParticipation ;
    prov:wasDerivedFrom ex:d4 ; schema:startDate "2025-05-05"^^xsd:date .
ex:c6 a rkg:Cooperation ; rkg:party reg:RU-NVS, reg:RU-SPE ; rkg:cooperationKind rkg:Agreement ;
    prov:wasDerivedFrom ex:d5 .

ex:e2 a schema:Event ; rkg:chair ex:mazur ; schema:attendee ex:petrov .

ex:mazur a foaf:Person ; foaf:name "Владимир Мазур" .
ex:travnikov a foaf:Person ; foaf:name "Андрей Травников" .
ex:ivanov a foaf:Person ; foaf:name "Иван Иванов" .
ex:petrov a foaf:Person ; foaf:name "Пётр Петров" .
ex:smirnova a foaf:Person ; foaf:name "Анна Смирнова" .
ex:governor a org:Role ; skos:prefLabel "губернатор"@ru .
ex:rector a org:Role ; skos:prefLabel "ректор"@ru .
ex:director a org:Role ; skos:prefLabel "директор"@ru .
ex:tsu a org:Organization ; skos:prefLabel "ТГУ"@ru .
ex:fund a org:Organization ; skos:prefLabel "Фонд"@ru .
ex:tpu a org:Organization ; skos:prefLabel "Томский политех"@ru ; rkg:region reg:RU-TOM .

ex:m1 org:member ex:mazur ; org:role ex:governor ; rkg:region reg:RU-TOM ; prov:wasDerivedFrom ex:d1 .
ex:m2 org:member ex:travnikov ; org:role ex:governor ; rkg:region reg:RU-NVS ; prov:wasDerivedFrom ex:d1 .
ex:m3 org:member ex:ivanov ; org:role ex:rector ; org:organization ex:tsu ; prov:wasDerivedFrom ex:d1 .
ex:m4 org:member ex:mazur ; org:role ex:governor ; rkg:region reg:RU-TOM ; prov:wasDerivedFrom ex:d3 .
ex:m5 org:member ex:smirnova ; org:role ex:director ; org:organization ex:fund ; rkg:region reg:RU-SPE ;
    prov:wasDerivedFrom ex:d3 .
ex:rm org:member reg:RU-TOM ; org:organization ex:tsu ; prov:wasDerivedFrom ex:d1 .
"""


@pytest.fixture(scope="module")
def store():
    return Store.from_turtle(TURTLE)


@pytest.fixture(scope="module")
def facts(store):
    return read_facts(store)


# --- periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "shown"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31), "2024"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        ("2024-03-15", date(2024, 3, 15), date(2024, 3, 15), "2024-03-15"),
        ("2023..2024-06", date(2023, 1, 1), date(2024, 6, 30), "2023..2024-06"),
        ("2020..", date(2020, 1, 1), None, "2020.."),
        ("..2020-02-10", None, date(2020, 2, 10), "..2020-02-10"),
    ],
)
def test_periods_parse_and_print_as_written(text, start, end, shown):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)
    assert str(period) == shown


@pytest.mark.parametrize("text", ["24", "2024-13", "2024-02-30", "..", "2025..2024", "last year"])
def test_bad_periods_are_refused(text):
    with pytest.raises(ValueError):
        parse_period(text)


def test_since_and_until_take_the_whole_year_or_month():
    assert between("2024", "2024-06") == Period(date(2024, 1, 1), date(2024, 6, 30))
    assert between(None, None) is None
    with pytest.raises(ValueError):
        between("2025", "2024")


def test_a_cooperation_is_dated_by_its_document_else_by_its_own_date(facts):
    dates = {c.iri.rsplit("/", 1)[-1]: c.date for c in facts.cooperations}
    assert dates == {
        "c1": date(2024, 3, 1),
        "c2": date(2024, 9, 10),
        "c3": date(2025, 2, 1),
        "c4": date(2025, 2, 1),
        "c5": date(2025, 5, 5),
        "c6": None,
    }
    assert facts.undated == 1


def test_slicing_keeps_only_the_period(facts):
    in_2025 = facts.during(parse_period("2025"))
    assert [c.iri[-2:] for c in in_2025.cooperations] == ["c3", "c4", "c5"]
    assert facts.during(None) is facts
    G = build_network(in_2025)
    assert set(G) == {TOM, NVS, SPE, MOW}
    assert G.edges[TOM, NVS]["weight"] == pytest.approx(1.0)


def test_link_changes_between_two_years(facts):
    before = build_network(facts.during(parse_period("2024")))
    after = build_network(facts.during(parse_period("2025")))
    changes = [(c.a_code, c.b_code, c.status, c.change) for c in link_changes(before, after)]
    assert changes == [
        ("RU-SPE", "RU-TOM", "new", pytest.approx(1.0)),
        ("RU-MOW", "RU-NVS", "gone", pytest.approx(-0.5)),
        ("RU-MOW", "RU-SPE", "new", pytest.approx(0.5)),
        ("RU-MOW", "RU-TOM", "gone", pytest.approx(-0.5)),
        ("RU-NVS", "RU-TOM", "weaker", pytest.approx(-0.5)),
    ]
    regions = [(c.code, c.degree_before, c.degree_after, c.change) for c in region_changes(before, after)]
    assert regions == [
        ("RU-SPE", 0, 2, pytest.approx(1.5)),
        ("RU-NVS", 2, 1, pytest.approx(-1.0)),
        ("RU-MOW", 2, 1, pytest.approx(-0.5)),
        ("RU-TOM", 2, 2, pytest.approx(0.0)),
    ]


# --- one region -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["RU-TOM", "ru-tom", "TOM", "Томская область", "томская", "Tomsk Oblast"])
def test_a_region_is_named_by_code_or_name(store, text):
    assert resolve_region(store, text) == TOM


def test_an_unknown_or_ambiguous_region_is_refused(store):
    with pytest.raises(UnknownRegion, match="names no region"):
        resolve_region(store, "Атлантида")
    with pytest.raises(UnknownRegion, match="names 3 regions"):
        resolve_region(store, "область")


def test_ego_network_with_the_people_and_documents_of_each_link(store, facts):
    G = build_network(facts)
    links = {link.code: link for link in ego_links(G, facts, TOM, read_people(store))}
    assert list(links) == ["RU-NVS", "RU-SPE", "RU-MOW"]  # by weight: 2.5, 1, 0.5
    nvs = links["RU-NVS"]
    assert (nvs.weight, nvs.cooperations) == (pytest.approx(2.5), 3)
    assert nvs.kinds == {"Agreement": 2, "CoParticipation": 1}
    assert (nvs.first, nvs.last) == ("2024-03-01", "2025-02-01")
    assert nvs.people == ("Андрей Травников (RU-NVS)", "Владимир Мазур (RU-TOM)", "Пётр Петров")
    assert nvs.organisations == ("Томский политех",)
    assert nvs.documents == ("file:///news/d1.txt", "file:///news/d2.txt", "file:///news/d3.txt")
    spe = links["RU-SPE"]
    assert spe.people == ("Анна Смирнова (RU-SPE)", "Владимир Мазур (RU-TOM)")
    assert spe.organisations == ("Томский политех", "Фонд")
    assert links["RU-MOW"].people == ("Владимир Мазур", "Пётр Петров")  # at the event of c2
    assert links["RU-MOW"].organisations == ()


def test_a_region_without_cooperation_has_no_links(store, facts):
    assert ego_links(build_network(facts), facts, R + "RU-KEM", read_people(store)) == []


# --- topics, communities and people -----------------------------------------------------------


def test_region_topics_and_topic_summaries(store, facts):
    analysis = analyse(facts, read_posts(store))
    pairs = [(p.code, p.topic_label, p.cooperations, p.weight) for p in analysis.region_topics]
    assert pairs == [
        ("RU-TOM", "культура", 2, pytest.approx(2.0)),
        ("RU-NVS", "инновации", 2, pytest.approx(1.5)),
        ("RU-SPE", "культура", 2, pytest.approx(1.5)),
        ("RU-TOM", "инновации", 2, pytest.approx(1.5)),
        ("RU-NVS", "культура", 1, pytest.approx(1.0)),
        ("RU-NVS", "наука", 1, pytest.approx(1.0)),
        ("RU-TOM", "наука", 1, pytest.approx(1.0)),
        ("RU-MOW", "культура", 1, pytest.approx(0.5)),  # ties by the topic's IRI: culture, innovation
        ("RU-MOW", "инновации", 1, pytest.approx(0.5)),
    ]
    summary = {t.label: (t.cooperations, t.weight, t.regions) for t in analysis.topics}
    assert summary["культура"] == (3, 2.5, {"RU-TOM": 2.0, "RU-SPE": 1.5, "RU-NVS": 1.0, "RU-MOW": 0.5})
    assert summary["наука"] == (1, 1.0, {"RU-NVS": 1.0, "RU-TOM": 1.0})


def test_community_topics_count_each_cooperation_once(store, facts):
    analysis = analyse(facts)
    (whole,) = analysis.communities  # the six cooperations make one cluster
    assert whole.size == 4 and whole.cooperations == 6
    assert whole.districts == {"SibFD": 2, "CFD": 1, "NWFD": 1}
    assert whole.internal_weight == pytest.approx(2.5 + 0.5 + 0.5 + 1 + 0.5 + 1)
    assert whole.topics == {"культура": 2.5, "инновации": 1.5, "наука": 1.0}


def test_person_organisation_ties_come_from_posts(store):
    ties = [
        (t.name, t.organisation_label, t.roles, t.documents) for t in person_organisations(read_posts(store))
    ]
    assert ties == [("Анна Смирнова", "Фонд", ("директор",), 1), ("Иван Иванов", "ТГУ", ("ректор",), 1)]
