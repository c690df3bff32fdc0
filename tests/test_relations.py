"""Cooperation between regions and regions' memberships in the association."""

from itertools import combinations

import pytest

from kg.extract.gazetteer import gazetteer


def coop(read, text):
    ex, _ = read(text)
    return sorted((c.kind, c.parties) for c in ex.cooperations)


def members(read, text):
    ex, _ = read(text)
    return sorted(m.region for m in ex.memberships)


def test_agreement_between_two_regions(read):
    text = (
        "Воронежская и Курская области заключили соглашение о сотрудничестве.\n\n"
        "Документ подписали губернаторы."
    )
    assert coop(read, text) == [("Agreement", ("RU-KRS", "RU-VOR"))]


def test_agreement_read_through_the_signatories_posts(read):
    text = (
        "Губернатор Иркутской области Игорь Кобзев и глава Бурятии Алексей Цыденов подписали соглашение "
        "о сотрудничестве в туризме."
    )
    assert coop(read, text) == [("Agreement", ("RU-BU", "RU-IRK"))]


def test_a_restatement_with_fewer_parties_is_the_same_agreement(read):
    text = (
        "Документ подписали Новосибирская, Томская и Калужская области.\n\n"
        "От Томской области меморандум подписал губернатор."
    )
    ex, _ = read("Меморандум о сотрудничестве.\n\n" + text)
    assert [c.parties for c in ex.cooperations if c.kind == "Agreement"] == [("RU-KLU", "RU-NVS", "RU-TOM")]


def test_venue_is_not_a_party(read):
    text = (
        "Собрание прошло в Москве. Его провёл глава Республики Татарстан Рустам Минниханов.\n\n"
        "Губернатор Иркутской области Игорь Кобзев принял участие в собрании."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-IRK", "RU-TA"))]


def test_one_region_alone_is_no_cooperation(read):
    assert coop(read, "Губернатор Томской области провёл совещание в Томске о развитии туризма.") == []


def test_joining_the_association(read):
    text = "7 октября Архангельская область вошла в Ассоциацию инновационных регионов России."
    assert members(read, text) == ["RU-ARK"]


def test_founders_of_the_association(read):
    text = (
        "Меморандум о создании Ассоциации инновационных регионов России подписан в Томске.\n\n"
        "Документ подписали Новосибирская, Томская и Иркутская области и Республика Мордовия."
    )
    assert members(read, text) == ["RU-IRK", "RU-MO", "RU-NVS", "RU-TOM"]


def test_head_at_the_members_meeting(read):
    text = "Губернатор Иркутской области Игорь Кобзев участвовал в общем собрании членов АИРР."
    assert members(read, text) == ["RU-IRK"]


def test_foreign_parties_keep_their_own_codes(read):
    text = "Брянская область и Гомельская область Беларуси подписали соглашение о сотрудничестве."
    assert coop(read, text) == [("Agreement", ("BY-HO", "RU-BRY"))]
    assert "BY-HO" not in gazetteer().regions


def test_events_take_the_documents_one_venue(read):
    text = (
        "Делегация АИРР провела с деловым визитом в Якутии 4 дня.\n\n"
        "Участники провели стратегическую сессию и совершили экскурсию по ИТ-парку Якутска."
    )
    ex, _ = read(text)
    kinds = {e.kind: e for e in ex.events}
    assert kinds["Visit"].duration_days == 4
    assert kinds["Excursion"].name == "Экскурсия по ИТ-парку Якутска"
    assert {e.location for e in ex.events} == {("region", "RU-SA")}


def test_organisation_abbreviation_tied_to_full_name(read):
    ex, _ = read("Гости посетили институт Северо-Восточного федерального университета имени М.К.Аммосова.")
    org = ex.organisations["svfu"]
    assert org.name.startswith("Северо-Восточный федеральный университет") and "СВФУ" in org.abbreviations
    assert org.region == "RU-SA"


def test_leaving_and_not_yet_joining_are_not_memberships(read):
    text = (
        "Тамбовская область объявила о выходе из Ассоциации инновационных регионов России.\n\n"
        "Ямало-Ненецкий автономный округ пока не входит в ассоциацию. "
        "Ульяновская область входит в ассоциацию "
        "с 2011 года, а Калужская область стояла у истоков ассоциации."
    )
    assert members(read, text) == ["RU-KLU", "RU-ULY"]


def test_a_company_is_not_a_party(read):
    text = (
        "Губернатор Ленинградской области Александр Дрозденко и генеральный директор петербургской компании "
        "«Нева-Терминал» Андрей Лаптев подписали протокол о намерениях."
    )
    assert coop(read, text) == []


def test_a_mayor_signs_for_the_city_not_the_region(read):
    text = "Мэр Якутска Алексей Саввинов и губернатор Магаданской области Сергей Носов подписали соглашение."
    assert coop(read, text) == []


def test_the_head_of_a_regions_own_institution_signs_for_the_region(read):
    """A region's development centre or agency is the region's; a company's director is not."""
    text = (
        "Руководитель Центра поддержки экспорта Брянской области Даниил Крылов и губернатор "
        "Ставропольского края Владимир Владимиров подписали меморандум о создании кластера."
    )
    assert coop(read, text) == [("Agreement", ("RU-BRY", "RU-STA"))]
    text = (
        "Генеральный директор ООО «Брянский арсенал» Даниил Крылов и губернатор "
        "Ставропольского края Владимир Владимиров подписали меморандум о создании кластера."
    )
    assert coop(read, text) == []


def test_regions_listed_in_passing_did_not_take_part(read):
    text = (
        "Губернатор Тюменской области Александр Моор принял участие "
        "в общем собрании членов АИРР в Москве.\n\n"
        "В обсуждении участвовал губернатор Новосибирской области Андрей Травников.\n\n"
        "В ассоциацию входят также Пермский край и Калужская область."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-NVS", "RU-TYU"))]


@pytest.mark.parametrize(
    "text",
    [
        "Томская и Новосибирская области пока не подписали соглашение о сотрудничестве.",
        "Московская биржа и правительство Татарстана подписали соглашение о сотрудничестве.",
    ],
)
def test_no_agreement_without_signing_regions(read, text):
    assert coop(read, text) == []


def test_the_host_signs_when_no_one_else_is_named(read):
    assert coop(read, "В Татарстане и Башкирии подписали соглашение о сотрудничестве.") == [
        ("Agreement", ("RU-BA", "RU-TA"))
    ]


def test_a_parliament_is_not_a_meeting(read):
    ex, _ = read("Депутаты Законодательного собрания Томской области обсудили бюджет.")
    assert ex.events == []


def test_background_paragraphs_did_not_take_part(read):
    text = (
        "Делегация Томской области приняла участие в форуме в Казани\n\n"
        "Томская делегация во главе с губернатором Владимиром Мазуром приняла участие в форуме «Кама». "
        "В работе форума участвовали представители Татарстана.\n\n"
        "Напомним, в прошлом году губернатор Новосибирской области Андрей Травников посетил Якутию."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-TA", "RU-TOM"))]


def test_a_wish_to_join_is_not_membership(read):
    text = (
        "Вологодская область вошла в Ассоциацию инновационных регионов России. "
        "О намерении присоединиться к объединению заявляла и Курганская область."
    )
    assert members(read, text) == ["RU-VLG"]


def test_another_regions_wish_told_in_a_clause_of_its_own_leaves_the_members_listed(read):
    text = (
        "В заседании рабочей группы АИРР приняли участие представители регионов – членов АИРР: "
        "Прикамья, Мордовии и Ульяновской области, а также, в качестве гостя, делегация Кузбасса, "
        "который членом ассоциации не является, однако рассматривает возможность участия в её проектах."
    )
    assert members(read, text) == ["RU-MO", "RU-PER", "RU-ULY"]


def test_a_dateline_is_where_the_report_was_filed(read):
    ex, _ = read("МОСКВА, 16 января. Губернатор Томской области провёл совещание.")
    assert [(p.code, p.venue) for p in ex.places if p.kind == "region"] == [
        ("RU-MOW", True),
        ("RU-TOM", False),
    ]


def test_a_bilateral_agreement_beside_a_trilateral_one(read):
    text = (
        "Губернатор Тюменской области Александр Моор, губернатор Ханты-Мансийского автономного округа — Югры "
        "Руслан Кухарук и губернатор Ямало-Ненецкого автономного округа Дмитрий Артюхов подписали "
        "соглашение о сотрудничестве.\n\n"
        "Ранее Югра и Ямал подписали двустороннее соглашение о подготовке врачей."
    )
    assert coop(read, text) == [("Agreement", ("RU-KHM", "RU-TYU", "RU-YAN"))]


def test_founders_named_apart_from_the_signing_are_parties_to_the_memorandum(read):
    text = (
        "В 2010 году руководители шести регионов подписали меморандум о создании Ассоциации "
        "инновационных регионов России.\n\n"
        "От Томской области меморандум подписал губернатор Виктор Кресс, от Калужской — губернатор "
        "Анатолий Артамонов. Кроме них, в число учредителей вошли Новосибирская и Иркутская области. "
        "Позже к учредителям присоединилась Ульяновская область."
    )
    ex, _ = read(text)
    founders = ("RU-IRK", "RU-KLU", "RU-NVS", "RU-TOM")
    assert [(c.kind, c.parties) for c in ex.cooperations] == [("Agreement", founders)]
    assert sorted(m.region for m in ex.memberships) == sorted([*founders, "RU-ULY"])


def test_a_region_that_only_shows_interest_takes_no_part(read):
    text = (
        "Томская и Новосибирская области провели стратегическую сессию по агробиотехнологиям\n\n"
        "В стратегической сессии приняли участие команды Томской и Новосибирской областей. "
        "Интерес к сессии проявил и Кузбасс, однако правительство Кемеровской области решения об "
        "участии пока не принимало."
    )
    assert all("RU-KEM" not in parties for _, parties in coop(read, text))


def test_a_region_working_together_with_another_is_a_joint_project(read):
    text = "Программу подготовки инженеров Ульяновская область запустила вместе с Татарстаном."
    assert coop(read, text) == [("JointProject", ("RU-TA", "RU-ULY"))]


@pytest.mark.parametrize(
    "text",
    [
        # only a wish
        "Ульяновская область планирует вместе с Татарстаном запустить программу подготовки инженеров.",
        # the agreement already joins them
        "Ярославская и Вологодская области вместе с Костромской областью подписали соглашение о туризме.",
        # no region acts before «вместе с»
        "Губернатор посетил выставку вместе с делегацией Татарстана.",
    ],
)
def test_no_joint_project_beyond_what_the_text_says(read, text):
    assert all(kind != "JointProject" for kind, _ in coop(read, text))


def test_a_joint_project_conforms_to_the_shapes(tmp_path):
    from kg.build import build
    from kg.validate import validate_graph

    (tmp_path / "news.txt").write_text(
        "Ульяновская область запустила вместе с Татарстаном программу подготовки инженеров.", encoding="utf-8"
    )
    build([str(tmp_path / "news.txt")], tmp_path / "out")
    from rdflib import Graph

    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert "JointProject" in g.serialize(format="nt")
    assert validate_graph(g).conforms


def test_separate_plans_with_partners_named_after_with(read):
    text = (
        "Якутия утвердила дорожные карты\n\n"
        "Якутия утвердила дорожные карты сотрудничества с Пермским краем и Новосибирской областью."
    )
    assert coop(read, text) == [("Agreement", ("RU-NVS", "RU-SA")), ("Agreement", ("RU-PER", "RU-SA"))]


def test_studying_whether_to_sign_is_not_signing(read):
    text = (
        "Кузбасс и Приангарье подписали соглашение\n\n"
        "Губернаторы Кемеровской и Иркутской областей подписали соглашение о сотрудничестве. "
        "Красноярский край изучает возможность заключить такие же договоры с обоими регионами."
    )
    assert coop(read, text) == [("Agreement", ("RU-IRK", "RU-KEM"))]


def test_a_region_that_may_join_later_did_not_take_part_in_the_forum(read):
    text = (
        "На форуме «Арктика» подписано соглашение\n\n"
        "На форуме «Арктика» в Москве губернатор Архангельской области Александр Цыбульский и "
        "губернатор Ненецкого автономного округа Юрий Бездудный подписали соглашение. В форуме "
        "приняли участие представители северных регионов. Как сообщил губернатор Мурманской области "
        "Андрей Чибис, регион примет решение о присоединении к соглашению в следующем году."
    )
    parties = {p for _, ps in coop(read, text) for p in ps}
    assert "RU-MUR" not in parties and {"RU-ARK", "RU-NEN"} <= parties


def test_those_who_met_as_the_associations_participants_are_members(read):
    text = (
        "Регионы АИРР провели сессию\n\n"
        "Представители пяти регионов — участников Ассоциации инновационных регионов России (АИРР) "
        "провели в Курске стратегическую сессию «Кадры для экономики». В работе сессии участвовали "
        "министр экономического развития Липецкой области Иван Петров и заместитель губернатора "
        "Тульской области Ольга Смирнова."
    )
    assert members(read, text) == ["RU-LIP", "RU-TUL"]


def test_guests_of_an_association_session_are_not_its_members(read):
    text = (
        "В Томске прошла сессия АИРР\n\n"
        "В Томске прошла стратегическая сессия АИРР. Участники сессии из Омской области и Алтайского "
        "края приехали как гости."
    )
    assert members(read, text) == []


def test_a_region_whose_delegation_did_not_come_took_no_part(read):
    text = (
        "В Самаре прошла стратегическая сессия регионов\n\n"
        "В Самаре прошла стратегическая сессия «Кадры». В ней приняли участие делегации Самарской, "
        "Ульяновской и Пензенской областей. Делегация Саратовской области, заявленная в программе, "
        "не приехала."
    )
    parties = {p for _, ps in coop(read, text) for p in ps}
    assert "RU-SAR" not in parties and {"RU-SAM", "RU-ULY", "RU-PNZ"} <= parties


def test_two_clauses_of_signing_are_two_agreements(read):
    text = (
        "Регионы Сибири подписали соглашения\n\n"
        "В 2022 году Омская область подписала соглашение с Кузбассом, а годом позже Томская область "
        "и Республика Хакасия утвердили совместную программу."
    )
    assert coop(read, text) == [("Agreement", ("RU-KEM", "RU-OMS")), ("Agreement", ("RU-KK", "RU-TOM"))]


def test_agreeing_to_hold_a_joint_event_is_an_agreement(read):
    text = (
        "Кубань и Ставрополье проведут общую выставку\n\n"
        "Министерства сельского хозяйства Краснодарского и Ставропольского краёв договорились "
        "провести совместную выставку."
    )
    assert ("Agreement", ("RU-KDA", "RU-STA")) in coop(read, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of two associations, the one regions are «в»
        (
            "Томская и Новосибирская области, в отличие от участников «Сибирского соглашения», "
            "входят также в Ассоциацию инновационных регионов России.",
            ["RU-NVS", "RU-TOM"],
        ),
        # «состоит в ассоциации»; a region only «намерен вступить» is none
        (
            "Свердловская область намерена вступить в Ассоциацию инновационных регионов России. "
            "Министр изучил опыт Пермского края, который состоит в ассоциации с 2010 года.",
            ["RU-PER"],
        ),
        # regions named «среди регионов — участников ассоциации»
        (
            "Ассоциация инновационных регионов России представила рейтинг. Среди регионов — участников "
            "ассоциации наибольший рост показали Ульяновская область и Пермский край.",
            ["RU-PER", "RU-ULY"],
        ),
        # «оба региона» are the two the text speaks of, not a destination
        (
            "Новосибирская область и Татарстан создадут фонд. «Команды уезжают в Москву», — сказал "
            "министр. Оба региона входят в Ассоциацию инновационных регионов России.",
            ["RU-NVS", "RU-TA"],
        ),
    ],
)
def test_membership_wordings(read, text, expected):
    assert members(read, text) == expected


def test_a_region_not_represented_at_the_meeting_took_no_part(read):
    text = (
        "Главы сибирских регионов провели совет\n\n"
        "В Новосибирске прошло заседание совета. В заседании приняли участие губернатор Томской "
        "области Владимир Мазур и губернатор Омской области Виталий Хоценко. Иркутская область на "
        "заседании представлена не была."
    )
    parties = {p for _, ps in coop(read, text) for p in ps}
    assert "RU-IRK" not in parties and {"RU-TOM", "RU-OMS"} <= parties


def test_taking_part_is_told_even_beside_a_wish_about_membership(read):
    text = (
        "Рабочая группа АИРР собралась в Новосибирске\n\n"
        "Заседание рабочей группы Ассоциации инновационных регионов России прошло в Новосибирске. "
        "Участники представляли регионы — члены ассоциации: Новосибирскую и Томскую области. Впервые "
        "в работе группы приняла участие делегация Кузбасса, который пока не входит в АИРР, но "
        "рассматривает такую возможность."
    )
    parties = {p for _, ps in coop(read, text) for p in ps}
    assert {"RU-NVS", "RU-TOM", "RU-KEM"} <= parties
    assert members(read, text) == ["RU-NVS", "RU-TOM"]


def test_the_members_delegation_listed_in_the_next_sentence(read):
    text = (
        "Делегация АИРР посетила Прикамье\n\n"
        "Представители регионов — участников Ассоциации инновационных регионов России провели "
        "рабочий визит в Пермский край. В состав делегации вошли специалисты из Калужской и Липецкой "
        "областей."
    )
    assert members(read, text) == ["RU-KLU", "RU-LIP"]


def test_a_region_that_may_join_once_it_is_a_member_is_none_yet(read):
    text = (
        "Ульяновская область и Мордовия создали кластер\n\n"
        "Ульяновская область и Республика Мордовия входят в Ассоциацию инновационных регионов "
        "России. Пензенская делегация может присоединиться к проекту после того, как регион "
        "станет членом ассоциации."
    )
    assert members(read, text) == ["RU-MO", "RU-ULY"]


def test_regions_at_an_international_forum_each_with_their_own_partners_do_not_cooperate(read):
    text = (
        "На Петербургском международном экономическом форуме Приморский край подписал соглашение "
        "с компанией «Восток». Хабаровский край на форуме заключил договор с банком.\n\n"
        "Форум собрал делегации 130 стран."
    )
    assert coop(read, text) == []


def test_a_joint_stand_at_an_international_forum_is_acting_together(read):
    text = (
        "Тюменская область и Ханты-Мансийский автономный округ впервые представили на Петербургском "
        "международном экономическом форуме единую экспозицию.\n\n"
        "Общий стенд открыли губернаторы обоих регионов."
    )
    assert [parties for _, parties in coop(read, text)] == [("RU-KHM", "RU-TYU")]


def test_signing_with_investors_on_the_forum_is_no_joint_action(read):
    text = (
        "Глава Якутии Айсен Николаев и глава Чувашии Олег Николаев подписали на Восточном "
        "экономическом форуме соглашение о сотрудничестве. На форуме Приморье подписало ряд "
        "соглашений с инвесторами."
    )
    assert coop(read, text) == [("Agreement", ("RU-CU", "RU-SA"))]


def test_an_agreement_only_hoped_for_is_none(read):
    text = (
        "Губернатор Курганской области заявил, что регион рассчитывает в следующем году выйти на "
        "соглашение о промышленном сотрудничестве со Свердловской областью."
    )
    assert coop(read, text) == []


def test_a_date_line_under_the_headline_does_not_hide_the_lead(read):
    """The lead is the first paragraph longer than a line of date, place and source; the dateline's
    city is where the report was filed, not a party."""
    text = (
        "АИРР подвела итоги года\n\n"
        "Москва, 17 января 2025 года. Пресс-служба АИРР.\n\n"
        "Ежегодное общее собрание членов Ассоциации инновационных регионов России прошло на полях "
        "Гайдаровского форума.\n\n"
        "В собрании приняли участие руководители регионов — членов ассоциации. Томскую область "
        "представлял губернатор Владимир Мазур, Новосибирскую — губернатор Андрей Травников.\n\n"
        "В группу сильных инноваторов рейтинга вновь вошли Санкт-Петербург и Томская область."
    )
    assert members(read, text) == ["RU-NVS", "RU-TOM"]
    assert [parties for _, parties in coop(read, text)] == [("RU-NVS", "RU-TOM")]


def test_its_members_are_the_members_of_the_association_named_before(read):
    text = (
        "Справка. Ассоциация инновационных регионов России создана в 2010 году. В её состав входят "
        "Республика Мордовия, Томская и Калужская области."
    )
    assert members(read, text) == ["RU-KLU", "RU-MO", "RU-TOM"]


def test_members_that_did_not_take_part_are_no_participants(read):
    text = (
        "В Чебоксарах прошло заседание Совета ассоциации «Большая Волга». В заседании участвовали "
        "делегации Татарстана, Марий Эл и Ульяновской области.\n\n"
        "Самарская и Пензенская области участия в заседании не принимали."
    )
    parties = [p for _, p in coop(read, text)]
    assert parties == [("RU-ME", "RU-TA", "RU-ULY")]


def test_a_delegation_in_the_lead_is_the_visit_the_text_reports(read):
    text = (
        "Делегация инновационных регионов побывала в Улан-Удэ\n\n"
        "На этой неделе в Улан-Удэ работала делегация ассоциации. В её составе — представители "
        "Приангарья и Якутии.\n\n"
        "Гостей принял глава Бурятии Алексей Цыденов.\n\n"
        "Вторая половина визита прошла в университете."
    )
    assert [p for _, p in coop(read, text)] == [("RU-BU", "RU-IRK", "RU-SA")]


def test_of_two_associations_the_one_a_relative_clause_says_the_region_is_in(read):
    ex, _ = read(
        "Он предложил использовать в работе «Сибирского соглашения» наработки Ассоциации "
        "инновационных регионов России, в которую Томская область входит с момента её создания."
    )
    assert [(m.region, ex.organisations[m.organisation].name) for m in ex.memberships] == [
        ("RU-TOM", "Ассоциация инновационных регионов России")
    ]


def test_a_count_of_regions_names_the_last_ones_that_came(read):
    text = (
        "Последняя сессия прошла в Томске. Работали команды Томской и Новосибирской областей и "
        "Красноярского края. Приглашение получила и Курская область, но её делегация приехать не "
        "смогла. По итогам сессии три региона договорились о совместной программе обучения."
    )
    assert ("Agreement", ("RU-KYA", "RU-NVS", "RU-TOM")) in coop(read, text)


def test_a_count_before_its_list_is_not_read_back(read):
    text = (
        "Томская и Новосибирская области подписали соглашение. В консорциум вошли три региона: "
        "Пермский край, Свердловская и Тюменская области."
    )
    assert ("Agreement", ("RU-NVS", "RU-TOM")) in coop(read, text)
    assert all("RU-NVS" not in p or "RU-PER" not in p for _, p in coop(read, text))


def test_those_who_work_in_the_association_and_joined_us_are_members(read):
    """An interview with the association's director: «работает в ассоциации», «к нам присоединились»."""
    text = (
        "Исполнительный директор Ассоциации инновационных регионов России Иван Федотов рассказал, "
        "как меняется объединение.\n\n"
        "— Кто сегодня входит в ассоциацию?\n\n"
        "— Костяк составляют те, кто работает в ассоциации с первых лет: Татарстан, Томская и "
        "Калужская области. Позже к нам присоединились Чувашия и Архангельская область."
    )
    assert members(read, text) == ["RU-ARK", "RU-CU", "RU-KLU", "RU-TA", "RU-TOM"]


def test_joining_us_said_by_no_one_of_the_association_is_no_membership(read):
    text = (
        "Министр экономики Томской области Иван Петров рассказал о проекте Ассоциации инновационных "
        "регионов России. «К нам присоединились Чувашия и Архангельская область», — сказал он."
    )
    assert members(read, text) == []


def test_republics_opening_a_sentence_are_those_just_named_and_act_together(read):
    text = (
        "Мне нравится история Татарстана и Мордовии. Республики вместе запускают программу "
        "акселерации для производителей светотехники."
    )
    assert coop(read, text) == [("JointProject", ("RU-MO", "RU-TA"))]


def test_a_republic_named_in_full_is_no_plural_reference(read):
    text = (
        "Томская и Новосибирская области подписали соглашение. Республики Татарстан делегация прибыла позже."
    )
    assert coop(read, text) == [("Agreement", ("RU-NVS", "RU-TOM"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «не только» denies nothing: the two regions of that sentence are «оба региона»
        (
            "Губернатор Кузбасса Илья Середюк посетил Новосибирскую область. Томская область и "
            "Татарстан не только подписали соглашение, но и запустили общий проект. Оба региона "
            "входят в АИРР.",
            ["RU-TA", "RU-TOM"],
        ),
        # «одним из трёх регионов» points to no regions named before
        (
            "Томская область подписала соглашение о сотрудничестве с Татарстаном. Новосибирская "
            "область стала одним из трёх регионов, вошедших в АИРР в этом году.",
            ["RU-NVS"],
        ),
        # a plural that opens a sentence but is qualified by a clause is no reference back
        (
            "В рейтинге АИРР лидируют Москва и Татарстан. Регионы, занявшие последние места, "
            "получат методическую помощь ассоциации.",
            [],
        ),
        # a hope elsewhere in the sentence takes nothing from a membership
        ("Татарстан вступил в АИРР в 2012 году и рассчитывает на поддержку коллег.", ["RU-TA"]),
        # «в его работе»: the work of a meeting, not the association's members
        (
            "Ассоциация инновационных регионов России провела заседание в Москве. В его работе "
            "приняли участие члены правительств Татарстана и Башкортостана.",
            [],
        ),
        # «к нам» in a governor's quote is his programme, not the association
        (
            "Исполнительный директор АИРР Иван Бортник рассказал о работе ассоциации. Губернатор "
            "Томской области Владимир Мазур рассказал о программе подготовки инженеров: «В этом году "
            "к нам присоединились Татарстан и Башкортостан».",
            [],
        ),
    ],
)
def test_counts_references_and_member_words_that_do_not_apply(read, text, expected):
    assert members(read, text) == expected


def test_all_three_regions_is_read_once(read):
    ex, _ = read(
        "Томская, Новосибирская и Калужская области подписали соглашение. Все три региона входят в АИРР."
    )
    counted = [p for p in ex.places if p.rule.startswith("both")]
    assert sorted(p.code for p in counted) == ["RU-KLU", "RU-NVS", "RU-TOM"]


def test_a_venue_after_a_count_does_not_stop_it(read):
    text = (
        "Томская область, Новосибирская область и Кузбасс обсудили проект. Три региона подписали "
        "соглашение о сотрудничестве на форуме в Казани."
    )
    assert ("Agreement", ("RU-KEM", "RU-NVS", "RU-TOM")) in coop(read, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Москва и Санкт-Петербург вместе обеспечивают почти половину венчурных инвестиций страны.", []),
        ("Татарстан и Мордовия теперь работают вместе.", [("JointProject", ("RU-MO", "RU-TA"))]),
    ],
)
def test_together_is_working_together_not_a_sum(read, text, expected):
    assert coop(read, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an interview's answer: «мы» is the interviewee's region
        "Министр цифрового развития Новосибирской области Ольга Белых рассказала о проектах.\n\n"
        "— С кем вы работаете плотнее всего?\n\n"
        "— В марте мы подписали соглашение с Томской областью о подготовке ИТ-специалистов.",
        # a quote: «мы» is the speaker's region
        "«В марте мы подписали соглашение с Томской областью о подготовке ИТ-специалистов», — "
        "сказал губернатор Новосибирской области Андрей Травников.",
    ],
)
def test_we_signed_is_the_speakers_region(read, text):
    assert coop(read, text) == [("Agreement", ("RU-NVS", "RU-TOM"))]


def test_a_signing_in_the_infinitive_only_is_none(read):
    text = (
        "Губернатор Новосибирской области сообщил, что переговоры идут с Алтайским краем, но "
        "подписывать документ ради документа область не будет."
    )
    assert coop(read, text) == []


def test_a_review_of_several_events_reads_each_by_itself(read):
    text = (
        "АИРР: итоги года\n\n"
        "Вспоминаем главные события года — от январского собрания до декабрьской стратегической "
        "сессии.\n\n"
        "Ежегодное общее собрание членов ассоциации прошло в Москве. В нём приняли участие глава "
        "Чувашии Олег Николаев и глава Якутии Айсен Николаев.\n\n"
        "Декабрьская стратегическая сессия прошла в Ульяновске. В ней приняли участие делегации "
        "Томской области и Башкортостана."
    )
    parties = sorted(p for _, p in coop(read, text))
    assert ("RU-CU", "RU-SA") in parties
    assert not any("RU-CU" in p and "RU-TOM" in p for p in parties)


def test_signatures_put_under_a_document_sign_it(read):
    text = (
        "В Томске появилось трёхстороннее соглашение о создании консорциума. Кроме томского "
        "губернатора, подписи под ним поставили губернатор Новосибирской области Андрей Травников "
        "и губернатор Кузбасса Илья Середюк."
    )
    assert ("Agreement", ("RU-KEM", "RU-NVS", "RU-TOM")) in coop(read, text)


def test_a_hope_for_another_step_keeps_the_membership(read):
    text = (
        "Оба региона, Ульяновская область и Мордовия, подписали соглашение. Оба региона входят в "
        "Ассоциацию инновационных регионов России, и стороны рассчитывают вынести проект на "
        "заседание ассоциации."
    )
    assert members(read, text) == ["RU-MO", "RU-ULY"]


def test_agreeing_on_a_mutual_exchange_is_an_agreement(read):
    text = (
        "Губернатор Сахалинской области Валерий Лимаренко и губернатор Приморского края Олег "
        "Кожемяко договорились о взаимном тиражировании региональных цифровых сервисов."
    )
    assert coop(read, text) == [("Agreement", ("RU-PRI", "RU-SAK"))]


def test_together_with_a_list_of_partners(read):
    text = (
        "Красноярский край, один из основателей Ассоциации инновационных регионов России, вместе с "
        "Хакасией и Тывой участвует в проекте «Енисейская Сибирь»."
    )
    assert coop(read, text) == [("JointProject", ("RU-KK", "RU-KYA", "RU-TY"))]
    assert members(read, text) == ["RU-KYA"]


def test_a_joint_programme_of_two_regions(read):
    text = (
        "Единственный пример кооперации — совместная программа Нижегородской и Самарской областей "
        "по подготовке инженеров."
    )
    assert coop(read, text) == [("JointProject", ("RU-NIZ", "RU-SAM"))]


def test_an_agreement_named_with_the_regions_after_it(read):
    text = (
        "До 2023 года выпускники могли поступать по квотам в вузы соседей, однако соглашение "
        "Курганской и Свердловской областей в сфере образования истекло."
    )
    assert coop(read, text) == [("Agreement", ("RU-KGN", "RU-SVE"))]


def test_mayors_at_a_twinning_of_cities_are_no_regions_taking_part(read):
    text = (
        "Улан-Удэ и Иркутск стали городами-побратимами\n\n"
        "Мэр Улан-Удэ Игорь Шутенков и мэр Иркутска Руслан Болотов подписали соглашение о "
        "побратимстве. В церемонии приняли участие депутаты городского совета.\n\n"
        "Церемония прошла в городском совете столицы Бурятии."
    )
    assert coop(read, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За образец взяли соглашение, которое несколько лет действует между Прикамьем и Удмуртией.",
            [("Agreement", ("RU-PER", "RU-UD"))],
        ),
        ("Подписание транспортного соглашения между Петербургом и Ленобластью отложено.", []),
        (
            "Оставшиеся участники — Новосибирская и Томская области — подписали обновлённое соглашение о "
            "консорциуме, в котором Алтайский край уже не упоминается.",
            [("Agreement", ("RU-NVS", "RU-TOM"))],
        ),
    ],
)
def test_agreements_between_put_off_and_left_out(read, text, expected):
    assert coop(read, text) == expected


def test_a_woman_founder_of_the_association(read):
    text = (
        "Она напомнила, что Калужская область — одна из основательниц Ассоциации инновационных "
        "регионов России."
    )
    assert members(read, text) == ["RU-KLU"]


def test_those_who_were_in_it_are_its_members(read):
    text = (
        "Справка. Ассоциация инновационных регионов России создана в 2010 году. До сегодняшнего "
        "решения в неё входили Москва, Республика Татарстан и Томская область."
    )
    assert members(read, text) == ["RU-MOW", "RU-TA", "RU-TOM"]


def test_the_sentence_that_tells_who_came_says_the_meeting_was_of_members(read):
    text = (
        "Делегация АИРР обсудила в Томске роль университетов\n\n"
        "В Томске завершилась выездная стратегическая сессия Ассоциации инновационных регионов "
        "России. Три дня в ней работали представители 14 регионов – членов ассоциации. Сессию "
        "открыл губернатор Томской области Владимир Мазур. Выступил министр экономики Калужской "
        "области Иван Петров."
    )
    assert members(read, text) == ["RU-KLU", "RU-TOM"]


def test_guests_and_those_weighing_joining_are_no_members(read):
    text = (
        "В Новосибирске прошла стратегическая сессия Ассоциации инновационных регионов России\n\n"
        "В сессии приняли участие представители регионов — членов ассоциации: губернатор "
        "Новосибирской области Андрей Травников и губернатор Томской области Владимир Мазур. "
        "В качестве гостей на сессию приехала омская делегация. Заместитель министра экономики "
        "Самарской области Алина Шевцова рассказала, что регион изучает возможность вступления в "
        "ассоциацию."
    )
    assert members(read, text) == ["RU-NVS", "RU-TOM"]


def test_colleagues_from_a_region_take_part(read):
    text = (
        "В Чебоксарах прошла стратегическая сессия АИРР\n\n"
        "В сессии приняли участие глава Чувашии Олег Николаев и заместитель министра цифрового "
        "развития РТ Ильдар Сафин.\n\n"
        "Коллеги из Башкирии представили проект единой диспетчерской."
    )
    assert [p for _, p in coop(read, text)] == [("RU-BA", "RU-CU", "RU-TA")]


@pytest.mark.parametrize(
    "text",
    [
        # joining a discussion is not joining the association
        "В Тюмени прошла сессия Ассоциации инновационных регионов России. Впервые к обсуждению "
        "присоединились эксперты из ХМАО и ЯНАО: округа пока не входят в АИРР.",
        # becoming a member some day
        "Исполнительный директор АИРР Иван Федотов сказал: «Мы рассчитываем, что Югра и Ямал со "
        "временем станут полноправными участниками АИРР».",
    ],
)
def test_joining_something_else_or_later_is_no_membership(read, text):
    assert members(read, text) == []


def test_invited_experts_from_regions_take_part_but_are_no_members(read):
    text = (
        "В Тюмени прошла выездная стратегическая сессия Ассоциации инновационных регионов России. В "
        "работе сессии участвовали представители регионов – членов ассоциации, среди них губернатор "
        "Тюменской области Александр Моор. Впервые к обсуждению присоединились приглашённые "
        "эксперты из ХМАО и ЯНАО."
    )
    assert members(read, text) == ["RU-TYU"]
    assert [p for _, p in coop(read, text)] == [("RU-KHM", "RU-TYU", "RU-YAN")]


def test_teams_that_came_to_the_session_took_part(read):
    text = (
        "В Югре прошла стратегическая сессия инновационных регионов\n\n"
        "В Ханты-Мансийске завершилась стратегическая сессия Ассоциации инновационных регионов России. "
        "В столицу Югры приехали команды регионов: Республики Татарстан, Томской и Новосибирской областей."
    )
    ((kind, parties),) = coop(read, text)
    assert (kind, parties) == ("CoParticipation", ("RU-KHM", "RU-NVS", "RU-TA", "RU-TOM"))


def test_a_fair_and_who_brought_their_goods_and_who_declined(read):
    text = (
        "В Великих Луках открылась ярмарка\n\n"
        "В Великих Луках открылась межрегиональная выставка-ярмарка «Поозерье». Свою продукцию привезли "
        "аграрии Псковской, Смоленской и Тверской областей.\n\n"
        "Вологодская область в этом году от участия отказалась."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-PSK", "RU-SMO", "RU-TVE"))]


def test_a_past_agreement_dated_by_its_year_is_not_the_visits(read):
    text = (
        "Тверские депутаты побывали в Ярославле\n\n"
        "Делегация Законодательного собрания Тверской области побывала с визитом в Ярославской областной "
        "думе. Главный итог визита — соглашение о сотрудничестве между двумя парламентами.\n\n"
        "Опыт не новый: в 2024 году Законодательное собрание Тверской области подписало такое же "
        "соглашение с парламентом Псковской области."
    )
    assert ("RU-PSK", "RU-TVE", "RU-YAR") not in [p for _, p in coop(read, text)]


def test_a_sentence_opened_by_region_speaks_of_the_region_before(read):
    text = (
        "Для Калужской области проект — продолжение знакомой стратегии. Регион входит в Ассоциацию "
        "инновационных регионов России с 2010 года."
    )
    assert members(read, text) == ["RU-KLU"]


def test_a_founding_memorandum_told_in_passing_makes_no_founders_of_todays_parties(read):
    text = (
        "Калужская и Тульская области подписали соглашение о создании индустриального парка. "
        "Документ подписали губернаторы.\n\n"
        "Для Калужской области проект — продолжение стратегии. Калужская область входит в Ассоциацию "
        "инновационных регионов России с 2010 года: она была среди восьми субъектов, подписавших "
        "меморандум о её создании."
    )
    assert members(read, text) == ["RU-KLU"]


def test_members_listed_in_parts_joined_by_semicolons(read):
    text = (
        "Ассоциация инновационных регионов России создана в 2010 году. Сегодня в неё входят республики "
        "Мордовия и Татарстан; Алтайский и Пермский края; Томская и Ульяновская области."
    )
    assert members(read, text) == ["RU-ALT", "RU-MO", "RU-PER", "RU-TA", "RU-TOM", "RU-ULY"]


def test_founders_named_after_a_signing_that_only_counts_them(read):
    text = (
        "Пятнадцать лет назад восемь регионов подписали меморандум о создании Ассоциации инновационных "
        "регионов России. Учредителями стали Татарстан и Мордовия, а также Калужская и Томская области."
    )
    agreements = [p for kind, p in coop(read, text) if kind == "Agreement"]
    assert agreements == [("RU-KLU", "RU-MO", "RU-TA", "RU-TOM")]


def test_an_interviewee_speaks_for_the_region_in_the_first_person(read):
    text = (
        "О работе в ассоциации рассказал министр экономического развития Липецкой области Кирилл Бушуев.\n\n"
        "— Когда регион стал участником ассоциации?\n\n"
        "— Мы вступили в Ассоциацию инновационных регионов России в 2016 году.\n\n"
        "— А соседи?\n\n"
        "— С Воронежской и Тамбовской областями у нас действуют двусторонние соглашения о сотрудничестве."
    )
    assert members(read, text) == ["RU-LIP"]
    assert coop(read, text) == [("Agreement", ("RU-LIP", "RU-TAM")), ("Agreement", ("RU-LIP", "RU-VOR"))]


def test_who_took_part_told_after_the_host_greeted_them(read):
    text = (
        "Кузбасс принял заседание совета\n\n"
        "В Кемерове прошло заседание совета «Сибирского соглашения». Гостей встречал губернатор "
        "Кузбасса Илья Середюк. В работе совета участвовали губернатор Новосибирской области Андрей "
        "Травников и губернатор Омской области Виталий Хоценко."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KEM", "RU-NVS", "RU-OMS"))]


def test_the_host_named_as_the_host_is_the_region_where_things_happen(read):
    text = (
        "Делегации Тюменской области и Югры провели два дня в Татарстане. Все регионы входят в "
        "Ассоциацию инновационных регионов России, как и принимающая республика."
    )
    assert "RU-TA" in members(read, text)


def test_a_region_whose_application_was_put_off_is_no_member_listed_later(read):
    text = (
        "Общее собрание членов Ассоциации инновационных регионов России прошло в Москве. Решение по "
        "заявке Омской области собрание отложило. Министр экономики Омской области Сергей Карпенко "
        "представил участникам программу, однако члены ассоциации попросили её доработать."
    )
    assert "RU-OMS" not in members(read, text)


def test_belonging_together_is_no_joint_project(read):
    text = "Новосибирская область входит в АИРР с момента её создания, вместе с соседней Томской областью."
    assert [k for k, _ in coop(read, text)] == []


def test_the_region_whose_leaving_a_meeting_settled_did_not_take_part(read):
    text = (
        "Зауралье вышло из ассоциации\n\n"
        "Курганская область покинула Ассоциацию инновационных регионов России. Решение принято на "
        "заседании совета АИРР.\n\n"
        "Заседание провёл глава Татарстана Рустам Минниханов. В обсуждении участвовали губернатор "
        "Ульяновской области Алексей Русских и глава Якутии Айсен Николаев."
    )
    assert all("RU-KGN" not in parties for _, parties in coop(read, text))


def test_a_count_refers_back_to_regions_a_delegation_came_from(read):
    text = (
        "Технопарк принимал делегацию из Томской и Иркутской областей, Красноярского края и Якутии. "
        "Все четыре региона входят в Ассоциацию инновационных регионов России."
    )
    assert members(read, text) == ["RU-IRK", "RU-KYA", "RU-SA", "RU-TOM"]


def test_a_working_group_hosted_is_a_meeting_of_those_who_came(read):
    text = (
        "Рабочая группа АИРР в Саранске\n\n"
        "Технопарк в Саранске принимал рабочую группу Ассоциации инновационных регионов России. "
        "К нам приехали делегации Чувашии и Ульяновской области."
    )
    assert [k for k, _ in coop(read, text)] == ["CoParticipation"]


def test_a_group_of_a_rating_is_no_joint_project(read):
    text = (
        "По итогам рейтинга АИРР Томская область остаётся в группе сильных инноваторов вместе с Москвой "
        "и Республикой Татарстан."
    )
    assert coop(read, text) == []


def test_members_named_as_regions_participants_in_a_compound(read):
    text = (
        "В Якутске представители четырёх регионов-участников АИРР — Республики Татарстан, Чувашской "
        "Республики и Тюменской области — провели стратегическую сессию."
    )
    assert members(read, text) == ["RU-CU", "RU-TA", "RU-TYU"]


def test_a_member_that_meant_to_send_a_delegation_is_still_a_member(read):
    text = (
        "Иркутская область, один из старейших членов Ассоциации инновационных регионов России, тоже "
        "собиралась направить делегацию."
    )
    assert members(read, text) == ["RU-IRK"]


def test_a_group_of_the_rating_entered_is_no_membership(read):
    text = (
        "Напомним, в последнем рейтинге инновационного развития АИРР Чувашия вошла в группу "
        "средне-сильных инноваторов вместе с Пермским краем и Ульяновской областью."
    )
    assert members(read, text) == []


def test_reaching_a_market_is_no_leaving(read):
    text = (
        "Липецкая область входит в Ассоциацию инновационных регионов России и теперь хочет выйти "
        "на рынки коллег."
    )
    assert members(read, text) == ["RU-LIP"]


def test_talks_are_one_event_though_plural(read):
    """«переговоры» has no singular: «провели переговоры» is a meeting, not meetings in general."""
    text = "Глава Татарстана Рустам Минниханов и глава Якутии Айсен Николаев провели переговоры в Казани."
    assert coop(read, text) == [("CoParticipation", ("RU-SA", "RU-TA"))]


def test_a_sentence_going_on_with_a_pronoun_brings_the_one_before(read):
    """«Там она провела переговоры»: the delegation of the sentence before held the talks."""
    text = (
        "Калужский бизнес в Татарстане\n\n"
        "Делегация калужских предпринимателей во главе с министром экономического развития "
        "Калужской области Еленой Смирновой побывала в Набережных Челнах. Там она провела "
        "переговоры с руководством Агентства инвестиционного развития Республики Татарстан."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KLU", "RU-TA"))]


def test_talks_on_joining_later_are_no_joint_event(read):
    text = (
        "Губернатор Тюменской области Александр Моор и губернатор Ямало-Ненецкого автономного "
        "округа Дмитрий Артюхов подписали программу сотрудничества.\n\n"
        "Курганская область, по словам Моора, может присоединиться к отдельным проектам программы "
        "позднее — переговоры об этом пока только начинаются."
    )
    assert coop(read, text) == [("Agreement", ("RU-TYU", "RU-YAN"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кабардино-Балкарская Республика и Республика Северная Осетия – Алания договорились "
            "ввести единый абонемент для горнолыжных курортов.",
            [("Agreement", ("RU-KB", "RU-SE"))],
        ),
        (
            "Губернатор Нижегородской области Глеб Никитин и глава Чувашии Олег Николаев договорились "
            "создать речной туристический маршрут по Волге.",
            [("Agreement", ("RU-CU", "RU-NIZ"))],
        ),
        ("Татарстан и Башкортостан пока не договорились о границах заповедника.", []),
    ],
)
def test_regions_that_agreed_on_something_made_an_agreement(read, text, expected):
    assert coop(read, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Татарстанская делегация в Томске\n\nДелегация Республики Татарстан посетила Томск. "
            "Гостей встретил губернатор Томской области Владимир Мазур.",
            [("CoParticipation", ("RU-TA", "RU-TOM"))],
        ),
        (
            "Камчатка изучает опыт Колымы\n\nДелегация Камчатского края во главе с вице-губернатором "
            "Сергеем Рубцовым посетила Магадан. Министр энергетики Магаданской области Алексей Шевчук "
            "предложил создать рабочую группу.",
            [("CoParticipation", ("RU-KAM", "RU-MAG"))],
        ),
        # a visit with no host taking part: the city is only where it went
        ("Делегация Республики Татарстан посетила Томск.", []),
    ],
)
def test_a_delegation_that_went_somewhere_is_a_visit(read, text, expected):
    assert coop(read, text) == expected


def test_a_digest_item_tells_its_event_to_its_end(read):
    """In a digest each item under its own heading is one story: the host's minister, told three
    sentences after the visit, took part in it; an assembly still to come gathered no one."""
    text = (
        "Дальний Восток: главное за неделю\n\n"
        "Камчатка изучает опыт Колымы\n\n"
        "Делегация Камчатского края во главе с вице-губернатором Сергеем Рубцовым посетила Магадан. "
        "Гости изучили, как на Колыме организовано энергоснабжение посёлков. «Коллеги многое "
        "сделали», — сказал Рубцов. Министр энергетики Магаданской области Алексей Шевчук предложил "
        "создать совместную рабочую группу.\n\n"
        "Амурская заявка в АИРР\n\n"
        "Амурская область направила заявку на вступление в Ассоциацию инновационных регионов России. "
        "Решение о приёме ассоциация примет на ближайшем общем собрании. Глава Татарстана Рустам "
        "Минниханов назвал заявку сигналом."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KAM", "RU-MAG"))]


def test_a_digests_headline_names_its_items_not_the_parties(read):
    text = (
        "Обзор недели: Забайкалье, Бурятия, Красноярье\n\n"
        "Забайкалье и Приамурье — в одной связке\n\n"
        "Губернатор Забайкальского края Александр Осипов и губернатор Амурской области Василий "
        "Орлов подписали соглашение о сотрудничестве в энергетике.\n\n"
        "Красноярск принял заседание АИРР\n\n"
        "В Красноярске состоялось выездное заседание Ассоциации инновационных регионов России."
    )
    assert coop(read, text) == [("Agreement", ("RU-AMU", "RU-ZAB"))]


def test_districts_of_two_regions_sign_for_themselves(read):
    text = (
        "Два района на границе Башкирии и Южного Урала отремонтируют общую дорогу\n\n"
        "Глава администрации Белокатайского района Республики Башкортостан Ильдар Хасанов и глава "
        "Ашинского района Челябинской области Виктор Ермолаев подписали соглашение о "
        "межмуниципальном сотрудничестве."
    )
    assert coop(read, text) == []


def test_a_regions_capital_is_the_city(read):
    text = (
        "Со стороны столицы Татарстана соглашение подписал заместитель мэра Казани Ринат Галиуллин, "
        "со стороны столицы Башкортостана — заместитель главы администрации Уфы Артур Садыков."
    )
    assert coop(read, text) == []


def test_who_tells_of_an_agreement_is_no_party_to_it(read):
    text = (
        "Министерства здравоохранения Чувашской Республики и Республики Марий Эл подписали "
        "соглашение. По словам главы Марий Эл Юрия Зайцева, за образец взяли соглашение, которое "
        "действует между Прикамьем и Удмуртией."
    )
    assert coop(read, text) == [("Agreement", ("RU-CU", "RU-ME")), ("Agreement", ("RU-PER", "RU-UD"))]


def test_a_region_invited_to_join_did_not_take_part(read):
    text = (
        "Губернаторы трёх соседних областей — Михаил Евраев (Ярославская), Сергей Ситников "
        "(Костромская) и Станислав Воскресенский (Ивановская) — провели в Ярославле совещание.\n\n"
        "Участники совещания также направили приглашение присоединиться к маршруту Владимирской "
        "области."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-IVA", "RU-KOS", "RU-YAR"))]


def test_an_application_put_off_is_no_membership_though_members_are_named_with_it(read):
    text = (
        "Общее собрание членов Ассоциации инновационных регионов России приняло в состав "
        "объединения Омскую область.\n\n"
        "Рассмотрение заявки Смоленской области собрание перенесло на осень: членам ассоциации "
        "предложено дождаться, когда регион утвердит программу."
    )
    assert members(read, text) == ["RU-OMS"]


def test_an_arrangement_beside_a_founder_is_no_founding_memorandum(read):
    text = (
        "Губернатор Смоленской области Василий Анохин подписал обращение о вступлении региона в "
        "Ассоциацию инновационных регионов России.\n\n"
        "Василий Анохин договорился с губернатором Калужской области Владиславом Шапшой о том, что "
        "смоленские специалисты пройдут стажировку. По словам Шапши, Калужская область, стоявшая у "
        "истоков АИРР в 2010 году, готова поделиться опытом."
    )
    assert members(read, text) == ["RU-KLU"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Иван Федотов, исполнительный директор Ассоциации инновационных регионов России, "
            "ответил на вопросы.\n\n— Из соседей Прикамья в ассоциации уже есть Башкирия.",
            ["RU-BA"],
        ),
        (
            "Вологодская область подала заявку в Ассоциацию инновационных регионов России. Главный "
            "эффект может дать кооперация с соседями, у которых уже есть опыт работы в ассоциации.",
            [],
        ),
    ],
)
def test_who_there_is_in_the_association_is_a_member(read, text, expected):
    assert members(read, text) == expected


def test_people_of_regions_who_gathered_met(read):
    text = (
        "Три региона представили совместные проекты\n\n"
        "В Челябинске собрались представители Тульской и Воронежской областей и Республики "
        "Калмыкия. Участники обсудили развитие туризма.\n\n"
        "На полях встречи Тульская и Воронежская области представили совместный проект."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KL", "RU-TUL", "RU-VOR"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a talk is a meeting of those who held it, no agreement
        (
            "Губернаторы Томской и Новосибирской областей обсудили программу сотрудничества.",
            [("CoParticipation", ("RU-NVS", "RU-TOM"))],
        ),
        (
            "Министр экономического развития Республики Хакасия Ольга Черных и министр экономического "
            "развития Республики Тыва Аяс Монгуш обсудили строительство линии электропередачи.",
            [("CoParticipation", ("RU-KK", "RU-TY"))],
        ),
        # «Руководители регионов», «Стороны»: the parties of the sentence before
        (
            "Глава Чувашии Олег Николаев провёл телефонный разговор с главой Республики Саха (Якутия) "
            "Айсеном Николаевым. Руководители регионов обсудили поставки электротехнической продукции.",
            [("CoParticipation", ("RU-CU", "RU-SA"))],
        ),
        # a route's regions are not those who talked
        (
            "Глава Якутии Айсен Николаев и Глава Бурятии Алексей Цыденов подписали соглашение. Грузы "
            "из Якутии в Бурятию идут транзитом через Иркутскую область, поэтому стороны обсудили "
            "логистику.",
            [("Agreement", ("RU-BU", "RU-SA"))],
        ),
        # what a region discussed with no other region present, or a talk denied
        ("Депутаты Законодательного собрания Томской области обсудили сотрудничество с Татарстаном.", []),
        ("Губернаторы Томской и Новосибирской областей так и не обсудили программу.", []),
    ],
)
def test_regions_that_talked_a_matter_over_met(read, text, expected):
    assert coop(read, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Новосибирский технопарк «Академпарк» принял делегации Томской и Кемеровской областей. "
            "Открывая встречу, губернатор Новосибирской области Андрей Травников напомнил об истории.",
            [("CoParticipation", ("RU-KEM", "RU-NVS", "RU-TOM"))],
        ),
        (
            "Губернатор Нижегородской области Глеб Никитин принял в Нижегородском кремле губернатора "
            "Кировской области Александра Соколова.",
            [("CoParticipation", ("RU-KIR", "RU-NIZ"))],
        ),
    ],
)
def test_a_host_that_received_guests_of_a_region_met_them(read, text, expected):
    assert coop(read, text) == expected


def test_a_region_invited_to_the_next_meeting_did_not_take_part_in_this_one(read):
    text = (
        "В Ижевске прошло совместное заседание депутатов Законодательного собрания Пермского края и "
        "Государственного Совета Удмуртской Республики.\n\n"
        "По итогам заседания стороны решили пригласить на следующую встречу депутатов "
        "Законодательного собрания Кировской области."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-PER", "RU-UD"))]


def test_members_listed_before_regions_weighing_to_join(read):
    text = (
        "В Перми прошла стратегическая сессия Ассоциации инновационных регионов России.\n\n"
        "В сессии участвовали представители девяти регионов. Среди них — члены ассоциации: Пермский "
        "край, Республики Башкортостан и Татарстан, а также регионы, которые рассматривают "
        "возможность вступления в АИРР, — Удмуртия и Свердловская область."
    )
    assert members(read, text) == ["RU-BA", "RU-PER", "RU-TA"]


def test_a_sitting_of_a_body_is_attended_by_the_regions_it_is_made_of(read):
    text = (
        "При АИРР создана межрегиональная рабочая группа\n\n"
        "Решением Совета Ассоциации инновационных регионов России сформирована рабочая группа.\n\n"
        "В состав рабочей группы вошли представители регионов — членов АИРР: Томская, Иркутская и "
        "Тюменская области.\n\n"
        "Первое заседание рабочей группы прошло 9 сентября 2025 года в Новосибирске. Участники "
        "утвердили план работы."
    )
    assert set(coop(read, text)) == {("CoParticipation", ("RU-IRK", "RU-TOM", "RU-TYU"))}


def test_who_took_part_told_just_before_the_paragraph_names_the_meeting(read):
    text = (
        "Нижегородская область стала членом АИРР\n\n"
        "Общее собрание членов Ассоциации инновационных регионов России поддержало заявку "
        "Нижегородской области на вступление.\n\n"
        "В голосовании участвовали губернатор Калужской области Владислав Шапша и глава Мордовии "
        "Артём Здунов. На собрании также выступил губернатор Нижегородской области Глеб Никитин."
    )
    assert set(coop(read, text)) == {("CoParticipation", ("RU-KLU", "RU-MO", "RU-NIZ"))}


def test_a_letter_asking_to_take_part_later_is_not_taking_part(read):
    text = (
        "Первое заседание рабочей группы АИРР прошло в Новосибирске. В нём участвовали министры "
        "Новосибирской области и Пермского края.\n\n"
        "Интерес к работе группы проявил и Южный Урал: Челябинская область направила письмо с "
        "просьбой включить её представителя в состав группы. Решение примут на следующем заседании."
    )
    assert set(coop(read, text)) == {("CoParticipation", ("RU-NVS", "RU-PER"))}


def test_what_follows_another_verb_after_the_signing_is_not_signed(read):
    text = (
        "Омская область подписала соглашение с Хакасией и обсудила сотрудничество с Тывой\n\n"
        "Губернатор Омской области Виталий Хоценко и глава Республики Хакасия Валентин Коновалов "
        "подписали соглашение о сотрудничестве."
    )
    assert coop(read, text) == [("Agreement", ("RU-KK", "RU-OMS"))]


def test_who_came_told_in_the_paragraph_after_the_lead(read):
    text = (
        "Прикамье приняло стратегическую сессию АИРР\n\n"
        "14 марта в Перми прошла выездная стратегическая сессия Ассоциации инновационных регионов "
        "России. Основной площадкой стал технопарк.\n\n"
        "Пермский край входит в АИРР с 2010 года. На этот раз в столицу Прикамья приехали делегации "
        "Томской и Тюменской областей.\n\n"
        "Открыл сессию первый заместитель председателя правительства Пермского края Олег Черных."
    )
    assert set(coop(read, text)) == {("CoParticipation", ("RU-PER", "RU-TOM", "RU-TYU"))}


def test_a_region_that_only_sent_a_message_did_not_take_part(read):
    text = (
        "В Казани прошло общее собрание членов АИРР\n\n"
        "В собрании приняли участие губернатор Томской области Владимир Мазур и губернатор Калужской "
        "области Владислав Шапша. Кроме того, письмо о намерении присоединиться к ассоциации направил "
        "Глава Бурятии Алексей Цыденов. Модератор зачитал приветствие губернатора Пермского края."
    )
    assert set(coop(read, text)) == {("CoParticipation", ("RU-KLU", "RU-TOM"))}


def test_members_of_the_association_named_by_a_pronoun(read):
    text = (
        "Ассоциация инновационных регионов России была создана в 2010 году. Среди её участников — "
        "Татарстан, Красноярский край и Москва."
    )
    assert members(read, text) == ["RU-KYA", "RU-MOW", "RU-TA"]


def test_hoping_to_enter_a_rank_is_no_wish_to_join(read):
    text = (
        "Среди регионов — членов АИРР в рейтинге выше всех оказался Татарстан, а наибольший рост "
        "показала Югра. По словам первого заместителя губернатора Югры Павла Ерёменко, в следующем "
        "году округ рассчитывает войти в число «сильных инноваторов»."
    )
    assert members(read, text) == ["RU-KHM", "RU-TA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр экономического развития Новосибирской области Дмитрий Волохов рассказал о "
            "соседях.\n\n— Какие соглашения работают?\n\n— В мае мы вместе с томскими коллегами "
            "утвердили совместный план по биотехнологиям.",
            ("RU-NVS", "RU-TOM"),
        ),
        (
            "Председатель Законодательного собрания Красноярского края Алексей Додатко ответил на "
            "вопросы.\n\n— Как родился совет?\n\n— Три года назад мы вместе с председателем "
            "Верховного Совета Республики Хакасия Игорем Чаптыковым создали межпарламентский совет.",
            ("RU-KK", "RU-KYA"),
        ),
    ],
)
def test_we_together_with_partners_in_an_interview(read, text, expected):
    assert [parties for _, parties in coop(read, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ульяновская область входит в Ассоциацию инновационных регионов России, и министр "
            "предложил пензенским коллегам подключиться к проектам ассоциации.",
            ["RU-ULY"],
        ),
        # the items of one list, not clauses
        (
            "Сегодня в АИРР входят республики Башкортостан и Татарстан; Пермский край; Томская "
            "область, а также город Москва.",
            ["RU-BA", "RU-MOW", "RU-PER", "RU-TA", "RU-TOM"],
        ),
    ],
)
def test_being_in_the_association_is_said_of_its_clause(read, text, expected):
    assert members(read, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "В видеоконференции участвовали министры Пензенской и Ульяновской областей. Нижегородские "
        "власти к заседанию не подключались.",
        "Министры Пензенской и Ульяновской областей провели видеоконференцию. Нижегородскую область "
        "к проекту привлекать не планируют.",
    ],
)
def test_a_region_that_did_not_join_in_takes_no_part(read, text):
    assert all("RU-NIZ" not in parties for _, parties in coop(read, text))


def test_a_headline_of_two_clauses_names_two_agreements(read):
    text = (
        "Башкирия и Оренбуржье подписали соглашение, Самарская область договорилась с Самаркандом\n\n"
        "Соглашение подписали глава Башкортостана Радий Хабиров и губернатор Оренбургской области "
        "Евгений Солнцев."
    )
    assert coop(read, text) == [("Agreement", ("RU-BA", "RU-ORE"))]


def test_talks_with_the_person_named_after_с(read):
    text = (
        "Министр транспорта Сахалинской области Ильдар Хасанов обсудил с камчатским министром "
        "транспорта Еленой Полевой запуск морской линии."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KAM", "RU-SAK"))]


def test_an_agreement_in_force_with_the_speakers_region(read):
    text = (
        "Губернатор Курганской области Денис Плотников рассказал о соседях.\n\n"
        "— С какими регионами у вас связи?\n\n"
        "— С Башкортостаном соглашение действует с 2021 года, там основная тема — дороги."
    )
    assert coop(read, text) == [("Agreement", ("RU-BA", "RU-KGN"))]


def test_where_one_joined_a_video_link_from_is_no_party(read):
    text = (
        "Совет АИРР прошёл в режиме видеоконференции\n\n"
        "В заседании участвовали губернатор Томской области Владимир Мазур и губернатор Калужской "
        "области Владислав Шапша. Директор АИРР Иван Федотов, подключившийся к конференции из "
        "Москвы, представил итоги рейтинга."
    )
    assert set(coop(read, text)) == {("CoParticipation", ("RU-KLU", "RU-TOM"))}


def test_a_meeting_of_another_named_association_is_not_the_airr_s(read):
    text = (
        "В Абакане прошло заседание Совета Межрегиональной ассоциации «Сибирское соглашение». "
        "В нём приняли участие губернатор Алтайского края Виктор Томенко и губернатор Омской "
        "области Виталий Хоценко.\n\n"
        "Томская область, которая входит также в Ассоциацию инновационных регионов России, "
        "предложила обмен программами."
    )
    ex, _ = read(text)
    by_association = {(m.region, m.organisation == "airr") for m in ex.memberships}
    assert by_association == {("RU-TOM", True), ("RU-ALT", False), ("RU-OMS", False)}


def test_who_took_part_may_go_on_in_the_next_sentence(read):
    text = (
        "Заседание совета АИРР прошло в Москве. Заседание провёл председатель совета Рустам Минниханов.\n\n"
        "В работе совета приняли участие губернатор Липецкой области Игорь Артамонов и глава Чувашии "
        "Олег Николаев. Калужскую область представлял министр экономического развития области "
        "Дмитрий Разумовский.\n\n"
        "В кулуарах липецкая и чувашская команды договорились провести в Чебоксарах совместную сессию, "
        "а калужская делегация пригласила коллег из Чувашии на промышленную выставку в Калуге."
    )
    assert ("CoParticipation", ("RU-CU", "RU-KLU", "RU-LIP")) in coop(read, text)
    # those the Kaluga delegation asks to its exhibition are no guests of the council
    assert members(read, text) == ["RU-CU", "RU-KLU", "RU-LIP"]


def test_those_invited_to_another_event_are_no_guests_of_the_meeting(read):
    text = (
        "Заседание совета АИРР прошло в Москве.\n\n"
        "В работе совета приняли участие губернатор Липецкой области Игорь Артамонов и глава Чувашии "
        "Олег Николаев.\n\n"
        "В кулуарах липецкая делегация пригласила коллег из Чувашии на промышленную выставку в Липецке."
    )
    assert members(read, text) == ["RU-CU", "RU-LIP"]


def test_representatives_who_stayed_away_are_no_members_delegation(read):
    text = (
        "Заседание совета АИРР прошло в Москве.\n\n"
        "В работе совета приняли участие губернатор Липецкой области Игорь Артамонов и глава Чувашии "
        "Олег Николаев.\n\n"
        "Совет рассмотрел заявку Самарской области на вступление в ассоциацию. Решение отложено до "
        "общего собрания членов АИРР. Представители самарского правительства на заседании не "
        "присутствовали."
    )
    assert members(read, text) == ["RU-CU", "RU-LIP"]


def test_a_region_that_may_join_some_day_is_no_member_even_at_a_meeting(read):
    text = (
        "Губернаторы Тюменской области, Югры и Ямала утвердили план подготовки кадров на заседании "
        "координационного совета в Тобольске. В заседании участвовали губернатор Тюменской области "
        "Александр Моор, губернатор Югры Руслан Кухарук и губернатор Ямала Дмитрий Артюхов.\n\n"
        "Тюменская область и Югра входят в Ассоциацию инновационных регионов России. На заседании "
        "обсуждалось, что в перспективе к ассоциации может присоединиться и Ямал."
    )
    assert members(read, text) == ["RU-KHM", "RU-TYU"]


def test_who_is_to_come_to_the_next_meeting_takes_no_part_in_this_one(read):
    text = (
        "Общее собрание АИРР прошло в Москве.\n\n"
        "В собрании приняли участие губернатор Ульяновской области Алексей Русских и глава Чувашии "
        "Олег Николаев.\n\n"
        "Собрание рассмотрело обращение Омской области, которая намерена вступить в ассоциацию. "
        "Решение о её приёме примут на следующем заседании совета после стратегической сессии с "
        "участием омской команды."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-CU", "RU-ULY"))]


def test_a_video_conference_is_a_meeting_and_who_failed_to_join_it_takes_no_part(read):
    text = (
        "Губернатор Липецкой области Игорь Артамонов провёл видеоконференцию с руководителями "
        "соседних регионов. К разговору подключились губернатор Белгородской области Вячеслав "
        "Гладков и губернатор Тульской области Дмитрий Миляев.\n\n"
        "Из Москвы к видеоконференции подключился директор АИРР Иван Федотов.\n\n"
        "Планировалось, что присоединится и представитель Орловской области, однако подключиться "
        "орловским коллегам не удалось."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-BEL", "RU-LIP", "RU-TUL"))]


B38_09_LIKE = (
    "Зауралье вступило в АИРР, Ставрополье покинуло ассоциацию\n\n"
    "Курганская область стала членом Ассоциации инновационных регионов России. Решение одобрено на "
    "общем собрании членов ассоциации в Москве.\n\n"
    "В собрании приняли участие губернатор Курганской области Вадим Шумков, губернатор Калужской "
    "области Владислав Шапша и Глава Республики Мордовия Артём Здунов.\n\n"
    "Заявка на вступление была подана ещё осенью, её поддержали Калужская область и Мордовия, с "
    "которыми Курганская область ранее заключила соглашения о сотрудничестве.\n\n"
    "На том же собрании члены ассоциации приняли к сведению решение Ставропольского края о выходе "
    "из АИРР. Представители края в собрании не участвовали."
)


def test_regions_that_supported_an_application_are_members_at_the_meeting(read):
    assert members(read, B38_09_LIKE) == ["RU-KGN", "RU-KLU", "RU-MO"]


def test_a_headline_of_joining_and_leaving_names_no_agreement_and_the_joiner_takes_part(read):
    found = coop(read, B38_09_LIKE)
    assert ("CoParticipation", ("RU-KGN", "RU-KLU", "RU-MO")) in found
    assert not any("RU-STA" in parties for _, parties in found)


@pytest.mark.parametrize(
    ("agreed", "expected"),
    [
        ("стороны не смогли согласовать раздел документа о логистике.", []),
        ("стороны полностью согласовали текст документа.", [("Agreement", ("RU-KGD", "RU-LEN"))]),
    ],
)
def test_a_signing_put_off_in_the_headline_is_an_agreement_only_where_its_text_was_agreed(
    read, agreed, expected
):
    text = (
        "Подписание соглашения между Калининградской и Ленинградской областями отложено\n\n"
        "Подписание соглашения о сотрудничестве перенесено на неопределённый срок. По словам "
        f"министра, {agreed} Визит делегации Ленинградской области в Калининград отменён.\n\n"
        "На прошлой неделе губернатор Калининградской области Алексей Беспрозванных подписал "
        "соглашение с Псковской областью."
    )
    assert [c for c in coop(read, text) if "RU-PSK" not in c[1]] == expected


def test_no_one_takes_part_in_a_visit_called_off(read):
    text = (
        "Визит крымской делегации в Калининград отменён\n\n"
        "Визит делегации во главе с заместителем Председателя Совета министров Республики Крым "
        "Русланом Ибраимовым в Калининградскую область отменён. В составе делегации должны были быть "
        "представители Севастополя."
    )
    assert [c for c in coop(read, text) if c[0] == "CoParticipation"] == []


def test_parties_to_an_agreement_signed_within_an_event_take_part_in_it_with_the_others(read):
    text = (
        "Правительства Мурманской области и Ямало-Ненецкого автономного округа подписали соглашение "
        "о сотрудничестве. Со стороны ЯНАО соглашение подписал заместитель губернатора Тимур "
        "Сафаргалиев. Церемония прошла в Мурманске в рамках стратегической сессии АИРР, в работе "
        "которой также участвовала делегация Архангельской области."
    )
    assert ("CoParticipation", ("RU-ARK", "RU-MUR", "RU-YAN")) in coop(read, text)


def test_a_festival_the_regions_held_together_is_a_joint_event(read):
    text = (
        "Приангарье и Бурятия провели общий фестиваль на Байкале\n\n"
        "В Кабанском районе Бурятии прошёл межрегиональный фестиваль «Байкальский омуль». Его "
        "совместно организовали правительства Республики Бурятия и Иркутской области.\n\n"
        "Иркутскую делегацию на фестивале возглавил министр сельского хозяйства Иркутской области "
        "Евгений Ворожцов."
    )
    assert [p for _, p in coop(read, text)] == [("RU-BU", "RU-IRK")]


def test_regions_that_unite_work_together(read):
    text = (
        "Четыре региона впервые представили общий стенд на международной выставке в Москве. Под "
        "брендом «Золотое кольцо» объединились Ярославская, Костромская, Ивановская и Владимирская "
        "области."
    )
    assert coop(read, text) == [("JointProject", ("RU-IVA", "RU-KOS", "RU-VLA", "RU-YAR"))]


def test_regions_named_as_the_subject_of_a_joint_undertaking_work_together(read):
    text = (
        "Попов напомнил, что Вологодчина, Коми и Архангельская область в прошлом году внесли в "
        "Государственную Думу совместную законодательную инициативу."
    )
    assert coop(read, text) == [("JointProject", ("RU-ARK", "RU-KO", "RU-VLG"))]


def test_a_region_named_by_its_kind_signs_as_the_one_named_before(read):
    text = (
        "Губернатор Забайкальского края назначил нового министра здравоохранения.\n\n"
        "Прежний министр руководил отраслью четыре года. При нём край подписал с Амурской областью "
        "соглашение о санитарной авиации."
    )
    assert coop(read, text) == [("Agreement", ("RU-AMU", "RU-ZAB"))]


def test_a_governor_the_interviewee_names_as_acting_is_of_the_interviewees_region(read):
    text = (
        "Алла Гурская: «Партнёры нам нужны»\n\n"
        "Мы поговорили с заместителем губернатора Калининградской области Аллой Гурской.\n\n"
        "— С кем регион дружит?\n\n"
        "— В прошлом году мы провели дни области в Новосибирской. А в 2023-м губернатор Андрей "
        "Беседин подписал соглашение о сотрудничестве с Татарстаном. Концепцию центра мы обсуждали "
        "с губернатором Андреем Травниковым."
    )
    ex, _ = read(text)
    regions = {ex.persons[p.person].name.display: p.region for p in ex.posts}
    assert regions["Андрей Беседин"] == "RU-KGD"
    assert regions["Андрей Травников"] == "RU-NVS"  # a partner named after «с» keeps the context's


def test_a_delegations_members_list_goes_on_and_a_founder_is_named_by_its_verb(read):
    text = (
        "В Прикамье прошла стратегическая сессия АИРР\n\n"
        "Прикамье — один из восьми регионов, основавших объединение в 2010 году.\n\n"
        "В состав делегации вошли представители регионов — членов АИРР: генеральный директор "
        "Агентства инновационного развития Калужской области Павел Гранков и начальник управления "
        "инновационной политики Липецкой области Елена Корнеева. Тюменскую область представляла "
        "Марина Дьяченко, советник губернатора."
    )
    ex, _ = read(text)
    rules = {m.region: m.rule for m in ex.memberships}
    assert sorted(rules) == ["RU-KLU", "RU-LIP", "RU-PER", "RU-TYU"]
    # entering a delegation's make-up is not joining the association
    assert rules["RU-KLU"] == "region listed among the association's members"


def test_a_region_called_one_of_the_associations_members_in_the_feminine_is_a_member(read):
    text = "Принимала сессию Нижегородская область — одна из самых активных участниц ассоциации АИРР."
    assert members(read, text) == ["RU-NIZ"]


def test_a_member_that_could_not_join_a_session_is_still_a_member(read):
    text = (
        "Глава Башкортостана Радий Хабиров, чей регион также является членом ассоциации АИРР, не "
        "смог присоединиться к сессии и направил участникам приветственное письмо."
    )
    assert members(read, text) == ["RU-BA"]


def test_regions_listed_after_a_sentence_that_counts_the_members_are_members(read):
    text = (
        "Общее собрание АИРР прошло в Казани. Смоленская область покинула ассоциацию. После этих "
        "решений в АИРР остаются семнадцать регионов. Среди них — республики Татарстан и "
        "Башкортостан, Пермский край и Томская область.\n\nЗаявку Пензенской области отложили."
    )
    assert members(read, text) == ["RU-BA", "RU-PER", "RU-TA", "RU-TOM"]


def test_the_partner_told_before_as_neighbours_is_a_member(read):
    text = (
        "Министр экономики Самарской области Ирина Солодова рассказала о работе в АИРР.\n\n"
        "— Ирина Викторовна, регион вступил в АИРР два года назад. Что это дало?\n\n"
        "— С ульяновской стороны проект курирует министр промышленности Ульяновской области Павел "
        "Зотов. Соседи тоже входят в ассоциацию."
    )
    assert members(read, text) == ["RU-SAM", "RU-ULY"]


def test_a_founder_named_by_its_kind_in_a_relative_clause(read):
    text = (
        "Генеральный директор Корпорации развития Красноярского края Олег Ярцев рассказал, как "
        "работает трёхстороннее соглашение края с Республикой Хакасия и Республикой Тыва и что "
        "региону дало членство в АИРР, одним из основателей которой край стал в 2010 году."
    )
    assert members(read, text) == ["RU-KYA"]
    assert coop(read, text) == [("Agreement", ("RU-KK", "RU-KYA", "RU-TY"))]


def test_a_project_that_will_become_part_of_a_programme_is_no_joining_later(read):
    text = (
        "Для Томской области, одного из регионов — основателей Ассоциации инновационных регионов "
        "России, проект станет частью межрегиональной программы."
    )
    assert members(read, text) == ["RU-TOM"]


def test_a_region_asked_to_join_an_agreement_that_refused_takes_no_part(read):
    text = (
        "В Архангельске завершился форум «Арктический диалог». В нём приняли участие делегации "
        "Архангельской и Мурманской областей.\n\nГубернатор Архангельской области Михаил Веденеев и "
        "губернатор Мурманской области Тимур Ахмеров подписали соглашение.\n\nРеспублику Коми также "
        "приглашали присоединиться к документу, но там от подписания отказались. Как сообщил первый "
        "заместитель председателя правительства Республики Коми Владислав Кетов, Сыктывкар доработает "
        "свою стратегию."
    )
    assert all("RU-KO" not in parties for _, parties in coop(read, text))


def test_a_republic_named_by_its_kind_after_another_kinds_region_is_a_member(read):
    text = (
        "Делегация Республики Мордовия посетила Нижний Новгород.\n\nРектор университета рассказала "
        "о программе, которую вуз запустит вместе с нижегородскими коллегами.\n\nРеспублика входит в "
        "число основателей Ассоциации инновационных регионов России."
    )
    assert members(read, text) == ["RU-MO"]


def test_he_who_signs_is_the_one_the_sentence_before_names(read):
    text = (
        "Проектный офис разместился в Ульяновской области. Руководителем офиса назначен первый "
        "заместитель министра агропромышленного комплекса Ульяновской области Денис Архипов. "
        "Соглашение о работе офиса он подписал с министром сельского хозяйства Мордовии Виктором "
        "Кочкуровым."
    )
    assert ("Agreement", ("RU-MO", "RU-ULY")) in coop(read, text)


def test_regions_that_enter_a_working_group_together_work_together(read):
    text = (
        "Рабочую группу возглавила заместитель губернатора Томской области Ольга Кузнецова. Вместе "
        "с томичами в группу вошли представители Новосибирской области и Красноярского края."
    )
    assert coop(read, text) == [("JointProject", ("RU-KYA", "RU-NVS", "RU-TOM"))]


def test_entering_the_association_together_is_no_joint_work(read):
    text = "Вместе с томичами в ассоциацию вошли Новосибирская область и Красноярский край."
    assert coop(read, text) == []


def test_one_more_region_signs_the_document_just_told(read):
    text = (
        "Соглашение о подготовке заявки подписали министр промышленности Самарской области Роман "
        "Лапин и ульяновский министр промышленности Михаил Семенкин. От Пензенской области документ "
        "подписал Сергей Ефимов, министр экономического развития региона."
    )
    assert coop(read, text) == [("Agreement", ("RU-PNZ", "RU-SAM", "RU-ULY"))]


def test_a_region_signing_another_agreement_of_its_own_is_no_party_to_the_one_before(read):
    text = (
        "Соглашение о сотрудничестве подписали губернаторы Самарской и Ульяновской областей. "
        "Пензенская область подписала соглашение о поставках с компанией «Ромашка»."
    )
    assert coop(read, text) == [("Agreement", ("RU-SAM", "RU-ULY"))]


def test_a_digest_under_datelines_joins_regions_only_within_each_item(read):
    text = (
        "Межрегиональная хроника\n\n"
        "НИЖНИЙ НОВГОРОД. Документ о сотрудничестве подписали министр культуры Чувашии Светлана "
        "Ермакова и министр туризма Республики Марий Эл Кирилл Зеленин. Церемония прошла на полях "
        "Волжского туристического форума.\n\n"
        "КАЛУГА. Калужскую область посетила делегация из Казани. Гостей принял заместитель губернатора "
        "Калужской области Роман Ладыгин.\n\n"
        "УФА. В столице Башкортостана завершились VII межрегиональные летние игры сельской молодёжи. За "
        "медали боролись "
        "спортсмены из Республики Башкортостан, Оренбургской и Челябинской областей."
    )
    pairs = {pair for _, parties in coop(read, text) for pair in combinations(parties, 2)}
    assert pairs == {("RU-CU", "RU-ME"), ("RU-BA", "RU-CHE"), ("RU-BA", "RU-ORE"), ("RU-CHE", "RU-ORE")}


def test_students_from_regions_at_a_camp_take_part_in_it(read):
    text = (
        "В Ульяновской области завершилась смена межрегионального молодёжного лагеря. Здесь жили и "
        "учились старшеклассники и студенты из Ульяновской области, Республики Татарстан и Республики "
        "Мордовия. Мордовскую команду привезла заместитель министра Республики Мордовия Евгения "
        "Кулагина."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-MO", "RU-TA", "RU-ULY"))]


def test_the_members_listed_among_the_participants_before_the_others_wish_took_part(read):
    text = (
        "В Перми прошла стратегическая сессия АИРР. В сессии участвовали представители пяти регионов. "
        "Среди них — члены ассоциации: Пермский край, Республики Башкортостан и Татарстан, а также "
        "регионы, которые рассматривают возможность вступления в АИРР, — Удмуртия и Свердловская "
        "область. Министр промышленности Удмуртской Республики Станислав Горбунов рассказал о "
        "загрузке предприятий."
    )
    parties = {c for _, ps in coop(read, text) for c in ps}
    assert {"RU-PER", "RU-BA", "RU-TA", "RU-UD"} <= parties


def test_we_and_the_partners_in_apposition_and_this_republic_in_an_interview(read):
    text = (
        "Министр инноваций Республики Саха (Якутия) Алексей Слепцов рассказал о работе в АИРР.\n\n"
        "— Что дало членство?\n\n"
        "— Вместе с коллегами по ассоциации, Томской и Новосибирской областями, мы запустили "
        "совместный проект по подготовке ИТ-специалистов. Модель технопарка во многом взята у "
        "Татарстана. В 2022 году мы подписали с этой республикой соглашение о сотрудничестве."
    )
    assert coop(read, text) == [
        ("Agreement", ("RU-SA", "RU-TA")),
        ("JointProject", ("RU-NVS", "RU-SA", "RU-TOM")),
    ]


def test_the_delegation_of_the_association_and_who_came_told_after_the_lead(read):
    text = (
        "Инновационные регионы заглянули в Арктику\n\n"
        "Три дня в Якутии работала делегация Ассоциации инновационных регионов России.\n\n"
        "В Якутск приехали представители Томской и Новосибирской областей. Участников приветствовал "
        "Председатель Правительства Республики Саха (Якутия) Кирилл Алексеев.\n\n"
        "По итогам визита участники решили подготовить концепцию полигона. Следующую выездную сессию "
        "ассоциации решено провести в Башкирии."
    )
    parties = {c for _, ps in coop(read, text) for c in ps}
    assert parties == {"RU-SA", "RU-TOM", "RU-NVS"}


def test_guests_who_applied_to_join_took_part_all_the_same(read):
    text = (
        "В Академгородке состоялась стратегическая сессия АИРР. Организатором выступило правительство "
        "Новосибирской области. Участников приветствовала заместитель губернатора Новосибирской "
        "области Ирина Мансурова. В сессии приняли участие представители Томской области. Гостями "
        "встречи стали делегации Кузбасса, подавшего заявку на вступление в ассоциацию, а также "
        "Алтайского края."
    )
    parties = {c for _, ps in coop(read, text) for c in ps}
    assert parties == {"RU-NVS", "RU-TOM", "RU-KEM", "RU-ALT"}


def test_a_region_invited_to_a_later_forum_does_not_split_the_meeting(read):
    text = (
        "В Абакане прошло заседание Совета ассоциации «Сибирское соглашение». В нём приняли участие "
        "губернатор Томской области Евгений Лыков и губернатор Красноярского края Алексей Ширяев. "
        "Принимающую сторону представлял Глава Республики Хакасия Виктор Чебодаев.\n\n"
        "В завершение Виктор Чебодаев поблагодарил коллег за приезд и пригласил тувинскую делегацию "
        "на летний экономический форум в Хакасии."
    )
    parties = {c for _, ps in coop(read, text) for c in ps}
    assert parties == {"RU-KK", "RU-TOM", "RU-KYA"}


def test_the_member_region_a_subject_with_a_participle_stands_for(read):
    text = (
        "Липецкая область принимала стратегическую сессию АИРР. Регион, входящий в ассоциацию, "
        "пригласил на неё соседей: в Липецк приехали делегации Тамбовской и Воронежской областей."
    )
    assert members(read, text) == ["RU-LIP"]


def test_a_regions_patronage_over_a_district_of_another_is_joint_work(read):
    text = (
        "МЕЛИТОПОЛЬ, 9 октября. Запорожская область и Республика Крым подписали соглашение.\n\n"
        "Губернатор поблагодарил Ульяновскую область, которая с 2022 года шефствует над Васильевским "
        "муниципальным округом."
    )
    assert ("JointProject", ("RU-ULY", "RU-ZAP")) in coop(read, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Севастополь подал заявку на вступление в АИРР. "
            "«Томская область стояла у истоков ассоциации, и мы охотно делимся опытом с регионами, "
            "которые только собираются к ней присоединиться», — пояснила руководитель офиса.",
            ["RU-TOM"],
        ),
        ("Собрание АИРР рассмотрело и обращение Омской области, которая намерена вступить в ассоциацию.", []),
    ],
)
def test_a_wish_to_join_in_a_relative_clause_is_of_those_it_names(read, text, expected):
    assert members(read, text) == expected


def test_the_oblast_that_became_a_member_is_the_one_told_as_a_subject_not_one_in_a_career(read):
    text = (
        "Еврейская автономная область вступила в АИРР\n\n"
        "Губернатор, до назначения восемь лет проработавший в правительстве Амурской области, "
        "пообещал первые проекты. Решение приняли единогласно. Область стала двадцать третьим "
        "участником объединения."
    )
    assert members(read, text) == ["RU-YEV"]


def test_a_region_that_was_not_at_the_session_took_no_part(read):
    text = (
        "В Перми прошла стратегическая сессия АИРР. В ней приняли участие делегации Липецкой и "
        "Калужской областей. А вот Курской области на сессии не было: в прошлом году регион вышел "
        "из объединения."
    )
    assert all("RU-KRS" not in parties for _, parties in coop(read, text))


@pytest.mark.parametrize(
    "text",
    [
        "Липецкая область готова заключить соглашение о сотрудничестве с Тамбовской областью.",
        "Соглашение Липецкой и Тамбовской областей могут подписать уже в следующем году.",
        "Депутаты Липецкой области рассчитывают на встречу с тамбовскими коллегами, но дата пока не "
        "определена.",
    ],
)
def test_ready_able_or_hoping_to_is_not_done(read, text):
    assert coop(read, text) == []


def test_a_bare_region_subject_working_together_with_another(read):
    text = (
        "Липецкая область входит в АИРР с 2012 года. В прошлом году регион вместе с Калужской областью "
        "реализовал совместный проект по развитию индустриальных парков."
    )
    assert coop(read, text) == [("JointProject", ("RU-KLU", "RU-LIP"))]


@pytest.mark.parametrize(
    "text",
    [
        "Вслед за Кубанью: Ставрополье и Калмыкия подписали соглашение о мелиорации.",
        "Ставрополье и Калмыкия подписали соглашение о мелиорации, опираясь на опыт Кубани.",
    ],
)
def test_a_region_named_to_compare_with_is_no_party(read, text):
    assert coop(read, text) == [("Agreement", ("RU-KL", "RU-STA"))]


def test_a_gathering_told_by_its_verb_is_not_the_next_meeting(read):
    text = (
        "В Челябинске собрались представители Тульской и Воронежской областей и Республики Калмыкия. "
        "Следующую встречу участники договорились провести в Элисте. На полях встречи Тульщина и "
        "Воронежская область представили совместный проект."
    )
    parties = {c for _, ps in coop(read, text) for c in ps}
    assert parties == {"RU-TUL", "RU-VOR", "RU-KL"}


def test_a_region_kept_away_in_person_but_present_by_link_took_part(read):
    text = (
        "В Архангельске прошла стратегическая сессия АИРР. В ней участвовали представители Томской "
        "области. Делегация Якутии не смогла прилететь из-за непогоды, поэтому республику по "
        "видеосвязи представлял министр инноваций Якутии Айаал Нюргунов."
    )
    parties = {c for _, ps in coop(read, text) for c in ps}
    assert "RU-SA" in parties


def test_a_region_that_did_not_join_the_video_link_took_no_part(read):
    text = (
        "Заседание совета прошло по видеосвязи. В нём участвовали представители Томской и "
        "Новосибирской областей. Представители Красноярского края к видеоконференции не подключились."
    )
    assert all("RU-KYA" not in ps for _, ps in coop(read, text))


@pytest.mark.parametrize(
    "text",
    [
        "Пермский край и Свердловская область подписали соглашение. Свердловская область пока не член "
        "АИРР, но это не мешает работать вместе. Пермский край входит в АИРР.",
        "Тульская область вошла в АИРР вместе с Калужской областью.\n\nИсправление. В предыдущей версии "
        "заметки Тульская область ошибочно была названа членом АИРР. Регион в ассоциацию не входит.",
    ],
)
def test_a_region_the_text_says_is_no_member_is_none(read, text):
    assert all(code not in ("RU-SVE", "RU-TUL") for code in members(read, text))


def test_teams_of_regions_at_a_school_take_part_together(read):
    ex, _ = read(
        "В Самаре прошла Школа трансфера технологий Ассоциации инновационных регионов России. На "
        "занятия приехали команды Ульяновской и Нижегородской областей и Республики Татарстан."
    )
    assert [(c.kind, sorted(c.parties)) for c in ex.cooperations] == [
        ("CoParticipation", ["RU-NIZ", "RU-TA", "RU-ULY"])
    ]


def test_a_members_list_after_a_colon_names_the_members_by_their_peoples_posts(read):
    text = (
        "Ассоциация инновационных регионов России утвердила новый состав рабочей группы. В группу "
        "вошли представители регионов — членов АИРР, отвечающие за инновационную политику:\n\n"
        "Абрамова Елена Сергеевна, заместитель председателя правительства Ульяновской области;\n"
        "Кривцов Денис Олегович, министр экономического развития Новосибирской области."
    )
    assert members(read, text) == ["RU-NVS", "RU-ULY"]


def test_a_festivals_troupes_from_regions_take_part_in_it(read):
    text = (
        "В Кунгуре открылся межрегиональный фестиваль народного творчества «Соседи». Пермский край "
        "принимает коллективы из Удмуртии, Башкортостана и Свердловской области."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-BA", "RU-PER", "RU-SVE", "RU-UD"))]


def test_the_host_who_received_the_guest_takes_part_in_the_visit(read):
    text = (
        "Тамбовский губернатор Евгений Первышов в четверг побывал с рабочим визитом в Липецкой "
        "области. Гостя принимал глава региона Игорь Артамонов."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-LIP", "RU-TAM"))]


def test_a_region_a_pronoun_says_is_no_member_stays_out(read):
    text = (
        "В Обнинске прошло выездное заседание рабочей группы Ассоциации инновационных регионов России. "
        "Калужская область принимала коллег из Новосибирской и Ульяновской областей — тоже участников "
        "ассоциации. Необычным участником встречи стала Тульская область. В ассоциацию она пока не "
        "входит, но готовит заявку."
    )
    assert "RU-TUL" not in members(read, text)


def test_who_met_or_called_a_colleague_of_another_region_met_him(read):
    text = (
        "Губернатор Югры Руслан Кухарук в среду побывал в Казани, где встретился с Раисом Татарстана "
        "Рустамом Миннихановым."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KHM", "RU-TA"))]
    text = "Глава Чувашии Олег Николаев созвонился с главой Якутии Айсеном Николаевым."
    assert coop(read, text) == [("CoParticipation", ("RU-CU", "RU-SA"))]
    assert coop(read, "Губернатор Курской области встретился с жителями приграничья.") == []


def test_who_reports_that_neighbours_are_members_is_not_one_by_saying_so(read):
    text = (
        "Министр науки и высшего образования Кузбасса Артём Лобанов отметил, что соседние "
        "Новосибирская и Томская области входят в АИРР с момента её основания."
    )
    assert members(read, text) == ["RU-NVS", "RU-TOM"]


def test_an_admission_the_association_approved_makes_a_member_and_one_put_off_does_not(read):
    text = (
        "Совет Ассоциации инновационных регионов России на заседании в Казани одобрил вступление "
        "Чувашской Республики в ассоциацию. Совет также рассмотрел обращение Оренбургской области. "
        "Решение по нему отложено."
    )
    assert members(read, text) == ["RU-CU"]


def test_four_regions_signing_one_agreement_are_no_hub_and_spokes(read):
    text = (
        "Ярославская, Костромская, Ивановская и Владимирская области подписали соглашение о создании "
        "единого туристического маршрута с едиными «туристическими картами» для путешественников, "
        "сообщили в администрации Костромской области."
    )
    assert coop(read, text) == [("Agreement", ("RU-IVA", "RU-KOS", "RU-VLA", "RU-YAR"))]


@pytest.mark.parametrize(
    "text",
    [
        "Подписание соглашения Севастополя и Калужской области перенесено на осень.",
        "Вологодская область готовит соглашение о сотрудничестве с Татарстаном в сфере робототехники.",
        "В пресс-службе Липецкой области опровергли сообщения о том, что в ходе визита будет подписано "
        "трёхстороннее соглашение с участием Тамбовской и Белгородской областей.",
        "Соглашение о сотрудничестве Липецкой и Тамбовской областей будет подписано в июне.",
    ],
)
def test_a_signing_put_off_prepared_denied_or_to_come_is_no_agreement(read, text):
    assert coop(read, text) == []


def test_a_video_meeting_the_tagger_takes_for_a_plural_is_one_meeting(read):
    text = (
        "Глава Чувашии Олег Николаев и глава Республики Саха (Якутия) Айсен Николаев провели в "
        "понедельник видеосовещание."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-CU", "RU-SA"))]


def test_a_talk_on_the_sidelines_of_a_big_forum_is_a_meeting_of_its_own(read):
    text = (
        "На Петербургском международном экономическом форуме регионы подписали десятки соглашений с "
        "инвесторами. Кроме того, на полях форума губернатор Калужской области Игорь Сазонов "
        "встретился с главой Мордовии Константином Маркиным."
    )
    assert ("CoParticipation", ("RU-KLU", "RU-MO")) in coop(read, text)


def test_a_region_someone_headed_before_takes_no_part_in_his_visit(read):
    text = (
        "Губернатор Свердловской области Денис Паслер прибыл с рабочим визитом в Челябинскую область. "
        "Для Паслера, который до весны 2025 года руководил Оренбургской областью, это первый визит к "
        "челябинскому коллеге в новом качестве."
    )
    assert all("RU-ORE" not in parties for _, parties in coop(read, text))


def test_an_agreement_said_not_to_be_discussed_joins_no_one(read):
    text = (
        "Губернатор Пермского края Дмитрий Махонин провёл встречу с главой Ижевска Андреем Лопатиным. "
        "Подписание отдельного соглашения между Пермским краем и Удмуртской Республикой в ходе "
        "визита не обсуждалось."
    )
    assert coop(read, text) == []
    text = "Отдельное соглашение между Томской областью и Татарстаном сейчас не обсуждается."
    assert coop(read, text) == []


def test_regions_named_only_to_locate_cities_take_no_part_in_their_meeting(read):
    text = (
        "Ежегодное собрание Союза развития наукоградов России прошло в Обнинске. В нём участвовали "
        "главы тринадцати наукоградов, в том числе подмосковных Дубны и Королёва и Бийска из "
        "Алтайского края. Губернатор Калужской области Владислав Шапша открыл собрание. Министр "
        "науки Новосибирской области Ирина Рябова рассказала о проекте «Академгородок 2.0»."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KLU", "RU-NVS"))]


def test_a_post_held_before_makes_no_party(read):
    text = (
        "Губернатор Липецкой области Игорь Артамонов встретился с Сергеем Дьяконовым, работавшим "
        "вице-губернатором Тамбовской области. Они обсудили работу технопарков."
    )
    assert coop(read, text) == []


def test_members_named_in_one_clause_and_a_non_member_in_another(read):
    text = (
        "Ассоциация инновационных регионов России опубликовала рейтинг. Первые строчки заняли Москва, "
        "Санкт-Петербург и Республика Татарстан. Из них членами ассоциации являются Москва и Татарстан; "
        "Петербург в АИРР не входит."
    )
    assert members(read, text) == ["RU-MOW", "RU-TA"]


def test_our_ministry_signing_is_the_speakers_region(read):
    text = (
        "Сардаана Павлова: «Арктика нас сближает»\n\n"
        "Министр цифрового развития Республики Саха (Якутия) — о дружбе с Казанью\n\n"
        "— С кем вы работаете теснее всего?\n\n"
        "— С Татарстаном. В 2022 году наше министерство и Министерство цифрового развития Республики "
        "Татарстан подписали меморандум о сотрудничестве."
    )
    assert ("RU-SA", "RU-TA") in [parties for _, parties in coop(read, text)]


def test_a_talk_by_phone_with_a_colleague_of_another_region(read):
    text = (
        "Губернатор Белгородской области Вячеслав Гладков обсудил по телефону с воронежским "
        "губернатором Александром Гусевым организацию зимнего отдыха школьников."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-BEL", "RU-VOR"))]


def test_a_body_s_delegation_spending_days_in_a_region_visits_it(read):
    text = (
        "Делегация правительства Вологодской области во главе с первым заместителем губернатора "
        "Антоном Зуевым провела два дня в Белгородской области. Гостей сопровождал министр "
        "строительства Белгородской области Виктор Гриднев."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-BEL", "RU-VLG"))]


def test_a_federal_portfolio_named_by_a_macro_region_is_of_no_region(read):
    text = (
        "В правительстве Приморского края прошло совещание. Губернатор Приморья Олег Кожемяко вместе с "
        "Анатолием Бобровым, заместителем министра по развитию Дальнего Востока и Арктики, "
        "проинспектировал строительство терминала."
    )
    ex, _ = read(text)
    assert [p.region for p in ex.posts if "дальнего востока" in p.role] == [None]


def test_a_phone_conversation_with_a_colleague_named_after_his_titles(read):
    text = (
        "Губернатор Оренбургской области Евгений Солнцев обсудил вступление области в ассоциацию в "
        "телефонном разговоре с председателем Совета АИРР, Раисом Татарстана Рустамом Миннихановым."
    )
    assert ("CoParticipation", ("RU-ORE", "RU-TA")) in coop(read, text)


def test_its_members_listed_after_a_sentence_about_the_association(read):
    text = (
        "Оренбургская область направила заявку на вступление в Ассоциацию инновационных регионов "
        "России. Ассоциация создана в 2010 году. Среди её участников — Башкортостан и Самарская "
        "область, а также Татарстан."
    )
    assert members(read, text) == ["RU-BA", "RU-SAM", "RU-TA"]


def test_teams_from_a_list_of_regions_take_part_in_the_games_together(read):
    text = (
        "В Ханты-Мансийске открылись Игры народов Севера\n\n"
        "В Ханты-Мансийске в субботу открылись XI Игры народов Севера «Северное сияние». За медали "
        "поспорят более 400 спортсменов из четырёх регионов: Югры, Ямало-Ненецкого автономного "
        "округа, Якутии и Мурманской области.\n\n"
        "Сборная Чукотки на этот раз не приехала."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KHM", "RU-MUR", "RU-SA", "RU-YAN"))]


def test_the_prize_winners_of_games_and_their_host_take_part_together(read):
    text = (
        "Белгородцы выиграли сельские игры\n\n"
        "ТАМБОВ, 20 июля. Командную победу на Всероссийских летних сельских спортивных играх "
        "одержала сборная Белгородской области. Второе место заняли спортсмены Татарстана, третье — "
        "команда Краснодарского края.\n\n"
        "Церемонию закрытия провёл губернатор Тамбовской области Евгений Первышов."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-BEL", "RU-KDA", "RU-TA", "RU-TAM"))]


def test_a_kind_noun_in_a_reported_clause_stands_for_the_region_named_before_it(read):
    text = (
        "Открывая сессию, губернатор Пермского края Дмитрий Махонин напомнил, что край входит в "
        "Ассоциацию инновационных регионов России с момента её создания."
    )
    assert members(read, text) == ["RU-PER"]


def test_a_bare_sitting_right_after_the_members_meeting_is_that_meeting(read):
    text = (
        "Губернатор Калужской области Владислав Шапша принял участие в общем собрании членов "
        "Ассоциации инновационных регионов России. Собрание прошло в Москве. Вместе с калужским "
        "губернатором в заседании участвовал губернатор Липецкой области Игорь Артамонов."
    )
    ex, _ = read(text)
    assert [(e.kind, e.sents) for e in ex.events] == [("GeneralAssembly", (0, 1, 2))]
    assert "RU-LIP" in members(read, text)


@pytest.mark.parametrize(
    "text",
    [
        "Заксобрание Приморья предложило сахалинским депутатам заключить соглашение\n\n"
        "Председатель Законодательного собрания Приморского края направил коллегам на Сахалине проект "
        "соглашения о сотрудничестве. Сахалинская областная дума его пока не рассматривала.",
        "Омское правительство одобрило проект соглашения с Новосибирской областью\n\n"
        "Правительство Омской области одобрило проект Соглашения между Правительством Омской области и "
        "Правительством Новосибирской области о сотрудничестве. Губернатору поручено подписать "
        "соглашение; подписание запланировано на август.",
    ],
)
def test_an_agreement_offered_or_drafted_is_not_yet_made(read, text):
    assert coop(read, text) == []


def test_a_greeting_sent_to_a_ceremony_is_not_taking_part_in_it(read):
    text = (
        "Парламенты Крыма и Севастополя подписали соглашение о взаимодействии\n\n"
        "В Севастополе председатель Государственного Совета Республики Крым Владислав Гончаренко и "
        "председатель Законодательного Собрания города Севастополя Ольга Морозова подписали соглашение "
        "о межпарламентском взаимодействии.\n\n"
        "На церемонии присутствовал губернатор Севастополя Михаил Развожаев.\n\n"
        "Приветствие участникам церемонии направил председатель Законодательного собрания "
        "Запорожской области Андрей Литвин, который пожелал коллегам успехов в совместной работе."
    )
    assert all("RU-ZAP" not in parties for _, parties in coop(read, text))


def test_a_region_a_protocol_decides_to_consider_inviting_next_time_takes_no_part(read):
    text = (
        "ПРОТОКОЛ\n"
        "второго заседания Совместной рабочей группы Свердловской и Челябинской областей\n\n"
        "Присутствовали:\n"
        "от Свердловской области — Кожин Павел Олегович, министр промышленности и науки Свердловской "
        "области;\n"
        "от Челябинской области — Рахимов Тимур Ильдарович, министр промышленности Челябинской области.\n\n"
        "3. Рассмотреть на следующем заседании вопрос о целесообразности приглашения Курганской "
        "области к участию в проекте «Уральский транспортный коридор»."
    )
    assert all("RU-KGN" not in parties for _, parties in coop(read, text))


def test_we_together_with_a_regions_government_or_fellow_members_in_a_quote(read):
    text = (
        "Мэр Москвы Сергей Собянин выступил с отчётом.\n\n"
        "«Вместе с правительством Московской области мы продолжаем строить диаметры», — сказал "
        "Собянин.\n\n"
        "«В этом году вместе с другими членами ассоциации — Татарстаном, Нижегородской и Тюменской "
        "областями — мы запустили программу обмена решениями», — рассказал С. Собянин."
    )
    assert coop(read, text) == [
        ("JointProject", ("RU-MOS", "RU-MOW")),
        ("JointProject", ("RU-MOW", "RU-NIZ", "RU-TA", "RU-TYU")),
    ]


def test_a_region_in_a_relative_clause_is_the_member_not_the_speakers_we(read):
    text = (
        "Первый заместитель губернатора ХМАО Вадим Сташенко рассказал о планах.\n\n"
        "«Мы посмотрели, как подобные программы устроены в Тюменской области, которая давно состоит в "
        "Ассоциации инновационных регионов России, и решили не изобретать велосипед», — заявил Сташенко."
    )
    assert "RU-KHM" not in members(read, text)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Губернатор Пермского края Дмитрий Махонин обратился с посланием.\n\n"
            "«В этом году мы подписали соглашение с Удмуртией. Кооперация наших заводов уже даёт рост "
            "заказов», — сказал глава Прикамья.",
            ("RU-PER", "RU-UD"),
        ),
        (
            "Глава Республики Саха (Якутия) Айсен Николаев выступил с посланием.\n\n"
            "«На форуме мы подписали соглашение с Чувашией. Глава Чувашской Республики Олег Николаев — "
            "мой однофамилец», — сказал Ил Дархан.",
            ("RU-CU", "RU-SA"),
        ),
    ],
)
def test_a_quote_attributed_by_a_title_speaks_for_the_one_who_holds_it(read, text, parties):
    assert [c for _, c in coop(read, text)] == [parties]


def test_a_new_edition_of_a_programme_signed_by_three_governors(read):
    text = (
        "Главным событием года губернатор назвал продление программы «Сотрудничество». В ноябре её "
        "новую редакцию в Тюмени подписали губернатор Тюменской области Александр Моор, губернатор "
        "ЯНАО Дмитрий Артюхов и губернатор Югры Руслан Кухарук."
    )
    assert coop(read, text) == [("Agreement", ("RU-KHM", "RU-TYU", "RU-YAN"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Глава ХМАО упомянул опыт тюменских коллег: Тюменская область входит в Ассоциацию "
            "инновационных регионов России, и округ намерен перенять её практики.",
            ["RU-TYU"],
        ),
        (
            "Соседняя Тюменская область остаётся одним из самых активных участников Ассоциации "
            "инновационных регионов России: она входит в неё с 2013 года.",
            ["RU-TYU"],
        ),
    ],
)
def test_a_colon_parts_the_clause_that_says_who_is_a_member(read, text, expected):
    assert members(read, text) == expected


def test_a_live_blog_of_a_general_meeting_tells_who_was_in_the_hall(read):
    text = (
        "Текстовая трансляция: общее собрание членов АИРР\n\n"
        "11:02 В Москве стартует ежегодное общее собрание членов Ассоциации инновационных регионов "
        "России.\n\n"
        "11:14 Кто в зале. Из глав регионов — членов ассоциации здесь губернатор Калужской области "
        "Владислав Шапша и глава Мордовии Артём Здунов."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KLU", "RU-MO"))]


def test_we_of_a_column_is_the_region_of_its_signed_author(read):
    text = (
        "Колонка. Пятнадцать лет в ассоциации\n\n"
        "Игорь Вельмакин, заместитель председателя правительства Республики Мордовия\n\n"
        "Пятнадцать лет назад я стоял в зале форума в Томске. Вместе с нами меморандум подписали "
        "Татарстан, Пермский край и ещё пять регионов."
    )
    assert coop(read, text) == [("Agreement", ("RU-MO", "RU-PER", "RU-TA"))]


def test_a_governor_named_by_title_alone_signs_for_the_one_head_the_text_names(read):
    text = (
        "Губернатор Кузбасса Илья Середюк отчитался перед депутатами.\n\n"
        "По его словам, угольная отрасль переживает тяжёлый период, а производители Якутии и "
        "Красноярского края находятся ближе к рынкам.\n\n"
        "Среди итогов года губернатор назвал соглашение с Республикой Хакасия, которое он в августе "
        "подписал с главой республики Валентином Коноваловым."
    )
    assert coop(read, text) == [("Agreement", ("RU-KEM", "RU-KK"))]


def test_an_agreement_signed_by_its_pronoun_in_the_next_sentence(read):
    text = (
        "Из межрегиональных итогов главным стало соглашение с Оренбургской областью. Его в апреле "
        "подписали в Самаре губернатор Самарской области Вячеслав Федорищев и губернатор Оренбуржья "
        "Евгений Солнцев."
    )
    assert coop(read, text) == [("Agreement", ("RU-ORE", "RU-SAM"))]


def test_an_agreement_being_prepared_is_not_yet_made(read):
    text = (
        "Кроме того, в Приамурье завершают подготовку соглашения о сотрудничестве с Еврейской "
        "автономной областью. Подписать его планируют в сентябре."
    )
    assert coop(read, text) == []


def test_a_headline_that_offers_an_agreement_signs_none(read):
    text = (
        "Самарская область предложила Оренбуржью соглашение в сфере туризма\n\n"
        "Правительство Самарской области подготовило проект соглашения о сотрудничестве в сфере "
        "туризма с Оренбургской областью. Аналогичное соглашение Самарская область заключила с "
        "Ульяновской областью в 2024 году."
    )
    assert coop(read, text) == [("Agreement", ("RU-SAM", "RU-ULY"))]


def test_a_region_the_members_border_is_no_member(read):
    text = (
        "Сейчас в Ассоциацию инновационных регионов России входят 20 субъектов РФ, в том числе "
        "соседние с Омской областью Тюменская и Новосибирская области."
    )
    assert members(read, text) == ["RU-NVS", "RU-TYU"]


def test_their_representatives_did_not_take_part_of_the_regions_just_listed(read):
    text = (
        "Главы арктических регионов провели заседание совета\n\n"
        "Заседание провёл губернатор Мурманской области Андрей Чибис. В нём участвовал губернатор "
        "Архангельской области Александр Цыбульский.\n\n"
        "Помимо участников заседания, в Арктическую зону входят Республика Коми и Карелия. Их "
        "представители в работе совета на этот раз не участвовали."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-ARK", "RU-MUR"))]


def test_an_event_that_is_planned_joins_no_one_yet(read):
    text = (
        "В правительстве Чувашии сообщили, что намерены поделиться опытом с соседней Марий Эл: "
        "семинар для её команды планируется провести осенью."
    )
    assert coop(read, text) == []


def test_a_region_that_will_take_part_in_the_next_session_takes_none_in_this_one(read):
    text = (
        "В Москве прошла стратегическая сессия АИРР\n\n"
        "В Москве прошла стратегическая сессия Ассоциации инновационных регионов России. В ней "
        "участвовали делегации Томской и Новосибирской областей.\n\n"
        "Следующую сессию планируется провести весной. В ней впервые примет участие Архангельская "
        "область, вступившая в ассоциацию в октябре."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-NVS", "RU-TOM"))]


def test_all_n_regions_count_the_host_named_by_its_city(read):
    text = (
        "Делегация Томской области приняла участие в стратегической сессии Ассоциации инновационных "
        "регионов России, которая прошла в Красноярске. Помимо хозяев и томской команды, в Красноярск "
        "приехали представители Приангарья и Якутии. Все четыре региона входят в АИРР."
    )
    assert members(read, text) == ["RU-IRK", "RU-KYA", "RU-SA", "RU-TOM"]


def test_the_regions_of_the_association_listed_after_a_dash_are_members(read):
    text = (
        "В сессии участвуют представители регионов АИРР — Калужской и Тюменской областей, Москвы и "
        "Красноярского края."
    )
    assert members(read, text) == ["RU-KLU", "RU-KYA", "RU-MOW", "RU-TYU"]


def test_they_are_members_of_the_regions_named_before_and_he_says_we_joined(read):
    text = (
        "Тюменская область впервые стала площадкой выездной стратегической сессии Ассоциации "
        "инновационных регионов России. Два дня представители Татарстана и Свердловской области вместе "
        "с тюменскими коллегами обсуждали технологии. Все они — регионы — участники ассоциации.\n\n"
        "Сессию открыл губернатор Тюменской области Александр Моор. «Мы вошли в ассоциацию, потому что "
        "нам тесно в рамках одной отрасли», — сказал он."
    )
    assert members(read, text) == ["RU-SVE", "RU-TA", "RU-TYU"]


def test_an_announced_event_has_no_one_taking_part_yet(read):
    """An announcement's regions are expected, not yet together; an agreement of last year's
    meeting still counts."""
    text = (
        "Общее собрание членов АИРР пройдёт в рамках Гайдаровского форума\n\n"
        "Ежегодное общее собрание членов Ассоциации инновационных регионов России состоится 15 января "
        "в Москве, сообщает пресс-служба АИРР. Провести собрание планирует председатель Совета "
        "ассоциации, глава Республики Татарстан Рустам Минниханов.\n\n"
        "Ожидается участие руководителей регионов — членов ассоциации, в том числе Калужской, Томской "
        "и Ульяновской областей.\n\n"
        "Кроме того, собрание рассмотрит заявку Ставропольского края на вступление в ассоциацию: "
        "документы поступили в дирекцию АИРР в декабре."
    )
    assert coop(read, text) == []
    text = (
        "Белогорье примет форум приграничных регионов\n\n"
        "В конце августа Белгородская область станет площадкой межрегионального форума «Приграничье».\n\n"
        "Соседи уже подтвердили участие: курская делегация приедет в полном составе, брянская — на "
        "уровне заместителей губернатора."
    )
    assert coop(read, text) == []


def test_an_event_under_way_counts_those_who_will_work_there(read):
    text = (
        "В Перми стартовала стратегическая сессия АИРР\n\n"
        "Пермский край принимает стратегическую сессию Ассоциации инновационных регионов России. Два "
        "дня команды Прикамья, Ульяновской и Тюменской областей будут разбирать, как доводить "
        "разработки вузов до производства."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-PER", "RU-TYU", "RU-ULY"))]


def test_in_an_interview_an_agreement_with_regions_is_the_interviewees_regions(read):
    text = (
        "Максим Гречихин: «Коридор построим втроём»\n\n"
        "Министр экономического развития Калужской области Максим Гречихин — о новых соглашениях с "
        "соседями.\n\n"
        "— Максим Юрьевич, в июне область подписала два документа. Расскажите о них.\n\n"
        "— Первый — трёхстороннее соглашение с Тульской и Московской областями о создании "
        "логистического коридора. Второй документ — соглашение с Брянской областью о кооперации в "
        "фармацевтике."
    )
    assert sorted(coop(read, text)) == [
        ("Agreement", ("RU-BRY", "RU-KLU")),
        ("Agreement", ("RU-KLU", "RU-MOS", "RU-TUL")),
    ]


def test_heads_approving_a_joint_list_of_projects_agreed(read):
    text = (
        "В ноябре губернатор Ямала Дмитрий Артюхов, тюменский губернатор Александр Моор и губернатор "
        "ХМАО Руслан Кухарук утвердили новый перечень объектов на следующие три года."
    )
    assert coop(read, text) == [("Agreement", ("RU-KHM", "RU-TYU", "RU-YAN"))]


def test_an_answer_opening_with_its_partner_names_the_agreements_other_party(read):
    text = (
        "Кирилл Шатов: «Соседям мы не конкуренты»\n\n"
        "Начальник департамента по инновациям Томской области Кирилл Шатов рассказал о проектах.\n\n"
        "— С кем из соседей работаете теснее всего?\n\n"
        "— С Новосибирской областью. В марте мы подписали соглашение о развитии технологических полигонов."
    )
    assert coop(read, text) == [("Agreement", ("RU-NVS", "RU-TOM"))]


def test_colleagues_named_by_an_adjective_are_their_regions_side(read):
    text = (
        "Андрей Лоскутов: «Партнёры рядом»\n\n"
        "Министр промышленности Пермского края Андрей Лоскутов — о соседях.\n\n"
        "— С кем работаете?\n\n"
        "— С удмуртскими коллегами у нас давнее соглашение о подготовке кадров."
    )
    assert coop(read, text) == [("Agreement", ("RU-PER", "RU-UD"))]


def test_a_member_shares_its_experience_with_a_region_that_is_no_member(read):
    text = (
        "Якутия входит в Ассоциацию инновационных регионов России, и, по словам Айсена Николаева, "
        "республика готова поделиться с чувашскими коллегами опытом поддержки ИТ-компаний."
    )
    assert members(read, text) == ["RU-SA"]


def test_a_headline_about_an_appointment_names_no_agreements_parties(read):
    text = (
        "Корпорацию развития Камчатки возглавил бывший сахалинский чиновник\n\n"
        "Новым генеральным директором корпорации назначен Максим Орлов, кандидатуру согласовал "
        "губернатор Камчатского края Владимир Солодов.\n\n"
        "Корпорация намерена подготовить соглашение о сотрудничестве с агентством по развитию "
        "инвестиций Магаданской области."
    )
    assert coop(read, text) == []


def test_an_agreement_whose_text_is_still_being_agreed_is_not_made(read):
    text = (
        "Среди документов — соглашение о сотрудничестве Новосибирской области с Республикой Саха "
        "(Якутия) в области цифровой медицины, однако, как уточнила министр, текст ещё согласовывается "
        "с якутской стороной."
    )
    assert coop(read, text) == []


def test_a_camp_session_made_together_by_five_regions(read):
    text = (
        "В Ульяновской области прошла инженерная смена АИРР для старшеклассников\n\n"
        "С 3 по 9 ноября в Ульяновской области прошла осенняя инженерная смена «Технолидеры». "
        "Образовательную программу подготовили вузы и технопарки трёх регионов АИРР — Ульяновской и "
        "Томской областей и Пермского края.\n\n"
        "В приветствии председателя Совета АИРР, Раиса Республики Татарстан Рустама Минниханова, "
        "говорится, что подготовка кадров — общая задача."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-PER", "RU-TOM", "RU-ULY"))]


def test_a_ranking_and_a_post_online_are_not_taking_part_in_the_meeting(read):
    text = (
        "АИРР назвала самые медиаактивные регионы\n\n"
        "Татарстан, Москва и Якутия возглавили рейтинг, который ассоциация представила на общем "
        "собрании своих членов. В работе собрания участвовали губернатор Томской области Владимир "
        "Мазур и глава Республики Саха (Якутия) Айсен Николаев.\n\n"
        "Глава Чувашской Республики Олег Николаев поблагодарил в своём канале команды разработчиков."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-SA", "RU-TOM"))]


def test_districts_and_towns_sign_for_themselves_not_for_the_regions_they_lie_in(read):
    text = (
        "Главы Кожевниковского района Томской области и Колыванского района Новосибирской области "
        "подписали соглашение о межмуниципальном сотрудничестве."
    )
    assert coop(read, text) == []
    text = (
        "Администрация Кировского района Санкт-Петербурга и администрация города Кировска Мурманской "
        "области подписали соглашение о сотрудничестве."
    )
    assert coop(read, text) == []
    text = (
        "Департамент образования и науки города Москвы и Департамент образования и науки города "
        "Севастополя подписали соглашение о проведении совместных смен."
    )
    assert coop(read, text) == [("Agreement", ("RU-MOW", "RU-SEV"))]


def test_the_regions_that_came_from_the_associations_regions_are_members(read):
    text = (
        "Сессию АИРР провели в Москве. Из регионов ассоциации приехали заместитель губернатора "
        "Томской области Ольга Прохорова и министр экономического развития Калужской области Андрей "
        "Ставцев."
    )
    assert members(read, text) == ["RU-KLU", "RU-TOM"]
    # the regions of the association in general are no list of members
    text = "Сессию АИРР провели в Москве. Он предложил регионам ассоциации бороться за проекты вместе."
    assert members(read, text) == []


def test_a_headline_about_a_ranking_names_no_agreements_parties(read):
    text = (
        "Инвестклимат по новым правилам: Подмосковье и Татарстан делят вершину\n\n"
        "Агентство представило рейтинг регионов. В этом году Тульская область подписала с Калужской "
        "областью соглашение о продвижении площадок."
    )
    assert coop(read, text) == [("Agreement", ("RU-KLU", "RU-TUL"))]


def test_the_city_an_agreement_told_before_was_signed_in_is_no_party(read):
    text = (
        "Ульяновская и Липецкая области договорились о взаимных поставках. Соглашение было "
        "подписано 9 октября в Москве на выставке «Золотая осень»."
    )
    assert coop(read, text) == [("Agreement", ("RU-LIP", "RU-ULY"))]


def test_regions_whose_heads_the_next_sentence_names_at_a_members_meeting_are_members(read):
    text = (
        "Исполнительным директором АИРР стал бывший вице-губернатор Калужской области\n\n"
        "Члены Ассоциации инновационных регионов России утвердили нового исполнительного директора "
        "организации. Им стал Николай Веретенников. Он сменил Игоря Лаптева.\n\n"
        "Решение принято 21 ноября в Калуге на заседании членов ассоциации. В нём приняли участие "
        "губернатор Томской области Владимир Мазур и губернатор Новосибирской области Андрей Травников."
    )
    assert {"RU-NVS", "RU-TOM"} <= set(members(read, text))


def test_who_tells_of_neighbours_wish_to_join_is_no_one_waiting(read):
    text = (
        "Стратегическая сессия регионов — членов Ассоциации инновационных регионов России прошла в "
        "Красноярске. В ней приняли участие губернатор Красноярского края Михаил Котюков и губернатор "
        "Иркутской области Игорь Кобзев. Интерес к работе ассоциации, по словам Котюкова, проявляют и "
        "соседи: о возможном вступлении в АИРР задумываются в Приморском крае."
    )
    assert members(read, text) == ["RU-IRK", "RU-KYA"]


def test_a_delegation_whose_regions_the_next_sentence_lists_acts_together(read):
    text = (
        "Делегация Ассоциации инновационных регионов России 12–13 марта посетила Гомельскую область "
        "Республики Беларусь. В её состав вошли представители трёх регионов — членов ассоциации: "
        "Республики Татарстан, Калужской и Липецкой областей."
    )
    parties = {c for _, p in coop(read, text) for c in p}
    assert {"RU-KLU", "RU-LIP", "RU-TA"} <= parties


def test_a_delegation_after_its_verb_and_destination_visits(read):
    text = (
        "В марте в Самару приезжала делегация министерства экономического развития Калужской области: "
        "калужане обсудили с самарскими специалистами регламенты оценки разработок."
    )
    assert ("CoParticipation", ("RU-KLU", "RU-SAM")) in coop(read, text)


def test_holding_a_phone_conversation_is_talking_it_over(read):
    text = (
        "Губернатор Сахалинской области Валерий Лимаренко провёл телефонный разговор с губернатором "
        "Хабаровского края Дмитрием Демешиным. Главной темой стала работа паромной линии."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KHA", "RU-SAK"))]


def test_a_joint_bid_for_a_cluster_is_joint_work_not_a_wish_to_join(read):
    text = (
        "Глава Республики Башкортостан Радий Хабиров поставил задачу войти в десятку рейтинга. "
        "Одним из инструментов должен стать межрегиональный кластер. Заявку на его создание "
        "республика готовит совместно с Татарстаном и Самарской областью."
    )
    assert ("JointProject", ("RU-BA", "RU-SAM", "RU-TA")) in coop(read, text)


def test_a_region_goods_pass_through_takes_no_part(read):
    text = (
        "Губернатор Херсонской области Владимир Сальдо провел в Геническе совещание с "
        "представителями Омской и Вологодской областей. Участники совещания обсудили логистику: "
        "стройматериалы по-прежнему доставляют через Крым."
    )
    parties = {c for _, p in coop(read, text) for c in p}
    assert "RU-CR" not in parties and {"RU-KHE", "RU-OMS", "RU-VLG"} <= parties


def test_regions_named_after_the_verb_they_did_it_together_with(read):
    text = (
        "В прошлом году аналогичную программу для студенческих команд совместно провели "
        "Ульяновская область и Татарстан."
    )
    assert coop(read, text) == [("JointProject", ("RU-TA", "RU-ULY"))]


def test_regions_that_launch_a_joint_thing_of_any_name(read):
    text = "Нижегородская и Самарская области запускают совместный акселератор ИТ-стартапов."
    assert coop(read, text) == [("JointProject", ("RU-NIZ", "RU-SAM"))]


def test_a_common_measure_is_no_joint_undertaking(read):
    text = "Татарстан и Башкортостан занимают общую площадь больше 300 тысяч квадратных километров."
    assert coop(read, text) == []


def test_regions_ranked_by_the_number_of_their_signings_signed_nothing_together(read):
    text = (
        "За год российские регионы заключили между собой более 230 соглашений. Лидерами по числу "
        "подписанных документов стали Москва, Татарстан и Башкортостан — у каждого больше двух "
        "десятков новых договорённостей."
    )
    assert coop(read, text) == []


def test_members_of_regional_parliaments_take_part_for_their_regions(read):
    text = (
        "Конференция Парламентской ассоциации прошла 26 сентября в Пскове. В конференции "
        "участвовали председатель Новгородской областной Думы Ирина Михайлова, а также депутаты "
        "Мурманской областной Думы и Архангельского областного Собрания депутатов."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-ARK", "RU-MUR", "RU-NGR"))]


def test_a_foreign_guest_told_apart_makes_no_event_of_its_own(read):
    # «форума» in the last paragraph is the conference itself, which a Belarusian guest attended
    text = (
        "Конференция Парламентской ассоциации Северо-Запада прошла 26 сентября в Пскове.\n\n"
        "Принимающую сторону представлял председатель Псковского областного Собрания депутатов "
        "Алексей Сапожников. В конференции участвовали председатель Законодательного Собрания "
        "Ленинградской области Дмитрий Ершов и председатель Новгородской областной Думы Ирина "
        "Михайлова.\n\n"
        "Гостями форума стали белорусские депутаты. Делегацию возглавил председатель Витебского "
        "областного Совета депутатов Сергей Кравчук, который рассказал о совместных с Псковщиной "
        "проектах."
    )
    parties = {p for _, ps in coop(read, text) for p in ps}
    assert {"RU-LEN", "RU-NGR", "RU-PSK"} <= parties
    assert ("CoParticipation", ("BY-VI", "RU-PSK")) not in coop(read, text)


def test_schoolchildren_from_regions_at_a_camp_take_part_for_them(read):
    text = (
        "Школьники из трёх регионов защитили инженерные проекты в Томске\n\n"
        "В Томске завершилась III межрегиональная проектная смена «Инженеры будущего». Девяносто "
        "ребят из Томской, Калужской и Ульяновской областей десять дней работали над задачами."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-KLU", "RU-TOM", "RU-ULY"))]


def test_a_region_in_a_clause_after_a_with_its_own_verb_signed_nothing(read):
    text = (
        "Ранее аналогичную программу с Гомельской областью подписала Брянская область, а в декабре "
        "переговоры с белорусскими партнёрами проведёт Тульская область."
    )
    assert all("RU-TUL" not in parties for _, parties in coop(read, text))


def test_a_regional_forum_whose_delegations_are_named_is_theirs_despite_talks_on_its_sidelines(read):
    text = (
        "Павлодар, 19 сентября. Губернатор Алтайского края Виктор Томенко возглавил делегацию "
        "региона на Иртышском форуме приграничного сотрудничества, который второй день проходит в "
        "Павлодаре. Помимо алтайцев, в работе форума участвуют делегации Омской и Новосибирской "
        "областей.\n\nНа полях форума Виктор Томенко провёл переговоры с акимом Павлодарской "
        "области Нурланом Байжановым."
    )
    parties = {p for kind, ps in coop(read, text) if kind == "CoParticipation" for p in ps}
    assert {"RU-ALT", "RU-NVS", "RU-OMS"} <= parties


def test_a_region_that_joined_the_agreement_after_a_is_a_party(read):
    text = (
        "Нижегородская и Владимирская области заключили соглашение о телемедицинских консультациях, "
        "а в 2023 году к нему присоединилась Республика Марий Эл."
    )
    assert {p for _, ps in coop(read, text) for p in ps} == {"RU-ME", "RU-NIZ", "RU-VLA"}


def test_teams_of_regions_competing_in_a_tournament_take_part_in_it(read):
    text = (
        "В Хабаровске завершился турнир по хоккею\n\n"
        "Хабаровск, 18 декабря. В Хабаровске завершился XXI турнир по хоккею с шайбой на Кубок "
        "губернатора. Пять дней на арене «Ерофей» соревновались юноши из Хабаровского и Приморского "
        "краёв и Амурской области."
    )
    assert coop(read, text) == [("CoParticipation", ("RU-AMU", "RU-KHA", "RU-PRI"))]
