"""A third Chinese set, written in our own words after reading how Chinese wire and government copy about both
events is put together (lists after 其中, counts with the noun after the classifier, running totals, batches of
one city's delegation): (text, [(value, unit, metric, scope), ...]); metric None means any specific metric (a
noun phrase in Chinese, never a bare classifier)."""
Y, W, WY = 1e8, 1e4, 1e12

CASES_ZH3 = [
    # a list of parts runs on after 其中 to the end of the sentence
    ("大会期间共有410余名嘉宾参会，其中：两院院士18人，行业专家90余人，企业代表150余人。",
     [(410, "count", "guests", "edition"), (18, "count", "academicians", "part"), (90, "count", None, "part"),
      (150, "count", "guests", "part")]),
    ("全年共促成签约项目602个、投资总额3515亿元，其中，制造业项目548个、投资总额3102亿元。",
     [(602, "count", "projects_signed", "edition"), (3515 * Y, "CNY", "investment", "edition"),
      (548, "count", "projects", "part"), (3102 * Y, "CNY", "investment", "part")]),
    # "三天以来" is this edition's three days, not a running total
    ("三天以来，云上参展企业超过2800家，线上观展超650万人次，相关报道阅读量超9000万次。",
     [(3, "day", "duration_days", "edition"), (2800, "count", "exhibitors_online", "edition"),
      (650 * W, "count", "visitors_online", "edition"), (9000 * W, "count", "views", "edition")]),
    # several editions: 前N届, 多年来, 自…以来
    ("前六届大会累计签约项目3900余个，其中外资项目1200个。",
     [(3900, "count", "projects_signed", "cumulative"), (1200, "count", "foreign_projects", "cumulative")]),
    ("多年来，大会累计促成签约项目4100余个、实际完成投资超1.6万亿元。",
     [(4100, "count", "projects_signed", "cumulative"), (1.6 * WY, "CNY", "investment", "cumulative")]),
    # the series named before 累计 sums up its editions; this edition named before it sums up this one
    ("截至本届闭幕，世界智能制造大会已累计签约项目2100余个。",
     [(2100, "count", "projects_signed", "cumulative")]),
    ("本届世界智能制造大会累计签约项目96个。", [(96, "count", "projects_signed", "edition")]),
    ("2026世界制造业大会累计接待观众31万人次。", [(31 * W, "count", "visitors", "edition")]),
    # the days since the opening are no length of the event
    ("展会开幕三天来，累计接待观众9.6万人次。", [(9.6 * W, "count", "visitors", "edition")]),
    # a reporter in the sentence counts no countries
    ("记者从组委会了解到，本届展会吸引了来自31个国家和地区的客商。", [(31, "count", "countries_regions", "edition")]),
    # one city's batch: 累计 only sums it up; 将签约 is a plan
    ("芜湖市共计将签约项目36个，累计投资额212.5亿元。",
     [(36, "count", "projects_signed", "expected"), (212.5 * Y, "CNY", "investment", "expected")]),
    # a running total goes on across a semicolon
    ("前六届大会共邀请到来自90个国家和地区的嘉宾13600人；共有2500家企业集中展示新产品9800余件。",
     [(90, "count", "countries_regions", "cumulative"), (13600, "count", "guests", "cumulative"),
      (2500, "count", None, "cumulative"), (9800, "count", "products", "cumulative")]),
    # one city's own signings at the convention are a part of the edition's; where they were signed is not
    ("大会期间，滁州市集中签约项目56个，总投资412亿元。",
     [(56, "count", "projects_signed", "part"), (412 * Y, "CNY", "investment", "part")]),
    ("项目均在合肥市签约，本届大会共签约项目705个。", [(705, "count", "projects_signed", "edition")]),
    ("世界制造业大会期间芜湖市签约项目增至102个。", [(102, "count", "projects_signed", "part")]),
    # "迄今最大" is a record, the project a part
    ("其中，投资额达1800亿元的存储芯片基地是该省迄今最大的单体项目。", [(1800 * Y, "CNY", "investment", "part")]),
    # both rates after 较上届增长 are this edition's growth
    ("签约项目数、投资总额分别较上届增长18%和27%。",
     [(18, "percent", "projects signed growth", "edition"), (27, "percent", "investment growth", "edition")]),
    # the noun after the classifier says what is counted
    ("目前已确认20位两院院士、48位海外专家、36位龙头企业负责人出席。",
     [(20, "count", "academicians", "edition"), (48, "count", None, "edition"), (36, "count", None, "edition")]),
    ("约150位境外来宾应邀出席开幕式。", [(150, "count", "overseas_guests", "edition")]),
    ("大会共邀请来宾1300余位。", [(1300, "count", "guests", "edition")]),
    # the noun right after the classifier is what is counted, not the metric word before it
    ("本届大会展品覆盖18个重点制造领域。", [(18, "count", "重点制造领域", "edition")]),
    # classifiers 条 and 份
    ("展会期间各展区共收获采购意向5200条，发布白皮书等成果报告近25份。",
     [(5200, "count", None, "edition"), (25, "count", None, "edition")]),
    # a count of 2000 is no year when a classifier follows
    ("国内外900多家企业及2000件产品参展。",
     [(900, "count", "exhibitors", "edition"), (2000, "count", "products", "edition")]),
    ("共有860家企业参展，展出新产品新技术2600余件。",
     [(860, "count", "exhibitors", "edition"), (2600, "count", "products", "edition")]),
    # the counted noun before a number with no classifier after it; 共举办 activities is this edition's
    ("据统计，线上直播观看人次突破4200万。", [(4200 * W, "count", "visitors_online", "edition")]),
    ("大会期间共举办各类活动36场，较上届增长20%。", [(36, "count", "forums", "edition"), (20, "percent", "forums growth", "edition")]),
    # nothing here
    ("江苏制造业总量连续8年保持全国第一。", []),
    ("大会第五场新闻发布会于9月10日举行。", []),
]
