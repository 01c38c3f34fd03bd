"""Figures in Chinese text: 536.3亿元, 1.2万亿元, 3.6万平方米, 2万余名, 超过200家, 近10个国家和地区, 一千多万元, 25万6千.

Pure and linear: one scan for numbers, each looked at in a bounded window. A figure gets the same fields as an
English one (value with its scale applied, unit, noun, qualifier, metric, scope), so that "签约项目30个，总金额
536.3亿元" and "30 projects worth 53.63 billion yuan" are the same two measures in the ledger. Chinese numerals
are read with cn2an.
"""
from __future__ import annotations

import re
from dataclasses import replace


from extract.metrics import (AUDIENCES, BATCHED, FOREIGN_SHARE, MANUFACTURING_SHARE, MONEY_UNITS, OVERSEAS_SHARE, STANDING, SECTORS_ZH, UNSPECIFIC, VOCABULARY, Metric,
                             growth_metric, measure_name, only_growing, own_measure, sector_companies)
from extract.numerals import cn2an_reader as _cn2an
from extract.records import Figure, as_written

# what the foreign-funded projects are worth ("外资项目60个，投资额92.4亿美元", "外资项目投资额达92.4亿美元")
_AGREED_FOREIGN = re.compile(r"(?:协议|合同)(?:利用|引进|使用)?外资(?:金额)?(?:达到|达|为|约|超过|超)?$")
# (and the foreign capital drawn: "吸引外资128.5亿美元", "利用外资")
_FOREIGN_INVESTMENT = re.compile(r"(?:外资|外商|境外)(?:企业)?项目[^，,。；]{0,8}(?:投资|金额)|(?:吸引|引进|引入)外资")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d+)?"
_NUMERALS = "零〇一二两三四五六七八九十百千"
_SCALE = r"万亿|亿|万|千"
# a number: Arabic digits or Chinese numerals, with 万/亿 scales inside ("25万6千", "1.2万亿", "一千多万")
NUMBER = re.compile(
    # ("万余名观众", "近万名专业观众": a round ten thousand, written with the scale alone)
    # ("六点八万": a decimal point written as 点, between numerals)
    # ("百分之十一点二": a percentage written out, its decimal point as 点)
    rf"(?<![\d.])(?<!\d,)(?P<num>(?:(?<=百分之)[{_NUMERALS}]{{1,6}}点[零〇一二两三四五六七八九]{{1,4}}|(?:{_DIGITS})|[{_NUMERALS}]{{1,12}}(?:点[零〇一二两三四五六七八九]{{1,4}}(?=[{_SCALE}]|个百分点|倍|%|％))?|(?<![{_NUMERALS}万亿])万(?=[多余])|(?<=[近上逾超破])万)(?:[多余]?(?:{_SCALE})(?:[多余]?)(?:(?:{_DIGITS})|[{_NUMERALS}]{{1,8}})?)*)"
    rf"(?P<approx>[多余])?"
)
SCALES = {"千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
# 达, 达到, 高达, 多达 ("reached", "as many as") name the value itself
# (a floor and a ceiling first: 不少于 "no fewer than" ends like 少于, 不超过 "no more than" like 超过)
QUALIFIER_BEFORE = [(re.compile(r"(?:不少于|不低于|不下于|至少|最少|起码)$"), "at_least"),
                    (re.compile(r"(?:不超过|不多于|不高于|最多|至多)$"), "up_to"),
                    # (not "线上615家", "会上": a place before the number)
                    (re.compile(r"(?:超过|超|逾|突破|(?<![打击])破|(?<![线云会网台市省])上)$"), "more_than"),
                    (re.compile(r"(?:近|将近|接近)$"), "nearly"), (re.compile(r"(?:(?<![签合预节制公条])约|大约|约为)$"), "about"),  # (not 签约43个: signed)
                    (re.compile(r"(?:不到|不足|少于)$"), "less_than")]
QUALIFIER_AFTER = [(re.compile(r"^(?:多|余|以上)"), "more_than"), (re.compile(r"^(?:左右|上下(?!游))"), "about"),
                   (re.compile(r"^以内"), "up_to")]
# "近七成": seven tenths, 70 percent (not 成为, 成本, 成交, 成果 ...)
_TENTHS = r"成(?![为本交立功绩果员熟型长效就])"
# the next place of a list of places' counts: "南京48个，苏州31个" (its classifier right after the figure before)
_PLACE_ITEM = re.compile(r"[个家项]?[，,、；;]\s*(?:[\u4e00-\u9fff]{2,3}(?:市|区|县)|南京|苏州|无锡|常州|南通|扬州|徐州|镇江|泰州|盐城|淮安|"
                         r"连云港|宿迁|合肥|芜湖|蚌埠|淮南|马鞍山|淮北|铜陵|安庆|黄山|滁州|阜阳|六安|亳州|池州|宣城)")
# what an amount in yuan is, right before it ("总投资1.02万亿", "意向成交额98亿")
_AMOUNT_BEFORE = re.compile(r"(?:投资|投资额|总投资|金额|总金额|成交额|签约额|合同额|总额)(?:达到?|约为?|超过?|逾|近|为|共计?|突破|破)?$")
# units right after the number (and its 多/余): currency, area, classifiers
UNITS = [
    (re.compile(r"^(?:元人民币|人民币|元)"), "CNY", ""),
    (re.compile(r"^美元"), "USD", ""),
    (re.compile(r"^欧元"), "EUR", ""),
    (re.compile(r"^(?:平方米|平方公尺|平米|㎡)"), "m2", "area"),  # (平方公尺: as Taiwan writes it)
    # (not "10个国家馆": pavilions, zones of the exhibition)
    (re.compile(r"^(?:个国家和地区|个国家（地区）|个国家(?![馆队])|国家和地区)"), "count", "countries"),
    (re.compile(r"^(?:人次)"), "count", "visits"),
    (re.compile(r"^家(?=(?:中外|境内外|国内外|海内外|中央|主流|新闻)?(?:媒体|新闻单位))"), "count", "media outlets"),
    (re.compile(r"^(?:家)"), "count", "companies"),
    (re.compile(r"^(?:名|人|位)"), "count", "people"),
    # "提高3.7个、7.3个百分点": the first 个 is short for 个百分点
    (re.compile(r"^(?:个百分点|百分点|个(?=[、和及与][\d.]+个百分点))"), "percentage_point", ""),
    (re.compile(r"^(?:项|个(?!月)|条|份)"), "count", "items"),  # (not "前8个月": months, a period)
    (re.compile(r"^大(?=[\u4e00-\u9fff]{2})"), "count", "items"),  # "6大展区", "十大科技进展"
    (re.compile(r"^(?:场|次)"), "count", "events"),
    (re.compile(r"^(?:件|款|台|辆|套)"), "count", "products"),  # ("产量达到180万辆": vehicles made)
    (re.compile(r"^(?:天|日)(?!电)"), "day", "duration"),
    (re.compile(r"^(?:%|％)"), "percent", ""),
    (re.compile(r"^" + _TENTHS), "percent", "tenths"),
]
# Chinese words for each metric, tried on the clause around the figure (most specific first), keyed like the
# English vocabulary so that one measure in two languages is one metric
ZH_METRICS: list[tuple[str, tuple[str, ...], re.Pattern]] = [
    # ("意向签约项目56个", "采购意向金额32亿元": agreed in intent, not signed)
    ("intended_projects", ("count",), re.compile(r"意向(?:签约)?项目|签约意向|合作意向|意向协议")),
    ("purchase_intentions", ("money",), re.compile(r"采购意向|意向(?:合作)?(?:采购|成交|订单|金额)|意向合作额")),
    ("purchases", ("money",), re.compile(r"采购(?:签约|成交|合同)(?:总?金?额)?|(?:签约|成交)?采购(?:总?金?额)")),
    # (agreements signed count as the signings, as "700 agreements were signed" does in English)
    ("projects_signed", ("count",), re.compile(r"签约.{0,12}项目|项目.{0,12}签约|签约.{0,6}$|集中签约|"
                                               r"签(?:署|订).{0,8}(?:协议|合同)|(?:协议|合同).{0,6}签(?:署|订)|"
                                               # ("已促成合作项目近600个", "达成合作项目612个": deals reached)
                                               r"(?:促成|达成)(?:合作|签约)?.{0,6}项目|"
                                               # ("揽下1538个项目": landed, as "Hefei landed 1,538 deals" is)
                                               r"(?:揽下|揽获|斩获|签下)(?:.{0,6}项目|.{0,6}$)")),
    ("contract_value", ("money",), re.compile(r"签约.{0,20}(?:总?金额|总额|额|计划总投资|总投资)|合同金额|协议(?:总?金)?额|签约额|成交(?:总?金)?额")),
    ("foreign_investment", ("money",), _FOREIGN_INVESTMENT),
    ("investment_in_place", ("money",), re.compile(r"到位资金|资金到位|实际到位|到位投资|投资到位")),
    ("investment", ("money",), re.compile(r"投资|总投资|吸金|揽金")),  # ("吸金6402亿元": the sum the deals draw in)
    # ("世界500强和中国500强企业共142家": both lists together, a count of its own)
    ("top500_both", ("count",), re.compile(r"(?:世界|财富)(?:500|五百)强(?:企业)?(?:和|及|与|、|以及)中国(?:企业)?(?:500|五百)强")),
    ("fortune500", ("count",), re.compile(r"世界(?:500|五百)强|财富(?:500|五百)强")),
    # kinds of company with lists of their own, as in English
    ("china_top500", ("count",), re.compile(r"中国(?:企业|制造业企业|民营企业)?500强")),
    ("little_giants", ("count",), re.compile(r"专精特新|小巨人")),
    ("listed_companies", ("count",), re.compile(r"(?:A股|港股|境内外)?上市(?:公司|企业)")),
    ("high_tech_companies", ("count",), re.compile(r"高新技术企业|高企")),
    ("unicorns", ("count",), re.compile(r"独角兽")),
    ("gazelle companies", ("count",), re.compile(r"瞪羚")),
    # ("港澳台企业43家": the companies of a region, a measure of its own, as "companies from Germany" are)
    ("companies from Hong Kong, Macao and Taiwan", ("count",), re.compile(r"港澳台(?:地区)?(?:参展)?(?:企业|展商|参展商|公司)")),
    # ("42家台资企业参展", "其中日资企业33家": one place's companies, as "companies from Japan" are in English)
    ("companies from Taiwan", ("count",), re.compile(r"台资(?:企业|公司)|台企|台湾(?:地区)?(?:企业|公司|厂商)")),
    ("companies from Hong Kong", ("count",), re.compile(r"港资(?:企业|公司)|港企|香港(?:企业|公司)")),
    ("companies from Japan", ("count",), re.compile(r"日资(?:企业|公司)|日企|日本(?:企业|公司)")),
    ("companies from Germany", ("count",), re.compile(r"德资(?:企业|公司)|德企|德国(?:企业|公司)")),
    ("companies from South Korea", ("count",), re.compile(r"韩资(?:企业|公司)|韩企|韩国(?:企业|公司)")),
    ("companies from United States", ("count",), re.compile(r"美资(?:企业|公司)|美企|美国(?:企业|公司)")),
    ("overseas_exhibitors", ("count",), re.compile(r"(?:境外|海外|国外|外国|外资|国际)(?:参展)?(?:企业|展商|参展商|公司)")),
    # ("“云上展厅”累计访问量1820万人次，上线企业1288家": the companies put online)
    ("exhibitors_online", ("count",), re.compile(r"(?:线上|云上|云端)(?:参展|展商|展会|展厅|展馆)|云展(?:会|览|厅)|"
                                                 r"上线(?:的)?(?:企业|展商)")),
    ("exhibitors_onsite", ("count",), re.compile(r"(?<!线上)线下(?:参展|展商|展览|展会|展区)|现场参展|实地参展")),
    # ("近40家人形机器人企业参展", "其中人形机器人企业38家": the companies of one sector, a measure of its own)
    *((sector_companies(en), ("count",), re.compile(rf"{zh}(?:企业|厂商|公司|制造商|厂家)")) for zh, en in SECTORS_ZH),
    ("exhibitors", ("count",), re.compile(r"参展商|参展企业|展商|企业参展|参展")),
    ("academicians", ("count",), re.compile(r"院士")),
    ("executives", ("count",), re.compile(r"高管|负责人|董事长|总裁|首席执行官")),
    ("overseas_guests", ("count",), re.compile(r"境外嘉宾|海外嘉宾|外籍嘉宾|外宾|境外客商|境外来宾|海外来宾|外方代表|外国来宾")),
    ("organizations", ("count",), re.compile(r"国际组织|商协会|行业协会|商会")),
    ("journalists", ("count",), re.compile(r"记者")),
    ("participation", ("count",), re.compile(r"线上线下(?:累计)?参与")),  # ("线上线下累计参与人数突破2000万": all who took part)
    ("guests", ("count",), re.compile(r"嘉宾|代表|客商|与会|来宾|参会(?:人|者)")),  # ("线上线下参会人数超2万人")
    ("experts", ("count",), re.compile(r"专家|学者")),
    ("entrepreneurs", ("count",), re.compile(r"企业家")),
    ("buyers", ("count",), re.compile(r"采购商|买家")),
    ("views", ("count",), re.compile(r"阅读量|浏览量|点击量|播放量|曝光量|观看量|观看次数|阅读|浏览|点击")),
    # (not a site's name before its report: "中安在线 2078世界制造业大会…", "中安在线讯")
    ("visitors_online", ("count",), re.compile(r"线上(?!线下)|在线(?![\s\d讯消报])|网络直播|直播|观看|云展|云上|云端")),
    ("trade_visitors", ("count",), re.compile(r"专业观众|专业客商")),
    ("visitors", ("count",), re.compile(r"观众|参观|观展|人次|客流")),
    ("countries_regions", ("count",), re.compile(r"国家和地区|国家|经济体")),
    # ("举办产业对接活动32场"; not "论坛和对接活动30场": forums and sessions together)
    ("matchmaking", ("count",), re.compile(r"(?<!论坛和)(?<!论坛及)(?<!论坛、)(?<!论坛与)对接(?:会|活动|洽谈)|洽谈会|撮合")),
    ("sub_forums", ("count",), re.compile(r"(?:平行|分|专题|主题|配套|专业)论坛(?!等)")),  # (not "专业论坛等活动36场": all)
    ("supporting_activities", ("count",), re.compile(r"(?<!论坛和)(?<!论坛及)(?<!论坛、)(?<!论坛与)配套活动")),
    ("forums", ("count",), re.compile(r"论坛|活动|会议|峰会|发布会")),
    ("exhibition_area_online", ("m2",), re.compile(r"(?:线上|云上|云端|网上)(?!线下)(?:展览|展会|展厅|展馆|展区)?面积|"
                                                 r"云展(?:厅|会|馆|区)?面积")),
    ("exhibition_area", ("m2",), re.compile(r"展览|展区|展馆|展陈|布展|面积|展会规模|展出规模")),  # ("展会规模8万平方米")
    ("exhibition_zones", ("count",), re.compile(r"^(?:个)?(?:[\u4e00-\u9fff]{0,4})?(?:展区|展馆|展厅)$")),
    ("booths", ("count",), re.compile(r"展位")),
    # ("发布成果18项": results released; "展示新产品新技术新成果10600余件" are things on show)
    ("reports", ("count",), re.compile(r"报告|白皮书|研究成果|(?:发布|首发|公布)[^，,。；]{0,8}成果|成果发布|指数|榜单")),
    ("premieres", ("count",), re.compile(r"首发|首展|首秀")),
    ("products", ("count",), re.compile(r"产品|展品|新品|新技术")),
    ("foreign_projects", ("count",), re.compile(r"(?:外资|外企|外商|境外)(?:企业)?(?:签约)?项目")),
    ("projects", ("count",), re.compile(r"项目")),
    ("companies", ("count",), re.compile(r"企业|公司|厂商")),
    ("duration_days", ("day",), re.compile(r".")),
]
_MOVED_IN = re.compile(r"[^，,。；;]{0,6}?入驻")
_ONLINE_HALL = re.compile(r"(?:线上|云上|云端|网上)(?:展厅|展馆|展会|展览|平台)|云展")
_CLAUSE_END = re.compile(r"[。！？；;!?\n]")
# a count whose noun comes before it and no classifier after: "观看人次突破5000万", "阅读量超1.2亿"
_COUNTED_BEFORE = re.compile(r"(?P<noun>人次|人数|观看量|阅读量|浏览量|播放量|点击量|访问量|次数)(?:(?:已|累计|共|共计|合计|总计)?"
                             r"(?:突破|破|超过|超|达到|达|逾|近|约|为)|"
                             r"(?:累计|共计|总计|合计))$")  # ("直播观看人次累计1520万": the total, its verb left out)
# ... and with no verb, when the count has its scale and its clause ends there: "线上观看人次3650万。"
_COUNTED_BARE = re.compile(r"(?P<noun>人次|观看量|阅读量|浏览量|播放量|点击量|访问量)$")
_SCALED_ENDS = re.compile(r"[万亿]$")
_ENDS_CLAUSE = re.compile(r"(?:次)?(?:[，,。；;、]|$)")
_NOTHING = re.compile(r"")
# one city's own share of the event ("我市共有14家企业携产品参展"): the city is the subject, the count right after it
_LOCAL_SHARE = re.compile(r"(?:^|(?<=[，,。；;：:、\s]))(?:我市|我县|我区|本市|[\u4e00-\u9fff]{1,4}(?:市|县|区))(?:共有|共|有|共计|计有)$")
_THRESHOLD = re.compile(r"(?:以上|以下)的?(?:重大)?(?:项目|企业)")
# ("投资额超百亿元的项目达46个": a size class too, the bound each of them is worth)
_OVER_BEFORE = re.compile(r"(?:超|超过|逾|过)$")
_OF_PROJECTS = re.compile(r"的(?:重大)?(?:项目|企业)")
# (or of one kind of firm's: "民营企业签约项目1088个")
# ("签约的民营企业项目共1210个": the projects of one kind of firm, signed)
_KIND_OF_FIRM_SIGNED = re.compile(r"(?:民营企业|民企|国有企业|国企|央企|中央企业|外资企业|外企|港澳台企业|台资企业|港资企业)(?:共|累计)?"
                                  r"(?:(?:签约|签下)(?:项目)?|的?(?:签约)?项目数?(?:共|累计)?)(?:达|共|有|为)?$")
# the words before a count of one size class of projects, or of one sector's: "10亿元以上项目", "投资额超百亿元的项目达",
# "新能源汽车领域签约项目"
# (a bound with its number: "亿元以上项目" alone is a place's own yearly record of large projects)
_CLASS_OF_PROJECTS = re.compile(r"[\d十百千](?:亿元|万元|亿美元)(?:以上|以下)?的?(?:重大)?项目(?:数)?(?:达|共|有|为)?$|"
                                r"(?:领域|行业|产业|板块|赛道)(?:共|累计)?(?:签约|签下)(?:项目)?(?:达|共|有|为)?$|"
                                # ("签约制造业项目1611个": the manufacturing ones among the signed)
                                r"(?:签约|签下)的?(?:先进)?制造业(?:类)?项目数?(?:共|累计)?(?:达|共|有|为)?$")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_NOT_FIGURE_AFTER = re.compile(r"^(?:年|月|日|号|时|点|分|届|期|次会议|G\b|后|岁|代|楼|层|号线|路|号码)")
# (a model's or a place's code: "C919大飞机", "G60科创走廊", "A1展区")
# the value a revision starts from ("由1538个增至1541个", "由此前公布的1460个调整为1466个")
_FROM_ZH = re.compile(r"由(?:此前|之前|先前|原先|原来)?(?:公布|发布|报道|统计)?的?$")
_LAST_YEAR_ZH = re.compile(r"去年|上届|上年|往届|上一届|同比|(?:19|20)\d\d年")
_REVISED_TO_ZH = re.compile(r"[个家项位名场人次万亿元平方米]{0,4}(?:增至|增加到|增加至|调整为|上调至|下调至|修正为|更正为|变为|减至|降至|升至|提高到|提高至)")
# (and a value taken back beside the one that replaces it: "签约项目1541个（此前公布为1538个）")
_NOT_FIGURE_BEFORE = re.compile(r"(?:第|十四五|十五五|电话|热线|编号|No\.?|N0|(?<![A-Za-z])[A-Z]{1,3}-?|"
                                r"(?:此前|之前|先前|原先)(?:公布|发布|报道|统计|披露)?为|原(?:公布|报道)?为)$")
# several editions: "前5届大会", "自2018年以来", "历届", "多年来" ("累计" alone only sums a batch: "宿州市共计将签约项目48个，
# 累计投资额175.2亿元"; "三天以来" is this edition's three days; "迄今最大" is a record)
_CUMULATIVE = re.compile(r"历届|(?:\d{4}年|举办|创办|开办|首届(?:大会|会议|峰会|展会)?|成立)以来|(?<![\d.])[一二三四五六七八九十两\d]{1,2}年来|(?<!开幕)(?<!开展)(?<!开馆)(?<!(?<![业造])大会)至今(?!最)|"
                         r"迄今(?!为止最|最)|"
                         r"前[\d一二三四五六七八九十]+届|(?<![第一二三四五六七八九十两\d])(?:[五六七八九十]|[一二三四五六七八九]?十[一二三四五六七八九]?)届|共举办[\d一二三四五六七八九十]+届|多年来|历年|"
                         # ("已连续在南京举办多届，累计签约项目超过1600个": the editions held, then their sum)
                         r"(?:连续|先后)[^，,。；;]{0,10}举办(?:了)?[\d一二三四五六七八九十多]+届[^。；;]{0,10}累计|"
                         # the series by its name, not one edition: "至此，世界制造业大会累计签约项目超过4400个" (not
                         # "2026世界制造业大会累计", "本届世界制造业大会累计")
                         r"(?<![\d届次年])世界(?:制造业|智能制造)(?:大会|峰会)(?:已经|已|共)?累计|"
                         # ("...共签约项目714个。至此，大会累计签约项目达4735个": the series so far, after this edition's)
                         r"至此[，,]\s*(?:大会)?(?:已经|已|共)?累计|"
                         # ("随着2073世界制造业大会闭幕，大会累计签约项目达9421个": the series, with this edition)
                         r"随着[^。；;，,]{0,40}?(?:闭幕|落幕|结束|收官)[，,]\s*(?:大会)?(?:已经|已|共)?累计|"
                         # years spanned: "2018年至2024年", "2018-2024年"
                         r"(?:19|20)\d\d年?\s?(?:至|到|-|—|–)\s?(?:19|20)\d\d年")
_PART = re.compile(r"其中|包括|(?<![各和及与、个])分会场(?![和及与、])|展区内|展馆内|开幕式(?:上|现场)|签约仪式(?:上|现场)|首日|当天|当日|主论坛$|开放日")  # (主论坛1场: one of the forums)
# a sentence about one forum or session of the event ("…新能源汽车产业发展论坛在合肥举行，约350位嘉宾出席"): its
# figures are that forum's (not the main forum's: "主论坛" is still a part, but the event itself is the 大会)
_FORUM_SUBJECT = re.compile(r"(?:论坛|分论坛|对接会|推介会|研讨会|座谈会|专场活动)(?:[^，,。；;]{0,12})?(?:举行|举办|召开|开幕)|(?:论坛|对接会|推介会|专场活动)(?:上|现场)|"
                            r"(?:举行|举办|召开)了?(?:开幕式暨)?(?:主论坛|开幕式)[，,]")  # ("举行主论坛，约2000名嘉宾出席")
# the zone the figure names right after it: "3.2万平方米室外展区", "500平方米的国际展区" (not what "7个主题展区" counts)
_PART_AFTER = re.compile(r"的?(?:室外|室内|户外|露天|国际|专题|主题)(?:展区|展馆|展场)")
# "约85位专家代表线上线下参加了会议": the audience of one meeting, ceremony or launch, not of the event
_SESSION_AUDIENCE = re.compile(r"(?:[^，,。；;]{0,4}?来自[^，,。；;的]{1,24}的)?[^，,。；;]{0,12}?(?:参加|出席|参与)了?(?:本次|本场|该)?"
                               # ("出席2031世界智能制造大会开幕式": the event's name before the session)
                               r"(?:[^，,。；;]{0,16}?(?:大会|峰会|博览会)(?=开幕式|闭幕式|主论坛|开幕大会))?"
                               r"(?:会议|仪式|发布会|签约仪式|开幕式|闭幕式|座谈会|研讨会|"
                               r"论坛|分论坛|对接会|推介会)")  # ("300余位嘉宾参加论坛": that forum's audience)
# "历届…中参会国家和地区数最多的一届": a record among the editions, not a sum of them
_RECORD = re.compile(r"(?:历届|历年)[^。；;]{0,40}?(?:最多|最高|最大|之最|创历史|创新高)|创(?:历届|历年|历史)(?:新高|之最|最高)")
# ("境外企业占比18%": the share of the overseas exhibitors, as in English)
_OVERSEAS_EXHIBITORS = re.compile(r"(?:境外|海外|国外|外国|外资)(?:参展)?(?:企业|参展商|展商)")
# "签约外企项目28个", "外资项目128个": the foreign-funded projects, some of the signed ones
_FOREIGN_PROJECTS = re.compile(r"(?:外资|外企|外商|境外|外资企业)(?:签约)?项目")
# a batch added later, in the figure's own clause ("会后又新增签约项目4个，签约项目总数增至95个": the 4)
# "截至当日17时，…新签约项目312个": the day's new signings (not "新签约项目" in a sentence of no one day)
_ONE_DAY_WORDS = re.compile(r"当日|当天|首日|第[一二三四五六七八九十\d]天|\d{1,2}日")
_ADDED_BATCH = re.compile(r"(?:又|再|另)新增|(?:会后|闭幕后)新增")
# a sentence about one pavilion ("2045世界制造业大会安徽馆展览面积1.2万平方米，集中展示…260家企业"; not 展馆 or 场馆, the halls)
_PAVILION_LEAD = re.compile(r"^\s*(?:(?:19|20)\d\d(?:年)?)?(?:世界制造业大会|世界智能制造大会|大会|展会)?[\u4e00-\u9fff]{2,4}(?<![展场会])馆")
# "大会无锡分会场活动举行，现场签约项目18个": the sentence is about one sub-venue (not "主会场和分会场", "各分会场", "设3个分会场")
_SUBVENUE_LEAD = re.compile(r"(?<![各和及与、个])分会场(?![和及与、])")
_EVENT_PART = re.compile(r"分会场|展区内|展馆内|开幕式(?:上|现场)|签约仪式(?:上|现场)|首日|开幕当天|开幕日")
# a sentence that opens at one ceremony or on the first day ("开幕式上，来自45个国家和地区的2000余名嘉宾出席"): its audience
# is that ceremony's, that day's
# (a live report's time mark before any of them: "【09:30】开幕式在南京举行，…")
# (past a dateline: "人民网合肥9月21日电 ", "新华日报讯 ")
_LIVE_MARK = r"^\s*(?:[^，,。；;\s]{0,24}(?:日电|讯)(?:（[^）]{0,20}）)?\s*)?(?:【[\d:：]{3,5}】\s*)?(?:\d{1,2}日(?:上午|下午|晚上|晚间|早上)?[，,]?|(?:上午|下午|晚上|晚间)[，,])?"
# ("2084世界制造业大会开幕式上，约1200名中外嘉宾出席": the event's name before the session)
_CEREMONY_LEAD = re.compile(_LIVE_MARK + r"(?:在)?(?:\d{4}(?:年)?(?:世界制造业大会|世界智能制造大会)|大会)?(?:开幕式|闭幕式|主论坛|签约仪式)"
                            r"(?:上|现场)[，,]|"
                            # ("展会首日，参观人数超过3万人次", "2027世界制造业大会开幕首日，展馆共接待观众4.6万人次")
                            + _LIVE_MARK + r"(?:\d{4}(?:年)?)?(?:世界制造业大会|世界智能制造大会|展会|大会|博览会)?"
                            r"(?:首日|开幕当天|开幕首日|第一天)[，,]|"
                            # ("2038世界制造业大会开幕式20日上午举行，来自海内外的1200余名嘉宾出席")
                            + _LIVE_MARK + r"(?:\d{4}(?:年)?)?(?:世界制造业大会|世界智能制造大会|展会|大会|博览会)?(?:开幕式|闭幕式|主论坛|"
                            r"(?:重大|重点)?(?:项目)?(?:集中)?签约仪式)[^，,。；;]{0,12}?(?:举行|举办|召开)[，,]")
# a clause past a semicolon with a time or setting of its own ("开幕式上，…；大会期间还将举办论坛30场")
_OWN_TIME_ZH = re.compile(r"期间|闭幕|此外|同时|目前|截至|截止|今年|累计|全天|当天|首日|将")
_CEREMONY_COUNTS = AUDIENCES | {"countries_regions", "reports"}  # ("开幕式上，…；发布重大成果12项": the ceremony's)
# a list of parts runs on to the end of the sentence; so does a sentence that opens with the whole it is about
# ("大会促成的合作项目中，制造业项目共656个": among the projects)
_PART_LIST = re.compile(r"其中|包括|(?:项目|企业|嘉宾|展商|展品|产品|观众)中(?:[，,]|(?=有|共有|包括|境外|海外|国外|外资|外籍|世界))")
# a batch of signings ("开幕当天集中签约项目45个，总金额326亿元"): every signing figure of the sentence is a part
# (or one more batch: "又签约项目566个", "再签约", "另签约": another batch, not the edition's total)
_BATCH = re.compile(r"开幕式(?:上|现场)|开幕式(?=(?:集中)?签约)|开幕当天|开幕日|签约仪式(?:上|现场)|首日|开幕[^。；;]{0,40}?集中签约|(?:又|再|另)(?:集中)?签约|"
                    r"第[二三四五六七八九2-9]场(?:集中|专场)?签约|"
                    # ("大会举行线上签约活动，签约项目38个": that signing's batch)
                    r"(?:举行|举办)[^。；;，,]{0,12}?签约(?:活动|仪式)[，,]|签约活动(?:上|现场)")  # ("举行第二场集中签约活动，签约项目210个": that batch)  # ("20日开幕，...集中签约项目116个")
# one city's, district's or county's own signings at the event ("合肥市签约项目120个", "我市已报送签约项目42个"), not
# the edition's: the place is the subject of the signing, not where it happened ("在合肥市签约")
# (a company's own signings too, and either at the event: "奇瑞汽车股份有限公司在2026世界制造业大会期间签约项目12个",
# "芜湖市在大会上签约项目56个")
# a clause before the figure's that names one day: "大会开幕首日，展馆共接待观众12.6万人次" (that day's)
_ONE_DAY_CLAUSE = re.compile(r"(?:开幕首日|首日|开幕当天|第[一二三四五六\d]天|[一二三四五六\d]日当天)[，,][^，,；;。]*$")
# a sentence about one day of the event, its day said first: "大会第二天接待观众4.1万人次，新签约项目26个"
_DAY_LEAD_ZH = re.compile(r"[^。；;，,]{0,24}?(?:第[一二三四五六\d]天|次日|开幕首日)")
# where companies exhibit, right before their count: "线下412家企业参展", "线上共有615家企业参展"
_WHERE_BEFORE = re.compile(r"(?:(线上|云上|云端)|线下|现场)(?:共有|共|有|已有|参展企业)?(?:近|约|超过|超|逾)?$")
# one session's audience, there or online: "开幕式直播观看人次达860万"
_ONE_SESSION = re.compile(r"开幕式|闭幕式|主论坛|签约仪式")
# "日均3.9万人次": a day's average, a part of the count
_DAILY_AVERAGE = re.compile(r"(?:日均|平均每天|每天平均|平均每日)(?:接待|达到?|约|近|超过?|逾)?$")
# "开幕式暨主旨论坛1场、高峰论坛及专题活动30余场": the main forum counted by itself, one session (not the forums)
_ONE_FORUM = re.compile(r"(?:主论坛|主旨论坛|开幕式|闭幕式|开幕大会)$")
# "182个项目开工建设", "已有95个项目竣工投产": projects under way, some of those signed
_UNDER_WAY = re.compile(r"(?:重大|签约)?项目?(?:已经|已|均已|全部)?(?:开工|投产|竣工|落地|建成|开建|动工)")
# (the verb before the projects: "目前已开工项目1520个")
_UNDER_WAY_BEFORE = re.compile(r"(?:已经|已|均已)(?:开工|投产|竣工|落地|建成|开建|动工)(?:建设)?的?(?:重大|签约)?项目(?:数)?(?:达到?|为|共)?$")
# "大会闭幕后又有6个项目完成签约": another batch, the count right after the words
_ANOTHER = re.compile(r"(?:又|再|另)有$")


def _batch_of(text: str, s_start: int, start: int, end: int, length: int) -> bool:
    """The sentence names a batch of signings the figure is of: before it, or after it but not past a 其中 that
    opens some of it ("共签约项目96个，计划总投资1350亿元，其中开幕当天签约43个": the 96 are all of them)."""
    for found in _BATCH.finditer(text, s_start, s_start + length):
        if found.start() < start or "其中" not in text[end:found.start()]:
            return True  # (begun before it: "开幕，132个重大项目集中签约")
    return False


# the host provinces' cities, named without 市 ("合肥签约项目438个")
_CITY_ZH = ("合肥|芜湖|蚌埠|淮南|马鞍山|淮北|铜陵|安庆|黄山|滁州|阜阳|宿州|六安|亳州|池州|宣城|南京|无锡|徐州|常州|苏州|南通|连云港|"
            "淮安|盐城|扬州|镇江|泰州|宿迁")
_LOCAL_BATCH = re.compile(r"(?:^|(?<=[，,。；;：:、\s])|(?<=期间)|(?<=会上))(?:[\u4e00-\u9fff]{1,4}(?:市|县|区)|我市|我县|我区|本市|"
                          rf"(?:{_CITY_ZH})(?!市)|"
                          r"[\u4e00-\u9fff]{2,12}?(?:有限公司|公司|集团))(?:代表团)?"
                          r"(?:在[^，,。；;]{0,24}?(?:期间|上|中)[，,]?)?(?:共计|共|累计|已|此次|本次)*"
                          r"(?:将)?(?:现场)?(?:集中)?(?:签约|签下|报送签约|报送|促成签约)")
# another gathering held during the event, its own signings or counts the subject ("大会期间举办的中国（安徽）投资贸易交易会签约
# 项目86个", as "The ... Conference, held during the convention, signed 86 projects")
_HELD_DURING = re.compile(r"期间(?:同期)?(?:举办|举行|召开)的[^，,。；;]{2,30}?(?:会|论坛|活动|大赛)(?:上|期间)?(?:共|累计|现场)?"
                          r"(?:签约|吸引|接待|发布|达成|有)")
# a zone named, then its area ("首次设置机器人展区，面积达1.2万平方米"; not "六大展区，展览面积6.6万平方米": the whole's)
_ZONE_AREA = re.compile(r"(?<![\d一二三四五六七八九十两几多大])(?:(?![一二三四五六七八九十两几多大])[\u4e00-\u9fff]){2,6}?"
                        r"(?:展区|专区)[，,]\s*(?:其)?面积"
                        r"(?:达到?|约为?|超过?|为|共)?$")
# a region's own signings ("长三角三省一市共有86个项目签约", "沪苏浙企业签约项目86个"): some of the edition's
_REGION_SHARE = re.compile(r"(?:长三角|长江三角洲|沪苏浙|苏浙沪|江浙沪|京津冀|粤港澳|三省一市)[^，,。；;]{0,12}$")
# the host region's own statistics, its subject a place and its verb what a place does ("江苏已累计建成示范工厂295家",
# "全省拥有", "江苏省级智能制造示范工厂数量已达300家"), not the event's
_PLACE_OWN = re.compile(r"(?:^|据介绍|据统计|目前|截至目前|(?:力争)?[到至](?:19|20)\d\d年(?:底|末)?|"
                        # (a plan's period, or said: "并宣布“十七五”期间江苏将新建智能工厂1000家")
                        r"期间|宣布|表示|提出|指出|今后|未来[一二三四五六七八九十\d]{1,2}年)"
                        r"(?:江苏|安徽|合肥|南京|全省|全市|我省|我市|该省|该市|我国|全国|中国)(?:省|市)?"
                        # (and what it plans to build: "到2067年全省将建成智能工厂3000个")
                        r"(?:(?:已经|已|累计|目前|现已|现|共|先后|将|计划|力争)*(?:建成|拥有|培育|认定|创建|建有|集聚|聚集)|"
                        r"(?:将|计划|力争|拟)+(?:新建|建设|打造|新增)|"
                        # ("合肥目前共有国家高新技术企业8000余家": what the place has, not who came)
                        r"(?:目前|现在|现)(?:共|已)?有(?![^，,；;。]*?(?:参展|签约|参会|亮相))|"
                        r"(?:[\u4e00-\u9fff]{0,6}?)(?:实际)?(?:利用|使用)外资(?:金额)?|"  # ("合肥市实际利用外资42亿美元")
                        r"(?:省级)?[\u4e00-\u9fff]{2,16}?(?:数量|总数)(?:已|累计)*(?:达到?|超过?|突破)|"
                        # ("江苏省智能制造示范工厂累计达到500家", "南京市工业机器人产量同比增长20%", "我国智能制造装备市场规模达3.8万亿元":
                        # not the event's)
                        r"(?![^，,；;。]*?(?:大会|展会|博览会|本届|签约|参展))[\u4e00-\u9fff]{2,16}?"
                        r"(?:(?:累计|已经|已|共)+(?:达到?|超过?|突破)|(?:产量|产值|营收|收入|增加值|出口额?|销量|市场规模)(?:同比)?"
                        r"(?:增长|下降|达到?)))")
# a company's own results ("公司去年营收突破300亿元"), not the event's
_COMPANY_OWN = re.compile(r"(?:公司|企业|集团)(?:去年|今年|明年|上半年|前三季度)?(?:全年)?(?:营收|营业收入|收入|销售额|产值|利润|净利润|出货量|产量)"
                          r"(?:同比)?(?:有望|预计|将|或将|力争)?(?:突破|达到?|超过?|增长|约为?|为)$")  # (and its own plan: "营收有望突破80亿元")
# a product's or a company's own ("据介绍，该设备可一次成型整车底盘，生产效率提升40%"): what it does, not the event
_PRODUCT_SUBJECT = re.compile(r"(?:(?:该|这台|这款|此款|这套)(?:设备|产品|装备|系统|机器人|电池|车型|机型|生产线|产线|技术|机床)|"
                              r"(?:该|这家|此)(?:公司|企业|集团))"  # (or a company's: "该公司…现有员工2800人")
                              r"(?![^。；;]*(?:大会|展会|博览会|本届))")
# a speaker's own, in a quotation in the first person: "“十年前，我们厂只有200多名工人，现在已经超过3000人。”"
_FIRST_PERSON = re.compile(r"我们|我厂|我司|我公司|咱们")


def _in_own_words(text: str, start: int) -> bool:
    """The figure stands in an open quotation whose words so far speak in the first person."""
    opened = text.rfind("“", max(0, start - 200), start)
    return opened >= 0 and "”" not in text[opened:start] and _FIRST_PERSON.search(text, opened, start) is not None


# one zone's or hall's, when the sentence opens there ("在2038世界制造业大会安徽展区，58家省内龙头企业集中亮相")
_ZONE_LEAD = re.compile(r"^\s*(?:[^，,。；;\s]{0,24}电\s*)?在[^，,。；;]{0,30}?(?:展区|展馆|[\u4e00-\u9fff]馆|分会场|展台)(?:内|里|上)?[，,]")
# a sentence whose subject is one zone or hall ("…人形机器人展区面积8000平方米，46家企业集中亮相，展出产品300余件"; not "大会设置
# 10个展馆", nor "本届大会设置展区面积6万平方米": the whole exhibition's)
# what the event did on one day, said by its date ("2052世界制造业大会20日发布制造业领域重大成果36项，举办专题论坛12场": that
# day's; not "…22日发布数据：共签约项目886个", nor "…22日闭幕")
_DATED_DOING = re.compile(r"^\s*[^，,。；;]{0,30}?(?:大会|峰会)\d{1,2}日(?:上午|下午|晚上|晚间)?(?:在[^，,。；;]{0,12}?)?"
                          r"(?:发布|举办|签约|签署)")
_WHOLE_WORDS = re.compile(r"共|累计|期间|总计|闭幕|落幕|以来")
# one numbered hall ("1号馆为新能源汽车馆，面积1.2万平方米，集聚企业156家"): that hall's
_HALL_NUMBER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})号(?:馆|展馆|展厅)(?![^，,。；;]{0,6}(?:共|累计|总))")
_ZONE_SUBJECT = re.compile(r"^\s*[^，,。；;]{0,40}?(?<![个\d])(?<!大会)(?<!展会)(?<!本届)(?<!会场)(?<!各)(?<!设置)(?<!设有)(?<!共设)(?<!开设)"
                           r"(?<!总)(?:展区|专区|展厅)"
                           r"(?:面积|内|里|共|集中|汇聚|吸引|展出)")
_ONE_SIDE = re.compile(r"线[上下](?:参会|参展)?(?:观众|观展|参观)")
# a word that says projects were signed ("签约"), or landed as deals ("揽下1538个项目", "签下项目1538个")
_SIGNED_WORD = re.compile(r"签约|揽下|揽获|斩获|签下")
# a company's orders taken at the event ("本次大会上已签下订单5亿元"): one exhibitor's, a part
_ORDERS_TAKEN = re.compile(r"(?:签下|获得|拿到|接到|收获)(?:[\u4e00-\u9fff]{0,4})?订单(?:金额)?(?:达|约|超过?|近)?$")
# a place's own record over part of a year: "今年上半年，安徽新签约亿元以上项目1200个" (not the event's signings)
_PART_OF_YEAR = re.compile(r"上半年|下半年|前[一二三]季度|前\d{1,2}个月|1[—–-]\d{1,2}月|今年以来|年初以来")
# (or over a whole year: "2037年，合肥市实际利用外资42亿美元，新签约亿元以上项目860个")
_A_YEAR = re.compile(r"(?:^|[，,：:]|[讯电]\s*)(?:(?:19|20)\d\d年|去年|上年)[，,]?(?=[\u4e00-\u9fff])")
_PLACE_FIRST = re.compile(r"(?:^|[，,：:])(?:今年|去年)?(?:上半年|下半年|前[一二三]季度|前\d{1,2}个月|1[—–-]\d{1,2}月)?"
                          r"(?:安徽|江苏|合肥|南京|全省|全市|我省|我市)(?:省|市)?(?!.{0,30}(?:大会|展会|博览会))")  # ("前8个月安徽进出口…")
_EVENT_WORD = re.compile(r"大会|展会|博览会|本届|论坛|签约|参展|嘉宾|观众")
_NAMED_EVENT_ZH = re.compile(r"大会|展会|博览会|本届|论坛")  # (the event itself named, not only what it does)
# (who 将出席 or 将参展 is the edition's plan, refined by the count that follows, as in English)
# ("拟组织专业观众10万人次": planned, not yet counted)
_FORECAST = re.compile(r"预计|预期|有望|力争|争取|希望|期待|将达|将超|目标|将签约|拟签约|计划签约|将邀请|拟邀请|明年|下届|"
                       r"(?:拟|计划)(?:组织|吸引|接待|邀请)|将(?:吸引|接待|迎来)|"  # ("将吸引近两千家企业参展": a hope, as "will attract" is)
                       r"(?:拟|计划|将)[^，,。；;]{0,10}签约")  # ("拟在开幕式上集中签约重大项目150个左右")
# a plan that governs the clauses after it: "大会拟设置展览面积5万平方米，邀请国内外嘉宾约2000人" (the guests are invited,
# not counted; the area is the plan of the edition)
_PLANNED = re.compile(r"拟(?!定|人)")
# projects still to be signed, the plan after the count: "两百多个项目拟集中签约", "将有200多个项目集中签约"
_TO_BE_SIGNED_AFTER = re.compile(r"[^，,。；;]{0,10}?(?:拟|计划|将|待|即将)(?:在[^，,。；;]{0,10}?)?(?:集中)?签约")
_SIGNED_AFTER = re.compile(r"[^，,。；;]{0,10}?(?:集中)?签约")
_EARLIER = re.compile(r"上届|上一届|去年")
# a clause that names only the last edition before its count ("多于上届的", "上届为", "高于去年同期的")
_LAST_ONES = re.compile(r"(?:多于|少于|高于|低于|超过|超出|不及|而|比|较|相比|对比|同比)?(?:上届|上一届|去年)(?:同期)?"
                        r"(?:的|为|是|则为|仅为|只有)?")
_SUM_AFTER_SIGNING = re.compile(r"^(?:总金额|总额|金额|合同金额|协议金额)(?:达|为|约|超过?|逾|近)?$")
_RISEN_TO = re.compile(r"^(?:今年|本届|今年则|本届则)?(?:增至|增加到|增长到|增长至|升至|上升到|上升至|扩大到|扩大至|提高到|提高至|达到|突破)$")
# a sentence that opens with last year ("去年，大会签约项目1152个"): all of it, until this year is named
# (or with last year's convention as its subject: "上届大会签约项目716个，参展企业1680家")
_EARLIER_OPENS = re.compile(r"\s*(?:在)?(?:去年|上届|上一届)(?:(?:的)?(?:世界(?:制造业|智能制造))?大会[，,]?|[，,])")
# the value a change started from: "展览面积从4万平方米扩大到8万平方米" (the 4万 is an earlier edition's)
_FROM_BEFORE = re.compile(r"从$")
_TO_AFTER = re.compile(r"[^，,。；;]{0,4}?(?:扩大|增加|增长|提升|提高|上升|跃升|增)?(?:到|至)")
_THIS_EDITION = re.compile(r"今年|本届")
# (or a clause that opens with it: "从2018年首届大会签约项目470个…，到今年签约项目1420个")
_THIS_YEARS_JUST_BEFORE = re.compile(r"(?:增加|增长|增至|扩大|提高|上升)?(?:到|至)(?:今年|本届)(?:大会)?的$|"
                                     r"(?:^|[，,、])(?:再)?(?:到|至)(?:今年|本届)(?:大会)?[\u4e00-\u9fff]{0,8}$")
_SESSION_GUESTS_AMONG = re.compile(r"(?:开幕式|闭幕式|主论坛|开幕会|签约仪式)[^，,。；;]{0,6}?(?:嘉宾|来宾|代表|人员)中")
_MANUFACTURING_PROJECTS = re.compile(r"(?:先进)?制造业(?:类)?项目")
# the share one kind of industry has of the projects or of their investment, named as in English ("战略性新兴产业项目投资额
# 占比78%": "share of investment in strategic emerging industries")
_KIND_SHARE = re.compile(r"(?P<kind>战略性新兴产业|新能源汽车|集成电路|人工智能)(?:类|领域|产业)?(?P<projects>项目)?"
                         r"(?P<investment>投资额|投资|总投资)?")
_KINDS_EN = {"战略性新兴产业": "strategic emerging industries", "新能源汽车": "new energy vehicles",
             "集成电路": "integrated circuits", "人工智能": "ai"}


_SIGNED_OF = re.compile(r"^(?:签约)?的")  # (the words left of "签约的民营企业项目" once "签约" is read as the verb)
_KIND_SHARES = frozenset(f"share of {whole} in {kind}" for whole in ("projects", "investment") for kind in _KINDS_EN.values())


def _kind_share(noun: str) -> str:
    """The English name of a share of one kind of industry; "" for any other noun."""
    found = _KIND_SHARE.fullmatch(noun)
    if found is None or not (found.group("projects") or found.group("investment")):
        return ""
    whole = "investment" if found.group("investment") else "projects"
    return f"share of {whole} in {_KINDS_EN[found.group('kind')]}"
# one edition's share of a running total, in its own clause ("累计签约项目近6700个，其中2042年大会签约743个")
_ONE_EDITION_OF_SUM = re.compile(r"本届|今年(?![^，,；;]*?(?:累计|以来|为止))|(?:19|20)\d\d年?(?:世界(?:制造业|智能制造))?(?:大会|展会|峰会)")
# an edition named by its year or as this one ("2041世界制造业大会", "本届大会")
_EDITION_NAMED = re.compile(r"(?:19|20)\d\d(?:年)?世界(?:制造业|智能制造)(?:大会|峰会)|本届|今年")
_COMMA_OR_END = re.compile(r"[，,；;。！？]")


def _edition_before_series(text: str, s_start: int, start: int, end: int) -> bool:
    """The figure's own clause counts an edition named before it, and the series is summed only in a later clause:
    "2041世界制造业大会签约项目716个，历届大会累计签约项目达5216个" (the 716 are this edition's)."""
    stop = _COMMA_OR_END.search(text, end)
    own = text[s_start:stop.start() if stop else len(text)]
    return _CUMULATIVE.search(own) is None and _EDITION_NAMED.search(text, s_start, start) is not None
# next year's or the next edition's plan: "明年，大会展览面积将扩大至10万平方米"
NEXT_EDITION_ZH = re.compile(r"明年|下届|下一届")
_ALREADY = re.compile(r"已|目前|截至|截止|实际")
# "较去年增长46%和64%": both rates are growth
# the verb of a rate on the last edition, a rise or a fall ("下降"): "同比增长近三成", "较上届下降22%"
_GROWTH = re.compile(r"(?:(?P<fell>下降|减少|降低|回落|下滑|缩小)|增长|提高|提升|上升|增加|扩大)了?(?:近|约|超过?|逾|达|将近|接近)?"
                     r"(?:\d+(?:\.\d+)?(?:[%％]|个百分点|个)(?:和|及|与|、))*$")
# what stands between a growth rate's subject and its verb: "签约金额同比增长", "参展企业较上届增长"
_COMPARED_ON = re.compile(r"(?:同比|环比|分别|(?:比|较)(?:上届|去年|上年|往届|上一届|(?:19|20)\d\d年)?)+$")
_RATE = re.compile(r"\d+(?:\.\d+)?(?:[%％]|个百分点)")
_RATE_RUN = re.compile(r"(?:(?:和|及|与|、)(?:增长|下降|增加|减少|提高|降低)?\d+(?:\.\d+)?(?:[%％]|个百分点))*")
# a rate's comparison with last year's amount: "较上届的582亿元增长"
_ON_AN_EARLIER_AMOUNT = re.compile(r"(?:同比|比|较)(?:上届|去年|上年|往届|上一届)的?\d+(?:\.\d+)?[万亿]*(?:元|美元|个|家|人次|平方米)")
_MONEY_SUBJECT = re.compile(r"金额|投资|资金|总额|签约额|成交额|外资(?!项目|企业)")


def _invested(words: str) -> str:
    """What the sum invested the words end on is: the foreign-funded projects' ("外资项目投资额"), agreed in intent only
    ("意向投资额", "投资意向金额"), else the investment."""
    return "foreign_investment" if _FOREIGN_INVESTMENT.search(words[-16:]) else \
        "intended_investment" if _INTENDED_INVESTMENT.search(words[-12:]) else "investment"


def _measure_named(words: str) -> str:
    """The measure a Chinese noun phrase names without a figure ("签约金额": the contract value), or ""."""
    family = "money" if _MONEY_SUBJECT.search(words) else "m2" if "面积" in words else "count"
    if family == "money" and "投资" in words[-8:]:
        return _invested(words)
    return next((key for key, units, pattern in ZH_METRICS if family in units and pattern.search(words)), "")


def _growth_of(text: str, start: int, end: int, own: str, growth: re.Match, s_start: int, figures: list) -> str:
    """What a Chinese growth rate is the growth of, named as in English ("investment growth"): the measure its
    clause names before the verb ("签约金额同比增长8.2%"), else the figure its clause follows ("签约金额1086亿元，同比
    增长8.2%"), and for rates of several measures the one in the same place before them ("签约项目879个，总投资
    7486亿元，同比分别增长2.7%和3.2%"); else plain "growth"."""
    subject = _COMPARED_ON.sub("", own[:growth.start()])
    grown = ""
    compared = _ON_AN_EARLIER_AMOUNT.fullmatch(own[:growth.start()])
    if compared and len(figures) > 1 and figures[-2].start >= s_start and figures[-2].unit == figures[-1].unit \
            and figures[-1].start >= start - len(own):
        # "总投资614亿元，较上届的582亿元增长5.5%": the growth of what the amount before last year's is this year
        grown = figures[-2].metric
    elif "分别" in own or re.search(r"\d", growth.group(0)):
        # "签约项目879个，总投资7486亿元，同比分别增长2.7%和3.2%": the n-th rate is of the n-th measure before them
        at = len(_RATE.findall(own[own.rfind("分别"):] if "分别" in own else growth.group(0)))  # ("分别增长2.8%和下降22%")
        run = _RATE_RUN.match(text, end)
        total = at + 1 + len(_RATE.findall(run.group(0)))
        before = [f for f in figures[-12:] if f.start >= s_start and f.unit not in ("percent", "percentage_point")]
        nouns = re.split(r"[、和及与]", subject)
        if len(nouns) == total > 1 and all(n and not re.search(r"\d", n) for n in nouns):
            grown = _measure_named(nouns[at])  # ("项目数、投资总额分别较上届增长12%和18%")
        elif len(before) >= total and len({f.metric for f in before[-total:]}) == total:
            grown = before[-total + at].metric
    elif subject:
        grown = _measure_named(subject)
    elif figures and figures[-1].start >= s_start \
            and (figures[-1].unit not in ("percent", "percentage_point")
                 or (figures[-1].unit == "percent" and "百分点" in text[start:end])) \
            and (text[figures[-1].end:start].lstrip("，, ").removesuffix("百分之") == own
                 # (or past the noun after a number that comes first: "共有1655家企业参展，同比增长5.6%")
                 or re.fullmatch(r"[\u4e00-\u9fff]{1,8}[，,]\s*", text[figures[-1].end:start].removesuffix("百分之")
                                 .removesuffix(own)) is not None):
        # (and a share's rise in points: "境外参展企业占比达20.1%，较上届提高1.5个百分点")
        # (the clause holds only the verb: "签约项目604个，同比增长4.3%", "…，同比增长百分之四点三")
        grown = figures[-1].metric
    if not grown or grown in UNSPECIFIC or grown == "duration_days":
        return "growth"
    return f"{measure_name(grown)} growth"


# "力争实现“签约项目600个以上”的目标": a target named after the figure
_TARGET_AFTER = re.compile(r"[^，,。；;、]{0,8}?的?目标")
CJK_RUN = re.compile(r"[\u3400-\u9fff]")


# nouns before 分别 and the values after it so far: "签约项目数、投资额分别为612个、"
# (with what they share between: "签约项目数量和总投资均创历届新高，分别达到1020个和")
_LISTED = re.compile(r"(?P<nouns>[\u4e00-\u9fff]{2,10}(?:[、和及与][\u4e00-\u9fff]{2,10}){1,5})(?:[均都][^，,。；;\d]{1,10}[，,]?)?"
                     r"分别(?:为|是|达到?|有)(?P<done>(?:[^，,。；;、和]{1,16}[、和]){0,5})$")
# the next value of a list after 分别: "分别签约项目108个和1086个"
_NEXT_OF_RESPECTIVE = re.compile(r"[和、与及]")
# the whole a list is of, named and not counted: "参展企业中世界500强企业32家"
_EXHIBITORS_AMONG = re.compile(r"(?:参展企业|参展商|展商)中")


def _in_list(text: str, s_start: int, start: int, noun: str, figures: list[Figure]) -> bool:
    """The figure is one of a list of parts ("参展企业531家，其中世界500强企业56家"): in the clause that opens it, or
    in a later clause that counts the kind the list's item before it counted ("其中境外企业36家，港澳台企业12家"); a
    later clause of something else ("…，累计接待观众20.3万人次") is no part of it."""
    found = None
    for found in _PART_LIST.finditer(text, s_start, start):
        pass
    if found is None:
        # (and past a semicolon, items of one list: "其中，10亿元以上项目186个，占比约20%；百亿元以上项目12个；制造业项目
        # 856个")
        for found in _PART_LIST.finditer(text, max(0, text.rfind("。", max(0, start - 200), start) + 1, start - 200),
                                         s_start):
            pass
        counted = next((f for f in reversed(figures[-3:]) if f.unit == "count"), None)
        return found is not None and counted is not None and counted.start >= found.end() \
            and counted.noun == noun and counted.scope == "part" and re.search(r"[；;]", text[found.end():start]) is not None
    if not re.search(r"[，,]", text[found.end():start].lstrip("，, ")):
        return True
    previous = figures[-1] if figures else None
    return previous is not None and previous.start >= found.end() and previous.noun == noun


# a share a noun has of the whole: "制造业项目占比超九成", "外资项目占签约项目总数的12%", "占比90.1%" or "占三成以上" after
# its count
_SHARE_BEFORE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{0,16}?)占(?:比|[\u4e00-\u9fff]{1,10}?的(?:比重|比例)?)?"
                           r"(?:已|超过|超|达到|达|为|约|近|逾|接近)*$")
_LEAD_WORDS = re.compile(r"^(?:其中|包括|共|共有|签约|已)+")


def _share_of(text: str, s_start: int, start: int, clause_before: str, figures: list[Figure]) -> str:
    """What a percentage after 占 is a share of: the noun before 占, else the noun of the count the clause before
    gave ("其中制造业项目712个，占比90.1%"); "" when it is no such share."""
    segment = re.split(r"[，,、；;：:]", clause_before)[-1]
    found = _SHARE_BEFORE.search(segment)
    if found is None:
        return ""
    # (after the event's name: "2053世界智能制造大会境外参展企业占比达20.1%": of the overseas exhibitors)
    noun = _LEAD_WORDS.sub("", re.sub(r"^[^，,。；;]*?(?:大会|峰会|博览会)", "", found.group("noun")))
    if not noun and figures and figures[-1].start >= s_start and figures[-1].unit == "count":
        words = re.search(r"[\u4e00-\u9fff]{2,12}$", text[max(s_start, figures[-1].start - 12):figures[-1].start])
        # (without the verb before the count: "新能源汽车产量达186万辆，占全国的12%": of the output)
        # (nor the event's name before the noun: "2076世界制造业大会外资项目126个，占比8.2%")
        noun = _COUNT_VERB_END.sub("", _LEAD_WORDS.sub("", re.sub(r"^.*(?:大会|峰会|博览会|本届)", "", words.group(0)))) \
            if words else ""
    return noun if len(noun) >= 2 else ""


_COUNT_VERB_END = re.compile(r"(?:达到?|为|约|超过?|逾|近|突破|共计?|累计)+$")


# "制造业项目656个、投资总额5334.9亿元，分别占总量的93.3%、91.6%", "制造业项目数、投资额分别占总量的87%、86%": each
# percentage of what was named or counted before 分别, in order
_RESPECTIVELY = re.compile(r"分别[^，,。；;%％\d]{0,20}?(?P<run>\d+(?:\.\d+)?[%％](?:[、和及与]\d+(?:\.\d+)?[%％])+)")
_NAMED = (("项目", "projects"), ("投资", "investment"), ("企业", "companies"), ("嘉宾", "guests"), ("观众", "visitors"))


def _respectively(text: str, start: int, sentence: str, figures: list[Figure]) -> str:
    """What a percentage in a list after 分别 is of: the metric of the figure of the same rank among those its
    sentence counted just before the list, else the noun of that rank named just before 分别; "" otherwise."""
    found = next((m for m in _RESPECTIVELY.finditer(text, max(0, start - 40), min(len(text), start + 40))
                  if m.start("run") <= start < m.end("run")), None)
    if found is None:
        return ""
    items = [m.start() + found.start("run") for m in re.finditer(r"\d+(?:\.\d+)?[%％]", found.group("run"))]
    rank = items.index(start) if start in items else -1
    if rank < 0:
        return ""
    # (the last few figures only: the list names at most a handful, and the search stays linear in the text)
    counted = [f for f in figures[-2 * len(items) - 4:] if f.sentence == sentence
               and f.unit not in ("percent", "percentage_point") and f.end <= found.start()][-len(items):]
    if len(counted) == len(items) and found.start() - counted[-1].end < 30:
        return counted[rank].metric
    names = re.split(r"[、和及与]", re.split(r"[，,。；;：:]", text[max(0, found.start() - 30):found.start()])[-1])
    if len(names) != len(items):
        return ""
    return next((key for word, key in _NAMED if word in names[rank]), "")


# an audience counted with no occasion of its own, in the sentence after one about a ceremony: "开幕式20日上午在合肥举行。
# 来自45个国家和地区的1800余位嘉宾出席，其中两院院士42位" (that ceremony's audience, as in English)
_CEREMONY_HELD = re.compile(r"(?:开幕式|闭幕式|主论坛|开幕会|签约仪式)[^，,。；;！!]{0,16}?(?:举行|举办|召开)。\s*$")
_ATTENDED_ZH = re.compile(r"出席|参加|与会|到场")
_OCCASION_ZH = re.compile(r"大会|展会|博览会|论坛|开幕|闭幕|仪式|期间|活动|会议")


_FLOOR_AREA_ZH = re.compile(r"建筑面积(?:约|达到?|为|超过|逾|近)?$")
_PER_PROJECT_ZH = re.compile(r"平均|(?:每个|每项|单个)项目")


def _after_a_ceremony(text: str, start: int, done: re.Pattern | None = None) -> bool:
    """The sentence of the figure at start counts who attended (or what done says was done: "发布…12项重大成果"),
    naming no occasion, after a sentence about a ceremony."""
    begin = max(0, start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, begin, start)]
    if not ends:
        return False
    own = text[ends[-1]:start + 60].split("。", 1)[0]
    occasion = _OCCASION_ZH.search(own)
    # (what the conference itself released names no other occasion: "大会发布…")
    return (done or _ATTENDED_ZH).search(own) is not None \
        and (occasion is None or (done is not None and occasion.group(0) == "大会")) \
        and _CEREMONY_HELD.search(text, max(0, ends[-1] - 60), ends[-1]) is not None


_RELEASED_ZH = re.compile(r"发布|揭晓|推出")  # (what a ceremony released: "大会发布…12项重大成果")


def _whole_sentence(text: str, clause_start: int, start: int) -> str:
    """The sentence before a figure across its clauses ("前5届大会…出席；共有2693家…"), at most 200 characters."""
    begin = max(0, start - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, begin, clause_start)]
    return text[ends[-1] if ends else begin:start]


# ("目前已有280家企业报名参展": so far; "参展企业已增至618家", "大会开幕以来已签约项目620个")
_AS_OF = r"(?:截至|截止(?:到|至)?)"  # "as of", however it is written
_RUNNING = re.compile(_AS_OF + r"(?:目前|发稿|记者发稿时|今天|昨天|昨晚|昨日|今晨|今日|当晚|当日|当天|\d{1,2}日|\d{1,2}月\d{1,2}日|\d{1,2}[时点]|"
                      # ("截至下午3时", "截至21日下午5点"): an hour of the day
                      r"(?:\d{1,2}日)?(?:上午|下午|中午|晚上|傍晚|凌晨)[\d一二三四五六七八九十]{1,3}[时点])|目前[，,]?已|"
                      r"迄今|到目前为止|至今已|至此[，,]?[^。；;]{0,12}已|至此[，,]?[^。；;闭幕]{0,16}(?:达到?|增至|增加到|增加至)|开幕以来|开幕至今|已(?:经)?增(?:加)?(?:至|到)|"
                      # ("连日来，大会已吸引观众21万人次", "大会前三天共签约项目1190个": so far)
                      r"连日来|(?:大会|展会|开幕)?前[两三四2-4]天|"
                      # ("开幕两天，累计发布新产品86项", "开幕三天来": since the opening, so far)
                      r"(?:开幕|开展|开馆)[两三四2-4]天(?:来|以来)?[，,]|"
                      # ("大会期间，已达成合作意向项目320个": already, while it runs)
                      r"(?:大会|展会|会议)期间[，,]?(?:已经?)(?=达成|签约|签下|吸引|接待|发布|举办|有)|"
                      # ("大会第二天，又签约项目52个，…，累计签约项目120个": the running total of a day that is not the last)
                      r"(?:第[二三2-3]天|次日)[^。；;闭幕]{0,60}?累计|"
                      r"开幕(?:[一二两三四五六七八九\d]{1,2})天(?:以)?来|"  # ("开幕两天来，线下累计接待观众7.8万人次")
                      # ("云上展厅27日上线，已有186家企业入驻"; the sentence ends before the number)
                      r"(?<![没未])已有(?=$|[\d一二三四五六七八九十百]|近|超|逾)")


_SO_FAR_RECEIVED = re.compile(r"累计(?:接待|吸引|迎来)?[^，,。；;]{0,8}$")
_WHOLE_RUN = re.compile(r"闭幕|落幕|收官|帷幕|谢幕|期间|最终|共计|总计|全程|为期|届")


def _runs(sentence_before: str) -> bool:
    """A count while the event runs ("截至目前，展会已接待观众8.5万人次"): so far, said in the figure's clause or before it;
    past a semicolon only when the clause says "already" too ("截至目前，已有1050家企业确认参展；已确定举办论坛30场", not
    "目前已有350余家企业报名参展；大会将举办平行论坛16场")."""
    last = re.split(r"[；;]", sentence_before)[-1]
    if _UNTIL_CLOSE.search(last) is not None:
        return False  # "截至22日大会闭幕，…签约项目918个": up to the close, the final count
    if _ALREADY_REACHED.search(last) is not None and _ENDED.search(sentence_before) is None \
            and _FINAL_WORDS.search(sentence_before) is None:
        return True  # "大会累计签约项目已达980个": the count it has reached, while the event runs
    if (running := _RUNNING.search(last)) is not None:
        # (not "随着大会闭幕，至此，…达到204个": up to the close, the final count)
        return not (running.group(0).startswith("至此") and _ENDED.search(sentence_before))
    if _RUNNING.search(sentence_before) is None:
        return False
    # ("截至21日18时，大会已签约项目356个；累计接待观众21.3万人次": a sentence opened by its time counts so far throughout)
    return "已" in last or "累计" in last or (re.sub(_LIVE_MARK, "", sentence_before).startswith(("截至", "截止")) and not _FORECAST.search(last))


_ENDED = re.compile(r"闭幕|落幕|收官|结束|谢幕")
_ALREADY_REACHED = re.compile(r"(?<![没未])已(?:经)?(?:达到?|超过?|突破|逾)(?:近|约|超|逾)?$")
_FINAL_WORDS = re.compile(r"最终|全程|总计|圆满")
_UNTIL_CLOSE = re.compile(_AS_OF + r"[^，,。；;]{0,12}(?:闭幕|落幕|结束|收官)")
_GOES_ON = re.compile(r"\s*(?:此外|另外|同时|与此同时)")
_SOME_OF_IT = re.compile(r"\s*其中")


def _goes_on(text: str, start: int, opener: re.Pattern = _GOES_ON) -> bool:
    """The sentence of a figure opens with opener after a sentence that sums up several editions: 此外 (also) goes on
    with its running total ("前5届大会…嘉宾客商14824人参会。此外，大会…举办专题活动、论坛50余场"); 其中 names some of it
    ("…累计签约项目25698个。其中，2052世界制造业大会签约项目886个": the named edition's own)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)]
    if not ends or not opener.match(text, ends[-1]):
        return False
    previous = _SENTENCE_END.split(text[max(0, ends[-1] - 300):ends[-1]].rstrip("。！？!?\n \u3000"))[-1]
    return _CUMULATIVE.search(previous) is not None and not _RECORD.search(previous)


def chinese_value(text: str) -> float | None:
    """The value of a Chinese or mixed number ("536.3亿", "25万6千", "一千多万", "1.2万亿"); None if unreadable."""
    text = text.replace(",", "").replace("多", "").replace("余", "")
    if text[:1] in ("百", "千"):
        text = "一" + text  # "百亿": a hundred 亿
    try:
        if re.fullmatch(r"\d+(?:\.\d+)?", text):
            return float(text)
        # digits with scales: split at the largest scale first
        for scale in ("万亿", "亿", "万", "千"):
            if scale in text:
                head, _, tail = text.partition(scale)
                high = chinese_value(head) if head else 1.0
                low = chinese_value(tail) if tail else 0.0
                if high is None or low is None:
                    return None
                if tail and re.fullmatch(r"\d|[一二三四五六七八九两]", tail) and scale in ("万", "千"):
                    low *= SCALES[scale] / 10  # 25万6 = 256,000: a lone digit after a scale counts its tenths
                return high * SCALES[scale] + low
        return float(_cn2an()(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


# a range of two values, its unit after the second: "40至50场", "1500-1600家", "1.5万~2万人次"
_RANGE_DASH = re.compile(r"\s?(?:至|到|-|—|–|~|～)\s?(?=[\d一二三四五六七八九十两])")
_RANGE_BEFORE = re.compile(r"[\d一二三四五六七八九十百千万亿][多余]?\s?(?:至|到|-|—|–|~|～)\s?$")


def _qualifier(before: str, after: str) -> str:
    for pattern, name in QUALIFIER_BEFORE:
        if pattern.search(before):
            return name
    for pattern, name in QUALIFIER_AFTER:
        if pattern.match(after):
            return name
    return "exact"


_PLACE_FUNDED_PROJECTS = re.compile(r"([港台])资(?:企业)?项目(?:签约|共|共计|达|为|有)?$")
_INTENDED_INVESTMENT = re.compile(r"(?:意向(?:合作)?投资|投资意向)(?:总?金?额)?(?:达到?|约为?|超过?|逾|近|为|共计?|突破)?$")


def _family(unit: str) -> str:
    return "money" if unit in ("CNY", "USD", "EUR") else unit


def _classify(unit: str, kind: str, clause_before: str, clause_after: str, vocabulary) -> str:
    family = _family(unit)
    if family == "money" and _AGREED_FOREIGN.search(clause_before[-12:]):
        return "foreign_investment"  # "外资项目40个，协议外资31亿美元": the foreign capital the signed projects bring
    if family == "money" and "投资" in clause_before[-8:]:
        # "总投资1.2万亿元": the sum invested, even in a sentence about signings ("外资项目投资额达92.4亿美元": the
        # foreign-funded projects')
        return _invested(clause_before)
    # the words since the last comma first ("院士十二位、海外嘉宾三百余名": the 300 are overseas guests)
    segment = re.split(r"[，,、；;：:]", clause_before)[-1]
    # "40余位两院院士和近百位知名企业家": after 和 a new noun is counted; the academicians before it are not these
    # (not the 与 of 参与, "taking part")
    # ("境外企业和机构90余家": the companies and bodies, one count)
    joined = family == "count" and not _BODIES.search(segment) and re.search(r"(?:和|及|(?<!参)与)[^和及与]{0,3}$", segment)
    if joined:
        segment = segment[joined.start() + 1:]
    if family == "count" and kind == "items" and re.match(r"省(?:（区|\(区|区市|、自治区|份|市区)", clause_after):
        return "provinces"  # "来自全国28个省（区、市）": provincial-level regions, as in English
    if family == "count" and kind == "items" and re.match(r"(?:市|县|区|省|城市|地市)(?!场|民)", clause_after):
        return "cities"  # "安徽16个市分别举行专场签约活动": places, not signings
    if family == "count" and kind == "people" and segment.endswith("等") and re.match(r"(?:参会|出席|与会|参加|莅临)",
                                                                                   clause_after):
        return "guests"  # "专家学者、企业家等1300余人参会": all who attended, whatever kinds the list names
    counted = _NOUN_AFTER.match(clause_after) if family == "count" and kind in ("people", "items", "events",
                                                                                   "products") else None
    if counted:
        # the noun right after the classifier is what is counted ("展品覆盖20个重点制造领域": sectors, not
        # exhibits): its own metric word, else its words
        if family == "count" and re.match(r"(?:展区|展馆|展厅|专区|国家馆|国际馆|主题馆)(?!面积)", counted.group("noun")):
            return "exhibition_zones"  # "6大展区总展览面积6.6万平方米": the zones, not the area the words go on to
        named = _metric_in(unit, kind, counted.group("noun"), family) or counted.group("noun")
        if named == "projects" and re.search(r"意向签约$|签约意向$", segment):
            return "intended_projects"  # "意向签约56个项目", as "意向签约项目56个": agreed in intent, not signed
        if named == "projects" and _SIGNED_WORD.search(segment + clause_after):
            # "集中签约86个重大项目", "19个重大项目集中签约", "揽下1538个项目": the projects signed
            return "projects_signed"
        if named.endswith("成果") and re.search(r"发布|公布|首发", segment):
            return "reports"  # "发布10项标志性成果", as "发布标志性成果10项": results released
        return _OWN_FIELD_ZH.sub("", named)
    if family == "count" and kind == "companies" and re.match(r"参展(?:企业|商)|展商", clause_after):
        return "exhibitors"  # "546家参展企业中境外企业62家": the noun right after the classifier
    if family == "count" and kind == "items" and _FOREIGN_PROJECTS.search(segment[-10:]) \
            and re.search(r"项目(?:超|超过|逾|近|约|突破|达到)$", segment):
        return "foreign_projects"  # "签约外资项目超百个"
    if family == "count" and kind == "items" and (funded := _PLACE_FUNDED_PROJECTS.search(segment[-12:])) is not None:
        # "其中港资项目36个", "港资项目签约38个": the projects of investors from one place, a measure of its own, as the
        # foreign-funded projects are
        return f"projects from {'Hong Kong' if funded.group(1) == '港' else 'Taiwan'}"
    if family == "count" and kind == "items" and re.search(r"项目(?:共|共计|达|为|有)?$", segment):
        # "促成惠及民生项目114个": the noun right before the number is what is counted, not a 论坛 further back
        if _FOREIGN_PROJECTS.search(segment[-8:]):
            return "foreign_projects"  # "其中外资项目94个", "签约外资项目36个"
        if "意向" in segment:
            return "intended_projects"  # "意向签约项目56个": agreed in intent, not signed
        return "projects_signed" if _SIGNED_WORD.search(segment) else "projects"
    near = _metric_in(unit, kind, segment + "|" + clause_after, family)
    if near:
        return near
    if family == "count" and kind in ("people", "items", "events", "products"):
        # what is counted, in the words just before the number ("专家100余人"); a wider clause would lend it the
        # metric of another count ("16位两院院士、55位国际专家"). "各展区共收获采购商机6941条": 采购商机;
        # "等权威成果报告近30份": 权威成果报告
        before = next((piece for piece in reversed(_VERB_OR_PARTICLE.split(segment)) if piece), "")
        # (without a place before it or a time or adverb around it: "南京市工业机器人产量去年" counts 工业机器人产量;
        # "现在已经" names nothing)
        before = _PLACE_LEAD.sub("", _TIME_OR_ADVERB.sub("", before)) if _HAN_ONLY.fullmatch(before) else ""
        if family == "count" and re.search(r"(?:展区|展馆|展厅)$", before):
            return "exhibition_zones"  # "共设置主题展区7个", as "7个主题展区"
        if len(before) >= 2 and before.endswith("成果") and re.search(r"发布|公布|首发", segment):
            return "reports"  # "发布《…》等标志性成果24项", as "发布标志性成果24项": results released
        if len(before) >= 2:
            return _OWN_FIELD_ZH.sub("", before[-8:])
    if family == "count" and kind in ("visits", "people") and _IN_PERSON_ZH.search(segment):
        return "visitors"  # "线上观看总人次达860万，线下参会人数2.3万人次": those there in person, whatever came before
    return (not joined and _metric_in(unit, kind, clause_before + "|" + clause_after, family)) or \
        _fallback(family, kind, vocabulary)


# the event's own field, which one outlet names and another takes as read: "智能制造典型场景50个", then "典型场景50个"
_OWN_FIELD_ZH = re.compile(r"^(?:智能制造|智能)(?=[\u4e00-\u9fff]{2})")
# offline, on site: those there in person ("线下参会人数", "现场观众")
_IN_PERSON_ZH = re.compile(r"(?<!线上)线下(?!线上)|现场")
# companies and bodies counted together: "境外企业和机构90余家"
_FROM_WHERE = re.compile(r"来自[^，,。；;的]{1,24}的")
_BODIES = re.compile(r"(?:企业|展商|公司)(?:和|及|与)(?:机构|组织|单位)$")
# a counted noun: Han characters (and a Fortune-style "500强"), up to a verb, a particle or a conjunction (none in
# "与…签约项目1108个相比": a comparison)
# (not the sum that follows in a headline without a comma: "签约项目1210个总投资1.13万亿元")
# (not a verb of growth: "较2018年首届大会的536个增长近两倍" counts no 增长)
_NOUN_AFTER = re.compile(r"^(?!以上|左右|以内|之多|之后|以后|之前|以来|相比|相较|对比|比较|总投资|投资|总金额|金额|总额|增长|增加|"
                         r"下降|减少|提高|提升|翻|增至|升至|降至|调整为|变为|增加到|上升到)(?P<noun>(?:(?!出席|参会|参加|参展|签约|落地|入选|获得|进行|达成|集中|展示|亮相|接待|吸引|举办|分别|"
                         r"展出|实现|完成|带动|达到|的|和|及|与|等|共(?=[吸有计签举接展发达邀])|累计)"
                         r"[\u4e00-\u9fff\d]){2,10})")
_VERB_OR_PARTICLE = re.compile(r"达成|达到|超过|突破|设置|设立|设有|开设|超|逾|近|约|达|共有|建成|建有|拥有|培育|认定|创建|共|有|合计|总计|收获|展出|"
                               r"举办|发布|邀请到?|组织|吸引|"
                               r"促成|签约|来自|其中|包括|以及|等|了|的|为|是|在|和|及|与")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_WHEN_WORDS = r"(?:今年|去年|明年|当年|上半年|下半年|前三季度|目前|现在|如今|已经|已|仍|还|也|均|都|将|总共|累计)"
_TIME_OR_ADVERB = re.compile(rf"^{_WHEN_WORDS}+|{_WHEN_WORDS}+$")
_PLACE_LEAD = re.compile(r"^(?:(?:安徽|江苏)省?|(?:合肥|南京)市?|全省|全市|全国|我省|我市|本市|[\u4e00-\u9fff]{1,3}[省市](?=[\u4e00-\u9fff]{2}))")


# which classifier each count metric can be counted with ("10个国家和地区" is never a number of companies)
_KINDS = {"projects_signed": ("items", ""), "exhibitors": ("companies", ""), "companies": ("companies", ""),
          "fortune500": ("companies", ""), "top500_both": ("companies", ""), "china_top500": ("companies", ""), "little_giants": ("companies", ""),
          "listed_companies": ("companies", ""), "high_tech_companies": ("companies", ""), "unicorns": ("companies", ""),
          "gazelle companies": ("companies", ""), "overseas_exhibitors": ("companies", ""), "exhibitors_onsite": ("companies", ""), "guests": ("people", ""), "overseas_guests": ("people", ""),
          "executives": ("people", ""), "organizations": ("items", ""), "premieres": ("products", "items", ""),
          "academicians": ("people", ""), "journalists": ("people", ""), "experts": ("people", ""),
          "entrepreneurs": ("people", ""), "countries_regions": ("countries",),  # ("记者获悉，…23个国家和地区")
          "visitors": ("people", "visits", ""), "visitors_online": ("people", "visits", "events", ""),
          "views": ("times", "events", "visits", ""), "exhibitors_online": ("companies", ""),
          "forums": ("events", "items", ""), "booths": ("items", ""), "sub_forums": ("events", "items", ""), "projects": ("items", ""),
          "foreign_projects": ("items", ""),
          "products": ("products", "items", "")}


def _metric_in(unit: str, kind: str, clause: str, family: str) -> str:
    for key, units, pattern in ZH_METRICS:
        if family in units and pattern.search(clause) and (family != "count" or kind in _KINDS.get(key, (kind,))) \
                and not (key == "views" and kind == "visits" and not _PAGE_VIEWS.search(clause)):
            return key
    return ""


# page views counted in visits are views ("线上浏览量达1.2亿人次"); a livestream's audience in visits is its viewers
# ("线上直播观看量达2860万人次")
_PAGE_VIEWS = re.compile(r"浏览量|阅读量|点击量|访问量")


def table_label_metric(label: str, unit: str = "count") -> str:
    """What a Chinese table row's label counts ("参展企业（家）", "签约项目（个）"): its words and the classifier in
    brackets, as a count after them would say it; for an amount or an area ("总投资（亿元）"), what its words say it
    is; "" when unknown."""
    label = _SIGNED_OTHERWISE.sub("签约", label)  # ("签署项目（个）")
    bracket = re.search(r"[（(]([^（()）]{1,6})[）)]\s*$", label)
    if unit != "count":
        return _classify(unit, "", label[:bracket.start()] if bracket else label, "", VOCABULARY)
    classifier = bracket.group(1) if bracket else ""
    kind = next((k for pattern, unit, k in UNITS if unit == "count" and pattern.match(classifier)), "") if classifier else ""
    return _metric_in("count", kind, label[:bracket.start()] if bracket else label, "count")


def _fallback(family: str, kind: str, vocabulary) -> str:
    if family == "count" and kind == "countries":
        return "countries_regions"
    if family == "count" and kind == "visits":
        return "visitors"
    names = {m.key: m for m in vocabulary}
    fallback = {"money": "value", "m2": "area", "day": "duration_days", "percent": "percent"}.get(family, "")
    if fallback in names:
        return fallback
    return fallback or kind or family


_ONE_TENTH = re.compile(_TENTHS)
_A_TENTH_BEFORE = re.compile(r"(?:增长|增加|提高|提升|下降|减少|超过|超|近|约|逾|占|达)$")
# a line that opens with its number ("97个：签约项目") and names what it counts after a colon
_DASH_LABEL = re.compile(r"[ \t]*(?:——|—|－|–|-{1,2})[ \t]*(?P<label>[\u4e00-\u9fff]{2,16})[（(](?P<unit>[^（()）\n]{1,5})[）)]"
                         r"[ \t]*(?=\n|$)")
_LABEL_BELOW = re.compile(r"[ \t]*\n[ \t]*([\u4e00-\u9fff（）()]{2,16})[ \t]*(?=\n|$)")
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t•·*-]*$")
_LABEL_AFTER = re.compile(r"[ \t]*[：:][ \t]*([\u4e00-\u9fff（）()]{2,16})[ \t]*(?=\n|$)")
_NOUNS = {"countries": "countries and regions", "companies": "companies", "people": "people"}
_KEYS = frozenset(key for key, _, _ in ZH_METRICS) | {m.key for m in VOCABULARY}


def extract_figures_zh(text: str, vocabulary: tuple[Metric, ...] = VOCABULARY) -> list[Figure]:
    """Every figure of a Chinese text, in order. "签署" and "签订" (signed) are read as "签约" is, through a copy of the
    same length; each figure's words are the text's as written."""
    read = _SIGNED_OTHERWISE.sub("签约", text)
    return as_written(_extract_figures_zh(read, vocabulary), text, read)


_SIGNED_OTHERWISE = re.compile(r"签署|签订")


def _extract_figures_zh(text: str, vocabulary: tuple[Metric, ...]) -> list[Figure]:
    figures: list[Figure] = []
    for m in NUMBER.finditer(text):
        start, end = m.span()
        raw = m.group("num")
        before, after = text[max(0, start - 30):start], text[end:end + 20]
        if not (re.search(r"\d", raw) or len(raw) > 1 or raw in "两三四五六七八九十百千万"
                or (raw == "一" and _ONE_TENTH.match(after) and _A_TENTH_BEFORE.search(before))):
            continue  # (but "同比增长一成": a tenth, 10 percent)
        if _NOT_FIGURE_AFTER.match(after) or _NOT_FIGURE_BEFORE.search(before):
            continue
        if _FROM_ZH.search(before) and _REVISED_TO_ZH.match(after) \
                and not _LAST_YEAR_ZH.search(text, max(0, start - 80), start):
            # "签约项目由此前公布的1460个调整为1466个": the value the revision leaves, no report of its own (not "与去年相比，
            # 参展企业由276家增至286家": last year's)
            continue
        if re.fullmatch(r"(?:19|20)\d\d", raw) and not after.startswith(("亿", "万")) \
                and not any(unit.match(after) for unit, _, _ in UNITS):
            continue  # a year ("2024世界制造业大会"), unless counted ("2000件产品")
        if raw in ("百", "千", "万"):
            # "近百位", "上千家", "百余位", "万余名": a round hundred, thousand or ten thousand, only after or before such
            # a word
            if not (re.search(r"(?:近|将近|上|逾|超|约|(?<![打击])破)$", before) or m.group("approx")):
                continue
            value = {"百": 100.0, "千": 1000.0, "万": 10000.0}[raw]
        else:
            value = chinese_value(raw)
        if value is None or value == 0:
            continue
        unit_m = next(((u, unit, kind) for u, unit, kind in UNITS if u.match(after)), None)
        if unit_m is None and before.endswith("百分之"):
            unit_m = (_NOTHING, "percent", "")  # "增长百分之十一点二": 11.2 percent
        range_low = False  # the first value of a range: "40至50场", "1500-1600家"
        if unit_m is None and (dash := _RANGE_DASH.match(after)) is not None \
                and (upper := NUMBER.match(text, end + dash.end())) is not None:
            upper_after = text[upper.end():upper.end() + 20]
            unit_m = next(((u, unit, kind) for u, unit, kind in UNITS if u.match(upper_after)), None)
            if unit_m is not None and unit_m[2] != "duration":
                range_low, after = True, upper_after
                range_end = upper.end() + unit_m[0].match(upper_after).end()  # (what the range counts follows its top)
            else:
                unit_m = None
        if unit_m is None and _SCALED_ENDS.search(raw) and "亿" in raw + after[:1] and _AMOUNT_BEFORE.search(before) \
                and (_ENDS_CLAUSE.match(after) or after[:1] in (" ", "\u3000")):  # (or a headline's space)
            unit_m = (_NOTHING, "CNY", "")  # "总投资1.02万亿。": an amount in yuan, the 元 left out
        dash_label = None
        if unit_m is None and (dashed := _DASH_LABEL.match(text, end)) is not None \
                and _LINE_OPENS.search(text, max(0, start - 8), start):
            # "206——签约项目数（个）", "1558——签约总投资（亿元）": a line of figures, each its label after a dash and
            # its unit in brackets
            scale = re.match(r"万亿|亿|万|千", dashed.group("unit"))
            rest = dashed.group("unit")[scale.end():] if scale else dashed.group("unit")
            unit_m = next(((_NOTHING, unit, kind) for u, unit, kind in UNITS if u.match(rest)), None)
            if unit_m is not None:
                value *= SCALES[scale.group(0)] if scale else 1
                dash_label = dashed
        if unit_m is None:
            counted = _COUNTED_BEFORE.search(before) or (
                _COUNTED_BARE.search(before) if _SCALED_ENDS.search(raw) and _ENDS_CLAUSE.match(after) else None)
            if counted is None:
                continue  # a bare number says nothing measurable here
            # "观看人次突破5000万": what is counted stands before the number
            # ("线上展厅访问量突破2600万": visits, as 人次 would count them)
            unit_m = (_NOTHING, "count", "visits" if "人" in counted.group("noun") or "访问" in counted.group("noun") else "times")
        pattern, unit, kind = unit_m
        if kind == "tenths":
            if value > 10:
                continue  # ("2025成" is no share)
            value, kind = value * 10, ""  # "近七成": 70 percent
        found = pattern.match(after)
        end_pos = end + found.end() if not range_low else end
        if kind == "duration" and (re.search(r"(?:前|头|最后|后)$", before)
                                   or (re.search(r"(?:开幕|开展|开馆|举办)$", before) and re.match(r"(?:天|日)(?:来|以来)", after))
                                   # ("开展三天，线下观众已超21万人次": three days since the opening, not the length)
                                   or (re.search(r"(?:开幕|开展|开馆)$", before) and re.match(r"(?:天|日)[，,]", after))
                                   # ("开幕两天累计访问量突破420万人次": so far, in the days since the opening)
                                   or (re.search(r"(?:开幕|开展|开馆)$", before) and re.match(r"(?:天|日)(?:累计|共|已|里|内|间)", after))):
            continue  # "前三天", "最后两天", "开幕两天来": some days of the event, not its length
        if kind == "duration" and (before.endswith("第") or re.search(r"(?:还有|还剩|仅剩|倒计时)$", before)):
            continue  # "第三天": which day; "还有4天": a countdown
        if re.match(r"^[零〇一二两三四五六七八九十]$", raw) and kind in ("items", "people", "events") and not m.group("approx"):
            continue  # "一个", "一名": an article, not a count (but "十余位": more than ten)
        if re.search(r"(?:(?<![总人次家个目户件量])数|几)$", before):
            continue  # "数十家", "几百个": dozens, hundreds, no number (not "观众总数16.8万人次")
        if unit in ("CNY", "USD", "EUR") and _THRESHOLD.match(text, end_pos):
            continue  # "50亿元以上项目26个": a size class of projects, not an amount
        if _TAKEN_BACK.match(text, end_pos):
            continue  # "“总投资421亿元”应为“总投资412亿元”": the value a correction takes back
        if _IN_TITLE_MARKS.search(text, max(0, start - 40), start) and _TITLE_CLOSES.match(text, end_pos) \
                or _QUOTED_STORY.match(text, end_pos) and "“" in text[max(0, start - 40):start]:
            continue  # "《2038世界制造业大会签约项目621个》一文", "播发的“…签约项目201个”一稿": a title cited, no report
        s_start = max((mm.end() for mm in _CLAUSE_END.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
        next_end = _CLAUSE_END.search(text, end_pos, end_pos + 200)
        s_end = next_end.end() if next_end else min(len(text), end_pos + 200)
        sentence = text[s_start:s_end]
        clause_before = text[max(s_start, start - 40):start]
        if unit == "percent" and clause_before.endswith("百分之"):
            clause_before = clause_before[:-3]  # ("同比增长百分之十一点二": the words before the percentage's own)
        # the words after it up to the next comma: "观众超过30万人次，线上直播..." are not online visitors
        # (past where they come from: "1200余位来自30多个国家和地区的嘉宾")
        from_where = _FROM_WHERE.match(text, end_pos, min(s_end, end_pos + 30))
        after_from = from_where.end() if from_where else range_end if range_low and range_end <= s_end else end_pos
        clause_after = re.split(r"[，,、；;：:。]", text[after_from:min(s_end, after_from + 12)], maxsplit=1)[0]
        opens_line = _LINE_OPENS.search(text, max(0, start - 8), start) is not None
        # ("97个：签约项目"; and a card's number alone on its line over its label: "1538个\n签约项目")
        label = (_LABEL_AFTER.match(text, end_pos) or _LABEL_BELOW.match(text, end_pos)) if opens_line else None
        if label:
            clause_before, clause_after = label.group(1), ""  # "97个：签约项目": the number, then what it counts
        elif dash_label is not None:
            clause_before, clause_after = dash_label.group("label"), ""  # "206——签约项目数（个）"
        metric = _classify(unit, kind, clause_before, clause_after, vocabulary)
        if metric in ("companies", "exhibitors") and _MOVED_IN.match(clause_after) and _ONLINE_HALL.search(sentence):
            metric = "exhibitors_online"  # "云上展厅27日上线，已有186家企业入驻": the companies of the online hall
        elif metric in ("companies", "exhibitors") and re.search(r"参展|展出|展示|布展", clause_after) \
                and (where := _WHERE_BEFORE.search(clause_before)) is not None:
            # "线下412家企业参展，线上615家企业参展": where they exhibit, said before the count
            metric = "exhibitors_online" if where.group(1) else "exhibitors_onsite"
        listed = _LISTED.search(text, max(s_start, start - 80), start)
        if listed:
            # "签约项目数、投资额分别为612个、5032亿元": the n-th value is of the n-th noun before 分别
            nouns = re.split(r"[、和及与]", listed.group("nouns"))
            at = len(re.findall(r"[、和]", listed.group("done")))
            named = _metric_in(unit, kind, nouns[at], _family(unit)) if at < len(nouns) else ""
            if named:
                metric = "projects_signed" if named == "projects" and "签约" in nouns[at] else named
        elif figures and figures[-1].unit == unit and figures[-1].start >= s_start \
                and _NEXT_OF_RESPECTIVE.fullmatch(text, figures[-1].end, start) \
                and "分别" in text[s_start:figures[-1].start]:
            metric = figures[-1].metric  # "分别签约项目108个和1086个": the values after 分别 count one thing
        elif figures and figures[-1].unit == unit and figures[-1].start >= s_start and unit == "count" \
                and _PLACE_ITEM.fullmatch(text, figures[-1].end, start):
            metric = figures[-1].metric  # "…项目中，南京48个，苏州31个，无锡22个": each place's count of the same
        segment = re.split(r"[，,、；;：:]", clause_before)[-1]  # the words since the last comma
        # "比上届增长12.9%", "较去年提高3.7个、7.3个百分点": this edition's growth; "总投资较上届下降22%": how much a
        # measure fell, as "investment fell 22 percent" is
        own_clause = re.split(r"[，,；;：:]", clause_before)[-1]
        growth = unit in ("percent", "percentage_point") and _GROWTH.search(own_clause)
        if growth:
            metric = _growth_of(text, start, end_pos, own_clause, growth, s_start, figures)
            metric = metric.removesuffix("growth") + "decline" if growth.group("fell") else metric
        # (rates of several measures stay "growth", as "rose 46 percent and 64 percent respectively" does in English)
        elif unit == "percent" and (of := _respectively(text, start, sentence, figures)):
            metric = f"{of} share"
        elif unit == "percent" and (of := _share_of(text, s_start, start, clause_before, figures)):
            # "制造业项目占比超九成", "其中制造业项目712个，占比90.1%": some of the whole ("外资项目…占比": of the foreign-funded
            # ones, as in English; "签约的民营企业项目…占…": of the private firms' projects)
            of = _SIGNED_OF.sub("", of)
            metric = FOREIGN_SHARE if _FOREIGN_PROJECTS.fullmatch(of) else OVERSEAS_SHARE if _OVERSEAS_EXHIBITORS.fullmatch(of) \
                else MANUFACTURING_SHARE if _MANUFACTURING_PROJECTS.fullmatch(of) \
                else _kind_share(of) or f"share of {of}"
        # (a forecast covers its whole clause: "预计邀请院士20余位、嘉宾1200人左右", and the counts of people and
        # companies (and new products) in the clauses after it that do not say what is already so: "预计参展企业400家左右，
        # 邀请嘉宾约800人", "预计将有300余家企业参展，发布新品超过100项";
        # an area or a duration is the edition's plan)
        own = re.split(r"[，,；;：:]", clause_before)[-1]
        # ("展览面积将达13万平方米": the area the edition has booked, a plan as "will cover" is)
        planned_size = metric in ("exhibition_area", "duration_days") \
            and all(m.group() in ("将达", "将超") for m in _FORECAST.finditer(own))
        forecast = (_FORECAST.search(own) and not planned_size) or _TARGET_AFTER.match(text, end_pos) \
            or (metric in BATCHED and (_TO_BE_SIGNED_AFTER.match(text, end_pos)
                                       or (own.endswith("将有") and _SIGNED_AFTER.match(text, end_pos)))) \
            or NEXT_EDITION_ZH.search(text, s_start, start) \
            or ((kind in ("people", "companies") or metric in ("products", "premieres"))
                and (_FORECAST.search(text, s_start, start) or _PLANNED.search(text, s_start, start))
                and not _ALREADY.search(own))
        from_value = _FROM_BEFORE.search(clause_before) is not None and _TO_AFTER.match(text, end_pos) is not None \
            or ("首届" in segment and _THIS_EDITION.search(sentence) is not None)  # ("首届大会参展企业约400家，今年增至641家")
        # (not the count a sentence goes on to, named this year's: "由首届的600余家增加到今年的1542家")
        this_years = _THIS_YEARS_JUST_BEFORE.search(text, max(s_start, start - 16), start) is not None
        scope = "edition" if growth or this_years else "earlier" if _EARLIER.search(segment) or from_value or (
            _EARLIER_OPENS.match(sentence) and not _THIS_EDITION.search(text, s_start, start)) else \
            "expected" if forecast else \
            "cumulative" if ((_CUMULATIVE.search(sentence) or _CUMULATIVE.search(_whole_sentence(text, s_start, start)))
                             and not _RECORD.search(sentence) and not _edition_before_series(text, s_start, start, end_pos)
                             and not _ONE_EDITION_OF_SUM.search(segment)) \
            or _goes_on(text, start) else \
            "edition" if _ONE_EDITION_OF_SUM.search(segment) and (_CUMULATIVE.search(sentence)
                                                                  or _goes_on(text, start, _SOME_OF_IT)) else \
            "part" if _PART.search(segment) or _in_list(text, s_start, start, _NOUNS.get(kind, kind), figures) \
            or (metric != "exhibition_zones" and _PART_AFTER.match(text, end_pos)) \
            or (metric not in ("duration_days", "exhibition_area") and (_ONE_DAY_CLAUSE.search(clause_before)
                                                                   or (_DATED_DOING.match(sentence) and metric not in STANDING
                                                                       and not _WHOLE_WORDS.search(sentence))
                                                                   or (_DAY_LEAD_ZH.match(sentence)
                                                                       and metric not in STANDING
                                                                       and not _RUNNING_TOTAL_ZH.search(segment)))) \
            or ((metric in AUDIENCES or metric in ("visitors_online", "views")) and _ONE_SESSION.search(segment)) \
            or (metric in ("forums", "sub_forums") and _ONE_FORUM.search(text, max(s_start, start - 12), start)) \
            or _DAILY_AVERAGE.search(text, max(s_start, start - 8), start) \
            or (metric in BATCHED and _FOREIGN_PROJECTS.search(segment)) \
            or (metric in BATCHED and (_CLASS_OF_PROJECTS.search(segment) or _KIND_OF_FIRM_SIGNED.search(segment))) \
            or (unit in MONEY_UNITS and _OVER_BEFORE.search(text, max(s_start, start - 4), start)
                and _OF_PROJECTS.match(text, end_pos)) \
            or _SESSION_AUDIENCE.match(text, end_pos) or (metric != "forums" and _FORUM_SUBJECT.search(text, s_start, start)) \
            or (metric in BATCHED and (batch_lead := _CEREMONY_LEAD.match(sentence)) is not None
                and "闭幕式" not in batch_lead.group(0)) \
            or (metric in _CEREMONY_COUNTS and (_CEREMONY_LEAD.match(sentence) or (
                _CEREMONY_LEAD.match(whole := _whole_sentence(text, s_start, start))
                and not _OWN_TIME_ZH.search(re.split(r"[；;]", whole)[-1]))
                or _after_a_ceremony(text, start, _RELEASED_ZH if metric == "reports" else None))) \
            or (metric.startswith("share of ") and metric != FOREIGN_SHARE) \
            or (metric in ("exhibition_area", "visitors") and _named_part(segment)) \
            or _ZONE_LEAD.match(sentence) or _ZONE_SUBJECT.match(sentence) or _ORDERS_TAKEN.search(segment) \
            or _HALL_NUMBER.search(text, s_start, start) \
            or (metric != "duration_days" and _SUBVENUE_LEAD.search(text, s_start, start)) \
            or _PAVILION_LEAD.match(sentence) or (metric in BATCHED and _ADDED_BATCH.search(segment)) \
            or (metric in BATCHED and segment.startswith("新签约") and _ONE_DAY_WORDS.search(sentence)
                and not re.search(r"闭幕|落幕|期间", sentence)) else \
            "part" if (metric in BATCHED and not _RUNNING_TOTAL_ZH.search(segment)
                       and (_batch_of(text, s_start, start, end_pos, len(sentence))
                                              or _ANOTHER.search(text, max(s_start, start - 4), start)
                                              or _LOCAL_BATCH.search(text[s_start:start])
                                              or _REGION_SHARE.search(text, max(s_start, start - 20), start))) \
            or _LOCAL_SHARE.search(text, max(s_start, start - 12), start) \
            or (metric == "exhibition_area" and _ZONE_AREA.search(text, max(0, start - 40), start)) \
            or _HELD_DURING.search(text[s_start:start]) \
            else "edition"
        if (metric in (FOREIGN_SHARE, OVERSEAS_SHARE, MANUFACTURING_SHARE) or metric in _KIND_SHARES) and scope == "part":
            scope = "edition"  # ("其中外资项目79个，占比10.3%": the edition's share, as "accounting for 10.3 percent" is)
        whole_before = _whole_sentence(text, s_start, start)  # (the sentence so far, across its semicolons)
        if scope == "expected" and (_in_own_words(text, start)
                                    or _COMPANY_OWN.search(re.split(r"[，,；;：:。]", clause_before)[-1])):
            scope = "background"  # "“我们公司今年营收有望突破80亿元，”": a company's own hope, not the event's forecast
        elif scope in ("edition", "earlier") and (_PLACE_OWN.search(re.split(r"[，,；;：:。]", clause_before)[-1])
                                   or _in_own_words(text, start)
                                   or _COMPANY_OWN.search(re.split(r"[，,；;：:。]", clause_before)[-1])
                                   or _PRODUCT_SUBJECT.search(text, s_start, start)
                                   or ((_PART_OF_YEAR.search(text, s_start, start) or _A_YEAR.search(text, s_start, start))
                                       and _PLACE_FIRST.search(text, s_start, start))
                                   # (and its list goes on past a semicolon: "前三季度，合肥市地区生产总值9800亿元…；新签约亿元以上项目612个")
                                   or (_PART_OF_YEAR.match(whole_before) and _PLACE_FIRST.search(whole_before)
                                       and not _NAMED_EVENT_ZH.search(whole_before))
                                   or (figures and figures[-1].scope == "background"
                                       and figures[-1].start >= start - len(whole_before)
                                       and not _EVENT_WORD.search(text, figures[-1].end, start)
                                       # (not the exhibition's area after the building's: "展馆总建筑面积30万平方米，展览面积…")
                                       and not (unit == "m2" and "展览面积" in text[figures[-1].end:start]))):
            scope = "background"  # "江苏已累计建成省级智能制造示范工厂295家、智能车间2318个": the host region's own
        elif scope == "part" and figures and figures[-1].scope == "background" and figures[-1].start >= s_start \
                and not _EVENT_WORD.search(text, figures[-1].end, start):
            scope = "background"  # (some of it: "前8个月安徽进出口总值5200亿元，…，其中出口3100亿元")
        if growth and scope == "edition" and figures and figures[-1].start >= s_start \
                and figures[-1].scope in ("background", "earlier") and metric == f"{figures[-1].metric} growth" \
                and not _ON_AN_EARLIER_AMOUNT.fullmatch(own_clause[:growth.start()]):
            scope = figures[-1].scope  # "新能源汽车产量去年达到186万辆，同比增长37%": the growth of that count, as it is
        # (past a comparison with the last edition: "参展企业641家，较上届增加36家，其中世界500强企业43家")
        # (past another item of the list: "其中境外企业132家、世界500强企业57家")
        opener = None
        for opener in _PART_LIST.finditer(text, s_start, start):
            pass
        whole = next((f for f in reversed(figures[-3:]) if f.start >= s_start and f.scope != "earlier"
                      and not f.metric.endswith((" increase", " decrease"))
                      and not (opener is not None and f.start >= opener.end())), None)
        whole = whole if whole is not None and whole.scope == "edition" else None
        # ("参展企业中世界500强企业32家": the whole is named, not counted)
        whole_metric = whole.metric if whole else "exhibitors" if _EXHIBITORS_AMONG.search(segment) else ""
        if metric in ("projects", "projects_signed") and scope in ("edition", "cumulative") \
                and (_UNDER_WAY.match(text, end_pos) or _UNDER_WAY_BEFORE.search(text, max(s_start, start - 16), start)):
            scope = "part"  # "目前已有182个项目开工建设": some of the projects signed, those under way
        # (some of one day's count are that day's: "开幕首日，展馆共接待观众12.6万人次。其中，专业观众4.3万人次")
        # (not of a session's audience: "1200余位嘉宾出席开幕式，其中两院院士40位" are the edition's academicians, as
        # "including 40 academicians" is in English)
        audience = next((f for f in reversed(figures[-3:]) if f.scope == "part" and f.sentence == sentence), None)
        among_a_sessions = metric not in BATCHED and audience is not None and start - audience.end < 60 \
            and _PART_LIST.search(text, audience.end, start) is not None \
            and (_SESSION_AUDIENCE.match(text, audience.end) is not None
                 or (metric in AUDIENCES and audience.metric in AUDIENCES and metric != audience.metric
                     and (_CEREMONY_LEAD.match(sentence) is not None or _after_a_ceremony(text, start))))
        of_a_part = metric not in BATCHED and bool(figures) and figures[-1].scope == "part" \
            and start - figures[-1].end < 40 and _PART_LIST.search(text, figures[-1].end, start) is not None \
            and not among_a_sessions
        if scope == "part" and metric in ("visitors", "visitors_online") and whole is not None \
                and whole.metric == "visitors" and "线上线下" in text[s_start:whole.start] and _ONE_SIDE.search(segment[-8:]):
            # "线上线下参会观众超300万人次，其中线下观众29.1万人次": the halls' visitors among all who took part, each its own
            # measure (a count online and offline not split so stays the visitors')
            figures[figures.index(whole)] = replace(whole, metric="participation")
            whole_metric = "participation"
        if scope == "part" and own_measure(metric, whole_metric) and not (_EVENT_PART.search(segment) or _PART_AFTER.match(text, end_pos)
                                                                   # ("开幕式直播观看人次达860万": one session's viewers)
                                                                   or (metric == "visitors_online" and _ONE_SESSION.search(segment))
                                                                   or _SESSION_AUDIENCE.match(text, end_pos)
                                                                   or ((_CEREMONY_LEAD.match(sentence) or _after_a_ceremony(text, start))
                                                                       and not among_a_sessions)
                                                                   or of_a_part):
            scope = "edition"  # "其中境外企业36家", "包括院士24位": the edition's figure of a measure of its own
        previous = figures[-1] if figures and figures[-1].sentence == sentence else None
        if metric == "countries_regions" and scope == "edition" and previous is not None \
                and previous.metric in ("foreign_projects", "projects_signed") and "来自" in clause_before[-40:]:
            scope = "part"  # "签约外资项目92个，来自…21个国家和地区": where the deals come from, as in English
        # (past where they come from: "签约外资项目92个，来自德国、日本等21个国家和地区，总投资126亿美元")
        signed = next((f for f in reversed(figures[-3:]) if f.sentence == sentence and f.metric != "countries_regions"),
                      None) if previous is not None and previous.metric == "countries_regions" else previous
        if scope in ("edition", "part") and unit in ("CNY", "USD", "EUR") \
                and metric in ("investment", "contract_value", "foreign_investment") \
                and signed is not None and (signed.metric in ("projects_signed", "projects")
                                            and signed.scope in ("expected", "part", "cumulative", "earlier")
                                            or signed.metric == "foreign_projects"):
            # "将签约项目48个，累计投资额175.2亿元", "外资项目94个，总投资580.6亿元": what those projects involve (the
            # foreign-funded ones' a measure of its own)
            whole = next((f for f in reversed(figures[-4:]) if f.sentence == sentence and f.end <= signed.start
                          and f.metric == "projects_signed" and f.scope == "edition"), None) \
                if signed.metric == "foreign_projects" and "总" in segment else None
            if whole is not None and "其中" not in text[whole.end:signed.start]:
                pass  # "签约项目1466个，外资项目121个，总投资1.03万亿元": a list of the edition's, its total the whole's
            else:
                if signed.metric == "foreign_projects":
                    metric = "foreign_investment"
                scope = signed.scope
        if metric == "value" and "签约" in _whole_sentence(text, s_start, start) and _SUM_AFTER_SIGNING.search(segment):
            metric = "contract_value"  # "签约项目193个，比上届减少5个；总金额1725亿元": what the signings are worth
        if previous is not None and previous.unit == unit and previous.qualifier in ("more_than", "at_least", "about") \
                and _BOUND_THEN_VALUE.fullmatch(text, previous.end, start):
            # "总投资额超6000亿元，达6124亿元": the bound, then the value it bounds, one measure
            metric, scope = previous.metric, previous.scope
        elif previous is not None and previous.unit == unit and metric not in _KEYS and _RISEN_TO.search(segment):
            metric = previous.metric  # "去年，大会签约项目1152个，今年增至1207个": the same count, grown
        elif previous is not None and previous.unit == unit and metric not in _KEYS and scope == "earlier" \
                and previous.start >= s_start and _LAST_ONES.fullmatch(segment):
            metric = previous.metric  # "签约项目918个，多于上届的879个", "上届为879个": the same count, last edition's
        if scope == "part" and previous is not None and previous.unit == unit and previous.noun == _NOUNS.get(kind, kind) \
                and metric not in _KEYS and _PART_LIST.search(text[previous.end:start]):
            metric = previous.metric  # "展出产品2605件，其中首发首展236件": some of the products
        if unit not in ("percent", "percentage_point") and (delta := _MORE_THAN_LAST.search(text, max(s_start, start - 12), start)):
            # "参展企业较上届增加70家", "签约项目640个，比上届多28个": how much it grew on the last edition, a measure of its own
            same_unit = next((f for f in reversed(figures[-4:]) if f.start >= s_start and f.unit == unit), None)
            grown = metric if metric in _KEYS or same_unit is None else same_unit.metric  # ("总投资5211亿元，较上届增加47个")
            metric = growth_metric(grown, bool(delta.group(1)), vocabulary)
            scope = "edition"
        if scope == "part" and unit in ("CNY", "USD", "EUR") and previous is not None and previous.unit == "count" \
                and previous.metric in BATCHED and previous.scope == "edition" \
                and _RUNNING_TOTAL_ZH.search(text, max(s_start, previous.start - 12), previous.start) \
                and _WHAT_THEY_INVOLVE.fullmatch(text, previous.end, start):
            scope = "edition"  # "累计签约项目120个，总投资904亿元": what the running total involves
        if metric == "visitors" and _PRE_REGISTERED_ZH.match(text, end_pos):
            metric = "visitors_registered"  # "已有8.6万名观众预约参观": those signed up to come, not those who came
        if unit == "m2" and scope == "edition" and _FLOOR_AREA_ZH.search(clause_before[-12:]):
            scope = "background"  # "展馆总建筑面积30万平方米": the building's, not the exhibition's
        if unit in ("CNY", "USD", "EUR") and metric in ("investment", "contract_value", "value", "money") \
                and scope in ("edition", "part") and _PER_PROJECT_ZH.search(clause_before[-16:]):
            # "平均每个项目投资9.2亿元": what one project brings on average, as in English
            metric, scope = "average investment per project", "edition"
        if metric == "countries_regions" and scope == "edition" and _COUNTRIES_OF_PROJECTS.match(text, end_pos):
            scope = "part"  # "来自德国、日本等15个国家的68个外资项目": where some projects come from, not the event's countries
        qualifier = "more_than" if m.group("approx") or "多" in raw or "余" in raw else _qualifier(before, after[found.end():])
        if range_low and qualifier == "exact":
            qualifier = "at_least"
        elif qualifier == "exact" and _RANGE_BEFORE.search(text, max(0, start - 12), start):
            qualifier = "up_to"  # (the second value of a range)
        if _CORRECTED_TO.search(text, max(0, start - 16), start):
            qualifier = "corrected"  # "…应为“总投资412亿元”", "更正为156个": the value a correction gives
        # ("开幕两天来已经吸引了近十万人次的观众": nearly that many visitors so far, which the final count refines)
        if (qualifier in ("exact", "about") or qualifier == "nearly" and metric in _COME_DAY_BY_DAY) \
                and scope == "edition" and unit not in ("day", "m2") and (_runs(_whole_sentence(text, s_start, start))
                                                               or (metric in _COME_DAY_BY_DAY and _SO_FAR_RECEIVED.search(
                                                                   clause_before) and not _WHOLE_RUN.search(sentence)
                                                                   and qualifier != "nearly")):
            # ("线下累计接待观众20万人次": received so far, in a sentence that says nothing of the close; not "累计接待观众
            # 近29万人次" without a word of so far: nearly that many, which "28.9万人次" then refines)
            qualifier = "at_least"
        if qualifier in ("exact", "about") and scope == "edition" and metric in AUDIENCES \
                and (_SESSION_GUESTS_AMONG.search(text, s_start, start) or among_a_sessions):
            # "出席…开幕式的嘉宾中，有两院院士25位", "1200余位嘉宾出席开幕式，其中两院院士40位": among the guests of one
            # session, so the edition had at least those
            qualifier = "at_least"
        elif qualifier in ("exact", "about") and scope in ("edition", "part") and metric == "academicians" \
                and ("开幕式" in text[s_start:start]
                     or (_after_a_ceremony(text, start) and "开幕式" in text[max(0, start - 300):start])) \
                and not re.search(r"闭幕式|分会场|分论坛", text[s_start:start]):
            # "开幕式上，21位两院院士…出席": those at the opening, so the edition had at least those (as in English)
            scope, qualifier = "edition", "at_least"
        if scope == "edition":
            qualifier = only_growing(metric, qualifier)  # ("线上直播观看量达2860万人次", then 3010万: refined)
        if unit in MONEY_UNITS and figures and figures[-1].unit in MONEY_UNITS and figures[-1].unit != unit \
                and figures[-1].scope == scope and _CONVERTED_ZH.fullmatch(text, figures[-1].end, start):
            # "总投资1.02万亿元（约合1430亿美元）": the same amount at some exchange rate, never a change of it
            scope, metric = "converted", figures[-1].metric
        noun = _NOUNS.get(kind, kind)
        figures.append(Figure(text[start:end_pos], start, end_pos, sentence, float(f"{value:.12g}"), unit, noun,
                              qualifier, metric, scope))
    return figures


# "第二天，又签约项目52个，…，累计签约项目120个": the running total, not that day's
_RUNNING_TOTAL_ZH = re.compile(r"累计|总计|共计签约|至今|以来")
_WHAT_THEY_INVOLVE = re.compile(r"[个项]?[，,、]\s*(?:计划)?(?:总投资|投资总?额|总金额|签约(?:总?金?额))(?:达到?|约为?|超过?|逾|近|为|共计?)?")
_PRE_REGISTERED_ZH = re.compile(r"[^，,。；;]{0,8}?(?:预约|预登记|报名)(?:参观|观展|入场|参会)?")
_BOUND_THEN_VALUE = re.compile(r"[，,]\s*(?:达到?|为|共计?|合计|具体为)")
# what stands between an amount and the same in another currency: "（约合", "，折合", "(合"
_CONVERTED_ZH = re.compile(r"\s*[（(，,]?\s*(?:约合|折合|合|约|相当于)(?:人民币|美元)?(?:约|大约)?\s*")  # ("，折合人民币约913亿元")
_COME_DAY_BY_DAY = frozenset({"visitors", "trade_visitors", "visitors_online", "views"})
# (and on an earlier count of this edition: "参展企业较开幕时增加22家，达到672家")
_MORE_THAN_LAST = re.compile(r"(?:较|比)(?:上届|去年|上年|往届|上一届|(?:19|20)\d\d年|开幕时|开幕当天|开幕首日|首日|昨天|昨日|前一天|前一日)?"
                             r"(?:(减少|下降|少)|增加|增长|多出?|扩大|新增)了?$")
_COUNTRIES_OF_PROJECTS = re.compile(r"(?:和地区)?的[^，,。；;]{0,12}?项目")
# one named zone's area ("智能制造展区面积达2万平方米") or one kind of visitor ("普通观众11.5万人次"), not the whole
_NAMED_ZONE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8})展区(?:的)?(?:面积|总面积)?(?:达到?|为|约|超过|超|逾|近)?$")
_VISITOR_KIND = re.compile(r"(?:普通|公众|一般|市民)观众(?:达|为|约|超过|超)?$")


def _named_part(segment: str) -> bool:
    zone = _NAMED_ZONE.search(segment)
    if zone is not None and not zone.group("name").endswith(("大会", "展会", "博览会", "本届", "整个", "全部", "设置", "共设",
                                                             "线上", "线下", "室内", "室外", "总")):
        return True
    return _VISITOR_KIND.search(segment) is not None


# a correction: "“总投资421亿元”应为“总投资412亿元”", "签约项目数更正为156个"
# inside book-title marks: the words of a title (an article's, a report's, a policy's)
_IN_TITLE_MARKS = re.compile(r"《[^《》\n]{0,38}$")
_TITLE_CLOSES = re.compile(r"[^《》\n]{0,30}》")
# the end of a story's title quoted by a correction: "本社播发的“世界智能制造大会闭幕 签约项目201个”一稿中"
_QUOTED_STORY = re.compile(r"[^“”\n]{0,30}”\s*(?:一稿|一文|稿件|消息|报道)")
# ("“总投资2456亿元”有误，应为…": said wrong first)
_TAKEN_BACK = re.compile(r"[^“”\"。；;]{0,8}[”\"]\s*(?:(?:有误|错误|不准确|系笔误)[，,]?\s*)?(?:应为|应是|应更正为|更正为)")
_CORRECTED_TO = re.compile(r"(?:应为|应是|更正为|修正为)[“\"]?[^“”\"。；;，,]{0,10}$")


def is_chinese(text: str) -> bool:
    """Mostly Chinese: worth reading with this extractor."""
    sample = text[:20_000]
    return len(CJK_RUN.findall(sample)) > 0.3 * max(1, len(re.findall(r"\S", sample)))
