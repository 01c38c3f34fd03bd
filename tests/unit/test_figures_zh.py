"""Chinese figures: the annotated set's precision and recall, metrics shared with English, one ledger."""
import pytest

from extract.figures import extract_figures
from extract.figures_zh import chinese_value
from tests.unit.figures_cases_zh import CASES_ZH

FLOOR_PRECISION, FLOOR_RECALL, FLOOR_METRIC = 0.95, 0.95, 0.90


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _chinese_sets():
    from tests.unit.figures_cases_zh2 import CASES_ZH2

    return [pytest.param(CASES_ZH, 60, id="first"), pytest.param(CASES_ZH2, 15, id="second")]


def _zh_score(cases) -> tuple[int, int, int, int, int]:
    """Found, made-up and missed values of an annotated Chinese set, then how many annotated metrics were found
    of how many checked."""
    right = spurious = missed = metric_right = metric_checked = 0
    for text, expected in cases:
        found = [(f.value, f.unit, f.metric) for f in extract_figures(text)]
        unmatched = list(found)
        for value, unit, metric in expected:
            hit = next((f for f in unmatched if _same(f[0], value) and f[1] == unit), None)
            if hit is None:
                missed += 1
                continue
            unmatched.remove(hit)
            right += 1
            if metric is not None:
                metric_checked += 1
                metric_right += hit[2] == metric
        spurious += len(unmatched)
    return right, spurious, missed, metric_right, metric_checked


@pytest.mark.parametrize("cases,size", _chinese_sets())
def test_the_annotated_chinese_sets_meet_their_floors(cases, size):
    right, spurious, missed, metric_right, metric_checked = _zh_score(cases)
    precision, recall = right / (right + spurious), right / (right + missed)
    print(f"chinese figures: {right} right, {spurious} spurious, {missed} missed; precision {precision:.3f}, "
          f"recall {recall:.3f}; metric {metric_right}/{metric_checked}")
    assert right + missed >= size
    assert precision >= FLOOR_PRECISION and recall >= FLOOR_RECALL
    assert metric_right / metric_checked >= FLOOR_METRIC


def test_the_chinese_sets_together_keep_every_annotation():
    """A check against going back: no value missed or made up and every annotated metric kept."""
    for p in _chinese_sets():
        right, spurious, missed, metric_right, metric_checked = _zh_score(p.values[0])
        assert (spurious, missed, metric_right) == (0, 0, metric_checked), p.id


def test_the_third_chinese_set_gets_values_metrics_and_scopes():
    """Lists after 其中, nouns after the classifier, running totals against one city's batch, this edition's
    "三天以来": values and units, then metric and scope of each found figure (a metric of None must be a specific
    noun phrase, not a bare classifier)."""
    from extract.metrics import UNSPECIFIC
    from tests.unit.figures_cases_zh3 import CASES_ZH3

    bare = set(UNSPECIFIC) | {"people", "items", "events"}
    right = spurious = missed = classified = 0
    wrong = []
    for text, expected in CASES_ZH3:
        unmatched = list(extract_figures(text))
        for value, unit, metric, scope in expected:
            hit = next((f for f in unmatched if _same(f.value, value) and f.unit == unit), None)
            if hit is None:
                missed += 1
                continue
            unmatched.remove(hit)
            right += 1
            if (hit.metric == metric if metric else hit.metric not in bare) and hit.scope == scope:
                classified += 1
            else:
                wrong.append((text[:20], value, hit.metric, hit.scope))
        spurious += len(unmatched)
    assert right + missed >= 30
    assert right / (right + spurious) >= FLOOR_PRECISION and right / (right + missed) >= FLOOR_RECALL
    assert classified / right >= 0.95, wrong


def test_a_report_in_traditional_characters_is_read_like_a_simplified_one():
    """A Hong Kong or Taiwan copy: relevant, attributed, its figures read (萬, 億, 個), their evidence as written."""
    from extract.analysis import analyse
    from extract.article import article_from_document
    from storage.config import read_config

    doc = (" date 2019-09-24 2019世界製造業大會閉幕\n\n記者24日從2019世界製造業大會成果發布會獲悉，大會共簽約項目638個、"
           "投資總額達7351億元。\n\n來自78個國家和地區的4500多位嘉賓出席，展會觀眾超過35萬人次。\n")
    article = article_from_document(doc, name="hk.txt", fetched_at="2026-11-20T00:00:00+00:00")
    result = analyse(article, read_config(None).events)
    assert (result.attribution.event, result.attribution.edition) == ("wmc", 2019)
    figures = {f.metric: f for f in result.figures}
    assert figures["projects_signed"].value == 638 and figures["investment"].value == 7351e8
    assert figures["visitors"].value == 35e4 and figures["guests"].qualifier == "more_than"
    assert figures["investment"].surface == "7351億元" and "簽約項目" in figures["investment"].sentence


@pytest.mark.parametrize("written,value", [("536.3亿", 536.3e8), ("1.2万亿", 1.2e12), ("3.6万", 3.6e4),
                                           ("25万6千", 256000), ("一千多万", 1e7), ("二十五万六千", 256000),
                                           ("1,752", 1752), ("两百", 200)])
def test_chinese_numbers_are_read(written, value):
    assert _same(chinese_value(written), value)


@pytest.mark.parametrize("text,number,metric,scope", [
    # an agreed sum is the contract value; cooperation projects brought about are the projects signed
    ("大会闭幕，协议金额4123亿元。", "4123", "contract_value", "edition"),
    ("大会已促成合作项目近500个。", "500", "projects_signed", "edition"),
    # the opening day's batch of signings, and its amount, are parts of the edition
    ("开幕当天集中签约项目38个，总金额215亿元。", "38", "projects_signed", "opening"),
    ("开幕当天集中签约项目38个，总金额215亿元。", "215", "contract_value", "opening"),
    ("大会闭幕，共签约项目576个，总投资达6573.3亿元。", "576", "projects_signed", "edition"),
    # the words after the next comma say nothing of this figure
    ("现场观众超过26万人次，网络直播观看量达9000万次。", "26", "visitors", "edition"),
    # how often a stream was watched is its views, as "viewed 30 million times" is in English
    ("现场观众超过26万人次，网络直播观看量达9000万次。", "9000", "views", "edition"),
    # a target to reach ("力争", "的目标") is expected, as is the amount that goes with it
    ("今年大会力争实现“签约项目500个以上、总投资超过5000亿元”的目标。", "500", "projects_signed", "expected"),
    ("今年大会力争实现“签约项目500个以上、总投资超过5000亿元”的目标。", "5000", "investment", "expected"),
    ("大会定下签约项目450个的目标。", "450", "projects_signed", "expected"),
    # a sentence that opens with the whole ("签约项目中，") is about its parts
    ("本届签约项目中，新能源项目共120个、投资总额1890.5亿元。", "120", "projects", "part"),
    ("本届签约项目中，新能源项目共120个、投资总额1890.5亿元。", "1890.5", "investment", "part"),
    # "提高2.4个、5.1个百分点": two rises in percentage points, the first 个 short for 个百分点
    ("两项占比分别较上届提高2.4个、5.1个百分点。", "2.4", "growth", "edition"),
    ("两项占比分别较上届提高2.4个、5.1个百分点。", "5.1", "growth", "edition"),
    # an outdoor or international zone named right after its area is a part of the exhibition
    ("展会共设8个展区，总面积4万平方米，另设1.5万平方米室外展区。", "1.5", "exhibition_area", "part"),
    ("展会共设8个展区，总面积4万平方米，另设1.5万平方米室外展区。", "4", "exhibition_area", "edition"),
    # the most of all editions is a record of this one, not a sum of them
    ("本届是历届大会中参会国家和地区最多的一届，共有45个国家和地区参会。", "45", "countries_regions", "edition"),
    ("历届大会累计签约项目4000余个。", "4000", "projects_signed", "cumulative"),
    # who attended one meeting of the event is that meeting's audience
    ("联盟成员单位约60位代表参加了会议。", "60", "guests", "part"),
    ("本届大会共有1500余位嘉宾出席。", "1500", "guests", "edition"),
    # the overseas exhibitors named after 其中 are a measure of their own, as in English
    ("本届共有310家企业参展，其中境外企业42家。", "42", "overseas_exhibitors", "edition"),
    # and so is every item of such a list, however many come before it
    ("本届共有310家企业参展，其中境外企业42家、世界500强企业18家。", "18", "fortune500", "edition"),
    # 参与 is taking part, not "and": the online participants are online visitors
    ("博览会吸引观众15万人次，线上参与人数达870万。", "870", "visitors_online", "edition"),
    # on site and online exhibitors are two measures; both together are the exhibitors
    ("线下参展企业380家，线上参展企业1140家。", "380", "exhibitors_onsite", "edition"),
    ("线下参展企业380家，线上参展企业1140家。", "1140", "exhibitors_online", "edition"),
    ("线上线下参展企业共1520家。", "1520", "exhibitors", "edition"),
    ("大会共设12个展区，展览面积3万平方米。", "12", "exhibition_zones", "edition"),
    # "此外" after a running total goes on with it; after the edition's own figures it does not
    ("前6届大会共吸引嘉宾1.6万人。\n此外，大会共举办论坛60余场。", "60", "forums", "cumulative"),
    ("本届大会共签约项目600个。此外，大会举办论坛30场。", "30", "forums", "edition"),
    # the foreign-funded projects are some of those signed
    ("大会共签约外企项目31个，投资总额超98亿元。", "31", "foreign_projects", "edition"),
    ("大会共签约外企项目31个，投资总额超98亿元。", "98", "foreign_investment", "edition"),
    # reports, indices and white papers released, as in English
    ("大会首发研究成果、行业指数和白皮书80余项。", "80", "reports", "edition"),
])
def test_chinese_figures_get_their_metric_and_scope(text, number, metric, scope):
    figure = next(f for f in extract_figures(text) if f.surface.startswith(number))
    assert (figure.metric, figure.scope) == (metric, scope)


@pytest.mark.parametrize("text,qualifier", [("总投资达6573.3亿元", "exact"), ("投资额高达120亿元", "exact"),
                                            ("超过200家企业参展", "more_than"), ("近10个国家和地区", "nearly"),
                                            ("2万余名观众", "more_than"), ("约200位境外嘉宾", "about"),
                                            # a floor and a ceiling ("no fewer than", "no more than")
                                            ("参展企业不少于500家", "at_least"), ("展商至少450家", "at_least"),
                                            ("现场嘉宾不超过1200人", "up_to"), ("参展企业400家上下", "about")])
def test_chinese_qualifiers_say_what_the_text_says(text, qualifier):
    """达 and 高达 ("reached", "as much as") name the value; 超过, 余, 近 and 约 qualify it."""
    assert [f.qualifier for f in extract_figures(text)] == [qualifier]


@pytest.mark.parametrize("english_report", [
    "30 key projects were signed with a total contract amount of 53.63 billion yuan",
    # no signing verb: projects with a value are the deals, and what they are worth their contract value
    "the conference closed with 30 key projects worth 53.63 billion yuan",
])
def test_a_measure_reported_in_chinese_then_english_is_known_the_second_time(english_report):
    from dataclasses import replace

    from extract.article import article_from_document
    from extract.urls import canonical_url, site_of, stable_id
    from storage.config import read_config
    from storage.db import open_db
    from storage.ingest import store_article

    db, events = open_db(memory=True), read_config(None).events
    chinese = (" date 2020-11-28 2020世界智能制造大会在南京闭幕\n\n"
               "新华社南京11月28日电 2020世界智能制造大会28日在江苏南京闭幕。大会现场签约重点项目30个，总金额536.3亿元。\n")
    english = (" date 2020-11-30 2020 WIMC closes in Nanjing\n\nNANJING, China, Nov. 30, 2020 /PRNewswire/ -- The 2020 "
               f"World Intelligent Manufacturing Conference closed in Nanjing; {english_report}.\n")
    stored = []
    for i, doc in enumerate((chinese, english)):
        article = article_from_document(doc, name="x", fetched_at="2026-11-20T00:00:00+00:00")
        url = f"https://outlet{i}.example/story"
        article = replace(article, url=url, canonical_url=canonical_url(url), id=stable_id(canonical_url(url)),
                          site=site_of(url))
        stored.append(store_article(db, article, events, run_id="t", now="2026-11-20T00:00:00+00:00"))
    first = {(f.metric, f.value): f.status for f in stored[0].figures}
    second = {(f.metric, f.value): f.status for f in stored[1].figures}
    assert first[("projects_signed", 30.0)] == "new" and first[("contract_value", 53.63e9)] == "new"
    assert second[("projects_signed", 30.0)] == "known" and second[("contract_value", 53.63e9)] == "known"


def test_a_number_after_a_western_comma_is_read():
    """Pages converted from other encodings often separate Chinese clauses with ASCII commas."""
    figures = extract_figures("截至目前,共有1320个项目完成注册,1288个项目开工,到位资金4210.6亿元。")
    assert [(f.value, f.unit) for f in figures] == [(1320, "count"), (1288, "count"), (421.06e9, "CNY")]


def test_a_qualifier_after_the_classifier_is_not_what_is_counted():
    figure = extract_figures("签约合同类项目800个以上。")[0]
    assert (figure.value, figure.qualifier, figure.metric) == (800, "more_than", "projects_signed")



@pytest.mark.parametrize("text,value,qualifier", [("知名企业家百余位出席。", 100, "more_than"),
                                                  ("近千家企业参展。", 1000, "nearly"), ("上百家企业参展。", 100, "more_than")])
def test_a_round_hundred_or_thousand_with_its_qualifier_is_read(text, value, qualifier):
    assert [(f.value, f.qualifier) for f in extract_figures(text)] == [(value, qualifier)]


def test_fortune_500_after_a_comparison_with_the_last_edition_are_the_editions():
    """"参展企业512家，较上届增加28家，其中世界500强企业37家": the 37 are among the 512, the edition's count of a measure
    of its own, not a part of the 28 more."""
    text = "参展企业512家，较上届增加28家，其中世界500强企业37家。"
    (figure,) = [f for f in extract_figures(text) if f.value == 37]
    assert (figure.metric, figure.scope) == ("fortune500", "edition")


@pytest.mark.parametrize("text", ["江淮汽车集团在2026世界制造业大会期间签约项目4个，总金额32亿元。",
                                  "马鞍山市在大会上签约项目31个，总投资288亿元。"])
def test_a_company_or_a_city_signing_at_the_event_is_a_part(text):
    """A company's or a city's signings at the event are some of the event's."""
    assert {f.scope for f in extract_figures(text)} == {"part"}


def test_the_main_forum_is_one_of_the_forums_and_forums_and_other_events_are_all_of_them():
    """主论坛1场 is one forum among them (a part), 专业论坛17场 the specialized forums; "主论坛、专业论坛等活动36场"
    counts every event, not the specialized forums."""
    got = [(f.value, f.metric, f.scope) for f in extract_figures("大会共举办主论坛1场、专业论坛15场。")]
    assert got == [(1, "forums", "part"), (15, "sub_forums", "edition")]
    (total,) = extract_figures("大会期间举办主论坛、专业论坛等活动33场。")
    assert (total.metric, total.scope) == ("forums", "edition")


@pytest.mark.parametrize("text,value,scope", [
    # the value a change started from is an earlier edition's; the first edition's, when this year's follows
    ("展览面积从3万平方米扩大到7万平方米。", 3e4, "earlier"),
    ("展览面积从3万平方米扩大到7万平方米。", 7e4, "edition"),
    ("首届大会参展企业约350家，今年增至620家。", 350, "earlier"),
    ("首届大会参展企业约350家，今年增至620家。", 620, "edition"),
    # "in N years" sums the editions; next year's plan is a forecast whatever it measures
    ("八年来，大会累计签约项目4100个。", 4100, "cumulative"),
    ("明年，大会展览面积将扩大至9万平方米。", 9e4, "expected"),
])
def test_earlier_editions_sums_and_next_years_plan_in_a_look_back(text, value, scope):
    (f,) = [f for f in extract_figures(text) if f.value == value]
    assert f.scope == scope


def test_trade_visitors_are_a_count_of_their_own_among_the_visitors():
    got = [(f.value, f.metric, f.scope) for f in extract_figures("展会累计接待观众28万人次，其中专业观众8.5万人次。")]
    assert got == [(28e4, "visitors", "edition"), (8.5e4, "trade_visitors", "edition")]


def test_that_days_visitors_are_a_part_and_overseas_exhibitors_are_named_either_way():
    """当天 ("that day") counts one day's visitors; 境外参展企业 and 境外企业 are both the overseas exhibitors."""
    (day,) = extract_figures("开幕首日展会人气火爆，当天接待观众逾2万人次。")
    assert (day.metric, day.scope) == ("visitors", "part")
    assert [f.metric for f in extract_figures("参展企业300家，境外参展企业51家。")] == ["exhibitors", "overseas_exhibitors"]


def test_a_batch_named_after_qizhong_is_some_of_the_total_and_qianyue_is_no_about():
    found = extract_figures("展会期间共签约项目88个，总投资960亿元，其中开幕式上签约31个。")
    assert [(f.value, f.scope, f.qualifier) for f in found] == [(88, "edition", "exact"), (96e9, "edition", "exact"),
                                                                (31, "opening", "exact")]


def test_booths_are_a_count_of_their_own():
    assert [(f.value, f.metric) for f in extract_figures("本届展会共设展位1800个。")] == [(1800, "booths")]


def test_the_days_since_the_opening_are_no_length_of_the_event():
    found = extract_figures("展会开幕三天来，累计接待观众9.6万人次。")
    assert [(f.value, f.unit) for f in found] == [(96000, "count")]


def test_upstream_and_downstream_after_a_count_is_no_qualifier():
    """上下游 ("up- and downstream") after a count is what is counted, not 上下 ("or so")."""
    (figure,) = extract_figures("本届展会吸引320家上下游企业参展。")
    assert (figure.value, figure.qualifier) == (320, "exact")


def test_a_hundred_as_part_of_a_word_is_no_figure():
    assert extract_figures("百姓生活和千家万户都受益。") == []


def test_values_after_fenbie_follow_the_nouns_before_it_in_order():
    assert [(f.value, f.metric) for f in extract_figures("展会参展企业和观众分别为480家、9.6万人次。")] == [
        (480, "exhibitors"), (96000, "visitors")]
    assert [(f.value, f.metric) for f in extract_figures("大会签约项目数、投资额分别为405个、3120亿元。")] == [
        (405, "projects_signed"), (312e9, "investment")]


def test_fortune_500_among_the_exhibitors_named_not_counted_is_the_editions():
    assert [(f.value, f.metric, f.scope) for f in extract_figures("参展企业中世界500强企业28家。")] == [
        (28, "fortune500", "edition")]


@pytest.mark.parametrize("text,expected", [
    # a code of letters and digits names a model, a corridor or a zone: no count
    ("A1展区展示了C919大飞机，G60科创走廊的企业签约项目12个。", [(12, "count")]),
    ("L4级自动驾驶汽车亮相。", []),
])
def test_a_code_of_letters_and_digits_is_no_figure(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # 成 counts tenths: a share or a growth rate in percent (not 成为, 成交, 成果)
    ("签约项目中，制造业项目占比近七成。", [(70, "percent")]),
    ("投资额同比增长超三成。", [(30, "percent")]),
    ("合肥成为制造业重镇，成交额增长。", []),
])
def test_tenths_are_percentages(text, expected):
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


def test_a_share_after_zhan_alone_is_a_share_of_the_count_before_it():
    (count, share) = extract_figures("大会签约项目中，集成电路项目154个，占两成以上。")
    assert (share.value, share.metric, share.scope) == (20, "share of projects in integrated circuits", "edition")


def test_square_meters_as_taiwan_writes_them_are_an_area():
    from extract.script import simplified

    (figure,) = extract_figures(simplified("展覽面積4.8萬平方公尺。"))
    assert (figure.value, figure.unit, figure.metric) == (48000, "m2", "exhibition_area")


@pytest.mark.parametrize("text,want", [
    # "so far" covers the clauses after it up to a semicolon, and past it only where the clause says "already"; an area
    # does not grow while the event runs
    ("目前已有350余家企业报名参展，展览面积约6万平方米；大会将举办平行论坛16场。",
     [(350, "more_than"), (60000, "about"), (16, "exact")]),
    ("截至目前，已有1050家企业确认参展；已确定举办论坛和对接活动30场。", [(1050, "at_least"), (30, "at_least")]),
    # a sentence that opens with the time of its count counts so far in every clause, unless one looks ahead
    ("截至22日17时，展会签约项目412个；累计迎来观众26.5万人次。", [(412, "at_least"), (265000, "at_least")]),
    ("截至22日17时，展会签约项目412个；预计闭幕时观众将达60万人次。", [(412, "at_least"), (600000, "exact")]),
])
def test_a_count_so_far_reaches_as_far_as_its_clauses_say(text, want):
    assert [(f.value, f.qualifier) for f in extract_figures(text)] == want


def test_vehicles_and_sets_are_counted():
    assert [(f.value, f.scope) for f in extract_figures("今年前8个月，安徽省新能源汽车产量达到126万辆。")] == [(1260000, "background")]


@pytest.mark.parametrize("text,want", [
    # a decimal point written as 点 between numerals
    ("展览面积六点八万平方米。", [(68000, "exhibition_area", "edition", "exact")]),
    ("签约额同比提高一点五个百分点。", [(1.5, "investment growth", "edition", "exact")]),
    # a later day's signing session is a batch; "至此...已" counts so far
    ("大会举行第三场集中签约活动，签约项目96个。至此，大会已签约项目430个。",
     [(96, "projects_signed", "part", "exact"), (430, "projects_signed", "edition", "at_least")]),
])
def test_decimals_in_words_later_signing_sessions_and_counts_so_far(text, want):
    assert [(f.value, f.metric, f.scope, f.qualifier) for f in extract_figures(text)] == want


def test_the_main_forum_counted_by_itself_is_one_session():
    got = [(f.value, f.scope) for f in extract_figures("大会期间举办开幕式暨主旨论坛1场、高峰论坛及专题活动28场。")]
    assert got == [(1, "part"), (28, "edition")]


def test_what_the_opening_ceremony_released_is_its_own_past_a_semicolon():
    got = [(f.value, f.scope) for f in extract_figures("开幕式上，35个项目集中签约；发布重大成果9项。")]
    assert got == [(35, "opening"), (9, "part")]
    # (a clause with a time of its own is the event's)
    got = [(f.value, f.scope) for f in extract_figures("开幕式上，35个项目集中签约；大会期间共发布重大成果14项。")]
    assert got == [(35, "opening"), (14, "edition")]


def test_what_is_signed_at_a_forum_and_its_audience_are_the_forums():
    got = [(f.value, f.scope) for f in extract_figures("论坛现场签约项目15个，总投资210亿元，260余位嘉宾参加论坛。")]
    assert got == [(15, "part"), (21e9, "part"), (260, "part")]


def test_the_days_since_the_opening_count_so_far_and_a_daily_average_is_a_part():
    got = [(f.value, f.scope, f.qualifier) for f in extract_figures("展会开幕两天来，累计接待观众6.4万人次，日均3.2万人次。")]
    assert got == [(64000, "edition", "at_least"), (32000, "part", "exact")]


def test_the_audience_of_a_ceremony_that_is_the_sentences_subject_is_the_ceremonys():
    got = [(f.value, f.metric, f.scope) for f in extract_figures("2031世界制造业大会开幕式21日上午举行，海内外800余名嘉宾出席。")]
    assert got == [(800, "guests", "part")]
    got = [(f.value, f.metric, f.scope) for f in extract_figures("2031世界制造业大会21日闭幕，海内外2300余名嘉宾参会。")]
    assert got == [(2300, "guests", "edition")]


@pytest.mark.parametrize("text,expected", [
    # the city's output last year, and its growth
    ("据介绍，南京市去年工业机器人产量达3.6万套，同比增长15%。", [(36000, "background"), (15, "background")]),
    # the city's foreign capital and its own projects of a whole year
    ("合肥日报讯 2030年，合肥市实际利用外资38亿美元，新签约亿元以上项目720个。", [(3.8e9, "background"), (720, "background")]),
    # a company's revenue, and the orders it took at the event
    ("一家企业负责人说，公司去年营收突破260亿元，本次大会上已签下订单3亿元。", [(26e9, "background"), (3e8, "part")]),
    # the companies of one zone, when the sentence opens there
    ("在2031世界制造业大会江苏展区，42家省内企业集中亮相。", [(42, "part")]),
    # since the opening is so far, not the opening's batch; a city's own signings are a part
    ("本届大会开幕以来，芜湖市已签约项目96个，总投资820亿元。", [(96, "part"), (820e8, "part")]),
    # a sentence that opens with last year is last year's, until this year is named
    ("去年，大会签约项目1152个。", [(1152, "earlier")]),
    ("去年，大会签约项目1152个，今年增至1207个。", [(1152, "earlier"), (1207, "edition")]),
])
def test_the_regions_and_a_companys_own_figures_and_last_years_in_chinese(text, expected):
    assert [(f.value, f.scope) for f in extract_figures(text)] == expected


def test_a_count_grown_to_this_year_counts_what_last_years_counted():
    got = [(f.value, f.metric) for f in extract_figures("去年，大会签约项目1152个，今年增至1207个。")]
    assert got == [(1152, "projects_signed"), (1207, "projects_signed")]


def test_a_figure_in_a_title_cited_between_book_title_marks_is_no_report():
    got = [(f.value, f.qualifier) for f in extract_figures("本报昨日A3版《世界制造业大会签约项目713个》一文中，“713个”应为“731个”，特此更正。")]
    assert got == [(731, "corrected")]


def test_chinese_kinds_of_company_with_lists_of_their_own():
    text = "大会参展企业1300余家，其中世界500强企业41家、中国企业500强48家、专精特新“小巨人”企业60家、上市公司33家、独角兽企业9家。"
    got = [(f.value, f.metric) for f in extract_figures(text)]
    assert got == [(1300, "exhibitors"), (41, "fortune500"), (48, "china_top500"), (60, "little_giants"),
                   (33, "listed_companies"), (9, "unicorns")]
    # what a place has is its own ("目前共有"), not who came to the event
    got = [(f.value, f.scope) for f in extract_figures("合肥目前共有国家高新技术企业7000余家。")]
    assert got == [(7000, "background")]


def test_visitors_received_so_far_in_a_sentence_that_says_nothing_of_the_close_are_a_lower_bound():
    got = [(f.value, f.qualifier) for f in extract_figures("大会线下累计接待观众18万人次。")]
    assert got == [(180000, "at_least")]
    got = [(f.value, f.qualifier) for f in extract_figures("大会闭幕，线下累计接待观众21.6万人次。")]
    assert got == [(216000, "exact")]


def test_a_sum_after_the_signings_past_a_semicolon_is_their_contract_value():
    got = [(f.value, f.metric) for f in extract_figures("大会签约项目193个，比上届减少5个；总金额1725亿元，增长2.6%。")]
    assert (1725e8, "contract_value") in got
