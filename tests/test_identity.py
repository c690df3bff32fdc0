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
