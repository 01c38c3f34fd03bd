"""Hand-annotated Chinese figures, in sentences written for these tests: (text, [(value, unit, metric), ...]).

Values have their 万/亿 scale applied; metric None means "any metric". The last group must yield nothing.
"""
Y, W, WY = 1e8, 1e4, 1e12

CASES_ZH = [
    # signings and money
    ("2020世界智能制造大会闭幕，现场签约重点项目30个，总金额536.3亿元。",
     [(30, "count", "projects_signed"), (536.3 * Y, "CNY", "contract_value")]),
    ("大会期间共签约项目512个，签约总额800亿元人民币。",
     [(512, "count", "projects_signed"), (800 * Y, "CNY", "contract_value")]),
    ("本届大会集中签约项目175个，计划总投资1200亿元。",
     [(175, "count", "projects_signed"), (1200 * Y, "CNY", "investment")]),
    ("历届大会累计签约项目3021个，总投资超过1.2万亿元。",
     [(3021, "count", "projects_signed"), (1.2 * WY, "CNY", "investment")]),
    ("签约外资项目42个，合同外资约15.6亿美元。", [(42, "count", "foreign_projects"), (15.6 * Y, "USD", None)]),
    ("其中制造业项目412个，占比超过八成。", [(412, "count", None), (80, "percent", None)]),  # 八成: eight tenths
    ("项目总投资达5336.8亿元，平均每个项目投资超10亿元。",
     [(5336.8 * Y, "CNY", "investment"), (10 * Y, "CNY", "average investment per project")]),  # (what one brings)
    ("一批投资一千多万元的小项目也同时落地。", [(1000 * W, "CNY", "investment")]),
    ("成交额约为3.2亿元，同比增长近三成。", [(3.2 * Y, "CNY", "contract_value"), (30, "percent", "investment growth")]),
    # exhibitors, companies, people
    ("本届大会吸引了超过200家企业参展，展览面积3.6万平方米。",
     [(200, "count", "exhibitors"), (3.6 * W, "m2", "exhibition_area")]),
    ("大会共有263家企业参展，其中世界500强企业51家。", [(263, "count", "exhibitors"), (51, "count", "fortune500")]),
    ("近10个国家和地区的2万余名嘉宾参会。", [(10, "count", "countries_regions"), (2 * W, "count", "guests")]),
    ("参会的院士有24位，专家学者100余人。", [(24, "count", "academicians"), (100, "count", None)]),
    ("来自40多个国家和地区的1400余名境外嘉宾出席开幕式。",
     [(40, "count", "countries_regions"), (1400, "count", "overseas_guests")]),
    ("展会期间观众超过35万人次。", [(35 * W, "count", "visitors")]),
    ("网络直播累计观看人数达到1.2亿人次。", [(1.2 * Y, "count", "visitors_online")]),
    ("全市新增规模以上工业企业25万6千家。", [(256000, "count", "companies")]),
    ("共有二十五万六千名市民参与线上投票。", [(256000, "count", None)]),
    ("中外参展商一千二百家，展位约六千个。", [(1200, "count", "exhibitors"), (6000, "count", None)]),
    ("主论坛之外还举办了16场专题论坛和40余场配套活动。", [(16, "count", "sub_forums"), (40, "count", "supporting_activities")]),
    # area, duration, products
    ("主展馆面积约5万平方米，另设2个户外展区。", [(5 * W, "m2", "exhibition_area"), (2, "count", None)]),
    ("其中机器人展区占地8000平方米。", [(8000, "m2", "exhibition_area")]),
    ("大会为期三天，于11月28日闭幕。", [(3, "day", "duration_days")]),
    ("展会为期4天。", [(4, "day", "duration_days")]),
    ("现场展出智能装备和新产品600余件。", [(600, "count", None)]),
    ("首发新品超过120款，其中30款为全球首发。", [(120, "count", None), (30, "count", None)]),
    # more money forms
    ("全年实现产值3.5万亿元，增长6.5%。", [(3.5 * WY, "CNY", None), (6.5, "percent", None)]),
    ("该基金规模为50亿元人民币。", [(50 * Y, "CNY", None)]),
    ("外资企业投资额逾8亿美元。", [(8 * Y, "USD", "investment")]),
    ("合肥市签约项目68个，总投资2400亿元；南京签约项目45个。",
     [(68, "count", "projects_signed"), (2400 * Y, "CNY", "investment"), (45, "count", "projects_signed")]),
    # (the trade visitors, a count of their own among the visitors)
    ("本次展会共吸引专业观众5.8万人次，采购商3000余家。", [(5.8 * W, "count", "trade_visitors"), (3000, "count", None)]),
    # more of each kind
    ("首届大会于2018年举办，当年签约项目430余个，投资额4471亿元。",
     [(430, "count", "projects_signed"), (4471 * Y, "CNY", "investment")]),
    ("2019年大会共有800多家企业参展，参观人数超过15万人次。",
     [(800, "count", "exhibitors"), (15 * W, "count", "visitors")]),
    ("据统计，本届大会共有来自52个国家和地区的3000余名代表参会。",
     [(52, "count", "countries_regions"), (3000, "count", "guests")]),
    ("开幕式上，19个重大项目集中签约，签约金额达420亿元。",
     [(19, "count", "projects_signed"), (420 * Y, "CNY", "contract_value")]),
    ("展会总面积约6万平方米，设有8个主题展区。", [(6 * W, "m2", "exhibition_area"), (8, "count", None)]),
    ("共有150家企业发布了200余项新技术。", [(150, "count", "companies"), (200, "count", None)]),
    ("线上展会访问量突破3000万次。", [(3000 * W, "count", "visitors_online")]),
    ("大会期间将举办30余场平行论坛。", [(30, "count", "sub_forums")]),
    ("与会院士十二位、海外嘉宾三百余名。", [(12, "count", "academicians"), (300, "count", "overseas_guests")]),
    ("省内企业投资额约为2.5万亿元。", [(2.5 * WY, "CNY", "investment")]),
    # nothing here
    ("第七届世界制造业大会于2024年9月20日在合肥开幕。", []),
    ("十四五期间，安徽将加快建设制造强省。", []),
    ("5G工厂和6G实验室同步亮相。", []),
    ("咨询电话：0551-63456789。", []),
    ("大会将于明年举办，地点在合肥滨湖国际会展中心3号馆。", []),
    ("会议在上午9时30分开始，持续到下午5点。", []),
    ("这是一个令人振奋的消息。", []),
]
