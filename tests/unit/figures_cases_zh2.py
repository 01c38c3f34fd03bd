"""A second Chinese set, written after the first was in use, to measure extraction on sentences no rule was
written from: (text, [(value, unit, metric), ...]), metric None meaning any metric."""
Y, W, WY = 1e8, 1e4, 1e12

CASES_ZH2 = [
    ("2025世界制造业大会于9月24日在合肥闭幕，共签约项目612个，总投资4873亿元。",
     [(612, "count", "projects_signed"), (4873 * Y, "CNY", "investment")]),
    ("开幕式上集中签约86个重大项目，总金额612亿元。", [(86, "count", "projects_signed"), (612 * Y, "CNY", None)]),
    ("本届大会展览面积7.5万平方米，设8个展馆。", [(7.5 * W, "m2", "exhibition_area"), (8, "count", None)]),
    ("来自38个国家和地区的1600余家企业参展。", [(38, "count", "countries_regions"), (1600, "count", None)]),
    ("大会吸引线上观众逾2300万人次。", [(2300 * W, "count", None)]),
    ("现场观众累计超过22万人次。", [(22 * W, "count", "visitors")]),
    ("40余位两院院士和近百位知名企业家出席。", [(40, "count", "academicians"), (100, "count", None)]),
    ("其中世界500强企业27家。", [(27, "count", "fortune500")]),
    ("大会为期五天，共举办35场论坛和60余场发布活动。",
     [(5, "day", "duration_days"), (35, "count", "forums"), (60, "count", None)]),
    ("自2018年以来，大会累计签约项目4252个。", [(4252, "count", "projects_signed")]),
    ("合肥市规上工业增加值同比增长9.1%。", [(9.1, "percent", None)]),
    ("单个项目投资额最高达120亿元。", [(120 * Y, "CNY", None)]),
    # written later: media outlets are not companies, a growth rate over the last edition is this edition's
    ("闭幕式上公布，40余家媒体参与报道，共签约项目576个。", [(40, "count", "media outlets"), (576, "count", "projects_signed")]),
    ("全部签约项目总投资达6573.3亿元，比上届增长12.9%。", [(6573.3 * Y, "CNY", "investment"), (12.9, "percent", "investment growth")]),
    # nothing here
    ("第八届世界制造业大会将于明年9月举行。", []),
    ("咨询电话：0551-63355555。", []),
    ("大会聚焦5G、人工智能和“十五五”规划。", []),
]
