"""Posts: role in the nominative, the organisation and the region the post belongs to."""

import pytest

from kg.extract.people import find_people
from kg.extract.places import find_places
from kg.extract.posts import find_posts


def posts(parse, text):
    parsed = parse(text)
    places = find_places(parsed)
    mentions, persons = find_people(parsed, places)
    out = []
    for post, org in find_posts(parsed, mentions, places):
        out.append((persons[post.person].name.display, post.role, org.name if org else None, post.region))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Губернатор Томской области Владимир Мазур провёл совещание.",
            [("Владимир Мазур", "губернатор", None, "RU-TOM")],
        ),
        (
            "Об этом сообщил Владимир Мазур, губернатор Томской области.",
            [("Владимир Мазур", "губернатор", None, "RU-TOM")],
        ),
        (
            "Заседание провёл председатель Совета АИРР, глава Республики Татарстан Рустам Минниханов.",
            [
                ("Рустам Минниханов", "глава", None, "RU-TA"),
                (
                    "Рустам Минниханов",
                    "председатель совета",
                    "Ассоциация инновационных регионов России",
                    None,
                ),
            ],
        ),
        (
            "Доклад сделал министр экономики Татарстана Мидхат Шагиахметов.",
            [("Мидхат Шагиахметов", "министр экономики", None, "RU-TA")],
        ),
        (
            "рассказал генеральный директор АО «Агентство инновационного развития – центр кластерного "
            "развития Калужской области» Павел Гранков.",
            [
                (
                    "Павел Гранков",
                    "генеральный директор",
                    "Агентство инновационного развития – центр кластерного развития Калужской области",
                    "RU-KLU",
                )
            ],
        ),
        (
            "Со стороны Курской области документ подписал губернатор Александр Михайлов.",
            [("Александр Михайлов", "губернатор", None, "RU-KRS")],
        ),
        (
            "Присутствовал полномочный представитель Президента России в Сибирском федеральном округе "
            "Виктор Толоконский.",
            [("Виктор Толоконский", "полномочный представитель президента", None, None)],
        ),
        (
            "Выступил заместителя Председателя Правительства РФ Марат Хуснуллин.",
            [("Марат Хуснуллин", "заместитель председателя правительства", None, None)],
        ),
    ],
)
def test_posts(parse, text, expected):
    assert posts(parse, text) == expected


def test_a_modifier_alone_is_no_post(parse):
    assert posts(parse, "По словам Руслана Кухарука, первые совместные проекты начнутся весной.") == []
