"""The demo course states its facts as the sources do, in all four languages (issue 23).

Each test reads the demo's content files (no database) and checks one corrected fact: the checked
wording is there in every language, and the old, wrong wording is gone from every language. The
sources are named in each test's docstring.
"""

import re
from types import SimpleNamespace

import pytest

from learning.demo import files
from pedagogy_tools.demo import files as toolkit_files


def content(name, **values):
    """A group of the content files read in every language, named as the Python modules it once was."""
    return SimpleNamespace(__name__=name, **{key.upper(): value for key, value in values.items()})


module_1_ilo, module_2_fundamental, module_3_supply_chains, module_4_solidarity = (
    content(f"module-{number}", module=files.course_module(number)) for number in range(1, 5)
)
site = content("site", **files.site())
snippets = content("snippets", **files.snippets())
freedom_of_association, sweatshops = (
    content(key, toolkit=toolkit_files.toolkit(key)) for key in ("freedom-of-association", "sweatshops")
)

LANGUAGES = ("fr", "en", "es", "ht")
CONTENT = [module_1_ilo, module_2_fundamental, module_3_supply_chains, module_4_solidarity]
TOOLKITS = [freedom_of_association, sweatshops]


def is_text(value):
    return isinstance(value, dict) and set(value) == set(LANGUAGES)


def texts(value):
    """Every TEXT or RICH value inside `value` (a dict keyed by the four languages), depth first."""
    if is_text(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts(item)


def words(value, language):
    """All the text of `value` in one language, tags removed and spaces normalised."""
    joined = " ".join(text[language] for text in texts(value) if isinstance(text[language], str))
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", joined)).replace(" ,", ",").strip()


def lesson(module, number):
    return module.MODULE["lessons"][number - 1]


def assert_in_every_language(value, expected):
    for language in LANGUAGES:
        assert all(phrase in words(value, language) for phrase in expected[language]), language


def assert_gone_from_every_language(value, old):
    for language in LANGUAGES:
        assert not any(phrase in words(value, language) for phrase in old[language]), language


def test_a_union_can_use_national_remedies_and_the_committee_with_no_order_imposed():
    """Item 1. The Committee on Freedom of Association's receivability criteria (ILO, "The ILO
    supervisory system: a guide for constituents", 2021, guide-supervision.ilo.org) name who may file and
    what the complaint contains; national remedies coming "first" is not among them."""
    old = {
        "fr": ["utilisent d'abord les recours", "On utilise d'abord les recours"],
        "en": ["They first use the remedies", "The remedies under the country's law come first"],
        "es": ["Primero utilizan los recursos", "Primero se usan los recursos"],
        "ht": ["Anvan tout bagay"],
    }
    case_study = lesson(module_2_fundamental, 1)["body"]
    assert_gone_from_every_language([case_study, freedom_of_association.TOOLKIT], old)


def test_who_may_file_a_complaint_is_stated_as_the_committee_states_it():
    """Item 2. ILO guide for constituents (2021): a national organisation directly interested,
    international organisations with consultative status, other international organisations whose
    affiliates are directly concerned."""
    lesson_3 = lesson(module_4_solidarity, 3)
    assert_gone_from_every_language(
        lesson_3,
        {
            "fr": ["un syndicat local passe par son organisation nationale", "passer par votre organisation"],
            "en": ["a local union goes through its national organisation", "go through your national"],
            "es": ["un sindicato local pasa por su organización nacional", "pasar por tu organización"],
            "ht": ["yon sendika lokal pase pa òganizasyon nasyonal li", "pase pa òganizasyon nasyonal"],
        },
    )
    assert_in_every_language(
        lesson_3,
        {
            "fr": ["directement intéressée", "statut consultatif", "organisations affiliées"],
            "en": ["directly interested", "consultative status", "affiliated organisations"],
            "es": ["directamente interesada", "estatus consultivo", "organizaciones afiliadas"],
            "ht": ["konsène dirèkteman", "estati konsiltatif", "òganizasyon ki afilye"],
        },
    )


def test_the_right_to_strike_lesson_states_only_the_courts_verified_steps():
    """Item 3. ICJ: the ILO Director-General's letter of 13 November 2023 (the Governing Body's resolution
    of 10 November 2023, 33 votes to 21, 2 abstentions); the Court's case page (case 191): public
    hearings held from 6 to 8 October 2025. No document of the Court or of the ILO on the opinion itself
    could be found, so the lesson names no date or content for it."""
    lesson_4 = lesson(module_1_ilo, 4)
    assert_gone_from_every_language(
        lesson_4,
        {
            "fr": ["21 mai 2026", "une fois l'avis reçu"],
            "en": ["21 May 2026", "once it had the opinion"],
            "es": ["21 de mayo de 2026", "una vez recibida la opinión"],
            "ht": ["21 me 2026", "apre li resevwa avi a"],
        },
    )
    assert_in_every_language(
        lesson_4,
        {
            "fr": ["10 novembre 2023", "du 6 au 8 octobre 2025"],
            "en": ["10 November 2023", "from 6 to 8 October 2025"],
            "es": ["10 de noviembre de 2023", "del 6 al 8 de octubre de 2025"],
            "ht": ["10 novanm 2023", "soti 6 rive 8 oktòb 2025"],
        },
    )
    for language in LANGUAGES:
        assert "https://www.icj-cij.org/case/191" in str(lesson_4), language


def test_case_2227s_follow_up_names_the_reports_normlex_shows():
    """Item 4. NORMLEX, Case No. 2227 (United States): 335th (November 2004), 340th (November 2006),
    348th (November 2007), 353rd (March 2009) and 356th (March 2010) Reports."""
    story = words(lesson(module_1_ilo, 2), "fr")
    assert "2227" in story
    for language in LANGUAGES:
        text = words(lesson(module_1_ilo, 2), language)
        assert all(report in text for report in ("335", "340", "348", "353", "356")), language


def test_the_accords_history_includes_tazreen_and_the_2018_transition_accord():
    """Item 5. Tazreen Fashions fire, 24 November 2012 (Times of India, 24 November 2019: at least 112
    workers killed); PVH's Joint Memorandum of Understanding of 15 March 2012 (WWD, 22 March 2012; the
    2013 Accord's own text); the 2018 Transition Accord in force on 1 June 2018 (BESTSELLER, "The 2018
    Transition Accord takes effect"); the International Accord in force on 1 September 2021
    (internationalaccord.org)."""
    lesson_2 = lesson(module_3_supply_chains, 2)
    assert_in_every_language(
        lesson_2,
        {
            "fr": ["Tazreen", "24 novembre 2012", "mars 2012", "Accord de transition de 2018"],
            "en": ["Tazreen", "24 November 2012", "March 2012", "2018 Transition Accord"],
            "es": ["Tazreen", "24 de noviembre de 2012", "marzo de 2012", "Acuerdo de Transición de 2018"],
            "ht": ["Tazreen", "24 novanm 2012", "mas 2012", "Akò tranzisyon 2018"],
        },
    )
    old = {
        "fr": ["En 2021, l'Accord a été suivi", "En 2021, un nouvel accord a pris le relais"],
        "en": ["In 2021, the Accord was followed", "In 2021, a new agreement took over"],
        "es": ["En 2021, al Acuerdo le siguió", "En 2021 tomó el relevo"],
        "ht": ["An 2021, yon lòt akò te pran relè", "An 2021, yon nouvo akò pran relè"],
    }
    assert_gone_from_every_language([lesson_2, lesson(module_4_solidarity, 1), sweatshops.TOOLKIT], old)


def test_a_convention_comes_into_force_for_a_state_twelve_months_after_as_a_general_rule():
    """Item 6. The standard final provisions of ILO conventions (e.g. C182, article 10): in force twelve
    months after two ratifications are registered; "thereafter" twelve months after each Member's."""
    ratification = next(item for item in snippets.GLOSSARY if item["key"] == "ratification")
    assert_in_every_language(
        ratification,
        {
            "fr": ["en règle générale", "elle-même en vigueur"],
            "en": ["as a general rule", "itself in force"],
            "es": ["por regla general", "ya esté en vigor"],
            "ht": ["an jeneral", "deja an vigè"],
        },
    )


def test_the_centre_was_founded_after_a_conference_not_by_the_union_movement_alone():
    """Item 7. Encyclopédie Wikimonde, "Centre international de solidarité ouvrière": founded in 1975
    after the Conférence internationale de solidarité ouvrière organised by leaders of the union and
    popular movement and Montreal NGOs."""
    old = {
        "fr": ["fondée en 1975 par le mouvement syndical québécois"],
        "en": ["founded by the Quebec union movement"],
        "es": ["fundada en 1975 por el movimiento sindical de Quebec"],
        "ht": ["mouvman sendikal Kebèk la te fonde"],
    }
    assert_gone_from_every_language(sweatshops.TOOLKIT, old)
    assert "founded by the Quebec union movement" not in sweatshops.__doc__
    assert_in_every_language(
        sweatshops.TOOLKIT,
        {"fr": ["conférence"], "en": ["conference"], "es": ["conferencia"], "ht": ["konferans"]},
    )


def test_the_internships_are_in_more_than_ten_countries_including_niger():
    """Item 8. Encyclopédie Wikimonde, "Centre international de solidarité ouvrière": internships in
    "plus d'une dizaine de pays tels que Cuba, le Niger, le Mexique, le Burkina Faso et la Colombie"."""
    internships = next(
        value
        for kind, value in lesson(module_4_solidarity, 2)["body"]
        if kind == "paragraph" and "stage" in value["fr"] and "pays" in value["fr"]
    )
    assert_in_every_language(
        internships,
        {
            "fr": ["plus d'une dizaine de pays", "Niger", "Cuba", "Mexique", "Burkina Faso", "Colombie"],
            "en": ["more than ten countries", "Niger", "Cuba", "Mexico", "Burkina Faso", "Colombia"],
            "es": ["más de diez países", "Níger", "Cuba", "México", "Burkina Faso", "Colombia"],
            "ht": ["plis pase dis peyi", "Nijè", "Kiba", "Meksik", "Bokinafaso", "Kolonbi"],
        },
    )
    assert_gone_from_every_language(
        internships,
        {
            "fr": ["dans une dizaine de pays", "Pérou", "Nicaragua", "Guatemala"],
            "en": ["in about ten countries", "Peru", "Nicaragua", "Guatemala"],
            "es": ["en una decena de países", "Perú", "Nicaragua", "Guatemala"],
            "ht": ["nan anviwon dis peyi", "Pewou", "Nikaragwa", "Gwatemala"],
        },
    )


def test_module_4_points_back_to_module_3_for_rana_plaza_and_tells_another_story():
    """One story once: Rana Plaza is told in module 3 lesson 2; module 4 lesson 1 refers to it and tells
    the Tridonex complaint under the USMCA's Rapid Response Labor Mechanism (AFL-CIO press release, 10 May
    2021; USTR's request of 9 June 2021 and agreement of 10 August 2021)."""
    lesson_1 = lesson(module_4_solidarity, 1)
    assert_gone_from_every_language(
        lesson_1,
        {
            "fr": ["24 avril 2013", "Savar", "2 500"],
            "en": ["24 April 2013", "Savar", "2,500"],
            "es": ["24 de abril de 2013", "Savar", "2500"],
            "ht": ["24 avril 2013", "Savar", "2 500"],
        },
    )
    assert_in_every_language(
        lesson_1,
        {
            "fr": ["module 3", "Tridonex", "10 mai 2021"],
            "en": ["module 3", "Tridonex", "10 May 2021"],
            "es": ["módulo 3", "Tridonex", "10 de mayo de 2021"],
            "ht": ["modil 3", "Tridonex", "10 me 2021"],
        },
    )
    case_studies = [value for kind, value in lesson_1["body"] if kind == "case_study"]
    assert [study["country"]["en"] for study in case_studies] == ["Mexico"]


def test_the_toolkits_notes_point_to_the_lesson_instead_of_retelling_rana_plaza():
    """One story once: the sweatshop toolkit keeps its short handout and refers the facilitator to module
    3 rather than retelling the collapse a third time."""
    notes = [step["notes"] for step in sweatshops.TOOLKIT["agenda"]]
    assert_gone_from_every_language(
        notes,
        {
            "fr": ["Les faits à avoir en tête"],
            "en": ["The facts to have in mind"],
            "es": ["Los hechos que debes tener presentes"],
            "ht": ["Men sa pou w sonje: 24 avril 2013"],
        },
    )


@pytest.mark.parametrize("module", CONTENT + [site, snippets] + TOOLKITS, ids=lambda module: module.__name__)
def test_every_rich_text_has_the_same_blocks_in_every_language(module):
    """Every language of a rich text has the same blocks and links, as the French source's segments."""
    tags = re.compile(r"<(p|li|a|h3)\b")
    for value in texts([getattr(module, name) for name in dir(module) if name.isupper()]):
        sequences = {language: tags.findall(value[language] or "") for language in LANGUAGES}
        assert len({tuple(sequence) for sequence in sequences.values()}) == 1, value["fr"][:80]


def test_spanish_and_haitian_creole_follow_the_readers_wording():
    """Issue 23, "Language": one word for each thing a union member meets in these languages."""
    everything = [
        getattr(module, name) for module in CONTENT + [site, snippets] + TOOLKITS for name in dir(module)
    ]
    spanish = words(everything, "es")
    creole = words(everything, "ht")
    for old in (
        "testimonio compuesto",
        "hace bajar la presión",
        "cómo baja la presión",
        "«conseillère» o el",
    ):
        assert old not in spanish
    assert "traslada la presión hacia abajo" in spanish
    assert "testimonio ficticio basado en varias experiencias reales" in spanish
    assert "asesora o el asesor sindical" in spanish
    assert "en México se dice contrato colectivo; en Colombia, convención colectiva" in spanish
    for old in ("temwayaj konpoze", "Sid kou nan Nò", "Nò kou nan Sid", "travayè domestik", "travayè lakay"):
        assert old not in creole
    for old in ("konvansyon kolektif", "ki an jwèt", "diferan de", "jwenn libète sendikal pa respekte"):
        assert old not in creole
    assert "temwayaj nou fè ak plizyè istwa vre" in creole
    assert "ni nan Sid ni nan Nò" in creole
    assert "travayè kay moun" in creole
    assert "kontra kolektif" in creole
    assert "lè yo wè yo pa respekte libète sendikal" in creole
