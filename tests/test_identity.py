"""Identity of people across documents."""

from kg.extract.identity import resolve_people
from kg.extract.records import PersonName


def slugs(*people):
    return [i.slug for i in resolve_people(list(people))]


def test_same_full_name_is_one_person_whatever_the_post():
    a = (PersonName("Александр", "", "Смекалин"), {"RU-TA"})
    b = (PersonName("Александр", "", "Смекалин"), set())
    assert slugs(a, b) == ["aleksandr-smekalin", "aleksandr-smekalin"]


def test_namesakes_are_two_people():
    a = (PersonName("Айсен", "", "Николаев"), {"RU-SA"})
    b = (PersonName("Олег", "", "Николаев"), {"RU-CU"})
    assert slugs(a, b) == ["aisen-nikolaev", "oleg-nikolaev"]


def test_initial_joins_the_only_candidate():
    a = (PersonName("С.", "", "Собянин"), set())
    b = (PersonName("Сергей", "", "Собянин"), {"RU-MOW"})
    assert slugs(a, b) == ["sergei-sobianin", "sergei-sobianin"]


def test_patronymics_that_differ_make_different_people():
    a = (PersonName("Иван", "Петрович", "Иванов"), set())
    b = (PersonName("Иван", "Сергеевич", "Иванов"), set())
    assert slugs(a, b) == ["ivan-ivanov", "ivan-ivanov-2"]


def test_surname_alone_joins_by_shared_region():
    a = (PersonName("Айсен", "", "Николаев"), {"RU-SA"})
    b = (PersonName("Олег", "", "Николаев"), {"RU-CU"})
    c = (PersonName("", "", "Николаев"), {"RU-CU"})
    assert slugs(a, b, c) == ["aisen-nikolaev", "oleg-nikolaev", "oleg-nikolaev"]


def names(*people):
    return [i.name.display for i in resolve_people(list(people))]


def test_a_surname_takes_the_form_most_documents_give():
    """One document's normaliser may leave a surname in an oblique case; the person's name is the
    form the documents agree on, and of two forms seen once each the shorter, the nominative."""
    oblique = (PersonName("Мерген", "", "Монгушем"), {"RU-CHE"})
    plain = (PersonName("Мерген", "", "Монгуш"), {"RU-CHE"})
    assert set(names(oblique, plain)) == {"Мерген Монгуш"}
    assert set(names(plain, oblique)) == {"Мерген Монгуш"}
    woman = (PersonName("Ирина", "", "Петрова"), {"RU-TOM"})
    missed = (PersonName("Ирина", "", "Петров"), {"RU-TOM"})
    assert set(names(woman, missed, woman)) == {"Ирина Петрова"}
