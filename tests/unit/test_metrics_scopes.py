"""The ledger's metrics and scopes, sentence by sentence: what a figure measures, for which edition and whose it is
(the event's, a part of it, another show's, a place's or a company's own)."""
import itertools
import re

import pytest

from extract.article import article_from_document
from extract.figures import extract_figures
from storage.db import open_db
from storage.ingest import store_article
from tests.unit.test_metrics_ledger import EVENTS, NOW, doc, _flags_in_order, _measured, _reported, _statuses, _stored, \
    _story_flags


@pytest.mark.parametrize("text,expected", [
    # the foreign-funded projects among the opening's batch are the opening's, in either language
    ("At the opening ceremony, 64 projects worth 80.5 billion yuan were signed, 9 of them foreign-funded.",
     [(64, "projects_signed", "opening"), (80.5e9, "contract_value", "opening"), (9, "foreign_projects", "opening")]),
    ("开幕式上集中签约项目64个，总投资805亿元，其中外资项目9个。",
     [(64, "projects_signed", "opening"), (80.5e9, "investment", "opening"), (9, "foreign_projects", "opening")]),
    # a signing in the sentence that says the event opened
    ("大会21日开幕，以“云签约”方式集中签约项目58个。", [(58, "projects_signed", "opening")]),
    # the edition's own foreign-funded projects stay the edition's
    ("大会共签约项目604个，其中外资项目71个。", [(604, "projects_signed", "edition"), (71, "foreign_projects", "edition")]),
])
def test_what_belongs_to_the_opening_batch(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an outlet's praise is no part of what is counted; an irregular verb ends the phrase
    ("Nearly 80 top-level speakers took the stage.", [(80, "speakers", "edition")]),
    ("In all, 83 speakers spoke at the forums.", [(83, "speakers", "edition")]),
    # a conversion after ", or about" is the same amount in another currency
    ("Their investment stands at 300.2 billion yuan, or about 42 billion U.S. dollars.",
     [(300.2e9, "investment", "edition"), (42e9, "investment", "converted")]),
])
def test_noun_phrases_without_praise_and_conversions_after_a_comma(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # shown for the first time: a measure of its own, whatever list names it, in either language
    ("Some 1,800 products are on show, 95 of them for the first time.",
     [(1800, "products", "edition"), (95, "premieres", "edition")]),
    ("The expo featured 42 world premieres.", [(42, "premieres", "edition")]),
    ("展会展出产品1800余件，其中首发首展95件。", [(1800, "products", "edition"), (95, "premieres", "edition")]),
    # "+" after a number is a lower bound; a count before "and 40 projects worth ..." counts its own noun
    ("The forum closed with 900+ guests and 12 projects worth 3.5 billion yuan signed.",
     [(900, "guests", "edition"), (12, "projects_signed", "edition"), (3.5e9, "contract_value", "edition")]),
])
def test_premieres_and_counts_before_a_second_count(text, expected):
    assert _measured(text) == expected


def test_premieres_change_and_a_plus_is_refined():
    db = _reported(("2026-09-20", "About 90 products are making their world debut, among 1,200+ exhibits."),
                   ("2026-09-23", "In all, 1,284 exhibits were shown, 104 of them world premieres."))
    rows = [(r["value"], r["metric"], r["status"], r["kind"])
            for r in db.query("select value, metric, status, kind from figures order by pub_key, start")]
    assert rows == [(90, "premieres", "new", ""), (1200, "products", "new", ""),
                    (1284, "products", "changed", "refined"), (104, "premieres", "changed", "conflict")]


@pytest.mark.parametrize("text,expected", [
    # a number written in words with "and"; and no count of its parts
    ("Four hundred and sixty exhibitors took part.", [(460, "exhibitors", "edition")]),
    # "the number of X signed hit a record N": signed ones
    ("The number of deals signed hit a record 702.", [(702, "projects_signed", "edition")]),
    # editions of the event counted are no figure
    ("Looking back over five conventions, the fair has changed.", []),
    # labels within one sentence
    ("At a glance: visitors: about 95,000; exhibitors: 612; forums: 31.",
     [(95000, "visitors", "edition"), (612, "exhibitors", "edition"), (31, "forums", "edition")]),
    # the subject of a long sentence, then "close to"
    ("Investment in the projects signed so far is close to 250 billion yuan.", [(250e9, "investment", "edition")]),
])
def test_numbers_in_words_records_editions_and_inline_labels(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the subject's count set off by commas
    ("Exhibitors at the fair, 388 in all, filled the halls.", [(388, "exhibitors", "edition")]),
    # the value of the deals, corrected
    ("Organizers have revised the value of deals signed to 21.4 billion yuan.", [(21.4e9, "contract_value", "edition")]),
])
def test_appositive_counts_and_the_value_of_deals(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the second clause leaves its verb out; its noun is not the first clause's
    ("By Sunday, deals signed had reached 312 and visitors to the halls 88,000.",
     [(312, "projects_signed", "edition"), (88000, "visitors", "edition")]),
    # "make up N of the M ...": the subject is counted
    ("Foreign firms make up 64 of the 410 exhibitors.", [(64, "overseas_exhibitors", "edition"),
                                                         (410, "exhibitors", "edition")]),
    # a year after the event's short name is its edition, not a count
    ("WIMC 2026 exhibitors", []),
])
def test_gapped_clauses_make_up_and_years_after_the_name(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # what the foreign-funded projects are worth is a measure of its own, in either language and either order
    ("Of the projects signed, 88 are foreign-funded, with investment of 12.1 billion U.S. dollars.",
     [(88, "foreign_projects", "edition"), (12.1e9, "foreign_investment", "edition")]),
    ("Foreign-funded projects at the fair carried investment of 12.3 billion U.S. dollars.",
     [(12.3e9, "foreign_investment", "edition")]),
    ("其中外资项目88个，投资额121亿美元。", [(88, "foreign_projects", "edition"), (12.1e9, "foreign_investment", "edition")]),
    ("外资项目投资额达123亿美元。", [(12.3e9, "foreign_investment", "edition")]),
    # the whole's investment stays investment
    ("In all, 402 projects with investment of 310.5 billion yuan were signed, 88 of them foreign-funded.",
     [(402, "projects_signed", "edition"), (310.5e9, "investment", "edition"), (88, "foreign_projects", "edition")]),
    # the count's value after "their"; how far into the event is no duration
    ("Three days into the fair, the number of deals signed had reached 41 and their value 61.2 billion yuan.",
     [(41, "projects_signed", "edition"), (61.2e9, "contract_value", "edition")]),
])
def test_foreign_investment_their_value_and_days_into(text, expected):
    assert _measured(text) == expected


def test_the_foreign_funded_projects_investment_changes():
    db = _reported(("2026-09-21", "Of the projects signed, 88 are foreign-funded, with investment of 12.1 billion "
                                  "U.S. dollars."),
                   ("2026-09-24", "Foreign-funded projects at the convention carried investment of 13.4 billion "
                                  "U.S. dollars."))
    rows = [(r["metric"], r["status"], r["kind"]) for r in db.query(
        "select metric, status, kind from figures where unit = 'USD' order by pub_key")]
    assert rows == [("foreign_investment", "new", ""), ("foreign_investment", "changed", "conflict")]


def test_two_forums_audiences_are_parts_not_a_change():
    story = [doc("2026-09-21", "Battery forum", "HEFEI -- A forum on batteries at the World Manufacturing Convention "
                                                "in Hefei drew 520 participants on Sunday."),
             doc("2026-09-22", "Robotics forum", "HEFEI -- A robotics forum at the World Manufacturing Convention in "
                                                 "Hefei drew 380 participants on Monday.")]
    assert _story_flags(story, [0, 1]) == {(0, 520, "count"): "new", (1, 380, "count"): "new"}


@pytest.mark.parametrize("text,expected", [
    # a product's speed is in seconds, no count; "one company's" says whose
    ("The arm welds a seam in 45 seconds.", [(45, "other", "seconds")]),
    ("Day one: one company's deals", []),
])
def test_seconds_are_a_unit_and_one_company_is_no_count(text, expected):
    assert [(f.value, f.unit, f.noun) for f in extract_figures(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a share of a counted whole: the share is read and the whole is the edition's
    ("Overseas firms account for nearly a third of the 540 exhibitors.",
     [(100 / 3, "share of overseas exhibitors", "edition"), (540, "exhibitors", "edition")]),
    # a year after "half of the" is no counted whole
    ("Half of the 2020s have passed.", []),
])
def test_a_share_of_a_numbered_whole(text, expected):
    assert [(round(v, 4), m, s) for v, m, s in _measured(text)] == [(round(v, 4), m, s) for v, m, s in expected]


def test_upward_of_is_a_lower_bound_like_upwards_of():
    assert [(f.value, f.qualifier) for f in extract_figures("Upward of 1,500 exhibits are on show.")] == [
        (1500, "more_than")]


def test_a_count_within_a_limit_refines_the_limit():
    db = _reported(("2026-09-19", "The number of guests on site is capped at 1,500."),
                   ("2026-09-22", "In all, 1,488 guests attended on site."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "refined")]


def test_a_later_count_of_organizations_changes_the_first():
    db = _reported(("2026-09-19", "More than 60 international organizations are represented."),
                   ("2026-09-22", "Representatives of 63 international organizations and chambers attended."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "refined")]


def test_a_new_count_of_foreign_funded_projects_is_a_change():
    db = _reported(("2026-09-25", "Foreign-funded projects numbered 118."),
                   ("2026-09-28", "In all, 121 foreign-funded projects were signed, the final count shows."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "conflict")]


@pytest.mark.parametrize("text,expected", [
    # "expected" at the end of the clause makes it a forecast; "as expected" does not
    ("The summit opens Friday, with guests from over 40 countries and regions expected.",
     [(40, "countries_regions", "expected")]),
    ("As expected, 530 companies exhibited.", [(530, "exhibitors", "edition")]),
    # the lines of a key-figures box, the label naming what is counted
    ("Key numbers:\n\nProjects signed at opening: 118\n\nGuests: about 3,400, including 420 from abroad",
     [(118, "projects_signed", "opening"), (3400, "guests", "edition"), (420, "overseas_guests", "edition")]),
    # one line per label, the label naming with a number of its own; a line does not lend its noun to the one above
    ("Key numbers:\nExhibitors: 241\nFortune Global 500 companies: 29\nProjects signed: 18, worth 20.5 billion yuan",
     [(241, "exhibitors", "edition"), (29, "fortune500", "edition"), (18, "projects_signed", "edition"),
      (20.5e9, "contract_value", "edition")]),
])
def test_forecasts_at_the_end_and_key_figure_lines(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Visitors number 84,000 so far.", [(84000, "visitors", "edition")]),
    # the whole a part is counted out of is the edition's
    ("Chip firms make up about 90 of the 415 exhibitors.", [(90, "exhibitors", "part"), (415, "exhibitors", "edition")]),
    # British spellings of the area
    ("Its halls cover 62,000 sq metres.", [(62000, "exhibition_area", "edition")]),
    # the executives among the overseas guests, in Chinese
    ("境外嘉宾约600人，其中跨国公司高管约230人。", [(600, "overseas_guests", "edition"), (230, "executives", "part")]),
])
def test_subjects_wholes_units_and_executives(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # ages, populations and product specifications in minutes are no figures of the event, or no counts
    ("A 61-year-old welder showed his robot, one of 420 exhibits.", [(420, "count", "products")]),
    ("Wuhu, a city of 3.7 million people, sent 40 companies.", [(40, "count", "companies")]),
    ("The battery charges in 12 minutes.", [(12, "other", "minutes")]),
    # results the event made public, in English and Chinese
    ("The conference released 21 achievements.", [(21, "count", "reports")]),
    ("大会发布成果21项。", [(21, "count", "reports")]),
])
def test_ages_populations_and_released_results(text, expected):
    assert [(f.value, f.unit, f.metric) for f in extract_figures(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the noun after the classifier ends at the verb
    ("大会共设置9个展馆，9个展馆接待观众13万人次。", [(9, "exhibition_zones", "edition"), (9, "exhibition_zones", "edition"),
                                         (130000, "visitors", "edition")]),
    # who attended the main forum the sentence says was held: its audience
    ("大会26日举行开幕式暨主论坛，约1800名嘉宾出席。", [(1800, "guests", "part")]),
    # the forums held are the event's own count, and so are the figures after them
    ("大会期间共举办12场专业论坛，签约项目589个。", [(12, "sub_forums", "edition"), (589, "projects_signed", "edition")]),
])
def test_chinese_nouns_end_at_the_verb_and_a_forum_held_has_an_audience(text, expected):
    assert _measured(text) == expected


def test_companies_with_virtual_booths_are_online_exhibitors_and_booths_are_no_exhibitors():
    figures = extract_figures("Its cloud platform drew 9 million visits, and 880 firms have opened virtual booths on "
                              "it. The hall has 340 booths.")
    assert [(f.value, f.metric) for f in figures] == [(9e6, "visitors_online"), (880, "exhibitors_online"),
                                                      (340, "booths")]


def test_a_total_brought_to_while_the_event_runs_is_a_lower_bound():
    (_, total) = extract_figures("On the third day, 17 deals were inked, bringing the summit's tally so far to 44 "
                                 "projects.")
    assert total.qualifier == "at_least"


def test_they_after_a_sentence_about_signed_projects_are_those_projects():
    figures = extract_figures("Of the 52 projects signed at the summit, 20 have started construction. Together they "
                              "are worth 71.3 billion yuan.")
    assert [(f.value, f.metric) for f in figures if f.unit == "CNY"] == [(71.3e9, "contract_value")]


def test_the_whole_a_count_is_among_is_read_and_makes_it_a_part():
    figures = extract_figures("Forty-two chip projects were among the 316 inked during the convention.")
    assert [(f.value, f.metric, f.scope) for f in figures] == [(42, "projects_signed", "part"),
                                                                 (316, "projects_signed", "edition")]


def test_a_measure_of_its_own_in_a_running_count_is_a_lower_bound_too():
    figures = extract_figures("Up to now, 480 firms, among them 41 Fortune Global 500 companies, have so far signed "
                              "up to exhibit.")
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(480, "exhibitors", "at_least"),
                                                                      (41, "fortune500", "at_least")]
    # the final count of either is then a refinement, not a conflict
    db = _reported(("2024-09-12", "So far, 480 companies, including 41 Fortune Global 500 companies, have confirmed."),
                   ("2024-09-21", "The expo has 512 exhibitors, 44 of them Fortune Global 500 companies."))
    rows = list(db.query("select value, status, kind from figures where metric = 'fortune500' order by pub_key"))
    assert [(r["value"], r["status"], r["kind"]) for r in rows] == [(41, "new", ""), (44, "changed", "refined")]


def test_a_correction_note_with_a_label_takes_back_what_was_said():
    figures = extract_figures("Clarification: A previous version of this report said 1,480 guests attended the forum. "
                              "The correct number is 1,840.")
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(1840, "guests", "corrected")]


def test_a_forecast_in_a_phrase_with_its_own_count_is_that_counts_only():
    """"..., with some 1,500 guests expected": the guests are expected, not the forums the sentence says it will
    hold (its plan, which the count refines)."""
    figures = extract_figures("The conference will hold more than 20 forums over three days, with some 1,500 guests "
                              "expected.")
    assert [(f.value, f.metric, f.scope) for f in figures] == [
        (20, "forums", "edition"), (3, "duration_days", "edition"), (1500, "guests", "expected")]


@pytest.mark.parametrize("text,expected", [
    # the area those expected show their products on is the expo's plan, not a forecast
    ("The conference will be held from Nov. 30, with about 900 enterprises expected to exhibit on 60,000 square "
     "meters.", [(900, "exhibitors", "expected"), (60000, "exhibition_area", "edition")]),
    ("Organizers expect the expo to reach 70,000 square meters.", [(70000, "exhibition_area", "expected")]),
    # a place's own companies of a sector, in a quotation too, are its own record
    ("\"Hefei alone is home to more than 300 chip companies,\" said an analyst.",
     [(300, "chip companies", "background")]),
    ("More than 300 chip companies are exhibiting at the convention.", [(300, "chip companies", "edition")]),
])
def test_a_plans_area_and_a_places_own_companies(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,value", [
    # 亿 and 万 translated word for word, as some English pages of the events' own sites write them
    ("The signed projects have a total investment of 536.3 hundred million yuan.", 53.63e9),
    ("The total investment is RMB 536.3 hundred million.", 53.63e9),
    ("The total investment was 6,012.3 100 million yuan.", 601.23e9),
    ("The expo received 8.6 ten thousand person-times of visitors.", 86000),
    # (not a year before a round amount, nor a plain hundred million)
    ("In 2035 100 million yuan was invested.", 1e8),
    ("The livestream attracted 100 million views.", 1e8),
])
def test_translated_scale_words_multiply_the_number(text, value):
    assert [f.value for f in extract_figures(text)] == [value]


def test_a_model_code_is_no_figure_and_nearly_so_many_visitors_so_far_is_refined():
    assert [f.value for f in extract_figures("An ABB IRB 6700 robot and a KUKA KR 1000 titan welded car bodies, and "
                                             "some 1,600 companies exhibited.")] == [1600]
    db = _stored("智能制造大会", ("2036-11-29", "今年的世界智能制造大会在南京举行，开幕两天来已经吸引了近十万人次的观众。"),
                 ("2036-11-30", "2036世界智能制造大会30日在南京闭幕，接待观众13.8万人次。"))
    rows = list(db.query("select value, status, kind from figures order by pub_key"))
    assert [(r["value"], r["status"], r["kind"]) for r in rows] == [(1e5, "new", ""), (138000, "changed", "refined")]


@pytest.mark.parametrize("text,expected", [
    # a question reports nothing; the answer's "the number" counts what the question did
    ("Q: I understand 800 projects have been signed?\nA: Actually the number is 856 as of this morning, and we "
     "expect to pass 1,000 by the close.", [(856, "projects_signed", "edition"), (1000, "projects_signed", "expected")]),
    # a year and its count after a comma, the count's noun left out
    ("In 2021 it signed 568 projects, and in 2022, 596.",
     [(568, "projects_signed", "earlier"), (596, "projects_signed", "earlier")]),
    # the editions held, then their sum: the series'
    ("世界智能制造大会已连续在南京举办多届，累计签约项目超过1600个。", [(1600, "projects_signed", "cumulative")]),
])
def test_a_question_a_years_gapped_count_and_a_series_sum(text, expected):
    assert _measured(text, edition=2036) == expected


@pytest.mark.parametrize("text,expected", [
    # the days a count so far took are no duration of the event
    ("It welcomed 42,000 visitors on Saturday alone, bringing its two-day total to 76,000.",
     [(42000, "visitors", "part"), (76000, "visitors", "edition")]),
    ("The three-day conference drew 118,000 visitors.", [(3, "duration_days", "edition"), (118000, "visitors", "edition")]),
    # a clause of its own after ", where": the forecast before it is not its
    ("More than a thousand projects are expected to be signed at the convention, where well over fifteen hundred "
     "companies are exhibiting.", [(1000, "projects_signed", "expected"), (1500, "exhibitors", "edition")]),
])
def test_a_days_total_is_no_duration_and_a_where_clause_keeps_its_own_tense(text, expected):
    assert _measured(text, edition=2037) == expected


def test_purchase_deals_are_a_sum_of_their_own_and_change_as_one():
    """"Purchase deals worth 18.6 billion yuan" beside the projects' 612.3 billion, then "Purchase deals reached at
    the convention totaled 19.1 billion yuan": one measure of its own, changed; the projects' value untouched."""
    assert _measured("Purchase deals worth 18.6 billion yuan were also reached.") == [(18.6e9, "purchases", "edition")]
    assert _measured("大会期间采购签约额18.6亿元。") == [(1.86e9, "purchases", "edition")]
    db = _reported(("2036-09-22", "It closed with 1,126 projects worth 612.3 billion yuan signed. Purchase deals worth "
                                  "18.6 billion yuan were also reached."),
                   ("2036-09-25", "Purchase deals reached at the convention totaled 19.1 billion yuan."))
    rows = list(db.query("select value, metric, status, kind from figures where unit = 'CNY' order by pub_key, start"))
    assert [(r["value"], r["metric"], r["status"], r["kind"]) for r in rows] == [
        (612.3e9, "contract_value", "new", ""), (18.6e9, "purchases", "new", ""),
        (19.1e9, "purchases", "changed", "conflict")]


def test_a_clause_that_opens_with_last_year_cites_all_its_figures():
    figures = extract_figures("Last year, the summit's signing ceremony sealed 96 projects with a combined "
                              "investment of 81.5 billion yuan, while this year 102 projects were signed.")
    assert [(f.value, f.scope) for f in figures] == [(96, "earlier"), (81.5e9, "earlier"), (102, "edition")]


@pytest.mark.parametrize("text", [
    "Some 300 firms are showcasing robots across 48,000 square meters at the 2024 World Intelligent Manufacturing "
    "Conference.",
    "Exhibitors fill 48,000 square meters of the expo.",
    # the event itself the subject, under its full name
    "Covering 48,000 square meters, the 2035 World Intelligent Manufacturing Conference was the largest yet.",
])
def test_the_space_products_are_shown_in_is_the_exhibition_area(text):
    assert [f.metric for f in extract_figures(text) if f.unit == "m2"] == ["exhibition_area"]


def test_chinese_online_views_only_grow_and_a_bound_of_reads_says_nothing_of_the_viewers():
    """"线上直播观看量达2860万人次", then 3010万: the livestream's audience only grows, so the later count refines
    it; topic reads "超过1.2亿次" are no bound on the livestream's viewers reported at the close."""
    db = _stored("智能制造大会", ("2035-12-01", "2035世界智能制造大会相关话题阅读量超过1.2亿次，线上直播观看量达2860万人次。"),
                 ("2035-12-04", "2035世界智能制造大会闭幕，线上直播观看量3010万人次。"))
    rows = list(db.query("select value, status, kind from figures where value < 1e8 order by pub_key"))
    assert [(r["value"], r["status"], r["kind"]) for r in rows] == [(28.6e6, "new", ""), (30.1e6, "changed", "refined")]


@pytest.mark.parametrize("text,expected", [
    ("The exhibitor count at the convention, at 1,568, was down from 1,597 last year.",
     [(1568, "exhibitors", "edition"), (1597, "exhibitors", "earlier")]),
    ("Hefei convention deal count hits 1,115", [(1115, "projects_signed", "edition")]),
    ("The visitor tally was 96,000.", [(96000, "visitors", "edition")]),
    # one country's companies among the exhibitors: the subject is what is counted
    ("Japanese companies numbered 48 among the 1,642 exhibitors.",
     [(48, "companies from Japan", "edition"), (1642, "exhibitors", "edition")]),
    ("Nearly 1,600 exhibitors - 1,568 to be exact - showed their products.",
     [(1600, "exhibitors", "edition"), (1568, "exhibitors", "edition")]),
])
def test_a_count_named_by_its_tally_and_an_exact_value_after_a_rough_one(text, expected):
    assert _measured(text) == expected


def test_in_one_story_the_precise_value_is_the_report_and_the_rough_one_restates_it():
    db = _reported(("2035-09-23", "Nearly 1,600 exhibitors - 1,568 to be exact - showed their products."),
                   ("2035-09-26", "It had 1,590 exhibitors."))
    rows = list(db.query("select value, status, kind from figures order by pub_key, start"))
    assert [(r["value"], r["status"], r["kind"]) for r in rows] == [
        (1600, "known", ""), (1568, "new", ""), (1590, "changed", "conflict")]


def test_a_running_count_then_the_final_one_is_a_refinement():
    db = _reported(("2025-09-21", "As of Sunday evening, the expo had received 74,000 visitors."),
                   ("2025-09-24", "The expo received 151,000 visitors over four days."))
    rows = list(db.query("select status, kind from figures where unit = 'count' order by pub_key"))
    assert [(r["status"], r["kind"]) for r in rows] == [("new", ""), ("changed", "refined")]


@pytest.mark.parametrize("running", [
    "Up to 6 p.m. on Sunday, the expo had received 74,000 visitors.",
    "Until 5:30 pm of Sept. 21, the expo received 74,000 visitors.",
    "By 8 p.m. Sunday, the expo had received 74,000 visitors.",
])
def test_a_count_up_to_a_time_of_day_is_one_so_far_and_the_time_no_figure(running):
    """A count up to an hour of a day is one while the expo runs, which the final count refines; the hour is no
    figure."""
    db = _reported(("2025-09-21", running), ("2025-09-24", "The expo received 91,000 visitors over four days."))
    rows = list(db.query("select value, status, kind from figures where metric = 'visitors' order by pub_key"))
    assert [(r["value"], r["status"], r["kind"]) for r in rows] == [(74000, "new", ""), (91000, "changed", "refined")]
    assert not list(db.query("select value from figures where unit = 'count' and value < 10"))


def test_the_sentence_after_a_count_up_to_a_time_of_day_counts_so_far_too():
    db = _stored("Hefei convention",
                 ("2034-09-22", "The 2034 World Manufacturing Convention has entered its third day. Up to 6 p.m. of "
                                "Sept. 21, its online hall had 12.6 million page views. The convention had received "
                                "186,000 visitors."),
                 ("2034-09-24", "The 2034 World Manufacturing Convention closed. Its online hall had 31.2 million page "
                                "views, and it received 251,000 visitors."))
    rows = list(db.query("select value, status, kind from figures where value > 1000 order by pub_key, start"))
    assert [(r["value"], r["status"], r["kind"]) for r in rows] == [
        (12.6e6, "new", ""), (186000, "new", ""), (31.2e6, "changed", "refined"), (251000, "changed", "refined")]


@pytest.mark.parametrize("date,title,body,edition,expected", [
    ("2023-12-06", "Intelligent manufacturing conference opens in Nanjing",
     "NANJING -- The 2023 World Intelligent Manufacturing Conference opened in Nanjing with 310 exhibitors. In "
     "September, the World Manufacturing Convention in Hefei had drawn 630 exhibitors.", 2023,
     [(310, "edition", "", 0), (630, "edition", "wmc", 2023)]),
    # the other event's 700 projects come first; this conference's 95 are its own total, not some of them; a
    # headline naming only the city says which of the two the story covers
    ("2026-12-09", "Nanjing show rounds off the year",
     "Back in September, the World Manufacturing Convention in Hefei signed 700 projects. This week, the World "
     "Intelligent Manufacturing Conference in Nanjing signed 95 projects.", 2026,
     [(700, "edition", "wmc", 2026), (95, "edition", "", 0)]),
    # a comparison's aside is the other show's, the main clause after it this one's; a year next to the other
    # show's name is its edition
    ("2026-12-01", "Nanjing conference closes",
     "NANJING -- The 2026 World Intelligent Manufacturing Conference closed. Unlike the 2025 World Manufacturing "
     "Convention in Hefei, which signed 608 projects, the Nanjing event signed 95.", 2026,
     [(608, "edition", "wmc", 2025), (95, "edition", "", 0)]),
    ("2026-12-01", "Nanjing conference closes",
     "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with 310 exhibitors, while the World "
     "Manufacturing Convention, which closed in Hefei in September, reported 1,597 exhibitors.", 2026,
     [(310, "edition", "", 0), (1597, "edition", "wmc", 2026)]),
    # a comparison with the other event's signings is that event's count of this year, no earlier year of it
    ("2026-12-01", "Nanjing conference closes",
     "NANJING -- The 2026 World Intelligent Manufacturing Conference secured 305 projects. That is far fewer than the "
     "1,068 signed at neighboring Anhui's World Manufacturing Convention in September.", 2026,
     [(305, "edition", "", 0), (1068, "edition", "wmc", 2026)]),
    # a show no configuration names is another event all the same when it is the clause's subject; a capital
    # alone ("The Expo") names none, and a comparison with one leaves the clause to this conference
    ("2026-11-28", "Nanjing conference opens",
     "NANJING -- The 2026 World Intelligent Manufacturing Conference opened with 330 exhibitors. The Expo lasts "
     "three days. Elsewhere, the Guangzhou Auto Show in Guangzhou expects 1,100 exhibitors next month. Like the "
     "Canton Fair, the conference drew 40 countries and regions.", 2026,
     [(330, "edition", "", 0), (3, "edition", "", 0), (1100, "elsewhere", "", 0), (40, "edition", "", 0)]),
    # the other show named only after a comparison that follows this one's figure: the figure before it stays here
    ("2031-11-30", "Nanjing conference closes",
     "NANJING -- The 2031 World Intelligent Manufacturing Conference closed on Sunday. It hosted 352 exhibitors, well "
     "short of the 1,240 at Anhui's World Manufacturing Convention in September.", 2031,
     [(352, "edition", "", 0), (1240, "edition", "wmc", 2031)]),
    # a count after the other show's city in a comparison is that show's, in a story that names it
    ("2031-11-30", "Nanjing conference closes",
     "NANJING -- The 2031 World Intelligent Manufacturing Conference closed on Sunday with 96 deals. Two months "
     "earlier, the World Manufacturing Convention had signed 604. Nanjing's show hosted 352 exhibitors, against "
     "Hefei's 1,240.", 2031,
     [(96, "edition", "", 0), (604, "edition", "wmc", 2031), (352, "edition", "", 0), (1240, "edition", "wmc", 2031)]),
])
def test_a_figure_of_the_other_event_cited_in_a_story_is_filed_under_that_event(date, title, body, edition, expected):
    """A figure of the other watched event is that event's, of the edition its name or the article's date gives
    (its event and edition set; empty, the article's); another show's is nobody's (scope elsewhere)."""
    from extract.analysis import analyse

    found = analyse(article_from_document(doc(date, title, body), name="x", fetched_at=NOW), EVENTS)
    assert (found.attribution.event, found.attribution.edition) == ("wimc", edition)
    assert [(f.value, f.scope, f.event, f.edition) for f in found.figures] == expected


@pytest.mark.parametrize("earlier,later,flag", [
    # the same number on either side of it is a change; a bound that leaves room inside the earlier one refines it
    ("from nearly 50 countries and regions", "from more than 50 countries and regions", "changed:conflict"),
    ("from more than 40 countries and regions", "from more than 45 countries and regions", "changed:refined"),
    ("from about 50 countries and regions", "from more than 52 countries and regions", "changed:refined"),
    ("from nearly 50 countries and regions", "from more than 60 countries and regions", "changed:conflict"),
    ("from about 50 countries and regions", "from 50 countries and regions", "known"),
    # a weaker bound of the same side says less than the earlier one: known
    ("from more than 52 countries and regions", "from more than 50 countries and regions", "known"),
])
def test_a_bound_after_a_bound_is_judged_by_what_both_allow(earlier, later, flag):
    db = _reported(("2025-09-16", f"It drew guests {earlier}."), ("2025-09-22", f"It drew guests {later}."))
    rows = list(db.query("select status, kind from figures where metric = 'countries_regions' order by pub_key"))
    assert [r["status"] + (f":{r['kind']}" if r["kind"] else "") for r in rows] == ["new", flag]


def test_the_links_to_other_stories_after_a_raw_page_are_not_its_figures():
    from extract.analysis import analyse

    raw = ("Home>>China\nWorld Manufacturing Convention closes in Hefei with 702 projects\n"
           "(Xinhua) 09:40, September 24, 2024\n"
           "HEFEI, Sept. 23 (Xinhua) -- The 2024 World Manufacturing Convention closed in Hefei on Monday, with 702 "
           "cooperation projects involving 351.6 billion yuan.\nWeb editor: Wang Lin\nRelated Stories\n"
           "2023 World Manufacturing Convention signs 595 projects\nHefei hosts 2022 WMC with 544 deals\n"
           "Copyright by People's Daily Online. All Rights Reserved.")
    found = analyse(article_from_document(raw, name="x", fetched_at=NOW), EVENTS)
    assert sorted(f.value for f in found.figures) == [702, 351.6e9]
    assert {f.metric for f in found.figures} == {"projects_signed", "contract_value"}


@pytest.mark.parametrize("text,expected", [
    # the cloud exhibition's area is a measure of its own; the other way's figure keeps the unit left out
    ("The fair's exhibition spans 40,000 square meters online and 25,000 offline.",
     [(40000, "exhibition_area_online", "edition"), (25000, "exhibition_area", "edition")]),
    ("Its virtual expo covers 90,000 square meters.", [(90000, "exhibition_area_online", "edition")]),
    ("展会线上展览面积4万平方米，线下展览面积2.5万平方米。",
     [(40000, "exhibition_area_online", "edition"), (25000, "exhibition_area", "edition")]),
    # visitors online and those who came, counted apart
    ("The expo received 52,000 visitors online and 31,000 in person.",
     [(52000, "visitors_online", "edition"), (31000, "visitors", "edition")]),
    # both ways at once are all the visitors
    ("The expo received 83,000 visitors online and offline.", [(83000, "visitors", "edition")]),
])
def test_online_and_offline_areas_and_visitors_are_apart(text, expected):
    assert _measured(text) == expected


def test_the_offline_area_changes_without_the_online_one():
    db = _reported(("2026-11-20", "The show covers 40,000 square meters online and 25,000 offline."),
                   ("2026-11-23", "Its offline exhibition finally covered 27,000 square meters."))
    assert _flags_in_order(db) == [("new", ""), ("new", ""), ("changed", "conflict")]


def test_deals_signed_as_the_event_opened_are_the_openings_batch():
    # the words that place the batch at the opening come long after the count
    text = ("Altogether 141 large projects carrying investment of 162.5 billion yuan were signed on Friday morning as "
            "the World Manufacturing Convention opened in Hefei.")
    assert _measured(text) == [(141, "projects_signed", "opening"), (162.5e9, "investment", "opening")]
    db = _reported(("2026-09-19", text),
                   ("2026-09-20", "开幕式上，141个重大项目集中签约，总投资1625亿元。"),
                   ("2026-09-22", "The convention closed with 620 projects signed."))
    assert _flags_in_order(db) == [("new", ""), ("new", ""), ("known", ""), ("known", ""), ("new", "")]


def test_signings_at_the_ceremony_site_and_the_foreign_ones_among_them_are_the_openings():
    text = "开幕式现场集中签约重大项目148个，总投资1652亿元，其中外资项目19个，投资额28.5亿美元。"
    assert _measured(text) == [(148, "projects_signed", "opening"), (165.2e9, "investment", "opening"),
                               (19, "foreign_projects", "opening"), (2.85e9, "foreign_investment", "opening")]


@pytest.mark.parametrize("text,expected", [
    # the host region's own statistics: a place is the subject, not the event
    ("Anhui has built 1,300 digital workshops and 250 smart factories, a provincial official told the forum.",
     [(1300, "digital workshops", "background"), (250, "smart factories", "background")]),
    ("The province now counts 9,200 charging stations.", [(9200, "charging stations", "background")]),
    # what a place makes, and a place that is home to companies: not the event's companies
    ("In the first half of the year, Jiangsu made 640,000 industrial robots.",
     [(640000, "products", "background")]),
    ("Output rose 9 percent, and the city is home to 1,150 high-tech manufacturers.",
     [(9, "output growth", "edition"), (1150, "companies", "background")]),
    # a second count joined to a first with a qualifier is the same place's
    ("The province now has 18 carmakers and more than 1,900 parts suppliers.",
     [(18, "carmakers", "background"), (1900, "parts suppliers", "background")]),
    # a place as "it" in the clause after its own figure
    ("Anhui's industrial output passed 4 trillion yuan last year, and it now has over 1,600 specialized suppliers.",
     [(4e12, "output", "background"), (1600, "specialized suppliers", "background")]),
    # the event's own measures stay the edition's whatever the subject
    ("Hefei hosts 700 exhibitors at the convention.", [(700, "exhibitors", "edition")]),
])
def test_the_host_regions_own_statistics_are_background(text, expected):
    assert _measured(text) == expected


def test_the_host_regions_statistics_never_change_the_edition():
    db = _reported(("2026-09-20", "Anhui has built 1,300 digital workshops, an official said."),
                   ("2026-09-22", "Anhui now counts 1,350 digital workshops, officials said."))
    assert _flags_in_order(db) == [("new", ""), ("new", "")]


@pytest.mark.parametrize("text,expected", [
    # a growing count and the days it has taken so far: no length of the event
    ("Expo passes 40,000 visitors in two days", [(40000, "visitors", "edition")]),
    # the final count and the days it took: the event's length
    ("The expo closed after drawing 71,000 visitors in four days.",
     [(71000, "visitors", "edition"), (4, "duration_days", "edition")]),
])
def test_days_after_a_growing_count_are_no_length_of_the_event(text, expected):
    assert _measured(text) == expected


def test_this_years_count_after_last_years_keeps_its_noun():
    assert _measured("Last year's fair drew 410 exhibitors; this year's has 455.") == [
        (410, "exhibitors", "earlier"), (455, "exhibitors", "edition")]
    assert _measured("The fair drew 380 exhibitors in 2024, and this year, about 455.") == [
        (380, "exhibitors", "edition"), (455, "exhibitors", "edition")]


@pytest.mark.parametrize("text,expected", [
    # how a story is told is no figure
    ("Seven things to know about the fair", []),
    ("Ten numbers from this year's expo", []),
    # the companies and bodies from abroad are one count, some of the exhibitors
    ("展会参展企业420余家，其中海外企业和机构75家。", [(420, "exhibitors", "edition"), (75, "overseas_exhibitors", "edition")]),
    # a phrase set off by commas between the counted noun and its verb
    ("Signed deals at the fair, held Nov. 3-5, numbered 214.", [(214, "projects_signed", "edition")]),
])
def test_listicles_joint_counts_and_a_subject_with_a_phrase_set_off(text, expected):
    assert _measured(text) == expected


def test_a_sentence_opening_with_some_of_them_counts_the_last_sentences_noun():
    text = ("The fair signed 418 projects with investment of 300 billion yuan. Forty-one of them were signed at the "
            "opening ceremony.")
    assert _measured(text) == [(418, "projects_signed", "edition"), (300e9, "investment", "edition"),
                               (41, "projects_signed", "opening")]


def test_a_number_revised_for_a_dated_edition_is_read():
    assert _measured("Organizers revised the number of exhibitors at the 2026 fair to 604 from 598.")[:1] == [
        (604, "exhibitors", "edition")]


def test_millimeters_and_centimeters_are_units_not_counts():
    assert [(f.value, f.unit) for f in extract_figures("The arm reaches 1,400 millimeters; its gripper is 30 cm wide.")] \
        == [(1400, "other"), (30, "other")]


@pytest.mark.parametrize("text,expected", [
    # those taking part online are counted apart from those in person
    ("About 90 foreign delegates are here in person, while more than 250 join online.",
     [(90, "overseas_guests", "edition"), (250, "guests_online", "edition")]),
    ("In all, 1,900 guests attended on site and 4,300 by video link.",
     [(1900, "guests", "edition"), (4300, "guests_online", "edition")]),
    # the users a platform registered, however the sentence puts it
    ("Its cloud platform has registered 180,000 users.", [(180000, "registered_users", "edition")]),
    ("Registered users of the cloud platform reached 240,000.", [(240000, "registered_users", "edition")]),
])
def test_guests_online_and_registered_users_are_measures_of_their_own(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # what deals are valued at is their value
    ("Agreements struck at the expo are valued at 96 billion yuan.", [(96e9, "contract_value", "edition")]),
    # a contrast starts a clause of its own: the year of the clause before it does not date it
    ("Its 410 deals fell short of the 452 signed in 2025, but their investment rose to 350 billion yuan.",
     [(410, "projects_signed", "edition"), (452, "projects_signed", "earlier"), (350e9, "investment", "edition")]),
    # a correction in one sentence: the value taken back is no figure, the right one is
    ("An earlier version of this story misstated the number of exhibitors at the 2026 fair as 418; it is 481.",
     [(481, "exhibitors", "edition")]),
])
def test_valued_deals_a_contrasting_clause_and_a_correction_in_one_sentence(text, expected):
    assert _measured(text, edition=2026) == expected


@pytest.mark.parametrize("text,expected", [
    # one venue's area is a part of the event's
    ("The main venue's expo covers 28,000 square meters.", [(28000, "exhibition_area", "part")]),
    # what comes from abroad is the overseas measure, whichever way round the sentence puts it
    ("Exhibitors from abroad number 95.", [(95, "overseas_exhibitors", "edition")]),
    # the number of something done at the opening, however long the phrase after it
    ("The number of projects signed on the opening day of the 2026 World Manufacturing Convention was revised to 171.",
     [(171, "projects_signed", "opening")]),
    # a count of one is no key figure; the next number counts the next noun
    ("Fair: 1 main venue, 4 sub-venues", [(4, "sub-venues", "edition")]),
])
def test_one_venues_area_from_abroad_a_long_phrase_and_counts_of_one(text, expected):
    assert _measured(text) == expected


def test_a_count_by_a_weekday_evening_is_still_running():
    db = _reported(("2026-09-21", "By Monday evening its livestreams had been watched 9 million times."),
                   ("2026-09-23", "Its livestreams drew 26 million views."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "refined")]


@pytest.mark.parametrize("text,expected", [
    # what is still to be signed is a forecast
    ("Deals to be signed at the fair are worth about 200 billion yuan.", [(200e9, "contract_value", "expected")]),
    # the ones at the venue among all the companies are the exhibitors on site
    ("Altogether 1,310 companies took part online and offline, 388 of them at the venue.",
     [(1310, "companies", "edition"), (388, "exhibitors_onsite", "edition")]),
    # how long ago is no count
    ("Three decades ago the city made few cars.", []),
])
def test_deals_to_be_signed_companies_at_the_venue_and_decades_ago(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count in brackets after its noun
    ("Guests (2,400) and journalists (310) filled the hall.", [(2400, "guests", "edition"), (310, "journalists", "edition")]),
    # the count a change came to, and a count set off after its noun
    ("The fair saw a 15 percent rise in exhibitors to 480.", [(15, "exhibitors growth", "edition"), (480, "exhibitors", "edition")]),
    ("Guests at the 2026 fair, at 3,900, were a record.", [(3900, "guests", "edition")]),
    # "a year earlier" after the older number is that number's, not this edition's
    ("Deals fell 12 percent to 402 from 457 a year earlier.",
     [(12, "projects signed decline", "edition"), (402, "projects_signed", "edition"),
      (457, "projects_signed", "earlier")]),
    # a count between dashes after "the number of"
    ("The number of countries represented at the fair -- 47 -- was a record.", [(47, "countries_regions", "edition")]),
    # the first day's batch after another day's, its noun left out
    ("Another 80 projects were signed on the second day, after 121 on the first.",
     [(80, "projects_signed", "part"), (121, "projects_signed", "opening")]),
    # the number signed so far, its noun left out
    ("Nine projects were signed on the third day, bringing the number signed so far to 47.",
     [(9, "projects_signed", "part"), (47, "projects_signed", "edition")]),
])
def test_brackets_changes_appositives_dashes_and_left_out_nouns(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause with its own verb before "and" and another count: the forecast after it is not its
    ("Some 380 companies have confirmed their participation and about 2,500 guests are expected.",
     [(380, "companies", "edition"), (2500, "guests", "expected")]),
    # counts that share one verb share its forecast
    ("About 900 guests and over 150 exhibitors are expected.",
     [(900, "guests", "expected"), (150, "exhibitors", "expected")]),
    # on site and on the cloud, in one clause
    ("Around 300 companies exhibit on site and 520 on the cloud.",
     [(300, "exhibitors_onsite", "edition"), (520, "exhibitors_online", "edition")]),
    ("The number of guests on site is capped at 800, while more than 2,000 will join online.",
     [(800, "guests", "edition"), (2000, "guests_online", "edition")]),
])
def test_clauses_with_their_own_verbs_and_ways_of_taking_part(text, expected):
    assert _measured(text) == expected


def test_a_count_on_the_first_two_days_is_still_running():
    db = _reported(("2026-09-21", "About 48,000 visitors came on the first two days."),
                   ("2026-09-24", "The expo received 131,000 visitors in all."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "refined")]


def test_exhibition_space_online_is_the_online_area():
    assert _measured("It has 25,000 sq m of exhibition space online and 18,000 offline.") == [
        (25000, "exhibition_area_online", "edition"), (18000, "exhibition_area", "edition")]


def test_the_openings_audience_is_a_part_and_never_changes_the_editions_guests():
    assert _measured("About 900 guests attended the opening ceremony.") == [(900, "guests", "part")]
    assert _measured("The opening ceremony drew 750 guests.") == [(750, "guests", "part")]
    db = _reported(("2026-09-20", "About 900 guests attended the opening."),
                   ("2026-09-23", "Over its four days the fair drew 1,700 guests."))
    assert [(s, k) for s, k in _flags_in_order(db)] == [("new", ""), ("new", ""), ("new", "")]


def test_a_headline_amount_without_its_currency_is_the_bodys_amount():
    text = doc("2026-09-21", "Fair investment tops 300 billion",
               "HEFEI -- Investment in projects signed at the World Manufacturing Convention in Hefei has topped 300 "
               "billion yuan.")
    article = article_from_document(text, name="x", fetched_at=NOW)
    db = open_db(memory=True)
    store_article(db, article, EVENTS, run_id="t", now=NOW)
    assert [(r["value"], r["unit"]) for r in db.query("select value, unit from figures")] == [(300e9, "CNY")]


@pytest.mark.parametrize("text,expected", [
    # those of the Fortune list at the event: the edition's count, not a part of a whole
    ("A total of 44 of the world's top 500 enterprises attend.", [(44, "fortune500", "edition")]),
    # the same with the list's name after "of the", after a verb, and another count after it
    ("The fair has drawn 47 of the Fortune Global 500 companies and 33 countries and regions.",
     [(47, "fortune500", "edition"), (33, "countries_regions", "edition")]),
    ("Exhibitors include 39 of the world's top 500 firms.", [(39, "fortune500", "edition")]),
    # a sentence of its own about the exhibitors counted before (with another count between)
    ("About 480 companies from 25 countries and regions exhibit. Among them are 37 of the Fortune Global 500 "
     "companies.", [(480, "exhibitors", "edition"), (25, "countries_regions", "edition"), (37, "fortune500", "edition")]),
    # a count that doubled to its value
    ("Foreign-funded projects at the fair more than doubled to 72.", [(72, "foreign_projects", "edition")]),
])
def test_fortune_list_members_and_counts_that_doubled(text, expected):
    assert _measured(text) == expected


def test_a_second_part_with_a_hyphenated_participle_is_read():
    text = ("The fair signed 410 projects. Of them, 366 are manufacturing projects, and 57 are foreign-funded, with "
            "investment of 6.2 billion U.S. dollars.")
    assert _measured(text)[2:] == [(57, "foreign_projects", "edition"), (6.2e9, "foreign_investment", "edition")]


def test_grown_from_an_earlier_count_to_this_years():
    assert _measured("The fair has grown from 80 exhibitors at its first edition in 2019 to about 240 this year.",
                     edition=2026) == [(80, "exhibitors", "earlier"), (240, "exhibitors", "edition")]


@pytest.mark.parametrize("text,expected", [
    # a show within the event is a part of it
    ("The drone exhibition held as part of the fair has 64 exhibitors.", [(64, "exhibitors", "part")]),
    ("A machine tool show within the fair features 48 exhibitors.", [(48, "exhibitors", "part")]),
    ("The expo has 90 exhibitors in Hall 2.", [(90, "exhibitors", "part")]),
    # a whole before a clause with its own subject stays the whole; another city's signings are a part
    ("Of the 402 projects signed at the fair, Wuhu accounts for 57 worth 31 billion yuan.",
     [(402, "projects_signed", "edition"), (57, "projects_signed", "part"), (31e9, "contract_value", "part")]),
    ("Bengbu signed 23 projects at the fair.", [(23, "projects_signed", "part")]),
    # one of something whose verb looks like a plural noun is no count
    ("Fair news: one supplier signs 3 billion yuan deal", [(3e9, "money", "edition")]),
])
def test_shows_within_the_event_other_cities_and_one_of_something(text, expected):
    assert _measured(text) == expected


def test_the_previous_editions_named_in_full_sum_them():
    assert _measured("The previous six World Manufacturing Conventions signed 3,900 projects.") == [
        (3900, "projects_signed", "cumulative")]


@pytest.mark.parametrize("text,expected", [
    # the opening's batch named again with "the" inside the closing total
    ("Over three days, 61 projects worth 50.2 billion yuan were signed, including the 24 signed at the opening.",
     [(3, "duration_days", "edition"), (61, "projects_signed", "edition"), (50.2e9, "contract_value", "edition"),
      (24, "projects_signed", "opening")]),
    # what the opening's batch is worth, given in the next sentence
    ("Twenty-four projects were signed as the fair opened on Friday. They carry total investment of 19.8 billion yuan.",
     [(24, "projects_signed", "opening"), (19.8e9, "investment", "opening")]),
    # the Fortune list named after "of them ... on"
    ("The expo hosted 515 companies, 61 of them on the Fortune Global 500 list.",
     [(515, "exhibitors", "edition"), (61, "fortune500", "edition")]),
    # projects prepared for signing, and a count the organizers expect to pass: forecasts
    ("Organizers have lined up about 580 projects for signing during the fair.", [(580, "projects_signed", "expected")]),
    ("So far 505 companies have signed up to exhibit, and the number is expected to pass 520.",
     [(505, "exhibitors", "edition"), (520, "exhibitors", "expected")]),
    # an answer about the expo the question named
    ("Q: How large is this year's expo? A: It covers some 72,000 square meters.", [(72000, "exhibition_area", "edition")]),
])
def test_batches_forecasts_and_answers_read_from_the_sentence_before(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # in Chinese: a place that has built, fostered or now counts something, and the counts listed after it
    ("据介绍，安徽已累计建成省级数字化车间1200个、智能工厂180家，本届大会参展企业近400家。",
     [(1200, "省级数字化车间", "background"), (180, "companies", "background"), (400, "exhibitors", "edition")]),
    ("江苏省级专精特新企业数量已达5100家。", [(5100, "little_giants", "background")]),
    # after a time phrase: a running total and an output's growth of the place
    ("近年来，安徽省数字化车间累计达到860家，合肥市新能源汽车产量同比增长35%。",
     [(860, "companies", "background"), (35, "growth", "background")]),
])
def test_the_host_regions_own_statistics_in_chinese_are_background(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count that rose or fell "from A to B": A is an earlier edition's, B this one's, and no range
    ("Exhibitors rose from last year's 498 to 527.", [(498, "exhibitors", "earlier"), (527, "exhibitors", "edition")]),
    ("The number of exhibitors grew from 498 last year to 527.",
     [(498, "exhibitors", "earlier"), (527, "exhibitors", "edition")]),
    ("Visitors fell from about 190,000 to 176,000.", [(190000, "visitors", "earlier"), (176000, "visitors", "edition")]),
    ("This year the fair grew from 498 to 527 exhibitors.",
     [(498, "exhibitors", "earlier"), (527, "exhibitors", "edition")]),
    ("Overseas exhibitors rose by 25 percent from last year to 115.",
     [(25, "overseas exhibitors growth", "edition"), (115, "overseas_exhibitors", "edition")]),
    # a range stays a range
    ("The fair expects 480 to 520 exhibitors.", [(480, "exhibitors", "expected"), (520, "exhibitors", "expected")]),
])
def test_a_count_that_rose_from_one_value_to_another(text, expected):
    assert _measured(text) == expected


def test_a_measure_under_its_two_names_is_one_row_of_the_metrics_listing():
    """'more than 530 companies are exhibiting' (exhibitors), then 'the convention has gathered 532 companies'
    (companies): the ledger compares them as one measure, so the listing shows one row whose latest value is 532,
    not a row of exhibitors stuck at 'more than 530' beside a row of companies."""
    from storage.ledger import metric_histories

    db = _reported(("2026-09-19", "more than 530 companies are exhibiting."),
                   ("2026-09-20", "the convention has gathered 532 companies."),
                   ("2026-09-22", "532 companies attended."))
    rows = [r for r in metric_histories(db) if r["metric"] in ("exhibitors", "companies")]
    assert len(rows) == 1
    assert [p["value"] for p in rows[0]["reports"]] == [530, 532, 532]
    assert (rows[0]["latest"]["value"], rows[0]["stories"]) == (532, 3)


@pytest.mark.parametrize("text,expected", [
    # other words for the same measures
    ("Foot traffic at the expo reached 172,000.", [(172000, "visitors", "edition")]),
    ("The expo welcomed 172,000 members of the public.", [(172000, "visitors", "edition")]),
    ("签署合作协议634项。", [(634, "projects_signed", "edition")]),
    ("The fair's online audience passed 4 million.", [(4e6, "visitors_online", "edition")]),
    ("现场签订合同52个。", [(52, "projects_signed", "edition")]),
])
def test_other_words_for_visitors_and_signings(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # in Chinese, one more batch of signings is a part; a count of cities is no signing
    ("当天又签约项目420个，总投资1980亿元。", [(420, "projects_signed", "part"), (198e9, "investment", "part")]),
    ("安徽14个市分别举行专场签约活动。", [(14, "cities", "edition")]),
    ("本届大会新签约项目690个。", [(690, "projects_signed", "edition")]),
])
def test_another_batch_and_the_cities_that_held_signings_in_chinese(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an earlier edition's count the sentence compares with ("below the", "above the")
    ("The fair closed with 690 signed projects, just below the 702 of 2025 and well above the 410 signed in 2019.",
     [(690, "projects_signed", "edition"), (702, "projects_signed", "earlier"), (410, "projects_signed", "earlier")]),
    ("Some 690 projects were signed, slightly fewer than the 702 signed last year.",
     [(690, "projects_signed", "edition"), (702, "projects_signed", "earlier")]),
    # a countdown is no length of the event
    ("With two days to go, the fair has 540 exhibitors.", [(540, "exhibitors", "edition")]),
])
def test_counts_compared_with_below_or_above_are_earlier_editions(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # fields apart by bars on one line: each value is its own label's
    ("Projects signed: 702 | Investment: 452 billion yuan | Exhibitors: 611 | Visitors: 174,000",
     [(702, "projects_signed", "edition"), (452e9, "investment", "edition"), (611, "exhibitors", "edition"),
      (174000, "visitors", "edition")]),
    # an amount revised, and a count that stayed
    ("Investment in projects signed at the fair has been revised to 458 billion yuan after late filings.",
     [(458e9, "investment", "edition")]),
    ("The number of signed projects is unchanged at 702.", [(702, "projects_signed", "edition")]),
])
def test_fields_apart_by_bars_and_revised_or_unchanged_values(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the host region's signings over months of the year, not the event's
    ("In the first half of the year, Anhui signed 1,150 investment projects worth 760 billion yuan.",
     [(1150, "projects_signed", "background"), (760e9, "investment", "background")]),
    ("Jiangsu signed 980 projects in the first eight months.", [(980, "projects_signed", "background")]),
    ("今年上半年，江苏新签约亿元以上项目1150个，总投资7600亿元。",
     [(1150, "projects_signed", "background"), (760e9, "investment", "background")]),
    # the event's signings stay the edition's
    ("At the fair, 702 projects were signed.", [(702, "projects_signed", "edition")]),
])
def test_the_host_regions_signings_over_months_are_background(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the host region's economy: its GDP, its output and its growth are its own, not the event's
    ("Nanjing's GDP exceeded 1.8 trillion yuan.", [(1.8e12, "gdp", "background")]),
    ("Anhui's industrial output rose 7 percent to 3.9 trillion yuan.",
     [(7, "output growth", "background"), (3.9e12, "output", "background")]),
    ("Anhui Province is home to 21,000 high-tech enterprises.", [(21000, "high_tech_companies", "background")]),
    # the place named with "province", and the next clause about "its" output
    ("Jiangsu province's industrial output rose 6.1 percent in 2025, and its robot output passed 90,000 units.",
     [(6.1, "industrial output growth", "background"), (90000, "units", "background")]),
])
def test_the_host_regions_economy_is_background(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # one more batch that takes a total to a new value: the batch is a part, the total the edition's
    ("Day two added 36 deals, taking the tally to 472.",
     [(36, "projects_signed", "part"), (472, "projects_signed", "edition")]),
    # a total value lifted, a count that now stands at a value, signings as the subject
    ("The late signings lifted the total value to 455 billion yuan.", [(455e9, "contract_value", "edition")]),
    ("The fair signed 702 projects in all; with late filings the count now stands at 705.",
     [(702, "projects_signed", "edition"), (705, "projects_signed", "edition")]),
    ("The fair's signings reached 702.", [(702, "projects_signed", "edition")]),
])
def test_totals_taken_lifted_or_standing_at_a_value(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # half of a scale, and a half after a number
    ("Half a million people came to the fair.", [(500_000, "visitors", "edition")]),
    ("The fair held half a dozen forums.", [(6, "forums", "edition")]),
    ("One and a half million viewers watched the fair online.", [(1_500_000, "visitors_online", "edition")]),
    ("It was a two and a half day fair.", [(2.5, "duration_days", "edition")]),
    # an abbreviation in the plural counts what it stands for
    ("The fair saw 14 MOUs inked.", [(14, "memorandums", "edition")]),
    ("Exhibitors signed 40 projects and 11 memoranda of understanding.",
     [(40, "projects_signed", "edition"), (11, "memorandums", "edition")]),
])
def test_halves_and_abbreviations(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "to" the new value "from" the old one: the old one is an earlier edition's, under the same noun
    ("Exhibitors rose to 618 from 577.", [(618, "exhibitors", "edition"), (577, "exhibitors", "earlier")]),
    ("The number of exhibitors grew to 618, up from 577.",
     [(618, "exhibitors", "edition"), (577, "exhibitors", "earlier")]),
    ("The show floor expanded to 72,000 square meters from 64,000 square meters.",
     [(72000, "exhibition_area", "edition"), (64000, "exhibition_area", "earlier")]),
    # "from" a place is no earlier value
    ("Guests flew to Hefei from 38 countries and regions.", [(38, "countries_regions", "edition")]),
])
def test_to_a_value_from_an_earlier_one(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a forum placed among the event's forums by an apposition: its audience and signings are its own
    ("The robotics forum, one of 18 parallel forums at the fair, drew 420 guests and saw 9 deals signed.",
     [(18, "sub_forums", "edition"), (420, "guests", "part"), (9, "projects_signed", "part")]),
])
def test_a_forum_set_among_the_events_forums(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "being" between "of them" and the list: the edition's count of Fortune Global 500 companies
    ("About 480 companies are exhibiting, with 52 of them being Fortune Global 500 companies.",
     [(480, "exhibitors", "edition"), (52, "fortune500", "edition")]),
    # deals struck are signed
    ("At the fair, deals were struck on 655 projects.", [(655, "projects_signed", "edition")]),
    # Chinese: the participants online and offline are guests; the audience of the opening ceremony is its own
    ("线上线下参会人数超3万人。", [(30000, "guests", "edition")]),
    ("开幕式上，来自38个国家和地区的1800余名嘉宾出席。",
     [(38, "countries_regions", "part"), (1800, "guests", "part")]),
    ("大会期间，来自38个国家和地区的4200余名嘉宾参会。",
     [(38, "countries_regions", "edition"), (4200, "guests", "edition")]),
])
def test_being_on_the_list_deals_struck_and_ceremony_audiences(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the country's economy, cited in a speech at the event, is no figure of the event
    ("China's manufacturing value added came to 32 trillion yuan, accounting for roughly 29 percent of the global total.",
     [(32e12, "value added", "background"), (29, "share of global total", "background")]),
    ("The country has 28,000 smart factories, and about 2,300 of them are rated advanced.",
     [(28000, "smart factories", "background"), (2300, "smart factories", "background")]),
    ("The digital economy's core industries grew 8 percent.", [(8, "core industries growth", "background")]),
    ("The province supplies about 12 percent of the world's display panels.",
     [(12, "share of display panels", "background")]),
    # the host province's output of a year gone by, and its growth, are its own, not last year's edition's
    ("Anhui produced 1.6 million new energy vehicles last year, up 55 percent.",
     [(1.6e6, "new energy vehicles", "background"), (55, "new energy vehicles growth", "background")]),
    # the event's own growth and share stay the edition's
    ("The fair hosts 610 exhibitors, up 4 percent; overseas firms make up 18 percent of the exhibitors.",
     [(610, "exhibitors", "edition"), (4, "exhibitors growth", "edition"), (18, "share of overseas exhibitors", "edition")]),
])
def test_the_countrys_economy_and_the_provinces_past_output_are_background(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle of change: the count it came to, and the earlier one it came from
    ("The fair opened with exhibitors rising to 604 from 571 last year.",
     [(604, "exhibitors", "edition"), (571, "exhibitors", "earlier")]),
    # a relative clause that reports what is so is no forecast, though the sentence has one
    ("About 400,000 visitors are expected at the expo, which opened on Friday with 290 exhibitors.",
     [(400_000, "visitors", "expected"), (290, "exhibitors", "edition")]),
    ("The expo, which opened on Friday, is expected to draw 290 exhibitors.", [(290, "exhibitors", "expected")]),
    # the host province set off after a comma: "home to" its own record
    ("Jiangsu, home to 1,050 smart factories, hosts the fair.", [(1050, "smart factories", "background")]),
])
def test_participles_relative_clauses_and_home_to(text, expected):
    assert _measured(text) == expected


def _qualified(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.scope, f.qualifier) for f in extract_figures(text)]


def test_a_total_brought_to_a_value_while_the_event_runs_can_only_grow():
    # so far: the total and what it is worth are at least that much; the expo's visitors so far are this edition's
    assert _qualified("The fair signed 215 more projects on Sunday, bringing the total to 402 projects worth 287 billion "
                      "yuan. The expo has received 96,000 visitors so far.") == [
        (215, "part", "exact"), (402, "edition", "at_least"), (287e9, "edition", "at_least"),
        (96000, "edition", "at_least")]
    # at the close, the total brought to a value is the final one
    assert _qualified("The fair closed with 38 more deals, bringing the total to 640.") == [
        (38, "part", "exact"), (640, "edition", "exact")]


@pytest.mark.parametrize("text,expected", [
    # the words of a count so far in the first clause do not reach a clause with a subject of its own
    ("The convention has so far signed 840 projects, officials said on Friday, as 1,590 exhibitors filled the halls.",
     [(840, "edition", "at_least"), (1590, "edition", "exact")]),
    ("In Hefei, the convention has so far signed 840 projects, when 1,590 exhibitors are in the halls.",
     [(840, "edition", "at_least"), (1590, "edition", "exact")]),
    # opening the sentence, they do
    ("So far, the convention has signed 840 projects, as 1,590 exhibitors filled the halls.",
     [(840, "edition", "at_least"), (1590, "edition", "at_least")]),
    # a showcase before the event's name is the event, not one of its showcases
    ("Anhui's showcase World Manufacturing Convention has so far signed 840 projects.", [(840, "edition", "at_least")]),
    ("The robot showcase of the convention drew 120 exhibitors.", [(120, "part", "exact")]),
])
def test_a_count_so_far_reaches_its_own_clause_and_what_the_sentence_opens_with(text, expected):
    assert _qualified(text) == expected


def test_a_total_so_far_is_refined_by_the_final_one():
    db = _reported(("2026-09-21", "The fair signed 215 more projects on Sunday, bringing the total to 402 projects worth "
                                  "287 billion yuan."),
                   ("2026-09-23", "The fair closed with 655 projects signed, worth 470 billion yuan."))
    flags = {r["value"]: (r["status"], r["kind"]) for r in db.query("select value, status, kind from figures")}
    assert flags[655] == ("changed", "refined") and flags[470e9] == ("changed", "refined")


@pytest.mark.parametrize("text,expected", [
    # Chinese: a share after 占 is a share of the noun before it, or of the count just given; a part
    ("其中，制造业项目占比超九成。", [(90, "share of projects in manufacturing", "edition")]),
    ("大会共签约项目655个，其中制造业项目590个，占比90.1%。",
     [(655, "projects_signed", "edition"), (590, "projects", "part"), (90.1, "share of projects in manufacturing", "edition")]),
    # (one kind of industry's share of the projects: the edition's, named as in English)
    ("其中，新能源汽车项目占比三成。", [(30, "share of projects in new energy vehicles", "edition")]),
    ("其中，智能家电项目占比三成。", [(30, "share of 智能家电项目", "part")]),
    # (the foreign-funded ones and those in manufacturing: one measure in both languages, the edition's however it
    # is said)
    ("外资项目占签约项目总数的11%。", [(11, "share of foreign-funded projects", "edition")]),
])
def test_chinese_shares_of_a_named_whole(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count named by "count", "tally" or "headcount"
    ("The exhibitor count came to 598.", [(598, "exhibitors", "edition")]),
    ("Organizers said the headcount could top 1,400 by the opening.", [(1400, "guests", "expected")]),
    # "top" as a verb after a modal is no ranking's name
    ("Exhibitors are expected to top 590.", [(590, "exhibitors", "expected")]),
    ("Visitors are set to reach 210,000.", [(210_000, "visitors", "expected")]),
    # booth space is the exhibition's area, not one booth's
    ("Booth space totals some 48,000 square metres, a jump of 9 per cent on last year.",
     [(48000, "exhibition_area", "edition"), (9, "exhibition area growth", "edition")]),
    ("The tally: 48,000 square metres of booth space.", [(48000, "exhibition_area", "edition")]),
])
def test_counts_tallies_headcounts_modal_verbs_and_booth_space(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sector's share of the signings in other words: "numbering", "the lion's share at", a verb left out
    ("Of the 640 projects signed at the fair this year, machinery projects took the lion's share at 402, with "
     "robotics projects alone numbering 95.",
     [(640, "projects_signed", "edition"), (402, "projects_signed", "part"), (95, "projects_signed", "part")]),
    ("Machinery accounted for 402 of the 640 deals, and robotics for 95.",
     [(402, "projects_signed", "part"), (640, "projects_signed", "edition"), (95, "projects_signed", "part")]),
])
def test_sectors_numbering_the_lions_share_and_a_verb_left_out(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a year's peak or record is that year's figure
    ("The fair signed 44 deals, well short of the 2019 peak of 61 deals.",
     [(44, "projects_signed", "edition"), (61, "projects_signed", "earlier")]),
    # a rate compared with last year is this edition's; last year's count after it is read too
    ("The fair has about 590 exhibitors, roughly 8% more than last year's 546.",
     [(590, "exhibitors", "edition"), (8, "exhibitors growth", "edition"), (546, "exhibitors", "earlier")]),
    # foreign signers' projects are the foreign-funded ones, and what they are worth their investment
    ("Foreign-invested enterprises signed 33 projects worth 4.8 billion U.S. dollars.",
     [(33, "foreign_projects", "edition"), (4.8e9, "foreign_investment", "edition")]),
    ("Foreign-funded projects signed during the fair totaled 39, with investment of 5.9 billion U.S. dollars.",
     [(39, "foreign_projects", "edition"), (5.9e9, "foreign_investment", "edition")]),
    # Chinese: the first day's visitors are that day's
    ("展会首日，参观人数超过2.8万人次。", [(28000, "visitors", "part")]),
])
def test_peaks_rates_against_last_year_foreign_signers_and_the_first_day(text, expected):
    assert [(v, m, s) for v, m, s in _measured(text, edition=2026)] == expected


def test_a_small_round_count_after_a_precise_one_is_a_change_not_a_rounding():
    # 20 forums after 18 is another count (more than a twentieth off); 600 after 612 still rounds
    db = _reported(("2026-09-20", "The fair holds 18 parallel forums and has 612 exhibitors."),
                   ("2026-09-23", "The fair held 20 parallel forums and had 600 exhibitors."))
    flags = {r["value"]: (r["status"], r["kind"]) for r in db.query("select value, status, kind from figures")}
    assert flags[20] == ("changed", "conflict") and flags[600] == ("known", "")


@pytest.mark.parametrize("text,expected", [
    # a day named by an apposition: that day's batch; "among them" after it counts some of the batch
    ("On Sept 19, the first day of the fair, 290 projects were signed. Among them, 24 were foreign-funded.",
     [(290, "projects_signed", "opening"), (24, "foreign_projects", "opening")]),
    # by a day's afternoon, the total so far
    ("By Saturday afternoon, the second day of the fair, 410 projects had been signed.",
     [(410, "projects_signed", "edition")]),
])
def test_a_day_named_by_an_apposition_and_some_of_its_batch(text, expected):
    assert _measured(text) == expected


def _qualified_zh(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.qualifier, f.metric) for f in extract_figures(text)]


@pytest.mark.parametrize("text,expected", [
    # a round hundred of 亿 and "more than ten" written in Chinese numerals
    ("大会签约金额超百亿元。", [(1e10, "more_than", "contract_value")]),
    ("其中院士十余位。", [(10, "more_than", "academicians")]),
    # "数十", "几百": dozens, hundreds, no number to report
    ("数十家世界500强企业参会。", []),
    ("签约项目几百个。", []),
])
def test_chinese_round_hundreds_more_than_ten_and_dozens(text, expected):
    assert _qualified_zh(text) == expected


def test_a_chinese_range_gives_its_two_bounds_and_a_span_of_years_is_a_sum_of_editions():
    assert _qualified_zh("本届大会拟举办35至45场活动，预计1200-1300家企业参展。") == [
        (35, "at_least", "forums"), (45, "up_to", "forums"), (1200, "at_least", "exhibitors"),
        (1300, "up_to", "exhibitors")]
    assert _qualified_zh("接待观众8万~10万人次。") == [(80000, "at_least", "visitors"), (100000, "up_to", "visitors")]
    assert [f.scope for f in extract_figures("2019年至2025年，大会累计签约项目4100个。", edition=2026)] == ["cumulative"]
    # a count inside the range announced is a refinement of it, not a change of plan
    db = _reported(("2026-09-15", "本届大会拟举办35至45场活动。"), ("2026-09-23", "大会共举办活动41场。"))
    assert _flags_in_order(db)[-1] == ("changed", "refined")


def test_a_chinese_tables_label_gives_the_unit_and_scale_of_its_row():
    table = ("| 指标 | 数值 |\n| --- | --- |\n| 签约项目（个） | 906 |\n| 总投资（亿元） | 7028 |\n"
             "| 参观人次（万） | 51.4 |\n| 展览面积（万平方米） | 11 |\n")
    assert _measured(table) == [(906, "projects_signed", "edition"), (702.8e9, "investment", "edition"),
                                (514000, "visitors", "edition"), (110000, "exhibition_area", "edition")]


def test_a_chinese_count_of_the_opening_day_and_some_of_it_are_that_days():
    text = "大会开幕首日，展馆共接待观众11.8万人次。其中，专业观众3.9万人次。"
    assert _measured(text) == [(118000, "visitors", "part"), (39000, "trade_visitors", "part")]


def test_chinese_list_items_past_a_semicolon_are_parts_and_a_record_is_no_sum_of_editions():
    text = "大会共签约项目880个。其中，10亿元以上项目170个；百亿元以上项目11个；制造业项目801个。"
    assert [(v, s) for v, _, s in _measured(text)] == [(880, "edition"), (170, "part"), (11, "part"), (801, "part")]
    assert _measured("大会签约外资项目98个，投资额121.5亿美元，均创历届新高。") == [
        (98, "foreign_projects", "edition"), (12.15e9, "foreign_investment", "edition")]


def test_a_chinese_ceremonys_livestream_audience_is_a_part_and_a_total_without_its_verb_is_read():
    assert _measured("开幕式直播观看人次达740万，直播观看人次累计1380万。") == [
        (7.4e6, "visitors_online", "part"), (13.8e6, "visitors_online", "edition")]


def test_chinese_exhibitors_counted_after_where_they_exhibit():
    assert [(v, m) for v, m, _ in _measured("线下398家企业参展，线上604家企业参展。")] == [
        (398, "exhibitors_onsite"), (604, "exhibitors_online")]
    assert [f.qualifier for f in extract_figures("线上604家企业参展。")] == ["exact"]


def test_chinese_projects_under_way_are_some_of_those_signed():
    assert _measured("大会共签约项目236个，目前已有164个项目开工建设。") == [(236, "projects_signed", "edition"),
                                                                (164, "projects", "part")]
    db = _reported(("2026-09-23", "大会共签约项目236个。"), ("2026-09-30", "大会共签约项目236个，目前已有164个项目开工建设。"))
    assert _flags_in_order(db) == [("new", ""), ("known", ""), ("new", "")]


def test_another_batch_in_chinese_is_a_part_and_the_new_total_the_editions():
    text = "大会闭幕后又有5个项目完成签约，大会签约项目总数增至911个。"
    assert _measured(text) == [(5, "projects_signed", "part"), (911, "projects_signed", "edition")]


def test_a_chinese_total_number_is_no_dozens():
    assert _qualified_zh("展会观众总数16.8万人次，参会人数达1.2万人。") == [(168000, "exact", "visitors"),
                                                             (12000, "exact", "guests")]


def test_lines_labelled_with_an_earlier_year_are_that_years():
    text = ("The fair closed with 705 projects signed. How it has grown:\n\n2019: 452 projects signed\n"
            "- 2024: 998 projects signed\n2025: 705 projects signed")
    assert _measured(text, edition=2025) == [(705, "projects_signed", "edition"), (452, "projects_signed", "earlier"),
                                             (998, "projects_signed", "earlier"), (705, "projects_signed", "edition")]


def test_the_number_attending_and_chinese_counts_since_the_opening():
    assert _measured("The number of academicians attending rose to 27.") == [(27, "academicians", "edition")]
    # since the opening, a count while the event runs; the first three days are no length of the event
    assert _qualified_zh("大会开幕以来已签约项目610个，总投资3800亿元。前三天观众超9万人次。") == [
        (610, "at_least", "projects_signed"), (380e9, "at_least", "investment"), (90000, "more_than", "visitors")]


def test_a_chinese_running_total_since_the_opening_is_refined_by_the_close():
    db = open_db(memory=True)
    for day, body in (("2026-09-22", "大会开幕以来已签约项目610个，总投资3800亿元。"),
                      ("2026-09-23", "大会闭幕。共签约项目770个，总投资4700亿元。")):
        text = doc(day, f"2026世界制造业大会 {day}", f"合肥讯 2026世界制造业大会在合肥举行。{body}")
        store_article(db, article_from_document(text, name=day, fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    flags = {r["value"]: (r["status"], r["kind"]) for r in db.query("select value, status, kind from figures")}
    assert flags[770] == ("changed", "refined") and flags[470e9] == ("changed", "refined")


@pytest.mark.parametrize("text,expected", [
    # this year's signings inside a sentence about the running total, and "the number signed since" it
    ("With 720 projects signed at this year's World Manufacturing Convention, the number signed since 2018 has risen "
     "to 4,900.", [(720, "projects_signed", "edition"), (4900, "projects_signed", "cumulative")]),
    # a count across the editions, their number written in digits
    ("Across its 11 editions, the fair has seen 560 projects signed.", [(560, "projects_signed", "cumulative")]),
])
def test_this_years_part_of_a_running_total_and_editions_in_digits(text, expected):
    assert _measured(text) == expected


def test_an_answer_counts_what_the_question_asked_about():
    text = ("The fair's organizer answered our questions.\n\nQ: How many exhibitors will there be?\n"
            "A: We expect around 290, up from 271 last year.")
    assert _measured(text) == [(290, "exhibitors", "expected"), (271, "exhibitors", "earlier")]
    # an answer that gives the number alone, and a follow-up question that names only what it asks about
    text = ("Q: How many exhibitors came in the end?\n\nA: 604, on 52,000 square meters.\n\nQ: And the forums?\n\n"
            "A: Nineteen.")
    assert _measured(text) == [(604, "exhibitors", "edition"), (52000, "exhibition_area", "edition"),
                               (19, "forums", "edition")]


def test_what_officials_hope_for_is_a_forecast():
    assert _measured("Officials hope to sign more than 700 deals at the fair.") == [(700, "projects_signed", "expected")]
    assert _measured("Foreign-funded projects should number around 90.") == [(90, "foreign_projects", "expected")]


@pytest.mark.parametrize("text", ["我们希望参展企业突破700家。", "明年参展企业将达800家。", "下届大会争取签约项目1000个。"])
def test_chinese_hopes_and_next_years_plans_are_forecasts(text):
    assert [f.scope for f in extract_figures(text)] == ["expected"]


def test_numbers_that_climbed_past_a_mark_visitor_traffic_and_chinese_counts_increased_to():
    assert _qualified("Exhibitor numbers at the fair have climbed past 610.") == [(610, "edition", "more_than")]
    assert _measured("Visitor traffic at the fair topped 48,000.") == [(48000, "visitors", "edition")]
    # "已增至": a count while the fair runs, which the close can only refine
    assert _qualified_zh("参展企业已增至612家。") == [(612, "at_least", "exhibitors")]


@pytest.mark.parametrize("text,expected", [
    # a company's staff, deliveries, plans, plant output and revenue are its own, not the fair's
    ("The company, which has 28,000 employees, delivered 210,000 cars last year and plans to invest 9 billion yuan "
     "in a new plant.",
     [(28000, "employees", "background"), (210_000, "cars", "background"), (9e9, "investment", "background")]),
    ("NIO's Hefei plant produces 4,000 vehicles a day.", [(4000, "vehicles", "background")]),
    ("The firm's revenue rose 18 percent to 75 billion yuan.",
     [(18, "revenue growth", "background"), (75e9, "revenue", "background")]),
    # a named company's workforce, what it says it delivered, its base's output
    ("NIO, which employs about 29,000 people, showed a sedan; the company delivered 205,000 vehicles last year.",
     [(29000, "employees", "background"), (205_000, "vehicles", "background")]),
    ("NIO said it delivered 221,970 vehicles last year and now has 31,000 employees.",
     [(221_970, "vehicles", "background"), (31000, "employees", "background")]),
    ("BYD's Hefei base turns out 4,800 cars a day.", [(4800, "cars", "background")]),
    # what a company says of the fair is the fair's
    ("The company said the fair has drawn 590 exhibitors.", [(590, "exhibitors", "edition")]),
    # a firm named by what it sells, then its sales; what a plant saved
    ("Wu Jing heads exports at a Changzhou valve maker whose sales climbed 12 percent last year to 1.4 billion yuan.",
     [(12, "sales growth", "background"), (1.4e9, "sales", "background")]),
    ("After the upgrade the foundry slashed its scrap rate by 35 percent.", [(35, "percent", "background")]),
])
def test_a_companys_own_record_is_background(text, expected):
    assert _measured(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a named maker's stand and what it shows are a part, whatever year its aside names; exhibitors as a whole show
    # the edition's products
    ("Chery, which exported 1.1 million cars in 2025, fills a 1,500-square-meter booth.", [(1500, "exhibition_area", "part")]),
    ("Chery, which exported 1.1 million cars in 2025, unveiled six models at the expo. Exhibitors unveiled 240 new "
     "products.", [(6, "products", "part"), (240, "products", "edition")]),
    # those from abroad counted "among the exhibitors" are the overseas exhibitors
    ("Overseas firms numbered 148 among the exhibitors.", [(148, "overseas_exhibitors", "edition")]),
])
def test_a_named_makers_stand_is_a_part_and_overseas_firms_among_exhibitors_are_counted_as_such(text, expected):
    assert [m for m in _measured(text, 2026) if m[0] != 1.1e6] == expected


def test_a_qualifier_is_shared_by_two_counts_joined_by_and():
    assert [f.qualifier for f in extract_figures("The fair brought together about 290 enterprises and 1,900 guests.")] \
        == ["about", "about"]
    # not by a count in a clause of its own, nor by a count that states its own qualifier
    assert [f.qualifier for f in extract_figures("It has about 290 exhibitors, and 1,900 guests came.")] \
        == ["about", "exact"]
    assert [f.qualifier for f in extract_figures("It drew 590 exhibitors and about 150,000 visitors.")] \
        == ["exact", "about"]


@pytest.mark.parametrize("text,expected", [
    # a signing with no noun counts projects; the year before, with the count's noun left out, is an earlier year's
    ("The 2021 edition signed 688.", [(688, "projects_signed", "earlier")]),
    ("Last year's fair signed 705 projects; the year before, 1,010.",
     [(705, "projects_signed", "earlier"), (1010, "projects_signed", "earlier")]),
    # what is not signed at the fair keeps its own noun
    ("He signed 3 copies of his book.", [(3, "copies", "edition")]),
])
def test_a_bare_signing_and_the_year_before(text, expected):
    assert _measured(text, edition=2026) == expected


def test_another_events_forecast_in_a_story_on_both_is_not_this_ones():
    """A story on the Hefei convention that says what the Nanjing conference expects: that forecast is the other
    event's, so a later Hefei forecast is not compared with it."""
    db = open_db(memory=True)
    body = ("HEFEI -- The World Manufacturing Convention in Hefei has 641 exhibitors. Jiangsu's World Intelligent "
            "Manufacturing Conference, due in Nanjing in November, expects about 320 exhibitors.")
    store_article(db, article_from_document(doc("2026-09-21", "Two manufacturing shows", body), name="both",
                                            fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    rows = {r["value"]: (r["event"], r["edition"], r["scope"]) for r in db.query("select value, event, edition, scope "
                                                                                  "from figures")}
    assert rows[641] == ("wmc", 2026, "edition")
    assert rows[320] == ("wimc", 2026, "expected")


@pytest.mark.parametrize("evening_words", ["signed", "penned"])
def test_a_credit_line_that_opens_the_story_orders_the_days_reports_by_its_time(evening_words):
    """Two reports of one day whose credit line runs on into the story: the morning's comes first whatever their
    text, so the evening's count changes the morning's, never the other way round."""
    morning = doc("2029-11-28", "Nanjing conference opens",
                  "(People's Daily Online) 09:12, November 28, 2029 The 2029 World Intelligent Manufacturing "
                  "Conference opened in Nanjing on Wednesday with about 300 enterprises exhibiting.")
    evening = doc("2029-11-28", "Nanjing conference signs deals on day one",
                  f"(People's Daily Online) 18:47, November 28, 2029 Deals were {evening_words} on the first day of the "
                  "2029 World Intelligent Manufacturing Conference in Nanjing, where 318 enterprises are exhibiting.")
    for order in ([0, 1], [1, 0]):
        assert _story_flags([morning, evening], order) == {(0, 300, "count"): "new",
                                                          (1, 318, "count"): "changed:refined"}


def test_a_story_dated_only_by_its_day_comes_before_that_days_timed_ones_also_in_a_database_stored_before(tmp_path):
    """A wire story dated only by its day and an evening story timed that day: the wire's count is the first
    report and the evening's the change, in any arrival order; a database that stored them in the former order (the
    dated story after every timed one of its day) is decided again when it is opened."""
    from sqlite_utils import Database

    from storage.ledger import decide_group
    from storage.migrations import migrations

    wire = doc("2029-09-20", "Hefei convention opens",
               "HEFEI, Sept. 20 (Xinhua) -- The 2029 World Manufacturing Convention opened in Hefei on Friday with "
               "1,720 exhibitors.")
    evening = doc("2029-09-20", "Manufacturing convention opens in Hefei",
                  "Global Times) 22:15, September 20, 2029\n\nThe 2029 World Manufacturing Convention opened in Hefei on "
                  "Friday, with 1,702 exhibitors taking part.")
    for order in ([0, 1], [1, 0]):
        assert _story_flags([wire, evening], order) == {(0, 1720, "count"): "new", (1, 1702, "count"): "changed:conflict"}
    db = open_db(tmp_path)
    for i, text in enumerate((wire, evening)):
        store_article(db, article_from_document(text, name=f"day{i}", fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    dated = next(db.query("select id, date from articles where length(published_at) <= 10"))
    # as an older confwatch kept it: the dated story after the timed one, the flags decided in that order
    db.execute("update figures set pub_key = ? where article_id = ?", [f"{dated['date']}|{dated['id']}", dated["id"]])
    for g in list(db.query("select distinct event, edition, metric, scope, unit from figures")):
        decide_group(db, g["event"], g["edition"], g["metric"], g["scope"], g["unit"], now=NOW)
    assert {r["value"]: r["status"] for r in db.query("select value, status from figures")} == {1720: "changed",
                                                                                                1702: "new"}
    db.execute("delete from _sqlite_migrations where name = 'm013_day_start'")
    db.conn.commit()
    db.close()
    assert "m013_day_start" in [m.name for m in migrations.pending(Database(tmp_path / "confwatch.db"))]
    db = open_db(tmp_path)
    assert {r["value"]: r["status"] for r in db.query("select value, status from figures")} == {1720: "new",
                                                                                                1702: "changed"}


def test_another_show_in_the_same_city_is_not_this_event():
    """A show named after the host city is still another show: its exhibitors and its forecast are elsewhere, and
    the convention's own forecast stays the convention's."""
    db = open_db(memory=True)
    body = ("HEFEI -- The 2029 World Manufacturing Convention has drawn 1,702 exhibitors. Across town, the Hefei "
            "International Auto Show has 340 exhibitors and expects 160,000 visitors. The convention itself expects "
            "about 170,000 visitors.")
    store_article(db, article_from_document(doc("2029-09-22", "A busy week in Hefei", body), name="city",
                                            fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    rows = {r["value"]: r["scope"] for r in db.query("select value, scope from figures")}
    assert rows == {1702: "edition", 340: "elsewhere", 160000: "elsewhere", 170000: "expected"}


def test_another_show_in_a_clause_of_a_sentence_naming_this_event_is_elsewhere():
    db = open_db(memory=True)
    body = ("HEFEI -- The 2029 World Manufacturing Convention opened with 1,702 exhibitors, while the Hefei Drone Fair "
            "across the road has 180 exhibitors and expects 40,000 visitors.")
    store_article(db, article_from_document(doc("2029-09-20", "Two shows open in Hefei", body), name="clause",
                                            fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    rows = {r["value"]: r["scope"] for r in db.query("select value, scope from figures")}
    assert rows == {1702: "edition", 180: "elsewhere", 40000: "elsewhere"}


def test_the_companies_of_hong_kong_macao_and_taiwan_are_a_measure_of_their_own():
    got = [(f.value, f.metric, f.scope) for f in extract_figures("参展企业1530家，其中境外企业280家、港澳台企业37家。")]
    assert got == [(1530, "exhibitors", "edition"), (280, "overseas_exhibitors", "edition"),
                   (37, "companies from Hong Kong, Macao and Taiwan", "edition")]


def test_a_forecast_after_a_participle_clause_is_its_own():
    """"with more than 300 companies exhibiting and 40 academicians expected": only the academicians are expected."""
    got = [(f.value, f.scope) for f in extract_figures(
        "The conference opens on Thursday, with more than 300 companies exhibiting and 40 academicians expected, "
        "organizers said.")]
    assert got == [(300, "edition"), (40, "expected")]


def test_copies_are_weighed_against_the_clusters_original_as_it_now_is_in_every_arrival_order():
    """Same-day briefs that are near copies of each other: which of them is the original depends only on the
    coverage, and a copy's repeats are weighed against that original, not against the copy it first matched (one
    brief's 655 was a repeat or a report of its own by turns); the flags and the values they cite are the same in
    every arrival order."""
    closing = "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with "
    texts = [doc("2026-09-23", "Hefei show closes", closing + "812 projects signed and 640 exhibitors."),
             doc("2026-09-23", "Hefei show signs 812 projects", closing + "812 projects signed and 640 exhibitors."),
             doc("2026-09-23", "Hefei show closes", closing + "655 exhibitors."),
             doc("2026-09-23", "Hefei show closes", closing + "655 exhibitors, 201 of them in new energy vehicles.")]
    outcomes = set()
    for order in itertools.permutations(range(len(texts))):
        db = open_db(memory=True)
        for i in order:
            store_article(db, article_from_document(texts[i], name=f"brief{i}", fetched_at=NOW), EVENTS, run_id="t",
                          now=NOW)
        outcomes.add(tuple(sorted((r["article_id"], r["value"], r["status"], r["kind"], r["previous_value"], r["reprint"])
                                  for r in db.query("select * from figures"))))
    assert len(outcomes) == 1


def test_a_count_of_this_week_is_the_editions_though_its_sentence_sums_up_the_series():
    got = _measured("With 540 deals sealed this week, the convention has seen 4,100 deals signed over its eight "
                    "editions.", 2026)
    assert got == [(540, "projects_signed", "edition"), (4100, "projects_signed", "cumulative")]


def test_a_chinese_list_line_that_gives_the_number_before_its_label_is_read_by_the_label():
    text = "大会成果一览：\n6.1万平方米：展览面积\n702家：参展企业\n88个：签约项目\n913亿元：签约总投资"
    assert [(f.value, f.metric) for f in extract_figures(text)] == [
        (61000, "exhibition_area"), (702, "exhibitors"), (88, "projects_signed"), (91.3e9, "investment")]


def test_a_label_that_says_today_or_to_date_gives_one_days_count_or_a_count_so_far():
    got = [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(
        "Expo bulletin | Visitors today: 47,500 | Visitors so far: 131,000 | Deals signed today: 38\n")]
    assert got == [(47500, "visitors", "part", "exact"), (131000, "visitors", "edition", "at_least"),
                   (38, "projects_signed", "part", "exact")]


def test_a_correction_that_names_its_number_in_the_sentence_before_gives_the_right_value_its_metric():
    got = [(f.value, f.metric, f.qualifier) for f in extract_figures(
        "A report on Tuesday gave the wrong number of exhibitors for the convention. The correct figure is 1,118, "
        "not 1,181.")]
    assert got == [(1118, "exhibitors", "corrected")]


@pytest.mark.parametrize("text", ["Nine years on, the Nanjing conference has outgrown its first hall.",
                                  "Two years on; the expo is twice the size."])
def test_years_on_is_a_time_not_a_figure(text):
    assert extract_figures(text) == []


def test_a_lower_case_b_after_a_currency_sign_is_billions_and_elsewhere_a_name():
    got = [(f.value, f.unit) for f in extract_figures("Investors pledged US$2.1b at the expo, and Pavilion 4b hosts "
                                                      "the robot makers.")]
    assert got == [(2.1e9, "USD")]


def test_a_conversion_at_the_end_of_the_sentence_is_the_same_amount_not_another():
    got = [(f.value, f.unit, f.metric, f.scope) for f in extract_figures(
        "Contracts worth RMB 27.4 billion were inked on the last morning of the conference, equivalent to roughly "
        "US$3.8 billion.")]
    assert got[1][1:] == ("USD", got[0][2], "converted")


def test_a_whole_named_with_the_events_full_name_still_makes_the_count_after_it_a_part():
    got = _measured("Of the 74 projects signed at the World Intelligent Manufacturing Conference in Nanjing last "
                    "December, 30 are already in production.")
    assert got == [(74, "projects_signed", "edition"), (30, "projects_signed", "part")]


def test_a_live_page_line_may_open_with_its_time_before_the_label():
    got = [(f.value, f.metric, f.qualifier) for f in extract_figures(
        "09:45 Exhibitors so far: 580\n\n11:20 Visitors: 36,000\n")]
    assert got == [(580, "exhibitors", "at_least"), (36000, "visitors", "exact")]


def test_a_hall_that_is_the_subject_after_an_opening_phrase_is_a_part():
    got = _measured("At this year's conference, Hall 3 is devoted to industrial software (7,500 square meters), and "
                    "the exhibition as a whole spans 48,000 square meters.")
    assert got == [(7500, "exhibition_area", "part"), (48000, "exhibition_area", "edition")]


def test_the_whole_before_n_of_them_at_the_opening_is_the_editions_and_only_the_n_the_openings():
    got = _measured("The conference ended with 388 deals signed, 95 of them at the opening ceremony.")
    assert got == [(388, "projects_signed", "edition"), (95, "projects_signed", "opening")]


def test_a_second_group_with_its_verb_left_out_counts_what_its_own_words_name():
    got = _measured("Robotics projects made up 77 of the total, and industrial software projects 41.")
    assert [(v, m) for v, m, _ in got] == [(77, "projects"), (41, "projects")]


def test_the_people_a_sector_or_company_employs_are_its_workforce_not_visitors():
    got = [(f.value, f.metric) for f in extract_figures(
        "The province's robot makers employ some 86,000 people, and the expo drew 150,000 people.")]
    assert got == [(86000, "employees"), (150000, "visitors")]



def test_the_events_count_among_a_provinces_year_is_the_editions():
    got = _measured("Jiangsu signed 2,310 industrial projects in the first ten months, including 97 at the World "
                    "Intelligent Manufacturing Conference in December.", 2026)
    assert got[0][2] == "background" and got[-1] == (97, "projects_signed", "edition")


def test_a_number_after_of_the_before_signed_counts_the_signed_projects():
    got = _measured("A chip plant was the largest of the 64 signed on the first day of the conference.")
    assert got == [(64, "projects_signed", "opening")]


@pytest.mark.parametrize("text", ["The halls offer 46,000 square meters of indoor exhibition space.",
                                  "An open-air display area of 6,500 square meters shows heavy machinery."])
def test_an_indoor_or_outdoor_area_is_a_part_of_the_exhibition(text):
    assert [(m, s) for _, m, s in _measured(text)] == [("exhibition_area", "part")]


def test_a_pages_counters_and_a_one_line_related_link_are_no_figures():
    text = ("4 min read | 2,310 views\n\nThe expo has brought together 588 exhibitors.\n\nShares: 73 | Likes: 410\n\n"
            "Read more: Expo signs 37 deals on opening day")
    assert [(f.value, f.metric) for f in extract_figures(text)] == [(588, "exhibitors")]


def test_as_of_today_is_a_count_so_far():
    (figure,) = extract_figures("As of today, 905 companies have registered to exhibit.")
    assert figure.qualifier == "at_least"


@pytest.mark.parametrize("stamp", ["来源：合肥在线 {day} {time}", "{day} {time} 来源：合肥在线", "{cday} {time} 新浪财经"])
def test_a_chinese_source_lines_time_orders_two_reports_of_one_day(stamp):
    """The afternoon's total after the morning's count so far, whichever of the two is stored first or has the
    lower id: the time on the source line (Beijing time) orders them."""
    evening = doc("2026-09-24", "制造业大会闭幕", stamp.format(day="2026-09-24", cday="2026年09月24日", time="18:02")
                  + "\n\n2026世界制造业大会今天下午闭幕，共签约项目612个。")
    morning = doc("2026-09-24", "制造业大会今日闭幕", stamp.format(day="2026-09-24", cday="2026年09月24日", time="07:40")
                  + "\n\n2026世界制造业大会今天闭幕。截至昨晚，大会已签约项目587个。")
    for order in ([evening, morning], [morning, evening]):
        db = open_db(memory=True)
        for i, text in enumerate(order):
            store_article(db, article_from_document(text, name=f"zh{i}", fetched_at=NOW), EVENTS, run_id="t", now=NOW)
        got = {r["value"]: (r["status"], r["kind"], r["published_at"]) for r in db.query(
            "select value, status, kind, published_at from figures join articles on articles.id = figures.article_id")}
        assert got == {587: ("new", "", "2026-09-24T07:40:00+08:00"), 612: ("changed", "refined", "2026-09-24T18:02:00+08:00")}


def test_a_list_set_off_by_commas_does_not_hide_where_the_count_was_made():
    got = _measured("Nine results, such as two white papers and an index, were unveiled at the opening ceremony.")
    assert got[0] == (9, "reports", "part")


def test_the_audience_of_the_opening_stays_a_part_past_a_list_of_who_they_were():
    got = _measured("Some 2,400 guests, including ministers, chief executives and professors, attended the opening "
                    "ceremony on Friday.")
    assert got == [(2400, "guests", "part")]


def test_visits_logged_by_the_online_platform_are_online_visitors():
    got = _measured("The fair drew 91,000 visitors to its halls, while its cloud exhibition recorded 7.2 million "
                    "visits.")
    assert [(v, m) for v, m, _ in got] == [(91000, "visitors"), (7.2e6, "visitors_online")]


def test_a_hope_in_a_relative_clause_after_the_counts_is_not_theirs():
    got = [(f.value, f.scope) for f in extract_figures(
        "Close to 900 exhibitors fill the halls of the expo, which its organizers hope will draw 200,000 visitors.")]
    assert got == [(900, "edition"), (200000, "expected")]


def test_a_later_larger_count_of_views_refines_the_earlier_one():
    db = _reported(("2026-09-21", "Its livestreams have been viewed 9.6 million times."),
                   ("2026-09-25", "Its livestreams were viewed 14.1 million times in all."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "refined")]


def test_a_whole_percent_then_the_rate_it_rounds_is_a_refinement():
    db = _reported(("2026-09-24", "The fair closed with 1,180 exhibitors (up 12% from 2025)."),
                   ("2026-09-26", "The fair had 1,180 exhibitors, 11.8 percent more than a year earlier."))
    assert _flags_in_order(db) == [("new", ""), ("new", ""), ("known", ""), ("changed", "refined")]


@pytest.mark.parametrize("text,value", [
    # the year of a value compared with is that value's, not the clause's
    ("Visitors numbered 240,000, up from 201,000 in 2025, and 588 deals were signed.", 588),
    # the year the series began dates no count
    ("The 2026 fair is the biggest since it began in 2018, with 1,150 exhibitors.", 1150),
])
def test_a_year_of_comparison_or_of_the_first_edition_does_not_date_the_count(text, value):
    figure = next(f for f in extract_figures(text, edition=2026) if f.value == value)
    assert (figure.scope, figure.qualifier) == ("edition", "exact")


def test_a_count_after_its_growth_on_last_year_is_read():
    got = _measured("Exhibitors were up 9 percent on last year, at 1,145.")
    assert (1145, "exhibitors", "edition") in got


def test_a_list_with_commas_between_labels_and_numbers_is_read_by_its_labels():
    got = _measured("The closing figures: exhibitors, 905; forums, 19; deals signed, 233; visitors, 121,000.")
    assert [(v, m) for v, m, _ in got] == [(905, "exhibitors"), (19, "forums"), (233, "projects_signed"),
                                            (121000, "visitors")]


@pytest.mark.parametrize("text,expected", [
    ("Its livestreams drew 14m views.", [(14e6, "count")]),
    ("A $52m plant was announced.", [(52e6, "USD")]),
    # metres, or a name: no figure
    ("A 16m-long gantry stands at the entrance.", []),
])
def test_a_lower_case_m_is_millions_only_of_money_or_of_what_is_counted(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


def test_an_amount_after_a_count_of_views_is_not_a_count_so_far():
    got = [(f.value, f.qualifier) for f in extract_figures(
        "The fair closed with 7.9 million online views and deals worth 41.2 billion yuan.") if f.unit == "CNY"]
    assert got == [(41.2e9, "exact")]


def test_after_the_days_an_event_lasted_when_it_closed_is_no_count_so_far():
    figures = extract_figures("The fair wrapped up on Sunday in Hefei, capital of Anhui Province, after three days of "
                              "talks and displays, with companies from nearly 20 countries taking part.")
    assert [(f.value, f.qualifier) for f in figures if f.unit == "count"] == [(20, "nearly")]


def test_the_companies_of_one_country_are_a_count_of_their_own_never_the_exhibitors():
    got = _measured("Thirty-one Japanese companies are exhibiting at the fair, which has 702 exhibitors, including 18 "
                    "from Italy.")
    assert got == [(31, "companies from Japan", "edition"), (702, "exhibitors", "edition"),
                   (18, "companies from Italy", "edition")]
    # one country however it is written
    assert {f.metric for f in extract_figures("Thirty Korean firms and 24 US firms exhibit, among 702 exhibitors, "
                                              "including 31 from South Korea and 25 from the United States.")} \
        == {"companies from South Korea", "companies from United States", "exhibitors"}
    db = _reported(("2026-09-20", "Thirty-six French companies are exhibiting."),
                   ("2026-09-24", "The expo closed with 1,180 exhibitors, including 43 from France."))
    assert _flags_in_order(db) == [("new", ""), ("new", ""), ("changed", "conflict")]


@pytest.mark.parametrize("text,expected", [
    # this edition's count, then the series' total it brings up
    ("This year's 233 deals take the total signed at the fair since 2019 to 1,874.",
     [(233, "edition"), (1874, "cumulative")]),
    ("Across its editions, the summit has signed 1,874 projects, including 233 at this year's summit.",
     [(1874, "cumulative"), (233, "edition")]),
    ("Over eleven editions the summit has drawn 7,300 exhibitors.", [(7300, "cumulative")]),
    ("The summit closed with 233 projects signed, taking the series' totals to 1,874 projects.",
     [(233, "edition"), (1874, "cumulative")]),
    ("To date, the World Intelligent Manufacturing Conference has signed about 1,900 projects.", [(1900, "cumulative")]),
    ("The summit, now in its eleventh year, has seen a cumulative 1,874 projects signed.", [(1874, "cumulative")]),
    # neither a sum of editions
    ("In editions past, the fair had 300 exhibitors.", [(300, "edition")]),
    ("The fair received a cumulative 121,000 visitors over its four days.", [(121000, "edition")]),
])
def test_the_series_running_total_in_more_wordings(text, expected):
    assert [(f.value, f.scope) for f in extract_figures(text, edition=2026) if f.unit == "count"] == expected


def test_the_countries_a_parts_companies_come_from_are_the_parts():
    got = _measured("The fair fills nine halls, and its international hall alone hosts 120 companies from 26 countries "
                    "and regions.")
    assert got[-2:] == [(120, "companies", "part"), (26, "countries_regions", "part")]


def test_a_participle_after_the_counted_noun_is_not_part_of_its_name():
    got = _measured("The conference closed with 188 speakers taking the stage.")
    assert got == [(188, "speakers", "edition")]


def test_a_second_count_named_only_by_where_it_was_made_counts_the_same_noun_there():
    got = _measured("Offline, 702 companies exhibited; online, 1,480.")
    assert [(v, m) for v, m, _ in got] == [(702, "exhibitors_onsite"), (1480, "exhibitors_online")]


def test_what_was_agreed_in_intent_is_no_signing():
    got = [(f.value, f.metric) for f in extract_figures("展会现场达成采购意向金额41亿元，意向签约项目37个，正式签约项目205个。")]
    assert got == [(4.1e9, "purchase_intentions"), (37, "intended_projects"), (205, "projects_signed")]
    # an amount of cooperation agreed in intent, too
    got = [(f.value, f.metric) for f in extract_figures("对接会上达成意向合作金额23.5亿元，现场签约额4.6亿元。")]
    assert got == [(2.35e9, "purchase_intentions"), (0.46e9, "contract_value")]


def test_the_whole_after_a_percentage_of_it_is_the_editions():
    got = _measured("Trade visitors made up about 55 percent of the 88,000 people who visited the fair.")
    assert got[-1] == (88000, "visitors", "edition")


def test_a_spelled_count_set_aside_from_the_one_before_is_some_of_it():
    got = _measured("A Wuxi robot maker brought nine machines to the fair, four of them shown for the first time.")
    assert got[-1][0] == 4 and got[-1][2] == "part"


@pytest.mark.parametrize("text,expected", [
    # a key figure's label that says it is expected is a forecast, however the label is worded
    ("Halls: 7. Delegates expected: around 3,500.", [(7, "edition"), (3500, "expected")]),
    ("Halls: 7. Expected delegates: 3,500.", [(7, "edition"), (3500, "expected")]),
    # a sentence that mentions a prediction of something else forecasts none of its counts
    ("Analysts who predicted a slump were proved wrong: 71 foreign-funded projects were signed.", [(71, "edition")]),
])
def test_labels_that_announce_a_forecast_and_predictions_of_something_else(text, expected):
    assert [(f.value, f.scope) for f in extract_figures(text, edition=2026)] == expected


def test_one_in_every_n_is_a_ratio_not_a_count():
    assert extract_figures("The region now builds one in every eight industrial robots sold in China.") == []


def test_the_whole_a_subjects_share_is_taken_of_counts_what_the_subject_is():
    got = _measured("Foreign exhibitors make up roughly 14% of the 960 at the fair this year.")
    assert got[-1] == (960, "exhibitors", "edition")


def test_signings_by_a_weekday_and_the_foreign_ones_among_them_are_counts_so_far():
    assert _qualified("The fair opened on Friday, and by Sunday evening 377 projects had been signed. Among them, "
                      "45 were foreign-funded projects.") == [(377, "edition", "at_least"), (45, "edition", "at_least")]
    # the foreign-funded count of the next sentence, with no time of its own, is of the same moment
    assert _qualified("By Sunday noon 377 projects had been signed. Foreign-invested projects alone numbered 45.") == [
        (377, "edition", "at_least"), (45, "edition", "at_least")]
    # after the close it is the final count
    assert _qualified("By Sunday noon 377 projects had been signed. When the fair closed, foreign-invested projects "
                      "numbered 45.")[-1] == (45, "edition", "exact")


def test_a_count_that_has_grown_every_year_from_an_earlier_value():
    got = _measured("The number of overseas exhibitors has grown every year, from 71 in 2020.", edition=2026)
    assert got == [(71, "overseas_exhibitors", "earlier")]


def test_an_answer_to_a_question_about_what_is_expected_is_a_forecast():
    got = [(f.value, f.scope) for f in extract_figures(
        "Q: How many visitors do you hope to receive?\nA: Roughly 90,000, as in 2025.\n"
        "Q: How many halls are there?\nA: Eight halls, all of them full.")]
    assert got[:2] == [(90000, "expected"), (8, "edition")]


@pytest.mark.parametrize("text", ["Overseas firms numbered 143.", "The convention drew 143 foreign companies."])
def test_overseas_companies_counted_at_the_event_are_its_overseas_exhibitors(text):
    assert _measured(text) == [(143, "overseas_exhibitors", "edition")]


def test_a_list_of_numbers_each_heading_its_line_with_what_it_counts_after_a_colon():
    got = [(f.value, f.metric) for f in extract_figures(
        "Five figures from the fair:\n1. 712: projects signed over the three days.\n"
        "2. 488.1 billion yuan: what they are worth in total investment.\n- 1,046: exhibitors on show.", edition=2026)]
    assert got == [(712, "projects_signed"), (3, "duration_days"), (488.1e9, "investment"), (1046, "exhibitors")]


def test_the_editions_count_before_a_series_total_it_brings_up_stays_the_editions():
    got = _measured("In all, 508 projects were signed this year, bringing the total since 2018 to 3,529.", edition=2026)
    assert got == [(508, "projects_signed", "edition"), (3529, "projects_signed", "cumulative")]


def test_results_released_counted_before_or_after_their_noun_are_one_measure():
    got = [f.metric for f in extract_figures("大会发布12项重大成果。") + extract_figures("大会发布重大成果12项。")]
    assert got == ["reports", "reports"]


def test_a_table_whose_rows_are_years_names_each_value_by_its_column():
    got = [(f.value, f.metric, f.scope) for f in extract_figures(
        "The fair, year by year:\n| Year | Exhibitors | Projects signed |\n| 2024 | 701 | 455 |\n"
        "| 2025 | 733 | 492 |\n| 2026 | 760 | 508 |", edition=2026)]
    assert got == [(701, "exhibitors", "earlier"), (455, "projects_signed", "earlier"),
                   (733, "exhibitors", "earlier"), (492, "projects_signed", "earlier"),
                   (760, "exhibitors", "edition"), (508, "projects_signed", "edition")]


def test_the_days_a_running_total_covers_are_no_length_and_the_days_a_count_was_made_over_are():
    got = [(f.value, f.unit, f.qualifier) for f in extract_figures(
        "The expo had 31,000 visitors on Friday, bringing its total over three days to 80,500.")]
    assert got == [(31000, "count", "exact"), (80500, "count", "at_least")]
    got = [(f.value, f.unit, f.qualifier) for f in extract_figures("It closed after receiving 152,000 visitors over "
                                                                    "five days.")]
    assert got == [(152000, "count", "exact"), (5, "day", "exact")]


@pytest.mark.parametrize("text,expected", [
    # how much a figure grew on an earlier edition is a growth of its own, never the measure it grew
    ("The fair fills 61,000 square meters, 4,000 more than last year.",
     [(61000, "exhibition_area", "edition"), (4000, "exhibition area increase", "edition")]),
    ("It drew 702 exhibitors, 35 fewer than in 2025.",
     [(702, "exhibitors", "edition"), (35, "exhibitors decrease", "edition")]),
    # a count with "expected" right after its noun is a forecast
    ("The fair opens on Friday with 702 exhibitors expected, 35 more than in 2025.",
     [(702, "exhibitors", "expected"), (35, "exhibitors increase", "edition")]),
])
def test_growth_on_an_earlier_edition_and_a_count_expected(text, expected):
    assert _measured(text, edition=2026) == expected


def test_a_line_about_one_day_counts_that_days_and_a_bare_number_so_far_the_running_total():
    got = [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(
        "Day 3 of the fair: 21,400 visitors, 77,900 so far; 35 projects signed, 219 so far.")]
    assert got == [(21400, "visitors", "part", "exact"), (77900, "visitors", "edition", "at_least"),
                   (35, "projects_signed", "part", "exact"), (219, "projects_signed", "edition", "at_least")]
    # the first day's signings are the opening's
    assert [(f.value, f.scope) for f in extract_figures("Day one of the fair: 88 projects signed.")] == [(88, "opening")]


def test_what_deals_totaled_is_their_value():
    assert _measured("Deals on the show floor totaled 2.7 billion yuan.") == [(2.7e9, "contract_value", "edition")]


@pytest.mark.parametrize("text,expected", [
    # "the number of ... at the event hit a record high of N": the noun the sentence opens with
    ("The number of participating firms at this year's fair hit a record high of 1,046.", [(1046, "companies", "edition")]),
    # an adjective that says the number is expected
    ("The fair will run for four days, with an expected 1,046 exhibitors.", [(4, "duration_days", "edition"),
                                                                            (1046, "exhibitors", "expected")]),
    # "Of the N," names a whole the sentence before counted: what follows counts some of it
    ("The fair drew 760 exhibitors. Of the 760, 44 came from France.", [(760, "exhibitors", "edition"),
                                                                        (44, "companies from France", "edition")]),
    # a share's count and its whole in brackets, named by the sentence's subject
    ("Foreign exhibitors make up roughly a fifth of the total (149 of 760).",
     [(20, "share of overseas exhibitors", "edition"), (149, "overseas_exhibitors", "edition"),
      (760, "exhibitors", "edition")]),
])
def test_a_record_high_an_expected_count_of_the_n_and_a_bracketed_ratio(text, expected):
    assert [(round(v, 4), m, s) for v, m, s in _measured(text, edition=2026)] == expected


def test_signings_in_two_days_are_a_count_so_far_and_no_length():
    assert _qualified("The fair signs 301 projects in two days.") == [(301, "edition", "at_least")]
    # at the close, the days a count took are the event's length
    got = [(f.value, f.unit) for f in extract_figures("The fair closed with 508 projects signed in three days.")]
    assert got == [(508, "count"), (3, "day")]


def test_a_headline_that_rounds_a_count_so_far_is_the_same_figure():
    flags = _statuses(doc("2026-09-21", "展会观众突破8万人次", "截至20日18时，2026世界制造业大会累计接待观众8.3万人次。"))
    assert flags == [(83000, "new", "")]


def test_the_first_days_visitors_are_that_days_whatever_opens_the_sentence():
    got = _measured("2026世界制造业大会开幕首日，展馆共接待观众3.9万人次。")
    assert got == [(39000, "visitors", "part")]


def test_what_an_exhibitor_says_it_signed_is_its_own_not_the_events():
    got = _measured("\"We have inked 14 contracts since Friday,\" said Zhao Yun, sales director of a Hefei robot maker.")
    assert got == [(14, "projects_signed", "part")]
    # an organizer's "we" is the event's
    got = _measured("\"We have signed 508 projects,\" said Sun Li, deputy head of the organizing committee.")
    assert got == [(508, "projects_signed", "edition")]


def test_counts_given_respectively_for_listed_years_are_each_years():
    got = _measured("The 2024, 2025 and 2026 fairs signed 702, 655 and 508 projects respectively.", edition=2026)
    assert got == [(702, "projects_signed", "earlier"), (655, "projects_signed", "earlier"),
                   (508, "projects_signed", "edition")]


@pytest.mark.parametrize("text,expected", [
    # the companies of one sector are a measure of their own, whatever the word for them
    ("Some 31 drone makers are exhibiting at the fair.", [(31, "drone companies", "edition")]),
    ("The fair's 760 exhibitors include 33 drone companies.", [(760, "exhibitors", "edition"),
                                                                (33, "drone companies", "edition")]),
    # a hall's are the hall's
    ("Hall 5 houses 33 drone firms.", [(33, "drone companies", "part")]),
    # a small number spelled out, compared with an earlier year, counts the same
    ("Some 31 drone makers are exhibiting, compared with nine in 2025.",
     [(31, "drone companies", "edition"), (9, "drone companies", "earlier")]),
    # what a fair expects to sign are projects
    ("The fair expects to sign about 520.", [(520, "projects_signed", "expected")]),
])
def test_sector_companies_a_spelled_earlier_count_and_what_is_expected_to_be_signed(text, expected):
    assert _measured(text, edition=2026) == expected


def test_what_follows_a_conversion_in_brackets_names_the_amount_and_a_headline_amount_is_the_texts():
    got = _measured("Investors pledged CN¥27.5 billion ($3.9 billion) of investment at the fair.")
    assert got == [(27.5e9, "investment", "edition"), (3.9e9, "investment", "converted")]
    flags = _statuses(doc("2026-11-30", "Fair draws CN¥27 billion of pledges", "NANJING -- Investors pledged CN¥27.5 "
                          "billion of investment at the 2026 World Intelligent Manufacturing Conference."))
    assert flags == [(27.5e9, "new", "")]


def test_a_chinese_correction_takes_back_one_value_and_gives_another():
    got = [(f.value, f.qualifier) for f in extract_figures("2026世界智能制造大会一文中，“签约项目58个”应为“签约项目61个”，特此更正。")]
    assert got == [(61, "corrected")]


def test_a_count_where_the_rest_take_part_after_while_counts_the_same():
    got = _measured("The cloud fair features 1,210 companies online, while 760 exhibit in person.")
    assert got == [(1210, "exhibitors_online", "edition"), (760, "exhibitors_onsite", "edition")]


def test_what_a_speaker_says_the_event_would_help_sign_is_a_forecast():
    got = _measured("The minister said the fair would help sign over 500 projects.")
    assert got == [(500, "projects_signed", "expected")]


def test_a_rate_after_a_rate_is_named_once():
    got = [(f.unit, f.metric) for f in extract_figures("Output of the province's factories grew by 6.2 percent, 0.4 "
                                                       "percentage points higher than the month before.")]
    assert got == [("percent", "factories growth"), ("percentage_point", "factories growth")]


@pytest.mark.parametrize("text,expected", [
    # counts by field after "include": some of the count before
    ("The 508 projects include 201 in robotics and 77 in new materials.",
     [(508, "projects", "edition"), (201, "projects", "part"), (77, "projects", "part")]),
    # business matchmaking is a count of its own, not the forums'
    ("The fair held 14 forums and 25 matchmaking sessions.", [(14, "forums", "edition"), (25, "matchmaking", "edition")]),
    # "this year" between a subject and its verb
    ("Exhibitors this year totaled 760, of which 109 were overseas firms and 41 were Fortune Global 500 companies.",
     [(760, "exhibitors", "edition"), (109, "overseas_exhibitors", "edition"), (41, "fortune500", "edition")]),
    # a hyphenated rate
    ("Visitors reached 96,000, a 9-percent rise.", [(96000, "visitors", "edition"), (9, "visitors growth", "edition")]),
])
def test_counts_by_field_matchmaking_a_subject_this_year_and_a_hyphenated_rate(text, expected):
    assert _measured(text, edition=2026) == expected


@pytest.mark.parametrize("text,expected", [
    # a place's investment is its own record
    ("Jiangsu's manufacturing investment grew 11.2 percent in the first ten months.",
     [(11.2, "manufacturing investment growth", "background")]),
    # a count written against its noun with a hyphen, and the whole expo it describes
    ("The seven-hall expo features 760 companies.", [(7, "exhibition_zones", "edition"), (760, "exhibitors", "edition")]),
])
def test_a_places_investment_and_an_expo_described_by_its_halls(text, expected):
    assert _measured(text, edition=2026) == expected


@pytest.mark.parametrize("text,expected", [
    ("Participants numbered 3,400, of whom 820 were international.",
     [(3400, "guests", "edition"), (820, "overseas_guests", "edition")]),
    ("In total, 41 of the Fortune Global 500 sent representatives.", [(41, "fortune500", "edition")]),
    ("This year's fair received 760 exhibitors; last year's, 733.",
     [(760, "exhibitors", "edition"), (733, "exhibitors", "earlier")]),
    # an online audience in the next clause does not make the visitors before it online
    ("Some 96,000 people visited; online, the livestream drew 4.1 million views.",
     [(96000, "visitors", "edition"), (4.1e6, "views", "edition")]),
])
def test_international_ones_among_a_count_the_fortune_500_unnamed_last_years_gapped_and_an_online_clause(text, expected):
    assert _measured(text, edition=2026) == expected


@pytest.mark.parametrize("text", ["The fair signed 41 foreign-funded projects from 12 countries and regions.",
                                  "Investors from 12 countries and regions signed 41 projects.",
                                  "大会签约来自德国、日本等12个国家的41个外资项目。"])
def test_the_countries_signed_projects_come_from_are_not_the_events_countries(text):
    assert [(f.value, f.scope) for f in extract_figures(text) if f.metric == "countries_regions"] == [(12, "part")]


def test_a_bracketed_count_that_comes_from_abroad_is_the_overseas_exhibitors():
    got = _measured("About a sixth of its 760 exhibitors (127) come from overseas.")
    assert got[-1] == (127, "overseas_exhibitors", "edition")


@pytest.mark.parametrize("text", ["Some 22 industrial software firms are exhibiting.", "Software companies numbered 22."])
def test_a_sector_after_an_adjective_is_the_same_sector(text):
    assert [f.metric for f in extract_figures(text)] == ["software companies"]


@pytest.mark.parametrize("text,expected", [
    ("About 35 projects are ready to be signed at the opening.", [(35, "projects_signed", "expected")]),
    ("拟在开幕式上集中签约重大项目120个左右。", [(120, "projects_signed", "expected")]),
    # forums and matchmaking sessions counted together are forums
    ("大会举办论坛和对接活动26场。", [(26, "forums", "edition")]),
])
def test_projects_ready_to_be_signed_planned_signings_and_forums_with_sessions(text, expected):
    assert _measured(text, edition=2026) == expected


@pytest.mark.parametrize("text,expected", [
    ("机器人展区面积达1.8万平方米。", [(18000, "exhibition_area", "part")]),
    ("本届大会展区面积7万平方米。", [(70000, "exhibition_area", "edition")]),
    ("展会吸引专业观众6.1万人次、普通观众8.4万人次。", [(61000, "trade_visitors", "edition"), (84000, "visitors", "part")]),
])
def test_one_named_zones_area_and_one_kind_of_visitor_are_parts(text, expected):
    assert _measured(text, edition=2026) == expected


@pytest.mark.parametrize("text,expected", [
    ("Korean companies number 19, followed by 14 from France.",
     [(19, "companies from South Korea", "edition"), (14, "companies from France", "edition")]),
    ("The fair drew 19 Korean and 14 French companies.",
     [(19, "companies from South Korea", "edition"), (14, "companies from France", "edition")]),
])
def test_the_companies_of_two_countries_in_one_breath(text, expected):
    assert _measured(text, edition=2026) == expected


@pytest.mark.parametrize("text,expected", [
    # what a measure grew by, then what it grew to
    ("Exhibitors increased by 27 to 760.", [(27, "exhibitors increase", "edition"), (760, "exhibitors", "edition")]),
    ("The expo grew by 8,000 square meters to 70,000 square meters.",
     [(8000, "exhibition area increase", "edition"), (70000, "exhibition_area", "edition")]),
    # a possessive's ending is no word of the measure's name
    ("The province's exports rose by 6 percent.", [(6, "exports growth", "background")]),
])
def test_what_a_measure_grew_by_and_to(text, expected):
    assert _measured(text, edition=2026) == expected


@pytest.mark.parametrize("text,expected", [
    ("参展企业较上届增加27家，达760家。", [(27, "exhibitors increase", "edition"), (760, "exhibitors", "edition")]),
    ("签约项目508个，比上届多19个。", [(508, "projects_signed", "edition"), (19, "projects signed increase", "edition")]),
])
def test_chinese_growth_on_the_last_edition_is_a_measure_of_its_own(text, expected):
    assert _measured(text, edition=2026) == expected


def test_an_amount_after_an_aside_of_foreign_funded_projects_is_the_wholes():
    got = _measured("Some 508 projects were signed -- 41 of them foreign-funded -- with investment of 430 billion yuan.")
    assert got[-1] == (430e9, "investment", "edition")


@pytest.mark.parametrize("text,expected", [
    # the first number of a change is in the unit and scale of the number it changed to
    ("Floor space grew from 52,000 to 61,000 square meters.",
     [(52000, "exhibition_area", "earlier"), (61000, "exhibition_area", "edition")]),
    ("Signed investment rose from 2.4 to 3.1 billion yuan.",
     [(2.4e9, "investment", "earlier"), (3.1e9, "investment", "edition")]),
    # a second change with its verb left out: its noun stands before "from"
    ("Floor space grew from 52,000 to 61,000 square meters and the number of exhibitors from 318 to 342.",
     [(52000, "exhibition_area", "earlier"), (61000, "exhibition_area", "edition"), (318, "exhibitors", "earlier"),
      (342, "exhibitors", "edition")]),
    # (and a clause after the count it rose to is the edition's: no change began there)
    ("Exhibitors rose from 318 to 342, and exhibitors from 27 countries came.",
     [(318, "exhibitors", "earlier"), (342, "exhibitors", "edition"), (27, "countries_regions", "edition")]),
])
def test_both_ends_of_a_change_and_a_second_change_without_its_verb(text, expected):
    assert _measured(text, edition=2026) == expected


def test_the_number_of_parallel_forums_is_the_editions_not_one_forums():
    assert _measured("Fourteen parallel forums will take place during the three-day event.", edition=2026) == [
        (14, "sub_forums", "edition"), (3, "duration_days", "edition")]


def test_a_count_given_back_by_a_correction_in_the_next_sentence_is_the_count_it_names():
    figures = extract_figures("A report on the convention on Monday misstated the number of projects signed. It was "
                              "563, not 536.", edition=2026)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(563, "projects_signed", "corrected")]


def test_a_dash_that_opens_the_next_line_of_a_list_makes_no_range():
    figures = extract_figures("Key numbers:\n- investment of RMB 212.5 billion\n- 9 million+ views online", edition=2026)
    assert [(f.value, f.unit, f.qualifier) for f in figures] == [(212.5e9, "CNY", "exact"),
                                                                 (9e6, "count", "more_than")]


@pytest.mark.parametrize("text,expected", [
    ("Visitors so far numbered 48,000 at the expo.", [(48000, "visitors", "at_least")]),
    # a count by the end of a named day, and the one of the day before it: both of this edition, both so far
    ("Signed projects climbed to 512 by the end of Monday from 470 the day before.",
     [(512, "projects_signed", "at_least"), (470, "projects_signed", "at_least")]),
])
def test_counts_by_a_day_and_the_day_before_are_counts_so_far_of_this_edition(text, expected):
    figures = extract_figures(text, edition=2026)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == expected
    assert {f.scope for f in figures} == {"edition"}


@pytest.mark.parametrize("text,expected", [
    # the companies of one sector set off with "of them" are the edition's measure, as with "including"
    ("The fair opened with about 410 exhibitors, 27 of them industrial robot makers.",
     [(410, "exhibitors", "edition"), (27, "industrial robot companies", "edition")]),
    # a clause with its own verb after an including list is no item of it
    ("About 410 firms took part, including 27 industrial robot makers, and 15 sub-forums were held.",
     [(410, "companies", "edition"), (27, "industrial robot companies", "edition"), (15, "sub_forums", "edition")]),
    # a count some years ago is an earlier edition's
    ("\"Four years ago only six chip firms came,\" an organizer said.", [(6, "chip companies", "earlier")]),
])
def test_sector_companies_in_a_list_and_a_clause_after_it(text, expected):
    assert _measured(text, edition=2026) == expected


def test_a_share_of_the_total_is_a_share_of_what_its_subject_counts():
    figures = extract_figures("At the expo, overseas exhibitors made up 12 percent of the total.", edition=2026)
    assert [(f.value, f.metric) for f in figures] == [(12, "share of overseas exhibitors")]


@pytest.mark.parametrize("text,expected", [
    ("现场共有30余家工业机器人企业参展。", [(30, "industrial robot companies", "edition")]),
    # one sector's companies among the exhibitors are the edition's measure, as in English
    ("本届大会参展企业305家，其中新能源汽车企业41家。",
     [(305, "exhibitors", "edition"), (41, "new energy vehicle companies", "edition")]),
])
def test_chinese_companies_of_one_sector_are_a_measure_of_their_own(text, expected):
    assert _measured(text, edition=2026) == expected


def test_an_amount_joined_to_a_running_total_with_and_is_so_far_too():
    figures = extract_figures("Another 14 projects were signed on Sunday at the expo, bringing the total to 47 projects "
                              "and 52.8 billion yuan.", edition=2026)
    assert [(f.value, f.qualifier) for f in figures][-2:] == [(47, "at_least"), (52.8e9, "at_least")]


def test_the_first_days_count_so_far_after_the_opening_ceremonys_batch_refines_it():
    db = open_db(memory=True)
    for name, body in (("evening", "(Global Times) 19:40, September 19, 2026\nThe World Manufacturing Convention "
                                   "opened in Hefei on Saturday. By the evening, 141 projects had been signed."),
                       ("morning", "(Global Times) 10:15, September 19, 2026\nThe World Manufacturing Convention "
                                   "opened in Hefei on Saturday. At the opening ceremony, 118 projects were signed.")):
        store_article(db, article_from_document(doc("2026-09-19", f"Hefei convention, {name}", body), name=name,
                                                fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    flags = {r["value"]: (r["scope"], r["status"], r["kind"]) for r in db.query("select * from figures")}
    assert flags == {118: ("opening", "new", ""), 141: ("opening", "changed", "refined")}


def test_the_expo_hall_is_the_whole_exhibition_and_sales_in_two_days_give_no_length():
    assert _measured("The expo hall holds 310 exhibitors this year.", edition=2026) == [(310, "exhibitors", "edition")]
    sold = extract_figures("A robot maker said it took orders worth 40 million yuan in two days.", edition=2026)
    assert [(f.value, f.unit) for f in sold] == [(40e6, "CNY")]


def test_a_chinese_total_since_this_edition_closed_is_the_series():
    assert _measured("本届大会共签约项目702个。至此，大会累计签约项目达4723个。", edition=2026) == [
        (702, "projects_signed", "edition"), (4723, "projects_signed", "cumulative")]


@pytest.mark.parametrize("text,expected", [
    # those taking part, listed: the edition's counts, and the clause "of which" opened ends at "as well as"
    ("Participants include over 900 companies, 40 of which are Fortune Global 500 firms, as well as some 1,700 guests.",
     [(900, "companies", "edition"), (40, "fortune500", "edition"), (1700, "guests", "edition")]),
    # the subject's next verb after an including list ends it
    ("It drew 880 exhibitors, including 35 Fortune Global 500 companies, and welcomed about 2,100 guests.",
     [(880, "exhibitors", "edition"), (35, "fortune500", "edition"), (2100, "guests", "edition")]),
])
def test_lists_of_those_taking_part_end_where_the_sentence_goes_on(text, expected):
    assert _measured(text, edition=2026) == expected


def test_what_a_list_counts_depends_on_the_whole_it_is_of():
    # the academicians among an opening's audience: the edition had at least those
    opening = extract_figures("About 800 guests attended the opening ceremony on Friday, including 12 academicians.",
                              edition=2026)
    assert [(f.value, f.metric, f.scope, f.qualifier) for f in opening] == [
        (800, "guests", "part", "about"), (12, "academicians", "edition", "at_least")]
    # exhibitors are never among the guests a list began with: the sentence's own count
    assert _measured("The fair drew 2,400 guests, including 18 academicians, and 930 exhibitors.", edition=2026) == [
        (2400, "guests", "edition"), (18, "academicians", "edition"), (930, "exhibitors", "edition")]


def test_a_headlines_plural_subject_that_tops_a_number_says_more_than():
    assert [f.qualifier for f in extract_figures("Signed deals top $6 billion", edition=2026)] == ["more_than"]


def test_ones_after_a_list_opener_are_the_wholes_noun_and_the_next_clause_is_the_editions():
    assert _measured("In all, 702 projects were signed, including 96 foreign-funded ones, and investment reached 588 "
                     "billion yuan.", edition=2026) == [(702, "projects_signed", "edition"),
                                                       (96, "foreign_projects", "edition"),
                                                       (588e9, "investment", "edition")]


def test_the_series_in_a_clause_after_the_editions_counts_leaves_them_the_editions():
    assert _measured("Over three days it drew 96,000 visitors, and 84 projects worth 61.2 billion yuan were signed, "
                     "bringing the total since 2016 to more than 1,300.", edition=2026) == [
        (3, "duration_days", "edition"), (96000, "visitors", "edition"), (84, "projects_signed", "edition"),
        (61.2e9, "contract_value", "edition"), (1300, "projects_signed", "cumulative")]


def test_online_visits_after_a_list_of_on_site_visitors_are_the_editions_and_only_grow():
    figures = extract_figures("The expo closed after receiving 140,000 visitors on site, including 52,000 trade buyers, "
                              "and 9.1 million online visits.", edition=2026)
    assert [(f.value, f.metric, f.scope, f.qualifier) for f in figures][-1] == (9.1e6, "visitors_online", "edition",
                                                                                "at_least")


def test_chinese_companies_moved_into_the_online_hall_so_far():
    figures = extract_figures("大会云展厅昨日开通，已有150家企业入驻。", edition=2026)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(150, "exhibitors_online", "at_least")]


def test_an_amount_of_deals_signed_by_a_named_day_is_so_far():
    figures = extract_figures("Deals inked at the expo by Sunday were worth 388.1 billion yuan.", edition=2026)
    assert [(f.value, f.qualifier) for f in figures] == [(388.1e9, "at_least")]


def test_what_an_event_could_draw_is_a_forecast():
    assert _measured("Organizers said the fair could draw up to 90,000 visitors.", edition=2026) == [
        (90000, "visitors", "expected")]


def test_a_verb_after_a_measure_names_nothing():
    figures = extract_figures("A robot able to carry 25 kilograms shook hands with visitors, and a car with a range of "
                              "900 kilometers drew crowds.", edition=2026)
    assert [f.metric for f in figures] == ["kilograms", "length"]


@pytest.mark.parametrize("text,expected", [
    ("展会吸引万余名观众。", [(10000, "more_than")]),
    ("近万名专业观众到场洽谈。", [(10000, "nearly")]),
])
def test_a_chinese_round_ten_thousand_written_with_the_scale_alone(text, expected):
    assert [(f.value, f.qualifier) for f in extract_figures(text, edition=2026)] == expected


def test_a_count_repeated_in_brackets_in_chinese_is_one_figure():
    figures = extract_figures("The expo drew 318 exhibitors (318家参展企业) and 61 projects were signed (签约项目61个).",
                              edition=2026)
    assert [(f.value, f.metric) for f in figures] == [(318, "exhibitors"), (61, "projects_signed")]


def test_a_zone_in_a_relative_clause_before_the_verb_makes_no_part():
    got = _measured("The show, which fills two halls and has a new robotics zone, has drawn 587 exhibitors.", edition=2026)
    assert got[-1] == (587, "exhibitors", "edition")


def test_a_subject_with_a_longer_aside_before_its_verb_of_amount():
    got = _measured("Visitors to the main venue, the expo center on the city's southern lake shore, numbered 91,000.",
                    edition=2026)
    assert got == [(91000, "visitors", "edition")]


def test_deals_inked_name_a_whole_and_the_investment_in_them_is_investment():
    assert _measured("Of the 702 deals inked at the expo, 566 have started construction.", edition=2026) == [
        (702, "projects_signed", "edition"), (566, "projects_signed", "part")]
    got = _measured("Officials revised the investment in deals sealed at the 2026 World Manufacturing Convention to 601.4 "
                    "billion yuan.", edition=2026)
    assert got == [(601.4e9, "investment", "edition")]


@pytest.mark.parametrize("text,expected", [
    ("The number of exhibiting companies rose to 610 from 588, while foreign exhibiting companies grew to 83.",
     [(610, "exhibitors", "edition"), (588, "exhibitors", "earlier"), (83, "overseas_exhibitors", "edition")]),
    ("The fair had grown from 120 exhibiting companies at its first edition in 2018 to about 600 this year.",
     [(120, "exhibitors", "earlier"), (600, "exhibitors", "edition")]),
])
def test_exhibiting_companies_are_the_exhibitors_however_qualified(text, expected):
    assert _measured(text, edition=2026) == expected


def test_a_running_total_of_deals_sealed_names_what_it_counts():
    got = _measured("Another 16 projects were sealed on Sunday, bringing the number sealed so far to 49.", edition=2026)
    assert got[-1] == (49, "projects_signed", "edition")


@pytest.mark.parametrize("text,expected", [
    # a count without its thousands comma, as translated releases write it
    ("The forum drew more than 1900 delegates.", [(1900, "count", "more_than")]),
    ("About 2000 domestic and foreign guests attended.", [(2000, "count", "about")]),
    # a year of the events' time is a year, whatever follows it
    ("Since 2018 projects signed at the convention total 4,592.", [(4592, "count", "exact")]),
])
def test_four_digits_without_a_comma_count_or_date(text, expected):
    assert [(f.value, f.unit, f.qualifier) for f in extract_figures(text, edition=2026)] == expected


def test_a_count_by_noon_is_so_far():
    figures = extract_figures("The tally of signed projects had reached 377 by noon, organizers said on Sunday.",
                              edition=2026)
    assert [(f.value, f.qualifier) for f in figures] == [(377, "at_least")]


@pytest.mark.parametrize("text,expected", [
    ("The exhibiting firms numbered 544, organizers said.", [(544, "exhibitors", "edition")]),
    ("Of the fair's guests, 88 of the 544 exhibiting firms sent their chief executives.",
     [(88, "exhibitors", "part"), (544, "exhibitors", "edition")]),
])
def test_exhibiting_firms_with_an_article_before_them_are_the_exhibitors(text, expected):
    assert _measured(text, edition=2026) == expected


def test_a_share_of_exhibiting_firms_and_a_subject_after_with():
    assert _measured("Overseas firms make up about a quarter of the 580 exhibiting firms.", edition=2026) == [
        (25, "share of overseas exhibitors", "edition"), (580, "exhibitors", "edition")]
    assert _measured("The fair opened, with exhibiting firms rising to 612.", edition=2026) == [
        (612, "exhibitors", "edition")]


def test_exhibiting_firms_and_visitors_expected_share_the_forecast():
    assert _measured("More than 900 exhibiting firms and 80,000 visitors are expected at the fair.", edition=2026) == [
        (900, "exhibitors", "expected"), (80000, "visitors", "expected")]


def test_chinese_planned_audiences_are_forecasts():
    assert _measured("大会拟组织专业观众8万人次。", edition=2026) == [(80000, "trade_visitors", "expected")]


def test_rates_after_were_up_and_were_down_name_their_subjects():
    assert [f.metric for f in extract_figures("Exhibitors were up 11 percent, and visitors were down 4 percent.",
                                              edition=2026)] == ["exhibitors growth", "visitors decline"]


def test_a_chinese_plan_governs_the_people_counted_after_it():
    assert _measured("大会拟设置展览面积4万平方米，邀请国内外嘉宾约1500人。", edition=2026) == [
        (40000, "exhibition_area", "edition"), (1500, "guests", "expected")]


def test_another_kind_of_people_in_a_list_is_its_own_measure():
    # the guests among the visitors are the edition's guests; the visitors from one city are some of the visitors
    assert _measured("The fair drew 95,000 visitors, including 1,140 invited guests.", edition=2026) == [
        (95000, "visitors", "edition"), (1140, "guests", "edition")]
    assert _measured("The forum hosted 2,400 guests, including 310 entrepreneurs and 22 journalists.", edition=2026) == [
        (2400, "guests", "edition"), (310, "entrepreneurs", "edition"), (22, "journalists", "edition")]


def test_a_change_over_last_year_written_as_an_increase_or_down():
    assert _measured("The fair ended with 640 deals signed, an increase of 41 over last year's fair.", edition=2026) == [
        (640, "projects_signed", "edition"), (41, "projects signed increase", "edition")]
    assert _measured("It hosted 505 exhibitors, down 18 from 2025.", edition=2026) == [
        (505, "exhibitors", "edition"), (18, "exhibitors decrease", "edition")]
    # the previous edition is no day before: the area is the edition's final one, not a count so far
    assert extract_figures("The halls covered 61,000 square meters, a rise of 3,000 square meters from the previous edition.",
                           edition=2026)[0].qualifier == "exact"


def test_an_earlier_report_of_the_same_edition_is_no_earlier_edition():
    # "announced at its close" is this edition's first count; "reported last year" is the last edition's
    assert [(f.value, f.scope, f.qualifier) for f in extract_figures(
        "Organizers now put the signed deals at 659, up from the 652 announced at the closing ceremony.", edition=2026)] \
        == [(659, "edition", "exact"), (652, "edition", "at_least")]
    assert _measured("Organizers now put the signed deals at 659, up from the 604 reported at the 2025 fair.",
                     edition=2026) == [(659, "projects_signed", "edition"), (604, "projects_signed", "earlier")]


def test_overseas_ones_after_a_rough_qualifier_and_a_place_that_had_built():
    assert _measured("The fair will host some 900 companies, including roughly 150 from abroad.", edition=2026) == [
        (900, "companies", "edition"), (150, "overseas_exhibitors", "edition")]
    # a province's own record, reached by a year's end: no forecast, no figure of the event
    assert _measured("Anhui province had built 1,850 smart factories by the end of 2026.", edition=2026) == [
        (1850, "smart factories", "background")]


def test_a_number_in_apposition_and_a_forecast_compared_with():
    assert _measured("The number of guests this year, 2,150, is a record.", edition=2026) == [(2150, "guests", "edition")]
    assert _measured("The number of exhibitors, 512, was the highest yet.", edition=2026) == [
        (512, "exhibitors", "edition")]
    # the forecast is the number it is compared with, not the count itself
    assert _measured("In the end 618 exhibitors took part, compared with some 600 expected in the spring.",
                     edition=2026) == [(618, "exhibitors", "edition"), (600, "exhibitors", "expected")]


def test_a_count_left_without_its_noun_at_the_end_of_a_parallel_clause():
    assert _measured("The robot hall gathers 120 companies, while the drone zone hosts about 35.", edition=2026) == [
        (120, "companies", "part"), (35, "companies", "part")]


def test_projects_registered_are_not_signed_whatever_else_the_sentence_says():
    assert _measured("Its investment platform has registered 1,480 projects ahead of the signing ceremony.",
                     edition=2026) == [(1480, "projects registered", "edition")]
    assert _measured("Before the signing sessions, 1,480 projects had been registered online.", edition=2026) == [
        (1480, "projects registered", "edition")]


def test_one_unnamed_firms_amounts_and_booths_are_parts():
    assert _measured("A Suzhou drone maker signed supply contracts worth 1.8 billion yuan at the fair.", edition=2026) \
        == [(1.8e9, "contract_value", "part")]
    assert _measured("Its halls are busy, while a chip firm announced a 3 billion yuan expansion.", edition=2026) == [
        (3e9, "expansion", "part")]
    assert _measured("Booths of the largest exhibitors cover up to 900 square meters.", edition=2026) == [
        (900, "exhibition_area", "part")]
    # some of one firm's own count, spelled out
    assert _measured("A Wuxi tool maker brought 12 machines, five of them new.", edition=2026)[-1] == (5, "machines", "part")


def test_year_rows_end_their_line_and_an_earlier_years_count_after_and():
    # each row is its year's count; the forecast on the next line is this year's alone
    assert [(f.value, f.scope) for f in extract_figures(
        "Deals signed at earlier fairs:\n2021: 312 projects\n2024: 405 projects\nThis year the organizers hope to "
        "sign 450.", edition=2026)] == [(312, "earlier"), (405, "earlier"), (450, "expected")]
    assert _measured("The fair closed with 480 projects signed, compared with 405 last year and 312 in 2021.",
                     edition=2026) == [(480, "projects_signed", "edition"), (405, "projects_signed", "earlier"),
                                       (312, "projects_signed", "earlier")]
    # how long a series has run is no figure
    assert _measured("Ten years of the Nanjing fair: what changed", edition=2026) == []


def test_a_products_specification_standards_and_round_the_clock_service():
    # what one product can do is its maker's, not the event's
    assert _measured("Its new welding robot handles 1,200 welds an hour, and the X7 arm lifts 35 kg.", edition=2026) == [
        (1200, "welds", "background"), (35, "kg", "background")]
    # a standard's number and "24/7" count nothing
    assert _measured("Its ISO 14001-certified plant offers 24/7 support.", edition=2026) == []


def test_a_rounder_point_stands_for_the_count_it_restates_in_any_arrival_order():
    story = [
        doc("2026-09-23", "Hefei fair closes",
            "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 1,538 exhibitors and 731 projects "
            "signed."),
        doc("2026-09-24", "Hefei fair recap",
            "HEFEI -- Some 1,500 exhibitors took part in the 2026 World Manufacturing Convention, where over 700 "
            "deals were signed."),
        doc("2026-09-25", "Hefei fair, a second look",
            "HEFEI -- Nearly 1,540 companies exhibited at the 2026 World Manufacturing Convention, which yielded "
            "730-plus projects."),
    ]
    # the last article says the first one's counts again: nothing changed
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        assert sorted(_story_flags(story, order).values()) == ["known"] * 4 + ["new"] * 2, order


def test_signings_name_the_projects_signed():
    assert _measured("Late signings brought the number of projects to 318.", edition=2026) == [
        (318, "projects_signed", "edition")]


def test_a_share_in_one_clause_makes_no_part_of_the_next():
    assert _measured("Overseas firms made up 15 percent of the exhibitors, while deals worth 88 billion yuan were "
                     "signed.", edition=2026) == [(15, "share of overseas exhibitors", "edition"), (88e9, "contract_value", "edition")]


def test_an_amount_in_chinese_yuan():
    assert [(f.value, f.unit, f.scope) for f in extract_figures(
        "Investment reached 412.5 billion Chinese yuan (58 billion U.S. dollars).", edition=2026)] == [
        (412.5e9, "CNY", "edition"), (58e9, "USD", "converted")]


@pytest.mark.parametrize("text,expected", [
    # "roughly" and "approximately" say what "about" says, wherever the count stands
    ("Exhibitors: roughly 1,500", [(1500, "exhibitors", "edition")]),
    ("The fair has grown from 90 exhibitors in 2016 to approximately 300 this year.",
     [(90, "exhibitors", "earlier"), (300, "exhibitors", "edition")]),
    # businesses are companies, also when some of them exhibit online
    ("A total of 460 businesses are exhibiting at the venue, and 1,250 more on the cloud platform.",
     [(460, "exhibitors_onsite", "edition"), (1250, "exhibitors_online", "edition")]),
])
def test_other_words_for_about_and_for_companies(text, expected):
    assert _measured(text, edition=2026) == expected


def test_invited_guests_a_ceremonys_audience_and_foreign_funded_ones_after_an_amount():
    assert _measured("More than 50 academicians were invited.", edition=2026) == [(50, "academicians", "expected")]
    assert _measured("At the opening ceremony, 30 projects were signed, and 38 academicians attended.",
                     edition=2026) == [(30, "projects_signed", "opening"), (38, "academicians", "part")]
    assert _measured("It closed with 640 projects worth 512 billion yuan signed, of which 88 were foreign-funded.",
                     edition=2026)[-1] == (88, "foreign_projects", "edition")


def test_upwards_of_wherever_more_than_is_read():
    assert _measured("The fair drew nearly 4,000 guests, including upwards of 500 from abroad.", edition=2026) == [
        (4000, "guests", "edition"), (500, "overseas_guests", "edition")]


@pytest.mark.parametrize("text,expected", [
    # a hall of the venue, a building's own size and a firm's registered capital are not the exhibition's
    ("The Nanjing International Expo Center, with a gross floor space of 190,000 square meters, hosts the expo, "
     "which covers 50,000 square meters.", [(190000, "exhibition_area", "background"), (50000, "exhibition_area", "edition")]),
    ("The expo, at the Nanjing International Expo Center, spans 50,000 square meters.", [(50000, "exhibition_area", "edition")]),
    ("A supplier with registered capital of RMB 300 million signed a parts deal.", [(300e6, "registered capital", "background")]),
    # the area it grew from is in the same unit; a count beside it is not
    ("Exhibition space has grown to 52,000 square meters from 40,000.",
     [(52000, "exhibition_area", "edition"), (40000, "exhibition_area", "earlier")]),
    # the biggest deal is among the whole the clause counts: the whole is the edition's
    ("The biggest single deal, a 9 billion yuan battery plant, was among 210 projects worth 160 billion yuan signed "
     "at the fair.", [(9e9, "battery plant", "part"), (210, "projects_signed", "edition"), (160e9, "contract_value", "edition")]),
])
def test_a_buildings_size_and_a_firms_capital_are_not_the_exhibitions_and_a_whole_after_among_is_the_editions(text, expected):
    assert _measured(text, 2026) == expected


@pytest.mark.parametrize("text,expected", [
    # a count after ", and" with no verb of its own is one more object of the forecast before it
    ("Officials expect around 620 exhibitors on 70,000 square meters, and 40 forums.",
     [(620, "exhibitors", "expected"), (70000, "exhibition_area", "expected"), (40, "forums", "expected")]),
    # but a clause with its own verb reports what is so
    ("Officials expect around 620 exhibitors, and 40 forums are already scheduled.",
     [(620, "exhibitors", "expected"), (40, "forums", "edition")]),
    ("The show drew 1,450 exhibitors, and organizers expect 280,000 visits.",
     [(1450, "exhibitors", "edition"), (280000, "visitors", "expected")]),
])
def test_a_bare_count_after_and_belongs_to_the_forecast_before_it(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,expected", [
    # the value grown from "at the opening ceremony" is the opening's batch; the total after it stays the edition's
    ("Signings at the fair rose to 455 on Sunday, up from 97 at the opening ceremony.",
     [(455, "projects_signed", "edition"), (97, "projects_signed", "opening")]),
    ("The value of contracts signed at the 2031 World Manufacturing Convention in Hefei rose to 402.6 billion yuan on "
     "Sunday, from 88.4 billion yuan on the first day, while the number of deals climbed to 455.",
     [(402.6e9, "contract_value", "edition"), (88.4e9, "contract_value", "opening"), (455, "projects_signed", "edition")]),
    # a value grown from some day other than the opening is no batch
    ("Signings at the fair rose to 455 on Sunday from 301 on Saturday.",
     [(455, "projects_signed", "edition"), (301, "projects_signed", "earlier")]),
])
def test_a_value_grown_from_the_opening_is_the_openings_and_a_long_subject_names_the_sum(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,expected", [
    # the main venue's exhibitors are one venue's, as its area is; all venues together are the edition's
    ("The main venue in Nanjing hosts 380 enterprises on 45,000 square meters.",
     [(380, "companies", "part"), (45000, "exhibition_area", "part")]),
    ("The fair closed with 512 enterprises across the main venue and sub-venues, on a combined 61,000 square meters.",
     [(512, "companies", "edition"), (61000, "exhibition_area", "edition")]),
])
def test_one_venue_and_all_venues(text, expected):
    assert _measured(text, 2031) == expected


def test_a_relative_clause_about_the_event_reports_the_events_count_whatever_the_subject():
    text = ("The robot hall is one of nine at the 2030 World Manufacturing Convention, which opened on Friday and has "
            "drawn more than 1,600 exhibitors in all.")
    assert _measured(text, 2030)[-1] == (1600, "exhibitors", "edition")
    # (a relative clause set off by a comma before the figure is an aside: the hall's own count stays a part)
    assert _measured("Hall 3 at the fair, which has 11 halls in all, houses 140 exhibitors.", 2030)[-1] == (
        140, "exhibitors", "part")


@pytest.mark.parametrize("text,expected", [
    # the whole an opening names stays the edition's, whatever the parts after it do
    ("Of the 702 projects signed at the fair, battery projects accounted for 22 percent.",
     [(702, "projects_signed", "edition"), (22, "percent", "part")]),
    # a dateline before the subject that names the sum
    ("HEFEI (Bloomberg) -- The value of deals signed at Anhui's World Manufacturing Convention rose to $98.2 billion.",
     [(98.2e9, "contract_value", "edition")]),
])
def test_a_whole_named_in_the_opening_and_a_sum_named_after_a_dateline(text, expected):
    assert _measured(text, 2031) == expected


def test_a_correction_is_a_change_however_far_it_is_from_the_figure_it_corrects():
    db = _reported(("2031-09-20", "The fair opened on Saturday on 12,000 square meters of exhibition space."),
                   ("2031-09-21", "Correction: A story on Saturday about the fair gave the wrong exhibition area. It is "
                                  "120,000 square meters, not 12,000."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "conflict")]
    # (the value it replaces is no report of the correction, whatever its unit)
    got = [(f.value, f.qualifier) for f in extract_figures("The investment is 42.1 billion yuan, not 41.2 billion as "
                                                           "previously reported.")]
    assert got == [(42.1e9, "corrected")]


def test_heads_of_international_organizations_are_a_measure_of_their_own():
    assert _measured("The fair drew 4,100 guests, including 18 academicians and 29 heads of international "
                     "organizations.", 2031) == [(4100, "guests", "edition"), (18, "academicians", "edition"),
                                                 (29, "organization_heads", "edition")]


def test_a_figure_of_an_edition_two_years_back_cited_later_restates_that_editions_report():
    db = _reported(("2029-09-22", "The 2029 convention closed with 702 projects signed."),
                   ("2031-09-15", "The 2031 convention opens on Friday. At the 2029 convention, 702 projects were "
                                  "signed."))
    assert _flags_in_order(db) == [("new", ""), ("known", "projects_signed")]


def test_the_ceremony_of_the_next_listed_count_makes_no_part_of_the_exhibitors_before_it():
    assert _measured("The fair opened on Friday with 540 exhibitors and 36 projects signed at the opening ceremony.",
                     2031) == [(540, "exhibitors", "edition"), (36, "projects_signed", "opening")]


def test_a_series_named_only_in_an_aside_about_the_event_makes_no_sum_of_editions():
    text = "The fair, which Hefei has hosted since 2018, closed on Monday with 1,090 exhibitors."
    assert _measured(text, 2031) == [(1090, "exhibitors", "edition")]
    assert _measured("Since 2018, the fair has hosted 9,800 exhibitors.", 2031) == [(9800, "exhibitors", "cumulative")]


def test_projects_secured_or_landed_are_projects_signed():
    assert _measured("The fair secured 305 investment projects.", 2033) == [(305, "projects_signed", "edition")]



def test_a_count_out_of_a_whole_gives_the_whole_the_same_noun():
    assert _measured("Foreign investors signed 86 foreign-invested projects, out of 612 in all.", 2031) == [
        (86, "foreign_projects", "edition"), (612, "projects_signed", "edition")]



@pytest.mark.parametrize("text", [
    "The fair closed, bringing the number of projects signed since 2018 to 4,410.",
    "The number of projects signed since 2018 rose to 4,410.",
    "The fair closed, bringing the total number of projects signed since its 2018 debut to 4,410.",
])
def test_the_number_of_a_noun_since_the_first_edition_is_its_running_total(text):
    assert _measured(text, 2031) == [(4410, "projects_signed", "cumulative")]


def test_thirty_odd_is_thirty_and_some_so_a_count_in_the_thirties_refines_it():
    db = _reported(("2031-09-21", "Some 30-odd Fortune Global 500 companies are exhibiting."),
                   ("2031-09-24", "The fair closed with 37 Fortune Global 500 companies among its exhibitors."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "refined")]


def test_this_years_bare_count_after_a_sentence_about_an_earlier_edition_counts_the_same_noun():
    text = ("When the first World Manufacturing Convention was held in 2018, it drew 600 exhibitors. Twelve editions "
            "on, this year's event gathered 1,534.")
    assert _measured(text, 2031) == [(600, "exhibitors", "earlier"), (1534, "exhibitors", "edition")]


def test_the_numbers_of_two_nouns_respectively_are_each_nouns_count():
    assert _measured("The numbers of exhibitors and forums at the fair reached 436 and 36, respectively.", 2031) == [
        (436, "exhibitors", "edition"), (36, "forums", "edition")]


@pytest.mark.parametrize("text,expected", [
    # a place in apposition is still the subject of what only a place does, and of what follows in its sentence
    ("Jiangsu, the host province, built 1.9 million industrial robots last year, up 21 percent, and its industrial "
     "investment grew 8.3 percent.", [(1.9e6, "background"), (21, "background"), (8.3, "background")]),
    # a place's deeds of a year, in a sentence that names no event
    ("The province signed investment deals worth 1.2 trillion yuan in 2030.", [(1.2e12, "background")]),
    ("Jiangsu has approved 410 foreign-invested firms so far this year.", [(410, "background")]),
    ("China's actual use of foreign investment reached 900 billion yuan in the first seven months.",
     [(900e9, "background")]),
    # one company's staff and its own orders at its stand
    ("One local robot maker alone employs 12,000 workers.", [(12000, "background")]),
    ("A Suzhou software firm, set up in 2019, said it had signed orders worth 80 million yuan at its stand.",
     [(80e6, "part")]),
])
def test_the_host_regions_and_one_companys_own_figures_in_a_feature_are_not_the_editions(text, expected):
    assert [(value, scope) for value, _, scope in _measured(text, 2031)] == expected


def test_what_is_reached_where_a_side_session_is_held_and_a_zones_size_are_parts():
    got = _measured("About 150 buyers attended a matchmaking session on the sidelines of the fair on Monday, where 38 "
                    "cooperation agreements were reached.", 2031)
    assert got[-1] == (38, "projects_signed", "part")
    assert _measured("Visitors can tour an 800-square-meter humanoid robot zone.", 2031) == [
        (800, "exhibition_area", "part")]
    # (the event itself after ", where" is the edition's)
    assert _measured("The fair, where 612 projects were signed, closed on Tuesday.", 2031) == [
        (612, "projects_signed", "edition")]


@pytest.mark.parametrize("text", [
    "Organizers estimate the number of visitors to the fair at 210,000.",
    "The number of visitors is estimated at 210,000.",
])
def test_an_estimate_of_a_count_is_about_that_many(text):
    figures = extract_figures(text, edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(210000, "visitors", "about")]


def test_a_correction_dated_only_by_its_day_comes_after_the_story_it_corrects(tmp_path):
    from storage.ledger import decide_group

    story = doc("2031-09-24", "Hefei fair closes", "HEFEI -- The World Manufacturing Convention in Hefei closed on "
                "Tuesday with 812 projects signed.")
    correction = doc("2031-09-24", "Correction: Hefei fair figures", "HEFEI -- A story on the World Manufacturing "
                     "Convention in Hefei gave the number of projects signed as 812. The correct number is 821.")
    for order in ([0, 1], [1, 0]):
        assert _story_flags([story, correction], order) == {(0, 812, "count"): "new",
                                                            (1, 821, "count"): "changed:conflict"}
    # a database whose correction stood first, at the day's start, is put in order again when it is opened
    db = open_db(tmp_path)
    for i, text in enumerate((story, correction)):
        store_article(db, article_from_document(text, name=f"c{i}", fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    fixed = next(db.query("select id, date from articles where title like 'Correction%'"))
    db.execute("update figures set pub_key = ? where article_id = ?",
               [f"{fixed['date']}T00:00:00+00:00|", fixed["id"]])
    for g in list(db.query("select distinct event, edition, metric, scope, unit from figures")):
        decide_group(db, g["event"], g["edition"], g["metric"], g["scope"], g["unit"], now=NOW)
    before = {r["value"]: r["status"] for r in db.query("select value, status from figures")}
    db.execute("delete from _sqlite_migrations where name = 'm014_corrections_end_their_day'")
    db.conn.commit()
    db.close()
    db = open_db(tmp_path)
    after = {r["value"]: r["status"] for r in db.query("select value, status from figures")}
    assert (before, after) == ({812: "changed", 821: "new"}, {812: "new", 821: "changed"})


def test_each_venues_count_of_the_same_noun_is_that_venues():
    assert _measured("The fair will have 380 exhibitors at the main venue and 56 at the sub-venue.", 2031) == [
        (380, "exhibitors", "part"), (56, "exhibitors", "part")]


def test_a_signed_value_is_the_contract_value():
    assert _measured("The fair closed with a signed value of 402.3 billion yuan.", 2031) == [
        (402.3e9, "contract_value", "edition")]


def test_kinds_of_company_with_lists_of_their_own_are_measures_of_their_own():
    text = ("Among the fair's 410 exhibitors are 38 Fortune Global 500 companies, 44 of China's top 500 enterprises, 57 "
            "\"little giant\" firms, 96 national high-tech enterprises and 21 listed companies.")
    assert [(value, metric) for value, metric, _ in _measured(text, 2031)] == [
        (410, "exhibitors"), (38, "fortune500"), (44, "china_top500"), (57, "little_giants"),
        (96, "high_tech_companies"), (21, "listed_companies")]
    # new products shown for the first time are the premieres
    assert _measured("Some 240 new products released for the first time are on show.", 2031)[0][1] == "premieres"


def test_a_figure_put_again_after_a_dated_story_took_it_is_the_correction():
    db = _stored("World Manufacturing Convention in Hefei",
                 ("2031-09-24", "HEFEI -- The World Manufacturing Convention in Hefei closed on Tuesday after receiving "
                                "88,000 visitors."),
                 ("2031-09-27", "HEFEI -- A story on Sept. 24 about the World Manufacturing Convention in Hefei gave the "
                                "number of visitors as 88,000. Organizers have since put the figure at 98,000."))
    assert _flags_in_order(db) == [("new", ""), ("changed", "conflict")]


def test_a_row_of_years_after_a_label_gives_each_year_its_count():
    text = "Projects signed at the fair: 2029: 1,152; 2030: 612; 2031: 648."
    assert _measured(text, 2031) == [(1152, "projects_signed", "earlier"), (612, "projects_signed", "earlier"),
                                     (648, "projects_signed", "edition")]


@pytest.mark.parametrize("text,expected", [
    # a supposition reports nothing
    ("If the fair signs 1,000 projects, it will be hailed as a success.", []),
    # what may be signed is a forecast
    ("Between 600 and 700 projects may be signed at the fair, an official said.",
     [(600, "projects_signed", "expected"), (700, "projects_signed", "expected")]),
    # a record since the debut is this edition's; the count it beat is the year's it names
    ("The fair drew 412 exhibitors, the most since its 2016 debut, and 184 projects, beating the 176 signed in 2030.",
     [(412, "exhibitors", "edition"), (184, "projects_signed", "edition"), (176, "projects_signed", "earlier")]),
])
def test_suppositions_possibilities_and_records_since_the_debut(text, expected):
    assert _measured(text, 2031) == expected


def test_the_views_of_one_ceremonys_livestream_are_that_sessions():
    assert _measured("The livestream of the fair's opening ceremony drew 5 million views.", 2031) == [
        (5e6, "views", "part")]


def test_a_count_of_visitors_while_the_event_still_runs_is_so_far():
    figures = extract_figures("The fair, which runs until Monday, has attracted 186,000 visitors.", edition=2031)
    assert [(f.value, f.qualifier) for f in figures] == [(186000, "at_least")]
    # (its exhibitors, set before it opened, are its count)
    figures = extract_figures("The fair, which runs until Monday, has gathered 1,610 exhibitors.", edition=2031)
    assert [(f.value, f.qualifier) for f in figures] == [(1610, "exact")]


def test_a_releases_about_section_on_a_place_is_background_and_list_markers_are_no_counts():
    text = ("The fair closed today with 612 projects signed.\n\nAbout Anhui Province\nAnhui has a population of 61 million "
            "and a GDP of 5.2 trillion yuan, and is home to 20,000 high-tech enterprises.")
    assert [(value, scope) for value, _, scope in _measured(text, 2031)] == [
        (612, "edition"), (5.2e12, "background"), (20000, "background")]
    # (a section about the event itself is the event's)
    text = "The fair closed today.\n\nAbout the World Manufacturing Convention\nIt has signed 9,000 projects since 2018."
    assert [(value, scope) for value, _, scope in _measured(text, 2031)] == [(9000, "cumulative")]
    text = "Highlights:\n1. 648 projects signed\n2. 1,642 exhibitors\n3) 23 forums"
    assert [value for value, _, _ in _measured(text, 2031)] == [648, 1642, 23]


def test_a_plan_of_the_subjects_own_after_what_it_expects_is_the_editions_and_one_startups_sales_its_own():
    assert _measured("Organizers expect about 1,700 exhibitors and plan 25 forums.", 2031) == [
        (1700, "exhibitors", "expected"), (25, "forums", "edition")]
    assert [(value, scope) for value, _, scope in _measured(
        "One Suzhou start-up, founded in 2025, has sold 800 units this year.", 2031)] == [(800, "background")]


@pytest.mark.parametrize("text,expected", [
    ("Projects signed at the fair fell to 193 from 198 last year, though their value rose 2.6 percent to 172.5 "
     "billion yuan.", [(193, "projects_signed"), (198, "projects_signed"), (2.6, "investment growth"),
                      (172.5e9, "contract_value")]),
    ("More than 300 intended cooperation projects have been reached, in addition to 523 projects signed.",
     [(300, "intended_projects"), (523, "projects_signed")]),
])
def test_a_count_that_fell_its_worth_and_intended_cooperation_projects(text, expected):
    assert [(value, metric) for value, metric, _ in _measured(text, 2031)] == expected


def test_an_audience_that_attended_one_session_past_its_asides_is_that_sessions():
    text = ("More than 500 foreign guests from 42 countries and regions, including 16 foreign ministers, attended the "
            "opening ceremony.")
    # (and so is where that audience came from; "Guests from 40 countries attended the opening", which counts no
    # audience, counts the edition's countries)
    assert [(value, scope) for value, _, scope in _measured(text, 2031)] == [(500, "part"), (42, "part"), (16, "part")]
    # (a clause with a verb of its own is the event's)
    text = "Some 1,600 exhibitors from 42 countries and regions took part, and 2,000 guests attended the opening ceremony."
    assert [(value, scope) for value, _, scope in _measured(text, 2031)] == [(1600, "edition"), (42, "edition"),
                                                                            (2000, "part")]


def test_what_someone_says_a_place_has_is_the_places_own():
    text = "The governor said Jiangsu now has 3,100 smart factories and its digital economy is worth 6 trillion yuan."
    assert [(value, scope) for value, _, scope in _measured(text, 2031)] == [(3100, "background"), (6e12, "background")]


def test_a_target_is_a_forecast_of_the_count_named_last_and_the_count_that_beat_it_is_the_editions():
    assert _measured("The fair closed with 671 projects signed, beating its target of 650.", 2031) == [
        (671, "projects_signed", "edition"), (650, "projects_signed", "expected")]
    # (the projects the sentence before counted)
    assert _measured("\"We have signed more than 500 projects so far,\" he said. \"Our target is 650.\"", 2031)[-1] == (
        650, "projects", "expected")
    assert _measured("The fair is targeting 650 signed projects.", 2031) == [(650, "projects_signed", "expected")]


def test_exhibitors_on_site_beside_a_cloud_exhibition_are_the_on_site_count():
    text = "Besides its 1,712 exhibitors on site, the fair's cloud exhibition hosts 2,300 companies."
    assert [(value, metric) for value, metric, _ in _measured(text, 2031)] == [
        (1712, "exhibitors_onsite"), (2300, "exhibitors_online")]


def test_a_deals_label_gives_the_contract_value_and_foreign_investment_of_which_is_the_foreign_funded_projects():
    text = "The fair's deals: 549.3 billion yuan, of which foreign investment accounted for 11.5 billion U.S. dollars."
    assert [(value, metric) for value, metric, _ in _measured(text, 2031)] == [
        (549.3e9, "contract_value"), (11.5e9, "foreign_investment")]


def test_a_row_of_years_one_line_each_gives_each_year_its_count_of_what_the_label_counts():
    text = ("NANJING -- Projects signed at the conference, by year:\n2029: 88\n2030: 91\n2031: 96\n"
            "Exhibitors, by year:\n2030: 341\n2031: 352")
    assert _measured(text, 2031) == [
        (88, "projects_signed", "earlier"), (91, "projects_signed", "earlier"), (96, "projects_signed", "edition"),
        (341, "exhibitors", "earlier"), (352, "exhibitors", "edition")]


def test_companies_exhibiting_online_and_offline_are_all_of_them_and_those_at_the_venue_the_on_site_count():
    text = "Some 2,900 companies are exhibiting online and offline at the fair, 1,240 of them at the venue."
    assert _measured(text, 2031) == [(2900, "exhibitors", "edition"), (1240, "exhibitors_onsite", "edition")]


@pytest.mark.parametrize("text,metric", [
    ("The share of deals in advanced manufacturing was 64 percent.", "share of deals in advanced manufacturing"),
    ("The signing rate reached 88 percent, organizers said.", "signing rate"),
])
def test_a_rate_named_by_its_clauses_subject_is_measured_by_that_name(text, metric):
    assert [(m, scope) for _, m, scope in _measured(text, 2031)] == [(metric, "edition")]


def test_an_area_after_an_area_with_its_unit_left_out_is_an_area():
    text = "The fair uses 64,000 square meters of space: 50,000 square meters indoors and 14,000 outdoors."
    assert [(value, metric) for value, metric, _ in _measured(text, 2031)] == [
        (64000, "exhibition_area"), (50000, "exhibition_area"), (14000, "exhibition_area")]


def test_a_count_among_a_named_whole_is_some_of_it_and_so_is_what_it_is_worth():
    text = "At the fair, 21 chip projects worth 30 billion yuan were among the 604 deals signed."
    assert _measured(text, 2031) == [(21, "projects_signed", "part"), (30e9, "contract_value", "part"),
                                     (604, "projects_signed", "edition")]


@pytest.mark.parametrize("text", [
    "The fair ended with 604 deals, worth 420 billion yuan, and intended investment of a further 55 billion yuan.",
    "Intended investment came to 55 billion yuan, on top of 420 billion yuan in signed deals.",
])
def test_intended_investment_is_its_own_measure_however_the_sentence_names_it(text):
    assert [(value, metric) for value, metric, _ in _measured(text, 2031) if value == 55e9] == [
        (55e9, "intended_investment")]


def test_the_growth_of_the_deals_value_is_the_growth_of_the_investment_whichever_name_the_amount_has():
    first = _measured("Investment in the projects signed at the fair rose 9.4 percent to 420 billion yuan.", 2031)
    second = _measured("The fair signed projects worth 420 billion yuan, up 9.4% from 2030.", 2031)
    assert [m for v, m, _ in first if v == 9.4] == [m for v, m, _ in second if v == 9.4] == ["investment growth"]


def test_when_a_count_was_said_is_not_where_it_was_counted():
    text = "The fair has drawn more than 4,000 guests, including 260 foreign guests, organizers said at the opening."
    assert _measured(text, 2031) == [(4000, "guests", "edition"), (260, "overseas_guests", "edition")]


def test_last_years_count_that_this_year_should_exceed_is_last_years():
    text = "\"This year we expect the number of signed projects to exceed last year's 604,\" an official said."
    assert _measured(text, 2031) == [(604, "projects_signed", "earlier")]


def test_the_online_exhibition_of_the_named_event_counts_its_online_exhibitors():
    text = "The cloud exhibition of the 2031 World Manufacturing Convention features 1,950 companies."
    assert _measured(text, 2031) == [(1950, "exhibitors_online", "edition")]


@pytest.mark.parametrize("text", [
    "The fair signed 96 projects. Among them, 31 projects were foreign-funded, with 2.4 billion U.S. dollars of "
    "investment.",
    "Foreign-funded projects signed at the fair numbered 31, with 2.4 billion U.S. dollars of investment.",
    "大会签约项目96个，其中外资项目31个，协议外资24亿美元。",
])
def test_the_foreign_funded_projects_and_the_foreign_capital_they_bring_are_measures_of_their_own(text):
    assert [(value, metric, scope) for value, metric, scope in _measured(text, 2031) if value != 96] == [
        (31, "foreign_projects", "edition"), (2.4e9, "foreign_investment", "edition")]


def test_a_cumulative_count_is_of_all_editions_and_those_of_this_years_event_are_this_editions():
    text = ("The convention, held in Hefei every year since 2018, has seen a cumulative 4,210 projects signed, 604 of "
            "them at this year's event.")
    assert _measured(text, 2031) == [(4210, "projects_signed", "cumulative"), (604, "projects_signed", "edition")]


def test_what_a_province_attracted_over_a_year_is_its_own_record():
    text = "Anhui attracted 1.1 trillion yuan of investment from outside the province in 2030, up 7 percent."
    assert [scope for _, _, scope in _measured(text, 2031)] == ["background", "background"]


def test_the_year_of_a_date_in_a_photo_caption_is_no_count():
    text = "Photo taken on Sept. 18, 2031 shows visitors at the convention, which has drawn 96,000 visitors so far."
    assert [value for value, _, _ in _measured(text, 2031)] == [96000]


def test_deals_at_the_named_event_valued_at_an_amount_are_the_contract_value():
    text = "Deals at the 2031 World Manufacturing Convention were valued at RMB402.5bn, the organizers said."
    assert _measured(text, 2031) == [(402.5e9, "contract_value", "edition")]


def test_counts_up_to_an_hour_of_the_first_day_are_counts_so_far_that_the_final_ones_refine():
    db = _stored("Nanjing conference",
                 ("2031-11-26", "NANJING -- By 6 p.m. on Wednesday, the first day of the 2031 World Intelligent "
                                "Manufacturing Conference, the expo had received 38,000 visitors and 52 projects had "
                                "been signed."),
                 ("2031-11-28", "NANJING -- The 2031 World Intelligent Manufacturing Conference closed with 101,000 "
                                "visitors and 96 projects signed."))
    assert [(r["value"], r["status"], r["kind"]) for r in db.query(
        "select value, status, kind from figures order by pub_key, start")] == [
        (38000, "new", ""), (52, "new", ""), (101000, "changed", "refined"), (96, "changed", "refined")]


@pytest.mark.parametrize("text,expected", [
    ("The fair holds 12 specialized forums and more than 20 supporting activities.",
     [(12, "sub_forums"), (20, "supporting_activities")]),
    ("A total of 32 forums and activities were held.", [(32, "forums")]),
    ("大会设12场专业论坛和20余场配套活动，共举办论坛及配套活动32场。",
     [(12, "sub_forums"), (20, "supporting_activities"), (32, "forums")]),
])
def test_supporting_activities_are_a_count_of_their_own_and_forums_with_activities_count_all(text, expected):
    assert [(value, metric) for value, metric, _ in _measured(text, 2031)] == expected


def test_all_forums_and_activities_are_no_change_of_the_supporting_activities():
    db = _stored("Hefei convention",
                 ("2031-09-20", "HEFEI -- The 2031 World Manufacturing Convention opened with 12 specialized forums "
                                "and more than 20 supporting activities."),
                 ("2031-09-23", "HEFEI -- The 2031 World Manufacturing Convention closed after 32 forums and "
                                "activities."))
    assert [(r["value"], r["status"]) for r in db.query("select value, status from figures order by pub_key, start")] \
        == [(12, "new"), (20, "new"), (32, "new")]


def test_an_editions_count_before_a_clause_that_sums_the_series_is_the_editions():
    assert _measured("2031世界制造业大会签约项目604个，历届大会累计签约项目达4210个。", 2031) == [
        (604, "projects_signed", "edition"), (4210, "projects_signed", "cumulative")]


@pytest.mark.parametrize("body,expected", [
    # the noun left out after the other event's verb
    ("NANJING -- The World Intelligent Manufacturing Conference in Nanjing drew 352 exhibitors this year, while the "
     "World Manufacturing Convention in Hefei drew 1,240.", [(352, "wimc"), (1240, "wmc")]),
    # the other event's count in the comparison that opens the sentence, this one's after it
    ("NANJING -- Compared with the Hefei convention's 604 deals, the 96 signed at the 2031 World Intelligent "
     "Manufacturing Conference look modest. The World Manufacturing Convention is held in Hefei each September.",
     [(604, "wmc"), (96, "wimc")]),
])
def test_counts_of_both_events_in_one_sentence_are_each_their_events(body, expected):
    from extract.analysis import analyse

    found = analyse(article_from_document(doc("2031-12-02", "Two shows", body), name="x", fetched_at=NOW), EVENTS)
    assert [(f.value, f.event or found.attribution.event) for f in found.figures if f.unit == "count"] == expected


def test_foreign_investment_named_long_before_its_amount_is_foreign_investment():
    text = "Foreign investment in projects signed at this year's World Manufacturing Convention stood at $8.4bn."
    assert _measured(text, 2031) == [(8.4e9, "foreign_investment", "edition")]


@pytest.mark.parametrize("text,scope", [
    ("Guests attending the opening ceremony numbered 1,200.", "part"),
    ("Guests at the opening ceremony numbered 1,200.", "part"),
    ("Guests attending the 2031 World Intelligent Manufacturing Conference numbered 2,900.", "edition"),
])
def test_the_people_a_subject_counts_at_a_session_or_at_the_event(text, scope):
    assert [s for _, m, s in _measured(text, 2031) if m == "guests"] == [scope]


def test_halls_listed_with_their_verb_and_noun_left_out_count_the_same_as_the_first():
    text = ("At the fair, the robotics hall hosts 180 companies, the battery hall 76 and the chip hall 88. In total, "
            "1,240 companies are exhibiting.")
    assert _measured(text, 2031) == [(180, "companies", "part"), (76, "companies", "part"), (88, "companies", "part"),
                                     (1240, "exhibitors", "edition")]


def test_a_count_up_to_an_hour_on_the_24_hour_clock_is_one_so_far():
    db = _reported(("2031-09-21", "By 17:00 on Sept 21, visitors numbered 152,000."),
                   ("2031-09-23", "The expo received 201,000 visitors over four days."))
    assert [(r["value"], r["status"], r["kind"]) for r in db.query(
        "select value, status, kind from figures where metric = 'visitors' order by pub_key")] == [
        (152000, "new", ""), (201000, "changed", "refined")]


def test_a_sentence_whose_subject_is_last_years_convention_is_last_years_throughout():
    assert _measured("上届大会签约项目604个，参展企业1240家。今年大会预计参展企业1300家左右。", 2031) == [
        (604, "projects_signed", "earlier"), (1240, "exhibitors", "earlier"), (1300, "exhibitors", "expected")]


def test_companies_at_the_forums_and_matchmaking_events_are_no_change_of_the_exhibitors():
    db = _stored("Hefei convention",
                 ("2031-09-19", "HEFEI -- More than 2,600 companies are attending the 2031 World Manufacturing "
                                "Convention's forums and matchmaking events, organizers said."),
                 ("2031-09-22", "HEFEI -- The 2031 World Manufacturing Convention closed with 1,240 exhibitors."))
    assert [(r["value"], r["status"]) for r in db.query("select value, status from figures order by pub_key")] == [
        (2600, "new"), (1240, "new")]


def test_product_launches_count_the_products_launched():
    db = _stored("Nanjing conference",
                 ("2031-11-26", "NANJING -- More than 90 new products are being launched at the 2031 World Intelligent "
                                "Manufacturing Conference."),
                 ("2031-11-28", "NANJING -- The 2031 World Intelligent Manufacturing Conference closed after 104 "
                                "product launches."))
    assert [(r["value"], r["status"], r["kind"]) for r in db.query(
        "select value, status, kind from figures order by pub_key")] == [(90, "new", ""), (104, "changed", "refined")]


def test_the_fortune_global_500_in_chinese_numerals_are_the_fortune_global_500():
    assert [(value, metric) for value, metric, _ in _measured("大会吸引逾千家企业参展，其中世界五百强企业五十二家。", 2031)] == [
        (1000, "exhibitors"), (52, "fortune500")]


def test_the_value_put_on_the_deals_is_their_contract_value_and_a_count_compared_past_its_worth_is_its_earlier_value():
    assert _measured("The department put the value of its 96 deals at 88.6 billion yuan.", 2031) == [
        (96, "projects_signed", "edition"), (88.6e9, "contract_value", "edition")]
    assert _measured("This year they signed 604, worth 402.5 billion yuan, up from 588 last year.", 2031) == [
        (604, "projects_signed", "edition"), (402.5e9, "contract_value", "edition"), (588, "projects_signed", "earlier")]


def test_a_terse_list_of_the_deals_gives_the_foreign_funded_ones_and_the_value():
    assert _measured("604 projects, 58 foreign-funded, 402.5 billion yuan: the fair in numbers.", 2031) == [
        (604, "projects", "edition"), (58, "foreign_projects", "edition"), (402.5e9, "contract_value", "edition")]


def test_the_fund_of_foreign_funded_is_no_word_for_the_amount():
    assert [m for v, m, _ in _measured("Its foreign-funded projects were launched; 402.5 billion yuan.", 2031)
            if v == 402.5e9] == ["money"]


def test_a_chinese_count_of_zones_before_a_total_is_the_zones():
    assert [(value, metric) for value, metric, _ in _measured("博览会闭幕，8大展区共吸引486家企业参展。", 2031)] == [
        (8, "exhibition_zones"), (486, "exhibitors")]


def test_intended_investment_named_long_before_its_amount_is_intended_investment():
    text = "Intended investment at the 2031 World Manufacturing Convention came to 64 billion yuan."
    assert _measured(text, 2031) == [(64e9, "intended_investment", "edition")]


def test_the_share_of_one_kind_of_project_is_one_measure_however_it_is_named():
    first = _measured("The share of projects in advanced manufacturing was 64 percent.", 2031)
    second = _measured("About 66 percent of the projects signed at the fair are in advanced manufacturing.", 2031)
    assert [m for _, m, _ in first] == [m for _, m, _ in second] == ["share of projects in advanced manufacturing"]


def test_two_numbers_an_organizer_puts_at_values_are_each_their_own():
    text = ("Organizers of the 2031 World Manufacturing Convention put the number of exhibitors at 1,240 and the "
            "number of deals signed at 604.")
    assert _measured(text, 2031) == [(1240, "exhibitors", "edition"), (604, "projects_signed", "edition")]


def test_a_correction_of_the_investment_it_misstated_corrects_the_investment():
    db = _stored("Hefei convention",
                 ("2031-09-22", "HEFEI -- The 2031 World Manufacturing Convention closed with 604 deals and total "
                                "investment of 420.5 billion yuan."),
                 ("2031-09-22", "Correction: An earlier story misstated the total investment of the deals signed at "
                                "the 2031 World Manufacturing Convention. It was 402.5 billion yuan, not 420.5 billion "
                                "yuan."))
    assert [(r["value"], r["metric"], r["status"], r["kind"]) for r in db.query(
        "select value, metric, status, kind from figures where unit = 'CNY' order by pub_key")] == [
        (420.5e9, "investment", "new", ""), (402.5e9, "investment", "changed", "conflict")]


def test_there_were_n_of_them_counts_the_projects_the_sentence_before_signed():
    text = "Deals worth 40.2 billion yuan were signed at the fair. There were 61 of them, organizers said."
    assert _measured(text, 2031) == [(40.2e9, "contract_value", "edition"), (61, "projects_signed", "edition")]


@pytest.mark.parametrize("text,scope", [
    ("At the Suzhou sub-venue of the 2031 World Intelligent Manufacturing Conference, 12 deals were signed.", "part"),
    ("31日，2031世界智能制造大会苏州分会场活动举行，现场签约项目12个。", "part"),
    ("2031世界智能制造大会主会场和分会场共签约项目61个。", "edition"),
    ("2031世界智能制造大会设1个主会场、4个分会场，共签约项目61个。", "edition"),
])
def test_the_signings_of_a_sentence_about_one_sub_venue_are_a_part(text, scope):
    assert [s for v, m, s in _measured(text, 2031) if m == "projects_signed"] == [scope]


def test_the_companies_a_country_sent_and_the_next_country_with_its_count_are_each_their_countrys():
    text = "France sent the biggest delegation, 29 companies, followed by Italy with 17 and Spain with 9."
    assert _measured(text, 2031) == [(29, "companies from France", "edition"), (17, "companies from Italy", "edition"),
                                     (9, "companies from Spain", "edition")]


def test_chinese_page_views_counted_in_visits_are_views_and_agreed_foreign_capital_is_foreign_investment():
    assert [(v, m) for v, m, _ in _measured("截至30日，2031世界智能制造大会线上浏览量达9800万人次，直播观看人数超过420万。", 2031)] == [
        (9.8e7, "views"), (4.2e6, "visitors_online")]
    assert [(v, m) for v, m, _ in _measured("2031世界制造业大会签约外资项目58个，协议利用外资9.6亿美元。", 2031)] == [
        (58, "foreign_projects"), (9.6e8, "foreign_investment")]


def test_the_offset_of_a_time_zone_is_no_figure():
    text = "September 21, 2031 10:05 AM GMT+8 Updated 2 hours ago\nThe fair in Hefei drew 1,240 exhibitors."
    assert [v for v, _, _ in _measured(text, 2031)] == [1240]


def test_the_growth_of_investment_placed_in_a_city_is_the_growth_of_the_investment():
    text = ("The province said investment in the deals signed at the 2031 World Manufacturing Convention in Hefei grew "
            "4.2 percent.")
    assert _measured(text, 2031) == [(4.2, "investment growth", "edition")]


def test_a_live_reports_time_marks_keep_the_ceremonys_audience_and_the_count_so_far():
    assert _measured("【09:40】2031世界智能制造大会开幕式在南京举行，约1300名嘉宾出席。", 2031) == [(1300, "guests", "part")]
    db = _stored("大会直击",
                 ("2031-11-26", "【16:00】截至下午4时，2031世界智能制造大会已接待观众3.6万人次。"),
                 ("2031-11-29", "2031世界智能制造大会闭幕，累计接待观众18.1万人次。"))
    assert [(r["value"], r["status"], r["kind"]) for r in db.query(
        "select value, status, kind from figures order by pub_key")] == [(36000, "new", ""), (181000, "changed", "refined")]


def test_one_editions_share_of_a_running_total_in_its_own_clause_is_the_editions():
    assert _measured("世界制造业大会历届累计签约项目近5300个，其中2031年大会签约604个。", 2031) == [
        (5300, "projects_signed", "cumulative"), (604, "projects_signed", "edition")]


def test_a_zones_area_with_its_unit_left_out_is_a_part_of_the_area():
    assert _measured("Its exhibition spans 52,000 square meters, with the outdoor zone taking 7,500.", 2031) == [
        (52000, "exhibition_area", "edition"), (7500, "exhibition_area", "part")]


def test_a_number_heading_its_line_before_a_bar_counts_what_follows_the_bar():
    text = "The 2031 convention in numbers\n604 | projects signed\n402.5 billion yuan | total investment\n1,240 | exhibitors"
    assert _measured(text, 2031) == [(604, "projects_signed", "edition"), (402.5e9, "investment", "edition"),
                                     (1240, "exhibitors", "edition")]


def test_the_value_put_on_deals_named_at_length_is_their_contract_value():
    text = ("The province has put the value of the deals signed at this year's World Intelligent Manufacturing "
            "Conference in Nanjing at 41.3 billion yuan.")
    assert _measured(text, 2031) == [(41.3e9, "contract_value", "edition")]


def test_a_days_line_that_gives_the_count_so_far_is_the_running_total():
    db = _stored("Nanjing diary",
                 ("2031-11-27", "Notes from the World Intelligent Manufacturing Conference in Nanjing.\n"
                                "Day two: 38 projects had been signed by the evening."),
                 ("2031-11-29", "The World Intelligent Manufacturing Conference in Nanjing closed with 61 projects "
                                "signed."))
    assert [(r["value"], r["status"], r["kind"]) for r in db.query(
        "select value, status, kind from figures order by pub_key")] == [(38, "new", ""), (61, "changed", "refined")]


def test_the_days_a_reporter_spent_are_no_length_and_a_fair_held_over_four_days_lasted_four():
    assert _measured("Our team spent three days at the 2031 World Intelligent Manufacturing Conference.", 2031) == []
    assert [(f.value, f.qualifier) for f in extract_figures("The fair took place over four days.", edition=2031)] == [
        (4, "exact")]


def test_people_expected_at_the_forums_are_a_forecast_whatever_follows_expected():
    assert [(v, s) for v, m, s in _measured("The fair opened with 1,240 exhibitors and about 1,500 guests expected at "
                                            "its forums.", 2031)] == [(1240, "edition"), (1500, "expected")]


@pytest.mark.parametrize("text,expected", [
    ("About seven in ten visitors at the fair were professionals.", [(70, "share of visitors")]),
    ("Three out of every four deals were in advanced manufacturing.",
     [(75, "share of projects in advanced manufacturing")]),
    ("Fair signs 604 deals, two-thirds of deals in advanced manufacturing",
     [(604, "projects_signed"), (200 / 3, "share of projects in advanced manufacturing")]),
    ("观众人数同比增长一成。", [(10, "visitors growth")]),
])
def test_shares_written_as_so_many_in_ten_or_as_a_tenth_are_percentages(text, expected):
    assert [(pytest.approx(v), m) for v, m, _ in _measured(text, 2031)] == expected


def test_a_forums_sentence_opened_by_its_day_and_a_countrys_pavilion():
    assert _measured("28日上午，2031世界智能制造大会主论坛在南京举行，来自18个国家和地区的700余名嘉宾参加。", 2031) == [
        (18, "countries_regions", "part"), (700, "guests", "part")]
    assert _measured("The French pavilion at the fair, home to 31 companies, drew 9,000 visitors.", 2031)[0] == (
        31, "companies from France", "edition")


def test_guests_along_with_those_at_the_opening_are_its_audience_and_the_share_of_foreign_projects_is_one_measure():
    assert _measured("Four ministers attended the opening, along with 1,600 guests.", 2031)[-1] == (1600, "guests", "part")
    first = _measured("Of the 604 deals, 61 were foreign-funded, accounting for 10.1 percent.", 2031)
    second = _measured("Foreign-funded projects made up 10.1 percent of the 604 projects signed.", 2031)
    third = _measured("签约项目604个，其中外资项目61个，占比10.1%。", 2031)
    assert {m for v, m, _ in first + second + third if v == 10.1} == {"share of foreign-funded projects"}


def test_a_signing_ceremonys_batch_and_the_rest_of_the_exhibitors_are_parts():
    assert _measured("28日，2031世界智能制造大会重大项目签约仪式在南京举行，现场集中签约项目48个，总投资530亿元。", 2031) == [
        (48, "projects_signed", "part"), (530e8, "investment", "part")]
    assert _measured("Hall 1 has 90 robot makers, and Halls 2 to 5 hold the remaining 410 exhibitors.", 2031) == [
        (90, "robot companies", "part"), (410, "exhibitors", "part")]


def test_a_column_whose_header_gives_the_unit_gives_its_cells_that_unit():
    text = "| Year | Deals | Investment (bn yuan) |\n| 2030 | 58 | 61.5 |\n| 2031 | 61 | 64.2 |"
    assert _measured(text, 2031) == [(58, "projects_signed", "earlier"), (61.5e9, "investment", "earlier"),
                                     (61, "projects_signed", "edition"), (64.2e9, "investment", "edition")]
    assert _measured("| 年份 | 签约项目（个） | 总投资（亿元） |\n| 2031年 | 61 | 642 |", 2031) == [
        (61, "projects_signed", "edition"), (642e8, "investment", "edition")]


def test_a_count_over_the_past_decade_sums_the_editions():
    assert _measured("Over the past decade, the fair has drawn more than 4,000 exhibitors.", 2031) == [
        (4000, "exhibitors", "cumulative")]


def test_a_bare_count_ending_its_sentence_counts_what_the_sentence_before_counted():
    assert _measured("In 2030 the fair drew 600 exhibitors. The 2031 fair, which opened on Friday, has 640.", 2031) == [
        (600, "exhibitors", "earlier"), (640, "exhibitors", "edition")]


def test_the_countrys_own_statistics_in_chinese_are_background_and_leave_the_exhibitors_whole():
    assert _measured("会上介绍，我国已建成智能工厂3万余家。本届大会参展企业586家。", 2031) == [
        (30000, "companies", "background"), (586, "exhibitors", "edition")]


def test_a_percentage_written_out_in_chinese_and_views_written_without_separators_are_figures():
    assert _measured("2031世界制造业大会签约项目604个，同比增长百分之四点三。", 2031) == [
        (604, "projects_signed", "edition"), (4.3, "projects signed growth", "edition")]
    assert _measured("Its livestreams drew 12000000 views.", 2031) == [(12e6, "views", "edition")]
    assert _measured("Posted 2031-09-19 | 1,284 views | 3 comments", 2031) == []


def test_a_count_the_event_has_reached_in_three_days_is_so_far_and_the_days_no_length():
    assert [(f.value, f.unit, f.qualifier) for f in extract_figures(
        "The fair has received 180,000 visitors in three days.", edition=2031)] == [(180000, "count", "at_least")]


def test_the_exhibitors_that_include_some_from_abroad_in_the_present_tense_count_the_overseas_ones():
    assert _measured("The 1,240 exhibitors include 186 from abroad.", 2031) == [
        (1240, "exhibitors", "edition"), (186, "overseas_exhibitors", "edition")]


def test_projects_funded_by_foreign_investors_and_the_investment_they_carry_are_the_foreign_ones():
    assert _measured("Among the projects, 61 were funded by foreign investors, with a combined investment of 9.6 "
                     "billion U.S. dollars.", 2031) == [(61, "foreign_projects", "edition"),
                                                        (9.6e9, "foreign_investment", "edition")]
    assert _measured("Foreign-funded projects numbered 61, carrying 9.6 billion U.S. dollars of investment.", 2031) == [
        (61, "foreign_projects", "edition"), (9.6e9, "foreign_investment", "edition")]


def test_an_increase_stated_a_clause_after_its_count_and_contracted_foreign_investment():
    assert _measured("This year 612 enterprises participated in the exhibition, an increase of 41 over the previous "
                     "session.", 2031)[-1] == (41, "exhibitors increase", "edition")
    assert _measured("It signed 604 projects, 61 of them foreign-funded with 9.6 billion U.S. dollars of contracted "
                     "foreign investment.", 2031)[-1] == (9.6e9, "foreign_investment", "edition")


def test_a_count_before_and_we_expect_is_reported_not_forecast():
    assert _measured("\"This year we have 1,240 exhibitors and we expect about 250,000 visitors,\" he said.", 2031) == [
        (1240, "exhibitors", "edition"), (250000, "visitors", "expected")]


def test_an_update_that_puts_the_final_number_at_a_value_and_a_chinese_pavilions_sentence():
    db = _stored("Nanjing conference closes",
                 ("2031-11-28", "The 2031 World Intelligent Manufacturing Conference closed with more than 60 projects "
                                "signed.\nUPDATE: Organizers later put the final number at 64."),
                 ("2031-11-29", "The 2031 World Intelligent Manufacturing Conference signed 64 projects."))
    # the update's 64 is the story's report of the count; the next day's 64 restates it
    assert [(r["value"], r["status"]) for r in db.query("select value, status from figures order by pub_key")] == [
        (60, "known"), (64, "new"), (64, "known")]
    assert _measured("2031世界制造业大会江苏馆展览面积8000平方米，集中展示120家企业。", 2031) == [
        (8000, "exhibition_area", "part"), (120, "companies", "part")]


def test_a_running_total_taken_past_a_mark_sums_the_editions():
    got = [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(
        "The fair closed with 612 projects signed, taking the total signed at the nine editions since 2018 past 5,000.",
        edition=2031)]
    assert got == [(612, "projects_signed", "edition", "exact"), (5000, "projects_signed", "cumulative", "more_than")]


def test_a_number_reached_with_more_signed_that_day_is_a_count_so_far():
    got = [(f.value, f.qualifier) for f in extract_figures(
        "With 17 more projects signed on Saturday, the number of deals at the fair reached 52.", edition=2031)]
    assert got[-1] == (52, "at_least")


def test_a_count_revised_up_to_a_value_is_that_value_of_the_count():
    got = [(f.value, f.metric, f.qualifier) for f in extract_figures(
        "Organizers have revised the number of signed projects up to 612.", edition=2031)]
    assert got == [(612, "projects_signed", "corrected")]


def test_a_batch_added_after_the_close_and_visitors_the_event_will_receive():
    assert _measured("2031世界智能制造大会会后又新增签约项目3个，签约项目总数增至64个。", 2031) == [
        (3, "projects_signed", "part"), (64, "projects_signed", "edition")]
    assert _measured("Organizers estimate that the fair will receive 250,000 visitors.", 2031) == [
        (250000, "visitors", "expected")]


def test_a_running_totals_share_at_a_session_named_by_its_year_is_that_editions_own():
    assert _measured("The fair has seen a total of 2,410 projects signed since 2016, including 58 at the 2031 "
                     "session in Nanjing.", 2031) == [
        (2410, "projects_signed", "cumulative"), (58, "projects_signed", "edition")]


def test_a_chinese_total_added_up_at_the_close_is_the_final_count():
    # 落幕 says the count is the whole run's, as 闭幕 does; the next outlet's other value is no refinement of it
    got = [(f.value, f.qualifier) for f in extract_figures("2031世界智能制造大会29日落幕，三天累计接待观众21万人次。", edition=2031)
           if f.metric == "visitors"]
    assert got == [(210000, "exact")]


def test_a_rate_in_a_with_clause_is_the_growth_of_the_noun_that_clause_names():
    assert _measured("The fair signed 612 projects, with investment up 4 percent on last year.", 2031) == [
        (612, "projects_signed", "edition"), (4, "investment growth", "edition")]
    assert _measured("The fair signed 612 projects, with the number of exhibitors down 2 percent.", 2031)[-1] == (
        2, "exhibitors decline", "edition")


def test_the_main_clause_after_a_clause_of_contrast_has_its_own_subject():
    # the forum in the while-clause makes its own figure a forum's, not the main clause's; and the main clause's
    # "so far" is this edition's count while it runs, though the while-clause says "held"
    assert _measured("While the main forum drew 1,200 guests, the fair has received 150,000 visitors.", 2031) == [
        (1200, "guests", "part"), (150000, "visitors", "edition")]
    got = [(f.value, f.scope, f.qualifier) for f in extract_figures(
        "While a robotics show held in Turin drew 900 visitors this month, the 2031 World Intelligent Manufacturing "
        "Conference has received 150,000 visitors so far.", edition=2031) if f.value == 150000]
    assert got == [(150000, "edition", "at_least")]


@pytest.mark.parametrize("text,expected", [
    # the measure the clause names before the verb, or the figure the clause follows, as in English
    ("大会签约金额同比增长6.4%。", [(6.4, "investment growth")]),
    ("参展企业612家，较上届增长5%。", [(612, "exhibitors"), (5, "exhibitors growth")]),
    # rates of several measures: the n-th is of the n-th measure before them
    ("签约项目612个，总投资5032亿元，同比分别增长2.1%和4.5%。",
     [(612, "projects_signed"), (5032e8, "investment"), (2.1, "projects signed growth"), (4.5, "investment growth")]),
])
def test_a_chinese_growth_rate_is_named_by_the_measure_that_grew(text, expected):
    assert [(f.value, f.metric) for f in extract_figures(text, edition=2031)] == [
        (pytest.approx(v), m) for v, m in expected]


def test_a_chinese_growth_rate_restated_rounder_or_more_precisely_in_english():
    story = [doc("2031-11-22", "2031世界智能制造大会签约金额增长8.2%",
                 "2031世界智能制造大会22日闭幕，签约金额612亿元，同比增长8.2%。"),
             doc("2031-11-25", "江苏智能制造观察", "刚刚闭幕的2031世界智能制造大会，签约金额同比增长8%。"),
             doc("2031-11-26", "Nanjing fair's deals grow",
                 "Deals signed at the 2031 World Intelligent Manufacturing Conference were worth 61.2 billion yuan, "
                 "and investment grew 8.4 percent year on year, according to a revised count.")]
    flags = _story_flags(story, [0, 1, 2])
    assert (flags[(1, 8, "percent")], flags[(2, 8.4, "percent")]) == ("known", "changed:conflict")


def test_another_days_count_with_its_noun_and_day_left_out():
    assert _measured("The fair received 85,000 visitors on its first day and 92,000 on the second.", 2031) == [
        (85000, "visitors", "part"), (92000, "visitors", "part")]


def test_one_measures_growth_has_one_name_however_it_is_written_and_in_either_language():
    story = [doc("2031-09-22", "2031世界制造业大会成果发布",
                 "2031世界制造业大会签约项目612个，同比增长2.1%；总投资5032亿元，同比增长4.5%。"),
             doc("2031-09-23", "Hefei fair posts gains",
                 "At the 2031 World Manufacturing Convention, the number of signed projects and total investment grew "
                 "2.1 percent and 4.5 percent, respectively."),
             doc("2031-09-24", "Hefei fair: deals up",
                 "Signed projects at the 2031 World Manufacturing Convention grew 2.1 percent, and the value of the "
                 "deals rose 4.6 percent, according to revised figures.")]
    flags = _story_flags(story, [0, 1, 2])
    assert [flags[(1, 2.1, "percent")], flags[(1, 4.5, "percent")], flags[(2, 2.1, "percent")],
            flags[(2, 4.6, "percent")]] == ["known", "known", "known", "changed:conflict"]


def test_an_amount_in_a_currency_not_measured_is_not_the_yuan_named_before_it():
    got = [(f.value, f.unit) for f in extract_figures(
        "Deals worth 640 billion yuan ($90 billion, or about 13 trillion yen) were signed at the fair.", edition=2031)]
    assert got == [(640e9, "CNY"), (90e9, "USD")]
    assert [(f.value, f.unit) for f in extract_figures("Of the 20 finalists, 5 won awards.", edition=2031)] == [
        (20, "count"), (5, "count")]


def test_a_share_after_the_whole_the_sentence_opens_with_is_of_that_whole():
    assert _measured("Of the 612 projects signed at the fair, 88.5 percent are in manufacturing.", 2031) == [
        (612, "projects_signed", "edition"), (88.5, "share of projects in manufacturing", "edition")]
    story = [doc("2031-09-24", "Fair deals", "Nearly 90 percent of the 612 projects signed at the 2031 World "
                 "Manufacturing Convention are in manufacturing."),
             doc("2031-09-26", "Fair deals, a closer look", "Of the 612 projects signed at the 2031 World "
                 "Manufacturing Convention, 88.5 percent are in manufacturing.")]
    assert _story_flags(story, [0, 1])[(1, 88.5, "percent")] == "changed:refined"


def test_rates_given_respectively_after_the_figures_they_are_rates_of():
    assert _measured("The fair signed 612 projects with a total investment of 503.2 billion yuan, up 2.1 percent and "
                     "4.5 percent respectively.", 2031) == [
        (612, "projects_signed", "edition"), (503.2e9, "investment", "edition"),
        (2.1, "projects signed growth", "edition"), (4.5, "investment growth", "edition")]


def test_a_count_said_to_be_signed_after_projects_registered_is_the_projects_signed():
    got = _measured("About 900 projects were registered for matchmaking at the fair, and 612 were signed.", 2031)
    assert got[-1] == (612, "projects_signed", "edition")


def test_the_share_of_foreign_funded_projects_is_the_editions_however_it_is_said():
    said = ["The fair signed 612 projects, and 64 were foreign-funded, accounting for 10.5 percent.",
            "其中外资项目64个，占比10.5%。",
            "Foreign-funded projects made up 10.5 percent of the 612 projects.",
            "The share of foreign-funded projects rose 1.1 percentage points to 10.5 percent."]
    assert {(f.metric, f.scope) for text in said for f in extract_figures(text, edition=2031) if f.value == 10.5} == {
        ("share of foreign-funded projects", "edition")}


@pytest.mark.parametrize("text", [
    "Up to Saturday noon, the fair had inked 58 deals.",
    "The tally of signed projects at the 2031 World Intelligent Manufacturing Conference stood at 58 on Friday night.",
    "The fair: 58 projects signed and counting.",
    "At the halfway mark, the fair had seen 58 projects signed.",
    "截止到20日中午，2031世界智能制造大会签约项目58个。",
])
def test_more_ways_of_saying_a_count_is_so_far(text):
    assert [(f.value, f.qualifier) for f in extract_figures(text, edition=2031)] == [(58, "at_least")]


@pytest.mark.parametrize("text", [
    "The fair is poised to attract 1,700 exhibitors.",
    "The fair is likely to bring together 1,700 exhibitors.",
    "The 2031 World Manufacturing Convention targets 1,700 exhibitors.",
])
def test_more_ways_of_saying_a_count_is_a_forecast(text):
    assert _measured(text, 2031) == [(1700, "exhibitors", "expected")]


def test_a_count_at_the_last_convention_is_an_earlier_editions():
    assert _measured("The fair signed 612 projects; 588 were signed at the last convention.", 2031) == [
        (612, "projects_signed", "edition"), (588, "projects_signed", "earlier")]


def test_a_chinese_plan_to_invite_is_a_forecast_and_last_editions_count_after_a_comparison_is_that_count():
    assert _measured("2031世界制造业大会计划邀请1500家企业参展。", 2031) == [(1500, "exhibitors", "expected")]
    assert _measured("2031世界制造业大会签约项目612个，多于上届的588个。", 2031) == [
        (612, "projects_signed", "edition"), (588, "projects_signed", "earlier")]


def test_a_chinese_count_up_to_the_close_is_final():
    got = [(f.value, f.qualifier) for f in extract_figures("截至29日大会闭幕，2031世界智能制造大会签约项目64个。", edition=2031)]
    assert got == [(64, "exact")]


def test_a_value_restated_with_a_scale_word_leaves_the_full_one_to_compare_with():
    story = [doc("2031-09-19", "Fair opens", "The 2031 World Manufacturing Convention opened with an exhibition area of "
                 "60,000 square meters."),
             doc("2031-09-20", "大会见闻", "2031世界制造业大会展览面积6万平方米。"),
             doc("2031-09-23", "Fair closes", "The 2031 World Manufacturing Convention's exhibition area was 62,000 "
                 "square meters, organizers said in a final report.")]
    flags = _story_flags(story, [0, 1, 2])
    assert (flags[(1, 60000, "m2")], flags[(2, 62000, "m2")]) == ("known", "changed:conflict")


@pytest.mark.parametrize("text", [
    "The fair saw a 4.5 percent increase in investment.",
    "The fair recorded an increase of 4.5 percent in total investment.",
    "Investment at the fair posted 4.5 percent growth.",
])
def test_a_growth_named_after_its_rate_or_by_the_subject_of_posted(text):
    assert _measured(text, 2031) == [(4.5, "investment growth", "edition")]


@pytest.mark.parametrize("text", [
    "Some 640 companies exhibited, 71 of them from outside the Chinese mainland.",
    "Some 640 companies exhibited, including 71 from outside mainland China.",
    "Some 640 companies exhibited, 71 of them from other countries and regions.",
])
def test_exhibitors_from_outside_the_mainland_are_the_overseas_exhibitors(text):
    assert _measured(text, 2031) == [(640, "exhibitors", "edition"), (71, "overseas_exhibitors", "edition")]


def test_people_there_in_person_are_no_online_audience_and_those_who_watched_the_stream_are():
    got = _measured("The 2031 World Intelligent Manufacturing Conference opened on Thursday. About 3,000 people took part "
                    "in the forums in person, while 1.4 million watched the livestream.", 2031)
    assert got == [(3000, "visitors", "edition"), (1.4e6, "visitors_online", "edition")]


def test_those_who_watched_the_opening_online_are_that_sessions_audience():
    got = _measured("The 2031 World Intelligent Manufacturing Conference opened on Thursday, and more than 900,000 "
                    "watched the opening online.", 2031)
    assert got == [(900000, "visitors_online", "part")]


@pytest.mark.parametrize("text", [
    "Exhibitors at the 2030 World Manufacturing Convention numbered 588; this year there were 612.",
    "Last year the convention had 588 exhibitors; this year it had 612.",
    "The convention had 588 exhibitors in 2030, and this year the number rose to 612.",
])
def test_this_years_count_after_an_earlier_years_is_this_editions(text):
    assert _measured(text, 2031) == [(588, "exhibitors", "earlier"), (612, "exhibitors", "edition")]


def test_an_article_that_names_only_last_years_edition_but_speaks_of_this_years_covers_this_year():
    from extract.analysis import analyse

    body = ("Compared with the 2030 World Manufacturing Convention, which signed 588 projects, this year's convention in "
            "Hefei signed 612.")
    found = analyse(article_from_document(doc("2031-09-24", "Hefei fair grows", body), name="x", fetched_at=NOW), EVENTS)
    assert found.attribution.edition == 2031
    assert [(f.value, f.scope) for f in found.figures] == [(588, "earlier"), (612, "edition")]


def test_a_share_of_them_is_a_share_of_what_the_sentence_counted_of_the_kind_it_names():
    said = ["The fair closed with 612 exhibitors, about 40 percent of them showing robots.",
            "Two-fifths of the 612 exhibitors at the fair are showing robots."]
    assert [_measured(text, 2031)[-1] if "percent" in text else _measured(text, 2031)[0] for text in said] == [
        (40, "share of exhibitors showing robots", "edition"), (40, "share of exhibitors showing robots", "edition")]
    # (a hall's share stays the hall's, and where they come from is a kind of its own)
    assert _measured("Hall 5 hosts 90 companies, 30 percent of them robot makers.", 2031)[-1][2] == "part"
    assert _measured("Of the 612 exhibitors, about 12 percent came from abroad.", 2031)[-1] == (
        12, "share of overseas exhibitors", "edition")


@pytest.mark.parametrize("text,earlier", [
    ("The fair has 612 exhibitors, nearly double the 310 at its first edition.", 310),
    ("The fair signed 640 projects, three times the 213 signed in 2020.", 213),
])
def test_the_value_a_multiple_is_of_is_an_earlier_editions_of_the_same_measure(text, earlier):
    got = _measured(text, 2031)
    assert got[1:] == [(earlier, got[0][1], "earlier")] and got[0][2] == "edition"


@pytest.mark.parametrize("text", [
    "The fair closed with 58 projects signed. \"We had hoped for 60,\" an organizer said.",
    "The fair signed 58 projects, short of the 60 organizers had hoped for.",
])
def test_a_count_hoped_for_is_a_forecast_of_the_count_before_it(text):
    from extract.metrics import OTHER_NAME

    (signed, metric, scope), (hoped, hoped_metric, hoped_scope) = _measured(text, 2031)
    # (the projects, under either of the names the ledger reads as one measure)
    assert (signed, metric, hoped, hoped_scope) == (58, "projects_signed", 60, "expected")
    assert hoped_metric in (metric, OTHER_NAME[metric])


def test_the_share_of_overseas_exhibitors_is_one_measure_of_the_edition_however_it_is_said():
    said = ["Of the 640 exhibitors, about 21 percent came from abroad.",
            "The fair closed with 640 exhibitors, about 21 percent of them from outside China.",
            "Overseas exhibitors accounted for 21 percent of the total.",
            "About 21 percent of the exhibitors are foreign companies.",
            "The fair has 640 exhibitors, 134 of them from abroad, accounting for 21 percent.",
            "2031世界制造业大会参展企业640家，其中境外企业占比21%。"]
    assert {(f.metric, f.scope) for text in said for f in extract_figures(text, edition=2031) if f.value == 21} == {
        ("share of overseas exhibitors", "edition")}


def test_a_chinese_count_of_those_there_in_person_is_no_online_count_after_an_online_one():
    got = _measured("2031世界智能制造大会期间，线上观看总人次达520万，线下参会人数1.8万人次。", 2031)
    assert [metric for _, metric, _ in got] == ["visitors_online", "visitors"]


def test_a_count_a_day_after_or_is_the_same_count_per_day():
    got = _measured("The fair received 212,000 visits over four days, or more than 50,000 a day.", 2031)
    assert got[-1] == (50000, "visitors", "part")


def test_a_count_already_reached_before_a_forecast_joined_by_and_is_no_forecast():
    got = _measured("The fair has attracted over 700 exhibitors and is expected to receive 90,000 visitors.", 2031)
    assert [scope for _, _, scope in got] == ["edition", "expected"]


def test_a_total_since_the_series_began_in_a_year_is_cumulative_and_a_record_since_then_is_not():
    got = _measured("The fair has signed 2,140 projects since it began in 2018, including 58 at the 2031 edition.", 2031)
    assert [scope for _, _, scope in got] == ["cumulative", "edition"]
    got = _measured("The 2031 fair is the largest since the event began in 2018, with 640 exhibitors.", 2031)
    assert got == [(640, "exhibitors", "edition")]
    # (a time in the week is the edition's own)
    got = _measured("The 2031 fair has received 180,000 visitors since it began on Thursday.", 2031)
    assert got == [(180000, "visitors", "edition")]


def test_the_main_venues_signings_are_one_venues():
    got = _measured("The Wuhu sub-venue signed 21 projects on Saturday, while the main venue in Hefei had signed 540 "
                    "projects by Saturday evening.", 2031)
    assert [scope for _, _, scope in got] == ["part", "part"]


@pytest.mark.parametrize("text", [
    "The 2030 World Manufacturing Convention signed 588 projects. This year's convention in Hefei did better, with 612.",
    "The 2030 World Manufacturing Convention signed 588 projects. This year there were 612.",
    "Unlike the 2030 World Manufacturing Convention, which signed 588 projects, this year's edition in Hefei signed 612.",
    "2030世界制造业大会签约项目588个；今年的大会签约项目达612个。",
])
def test_this_years_count_beside_a_named_earlier_editions_is_this_years(text):
    got = _measured(text, 2031)
    assert [(value, scope) for value, _, scope in got] == [(588, "earlier"), (612, "edition")]
    assert got[1][1] in ("projects_signed", "projects")


def test_a_chinese_comparison_that_opens_the_sentence_dates_only_itself():
    assert _measured("与2030世界制造业大会相比，本届大会签约项目612个。", 2031) == [(612, "projects_signed", "edition")]


def test_this_years_with_the_events_full_name_makes_an_article_this_years():
    from extract.analysis import analyse

    body = ("At this year's World Manufacturing Convention in Hefei, 612 projects were signed, up from 588 at the 2030 "
            "World Manufacturing Convention.")
    found = analyse(article_from_document(doc("2031-09-24", "Hefei fair grows", body), name="x", fetched_at=NOW), EVENTS)
    assert found.attribution.edition == 2031


def test_a_table_copied_from_a_page_with_its_cells_apart_by_tabs_is_read_as_one_with_bars():
    zh = "2031世界智能制造大会主要成果\n指标\t数值\n参展企业（家）\t612\n签约总额（亿元）\t356\n举办论坛（场）\t15"
    assert [(f.value, f.unit, f.metric) for f in extract_figures(zh, edition=2031)] == [
        (612, "count", "exhibitors"), (35.6e9, "CNY", "contract_value"), (15, "count", "forums")]
    en = "Results\nMeasure\t2030\t2031\nExhibitors\t588\t612\nInvestment (billion yuan)\t301.5\t356.2"
    assert _measured(en, 2031) == [(588, "exhibitors", "earlier"), (612, "exhibitors", "edition"),
                                   (301.5e9, "investment", "earlier"), (356.2e9, "investment", "edition")]


def test_overseas_ones_after_a_comma_and_an_amount_in_brackets_after_the_projects():
    assert _measured("The fair hosted 612 exhibitors, 96 from overseas.", 2031) == [
        (612, "exhibitors", "edition"), (96, "overseas_exhibitors", "edition")]
    assert _measured("The fair signed 58 projects (CNY35.6bn).", 2031) == [
        (58, "projects_signed", "edition"), (35.6e9, "contract_value", "edition")]


def test_rates_from_the_previous_edition_are_this_editions():
    got = _measured("The fair signed 612 projects with total investment of 356 billion yuan, up 4.1 percent and 9.8 percent "
                    "respectively from the previous edition.", 2031)
    assert [(value, scope) for value, _, scope in got if value < 100] == [(4.1, "edition"), (9.8, "edition")]


def test_a_chinese_sentence_about_one_day_said_first_is_that_days_but_its_standing_counts_are_the_editions():
    got = _measured("2031世界智能制造大会第二天接待观众3.6万人次，新签约项目18个。", 2031)
    assert [scope for _, _, scope in got] == ["part", "part"]
    got = _measured("2031世界制造业大会开幕首日，入场观众达8.1万人次，展商1100余家。", 2031)
    assert [(metric, scope) for _, metric, scope in got] == [("visitors", "part"), ("exhibitors", "edition")]


def test_a_forecast_to_pass_a_number_in_a_later_sentence_is_of_the_count_before():
    got = _measured("By Saturday noon, 410 projects had been signed. The largest will employ 2,000 people. \"We expect to "
                    "pass 600 by the close,\" an organizer said.", 2031)
    assert got[-1][0] == 600 and got[-1][2] == "expected" and got[-1][1] in ("projects", "projects_signed")


def test_visitors_on_one_weekday_and_the_next_are_each_that_days():
    got = _measured("The fair drew 61,000 visitors on Saturday and 66,000 on Sunday.", 2031)
    assert got == [(61000, "visitors", "part"), (66000, "visitors", "part")]


def test_the_projects_signed_out_of_those_on_offer_are_the_editions_signings():
    got = _measured("Of the 800 projects on offer at the fair, 612 were signed.", 2031)
    assert got == [(800, "projects registered", "edition"), (612, "projects_signed", "edition")]


def test_this_edition_in_chinese_alone_is_the_edition_the_article_names_whatever_its_date():
    from extract.analysis import analyse

    body = "2030世界制造业大会签约项目一年来加快落地。本届大会签约项目588个，目前已开工412个。"
    found = analyse(article_from_document(doc("2031-06-10", "大会项目落地", body), name="x", fetched_at=NOW), EVENTS)
    assert found.attribution.edition == 2030


def test_one_editions_count_in_the_chinese_sentence_after_the_series_total_is_that_editions():
    got = _measured("自2018年以来，大会累计签约项目6120个。其中，2031世界制造业大会签约项目655个。", 2031)
    assert got == [(6120, "projects_signed", "cumulative"), (655, "projects_signed", "edition")]
    got = _measured("大会累计签约项目6120个。其中，制造业项目4300个。", 2031)
    assert [scope for _, _, scope in got] == ["edition", "part"]  # (no series: some of the projects)


@pytest.mark.parametrize("text", [
    "The fair signed 340 projects in the six years to 2031, and 71 this year.",
    "The fair has signed 340 projects since 2026, and 71 this year."])
def test_this_years_count_after_a_total_over_years_keeps_its_noun_and_is_the_editions(text):
    assert _measured(text, 2031) == [(340, "projects_signed", "cumulative"), (71, "projects_signed", "edition")]


def test_a_count_signed_by_a_day_without_its_noun_is_the_projects_signed_so_far():
    got = [(f.value, f.metric, f.qualifier) for f in extract_figures(
        "The fair closed with 74 projects signed. It had signed 52 by Thursday evening.", edition=2031)]
    assert got == [(74, "projects_signed", "exact"), (52, "projects_signed", "at_least")]


def test_a_companys_own_total_since_a_year_starts_no_running_total_of_the_event():
    got = _measured("Her company has shipped 4,500 inspection drones since 2027. The fair has drawn 712 exhibitors.", 2031)
    assert got == [(4500, got[0][1], "background"), (712, "exhibitors", "edition")]


@pytest.mark.parametrize("note", [
    "This story has been updated to correct the number of exhibitors, which is 1,260, not 126.",
    "This story was changed to correct the number of exhibitors to 1,260 from 126."])
def test_a_note_correcting_a_count_tenfold_is_a_change_of_it(note):
    flags = _statuses(doc("2031-09-20", "Fair closes", "The 2031 World Manufacturing Convention had 126 exhibitors."),
                      doc("2031-09-21", "Fair closes", f"{note}\nThe 2031 World Manufacturing Convention had 1,260 "
                          "exhibitors."))
    assert [(value, status) for value, status, _ in flags] == [(126, "new"), (1260, "changed"), (1260, "known")]


def test_an_area_in_whole_hectares_is_refined_by_a_precise_area_it_rounds():
    flags = _statuses(doc("2031-09-18", "Fair opens", "The 2031 World Manufacturing Convention opened with 8 hectares of "
                          "exhibition space."),
                      doc("2031-09-21", "Fair closes", "The 2031 World Manufacturing Convention filled 81,500 square "
                          "meters of exhibition space."))
    assert flags == [(80000, "new", ""), (81500, "changed", "refined")]


def test_a_planned_count_without_its_noun_counts_what_the_sentence_before_counted():
    got = _measured("In 2016 the summit drew some 150 exhibitors. The 2031 conference, which opens on Friday, will host "
                    "about 540.", 2031)
    assert got[-1] == (540, "exhibitors", "edition")


def test_signings_without_their_noun_before_another_verb_are_projects_signed():
    got = _measured("The fair signed 58 and drew 431 exhibitors.", 2031)
    assert got == [(58, "projects_signed", "edition"), (431, "exhibitors", "edition")]


def test_the_views_of_the_opening_ceremony_are_a_part_so_the_whole_events_views_are_new():
    flags = _statuses(doc("2031-09-18", "Fair opens", "The opening ceremony of the 2031 World Manufacturing Convention "
                          "was watched 4.2 million times online."),
                      doc("2031-09-21", "Fair closes", "Livestreams of the 2031 World Manufacturing Convention were "
                          "watched 19 million times."))
    assert [status for _, status, _ in flags] == ["new", "new"]


@pytest.mark.parametrize("text", [
    "Of the 640 projects signed at the 2031 World Manufacturing Convention, 571 are manufacturing projects, accounting "
    "for 89.2 percent.",
    "Manufacturing projects made up 89.2 percent of the 640 deals signed at the 2031 World Manufacturing Convention.",
    "Of the 640 projects signed at the 2031 World Manufacturing Convention, 89.2 percent are manufacturing projects.",
    "2031世界制造业大会签约项目640个，其中制造业项目571个，占比89.2%。"])
def test_the_share_of_projects_in_manufacturing_is_one_measure_of_the_edition(text):
    shares = [(metric, scope) for value, metric, scope in _measured(text, 2031) if value == 89.2]
    assert shares == [("share of projects in manufacturing", "edition")]


def test_the_foreign_funded_share_rising_to_a_rate_is_the_share_of_foreign_funded_projects():
    got = _measured("The fair signed 640 projects, 71 of them foreign-funded, with the foreign-funded share rising to "
                    "11.1 percent.", 2031)
    assert got[-1] == (11.1, "share of foreign-funded projects", "edition")


def test_academicians_among_the_guests_of_the_opening_in_chinese_are_at_least_the_editions():
    flags = _statuses(doc("2031-09-18", "院士齐聚", "出席2031世界制造业大会开幕式的嘉宾中，有两院院士18位。"),
                      doc("2031-09-21", "大会闭幕", "2031世界制造业大会期间，共有23位两院院士参会。"))
    assert flags == [(18, "new", ""), (23, "changed", "refined")]


def test_an_area_with_the_square_metre_sign_is_read():
    assert _measured("The exhibition covers 48,000 ㎡.", 2031) == [(48000, "exhibition_area", "edition")]


def test_a_count_in_a_clause_of_its_own_after_a_forecast_is_no_forecast():
    got = _measured("The fair opened on Friday; about 70 projects are expected to be signed and 540 exhibitors are "
                    "taking part.", 2031)
    assert got == [(70, "projects_signed", "expected"), (540, "exhibitors", "edition")]


def test_the_host_citys_signings_at_the_event_are_a_part_of_them():
    assert _measured("Hefei signed 210 projects at the 2031 World Manufacturing Convention, the city said.", 2031) == [
        (210, "projects_signed", "part")]
    assert _measured("Hefei signed 640 projects worth 510 billion yuan.", 2031)[0] == (640, "projects_signed", "edition")


def test_a_second_part_in_a_place_without_its_noun_is_another_part_of_the_same_count():
    got = _measured("The fair signed 88 projects, 57 of them in Hefei and 31 elsewhere in Anhui.", 2031)
    assert got == [(88, "projects_signed", "edition"), (57, "projects_signed", "part"), (31, "projects_signed", "part")]


def test_one_in_n_that_came_from_abroad_is_the_share_of_overseas_exhibitors():
    got = _measured("The fair hosted 930 exhibitors, and one in five came from overseas.", 2031)
    assert got == [(930, "exhibitors", "edition"), (20, "share of overseas exhibitors", "edition")]


def test_people_who_visited_the_halls_are_visitors():
    got = _measured("Some 2.1 million people watched the fair online, and 88,000 visited the halls in person.", 2031)
    assert got[-1] == (88000, "visitors", "edition")


def test_chinese_foreign_funded_projects_in_round_words_are_the_foreign_funded_ones():
    got = _measured("2031世界制造业大会签约外资项目超百个，投资额超千亿元。", 2031)
    assert got == [(100, "foreign_projects", "edition"), (100e9, "foreign_investment", "edition")]


def test_what_one_chinese_zone_shows_is_that_zones():
    got = _measured("2031世界智能制造大会工业软件专区面积3000平方米，28家企业集中亮相，展出产品150余件。", 2031)
    assert [scope for _, _, scope in got] == ["part", "part", "part"]
    got = _measured("大会设置8个展馆，展出产品2000余件。", 2031)
    assert got[-1] == (2000, "products", "edition")


def test_an_article_naming_this_years_edition_without_the_full_name_is_this_years_whatever_history_it_tells():
    from extract.analysis import analyse

    body = ("At the third World Manufacturing Convention in 2020, 533 projects were signed. The 2031 convention opens "
            "in Hefei on Friday.")
    found = analyse(article_from_document(doc("2031-09-15", "Convention history", body), name="x", fetched_at=NOW), EVENTS)
    assert found.attribution.edition == 2031


def test_some_of_the_events_exhibitors_doing_something_are_a_part_of_them():
    got = _measured("Among the fair's 1,240 exhibitors, 206 work in robotics, organizers said.", 2031)
    assert got == [(1240, "exhibitors", "edition"), (206, "exhibitors", "part")]


def test_what_a_chinese_event_released_on_a_date_is_that_days():
    got = _measured("2031世界制造业大会21日发布重大成果24项，举办专题论坛9场。", 2031)
    assert [scope for _, _, scope in got] == ["part", "part"]
    got = _measured("2031世界制造业大会23日发布数据：共签约项目655个。", 2031)
    assert got == [(655, "projects_signed", "edition")]


def test_a_count_by_evening_is_a_count_so_far():
    got = [(f.value, f.qualifier) for f in extract_figures(
        "The fair opened on Friday. By evening, 318 projects had been signed.", edition=2031)]
    assert got == [(318, "at_least")]


def test_fortune_companies_after_a_list_of_people_are_no_part_of_the_people():
    got = _measured("Some 80 experts, including 12 academicians, and heads of 15 Fortune Global 500 companies will "
                    "attend the fair.", 2031)
    assert got[-1] == (15, "fortune500", "edition")


def test_a_chinese_area_the_event_will_reach_is_its_plan_and_refined_by_the_close():
    flags = _statuses(doc("2031-09-10", "展览面积扩大", "2031世界制造业大会展览面积将达9万平方米。"),
                      doc("2031-09-21", "大会闭幕", "2031世界制造业大会展览面积9.3万平方米。"))
    assert flags == [(90000, "new", ""), (93000, "changed", "refined")]


def test_a_count_in_brackets_after_the_number_of_what_it_counts_is_read():
    got = _measured("The number of deals signed at the 2031 fair (640) was a record, and the exhibitor count (1,120) "
                    "was its highest.", 2031)
    assert got == [(640, "projects_signed", "edition"), (1120, "exhibitors", "edition")]


def test_a_rough_difference_after_an_area_is_the_areas_increase():
    got = _measured("The halls will cover 48,000 square meters, about 2,000 more than in 2030.", 2031)
    assert got == [(48000, "exhibition_area", "edition"), (2000, "exhibition area increase", "edition")]


def test_some_of_its_signed_projects_and_a_rate_of_them_are_read():
    got = _measured("A year on, 488 of its 640 signed projects have broken ground, a construction rate of 76.3 percent.",
                    2031)
    assert got == [(488, "projects_signed", "part"), (640, "projects_signed", "edition"), (76.3, "construction rate", "edition")]


def test_what_the_foreign_funded_projects_involve_is_their_investment():
    got = _measured("Foreign-funded projects at the 2031 World Manufacturing Convention involve $9.6 billion.", 2031)
    assert got == [(9.6e9, "foreign_investment", "edition")]


def test_what_organizers_now_put_a_count_at_is_read():
    got = _measured("Organizers now put visits to the 2031 World Manufacturing Convention at 184,600.", 2031)
    assert got == [(184600, "visitors", "edition")]


def test_a_chinese_count_so_far_that_a_scaled_value_rounds_refines_it():
    flags = _statuses(doc("2031-09-21", "大会闭幕", "2031世界制造业大会共接待观众18万人次。"),
                      doc("2031-09-23", "观众人数", "2031世界制造业大会累计接待观众18.46万人次。"))
    assert flags == [(180000, "new", ""), (184600, "changed", "refined")]


def test_a_rough_growth_rate_then_the_count_it_came_to_and_a_precise_rate():
    got = _measured("Projects signed at the 2031 World Manufacturing Convention rose about 3 percent from last year, "
                    "to 640.", 2031)
    assert got == [(3, "projects signed growth", "edition"), (640, "projects_signed", "edition")]
    flags = _statuses(doc("2031-09-21", "Fair closes", "Projects signed at the 2031 World Manufacturing Convention rose "
                          "about 3 percent from last year, to 640."),
                      doc("2031-09-22", "Fair growth", "The number of projects signed at the 2031 World Manufacturing "
                          "Convention grew 3.4 percent year on year."))
    assert flags[-1] == (3.4, "changed", "refined")


def test_a_chinese_edition_named_by_a_long_ordinal_is_no_series():
    assert _measured("第二十五届世界制造业大会18日在合肥开幕，1500余家企业参展。", 2042) == [(1500, "exhibitors", "edition")]
    assert _measured("大会已举办二十五届，累计签约项目1.5万余个。", 2042)[0][2] == "cumulative"


def test_a_chinese_trillion_written_with_its_scale_alone_is_read():
    assert _measured("2031世界制造业大会总投资逾万亿元。", 2031) == [(1e12, "investment", "edition")]


def test_a_chinese_overseas_share_after_the_events_name_and_its_rise_in_points():
    got = _measured("2031世界智能制造大会境外参展企业占比达18.4%，较上届提高2.1个百分点。", 2031)
    assert got == [(18.4, "share of overseas exhibitors", "edition"),
                   (2.1, "share of overseas exhibitors growth", "edition")]


def test_a_rate_more_of_a_count_than_last_year_and_the_count_it_grew_from():
    assert _measured("The fair drew 9 percent more exhibitors than last year.", 2031) == [(9, "exhibitors growth", "edition")]
    got = _measured("The fair closed with 1,240 exhibitors, up 9 percent from 1,138.", 2031)
    assert got == [(1240, "exhibitors", "edition"), (9, "exhibitors growth", "edition"), (1138, "exhibitors", "earlier")]


def test_a_count_ten_times_another_names_the_other_too():
    got = _measured("The fair signed 700 projects, nearly ten times the 72 signed at its first edition in 2018.", 2031)
    assert got == [(700, "projects_signed", "edition"), (72, "projects_signed", "earlier")]


def test_a_count_given_back_after_an_earlier_version_gave_it_is_a_correction():
    flags = _statuses(doc("2031-12-05", "Fair closes", "The 2031 World Intelligent Manufacturing Conference drew 9,400 "
                          "visitors."),
                      doc("2031-12-06", "Fair closes", "An earlier version of this article gave the number of visitors "
                          "as 9,400. It was 94,000.\nThe 2031 World Intelligent Manufacturing Conference drew 94,000 "
                          "visitors."))
    assert [(value, status) for value, status, _ in flags] == [(9400, "new"), (94000, "changed"), (94000, "known")]


def test_chinese_new_signings_on_a_day_are_that_days():
    got = _measured("截至当日17时，大会累计接待观众9.8万人次，新签约项目206个。", 2031)
    assert got[-1] == (206, "projects_signed", "part")
    got = _measured("大会19日闭幕，新签约项目206个。", 2031)
    assert got[-1][2] != "part"


def test_last_years_count_between_commas_keeps_the_count_before_it():
    got = _measured("The fair hosted 1,240 exhibitors, up from 1,138, and 96,000 visitors.", 2031)
    assert got == [(1240, "exhibitors", "edition"), (1138, "exhibitors", "earlier"), (96000, "visitors", "edition")]


def test_an_english_source_line_with_its_time_orders_reports_of_one_day():
    # the English report came out in the evening, the Chinese one in the afternoon: the English one restates it
    english = doc("2031-12-05", "Fair closes", "Source: Xinhua| 2031-12-05 20:40:11\n\nThe 2031 World Intelligent "
                  "Manufacturing Conference closed in Nanjing with about 90,000 visitors.")
    chinese = doc("2031-12-05", "大会闭幕", "来源：新华网 2031-12-05 15:02\n\n2031世界智能制造大会闭幕，接待观众8.7万人次。")
    for order in ((english, chinese), (chinese, english)):
        flags = _statuses(*order)
        assert sorted(flags) == [(87000, "new", ""), (90000, "known", "")]


def test_about_one_in_six_restates_a_share_it_rounds():
    flags = _statuses(doc("2031-09-20", "Fair closes", "Overseas exhibitors made up 16 percent of the 1,240 at the 2031 "
                          "World Manufacturing Convention."),
                      doc("2031-09-21", "Fair closes", "About one in six exhibitors at the 2031 World Manufacturing "
                          "Convention came from outside China."))
    assert [status for value, status, _ in flags if value < 100] == ["new", "known"]


def test_another_count_of_the_projects_already_in_production():
    got = _measured("Of the 640 projects signed at the fair, 402 have started construction and 131 are already in "
                    "production.", 2031)
    assert [(value, metric, scope) for value, metric, scope in got] == [
        (640, "projects_signed", "edition"), (402, "projects_signed", "part"), (131, "projects_signed", "part")]


def test_a_count_set_off_by_commas_after_what_it_counts():
    assert _measured("The fair was smaller, but its exhibitors, 520, were more specialized.", 2031) == [
        (520, "exhibitors", "edition")]
    assert _measured("The convention's visitors, 96,000, were fewer than last year's.", 2031) == [
        (96000, "visitors", "edition")]


def test_chinese_values_after_fenbie_follow_nouns_that_share_a_phrase():
    got = _measured("2031世界制造业大会签约项目数量和总投资均创历届新高，分别达到640个和5120亿元。", 2031)
    assert got == [(640, "projects_signed", "edition"), (512e9, "investment", "edition")]


def test_signings_at_the_ceremony_an_earlier_line_named_the_opening_are_the_openings():
    got = _measured("09:30 The opening ceremony of the 2031 World Manufacturing Convention starts in Hefei.\n"
                    "10:45 At the ceremony, 318 projects have been signed.", 2031)
    assert got == [(318, "projects_signed", "opening")]
    got = _measured("The closing ceremony was held on Sunday. At the ceremony, organizers said 640 projects had been "
                    "signed.", 2031)
    assert got == [(640, "projects_signed", "edition")]


def test_a_chinese_count_with_its_scale_and_no_verb_after_its_noun_is_read():
    got = _measured("大会共接待观众21.6万人次，线上观看人次2850万。", 2031)
    assert got == [(216000, "visitors", "edition"), (28.5e6, "visitors_online", "edition")]


def test_the_count_before_its_noun_left_out_after_a_semicolon_and_the_largest_of_the_halls():
    got = _measured("The fair fills nine halls. The largest, given over to robots, covers 18,000 square meters and "
                    "holds 120 exhibitors; the battery hall has 64.", 2031)
    assert got == [(9, "exhibition_zones", "edition"), (18000, "exhibition_area", "part"), (120, "exhibitors", "part"),
                   (64, "exhibitors", "part")]


def test_a_chinese_noun_of_its_own_loses_the_place_and_the_time_around_it():
    got = _measured("合肥市工业机器人产量今年上半年达到3.1万套。安徽新能源汽车产量达到52.4万辆。", 2031)
    assert [metric for _, metric, _ in got] == ["工业机器人产量", "新能源汽车产量"]


def test_a_speakers_own_figures_in_a_chinese_quotation_are_background():
    got = _measured("“五年前，我们公司只有120多名员工，现在已经超过900人。”一位企业负责人说。2031世界制造业大会参展企业1240家。", 2031)
    assert [(value, scope) for value, _, scope in got] == [(120, "background"), (900, "background"),
                                                           (1240, "edition")]
    assert got[1][1] == "people"  # ("现在已经" names nothing)


def test_a_price_and_a_firms_spending_are_no_figures_of_the_event():
    got = _measured("He pointed to a painting robot that sells for about 450,000 yuan. A Wuxi bearing maker, which "
                    "spent 25 million yuan on new lines, exhibits at the 2031 World Manufacturing Convention.", 2031)
    assert got == [(450000, "price", "background"), (25e6, "company spending", "background")]


def _filed(*texts: str):
    """A database holding the articles, stored in turn as a crawl stores them."""
    db = open_db(memory=True)
    for i, text in enumerate(texts):
        store_article(db, article_from_document(text, name=f"r{i}", fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    return db


def test_a_named_forum_elsewhere_is_another_shows_though_it_shares_the_events_words():
    db = _filed(doc(
        "2031-09-25", "Manufacturing meetings", "The World Manufacturing Forum in Cernobbio, Italy, drew 900 "
        "participants this month. In China, the 2031 World Manufacturing Convention in Hefei attracted 1,240 "
        "exhibitors."))
    got = {r["value"]: r["scope"] for r in db.query("select value, scope from figures")}
    assert got == {900: "elsewhere", 1240: "edition"}


def test_a_machines_rate_and_a_companys_revenue_are_no_figures_of_the_event():
    got = _measured("The new press stamps 900 panels per hour. Its maker reported revenue of RMB 2.4 billion in 2030 "
                    "and exhibits at the 2031 World Manufacturing Convention.", 2031)
    assert got == [(900, "panels", "background"), (2.4e9, "revenue", "background")]


def test_a_rate_from_a_year_earlier_is_this_editions_growth():
    assert _measured("Projects signed at the 2031 World Manufacturing Convention rose 4.5 percent from a year earlier.",
                     2031) == [(4.5, "projects signed growth", "edition")]


def test_chinese_projects_still_to_be_signed_after_their_count_are_a_forecast():
    assert _measured("2031世界制造业大会筹备就绪，三百多个项目拟集中签约。", 2031) == [(300, "projects_signed", "expected")]
    assert _measured("2031世界制造业大会将有300多个项目集中签约。", 2031) == [(300, "projects_signed", "expected")]
    assert _measured("开幕式上，300多个项目集中签约。", 2031) == [(300, "projects_signed", "opening")]


def test_projects_registered_for_matchmaking_are_not_signed_whatever_else_the_sentence_signs():
    got = _measured("Some 900 projects have registered for matchmaking at the fair, and organizers expect more than 600 "
                    "of them to be signed.", 2031)
    assert got[0] == (900, "projects", "edition")


def test_orders_taken_beside_signed_deals_are_orders():
    got = _measured("Projects worth 480 billion yuan were signed at the 2031 World Manufacturing Convention, and "
                    "exhibitors took orders worth 3.2 billion yuan.", 2031)
    assert got == [(480e9, "contract_value", "edition"), (3.2e9, "orders", "edition")]
    flags = _statuses(doc("2031-09-21", "Fair orders", "Projects worth 480 billion yuan were signed at the 2031 World "
                          "Manufacturing Convention, and exhibitors took orders worth 3.2 billion yuan."),
                      doc("2031-09-22", "Fair orders", "Exhibitors at the 2031 World Manufacturing Convention took orders "
                          "worth 3.5 billion yuan, according to final figures."))
    assert flags[-1] == (3.5e9, "changed", "conflict")


def test_the_last_few_conventions_sum_up_and_this_years_count_among_them_is_the_editions():
    got = _measured("Including the 640 signed this year, the last four World Manufacturing Conventions have signed "
                    "2,480 projects.", 2031)
    assert got == [(640, "projects_signed", "edition"), (2480, "projects_signed", "cumulative")]


def test_a_chinese_sentence_of_both_events_files_each_clause_under_the_event_named_before_it():
    db = _filed(doc(
        "2031-12-05", "两大盛会接连举办", "继9月的2031世界制造业大会签约项目640个之后，12月4日闭幕的2031世界智能制造大会签约项目"
        "72个，总投资512亿元。"))
    got = [(r["value"], r["event"], r["metric"]) for r in db.query("select * from figures order by start")]
    assert got == [(640, "wmc", "projects_signed"), (72, "wimc", "projects_signed"), (51.2e9, "wimc", "investment")]


def test_two_events_named_together_then_their_values_in_turn():
    db = _filed(doc(
        "2031-12-08", "两大盛会成果", "今年，2031世界智能制造大会和2031世界制造业大会分别签约项目72个和640个。"))
    got = [(r["value"], r["event"], r["metric"]) for r in db.query("select * from figures order by start")]
    assert got == [(72, "wimc", "projects_signed"), (640, "wmc", "projects_signed")]


def test_two_events_named_together_then_their_values_respectively():
    db = _filed(doc(
        "2031-12-10", "Two events in review", "This year's World Manufacturing Convention in Hefei and World Intelligent "
        "Manufacturing Conference in Nanjing signed 640 and 72 projects respectively."))
    got = [(r["value"], r["event"]) for r in db.query("select * from figures order by start")]
    assert got == [(640, "wmc"), (72, "wimc")]


def test_a_small_count_in_words_in_a_headline_is_the_storys_angle():
    db = _filed(doc(
        "2031-09-22", "Two manufacturing events, three forums to watch", "The 2031 World Manufacturing Convention in "
        "Hefei signed 640 projects."))
    assert [r["value"] for r in db.query("select value from figures")] == [640]


def test_a_share_in_words_is_named_by_its_subject_as_one_in_digits_is():
    got = _measured("Foreign companies made up nearly a fifth of the 640 exhibitors at the fair.", 2031)
    assert got == [(20, "share of overseas exhibitors", "edition"), (640, "exhibitors", "edition")]


def test_a_key_figure_labelled_with_the_events_name():
    got = _measured("Projects signed at the 2031 World Intelligent Manufacturing Conference: 72 (up 4.3 percent).", 2031)
    assert got == [(72, "projects_signed", "edition"), (4.3, "projects signed growth", "edition")]


def test_an_aggregators_quote_strip_is_no_figure():
    db = _filed(doc("2031-12-03", "Nanjing conference concludes", "The 2031 World Intelligent Manufacturing Conference "
                    "concluded in Nanjing with 72 projects signed.\n\nTrending tickers\nNVDA +2.1%\nAAPL -0.4%"))
    assert [r["value"] for r in db.query("select value from figures")] == [72]


def test_a_count_expected_then_and_another_planned():
    got = _measured("The fair will be held in Hefei, with more than 1,200 exhibitors expected and about 20 forums "
                    "planned.", 2031)
    assert [(value, scope) for value, _, scope in got] == [(1200, "expected"), (20, "edition")]


def test_an_update_of_the_days_story_comes_after_it_and_its_number_is_no_figure():
    first = doc("2031-09-21", "Fair closes with 640 projects", "HEFEI, Sept. 21 (Xinhua) -- The 2031 World "
                "Manufacturing Convention closed on Sunday with 640 projects signed.")
    update = doc("2031-09-21", "UPDATE 1-Fair closes with 652 projects", "(Updates number of projects with final count)"
                 "\n\nHEFEI, Sept. 21 (Xinhua) -- The 2031 World Manufacturing Convention closed on Sunday with 652 "
                 "projects signed.")
    for order in ((first, update), (update, first)):
        assert sorted(_statuses(*order)) == [(640, "new", ""), (652, "changed", "conflict")]


def test_chinese_signings_of_the_opening_ceremony_without_a_place_word():
    assert _measured("2031世界制造业大会18日开幕，开幕式签约项目总投资3120亿元。", 2031) == [(312e9, "investment", "opening")]


def test_chinese_foreign_projects_investment_past_where_they_come_from():
    got = _measured("2031世界制造业大会签约外资项目58个，来自德国、日本等17个国家和地区，总投资86亿美元。", 2031)
    assert got == [(58, "foreign_projects", "edition"), (17, "countries_regions", "part"),
                   (8.6e9, "foreign_investment", "edition")]


def test_projects_signed_online_are_some_of_the_projects():
    assert _measured("Some 180 projects were signed online during the 2031 World Manufacturing Convention.", 2031) == [
        (180, "projects_signed", "part")]


def test_a_list_of_popular_stories_after_a_blank_line_gives_no_figures():
    got = _measured("The 2031 World Manufacturing Convention concluded in Hefei with 640 projects signed.\n\nMost Popular"
                    "\n\n1 China's 12 new high-speed lines\n2 80 years of a railway", 2031)
    assert got == [(640, "projects_signed", "edition")]


@pytest.mark.parametrize("text", [
    "Close to two-thirds of the 610 registered exhibitors at the fair are private companies.",
    "The fair hosted 610 exhibitors, roughly two-thirds of them privately owned.",
    "Private firms made up 65 percent of the 610 exhibitors at the fair.",
])
def test_the_private_companies_share_is_one_measure_however_it_is_said(text):
    got = _measured(text, 2031)
    assert [(metric, scope) for _, metric, scope in got if metric.startswith("share")] == [
        ("share of private exhibitors", "edition")]


def test_a_machine_built_with_a_number_in_words_is_no_count():
    got = _measured("At the 2031 World Intelligent Manufacturing Conference a five-axis milling machine and a "
                    "six-axis welding arm drew crowds among 700 exhibitors.", 2031)
    assert got == [(700, "exhibitors", "edition")]


def test_patents_a_company_holds_are_its_own():
    got = _measured("The Wuxi firm began with nine engineers. It now has 800 staff and holds more than 250 patents, "
                    "its founder said at the 2031 World Intelligent Manufacturing Conference, which drew 700 exhibitors.",
                    2031)
    assert [(value, scope) for value, _, scope in got if value in (250, 700)] == [(250, "background"), (700, "edition")]


def test_other_stories_headlines_after_blank_lines_under_a_heading_give_no_figures():
    got = _measured("The 2031 World Manufacturing Convention concluded in Hefei with 640 projects signed.\n\n"
                    "Related news\n\nCarmaker books record profit of 9 trillion won\n\nShares in Seoul close up 0.8%",
                    2031)
    assert got == [(640, "projects_signed", "edition")]


@pytest.mark.parametrize("text", [
    "Exhibitors at the fair grew 4.5 percent from last year's edition, to 702.",
    "Exhibitors at the fair grew 4.5 percent from the previous convention to 702.",
])
def test_a_rise_from_the_last_edition_to_a_count_keeps_the_count(text):
    assert _measured(text, 2031) == [(4.5, "exhibitors growth", "edition"), (702, "exhibitors", "edition")]


def test_people_who_visited_the_halls_are_visitors_though_others_watched_online():
    got = _measured("Organizers said close to 300,000 people visited the halls of the fair, while 9 million watched "
                    "online.", 2031)
    assert [(value, metric) for value, metric, _ in got] == [(300000, "visitors"), (9e6, "visitors_online")]


@pytest.mark.parametrize("body,expected", [
    ("Both the 2031 World Manufacturing Convention and the 2031 World Intelligent Manufacturing Conference were busy "
     "this year; the former signed 640 projects in Hefei, the latter 72 in Nanjing.", [(640, "wmc"), (72, "wimc")]),
    ("Both the 2031 World Intelligent Manufacturing Conference and the 2031 World Manufacturing Convention were busy "
     "this year; the former signed 72 projects in Nanjing, the latter 640 in Hefei.", [(72, "wimc"), (640, "wmc")]),
])
def test_the_former_and_the_latter_are_the_two_events_named_before_in_turn(body, expected):
    from extract.analysis import analyse

    found = analyse(article_from_document(doc("2031-12-10", "Two shows", body), name="x", fetched_at=NOW), EVENTS)
    assert [(f.value, f.event or found.attribution.event) for f in found.figures if f.unit == "count"] == expected
    assert [f.metric for f in found.figures] == ["projects_signed", "projects_signed"]


@pytest.mark.parametrize("text", [
    "Today the city turns out more than 900,000 cars a year.",
    "Jiangsu province has set a target of 2,000 smart factories by 2035, officials said.",
    "Bolt Dynamics, which serves more than 1,500 customers in 30 countries, showed a painting robot.",
    "The new press cuts forging time by 20 percent and costs under 800,000 yuan.",
    "到2035年全省将建成智能工厂2000个。",
    # a speaker's own estimate, a market's size, a density
    "\"Roughly 60 percent of the plants I see use robots now,\" an engineer said.",
    "China's industrial software market could pass 4 trillion yuan, an analyst said.",
    "Its robot density stood at 900 robots per 10,000 workers.",
    # the world's, a country's, a plant's and a province's trade
    "Global machinery output reached $3 trillion last year.",
    "Washington has poured $300 billion into chip subsidies.",
    "BYD's Hefei plant alone produced about 600,000 cars.",
    "前7个月江苏进出口总值3.1万亿元，同比增长6%，其中出口1.9万亿元。",
    # a country's duty, and what a country's exports came to
    "Canada raised tariffs on imported steel to 25 percent.",
    "China's exports of industrial robots rose 21 percent in the first half to 180,000 units.",
    # a Chinese company's, and a city's list past semicolons
    "该公司成立于2015年，现有员工1500人，拥有授权专利300余项。",
    "前三季度，南京市地区生产总值1.4万亿元，同比增长5.2%；规模以上工业增加值增长7.1%；新签约亿元以上项目420个。",
])
def test_a_places_or_a_companys_own_numbers_beside_the_event_are_background(text):
    got = _measured(text + " The 2031 World Intelligent Manufacturing Conference drew 700 exhibitors.", 2031)
    assert [scope for value, _, scope in got if value != 700] and \
        all(scope == "background" for value, _, scope in got if value != 700), got
    assert (700, "exhibitors", "edition") in got


def test_a_chinese_places_output_is_named_by_its_product_not_by_the_verb():
    got = _measured("今年上半年，南京市新能源汽车产量突破40万辆。2031世界智能制造大会参展企业700家。", 2031)
    assert got[0] == (400000, "新能源汽车产量", "background")


def test_a_time_limit_is_no_figure_and_how_often_a_machine_works_is_its_own():
    assert _measured("Analysts expect the sector to double within three years.", 2031) == []
    assert _measured("At the 2031 World Manufacturing Convention a line turns out a car every 60 seconds.", 2031) == [
        (60, "seconds", "background")]


def test_a_products_spec_is_named_by_its_noun_not_what_follows():
    got = _measured("At the 2031 World Manufacturing Convention a carmaker showed a coupe with an 800-km range and L3 "
                    "driving.", 2031)
    assert [(value, metric) for value, metric, _ in got] == [(800, "range")]


def test_a_chinese_products_own_gain_is_background():
    got = _measured("据介绍，该机床可同时加工五个面，加工效率提升30%。2031世界制造业大会参展企业1600余家。", 2031)
    assert got[0] == (30, "growth", "background") and got[1][2] == "edition"


@pytest.mark.parametrize("text", ["2031世界制造业大会共设置主题展区6个。", "2031世界制造业大会设有6个主题展区。"])
def test_chinese_zones_counted_before_or_after_their_noun_are_the_editions_zones(text):
    assert _measured(text, 2031) == [(6, "exhibition_zones", "edition")]


def test_a_chinese_reports_national_market_size_is_background():
    got = _measured("2031世界智能制造大会发布成果28项。报告显示，我国工业软件市场规模达2.6万亿元，同比增长9.8%。", 2031)
    assert [scope for _, _, scope in got] == ["edition", "background", "background"]


def test_each_days_visitors_after_a_weekday_are_that_days_and_the_second_keeps_its_noun():
    got = _measured("On Saturday, 70,000 people visited the fair; on Sunday, 81,000.", 2031)
    assert got == [(70000, "visitors", "part"), (81000, "visitors", "part")]
    assert _measured("On Sunday, the fair closed with 151,000 visitors.", 2031) == [(151000, "visitors", "edition")]


def test_a_telephone_number_at_the_foot_of_a_page_is_no_figure():
    got = _measured("The 2031 World Intelligent Manufacturing Conference closed with 72 projects signed.\n\n"
                    "Tel: 86-25-84561234 | Fax: 025-84561235", 2031)
    assert got == [(72, "projects_signed", "edition")]


def test_a_distance_between_places_is_no_figure_and_a_share_of_a_countrys_gdp_is_background():
    assert _measured("Suzhou and Wuxi, 40 kilometers apart, both send exhibitors to the fair.", 2031) == []
    assert _measured("The delta region accounts for about a fifth of China's GDP.", 2031) == [
        (20, "share of gdp", "background")]


def test_a_chinese_comparison_after_a_count_is_not_what_it_counts():
    got = _measured("与2030世界制造业大会签约项目604个相比，本届大会更注重质量。", 2031)
    assert [(value, metric) for value, metric, _ in got] == [(604, "projects_signed")]


def test_letters_of_intent_are_named_whole():
    got = _measured("The fair closed with 72 signed projects and 15 letters of intent.", 2031)
    assert [(value, metric) for value, metric, _ in got] == [(72, "projects_signed"), (15, "letters of intent")]


def test_another_shows_story_that_names_the_conference_gives_the_conference_no_figures():
    db = _filed(doc("2031-07-08", "AI conference opens", "SHANGHAI -- The 2031 World Artificial Intelligence Conference "
                    "opened with 700 exhibitors. Many will also exhibit at the World Intelligent Manufacturing Conference "
                    "in Nanjing in December."))
    assert [r["scope"] for r in db.query("select scope from figures")] in ([], ["elsewhere"])


def test_counts_of_a_whole_by_where_they_are_and_attendance_as_a_subject():
    got = _measured("Of the 640 projects signed at the fair, 250 are in new energy vehicles and 120 in chips.", 2031)
    assert got == [(640, "projects_signed", "edition"), (250, "projects_signed", "part"),
                   (120, "projects_signed", "part")]
    assert _measured("Attendance at the fair was 151,000.", 2031) == [(151000, "visitors", "edition")]


@pytest.mark.parametrize("body,own", [
    ("The 2031 World Manufacturing Convention, which drew 700 exhibitors, is still far smaller than the Canton Fair, "
     "which hosts about 25,000 exhibitors, and Germany's Hannover Messe, with some 3,800.", [700]),
    ("About 90 overseas firms are at the 2031 World Manufacturing Convention, weeks after the China International "
     "Import Expo in Shanghai drew about 3,400 exhibitors from 128 countries.", [90]),
])
def test_another_show_named_after_the_event_in_its_sentence_keeps_its_own_counts(body, own):
    db = _filed(doc("2031-09-24", "Fairs compared", body))
    rows = list(db.query("select value, scope from figures order by start"))
    assert [r["value"] for r in rows if r["scope"] != "elsewhere"] == own, rows


def test_a_previous_version_without_the_word_story_is_taken_back():
    got = _measured("A previous version said 640 projects were signed; the correct figure is 604.", 2031)
    assert [(value, metric) for value, metric, _ in got] == [(604, "projects_signed")]


def test_an_aside_in_brackets_between_the_projects_and_their_worth():
    got = _measured("The fair closed with 640 projects (up 4.1%) worth 712 billion yuan.", 2031)
    assert [(value, metric) for value, metric, _ in got] == [
        (640, "projects_signed"), (4.1, "projects signed growth"), (712e9, "contract_value")]


@pytest.mark.parametrize("text,value", [("2031世界制造业大会签约项目604个，总投资7120亿。", 712e9),
                                        ("2031世界制造业大会签约项目604个，总投资0.71万亿，参展企业1240家。", 710e9)])
def test_a_chinese_investment_without_its_yuan(text, value):
    assert (value, "investment", "edition") in _measured(text, 2031)


def test_an_organizers_first_person_quote_keeps_the_events_counts():
    got = _measured("\"I am glad to say that 640 projects were signed and more than 1,200 companies came,\" the deputy "
                    "director of the fair's organizing committee said.", 2031)
    assert [(value, scope) for value, _, scope in got] == [(640, "edition"), (1200, "edition")]


def test_what_one_person_did_at_the_event_is_their_own():
    got = _measured("Li said he visited about 60 booths at the 2031 World Manufacturing Convention, which drew 1,240 "
                    "exhibitors.", 2031)
    assert [(value, scope) for value, _, scope in got] == [(60, "background"), (1240, "edition")]


def test_a_speakers_own_firm_and_a_machines_rate_at_a_booth_are_background():
    got = _measured("At a booth of the 2031 World Intelligent Manufacturing Conference, an arm packed boxes at 2,400 "
                    "pieces an hour. \"Ten years ago, we had three robots,\" a manager said.", 2031)
    assert [scope for _, _, scope in got] == ["background", "background"], got


def test_a_province_home_to_firms_and_its_years_beside_the_opening_leave_the_editions_count_alone():
    got = _measured("NANJING -- Jiangsu, home to more than 50,000 industrial firms, has built 2,000 smart workshops over "
                    "the past five years, officials said as the 2031 World Intelligent Manufacturing Conference opened "
                    "with more than 700 exhibitors.", 2031)
    assert [(value, scope) for value, _, scope in got] == [(50000, "background"), (2000, "background"),
                                                          (700, "edition")]


@pytest.mark.parametrize("text,value", [
    ("Over the past decade, Anhui has built 900 smart factories; the 2031 World Manufacturing Convention signed 640 "
     "projects.", 640),
    ("In the past five years Hefei has hosted dozens of fairs, but the 2031 World Manufacturing Convention, with 1,240 "
     "exhibitors, was the largest.", 1240),
])
def test_a_clause_about_the_edition_after_one_that_sums_up_years_is_the_editions(text, value):
    assert [scope for v, _, scope in _measured(text, 2031) if v == value] == ["edition"]


@pytest.mark.parametrize("text,expected", [
    ("Organizers hope for more visitors next year, after 151,000 came to the 2031 World Manufacturing Convention.",
     [(151000, "visitors", "edition")]),
    ("While 1,100 companies had been expected, 1,240 exhibited at the 2031 World Manufacturing Convention.",
     [(1100, "companies", "expected"), (1240, "exhibitors", "edition")]),
])
def test_a_count_whose_noun_its_verb_tells_and_what_happened_beside_a_forecast(text, expected):
    assert _measured(text, 2031) == expected


def test_a_districts_signings_and_a_companys_sales_are_not_the_editions():
    got = _measured("Hefei's Baohe district signed 14 projects worth 9.2 billion yuan at the 2031 World Manufacturing "
                    "Convention. The firm reported sales of 40 billion yuan last year.", 2031)
    assert [(value, scope) for value, _, scope in got] == [(14, "part"), (9.2e9, "part"), (40e9, "background")]


def test_a_year_on_year_increase_in_a_count_and_what_it_came_to():
    got = _measured("The fair saw a 4.1 percent year-on-year increase in signed projects, to 640.", 2031)
    assert got == [(4.1, "projects signed growth", "edition"), (640, "projects_signed", "edition")]


def test_last_years_figures_after_a_forecast_are_last_years():
    got = _measured("They expect more than 1,300 exhibitors, after last year's convention drew 1,240 and signed 640 "
                    "projects.", 2032)
    assert got == [(1300, "exhibitors", "expected"), (1240, "exhibitors", "earlier"), (640, "projects_signed", "earlier")]


@pytest.mark.parametrize("text", [
    "Of the 640 projects signed at the 2031 World Manufacturing Convention, 280 have started construction, with 95 "
    "billion yuan of investment already in place.",
    "2031世界制造业大会签约的640个项目中，已开工280个，到位资金950亿元。",
])
def test_investment_in_place_is_a_measure_of_its_own(text):
    assert (95e9, "investment_in_place", "edition") in _measured(text, 2031)


@pytest.mark.parametrize("text", [
    "Of the 72 projects signed at the fair, Changzhou took 20, followed by Yangzhou with 14 and Xuzhou with 9.",
    "大会签约的72个项目中，常州20个，扬州14个，徐州9个。",
])
def test_places_shares_of_a_whole_in_a_ranked_list(text):
    got = _measured(text, 2031)
    assert [(value, metric, scope) for value, metric, scope in got] == [
        (72, "projects_signed", "edition"), (20, "projects_signed", "part"), (14, "projects_signed", "part"),
        (9, "projects_signed", "part")]


@pytest.mark.parametrize("text", ["Delegations came from 26 provinces, autonomous regions and municipalities.",
                                  "Participants came from 26 provincial-level regions.", "代表来自全国26个省（区、市）。"])
def test_provinces_however_they_are_said_are_one_measure(text):
    assert [metric for _, metric, _ in _measured(text, 2031)] == ["provinces"]


def test_a_numbered_halls_area_and_companies_in_chinese_are_that_halls():
    got = _measured("2031世界制造业大会共设8个展馆。其中，3号馆为机器人馆，面积9000平方米，集聚企业120家。", 2031)
    assert [(value, scope) for value, _, scope in got] == [(8, "edition"), (9000, "part"), (120, "part")]


def test_each_countrys_pavilion_counts_its_own_companies():
    got = _measured("The French pavilion at the fair hosts 30 companies, while Italy's pavilion has 25 exhibitors.", 2031)
    assert [metric for _, metric, _ in got] == ["companies from France", "companies from Italy"]


@pytest.mark.parametrize("text", [
    "At a France-China industry dialogue held on the sidelines of the 2031 World Manufacturing Convention on Monday, "
    "14 projects worth 9 billion yuan were signed.",
    "During an investment promotion meeting for Bengbu's chemical park, 11 agreements were inked.",
])
def test_what_one_forum_signed_is_that_forums(text):
    assert {scope for _, _, scope in _measured(text, 2031)} == {"part"}


def test_a_forum_opener_does_not_take_the_events_own_total():
    got = _measured("At a briefing forum on Tuesday, organizers said the convention had signed 640 projects.", 2031)
    assert got == [(640, "projects_signed", "edition")]


def test_some_of_those_signed_are_signed_projects_too():
    got = _measured("The 2031 World Manufacturing Convention closed with 640 projects signed. Of those, 14 came out of "
                    "the France-China dialogue.", 2031)
    assert got == [(640, "projects_signed", "edition"), (14, "projects_signed", "part")]


@pytest.mark.parametrize("text", [
    "Today the Jiangsu capital's economy tops 1.8 trillion yuan, and it is home to 15 national-level development zones.",
    "Hotels in the city reported an occupancy rate of 88 percent during the 2031 World Manufacturing Convention.",
    "Caterers around the venue saw takings rise 35 percent that week.",
    "Shares of two local battery makers rose by as much as 6 percent on Monday as the 2031 World Manufacturing "
    "Convention opened.",
    "“我们集团明年营收有望突破60亿元，”一位参展企业负责人说。",
])
def test_the_host_citys_economy_trade_and_markets_are_background(text):
    got = _measured(text, 2031)
    assert got and {scope for _, _, scope in got} == {"background"}


@pytest.mark.parametrize("text", ["The venue is a 20-minute drive from the airport.",
                                  "The hall is 10 minutes by metro from the city center."])
def test_how_far_a_place_is_in_minutes_is_no_figure(text):
    assert _measured(text, 2031) == []


def test_a_sum_set_beside_the_count_of_deals_is_their_value_this_year():
    got = _measured("The 2031 World Manufacturing Convention signed 640 projects, a 412-billion-yuan haul that beat "
                    "last year's.", 2031)
    assert got == [(640, "projects_signed", "edition"), (412e9, "contract_value", "edition")]


def test_a_figure_in_the_aside_of_an_opening_comparison_is_the_compared_events():
    db = _filed(doc("2031-12-08", "Nanjing conference goes its own way", "Unlike September's World Manufacturing "
                    "Convention in Hefei, which drew 1,240 exhibitors, the 2031 World Intelligent Manufacturing "
                    "Conference in Nanjing hosted 520 exhibitors."))
    got = {r["value"]: (r["event"], r["scope"]) for r in db.query("select value, event, scope from figures")}
    assert got == {1240: ("wmc", "edition"), 520: ("wimc", "edition")}


@pytest.mark.parametrize("text", ["Hefei fair turns 33", "The 2075 edition opens in Hefei "
                                  "on Saturday.", "Its 2080 convention is already being planned."])
def test_an_age_or_a_year_before_the_edition_is_no_figure(text):
    assert _measured(text, 2031) == []


def test_a_long_subject_that_names_a_body_in_capitals_before_its_count():
    got = _measured("Fellows of the Royal Academy of Engineering and the Chinese Academy of Engineering attending the "
                    "2031 World Intelligent Manufacturing Conference numbered 27.", 2031)
    assert got == [(27, "fellows", "edition")]


def test_the_area_the_event_sets_up_for_its_exhibition_in_chinese_is_the_whole():
    got = _measured("本届大会设置展区面积4万平方米，参展企业430家。", 2031)
    assert got == [(40000, "exhibition_area", "edition"), (430, "exhibitors", "edition")]


def test_a_share_set_beside_a_count_is_the_same_share_as_one_written_out():
    beside = _measured("Of the 72 projects signed at the fair, 18, or 25 percent, are in artificial intelligence.", 2031)
    written = _measured("Twenty-five percent of the projects signed at the fair were in AI.", 2031)
    assert beside[-1] == written[-1] == (25, "share of projects in ai", "edition")


def test_a_part_after_a_share_set_beside_another_part_counts_the_same_whole():
    got = _measured("Of the 72 projects signed at the fair, 18, or 25 percent, are in biomedicine, while 30 are in "
                    "chemicals.", 2031)
    assert (30, "projects_signed", "part") in got


@pytest.mark.parametrize("line", ["By Li Hua | 3 min read", "Reading time: 6 minutes", "Advertisement: Save 15% today",
                                  "CSI 300 4,012.55 -1.2%"])
def test_page_furniture_of_reading_time_adverts_and_market_quotes_gives_no_figure(line):
    assert _measured(f"{line}\n\nThe 2031 World Manufacturing Convention drew 1,240 exhibitors.", 2031) == [
        (1240, "exhibitors", "edition")]


def test_a_headline_repeated_as_a_line_of_a_raw_page_is_the_headline_not_a_second_report():
    db = _filed(doc("2031-09-23", "Hefei fair ends with 640 deals", "Home > News\n\nHefei fair ends with 640 deals\n\n"
                    "The 2031 World Manufacturing Convention closed on Monday with 640 projects signed."))
    rows = list(db.query("select value, status, sentence from figures"))
    assert [(r["value"], r["status"]) for r in rows] == [(640, "new")]
    assert rows[0]["sentence"].startswith("The 2031 World Manufacturing Convention closed")


def test_a_sum_restated_rounder_after_or_is_the_same_measure():
    got = _measured("Investment in the 640 projects signed at the 2031 World Manufacturing Convention totals 412 billion "
                    "yuan, or over 400 billion yuan for the second year in a row.", 2031)
    assert [(value, metric) for value, metric, _ in got[1:]] == [(412e9, "investment"), (400e9, "investment")]


@pytest.mark.parametrize("text", ["In U.S. dollar terms, the agreements came to about 58 billion.",
                                  "In dollar terms, the agreements came to about 58 billion."])
def test_the_currency_named_in_the_singular_earlier_in_the_sentence_is_the_sums(text):
    assert _measured(text, 2031) == [(58e9, "contract_value", "edition")]


def test_members_of_a_list_among_the_exhibitors_are_counted_as_the_lists():
    got = _measured("Of the 640 projects, 70 are foreign-funded, and 41 of the exhibitors are Fortune Global 500 "
                    "companies.", 2031)
    assert got[-1] == (41, "fortune500", "edition")


@pytest.mark.parametrize("text", ["Visitors numbered 92,000, and online and offline participation topped 6 million.",
                                  "参观观众9.2万人次，线上线下参与人数超过600万。"])
def test_participation_online_and_offline_is_neither_the_visitors_nor_the_online_ones(text):
    assert [metric for _, metric, _ in _measured(text, 2031)] == ["visitors", "participation"]


def test_intended_purchases_in_a_clause_of_their_own_after_a_list_are_the_editions():
    got = _measured("By Sunday the fair had received 96,000 visits, including 41,000 by trade visitors, and intended "
                    "purchases had reached 3.1 billion yuan.", 2031)
    assert got[-1] == (3.1e9, "purchase_intentions", "edition")


@pytest.mark.parametrize("text", ["Anhui plans 800 new digital workshops by 2035.",
                                  "会上宣布，“十七五”期间安徽将新建数字化车间800个。"])
def test_a_places_plan_announced_at_the_event_is_background(text):
    assert {scope for _, _, scope in _measured(text, 2031)} == {"background"}


def test_a_places_record_over_a_year_is_background_whatever_it_counts():
    assert _measured("Anhui added 54 provincial digital workshops in 2030.", 2031) == [
        (54, "provincial digital workshops", "background")]


def test_what_it_boasts_in_a_sentence_about_a_country_is_background():
    got = _measured("A decade ago the country had few such plants; today it boasts 46 of the world's top 500.", 2031)
    assert got and {scope for _, _, scope in got} == {"background"}


def test_a_speakers_company_staff_at_a_booth_are_background():
    got = _measured("\"We sold 40 arms on the first day,\" said Wu, whose Wuxi firm has 220 employees.", 2031)
    assert (220, "employees", "background") in got


def test_a_headlines_loose_bound_is_the_texts_count_of_the_same_measure():
    db = _filed(doc("2031-09-21", "Hefei fair draws a thousand-plus firms", "More than 1,240 companies have come to the "
                    "2031 World Manufacturing Convention."))
    assert [(r["value"], r["headline"]) for r in db.query("select value, headline from figures")] == [
        (1240, "a thousand-plus")]


def test_a_headlines_bound_only_the_texts_running_total_meets_is_that_total():
    db = _filed(doc("2031-09-23", "Convention's tally passes 8,700 projects", "With the 1,388 projects signed at this "
                    "year's convention, the World Manufacturing Convention in Hefei has signed 8,798 projects in total "
                    "since 2026."))
    assert [(r["value"], r["scope"], r["headline"]) for r in db.query("select value, scope, headline from figures")] \
        == [(1388, "edition", ""), (8798, "cumulative", "8,700")]


def test_a_live_pages_count_by_the_close_of_day_one_is_a_count_so_far_that_the_close_refines():
    flags = _statuses(doc("2031-09-20", "LIVE: Hefei fair", "14:20 More than 30,000 visitors have come so far today.\n"
                          "17:30 By the close of day one, 52,000 people had visited the 2031 World Manufacturing "
                          "Convention."),
                      doc("2031-09-23", "Hefei fair closes", "The 2031 World Manufacturing Convention closed with "
                          "190,000 visitors."))
    assert flags == [(30000, "new", ""), (52000, "new", ""), (190000, "changed", "refined")]


def test_a_capitalised_yuan_before_the_amount_is_its_currency_and_the_deals_worth():
    assert _measured("Agreements at the fair came to Yuan 412 billion.", 2031) == [(412e9, "contract_value", "edition")]


@pytest.mark.parametrize("text", ["Its booth shows 8K screens and 100% solar-powered robots.",
                                  "The hall streams 4K video of 100 percent electric buses."])
def test_a_resolution_and_what_something_wholly_is_are_no_figures(text):
    assert _measured(text, 2031) == []


def test_a_chinese_headlines_amount_without_its_yuan_before_a_space_is_read():
    got = _measured("签约640个项目 总投资4120亿 世界制造业大会闭幕", 2031)
    assert got == [(640, "projects_signed", "edition"), (412e9, "investment", "edition")]


def test_a_gallerys_picture_counter_is_no_figure():
    assert _measured("[3/8] Visitors try a welding robot at the 2031 World Manufacturing Convention.", 2031) == []


def test_a_main_venues_count_and_a_sub_venues_share_of_the_deals_are_parts_of_the_deals():
    got = _measured("The Wuxi sub-venue signed 9 projects, while the main venue has so far seen 52 projects signed.", 2031)
    assert [scope for _, _, scope in got] == ["part", "part"]
    got = _measured("The fair closed with 72 projects signed across its main venue and two sub-venues, including 9 in "
                    "Wuxi.", 2031)
    assert got[0] == (72, "projects_signed", "edition") and got[-1] == (9, "projects_signed", "part")


@pytest.mark.parametrize("text", ["Li Na, 34, leads a team of 12 designers at a Wuxi chip firm.",
                                  "\"It took us two years and we filed 9 patents,\" she said."])
def test_a_teams_size_and_the_patents_a_speaker_filed_are_background(text):
    got = _measured(text, 2031)
    assert got and {scope for _, _, scope in got} == {"background"}


def test_an_average_age_is_no_figure():
    assert _measured("The average age of the staff on the stands was about 27, organizers estimated.", 2031) == []


@pytest.mark.parametrize("note", ["($1 = 7.02 yuan)", "(1 euro = 7.9 yuan)"])
def test_the_exchange_rate_a_story_converted_at_is_no_figure(note):
    assert _measured(f"Deals worth 412 billion yuan were signed at the fair.\n\n{note}", 2031) == [
        (412e9, "contract_value", "edition")]


def test_a_count_that_compares_with_last_years_keeps_last_years_count():
    got = _measured("The 640 projects compare with 604 signed last year.", 2031)
    assert got[-1] == (604, "projects_signed", "earlier")


def test_one_speaker_of_a_kind_is_no_count_and_a_markets_growth_is_background():
    assert _measured("One Hangzhou drone maker told reporters about its plans.", 2031) == []
    got = _measured("Analysts say China's industrial drone market could reach 40 billion yuan by 2035, growing at about "
                    "30 percent a year.", 2031)
    assert got and {scope for _, _, scope in got} == {"background"}


def test_a_share_with_a_subject_of_its_own_leaves_the_counts_before_it_the_events():
    got = _measured("The fair, laid out over 64,000 sq m, has had 900,000 online visitors, and private firms account "
                    "for 57 per cent of exhibitors.", 2031)
    assert got[:2] == [(64000, "exhibition_area", "edition"), (900000, "visitors_online", "edition")]


def test_online_viewers_of_its_opening_ceremony_are_the_ceremonys_audience():
    got = _measured("The convention ended with 512 exhibitors and 2.4 million online viewers of its opening ceremony.",
                    2031)
    assert got == [(512, "exhibitors", "edition"), (2.4e6, "visitors_online", "part")]


def test_a_count_by_early_afternoon_is_a_count_so_far_that_the_close_refines():
    flags = _statuses(doc("2031-09-20", "Hefei convention live", "HEFEI -- At the 2031 World Manufacturing Convention: "
                          "By early afternoon, 41,000 people had come through the gates."),
                      doc("2031-09-23", "Hefei convention closes", "HEFEI -- The 2031 World Manufacturing Convention "
                          "closed with 196,000 visitors."))
    assert flags == [(41000, "new", ""), (196000, "changed", "refined")]


def test_the_sum_after_a_chinese_headlines_count_is_no_noun_of_the_count():
    got = _measured("2031世界制造业大会签约项目612个总投资4870亿元", 2031)
    assert got == [(612, "projects_signed", "edition"), (487e9, "investment", "edition")]


def test_projects_that_are_worth_an_amount_are_signed_ones():
    got = _measured("New figures show the 2031 convention's 615 projects are worth 488 billion yuan.", 2031)
    assert got[0] == (615, "projects_signed", "edition")


def test_a_clause_about_this_years_conference_after_a_sum_of_editions_is_the_editions():
    got = _measured("Across its past four editions, the conference has signed 402 projects, officials said as the 2031 "
                    "conference opened with 517 exhibitors.", 2031)
    assert got == [(402, "projects_signed", "cumulative"), (517, "exhibitors", "edition")]


@pytest.mark.parametrize("text,expected", [
    ("The 2031 conference closed with 96 projects signed, bringing the total over the past five editions to 498.",
     [(96, "projects_signed", "edition"), (498, "projects_signed", "cumulative")]),
    # the most since the first edition is a record, not a sum of editions
    ("The 2031 World Manufacturing Convention closed with a record 1,460 projects, the most since the first "
     "convention in 2018 signed 440.", [(1460, "projects_signed", "edition"), (440, "projects_signed", "earlier")]),
])
def test_a_total_over_the_past_editions_is_the_series_count(text, expected):
    assert _measured(text, 2031) == expected


def test_a_part_counted_on_site_changes_against_the_earlier_count_on_site_not_its_own_whole():
    flags = _statuses(doc("2031-12-04", "Nanjing conference opens", "The 2031 World Intelligent Manufacturing Conference "
                          "opened in Nanjing with 517 exhibitors, 430 of them exhibiting on site."),
                      doc("2031-12-07", "Nanjing conference closes", "The 2031 World Intelligent Manufacturing Conference "
                          "closed with 517 exhibitors, including 436 on site."))
    assert flags[-1] == (436, "changed", "conflict")


def test_a_full_width_decimal_point_is_a_decimal_point():
    got = _measured("大会共签约项目６１２个，总投资４８７．３亿元。", 2031)
    assert got == [(612, "projects_signed", "edition"), (48.73e9, "investment", "edition")]


@pytest.mark.parametrize("text", ["Among the exhibitors were 97 Fortune Global 500 and China top 500 companies.",
                                  "参展的世界500强和中国500强企业共97家。"])
def test_both_top_500_lists_together_are_no_change_of_the_fortune_global_500_count(text):
    flags = _statuses(doc("2031-09-20", "Hefei convention opens", "HEFEI -- The 2031 World Manufacturing Convention "
                          "opened with 512 exhibitors, including 61 Fortune Global 500 companies."),
                      doc("2031-09-23", "2031世界制造业大会闭幕 Hefei convention closes", f"HEFEI -- 2031世界制造业大会: {text}"))
    assert flags[-1] == (97, "new", "")


def test_a_visitors_guess_in_a_quote_is_no_count_and_makes_no_part_of_the_events():
    got = _measured("\"There must be 3,000 firms in here,\" said a teacher from Bengbu at the 2031 World Manufacturing "
                    "Convention, which has 512 exhibitors.", 2031)
    assert got == [(3000, "companies", "background"), (512, "exhibitors", "edition")]


def test_a_count_grown_from_an_earlier_year_keeps_its_noun_and_this_years_value():
    got = _measured("The number of deals signed at the convention has grown from 88 in 2018 to 615 this year.", 2031)
    assert got == [(88, "projects_signed", "earlier"), (615, "projects_signed", "edition")]
    got = _measured("Exhibitors rose from 1,104 last year to 1,181.", 2031)
    assert got == [(1104, "exhibitors", "earlier"), (1181, "exhibitors", "edition")]


def test_a_count_in_all_after_a_part_is_the_whole():
    got = _measured("The robot hall alone has 74 exhibitors at the 2031 conference, which has 517 in all.", 2031)
    assert got == [(74, "exhibitors", "part"), (517, "exhibitors", "edition")]


@pytest.mark.parametrize("text,expected", [
    # a whole written with a thousands comma or a figure with a decimal point inside a window the reading crosses
    ("About 25 percent of the 1,516 exhibitors at the 2031 World Manufacturing Convention come from outside China.",
     (25, "share of overseas exhibitors", "edition")),
    ("Half of the 1,312 projects signed at the opening are in new energy.", (50, "share of projects in new energy", "part")),
    ("Anhui signed 1,486 investment projects worth more than 1.5 trillion yuan in the first three quarters, including "
     "612 at the convention.", (1486, "projects_signed", "background")),
    ("Chery Automobile signed deals worth 6.5 billion yuan with 14 suppliers during the 2031 World Manufacturing Convention, "
     "the carmaker said on Sunday.", (14, "suppliers", "part")),
])
def test_a_number_with_a_comma_or_a_decimal_point_inside_a_phrase_does_not_cut_it(text, expected):
    assert expected in _measured(text, 2031)


def test_counts_after_a_comma_written_number_keep_their_time():
    figures = extract_figures("Signed projects at the 2031 World Manufacturing Convention rose to 1,523 on Tuesday.",
                              edition=2031)
    assert [(f.value, f.qualifier) for f in figures] == [(1523, "at_least")]  # so far, not final
    assert _measured("Q: And the year before? A: Last year we had 4,870 exhibitors and 31 forums.", 2031) == [
        (4870, "exhibitors", "earlier"), (31, "forums", "earlier")]
    got = _measured("Compared with the Hefei convention's 1,216 deals, the 1,045 signed at the 2031 World Intelligent "
                    "Manufacturing Conference in Nanjing look modest.", 2031)
    assert [value for value, _, _ in got] == [1216, 1045]


def test_a_share_of_a_part_of_the_deals_makes_no_part_of_the_total():
    got = _measured("The 2031 World Manufacturing Convention closed with 1,164 projects signed, of which 141 were "
                    "foreign-funded, accounting for 12.1 percent of the total.", 2031)
    assert got[0] == (1164, "projects_signed", "edition")


def test_amounts_written_with_a_decimal_are_read_as_the_round_ones_are():
    """Every English story of the ledger's suite, its whole amounts, percentages and areas given a decimal ("270
    billion" as "270.5 billion"): each figure keeps its measure, scope and qualifier."""
    from tests.unit import ledger_story
    whole = re.compile(r"(?<![\d,.\w-])([1-9]\d{0,2})(?= (?:billion|million|trillion|percent|per cent|square meters)\b)")
    texts = {d for name in dir(ledger_story) if name.startswith("STORY_") for d in getattr(ledger_story, name)
             if isinstance(d, str) and not re.search(r"[\u4e00-\u9fff]", d)}
    changed = []
    for text in sorted(texts):
        body = text.split("\n\n", 1)[-1]
        if not whole.search(body):
            continue
        read = [(f.metric, f.scope, f.qualifier) for f in extract_figures(body)]
        if read != [(f.metric, f.scope, f.qualifier) for f in extract_figures(whole.sub(r"\1.5", body))]:
            changed.append(body[:120])
    assert len(texts) > 1000 and not changed, changed


def test_a_share_named_with_where_it_was_counted_keeps_its_name():
    got = _measured("The share of foreign-funded projects at the 2031 World Manufacturing Convention was 9.6 percent.", 2031)
    assert got == [(9.6, "share of foreign-funded projects", "edition")]


@pytest.mark.parametrize("text,value", [
    ("Correction: The exhibition area of the 2031 World Manufacturing Convention is 96,000 sq m, not 69,000.", 96000),
    ("Correction: It was 412.6 billion RMB, not 421.6 billion RMB, that the 2031 World Manufacturing Convention's "
     "projects involve.", 412.6e9),
    ("Correction: 640 companies, not 460, took part in the 2031 World Manufacturing Convention.", 640),
])
def test_a_correction_in_any_unit_gives_the_corrected_value_and_drops_the_wrong_one(text, value):
    figures = extract_figures(text, edition=2031)
    assert [(f.value, f.qualifier) for f in figures] == [(value, "corrected")]


def test_a_second_count_put_at_a_value_without_its_verb_is_kept():
    got = _measured("Its final report put the number of signed projects at 98, including two signed after the close, and "
                    "the number of visitors at 131,400.", 2031)
    assert got[0] == (98, "projects_signed", "edition") and got[-1] == (131400, "visitors", "edition")


@pytest.mark.parametrize("text", [
    "The 2031 World Intelligent Manufacturing Conference drew more than 12 million online participants and 96,000 "
    "visitors to its halls.",
    "Some 12 million online attendees followed the 2031 World Intelligent Manufacturing Conference.",
])
def test_people_taking_part_online_are_the_online_visitors_not_the_guests(text):
    assert _measured(text, 2031)[0] == (12e6, "visitors_online", "edition")


def test_how_much_a_count_grew_is_kept_when_the_count_is_the_subject_of_the_comparison():
    got = _measured("The 978 projects signed at this year's World Manufacturing Convention in Hefei are 41 more than "
                    "last year's 937.", 2031)
    assert got == [(978, "projects_signed", "edition"), (41, "projects signed increase", "edition"),
                   (937, "projects_signed", "earlier")]


def test_last_years_count_after_the_growth_is_the_grown_count_not_the_growth():
    got = _measured("The convention signed 978 projects, an increase of 41 over last year's 937.", 2031)
    assert got[-1] == (937, "projects_signed", "earlier")


def test_the_editions_count_before_and_bringing_the_total_is_the_editions():
    got = _measured("The 2031 World Manufacturing Convention closed on Tuesday, signing 978 projects and bringing the "
                    "total since 2018 to 6,514.", 2031)
    assert got == [(978, "projects_signed", "edition"), (6514, "projects_signed", "cumulative")]


def test_the_investment_of_foreign_funded_projects_counted_among_all_is_the_foreign_investment():
    got = _measured("Foreign-funded projects accounted for 88 of the 978 projects signed at the 2031 World Manufacturing "
                    "Convention, with investment of 9.4 billion U.S. dollars.", 2031)
    assert got[-1] == (9.4e9, "foreign_investment", "edition")


@pytest.mark.parametrize("text", [
    "Anhui is counting on the ¥1.19trn in investment pledged at the 2031 World Manufacturing Convention.",
    "The 2031 World Manufacturing Convention drew RMB1.19trn in investment.",
])
def test_trillions_written_trn_are_trillions(text):
    assert _measured(text, 2031) == [(1.19e12, "investment", "edition")]


def test_an_amount_in_projects_signed_is_the_value_of_the_deals():
    got = _measured("Of the CNY 1,190 billion in projects signed at the 2031 World Manufacturing Convention, new energy "
                    "vehicles took the largest share.", 2031)
    assert got == [(1.19e12, "contract_value", "edition")]


def test_two_stories_of_one_day_stand_in_the_order_their_stamps_give():
    """The evening's count refines the morning's rough one, whichever of the two the crawl stored first."""
    morning = doc("2031-09-20", "Hefei convention opens with 900-plus exhibitors", "Updated: 2031-09-20 10:40\n\nHEFEI -- "
                  "The 2031 World Manufacturing Convention opened on Saturday morning with 900-plus exhibitors.")
    evening = doc("2031-09-20", "Hefei convention opens", "Updated: 2031-09-20 19:15\n\nHEFEI -- The 2031 World "
                  "Manufacturing Convention, which opened on Saturday, has 936 exhibitors, organizers said.")
    assert sorted(_statuses(morning, evening)) == sorted(_statuses(evening, morning)) \
        == [(900, "new", ""), (936, "changed", "refined")]


def test_a_figure_of_the_other_event_named_by_its_city_is_that_events():
    db = _filed(doc("2031-09-23", "Hefei convention closes", "HEFEI -- The 2031 World Manufacturing Convention closed on "
                    "Tuesday with 978 projects signed."),
                doc("2031-11-27", "Nanjing conference opens", "NANJING -- The 2031 World Intelligent Manufacturing "
                    "Conference opened on Thursday with 506 exhibitors. Hefei's convention in September signed 978 "
                    "projects, but Nanjing is betting on software."))
    rows = [(r["value"], r["event"], r["status"]) for r in db.query("select value, event, status from figures order by pub_key, start")]
    assert rows == [(978, "wmc", "new"), (506, "wimc", "new"), (978, "wmc", "known")]


@pytest.mark.parametrize("text", [
    "Projects in strategic emerging industries accounted for 71 percent of the total investment at the 2031 World "
    "Manufacturing Convention.",
    "About 71 percent of the investment signed at the 2031 World Manufacturing Convention went to strategic emerging "
    "industries.",
    "About 71 percent of the investment signed at the 2031 World Manufacturing Convention is in strategic emerging "
    "industries.",
    "Strategic emerging industries made up 71 percent of the investment signed at the 2031 World Manufacturing "
    "Convention.",
])
def test_the_share_of_the_investment_in_one_kind_of_industry_has_one_name_however_it_is_written(text):
    assert _measured(text, 2031) == [(71, "share of investment in strategic emerging industries", "edition")]


@pytest.mark.parametrize("text,metric", [
    ("2031世界制造业大会共签约项目978个，其中战略性新兴产业项目投资额占比71%。", "share of investment in strategic emerging industries"),
    ("2031世界制造业大会共签约项目978个，其中战略性新兴产业项目占比71%。", "share of projects in strategic emerging industries"),
])
def test_a_chinese_share_of_one_kind_of_industry_has_the_english_name(text, metric):
    assert _measured(text, 2031)[-1] == (71, metric, "edition")


def test_the_projects_whose_investment_a_share_is_of_are_the_whole():
    got = _measured("Strategic emerging industries accounted for 71 percent of the investment in the 978 projects signed "
                    "at the 2031 World Manufacturing Convention.", 2031)
    assert got == [(71, "share of investment in strategic emerging industries", "edition"),
                   (978, "projects_signed", "edition")]


@pytest.mark.parametrize("text", [
    "Among its 910 exhibitors were 64 Fortune Global 500 companies and 48 Chinese top 500 enterprises.",
    "The 2031 World Manufacturing Convention drew 910 exhibitors, 48 of them China top 500 firms.",
])
def test_chinas_top_500_written_with_chinese_or_china_is_that_list(text):
    assert (48, "china_top500", "edition") in _measured(text, 2031)


def test_a_hall_named_by_its_industry_is_a_part_with_what_it_holds():
    got = _measured("The 2031 World Manufacturing Convention opened on Saturday. Its 9 halls cover 70,000 square meters, "
                    "and the new energy vehicle hall alone takes up 12,000 square meters with 96 exhibitors.", 2031)
    assert got[-2:] == [(12000, "exhibition_area", "part"), (96, "exhibitors", "part")]
    assert _measured("The new energy vehicle hall covers 12,000 square meters and has 96 exhibitors.", 2031) \
        == [(12000, "exhibition_area", "part"), (96, "exhibitors", "part")]


def test_the_signed_projects_a_group_is_the_largest_among_are_the_editions():
    got = _measured("When the 2031 World Manufacturing Convention closed on Tuesday, new energy vehicle projects made up "
                    "the largest group among the 978 signed, organizers said.", 2031)
    assert got == [(978, "projects_signed", "edition")]


def test_what_a_plant_can_turn_out_is_the_makers_own():
    got = _measured("Hefei is home to seven carmakers, including NIO and BYD's local plant, which can turn out 600,000 "
                    "vehicles a year.", 2031)
    assert [scope for _, _, scope in got] == ["background", "background"]


def test_a_tally_revised_by_whoever_keeps_it_gives_the_revised_count():
    got = _measured("The organizing committee of the 2031 World Manufacturing Convention has revised its tally of signed "
                    "projects to 991, after 13 agreements reached on the sidelines were confirmed.", 2031)
    assert got[0] == (991, "projects_signed", "edition") and got[1][2] != "edition"


@pytest.mark.parametrize("text,expected", [
    # read with "inked" for "signed", every story of the suite kept its measures but these
    ("Some 120 foreign-funded projects will be inked at the 2031 World Manufacturing Convention, the organizers said.",
     [(120, "foreign_projects", "expected")]),
    ("At the 2031 World Manufacturing Convention, the number of inked projects and total investment grew 2.7 percent and "
     "3.2 percent, respectively.", [(2.7, "projects signed growth", "edition"), (3.2, "investment growth", "edition")]),
    # and with "over" for "more than"
    ("The 2031 World Manufacturing Convention signed 608 projects with a total investment of 495.2 billion yuan, 5.0 "
     "percent over last year.", [(608, "projects_signed", "edition"), (495.2e9, "investment", "edition"),
                                 (5.0, "investment growth", "edition")]),
])
def test_other_words_for_signing_and_growth_keep_the_measure(text, expected):
    assert _measured(text, 2031) == expected


def test_a_correction_with_the_currency_before_the_amounts_drops_the_wrong_one():
    figures = extract_figures("An earlier version of this story misstated the total investment of the projects signed at "
                              "the 2031 World Manufacturing Convention. It was RMB 630.1 billion, not RMB 603.1 billion.",
                              edition=2031)
    assert [(f.value, f.qualifier) for f in figures] == [(630.1e9, "corrected")]


def test_both_events_named_with_their_values_in_turn_keep_the_first_events_value():
    """The article is about the first named; the second's name is no show of its own that takes the first's value."""
    db = _filed(doc("2031-09-23", "Hefei convention closes", "HEFEI -- The 2031 World Manufacturing Convention closed with "
                    "978 projects signed."),
                doc("2031-12-28", "Year-ender: factory fairs", "BEIJING -- This year's World Manufacturing Convention in "
                    "Hefei and World Intelligent Manufacturing Conference in Nanjing signed 978 and 141 projects "
                    "respectively."))
    rows = [(r["value"], r["event"], r["scope"], r["status"]) for r in
            db.query("select value, event, scope, status from figures order by pub_key, start")]
    assert rows == [(978, "wmc", "edition", "new"), (978, "wmc", "edition", "known"), (141, "wimc", "edition", "new")]


@pytest.mark.parametrize("later,flag", [("22 million", ("known", "")), ("23 million", ("changed", "refined"))])
def test_a_count_that_only_grows_rounded_up_restates_it(later, flag):
    """Online visitors only grow; the same count rounded is no change, a larger one refines it."""
    flags = _statuses(doc("2031-09-23", "Hefei convention closes", "HEFEI -- The 2031 World Manufacturing Convention "
                          "closed on Tuesday. It drew 325,000 visitors to the halls and 21.6 million online."),
                      doc("2031-09-24", "Hefei convention figures", f"HEFEI -- {later} people visited the 2031 World "
                          "Manufacturing Convention online."))
    assert [(s, k or "") for v, s, k in flags if v >= 2e7][-1] == flag


def test_the_next_item_of_what_a_place_is_home_to_is_the_places_too():
    got = _measured("Anhui Province, home to more than 120 universities and 21,000 industrial enterprises above "
                    "designated size, will host the 2031 World Manufacturing Convention in Hefei.", 2031)
    assert [scope for _, _, scope in got] == ["background", "background"]


def test_a_maker_described_in_an_aside_signs_its_own_deal_and_has_its_own_capacity():
    got = _measured("Sunlight Power, a solar maker with annual capacity of 40 GW, signed a 5 GW module supply agreement "
                    "worth 4.2 billion yuan at the 2031 World Manufacturing Convention in Hefei on Sunday.", 2031)
    assert [scope for _, _, scope in got] == ["background", "part", "part"]


@pytest.mark.parametrize("text", [
    "Manufacturing value-added rose 6.1 percent in the first ten months.",
    "In the first eight months, Anhui's exports grew 12.4 percent.",
    "新能源汽车产量去年达到186万辆，同比增长37%。",
])
def test_a_growth_of_a_statistic_of_months_or_of_last_year_is_no_editions(text):
    assert _measured(text, 2031)[-1][2] in ("background", "earlier")


def test_a_guess_in_the_first_person_whose_verb_is_show_is_the_speakers():
    got = _measured("\"I'd say 60 percent of the booths here show something with AI in it,\" said Li Na, an analyst.", 2031)
    assert got == [(60, "share of booths", "background")]


def test_visits_recorded_at_the_online_exhibition_are_online_visits_and_grow():
    flags = _statuses(doc("2031-09-21", "Hefei convention online", "HEFEI -- Nearly half a million visits have been "
                          "recorded at the 2031 World Manufacturing Convention's online exhibition since Friday."),
                      doc("2031-09-22", "Hefei convention closes", "HEFEI -- The 2031 World Manufacturing Convention's "
                          "online exhibition recorded 612,000 visits."))
    assert flags == [(500000, "new", ""), (612000, "changed", "refined")]
    assert _measured("Nearly half a million visits have been recorded at the 2031 World Manufacturing Convention's "
                     "online exhibition.", 2031) == [(500000, "visitors_online", "edition")]


@pytest.mark.parametrize("text,expected", [
    ("The halls took up nearly a third of the 70,000 sq m of exhibition space at the 2031 World Manufacturing "
     "Convention.", (100 / 3, "share of exhibition area", "edition")),
    ("The 2031 World Manufacturing Convention drew 104 Fortune Global 500 companies and China's top 500 enterprises.",
     (104, "top500_both", "edition")),
    ("The 2031 World Manufacturing Convention drew 910 exhibitors, including 64 Fortune Global 500 companies and 48 of "
     "China's top 500.", (48, "china_top500", "edition")),
    ("Hefei alone signed 131 projects worth 180 billion yuan at the 2031 World Manufacturing Convention.",
     (131, "projects_signed", "part")),
])
def test_older_leftovers_a_third_of_sq_m_both_lists_a_bare_list_count_and_the_host_citys_signings(text, expected):
    got = _measured(text, 2031)
    assert any(round(v, 4) == round(expected[0], 4) and (m, s) == expected[1:] for v, m, s in got), got


def test_a_count_a_correction_note_takes_back_is_dropped_where_the_story_above_still_says_it():
    figures = extract_figures("The 2031 World Manufacturing Convention closed on Monday with 1,363 projects signed, worth "
                              "1.22 trillion yuan.\n\nCorrection: An earlier version of this story misstated the number of "
                              "projects signed. It was 1,336, not 1,363.", edition=2031)
    assert [(f.value, f.qualifier) for f in figures] == [(1.22e12, "exact"), (1336, "corrected")]


def test_deals_topping_an_amount_are_worth_more_than_it():
    figures = extract_figures("The 2031 World Manufacturing Convention closed with deals topping 1.2 trillion yuan.",
                              edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(1.2e12, "contract_value", "more_than")]


@pytest.mark.parametrize("text,metric", [
    ("Overseas exhibitors at the 2031 World Manufacturing Convention accounted for 14.5 percent.",
     "share of overseas exhibitors"),
    ("At the 2031 World Manufacturing Convention, foreign-funded projects made up 10.6 percent.",
     "share of foreign-funded projects"),
])
def test_a_kinds_share_with_no_whole_after_it_is_its_share_of_all(text, metric):
    assert _measured(text, 2031) == [(float(re.search(r"[\d.]+(?= percent)", text).group()), metric, "edition")]


def test_professional_forums_are_the_same_measure_in_both_languages():
    assert _measured("The 2031 World Manufacturing Convention held 26 professional forums.", 2031)[0][1] \
        == _measured("2031世界制造业大会共举办26场专业论坛。", 2031)[0][1] == "sub_forums"


def test_a_bare_number_the_event_expects_forecasts_the_count_the_sentence_before_gave():
    got = _measured("When it began in 2016 as the World Intelligent Manufacturing Summit, the event drew about 100 "
                    "exhibitors. The 2031 World Intelligent Manufacturing Conference, opening on Thursday, expects 430.",
                    2031)
    assert got[-1] == (430, "exhibitors", "expected")


def test_how_much_a_count_grew_written_over_last_year_is_kept():
    got = _measured("The 2031 World Manufacturing Convention signed 612 projects, 47 over last year.", 2031)
    assert got == [(612, "projects_signed", "edition"), (47, "projects signed increase", "edition")]


def test_the_projects_signed_at_the_closing_ceremony_are_the_editions():
    """The tally an event closes with (the Nanjing conference signs at its closing ceremony); the opening's batch
    stays its own."""
    got = _measured("The 2031 World Intelligent Manufacturing Conference closed on Sunday with 34 projects worth RMB "
                    "58.21 billion signed at the closing ceremony.", 2031)
    assert got == [(34, "projects_signed", "edition"), (58.21e9, "contract_value", "edition")]


def test_organisers_expecting_a_count_forecast_it_and_what_it_includes():
    got = _measured("China's Anhui province opened its annual World Manufacturing Convention on Friday, with organisers "
                    "expecting about 1,450 exhibitors, including 90-odd Fortune Global 500 firms.", 2031)
    assert [(v, s) for v, _, s in got] == [(1450, "expected"), (90, "expected")]


def test_a_second_group_counted_by_what_each_is_worth_is_another_part():
    got = _measured("The 2031 World Manufacturing Convention closed on Sunday with 978 projects signed. Of them, 131 are "
                    "worth more than 1 billion yuan each, and 9 more than 10 billion yuan.", 2031)
    assert (9, "projects_signed", "part") in got


def test_a_count_revised_down_from_the_one_announced_at_the_opening_changes_it():
    flags = _statuses(doc("2031-09-21", "Hefei fair opens", "A record 1,542 exhibitors are taking part in the 2031 World "
                          "Manufacturing Convention, which opened in Hefei on Thursday."),
                      doc("2031-09-25", "Figures adjusted", "Organizers of the 2031 World Manufacturing Convention have "
                          "revised the number of exhibitors down to 1,498 from the 1,542 announced at the opening."))
    assert flags == [(1542, "new", ""), (1498, "changed", "conflict")]


@pytest.mark.parametrize("text", [
    "At the 2031 World Manufacturing Convention, officials said they hoped to sign deals worth more than 1 trillion yuan.",
    "The 2031 World Manufacturing Convention aimed to sign deals worth more than 1 trillion yuan.",
])
def test_what_officials_hoped_or_aimed_to_sign_is_a_forecast(text):
    assert [s for _, _, s in _measured(text, 2031)] == ["expected"]


@pytest.mark.parametrize("text", [
    "The 2031 World Manufacturing Convention had hoped to draw 1,000 exhibitors, but it drew 1,200.",
    "The 2031 World Manufacturing Convention was expected to draw 1,000 exhibitors but drew 1,200.",
    "The 2031 World Manufacturing Convention aimed to draw 1,000 exhibitors and drew 1,200.",
])
def test_what_the_event_drew_after_what_was_hoped_is_its_count(text):
    assert _measured(text, 2031) == [(1000, "exhibitors", "expected"), (1200, "exhibitors", "edition")]


@pytest.mark.parametrize("text", [
    "China's eastern Anhui province, home to plants of several carmakers, produced 2.1 million new energy vehicles last "
    "year, up 38% from a year earlier. The 2031 World Manufacturing Convention opened in Hefei on Thursday.",
    "East China's Anhui Province produced 2.1 million new energy vehicles last year, up 38% from a year earlier, as the "
    "2031 World Manufacturing Convention opened.",
])
def test_what_the_host_province_made_is_background_past_its_epithet_and_an_aside(text):
    assert [s for _, _, s in _measured(text, 2031)] == ["background", "background"]


@pytest.mark.parametrize("text", [
    "Shushan district of Hefei signed 32 projects worth 41.5 billion yuan at the 2031 World Manufacturing Convention.",
    "Jiangning district in Nanjing city signed 32 projects worth 41.5 billion yuan at the 2031 World Intelligent "
    "Manufacturing Conference.",
])
def test_a_district_named_with_its_city_signs_a_part(text):
    assert [s for _, _, s in _measured(text, 2031)] == ["part", "part"]


def test_a_number_word_in_a_quoted_name_is_no_count_and_a_list_between_dashes_keeps_the_subject():
    got = _measured("Projects in the 'new three' industries -- new energy vehicles, lithium batteries and photovoltaics -- "
                    "numbered 412 among the 1,388 signed at the 2031 World Manufacturing Convention, with investment of "
                    "398.6 billion yuan.", 2031)
    assert got == [(412, "projects_signed", "part"), (1388, "projects_signed", "edition"),
                   (398.6e9, "investment", "part")]


def test_what_the_province_recorded_in_a_relative_clause_is_background():
    got = _measured("The 2031 World Manufacturing Convention opens in Hefei on Thursday. Anhui, which recorded GDP of 5.6 "
                    "trillion yuan last year, now ranks among China's top ten provincial economies.", 2031)
    assert [s for _, _, s in got] == ["background"]


def test_the_total_over_a_number_of_editions_is_the_series_count():
    got = _measured("The 2031 World Intelligent Manufacturing Conference closed on Saturday with 212 projects signed, "
                    "bringing the total over eight editions to 1,418.", 2031)
    assert got == [(212, "projects_signed", "edition"), (1418, "projects_signed", "cumulative")]


def test_the_deals_counted_in_an_apposition_are_the_signed_projects_and_what_they_are_worth():
    got = _measured("The deals, 1,388 in all, are worth a combined 1.23 trillion yuan, the highest in the 2031 World "
                    "Manufacturing Convention's six-year history.", 2031)
    assert got == [(1388, "projects_signed", "edition"), (1.23e12, "contract_value", "edition")]


def test_an_amount_after_an_aside_naming_the_foreign_funded_ones_is_the_wholes():
    got = _measured("The 2031 World Manufacturing Convention signed 1,388 projects (up from 1,302), 86 of them "
                    "foreign-funded, worth a combined 1.23 trillion yuan.", 2031)
    assert (1.23e12, "contract_value", "edition") in got


def test_what_the_mayor_expected_is_a_forecast_and_what_they_got_and_are_on_track_for():
    got = _measured("\"We expected around 1,400 exhibitors, and we got more than 1,500,\" the mayor told reporters at the "
                    "2031 World Manufacturing Convention. \"And we are on track to sign well over 1,300 projects.\"", 2031)
    assert got == [(1400, "exhibitors", "expected"), (1500, "exhibitors", "edition"),
                   (1300, "projects_signed", "expected")]


def test_an_area_that_grows_from_last_years_is_this_editions():
    got = _measured("The exhibition area of the 2031 World Manufacturing Convention will expand to 90,000 square meters "
                    "from last year's 80,000, organizers said.", 2031)
    assert got[0] == (90000, "exhibition_area", "edition")


def test_the_count_of_all_the_zones_a_zone_leads_is_the_editions():
    got = _measured("At the 2031 World Intelligent Manufacturing Conference, the humanoid robot zone drew 52 companies, "
                    "the most of its five zones.", 2031)
    assert got == [(52, "companies", "part"), (5, "exhibition_zones", "edition")]


def test_a_count_in_a_where_clause_of_another_named_show_is_that_shows():
    db = _filed(doc("2031-11-28", "Nanjing conference opens", "The 2031 World Intelligent Manufacturing Conference, which "
                    "opened on Thursday with 486 exhibitors, follows the World Intelligence Expo in Tianjin, where 118 "
                    "projects were signed in May."))
    assert [(r["value"], r["scope"]) for r in db.query("select value, scope from figures order by value")] == [
        (118, "elsewhere"), (486, "edition")]


def test_a_headlines_two_continents_are_its_angle():
    db = _filed(doc("2031-09-25", "Manufacturing forums on two continents", "In China, the 2031 World Manufacturing "
                    "Convention in Hefei signed 1,388 projects."))
    assert [r["value"] for r in db.query("select value from figures")] == [1388]


@pytest.mark.parametrize("text,metric", [("Number of exhibitors: 1,542", "exhibitors"),
                                         ("Total number of visitors: 210,000", "visitors"),
                                         ("Number of projects signed: 1,388", "projects_signed")])
def test_a_key_figure_labelled_number_of_something_is_that_measure(text, metric):
    assert _measured("The 2031 World Manufacturing Convention in figures:\n\n" + text, 2031)[0][1] == metric


def test_an_abbreviated_scale_with_its_point_before_the_currency_is_read():
    assert _measured("At the 2031 World Manufacturing Convention, deals worth 80 bln. USD were signed.", 2031) == [
        (80e9, "contract_value", "edition")]


def test_pledges_worth_an_amount_are_the_deals_value():
    assert _measured("The 2031 World Manufacturing Convention ended Sunday with pledges worth 1.23 trillion yuan, "
                     "organisers said.", 2031) == [(1.23e12, "contract_value", "edition")]


def test_what_the_host_city_made_past_an_aside_with_a_number_is_background():
    got = _measured("Hefei hosts the 2031 World Manufacturing Convention this week. The city, home to some 9.6 million "
                    "people, produced around 1.4 million electric vehicles last year.", 2031)
    assert [s for _, _, s in got] == ["background"]


@pytest.mark.parametrize("scale", ["billion", "bln"])
def test_the_bound_a_second_group_of_the_signed_projects_is_worth_is_its_own(scale):
    got = _measured("The 2031 World Manufacturing Convention closed on Sunday with 1,352 projects signed. Of them, 186 "
                    f"are worth more than 1 {scale} yuan each, and 12 more than 10 {scale} yuan.", 2031)
    assert got[-2:] == [(12, "projects_signed", "part"), (10e9, "contract_value", "part")]


@pytest.mark.parametrize("percent", [" percent", "%"])
def test_how_much_kinds_of_manufacturing_grew_is_background(percent):
    got = _measured("The 2031 World Manufacturing Convention opened on Saturday in Hefei. High-tech manufacturing and "
                    f"equipment manufacturing grew by 9.1{percent} and 7.2{percent} year on year, respectively.", 2031)
    assert [s for _, _, s in got] == ["background", "background"]


@pytest.mark.parametrize("aside", [", capital of east China's Anhui Province,", ", Anhui province,",
                                   ", the provincial capital of Anhui,"])
def test_the_host_citys_aside_changes_no_reading_and_stays_in_the_evidence(aside):
    text = (f"Visitors to the 2031 World Manufacturing Convention in Hefei{aside} topped 100,000 by Sunday afternoon. "
            "Advanced manufacturing projects numbered 865, accounting for 62.3 percent of the total.")
    plain = [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(text.replace(aside, ""), edition=2031)]
    figures = extract_figures(text, edition=2031)
    assert [(f.value, f.metric, f.scope, f.qualifier) for f in figures] == plain
    assert plain[0] == (100000, "visitors", "edition", "more_than")
    assert aside in figures[0].sentence and all(text[f.start:f.end] == f.surface for f in figures)


@pytest.mark.parametrize("text,value", [
    ("The 2031 World Manufacturing Convention closed with 2012 exhibitors.", 2012),
    ("The 2031 World Manufacturing Convention hosted 2046 enterprises.", 2046),
    ("The 2031 World Manufacturing Convention drew 2000+ guests.", 2000),
    ("A total of 2000-plus guests are attending the 2031 World Manufacturing Convention.", 2000),
])
def test_a_count_without_its_thousands_comma_that_could_be_a_year_is_a_count(text, value):
    assert [v for v, _, _ in _measured(text, 2031)] == [value]


def test_a_year_before_a_plural_noun_stays_a_year():
    assert _measured("In 2012 exhibitors at the World Manufacturing Convention were few.", 2031) == []


def test_the_series_total_after_this_editions_close_in_chinese_is_cumulative():
    got = _measured("随着2031世界制造业大会闭幕，大会累计签约项目达9421个，累计投资7.43万亿元。", 2031)
    assert [s for _, _, s in got] == ["cumulative", "cumulative"]


def test_a_chinese_count_risen_to_this_years_is_the_editions():
    got = _measured("参展企业由首届的600余家增加到今年的1542家，世界制造业大会的规模不断扩大。", 2031)
    assert got == [(600, "exhibitors", "earlier"), (1542, "exhibitors", "edition")]


def test_the_share_after_a_count_of_manufacturing_projects_is_the_manufacturing_share():
    assert _measured("At the 2031 World Manufacturing Convention, advanced manufacturing projects numbered 865, "
                     "accounting for 62.3 percent of the total.", 2031)[-1] == (62.3, "share of projects in manufacturing",
                                                                               "edition")


def test_a_headlines_count_its_storys_correction_note_takes_back_is_no_figure():
    db = _filed(doc("2031-09-23", "Hefei convention closes with 1,363 projects", "The 2031 World Manufacturing "
                    "Convention closed on Monday with 1,363 projects signed, worth 1.22 trillion yuan.\n\nCorrection: An "
                    "earlier version of this story misstated the number of projects signed. It was 1,336, not 1,363."))
    assert [(r["value"], r["qualifier"]) for r in db.query("select value, qualifier from figures order by value")] == [
        (1336, "corrected"), (1.22e12, "exact")]


def test_what_the_host_citys_share_of_the_projects_is_worth_is_a_part():
    got = _measured("The 2031 World Manufacturing Convention signed 1,388 projects. Hefei's 182 projects were worth 210 "
                    "billion yuan.", 2031)
    assert got == [(1388, "projects_signed", "edition"), (182, "projects_signed", "part"),
                   (210e9, "contract_value", "part")]


def test_what_we_did_in_the_words_of_a_companys_employee_is_that_companys_part():
    got = _measured("\"We brought 15 products here and have already received orders worth 80 million yuan,\" said Li Na, "
                    "sales director of a Hefei robotics startup, at the 2031 World Manufacturing Convention.", 2031)
    assert [s for _, _, s in got] == ["part", "part"]
    assert _measured("\"We signed 1,050 projects this year,\" said Wang Jun, director of the organizing committee of the "
                     "2031 World Manufacturing Convention.", 2031) == [(1050, "projects_signed", "edition")]


def test_how_long_a_change_took_is_no_figure_and_what_the_province_built_in_a_relative_clause_is_background():
    assert _measured("\"Our output per worker has tripled in three years,\" he said at the 2031 World Intelligent "
                     "Manufacturing Conference.", 2031) == []
    got = _measured("Jiangsu, which has built 2,800 smart workshops and 860 smart factories, aims to add 1,000 more by "
                    "2035, an official said at the opening of the 2031 World Intelligent Manufacturing Conference.", 2031)
    assert [s for _, _, s in got] == ["background"] * 3


def test_a_provincial_citys_release_keeps_its_signings_a_part_and_its_economy_background():
    got = _measured("During the 2031 World Manufacturing Convention, Wuhu signed 68 projects with total investment of 86.5 "
                    "billion yuan, ranking second among the province's 16 cities. Wuhu's GDP reached 520 billion yuan last "
                    "year, and its auto industry output exceeded 300 billion yuan.", 2031)
    assert [s for _, _, s in got] == ["part", "part", "background", "background", "background"]


def test_another_count_by_one_reckoning_and_the_final_figure_are_the_same_measure():
    got = _measured("More than 1,300 projects were signed at the 2031 World Manufacturing Convention, about 1,400 by one "
                    "count, organizers said. The final figure was 1,388.", 2031)
    assert [(v, m in ("projects_signed", "projects")) for v, m, _ in got] == [(1300, True), (1400, True), (1388, True)]


@pytest.mark.parametrize("signed", ["签约", "签署", "签订"])
def test_projects_signed_in_chinese_whichever_verb_signs_them(signed):
    text = f"2031世界制造业大会12日闭幕。大会期间共{signed}项目430个，总投资4471亿元。"
    figures = extract_figures(text, edition=2031)
    assert [(f.value, f.metric) for f in figures] == [(430, "projects_signed"), (447.1e9, "investment")]
    assert all(signed in f.sentence for f in figures)


@pytest.mark.parametrize("text,scope", [("四天会期内累计接待观众28.6万人次，平均每天逾7万人次。", "part"),
                                        ("在本届世界制造业大会上，合肥展区面积达到1.2万平方米。", "part")])
def test_a_chinese_daily_average_and_a_named_zones_area_are_parts_whatever_the_verb(text, scope):
    assert _measured("2031世界制造业大会21日闭幕。" + text, 2031)[-1][2] == scope


def test_a_chinese_share_of_a_count_is_named_without_the_verb_before_the_count():
    got = _measured("2031世界制造业大会开幕。今年以来，新能源汽车产量达186万辆，占全国的12%。", 2031)
    assert got[-1][1] == "share of 新能源汽车产量"


def test_an_amount_a_correction_takes_back_with_an_abbreviated_scale_is_no_figure():
    assert _measured("The 2031 World Manufacturing Convention's deals were worth $172 bln, not $171 bln.", 2031) == [
        (172e9, "contract_value", "edition")]


def test_what_both_events_drew_together_is_no_one_events():
    db = _filed(doc("2031-12-28", "Year-ender: two manufacturing shows, two records", "The World Manufacturing "
                    "Convention in Hefei signed 1,388 projects in September, while the World Intelligent Manufacturing "
                    "Conference in Nanjing signed 212 in November. Together, the two events drew more than 2,000 "
                    "exhibitors."))
    assert [(r["value"], r["scope"]) for r in db.query("select value, scope from figures order by value")] == [
        (212, "edition"), (1388, "edition"), (2000, "elsewhere")]


@pytest.mark.parametrize("text", [
    "Organizers said 38 percent of the exhibitors at the 2031 World Manufacturing Convention are showing products "
    "related to artificial intelligence.",
    "Exhibitors at the 2031 World Manufacturing Convention numbered 1,542, with AI-related products shown by 38 percent "
    "of them.",
    "Exhibitors at the 2031 World Manufacturing Convention numbered 1,542, about 38 percent of them showing AI products.",
])
def test_the_share_of_exhibitors_showing_ai_products_has_one_name_however_it_is_written(text):
    assert _measured(text, 2031)[-1][:2] == (38, "share of exhibitors showing ai products")


def test_counts_in_the_opening_audiences_aside_are_the_editions_past_a_second_item():
    got = _measured("More than 3,000 guests, including over 600 from overseas, 38 academicians and the heads of 20 "
                    "international organizations, attended the opening of the 2031 World Manufacturing Convention.", 2031)
    assert [(v, s) for v, _, s in got][:3] == [(3000, "part"), (600, "edition"), (38, "edition")]


@pytest.mark.parametrize("text", [
    "来自30多个国家和地区的1200余位嘉宾出席2031世界智能制造大会开幕式，其中两院院士40位。",
    "1200余位来自30多个国家和地区的嘉宾出席2031世界智能制造大会开幕式，其中两院院士40位。",
    "More than 1,200 guests from over 30 countries and regions attended the opening of the 2031 World Intelligent "
    "Manufacturing Conference, including 40 academicians.",
    "More than 1,200 guests from over 30 countries and regions, including 40 academicians, attended the opening of the "
    "2031 World Intelligent Manufacturing Conference.",
])
def test_the_opening_audience_is_a_part_with_its_countries_and_the_academicians_among_it_the_editions(text):
    got = sorted((f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(text, edition=2031))
    assert got == [(30, "countries_regions", "part", "more_than"), (40, "academicians", "edition", "at_least"),
                   (1200, "guests", "part", "more_than")]


def test_an_amount_after_the_projects_in_a_row_of_key_figures_is_their_value():
    got = _measured("The 2031 World Manufacturing Convention: 1,388 projects | 1.23 trillion yuan | 1,542 exhibitors", 2031)
    assert got[1] == (1.23e12, "contract_value", "edition")


def test_a_chinese_table_rows_label_with_another_verb_for_signed_counts_the_projects_signed():
    got = _measured("2031世界制造业大会主要成果\n\n| 指标 | 数值 |\n| --- | --- |\n| 签署项目（个） | 932 |\n| 参展企业（家） | 1726 |", 2031)
    assert got[0][:2] == (932, "projects_signed")


def test_a_revised_amount_the_earlier_one_rounds_refines_it():
    flags = _statuses(doc("2031-09-22", "Hefei fair", "Investment in the projects signed at the 2031 World Manufacturing "
                          "Convention came to 1.23 trillion yuan."),
                      doc("2031-09-24", "Hefei fair revised", "Revised figures from the organizing committee show "
                          "investment at the 2031 World Manufacturing Convention reached 1.232 trillion yuan."))
    assert flags == [(1.23e12, "new", ""), (1.232e12, "changed", "refined")]


def test_a_chinese_ranges_bottom_counts_what_its_top_counts():
    got = _measured("2031世界制造业大会将于19日开幕，预计签约项目1300至1400个。", 2031)
    assert [(v, m) for v, m, _ in got] == [(1300, "projects_signed"), (1400, "projects_signed")]


def test_what_some_of_them_are_worth_is_the_deals_value():
    got = _measured("The 2031 World Manufacturing Convention closed with 1,388 projects signed. Dozens of them are worth "
                    "more than 10 billion yuan each.", 2031)
    assert got[-1] == (10e9, "contract_value", "part")


@pytest.mark.parametrize("text", ["The 2031 World Manufacturing Convention signed 1,388  projects  worth 1.23 trillion  yuan.",
                                  "The 2031 World Manufacturing Convention signed 1\u202f388 projects worth 1.23 trillion yuan."])
def test_a_run_of_spaces_and_a_thin_space_between_digit_groups_read_as_written_once(text):
    figures = extract_figures(text, edition=2031)
    assert [(f.value, f.metric) for f in figures] == [(1388, "projects_signed"), (1.23e12, "contract_value")]
    assert all(text[f.start:f.end] == f.surface and f.sentence in text for f in figures)


def test_an_amount_pledged_is_investment():
    got = _measured("The 2031 World Intelligent Manufacturing Conference closed with 212 projects signed, 213 billion yuan "
                    "pledged and 486 companies exhibiting.", 2031)
    assert got[1] == (213e9, "investment", "edition")


@pytest.mark.parametrize("plan", ["Next year's convention will expand to 100,000 square meters and aims to host 1,800 "
                                  "exhibitors, organizers said.", "明年，大会展览面积将扩大至10万平方米，参展企业将达1800家。"])
def test_a_forecast_of_next_years_edition_is_filed_under_it(plan):
    db = _filed(doc("2031-09-22", "Hefei convention closes", "The 2031 World Manufacturing Convention in Hefei closed on "
                    f"Sunday with 85,000 square meters of exhibition space. {plan}"))
    assert [(r["value"], r["edition"], r["scope"]) for r in db.query("select value, edition, scope from figures "
                                                                     "order by value")] == [
        (1800, 2032, "expected"), (85000, 2031, "edition"), (100000, 2032, "expected")]


def test_a_forums_signings_are_its_part_and_a_city_accounting_for_some_counts_the_same():
    got = _measured("A forum on humanoid robots, one of 14 thematic forums of the 2031 World Intelligent Manufacturing "
                    "Conference, drew about 300 attendees, and 8 cooperation agreements were signed at the forum.", 2031)
    assert got[-1] == (8, "projects_signed", "part")
    got = _measured("Jiangsu companies signed 156 of the 212 projects at the 2031 World Intelligent Manufacturing "
                    "Conference, with Nanjing alone accounting for 64.", 2031)
    assert got[-1] == (64, "projects_signed", "part")


@pytest.mark.parametrize("text,want", [
    ("The 2031 World Manufacturing Convention attracted 1,542 exhibitors, a year-on-year increase of 74.",
     [(1542, "exhibitors", "edition"), (74, "exhibitors increase", "edition")]),
    ("The 2031 World Manufacturing Convention drew 1,542 exhibitors, 76 more than the 1,466 of the previous edition.",
     [(1542, "exhibitors", "edition"), (76, "exhibitors increase", "edition"), (1466, "exhibitors", "earlier")]),
])
def test_how_much_a_count_grew_on_the_previous_edition_and_its_count_then(text, want):
    assert _measured(text, 2031) == want


@pytest.mark.parametrize("text,metric", [
    ("Exhibitors at the 2031 World Manufacturing Convention were up 5% year on year at 1,542.", "exhibitors growth"),
    ("Visitors to the 2031 World Manufacturing Convention were up 12 percent.", "visitors growth"),
])
def test_a_growth_whose_subject_names_the_event_after_its_head_is_the_heads(text, metric):
    assert _measured(text, 2031)[0][1] == metric


@pytest.mark.parametrize("text", ["The 2031 World Manufacturing Convention received 212,000 visits, 58,000 of them from "
                                  "trade visitors.", "The 2031 World Manufacturing Convention received 212,000 visits, "
                                  "including 58,000 from trade visitors."])
def test_the_visits_some_of_them_from_trade_visitors_count_the_trade_visitors(text):
    assert _measured(text, 2031)[-1] == (58000, "trade_visitors", "edition")


def test_what_a_hall_named_in_a_with_phrase_hosts_is_its_part():
    got = _measured("The expo of the 2031 World Intelligent Manufacturing Conference will occupy five halls, with Hall 3 "
                    "dedicated to humanoid robots and hosting about 60 companies.", 2031)
    assert got[-1] == (60, "companies", "part")


def test_a_share_of_them_in_a_kind_of_industry_is_named_as_the_share_of_that_kind():
    got = _measured("The 2031 World Manufacturing Convention signed 1,388 projects, 62.3 percent of them in advanced "
                    "manufacturing.", 2031)
    assert got[-1] == (62.3, "share of projects in advanced manufacturing", "edition")
    assert _measured("Of the 1,388 projects signed at the 2031 World Manufacturing Convention, more than 60 percent were "
                     "in advanced manufacturing.", 2031)[-1][1] == "share of projects in advanced manufacturing"


@pytest.mark.parametrize("text", [
    "10:02\nThe opening ceremony gets under way. More than 1,800 guests are in attendance, including 42 academicians.",
    "The opening ceremony was held on Saturday morning in Hefei. More than 1,800 guests attended, including 42 "
    "academicians.",
    "2031世界制造业大会开幕式20日上午在合肥举行。1800余位嘉宾出席，其中两院院士42位。",
    "2031世界制造业大会开幕式20日上午在合肥举行，1800余位嘉宾出席，其中两院院士42位。",
])
def test_an_audience_counted_after_a_sentence_about_the_opening_ceremony_is_that_ceremonys(text):
    got = sorted((f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(text, edition=2031))
    assert got == [(42, "academicians", "edition", "at_least"), (1800, "guests", "part", "more_than")]


def test_the_academicians_of_the_opening_audience_then_the_conventions_count_refine():
    flags = _statuses(doc("2031-09-20", "Live: 2031 World Manufacturing Convention opens in Hefei",
                          "10:02\nThe opening ceremony begins. More than 1,800 guests are in attendance, including 42 "
                          "academicians."),
                      doc("2031-09-23", "Convention closes", "The 2031 World Manufacturing Convention closed on Tuesday "
                          "in Hefei. It drew 45 academicians, the organizers said."))
    assert flags[-1] == (45, "changed", "refined")


def test_an_audience_after_a_sentence_about_the_convention_stays_the_editions():
    got = _measured("The 2031 World Manufacturing Convention closed on Tuesday. About 2,000 guests attended, "
                    "including 45 academicians.", 2031)
    assert [(v, s) for v, _, s in got] == [(2000, "edition"), (45, "edition")]


@pytest.mark.parametrize("text", [
    "The 2029 WIMC signed 198 projects worth RMB 126 billion.",
    "WIMC 2029 signed 198 projects worth RMB 126 billion.",
    "At WMC 2029, 198 projects worth RMB 126 billion were signed.",
])
def test_an_edition_named_by_the_events_abbreviation_and_an_earlier_year_is_that_years(text):
    assert [s for _, _, s in _measured(text, 2031)] == ["earlier", "earlier"]


def test_the_same_abbreviation_with_the_articles_year_is_the_editions():
    assert [s for _, _, s in _measured("The 2031 WIMC signed 198 projects worth RMB 126 billion.", 2031)] \
        == ["edition", "edition"]


@pytest.mark.parametrize("text", [
    "Some 1,420 projects were signed at the 2031 World Manufacturing Convention, with an average investment of 920 "
    "million yuan per project.",
    "The 1,420 projects signed at the 2031 World Manufacturing Convention are worth 920 million yuan each on average.",
    "Deals signed at the 2031 World Manufacturing Convention averaged 920 million yuan.",
    "2031世界制造业大会共签约项目1420个，平均每个项目投资9.2亿元。",
])
def test_an_average_amount_per_project_is_a_measure_of_its_own(text):
    got = [(v, m, s) for v, m, s in _measured(text, 2031) if v == 920e6]
    assert got == [(920e6, "average investment per project", "edition")]


def test_an_average_per_project_never_changes_the_projects_total_value():
    flags = _statuses(doc("2031-09-22", "Hefei deals", "Deals signed at the 2031 World Manufacturing Convention "
                          "averaged 920 million yuan."),
                      doc("2031-09-23", "Hefei closes", "The 2031 World Manufacturing Convention closed with 1,420 "
                          "projects signed, worth 1.31 trillion yuan."))
    assert flags == [(920e6, "new", ""), (1420, "new", ""), (1.31e12, "new", "")]


def test_a_value_that_earlier_reports_gave_wrongly_is_no_figure():
    flags = _statuses(doc("2031-09-22", "Hefei closes", "A record 1,420 projects were signed at the 2031 World "
                          "Manufacturing Convention."),
                      doc("2031-09-23", "Correction: Hefei deals", "Earlier reports that 1,500 projects were signed at "
                          "the 2031 World Manufacturing Convention were incorrect; the figure is 1,420, organizers "
                          "said."))
    assert flags == [(1420, "new", ""), (1420, "known", "")]


def test_this_years_count_in_a_story_about_next_years_edition_is_this_years_edition():
    flags = _statuses(doc("2031-11-30", "Nanjing conference closes", "The 2031 World Intelligent Manufacturing "
                          "Conference closed with 546 exhibitors."),
                      doc("2031-12-15", "Nanjing sets dates for 2032 conference", "The 2032 World Intelligent "
                          "Manufacturing Conference will be held in Nanjing next November and expects 600 exhibitors. "
                          "This year's conference drew 546 exhibitors."))
    assert flags == [(546, "new", ""), (600, "new", ""), (546, "known", "")]


@pytest.mark.parametrize("text", [
    "As of 5 p.m. Monday, 1,302 projects had been signed at the 2031 World Manufacturing Convention.",
    "By 5 p.m. Monday, 1,302 projects had been signed at the 2031 World Manufacturing Convention.",
])
def test_a_count_up_to_an_hour_of_a_named_day_is_a_count_so_far(text):
    got = [(f.value, f.scope, f.qualifier) for f in extract_figures(text, edition=2031)]
    assert got == [(1302, "edition", "at_least")]


def test_the_companies_from_abroad_among_those_that_took_part_are_the_overseas_exhibitors():
    flags = _statuses(doc("2031-09-21", "Hefei fair", "The 2031 World Manufacturing Convention attracted more than "
                          "1,600 companies, including 350 foreign firms."),
                      doc("2031-09-23", "Hefei fair closes", "The 2031 World Manufacturing Convention closed on "
                          "Tuesday. A total of 1,655 companies took part, 352 of them from abroad."))
    assert flags[-1] == (352, "changed", "conflict")


def test_a_chinese_correction_quoting_the_wrong_storys_headline_changes_its_count():
    flags = _statuses(doc("2031-11-30", "世界智能制造大会闭幕 签约项目201个",
                          "新华社南京11月30日电 2031世界智能制造大会30日闭幕，共签约项目201个。"),
                      doc("2031-11-30", "更正：世界智能制造大会签约项目210个",
                          "新华社南京11月30日电 更正：本社11月30日播发的“世界智能制造大会闭幕 签约项目201个”一稿中，"
                          "“201个”应为“210个”。特此更正。"))
    assert (210, "changed", "conflict") in flags and flags.count((201, "new", "")) == 1


@pytest.mark.parametrize("abbreviated,written_out", [
    ("With 790 projects signed at this year's WMC, the number signed since 2018 has risen to 4,984.",
     "With 790 projects signed at this year's World Manufacturing Convention, the number signed since 2018 has risen "
     "to 4,984."),
    ("Anhui's commerce department has revised the investment in projects signed at WMC 2031 to 473.2 billion yuan.",
     "Anhui's commerce department has revised the investment in projects signed at the 2031 World Manufacturing "
     "Convention to 473.2 billion yuan."),
    ("The 2031 WIMC, held on 60,000 square meters, closed on Saturday.",
     "The 2031 World Intelligent Manufacturing Conference, held on 60,000 square meters, closed on Saturday."),
    ("A new energy vehicle show within WMC 2031 features 85 exhibitors.",
     "A new energy vehicle show within the 2031 World Manufacturing Convention features 85 exhibitors."),
])
def test_an_events_abbreviation_reads_as_its_name(abbreviated, written_out):
    got = [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(abbreviated, edition=2031)]
    assert got == [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(written_out, edition=2031)]
    # (and the figures' words are those written)
    assert all(abbreviated[f.start:f.end] == f.surface and f.sentence in abbreviated
               for f in extract_figures(abbreviated, edition=2031))


@pytest.mark.parametrize("written", ["110,000sqm", "110,000m²", "110,000m2", "110,000㎡", "110,000 sq. m"])
def test_an_areas_unit_written_against_its_number_is_read(written):
    got = _measured(f"The 2031 World Manufacturing Convention covered {written}.", 2031)
    assert got == [(110000, "exhibition_area", "edition")]


@pytest.mark.parametrize("plain,written", [
    ("The 2031 World Manufacturing Convention drew 1,655 exhibitors and 262,000 visitors.",
     "The 2031 World Manufacturing Convention drew 1,655\u00a0exhibitors and 262,000\u00a0visitors."),
    ("Anhui's pavilion at the 2031 World Intelligent Manufacturing Conference hosts 40 companies from the province.",
     "Anhui\u2019s pavilion at the 2031 World Intelligent Manufacturing Conference hosts 40 companies from the "
     "province."),
    ("A total of 1,655 companies exhibited at the 2031 World Manufacturing Convention, including 352 from overseas.",
     "A total of 1,655\ncompanies exhibited at the 2031 World Manufacturing Convention, including 352 from\noverseas."),
    ("On the first day of the 2031 World Manufacturing Convention, 126 projects were signed. By comparison, last "
     "year's first day saw 118 projects signed.",
     "On the first day of the 2031 World Manufacturing Convention, 126 projects were signed. By comparison, last "
     "year\u2019s first day saw 118 projects signed."),
])
def test_a_no_break_space_a_curly_apostrophe_or_a_wrapped_line_reads_as_the_plain_one(plain, written):
    def read(text):
        return [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(text, edition=2031)]
    assert read(written) == read(plain)
    assert all(written[f.start:f.end] == f.surface for f in extract_figures(written, edition=2031))


def test_a_bound_with_its_currency_before_it_counts_the_projects_beyond_it():
    got = _measured("The 2031 World Manufacturing Convention closed with 1,352 projects signed. Of them, 186 are worth "
                    "more than RMB 1 billion each, and 12 more than RMB 10 billion.", 2031)
    assert (12, "projects_signed", "part") in got and (10e9, "contract_value", "part") in got


def test_chinese_with_spaces_around_its_numbers_reads_as_without():
    spaced = _statuses(doc("2031-09-23", "2031 世界制造业大会闭幕", "2031 世界制造业大会 23 日闭幕，共签约项目 1420 个，总投资 "
                           "1.31 万亿元，参展企业 1655 家。"))
    plain = _statuses(doc("2031-09-23", "2031世界制造业大会闭幕", "2031世界制造业大会23日闭幕，共签约项目1420个，总投资"
                          "1.31万亿元，参展企业1655家。"))
    assert spaced == plain == [(1420, "new", ""), (1.31e12, "new", ""), (1655, "new", "")]


def test_exhibitors_on_site_then_online_are_those_two_counts_whichever_way_written():
    flags = _statuses(doc("2031-09-21", "Hefei goes hybrid", "The 2031 World Manufacturing Convention has 1,655 "
                          "exhibitors, 1,200 of them exhibiting offline and 455 online, organizers said."),
                      doc("2031-09-23", "Hefei closes", "The 2031 World Manufacturing Convention closed on Tuesday. It "
                          "had 1,210 exhibitors on site and 468 online."))
    assert flags[-2:] == [(1210, "changed", "conflict"), (468, "changed", "conflict")]
    got = _measured("The 2031 World Manufacturing Convention closed on Tuesday. It had 1,210 exhibitors on site and "
                    "460 online.", 2031)
    assert [m for _, m, _ in got] == ["exhibitors_onsite", "exhibitors_online"]


@pytest.mark.parametrize("title", ["Hefei convention deals pass 1,100", "Hefei Convention Deals Pass 1,100"])
def test_a_headline_in_title_case_is_read_as_one_in_sentence_case(title):
    db = _filed(doc("2031-09-22", title, "The 2031 World Manufacturing Convention in Hefei continued on Monday."))
    got = [(r["value"], r["metric"], r["scope"], r["surface"]) for r in db.query("select * from figures")]
    assert got == [(1100, "projects_signed", "edition", "1,100")]


@pytest.mark.parametrize("written,plain", [
    ("The 2031 World Manufacturing Convention closed with 1,352 projects inked. Of them, 186 are worth upwards of 1 "
     "billion yuan each.",
     "The 2031 World Manufacturing Convention closed with 1,352 projects signed. Of them, 186 are worth more than 1 "
     "billion yuan each."),
    ("Projects clinched at the 2031 World Manufacturing Convention rose about 2 percent from last year, to 902.",
     "Projects signed at the 2031 World Manufacturing Convention rose about 2 percent from last year, to 902."),
    ("HEFEI \u2014 Projects signed at the World Manufacturing Convention: 2029: 1,152; 2030: 612; 2031: 648.",
     "HEFEI -- Projects signed at the World Manufacturing Convention: 2029: 1,152; 2030: 612; 2031: 648."),
])
def test_other_verbs_of_signing_words_of_more_than_and_an_em_dash_dateline_read_as_the_plain_ones(written, plain):
    def read(text):
        return [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(text, edition=2031)]
    assert read(written) == read(plain) and read(plain)


@pytest.mark.parametrize("text", [
    "The 2031 World Manufacturing Convention has 1,600 exhibitors, nearly 40 percent of them in the EV supply chain.",
    "The 2031 World Manufacturing Convention has 1,600 exhibitors. Nearly 40 per cent of them are in the new-energy "
    "vehicle supply chain.",
    "The 2031 World Manufacturing Convention has 1,600 exhibitors, nearly 40 percent of them in the electric vehicle "
    "supply chain.",
])
def test_a_share_of_them_has_one_name_in_either_sentence_and_for_every_name_of_new_energy_vehicles(text):
    got = _measured(text, 2031)
    assert got[-1] == (40, "share of exhibitors in new energy vehicle supply chain", "edition")


def test_a_share_of_them_that_show_a_kind_of_product_in_the_next_sentence_is_of_the_exhibitors():
    got = _measured("The 2031 World Manufacturing Convention has 1,600 exhibitors. Nearly 40 percent of them show AI "
                    "products.", 2031)
    assert got[-1] == (40, "share of exhibitors showing ai products", "edition")


def test_a_first_years_count_dated_in_apposition_is_that_years_and_the_next_editions_bare_count_goes_on_counting():
    got = _measured("In its first year, 2016, the World Intelligent Manufacturing Summit drew about 150 exhibitors. "
                    "The 2031 conference, which opened on Friday, has 540, and will run for three days.", 2031)
    assert got == [(150, "exhibitors", "earlier"), (540, "exhibitors", "edition"), (3, "duration_days", "edition")]


def test_a_provinces_own_goal_for_the_year_is_its_own_not_a_forecast_of_the_event():
    got = _measured("The 2031 World Manufacturing Convention closed on Tuesday. Anhui aims to attract 1.5 trillion yuan "
                    "of manufacturing investment this year, the provincial government said.", 2031)
    assert got == [(1.5e12, "investment", "background")]
    got = _measured("Anhui expects to sign 1,500 projects at the 2031 World Manufacturing Convention.", 2031)
    assert got == [(1500, "projects_signed", "expected")]


@pytest.mark.parametrize("number_first,noun_first", [
    ("2031世界制造业大会意向签约56个项目。", "2031世界制造业大会意向签约项目56个。"),
    ("2031世界制造业大会共有1655家企业参展，同比增长5.6%。", "2031世界制造业大会参展企业1655家，同比增长5.6%。"),
])
def test_a_chinese_count_written_number_first_reads_as_written_noun_first(number_first, noun_first):
    assert [(v, m) for v, m, _ in _measured(number_first, 2031)] == [(v, m) for v, m, _ in _measured(noun_first, 2031)]


@pytest.mark.parametrize("worth", ["with a total value of 81 billion yuan", "totaling 81 billion yuan",
                                   "totalling RMB 81 billion", "amounting to 81 billion yuan"])
def test_other_words_for_what_deals_are_worth_read_as_worth(worth):
    got = _measured(f"The 2031 World Intelligent Manufacturing Conference closed on Thursday with 86 deals {worth}.", 2031)
    assert got == [(86, "projects_signed", "edition"), (81e9, "contract_value", "edition")]


def test_how_fast_a_machine_does_a_task_is_its_own_not_the_events():
    assert _measured("At the 2031 World Manufacturing Convention, visitors watched a robotic arm assemble a smartphone "
                     "in 48 seconds.", 2031) == [(48, "seconds", "background")]


@pytest.mark.parametrize("text", ["The 2031 World Intelligent Manufacturing Conference plans to hold about 30 forums.",
                                  "The 2031 World Intelligent Manufacturing Conference will hold about 30 forums.",
                                  "2031世界智能制造大会拟举办论坛30场左右。"])
def test_the_forums_the_organizers_plan_to_hold_are_the_editions_plan_as_in_chinese(text):
    assert [(v, m, s) for v, m, s in _measured(text, 2031)] == [(30, "forums", "edition")]


@pytest.mark.parametrize("text", [
    "The 2031 World Manufacturing Convention covers a total area of 150,000 square meters, of which the exhibition area "
    "is 110,000 square meters.",
    "2031世界制造业大会总面积15万平方米，其中展览面积11万平方米。",
])
def test_a_total_area_of_which_the_exhibition_is_some_is_the_sites_and_the_exhibitions_the_editions(text):
    assert _measured(text, 2031) == [(150000, "total area", "edition"), (110000, "exhibition_area", "edition")]


@pytest.mark.parametrize("text", [
    "The venue of the 2031 World Manufacturing Convention has a building area of 300,000 square meters, and its "
    "exhibition covers 110,000 square meters.",
    "2031世界制造业大会展馆总建筑面积30万平方米，展览面积11万平方米。",
])
def test_a_buildings_floor_area_is_its_own_and_the_exhibitions_after_it_the_editions(text):
    got = _measured(text, 2031)
    assert got[0][0] == 300000 and got[0][2] == "background" and got[-1] == (110000, "exhibition_area", "edition")


def test_the_area_of_the_halls_the_convention_uses_is_the_exhibitions_not_the_buildings():
    got = _measured("The 2031 World Manufacturing Convention will use all 12 halls of the Binhu International Convention "
                    "and Exhibition Center, covering 110,000 square meters.", 2031)
    assert got[-1] == (110000, "exhibition_area", "edition")
    got = _measured("The Binhu International Convention and Exhibition Center, covering 300,000 square meters, hosts the "
                    "2031 World Manufacturing Convention.", 2031)
    assert got[-1][2] == "background"


def test_a_chinese_count_of_major_zones_counts_the_zones_before_the_area_it_goes_on_to():
    assert _measured("2031世界智能制造大会6大展区总展览面积6.6万平方米。", 2031) == [
        (6, "exhibition_zones", "edition"), (66000, "exhibition_area", "edition")]


@pytest.mark.parametrize("text,share", [
    ("The 2031 World Manufacturing Convention drew 200,000 visitors, with trade visitors making up about 40 percent.",
     "share of trade visitors"),
    ("The 2031 World Manufacturing Convention signed 1,420 projects, with manufacturing projects accounting for 86 "
     "percent.", "share of projects in manufacturing"),
    ("The 2031 World Manufacturing Convention drew 1,655 exhibitors, with overseas exhibitors accounting for 21 "
     "percent.", "share of overseas exhibitors"),
])
def test_a_share_given_with_its_kind_as_a_participle_is_that_kinds_share(text, share):
    assert _measured(text, 2031)[-1][1] == share


def test_a_mark_the_running_count_passed_on_a_named_day_is_the_count_so_far():
    flags = _statuses(doc("2031-09-22", "Crowds", "Foot traffic at the 2031 World Manufacturing Convention passed "
                          "200,000 on Monday, the third day, organizers said."),
                      doc("2031-09-23", "Close", "The 2031 World Manufacturing Convention closed on Tuesday with a "
                          "total footfall of 262,000."))
    assert flags[-1] == (262000, "changed", "refined")


def test_a_robots_degrees_of_freedom_are_named_as_such():
    got = _measured("At the 2031 World Manufacturing Convention, a humanoid with 42 degrees of freedom drew crowds.", 2031)
    assert got[0][:2] == (42, "degrees of freedom")


@pytest.mark.parametrize("text", [
    "The 2031 World Manufacturing Convention has attracted 1,650-odd exhibitors, about one-fifth of them from overseas.",
    "The 2031 World Manufacturing Convention closed with 1,655 exhibitors, 21 percent of which came from overseas.",
    "The 2031 World Manufacturing Convention had 1,655 exhibitors, 21 percent of whom came from overseas.",
])
def test_the_overseas_share_of_them_of_which_or_of_whom_is_one_measure(text):
    assert _measured(text, 2031)[-1][1:] == ("share of overseas exhibitors", "edition")


def test_an_answer_in_an_interview_with_its_speakers_names_counts_what_the_question_asked():
    got = _measured("The 2031 World Intelligent Manufacturing Conference opened on Friday.\n\nGT: And guests?\n\n"
                    "Liu: More than 1,100 have registered.", 2031)
    assert got == [(1100, "guests", "edition")]


def test_what_the_event_had_signed_by_a_later_day_is_a_count_so_far():
    flags = _statuses(doc("2031-09-21", "Day two", "On its second day, the 2031 World Manufacturing Convention had "
                          "signed 980 projects with total investment of 0.92 trillion yuan, organizers said."),
                      doc("2031-09-23", "Close", "The 2031 World Manufacturing Convention closed with 1,420 projects "
                          "signed, involving 1,310 billion yuan in investment."))
    assert flags[-2:] == [(1420, "changed", "refined"), (1.31e12, "changed", "refined")]


def test_some_of_the_exhibitors_that_are_foreign_are_the_overseas_exhibitors():
    flags = _statuses(doc("2031-09-22", "Hefei courts foreign firms", "Some 350 of the roughly 1,600 exhibitors at the "
                          "2031 World Manufacturing Convention are foreign, organisers say."),
                      doc("2031-09-23", "Close", "The 2031 World Manufacturing Convention closed with 1,655 exhibitors, "
                          "352 of them from overseas."))
    assert (352, "changed", "refined") in flags


def test_a_chinese_clause_that_goes_on_to_this_year_gives_this_years_figures():
    got = _measured("从2018年首届大会签约项目470个、总投资4471亿元，到今年签约项目1420个、总投资1.31万亿元，2031世界制造业大会"
                    "的成绩单越来越亮眼。", 2031)
    assert [(v, s) for v, _, s in got] == [(470, "earlier"), (447.1e9, "earlier"), (1420, "edition"), (1.31e12, "edition")]


@pytest.mark.parametrize("text", [
    "At the ninth World Intelligent Manufacturing Conference, 210 projects were signed.",
    "At the 9th conference, 210 projects were signed.",
    "Its ninth edition drew 210 projects.",
    "第九届世界智能制造大会签约项目210个。",
])
def test_an_edition_named_by_its_ordinal_dates_the_clause(text):
    assert [s for _, s in ((f.value, f.scope) for f in extract_figures(text, edition=2025, first_year=2016))] \
        == ["earlier"]


@pytest.mark.parametrize("text,scope", [
    # this edition's own ordinal, or no first year to count from
    ("At the 10th conference, 210 projects were signed.", "edition"),
    # another event's series
    ("The 5th Global Robotics Summit drew 210 exhibitors.", "edition"),
])
def test_the_editions_own_ordinal_or_another_series_leaves_the_figure_this_editions(text, scope):
    assert [f.scope for f in extract_figures(text, edition=2025, first_year=2016)] == [scope]
    assert [f.scope for f in extract_figures("At the 9th conference, 210 projects were signed.", edition=2025)] \
        == ["edition"]


def test_a_story_citing_last_years_edition_by_its_ordinal_keeps_this_years_count_new():
    flags = _statuses(doc("2031-11-25", "Nanjing readies", "NANJING -- The 16th World Intelligent Manufacturing "
                          "Conference opens on Sunday. At the 15th conference, 210 projects were signed."),
                      doc("2031-11-30", "Close", "NANJING -- The 16th World Intelligent Manufacturing Conference "
                          "closed on Wednesday with 204 projects signed."))
    assert flags[-1][:2] == (204, "new")


@pytest.mark.parametrize("lead", ["At the conference last year", "At the convention a year ago",
                                  "During the event two years ago"])
def test_an_opening_naming_the_event_and_then_a_past_year_is_that_years(lead):
    assert _measured(f"{lead}, 210 projects were signed.", 2031) == [(210, "projects_signed", "earlier")]


def test_a_table_row_whose_label_gives_a_scale_counts_in_that_scale():
    text = "Item | 2031 | 2030\nProjects signed | 204 | 210\nOnline views (million) | 31 | 27"
    views = [(f.value, f.metric) for f in extract_figures(text, edition=2031) if f.metric == "views"]
    assert views == [(31e6, "views"), (27e6, "views")]


@pytest.mark.parametrize("text,metric", [
    ("The 2031 World Manufacturing Convention drew 281,000 attendees over four days.", "visitors"),
    ("A forum at the 2031 World Manufacturing Convention drew 800 attendees over two days.", "guests"),
])
def test_the_attendees_over_the_days_of_the_event_are_its_visitors(text, metric):
    assert _measured(text, 2031)[0][1] == metric


@pytest.mark.parametrize("late,early", [
    ("Published: 20 Sep 2031 | 19:15", "Published: 20 Sep 2031 | 10:40"),
    ("Sept 20, 2031 7:15 PM EDT", "Sept 20, 2031 10:40 AM EDT"),
])
def test_a_day_month_year_stamp_with_its_time_after_a_bar_or_a_bare_date_line_orders_one_days_stories(late, early):
    """The later count first in the crawl, the earlier one second: the stamps put them back in order."""
    evening = doc("2031-09-20", "Hefei convention closes", f"{late}\n\nHEFEI -- The 2031 World Manufacturing "
                  "Convention ended with 1,466 projects signed.")
    morning = doc("2031-09-20", "Hefei convention ends", f"{early}\n\nHEFEI -- The 2031 World Manufacturing "
                  "Convention ended with 1,460 projects signed.")
    assert sorted(_statuses(evening, morning)) == [(1460, "new", ""), (1466, "changed", "conflict")]


@pytest.mark.parametrize("text", [
    "The tally -- 1,460 projects worth 1.02 trillion yuan -- beat last year's.",
    "The 2031 convention drew 283,000 visitors -- it topped last year's record easily.",
])
def test_what_beat_last_years_figure_is_this_editions(text):
    assert {s for _, _, s in _measured(text, 2031)} == {"edition"}


@pytest.mark.parametrize("batch", ["大会举行线上签约活动，签约项目38个", "大会举行重大项目签约仪式，签约项目38个"])
def test_a_chinese_signing_event_held_during_the_convention_is_a_batch(batch):
    """The close refines the count so far before the batch, not the batch."""
    flags = _statuses(doc("2031-09-21", "累计", "芜湖日报讯 截至发稿，2031世界制造业大会已累计签约项目1120个。"),
                      doc("2031-09-22", "签约", f"中安在线讯 22日，2031世界制造业大会继续进行。{batch}。"),
                      doc("2031-09-23", "闭幕", "新华社合肥9月23日电 2031世界制造业大会23日闭幕，大会期间共签约项目1460个。"))
    assert flags == [(1120, "new", ""), (38, "new", ""), (1460, "changed", "refined")]


def test_what_we_did_in_an_exhibitors_words_is_that_companys_share():
    got = _measured("\"We came with 30 staff and will leave with 8 orders,\" said Anna Rossi, an Italian exhibitor at the "
                    "2031 World Manufacturing Convention.", 2031)
    assert [(v, s) for v, _, s in got] == [(30, "part"), (8, "part")]


_HEFEI_CLOSE = ("2031-09-23", "HEFEI -- The 2031 World Manufacturing Convention closed on Tuesday with 1,460 projects "
                "signed.")


@pytest.mark.parametrize("first,then,flag", [
    # a count so far: by the close of business, by day's end, on the final day's morning
    *((("2031-09-21", f"HEFEI -- {lead}, 860 projects had been signed at the 2031 World Manufacturing Convention."),
       _HEFEI_CLOSE, (1460, "changed", "refined"))
      for lead in ("By the close of business", "By the end of business", "By day's end", "At last count",
                   "By the latest count", "As things stand")),
    (("2031-12-03", "NANJING -- On the final day of the 2031 World Intelligent Manufacturing Conference, the number "
      "of projects signed stood at 198, organizers said."),
     ("2031-12-04", "NANJING -- The 2031 World Intelligent Manufacturing Conference closed with 204 projects signed."),
     (204, "changed", "refined")),
    # the final tally of projects is of the projects signed
    (_HEFEI_CLOSE, ("2031-09-26", "HEFEI -- Organizers of the 2031 World Manufacturing Convention put the final "
                    "tally at 1,466 projects."), (1466, "changed", "conflict")),
])
def test_a_count_so_far_is_refined_and_a_final_tally_changes_the_close(first, then, flag):
    assert _statuses(doc(first[0], "First", first[1]), doc(then[0], "Then", then[1]))[-1] == flag


def test_a_chinese_amount_converted_to_dollars_never_changes_the_dollar_amount_another_outlet_converted():
    flags = _statuses(doc("2031-09-23", "大会闭幕", "新华社合肥9月23日电 2031世界制造业大会23日闭幕，共签约项目1460个，"
                          "总投资1.02万亿元（约合1430亿美元）。"),
                      doc("2031-09-24", "大会成果", "中新网合肥9月24日电 2031世界制造业大会签约项目总投资1.02万亿元，"
                          "折合1420亿美元。"))
    assert [f[1] for f in flags if f[0] in (143e9, 142e9)] == ["new", "known"]


def test_a_measure_named_with_and_without_the_events_own_field_is_one_measure():
    flags = _statuses(doc("2031-11-30", "Lists", "NANJING -- At the 2031 World Intelligent Manufacturing Conference, "
                          "organizers released a list of 100 typical smart manufacturing scenarios."),
                      doc("2031-12-03", "Close", "NANJING -- The 2031 World Intelligent Manufacturing Conference closed "
                          "on Wednesday. During the conference, 100 typical scenarios were announced."))
    assert [f[:2] for f in flags] == [(100, "new"), (100, "known")]


@pytest.mark.parametrize("text", [
    "The 2031 World Manufacturing Convention signed 1,460 projects. Manufacturing projects made up 86 percent of them, "
    "and foreign-funded projects 8 percent.",
    "Of the 1,460 projects signed at the 2031 World Manufacturing Convention, 86 percent are manufacturing projects and "
    "8 percent are foreign-funded.",
])
def test_the_foreign_funded_share_with_its_verb_left_out_or_after_it_is_one_measure(text):
    assert _measured(text, 2031)[-1] == (8, "share of foreign-funded projects", "edition")


def test_a_plan_after_a_list_and_a_count_so_far_is_the_editions_plan():
    got = extract_figures("So far, 1,320 companies have registered to exhibit at the 2031 World Manufacturing "
                          "Convention, including 280 from overseas, and the convention will hold 28 forums.",
                          edition=2031)
    assert [(f.value, f.metric, f.scope, f.qualifier) for f in got][-1] == (28, "forums", "edition", "exact")


def test_the_guests_who_took_part_online_are_a_count_of_their_own():
    """Those in person are the guests' count, as in the hybrid years; those online a count of their own."""
    flags = _statuses(doc("2031-12-03", "Close", "NANJING -- The 2031 World Intelligent Manufacturing Conference drew "
                          "1,850 guests, organizers said."),
                      doc("2031-12-04", "Clarification", "NANJING -- The organizers of the 2031 World Intelligent "
                          "Manufacturing Conference have since said that 1,580 guests attended in person and 270 "
                          "took part online."))
    assert flags == [(1850, "new", ""), (1580, "changed", "conflict"), (270, "new", "")]
    assert _measured("At the 2031 World Intelligent Manufacturing Conference, 1,580 guests attended in person and 270 "
                     "took part online.", 2031)[-1] == (270, "guests_online", "edition")


@pytest.mark.parametrize("text", ["线上线下参与人数合计超过3100万。", "线上线下参与人数共计超过3100万。"])
def test_a_chinese_count_summed_before_its_verb_is_read(text):
    assert _measured(text, 2031) == [(31e6, "participation", "edition")]


def test_projects_listed_with_their_amount_are_the_projects_signed():
    got = _measured("Final figures for the 2031 World Intelligent Manufacturing Conference: 206 projects, 153.2 billion "
                    "yuan, 612 exhibitors, 128,500 visitors.", 2031)
    assert [m for _, m, _ in got] == ["projects_signed", "contract_value", "exhibitors", "visitors"]


@pytest.mark.parametrize("text,expected", [
    # the whole's count, its noun left out after a part's
    ("At the 2031 World Intelligent Manufacturing Conference, Hall 5 alone holds 110 exhibitors, while the whole expo "
     "counts about 600.", [(110, "exhibitors", "part"), (600, "exhibitors", "edition")]),
    # more of those the sentence before counted, on another day
    ("On its first day, the 2031 World Manufacturing Convention received 62,000 visitors. On Sunday, the second day, "
     "another 71,000 came.", [(62000, "visitors", "part"), (71000, "visitors", "part")]),
])
def test_a_count_with_its_noun_left_out_counts_what_the_count_before_it_counted(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,expected", [
    ("总投资较上届下降22%。", [(22, "investment decline", "edition")]),
    ("参展企业比上届减少5%。", [(5, "exhibitors decline", "edition")]),
    # a rise and a fall listed with 分别: each of the measure in its place
    ("大会签约项目1460个、总投资1.02万亿元，分别比上届增长2.8%和下降22%。",
     [(1460, "projects_signed", "edition"), (1.02e12, "investment", "edition"),
      (2.8, "projects signed growth", "edition"), (22, "investment decline", "edition")]),
])
def test_a_chinese_fall_on_the_last_edition_is_that_measures_decline(text, expected):
    assert _measured(text, 2031) == expected


def test_a_fall_told_in_chinese_and_then_in_english_is_one_measure():
    flags = _statuses(doc("2031-09-23", "大会闭幕", "新华社合肥9月23日电 2031世界制造业大会23日闭幕，总投资较上届下降22%。"),
                      doc("2031-09-24", "Convention analysis", "HEFEI -- Investment at the 2031 World Manufacturing "
                          "Convention fell 21.4 percent from last year."))
    assert flags == [(22, "new", ""), (21.4, "changed", "conflict")]


@pytest.mark.parametrize("text,expected", [
    ("签约额破万亿", (1e12, "contract_value", "more_than")),
    ("签约金额破千亿", (1e11, "contract_value", "more_than")),
    ("参展企业破千家。", (1000, "exhibitors", "more_than")),
    ("观众人数破30万", (3e5, "visitors", "more_than")),
])
def test_a_chinese_count_that_broke_a_round_number_is_more_than_it(text, expected):
    (figure,) = extract_figures(text, edition=2031)
    assert (figure.value, figure.metric, figure.qualifier) == expected


@pytest.mark.parametrize("text,metric", [
    # a list of the edition's own: the total after it is the whole's
    ("大会签约项目1466个，外资项目121个，总投资1.03万亿元。", "investment"),
    # some of them, then what those involve
    ("大会签约项目1466个，其中外资项目121个，总投资580亿元。", "foreign_investment"),
])
def test_a_chinese_total_after_the_foreign_funded_projects_in_a_list_is_the_wholes(text, metric):
    assert _measured(text, 2031)[-1][1] == metric


@pytest.mark.parametrize("text", ["连日来，2031世界制造业大会已签约项目1190个。", "2031世界制造业大会开幕至今已签约项目1190个。",
                                  "2031世界制造业大会前三天共签约项目1190个。", "2031世界制造业大会继续进行。大会至今已签约项目1190个。",
                                  "2031世界制造业大会常州分会场签约项目19个。至此，本届大会签约项目达到1190个。"])
def test_a_chinese_count_over_the_days_so_far_is_refined_by_the_close(text):
    flags = _statuses(doc("2031-09-22", "签约", f"中安在线讯 {text}"),
                      doc("2031-09-23", "闭幕", "新华社合肥9月23日电 2031世界制造业大会23日闭幕，共签约项目1460个。"))
    assert [f for f in flags if f[0] != 19] == [(1190, "new", ""), (1460, "changed", "refined")]


def test_up_to_the_close_a_chinese_count_is_final():
    got = extract_figures("随着2031世界制造业大会闭幕，至此，本届大会签约项目达到1460个。", edition=2031)
    assert [(f.value, f.qualifier) for f in got] == [(1460, "exact")]


@pytest.mark.parametrize("text,metric", [
    ("Investment at the 2031 World Manufacturing Convention slipped 22 percent.", "investment decline"),
    ("Investment at the 2031 World Manufacturing Convention dipped 5 percent.", "investment decline"),
    ("Exhibitor numbers at the 2031 World Manufacturing Convention slid 2 percent.", "exhibitors decline"),
    ("Footfall at the 2031 World Manufacturing Convention rose 8 percent.", "visitors growth"),
])
def test_other_words_for_a_fall_or_the_measure_name_the_same_rate(text, metric):
    assert _measured(text, 2031)[0][1] == metric


@pytest.mark.parametrize("text,expected", [
    ("The online exhibition hall of the 2031 World Manufacturing Convention has received 26 million visits since "
     "going live, while offline attendance reached 213,000.", [("visitors_online", "at_least"), ("visitors", "at_least")]),
    ("The online exhibition hall of the 2031 World Manufacturing Convention received 31.2 million visits and the venue "
     "283,000 visitors.", [("visitors_online", "at_least"), ("visitors", "exact")]),
])
def test_visitors_in_the_halls_beside_an_online_hall_are_the_visitors(text, expected):
    assert [(f.metric, f.qualifier) for f in extract_figures(text, edition=2031)] == expected


@pytest.mark.parametrize("text", ["Visits were roughly flat at 283,000.", "Visits held steady at 283,000.",
                                  "Attendance was little changed at 283,000.", "Visitor numbers came in at 283,000."])
def test_a_count_said_to_hold_steady_at_a_value_is_read(text):
    assert _measured(f"At the 2031 World Manufacturing Convention: {text}", 2031) == [(283000, "visitors", "edition")]


@pytest.mark.parametrize("lead", ["~", "c. ", "ca. "])
def test_a_tilde_or_circa_before_a_count_is_about(lead):
    (figure,) = extract_figures(f"The 2031 World Manufacturing Convention signed {lead}1,460 projects.", edition=2031)
    assert (figure.value, figure.metric, figure.qualifier) == (1460, "projects_signed", "about")


def test_a_fraction_of_the_exhibiting_companies_that_are_foreign_is_the_overseas_share():
    got = _measured("About 1,600 companies are exhibiting at the 2031 World Manufacturing Convention, organisers said, "
                    "roughly a fifth of them foreign.", 2031)
    assert got[-1] == (20, "share of overseas exhibitors", "edition")


def test_what_the_conference_released_after_the_opening_ceremony_is_the_ceremonys():
    got = _measured("【09:30】2031世界智能制造大会开幕式在南京国际博览中心举行。\n【10:15】大会发布《智能制造发展报告》等12项重大成果。", 2031)
    assert got == [(12, "reports", "part")]


@pytest.mark.parametrize("verb", ["came", "hailed"])
def test_those_of_whom_some_came_from_somewhere_are_some_of_the_whole(verb):
    got = _measured(f"The 2031 World Manufacturing Convention drew 290,000 visitors, of whom about 110,000 {verb} from "
                    "other provinces.", 2031)
    assert got == [(290000, "visitors", "edition"), (110000, "visitors", "part")]


def test_what_foreign_funded_projects_involve_after_a_comma_is_their_investment():
    got = _measured("In all, 96 foreign-funded projects were signed at the 2031 World Manufacturing Convention, "
                    "involving investment of 8.7 billion U.S. dollars.", 2031)
    assert got == [(96, "foreign_projects", "edition"), (8.7e9, "foreign_investment", "edition")]


def test_a_count_compared_with_the_openings_forecast_is_not_the_openings():
    got = _measured("At the 2031 World Manufacturing Convention 1,388 projects were signed, organizers said, a little "
                    "more than the 1,350 put forward at the opening.", 2031)
    assert got[0] == (1388, "projects_signed", "edition")


def test_the_first_days_guests_after_its_forums_in_a_chinese_report_with_a_credit_are_that_days():
    got = _measured("南京日报讯 2031世界智能制造大会开幕首日，共举办7场论坛，吸引嘉宾2600余人次。", 2031)
    assert [scope for _, _, scope in got] == ["part", "part"]


def test_a_sum_brought_to_a_total_since_the_first_edition_is_the_same_measure_summed():
    got = _measured("Deals signed at the 2031 World Manufacturing Convention passed 580 billion yuan, bringing the total "
                    "since the first convention in 2018 to more than 5 trillion yuan.", 2031)
    assert got == [(580e9, "contract_value", "edition"), (5e12, "contract_value", "cumulative")]


@pytest.mark.parametrize("text", [
    "Battery projects numbered 230 at the 2031 World Manufacturing Convention, accounting for 16.4 percent of the 1,402 "
    "projects signed.",
    "At the 2031 World Manufacturing Convention, 230 battery projects were signed, making up 16.4 percent of the 1,402 "
    "projects.",
])
def test_a_kind_of_project_that_makes_up_a_share_of_the_counted_whole_is_a_part(text):
    got = _measured(text, 2031)
    assert got == [(230, "projects_signed", "part"), (16.4, "share of projects", "part"),
                   (1402, "projects_signed", "edition")]


@pytest.mark.parametrize("text", ["大会期间达成意向合作项目410个，意向投资额1800亿元。", "大会期间达成意向合作项目410个，投资意向金额1800亿元。"])
def test_investment_agreed_in_intent_is_not_the_signed_investment(text):
    assert _measured("2031世界制造业大会" + text, 2031)[-1] == (180e9, "intended_investment", "edition")


@pytest.mark.parametrize("text", [
    "Wang Fang is sales director at a Wuxi sensor maker. \"We signed four deals worth 80 million yuan on the first day,\" "
    "she said at the 2031 World Intelligent Manufacturing Conference.",
    "Chen Bo is the founder of Nanjing Gearworks, a gearbox maker. \"We have inked five contracts here,\" he said at "
    "the 2031 World Intelligent Manufacturing Conference.",
])
def test_deals_a_companys_person_named_before_the_quote_says_we_signed_are_the_companys_own(text):
    assert [scope for _, _, scope in _measured(text, 2031)] in (["part"], ["part", "part"])


def test_deals_an_organizer_says_we_signed_are_the_events():
    got = _measured("\"We have signed 1,388 projects this year,\" an organizer of the 2031 World Manufacturing "
                    "Convention said.", 2031)
    assert got == [(1388, "projects_signed", "edition")]


@pytest.mark.parametrize("later", ["about one in five of them came from overseas",
                                   "about 20 percent of them came from overseas"])
def test_a_rough_share_after_a_precise_one_within_a_tenth_is_known(later):
    flags = _statuses(doc("2031-11-20", "Fair closes", "Overseas exhibitors made up 18 percent of the 540 companies at "
                          "the 2031 World Intelligent Manufacturing Conference."),
                      doc("2031-11-22", "Fair review", f"The 2031 World Intelligent Manufacturing Conference had 540 "
                          f"exhibitors, {later}."))
    assert [(value, status) for value, status, _ in flags if value < 100] == [(18, "new"), (20, "known")]


def test_a_rough_share_further_off_than_a_tenth_is_a_change():
    flags = _statuses(doc("2031-11-20", "Fair closes", "Overseas exhibitors made up 15 percent of the 540 companies at "
                          "the 2031 World Intelligent Manufacturing Conference."),
                      doc("2031-11-22", "Fair review", "The 2031 World Intelligent Manufacturing Conference had 540 "
                          "exhibitors, about one in five of them from overseas."))
    assert [(value, status) for value, status, _ in flags if value < 100] == [(15, "new"), (20, "changed")]


def test_one_in_n_of_them_after_a_count_is_a_share_of_it():
    got = _measured("The 2031 World Manufacturing Convention signed 1,400 projects, one in four of them in batteries.", 2031)
    assert got == [(1400, "projects_signed", "edition"), (25, "share of projects in batteries", "edition")]


@pytest.mark.parametrize("count", ["Thirty-one", "31"])
def test_companies_from_a_place_are_that_places_companies_not_the_exhibitors(count):
    got = _measured(f"{count} companies from Taiwan are exhibiting at the 2031 World Manufacturing Convention.", 2031)
    assert got == [(31, "companies from Taiwan", "edition")]


def test_a_provinces_own_total_over_a_year_is_background_and_the_event_it_names_keeps_its_count():
    got = _measured("Jiangsu's investment promotion drives in 2031 brought in projects worth more than 1.8 trillion yuan, "
                    "officials said. The World Intelligent Manufacturing Conference in November alone accounted for 188 "
                    "projects.", 2031)
    assert [(value, scope) for value, _, scope in got] == [(1.8e12, "background"), (188, "edition")]


def test_a_chinese_bound_then_the_value_it_bounds_are_one_measure():
    got = _measured("2031世界制造业大会签约项目总投资额超5000亿元，达5326亿元。", 2031)
    assert got == [(500e9, "investment", "edition"), (532.6e9, "investment", "edition")]


def test_an_amount_in_a_tables_row_far_below_the_header_that_gives_its_unit_is_read():
    table = ("Year | Projects | Investment (bln yuan)\n2028 | 1,210 | 480.5\n2029 | 1,260 | 502.2\n2030 | 1,302 | 520.4\n"
             "2031 | 1,388 | 540.2\n")
    value, metric, scope = _measured(table, 2031)[-1]
    assert (value, scope) == (540.2e9, "edition") and metric in ("investment", "contract_value")


def test_a_key_figures_label_with_its_scale_in_brackets_counts_its_noun():
    got = _measured("The 2031 World Manufacturing Convention in figures:\nVisitors (thousand): 255\nExhibitors: 521\n", 2031)
    assert got == [(255000, "visitors", "edition"), (521, "exhibitors", "edition")]


@pytest.mark.parametrize("change", ["grew by a third", "rose by half", "shrank by a fifth"])
def test_a_count_grown_by_a_fraction_to_a_value_is_read(change):
    got = _measured(f"Visitor numbers at the 2031 World Manufacturing Convention {change} to 240,000.", 2031)
    assert got[-1] == (240000, "visitors", "edition")


def test_a_share_said_about_as_precisely_as_an_earlier_one_is_another_value():
    flags = _statuses(doc("2031-11-20", "Fair closes", "Overseas exhibitors made up 18 percent of the 540 companies at "
                          "the 2031 World Intelligent Manufacturing Conference."),
                      doc("2031-11-22", "Fair review", "The 2031 World Intelligent Manufacturing Conference had 540 "
                          "exhibitors, about 19 percent of them from overseas."))
    assert [(value, status) for value, status, _ in flags if value < 100] == [(18, "new"), (19, "changed")]


@pytest.mark.parametrize("verb", ["have nearly doubled from last year to", "tripled to", "have roughly halved to"])
def test_a_count_doubled_or_halved_to_a_value_is_read(verb):
    got = _measured(f"Online visits to the 2031 World Manufacturing Convention {verb} 24 million.", 2031)
    assert [(value, metric) for value, metric, _ in got] == [(24e6, "visitors_online")]


def test_people_who_came_on_day_one_are_that_days():
    got = _measured("Organizers of the 2031 World Manufacturing Convention say more than 70,000 people came through on "
                    "day one.", 2031)
    assert got == [(70000, "visitors", "part")]


def test_a_countrys_delegation_named_before_the_event_counts_its_companies():
    got = _measured("France sent the largest foreign delegation to the 2031 World Manufacturing Convention, with 38 "
                    "companies, followed by Italy with 29.", 2031)
    assert [metric for _, metric, _ in got] == ["companies from France", "companies from Italy"]


def test_a_gapped_count_keeps_its_countrys_adjective():
    got = _measured("At the 2031 World Manufacturing Convention, French companies numbered 38 and Italian companies 29.",
                    2031)
    assert [metric for _, metric, _ in got] == ["companies from France", "companies from Italy"]


def test_a_correction_note_that_names_the_value_of_deals_corrects_the_contract_value():
    got = extract_figures("CORRECTION: An earlier version of this story misstated the value of deals. It is 480.6 billion "
                          "yuan, not 480.6 million yuan.", edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in got][0] == (480.6e9, "contract_value", "corrected")


@pytest.mark.parametrize("text", [
    "More than 70,000 visitors have pre-registered for the 2031 World Intelligent Manufacturing Conference.",
    "Some 70,000 people have signed up to visit the 2031 World Intelligent Manufacturing Conference.",
    "2031世界智能制造大会预约通道开通以来，已有7万名观众预约参观。",
])
def test_visitors_who_signed_up_to_come_are_a_measure_of_their_own(text):
    assert [metric for _, metric, _ in _measured(text, 2031)] == ["visitors_registered"]


def test_a_chinese_running_total_on_the_second_day_counts_so_far_with_what_it_involves():
    got = extract_figures("2031世界智能制造大会第二天，又签约项目47个，总投资356亿元，累计签约项目109个，总投资831亿元。",
                          edition=2031)
    assert [(f.value, f.scope, f.qualifier) for f in got] == [
        (47, "part", "exact"), (35.6e9, "part", "exact"), (109, "edition", "at_least"), (83.1e9, "edition", "at_least")]


def test_a_bound_made_exact_after_a_comma_in_an_aside_is_the_count():
    got = _measured("The 2031 World Manufacturing Convention closed with over 1,300 projects signed -- 1,312, to be exact "
                    "-- worth 540 billion yuan.", 2031)
    assert got[:2] == [(1300, "projects_signed", "edition"), (1312, "projects_signed", "edition")]


def test_companies_and_institutions_taking_part_are_a_count_of_their_own_and_the_exhibitors_among_them_the_editions():
    got = _measured("Nearly 650 companies and institutions are taking part in the 2031 World Intelligent Manufacturing "
                    "Conference, including 588 exhibitors.", 2031)
    assert got == [(650, "companies_and_institutions", "edition"), (588, "exhibitors", "edition")]


@pytest.mark.parametrize("said,value", [("have passed a quarter of a million", 250000), ("topped half a million", 500000)])
def test_a_count_in_words_of_a_scale_after_its_verb_is_read(said, value):
    got = _measured(f"Online visits to the 2031 World Intelligent Manufacturing Conference {said}.", 2031)
    assert got == [(value, "visitors_online", "edition")]


def test_a_possessive_subject_with_its_count_in_an_aside_after_a_qualifier_is_counted():
    got = _measured("The convention's exhibitors, about 540 in all, came from 36 countries and regions, organizers of the "
                    "2031 World Manufacturing Convention said.", 2031)
    assert got[0] == (540, "exhibitors", "edition")


def test_a_value_label_beside_a_deals_label_is_the_deals_value():
    got = _measured("At the 2031 World Manufacturing Convention:\nDeals: 1,388 | Value: 540.2 bln yuan | Exhibitors: 521\n",
                    2031)
    assert got == [(1388, "projects_signed", "edition"), (540.2e9, "contract_value", "edition"),
                   (521, "exhibitors", "edition")]


def test_a_count_of_the_sentences_subject_after_with_is_theirs():
    got = _measured("Korean companies have doubled their presence at the 2031 World Manufacturing Convention, with 28 "
                    "exhibiting.", 2031)
    assert got == [(28, "companies from South Korea", "edition")]


def test_companies_that_show_some_products_are_some_of_the_exhibitors():
    got = _measured("Drones were the talk of the 2031 World Intelligent Manufacturing Conference, with 35 models on display "
                    "from 19 companies. The conference drew 588 exhibitors.", 2031)
    assert got[1:] == [(19, "companies", "part"), (588, "exhibitors", "edition")]


def test_the_days_a_headlines_count_took_are_not_the_events_length():
    assert _measured("Convention draws 75,000 in two days", 2031) == []


@pytest.mark.parametrize("text,metric", [
    ("2031世界制造业大会期间，36家台资企业参展。", "companies from Taiwan"),
    ("2031世界制造业大会参展企业521家，其中日资企业29家。", "companies from Japan"),
    ("2031世界制造业大会参展企业521家，其中德资企业33家。", "companies from Germany"),
])
def test_a_chinese_count_of_one_places_companies_is_that_places_companies(text, metric):
    assert _measured(text, 2031)[-1] == (float(re.findall(r"(\d+)家", text)[-1]), metric, "edition")


def test_chinese_days_since_the_opening_and_bare_online_visits():
    got = _measured("#2031世界制造业大会# 开展三天，线下观众已超18万人次！线上展厅访问量突破2200万！", 2031)
    assert [(value, metric) for value, metric, _ in got] == [(180000, "visitors"), (22e6, "visitors_online")]


def test_a_count_grown_from_a_first_editions_to_this_years_past_where_it_was_signed_is_read():
    got = _measured("The number of projects signed at the World Manufacturing Convention has grown from 300-odd in 2018 "
                    "to more than 1,300 this year.", 2031)
    assert got[-1] == (1300, "projects_signed", "edition")


def test_a_count_denied_against_reports_is_no_figure_and_the_one_given_instead_is():
    got = _measured("Contrary to some reports, the 2031 World Intelligent Manufacturing Conference does not have 900 "
                    "exhibitors; it has 588.", 2031)
    assert got == [(588, "exhibitors", "edition")]


def test_the_slice_foreign_groups_accounted_for_is_the_foreign_funded_projects_and_their_investment():
    got = _measured("The 2031 World Manufacturing Convention signed 1,388 projects. Foreign groups accounted for a small "
                    "share: 96 projects and about $8.7bn.", 2031)
    assert got[1:] == [(96, "foreign_projects", "edition"), (8.7e9, "foreign_investment", "edition")]


@pytest.mark.parametrize("text,metric", [
    ("2031世界制造业大会共签约项目1388个，其中港资项目31个。", "projects from Hong Kong"),
    ("2031世界制造业大会期间，台资项目签约27个。", "projects from Taiwan"),
])
def test_chinese_projects_of_investors_from_one_place_are_a_measure_of_their_own(text, metric):
    assert _measured(text, 2031)[-1][1:] == (metric, "edition")


@pytest.mark.parametrize("line", ["Press Release | 11/26/2031 08:00 PM", "Updated | 26.11.2031"])
def test_a_date_written_month_or_day_first_with_slashes_or_dots_is_no_count(line):
    assert _measured(f"{line}\nThe 2031 World Intelligent Manufacturing Conference closed.", 2031) == []


@pytest.mark.parametrize("text", [
    "Organizers had hoped for 250,000 visitors at the 2031 World Manufacturing Convention; 198,000 had come by Sunday "
    "night.",
    "About 250,000 visitors were forecast for the 2031 World Manufacturing Convention, and 198,000 had arrived by "
    "Sunday night.",
])
def test_a_bare_count_that_had_come_at_a_clauses_head_counts_what_the_count_before_counted(text):
    figures = extract_figures(text, edition=2031)
    assert (figures[-1].value, figures[-1].metric, figures[-1].scope, figures[-1].qualifier) == \
        (198000, "visitors", "edition", "at_least")


def test_a_rate_that_brought_the_deals_to_their_value_is_the_same_growth_as_one_written_after_it():
    before = _measured("Deals at the 2031 World Manufacturing Convention climbed 3.1% to 455 billion yuan.", 2031)
    after = _measured("The 2031 World Manufacturing Convention signed deals worth 455 billion yuan, up 3.1 percent on "
                      "last year.", 2031)
    assert before[0] == after[-1] == (3.1, "investment growth", "edition")


@pytest.mark.parametrize("text,expected", [
    ("2031世界制造业大会线上线下参会观众超260万人次，其中线下观众24.6万人次。",
     [(2.6e6, "participation", "edition"), (246000, "visitors", "edition")]),
    ("2031世界智能制造大会线上线下观众突破900万人次，其中线上观众880万人次。",
     [(9e6, "participation", "edition"), (8.8e6, "visitors_online", "edition")]),
])
def test_the_halls_and_the_online_visitors_among_all_who_took_part_are_their_own_measures(text, expected):
    assert _measured(text, 2031) == expected


def test_a_count_word_after_what_it_counts_names_the_revised_count():
    figures = extract_figures("Organizers of the 2031 World Manufacturing Convention revised the exhibitor count to "
                              "1,402 after late sign-ups.", edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(1402, "exhibitors", "corrected")]


def test_days_an_event_ran_for_stay_its_length_when_a_reason_follows_after():
    got = _measured("The 2031 World Manufacturing Convention ran for five days after organizers added a trade day on "
                    "Thursday.", 2031)
    assert got == [(5, "duration_days", "edition")]


def test_a_chinese_exhibitions_scale_in_square_metres_is_its_exhibition_area():
    assert _measured("2031世界制造业大会展会规模7.5万平方米，设10个展馆。", 2031)[0] == (75000, "exhibition_area", "edition")


def test_this_years_event_covering_square_metres_is_its_exhibition_area_and_larger_than_last_years_its_growth():
    got = _measured("This year's World Manufacturing Convention covers 72,000 square meters, about 9 percent larger than "
                    "last year's.", 2031)
    assert got == [(72000, "exhibition_area", "edition"), (9, "exhibition area growth", "edition")]


def test_yuan_of_a_total_after_the_foreign_funded_ones_of_which_are_the_wholes():
    got = _measured("At the 2031 World Manufacturing Convention, 1,241 projects were signed, of which 88 are "
                    "foreign-funded, with total investment of 498.6 billion yuan.", 2031)
    assert got == [(1241, "projects_signed", "edition"), (88, "foreign_projects", "edition"),
                   (498.6e9, "investment", "edition")]


def test_chinese_projects_landed_and_the_sum_they_draw_in_are_the_signings_and_their_investment():
    got = _measured("2031世界制造业大会揽下1241个项目，吸金4986亿元。", 2031)
    assert got == [(1241, "projects_signed", "edition"), (498.6e9, "investment", "edition")]


@pytest.mark.parametrize("hedge,qualifier", [("a shade over", "more_than"), ("just over", "more_than"),
                                             ("a shade under", "nearly")])
def test_a_hedged_sum_the_deals_came_to_is_their_value(hedge, qualifier):
    figures = extract_figures(f"Deals at the 2031 World Manufacturing Convention came to {hedge} 480 billion yuan.",
                              edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(480e9, "contract_value", qualifier)]


def test_a_days_count_for_a_two_day_total_is_that_days_and_the_total_the_count_so_far():
    figures = extract_figures("The 2031 World Intelligent Manufacturing Conference drew 28,000 visitors on its second "
                              "day, for a two-day total of 61,000.", edition=2031)
    assert [(f.value, f.metric, f.scope, f.qualifier) for f in figures] == [
        (28000, "visitors", "part", "exact"), (61000, "visitors", "edition", "at_least")]


def test_achievement_releases_are_the_achievements_released_in_either_language():
    english = _measured("The 2031 World Intelligent Manufacturing Conference featured 17 major achievement releases.",
                        2031)
    chinese = _measured("2031世界智能制造大会发布重大成果17项。", 2031)
    assert english == chinese == [(17, "reports", "edition")]


@pytest.mark.parametrize("text", [
    "Investors pledged 455 billion yuan ($63 billion) at the 2031 World Manufacturing Convention. That's up 3.1% from "
    "last year's event.",
    "Investment pledged at the 2031 World Manufacturing Convention rose 3.1 percent to 455 billion yuan.",
])
def test_the_growth_of_pledged_investment_is_named_the_investments_however_it_is_written(text):
    got = _measured(text, 2031)
    assert (3.1, "investment growth", "edition") in got and (455e9, "investment", "edition") in got


def test_a_sum_past_its_conversion_in_total_investment_is_the_investment():
    got = _measured("The 2031 World Manufacturing Convention in numbers:\n• RMB 498.6 billion (approx. USD 69.4 billion) "
                    "in total investment", 2031)
    assert got == [(498.6e9, "investment", "edition"), (69.4e9, "investment", "converted")]


@pytest.mark.parametrize("text,expected", [
    ("The 2031 World Manufacturing Convention welcomed 246,000 attendees.", (246000, "visitors", "edition")),
    # (a forum's few thousand attendees stay its guests)
    ("The 2031 World Manufacturing Convention's main forum welcomed 2,400 attendees.", (2400, "guests", "part")),
])
def test_attendees_a_crowd_in_number_are_the_visitors(text, expected):
    assert _measured(text, 2031) == [expected]


def test_the_price_tag_the_signed_projects_carry_is_their_value():
    got = _measured("The 2031 World Manufacturing Convention's 1,241 signed projects carry a price tag of 498.6 billion "
                    "yuan.", 2031)
    assert got == [(1241, "projects_signed", "edition"), (498.6e9, "contract_value", "edition")]


def test_visitor_numbers_that_came_in_just_shy_of_a_mark_are_the_visitors_nearly_that_many():
    figures = extract_figures("Visitor numbers at the 2031 World Manufacturing Convention came in just shy of 250,000.",
                              edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(250000, "visitors", "nearly")]


@pytest.mark.parametrize("verb", ["accounted for", "made up"])
def test_foreign_funded_projects_that_account_for_some_of_them_are_their_own_measure(verb):
    got = _measured(f"The 2031 World Manufacturing Convention signed 1,241 projects, and foreign-funded projects {verb} "
                    "88 of them.", 2031)
    assert got == [(1241, "projects_signed", "edition"), (88, "foreign_projects", "edition")]


@pytest.mark.parametrize("text", [
    "The value of deals at the 2031 World Manufacturing Convention was 498.6 billion yuan, against 471.2 billion yuan a "
    "year earlier.",
    "At the 2031 World Manufacturing Convention, this year's deals, at 498.6 billion yuan, beat last year's 471.2 "
    "billion yuan.",
])
def test_last_years_sum_set_against_this_years_deals_is_the_same_measure_a_year_earlier(text):
    assert _measured(text, 2031) == [(498.6e9, "contract_value", "edition"), (471.2e9, "contract_value", "earlier")]


@pytest.mark.parametrize("text,expected", [
    # an area enlarged on the last edition: its growth, as "较上届增长14%" is
    ("2031世界制造业大会展览面积7.5万平方米，较上届扩大9%。",
     [(75000, "exhibition_area", "edition"), (9, "exhibition area growth", "edition")]),
    # the foreign-funded projects' share after the event's name and the count
    ("2031世界制造业大会签约外资项目88个，占签约项目总数的7.1%。",
     [(88, "foreign_projects", "edition"), (7.1, "share of foreign-funded projects", "edition")]),
    # the first edition's count, then how much the count has grown since: no noun named 增长
    ("2031世界制造业大会的签约项目数，较2018年首届大会的536个增长近一倍。", [(536, "projects_signed", "earlier")]),
])
def test_chinese_growth_by_enlarging_a_share_after_the_events_name_and_a_first_editions_count(text, expected):
    assert _measured(text, 2031) == expected


def test_a_chinese_count_already_reached_during_the_event_is_a_count_so_far():
    figures = extract_figures("2031世界制造业大会期间，已达成合作意向项目210个。", edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(210, "intended_projects", "at_least")]


def test_the_final_investment_figure_however_long_what_it_is_for_is_the_investment():
    got = _measured("The final investment figure for projects signed at the 2031 World Manufacturing Convention is 498.6 "
                    "billion yuan, the organizing committee said.", 2031)
    assert got == [(498.6e9, "investment", "edition")]


def test_a_pages_stamp_with_the_day_before_a_month_and_a_year_is_no_count():
    got = _measured("Updated 14:02, 29-Nov-2031\nCGTN's reporter walks the halls of the 2031 World Intelligent "
                    "Manufacturing Conference, where 588 companies are exhibiting.", 2031)
    assert got == [(588, "exhibitors", "edition")]


def test_earlier_editions_counts_after_this_years_are_those_years_counts():
    figures = extract_figures("The 2032 World Manufacturing Convention signed 1,266 projects, after 1,241 in 2031 and "
                              "1,198 in 2030.", edition=2032)
    assert [(f.value, f.metric, f.scope) for f in figures] == [
        (1266, "projects_signed", "edition"), (1241, "projects_signed", "earlier"), (1198, "projects_signed", "earlier")]


def test_what_the_subject_will_release_after_a_list_of_its_guests_is_its_own_plan():
    got = _measured("The 2031 World Intelligent Manufacturing Conference brings together over 2,800 guests, including 36 "
                    "academicians, and will release 18 major achievements.", 2031)
    assert got == [(2800, "guests", "edition"), (36, "academicians", "edition"), (18, "reports", "edition")]


@pytest.mark.parametrize("text", ["2031世界制造业大会上，长三角三省一市共有64个项目签约。", "2031世界制造业大会期间，沪苏浙企业签约项目64个。"])
def test_a_chinese_regions_own_signings_are_some_of_the_editions(text):
    assert _measured(text, 2031) == [(64, "projects_signed", "part")]


@pytest.mark.parametrize("subject", ["Japanese companies", "companies from the Yangtze River Delta", "Hong Kong firms"])
def test_one_countrys_or_regions_companies_signings_are_some_of_the_editions(subject):
    got = _measured(f"At the 2031 World Manufacturing Convention, {subject} signed 14 projects.", 2031)
    assert got == [(14, "projects_signed", "part")]


@pytest.mark.parametrize("text", [
    "A typhoon kept 240 guests away from the 2031 World Manufacturing Convention.",
    "Travel curbs prevented about 90 foreign exhibitors from attending the 2031 World Manufacturing Convention.",
])
def test_those_kept_away_are_no_count_of_the_events(text):
    assert _measured(text, 2031) == []


def test_deals_signed_over_editions_that_total_a_sum_far_after_their_noun_are_the_deals_value():
    got = _measured("Deals signed at the World Manufacturing Convention over the past five editions total more than 2.4 "
                    "trillion yuan.", 2031)
    assert got == [(2.4e12, "contract_value", "cumulative")]


@pytest.mark.parametrize("text,span", [("Hefei convention's five-year tally passes 2.4 trillion yuan", 5),
                                       ("A carmaker signed a 10-year lease at the 2031 World Manufacturing Convention.", 10)])
def test_a_span_of_years_before_a_noun_is_no_figure(text, span):
    assert span not in [value for value, _, _ in _measured(text, 2031)]


def test_a_chinese_card_of_figures_each_with_its_label_after_a_dash_and_its_unit_in_brackets():
    got = _measured("数说2031世界智能制造大会：\n188——签约项目数（个）\n1206——签约总投资（亿元）\n24.6——线下观众（万人次）", 2031)
    assert got == [(188, "projects_signed", "edition"), (120.6e9, "investment", "edition"), (246000, "visitors", "edition")]


def test_a_chinese_cards_number_alone_on_its_line_is_what_the_line_below_names():
    got = _measured("2031世界制造业大会\n1241个\n签约项目\n4986亿元\n总投资\n588家\n参展企业", 2031)
    assert got == [(1241, "projects_signed", "edition"), (498.6e9, "investment", "edition"), (588, "exhibitors", "edition")]


@pytest.mark.parametrize("text,expected", [
    # a conversion after "折合人民币约" is the foreign capital again, not the deals' value
    ("2031世界制造业大会签约外资项目88个，投资额96.3亿美元，折合人民币约684亿元。",
     [(88, "foreign_projects", "edition"), (9.63e9, "foreign_investment", "edition"),
      (68.4e9, "foreign_investment", "converted")]),
    ("2031世界制造业大会吸引外资96.3亿美元。", [(9.63e9, "foreign_investment", "edition")]),
    ("Overseas investment at the 2031 World Manufacturing Convention reached 9.63 billion U.S. dollars.",
     [(9.63e9, "foreign_investment", "edition")]),
])
def test_the_foreign_capital_the_event_drew_in_either_language_and_its_conversion(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text", ["The 2031 World Manufacturing Convention drew 640 media representatives.",
                                  "About 640 domestic and foreign media workers covered the 2031 World Manufacturing "
                                  "Convention."])
def test_media_representatives_and_workers_are_the_journalists_not_the_guests(text):
    assert [metric for _, metric, _ in _measured(text, 2031)] == ["journalists"]


@pytest.mark.parametrize("text,expected", [
    # the public open day's visitors are that day's
    ("2031世界制造业大会公众开放日接待观众6.4万人次。", [(64000, "visitors", "part")]),
    # national pavilions are zones of the exhibition, not countries
    ("2031世界制造业大会期间，共有8个国家馆亮相。", [(8, "exhibition_zones", "edition")]),
    # one zone's area, named before it, is a part; the zones' total after their count is the whole's
    ("2031世界制造业大会首次设置人形机器人展区，面积达9000平方米。", [(9000, "exhibition_area", "part")]),
    ("2031世界制造业大会设置五大展区，面积7.5万平方米。", [(75000, "exhibition_area", "edition")]),
])
def test_chinese_an_open_days_visitors_national_pavilions_and_one_zones_area(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,scope", [
    ("The 2031 World Manufacturing Convention included a three-day matchmaking session for suppliers.", "part"),
    ("The 2031 World Manufacturing Convention's drone show runs for two days.", "part"),
    ("The 2031 World Manufacturing Convention will be open to the public for two days.", "part"),
    # (the event's own length stays the edition's)
    ("The four-day 2031 World Manufacturing Convention closed on Tuesday.", "edition"),
])
def test_how_long_a_session_or_a_show_within_the_event_lasts_is_a_part(text, scope):
    assert [(metric, got) for _, metric, got in _measured(text, 2031)] == [("duration_days", scope)]


@pytest.mark.parametrize("text", ["Visitors to the 2031 World Manufacturing Convention numbered over a quarter-million.",
                                  "The 2031 World Manufacturing Convention drew over a quarter-million visitors."])
def test_a_quarter_million_joined_by_a_hyphen_is_read(text):
    figures = extract_figures(text, edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(250000, "visitors", "more_than")]


def test_the_signings_of_a_chinese_gathering_held_during_the_event_are_a_part():
    assert _measured("2031世界制造业大会期间举办的全球徽商大会签约项目52个。", 2031) == [(52, "projects_signed", "part")]


def test_what_the_average_project_is_worth_however_long_its_words_is_the_average_not_the_total():
    got = _measured("The average project signed at the 2031 World Manufacturing Convention is worth 402 million yuan.",
                    2031)
    assert got == [(402e6, "average investment per project", "edition")]


@pytest.mark.parametrize("text,expected", [
    ("Private firms signed deals worth 210 billion yuan at the 2031 World Manufacturing Convention.",
     (210e9, "contract_value", "part")),
    ("Central SOEs signed 38 projects at the 2031 World Manufacturing Convention.", (38, "projects_signed", "part")),
    ("The convention's top 10 projects are worth 96 billion yuan combined.", (96e9, "contract_value", "part")),
    ("Projects in advanced manufacturing signed at the 2031 World Manufacturing Convention numbered 604.",
     (604, "projects_signed", "part")),
])
def test_one_kind_of_firms_or_of_projects_signings_are_a_part(text, expected):
    assert _measured(text, 2031) == [expected]


def test_the_countries_the_deals_investors_come_from_are_a_part_of_the_countries_and_regions():
    got = _measured("Projects signed at the 2031 World Manufacturing Convention came from investors in 19 countries and "
                    "regions.", 2031)
    assert got == [(19, "countries_regions", "part")]


@pytest.mark.parametrize("text,expected", [
    # a count raised from one value to another: the value it leaves is no report of its own, so the later one is
    # compared with what was reported before
    ("据组委会最新统计，2031世界制造业大会签约项目由1241个增至1244个。", [(1244, "projects_signed", "edition")]),
    ("经最终核定，2031世界制造业大会签约项目由此前公布的1241个调整为1244个。", [(1244, "projects_signed", "edition")]),
    # the value taken back in brackets is no report
    ("2031世界制造业大会签约项目1244个（此前公布为1241个）。", [(1244, "projects_signed", "edition")]),
])
def test_chinese_a_count_raised_and_a_value_taken_back_in_brackets(text, expected):
    assert _measured(text, 2031) == expected


def test_chinese_companies_added_since_the_opening_are_an_increase_not_the_exhibitors():
    got = _measured("2031世界制造业大会参展企业较开幕时增加18家，达到588家。", 2031)
    assert got == [(18, "exhibitors increase", "edition"), (588, "exhibitors", "edition")]


def test_exhibitors_added_after_the_opening_are_an_increase_and_the_total_they_make_the_exhibitors():
    got = _measured("The 2031 World Manufacturing Convention added 18 exhibitors after its opening, for a total of 588.",
                    2031)
    assert got == [(18, "exhibitors increase", "edition"), (588, "exhibitors", "edition")]


def test_last_years_count_past_the_rate_this_years_grew_by_is_the_same_measure():
    got = _measured("The World Manufacturing Convention in Hefei signed 1,266 projects this year, only 2 percent more than "
                    "the 1,241 of 2031.", 2032)
    assert got == [(1266, "projects_signed", "edition"), (2, "projects signed growth", "edition"),
                   (1241, "projects_signed", "earlier")]


def test_a_count_raised_from_one_value_to_another_past_where_it_was_counted_is_the_later_value():
    got = _measured("Organizers raised the number of projects signed at the 2031 World Manufacturing Convention from "
                    "1,241 to 1,244.", 2031)
    assert got == [(1244, "projects_signed", "edition")]


def test_the_value_a_count_rose_from_in_the_final_tally_is_no_report_of_its_own():
    got = _measured("The count of projects signed at the 2031 World Manufacturing Convention rose from 1,241 to 1,244 in "
                    "the final tally.", 2031)
    assert got == [(1244, "projects_signed", "edition")]


def test_a_count_written_with_k_in_three_days_gives_no_length():
    assert _measured("The 2031 World Manufacturing Convention has drawn 198K visitors in three days.", 2031) == [
        (198000, "visitors", "edition")]


@pytest.mark.parametrize("text,expected", [
    # some of a whole counted after them, with the whole's adjectives: the whole's noun, not the count before
    ("By Sunday the fair had drawn 96,000 visitors and held 9 of its 12 specialized forums.",
     [(96000, "visitors", "edition"), (9, "forums", "part"), (12, "sub_forums", "edition")]),
    # a whole after "of the expo's" or "out of a total of", its unit or noun left out, is the edition's
    ("The drone pavilion takes up 4,500 square meters of the expo's 52,000.",
     [(4500, "exhibition_area", "part"), (52000, "exhibition_area", "edition")]),
    ("Hall 2 houses 88 exhibitors out of a total of 530, the organizers said.",
     [(88, "exhibitors", "part"), (530, "exhibitors", "edition")]),
])
def test_a_part_of_a_whole_and_the_whole_named_after_it(text, expected):
    assert _measured(text, 2031) == expected


def test_a_running_count_after_an_outlets_name_is_a_count_so_far():
    figures = extract_figures("(ECNS) -- By the second day, the 2031 World Manufacturing Convention had received "
                              "83,000 visitors.", edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(83000, "visitors", "at_least")]


@pytest.mark.parametrize("first,second,value", [
    ("The fair released 18 typical application cases.", "The fair released 18 application cases.", 18),
    ("The fair named 12 benchmark smart factories.", "The fair named 12 benchmark factories.", 12),
    ("大会发布智能制造典型场景36个。", "大会发布典型场景36个。", 36),
])
def test_words_of_praise_or_of_the_events_field_leave_the_measure_as_it_is(first, second, value):
    measured = _measured(first, 2031)
    assert measured == _measured(second, 2031) and [v for v, _, _ in measured] == [value]


@pytest.mark.parametrize("text,expected", [
    ("大会签约项目206个，总投资538亿元，较上届的510亿元增长5.5%。",
     [(206, "projects_signed", "edition"), (53.8e9, "investment", "edition"), (51e9, "contract_value", "earlier"),
      (5.5, "investment growth", "edition")]),
    ("本届大会参展企业618家，比上届的590家增长4.7%。",
     [(618, "exhibitors", "edition"), (590, "exhibitors", "earlier"), (4.7, "exhibitors growth", "edition")]),
])
def test_chinese_a_rate_on_last_years_amount_is_the_growth_of_this_years(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,expected", [
    # the deals signed at the event are what the sum is of, not the event named after "at"
    ("Deals signed at the 2031 World Manufacturing Convention hit RMB412.6bn.",
     [(412.6e9, "contract_value", "edition")]),
    # a new high of a count is that count
    ("Projects signed at the 2031 World Manufacturing Convention hit a record high of 862.",
     [(862, "projects_signed", "edition")]),
    # a line that gives the deals' value after their count
    ("The 2031 World Manufacturing Convention at a glance. Deals: 862. Value: 412.6 billion yuan.",
     [(862, "projects_signed", "edition"), (412.6e9, "contract_value", "edition")]),
])
def test_the_deals_value_and_a_record_count_named_as_the_coverage_says(text, expected):
    assert _measured(text, 2031) == expected


def test_the_day_before_s_count_after_after_counts_the_same():
    assert _measured("The 2031 World Manufacturing Convention received 58,000 visitors on Sunday, its third day, after "
                     "49,000 on Saturday.", 2031) == [(58000, "visitors", "part"), (49000, "visitors", "part")]


def test_another_size_class_of_the_projects_after_a_verb_is_counted():
    got = _measured("Of the 920 projects, 205 are worth over 1 billion yuan each, and 31 exceed 10 billion yuan.", 2031)
    assert [(v, m, s) for v, m, s in got if m.startswith("projects")] == [
        (920, "projects", "edition"), (205, "projects", "part"), (31, "projects", "part")]


def test_a_rate_after_a_part_and_or_is_its_share_not_a_growth():
    got = extract_figures("The fair signed 920 projects. Manufacturing projects made up 744 of them, or 80.9 percent.",
                          edition=2031)
    assert [(f.value, f.metric, f.scope) for f in got if f.unit == "percent"] == [
        (80.9, "share of projects in manufacturing", "edition")]
    got = extract_figures("Overseas companies made up 131 of the 640 exhibitors at the 2031 World Manufacturing "
                          "Convention, or 20.5 percent.", edition=2031)
    assert [(f.value, f.metric, f.scope) for f in got if f.unit == "percent"] == [
        (20.5, "share of overseas exhibitors", "edition")]


def test_a_story_that_says_it_was_corrected_comes_after_the_version_it_corrects(tmp_path):
    first = doc("2031-11-30", "Nanjing conference closes", "NANJING -- The 2031 World Intelligent Manufacturing "
                "Conference closed with 208 projects worth 47.1 billion yuan.")
    fixed = doc("2031-11-30", "Nanjing conference closes", "NANJING -- The 2031 World Intelligent Manufacturing "
                "Conference closed with 208 projects worth 41.7 billion yuan.\nAn earlier version of this story gave "
                "the value of the projects as 47.1 billion yuan.")
    for order in ([0, 1], [1, 0]):
        assert _story_flags([first, fixed], order) == {(0, 208, "count"): "new", (0, 47.1e9, "CNY"): "new",
                                                       (1, 208, "count"): "known", (1, 41.7e9, "CNY"): "changed:conflict"}
    # a database in which the corrected story stood first is put in order again when it is opened
    assert _reopened_in_order(tmp_path, [fixed, first], "text like '%earlier version%'",
                              "m015_correction_notes_end_their_day", "CNY") == \
        ({47.1e9: "changed", 41.7e9: "new"}, {47.1e9: "new", 41.7e9: "changed"})


def _reopened_in_order(tmp_path, stories: list[str], later_where: str, migration: str, unit: str = "") -> tuple:
    """The statuses by value of a database whose later story (later_where) was stored at its day's start, before and
    after it is opened again with the migration that puts such stories in order."""
    from storage.ledger import decide_group

    db = open_db(tmp_path)
    for i, text in enumerate(stories):
        store_article(db, article_from_document(text, name=f"c{i}", fetched_at=NOW), EVENTS, run_id="t", now=NOW)
    later = next(db.query(f"select id, date from articles where {later_where}"))
    db.execute("update figures set pub_key = ? where article_id = ?", [f"{later['date']}T00:00:00+00:00|", later["id"]])
    for g in list(db.query("select distinct event, edition, metric, scope, unit from figures")):
        decide_group(db, g["event"], g["edition"], g["metric"], g["scope"], g["unit"], now=NOW)
    which = "select value, status from figures" + (f" where unit = '{unit}'" if unit else "")
    before = {r["value"]: r["status"] for r in db.query(which)}
    db.execute("delete from _sqlite_migrations where name = ?", [migration])
    db.conn.commit()
    db.close()
    db = open_db(tmp_path)
    return before, {r["value"]: r["status"] for r in db.query(which)}


@pytest.mark.parametrize("text,expected", [
    # professionals among the visitors are the trade visitors
    ("The fair closed with 205,000 visitors, 71,000 of them professionals.",
     [(205000, "visitors", "edition"), (71000, "trade_visitors", "edition")]),
])
def test_professionals_among_the_visitors_are_the_trade_visitors(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,expected", [
    # a show held the same week is another event; one held alongside is a part
    ("The 2031 Hefei International Machinery Fair, held in the same week as the World Manufacturing Convention, drew "
     "96,000 visitors.", [(96000, "visitors", "elsewhere")]),
    ("The Global Battery Summit, held alongside the 2031 World Manufacturing Convention, signed 14 projects.",
     [(14, "projects_signed", "part")]),
    # guests gathered for the opening are the opening's audience
    ("More than 900 guests from home and abroad gathered in Hefei on Saturday for the opening of the 2031 World "
     "Manufacturing Convention.", [(900, "guests", "part")]),
    # "N in all" after the thing the verb did
    ("Investors from 17 countries signed foreign-funded projects at the 2031 World Manufacturing Convention, 96 in "
     "all.", [(17, "countries_regions", "part"), (96, "foreign_projects", "edition")]),
    # places ranked: each one's count a part
    ("Hefei signed 301 projects, followed by Wuhu with 64 and Anqing with 40.",
     [(301, "projects_signed", "part"), (64, "projects_signed", "part"), (40, "projects_signed", "part")]),
    # a show open to the public for some days is not the event's length
    ("The expo opens to the public for two days from Sunday.", [(2, "duration_days", "part")]),
    # a comparison closed in brackets dates only what is inside them
    ("The 2031 World Manufacturing Convention closed with 862 projects (up from 801 last year) and 612 exhibitors.",
     [(862, "projects", "edition"), (801, "projects", "earlier"), (612, "exhibitors", "edition")]),
])
def test_whose_figure_it_is_by_the_words_around_it(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,expected", [
    # a site's name before its report says nothing of where the visitors were
    ("大江在线 2031世界制造业大会入场观众21.4万人次。", [(214000, "visitors", "edition")]),
    ("大会在线观众达120万人次。", [(1200000, "visitors_online", "edition")]),
    # a size class of projects: its bound is no amount, its count a part
    ("2031世界制造业大会上，投资额超百亿元的项目达31个。", [(10e9, "investment", "part"), (31, "projects", "part")]),
    # one sector's signings are a part, and so is what they are worth
    ("2031世界制造业大会集成电路领域签约项目88个，投资额512亿元。",
     [(88, "projects_signed", "part"), (51.2e9, "investment", "part")]),
])
def test_chinese_outlets_size_classes_and_sectors(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate a sum was taken to is the growth of that sum, whatever the subject counted
    ("Deals at the 2031 World Manufacturing Convention rose 3.1% this year to 388.2 billion yuan.",
     [(3.1, "investment growth", "edition"), (388.2e9, "contract_value", "edition")]),
    # the value the figures put the deals at
    ("Final figures put the value of deals at the 2031 World Manufacturing Convention at 388.2 billion yuan.",
     [(388.2e9, "contract_value", "edition")]),
    # people who watched the livestreams are online viewers
    ("Livestreams of the 2031 World Manufacturing Convention were watched by 64 million people.",
     [(64e6, "visitors_online", "edition")]),
    # results released however their list is introduced
    ("2031世界智能制造大会发布《2031智能制造十大应用案例》等标志性成果18项。", [(18, "reports", "edition")]),
])
def test_what_a_rate_a_sum_an_audience_and_results_measure(text, expected):
    assert _measured(text, 2031) == expected


def test_a_count_with_days_of_the_event_left_is_a_count_so_far():
    figures = extract_figures("With two days left, the 2031 World Manufacturing Convention has seen 410 projects signed.",
                              edition=2031)
    assert [(f.value, f.metric, f.qualifier) for f in figures] == [(410, "projects_signed", "at_least")]


@pytest.mark.parametrize("text,expected", [
    # a batch said to add to an earlier one: both batches, neither the whole
    ("Twenty products debuted at the 2031 World Manufacturing Convention on Sunday, adding to the 75 debuts on "
     "Saturday.", [(20, "premieres", "part"), (75, "premieres", "part")]),
    # one size class of the projects, however it is written
    ("Thirty-one projects worth more than 10 billion yuan apiece were signed at the 2031 World Manufacturing "
     "Convention.", [(31, "projects_signed", "part"), (10e9, "contract_value", "part")]),
    # where the exhibitors were, after a colon
    ("The 2031 World Manufacturing Convention had 640 exhibitors: 470 at the venue and 170 online only.",
     [(640, "exhibitors", "edition"), (470, "exhibitors_onsite", "edition"), (170, "exhibitors_online", "edition")]),
])
def test_batches_size_classes_and_where_the_exhibitors_were(text, expected):
    assert _measured(text, 2031) == expected


def test_chinese_an_earlier_editions_year_goes_on_past_a_semicolon_until_a_time_of_its_own():
    assert _measured("2030世界制造业大会签约项目1244个，总投资5860亿元；参展企业612家。", 2031) == [
        (1244, "projects_signed", "earlier"), (5860e8, "investment", "earlier"), (612, "exhibitors", "earlier")]
    assert _measured("2030世界制造业大会签约项目1244个；本届大会参展企业640家。", 2031) == [
        (1244, "projects_signed", "earlier"), (640, "exhibitors", "edition")]


@pytest.mark.parametrize("text,ends", [
    ("The fair drew 204,000 visitors.\nThis story has been corrected to show the visitor count.", True),
    ("(Corrects number of projects in paragraph 2)\nThe fair signed 812 projects.", True),
    ("大会签约项目812个。\n更正：此前报道中签约项目数有误。", True),
    ("The fair signed 812 projects, correcting for weather delays.", False),
    ("An earlier fair in 2030 drew 180,000 visitors.", False),
])
def test_a_note_at_a_storys_top_or_foot_says_it_corrects_or_updates_another(text, ends):
    from extract.dates import ends_its_day

    assert ends_its_day("Hefei fair closes", text) is ends


@pytest.mark.parametrize("text,expected", [
    # what was done, told before a plan, is no forecast
    ("After the 2031 World Manufacturing Convention signed 862 projects, Anhui aims to sign 900 at next year's "
     "convention.", [(862, "projects_signed", "edition"), (900, "projects_signed", "expected")]),
    # projects lined up are not yet signed; those of them signed are the edition's signings
    ("Of the 905 projects lined up for the 2031 World Manufacturing Convention, 862 were signed.",
     [(905, "projects lined up", "edition"), (862, "projects_signed", "edition")]),
    # a host-province city named without 市 signs a part
    ("在2031世界制造业大会上，芜湖签约项目96个，总投资418亿元。",
     [(96, "projects_signed", "part"), (41.8e9, "investment", "part")]),
])
def test_a_plan_after_a_result_projects_lined_up_and_a_city_named_bare(text, expected):
    assert _measured(text, 2031) == expected


def test_a_sister_event_named_in_the_sentence_is_no_part_of_this_one():
    assert _measured("The 2031 World Intelligent Manufacturing Conference opened with 640 exhibitors. Its sister event "
                     "in Hefei, the World Manufacturing Convention, drew 251,000 visitors in September.", 2031) == [
        (640, "exhibitors", "edition"), (251000, "visitors", "edition")]


@pytest.mark.parametrize("text,expected", [
    # a list of kinds of people "等" a number who attended: all the guests
    ("2031世界制造业大会开幕，来自海内外的专家学者、企业家等2100余人参会。", [(2100, "guests", "edition")]),
    # one kind of firm's signings are a part
    ("2031世界制造业大会上，民营企业签约项目702个。", [(702, "projects_signed", "part")]),
])
def test_chinese_all_who_attended_and_one_kind_of_firms_signings(text, expected):
    assert _measured(text, 2031) == expected


def test_chinese_days_since_the_opening_make_a_count_so_far():
    figures = extract_figures("2031世界制造业大会开幕三天，累计发布新产品、新技术96项。", edition=2031)
    assert [(f.value, f.qualifier) for f in figures] == [(96, "at_least")]


def test_another_halls_count_past_the_area_the_clause_before_gave():
    assert _measured("The chip hall hosts 72 exhibitors on 9,000 square meters; the battery hall 58 on 7,500 square "
                     "meters.", 2031) == [(72, "exhibitors", "part"), (9000, "exhibition_area", "part"),
                                          (58, "exhibitors", "part"), (7500, "exhibition_area", "part")]


def test_the_other_events_count_with_its_verb_left_out_is_that_events_and_a_headlines_angle_no_figure():
    story = [doc("2031-12-20", "Two conferences, two records",
                 "This year Hefei's World Manufacturing Convention signed 862 projects and Nanjing's World Intelligent "
                 "Manufacturing Conference 208, both records."),
             doc("2031-11-30", "Nanjing conference closes",
                 "NANJING -- The 2031 World Intelligent Manufacturing Conference closed with 208 projects signed.")]
    for order in ([0, 1], [1, 0]):
        assert _story_flags(story, order) == {(0, 862, "count"): "new", (0, 208, "count"): "known",
                                              (1, 208, "count"): "new"}


@pytest.mark.parametrize("sentence,date,edition", [
    ("Its sister event, the World Intelligent Manufacturing Conference, signed 138 projects last December.",
     "2031-09-20", 2030),
    # ("last year" dates the clause instead: the figure is cited as the earlier edition's, scope earlier)
    ("The World Intelligent Manufacturing Conference signed 138 projects last year.", "2031-09-20", 2031),
    ("The World Intelligent Manufacturing Conference signed 138 projects last November.", "2031-12-20", 2031),
    ("The 2029 World Intelligent Manufacturing Conference signed 121 projects, and 138 last December.",
     "2031-09-20", 2029),
])
def test_another_events_figure_dated_by_last_month_is_that_years_edition(sentence, date, edition):
    from extract.events import cited_edition

    wimc = next(e for e in EVENTS if e.id == "wimc")
    assert cited_edition(wimc, sentence, date) == edition


@pytest.mark.parametrize("text,expected", [
    # an amount in foreign-funded projects is their investment
    ("The 2031 World Manufacturing Convention closed with 14.2 billion U.S. dollars in foreign-funded projects.",
     [(14.2e9, "foreign_investment", "edition")]),
])
def test_the_amount_in_foreign_funded_projects_is_their_investment(text, expected):
    assert _measured(text, 2031) == expected


def test_an_area_alone_on_a_line_of_the_events_figures_is_the_exhibition_area():
    assert _measured("208 projects. 172,000 visitors. 64,000 square meters. The 2031 World Intelligent Manufacturing "
                     "Conference by the numbers.", 2031) == [(208, "projects", "edition"), (172000, "visitors", "edition"),
                                                            (64000, "exhibition_area", "edition")]
    assert _measured("The plant covers 64,000 square meters.", 2031) == [(64000, "area", "background")]


@pytest.mark.parametrize("text", [
    "2031世界制造业大会第三天，当天入场观众7.1万人次。",  # which day
    "距2031世界制造业大会开幕还有5天。",  # a countdown
])
def test_chinese_which_day_and_a_countdown_are_no_length(text):
    assert [f for f in extract_figures(text, edition=2031) if f.unit == "day"] == []


def test_the_largest_few_projects_are_a_part_and_their_number_no_count():
    assert _measured("The ten largest projects signed at the 2031 World Manufacturing Convention are worth a combined "
                     "96.4 billion yuan.", 2031) == [(96.4e9, "contract_value", "part")]


@pytest.mark.parametrize("text,expected", [
    # pledges after the sum are the investment pledged, as "investment pledges of ..." are
    ("Economists question the 512.8 billion yuan in pledges made at the 2031 World Manufacturing Convention.",
     [(512.8e9, "investment", "edition")]),
    # the firms that signed the deals are not the exhibitors
    ("In all, 903 companies signed the 1,066 projects at the 2031 World Manufacturing Convention. The convention "
     "had 612 exhibitors.",
     [(903, "signing_companies", "edition"), (1066, "projects_signed", "edition"), (612, "exhibitors", "edition")]),
    # a count that has grown to its value, with its verb's helper
    ("Online viewers of the 2031 World Manufacturing Convention have grown to 22.4 million.",
     [(22.4e6, "visitors_online", "edition")]),
])
def test_pledges_signing_firms_and_a_count_grown_to_a_value(text, expected):
    assert _measured(text, 2031) == expected


@pytest.mark.parametrize("text,metric", [
    ("Roughly 9 percent of projects signed at the 2031 World Manufacturing Convention were foreign-funded.",
     "share of foreign-funded projects"),
    # (the projects' other kind in a clause of its own is not theirs)
    ("Some 31 percent of projects signed were in new energy vehicles, and 9 percent were foreign-funded.",
     "share of projects in new energy vehicle"),
])
def test_the_share_of_the_projects_that_were_foreign_funded_said_after_them(text, metric):
    assert _measured(text, 2031)[0][1] == metric


def test_a_count_of_projects_signed_at_an_edition_named_after_it_is_that_editions():
    assert _measured("Of the 1,066 projects signed at the 2029 edition, 851 have broken ground.", 2031)[0] == \
        (1066, "projects_signed", "earlier")


def test_a_contest_s_entrants_are_that_contest_s():
    assert _measured("Some 86 startups competed in a robotics contest at the 2031 World Intelligent Manufacturing "
                     "Conference.", 2031) == [(86, "startups", "part")]


@pytest.mark.parametrize("text,expected", [
    # the projects of one kind of firm among the signed are a part, and their share one measure however it is said
    ("2031世界制造业大会签约的民营企业项目共702个，占全部签约项目的61.5%。",
     [(702, "projects_signed", "part"), (61.5, "share of 民营企业项目", "part")]),
    ("2031世界制造业大会签约项目中，民营企业项目702个，占比61.5%。",
     [(702, "projects", "part"), (61.5, "share of 民营企业项目", "part")]),
])
def test_chinese_one_kind_of_firms_projects_among_the_signed(text, expected):
    assert _measured(text, 2031) == expected


def test_two_events_editions_named_in_turn_give_each_its_own_value_this_editions_undated():
    story = [doc("2031-09-24", "两大会对比", "观察者网 2031世界制造业大会与2030世界智能制造大会分别签约项目902个和214个。"),
             doc("2031-09-25", "大会闭幕", "新华社合肥9月24日电 2031世界制造业大会闭幕，共签约项目902个。")]
    for order in ([0, 1], [1, 0]):
        assert _story_flags(story, order) == {(0, 902, "count"): "new", (0, 214, "count"): "new",
                                              (1, 902, "count"): "known"}


def test_chinese_manufacturing_projects_among_the_signed_are_a_part_however_the_verb_stands():
    assert _measured("2031世界制造业大会签约制造业项目812个，占签约项目总数的90.1%。", 2031)[0] == (812, "projects_signed", "part")


def test_the_investment_in_those_projects_after_a_count_of_foreign_funded_ones_is_theirs():
    assert _measured("Foreign firms signed 118 projects at the 2031 World Manufacturing Convention, up 4 percent. "
                     "Total investment in those projects came to $9.2 billion.", 2031)[-1] == \
        (9.2e9, "foreign_investment", "edition")


def test_an_amount_of_no_stated_meaning_that_is_the_deals_value_to_the_digit_is_known_and_never_a_change():
    worth = doc("2031-11-30", "Nanjing conference closes", "NANJING -- The 2031 World Intelligent Manufacturing "
                "Conference closed with 208 projects worth 47.1 billion yuan.")
    head = doc("2031-12-01", "Nanjing meet: 47.1 billion yuan, 604 exhibitors", "NANJING -- The 2031 World Intelligent "
               "Manufacturing Conference had 604 exhibitors.")
    other = doc("2031-12-02", "Nanjing meet: 12 billion yuan for robots", "NANJING -- The 2031 World Intelligent "
                "Manufacturing Conference had 604 exhibitors.")
    for order in itertools.permutations(range(3)):
        assert _story_flags([worth, head, other], list(order)) == {
            (0, 208, "count"): "new", (0, 47.1e9, "CNY"): "new", (1, 47.1e9, "CNY"): "known",
            (1, 604, "count"): "new", (2, 12e9, "CNY"): "new", (2, 604, "count"): "known"}


@pytest.mark.parametrize("title,ends", [
    ("Hefei fair closes (updated)", True),
    ("Hefei fair closes [Update 2]", True),
    ("合肥展会闭幕（更新）", True),
    ("Hefei fair closes (photos)", False),
    ("Updated forecasts for the Hefei fair", False),
])
def test_a_headline_marked_as_updated_at_its_end_stands_after_the_day_s_other_stories(title, ends):
    from extract.dates import ends_its_day

    assert ends_its_day(title) is ends


def test_an_updated_headline_of_one_day_refines_the_rounder_story_before_it_in_either_order(tmp_path):
    first = doc("2031-09-24", "Convention closes", "HEFEI -- The 2031 World Manufacturing Convention closed with about "
                "900 projects signed.")
    update = doc("2031-09-24", "Convention closes (updated)", "HEFEI -- The 2031 World Manufacturing Convention "
                 "closed with 902 projects signed.")
    for order in ([0, 1], [1, 0]):
        assert _story_flags([first, update], order) == {(0, 900, "count"): "new", (1, 902, "count"): "changed:refined"}
    # a database in which the update stood first is put in order again when it is opened
    assert _reopened_in_order(tmp_path, [update, first], "title like '%(updated)'",
                              "m016_updated_headlines_end_their_day") == \
        ({900: "known", 902: "new"}, {900: "new", 902: "changed"})


@pytest.mark.parametrize("text,expected", [
    # a size class told by its verb is a part, not the signed projects
    ("At the 2031 World Manufacturing Convention, 44 projects exceed 1 billion yuan each.", [(44, "projects", "part")]),
    ("At the 2031 World Manufacturing Convention, 44 projects are worth more than 1 billion yuan each.",
     [(44, "projects", "part")]),
    # the growth of the investment signed at the event is the investment's, not the event's
    ("Investment signed at the 2031 World Manufacturing Convention grew 3.4 percent year on year.",
     [(3.4, "investment growth", "edition")]),
    # a speaker's plans in a quotation closed before a figure are not the figure's
    ("\"We will sign at least two deals,\" said a Swiss exhibitor at the 2031 World Manufacturing Convention, one of "
     "96 overseas exhibitors.",
     [(2, "projects_signed", "expected"), (96, "overseas_exhibitors", "edition")]),
    ("\"We expect 640 exhibitors,\" said an organizer of the 2031 World Manufacturing Convention.",
     [(640, "exhibitors", "expected")]),
    # places and their counts, the verb left out after the first: each place's count of the same
    ("Of the 208 projects signed at the 2031 World Intelligent Manufacturing Conference, Nanjing got 71, Suzhou 44 "
     "and Wuxi 29.",
     [(208, "projects_signed", "edition"), (71, "projects_signed", "part"), (44, "projects_signed", "part"),
      (29, "projects_signed", "part")]),
])
def test_size_classes_by_their_verb_a_growth_past_the_event_a_closed_quote_and_places_in_turn(text, expected):
    assert _measured(text, 2031)[:len(expected)] == expected


@pytest.mark.parametrize("text,expected", [
    # the investment projects named after the purchase deals are not purchases
    ("Purchase deals worth 2.1 billion yuan were reached at the 2031 World Manufacturing Convention, alongside 902 "
     "investment projects worth 512.8 billion yuan.",
     [(2.1e9, "purchases", "edition"), (902, "projects_signed", "edition"), (512.8e9, "investment", "edition")]),
    # the series' cumulative signings, told with an edition
    ("The World Manufacturing Convention's cumulative signings reached 12,406 projects with the 2031 edition.",
     [(12406, "projects_signed", "cumulative")]),
    # (not an edition's own days: "cumulative signings over the four days")
    ("Cumulative signings over the four days of the 2031 World Manufacturing Convention reached 902 projects.",
     [(4, "duration_days", "edition"), (902, "projects_signed", "edition")]),
])
def test_purchases_stop_at_the_investment_projects_and_the_series_cumulative_signings(text, expected):
    assert _measured(text, 2031) == expected


def test_chinese_nearly_a_total_received_without_a_word_of_so_far_is_refined_by_a_count_just_under_it():
    story = [doc("2031-09-24", "观众", "安徽网 2031世界制造业大会累计接待观众近26万人次。"),
             doc("2031-09-25", "观众统计", "安徽网 据组委会统计，2031世界制造业大会共接待观众25.8万人次。")]
    for order in ([0, 1], [1, 0]):
        assert _story_flags(story, order) == {(0, 260000, "count"): "new", (1, 258000, "count"): "changed:refined"}


@pytest.mark.parametrize("text,expected", [
    # forums listed after a count of companies are no part of it
    ("The 2031 World Manufacturing Convention features 612 exhibitors, including 38 Fortune Global 500 companies, and "
     "22 specialized forums.",
     [(612, "exhibitors", "edition"), (38, "fortune500", "edition"), (22, "sub_forums", "edition")]),
    # a convention's count that brought the series' total to a sum is this edition's
    ("The 2031 World Manufacturing Convention's 902 projects brought the total since 2018 to 12,406.",
     [(902, "projects", "edition"), (12406, "projects", "cumulative")]),
    # the days a count so far took are not how long the event lasts, and one named day's count is that day's
    ("Over 90,000 people visited the 2031 World Manufacturing Convention on Saturday alone, as total attendance over "
     "three days passed 210,000.",
     [(90000, "visitors", "part"), (210000, "visitors", "edition")]),
    # an event split between its venues, each with its count
    ("This year's World Intelligent Manufacturing Conference is split between Nanjing, with 480 exhibitors, and a "
     "Wuxi sub-venue with 124.",
     [(480, "exhibitors", "part"), (124, "exhibitors", "part")]),
    # the deals' value revised to a sum, however far the event's name puts it, is the value corrected, not a batch
    ("Jiangsu has revised the value of projects signed at the 2031 World Intelligent Manufacturing Conference to 48.3 "
     "billion yuan after two late agreements, bringing the number of projects to 210.",
     [(48.3e9, "contract_value", "edition")]),
])
def test_forums_after_companies_a_convention_adding_to_the_total_days_so_far_split_venues_and_a_revised_value(
        text, expected):
    assert _measured(text, 2031)[:len(expected)] == expected


@pytest.mark.parametrize("text,expected", [
    # the companies put online in the online hall's sentence
    ("2031世界制造业大会闭幕，“云上展厅”累计访问量980万人次，上线企业702家。",
     [(9.8e6, "visitors_online", "edition"), (702, "exhibitors_online", "edition")]),
    # guests at the opening, its name after the event's and a dateline before it: the opening's; academicians among
    # them are the edition's, at least
    ("人民网合肥9月20日电 2031世界制造业大会开幕式上，约1100名中外嘉宾出席，其中包括38位两院院士。",
     [(1100, "guests", "part"), (38, "academicians", "edition")]),
])
def test_chinese_companies_put_online_and_guests_at_an_opening_past_a_dateline(text, expected):
    assert _measured(text, 2031) == expected


def test_a_key_figures_line_with_its_unit_after_a_dash():
    assert _measured("612 - exhibitors\n64,000 - square meters of exhibition space\n22 - parallel forums", 2031) == [
        (612, "exhibitors", "edition"), (64000, "exhibition_area", "edition"), (22, "sub_forums", "edition")]


@pytest.mark.parametrize("text,expected", [
    # the countries the exhibitors come from, after the deals and "and": the edition's, not where the deals come from
    ("The 2032 World Intelligent Manufacturing Conference ended with 275 signed projects and 904 exhibitors from 33 "
     "countries and regions.",
     [(275, "projects_signed", "edition"), (904, "exhibitors", "edition"), (33, "countries_regions", "edition")]),
    # a noun and its count joined by "at", with no verb between
    ("Overseas-funded projects came to 140, with overall signings at 1,488.",
     [(140, "foreign_projects", "edition"), (1488, "projects_signed", "edition")]),
    ("The Hefei convention wrapped up with exhibitors at 1,702 and visitors at 618,000.",
     [(1702, "exhibitors", "edition"), (618000, "visitors", "edition")]),
    # a part, then after a semicolon the whole it was counted from
    ("Fifty-one of the projects signed at the 2032 World Manufacturing Convention are worth over 2 billion yuan each; "
     "1,488 were signed in all.",
     [(51, "projects_signed", "part"), (2e9, "contract_value", "part"), (1488, "projects_signed", "edition")]),
    # a province's firms above designated size, in the sentence after its output, are its own statistics
    ("Jiangsu's industrial output passed 16 trillion yuan in 2031, with 58,000 manufacturers above designated size. "
     "The province is hosting the 2032 World Intelligent Manufacturing Conference, where 904 companies exhibit.",
     [(16e12, "output", "background"), (58000, "companies", "background"), (904, "exhibitors", "edition")]),
    # visits written before their number
    ("The 2032 World Manufacturing Convention logged 1,488 signed projects and visits of 618,000.",
     [(1488, "projects_signed", "edition"), (618000, "visitors", "edition")]),
])
def test_countries_after_two_counts_counts_joined_by_at_a_whole_after_a_part_and_a_provinces_firms(text, expected):
    assert _measured(text, 2032) == expected


@pytest.mark.parametrize("text,expected", [
    # the next of a list after "including": of the whole before the list, not of the list's first item
    ("The 2032 World Manufacturing Convention signed 1,488 projects, including 140 overseas-funded ones and 57 from "
     "Fortune Global 500 companies.",
     [(1488, "projects_signed", "edition"), (140, "foreign_projects", "edition"), (57, "projects_signed", "part")]),
    # one sector's deals are some of the edition's, even with no total beside them
    ("At the 2032 World Manufacturing Convention, 84 semiconductor projects have been signed so far.",
     [(84, "projects_signed", "part")]),
    ("The 2032 World Manufacturing Convention signed 1,488 projects, 102 of them in the semiconductor sector.",
     [(1488, "projects_signed", "edition"), (102, "projects_signed", "part")]),
    # a running count told with "tallied"
    ("Signed projects at the 2032 World Intelligent Manufacturing Conference tallied 168 by Monday evening.",
     [(168, "projects_signed", "edition")]),
    # the area of a show written as a compound before its name
    ("The three-day, 72,000-square-meter 2032 World Intelligent Manufacturing Conference opened on Friday.",
     [(3, "duration_days", "edition"), (72000, "exhibition_area", "edition")]),
    # sessions that filled one named day are that day's
    ("Nine industry forums and 30 matchmaking sessions filled the third day of the 2032 World Manufacturing "
     "Convention.",
     [(9, "forums", "part"), (30, "matchmaking", "part")]),
    # a forecast, then a predicate of its own that was done: the forums are lined up, no forecast
    ("For the 2032 World Intelligent Manufacturing Conference, organizers expect over 900 exhibitors and have lined "
     "up 26 forums.",
     [(900, "exhibitors", "expected"), (26, "forums", "edition")]),
])
def test_the_next_of_a_list_sector_deals_a_tally_a_compound_area_one_days_sessions_and_a_done_plan(text, expected):
    assert _measured(text, 2032) == expected


def test_a_sectors_deals_counted_so_far_are_a_lower_bound():
    figures = extract_figures("At the 2032 World Manufacturing Convention, 84 semiconductor projects have been signed "
                              "so far.", edition=2032)
    assert [(f.value, f.qualifier) for f in figures] == [(84, "at_least")]


def test_a_sectors_deals_so_far_are_no_earlier_count_of_the_editions_signings():
    story = [doc("2032-09-21", "Chip deals",
                 "At the 2032 World Manufacturing Convention, which opened on Saturday, 84 semiconductor projects have "
                 "been signed so far."),
             doc("2032-09-23", "Convention closes",
                 "The 2032 World Manufacturing Convention closed with 1,488 projects signed, 102 of them in the "
                 "semiconductor sector.")]
    for order in ([0, 1], [1, 0]):
        assert _story_flags(story, order) == {(0, 84, "count"): "new", (1, 1488, "count"): "new",
                                              (1, 102, "count"): "new"}


@pytest.mark.parametrize("text,expected", [
    # a running count reached "already", in a sentence that says nothing of the close: so far
    ("2032世界制造业大会上发布了《制造业十大趋势》，大会累计签约项目已达736个。", [(736, "projects_signed", "at_least")]),
    # (the close's own count is the final one)
    ("2032世界制造业大会闭幕，累计签约项目已达1488个。", [(1488, "projects_signed", "exact")]),
    # academicians at the opening: the edition had at least those
    ("南京日报讯 2032世界智能制造大会开幕式上，17位两院院士、20余位世界500强企业高管出席。",
     [(17, "academicians", "at_least"), (20, "executives", "more_than")]),
    # the livestream's viewers among all the reads of the event's news: their own measure
    ("2032世界制造业大会相关话题全网阅读量超过9亿次，其中直播观看量达2710万人次。",
     [(9e8, "views", "more_than"), (2.71e7, "visitors_online", "at_least")]),
])
def test_chinese_a_count_reached_already_academicians_at_the_opening_and_livestream_viewers_among_reads(
        text, expected):
    assert [(f.value, f.metric, f.qualifier) for f in extract_figures(text, edition=2032)] == expected


def test_chinese_livestream_viewers_among_reads_are_the_editions():
    assert _measured("2032世界制造业大会相关话题全网阅读量超过9亿次，其中直播观看量达2710万人次。", 2032)[1] == \
        (2.71e7, "visitors_online", "edition")


def test_a_chinese_correction_that_calls_the_quoted_value_wrong_changes_it():
    story = [doc("2032-11-25", "大会闭幕", "新华日报 2032世界智能制造大会闭幕，签约项目275个，总投资1873亿元。"),
             doc("2032-11-26", "更正", "新华日报 昨日本报《2032世界智能制造大会闭幕》一文中，“总投资1873亿元”有误，"
                                     "应为“总投资1837亿元”。特此更正。")]
    for order in ([0, 1], [1, 0]):
        flags = _story_flags(story, order)
        assert flags[(1, 183.7e9, "CNY")] == "changed:conflict"
        assert (1, 187.3e9, "CNY") not in flags


@pytest.mark.parametrize("text,expected", [
    # a count written like a year, after a verb of amount and before the clause ends
    ("The signed projects amount of the 2032 World Manufacturing Convention reached 1912, and the total planned "
     "investment reached 702.6 billion yuan.",
     [(1912, "projects_signed", "edition"), (702.6e9, "investment", "edition")]),
    ("At the 2032 World Manufacturing Convention, the number of exhibitors reached 2041.",
     [(2041, "exhibitors", "edition")]),
])
def test_a_count_written_like_a_year_after_a_verb_of_amount(text, expected):
    assert _measured(text, 2032) == expected


def test_a_year_after_a_verb_of_time_stays_a_year():
    assert _measured("The 2032 World Manufacturing Convention has been held every September since 2018.", 2032) == []


@pytest.mark.parametrize("text,expected", [
    # what makes up the event is the event's, not a share of something
    ("Roughly nine hundred companies and twenty-two forums make up the 2032 World Intelligent Manufacturing "
     "Conference.",
     [(900, "companies", "edition"), (22, "forums", "edition")]),
    # forums at the main venue and at every sub-venue are all of them
    ("The 2032 World Intelligent Manufacturing Conference ended after 22 forums at its main venue and two sub-venues.",
     [(22, "forums", "edition"), (2, "sub-venues", "edition")]),
    # (at the main venue alone, a part)
    ("The 2032 World Intelligent Manufacturing Conference held 14 forums at the main venue.", [(14, "forums", "part")]),
])
def test_what_makes_up_the_event_and_forums_at_the_main_venue_and_all_sub_venues(text, expected):
    assert _measured(text, 2032) == expected


@pytest.mark.parametrize("text,expected", [
    # counts that "stand at", the verb left out of the second
    ("Two days into the 2032 World Manufacturing Convention, signed projects stand at 790 and visits at 104,000.",
     [(790, "projects_signed", "edition"), (104000, "visitors", "edition")]),
    # the online hall's companies after its visits
    ("The online hall of the 2032 World Manufacturing Convention recorded 9.3 million visits and hosted 880 companies.",
     [(9.3e6, "visitors_online", "edition"), (880, "exhibitors_online", "edition")]),
    # a city's share of the count before it, the host city's too
    ("Jiangsu's cities signed 275 projects at the 2032 World Intelligent Manufacturing Conference; Nanjing's share was "
     "91.",
     [(275, "projects_signed", "edition"), (91, "projects_signed", "part")]),
])
def test_counts_that_stand_at_an_online_halls_companies_and_a_citys_share(text, expected):
    assert _measured(text, 2032) == expected


def test_that_figure_rising_by_the_close_is_the_final_count_of_the_one_before():
    got = extract_figures("By Saturday, 760 projects had been signed at the 2032 World Manufacturing Convention. That "
                          "number climbed to 1,488 by the close on Monday.", edition=2032)
    assert [(f.value, f.metric, f.scope, f.qualifier) for f in got] == [
        (760, "projects_signed", "edition", "at_least"), (1488, "projects_signed", "edition", "exact")]


def test_the_sectors_deals_span_are_one_measure_however_they_are_named():
    assert _measured("The 2032 World Manufacturing Convention signed 1,488 projects in 14 industrial sectors.", 2032) == \
        [(1488, "projects_signed", "edition"), (14, "sectors", "edition")]
    assert _measured("The 2032 World Manufacturing Convention signed 1,488 projects across 14 sectors.", 2032) == \
        [(1488, "projects_signed", "edition"), (14, "sectors", "edition")]


@pytest.mark.parametrize("text,expected", [
    # the host city's signings, told with "has": its part
    ("Nanjing has signed 91 projects at the conference.", [(91, "projects_signed", "part")]),
    # those a survey asked are some of the edition's
    ("Some 64 percent of visitors came for business, a survey of 900 attendees showed.",
     [(64, "share of visitors", "edition"), (900, "guests", "part")]),
    # one owner's list after its own statistics
    ("The Changzhou plant has 860 workers and 210 robots.",
     [(860, "workers", "background"), (210, "products", "background")]),
    # a province's firms, with the event only in the clause after them
    ("Jiangsu has 58,000 industrial firms, and the conference drew 904 exhibitors.",
     [(58000, "companies", "background"), (904, "exhibitors", "edition")]),
])
def test_the_host_citys_signings_a_surveys_sample_an_owners_list_and_a_provinces_firms_beside_the_event(
        text, expected):
    assert _measured(text, 2032) == expected


def test_achievements_released_are_counted_as_released_whatever_form_the_verb_takes():
    assert _measured("The 2032 World Manufacturing Convention closed after releasing 164 new products and 22 major "
                     "achievements.", 2032) == [(164, "products", "edition"), (22, "reports", "edition")]


def test_an_amount_after_the_events_long_name_keeps_the_words_before_the_name():
    assert _measured("NANJING -- Total investment in projects signed at the 2032 World Intelligent Manufacturing "
                     "Conference hit 188.6 billion yuan.", 2032) == [(188.6e9, "investment", "edition")]


def test_a_venues_own_halls_and_area_in_a_whose_clause_are_the_venues():
    assert _measured("The Hefei Binhu International Convention and Exhibition Center, whose 16 halls total 210,000 "
                     "square meters, will host the 2032 World Manufacturing Convention on 128,000 square meters.",
                     2032) == [(16, "exhibition_zones", "background"), (210000, "exhibition_area", "background"),
                               (128000, "exhibition_area", "edition")]


def test_chinese_projects_under_way_named_after_their_verb_are_some_of_those_signed():
    assert _measured("省政府工作报告指出，2032世界制造业大会签约项目1488个，目前已开工项目1102个。", 2032) == [
        (1488, "projects_signed", "edition"), (1102, "projects", "part")]


def test_a_count_that_rose_from_last_years_past_the_events_name_is_the_editions():
    assert _measured("NANJING -- The number of exhibitors at the 2032 World Intelligent Manufacturing Conference rose "
                     "from 872 last year to 904.", 2032) == [(872, "exhibitors", "earlier"), (904, "exhibitors", "edition")]


def test_achievements_released_at_its_opening_are_the_openings():
    assert _measured("The 2032 World Intelligent Manufacturing Conference released 14 major achievements at its opening "
                     "on Friday.", 2032) == [(14, "reports", "part")]


@pytest.mark.parametrize("text,expected", [
    # the largest of an event's zones: the zones are all of them
    ("NANJING -- The robot zone, at 18,000 square meters the largest of the 2032 World Intelligent Manufacturing "
     "Conference's seven zones, hosts 190 exhibitors.",
     [(18000, "exhibition_area", "part"), (7, "exhibition_zones", "edition"), (190, "exhibitors", "part")]),
    # places each "with" a count, a comma before the second
    ("HEFEI -- Hefei, with 402 projects, and Chuzhou, with 176, led the signings at the 2032 World Manufacturing "
     "Convention.",
     [(402, "projects_signed", "part"), (176, "projects_signed", "part")]),
    # some of the deals expected, signed so far: the edition's signings
    ("HEFEI -- Some 820 of the projects expected at the 2032 World Manufacturing Convention were signed in its first "
     "two days.",
     [(820, "projects_signed", "edition")]),
    # academicians named before the opening's guests they were among: the edition's
    ("HEFEI -- Heads of 41 Fortune Global 500 companies and 16 academicians were among 1,300 guests at the opening of "
     "the 2032 World Manufacturing Convention.",
     [(41, "fortune500", "edition"), (16, "academicians", "edition"), (1300, "guests", "part")]),
])
def test_the_largest_of_an_events_zones_places_with_counts_some_of_the_expected_deals_and_academicians_first(
        text, expected):
    assert _measured(text, 2032) == expected


def test_a_suffix_that_bounds_one_count_does_not_bound_the_next():
    got = extract_figures("The 2032 World Intelligent Manufacturing Conference opened with 980-odd exhibitors and 28 "
                          "forums.", edition=2032)
    assert [(f.value, f.qualifier) for f in got] == [(980, "more_than"), (28, "exact")]


@pytest.mark.parametrize("text,expected", [
    # how far along the event is, not how long it lasts
    ("Signings at the 2032 World Manufacturing Convention reached 1,040 by Monday evening, with one day still to go.",
     [(1040, "projects_signed", "edition")]),
    ("2032世界智能制造大会开幕两天累计访问量突破310万人次。", [(3.1e6, "visitors", "edition")]),
    # a change of dates is no figure
    ("The 2032 World Intelligent Manufacturing Conference has been pushed back by one week and will run for three days.",
     [(3, "duration_days", "edition")]),
])
def test_days_still_to_go_days_since_the_opening_and_a_postponement_are_no_length(text, expected):
    assert _measured(text, 2032) == expected
