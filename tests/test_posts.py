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
                    # the title with its body's kind, as the annotation writes it
                    "генеральный директор агентства инновационного развития",
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
        (
            "По словам министра строительства, архитектуры и жилищно-коммунального хозяйства Республики "
            "Адыгея Руслана Шхалахова, проект готов.",
            [
                (
                    "Руслан Шхалахов",
                    "министр строительства, архитектуры и жилищно-коммунального хозяйства",
                    None,
                    "RU-AD",
                )
            ],
        ),
    ],
)
def test_posts(parse, text, expected):
    assert posts(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Выставку открыл мэр Якутска Евгений Григорьев.", [("Евгений Григорьев", "мэр", None, "RU-SA")]),
        (
            "Слово взял Владимир Мазур (губернатор Томской области).",
            [("Владимир Мазур", "губернатор", None, "RU-TOM")],
        ),
        (
            "Томскую делегацию возглавила заместитель губернатора по экономике Ирина Шестакова.",
            [("Ирина Шестакова", "заместитель губернатора по экономике", None, "RU-TOM")],
        ),
        (
            "Нижегородская делегация во главе с губернатором Глебом Никитиным прибыла в Чебоксары.",
            [("Глеб Никитин", "губернатор", None, "RU-NIZ")],
        ),
    ],
)
def test_posts_of_cities_in_brackets_and_from_context(parse, text, expected):
    assert posts(parse, text) == expected


def test_a_bare_minister_heads_the_ministry_named_just_before(parse):
    text = (
        "Заявку готовило министерство экономического развития Сахалинской области. "
        "Как пояснила министр Наталья Ганеева, проект готов."
    )
    assert posts(parse, text) == [("Наталья Ганеева", "министр экономического развития", None, "RU-SAK")]
    other = "Заявку готовила мэрия. Как пояснила министр Наталья Ганеева, проект готов."
    assert posts(parse, other) == [("Наталья Ганеева", "министр", None, None)]


def test_a_modifier_alone_is_no_post(parse):
    assert posts(parse, "По словам Руслана Кухарука, первые совместные проекты начнутся весной.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Стенд открыл врио губернатора Югры Руслан Кухарук.",
            [("Руслан Кухарук", "губернатор", None, "RU-KHM")],
        ),
        (
            "Основатель компании и председатель её совета директоров Виктор Лаптев рассказал о планах.",
            [
                ("Виктор Лаптев", "основатель компании", None, None),
                ("Виктор Лаптев", "председатель совета директоров", None, None),
            ],
        ),
        (
            "В главном корпусе университета глава Республики Саха (Якутия) Айсен Николаев "
            "подписал соглашение.",
            [("Айсен Николаев", "глава", None, "RU-SA")],
        ),
        (
            "В Северной Осетии подписан договор с Кабардино-Балкарией. Подписи поставили глава республики "
            "Сергей Меняйло и глава КБР Казбек Коков.",
            [("Сергей Меняйло", "глава республики", None, "RU-SE"), ("Казбек Коков", "глава", None, "RU-KB")],
        ),
    ],
)
def test_acting_coordinated_and_contextual_posts(parse, text, expected):
    assert posts(parse, text) == expected


def test_acting_is_kept_apart_from_the_role(read):
    ex, _ = read(
        "Выступила исполняющая обязанности министра экономического развития Камчатского края Ольга Ткаченко."
    )
    (post,) = ex.posts
    assert (post.role, post.acting, post.region) == ("министр экономического развития", True, "RU-KAM")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Слово взял глава Мошковского района Татьяна Белова.",
            [("Татьяна Белова", "глава района", None, None)],
        ),
        (
            "Документ подписал глава Агрызского района Татарстана Ринат Хасанов.",
            [("Ринат Хасанов", "глава района", None, "RU-TA")],
        ),
        (
            "Присутствовал министр РФ по развитию Дальнего Востока и Арктики Алексей Чекунков.",
            [("Алексей Чекунков", "министр по развитию дальнего востока и арктики", None, None)],
        ),
        (
            "Новосибирский министр транспорта Антон Жуков рассказал о трассе.",
            [("Антон Жуков", "министр транспорта", None, "RU-NVS")],
        ),
        (
            "В работе участвовал заместитель председателя правительства — полномочный представитель "
            "президента в Дальневосточном федеральном округе Юрий Трутнев.",
            [
                ("Юрий Трутнев", "полномочный представитель президента", None, None),
                ("Юрий Трутнев", "заместитель председателя правительства", None, None),
            ],
        ),
    ],
)
def test_municipal_federal_and_dashed_posts(parse, text, expected):
    assert posts(parse, text) == expected


def test_a_known_head_takes_his_region_over_the_context(read):
    text = (
        "Новосибирская область представила проект. Губернатор Владимир Мазур поддержал идею, "
        "сказал он журналистам."
    )
    ex, _ = read(text)
    (post,) = [p for p in ex.posts if ex.persons[p.person].name.display == "Владимир Мазур"]
    assert (post.region, post.region_rule) == ("RU-TOM", "known head of the region (reference list)")


def test_a_region_the_text_names_beats_the_reference_list(read):
    ex, _ = read("Губернатор Новосибирской области Владимир Мазур выступил.")
    assert ex.posts[0].region == "RU-NVS"


def test_a_plural_post_pairs_lists_of_regions_and_names_in_order(parse):
    found = posts(
        parse,
        "Губернаторы Курганской области, Югры и Ямала Вадим Шумков, Руслан Кухарук и Дмитрий Артюхов "
        "провели встречу.",
    )
    assert [(name, role, region) for name, role, _, region in found] == [
        ("Вадим Шумков", "губернатор", "RU-KGN"),
        ("Руслан Кухарук", "губернатор", "RU-KHM"),
        ("Дмитрий Артюхов", "губернатор", "RU-YAN"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "От Иркутской области соглашение подписал министр экономического развития Иван Петров.",
        "Иркутскую делегацию возглавил министр экономического развития Иван Петров.",
    ],
)
def test_a_post_belongs_to_the_side_the_person_acts_for(parse, text):
    assert posts(parse, text) == [("Иван Петров", "министр экономического развития", None, "RU-IRK")]


def test_each_side_of_a_sentence_gives_the_post_after_it(parse):
    found = posts(
        parse,
        "Со стороны Пермского края проект курирует министр промышленности Анна Кулакова. "
        "Свердловскую сторону представляет министр экономики Олег Мартынов, тюменскую — директор "
        "департамента инвестиций Лилия Хабибова.",
    )
    assert [(name, region) for name, _, _, region in found] == [
        ("Анна Кулакова", "RU-PER"),
        ("Олег Мартынов", "RU-SVE"),
        ("Лилия Хабибова", "RU-TYU"),
    ]


def test_a_post_after_a_comma_that_runs_into_the_next_name_is_that_names(parse):
    found = posts(
        parse,
        "Документ подписали министр туризма Алтайского края Андрей Соловьёв, Глава Хакасии Валентин "
        "Коновалов и другие.",
    )
    assert ("Андрей Соловьёв", "глава", None, "RU-KK") not in found
    assert ("Валентин Коновалов", "глава", None, "RU-KK") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Выступил заместитель мэра Москвы по вопросам транспорта Максим Ликсутов.",
            ("Максим Ликсутов", "заместитель мэра по вопросам транспорта", None, "RU-MOW"),
        ),
        (
            "Доклад сделал министр Свердловской области по управлению государственным имуществом "
            "Иван Петров.",
            ("Иван Петров", "министр по управлению государственным имуществом", None, "RU-SVE"),
        ),
        (
            "Работу курирует председатель Государственного комитета Республики Татарстан по туризму "
            "Сергей Иванов.",
            ("Сергей Иванов", "председатель государственного комитета по туризму", None, "RU-TA"),
        ),
    ],
)
def test_a_place_then_a_portfolio_is_no_organisation(parse, text, expected):
    """The portfolio after the region belongs to the post, and the region's committee is an office."""
    assert posts(parse, text) == [expected]


def test_a_federal_ministers_portfolio_after_the_country(parse):
    found = posts(
        parse,
        "Церемонию наблюдал министр Российской Федерации по развитию Дальнего Востока и Арктики "
        "Алексей Чекунов.",
    )
    assert found == [("Алексей Чекунов", "министр по развитию дальнего востока и арктики", None, None)]


def test_a_plural_post_before_pairs_of_region_and_name(parse):
    found = posts(
        parse,
        "Соглашение подписали губернаторы трёх субъектов «тюменской матрёшки» — Ямало-Ненецкого "
        "автономного округа Дмитрий Артюхов, Ханты-Мансийского автономного округа — Югры Руслан "
        "Кухарук и Тюменской области Александр Моор.",
    )
    assert [(name, role, region) for name, role, _, region in found] == [
        ("Дмитрий Артюхов", "губернатор", "RU-YAN"),
        ("Руслан Кухарук", "губернатор", "RU-KHM"),
        ("Александр Моор", "губернатор", "RU-TYU"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Заседание прошло под председательством Раиса Татарстана Рустама Минниханова.",
        "Делегацию встретил Раис Республики Татарстан Рустам Минниханов.",
    ],
)
def test_the_title_raïs_before_a_place_is_no_womans_name(parse, text):
    assert posts(parse, text) == [("Рустам Минниханов", "раис", None, "RU-TA")]


@pytest.mark.parametrize(
    "text",
    [
        "Выступила министр образования Татарстана Раиса Петрова.",
        # «Белова» is read as a place name by pymorphy, but names no region
        "Выступила министр образования Татарстана Раиса Белова.",
    ],
)
def test_raisa_as_a_name_stays_a_name(parse, text):
    name = text.split("Татарстана ")[1].rstrip(".")
    assert posts(parse, text) == [(name, "министр образования", None, "RU-TA")]


def test_a_foreign_side_leaves_a_post_without_a_russian_region(parse):
    found = posts(
        parse,
        "Томская область подписала соглашение. С павлодарской стороной документ подписал аким "
        "области Асаин Байханов.",
    )
    assert [(name, region) for name, _, _, region in found] == [("Асаин Байханов", None)]


def test_a_post_in_an_organisation_named_before_takes_its_region(read):
    text = (
        "Самара и Ульяновск создадут беспилотник\n\n"
        "Самарский университет имени Королёва и ульяновские компании объединили усилия. «Вместе мы "
        "дадим полный цикл», — сказал ректор университета Андрей Шорин."
    )
    ex, _ = read(text)
    posts_ = {ex.persons[p.person].name.display: p for p in ex.posts}
    post = posts_["Андрей Шорин"]
    assert post.region == "RU-SAM" and ex.organisations[post.organisation].name.startswith("Самарский")


def test_a_post_in_a_regional_body_takes_the_region_of_the_context(parse):
    found = posts(
        parse,
        "Опыт Ульяновской области представил директор регионального центра подготовки кадров "
        "Дмитрий Соколов.",
    )
    assert [(name, region) for name, _, _, region in found] == [("Дмитрий Соколов", "RU-ULY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С докладом выступил экс-губернатор Томской области Виктор Кресс.",
            [("Виктор Кресс", "экс-губернатор", None, "RU-TOM")],
        ),
        (
            "Об этом сказал бывший вице-губернатор Воронежской области Виктор Ломакин.",
            [("Виктор Ломакин", "бывший вице-губернатор", None, "RU-VOR")],
        ),
        # two posts in the genitive, one after the other, are two posts
        (
            "Подписание прошло в присутствии вице-премьера, полпреда президента в ДФО Юрия Трутнева.",
            [
                ("Юрий Трутнев", "полпред президента", None, None),
                ("Юрий Трутнев", "вице-премьер", None, None),
            ],
        ),
        # a committee or a department of a region's government is part of the office
        (
            "Соглашение подписал председатель Комитета по информатизации и связи Санкт-Петербурга "
            "Сергей Левашов.",
            [("Сергей Левашов", "председатель комитета по информатизации и связи", None, "RU-SPE")],
        ),
    ],
)
def test_former_posts_chained_posts_and_offices(parse, text, expected):
    assert posts(parse, text) == expected


def test_initials_folded_into_a_place_by_ner_are_a_person(read):
    text = (
        "Чувашия и Якутия подписали соглашение\n\n"
        "Глава Чувашской Республики О. А. Николаев и глава Республики Саха (Якутия) А. С. Николаев "
        "подписали соглашение. «Теперь мы партнёры», — сказал Олег Николаев. Айсен Николаев добавил, "
        "что ждёт поставок."
    )
    ex, _ = read(text)
    regions = {ex.persons[p.person].name.display: p.region for p in ex.posts}
    assert regions == {"Олег Николаев": "RU-CU", "Айсен Николаев": "RU-SA"}


def test_a_region_adjective_inside_the_office_gives_the_posts_region(parse):
    found = posts(parse, "Светлана Ушакова, директор пермского технопарка «Морион», рассказала о планах.")
    assert [(name, region) for name, _, _, region in found] == [("Светлана Ушакова", "RU-PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Иван Петров назначен министром экономического развития Томской области.",
            [("Иван Петров", "министр экономического развития", None, "RU-TOM")],
        ),
        (
            "Олег Николаев стал членом совета Ассоциации инновационных регионов России.",
            [("Олег Николаев", "член совета", "Ассоциация инновационных регионов России", None)],
        ),
    ],
)
def test_a_post_given_by_a_verb_of_appointing(parse, text, expected):
    assert posts(parse, text) == expected


def test_research_and_medical_posts_are_posts(parse):
    found = posts(
        parse,
        "Проекты представили младший научный сотрудник Института катализа Дарья Полякова, "
        "инженер-исследователь Липецкого технического университета Антон Белых и главный врач "
        "кардиологического диспансера Игорь Николаев.",
    )
    assert [(name, role) for name, role, _, _ in found] == [
        ("Дарья Полякова", "младший научный сотрудник"),
        ("Антон Белых", "инженер-исследователь"),
        ("Игорь Николаев", "главный врач кардиологического диспансера"),
    ]


def test_a_former_post_before_a_present_one(parse):
    found = posts(
        parse,
        "Бывший министр культуры, а ныне заместитель премьер-министра Ирина Сотникова рассчитывает "
        "на успех маршрута.",
    )
    assert {role for _, role, _, _ in found} == {"бывший министр культуры", "заместитель премьер-министра"}


def test_as_well_as_is_no_former_post(parse):
    found = posts(
        parse,
        "К сессии подключились руководители приграничных регионов, а также заместитель председателя "
        "правительства Оренбургской области Иван Петров.",
    )
    assert [role for _, role, _, _ in found] == ["заместитель председателя правительства"]


def test_an_office_with_a_second_name_after_a_dash(parse):
    found = posts(
        parse,
        "Делегацию Республики Башкортостан возглавил председатель Государственного Собрания – "
        "Курултая республики Константин Толкачёв.",
    )
    assert [(name, region) for name, _, _, region in found] == [("Константин Толкачёв", "RU-BA")]
    assert found[0][1].startswith("председатель государственного собрания")


def _post_of(ex, name):
    (post,) = [p for p in ex.posts if ex.persons[p.person].name.display == name]
    return post


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # the body's kind noun as the post's complement, the body named before with its region
        (
            "В кластер войдут самарские заводы и ульяновский наноцентр. "
            "Директор наноцентра Дмитрий Меркулов сообщил, что образцы покажут осенью.",
            "Дмитрий Меркулов",
            "RU-ULY",
        ),
        # a pronoun that points at the organisation of the sentence before
        (
            "Ключевую роль в проекте сыграет Югорский государственный университет. "
            "Его ректор Сергей Кравченко сообщил, что вуз готов.",
            "Сергей Кравченко",
            "RU-KHM",
        ),
        (
            "На площадке нижегородского завода «Волгатрансмаш» его генеральный директор "
            "Светлана Рябова подписала договор.",
            "Светлана Рябова",
            "RU-NIZ",
        ),
        # a relative clause about the body
        (
            "Затем делегаты посетили Технопарк Тюменской области, где их встретил директор Антон Зубарев.",
            "Антон Зубарев",
            "RU-TYU",
        ),
        # a people's adjective that opens a body's name is its region's
        (
            "Ректор Мордовского государственного университета Любовь Шуварикова рассказала о центре.",
            "Любовь Шуварикова",
            "RU-MO",
        ),
        # whoever leads a region's delegation acts for it, for a body of no region of its own too
        ("Делегацию Москвы возглавил мэр Алексей Кириллов.", "Алексей Кириллов", "RU-MOW"),
        (
            "Делегацию Чеченской Республики возглавил генеральный директор Агентства по привлечению "
            "инвестиций Михаил Кузнецов.",
            "Михаил Кузнецов",
            "RU-CE",
        ),
    ],
)
def test_a_post_takes_the_region_of_the_body_it_points_at_or_the_side_it_acts_for(read, text, name, region):
    ex, _ = read(text)
    assert _post_of(ex, name).region == region


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a bare post far from any body
        (
            "Томский политехнический университет открыл лабораторию. Студенты собрали макет. "
            "Позже выступил директор Иван Петров.",
            "Иван Петров",
        ),
        # a kind noun two bodies share
        (
            "Договор подписали пермский наноцентр и томский наноцентр. "
            "Директор наноцентра Дмитрий Меркулов рассказал о планах.",
            "Дмитрий Меркулов",
        ),
    ],
)
def test_a_post_that_points_at_no_one_body_stays_without_a_region(read, text, name):
    ex, _ = read(text)
    assert _post_of(ex, name).region is None


def test_an_organisation_takes_the_region_of_its_first_mention(read):
    text = (
        "Ставропольский агрохолдинг «Степные просторы» и красноярская сеть заключили контракт. "
        "Генеральный директор «Степных просторов» Ирина Гончаренко сообщила, что поставки начнутся в ноябре."
    )
    ex, _ = read(text)
    assert _post_of(ex, "Ирина Гончаренко").region == "RU-STA"


@pytest.mark.parametrize(
    ("text", "name", "role", "region"),
    [
        # a list of genitives inside the office, after the name
        (
            "Как рассказал Ринат Галимзянов, министр строительства, архитектуры и жилищно-коммунального "
            "хозяйства Республики Татарстан, бригады отправятся в марте.",
            "Ринат Галимзянов",
            "министр строительства, архитектуры и жилищно-коммунального хозяйства",
            "RU-TA",
        ),
        # a participle of appointing after a comma and a few words of when
        (
            "Блок представила Светлана Кривошеева, лишь на прошлой неделе назначенная директором "
            "департамента экономической политики Тюменской области.",
            "Светлана Кривошеева",
            "директор департамента экономической политики",
            "RU-TYU",
        ),
        (
            "Айгуль Хисамутдинова, постоянный представитель Республики Башкортостан при Президенте РФ, "
            "рассказала о переговорах.",
            "Айгуль Хисамутдинова",
            "постоянный представитель",
            "RU-BA",
        ),
    ],
)
def test_posts_after_the_name(read, text, name, role, region):
    ex, _ = read(text)
    post = _post_of(ex, name)
    assert (post.role, post.region) == (role, region)


def test_a_post_opened_by_and_does_not_reach_back_to_the_previous_persons_post(read):
    text = (
        "Ответственными стали Азат Ишмухаметов, вице-премьер правительства Башкирии, и заместитель "
        "руководителя департамента транспорта города Москвы Андрей Горелов."
    )
    ex, _ = read(text)
    roles = sorted(p.role for p in ex.posts if ex.persons[p.person].name.display == "Андрей Горелов")
    assert roles == ["заместитель руководителя департамента транспорта города"]


def test_a_body_named_by_its_kind_and_region_before_its_quoted_name(read):
    text = (
        "Базой центра станет государственное учреждение Тульской области «Центр беспилотных авиационных "
        "систем». Его директор Андрей Миляев рассказал об операторах."
    )
    ex, _ = read(text)
    assert _post_of(ex, "Андрей Миляев").region == "RU-TUL"


def test_a_federal_body_does_not_take_the_sides_region(read):
    text = (
        "Со стороны Пермского края в переговорах участвовал также директор департамента "
        "Минэкономразвития России Иван Петров."
    )
    ex, _ = read(text)
    assert _post_of(ex, "Иван Петров").region is None


@pytest.mark.parametrize(
    ("text", "name", "role", "region"),
    [
        (
            "Роман Шилов — министр образования и науки Пермского края — уточнил сумму.",
            "Роман Шилов",
            "министр образования и науки",
            "RU-PER",
        ),
        (
            "Делегацию возглавил Сергей Голубев (вице-спикер Законодательного собрания Тверской области).",
            "Сергей Голубев",
            "вице-спикер законодательного собрания",
            "RU-TVE",
        ),
    ],
)
def test_a_post_after_a_dash_or_in_brackets(read, text, name, role, region):
    ex, _ = read(text)
    post = _post_of(ex, name)
    assert (post.role, post.region) == (role, region)


def test_a_dash_that_gives_no_post_is_no_post(read):
    ex, _ = read("Его директор Андрей Миляев — однофамилец губернатора — рассказал о центре.")
    assert [p.role for p in ex.posts] == ["директор"]


def test_a_plural_post_before_a_colon_is_each_listed_persons(read):
    text = (
        "Подписи под документом поставили три ректора: Марина Широкова (ПГНИУ), Игорь Ветлугин (УдГУ) "
        "и Алексей Зорин (ВятГУ)."
    )
    ex, _ = read(text)
    assert sorted((ex.persons[p.person].name.display, p.role) for p in ex.posts) == [
        ("Алексей Зорин", "ректор"),
        ("Игорь Ветлугин", "ректор"),
        ("Марина Широкова", "ректор"),
    ]


def test_a_post_held_is_given_by_the_participle(read):
    text = (
        "Среди награждённых — Олег Вершинин, в 2010 году занимавший пост заместителя губернатора "
        "Томской области по инновационной политике."
    )
    ex, _ = read(text)
    post = _post_of(ex, "Олег Вершинин")
    # held in 2010, by a past participle: a former post
    assert (post.role, post.region) == ("бывший заместитель губернатора по инновационной политике", "RU-TOM")


def test_a_post_given_before_the_verb_of_appointing(read):
    ex, _ = read(
        "Руководителем проектного офиса назначен заместитель министра промышленности и торговли "
        "Пермского края Алексей Чубаров."
    )
    assert sorted(p.role for p in ex.posts) == [
        "заместитель министра промышленности и торговли",
        "руководитель проектного офиса",
    ]


def test_members_of_a_council_listed_after_a_dash_with_their_own_posts(read):
    ex, _ = read(
        "Очно в заседании участвовали члены совета — губернатор Пермского края Дмитрий Махонин и глава "
        "Республики Мордовия Артём Здунов."
    )
    roles = sorted((ex.persons[p.person].name.last, p.role) for p in ex.posts)
    assert ("Здунов", "член совета") in roles and ("Махонин", "член совета") in roles


def test_heads_of_regions_listed_after_a_dash_are_no_post(read):
    ex, _ = read("В сессии участвовали главы регионов — Владимир Мазур и Андрей Травников.")
    assert [p.role for p in ex.posts if p.role.startswith("глава регион")] == []


@pytest.mark.parametrize(
    ("text", "role", "region"),
    [
        (
            "Омскую делегацию возглавил Глеб Рудаков. Он занимает пост заместителя председателя "
            "правительства Омской области и курирует промышленность.",
            "заместитель председателя правительства",
            "RU-OMS",
        ),
        (
            "Подробнее рассказала Юлия Кравец. Она возглавляет министерство экономического развития и "
            "промышленности Ульяновской области.",
            "министр экономического развития и промышленности",
            "RU-ULY",
        ),
        (
            "Чувашскую делегацию возглавила Ирина Ефимова. Она — первый заместитель министра "
            "промышленности и энергетики Чувашской Республики.",
            "первый заместитель министра промышленности и энергетики",
            "RU-CU",
        ),
    ],
)
def test_a_post_told_in_the_next_sentence(read, text, role, region):
    ex, _ = read(text)
    assert (role, region) in [(p.role, p.region) for p in ex.posts]


def test_a_post_given_by_a_verb_before_the_name(read):
    ex, _ = read("По предложению Минниханова собрание избрало Олега Николаева членом совета ассоциации.")
    assert [p.role for p in ex.posts if ex.persons[p.person].name.last == "Николаев"] == [
        "член совета ассоциации"
    ]


def test_a_quote_after_the_name_gives_no_post(read):
    ex, _ = read("Как сказал Айсен Николаев, «число членов растёт, теперь должна расти отдача».")
    assert ex.posts == []


def test_a_side_named_by_its_kind_takes_the_region_of_that_kind(parse):
    text = (
        "Правительства Республики Мордовия и Пензенской области утвердили план совместных "
        "мероприятий. От республики документ подписал заместитель председателя правительства "
        "Максим Ерёмин, от области — вице-губернатор Дмитрий Ляхов."
    )
    assert {(name, region) for name, _, _, region in posts(parse, text)} == {
        ("Максим Ерёмин", "RU-MO"),
        ("Дмитрий Ляхов", "RU-PNZ"),
    }


def test_the_leader_of_a_delegation_is_of_its_region_not_of_the_host(parse):
    text = (
        "Саратовская делегация на волгоградской земле\n\n"
        "Делегация Саратовской области провела два дня в Волгограде. Её возглавил министр "
        "промышленности и энергетики региона Андрей Кольцов."
    )
    assert [(name, region) for name, _, _, region in posts(parse, text)] == [("Андрей Кольцов", "RU-SAR")]


def test_the_next_in_a_list_of_leaders_is_not_the_first_delegations(parse):
    text = (
        "Ульяновскую делегацию возглавил губернатор Алексей Русских, Марий Эл — заместитель "
        "председателя правительства республики Наталья Ермакова."
    )
    assert ("Наталья Ермакова", "RU-ME") in {(name, region) for name, _, _, region in posts(parse, text)}


def test_a_post_after_a_post_joined_by_a_dash(parse):
    text = (
        "Краснов Дмитрий Олегович, первый заместитель Председателя Кабинета Министров Чувашской "
        "Республики — министр экономического развития и имущественных отношений Чувашской Республики."
    )
    roles = {role for _, role, _, _ in posts(parse, text)}
    assert "первый заместитель председателя кабинета министров" in roles
    assert any(role.startswith("министр экономического развития") for role in roles)


def test_heads_of_regions_listed_after_a_dash_are_heads_the_reference_list_places(read):
    ex, _ = read("Церемония прошла в присутствии глав двух республик — Олега Николаева и Юрия Зайцева.")
    assert {(ex.persons[p.person].name.display, p.role, p.region) for p in ex.posts} == {
        ("Олег Николаев", "глава", "RU-CU"),
        ("Юрий Зайцев", "глава", "RU-ME"),
    }


def test_heads_listed_with_posts_of_their_own_take_those(read):
    ex, _ = read(
        "В нём участвовали главы регионов — основателей ассоциации: губернатор Калужской области "
        "Владислав Шапша и Глава Республики Мордовия Артём Здунов."
    )
    assert sorted(p.role for p in ex.posts) == ["глава", "губернатор"]


def test_since_when_a_post_is_held_is_no_part_of_it(parse):
    text = (
        "Глеб Никитин подписал документ. Никитин, занимающий пост губернатора Нижегородской "
        "области с 2017 года, добавил, что проекты запустят."
    )
    assert posts(parse, text) == [("Глеб Никитин", "губернатор", None, "RU-NIZ")]


def test_a_post_after_a_name_that_ends_the_sentence_before_another_name(parse):
    text = (
        "«Этим преимуществом нужно пользоваться вместе», — сказал Рустам Минниханов, Раис "
        "Республики Татарстан.\n\nНикитин добавил, что проекты запустят."
    )
    assert ("Рустам Минниханов", "раис", None, "RU-TA") in posts(parse, text)


def test_governors_listed_after_a_dash_are_placed_by_the_reference_list(read):
    ex, _ = read("Итоги встречи доложат губернаторам — Виталию Хоценко и Андрею Травникову.")
    assert sorted((ex.persons[p.person].name.display, p.role, p.region) for p in ex.posts) == [
        ("Андрей Травников", "губернатор", "RU-NVS"),
        ("Виталий Хоценко", "губернатор", "RU-OMS"),
    ]


def test_the_region_a_person_represented_is_their_side(parse):
    text = (
        "Томскую область представлял начальник департамента по научно-технологическому развитию "
        "Дмитрий Юсупов."
    )
    assert [(name, region) for name, _, _, region in posts(parse, text)] == [("Дмитрий Юсупов", "RU-TOM")]


def test_a_minister_of_the_ministry_named_by_the_regions_kind(parse):
    text = (
        "Алтайский край подал заявку на вступление в ассоциацию. Подготовкой заявки занималось "
        "министерство экономического развития края. Министр Ксения Дронова сообщила, что регион "
        "представит портфель проектов."
    )
    assert [(name, region) for name, _, _, region in posts(parse, text)] == [("Ксения Дронова", "RU-ALT")]


def test_members_of_a_council_from_the_regions_are_members_of_the_council(parse):
    text = (
        "В заседании приняли участие члены совета от регионов — участников ассоциации: губернатор "
        "Томской области Владимир Мазур и губернатор Новосибирской области Андрей Травников."
    )
    found = {(name, role) for name, role, _, _ in posts(parse, text)}
    assert {("Владимир Мазур", "член совета"), ("Андрей Травников", "член совета")} <= found


def test_a_body_of_a_krai_belongs_to_the_krai_named_before(parse):
    text = (
        "В Ижевске прошло заседание депутатов Законодательного собрания Пермского края и "
        "Государственного Совета Удмуртской Республики. Заседание вели председатель Государственного "
        "Совета Удмуртской Республики Эльвира Шкляева и председатель краевого Законодательного "
        "собрания Виктор Колесников."
    )
    assert ("Виктор Колесников", "RU-PER") in {(name, region) for name, _, _, region in posts(parse, text)}


def test_an_artistic_director_keeps_the_adjective(parse):
    text = "Художественный руководитель драмтеатра Ирина Кириллова назвала концерт удачным."
    assert [role for _, role, _, _ in posts(parse, text)] == ["художественный руководитель драмтеатра"]


def test_a_side_left_out_after_one_represented(parse):
    text = "Чувашию представляли ректор ЧГУ Андрей Григорьев, Удмуртию — ректор ИжГТУ Олег Кочуров."
    assert [(name, region) for name, _, _, region in posts(parse, text)] == [
        ("Андрей Григорьев", "RU-CU"),
        ("Олег Кочуров", "RU-UD"),
    ]


def test_a_post_given_by_a_relative_clause(parse):
    text = (
        "Документ подписал Рустам Минниханов. Минниханов, который также является председателем "
        "Совета Ассоциации инновационных регионов России, предложил присмотреться к опыту ассоциации."
    )
    assert [(name, role) for name, role, _, _ in posts(parse, text)] == [
        ("Рустам Минниханов", "председатель совета")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Его провёл председатель Совета ассоциации Раис Республики Татарстан Рустам Минниханов.",
            {"председатель совета ассоциации", "раис"},
        ),
        # the head's title as a post's complement opens no post of its own
        (
            "Выступил полномочный представитель Президента России в Уральском федеральном округе Артём Жога.",
            {"полномочный представитель президента"},
        ),
    ],
)
def test_a_heads_title_after_a_post_opens_a_post_of_its_own(parse, text, expected):
    assert {role for _, role, _, _ in posts(parse, text)} == expected


def test_a_dash_inside_a_regions_two_names_before_the_name(parse):
    text = "На церемонии присутствовал губернатор ХМАО — Югры Руслан Кухарук."
    assert posts(parse, text) == [("Руслан Кухарук", "губернатор", None, "RU-KHM")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Заместитель губернатора Томской области, курирующий вопросы экономики, Андрей Антонов "
            "рассказал о планах.",
            [("Андрей Антонов", "заместитель губернатора", None, "RU-TOM")],
        ),
        (
            "Встречу провёл глава Якутии с заместителем губернатора Томской области, курирующим "
            "вопросы экономики, Андреем Антоновым.",
            [("Андрей Антонов", "заместитель губернатора", None, "RU-TOM")],
        ),
        (
            "С гостями встретилась заместитель председателя Курултая, курирующая вопросы "
            "образования, Гульшат Ишмуратова.",
            [
                (
                    "Гульшат Ишмуратова",
                    "заместитель председателя курултая",
                    "Государственное Собрание — Курултай Республики Башкортостан",
                    "RU-BA",
                )
            ],
        ),
    ],
)
def test_a_participle_clause_between_the_post_and_the_name(parse, text, expected):
    # the post and the participle agree; the tagger's case of a name it does not know may not
    assert [p for p in posts(parse, text) if p[0] == expected[0][0]] == expected


def test_a_participle_clause_of_another_case_gives_no_post(parse):
    # the clause tells of the ministry («министерства, отвечающего …»), not of the person named next
    text = "Представители министерства, отвечающего за цифровизацию, Иван Петров и Анна Смирнова выступили."
    assert posts(parse, text) == []


def test_the_name_agrees_with_the_post_after_a_preposition(parse):
    text = "Встречу провёл глава Якутии с заместителем губернатора Томской области Андреем Антоновым."
    assert posts(parse, text) == [("Андрей Антонов", "заместитель губернатора", None, "RU-TOM")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Маршрут готовил руководитель Агентства по туризму РТ Орлан Салчак.",
            ("Орлан Салчак", "руководитель агентства"),
        ),
        # a body the lexicon knows keeps its proper name; another's title says what it does
        (
            "Выступила генеральный директор Агентства стратегических инициатив Светлана Чупшева.",
            ("Светлана Чупшева", "генеральный директор агентства"),
        ),
        (
            "Рассказала руководитель Центра поддержки экспорта Курганской области Наталья Сёмина.",
            ("Наталья Сёмина", "руководитель центра поддержки экспорта"),
        ),
        # a title that names its body's kind itself takes nothing more
        (
            "Выступил ректор Томского государственного университета Эдуард Галажинский.",
            ("Эдуард Галажинский", "ректор"),
        ),
        # an abbreviation: the kind is the one the body's whole name heads with
        ("Выступил директор АИРР Иван Федотов.", ("Иван Федотов", "директор ассоциации")),
        # the body's adjectives go with its kind, a region's adjective stays the region's
        (
            "Подключился заместитель руководителя Федерального дорожного агентства Игорь Стасов.",
            ("Игорь Стасов", "заместитель руководителя федерального дорожного агентства"),
        ),
        (
            "Выступил директор Томского политехнического института Иван Петров.",
            ("Иван Петров", "директор политехнического института"),
        ),
    ],
)
def test_a_head_of_a_named_body_is_titled_by_the_bodys_kind(parse, text, expected):
    assert [(name, role) for name, role, _, _ in posts(parse, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В делегацию вошёл заместитель губернатора Кемеровской области по промышленности, "
            "транспорту и экологии Виктор Ладыгин.",
            ("Виктор Ладыгин", "заместитель губернатора по промышленности, транспорту и экологии", "RU-KEM"),
        ),
        (
            "Выступил министр строительства, архитектуры и ЖКХ Республики Татарстан Марат Айзатуллин.",
            ("Марат Айзатуллин", "министр строительства, архитектуры и жкх", "RU-TA"),
        ),
    ],
)
def test_a_list_of_portfolios_stays_in_the_post(parse, text, expected):
    assert [(name, role, region) for name, role, _, region in posts(parse, text)] == [expected]


def test_a_list_goes_on_with_the_regions_adjective_for_the_post(parse):
    text = (
        "В заседании участвовали губернаторы Ульяновской области Алексей Русских, Тюменской — "
        "Александр Моор и Липецкой — Игорь Артамонов."
    )
    assert [(name, role, region) for name, role, _, region in posts(parse, text)] == [
        ("Алексей Русских", "губернатор", "RU-ULY"),
        ("Александр Моор", "губернатор", "RU-TYU"),
        ("Игорь Артамонов", "губернатор", "RU-LIP"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Сопредседателями группы назначены министр науки Новосибирской области Артём Веденеев и "
        "министр промышленности Пермского края Алия Закирова.",
        "Руководство группой совет поручил министру науки Новосибирской области Артёму Веденееву и "
        "министру промышленности Пермского края Алии Закировой, которые стали её сопредседателями.",
    ],
)
def test_a_plural_post_given_by_a_verb_is_each_names(parse, text):
    co_chairs = {name for name, role, _, _ in posts(parse, text) if role.startswith("сопредседатель")}
    assert co_chairs == {"Артем Веденеев", "Алия Закирова"}


def test_a_plural_post_goes_only_to_the_names_of_its_clause(parse):
    text = (
        "Губернатор Томской области Владимир Мазур сообщил, что совет поручил руководство министрам "
        "Ивану Петрову и Анне Смирновой, которые стали сопредседателями группы."
    )
    co_chairs = {name for name, role, _, _ in posts(parse, text) if role.startswith("сопредседатель")}
    assert co_chairs == {"Иван Петров", "Анна Смирнова"}


def test_a_side_named_by_its_region_is_the_nearest_side(parse):
    text = (
        "Со стороны Республики Ингушетия документ подписал глава республики Алан Тамбиев, со стороны "
        "Курганской области — губернатор Валентин Мельников."
    )
    assert [(name, region) for name, _, _, region in posts(parse, text)] == [
        ("Алан Тамбиев", "RU-IN"),
        ("Валентин Мельников", "RU-KGN"),
    ]


def test_a_post_given_by_является_before_the_name(parse):
    text = (
        "Председателем совета ассоциации с момента её создания является глава Татарстана Рустам Минниханов."
    )
    assert {role for _, role, _, _ in posts(parse, text)} == {"глава", "председатель совета ассоциации"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Документ подписал Председатель Курултая Азамат Сагитов.", ("председатель курултая", "RU-BA")),
        (
            "Выступил председатель Верховного Хурала Айдыс Ооржак.",
            ("председатель верховного хурала", "RU-TY"),
        ),
        (
            "Выступил заместитель председателя Народного Хурала Республики Бурятия Баир Дашиев.",
            ("заместитель председателя народного хурала", "RU-BU"),
        ),
        (
            "Её поддержал заместитель председателя Мурманской областной Думы Юрий Семёнов.",
            ("заместитель председателя мурманской областной думы", "RU-MUR"),
        ),
    ],
)
def test_a_regional_parliaments_post_and_its_region(parse, text, expected):
    assert [(role, region) for _, role, _, region in posts(parse, text)] == [expected]


def test_a_plural_post_its_regions_a_dash_and_the_names_in_order(parse):
    text = "Главы Липецкой и Калужской областей — Игорь Колпаков и Олег Ларионов — провели встречу."
    assert [(name, role, region) for name, role, _, region in posts(parse, text)] == [
        ("Игорь Колпаков", "глава", "RU-LIP"),
        ("Олег Ларионов", "глава", "RU-KLU"),
    ]


def test_a_post_in_a_relative_clause_after_its_region(parse):
    text = (
        "Проект ещё предстоит согласовать с Ханты-Мансийским автономным округом, губернатор "
        "которого Руслан Кухарук уже поддержал его концепцию."
    )
    assert posts(parse, text) == [("Руслан Кухарук", "губернатор", None, "RU-KHM")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Чувашии подписали соглашение. Главный врач Республиканского кардиологического "
            "диспансера Игорь Николаев рассказал о пациентах.",
            ("Игорь Николаев", "RU-CU"),
        ),
        (
            "Председатель Законодательного собрания Свердловской области Людмила Бабушкина "
            "встретилась с делегацией Курганской области. Председатель комитета Законодательного "
            "собрания Алексей Коробейников предложил провести заседание.",
            ("Алексей Коробейников", "RU-SVE"),
        ),
    ],
)
def test_a_regions_own_body_named_without_the_region(parse, text, expected):
    assert expected in [(name, region) for name, _, _, region in posts(parse, text)]


def test_a_federal_department_of_regional_development_is_no_regions_body(parse):
    text = (
        "Соглашение подписали Ленинградская и Калининградская области. В церемонии принял участие "
        "директор департамента регионального развития Минэкономразвития России Святослав Оганесян. "
        "Похожий центр работает в Смоленской области."
    )
    assert [region for name, _, _, region in posts(parse, text) if name == "Святослав Оганесян"] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Документ подписал хоким Самаркандской области Бахтиёр Рахимов.", "хоким"),
        ("Экспедицию ведёт доцент кафедры географии Михаил Русинов.", "доцент кафедры географии"),
    ],
)
def test_more_titles_of_posts(parse, text, expected):
    assert [role for _, role, _, _ in posts(parse, text)] == [expected]


def test_a_place_the_text_comes_to_later_is_no_context_for_a_post(parse):
    text = (
        "В этом году готовим документ с Челябинской областью. С губернатором Максимом Рудаковым мы "
        "договорились подписать его осенью.\n\n— А Свердловская область?\n\n— Я вырос на Среднем "
        "Урале, но соглашения пока нет."
    )
    assert [(name, region) for name, _, _, region in posts(parse, text)] == [("Максим Рудаков", "RU-CHE")]


def test_a_regional_posts_side_named_by_its_capital(parse):
    text = (
        "В Самаре подписали соглашение Самарская и Саратовская области. Со стороны Саратова документ "
        "визировал министр природных ресурсов области Иван Ларин."
    )
    assert [(name, region) for name, _, _, region in posts(parse, text)] == [("Иван Ларин", "RU-SAR")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Ульяновский губернатор рассказал о планах области.",
            [("Алексей Русских", "губернатор", None, "RU-ULY")],
        ),
        (
            "Губернатор Ульяновской области ответил на вопросы редакции.",
            [("Алексей Русских", "губернатор", None, "RU-ULY")],
        ),
        # the lead's subject is someone else, named: no post for the headline's speaker
        ("Глава Чувашии Олег Николаев рассказал о соседях.", [("Олег Николаев", "глава", None, "RU-CU")]),
    ],
)
def test_an_interviews_headline_names_whom_the_lead_gives_a_post(parse, lead, expected):
    text = f"Алексей Русских: «Соседи для нас — партнёры»\n\n{lead}\n\n– Как вы работаете с соседями?"
    assert posts(parse, text) == expected


@pytest.mark.parametrize(
    ("post", "role", "region"),
    [
        (
            "министр экономического, территориального развития и торговли Чеченской Республики",
            "министр экономического, территориального развития и торговли",
            "RU-CE",
        ),
        (
            "министр культуры, по делам национальностей и архивного дела Чувашии",
            "министр культуры, по делам национальностей и архивного дела",
            "RU-CU",
        ),
        (
            "министр культуры, печати и по делам национальностей Марий Эл",
            "министр культуры, печати и по делам национальностей",
            "RU-ME",
        ),
        (
            "министр сельского хозяйства, торговли, пищевой и перерабатывающей промышленности"
            " Оренбургской области",
            "министр сельского хозяйства, торговли, пищевой и перерабатывающей промышленности",
            "RU-ORE",
        ),
    ],
)
def test_portfolios_listed_with_adjectives_and_after_po(parse, post, role, region):
    assert posts(parse, f"Программу представил {post} Магомед Исраилов.") == [
        ("Магомед Исраилов", role, None, region)
    ]


def test_a_part_of_russia_after_a_portfolio_noun_belongs_to_the_portfolio(parse):
    text = "Выступил министр развития Арктики Мурманской области Евгений Корнилов."
    assert posts(parse, text) == [("Евгений Корнилов", "министр развития арктики", None, "RU-MUR")]


def test_a_capitalised_second_post_after_a_dash_is_a_post_not_another_name_of_the_region(parse):
    text = (
        "Принимающую сторону представлял Глава Республики Хакасия — Председатель Правительства "
        "Республики Хакасия Виктор Чебодаев."
    )
    assert sorted((p[0], p[1], p[3]) for p in posts(parse, text)) == [
        ("Виктор Чебодаев", "глава", "RU-KK"),
        ("Виктор Чебодаев", "председатель правительства", "RU-KK"),
    ]


def test_a_post_told_as_the_next_sentences_predicate_without_a_dash(parse):
    text = "Делегацию возглавил Иван Петров. Сейчас он первый заместитель губернатора Омской области."
    assert posts(parse, text) == [("Иван Петров", "первый заместитель губернатора", None, "RU-OMS")]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Западно-Сибирского инновационного центра", "Западно-Сибирский инновационный центр"),
        ("Научно-производственного объединения", "Научно-производственное объединение"),
        # a quoted name declines with the post where no legal form stands before it
        ("«Биотехнопарка»", "Биотехнопарк"),
        ("«Кедровой долины»", "Кедровая долина"),
        ("АО «Биотехнопарк»", "Биотехнопарк"),
        # an abbreviation with a small letter inside is no word to decline
        ("СибГИУ", "СибГИУ"),
    ],
)
def test_a_hyphenated_adjective_of_an_organisation_comes_to_the_nominative(parse, words, name):
    assert posts(parse, f"Выступил генеральный директор {words} Павел Зорин.")[0][2] == name


def test_a_post_held_told_next_with_an_adjective_before_its_head_and_another_verb_after(parse):
    text = (
        "Делегацию возглавил Айтал Сивцев. Он занимает должность первого заместителя председателя "
        "правительства Якутии и курирует цифровую экономику."
    )
    assert posts(parse, text) == [
        ("Айтал Сивцев", "первый заместитель председателя правительства", None, "RU-SA")
    ]


def organisation_names(read, text):
    ex, _ = read(text)
    return sorted(o.name for o in ex.organisations.values())


@pytest.mark.parametrize(
    "text",
    [
        "Кузбасс объединят усилия с соседями в туризме.",  # a verb inside
        "Проектный офис начнёт работу весной.",  # common words that open the sentence
        "Выездное заседание совета пройдёт в мае.",
        "Студенты Северо-Кавказского молодёжного форума приехали в Пятигорск.",
    ],
)
def test_what_ner_takes_for_an_organisation_without_a_name_is_none(read, text):
    assert organisation_names(read, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Уральский государственный горный университет открыл набор.",
            "Уральский государственный горный университет",
        ),
        (
            "Западно-Сибирский технологический университет стал площадкой сессии.",
            "Западно-Сибирский технологический университет",
        ),
        ("Генеральный директор КАМАЗа Сергей Когогин выступил на форуме.", "КАМАЗ"),
    ],
)
def test_names_that_open_a_sentence_or_decline_an_abbreviation_stay_organisations(read, text, name):
    assert name in organisation_names(read, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Губернатор Илья Середюк и представители Российских железных дорог обсудили вывоз угля. "
            "Соглашение с ОАО «Российские железные дороги» подписано в Кемерове.",
            ["Российские железные дороги"],
        ),
        ("Проект поддержал Российский фонд прямых инвестиций.", ["Российский фонд прямых инвестиций"]),
        ("Выступил полпред Президента Российской Федерации в Сибирском федеральном округе.", []),
    ],
)
def test_the_country_adjective_opening_a_name_is_part_of_it(read, text, names):
    assert organisation_names(read, text) == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Мария Кузнецова — генеральный директор корпорации; ранее она была заместителем "
            "губернатора Нижегородской области и курировала инвестиции.",
            ("Мария Кузнецова", "бывший заместитель губернатора", None, "RU-NIZ"),
        ),
        (
            "Оренбургскую сторону представляла министр Айгуль Кенжебаева. До назначения она восемь "
            "лет была главой Светлинского района.",
            ("Айгуль Кенжебаева", "бывший глава района", None, "RU-ORE"),
        ),
        (
            "Команду возглавил Рустем Ахмеров. Ранее Рустем Ахмеров был заместителем председателя "
            "правительства Ульяновской области.",
            ("Рустем Ахмеров", "бывший заместитель председателя правительства", None, "RU-ULY"),
        ),
    ],
)
def test_a_post_held_before_is_told_as_former(parse, text, expected):
    assert expected in posts(parse, text)


def test_a_short_participle_before_the_post_is_a_predicate_not_part_of_it(parse):
    text = "Координатором работы определена министр промышленности Липецкой области Елена Горбунова."
    assert posts(parse, text) == [("Елена Горбунова", "министр промышленности", None, "RU-LIP")]


def test_a_district_heads_region_is_the_one_the_text_names_the_district_with(parse):
    text = (
        "Приангарье и Бурятия провели общий фестиваль. Он прошёл в Кабанском районе Бурятии, на "
        "берегу Байкала, при поддержке Иркутской области.\n\n"
        "Гостей встречал Баир Цыренжапов, глава Кабанского района."
    )
    assert posts(parse, text) == [("Баир Цыренжапов", "глава района", None, "RU-BU")]


def test_a_post_held_before_told_of_a_name_a_few_words_back(parse):
    text = (
        "Отец нынешнего главы, Дамба Цыренжапов, в девяностые годы тоже был главой Кабанского района Бурятии."
    )
    assert ("Дамба Цыренжапов", "бывший глава района", None, "RU-BU") in posts(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's region, then where the post is held: no organisation
        (
            "Выступила Айгуль Хисамутдинова, постоянный представитель Республики Башкортостан при "
            "Президенте РФ.",
            [],
        ),
        # a federal agency the lexicon knows, by its full name
        (
            "Выступил Николай Мартынов (заместитель руководителя Рослесхоза).",
            ["Федеральное агентство лесного хозяйства"],
        ),
        ("Выступил глава Якутии Айсен Николаев.", []),
        ("Выступил директор АУ «Технопарк «Якутия» Туйаара Находкина.", ["АУ «Технопарк «Якутия»"]),
    ],
)
def test_organisations_stop_where_their_names_do(read, text, expected):
    assert organisation_names(read, text) == expected


def test_the_leader_of_a_bodys_delegation_holds_his_post_in_its_region(parse):
    text = (
        "Делегация Законодательного собрания Вологодской области во главе с председателем Андреем "
        "Поповым провела два дня в Сыктывкаре."
    )
    assert posts(parse, text) == [("Андрей Попов", "председатель", None, "RU-VLG")]


def test_a_coach_holds_a_post(parse):
    text = "Старший тренер сборной Якутии по вольной борьбе Иннокентий Слепцов рассказал о сборах."
    assert posts(parse, text) == [
        ("Иннокентий Слепцов", "старший тренер сборной по вольной борьбе", None, "RU-SA")
    ]


def test_the_head_of_a_delegation_of_a_ministry_with_a_long_name_is_of_its_region(parse):
    text = (
        "В Оренбурге побывала делегация Министерства торговли и услуг Республики Башкортостан во "
        "главе с заместителем министра Айратом Гарифуллиным."
    )
    assert posts(parse, text) == [
        ("Айрат Гарифуллин", "заместитель министра торговли и услуг", None, "RU-BA")
    ]


def test_who_came_along_with_a_delegations_head_is_of_its_side_not_the_hosts(parse):
    text = (
        "Фестиваль прошёл в Бурятии. Иркутскую делегацию возглавил министр сельского хозяйства "
        "Иркутской области Евгений Ворожцов. Вместе с ним приехала мэр Ольхонского района Валентина Бадмаева."
    )
    assert ("Валентина Бадмаева", "мэр района", None, "RU-IRK") in posts(parse, text)


def test_the_head_of_a_district_takes_the_region_the_venue_settlement_is_in(parse):
    text = (
        "Оренбуржье и Башкирия провели ярмарку. В посёлке Светлом Оренбургской области прошла "
        "выставка. Гостей встречал Ерлан Жумабаев, глава Светлинского района."
    )
    assert ("Ерлан Жумабаев", "глава района", None, "RU-ORE") in posts(parse, text)


def test_a_relative_of_an_official_does_not_hold_the_officials_post(parse):
    text = (
        "В переговорах участвовали министр экономического развития Иркутской области Ирина "
        "Рогачёва, однофамилица губернатора, и ректор Павел Гуров."
    )
    roles = [p[1] for p in posts(parse, text) if p[0] == "Ирина Рогачёва"]
    assert roles == ["министр экономического развития"]


def test_a_title_repeated_bare_is_the_post_told_in_full(read):
    ex, _ = read(
        "Министр экономического развития Томской области Иван Петров выступил. Министр Петров "
        "сообщил, что всё готово."
    )
    assert [(p.role, p.region) for p in ex.posts] == [("министр экономического развития", "RU-TOM")]


def test_a_lone_surname_with_a_title_is_the_namesake_who_holds_it(read):
    ex, _ = read(
        "Подписи поставили губернатор Тюменской области Андрей Белов и губернатор Югры Светлана "
        "Корнеева. Концепцию подготовил ректор Тюменского индустриального университета Виктор "
        "Белов. Губернатор Белов отметил, что центр откроется в 2027 году."
    )
    roles = {(ex.persons[p.person].name.display, p.role) for p in ex.posts}
    assert ("Виктор Белов", "губернатор") not in roles
    assert ("Андрей Белов", "губернатор") in roles


def test_two_posts_before_one_name_with_a_plural_verb_are_two_peoples(parse):
    text = (
        "Делегацию Республики Мордовия возглавил глава региона Сергей Ардатов. Глава республики и "
        "губернатор Нижегородской области Глеб Никитский подписали соглашение."
    )
    assert [p[1] for p in posts(parse, text) if p[0] == "Глеб Никитский"] == ["губернатор"]


def test_a_post_held_now_after_one_held_before_in_an_apposition(parse):
    text = (
        "В работе форума участвовал Леонид Пашков, в прошлом губернатор Ненецкого автономного "
        "округа, а ныне советник губернатора Архангельской области по арктическим проектам."
    )
    assert posts(parse, text) == [
        ("Леонид Пашков", "советник губернатора по арктическим проектам", None, "RU-ARK")
    ]


def test_the_head_of_the_region_a_kind_noun_stands_for(parse):
    text = (
        "Чувашская Республика стала членом АИРР. Заседание провёл глава Татарстана Рамиль "
        "Хайруллин. Республику на заседании представлял её глава Михаил Ерусланов."
    )
    assert ("Михаил Ерусланов", "глава", None, "RU-CU") in posts(parse, text)


def test_the_side_of_an_elided_delegation_named_by_an_adjective(parse):
    text = (
        "Новосибирскую делегацию возглавил министр науки Новосибирской области Артур Гельман, "
        "калужскую — генеральный директор регионального агентства инновационного развития Михаил Бардин."
    )
    assert [p[3] for p in posts(parse, text) if p[0] == "Михаил Бардин"] == ["RU-KLU"]


def test_a_post_given_by_a_participle_keeps_its_listed_portfolio(parse):
    text = (
        "Приехал Игорь Лемешев, в июне назначенный министром промышленности, транспорта, связи и "
        "энергетики Курганской области."
    )
    assert posts(parse, text) == [
        ("Игорь Лемешев", "министр промышленности, транспорта, связи и энергетики", None, "RU-KGN")
    ]


def test_a_body_named_by_a_hyphen_compound_with_a_region_is_of_that_region(read):
    ex, _ = read("В состав делегации вошёл директор «Технопарка-Мордовия» Алексей Шабанов.")
    assert [(p.role, ex.organisations[p.organisation].name, p.region) for p in ex.posts] == [
        ("директор", "Технопарк-Мордовия", "RU-MO")
    ]


def test_a_body_called_regional_is_of_the_region_the_text_speaks_of(read):
    ex, _ = read(
        "Вологодская область стала членом АИРР. Координировать работу поручено региональному Фонду "
        "развития промышленности и инноваций. Его директор Ксения Баранова рассказала о планах."
    )
    assert [(p.role, p.region) for p in ex.posts] == [("директор фонда", "RU-VLG")]


def test_initials_that_the_dictionary_reads_as_a_verb_stay_initials(read):
    ex, _ = read("Губернатор Елена Сорокина выступила.\n\nЕ. В. Сорокина добавила, что центр откроется.")
    assert [p.name.display for p in ex.persons] == ["Елена Сорокина"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С оренбургской стороны подпись поставила Елена Сорокина. Она занимает должность "
            "вице-губернатора — заместителя председателя правительства Оренбургской области.",
            ["вице-губернатор", "заместитель председателя правительства"],
        ),
        (
            "Взаимодействие поручено Татьяне Климовой. Она работает советником губернатора Брянской "
            "области по международным связям.",
            ["советник губернатора по международным связям"],
        ),
        (
            "Гостей встретил Сергей Ярошенко. Он возглавляет представительство ЯНАО в Москве с 2022 года.",
            ["руководитель представительства"],
        ),
        (
            "На подписании присутствовал Ислам Эльбиев. Он исполняет обязанности министра "
            "промышленности и энергетики Чеченской Республики с февраля.",
            ["министр промышленности и энергетики"],
        ),
    ],
)
def test_more_ways_to_tell_a_post_in_the_next_sentence(parse, text, expected):
    assert [p[1] for p in posts(parse, text)] == expected


def test_a_post_held_told_in_a_relative_clause(parse):
    text = "Айдар Муртазин, который занимает пост ректора вуза с 2023 года, выступил."
    assert posts(parse, text) == [("Айдар Муртазин", "ректор вуза", None, None)]


def test_an_akim_is_of_no_russian_region(parse):
    text = (
        "Стороны обсудили участие Актюбинской области Казахстана и Оренбургской области. Аким "
        "области Бауыржан Тлеубаев направил письмо."
    )
    assert posts(parse, text) == [("Бауыржан Тлеубаев", "аким области", None, None)]


def test_the_side_named_by_its_body(parse):
    text = (
        "Со стороны вуза Якутии договор подписал ректор СВФУ Мичил Саввинов, со стороны бурятского "
        "университета — его ректор Баир Цыбиков."
    )
    assert ("Баир Цыбиков", "ректор", None, "RU-BU") in posts(parse, text)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Выступил ректор УрФУ Игорь Бельский.", "RU-SVE"),
        ("Гостей принял генеральный директор Академпарка Виктор Шевченко.", "RU-NVS"),
        ("Выступил ректор Мордовского государственного университета Валентина Пиксайкина.", "RU-MO"),
        (
            "Партнёром выступил Алтайский государственный аграрный университет из Барнаула. Его "
            "ректор Виктор Черданцев подписал договор.",
            "RU-ALT",
        ),
    ],
)
def test_the_region_of_a_known_or_located_institution(read, text, region):
    ex, _ = read(text)
    assert ex.posts[0].region == region


def test_a_post_after_a_name_that_runs_into_the_next_name_is_the_next_ones(parse):
    text = (
        "Встречу провели с участием министра экономики Чувашии Светланы Мироновой, председателя "
        "Государственного Собрания — Курултая Республики Башкортостан Тагира Шарипова."
    )
    roles = {(p[0], p[1]) for p in posts(parse, text)}
    assert not any(name == "Светлана Миронова" and "собрание" in role for name, role in roles)


@pytest.mark.parametrize(
    ("text", "role", "region"),
    [
        (
            "Об этом на заседании Законодательного собрания Красноярского края сообщил его "
            "председатель Константин Черных.",
            "председатель законодательного собрания",
            "RU-KYA",
        ),
        (
            "Церемония прошла с участием председателя Алтайского краевого Законодательного Собрания "
            "Николая Тищенко.",
            "председатель алтайского краевого законодательного собрания",
            "RU-ALT",
        ),
    ],
)
def test_the_head_of_a_parliament_is_named_with_it(read, text, role, region):
    ex, _ = read(text)
    assert [(p.role, p.region) for p in ex.posts] == [(role, region)]


def test_a_group_told_by_its_number_gives_no_post(parse):
    text = "Спикеры двух парламентов — Тагир Шарипов и Олег Яндышев — подписали обращение."
    assert posts(parse, text) == []


def test_the_sides_listed_with_a_phrase_between_the_region_and_representing(parse):
    text = (
        "Югру на заседании представляла заместитель губернатора округа Олеся Шарапова, Томскую "
        "область — начальник департамента по научно-технологическому развитию Максим Рябцев."
    )
    regions = {p[0]: p[3] for p in posts(parse, text)}
    assert regions["Максим Рябцев"] == "RU-TOM"


def test_a_state_secretary_holds_his_post_and_the_one_after_the_dash(parse):
    text = (
        "В заседании участвовал статс-секретарь — заместитель министра промышленности и торговли "
        "Российской Федерации Владислав Гуров."
    )
    found = posts(parse, text)
    assert [name for name, *_ in found] == ["Владислав Гуров"] * len(found)
    roles = [role for _, role, *_ in found]
    assert any(role.startswith("статс-секретарь") for role in roles)
    assert any("заместитель министра промышленности" in role for role in roles)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Как рассказал ТАСС директор АИРР Иван Федотов, рейтинг готов.", "директор ассоциации"),
        (
            "Соглашение подписал директор Ассоциации инновационных регионов России Иван Федотов.",
            "директор ассоциации",
        ),
    ],
)
def test_a_bare_title_before_an_abbreviation_takes_the_kind_of_the_body_it_names(parse, text, expected):
    """«директор АИРР»: the whole name says what the body is, and the title says it too."""
    assert [role for _, role, *_ in posts(parse, text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Председателем правительства вновь назначен Иван Захаров.",
            [("Иван Захаров", "председатель правительства")],
        ),
        (
            "Первым заместителем председателя правительства, курирующим промышленность и развитие "
            "Арктики, стал Егор Винокуров.",
            [("Егор Винокуров", "первый заместитель председателя правительства")],
        ),
        (
            "Заместителем председателя правительства — министром финансов утверждена Сардаана Алексеева.",
            [
                ("Сардаана Алексеева", "заместитель председателя правительства"),
                ("Сардаана Алексеева", "министр финансов"),
            ],
        ),
        (
            "Тимур Хасанов, руководивший министерством с 2021 года, назначен заместителем директора "
            "департамента.",
            [("Тимур Хасанов", "заместитель директора департамента")],
        ),
        (
            "Подписан указ о назначении Лейсан Гарифуллиной заместителем премьер-министра — министром "
            "промышленности и торговли.",
            [
                ("Лейсан Гарифуллина", "заместитель премьер-министра"),
                ("Лейсан Гарифуллина", "министр промышленности и торговли"),
            ],
        ),
    ],
)
def test_a_post_given_by_appointment_is_held(parse, text, expected):
    """The appointments genre: the post in the instrumental before or after the verb of
    appointing, or after «о назначении», and a second post after a dash."""
    assert [(name, role) for name, role, _, _ in posts(parse, text)] == expected


def test_who_appoints_does_not_take_the_post_he_gives(parse):
    text = "Глава республики назначил руководителем агентства Марата Сабирова."
    found = [(name, role) for name, role, _, _ in posts(parse, text)]
    assert found == [("Марат Сабиров", "руководитель агентства")]


def test_a_minister_in_the_line_up_of_a_regions_cabinet_is_of_that_region(parse):
    text = (
        "Глава Якутии Айсен Николаев подписал указ о составе правительства республики. Назначения "
        "выглядят так:\nЕфимова Анна Петровна — министр здравоохранения;\nКаратаев Виктор "
        "Андреевич — министр строительства."
    )
    found = {name: region for name, _, _, region in posts(parse, text)}
    assert found == {"Айсен Николаев": "RU-SA", "Анна Ефимова": "RU-SA", "Виктор Каратаев": "RU-SA"}


def test_a_minister_is_of_no_region_where_the_text_names_the_countrys_government_too(parse):
    text = (
        "На заседании правительства Якутии и правительства РФ выступил министр здравоохранения Иван Петров."
    )
    assert [region for *_, region in posts(parse, text)] == [None]


def test_a_plural_post_right_before_a_list_of_names_is_each_ones(read):
    """Each governor's region comes from the reference list of heads."""
    text = "Подписи под документом поставили губернаторы Александр Моор, Руслан Кухарук и Дмитрий Артюхов."
    ex, _ = read(text)
    found = [(ex.persons[p.person].name.display, p.role, p.region) for p in ex.posts]
    assert found == [
        ("Александр Моор", "губернатор", "RU-TYU"),
        ("Руслан Кухарук", "губернатор", "RU-KHM"),
        ("Дмитрий Артюхов", "губернатор", "RU-YAN"),
    ]


def test_a_post_one_remains_in_is_held(parse):
    text = "Рустам Минниханов, который много лет остаётся председателем Совета АИРР, рассказал о работе."
    found = [(name, role) for name, role, _, _ in posts(parse, text)]
    assert found == [("Рустам Минниханов", "председатель совета")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("По словам вице-президента ПСБ Олега Киреева, транши выделят в 2026 году.", "вице-президент банка"),
        ("Выступил президент Сбербанка Герман Греф.", "президент банка"),
        (
            "Генеральный директор «Обнинского композитного завода» Сергей Куприянов пришёл в 2023 году.",
            "генеральный директор обнинского композитного завода",
        ),
    ],
)
def test_a_bare_title_takes_the_kind_of_a_body_named_in_quotes_or_known_to_the_lexicon(parse, text, expected):
    assert [role for _, role, *_ in posts(parse, text)] == [expected]


def test_the_head_of_a_body_named_before_with_what_it_does_is_of_its_region(read):
    text = (
        "Корпорация развития Ульяновской области и китайская компания подписали соглашение о "
        "строительстве завода. Документ подписал генеральный директор корпорации Денис Горбачев."
    )
    ex, _ = read(text)
    assert [(p.role, p.region) for p in ex.posts] == [("генеральный директор корпорации", "RU-ULY")]


def test_its_head_is_titled_by_the_kind_of_the_body_named_before(read):
    text = (
        "Оператором реестра станет тюменское Агентство инфраструктурного развития. Его руководитель "
        "Виктор Ляпин оценил стоимость запуска платформы."
    )
    ex, _ = read(text)
    assert [(p.role, p.region) for p in ex.posts] == [("руководитель агентства", "RU-TYU")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Глава Бурятии обновил правительство республики. Министерство туризма республики возглавила "
            "Светлана Цыренова.",
            ("Светлана Цыренова", "министр туризма", "RU-BU"),
        ),
        (
            "Глава Башкирии представил новых министров. Пост министра промышленности, энергетики и "
            "инноваций занял Айдар Мансуров.",
            ("Айдар Мансуров", "министр промышленности, энергетики и инноваций", None),
        ),
    ],
)
def test_a_ministry_headed_or_a_post_taken_before_the_name_is_the_persons(read, text, expected):
    ex, _ = read(text)
    found = [(ex.persons[p.person].name.display, p.role, p.region) for p in ex.posts]
    assert expected in found


def test_a_post_one_is_moved_or_appointed_to_is_held(parse):
    text = (
        "Павел Лазарев, возглавлявший департамент с 2019 года, переведён на должность заместителя "
        "руководителя аппарата мэра и правительства Москвы."
    )
    assert [(role, region) for _, role, _, region in posts(parse, text)] == [
        ("заместитель руководителя аппарата мэра и правительства", "RU-MOW")
    ]


def test_an_interviews_lead_with_no_verb_gives_the_headline_speakers_post(read):
    text = (
        "Дмитрий Краснов: «Инновации в одиночку не делаются»\n\n"
        "Министр экономического развития и имущественных отношений Чувашской Республики — о "
        "стратегической сессии АИРР в Чебоксарах\n\n"
        "— Дмитрий Валерьевич, кто приехал на сессию?"
    )
    ex, _ = read(text)
    found = [(ex.persons[p.person].name.display, p.role, p.region) for p in ex.posts]
    assert found == [
        ("Дмитрий Краснов", "министр экономического развития и имущественных отношений", "RU-CU")
    ]


def test_a_quoted_body_named_elsewhere_with_its_kind_and_region_titles_its_head(read):
    text = (
        "В прошлом году технопарк подписал соглашение с пензенским технопарком «Яблочков». Как "
        "говорит директор «Яблочкова» Константин Морозов, мы делаем детали."
    )
    ex, _ = read(text)
    assert [(p.role, p.region) for p in ex.posts] == [("директор технопарка", "RU-PNZ")]


def test_heads_read_as_a_genitive_singular_still_pair_with_their_regions_in_order(parse):
    text = (
        "Документ подписали губернатор Ярославской области Михаил Евраев, а также главы Ивановской и "
        "Владимирской областей Станислав Воскресенский и Александр Авдеев."
    )
    assert [(name, role, region) for name, role, _, region in posts(parse, text)] == [
        ("Станислав Воскресенский", "глава", "RU-IVA"),
        ("Александр Авдеев", "глава", "RU-VLA"),
        ("Михаил Евраев", "губернатор", "RU-YAR"),
    ]


def test_the_head_of_a_city_is_titled_so(parse):
    text = "Глава Вологды Игорь Стрельников представил опыт перевода транспорта на безналичную оплату."
    assert [(role, region) for _, role, _, region in posts(parse, text)] == [("глава города", "RU-VLG")]


def test_an_acting_post_opening_the_sentence_and_a_post_worked_in_before(parse):
    text = (
        "Исполняющим обязанности министра назначен Алексей Кривошеев, до сих пор работавший первым "
        "заместителем министра."
    )
    assert [role for _, role, _, _ in posts(parse, text)] == ["министр", "бывший первый заместитель министра"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Павел Мельников в январе стал заместителем председателя правительства Московской области.",
            ("Павел Мельников", "заместитель председателя правительства"),
        ),
        (
            "Губернатор доложил о кадровых изменениях: заместителем губернатора, курирующим "
            "строительство, недавно стал Роман Гиниатуллин.",
            ("Роман Гиниатуллин", "заместитель губернатора"),
        ),
        (
            "Назначенный на прошлой неделе министром промышленности Красноярского края Максим Горелов "
            "провёл переговоры.",
            ("Максим Горелов", "министр промышленности"),
        ),
        (
            "Министр строительства Саратовской области Дмитрий Пономарёв освобождён от должности. В "
            "правительстве уточнили, что он назначен директором департамента Минстроя России.",
            ("Дмитрий Пономарёв", "директор департамента"),
        ),
    ],
)
def test_more_ways_of_telling_an_appointment(parse, text, expected):
    assert expected in [(name, role) for name, role, _, _ in posts(parse, text)]


def test_its_chairman_is_titled_by_the_body_that_heads_the_name_not_by_a_word_inside_it(read):
    text = (
        "В Москве состоялось заседание Совета ассоциации, которое провёл его председатель, Раис "
        "Республики Татарстан Рустам Минниханов."
    )
    ex, _ = read(text)
    assert "председатель совета" in [p.role for p in ex.posts]
    assert "председатель ассоциации" not in [p.role for p in ex.posts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Губернатор Самарской области Вячеслав Федорищев представил правительству нового министра "
            "промышленности и торговли. Им стал 39-летний Максим Ветлугин.",
            ("Максим Ветлугин", "министр промышленности и торговли", None, "RU-SAM"),
        ),
        (
            "В правительстве Курганской области назначен новый руководитель департамента "
            "экономического развития. Ею стала Ольга Тарасова.",
            ("Ольга Тарасова", "руководитель департамента экономического развития", None, "RU-KGN"),
        ),
    ],
)
def test_a_post_named_in_the_sentence_before_and_given_by_im_stal(parse, text, expected):
    assert expected in posts(parse, text)


def test_im_stal_gives_no_post_the_sentence_before_gives_to_someone_named(parse):
    text = (
        "Конкурс открыл министр экономики Алтайского края Виктор Ишутин. Им стал и первым "
        "победителем Андрей Лосев."
    )
    assert [p for p in posts(parse, text) if p[0] == "Андрей Лосев"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Чувашия подвела итоги сессии. Председатель Госсовета Валерий Тимофеев напомнил о законах.",
            ("Валерий Тимофеев", "председатель государственного совета", None, "RU-CU"),
        ),
        (
            "Председатель Заксобрания Вологодской области Андрей Попов выступил первым.",
            ("Андрей Попов", "председатель законодательного собрания", None, "RU-VLG"),
        ),
        (
            "В Удмуртии прошла сессия. Выступил председатель комитета Государственного Совета по "
            "экономике Ринат Галиев.",
            ("Ринат Галиев", "председатель комитета государственного совета по экономике", None, "RU-UD"),
        ),
    ],
)
def test_a_regional_parliament_by_its_short_or_full_name_is_the_regions(parse, text, expected):
    assert expected in posts(parse, text)


def test_the_countrys_state_council_is_no_regions_parliament(parse):
    text = "В Казани прошёл форум. Выступил член Государственного совета РФ Иван Петров."
    assert [p[3] for p in posts(parse, text)] == [None]


def test_a_kazakh_regional_parliament_is_an_office_not_an_organisation(parse):
    text = "Секретарь Костанайского областного маслихата Ерлан Сапаров сообщил о рабочей группе."
    assert [(p[1], p[2]) for p in posts(parse, text)] == [
        ("секретарь костанайского областного маслихата", None)
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Выступил член Совета Федерации от Томской области Сергей Ветлугин.", "член совета федерации"),
        (
            "Выступил председатель комитета Совета Федерации по аграрной политике Иван Петров.",
            "председатель комитета совета федерации по аграрной политике",
        ),
    ],
)
def test_the_federation_council_keeps_its_name_in_a_post(parse, text, role):
    assert [p[1] for p in posts(parse, text)] == [role]


def test_a_bare_minister_of_a_region_heads_its_ministry_named_before(parse):
    text = (
        "Министерство сельского хозяйства и продовольствия Омской области и Министерство сельского "
        "хозяйства Республики Саха (Якутия) подписали соглашение. Документ скрепили подписями омский "
        "министр Денис Колмогоров и первый заместитель министра сельского хозяйства Якутии Николай Сивцев."
    )
    assert ("Денис Колмогоров", "министр сельского хозяйства и продовольствия", None, "RU-OMS") in posts(
        parse, text
    )


def test_a_bare_minister_stays_bare_where_the_text_names_two_of_the_regions_ministries(parse):
    text = (
        "Министерство культуры Пермского края и министерство туризма Пермского края провели форум. "
        "Выступил министр Иван Петров."
    )
    assert [p[1] for p in posts(parse, text)] == ["министр"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Проректор ТГУ по образовательной деятельности Екатерина Лысенко рассказала о планах.",
            "проректор по образовательной деятельности",
        ),
        (
            "Соглашение подписал председатель Госкомитета РТ по туризму Рамиль Гарифуллин.",
            "председатель госкомитета по туризму",
        ),
        (
            "Дорожную карту подписал заместитель председателя Сибирского отделения Российской академии "
            "наук Олег Карпенко.",
            "заместитель председателя сибирского отделения",
        ),
        (
            "Документ подписала заместитель генерального директора РНФ Наталья Гришина.",
            "заместитель генерального директора фонда",
        ),
    ],
)
def test_a_post_in_a_body_keeps_its_portfolio_and_the_bodys_kind(parse, text, role):
    assert [p[1] for p in posts(parse, text)] == [role]


@pytest.mark.parametrize(
    ("text", "role", "region"),
    [
        (
            "Туры готов продавать ярославский туроператор «Волжская слобода». Его генеральный директор "
            "Константин Ерёмин оценивает стоимость поездки.",
            "генеральный директор туроператора",
            "RU-YAR",
        ),
        (
            "Впервые выступил ансамбль «Полесские напевы» из Гомельской области Белоруссии. Его "
            "руководитель Ольга Ковальчук рассказала о репертуаре.",
            "руководитель ансамбля",
            None,
        ),
    ],
)
def test_his_head_of_a_body_named_by_its_kind_and_a_quoted_name(read, text, role, region):
    ex, _ = read(text)
    assert [(p.role, p.region) for p in ex.posts] == [(role, region)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На открытии министр культуры Пермского края Игорь Бушуев и его омская коллега Оксана "
            "Ремизова договорились сделать обмен ежегодным.",
            ("Оксана Ремизова", "министр культуры", None, "RU-OMS"),
        ),
        (
            "Губернатор Челябинской области Алексей Текслер встретился с коллегой из Курганской "
            "области Вадимом Шумковым.",
            ("Вадим Шумков", "губернатор", None, "RU-KGN"),
        ),
    ],
)
def test_a_colleague_from_another_region_holds_the_same_post_there(parse, text, expected):
    assert expected in posts(parse, text)


def test_a_hyphen_between_spaces_is_read_as_a_dash(parse):
    text = (
        "Губернаторы Тюменской области, Югры и Ямала - Александр Моор, Руслан Кухарук и Дмитрий "
        "Артюхов - провели в Тюмени заседание совета."
    )
    assert [(p[0], p[3]) for p in posts(parse, text)] == [
        ("Александр Моор", "RU-TYU"),
        ("Руслан Кухарук", "RU-KHM"),
        ("Дмитрий Артюхов", "RU-YAN"),
    ]


def test_the_rais_in_an_oblique_case_is_no_woman_named_raisa(parse):
    text = "Перечень направят председателю совета ассоциации, раису Татарстана Рустаму Минниханову."
    assert ("Рустам Минниханов", "раис", None, "RU-TA") in posts(parse, text)


def test_a_post_opening_a_line_of_a_bodys_composition_before_a_dash(parse):
    text = (
        "2. Утвердить состав рабочей группы:\n"
        "руководитель рабочей группы — Гусева Елена Анатольевна, заместитель министра экономического "
        "развития и инвестиций Пермского края;\n"
        "заместитель руководителя рабочей группы — Батуев Роман Сергеевич, начальник отдела."
    )
    found = [(p[0], p[1]) for p in posts(parse, text)]
    assert ("Елена Гусева", "руководитель рабочей группы") in found
    assert ("Роман Батуев", "заместитель руководителя рабочей группы") in found


def test_a_plural_post_before_a_dash_and_names_is_no_ones_post(parse):
    text = "Спикеры двух парламентов — Шарипов и Яндышев — договорились о поправках."
    assert posts(parse, text) == []


def test_a_name_after_an_elided_post_keeps_its_own_post_told_after_it(parse):
    text = (
        "Ивановскую область представляла директор департамента культуры и туризма Марина Гуськова, "
        "Владимирскую — Сергей Лапшин, заместитель губернатора Владимирской области."
    )
    assert [p[1] for p in posts(parse, text) if p[0] == "Сергей Лапшин"] == ["заместитель губернатора"]


def test_a_known_parliament_inside_a_post_with_a_portfolio_after_it_gives_its_region(parse):
    text = (
        "Председатель постоянного комитета Ил Тумэна по государственному строительству Варвара "
        "Ефимова напомнила, что магаданская сторона утверждает документ иначе."
    )
    assert [p[3] for p in posts(parse, text)] == ["RU-SA"]


def test_the_head_of_a_regions_office_in_another_city_is_of_the_region_that_opened_it(read):
    text = (
        "Башкирия открыла торговое представительство в Екатеринбурге\n\n"
        "В Екатеринбурге начало работу торговое представительство Республики Башкортостан. "
        "Руководителем представительства назначен Тимур Ахметзянов."
    )
    ex, _ = read(text)
    assert [(p.role, p.region) for p in ex.posts] == [("руководитель представительства", "RU-BA")]


@pytest.mark.parametrize(
    "text",
    [
        "Городской голова Калуги Олег Мартынов напомнил о планах.",
        "Городской Голова Калуги Дмитрий Денисов выступил.",
    ],
)
def test_the_city_head_titled_gorodskoy_golova(parse, text):
    assert [(p[1], p[3]) for p in posts(parse, text)] == [("городской голова", "RU-KLU")]


def test_a_post_in_a_relative_clause_with_yavlyaetsya(parse):
    text = "Казань участвует в работе ассоциации, председателем Совета которой является Р. Минниханов."
    assert [p[1] for p in posts(parse, text)] == ["председатель совета"]


def test_an_adverb_of_the_clause_stands_outside_the_post(parse):
    text = "Из глав регионов — членов ассоциации здесь губернатор Калужской области Владислав Шапша."
    assert [(p[1], p[2], p[3]) for p in posts(parse, text)] == [("губернатор", None, "RU-KLU")]


def test_a_post_after_a_preposition_is_not_the_subjects_that_follows(parse):
    text = "Перед новым министром Махонин поставил три задачи."
    assert posts(parse, text) == []


def test_a_plural_post_stops_at_the_verb_of_its_clause(parse):
    text = (
        "Проработать детали руководители поручили министрам образования Чувашии и Якутии Андрею "
        "Кудряшову и Айталине Егоровой."
    )
    assert {p[1] for p in posts(parse, text)} == {"министр образования"}


def test_a_bare_deputy_minister_works_in_the_ministry_named_just_before_and_in_its_region(parse):
    text = (
        "В министерстве промышленности и науки Свердловской области пояснили, что ведомство в "
        "переговорах не участвовало. «Это чисто коммерческая история», — сказал заместитель министра "
        "Олег Травкин."
    )
    assert posts(parse, text) == [
        ("Олег Травкин", "заместитель министра промышленности и науки", None, "RU-SVE")
    ]


def test_a_federal_agency_by_its_short_name_titles_its_heads_post(parse):
    text = "Заместитель руководителя Росмолодёжи Артём Ковальчук пообещал поддержку."
    assert [p[1] for p in posts(parse, text)] == ["заместитель руководителя агентства"]


def test_a_new_post_opening_the_sentence_before_nazachen(parse):
    text = "Новым министром здравоохранения Белгородской области назначен Алексей Шаповалов."
    assert posts(parse, text) == [("Алексей Шаповалов", "министр здравоохранения", None, "RU-BEL")]


def test_a_post_in_brackets_after_its_body(parse):
    text = (
        "Контроль поручен департаменту экономики администрации Томской области (руководитель — Ольга "
        "Ефремова) и министерству экономического развития и промышленности Калужской области (министр "
        "— Сергей Грибанов)."
    )
    assert posts(parse, text) == [
        ("Ольга Ефремова", "руководитель департамента", None, "RU-TOM"),
        ("Сергей Грибанов", "министр экономического развития и промышленности", None, "RU-KLU"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "role", "region"),
    [
        # appointed: the post given now, not one held before for «был»
        (
            "В мае 2024 года Михаил Дегтярев был назначен министром спорта России.",
            "Михаил Дегтярёв",
            "министр спорта",
            None,
        ),
        # an impersonal «назначили» gives the post to the one named before it in the accusative
        (
            "Сергея Цивилева в 2024 году назначили министром энергетики Российской Федерации.",
            "Сергей Цивилёв",
            "министр энергетики",
            None,
        ),
        # the post held before (a past participle), with the adjective of its region
        (
            "Документ подписал Сергей Морозов, почти семнадцать лет занимавший пост ульяновского "
            "губернатора.",
            "Сергей Морозов",
            "бывший ульяновский губернатор",
            "RU-ULY",
        ),
    ],
)
def test_posts_given_and_held_in_a_career(parse, text, name, role, region):
    assert (name, role, region) in [(n, r, g) for n, r, _, g in posts(parse, text)]


def test_appointed_is_no_post_held_before(parse):
    """«был назначен министром» gives the post now; «был министром» one held before."""
    from kg.extract import extract

    ex = extract(parse("В мае 2024 года Михаил Дегтярев был назначен министром спорта России."))
    assert [p.role for p in ex.posts] == ["министр спорта"]
    ex = extract(parse("Ранее Рустем Ахмеров был заместителем министра экономики."))
    assert [p.role for p in ex.posts] == ["бывший заместитель министра экономики"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Исполнительный директор ФРП Чувашии Ирина Васильева добавила, что совет рассмотрел заявку.",
            "исполнительный директор фонда",
        ),
        ("Документ подписал президент ТПП Дагестана Магомед Алиев.", "президент палаты"),
        (
            "Новым генеральным директором АО «Корпорация развития Камчатского края» назначен Максим Орлов.",
            "генеральный директор корпорации развития",
        ),
        (
            "Со стороны Татарстана соглашение подписал генеральный директор ИТ-парка Ринат Сабиров.",
            "генеральный директор ит-парка",
        ),
    ],
)
def test_a_title_takes_its_bodys_kind_from_an_abbreviation_or_a_quoted_name(parse, text, role):
    """The annotation writes a head's title with the kind of the body («президент палаты»):
    abbreviations name their kind, a quoted name keeps its nominative but the title takes the
    genitive, and «ИТ-парк» is a park."""
    assert role in [r for _, r, _, _ in posts(parse, text)]


def test_a_post_held_at_the_time_after_the_name(parse):
    text = "Дорожную карту подписали Орлов и Михаил Дегтярев, в то время губернатор Хабаровского края."
    assert ("Михаил Дегтярёв", "губернатор", None, "RU-KHA") in posts(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Указом Раиса Татарстана Рустама Минниханова председателем Государственного комитета "
            "Республики Татарстан по туризму назначен Ринат Галиев.",
            [
                ("Рустам Минниханов", "раис", None, "RU-TA"),
                ("Ринат Галиев", "председатель государственного комитета по туризму", None, "RU-TA"),
            ],
        ),
        (
            "Распоряжением губернатора первым заместителем министра здравоохранения назначена Ирина "
            "Кудрявцева.",
            [("Ирина Кудрявцева", "первый заместитель министра здравоохранения", None, None)],
        ),
    ],
)
def test_a_decree_and_its_author_may_open_the_sentence_of_an_appointment(parse, text, expected):
    assert posts(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "predecessor", "role"),
    [
        (
            "Министром промышленности и торговли Тульской области назначен Кирилл Овчинников. Он "
            "сменил на посту Игоря Захарова, который перешёл на работу в Минпромторг России.",
            "Игорь Захаров",
            "бывший министр промышленности и торговли",
        ),
        (
            "Глава Тульской области Дмитрий Миляев, который в мае 2024 года сменил на посту "
            "губернатора Алексея Дюмина, поддержал проект.",
            "Алексей Дюмин",
            "бывший губернатор",
        ),
    ],
)
def test_the_one_succeeded_held_the_post_before(parse, text, predecessor, role):
    held = [(name, r) for name, r, _, _ in posts(parse, text) if name == predecessor]
    assert held == [(predecessor, role)]


def test_a_post_held_is_a_former_one_where_the_participle_is_past(parse):
    text = (
        "Исполнительным директором ассоциации стал Николай Веретенников, с 2019 по 2024 год "
        "занимавший пост заместителя губернатора Калужской области."
    )
    assert ("Николай Веретенников", "бывший заместитель губернатора", None, "RU-KLU") in posts(parse, text)


def test_a_post_named_the_sentence_before_keeps_its_modifier(parse):
    text = (
        "Члены ассоциации утвердили нового исполнительного директора организации. Им стал Николай "
        "Веретенников."
    )
    assert [r for _, r, _, _ in posts(parse, text)] == ["исполнительный директор организации"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "До этого Иван Петров три года работал заместителем министра экономики Татарстана.",
            "Иван Петров",
            "бывший заместитель министра экономики",
        ),
        (
            "Последние четыре года Ринат Галиев работал в Башкортостане — заместителем министра "
            "предпринимательства и туризма республики.",
            "Ринат Галиев",
            "бывший заместитель министра предпринимательства и туризма республики",
        ),
    ],
)
def test_a_post_worked_in_before_by_a_finite_verb(parse, text, name, role):
    assert (name, role) in [(n, r) for n, r, _, _ in posts(parse, text)]


def test_working_somewhere_is_no_post(parse):
    assert posts(parse, "Анна Белова работала в Казани, а затем переехала в Москву.") == []


def test_a_post_the_next_sentence_says_he_worked_in_was_held_before(parse):
    text = (
        "Министром экономики назначен Иван Петров. До этого он работал заместителем министра "
        "экономики Татарстана."
    )
    assert ("Иван Петров", "бывший заместитель министра экономики", None, "RU-TA") in posts(parse, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Директор ИТ-парка Надежда Ильина рассказала о программе.", "директор ит-парка"),
        (
            "Генеральный директор Северного морского пароходства Дмитрий Ляпин сообщил о готовности.",
            "генеральный директор северного морского пароходства",
        ),
        (
            "Начальник Куйбышевской железной дороги Андрей Горшенин сообщил о расписании.",
            "начальник куйбышевской железной дороги",
        ),
    ],
)
def test_a_title_that_says_nothing_of_its_body_takes_the_bodys_kind(parse, text, role):
    # a compound the tagger leaves in its case («ИТ-парка»), a shipping line, a railway
    assert [r for _, r, _, _ in posts(parse, text)] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Заведующая лабораторией гидрохимии института Людмила Кондратьева отметила рост.",
            "заведующая лабораторией гидрохимии института",
        ),
        ("Уполномоченная по правам ребенка Анна Котова выступила.", "уполномоченная по правам ребенка"),
    ],
)
def test_a_post_named_by_a_participle_is_one_a_woman_holds_too(parse, text, role):
    assert [r for _, r, _, _ in posts(parse, text)] == [role]


def test_a_vacant_place_taken_is_the_post(parse):
    text = "Освободившееся место первого заместителя министра заняла Лейсан Хабибуллина."
    held = [(n, r) for n, r, _, _ in posts(parse, text)]
    assert held == [("Лейсан Хабибуллина", "первый заместитель министра")]


def test_a_regions_adjective_the_tagger_calls_a_name_leaves_the_body_its_kind(parse):
    text = "Председатель Самарской Губернской Думы Геннадий Кочетов отметил рост."
    assert [r for _, r, _, _ in posts(parse, text)] == ["председатель губернской думы"]


def test_speaker_is_the_informal_name_of_the_chair_of_a_parliament(parse):
    text = (
        "В конференции участвовала председатель Калининградской областной Думы Марина Оглоблина. "
        "Калининградский спикер М. Оглоблина предложила закрепить особый статус малых городов."
    )
    assert [r for _, r, _, _ in posts(parse, text)] == ["председатель калининградской областной думы"]


def test_a_post_in_brackets_after_one_name_is_not_the_next_ones(parse):
    text = (
        "В группу вошли Анна Вишнякова (руководитель агентства по туризму Иркутской области) и "
        "Дашинима Цыренжапов — министр культуры Забайкальского края."
    )
    assert [(n, r) for n, r, _, _ in posts(parse, text)] == [
        ("Анна Вишнякова", "руководитель агентства по туризму"),
        ("Дашинима Цыренжапов", "министр культуры"),
    ]


def test_coordinating_a_project_is_a_task_not_a_post(parse):
    text = "Координатором проекта назначена заместитель министра образования Хеда Батукаева."
    assert [r for _, r, _, _ in posts(parse, text)] == ["заместитель министра образования"]


def test_his_colleague_from_another_region_in_the_next_sentence_holds_his_post(parse):
    text = (
        "Министр цифрового развития Краснодарского края Андрей Касьянов предложил дополнить реестр. "
        "Его коллега из Ставропольского края Олеся Гудкова рассказала о краевой программе."
    )
    assert ("Олеся Гудкова", "министр цифрового развития", None, "RU-STA") in posts(parse, text)


def test_a_plural_post_and_its_regions_pair_with_the_names_the_next_sentence_lists(parse):
    text = (
        "Губернаторы Тюменской области, Ханты-Мансийского автономного округа — Югры и "
        "Ямало-Ненецкого автономного округа подписали на форуме программу сотрудничества. "
        "Подписи под документом поставили Александр Моор, Руслан Кухарчук и Дмитрий Артюхов."
    )
    assert [(n, r, reg) for n, r, _, reg in posts(parse, text)] == [
        ("Александр Моор", "губернатор", "RU-TYU"),
        ("Руслан Кухарчук", "губернатор", "RU-KHM"),
        ("Дмитрий Артюхов", "губернатор", "RU-YAN"),
    ]
