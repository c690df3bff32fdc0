"""Place mentions: every case and form of a region's names, lists, cities, districts, foreign regions."""

import pytest

from kg.extract.places import find_places


def codes(parse, text, kind="region", actors_only=False):
    found = find_places(parse(text))
    return [p.code for p in found if p.kind == kind and not p.in_event_name and not (actors_only and p.venue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Соглашение подписали власти Томской области.", ["RU-TOM"]),  # official name, genitive
        ("Делегация прибыла в Республику Саха (Якутия).", ["RU-SA"]),  # official name with brackets
        ("Губернатор Ханты-Мансийского автономного округа – Югры выступил.", ["RU-KHM"]),
        ("Представители Приангарья и Прикамья встретились.", ["RU-IRK", "RU-PER"]),  # nicknames
        ("Южный Урал и Башкирия обновили соглашение.", ["RU-CHE", "RU-BA"]),
        ("Новосибирская, Томская и Калужская области подписали меморандум.", ["RU-NVS", "RU-TOM", "RU-KLU"]),
        ("Пермский и Красноярский края договорились.", ["RU-PER", "RU-KYA"]),
        ("Соглашение с Ростовской и Астраханской областями продлено.", ["RU-ROS", "RU-AST"]),
        ("В ХМАО и ЯНАО растёт добыча.", ["RU-KHM", "RU-YAN"]),  # abbreviations
        ("Томский губернатор встретился с челябинской делегацией.", ["RU-TOM", "RU-CHE"]),  # adjectives
        ("Опыт тюменцев пригодится соседям.", ["RU-TYU"]),  # demonym
        ("Форум прошёл в Москве и Петербурге.", ["RU-MOW", "RU-SPE"]),  # federal cities are regions
        ("Делегация побывала в Кузбассе.", ["RU-KEM"]),
    ],
)
def test_regions_in_any_form(parse, text, expected):
    assert codes(parse, text) == expected


def test_a_town_of_two_words_is_not_the_city_of_its_first(parse):
    text = "Делегация посетила Ростов Великий. В Ростове Великом её встретили. Потом был Ростов."
    assert codes(parse, text, kind="city") == ["Rostov Veliky", "Rostov Veliky", "Rostov-on-Don"]


def test_a_city_is_not_its_region(parse):
    text = "Переговоры прошли в Казани, а потом в Якутске."
    assert codes(parse, text) == []
    assert codes(parse, text, kind="city") == ["Kazan", "Yakutsk"]


def test_districts_and_macro_regions_are_not_regions(parse):
    text = "Сибирский федеральный округ и Дальний Восток, а также центральная Россия."
    assert codes(parse, text) == []
    assert codes(parse, text, kind="district") == ["SibFD"]
    assert set(codes(parse, text, kind="macro")) == {"far-east", "central-russia"}


def test_foreign_region_is_never_russian(parse):
    text = "Брянская область подписала соглашение с Гомельской областью. Гомельщина готова."
    assert codes(parse, text) == ["RU-BRY"]
    assert codes(parse, text, kind="foreign") == ["BY-HO", "BY-HO"]


def test_region_in_an_event_name_is_not_an_actor(parse):
    found = find_places(parse("Губернатор выступил на Петербургском международном экономическом форуме."))
    assert [(p.code, p.in_event_name) for p in found] == [("RU-SPE", True)]


def test_venue_is_marked(parse):
    found = find_places(parse("Собрание прошло в Москве. Москва и Татарстан подписали план."))
    assert [(p.code, p.venue) for p in found if p.kind == "region"] == [
        ("RU-MOW", True),
        ("RU-MOW", False),
        ("RU-TA", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ярмарка прошла в посёлке Светлом Оренбургской области.",
        "Форум прошёл в Светлинском районе Оренбургской области.",
        "Встреча состоялась в городе Орске Оренбургской области.",
    ],
)
def test_the_region_of_a_settlement_named_as_the_venue_is_a_venue(parse, text):
    assert [(p.code, p.venue) for p in find_places(parse(text)) if p.kind == "region"] == [("RU-ORE", True)]


def test_a_region_after_a_settlement_not_in_the_locative_is_no_venue(parse):
    found = find_places(parse("Жители посёлка Светлый Оренбургской области проголосовали."))
    assert [(p.code, p.venue) for p in found if p.kind == "region"] == [("RU-ORE", False)]


def test_nicknames_of_kirov_and_belgorod_regions(parse):
    assert codes(parse, "Вятский край и Белогорье подписали соглашение.") == ["RU-KIR", "RU-BEL"]


def test_moscow_time_is_no_place(parse):
    assert codes(parse, "Начало в 10:00 по московскому времени.") == []


def test_a_name_is_not_a_city(parse):
    """«Владимир» in a person's name is not the city of Vladimir."""
    assert codes(parse, "Владимир Мазур провёл совещание.", kind="city") == []


def test_both_republics_name_the_last_two_republics(parse):
    text = (
        "Глава Якутии Айсен Николаев и глава Чувашии Олег Николаев встретились в Москве. "
        "Пермский край прислал наблюдателя. Обе республики входят в АИРР."
    )
    both = [p for p in find_places(parse(text)) if p.rule.startswith("both")]
    assert sorted(p.code for p in both) == ["RU-CU", "RU-SA"]  # not Пермский край: a край
    assert not [
        p for p in find_places(parse("Томская область. Оба региона подписали.")) if p.rule.startswith("both")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name completing the plural kind before its list: «Алтай» alone is not a region
        ("Договор заключили представители республик Бурятия, Тыва и Алтай.", ["RU-BU", "RU-TY", "RU-AL"]),
        # a shared abbreviation, read by the region the text names otherwise
        ("Башкирия расширяет экспорт. Министр экономики РБ рассказал о планах.", ["RU-BA", "RU-BA"]),
        ("Бурятия принимает гостей. В РБ открыт новый курорт.", ["RU-BU", "RU-BU"]),
        ("Посол отметил, что РБ и Россия связаны тесно.", []),  # Belarus: no region named
        # a people's adjective names the region before its side or body
        ("Чувашская делегация прибыла на форум.", ["RU-CU"]),
        ("Концерт чувашской песни прошёл в Москве.", ["RU-MOW"]),
    ],
)
def test_names_that_need_their_context(parse, text, expected):
    assert codes(parse, text) == expected


def test_all_n_regions_are_the_last_n_named(parse):
    text = (
        "В заседании участвовали представители Татарстана, Калужской и Липецкой областей. "
        "Все три региона входят в ассоциацию."
    )
    found = find_places(parse(text))
    assert sorted(p.code for p in found if p.sent == 1) == ["RU-KLU", "RU-LIP", "RU-TA"]


@pytest.mark.parametrize(
    "text",
    [
        "Канал забирает воду из реки Кубань и снабжает ею восточные районы.",
        "«Для наших аграриев Кубань — это не просто река, а главный источник воды», — сказал он.",
    ],
)
def test_a_river_is_no_region(parse, text):
    assert "RU-KDA" not in codes(parse, text)


def test_the_nickname_is_a_region_away_from_rivers(parse):
    assert "RU-KDA" in codes(parse, "Кубань и Ставрополье подписали соглашение о водных ресурсах.")


def test_a_region_near_a_river_word_is_still_a_region(parse):
    text = "Основной объём осадков выпал в верховьях реки — в Забайкалье и в китайской провинции."
    assert "RU-ZAB" in codes(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Делегация РТ прибыла в Казань.", ["RU-TA"]),
        (
            "Республика Тыва и Бурятия договорились. Министр РТ рассказал о проекте.",
            ["RU-TY", "RU-BU", "RU-TY"],
        ),
        ("Татарстан и Тыва договорились. Министр РТ рассказал о проекте.", ["RU-TA", "RU-TY", "RU-TA"]),
    ],
)
def test_rt_is_tatarstan_unless_the_text_names_tyva_alone(parse, text, expected):
    assert codes(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Реконструируют выезды на Калужское шоссе.",
        "Узлы построят у Ярославского и Савёловского вокзалов.",
        "Офис открылся на Тверской улице.",
    ],
)
def test_a_street_or_station_named_after_a_region_is_no_region(parse, text):
    assert codes(parse, text) == []


def test_both_regions_may_be_those_where_the_sentences_cities_are(parse):
    text = (
        "Обнинск находится в Калужской области, Северск — в Томской; оба региона входят в АИРР "
        "с момента её основания."
    )
    both = [p.code for p in find_places(parse(text)) if p.rule.startswith("both")]
    assert both == ["RU-KLU", "RU-TOM"]


def test_a_region_adjective_the_tagger_takes_for_a_noun_is_read_by_its_ending(parse):
    text = "Министр провела видеосовещание с челябинскими и курганскими коллегами."
    assert [p.code for p in find_places(parse(text))] == ["RU-CHE", "RU-KGN"]


def test_soviet_names_of_regions_name_them(parse):
    text = "Суда строили на верфях Ленинграда и Горьковской области, рыбаков звали из Куйбышевской области."
    assert codes(parse, text) == ["RU-SPE", "RU-NIZ", "RU-SAM"]


def test_a_full_names_surname_opening_a_sentence_is_no_region(parse):
    text = "Гостей принял Глава Чувашской Республики Олег Ивановский. Ивановский напомнил о проектах."
    assert codes(parse, text) == ["RU-CU"]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Глава Бурятии встретился с губернатором монгольского аймака Сэлэнгэ.", "MN-049"),
        ("Губернатор провёл переговоры с делегацией китайской провинции Хэйлунцзян.", "CN-HL"),
        ("Соглашение подписал хоким Самаркандской области.", "UZ-SA"),
        ("Делегация Иссык-Кульской области прибыла в Новосибирск.", "KG-Y"),
    ],
)
def test_provinces_of_neighbouring_countries_are_foreign_regions(parse, text, code):
    assert codes(parse, text, kind="foreign") == [code]


def test_an_adjective_of_two_places_before_a_governor_is_the_region(parse):
    assert codes(parse, "Приморский губернатор Олег Кожемяко провёл переговоры.") == ["RU-PRI"]


def test_a_capitals_adjective_before_its_mayor_names_the_city(parse):
    text = "Иркутский мэр Роман Белых рассказал о концессии, новосибирский мэр — о котельных."
    assert codes(parse, text) == []
    assert codes(parse, text, kind="city") == ["Irkutsk", "Novosibirsk"]
    assert codes(parse, "Московский мэр Сергей Собянин открыл форум.") == ["RU-MOW"]


def test_an_adjective_before_rayon_names_a_district_not_its_region(parse):
    text = "В Амурской области построят два элеватора, в том числе в Тамбовском районе."
    assert codes(parse, text) == ["RU-AMU"]


def test_a_count_with_an_adjective_before_its_noun_names_the_last_regions(parse):
    text = (
        "Делегации Бурятии, Иркутской области и Забайкальского края встретились. Соглашение три "
        "соседних субъекта подписали два года назад."
    )
    counted = [p for p in find_places(parse(text)) if p.rule.startswith("both")]
    assert sorted(p.code for p in counted) == ["RU-BU", "RU-IRK", "RU-ZAB"]


def test_a_place_before_a_surname_in_another_case_stays_a_place(parse):
    """Only a word in the surname's own case before it is read as a first name («Урал
    Ишбулатов»); «В Татарстане Минниханов …» keeps its region."""
    assert codes(parse, "В Татарстане Минниханов провёл совещание.") == ["RU-TA"]
    assert codes(parse, "Встреча в Перми: Махонин принял делегацию.") == []


def codes_in_last_sentence(parse, text):
    """The regions «оба», «обе» stand for where the text's last sentence says so."""
    parsed = parse(text)
    last = parsed.sentences[-1].i
    return sorted(p.code for p in find_places(parsed) if p.sent == last)


def test_both_regions_are_the_two_the_text_is_about(parse):
    """«Оба региона» after a region named once in passing are the two the text names again and
    again, not the last two named."""
    text = (
        "Республики Татарстан и Башкортостан договорились создать центр компетенций. Соглашение "
        "подписали Раис Татарстана и глава Башкортостана. Татарстан вложит треть средств. "
        "Хабиров сообщил, что к проекту может присоединиться Оренбургская область. "
        "Оба региона входят в Ассоциацию инновационных регионов России."
    )
    assert codes_in_last_sentence(parse, text) == ["RU-BA", "RU-TA"]


def test_both_regions_just_named_in_the_sentence_are_those_two(parse):
    """«оба» right after two regions named in its own sentence speaks of them, however often the
    text named others."""
    text = (
        "Томская область сохранила четвёртую позицию, опередив Новосибирскую область. Губернатор "
        "Томской области назвал результат закономерным. Томичи и новосибирцы прибавили. "
        "Отдельно отметили Калужскую область и Мордовию: оба региона давно входят в ассоциацию."
    )
    assert codes_in_last_sentence(parse, text) == ["RU-KLU", "RU-KLU", "RU-MO", "RU-MO"]


def test_both_past_a_possessive(parse):
    text = (
        "Глава Чувашии Олег Николаев провёл переговоры с главой Якутии Айсеном Николаевым. "
        "Обе наши республики входят в Ассоциацию инновационных регионов России."
    )
    assert codes_in_last_sentence(parse, text) == ["RU-CU", "RU-SA"]


def test_the_don_adjective_names_the_rostov_region_before_its_side(parse):
    """«донской губернатор» is Rostov's, not a person «Донской»; «Донской монастырь» is no region."""
    assert codes(parse, "Донской губернатор Юрий Слюсарь отметил рост инвестиций.") == ["RU-ROS"]
    assert codes(parse, "Экскурсия прошла в Донском монастыре.") == []


def test_a_region_where_something_is_makes_up_a_count(parse):
    # «в Татарстане» is where the zone is, not where anyone went: without it there are three
    text = (
        "Классическим примером считается «Алабуга» в Татарстане. Близкие результаты показывает "
        "липецкая ОЭЗ. Калужская область сделала ставку на индустриальные парки, Тульская — на ОЭЗ "
        "«Узловая». Все четыре региона входят в Ассоциацию инновационных регионов России."
    )
    found = find_places(parse(text))
    assert sorted(p.code for p in found if p.sent == 3) == ["RU-KLU", "RU-LIP", "RU-TA", "RU-TUL"]


def test_a_destination_does_not_make_up_a_count(parse):
    text = "Делегации Калужской и Липецкой областей уехали в Татарстан. Все три региона входят в ассоциацию."
    found = find_places(parse(text))
    assert [p.code for p in found if p.sent == 1] == []


def test_a_count_past_a_possessive_in_a_quote(parse):
    # the minister's region named after the quote is not one the count is waiting for
    text = (
        "Организаторами выступили министерства Татарстана, Башкортостана и Пермского края. "
        "«Три наших региона — члены АИРР», — рассказал министр цифрового развития Республики "
        "Татарстан."
    )
    found = find_places(parse(text))
    counted = [p.code for p in found if p.rule.startswith("both, or all N")]
    assert sorted(counted) == ["RU-BA", "RU-PER", "RU-TA"]


def test_a_regions_own_parliament_is_no_proper_name_of_a_thing(parse):
    found = find_places(parse("В конференции участвовали депутаты Мурманской областной Думы."))
    assert [(p.code, p.in_proper_name) for p in found] == [("RU-MUR", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Тувинскую часть программы возглавит Орлан Салчак.", ["RU-TY"]),
        ("Программу возглавит тувинский министр.", ["RU-TY"]),
        ("На празднике прозвучала тувинская музыка.", []),  # the people's, not the region's
    ],
)
def test_a_peoples_adjective_names_the_region_before_its_officials_or_its_part(parse, text, expected):
    assert codes(parse, text) == expected


def test_a_region_before_a_first_name_and_surname_in_its_case_stays_a_region(parse):
    # «Айдына» ends like a surname, but «Монгуша» after it says it is the first name
    text = "По словам министра экономики Тувы Айдына Монгуша, рост есть."
    assert codes(parse, text) == ["RU-TY"]


def test_a_shared_abbreviation_is_read_by_the_head_named_after_it(parse):
    text = "В работе совета участвовали губернатор Томской области Владимир Мазур и глава РБ Радий Хабиров."
    assert codes(parse, text) == ["RU-TOM", "RU-BA"]
