"""People: nominative names, coreference within a document, titles that are not people."""

import pytest

from kg.extract.people import find_people, split_name
from kg.extract.places import find_places
from kg.extract.records import PersonName
from kg.text import fold


def people(parse, text):
    mentions, persons = find_people(parse(text))
    return [(p.name.display, len(p.mentions)) for p in persons]


def test_oblique_cases_become_nominative(parse):
    assert people(parse, "Соглашение подписано при участии Натальи Комаровой и Рустама Минниханова.") == [
        ("Наталья Комарова", 1),
        ("Рустам Минниханов", 1),
    ]


def test_initials_and_surname_join_the_full_name(parse):
    text = (
        "Мэр Москвы С. Собянин открыл форум. Сергей Собянин подчеркнул его значение. "
        "По словам Собянина, всё готово."
    )
    assert people(parse, text) == [("Сергей Собянин", 3)]


def test_namesakes_stay_apart(parse):
    text = "Айсен Николаев встретился с Михаилом Николаевым. Николаев-старший вспомнил девяностые."
    names = [n for n, _ in people(parse, text)]
    assert names[:2] == ["Айсен Николаев", "Михаил Николаев"]


def test_a_name_written_as_another_mentions_nominative_is_that_nominative(parse):
    """«Эльмира Гаджиева» could be the genitive of «Эльмир Гаджиев»; «Эльмиры Гаджиевой» says
    who she is."""
    text = (
        "Работу с татарстанской стороны будет курировать Сергей Иванов, с дагестанской — министр по "
        "туризму и народным художественным промыслам Дагестана Эльмира Гаджиева. По словам Эльмиры "
        "Гаджиевой, первые туры появятся осенью."
    )
    assert people(parse, text) == [("Сергей Иванов", 1), ("Эльмира Гаджиева", 2)]


def test_a_verb_opening_the_line_is_no_part_of_the_name(parse):
    text = "Интервью с министром.\n\nБеседовала Мария Лосева"
    assert [n for n, _ in people(parse, text)] == ["Мария Лосева"]


def test_titles_are_not_people(parse):
    text = "Раис Татарстана Рустам Минниханов и Ил Дархан Айсен Николаев провели переговоры."
    assert [n for n, _ in people(parse, text)] == ["Рустам Минниханов", "Айсен Николаев"]


def test_named_after_is_not_a_person(parse):
    text = "Гости посетили Северо-Восточный федеральный университет имени М. К. Аммосова."
    assert people(parse, text) == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Павел", "Гранков"], PersonName("Павел", "", "Гранков")),
        (["Иванов", "Иван", "Иванович"], PersonName("Иван", "Иванович", "Иванов")),
        (["В.", "В.", "Путин"], PersonName("В.", "В.", "Путин")),
        (["Собянин"], PersonName("", "", "Собянин")),
    ],
)
def test_split_name(words, expected):
    assert split_name(words) == expected


def test_names_in_capitals(parse):
    text = "Губернатор ТОМСКОЙ ОБЛАСТИ ВЛАДИМИР МАЗУР подписал соглашение."
    assert people(parse, text) == [("Владимир Мазур", 1)]


def test_a_lone_common_noun_is_no_person(parse):
    assert people(parse, "Маршрут свяжет Херсонес с Балаклавой.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мы обсуждали это с губернатором Андреем Травниковым.", "Андрей Травников"),
        ("Со Светланой Горячей мы обсуждали проект.", "Светлана Горячая"),
        ("Встреча с Ириной Беловой прошла в Томске.", "Ирина Белова"),
    ],
)
def test_surnames_come_to_the_nominative(parse, text, expected):
    assert [n for n, _ in people(parse, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Руководитель офиса Алёна Максимова выступила. По словам Алёны Максимовой, всё готово.",
            [("Алена Максимова", 2)],
        ),
        ("Встреча с Артёмом Савченко прошла в Томске.", [("Артем Савченко", 1)]),
        ("Депутат Светлана Горячая выступила. По словам Горячей, всё готово.", [("Светлана Горячая", 2)]),
    ],
)
def test_feminine_and_indeclinable_names_stay_one_person(parse, text, expected):
    assert [(fold(n), k) for n, k in people(parse, text)] == [(fold(n), k) for n, k in expected]


def test_surname_keys():
    from kg.text import surname_key

    assert surname_key("Максимовой") == surname_key("Максимова") == surname_key("Максимов")
    assert surname_key("Горячей") == surname_key("Горячая")
    assert surname_key("Кравец") != surname_key("Кравченко")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname in a man's nominative stays as written (not the genitive plural «шаров»)
        ("Об этом сообщил В. Шаров.", "В. Шаров"),
        # a first name pymorphy does not know keeps the surname's gender
        ("В сессии участвовал астраханский губернатор Айаал Винокуров.", "Айаал Винокуров"),
        ("По словам Джамбулата Меретукова, соглашение важно.", "Джамбулат Меретуков"),
        # the word before a patronymic is the first name
        ("Выступил министр культуры Бурятии Баир Цыренович Дашиев.", "Баир Дашиев"),
        # and so are both words before a patronymic where NER began the name at the surname
        (
            "В ней участвовали министр сельского хозяйства Ярославской области Виктор Фадеев, министр "
            "цифрового развития Зауралья Святослав Васильевич Дорофеев и министр инвестиций Тульской "
            "области Надежда Фирсова.",
            ["Виктор Фадеев", "Святослав Дорофеев", "Надежда Фирсова"],
        ),
        (
            "Губернатор встретился со Святославом Васильевичем Дорофеевым и с Ириной Петровной Соколовой.",
            ["Святослав Дорофеев", "Ирина Соколова"],
        ),
        # a first name is singular: not the genitive plural of the woman's name «Ильнара»
        ("Сессию открыл министр экономики Республики Татарстан Ильнар Сабиров.", "Ильнар Сабиров"),
    ],
)
def test_rare_names_keep_their_parts_and_gender(parse, text, expected):
    expected = expected if isinstance(expected, list) else [expected]
    assert [name for name, _ in people(parse, text)] == expected


def test_after_po_slovam_a_name_ending_in_a_is_a_mans_genitive(parse):
    text = "По словам директора технопарка Рената Гайнуллина, заявки уже поступают."
    assert [name for name, _ in people(parse, text)] == ["Ренат Гайнуллин"]


def test_a_genitive_after_po_slovam_is_not_taken_for_a_nominative_elsewhere(parse):
    text = (
        "Делегацию возглавил заместитель губернатора Валентина Петрова. По словам Валентина "
        "Петрова, всё готово."
    )
    assert [n for n, _ in people(parse, text)] == ["Валентина Петрова", "Валентин Петров"]


def test_official_lists_write_the_surname_first(parse):
    text = (
        "В работе совещания приняли участие:\n\n"
        "— Русских Алексей Юрьевич, губернатор Ульяновской области;\n"
        "— Голубева Светлана Викторовна, министр экономического развития;\n"
        "— Кирсанов Анатолий Борисович, директор департамента;\n"
        "— Бахтин С. А., министр промышленности Удмуртской Республики.\n\n"
        "С докладом выступила Светлана Голубева."
    )
    assert people(parse, text) == [
        ("Алексей Русских", 1),
        ("Светлана Голубева", 2),
        ("Анатолий Кирсанов", 1),
        ("С. Бахтин", 1),
    ]


def test_a_mans_patronymic_after_a_womans_name_is_her_surname():
    assert split_name(["Ирина", "Лукашевич"]) == PersonName(first="Ирина", last="Лукашевич")
    assert split_name(["Светлана", "Викторовна"]) == PersonName(first="Светлана", middle="Викторовна")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Такой результат мы хотим получать и у себя», – поделилась первый заместитель министра "
            "экономического развития Ульяновской области Наиля Хабибуллина.",
            ["Наиля Хабибуллина"],
        ),
        # the feminine verb's subject is the meeting, not the man named after it
        (
            "В Пензе состоялась встреча губернатора Смоленской области Святослава Полякова.",
            ["Святослав Поляков"],
        ),
    ],
)
def test_a_verb_in_the_feminine_before_the_post_says_a_woman_speaks(parse, text, expected):
    assert [n for n, _ in people(parse, text)] == expected


def test_a_feminine_verb_after_one_mention_says_every_mention_is_hers(parse):
    text = (
        "Доклад сделала директор департамента экономики Ямало-Ненецкого автономного округа "
        "Евгения Лагутина. Е. Лагутина уточнила, что встреча пройдёт осенью."
    )
    assert [n for n, _ in people(parse, text)] == ["Евгения Лагутина"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname in the nominative keeps the first name as written, however it ends
        ("Программу утвердил глава Республики Калмыкия Бату Хасиков.", ["Бату Хасиков"]),
        (
            "Делегацию представляла первый заместитель председателя правительства Якутии "
            "Кюннэй Слепцова, она пригласила студентов.",
            ["Кюннэй Слепцова"],
        ),
        # a first name the dictionary reads only as a plural stays as written
        (
            "Работу поручено координировать заместителю премьер-министра Гульназ Шакировой.",
            ["Гульназ Шакирова"],
        ),
    ],
)
def test_first_names_of_the_regions_keep_their_form(parse, text, expected):
    assert [n for n, _ in people(parse, text)] == expected


def test_a_first_name_and_patronymic_are_the_person_with_that_first_name(parse):
    text = (
        "Соглашение подписали мэр Москвы Сергей Собянин и глава Республики Башкортостан Радий Хабиров. "
        "Радий Фаритович напомнил, что предприятия уже работают вместе."
    )
    assert people(parse, text) == [("Сергей Собянин", 1), ("Радий Хабиров", 2)]


def test_initials_before_a_surname_the_text_gives_in_full_elsewhere(read):
    text = (
        "Губернатор Ямало-Ненецкого автономного округа Д. Артюхов и губернатор Ханты-Мансийского "
        "автономного округа – Югры Р. Кухарук подписали программу. "
        "Руслан Кухарук добавил, что приоритетом станут сельские больницы."
    )
    ex, _ = read(text)
    assert [(p.name.display, len(p.mentions)) for p in ex.persons] == [
        ("Д. Артюхов", 1),
        ("Руслан Кухарук", 2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a woman's oblique form elsewhere says the nominative is hers
        (
            "Документ подписала генеральный директор агентства Яна Мухина. "
            "По словам генерального директора Мухиной, результаты уже есть.",
            ["Яна Мухина"],
        ),
        # an unknown first name in the genitive after «по словам», written elsewhere in full
        (
            "Соглашение подписал глава Республики Мордовия Аюр Слепцов. По словам Аюра Слепцова, "
            "главный ресурс — люди.",
            ["Аюр Слепцов"],
        ),
    ],
)
def test_the_text_itself_settles_a_names_form(read, text, expected):
    ex, _ = read(text)
    assert [p.name.display for p in ex.persons] == expected


def test_a_regions_genitive_glued_to_a_name_is_the_region(read):
    ex, _ = read("В ней участвовала директор Центра кластерного развития Омщины Жанна Коновалова.")
    assert [p.name.display for p in ex.persons] == ["Жанна Коновалова"]
    assert "RU-OMS" in {p.code for p in ex.places}


def test_a_patronymic_with_no_first_name_to_refer_to_is_a_surname(read):
    ex, _ = read(
        "Белорусских участников представлял Игорь Жданович, первый заместитель председателя облисполкома."
    )
    assert [p.name.display for p in ex.persons] == ["Игорь Жданович"]


def test_a_first_name_and_patronymic_still_refer_to_the_person_named_in_full(read):
    ex, _ = read("Выступил глава Калмыкии Бату Хасиков. «Работать надо вместе», — сказал Бату Сергеевич.")
    assert [(p.name.display, len(p.mentions)) for p in ex.persons] == [("Бату Хасиков", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patronymic says the gender where the first name is unknown and the surname ends in «-ева»
        (
            "В Улан-Удэ состоялась встреча главы Республики Бурятия Батора Юрьевича Сангаджиева.",
            ["Батор Сангаджиев"],
        ),
        # a surname the tagger and the verb say is a woman's stays hers, whatever the first name
        (
            "В нём приняли участие глава Республики Дагестан Асият Исмаилова и другие. "
            "Асият Исмаилова подчеркнула, что работа важна.",
            ["Асият Исмаилова"],
        ),
    ],
)
def test_the_gender_the_text_itself_shows(read, text, expected):
    ex, _ = read(text)
    assert [p.name.display for p in ex.persons] == expected


def test_a_head_named_in_an_oblique_case_takes_the_reference_lists_name(read):
    ex, _ = read("Она передала главе Чувашии приветствие от Главы Якутии Айсена Николаева.")
    assert "Айсен Николаев" in [p.name.display for p in ex.persons]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Церемонии прошли в присутствии полномочного представителя Артёма Жоги.", "Артем Жога"),
        ("Письмо вручили Артёму Жоге.", "Артем Жога"),
        # names that do not decline keep their ending
        ("Встреча прошла с участием Левана Бериташвили.", "Леван Бериташвили"),
        ("Об этом рассказали Сергею Шойгу.", "Сергей Шойгу"),
    ],
)
def test_a_mans_surname_in_a_declines_like_a_noun(parse, text, name):
    assert [n for n, _ in people(parse, text)] == [name]


def test_surnames_in_ikh_never_decline(parse):
    text = (
        "Губернатор Брянской области Надежда Рыжих подписала соглашение. «Это только начало», — "
        "отметила Рыжих. По словам Надежды Рыжих, связи крепнут."
    )
    assert people(parse, text) == [("Надежда Рыжих", 3)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Встреча губернатора Уйгуланы Сивцевой прошла в Чите.", "Уйгулана Сивцева"),
        ("Письмо направили Айталине Пестеревой.", "Айталина Пестерева"),
        # names the dictionary knows are left to it
        ("Встреча с Марией Ивановой прошла.", "Мария Иванова"),
    ],
)
def test_a_womans_unknown_name_declines_with_her_surname(parse, text, name):
    assert [n for n, _ in people(parse, text)] == [name]


def test_a_name_after_a_post_whose_surname_the_text_names_alone(parse):
    text = (
        "Губернатор Ленинградской области Виктор Воронин и волгоградский губернатор Батор Ондар "
        "подписали соглашение. Ондар назвал соглашение важным шагом."
    )
    assert [n for n, _ in people(parse, text)] == ["Виктор Воронин", "Батор Ондар"]


def test_a_first_name_before_a_patronymic_the_dictionary_does_not_know(parse):
    text = "За маршрут отвечает руководитель Агентства по туризму РТ Орлан Кара-оолович Салчак."
    assert [n for n, _ in people(parse, text)] == ["Орлан Салчак"]


def test_a_name_the_dictionary_also_knows_undeclined_is_declined_beside_an_oblique_surname(parse):
    # «Анне» is Анна's dative here, not an undeclined «Анне»
    parsed = parse("Грамоты вручили Ивану Петрову и Анне Смирновой.")
    _, persons = find_people(parsed, find_places(parsed))
    assert [p.name.display for p in persons] == ["Иван Петров", "Анна Смирнова"]


def test_a_name_right_after_a_posts_region_that_ner_folded_into_it(parse):
    # NER reads «Республики Северная Осетия — Алания Ислам Исмаилов» as one place
    parsed = parse("Соглашение подписал глава Республики Северная Осетия — Алания Ислам Исмаилов.")
    _, persons = find_people(parsed, find_places(parsed))
    assert [p.name.display for p in persons] == ["Ислам Исмаилов"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «-овой», «-иной» are a woman's, whatever the first name reads as
        ("Слово дали первому заместителю министра Малике Юсуповой.", "Малика Юсупова"),
        ("Поручение дали председателю комитета Ляйсан Хайруллиной.", "Ляйсан Хайруллина"),
        # a man's instrumental of names the dictionary lacks
        ("Совет создали вместе с председателем Верховного Хурала Айдысом Ооржаком.", "Айдыс Ооржак"),
    ],
)
def test_names_in_oblique_cases_back_to_the_nominative(parse, text, expected):
    parsed = parse(text)
    _, persons = find_people(parsed, find_places(parsed))
    assert [p.name.display for p in persons] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective's «-ой» surname is a woman's «-ая»; «Кротовой» is still Кротова's
        ("Министр обсудил линию с министром транспорта Еленой Полевой.", ["Елена Полевая"]),
        ("Министр обсудил линию с заместителем министра Еленой Кротовой.", ["Елена Кротова"]),
        # a man's oblique case of a name the text gives in the nominative
        (
            "Документ подписал хоким Самаркандской области Бахтиёр Рахимов. Министр пригласила "
            "Бахтиёра Рахимова посетить регион.",
            ["Бахтиер Рахимов"],
        ),
    ],
)
def test_names_settled_by_their_form_and_by_the_text(parse, text, expected):
    parsed = parse(text)
    _, persons = find_people(parsed, find_places(parsed))
    assert [p.name.display for p in persons] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Делегацию возглавил Айтал Сивцев.", "Айтал Сивцев"),
        ("Делегацию возглавил Айаал Сивцев.", "Айаал Сивцев"),
    ],
)
def test_a_name_ner_missed_stays_as_written_where_the_tagger_reads_a_nominative(parse, text, name):
    assert people(parse, text)[0][0] == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the post's head is in the genitive, so «-ева» ends a man's genitive, and a first name
        # the dictionary does not know loses its «-а»
        (
            "Приветствие главы Республики Бурятия Солбона Гармаева зачитала заместитель "
            "председателя правительства республики Туяна Будаева.",
            ["Солбон Гармаев", "Туяна Будаева"],
        ),
        # the head is the acting word, in the nominative, not the genitive post after it
        (
            "Делегацию возглавит исполняющая обязанности министра транспорта Калининградской "
            "области Ольга Миронова.",
            ["Ольга Миронова"],
        ),
    ],
)
def test_a_name_after_a_post_in_the_genitive_is_a_genitive(parse, text, names):
    assert [n for n, _ in people(parse, text)] == names


def test_a_lone_name_after_an_agreeing_adjective_is_a_town(parse):
    text = "У Северска уже есть побратимы: белорусский Новополоцк и казахстанский Курчатов."
    assert people(parse, text) == []


def test_a_surname_in_a_mans_form_is_the_man_of_two_namesakes(parse):
    text = (
        "Делегацию возглавил Андрей Попов. Гостей принимала Ирина Попова. «Мы не родственники», — "
        "сказала Попова. Попов напомнил о совместной инициативе."
    )
    assert people(parse, text) == [("Андрей Попов", 2), ("Ирина Попова", 2)]


def test_a_lone_word_that_is_a_full_names_surname_is_that_person(parse):
    text = (
        "Соглашение подписали министр Наталья Гордиенко и министр Мурат Эркенов. Её сопредседателями "
        "станут Гордиенко и Эркенов."
    )
    assert people(parse, text) == [("Наталья Гордиенко", 2), ("Мурат Эркенов", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Закон о венчурном финансировании, который Ил Тумэн принял в прошлом году, помог.",
        "В дацане делегацию встретил Пандито Хамбо лама, который провёл службу.",
    ],
)
def test_a_parliament_or_a_religious_title_is_no_person(parse, text):
    assert people(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "В ночь на Ивана Купалу в лагере устроили костёр.",
        "Форум открылся в день рождения Деда Мороза в Великом Устюге.",
        "Закрытие смены совпало с Петровым днём.",
    ],
)
def test_feasts_and_folk_characters_are_no_people(read, text):
    ex, _ = read(text)
    assert ex.persons == []


def test_a_surname_alone_that_looks_like_a_region_adjective_is_no_region(parse):
    text = "Совет провёл директор АИРР Олег Смоленский. Она пообещала, что Смоленский получит материалы."
    assert [p.code for p in find_places(parse(text)) if p.kind == "region"] == []


def test_a_womans_surname_that_keeps_its_form_makes_her_name_a_nominative(parse):
    """«Яна Рейнгольд»: a man's genitive would be «Яна Рейнгольда», so this is Яна, not Ян."""
    text = "Подпись поставила председатель правительства ЕАО Яна Рейнгольд."
    assert [n for n, _ in people(parse, text)] == ["Яна Рейнгольд"]
    assert [n for n, _ in people(parse, "По словам Яна Гольда, проект важен.")] == ["Ян Гольд"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Он провёл переговоры с вице-губернатором провинции Хэйлунцзян Чжан Вэем.", "Чжан Вэй"),
        ("Встреча прошла с заместителем губернатора провинции Ван Лэем.", "Ван Лэй"),
        ("Делегацию встретили вместе с Си Цзиньпином.", "Си Цзиньпин"),
        ("Губернатор встретился с Ли Цзе.", "Ли Цзе"),
    ],
)
def test_a_chinese_given_name_leaves_the_instrumental(parse, text, expected):
    """The surname comes first and never declines; the man's given name after it does."""
    assert [n for n, _ in people(parse, text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Губернатор назначил Екатерину Зуеву заместителем председателя правительства.", "Екатерина Зуева"),
        ("Она не в родстве с министром сельского хозяйства Тувы Орланом Монгушем.", "Орлан Монгуш"),
        (
            "Делегация провела переговоры с губернатором Челябинской области Мергеном Монгушем.",
            "Мерген Монгуш",
        ),
        ("Переговоры прошли с Виктором Ткачом и Сергеем Лисом.", "Виктор Ткач"),
        ("Переговоры прошли с Виктором Ткачом и Сергеем Сомом.", "Сергей Сом"),
    ],
)
def test_short_and_hushing_surnames_leave_their_oblique_case(parse, text, expected):
    """«Зуеву» has a stem of two letters; «Монгушем» is a man's instrumental after «ш»."""
    assert expected in [n for n, _ in people(parse, text)]


def test_a_dative_name_run_into_the_subjects_surname_is_two_people(parse):
    text = "Хасану Магомадову Кадыров поручил в месячный срок представить план."
    assert [n for n, _ in people(parse, text)] == ["Хасан Магомадов", "Кадыров"]
    assert [n for n, _ in people(parse, "Встреча с Иваном Ивановичем Петровым.")] == ["Иван Петров"]


def test_a_first_name_in_ia_leaves_its_oblique_case(parse):
    text = "Радий Фаритович поручил Зульфие Гариповой подготовить предложения."
    assert "Зульфия Гарипова" in [n for n, _ in people(parse, text)]


def test_a_verb_in_a_headline_in_capitals_is_no_part_of_a_name(parse):
    text = "НИКОЛАЕВ СОЗВОНИЛСЯ С НИКОЛАЕВЫМ\n\nГлава Чувашии Олег Николаев созвонился с коллегой."
    assert all("Созвонился" not in n for n, _ in people(parse, text))


def test_an_initial_beside_a_consonant_final_surname_keeps_its_dot(parse):
    assert [n for n, _ in people(parse, "Губернатор Томской области В. Мазур обсудил транспорт.")] == [
        "В. Мазур"
    ]


def test_an_akim_or_a_hokim_is_a_title_not_a_first_name(parse):
    text = (
        "Документ подписал аким Костанайской области Берик Жакупов. Аким Жакупов пообещал "
        "модернизировать систему оповещения."
    )
    assert people(parse, text) == [("Берик Жакупов", 2)]


def test_a_name_ner_ran_across_the_end_of_a_sentence_is_two_names(parse):
    text = (
        "«Нас объединяет многое», — сказал Айсен Николаев.\nД. Бадмаев, глава делегации, поблагодарил "
        "хозяев. Дугар Бадмаев пригласил якутян в Улан-Удэ."
    )
    names = [n for n, _ in people(parse, text)]
    assert "Айсен Бадмаев" not in names and "Айсен Николаев" in names


@pytest.mark.parametrize(
    "headline", ["Коми: Белкомур снова в повестке", "Поморье и Коми вернулись к Белкомуру"]
)
def test_a_lone_word_the_text_also_writes_in_quotes_is_a_things_name(parse, headline):
    text = (
        f"{headline}\n\nГлава Республики Коми Ростислав Гольдштейн обсудил строительство магистрали "
        "«Белкомур»."
    )
    assert [n for n, _ in people(parse, text)] == ["Ростислав Гольдштейн"]


def test_a_lone_name_listed_with_places_is_a_town(parse):
    text = (
        "Речь идёт о жителях Мурина, Кудрова, Бугров и других быстро растущих населённых пунктов "
        "Всеволожского района."
    )
    assert people(parse, text) == []


def test_a_lone_surname_listed_with_people_stays_a_person(parse):
    text = "На совещании в Мурине выступили Андрей Попов и Бугров."
    assert [n for n, _ in people(parse, text)] == ["Андрей Попов", "Бугров"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Исполнение поручено министру сельского хозяйства Якутии Ньургуну Прокопьеву.", "Ньургун Прокопьев"),
        ("Жители поздравили министра культуры Якутии Айталину Сивцеву с юбилеем.", "Айталина Сивцева"),
    ],
)
def test_an_unknown_name_in_u_after_a_dative_post_is_a_mans_dative(parse, text, name):
    assert [n for n, _ in people(parse, text)] == [name]


def test_a_models_name_with_digits_is_no_person(parse):
    text = "Агентство перебросило в край авиадесантные группы и самолёт-амфибию Бе-200."
    assert people(parse, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Встреча министра Гузели Ахметовой и министра Елены Полозовой прошла в Уфе.",
            ["Гузель Ахметова", "Елена Полозова"],
        ),
        (
            "Министр Алевтина Полякова выступила. Губернатор поблагодарил Алевтину Полякову.",
            ["Алевтина Полякова"],
        ),
        (
            "Глава Чувашии Олег Николаев и глава Якутии Айсен Николаев встретились. Глава Чувашии "
            "пошутил, что Николаевых в ассоциации теперь двое.",
            ["Олег Николаев", "Айсен Николаев"],
        ),
    ],
)
def test_womens_names_in_oblique_cases_and_a_surname_in_the_plural(parse, text, names):
    assert [n for n, _ in people(parse, text)] == names


def test_a_full_name_run_into_an_initial_and_a_surname_is_two_people(parse):
    text = (
        "Мэр Москвы Сергей Собянин провёл встречу. С губернатором Нижегородской области Глебом "
        "Никитиным С. Собянин обсудил транспорт."
    )
    assert people(parse, text) == [("Сергей Собянин", 2), ("Глеб Никитин", 1)]


def test_an_undeclined_surname_leaves_the_case_to_the_first_name(parse):
    """«Саая» keeps one form in every case; «Эрдэма Саая» after «по словам» is Эрдэм Саая, the
    man the text named before, not a second person."""
    text = (
        "Глава Республики Алтай Эрдэм Саая утвердил план мероприятий. "
        "По словам Эрдэма Саая, главный ресурс для развития — люди."
    )
    assert [n for n, _ in people(parse, text)] == ["Эрдэм Саая"]


def test_a_verb_says_a_woman_where_her_surname_does_not(parse):
    """«Саая» is a man's surname and a woman's alike; «Саая подчеркнула» says «Баира» is her
    first name as written, not the genitive of «Баир»."""
    text = (
        "Документ подписали глава Удмуртской Республики Баира Саая и губернатор Юрий Сергеев. "
        "Саая подчеркнула, что сотрудничество уже приносит результаты."
    )
    assert [n for n, _ in people(parse, text)] == ["Баира Саая", "Юрий Сергеев"]
    initial = text.replace("Саая подчеркнула", "Б. Саая подчеркнула")
    assert [n for n, _ in people(parse, initial)] == ["Баира Саая", "Юрий Сергеев"]
    # the verb before an undeclined name may have it for its object
    text = "Жамсуева поддержала Сергея Мирошниченко и пообещала внести проект."
    assert "Сергей Мирошниченко" in [n for n, _ in people(parse, text)]


def test_a_first_name_and_patronymic_before_another_persons_name_stay_apart(parse):
    text = "Вместе с Павлом Николаевичем Алла Юрьевна займётся подготовкой положения."
    assert "Павел Юрьевна" not in [n for n, _ in people(parse, text)]


def test_a_first_name_that_is_also_a_place_before_a_surname(parse):
    """«Урал» names a macro-region and a Bashkir man; before a surname in its case, and NER tagging
    the surname alone elsewhere, it is his first name."""
    text = (
        "Директор Агентства инновационного развития Республики Башкортостан Урал Ишбулатов подписали "
        "соглашение с технопарком. Ишбулатов пояснил, что башкирская сторона возьмёт на себя подбор "
        "заказчиков."
    )
    assert "Урал Ишбулатов" in [n for n, _ in people(parse, text)]


def test_a_mans_name_in_the_dative_is_his_though_the_dictionary_knows_a_womans_form(parse):
    # «Дмитрию Лапину» could be a rare woman's «Дмитрия Лапина» in the accusative; the text
    # writes «Лапина» too, as the accusative of Лапин
    text = (
        "Исполняющим обязанности ректора назначен Дмитрий Лапин. Дмитрию Лапину 44 года. "
        "Губернатор поздравил Лапина с назначением."
    )
    assert people(parse, text) == [("Дмитрий Лапин", 3)]


def test_an_unknown_first_name_in_the_instrumental_beside_its_surname(parse):
    text = "Делегацию во главе с министром инноваций республики Айталом Саввиновым встретили в Красноярске."
    assert people(parse, text) == [("Айтал Саввинов", 1)]


def test_a_name_after_a_post_and_its_region_in_the_genitive(read):
    ex, _ = read(
        "Указом Раиса Татарстана Рустама Минниханова председателем Государственного комитета "
        "Республики Татарстан по туризму назначен Ринат Галиев."
    )
    assert [p.name.display for p in ex.persons] == ["Рустам Минниханов", "Ринат Галиев"]


def test_streets_and_institutions_named_after_people_name_no_one(parse):
    text = (
        "Корпуса на улице Степана Разина и на ул. Карла Маркса отремонтируют. Ректор Хакасского "
        "государственного университета имени Н. Ф. Катанова Наталья Кызласова выступила."
    )
    assert people(parse, text) == [("Наталья Кызласова", 1)]


def test_a_protocols_surname_and_initials_after_it_are_one_name(parse):
    # NER cuts «В. В.» off the surname, or leaves the surname out (pymorphy knows «Шапша» as a river)
    text = (
        "В заседании приняли участие главы регионов — членов ассоциации:\n"
        "Мазур В. В. — губернатор Томской области;\n"
        "Шапша В. В. — губернатор Калужской области;\n"
        "Русских А. Ю. — губернатор Ульяновской области.\n\n"
        "Позже слово взял Владимир Мазур, затем Владислав Шапша и Алексей Русских."
    )
    assert people(parse, text) == [("Владимир Мазур", 2), ("Владислав Шапша", 2), ("Алексей Русских", 2)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ведущий научный сотрудник Тихоокеанского государственного университета Евгения "
            "Назарова обращает внимание на тарифы.",
            "Евгения Назарова",
        ),
        ("Советник губернатора Ивана Петрова выступил на совещании.", "Иван Петров"),
    ],
)
def test_a_name_after_a_post_in_the_nominative_is_in_the_nominative(parse, text, name):
    assert [n for n, _ in people(parse, text)] == [name]


def test_a_surname_that_never_declines_before_a_verb_is_its_subject_not_part_of_the_name_before(parse):
    text = (
        "Губернатор Ленинградской области Александр Дрозденко провёл встречу. С губернатором "
        "Санкт-Петербурга Александром Бегловым Дрозденко утвердил план развития маршрутов."
    )
    assert people(parse, text) == [("Александр Дрозденко", 2), ("Александр Беглов", 1)]


def test_a_place_named_after_its_kind_is_no_part_of_the_name_after_it(parse):
    # NER runs «Хувсгел» (a Mongolian aimag) into the governor's name
    parsed = parse("Губернатор аймака Хувсгел Мунхбат Цэрэндорж поднял вопрос о школьных обменах.")
    _, persons = find_people(parsed, find_places(parsed))
    assert [p.name.display for p in persons] == ["Мунхбат Цэрэндорж"]
