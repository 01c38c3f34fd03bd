"""A week of coverage of one convention, in publication order, with the flag each figure should get.

Written in the style of the wire, state-media and press-release coverage: an opening-day story, a press release and
its reprint, a closing-day summary, a later feature that cites last year's numbers, the province's own figures and a
forecast. GOLD maps (article number, value, unit) to the status the reviewer should see: "new", "known", "changed"
(then also the kind), or "skip" for a number that is no figure of this edition (it may be stored under another
edition, or not at all, but must never be flagged changed against this edition's figures).
"""


def doc(date: str, title: str, body: str) -> str:
    return f" date {date} {title}\n\n{body}\n"


B = 1e9

STORY = [
    # 0: the eve of the opening
    doc("2025-09-18", "Hefei ready to host World Manufacturing Convention",
        "HEFEI, Sept. 18 (Xinhua) -- The 2025 World Manufacturing Convention will open in Hefei, capital of east "
        "China's Anhui Province, on Saturday. More than 1,500 enterprises have registered to exhibit, and the "
        "exhibition will cover 75,000 square meters. Organizers expect over 100,000 visitors during the "
        "five-day event."),
    # 1: opening day, wire
    doc("2025-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2025 World Manufacturing Convention opened in Hefei on Saturday. Some 1,600 "
        "enterprises are exhibiting, 27 of them Fortune Global 500 companies. The robotics hall alone covers "
        "9,000 square meters. At the opening ceremony, 86 projects worth 61.2 billion yuan were signed."),
    # 2: press release
    doc("2025-09-21", "2025 World Manufacturing Convention Draws Global Manufacturers to Hefei",
        "HEFEI, China, Sept. 21, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention (WMC), held in Hefei "
        "from September 20 to 24, has gathered more than 1,600 exhibitors from 38 countries and regions. The "
        "exhibition spans 75,000 square meters across eight halls. Since its launch in 2018, the convention has "
        "seen 3,640 projects signed."),
    # 3: the same release on a reprint site
    doc("2025-09-21", "2025 World Manufacturing Convention Draws Global Manufacturers to Hefei",
        "HEFEI, China, Sept. 21, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention (WMC), held in Hefei "
        "from September 20 to 24, has gathered more than 1,600 exhibitors from 38 countries and regions. The "
        "exhibition spans 75,000 square meters across eight halls. Since its launch in 2018, the convention has "
        "seen 3,640 projects signed.\nView original content: prnewswire.com"),
    # 4: closing day summary
    doc("2025-09-24", "World Manufacturing Convention closes with 612 projects signed",
        "HEFEI, Sept. 24 (Xinhua) -- The 2025 World Manufacturing Convention closed in Hefei on Wednesday, with "
        "612 projects signed at a total investment of 487.3 billion yuan. The five-day event drew 1,652 "
        "exhibitors from 38 countries and regions and 226,000 visitors. Since 2018, the convention has seen 4,252 "
        "projects signed."),
    # 5: a feature a week later, citing last year's convention and the province
    doc("2025-10-02", "How Hefei became a manufacturing magnet",
        "HEFEI -- At the World Manufacturing Convention in Hefei last month, 612 projects were signed. That was up "
        "from 545 projects at last year's convention. Anhui's industrial output grew 9.1 percent in the first "
        "eight months. The 2025 convention drew about 1,650 exhibitors."),
    # 6: a later correction of the visitor count in a state-media round-up
    doc("2025-10-05", "WMC 2025 in numbers",
        "HEFEI -- Final tallies of the 2025 World Manufacturing Convention in Hefei show 231,000 visitors over "
        "the five days. Signed projects stood at 612, with total investment of 487.3 billion yuan."),
]

# (article, value, unit): expected status ("new", "known", "changed:refined", "changed:conflict", "skip")
GOLD = {
    (0, 1500, "count"): "new",             # registered exhibitors (a forecast of sorts, first report)
    (0, 75000, "m2"): "new",
    (0, 100000, "count"): "skip",          # expected visitors: a forecast
    (0, 5, "day"): "new",
    (1, 1600, "count"): "changed:refined",  # "more than 1,500" -> "some 1,600"
    (1, 27, "count"): "new",
    (1, 9000, "m2"): "new",                # a part: never compared with the total area
    (1, 86, "count"): "new",               # signed at the opening ceremony: a part, first report
    (1, 61.2 * B, "CNY"): "new",
    (2, 1600, "count"): "known",
    (2, 38, "count"): "new",
    (2, 75000, "m2"): "known",
    (2, 8, "count"): "new",
    (2, 3640, "count"): "new",             # cumulative
    (3, 1600, "count"): "known",
    (3, 38, "count"): "known",
    (3, 75000, "m2"): "known",
    (3, 8, "count"): "known",
    (3, 3640, "count"): "known",
    (4, 612, "count"): "new",
    (4, 487.3 * B, "CNY"): "new",
    (4, 5, "day"): "known",
    (4, 1652, "count"): "changed:refined",  # "more than 1,600" -> 1,652
    (4, 38, "count"): "known",
    (4, 226000, "count"): "new",
    (4, 4252, "count"): "changed:conflict",  # cumulative 3,640 -> 4,252: the tally moved on
    (5, 612, "count"): "known",
    (5, 545, "count"): "skip",             # last year's
    (5, 9.1, "percent"): "skip",           # the province's, not the convention's
    (5, 8, "other"): "skip",               # "the first eight months": a period
    (5, 1650, "count"): "known",           # "about 1,650" ~ 1,652
    (6, 231000, "count"): "changed:conflict",
    (6, 5, "day"): "known",
    (6, 612, "count"): "known",
    (6, 487.3 * B, "CNY"): "known",
}


# A second story, written after the first was in use: the Nanjing conference, five days of coverage.
STORY_WIMC = [
    # 0: preview on a state-media site
    doc("2025-11-25", "Nanjing to host World Intelligent Manufacturing Conference",
        "NANJING, Nov. 25 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference will open in Nanjing, "
        "capital of east China's Jiangsu Province, on Thursday. Around 300 companies will exhibit across "
        "40,000 square meters, and organizers aim to sign more than 50 projects."),
    # 1: opening day
    doc("2025-11-27", "World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Nov. 27 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference opened in Nanjing on "
        "Thursday, with 312 companies exhibiting, 48 of them Fortune Global 500 firms. The three-day event "
        "covers 40,000 square meters. Its robotics pavilion alone spans 6,000 square meters."),
    # 2: a press release the next day
    doc("2025-11-28", "WIMC 2025 Showcases Humanoid Robots in Nanjing",
        "NANJING, China, Nov. 28, 2025 /PRNewswire/ -- The World Intelligent Manufacturing Conference 2025 "
        "has brought together over 300 exhibitors in Nanjing. More than 1,000 products are on show, including "
        "120 humanoid robots. Since 2016, the conference has signed 1,128 projects."),
    # 3: closing day
    doc("2025-11-29", "World Intelligent Manufacturing Conference closes with 62 deals",
        "NANJING, Nov. 29 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference closed in Nanjing on "
        "Saturday. A total of 62 projects worth 48.6 billion yuan were signed, organizers said, and 318 "
        "companies took part in the exhibition. Since 2016, the conference has signed 1,190 projects."),
    # 4: a feature a few days later
    doc("2025-12-03", "What Nanjing's smart manufacturing conference showed",
        "NANJING -- Last week's World Intelligent Manufacturing Conference in Nanjing signed 62 projects worth "
        "nearly 50 billion yuan. Some 320 companies exhibited, compared with 290 a year earlier, and about "
        "40 percent of the exhibits were shown for the first time."),
]

GOLD_WIMC = {
    (0, 300, "count"): "new",
    (0, 40000, "m2"): "new",
    (0, 50, "count"): "skip",              # a target, not a result
    (1, 312, "count"): "changed:refined",   # "around 300" -> 312
    (1, 48, "count"): "new",
    (1, 3, "day"): "new",
    (1, 40000, "m2"): "known",
    (1, 6000, "m2"): "new",                # a part
    (2, 300, "count"): "known",             # "over 300" after 312: a rounder restatement
    (2, 1000, "count"): "new",
    (2, 120, "count"): "new",
    (2, 1128, "count"): "new",
    (3, 62, "count"): "new",
    (3, 48.6e9, "CNY"): "new",
    (3, 318, "count"): "changed:conflict",  # 312 exhibiting at the opening, 318 at the close
    (3, 1190, "count"): "changed:conflict",
    (4, 62, "count"): "known",
    (4, 50e9, "CNY"): "known",              # "nearly 50 billion" after 48.6 billion
    (4, 320, "count"): "known",             # "some 320" after 318
    (4, 290, "count"): "skip",              # last year's
    (4, 40, "percent"): "new",
}

# A third story, written after the second was in use: the Hefei convention of 2023 from the eve to a revised tally
# two weeks later, with a release and its reprint, a headline that says "exhibitors" where the text says
# "companies", the opening ceremony's batch of signings, and a feature that rounds and cites last year.
STORY_WMC23 = [
    # 0: the eve
    doc("2023-09-18", "Hefei to host 2023 WMC with over 500 exhibitors",
        "The 2023 World Manufacturing Convention will be held in Hefei from Wednesday to Saturday, with more than "
        "500 companies set to exhibit over 60,000 square meters, the organizing committee said on Monday. Roughly "
        "4,000 guests are expected to attend."),
    # 1: opening day, wire
    doc("2023-09-20", "2023 World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2023 World Manufacturing Convention opened on Wednesday in Hefei, capital "
        "of east China's Anhui Province. More than 500 enterprises, 39 of them Fortune Global 500 companies, are "
        "showing their products, and the exhibition covers 60,000 square meters. Some 166 projects with a total "
        "investment of 140.9 billion yuan were signed at the opening ceremony."),
    # 2: press release
    doc("2023-09-21", "2023 World Manufacturing Convention Opens in Hefei with 166 Projects Signed",
        "HEFEI, China, Sept. 21, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention kicked off in Hefei "
        "on September 20. At the opening ceremony, 166 projects were signed, with investment totaling 140.9 "
        "billion yuan. The four-day event features 10 exhibition halls and more than 30 forums and matchmaking "
        "activities."),
    # 3: the release on a reprint site
    doc("2023-09-21", "2023 World Manufacturing Convention Opens in Hefei with 166 Projects Signed",
        "HEFEI, China, Sept. 21, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention kicked off in Hefei "
        "on September 20. At the opening ceremony, 166 projects were signed, with investment totaling 140.9 "
        "billion yuan. The four-day event features 10 exhibition halls and more than 30 forums and matchmaking "
        "activities.\nView original content: prnewswire.com"),
    # 4: closing day, wire
    doc("2023-09-23", "WMC 2023 closes with 754 projects signed",
        "HEFEI, Sept. 23 (Xinhua) -- The 2023 World Manufacturing Convention closed on Saturday in Hefei, with 754 "
        "projects signed and a total investment of 594.1 billion yuan, according to the organizing committee. "
        "The convention attracted 518 exhibitors and more than 260,000 visitors over four days."),
    # 5: a feature
    doc("2023-09-26", "Hefei convention draws record deals",
        "HEFEI -- The 2023 World Manufacturing Convention in Hefei concluded with 754 signed projects worth about "
        "594 billion yuan, up from 636 projects at last year's convention. Since 2018, the convention has signed "
        "3,021 projects. About 520 exhibitors attended, organizers said."),
    # 6: revised tallies
    doc("2023-10-08", "Final figures of WMC 2023: 284,000 visitors, 755 projects",
        "HEFEI -- The organizing committee of the 2023 World Manufacturing Convention on Sunday revised its "
        "tallies: 284,000 people visited the four-day convention, and the number of signed projects was 755 after "
        "one late agreement."),
]

GOLD_WMC23 = {
    (0, 500, "count"): "new",
    (0, 60000, "m2"): "new",
    (0, 4000, "count"): "new",             # expected guests
    (1, 500, "count"): "known",
    (1, 39, "count"): "new",
    (1, 60000, "m2"): "known",
    (1, 166, "count"): "new",              # the opening ceremony's batch
    (1, 140.9 * B, "CNY"): "new",
    (2, 166, "count"): "known",
    (2, 140.9 * B, "CNY"): "known",
    (2, 4, "day"): "new",
    (2, 10, "count"): "new",
    (2, 30, "count"): "new",
    (3, 166, "count"): "known",            # the reprint
    (3, 140.9 * B, "CNY"): "known",
    (3, 4, "day"): "known",
    (3, 10, "count"): "known",
    (3, 30, "count"): "known",
    (4, 754, "count"): "new",              # the edition's total (the opening's 166 were a batch)
    (4, 594.1 * B, "CNY"): "new",
    (4, 518, "count"): "changed:refined",  # "over 500 exhibitors" on the eve
    (4, 260000, "count"): "new",
    (4, 4, "day"): "known",
    (5, 754, "count"): "known",
    (5, 594 * B, "CNY"): "known",          # "about 594 billion" after 594.1 billion
    (5, 636, "count"): "skip",             # last year's
    (5, 3021, "count"): "new",
    (5, 520, "count"): "known",            # "about 520" after 518
    (6, 284000, "count"): "changed:refined",   # "more than 260,000", then the final count
    (6, 755, "count"): "changed:conflict",     # 754, then 755
    (6, 4, "day"): "known",
}

# The 2024 convention in Hefei, in publication order: the eve's program with running totals carried over two
# sentences, the opening day, the province's Chinese results release, the English wire story a day later, its
# reprint, a rounded headline, and a later correction. Our own words, with the published figures.
STORY_WMC24 = [
    # 0: a briefing two weeks before
    doc("2024-09-05", "France to be guest of honor at Hefei manufacturing convention",
        "HEFEI, Sept. 5 (Xinhua) -- The 2024 World Manufacturing Convention will open on Sept. 20 in Hefei, capital "
        "of Anhui Province, and last four days. Around 1,000 guests from home and abroad will attend, and the "
        "exhibition hall will cover 20,000 square meters. Held every year since 2018, the convention has drawn more "
        "than 600 executives of Fortune 500 companies. Over 3,600 projects have been signed there, with actual "
        "investment topping 1.5 trillion yuan."),
    # 1: the opening day
    doc("2024-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2024 World Manufacturing Convention opened on Friday in Hefei. The four-day "
        "event has an exhibition area of 20,000 square meters, and around 1,000 guests will attend. Held since "
        "2018, the convention has drawn more than 600 Fortune 500 executives to date. More than 3,600 projects "
        "have been signed at it, bringing actual investment of over 1.5 trillion yuan (about 212 billion US "
        "dollars)."),
    # 2: the province's results release, in Chinese
    doc("2024-09-26", "2024世界制造业大会成果发布",
        "新华社合肥9月26日电 2024世界制造业大会成果发布会26日在合肥举行。本届大会共签约项目718个，总投资3692亿元，"
        "其中制造业项目679个、投资额3273亿元。\n\n大会展览面积2万平方米，451家企业参展，展出产品2605件，其中首发首展236件。"
        "来自41个国家和地区的嘉宾参会。"),
    # 3: the English wire story the next day
    doc("2024-09-27", "Projects worth 369.2 bln yuan signed at World Manufacturing Convention",
        "HEFEI, Sept. 26 (Xinhua) -- A total of 718 projects with a combined investment of 369.2 billion yuan "
        "(about 52.48 billion U.S. dollars) were signed at the 2024 World Manufacturing Convention in Hefei. Among "
        "these, 679 are manufacturing projects with investment of 327.3 billion yuan. The convention had an "
        "exhibition area of 20,000 square meters, where 451 exhibitors showed 2,605 products, 236 of them for the "
        "first time. Guests came from 41 countries and regions."),
    # 4: the same story on another site two days later
    doc("2024-09-29", "Projects worth 369.2 bln yuan signed at World Manufacturing Convention",
        "HEFEI, Sept. 26 (Xinhua) -- A total of 718 projects with a combined investment of 369.2 billion yuan "
        "(about 52.48 billion U.S. dollars) were signed at the 2024 World Manufacturing Convention in Hefei. Among "
        "these, 679 are manufacturing projects with investment of 327.3 billion yuan. The convention had an "
        "exhibition area of 20,000 square meters, where 451 exhibitors showed 2,605 products, 236 of them for the "
        "first time. Guests came from 41 countries and regions."),
    # 5: a business daily's short item with rounded figures
    doc("2024-09-30", "Hefei convention deals top 52 bln USD",
        "HEFEI -- Deals signed at the 2024 World Manufacturing Convention in Hefei are worth over 52 billion US "
        "dollars: 718 projects with investment of 369 billion yuan."),
    # 6: a correction of the final tally
    doc("2024-10-10", "WMC 2024 final tally",
        "HEFEI -- Final figures from the 2024 World Manufacturing Convention in Hefei show 723 projects signed, "
        "with investment of 371.5 billion yuan. The exhibition drew 451 exhibitors."),
]

GOLD_WMC24 = {
    (0, 4, "day"): "new",
    (0, 1000, "count"): "new",             # expected guests
    (0, 20000, "m2"): "new",
    (0, 600, "count"): "new",              # running total of executives
    (0, 3600, "count"): "new",             # running total of projects: carried from the sentence before
    (0, 1.5e12, "CNY"): "new",
    (1, 4, "day"): "known",
    (1, 20000, "m2"): "known",
    (1, 1000, "count"): "known",
    (1, 600, "count"): "known",
    (1, 3600, "count"): "known",
    (1, 1.5e12, "CNY"): "known",
    (1, 212 * B, "USD"): "new",
    (2, 718, "count"): "new",
    (2, 369.2 * B, "CNY"): "new",
    (2, 679, "count"): "new",              # a part: the manufacturing projects
    (2, 327.3 * B, "CNY"): "new",
    (2, 20000, "m2"): "known",
    (2, 451, "count"): "new",
    (2, 2605, "count"): "new",
    (2, 236, "count"): "new",
    (2, 41, "count"): "new",
    (3, 718, "count"): "known",
    (3, 369.2 * B, "CNY"): "known",
    (3, 52.48 * B, "USD"): "new",
    (3, 679, "count"): "known",
    (3, 327.3 * B, "CNY"): "known",
    (3, 20000, "m2"): "known",
    (3, 451, "count"): "known",
    (3, 2605, "count"): "known",
    (3, 236, "count"): "known",
    (3, 41, "count"): "known",
    (4, 718, "count"): "known",            # the reprint
    (4, 369.2 * B, "CNY"): "known",
    (4, 52.48 * B, "USD"): "known",
    (4, 451, "count"): "known",
    (5, 52 * B, "USD"): "known",           # "over 52 billion" after 52.48 billion
    (5, 718, "count"): "known",
    (5, 369 * B, "CNY"): "known",          # 369 billion after 369.2 billion
    (6, 723, "count"): "changed:conflict",
    (6, 371.5 * B, "CNY"): "changed:conflict",
    (6, 451, "count"): "known",
}

# A conference in Nanjing (a made-up 2025 edition, in our own words), written before the code was run on it:
# a preview with a running total, the opening in Chinese, a release and its reprint rounding the opening's
# counts, the closing wire story with last year's count, a feature with rounded and new figures, and a final
# tally in Chinese.
STORY_WIMC25 = [
    doc("2025-11-10", "Nanjing to host intelligent manufacturing conference",
        "NANJING, Nov. 10 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference will be held in Nanjing "
        "from Nov. 27 to 29. Some 280 companies have signed up to exhibit on 45,000 square meters, and more than "
        "50 academicians are expected. Since it was first held in 2016, the conference has drawn over 2,000 "
        "exhibitors in total."),
    doc("2025-11-27", "2025世界智能制造大会在南京开幕",
        "新华社南京11月27日电 2025世界智能制造大会27日在南京开幕。本届大会为期三天，展览面积4.5万平方米，共有296家企业参展，"
        "其中世界500强企业36家。开幕式上，签约重大项目28个，总投资312亿元。"),
    doc("2025-11-28", "World Intelligent Manufacturing Conference Opens in Nanjing",
        "NANJING, China, Nov. 28, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference opened "
        "in Nanjing on Nov. 27 with nearly 300 exhibitors, 36 of them Fortune Global 500 companies, across 45,000 "
        "square meters. At the opening ceremony, 28 major projects worth 31.2 billion yuan were signed."),
    doc("2025-11-29", "World Intelligent Manufacturing Conference Opens in Nanjing",
        "NANJING, China, Nov. 28, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference opened "
        "in Nanjing on Nov. 27 with nearly 300 exhibitors, 36 of them Fortune Global 500 companies, across 45,000 "
        "square meters. At the opening ceremony, 28 major projects worth 31.2 billion yuan were signed."),
    doc("2025-11-30", "Intelligent manufacturing conference closes in Nanjing",
        "NANJING, Nov. 29 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference closed on Saturday in "
        "Nanjing. During the three days, 96 projects with a total investment of 86.4 billion yuan were signed, and "
        "the exhibition received 152,000 visitors. The 296 exhibitors showed more than 1,500 products. Last year, "
        "the conference signed 81 projects."),
    doc("2025-12-03", "Nanjing's smart factories draw global buyers",
        "NANJING -- At this year's World Intelligent Manufacturing Conference in Nanjing, 96 projects were signed, "
        "with investment of about 86 billion yuan, up from 81 projects in 2024. Visitors topped 150,000, and online "
        "views of the livestreams reached 23 million."),
    doc("2025-12-10", "2025世界智能制造大会最终统计",
        "记者从大会组委会获悉，2025世界智能制造大会最终统计观众达15.8万人次，签约项目96个，总投资864亿元。"),
]

GOLD_WIMC25 = {
    (0, 280, "count"): "new",
    (0, 45000, "m2"): "new",
    (0, 50, "count"): "new",               # academicians expected
    (0, 2000, "count"): "new",             # running total of exhibitors
    (1, 3, "day"): "new",
    (1, 45000, "m2"): "known",
    (1, 296, "count"): "changed:refined",  # "some 280" on the eve
    (1, 36, "count"): "new",
    (1, 28, "count"): "new",               # the opening ceremony's batch
    (1, 31.2 * B, "CNY"): "new",
    (2, 300, "count"): "known",            # "nearly 300" after 296
    (2, 36, "count"): "known",
    (2, 45000, "m2"): "known",
    (2, 28, "count"): "known",
    (2, 31.2 * B, "CNY"): "known",
    (3, 300, "count"): "known",            # the reprint
    (3, 36, "count"): "known",
    (3, 45000, "m2"): "known",
    (3, 28, "count"): "known",
    (3, 31.2 * B, "CNY"): "known",
    (4, 3, "day"): "known",
    (4, 96, "count"): "new",
    (4, 86.4 * B, "CNY"): "new",
    (4, 152000, "count"): "new",
    (4, 296, "count"): "known",
    (4, 1500, "count"): "new",
    (4, 81, "count"): "skip",              # last year's
    (5, 96, "count"): "known",
    (5, 86 * B, "CNY"): "known",           # "about 86 billion" after 86.4 billion
    (5, 81, "count"): "skip",
    (5, 150000, "count"): "known",         # "topped 150,000" after 152,000
    (5, 23e6, "count"): "new",
    (6, 158000, "count"): "changed:conflict",
    (6, 96, "count"): "known",
    (6, 86.4 * B, "CNY"): "known",
}


# A 2022 convention: a press conference's plan, opening-day counts, a release and its reprint, a Chinese report a day
# before the English one, a later feature citing the year before, a second-day batch found late and a final tally
# that corrects the exhibitors.
RELEASE22 = ("HEFEI, China, Sept. 21, 2022 /PRNewswire/ -- The 2022 World Manufacturing Convention (WMC 2022) kicked off "
    "on September 20 in Hefei, Anhui Province. Held under the theme \"Intelligent Manufacturing for a Better Future\", "
    "the convention has attracted more than 500 exhibitors, including 23 Fortune Global 500 companies, to an "
    "exhibition area of 50,000 square meters. Over 1,300 Chinese and overseas guests attended the opening ceremony. "
    "Since 2018, the convention has drawn more than 10,000 guests from home and abroad.")
STORY_WMC22 = [
    doc("2022-09-14", "Hefei to host 2022 World Manufacturing Convention next week",
        "HEFEI, Sept. 14 (Xinhua) -- The 2022 World Manufacturing Convention will be held in Hefei, capital of east "
        "China's Anhui Province, from Sept. 20 to 23, organizers said at a press conference on Wednesday. About 500 "
        "companies will take part in the offline exhibition, which will occupy 50,000 square meters in six pavilions. "
        "More than 30 forums and matchmaking events are planned. Officials told the press conference, attended by over "
        "60 journalists, that a number of Fortune Global 500 companies had confirmed their attendance."),
    doc("2022-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2022 World Manufacturing Convention opened Tuesday in Hefei, with 512 "
        "companies from home and abroad showing their products both offline and online. Among the exhibitors, 23 are "
        "Fortune Global 500 companies. The four-day event features 28 forums and events. At the opening ceremony, 63 "
        "key projects with a total investment of 110.2 billion yuan (about 15.7 billion U.S. dollars) were signed."),
    doc("2022-09-21", "2022 World Manufacturing Convention Opens in Hefei, Showcasing 'Made in Anhui'", RELEASE22),
    doc("2022-09-21", "2022 World Manufacturing Convention Opens in Hefei, Showcasing 'Made in Anhui'",
        RELEASE22 + "\nSOURCE World Manufacturing Convention"),
    doc("2022-09-24", "WMC 2022 concludes with 568 projects worth 768.5 billion yuan signed",
        "The 2022 World Manufacturing Convention wrapped up in Hefei on Friday, with 568 projects signed, involving a "
        "total investment of 768.5 billion yuan ($109.4 billion). Of the signed projects, 128 were foreign-funded, "
        "with investment of 97.3 billion yuan. The offline exhibition received more than 120,000 visits, while the "
        "online platform drew 5.8 million views, according to the organizer.\nGlobal Times) 10:12, September 24, 2022"),
    doc("2022-09-23", "2022世界制造业大会闭幕 签约项目568个",
        "人民网合肥9月23日电 23日，2022世界制造业大会在合肥闭幕。本届大会共签约项目568个，总投资7685亿元，其中外资项目128个、"
        "投资973亿元。大会期间，线下参观人数超过12万人次，线上浏览量达580万次。"),
    doc("2022-10-10", "Hefei's manufacturing drive gathers pace",
        "HEFEI -- Last month's World Manufacturing Convention brought 568 projects worth 768.5 billion yuan to Anhui. "
        "At the 2021 convention, 526 projects worth 582.2 billion yuan were signed. Anhui's output of new energy "
        "vehicles rose 110 percent in the first eight months, the provincial bureau of statistics said. Over half of "
        "the exhibitors at this year's convention came from the equipment sector. In total, 3,021 projects have been "
        "signed at the five conventions held since 2018."),
    doc("2022-09-22", "Foreign investors sign deals on WMC's second day",
        "HEFEI -- On the second day of the 2022 World Manufacturing Convention in Hefei, a matchmaking session for "
        "foreign-invested companies saw 41 projects signed worth 35.6 billion yuan. Guests from 40 countries and "
        "regions took part in the convention."),
    doc("2022-09-26", "Results of 2022 World Manufacturing Convention released",
        "HEFEI -- According to the final tally of the 2022 World Manufacturing Convention in Hefei, 568 projects were "
        "signed with total investment of 768.5 billion yuan, and 531 exhibitors took part both online and offline. "
        "Visitors to the exhibition halls totalled 126,000."),
]
GOLD_WMC22 = {
    (0, 500, "count"): "new", (0, 50000, "m2"): "new", (0, 6, "count"): "new", (0, 30, "count"): "new",
    (0, 60, "count"): "skip",
    (1, 512, "count"): "changed:refined", (1, 23, "count"): "new", (1, 4, "day"): "new",
    (1, 28, "count"): "changed:conflict", (1, 63, "count"): "new", (1, 110.2 * B, "CNY"): "new",
    (1, 15.7 * B, "USD"): "new",
    (2, 500, "count"): "known", (2, 23, "count"): "known", (2, 50000, "m2"): "known", (2, 1300, "count"): "new",
    (2, 10000, "count"): "new",
    (3, 500, "count"): "known", (3, 23, "count"): "known", (3, 50000, "m2"): "known", (3, 1300, "count"): "known",
    (3, 10000, "count"): "known",
    # the People's Daily report (5) was published a day before the Global Times one (4): it is the first report
    (4, 568, "count"): "known", (4, 768.5 * B, "CNY"): "known", (4, 109.4 * B, "USD"): "new",
    (4, 128, "count"): "known", (4, 97.3 * B, "CNY"): "known", (4, 120000, "count"): "known",
    (4, 5.8e6, "count"): "known",
    (5, 568, "count"): "new", (5, 768.5 * B, "CNY"): "new", (5, 128, "count"): "new",
    (5, 97.3 * B, "CNY"): "new", (5, 120000, "count"): "new", (5, 5.8e6, "count"): "new",
    (6, 568, "count"): "known", (6, 768.5 * B, "CNY"): "known", (6, 526, "count"): "skip",
    (6, 582.2 * B, "CNY"): "skip", (6, 110, "percent"): "skip", (6, 50, "percent"): "new", (6, 3021, "count"): "new",
    (7, 41, "count"): "new", (7, 35.6 * B, "CNY"): "new", (7, 40, "count"): "new",
    (8, 568, "count"): "known", (8, 768.5 * B, "CNY"): "known", (8, 531, "count"): "changed:conflict",
    (8, 126000, "count"): "changed:refined",
}

# A 2023 conference: the eve's plan, opening-day counts and batch, a release with figures in its headline and its
# reprint, a closing report whose headline rounds the deals, a Chinese report, a feature in the next year (still the
# 2023 edition) and a revised visitor count.
RELEASE23 = ("NANJING, China, Dec. 7, 2023 /PRNewswire/ -- The 2023 World Intelligent Manufacturing Conference (WIMC "
    "2023) opened on December 6 in Nanjing. 48 projects with a total investment of 52.6 billion yuan were signed at "
    "the opening ceremony. The conference, which runs through December 8, brings together more than 40 academicians "
    "and 314 exhibiting companies. Since its inception in 2016, the conference has drawn more than 2,000 exhibitors "
    "and over 1 million visitors.")
STORY_WIMC23 = [
    doc("2023-11-28", "2023 World Intelligent Manufacturing Conference to open in Nanjing",
        "The 2023 World Intelligent Manufacturing Conference will take place in Nanjing from Dec 6 to 8, the "
        "organizing committee announced on Tuesday. The expo will feature some 300 exhibitors across 40,000 square "
        "meters, and over 40 academicians from China and abroad will attend. The conference will host one main forum "
        "and 12 parallel forums."),
    doc("2023-12-06", "World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Dec. 6 (Xinhua) -- The 2023 World Intelligent Manufacturing Conference opened in Nanjing, capital of "
        "east China's Jiangsu Province, on Wednesday. Over 310 companies are taking part in the accompanying expo, "
        "including 36 Fortune Global 500 firms. Among the exhibits, 120 are making their debut. A smart factory zone "
        "of 6,000 square meters shows production lines at work. At the opening, 48 major projects with a combined "
        "investment of 52.6 billion yuan were signed."),
    doc("2023-12-07", "WIMC 2023 Signs 48 Projects Worth 52.6 Billion Yuan on Opening Day", RELEASE23),
    doc("2023-12-07", "WIMC 2023 Signs 48 Projects Worth 52.6 Billion Yuan on Opening Day",
        RELEASE23 + "\nView original content to download multimedia: prnewswire.com"),
    doc("2023-12-08", "WIMC 2023 closes with 150 billion yuan in deals",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference concluded in Nanjing on Friday. During the "
        "three-day event, 212 projects with a total investment of 150.3 billion yuan were signed, of which 37 were "
        "Fortune Global 500 investments. The expo received 125,000 visitors, and its online broadcasts were viewed "
        "18 million times.\n(People's Daily Online) 16:20, December 08, 2023"),
    doc("2023-12-09", "2023世界智能制造大会闭幕",
        "12月8日，2023世界智能制造大会在南京闭幕。3天会期内，大会共签约项目212个，总投资1503亿元。博览会吸引观众12.5万人次，"
        "线上观看量超1800万次。参展企业314家，其中世界500强企业36家。"),
    doc("2024-01-15", "Jiangsu's smart manufacturing push",
        "NANJING -- At December's World Intelligent Manufacturing Conference in Nanjing, 212 projects were signed. "
        "The 2022 conference had signed 168. Jiangsu now has 2,100 smart workshops and 560 smart factories, "
        "according to the provincial department of industry and information technology, and the goals of the 14th "
        "Five-Year Plan are within reach."),
    doc("2023-12-12", "Nanjing expo drew more visitors than first reported",
        "NANJING -- The organizers of the 2023 World Intelligent Manufacturing Conference have revised the number of "
        "visitors to its expo to 131,000. The 212 projects signed at the conference are now being registered."),
]
GOLD_WIMC23 = {
    (0, 300, "count"): "new", (0, 40000, "m2"): "new", (0, 40, "count"): "new", (0, 12, "count"): "new",
    (1, 310, "count"): "changed:refined", (1, 36, "count"): "new", (1, 120, "count"): "new",
    (1, 6000, "m2"): "new", (1, 48, "count"): "new", (1, 52.6 * B, "CNY"): "new",
    (2, 48, "count"): "known", (2, 52.6 * B, "CNY"): "known", (2, 40, "count"): "known",
    (2, 314, "count"): "changed:refined", (2, 2000, "count"): "new", (2, 1e6, "count"): "new",
    (3, 48, "count"): "known", (3, 52.6 * B, "CNY"): "known", (3, 40, "count"): "known",
    (3, 314, "count"): "known", (3, 2000, "count"): "known", (3, 1e6, "count"): "known",
    (4, 3, "day"): "new", (4, 212, "count"): "new", (4, 150.3 * B, "CNY"): "new", (4, 37, "count"): "new",
    (4, 125000, "count"): "new", (4, 18e6, "count"): "new",
    (5, 3, "day"): "known", (5, 212, "count"): "known", (5, 150.3 * B, "CNY"): "known",
    (5, 125000, "count"): "known", (5, 18e6, "count"): "known", (5, 314, "count"): "known", (5, 36, "count"): "known",
    (6, 212, "count"): "known", (6, 168, "count"): "skip", (6, 2100, "count"): "skip", (6, 560, "count"): "skip",
    (7, 131000, "count"): "changed:conflict", (7, 212, "count"): "known",
}


# A 2021 conference: a briefing's plan, opening-day counts with a capitalised number word, a release whose headline
# rounds its body and its reprint with wire furniture, English and Chinese closing reports, a feature citing the
# year before and forecasting the next, and a later final tally of the deals.
RELEASE21 = ("NANJING, China, Nov. 26, 2021 /PRNewswire/ -- The 2021 World Intelligent Manufacturing Conference (WIMC) "
    "kicked off on November 25 in Nanjing. Co-hosted by the Jiangsu Provincial People's Government and the Ministry "
    "of Industry and Information Technology, the conference gathers 17 academicians, over 600 executives of leading "
    "companies and 273 exhibitors, 36 of which come from abroad. Over the first day, the exhibition received 42,000 "
    "visitors. Since its launch in 2016, the conference has hosted more than 1,500 exhibitors.")
STORY_WIMC21 = [
    doc("2021-11-10", "Nanjing to host intelligent manufacturing conference",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference will run from Nov 25 to 27 at the Nanjing "
        "International Expo Center, organizers told a news briefing on Wednesday. The expo is planned to take up "
        "45,000 square meters and host more than 250 exhibitors, up from 220 at last year's conference. Organizers "
        "aim to sign at least 50 major projects during the event. Nearly 40 reporters attended the briefing."),
    doc("2021-11-25", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING, Nov. 25 (Xinhua) -- The 2021 World Intelligent Manufacturing Conference opened Thursday in Nanjing, "
        "capital of east China's Jiangsu Province. Some 270 companies, 35 of them from overseas, are showing products "
        "in an exhibition area of 45,000 square meters. Seventeen academicians and more than 600 business leaders are "
        "among the participants. The three-day event includes 21 forums and a robotics competition with 48 teams."),
    doc("2021-11-26", "2021 WIMC Gathers 270 Exhibitors and 17 Academicians in Nanjing", RELEASE21),
    doc("2021-11-26", "2021 WIMC Gathers 270 Exhibitors and 17 Academicians in Nanjing",
        "PR Newswire\n" + RELEASE21 + "\nSOURCE World Intelligent Manufacturing Conference"),
    doc("2021-11-27", "WIMC 2021 closes with 52 projects worth 41.7 billion yuan",
        "The 2021 World Intelligent Manufacturing Conference came to a close in Nanjing on Nov 27. During the "
        "conference, 52 major projects with a total investment of 41.7 billion yuan were signed. Over the three days "
        "the expo drew 128,000 visitors, and 9.6 million people followed the conference online. The conference "
        "released 12 reports and standards."),
    doc("2021-11-28", "2021世界智能制造大会闭幕 签约重大项目52个",
        "11月27日，2021世界智能制造大会在南京闭幕。大会期间，共签约重大项目52个，总投资417亿元。三天会期内，博览会共吸引观众"
        "12.8万人次，线上参与人数达960万。本届大会共有273家企业参展，其中境外企业36家。"),
    doc("2021-12-15", "Jiangsu bets on robots",
        "NANJING -- Last month's World Intelligent Manufacturing Conference in Nanjing drew about 130,000 visitors, up "
        "from 100,000 at the 2020 conference, which was partly held online. Jiangsu's output of industrial robots rose "
        "42.3 percent in the first ten months. The 2022 conference is expected to draw 300 exhibitors."),
    doc("2021-12-01", "Nanjing conference's final tally: 55 projects",
        "NANJING -- Organizers of the World Intelligent Manufacturing Conference in Nanjing said the final count of "
        "signed projects was 55, with total investment of 43.2 billion yuan, after three more agreements were "
        "concluded on the last afternoon."),
]
GOLD_WIMC21 = {
    (0, 45000, "m2"): "new", (0, 250, "count"): "new", (0, 220, "count"): "skip", (0, 50, "count"): "skip",
    (0, 40, "count"): "skip",
    (1, 270, "count"): "changed:refined", (1, 35, "count"): "new", (1, 45000, "m2"): "known",
    (1, 17, "count"): "new", (1, 600, "count"): "new", (1, 3, "day"): "new", (1, 21, "count"): "new",
    (1, 48, "count"): "new",
    (2, 17, "count"): "known", (2, 600, "count"): "known", (2, 273, "count"): "changed:refined",
    (2, 36, "count"): "changed:conflict", (2, 42000, "count"): "new", (2, 1500, "count"): "new",
    (3, 17, "count"): "known", (3, 600, "count"): "known", (3, 273, "count"): "known", (3, 36, "count"): "known",
    (3, 42000, "count"): "known", (3, 1500, "count"): "known",
    (4, 52, "count"): "new", (4, 41.7 * B, "CNY"): "new", (4, 3, "day"): "known", (4, 128000, "count"): "new",
    (4, 9.6e6, "count"): "new", (4, 12, "count"): "new",
    (5, 52, "count"): "known", (5, 41.7 * B, "CNY"): "known", (5, 3, "day"): "known", (5, 128000, "count"): "known",
    (5, 9.6e6, "count"): "known", (5, 273, "count"): "known", (5, 36, "count"): "known",
    (6, 130000, "count"): "known", (6, 100000, "count"): "skip", (6, 42.3, "percent"): "skip",
    (6, 300, "count"): "skip",
    (7, 55, "count"): "changed:conflict", (7, 43.2 * B, "CNY"): "changed:conflict",
}


# A 2020 convention on site and on the cloud: a plan with a range and a cloud exhibition, opening counts at the venue
# and online, a quote about one morning's signings, a release counting both and its reprint under another headline, a
# closing report, a traditional-character copy, a correction and a later round-up citing the year before.
RELEASE20 = ("HEFEI, China, Sept. 11, 2020 /PRNewswire/ -- The 2020 World Manufacturing Convention opened on September 10 "
    "in Hefei, Anhui Province. The convention brings together 1,722 companies online and offline, including 462 "
    "exhibiting on site. More than 20 countries and regions are represented.")
STORY_WMC20 = [
    doc("2020-09-08", "2020 World Manufacturing Convention to be held online and offline",
        "HEFEI, Sept. 8 (Xinhua) -- The 2020 World Manufacturing Convention will be held in Hefei from Sept. 10 to 13, "
        "both online and offline, the organizing committee said Tuesday. Between 400 and 500 enterprises are expected "
        "to exhibit at the venue, while a cloud exhibition will host more than 1,000 companies. The convention will "
        "hold 22 events, including a summit on global industrial chains."),
    doc("2020-09-10", "World Manufacturing Convention opens in Hefei with online, offline events",
        "HEFEI, Sept. 10 (Xinhua) -- The 2020 World Manufacturing Convention opened Thursday in Hefei. Due to COVID-19, "
        "most foreign guests are taking part via video links. A total of 462 companies are exhibiting at the venue, "
        "and 1,260 more on the cloud platform. The exhibition area is 48,000 square meters. \"We signed 120 projects "
        "on the first morning,\" said Zhang Wei, an official of the provincial commerce department."),
    doc("2020-09-11", "2020 World Manufacturing Convention Opens in Hefei with 1,722 Companies Online and Offline",
        RELEASE20),
    doc("2020-09-11", "Hefei hosts hybrid manufacturing convention",
        RELEASE20 + "\nView original content: https://www.prnewswire.com/news-releases/"),
    doc("2020-09-13", "Hefei convention inks 536 projects",
        "HEFEI -- The 2020 World Manufacturing Convention closed on Sunday with 536 projects signed, involving total "
        "investment of 429.1 billion yuan ($62.8 billion), up 20 percent year-on-year by the number of projects. Of "
        "the signed projects, 318 are in manufacturing. Online, the convention's live streams were watched 21 million "
        "times."),
    doc("2020-09-14", "2020世界製造業大會閉幕 簽約項目536個",
        "2020世界製造業大會13日在合肥閉幕。大會共簽約項目536個，總投資4291億元。線上直播觀看量達2100萬次。"),
    doc("2020-09-16", "Correction: World Manufacturing Convention projects",
        "Correction: In a story on Sept. 13 about the World Manufacturing Convention in Hefei, the number of projects "
        "signed should read 563, not 536. The total investment of 429.1 billion yuan was correct."),
    doc("2021-01-20", "Anhui's foreign investment hit record in 2020",
        "HEFEI -- Anhui used 18.3 billion U.S. dollars of foreign capital in 2020, up 8.5 percent. The World "
        "Manufacturing Convention held in Hefei in September signed 563 projects. The 2019 convention had signed 638."),
]
GOLD_WMC20 = {
    (0, 400, "count"): "skip", (0, 500, "count"): "skip", (0, 1000, "count"): "new", (0, 22, "count"): "new",
    (1, 462, "count"): "new", (1, 1260, "count"): "changed:refined", (1, 48000, "m2"): "new", (1, 120, "count"): "new",
    (2, 1722, "count"): "new", (2, 462, "count"): "known", (2, 20, "count"): "new",
    (3, 1722, "count"): "known", (3, 462, "count"): "known", (3, 20, "count"): "known",
    (4, 536, "count"): "new", (4, 429.1 * B, "CNY"): "new", (4, 62.8 * B, "USD"): "new", (4, 20, "percent"): "new",
    (4, 318, "count"): "new", (4, 21e6, "count"): "new",
    (5, 536, "count"): "known", (5, 429.1 * B, "CNY"): "known", (5, 21e6, "count"): "known",
    (6, 563, "count"): "changed:conflict", (6, 536, "count"): "skip", (6, 429.1 * B, "CNY"): "known",
    (7, 18.3 * B, "USD"): "skip", (7, 8.5, "percent"): "skip", (7, 563, "count"): "known", (7, 638, "count"): "skip",
}


# The 2024 convention as the wires and release networks carry it: a plan and its reprint, opening counts and a copy
# under a credit line, a closing release on three sites, the results in Chinese and in English, and a feature.
PLAN24 = ("The 2024 World Manufacturing Convention will be held from Sept. 20 to 23 in Hefei, capital of east China's Anhui "
    "Province, according to a press conference on Tuesday. The convention will set up nine exhibition zones covering "
    "20,000 square meters, and more than 400 enterprises will exhibit. Guests from over 30 countries and regions are "
    "expected.")
OPEN24 = ("HEFEI, Sept. 20 (Xinhua) -- The 2024 World Manufacturing Convention opened on Friday in Hefei. More than 450 "
    "enterprises are displaying over 2,600 products at the convention, 236 of which are making their global or national "
    "debut. An outdoor area of 32,000 square meters hosts demonstrations of drones and humanoid robots.")
CLOSE24 = ("HEFEI, China, Sept. 23, 2024 /PRNewswire/ -- The 2024 World Manufacturing Convention concluded on September 23 "
    "in Hefei. A total of 718 cooperation projects were reached with a total investment of 369.2 billion yuan. "
    "Manufacturing projects accounted for 679 of them, with an investment of 327.3 billion yuan. The convention drew "
    "451 exhibitors and guests from 41 countries and regions, the most in its history.")
TITLE24 = "2024 World Manufacturing Convention Concludes in Hefei with 718 Cooperation Projects"
STORY_WMC24_WIRE = [
    doc("2024-09-10", "2024 World Manufacturing Convention to open in Hefei", "HEFEI, Sept. 10 (Xinhua) -- " + PLAN24),
    doc("2024-09-10", "2024 World Manufacturing Convention to open in Hefei",
        "HEFEI, Sept. 10 (UrduPoint / Pakistan Point News - 10th Sep, 2024 ) :" + PLAN24),
    doc("2024-09-20", "World Manufacturing Convention opens in east China", OPEN24),
    doc("2024-09-21", "World Manufacturing Convention opens in east China", "Xinhua) 08:45, September 21, 2024\n\n" + OPEN24),
    doc("2024-09-23", TITLE24, CLOSE24),
    doc("2024-09-24", TITLE24, CLOSE24 + "\nSOURCE World Manufacturing Convention Executive Committee"),
    doc("2024-09-24", TITLE24, "By PRNEWSWIRE\n\nPublished : Sept. 24, 2024 - 10:20\n\n" + CLOSE24),
    doc("2024-09-26", "2024世界制造业大会促成合作项目718个 总投资3692亿元",
        "记者26日从2024世界制造业大会成果发布会上获悉，本届大会促成合作项目718个，总投资3692亿元。其中制造业项目679个，投资额3273亿元。"
        "大会设9个展区，展览面积2万平方米，参展企业451家，展出产品2605件，其中首发产品236件。大会另设3.2万平方米室外展区。"),
    doc("2024-09-27", "Projects worth 369.2 bln yuan signed at World Manufacturing Convention",
        "HEFEI, Sept. 27 (Xinhua) -- The 2024 World Manufacturing Convention has led to 718 cooperation projects with a "
        "total investment of 369.2 billion yuan (about 52.6 billion U.S. dollars), the organizers said. Guests from 41 "
        "countries and regions attended, more than at any previous convention. Since the first edition in 2018, the "
        "convention has generated 3,739 projects."),
    doc("2024-10-08", "Anhui's manufacturing on the rise",
        "HEFEI -- Last month's World Manufacturing Convention in Hefei attracted 451 exhibitors, up from 420 in 2023. "
        "Anhui's new energy vehicle output rose 35.2 percent in the first eight months of 2024 to 1.2 million units."),
]
GOLD_WMC24_WIRE = {
    (0, 9, "count"): "new", (0, 20000, "m2"): "new", (0, 400, "count"): "new", (0, 30, "count"): "skip",
    (1, 9, "count"): "known", (1, 20000, "m2"): "known", (1, 400, "count"): "known", (1, 30, "count"): "skip",
    (2, 450, "count"): "changed:refined", (2, 2600, "count"): "new", (2, 236, "count"): "new", (2, 32000, "m2"): "new",
    (3, 450, "count"): "known", (3, 2600, "count"): "known", (3, 236, "count"): "known", (3, 32000, "m2"): "known",
    (4, 718, "count"): "new", (4, 369.2 * B, "CNY"): "new", (4, 679, "count"): "new", (4, 327.3 * B, "CNY"): "new",
    (4, 451, "count"): "changed:refined", (4, 41, "count"): "new",
    (5, 718, "count"): "known", (5, 369.2 * B, "CNY"): "known", (5, 679, "count"): "known",
    (5, 327.3 * B, "CNY"): "known", (5, 451, "count"): "known", (5, 41, "count"): "known",
    (6, 718, "count"): "known", (6, 369.2 * B, "CNY"): "known", (6, 679, "count"): "known",
    (6, 327.3 * B, "CNY"): "known", (6, 451, "count"): "known", (6, 41, "count"): "known",
    (7, 718, "count"): "known", (7, 369.2 * B, "CNY"): "known", (7, 679, "count"): "known",
    (7, 327.3 * B, "CNY"): "known", (7, 9, "count"): "known", (7, 20000, "m2"): "known", (7, 451, "count"): "known",
    (7, 2605, "count"): "changed:refined", (7, 236, "count"): "known", (7, 32000, "m2"): "known",
    (8, 718, "count"): "known", (8, 369.2 * B, "CNY"): "known", (8, 52.6 * B, "USD"): "new", (8, 41, "count"): "known",
    (8, 3739, "count"): "new",
    (9, 451, "count"): "known", (9, 420, "count"): "skip", (9, 35.2, "percent"): "skip", (9, 1.2e6, "count"): "skip",
}


# The 2022 conference in Chinese first: the briefing's plan and invitations, the opening's audience and batch and a
# provincial copy with its editor lines, a city's own signings, the closing report, an English round-up, and the
# province's final tally with late signings.
OPEN22 = ("新华社南京11月24日电 24日，2022世界智能制造大会在南京开幕。本届大会以“智造世界·创造美好”为主题，两院院士32位、知名企业家百余位"
          "出席开幕式。开幕式上，集中签约重大项目28个，总投资326.5亿元。同期举办的博览会共有218家企业参展，其中世界500强企业23家。")
STORY_WIMC22_ZH = [
    doc("2022-11-15", "2022世界智能制造大会将于11月24日开幕",
        "记者15日从新闻发布会获悉，2022世界智能制造大会将于11月24日至25日在南京举办。大会将举办主题大会、专题论坛等20余场活动，预计邀请两院"
        "院士30余位。博览会展览面积约3万平方米，拟邀请200余家企业参展。"),
    doc("2022-11-25", "我市在世界智能制造大会签约项目45个",
        "在2022世界智能制造大会上，南京市共签约项目45个，总投资512亿元，涉及智能装备、集成电路等领域。"),
    doc("2022-11-24", "2022世界智能制造大会在南京开幕", OPEN22),
    doc("2022-11-24", "2022世界智能制造大会在南京开幕", "来源：新华社　编辑：王晓\n" + OPEN22 + "\n责任编辑：李明"),
    doc("2022-11-26", "2022世界智能制造大会闭幕",
        "新华社南京11月25日电 25日，2022世界智能制造大会在南京闭幕。据组委会介绍，两天会期内，大会共签约项目96个，总投资1086.2亿元；博览会"
        "吸引观众5.6万人次，线上直播观看量超过3000万次。参会两院院士35位，较上届增加5位。"),
    doc("2022-11-28", "Nanjing conference seals 96 deals worth 108.6b yuan",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference, which ended in Nanjing on Friday, sealed 96 "
        "deals with total investment of 108.62 billion yuan, organizers said. The expo received 56,000 visits over two "
        "days, and livestreams drew more than 30 million views. Thirty-five academicians took part."),
    doc("2022-12-05", "2022世界智能制造大会成果丰硕",
        "2022世界智能制造大会共签约项目98个，总投资1102.6亿元（含会后补签项目2个）。自2016年首届大会以来，已累计签约项目逾500个。"),
]
GOLD_WIMC22_ZH = {
    (0, 20, "count"): "new", (0, 30, "count"): "skip", (0, 30000, "m2"): "new", (0, 200, "count"): "skip",
    (2, 32, "count"): "new", (2, 100, "count"): "new", (2, 28, "count"): "new", (2, 32.65 * B, "CNY"): "new",
    (2, 218, "count"): "new", (2, 23, "count"): "new",
    (3, 32, "count"): "known", (3, 100, "count"): "known", (3, 28, "count"): "known", (3, 32.65 * B, "CNY"): "known",
    (3, 218, "count"): "known", (3, 23, "count"): "known",
    (1, 45, "count"): "new", (1, 51.2 * B, "CNY"): "new",
    (4, 2, "day"): "new", (4, 96, "count"): "new", (4, 108.62 * B, "CNY"): "new", (4, 56000, "count"): "new",
    (4, 30e6, "count"): "new", (4, 35, "count"): "new", (4, 5, "count"): "skip",
    (5, 96, "count"): "known", (5, 108.62 * B, "CNY"): "known", (5, 56000, "count"): "known",
    (5, 30e6, "count"): "known", (5, 35, "count"): "known", (5, 2, "day"): "known",
    (6, 98, "count"): "changed:conflict", (6, 110.26 * B, "CNY"): "changed:conflict", (6, 2, "count"): "skip",
    (6, 500, "count"): "new",
}


# A 2019 conference: a plan with a range and a forecast beside a plan, opening counts with a doubling from last
# year and one day's visitors, a release and its reprint, the closing report with a day's count, a Chinese report,
# and a final report that revises the deals.
REL19 = ("NANJING, China, Oct. 21, 2019 /PRNewswire/ -- The 2019 World Intelligent Manufacturing Conference opened on "
         "October 20 in Nanjing. The conference features 16 parallel forums and an expo of 330 exhibitors, one in five "
         "of them from overseas.")
STORY_WIMC19 = [
    doc("2019-10-08", "Nanjing to host 2019 World Intelligent Manufacturing Conference",
        "NANJING, Oct. 8 (Xinhua) -- The 2019 World Intelligent Manufacturing Conference will be held in Nanjing from "
        "Oct. 20 to 22, with 300 to 350 companies expected to exhibit across 50,000 square meters. Organizers plan 16 "
        "parallel forums and expect nearly 1,000 journalists to cover the event."),
    doc("2019-10-20", "Smart manufacturing conference opens in Nanjing",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opened in Nanjing on Sunday. Some 330 companies "
        "are showing their products, and the number of overseas exhibitors doubled to 62 from last year. On the first "
        "day, 48,000 people visited the expo."),
    doc("2019-10-21", "2019 WIMC Opens in Nanjing with 330 Exhibitors, 16 Forums", REL19),
    doc("2019-10-21", "2019 WIMC Opens in Nanjing with 330 Exhibitors, 16 Forums",
        REL19 + "\nCision View original content: prnewswire.com\nSOURCE World Intelligent Manufacturing Conference"),
    doc("2019-10-22", "World Intelligent Manufacturing Conference closes in Nanjing",
        "NANJING, Oct. 22 (Xinhua) -- The 2019 World Intelligent Manufacturing Conference closed Tuesday in Nanjing. A "
        "total of 152,000 people visited the expo over three days, and 87 projects worth 80.6 billion yuan (11.4 "
        "billion U.S. dollars) were signed. On Sunday alone, 60,000 people visited."),
    doc("2019-10-23", "2019世界智能制造大会闭幕 签约项目87个 总投资806亿元",
        "10月22日，2019世界智能制造大会在南京闭幕。3天会期内，博览会共接待观众15.2万人次，参展企业330家，其中境外企业62家；大会共签约项目87个，"
        "总投资806亿元。大会期间共有近千名中外记者参与报道。"),
    doc("2019-11-15", "Nanjing conference's final report",
        "The 2019 World Intelligent Manufacturing Conference in Nanjing drew about 150,000 visitors and 330 exhibitors, "
        "organizers said in a final report. The number of signed projects was later revised to 91, worth 84.2 billion "
        "yuan."),
]
GOLD_WIMC19 = {
    (0, 300, "count"): "skip", (0, 350, "count"): "skip", (0, 50000, "m2"): "new", (0, 16, "count"): "new",
    (0, 1000, "count"): "skip",
    (1, 330, "count"): "new", (1, 62, "count"): "new", (1, 48000, "count"): "new",
    (2, 16, "count"): "known", (2, 330, "count"): "known",
    (3, 16, "count"): "known", (3, 330, "count"): "known",
    (4, 152000, "count"): "new", (4, 3, "day"): "new", (4, 87, "count"): "new", (4, 80.6 * B, "CNY"): "new",
    (4, 11.4 * B, "USD"): "new", (4, 60000, "count"): "new",
    (5, 3, "day"): "known", (5, 152000, "count"): "known", (5, 330, "count"): "known", (5, 62, "count"): "known",
    (5, 87, "count"): "known", (5, 80.6 * B, "CNY"): "known", (5, 1000, "count"): "new",
    (6, 150000, "count"): "known", (6, 330, "count"): "known", (6, 91, "count"): "changed:conflict",
    (6, 84.2 * B, "CNY"): "changed:conflict",
}


# The first convention, 2018: a plan naming the "first" edition, opening counts, the closing release and a reprint
# under another headline, a Chinese report of the 首届 convention, and a feature the next spring on what became of
# the deals.
REL18 = ("HEFEI, China, May 28, 2018 /PRNewswire/ -- The World Manufacturing Convention closed in Hefei after logging 436 "
         "signed projects with a total value of RMB 447.1 billion (US$70.19 billion). The Convention brought together "
         "4,400 attendees, among them 120 executives of Fortune Global 500 companies.")
STORY_WMC18 = [
    doc("2018-05-08", "Hefei to host first World Manufacturing Convention",
        "HEFEI, May 8 (Xinhua) -- The first World Manufacturing Convention will be held in Hefei, capital of east "
        "China's Anhui Province, from May 25 to 28, organizers announced Tuesday. Over 3,000 guests are expected, and "
        "the exhibition will cover 60,000 square meters."),
    doc("2018-05-25", "Inaugural World Manufacturing Convention opens in Hefei",
        "HEFEI -- The inaugural World Manufacturing Convention opened in Hefei on Friday, drawing more than 4,000 "
        "guests, including executives from over 100 Fortune Global 500 companies. Some 500 companies are exhibiting in "
        "six pavilions."),
    doc("2018-05-28", "World Manufacturing Convention in Hefei Closes with US$70 Billion in Investment Deals", REL18),
    doc("2018-05-29", "Hefei manufacturing convention logs 436 projects", REL18 + "\nSource: PR Newswire"),
    doc("2018-06-05", "首届世界制造业大会签约项目436个 总投资4471亿元",
        "首届世界制造业大会日前在合肥闭幕。大会共签约项目436个，总投资4471亿元，其中外资项目86个。大会吸引嘉宾4400余人，展览面积6万平方米。"),
    doc("2019-03-10", "Deals from Hefei convention take shape",
        "HEFEI -- At last year's World Manufacturing Convention, the first of its kind, 436 projects worth 447.1 billion "
        "yuan were signed. By the end of February, 397 of them had been registered and 298 had started construction. "
        "The 2019 convention will be held in September."),
]
GOLD_WMC18 = {
    (0, 3000, "count"): "skip", (0, 60000, "m2"): "new",
    (1, 4000, "count"): "new", (1, 100, "count"): "new", (1, 500, "count"): "new", (1, 6, "count"): "new",
    (2, 436, "count"): "new", (2, 447.1 * B, "CNY"): "new", (2, 70.19 * B, "USD"): "new",
    # "executives from over 100 Fortune Global 500 companies" counted the companies; the 120 are executives
    (2, 4400, "count"): "changed:refined", (2, 120, "count"): "new",
    (3, 436, "count"): "known", (3, 447.1 * B, "CNY"): "known", (3, 70.19 * B, "USD"): "known",
    (3, 4400, "count"): "known", (3, 120, "count"): "known",
    (4, 436, "count"): "known", (4, 447.1 * B, "CNY"): "known", (4, 86, "count"): "new", (4, 4400, "count"): "known",
    (4, 60000, "m2"): "known",
    (5, 436, "count"): "known", (5, 447.1 * B, "CNY"): "known", (5, 397, "count"): "new", (5, 298, "count"): "new",
}

# Both events of 2023: the convention's plan, opening and a feature that recalls the conference, its results in
# English and in traditional characters, then the conference's opening, which recalls the convention, and its close.
STORY_BOTH23 = [
    doc("2023-09-19", "Hefei set to open World Manufacturing Convention",
        "HEFEI, Sept. 19 (Xinhua) -- The 2023 World Manufacturing Convention will open Wednesday in Hefei. The exhibition "
        "covers 80,000 square meters, and around 1,200 guests will attend. Since 2018, the convention has signed 3,021 "
        "projects."),
    doc("2023-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI -- The 2023 World Manufacturing Convention opened in Hefei on Wednesday with more than 500 exhibitors in "
        "20,000 square meters of indoor halls and 60,000 square meters of outdoor space. At the opening ceremony, 20 "
        "major projects were signed."),
    doc("2023-09-21", "Hefei and Nanjing compete for manufacturing spotlight",
        "HEFEI -- The World Manufacturing Convention in Hefei, which opened on Wednesday, has drawn more than 500 "
        "exhibitors. Nanjing's World Intelligent Manufacturing Conference, held each December, drew 296 exhibitors last "
        "year. Anhui's industrial output rose 9 percent in the first half."),
    doc("2023-09-24", "World Manufacturing Convention concludes with 587 projects",
        "HEFEI, Sept. 24 (Xinhua) -- The 2023 World Manufacturing Convention concluded in Hefei, with 587 projects "
        "signed at a total investment of nearly 350 billion yuan. The convention drew 16,000 guests and representatives "
        "to its activities, and 630 exhibitors."),
    doc("2023-09-25", "2023世界製造業大會閉幕 簽約項目587個",
        "2023世界製造業大會24日在合肥閉幕。大會共簽約項目587個，總投資近3500億元，參展企業630家。"),
    doc("2023-12-06", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference opened in Nanjing on Wednesday with 310 "
        "exhibitors. In September, the World Manufacturing Convention in Hefei had drawn 630 exhibitors."),
    doc("2023-12-08", "Nanjing conference closes",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed in Nanjing with 314 exhibitors and 212 "
        "projects signed."),
]
GOLD_BOTH23 = {
    (0, 80000, "m2"): "new", (0, 1200, "count"): "new", (0, 3021, "count"): "new",
    (1, 500, "count"): "new", (1, 20000, "m2"): "new", (1, 60000, "m2"): "new", (1, 20, "count"): "new",
    (2, 500, "count"): "known", (2, 296, "count"): "skip", (2, 9, "percent"): "skip",
    (3, 587, "count"): "new", (3, 350 * B, "CNY"): "new", (3, 16000, "count"): "new", (3, 630, "count"): "changed:refined",
    (4, 587, "count"): "known", (4, 350 * B, "CNY"): "known", (4, 630, "count"): "known",
    (5, 310, "count"): "new", (5, 630, "count"): "skip",
    (6, 314, "count"): "changed:conflict", (6, 212, "count"): "new",
}

# The 2019 convention: the plan and invitations, the opening, one city's own signings, the results with growth
# "respectively" and a running count of visitors, a traditional-character report whose headline carries the
# results, and a feature a month later.
STORY_WMC19 = [
    doc("2019-09-10", "Hefei to host 2019 World Manufacturing Convention",
        "HEFEI, Sept. 10 (Xinhua) -- The 2019 World Manufacturing Convention will be held in Hefei from Sept. 20 to 23. "
        "About 600 important overseas guests have been invited, and more than 800 companies will exhibit over 2,000 "
        "products."),
    doc("2019-09-20", "World Manufacturing Convention opens in Hefei",
        "The 2019 World Manufacturing Convention opened in Hefei on Friday. More than 800 companies are exhibiting, and "
        "over 4,000 guests from 60-plus countries and regions are attending."),
    doc("2019-09-22", "Hefei signs 182 projects at convention",
        "Hefei alone signed 182 projects worth 270 billion yuan at the World Manufacturing Convention, the city "
        "government said on Sunday."),
    doc("2019-09-24", "Projects worth 735.1 bln yuan signed at World Manufacturing Convention",
        "HEFEI, Sept. 24 (Xinhua) -- A total of 638 projects with a total investment of 735.1 billion yuan were signed "
        "at the 2019 World Manufacturing Convention, up 46 percent and 64 percent respectively from last year. The "
        "convention drew more than 4,500 guests from 78 countries and regions. As of Sept. 23, the exhibition had "
        "received more than 350,000 visitors."),
    doc("2019-09-25", "2019世界製造業大會簽約項目638個 投資總額7351億元",
        "大會吸引78個國家和地區的4500多位嘉賓出席，800多家企業參展，展品2000件。截至23日，展會觀眾超過35萬人次。"),
    doc("2019-10-15", "Hefei's deals take shape",
        "The World Manufacturing Convention in Hefei last month signed 638 projects, 541 of them in manufacturing."),
]
GOLD_WMC19 = {
    (0, 600, "count"): "new", (0, 800, "count"): "new", (0, 2000, "count"): "new",
    (1, 800, "count"): "known", (1, 4000, "count"): "new", (1, 60, "count"): "new",
    (2, 182, "count"): "new", (2, 270 * B, "CNY"): "new",
    (3, 638, "count"): "new", (3, 735.1 * B, "CNY"): "new", (3, 46, "percent"): "new", (3, 64, "percent"): "new",
    (3, 4500, "count"): "changed:refined", (3, 78, "count"): "changed:refined", (3, 350000, "count"): "new",
    (4, 638, "count"): "known", (4, 735.1 * B, "CNY"): "known", (4, 78, "count"): "known", (4, 4500, "count"): "known",
    (4, 800, "count"): "known", (4, 2000, "count"): "known", (4, 350000, "count"): "known",
    (5, 638, "count"): "known", (5, 541, "count"): "new",
}

# The 2020 conference, largely online: the briefing's forecast and plan, the opening on the cloud, the closing
# release, a Chinese report, and a feature that rounds and refines.
STORY_WIMC20 = [
    doc("2020-11-06", "2020 WIMC to combine online and offline activities",
        "The 2020 World Intelligent Manufacturing Conference will be held in Nanjing from Nov 26 to 28, combining online "
        "and offline activities. More than 2,000 companies are expected to take part in its cloud exhibition, and about "
        "300 guests will attend in person. Nearly 50 people attended the press conference."),
    doc("2020-11-26", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING, Nov. 26 (Xinhua) -- The 2020 World Intelligent Manufacturing Conference opened Thursday in Nanjing. Its "
        "cloud exhibition features 3,200 enterprises, and 24 academicians are among more than 320 guests taking part "
        "online and offline."),
    doc("2020-11-28", "2020 World Intelligent Manufacturing Conference Closes: 30 Key Projects Signed with RMB 53.63 Billion",
        "NANJING, China, Nov. 28, 2020 /PRNewswire/ -- The 2020 World Intelligent Manufacturing Conference closed in "
        "Nanjing. More than 3,200 enterprises exhibited on the cloud, over 8 million people visited the exhibition "
        "online, and news of the conference was read more than 120 million times. At the closing ceremony, 30 major "
        "projects were signed with a contract amount of 53.63 billion yuan."),
    doc("2020-11-29", "2020世界智能制造大会闭幕",
        "本届大会云上参展企业3200余家，线上观展人数超800万，相关报道阅读量超1.2亿次。闭幕式上，30个重大项目现场签约，签约金额536.3亿元。"),
    doc("2020-12-10", "Nanjing's conference goes online",
        "NANJING -- Last month's World Intelligent Manufacturing Conference in Nanjing went largely online: over 3,000 "
        "companies exhibited on its cloud platform and some 8.2 million people visited online."),
]
GOLD_WIMC20 = {
    (0, 2000, "count"): "skip", (0, 300, "count"): "new", (0, 50, "count"): "skip",
    (1, 3200, "count"): "new", (1, 24, "count"): "new", (1, 320, "count"): "changed:refined",
    (2, 3200, "count"): "known", (2, 8e6, "count"): "new", (2, 120e6, "count"): "new", (2, 30, "count"): "new",
    (2, 53.63 * B, "CNY"): "new",
    (3, 3200, "count"): "known", (3, 8e6, "count"): "known", (3, 120e6, "count"): "known", (3, 30, "count"): "known",
    (3, 53.63 * B, "CNY"): "known",
    (4, 3000, "count"): "known", (4, 8.2e6, "count"): "changed:refined",
}


# The 2025 convention: the province's plan, the opening in English and Chinese, the results in Chinese a week
# later, then in English with a copy under an editor's line.
GT25 = ("The 2025 World Manufacturing Convention in Hefei led to 735 cooperation projects worth 380.2 billion yuan, "
        "organizers said on Tuesday. Some 659 foreign guests from 53 countries and regions attended, and more than 100 "
        "research findings were released for the first time.")
STORY_WMC25_RESULTS = [
    doc("2025-09-16", "Hefei readies for 2025 World Manufacturing Convention",
        "The 2025 World Manufacturing Convention will run from Sept 20 to 23 in Hefei. Guests from nearly 50 countries "
        "and regions have been invited, and the exhibition will set up 10 zones covering about 30,000 square meters."),
    doc("2025-09-20", "World Manufacturing Convention kicks off in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2025 World Manufacturing Convention kicked off on Saturday in Hefei, drawing "
        "guests from more than 50 countries and regions. Over 30 major events are scheduled during the four-day "
        "convention, and a robotics exhibition zone showcases more than 100 robots."),
    doc("2025-09-21", "2025世界制造业大会在合肥开幕",
        "2025世界制造业大会20日在合肥开幕，来自50多个国家和地区的嘉宾参会。大会期间将举办30余场重大活动。"),
    doc("2025-09-30", "2025世界制造业大会促成合作项目735个",
        "9月30日，记者从新闻发布会获悉，2025世界制造业大会共促成合作项目735个，总投资3802亿元；来自53个国家和地区的659位外宾参会，其中高级别"
        "外宾142位。大会首发研究成果、行业指数和白皮书100余项。"),
    doc("2025-10-01", "WMC 2025 yields 735 projects", GT25),
    doc("2025-10-01", "WMC 2025 yields 735 projects", "Source: Global Times | Editor: Li Wen\n" + GT25),
]
GOLD_WMC25_RESULTS = {
    (0, 50, "count"): "new", (0, 10, "count"): "new", (0, 30000, "m2"): "new",
    # (who "have been invited" is a forecast, like "拟邀请": the count that follows is the first report)
    (1, 50, "count"): "new", (1, 30, "count"): "new", (1, 4, "day"): "new", (1, 100, "count"): "new",
    (2, 50, "count"): "known", (2, 30, "count"): "known",
    (3, 735, "count"): "new", (3, 380.2 * B, "CNY"): "new", (3, 53, "count"): "changed:refined", (3, 659, "count"): "new",
    (3, 142, "count"): "new", (3, 100, "count"): "new",
    (4, 735, "count"): "known", (4, 380.2 * B, "CNY"): "known", (4, 659, "count"): "known", (4, 53, "count"): "known",
    (4, 100, "count"): "known",
    (5, 735, "count"): "known", (5, 380.2 * B, "CNY"): "known", (5, 659, "count"): "known", (5, 53, "count"): "known",
    (5, 100, "count"): "known",
}

# The 2018 summit, under its earlier name: a plan in "sq m" with sign-ups, the opening with a day's footfall, a
# closing report in shorthand ("RMB 42 bln"), the release and a Chinese report.
STORY_WIMS18 = [
    doc("2018-09-28", "Nanjing to host smart manufacturing summit",
        "NANJING -- The 2018 World Intelligent Manufacturing Summit will be held in Nanjing from Oct 11 to 13. Its expo "
        "will span 50,000 sq m and is expected to attract 100,000 visitors. Roughly 1,700 exhibitors have signed up."),
    doc("2018-10-11", "Intelligent manufacturing summit opens in Nanjing",
        "The 2018 World Intelligent Manufacturing Summit opened in Nanjing on Thursday, with nearly 2,000 exhibitors. "
        "Footfall on the first day topped 30,000."),
    doc("2018-10-13", "Nanjing summit wraps up",
        "The three-day World Intelligent Manufacturing Summit wrapped up in Nanjing on Saturday. Attendance exceeded "
        "100,000, and deals valued at RMB 42 bln were inked during the event, organizers said."),
    doc("2018-10-15", "World Intelligent Manufacturing Summit comes to a close",
        "NANJING, China, Oct. 15, 2018 /PRNewswire/ -- On October 13, the 2018 World Intelligent Manufacturing Summit "
        "came to a close in Nanjing. It attracted nearly 2,000 exhibitors and nearly 10,000 forum visitors. The number "
        "of visitors was beyond 100,000."),
    doc("2018-10-16", "2018世界智能制造大会闭幕 签约金额420亿元",
        "为期3天的2018世界智能制造大会13日在南京闭幕。大会吸引近2000家企业参展，观众超10万人次，现场签约金额420亿元。"),
]
GOLD_WIMS18 = {
    (0, 50000, "m2"): "new", (0, 100000, "count"): "skip", (0, 1700, "count"): "new",
    (1, 2000, "count"): "changed:conflict", (1, 30000, "count"): "new",
    (2, 3, "day"): "new", (2, 100000, "count"): "new", (2, 42 * B, "CNY"): "new",
    (3, 2000, "count"): "known", (3, 10000, "count"): "new", (3, 100000, "count"): "known",
    (4, 3, "day"): "known", (4, 2000, "count"): "known", (4, 100000, "count"): "known", (4, 42 * B, "CNY"): "known",
}

# The 2023 convention through a wire story and its reprint a day later: a plan, the opening with a running total
# since 2018, the signing in Chinese, the close, and a feature a fortnight later whose rounder visits lie inside
# what the close allowed.
STORY_WMC23_WIRE = [
    doc("2023-09-12", "Hefei gets ready for manufacturing convention",
        "HEFEI -- The 2023 World Manufacturing Convention will take place in Hefei, capital of east China's Anhui "
        "province, from Sept 20 to 23. More than 500 companies will exhibit in an area of 50,000 square meters, "
        "organizers told a press conference on Tuesday, and around 4,000 guests are expected to attend."),
    doc("2023-09-20", "World Manufacturing Convention opens in Hefei with 517 exhibitors",
        "HEFEI, Sept. 20 (Xinhua) -- The 2023 World Manufacturing Convention opened Wednesday in Hefei, with 517 "
        "companies exhibiting, 83 of them from overseas. The exhibition covers 52,000 square meters in 10 halls. "
        "Since its launch in 2018, the convention has seen 3,021 projects signed, with investment totaling 2.1 trillion "
        "yuan."),
    doc("2023-09-21", "World Manufacturing Convention opens in Hefei with 517 exhibitors - People's Daily Online",
        "HEFEI, Sept. 20 (Xinhua) -- The 2023 World Manufacturing Convention opened Wednesday in Hefei, with 517 "
        "companies exhibiting, 83 of them from overseas. The exhibition covers 52,000 square meters in 10 halls. "
        "Since its launch in 2018, the convention has seen 3,021 projects signed, with investment totaling 2.1 trillion "
        "yuan."),
    doc("2023-09-21", "2023世界制造业大会重大项目集中签约",
        "9月20日下午，2023世界制造业大会重大项目签约仪式在合肥举行。本次共签约项目734个，总投资4497.9亿元，其中制造业项目"
        "612个。"),
    doc("2023-09-23", "Manufacturing convention closes, 734 deals signed",
        "HEFEI -- The four-day 2023 World Manufacturing Convention ended in Hefei on Saturday. A total of 734 projects "
        "with investment of 449.79 billion yuan were signed, and more than 3,800 guests from 42 countries and regions "
        "attended. The expo received about 200,000 visits."),
    doc("2023-10-08", "Anhui bets on new energy vehicles",
        "HEFEI -- Anhui produced 1.3 million new energy vehicles in the first eight months, up 87 percent year on year. "
        "At last month's World Manufacturing Convention, 734 projects were signed, over a quarter of them in new energy "
        "vehicles, and the expo drew some 210,000 visits."),
]
GOLD_WMC23_WIRE = {
    (0, 500, "count"): "new", (0, 50000, "m2"): "new", (0, 4000, "count"): "new",
    (1, 517, "count"): "changed:refined", (1, 83, "count"): "new", (1, 52000, "m2"): "changed:conflict",
    (1, 10, "count"): "new", (1, 3021, "count"): "new", (1, 2.1e12, "CNY"): "new",
    (2, 517, "count"): "known", (2, 83, "count"): "known", (2, 52000, "m2"): "known", (2, 10, "count"): "known",
    (2, 3021, "count"): "known", (2, 2.1e12, "CNY"): "known",
    (3, 734, "count"): "new", (3, 449.79 * B, "CNY"): "new", (3, 612, "count"): "new",
    (4, 4, "day"): "new", (4, 734, "count"): "known", (4, 449.79 * B, "CNY"): "known", (4, 3800, "count"): "skip",
    (4, 42, "count"): "new", (4, 200000, "count"): "new",
    (5, 1.3e6, "count"): "skip", (5, 87, "percent"): "skip", (5, 734, "count"): "known", 
    # "some 210,000" lies inside what "about 200,000" allowed, and is no rounder: refined
    (5, 210000, "count"): "changed:refined",
}

# The 2025 conference with a correction: a plan with academicians, a release and its reprint on another site, one
# forum's signings, the close, and a correction that takes a count back and gives the right one.
STORY_WIMC25_FIX = [
    doc("2025-11-10", "WIMC 2025 to open in Nanjing later this month",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference is set to run from Nov 27 to 29 at the Nanjing "
        "International Expo Center. The exhibition will span 60,000 square meters, and over 1,000 guests, among them "
        "20-plus academicians, have confirmed attendance, said Jiangsu's industry department."),
    doc("2025-11-27", "2025 World Intelligent Manufacturing Conference kicks off",
        "NANJING, China, Nov. 27, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference kicked off "
        "in Nanjing today. Over 1,200 guests, including 26 academicians from China and abroad, attended the opening. "
        "The expo has gathered 560 companies, and 9 parallel forums will be held over three days."),
    doc("2025-11-28", "2025 World Intelligent Manufacturing Conference kicks off - Industry Wire",
        "NANJING, China, Nov. 27, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference kicked off "
        "in Nanjing today. Over 1,200 guests, including 26 academicians from China and abroad, attended the opening. "
        "The expo has gathered 560 companies, and 9 parallel forums will be held over three days."),
    doc("2025-11-28", "智能制造大会发布多项成果",
        "11月28日，2025世界智能制造大会发布智能制造十大科技进展和《智能制造发展指数报告》。当天的专题论坛上，24个项目签约，"
        "金额约86亿元。"),
    doc("2025-11-29", "Nanjing conference ends with 58 projects signed",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Saturday. During the event, 58 major projects "
        "worth a combined 31.2 billion yuan were signed, the organizers said. The expo, with 563 exhibitors, received more "
        "than 70,000 visitors, while its livestreams drew 12 million views."),
    doc("2025-12-02", "Correction: Nanjing conference figures",
        "NANJING -- An earlier version of this story said the 2025 World Intelligent Manufacturing Conference expo had 563 "
        "exhibitors. The correct number is 536. "
        "The expo received more than 70,000 visitors."),
]
GOLD_WIMC25_FIX = {
    (0, 3, "day"): "skip", (0, 60000, "m2"): "new", (0, 1000, "count"): "new", (0, 20, "count"): "new",
    # (the guests who attended the opening are that session's audience, a part: no change of the confirmed guests)
    (1, 1200, "count"): "new", (1, 26, "count"): "changed:refined", (1, 560, "count"): "new",
    (1, 9, "count"): "new", (1, 3, "day"): "skip",
    (2, 1200, "count"): "known", (2, 26, "count"): "known", (2, 560, "count"): "known", (2, 9, "count"): "known",
    (2, 3, "day"): "skip",
    (3, 10, "count"): "skip", (3, 24, "count"): "new", (3, 8.6 * B, "CNY"): "new",
    (4, 58, "count"): "new", (4, 31.2 * B, "CNY"): "new", (4, 563, "count"): "changed:conflict",
    (4, 70000, "count"): "new", (4, 12e6, "count"): "new",
    (5, 536, "count"): "changed:conflict", (5, 70000, "count"): "known",
}

# The 2021 convention, Chinese first: registrations before the event, the opening batch of signings, the close, the
# English report that cites the year before, and a follow-up on a part of the deals.
STORY_WMC21_ZH = [
    doc("2021-09-13", "2021世界制造业大会将于20日开幕",
        "记者从13日召开的新闻发布会上获悉，2021世界制造业大会将于9月20日至23日在合肥举办。大会将举办开幕式、主论坛和10余场专业论坛，"
        "展览面积约6万平方米，已有近400家企业确认参展。"),
    doc("2021-09-20", "2021世界制造业大会在合肥开幕",
        "9月20日，2021世界制造业大会在合肥开幕。本届大会共有来自37个国家和地区的约800名嘉宾线下参会，参展企业达到430家，"
        "其中世界500强企业37家。开幕式上，安徽省与有关企业集中签约重大项目126个，总投资2054亿元。"),
    doc("2021-09-21", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2021 World Manufacturing Convention opened in Hefei on Monday. About 800 guests "
        "from 37 countries and regions attend the event in person, and 430 companies, including 37 Fortune Global 500 "
        "firms, are exhibiting. At the opening, 126 projects with a total investment of 205.4 billion yuan were signed."),
    doc("2021-09-23", "2021世界制造业大会闭幕 签约项目总投资5821.8亿元",
        "9月23日，2021世界制造业大会在合肥闭幕。大会期间共签约项目544个，总投资5821.8亿元；线下参会嘉宾近1400人，"
        "线上观众累计超过1.2亿人次。"),
    doc("2021-09-24", "Hefei convention closes with 544 deals",
        "HEFEI -- The 2021 World Manufacturing Convention came to a close in Hefei on Thursday, with 544 projects worth "
        "582.18 billion yuan signed, up from 536 projects a year earlier. Nearly 1,400 guests attended on site, and online "
        "viewers topped 120 million."),
    doc("2021-11-02", "Anhui's manufacturing drive",
        "HEFEI -- Of the 544 projects signed at September's World Manufacturing Convention, 306 have started construction, "
        "provincial officials said. Anhui's manufacturing investment rose 29.5 percent in the first three quarters."),
]
GOLD_WMC21_ZH = {
    (0, 4, "day"): "skip", (0, 10, "count"): "new", (0, 60000, "m2"): "new", (0, 400, "count"): "new",
    (1, 37, "count"): "skip", (1, 800, "count"): "new", (1, 430, "count"): "changed:conflict",
    (1, 126, "count"): "new", (1, 205.4 * B, "CNY"): "new",
    (2, 800, "count"): "known", (2, 37, "count"): "skip", (2, 430, "count"): "known", (2, 126, "count"): "known",
    (2, 205.4 * B, "CNY"): "known",
    (3, 544, "count"): "new", (3, 582.18 * B, "CNY"): "new", (3, 1400, "count"): "changed:conflict",
    (3, 120e6, "count"): "new",
    (4, 544, "count"): "known", (4, 582.18 * B, "CNY"): "known", (4, 536, "count"): "skip", (4, 1400, "count"): "known",
    (4, 120e6, "count"): "known",
    (5, 544, "count"): "known", (5, 306, "count"): "new", (5, 29.5, "percent"): "skip",
}

# The 2018 summit and a preview of the next year's conference that cites it: a plan with expected figures, a
# province's own statistics beside the event's, a Chinese signing report, the close and its copy, and last year's
# figures restated a year later.
STORY_WIMS18_LOOKBACK = [
    doc("2018-10-11", "Nanjing summit on smart manufacturing set for October",
        "NANJING -- The 2018 World Intelligent Manufacturing Summit will open in Nanjing on Oct 11 and last three days. "
        "About 1,500 guests and over 200 exhibitors are expected, and the expo will occupy 40,000 square meters, "
        "according to the Jiangsu provincial government."),
    doc("2018-10-11", "Intelligent manufacturing summit opens in Nanjing",
        "NANJING, Oct. 11 (Xinhua) -- The 2018 World Intelligent Manufacturing Summit opened in Nanjing on Thursday, "
        "drawing more than 1,600 guests from 27 countries and regions. Jiangsu's output of industrial robots rose 22 "
        "percent last year, and the province now has 85 smart factories at the provincial level."),
    doc("2018-10-12", "2018世界智能制造大会签约项目81个",
        "10月11日，2018世界智能制造大会重大项目签约仪式在南京举行，81个项目集中签约，总投资1046亿元。本届大会博览会展览面积4万平方米，"
        "参展企业236家。"),
    doc("2018-10-13", "Summit closes with 81 projects worth 104.6 bln yuan",
        "NANJING -- The three-day 2018 World Intelligent Manufacturing Summit closed on Saturday. Eighty-one projects "
        "with total investment of 104.6 billion yuan were signed, and 236 companies exhibited. The summit attracted "
        "95,000 visits."),
    doc("2018-10-13", "Summit closes with 81 projects worth 104.6 bln yuan - Jiangsu channel",
        "NANJING -- The three-day 2018 World Intelligent Manufacturing Summit closed on Saturday. Eighty-one projects "
        "with total investment of 104.6 billion yuan were signed, and 236 companies exhibited. The summit attracted "
        "95,000 visits."),
    doc("2019-11-20", "Nanjing prepares second-generation smart manufacturing event",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opens on Dec 5. Last year's summit drew 1,600 "
        "guests and saw 81 projects signed; this year, 300 companies will exhibit."),
]
GOLD_WIMS18_LOOKBACK = {
    (0, 3, "day"): "new", (0, 1500, "count"): "new", (0, 200, "count"): "new", (0, 40000, "m2"): "new",
    (1, 1600, "count"): "new", (1, 27, "count"): "new", (1, 22, "percent"): "skip", (1, 85, "count"): "skip",
    (2, 81, "count"): "new", (2, 104.6 * B, "CNY"): "new", (2, 40000, "m2"): "known", (2, 236, "count"): "new",
    (3, 3, "day"): "known", (3, 81, "count"): "known", (3, 104.6 * B, "CNY"): "known", (3, 236, "count"): "known",
    (3, 95000, "count"): "new",
    (4, 3, "day"): "known", (4, 81, "count"): "known", (4, 104.6 * B, "CNY"): "known", (4, 236, "count"): "known",
    (4, 95000, "count"): "known",
    (5, 1600, "count"): "known", (5, 81, "count"): "known", (5, 300, "count"): "skip",
}

# The 2024 convention and its sessions: the opening ceremony's batch, a session's signings and a forum's in Chinese
# (parts, not the edition's), the close in Chinese and English, and a look back a month later.
STORY_WMC24_SESSIONS = [
    doc("2024-09-20", "WMC 2024 opens; 147 projects signed on day one",
        "HEFEI, Sept. 20 (Xinhua) -- The 2024 World Manufacturing Convention opened on Friday in Hefei. At the opening "
        "ceremony, 147 projects with a total investment of 103.9 billion yuan were signed. Over 500 companies, including "
        "60 Fortune Global 500 firms, are taking part in the exhibition, which covers 60,000 square meters."),
    doc("2024-09-21", "Anhui-Hong Kong session signs 20 projects",
        "HEFEI -- A session linking Anhui and Hong Kong businesses on the sidelines of the 2024 World Manufacturing "
        "Convention saw 20 projects signed, worth 12 billion yuan in total. The session drew about 300 participants."),
    doc("2024-09-21", "世界制造业大会新能源汽车产业论坛举行",
        "9月21日，2024世界制造业大会新能源汽车产业发展论坛在合肥举行，约350位嘉宾出席，现场签约项目15个，总金额46亿元。"),
    doc("2024-09-23", "2024世界制造业大会闭幕",
        "9月23日，为期4天的2024世界制造业大会在合肥闭幕。大会共签约项目781个，总投资5360.5亿元；参展企业531家，"
        "其中境外企业107家；展会累计接待观众超20万人次。"),
    doc("2024-09-24", "WMC 2024 wraps up with 781 projects",
        "HEFEI -- The 2024 World Manufacturing Convention ended on Monday after four days, with 781 projects worth "
        "536.05 billion yuan signed. There were 531 exhibitors, 107 of them from abroad, and the event received over "
        "200,000 visits. The Anhui-Hong Kong session alone brought in 20 projects."),
    doc("2024-10-15", "A look back at the 2024 convention",
        "HEFEI -- At the 2024 World Manufacturing Convention, 781 projects were signed, with investment of 536.1 billion "
        "yuan. Exhibitors numbered 530, including 107 overseas companies."),
]
GOLD_WMC24_SESSIONS = {
    (0, 147, "count"): "new", (0, 103.9 * B, "CNY"): "new", (0, 500, "count"): "new", (0, 60, "count"): "new",
    (0, 60000, "m2"): "new",
    (1, 20, "count"): "new", (1, 12 * B, "CNY"): "new", (1, 300, "count"): "new",
    (2, 350, "count"): "new", (2, 15, "count"): "new", (2, 4.6 * B, "CNY"): "new",
    (3, 4, "day"): "new", (3, 781, "count"): "new", (3, 536_050_000_000, "CNY"): "new", (3, 531, "count"): "changed:refined",
    (3, 107, "count"): "new", (3, 200000, "count"): "new",
    (4, 4, "day"): "known", (4, 781, "count"): "known", (4, 536_050_000_000, "CNY"): "known", (4, 531, "count"): "known",
    (4, 107, "count"): "known", (4, 200000, "count"): "known", (4, 20, "count"): "known",
    (5, 781, "count"): "known", (5, 536.1 * B, "CNY"): "known", (5, 530, "count"): "known", (5, 107, "count"): "known",
}

# The 2026 conference: a plan, registrations before the opening beside last year's count, the opening in English and
# Chinese, the close, and a summary with the main forum's own audience.
STORY_WIMC26 = [
    doc("2026-11-03", "Nanjing to host 2026 World Intelligent Manufacturing Conference",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference will be held in Nanjing from Nov 26 to 28. "
        "Organizers plan one main forum and 12 thematic forums, and the exhibition will cover 55,000 square meters."),
    doc("2026-11-20", "Registrations top 600 for WIMC expo",
        "NANJING -- Over 600 companies have registered to exhibit at the 2026 World Intelligent Manufacturing Conference, "
        "organizers said on Friday, six days before the event opens. Last year's expo had 536 exhibitors."),
    doc("2026-11-26", "Smart manufacturing conference opens in Nanjing",
        "NANJING, Nov. 26 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference opened in Nanjing on Thursday. "
        "It features 642 exhibitors and one main forum plus 13 thematic forums. More than 1,500 guests from 35 countries "
        "and regions are attending."),
    doc("2026-11-26", "2026世界智能制造大会开幕",
        "11月26日，2026世界智能制造大会在南京开幕。大会设1场主论坛和13场专题论坛，642家企业参展，来自35个国家和地区的1500余位嘉宾参会。"),
    doc("2026-11-28", "WIMC 2026 closes; 64 projects worth 38.5 bln yuan signed",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference concluded on Saturday. Sixty-four projects worth "
        "38.5 billion yuan were signed during the three-day event, and the exhibition received 86,000 visits. Exhibitors "
        "totaled 648."),
    doc("2026-11-30", "Nanjing conference: by the numbers",
        "NANJING -- Over three days, the 2026 World Intelligent Manufacturing Conference hosted 1,530 guests and 648 "
        "exhibitors, and 64 projects worth 38.5 billion yuan were signed. The main forum alone drew 800 attendees."),
]
GOLD_WIMC26 = {
    (0, 1, "count"): "skip", (0, 12, "count"): "new", (0, 55000, "m2"): "new",
    (1, 600, "count"): "new", (1, 6, "day"): "skip", (1, 536, "count"): "skip",
    (2, 642, "count"): "changed:refined", (2, 1, "count"): "skip", (2, 13, "count"): "changed:conflict",
    (2, 1500, "count"): "new", (2, 35, "count"): "new",
    (3, 1, "count"): "skip", (3, 13, "count"): "known", (3, 642, "count"): "known", (3, 35, "count"): "known",
    (3, 1500, "count"): "known",
    (4, 64, "count"): "new", (4, 38.5 * B, "CNY"): "new", (4, 86000, "count"): "new", (4, 3, "day"): "new",
    (4, 648, "count"): "changed:conflict",
    (5, 3, "day"): "known", (5, 1530, "count"): "changed:refined", (5, 648, "count"): "known", (5, 64, "count"): "known",
    (5, 38.5 * B, "CNY"): "known", (5, 800, "count"): "new",
}

# The 2024 convention's running totals: a plan that sums up every edition since 2018, the opening's rounder
# restatement, a feature with a credit line, the close in Chinese with the updated total since 2018, the English
# close, and a feature in November.
STORY_WMC24_TOTALS = [
    doc("2024-09-10", "Hefei readies sixth-plus World Manufacturing Convention",
        "HEFEI -- Since it was first held in 2018, the World Manufacturing Convention has seen 3,021 projects signed with "
        "a total investment of 2.1 trillion yuan, organizers said on Tuesday. This year's event, from Sept 20 to 23, will "
        "have 10 exhibition halls covering 60,000 square meters."),
    doc("2024-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2024 World Manufacturing Convention opened Friday in Hefei. More than 500 "
        "exhibitors are showing their products in 10 halls. The previous six editions have drawn over 3,000 signed "
        "projects with investment topping 2 trillion yuan."),
    doc("2024-09-21", "Global Times: manufacturing convention showcases smart factories",
        "Global Times) 10:15, September 21, 2024\n\nRobots and electric vehicles dominate the halls of the 2024 World "
        "Manufacturing Convention in Hefei, where 531 companies are exhibiting. One carmaker alone displays 36 models. "
        "The exhibition spans 60,000 square meters."),
    doc("2024-09-23", "2024世界制造业大会闭幕",
        "9月23日，2024世界制造业大会在合肥闭幕。大会期间共签约项目781个，总投资5360.5亿元。自2018年以来，大会累计签约项目3802个。"),
    doc("2024-09-24", "WMC 2024 ends with 781 projects signed",
        "HEFEI -- The 2024 World Manufacturing Convention concluded in Hefei on Monday. In all, 781 projects were signed "
        "during the four days, with total investment of 536.05 billion yuan. That brings the convention's tally since "
        "2018 to 3,802 projects."),
    doc("2024-11-02", "Hefei's convention draws foreign investors",
        "HEFEI -- At this year's World Manufacturing Convention, 531 companies exhibited and 781 projects were signed. "
        "Since 2018 the event has drawn 3,800-plus projects."),
]
GOLD_WMC24_TOTALS = {
    (0, 3021, "count"): "new", (0, 2.1e12, "CNY"): "new", (0, 4, "day"): "skip", (0, 10, "count"): "new",
    (0, 60000, "m2"): "new",
    (1, 500, "count"): "new", (1, 10, "count"): "known", (1, 3000, "count"): "known", (1, 2e12, "CNY"): "known",
    (2, 531, "count"): "changed:refined", (2, 36, "count"): "new", (2, 60000, "m2"): "known",
    (3, 781, "count"): "new", (3, 536_050_000_000, "CNY"): "new", (3, 3802, "count"): "changed:conflict",
    (4, 781, "count"): "known", (4, 4, "day"): "skip", (4, 536_050_000_000, "CNY"): "known", (4, 3802, "count"): "known",
    (5, 531, "count"): "known", (5, 781, "count"): "known", (5, 3800, "count"): "known",
}

# The 2022 convention in traditional and simplified characters: a forecast, the opening in Chinese and the wire's
# English report the next day, the close in traditional characters and the English close, which counts everyone
# online and offline.
STORY_WMC22_TRAD = [
    doc("2022-09-15", "2022世界製造業大會下周開幕",
        "2022世界製造業大會將於9月20日至23日在合肥舉行，預計線下參展企業約500家，境外嘉宾超過100位。"),
    doc("2022-09-20", "2022世界制造业大会开幕",
        "9月20日，2022世界制造业大会在合肥开幕。大会线下参展企业达到641家，其中世界500强企业52家；开幕式上，集中签约项目138个，总投资1327亿元。"),
    doc("2022-09-21", "World Manufacturing Convention 2022 opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2022 World Manufacturing Convention kicked off in Hefei on Tuesday, with 641 "
        "companies exhibiting on site, 52 of them Fortune Global 500 firms. At the opening ceremony, 138 projects with "
        "investment of 132.7 billion yuan were signed."),
    doc("2022-09-23", "2022世界製造業大會閉幕 簽約項目632個",
        "2022世界製造業大會23日在合肥閉幕。本屆大會共簽約項目632個，總投資6561.8億元，線上線下觀展人數超過80萬人次。"),
    doc("2022-09-26", "Hefei convention seals 632 deals",
        "HEFEI -- Deals for 632 projects, with investment totaling 656.18 billion yuan, were sealed at the 2022 World "
        "Manufacturing Convention, which closed on Friday. More than 800,000 people visited the event online and offline, "
        "and 641 companies took part in the exhibition."),
]
GOLD_WMC22_TRAD = {
    (0, 4, "day"): "skip", (0, 500, "count"): "new", (0, 100, "count"): "new",
    (1, 641, "count"): "new", (1, 52, "count"): "new", (1, 138, "count"): "new", (1, 132.7 * B, "CNY"): "new",
    (2, 641, "count"): "known", (2, 52, "count"): "known", (2, 138, "count"): "known", (2, 132.7 * B, "CNY"): "known",
    (3, 632, "count"): "new", (3, 656.18 * B, "CNY"): "new", (3, 800000, "count"): "new",
    (4, 632, "count"): "known", (4, 656.18 * B, "CNY"): "known", (4, 800000, "count"): "known", (4, 641, "count"): "known",
}

# The 2024 conference and its expo: a plan, the opening's rounder count of companies, the next day's exact count,
# the close in Chinese and as a release, and a feature with a credit line and a province's own statistics.
STORY_WIMC24_EXPO = [
    doc("2024-11-25", "Nanjing to host intelligent manufacturing conference",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference will be held at the Nanjing International Expo "
        "Center from Dec 5 to 7. Organizers have lined up one opening ceremony, a main forum, 10 thematic forums and an "
        "expo of 50,000 square meters."),
    doc("2024-12-05", "World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Dec. 5 (Xinhua) -- The 2024 World Intelligent Manufacturing Conference opened Thursday in Nanjing, "
        "gathering some 260 companies for its expo. Around 1,000 guests attended the opening, including 20 academicians."),
    doc("2024-12-06", "Smart manufacturing conference: 263 firms, 20 academicians",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference has gathered 263 companies at its expo, which "
        "covers 50,000 square meters, while more than 1,000 guests, including 20 academicians, are taking part."),
    doc("2024-12-07", "2024世界智能制造大会闭幕",
        "12月7日，2024世界智能制造大会在南京闭幕。大会期间集中签约重大项目30个，总投资536.3亿元，展会共接待观众约9万人次。"),
    doc("2024-12-08", "Nanjing conference signs 30 projects worth RMB 53.63 billion",
        "NANJING, Dec. 8, 2024 /PRNewswire/ -- The 2024 World Intelligent Manufacturing Conference closed in Nanjing on "
        "December 7. Thirty major projects, worth RMB 53.63 billion, were signed, and the expo received about 90,000 "
        "visits. 263 companies exhibited."),
    doc("2024-12-23", "Intelligent manufacturing takes center stage in Jiangsu",
        "Global Times) 09:33, December 23, 2024\n\nAt this month's World Intelligent Manufacturing Conference in Nanjing, "
        "30 projects worth 53.6 billion yuan were signed and 263 companies put their products on show. Jiangsu now has "
        "2,145 smart factories at the provincial level."),
]
GOLD_WIMC24_EXPO = {
    (0, 1, "count"): "skip", (0, 10, "count"): "new", (0, 50000, "m2"): "new",
    (1, 260, "count"): "new", (1, 1000, "count"): "new", (1, 20, "count"): "new",
    (2, 263, "count"): "changed:refined", (2, 50000, "m2"): "known", (2, 1000, "count"): "new", (2, 20, "count"): "known",
    (3, 30, "count"): "new", (3, 53.63 * B, "CNY"): "new", (3, 90000, "count"): "new",
    (4, 30, "count"): "known", (4, 53.63 * B, "CNY"): "known", (4, 90000, "count"): "known", (4, 263, "count"): "known",
    (5, 30, "count"): "known", (5, 53.6 * B, "CNY"): "known", (5, 263, "count"): "known", (5, 2145, "count"): "skip",
}

# The 2019 conference: a plan beside last year's area, a release that lists exhibitors by name before a count of
# guests, a province's plan with the signing ceremony's batch, the close in Chinese and English, and a look back.
STORY_WIMC19_LISTS = [
    doc("2019-11-28", "World Intelligent Manufacturing Conference to open next week",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference will run from Dec 5 to 8 in Nanjing. Organizers "
        "said 300-plus companies had confirmed they would exhibit, and the exhibition area would reach 58,000 square "
        "meters, up from 40,000 square meters last year."),
    doc("2019-12-05", "WIMC 2019 kicks off in Nanjing",
        "NANJING, China, Dec. 5, 2019 /PRNewswire/ -- The 2019 World Intelligent Manufacturing Conference kicked off "
        "today in Nanjing. The four-day event brings together 330 exhibitors, including ABB, Siemens and Huawei, and "
        "more than 2,000 guests. The exhibition area is 58,000 square meters."),
    doc("2019-12-06", "Jiangsu unveils smart manufacturing plan at Nanjing conference",
        "NANJING -- Jiangsu will build 1,000 smart workshops by 2022, the provincial government announced at the World "
        "Intelligent Manufacturing Conference on Friday. The province already has 388 of them. At the conference's "
        "signing ceremony on Thursday, 25 projects worth 21.2 billion yuan were signed."),
    doc("2019-12-08", "2019世界智能制造大会闭幕",
        "12月8日，为期4天的2019世界智能制造大会在南京闭幕。大会共签约项目77个，总投资868亿元；参展企业330家，观众达12万人次。"),
    doc("2019-12-09", "Smart manufacturing conference closes with 77 deals",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference closed on Sunday, with 77 projects worth 86.8 "
        "billion yuan signed. The exhibition drew 120,000 visits, and 2,400 guests took part in the conference."),
    doc("2019-12-20", "Jiangsu's intelligent manufacturing year",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference, held earlier this month, drew 2,400 guests and "
        "330 exhibitors. Of the 77 projects signed, 21 are in industrial internet."),
]
GOLD_WIMC19_LISTS = {
    (0, 4, "day"): "skip", (0, 300, "count"): "new", (0, 58000, "m2"): "new", (0, 40000, "m2"): "skip",
    (1, 4, "day"): "new", (1, 330, "count"): "changed:refined", (1, 2000, "count"): "new", (1, 58000, "m2"): "known",
    (2, 1000, "count"): "skip", (2, 388, "count"): "skip", (2, 25, "count"): "new", (2, 21.2 * B, "CNY"): "new",
    (3, 4, "day"): "known", (3, 77, "count"): "new", (3, 86.8 * B, "CNY"): "new", (3, 330, "count"): "known",
    (3, 120000, "count"): "new",
    (4, 77, "count"): "known", (4, 86.8 * B, "CNY"): "known", (4, 120000, "count"): "known", (4, 2400, "count"): "changed:refined",
    (5, 2400, "count"): "known", (5, 330, "count"): "known", (5, 77, "count"): "known", (5, 21, "count"): "new",
}

# The 2021 convention on site and on the cloud: a plan, a count at noon on the opening day, the cloud exhibition's
# visits, and the close with its copy a day later. The second day's "It features 1,338 companies" leaves its subject
# in the sentence before; it is read as companies, not as the cloud exhibition's exhibitors, and the hand-made flags
# say what a reader would see.
STORY_WMC21_CLOUD = [
    doc("2021-09-06", "Hefei to host manufacturing convention online and offline",
        "HEFEI -- The 2021 World Manufacturing Convention will be held in Hefei from Sept 20 to 23, both online and "
        "offline. The offline exhibition will cover 60,000 square meters, while the cloud exhibition will host more than "
        "1,000 companies."),
    doc("2021-09-20", "Manufacturing convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2021 World Manufacturing Convention opened in Hefei on Monday. As of noon, "
        "1,326 companies had joined its cloud exhibition, and 430 were exhibiting at the venue."),
    doc("2021-09-21", "Cloud exhibition proves popular at Hefei convention",
        "HEFEI -- The cloud exhibition of the 2021 World Manufacturing Convention had received 38 million visits by "
        "Tuesday evening, organizers said. It features 1,338 companies."),
    doc("2021-09-23", "WMC 2021 closes; online visits top 120 million",
        "HEFEI -- The 2021 World Manufacturing Convention closed in Hefei on Thursday. Its cloud exhibition, with 1,338 "
        "companies, received more than 120 million visits. Offline, 430 companies exhibited and 544 projects were signed."),
    doc("2021-09-24", "WMC 2021 closes; online visits top 120 million",
        "HEFEI -- The 2021 World Manufacturing Convention closed in Hefei on Thursday. Its cloud exhibition, with 1,338 "
        "companies, received more than 120 million visits. Offline, 430 companies exhibited and 544 projects were signed."),
]
GOLD_WMC21_CLOUD = {
    (0, 4, "day"): "skip", (0, 60000, "m2"): "new", (0, 1000, "count"): "new",
    (1, 1326, "count"): "changed:refined", (1, 430, "count"): "new",
    (2, 38e6, "count"): "new", (2, 1338, "count"): "changed:refined",
    (3, 1338, "count"): "known", (3, 120e6, "count"): "changed:refined", (3, 430, "count"): "known", (3, 544, "count"): "new",
    (4, 1338, "count"): "known", (4, 120e6, "count"): "known", (4, 430, "count"): "known", (4, 544, "count"): "known",
}

# The 2025 convention through a release and its copy a day later (a plan with halls and sums since 2018), the
# Chinese close with the projects it facilitated, the English close with the part signed on site, and a month later.
STORY_WMC25_RELEASE = [
    doc("2025-09-12", "2025 World Manufacturing Convention to be held in Hefei from September 20th to 23rd",
        "HEFEI, China, Sept. 12, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention will take place in Hefei, "
        "Anhui, from September 20th to 23rd. Spanning an 18,000-square-meter main hall and a further 52,000 square meters "
        "of themed exhibition space, the Convention is set to welcome more than 1,500 heavyweight guests.\n\n"
        "Since 2018, the Convention has been held in Hefei for seven consecutive years. It has attracted over 18,000 "
        "guests, secured 3,800-plus project agreements and seen investment exceeding 2 trillion yuan."),
    doc("2025-09-13", "2025 World Manufacturing Convention to be held in Hefei from September 20th to 23rd - Yahoo Finance",
        "HEFEI, China, Sept. 12, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention will take place in Hefei, "
        "Anhui, from September 20th to 23rd. Spanning an 18,000-square-meter main hall and a further 52,000 square meters "
        "of themed exhibition space, the Convention is set to welcome more than 1,500 heavyweight guests.\n\n"
        "Since 2018, the Convention has been held in Hefei for seven consecutive years. It has attracted over 18,000 "
        "guests, secured 3,800-plus project agreements and seen investment exceeding 2 trillion yuan."),
    doc("2025-09-23", "2025世界制造业大会促成合作项目695个",
        "9月23日，2025世界制造业大会闭幕。大会共促成合作项目695个，总投资3812亿元，其中现场签约项目147个。本届大会共有1600余位嘉宾出席，"
        "境外嘉宾320余位。"),
    doc("2025-09-24", "World Manufacturing Convention facilitates 695 cooperation projects",
        "HEFEI -- The 2025 World Manufacturing Convention facilitated 695 cooperation projects with a total investment of "
        "381.2 billion yuan, organizers said as the four-day event closed on Tuesday. Of them, 147 were signed on site. "
        "More than 1,600 guests attended, including over 320 from overseas."),
    doc("2025-10-20", "Anhui's manufacturing showcase, a month on",
        "HEFEI -- A month after the 2025 World Manufacturing Convention, 212 of the 695 projects it facilitated have "
        "started construction. The convention hosted 1,620 guests in all."),
]
GOLD_WMC25_RELEASE = {
    (0, 4, "day"): "skip", (0, 18000, "m2"): "new", (0, 52000, "m2"): "new", (0, 1500, "count"): "new",
    (0, 7, "count"): "skip", (0, 18000, "count"): "new", (0, 3800, "count"): "new", (0, 2e12, "CNY"): "new",
    (1, 4, "day"): "skip", (1, 18000, "m2"): "known", (1, 52000, "m2"): "known", (1, 1500, "count"): "known",
    (1, 7, "count"): "skip", (1, 18000, "count"): "known", (1, 3800, "count"): "known", (1, 2e12, "CNY"): "known",
    (2, 695, "count"): "new", (2, 381.2 * B, "CNY"): "new", (2, 147, "count"): "new", (2, 1600, "count"): "new",
    (2, 320, "count"): "new",
    (3, 695, "count"): "known", (3, 381.2 * B, "CNY"): "known", (3, 147, "count"): "known", (3, 4, "day"): "new",
    (3, 1600, "count"): "known", (3, 320, "count"): "known",
    (4, 212, "count"): "new", (4, 695, "count"): "known", (4, 1620, "count"): "changed:refined",
}

# The 2023 conference: a Chinese plan with a forecast of exhibitors, the opening, a feature with one hall's firms,
# the Chinese close and the English close with a rounder count of guests that is no rounder.
STORY_WIMC23_HALLS = [
    doc("2023-11-28", "2023世界智能制造大会将于12月6日开幕",
        "2023世界智能制造大会将于12月6日至8日在南京国际博览中心举办。大会将设置1场开幕式、1场主论坛和12场平行论坛，博览会展览面积5万平方米，"
        "预计参展企业300家左右。"),
    doc("2023-12-06", "World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Dec. 6 (Xinhua) -- The 2023 World Intelligent Manufacturing Conference opened on Wednesday in Nanjing, "
        "with 312 companies exhibiting at its expo. About 1,300 guests, including 25 academicians, are attending."),
    doc("2023-12-06", "Robots star at Nanjing smart manufacturing expo",
        "NANJING -- Industrial robots, humanoids and digital twins fill the 50,000-square-meter expo of the 2023 World "
        "Intelligent Manufacturing Conference, where more than 300 companies are exhibiting. Hall 5 alone houses 48 "
        "robotics firms."),
    doc("2023-12-08", "2023世界智能制造大会闭幕 签约项目52个",
        "12月8日，2023世界智能制造大会在南京闭幕。大会期间签约重大项目52个，总投资约420亿元；博览会参展企业312家，接待观众8.5万人次。"),
    doc("2023-12-09", "Nanjing smart manufacturing conference wraps up",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed on Friday. Fifty-two major projects with "
        "total investment of about 42 billion yuan were signed, and the expo received 85,000 visits. Some 1,350 guests "
        "took part."),
]
GOLD_WIMC23_HALLS = {
    (0, 3, "day"): "skip", (0, 1, "count"): "skip", (0, 12, "count"): "new", (0, 50000, "m2"): "new", (0, 300, "count"): "new",
    (1, 312, "count"): "new", (1, 1300, "count"): "new", (1, 25, "count"): "new",
    (2, 50000, "m2"): "known", (2, 300, "count"): "known", (2, 48, "count"): "new",
    (3, 52, "count"): "new", (3, 42 * B, "CNY"): "new", (3, 312, "count"): "known", (3, 85000, "count"): "new",
    (4, 52, "count"): "known", (4, 42 * B, "CNY"): "known", (4, 85000, "count"): "known", (4, 1350, "count"): "changed:refined",
}

# The 2020 convention on site and on its cloud platform: a Chinese plan that invites companies online (a forecast),
# the opening with those on site and "1,260 more" online, a count of views by Sunday, the Chinese close and the
# English close with everyone online and offline.
STORY_WMC20_PLATFORM = [
    doc("2020-09-01", "2020世界制造业大会将线上线下同步举办",
        "2020世界制造业大会将于11月20日至23日在合肥举办，线上线下同步进行。线下展览面积约6万平方米，云展厅拟邀请1000家以上企业参展。"),
    doc("2020-11-20", "World Manufacturing Convention opens in Hefei, partly online",
        "HEFEI, Nov. 20 (Xinhua) -- The 2020 World Manufacturing Convention opened in Hefei on Friday, combining online "
        "and offline events because of COVID-19. Some 462 companies are exhibiting at the venue, while its cloud platform "
        "hosts 1,260 more. The offline exhibition covers 60,000 square meters."),
    doc("2020-11-22", "Hefei convention's cloud platform draws 30 million views",
        "HEFEI -- Views of the 2020 World Manufacturing Convention's cloud platform passed 30 million by Sunday, "
        "organizers said."),
    doc("2020-11-23", "2020世界制造业大会闭幕 签约项目536个",
        "11月23日，2020世界制造业大会在合肥闭幕。大会共签约项目536个，总投资4625.6亿元。线下参展企业462家，云上参展企业1260家，"
        "线上浏览量达4500万次。"),
    doc("2020-11-24", "WMC 2020 closes with 536 projects worth 462.56 bln yuan",
        "HEFEI -- The 2020 World Manufacturing Convention closed on Monday with 536 projects worth 462.56 billion yuan "
        "signed. In all, 1,722 companies exhibited online and offline, and the online platform logged 45 million views."),
]
GOLD_WMC20_PLATFORM = {
    (0, 4, "day"): "skip", (0, 60000, "m2"): "new", (0, 1000, "count"): "new",
    (1, 462, "count"): "new", (1, 1260, "count"): "new", (1, 60000, "m2"): "known",
    (2, 30e6, "count"): "new",
    (3, 536, "count"): "new", (3, 462.56 * B, "CNY"): "new", (3, 462, "count"): "known", (3, 1260, "count"): "known",
    (3, 45e6, "count"): "changed:refined",
    (4, 536, "count"): "known", (4, 462.56 * B, "CNY"): "known", (4, 1722, "count"): "new", (4, 45e6, "count"): "known",
}

# The 2022 conference in person and online: a plan, the opening with guests and online viewers, a feature with a
# province's own count and one session's deals, the Chinese close and a release.
STORY_WIMC22_HYBRID = [
    doc("2022-11-10", "Nanjing to host WIMC 2022 in hybrid format",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference will be held in Nanjing from Nov 24 to 26, both "
        "in person and online. Organizers plan a main forum and 10 specialized forums; around 800 guests will attend in "
        "person."),
    doc("2022-11-24", "2022 World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Nov. 24 (Xinhua) -- The 2022 World Intelligent Manufacturing Conference opened in Nanjing on Thursday. "
        "Some 850 guests attended in person and more than 1.2 million watched the opening online. The cloud exhibition "
        "features 1,100 companies."),
    doc("2022-11-25", "EconoScope | Jiangsu's smart factories on show",
        "NANJING -- Jiangsu had 2,145 provincial-level smart workshops by the end of October, officials said at the 2022 "
        "World Intelligent Manufacturing Conference. At a matchmaking session on Friday, 16 deals worth 5.2 billion yuan "
        "were reached."),
    doc("2022-11-26", "2022世界智能制造大会闭幕",
        "11月26日，2022世界智能制造大会在南京闭幕。大会共签约项目41个，总金额306亿元；线下出席嘉宾约860人，线上观看人次超过500万。"),
    doc("2022-11-28", "WIMC 2022 ends: 41 projects, 30.6 bln yuan",
        "NANJING, China, Nov. 28, 2022 /PRNewswire/ -- The 2022 World Intelligent Manufacturing Conference ended on "
        "November 26 in Nanjing. 41 projects with a total contract value of 30.6 billion yuan were signed. About 860 "
        "guests attended offline, and online views of the conference exceeded 5 million. Its cloud exhibition gathered "
        "1,120 companies."),
]
GOLD_WIMC22_HYBRID = {
    (0, 3, "day"): "skip", (0, 10, "count"): "new", (0, 800, "count"): "new",
    (1, 850, "count"): "changed:refined", (1, 1.2e6, "count"): "new", (1, 1100, "count"): "new",
    (2, 2145, "count"): "skip", (2, 16, "count"): "new", (2, 5.2 * B, "CNY"): "new",
    (3, 41, "count"): "new", (3, 30.6 * B, "CNY"): "new", (3, 860, "count"): "changed:refined", (3, 5e6, "count"): "new",
    (4, 41, "count"): "known", (4, 30.6 * B, "CNY"): "known", (4, 860, "count"): "known", (4, 5e6, "count"): "known",
    (4, 1120, "count"): "changed:conflict",
}

# The 2023 convention: a plan with a range of exhibitors and last year's count, the opening with the first day's
# deals and a growth rate, a Chinese running count with its headline, the close with a conversion to dollars, the
# Chinese close citing the previous edition, and a later report in dollars.
STORY_WMC23_RANGE = [
    doc("2023-09-05", "WMC 2023 to see record exhibitors",
        "HEFEI -- The 2023 World Manufacturing Convention, to be held Sept 20-24, will host between 500 and 600 exhibitors, "
        "a record for the event, organizers said. Last year's edition had 641 exhibitors on site and online."),
    doc("2023-09-20", "WMC 2023 opens, inks 128 deals on day one",
        "HEFEI, Sept. 20 (Xinhua) -- The 2023 World Manufacturing Convention, the sixth edition of the event, opened "
        "Wednesday in Hefei. On the first day, 128 projects with investment of 94.2 billion yuan were inked. The expo "
        "features 560 companies, up 12 percent from last year, and 300-plus new products are debuting."),
    doc("2023-09-22", "2023世界制造业大会观众超12万人次",
        "截至9月22日18时，2023世界制造业大会展会累计接待观众12.3万人次，其中专业观众4.1万人次。"),
    doc("2023-09-24", "WMC 2023 inks 734 deals worth 447.7 bln yuan",
        "HEFEI -- The five-day 2023 World Manufacturing Convention closed on Sunday. A total of 734 projects were signed, "
        "involving investment of 447.7 billion yuan (about 61.3 billion U.S. dollars). The expo drew 180,000 visits, and "
        "560 companies exhibited."),
    doc("2023-09-25", "2023世界制造业大会闭幕",
        "2023世界制造业大会24日闭幕，共签约项目734个，总投资4477亿元，展会接待观众18万人次。上届大会签约项目为632个。"),
    doc("2023-10-10", "USD 61.3 bln in deals: Hefei convention's results",
        "HEFEI -- Projects worth 61.3 billion U.S. dollars were signed at last month's World Manufacturing Convention in "
        "Hefei, which drew 180,000 visits."),
]
GOLD_WMC23_RANGE = {
    (0, 500, "count"): "new", (0, 600, "count"): "new", (0, 641, "count"): "skip",
    (1, 128, "count"): "new", (1, 94.2 * B, "CNY"): "new", (1, 560, "count"): "changed:refined", (1, 12, "percent"): "skip",
    (1, 300, "count"): "new",
    (2, 123000, "count"): "new", (2, 41000, "count"): "new",
    (3, 5, "day"): "new", (3, 734, "count"): "new", (3, 447.7 * B, "CNY"): "new", (3, 61.3 * B, "USD"): "new",
    (3, 180000, "count"): "changed:refined", (3, 560, "count"): "known",
    (4, 734, "count"): "known", (4, 447.7 * B, "CNY"): "known", (4, 180000, "count"): "known", (4, 632, "count"): "skip",
    (5, 61.3 * B, "USD"): "known", (5, 180000, "count"): "known",
}

# The 2021 conference in Chinese and English: a plan that names its edition ("第六届", no running total), the opening
# ceremony's batch of one city's signings, one meeting's deals on the sidelines, and the close in both languages.
STORY_WIMC21_ZH_BATCHES = [
    doc("2021-12-02", "2021世界智能制造大会12月7日开幕",
        "2021世界智能制造大会将于12月7日至9日在南京举办。本届大会为第六届，设主论坛1场、专题论坛15场，展览面积5万平方米。"),
    doc("2021-12-07", "2021世界智能制造大会开幕",
        "12月7日，2021世界智能制造大会在南京开幕。开幕式上，南京市集中签约重大项目32个，总投资403亿元。博览会吸引300余家企业参展。"),
    doc("2021-12-08", "21 industrial projects land in Nanjing on conference sidelines",
        "NANJING -- On the sidelines of the 2021 World Intelligent Manufacturing Conference, a rail transit investment "
        "promotion meeting saw 21 industrial projects signed, with investment of 21.58 billion yuan."),
    doc("2021-12-09", "2021世界智能制造大会闭幕",
        "12月9日，2021世界智能制造大会在南京闭幕。大会期间共签约项目86个，总投资810亿元；博览会参展企业316家，吸引观众9.2万人次。"),
    doc("2021-12-10", "WIMC 2021 closes with 86 projects",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference, the sixth of its kind, closed on Thursday. "
        "It saw 86 projects worth 81 billion yuan signed. There were 316 exhibitors and 92,000 visits over three days, "
        "and 15 thematic forums were held."),
]
GOLD_WIMC21_ZH_BATCHES = {
    (0, 3, "day"): "skip", (0, 1, "count"): "skip", (0, 15, "count"): "new", (0, 50000, "m2"): "new",
    (1, 32, "count"): "new", (1, 40.3 * B, "CNY"): "new", (1, 300, "count"): "new",
    (2, 21, "count"): "new", (2, 21.58 * B, "CNY"): "new",
    (3, 86, "count"): "new", (3, 81 * B, "CNY"): "new", (3, 316, "count"): "changed:refined", (3, 92000, "count"): "new",
    (4, 86, "count"): "known", (4, 81 * B, "CNY"): "known", (4, 316, "count"): "known", (4, 92000, "count"): "known",
    (4, 3, "day"): "new", (4, 15, "count"): "known",
}

# The 2024 convention in features: a preview that expects companies and a share from abroad, a photo caption without
# figures, a feature counting overseas exhibitors among all of them (under their other name: a change of the
# preview's companies), and the close with a growth rate.
STORY_WMC24_FEATURES = [
    doc("2024-09-19", "Global Times: Hefei convention to spotlight 'new quality productive forces'",
        "Global Times) 16:20, September 19, 2024\n\nThe 2024 World Manufacturing Convention, opening in Hefei on Friday, "
        "will bring together more than 500 companies, organizers told the Global Times. According to the organizer, about "
        "30 percent of exhibitors will come from abroad, and the event will span 4 days."),
    doc("2024-09-20", "In pics: robots, EVs at 2024 World Manufacturing Convention",
        "Photo taken on Sept. 20, 2024 shows a humanoid robot at the 2024 World Manufacturing Convention in Hefei. "
        "(Xinhua/Zhou Mu)"),
    doc("2024-09-21", "EconoScope | World Manufacturing Convention welcomes rising global participation",
        "HEFEI -- Foreign participation at the 2024 World Manufacturing Convention has grown: 107 of the 531 exhibitors "
        "are from overseas, compared with 83 last year. 'We signed three deals on the first morning,' said a German "
        "machinery maker."),
    doc("2024-09-23", "Hefei convention closes; deals top 536 bln yuan",
        "HEFEI -- The 2024 World Manufacturing Convention closed on Monday with 781 projects worth 536.05 billion yuan "
        "signed, up 19.7 percent from last year. Exhibitors totaled 531, a record."),
]
GOLD_WMC24_FEATURES = {
    (0, 500, "count"): "new", (0, 30, "percent"): "new", (0, 4, "day"): "new",
    (2, 107, "count"): "new", (2, 531, "count"): "changed:refined", (2, 83, "count"): "skip", (2, 3, "count"): "skip",
    (3, 781, "count"): "new", (3, 536_050_000_000, "CNY"): "new", (3, 19.7, "percent"): "skip", (3, 531, "count"): "known",
}

# The 2019 conference: a preview that names the fourth edition and expects companies and guests, the opening with a
# later day's matchmaking fair, and the close in Chinese and English.
STORY_WIMC19_EXPECTED = [
    doc("2019-11-26", "Nanjing smart manufacturing conference: what to expect",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference, the fourth edition of the event, will be held in "
        "Nanjing from Dec 5 to 8. More than 300 companies and 2,000 guests are expected."),
    doc("2019-12-05", "World Intelligent Manufacturing Conference opens",
        "NANJING, Dec. 5 (Xinhua) -- The 2019 World Intelligent Manufacturing Conference opened on Thursday, drawing 330 "
        "exhibitors and about 2,300 guests. The conference's fourth day will feature a matchmaking fair for 200 buyers."),
    doc("2019-12-08", "2019世界智能制造大会闭幕 签约项目总投资868亿元",
        "为期4天的2019世界智能制造大会8日闭幕。大会共签约项目77个，总投资868亿元，参展企业330家，参会嘉宾2400余人。"),
    doc("2019-12-09", "Nanjing conference closes with deals worth 86.8 bln yuan",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference closed on Sunday. Seventy-seven projects were signed, "
        "with total investment of 86.8 billion yuan, and the event hosted some 2,400 guests and 330 exhibitors."),
]
GOLD_WIMC19_EXPECTED = {
    (0, 4, "day"): "skip", (0, 300, "count"): "new", (0, 2000, "count"): "new",
    (1, 330, "count"): "new", (1, 2300, "count"): "new", (1, 200, "count"): "new",
    (2, 4, "day"): "new", (2, 77, "count"): "new", (2, 86.8 * B, "CNY"): "new", (2, 330, "count"): "known",
    (2, 2400, "count"): "changed:refined",
    (3, 77, "count"): "known", (3, 86.8 * B, "CNY"): "known", (3, 2400, "count"): "known", (3, 330, "count"): "known",
}

# The 2017 summit in words and shorthand: a plan with "a dozen forums" beside Industry 4.0, 5G and a five-year plan,
# the opening with "two dozen of them", the close in "RMB 28 bn" with a top-10 list, the Chinese close, and a look
# back in dollars.
STORY_WIMS17_WORDS = [
    doc("2017-11-15", "Nanjing to host second World Intelligent Manufacturing Summit",
        "NANJING -- The 2017 World Intelligent Manufacturing Summit, the second of its kind, will be held Dec 6-8 in "
        "Nanjing. Organizers expect a dozen forums and an expo covering 30,000 sq m, as Industry 4.0 and 5G reshape "
        "factories under the 13th Five-Year Plan."),
    doc("2017-12-06", "Intelligent manufacturing summit opens with 176 exhibitors",
        "NANJING, Dec. 6 (Xinhua) -- The 2017 World Intelligent Manufacturing Summit opened on Wednesday. Altogether "
        "176 exhibitors, two dozen of them Fortune Global 500 firms, are on show, and some 1,200 guests attend."),
    doc("2017-12-08", "Summit wraps up: RMB 28 bn in deals",
        "NANJING -- The World Intelligent Manufacturing Summit closed on Friday in Nanjing. Forty-one projects worth "
        "RMB 28 bn were signed, and the three-day expo logged 86,000 visits, the top 10 of its exhibitors reporting "
        "orders of more than ¥2 billion."),
    doc("2017-12-09", "2017世界智能制造大会闭幕",
        "2017世界智能制造大会8日在南京闭幕。本届大会签约项目41个，总投资280亿元，参展企业176家，观众8.6万人次，举办论坛12场。"),
    doc("2018-01-10", "Jiangsu's smart factories: a look back at the summit",
        "NANJING -- At last month's World Intelligent Manufacturing Summit, hundreds of companies showed robots and "
        "sensors. In total, 41 deals worth US$4.3 billion were signed, and the expo drew 86,000 visits."),
]
GOLD_WIMS17_WORDS = {
    (0, 3, "day"): "skip", (0, 12, "count"): "new", (0, 30000, "m2"): "new", (0, 4, "count"): "skip",
    (0, 5, "count"): "skip", (0, 13, "count"): "skip",
    (1, 176, "count"): "new", (1, 24, "count"): "new", (1, 1200, "count"): "new",
    (2, 41, "count"): "new", (2, 28 * B, "CNY"): "new", (2, 3, "day"): "new", (2, 86000, "count"): "new",
    (2, 10, "count"): "skip", (2, 2 * B, "CNY"): "skip",
    (3, 41, "count"): "known", (3, 28 * B, "CNY"): "known", (3, 176, "count"): "known", (3, 86000, "count"): "known",
    (3, 12, "count"): "skip",
    (4, 41, "count"): "known", (4, 4.3 * B, "USD"): "new", (4, 86000, "count"): "known",
}

# The 2022 convention's running counts: a press conference with "some 500" confirmed so far and last year's area,
# the opening with 641 so far, the Chinese opening batch, and the close with its copy a day later.
STORY_WMC22_SO_FAR = [
    doc("2022-09-14", "World Manufacturing Convention 2022 press conference held",
        "HEFEI -- The 2022 World Manufacturing Convention will be held in Hefei from Sept 20 to 23, with an exhibition "
        "area of 70,000 sq m, up from 60,000 sq m last year. Some 500 companies have so far confirmed participation, "
        "and about 1,000 guests are expected at the opening."),
    doc("2022-09-20", "Convention in east China spotlights advanced manufacturing",
        "HEFEI, Sept. 20 (Xinhua) -- The 2022 World Manufacturing Convention kicked off in Hefei on Tuesday. The "
        "exhibition area is 70,000 square meters, and 641 companies have confirmed participation so far."),
    doc("2022-09-20", "2022世界制造业大会开幕 首日签约项目138个",
        "9月20日，2022世界制造业大会开幕。开幕式上集中签约项目138个，总投资1327亿元。"),
    doc("2022-09-23", "Hefei convention ends with US$95.6 bln in deals",
        "HEFEI -- The 2022 World Manufacturing Convention closed on Friday with 632 projects signed, worth a total of "
        "656.18 billion yuan, or about US$95.6 billion. There were 641 exhibitors, including 52 of the Fortune Global "
        "500."),
    doc("2022-09-24", "Hefei convention ends with US$95.6 bln in deals",
        "HEFEI -- The 2022 World Manufacturing Convention closed on Friday with 632 projects signed, worth a total of "
        "656.18 billion yuan, or about US$95.6 billion. There were 641 exhibitors, including 52 of the Fortune Global "
        "500."),
]
GOLD_WMC22_SO_FAR = {
    (0, 4, "day"): "skip", (0, 70000, "m2"): "new", (0, 60000, "m2"): "skip", (0, 500, "count"): "new",
    (0, 1000, "count"): "new",
    (1, 70000, "m2"): "known", (1, 641, "count"): "changed:refined",
    (2, 138, "count"): "new", (2, 132.7 * B, "CNY"): "new",
    (3, 632, "count"): "new", (3, 656.18 * B, "CNY"): "new", (3, 95.6 * B, "USD"): "new", (3, 641, "count"): "known",
    (3, 52, "count"): "new",
    (4, 632, "count"): "known", (4, 656.18 * B, "CNY"): "known", (4, 95.6 * B, "USD"): "known", (4, 641, "count"): "known",
    (4, 52, "count"): "known",
}

# The 2024 convention's closing release on two sites the same day, a trimmed copy the next day, the Chinese close
# with intended deals and a more precise count of visitors, and a follow-up.
REL_WMC24_REPRINTS = ("HEFEI, China, Sept. 24, 2024 /PRNewswire/ -- The 2024 World Manufacturing Convention concluded in Hefei on "
       "September 23. During the four-day event, 781 projects were signed with a total investment of 536.05 billion "
       "yuan. The exhibition hosted 531 exhibitors from 32 countries and regions and welcomed over 200,000 visitors.\n\n"
       "Organizers said the convention also released 12 reports and indices, including the list of China's top 500 "
       "manufacturers.")
STORY_WMC24_REPRINTS = [
    doc("2024-09-24", "2024 World Manufacturing Convention concludes in Hefei", REL_WMC24_REPRINTS),
    doc("2024-09-24", "2024 World Manufacturing Convention concludes in Hefei | Morningstar", REL_WMC24_REPRINTS),
    doc("2024-09-25", "Hefei convention concludes - Business Wire India", REL_WMC24_REPRINTS.split("\n\n")[0]),
    doc("2024-09-25", "2024世界制造业大会闭幕",
        "2024世界制造业大会23日在合肥闭幕。大会签约项目781个，总投资5360.5亿元，其中意向签约项目56个。展会共有来自32个国家和地区的531家企业参展，"
        "接待观众20.3万人次，发布报告、指数等成果12项。"),
    doc("2024-10-02", "Anhui converts convention deals into investment",
        "HEFEI -- Anhui has started work on 203 of the projects signed at the 2024 World Manufacturing Convention, "
        "which drew 203,000 visitors to its exhibition."),
]
GOLD_WMC24_REPRINTS = {
    (0, 4, "day"): "new", (0, 781, "count"): "new", (0, 536_050_000_000, "CNY"): "new", (0, 531, "count"): "new",
    (0, 32, "count"): "new", (0, 200000, "count"): "new", (0, 12, "count"): "new", (0, 500, "count"): "skip",
    (1, 4, "day"): "known", (1, 781, "count"): "known", (1, 536_050_000_000, "CNY"): "known", (1, 531, "count"): "known",
    (1, 32, "count"): "known", (1, 200000, "count"): "known", (1, 12, "count"): "known", (1, 500, "count"): "skip",
    (2, 4, "day"): "known", (2, 781, "count"): "known", (2, 536_050_000_000, "CNY"): "known", (2, 531, "count"): "known",
    (2, 32, "count"): "known", (2, 200000, "count"): "known",
    (3, 781, "count"): "known", (3, 536_050_000_000, "CNY"): "known", (3, 56, "count"): "new", (3, 32, "count"): "known",
    (3, 531, "count"): "known", (3, 203000, "count"): "changed:refined", (3, 12, "count"): "known",
    (4, 203, "count"): "new", (4, 203000, "count"): "known",
}

# The 2025 conference: a preview that expects exhibitors and visitors and counts the countries signed up, the
# opening with more countries, the close, and a year-end feature citing the year before.
STORY_WIMC25_COUNTRIES = [
    doc("2025-11-18", "Nanjing gears up for smart manufacturing gathering",
        "NANJING -- More than 1,000 exhibitors and 100,000 visitors are expected at the 2025 World Intelligent "
        "Manufacturing Conference, which opens in Nanjing on Nov 27. Exhibitors from 25 countries and regions have "
        "signed up, organizers said."),
    doc("2025-11-27", "World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Nov. 27 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference opened Thursday. Exhibitors "
        "from 28 countries and regions are taking part, and 1,120 guests attended the opening ceremony."),
    doc("2025-11-29", "Nanjing conference closes, 108,000 visits recorded",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Saturday. The expo received 108,000 "
        "visits over three days, with 563 exhibitors from 28 countries and regions. Deals for 58 projects were signed."),
    doc("2025-12-15", "Year-end: Jiangsu's manufacturing in numbers",
        "NANJING -- Jiangsu's industrial output grew 7.2 percent in the first 11 months. The province's 2025 World "
        "Intelligent Manufacturing Conference drew 108,000 visits and 563 exhibitors, up from 263 a year earlier."),
]
GOLD_WIMC25_COUNTRIES = {
    (0, 1000, "count"): "new", (0, 100000, "count"): "new", (0, 25, "count"): "new",
    (1, 28, "count"): "changed:conflict", (1, 1120, "count"): "new",
    (2, 108000, "count"): "new", (2, 3, "day"): "new", (2, 563, "count"): "new", (2, 28, "count"): "known",
    (2, 58, "count"): "new",
    (3, 7.2, "percent"): "skip", (3, 108000, "count"): "known", (3, 563, "count"): "known", (3, 263, "count"): "skip",
}

# The 2024 convention in Chinese: a press conference with zones and registrations (among them the Fortune Global
# 500), the opening with its audience and batch, the first day's count as of 6 pm, the close with a list of parts
# that ends where the visitors begin, and a copy in traditional characters.
STORY_WMC24_ZH = [
    doc("2024-09-12", "2024世界制造业大会新闻发布会举行",
        "9月12日，2024世界制造业大会新闻发布会在合肥举行。据介绍，本届大会将于9月20日至23日举办，设置9个展区，展览面积7万平方米，"
        "目前已有500余家企业确认参展，其中世界500强企业40余家。"),
    doc("2024-09-20", "2024世界制造业大会在合肥开幕",
        "9月20日上午，2024世界制造业大会在合肥开幕。来自40多个国家和地区的2000余位嘉宾参加开幕式。开幕式上，147个重大项目集中签约，"
        "总投资1039亿元。"),
    doc("2024-09-21", "世界制造业大会首日观众超5万人次",
        "据大会组委会统计，截至20日18时，展会首日接待观众5.2万人次。"),
    doc("2024-09-23", "2024世界制造业大会闭幕",
        "9月23日，2024世界制造业大会闭幕。大会期间，共签约项目781个，总投资5360.5亿元；展会参展企业531家，其中世界500强企业56家，"
        "累计接待观众20.3万人次；来自46个国家和地区的3000余位嘉宾参会。"),
    doc("2024-09-24", "2024世界製造業大會閉幕 簽約781個項目",
        "2024世界製造業大會23日閉幕，共簽約項目781個，總投資5360.5億元，參展企業531家，觀眾20.3萬人次。"),
]
GOLD_WMC24_ZH = {
    (0, 4, "day"): "skip", (0, 9, "count"): "new", (0, 70000, "m2"): "new", (0, 500, "count"): "new", (0, 40, "count"): "new",
    (1, 40, "count"): "skip", (1, 2000, "count"): "new", (1, 147, "count"): "new", (1, 103.9 * B, "CNY"): "new",
    (2, 50000, "count"): "skip", (2, 52000, "count"): "new",
    (3, 781, "count"): "new", (3, 536_050_000_000, "CNY"): "new", (3, 531, "count"): "changed:refined",
    (3, 56, "count"): "changed:refined", (3, 203000, "count"): "new", (3, 46, "count"): "new", 
    # the 2,000 guests attended the opening ceremony: its audience, a part; the 3,000 are the edition's guests
    (3, 3000, "count"): "new",
    (4, 781, "count"): "known", (4, 536_050_000_000, "CNY"): "known", (4, 531, "count"): "known", (4, 203000, "count"): "known",
}

# The 2023 conference in Chinese: a press conference that expects academicians and guests in one clause and counts
# "6大展区", the opening, one session's deals, and the close.
STORY_WIMC23_ZH = [
    doc("2023-11-30", "2023世界智能制造大会新闻发布会召开",
        "11月30日，2023世界智能制造大会新闻发布会在南京召开。大会将于12月6日至8日举行，预计邀请院士20余位、嘉宾1200人左右。"
        "博览会展览面积达5万平方米，设置6大展区。"),
    doc("2023-12-06", "2023世界智能制造大会开幕",
        "12月6日，2023世界智能制造大会在南京开幕，25位两院院士、1300余位嘉宾出席。开幕式上发布了《2023智能制造发展指数报告》等成果。"),
    doc("2023-12-07", "智能制造大会专场对接会签约12个项目",
        "12月7日，2023世界智能制造大会工业软件专场对接会举行，现场签约项目12个，金额18亿元。"),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "12月8日，2023世界智能制造大会闭幕。大会期间集中签约重大项目52个，总投资约420亿元。博览会312家企业参展，观众8.5万人次。"
        "大会共举办主论坛1场、平行论坛12场。"),
]
GOLD_WIMC23_ZH = {
    (0, 3, "day"): "skip", (0, 20, "count"): "new", (0, 1200, "count"): "new", (0, 50000, "m2"): "new", (0, 6, "count"): "new",
    (1, 25, "count"): "new", (1, 1300, "count"): "new",
    (2, 12, "count"): "new", (2, 1.8 * B, "CNY"): "new",
    (3, 52, "count"): "new", (3, 42 * B, "CNY"): "new", (3, 312, "count"): "new", (3, 85000, "count"): "new",
    (3, 1, "count"): "skip", (3, 12, "count"): "new",
}

# The 2017 summit: a plan with registrations among which the Fortune 500 firms, the opening with the exhibitors (a
# change of the companies registered) and their Fortune Global 500 members, the Chinese close, the English close,
# and a final count a month later.
STORY_WIMS17 = [
    doc("2017-11-20", "Nanjing to host intelligent manufacturing summit",
        "The 2017 World Intelligent Manufacturing Summit will be held in Nanjing from Dec 6 to 8, featuring an expo of "
        "30,000 square meters. More than 150 companies, including over 20 Fortune 500 firms, have registered."),
    doc("2017-12-06", "World Intelligent Manufacturing Summit opens in Nanjing",
        "NANJING, Dec. 6 (Xinhua) -- The 2017 World Intelligent Manufacturing Summit opened Wednesday in Nanjing, "
        "attracting 176 exhibitors, among them 23 Fortune Global 500 companies. Some 1,200 guests from 18 countries "
        "and regions attended the opening."),
    doc("2017-12-08", "2017世界智能制造大会闭幕",
        "2017世界智能制造大会8日在南京闭幕。3天会期内，博览会共接待观众8.6万人次，签约项目41个，总投资280亿元。"),
    doc("2017-12-09", "Smart manufacturing summit ends",
        "NANJING -- The World Intelligent Manufacturing Summit in Nanjing received 86,000 visits over three days, and "
        "41 projects worth 28 billion yuan were signed. The expo covered 30,000 square meters with 176 exhibitors."),
    doc("2018-01-05", "Summit's final tally",
        "NANJING -- Organizers put the final count of visitors to the 2017 World Intelligent Manufacturing Summit at "
        "91,000."),
]
GOLD_WIMS17 = {
    (0, 30000, "m2"): "new", (0, 150, "count"): "new", (0, 20, "count"): "new",
    (1, 176, "count"): "changed:refined", (1, 23, "count"): "changed:refined", (1, 1200, "count"): "new",
    (1, 18, "count"): "new",
    (2, 3, "day"): "new", (2, 86000, "count"): "new", (2, 41, "count"): "new", (2, 28 * B, "CNY"): "new",
    (3, 86000, "count"): "known", (3, 3, "day"): "known", (3, 41, "count"): "known", (3, 28 * B, "CNY"): "known",
    (3, 30000, "m2"): "known", (3, 176, "count"): "known",
    (4, 91000, "count"): "changed:conflict",
}

# The 2024 conference under both names of its exhibitors: the opening's "some 260 companies" with a list in
# parentheses, a feature's share and total of exhibitors, the close's companies again, and the Global Times feature
# with its credit line.
STORY_WIMC24_NAMES = [
    doc("2024-12-05", "CGTN: Smart manufacturing event opens in Nanjing",
        "The 2024 World Intelligent Manufacturing Conference, which runs until Saturday, has attracted some 260 "
        "companies (including about 50 of the world's top 500) to Nanjing, along with enterprises from nearly 10 "
        "countries and regions. Maglev trains capable of up to 600 kilometers per hour are among the exhibits."),
    doc("2024-12-06", "Nanjing expo: foreign firms make up a fifth of exhibitors",
        "NANJING -- Foreign companies account for 20 percent of the exhibitors at the 2024 World Intelligent "
        "Manufacturing Conference's expo, organizers said. The total number of exhibitors reached 263."),
    doc("2024-12-08", "WIMC 2024 closes with 30 projects",
        "NANJING -- The three-day 2024 World Intelligent Manufacturing Conference concluded on Sunday, with 30 major "
        "projects (worth RMB 53.63 billion in total) signed at its closing ceremony. A total of 263 companies took part, "
        "51 of which are among the world's top 500."),
    doc("2024-12-23", "Nanjing hosts world manufacturing conference highlighting new quality productive forces",
        "Global Times) 09:33, December 23, 2024\n\nThe three-day 2024 World Intelligent Manufacturing Conference (WIMC) "
        "concluded in Nanjing on Sunday, drawing enterprises from nearly 10 countries and regions and products from 20 "
        "key manufacturing sectors. A total of 263 companies flocked to the event, 51 of which are among the world's top "
        "500."),
]
GOLD_WIMC24_NAMES = {
    (0, 260, "count"): "new", (0, 50, "count"): "new", (0, 10, "count"): "new", (0, 600, "km/h"): "skip",
    (1, 20, "percent"): "new", (1, 263, "count"): "changed:refined",
    (2, 3, "day"): "new", (2, 30, "count"): "new", (2, 53.63 * B, "CNY"): "new", (2, 263, "count"): "known",
    (2, 51, "count"): "changed:refined",
    (3, 3, "day"): "known", (3, 10, "count"): "known", (3, 20, "count"): "new", (3, 263, "count"): "known",
    (3, 51, "count"): "known",
}

# The 2025 convention's tallies: the opening with a list of China's top 500 manufacturers (no figure of the event),
# exhibitors and registered journalists, the next day's rounder count, the close with a revised count, and a
# release.
STORY_WMC25_TALLIES = [
    doc("2025-09-20", "World Manufacturing Convention opens; China's top 500 manufacturers list released",
        "HEFEI, Sept. 20 (Xinhua) -- The 2025 World Manufacturing Convention opened Saturday in Hefei, where organizers "
        "released the list of China's top 500 manufacturing enterprises. The number of exhibitors stood at 640, and more "
        "than 1,200 journalists have registered to cover the event."),
    doc("2025-09-21", "Over 600 firms exhibit at Hefei convention",
        "HEFEI -- Over 600 firms are exhibiting at the 2025 World Manufacturing Convention, including 45 Fortune Global "
        "500 companies. The tally of registered journalists rose to 1,260."),
    doc("2025-09-23", "Hefei convention closes with 735 projects",
        "HEFEI -- The 2025 World Manufacturing Convention closed on Tuesday. Organizers said 735 projects were signed with "
        "a combined investment of 380.2 billion yuan. The count of exhibitors was later revised to 659."),
    doc("2025-09-25", "2025 World Manufacturing Convention Concludes Successfully in Hefei",
        "HEFEI, CHINA - Media OutReach Newswire - 25 September 2025 - The 2025 World Manufacturing Convention concluded in "
        "Hefei. It featured more than 30 major or specialized events and drew participants from over 40 countries and "
        "regions. The 659 exhibitors included 45 Fortune Global 500 companies."),
]
GOLD_WMC25_TALLIES = {
    (0, 500, "count"): "skip", (0, 640, "count"): "new", (0, 1200, "count"): "new",
    (1, 600, "count"): "known", (1, 45, "count"): "new", (1, 1260, "count"): "changed:refined",
    (2, 735, "count"): "new", (2, 380.2 * B, "CNY"): "new", (2, 659, "count"): "changed:conflict",
    (3, 30, "count"): "new", (3, 40, "count"): "new", (3, 659, "count"): "known", (3, 45, "count"): "known",
}

# The 2021 convention: a preview with a target and earlier editions' projects, the opening, the wire's close with a
# conversion, and the Chinese close.
STORY_WMC21_TARGETS = [
    doc("2021-11-16", "East China's Anhui gears up for World Manufacturing Convention",
        "HEFEI -- The 2021 World Manufacturing Convention will be held in Hefei from Nov 19 to 22. Anhui aims to sign "
        "more than 600 contract projects worth over 600 billion yuan at the event. Of the 1,772 projects signed at the "
        "previous three conventions, 1,515 have started construction."),
    doc("2021-11-19", "World Manufacturing Convention kicks off in China's Anhui",
        "HEFEI, Nov. 19 (Xinhua) -- The 2021 World Manufacturing Convention kicked off Friday in Hefei. About 800 guests "
        "attended the opening, and more than 400 companies are exhibiting."),
    doc("2021-11-24", "Projects worth 91.1 bln USD signed at 4th World Manufacturing Convention",
        "HEFEI, Nov. 24 (Xinhua) -- A total of 703 projects with an investment of 582.18 billion yuan (about 91.1 billion "
        "U.S. dollars) were signed at the 2021 World Manufacturing Convention, organizers said Wednesday. Nearly 1,400 "
        "guests attended the four-day event, and over 400 companies exhibited."),
    doc("2021-11-24", "2021世界制造业大会促成合作项目703个",
        "记者24日从2021世界制造业大会成果发布会上获悉，本届大会促成合作项目703个，投资总额5821.8亿元，近1400名嘉宾参会，400多家企业参展。"),
]
GOLD_WMC21_TARGETS = {
    (0, 4, "day"): "skip", (0, 600, "count"): "new", (0, 600 * B, "CNY"): "new", (0, 1772, "count"): "skip",
    (0, 1515, "count"): "skip", (0, 3, "count"): "skip",
    (1, 800, "count"): "new", (1, 400, "count"): "new",
    (2, 703, "count"): "new", (2, 582.18 * B, "CNY"): "new", (2, 91.1 * B, "USD"): "new", (2, 1400, "count"): "new",
    (2, 4, "day"): "new", (2, 400, "count"): "known",
    (3, 703, "count"): "known", (3, 582.18 * B, "CNY"): "known", (3, 1400, "count"): "known", (3, 400, "count"): "known",
}

# The 2022 convention in Chinese: a preview that expects signings and counts companies confirmed, the opening with
# those on site (one count with them), a results briefing with parts and a size class, and the English report of it.
STORY_WMC22_RESULTS = [
    doc("2022-09-19", "2022世界制造业大会明日开幕 预计签约项目超500个",
        "2022世界制造业大会将于9月20日在合肥开幕。据介绍，本届大会预计集中签约项目超500个，线下展览面积5.9万平方米，已有640余家企业确认参展。"),
    doc("2022-09-20", "2022世界制造业大会开幕 集中签约项目138个",
        "9月20日，2022世界制造业大会在合肥开幕。开幕式上，集中签约项目138个，总投资1327亿元。本届大会线下参展企业641家，展览面积5.9万平方米。"),
    doc("2022-09-27", "2022世界制造业大会成果发布会举行",
        "9月27日，2022世界制造业大会成果发布会在合肥举行。本届大会共签约项目568个，投资总额7685亿元，其中制造业项目508个、投资额6839亿元，"
        "分别占总量的89.4%、89%。签约项目中，外资项目128个、投资额973亿元；百亿元以上项目12个。大会期间，线下参观人数超过12万人次，"
        "线上浏览量达580万次。"),
    doc("2022-09-28", "World Manufacturing Convention 2022 results: 568 projects",
        "HEFEI -- A total of 568 projects with investment of 768.5 billion yuan were signed at the 2022 World "
        "Manufacturing Convention, organizers said at a results briefing on Tuesday. Of them, 508 are manufacturing "
        "projects. The exhibition, featuring 641 companies, drew more than 120,000 visits offline."),
]
GOLD_WMC22_RESULTS = {
    (0, 500, "count"): "new", (0, 59000, "m2"): "new", (0, 640, "count"): "new",
    (1, 138, "count"): "new", (1, 132.7 * B, "CNY"): "new", (1, 641, "count"): "changed:refined", (1, 59000, "m2"): "known",
    (2, 568, "count"): "new", (2, 768.5 * B, "CNY"): "new", (2, 508, "count"): "new", (2, 683.9 * B, "CNY"): "new",
    (2, 89.4, "percent"): "skip", (2, 89, "percent"): "skip", (2, 128, "count"): "new", (2, 97.3 * B, "CNY"): "new",
    (2, 12, "count"): "new", (2, 120000, "count"): "new", (2, 5.8e6, "count"): "new",
    (3, 568, "count"): "known", (3, 768.5 * B, "CNY"): "known", (3, 508, "count"): "known", (3, 641, "count"): "known",
    (3, 120000, "count"): "known",
}

# The 2020 conference through its organizers' release: a press conference that expects cloud exhibitors, the closing
# release with a list of guests, and its copy on another site a day later.
STORY_WIMC20_RELEASE = [
    doc("2020-11-20", "The 2020 WIMC press conference held in Beijing",
        "On November 6, the press conference of the 2020 World Intelligent Manufacturing Conference was held in Beijing. "
        "The conference, to be held in Nanjing from November 26 to 28, will combine online and offline formats, and its "
        "cloud exhibition is expected to gather more than 2,000 enterprises. Nearly 50 people attended the press "
        "conference."),
    doc("2020-11-30", "2020 World Intelligent Manufacturing Conference Closes: 30 Key Projects Signed on Site with the Amount of 53.63 Billion Yuan",
        "NANJING, China, Nov. 30, 2020 /PRNewswire/ -- On November 28, the 2020 World Intelligent Manufacturing Conference "
        "concluded in Nanjing. During the conference, more than 320 important guests participated online and offline, "
        "including 24 Chinese and foreign academicians, over 100 experts, and more than 200 representatives of leading "
        "companies. More than 3,200 enterprises participated in the exhibition via the cloud, over 8 million people "
        "attended the exhibition online, and news of the conference was read over 120 million times. At the closing "
        "ceremony, 30 major projects were signed on site, with a contract amount of 53.63 billion yuan."),
    doc("2020-12-01", "2020 World Intelligent Manufacturing Conference Closes: 30 Key Projects Signed on Site with the Amount of 53.63 Billion Yuan - TheStreet",
        "NANJING, China, Nov. 30, 2020 /PRNewswire/ -- On November 28, the 2020 World Intelligent Manufacturing Conference "
        "concluded in Nanjing. During the conference, more than 320 important guests participated online and offline, "
        "including 24 Chinese and foreign academicians, over 100 experts, and more than 200 representatives of leading "
        "companies. More than 3,200 enterprises participated in the exhibition via the cloud, over 8 million people "
        "attended the exhibition online, and news of the conference was read over 120 million times. At the closing "
        "ceremony, 30 major projects were signed on site, with a contract amount of 53.63 billion yuan."),
]
GOLD_WIMC20_RELEASE = {
    (0, 3, "day"): "skip", (0, 2000, "count"): "new", (0, 50, "count"): "new",
    (1, 320, "count"): "new", (1, 24, "count"): "new", (1, 100, "count"): "new", (1, 200, "count"): "new",
    (1, 3200, "count"): "new", (1, 8e6, "count"): "new", (1, 120e6, "count"): "new", (1, 30, "count"): "new",
    (1, 53.63 * B, "CNY"): "new",
    (2, 320, "count"): "known", (2, 24, "count"): "known", (2, 100, "count"): "known", (2, 200, "count"): "known",
    (2, 3200, "count"): "known", (2, 8e6, "count"): "known", (2, 120e6, "count"): "known", (2, 30, "count"): "known",
    (2, 53.63 * B, "CNY"): "known",
}

# The 2019 convention, Chinese first: the opening in Chinese and the wire's English a day later, the results
# briefing with more countries and guests than the opening counted, and the English report of it.
STORY_WMC19_ZH_FIRST = [
    doc("2019-09-20", "2019世界制造业大会开幕",
        "9月20日，2019世界制造业大会在合肥开幕，来自70多个国家和地区的4000余位嘉宾出席。本届大会有800余家企业参展。"),
    doc("2019-09-21", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2019 World Manufacturing Convention opened on Friday in Hefei, attracting over "
        "4,000 guests from more than 70 countries and regions. More than 800 companies are exhibiting."),
    doc("2019-09-24", "2019世界制造业大会签约项目投资总额超7000亿元",
        "记者24日从2019世界制造业大会成果发布会了解到，此次大会集中签约项目638个、投资总额达7351亿元。大会吸引了来自78个国家和地区4500多位嘉宾出席。"
        "截至9月23日，展会观众已超过35万人次。"),
    doc("2019-09-25", "Projects worth over 100 bln USD signed at World Manufacturing Convention",
        "HEFEI -- A total of 638 projects with an investment of 735.1 billion yuan were signed at the 2019 World "
        "Manufacturing Convention. The event drew more than 4,500 guests from 78 countries and regions, and the "
        "exhibition received over 350,000 visits."),
]
GOLD_WMC19_ZH_FIRST = {
    (0, 70, "count"): "new", (0, 4000, "count"): "new", (0, 800, "count"): "new",
    (1, 4000, "count"): "known", (1, 70, "count"): "known", (1, 800, "count"): "known",
    (2, 638, "count"): "new", (2, 735.1 * B, "CNY"): "new", (2, 700 * B, "CNY"): "skip", (2, 78, "count"): "changed:refined",
    (2, 4500, "count"): "changed:refined", (2, 350000, "count"): "new",
    (3, 100 * B, "USD"): "skip", (3, 638, "count"): "known", (3, 735.1 * B, "CNY"): "known", (3, 4500, "count"): "known",
    (3, 78, "count"): "known", (3, 350000, "count"): "known",
}

# The 2026 conference: a plan with zones and the main forum's guests after ", and", the opening, the Chinese
# opening-day batch, and the close whose total includes that batch.
STORY_WIMC26_DAYS = [
    doc("2026-11-20", "Jiangsu sets stage for 2026 smart manufacturing conference",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference will run Nov 26-28. Its expo will showcase about "
        "600 companies across eight exhibition zones, organizers said, and the main forum will host 1,000 guests."),
    doc("2026-11-26", "WIMC 2026 opens; 642 exhibitors on show",
        "NANJING, Nov. 26 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference opened in Nanjing on Thursday. "
        "The expo features 642 exhibitors in nine exhibition zones. About 1,000 guests attended the main forum."),
    doc("2026-11-27", "智能制造大会首日签约项目28个",
        "11月26日，2026世界智能制造大会开幕当天，28个重大项目集中签约，总投资215亿元。"),
    doc("2026-11-28", "WIMC 2026 wraps up with 64 deals",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference wrapped up on Saturday. A total of 64 projects "
        "worth 38.5 billion yuan were signed, including 28 on the opening day. The expo's 648 exhibitors received 86,000 "
        "visits."),
]
GOLD_WIMC26_DAYS = {
    (0, 600, "count"): "new", (0, 8, "count"): "new", (0, 1000, "count"): "new",
    (1, 642, "count"): "changed:refined", (1, 9, "count"): "changed:conflict", (1, 1000, "count"): "known",
    (2, 28, "count"): "new", (2, 21.5 * B, "CNY"): "new",
    (3, 64, "count"): "new", (3, 38.5 * B, "CNY"): "new", (3, 28, "count"): "known", (3, 648, "count"): "changed:conflict",
    (3, 86000, "count"): "new",
}

# The first convention, 2018: the Chinese opening and the wire's English a day later, the close, and the release
# with a conversion to dollars.
STORY_WMC18_FIRST = [
    doc("2018-05-10", "首届世界制造业大会开幕",
        "5月10日，首届世界制造业大会在合肥开幕。大会吸引了来自60多个国家和地区的4000余名嘉宾，展览面积6万平方米，参展企业超过500家。"),
    doc("2018-05-11", "First World Manufacturing Convention opens in Hefei",
        "HEFEI, May 10 (Xinhua) -- The first World Manufacturing Convention opened in Hefei on Thursday, with more than "
        "4,000 guests from over 60 countries and regions. Over 500 companies are exhibiting across 60,000 square meters."),
    doc("2018-05-13", "Hefei convention closes with 436 projects",
        "HEFEI -- The inaugural World Manufacturing Convention closed on Sunday. Organizers said 436 projects worth 447.1 "
        "billion yuan were signed, 86 of them foreign-funded. The event drew 4,400 guests and 536 exhibitors."),
    doc("2018-05-14", "World Manufacturing Convention in Hefei Closes with a Total Value of US$70 Billion in New Investment Raised",
        "HEFEI, China, May 14, 2018 /PRNewswire/ -- The World Manufacturing Convention closed in Hefei on May 13. A total "
        "of 436 projects were signed, with investment of RMB 447.1 billion (US$70.19 billion). Some 4,400 guests attended, "
        "and 536 companies exhibited."),
]
GOLD_WMC18_FIRST = {
    (0, 60, "count"): "new", (0, 4000, "count"): "new", (0, 60000, "m2"): "new", (0, 500, "count"): "new",
    (1, 4000, "count"): "known", (1, 60, "count"): "known", (1, 500, "count"): "known", (1, 60000, "m2"): "known",
    (2, 436, "count"): "new", (2, 447.1 * B, "CNY"): "new", (2, 86, "count"): "new", (2, 4400, "count"): "changed:refined",
    (2, 536, "count"): "changed:refined",
    (3, 70 * B, "USD"): "skip", (3, 436, "count"): "known", (3, 447.1 * B, "CNY"): "known", (3, 70.19 * B, "USD"): "new",
    (3, 4400, "count"): "known", (3, 536, "count"): "known",
}

# The 2021 conference with late signings: a preview's nearly 300 enterprises, the opening, the close, and a later
# total after three more agreements.
STORY_WIMC21_LATE = [
    doc("2021-12-06", "WIMC 2021 to open Tuesday",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference opens Tuesday in Nanjing. According to the "
        "organizing committee, nearly 300 enterprises will take part in the expo, which spans 50,000 square meters."),
    doc("2021-12-07", "2021 World Intelligent Manufacturing Conference kicks off",
        "NANJING, Dec. 7 (Xinhua) -- The 2021 World Intelligent Manufacturing Conference kicked off in Nanjing on "
        "Tuesday, with 316 enterprises taking part in its expo. At the opening, 32 projects worth 40.3 billion yuan were "
        "signed."),
    doc("2021-12-09", "Nanjing conference closes: 86 deals, 81 bln yuan",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference closed on Thursday with 86 deals worth 81 billion "
        "yuan, organizers said. Visitors to the expo numbered 92,000."),
    doc("2021-12-20", "Jiangsu: WIMC deals total 81.6 bln yuan after late signings",
        "NANJING -- Deals tied to the 2021 World Intelligent Manufacturing Conference now total 89 projects worth 81.6 "
        "billion yuan, after three more agreements were signed last week, Jiangsu officials said."),
]
GOLD_WIMC21_LATE = {
    (0, 300, "count"): "new", (0, 50000, "m2"): "new",
    (1, 316, "count"): "changed:conflict", (1, 32, "count"): "new", (1, 40.3 * B, "CNY"): "new",
    (2, 86, "count"): "new", (2, 81 * B, "CNY"): "new", (2, 92000, "count"): "new",
    (3, 89, "count"): "changed:conflict", (3, 81.6 * B, "CNY"): "changed:conflict", (3, 3, "count"): "new",
}

# The 2024 convention's overseas guests: registrations so far in Chinese, the opening with more than that, and the
# close.
STORY_WMC24_OVERSEAS = [
    doc("2024-09-18", "2024世界制造业大会20日开幕",
        "2024世界制造业大会将于9月20日至23日在合肥举办。截至目前，已有超过500家企业报名参展，境外嘉宾报名人数近300人。"),
    doc("2024-09-20", "Manufacturing convention opens in Hefei with 531 exhibitors",
        "HEFEI, Sept. 20 (Xinhua) -- The 2024 World Manufacturing Convention opened on Friday with 531 exhibitors, 107 of "
        "them from overseas. Over 300 foreign guests are attending."),
    doc("2024-09-23", "WMC 2024 closes",
        "HEFEI -- The 2024 World Manufacturing Convention closed on Monday. Some 320 overseas guests took part, and the "
        "exhibition welcomed 203,000 visits."),
]
GOLD_WMC24_OVERSEAS = {
    (0, 4, "day"): "skip", (0, 500, "count"): "new", (0, 300, "count"): "new",
    (1, 531, "count"): "changed:refined", (1, 107, "count"): "new", 
    # "nearly 300" registered, then "over 300" attending: qualifiers pointing away from each other, a change
    (1, 300, "count"): "changed:conflict",
    (2, 320, "count"): "changed:refined", (2, 203000, "count"): "new",
}

# The 2022 conference: a preview with typical cases, forums and guests expected, the opening, and the close in
# English and Chinese the same day.
STORY_WIMC22_CASES = [
    doc("2022-11-23", "Smart manufacturing conference to highlight digital twins",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference, opening Thursday, will present 100 typical "
        "cases of smart manufacturing and hold 12 forums, organizers said. Around 800 guests are expected in person."),
    doc("2022-11-24", "2022 World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference opened in Nanjing on Thursday. More than 850 "
        "guests attended in person, while 1.2 million people watched the opening ceremony online."),
    doc("2022-11-26", "WIMC 2022 closes; 41 projects signed",
        "NANJING -- The three-day 2022 World Intelligent Manufacturing Conference closed on Saturday with 41 projects "
        "worth 30.6 billion yuan signed. Thirteen forums were held, and the conference released 100 typical cases."),
    doc("2022-11-26", "2022世界智能制造大会闭幕 签约41个项目",
        "2022世界智能制造大会26日闭幕，共签约项目41个，总金额306亿元，举办论坛13场，线下嘉宾约860人。"),
]
GOLD_WIMC22_CASES = {
    (0, 100, "count"): "new", (0, 12, "count"): "new", (0, 800, "count"): "new",
    (1, 850, "count"): "new", (1, 1.2e6, "count"): "new",
    (2, 3, "day"): "new", (2, 41, "count"): "new", (2, 30.6 * B, "CNY"): "new", (2, 13, "count"): "changed:conflict",
    (2, 100, "count"): "known",
    (3, 41, "count"): "known", (3, 30.6 * B, "CNY"): "known", (3, 13, "count"): "known", (3, 860, "count"): "changed:refined",
}

# The 2025 convention by the numbers: the opening's deals and zones, CGTN's rounder total with the zones' area, and
# the Chinese results a week later with the precise investment and a running total since 2018.
STORY_WMC25_BY_NUMBERS = [
    doc("2025-09-21", "Hefei convention: 147 deals inked at opening, 659 exhibitors",
        "HEFEI -- At the opening of the 2025 World Manufacturing Convention on Saturday, 147 deals worth 105.6 billion "
        "yuan were inked. The convention's 10 exhibition zones host 659 exhibitors."),
    doc("2025-09-23", "CGTN: WMC 2025 by the numbers - 735 projects, 380 bln yuan",
        "The 2025 World Manufacturing Convention wrapped up Tuesday in Hefei with 735 projects and 380 billion yuan in "
        "signed investment. Ten exhibition zones covered 30,000 square meters."),
    doc("2025-10-01", "创历届之最！2025世界制造业大会成果发布",
        "10月1日，2025世界制造业大会成果发布会举行。本届大会共签约项目735个，总投资3802亿元，签约项目数创历届之最。大会设置10个展区，"
        "展览面积3万平方米，来自53个国家和地区的嘉宾参会。自2018年以来，大会累计签约项目5061个。"),
]
GOLD_WMC25_BY_NUMBERS = {
    (0, 147, "count"): "new", (0, 105.6 * B, "CNY"): "new", (0, 10, "count"): "new", (0, 659, "count"): "new",
    (1, 735, "count"): "new", (1, 380 * B, "CNY"): "new", (1, 10, "count"): "known", (1, 30000, "m2"): "new",
    (2, 735, "count"): "known", (2, 380.2 * B, "CNY"): "changed:refined", (2, 10, "count"): "known",
    (2, 30000, "m2"): "known", (2, 53, "count"): "new", (2, 5061, "count"): "new",
}

# The 2023 conference's closing release on four sites over three days, one of them with a sentence added (its own
# figure), and a more precise amount from the province later.
REL_WIMC23_COPIES = ("NANJING, China, Dec. 9, 2023 /PRNewswire/ -- The 2023 World Intelligent Manufacturing Conference concluded in "
       "Nanjing on December 8. Over three days, 52 major projects with total investment of about 42 billion yuan were "
       "signed, 312 enterprises exhibited, and the expo received 85,000 visits.")
STORY_WIMC23_COPIES = [
    doc("2023-12-09", "2023 World Intelligent Manufacturing Conference Concludes in Nanjing", REL_WIMC23_COPIES),
    doc("2023-12-09", "2023 World Intelligent Manufacturing Conference Concludes in Nanjing - Yahoo Finance", REL_WIMC23_COPIES),
    doc("2023-12-10", "Nanjing's smart manufacturing conference ends with 52 major projects",
        REL_WIMC23_COPIES.replace("NANJING, China, Dec. 9, 2023 /PRNewswire/ -- ", "") + " More than 1,300 guests took part."),
    doc("2023-12-11", "2023 World Intelligent Manufacturing Conference Concludes in Nanjing | Markets Insider", REL_WIMC23_COPIES),
    doc("2023-12-12", "Jiangsu smart factories: conference follow-up",
        "NANJING -- At the 2023 World Intelligent Manufacturing Conference, 52 projects worth 42.3 billion yuan were "
        "signed, the provincial department of industry said on Tuesday, giving a more precise figure."),
]
GOLD_WIMC23_COPIES = {
    (0, 3, "day"): "new", (0, 52, "count"): "new", (0, 42 * B, "CNY"): "new", (0, 312, "count"): "new",
    (0, 85000, "count"): "new",
    (1, 3, "day"): "known", (1, 52, "count"): "known", (1, 42 * B, "CNY"): "known", (1, 312, "count"): "known",
    (1, 85000, "count"): "known",
    (2, 3, "day"): "known", (2, 52, "count"): "known", (2, 42 * B, "CNY"): "known", (2, 312, "count"): "known",
    (2, 85000, "count"): "known", (2, 1300, "count"): "new",
    (3, 3, "day"): "known", (3, 52, "count"): "known", (3, 42 * B, "CNY"): "known", (3, 312, "count"): "known",
    (3, 85000, "count"): "known",
    (4, 52, "count"): "known", (4, 42.3 * B, "CNY"): "changed:refined",
}

# The 2020 convention's activities: a plan in English, the Chinese opening with those on site and online, and the
# close with two more activities than planned.
STORY_WMC20_ACTIVITIES = [
    doc("2020-11-19", "Hefei convention to go hybrid amid pandemic",
        "HEFEI -- This year's World Manufacturing Convention, from Nov 20 to 23, will be held online and offline. "
        "The 2020 event plans 27 activities, including a main forum and 10 specialized forums."),
    doc("2020-11-20", "2020世界制造业大会开幕",
        "11月20日，2020世界制造业大会在合肥开幕。大会采取线上线下相结合方式，共安排27场活动。线下参展企业462家，云上参展企业1260家。"),
    doc("2020-11-23", "WMC 2020 closes: 536 projects, 462.56 bln yuan",
        "HEFEI -- The 2020 World Manufacturing Convention closed on Monday. Altogether 536 projects worth 462.56 billion "
        "yuan were signed, and 29 activities were held, two more than planned."),
]
GOLD_WMC20_ACTIVITIES = {
    (0, 4, "day"): "skip", (0, 27, "count"): "new", (0, 1, "count"): "skip", (0, 10, "count"): "new",
    (1, 27, "count"): "known", (1, 462, "count"): "new", (1, 1260, "count"): "new",
    (2, 536, "count"): "new", (2, 462.56 * B, "CNY"): "new", (2, 29, "count"): "changed:conflict", (2, 2, "count"): "skip",
}

# The 2023 convention's areas: the opening with a hall and a further outdoor area before the guests' clause, the
# Chinese opening with the total area, and the close.
STORY_WMC23_AREAS = [
    doc("2023-09-20", "2023 World Manufacturing Conference opens in Hefei, Anhui",
        "HEFEI -- The 2023 World Manufacturing Convention opened on Wednesday in Hefei. The exhibition spans a "
        "20,000-square-meter hall and a further 60,000 square meters of outdoor and themed space, and more than 1,200 "
        "guests are attending."),
    doc("2023-09-21", "2023世界制造业大会开幕",
        "9月20日，2023世界制造业大会在合肥开幕，1200余位嘉宾出席。展览总面积8万平方米，参展企业517家。"),
    doc("2023-09-24", "Manufacturing convention wraps up in Hefei",
        "HEFEI -- The 2023 World Manufacturing Convention wrapped up on Sunday. The 80,000-square-meter exhibition "
        "hosted 517 companies, and 1,245 guests took part over five days."),
]
GOLD_WMC23_AREAS = {
    (0, 20000, "m2"): "new", (0, 60000, "m2"): "new", (0, 1200, "count"): "new",
    (1, 1200, "count"): "known", (1, 80000, "m2"): "new", (1, 517, "count"): "new",
    (2, 80000, "m2"): "known", (2, 517, "count"): "known", (2, 1245, "count"): "changed:refined", (2, 5, "day"): "new",
}

# The 2019 conference's people: a preview with academicians and experts confirmed, the Chinese opening with two more
# academicians and the experts in Chinese, and the close.
STORY_WIMC19_PEOPLE = [
    doc("2019-12-04", "Nanjing smart manufacturing conference opens Thursday",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opens on Thursday in Nanjing with an expo of "
        "58,000 square meters. Organizers said 40 academicians and some 300 experts have confirmed attendance."),
    doc("2019-12-05", "2019世界智能制造大会开幕",
        "12月5日，2019世界智能制造大会在南京开幕，42位院士、300余位专家出席。博览会展览面积5.8万平方米，参展企业330家。"),
    doc("2019-12-08", "Nanjing conference ends with 77 projects",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference ended on Sunday. A total of 77 projects with an "
        "investment of 86.8 billion yuan were signed. Academicians at the conference numbered 42, and 330 companies "
        "exhibited."),
]
GOLD_WIMC19_PEOPLE = {
    (0, 58000, "m2"): "new", (0, 40, "count"): "new", (0, 300, "count"): "new",
    (1, 42, "count"): "changed:conflict", (1, 300, "count"): "known", (1, 58000, "m2"): "known", (1, 330, "count"): "new",
    (2, 77, "count"): "new", (2, 86.8 * B, "CNY"): "new", (2, 42, "count"): "known", (2, 330, "count"): "known",
}

# The 2024 convention's Fortune Global 500 exhibitors: signed up before the event, then counted among the exhibitors
# at the close.
STORY_WMC24_FORTUNE = [
    doc("2024-09-19", "2024 World Manufacturing Convention to open in Hefei",
        "HEFEI -- The 2024 World Manufacturing Convention runs from Sept 20 to 23. The exhibition will cover 70,000 "
        "square meters in nine zones, and 40 Fortune Global 500 companies have signed up to exhibit."),
    doc("2024-09-20", "Hefei convention opens; 147 projects signed",
        "HEFEI, Sept. 20 (Xinhua) -- The 2024 World Manufacturing Convention opened Friday in Hefei, where 147 projects "
        "with total investment of 103.9 billion yuan were signed at the opening ceremony. The exhibition spans 70,000 "
        "square meters."),
    doc("2024-09-23", "2024 World Manufacturing Convention closes in Hefei",
        "HEFEI -- The 2024 World Manufacturing Convention closed on Monday. A total of 781 projects were signed, with "
        "total investment of 536.05 billion yuan. The 531 exhibitors included 56 Fortune Global 500 companies."),
]
GOLD_WMC24_FORTUNE = {
    (0, 4, "day"): "skip", (0, 70000, "m2"): "new", (0, 9, "count"): "new", (0, 40, "count"): "new",
    (1, 147, "count"): "new", (1, 103.9 * B, "CNY"): "new", (1, 70000, "m2"): "known",
    (2, 781, "count"): "new", (2, 536_050_000_000, "CNY"): "new", (2, 531, "count"): "new", (2, 56, "count"): "changed:conflict",
}

# The 2023 conference with a correction back to the first area: the opening's rounder counts, a running count of
# visits that "passed" a mark, the close with a larger area, and the organizers' correction ("50,000 square meters,
# not 52,000 as reported earlier").
STORY_WIMC23_CORRECTION = [
    doc("2023-12-06", "Nanjing conference opens with 300-plus exhibitors",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference opened on Wednesday with 300-plus exhibitors and "
        "a 50,000-square-meter expo. Some 1,300 guests are in attendance."),
    doc("2023-12-07", "WIMC 2023 day two: expo passes 40,000 visits",
        "NANJING -- Visits to the expo of the 2023 World Intelligent Manufacturing Conference passed 40,000 in its first "
        "two days, organizers said Thursday."),
    doc("2023-12-08", "WIMC 2023 closes",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed on Friday. Its expo hosted 312 "
        "exhibitors over 52,000 square meters and received 85,000 visits. The number of guests reached 1,350."),
    doc("2023-12-15", "Correction to WIMC figures",
        "NANJING -- Organizers of the 2023 World Intelligent Manufacturing Conference said the expo's area was 50,000 "
        "square meters, not 52,000 as reported earlier."),
]
GOLD_WIMC23_CORRECTION = {
    (0, 300, "count"): "new", (0, 50000, "m2"): "new", (0, 1300, "count"): "new",
    (1, 40000, "count"): "new",
    (2, 312, "count"): "changed:refined", (2, 52000, "m2"): "changed:conflict", (2, 85000, "count"): "changed:refined",
    (2, 1350, "count"): "changed:refined",
    (3, 50000, "m2"): "changed:conflict",
}

# Both events in 2025: a convention feature with a province's output, the conference's story citing the convention's
# exhibitors (another event's), and a revised count of the convention's exhibitors that is no rounder restatement.
STORY_BOTH25_REVISED = [
    doc("2025-09-22", "Anhui's factories on show in Hefei",
        "HEFEI -- At the 2025 World Manufacturing Convention, Anhui is showing off an industry that produced 1.6 million "
        "new energy vehicles last year. The convention's exhibition covers 30,000 square meters and has 659 exhibitors."),
    doc("2025-11-28", "Nanjing conference nods to Hefei",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference drew 563 exhibitors to Nanjing this week, while "
        "the World Manufacturing Convention in Hefei had 659 exhibitors in September."),
    doc("2025-11-29", "Hefei and Nanjing events compared",
        "HEFEI -- The World Manufacturing Convention in Hefei in September covered 30,000 square meters and hosted 660 "
        "exhibitors, according to a revised count."),
]
GOLD_BOTH25_REVISED = {
    (0, 1.6e6, "count"): "skip", (0, 30000, "m2"): "new", (0, 659, "count"): "new",
    (1, 563, "count"): "skip", (1, 659, "count"): "skip",
    (2, 30000, "m2"): "known", (2, 660, "count"): "changed:conflict",
}

# The 2021 convention: a Chinese preview whose forecast carries over to the guests invited in the next clause, the
# opening with the guests at the ceremony, the Chinese close, and the results briefing with a precise count of
# exhibitors.
STORY_WMC21_EXPECTED_ZH = [
    doc("2021-11-18", "2021世界制造业大会明日开幕",
        "2021世界制造业大会将于11月19日至22日在合肥举行。本届大会设置展览面积约6万平方米，预计参展企业400家左右，邀请嘉宾约800人。"),
    doc("2021-11-19", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Nov. 19 (Xinhua) -- The 2021 World Manufacturing Convention opened on Friday in Hefei. Some 420 "
        "companies are exhibiting across 60,000 square meters, and about 800 guests attended the opening ceremony."),
    doc("2021-11-22", "2021世界制造业大会闭幕 近1400名嘉宾参会",
        "11月22日，2021世界制造业大会闭幕。本届大会近1400名嘉宾参会，400多家企业参展，展览面积6万平方米。"),
    doc("2021-11-24", "WMC 2021 results: 703 projects",
        "HEFEI -- A results briefing on Wednesday said 703 projects with investment of 582.18 billion yuan were "
        "signed at the 2021 World Manufacturing Convention, where 423 companies exhibited."),
]
GOLD_WMC21_EXPECTED_ZH = {
    (0, 4, "day"): "skip", (0, 60000, "m2"): "new", (0, 400, "count"): "new", (0, 800, "count"): "new",
    (1, 420, "count"): "new", (1, 60000, "m2"): "known", (1, 800, "count"): "skip",
    (2, 1400, "count"): "new", (2, 400, "count"): "known", (2, 60000, "m2"): "known",
    (3, 703, "count"): "new", (3, 582.18 * B, "CNY"): "new", (3, 423, "count"): "changed:refined",
}

# The 2025 conference day by day: a Global Times feature on the first day that counts the exhibitors (the edition's,
# whatever day it is told), a Chinese count at 5 pm on the second day (a running count), and the close.
STORY_WIMC25_DAYS = [
    doc("2025-11-27", "Global Times: Humanoid robots steal the show at Nanjing conference",
        "Global Times) 18:05, November 27, 2025\n\nHumanoid robots drew crowds on the first day of the 2025 World "
        "Intelligent Manufacturing Conference in Nanjing, where more than 550 companies are exhibiting. One robotics "
        "start-up told the Global Times it had received 200 inquiries by noon."),
    doc("2025-11-28", "2025世界智能制造大会第二日",
        "28日，2025世界智能制造大会进入第二天。截至当日17时，博览会已接待观众6.1万人次。本届博览会参展企业563家。"),
    doc("2025-11-29", "Nanjing conference: 108,000 visits, 58 deals",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed on Saturday after receiving 108,000 "
        "visits. Fifty-eight projects worth 31.2 billion yuan were signed. Its 563 exhibitors came from 28 countries "
        "and regions."),
]
GOLD_WIMC25_DAYS = {
    (0, 550, "count"): "new", (0, 200, "count"): "skip",
    (1, 61000, "count"): "new", (1, 563, "count"): "changed:refined",
    (2, 108000, "count"): "changed:refined", (2, 58, "count"): "new", (2, 31.2 * B, "CNY"): "new", (2, 563, "count"): "known",
    (2, 28, "count"): "new",
}

# The 2018 summit in Chinese, then in English: about 1,700 companies registered before the event, nearly 2,000
# exhibitors at the opening (a change) with the first day's visitors, and the close.
STORY_WIMS18_ZH = [
    doc("2018-10-09", "智能制造峰会将于11日开幕",
        "2018世界智能制造大会将于10月11日至13日在南京举办。据组委会介绍，本届大会展览面积约5万平方米，已有约1700家企业报名参展。"),
    doc("2018-10-11", "2018世界智能制造大会开幕",
        "10月11日，2018世界智能制造大会在南京开幕。博览会吸引近2000家企业参展，首日观众超3万人次。"),
    doc("2018-10-13", "World Intelligent Manufacturing Summit closes in Nanjing",
        "NANJING -- The 2018 World Intelligent Manufacturing Summit closed on Saturday. Nearly 2,000 exhibitors took "
        "part, and the expo received more than 100,000 visits over three days. Deals worth 42 billion yuan were signed."),
]
GOLD_WIMS18_ZH = {
    (0, 3, "day"): "skip", (0, 50000, "m2"): "new", (0, 1700, "count"): "new",
    (1, 2000, "count"): "changed:conflict", (1, 30000, "count"): "new",
    (2, 2000, "count"): "known", (2, 100000, "count"): "new", (2, 3, "day"): "new", (2, 42 * B, "CNY"): "new",
}

# The 2022 convention: a plan with activities and companies, the opening with the area, more enterprises and the
# signings expected (a forecast), and the close with a larger area.
STORY_WMC22_PLAN = [
    doc("2022-09-14", "China to hold conference on manufacturing development",
        "HEFEI -- The 2022 World Manufacturing Convention will be held in Hefei from Sept 20 to 23, with some 40 "
        "activities planned. About 500 companies will take part in the offline exhibition."),
    doc("2022-09-20", "Convention in east China spotlights advanced manufacturing",
        "HEFEI, Sept. 20 (Xinhua) -- The 2022 World Manufacturing Convention opened Tuesday in east China, featuring "
        "nearly 40 events. The total exhibition area is 59,000 square meters. More than 640 enterprises are exhibiting, "
        "and 568 projects with a total investment of 367.7 billion yuan are expected to be signed during the event."),
    doc("2022-09-23", "WMC 2022 closes with 568 projects",
        "HEFEI -- The 2022 World Manufacturing Convention closed on Friday. Organizers said 568 projects with total "
        "investment of 768.5 billion yuan were signed, and 641 enterprises exhibited over 70,000 square meters."),
]
GOLD_WMC22_PLAN = {
    (0, 4, "day"): "skip", (0, 40, "count"): "new", (0, 500, "count"): "new",
    
    # "some 40" activities, then "nearly 40" events: the same number, both approximate, known
    (1, 40, "count"): "known", (1, 59000, "m2"): "new", (1, 640, "count"): "changed:conflict",
    (1, 568, "count"): "new", (1, 367.7 * B, "CNY"): "new",
    (2, 568, "count"): "new", (2, 768.5 * B, "CNY"): "new", (2, 641, "count"): "changed:refined",
    (2, 70000, "m2"): "changed:conflict",
}

# The 2024 conference, Chinese first: companies confirmed before the event with their Fortune Global 500 members,
# the English opening with the exact counts, and the Chinese close.
STORY_WIMC24_ZH_FIRST = [
    doc("2024-12-03", "2024世界智能制造大会5日开幕 260余家企业参展",
        "2024世界智能制造大会将于12月5日至7日在南京举办。目前已有260余家企业确认参展，其中世界500强和行业领军企业50余家。"),
    doc("2024-12-05", "Nanjing conference opens, 263 companies exhibit",
        "NANJING, Dec. 5 (Xinhua) -- The 2024 World Intelligent Manufacturing Conference opened on Thursday. A total of "
        "263 companies are exhibiting, 51 of them Fortune Global 500 or industry-leading firms, from nearly 10 countries "
        "and regions."),
    doc("2024-12-07", "2024世界智能制造大会闭幕",
        "12月7日，2024世界智能制造大会闭幕。大会集中签约重大项目30个，签约金额536.3亿元。"),
]
GOLD_WIMC24_ZH_FIRST = {
    (0, 3, "day"): "skip", (0, 260, "count"): "new", (0, 50, "count"): "new",
    (1, 263, "count"): "changed:refined", (1, 51, "count"): "changed:refined", (1, 10, "count"): "new",
    (2, 30, "count"): "new", (2, 53.63 * B, "CNY"): "new",
}

# The 2023 convention: a preview of a record with the year before cited, a release's running totals since 2018, and
# the Chinese close with an updated total of guests since 2018.
STORY_WMC23_RECORD = [
    doc("2023-09-05", "2023 World Manufacturing Convention to see record number of exhibitors",
        "HEFEI -- The number of exhibitors at this year's World Manufacturing Convention, set for Sept 20 to 24 in "
        "Hefei, will hit a record high, organizers said on Tuesday. Over 500 companies have applied to exhibit, up "
        "from 412 at the 2022 event."),
    doc("2023-09-16", "2023 World Manufacturing Convention to be held in Hefei, Anhui from September 20th to 24th",
        "HEFEI, China, Sept. 16, 2023 /PRNewswire/ -- Since 2018, the World Manufacturing Convention has been held in "
        "Hefei for five consecutive years. It has attracted over 14,800 guests, secured 3,021 project agreements, and "
        "seen actual investments exceeding a trillion RMB."),
    doc("2023-09-24", "2023世界制造业大会闭幕",
        "9月24日，2023世界制造业大会闭幕。本届大会参展企业517家，签约项目734个，总投资4497.9亿元。自2018年以来，大会累计吸引嘉宾14824人。"),
]
GOLD_WMC23_RECORD = {
    (0, 4, "day"): "skip", (0, 500, "count"): "new", (0, 412, "count"): "skip",
    (1, 5, "count"): "skip", (1, 14800, "count"): "new", (1, 3021, "count"): "new", (1, 1e12, "CNY"): "new",
    (2, 517, "count"): "changed:refined", (2, 734, "count"): "new", (2, 449.79 * B, "CNY"): "new",
    (2, 14824, "count"): "changed:refined",
}


STORY_WIMC25_WEEK = [
    doc("2025-11-20", "Nanjing set to host 2025 World Intelligent Manufacturing Conference next week",
        "NANJING, Nov. 20 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference will open in Nanjing on "
        "Nov. 27, with more than 300 enterprises expected to exhibit, organizers said Thursday. Last year's "
        "conference drew 263 exhibitors."),
    doc("2025-11-27", "Intelligent manufacturing conference opens in Nanjing",
        "The 2025 World Intelligent Manufacturing Conference, which opened on Thursday, has gathered 318 companies "
        "from 21 countries and regions, showcasing over 1,000 products in an exhibition area of 52,000 square meters. "
        "At the opening ceremony, 28 projects with a total investment of 41.2 billion yuan were signed."),
    doc("2025-11-28", "Smart factories take center stage at Nanjing expo",
        "Visitors to the 2025 World Intelligent Manufacturing Conference in Nanjing, Jiangsu province, found 320 "
        "exhibitors from 21 countries and regions on Friday, many showing humanoid robots."),
    doc("2025-11-30", "2025 World Intelligent Manufacturing Conference concludes",
        "NANJING, Nov. 30 (Xinhua) -- The four-day 2025 World Intelligent Manufacturing Conference concluded on "
        "Sunday. A total of 65 projects were signed during the event, with investment totaling 96.5 billion yuan. "
        "More than 1.2 million people watched the events online, and the venue received 86,000 visits."),
    doc("2025-12-15", "Jiangsu bets on smart factories",
        "Earlier this month, the World Intelligent Manufacturing Conference in Nanjing showed how far the province "
        "has come. The conference's 65 signed projects, worth nearly 100 billion yuan, range from robotics to "
        "industrial software."),
]
GOLD_WIMC25_WEEK = {
    (0, 300, "count"): "new", (0, 263, "count"): "skip",
    (1, 318, "count"): "new", (1, 21, "count"): "new", (1, 1000, "count"): "new", (1, 52000, "m2"): "new",
    (1, 28, "count"): "new", (1, 41.2 * B, "CNY"): "new",
    (2, 320, "count"): "known",  # a plain value with fewer digits restates 318 (documented: 600 after 612)
    (2, 21, "count"): "known",
    (3, 4, "day"): "new", (3, 65, "count"): "new", (3, 96.5 * B, "CNY"): "new", (3, 1.2e6, "count"): "new",
    (3, 86000, "count"): "new",
    (4, 65, "count"): "known", (4, 100 * B, "CNY"): "known",
}


STORY_WMC24_SOFAR = [
    doc("2024-09-10", "2024 World Manufacturing Convention to open in Hefei on Sept 20",
        "The 2024 World Manufacturing Convention will be held from Sept 20 to 24 in Hefei, Anhui province. So far, "
        "520 companies, including 45 Fortune Global 500 firms, have confirmed their participation, and the "
        "exhibition will cover 75,000 square meters."),
    doc("2024-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- More than 500 enterprises, including 47 Fortune Global 500 companies, are "
        "taking part in the exhibition of the 2024 World Manufacturing Convention, which covers 75,000 square "
        "meters."),
    doc("2024-09-24", "World Manufacturing Convention ends with 589 projects signed",
        "The 2024 World Manufacturing Convention signed 589 projects with a total investment of 471.8 billion yuan. "
        "It attracted 546 exhibitors, 52 of them Fortune Global 500 companies, and drew 168,000 visitors over five "
        "days."),
    doc("2024-09-25", "2024世界制造业大会闭幕",
        "2024世界制造业大会在合肥闭幕。大会共签约项目589个，总投资4718亿元，其中外资项目36个。参展企业546家。"),
]
GOLD_WMC24_SOFAR = {
    (0, 520, "count"): "new", (0, 45, "count"): "new", (0, 75000, "m2"): "new",
    (1, 500, "count"): "known", (1, 47, "count"): "changed:refined", (1, 75000, "m2"): "known",  # the planned area is the edition's own plan
   
    (2, 589, "count"): "new", (2, 471.8 * B, "CNY"): "new", (2, 546, "count"): "changed:refined",
    (2, 52, "count"): "changed:conflict", (2, 168000, "count"): "new", (2, 5, "day"): "new",
    (3, 589, "count"): "known", (3, 471.8 * B, "CNY"): "known", (3, 36, "count"): "new", (3, 546, "count"): "known",
}


STORY_WIMC19_OCT = [
    doc("2019-10-19", "World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Oct. 19 (Xinhua) -- The 2019 World Intelligent Manufacturing Conference kicked off in Nanjing on "
        "Saturday, with some 600 exhibitors showing their latest products."),
    doc("2019-10-20", "Academicians gather for smart manufacturing talks",
        "Over 1,000 guests, including 30 academicians from China and abroad, attended the opening of the 2019 World "
        "Intelligent Manufacturing Conference in Nanjing."),
    doc("2019-10-22", "2019 World Intelligent Manufacturing Conference closes",
        "NANJING, Oct. 22 (Xinhua) -- The 2019 World Intelligent Manufacturing Conference saw 112 projects signed "
        "with a total investment of 240 billion yuan. Exhibitors numbered 612 from 20 countries."),
    doc("2019-10-25", "WIMC 2019 wraps up with deals",
        "WIMC 2019 in Nanjing drew 612 exhibitors and sealed deals worth 240 billion yuan, a rise from 2018, when "
        "190 billion yuan of deals were signed."),
]
GOLD_WIMC19_OCT = {
    (0, 600, "count"): "new",
    (1, 1000, "count"): "new", (1, 30, "count"): "new",
    (2, 112, "count"): "new", (2, 240 * B, "CNY"): "new", (2, 612, "count"): "changed:refined",
    (2, 20, "count"): "new",
    (3, 612, "count"): "known", (3, 240 * B, "CNY"): "known", (3, 190 * B, "CNY"): "skip",
}


STORY_WMC25_ZH_FIRST = [
    doc("2025-09-20", "2025世界制造业大会在合肥开幕",
        "2025世界制造业大会20日在合肥开幕。本届大会设置展览面积7.5万平方米，吸引了海内外600余家企业参展，其中世界500强企业52家。"
        "开幕式上集中签约项目132个，总投资1526亿元。"),
    doc("2025-09-21", "World Manufacturing Convention opens in Hefei",
        "More than 600 companies, including 52 Fortune Global 500 firms, are showcasing products across 75,000 "
        "square meters at the 2025 World Manufacturing Convention in Hefei. At the opening ceremony, 132 projects "
        "worth 152.6 billion yuan were signed."),
    doc("2025-09-24", "2025世界制造业大会闭幕",
        "2025世界制造业大会24日闭幕。大会期间共签约项目608个，总投资4952亿元；线下参观人数达22万人次，线上浏览量超过1.2亿次。"
        "参展企业总数达632家。"),
    doc("2025-09-25", "World Manufacturing Convention closes with 608 deals",
        "The 2025 World Manufacturing Convention signed 608 projects with total investment of 495.2 billion yuan. "
        "Its 632 exhibitors received 220,000 visits on site and more than 120 million views online."),
    doc("2025-10-10", "Hefei's convention leaves a lasting mark",
        "The World Manufacturing Convention's exhibitors rose to 640, according to the final tally released by "
        "organizers of the Hefei event this month."),
]
GOLD_WMC25_ZH_FIRST = {
    (0, 75000, "m2"): "new", (0, 600, "count"): "new", (0, 52, "count"): "new", (0, 132, "count"): "new",
    (0, 152.6 * B, "CNY"): "new",
    (1, 600, "count"): "known", (1, 52, "count"): "known", (1, 75000, "m2"): "known", (1, 132, "count"): "known",
    (1, 152.6 * B, "CNY"): "known",
    (2, 608, "count"): "new", (2, 495.2 * B, "CNY"): "new", (2, 220000, "count"): "new", (2, 1.2e8, "count"): "new",
    (2, 632, "count"): "changed:refined",
    (3, 608, "count"): "known", (3, 495.2 * B, "CNY"): "known", (3, 632, "count"): "known",
    (3, 220000, "count"): "known", (3, 1.2e8, "count"): "known",
    (4, 640, "count"): "changed:conflict",
}


REL_WIMC23_RELEASE = ("NANJING, China, Dec. 6, 2023 /PRNewswire/ -- The 2023 World Intelligent Manufacturing Conference opened in "
       "Nanjing on Wednesday. Its expo features 360 companies over 50,000 square meters, with zones for robots, "
       "industrial software and new energy vehicles.")
STORY_WIMC23_RELEASE = [
    doc("2023-12-06", "2023 World Intelligent Manufacturing Conference opens in Nanjing", REL_WIMC23_RELEASE),
    doc("2023-12-07", "2023 World Intelligent Manufacturing Conference opens in Nanjing", REL_WIMC23_RELEASE),
    doc("2023-12-08", "WIMC 2023 closes with 52 projects worth 75.8 bln yuan signed",
        "NANJING, Dec. 8 (Xinhua) -- The 2023 World Intelligent Manufacturing Conference closed on Friday with 52 "
        "projects worth 75.8 billion yuan signed. The expo had 365 exhibitors."),
]
GOLD_WIMC23_RELEASE = {
    (0, 360, "count"): "new", (0, 50000, "m2"): "new",
    (1, 360, "count"): "known", (1, 50000, "m2"): "known",
    (2, 52, "count"): "new", (2, 75.8 * B, "CNY"): "new", (2, 365, "count"): "changed:conflict",
}


STORY_WMC22_CLOUD = [
    doc("2022-09-20", "World Manufacturing Convention opens online and offline",
        "HEFEI, Sept. 20 (Xinhua) -- The 2022 World Manufacturing Convention opened in Hefei on Tuesday in both online "
        "and offline formats. About 500 companies take part offline, while over 1,200 companies display their "
        "products on the cloud exhibition platform."),
    doc("2022-09-23", "World Manufacturing Convention concludes",
        "The 2022 World Manufacturing Convention concluded on Friday with 626 projects signed, involving a total "
        "investment of 572 billion yuan. Some 530 companies showcased offline."),
    doc("2022-09-24", "2022世界制造业大会闭幕",
        "2022世界制造业大会共签约项目626个，总投资5720亿元，累计吸引线上观众超2000万人次。"),
]
GOLD_WMC22_CLOUD = {
    (0, 500, "count"): "new", (0, 1200, "count"): "new",
    (1, 626, "count"): "new", (1, 572 * B, "CNY"): "new", (1, 530, "count"): "changed:refined",
    (2, 626, "count"): "known", (2, 572 * B, "CNY"): "known", (2, 2e7, "count"): "new",
}


STORY_WIMC21_PLAN = [
    doc("2021-11-18", "Nanjing ready for intelligent manufacturing conference",
        "The 2021 World Intelligent Manufacturing Conference will gather 11 academicians and over 200 experts in "
        "Nanjing next week, organizers said."),
    doc("2021-11-23", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING, Nov. 23 (Xinhua) -- The 2021 World Intelligent Manufacturing Conference, held from Tuesday to "
        "Thursday, has drawn 13 academicians and 230 experts, and 216 companies are exhibiting."),
    doc("2021-11-25", "Intelligent manufacturing conference closes",
        "NANJING, Nov. 25 (Xinhua) -- The 2021 World Intelligent Manufacturing Conference closed on Thursday. Its 216 "
        "exhibitors met buyers from across China, 18 academicians attended, and 38 projects with a total investment "
        "of 50.6 billion yuan were signed."),
]
GOLD_WIMC21_PLAN = {
    (0, 11, "count"): "new", (0, 200, "count"): "new",
    (1, 13, "count"): "changed:conflict", (1, 230, "count"): "changed:refined",  # "will gather" names who will attend: the edition's plan
    (1, 216, "count"): "new",
    (2, 216, "count"): "known", (2, 18, "count"): "changed:conflict", (2, 38, "count"): "new",
    (2, 50.6 * B, "CNY"): "new",
}


STORY_WMC19_LASTYEAR = [
    doc("2019-09-20", "2019 World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2019 World Manufacturing Convention opened on Friday in Hefei. The "
        "convention attracted over 3,000 guests from 54 countries and regions. Last year, the first convention "
        "signed 440 projects with investment of 452.6 billion yuan."),
    doc("2019-09-21", "Guests from around the world in Hefei",
        "Some 3,200 Chinese and overseas guests attended the 2019 World Manufacturing Convention in Hefei."),
    doc("2019-09-23", "World Manufacturing Convention closes with 536 projects",
        "The 2019 World Manufacturing Convention signed 536 projects with investment totalling 574.7 billion yuan, up "
        "27 percent from last year."),
    doc("2019-09-24", "2019世界制造业大会闭幕",
        "2019世界制造业大会闭幕，共签约536个项目，投资总额5747亿元。"),
]
GOLD_WMC19_LASTYEAR = {
    (0, 3000, "count"): "new", (0, 54, "count"): "new", (0, 440, "count"): "skip", (0, 452.6 * B, "CNY"): "skip",
    (1, 3200, "count"): "changed:refined",
    (2, 536, "count"): "new", (2, 574.7 * B, "CNY"): "new", (2, 27, "percent"): "skip",
    (3, 536, "count"): "known", (3, 574.7 * B, "CNY"): "known",
}


STORY_WIMC24_HALL = [
    doc("2024-12-19", "2024 World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Dec. 19 (Xinhua) -- The 2024 World Intelligent Manufacturing Conference opened in Nanjing on "
        "Thursday. Its exhibition covers 50,000 square meters and features 263 companies; the robotics hall alone "
        "spans 8,000 square meters and houses 45 companies."),
    doc("2024-12-20", "Robots steal the show at Nanjing conference",
        "More than 260 companies are attending the expo of the 2024 World Intelligent Manufacturing Conference, with "
        "the robotics pavilion displaying 48 companies across 8,000 square meters."),
    doc("2024-12-22", "2024 World Intelligent Manufacturing Conference closes",
        "Thirty projects worth 53.63 billion yuan were signed at the 2024 World Intelligent Manufacturing Conference "
        "in Nanjing. The conference had 1,200 guests."),
]
GOLD_WIMC24_HALL = {
    (0, 50000, "m2"): "new", (0, 263, "count"): "new", (0, 8000, "m2"): "new", (0, 45, "count"): "new",
    (1, 260, "count"): "known", (1, 48, "count"): "new", (1, 8000, "m2"): "known",
    (2, 30, "count"): "new", (2, 53.63 * B, "CNY"): "new", (2, 1200, "count"): "new",
}


STORY_WMC23_CORRECTION = [
    doc("2023-09-20", "World Manufacturing Convention signs 213 projects on opening day",
        "HEFEI, Sept. 20 (Xinhua) -- The 2023 World Manufacturing Convention signed 213 projects worth 209.2 billion "
        "yuan on the opening day."),
    doc("2023-09-24", "World Manufacturing Convention closes",
        "A total of 734 projects with a total investment of 449.79 billion yuan were signed at the 2023 World "
        "Manufacturing Convention, which closed on Sunday."),
    doc("2023-09-25", "2023世界制造业大会成果丰硕",
        "2023世界制造业大会签约项目743个，总投资4497.9亿元。"),
    doc("2023-09-26", "World Manufacturing Convention deals: a correction",
        "Correction: An earlier version of this story said 743 projects were signed at the 2023 World Manufacturing "
        "Convention. The correct number is 734."),
]
GOLD_WMC23_CORRECTION = {
    (0, 213, "count"): "new", (0, 209.2 * B, "CNY"): "new",
    (1, 734, "count"): "new", (1, 449.79 * B, "CNY"): "new",
    (2, 743, "count"): "changed:conflict", (2, 449.79 * B, "CNY"): "known",
    (3, 743, "count"): "skip", (3, 734, "count"): "changed:conflict",
}


STORY_WMC26_WEEK = [
    doc("2026-08-28", "2026 World Manufacturing Convention to open Sept 19",
        "HEFEI, Aug. 28 (Xinhua) -- The 2026 World Manufacturing Convention will be held in Hefei from Sept. 19 to 23, "
        "organizers announced at a press conference Friday. The convention will feature one opening ceremony, one main "
        "forum and 14 themed forums. More than 1,000 companies have signed up to exhibit, including 60 Fortune Global "
        "500 companies. Since 2018, the convention has signed 4,362 projects with a total investment of over 3 trillion "
        "yuan."),
    doc("2026-09-19", "World Manufacturing Convention opens in Hefei",
        "The 2026 World Manufacturing Convention opened on Saturday in Hefei, with 1,061 exhibitors, 63 of them Fortune "
        "Global 500 companies, filling 80,000 square meters of exhibition space. Guests from 42 countries and regions "
        "attended the opening."),
    doc("2026-09-20", "2026 World Manufacturing Convention Signs 156 Projects at Opening",
        "HEFEI, China, Sept. 20, 2026 /PRNewswire/ -- At the opening ceremony of the 2026 World Manufacturing "
        "Convention on September 19, 156 projects with a total investment of 162.3 billion yuan were signed, covering "
        "new energy vehicles, integrated circuits and advanced materials."),
    doc("2026-09-23", "World Manufacturing Convention closes with 612 projects",
        "HEFEI, Sept. 23 (Xinhua) -- The five-day 2026 World Manufacturing Convention closed on Wednesday with 612 "
        "projects signed, worth a combined 503.6 billion yuan. Foreign-funded projects accounted for 21 percent of the "
        "total. Since its debut in 2018, the convention has seen 4,974 projects signed."),
    doc("2026-09-24", "2026世界制造业大会闭幕",
        "2026世界制造业大会23日闭幕。大会共签约项目612个，总投资5036亿元，其中外资项目129个。"),
]
GOLD_WMC26_WEEK = {
    (0, 1, "count"): "skip", (0, 14, "count"): "new", (0, 1000, "count"): "new", (0, 60, "count"): "new",
    (0, 4362, "count"): "new", (0, 3e12, "CNY"): "new",
    (1, 1061, "count"): "changed:refined", (1, 63, "count"): "changed:conflict", (1, 80000, "m2"): "new",
    (1, 42, "count"): "new",
    (2, 156, "count"): "new", (2, 162.3 * B, "CNY"): "new",
    (3, 5, "day"): "new", (3, 612, "count"): "new", (3, 503.6 * B, "CNY"): "new", (3, 21, "percent"): "new",
    (3, 4974, "count"): "changed:conflict",
    (4, 612, "count"): "known", (4, 503.6 * B, "CNY"): "known", (4, 129, "count"): "new",
}


STORY_WIMC22_HEADLINE = [
    doc("2022-12-06", "Nearly 600 projects signed at intelligent manufacturing conference",
        "NANJING, Dec. 6 (Xinhua) -- A total of 586 projects were signed at the 2022 World Intelligent Manufacturing "
        "Conference, with total investment reaching 218.7 billion yuan."),
    doc("2022-12-07", "Jiangsu's smart manufacturing conference yields deals",
        "The 2022 World Intelligent Manufacturing Conference signed 586 projects worth 218.7 billion yuan. More than "
        "1,800 guests attended in person and online, while live streams drew 26 million views."),
    doc("2022-12-09", "Nanjing conference draws investment",
        "Over 200 billion yuan of investment was signed at WIMC 2022 in Nanjing, spread over 586 projects."),
    doc("2023-01-05", "Jiangsu's factories look to the new year",
        "In December, the 2022 World Intelligent Manufacturing Conference signed 588 projects, a sign of investors' "
        "confidence in Jiangsu."),
]
GOLD_WIMC22_HEADLINE = {
    (0, 600, "count"): "skip",  # the headline's rounding is kept as evidence of 586
    (0, 586, "count"): "new", (0, 218.7 * B, "CNY"): "new",
    (1, 586, "count"): "known", (1, 218.7 * B, "CNY"): "known", (1, 1800, "count"): "new", (1, 2.6e7, "count"): "new",
    (2, 200 * B, "CNY"): "known", (2, 586, "count"): "known",
    (3, 588, "count"): "changed:conflict",
}


STORY_WIMC24_ELSEWHERE = [
    doc("2024-09-24", "World Manufacturing Convention closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2024 World Manufacturing Convention closed in Hefei on Tuesday, with 589 "
        "projects signed."),
    doc("2024-12-20", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING, Dec. 20 (Xinhua) -- The 2024 World Intelligent Manufacturing Conference opened in Nanjing on Friday "
        "with 263 exhibitors. Three months ago, the World Manufacturing Convention in Hefei signed 589 projects."),
    doc("2024-12-22", "Intelligent manufacturing conference closes",
        "The 2024 World Intelligent Manufacturing Conference signed 30 projects worth 53.63 billion yuan. Its 265 "
        "exhibitors came from 18 countries."),
]
GOLD_WIMC24_ELSEWHERE = {
    (0, 589, "count"): "new",
    (1, 263, "count"): "new", (1, 589, "count"): "skip",
    (2, 30, "count"): "new", (2, 53.63 * B, "CNY"): "new", (2, 265, "count"): "changed:conflict", (2, 18, "count"): "new",
}


STORY_WMC20_ONLINE = [
    doc("2020-11-20", "World Manufacturing Convention opens online and offline",
        "HEFEI, Nov. 20 (Xinhua) -- The 2020 World Manufacturing Convention opened in Hefei on Friday, both online and "
        "offline. More than 500 companies are exhibiting offline and 1,400 on the cloud platform."),
    doc("2020-11-22", "World Manufacturing Convention closes",
        "The three-day 2020 World Manufacturing Convention closed on Sunday, with 612 projects signed and total "
        "investment of 512.6 billion yuan. The cloud exhibition received 13.5 million visits."),
    doc("2020-11-23", "2020世界制造业大会闭幕",
        "2020世界制造业大会闭幕，签约项目612个，总投资5126亿元。线下展览吸引了520家企业参展，云展会1400家。"),
    doc("2020-11-25", "Hefei convention by the numbers",
        "The 2020 World Manufacturing Convention attracted 1,920 exhibitors online and offline."),
]
GOLD_WMC20_ONLINE = {
    (0, 500, "count"): "new", (0, 1400, "count"): "new",
    (1, 3, "day"): "new", (1, 612, "count"): "new", (1, 512.6 * B, "CNY"): "new", (1, 1.35e7, "count"): "new",
    (2, 612, "count"): "known", (2, 512.6 * B, "CNY"): "known", (2, 520, "count"): "changed:refined",
    (2, 1400, "count"): "known",
    (3, 1920, "count"): "new",
}


STORY_WIMC20_QUOTE = [
    doc("2020-11-24", "Jiangsu signs major projects at smart manufacturing event",
        "'We have signed 65 major projects worth 86 billion yuan,' said a Jiangsu vice-governor at the 2020 World "
        "Intelligent Manufacturing Conference in Nanjing on Tuesday."),
    doc("2020-11-26", "Intelligent manufacturing conference ends",
        "NANJING, Nov. 26 (Xinhua) -- At the 2020 World Intelligent Manufacturing Conference, 65 projects with a total "
        "investment of 86.1 billion yuan were signed."),
    doc("2020-11-27", "Conference goes online",
        "Held mostly online, the 2020 World Intelligent Manufacturing Conference drew over 10 million online viewers."),
]
GOLD_WIMC20_QUOTE = {
    (0, 65, "count"): "new", (0, 86 * B, "CNY"): "new",
    (1, 65, "count"): "known", (1, 86.1 * B, "CNY"): "changed:refined",
    (2, 1e7, "count"): "new",
}


STORY_WMC18_TRAD = [
    doc("2018-05-25", "World Manufacturing Convention opens in Hefei",
        "HEFEI, May 25 (Xinhua) -- The 2018 World Manufacturing Convention opened in Hefei on Friday, attracting over "
        "2,000 guests from home and abroad, including 10 former foreign leaders."),
    doc("2018-05-27", "World Manufacturing Convention concludes",
        "The 2018 World Manufacturing Convention concluded on Sunday, with 440 projects signed with a total investment "
        "of 452.6 billion yuan."),
    doc("2018-05-28", "2018世界製造業大會閉幕",
        "2018世界製造業大會閉幕，共簽約項目440個，總投資4526億元，吸引嘉賓2400餘人。"),
]
GOLD_WMC18_TRAD = {
    (0, 2000, "count"): "new", (0, 10, "count"): "new",
    (1, 440, "count"): "new", (1, 452.6 * B, "CNY"): "new",
    (2, 440, "count"): "known", (2, 452.6 * B, "CNY"): "known", (2, 2400, "count"): "changed:refined",
}


STORY_WIMC26_ZH_FIRST = [
    doc("2026-11-10", "2026世界智能制造大会将在南京举行",
        "2026世界智能制造大会将于11月26日至28日在南京举行。目前已有280家企业报名参展，展览面积约5万平方米。"),
    doc("2026-11-26", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING, Nov. 26 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference opened in Nanjing on "
        "Thursday, with 302 exhibitors across 52,000 square meters."),
    doc("2026-11-28", "Intelligent manufacturing conference closes",
        "The three-day 2026 World Intelligent Manufacturing Conference signed 41 projects worth 62.8 billion yuan. "
        "Over 1,500 guests, including 20 academicians, attended."),
    doc("2026-11-29", "2026世界智能制造大会闭幕",
        "2026世界智能制造大会闭幕。大会期间签约项目41个，总投资628亿元，参会嘉宾1500余人，其中两院院士22人。"),
]
GOLD_WIMC26_ZH_FIRST = {
    (0, 280, "count"): "new", (0, 50000, "m2"): "new",
    (1, 302, "count"): "changed:refined", (1, 52000, "m2"): "changed:refined",
    (2, 3, "day"): "new", (2, 41, "count"): "new", (2, 62.8 * B, "CNY"): "new", (2, 1500, "count"): "new",
    (2, 20, "count"): "new",
    (3, 41, "count"): "known", (3, 62.8 * B, "CNY"): "known", (3, 1500, "count"): "known",
    (3, 22, "count"): "changed:conflict",
}


OPEN_WMC21_CONVERTED = ("HEFEI, Sept. 10 (Xinhua) -- The 2021 World Manufacturing Convention kicked off on Friday in Hefei. At the "
        "opening ceremony, 162 projects with a total investment of 232.8 billion yuan (about 36 billion U.S. dollars) "
        "were signed.")
STORY_WMC21_CONVERTED = [
    doc("2021-09-10", "World Manufacturing Convention kicks off in Hefei", OPEN_WMC21_CONVERTED),
    doc("2021-09-11", "World Manufacturing Convention kicks off in Hefei", OPEN_WMC21_CONVERTED + " The convention will last four days."),
    doc("2021-09-13", "World Manufacturing Convention closes",
        "The 2021 World Manufacturing Convention closed on Monday with 501 projects signed, with a total investment of "
        "550.1 billion yuan (about 85.2 billion U.S. dollars)."),
    doc("2021-09-14", "Deals worth 85 bln USD at WMC 2021",
        "The WMC 2021 saw deals worth 85 billion U.S. dollars, with 501 projects signed."),
]
GOLD_WMC21_CONVERTED = {
    (0, 162, "count"): "new", (0, 232.8 * B, "CNY"): "new", (0, 36 * B, "USD"): "skip",
    (1, 162, "count"): "known", (1, 232.8 * B, "CNY"): "known", (1, 36 * B, "USD"): "skip", (1, 4, "day"): "new",
    (2, 501, "count"): "new", (2, 550.1 * B, "CNY"): "new", (2, 85.2 * B, "USD"): "skip",
    (3, 85 * B, "USD"): "skip", (3, 501, "count"): "skip",  # "WMC" without a context word names no event
}


STORY_WIMS18_GUESTS = [
    doc("2018-10-11", "World Intelligent Manufacturing Summit opens in Nanjing",
        "The 2018 World Intelligent Manufacturing Summit opened in Nanjing on Thursday. More than 6,000 guests, "
        "including 42 academicians, are attending."),
    doc("2018-10-12", "Smart manufacturing summit draws global guests",
        "The 2018 World Intelligent Manufacturing Summit has gathered 6,300 guests from 21 countries and regions."),
    doc("2018-10-14", "Smart manufacturing summit closes",
        "The 2018 World Intelligent Manufacturing Summit saw 81 projects signed, with total investment of 97.6 billion "
        "yuan."),
    doc("2018-10-20", "What Nanjing's summit says about Jiangsu",
        "The 2018 World Intelligent Manufacturing Summit, which drew 6,300 guests and 45 academicians, showed Jiangsu's "
        "ambitions."),
]
GOLD_WIMS18_GUESTS = {
    (0, 6000, "count"): "new", (0, 42, "count"): "new",
    (1, 6300, "count"): "changed:refined", (1, 21, "count"): "new",
    (2, 81, "count"): "new", (2, 97.6 * B, "CNY"): "new",
    (3, 6300, "count"): "known", (3, 45, "count"): "changed:conflict",
}


STORY_WMC23_VISITORS = [
    doc("2023-09-21", "Crowds at World Manufacturing Convention",
        "On the first day of the 2023 World Manufacturing Convention, the exhibition received 43,000 visitors."),
    doc("2023-09-22", "World Manufacturing Convention draws crowds",
        "As of Friday evening, the exhibition of the 2023 World Manufacturing Convention had received 98,000 visitors."),
    doc("2023-09-24", "World Manufacturing Convention ends",
        "Over five days, the exhibition of the 2023 World Manufacturing Convention received 162,000 visitors, and "
        "online views topped 300 million."),
    doc("2023-09-25", "2023世界制造业大会闭幕",
        "2023世界制造业大会闭幕。展会共接待观众16.2万人次，线上观看量超3亿次。"),
]
GOLD_WMC23_VISITORS = {
    (0, 43000, "count"): "new",
    (1, 98000, "count"): "new",
    (2, 5, "day"): "new", (2, 162000, "count"): "changed:refined", (2, 3e8, "count"): "new",
    (3, 162000, "count"): "known", (3, 3e8, "count"): "known",
}


STORY_WMC25_HALLS = [
    doc("2025-09-19", "Hefei prepares for World Manufacturing Convention",
        "HEFEI, Sept. 19 (Xinhua) -- Preparations for the 2025 World Manufacturing Convention are complete, organizers "
        "said Friday. The exhibition space totals 70,000 sq m across five halls, and some 550 exhibitors have "
        "confirmed. About 2,000 guests are expected, among them more than 200 overseas guests."),
    doc("2025-09-21", "Manufacturing convention shows off robots and EVs",
        "The 2025 World Manufacturing Convention in Hefei has 562 exhibitors in 70,000 square metres of halls. Hall 2 "
        "alone hosts 130 exhibitors. 'We want every visitor to leave with a deal,' said an organizer."),
    doc("2025-09-23", "WMC 2025 inks 680 projects worth 520 bln yuan",
        "HEFEI, Sept. 23 (Xinhua) -- The 2025 World Manufacturing Convention closed in Hefei, Anhui Province, on "
        "Tuesday, with 680 projects inked, worth a total of 520.3 billion yuan. The convention drew 2,316 guests, "
        "including 238 from overseas."),
    doc("2025-09-30", "Anhui's convention: deals and the road ahead",
        "Of the 680 projects inked at this month's World Manufacturing Convention in Hefei, 310 are in new energy "
        "vehicles. The deals, worth about 520 billion yuan, make Anhui ..."),
]
GOLD_WMC25_HALLS = {
    (0, 70000, "m2"): "new", (0, 5, "count"): "new", (0, 550, "count"): "new", (0, 2000, "count"): "new",
    (0, 200, "count"): "new",
    (1, 562, "count"): "changed:refined", (1, 70000, "m2"): "known", (1, 130, "count"): "new",
    (2, 680, "count"): "new", (2, 520 * B, "CNY"): "skip", (2, 520.3e9, "CNY"): "new", (2, 2316, "count"): "new",
    (2, 238, "count"): "new",
    (3, 680, "count"): "known", (3, 310, "count"): "new", (3, 520 * B, "CNY"): "known",
}


STORY_WIMC23_FORUMS = [
    doc("2023-12-05", "Nanjing conference to show latest in smart manufacturing",
        "The 2023 World Intelligent Manufacturing Conference will take place in Nanjing from Dec 6 to 8. Organizers "
        "plan to hold 1 main forum and 16 parallel forums, and expect to sign over 50 projects."),
    doc("2023-12-06", "2023世界智能制造大会开幕",
        "12月6日，2023世界智能制造大会在南京开幕。大会设1场主论坛、18场平行论坛，展览面积5万平方米，吸引360家企业参展。"),
    doc("2023-12-08", "2023 World Intelligent Manufacturing Conference wraps up",
        "NANJING, Dec. 8 (Xinhua) -- The three-day 2023 World Intelligent Manufacturing Conference wrapped up on Friday. "
        "It held 19 forums, and 52 projects worth 75.8 billion yuan were signed. The exhibition, covering 50,000 square "
        "meters, drew 360 companies."),
]
GOLD_WIMC23_FORUMS = {
    (0, 1, "count"): "skip", (0, 16, "count"): "new", (0, 50, "count"): "new",
    (1, 1, "count"): "skip", (1, 18, "count"): "new", (1, 50000, "m2"): "new", (1, 360, "count"): "new",
    (2, 3, "day"): "new", (2, 19, "count"): "new", (2, 52, "count"): "new", (2, 75.8 * B, "CNY"): "new",
    (2, 50000, "m2"): "known", (2, 360, "count"): "known",
}


STORY_WMC24_ZH_OPENING = [
    doc("2024-09-20", "2024世界制造业大会开幕 签约项目超百个",
        "9月20日上午，2024世界制造业大会在合肥开幕。开幕式上，集中签约重大项目121个，总投资1506.8亿元。"),
    doc("2024-09-21", "World Manufacturing Convention signs 121 projects at opening",
        "HEFEI, Sept. 21 (Xinhua) -- A total of 121 major projects with a combined investment of 150.68 billion yuan were "
        "signed at the opening ceremony of the 2024 World Manufacturing Convention on Friday."),
    doc("2024-09-24", "2024世界制造业大会闭幕",
        "2024世界制造业大会24日闭幕。大会共签约项目589个，总投资4718亿元，其中外资项目67个，投资额超过600亿元。"),
    doc("2024-09-26", "Foreign investors bet on Anhui",
        "At the 2024 World Manufacturing Convention, 67 foreign-funded projects worth over 60 billion yuan were among "
        "the 589 signed, organizers said."),
]
GOLD_WMC24_ZH_OPENING = {
    (0, 100, "count"): "skip", (0, 121, "count"): "new", (0, 150.68 * B, "CNY"): "new",
    (1, 121, "count"): "known", (1, 150.68 * B, "CNY"): "known",
    (2, 589, "count"): "new", (2, 471.8 * B, "CNY"): "new", (2, 67, "count"): "new", (2, 60 * B, "CNY"): "new",
    (3, 67, "count"): "known", (3, 60 * B, "CNY"): "known", (3, 589, "count"): "known",
}


STORY_WIMC21_STREAMS = [
    doc("2021-11-23", "Smart manufacturing conference opens",
        "NANJING, Nov. 23 (Xinhua) -- The 2021 World Intelligent Manufacturing Conference opened Tuesday. Its exhibition "
        "has about 200 enterprises, and its forums are streamed live."),
    doc("2021-11-24", "Conference's forums draw audience online",
        "On its first day, the 2021 World Intelligent Manufacturing Conference's live streams drew 3.2 million views."),
    doc("2021-11-25", "Smart manufacturing conference closes",
        "The 2021 World Intelligent Manufacturing Conference closed Thursday. Its live streams drew 8.6 million views in "
        "total, and its 216 exhibitors showed more than 1,000 products."),
    doc("2021-11-26", "2021世界智能制造大会闭幕",
        "2021世界智能制造大会闭幕。大会线上观看量达860万人次，216家企业参展，展出产品1000余件。"),
]
GOLD_WIMC21_STREAMS = {
    (0, 200, "count"): "new",
    (1, 3.2e6, "count"): "new",
    (2, 8.6e6, "count"): "new", (2, 216, "count"): "changed:refined", (2, 1000, "count"): "new",
    (3, 8.6e6, "count"): "known", (3, 216, "count"): "known", (3, 1000, "count"): "known",
}


STORY_WMC19_PREVIEW = [
    doc("2019-09-18", "World Manufacturing Convention to open Friday",
        "The 2019 World Manufacturing Convention, to open in Hefei on Friday, will bring together about 600 companies "
        "from 20 countries and regions."),
    doc("2019-09-20", "2019世界制造业大会开幕",
        "2019世界制造业大会20日在合肥开幕，来自21个国家和地区的586家企业参展。"),
    doc("2019-09-23", "World Manufacturing Convention closes",
        "HEFEI, Sept. 23 (Xinhua) -- The 2019 World Manufacturing Convention closed on Monday. Some 586 enterprises from "
        "21 countries and regions exhibited, and 536 projects worth 574.7 billion yuan were signed."),
    doc("2019-10-08", "Hefei's convention in numbers",
        "The 2019 World Manufacturing Convention, held in Hefei last month, signed 536 projects worth nearly 575 billion "
        "yuan and drew 590 exhibitors from 21 countries and regions."),
]
GOLD_WMC19_PREVIEW = {
    (0, 600, "count"): "new", (0, 20, "count"): "new",
    (1, 21, "count"): "changed:conflict", (1, 586, "count"): "changed:refined",
    (2, 586, "count"): "known", (2, 21, "count"): "known", (2, 536, "count"): "new", (2, 574.7 * B, "CNY"): "new",
    (3, 536, "count"): "known", (3, 575 * B, "CNY"): "known", (3, 590, "count"): "known",  # a plain value with fewer digits restates 586
   
    (3, 21, "count"): "known",
}


STORY_WIMC22_ACADEMICIANS = [
    doc("2022-11-24", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING, Nov. 24 (Xinhua) -- The 2022 World Intelligent Manufacturing Conference opened in Nanjing on Thursday, "
        "with more than 1,000 guests attending in person and online. Eleven academicians spoke at the main forum."),
    doc("2022-11-26", "Nanjing conference closes",
        "The 2022 World Intelligent Manufacturing Conference closed on Saturday. Over three days, 1,200 guests took part, "
        "and 28 academicians attended its forums."),
    doc("2022-11-28", "2022世界智能制造大会成果发布",
        "2022世界智能制造大会期间，共有1200余位嘉宾参会，其中两院院士28位。"),
]
GOLD_WIMC22_ACADEMICIANS = {
    (0, 1000, "count"): "new", (0, 11, "count"): "new",
    (1, 3, "day"): "new", (1, 1200, "count"): "changed:refined", (1, 28, "count"): "new",
    (2, 1200, "count"): "known", (2, 28, "count"): "known",
}


STORY_WMC20_UP_FROM = [
    doc("2020-11-19", "World Manufacturing Convention to open",
        "The 2020 World Manufacturing Convention will open in Hefei on Friday. Organizers aim to sign more than 500 "
        "projects. Last year's convention signed 536 projects."),
    doc("2020-11-22", "World Manufacturing Convention concludes",
        "HEFEI, Nov. 22 (Xinhua) -- The 2020 World Manufacturing Convention concluded Sunday in Hefei. It signed 612 "
        "projects, up from 536 last year, with total investment of 512.6 billion yuan, up 11.4 percent."),
    doc("2020-11-23", "Hefei convention signs 612 projects",
        "The 2020 World Manufacturing Convention signed 612 projects with total investment of 512.6 billion yuan, an "
        "increase of 76 projects over 2019."),
]
GOLD_WMC20_UP_FROM = {
    (0, 500, "count"): "new", (0, 536, "count"): "skip",
    (1, 612, "count"): "new", (1, 536, "count"): "skip", (1, 512.6 * B, "CNY"): "new", (1, 11.4, "percent"): "new",
    (2, 612, "count"): "known", (2, 512.6 * B, "CNY"): "known", (2, 76, "count"): "skip",
}


REL_WIMC24_RELEASE_COPIES = ("NANJING, China, Nov. 29, 2024 /PRNewswire/ -- The 2024 World Intelligent Manufacturing Conference will be held in "
       "Nanjing from December 19 to 22. About 260 companies will exhibit, and more than 1,000 guests will attend.")
STORY_WIMC24_RELEASE_COPIES = [
    doc("2024-11-29", "2024 World Intelligent Manufacturing Conference to Open in Nanjing in December", REL_WIMC24_RELEASE_COPIES),
    doc("2024-11-29", "2024 World Intelligent Manufacturing Conference to Open in Nanjing in December",
        REL_WIMC24_RELEASE_COPIES.replace("/PRNewswire/", "/Asia Business Wire/")),
    doc("2024-12-02", "2024 World Intelligent Manufacturing Conference to Open in Nanjing in December", REL_WIMC24_RELEASE_COPIES),
    doc("2024-12-19", "Intelligent manufacturing conference opens",
        "NANJING, Dec. 19 (Xinhua) -- The 2024 World Intelligent Manufacturing Conference opened on Thursday with 263 "
        "exhibitors and 1,200 guests."),
]
GOLD_WIMC24_RELEASE_COPIES = {
    # two copies of one day without times: the original is the lower article id (neither names its own outlet)
    (0, 260, "count"): "known", (0, 1000, "count"): "known",
    (1, 260, "count"): "new", (1, 1000, "count"): "new",
    (2, 260, "count"): "known", (2, 1000, "count"): "known",
    (3, 263, "count"): "changed:refined", (3, 1200, "count"): "changed:refined",
}


STORY_WMC26_ZONES = [
    doc("2026-09-19", "2026世界制造业大会开幕",
        "9月19日，2026世界制造业大会在合肥开幕。本届大会共有1061家企业参展，展览面积8万平方米，设置10个展区。"),
    doc("2026-09-20", "World Manufacturing Convention: ten zones, 1,061 firms",
        "The 2026 World Manufacturing Convention, which opened Saturday in Hefei, features 10 exhibition zones with "
        "1,061 exhibitors. The new energy vehicle zone alone covers 12,000 square meters."),
    doc("2026-09-21", "Robots and EVs draw crowds in Hefei",
        "By Sunday noon, the 2026 World Manufacturing Convention's exhibition had received 76,000 visitors, organizers "
        "said. Its 11 exhibition zones ..."),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "2026世界制造业大会闭幕。展会期间累计接待观众18.6万人次。"),
]
GOLD_WMC26_ZONES = {
    (0, 1061, "count"): "new", (0, 80000, "m2"): "new", (0, 10, "count"): "new",
    (1, 10, "count"): "known", (1, 1061, "count"): "known", (1, 12000, "m2"): "new",
    (2, 76000, "count"): "new", (2, 11, "count"): "changed:conflict",
    (3, 186000, "count"): "changed:refined",
}


STORY_WIMS18_ZH_OPENING = [
    doc("2018-10-10", "Smart manufacturing summit to open in Nanjing",
        "The 2018 World Intelligent Manufacturing Summit will open in Nanjing on Thursday, with more than 300 exhibitors "
        "and an exhibition area of 60,000 square meters."),
    doc("2018-10-11", "2018世界智能制造大会开幕",
        "2018世界智能制造大会11日在南京开幕，展览面积6万平方米，参展企业320家。"),
    doc("2018-10-13", "Smart manufacturing summit closes",
        "The 2018 World Intelligent Manufacturing Summit closed Saturday. Its 318 exhibitors drew 120,000 visitors."),
]
GOLD_WIMS18_ZH_OPENING = {
    (0, 300, "count"): "new", (0, 60000, "m2"): "new",
    (1, 60000, "m2"): "known", (1, 320, "count"): "changed:refined",
    (2, 318, "count"): "changed:conflict", (2, 120000, "count"): "new",
}


STORY_WIMC25_PLAN_INCLUDES = [
    doc("2025-11-26", "Nanjing gears up for smart manufacturing gathering",
        "NANJING, Nov. 26 (Xinhua) -- Nanjing, capital of east China's Jiangsu Province, will host the 2025 World "
        "Intelligent Manufacturing Conference from Thursday to Sunday.\n\n"
        "The event will include an opening ceremony, a main forum, 12 parallel forums and an expo covering 52,000 "
        "square meters, according to a press conference on Wednesday. About 300 companies, including 40 from "
        "overseas, will exhibit.\n\n"
        "Jiangsu's output of industrial robots reached 68,000 units in the first ten months, up 21 percent year on "
        "year, provincial data showed."),
    doc("2025-11-27", "Smart manufacturing conference opens",
        "The 2025 World Intelligent Manufacturing Conference opened in Nanjing on Thursday.\n\n"
        "Its expo brings together 318 companies, 43 of them from abroad, in 52,000 square meters of space. "
        "Humanoid robots drew crowds at a 3,000-square-meter showcase near the entrance."),
    doc("2025-11-30", "Intelligent manufacturing conference ends with deals",
        "NANJING, Nov. 30 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference closed on Sunday, with 65 "
        "projects signed worth 96.5 billion yuan.\n\n"
        "Over four days, the conference held 13 parallel forums, one more than planned, and its expo received "
        "86,000 visits. Thirty-one new products were launched at the event."),
]
GOLD_WIMC25_PLAN_INCLUDES = {
    (0, 12, "count"): "new", (0, 52000, "m2"): "new", (0, 300, "count"): "new", (0, 40, "count"): "new",
    (0, 68000, "count"): "skip", (0, 21, "percent"): "skip",
    (1, 318, "count"): "changed:refined", (1, 43, "count"): "changed:conflict",  # "including 40" is exact, whatever qualifies the whole
    (1, 52000, "m2"): "known",
    (1, 3000, "m2"): "new",
    (2, 65, "count"): "new", (2, 96.5 * B, "CNY"): "new", (2, 4, "day"): "new", (2, 13, "count"): "changed:conflict",
    (2, 86000, "count"): "new", (2, 31, "count"): "new",
}


STORY_WMC24_ZH_SO_FAR = [
    doc("2024-09-19", "2024世界制造业大会明日开幕",
        "记者从大会组委会获悉，2024世界制造业大会将于9月20日至24日在合肥举行。截至目前，已有来自15个国家和地区的600余家企业确认参展，"
        "其中世界500强企业50家。大会将举办开幕式暨主论坛、10场专业论坛和系列配套活动。"),
    doc("2024-09-20", "2024世界制造业大会开幕",
        "9月20日，2024世界制造业大会在合肥开幕。本届大会吸引了来自18个国家和地区的546家企业参展，其中世界500强企业52家。"),
    doc("2024-09-24", "2024世界制造业大会闭幕",
        "9月24日，2024世界制造业大会闭幕。大会期间共举办12场专业论坛，签约项目589个，总投资4718亿元。"),
]
GOLD_WMC24_ZH_SO_FAR = {
    (0, 15, "count"): "new", (0, 600, "count"): "new", (0, 50, "count"): "new", (0, 10, "count"): "new",
    (1, 18, "count"): "changed:refined", (1, 546, "count"): "changed:conflict", (1, 52, "count"): "changed:refined",
    (2, 12, "count"): "changed:conflict", (2, 589, "count"): "new", (2, 471.8 * B, "CNY"): "new",
}


STORY_WMC23_DOLLARS = [
    doc("2023-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2023 World Manufacturing Convention opened Wednesday in Hefei, capital of "
        "east China's Anhui Province.\n\n"
        "More than 500 enterprises from home and abroad are participating in the exhibition, organizers said. "
        "During the opening ceremony, 213 projects were signed, with a total investment of 209.2 billion yuan (about "
        "28.7 billion U.S. dollars)."),
    doc("2023-09-20", "Hefei hosts manufacturing convention",
        "The 2023 World Manufacturing Convention kicked off in Hefei on Wednesday with 517 exhibitors. At the "
        "opening, 213 projects worth 209.2 billion yuan were signed."),
    doc("2023-09-24", "World Manufacturing Convention concludes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2023 World Manufacturing Convention concluded Sunday. A total of 734 "
        "projects with a total investment of 449.79 billion yuan (about 61.7 billion U.S. dollars) were signed "
        "during the five-day event."),
    doc("2023-09-26", "Manufacturing convention yields USD 61.6 bln deals",
        "Deals worth 61.6 billion U.S. dollars were signed at the 2023 World Manufacturing Convention in Hefei."),
]
GOLD_WMC23_DOLLARS = {
    (0, 500, "count"): "new", (0, 213, "count"): "new", (0, 209.2 * B, "CNY"): "new", (0, 28.7 * B, "USD"): "skip",
    (1, 517, "count"): "changed:refined", (1, 213, "count"): "known", (1, 209.2 * B, "CNY"): "known",
    (2, 734, "count"): "new", (2, 449.79 * B, "CNY"): "new", (2, 61.7 * B, "USD"): "skip", (2, 5, "day"): "new",
    (3, 61.6 * B, "USD"): "known",
}


STORY_WIMC22_ZH_OPENING = [
    doc("2022-11-24", "2022世界智能制造大会开幕",
        "11月24日，2022世界智能制造大会在南京开幕。大会以线上线下相结合方式举办，设1场主论坛和20场平行论坛。"
        "开幕式上，共签约项目30个，总投资268.6亿元。"),
    doc("2022-11-25", "Nanjing conference signs 30 projects",
        "Thirty projects with a combined investment of 26.86 billion yuan were signed at the opening ceremony of the "
        "2022 World Intelligent Manufacturing Conference in Nanjing on Thursday."),
    doc("2022-11-26", "2022世界智能制造大会闭幕",
        "2022世界智能制造大会26日闭幕。大会共举办各类活动30余场，线上观看人次超过600万。"),
]
GOLD_WIMC22_ZH_OPENING = {
    (0, 1, "count"): "skip", (0, 20, "count"): "new", (0, 30, "count"): "new", (0, 26.86 * B, "CNY"): "new",
    (1, 30, "count"): "known", (1, 26.86 * B, "CNY"): "known",
    (2, 30, "count"): "new", (2, 6e6, "count"): "new",
}


STORY_WIMC19_INVITED = [
    doc("2019-10-17", "Nanjing to host intelligent manufacturing conference",
        "The 2019 World Intelligent Manufacturing Conference will open in Nanjing on Saturday. Organizers have invited "
        "about 50 academicians and expect more than 100,000 visitors to the expo."),
    doc("2019-10-20", "Academicians discuss smart factories in Nanjing",
        "Forty-eight academicians from China and abroad are attending the 2019 World Intelligent Manufacturing "
        "Conference, which opened on Saturday."),
    doc("2019-10-22", "Smart manufacturing conference ends",
        "The 2019 World Intelligent Manufacturing Conference closed on Tuesday. Its expo received 116,000 visitors, "
        "and 52 academicians took part in its forums."),
]
GOLD_WIMC19_INVITED = {
    (0, 50, "count"): "new", (0, 100000, "count"): "new",
    (1, 48, "count"): "new",
    (2, 116000, "count"): "new", (2, 52, "count"): "changed:conflict",
}


STORY_WMC21_REVISED = [
    doc("2021-09-10", "2021世界制造业大会开幕 签约项目162个",
        "9月10日，2021世界制造业大会在合肥开幕。开幕式上集中签约项目162个，总投资2328亿元。"),
    doc("2021-09-13", "2021世界制造业大会闭幕",
        "2021世界制造业大会13日闭幕。大会共签约项目501个，总投资5501亿元，较上届增长7.3%。"
        "其中，先进制造业项目341个，总投资3785亿元。"),
    doc("2021-09-14", "WMC 2021 in Hefei closes with 501 deals",
        "HEFEI, Sept. 14 (Xinhua) -- The 2021 World Manufacturing Convention in Hefei signed 501 projects worth "
        "550.1 billion yuan, of which 341 advanced manufacturing projects accounted for 378.5 billion yuan."),
    doc("2021-09-20", "Hefei's convention tally revised",
        "Organizers of the 2021 World Manufacturing Convention in Hefei revised the number of signed projects to 503, "
        "with total investment unchanged at 550.1 billion yuan."),
]
GOLD_WMC21_REVISED = {
    (0, 162, "count"): "new", (0, 232.8 * B, "CNY"): "new",
    (1, 501, "count"): "new", (1, 550.1 * B, "CNY"): "new", (1, 7.3, "percent"): "new", (1, 341, "count"): "new",
    (1, 378.5 * B, "CNY"): "new",
    (2, 501, "count"): "known", (2, 550.1 * B, "CNY"): "known", (2, 341, "count"): "known",
    (2, 378.5 * B, "CNY"): "known",
    (3, 503, "count"): "changed:conflict", (3, 550.1 * B, "CNY"): "known",
}


STORY_WIMC24_CREDIT_LINE = [
    doc("2024-12-18", "Nanjing ready for smart manufacturing conference",
        "The 2024 World Intelligent Manufacturing Conference will open in Nanjing on Thursday. It is expected to sign "
        "about 30 projects, and nearly 1,000 guests have registered."),
    doc("2024-12-19", "2024世界智能制造大会开幕",
        "12月19日，2024世界智能制造大会在南京开幕。来自18个国家和地区的1200余位嘉宾参会，263家企业参展。"),
    doc("2024-12-22", "Nanjing conference signs 30 projects",
        "NANJING, Dec. 22 (Xinhua) -- Thirty projects worth 53.63 billion yuan were signed at the 2024 World "
        "Intelligent Manufacturing Conference, which closed on Sunday. Guests from 18 countries and regions "
        "attended."),
    doc("2024-12-23", "Nanjing hosts world manufacturing conference, with 263 companies",
        "Global Times) 09:33, December 23, 2024\n\nThe 2024 World Intelligent Manufacturing Conference in Nanjing "
        "drew 263 companies and 1,226 guests, and 30 projects worth 53.63 billion yuan were signed."),
]
GOLD_WIMC24_CREDIT_LINE = {
    (0, 30, "count"): "new", (0, 1000, "count"): "new",
    (1, 18, "count"): "new", (1, 1200, "count"): "changed:conflict",  # over 1,200 lies outside "nearly 1,000"
    (1, 263, "count"): "new",
    (2, 30, "count"): "new", (2, 53.63 * B, "CNY"): "new", (2, 18, "count"): "known",
    (3, 263, "count"): "known", (3, 1226, "count"): "changed:refined", (3, 30, "count"): "known",
    (3, 53.63 * B, "CNY"): "known",
}


STORY_WMC20_ZH_CLOUD = [
    doc("2020-11-20", "2020世界制造业大会开幕",
        "11月20日，2020世界制造业大会在合肥开幕。本届大会采取线上线下相结合的方式，线下展览面积4万平方米，线上云展会有1400余家企业参展。"),
    doc("2020-11-21", "Manufacturing convention goes online and offline",
        "The 2020 World Manufacturing Convention in Hefei has a 40,000-square-meter offline exhibition and a cloud "
        "exhibition with 1,438 companies."),
    doc("2020-11-22", "2020世界制造业大会闭幕",
        "2020世界制造业大会22日闭幕。云展会累计访问量达1350万人次，线下展会接待观众10.6万人次。"),
]
GOLD_WMC20_ZH_CLOUD = {
    (0, 40000, "m2"): "new", (0, 1400, "count"): "new",
    (1, 40000, "m2"): "known", (1, 1438, "count"): "changed:refined",
    (2, 1.35e7, "count"): "new", (2, 106000, "count"): "new",
}


# One day's visitors and the total so far, then the final count.
STORY_WIMC26_TOTAL_SO_FAR = [
    doc("2026-11-27", "Intelligent manufacturing conference deals",
        "NANJING, Nov. 27 (Xinhua) -- Signing ceremonies on the second day of the 2026 World Intelligent Manufacturing "
        "Conference sealed 22 projects worth 31.4 billion yuan, bringing the conference's total so far to 35 "
        "projects."),
    doc("2026-11-28", "Intelligent manufacturing conference closes",
        "The 2026 World Intelligent Manufacturing Conference closed Saturday with 41 projects signed, worth 62.8 "
        "billion yuan in total."),
    doc("2026-12-20", "A month on, Nanjing's deals take shape",
        "Of the 41 projects signed at last month's World Intelligent Manufacturing Conference, 12 have broken ground, "
        "the city said. Together they are worth 62.8 billion yuan."),
]
GOLD_WIMC26_TOTAL_SO_FAR = {
    (0, 22, "count"): "new", (0, 31.4 * B, "CNY"): "new", (0, 35, "count"): "new",
    (1, 41, "count"): "changed:refined", (1, 62.8 * B, "CNY"): "new",
    (2, 41, "count"): "known", (2, 12, "count"): "new", (2, 62.8 * B, "CNY"): "known",
}


STORY_WMC18_INVITED = [
    doc("2018-05-24", "First World Manufacturing Convention opens Friday",
        "The first World Manufacturing Convention will open in Hefei on Friday. Over 3,000 guests, including 500 "
        "from abroad, have been invited, and 440 projects are expected to be signed."),
    doc("2018-05-26", "World Manufacturing Convention draws global guests",
        "More than 2,800 guests, including about 450 from 50 countries and regions, are attending the 2018 World "
        "Manufacturing Convention in Hefei."),
    doc("2018-05-27", "Manufacturing convention concludes with 440 deals",
        "The 2018 World Manufacturing Convention concluded in Hefei on Sunday, with 440 projects worth 452.6 billion "
        "yuan signed. It attracted 2,863 guests from 50 countries and regions."),
]
GOLD_WMC18_INVITED = {
    (0, 3000, "count"): "new", (0, 500, "count"): "new", (0, 440, "count"): "new",
    (1, 2800, "count"): "new", (1, 450, "count"): "new", (1, 50, "count"): "new",
    (2, 440, "count"): "new", (2, 452.6 * B, "CNY"): "new", (2, 2863, "count"): "changed:refined",
    (2, 50, "count"): "known",
}


STORY_WMC24_PEOPLES_DAILY = [
    doc("2024-09-21", "World Manufacturing Convention opens in Hefei",
        "(People's Daily Online) 14:20, September 21, 2024\n\n"
        "The 2024 World Manufacturing Convention opened on Friday in Hefei, east China's Anhui Province. The event "
        "has attracted over 500 enterprises, including 47 Fortune Global 500 firms, and more than 1,200 guests from "
        "40 countries and regions."),
    doc("2024-09-22", "Anhui showcases manufacturing muscle",
        "At the 2024 World Manufacturing Convention, RMB 150.68 billion worth of projects were signed at the "
        "opening ceremony, and exhibitors from 40 countries and regions filled the halls."),
    doc("2024-09-25", "Manufacturing convention ends",
        "(People's Daily Online) 10:05, September 25, 2024\n\n"
        "The 2024 World Manufacturing Convention wrapped up on Tuesday. A total of 589 projects with a total "
        "investment of 471.8 billion yuan were signed, up 5.1 percent from last year. The convention drew 1,300 "
        "guests from 43 countries and regions and 546 exhibitors."),
]
GOLD_WMC24_PEOPLES_DAILY = {
    (0, 500, "count"): "new", (0, 47, "count"): "new", (0, 1200, "count"): "new", (0, 40, "count"): "new",
    (1, 150.68 * B, "CNY"): "new", (1, 40, "count"): "known",
    (2, 589, "count"): "new", (2, 471.8 * B, "CNY"): "new", (2, 5.1, "percent"): "new",
    (2, 1300, "count"): "changed:refined", (2, 43, "count"): "changed:conflict", (2, 546, "count"): "changed:refined",
}


STORY_WMC23_ZH_RESULTS = [
    doc("2023-09-25", "2023世界制造业大会成果发布",
        "9月25日，2023世界制造业大会新闻发布会在合肥举行。据介绍，大会期间共举办各类活动38场，发布成果20余项；签约项目734个，"
        "总投资4497.9亿元，其中外资项目94个，总投资580.6亿元。大会共吸引境内外嘉宾4800余人，其中外宾600余人。"),
    doc("2023-09-26", "Convention results announced",
        "HEFEI, Sept. 26 (Xinhua) -- The 2023 World Manufacturing Convention held 38 events and signed 734 projects, "
        "94 of them foreign-funded, organizers said Monday. More than 4,800 guests attended, about 600 of them from "
        "overseas."),
    doc("2023-10-12", "Anhui's foreign investment push",
        "Foreign-funded projects signed at the 2023 World Manufacturing Convention totaled 96, with investment of "
        "58.1 billion yuan, the provincial commerce department said."),
]
GOLD_WMC23_ZH_RESULTS = {
    (0, 38, "count"): "new", (0, 20, "count"): "new", (0, 734, "count"): "new", (0, 449.79 * B, "CNY"): "new",
    (0, 94, "count"): "new", (0, 58.06 * B, "CNY"): "new", (0, 4800, "count"): "new", (0, 600, "count"): "new",
    (1, 38, "count"): "known", (1, 734, "count"): "known", (1, 94, "count"): "known", (1, 4800, "count"): "known",
    (1, 600, "count"): "known",
    (2, 96, "count"): "changed:conflict", (2, 58.1 * B, "CNY"): "skip",
}


STORY_WIMC25_RECORD = [
    doc("2025-12-01", "A record year for Nanjing's manufacturing conference",
        "The 2025 World Intelligent Manufacturing Conference, held last week in Nanjing, set records: 65 projects "
        "signed, worth 96.5 billion yuan, and 320 exhibitors. In 2024, the conference signed 30 projects worth 53.63 "
        "billion yuan with 263 exhibitors."),
    doc("2025-12-03", "Nanjing conference in numbers",
        "The 2025 World Intelligent Manufacturing Conference drew 322 exhibitors, 65 signed projects and 1,500 "
        "guests."),
]
GOLD_WIMC25_RECORD = {
    (0, 65, "count"): "new", (0, 96.5 * B, "CNY"): "new", (0, 320, "count"): "new",
    (0, 30, "count"): "skip", (0, 53.63 * B, "CNY"): "skip", (0, 263, "count"): "skip",
    (1, 322, "count"): "changed:conflict", (1, 65, "count"): "known", (1, 1500, "count"): "new",
}


STORY_WMC19_ZH_INVITE = [
    doc("2019-09-19", "2019世界制造业大会将开幕",
        "2019世界制造业大会将于9月20日至23日在合肥举办。大会展览面积达6.5万平方米，拟邀请嘉宾3000人左右。"),
    doc("2019-09-20", "World Manufacturing Convention opens",
        "The 2019 World Manufacturing Convention opened in Hefei on Friday. Its exhibition covers 65,000 square "
        "meters, and about 3,200 guests are attending."),
    doc("2019-09-23", "2019世界制造业大会闭幕",
        "2019世界制造业大会23日闭幕。大会共签约项目536个，投资总额5747亿元；参会嘉宾3224人，来自54个国家和地区。"),
]
GOLD_WMC19_ZH_INVITE = {
    (0, 65000, "m2"): "new", (0, 3000, "count"): "new",
    (1, 65000, "m2"): "known", (1, 3200, "count"): "new",
    (2, 536, "count"): "new", (2, 574.7 * B, "CNY"): "new", (2, 3224, "count"): "changed:refined",
    (2, 54, "count"): "new",
}


STORY_WIMC21_EXHIBITED = [
    doc("2021-11-24", "Nanjing conference highlights industrial internet",
        "NANJING, Nov. 24 (Xinhua) -- Some 2,000 guests attended the 2021 World Intelligent Manufacturing Conference "
        "on Tuesday and Wednesday, where 27 industrial internet platforms were showcased and 120 enterprises "
        "exhibited."),
    doc("2021-11-25", "Conference closes with 38 deals",
        "The 2021 World Intelligent Manufacturing Conference closed in Nanjing on Thursday. It saw 38 projects "
        "signed, worth 50.6 billion yuan, and 216 exhibitors over three days."),
]
GOLD_WIMC21_EXHIBITED = {
    (0, 2000, "count"): "new", (0, 27, "count"): "new", (0, 120, "count"): "new",
    (1, 38, "count"): "new", (1, 50.6 * B, "CNY"): "new", (1, 216, "count"): "changed:conflict",  # "120 enterprises exhibited", then 216 exhibitors: a reviewer asks which
    (1, 3, "day"): "new",
}


STORY_WMC22_SHOULD_HAVE_READ = [
    doc("2022-09-20", "World Manufacturing Convention opens",
        "HEFEI, Sept. 20 (Xinhua) -- The 2022 World Manufacturing Convention kicked off Tuesday. A total of 145 "
        "projects worth 213.6 billion yuan were signed at the opening ceremony."),
    doc("2022-09-21", "Deals pour in at Hefei convention",
        "On Wednesday, another 130 projects worth 98.2 billion yuan were signed at the 2022 World Manufacturing "
        "Convention in Hefei, organizers said."),
    doc("2022-09-23", "Convention wraps up",
        "The 2022 World Manufacturing Convention wrapped up Friday, with 626 projects and 572 billion yuan of "
        "investment signed in all."),
    doc("2022-09-24", "Correction",
        "In a story on Sept 23, the number of projects signed at the 2022 World Manufacturing Convention should have "
        "read 628, not 626."),
]
GOLD_WMC22_SHOULD_HAVE_READ = {
    (0, 145, "count"): "new", (0, 213.6 * B, "CNY"): "new",
    (1, 130, "count"): "new", (1, 98.2 * B, "CNY"): "new",
    (2, 626, "count"): "new", (2, 572 * B, "CNY"): "new",
    (3, 628, "count"): "changed:conflict", (3, 626, "count"): "skip",
}


STORY_WIMC26_DOUBLE = [
    doc("2026-11-20", "World Intelligent Manufacturing Conference to open next week",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference will open in Nanjing on Nov 26. Over 600 "
        "companies have registered to exhibit, organizers said, double last year's 320."),
    doc("2026-11-26", "Nanjing conference opens",
        "The 2026 World Intelligent Manufacturing Conference opened in Nanjing on Thursday, featuring 642 "
        "exhibitors."),
    doc("2026-11-27", "2026世界智能制造大会首日",
        "2026世界智能制造大会26日在南京开幕，642家企业参展，较上届增长一倍。"),
]
GOLD_WIMC26_DOUBLE = {
    (0, 600, "count"): "new", (0, 320, "count"): "skip",
    (1, 642, "count"): "changed:refined",
    (2, 642, "count"): "known",
}


STORY_WMC20_CLOUD_VISITS = [
    doc("2020-11-21", "Cloud exhibition draws millions",
        "The cloud exhibition of the 2020 World Manufacturing Convention had received 8.2 million visits by Saturday "
        "noon, organizers said."),
    doc("2020-11-22", "2020世界制造业大会闭幕",
        "2020世界制造业大会闭幕。云展会累计访问量1350万人次。"),
    doc("2020-11-30", "Online convention a success",
        "The 2020 World Manufacturing Convention's cloud exhibition received 13.5 million visits, and its livestreams "
        "were watched 42 million times."),
]
GOLD_WMC20_CLOUD_VISITS = {
    (0, 8.2e6, "count"): "new",
    (1, 1.35e7, "count"): "changed:refined",
    (2, 1.35e7, "count"): "known", (2, 4.2e7, "count"): "new",
}


STORY_WIMS18_EXPO_SIZE = [
    doc("2018-10-09", "Smart manufacturing summit preview",
        "The 2018 World Intelligent Manufacturing Summit, opening Thursday in Nanjing, expects to welcome over 60,000 "
        "visitors to its 50,000-square-meter expo."),
    doc("2018-10-13", "Smart manufacturing summit closes",
        "The 2018 World Intelligent Manufacturing Summit closed Saturday, receiving 120,000 visitors. The expo, at "
        "60,000 square meters, was the largest yet."),
]
GOLD_WIMS18_EXPO_SIZE = {
    (0, 60000, "count"): "new", (0, 50000, "m2"): "new",
    (1, 120000, "count"): "new", (1, 60000, "m2"): "changed:conflict",
}


STORY_WMC24_OVERSEAS_ZH = [
    doc("2024-09-20", "2024世界制造业大会开幕",
        "2024世界制造业大会20日开幕。本届大会设置10个展区，展览面积7.5万平方米，吸引500余家企业参展，其中境外企业约60家。"),
    doc("2024-09-22", "Foreign firms flock to Hefei",
        "Sixty-two overseas companies are exhibiting at the 2024 World Manufacturing Convention in Hefei, out of 546 "
        "exhibitors in all."),
    doc("2024-09-24", "2024世界制造业大会闭幕",
        "2024世界制造业大会闭幕，546家参展企业中境外企业62家。"),
]
GOLD_WMC24_OVERSEAS_ZH = {
    (0, 10, "count"): "new", (0, 75000, "m2"): "new", (0, 500, "count"): "new", (0, 60, "count"): "new",
    (1, 62, "count"): "changed:refined", (1, 546, "count"): "changed:refined",
    (2, 546, "count"): "known", (2, 62, "count"): "known",
}


STORY_WIMC23_TRAD = [
    doc("2023-12-06", "世界智能製造大會南京開幕",
        "2023世界智能製造大會6日在南京開幕，展覽面積5萬平方米，360家企業參展，吸引嘉賓1200餘人。"),
    doc("2023-12-07", "Nanjing's smart manufacturing conference",
        "The 2023 World Intelligent Manufacturing Conference in Nanjing has 360 exhibitors and more than 1,200 guests, "
        "organizers said."),
    doc("2023-12-08", "世界智能製造大會閉幕",
        "2023世界智能製造大會8日閉幕，共簽約項目52個，總投資758億元，參會嘉賓1236人。"),
]
GOLD_WIMC23_TRAD = {
    (0, 50000, "m2"): "new", (0, 360, "count"): "new", (0, 1200, "count"): "new",
    (1, 360, "count"): "known", (1, 1200, "count"): "known",
    (2, 52, "count"): "new", (2, 75.8 * B, "CNY"): "new", (2, 1236, "count"): "changed:refined",
}


STORY_WIMC22_DAYS = [
    doc("2022-11-23", "Intelligent manufacturing conference to open",
        "The three-day 2022 World Intelligent Manufacturing Conference opens Thursday in Nanjing, with guests from "
        "over 30 countries and regions expected."),
    doc("2022-11-24", "Nanjing conference opens",
        "The 2022 World Intelligent Manufacturing Conference opened Thursday in Nanjing. Guests from 37 countries and "
        "regions are taking part online and offline over the four-day event."),
    doc("2022-11-27", "Nanjing conference closes",
        "The 2022 World Intelligent Manufacturing Conference closed Sunday after four days, with 586 projects signed."),
]
GOLD_WIMC22_DAYS = {
    (0, 3, "day"): "new", (0, 30, "count"): "new",
    (1, 37, "count"): "new", (1, 4, "day"): "changed:conflict",
    (2, 4, "day"): "known", (2, 586, "count"): "new",
}


STORY_WMC21_NEARLY = [
    doc("2021-09-10", "WMC 2021 opens in Hefei",
        "HEFEI, Sept. 10 (Xinhua) -- The 2021 World Manufacturing Convention opened in Hefei. Nearly 1,000 companies "
        "are exhibiting online and offline."),
    doc("2021-09-11", "Hefei convention draws firms",
        "As many as 998 companies are taking part in the exhibition of the 2021 World Manufacturing Convention in "
        "Hefei, online and offline."),
    doc("2021-09-13", "WMC 2021 closes",
        "The 2021 World Manufacturing Convention closed on Monday. Its exhibition had 1,012 companies online and "
        "offline."),
]
GOLD_WMC21_NEARLY = {
    (0, 1000, "count"): "new",
    (1, 998, "count"): "changed:refined",
    (2, 1012, "count"): "changed:conflict",
}


STORY_WMC26_INTERVIEW = [
    doc("2026-09-24", "World Manufacturing Convention: 612 deals, RMB 503.6 bln",
        "HEFEI -- The 2026 World Manufacturing Convention signed 612 projects worth RMB 503.6 billion, with guests "
        "from 42 countries and regions and 1,061 exhibitors."),
    doc("2026-09-25", "Interview: Anhui official on the convention",
        "Q: How did this year's World Manufacturing Convention in Hefei do?\n\nA: We signed 612 projects, and total "
        "investment came to 503.6 billion yuan. More than 1,000 companies exhibited.\n\nQ: What about foreign "
        "investors?\n\nA: Foreign-funded projects numbered 118."),
    doc("2026-09-28", "Anhui convention: a look back",
        "This year's World Manufacturing Convention in Hefei drew 1,068 exhibitors, the organizers' final count shows, "
        "and 121 foreign-funded projects were signed."),
]
GOLD_WMC26_INTERVIEW = {
    (0, 612, "count"): "new", (0, 503.6 * B, "CNY"): "new", (0, 42, "count"): "new", (0, 1061, "count"): "new",
    (1, 612, "count"): "known", (1, 503.6 * B, "CNY"): "known", (1, 1000, "count"): "known", (1, 118, "count"): "new",
    (2, 1068, "count"): "changed:conflict", (2, 121, "count"): "changed:conflict",
}


STORY_WIMC19_ZH_FIRST = [
    doc("2019-10-20", "2019世界智能制造大会开幕",
        "10月20日，2019世界智能制造大会在南京开幕。开幕式上，112个重大项目集中签约，总投资2400亿元。"),
    doc("2019-10-22", "2019世界智能制造大会闭幕",
        "2019世界智能制造大会22日闭幕。大会共吸引612家企业参展，接待观众11.6万人次。"),
    doc("2019-10-23", "Nanjing conference signed 112 projects",
        "At the 2019 World Intelligent Manufacturing Conference, 112 projects worth 240 billion yuan were signed, "
        "and the expo received 116,000 visitors."),
]
GOLD_WIMC19_ZH_FIRST = {
    (0, 112, "count"): "new", (0, 240 * B, "CNY"): "new",
    (1, 612, "count"): "new", (1, 116000, "count"): "new",
    (2, 112, "count"): "skip", (2, 240 * B, "CNY"): "skip", (2, 116000, "count"): "known",
}


STORY_WMC18_ZH_CLOSE = [
    doc("2018-05-25", "World Manufacturing Convention opens in Hefei",
        "HEFEI -- The 2018 World Manufacturing Convention opened in Hefei on Friday. Its exhibition covers 50,000 "
        "square meters, with about 350 exhibitors, 30 of them Fortune Global 500 companies."),
    doc("2018-05-27", "2018世界制造业大会闭幕",
        "2018世界制造业大会27日闭幕。大会展览面积5万平方米，参展企业370家，其中世界500强企业32家。"),
]
GOLD_WMC18_ZH_CLOSE = {
    (0, 50000, "m2"): "new", (0, 350, "count"): "new", (0, 30, "count"): "new",
    (1, 50000, "m2"): "known", (1, 370, "count"): "changed:refined", (1, 32, "count"): "changed:conflict",
}


STORY_WIMC25_DISTRICT = [
    doc("2025-11-27", "Nanjing conference opens with 28 deals",
        "NANJING -- Twenty-eight projects with total investment of 41.2 billion yuan were signed as the 2025 World "
        "Intelligent Manufacturing Conference opened in Nanjing on Thursday."),
    doc("2025-11-28", "Jiangning district signs 9 projects at conference",
        "Nanjing's Jiangning district signed nine projects worth 12.6 billion yuan at the 2025 World Intelligent "
        "Manufacturing Conference on Friday."),
    doc("2025-11-30", "Conference closes with 65 deals",
        "The 2025 World Intelligent Manufacturing Conference closed on Sunday with 65 projects signed, worth 96.5 "
        "billion yuan."),
]
GOLD_WIMC25_DISTRICT = {
    (0, 28, "count"): "new", (0, 41.2 * B, "CNY"): "new",
    (1, 9, "count"): "new", (1, 12.6 * B, "CNY"): "new",
    (2, 65, "count"): "new", (2, 96.5 * B, "CNY"): "new",
}


STORY_WMC24_BRITISH = [
    doc("2024-09-20", "Hefei convention opens with deals",
        "The 2024 World Manufacturing Convention opened in Hefei on Friday. Deals worth RMB150.68bn were signed at the "
        "opening, covering 121 projects, while 546 firms are exhibiting across 75,000 sq metres."),
    doc("2024-09-24", "Hefei convention closes",
        "The 2024 World Manufacturing Convention closed on Tuesday. Signed investment reached RMB471.8bn across 589 "
        "projects, up 5.1 per cent on last year."),
]
GOLD_WMC24_BRITISH = {
    (0, 150.68 * B, "CNY"): "new", (0, 121, "count"): "new", (0, 546, "count"): "new", (0, 75000, "m2"): "new",
    (1, 471.8 * B, "CNY"): "new", (1, 589, "count"): "new", (1, 5.1, "percent"): "new",
}


STORY_WMC23_PREVIEW_PLAN = [
    doc("2023-09-19", "What to expect at the 2023 World Manufacturing Convention",
        "The 2023 World Manufacturing Convention opens in Hefei on Wednesday. Last year's convention signed 568 "
        "projects worth 768.5 billion yuan. This year, organizers plan 36 events and expect more than 500 "
        "exhibitors."),
    doc("2023-09-20", "World Manufacturing Convention opens",
        "The 2023 World Manufacturing Convention opened in Hefei on Wednesday, with 517 exhibitors. Over the next five "
        "days it will host 38 events."),
    doc("2023-09-25", "Convention results",
        "The 2023 World Manufacturing Convention held 38 events and signed 734 projects, up from 568 last year."),
]
GOLD_WMC23_PREVIEW_PLAN = {
    (0, 568, "count"): "skip", (0, 768.5 * B, "CNY"): "skip", (0, 36, "count"): "new", (0, 500, "count"): "new",
    (1, 517, "count"): "new", (1, 5, "day"): "skip", (1, 38, "count"): "changed:conflict",  # the events a plan names are the edition's plan
   
    (2, 38, "count"): "known", (2, 734, "count"): "new", (2, 568, "count"): "skip",
}


STORY_WIMC25_ZH_CLOSE = [
    doc("2025-11-27", "2025世界智能制造大会开幕",
        "11月27日，2025世界智能制造大会在南京开幕。大会为期4天，展览面积5.2万平方米，318家企业参展，其中境外企业43家。"),
    doc("2025-11-28", "Nanjing conference",
        "The four-day 2025 World Intelligent Manufacturing Conference in Nanjing has 318 exhibitors, 43 of them from "
        "overseas, in 52,000 square meters."),
    doc("2025-11-30", "2025世界智能制造大会闭幕",
        "2025世界智能制造大会闭幕。4天会期内，大会签约项目65个，总投资965亿元，参展企业320家，境外企业45家。"),
]
GOLD_WIMC25_ZH_CLOSE = {
    (0, 4, "day"): "new", (0, 52000, "m2"): "new", (0, 318, "count"): "new", (0, 43, "count"): "new",
    (1, 4, "day"): "known", (1, 318, "count"): "known", (1, 43, "count"): "known", (1, 52000, "m2"): "known",
    (2, 4, "day"): "known", (2, 65, "count"): "new", (2, 96.5 * B, "CNY"): "new", (2, 320, "count"): "known",  # a plain value with fewer digits restates 318
   
    (2, 45, "count"): "changed:conflict",
}


STORY_WMC22_THIRD = [
    doc("2022-09-20", "Hefei convention opens",
        "HEFEI -- The 2022 World Manufacturing Convention opened on Tuesday. About a third of its 500-odd exhibitors "
        "are from the auto sector, and half of the 145 projects signed at the opening are in new energy."),
    doc("2022-09-23", "Hefei convention closes",
        "HEFEI -- The 2022 World Manufacturing Convention closed on Friday with 531 exhibitors and 568 projects "
        "signed."),
]
GOLD_WMC22_THIRD = {
    (0, 500, "count"): "new", (0, 145, "count"): "new",
    (1, 531, "count"): "changed:refined", (1, 568, "count"): "new",
}


STORY_WIMC24_PARALLEL = [
    doc("2024-12-19", "Intelligent manufacturing conference opens",
        "The 2024 World Intelligent Manufacturing Conference opened in Nanjing on Thursday. It will run until Sunday, "
        "with 1 main forum, 12 parallel forums and more than 30 supporting events."),
    doc("2024-12-20", "2024世界智能制造大会开幕",
        "2024世界智能制造大会19日开幕，设1场主论坛、12场平行论坛和30余场配套活动。"),
    doc("2024-12-22", "Intelligent manufacturing conference closes",
        "The 2024 World Intelligent Manufacturing Conference closed on Sunday after holding 13 parallel forums and 34 "
        "supporting events."),
]
GOLD_WIMC24_PARALLEL = {
    (0, 1, "count"): "skip", (0, 12, "count"): "new", (0, 30, "count"): "new",
    (1, 1, "count"): "skip", (1, 12, "count"): "known", (1, 30, "count"): "known",
    (2, 13, "count"): "changed:conflict", (2, 34, "count"): "changed:refined",
}


STORY_WMC21_SINCE_2018 = [
    doc("2021-09-13", "Manufacturing convention closes in Hefei",
        "HEFEI, Sept. 13 (Xinhua) -- The 2021 World Manufacturing Convention closed Monday with 501 projects signed, "
        "worth 550.1 billion yuan. Since 2018, the convention has signed more than 1,700 projects."),
    doc("2021-09-14", "2021世界制造业大会闭幕",
        "2021世界制造业大会闭幕。大会签约项目501个，总投资5501亿元。自2018年以来，大会累计签约项目1785个。"),
    doc("2022-09-19", "Ahead of 2022 World Manufacturing Convention",
        "Since 2018, the World Manufacturing Convention has signed 1,785 projects, organizers said ahead of this "
        "year's convention in Hefei."),
]
GOLD_WMC21_SINCE_2018 = {
    (0, 501, "count"): "new", (0, 550.1 * B, "CNY"): "new", (0, 1700, "count"): "new",
    (1, 501, "count"): "known", (1, 550.1 * B, "CNY"): "known", (1, 1785, "count"): "changed:refined",
    (2, 1785, "count"): "skip",
}


STORY_WIMC26_OUT_OF = [
    doc("2026-11-26", "Nanjing conference opens",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened Thursday. Exhibitors number 642, up "
        "from 320 a year earlier, and guests from 35 countries and regions are attending."),
    doc("2026-11-27", "Nanjing's robots",
        "At this year's World Intelligent Manufacturing Conference in Nanjing, robot makers account for about 180 of "
        "the 642 exhibitors."),
    doc("2026-11-28", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed Saturday. Guests came from 36 countries "
        "and regions, and 41 projects were signed."),
]
GOLD_WIMC26_OUT_OF = {
    (0, 642, "count"): "new", (0, 320, "count"): "skip", (0, 35, "count"): "new",
    (1, 180, "count"): "new", (1, 642, "count"): "known",
    (2, 36, "count"): "changed:conflict", (2, 41, "count"): "new",
}


STORY_WMC19_EXECUTIVES = [
    doc("2019-09-20", "2019世界制造业大会开幕",
        "2019世界制造业大会开幕。本届大会共有来自54个国家和地区的嘉宾参会，境外嘉宾近500人，其中世界500强企业高管约200人。"),
    doc("2019-09-21", "Convention's foreign guests",
        "Nearly 500 overseas guests, including some 200 executives of Fortune Global 500 companies, are attending the "
        "2019 World Manufacturing Convention in Hefei."),
    doc("2019-09-23", "2019世界制造业大会闭幕",
        "2019世界制造业大会闭幕，境外嘉宾总数达512人。"),
]
GOLD_WMC19_EXECUTIVES = {
    (0, 54, "count"): "new", (0, 500, "count"): "new", (0, 200, "count"): "new",
    (1, 500, "count"): "known", (1, 200, "count"): "known",
    (2, 512, "count"): "changed:conflict",
}


STORY_WMC20_ACTIVITIES_TWO = [
    doc("2020-11-20", "Manufacturing convention opens in Hefei",
        "HEFEI -- The 2020 World Manufacturing Convention opened Friday. At the opening ceremony, 85 projects with "
        "investment of 158.6 billion yuan were signed. The three-day event will feature 23 activities."),
    doc("2020-11-22", "Manufacturing convention concludes",
        "The 2020 World Manufacturing Convention concluded Sunday after three days and 23 activities, with 612 projects "
        "signed and investment totaling 512.6 billion yuan, including the 85 projects signed at the opening."),
]
GOLD_WMC20_ACTIVITIES_TWO = {
    (0, 85, "count"): "new", (0, 158.6 * B, "CNY"): "new", (0, 3, "day"): "new", (0, 23, "count"): "new",
    (1, 3, "day"): "known", (1, 23, "count"): "known", (1, 612, "count"): "new", (1, 512.6 * B, "CNY"): "new",
    (1, 85, "count"): "known",
}


STORY_WIMC23_ACADEMICIANS = [
    doc("2023-12-06", "Intelligent manufacturing conference opens",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference opened Wednesday. More than 1,200 guests, "
        "including 21 academicians, and 360 exhibitors are taking part."),
    doc("2023-12-07", "Academicians at Nanjing conference",
        "Twenty-three academicians of the Chinese Academy of Sciences and the Chinese Academy of Engineering are "
        "attending the 2023 World Intelligent Manufacturing Conference in Nanjing."),
    doc("2023-12-08", "Conference closes",
        "The 2023 World Intelligent Manufacturing Conference closed Friday. It drew 1,236 guests, 23 of them "
        "academicians."),
]
GOLD_WIMC23_ACADEMICIANS = {
    (0, 1200, "count"): "new", (0, 21, "count"): "new", (0, 360, "count"): "new",
    (1, 23, "count"): "changed:conflict",
    (2, 1236, "count"): "changed:refined", (2, 23, "count"): "known",
}


STORY_WMC25_NOISE = [
    doc("2025-09-20", "Anhui's manufacturing push on show in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2025 World Manufacturing Convention opened in Hefei on Saturday.\n\n"
        "Anhui's GDP grew 5.8 percent in the first half of the year, and the province produced 1.25 million new "
        "energy vehicles in the period, up 38 percent, provincial data show.\n\n"
        "\"Hefei is now a city of 10 million people and of six EV makers,\" said a 54-year-old engineer from Chery, "
        "one of more than 600 exhibitors at the convention.\n\n"
        "The China International Import Expo in Shanghai, by comparison, drew 3,496 exhibitors last November."),
    doc("2025-09-24", "Convention closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed Wednesday with 608 projects signed and 632 "
        "exhibitors. The provincial capital is 450 km from Shanghai."),
]
GOLD_WMC25_NOISE = {
    (0, 5.8, "percent"): "skip", (0, 1.25e6, "count"): "skip", (0, 38, "percent"): "skip", (0, 1e7, "count"): "skip",
    (0, 6, "count"): "skip", (0, 600, "count"): "new", (0, 3496, "count"): "skip",
    (1, 608, "count"): "new", (1, 632, "count"): "changed:refined", (1, 450, "km"): "skip",
}


STORY_WIMC24_ZH_RESULTS = [
    doc("2024-12-19", "2024世界智能制造大会在南京开幕",
        "新华社南京12月19日电（记者 张三）19日，2024世界智能制造大会在南京开幕。本届大会以“智造世界·创造未来”为主题，为期4天，"
        "设置1场开幕式暨主论坛、12场专业论坛，展览面积5万平方米，263家企业参展。咨询电话：025-12345678。"),
    doc("2024-12-22", "2024世界智能制造大会闭幕",
        "新华社南京12月22日电 22日，为期4天的2024世界智能制造大会闭幕。大会签约项目30个，总投资536.3亿元，发布成果18项。"),
    doc("2024-12-23", "Nanjing conference closes",
        "NANJING -- The four-day 2024 World Intelligent Manufacturing Conference closed Sunday with 30 projects worth "
        "53.63 billion yuan signed and 18 achievements released."),
]
GOLD_WIMC24_ZH_RESULTS = {
    (0, 4, "day"): "new", (0, 1, "count"): "skip", (0, 12, "count"): "new", (0, 50000, "m2"): "new",
    (0, 263, "count"): "new",
    (1, 4, "day"): "known", (1, 30, "count"): "new", (1, 53.63 * B, "CNY"): "new", (1, 18, "count"): "new",
    (2, 4, "day"): "known", (2, 30, "count"): "known", (2, 53.63 * B, "CNY"): "known", (2, 18, "count"): "known",
}


STORY_WMC23_HALLS_EIGHT = [
    doc("2023-09-21", "Robots, EVs and a 7-meter excavator at Hefei convention",
        "HEFEI -- Visitors to the 2023 World Manufacturing Convention lined up on Thursday to see a 7-meter "
        "excavator, a 300-kilogram payload robot arm and a car that charges in 10 minutes. The exhibition hosts "
        "more than 500 companies across 8 halls."),
    doc("2023-09-22", "Convention's halls",
        "The 2023 World Manufacturing Convention's eight halls house 517 exhibitors."),
]
GOLD_WMC23_HALLS_EIGHT = {
    (0, 500, "count"): "new", (0, 8, "count"): "new",
    (1, 8, "count"): "known", (1, 517, "count"): "changed:refined",
}


STORY_WIMC22_PROVINCE = [
    doc("2022-11-24", "Intelligent manufacturing conference opens",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference opened Thursday. Jiangsu, with 50,000 "
        "high-tech enterprises and 1,200 smart factories, hosts the event for the seventh time. At the opening, 30 "
        "projects worth 26.86 billion yuan were signed."),
    doc("2022-11-26", "Conference closes",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference closed Saturday. In total 61 projects were "
        "signed, worth 52.3 billion yuan."),
]
GOLD_WIMC22_PROVINCE = {
    (0, 50000, "count"): "skip", (0, 1200, "count"): "skip", (0, 30, "count"): "new", (0, 26.86 * B, "CNY"): "new",
    (1, 61, "count"): "new", (1, 52.3 * B, "CNY"): "new",
}


STORY_WMC26_NINTH = [
    doc("2026-09-19", "WMC 2026 opens",
        "HEFEI -- The 2026 World Manufacturing Convention opened Saturday, its ninth edition. Top 10 robot makers, "
        "5G factories and 3D printers are on show at booths of the 1,061 exhibitors. Tickets cost 50 yuan."),
    doc("2026-09-20", "Convention's opening signings",
        "At the 2026 World Manufacturing Convention, 156 projects worth 162.3 billion yuan were signed on opening day, "
        "Saturday, Sept 19."),
]
GOLD_WMC26_NINTH = {
    (0, 1061, "count"): "new", (0, 50, "CNY"): "skip",
    (1, 156, "count"): "new", (1, 162.3 * B, "CNY"): "new",
}


STORY_WMC21_ZH_ZONES = [
    doc("2021-09-10", "2021世界制造业大会开幕",
        "9月10日，2021世界制造业大会在合肥开幕。大会为期4天，设有9个展区，展览面积7万平方米，线下参展企业506家，线上参展企业1216家。"),
    doc("2021-09-11", "Manufacturing convention opens in Hefei",
        "HEFEI -- The four-day 2021 World Manufacturing Convention opened Friday. Its nine zones cover 70,000 square "
        "meters, with 506 companies exhibiting in person and 1,216 online."),
    doc("2021-09-13", "2021世界制造业大会闭幕",
        "2021世界制造业大会13日闭幕。线下展览累计接待观众15.2万人次，云展会访问量达2800万人次。"),
]
GOLD_WMC21_ZH_ZONES = {
    (0, 4, "day"): "new", (0, 9, "count"): "new", (0, 70000, "m2"): "new", (0, 506, "count"): "new",
    (0, 1216, "count"): "new",
    (1, 4, "day"): "known", (1, 9, "count"): "known", (1, 70000, "m2"): "known", (1, 506, "count"): "known",
    (1, 1216, "count"): "known",
    (2, 152000, "count"): "new", (2, 2.8e7, "count"): "new",
}


STORY_WIMC19_COUNTRIES = [
    doc("2019-10-19", "Nanjing conference opens",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opened Saturday. Over 1,000 guests from 20 "
        "countries and regions are attending."),
    doc("2019-10-20", "Second day",
        "Guests from 22 countries and regions joined the second day of the 2019 World Intelligent Manufacturing "
        "Conference in Nanjing."),
    doc("2019-10-22", "Nanjing conference closes",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference closed Tuesday. It drew 1,100 guests from 22 "
        "countries and regions."),
]
GOLD_WIMC19_COUNTRIES = {
    (0, 1000, "count"): "new", (0, 20, "count"): "new",
    (1, 22, "count"): "changed:conflict",
    (2, 1100, "count"): "changed:refined", (2, 22, "count"): "known",
}


STORY_WMC24_ELSEWHERE = [
    doc("2024-09-20", "World Manufacturing Convention opens",
        "HEFEI -- The 2024 World Manufacturing Convention opened Friday with 546 exhibitors, and 121 projects worth "
        "150.68 billion yuan were signed at the opening ceremony. The 2024 World Intelligent Manufacturing Conference "
        "will be held in Nanjing in December."),
    doc("2024-12-19", "Nanjing conference opens",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference opened Thursday with 263 exhibitors. In "
        "September, the World Manufacturing Convention in Hefei had 546 exhibitors."),
]
GOLD_WMC24_ELSEWHERE = {
    (0, 546, "count"): "new", (0, 121, "count"): "new", (0, 150.68 * B, "CNY"): "new",
    (1, 263, "count"): "new", (1, 546, "count"): "skip",
}


STORY_WMC20_ZH_PLAN = [
    doc("2020-11-20", "2020世界制造业大会开幕",
        "2020世界制造业大会20日在合肥开幕。开幕式上签约项目85个，总投资1586亿元。大会期间将举办23场活动，预计签约项目600个以上。"),
    doc("2020-11-22", "2020世界制造业大会闭幕",
        "2020世界制造业大会22日闭幕，共签约项目612个，总投资5126亿元，举办活动23场。"),
]
GOLD_WMC20_ZH_PLAN = {
    (0, 85, "count"): "new", (0, 158.6 * B, "CNY"): "new", (0, 23, "count"): "new", (0, 600, "count"): "new",
    (1, 612, "count"): "new", (1, 512.6 * B, "CNY"): "new", (1, 23, "count"): "known",
}


STORY_WIMS18_PRODUCTS = [
    doc("2018-10-11", "Smart manufacturing summit opens",
        "The 2018 World Intelligent Manufacturing Summit opened in Nanjing. It will last three days, and its expo "
        "occupies 60,000 square meters with more than 300 exhibitors."),
    doc("2018-10-12", "Summit expo",
        "The 2018 World Intelligent Manufacturing Summit's expo, spread over 60,000 square meters, has 320 exhibitors "
        "showing 1,200 products."),
    doc("2018-10-13", "Summit closes",
        "The three-day 2018 World Intelligent Manufacturing Summit closed, its 320 exhibitors having shown some 1,300 "
        "products."),
]
GOLD_WIMS18_PRODUCTS = {
    (0, 3, "day"): "new", (0, 60000, "m2"): "new", (0, 300, "count"): "new",
    (1, 60000, "m2"): "known", (1, 320, "count"): "changed:refined", (1, 1200, "count"): "new",
    (2, 3, "day"): "known", (2, 320, "count"): "known", (2, 1300, "count"): "changed:conflict",
}


STORY_WMC24_DOLLARS_FOREIGN = [
    doc("2024-09-21", "Foreign investors at Hefei convention",
        "HEFEI -- Foreign investors signed deals worth US$7.3 billion at the 2024 World Manufacturing Convention on "
        "Saturday, organizers said."),
    doc("2024-09-22", "Overseas deals",
        "Deals worth $7.3bn were signed by foreign investors at the 2024 World Manufacturing Convention in Hefei."),
    doc("2024-09-25", "Overseas deals final",
        "Foreign investors signed deals worth 7.6 billion U.S. dollars in total at the 2024 World Manufacturing "
        "Convention in Hefei."),
]
GOLD_WMC24_DOLLARS_FOREIGN = {
    (0, 7.3 * B, "USD"): "new",
    (1, 7.3 * B, "USD"): "known",
    (2, 7.6 * B, "USD"): "changed:conflict",
}


STORY_WIMC23_ZH_NUMERALS = [
    doc("2023-12-05", "2023世界智能制造大会明日开幕",
        "2023世界智能制造大会将于12月6日在南京开幕。届时将有来自二十余个国家和地区的嘉宾参会，三百余家企业参展。"),
    doc("2023-12-06", "Nanjing conference opens",
        "The 2023 World Intelligent Manufacturing Conference opened in Nanjing on Wednesday, with guests from 23 "
        "countries and regions and 360 exhibitors."),
]
GOLD_WIMC23_ZH_NUMERALS = {
    (0, 20, "count"): "new", (0, 300, "count"): "new",
    (1, 23, "count"): "changed:refined", (1, 360, "count"): "changed:refined",
}


STORY_WMC22_DOUBLE = [
    doc("2022-09-22", "Hefei convention's visitors",
        "The 2022 World Manufacturing Convention had received more than double last year's visitors by Thursday, "
        "with 96,000 people touring its halls."),
    doc("2022-09-23", "2022世界制造业大会闭幕",
        "2022世界制造业大会闭幕，展会共接待观众12.6万人次。"),
]
GOLD_WMC22_DOUBLE = {
    (0, 96000, "count"): "new",
    (1, 126000, "count"): "changed:refined",
}


STORY_WIMC26_SMES = [
    doc("2026-11-26", "Nanjing conference opens",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened Thursday with 642 exhibitors. Some 300 "
        "to 400 of them are small and medium-sized enterprises, organizers estimated."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed Saturday. Its 642 exhibitors included "
        "352 small and medium-sized enterprises."),
]
GOLD_WIMC26_SMES = {
    (0, 642, "count"): "new", (0, 300, "count"): "skip", (0, 400, "count"): "skip",
    (1, 642, "count"): "known", (1, 352, "count"): "skip",
}


STORY_WMC19_RECORD_EXPECTED = [
    doc("2019-09-20", "WMC 2019 opens",
        "HEFEI, Sept. 20 (Xinhua) -- The 2019 World Manufacturing Convention opened Friday in Hefei. A record 638 "
        "projects are expected to be signed."),
    doc("2019-09-21", "2019世界制造业大会签约",
        "2019世界制造业大会集中签约项目638个，投资总额7351亿元。"),
    doc("2019-09-23", "WMC 2019 closes",
        "The 2019 World Manufacturing Convention closed Monday with 638 projects signed, worth 735.1 billion yuan."),
]
GOLD_WMC19_RECORD_EXPECTED = {
    (0, 638, "count"): "new",
    (1, 638, "count"): "new", (1, 735.1 * B, "CNY"): "new",
    (2, 638, "count"): "known", (2, 735.1 * B, "CNY"): "known",
}


STORY_WIMC21_TRIMMED_COPY = [
    doc("2021-11-25", "Nanjing conference opens",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference opened Thursday. Some 270 companies are "
        "exhibiting, and 17 academicians are attending."),
    doc("2021-11-26", "Nanjing conference opens",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference opened Thursday. Some 270 companies are "
        "exhibiting."),
    doc("2021-11-27", "Conference closes",
        "The 2021 World Intelligent Manufacturing Conference closed Saturday with 273 exhibitors and 18 academicians."),
]
GOLD_WIMC21_TRIMMED_COPY = {
    (0, 270, "count"): "new", (0, 17, "count"): "new",
    (1, 270, "count"): "known",
    (2, 273, "count"): "changed:refined", (2, 18, "count"): "changed:conflict",
}


STORY_WMC20_DIGIT_START = [
    doc("2020-11-20", "Manufacturing convention opens online",
        "The 2020 World Manufacturing Convention opened in Hefei on Friday. 1,438 companies are exhibiting on its "
        "cloud platform. 85 projects were signed at the opening."),
    doc("2020-11-23", "Convention closes",
        "The 2020 World Manufacturing Convention closed on Sunday. 612 projects were signed. 1,438 companies exhibited "
        "online."),
]
GOLD_WMC20_DIGIT_START = {
    (0, 1438, "count"): "new", (0, 85, "count"): "new",
    (1, 612, "count"): "new", (1, 1438, "count"): "known",
}


STORY_WMC18_MAIN_FORUM = [
    doc("2018-05-26", "2018世界制造业大会",
        "2018世界制造业大会26日在合肥举行主论坛，约2000名嘉宾出席。大会共设置12个展馆。"),
    doc("2018-05-27", "2018世界制造业大会闭幕",
        "2018世界制造业大会闭幕。大会共吸引嘉宾2863人，12个展馆接待观众15万人次。"),
]
GOLD_WMC18_MAIN_FORUM = {
    (0, 2000, "count"): "new", (0, 12, "count"): "new",
    (1, 2863, "count"): "new", (1, 12, "count"): "known", (1, 150000, "count"): "new",
}


STORY_WIMC25_COMPARED = [
    doc("2025-12-01", "Jiangsu's intelligent manufacturing year",
        "The 2025 World Intelligent Manufacturing Conference in Nanjing signed 65 projects last week. That compares "
        "with 30 at the 2024 conference and 52 at the 2023 one."),
    doc("2025-12-02", "Nanjing conference tally",
        "A final tally shows 66 projects were signed at the 2025 World Intelligent Manufacturing Conference."),
]
GOLD_WIMC25_COMPARED = {
    (0, 65, "count"): "new", (0, 30, "count"): "skip", (0, 52, "count"): "skip",
    (1, 66, "count"): "changed:conflict",
}


STORY_WMC25_PENNED = [
    doc("2025-09-21", "Deals penned at Hefei convention",
        "Companies penned 132 agreements with a total value of 152.6 billion yuan at the opening of the 2025 World "
        "Manufacturing Convention in Hefei. Participating enterprises number over 600."),
    doc("2025-09-24", "Convention ends",
        "The 2025 World Manufacturing Convention ended with 608 deals clinched, involving total investment of 495.2 "
        "billion yuan. Exhibiting companies totaled 632, and the turnout reached 220,000."),
    doc("2025-09-26", "Convention wrap",
        "Footfall at the 2025 World Manufacturing Convention came to 220,000, with 632 booths and 608 deals."),
]
GOLD_WMC25_PENNED = {
    (0, 132, "count"): "new", (0, 152.6 * B, "CNY"): "new", (0, 600, "count"): "new",
    (1, 608, "count"): "new", (1, 495.2 * B, "CNY"): "new", (1, 632, "count"): "changed:refined",
    (1, 220000, "count"): "new",
    (2, 220000, "count"): "known", (2, 632, "count"): "new",  # booths are not exhibitors (a company may have several)
    (2, 608, "count"): "known",
}


STORY_WIMC24_DELEGATES = [
    doc("2024-12-20", "Nanjing conference draws delegates",
        "NANJING -- Some 1,200 delegates from 18 economies are attending the 2024 World Intelligent Manufacturing "
        "Conference, which opened Thursday."),
    doc("2024-12-22", "Nanjing conference closes",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed Sunday. Attendees numbered 1,226, from "
        "18 countries and regions."),
]
GOLD_WIMC24_DELEGATES = {
    (0, 1200, "count"): "new", (0, 18, "count"): "new",
    (1, 1226, "count"): "changed:refined", (1, 18, "count"): "known",
}


STORY_WMC23_SEALED = [
    doc("2023-09-20", "Hefei convention: first-day deals",
        "HEFEI -- Contracts worth a combined 209.2 billion yuan, covering 213 projects, were sealed on the first day of "
        "the 2023 World Manufacturing Convention."),
    doc("2023-09-24", "Hefei convention: all deals",
        "HEFEI -- In total, 734 projects worth a total of 449.79 billion yuan were sealed at the 2023 World "
        "Manufacturing Convention, topping last year's 568."),
]
GOLD_WMC23_SEALED = {
    (0, 209.2 * B, "CNY"): "new", (0, 213, "count"): "new",
    (1, 734, "count"): "new", (1, 449.79 * B, "CNY"): "new", (1, 568, "count"): "skip",
}


STORY_WIMC22_BOOTHS = [
    doc("2022-11-24", "Nanjing conference opens",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference opened on Thursday. The expo has 210 booths "
        "and the conference expects 1,000 participants."),
    doc("2022-11-26", "Nanjing conference closes",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference closed on Saturday. It had 1,200 participants "
        "and 215 exhibitors."),
]
GOLD_WIMC22_BOOTHS = {
    (0, 210, "count"): "new", (0, 1000, "count"): "new",
    (1, 1200, "count"): "new", (1, 215, "count"): "new",  # booths are not exhibitors
   
}


STORY_WMC21_VIRTUAL_BOOTHS = [
    doc("2021-09-12", "Convention's cloud platform",
        "The online platform of the 2021 World Manufacturing Convention has drawn 18 million visits, and 1,216 "
        "companies have set up virtual booths on it."),
    doc("2021-09-13", "Convention closes",
        "The 2021 World Manufacturing Convention closed on Monday. Its online platform drew 28 million visits, with "
        "1,216 virtual exhibitors."),
]
GOLD_WMC21_VIRTUAL_BOOTHS = {
    (0, 1.8e7, "count"): "new", (0, 1216, "count"): "new",
    # (online visits only grow, as views do: the 18 million "has drawn" were a count so far)
    (1, 2.8e7, "count"): "changed:refined", (1, 1216, "count"): "known",
}


STORY_WIMC26_ZH_OPENING_ALL = [
    doc("2026-11-26", "2026世界智能制造大会开幕",
        "2026世界智能制造大会26日在南京开幕。开幕式上，41个项目集中签约，总投资628亿元。"),
    doc("2026-11-28", "2026世界智能制造大会闭幕",
        "2026世界智能制造大会28日闭幕。大会期间共签约项目41个，总投资628亿元。"),
]
GOLD_WIMC26_ZH_OPENING_ALL = {
    (0, 41, "count"): "new", (0, 62.8 * B, "CNY"): "new",
    (1, 41, "count"): "new", (1, 62.8 * B, "CNY"): "new",
}


STORY_WMC20_ZH_ONLINE_OFFLINE = [
    doc("2020-11-22", "2020世界制造业大会闭幕",
        "2020世界制造业大会闭幕。本届大会共签约项目612个，总投资5126亿元；累计吸引线上线下观众超过1400万人次。"),
    doc("2020-11-24", "WMC 2020 ends with 612 projects",
        "HEFEI -- The 2020 World Manufacturing Convention, held online and offline, drew over 14 million visits in all "
        "and signed 612 projects worth 512.6 billion yuan."),
]
GOLD_WMC20_ZH_ONLINE_OFFLINE = {
    (0, 612, "count"): "new", (0, 512.6 * B, "CNY"): "new", (0, 1.4e7, "count"): "new",
    (1, 1.4e7, "count"): "known", (1, 612, "count"): "known", (1, 512.6 * B, "CNY"): "known",
}


STORY_WMC24_ZH_AREAS = [
    doc("2024-09-19", "2024世界制造业大会明日开幕",
        "2024世界制造业大会将于9月20日开幕。本届大会展览总面积7.5万平方米，其中室内展区6万平方米、室外展区1.5万平方米，预计接待观众超15万人次。"),
    doc("2024-09-24", "2024世界制造业大会闭幕",
        "2024世界制造业大会闭幕。大会签约项目589个，协议投资4718亿元，同比增长5.1%；展会累计接待观众16.8万人次，首发新品120余件。"),
    doc("2024-09-25", "2024世界制造业大会成果",
        "据统计，2024世界制造业大会期间，境内外客商逾1.2万人次参会，展会观众总数16.8万人次，签约项目合同投资4718亿元。"),
]
GOLD_WMC24_ZH_AREAS = {
    (0, 75000, "m2"): "new", (0, 60000, "m2"): "new", (0, 15000, "m2"): "new", (0, 150000, "count"): "new",
    (1, 589, "count"): "new", (1, 471.8 * B, "CNY"): "new", (1, 5.1, "percent"): "new", (1, 168000, "count"): "new",
    (1, 120, "count"): "new",
    (2, 12000, "count"): "new", (2, 168000, "count"): "known", (2, 471.8 * B, "CNY"): "known",
}


STORY_WIMC23_ZH_GUESTS = [
    doc("2023-12-06", "2023世界智能制造大会开幕",
        "12月6日，2023世界智能制造大会在南京国际博览中心开幕。中外嘉宾1200余人参会，其中两院院士21位、外籍嘉宾近百位。"),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "2023世界智能制造大会闭幕。3天会期内，大会共吸引中外嘉宾1236人，其中两院院士23位，外籍嘉宾102位。"),
]
GOLD_WIMC23_ZH_GUESTS = {
    (0, 1200, "count"): "new", (0, 21, "count"): "new", (0, 100, "count"): "new",
    (1, 3, "day"): "new", (1, 1236, "count"): "changed:refined", (1, 23, "count"): "changed:conflict",
    (1, 102, "count"): "changed:conflict",
}


STORY_WMC22_ZH_FOREIGN = [
    doc("2022-09-20", "2022世界制造业大会开幕 集中签约145个项目",
        "9月20日，2022世界制造业大会在合肥开幕。开幕式上，集中签约项目145个，总投资额2136亿元，其中外资项目21个，投资额38亿美元。"),
    doc("2022-09-23", "2022世界制造业大会闭幕",
        "2022世界制造业大会闭幕。大会共签约项目568个，总投资7685亿元，其中外资项目128个，投资额973亿元。"),
]
GOLD_WMC22_ZH_FOREIGN = {
    (0, 145, "count"): "new", (0, 213.6 * B, "CNY"): "new", (0, 21, "count"): "new", (0, 3.8 * B, "USD"): "new",
    (1, 568, "count"): "new", (1, 768.5 * B, "CNY"): "new", (1, 128, "count"): "new", (1, 97.3 * B, "CNY"): "new",
}


STORY_WIMC21_ZH_PREVIEW = [
    doc("2021-11-24", "2021世界智能制造大会明日开幕",
        "2021世界智能制造大会将于11月25日在南京开幕，为期3天。大会将举办开幕式、主论坛和20余场专业论坛，约250家企业参展。"),
    doc("2021-11-25", "2021世界智能制造大会开幕",
        "2021世界智能制造大会25日开幕，共有273家企业参展，举办专业论坛21场。"),
    doc("2021-11-27", "2021世界智能制造大会闭幕",
        "2021世界智能制造大会27日闭幕。大会共签约重大项目52个，总投资417亿元。"),
]
GOLD_WIMC21_ZH_PREVIEW = {
    (0, 3, "day"): "new", (0, 20, "count"): "new", (0, 250, "count"): "new",
    (1, 273, "count"): "changed:refined",  # "约250" allows a tenth either way
    (1, 21, "count"): "changed:refined",
    (2, 52, "count"): "new", (2, 41.7 * B, "CNY"): "new",
}


STORY_WMC25_ZH_RUNNING = [
    doc("2025-09-22", "2025世界制造业大会进行时",
        "截至21日18时，2025世界制造业大会展会累计接待观众11.2万人次，线上浏览量突破8000万次。"),
    doc("2025-09-24", "2025世界制造业大会闭幕",
        "2025世界制造业大会闭幕。展会累计接待观众22万人次，线上浏览量超过1.2亿次。"),
]
GOLD_WMC25_ZH_RUNNING = {
    (0, 112000, "count"): "new", (0, 8e7, "count"): "new",
    (1, 220000, "count"): "changed:refined", (1, 1.2e8, "count"): "changed:refined",
}


STORY_WIMC19_ZH_CLOSE = [
    doc("2019-10-19", "2019世界智能制造大会开幕",
        "2019世界智能制造大会19日在南京开幕。大会以“智能制造引领未来”为主题，吸引了来自20个国家和地区的600余家企业参展，展览面积6万平方米。"),
    doc("2019-10-22", "2019世界智能制造大会闭幕",
        "2019世界智能制造大会22日闭幕。大会期间签约项目112个，总投资2400亿元；展会观众11.6万人次；参展企业612家，来自20个国家和地区。"),
]
GOLD_WIMC19_ZH_CLOSE = {
    (0, 20, "count"): "new", (0, 600, "count"): "new", (0, 60000, "m2"): "new",
    (1, 112, "count"): "new", (1, 240 * B, "CNY"): "new", (1, 116000, "count"): "new", (1, 612, "count"): "changed:refined",
    (1, 20, "count"): "known",
}


STORY_WMC26_ZH_REGISTERED = [
    doc("2026-09-18", "2026世界制造业大会将开幕",
        "2026世界制造业大会将于9月19日至23日举行。目前，已有1000余家企业报名参展，其中世界500强企业60家。大会拟邀请境外嘉宾800人左右。"),
    doc("2026-09-19", "2026世界制造业大会开幕",
        "2026世界制造业大会19日开幕。1061家企业参展，其中世界500强63家。境外嘉宾812人参会。"),
]
GOLD_WMC26_ZH_REGISTERED = {
    (0, 1000, "count"): "new", (0, 60, "count"): "new", (0, 800, "count"): "new",
    (1, 1061, "count"): "changed:refined", (1, 63, "count"): "changed:refined", (1, 812, "count"): "new",
}


STORY_WIMC20_ZH_ONLINE = [
    doc("2020-11-24", "2020世界智能制造大会开幕",
        "2020世界智能制造大会24日开幕。受疫情影响，大会采取线上线下结合方式，线下参会嘉宾约500人，线上观众预计超千万人次。"),
    doc("2020-11-26", "2020世界智能制造大会闭幕",
        "2020世界智能制造大会26日闭幕。大会线上观看量达1200万人次，签约项目65个，总投资861亿元。"),
]
GOLD_WIMC20_ZH_ONLINE = {
    (0, 500, "count"): "new", (0, 1e7, "count"): "new",
    (1, 1.2e7, "count"): "new", (1, 65, "count"): "new", (1, 86.1 * B, "CNY"): "new",
}


STORY_WMC24_BULLETS = [
    doc("2024-09-26", "WMC in numbers: 2023 vs 2024",
        "How the 2024 World Manufacturing Convention in Hefei compares with last year's:\n\n"
        "• Projects signed: 589 (2023: 734)\n\n• Investment: 471.8 billion yuan (2023: 449.79 billion yuan)\n\n"
        "• Exhibitors: 546 (2023: 517)"),
    doc("2024-09-27", "2024世界制造业大会回顾",
        "2024世界制造业大会签约项目589个，总投资4718亿元，参展企业546家。"),
]
GOLD_WMC24_BULLETS = {
    (0, 589, "count"): "new", (0, 734, "count"): "skip", (0, 471.8 * B, "CNY"): "new", (0, 449.79 * B, "CNY"): "skip",
    (0, 546, "count"): "new", (0, 517, "count"): "skip",
    (1, 589, "count"): "known", (1, 471.8 * B, "CNY"): "known", (1, 546, "count"): "known",
}


STORY_WIMC25_BRACKETS = [
    doc("2025-11-27", "Robots everywhere at Nanjing conference",
        "NANJING -- At the 2025 World Intelligent Manufacturing Conference, which opened Thursday, humanoid robots "
        "greeted visitors. The expo (52,000 square meters, 318 exhibitors) is the largest in the event's history. "
        "One exhibitor, a Suzhou firm with 1,200 employees, showed a robot that lifts 25 kilograms."),
    doc("2025-11-30", "Conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Sunday with 320 exhibitors and 65 "
        "projects signed."),
]
GOLD_WIMC25_BRACKETS = {
    (0, 52000, "m2"): "new", (0, 318, "count"): "new", (0, 1200, "count"): "skip",
    (1, 320, "count"): "known", (1, 65, "count"): "new",
}


STORY_WMC23_EV_MAKERS = [
    doc("2023-09-21", "Anhui's EV makers at convention",
        "HEFEI -- Anhui's six EV makers are all at the 2023 World Manufacturing Convention. Together they sold 870,000 "
        "cars last year. The convention, with 517 exhibitors, runs until Sunday."),
    doc("2023-09-24", "WMC 2023 ends",
        "HEFEI -- The 2023 World Manufacturing Convention ended Sunday. It had 517 exhibitors and 734 projects were "
        "signed."),
]
GOLD_WMC23_EV_MAKERS = {
    (0, 6, "count"): "skip", (0, 870000, "count"): "skip", (0, 517, "count"): "new",
    (1, 517, "count"): "known", (1, 734, "count"): "new",
}


STORY_WIMC22_ONLINE_HALL = [
    doc("2022-11-25", "2022世界智能制造大会开幕",
        "2022世界智能制造大会24日开幕。大会设置线上展厅和线下展区，线下展区面积3万平方米，线上展厅入驻企业300余家。"),
    doc("2022-11-26", "Nanjing conference",
        "The 2022 World Intelligent Manufacturing Conference has a 30,000-square-meter offline exhibition and an "
        "online hall with 326 companies."),
]
GOLD_WIMC22_ONLINE_HALL = {
    (0, 30000, "m2"): "new", (0, 300, "count"): "new",
    (1, 30000, "m2"): "known", (1, 326, "count"): "changed:refined",
}


STORY_WMC26_TOTAL_TO = [
    doc("2026-09-21", "Convention day two",
        "HEFEI -- On the second day of the 2026 World Manufacturing Convention, 48,000 visitors came, bringing the "
        "total so far to 93,000."),
    doc("2026-09-23", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed Wednesday after receiving 205,000 visitors."),
]
GOLD_WMC26_TOTAL_TO = {
    (0, 48000, "count"): "new", (0, 93000, "count"): "new",
    (1, 205000, "count"): "changed:refined",
}


STORY_WMC19_FIRST_DAY = [
    doc("2019-09-20", "WMC 2019 opens with deals",
        "HEFEI -- Deals worth 735.1 billion yuan ($103.5 billion) covering 638 projects were signed as the 2019 World "
        "Manufacturing Convention opened on Friday."),
    doc("2019-09-23", "WMC 2019 closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed on Monday. The 638 projects signed on its first day, "
        "worth 735.1 billion yuan, were its main result."),
]
GOLD_WMC19_FIRST_DAY = {
    (0, 735.1 * B, "CNY"): "new", (0, 103.5 * B, "USD"): "skip", (0, 638, "count"): "new",
    (1, 638, "count"): "skip", (1, 735.1 * B, "CNY"): "skip",
}


STORY_WIMC21_THREE_NUMBERS = [
    doc("2021-11-25", "Nanjing's conference in three numbers",
        "NANJING -- Three numbers from the 2021 World Intelligent Manufacturing Conference, which opened Thursday: "
        "273 exhibitors, 17 academicians and 45,000 square meters of exhibition space."),
    doc("2021-11-27", "Conference closes",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference closed Saturday. It had 273 exhibitors in "
        "45,000 square meters, and 18 academicians took part."),
]
GOLD_WIMC21_THREE_NUMBERS = {
    (0, 273, "count"): "new", (0, 17, "count"): "new", (0, 45000, "m2"): "new",
    (1, 273, "count"): "known", (1, 45000, "m2"): "known", (1, 18, "count"): "changed:conflict",
}


STORY_WIMS18_FOREIGN_REVISED = [
    doc("2018-10-12", "2018世界智能制造大会",
        "2018世界智能制造大会11日至13日在南京举行。大会共签约项目81个，总投资976亿元。"),
    doc("2018-10-14", "Summit results",
        "The 2018 World Intelligent Manufacturing Summit signed 81 projects worth 97.6 billion yuan, and 29 of them "
        "were foreign-funded."),
    doc("2018-10-20", "Summit results revised",
        "Organizers of the 2018 World Intelligent Manufacturing Summit said 31 of the 81 projects signed were "
        "foreign-funded, not 29 as first reported."),
]
GOLD_WIMS18_FOREIGN_REVISED = {
    (0, 3, "day"): "skip", (0, 81, "count"): "new", (0, 97.6 * B, "CNY"): "new",
    (1, 81, "count"): "known", (1, 97.6 * B, "CNY"): "known", (1, 29, "count"): "new",
    (2, 31, "count"): "changed:conflict", (2, 81, "count"): "known", (2, 29, "count"): "skip",
}


# A numbered "five takeaways" list (the five is how it is told, no figure), then one more country.
STORY_WMC24_TAKEAWAYS = [
    doc("2024-09-20", "5 takeaways from the World Manufacturing Convention's opening day",
        "HEFEI -- Here are five things to know about the 2024 World Manufacturing Convention, which opened Friday.\n\n"
        "1. It is big: 546 exhibitors fill 75,000 square meters.\n\n2. Deals came fast: 121 projects were signed at the "
        "opening ceremony.\n\n3. Robots are everywhere."),
    doc("2024-09-24", "Convention closes",
        "HEFEI -- The 2024 World Manufacturing Convention closed Tuesday with 546 exhibitors and 589 projects signed."),
]
GOLD_WMC24_TAKEAWAYS = {
    (0, 5, "count"): "skip", (0, 546, "count"): "new", (0, 75000, "m2"): "new", (0, 121, "count"): "new",
    (0, 1, "count"): "skip", (0, 2, "count"): "skip", (0, 3, "count"): "skip",
    (1, 546, "count"): "known", (1, 589, "count"): "new",
}


STORY_WMC25_PHOTO = [
    doc("2025-09-20", "Photos: World Manufacturing Convention opens",
        "Photo taken on Sept. 20, 2025 shows visitors at the 2025 World Manufacturing Convention in Hefei, east "
        "China's Anhui Province. (Xinhua/Zhang Duan)\n\nMore than 600 companies are exhibiting at the convention."),
    doc("2025-09-24", "Convention closes",
        "The 2025 World Manufacturing Convention closed in Hefei with 632 exhibitors."),
]
GOLD_WMC25_PHOTO = {
    (0, 600, "count"): "new",
    (1, 632, "count"): "changed:refined",
}


STORY_WMC23_DISTRICTS = [
    doc("2023-09-22", "Hefei districts sign deals",
        "At the 2023 World Manufacturing Convention, Hefei High-tech Zone signed 23 projects worth 45.6 billion yuan, "
        "and Baohe District signed 12 worth 18.2 billion yuan."),
    doc("2023-09-24", "Convention closes",
        "The 2023 World Manufacturing Convention closed with 734 projects worth 449.79 billion yuan signed."),
]
GOLD_WMC23_DISTRICTS = {
    (0, 23, "count"): "new", (0, 45.6 * B, "CNY"): "new", (0, 12, "count"): "new", (0, 18.2 * B, "CNY"): "new",
    (1, 734, "count"): "new", (1, 449.79 * B, "CNY"): "new",
}


BOILER_WMC23_BOILERPLATE = ("About the World Manufacturing Convention: Held in Hefei every year since 2018, the convention has attracted "
          "more than 14,800 guests and signed 3,021 projects.")
STORY_WMC23_BOILERPLATE = [
    doc("2023-09-15", "2023 World Manufacturing Convention to open Sept 20",
        "HEFEI, China, Sept. 15, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention will open on Sept. 20 "
        "with over 500 exhibitors.\n\n" + BOILER_WMC23_BOILERPLATE),
    doc("2023-09-21", "2023 World Manufacturing Convention opens",
        "HEFEI, China, Sept. 21, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention opened with 517 "
        "exhibitors.\n\n" + BOILER_WMC23_BOILERPLATE),
]
GOLD_WMC23_BOILERPLATE = {
    (0, 500, "count"): "new", (0, 14800, "count"): "new", (0, 3021, "count"): "new",
    (1, 517, "count"): "changed:refined", (1, 14800, "count"): "known", (1, 3021, "count"): "known",
}


STORY_WIMC26_TOP_TEN = [
    doc("2026-11-25", "Top 10 things to see at Nanjing conference",
        "The 2026 World Intelligent Manufacturing Conference opens Thursday in Nanjing. Among its 642 exhibitors, "
        "these are the top 10 booths to visit. No. 1: a humanoid robot that can fold laundry."),
    doc("2026-11-28", "Conference closes",
        "The 2026 World Intelligent Manufacturing Conference closed with 642 exhibitors and 41 signed projects."),
]
GOLD_WIMC26_TOP_TEN = {
    (0, 642, "count"): "new", (0, 10, "count"): "skip",
    (1, 642, "count"): "known", (1, 41, "count"): "new",
}


# Guests in person and by video link during the pandemic; the final count in person.
STORY_WMC20_IN_PERSON = [
    doc("2020-11-20", "Convention goes ahead despite pandemic",
        "HEFEI -- The 2020 World Manufacturing Convention opened Friday with 85 projects signed worth 158.6 billion "
        "yuan. About 2,000 guests attend in person, down from 3,224 last year."),
    doc("2020-11-22", "Convention closes",
        "HEFEI -- The 2020 World Manufacturing Convention closed Sunday. It drew 2,100 guests in person and signed 612 "
        "projects."),
]
GOLD_WMC20_IN_PERSON = {
    (0, 85, "count"): "new", (0, 158.6 * B, "CNY"): "new", (0, 2000, "count"): "new", (0, 3224, "count"): "skip",
    (1, 2100, "count"): "changed:refined", (1, 612, "count"): "new",
}


STORY_WMC25_HONG_KONG = [
    doc("2025-09-21", "世界製造業大會合肥開幕",
        "【大公報訊】2025世界製造業大會20日在合肥開幕，吸引海內外逾600家企業參展，其中世界500強企業52家，展覽面積7.5萬平方米。"),
    doc("2025-09-25", "世界製造業大會閉幕 簽約608項目",
        "【文匯報訊】2025世界製造業大會24日閉幕，共簽約項目608個，總投資4952億元人民幣，參展企業632家。"),
]
GOLD_WMC25_HONG_KONG = {
    (0, 600, "count"): "new", (0, 52, "count"): "new", (0, 75000, "m2"): "new",
    (1, 608, "count"): "new", (1, 495.2 * B, "CNY"): "new", (1, 632, "count"): "changed:refined",
}


STORY_WMC24_TWO_RATES = [
    doc("2024-09-24", "CGTN: Hefei convention closes",
        "The 2024 World Manufacturing Convention closed on Tuesday in Hefei, with 589 projects signed, totaling 471.8 "
        "billion yuan ($66.9 billion)."),
    doc("2024-09-25", "Xinhua: convention closes",
        "HEFEI, Sept. 25 (Xinhua) -- A total of 589 projects with investment of 471.8 billion yuan (about 66.5 billion "
        "U.S. dollars) were signed at the 2024 World Manufacturing Convention."),
]
GOLD_WMC24_TWO_RATES = {
    (0, 589, "count"): "new", (0, 471.8 * B, "CNY"): "new", (0, 66.9 * B, "USD"): "new",
    (1, 589, "count"): "known", (1, 471.8 * B, "CNY"): "known", (1, 66.5 * B, "USD"): "known",
}


STORY_WMC25_SEVEN_EDITIONS = [
    doc("2025-09-19", "Seven years of the World Manufacturing Convention",
        "HEFEI -- Over the past seven editions, the World Manufacturing Convention has signed more than 4,300 projects, "
        "organizers said ahead of this year's event."),
    doc("2025-09-24", "Convention closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed Wednesday with 608 projects. Since its launch in 2018, "
        "the convention has signed 4,970 projects."),
]
GOLD_WMC25_SEVEN_EDITIONS = {
    (0, 7, "count"): "skip", (0, 4300, "count"): "new",
    (1, 608, "count"): "new", (1, 4970, "count"): "changed:refined",
}


STORY_WIMC22_HONG_KONG = [
    doc("2022-11-24", "世界智能製造大會南京開幕",
        "【香港商報訊】2022世界智能製造大會24日在南京開幕，會期三天，線上線下參會嘉宾逾千人。"),
    doc("2022-11-26", "Nanjing conference closes",
        "NANJING -- The three-day 2022 World Intelligent Manufacturing Conference closed Saturday with 1,200 guests "
        "taking part online and offline."),
]
GOLD_WIMC22_HONG_KONG = {
    (0, 3, "day"): "new", (0, 1000, "count"): "new",
    (1, 3, "day"): "known", (1, 1200, "count"): "changed:refined",
}


STORY_WMC21_OTHER_GUESTS = [
    doc("2021-09-10", "Hefei convention opens",
        "HEFEI -- The 2021 World Manufacturing Convention opened on Friday. Attending in person were 12 foreign "
        "diplomats, 36 heads of Fortune Global 500 companies and some 1,500 other guests."),
    doc("2021-09-13", "Hefei convention closes",
        "HEFEI -- The 2021 World Manufacturing Convention closed on Monday, with 1,560 guests having attended in "
        "person."),
]
GOLD_WMC21_OTHER_GUESTS = {
    (0, 12, "count"): "new", (0, 36, "count"): "new", (0, 1500, "count"): "new",
    (1, 1560, "count"): "new",
}


STORY_WIMC24_LATE_AGREEMENTS = [
    doc("2024-12-22", "Nanjing conference closes",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed Sunday with 30 projects signed worth "
        "53.63 billion yuan."),
    doc("2024-12-28", "Nanjing conference: more deals",
        "Organizers of the 2024 World Intelligent Manufacturing Conference now put the number of signed projects at "
        "33, after three late agreements."),
    doc("2025-01-06", "更正",
        "经核实，2024世界智能制造大会签约项目最终为33个，总投资额为558.2亿元。"),
]
GOLD_WIMC24_LATE_AGREEMENTS = {
    (0, 30, "count"): "new", (0, 53.63 * B, "CNY"): "new",
    (1, 33, "count"): "changed:conflict",
    (2, 33, "count"): "known", (2, 55.82 * B, "CNY"): "changed:conflict",
}


STORY_WMC23_FINAL_TALLY = [
    doc("2023-09-24", "2023世界制造业大会闭幕",
        "2023世界制造业大会闭幕。大会共吸引参展企业517家。"),
    doc("2023-09-30", "Convention's final tally",
        "The final tally of exhibitors at the 2023 World Manufacturing Convention came to 521, organizers said, up from "
        "an earlier count of 517."),
]
GOLD_WMC23_FINAL_TALLY = {
    (0, 517, "count"): "new",
    (1, 521, "count"): "changed:conflict", (1, 517, "count"): "skip",
}


STORY_WMC25_REVISED_UP = [
    doc("2025-09-22", "Hefei convention visitors",
        "HEFEI -- Visitors to the 2025 World Manufacturing Convention reached 150,000 by Monday evening."),
    doc("2025-09-24", "Hefei convention closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed Wednesday. Visitor numbers were revised up to 220,000."),
]
GOLD_WMC25_REVISED_UP = {
    (0, 150000, "count"): "new",
    (1, 220000, "count"): "changed:refined",
}


STORY_WMC22_CORRECTED_TO = [
    doc("2022-09-23", "Hefei convention closes",
        "HEFEI -- The 2022 World Manufacturing Convention closed Friday. 568 projects were signed, organizers said."),
    doc("2022-09-26", "Hefei convention: correction of tally",
        "HEFEI -- Organizers of the 2022 World Manufacturing Convention corrected the number of signed projects to "
        "572."),
]
GOLD_WMC22_CORRECTED_TO = {
    (0, 568, "count"): "new",
    (1, 572, "count"): "changed:conflict",
}


STORY_WMC25_DOUBLED = [
    doc("2025-09-20", "Convention opens",
        "HEFEI -- The 2025 World Manufacturing Convention opened Saturday. The number of overseas exhibitors doubled "
        "to 120, and there are 50 more exhibitors than last year in total."),
    doc("2025-09-24", "2025世界制造业大会闭幕",
        "2025世界制造业大会闭幕。参展企业632家，较上届增加86家，其中境外企业126家。"),
]
GOLD_WMC25_DOUBLED = {
    (0, 120, "count"): "new", (0, 50, "count"): "skip",
    (1, 632, "count"): "new", (1, 86, "count"): "skip", (1, 126, "count"): "changed:conflict",
}


STORY_WMC24_RATE_TO = [
    doc("2024-09-24", "Visitors up 20 percent",
        "HEFEI -- Visitors to the 2024 World Manufacturing Convention rose 20 percent to 168,000, organizers said."),
    doc("2024-09-25", "Convention results",
        "The 2024 World Manufacturing Convention drew 168,000 visitors, a 20% increase."),
]
GOLD_WMC24_RATE_TO = {
    (0, 20, "percent"): "new", (0, 168000, "count"): "new",
    (1, 168000, "count"): "known", (1, 20, "percent"): "known",
}


STORY_WIMC23_PLUS = [
    doc("2023-12-06", "Nanjing conference opens",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference opened Wednesday with nearly 3,000 guests, "
        "among them 1,000-plus from overseas, and 360 exhibitors."),
    doc("2023-12-08", "Nanjing conference closes",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed Friday. It drew 2,986 guests, 1,043 of "
        "them from overseas."),
]
GOLD_WIMC23_PLUS = {
    (0, 3000, "count"): "new", (0, 1000, "count"): "new", (0, 360, "count"): "new",
    (1, 2986, "count"): "changed:refined", (1, 1043, "count"): "changed:refined",
}


STORY_WIMC26_ZH_MORE_THAN_LAST = [
    doc("2026-11-26", "2026世界智能制造大会开幕",
        "2026世界智能制造大会26日开幕，642家企业参展，比上届多322家。"),
    doc("2026-11-28", "2026世界智能制造大会闭幕",
        "2026世界智能制造大会闭幕，参展企业共计648家。"),
]
GOLD_WIMC26_ZH_MORE_THAN_LAST = {
    (0, 642, "count"): "new", (0, 322, "count"): "skip",
    (1, 648, "count"): "changed:conflict",
}


STORY_WMC21_HALFWAY = [
    doc("2021-09-12", "Convention midway",
        "HEFEI -- Halfway through the 2021 World Manufacturing Convention, 380 projects had been signed, organizers "
        "said on Sunday."),
    doc("2021-09-13", "Convention ends",
        "HEFEI -- The 2021 World Manufacturing Convention ended Monday with 501 projects signed."),
]
GOLD_WMC21_HALFWAY = {
    (0, 380, "count"): "new",
    (1, 501, "count"): "changed:refined",
}


STORY_WIMC25_1216 = [
    doc("2025-11-27", "World Intelligent Manufacturing Conference kicks off in Nanjing",
        "NANJING, Nov. 27 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference opened in Nanjing, capital "
        "of east China's Jiangsu Province, on Thursday. Over 1,000 exhibitors are showing their products across an "
        "exhibition area of 60,000 square meters, the organizers said."),
    doc("2025-11-30", "Intelligent manufacturing conference wraps up",
        "NANJING, Nov. 30 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference concluded on Sunday. "
        "A total of 1,216 exhibitors took part, and the exhibition area reached 60,000 square meters. The event "
        "drew more than 120,000 visitors over four days."),
]
GOLD_WIMC25_1216 = {
    (0, 1000, "count"): "new", (0, 60000, "m2"): "new",
    (1, 1216, "count"): "changed:refined", (1, 60000, "m2"): "known", (1, 120000, "count"): "new",
    (1, 4, "day"): "new",
}


STORY_WMC24_OPENING_COPY = [
    doc("2024-09-20", "Hefei convention signs big",
        "HEFEI, Sept. 20 -- At the opening of the 2024 World Manufacturing Convention on Friday, 126 major projects "
        "with a combined investment of 167.3 billion yuan (about 23.6 billion U.S. dollars) were signed."),
    doc("2024-09-20", "WMC 2024 opening signs 126 projects",
        "Hefei, Sept 20 (CGTN) -- A total of 126 projects with investment of 167.3 billion yuan were signed at the "
        "opening ceremony of the 2024 World Manufacturing Convention on Friday."),
    doc("2024-09-23", "WMC 2024 closes",
        "HEFEI -- The 2024 World Manufacturing Convention closed on Monday. During the four-day event, 589 projects "
        "were signed with a total investment of 471.8 billion yuan."),
]
GOLD_WMC24_OPENING_COPY = {
    (0, 126, "count"): "new", (0, 167.3 * B, "CNY"): "new", (0, 23.6 * B, "USD"): "skip",
    (1, 126, "count"): "known", (1, 167.3 * B, "CNY"): "known",
    (2, 589, "count"): "new", (2, 471.8 * B, "CNY"): "new", (2, 4, "day"): "new",
}


STORY_WIMC23_ZH_FORUMS = [
    doc("2023-12-06", "2023世界智能制造大会在南京开幕",
        "12月6日，2023世界智能制造大会在南京开幕。本届大会为期3天，设置1场开幕式暨主论坛、12场专题论坛，"
        "展览面积4万平方米，参展企业300余家。"),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "12月8日，2023世界智能制造大会闭幕。大会期间共举办专题论坛14场，参展企业326家，现场观众超过8万人次。"),
]
GOLD_WIMC23_ZH_FORUMS = {
    (0, 3, "day"): "new", (0, 1, "count"): "skip", (0, 12, "count"): "new", (0, 40000, "m2"): "new",
    (0, 300, "count"): "new",
    (1, 14, "count"): "changed:conflict", (1, 326, "count"): "changed:refined", (1, 80000, "count"): "new",
}


STORY_WMC22_ANOTHER_ONLINE = [
    doc("2022-09-20", "World Manufacturing Convention opens online and offline",
        "HEFEI -- The 2022 World Manufacturing Convention opened on Tuesday in Hefei. More than 400 companies are "
        "exhibiting at the venue, while another 600 present themselves online."),
    doc("2022-09-23", "WMC 2022 ends",
        "HEFEI -- The 2022 World Manufacturing Convention ended Friday. In all, 412 companies exhibited at the "
        "venue and 615 online. The convention signed 573 projects worth 473.9 billion yuan."),
]
GOLD_WMC22_ANOTHER_ONLINE = {
    (0, 400, "count"): "new", (0, 600, "count"): "new",
    (1, 412, "count"): "changed:refined", (1, 615, "count"): "changed:conflict",
    (1, 573, "count"): "new", (1, 473.9 * B, "CNY"): "new",
}


STORY_WMC25_EXPECTS = [
    doc("2025-09-19", "Anhui's manufacturing showcase returns",
        "HEFEI, Sept. 19 -- The 2025 World Manufacturing Convention, which opens Saturday, expects about 500 "
        "exhibitors from 30 countries and regions. Last year's convention, the organizers noted, brought 589 "
        "signed projects."),
    doc("2025-09-23", "WMC 2025 closes with deals",
        "HEFEI, Sept. 23 -- The 2025 World Manufacturing Convention closed on Tuesday, having attracted 538 "
        "exhibitors from 32 countries and regions. 617 projects were signed."),
]
GOLD_WMC25_EXPECTS = {
    (0, 500, "count"): "new", (0, 30, "count"): "new", (0, 589, "count"): "skip",
    (1, 538, "count"): "new", (1, 32, "count"): "new", (1, 617, "count"): "new",
}


STORY_WIMC24_BOX_CORRECTED = [
    doc("2024-12-01", "Nanjing conference by the numbers",
        "NANJING -- Key numbers from the 2024 World Intelligent Manufacturing Conference, which closed Sunday:\n"
        "Exhibitors: 263\n"
        "Fortune Global 500 companies: 31\n"
        "Projects signed: 30, worth 53.63 billion yuan"),
    doc("2024-12-02", "Correction on conference figures",
        "NANJING -- An earlier report gave the number of Fortune Global 500 companies at the 2024 World Intelligent "
        "Manufacturing Conference as 31. The correct figure is 33."),
]
GOLD_WIMC24_BOX_CORRECTED = {
    (0, 263, "count"): "new", (0, 31, "count"): "new", (0, 30, "count"): "new", (0, 53.63 * B, "CNY"): "new",
    (1, 31, "count"): "skip", (1, 33, "count"): "changed:conflict",
}


STORY_WMC19_SOME = [
    doc("2019-09-20", "2019 World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2019 World Manufacturing Convention opened on Friday in Hefei, with "
        "some 4,000 guests from home and abroad in attendance. The exhibition covers 75,000 square meters."),
    doc("2019-09-22", "Hefei convention signs 536 deals",
        "HEFEI (China Daily) -- The 2019 World Manufacturing Convention wrapped up on Sunday. 536 projects with "
        "investment of 433.3 billion yuan were signed during the event, drawing 4,200 guests. The 75,000-square-"
        "meter exhibition saw 170,000 visitors."),
]
GOLD_WMC19_SOME = {
    (0, 4000, "count"): "new", (0, 75000, "m2"): "new",
    (1, 536, "count"): "new", (1, 433.3 * B, "CNY"): "new", (1, 4200, "count"): "changed:refined",
    (1, 75000, "m2"): "known", (1, 170000, "count"): "new",
}


STORY_WIMC20_HYBRID = [
    doc("2020-11-24", "Intelligent manufacturing conference goes hybrid",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference opened on Tuesday in Nanjing. Because of "
        "the epidemic, 80 percent of the events are held online; the online exhibition hosts 1,200 firms."),
    doc("2020-11-26", "Hybrid conference results",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference ended on Thursday. Its online exhibition "
        "hosted 1,350 companies and received 21 million visits, while 65 projects worth 56.2 billion yuan were "
        "signed."),
]
GOLD_WIMC20_HYBRID = {
    (0, 80, "percent"): "new", (0, 1200, "count"): "new",
    (1, 1350, "count"): "changed:conflict", (1, 21e6, "count"): "new", (1, 65, "count"): "new",
    (1, 56.2 * B, "CNY"): "new",
}


STORY_WMC23_ZH_OPENING_PART = [
    doc("2023-09-20", "2023世界制造业大会开幕",
        "9月20日，2023世界制造业大会在合肥开幕。开幕式上集中签约项目86个，总投资1270.3亿元。"),
    doc("2023-09-23", "2023世界制造业大会闭幕 签约项目734个",
        "9月23日，2023世界制造业大会闭幕。大会期间共签约项目734个，总投资4497.9亿元，其中开幕式集中签约项目"
        "86个，总投资1270.3亿元。"),
]
GOLD_WMC23_ZH_OPENING_PART = {
    (0, 86, "count"): "new", (0, 127.03 * B, "CNY"): "new",
    (1, 734, "count"): "new", (1, 449.79 * B, "CNY"): "new", (1, 86, "count"): "known",
    (1, 127.03 * B, "CNY"): "known",
}


STORY_WIMC21_ACADEMICIANS = [
    doc("2021-11-19", "Nanjing summit on intelligent manufacturing",
        "NANJING -- More than 100 academicians and experts joined the 2021 World Intelligent Manufacturing "
        "Conference that opened in Nanjing on Friday."),
    doc("2021-11-21", "Conference closes",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference ended Sunday after bringing together 26 "
        "academicians and 300 experts and scholars."),
]
GOLD_WIMC21_ACADEMICIANS = {
    (0, 100, "count"): "new",
    (1, 26, "count"): "new", (1, 300, "count"): "new",
}


STORY_WMC23_PR_RELEASES = [
    doc("2023-09-20", "2023 World Manufacturing Convention Opens in Hefei, Anhui",
        "HEFEI, China, Sept. 20, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention opened today in Hefei, "
        "the capital of Anhui Province. Themed \"Intelligent Manufacturing for a Better Future\", the convention "
        "features an exhibition area of 70,000 square meters and has attracted over 500 enterprises, including 38 "
        "Fortune Global 500 companies."),
    doc("2023-09-24", "Hefei Hosts 2023 World Manufacturing Convention: Industry Titans Convene in Anhui",
        "HEFEI, China, Sept. 24, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention concluded in Hefei. "
        "Over 4 days, 517 enterprises took part in the exhibition, among them 41 of the Fortune Global 500. A total "
        "of 734 projects were signed, with an investment of 449.79 billion yuan."),
]
GOLD_WMC23_PR_RELEASES = {
    (0, 70000, "m2"): "new", (0, 500, "count"): "new", (0, 38, "count"): "new",
    (1, 4, "day"): "new", (1, 517, "count"): "changed:refined", (1, 41, "count"): "changed:conflict",
    (1, 734, "count"): "new", (1, 449.79 * B, "CNY"): "new",
}


STORY_WIMC24_SOME_240 = [
    doc("2024-11-29", "Smart manufacturing conference underway in Nanjing",
        "NANJING, Nov. 29 (Xinhua) -- The 2024 World Intelligent Manufacturing Conference is underway in Nanjing. "
        "Some 240 companies are exhibiting, and about 50 of them are among the world's top 500 companies."),
    doc("2024-12-23", "Nanjing hosts world manufacturing conference",
        "(Global Times) 09:33, December 23, 2024\n\nThe three-day 2024 World Intelligent Manufacturing Conference "
        "concluded in Nanjing. A total of 263 companies flocked to the event, 51 of which are among the world's top "
        "500 companies. During the conference 30 key projects worth RMB 53.63 billion were signed."),
]
GOLD_WIMC24_SOME_240 = {
    (0, 240, "count"): "new", (0, 50, "count"): "new",
    (1, 3, "day"): "new", (1, 263, "count"): "changed:refined", (1, 51, "count"): "changed:refined",
    (1, 30, "count"): "new", (1, 53.63 * B, "CNY"): "new",
}


STORY_WMC22_ZH_ON_AND_OFF = [
    doc("2022-09-21", "2022世界制造业大会开幕",
        "9月20日，2022世界制造业大会在合肥开幕。本届大会采取“线上+线下”方式举办，线下参展企业400余家，"
        "线上参展企业600余家。"),
    doc("2022-09-23", "2022世界制造业大会成果丰硕",
        "2022世界制造业大会于9月23日闭幕。大会共签约项目573个，总投资4739亿元。线下参展企业412家，"
        "线上参展企业615家，累计线上浏览量超过1.5亿人次。"),
]
GOLD_WMC22_ZH_ON_AND_OFF = {
    (0, 400, "count"): "new", (0, 600, "count"): "new",
    (1, 573, "count"): "new", (1, 473.9 * B, "CNY"): "new", (1, 412, "count"): "changed:refined",
    (1, 615, "count"): "changed:refined", (1, 1.5e8, "count"): "new",
}


STORY_WIMS18_SUMMIT = [
    doc("2018-10-11", "World Intelligent Manufacturing Summit opens in Nanjing",
        "NANJING -- The 2018 World Intelligent Manufacturing Summit opened on Thursday in Nanjing, drawing more "
        "than 300 enterprises to its exhibition."),
    doc("2018-10-14", "Summit ends with deals",
        "NANJING -- The 2018 World Intelligent Manufacturing Summit ended Sunday. 336 enterprises exhibited, and "
        "a total of 66 intelligent manufacturing projects were signed, with investment totaling 65.3 billion yuan."),
    doc("2018-10-15", "Summit's results",
        "NANJING -- The World Intelligent Manufacturing Summit, held in Nanjing from Oct. 11 to 14, 2018, saw 66 "
        "projects signed with total investment of 65.3 billion yuan, organizers said."),
]
GOLD_WIMS18_SUMMIT = {
    (0, 300, "count"): "new",
    (1, 336, "count"): "changed:refined", (1, 66, "count"): "new", (1, 65.3 * B, "CNY"): "new",
    (2, 66, "count"): "known", (2, 65.3 * B, "CNY"): "known",
}


STORY_WMC25_INCLUDING_OPENING = [
    doc("2025-09-20", "Manufacturing convention opens, 132 projects signed",
        "HEFEI, Sept. 20 (Xinhua) -- The 2025 World Manufacturing Convention opened Saturday in Hefei. At the "
        "opening ceremony, 132 projects were signed with a total investment of 152.6 billion yuan."),
    doc("2025-09-24", "Manufacturing convention ends",
        "HEFEI, Sept. 24 (Xinhua) -- The 2025 World Manufacturing Convention closed Wednesday. Over its five days, "
        "608 projects were signed, with a total investment of 495.2 billion yuan, 5.0 percent more than last "
        "year."),
    doc("2025-09-25", "WMC 2025 signs 608 projects",
        "HEFEI -- 608 projects worth 495.2 billion yuan were signed during the 2025 World Manufacturing Convention, "
        "including 132 signed at the opening."),
]
GOLD_WMC25_INCLUDING_OPENING = {
    (0, 132, "count"): "new", (0, 152.6 * B, "CNY"): "new",
    (1, 5, "day"): "new", (1, 608, "count"): "new", (1, 495.2 * B, "CNY"): "new", (1, 5.0, "percent"): "new",
    (2, 608, "count"): "known", (2, 495.2 * B, "CNY"): "known", (2, 132, "count"): "known",
}


STORY_WIMC26_SIGNED_UP = [
    doc("2026-11-25", "Nanjing ready for intelligent manufacturing conference",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference will run from Nov. 26 to 28. Over 300 "
        "companies have signed up to exhibit, according to the organizing committee."),
    doc("2026-11-26", "Conference opens",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened Thursday. It has 342 exhibitors, "
        "including 47 from overseas."),
    doc("2026-11-28", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed Saturday. Its 342 exhibitors, 49 "
        "of them from overseas, met about 90,000 visitors."),
]
GOLD_WIMC26_SIGNED_UP = {
    (0, 3, "day"): "skip", (0, 300, "count"): "new",
    (1, 342, "count"): "changed:refined", (1, 47, "count"): "new",
    (2, 342, "count"): "known", (2, 49, "count"): "changed:conflict", (2, 90000, "count"): "new",
}


STORY_WMC21_ZH_ACADEMICIANS = [
    doc("2021-09-10", "世界制造业大会开幕",
        "2021世界制造业大会10日在合肥开幕。大会邀请了来自32个国家和地区的嘉宾，其中包括20余位院士。"),
    doc("2021-09-13", "世界制造业大会闭幕",
        "2021世界制造业大会13日闭幕。共有来自34个国家和地区的1500余名嘉宾参会，其中院士23位。"),
]
GOLD_WMC21_ZH_ACADEMICIANS = {
    (0, 32, "count"): "new", (0, 20, "count"): "new",
    (1, 34, "count"): "changed:conflict", (1, 1500, "count"): "new", (1, 23, "count"): "changed:refined",
}


STORY_WMC19_INVESTMENT_IN = [
    doc("2019-09-22", "World Manufacturing Convention closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed on Sunday. 536 projects with investment of 433.3 "
        "billion yuan were signed, up from 440 projects and 452.6 billion yuan at last year's convention."),
    doc("2019-09-23", "Convention review",
        "HEFEI -- Investment in the 536 projects signed at the 2019 World Manufacturing Convention totals 433.3 "
        "billion yuan."),
]
GOLD_WMC19_INVESTMENT_IN = {
    (0, 536, "count"): "new", (0, 433.3 * B, "CNY"): "new", (0, 440, "count"): "skip", (0, 452.6 * B, "CNY"): "skip",
    (1, 536, "count"): "known", (1, 433.3 * B, "CNY"): "known",
}


STORY_WMC20_EVENTS = [
    doc("2020-08-20", "WMC 2020 to be held online and offline",
        "HEFEI -- The 2020 World Manufacturing Convention will be held in Hefei from Aug. 20 to 23, combining online "
        "and offline events. Organizers plan 23 events, including 10 summits and forums."),
    doc("2020-08-23", "WMC 2020 closes",
        "HEFEI -- The 2020 World Manufacturing Convention closed on Sunday. Over four days it held 24 events, and "
        "526 projects worth 528.7 billion yuan were signed."),
]
GOLD_WMC20_EVENTS = {
    (0, 23, "count"): "new", (0, 10, "count"): "new", (0, 4, "day"): "skip",
    (1, 4, "day"): "skip", (1, 24, "count"): "changed:conflict", (1, 526, "count"): "new",
    (1, 528.7e9, "CNY"): "new",
}


STORY_WIMC24_REVISED_VISITORS = [
    doc("2024-12-01", "Intelligent manufacturing conference: 263 exhibitors",
        "NANJING -- With 263 exhibitors and more than 100,000 visitors, the 2024 World Intelligent Manufacturing "
        "Conference ended on Sunday."),
    doc("2024-12-03", "Nanjing conference drew 108,000 visitors",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference drew 108,000 visitors over three days, "
        "organizers said Tuesday, revising an earlier estimate."),
]
GOLD_WIMC24_REVISED_VISITORS = {
    (0, 263, "count"): "new", (0, 100000, "count"): "new",
    (1, 108000, "count"): "changed:refined", (1, 3, "day"): "new",
}


STORY_WMC24_XINHUA_PAIR = [
    doc("2024-09-20", "Global manufacturing leaders gather in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2024 World Manufacturing Convention kicked off on Friday in Hefei, capital of "
        "east China's Anhui Province.\n\nThe four-day convention has attracted nearly 5,000 guests, including more "
        "than 600 from abroad, said Wang Qingxian, governor of Anhui. It features 12 exhibition zones spread across "
        "70,000 square meters.\n\nMore than 500 companies are taking part in the exhibition, among them 39 Fortune "
        "Global 500 companies, he said."),
    doc("2024-09-23", "WMC 2024 concludes",
        "HEFEI, Sept. 23 (Xinhua) -- The 2024 World Manufacturing Convention closed on Monday.\n\nThe convention "
        "attracted 5,026 guests, 640 of them from overseas. A total of 546 companies took part in the exhibition, "
        "including 41 Fortune Global 500 companies. Organizers said 589 projects worth 471.8 billion yuan were "
        "signed."),
]
GOLD_WMC24_XINHUA_PAIR = {
    (0, 4, "day"): "new", (0, 5000, "count"): "new", (0, 600, "count"): "new", (0, 12, "count"): "new",
    (0, 70000, "m2"): "new", (0, 500, "count"): "new", (0, 39, "count"): "new",
    (1, 5026, "count"): "changed:conflict", (1, 640, "count"): "changed:refined", (1, 546, "count"): "changed:refined",
    (1, 41, "count"): "changed:conflict", (1, 589, "count"): "new", (1, 471.8e9, "CNY"): "new",
}


STORY_WIMC23_ZH_EN_PAIR = [
    doc("2023-12-08", "2023世界智能制造大会落幕 签约项目38个",
        "12月8日，为期三天的2023世界智能制造大会在南京落幕。大会期间，共签约重点项目38个，总金额达526亿元。"
        "展会吸引专业观众约6万人次。"),
    doc("2023-12-09", "2023 WIMC signs 38 key projects",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed in Nanjing on Friday, with 38 key "
        "projects worth 52.6 billion yuan signed. Around 60,000 professional visitors attended its exhibition."),
]
GOLD_WIMC23_ZH_EN_PAIR = {
    (0, 3, "day"): "new", (0, 38, "count"): "new", (0, 52.6e9, "CNY"): "new", (0, 60000, "count"): "new",
    (1, 38, "count"): "known", (1, 52.6e9, "CNY"): "known", (1, 60000, "count"): "known",
}


STORY_WMC19_DAY_TWO = [
    doc("2019-09-21", "Manufacturing convention sees brisk deals",
        "HEFEI -- By Saturday afternoon, the second day of the 2019 World Manufacturing Convention, 248 projects had "
        "been signed."),
    doc("2019-09-22", "World Manufacturing Convention wraps up",
        "HEFEI -- The 2019 World Manufacturing Convention wrapped up Sunday with 536 projects signed, involving "
        "investment of 433.3 billion yuan."),
    doc("2019-09-21", "Day two deals",
        "HEFEI -- On the second day of the 2019 World Manufacturing Convention, Saturday, 248 projects were signed "
        "by the afternoon."),
]
GOLD_WMC19_DAY_TWO = {
    (0, 248, "count"): "new",
    (1, 536, "count"): "changed:refined", (1, 433.3e9, "CNY"): "new",
    (2, 248, "count"): "skip",
}


STORY_WIMC25_ROBOTS = [
    doc("2025-11-27", "Intelligent manufacturing conference opens with robot show",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference opened Thursday in Nanjing with nearly "
        "1,000 robots on display across 8 halls."),
    doc("2025-11-29", "Robots steal the show in Nanjing",
        "NANJING -- Over 1,100 robots were on display at the 2025 World Intelligent Manufacturing Conference, "
        "organizers said Saturday."),
]
GOLD_WIMC25_ROBOTS = {
    (0, 1000, "count"): "new", (0, 8, "count"): "new",
    (1, 1100, "count"): "changed:conflict",
}


STORY_WIMC22_SINCE_OPENED = [
    doc("2022-11-26", "Nanjing conference draws online crowds",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference has drawn 3.2 million online viewers since it "
        "opened on Thursday, organizers said on Saturday."),
    doc("2022-11-28", "Nanjing conference ends",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference ended Sunday. Its livestreams were watched "
        "by 4.6 million viewers."),
]
GOLD_WIMC22_SINCE_OPENED = {
    (0, 3.2e6, "count"): "new",
    (1, 4.6e6, "count"): "changed:refined",
}


STORY_WMC18_A_YEAR_AFTER = [
    doc("2018-05-10", "First World Manufacturing Convention opens in Hefei",
        "HEFEI, May 10 -- The first World Manufacturing Convention opened in Hefei on Thursday. More than 3,000 "
        "guests from 60 countries and regions are attending."),
    doc("2018-05-12", "Hefei convention closes",
        "HEFEI, May 12 -- The 2018 World Manufacturing Convention closed on Saturday. 430 projects worth RMB 447 "
        "billion were signed, and the exhibition drew 130,000 visitors."),
    doc("2019-09-19", "Hefei prepares second convention",
        "HEFEI -- A year after the first World Manufacturing Convention signed 430 projects, Hefei is preparing the "
        "2019 edition, which opens Friday and expects 4,000 guests."),
]
GOLD_WMC18_A_YEAR_AFTER = {
    (0, 3000, "count"): "new", (0, 60, "count"): "new",
    (1, 430, "count"): "new", (1, 447e9, "CNY"): "new", (1, 130000, "count"): "new",
    (2, 430, "count"): "skip", (2, 4000, "count"): "new",
}


STORY_WMC24_ZH_SO_FAR = [
    doc("2024-09-21", "2024世界制造业大会首日签约",
        "2024世界制造业大会20日开幕，开幕式上集中签约重大项目126个、总投资1673亿元；截至当天下午，"
        "大会已累计签约项目180个。"),
    doc("2024-09-23", "2024世界制造业大会闭幕",
        "2024世界制造业大会23日闭幕，共签约项目589个，总投资4718亿元，其中开幕式签约126个。"),
]
GOLD_WMC24_ZH_SO_FAR = {
    (0, 126, "count"): "new", (0, 167.3e9, "CNY"): "new", (0, 180, "count"): "new",
    (1, 589, "count"): "changed:refined", (1, 471.8e9, "CNY"): "new", (1, 126, "count"): "known",
}


STORY_WIMC21_HALL_ALONE = [
    doc("2021-11-19", "Nanjing: intelligent manufacturing conference opens",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference opened Friday in Nanjing. The exhibition "
        "covers 50,000 square meters, and its intelligent equipment hall alone takes up 12,000 square meters."),
    doc("2021-11-21", "Conference closes",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference closed Sunday. Its 52,000-square-meter "
        "exhibition hosted 520 companies."),
]
GOLD_WIMC21_HALL_ALONE = {
    (0, 50000, "m2"): "new", (0, 12000, "m2"): "new",
    (1, 52000, "m2"): "changed:conflict", (1, 520, "count"): "new",
}


STORY_WMC26_ORGANIZATIONS = [
    doc("2026-09-19", "World Manufacturing Convention 2026 opens",
        "HEFEI -- The 2026 World Manufacturing Convention opened Saturday. Delegations from 45 countries and "
        "regions, and more than 60 international organizations and chambers of commerce, are attending."),
    doc("2026-09-22", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed Tuesday. It brought together delegations from 47 "
        "countries and regions and 63 international organizations."),
]
GOLD_WMC26_ORGANIZATIONS = {
    (0, 45, "count"): "new", (0, 60, "count"): "new",
    (1, 47, "count"): "changed:conflict", (1, 63, "count"): "changed:refined",
}


STORY_WIMC20_ON_SITE = [
    doc("2020-11-26", "Nanjing conference signs deals",
        "NANJING -- At the 2020 World Intelligent Manufacturing Conference, 30 key projects with a total contract "
        "amount of RMB 53.63 billion were signed on site."),
    doc("2020-11-28", "The 2020 World Intelligent Manufacturing Conference Concludes",
        "On the morning of November 28, the 2020 World Intelligent Manufacturing Conference concluded in Nanjing. "
        "30 key projects were signed on site, with a total contract amount of RMB 53.63 billion."),
]
GOLD_WIMC20_ON_SITE = {
    (0, 30, "count"): "new", (0, 53.63e9, "CNY"): "new",
    (1, 30, "count"): "known", (1, 53.63e9, "CNY"): "known",
}


STORY_WMC25_ZH_VIEWERS = [
    doc("2025-09-23", "2025世界制造业大会展会观众超10万人次",
        "记者从大会组委会获悉，截至22日，2025世界制造业大会展览累计接待观众超10万人次，线上直播观看量达2600万人次。"),
    doc("2025-09-24", "2025世界制造业大会圆满闭幕",
        "24日，2025世界制造业大会圆满闭幕。展会期间共接待观众16.8万人次，线上直播观看量3500万人次，"
        "现场交易额达12.6亿元。"),
]
GOLD_WMC25_ZH_VIEWERS = {
    (0, 100000, "count"): "new", (0, 2.6e7, "count"): "new",
    (1, 168000, "count"): "changed:refined", (1, 3.5e7, "count"): "changed:refined", (1, 1.26e9, "CNY"): "new",
}


STORY_WMC23_PREDECESSORS = [
    doc("2023-09-23", "Manufacturing deals top one trillion yuan",
        "HEFEI -- Deals signed at the 2023 World Manufacturing Convention, together with those of its four "
        "predecessors, have topped one trillion yuan, officials said. This year alone, 734 projects were signed."),
    doc("2023-09-25", "WMC 2023 review",
        "HEFEI -- Since it was first held in 2018, the World Manufacturing Convention has signed 2,700 projects "
        "with total investment of over 1.1 trillion yuan, including the 734 projects of this year's edition."),
]
GOLD_WMC23_PREDECESSORS = {
    (0, 1e12, "CNY"): "new", (0, 734, "count"): "new",
    (1, 2700, "count"): "new", (1, 1.1e12, "CNY"): "changed:refined", (1, 734, "count"): "known",
}


STORY_WMC24_ROSE_FROM = [
    doc("2024-09-23", "Hefei convention draws more exhibitors",
        "HEFEI -- The number of exhibitors at the 2024 World Manufacturing Convention rose to 546 from 517 last "
        "year, while foreign exhibitors grew to 71."),
    doc("2024-09-24", "WMC 2024 in review",
        "HEFEI -- The 2024 World Manufacturing Convention had 546 exhibitors, 68 of them from abroad, and signed 589 "
        "projects."),
]
GOLD_WMC24_ROSE_FROM = {
    (0, 546, "count"): "new", (0, 517, "count"): "skip", (0, 71, "count"): "new",
    (1, 546, "count"): "known", (1, 68, "count"): "changed:conflict", (1, 589, "count"): "new",
}


STORY_WIMC22_PROVINCE_OUTPUT = [
    doc("2022-11-24", "Nanjing hosts intelligent manufacturing conference",
        "NANJING, Nov. 24 -- The 2022 World Intelligent Manufacturing Conference opened in Nanjing on Thursday. "
        "Jiangsu's intelligent manufacturing output grew 8.6 percent year on year to 1.2 trillion yuan in 2021, "
        "officials said at the opening."),
    doc("2022-11-27", "Conference ends",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference closed on Sunday after four days with 51 "
        "projects signed, worth a total of 48.9 billion yuan."),
]
GOLD_WIMC22_PROVINCE_OUTPUT = {
    (0, 8.6, "percent"): "skip", (0, 1.2e12, "CNY"): "skip",
    (1, 4, "day"): "new", (1, 51, "count"): "new", (1, 48.9e9, "CNY"): "new",
}


STORY_WMC25_LATE_FOUND = [
    doc("2025-09-24", "WMC 2025 wraps up",
        "HEFEI, Sept. 24 (Xinhua) -- The 2025 World Manufacturing Convention wrapped up on Wednesday with 608 "
        "projects signed, involving a total investment of 495.2 billion yuan."),
    doc("2025-09-22", "Hefei convention signs 300 projects in first three days",
        "HEFEI -- In the first three days of the 2025 World Manufacturing Convention, 300 projects were signed."),
    doc("2025-09-20", "Hefei convention opens",
        "HEFEI -- The 2025 World Manufacturing Convention opened Saturday with the signing of 132 projects."),
]
GOLD_WMC25_LATE_FOUND = {
    (0, 608, "count"): "changed:refined", (0, 495.2e9, "CNY"): "new",
    (1, 300, "count"): "new",
    (2, 132, "count"): "new",
}


STORY_WIMC24_ELSEWHERE = [
    doc("2024-11-29", "WIMC 2024 opens in Nanjing",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference opened Friday in Nanjing. Meanwhile in "
        "Hefei, the World Manufacturing Convention held in September had signed 589 projects, officials noted."),
    doc("2024-12-01", "WIMC 2024 closes",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed Sunday with 30 key projects signed."),
]
GOLD_WIMC24_ELSEWHERE = {
    (0, 589, "count"): "skip",
    (1, 30, "count"): "new",
}


STORY_WMC21_CAPPED = [
    doc("2021-09-10", "2021 World Manufacturing Convention opens",
        "HEFEI -- The 2021 World Manufacturing Convention opened in Hefei on Friday. Due to COVID-19 measures, "
        "the number of on-site guests is capped at 1,500, while the online platform hosts 1,300 companies."),
    doc("2021-09-13", "WMC 2021 closes",
        "HEFEI -- The 2021 World Manufacturing Convention closed Monday. 1,326 companies joined its cloud "
        "exhibition, and 430 were exhibiting at the venue; 1,493 guests attended in person."),
]
GOLD_WMC21_CAPPED = {
    (0, 1500, "count"): "new", (0, 1300, "count"): "new",
    (1, 1326, "count"): "changed:conflict", (1, 430, "count"): "new", (1, 1493, "count"): "changed:refined",
}


STORY_WIMC19_SIX_HALLS = [
    doc("2019-10-20", "Intelligent manufacturing conference opens",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opened on Sunday in Nanjing. Its expo, "
        "covering 60,000 square meters in six halls, features 500 companies."),
    doc("2019-10-22", "Conference closes",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference closed on Tuesday. The expo's six halls "
        "totaled 60,000 square meters and hosted 512 companies, and 41 deals worth 63.5 billion yuan were signed."),
]
GOLD_WIMC19_SIX_HALLS = {
    (0, 60000, "m2"): "new", (0, 6, "count"): "new", (0, 500, "count"): "new",
    (1, 6, "count"): "known", (1, 60000, "m2"): "known", (1, 512, "count"): "changed:conflict",
    (1, 41, "count"): "new", (1, 63.5e9, "CNY"): "new",
}


STORY_WMC26_RELEASE_SAME_DAY = [
    doc("2026-09-20", "WMC 2026 opens with 140 projects",
        "HEFEI -- The 2026 World Manufacturing Convention opened Sunday in Hefei. At the opening, 140 projects "
        "worth 168.2 billion yuan were signed, and the organizers said about 5,200 guests had registered."),
    doc("2026-09-20", "2026 World Manufacturing Convention Opens in Hefei",
        "HEFEI, China, Sept. 20, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention opened in Hefei today. "
        "140 projects with a total investment of RMB168.2 billion were signed at the opening ceremony. Around 5,200 "
        "guests have registered for the event."),
    doc("2026-09-23", "WMC 2026 closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed Wednesday. 5,318 guests attended, and 622 projects "
        "worth 512.4 billion yuan were signed."),
]
GOLD_WMC26_RELEASE_SAME_DAY = {
    (0, 140, "count"): "new", (0, 168.2e9, "CNY"): "new", (0, 5200, "count"): "new",
    (1, 140, "count"): "known", (1, 168.2e9, "CNY"): "known", (1, 5200, "count"): "known",
    (2, 5318, "count"): "changed:refined", (2, 622, "count"): "new", (2, 512.4e9, "CNY"): "new",
}


STORY_WIMC20_ZH_ONLINE_HALL = [
    doc("2020-11-24", "世界智能制造大会开幕",
        "11月24日，2020世界智能制造大会在南京开幕。大会采取线上线下相结合方式，线上展馆入驻企业超过500家。"),
    doc("2020-11-27", "世界智能制造大会闭幕",
        "2020世界智能制造大会27日闭幕。线上展馆共有568家企业参展，大会现场签约项目30个，签约金额536.3亿元。"),
]
GOLD_WIMC20_ZH_ONLINE_HALL = {
    (0, 500, "count"): "new",
    (1, 568, "count"): "changed:refined", (1, 30, "count"): "new", (1, 53.63e9, "CNY"): "new",
}


STORY_WMC23_ATTENDEES_ABROAD = [
    doc("2023-09-21", "Hefei convention attracts crowds",
        "HEFEI -- About 1,200 attendees from abroad have arrived for the 2023 World Manufacturing Convention, "
        "which runs through Sunday."),
    doc("2023-09-24", "Hefei convention closes",
        "HEFEI -- The 2023 World Manufacturing Convention closed on Sunday. Overseas participants numbered 1,368."),
]
GOLD_WMC23_ATTENDEES_ABROAD = {
    (0, 1200, "count"): "new",
    (1, 1368, "count"): "changed:conflict",
}


STORY_WIMC24_FOOTFALL = [
    doc("2024-11-30", "Smart manufacturing show draws crowds",
        "NANJING -- Footfall at the 2024 World Intelligent Manufacturing Conference's exhibition passed 60,000 on "
        "its first two days, organizers said."),
    doc("2024-12-02", "Smart manufacturing show ends",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference's exhibition received 102,000 visits "
        "before closing on Sunday."),
]
GOLD_WIMC24_FOOTFALL = {
    (0, 60000, "count"): "new",
    (1, 102000, "count"): "changed:refined",
}


STORY_WMC22_DEALS_NUMBERED = [
    doc("2022-09-21", "WMC 2022: deals inked",
        "HEFEI -- Deals inked on the first day of the 2022 World Manufacturing Convention numbered 220, with a "
        "combined value of 210 billion yuan."),
    doc("2022-09-23", "WMC 2022 closes with 573 agreements",
        "HEFEI -- The 2022 World Manufacturing Convention closed Friday, with 573 agreements sealed and investment "
        "totaling 473.9 billion yuan."),
    doc("2022-09-24", "WMC 2022 final tally",
        "HEFEI -- Organizers on Saturday put the final number of projects signed at the 2022 World Manufacturing "
        "Convention at 575."),
]
GOLD_WMC22_DEALS_NUMBERED = {
    (0, 220, "count"): "new", (0, 210e9, "CNY"): "new",
    (1, 573, "count"): "new", (1, 473.9e9, "CNY"): "new",
    (2, 575, "count"): "changed:conflict",
}


STORY_WIMC25_NATIONS = [
    doc("2025-11-27", "Intelligent manufacturing conference opens",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference opened on Thursday with participants from "
        "more than 20 nations."),
    doc("2025-11-29", "Conference closes",
        "NANJING -- Representatives of 27 countries and regions took part in the 2025 World Intelligent "
        "Manufacturing Conference, which closed on Saturday."),
]
GOLD_WIMC25_NATIONS = {
    (0, 20, "count"): "new",
    (1, 27, "count"): "changed:refined",
}


STORY_WMC21_ZH_EN_TOTALS = [
    doc("2021-09-11", "世界制造业大会首日签约",
        "2021世界制造业大会10日开幕，首日集中签约项目195个，总投资2171亿元。"),
    doc("2021-09-13", "2021世界制造业大会闭幕",
        "2021世界制造业大会13日闭幕。大会共签约项目526个，总投资5279亿元。"),
    doc("2021-09-14", "2021 World Manufacturing Convention deals",
        "HEFEI -- A total of 526 projects with investment of 527.9 billion yuan were signed at the 2021 World "
        "Manufacturing Convention, which ended on Monday."),
]
GOLD_WMC21_ZH_EN_TOTALS = {
    (0, 195, "count"): "new", (0, 217.1e9, "CNY"): "new",
    (1, 526, "count"): "new", (1, 527.9e9, "CNY"): "new",
    (2, 526, "count"): "known", (2, 527.9e9, "CNY"): "known",
}


STORY_WIMC23_BUSINESSES = [
    doc("2023-12-06", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING -- More than 400 businesses are showcasing their technology at the 2023 World Intelligent "
        "Manufacturing Conference, which opened on Wednesday."),
    doc("2023-12-08", "Nanjing conference closes",
        "NANJING -- In all, 437 enterprises put their products on display at the 2023 World Intelligent "
        "Manufacturing Conference, which closed Friday."),
]
GOLD_WIMC23_BUSINESSES = {
    (0, 400, "count"): "new",
    (1, 437, "count"): "changed:refined",
}


STORY_WMC19_SPACE = [
    doc("2019-09-20", "Convention opens in Hefei",
        "HEFEI -- The 2019 World Manufacturing Convention opened on Friday. Its exhibition occupies 75,000 square "
        "meters in 10 halls."),
    doc("2019-09-22", "Convention closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed on Sunday. Its exhibition space of 78,000 square "
        "meters saw 170,000 visitors."),
]
GOLD_WMC19_SPACE = {
    (0, 75000, "m2"): "new", (0, 10, "count"): "new",
    (1, 78000, "m2"): "changed:conflict", (1, 170000, "count"): "new",
}


STORY_WIMC26_ZH_NEARLY_A_THOUSAND = [
    doc("2026-11-26", "2026世界智能制造大会开幕",
        "11月26日，2026世界智能制造大会在南京开幕，吸引了来自25个国家和地区的近千名嘉宾参会。"),
    doc("2026-11-28", "2026世界智能制造大会闭幕",
        "11月28日，2026世界智能制造大会闭幕。大会共吸引来自28个国家和地区的1100余名嘉宾。"),
]
GOLD_WIMC26_ZH_NEARLY_A_THOUSAND = {
    (0, 25, "count"): "new", (0, 1000, "count"): "new",
    (1, 28, "count"): "changed:conflict", (1, 1100, "count"): "changed:conflict",
}


STORY_WMC20_WENT_LIVE = [
    doc("2020-08-21", "Online convention in Hefei",
        "HEFEI -- The 2020 World Manufacturing Convention's cloud exhibition has hosted 6.2 million visits since it "
        "went live on Thursday."),
    doc("2020-08-23", "Convention closes",
        "HEFEI -- The cloud exhibition of the 2020 World Manufacturing Convention logged 15.3 million visits in "
        "total, organizers said as the event closed on Sunday."),
]
GOLD_WMC20_WENT_LIVE = {
    (0, 6.2e6, "count"): "new",
    (1, 15.3e6, "count"): "changed:refined",
}


STORY_WMC24_DAY_ONE = [
    doc("2024-09-20", "WMC 2024: over 100 projects on day one",
        "HEFEI -- Over 100 projects were signed on the opening day of the 2024 World Manufacturing Convention."),
    doc("2024-09-21", "WMC 2024 day one signings",
        "HEFEI -- Organizers said 126 projects were signed at the opening of the 2024 World Manufacturing Convention "
        "on Friday."),
]
GOLD_WMC24_DAY_ONE = {
    (0, 100, "count"): "new",
    (1, 126, "count"): "changed:refined",
}


STORY_WMC24_PUBLIC_DAY = [
    doc("2024-09-21", "Hefei convention: visitors flock to expo",
        "HEFEI -- The expo of the 2024 World Manufacturing Convention welcomed 52,000 visitors on Saturday, its "
        "first public day, organizers said."),
    doc("2024-09-24", "WMC 2024 ends",
        "HEFEI -- The 2024 World Manufacturing Convention ended Monday. Its expo received 210,000 visitors over "
        "four days."),
]
GOLD_WMC24_PUBLIC_DAY = {
    (0, 52000, "count"): "new",
    (1, 210000, "count"): "new", (1, 4, "day"): "new",
}


STORY_WMC23_ONE_PLANT = [
    doc("2023-09-22", "Chip plant deal signed at Hefei convention",
        "HEFEI -- A 22-billion-yuan semiconductor plant was among the deals signed on Thursday at the 2023 World "
        "Manufacturing Convention. The plant will employ 3,000 workers."),
    doc("2023-09-24", "Convention closes",
        "HEFEI -- The 2023 World Manufacturing Convention closed Sunday with 734 projects worth 449.79 billion yuan "
        "signed."),
]
GOLD_WMC23_ONE_PLANT = {
    (0, 22e9, "CNY"): "new", (0, 3000, "count"): "new",
    (1, 734, "count"): "new", (1, 449.79e9, "CNY"): "new",
}


STORY_WIMC25_PROVINCE_FIRMS = [
    doc("2025-11-28", "Jiangsu firms shine at Nanjing conference",
        "NANJING -- Jiangsu has more than 2,000 smart factories, and 180 of its companies are exhibiting at the "
        "2025 World Intelligent Manufacturing Conference, officials said."),
    doc("2025-11-30", "Nanjing conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Sunday, with 520 exhibitors."),
]
GOLD_WIMC25_PROVINCE_FIRMS = {
    (0, 2000, "count"): "skip", (0, 180, "count"): "new",
    (1, 520, "count"): "new",
}


STORY_WMC22_MAIN_FORUM = [
    doc("2022-09-20", "Opening forum draws leaders",
        "HEFEI -- The main forum of the 2022 World Manufacturing Convention on Tuesday drew some 800 guests, "
        "including ministers and CEOs."),
    doc("2022-09-23", "Convention ends",
        "HEFEI -- The 2022 World Manufacturing Convention ended on Friday. It brought together 4,200 guests from "
        "home and abroad."),
]
GOLD_WMC22_MAIN_FORUM = {
    (0, 800, "count"): "new",
    (1, 4200, "count"): "new",
}


STORY_WIMC24_CITY_OUTPUT = [
    doc("2024-12-02", "Nanjing's intelligent manufacturing push",
        "NANJING -- Nanjing's intelligent manufacturing industry reached an output of 350 billion yuan last year, "
        "the city said during the 2024 World Intelligent Manufacturing Conference, which signed 30 projects."),
    doc("2024-12-03", "Conference results",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference signed 30 key projects with a total "
        "contract value of 53.63 billion yuan."),
]
GOLD_WIMC24_CITY_OUTPUT = {
    (0, 350e9, "CNY"): "skip", (0, 30, "count"): "new",
    (1, 30, "count"): "known", (1, 53.63e9, "CNY"): "new",
}


STORY_WMC21_FORUMS_SO_FAR = [
    doc("2021-09-11", "Forums held at WMC 2021",
        "HEFEI -- The 2021 World Manufacturing Convention hosted 6 forums on its second day, bringing the number of "
        "forums held so far to 11."),
    doc("2021-09-13", "WMC 2021 wraps up",
        "HEFEI -- The 2021 World Manufacturing Convention wrapped up Monday after holding 15 forums."),
]
GOLD_WMC21_FORUMS_SO_FAR = {
    (0, 6, "count"): "new", (0, 11, "count"): "new",
    (1, 15, "count"): "changed:refined",
}


STORY_WMC19_ZH_ZONES = [
    doc("2019-09-21", "2019世界制造业大会 合肥高新区签约",
        "在2019世界制造业大会上，合肥高新区签约项目28个，总投资326亿元。"),
    doc("2019-09-22", "2019世界制造业大会闭幕",
        "2019世界制造业大会22日闭幕，共签约项目536个，总投资4471亿元。"),
    doc("2019-09-23", "合肥经开区签约",
        "在2019世界制造业大会上，合肥经开区签约项目31个，总投资289亿元。"),
]
GOLD_WMC19_ZH_ZONES = {
    (0, 28, "count"): "new", (0, 32.6e9, "CNY"): "new",
    (1, 536, "count"): "new", (1, 447.1e9, "CNY"): "new",
    (2, 31, "count"): "new", (2, 28.9e9, "CNY"): "new",
}


STORY_WIMC26_ROBOT_MAKERS = [
    doc("2026-11-27", "Robot makers at Nanjing conference",
        "NANJING -- Some 60 robot makers are among the exhibitors at the 2026 World Intelligent Manufacturing "
        "Conference, showing more than 300 robots."),
    doc("2026-11-28", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed Saturday. Its 580 exhibitors "
        "included 64 robot makers."),
]
GOLD_WIMC26_ROBOT_MAKERS = {
    (0, 60, "count"): "new", (0, 300, "count"): "new",
    (1, 580, "count"): "new", (1, 64, "count"): "changed:refined",  # (the robot makers, a measure of their own)
}


STORY_WIMC20_CITIES = [
    doc("2020-11-25", "Conference signs deals for Jiangsu",
        "NANJING -- At the 2020 World Intelligent Manufacturing Conference, Suzhou signed 12 projects worth 18 "
        "billion yuan and Wuxi signed 8 projects worth 9.6 billion yuan."),
    doc("2020-11-28", "Conference concludes",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference concluded Saturday. 30 key projects were "
        "signed on site, with a total contract amount of RMB 53.63 billion."),
]
GOLD_WIMC20_CITIES = {
    (0, 12, "count"): "new", (0, 18e9, "CNY"): "new", (0, 8, "count"): "new", (0, 9.6e9, "CNY"): "new",
    (1, 30, "count"): "new", (1, 53.63e9, "CNY"): "new",
}


STORY_WMC25_HALLS = [
    doc("2025-09-21", "Hefei convention's hall of new energy vehicles",
        "HEFEI -- The new energy vehicle hall at the 2025 World Manufacturing Convention covers 15,000 square "
        "meters and hosts 45 companies."),
    doc("2025-09-22", "Smart manufacturing hall",
        "HEFEI -- The smart manufacturing hall at the 2025 World Manufacturing Convention covers 12,000 square "
        "meters and hosts 60 companies."),
    doc("2025-09-24", "WMC 2025 closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed. Its exhibition covered 80,000 square meters and "
        "hosted 538 companies."),
]
GOLD_WMC25_HALLS = {
    (0, 15000, "m2"): "new", (0, 45, "count"): "new",
    (1, 12000, "m2"): "new", (1, 60, "count"): "new",
    (2, 80000, "m2"): "new", (2, 538, "count"): "new",
}


STORY_WIMC24_ZH_NEARLY = [
    doc("2024-11-29", "2024世界智能制造大会开幕",
        "11月29日，2024世界智能制造大会在南京国际博览中心开幕。本届大会展览面积达4.5万平方米，"
        "近250家企业参展，其中世界500强企业近50家。"),
    doc("2024-12-01", "2024世界智能制造大会闭幕",
        "12月1日，为期三天的2024世界智能制造大会落下帷幕。大会共吸引263家企业参展，其中世界500强企业51家，"
        "现场签约重点项目30个，签约金额536.3亿元。"),
]
GOLD_WIMC24_ZH_NEARLY = {
    (0, 45000, "m2"): "new", (0, 250, "count"): "new", (0, 50, "count"): "new",
    (1, 3, "day"): "new", (1, 263, "count"): "changed:conflict", (1, 51, "count"): "changed:conflict",
    (1, 30, "count"): "new", (1, 53.63e9, "CNY"): "new",
}


STORY_WMC25_ZH_HALLS = [
    doc("2025-09-20", "2025世界制造业大会在合肥开幕",
        "9月20日，2025世界制造业大会在合肥滨湖国际会展中心开幕。大会以“智造世界·创造美好”为主题，"
        "设置12个展馆，展览面积7.5万平方米，吸引了来自30多个国家和地区的500余家企业参展。"),
    doc("2025-09-24", "2025世界制造业大会闭幕",
        "9月24日，2025世界制造业大会闭幕。据统计，大会共有538家企业参展，来自32个国家和地区，"
        "展会累计接待观众22万人次。"),
]
GOLD_WMC25_ZH_HALLS = {
    (0, 12, "count"): "new", (0, 75000, "m2"): "new", (0, 30, "count"): "new", (0, 500, "count"): "new",
    (1, 538, "count"): "changed:refined", (1, 32, "count"): "changed:refined", (1, 220000, "count"): "new",
}


STORY_WMC23_OPENING_FOREIGN = [
    doc("2023-09-20", "世界制造业大会开幕式签约",
        "20日上午，2023世界制造业大会开幕式暨主旨论坛举行，现场集中签约项目86个，总投资1270.3亿元，"
        "其中外资项目13个。"),
    doc("2023-09-21", "Opening deals at WMC 2023",
        "HEFEI -- At the opening ceremony of the 2023 World Manufacturing Convention on Wednesday, 86 projects "
        "worth 127.03 billion yuan were signed, 13 of them foreign-funded."),
]
GOLD_WMC23_OPENING_FOREIGN = {
    (0, 86, "count"): "new", (0, 127.03e9, "CNY"): "new", (0, 13, "count"): "new",
    (1, 86, "count"): "known", (1, 127.03e9, "CNY"): "known", (1, 13, "count"): "known",
}


STORY_WIMC22_ZH_ONLINE_SO_FAR = [
    doc("2022-11-25", "2022世界智能制造大会：线上参会人数创新高",
        "截至25日中午，2022世界智能制造大会线上参会人数已超过200万人次。"),
    doc("2022-11-27", "2022世界智能制造大会闭幕",
        "2022世界智能制造大会27日闭幕，大会线上参会人数达350万人次，线下参会嘉宾1500余人。"),
]
GOLD_WIMC22_ZH_ONLINE_SO_FAR = {
    (0, 2e6, "count"): "new",
    (1, 3.5e6, "count"): "changed:refined", (1, 1500, "count"): "new",
}


STORY_WMC18_ZH_LAST_YEAR = [
    doc("2018-05-11", "2018世界制造业大会签约",
        "2018世界制造业大会10日在合肥开幕，开幕当天签约项目120个，投资额达1800亿元。"),
    doc("2018-05-13", "2018世界制造业大会闭幕",
        "2018世界制造业大会12日闭幕。大会期间共签约项目430个，总投资4471亿元。"),
    doc("2019-09-19", "2019世界制造业大会将开幕",
        "2019世界制造业大会将于20日开幕。去年的大会共签约项目430个，总投资4471亿元。"),
]
GOLD_WMC18_ZH_LAST_YEAR = {
    (0, 120, "count"): "new", (0, 180e9, "CNY"): "new",
    (1, 430, "count"): "new", (1, 447.1e9, "CNY"): "new",
    (2, 430, "count"): "skip", (2, 447.1e9, "CNY"): "skip",
}


STORY_WIMC21_ZH_EXPERTS = [
    doc("2021-11-19", "2021世界智能制造大会开幕",
        "19日，2021世界智能制造大会在南京开幕。本次大会邀请了18位院士、300余位专家学者。"),
    doc("2021-11-21", "2021世界智能制造大会闭幕",
        "21日，2021世界智能制造大会闭幕。大会期间，26位院士和320位专家学者发表演讲。"),
]
GOLD_WIMC21_ZH_EXPERTS = {
    (0, 18, "count"): "new", (0, 300, "count"): "new",
    (1, 26, "count"): "changed:conflict", (1, 320, "count"): "changed:refined",
}


STORY_WMC26_ZH_DAY_TWO = [
    doc("2026-09-22", "2026世界制造业大会第二天",
        "2026世界制造业大会进入第二天。截至21日17时，展会已接待观众8.6万人次，签约项目累计达到310个。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "2026世界制造业大会23日闭幕。展会共接待观众18.2万人次，大会共签约项目622个，总投资5124亿元。"),
]
GOLD_WMC26_ZH_DAY_TWO = {
    (0, 86000, "count"): "new", (0, 310, "count"): "new",
    (1, 182000, "count"): "changed:refined", (1, 622, "count"): "changed:refined", (1, 512.4e9, "CNY"): "new",
}


STORY_WMC20_ZH_CLOUD_SIGNING = [
    doc("2020-08-21", "2020世界制造业大会“云签约”",
        "2020世界制造业大会20日开幕，采取“云签约”方式集中签约项目116个，总投资1527亿元。"),
    doc("2020-08-23", "2020世界制造业大会闭幕",
        "23日，2020世界制造业大会闭幕。大会共签约项目526个，总投资5287亿元，其中“云签约”项目116个。"),
]
GOLD_WMC20_ZH_CLOUD_SIGNING = {
    (0, 116, "count"): "new", (0, 152.7e9, "CNY"): "new",
    (1, 526, "count"): "new", (1, 528.7e9, "CNY"): "new", (1, 116, "count"): "skip",
}


STORY_WIMC19_ZH_PARALLEL = [
    doc("2019-10-20", "2019世界智能制造大会开幕",
        "10月20日，2019世界智能制造大会在南京开幕，为期3天。大会设置1场主论坛、12场平行论坛。"),
    doc("2019-10-22", "2019世界智能制造大会闭幕",
        "2019世界智能制造大会22日闭幕。大会期间共举办主论坛1场、平行论坛15场。"),
]
GOLD_WIMC19_ZH_PARALLEL = {
    (0, 3, "day"): "new", (0, 1, "count"): "skip", (0, 12, "count"): "new",
    (1, 1, "count"): "skip", (1, 15, "count"): "changed:conflict",
}


STORY_WMC24_ZH_OVERSEAS = [
    doc("2024-09-22", "2024世界制造业大会 境外嘉宾",
        "参加2024世界制造业大会的境外嘉宾超过600人，来自40多个国家和地区。"),
    doc("2024-09-24", "2024世界制造业大会闭幕",
        "2024世界制造业大会闭幕。大会共邀请境内外嘉宾5026人，其中境外嘉宾640人，来自43个国家和地区。"),
]
GOLD_WMC24_ZH_OVERSEAS = {
    (0, 600, "count"): "new", (0, 40, "count"): "new",
    (1, 5026, "count"): "new", (1, 640, "count"): "changed:refined", (1, 43, "count"): "changed:refined",
}


STORY_WMC23_TWO_COPIES = [
    doc("2023-09-25", "Hefei Hosts 2023 World Manufacturing Convention: Industry Titans Convene in Anhui",
        "HEFEI, China, Sept. 25, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention drew to a close in "
        "Hefei. Over its four days, the event hosted 517 exhibitors and 38 events, and 734 projects with total "
        "investment of 449.79 billion yuan were signed.\n\nSince 2018, the convention has signed more than 2,600 "
        "projects, with cumulative investment surpassing one trillion yuan (approx. U$150 billion)."),
    doc("2023-09-25", "Hefei Hosts 2023 World Manufacturing Convention: Industry Titans Convene in Anhui",
        "HEFEI, China, Sept. 25, 2023 /PRNewswire/ -- The 2023 World Manufacturing Convention drew to a close in "
        "Hefei. Over its four days, the event hosted 517 exhibitors and 38 events, and 734 projects with total "
        "investment of 449.79 billion yuan were signed.\n\nSince 2018, the convention has signed more than 2,600 "
        "projects, with cumulative investment surpassing one trillion yuan (approx. U$150 billion).\n\nSOURCE 2023 World Manufacturing Convention"),
    doc("2023-09-27", "Convention totals revised",
        "HEFEI -- Organizers of the 2023 World Manufacturing Convention said Wednesday that 741 projects had been "
        "signed, revising the earlier count."),
]
GOLD_WMC23_TWO_COPIES = {
    # two copies of one release on one day: which is the original is decided by article id (no time of day)
    (0, 4, "day"): "known", (0, 517, "count"): "known", (0, 38, "count"): "known", (0, 734, "count"): "known",
    (0, 449.79e9, "CNY"): "known", (0, 2600, "count"): "known", (0, 1e12, "CNY"): "known", (0, 150e9, "USD"): "skip",
    (1, 4, "day"): "new", (1, 517, "count"): "new", (1, 38, "count"): "new", (1, 734, "count"): "new",
    (1, 449.79e9, "CNY"): "new", (1, 2600, "count"): "new", (1, 1e12, "CNY"): "new", (1, 150e9, "USD"): "skip",
    (2, 741, "count"): "changed:conflict",
}


STORY_WIMC24_COPY_ADDS = [
    doc("2024-12-01", "WIMC 2024: 30 projects signed",
        "NANJING -- Thirty key projects with a total contract amount of 53.63 billion yuan were signed at the 2024 "
        "World Intelligent Manufacturing Conference, which ended Sunday."),
    doc("2024-12-01", "Nanjing conference signs 30 projects worth 53.6 bln yuan",
        "NANJING -- Thirty key projects with a total contract amount of 53.63 billion yuan were signed at the 2024 "
        "World Intelligent Manufacturing Conference, which ended Sunday. The conference also released 12 "
        "achievements in intelligent manufacturing."),
]
GOLD_WIMC24_COPY_ADDS = {
    (0, 30, "count"): "new", (0, 53.63e9, "CNY"): "new",
    (1, 30, "count"): "known", (1, 53.63e9, "CNY"): "known", (1, 12, "count"): "new",
}


STORY_WMC25_FOREIGN_MEDIA = [
    doc("2025-09-24", "WMC 2025 closes: 608 projects, 495.2 bln yuan",
        "HEFEI -- The 2025 World Manufacturing Convention closed Wednesday. A total of 608 projects were signed, "
        "involving investment of 495.2 billion yuan, while 538 companies from 32 countries and regions exhibited."),
    doc("2025-09-26", "Foreign media on WMC 2025",
        "LONDON -- Coverage of China's 2025 World Manufacturing Convention, where some 600 deals were signed, "
        "focused on its robots."),
]
GOLD_WMC25_FOREIGN_MEDIA = {
    (0, 608, "count"): "new", (0, 495.2e9, "CNY"): "new", (0, 538, "count"): "new", (0, 32, "count"): "new",
    (1, 600, "count"): "known",
}


STORY_WIMC22_PLUS = [
    doc("2022-11-24", "WIMC 2022 opens",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference opened Thursday, gathering 1,000-plus "
        "guests in person and online."),
    doc("2022-11-27", "WIMC 2022 closes",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference closed Sunday. In total 1,260 guests took "
        "part in person and online."),
]
GOLD_WIMC22_PLUS = {
    (0, 1000, "count"): "new",
    (1, 1260, "count"): "changed:refined",
}


STORY_WMC21_OR_ABOUT_DOLLARS = [
    doc("2021-09-13", "WMC 2021 results",
        "HEFEI -- The 2021 World Manufacturing Convention, which ended Monday, signed 526 projects. Their total "
        "investment stands at 527.9 billion yuan, or about 81.7 billion U.S. dollars."),
    doc("2021-09-15", "WMC 2021 investment in dollars",
        "HEFEI -- Projects signed at the 2021 World Manufacturing Convention carry investment of 81.8 billion "
        "U.S. dollars, officials said."),
]
GOLD_WMC21_OR_ABOUT_DOLLARS = {
    (0, 526, "count"): "new", (0, 527.9e9, "CNY"): "new", (0, 81.7e9, "USD"): "skip",
    (1, 81.8e9, "USD"): "known",
}


STORY_WIMC26_UP_FROM = [
    doc("2026-11-28", "Nanjing conference closes with record deals",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed Saturday with 41 projects worth 61.2 "
        "billion yuan signed, a record for the event. Last year, 35 projects worth 48.5 billion yuan were signed."),
    doc("2026-11-29", "Conference deals",
        "NANJING -- Forty-one projects valued at 61.2 billion yuan were signed at this year's World Intelligent "
        "Manufacturing Conference in Nanjing, up from 35 last year."),
]
GOLD_WIMC26_UP_FROM = {
    (0, 41, "count"): "new", (0, 61.2e9, "CNY"): "new", (0, 35, "count"): "skip", (0, 48.5e9, "CNY"): "skip",
    (1, 41, "count"): "known", (1, 61.2e9, "CNY"): "known", (1, 35, "count"): "skip",
}


STORY_WMC20_CLOUD_COMPANIES = [
    doc("2020-08-20", "WMC 2020 opens online",
        "HEFEI -- The 2020 World Manufacturing Convention opened online Thursday. Its cloud exhibition features "
        "more than 200 companies."),
    doc("2020-08-23", "WMC 2020 closes",
        "HEFEI -- The 2020 World Manufacturing Convention closed Sunday. A total of 221 companies exhibited on its "
        "cloud platform, which drew 15.3 million visits."),
]
GOLD_WMC20_CLOUD_COMPANIES = {
    (0, 200, "count"): "new",
    (1, 221, "count"): "changed:refined", (1, 15.3e6, "count"): "new",
}


STORY_WIMC19_SPEAKERS = [
    doc("2019-10-21", "Intelligent manufacturing conference in Nanjing",
        "NANJING -- Nearly 100 top-level speakers are addressing the 2019 World Intelligent Manufacturing "
        "Conference, which opened on Sunday."),
    doc("2019-10-22", "Nanjing conference closes",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference closed on Tuesday after speeches by 96 "
        "speakers from 15 countries."),
]
GOLD_WIMC19_SPEAKERS = {
    (0, 100, "count"): "new",
    (1, 96, "count"): "changed:refined", (1, 15, "count"): "new",
}


STORY_WMC24_ZONES = [
    doc("2024-09-20", "WMC 2024 exhibition opens",
        "HEFEI -- The exhibition of the 2024 World Manufacturing Convention opened Friday with 12 themed zones "
        "covering about 70,000 square meters."),
    doc("2024-09-23", "WMC 2024 exhibition closes",
        "HEFEI -- The 2024 World Manufacturing Convention's exhibition, which spanned 72,000 square meters and 11 "
        "zones, closed Monday."),
]
GOLD_WMC24_ZONES = {
    (0, 12, "count"): "new", (0, 70000, "m2"): "new",
    (1, 72000, "m2"): "changed:refined", (1, 11, "count"): "changed:conflict",
}


STORY_WMC24_RMB_BN = [
    doc("2024-09-23", "WMC 2024 inks RMB471.8bn in deals",
        "HEFEI -- The 2024 World Manufacturing Convention closed with 589 projects signed, involving investment of "
        "RMB471.8bn ($66.5bn)."),
    doc("2024-09-24", "Hefei convention tallies deals",
        "HEFEI -- Deals at the 2024 World Manufacturing Convention involve investment of 471.8 billion yuan across "
        "589 projects, organizers said."),
]
GOLD_WMC24_RMB_BN = {
    (0, 589, "count"): "new", (0, 471.8e9, "CNY"): "new", (0, 66.5e9, "USD"): "skip",
    (1, 471.8e9, "CNY"): "known", (1, 589, "count"): "known",
}


STORY_WIMC25_PLUS_SIGN = [
    doc("2025-11-30", "Nanjing conference: 1,200+ guests",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Sunday with 1,200+ guests and 40 "
        "projects worth 60.5 bln yuan signed."),
    doc("2025-12-01", "Nanjing conference figures",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference attracted 1,236 guests and signed 40 "
        "projects worth 60.5 billion yuan."),
]
GOLD_WIMC25_PLUS_SIGN = {
    (0, 1200, "count"): "new", (0, 40, "count"): "new", (0, 60.5e9, "CNY"): "new",
    (1, 1236, "count"): "changed:refined", (1, 40, "count"): "known", (1, 60.5e9, "CNY"): "known",
}


STORY_WMC22_NOT_AS_REPORTED = [
    doc("2022-09-23", "WMC 2022 results",
        "HEFEI -- The 2022 World Manufacturing Convention closed Friday with 573 projects signed. Editor's note: "
        "this story has been updated."),
    doc("2022-09-24", "Correction: WMC 2022 results",
        "HEFEI -- Correction: The 2022 World Manufacturing Convention signed 578 projects, not 573 as reported "
        "earlier."),
]
GOLD_WMC22_NOT_AS_REPORTED = {
    (0, 573, "count"): "new",
    (1, 578, "count"): "changed:conflict",
}


STORY_WMC23_ABOUT_THEN_MORE_THAN = [
    doc("2023-09-22", "Anhui: 5,000 guests at convention",
        "HEFEI -- About 5,000 guests, including 800 from abroad, are attending the 2023 World Manufacturing "
        "Convention."),
    doc("2023-09-25", "WMC 2023 wraps",
        "HEFEI -- The 2023 World Manufacturing Convention wrapped up. It attracted more than 4,800 guests, about "
        "600 of them from overseas."),
]
GOLD_WMC23_ABOUT_THEN_MORE_THAN = {
    (0, 5000, "count"): "new", (0, 800, "count"): "new",
    (1, 4800, "count"): "known", (1, 600, "count"): "changed:conflict",
}


STORY_WIMC21_EXCEEDS = [
    doc("2021-11-20", "WIMC 2021 deals",
        "NANJING -- A total of 85 projects with total investment of 101.6 billion yuan were signed at the 2021 World "
        "Intelligent Manufacturing Conference."),
    doc("2021-11-21", "WIMC 2021: 85 projects, 101.6 billion yuan",
        "NANJING -- Investment in the 85 projects signed at the 2021 World Intelligent Manufacturing Conference "
        "exceeds 100 billion yuan."),
]
GOLD_WIMC21_EXCEEDS = {
    (0, 85, "count"): "new", (0, 101.6e9, "CNY"): "new",
    (1, 85, "count"): "known", (1, 101.6e9, "CNY"): "known", (1, 100e9, "CNY"): "known",
}


STORY_WMC26_DAY_BATCHES = [
    doc("2026-09-21", "Convention day two",
        "HEFEI -- On the second day of the 2026 World Manufacturing Convention, 96 projects were signed, worth 88.3 "
        "billion yuan."),
    doc("2026-09-22", "Convention day three",
        "HEFEI -- On the third day of the 2026 World Manufacturing Convention, 112 projects were signed, worth 95.1 "
        "billion yuan."),
]
GOLD_WMC26_DAY_BATCHES = {
    (0, 96, "count"): "new", (0, 88.3e9, "CNY"): "new",
    (1, 112, "count"): "new", (1, 95.1e9, "CNY"): "new",
}


STORY_WIMC20_ZH_THEN_EN = [
    doc("2020-11-26", "2020世界智能制造大会 观众",
        "2020世界智能制造大会展览吸引观众超5万人次。"),
    doc("2020-11-28", "2020 World Intelligent Manufacturing Conference wraps",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference wrapped up on Saturday. Its exhibition drew "
        "56,000 visitors despite epidemic controls."),
]
GOLD_WIMC20_ZH_THEN_EN = {
    (0, 50000, "count"): "new",
    (1, 56000, "count"): "changed:refined",
}


STORY_WMC19_OVERSEAS_TOTALED = [
    doc("2019-09-20", "Hefei convention opening signs 1.2k",
        "HEFEI -- The 2019 World Manufacturing Convention opened Friday. About 1,200 overseas guests are "
        "attending, organizers said."),
    doc("2019-09-22", "Convention closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed Sunday. Overseas guests totaled 1,267."),
]
GOLD_WMC19_OVERSEAS_TOTALED = {
    (0, 1200, "count"): "new",
    (1, 1267, "count"): "changed:refined",
}


STORY_WMC25_PREMIERES = [
    doc("2025-09-21", "Hefei convention features 3,000 products",
        "HEFEI -- More than 3,000 products, including 300 debuting worldwide, are on display at the 2025 World "
        "Manufacturing Convention."),
    doc("2025-09-24", "Convention closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed with 3,250 products displayed, 318 of them "
        "world premieres."),
]
GOLD_WMC25_PREMIERES = {
    (0, 3000, "count"): "new", (0, 300, "count"): "new",
    (1, 3250, "count"): "changed:refined", (1, 318, "count"): "changed:conflict",
}


STORY_WMC25_HIT_A_RECORD = [
    doc("2025-09-22", "WMC 2025: officials upbeat",
        "HEFEI -- \"We have already signed more than 400 projects,\" an Anhui official told reporters on Monday at "
        "the 2025 World Manufacturing Convention."),
    doc("2025-09-24", "WMC 2025 closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed Wednesday. The number of projects signed hit a "
        "record 608."),
]
GOLD_WMC25_HIT_A_RECORD = {
    (0, 400, "count"): "new",
    (1, 608, "count"): "changed:refined",
}


STORY_WMC24_SIX_CONVENTIONS = [
    doc("2024-09-25", "A look back at six conventions",
        "HEFEI -- The World Manufacturing Convention has grown steadily. In 2019 it signed 536 projects; in 2020, "
        "526; in 2021, 526; in 2022, 573; in 2023, 734; and this year, 589."),
    doc("2024-09-26", "WMC 2024 final numbers",
        "HEFEI -- The 2024 World Manufacturing Convention signed 589 projects with investment of 471.8 billion "
        "yuan."),
]
GOLD_WMC24_SIX_CONVENTIONS = {
    (0, 536, "count"): "skip", (0, 526, "count"): "skip", (0, 573, "count"): "skip", (0, 734, "count"): "skip",
    (0, 589, "count"): "new",
    (1, 589, "count"): "known", (1, 471.8e9, "CNY"): "new",
}


STORY_WIMC23_ZH_WORDS = [
    doc("2023-12-06", "2023世界智能制造大会开幕",
        "2023世界智能制造大会6日在南京开幕，五百余家企业参展。"),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "2023世界智能制造大会8日闭幕，参展企业共计537家。"),
]
GOLD_WIMC23_ZH_WORDS = {
    (0, 500, "count"): "new",
    (1, 537, "count"): "changed:refined",
}


STORY_WMC22_CLOSE_TO = [
    doc("2022-09-22", "Hefei convention deals near 300 billion",
        "HEFEI -- Investment in projects signed so far at the 2022 World Manufacturing Convention is close to 300 "
        "billion yuan, organizers said on Thursday."),
    doc("2022-09-23", "WMC 2022 ends",
        "HEFEI -- The 2022 World Manufacturing Convention ended Friday with 573 projects signed, involving a total "
        "investment of 473.9 billion yuan."),
]
GOLD_WMC22_CLOSE_TO = {
    (0, 300e9, "CNY"): "new",
    (1, 573, "count"): "new", (1, 473.9e9, "CNY"): "changed:refined",
}


STORY_WIMC26_INLINE_LABELS = [
    doc("2026-11-26", "Nanjing conference opens",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened Thursday. Visitors: about 30,000 "
        "expected daily; exhibitors: 580; forums: 24."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed Saturday with 592 exhibitors and 26 "
        "forums."),
]
GOLD_WIMC26_INLINE_LABELS = {
    (0, 30000, "count"): "new", (0, 580, "count"): "new", (0, 24, "count"): "new",
    (1, 592, "count"): "changed:conflict", (1, 26, "count"): "changed:conflict",
}


STORY_WMC21_MORE_THAN_DOUBLE = [
    doc("2021-09-12", "Hefei convention: more than double",
        "HEFEI -- Foreign-funded projects at the 2021 World Manufacturing Convention numbered 95, more than double "
        "last year's 41."),
    doc("2021-09-13", "Convention closes",
        "HEFEI -- The 2021 World Manufacturing Convention closed with 526 projects signed, 97 of them "
        "foreign-funded."),
]
GOLD_WMC21_MORE_THAN_DOUBLE = {
    (0, 95, "count"): "new", (0, 41, "count"): "skip",
    (1, 526, "count"): "new", (1, 97, "count"): "changed:conflict",
}


STORY_WIMC19_WORDS_AND = [
    doc("2019-10-20", "Nanjing hosts conference",
        "NANJING -- Five hundred and twelve companies are exhibiting at the 2019 World Intelligent Manufacturing "
        "Conference, which opened on Sunday."),
    doc("2019-10-22", "Conference ends",
        "NANJING -- A total of 530 companies exhibited at the 2019 World Intelligent Manufacturing Conference."),
]
GOLD_WIMC19_WORDS_AND = {
    (0, 512, "count"): "new",
    (1, 530, "count"): "changed:conflict",
}


STORY_WMC20_BY_SATURDAY = [
    doc("2020-08-22", "WMC 2020 online visits",
        "HEFEI -- Online visits to the 2020 World Manufacturing Convention's cloud exhibition reached 10 million by "
        "Saturday afternoon."),
    doc("2020-08-23", "WMC 2020 online visits final",
        "HEFEI -- Visits to the cloud exhibition of the 2020 World Manufacturing Convention totaled 15.3 million."),
]
GOLD_WMC20_BY_SATURDAY = {
    (0, 10e6, "count"): "new",
    (1, 15.3e6, "count"): "changed:refined",
}


STORY_WIMC24_DOZEN_SUB_FORUMS = [
    doc("2024-11-29", "WIMC 2024 forums",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference features one main forum and a dozen "
        "sub-forums."),
    doc("2024-12-01", "WIMC 2024 closes",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed Sunday after 14 sub-forums."),
]
GOLD_WIMC24_DOZEN_SUB_FORUMS = {
    (0, 1, "count"): "skip", (0, 12, "count"): "new",
    (1, 14, "count"): "changed:conflict",
}


STORY_WMC18_AREA = [
    doc("2018-05-10", "First World Manufacturing Convention",
        "HEFEI -- The first World Manufacturing Convention opened in Hefei on Thursday with an exhibition area of "
        "60,000 square meters."),
    doc("2018-05-12", "Convention ends",
        "HEFEI -- The World Manufacturing Convention 2018 closed Saturday. The exhibition covered 65,000 square "
        "meters and received 130,000 visitors."),
]
GOLD_WMC18_AREA = {
    (0, 60000, "m2"): "new",
    (1, 65000, "m2"): "changed:conflict", (1, 130000, "count"): "new",
}


STORY_WIMC25_IN_ALL = [
    doc("2025-11-27", "World Intelligent Manufacturing Conference opens",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference got under way on Thursday, with an "
        "estimated 2,000 delegates in attendance."),
    doc("2025-11-29", "Conference wraps up",
        "NANJING -- Delegates to the 2025 World Intelligent Manufacturing Conference, 2,180 in all, wrapped up "
        "three days of talks on Saturday."),
]
GOLD_WIMC25_IN_ALL = {
    (0, 2000, "count"): "new",
    (1, 2180, "count"): "changed:refined", (1, 3, "day"): "new",
}


STORY_WMC24_EXHIBITORS_NUMBER = [
    doc("2024-09-21", "Expo halls busy at Hefei convention",
        "HEFEI -- Exhibitors at the 2024 World Manufacturing Convention number more than 540, spread across 12 "
        "exhibition zones."),
    doc("2024-09-23", "Convention in numbers",
        "HEFEI -- There were 546 exhibitors at the 2024 World Manufacturing Convention, which closed Monday."),
]
GOLD_WMC24_EXHIBITORS_NUMBER = {
    (0, 540, "count"): "new", (0, 12, "count"): "new",
    (1, 546, "count"): "changed:refined",
}


STORY_WIMC22_VALUE_CORRECTED = [
    doc("2022-11-27", "Intelligent manufacturing conference results",
        "NANJING -- Some 51 projects with a total value of 48.9 billion yuan were signed at the 2022 World "
        "Intelligent Manufacturing Conference."),
    doc("2022-11-28", "Conference deals",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference saw the signing of 51 projects worth 48.9 "
        "billion yuan."),
    doc("2022-11-30", "Conference deals, corrected",
        "NANJING -- Organizers of the 2022 World Intelligent Manufacturing Conference have corrected the value of "
        "deals signed to 49.8 billion yuan."),
]
GOLD_WIMC22_VALUE_CORRECTED = {
    (0, 51, "count"): "new", (0, 48.9e9, "CNY"): "new",
    (1, 51, "count"): "known", (1, 48.9e9, "CNY"): "known",
    (2, 49.8e9, "CNY"): "changed:conflict",
}


STORY_WMC23_ZH_SINCE_OPENING = [
    doc("2023-09-21", "2023世界制造业大会 观众",
        "2023世界制造业大会开幕以来，展会人气持续火爆，截至21日已接待观众超8万人次。"),
    doc("2023-09-24", "2023世界制造业大会闭幕 累计接待观众23万人次",
        "2023世界制造业大会24日闭幕。据统计，展会累计接待观众23万人次。"),
]
GOLD_WMC23_ZH_SINCE_OPENING = {
    (0, 80000, "count"): "new",
    (1, 230000, "count"): "changed:refined",
}


STORY_WMC26_FIVE_DAYS = [
    doc("2026-09-19", "WMC 2026 opens",
        "HEFEI -- The World Manufacturing Convention 2026 opened on Saturday in Hefei. The event, which lasts five "
        "days, has attracted 560 exhibitors."),
    doc("2026-09-23", "WMC 2026 closes",
        "HEFEI -- The World Manufacturing Convention 2026 closed on Wednesday after five days. It had 574 exhibitors."),
]
GOLD_WMC26_FIVE_DAYS = {
    (0, 5, "day"): "new", (0, 560, "count"): "new",
    (1, 5, "day"): "known", (1, 574, "count"): "changed:conflict",
}


STORY_WIMC21_PERCENT_FOREIGN = [
    doc("2021-11-19", "WIMC 2021: 30 percent of exhibitors foreign",
        "NANJING -- About 30 percent of the 520 exhibitors at the 2021 World Intelligent Manufacturing Conference "
        "come from outside China."),
    doc("2021-11-21", "WIMC 2021 closes",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference closed Sunday. Of its 526 exhibitors, 160 "
        "were from abroad."),
]
GOLD_WIMC21_PERCENT_FOREIGN = {
    (0, 30, "percent"): "new", (0, 520, "count"): "new",
    (1, 526, "count"): "changed:conflict", (1, 160, "count"): "new",
}


STORY_WMC19_EXPECT_THEN_ABOUT = [
    doc("2019-09-20", "WMC 2019: 4,000 guests expected",
        "HEFEI -- Organizers of the 2019 World Manufacturing Convention, opening Friday, expect 4,000 guests."),
    doc("2019-09-20", "WMC 2019 opens",
        "HEFEI -- The 2019 World Manufacturing Convention opened Friday with about 4,000 guests attending."),
    doc("2019-09-22", "WMC 2019 closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed Sunday. It was attended by 4,207 guests."),
]
GOLD_WMC19_EXPECT_THEN_ABOUT = {
    (0, 4000, "count"): "new",
    (1, 4000, "count"): "new",
    (2, 4207, "count"): "changed:refined",
}


STORY_WIMC24_EIGHT_OF_THIRTY = [
    doc("2024-12-01", "2024世界智能制造大会闭幕",
        "12月1日，2024世界智能制造大会闭幕。大会共签约重点项目30个，签约金额536.3亿元，其中外资项目8个。"),
    doc("2024-12-03", "Nanjing conference: eight foreign projects",
        "NANJING -- Eight of the 30 key projects signed at the 2024 World Intelligent Manufacturing Conference are "
        "foreign-funded, officials said."),
]
GOLD_WIMC24_EIGHT_OF_THIRTY = {
    (0, 30, "count"): "new", (0, 53.63e9, "CNY"): "new", (0, 8, "count"): "new",
    (1, 8, "count"): "known", (1, 30, "count"): "known",
}


STORY_WMC25_UPWARD_OF = [
    doc("2025-09-21", "WMC 2025 exhibits",
        "HEFEI -- Visitors to the 2025 World Manufacturing Convention can see upward of 2,000 exhibits this year."),
    doc("2025-09-24", "WMC 2025 closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed with 2,350 exhibits displayed."),
]
GOLD_WMC25_UPWARD_OF = {
    (0, 2000, "count"): "new",
    (1, 2350, "count"): "changed:refined",
}


STORY_WMC23_XINHUA_PARAGRAPHS = [
    doc("2023-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2023 World Manufacturing Convention opened in Hefei on Wednesday.\n\n"
        "Over 500 enterprises, including 40 Fortune Global 500 companies, are taking part in the exhibition, "
        "which covers 70,000 square meters, according to the organizers.\n\n"
        "At the opening ceremony, 86 major projects with a total investment of 127.03 billion yuan were signed."),
    doc("2023-09-24", "WMC 2023 ends",
        "HEFEI, Sept. 24 (Xinhua) -- The 2023 World Manufacturing Convention ended Sunday.\n\n"
        "The exhibition hosted 517 enterprises, including 41 Fortune Global 500 companies, and 734 projects with a "
        "total investment of 449.79 billion yuan were signed during the event."),
]
GOLD_WMC23_XINHUA_PARAGRAPHS = {
    (0, 500, "count"): "new", (0, 40, "count"): "new", (0, 70000, "m2"): "new", (0, 86, "count"): "new",
    (0, 127.03e9, "CNY"): "new",
    (1, 517, "count"): "changed:refined", (1, 41, "count"): "changed:conflict", (1, 734, "count"): "new",
    (1, 449.79e9, "CNY"): "new",
}


STORY_WIMC25_ROBOT_MODELS = [
    doc("2025-11-28", "Humanoid robots star at Nanjing conference",
        "NANJING -- Humanoid robots drew crowds at the 2025 World Intelligent Manufacturing Conference, where 26 "
        "robot companies are showing 120 models."),
    doc("2025-11-30", "Nanjing conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Sunday. Exhibitors totaled 520, and "
        "about 110,000 people visited."),
]
GOLD_WIMC25_ROBOT_MODELS = {
    (0, 26, "count"): "new", (0, 120, "count"): "new",
    (1, 520, "count"): "new", (1, 110000, "count"): "new",
}


STORY_WIMC24_ZH_FIRST_DAY = [
    doc("2024-11-30", "2024世界智能制造大会首日",
        "2024世界智能制造大会29日开幕，首日吸引观众约2.6万人次。"),
    doc("2024-12-01", "2024世界智能制造大会闭幕",
        "2024世界智能制造大会1日闭幕，三天累计接待观众8.1万人次。"),
]
GOLD_WIMC24_ZH_FIRST_DAY = {
    (0, 26000, "count"): "new",
    (1, 3, "day"): "new", (1, 81000, "count"): "new",
}


STORY_WMC26_DAILY_TALLIES = [
    doc("2026-09-21", "WMC 2026 day two",
        "HEFEI -- By Monday, the 2026 World Manufacturing Convention had signed 350 projects, while its expo had "
        "welcomed 95,000 visitors."),
    doc("2026-09-22", "WMC 2026 day three",
        "HEFEI -- By Tuesday, projects signed at the 2026 World Manufacturing Convention had reached 480 and "
        "visitors to its expo 140,000."),
    doc("2026-09-23", "WMC 2026 closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed Wednesday with 622 projects signed and 186,000 "
        "visitors to its expo."),
]
GOLD_WMC26_DAILY_TALLIES = {
    (0, 350, "count"): "new", (0, 95000, "count"): "new",
    (1, 480, "count"): "changed:refined", (1, 140000, "count"): "changed:refined",
    (2, 622, "count"): "changed:refined", (2, 186000, "count"): "changed:refined",
}


STORY_WMC21_HEADS_OF = [
    doc("2021-09-10", "WMC 2021: who is coming",
        "HEFEI -- Among the guests of the 2021 World Manufacturing Convention are 23 academicians and more than 40 "
        "heads of Fortune Global 500 companies."),
    doc("2021-09-13", "WMC 2021 closes",
        "HEFEI -- The 2021 World Manufacturing Convention closed Monday; 25 academicians and 46 executives of "
        "Fortune Global 500 companies attended."),
]
GOLD_WMC21_HEADS_OF = {
    (0, 23, "count"): "new", (0, 40, "count"): "new",
    (1, 25, "count"): "changed:conflict", (1, 46, "count"): "changed:refined",
}


STORY_WMC19_MAKE_UP = [
    doc("2019-09-21", "WMC 2019 draws overseas firms",
        "HEFEI -- Overseas firms make up 86 of the 500-plus exhibitors at the 2019 World Manufacturing Convention."),
    doc("2019-09-22", "WMC 2019 closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed. It had 523 exhibitors, 91 of them from overseas."),
]
GOLD_WMC19_MAKE_UP = {
    (0, 86, "count"): "new", (0, 500, "count"): "new",
    (1, 523, "count"): "changed:refined", (1, 91, "count"): "changed:conflict",
}


STORY_WIMC20_MODEL_FACTORIES = [
    doc("2020-11-25", "WIMC 2020 smart factories",
        "NANJING -- Jiangsu unveiled its list of 100 model smart factories at the 2020 World Intelligent "
        "Manufacturing Conference, which signed 30 projects."),
    doc("2020-11-28", "WIMC 2020 closes",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference closed Saturday with 30 projects signed on "
        "site."),
]
GOLD_WIMC20_MODEL_FACTORIES = {
    (0, 100, "count"): "new", (0, 30, "count"): "new",
    (1, 30, "count"): "known",
}


STORY_WMC25_YEAR_AFTER_NAME = [
    doc("2025-09-20", "WMC 2025 opening: nearly 5,000 guests",
        "HEFEI -- Nearly 5,000 guests, over 800 of them from abroad, have gathered for the 2025 World Manufacturing "
        "Convention."),
    doc("2025-09-24", "WMC 2025 guests",
        "HEFEI -- The 2025 World Manufacturing Convention drew 4,986 guests, 836 of them from overseas."),
]
GOLD_WMC25_YEAR_AFTER_NAME = {
    (0, 5000, "count"): "new", (0, 800, "count"): "new",
    (1, 4986, "count"): "changed:refined", (1, 836, "count"): "changed:refined",
}


STORY_WIMC23_DISTRICT = [
    doc("2023-12-07", "WIMC 2023 deals",
        "NANJING -- Nanjing's Jiangning District signed 15 projects worth 22 billion yuan at the 2023 World "
        "Intelligent Manufacturing Conference on Thursday."),
    doc("2023-12-08", "WIMC 2023 closes",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed Friday, having signed 38 key projects "
        "worth 52.6 billion yuan."),
]
GOLD_WIMC23_DISTRICT = {
    (0, 15, "count"): "new", (0, 22e9, "CNY"): "new",
    (1, 38, "count"): "new", (1, 52.6e9, "CNY"): "new",
}


STORY_WMC24_GOVERNOR = [
    doc("2024-09-20", "Anhui governor: convention a window on manufacturing",
        "HEFEI -- Anhui Governor Wang Qingxian said at the opening of the 2024 World Manufacturing Convention on "
        "Friday that the province's manufacturing added value grew 8.9 percent last year. The convention has drawn "
        "about 5,000 guests."),
    doc("2024-09-23", "Convention ends",
        "HEFEI -- The 2024 World Manufacturing Convention ended Monday with 5,026 guests attending."),
]
GOLD_WMC24_GOVERNOR = {
    (0, 8.9, "percent"): "skip", (0, 5000, "count"): "new",
    (1, 5026, "count"): "changed:refined",
}


STORY_WIMC25_THEIR_VALUE = [
    doc("2025-11-29", "Conference signs 35 projects",
        "NANJING -- Thirty-five projects worth a combined 55.8 billion yuan were signed at the 2025 World "
        "Intelligent Manufacturing Conference on Saturday."),
    doc("2025-11-30", "Conference closes with 41 projects",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Sunday, bringing the number of "
        "projects signed to 41 and their value to 61.2 billion yuan."),
]
GOLD_WIMC25_THEIR_VALUE = {
    (0, 35, "count"): "new", (0, 55.8e9, "CNY"): "new",
    (1, 41, "count"): "changed:conflict", (1, 61.2e9, "CNY"): "changed:conflict",
}


STORY_WMC22_ZH_FOREIGN_INVESTMENT = [
    doc("2022-09-21", "2022世界制造业大会 外资项目",
        "2022世界制造业大会签约外资项目58个，总投资92亿美元。"),
    doc("2022-09-23", "2022世界制造业大会闭幕",
        "2022世界制造业大会闭幕，共签约项目573个，总投资4739亿元，其中外资项目60个，投资额92.4亿美元。"),
]
GOLD_WMC22_ZH_FOREIGN_INVESTMENT = {
    (0, 58, "count"): "new", (0, 9.2e9, "USD"): "new",
    (1, 573, "count"): "new", (1, 473.9e9, "CNY"): "new", (1, 60, "count"): "known",
    (1, 9.24e9, "USD"): "changed:refined",
}


STORY_WMC23_DAYS_INTO = [
    doc("2023-09-22", "Hefei convention: the numbers so far",
        "HEFEI -- Two days into the 2023 World Manufacturing Convention, 612 projects have been signed, organizers "
        "said."),
    doc("2023-09-24", "Convention closes",
        "HEFEI -- The 2023 World Manufacturing Convention closed with a total of 734 projects signed."),
]
GOLD_WMC23_DAYS_INTO = {
    (0, 612, "count"): "new",
    (1, 734, "count"): "changed:refined",
}


STORY_WIMC26_EXPECTED_DRAW = [
    doc("2026-11-26", "Nanjing conference opens with AI focus",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened Thursday. It is expected to draw "
        "120,000 visitors over three days."),
    doc("2026-11-28", "Nanjing conference ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended Saturday after receiving 126,000 "
        "visitors in three days."),
]
GOLD_WIMC26_EXPECTED_DRAW = {
    (0, 120000, "count"): "new", (0, 3, "day"): "new",
    (1, 126000, "count"): "new", (1, 3, "day"): "known",
}


STORY_WMC21_FOREIGN_CARRIED = [
    doc("2021-09-11", "Hefei's WMC: 95 foreign-funded deals",
        "HEFEI -- Of the projects signed at the 2021 World Manufacturing Convention, 95 are foreign-funded, with "
        "investment of 16.6 billion U.S. dollars."),
    doc("2021-09-14", "WMC 2021 foreign investment",
        "HEFEI -- Foreign-funded projects at the 2021 World Manufacturing Convention carried investment of 16.9 "
        "billion U.S. dollars."),
]
GOLD_WMC21_FOREIGN_CARRIED = {
    (0, 95, "count"): "new", (0, 16.6e9, "USD"): "new",
    (1, 16.9e9, "USD"): "changed:conflict",
}


STORY_WIMC19_DELEGATIONS = [
    doc("2019-10-20", "WIMC 2019 opens",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opened Sunday, with 12 countries sending "
        "official delegations."),
    doc("2019-10-22", "WIMC 2019 ends",
        "NANJING -- Official delegations from 14 countries attended the 2019 World Intelligent Manufacturing "
        "Conference, which ended Tuesday."),
]
GOLD_WIMC19_DELEGATIONS = {
    (0, 12, "count"): "new",
    (1, 14, "count"): "changed:conflict",
}


STORY_WMC20_ZH_FIRST_DAY_VISITS = [
    doc("2020-08-21", "2020世界制造业大会 线上",
        "2020世界制造业大会线上展会上线首日访问量达260万人次。"),
    doc("2020-08-23", "2020世界制造业大会闭幕",
        "2020世界制造业大会闭幕，线上展会累计访问量1530万人次。"),
]
GOLD_WMC20_ZH_FIRST_DAY_VISITS = {
    (0, 2.6e6, "count"): "new",
    (1, 15.3e6, "count"): "new",
}


STORY_WIMC24_HIGHLIGHTS = [
    doc("2024-12-01", "WIMC 2024 in brief",
        "NANJING -- Highlights of the 2024 World Intelligent Manufacturing Conference: 263 exhibitors; 51 Fortune "
        "Global 500 firms; 30 key projects worth 53.63 billion yuan."),
    doc("2024-12-02", "WIMC 2024 exhibitors revised",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference had 265 exhibitors, organizers said Monday, "
        "updating an earlier count."),
]
GOLD_WIMC24_HIGHLIGHTS = {
    (0, 263, "count"): "new", (0, 51, "count"): "new", (0, 30, "count"): "new", (0, 53.63e9, "CNY"): "new",
    (1, 265, "count"): "changed:conflict",
}


STORY_WMC25_FORUMS_AND_EVENTS = [
    doc("2025-09-22", "WMC 2025 forums",
        "HEFEI -- The 2025 World Manufacturing Convention is holding more than 20 forums and matchmaking events."),
    doc("2025-09-24", "WMC 2025 closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed after 23 forums and matchmaking events."),
]
GOLD_WMC25_FORUMS_AND_EVENTS = {
    (0, 20, "count"): "new",
    (1, 23, "count"): "changed:refined",
}


STORY_WMC24_PROVINCE_VEHICLES = [
    doc("2024-09-22", "Anhui's auto industry at WMC",
        "HEFEI -- Anhui produced 2.5 million vehicles last year, and 46 automakers and suppliers are exhibiting at "
        "the 2024 World Manufacturing Convention."),
    doc("2024-09-23", "WMC 2024 closes",
        "HEFEI -- The 2024 World Manufacturing Convention closed with 546 exhibitors."),
]
GOLD_WMC24_PROVINCE_VEHICLES = {
    (0, 2.5e6, "count"): "skip", (0, 46, "count"): "new",
    (1, 546, "count"): "new",
}


STORY_WIMC25_OTHER_EVENT = [
    doc("2025-11-27", "Nanjing conference opens",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference opened Thursday. In September, the World "
        "Manufacturing Convention in Hefei signed 608 projects."),
    doc("2025-11-29", "Nanjing conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Saturday with 35 projects signed."),
]
GOLD_WIMC25_OTHER_EVENT = {
    (0, 608, "count"): "skip",
    (1, 35, "count"): "new",
}


STORY_WMC23_ROBOT_SPECS = [
    doc("2023-09-21", "Manufacturing convention: robots everywhere",
        "HEFEI -- Robots at the 2023 World Manufacturing Convention include one that can assemble a car door in 90 "
        "seconds and another that lifts 500 kg."),
    doc("2023-09-24", "WMC 2023 closes",
        "HEFEI -- The 2023 World Manufacturing Convention closed Sunday after drawing 230,000 visitors."),
]
GOLD_WMC23_ROBOT_SPECS = {
    (1, 230000, "count"): "new",
}


STORY_WMC26_ZH_FORUMS_AND_EVENTS = [
    doc("2026-09-20", "2026世界制造业大会开幕",
        "2026世界制造业大会20日开幕。大会共设置主论坛1场、平行论坛及专项活动20余场，展览面积达8万平方米。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "2026世界制造业大会23日闭幕。大会期间举办平行论坛及专项活动24场，展览面积8万平方米。"),
]
GOLD_WMC26_ZH_FORUMS_AND_EVENTS = {
    (0, 1, "count"): "skip", (0, 20, "count"): "new", (0, 80000, "m2"): "new",
    (1, 24, "count"): "changed:refined", (1, 80000, "m2"): "known",
}


STORY_WMC21_PROVINCE_GDP = [
    doc("2021-09-10", "WMC 2021 opens",
        "HEFEI -- The 2021 World Manufacturing Convention opened Friday. The province's GDP exceeded 3.8 trillion "
        "yuan last year. At the convention, about 500 companies are exhibiting."),
    doc("2021-09-13", "WMC 2021 closes",
        "HEFEI -- About 510 companies exhibited at the 2021 World Manufacturing Convention, which closed Monday."),
]
GOLD_WMC21_PROVINCE_GDP = {
    (0, 3.8e12, "CNY"): "skip", (0, 500, "count"): "new",
    (1, 510, "count"): "changed:refined",
}


STORY_WMC19_NEXT_YEAR = [
    doc("2019-09-20", "WMC 2019 opens",
        "HEFEI -- The 2019 World Manufacturing Convention opened Friday. Premier of a visiting delegation said his "
        "country would send 30 companies next year."),
    doc("2019-09-22", "WMC 2019 closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed Sunday with 536 projects signed."),
]
GOLD_WMC19_NEXT_YEAR = {
    (0, 30, "count"): "skip",
    (1, 536, "count"): "new",
}


STORY_WIMC20_MARKET_FORECAST = [
    doc("2020-11-24", "WIMC 2020 opens",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference opened Tuesday. The intelligent "
        "manufacturing market in China will reach 5 trillion yuan by 2025, a report released at the conference "
        "said."),
    doc("2020-11-27", "WIMC 2020 closes",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference closed with 30 projects worth 53.63 "
        "billion yuan signed."),
]
GOLD_WIMC20_MARKET_FORECAST = {
    (0, 5e12, "CNY"): "skip",
    (1, 30, "count"): "new", (1, 53.63e9, "CNY"): "new",
}


STORY_WIMC24_ONE_COMPANY = [
    doc("2024-11-29", "WIMC 2024: one company's deals",
        "NANJING -- A Nanjing robot maker signed orders worth 1.2 billion yuan at the 2024 World Intelligent "
        "Manufacturing Conference on Friday."),
    doc("2024-12-01", "WIMC 2024 closes",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed with 30 projects worth 53.63 billion "
        "yuan signed."),
]
GOLD_WIMC24_ONE_COMPANY = {
    (0, 1.2e9, "CNY"): "new",
    (1, 30, "count"): "new", (1, 53.63e9, "CNY"): "new",
}


STORY_WMC25_TWO_FORUMS = [
    doc("2025-09-21", "WMC 2025: a forum on new energy vehicles",
        "HEFEI -- A forum on new energy vehicles at the 2025 World Manufacturing Convention drew 600 participants "
        "on Sunday."),
    doc("2025-09-22", "WMC 2025: a forum on chips",
        "HEFEI -- A chip forum at the 2025 World Manufacturing Convention drew 450 participants on Monday."),
]
GOLD_WMC25_TWO_FORUMS = {
    (0, 600, "count"): "new",
    (1, 450, "count"): "new",
}


STORY_WIMC26_A_THIRD = [
    doc("2026-11-27", "World Intelligent Manufacturing Conference draws global firms",
        "NANJING -- Global companies account for nearly a third of the 620 exhibitors at the 2026 World "
        "Intelligent Manufacturing Conference, organizers said on Friday."),
    doc("2026-11-28", "Conference ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended Saturday with 628 exhibitors."),
]
GOLD_WIMC26_A_THIRD = {
    (0, 33.3333, "percent"): "new", (0, 620, "count"): "new",
    (1, 628, "count"): "changed:conflict",
}


STORY_WMC24_FIRST_DAY_TWO_OUTLETS = [
    doc("2024-09-21", "WMC 2024: first-day visitors",
        "HEFEI -- The exhibition of the 2024 World Manufacturing Convention received 48,000 visitors on its first "
        "day."),
    doc("2024-09-21", "WMC 2024 first day",
        "HEFEI -- Some 50,000 people visited the 2024 World Manufacturing Convention's exhibition on its opening "
        "day, Friday."),
]
GOLD_WMC24_FIRST_DAY_TWO_OUTLETS = {
    (0, 48000, "count"): "new",
    (1, 50000, "count"): "skip",
}


STORY_WMC21_AS_OF_NOON_VALUE = [
    doc("2021-09-12", "WMC 2021: deals continue",
        "HEFEI -- As of Sunday noon, deals signed at the 2021 World Manufacturing Convention were worth 412 billion "
        "yuan."),
    doc("2021-09-13", "WMC 2021 closes",
        "HEFEI -- The 2021 World Manufacturing Convention closed Monday. The deals signed are worth 527.9 billion "
        "yuan."),
]
GOLD_WMC21_AS_OF_NOON_VALUE = {
    (0, 412e9, "CNY"): "new",
    (1, 527.9e9, "CNY"): "changed:refined",
}


# The opening's batch on one day in Chinese and in English: the English words that place it at the opening ("as
# the convention opened") come long after the count; two same-day copies without a time are ordered by article id.
STORY_WMC25_SIGNED_AS_OPENED = [
    doc("2025-09-20", "2025世界制造业大会开幕 132个项目集中签约",
        "9月20日，2025世界制造业大会在合肥开幕，132个重大项目集中签约，总投资1526亿元。"),
    doc("2025-09-20", "132 projects signed as WMC 2025 opens",
        "HEFEI, Sept. 20 (Xinhua) -- A total of 132 major projects with investment of 152.6 billion yuan were "
        "signed on Saturday as the 2025 World Manufacturing Convention opened in Hefei."),
]
GOLD_WMC25_SIGNED_AS_OPENED = {
    (0, 132, "count"): "known", (0, 152.6e9, "CNY"): "known",
    (1, 132, "count"): "new", (1, 152.6e9, "CNY"): "new",
}


# An exhibition online and offline: the offline area changes, the online one is a measure of its own.
STORY_WIMC22_AREA_ONLINE_OFFLINE = [
    doc("2022-11-24", "WIMC 2022 opens",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference opened Thursday. Its exhibition spans "
        "30,000 square meters online and 20,000 offline."),
    doc("2022-11-27", "WIMC 2022 closes",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference closed Sunday. Its offline exhibition "
        "covered 22,000 square meters."),
]
GOLD_WIMC22_AREA_ONLINE_OFFLINE = {
    (0, 30000, "m2"): "new", (0, 20000, "m2"): "new",
    (1, 22000, "m2"): "changed:conflict",
}


# A headline's growing count "in two days" is no length of the event; the close gives three days.
STORY_WIMC23_VISITORS_IN_TWO_DAYS = [
    doc("2023-12-07", "Nanjing conference: over 60,000 visitors in two days",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference expo has received more than 60,000 visitors "
        "in its first two days."),
    doc("2023-12-08", "Conference ends",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed Friday after three days. Its expo "
        "received 85,000 visitors."),
]
GOLD_WIMC23_VISITORS_IN_TWO_DAYS = {
    (0, 60000, "count"): "new",
    (1, 3, "day"): "new", (1, 85000, "count"): "changed:refined",
}


# Last year's count and this year's, its noun left out ("this year's has 310").
STORY_WIMC25_THIS_YEARS_HAS = [
    doc("2024-12-01", "WIMC 2024 closes",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed Sunday. 263 companies took part."),
    doc("2025-11-27", "WIMC 2025 opens",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference opened Thursday. Last year's edition drew "
        "263 companies; this year's has 310."),
]
GOLD_WIMC25_THIS_YEARS_HAS = {
    (0, 263, "count"): "new",
    (1, 263, "count"): "skip", (1, 310, "count"): "new",
}


# The host province's own statistics told at the conference: background, never a change of the edition.
STORY_WIMC22_JIANGSU_WORKSHOPS = [
    doc("2022-11-25", "WIMC 2022: Jiangsu's smart factories",
        "NANJING -- Jiangsu has built 2,000 smart workshops and 300 smart factories, an official told the 2022 World "
        "Intelligent Manufacturing Conference."),
    doc("2022-11-27", "WIMC 2022: smart factories",
        "NANJING -- Jiangsu now counts 2,100 smart workshops, officials said at the close of the 2022 World "
        "Intelligent Manufacturing Conference."),
]
GOLD_WIMC22_JIANGSU_WORKSHOPS = {
    (0, 2000, "count"): "skip", (0, 300, "count"): "skip",
    (1, 2100, "count"): "skip",
}


# A question-and-answer interview before the close, then the final results.
STORY_WMC26_QA = [
    doc("2026-09-20", "Q&A: what the 2026 convention has signed so far",
        "HEFEI -- Ahead of the closing day we asked an official of the organizing committee about the 2026 World "
        "Manufacturing Convention.\nQ: How many projects have been signed?\nA: So far 402 projects, with total "
        "investment of about 318 billion yuan.\nQ: How many exhibitors came?\nA: Roughly 560 companies are on show."),
    doc("2026-09-23", "WMC 2026 wraps up with 611 projects",
        "HEFEI, Sept. 23 (Xinhua) -- The 2026 World Manufacturing Convention closed Wednesday in Hefei with 611 "
        "projects signed, involving investment of 486.3 billion yuan. A total of 572 companies exhibited."),
]
GOLD_WMC26_QA = {
    (0, 402, "count"): "new", (0, 318 * B, "CNY"): "new", (0, 560, "count"): "new",
    (1, 611, "count"): "changed:refined", (1, 486.3 * B, "CNY"): "changed:refined", (1, 572, "count"): "changed:refined",
}


# Photo captions with a count among them, then the close.
STORY_WIMC25_PHOTOS = [
    doc("2025-11-28", "Photos: scenes from the Nanjing conference",
        "Photo taken on Nov. 27, 2025 shows a humanoid robot at the 2025 World Intelligent Manufacturing "
        "Conference in Nanjing, east China's Jiangsu Province. More than 600 companies are taking part in the "
        "exhibition. (Xinhua/Li Ming)\nVisitors look at an industrial robot arm at the conference in Nanjing on "
        "Nov. 27, 2025. (Xinhua/Li Ming)"),
    doc("2025-11-30", "Nanjing conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed on Sunday. In all, 632 companies "
        "exhibited and 48 projects were signed."),
]
GOLD_WIMC25_PHOTOS = {
    (0, 600, "count"): "new",
    (1, 632, "count"): "changed:refined", (1, 48, "count"): "new",
}


STORY_WMC24_TAKEAWAYS = [
    doc("2024-09-22", "Five takeaways from the 2024 World Manufacturing Convention",
        "HEFEI -- The 2024 World Manufacturing Convention closed on Sunday. Here are five things to know.\n"
        "1. Deals: 589 projects worth 471.8 billion yuan were signed.\n"
        "2. Foreign reach: guests came from 62 countries and regions.\n"
        "3. Scale: the expo filled 100,000 square meters.\n"
        "4. Robots everywhere: about 300 robots were on show.\n"
        "5. Next year: organizers hope to top 600 projects."),
    doc("2024-09-24", "Hefei tallies WMC 2024 results",
        "HEFEI -- Guests from 63 countries and regions attended the 2024 World Manufacturing Convention, organizers "
        "said Tuesday, one more than first reported."),
]
GOLD_WMC24_TAKEAWAYS = {
    (0, 589, "count"): "new", (0, 471.8 * B, "CNY"): "new", (0, 62, "count"): "new", (0, 100000, "m2"): "new",
    (0, 300, "count"): "new", (0, 600, "count"): "skip",
    (1, 63, "count"): "changed:conflict",
}


# A Chinese opening with "companies and bodies" from abroad, the Chinese close, the English close.
STORY_WMC23_BODIES = [
    doc("2023-09-20", "2023世界制造业大会开幕",
        "9月20日，2023世界制造业大会在合肥开幕。本届大会展览面积约8万平方米，参展企业500余家，其中境外企业和机构90余家。"),
    doc("2023-09-23", "2023世界制造业大会闭幕",
        "9月23日，2023世界制造业大会闭幕。大会期间共签约项目734个，总投资5857.9亿元；参展企业523家。"),
    doc("2023-09-24", "WMC 2023 closes with 734 deals",
        "HEFEI -- The 2023 World Manufacturing Convention closed Saturday, with 734 projects worth 585.79 billion "
        "yuan signed. It drew 523 exhibitors, 92 of them from overseas."),
]
GOLD_WMC23_BODIES = {
    (0, 80000, "m2"): "new", (0, 500, "count"): "new", (0, 90, "count"): "new",
    (1, 734, "count"): "new", (1, 585.79 * B, "CNY"): "new", (1, 523, "count"): "changed:refined",
    (2, 734, "count"): "known", (2, 585.79 * B, "CNY"): "known", (2, 523, "count"): "known",
    (2, 92, "count"): "changed:refined",
}


# Fifty forums planned, fifty-two held; the expo's area given both times.
STORY_WIMC26_FORUMS_PLANNED = [
    doc("2026-11-26", "Nanjing conference to feature 50 forums",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference, opening Thursday, will feature 50 forums "
        "and an expo of 60,000 square meters, organizers said."),
    doc("2026-11-29", "Nanjing conference held 52 forums",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday after 52 forums and "
        "events. Its 60,000-square-meter expo drew 110,000 visitors."),
]
GOLD_WIMC26_FORUMS_PLANNED = {
    (0, 50, "count"): "new", (0, 60000, "m2"): "new",
    (1, 52, "count"): "changed:conflict", (1, 60000, "m2"): "known", (1, 110000, "count"): "new",
}


# A running count, the close, and a look back whose subject is set off from its verb by the dates.
STORY_WMC22_HELD_NUMBER = [
    doc("2022-09-21", "WMC 2022: deals top 500",
        "HEFEI -- As of Wednesday afternoon, the 2022 World Manufacturing Convention had seen more than 500 "
        "projects signed, according to the organizing committee."),
    doc("2022-09-22", "2022 convention signs 573 projects",
        "HEFEI -- The 2022 World Manufacturing Convention has signed 573 projects with total investment of 521.1 "
        "billion yuan, organizers announced at its close on Thursday."),
    doc("2022-09-30", "Hefei manufacturing convention: a look at the numbers",
        "HEFEI -- Signed projects at this year's World Manufacturing Convention, held Sept. 20-22, number 573, "
        "with investment of 521.1 billion yuan."),
]
GOLD_WMC22_HELD_NUMBER = {
    (0, 500, "count"): "new",
    (1, 573, "count"): "changed:refined", (1, 521.1 * B, "CNY"): "new",
    (2, 573, "count"): "known", (2, 521.1 * B, "CNY"): "known",
}


# A Hong Kong paper in traditional characters, then an English close.
STORY_WIMC21_TRADITIONAL = [
    doc("2021-11-25", "2021世界智能製造大會在南京開幕",
        "2021世界智能製造大會25日在南京開幕。大會展覽面積3萬平方米，吸引約300家企業參展。"),
    doc("2021-11-27", "World Intelligent Manufacturing Conference ends",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference closed Saturday. Some 310 companies "
        "exhibited across 30,000 square meters."),
]
GOLD_WIMC21_TRADITIONAL = {
    (0, 30000, "m2"): "new", (0, 300, "count"): "new",
    (1, 310, "count"): "changed:refined", (1, 30000, "m2"): "known",
}


# One district's own signings before and after the edition's total: never the edition's.
STORY_WMC25_DISTRICT = [
    doc("2025-09-20", "WMC 2025: Hefei district deals",
        "HEFEI -- Hefei's Shushan District signed 18 projects worth 21.4 billion yuan at the 2025 World "
        "Manufacturing Convention on Saturday, the district government said."),
    doc("2025-09-22", "WMC 2025 ends",
        "HEFEI -- The 2025 World Manufacturing Convention closed Monday with 626 projects signed, worth 552.4 "
        "billion yuan in total."),
    doc("2025-09-25", "Shushan District's convention haul",
        "HEFEI -- Shushan District of Hefei says it signed 20 projects worth 23.1 billion yuan during the 2025 "
        "World Manufacturing Convention."),
]
GOLD_WMC25_DISTRICT = {
    (0, 18, "count"): "skip", (0, 21.4 * B, "CNY"): "skip",
    (1, 626, "count"): "new", (1, 552.4 * B, "CNY"): "new",
    (2, 20, "count"): "skip", (2, 23.1 * B, "CNY"): "skip",
}


# A key-figures box, then a Global Times look back with one more academician.
STORY_WIMC24_BOX_AND_CREDIT = [
    doc("2024-11-30", "WIMC 2024 by the numbers",
        "NANJING -- Key figures of the 2024 World Intelligent Manufacturing Conference:\n"
        "- Exhibitors: 263 companies\n- Projects signed: 30, worth RMB 53.63 billion\n- Forums: 18\n"
        "- Academicians attending: 21"),
    doc("2024-12-23", "Nanjing looks back on WIMC 2024",
        "(Global Times) 09:33, December 23, 2024\nThe 2024 World Intelligent Manufacturing Conference in Nanjing "
        "gathered 263 companies and 22 academicians, and 30 key projects worth RMB 53.63 billion were signed."),
]
GOLD_WIMC24_BOX_AND_CREDIT = {
    (0, 263, "count"): "new", (0, 30, "count"): "new", (0, 53.63 * B, "CNY"): "new", (0, 18, "count"): "new",
    (0, 21, "count"): "new",
    (1, 263, "count"): "known", (1, 22, "count"): "changed:conflict", (1, 30, "count"): "known",
    (1, 53.63 * B, "CNY"): "known",
}


STORY_WMC20_IN_PERSON = [
    doc("2020-11-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI -- The 2020 World Manufacturing Convention opened Friday. Because of the pandemic, about 2,000 "
        "guests attend in person while more than 10,000 join by video link."),
    doc("2020-11-23", "WMC 2020 ends",
        "HEFEI -- The 2020 World Manufacturing Convention ended Monday. It was attended by 2,200 guests in person."),
]
GOLD_WMC20_IN_PERSON = {
    (0, 2000, "count"): "new", (0, 10000, "count"): "new",
    (1, 2200, "count"): "changed:refined",
}


# "The tally of signed deals stood at 430", then a record haul after a colon, in "RMB 520.7bn".
STORY_WMC26_TALLY_STOOD = [
    doc("2026-09-21", "Deals tally climbs at Hefei convention",
        "HEFEI -- The tally of signed deals at the 2026 World Manufacturing Convention stood at 430 by Sunday "
        "evening, with a combined value of 352 billion yuan, organizers said."),
    doc("2026-09-23", "Record haul for WMC 2026",
        "HEFEI -- It was the convention's largest haul yet: 642 projects worth RMB 520.7bn were signed at the "
        "2026 World Manufacturing Convention, which closed Wednesday."),
]
GOLD_WMC26_TALLY_STOOD = {
    (0, 430, "count"): "new", (0, 352 * B, "CNY"): "new",
    (1, 642, "count"): "changed:refined", (1, 520.7e9, "CNY"): "changed:refined",
}


# "its 300-odd exhibitors" over "50,000 sqm", then the number put at 318, "up 55" (a difference, no count).
STORY_WIMC25_ODD = [
    doc("2025-11-27", "WIMC 2025 opens with 300-odd exhibitors",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference opened Thursday, with its 300-odd "
        "exhibitors spread over 50,000 sqm of halls."),
    doc("2025-11-30", "WIMC 2025 closes",
        "NANJING -- Organizers of the 2025 World Intelligent Manufacturing Conference on Sunday put the number of "
        "exhibitors at 318, up 55 from last year."),
]
GOLD_WIMC25_ODD = {
    (0, 300, "count"): "new", (0, 50000, "m2"): "new",
    (1, 318, "count"): "changed:refined", (1, 55, "count"): "skip",
}


# Nearly 5,000 participants at the opening, then the number revised for a dated edition "to 5,260 from 5,120".
STORY_WMC24_REVISED_FROM = [
    doc("2024-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI -- The 2024 World Manufacturing Convention opened Friday, attracting nearly 5,000 participants, 20 "
        "percent more than last year."),
    doc("2024-09-23", "WMC 2024 participants",
        "HEFEI -- Organizers on Monday revised the number of participants at the 2024 World Manufacturing "
        "Convention to 5,260 from 5,120."),
]
GOLD_WMC24_REVISED_FROM = {
    (0, 5000, "count"): "new", (0, 20, "percent"): "skip",
    (1, 5260, "count"): "changed:conflict", (1, 5120, "count"): "skip",
}


# Countries doubled from last year (no figure of this edition), then a share of a numbered whole.
STORY_WIMC23_TWO_THIRDS = [
    doc("2023-12-06", "Smart manufacturing conference opens in Nanjing",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference opened Wednesday. Some 40 countries and "
        "regions are represented, double the number in 2022."),
    doc("2023-12-08", "Nanjing conference closes",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed Friday. Representatives from 42 "
        "countries and regions attended, and two-thirds of the 600 exhibitors showed AI products."),
]
GOLD_WIMC23_TWO_THIRDS = {
    (0, 40, "count"): "new",
    (1, 42, "count"): "changed:refined", (1, 600, "count"): "new", (1, 200 / 3, "percent"): "skip",
}


# The Chinese opening batch and close, then an English close whose next sentence opens with "Sixty-two of them".
STORY_WMC22_SIXTY_TWO_OF_THEM = [
    doc("2022-09-20", "2022世界制造业大会开幕",
        "9月20日，2022世界制造业大会在合肥开幕。开幕式上集中签约重大项目62个，总投资870亿元。"),
    doc("2022-09-22", "2022世界制造业大会闭幕",
        "9月22日，2022世界制造业大会闭幕。大会共签约项目573个，总投资5211亿元，较上届增加47个。"),
    doc("2022-09-23", "WMC 2022 signs 573 deals",
        "HEFEI -- The 2022 World Manufacturing Convention signed 573 projects with total investment of 521.1 "
        "billion yuan, 47 more projects than last year. Sixty-two of them were signed at the opening ceremony."),
]
GOLD_WMC22_SIXTY_TWO_OF_THEM = {
    (0, 62, "count"): "new", (0, 87 * B, "CNY"): "new",
    (1, 573, "count"): "new", (1, 521.1 * B, "CNY"): "new", (1, 47, "count"): "skip",
    (2, 573, "count"): "known", (2, 521.1 * B, "CNY"): "known", (2, 47, "count"): "skip", (2, 62, "count"): "known",
}


# Dollar amounts in "US$7.4bn": a forecast at the opening, then the foreign-funded projects' investment.
STORY_WMC21_BN = [
    doc("2021-09-10", "WMC 2021 opens",
        "HEFEI -- The 2021 World Manufacturing Convention opened in Hefei on Friday. About US$7.4bn of "
        "foreign investment is expected to be signed, the provincial commerce department said."),
    doc("2021-09-13", "WMC 2021 closes with 548 projects",
        "HEFEI -- The 2021 World Manufacturing Convention closed Monday with 548 projects signed. Foreign-funded "
        "projects among them carried investment of US$8.1bn."),
]
GOLD_WMC21_BN = {
    (0, 7.4 * B, "USD"): "new",
    (1, 548, "count"): "new", (1, 8.1 * B, "USD"): "new",
}


# Names with numbers (Phase II, C919, 5G) and the dates the event runs, then the close.
STORY_WIMC26_NAMES = [
    doc("2026-11-26", "Nanjing conference opens; C919 and 5G robots on show",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened Thursday. Phase II of the Jiangbei "
        "smart factory, a C919 cockpit simulator and 5G robots are among the exhibits; more than 520 companies "
        "take part, organizers said. The event runs from Nov. 26 to 29."),
    doc("2026-11-29", "WIMC 2026 closes with 538 companies",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed Sunday. A total of 538 companies "
        "took part in the four-day event."),
]
GOLD_WIMC26_NAMES = {
    (0, 520, "count"): "new",
    (1, 538, "count"): "changed:refined", (1, 4, "day"): "new",
}


# "42,000 sq. m." at the opening, a larger area and more companies on site at the close.
STORY_WMC20_SQ_M = [
    doc("2020-11-20", "Convention in Hefei opens partly online",
        "HEFEI -- The 2020 World Manufacturing Convention opened Friday. Its exhibition covers 42,000 sq. m. and "
        "over 480 companies exhibit on site."),
    doc("2020-11-23", "Convention in Hefei closes",
        "HEFEI -- The 2020 World Manufacturing Convention closed Monday. 497 companies exhibited on site across "
        "45,000 square meters, organizers said."),
]
GOLD_WMC20_SQ_M = {
    (0, 42000, "m2"): "new", (0, 480, "count"): "new",
    (1, 497, "count"): "changed:refined", (1, 45000, "m2"): "changed:conflict",
}


# Projects to be signed and a sector's share of them, then the final count and share.
STORY_WMC19_TO_BE_SIGNED = [
    doc("2019-09-20", "2019 World Manufacturing Convention opens",
        "HEFEI -- The 2019 World Manufacturing Convention opened Friday in Hefei. Of the 612 projects to be "
        "signed, 83 are in new energy vehicles, according to the organizers."),
    doc("2019-09-23", "2019 World Manufacturing Convention closes with 638 deals",
        "HEFEI -- The 2019 World Manufacturing Convention closed Monday. In the end 638 projects were signed, "
        "91 of them in new energy vehicles."),
]
GOLD_WMC19_TO_BE_SIGNED = {
    (0, 612, "count"): "new", (0, 83, "count"): "skip",
    (1, 638, "count"): "new", (1, 91, "count"): "skip",
}


# The Chinese opening and close, then a Global Times look back a month on.
STORY_WIMC24_THREE_LANGUAGES = [
    doc("2024-11-29", "2024世界智能制造大会开幕",
        "11月29日，2024世界智能制造大会在南京开幕。大会为期3天，设置展览面积约4万平方米，吸引260余家企业参展。"),
    doc("2024-12-01", "2024世界智能制造大会闭幕",
        "12月1日，2024世界智能制造大会闭幕。据统计，共有263家企业参展，签约项目30个，总金额536.3亿元。"),
    doc("2024-12-23", "Nanjing conference a month on",
        "(Global Times) 09:33, December 23, 2024\nThe 2024 World Intelligent Manufacturing Conference, held in "
        "Nanjing over three days, gathered 263 companies; 30 projects worth RMB 53.63 billion were signed."),
]
GOLD_WIMC24_THREE_LANGUAGES = {
    (0, 3, "day"): "new", (0, 40000, "m2"): "new", (0, 260, "count"): "new",
    (1, 263, "count"): "changed:refined", (1, 30, "count"): "new", (1, 53.63 * B, "CNY"): "new",
    (2, 3, "day"): "known", (2, 263, "count"): "known", (2, 30, "count"): "known", (2, 53.63 * B, "CNY"): "known",
}


# Two releases with the same "About the convention" paragraph, then the close.
ABOUT_WMC25_ABOUT_PARAGRAPH = ("About the convention: Since 2018, the World Manufacturing Convention has been held in Hefei every year. "
         "Its previous editions signed a total of 3,021 projects.")
STORY_WMC25_ABOUT_PARAGRAPH = [
    doc("2025-09-10", "WMC 2025 to open Sept. 20",
        "HEFEI, China, Sept. 10, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention will open on Sept. "
        "20 in Hefei. More than 500 companies have registered to exhibit.\n" + ABOUT_WMC25_ABOUT_PARAGRAPH),
    doc("2025-09-18", "WMC 2025: final preparations",
        "HEFEI, China, Sept. 18, 2025 /PRNewswire/ -- Preparations for the 2025 World Manufacturing Convention are "
        "complete. Some 560 companies will exhibit.\n" + ABOUT_WMC25_ABOUT_PARAGRAPH),
    doc("2025-09-23", "WMC 2025 closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed Tuesday, with 581 companies exhibiting."),
]
GOLD_WMC25_ABOUT_PARAGRAPH = {
    (0, 500, "count"): "new", (0, 3021, "count"): "new",
    (1, 560, "count"): "changed:refined", (1, 3021, "count"): "known",
    (2, 581, "count"): "changed:refined",
}


# Chinese: parallel forums and academicians planned at the opening, then held.
STORY_WIMC26_ZH_FORUMS = [
    doc("2026-11-27", "2026世界智能制造大会开幕",
        "11月26日，2026世界智能制造大会在南京开幕。本届大会共设置1个主论坛和18场平行论坛，邀请两院院士20余位。"),
    doc("2026-11-29", "2026世界智能制造大会闭幕",
        "11月28日，2026世界智能制造大会闭幕。大会共举办平行论坛21场，24位两院院士参会。"),
]
GOLD_WIMC26_ZH_FORUMS = {
    (0, 1, "count"): "skip", (0, 18, "count"): "new", (0, 20, "count"): "new",
    (1, 21, "count"): "changed:conflict", (1, 24, "count"): "changed:refined",
}


# The host city's population and output beside the guests, twice.
STORY_WMC24_CITY_STATS = [
    doc("2024-09-20", "Hefei hosts manufacturing convention",
        "HEFEI -- The 2024 World Manufacturing Convention opened Friday in Hefei, a city of 9.85 million people "
        "whose GDP reached 1.25 trillion yuan last year. About 5,000 guests are attending."),
    doc("2024-09-23", "WMC 2024 closes",
        "HEFEI -- The 2024 World Manufacturing Convention closed Monday. It drew 5,300 guests, organizers said. "
        "Hefei, with 9.85 million residents, has become a hub for new energy vehicles."),
]
GOLD_WMC24_CITY_STATS = {
    (0, 9.85e6, "count"): "skip", (0, 1.25e12, "CNY"): "skip", (0, 5000, "count"): "new",
    (1, 5300, "count"): "changed:refined", (1, 9.85e6, "count"): "skip",
}


# A robot arm's payload and reach beside the exhibitors; "about 580" then the rounder 600.
STORY_WIMC23_PAYLOAD = [
    doc("2023-12-06", "Robot arm with 20 kg payload debuts at Nanjing conference",
        "NANJING -- A robot arm with a 20-kilogram payload and a reach of 1,800 millimeters made its debut at the "
        "2023 World Intelligent Manufacturing Conference on Wednesday. The conference has about 580 exhibitors."),
    doc("2023-12-08", "Nanjing conference closes with 600 exhibitors",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed Friday with 600 exhibitors. A new "
        "version of the robot arm carries 25 kilograms."),
]
GOLD_WIMC23_PAYLOAD = {
    (0, 20, "other"): "skip", (0, 1800, "other"): "skip", (0, 580, "count"): "new",
    (1, 600, "count"): "known", (1, 25, "other"): "skip",
}


# A story about the Nanjing conference that cites the Hefei convention's signings.
STORY_WIMC25_TWO_EVENTS = [
    doc("2025-11-28", "WIMC and WMC: Two conventions, two provinces",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference opened in Nanjing on Thursday with 320 "
        "exhibitors. In September, Hefei's World Manufacturing Convention signed 626 projects."),
    doc("2025-11-30", "WIMC 2025 ends",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Sunday. In all, 334 exhibitors took "
        "part, and 42 projects were signed."),
]
GOLD_WIMC25_TWO_EVENTS = {
    (0, 320, "count"): "new", (0, 626, "count"): "skip",
    (1, 334, "count"): "changed:conflict", (1, 42, "count"): "new",
}


# Chinese: online views and offline exhibitors at the opening and at the close.
STORY_WIMC22_ZH_ONLINE_OFFLINE = [
    doc("2022-11-24", "2022世界智能制造大会云上开幕",
        "11月24日，2022世界智能制造大会以“云上+线下”方式开幕。线上观看人次超过2000万，线下参展企业120家。"),
    doc("2022-11-27", "2022世界智能制造大会闭幕",
        "11月27日，2022世界智能制造大会闭幕。线上观看人次达3500万，线下参展企业128家。"),
]
GOLD_WIMC22_ZH_ONLINE_OFFLINE = {
    (0, 20e6, "count"): "new", (0, 120, "count"): "new",
    (1, 35e6, "count"): "changed:refined", (1, 128, "count"): "changed:conflict",
}


# A target, then the result and the target beaten.
STORY_WMC21_TARGET = [
    doc("2021-09-11", "World Manufacturing Convention: forecast",
        "HEFEI -- Organizers of the 2021 World Manufacturing Convention aim to sign more than 500 projects "
        "worth over 400 billion yuan."),
    doc("2021-09-13", "WMC 2021: deals",
        "HEFEI -- The 2021 World Manufacturing Convention signed 548 projects worth 460.8 billion yuan, beating "
        "its target of 500 projects."),
]
GOLD_WMC21_TARGET = {
    (0, 500, "count"): "new", (0, 400 * B, "CNY"): "new",
    (1, 548, "count"): "new", (1, 460.8e9, "CNY"): "new", (1, 500, "count"): "skip",
}


# One wire story twice (one copy with an editor's line), then a revised count.
BODY_WMC26_EDITOR_LINE = ("HEFEI, Sept. 22 (Xinhua) -- The 2026 World Manufacturing Convention closed on Tuesday in Hefei with 620 "
        "projects signed, involving total investment of 503.5 billion yuan.")
STORY_WMC26_EDITOR_LINE = [
    doc("2026-09-22", "WMC 2026 signs 620 projects", BODY_WMC26_EDITOR_LINE),
    doc("2026-09-22", "Hefei convention closes with 620 deals", BODY_WMC26_EDITOR_LINE + " Editor: Wang Fang"),
    doc("2026-09-24", "WMC 2026 update",
        "HEFEI -- Organizers now say the 2026 World Manufacturing Convention signed 624 projects; investment "
        "stands at 503.5 billion yuan."),
]
GOLD_WMC26_EDITOR_LINE = {
    (0, 620, "count"): "skip", (0, 503.5e9, "CNY"): "skip",
    (1, 620, "count"): "skip", (1, 503.5e9, "CNY"): "skip",
    (2, 624, "count"): "changed:conflict", (2, 503.5e9, "CNY"): "known",
}


# Chinese: a forecast at the opening, then the close with growth rates after 分别.
STORY_WMC19_ZH_FORECAST = [
    doc("2019-09-20", "2019世界制造业大会开幕 签约项目超600个",
        "9月20日，2019世界制造业大会在合肥开幕。预计大会期间将签约项目超600个。"),
    doc("2019-09-23", "2019世界制造业大会闭幕",
        "9月23日，2019世界制造业大会闭幕。大会共签约项目638个，总投资7351亿元，分别比上届增长46%和64%。"),
]
GOLD_WMC19_ZH_FORECAST = {
    (0, 600, "count"): "skip",
    (1, 638, "count"): "new", (1, 735.1e9, "CNY"): "new", (1, 46, "percent"): "skip", (1, 64, "percent"): "skip",
}


# One day's forums and visitors, then the totals over four days.
STORY_WMC20_DAY_TWO = [
    doc("2020-11-21", "Hefei convention day two",
        "HEFEI -- On its second day, the 2020 World Manufacturing Convention hosted 12 forums and 8,000 visitors "
        "toured its expo."),
    doc("2020-11-23", "Hefei convention ends",
        "HEFEI -- The 2020 World Manufacturing Convention ended Monday. Over four days it held 31 forums and its "
        "expo received 26,000 visitors."),
]
GOLD_WMC20_DAY_TWO = {
    (0, 12, "count"): "skip", (0, 8000, "count"): "skip",
    (1, 4, "day"): "skip", (1, 31, "count"): "new", (1, 26000, "count"): "new",
}


# A platform's registered users, said with the verb and then with the participle.
STORY_WIMC20_REGISTERED_USERS = [
    doc("2020-11-24", "WIMC 2020 opens online and offline",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference opened Tuesday. Its online platform has "
        "registered 300,000 users."),
    doc("2020-11-27", "WIMC 2020 closes",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference closed Friday. Registered users of its "
        "online platform reached 420,000."),
]
GOLD_WIMC20_REGISTERED_USERS = {
    (0, 300000, "count"): "new",
    (1, 420000, "count"): "changed:conflict",
}


# Foreign guests in person and those who join online, at the opening and at the close.
STORY_WMC22_GUESTS_ONLINE = [
    doc("2022-09-20", "Hefei convention opens amid epidemic controls",
        "HEFEI -- The 2022 World Manufacturing Convention opened on Tuesday. Some 100 foreign guests are attending "
        "in person, while more than 300 join online."),
    doc("2022-09-23", "Convention closes",
        "HEFEI -- The 2022 World Manufacturing Convention closed on Friday. In all, 112 foreign guests attended in "
        "person and 356 online."),
]
GOLD_WMC22_GUESTS_ONLINE = {
    (0, 100, "count"): "new", (0, 300, "count"): "new",
    (1, 112, "count"): "changed:conflict", (1, 356, "count"): "changed:refined",
}


# "Deals struck ... are valued at 480 billion yuan so far", then the final tally.
STORY_WMC26_VALUED_AT = [
    doc("2026-09-22", "Deals at Hefei convention valued at 480 billion yuan",
        "HEFEI -- Deals struck at the 2026 World Manufacturing Convention are valued at 480 billion yuan so far, "
        "an official said on Tuesday."),
    doc("2026-09-24", "WMC 2026 final tally",
        "HEFEI -- The final tally: 612 projects, worth 503.2 billion yuan, were signed at the 2026 World "
        "Manufacturing Convention."),
]
GOLD_WMC26_VALUED_AT = {
    (0, 480 * B, "CNY"): "new",
    (1, 612, "count"): "new", (1, 503.2e9, "CNY"): "changed:refined",
}


# "Thousands of visitors and hundreds of companies" (no figures), then the counts.
STORY_WIMC25_THOUSANDS = [
    doc("2025-11-27", "Thousands flock to Nanjing conference",
        "NANJING -- Thousands of visitors and hundreds of companies filled the halls as the 2025 World "
        "Intelligent Manufacturing Conference opened on Thursday."),
    doc("2025-11-30", "Nanjing conference in figures",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Sunday. It received 86,000 "
        "visitors; 334 companies exhibited."),
]
GOLD_WIMC25_THOUSANDS = {
    (1, 86000, "count"): "new", (1, 334, "count"): "new",
}


# Last year's count in one clause, this year's investment after ", but"; then both confirmed.
STORY_WMC24_BUT_THEIR = [
    doc("2024-09-21", "Fewer deals at Hefei convention",
        "HEFEI -- The 2024 World Manufacturing Convention's 589 deals were a 20 percent drop from the 734 signed "
        "in 2023, but their investment rose to 471.8 billion yuan."),
    doc("2024-09-23", "WMC 2024 numbers confirmed",
        "HEFEI -- Organizers confirmed on Monday that 589 projects were signed at the 2024 World Manufacturing "
        "Convention, with 471.8 billion yuan of investment."),
]
GOLD_WMC24_BUT_THEIR = {
    (0, 589, "count"): "new", (0, 20, "percent"): "skip", (0, 734, "count"): "skip", (0, 471.8e9, "CNY"): "new",
    (1, 589, "count"): "known", (1, 471.8e9, "CNY"): "known",
}


# Journalists, media outlets and Fortune Global 500 companies at the opening and at the close.
STORY_WMC23_JOURNALISTS = [
    doc("2023-09-20", "Media flock to Hefei",
        "HEFEI -- More than 1,000 journalists from 300 media outlets are covering the 2023 World Manufacturing "
        "Convention, which opened Wednesday. Over 100 Fortune Global 500 companies are represented."),
    doc("2023-09-23", "WMC 2023 closes",
        "HEFEI -- The 2023 World Manufacturing Convention closed Saturday. It was covered by 1,150 journalists, "
        "and 108 Fortune Global 500 companies took part."),
]
GOLD_WMC23_JOURNALISTS = {
    (0, 1000, "count"): "new", (0, 300, "count"): "new", (0, 100, "count"): "new",
    (1, 1150, "count"): "changed:refined", (1, 108, "count"): "changed:refined",
}


# A correction in one sentence: "misstated ... as 560; it is 650".
STORY_WIMC22_MISSTATED = [
    doc("2022-11-25", "Nanjing conference exhibitors",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference has 560 exhibitors, organizers said."),
    doc("2022-11-26", "Nanjing conference: correction",
        "NANJING -- An earlier version of this story misstated the number of exhibitors at the 2022 World "
        "Intelligent Manufacturing Conference as 560; it is 650."),
]
GOLD_WIMC22_MISSTATED = {
    (0, 560, "count"): "new",
    (1, 560, "count"): "skip", (1, 650, "count"): "changed:conflict",
}


# Headlines with a bar ("WMC 2025 | 600+ deals expected"), a clock time and a date.
STORY_WMC25_BAR_HEADLINE = [
    doc("2025-09-20", "WMC 2025 | 600+ deals expected",
        "HEFEI -- Over 600 deals are expected to be signed at the 2025 World Manufacturing Convention, which opened "
        "at 10 a.m. on Sept. 20, 2025 in Hefei."),
    doc("2025-09-22", "WMC 2025 | 626 deals",
        "HEFEI -- The 2025 World Manufacturing Convention closed on Monday with 626 deals signed."),
]
GOLD_WMC25_BAR_HEADLINE = {
    (0, 600, "count"): "new",
    (1, 626, "count"): "new",
}


# Chinese: the total of signed projects on one day, then the close.
STORY_WIMC21_ZH_TOTAL = [
    doc("2021-11-26", "2021世界智能制造大会：签约项目总数达到45个",
        "11月26日，2021世界智能制造大会签约项目总数达到45个，投资总额约320亿元。"),
    doc("2021-11-28", "2021世界智能制造大会闭幕",
        "11月28日，2021世界智能制造大会闭幕。大会累计签约项目52个，投资总额356亿元。"),
]
GOLD_WIMC21_ZH_TOTAL = {
    (0, 45, "count"): "new", (0, 32e9, "CNY"): "new",
    (1, 52, "count"): "changed:conflict", (1, 35.6e9, "CNY"): "changed:conflict",
}


# The expo's area with a quarter outdoors and a hall's seats, then the final area.
STORY_WMC20_A_QUARTER = [
    doc("2020-11-20", "Hefei convention's expo",
        "HEFEI -- The expo of the 2020 World Manufacturing Convention spans a total exhibition area of about 60,000 "
        "square meters, a quarter of it outdoors, with a 12,000-seat main hall."),
    doc("2020-11-23", "Hefei convention closes",
        "HEFEI -- The 2020 World Manufacturing Convention closed Monday. Its expo covered 62,000 square meters."),
]
GOLD_WMC20_A_QUARTER = {
    (0, 60000, "m2"): "new", (0, 25, "percent"): "skip", (0, 12000, "count"): "skip",
    (1, 62000, "m2"): "changed:refined",
}


# "up by a fifth to about 4,000", then more than 4,500.
STORY_WMC19_UP_BY_A_FIFTH = [
    doc("2019-09-20", "2019 convention draws 4,000 guests",
        "HEFEI -- The number of guests at the 2019 World Manufacturing Convention is up by a fifth to about 4,000, "
        "organizers said at the opening."),
    doc("2019-09-23", "2019 convention ends",
        "HEFEI -- The 2019 World Manufacturing Convention closed Monday. More than 4,500 representatives from 78 "
        "countries and regions attended."),
]
GOLD_WMC19_UP_BY_A_FIFTH = {
    (0, 4000, "count"): "new",
    (1, 4500, "count"): "changed:conflict", (1, 78, "count"): "new",
}


# A Chinese interview in questions and answers, then the close.
STORY_WIMC26_ZH_QA = [
    doc("2026-11-26", "记者问答：2026世界智能制造大会",
        "问：本届大会规模如何？\n答：本届大会展览面积5万平方米，预计参展企业超过400家。\n问：有哪些国际嘉宾？\n答：来自30多个国家和地区的嘉宾将出席。"),
    doc("2026-11-29", "2026世界智能制造大会闭幕",
        "11月29日，2026世界智能制造大会闭幕。共有426家企业参展，来自33个国家和地区的嘉宾出席。"),
]
GOLD_WIMC26_ZH_QA = {
    (0, 50000, "m2"): "new", (0, 400, "count"): "new", (0, 30, "count"): "new",
    (1, 426, "count"): "new", (1, 33, "count"): "changed:refined",
}


# The total of the past six editions before the convention, then the total since 2018 after it.
STORY_WMC25_PAST_SIX = [
    doc("2025-09-19", "Six years of the World Manufacturing Convention",
        "HEFEI -- Over the past six editions, the World Manufacturing Convention has signed 3,568 projects with "
        "total investment of 3.4 trillion yuan, organizers said ahead of the 2025 event."),
    doc("2025-09-22", "WMC 2025 closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed Monday with 626 projects signed. Since 2018 the "
        "convention has signed 4,194 projects."),
]
GOLD_WMC25_PAST_SIX = {
    (0, 3568, "count"): "skip", (0, 3.4e12, "CNY"): "skip",
    (1, 626, "count"): "new", (1, 4194, "count"): "changed:conflict", (0, 6, "other"): "skip",
}


# Chinese: two kinds of projects after 分别, then the English close with one of them.
STORY_WMC24_ZH_RESPECTIVELY = [
    doc("2024-09-23", "2024世界制造业大会成果丰硕",
        "2024世界制造业大会共签约项目589个，总投资4718亿元。其中，先进制造业项目和战略性新兴产业项目分别为321个和186个。"),
    doc("2024-09-24", "WMC 2024 results",
        "HEFEI -- The 2024 World Manufacturing Convention signed 589 projects worth 471.8 billion yuan ($66.4 "
        "billion), 321 of them in advanced manufacturing."),
]
GOLD_WMC24_ZH_RESPECTIVELY = {
    (0, 589, "count"): "new", (0, 471.8e9, "CNY"): "new", (0, 321, "count"): "new", (0, 186, "count"): "new",
    (1, 589, "count"): "known", (1, 471.8e9, "CNY"): "known", (1, 66.4e9, "USD"): "new", (1, 321, "count"): "known",
}


# An opening in traditional characters, then the close in simplified characters.
STORY_WIMC23_TRADITIONAL_CLOSE = [
    doc("2023-12-07", "2023世界智能製造大會開幕",
        "2023世界智能製造大會6日在南京開幕，為期3天，展覽面積4.5萬平方米，600餘家企業參展。"),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "12月8日，2023世界智能制造大会闭幕。大会为期3天，展览面积4.5万平方米，共有612家企业参展。"),
]
GOLD_WIMC23_TRADITIONAL_CLOSE = {
    (0, 3, "day"): "new", (0, 45000, "m2"): "new", (0, 600, "count"): "new",
    (1, 3, "day"): "known", (1, 45000, "m2"): "known", (1, 612, "count"): "changed:refined",
}


# Companies that signed up to exhibit, then those that did.
STORY_WMC22_CGTN_SIGNED_UP = [
    doc("2022-09-20", "CGTN: Hefei convention opens",
        "The 2022 World Manufacturing Convention kicked off in Hefei on Tuesday. CGTN's reporter says 1,100 "
        "companies signed up to exhibit, with 60 percent of them in new energy and chips."),
    doc("2022-09-22", "Hefei convention closes",
        "HEFEI -- The 2022 World Manufacturing Convention closed on Thursday. In all, 1,131 companies exhibited."),
]
GOLD_WMC22_CGTN_SIGNED_UP = {
    (0, 1100, "count"): "new", (0, 60, "percent"): "skip",
    (1, 1131, "count"): "changed:conflict",
}


# One venue's expo area, then the area across all six venues (not a change of it).
STORY_WIMC21_VENUES = [
    doc("2021-11-25", "Nanjing conference: 1 main venue, 5 sub-venues",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference opened Thursday at one main venue and five "
        "sub-venues. The main venue's expo covers 35,000 square meters."),
    doc("2021-11-27", "Nanjing conference ends",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference ended Saturday. Across its six venues, "
        "exhibitions covered 52,000 square meters."),
]
GOLD_WIMC21_VENUES = {
    (0, 35000, "m2"): "skip", (0, 5, "count"): "skip", (1, 6, "count"): "skip",
    (1, 52000, "m2"): "new",
}


# The opening's batch in English and Chinese on one day, then revised with a long phrase before the verb.
STORY_WMC26_OPENING_REVISED = [
    doc("2026-09-20", "WMC 2026: 160 projects on opening day",
        "HEFEI -- On the opening day of the 2026 World Manufacturing Convention, 160 projects with total "
        "investment of 168.5 billion yuan were signed."),
    doc("2026-09-20", "2026世界制造业大会开幕 集中签约项目160个",
        "9月20日，2026世界制造业大会开幕，开幕式上集中签约项目160个，总投资1685亿元。"),
    doc("2026-09-21", "WMC 2026 opening deals revised",
        "HEFEI -- The number of projects signed on the opening day of the 2026 World Manufacturing Convention was "
        "revised to 162."),
]
GOLD_WMC26_OPENING_REVISED = {
    (0, 160, "count"): "skip", (0, 168.5e9, "CNY"): "skip",
    (1, 160, "count"): "skip", (1, 168.5e9, "CNY"): "skip",
    (2, 162, "count"): "changed:conflict",
}


# Views by Tuesday evening (still running), then the final views.
STORY_WIMC20_BY_TUESDAY_EVENING = [
    doc("2020-11-24", "WIMC 2020 goes online",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference is being held mostly online. By Tuesday "
        "evening its livestreams had been watched 12 million times."),
    doc("2020-11-27", "WIMC 2020 online audience",
        "NANJING -- Livestreams of the 2020 World Intelligent Manufacturing Conference drew 31 million views, "
        "organizers said as it closed."),
]
GOLD_WIMC20_BY_TUESDAY_EVENING = {
    (0, 12e6, "count"): "new",
    (1, 31e6, "count"): "changed:refined",
}


# "the fourth edition of an event first held in 2016", then a number in words.
STORY_WIMC19_FOURTH_EDITION = [
    doc("2019-11-21", "World Intelligent Manufacturing Summit 2019? No: conference",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opened Thursday, the fourth edition of an "
        "event first held in 2016. It gathered 60 academicians."),
    doc("2019-11-23", "Nanjing 2019: academicians",
        "NANJING -- Sixty-two academicians attended the 2019 World Intelligent Manufacturing Conference, which "
        "closed Saturday."),
]
GOLD_WIMC19_FOURTH_EDITION = {
    (0, 60, "count"): "new",
    (1, 62, "count"): "changed:conflict",
}


# "Exhibitors from abroad number 140 ... of the 580 exhibitors", then both again.
STORY_WMC25_FROM_ABROAD_NUMBER = [
    doc("2025-09-21", "Foreign firms at WMC 2025",
        "HEFEI -- Exhibitors from abroad number 140 at the 2025 World Manufacturing Convention, or about 24 "
        "percent of the 580 exhibitors."),
    doc("2025-09-23", "WMC 2025 ends",
        "HEFEI -- The 2025 World Manufacturing Convention ended Tuesday. It had 586 exhibitors, 143 of them from "
        "overseas."),
]
GOLD_WMC25_FROM_ABROAD_NUMBER = {
    (0, 140, "count"): "new", (0, 24, "percent"): "skip", (0, 580, "count"): "new",
    (1, 586, "count"): "changed:conflict", (1, 143, "count"): "changed:conflict",
}


# A district's own signings and the conference-wide total in one story, then the total again.
STORY_WIMC24_DISTRICT_AND_WHOLE = [
    doc("2024-12-01", "WIMC 2024: deals of Jiangning District",
        "NANJING -- Jiangning District signed 12 projects worth 18 billion yuan at the 2024 World Intelligent "
        "Manufacturing Conference. Conference-wide, 30 projects worth RMB 53.63 billion were signed."),
    doc("2024-12-02", "WIMC 2024 closes",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference signed 30 key projects worth RMB 53.63 "
        "billion."),
]
GOLD_WIMC24_DISTRICT_AND_WHOLE = {
    (0, 12, "count"): "skip", (0, 18e9, "CNY"): "skip", (0, 30, "count"): "new", (0, 53.63e9, "CNY"): "new",
    (1, 30, "count"): "known", (1, 53.63e9, "CNY"): "known",
}


# A feature on the host city's history and output before the convention's own forecast, then the close.
STORY_WMC26_FEATURE = [
    doc("2026-09-18", "Feature: Hefei's bet on manufacturing pays off",
        "HEFEI -- Two decades ago Hefei made 30,000 cars a year; last year it made 1.4 million new energy vehicles. "
        "Its industrial output rose 11 percent in 2025 to 1.9 trillion yuan. Next week the city hosts the 2026 World "
        "Manufacturing Convention, which expects about 600 exhibitors and 5,000 guests."),
    doc("2026-09-24", "WMC 2026 wraps up",
        "HEFEI -- The 2026 World Manufacturing Convention closed Wednesday. It drew 612 exhibitors and 5,200 "
        "guests."),
]
GOLD_WMC26_FEATURE = {
    (0, 30000, "count"): "skip", (0, 1.4e6, "count"): "skip", (0, 11, "percent"): "skip", (0, 1.9e12, "CNY"): "skip",
    (0, 600, "count"): "new", (0, 5000, "count"): "new",
    (1, 612, "count"): "new", (1, 5200, "count"): "new",
}


# Chinese counts in words (三百余家, 近千名) at the opening, then the close.
STORY_WIMC25_ZH_WORDS_HUNDREDS = [
    doc("2025-11-27", "2025世界智能制造大会开幕",
        "11月27日，2025世界智能制造大会在南京开幕。三百余家企业参展，近千名嘉宾出席开幕式。"),
    doc("2025-11-30", "2025世界智能制造大会闭幕",
        "11月30日，2025世界智能制造大会闭幕。大会共吸引334家企业参展，签约项目42个。"),
]
GOLD_WIMC25_ZH_WORDS_HUNDREDS = {
    (0, 300, "count"): "new", (0, 1000, "count"): "skip",
    (1, 334, "count"): "changed:refined", (1, 42, "count"): "new",
}


# The opening's batch "more than doubled from last year to 171", in English and Chinese.
STORY_WMC24_MORE_THAN_DOUBLED = [
    doc("2024-09-20", "WMC 2024 projects more than double",
        "HEFEI -- Projects signed at the opening of the 2024 World Manufacturing Convention more than doubled from "
        "last year to 171, with investment of 180.2 billion yuan."),
    doc("2024-09-20", "2024世界制造业大会开幕 集中签约171个项目",
        "9月20日，2024世界制造业大会开幕式上集中签约项目171个，总投资1802亿元。"),
]
GOLD_WMC24_MORE_THAN_DOUBLED = {
    (0, 171, "count"): "skip", (0, 180.2e9, "CNY"): "skip",
    (1, 171, "count"): "skip", (1, 180.2e9, "CNY"): "skip",
}


# "a record 43 academicians, up from 35" and "up to 1,200 guests a day", then the close.
STORY_WIMC23_RECORD_UP_TO = [
    doc("2023-12-06", "Nanjing conference sets records",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference opened Wednesday with a record 43 "
        "academicians, up from 35 last year, and up to 1,200 guests a day."),
    doc("2023-12-08", "Nanjing conference ends",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference ended Friday. Forty-five academicians "
        "attended over the three days."),
]
GOLD_WIMC23_RECORD_UP_TO = {
    (0, 43, "count"): "new", (0, 35, "count"): "skip", (0, 1200, "count"): "skip",
    (1, 45, "count"): "changed:conflict", (1, 3, "day"): "new",
}


# A release with bulleted highlights and its reprint, then two late signings.
REL_WIMC22_RELEASE_BULLETS = ("NANJING, China, Dec. 2, 2022 /PRNewswire/ -- The 2022 World Intelligent Manufacturing Conference concluded "
       "in Nanjing. Highlights:\n* 52 projects signed, worth 48.5 billion yuan\n* 26 academicians\n* 15 forums")
STORY_WIMC22_RELEASE_BULLETS = [
    doc("2022-12-02", "2022 World Intelligent Manufacturing Conference Concludes", REL_WIMC22_RELEASE_BULLETS),
    doc("2022-12-02", "2022 World Intelligent Manufacturing Conference Concludes in Nanjing",
        REL_WIMC22_RELEASE_BULLETS + "\nSOURCE Organizing Committee of the World Intelligent Manufacturing Conference"),
    doc("2022-12-05", "Nanjing conference's deals",
        "NANJING -- Deals signed at the 2022 World Intelligent Manufacturing Conference totaled 54, worth 50.1 "
        "billion yuan, after two late signings."),
]
GOLD_WIMC22_RELEASE_BULLETS = {
    (0, 52, "count"): "skip", (0, 48.5e9, "CNY"): "skip", (0, 26, "count"): "skip", (0, 15, "count"): "skip",
    (1, 52, "count"): "skip", (1, 48.5e9, "CNY"): "skip", (1, 26, "count"): "skip", (1, 15, "count"): "skip",
    (2, 54, "count"): "changed:conflict", (2, 2, "count"): "skip", (2, 50.1e9, "CNY"): "changed:conflict",
}


# One forum's participants and signings, then the edition's.
STORY_WMC21_CHIP_FORUM = [
    doc("2021-09-10", "Hefei convention: chip forum",
        "HEFEI -- A semiconductor forum at the 2021 World Manufacturing Convention on Friday drew 380 participants "
        "and saw 12 projects signed."),
    doc("2021-09-13", "WMC 2021 closes",
        "HEFEI -- The 2021 World Manufacturing Convention closed on Monday with 548 projects signed and about "
        "5,000 participants."),
]
GOLD_WMC21_CHIP_FORUM = {
    (0, 380, "count"): "skip", (0, 12, "count"): "skip",
    (1, 548, "count"): "new", (1, 5000, "count"): "new",
}


# Chinese: all the exhibitors and those offline; English: "462 of them at the venue".
STORY_WMC20_AT_THE_VENUE = [
    doc("2020-11-20", "2020世界制造业大会开幕",
        "11月20日，2020世界制造业大会在合肥开幕。本届大会线上线下参展企业共1722家，其中线下参展企业462家。"),
    doc("2020-11-23", "2020 WMC closes",
        "HEFEI -- The 2020 World Manufacturing Convention closed Monday. In all, 1,722 companies took part online "
        "and offline, 462 of them at the venue."),
]
GOLD_WMC20_AT_THE_VENUE = {
    (0, 1722, "count"): "new", (0, 462, "count"): "new",
    (1, 1722, "count"): "known", (1, 462, "count"): "known",
}


# What the projects to be signed are worth (a forecast), then the result.
STORY_WMC19_TO_BE_SIGNED_WORTH = [
    doc("2019-09-20", "WMC 2019: nearly 1 trillion yuan",
        "HEFEI -- Projects to be signed at the 2019 World Manufacturing Convention are worth nearly 1 trillion "
        "yuan, an official said."),
    doc("2019-09-23", "WMC 2019 closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed Monday, with 638 projects worth 735.1 billion yuan "
        "signed."),
]
GOLD_WMC19_TO_BE_SIGNED_WORTH = {
    (0, 1e12, "CNY"): "skip",
    (1, 638, "count"): "new", (1, 735.1e9, "CNY"): "skip",
}


STORY_WIMC26_TOTAL_SO_FAR = [
    doc("2026-11-27", "WIMC 2026 day two: 40,000 visitors",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference welcomed 40,000 visitors on its second "
        "day, bringing the total so far to 72,000."),
    doc("2026-11-29", "WIMC 2026 closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed Sunday after drawing 130,000 "
        "visitors."),
]
GOLD_WIMC26_TOTAL_SO_FAR = {
    (0, 40000, "count"): "skip", (0, 72000, "count"): "new",
    (1, 130000, "count"): "changed:refined",
}


# Fortune Global 500 companies that sent executives, in words, then the close.
STORY_WMC25_FORTUNE_EXECUTIVES = [
    doc("2025-09-20", "Hefei convention: 60 Fortune 500 firms",
        "HEFEI -- Sixty Fortune Global 500 companies have sent executives to the 2025 World Manufacturing "
        "Convention, which opened Saturday, along with 120 heads of leading Chinese firms."),
    doc("2025-09-23", "WMC 2025 closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed Tuesday. Executives of 63 Fortune Global 500 "
        "companies took part."),
]
GOLD_WMC25_FORTUNE_EXECUTIVES = {
    (0, 60, "count"): "new", (0, 120, "count"): "new",
    (1, 63, "count"): "changed:conflict",
}


# "The seventh World Manufacturing Convention" (2024) and a story with no year at all.
STORY_WMC24_SEVENTH = [
    doc("2024-09-20", "Seventh World Manufacturing Convention opens",
        "HEFEI -- The seventh World Manufacturing Convention opened in Hefei on Friday with 171 projects signed "
        "at the opening ceremony."),
    doc("2024-09-23", "World Manufacturing Convention ends with 589 deals",
        "HEFEI -- The World Manufacturing Convention ended Monday in Hefei, capital of Anhui province, with 589 "
        "projects signed."),
]
GOLD_WMC24_SEVENTH = {
    (0, 171, "count"): "new",
    (1, 589, "count"): "new",
}


# "A world manufacturing conference" in Nanjing, then "WIMC2023" with its year attached.
STORY_WIMC23_YEAR_ATTACHED = [
    doc("2023-12-06", "Nanjing hosts world manufacturing conference",
        "NANJING -- A world manufacturing conference opened in Nanjing, Jiangsu province, on Wednesday. The "
        "World Intelligent Manufacturing Conference 2023 has 580 exhibitors."),
    doc("2023-12-08", "WIMC2023 closes",
        "NANJING -- WIMC2023 closed on Friday with 600 exhibitors and 36 projects signed."),
]
GOLD_WIMC23_YEAR_ATTACHED = {
    (0, 580, "count"): "new",
    (1, 600, "count"): "known", (1, 36, "count"): "new",
}


# "521.1 bln yuan ($73.2 bln)", then "RMB521.1bn" in a list.
STORY_WMC22_BLN = [
    doc("2022-09-21", "China Daily: Hefei convention deals",
        "HEFEI -- Deals worth 521.1 bln yuan ($73.2 bln) were signed at the 2022 World Manufacturing Convention, "
        "covering 573 projects."),
    doc("2022-09-22", "Hefei convention in numbers",
        "HEFEI -- The 2022 World Manufacturing Convention: 573 projects, RMB521.1bn in investment, 1,300 guests."),
]
GOLD_WMC22_BLN = {
    (0, 521.1e9, "CNY"): "new", (0, 73.2e9, "USD"): "new", (0, 573, "count"): "new",
    (1, 573, "count"): "known", (1, 521.1e9, "CNY"): "known", (1, 1300, "count"): "new",
}


# "This year's" conference and one without a year: the date names the edition.
STORY_WIMC26_THIS_YEARS_SUMMIT = [
    doc("2026-11-26", "This year's summit in Nanjing opens",
        "NANJING -- This year's World Intelligent Manufacturing Conference opened on Thursday, Nov. 26, with some "
        "350 exhibitors."),
    doc("2026-11-29", "Summit ends",
        "NANJING -- The World Intelligent Manufacturing Conference ended on Sunday. It counted 362 exhibitors, "
        "according to a final tally."),
]
GOLD_WIMC26_THIS_YEARS_SUMMIT = {
    (0, 350, "count"): "new",
    (1, 362, "count"): "changed:refined",
}


# Investment by Sunday noon (running), then the total.
STORY_WMC25_BY_SUNDAY_NOON = [
    doc("2025-09-21", "Investment flows at Hefei convention",
        "HEFEI -- Investment in projects signed at the 2025 World Manufacturing Convention reached 310 billion yuan "
        "by Sunday noon. The convention runs until Tuesday."),
    doc("2025-09-23", "Hefei convention: 552.4 billion yuan",
        "HEFEI -- Total investment in the 626 projects signed at the 2025 World Manufacturing Convention came to "
        "552.4 billion yuan."),
]
GOLD_WMC25_BY_SUNDAY_NOON = {
    (0, 310e9, "CNY"): "new",
    (1, 626, "count"): "new", (1, 552.4e9, "CNY"): "changed:refined",
}


# Forums and area planned, academicians expected, then held.
STORY_WIMC21_EXPECTED_ACADEMICIANS = [
    doc("2021-11-25", "Jiangsu: WIMC 2021 opens",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference opened on Thursday. It features 14 forums "
        "and an exhibition on 35,000 square meters; more than 60 academicians are expected."),
    doc("2021-11-27", "Jiangsu: WIMC 2021 closes",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference closed on Saturday after 14 forums. Sixty-"
        "three academicians attended."),
]
GOLD_WIMC21_EXPECTED_ACADEMICIANS = {
    (0, 14, "count"): "new", (0, 35000, "m2"): "new", (0, 60, "count"): "new",
    (1, 14, "count"): "known", (1, 63, "count"): "new",
}


# A postponement with a forecast, then the cloud platform's exhibitors.
STORY_WMC20_POSTPONED = [
    doc("2020-09-10", "WMC 2020 postponed to November",
        "HEFEI -- The 2020 World Manufacturing Convention, first planned for September, will be held from Nov. "
        "20 to 23 in Hefei. Organizers expect 1,000 companies to exhibit online."),
    doc("2020-11-23", "WMC 2020 ends",
        "HEFEI -- The 2020 World Manufacturing Convention ended Monday. A total of 1,260 companies exhibited on its "
        "cloud platform."),
]
GOLD_WMC20_POSTPONED = {
    (0, 1000, "count"): "new",
    (1, 1260, "count"): "new",
}


# About 400, then 412, then "about 400" again (known).
STORY_WIMC19_ABOUT_AGAIN = [
    doc("2019-11-21", "Nanjing conference opens",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opened on Thursday. About 400 companies from "
        "home and abroad are exhibiting on 40,000 square meters."),
    doc("2019-11-22", "Nanjing conference: more exhibitors",
        "NANJING -- Exhibitors at the 2019 World Intelligent Manufacturing Conference now number 412, organizers "
        "said on Friday."),
    doc("2019-11-25", "Nanjing conference wrap",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference closed with about 400 exhibitors."),
]
GOLD_WIMC19_ABOUT_AGAIN = {
    (0, 400, "count"): "new", (0, 40000, "m2"): "new",
    (1, 412, "count"): "changed:refined",
    (2, 400, "count"): "known",
}


# Chinese: projects signed on site at the opening (the whole edition's), then the close.
STORY_WIMC24_ZH_ON_SITE = [
    doc("2024-11-29", "2024世界智能制造大会开幕 30个项目签约",
        "11月29日，2024世界智能制造大会开幕，现场签约重点项目30个，总金额536.3亿元。"),
    doc("2024-12-01", "WIMC 2024 closes",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed Sunday. A total of 30 key projects "
        "worth RMB 53.63 billion were signed during the event."),
]
GOLD_WIMC24_ZH_ON_SITE = {
    (0, 30, "count"): "new", (0, 53.63e9, "CNY"): "new",
    (1, 30, "count"): "known", (1, 53.63e9, "CNY"): "known",
}


# The opening's batch and a forecast, then the total with "168 of them at the opening".
STORY_WMC26_OF_THEM_AT_OPENING = [
    doc("2026-09-20", "WMC 2026 opens with 168 projects",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Sunday. A total of 168 projects were signed at "
        "the opening ceremony, and more than 600 are expected over the four days."),
    doc("2026-09-23", "WMC 2026 ends",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Wednesday with 624 projects signed, 168 of them "
        "at the opening."),
]
GOLD_WMC26_OF_THEM_AT_OPENING = {
    (0, 168, "count"): "new", (0, 600, "count"): "new", (0, 4, "day"): "skip",
    (1, 624, "count"): "new", (1, 168, "count"): "known",
}


# Area and halls between dashes, then visitors and exhibitors in brackets after their nouns.
STORY_WIMC26_BRACKETS = [
    doc("2026-11-27", "Nanjing expo in numbers",
        "NANJING -- The expo of the 2026 World Intelligent Manufacturing Conference -- 70,000 square meters, 12 "
        "halls -- drew 41,000 visitors on its first day."),
    doc("2026-11-29", "Nanjing expo closes",
        "NANJING -- Visitors (128,000) and exhibitors (612) both set records at the 2026 World Intelligent "
        "Manufacturing Conference, which closed Sunday. The expo spanned 72,000 square meters."),
]
GOLD_WIMC26_BRACKETS = {
    (0, 70000, "m2"): "new", (0, 12, "count"): "new", (0, 41000, "count"): "skip",
    (1, 128000, "count"): "new", (1, 612, "count"): "new", (1, 72000, "m2"): "changed:conflict",
}


# "a 30 percent rise in exhibitors to 650", then "Exhibitors ..., at 652, were a record".
STORY_WMC25_RISE_IN = [
    doc("2025-09-23", "WMC 2025 exhibitors up 30 percent",
        "HEFEI -- The 2025 World Manufacturing Convention saw a 30 percent rise in exhibitors to 650, organizers "
        "said. Exhibitors rose from 500 at the 2024 edition."),
    doc("2025-09-25", "WMC 2025: exhibitors, at 652, were a record",
        "HEFEI -- Exhibitors at the 2025 World Manufacturing Convention, at 652, were a record, the final report "
        "shows."),
]
GOLD_WMC25_RISE_IN = {
    (0, 30, "percent"): "skip", (0, 650, "count"): "new", (0, 500, "count"): "skip",
    (1, 652, "count"): "changed:conflict",
}


# "fell 20 percent to 589 from 734 a year earlier", a count between dashes, then the final figures.
STORY_WMC24_FELL_FROM = [
    doc("2024-09-22", "WMC 2024: deals down from last year",
        "HEFEI -- Deals at the 2024 World Manufacturing Convention fell 20 percent to 589 from 734 a year earlier."),
    doc("2024-09-23", "Hefei convention: countries",
        "HEFEI -- The number of countries represented at the 2024 World Manufacturing Convention -- 52 -- was a "
        "record, organizers said."),
    doc("2024-09-24", "WMC 2024 final",
        "HEFEI -- The 2024 World Manufacturing Convention signed 589 projects; guests came from 53 countries and "
        "regions."),
]
GOLD_WMC24_FELL_FROM = {
    (0, 20, "percent"): "skip", (0, 589, "count"): "new", (0, 734, "count"): "skip",
    (1, 52, "count"): "new",
    (2, 589, "count"): "known", (2, 53, "count"): "changed:conflict",
}


# "the first time ... more than 100,000 visitors", then the final count.
STORY_WMC23_FIRST_TIME = [
    doc("2023-09-22", "Record crowds in Hefei",
        "HEFEI -- It is the first time the World Manufacturing Convention has attracted more than 100,000 visitors, "
        "organizers of the 2023 edition said on Friday."),
    doc("2023-09-24", "WMC 2023 visitors",
        "HEFEI -- The 2023 World Manufacturing Convention's expo received 126,000 visitors in all."),
]
GOLD_WMC23_FIRST_TIME = {
    (0, 100000, "count"): "new",
    (1, 126000, "count"): "changed:refined",
}


# Chinese: growth to a count and an area enlarged, then confirmed in English.
STORY_WIMC22_ZH_GROWTH_TO = [
    doc("2022-11-26", "2022世界智能制造大会参展企业增长20%",
        "2022世界智能制造大会参展企业数量较上届增长20%，达到612家；展览面积扩大至5万平方米。"),
    doc("2022-11-28", "WIMC 2022 closes",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference closed with 612 exhibitors on 50,000 square "
        "meters."),
]
GOLD_WIMC22_ZH_GROWTH_TO = {
    (0, 20, "percent"): "skip", (0, 612, "count"): "new", (0, 50000, "m2"): "new",
    (1, 612, "count"): "known", (1, 50000, "m2"): "known",
}


# A whole and two parts of it by country, then a new whole.
STORY_WMC21_COMBINED = [
    doc("2021-09-12", "WMC 2021: overseas exhibitors",
        "HEFEI -- Of the 560 exhibitors at the 2021 World Manufacturing Convention, 96 come from the United States, "
        "Germany and Japan combined, and 41 from other countries."),
    doc("2021-09-13", "WMC 2021 closes",
        "HEFEI -- The 2021 World Manufacturing Convention closed Monday with 566 exhibitors."),
]
GOLD_WMC21_COMBINED = {
    (0, 560, "count"): "new", (0, 96, "count"): "skip", (0, 41, "count"): "skip",
    (1, 566, "count"): "changed:conflict",
}


# "Signed: 42 projects. Investment: ..." as sentences, then the close.
STORY_WIMC20_LABEL_SENTENCES = [
    doc("2020-11-26", "WIMC 2020 figures",
        "NANJING -- Signed: 42 projects. Investment: 38.6 billion yuan. Guests: 1,800. These were the figures of "
        "the 2020 World Intelligent Manufacturing Conference, released on Thursday."),
    doc("2020-11-27", "WIMC 2020 closes",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference closed Friday with 44 projects signed, "
        "worth 39.9 billion yuan."),
]
GOLD_WIMC20_LABEL_SENTENCES = {
    (0, 42, "count"): "new", (0, 38.6e9, "CNY"): "new", (0, 1800, "count"): "new",
    (1, 44, "count"): "changed:conflict", (1, 39.9e9, "CNY"): "changed:conflict",
}


# The second day's batch "after 166 on the first", then the close.
STORY_WMC19_AFTER_ON_THE_FIRST = [
    doc("2019-09-21", "WMC 2019: a second day of deals",
        "HEFEI -- Another 110 projects worth 92 billion yuan were signed on the second day of the 2019 World "
        "Manufacturing Convention, after 166 on the first."),
    doc("2019-09-23", "WMC 2019 closes",
        "HEFEI -- The 2019 World Manufacturing Convention closed with 638 projects worth 735.1 billion yuan signed."),
]
GOLD_WMC19_AFTER_ON_THE_FIRST = {
    (0, 110, "count"): "skip", (0, 92e9, "CNY"): "skip", (0, 166, "count"): "new",
    (1, 638, "count"): "new", (1, 735.1e9, "CNY"): "new",
}


# Robots of 150 kinds and the exhibitors, then both at the close.
STORY_WMC26_ROBOTS = [
    doc("2026-09-21", "Hefei convention: robots galore",
        "HEFEI -- Around 1,000 robots of 150 kinds are on display at the 2026 World Manufacturing Convention, where "
        "about 600 companies are exhibiting."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed Wednesday. Some 1,050 robots were shown by 608 "
        "exhibitors."),
]
GOLD_WMC26_ROBOTS = {
    (0, 1000, "count"): "new", (0, 150, "count"): "skip", (0, 600, "count"): "new",
    (1, 1050, "count"): "changed:refined", (1, 608, "count"): "changed:refined",
}


# One day's signings "bringing the number signed so far to 35", then the total.
STORY_WIMC25_NUMBER_SIGNED_SO_FAR = [
    doc("2025-11-29", "WIMC 2025: 20 deals on day two",
        "NANJING -- Twenty projects were signed on the second day of the 2025 World Intelligent Manufacturing "
        "Conference, bringing the number signed so far to 35."),
    doc("2025-11-30", "WIMC 2025 wraps up",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference wrapped up on Sunday with 42 projects "
        "signed in total."),
]
GOLD_WIMC25_NUMBER_SIGNED_SO_FAR = {
    (0, 20, "count"): "skip", (0, 35, "count"): "new",
    (1, 42, "count"): "changed:refined",
}


# Chinese: the values after 分别 follow the nouns before it; then the English close.
STORY_WMC26_ZH_FENBIE_NOUNS = [
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "9月23日，2026世界制造业大会闭幕。大会签约项目数、投资额分别为612个、5032亿元。"),
    doc("2026-09-24", "WMC 2026 ends with 612 projects",
        "HEFEI -- The 2026 World Manufacturing Convention ended with 612 projects worth 503.2 billion yuan signed."),
]
GOLD_WMC26_ZH_FENBIE_NOUNS = {
    (0, 612, "count"): "new", (0, 503.2e9, "CNY"): "new",
    (1, 612, "count"): "known", (1, 503.2e9, "CNY"): "known",
}


# Chinese: the tenth conference (2025) with countries and guests, then the close.
STORY_WIMC25_ZH_TENTH = [
    doc("2025-11-27", "2025世界智能制造大会开幕",
        "11月27日，第十届世界智能制造大会在南京开幕，共有来自45个国家和地区的2000余名嘉宾参会。"),
    doc("2025-11-30", "2025世界智能制造大会闭幕",
        "11月30日，2025世界智能制造大会闭幕。大会期间，累计接待观众13.5万人次，来自47个国家和地区的2300名嘉宾参会。"),
]
GOLD_WIMC25_ZH_TENTH = {
    (0, 45, "count"): "new", (0, 2000, "count"): "new",
    (1, 135000, "count"): "new", (1, 47, "count"): "changed:conflict", (1, 2300, "count"): "changed:refined",
}


# Chinese: over 50 billion yuan signed, then the total and the Fortune 500 companies' projects.
STORY_WIMC24_ZH_OVER_THEN_TOTAL = [
    doc("2024-11-30", "2024世界智能制造大会签约金额超500亿元",
        "11月30日，2024世界智能制造大会重点项目签约金额超500亿元。"),
    doc("2024-12-01", "2024世界智能制造大会闭幕",
        "12月1日，2024世界智能制造大会闭幕，签约重点项目30个，签约总额536.3亿元。其中世界500强企业项目5个。"),
]
GOLD_WIMC24_ZH_OVER_THEN_TOTAL = {
    (0, 50e9, "CNY"): "new",
    (1, 30, "count"): "new", (1, 53.63e9, "CNY"): "changed:refined", (1, 5, "count"): "skip",
}


# Chinese: Fortune 500 companies among the exhibitors and academicians, then both again.
STORY_WMC23_ZH_FORTUNE_AMONG = [
    doc("2023-09-20", "2023世界制造业大会开幕",
        "9月20日，2023世界制造业大会开幕。参展企业中世界500强企业32家，参会院士达23位。"),
    doc("2023-09-23", "2023世界制造业大会闭幕",
        "9月23日，2023世界制造业大会闭幕。共有35家世界500强企业参展，25位院士出席。"),
]
GOLD_WMC23_ZH_FORTUNE_AMONG = {
    (0, 32, "count"): "new", (0, 23, "count"): "new",
    (1, 35, "count"): "changed:conflict", (1, 25, "count"): "changed:conflict",
}


# One close in traditional and in simplified characters on one day.
STORY_WMC22_ZH_TRADITIONAL_COPY = [
    doc("2022-09-22", "2022世界製造業大會閉幕",
        "2022世界製造業大會22日閉幕，共簽約項目573個，總投資5211億元，其中外資項目占比近20%。"),
    doc("2022-09-22", "2022世界制造业大会闭幕",
        "9月22日，2022世界制造业大会闭幕，共签约项目573个，总投资5211亿元。"),
]
GOLD_WMC22_ZH_TRADITIONAL_COPY = {
    (0, 573, "count"): "skip", (0, 521.1e9, "CNY"): "skip", (0, 20, "percent"): "skip",
    (1, 573, "count"): "skip", (1, 521.1e9, "CNY"): "skip",
}


# Chinese: guests expected and the area, then those who came.
STORY_WIMC21_ZH_FORECAST_GUESTS = [
    doc("2021-11-24", "2021世界智能制造大会将开幕",
        "2021世界智能制造大会将于11月25日至27日在南京举办，预计1600余名嘉宾参会，展览面积3万平方米。"),
    doc("2021-11-27", "2021世界智能制造大会闭幕",
        "11月27日，2021世界智能制造大会闭幕。1680名嘉宾参会，展览面积3万平方米。"),
]
GOLD_WIMC21_ZH_FORECAST_GUESTS = {
    (0, 1600, "count"): "new", (0, 30000, "m2"): "new",
    (1, 1680, "count"): "new", (1, 30000, "m2"): "known",
}


# Chinese: the cloud exhibition's companies and views so far, then at the close.
STORY_WMC20_ZH_CLOUD_VIEWS = [
    doc("2020-11-22", "2020世界制造业大会：云展厅",
        "2020世界制造业大会云展厅上线企业1260家，截至22日，云展厅浏览量突破3000万次。"),
    doc("2020-11-23", "2020世界制造业大会闭幕",
        "11月23日，2020世界制造业大会闭幕，云展厅浏览量达4500万次，线上参展企业1260家。"),
]
GOLD_WMC20_ZH_CLOUD_VIEWS = {
    (0, 1260, "count"): "new", (0, 30e6, "count"): "new",
    (1, 45e6, "count"): "changed:refined", (1, 1260, "count"): "known",
}


# Chinese: the second day's signings, then the close.
STORY_WMC19_ZH_DAY_TWO = [
    doc("2019-09-21", "2019世界制造业大会：第二天签约",
        "9月21日，2019世界制造业大会进入第二天，当天签约项目110个，总投资920亿元。"),
    doc("2019-09-23", "2019世界制造业大会闭幕",
        "9月23日，2019世界制造业大会闭幕，共签约项目638个，总投资7351亿元。"),
]
GOLD_WMC19_ZH_DAY_TWO = {
    (0, 110, "count"): "skip", (0, 92e9, "CNY"): "skip",
    (1, 638, "count"): "new", (1, 735.1e9, "CNY"): "new",
}


# Chinese: the eighth convention (2025), the opening's batch and the close.
STORY_WMC25_ZH_EIGHTH = [
    doc("2025-09-20", "第八届世界制造业大会开幕",
        "9月20日，第八届世界制造业大会在合肥开幕，开幕式上集中签约项目132个，总投资1526亿元。"),
    doc("2025-09-22", "第八届世界制造业大会闭幕",
        "9月22日，第八届世界制造业大会闭幕，共签约项目626个，总投资5524亿元。"),
]
GOLD_WMC25_ZH_EIGHTH = {
    (0, 132, "count"): "new", (0, 152.6e9, "CNY"): "new",
    (1, 626, "count"): "new", (1, 552.4e9, "CNY"): "new",
}


# Chinese: visits over 120,000, then the final count.
STORY_WMC24_ZH_VISITS = [
    doc("2024-09-21", "2024世界制造业大会：观众",
        "2024世界制造业大会展会吸引观众超12万人次，展览面积10万平方米。"),
    doc("2024-09-23", "2024世界制造业大会闭幕",
        "9月23日，2024世界制造业大会闭幕，展会共接待观众14.6万人次。"),
]
GOLD_WMC24_ZH_VISITS = {
    (0, 120000, "count"): "new", (0, 100000, "m2"): "new",
    (1, 146000, "count"): "changed:refined",
}


# A full Xinhua opening story (guests, countries, forums, area, the opening's batch and conversion, the
# running total since 2018), then the close.
STORY_WMC26_XINHUA_FULL = [
    doc("2026-09-20", "World Manufacturing Convention opens in east China's Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2026 World Manufacturing Convention opened Sunday in Hefei, capital of "
        "east China's Anhui Province, drawing more than 5,000 guests from over 50 countries and regions.\n"
        "Themed \"Intelligent Manufacturing for a Better Future,\" the four-day event features a main forum, 20 "
        "thematic forums and an exhibition covering 100,000 square meters, where about 600 companies are "
        "showcasing their latest products.\n"
        "At the opening ceremony, 160 projects with a total investment of 168.5 billion yuan (about 23.7 billion "
        "U.S. dollars) were signed, according to the organizing committee.\n"
        "Since its launch in 2018, the convention has become an important platform for international cooperation "
        "in manufacturing, with 4,194 projects signed at its previous eight editions."),
    doc("2026-09-23", "Convention in Hefei wraps up with 612 projects",
        "HEFEI, Sept. 23 (Xinhua) -- The 2026 World Manufacturing Convention concluded Wednesday with 612 projects "
        "signed, involving total investment of 503.2 billion yuan.\n"
        "During the four-day event, 615 companies exhibited and more than 150,000 visitors toured the expo. Guests "
        "came from 53 countries and regions, organizers said."),
]
GOLD_WMC26_XINHUA_FULL = {
    (0, 5000, "count"): "new", (0, 50, "count"): "new", (0, 4, "day"): "new", (0, 20, "count"): "new",
    (0, 100000, "m2"): "new", (0, 600, "count"): "new", (0, 160, "count"): "new", (0, 168.5e9, "CNY"): "new",
    (0, 23.7e9, "USD"): "new", (0, 4194, "count"): "new",
    (1, 612, "count"): "new", (1, 615, "count"): "changed:refined", (1, 503.2e9, "CNY"): "new", (1, 4, "day"): "known", (1, 150000, "count"): "new",
    (1, 53, "count"): "changed:refined",
}


# A People's Daily Online opening with a credit line and the province's output, then a Xinhua close.
STORY_WIMC25_PEOPLES_DAILY_FULL = [
    doc("2025-11-27", "World Intelligent Manufacturing Conference opens in Nanjing",
        "(People's Daily Online) 10:12, November 27, 2025\nThe 2025 World Intelligent Manufacturing Conference "
        "kicked off in Nanjing, east China's Jiangsu Province, on Thursday.\nThe three-day conference brings "
        "together over 300 companies, including 46 Fortune Global 500 firms, and more than 20 academicians. Its "
        "exhibition spans 50,000 square meters.\nJiangsu's output of intelligent manufacturing equipment exceeded "
        "1 trillion yuan last year, according to provincial officials."),
    doc("2025-11-30", "Nanjing conference ends with deals worth 61 billion yuan",
        "NANJING, Nov. 30 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference closed on Sunday in "
        "Nanjing, with 42 projects worth 61 billion yuan signed.\nThe conference attracted 334 exhibitors, 48 of "
        "them Fortune Global 500 companies, and 24 academicians, organizers said."),
]
GOLD_WIMC25_PEOPLES_DAILY_FULL = {
    (0, 3, "day"): "new", (0, 300, "count"): "new", (0, 46, "count"): "new", (0, 20, "count"): "new",
    (0, 50000, "m2"): "new", (0, 1e12, "CNY"): "skip",
    (1, 42, "count"): "new", (1, 61e9, "CNY"): "new", (1, 334, "count"): "changed:refined",
    (1, 48, "count"): "changed:conflict", (1, 24, "count"): "changed:refined",
}


# A press conference before the convention (companies confirmed, guests expected, forums up from last
# year, a target in a quote), then the close.
STORY_WMC24_PRESS_CONFERENCE = [
    doc("2024-09-19", "Hefei gears up for 2024 World Manufacturing Convention",
        "By Zhang Li\nHEFEI -- The 2024 World Manufacturing Convention will be held from Sept. 20 to 23 in Hefei. "
        "Organizers told a press conference on Thursday that more than 500 companies have confirmed their "
        "participation and about 4,000 guests are expected.\nThe convention will feature 18 forums, up from 15 "
        "last year, and an exhibition area of 100,000 square meters.\n\"We aim to sign over 500 projects,\" said "
        "an official."),
    doc("2024-09-23", "WMC 2024 concludes",
        "HEFEI -- The 2024 World Manufacturing Convention concluded on Monday. A total of 589 projects with "
        "investment of 471.8 billion yuan were signed. The event hosted 18 forums and drew 5,300 guests and 532 "
        "exhibitors."),
]
GOLD_WMC24_PRESS_CONFERENCE = {
    (0, 500, "count"): "new", (0, 4000, "count"): "new", (0, 18, "count"): "new", (0, 15, "count"): "skip",
    (0, 100000, "m2"): "new",
    (1, 589, "count"): "new", (1, 471.8e9, "CNY"): "new", (1, 18, "count"): "known", (1, 5300, "count"): "new",
    (1, 532, "count"): "changed:refined",
}


# A full Chinese Xinhua opening with the province's own statistics, then the close.
STORY_WIMC23_ZH_XINHUA_FULL = [
    doc("2023-12-06", "2023世界智能制造大会在南京开幕",
        "新华社南京12月6日电 2023世界智能制造大会6日在南京开幕。本届大会为期3天，设置1场主论坛和12场专题论坛，展览面积4.5万平方米，"
        "吸引600余家企业参展，其中世界500强企业40家。\n江苏省有关负责人介绍，江苏已建成省级智能制造示范工厂300家。"),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "新华社南京12月8日电 2023世界智能制造大会8日闭幕。据统计，大会共吸引612家企业参展，签约项目36个，总投资410亿元，"
        "线上线下参与人数超过10万人次。"),
]
GOLD_WIMC23_ZH_XINHUA_FULL = {
    (0, 3, "day"): "new", (0, 1, "count"): "skip", (0, 12, "count"): "new", (0, 45000, "m2"): "new",
    (0, 600, "count"): "new", (0, 40, "count"): "new", (0, 300, "count"): "skip",
    (1, 612, "count"): "changed:refined", (1, 36, "count"): "new", (1, 41e9, "CNY"): "new", (1, 100000, "count"): "new",
}


# A closing release and its reprint with an "About" paragraph, then a revised guest count.
REL_WMC25_RELEASE_ABOUT = ("HEFEI, China, Sept. 24, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention (WMC 2025) concluded in "
       "Hefei, Anhui Province, on September 23. Over four days, the convention hosted 22 forums and attracted 5,600 "
       "guests from 60 countries and regions. A total of 626 projects were signed, with total investment of 552.4 "
       "billion yuan.\nThe exhibition, covering 100,000 square meters, featured 586 companies, including 143 from "
       "overseas.\nAbout the World Manufacturing Convention\nFirst held in 2018, the convention is co-hosted by the "
       "Ministry of Industry and Information Technology and the Anhui provincial government.")
STORY_WMC25_RELEASE_ABOUT = [
    doc("2025-09-24", "2025 World Manufacturing Convention Concludes in Hefei", REL_WMC25_RELEASE_ABOUT),
    doc("2025-09-24", "2025 World Manufacturing Convention Concludes in Hefei, China", REL_WMC25_RELEASE_ABOUT),
    doc("2025-09-25", "WMC 2025: guests revised",
        "HEFEI -- The number of guests at the 2025 World Manufacturing Convention has been revised to 5,640, "
        "organizers said on Thursday."),
]
GOLD_WMC25_RELEASE_ABOUT = {
    (0, 4, "day"): "skip", (0, 22, "count"): "skip", (0, 5600, "count"): "skip", (0, 60, "count"): "skip",
    (0, 626, "count"): "skip", (0, 552.4e9, "CNY"): "skip", (0, 100000, "m2"): "skip", (0, 586, "count"): "skip",
    (0, 143, "count"): "skip",
    (1, 4, "day"): "skip", (1, 22, "count"): "skip", (1, 5600, "count"): "skip", (1, 60, "count"): "skip",
    (1, 626, "count"): "skip", (1, 552.4e9, "CNY"): "skip", (1, 100000, "m2"): "skip", (1, 586, "count"): "skip",
    (1, 143, "count"): "skip",
    (2, 5640, "count"): "changed:conflict",
}


# Guests on site capped and online, exhibitors on site and on the cloud, then the close.
STORY_WMC22_GLOBAL_TIMES_CAPPED = [
    doc("2022-09-20", "Global Times: Hefei convention opens amid pandemic",
        "(Global Times) 22:15, September 20, 2022\nThe 2022 World Manufacturing Convention opened in Hefei on "
        "Tuesday. Due to COVID-19 measures, the number of on-site guests is capped at 1,500, while more than 3,000 "
        "will join online. Some 400 companies exhibit on site and 700 on the cloud."),
    doc("2022-09-22", "Hefei convention closes",
        "HEFEI -- The 2022 World Manufacturing Convention closed on Thursday with 573 projects signed worth 521.1 "
        "billion yuan. On site, 1,480 guests attended and 412 companies exhibited."),
]
GOLD_WMC22_GLOBAL_TIMES_CAPPED = {
    (0, 1500, "count"): "new", (0, 3000, "count"): "new", (0, 400, "count"): "new", (0, 700, "count"): "new",
    (1, 573, "count"): "new", (1, 521.1e9, "CNY"): "new", (1, 1480, "count"): "changed:refined",
    (1, 412, "count"): "changed:refined",
}


# The conference site's own pages as raw text (location line, metadata line, related news, previous and next).
STORY_WIMC25_SITE_PAGES = [
    "2025 WIMC\n\nThe Current Location:HOME NEWS Conference Trends\n\nWIMC 2025 Opens in Nanjing\n\n"
    "Published: 2025-11-27 10:30 | Source: WIMC | Views: 1,204\n\n"
    "The 2025 World Intelligent Manufacturing Conference opened in Nanjing on November 27. Over three days, more "
    "than 300 enterprises will display their latest achievements across 50,000 square meters, and over 2,000 "
    "guests, including 20 academicians, are attending.\n\n"
    "Related News\n\nWIMC 2024 signed 30 key projects\n\nContact us | Copyright 2025 WIMC. All rights reserved.\n",
    "2025 WIMC\n\nThe Current Location:HOME NEWS Conference Trends\n\nWIMC 2025 Concludes\n\n"
    "Published: 2025-12-01 09:00 | Source: WIMC | Views: 988\n\n"
    "The 2025 World Intelligent Manufacturing Conference concluded on November 30. In total, 334 enterprises "
    "exhibited, 2,260 guests attended and 42 projects worth 61 billion yuan were signed.\n\n"
    "Previous: WIMC 2025 Opens in Nanjing\n\nNext: Call for Exhibitors 2026\n",
]
GOLD_WIMC25_SITE_PAGES = {
    (0, 3, "day"): "new", (0, 300, "count"): "new", (0, 50000, "m2"): "new", (0, 2000, "count"): "new",
    (0, 20, "count"): "new",
    (1, 334, "count"): "changed:refined", (1, 2260, "count"): "changed:refined", (1, 42, "count"): "new",
    (1, 61e9, "CNY"): "new",
}


# A CGTN page as raw text, dated only by "Updated 17:42, 21-Sep-2024"; a running count on the first two days.
STORY_WMC24_CGTN_RAW = [
    "Robots take center stage at Hefei's manufacturing convention\n\nUpdated 17:42, 21-Sep-2024\n\nBy CGTN's Liu "
    "Yang\n\nHumanoid robots drew crowds at the 2024 World Manufacturing Convention in Hefei, where more than 530 "
    "companies are exhibiting. About 60,000 visitors came on the first two days, organizers said.\n\n"
    "Search Trends\n\nTop 5 videos\n\nCopyright 2024 CGTN. All rights reserved.\n",
    doc("2024-09-24", "Hefei convention draws 146,000 visitors",
        "HEFEI -- The 2024 World Manufacturing Convention's expo received 146,000 visitors over four days and "
        "hosted 532 exhibitors, organizers said Tuesday."),
]
GOLD_WMC24_CGTN_RAW = {
    (0, 530, "count"): "new", (0, 60000, "count"): "new",
    (1, 146000, "count"): "changed:refined", (1, 4, "day"): "new", (1, 532, "count"): "changed:refined",
}


# A Chinese provincial paper's page as raw text (source, time and font-size line, editor, share), then the close.
STORY_WMC23_ZH_PROVINCIAL_RAW = [
    "2023世界制造业大会观察：签约项目已达312个\n\n来源：安徽日报 发布时间：2023-09-21 08:15 【字号：大 中 小】\n\n"
    "记者从大会组委会获悉，截至20日18时，2023世界制造业大会已签约项目312个，总投资2480亿元。\n\n责任编辑：王芳\n\n分享到：微信 微博\n",
    doc("2023-09-23", "2023世界制造业大会闭幕",
        "9月23日，2023世界制造业大会闭幕。本届大会共签约项目734个，总投资5857.9亿元。"),
]
GOLD_WMC23_ZH_PROVINCIAL_RAW = {
    (0, 312, "count"): "new", (0, 248e9, "CNY"): "new",
    (1, 734, "count"): "changed:refined", (1, 585.79e9, "CNY"): "changed:refined",
}


# A China Daily page as raw text, dated by its byline's "Updated:"; online and offline space; the province's
# own statistics.
STORY_WIMC22_CHINA_DAILY_RAW = [
    "Nanjing conference showcases smart factories\n\nBy SONG MENG in Nanjing | chinadaily.com.cn | Updated: "
    "2022-11-25 15:02\n\nThe 2022 World Intelligent Manufacturing Conference, which opened on Thursday in Nanjing, "
    "has attracted about 300 exhibitors, with 30,000 sq m of exhibition space online and 20,000 offline.\n\n"
    "Jiangsu is home to 1,900 smart workshops, according to the provincial industry department.\n\n[Photo/IC]\n\n"
    "Most Viewed in 24 Hours\n",
    doc("2022-11-28", "Nanjing conference ends with 52 deals",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference ended Sunday with 52 projects signed and "
        "306 exhibitors. Its offline exhibition covered 21,000 square meters."),
]
GOLD_WIMC22_CHINA_DAILY_RAW = {
    (0, 300, "count"): "new", (0, 30000, "m2"): "new", (0, 20000, "m2"): "new", (0, 1900, "count"): "skip",
    (1, 52, "count"): "new", (1, 306, "count"): "changed:refined", (1, 21000, "m2"): "changed:conflict",
}


# A release and its reprint on a portal with the portal's furniture around it.
REL_WMC21_YAHOO_REPRINT = ("HEFEI, China, Sept. 21, 2021 /PRNewswire/ -- The 2021 World Manufacturing Convention, held Sept. 10-13 in "
       "Hefei, saw 548 projects signed with total investment of 460.8 billion yuan, organizers announced. Of those, "
       "95 were foreign-funded projects with investment of 16.6 billion U.S. dollars.")
STORY_WMC21_YAHOO_REPRINT = [
    doc("2021-09-21", "2021 World Manufacturing Convention Results Announced", REL_WMC21_YAHOO_REPRINT),
    doc("2021-09-21", "2021 World Manufacturing Convention Results Announced",
        "Yahoo Finance\nPR Newswire\nSept 21, 2021, 8:00 AM\n" + REL_WMC21_YAHOO_REPRINT +
        "\nView original content to download multimedia\nSOURCE World Manufacturing Convention\nTrending tickers"),
]
GOLD_WMC21_YAHOO_REPRINT = {
    (0, 548, "count"): "skip", (0, 460.8e9, "CNY"): "skip", (0, 95, "count"): "skip", (0, 16.6e9, "USD"): "skip",
    (1, 548, "count"): "skip", (1, 460.8e9, "CNY"): "skip", (1, 95, "count"): "skip", (1, 16.6e9, "USD"): "skip",
}


# A Global Times page as raw text with related articles after it, then the close.
STORY_WIMC26_GLOBAL_TIMES_RAW = [
    "WIMC 2026 opens in Nanjing\n\n(Global Times) 11:20, November 26, 2026\n\nThe 2026 World Intelligent "
    "Manufacturing Conference opened on Thursday in Nanjing. About 350 companies exhibit, and 55 projects are "
    "expected to be signed, GT learned.\n\nRELATED ARTICLES:\n\nNanjing's AI push brings 120 firms\n",
    doc("2026-11-29", "WIMC 2026 closes with 58 projects",
        "(Global Times) 18:05, November 29, 2026\nThe 2026 World Intelligent Manufacturing Conference closed on "
        "Sunday with 58 projects signed, worth 66.2 billion yuan. It had 362 exhibitors."),
]
GOLD_WIMC26_GLOBAL_TIMES_RAW = {
    (0, 350, "count"): "new", (0, 55, "count"): "new",
    (1, 58, "count"): "new", (1, 66.2e9, "CNY"): "new", (1, 362, "count"): "changed:refined",
}


# Guests over 5,000, climbing to 5,480, a final tally, then "some 5,500" in a review.
STORY_WMC26_GUEST_COUNT_CLIMBS = [
    doc("2026-09-20", "WMC 2026: over 5,000 guests",
        "HEFEI -- Over 5,000 guests are attending the 2026 World Manufacturing Convention, which opened Sunday."),
    doc("2026-09-21", "WMC 2026: guest count climbs",
        "HEFEI -- The count of guests at the 2026 World Manufacturing Convention has climbed to 5,480, organizers said "
        "Monday."),
    doc("2026-09-23", "WMC 2026: 5,512 guests",
        "HEFEI -- A final tally put attendance at the 2026 World Manufacturing Convention at 5,512 guests."),
    doc("2026-09-30", "WMC 2026 review",
        "HEFEI -- The 2026 World Manufacturing Convention, attended by some 5,500 guests, ..."),
]
GOLD_WMC26_GUEST_COUNT_CLIMBS = {
    (0, 5000, "count"): "new",
    (1, 5480, "count"): "changed:refined",
    (2, 5512, "count"): "changed:conflict",
    (3, 5500, "count"): "known",
}


# The first day's signings from two outlets on one day (40 in words, 38 in Chinese).
STORY_WIMC25_DAY_ONE_TWO_OUTLETS = [
    doc("2025-11-28", "WIMC 2025: 40 deals on day one",
        "NANJING -- Forty projects were signed on the first day of the 2025 World Intelligent Manufacturing "
        "Conference, with investment of 58 billion yuan."),
    doc("2025-11-28", "2025世界智能制造大会首日签约项目38个",
        "11月27日，2025世界智能制造大会首日签约项目38个，总投资580亿元。"),
]
GOLD_WIMC25_DAY_ONE_TWO_OUTLETS = {
    (0, 40, "count"): "skip", (0, 58e9, "CNY"): "skip",
    (1, 38, "count"): "skip", (1, 58e9, "CNY"): "skip",
}


# Investment over 400 billion (the headline without its currency), the total, then a revision.
STORY_WMC24_INVESTMENT_TOPS = [
    doc("2024-09-22", "WMC 2024: investment tops 400 billion",
        "HEFEI -- Investment in projects signed at the 2024 World Manufacturing Convention has topped 400 billion "
        "yuan, organizers said Sunday."),
    doc("2024-09-23", "WMC 2024: 471.8 billion yuan",
        "HEFEI -- Investment in the projects signed at the 2024 World Manufacturing Convention totals 471.8 billion "
        "yuan."),
    doc("2024-10-10", "WMC 2024 investment revised",
        "HEFEI -- Anhui's commerce department has revised the investment in projects signed at the 2024 World "
        "Manufacturing Convention to 473.2 billion yuan."),
]
GOLD_WMC24_INVESTMENT_TOPS = {
    (0, 400e9, "CNY"): "new",
    (1, 471.8e9, "CNY"): "changed:refined",
    (2, 473.2e9, "CNY"): "changed:conflict",
}


# Three days and 12 forums planned; extended to four days with 14 forums.
STORY_WIMC23_EXTENDED = [
    doc("2023-12-06", "Nanjing conference: 3 days, 12 forums",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference, opening Wednesday, will run three days and "
        "hold 12 forums."),
    doc("2023-12-09", "Nanjing conference extended",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference was extended to four days because of high "
        "demand, and held 14 forums."),
]
GOLD_WIMC23_EXTENDED = {
    (0, 3, "day"): "new", (0, 12, "count"): "new",
    (1, 4, "day"): "changed:conflict", (1, 14, "count"): "changed:conflict",
}


# Foreign-funded projects forecast, reported, then corrected ("should have read 126, not 128").
STORY_WMC22_FOREIGN_CORRECTED = [
    doc("2022-09-20", "WMC 2022: 120 foreign-funded projects",
        "HEFEI -- Some 120 foreign-funded projects will be signed at the 2022 World Manufacturing Convention, the "
        "organizers said at its opening."),
    doc("2022-09-22", "WMC 2022 foreign deals",
        "HEFEI -- A total of 128 foreign-funded projects were signed at the 2022 World Manufacturing Convention."),
    doc("2022-09-26", "WMC 2022 foreign deals corrected",
        "HEFEI -- Correction: the number of foreign-funded projects signed at the 2022 World Manufacturing "
        "Convention should have read 126, not 128."),
]
GOLD_WMC22_FOREIGN_CORRECTED = {
    (0, 120, "count"): "new",
    (1, 128, "count"): "new",
    (2, 126, "count"): "changed:conflict", (2, 128, "count"): "skip",
}


# The opening's audience (a part), then the guests over three days.
STORY_WIMC21_OPENING_AUDIENCE = [
    doc("2021-11-26", "WIMC 2021: 1,200 guests",
        "NANJING -- About 1,200 guests attended the opening of the 2021 World Intelligent Manufacturing Conference "
        "on Thursday."),
    doc("2021-11-28", "WIMC 2021 closes",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference closed Saturday. Over its three days it "
        "drew 1,650 guests."),
]
GOLD_WIMC21_OPENING_AUDIENCE = {
    (0, 1200, "count"): "skip",
    (1, 3, "day"): "new", (1, 1650, "count"): "skip",
}


# The close in English and Chinese, then another outlet's different amount.
STORY_WMC20_OTHER_OUTLET_AMOUNT = [
    doc("2020-11-23", "WMC 2020: 536 projects",
        "HEFEI -- The 2020 World Manufacturing Convention closed with 536 projects signed, worth 462.56 billion "
        "yuan."),
    doc("2020-11-23", "2020世界制造业大会闭幕 签约项目536个",
        "11月23日，2020世界制造业大会闭幕，共签约项目536个，总投资4625.6亿元。"),
    doc("2020-11-24", "Hefei convention deals: 429.1 billion yuan",
        "HEFEI -- Deals signed at the 2020 World Manufacturing Convention involve investment of 429.1 billion yuan, "
        "an outlet reported, citing a provincial official."),
]
GOLD_WMC20_OTHER_OUTLET_AMOUNT = {
    (0, 536, "count"): "skip", (0, 462.56e9, "CNY"): "skip",
    (1, 536, "count"): "skip", (1, 462.56e9, "CNY"): "skip",
    (2, 429.1e9, "CNY"): "changed:conflict",
}


# A story, a copy of it with a source line, then the close.
STORY_WIMC19_SOURCE_LINE_COPY = [
    doc("2019-12-05", "WIMC 2019 opens with 330 exhibitors",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opened Thursday with 330 exhibitors and "
        "2,300 guests."),
    doc("2019-12-06", "WIMC 2019 opens with 330 exhibitors (reprint)",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference opened Thursday with 330 exhibitors and "
        "2,300 guests. Source: Xinhua"),
    doc("2019-12-08", "WIMC 2019 closes",
        "NANJING -- The 2019 World Intelligent Manufacturing Conference closed Sunday. It hosted 2,400 guests and "
        "330 exhibitors."),
]
GOLD_WIMC19_SOURCE_LINE_COPY = {
    (0, 330, "count"): "new", (0, 2300, "count"): "new",
    (1, 330, "count"): "known", (1, 2300, "count"): "known",
    (2, 2400, "count"): "changed:conflict", (2, 330, "count"): "known",
}


# "58 of the world's top 500 enterprises", then the Fortune Global 500 companies in words.
STORY_WMC26_TOP_500 = [
    doc("2026-09-20", "WMC 2026: world's top 500 companies",
        "HEFEI -- A total of 58 of the world's top 500 enterprises are taking part in the 2026 World Manufacturing "
        "Convention, which opened on Sunday."),
    doc("2026-09-23", "WMC 2026 ends",
        "HEFEI -- The 2026 World Manufacturing Convention ended Wednesday. Sixty-one Fortune Global 500 companies "
        "took part."),
]
GOLD_WMC26_TOP_500 = {
    (0, 58, "count"): "new",
    (1, 61, "count"): "changed:conflict",
}


# Academicians of both academies and experts and scholars, then both again.
STORY_WIMC25_ACADEMIES = [
    doc("2025-11-27", "Academicians gather in Nanjing",
        "NANJING -- Twenty-two academicians of the Chinese Academy of Sciences and the Chinese Academy of "
        "Engineering are attending the 2025 World Intelligent Manufacturing Conference, along with more than 100 "
        "experts and scholars."),
    doc("2025-11-30", "WIMC 2025 closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed Sunday. It brought together 24 "
        "academicians and 130 experts."),
]
GOLD_WIMC25_ACADEMIES = {
    (0, 22, "count"): "new", (0, 100, "count"): "new",
    (1, 24, "count"): "changed:conflict", (1, 130, "count"): "changed:refined",
}


# People who watched online since the opening (running), then online viewers at the close.
STORY_WMC24_WATCHED_ONLINE = [
    doc("2024-09-21", "WMC 2024 online audience",
        "HEFEI -- Some 1.2 million people have watched the 2024 World Manufacturing Convention online since it "
        "opened on Friday."),
    doc("2024-09-23", "WMC 2024 online audience: 1.5 million",
        "HEFEI -- Online viewers of the 2024 World Manufacturing Convention reached 1.5 million by its close."),
]
GOLD_WMC24_WATCHED_ONLINE = {
    (0, 1.2e6, "count"): "new",
    (1, 1.5e6, "count"): "changed:refined",
}


# The foreign-funded projects' share so far, then their count at the close.
STORY_WMC23_FOREIGN_SHARE = [
    doc("2023-09-20", "WMC 2023: foreign share",
        "HEFEI -- Foreign-funded projects account for 18 percent of those signed so far at the 2023 World "
        "Manufacturing Convention."),
    doc("2023-09-23", "WMC 2023 ends",
        "HEFEI -- The 2023 World Manufacturing Convention closed with 734 projects signed, of which 128 were "
        "foreign-funded."),
]
GOLD_WMC23_FOREIGN_SHARE = {
    (0, 18, "percent"): "new",
    (1, 734, "count"): "new", (1, 128, "count"): "new",
}


# "Dozens of robot makers and hundreds of visitors" (no figures) and one day's visitors, then the total.
STORY_WIMC22_DOZENS = [
    doc("2022-11-24", "Dozens of robots at WIMC 2022",
        "NANJING -- Dozens of robot makers and hundreds of visitors packed the halls of the 2022 World Intelligent "
        "Manufacturing Conference on its first day. Organizers counted 8,600 visitors by the evening."),
    doc("2022-11-27", "WIMC 2022 closes",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference closed with 31,000 visitors over four days."),
]
GOLD_WIMC22_DOZENS = {
    (0, 8600, "count"): "skip",
    (1, 31000, "count"): "new", (1, 4, "day"): "new",
}


# Foreign-funded projects that "nearly doubled to 95", then the same count again.
STORY_WMC21_NEARLY_DOUBLED = [
    doc("2021-09-13", "WMC 2021 deals nearly doubled",
        "HEFEI -- Foreign-funded projects at the 2021 World Manufacturing Convention nearly doubled to 95, worth "
        "16.6 billion U.S. dollars."),
    doc("2021-09-14", "WMC 2021 foreign deals",
        "HEFEI -- The 2021 World Manufacturing Convention saw 95 foreign-funded projects signed with investment of "
        "$16.6 billion."),
]
GOLD_WMC21_NEARLY_DOUBLED = {
    (0, 95, "count"): "new", (0, 16.6e9, "USD"): "new",
    (1, 95, "count"): "known", (1, 16.6e9, "USD"): "known",
}


# Enterprises online and offline together and important guests, then both at the close.
STORY_WIMC20_ONLINE_AND_OFFLINE = [
    doc("2020-11-26", "WIMC 2020 online",
        "NANJING -- More than 3,200 enterprises are taking part in the 2020 World Intelligent Manufacturing "
        "Conference online and offline, and 320 important guests attend."),
    doc("2020-11-28", "WIMC 2020 closes",
        "NANJING -- The 2020 World Intelligent Manufacturing Conference concluded. 3,260 enterprises took part "
        "online and offline; 324 important guests attended."),
]
GOLD_WIMC20_ONLINE_AND_OFFLINE = {
    (0, 3200, "count"): "new", (0, 320, "count"): "new",
    (1, 3260, "count"): "changed:refined", (1, 324, "count"): "changed:conflict",
}


# A forecast in dollars, then the result with its conversion.
STORY_WMC19_OVER_100_BLN_USD = [
    doc("2019-09-20", "WMC 2019: projects worth over 100 bln USD",
        "HEFEI -- Projects with a total value of over 100 billion U.S. dollars are expected to be signed at the "
        "2019 World Manufacturing Convention."),
    doc("2019-09-23", "WMC 2019 ends",
        "HEFEI -- The 2019 World Manufacturing Convention ended with 638 projects worth 735.1 billion yuan (about "
        "103.5 billion U.S. dollars) signed."),
]
GOLD_WMC19_OVER_100_BLN_USD = {
    (0, 100e9, "USD"): "new",
    (1, 638, "count"): "new", (1, 735.1e9, "CNY"): "new", (1, 103.5e9, "USD"): "new",
}


# Chinese: a press conference (companies confirmed so far, Fortune 500 among them, a target), the opening and
# the close.
STORY_WMC26_ZH_THREE_REPORTS = [
    doc("2026-09-19", "2026世界制造业大会新闻发布会召开",
        "9月19日，2026世界制造业大会新闻发布会在合肥召开。记者从发布会上获悉，本届大会将于9月20日至23日举办，为期4天，"
        "设置展览面积10万平方米，目前已有580余家企业确认参展，其中世界500强企业55家。大会期间将举办开幕式、主论坛及20场专业论坛。"
        "预计签约项目600个以上。"),
    doc("2026-09-20", "2026世界制造业大会在合肥开幕",
        "新华社合肥9月20日电 2026世界制造业大会20日在合肥开幕。开幕式上集中签约项目160个，总投资1685亿元。"
        "来自50多个国家和地区的5000余名嘉宾参会。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "新华社合肥9月23日电 2026世界制造业大会23日闭幕。据统计，本届大会共签约项目612个，总投资5032亿元；"
        "参展企业615家，其中世界500强企业58家；展会累计接待观众15.2万人次。"),
]
GOLD_WMC26_ZH_THREE_REPORTS = {
    (0, 4, "day"): "new", (0, 100000, "m2"): "new", (0, 580, "count"): "new", (0, 55, "count"): "new",
    (0, 20, "count"): "new", (0, 600, "count"): "new",
    (1, 160, "count"): "new", (1, 168.5e9, "CNY"): "new", (1, 50, "count"): "new", (1, 5000, "count"): "new",
    (2, 612, "count"): "new", (2, 503.2e9, "CNY"): "new", (2, 615, "count"): "changed:refined",
    (2, 58, "count"): "changed:refined", (2, 152000, "count"): "new",
}


# Chinese: the opening and the close, with the province's industry size.
STORY_WIMC25_ZH_OPENING_CLOSE = [
    doc("2025-11-27", "2025世界智能制造大会开幕",
        "11月27日，以“智造世界·创造未来”为主题的2025世界智能制造大会在南京开幕。大会为期3天，展览面积5万平方米，"
        "300余家企业携最新产品参展，2000余名嘉宾出席，其中两院院士20余位。"),
    doc("2025-11-30", "2025世界智能制造大会闭幕 签约项目42个",
        "11月30日，2025世界智能制造大会闭幕。大会期间，共签约重点项目42个，总金额610亿元；参展企业334家，参会嘉宾2260名，两院院士24位。"
        "江苏省智能制造装备产业规模已超万亿元。"),
]
GOLD_WIMC25_ZH_OPENING_CLOSE = {
    (0, 3, "day"): "new", (0, 50000, "m2"): "new", (0, 300, "count"): "new", (0, 2000, "count"): "new",
    (0, 20, "count"): "new",
    (1, 42, "count"): "new", (1, 61e9, "CNY"): "new", (1, 334, "count"): "changed:refined",
    (1, 2260, "count"): "changed:refined", (1, 24, "count"): "changed:refined", (1, 1e12, "CNY"): "skip",
}


# Chinese results briefing with parts and shares after 分别, then the English report of it.
STORY_WMC24_ZH_RESULTS_EN = [
    doc("2024-09-23", "2024世界制造业大会成果发布",
        "9月23日，2024世界制造业大会成果发布会举行。本届大会共签约项目589个，总投资4718亿元。其中，制造业项目521个、投资额4230亿元，"
        "分别占总量的88.5%、89.7%；外资项目82个，投资额88亿美元。大会期间共举办活动25场，吸引观众14.6万人次。"),
    doc("2024-09-24", "WMC 2024 results briefing",
        "HEFEI -- A total of 589 projects with investment of 471.8 billion yuan were signed at the 2024 World "
        "Manufacturing Convention. Of them, 521 are manufacturing projects, and 82 are foreign-funded, with "
        "investment of 8.8 billion U.S. dollars. The convention held 25 events and drew 146,000 visitors."),
]
GOLD_WMC24_ZH_RESULTS_EN = {
    (0, 589, "count"): "new", (0, 471.8e9, "CNY"): "new", (0, 521, "count"): "new", (0, 423e9, "CNY"): "new",
    (0, 88.5, "percent"): "skip", (0, 89.7, "percent"): "skip", (0, 82, "count"): "new", (0, 8.8e9, "USD"): "new",
    (0, 25, "count"): "new", (0, 146000, "count"): "new",
    (1, 589, "count"): "known", (1, 471.8e9, "CNY"): "known", (1, 521, "count"): "known", (1, 82, "count"): "known",
    (1, 8.8e9, "USD"): "known", (1, 25, "count"): "known", (1, 146000, "count"): "known",
}


# Chinese: the plan the day before, then the result.
STORY_WIMC23_ZH_PLAN_RESULT = [
    doc("2023-12-05", "2023世界智能制造大会明日开幕",
        "2023世界智能制造大会将于12月6日至8日在南京举办。本届大会将设置1个主论坛、12个专题论坛，预计邀请嘉宾1500人，"
        "展览面积4.5万平方米，参展企业预计600家。"),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "12月8日，2023世界智能制造大会闭幕。大会共举办专题论坛13场，参会嘉宾1680人，参展企业612家，签约项目36个，总投资410亿元。"),
]
GOLD_WIMC23_ZH_PLAN_RESULT = {
    (0, 1, "count"): "skip", (0, 12, "count"): "new", (0, 1500, "count"): "new", (0, 45000, "m2"): "new",
    (0, 600, "count"): "new",
    (1, 13, "count"): "changed:conflict", (1, 1680, "count"): "new", (1, 612, "count"): "new", (1, 36, "count"): "new",
    (1, 41e9, "CNY"): "new",
}


# One company's own deals and revenue in a quote beside the exhibitors, then the close.
STORY_WIMC26_EXHIBITOR_VOICES = [
    doc("2026-11-27", "Exhibitor voices at WIMC 2026",
        "NANJING -- \"We signed three deals worth 2 billion yuan on the first morning,\" said Wang Lei, a manager at "
        "a Suzhou robot maker exhibiting at the 2026 World Intelligent Manufacturing Conference. His company's revenue "
        "reached 10 billion yuan last year. The conference has some 350 exhibitors."),
    doc("2026-11-29", "WIMC 2026 ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended Sunday with 362 exhibitors and 58 "
        "projects signed."),
]
GOLD_WIMC26_EXHIBITOR_VOICES = {
    (0, 3, "count"): "skip", (0, 2e9, "CNY"): "skip", (0, 10e9, "CNY"): "skip", (0, 350, "count"): "new",
    (1, 362, "count"): "changed:refined", (1, 58, "count"): "new",
}


# A "top 10 highlights" list with a robot's speed, the opening's batch and countries, then the close.
STORY_WMC25_TOP_TEN = [
    doc("2025-09-21", "Top 10 highlights of WMC 2025",
        "HEFEI -- Here are the top 10 highlights of the 2025 World Manufacturing Convention.\n"
        "No. 1: A humanoid robot that walks 6 km an hour.\nNo. 2: 132 projects signed at the opening, worth 152.6 "
        "billion yuan.\nNo. 3: Guests from 60 countries and regions."),
    doc("2025-09-23", "WMC 2025 closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed Tuesday. Guests came from 62 countries and regions, "
        "and 626 projects were signed."),
]
GOLD_WMC25_TOP_TEN = {
    (0, 10, "count"): "skip", (0, 6, "km/h"): "skip", (0, 132, "count"): "new", (0, 152.6e9, "CNY"): "new",
    (0, 60, "count"): "new",
    (1, 62, "count"): "changed:conflict", (1, 626, "count"): "new",
}


# "grown from 100 exhibitors at its first edition in 2016 to about 260 this year", then the close.
STORY_WIMC24_GROWN_FROM = [
    doc("2024-11-29", "WIMC 2024: interview with organizer",
        "NANJING -- In an interview, an organizer of the 2024 World Intelligent Manufacturing Conference said the "
        "event had grown from 100 exhibitors at its first edition in 2016 to about 260 this year."),
    doc("2024-12-01", "WIMC 2024 ends",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference ended with 263 exhibitors."),
]
GOLD_WIMC24_GROWN_FROM = {
    (0, 100, "count"): "skip", (0, 260, "count"): "new",
    (1, 263, "count"): "changed:refined",
}


# The city's car output beside the models shown and the exhibitors, then both at the close.
STORY_WMC23_CAR_MODELS = [
    doc("2023-09-21", "Hefei's NEV makers at WMC 2023",
        "HEFEI -- Hefei produced 740,000 new energy vehicles in the first eight months, and carmakers used the 2023 "
        "World Manufacturing Convention to show 120 models. The convention's expo hosts about 500 companies."),
    doc("2023-09-23", "WMC 2023 closes",
        "HEFEI -- The 2023 World Manufacturing Convention closed with 523 exhibitors; about 130 vehicle models were "
        "shown."),
]
GOLD_WMC23_CAR_MODELS = {
    (0, 740000, "count"): "skip", (0, 120, "count"): "new", (0, 500, "count"): "new",
    (1, 523, "count"): "changed:refined", (1, 130, "count"): "changed:conflict",
}


# Two saved HTML pages: one dated by its metadata, one only by its byline's "Updated:".
def html_page_en(title, meta, paras, extra=""):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!DOCTYPE html><html><head><title>{title} - Example News</title>{meta}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{extra}{ps}</article>"
            f"<aside><h3>Most read</h3><ul><li><a href='/a'>Fair draws 300 firms</a></li></ul></aside>"
            f"<footer>Copyright 2026 Example News</footer></body></html>")
STORY_WMC26_HTML_PAGES = [
    html_page_en("Hefei convention opens with 160 projects",
         "<meta property='article:published_time' content='2026-09-20T10:15:00+08:00'>",
         ["HEFEI, Sept. 20 -- The 2026 World Manufacturing Convention opened in Hefei on Sunday, with 160 projects "
          "worth 168.5 billion yuan signed at the opening ceremony.",
          "About 600 companies are exhibiting across 100,000 square meters, organizers said."]),
    html_page_en("Hefei convention closes",
         "",
         ["HEFEI, Sept. 23, 2026 -- The 2026 World Manufacturing Convention closed on Wednesday with 612 projects "
          "signed. In all, 615 companies exhibited."],
         extra="<p class='byline'>By Staff Reporter | Updated: 2026-09-23 18:30</p>"),
]
GOLD_WMC26_HTML_PAGES = {
    (0, 160, "count"): "new", (0, 168.5e9, "CNY"): "new", (0, 600, "count"): "new", (0, 100000, "m2"): "new",
    (1, 612, "count"): "new", (1, 615, "count"): "changed:refined",
}


# Two saved Chinese HTML pages dated by their source-and-time lines, with related news after the story.
def html_page_zh(title, meta, paras, extra=""):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}_新闻中心</title>{meta}</head><body>"
            f"<div class='nav'>首页 > 新闻中心</div><div class='article'><h1>{title}</h1>{extra}{ps}</div>"
            f"<div class='related'><h3>相关新闻</h3><a href='/x'>世界制造业大会签约项目超600个</a></div></body></html>")
STORY_WIMC25_ZH_HTML_PAGES = [
    html_page_zh("2025世界智能制造大会开幕",
         "<meta name='publishdate' content='2025-11-27'>",
         ["11月27日，2025世界智能制造大会在南京开幕。大会为期3天，展览面积5万平方米，300余家企业参展。"],
         extra="<div class='info'>来源：新华日报 发布时间：2025-11-27 10:30</div>"),
    html_page_zh("2025世界智能制造大会闭幕",
         "",
         ["11月30日，2025世界智能制造大会闭幕，共有334家企业参展，签约项目42个。"],
         extra="<div class='info'>来源：南京日报 发布时间：2025-11-30 17:05</div>"),
]
GOLD_WIMC25_ZH_HTML_PAGES = {
    (0, 3, "day"): "new", (0, 50000, "m2"): "new", (0, 300, "count"): "new",
    (1, 334, "count"): "changed:refined", (1, 42, "count"): "new",
}


# Two shows within the convention with their own exhibitors, then the convention's.
STORY_WMC26_SHOWS_WITHIN = [
    doc("2026-09-21", "Robot expo within WMC 2026",
        "HEFEI -- The robotics exhibition held as part of the 2026 World Manufacturing Convention has 120 exhibitors "
        "in Hall 4."),
    doc("2026-09-22", "NEV show at WMC 2026",
        "HEFEI -- A new energy vehicle show within the 2026 World Manufacturing Convention features 85 exhibitors."),
    doc("2026-09-23", "WMC 2026 closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with 615 exhibitors."),
]
GOLD_WMC26_SHOWS_WITHIN = {
    (0, 4, "count"): "skip", (0, 120, "count"): "skip",
    (1, 85, "count"): "skip",
    (2, 615, "count"): "new",
}


# A province's pavilion and a side forum's audience, then the conference's exhibitors and guests.
STORY_WIMC25_PAVILION_FORUM = [
    doc("2025-11-28", "Anhui pavilion at Nanjing conference",
        "NANJING -- Anhui's pavilion at the 2025 World Intelligent Manufacturing Conference hosts 40 companies from "
        "the province."),
    doc("2025-11-28", "Digital economy forum at WIMC 2025",
        "NANJING -- A digital economy forum on the sidelines of the 2025 World Intelligent Manufacturing Conference "
        "drew 600 guests on Friday."),
    doc("2025-11-30", "WIMC 2025 closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed with 334 exhibitors and 2,260 "
        "guests."),
]
GOLD_WIMC25_PAVILION_FORUM = {
    (0, 40, "count"): "skip",
    (1, 600, "count"): "skip",
    (2, 334, "count"): "new", (2, 2260, "count"): "new",
}


# One company's deal in a headline ("one company signs") and the opening's batch, then the close.
STORY_WMC24_ONE_COMPANY = [
    doc("2024-09-20", "Hefei convention: one company signs 5 billion yuan deal",
        "HEFEI -- A battery maker signed a 5-billion-yuan investment deal at the 2024 World Manufacturing Convention "
        "on Friday, part of 171 projects signed at the opening."),
    doc("2024-09-23", "WMC 2024 ends",
        "HEFEI -- The 2024 World Manufacturing Convention ended with 589 projects worth 471.8 billion yuan signed."),
]
GOLD_WMC24_ONE_COMPANY = {
    (0, 5e9, "CNY"): "skip", (0, 171, "count"): "new",
    (1, 589, "count"): "new", (1, 471.8e9, "CNY"): "new",
}


# One matchmaking session's buyers and suppliers, then the buyers over three days.
STORY_WIMC23_MATCHMAKING = [
    doc("2023-12-06", "WIMC 2023: matchmaking",
        "NANJING -- A matchmaking session at the 2023 World Intelligent Manufacturing Conference paired 300 buyers "
        "with 150 suppliers."),
    doc("2023-12-08", "WIMC 2023 closes",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed. Over three days, 1,200 buyers met "
        "exhibitors."),
]
GOLD_WIMC23_MATCHMAKING = {
    (0, 300, "count"): "skip", (0, 150, "count"): "skip",
    (1, 3, "day"): "new", (1, 1200, "count"): "new",
}


# The host city's share of the whole and another city's signings, then the whole again.
STORY_WMC22_CITIES_SHARE = [
    doc("2022-09-21", "WMC 2022: Hefei's share",
        "HEFEI -- Of the 573 projects signed at the 2022 World Manufacturing Convention, Hefei accounts for 210 "
        "worth 190 billion yuan."),
    doc("2022-09-22", "WMC 2022: Wuhu's share",
        "HEFEI -- Wuhu signed 65 projects worth 48 billion yuan at the 2022 World Manufacturing Convention."),
    doc("2022-09-23", "WMC 2022 total",
        "HEFEI -- The 2022 World Manufacturing Convention signed 573 projects in total."),
]
GOLD_WMC22_CITIES_SHARE = {
    (0, 573, "count"): "new", (0, 210, "count"): "skip", (0, 190e9, "CNY"): "skip",
    (1, 65, "count"): "skip", (1, 48e9, "CNY"): "skip",
    (2, 573, "count"): "known",
}


# A factory's robots and output on a delegates' tour, then the delegates.
STORY_WIMC21_FACTORY_TOUR = [
    doc("2021-11-26", "WIMC 2021: smart factory tour",
        "NANJING -- Delegates to the 2021 World Intelligent Manufacturing Conference toured a smart factory where "
        "200 robots assemble 1,000 motors a day."),
    doc("2021-11-27", "WIMC 2021 closes",
        "NANJING -- The 2021 World Intelligent Manufacturing Conference closed Saturday with about 1,680 delegates."),
]
GOLD_WIMC21_FACTORY_TOUR = {
    (0, 200, "count"): "skip", (0, 1000, "count"): "skip",
    (1, 1680, "count"): "new",
}


# The previous eight conventions' total (the name in the plural), then the total since 2018 with this one's.
STORY_WMC26_PREVIOUS_EIGHT = [
    doc("2026-09-18", "Hefei convention's track record",
        "HEFEI -- The previous eight World Manufacturing Conventions signed 4,194 projects with total investment of "
        "about 3.9 trillion yuan, of which more than 90 percent have started construction, officials said ahead of "
        "the 2026 edition."),
    doc("2026-09-24", "WMC 2026 adds to track record",
        "HEFEI -- With the 612 projects signed at this year's convention, the World Manufacturing Convention has now "
        "signed 4,806 projects since 2018."),
]
GOLD_WMC26_PREVIOUS_EIGHT = {
    (0, 4194, "count"): "new", (0, 3.9e12, "CNY"): "new", (0, 90, "percent"): "skip",
    (1, 612, "count"): "new", (1, 4806, "count"): "changed:conflict",
}


# Chinese: the opening day's signings; English: the total with "18 of them on the opening day".
STORY_WIMC25_ZH_OPENING_DAY_EN = [
    doc("2025-11-27", "2025世界智能制造大会开幕 首日签约",
        "11月27日，2025世界智能制造大会在南京开幕，开幕当天签约项目18个，总投资260亿元。"),
    doc("2025-11-30", "Nanjing conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed with 42 projects worth 61 billion "
        "yuan signed, 18 of them on the opening day."),
]
GOLD_WIMC25_ZH_OPENING_DAY_EN = {
    (0, 18, "count"): "new", (0, 26e9, "CNY"): "new",
    (1, 42, "count"): "new", (1, 61e9, "CNY"): "new", (1, 18, "count"): "known",
}


# Countries expected, last year's cited, then this year's.
STORY_WMC24_EXPECTS_COUNTRIES = [
    doc("2024-09-19", "WMC 2024 preview",
        "HEFEI -- The 2024 World Manufacturing Convention, which opens Friday, expects guests from more than 50 "
        "countries and regions. Last year's convention drew guests from 48."),
    doc("2024-09-23", "WMC 2024 ends",
        "HEFEI -- Guests from 53 countries and regions attended the 2024 World Manufacturing Convention."),
]
GOLD_WMC24_EXPECTS_COUNTRIES = {
    (0, 50, "count"): "new", (0, 48, "count"): "skip",
    (1, 53, "count"): "new",
}


# A city bureau's figures, then the Chinese close with growth.
STORY_WIMC23_BUREAU_AND_ZH = [
    doc("2023-12-07", "Nanjing conference: 36 deals, 41 billion yuan",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference has seen 36 deals worth 41 billion yuan "
        "signed, according to Nanjing's industry bureau."),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "12月8日，2023世界智能制造大会闭幕，签约项目36个，总投资410亿元，较上届增长15%。"),
]
GOLD_WIMC23_BUREAU_AND_ZH = {
    (0, 36, "count"): "new", (0, 41e9, "CNY"): "new",
    (1, 36, "count"): "known", (1, 41e9, "CNY"): "known", (1, 15, "percent"): "skip",
}


# Companies offline and "another 400" on the cloud, then both at the close.
STORY_WMC22_OFFLINE_AND_CLOUD = [
    doc("2022-09-20", "WMC 2022: 641 companies exhibit offline",
        "HEFEI -- At the 2022 World Manufacturing Convention, 641 companies are exhibiting offline and another 400 "
        "on its cloud platform."),
    doc("2022-09-22", "WMC 2022 closes",
        "HEFEI -- The 2022 World Manufacturing Convention closed; 641 companies exhibited on site and 420 online."),
]
GOLD_WMC22_OFFLINE_AND_CLOUD = {
    (0, 641, "count"): "new", (0, 400, "count"): "new",
    (1, 641, "count"): "known", (1, 420, "count"): "changed:conflict",
}


# A wire's page copied whole (its date on a line of its own), then a Chinese paper's page.
STORY_WIMC25_XINHUA_PAGE = [
    "Home | China | World | Business | Sci-Tech | Photos\n\nSmart manufacturing conference opens in Nanjing\n\n"
    "Source: Xinhua\n\nEditor: huaxia\n\n2025-11-27 20:41:09\n\n"
    "NANJING, Nov. 27 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference opened Thursday in Nanjing, "
    "capital of east China's Jiangsu Province, with more than 300 companies showing industrial robots, machine "
    "vision systems and digital twin software.\n\n"
    "The exhibition covers 50,000 square meters, the organizers said. At the opening ceremony, 42 projects with a "
    "total investment of 36.8 billion yuan were signed. ■\n\n"
    "Related\n\nJiangsu builds more smart factories\n\nCopyright © 2000-2025 XINHUANET.com All rights reserved.",
    "首页 > 要闻\n\n2025世界智能制造大会闭幕\n\n2025-11-29 18:22:40 来源：新华日报\n\n"
    "11月29日，2025世界智能制造大会在南京闭幕。大会期间共签约项目86个，总投资712亿元。\n\n"
    "本届大会参展企业326家，展览面积5万平方米。\n\n【纠错】 责任编辑：李明",
]
GOLD_WIMC25_XINHUA_PAGE = {
    (0, 300, "count"): "new", (0, 50000, "m2"): "new", (0, 42, "count"): "new", (0, 36.8 * B, "CNY"): "new",
    (1, 86, "count"): "new", (1, 71.2 * B, "CNY"): "new", (1, 326, "count"): "changed:refined",
    (1, 50000, "m2"): "known",
}


# A page with a photo caption under its byline and stamp, then one dated by its byline line.
STORY_WMC25_GT_CD_PAGES = [
    "GT Voice\n\nChina\n\nHefei expo shows off flying cars, humanoids\n\nBy Global Times Published: Sep 19, 2025 "
    "09:52 PM\n\nA flying car on display at the 2025 World Manufacturing Convention in Hefei. Photo: VCG\n\n"
    "The 2025 World Manufacturing Convention opened in Hefei, East China's Anhui Province, on Friday, with about "
    "560 companies from 30 countries and regions taking part in its expo, the Global Times learned from the "
    "organizers.\n\nAmong them are 41 of the Fortune Global 500 companies.\n\nRELATED ARTICLES\n\nAnhui car output "
    "hits record",
    "chinadaily.com.cn\n\nHome / Business / Companies\n\nManufacturing convention wraps up with 712 deals\n\n"
    "By Zhu Wen in Hefei | chinadaily.com.cn | Updated: 2025-09-23 10:14\n\nShare - WeChat\n\n"
    "The 2025 World Manufacturing Convention closed in Hefei on Monday with 712 projects signed, involving total "
    "investment of 410.5 billion yuan ($57.7 billion), local authorities said.\n\n"
    "The expo hosted 568 companies, including 43 Fortune Global 500 companies, from 31 countries and regions. "
    "It received about 210,000 visitors over four days.\n\nMost Viewed in 24 Hours\n\nCopyright 1995 - 2025. All "
    "rights reserved.",
]
GOLD_WMC25_GT_CD_PAGES = {
    (0, 560, "count"): "new", (0, 30, "count"): "new", (0, 41, "count"): "new",
    (1, 712, "count"): "new", (1, 410.5 * B, "CNY"): "new", (1, 57.7 * B, "USD"): "new",
    (1, 568, "count"): "changed:refined", (1, 43, "count"): "changed:conflict", (1, 31, "count"): "changed:conflict",
    (1, 210000, "count"): "new", (1, 4, "day"): "new",
}


# A release's page with its provider above the date, then a reprint dated above its headline.
STORY_WIMC25_RELEASE_PAGES = [
    "PR Newswire\n\nNanjing conference to gather global smart manufacturing leaders\n\nNews provided by\n\n"
    "World Intelligent Manufacturing Conference\n\nNov 20, 2025, 04:00 ET\n\nShare this article\n\n"
    "NANJING, China, Nov. 20, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference will be held "
    "in Nanjing from November 27 to 29. About 1,500 guests are expected, and some 320 companies have registered "
    "for the expo.\n\nSOURCE World Intelligent Manufacturing Conference",
    "Sat, November 29, 2025 at 7:30 PM GMT+8\n\nNanjing smart manufacturing conference closes\n\nPR Newswire\n\n"
    "2 min read\n\nNANJING, China, Nov. 29, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing "
    "Conference closed in Nanjing on November 29. Over three days it brought together some 1,800 guests and "
    "326 exhibitors, and 86 projects were signed.\n\nView original content: https://www.prnewswire.com/news-releases/"
    "x.html\n\nSOURCE World Intelligent Manufacturing Conference",
]
GOLD_WIMC25_RELEASE_PAGES = {
    (0, 1500, "count"): "new", (0, 320, "count"): "new",
    (1, 3, "day"): "new", (1, 1800, "count"): "new", (1, 326, "count"): "changed:refined", (1, 86, "count"): "new",
}


# A broadcaster's page, then a page with the site's date of today above its headline.
STORY_WMC23_CGTN_PD_PAGES = [
    "CGTN\n\nChina\n\nWorld Manufacturing Convention kicks off in Hefei\n\nUpdated 16:20, 20-Sep-2023\n\nCGTN\n\n"
    "The 2023 World Manufacturing Convention opened in Hefei on Wednesday. Over 500 companies are exhibiting in "
    "eight exhibition zones, and more than 6,000 guests have registered to attend, organizers said.\n\n"
    "Search Trends\n\nCopyright © 2023 CGTN. Beijing ICP prepared NO.16065310-3",
    "Sunday, September 24, 2023\n\nPeople's Daily Online\n\nBusiness\n\nHefei convention inks 589 deals\n\n"
    "(Xinhua) 08:56, September 24, 2023\n\nHEFEI, Sept. 23 (Xinhua) -- A total of 589 projects, with investment "
    "totaling 469.4 billion yuan, were signed during the 2023 World Manufacturing Convention, which concluded in "
    "Hefei on Friday.\n\nThe convention attracted 512 exhibitors and more than 6,500 guests.\n\n"
    "Web editor: Zhang Kaiwei, Liang Jun",
]
GOLD_WMC23_CGTN_PD_PAGES = {
    (0, 500, "count"): "new", (0, 8, "count"): "new", (0, 6000, "count"): "new",
    (1, 589, "count"): "new", (1, 469.4 * B, "CNY"): "new", (1, 512, "count"): "changed:refined",
    (1, 6500, "count"): "changed:refined",
}


# A Chinese page dated in its metadata line, then an English page dated with its editor's name.
STORY_WIMC24_PEOPLE_ECNS = [
    "人民网>>地方>>江苏\n\n2024世界智能制造大会开幕 300余家企业参展\n\n2024年12月20日09:12 | 来源：人民网－江苏频道\n\n小字号\n\n"
    "人民网南京12月20日电 12月20日，2024世界智能制造大会在南京国际博览中心开幕。本届大会为期3天，展览面积4万平方米，"
    "300余家企业参展。\n\n开幕式上，32个重点项目集中签约，总金额312.6亿元。\n\n分享让更多人看到\n\n返回顶部",
    "ecns\n\nNanjing smart manufacturing conference closes\n\n2024-12-22 17:05:43 | Editor: Li Yan | ECNS App "
    "Download\n\n(ECNS) -- The 2024 World Intelligent Manufacturing Conference concluded in Nanjing on Sunday. "
    "A total of 263 companies exhibited at the conference, and 53 projects worth 41.2 billion yuan were signed "
    "during the three-day event, according to the organizers.\n\nRelated news\n\nNanjing opens smart factory",
]
GOLD_WIMC24_PEOPLE_ECNS = {
    (0, 3, "day"): "new", (0, 40000, "m2"): "new", (0, 300, "count"): "new", (0, 32, "count"): "new",
    (0, 31.26 * B, "CNY"): "new",
    (1, 263, "count"): "changed:conflict", (1, 53, "count"): "new", (1, 41.2 * B, "CNY"): "new", (1, 3, "day"): "known",
}


# The event's own site with a menu above the headline, then a wire page with its fields on one line.
STORY_WMC26_EVENT_SITE = [
    "World Manufacturing Convention\n\nHome About News Exhibition Forums Investment Contact\n\nNews\n\n"
    "2026 WMC opens in Hefei\n\nRelease time：2026-09-20 Source：WMC\n\n"
    "The 2026 World Manufacturing Convention opened in Hefei on September 20. Its expo spans 75,000 square meters "
    "across six halls, with 580 exhibitors, including 60 Fortune Global 500 companies.\n\n"
    "Previous: Convention to open on September 20\n\nNext: Forum on new materials held",
    "Hefei convention ends with 760 projects signed\n\nSource: Xinhua | 2026-09-23 21:17:02 | Editor: huaxia\n\n"
    "HEFEI, Sept. 23 (Xinhua) -- The 2026 World Manufacturing Convention closed Wednesday in Hefei, where 760 "
    "projects with a combined investment of 452 billion yuan were signed. Its expo drew 583 exhibitors and about "
    "180,000 visitors. ■",
]
GOLD_WMC26_EVENT_SITE = {
    (0, 75000, "m2"): "new", (0, 6, "count"): "new", (0, 580, "count"): "new", (0, 60, "count"): "new",
    (1, 760, "count"): "new", (1, 452 * B, "CNY"): "new", (1, 583, "count"): "changed:conflict",
    (1, 180000, "count"): "new",
}


# The host province's car statistics beside the convention's counts.
STORY_WMC25_CAR_STATISTICS = [
    doc("2025-09-20", "Hefei convention spotlights Anhui's car industry",
        "HEFEI, Sept. 20 (Xinhua) -- Electric cars and the robots that build them filled the halls of the 2025 World "
        "Manufacturing Convention, which opened Friday in Hefei.\n\n"
        "Anhui produced 1.68 million new energy vehicles last year, up 60 percent year on year, and its car exports "
        "topped 1 million units, provincial officials said at the opening.\n\n"
        "More than 550 companies are taking part in the convention's expo, which covers 70,000 square meters."),
    doc("2025-09-22", "Anhui's auto sector powers ahead as convention continues",
        "HEFEI, Sept. 22 (Xinhua) -- In the first eight months of this year, Anhui made 1.25 million new energy "
        "vehicles, the provincial bureau of statistics said on Monday, as the 2025 World Manufacturing Convention "
        "entered its last day.\n\n"
        "The province now has 15 carmakers and more than 2,000 parts suppliers, it said.\n\n"
        "The convention's expo has 561 exhibitors."),
]
GOLD_WMC25_CAR_STATISTICS = {
    (0, 1.68e6, "count"): "new", (0, 60, "percent"): "new", (0, 1e6, "count"): "new", (0, 550, "count"): "new",
    (0, 70000, "m2"): "new",
    (1, 1.25e6, "count"): "new", (1, 15, "count"): "new", (1, 2000, "count"): "new",
    (1, 561, "count"): "changed:refined",
}


# The host city's own statistics beside the conference's forecasts and results.
STORY_WIMC24_CITY_STATISTICS = [
    doc("2024-12-19", "Nanjing gears up for smart manufacturing conference",
        "NANJING -- Nanjing's intelligent manufacturing industry had output of 500 billion yuan last year, and the "
        "city is home to 1,200 high-tech manufacturers, officials said ahead of the 2024 World Intelligent "
        "Manufacturing Conference, which opens on Friday.\n\n"
        "The conference expects more than 250 exhibitors and 20,000 visitors."),
    doc("2024-12-22", "Smart manufacturing conference ends in Nanjing",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference ended on Sunday with 263 exhibitors and "
        "about 32,000 visitors over three days.\n\n"
        "Nanjing's intelligent manufacturing output is expected to reach 600 billion yuan this year, the city said."),
]
GOLD_WIMC24_CITY_STATISTICS = {
    (0, 500 * B, "CNY"): "new", (0, 1200, "count"): "new", (0, 250, "count"): "new", (0, 20000, "count"): "new",
    (1, 263, "count"): "new", (1, 32000, "count"): "new", (1, 3, "day"): "new", (1, 600 * B, "CNY"): "new",
}


# A key-figures list of 'value -- what' lines, then the close with the Fortune count 'of them on the list'.
STORY_WMC24_IN_NUMBERS = [
    doc("2024-09-21", "WMC 2024 in numbers",
        "HEFEI -- Key figures from the 2024 World Manufacturing Convention, as released by its organizing committee:\n\n"
        "718 -- projects signed\n\n369.2 billion yuan -- total investment of the signed projects\n\n"
        "532 -- companies at the expo\n\n68 -- Fortune Global 500 companies among them\n\n"
        "70,000 square meters -- exhibition area"),
    doc("2024-09-24", "Hefei convention wraps up",
        "HEFEI -- The 2024 World Manufacturing Convention wrapped up in Hefei with 718 signed projects worth 369.2 "
        "billion yuan. The expo, spread over 70,000 square meters, featured 535 companies, 68 of them on the Fortune "
        "Global 500 list."),
]
GOLD_WMC24_IN_NUMBERS = {
    (0, 718, "count"): "new", (0, 369.2 * B, "CNY"): "new", (0, 532, "count"): "new", (0, 68, "count"): "new",
    (0, 70000, "m2"): "new",
    (1, 718, "count"): "known", (1, 369.2 * B, "CNY"): "known", (1, 70000, "m2"): "known",
    (1, 535, "count"): "changed:conflict", (1, 68, "count"): "known",
}


# An interview of questions and answers with forecasts, then the close.
STORY_WMC25_QA_FORECASTS = [
    doc("2025-09-18", "Q&A: Convention official on what to expect in Hefei",
        "HEFEI -- Ahead of the 2025 World Manufacturing Convention, a member of its organizing committee answered "
        "questions from reporters.\n\n"
        "Q: How big will this year's expo be?\n\n"
        "A: It will cover about 75,000 square meters. So far 540 companies have confirmed they will exhibit, and we "
        "expect the number to pass 550.\n\n"
        "Q: And the signings?\n\n"
        "A: We have lined up about 600 projects for signing during the convention."),
    doc("2025-09-23", "Convention closes with 712 deals",
        "HEFEI -- The 2025 World Manufacturing Convention closed in Hefei, with 712 projects signed and 561 companies "
        "exhibiting on 75,000 square meters."),
]
GOLD_WMC25_QA_FORECASTS = {
    (0, 75000, "m2"): "new", (0, 540, "count"): "new", (0, 550, "count"): "new", (0, 600, "count"): "new",
    (1, 712, "count"): "new", (1, 561, "count"): "changed:refined", (1, 75000, "m2"): "known",
}


# The previous editions' sum and last year's count beside this year's.
STORY_WMC25_PREVIOUS_SIX = [
    doc("2025-09-19", "Seven years of the World Manufacturing Convention",
        "HEFEI -- Over its previous six editions, the World Manufacturing Convention signed 3,021 projects with "
        "total investment of 2.06 trillion yuan, organizers said on Friday as the 2025 convention opened.\n\n"
        "This year's edition has 552 exhibitors, up from 532 last year."),
    doc("2025-09-23", "Hefei convention ends",
        "HEFEI -- The 2025 World Manufacturing Convention ended Tuesday. The number of exhibitors reached a record "
        "561. Organizers said 712 projects were signed, slightly fewer than the 718 signed last year."),
]
GOLD_WMC25_PREVIOUS_SIX = {
    (0, 3021, "count"): "new", (0, 2060 * B, "CNY"): "new", (0, 552, "count"): "new", (0, 532, "count"): "skip",
    (1, 561, "count"): "changed:conflict", (1, 712, "count"): "new", (1, 718, "count"): "skip",
}


# The opening's batch with its amount in the next sentence, then the close naming it again.
STORY_WIMC23_OPENING_BATCH_AMOUNT = [
    doc("2023-12-06", "Nanjing conference opens with 30 deals",
        "NANJING -- Thirty projects were signed on Wednesday as the 2023 World Intelligent Manufacturing Conference "
        "opened in Nanjing. They involve total investment of 25.6 billion yuan.\n\n"
        "The conference, which lasts three days, has gathered about 2,000 guests, among them 26 academicians of the "
        "Chinese Academy of Sciences and the Chinese Academy of Engineering."),
    doc("2023-12-08", "Smart manufacturing conference closes in Nanjing",
        "NANJING -- The 2023 World Intelligent Manufacturing Conference closed on Friday. During the conference, 56 "
        "projects worth 48.3 billion yuan were signed, including the 30 signed at the opening. About 2,100 guests "
        "took part, including 28 academicians."),
]
GOLD_WIMC23_OPENING_BATCH_AMOUNT = {
    (0, 30, "count"): "new", (0, 25.6 * B, "CNY"): "new", (0, 3, "day"): "new", (0, 2000, "count"): "new",
    (0, 26, "count"): "new",
    (1, 56, "count"): "new", (1, 48.3 * B, "CNY"): "new", (1, 30, "count"): "known", (1, 2100, "count"): "changed:refined",
    (1, 28, "count"): "changed:conflict",
}


# A feature with a quote and the host province's statistics, then the close.
STORY_WIMC22_ECONOMIC_WATCH = [
    doc("2022-11-24", "Economic Watch: Smart factories take center stage at Nanjing conference",
        "NANJING, Nov. 24 (Xinhua) -- In a hall of the Nanjing International Expo Center, a robotic arm assembles a "
        "gearbox in 90 seconds while a screen tracks every bolt.\n\n"
        "The scene is one of many at the 2022 World Intelligent Manufacturing Conference, which opened here on "
        "Thursday. More than 200 enterprises are exhibiting, half of them online because of COVID-19 restrictions, "
        "the organizers said.\n\n"
        "Jiangsu now has 1,957 provincial-level smart workshops, according to the provincial industry department. "
        "The province's industrial output exceeded 15 trillion yuan last year.\n\n"
        "\"We came with 12 new products,\" said Zhang Wei, sales director of a robot maker based in Suzhou."),
    doc("2022-11-26", "Nanjing conference signs 48 projects",
        "NANJING -- The 2022 World Intelligent Manufacturing Conference closed in Nanjing on Saturday after signing "
        "48 projects with total investment of 52.3 billion yuan. A total of 216 enterprises exhibited, 108 of them "
        "online."),
]
GOLD_WIMC22_ECONOMIC_WATCH = {
    (0, 200, "count"): "new", (0, 1957, "count"): "new", (0, 15000 * B, "CNY"): "new", (0, 12, "count"): "new",
    (1, 48, "count"): "new", (1, 52.3 * B, "CNY"): "new", (1, 216, "count"): "changed:refined", (1, 108, "count"): "new",
}


# A story, its corrected copy with an editor's note, then the close.
STORY_WMC26_CORRECTED_COPY = [
    doc("2026-09-19", "Manufacturing convention opens in Hefei, signs 158 projects",
        "HEFEI, Sept. 19 (Xinhua) -- The 2026 World Manufacturing Convention opened in Hefei on Saturday, with 158 "
        "projects involving a total investment of 98.6 billion yuan signed at the opening ceremony.\n\n"
        "More than 600 enterprises from 32 countries and regions are exhibiting at the four-day event."),
    doc("2026-09-19", "Manufacturing convention opens in Hefei, signs 158 projects",
        "HEFEI, Sept. 19 (Xinhua) -- The 2026 World Manufacturing Convention opened in Hefei on Saturday, with 158 "
        "projects involving a total investment of 98.6 billion yuan signed at the opening ceremony.\n\n"
        "More than 600 enterprises from 32 countries and regions are exhibiting at the four-day event.\n\n"
        "Editor's note: An earlier version of this story gave the number of countries and regions as 23."),
    doc("2026-09-22", "Hefei convention closes with 790 projects",
        "HEFEI, Sept. 22 (Xinhua) -- The 2026 World Manufacturing Convention closed on Tuesday. A total of 790 "
        "projects with a combined investment of 486 billion yuan were signed during the event, which hosted 618 "
        "enterprises from 33 countries and regions."),
]
GOLD_WMC26_CORRECTED_COPY = {
    (0, 158, "count"): "new", (0, 98.6 * B, "CNY"): "new", (0, 600, "count"): "new", (0, 32, "count"): "new",
    (0, 4, "day"): "new",
    (1, 158, "count"): "known", (1, 98.6 * B, "CNY"): "known", (1, 600, "count"): "known", (1, 32, "count"): "known",
    (1, 23, "count"): "skip",
    (2, 790, "count"): "new", (2, 486 * B, "CNY"): "new", (2, 618, "count"): "changed:refined",
    (2, 33, "count"): "changed:conflict",
}


# A Chinese wire's opening with guests and academicians, then the results briefing.
STORY_WMC25_ZH_WIRE = [
    doc("2025-09-20", "2025世界制造业大会在合肥开幕",
        "新华社合肥9月20日电（记者 陈诺）2025世界制造业大会20日在安徽合肥开幕。本届大会为期4天，来自30多个国家和地区的"
        "4000余名嘉宾参会，其中包括两院院士15人。\n\n开幕式上，集中签约重大项目156个，总投资约1068亿元。"),
    doc("2025-09-23", "2025世界制造业大会闭幕 签约项目712个",
        "记者23日从2025世界制造业大会新闻发布会获悉，本届大会共签约项目712个，总投资4105亿元，同比增长11.2%。其中，"
        "外资项目96个，投资额92亿美元。大会共有来自32个国家和地区的4600余名嘉宾参会，两院院士18人。"),
]
GOLD_WMC25_ZH_WIRE = {
    (0, 4, "day"): "new", (0, 30, "count"): "new", (0, 4000, "count"): "new", (0, 15, "count"): "new",
    (0, 156, "count"): "new", (0, 106.8 * B, "CNY"): "new",
    (1, 712, "count"): "new", (1, 410.5 * B, "CNY"): "new", (1, 11.2, "percent"): "skip", (1, 96, "count"): "new",
    (1, 9.2 * B, "USD"): "new", (1, 32, "count"): "changed:refined", (1, 4600, "count"): "changed:refined",
    (1, 18, "count"): "changed:conflict",
}


# Zones and one zone's area at the opening, then the close with online views.
STORY_WIMC24_ZH_ZONES = [
    doc("2024-12-20", "2024世界智能制造大会开幕",
        "12月20日，2024世界智能制造大会在南京开幕。本届大会展览面积4万平方米，设置智能装备、工业软件、人形机器人等6个展区，"
        "超260家企业参展，其中智能制造博览会人形机器人展区面积达3000平方米。"),
    doc("2024-12-22", "2024世界智能制造大会闭幕",
        "12月22日，为期3天的2024世界智能制造大会闭幕。大会期间，263家企业参展，线下观众超9万人次，线上直播观看量达"
        "1.2亿人次。大会集中签约重大项目30个，总投资536.3亿元。"),
]
GOLD_WIMC24_ZH_ZONES = {
    (0, 40000, "m2"): "new", (0, 6, "count"): "new", (0, 260, "count"): "new", (0, 3000, "m2"): "new",
    (1, 3, "day"): "new", (1, 263, "count"): "changed:refined", (1, 90000, "count"): "new", (1, 1.2e8, "count"): "new",
    (1, 30, "count"): "new", (1, 53.63 * B, "CNY"): "new",
}


# The sum of six editions before the seventh, then the sum of seven.
STORY_WMC24_ZH_SEVEN_EDITIONS = [
    doc("2024-09-19", "世界制造业大会六年签约项目3021个",
        "自2018年首届举办以来，世界制造业大会已连续举办六届，累计签约项目3021个，总投资2.1万亿元，成为安徽招商引资的重要平台。"
        "今年大会将于9月20日至23日举行。"),
    doc("2024-09-23", "2024世界制造业大会成果丰硕",
        "2024世界制造业大会23日闭幕。本届大会共签约项目718个，总投资3692亿元。至此，七届大会累计签约项目3739个。"),
]
GOLD_WMC24_ZH_SEVEN_EDITIONS = {
    (0, 3021, "count"): "new", (0, 2100 * B, "CNY"): "new",
    (1, 718, "count"): "new", (1, 369.2 * B, "CNY"): "new", (1, 3739, "count"): "changed:conflict",
}


# The expo's first day's visitors (a part), then the four days' total.
STORY_WMC26_ZH_FIRST_DAY = [
    doc("2026-09-20", "世界制造业大会首日观众超5万人次",
        "截至20日17时，2026世界制造业大会展会首日接待观众5.3万人次。本届展会共有620家企业参展，展览面积7.5万平方米。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "2026世界制造业大会23日闭幕。展会4天共接待观众18.6万人次，参展企业626家。大会签约项目790个，总投资4860亿元，"
        "比上届增长18.4%。"),
]
GOLD_WMC26_ZH_FIRST_DAY = {
    (0, 53000, "count"): "new", (0, 620, "count"): "new", (0, 75000, "m2"): "new",
    (1, 4, "day"): "new", (1, 186000, "count"): "new", (1, 626, "count"): "changed:conflict",
    (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new", (1, 18.4, "percent"): "skip",
}


# The host province's smart factories beside the conference's exhibitors, in Chinese.
STORY_WIMC23_ZH_JIANGSU_FACTORIES = [
    doc("2023-12-06", "2023世界智能制造大会开幕 江苏智能制造成效显著",
        "12月6日，2023世界智能制造大会在南京开幕。据介绍，江苏已累计建成省级智能制造示范工厂295家、智能车间2318个，"
        "全省两化融合发展水平达66.4。本届大会参展企业近250家，展览面积3.5万平方米。"),
    doc("2023-12-08", "2023世界智能制造大会闭幕",
        "12月8日，2023世界智能制造大会闭幕。大会期间，248家企业参展，集中签约项目36个，总投资410亿元。"
        "江苏省级智能制造示范工厂数量已达300家。"),
]
GOLD_WIMC23_ZH_JIANGSU_FACTORIES = {
    (0, 295, "count"): "new", (0, 2318, "count"): "new", (0, 66.4, "other"): "skip", (0, 250, "count"): "new",
    (0, 35000, "m2"): "new",
    (1, 248, "count"): "changed:refined", (1, 36, "count"): "new", (1, 41 * B, "CNY"): "new", (1, 300, "count"): "new",
}


# A release's own page and two reprints' pages, each timed in its own zone.
REL_WIMC25_RELEASE_REPRINT_PAGES = ("NANJING, China, Dec. 9, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference concluded in "
       "Nanjing on December 7. Over three days, the conference welcomed 1,000+ guests from 20-plus countries and "
       "regions, and 280 enterprises displayed their latest achievements across a 50,000-square-meter exhibition. "
       "A total of 45 key projects were signed on site, with a total contract value of RMB 48.6 billion.")
STORY_WIMC25_RELEASE_REPRINT_PAGES = [
    "Nanjing's 2025 World Intelligent Manufacturing Conference Concludes with RMB 48.6 Billion in Deals\n\n"
    "News provided by\n\nWorld Intelligent Manufacturing Conference\n\nDec 09, 2025, 02:15 ET\n\n" + REL_WIMC25_RELEASE_REPRINT_PAGES +
    "\n\nSOURCE World Intelligent Manufacturing Conference",
    "The Korea Herald\n\nNanjing's 2025 World Intelligent Manufacturing Conference Concludes with RMB 48.6 Billion in "
    "Deals\n\nBy PRNEWSWIRE\n\nPublished : Dec. 9, 2025 - 16:20\n\n    • Link copied\n\n" + REL_WIMC25_RELEASE_REPRINT_PAGES +
    "\n\nAbout the conference: the World Intelligent Manufacturing Conference has been held in Nanjing every year "
    "since 2016.",
    "Smart manufacturing conference in Nanjing ends with RMB 48.6 billion in deals\n\n"
    "PR Newswire\n\nTue, December 9, 2025 at 3:45 PM GMT+8\n\n3 min read\n\n" + REL_WIMC25_RELEASE_REPRINT_PAGES,
]
GOLD_WIMC25_RELEASE_REPRINT_PAGES = {
    (0, 3, "day"): "new", (0, 1000, "count"): "new", (0, 20, "count"): "new", (0, 280, "count"): "new",
    (0, 50000, "m2"): "new", (0, 45, "count"): "new", (0, 48.6 * B, "CNY"): "new",
    (1, 1000, "count"): "known", (1, 280, "count"): "known", (1, 45, "count"): "known", (1, 48.6 * B, "CNY"): "known",
    (2, 1000, "count"): "known", (2, 280, "count"): "known", (2, 45, "count"): "known", (2, 48.6 * B, "CNY"): "known",
}


# Two releases: rounded counts at the opening ('Nearly 280', 'more than 20', 'some 60'), exact at the close.
STORY_WIMC25_RELEASES_ROUNDED = [
    doc("2025-12-05", "Nanjing conference: 280 firms, 20-plus countries",
        "NANJING, China, Dec. 5, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference opened on "
        "December 5 in Nanjing. Nearly 280 enterprises from more than 20 countries and regions are taking part, and "
        "some 60 new products will make their world debut."),
    doc("2025-12-09", "WIMC 2025 closes",
        "NANJING, China, Dec. 9, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference closed "
        "with 282 enterprises from 23 countries and regions having exhibited, and 64 new products released for the "
        "first time in the world."),
]
GOLD_WIMC25_RELEASES_ROUNDED = {
    (0, 280, "count"): "new", (0, 20, "count"): "new", (0, 60, "count"): "new",
    (1, 282, "count"): "changed:conflict", (1, 23, "count"): "changed:refined", (1, 64, "count"): "changed:refined",
}


# Foreign-funded projects and their amount in US dollars at the opening and at the close.
STORY_WMC24_RELEASES_FOREIGN = [
    doc("2024-09-20", "WMC 2024: Hefei signs US$14.6 billion in foreign deals",
        "HEFEI, China, Sept. 20, 2024 /PRNewswire/ -- At the 2024 World Manufacturing Convention, 68 foreign-funded "
        "projects with total investment of US$14.6 billion were signed, according to the Anhui Provincial Department "
        "of Commerce. The convention has attracted more than 500 companies, including over 60 Fortune Global 500 "
        "firms."),
    doc("2024-09-24", "WMC 2024 wraps up",
        "HEFEI, China, Sept. 24, 2024 /PRNewswire/ -- The 2024 World Manufacturing Convention concluded with 718 "
        "projects signed worth RMB 369.2 billion. Of these, 94 were foreign-funded projects involving investment of "
        "US$15.2 billion. Some 532 companies exhibited, 68 of which were Fortune Global 500 companies."),
]
GOLD_WMC24_RELEASES_FOREIGN = {
    (0, 68, "count"): "new", (0, 14.6 * B, "USD"): "new", (0, 500, "count"): "new", (0, 60, "count"): "new",
    (1, 718, "count"): "new", (1, 369.2 * B, "CNY"): "new", (1, 94, "count"): "changed:conflict",
    (1, 15.2 * B, "USD"): "changed:conflict", (1, 532, "count"): "changed:refined", (1, 68, "count"): "changed:refined",
}


# Exhibits, robots, a rise 'from last year to 130' and a quote, then the close with the running total since 2018.
STORY_WMC26_GT_EXHIBITS = [
    doc("2026-09-19", "Robots, batteries and chips: Hefei's manufacturing showcase opens",
        "Global Times) 21:40, September 19, 2026\n\n"
        "The 2026 World Manufacturing Convention kicked off in Hefei on Saturday, with more than 1,500 exhibits on "
        "display, including about 300 robots. Overseas exhibitors rose by 30 percent from last year to 130, "
        "according to the organizers.\n\n"
        "\"We brought our newest arm, which can lift 50 kilograms,\" said Li Na, a manager at a robot maker, whose "
        "booth drew hundreds of visitors in the first hour.\n\n"
        "The convention will run until Tuesday. Since its first edition in 2018, it has signed more than 4,500 "
        "projects."),
    doc("2026-09-22", "Hefei convention ends with 790 deals",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects signed. Its expo "
        "displayed 1,620 exhibits, and 132 overseas companies exhibited. Since 2018, the convention has signed 5,308 "
        "projects."),
]
GOLD_WMC26_GT_EXHIBITS = {
    (0, 1500, "count"): "new", (0, 300, "count"): "new", (0, 30, "percent"): "skip", (0, 130, "count"): "new",
    (0, 50, "kg"): "skip", (0, 4500, "count"): "new",
    (1, 790, "count"): "new", (1, 1620, "count"): "changed:refined", (1, 132, "count"): "changed:conflict",
    (1, 5308, "count"): "changed:refined",
}


# The plan the day before (forums, area, volunteers, shuttle routes), then what was held.
STORY_WIMC25_COUNTDOWN = [
    doc("2025-11-26", "Nanjing counts down to smart manufacturing conference",
        "NANJING -- With one day to go, preparations for the 2025 World Intelligent Manufacturing Conference are "
        "complete, organizers said on Wednesday. The three-day event opens on Thursday at the Nanjing International "
        "Expo Center, where 12 forums and an expo of 50,000 square meters are planned.\n\n"
        "More than 1,200 volunteers have been trained for the event, and 30 shuttle bus routes will run."),
    doc("2025-11-29", "Nanjing conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed on Saturday after three days, during "
        "which it held 14 forums and an expo of 52,000 square meters. Some 1,300 volunteers served the event."),
]
GOLD_WIMC25_COUNTDOWN = {
    (0, 3, "day"): "new", (0, 12, "count"): "new", (0, 50000, "m2"): "new", (0, 1200, "count"): "new",
    (0, 30, "count"): "new",
    (1, 3, "day"): "known", (1, 14, "count"): "changed:conflict", (1, 52000, "m2"): "changed:conflict",
    (1, 1300, "count"): "changed:refined",
}


# A forecast, the first day's batch and the province's statistics, then the close naming the batch again.
STORY_WMC24_CD_FIRST_DAY = [
    doc("2024-09-21", "China Daily: Anhui bets on manufacturing convention",
        "By ZHU LIXIN in Hefei | China Daily | Updated: 2024-09-21 07:32\n\n"
        "The 2024 World Manufacturing Convention, which opened on Friday in Hefei, is expected to see more than 700 "
        "projects signed. On the first day alone, 152 projects with total investment of 104.5 billion yuan were "
        "inked.\n\n"
        "Anhui's industrial added value grew 8.6 percent last year, and manufacturing accounts for 29 percent of the "
        "province's GDP, officials said."),
    doc("2024-09-24", "Anhui convention delivers 718 projects",
        "By ZHU LIXIN in Hefei | China Daily | Updated: 2024-09-24 08:10\n\n"
        "The 2024 World Manufacturing Convention closed on Monday with 718 projects signed, involving investment of "
        "369.2 billion yuan. The first day's 152 projects accounted for 104.5 billion yuan of the total."),
]
GOLD_WMC24_CD_FIRST_DAY = {
    (0, 700, "count"): "new", (0, 152, "count"): "new", (0, 104.5 * B, "CNY"): "new", (0, 8.6, "percent"): "skip",
    (0, 29, "percent"): "skip",
    (1, 718, "count"): "new", (1, 369.2 * B, "CNY"): "new", (1, 152, "count"): "known", (1, 104.5 * B, "CNY"): "known",
}


# The other event's exhibitors cited in a story about this one, between this one's opening and close.
STORY_WIMC25_OTHER_EVENT_MENTION = [
    doc("2025-09-23", "Hefei convention closes with 712 deals",
        "HEFEI -- The 2025 World Manufacturing Convention closed on Tuesday with 712 projects signed and 561 "
        "exhibitors."),
    doc("2025-11-28", "Nanjing hosts smart manufacturing conference",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference opened in Nanjing on Friday with 280 "
        "exhibitors. In September, the World Manufacturing Convention in neighboring Anhui drew 568 exhibitors, and "
        "the two events are increasingly seen as a pair."),
    doc("2025-11-30", "Nanjing conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed on Sunday with 45 projects signed. "
        "A total of 284 exhibitors took part."),
]
GOLD_WIMC25_OTHER_EVENT_MENTION = {
    (0, 712, "count"): "new", (0, 561, "count"): "new",
    (1, 280, "count"): "new", (1, 568, "count"): "skip",
    (2, 45, "count"): "new", (2, 284, "count"): "changed:conflict",
}


# A live blog of timed entries (times are no figures), then the close.
STORY_WMC26_LIVE_BLOG = [
    doc("2026-09-19", "Live: World Manufacturing Convention opens in Hefei",
        "09:05 Guests are arriving at the Binhu International Convention and Exhibition Center, where the 2026 World "
        "Manufacturing Convention opens this morning.\n\n"
        "09:40 The opening ceremony begins. Organizers say more than 1,200 guests are in the hall.\n\n"
        "10:25 At the signing ceremony, 158 projects worth 98.6 billion yuan are signed.\n\n"
        "11:10 The expo opens to the public. It features 620 exhibitors across 75,000 square meters."),
    doc("2026-09-22", "World Manufacturing Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. It drew 1,650 guests and 626 "
        "exhibitors, and 790 projects worth 486 billion yuan were signed."),
]
GOLD_WMC26_LIVE_BLOG = {
    (0, 1200, "count"): "new", (0, 158, "count"): "new", (0, 98.6 * B, "CNY"): "new", (0, 620, "count"): "new",
    (0, 75000, "m2"): "new",
    (1, 1650, "count"): "new", (1, 626, "count"): "changed:conflict", (1, 790, "count"): "new",
    (1, 486 * B, "CNY"): "new",
}


# A Chinese plan of forums and invited guests, then what was held and released.
STORY_WIMC25_ZH_FORUMS_RESULTS = [
    doc("2025-11-27", "2025世界智能制造大会今日开幕",
        "11月27日，2025世界智能制造大会在南京开幕。本届大会为期三天，将举办开幕式、主论坛及12场平行论坛，"
        "预计邀请国内外嘉宾1500人左右，两院院士20余位。"),
    doc("2025-11-29", "2025世界智能制造大会闭幕 发布成果32项",
        "11月29日，2025世界智能制造大会闭幕。大会共举办主论坛1场、平行论坛14场，1800余位嘉宾参会，其中两院院士23位。"
        "大会发布智能制造领域重大成果32项，集中签约项目45个，总投资486亿元。"),
]
GOLD_WIMC25_ZH_FORUMS_RESULTS = {
    (0, 3, "day"): "new", (0, 12, "count"): "new", (0, 1500, "count"): "new", (0, 20, "count"): "new",
    (1, 1, "count"): "skip", (1, 14, "count"): "changed:conflict", (1, 1800, "count"): "new", (1, 23, "count"): "new",
    (1, 32, "count"): "new", (1, 45, "count"): "new", (1, 48.6 * B, "CNY"): "new",
}


# The opening's batch, then the second day's batch held by the cities and the running total.
STORY_WMC24_ZH_DAY_TWO_BATCH = [
    doc("2024-09-21", "世界制造业大会首日签约152个项目",
        "9月20日，2024世界制造业大会开幕式暨重大项目集中签约仪式在合肥举行，现场签约项目152个，总投资1045亿元，"
        "其中外资项目22个。"),
    doc("2024-09-22", "大会第二天 又有一批项目签约",
        "9月21日，2024世界制造业大会进入第二天。当天，安徽16个市分别举行专场签约活动，又签约项目566个，总投资2647亿元。"
        "截至目前，本届大会已累计签约项目718个，总投资3692亿元。"),
]
GOLD_WMC24_ZH_DAY_TWO_BATCH = {
    (0, 152, "count"): "new", (0, 104.5 * B, "CNY"): "new", (0, 22, "count"): "new",
    (1, 16, "count"): "skip", (1, 566, "count"): "new", (1, 264.7 * B, "CNY"): "new", (1, 718, "count"): "new",
    (1, 369.2 * B, "CNY"): "new",
}


# An opinion piece comparing this edition with earlier ones, then an official's figures.
STORY_WMC25_OPINION_COMPARISONS = [
    doc("2025-09-24", "Opinion: What Hefei's convention numbers tell us",
        "The 2025 World Manufacturing Convention ended on Tuesday with 712 signed projects, a touch below the 718 of "
        "2024 but well above the 440 signed at the first edition in 2018. Investment rose to 410.5 billion yuan "
        "from 369.2 billion yuan a year earlier.\n\n"
        "Exhibitors, at 561, were close to last year's 532, while overseas participation grew: 96 foreign-funded "
        "projects were signed, compared with 94 in 2024."),
    doc("2025-09-25", "Anhui: convention investment up 11 percent",
        "HEFEI -- Investment in projects signed at the 2025 World Manufacturing Convention totaled 410.5 billion "
        "yuan, up 11.2 percent from 2024, the provincial commerce department said. The convention signed 712 "
        "projects, 98 of them foreign-funded."),
]
GOLD_WMC25_OPINION_COMPARISONS = {
    (0, 712, "count"): "new", (0, 718, "count"): "skip", (0, 440, "count"): "skip", (0, 410.5 * B, "CNY"): "new",
    (0, 369.2 * B, "CNY"): "skip", (0, 561, "count"): "new", (0, 532, "count"): "skip", (0, 96, "count"): "new",
    (0, 94, "count"): "skip",
    (1, 410.5 * B, "CNY"): "known", (1, 11.2, "percent"): "skip", (1, 712, "count"): "known",
    (1, 98, "count"): "changed:conflict",
}


# Last year's figures cited at this year's opening, then a story about last year's edition.
STORY_WMC23_LAST_YEAR_AND_CORRECTION = [
    doc("2023-09-20", "Hefei convention opens; 2022 edition had signed 568 projects",
        "HEFEI -- The 2023 World Manufacturing Convention opened on Wednesday. Last year's convention signed 568 "
        "projects with investment of 447.1 billion yuan. This year, organizers expect more than 500 exhibitors."),
    doc("2023-09-23", "Hefei convention signs 589 projects",
        "HEFEI -- The 2023 World Manufacturing Convention closed with 589 projects signed, involving investment of "
        "469.4 billion yuan. It drew 512 exhibitors."),
    doc("2023-09-25", "Correction: 2022 convention figures",
        "HEFEI -- An earlier story misstated last year's signings. The 2022 World Manufacturing Convention signed 568 "
        "projects with investment of 447.1 billion yuan, as reported, and drew 501 exhibitors."),
]
GOLD_WMC23_LAST_YEAR_AND_CORRECTION = {
    (0, 568, "count"): "skip", (0, 447.1 * B, "CNY"): "skip", (0, 500, "count"): "new",
    (1, 589, "count"): "new", (1, 469.4 * B, "CNY"): "new", (1, 512, "count"): "new",
    (2, 568, "count"): "skip", (2, 447.1 * B, "CNY"): "skip", (2, 501, "count"): "skip",
}


# Deals that 'had topped 600' by the second day, then 'the final tally ... stood at 790'.
STORY_WMC26_TALLY_WORDS = [
    doc("2026-09-20", "Convention tally: deals top 600 on day two",
        "HEFEI -- Deals signed at the 2026 World Manufacturing Convention had topped 600 by the end of its second day, "
        "organizers said Sunday evening."),
    doc("2026-09-22", "Convention final tally: 790 deals",
        "HEFEI -- When the 2026 World Manufacturing Convention wrapped up on Tuesday, the final tally of signed "
        "deals stood at 790."),
]
GOLD_WMC26_TALLY_WORDS = {(0, 600, "count"): "new", (1, 790, "count"): "changed:refined"}


# 'Upwards of 270 companies', then organizers 'put the number ... at 282'.
STORY_WIMC25_UPWARDS_OF = [
    doc("2025-11-28", "Nanjing conference: upwards of 270 companies",
        "NANJING -- Upwards of 270 companies are exhibiting at the 2025 World Intelligent Manufacturing Conference, "
        "which opened on Thursday."),
    doc("2025-11-30", "Nanjing conference: exhibitor count put at 282",
        "NANJING -- Organizers put the number of exhibiting companies at the 2025 World Intelligent Manufacturing "
        "Conference at 282 as it closed on Saturday."),
]
GOLD_WIMC25_UPWARDS_OF = {(0, 270, "count"): "new", (1, 282, "count"): "changed:refined"}


# An area in 'sq m of floor space', then a larger one that corrects it.
STORY_WIMC24_AREA_CORRECTED = [
    doc("2024-12-21", "Nanjing expo area 40,000 sq m",
        "NANJING -- The expo of the 2024 World Intelligent Manufacturing Conference occupies 40,000 sq m of floor "
        "space at the Nanjing International Expo Center."),
    doc("2024-12-23", "Nanjing expo bigger than first reported",
        "NANJING -- The expo of the 2024 World Intelligent Manufacturing Conference in fact spanned 45,000 square "
        "meters, organizers said, correcting an earlier figure."),
]
GOLD_WIMC24_AREA_CORRECTED = {(0, 40000, "m2"): "new", (1, 45000, "m2"): "changed:conflict"}


# People who watched online so far, then the online audience at the close.
STORY_WMC23_ONLINE_AUDIENCE = [
    doc("2023-09-21", "WMC 2023: 3.4 million watch online",
        "HEFEI -- Some 3.4 million people have watched the 2023 World Manufacturing Convention online so far, "
        "organizers said on Thursday."),
    doc("2023-09-23", "WMC 2023 online audience passes 5 million",
        "HEFEI -- The 2023 World Manufacturing Convention's online audience passed 5 million by the time it closed "
        "on Friday."),
]
GOLD_WMC23_ONLINE_AUDIENCE = {(0, 3.4e6, "count"): "new", (1, 5e6, "count"): "changed:refined"}


# A Chinese amount 'over 40 billion yuan' at the signing, then the exact total.
STORY_WIMC22_ZH_AMOUNT_OVER = [
    doc("2022-11-25", "智能制造大会签约项目投资额超400亿元",
        "11月25日，2022世界智能制造大会重大项目签约仪式举行，签约项目投资额超400亿元。"),
    doc("2022-11-26", "2022世界智能制造大会闭幕",
        "11月26日，2022世界智能制造大会闭幕，大会共签约项目48个，计划总投资523亿元。"),
]
GOLD_WIMC22_ZH_AMOUNT_OVER = {(0, 40 * B, "CNY"): "new", (1, 48, "count"): "new", (1, 52.3 * B, "CNY"): "changed:refined"}


# A release's bulleted highlights, then the results.
STORY_WIMC25_RELEASE_HIGHLIGHTS = [
    doc("2025-11-30", "WIMC 2025 highlights",
        "NANJING, China, Nov. 30, 2025 /PRNewswire/ -- The 2025 World Intelligent Manufacturing Conference wrapped up "
        "in Nanjing. Highlights:\n\n"
        "• 45 key projects signed, with total investment of RMB 48.6 billion\n\n"
        "• Over 280 exhibitors from 23 countries and regions\n\n"
        "• 14 parallel forums and 1,800-plus guests, including 23 academicians\n\n"
        "• 32 major achievements released"),
    doc("2025-12-01", "Nanjing conference results",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference signed 45 projects worth 48.6 billion yuan "
        "and hosted 284 exhibitors, organizers said."),
]
GOLD_WIMC25_RELEASE_HIGHLIGHTS = {
    (0, 45, "count"): "new", (0, 48.6 * B, "CNY"): "new", (0, 280, "count"): "new", (0, 23, "count"): "new",
    (0, 14, "count"): "new", (0, 1800, "count"): "new", (0, 32, "count"): "new",
    (1, 45, "count"): "known", (1, 48.6 * B, "CNY"): "known", (1, 284, "count"): "changed:refined",
}


# A Chinese briefing listing results as 一是、二是、三是, then an English report with a rounder count.
STORY_WMC24_ZH_THREE_ASPECTS = [
    doc("2024-09-25", "2024世界制造业大会成果发布",
        "9月25日，省政府新闻办召开新闻发布会，介绍2024世界制造业大会成果。本届大会成果主要体现在三个方面：一是招商成果丰硕，"
        "共签约项目718个，总投资3692亿元；二是展会规模扩大，展览面积7万平方米，532家企业参展，其中境外企业68家；"
        "三是国际影响力提升，来自36个国家和地区的嘉宾参会。"),
    doc("2024-09-26", "World Manufacturing Convention results announced",
        "HEFEI -- Anhui officials said on Wednesday that the 2024 World Manufacturing Convention signed 718 projects "
        "worth 369.2 billion yuan and drew 532 exhibitors, 70 of them from overseas, on 70,000 square meters."),
]
GOLD_WMC24_ZH_THREE_ASPECTS = {
    (0, 718, "count"): "new", (0, 369.2 * B, "CNY"): "new", (0, 70000, "m2"): "new", (0, 532, "count"): "new",
    (0, 68, "count"): "new", (0, 36, "count"): "new",
    (1, 718, "count"): "known", (1, 369.2 * B, "CNY"): "known", (1, 532, "count"): "known",
    (1, 70, "count"): "known", (1, 70000, "m2"): "known",
}


# Key figures apart by bars on one line, then the investment revised and the count unchanged.
STORY_WMC26_BAR_FIELDS_REVISED = [
    doc("2026-09-22", "WMC 2026 by the numbers",
        "HEFEI -- The 2026 World Manufacturing Convention in figures:\n\n"
        "Projects signed: 790 | Investment: 486 billion yuan | Exhibitors: 626 | Visitors: 186,000"),
    doc("2026-09-24", "Hefei convention: investment revised to 491 billion yuan",
        "HEFEI -- Investment in projects signed at the 2026 World Manufacturing Convention has been revised to 491 "
        "billion yuan after late filings, the provincial commerce department said. The number of projects is "
        "unchanged at 790."),
]
GOLD_WMC26_BAR_FIELDS_REVISED = {
    (0, 790, "count"): "new", (0, 486 * B, "CNY"): "new", (0, 626, "count"): "new", (0, 186000, "count"): "new",
    (1, 491 * B, "CNY"): "changed:conflict", (1, 790, "count"): "known",
}


# Chinese pages of a provincial news site and a broadcaster's site, with their furniture.
STORY_WMC25_ZH_PROVINCIAL_SITES = [
    "中安在线 > 新闻中心 > 安徽要闻\n\n2025世界制造业大会开幕 签约项目156个\n\n2025-09-20 19:35:12 来源：中安在线 作者：王晨 "
    "编辑：李想\n\n字号：大 中 小\n\n中安在线讯 9月20日，2025世界制造业大会在合肥滨湖国际会展中心开幕。开幕式上，集中签约重大"
    "项目156个，总投资1068亿元。本届大会展览面积7.5万平方米，参展企业560余家。\n\n【责任编辑：李想】\n\n相关新闻\n\n"
    "合肥：制造业高质量发展再提速",
    "央视网 > 新闻频道 > 经济\n\n2025世界制造业大会闭幕\n\n来源：央视网 | 2025年09月23日 20:11\n\n央视网消息：2025世界制造业"
    "大会23日闭幕。本届大会共签约项目712个，总投资4105亿元，参展企业561家。\n\n编辑：张雨",
]
GOLD_WMC25_ZH_PROVINCIAL_SITES = {
    (0, 156, "count"): "new", (0, 106.8 * B, "CNY"): "new", (0, 75000, "m2"): "new", (0, 560, "count"): "new",
    (1, 712, "count"): "new", (1, 410.5 * B, "CNY"): "new", (1, 561, "count"): "changed:refined",
}


# A provincial government's page and an evening paper's page, dated in their metadata lines.
STORY_WIMC24_ZH_GOVERNMENT_PAGES = [
    "江苏省人民政府 > 政务公开 > 江苏要闻\n\n2024世界智能制造大会在宁开幕\n\n发布日期：2024-12-20 信息来源：新华日报 "
    "浏览次数：2105\n\n12月20日，2024世界智能制造大会在南京开幕。大会为期3天，设置展览面积4万平方米，260余家企业参展。\n\n"
    "【打印本页】【关闭窗口】",
    "合肥晚报\n\n南京智能制造大会闭幕 签约项目30个\n\n2024/12/22 21:05 来源：合肥晚报\n\n记者获悉，2024世界智能制造大会"
    "22日在南京闭幕，集中签约重大项目30个，总投资536.3亿元，参展企业263家。\n\n扫一扫在手机打开当前页",
]
GOLD_WIMC24_ZH_GOVERNMENT_PAGES = {
    (0, 3, "day"): "new", (0, 40000, "m2"): "new", (0, 260, "count"): "new",
    (1, 30, "count"): "new", (1, 53.63 * B, "CNY"): "new", (1, 263, "count"): "changed:refined",
}


# The close, then 'last month's conference' in January and 'Last year's conference' in March.
STORY_WIMC24_NEXT_YEAR_MENTIONS = [
    doc("2024-12-22", "Nanjing conference signs 30 projects",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed on Sunday with 30 projects signed, "
        "worth 53.63 billion yuan, and 263 exhibitors."),
    doc("2025-01-15", "Jiangsu reviews a year of smart manufacturing",
        "NANJING -- Projects signed at last month's World Intelligent Manufacturing Conference in Nanjing are moving "
        "ahead: 12 of the 30 have broken ground, the provincial industry department said. The conference drew 265 "
        "exhibitors, according to its final report."),
    doc("2025-03-02", "Nanjing sets dates for 2025 smart manufacturing conference",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference will be held in late November, organizers "
        "said. Last year's conference signed 30 projects worth 53.63 billion yuan."),
]
GOLD_WIMC24_NEXT_YEAR_MENTIONS = {
    (0, 30, "count"): "new", (0, 53.63 * B, "CNY"): "new", (0, 263, "count"): "new",
    (1, 12, "count"): "skip", (1, 30, "count"): "skip", (1, 265, "count"): "changed:conflict",
    (2, 30, "count"): "known", (2, 53.63 * B, "CNY"): "known",
}


# A wire's opening with zones and the province's revenue, then the close where every count moved.
STORY_WIMC26_WIRE_ZONES = [
    doc("2026-11-26", "Smart manufacturing conference opens in Nanjing",
        "NANJING, Nov. 26 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference opened Thursday in Nanjing, "
        "capital of east China's Jiangsu Province.\n\n"
        "Running through Saturday, the event has brought together about 300 enterprises and 2,000 guests. Its expo, "
        "at the Nanjing International Expo Center, spans 50,000 square meters and is divided into eight zones.\n\n"
        "Jiangsu's intelligent manufacturing sector generated revenue of 2.3 trillion yuan last year, according to "
        "the provincial department of industry and information technology."),
    doc("2026-11-28", "Nanjing conference ends; 52 deals signed",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday. Over its three days, "
        "52 projects with total investment of 61.5 billion yuan were signed, 306 enterprises exhibited and about "
        "2,300 guests attended. The expo's nine zones covered 52,000 square meters."),
]
GOLD_WIMC26_WIRE_ZONES = {
    (0, 300, "count"): "new", (0, 2000, "count"): "new", (0, 50000, "m2"): "new", (0, 8, "count"): "new",
    (0, 2300 * B, "CNY"): "new",
    (1, 3, "day"): "new", (1, 52, "count"): "new", (1, 61.5 * B, "CNY"): "new", (1, 306, "count"): "changed:refined",
    (1, 2300, "count"): "changed:conflict", (1, 9, "count"): "changed:conflict", (1, 52000, "m2"): "changed:conflict",
}


# Numbers two days in, then the close: every one refined.
STORY_WMC26_NUMBERS_SO_FAR = [
    doc("2026-09-21", "World Manufacturing Convention: key numbers so far",
        "HEFEI -- Two days into the 2026 World Manufacturing Convention, organizers gave these numbers: 470 "
        "projects signed with investment of 301 billion yuan; 98,000 visitors to the expo; and 3.1 million views of "
        "the livestreams."),
    doc("2026-09-22", "World Manufacturing Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects signed, investment of "
        "486 billion yuan, 186,000 visitors to the expo and 5.6 million livestream views."),
]
GOLD_WMC26_NUMBERS_SO_FAR = {
    (0, 470, "count"): "new", (0, 301 * B, "CNY"): "new", (0, 98000, "count"): "new", (0, 3.1e6, "count"): "new",
    (1, 790, "count"): "changed:refined", (1, 486 * B, "CNY"): "changed:refined", (1, 186000, "count"): "changed:refined",
    (1, 5.6e6, "count"): "changed:refined",
}


# Chinese counts confirmed before the opening, then the close's.
STORY_WMC26_ZH_CONFIRMED_SO_FAR = [
    doc("2026-09-18", "2026世界制造业大会明日开幕",
        "记者从大会组委会获悉，2026世界制造业大会将于9月19日至22日在合肥举办。本届大会展览面积约7.5万平方米，"
        "已有600余家企业确认参展，其中世界500强企业60余家。大会期间将举办各类活动20余场。"),
    doc("2026-09-22", "2026世界制造业大会闭幕 签约项目790个",
        "9月22日，2026世界制造业大会在合肥闭幕。本届大会共举办各类活动23场，参展企业626家，其中世界500强企业63家，"
        "签约项目790个，总投资4860亿元。"),
]
GOLD_WMC26_ZH_CONFIRMED_SO_FAR = {
    (0, 75000, "m2"): "new", (0, 600, "count"): "new", (0, 60, "count"): "new", (0, 20, "count"): "new",
    (1, 23, "count"): "changed:refined", (1, 626, "count"): "changed:refined", (1, 63, "count"): "changed:refined",
    (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new",
}


# A feature with a quote, then the close naming the edition by its ordinal only.
STORY_WIMC25_TENTH_EDITION = [
    doc("2025-11-27", "Smart factories, humanoids headline Nanjing conference",
        "NANJING -- Walking robots, a 3D-printed car body and a digital twin of a steel mill drew crowds as the 2025 "
        "World Intelligent Manufacturing Conference opened in Nanjing on Thursday.\n\n"
        "\"We have sold 1,000 of these robots this year,\" said the head of a Suzhou company.\n\n"
        "The conference, in its 10th year, features 12 parallel forums and has attracted about 280 exhibitors."),
    doc("2025-11-29", "Nanjing conference closes with 45 projects",
        "NANJING -- The 10th World Intelligent Manufacturing Conference closed on Saturday with 45 projects signed "
        "and 284 exhibitors. It held 14 parallel forums."),
]
GOLD_WIMC25_TENTH_EDITION = {
    (0, 1000, "count"): "skip", (0, 12, "count"): "new", (0, 280, "count"): "new",
    (1, 45, "count"): "new", (1, 284, "count"): "changed:refined", (1, 14, "count"): "changed:conflict",
}


# A broadcaster's opening and close, the amount also given in dollars.
STORY_WMC26_CGTN_CONVERTED = [
    doc("2026-09-20", "World Manufacturing Convention opens in Hefei with 600-plus exhibitors",
        "HEFEI, Sept. 20 (CGTN) -- The 2026 World Manufacturing Convention kicked off on Saturday in Hefei, the "
        "capital of Anhui Province, with 600-plus companies showing their products across 75,000 square meters.\n\n"
        "Guests from more than 40 countries and regions are attending the four-day event, organizers said."),
    doc("2026-09-23", "Hefei convention wraps up with 790 deals",
        "HEFEI, Sept. 23 (CGTN) -- The 2026 World Manufacturing Convention concluded on Tuesday in Hefei. A total of "
        "790 projects worth 486 billion yuan (about 68 billion U.S. dollars) were signed during the event.\n\n"
        "Some 626 companies took part in the exhibition, and guests came from 43 countries and regions."),
]
GOLD_WMC26_CGTN_CONVERTED = {
    (0, 600, "count"): "new", (0, 75000, "m2"): "new", (0, 40, "count"): "new", (0, 4, "day"): "new",
    (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new", (1, 68 * B, "USD"): "skip",
    (1, 626, "count"): "changed:refined", (1, 43, "count"): "changed:refined",
}


# A range of exhibitors expected and last year's counts, then the close.
STORY_WMC26_RANGE_EXPECTED = [
    doc("2026-09-10", "Hefei readies for manufacturing convention",
        "HEFEI -- Preparations for the 2026 World Manufacturing Convention are in their final stage, the organizing "
        "committee said on Thursday. Between 500 and 600 companies are expected to exhibit, and the event, from Sept. "
        "20 to 23, will host about 20 forums and side events.\n\n"
        "Last year's convention drew 612 exhibitors and saw 712 projects signed."),
    doc("2026-09-23", "Convention closes: 626 exhibitors, 790 projects",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 626 exhibitors and 790 signed "
        "projects. It hosted 23 forums and side events."),
]
GOLD_WMC26_RANGE_EXPECTED = {
    (0, 500, "count"): "new", (0, 20, "count"): "new", (0, 612, "count"): "skip", (0, 712, "count"): "skip",
    (1, 626, "count"): "new", (1, 790, "count"): "new", (1, 23, "count"): "changed:conflict",
}


# Eight editions' signings rounded, then restated exactly in a release.
T_WMC26_EIGHT_YEARS = 1e12
STORY_WMC26_EIGHT_YEARS = [
    doc("2026-09-18", "Eight years of Hefei convention: 4,194 projects",
        "HEFEI (Global Times) -- Over the past eight years, the World Manufacturing Convention has seen 4,194 "
        "projects signed with total investment of more than 2.3 trillion yuan, organizers said ahead of this year's "
        "edition, which opens on Saturday in Hefei."),
    doc("2026-09-19", "Anhui to host 2026 World Manufacturing Convention",
        "HEFEI, Sept. 19, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention will open in Hefei, Anhui "
        "Province, on September 20. Since 2018, the convention has signed 4,194 projects worth 2.32 trillion yuan."),
]
GOLD_WMC26_EIGHT_YEARS = {
    (0, 4194, "count"): "new", (0, 2.3 * T_WMC26_EIGHT_YEARS, "CNY"): "new",
    (1, 4194, "count"): "known", (1, 2.32 * T_WMC26_EIGHT_YEARS, "CNY"): "changed:refined",
}


# Chinese: an online audience forecast and countries, then the close's.
STORY_WMC26_ZH_ONLINE_AUDIENCE = [
    doc("2026-09-20", "2026世界制造业大会开幕",
        "人民网合肥9月20日电 20日，2026世界制造业大会在合肥开幕。据介绍，本届大会线上参与人数预计超3000万人次，"
        "来自30多个国家和地区的嘉宾参会。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "人民网合肥9月23日电 23日，2026世界制造业大会闭幕。大会期间，线上观众达3200万人次，"
        "来自33个国家和地区的1500余位嘉宾参会。"),
]
GOLD_WMC26_ZH_ONLINE_AUDIENCE = {
    (0, 30000000, "count"): "new", (0, 30, "count"): "new",
    (1, 32000000, "count"): "new", (1, 33, "count"): "changed:refined", (1, 1500, "count"): "new",
}


# One forum set among the conference's forums by an apposition, then the close.
STORY_WIMC26_FORUM_APPOSITION = [
    doc("2026-11-27", "Automotive forum at Nanjing conference signs 12 projects",
        "NANJING -- The intelligent automotive forum, one of 20 parallel forums at the 2026 World Intelligent "
        "Manufacturing Conference, drew about 500 attendees on Friday and saw 12 projects worth 8 billion yuan "
        "signed."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday in Nanjing. Its 20 "
        "parallel forums drew some 3,000 guests, and 52 projects worth 61.5 billion yuan were signed."),
]
GOLD_WIMC26_FORUM_APPOSITION = {
    (0, 20, "count"): "new", (0, 500, "count"): "new", (0, 12, "count"): "new", (0, 8 * B, "CNY"): "new",
    (1, 20, "count"): "known", (1, 3000, "count"): "new", (1, 52, "count"): "new", (1, 61.5 * B, "CNY"): "new",
}


# A release, its copy under another headline a day later, then the close.
STORY_WIMC26_RELEASE_RETITLED = [
    doc("2026-11-26", "2026 World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, China, Nov. 26, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference opened "
        "today in Nanjing. More than 280 companies are exhibiting over 50,000 square meters, and 36 projects with "
        "total investment of 42 billion yuan were signed at the opening ceremony.\n\n"
        "The conference runs until November 28."),
    doc("2026-11-27", "Nanjing hosts smart manufacturing meet",
        "NANJING, China, Nov. 26, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference opened "
        "today in Nanjing. More than 280 companies are exhibiting over 50,000 square meters, and 36 projects with "
        "total investment of 42 billion yuan were signed at the opening ceremony."),
    doc("2026-11-28", "Nanjing conference: 52 projects signed",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended on Saturday. In all, 52 projects "
        "worth 61.5 billion yuan were signed and 306 companies exhibited."),
]
GOLD_WIMC26_RELEASE_RETITLED = {
    (0, 280, "count"): "new", (0, 50000, "m2"): "new", (0, 36, "count"): "new", (0, 42 * B, "CNY"): "new",
    (1, 280, "count"): "known", (1, 50000, "m2"): "known", (1, 36, "count"): "known", (1, 42 * B, "CNY"): "known",
    (2, 52, "count"): "new", (2, 61.5 * B, "CNY"): "new", (2, 306, "count"): "changed:refined",
}


# Chinese: a provincial daily's opening and close, with foreign-funded projects.
STORY_WIMC26_ZH_PROVINCIAL_DAILY = [
    doc("2026-11-26", "2026世界智能制造大会在南京开幕",
        "新华日报讯 26日，2026世界智能制造大会在南京国际博览中心开幕。本届大会吸引了国内外300余家企业参展，"
        "展览面积5万平方米，设置8个展区。"),
    doc("2026-11-28", "2026世界智能制造大会闭幕 签约项目52个",
        "新华日报讯 28日，2026世界智能制造大会落下帷幕。大会期间共签约项目52个，总投资615亿元，其中外资项目12个。"
        "306家企业参展。"),
]
GOLD_WIMC26_ZH_PROVINCIAL_DAILY = {
    (0, 300, "count"): "new", (0, 50000, "m2"): "new", (0, 8, "count"): "new",
    (1, 52, "count"): "new", (1, 61.5 * B, "CNY"): "new", (1, 12, "count"): "new", (1, 306, "count"): "changed:refined",
}


# Amounts written against the currency code and 'bn'.
STORY_WMC26_RMB_BN = [
    doc("2026-09-20", "Hefei convention signs RMB210bn in opening-day deals",
        "HEFEI (Caixin Global) -- Deals worth RMB210bn were inked on the first day of the 2026 World Manufacturing "
        "Convention in Hefei, covering 320 projects, the organiser said."),
    doc("2026-09-23", "WMC 2026 ends with RMB486bn signed",
        "HEFEI (Caixin Global) -- The 2026 World Manufacturing Convention closed in Hefei with 790 projects and "
        "RMB486bn of investment signed, up from RMB435bn last year."),
]
GOLD_WMC26_RMB_BN = {
    (0, 210 * B, "CNY"): "new", (0, 320, "count"): "new",
    (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new", (1, 435 * B, "CNY"): "skip",
}


# A feature on one event with an aside on the other event's signings.
STORY_WIMC26_OTHER_EVENT_ASIDE = [
    doc("2026-11-28", "Nanjing smart manufacturing conference signs 52 projects",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday in Nanjing with 52 "
        "projects signed and 306 exhibitors."),
    doc("2026-11-30", "Yangtze delta bets on smart factories",
        "NANJING -- At the World Intelligent Manufacturing Conference that ended in Nanjing on Saturday, robots and "
        "industrial software took center stage. Jiangsu is not alone: two months earlier, the World Manufacturing "
        "Convention in neighbouring Anhui's capital Hefei signed 790 projects.\n\n"
        "The Nanjing event drew 306 exhibitors."),
]
GOLD_WIMC26_OTHER_EVENT_ASIDE = {
    (0, 52, "count"): "new", (0, 306, "count"): "new",
    (1, 790, "count"): "skip", (1, 306, "count"): "known",
}


# A corrected copy with its correction note above the story.
STORY_WIMC26_CORRECTION_NOTE = [
    doc("2026-11-27", "Nanjing conference draws 360 exhibitors",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference has drawn 360 exhibitors to Nanjing, with "
        "forums on robotics and industrial AI."),
    doc("2026-11-27", "Nanjing conference draws 306 exhibitors",
        "Correction: An earlier version of this story misstated the number of exhibitors. It is 306, not 360.\n\n"
        "NANJING -- The 2026 World Intelligent Manufacturing Conference has drawn 306 exhibitors to Nanjing, with "
        "forums on robotics and industrial AI."),
]
GOLD_WIMC26_CORRECTION_NOTE = {
    (0, 360, "count"): "new", (1, 306, "count"): "changed:conflict",
}


# Booths, exhibiting firms, participating enterprises: the exhibitors under other names.
STORY_WMC26_BOOTHS_PARTICIPANTS = [
    doc("2026-09-19", "Hefei fair sets up 700 booths",
        "HEFEI -- Workers finished setting up 700 booths on Friday for the 2026 World Manufacturing Convention, "
        "where about 600 exhibiting firms are expected. The show floor covers 75,000 square meters."),
    doc("2026-09-21", "Participating enterprises top 620 at Hefei convention",
        "HEFEI -- Participating enterprises at the 2026 World Manufacturing Convention have topped 620, organizers "
        "said on Monday. A signing ceremony on Sunday sealed 320 contracts."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. Exhibiting companies numbered 626, and "
        "790 projects were signed."),
]
GOLD_WMC26_BOOTHS_PARTICIPANTS = {
    (0, 700, "count"): "new", (0, 600, "count"): "new", (0, 75000, "m2"): "new",
    (1, 620, "count"): "skip", (1, 320, "count"): "new",
    (2, 626, "count"): "changed:refined", (2, 790, "count"): "skip",
}


# Raw pages whose related-stories lists carry other stories' figures.
STORY_WMC26_RELATED_STORIES = [
    "Home > Business > Companies\n\nRobots and digital twins on show as Hefei convention opens\n\n"
    "By Li Wei in Hefei | chinadaily.com.cn | Updated: 2026-09-20 17:05\n\n"
    "The 2026 World Manufacturing Convention opened on Saturday in Hefei, Anhui province, with more than 600 "
    "companies exhibiting across 75,000 square meters.\n\n"
    "At the opening ceremony, 186 projects with investment of 180 billion yuan were signed, the organizing committee "
    "said.\n\n"
    "Related Stories\n\n"
    "Hefei convention concludes with 712 projects signed\n\n"
    "World Manufacturing Convention 2025 draws 612 exhibitors\n\n"
    "Anhui signs 1,200 projects worth 800 billion yuan in first half\n\n"
    "Most Popular\n\n1. Nanjing conference signs 52 deals worth 61.5 billion yuan\n\n2. EV makers expand in Hefei\n\n"
    "Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia "
    "information, etc) published in this site belongs to China Daily Information Co (CDIC).",
    "Home > Business\n\nHefei convention signs 790 projects\n\n"
    "By Li Wei in Hefei | chinadaily.com.cn | Updated: 2026-09-23 18:40\n\n"
    "The 2026 World Manufacturing Convention closed on Tuesday in Hefei with 790 projects signed, involving "
    "investment of 486 billion yuan. A total of 626 companies exhibited.\n\n"
    "You might also like\n\nHefei convention signs 712 projects in 2025\n\nAnhui NEV output passes 1 million\n\n"
    "Copyright 1995 - 2026. All rights reserved.",
]
GOLD_WMC26_RELATED_STORIES = {
    (0, 600, "count"): "new", (0, 75000, "m2"): "new", (0, 186, "count"): "new", (0, 180 * B, "CNY"): "new",
    (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new", (1, 626, "count"): "changed:refined",
}


# A speech's national statistics beside the edition's counts, then a numbers story.
T_WMC26_NATIONAL_FIGURES = 1e12
STORY_WMC26_NATIONAL_FIGURES = [
    doc("2026-09-20", "Vice premier urges smarter factories at Hefei convention",
        "HEFEI, Sept. 20 (Xinhua) -- Chinese Vice Premier addressed the opening of the 2026 World Manufacturing "
        "Convention in Hefei on Saturday, calling for deeper global cooperation in manufacturing.\n\n"
        "China's manufacturing value added has ranked first globally for 16 years in a row, reaching 34 trillion yuan "
        "last year and accounting for nearly 30 percent of the world total, he said.\n\n"
        "The convention has attracted over 600 enterprises, including 60 Fortune Global 500 companies."),
    doc("2026-09-21", "Hefei manufacturing convention: in numbers",
        "HEFEI -- China's manufacturing value added reached 33.9 trillion yuan in 2025, according to the Ministry of "
        "Industry and Information Technology, about 29 percent of the global total.\n\n"
        "At the 2026 World Manufacturing Convention, 626 enterprises are on show, 63 of them Fortune Global 500 "
        "companies."),
]
GOLD_WMC26_NATIONAL_FIGURES = {
    (0, 34 * T_WMC26_NATIONAL_FIGURES, "CNY"): "skip", (0, 30, "percent"): "skip", (0, 16, "other"): "skip",
    (0, 600, "count"): "new", (0, 60, "count"): "new",
    (1, 33.9 * T_WMC26_NATIONAL_FIGURES, "CNY"): "skip", (1, 29, "percent"): "skip",
    (1, 626, "count"): "changed:refined", (1, 63, "count"): "changed:conflict",
}


# The host province 'home to' its own factories, then the close.
STORY_WIMC26_HOME_TO = [
    doc("2026-11-26", "Jiangsu showcases smart manufacturing might",
        "NANJING -- Jiangsu, home to 1,100 provincial-level smart factories and 2,900 smart workshops, is hosting the "
        "2026 World Intelligent Manufacturing Conference in Nanjing from Thursday to Saturday.\n\n"
        "The event has gathered about 300 exhibitors and 1,500 guests, the organizers said. Jiangsu's industrial "
        "output grew 7.2 percent in the first ten months."),
    doc("2026-11-28", "Nanjing conference wraps up",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday. About 306 exhibitors "
        "took part and some 1,650 guests attended. Jiangsu now has 1,150 provincial-level smart factories, an "
        "official said."),
]
GOLD_WIMC26_HOME_TO = {
    (0, 1100, "count"): "skip", (0, 2900, "count"): "skip", (0, 300, "count"): "new", (0, 1500, "count"): "new",
    (0, 7.2, "percent"): "skip",
    (1, 306, "count"): "changed:refined", (1, 1650, "count"): "changed:refined", (1, 1150, "count"): "skip",
}


# Chinese: a share of manufacturing projects while signing runs, then the close's.
STORY_WMC26_ZH_SHARE_OF_PROJECTS = [
    doc("2026-09-22", "合肥：世界制造业大会签约项目超700个",
        "中安在线讯 记者从2026世界制造业大会组委会获悉，截至22日中午，大会已签约项目超700个，总投资超4500亿元。"
        "其中，制造业项目占比超九成。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "中安在线讯 23日，2026世界制造业大会闭幕。大会共签约项目790个，总投资4860亿元，其中制造业项目712个，占比90.1%。"),
]
GOLD_WMC26_ZH_SHARE_OF_PROJECTS = {
    (0, 700, "count"): "new", (0, 450 * B, "CNY"): "new", (0, 90, "percent"): "new",
    (1, 790, "count"): "changed:refined", (1, 486 * B, "CNY"): "changed:refined", (1, 712, "count"): "new",
    (1, 90.1, "percent"): "new",
}


# Exhibitors 'rising to' a value from last year's, then the close.
STORY_WMC26_RISING_FROM = [
    doc("2026-09-20", "Global manufacturers flock to Hefei",
        "HEFEI (China Daily) -- The 2026 World Manufacturing Convention opened in Hefei on Saturday, with exhibitors "
        "rising to 610 from 580 last year.\n\n"
        "The exhibition area has grown to 80,000 square meters, up from 75,000 square meters in 2025."),
    doc("2026-09-23", "Hefei convention closes with record exhibitors",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. Exhibitors numbered 626, a record, and "
        "the exhibition area stood at 80,000 square meters."),
]
GOLD_WMC26_RISING_FROM = {
    (0, 610, "count"): "new", (0, 580, "count"): "skip", (0, 80000, "m2"): "new", (0, 75000, "m2"): "skip",
    (1, 626, "count"): "changed:conflict", (1, 80000, "m2"): "known",
}


# A forecast with a relative clause of what is so, then the close.
STORY_WIMC26_RELATIVE_CLAUSE = [
    doc("2026-11-27", "Half a million visitors expected at Nanjing expo",
        "NANJING -- Half a million visitors are expected at the expo of the 2026 World Intelligent Manufacturing "
        "Conference, which opened on Thursday with more than 280 exhibitors and half a dozen themed halls."),
    doc("2026-11-29", "Nanjing expo ends",
        "NANJING -- The expo of the 2026 World Intelligent Manufacturing Conference ended on Saturday after "
        "receiving 420,000 visitors. It had six themed halls and 306 exhibitors. Nine MOUs were also inked."),
]
GOLD_WIMC26_RELATIVE_CLAUSE = {
    (0, 500000, "count"): "new", (0, 280, "count"): "new", (0, 6, "count"): "new",
    (1, 420000, "count"): "new", (1, 6, "count"): "known", (1, 306, "count"): "changed:refined", (1, 9, "count"): "new",
}


# Totals brought to a value while the convention runs, then the final ones.
STORY_WMC26_TOTALS_SO_FAR = [
    doc("2026-09-21", "Hefei convention's first day: 186 deals",
        "HEFEI -- On the opening day of the 2026 World Manufacturing Convention, 186 projects worth 180 billion yuan "
        "were signed, while the expo received 52,000 visitors."),
    doc("2026-09-22", "Hefei convention signs more deals on day two",
        "HEFEI -- The 2026 World Manufacturing Convention signed another 240 projects on Sunday, bringing the total "
        "to 426 projects worth 298 billion yuan. The expo has received 110,000 visitors so far."),
    doc("2026-09-23", "Hefei convention ends with 790 projects signed",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Tuesday with 790 projects signed, worth 486 "
        "billion yuan in total. Its expo received 186,000 visitors over four days."),
]
GOLD_WMC26_TOTALS_SO_FAR = {
    (0, 186, "count"): "new", (0, 180 * B, "CNY"): "new", (0, 52000, "count"): "new",
    (1, 240, "count"): "new", (1, 426, "count"): "new", (1, 298 * B, "CNY"): "new", (1, 110000, "count"): "new",
    (2, 790, "count"): "changed:refined", (2, 486 * B, "CNY"): "changed:refined", (2, 186000, "count"): "changed:refined",
    (2, 4, "day"): "new",
}


# An agency's opening with last year's first day, then its close with 'the exhibitor count'.
STORY_WMC26_AGENCY_DEALS_VERSUS = [
    doc("2026-09-20", "Anhui's showcase fair opens as carmakers court investors",
        "HEFEI (Reuters) - China's Anhui province opened its annual World Manufacturing Convention on Saturday, "
        "drawing more than 600 exhibitors as local officials pitch the electric-vehicle hub to foreign investors.\n\n"
        "Deals with a combined value of 210 billion yuan ($29.5 billion) were inked on the first day, the organisers "
        "said, versus 190 billion yuan on the opening day last year."),
    doc("2026-09-23", "Anhui fair ends with 486 bln yuan in deals",
        "HEFEI (Reuters) - Deals valued at 486 billion yuan were clinched at this year's World Manufacturing "
        "Convention in Hefei, which ended on Tuesday, up from 435 billion yuan in 2025. The exhibitor count came to "
        "626."),
]
GOLD_WMC26_AGENCY_DEALS_VERSUS = {
    (0, 600, "count"): "new", (0, 210 * B, "CNY"): "new", (0, 29.5 * B, "USD"): "skip", (0, 190 * B, "CNY"): "skip",
    (1, 486 * B, "CNY"): "new", (1, 435 * B, "CNY"): "skip", (1, 626, "count"): "changed:refined",
}


# Booth space and a jump in per cent, then the close's tally.
STORY_WIMC26_BOOTH_SPACE = [
    doc("2026-11-26", "Robots, chips star as Nanjing meet opens",
        "NANJING (SCMP) - Nearly 300 firms are exhibiting at the 2026 World Intelligent Manufacturing Conference, "
        "which opened in the Jiangsu capital on Thursday, the organisers said. Booth space totals some 50,000 square "
        "metres, a jump of 11 per cent on last year."),
    doc("2026-11-28", "Nanjing meet closes: the numbers",
        "NANJING - The 2026 World Intelligent Manufacturing Conference wrapped up on Saturday. The tally: 306 "
        "exhibiting firms, 52 signed projects and 52,000 square metres of booth space."),
]
GOLD_WIMC26_BOOTH_SPACE = {
    (0, 300, "count"): "new", (0, 50000, "m2"): "new", (0, 11, "percent"): "new",
    (1, 306, "count"): "changed:conflict", (1, 52, "count"): "new", (1, 52000, "m2"): "changed:refined",
}


# Delegates registered and a headcount that could top a value, then the close.
STORY_WMC26_HEADCOUNT = [
    doc("2026-09-19", "Hefei braces for convention crowds",
        "HEFEI -- Organizers of the 2026 World Manufacturing Convention said on Friday they had registered 1,200 "
        "delegates from home and abroad, and that the headcount could top 1,500 by the opening."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Tuesday. Some 1,580 delegates attended, the "
        "organizers said."),
]
GOLD_WMC26_HEADCOUNT = {
    (0, 1200, "count"): "new", (0, 1500, "count"): "new",
    (1, 1580, "count"): "changed:conflict",
}


# Sectors' shares of the signings in two ways of writing.
STORY_WMC26_SECTORS_LIONS_SHARE = [
    doc("2026-09-23", "Manufacturing projects take lion's share at Hefei convention",
        "HEFEI -- Of the 790 projects signed at the 2026 World Manufacturing Convention, advanced manufacturing "
        "projects took the lion's share at 712, with new energy vehicle projects alone numbering 188.\n\n"
        "Investment from the 790 projects totals 486 billion yuan."),
    doc("2026-09-24", "WMC 2026 by sector",
        "HEFEI -- Advanced manufacturing accounted for 712 of the 790 deals signed at the 2026 World Manufacturing "
        "Convention, and new energy vehicles for 190."),
]
GOLD_WMC26_SECTORS_LIONS_SHARE = {
    (0, 790, "count"): "skip", (0, 712, "count"): "new", (0, 188, "count"): "new", (0, 486 * B, "CNY"): "new",
    (1, 712, "count"): "known", (1, 790, "count"): "known", (1, 190, "count"): "new",
}


# A list of what to expect, then the close.
STORY_WIMC26_WHAT_TO_EXPECT = [
    doc("2026-11-25", "What to expect at the 2026 World Intelligent Manufacturing Conference",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference runs from Nov 26 to 28 in Nanjing. Here is "
        "what visitors can expect:\n\n"
        "- More than 280 exhibitors across eight zones\n"
        "- 20 parallel forums on topics from humanoid robots to industrial software\n"
        "- About 1,500 guests, including 30 academicians"),
    doc("2026-11-28", "Nanjing conference ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 306 exhibitors, 21 "
        "parallel forums and about 1,650 guests, among them 32 academicians."),
]
GOLD_WIMC26_WHAT_TO_EXPECT = {
    (0, 280, "count"): "new", (0, 8, "count"): "new", (0, 20, "count"): "new", (0, 1500, "count"): "new",
    (0, 30, "count"): "new",
    (1, 306, "count"): "changed:refined", (1, 21, "count"): "changed:conflict", (1, 1650, "count"): "changed:refined",
    (1, 32, "count"): "changed:conflict",
}


# Pledges on the first two days and a growth rate against last year, then the close.
STORY_WMC26_PLEDGES_TWO_DAYS = [
    doc("2026-09-21", "Investment pours into Anhui at manufacturing convention",
        "HEFEI (Bloomberg) -- Companies pledged a combined 320 billion yuan of investment in Anhui on the first two "
        "days of the World Manufacturing Convention, according to a statement from the organizers. The 2026 edition "
        "has lured about 610 exhibitors, roughly 10% more than last year's 556."),
    doc("2026-09-23", "Anhui convention investment pledges hit 486 billion yuan",
        "HEFEI (Bloomberg) -- Investment pledged at the 2026 World Manufacturing Convention reached 486 billion yuan "
        "by the time it closed on Tuesday, organizers said. The event drew 626 exhibitors."),
]
GOLD_WMC26_PLEDGES_TWO_DAYS = {
    (0, 320 * B, "CNY"): "new", (0, 610, "count"): "new", (0, 10, "percent"): "new", (0, 556, "count"): "skip",
    (1, 486 * B, "CNY"): "changed:refined", (1, 626, "count"): "changed:refined",
}


# Chinese: the first day's visitors, then the close's total.
STORY_WIMC26_ZH_FIRST_DAY_VISITORS = [
    doc("2026-11-27", "世界智能制造大会：智能制造“新势力”集中亮相",
        "中国江苏网11月27日讯 26日开幕的2026世界智能制造大会上，近300家企业携最新产品参展，涵盖工业机器人、"
        "工业软件等领域。展会首日，参观人数超过3万人次。"),
    doc("2026-11-29", "2026世界智能制造大会落幕",
        "中国江苏网11月29日讯 为期3天的2026世界智能制造大会28日落幕。据统计，大会累计吸引观众12万人次，"
        "306家企业参展，发布成果20项。"),
]
GOLD_WIMC26_ZH_FIRST_DAY_VISITORS = {
    (0, 300, "count"): "new", (0, 30000, "count"): "new",
    (1, 3, "day"): "new", (1, 120000, "count"): "new", (1, 306, "count"): "changed:conflict", (1, 20, "count"): "new",
}


# Releases with key facts in bullets and an 'About' paragraph, opening and close.
STORY_WMC26_RELEASE_KEY_FACTS = [
    doc("2026-09-20", "World Manufacturing Convention 2026 opens",
        "HEFEI, China, Sept. 20, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention opened today in Hefei. "
        "Key facts:\n\n"
        "* Dates: September 20-23\n"
        "* Venue: Binhu International Convention and Exhibition Center\n"
        "* Exhibition area: 75,000 sqm\n"
        "* Exhibitors: 600+\n"
        "* Forums and events: 20+\n\n"
        "About the World Manufacturing Convention\n\n"
        "Held annually in Hefei since 2018, the convention has signed more than 4,000 projects."),
    doc("2026-09-23", "World Manufacturing Convention 2026 concludes",
        "HEFEI, China, Sept. 23, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention concluded today. Key "
        "results:\n\n"
        "* Projects signed: 790\n"
        "* Total investment: RMB 486 billion\n"
        "* Exhibitors: 626\n"
        "* Forums and events: 23\n\n"
        "About the World Manufacturing Convention\n\n"
        "Held annually in Hefei since 2018, the convention has signed more than 4,000 projects."),
]
GOLD_WMC26_RELEASE_KEY_FACTS = {
    (0, 75000, "m2"): "new", (0, 600, "count"): "new", (0, 20, "count"): "new", (0, 4000, "count"): "new",
    (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new", (1, 626, "count"): "changed:refined",
    (1, 23, "count"): "changed:refined", (1, 4000, "count"): "known",
}


# Last year's count and a peak year's, then a look back.
STORY_WIMC26_PEAK_YEAR = [
    doc("2026-11-28", "Nanjing conference inks 52 deals",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference inked 52 deals worth 61.5 billion yuan. "
        "That's up from 45 deals and 52 billion yuan last year, and well below the 2019 peak of 68 deals."),
    doc("2026-11-30", "Smart manufacturing in Jiangsu: a look at the numbers",
        "NANJING -- Last week's World Intelligent Manufacturing Conference in Nanjing signed 52 projects with 61.5 "
        "billion yuan in investment. Over its history since 2016, the conference has seen more than 500 projects "
        "signed."),
]
GOLD_WIMC26_PEAK_YEAR = {
    (0, 52, "count"): "new", (0, 61.5 * B, "CNY"): "new", (0, 45, "count"): "skip", (0, 52 * B, "CNY"): "skip",
    (0, 68, "count"): "skip",
    (1, 52, "count"): "known", (1, 61.5 * B, "CNY"): "known", (1, 500, "count"): "new",
}


# Foreign signers' projects as of a day, then the close's foreign-funded projects.
STORY_WMC26_FOREIGN_SIGNERS = [
    doc("2026-09-22", "Hefei convention: foreign firms sign 36 projects",
        "HEFEI -- Foreign-invested enterprises signed 36 projects worth 5.2 billion U.S. dollars at the 2026 World "
        "Manufacturing Convention as of Monday, the provincial commerce department said. Exhibitors from abroad "
        "numbered 130, from 25 countries and regions."),
    doc("2026-09-23", "Hefei convention closes with 41 foreign-funded projects",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. Foreign-funded projects signed during "
        "the event totaled 41, with investment of 6.1 billion U.S. dollars. There were 132 overseas exhibitors."),
]
GOLD_WMC26_FOREIGN_SIGNERS = {
    (0, 36, "count"): "new", (0, 5.2 * B, "USD"): "new", (0, 130, "count"): "new", (0, 25, "count"): "new",
    (1, 41, "count"): "changed:refined", (1, 6.1 * B, "USD"): "changed:refined", (1, 132, "count"): "changed:conflict",
}


# A finance portal's pages of two releases, with the portal's furniture.
STORY_WMC26_PORTAL_REPRINT_PAGES = [
    "Yahoo Finance\n\nSearch query\n\nNews\n\nFinance\n\nSports\n\nWorld Manufacturing Convention 2026 Opens in Hefei with "
    "600+ Exhibitors\n\nPR Newswire\n\nSun, September 20, 2026 at 11:05 AM GMT+8 2 min read\n\nIn this article:\n\n"
    "HEFEI, China, Sept. 20, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention opened today in Hefei, "
    "Anhui Province, with more than 600 exhibitors and an exhibition area of 75,000 square meters. At the opening "
    "ceremony, 186 projects were signed with total investment of 180 billion yuan.\n\n"
    "Story continues\n\nView comments\n\nTerms and Privacy Policy\n\nPrivacy Dashboard",
    "Yahoo Finance\n\nWorld Manufacturing Convention 2026 Concludes with 790 Projects Signed\n\nPR Newswire\n\n"
    "Wed, September 23, 2026 at 6:40 PM GMT+8 2 min read\n\n"
    "HEFEI, China, Sept. 23, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention concluded today in Hefei. "
    "A total of 790 projects were signed with total investment of 486 billion yuan, and 626 companies exhibited.\n\n"
    "View comments",
]
GOLD_WMC26_PORTAL_REPRINT_PAGES = {
    (0, 600, "count"): "new", (0, 75000, "m2"): "new", (0, 186, "count"): "new", (0, 180 * B, "CNY"): "new",
    (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new", (1, 626, "count"): "changed:refined",
}


# A news agency's English pages with a date-and-editor line and related news.
STORY_WIMC26_ECNS_PAGES = [
    "ECNS\n\nHome | Politics | Business | Society | Culture\n\nWorld Intelligent Manufacturing Conference opens in "
    "Nanjing\n\n2026-11-26 14:32:10 | Editor: Zhang Yi\n\n(ECNS) -- The 2026 World Intelligent Manufacturing "
    "Conference opened Thursday in Nanjing, east China's Jiangsu Province. Nearly 300 companies are showing their "
    "latest products, and 36 projects were signed at the opening ceremony.\n\n"
    "Related news\n\nNanjing conference closes with 45 projects (2025-11-29)\n\n"
    "Copyright ©1999-2026 Chinanews.com. All rights reserved.",
    "ECNS\n\nWorld Intelligent Manufacturing Conference closes with 52 projects\n\n2026-11-28 19:05:44 | Editor: Li "
    "Na\n\n(ECNS) -- The 2026 World Intelligent Manufacturing Conference closed Saturday in Nanjing with 52 projects "
    "signed, worth 61.5 billion yuan. A total of 306 companies exhibited.",
]
GOLD_WIMC26_ECNS_PAGES = {
    (0, 300, "count"): "new", (0, 36, "count"): "new",
    (1, 52, "count"): "new", (1, 61.5 * B, "CNY"): "new", (1, 306, "count"): "changed:conflict",
}


# A provincial English site: the first day named by an apposition, 'Among them', the close.
STORY_WMC26_PROVINCIAL_ENGLISH_PAGES = [
    "Anhui News\n\nHOME > Business\n\nWMC 2026: Hefei signs deals worth 210 bln yuan on day one\n\n"
    "Source: Anhui News  Date: 2026-09-21\n\nOn Sept 20, the first day of the 2026 World Manufacturing Convention, "
    "a total of 320 projects worth 210 billion yuan were signed in Hefei. Among them, 28 were foreign-funded.\n\n"
    "Editor: Wang Lin",
    "Anhui News\n\nHOME > Business\n\nWMC 2026 wraps up\n\nSource: Anhui News  Date: 2026-09-24\n\n"
    "The 2026 World Manufacturing Convention wrapped up on Sept 23 in Hefei. During the event, 790 projects worth "
    "486 billion yuan were signed, including 41 foreign-funded projects.\n\nEditor: Wang Lin",
]
GOLD_WMC26_PROVINCIAL_ENGLISH_PAGES = {
    (0, 210 * B, "CNY"): "new", (0, 320, "count"): "new", (0, 28, "count"): "new",
    (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new", (1, 41, "count"): "skip",
}


# A provincial government's English pages: 18 parallel forums, then 20.
STORY_WIMC26_GOVERNMENT_PAGES = [
    "JIANGSU.GOV.CN\n\nNews\n\n2026 World Intelligent Manufacturing Conference kicks off in Nanjing\n\n"
    "Updated: 2026-11-26\n\nThe 2026 World Intelligent Manufacturing Conference kicked off in Nanjing on Nov 26. "
    "The conference features one main forum and 18 parallel forums, and its expo covers 50,000 square meters with "
    "about 280 exhibitors.\n\nShare:",
    "JIANGSU.GOV.CN\n\nNews\n\nSmart manufacturing conference concludes in Nanjing\n\nUpdated: 2026-11-29\n\n"
    "The 2026 World Intelligent Manufacturing Conference concluded on Nov 28. It held 20 parallel forums and "
    "signed 52 projects. Its expo drew 306 exhibitors.\n\nShare:",
]
GOLD_WIMC26_GOVERNMENT_PAGES = {
    (0, 1, "count"): "skip", (0, 18, "count"): "new", (0, 50000, "m2"): "new", (0, 280, "count"): "new",
    (1, 20, "count"): "changed:conflict", (1, 52, "count"): "new", (1, 306, "count"): "changed:refined",
}


# Chinese wire: a press conference's confirmed counts, then the close.
STORY_WMC26_ZH_WIRE_PRESS_CONFERENCE = [
    doc("2026-09-19", "世界制造业大会明日开幕 筹备工作全面就绪",
        "新华社合肥9月19日电（记者 王菲）记者19日从2026世界制造业大会新闻发布会上获悉，本届大会将于20日至23日在合肥举行。"
        "截至目前，已有600余家企业确认参展，其中境外企业百余家；大会将举办开幕式暨主论坛、20余场专业论坛等活动，"
        "预计签约项目超700个。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "新华社合肥9月23日电 为期4天的2026世界制造业大会23日在合肥闭幕。大会共签约项目790个、总投资4860亿元，"
        "626家企业参展，其中境外企业132家，举办各类活动23场。"),
]
GOLD_WMC26_ZH_WIRE_PRESS_CONFERENCE = {
    (0, 600, "count"): "new", (0, 100, "count"): "new", (0, 20, "count"): "new", (0, 700, "count"): "new",
    (1, 4, "day"): "new", (1, 790, "count"): "new", (1, 486 * B, "CNY"): "new", (1, 626, "count"): "changed:refined",
    (1, 132, "count"): "changed:refined", (1, 23, "count"): "skip",
}


# Chinese broadcaster: forums, academicians and guests invited, then the close's.
STORY_WIMC26_ZH_BROADCASTER = [
    doc("2026-11-26", "2026世界智能制造大会开幕",
        "央视网消息：11月26日，2026世界智能制造大会在南京开幕。大会以“智造新质 融合共赢”为主题，设置1个主论坛、"
        "18个平行论坛，邀请两院院士20余位、海内外嘉宾1500余位。"),
    doc("2026-11-28", "2026世界智能制造大会闭幕 签约重大项目52个",
        "央视网消息：11月28日，2026世界智能制造大会闭幕。大会期间共签约重大项目52个，总投资615亿元；"
        "参会院士22位，嘉宾1650余位，平行论坛20场。"),
]
GOLD_WIMC26_ZH_BROADCASTER = {
    (0, 1, "count"): "skip", (0, 18, "count"): "new", (0, 20, "count"): "new", (0, 1500, "count"): "new",
    (1, 52, "count"): "new", (1, 61.5 * B, "CNY"): "new", (1, 22, "count"): "changed:refined",
    (1, 1650, "count"): "changed:refined", (1, 20, "count"): "changed:conflict",
}


# Dozens and hundreds, no numbers, beside a count by an evening, then the close.
STORY_WMC26_DOZENS_AND_HUNDREDS = [
    doc("2026-09-21", "Deals flow at Hefei convention",
        "HEFEI -- Dozens of multinational companies signed cooperation agreements on Sunday at the 2026 World "
        "Manufacturing Convention, and hundreds of exhibitors showcased robots and chips. By Sunday evening, 426 "
        "projects had been signed."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects signed and 626 "
        "exhibitors."),
]
GOLD_WMC26_DOZENS_AND_HUNDREDS = {
    (0, 426, "count"): "new",
    (1, 790, "count"): "changed:refined", (1, 626, "count"): "new",
}


# Chinese: the first day's batch and visitors, then the totals so far.
STORY_WIMC26_ZH_FIRST_DAY_AND_SO_FAR = [
    doc("2026-11-27", "江苏：智能制造大会首日签约36个项目",
        "交汇点讯 26日，2026世界智能制造大会开幕首日，现场集中签约重大项目36个，总投资420亿元。"
        "大会首日吸引观众超3万人次。"),
    doc("2026-11-28", "智能制造大会累计签约项目52个",
        "交汇点讯 截至28日，2026世界智能制造大会累计签约项目52个，总投资615亿元，累计接待观众12万人次。"),
]
GOLD_WIMC26_ZH_FIRST_DAY_AND_SO_FAR = {
    (0, 36, "count"): "new", (0, 42 * B, "CNY"): "new", (0, 30000, "count"): "new",
    (1, 52, "count"): "new", (1, 61.5 * B, "CNY"): "new", (1, 120000, "count"): "new",
}


# Two outlets on one day with counts one apart, then the organizers' confirmation.
STORY_WMC26_SAME_DAY_OUTLETS = [
    doc("2026-09-23", "Hefei convention signs 790 projects worth 486 bln yuan",
        "HEFEI, Sept. 23 (Xinhua) -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects "
        "signed, involving total investment of 486 billion yuan."),
    doc("2026-09-23", "World Manufacturing Convention ends: 789 projects",
        "HEFEI (Anhui Daily) -- A total of 789 projects were signed at the 2026 World Manufacturing Convention, "
        "which closed Tuesday, with investment of 486.2 billion yuan."),
    doc("2026-09-25", "Convention's deal count confirmed at 790",
        "HEFEI -- The organizing committee of the 2026 World Manufacturing Convention confirmed on Thursday that 790 "
        "projects were signed at the event, with investment totaling 486.2 billion yuan."),
]
GOLD_WMC26_SAME_DAY_OUTLETS = {
    (0, 790, "count"): "known", (0, 486 * B, "CNY"): "known",
    (1, 789, "count"): "new", (1, 486.2 * B, "CNY"): "new",
    (2, 790, "count"): "known", (2, 486.2 * B, "CNY"): "known",
}


# A close, then a roundup restating it and refining the exhibitors.
STORY_WIMC26_ROUNDUP_RESTATES = [
    doc("2026-11-28", "Nanjing conference: 52 projects, 61.5 bln yuan",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday. Fifty-two projects with "
        "total investment of 61.5 billion yuan were signed, and more than 300 companies exhibited."),
    doc("2026-11-29", "Weekend roundup: smart manufacturing in Nanjing",
        "NANJING -- This weekend's World Intelligent Manufacturing Conference signed 52 projects. Investment in them "
        "totals 61.5 billion yuan. Exhibitors numbered 306."),
]
GOLD_WIMC26_ROUNDUP_RESTATES = {
    (0, 52, "count"): "new", (0, 61.5 * B, "CNY"): "new", (0, 300, "count"): "new",
    (1, 52, "count"): "known", (1, 61.5 * B, "CNY"): "known", (1, 306, "count"): "changed:refined",
}


# Two reports of one opening in other words, then the close.
STORY_WMC26_TWO_OPENING_REPORTS = [
    doc("2026-09-20", "Hefei convention opens",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Saturday. Some 186 projects with total investment "
        "of 180 billion yuan were signed at the opening ceremony, and 626 companies are exhibiting."),
    doc("2026-09-20", "Hefei convention opens with signing of 186 projects",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Saturday with the signing of 186 projects, "
        "worth a combined 180 billion yuan. Exhibitors number 626."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. In all, 790 projects worth 486 billion "
        "yuan were signed."),
]
GOLD_WMC26_TWO_OPENING_REPORTS = {
    (0, 186, "count"): "new", (0, 180 * B, "CNY"): "new", (0, 626, "count"): "new",
    (1, 186, "count"): "known", (1, 180 * B, "CNY"): "known", (1, 626, "count"): "known",
    (2, 790, "count"): "new", (2, 486 * B, "CNY"): "new",
}


# Guests, countries and academicians at the opening, then 'the number of academicians attending'.
STORY_WIMC26_NUMBER_ATTENDING = [
    doc("2026-11-26", "Nanjing conference opens; 1,500 guests",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Thursday with 1,500 guests from 30 "
        "countries and regions. The organizers said the figure included 25 academicians."),
    doc("2026-11-28", "Nanjing conference ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended on Saturday, having welcomed 1,650 "
        "guests from 32 countries and regions, the organizers said. The number of academicians attending rose to 28."),
]
GOLD_WIMC26_NUMBER_ATTENDING = {
    (0, 1500, "count"): "new", (0, 30, "count"): "new", (0, 25, "count"): "new",
    (1, 1650, "count"): "changed:conflict", (1, 32, "count"): "changed:conflict", (1, 28, "count"): "changed:conflict",
}


# Chinese: signings since the opening, then the close.
STORY_WMC26_ZH_SINCE_THE_OPENING = [
    doc("2026-09-22", "2026世界制造业大会：前三天签约项目620个",
        "人民网合肥9月22日电 记者从2026世界制造业大会组委会获悉，大会开幕以来已签约项目620个，总投资3900亿元。"),
    doc("2026-09-23", "2026世界制造业大会圆满闭幕",
        "人民网合肥9月23日电 23日，2026世界制造业大会闭幕。大会共签约项目790个，总投资4860亿元。"),
]
GOLD_WMC26_ZH_SINCE_THE_OPENING = {
    (0, 620, "count"): "new", (0, 390 * B, "CNY"): "new", (0, 3, "day"): "skip",
    (1, 790, "count"): "changed:refined", (1, 486 * B, "CNY"): "changed:refined",
}


# The 2018 edition under the summit's name, opening and close.
STORY_WIMS18_SUMMIT_NAME = [
    doc("2018-10-11", "World Intelligent Manufacturing Summit opens in Nanjing",
        "NANJING, Oct. 11 (Xinhua) -- The 2018 World Intelligent Manufacturing Summit opened Thursday in Nanjing, "
        "with more than 300 enterprises from 20 countries and regions exhibiting."),
    doc("2018-10-14", "Smart manufacturing summit closes",
        "NANJING, Oct. 14 (Xinhua) -- The World Intelligent Manufacturing Summit closed Sunday in Nanjing after "
        "four days. Some 312 exhibitors from 21 countries and regions took part, and 36 projects were signed."),
]
GOLD_WIMS18_SUMMIT_NAME = {
    (0, 300, "count"): "new", (0, 20, "count"): "new",
    (1, 4, "day"): "new", (1, 312, "count"): "changed:refined", (1, 21, "count"): "changed:conflict",
    (1, 36, "count"): "new",
}


# The running total since 2018 before the edition, then after it.
T_WMC26_RUNNING_TOTAL_RISES = 1e12
STORY_WMC26_RUNNING_TOTAL_RISES = [
    doc("2026-09-19", "Eight years on, Hefei's convention has signed 4,194 projects",
        "HEFEI -- Since the first World Manufacturing Convention in 2018, the annual event has seen 4,194 projects "
        "signed, with total investment of 2.32 trillion yuan, according to the organizers. This year's edition opens "
        "on Sunday."),
    doc("2026-09-24", "WMC 2026 lifts running total to nearly 5,000 projects",
        "HEFEI -- With 790 projects signed at this year's World Manufacturing Convention, the number signed since "
        "2018 has risen to 4,984, with investment of about 2.8 trillion yuan."),
]
GOLD_WMC26_RUNNING_TOTAL_RISES = {
    (0, 4194, "count"): "new", (0, 2.32 * T_WMC26_RUNNING_TOTAL_RISES, "CNY"): "new",
    (1, 790, "count"): "new", (1, 4984, "count"): "changed:conflict", (1, 2.8 * T_WMC26_RUNNING_TOTAL_RISES, "CNY"): "changed:conflict",
}


# Totals over the past ten editions, then across its 11 editions.
STORY_WIMC26_EDITIONS_IN_DIGITS = [
    doc("2026-11-26", "Nanjing conference opens",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Thursday. Over the past ten "
        "editions, the conference has seen more than 500 projects signed and drawn over 3,000 exhibitors."),
    doc("2026-11-28", "Nanjing conference closes with 52 projects",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 52 projects signed "
        "and 306 exhibitors. Across its 11 editions, it has now seen 568 projects signed."),
]
GOLD_WIMC26_EDITIONS_IN_DIGITS = {
    (0, 10, "count"): "skip", (0, 500, "count"): "new", (0, 3000, "count"): "new",
    (1, 52, "count"): "new", (1, 306, "count"): "new", (1, 11, "count"): "skip", (1, 568, "count"): "changed:refined",
}


# A share of the floor beside the province's car output, then the close.
STORY_WMC26_CARMAKERS_FLOOR = [
    doc("2026-09-20", "Carmakers dominate Hefei convention floor",
        "HEFEI -- Electric vehicles took up about a third of the floor at the 2026 World Manufacturing Convention, "
        "which opened on Saturday in Hefei with some 600 exhibitors.\n\n"
        "Anhui produced 1.68 million new energy vehicles in the first eight months, and Hefei alone turned out "
        "900,000. The province is home to eight carmakers, including NIO and BYD's Hefei plant."),
    doc("2026-09-23", "Hefei convention wraps up",
        "HEFEI -- The 2026 World Manufacturing Convention wrapped up on Tuesday with 626 exhibitors and 790 "
        "projects signed."),
]
GOLD_WMC26_CARMAKERS_FLOOR = {
    (0, 33.3, "percent"): "skip", (0, 600, "count"): "new", (0, 1680000, "count"): "skip", (0, 900000, "count"): "skip",
    (0, 8, "count"): "skip",
    (1, 626, "count"): "changed:refined", (1, 790, "count"): "new",
}


# Chinese interview: highlights listed one by one and a hope for next year, then the close.
STORY_WMC26_ZH_INTERVIEW_LISTS = [
    doc("2026-09-21", "专访：世界制造业大会组委会负责人谈本届大会亮点",
        "记者：本届大会有哪些亮点？\n负责人：一是规模更大，展览面积7.5万平方米，参展企业600余家；二是层次更高，"
        "世界500强企业60余家参展；三是成果更实，截至目前已签约项目420个。\n记者：明年有什么打算？\n"
        "负责人：我们希望参展企业突破700家。"),
    doc("2026-09-23", "2026世界制造业大会成果丰硕",
        "新华社合肥9月23日电 2026世界制造业大会23日闭幕，共签约项目790个，参展企业626家，其中世界500强企业63家。"),
]
GOLD_WMC26_ZH_INTERVIEW_LISTS = {
    (0, 75000, "m2"): "new", (0, 600, "count"): "new", (0, 60, "count"): "new", (0, 420, "count"): "new",
    (0, 700, "count"): "skip",
    (1, 790, "count"): "changed:refined", (1, 626, "count"): "changed:refined", (1, 63, "count"): "changed:refined",
}


# A Q&A whose answers leave the noun to the question, then the close.
STORY_WIMC26_QA_HOW_MANY = [
    doc("2026-11-26", "Interview: 'We expect 300 exhibitors'",
        "NANJING -- Ahead of the 2026 World Intelligent Manufacturing Conference, China Daily spoke with a member "
        "of its organizing committee.\n\n"
        "Q: How many exhibitors will there be?\nA: We expect around 300, up from 286 last year.\n\n"
        "Q: And the forums?\nA: There will be 20 parallel forums, two more than in 2025."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday. It had 306 exhibitors "
        "and 20 parallel forums."),
]
GOLD_WIMC26_QA_HOW_MANY = {
    (0, 300, "count"): "new", (0, 286, "count"): "skip", (0, 20, "count"): "new", (0, 2, "count"): "skip",
    (1, 306, "count"): "new", (1, 20, "count"): "known",
}


# An opinion piece citing earlier years' signings, then the close.
STORY_WMC26_OPINION_YEARS = [
    doc("2026-09-20", "View: Hefei's convention is more than a trade fair",
        "Opinion -- When 600 companies gather in Hefei for the 2026 World Manufacturing Convention, they come for more "
        "than booths. Last year's fair signed 712 projects; the year before, 1,021. What matters is not the count "
        "but how many of those projects break ground. Of 2024's deals, about 80 percent have, officials say."),
    doc("2026-09-23", "Hefei convention signs 790 projects",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects signed and 626 "
        "exhibitors."),
]
GOLD_WMC26_OPINION_YEARS = {
    (0, 600, "count"): "new", (0, 712, "count"): "skip", (0, 1021, "count"): "skip", (0, 80, "percent"): "skip",
    (1, 790, "count"): "new", (1, 626, "count"): "changed:conflict",
}


# Exhibitors climbing past a mark and the area expanded mid-event, then the final tallies.
STORY_WMC26_CLIMBED_PAST = [
    doc("2026-09-20", "Hefei convention opens",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Saturday with about 600 exhibitors and an "
        "exhibition area of 75,000 square meters."),
    doc("2026-09-22", "Hefei convention: more exhibitors than planned",
        "HEFEI -- Exhibitor numbers at the 2026 World Manufacturing Convention have climbed past 620 as late "
        "registrants set up booths, and the exhibition space has been expanded to 78,000 square meters."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- Final tallies from the 2026 World Manufacturing Convention: 626 exhibitors on 78,000 square "
        "meters, and 790 projects signed."),
]
GOLD_WMC26_CLIMBED_PAST = {
    (0, 600, "count"): "new", (0, 75000, "m2"): "new",
    (1, 620, "count"): "changed:refined", (1, 78000, "m2"): "changed:conflict",
    (2, 626, "count"): "changed:refined", (2, 78000, "m2"): "known", (2, 790, "count"): "new",
}


# The first day's visitor traffic, then the expo's total and late exhibitors.
STORY_WIMC26_VISITOR_TRAFFIC = [
    doc("2026-11-27", "Nanjing smart manufacturing expo draws crowds",
        "NANJING -- Visitor traffic at the expo of the 2026 World Intelligent Manufacturing Conference topped "
        "50,000 on its first day, organizers said. The show has 306 exhibitors."),
    doc("2026-11-29", "Nanjing expo closes after three days",
        "NANJING -- The expo of the 2026 World Intelligent Manufacturing Conference closed on Saturday after "
        "drawing a total of 150,000 visits over three days. Exhibitors totalled 310 after late additions."),
]
GOLD_WIMC26_VISITOR_TRAFFIC = {
    (0, 50000, "count"): "new", (0, 306, "count"): "new",
    (1, 150000, "count"): "new", (1, 3, "day"): "new", (1, 310, "count"): "known",
}


# Chinese: exhibitors increased to a count mid-event, then the close.
STORY_WMC26_ZH_INCREASED_TO = [
    doc("2026-09-20", "2026世界制造业大会开幕 600余家企业参展",
        "合肥日报讯 20日，2026世界制造业大会开幕，600余家企业参展，展览面积7.5万平方米。"),
    doc("2026-09-21", "世界制造业大会参展企业增至618家",
        "合肥日报讯 记者21日获悉，2026世界制造业大会参展企业已增至618家，展览面积扩大到7.8万平方米。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "合肥日报讯 23日，2026世界制造业大会闭幕。本届大会参展企业626家，展览面积7.8万平方米，签约项目790个。"),
]
GOLD_WMC26_ZH_INCREASED_TO = {
    (0, 600, "count"): "new", (0, 75000, "m2"): "new",
    (1, 618, "count"): "changed:refined", (1, 78000, "m2"): "changed:conflict",
    (2, 626, "count"): "changed:refined", (2, 78000, "m2"): "known", (2, 790, "count"): "new",
}


# Carmakers' workforces and deliveries told twice in other numbers beside the exhibitors.
STORY_WMC26_CARMAKERS_OWN_RECORDS = [
    doc("2026-09-20", "NIO, BYD headline Hefei convention",
        "HEFEI -- Carmakers took center stage as the 2026 World Manufacturing Convention opened in Hefei on Saturday "
        "with more than 600 exhibitors. NIO, which employs about 30,000 people, showed a new sedan; the company "
        "delivered 220,000 vehicles last year. BYD's Hefei base turns out 5,000 cars a day, a manager said."),
    doc("2026-09-22", "EV makers court suppliers at Hefei fair",
        "HEFEI -- At the 2026 World Manufacturing Convention, NIO said it delivered 221,970 vehicles last year and now "
        "has 32,000 employees. The convention has drawn 620 exhibitors."),
]
GOLD_WMC26_CARMAKERS_OWN_RECORDS = {
    (0, 600, "count"): "new", (0, 30000, "count"): "skip", (0, 220000, "count"): "skip", (0, 5000, "count"): "skip",
    (1, 221970, "count"): "skip", (1, 32000, "count"): "skip", (1, 620, "count"): "changed:refined",
}


# A robot maker's orders and sales beside the exhibitors, then the close.
STORY_WIMC26_ROBOT_MAKER_ORDERS = [
    doc("2026-11-27", "Robot makers see orders at Nanjing conference",
        "NANJING -- Estun, a Nanjing-based robot maker, said it took orders worth 300 million yuan on the first day "
        "of the 2026 World Intelligent Manufacturing Conference. The firm sold 20,000 industrial robots last year. "
        "The conference has about 300 exhibitors."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 306 exhibitors and 52 "
        "projects worth 61.5 billion yuan signed."),
]
GOLD_WIMC26_ROBOT_MAKER_ORDERS = {
    (0, 300 * 1e6, "CNY"): "skip", (0, 20000, "count"): "skip", (0, 300, "count"): "new",
    (1, 306, "count"): "changed:refined", (1, 52, "count"): "new", (1, 61.5 * B, "CNY"): "new",
}


# 'Some 600 companies and 2,000 guests' at the opening, then the final figures.
STORY_WMC26_SHARED_SOME = [
    doc("2026-09-20", "Hefei convention gets under way",
        "HEFEI -- The 2026 World Manufacturing Convention got under way on Saturday in Hefei, bringing together some "
        "600 companies and 2,000 guests. Deals worth 180 billion yuan, covering 186 projects, were inked at the "
        "opening."),
    doc("2026-09-23", "Hefei convention: final figures",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Tuesday. Organizers counted 626 exhibiting "
        "companies and 2,150 guests; 790 projects with investment of 486 billion yuan were signed over the four "
        "days."),
]
GOLD_WMC26_SHARED_SOME = {
    (0, 600, "count"): "new", (0, 2000, "count"): "new", (0, 180 * B, "CNY"): "new", (0, 186, "count"): "new",
    (1, 626, "count"): "changed:refined", (1, 2150, "count"): "changed:refined", (1, 790, "count"): "new",
    (1, 486 * B, "CNY"): "new", (1, 4, "day"): "new",
}


# Chinese: the close with the last edition's figures cited, then a look back.
STORY_WIMC26_ZH_LAST_EDITION_CITED = [
    doc("2026-11-28", "智能制造大会闭幕 签约项目52个",
        "南京日报讯 28日，2026世界智能制造大会闭幕。大会共签约项目52个，总投资615亿元，较上届增长18.3%；"
        "上届大会签约项目45个，总投资520亿元。"),
    doc("2026-11-30", "回眸2026世界智能制造大会",
        "南京日报讯 刚刚闭幕的2026世界智能制造大会共签约项目52个、总投资615亿元，参展企业306家。"),
]
GOLD_WIMC26_ZH_LAST_EDITION_CITED = {
    (0, 52, "count"): "new", (0, 61.5 * B, "CNY"): "new", (0, 18.3, "percent"): "new", (0, 45, "count"): "skip",
    (0, 52 * B, "CNY"): "skip",
    (1, 52, "count"): "known", (1, 61.5 * B, "CNY"): "known", (1, 306, "count"): "new",
}


# Visitors by an evening of the second day, then the expo's four days.
STORY_WMC26_VISITS_BY_EVENING = [
    doc("2026-09-21", "Hefei: expo visitors pass 60,000",
        "HEFEI -- More than 60,000 visitors had passed through the doors of the 2026 World Manufacturing Convention's "
        "expo by Sunday evening, its second day, according to the organizers."),
    doc("2026-09-23", "Hefei convention closes; 186,000 visits",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. Its expo logged 186,000 visits over "
        "four days."),
]
GOLD_WMC26_VISITS_BY_EVENING = {
    (0, 60000, "count"): "new",
    (1, 186000, "count"): "changed:refined", (1, 4, "day"): "new",
}


# a release with a floor and an area 'in the region of', its reprint, and the close's counts
STORY_WIMC26_NO_FEWER_THAN = [
    doc("2026-11-19", "2026 World Intelligent Manufacturing Conference to Open in Nanjing Next Week",
        "NANJING, China, Nov. 19, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference will be held "
        "in Nanjing from November 26 to 28. No fewer than 300 companies have booked stands at its expo, which is laid "
        "out over something in the region of 60,000 square meters, the organizers said."),
    doc("2026-11-19", "2026 World Intelligent Manufacturing Conference to Open in Nanjing Next Week",
        "Markets Insider | Press Release\nNANJING, China, Nov. 19, 2026 /PRNewswire/ -- The 2026 World Intelligent "
        "Manufacturing Conference will be held in Nanjing from November 26 to 28. No fewer than 300 companies have "
        "booked stands at its expo, which is laid out over something in the region of 60,000 square meters, the "
        "organizers said.\nSOURCE Organizing Committee of WIMC\nMore news: Stocks | Currencies"),
    doc("2026-11-28", "Nanjing smart manufacturing conference wraps up",
        "NANJING, Nov. 28 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference wrapped up in Nanjing on "
        "Saturday. Exhibitors topped out at 326 and the expo filled 62,000 square meters. North of 60 billion yuan "
        "was signed in deals over the three days, organizers said."),
]
GOLD_WIMC26_NO_FEWER_THAN = {
    (0, 300, "count"): "new", (0, 60000, "m2"): "new",
    (1, 300, "count"): "known", (1, 60000, "m2"): "known",
    (2, 326, "count"): "changed:refined", (2, 62000, "m2"): "changed:refined", (2, 60 * B, "CNY"): "new",
    (2, 3, "day"): "new",
}


# a wire's count 'just shy of' a mark, an amount signed as the subject, the close's exhibitors
STORY_WMC26_JUST_SHY_OF = [
    doc("2026-09-17", "Hefei readies for manufacturing convention",
        "HEFEI (Reuters) - Just shy of 700 companies have signed up to exhibit at this year's World Manufacturing "
        "Convention in Hefei, which opens on Saturday, organisers said on Thursday. The 2026 event runs for four days."),
    doc("2026-09-20", "Day one of Hefei convention brings $11 billion of deals",
        "HEFEI (Reuters) - More than 80 billion yuan ($11.2 billion) was signed on the opening day of the 2026 World "
        "Manufacturing Convention on Saturday, the Anhui provincial government said."),
    doc("2026-09-23", "Hefei manufacturing convention closes with 520 billion yuan of deals",
        "HEFEI (Reuters) - The 2026 World Manufacturing Convention closed on Tuesday with 688 exhibitors and deals "
        "worth 520.6 billion yuan ($72.9 billion), organisers said. Exhibitor numbers were up from 652 last year."),
]
GOLD_WMC26_JUST_SHY_OF = {
    (0, 700, "count"): "new", (0, 4, "day"): "new",
    (1, 80 * B, "CNY"): "new", (1, 11.2 * B, "USD"): "skip",
    (2, 688, "count"): "changed:refined", (2, 520.6 * B, "CNY"): "new", (2, 72.9 * B, "USD"): "skip",
    (2, 652, "count"): "skip",
}


# a Chinese preview with a floor (不少于), a ceiling (不超过) and an area 'or so' (上下), then the close
STORY_WMC26_ZH_FLOOR_AND_CEILING = [
    doc("2026-09-10", "2026世界制造业大会筹备就绪",
        "本报讯 2026世界制造业大会将于9月19日至22日在合肥举办。据介绍，本届大会参展企业不少于600家，"
        "开幕式现场嘉宾不超过1200人，展览面积8万平方米上下。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "本报讯 22日，2026世界制造业大会在合肥闭幕。大会共吸引参展企业641家，展览面积8.2万平方米，"
        "签约项目至少790个。"),
]
GOLD_WMC26_ZH_FLOOR_AND_CEILING = {
    (0, 600, "count"): "new", (0, 1200, "count"): "new", (0, 80000, "m2"): "new",
    (1, 641, "count"): "changed:refined", (1, 82000, "m2"): "changed:refined", (1, 790, "count"): "new",
}


# deals 'to the tune of' a sum over the first two days, visitors 'over the same period', then the close
STORY_WMC26_TO_THE_TUNE_OF = [
    doc("2026-09-21", "Anhui racks up deals at manufacturing convention",
        "HEFEI, Sept. 21 (China Daily) -- Anhui province racked up deals to the tune of 310 billion yuan on the first "
        "two days of the 2026 World Manufacturing Convention, covering 402 projects. Visitor numbers clocked in at "
        "96,000 over the same period."),
    doc("2026-09-23", "Convention in Hefei ends on a high",
        "HEFEI, Sept. 23 (China Daily) -- The 2026 World Manufacturing Convention ended on Tuesday. Over its four days, "
        "deals to the tune of 521 billion yuan were clinched, covering 790 projects, while visitors chalked up "
        "198,000 visits."),
]
GOLD_WMC26_TO_THE_TUNE_OF = {
    (0, 310 * B, "CNY"): "new", (0, 402, "count"): "new", (0, 96000, "count"): "new",
    (1, 4, "day"): "new", (1, 521 * B, "CNY"): "changed:refined", (1, 790, "count"): "changed:refined",
    (1, 198000, "count"): "changed:refined",
}


# 'a tad under', 'more than doubled to', 'in excess of', a broadcaster's page, then the close
STORY_WIMC26_A_TAD_UNDER = [
    doc("2026-11-26", "Smart manufacturing conference opens in Nanjing",
        "NANJING, Nov. 26 (CGTN) -- The 2026 World Intelligent Manufacturing Conference opened in Nanjing on "
        "Thursday. A tad under 330 companies are exhibiting, and the number of foreign exhibitors has more than "
        "doubled to 64. Academicians attending number in excess of 40."),
    doc("2026-11-27", "Smart manufacturing conference opens in Nanjing",
        "CGTN | World | Smart manufacturing conference opens in Nanjing\nUpdated 10:02, 27-Nov-2026\n"
        "NANJING, Nov. 26 (CGTN) -- The 2026 World Intelligent Manufacturing Conference opened in Nanjing on "
        "Thursday. A tad under 330 companies are exhibiting, and the number of foreign exhibitors has more than "
        "doubled to 64. Academicians attending number in excess of 40.\nRelated: Jiangsu exports up"),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING, Nov. 28 (CGTN) -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 326 "
        "exhibitors, 66 of them from abroad, and 43 academicians in attendance."),
]
GOLD_WIMC26_A_TAD_UNDER = {
    (0, 330, "count"): "new", (0, 64, "count"): "new", (0, 40, "count"): "new",
    (1, 330, "count"): "known", (1, 64, "count"): "known", (1, 40, "count"): "known",
    (2, 326, "count"): "changed:refined", (2, 66, "count"): "changed:conflict", (2, 43, "count"): "changed:refined",
}


# a Chinese wire: the opening's signing and exhibitors 'or so', then the close
STORY_WIMC26_ZH_OR_SO = [
    doc("2026-11-27", "智能制造大会首日签约",
        "新华社南京11月27日电（记者 王磊）2026世界智能制造大会26日在南京开幕。开幕当天，大会集中签约项目36个，"
        "总投资412亿元，参展企业320家上下。"),
    doc("2026-11-29", "2026世界智能制造大会闭幕 签约总投资超600亿元",
        "新华社南京11月28日电（记者 王磊）为期三天的2026世界智能制造大会28日闭幕。大会共签约项目58个，总投资"
        "超600亿元，比上届增加了13个项目；参展企业326家，吸引观众不少于12万人次。"),
]
GOLD_WIMC26_ZH_OR_SO = {
    (0, 36, "count"): "new", (0, 41.2 * B, "CNY"): "new", (0, 320, "count"): "new",
    (1, 3, "day"): "new", (1, 58, "count"): "new", (1, 60 * B, "CNY"): "new", (1, 13, "count"): "skip",
    (1, 326, "count"): "changed:refined", (1, 120000, "count"): "new",
}


# a live blog, newest first, then the close ('settled at', 'peaked at')
STORY_WMC26_LIVE_BLOG_SETTLED = [
    doc("2026-09-20", "LIVE: World Manufacturing Convention 2026, day one",
        "Live updates from the opening of the 2026 World Manufacturing Convention in Hefei.\n"
        "16:40 The organizers say 118,000 people have come through the gates today, a first-day high for the event.\n"
        "14:05 Deals pledged at the signing ceremony come to 86.4 billion yuan across 133 projects.\n"
        "09:30 The convention opens. Some 640 exhibitors fill 12 halls."),
    doc("2026-09-23", "World Manufacturing Convention 2026 closes in Hefei",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday after four days. Exhibitors settled at 641 "
        "across 12 halls, and total footfall peaked at 312,000, the organizing committee said."),
]
GOLD_WMC26_LIVE_BLOG_SETTLED = {
    (0, 118000, "count"): "new", (0, 86.4 * B, "CNY"): "new", (0, 133, "count"): "new", (0, 640, "count"): "new",
    (0, 12, "count"): "new",
    (1, 4, "day"): "new", (1, 641, "count"): "changed:refined", (1, 12, "count"): "known", (1, 312000, "count"): "new",
}


# an event site's table of key figures (cells kept apart by bars), then a look back with a changed count
STORY_WIMC26_FIGURES_TABLE = [
    doc("2026-11-30", "WIMC 2026 in figures",
        "Home > News > WIMC 2026 in figures\n"
        "The 2026 World Intelligent Manufacturing Conference (Nanjing, Nov. 26-28) in figures:\n"
        "Exhibitors | 326\nExhibition area | 62,000 sq m\nProjects signed | 58\nTotal investment | RMB 61.5 billion\n"
        "Academicians | 43\n"
        "Share this page: WeChat | Weibo"),
    doc("2026-12-02", "Looking back at WIMC 2026",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference, held from Nov. 26 to 28, drew 326 exhibitors "
        "to 62,000 square meters of halls. A total of 58 projects were signed, worth 61.5 billion yuan, and the "
        "academicians present numbered 45, two more than first reported."),
]
GOLD_WIMC26_FIGURES_TABLE = {
    (0, 326, "count"): "new", (0, 62000, "m2"): "new", (0, 58, "count"): "new", (0, 61.5 * B, "CNY"): "new",
    (0, 43, "count"): "new",
    (1, 326, "count"): "known", (1, 62000, "m2"): "known", (1, 58, "count"): "known", (1, 61.5 * B, "CNY"): "known",
    (1, 45, "count"): "changed:conflict", (1, 2, "count"): "skip",
}


# 'close to a quarter of a million' visitors so far, then the close with 'a record 790-deal haul'
STORY_WMC26_QUARTER_MILLION = [
    doc("2026-09-21", "Hefei expo crowds near quarter of a million",
        "HEFEI, Sept. 21 (Xinhua) -- Close to a quarter of a million people have visited the expo of the 2026 World "
        "Manufacturing Convention since it opened on Saturday, organizers said Monday."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI, Sept. 23 (Xinhua) -- The 2026 World Manufacturing Convention closed Tuesday after drawing 312,000 "
        "visitors to its expo and a record 790-deal haul worth 521 billion yuan."),
]
GOLD_WMC26_QUARTER_MILLION = {
    (0, 250000, "count"): "new",
    (1, 312000, "count"): "changed:refined", (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new",
}


# counts written with a 'k', in the first three days, and a sum in foreign investment alone; then the wrap
STORY_WMC26_K_SHORTHAND = [
    doc("2026-09-22", "WMC 2026: 200k visitors and counting",
        "Hefei, Sept 22 -- The 2026 World Manufacturing Convention's expo has logged 200k visitors in its first "
        "three days, with 1.2k exhibitors on show, the Anhui Daily reported. Deals so far total RMB 4.6bn in foreign "
        "investment alone."),
    doc("2026-09-24", "WMC 2026 wrap: 286k visitors",
        "Hefei, Sept 24 -- Final numbers are in for the 2026 World Manufacturing Convention: 286k visitors, 1,204 "
        "exhibitors and a 521-billion-yuan haul of deals."),
]
GOLD_WMC26_K_SHORTHAND = {
    (0, 200000, "count"): "new", (0, 1200, "count"): "new", (0, 4.6 * B, "CNY"): "new", (0, 3, "day"): "skip",
    (1, 286000, "count"): "changed:refined", (1, 1204, "count"): "changed:refined", (1, 521 * B, "CNY"): "new",
}


# 'three times as many overseas exhibitors as in 2025, at 96', then the close's counts
STORY_WIMC26_TIMES_AS_MANY = [
    doc("2026-11-26", "Foreign presence grows at Nanjing smart manufacturing conference",
        "NANJING, Nov. 26 (China Daily) -- The 2026 World Intelligent Manufacturing Conference, which opened on "
        "Thursday, has drawn three times as many overseas exhibitors as in 2025, at 96, out of 330 exhibitors in all."),
    doc("2026-11-28", "Nanjing smart manufacturing conference closes",
        "NANJING, Nov. 28 (China Daily) -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with "
        "326 exhibitors, 94 of them from overseas, the organizing committee said."),
]
GOLD_WIMC26_TIMES_AS_MANY = {
    (0, 96, "count"): "new", (0, 330, "count"): "new", (0, 3, "count"): "skip",
    (1, 326, "count"): "changed:conflict", (1, 94, "count"): "changed:conflict",
}


# Chinese counts in characters with 余, then the close with a comparison before 其中
STORY_WMC26_ZH_SPELLED_TENS = [
    doc("2026-09-19", "2026世界制造业大会开幕",
        "中安在线讯 9月19日，2026世界制造业大会在合肥开幕。本届大会参展企业六百余家，其中世界500强企业四十余家，"
        "开幕首日签约项目一百三十余个。"),
    doc("2026-09-22", "2026世界制造业大会闭幕 签约项目790个",
        "中安在线讯 9月22日，2026世界制造业大会闭幕。大会期间共签约项目790个，总投资额5210亿元；参展企业641家，"
        "较上届增加36家，其中世界500强企业43家。"),
]
GOLD_WMC26_ZH_SPELLED_TENS = {
    (0, 600, "count"): "new", (0, 40, "count"): "new", (0, 130, "count"): "new",
    (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new", (1, 641, "count"): "changed:refined", (1, 36, "count"): "skip",
    (1, 43, "count"): "changed:refined",
}


# an organizer quoted on the count, then his final count
STORY_WMC26_ORGANIZER_QUOTED = [
    doc("2026-09-20", "Interview: convention is bigger this year, organizer says",
        "HEFEI -- \"We have 612 exhibitors this year, and tens of thousands of visitors are coming through every day,\" "
        "Li Wei, deputy secretary-general of the 2026 World Manufacturing Convention's organizing committee, told "
        "Global Times on Sunday. He said 18 forums would run over the four days."),
    doc("2026-09-24", "Hefei convention's final count tops 620 exhibitors",
        "HEFEI -- The 2026 World Manufacturing Convention ended with 626 exhibitors, Li Wei told Global Times on "
        "Wednesday, after late registrations pushed the count past the 612 he cited at the weekend. The event held 18 "
        "forums in all."),
]
GOLD_WMC26_ORGANIZER_QUOTED = {
    (0, 612, "count"): "new", (0, 18, "count"): "new", (0, 4, "day"): "new",
    (1, 626, "count"): "changed:conflict", (1, 612, "count"): "skip", (1, 18, "count"): "known",
}


# a release's bullet highlights, a portal's reprint with its furniture, then the closing release
STORY_WMC26_RELEASE_HIGHLIGHTS = [
    doc("2026-09-18", "2026 World Manufacturing Convention Set to Open in Hefei",
        "HEFEI, China, Sept. 18, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention opens in Hefei on "
        "September 19.\nKey highlights:\n• Over 600 exhibitors from 30 countries and regions\n• 80,000 square meters "
        "of exhibition space across 12 halls\n• More than 20 forums and matchmaking events\n"
        "(PRNewsfoto/Organizing Committee of WMC)"),
    doc("2026-09-18", "2026 World Manufacturing Convention Set to Open in Hefei",
        "Yahoo Finance\nPR Newswire\nSept 18, 2026, 9:00 PM\nHEFEI, China, Sept. 18, 2026 /PRNewswire/ -- The 2026 "
        "World Manufacturing Convention opens in Hefei on September 19.\nKey highlights:\n• Over 600 exhibitors from "
        "30 countries and regions\n• 80,000 square meters of exhibition space across 12 halls\n• More than 20 forums "
        "and matchmaking events\n(PRNewsfoto/Organizing Committee of WMC)\nTrending Now"),
    doc("2026-09-23", "2026 World Manufacturing Convention Concludes in Hefei",
        "HEFEI, China, Sept. 23, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention concluded in Hefei on "
        "September 22.\nKey results:\n• Nearly 630 exhibitors from 32 countries and regions\n• 790 projects signed, "
        "worth 521 billion yuan\n• 24 forums and matchmaking events"),
]
GOLD_WMC26_RELEASE_HIGHLIGHTS = {
    (0, 600, "count"): "new", (0, 30, "count"): "new", (0, 80000, "m2"): "new", (0, 12, "count"): "new",
    (0, 20, "count"): "new",
    (1, 600, "count"): "known", (1, 30, "count"): "known", (1, 80000, "m2"): "known", (1, 12, "count"): "known",
    (1, 20, "count"): "known",
    (2, 630, "count"): "changed:refined", (2, 32, "count"): "changed:conflict", (2, 790, "count"): "new",
    (2, 521 * B, "CNY"): "new", (2, 24, "count"): "changed:refined",
}


# 'per cent year-on-year', last year's sum cited, then a revised count
STORY_WIMC26_PER_CENT_REVISED = [
    doc("2026-11-29", "Nanjing conference signs more deals than last year",
        "NANJING, Nov. 29 (Xinhua) -- Projects signed at the 2026 World Intelligent Manufacturing Conference rose 28.9 "
        "per cent year-on-year to 58, the organizers said. Investment in them came to 61.5 billion yuan, up 18 per "
        "cent on last year's 52.1 billion yuan."),
    doc("2026-12-01", "Smart manufacturing conference's tally revised",
        "NANJING, Dec. 1 (Xinhua) -- Organizers of the 2026 World Intelligent Manufacturing Conference have revised the "
        "number of projects signed to 59 after one more agreement was confirmed, with investment unchanged at 61.5 "
        "billion yuan."),
]
GOLD_WIMC26_PER_CENT_REVISED = {
    (0, 28.9, "percent"): "new", (0, 58, "count"): "new", (0, 61.5 * B, "CNY"): "new", (0, 18, "percent"): "new",
    (0, 52.1 * B, "CNY"): "skip",
    (1, 59, "count"): "changed:conflict", (1, 61.5 * B, "CNY"): "known",
}


# a Hong Kong daily in traditional characters, opening and close
STORY_WMC26_ZH_TRADITIONAL_HK = [
    doc("2026-09-20", "世界製造業大會合肥開幕 逾六百家企業參展",
        "【明報專訊】2026世界製造業大會昨日在合肥開幕，逾六百家企業參展，展覽面積8萬平方米。大會首日簽約項目"
        "133個，總投資864億元人民幣。"),
    doc("2026-09-23", "世界製造業大會閉幕 簽約逾五千億",
        "【明報專訊】2026世界製造業大會昨日閉幕，四日共簽約項目790個，總投資5210億元人民幣，參展企業641家。"),
]
GOLD_WMC26_ZH_TRADITIONAL_HK = {
    (0, 600, "count"): "new", (0, 80000, "m2"): "new", (0, 133, "count"): "new", (0, 86.4 * B, "CNY"): "new",
    (1, 4, "day"): "skip", (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new", (1, 641, "count"): "changed:refined",
    (1, 500 * B, "CNY"): "skip",
}


# the opening's batch, a company's release on its own signings, then the close
STORY_WMC26_COMPANY_RELEASE = [
    doc("2026-09-20", "Hefei convention opens with 133 deals",
        "HEFEI, Sept. 20 (Xinhua) -- The 2026 World Manufacturing Convention opened in Hefei on Saturday, with 133 "
        "projects worth 86.4 billion yuan signed at the opening ceremony."),
    doc("2026-09-21", "Anhui Heli Signs Three Projects at 2026 World Manufacturing Convention",
        "HEFEI, China, Sept. 21, 2026 /PRNewswire/ -- Anhui Heli Co., Ltd., a leading forklift maker, announced that it "
        "signed three projects worth 2.1 billion yuan at the 2026 World Manufacturing Convention. The company also "
        "showcased 40 new products at its 1,200-square-meter booth."),
    doc("2026-09-23", "Hefei convention closes with 790 projects",
        "HEFEI, Sept. 23 (Xinhua) -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects worth "
        "521 billion yuan signed."),
]
GOLD_WMC26_COMPANY_RELEASE = {
    (0, 133, "count"): "new", (0, 86.4 * B, "CNY"): "new",
    (1, 3, "count"): "new", (1, 2.1 * B, "CNY"): "new", (1, 40, "count"): "new", (1, 1200, "m2"): "new",
    (2, 790, "count"): "new", (2, 521 * B, "CNY"): "new",
}


# a carmaker's supplier deals at the event, then the event's total
STORY_WMC26_CARMAKER_SUPPLIER_DEALS = [
    doc("2026-09-22", "Chery inks 8 billion yuan of supplier deals at Hefei convention",
        "HEFEI -- Chery Automobile inked deals worth 8 billion yuan with 12 suppliers during the 2026 World "
        "Manufacturing Convention, the carmaker said on Monday. The company displayed 26 models at the expo."),
    doc("2026-09-23", "World Manufacturing Convention ends",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Tuesday. Deals signed during the four-day event "
        "were worth 521 billion yuan, and 641 companies exhibited."),
]
GOLD_WMC26_CARMAKER_SUPPLIER_DEALS = {
    (0, 8 * B, "CNY"): "new", (0, 12, "count"): "new", (0, 26, "count"): "new",
    (1, 521 * B, "CNY"): "new", (1, 4, "day"): "new", (1, 641, "count"): "new",
}


# a city's and a company's signings at the event in Chinese, then the event's total
STORY_WMC26_ZH_CITY_AND_COMPANY = [
    doc("2026-09-21", "芜湖市在世界制造业大会上签约项目56个",
        "芜湖日报讯 20日，芜湖市在2026世界制造业大会上签约项目56个，总投资612亿元，签约项目数居全省前列。"),
    doc("2026-09-22", "奇瑞集团大会期间签约12个项目",
        "本报讯 奇瑞汽车股份有限公司在2026世界制造业大会期间签约项目12个，总金额80亿元。"),
    doc("2026-09-23", "2026世界制造业大会闭幕",
        "新华社合肥9月23日电 2026世界制造业大会22日在合肥闭幕。大会期间共签约项目790个，总投资5210亿元。"),
]
GOLD_WMC26_ZH_CITY_AND_COMPANY = {
    (0, 56, "count"): "new", (0, 61.2 * B, "CNY"): "new",
    (1, 12, "count"): "new", (1, 8 * B, "CNY"): "new",
    (2, 790, "count"): "new", (2, 521 * B, "CNY"): "new",
}


# a table of last year's and this year's figures side by side, then the confirmed figures
STORY_WMC26_YEARS_TABLE = [
    doc("2026-09-25", "WMC 2026 versus WMC 2025: the numbers",
        "How this year's World Manufacturing Convention in Hefei compares with last year's:\n"
        "| Measure | 2025 | 2026 |\n| Exhibitors | 652 | 641 |\n| Projects signed | 735 | 790 |\n"
        "| Visitors | 265,000 | 312,000 |\nSource: organizing committee"),
    doc("2026-09-27", "Hefei convention figures confirmed",
        "HEFEI -- The organizing committee of the 2026 World Manufacturing Convention confirmed on Sunday that 641 "
        "companies exhibited and 790 projects were signed, with 315,000 visitors over four days."),
]
GOLD_WMC26_YEARS_TABLE = {
    (0, 652, "count"): "skip", (0, 641, "count"): "new", (0, 735, "count"): "skip", (0, 790, "count"): "new",
    (0, 265000, "count"): "skip", (0, 312000, "count"): "new",
    (1, 641, "count"): "known", (1, 790, "count"): "known", (1, 315000, "count"): "changed:conflict", (1, 4, "day"): "new",
}


# a range of exhibitors beforehand and last year's counts, then the close
STORY_WIMC26_BETWEEN_RANGE = [
    doc("2026-11-10", "Nanjing to host smart manufacturing conference",
        "NANJING, Nov. 10 (CGTN) -- Between 300 and 350 companies will exhibit at the 2026 World Intelligent "
        "Manufacturing Conference in Nanjing from Nov. 26 to 28, organizers said. Last year's conference drew 298 "
        "exhibitors and 41 academicians."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING, Nov. 28 (CGTN) -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 326 "
        "exhibitors and 43 academicians in attendance."),
]
GOLD_WIMC26_BETWEEN_RANGE = {
    (0, 300, "count"): "new", (0, 350, "count"): "new", (0, 298, "count"): "skip", (0, 41, "count"): "skip",
    (1, 326, "count"): "changed:refined", (1, 43, "count"): "new",
}


# the host city's own numbers beside the event's plan, then the close
STORY_WMC26_HOST_CITY_NUMBERS = [
    doc("2026-09-18", "Hefei, host of the World Manufacturing Convention, in numbers",
        "HEFEI -- Hefei, a city of 9.8 million people, has become a hub for electric cars, turning out 1.4 million new "
        "energy vehicles last year. The city's GDP reached 1.35 trillion yuan in 2025. From Saturday it hosts the 2026 "
        "World Manufacturing Convention, where more than 600 companies will exhibit across 80,000 square meters."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 641 exhibitors over 82,000 square "
        "meters."),
]
GOLD_WMC26_HOST_CITY_NUMBERS = {
    (0, 9.8e6, "count"): "skip", (0, 1.4e6, "count"): "skip", (0, 1.35e12, "CNY"): "skip",
    (0, 600, "count"): "new", (0, 80000, "m2"): "new",
    (1, 641, "count"): "changed:refined", (1, 82000, "m2"): "changed:conflict",
}


# the edition named by its ordinal, a participle clause before a forecast, then the close
STORY_WIMC26_ELEVENTH_EDITION = [
    doc("2026-11-25", "11th World Intelligent Manufacturing Conference to open in Nanjing",
        "NANJING, Nov. 25 (Xinhua) -- The 11th World Intelligent Manufacturing Conference opens in Nanjing on "
        "Thursday, with more than 300 companies exhibiting and 40 academicians expected, organizers said."),
    doc("2026-11-28", "Nanjing smart manufacturing gathering ends",
        "NANJING, Nov. 28 (Xinhua) -- The 11th World Intelligent Manufacturing Conference closed on Saturday. A total "
        "of 326 companies exhibited, and 43 academicians took part."),
]
GOLD_WIMC26_ELEVENTH_EDITION = {
    (0, 300, "count"): "new", (0, 40, "count"): "new",
    (1, 326, "count"): "changed:refined", (1, 43, "count"): "new",
}


# the other event's last-year count in a clause of its own, then that event's close
STORY_WMC26_UNLIKE_NANJING = [
    doc("2026-09-23", "Hefei convention closes with 790 deals",
        "HEFEI -- The 2026 World Manufacturing Convention closed in Hefei on Tuesday with 790 projects signed. "
        "Unlike the World Intelligent Manufacturing Conference in Nanjing, which drew 298 exhibitors last year, the "
        "Hefei event gathered 641 exhibitors."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 326 exhibitors."),
]
GOLD_WMC26_UNLIKE_NANJING = {
    (0, 790, "count"): "new", (0, 298, "count"): "skip", (0, 641, "count"): "new",
    (1, 326, "count"): "new",
}


# 'WMC2026' and '2026 WMC', a date range, then the close
STORY_WMC26_GLUED_ABBREVIATION = [
    doc("2026-09-19", "WMC2026 kicks off in Hefei",
        "HEFEI -- WMC2026 (the World Manufacturing Convention 2026) kicked off in Hefei on Saturday. The four-day "
        "event, held Sept 19-22, has more than 600 exhibitors."),
    doc("2026-09-22", "WMC 2026 wraps up",
        "HEFEI -- WMC 2026 wrapped up on Tuesday with 641 exhibitors. The 2026 WMC also saw 790 deals signed."),
]
GOLD_WMC26_GLUED_ABBREVIATION = {
    (0, 4, "day"): "new", (0, 600, "count"): "new",
    (1, 641, "count"): "changed:refined", (1, 790, "count"): "new",
}


# a story on both events, the other one's forecast among this one's counts, then both closes
STORY_BOTH26_TWO_SHOWS_COMPARED = [
    doc("2026-09-21", "Yangtze delta's two manufacturing shows compared",
        "SHANGHAI -- Anhui's World Manufacturing Convention, now under way in Hefei, has 641 exhibitors this year. "
        "Jiangsu's World Intelligent Manufacturing Conference, due in Nanjing in late November, expects about 320."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 326 exhibitors."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 641 exhibitors."),
]
GOLD_BOTH26_TWO_SHOWS_COMPARED = {
    (0, 641, "count"): "new", (0, 320, "count"): "new",
    (1, 326, "count"): "new",  # (the 320 was a forecast: a scope of its own)
    (2, 641, "count"): "known",
}


# visits counted as 'person-times' on site and online, while running and at the close
STORY_WMC26_PERSON_TIMES = [
    doc("2026-09-21", "WMC 2026 expo receives 150,000 person-times",
        "HEFEI, Sept. 21 (ahnews) -- The expo of the 2026 World Manufacturing Convention had received 150,000 "
        "person-times of visitors as of Monday noon, while online viewership of its livestreams surpassed 20 million "
        "person-times."),
    doc("2026-09-23", "WMC 2026 concludes",
        "HEFEI, Sept. 23 (ahnews) -- The 2026 World Manufacturing Convention concluded on Tuesday. Visitor flow at the "
        "expo reached 312,000 person-times, and online viewership topped 45 million person-times."),
]
GOLD_WMC26_PERSON_TIMES = {
    (0, 150000, "count"): "new", (0, 20e6, "count"): "new",
    (1, 312000, "count"): "changed:refined", (1, 45e6, "count"): "changed:refined",
}


# 'a footfall of', 'page views of', 'an attendance of' on the first two days and at the end
STORY_WIMC26_FOOTFALL_PAGE_VIEWS = [
    doc("2026-11-27", "Smart manufacturing conference draws crowds",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference recorded a footfall of 52,000 on its first two "
        "days, and its cloud platform logged page views of 86 million, organizers said on Friday."),
    doc("2026-11-29", "Nanjing conference: final tallies",
        "NANJING -- Final tallies from the 2026 World Intelligent Manufacturing Conference: an attendance of 81,000 over "
        "three days and page views of 130 million on the cloud platform."),
]
GOLD_WIMC26_FOOTFALL_PAGE_VIEWS = {
    (0, 52000, "count"): "new", (0, 86e6, "count"): "new",
    (1, 81000, "count"): "changed:refined", (1, 3, "day"): "new", (1, 130e6, "count"): "changed:refined",
}


# a Chinese cloud hall's first-day visits and online exhibitors, then the close
STORY_WMC26_ZH_CLOUD_HALL = [
    doc("2026-09-19", "世界制造业大会云展厅上线",
        "新华网合肥9月19日电 2026世界制造业大会云展厅19日上线，首日访问量突破500万人次，线上参展企业320家。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "新华网合肥9月22日电 2026世界制造业大会22日闭幕。云展厅累计访问量达2100万人次，线上参展企业335家，"
        "线下参展企业641家。"),
]
GOLD_WMC26_ZH_CLOUD_HALL = {
    (0, 5e6, "count"): "new", (0, 320, "count"): "new",
    (1, 21e6, "count"): "new", (1, 335, "count"): "changed:conflict", (1, 641, "count"): "new",
}


# last year's count, then 'This year, the figure rose to' in the next sentence
STORY_WMC26_THE_FIGURE_NEXT_SENTENCE = [
    doc("2026-09-20", "Hefei convention opens",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Saturday. Last year, 735 projects were signed at the "
        "convention. This year, organizers aim to beat that, with more than 600 companies exhibiting."),
    doc("2026-09-23", "Hefei convention signs 790 projects",
        "HEFEI -- Last year, 735 projects were signed at the World Manufacturing Convention. This year, the figure rose "
        "to 790, organizers said on Tuesday as the 2026 event closed."),
]
GOLD_WMC26_THE_FIGURE_NEXT_SENTENCE = {
    (0, 735, "count"): "skip", (0, 600, "count"): "new",
    (1, 735, "count"): "skip", (1, 790, "count"): "new",
}


# 'drew 298 exhibitors in 2025 and 330 this year', then 'the final count for 2026 was 326'
STORY_WIMC26_FINAL_COUNT_FOR_YEAR = [
    doc("2026-11-26", "Nanjing conference opens",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Thursday. It drew 298 exhibitors in "
        "2025 and 330 this year, according to the organizers."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday. Exhibitors numbered 298 in "
        "2025; the final count for 2026 was 326."),
]
GOLD_WIMC26_FINAL_COUNT_FOR_YEAR = {
    (0, 298, "count"): "skip", (0, 330, "count"): "new",
    (1, 298, "count"): "skip", (1, 326, "count"): "changed:conflict",
}


# one day's visitors 'alone' and a concurrent conference's exhibitors, then the close
STORY_WMC26_SUNDAY_ALONE = [
    doc("2026-09-21", "Weekend crowds pack Hefei expo",
        "HEFEI -- Sunday alone saw 86,000 visitors at the expo of the 2026 World Manufacturing Convention, the busiest "
        "day so far. The concurrent 2026 China Industrial Internet Conference, held alongside the convention, drew 300 "
        "exhibitors of its own."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. Its expo drew 312,000 visitors and 641 "
        "exhibitors over four days."),
]
GOLD_WMC26_SUNDAY_ALONE = {
    (0, 86000, "count"): "new", (0, 300, "count"): "new",
    (1, 312000, "count"): "new", (1, 641, "count"): "new", (1, 4, "day"): "new",
}


# a parallel investment fair's signings on the sidelines, then the event's total
STORY_WMC26_PARALLEL_FAIR = [
    doc("2026-09-22", "Investment fair on convention sidelines signs 45 projects",
        "HEFEI -- A parallel event, the Yangtze River Delta Investment Fair, saw 45 projects signed worth 20 billion "
        "yuan on Monday, on the sidelines of the 2026 World Manufacturing Convention."),
    doc("2026-09-23", "Hefei convention signs 790 projects",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects worth 521 billion yuan "
        "signed."),
]
GOLD_WMC26_PARALLEL_FAIR = {
    (0, 45, "count"): "new", (0, 20 * B, "CNY"): "new",
    (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new",
}


# two growth rates 'respectively', then the investment's rate and sum in one sentence
STORY_WMC26_RATES_RESPECTIVELY = [
    doc("2026-09-23", "Hefei convention closes with more deals",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects worth 521 billion yuan "
        "signed. The number of projects and their value rose 7.5 percent and 8.2 percent respectively from last "
        "year."),
    doc("2026-09-24", "Hefei convention deals grow",
        "HEFEI -- Investment in projects signed at the 2026 World Manufacturing Convention rose 8.2 percent from last "
        "year to 521 billion yuan, organizers said."),
]
GOLD_WMC26_RATES_RESPECTIVELY = {
    (0, 790, "count"): "new", (0, 521 * B, "CNY"): "new", (0, 7.5, "percent"): "new", (0, 8.2, "percent"): "new",
    (1, 8.2, "percent"): "skip", (1, 521 * B, "CNY"): "known",
}


# the forum's guests, then the expo's 'attendees', then both again
STORY_WIMC26_EXPO_ATTENDEES = [
    doc("2026-11-26", "Nanjing conference opens to 3,000 guests",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Thursday with about 3,000 guests at "
        "its main forum and summit sessions."),
    doc("2026-11-28", "Nanjing conference expo draws 85,000 attendees",
        "NANJING -- The expo of the 2026 World Intelligent Manufacturing Conference drew 85,000 attendees over three "
        "days, organizers said on Saturday."),
    doc("2026-11-29", "Nanjing conference wrap",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference gathered some 3,200 guests, and its "
        "expo welcomed 85,000 visitors."),
]
GOLD_WIMC26_EXPO_ATTENDEES = {
    (0, 3000, "count"): "new",
    (1, 85000, "count"): "new", (1, 3, "day"): "new",
    (2, 3200, "count"): "changed:refined", (2, 85000, "count"): "known",
}


# a Chinese close with one main forum and the specialized forums, then all the events counted together
STORY_WMC26_ZH_MAIN_FORUM = [
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "新华社合肥9月22日电 为期4天的2026世界制造业大会22日闭幕。本届大会共举办主论坛1场、专业论坛17场，"
        "来自52个国家和地区的4500余位嘉宾参会。"),
    doc("2026-09-24", "世界制造业大会综述",
        "安徽日报讯 2026世界制造业大会期间，共举办主论坛、专业论坛等活动36场，签约项目790个。"),
]
GOLD_WMC26_ZH_MAIN_FORUM = {
    (0, 4, "day"): "new", (0, 1, "count"): "new", (0, 17, "count"): "new", (0, 52, "count"): "new",
    (0, 4500, "count"): "new",
    (1, 36, "count"): "new", (1, 790, "count"): "new",
}


# the province's output past a relative clause and the sectors' exhibitors in brackets, then the close
STORY_WMC26_SECTORS_IN_BRACKETS = [
    doc("2026-09-19", "Manufacturing convention opens in Hefei",
        "HEFEI -- The 2026 World Manufacturing Convention opened in Hefei on Saturday, drawing more than 600 exhibitors. "
        "Anhui, which ranked among China's top 10 provinces for manufacturing investment last year, produced 2.5 "
        "million new energy vehicles in 2025.\nLargest exhibiting sectors: new energy vehicles (186 companies), "
        "integrated circuits (94) and robotics (72)."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 641 exhibitors, 192 of them in new "
        "energy vehicles."),
]
GOLD_WMC26_SECTORS_IN_BRACKETS = {
    (0, 600, "count"): "new", (0, 2.5e6, "count"): "skip", (0, 186, "count"): "new", (0, 94, "count"): "new",
    (0, 72, "count"): "new",
    (1, 641, "count"): "changed:refined", (1, 192, "count"): "new",
}


# a Chinese look back over nine years (from X to Y, the first edition, N years' sum, next year's plan)
STORY_WMC26_ZH_NINE_YEARS = [
    doc("2026-09-22", "2026世界制造业大会闭幕 签约项目790个",
        "新华社合肥9月22日电 2026世界制造业大会22日闭幕，签约项目790个，参展企业641家，展览面积8万平方米。"),
    doc("2026-09-25", "九年，从合肥走向世界",
        "安徽日报讯 从2018年首届大会签约项目440个，到2026年签约项目790个，世界制造业大会走过了九个年头。首届大会参展"
        "企业约400家，今年增至641家；展览面积从4万平方米扩大到8万平方米。“九年来，大会累计签约项目4984个。”"
        "明年，大会展览面积将扩大至10万平方米。"),
    doc("2026-09-28", "世界制造业大会成果丰硕",
        "中安在线讯 2026世界制造业大会展览面积8万平方米，参展企业641家。"),
]
GOLD_WMC26_ZH_NINE_YEARS = {
    (0, 790, "count"): "new", (0, 641, "count"): "new", (0, 80000, "m2"): "new",
    (1, 440, "count"): "skip", (1, 790, "count"): "known", (1, 400, "count"): "skip", (1, 641, "count"): "known",
    (1, 40000, "m2"): "skip", (1, 80000, "m2"): "known", (1, 4984, "count"): "new", (1, 100000, "m2"): "new",
    (2, 80000, "m2"): "known", (2, 641, "count"): "known",
}


# a count while running, then a release 'Eight editions later' with the first edition's counts
STORY_WMC26_EDITIONS_LATER = [
    doc("2026-09-21", "Hefei convention passes 600 exhibitors",
        "HEFEI -- More than 600 companies are exhibiting at the 2026 World Manufacturing Convention, organizers said."),
    doc("2026-09-24", "From 400 to 641: the World Manufacturing Convention grows up",
        "HEFEI, China, Sept. 24, 2026 /PRNewswire/ -- When the first World Manufacturing Convention was held in Hefei in "
        "2018, it drew some 400 exhibitors and 440 signed projects. Eight editions later, the 2026 convention, which "
        "closed on Tuesday, gathered 641 exhibitors and saw 790 projects signed."),
]
GOLD_WMC26_EDITIONS_LATER = {
    (0, 600, "count"): "new",
    (1, 400, "count"): "skip", (1, 440, "count"): "skip", (1, 641, "count"): "changed:refined", (1, 790, "count"): "new",
}


# a first days' feature (one company's products and orders, signings so far and on a named day), then the close
STORY_WMC26_FIRST_DAY_FEATURE = [
    doc("2026-09-21", "Robots and EVs draw queues at Hefei expo",
        "By ZHU LIXIN in Hefei | China Daily | Updated: 2026-09-21 07:45\n"
        "Robots that brew coffee and cars that park themselves drew long queues at the 2026 World Manufacturing "
        "Convention in Hefei. iFlytek, the Hefei-based AI company, brought 30 products, 10 of which made their global "
        "debut. \"We received more than 2,000 inquiries,\" said Liu Qing, a sales manager at a Wuhu robotics firm. Her "
        "company signed orders worth 50 million yuan. The convention, which opened on Saturday, has signed 136 "
        "projects, and some 220 more were signed on Monday, the third day."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects signed, worth 521 billion "
        "yuan, and 2,300 new products on show."),
]
GOLD_WMC26_FIRST_DAY_FEATURE = {
    (0, 30, "count"): "new", (0, 10, "count"): "new", (0, 2000, "count"): "new", (0, 50e6, "CNY"): "new",
    (0, 136, "count"): "new", (0, 220, "count"): "new",
    (1, 790, "count"): "changed:refined", (1, 521 * B, "CNY"): "new", (1, 2300, "count"): "new",
}


# a wire's week: the preview's plan and forecast, the opening, the close
STORY_WMC26_WIRE_WEEK_BLIND = [
    doc("2026-09-15", "2026 World Manufacturing Convention to open in Hefei on Sept 19",
        "HEFEI, Sept. 15 (Xinhua) -- The 2026 World Manufacturing Convention will be held in Hefei from Sept. 19 to 22, "
        "the organizing committee announced at a press conference on Monday. Nearly 650 enterprises have registered to "
        "exhibit, and the exhibition will cover 80,000 square meters. About 4,000 guests from home and abroad are "
        "expected."),
    doc("2026-09-19", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 19 (Xinhua) -- The 2026 World Manufacturing Convention opened on Saturday in Hefei. A total of 133 "
        "projects with investment of 86.4 billion yuan were signed at the opening ceremony. The exhibition features 641 "
        "enterprises, including 56 Fortune Global 500 companies."),
    doc("2026-09-22", "World Manufacturing Convention concludes with 790 projects signed",
        "HEFEI, Sept. 22 (Xinhua) -- The 2026 World Manufacturing Convention concluded on Tuesday, with 790 projects "
        "signed, involving a total investment of 521 billion yuan. The four-day event drew more than 4,500 guests from "
        "52 countries and regions and 312,000 visitors."),
]
GOLD_WMC26_WIRE_WEEK_BLIND = {
    (0, 650, "count"): "new", (0, 80000, "m2"): "new", (0, 4000, "count"): "new",
    (1, 133, "count"): "new", (1, 86.4 * B, "CNY"): "new", (1, 641, "count"): "changed:refined", (1, 56, "count"): "new",
    (2, 790, "count"): "new", (2, 521 * B, "CNY"): "new", (2, 4, "day"): "new", (2, 4500, "count"): "new",
    (2, 52, "count"): "new", (2, 312000, "count"): "new",
}


# a Chinese wire's opening (one opening-and-main-forum, themed forums, the ceremony's signings) and close
STORY_WIMC26_ZH_WIRE_BLIND = [
    doc("2026-11-26", "2026世界智能制造大会在南京开幕",
        "新华社南京11月26日电（记者 陈刚）26日，2026世界智能制造大会在南京开幕。本届大会以“智造世界·创造未来”为主题，"
        "为期3天，设置1场开幕式暨主论坛、12场专题论坛。展览面积6万平方米，320余家企业参展。开幕式上集中签约重大项目36个，"
        "总投资412亿元。"),
    doc("2026-11-28", "2026世界智能制造大会闭幕",
        "新华社南京11月28日电 28日，2026世界智能制造大会闭幕。大会期间共签约项目58个，总投资615亿元；参展企业326家，"
        "线下参会嘉宾6000余人，线上观看人次超1200万。"),
]
GOLD_WIMC26_ZH_WIRE_BLIND = {
    (0, 3, "day"): "new", (0, 1, "count"): "new", (0, 12, "count"): "new", (0, 60000, "m2"): "new",
    (0, 320, "count"): "new", (0, 36, "count"): "new", (0, 41.2 * B, "CNY"): "new",
    (1, 58, "count"): "new", (1, 61.5 * B, "CNY"): "new", (1, 326, "count"): "changed:refined", (1, 6000, "count"): "new",
    (1, 12e6, "count"): "new",
}


# a tabloid's opening story with a share and one booth's area, then the close's countries
STORY_WMC26_GT_BLIND = [
    doc("2026-09-20", "Global manufacturers flock to Hefei",
        "Global Times) 22:10, September 20, 2026\nMore than 600 companies from 30-plus countries and regions are "
        "showcasing their latest products at the 2026 World Manufacturing Convention, which kicked off in Hefei on "
        "Saturday. Overseas exhibitors make up about 15 percent of the total, the organizer told the Global Times.\n"
        "\"This is our fifth time here,\" said a manager of a German machine-tool maker, whose booth this year is 300 "
        "square meters, twice the size of last year's."),
    doc("2026-09-23", "Hefei convention closes with record deals",
        "Global Times) 18:02, September 23, 2026\nThe 2026 World Manufacturing Convention closed on Tuesday with a "
        "record 790 projects signed. Exhibitors came from 32 countries and regions, the organizer said."),
]
GOLD_WMC26_GT_BLIND = {
    (0, 600, "count"): "new", (0, 30, "count"): "new", (0, 15, "percent"): "new", (0, 300, "m2"): "new",
    (1, 790, "count"): "new", (1, 32, "count"): "changed:refined",
}


# the province's own record beside the conference's exhibitors so far, then the close
STORY_WIMC26_CGTN_BLIND = [
    doc("2026-11-27", "Jiangsu showcases smart manufacturing at Nanjing conference",
        "NANJING, Nov. 27 (CGTN) -- Jiangsu province has built 2,368 provincial-level smart workshops and 295 smart "
        "factories, an official said at the 2026 World Intelligent Manufacturing Conference on Friday. The conference, "
        "which opened on Thursday, has drawn about 320 exhibitors to its 60,000-square-meter exhibition."),
    doc("2026-11-28", "Nanjing conference ends",
        "NANJING, Nov. 28 (CGTN) -- The 2026 World Intelligent Manufacturing Conference ended on Saturday. Exhibitors "
        "totaled 326, and 58 projects worth 61.5 billion yuan were signed."),
]
GOLD_WIMC26_CGTN_BLIND = {
    (0, 2368, "count"): "skip", (0, 295, "count"): "skip", (0, 320, "count"): "new", (0, 60000, "m2"): "new",
    (1, 326, "count"): "changed:refined", (1, 58, "count"): "new", (1, 61.5 * B, "CNY"): "new",
}


# an organizer's release, a portal's reprint with its furniture, and the closing release
STORY_WMC26_RELEASE_REPRINT_BLIND = [
    doc("2026-09-21", "2026 World Manufacturing Convention Opens in Hefei, Showcasing Global Manufacturing Innovation",
        "HEFEI, China, Sept. 21, 2026 /PRNewswire/ -- On September 19, the 2026 World Manufacturing Convention opened in "
        "Hefei, Anhui Province. With the theme \"Intelligent Manufacturing, Connecting the World,\" the convention "
        "brings together over 600 enterprises, including 56 Fortune Global 500 companies. During the opening ceremony, "
        "133 projects were signed with total investment of RMB 86.4 billion.\n"
        "Source: The Organizing Committee of the World Manufacturing Convention"),
    doc("2026-09-21", "2026 World Manufacturing Convention Opens in Hefei, Showcasing Global Manufacturing Innovation",
        "Business Wire India | News\nHEFEI, China, Sept. 21, 2026 /PRNewswire/ -- On September 19, the 2026 World "
        "Manufacturing Convention opened in Hefei, Anhui Province. With the theme \"Intelligent Manufacturing, Connecting "
        "the World,\" the convention brings together over 600 enterprises, including 56 Fortune Global 500 companies. "
        "During the opening ceremony, 133 projects were signed with total investment of RMB 86.4 billion.\n"
        "Source: The Organizing Committee of the World Manufacturing Convention\nDisclaimer: this release is provided by "
        "PR Newswire"),
    doc("2026-09-24", "2026 World Manufacturing Convention Concludes with RMB 521 Billion in Deals",
        "HEFEI, China, Sept. 24, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention concluded on September 22. "
        "Over the four days, 790 projects were signed with total investment of RMB 521 billion, and 641 enterprises "
        "exhibited."),
]
GOLD_WMC26_RELEASE_REPRINT_BLIND = {
    (0, 600, "count"): "new", (0, 56, "count"): "new", (0, 133, "count"): "new", (0, 86.4 * B, "CNY"): "new",
    (1, 600, "count"): "known", (1, 56, "count"): "known", (1, 133, "count"): "known", (1, 86.4 * B, "CNY"): "known",
    (2, 4, "day"): "new", (2, 790, "count"): "new", (2, 521 * B, "CNY"): "new", (2, 641, "count"): "changed:refined",
}


# Chinese visitors and trade visitors while running and at the close
STORY_WMC26_ZH_TRADE_VISITORS = [
    doc("2026-09-21", "世界制造业大会展会人气旺",
        "安徽日报讯（记者 王敏）记者从大会组委会获悉，截至20日18时，2026世界制造业大会展会累计接待观众9.6万人次，"
        "其中专业观众3.2万人次。"),
    doc("2026-09-23", "世界制造业大会展会闭幕 接待观众31.2万人次",
        "安徽日报讯 22日，2026世界制造业大会展会落下帷幕。4天时间里，展会累计接待观众31.2万人次，其中专业观众9.8万人次，"
        "达成采购意向金额120亿元。"),
]
GOLD_WMC26_ZH_TRADE_VISITORS = {
    (0, 96000, "count"): "new", (0, 32000, "count"): "new",
    (1, 4, "day"): "new", (1, 312000, "count"): "changed:refined", (1, 98000, "count"): "changed:refined",
    (1, 12 * B, "CNY"): "new",
}


# a count corrected in a later version with a correction note
STORY_WIMC26_CORRECTION_BLIND = [
    doc("2026-11-28", "Nanjing conference inks 85 deals",
        "NANJING -- Organizers of the 2026 World Intelligent Manufacturing Conference said 85 projects were signed at "
        "the three-day event, which ended Saturday, with investment of 61.5 billion yuan."),
    doc("2026-11-29", "Nanjing conference inks 58 deals",
        "NANJING -- Organizers of the 2026 World Intelligent Manufacturing Conference said 58 projects were signed at "
        "the three-day event, which ended Saturday, with investment of 61.5 billion yuan.\n"
        "Correction: An earlier version of this story gave the number of projects as 85."),
]
GOLD_WIMC26_CORRECTION_BLIND = {
    (0, 85, "count"): "new", (0, 3, "day"): "new", (0, 61.5 * B, "CNY"): "new",
    (1, 58, "count"): "changed:conflict", (1, 3, "day"): "known", (1, 61.5 * B, "CNY"): "known",
}


# a province's target and last year's figures, then the close that beat both
STORY_WMC26_TARGET_BEATEN_BLIND = [
    doc("2026-09-10", "Anhui to roll out red carpet for manufacturers at Hefei convention",
        "HEFEI, Sept. 10 (China Daily) -- Anhui province expects to sign more than 600 projects at the 2026 World "
        "Manufacturing Convention, which runs from Sept 19 to 22 in Hefei, a provincial official said on Wednesday. "
        "Last year's convention saw 735 projects signed, with total investment of 487.3 billion yuan."),
    doc("2026-09-23", "Hefei convention beats target with 790 deals",
        "HEFEI, Sept. 23 (China Daily) -- The 2026 World Manufacturing Convention wrapped up on Tuesday with 790 projects "
        "signed, beating the target of 600 and last year's 735. Total investment reached 521 billion yuan, up 6.9 "
        "percent year-on-year."),
]
GOLD_WMC26_TARGET_BEATEN_BLIND = {
    (0, 600, "count"): "new", (0, 735, "count"): "skip", (0, 487.3 * B, "CNY"): "skip",
    (1, 790, "count"): "new", (1, 600, "count"): "skip", (1, 735, "count"): "skip", (1, 521 * B, "CNY"): "new",
    (1, 6.9, "percent"): "new",
}


# an evening paper's first day ('that day') and overseas exhibitors, then the close
STORY_WIMC26_ZH_EVENING_PAPER_BLIND = [
    doc("2026-11-27", "智能制造大会首日 观众逾3万人次",
        "扬子晚报讯（记者 周洁）27日是2026世界智能制造大会开幕首日，展会现场人气火爆，当天接待观众逾3万人次。"
        "据了解，本届展会共有326家企业参展，其中境外企业66家。"),
    doc("2026-11-29", "智能制造大会落幕 3天接待观众8.1万人次",
        "扬子晚报讯 28日，2026世界智能制造大会落幕。3天展期内，展会共接待观众8.1万人次，参展企业326家，"
        "境外参展企业68家。"),
]
GOLD_WIMC26_ZH_EVENING_PAPER_BLIND = {
    (0, 30000, "count"): "new", (0, 326, "count"): "new", (0, 66, "count"): "new",
    (1, 3, "day"): "new", (1, 81000, "count"): "new", (1, 326, "count"): "known", (1, 68, "count"): "changed:conflict",
}


# robot makers and humanoids while running, then the close
STORY_WMC26_HUMANOIDS_BLIND = [
    doc("2026-09-20", "Humanoid robots steal the show in Hefei",
        "HEFEI -- Humanoid robots were the stars of the 2026 World Manufacturing Convention on Sunday. More than 40 "
        "robot makers have brought over 100 humanoids to the show, organizers said. The convention, with 641 exhibitors "
        "in all, runs until Tuesday."),
    doc("2026-09-22", "Convention in Hefei ends",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Tuesday with 641 exhibitors and 790 projects signed. "
        "Robot makers numbered 46."),
]
GOLD_WMC26_HUMANOIDS_BLIND = {
    (0, 40, "count"): "new", (0, 100, "count"): "new", (0, 641, "count"): "new",
    (1, 641, "count"): "known", (1, 790, "count"): "new", (1, 46, "count"): "changed:refined",
}


# a preview of what is confirmed (about 50 academicians and 300 exhibitors), then the close
STORY_WIMC26_PREVIEW_CONFIRMED_BLIND = [
    doc("2026-11-20", "Preview: World Intelligent Manufacturing Conference 2026",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference will take place in Nanjing from Nov 26 to 28. "
        "Organizers say the conference will feature one main forum, 12 thematic forums and an exhibition of around "
        "60,000 square meters, and that about 50 academicians and 300 exhibitors have confirmed attendance."),
    doc("2026-11-28", "WIMC 2026 closes",
        "NANJING -- WIMC 2026 closed on Saturday. The conference had 13 thematic forums in the end, 43 academicians and "
        "326 exhibitors, and its exhibition covered 62,000 square meters."),
]
GOLD_WIMC26_PREVIEW_CONFIRMED_BLIND = {
    (0, 1, "count"): "skip", (0, 12, "count"): "new", (0, 60000, "m2"): "new", (0, 50, "count"): "new",
    (0, 300, "count"): "new",
    (1, 13, "count"): "changed:conflict", (1, 43, "count"): "changed:conflict", (1, 326, "count"): "changed:refined",
    (1, 62000, "m2"): "changed:refined",
}


# a Chinese close with foreign-funded and large projects, then a summary with another foreign count
STORY_WMC26_ZH_PEOPLES_DAILY_BLIND = [
    doc("2026-09-22", "合肥：世界制造业大会签约790个项目",
        "人民网合肥9月22日电 记者从2026世界制造业大会闭幕新闻发布会上获悉，本届大会共签约项目790个，总投资5210亿元。"
        "其中，签约外资项目62个，总投资79亿美元；签约亿元以上项目688个。"),
    doc("2026-09-23", "2026世界制造业大会成果发布",
        "人民网合肥9月23日电 2026世界制造业大会共签约项目790个，总投资5210亿元，其中外资项目64个。"),
]
GOLD_WMC26_ZH_PEOPLES_DAILY_BLIND = {
    (0, 790, "count"): "new", (0, 521 * B, "CNY"): "new", (0, 62, "count"): "new", (0, 7.9 * B, "USD"): "new",
    (0, 688, "count"): "new",
    (1, 790, "count"): "known", (1, 521 * B, "CNY"): "known", (1, 64, "count"): "changed:conflict",
}


# a provincial site's English (the ceremony's audience named with many words), then the close
STORY_WMC26_GOV_ENGLISH_BLIND = [
    doc("2026-09-19", "The 2026 World Manufacturing Convention grandly opened",
        "On the morning of September 19, the 2026 World Manufacturing Convention grandly opened in Hefei. Leaders of "
        "relevant national ministries and commissions, heads of 56 Fortune Global 500 enterprises and more than 4,000 "
        "Chinese and foreign guests attended the opening ceremony. At the conference, 133 major projects were signed "
        "intensively, with a total investment of 86.4 billion yuan."),
    doc("2026-09-22", "The 2026 World Manufacturing Convention successfully closed",
        "On September 22, the 2026 World Manufacturing Convention successfully closed. During the conference, 790 "
        "projects were signed, with a total investment of 521 billion yuan, and more than 4,500 guests participated."),
]
GOLD_WMC26_GOV_ENGLISH_BLIND = {
    (0, 56, "count"): "new", (0, 4000, "count"): "new", (0, 133, "count"): "new", (0, 86.4 * B, "CNY"): "new",
    (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new", (1, 4500, "count"): "new",
}


# the same close in Chinese and English on one day, then a revised count
STORY_WIMC26_ZH_EN_SAME_DAY_BLIND = [
    doc("2026-11-28", "2026世界智能制造大会闭幕 签约项目58个",
        "新华社南京11月28日电 2026世界智能制造大会28日在南京闭幕，大会期间签约项目58个，总投资615亿元，参展企业326家。"),
    doc("2026-11-28", "Nanjing conference closes with 58 projects",
        "NANJING, Nov. 28 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference closed in Nanjing on Saturday, "
        "with 58 projects signed, involving total investment of 61.5 billion yuan. A total of 326 companies exhibited."),
    doc("2026-11-30", "Nanjing conference: revised figures",
        "NANJING -- The organizing committee of the 2026 World Intelligent Manufacturing Conference said on Monday that "
        "the number of exhibitors was 329, after three late registrations."),
]
GOLD_WIMC26_ZH_EN_SAME_DAY_BLIND = {
    # (two same-day articles without times stand in the order of their ids, a documented rule: here the English first)
    (0, 58, "count"): "known", (0, 61.5 * B, "CNY"): "known", (0, 326, "count"): "known",
    (1, 58, "count"): "new", (1, 61.5 * B, "CNY"): "new", (1, 326, "count"): "new",
    (2, 329, "count"): "changed:conflict", (2, 3, "count"): "skip",
}


# a numbered list of five things, then a by-the-numbers line with another visitor count
STORY_WMC26_FIVE_THINGS_BLIND = [
    doc("2026-09-24", "Five things to know about the 2026 World Manufacturing Convention",
        "1. It was big. The convention in Hefei drew 641 exhibitors and 312,000 visitors over four days.\n"
        "2. Deals flowed. 790 projects worth 521 billion yuan were signed.\n"
        "3. Robots ruled. Humanoid robots from 46 makers were on show.\n"
        "4. The world came. Exhibitors hailed from 32 countries and regions.\n"
        "5. It keeps growing. Since 2018 the convention has signed 4,984 projects."),
    doc("2026-09-25", "WMC 2026 by the numbers",
        "HEFEI -- The 2026 World Manufacturing Convention: 641 exhibitors, 315,000 visitors, 790 projects, 32 countries "
        "and regions."),
]
GOLD_WMC26_FIVE_THINGS_BLIND = {
    (0, 641, "count"): "new", (0, 312000, "count"): "new", (0, 4, "day"): "new", (0, 790, "count"): "new",
    (0, 521 * B, "CNY"): "new", (0, 46, "count"): "new", (0, 32, "count"): "new", (0, 4984, "count"): "new",
    (1, 641, "count"): "known", (1, 315000, "count"): "changed:conflict", (1, 790, "count"): "known",
    (1, 32, "count"): "known",
}


# an agency's pledges at the opening and the close, each with dollars
STORY_WMC26_AGENCY_DOLLARS_BLIND = [
    doc("2026-09-21", "Business: Hefei expo lifts Anhui's deal book",
        "HEFEI (Reuters) - Companies pledged 86.4 billion yuan ($12.1 billion) of investment at the opening of a "
        "manufacturing convention in the eastern Chinese city of Hefei on Saturday, the Anhui provincial government "
        "said, as the province courts makers of electric vehicles and chips. The World Manufacturing Convention runs "
        "until Tuesday."),
    doc("2026-09-23", "Business: Hefei convention ends with $73 billion of deals",
        "HEFEI (Reuters) - Deals worth 521 billion yuan ($73 billion) were signed at this year's World Manufacturing "
        "Convention in Hefei, which ended on Tuesday, the provincial government said."),
]
GOLD_WMC26_AGENCY_DOLLARS_BLIND = {
    (0, 86.4 * B, "CNY"): "new", (0, 12.1 * B, "USD"): "skip",
    (1, 521 * B, "CNY"): "new", (1, 73 * B, "USD"): "skip",
}


# cities ranked by their signings on the sidelines, then the event's total
STORY_WMC26_CITIES_RANKED_BLIND = [
    doc("2026-09-20", "Cities compete for deals at Hefei convention",
        "HEFEI -- Anhui's 16 cities signed deals at a string of sessions on the sidelines of the 2026 World Manufacturing "
        "Convention on Sunday. Wuhu led with 56 projects worth 61.2 billion yuan, followed by Chuzhou with 48 projects "
        "and Bengbu with 41."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects worth 521 billion yuan "
        "signed across the province."),
]
GOLD_WMC26_CITIES_RANKED_BLIND = {
    (0, 16, "count"): "skip", (0, 56, "count"): "new", (0, 61.2 * B, "CNY"): "new", (0, 48, "count"): "new",
    (0, 41, "count"): "new",
    (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new",
}


# sign-ups for the online and the offline halls so far, then both counts at the close
STORY_WIMC26_ONLINE_OFFLINE_SIGNUPS_BLIND = [
    doc("2026-11-18", "Nanjing smart manufacturing conference gets online boost",
        "NANJING -- This year's World Intelligent Manufacturing Conference, set for Nov 26-28 in Nanjing, will run an "
        "online exhibition alongside its offline one. So far 180 companies have signed up for the online hall and 310 "
        "for the offline halls, organizers said."),
    doc("2026-11-28", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday. Its offline exhibition had "
        "326 exhibitors, and 195 companies took part online."),
]
GOLD_WIMC26_ONLINE_OFFLINE_SIGNUPS_BLIND = {
    (0, 180, "count"): "new", (0, 310, "count"): "new", (0, 3, "day"): "skip",
    (1, 326, "count"): "changed:refined", (1, 195, "count"): "changed:refined",
}


# an opinion piece with this year's and last year's numbers, then a revised foreign count
STORY_WMC26_OPINION_NUMBERS_BLIND = [
    doc("2026-09-26", "Opinion: What the Hefei convention's numbers tell us",
        "The 2026 World Manufacturing Convention closed last week with 790 signed projects, up from 735 a year ago, "
        "and 521 billion yuan of investment against 487.3 billion yuan in 2025. Impressive, yes. But the number of "
        "foreign-funded projects slipped to 62 from 71, and that deserves attention. The convention also drew 641 "
        "exhibitors, 11 fewer than in 2025."),
    doc("2026-09-28", "Convention's foreign deals in focus",
        "HEFEI -- Foreign-funded projects signed at the 2026 World Manufacturing Convention numbered 64, the provincial "
        "commerce department said on Monday, revising an earlier count."),
]
GOLD_WMC26_OPINION_NUMBERS_BLIND = {
    (0, 790, "count"): "new", (0, 735, "count"): "skip", (0, 521 * B, "CNY"): "new", (0, 487.3 * B, "CNY"): "skip",
    (0, 62, "count"): "new", (0, 71, "count"): "skip", (0, 641, "count"): "new", (0, 11, "count"): "skip",
    (1, 64, "count"): "changed:conflict",
}


# Chinese registrations to exhibit and forecasts, then the close's smaller count
STORY_WMC26_ZH_REGISTRATIONS_BLIND = [
    doc("2026-09-05", "2026世界制造业大会9月19日开幕",
        "新华社合肥9月5日电 记者从5日召开的新闻发布会上获悉，2026世界制造业大会将于9月19日至22日在合肥举办。目前，"
        "已有1000余家企业报名参展，预计最终参展企业600家以上，预计签约项目600个以上。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "新华社合肥9月22日电 2026世界制造业大会22日闭幕，共签约项目790个，参展企业641家。"),
]
GOLD_WMC26_ZH_REGISTRATIONS_BLIND = {
    (0, 1000, "count"): "new", (0, 600, "count"): "new",
    # (registrations to exhibit are the exhibitors so far, a documented rule: 641 after "1000余家" is a conflict)
    (1, 790, "count"): "new", (1, 641, "count"): "changed:conflict",
}


# news in brief: one event's signings so far on its third day, the other's forecast, an unrelated fair; then both closes
STORY_BOTH26_NEWS_IN_BRIEF_BLIND = [
    doc("2026-09-21", "News in brief",
        "- Hefei: The World Manufacturing Convention, in its third day, has seen 420 projects signed so far.\n"
        "- Nanjing: Registration opened for the World Intelligent Manufacturing Conference in November, which expects "
        "300 exhibitors.\n"
        "- Shanghai: A robotics fair drew 900 exhibitors."),
    doc("2026-09-22", "Hefei convention signs 790 projects",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 790 projects signed."),
    doc("2026-11-28", "Nanjing conference closes with 326 exhibitors",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 326 exhibitors."),
]
GOLD_BOTH26_NEWS_IN_BRIEF_BLIND = {
    (0, 420, "count"): "new", (0, 300, "count"): "skip", (0, 900, "count"): "skip",  # (the fair is some other event)
    (1, 790, "count"): "changed:refined",
    (2, 326, "count"): "new",
}


# a Hong Kong paper's story with Hong Kong dollars, opening and close
STORY_WMC26_HK_DOLLARS_BLIND = [
    doc("2026-09-20", "Hong Kong firms seek mainland orders at Hefei show",
        "More than 30 Hong Kong companies are taking part in the 2026 World Manufacturing Convention in Hefei, hoping to "
        "tap the mainland's vast supply chain. The convention, which features 641 exhibitors, signed 133 deals worth "
        "86.4 billion yuan (HK$94.5 billion) on its opening day."),
    doc("2026-09-23", "Hefei convention ends",
        "The 2026 World Manufacturing Convention in Hefei ended on Tuesday with 790 deals worth 521 billion yuan "
        "(HK$570 billion)."),
]
GOLD_WMC26_HK_DOLLARS_BLIND = {
    (0, 30, "count"): "new", (0, 641, "count"): "new", (0, 133, "count"): "new", (0, 86.4 * B, "CNY"): "new",
    (0, 94.5 * B, "HKD"): "skip",
    (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new", (1, 570 * B, "HKD"): "skip",
}


# the event site's news pages with their furniture: opening and close
STORY_WIMC26_EVENT_SITE_NEWS_BLIND = [
    doc("2026-11-27", "News | WIMC 2026 Opens",
        "Home > News Center > Conference News\nWIMC 2026 Opens\nSource: Organizing Committee  Date: 2026-11-26\n"
        "On November 26, the 2026 World Intelligent Manufacturing Conference opened at the Nanjing International Expo "
        "Center. The conference has attracted over 320 enterprises, more than 40 academicians and nearly 3,000 guests. "
        "At the opening, 36 key projects with total investment of 41.2 billion yuan were signed.\n"
        "Previous: Notice on media registration  Next: WIMC 2026 concludes"),
    doc("2026-11-29", "News | WIMC 2026 Concludes",
        "Home > News Center > Conference News\nWIMC 2026 Concludes\nSource: Organizing Committee  Date: 2026-11-28\n"
        "On November 28, the 2026 World Intelligent Manufacturing Conference concluded. In total, 326 enterprises "
        "exhibited, 43 academicians and over 3,000 guests attended, and 58 projects with investment of 61.5 billion "
        "yuan were signed."),
]
GOLD_WIMC26_EVENT_SITE_NEWS_BLIND = {
    (0, 320, "count"): "new", (0, 40, "count"): "new", (0, 3000, "count"): "new", (0, 36, "count"): "new",
    (0, 41.2 * B, "CNY"): "new",
    (1, 326, "count"): "changed:refined", (1, 43, "count"): "changed:refined", (1, 3000, "count"): "changed:conflict",  # ("nearly" then "over": away from each other, a documented rule)
    (1, 58, "count"): "new", (1, 61.5 * B, "CNY"): "new",
}


# a Chinese live page, newest first, then the close
STORY_WMC26_ZH_LIVE_BLIND = [
    doc("2026-09-21", "CGTN直播｜2026世界制造业大会",
        "【10:30】2026世界制造业大会展会第二天，观众持续涌入。组委会数据显示，前两天累计入场观众已超15万人次。\n"
        "【09:00】今天，大会将举办8场专业论坛。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "央视网消息 2026世界制造业大会22日闭幕。4天会期内，展会累计接待观众31.2万人次，举办专业论坛17场。"),
]
GOLD_WMC26_ZH_LIVE_BLIND = {
    (0, 150000, "count"): "new", (0, 8, "count"): "new",
    (1, 4, "day"): "new", (1, 312000, "count"): "changed:refined", (1, 17, "count"): "new",
}


# the opening's batch and projects lined up for signing, then late signings lifting the total
STORY_WMC26_LINED_UP_BLIND = [
    doc("2026-09-19", "Hefei convention opens with 133 projects",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Saturday in Hefei. At its opening ceremony, 133 "
        "projects were signed, with investment totaling 86.4 billion yuan. A further 180 projects are lined up for "
        "signing during the convention's city sessions."),
    doc("2026-09-22", "Hefei convention: late signings lift tally",
        "HEFEI -- Late signings on the final day lifted the total number of projects signed at the 2026 World "
        "Manufacturing Convention to 790, with investment of 521 billion yuan, the organizing committee said on "
        "Tuesday."),
]
GOLD_WMC26_LINED_UP_BLIND = {
    (0, 133, "count"): "new", (0, 86.4 * B, "CNY"): "new", (0, 180, "count"): "new",
    (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new",
}


# Chinese academicians, experts and executives invited, then those who came
STORY_WIMC26_ZH_ACADEMICIANS_BLIND = [
    doc("2026-11-26", "智能制造大会开幕 院士专家云集",
        "交汇点讯 26日上午，2026世界智能制造大会在南京开幕。本届大会邀请到两院院士40余位、国内外知名专家学者300余人，"
        "世界500强及行业领军企业高管200余人出席。"),
    doc("2026-11-28", "智能制造大会闭幕",
        "交汇点讯 28日，2026世界智能制造大会闭幕。大会共吸引院士43位、专家学者320人参会。"),
]
GOLD_WIMC26_ZH_ACADEMICIANS_BLIND = {
    (0, 40, "count"): "new", (0, 300, "count"): "new", (0, 200, "count"): "new",
    (1, 43, "count"): "changed:refined", (1, 320, "count"): "changed:refined",
}


# a share of the exhibition area and another sector's area, then the close's area
STORY_WMC26_AREA_SHARE_BLIND = [
    doc("2026-09-21", "Chinese carmakers dominate Hefei expo floor",
        "HEFEI -- Carmakers occupy nearly a third of the 80,000 square meters of exhibition space at the 2026 World "
        "Manufacturing Convention, with 25 brands showing 160 models, organizers said. Battery makers account for "
        "another 8,000 square meters."),
    doc("2026-09-23", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. Its exhibition covered 82,000 square "
        "meters."),
]
GOLD_WMC26_AREA_SHARE_BLIND = {
    (0, 100 / 3, "percent"): "new", (0, 80000, "m2"): "new", (0, 25, "count"): "new", (0, 160, "count"): "new",
    (0, 8000, "m2"): "new",
    (1, 82000, "m2"): "changed:conflict",
}


# counts spelled out in words, then the same in digits
STORY_WIMC26_SPELLED_COUNTS_BLIND = [
    doc("2026-11-29", "Smart manufacturing conference yields 58 deals",
        "NANJING, Nov. 29 (Xinhua) -- Fifty-eight projects, with a total investment of 61.5 billion yuan, were signed "
        "during the 2026 World Intelligent Manufacturing Conference, which closed in Nanjing on Saturday. The "
        "conference's exhibition featured three hundred and twenty-six companies."),
    doc("2026-11-30", "Nanjing conference review",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference saw 58 deals signed and 326 exhibitors. Its "
        "forums drew some 6,000 guests."),
]
GOLD_WIMC26_SPELLED_COUNTS_BLIND = {
    (0, 58, "count"): "new", (0, 61.5 * B, "CNY"): "new", (0, 326, "count"): "new",
    (1, 58, "count"): "known", (1, 326, "count"): "known", (1, 6000, "count"): "new",
}


# bulleted opening facts and closing numbers
STORY_WMC26_WHAT_WE_KNOW_BLIND = [
    doc("2026-09-19", "WMC 2026 opening: what we know",
        "HEFEI -- Here is what we know as the 2026 World Manufacturing Convention opens in Hefei:\n"
        "* Exhibitors: 641, about one in seven from overseas\n* Exhibition space: 80,000 sq m over 12 halls\n"
        "* Forums: 18, including the main forum\n* Deals at the opening ceremony: 133 projects, 86.4 billion yuan"),
    doc("2026-09-22", "WMC 2026: closing numbers",
        "HEFEI -- Closing numbers from the 2026 World Manufacturing Convention:\n* Projects signed: 790\n"
        "* Investment: 521 billion yuan\n* Visitors: 312,000\n* Forums: 18"),
]
GOLD_WMC26_WHAT_WE_KNOW_BLIND = {
    (0, 641, "count"): "new", (0, 80000, "m2"): "new", (0, 12, "count"): "new", (0, 18, "count"): "new",
    (0, 133, "count"): "new", (0, 86.4 * B, "CNY"): "new",
    (1, 790, "count"): "new", (1, 521 * B, "CNY"): "new", (1, 312000, "count"): "new", (1, 18, "count"): "known",
}


# a provincial daily's plan (forums, expected guests, exhibitors or so), then the close
STORY_WIMC26_ZH_PROVINCIAL_PLAN_BLIND = [
    doc("2026-11-25", "江苏：智能制造大会明日开幕",
        "新华日报讯 2026世界智能制造大会将于26日至28日在南京举办。大会期间将举办开幕式暨主论坛和12场专题论坛，"
        "预计邀请嘉宾3000人，参展企业300家左右。"),
    doc("2026-11-28", "智能制造大会闭幕",
        "新华日报讯 2026世界智能制造大会28日闭幕。大会共举办专题论坛13场，参会嘉宾3100余人，参展企业326家。"),
]
GOLD_WIMC26_ZH_PROVINCIAL_PLAN_BLIND = {
    (0, 12, "count"): "new", (0, 3000, "count"): "new", (0, 300, "count"): "new",
    (1, 13, "count"): "changed:conflict", (1, 3100, "count"): "new", (1, 326, "count"): "new",
}


# the city's own car output beside the convention's exhibitors, then the close
STORY_WMC26_CITY_ON_THE_RISE_BLIND = [
    doc("2026-09-20", "In Hefei, a convention and a city on the rise",
        "HEFEI -- Ten years ago Hefei made fewer than 100,000 cars a year; last year it made 1.4 million. The 2026 World "
        "Manufacturing Convention, which opened here on Saturday, has given the city another showcase: more than 600 "
        "exhibitors have come, a quarter of them carmakers and their suppliers."),
    doc("2026-09-22", "Hefei convention ends",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Tuesday with 641 exhibitors."),
]
GOLD_WMC26_CITY_ON_THE_RISE_BLIND = {
    (0, 100000, "count"): "skip", (0, 1.4e6, "count"): "skip", (0, 600, "count"): "new", (0, 25, "percent"): "new",
    (1, 641, "count"): "changed:refined",
}


# a wire's preview, a count by an afternoon and the close
STORY_WMC26_WIRE_THREE_DAYS_FINAL = [
    doc("2026-09-18", "Hefei gears up for manufacturing convention",
        "HEFEI, Sept. 18 (Xinhua) -- Hefei is ready to host the 2026 World Manufacturing Convention from Sept. 19 to 22. "
        "Over 600 companies will exhibit across 12 halls, and more than 20 forums and matchmaking events are planned, "
        "according to the organizing committee."),
    doc("2026-09-21", "Hefei convention draws crowds",
        "HEFEI, Sept. 21 (Xinhua) -- The 2026 World Manufacturing Convention had received about 210,000 visitors by "
        "Monday afternoon, organizers said. A total of 641 companies are exhibiting."),
    doc("2026-09-22", "Hefei convention closes",
        "HEFEI, Sept. 22 (Xinhua) -- The 2026 World Manufacturing Convention closed on Tuesday after drawing 312,000 "
        "visitors. It held 24 forums and matchmaking events."),
]
GOLD_WMC26_WIRE_THREE_DAYS_FINAL = {
    (0, 600, "count"): "new", (0, 12, "count"): "new", (0, 20, "count"): "new",
    (1, 210000, "count"): "new", (1, 641, "count"): "changed:refined",
    (2, 312000, "count"): "changed:refined", (2, 24, "count"): "changed:refined",
}


# a Chinese signing ceremony's batch, then a total with the batch among it
STORY_WIMC26_ZH_CEREMONY_THEN_TOTAL_FINAL = [
    doc("2026-11-27", "智能制造大会签约项目58个 总投资615亿元",
        "南京日报讯（记者 孙婷）27日，2026世界智能制造大会重大项目集中签约仪式举行，共签约项目58个，总投资615亿元，"
        "涵盖智能装备、集成电路、新能源等领域。"),
    doc("2026-11-29", "南京：智能制造大会成果丰硕",
        "南京日报讯 刚刚落幕的2026世界智能制造大会共签约项目60个，总投资621亿元，其中集中签约项目58个。"),
]
GOLD_WIMC26_ZH_CEREMONY_THEN_TOTAL_FINAL = {
    (0, 58, "count"): "new", (0, 61.5 * B, "CNY"): "new",
    # (a plain 60 after 58 is a rounder restatement, within a twentieth of it: a documented rule)
    (1, 60, "count"): "known", (1, 62.1 * B, "CNY"): "changed:conflict", (1, 58, "count"): "skip",
}


# a release, an aggregator's copy with its furniture, and the closing release
STORY_WMC26_RELEASE_NEWSBREAK_FINAL = [
    doc("2026-09-20", "WMC 2026 opens; 133 deals inked",
        "HEFEI, China, Sept. 20, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention (WMC 2026) opened in "
        "Hefei on September 19. At the opening ceremony, 133 projects were inked, with a total investment of RMB86.4 "
        "billion. More than 600 exhibitors are taking part.\nView original content to download multimedia"),
    doc("2026-09-20", "WMC 2026 opens; 133 deals inked",
        "NewsBreak | Finance\nHEFEI, China, Sept. 20, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention (WMC "
        "2026) opened in Hefei on September 19. At the opening ceremony, 133 projects were inked, with a total "
        "investment of RMB86.4 billion. More than 600 exhibitors are taking part.\nView original content to download "
        "multimedia\nMore from NewsBreak"),
    doc("2026-09-23", "WMC 2026 closes with 790 deals",
        "HEFEI, China, Sept. 23, 2026 /PRNewswire/ -- WMC 2026 closed on September 22 with 790 projects signed and "
        "641 exhibitors."),
]
GOLD_WMC26_RELEASE_NEWSBREAK_FINAL = {
    (0, 133, "count"): "new", (0, 86.4 * B, "CNY"): "new", (0, 600, "count"): "new",
    (1, 133, "count"): "known", (1, 86.4 * B, "CNY"): "known", (1, 600, "count"): "known",
    (2, 790, "count"): "new", (2, 641, "count"): "changed:refined",
}


# a daily's preview, opening and close: a forecast is its own measure; the opening's exact exhibitors, then the close's
STORY_WIMC26_PREVIEW_OPEN_CLOSE_BLIND = [
    doc("2026-11-25", "Nanjing to host intelligent manufacturing conference next week",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference will be held in Nanjing, Jiangsu province, from "
        "Dec 3 to 6, organizers told a news conference on Tuesday. They expect about 500 companies to exhibit."),
    doc("2026-12-03", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Thursday in Nanjing, drawing 526 "
        "companies from 18 countries and regions. At the opening ceremony, 36 projects with a total investment of "
        "58.2 billion yuan were signed."),
    doc("2026-12-06", "Nanjing conference closes with 81 deals",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday. During the four-day event, "
        "81 projects worth 126.5 billion yuan were signed, and the exhibitors numbered 531, with more than 120,000 "
        "visitors attending."),
]
GOLD_WIMC26_PREVIEW_OPEN_CLOSE_BLIND = {
    (0, 500, "count"): "new",
    (1, 526, "count"): "new", (1, 18, "count"): "new", (1, 36, "count"): "new", (1, 58.2 * B, "CNY"): "new",
    (2, 81, "count"): "new", (2, 126.5 * B, "CNY"): "new", (2, 531, "count"): "changed:conflict",
    (2, 120000, "count"): "new", (2, 4, "day"): "new",
}


# a Chinese wire's opening and closing reports: 1000余 refined, an exact 60 then 63 a conflict, 累计 visitors the edition's
STORY_WMC26_ZH_WIRE_OPEN_CLOSE_BLIND = [
    doc("2026-09-19", "2026世界制造业大会在合肥开幕",
        "新华社合肥9月19日电 2026世界制造业大会19日在合肥开幕。本届大会展览面积约10万平方米，1000余家企业参展，其中世界500强企业60家。"
        "开幕式上，共签约重大项目118个，总投资1020亿元。"),
    doc("2026-09-22", "2026世界制造业大会闭幕 签约项目812个",
        "新华社合肥9月22日电 为期4天的2026世界制造业大会22日在合肥闭幕。大会期间共签约项目812个，总投资6120亿元。"
        "据统计，本届大会参展企业1236家，其中世界500强企业63家，累计接待观众28万人次。"),
]
GOLD_WMC26_ZH_WIRE_OPEN_CLOSE_BLIND = {
    (0, 100000, "m2"): "new", (0, 1000, "count"): "new", (0, 60, "count"): "new", (0, 118, "count"): "new",
    (0, 102 * B, "CNY"): "new",
    (1, 4, "day"): "new", (1, 812, "count"): "new", (1, 612 * B, "CNY"): "new", (1, 1236, "count"): "changed:refined",
    (1, 63, "count"): "changed:conflict", (1, 280000, "count"): "new",
}


# a release, an aggregator's copy the same day and the closing release; the countries are no count so far
REL_WMC26_RELEASE_COPY_CLOSE_BLIND = ("HEFEI, China, Sept. 20, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention (WMC) opened in Hefei, the "
       "capital of east China's Anhui Province, on September 19. More than 1,000 enterprises from 30 countries and regions "
       "are taking part, and nearly 600 new products were launched on the first two days.")
STORY_WMC26_RELEASE_COPY_CLOSE_BLIND = [
    doc("2026-09-20", "2026 World Manufacturing Convention Opens in Hefei", REL_WMC26_RELEASE_COPY_CLOSE_BLIND),
    doc("2026-09-20", "2026 World Manufacturing Convention Opens in Hefei",
        "Markets Insider\n\nPress Release\n\n" + REL_WMC26_RELEASE_COPY_CLOSE_BLIND + "\n\nSOURCE World Manufacturing Convention\n\nShare this article"),
    doc("2026-09-23", "2026 World Manufacturing Convention Concludes in Hefei",
        "HEFEI, China, Sept. 23, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention concluded in Hefei on "
        "September 22. The convention attracted 1,236 exhibitors from 32 countries and regions, and 648 new products were "
        "launched during the event. A total of 812 projects were signed, with total investment of 612 billion yuan."),
]
GOLD_WMC26_RELEASE_COPY_CLOSE_BLIND = {
    # two copies of one day without times: the lower id is the original (the copy here)
    (0, 1000, "count"): "known", (0, 30, "count"): "known", (0, 600, "count"): "known",
    (1, 1000, "count"): "new", (1, 30, "count"): "new", (1, 600, "count"): "new",
    (2, 1236, "count"): "changed:refined", (2, 32, "count"): "changed:conflict", (2, 648, "count"): "changed:refined",
    (2, 812, "count"): "new", (2, 612 * B, "CNY"): "new",
}


# a tabloid feature, a count as of a day, and the wrap
STORY_WIMC26_FEATURE_RUNNING_WRAP_BLIND = [
    doc("2026-12-04", "Robots steal the show at Nanjing manufacturing conference",
        "By Wang Qi in Nanjing\n\nGlobal Times) 10:12, December 04, 2026\n\nRobot dogs, welding arms and humanoid waiters "
        "crowd the halls of the 2026 World Intelligent Manufacturing Conference, which has attracted more than 300 "
        "exhibitors. \"We have signed 12 agreements in two days,\" said Li Ming, sales manager of a Suzhou-based robot maker."),
    doc("2026-12-05", "Visitors pour into Nanjing conference",
        "(People's Daily Online) 16:40, December 05, 2026\n\nAs of Friday, the 2026 World Intelligent Manufacturing "
        "Conference had received some 80,000 visitors, and 45 projects had been signed, according to the organizers."),
    doc("2026-12-07", "Nanjing conference wraps up",
        "The 2026 World Intelligent Manufacturing Conference, which wrapped up on Sunday, drew 326 exhibitors and 132,000 "
        "visitors. The number of signed projects reached 72, with a total value of 96.3 billion yuan."),
]
GOLD_WIMC26_FEATURE_RUNNING_WRAP_BLIND = {
    (0, 300, "count"): "new", (0, 12, "count"): "skip",
    (1, 80000, "count"): "new", (1, 45, "count"): "new",
    (2, 326, "count"): "changed:refined", (2, 132000, "count"): "changed:refined", (2, 72, "count"): "changed:refined",
    (2, 96.3 * B, "CNY"): "new",
}


# a Chinese daily: the series' total before and after this edition
STORY_WMC26_ZH_SERIES_TOTAL_BLIND = [
    doc("2026-09-19", "世界制造业大会今日开幕",
        "本报讯 2026世界制造业大会今日在合肥开幕。自2018年以来，世界制造业大会已累计签约项目3600余个。本届大会预计签约项目超过800个。"),
    doc("2026-09-23", "世界制造业大会签约成果丰硕",
        "本报讯 2026世界制造业大会共签约项目812个。至此，世界制造业大会累计签约项目超过4400个。"),
]
GOLD_WMC26_ZH_SERIES_TOTAL_BLIND = {
    (0, 3600, "count"): "new", (0, 800, "count"): "new",
    (1, 812, "count"): "new", (1, 4400, "count"): "changed:refined",
}


# a broadcaster's visitors in the first two days, then over four
STORY_WMC26_BROADCASTER_DAYS_BLIND = [
    doc("2026-09-20", "WMC 2026: Crowds on day two",
        "Over 150,000 visitors have flocked to the 2026 World Manufacturing Convention in Hefei in its first two days, "
        "organizers said on Sunday."),
    doc("2026-09-22", "WMC 2026 wraps up in Hefei",
        "The 2026 World Manufacturing Convention received a total of 286,000 visitors over four days, while online, its "
        "livestreams drew 12 million views."),
]
GOLD_WMC26_BROADCASTER_DAYS_BLIND = {
    (0, 150000, "count"): "new",
    (1, 286000, "count"): "changed:refined", (1, 4, "day"): "new", (1, 12000000, "count"): "new",
}


# the opening's batch with its dollars, a broadcaster's rounder restatement, and the close naming the opening's batch again
STORY_WIMC26_OPENING_ROUNDED_BLIND = [
    doc("2026-12-03", "81 projects signed as Nanjing intelligent manufacturing conference opens",
        "NANJING, Dec. 3 (Xinhua) -- A total of 81 major projects, with a combined investment of 126 billion yuan (about "
        "17.7 billion U.S. dollars), were signed at the opening ceremony of the 2026 World Intelligent Manufacturing "
        "Conference on Thursday."),
    doc("2026-12-04", "Nanjing conference opens with deals",
        "More than 80 projects worth over 120 billion yuan were signed on the opening day of the 2026 World Intelligent "
        "Manufacturing Conference in Nanjing, according to CGTN."),
    doc("2026-12-06", "Intelligent manufacturing conference ends in Nanjing",
        "The 2026 World Intelligent Manufacturing Conference ended on Sunday with 158 projects signed, involving total "
        "investment of 236.8 billion yuan, including 83 signed at the opening ceremony, organizers said."),
]
GOLD_WIMC26_OPENING_ROUNDED_BLIND = {
    (0, 81, "count"): "new", (0, 126 * B, "CNY"): "new", (0, 17.7 * B, "USD"): "new",
    (1, 80, "count"): "known", (1, 120 * B, "CNY"): "known",
    (2, 158, "count"): "new", (2, 236.8 * B, "CNY"): "new", (2, 83, "count"): "changed:conflict",
}


# a Chinese government preview, then a daily's figures from the organizers (a reporter in the sentence; 5万 then 5.2万)
STORY_WIMC26_ZH_GOV_THEN_DAILY_BLIND = [
    doc("2026-12-02", "2026世界智能制造大会明日开幕",
        "2026世界智能制造大会将于12月3日至6日在南京举办。本届大会共有来自20多个国家和地区的600余家企业参展，展览面积5万平方米。"),
    doc("2026-12-04", "智造盛会 精彩纷呈",
        "新华日报讯 2026世界智能制造大会昨日开幕。记者从大会组委会获悉，本届大会参展企业620家，来自23个国家和地区，展览面积5.2万平方米。"),
]
GOLD_WIMC26_ZH_GOV_THEN_DAILY_BLIND = {
    (0, 20, "count"): "new", (0, 600, "count"): "new", (0, 50000, "m2"): "new", (0, 4, "day"): "skip",
    (1, 620, "count"): "changed:refined", (1, 23, "count"): "changed:refined", (1, 52000, "m2"): "changed:refined",
}


# a closing release with its figures in the headline, a portal's copy, and the wire's final tally
REL_WIMC26_RELEASE_FINAL_TALLY_BLIND = ("NANJING, China, Dec. 7, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference closed in "
       "Nanjing on December 6. During the conference, 158 projects were signed, with total investment of RMB 236.8 "
       "billion, and more than 560 companies exhibited their latest products and solutions.")
STORY_WIMC26_RELEASE_FINAL_TALLY_BLIND = [
    doc("2026-12-07", "2026 World Intelligent Manufacturing Conference Closes with 158 Signed Projects Worth RMB 236.8 Billion", REL_WIMC26_RELEASE_FINAL_TALLY_BLIND),
    doc("2026-12-08", "2026 World Intelligent Manufacturing Conference Closes with 158 Signed Projects Worth RMB 236.8 Billion",
        "AsiaOne\n\n" + REL_WIMC26_RELEASE_FINAL_TALLY_BLIND + "\n\nView original content: https://www.prnewswire.com/news-releases/wimc-2026.html\n\nSOURCE "
        "World Intelligent Manufacturing Conference"),
    doc("2026-12-08", "Final tally: Nanjing conference signed 161 projects",
        "NANJING, Dec. 8 (Xinhua) -- According to the final tally released by the organizing committee on Tuesday, 161 "
        "projects worth 240.3 billion yuan were signed during the 2026 World Intelligent Manufacturing Conference, and "
        "573 companies exhibited."),
]
GOLD_WIMC26_RELEASE_FINAL_TALLY_BLIND = {
    (0, 158, "count"): "new", (0, 236.8 * B, "CNY"): "new", (0, 560, "count"): "new",
    (1, 158, "count"): "known", (1, 236.8 * B, "CNY"): "known", (1, 560, "count"): "known",
    (2, 161, "count"): "changed:conflict", (2, 240.3 * B, "CNY"): "changed:conflict", (2, 573, "count"): "changed:refined",
}


# what the convention will hold, then what it held
STORY_WMC26_PREVIEW_FORUMS_BLIND = [
    doc("2026-09-17", "What to expect at this year's manufacturing convention",
        "The 2026 World Manufacturing Convention, which runs from Sept 19 to 22 in Hefei, will hold 20 forums and "
        "feature an exhibition area of 80,000 square meters, the provincial government said on Wednesday."),
    doc("2026-09-23", "Convention closes, deals abound",
        "The 2026 World Manufacturing Convention closed on Tuesday in Hefei. During the convention, 22 forums were held "
        "in the 80,000 sq m exhibition space, and 812 projects were signed."),
]
GOLD_WMC26_PREVIEW_FORUMS_BLIND = {
    (0, 20, "count"): "new", (0, 80000, "m2"): "new",
    (1, 22, "count"): "changed:conflict", (1, 80000, "m2"): "known", (1, 812, "count"): "new",
}


# a Chinese portal's count as of an hour, then the close
STORY_WMC26_ZH_LIVE_COUNTS_BLIND = [
    doc("2026-09-21", "直击2026世界制造业大会：人气持续火爆",
        "中安在线讯 记者从2026世界制造业大会组委会获悉，截至21日16时，大会累计接待观众15.6万人次，线上观展1200万人次。"),
    doc("2026-09-22", "2026世界制造业大会圆满落幕",
        "中安在线讯 2026世界制造业大会22日圆满落幕。大会期间累计接待观众30.2万人次，线上累计观展超1500万人次。"),
]
GOLD_WMC26_ZH_LIVE_COUNTS_BLIND = {
    (0, 156000, "count"): "new", (0, 12000000, "count"): "new",
    (1, 302000, "count"): "changed:refined", (1, 15000000, "count"): "changed:refined",
}


# a trade site's round figures (the event, which included its forums), then the wire's
STORY_WIMC26_TRADE_PRESS_THEN_WIRE_BLIND = [
    doc("2026-12-07", "Humanoids and AI agents headline Nanjing show",
        "More than 400 exhibitors showcased industrial robots, AI agents and digital twins at the 2026 World Intelligent "
        "Manufacturing Conference in Nanjing, according to organizers. The event, which also included 30 sub-forums, "
        "attracted 90,000 visitors."),
    doc("2026-12-08", "Nanjing conference in numbers",
        "NANJING, Dec. 8 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference attracted 412 exhibitors and "
        "95,000 visitors, including 61,000 trade visitors, the organizing committee said on Tuesday."),
]
GOLD_WIMC26_TRADE_PRESS_THEN_WIRE_BLIND = {
    (0, 400, "count"): "new", (0, 30, "count"): "new", (0, 90000, "count"): "new",
    (1, 412, "count"): "changed:refined", (1, 95000, "count"): "changed:conflict", (1, 61000, "count"): "new",
}


# a wire's long opening and closing reports: bounds that rise, foreign projects, a total since 2018
STORY_WMC26_WIRE_LONG_OPEN_CLOSE_BLIND = [
    doc("2026-09-19", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 19 (Xinhua) -- The 2026 World Manufacturing Convention opened Saturday in Hefei, capital of east "
        "China's Anhui Province.\n\nMore than 1,100 enterprises from 30 countries and regions are participating in the "
        "exhibition, which covers 80,000 square meters. At the opening ceremony, 126 projects were signed, with a total "
        "investment of 108.6 billion yuan."),
    doc("2026-09-22", "World Manufacturing Convention concludes with 812 projects signed",
        "HEFEI, Sept. 22 (Xinhua) -- The 2026 World Manufacturing Convention (WMC) concluded on Tuesday in Hefei, capital "
        "of east China's Anhui Province, with 812 projects signed, involving a total investment of 612.3 billion yuan "
        "(about 86.2 billion U.S. dollars).\n\nAmong the signed projects, 146 are foreign-funded, with investment of 11.8 "
        "billion dollars, according to the provincial department of commerce.\n\nThe four-day event attracted more than "
        "1,200 enterprises from 32 countries and regions. About 4,500 guests, including 36 academicians, attended the "
        "convention.\n\nSince its launch in 2018, the WMC has facilitated over 5,300 projects with total investment "
        "exceeding 3.4 trillion yuan."),
]
GOLD_WMC26_WIRE_LONG_OPEN_CLOSE_BLIND = {
    (0, 1100, "count"): "new", (0, 30, "count"): "new", (0, 80000, "m2"): "new", (0, 126, "count"): "new",
    (0, 108.6 * B, "CNY"): "new",
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 86.2 * B, "USD"): "new", (1, 146, "count"): "new",
    (1, 11.8 * B, "USD"): "new", (1, 4, "day"): "new", (1, 1200, "count"): "changed:refined",
    (1, 32, "count"): "changed:conflict", (1, 4500, "count"): "new", (1, 36, "count"): "new",
    (1, 5300, "count"): "new", (1, 3400 * B, "CNY"): "new",
}


# a daily with last year's count beside this year's, then a portal's records
STORY_WIMC26_DAILY_THEN_PORTAL_RECORDS_BLIND = [
    doc("2026-12-04", "Intelligent manufacturing on show in Nanjing",
        "By Cang Wei in Nanjing | chinadaily.com.cn | Updated: 2026-12-04 17:25\n\nThe 2026 World Intelligent "
        "Manufacturing Conference, which opened in Nanjing on Thursday, has attracted 580 exhibitors, up 10 percent "
        "from last year's 527, and covers an exhibition area of 70,000 square meters."),
    doc("2026-12-06", "Nanjing conference sets records",
        "With 586 exhibitors and an exhibition area of 72,000 sq m, the 2026 World Intelligent Manufacturing "
        "Conference set new records, the Jiangsu provincial department of industry and information technology said."),
]
GOLD_WIMC26_DAILY_THEN_PORTAL_RECORDS_BLIND = {
    (0, 580, "count"): "new", (0, 10, "percent"): "new", (0, 527, "count"): "new", (0, 70000, "m2"): "new",
    (1, 586, "count"): "changed:conflict", (1, 72000, "m2"): "changed:conflict",
}


# a Chinese daily's opening with its headline figure, then the close: 余 and 万 refined
STORY_WIMC26_ZH_PEOPLES_OPEN_CLOSE_BLIND = [
    doc("2026-12-03", "2026世界智能制造大会开幕 首日签约项目40个",
        "人民网南京12月3日电 12月3日，2026世界智能制造大会在南京开幕。开幕当天，40个重点项目集中签约，总投资约560亿元。"
        "本届大会为期4天，设置主论坛、20余场专题论坛及展览展示等活动，展览面积6万平方米。"),
    doc("2026-12-06", "2026世界智能制造大会闭幕",
        "人民网南京12月6日电 12月6日，为期4天的2026世界智能制造大会闭幕。大会期间共签约项目96个，总投资1350亿元；"
        "举办专题论坛23场；展览面积6.3万平方米，吸引观众12万人次。"),
]
GOLD_WIMC26_ZH_PEOPLES_OPEN_CLOSE_BLIND = {
    (0, 40, "count"): "new", (0, 56 * B, "CNY"): "new", (0, 4, "day"): "new", (0, 20, "count"): "new",
    (0, 60000, "m2"): "new",
    (1, 4, "day"): "known", (1, 96, "count"): "new", (1, 135 * B, "CNY"): "new", (1, 23, "count"): "changed:refined",
    (1, 63000, "m2"): "changed:refined", (1, 120000, "count"): "new",
}


# an opinion piece's figures after the wire's round one: the province's own are background
STORY_WMC26_OPINION_AFTER_WIRE_BLIND = [
    doc("2026-09-22", "Hefei convention closes",
        "More than 800 projects were signed at the 2026 World Manufacturing Convention, which closed on Tuesday in Hefei."),
    doc("2026-09-24", "WMC shows Anhui's manufacturing clout",
        "Global Times) 18:02, September 24, 2026\n\nThis year's World Manufacturing Convention saw 812 projects signed, "
        "up from 735 last year. The numbers are no accident. Anhui's manufacturing value added grew 9.1 percent in the "
        "first half, and the province is now home to 4,200 high-tech manufacturers."),
]
GOLD_WMC26_OPINION_AFTER_WIRE_BLIND = {
    (0, 800, "count"): "new",
    (1, 812, "count"): "changed:refined", (1, 735, "count"): "new", (1, 9.1, "percent"): "new",
    (1, 4200, "count"): "new",
}


# counts so far, then a list of the final numbers
STORY_WMC26_BY_THE_NUMBERS_BLIND = [
    doc("2026-09-21", "Convention halfway: exhibitors and crowds",
        "HEFEI -- So far, 1,180 exhibitors have confirmed their attendance at the 2026 World Manufacturing Convention, and "
        "210,000 visitors had come by Monday, the Hefei municipal government said."),
    doc("2026-09-23", "WMC 2026 by the numbers",
        "The 2026 World Manufacturing Convention in Hefei, by the numbers:\n\n- 812 projects signed\n- RMB 612.3 billion "
        "in total investment\n- 1,236 exhibitors, 63 of them Fortune Global 500 companies\n- 286,000 visitors"),
]
GOLD_WMC26_BY_THE_NUMBERS_BLIND = {
    (0, 1180, "count"): "new", (0, 210000, "count"): "new",
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 1236, "count"): "changed:refined",
    (1, 63, "count"): "new", (1, 286000, "count"): "changed:refined",
}


# headlines and text in shorthand (RMB108.6bn, day one)
STORY_WMC26_SHORTHAND_HEADLINES_BLIND = [
    doc("2026-09-20", "WMC 2026 inks 126 deals worth 108.6b yuan on day one",
        "The Hefei-based convention signed 126 deals worth RMB108.6bn on its opening day, the 2026 World Manufacturing "
        "Convention's organisers said."),
    doc("2026-09-23", "WMC 2026 closes: 812 deals, RMB612.3bn",
        "The four-day 2026 World Manufacturing Convention closed with a record 812 deals worth RMB612.3bn, organisers "
        "said. Foreign firms accounted for 146 of the deals."),
]
GOLD_WMC26_SHORTHAND_HEADLINES_BLIND = {
    (0, 126, "count"): "new", (0, 108.6 * B, "CNY"): "new",
    (1, 4, "day"): "new", (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 146, "count"): "new",
}


# the close, then a look back the next January without the year
STORY_WIMC26_LOOK_BACK_NEXT_YEAR_BLIND = [
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday with 158 projects signed, worth "
        "236.8 billion yuan in total."),
    doc("2027-01-10", "Looking back at Nanjing's intelligent manufacturing conference",
        "Last month's World Intelligent Manufacturing Conference in Nanjing signed 161 projects worth 240.3 billion yuan, "
        "according to a year-end report by the Jiangsu provincial government."),
]
GOLD_WIMC26_LOOK_BACK_NEXT_YEAR_BLIND = {
    (0, 158, "count"): "new", (0, 236.8 * B, "CNY"): "new",
    (1, 161, "count"): "changed:conflict", (1, 240.3 * B, "CNY"): "changed:conflict",
}


# a Chinese count so far, then the results with foreign projects after 其中
STORY_WMC26_ZH_SO_FAR_THEN_RESULTS_BLIND = [
    doc("2026-09-21", "世界制造业大会签约进展顺利",
        "记者从2026世界制造业大会组委会获悉，截至21日，大会已签约项目700余个。"),
    doc("2026-09-23", "2026世界制造业大会签约成果发布",
        "2026世界制造业大会共签约重大项目812个，计划总投资6123亿元，其中外资项目146个、投资额118亿美元。"),
]
GOLD_WMC26_ZH_SO_FAR_THEN_RESULTS_BLIND = {
    (0, 700, "count"): "new",
    (1, 812, "count"): "changed:refined", (1, 612.3 * B, "CNY"): "new", (1, 146, "count"): "new",
    (1, 11.8 * B, "USD"): "new",
}


# the close, then a story naming both events under a headline naming only the city
STORY_WIMC26_BOTH_EVENTS_CITY_HEADLINE_BLIND = [
    doc("2026-12-06", "Nanjing intelligent manufacturing conference closes",
        "The 2026 World Intelligent Manufacturing Conference closed in Nanjing on Sunday with 158 projects signed and "
        "580 exhibitors."),
    doc("2026-12-08", "Nanjing conference caps a year of manufacturing shows",
        "In September, the World Manufacturing Convention in Hefei signed 812 projects. This week, the World Intelligent "
        "Manufacturing Conference in Nanjing drew 586 exhibitors and signed 161 projects, according to final figures."),
]
GOLD_WIMC26_BOTH_EVENTS_CITY_HEADLINE_BLIND = {
    (0, 158, "count"): "new", (0, 580, "count"): "new",
    (1, 812, "count"): "new", (1, 586, "count"): "changed:conflict", (1, 161, "count"): "changed:conflict",
}


# tens of thousands and an exact count, then the close beside the first edition's
STORY_WMC26_CROWDS_THEN_DOUBLE_BLIND = [
    doc("2026-09-20", "Tens of thousands flock to Hefei convention",
        "Tens of thousands of visitors flocked to the 2026 World Manufacturing Convention on its first weekend. "
        "Exhibitors numbered 1,180."),
    doc("2026-09-22", "Hefei convention ends",
        "Exhibitor numbers at the 2026 World Manufacturing Convention rose to 1,236 by the close, organizers said, nearly "
        "double the 2018 edition's 640."),
]
GOLD_WMC26_CROWDS_THEN_DOUBLE_BLIND = {
    (0, 1180, "count"): "new",
    (1, 1236, "count"): "changed:conflict", (1, 640, "count"): "new",
}


# Hong Kong papers in traditional characters: the opening, then the close
STORY_WMC26_HK_OPEN_CLOSE_BLIND = [
    doc("2026-09-19", "2026世界製造業大會合肥開幕",
        "【文匯報訊】2026世界製造業大會19日在合肥開幕，逾1200家企業參展，其中世界500強企業63家。"),
    doc("2026-09-23", "世界製造業大會閉幕 簽約812個項目",
        "2026世界製造業大會22日閉幕，共簽約項目812個，總投資6123億元人民幣。參展企業1236家，世界500強企業66家。"),
]
GOLD_WMC26_HK_OPEN_CLOSE_BLIND = {
    (0, 1200, "count"): "new", (0, 63, "count"): "new",
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 1236, "count"): "changed:refined",
    (1, 66, "count"): "changed:conflict",
}


# a forecast range, a count with some, then the close in ¥ and $
STORY_WMC26_RANGE_SOME_CLOSE_BLIND = [
    doc("2026-09-17", "Hefei braces for manufacturing convention",
        "Between 1,200 and 1,300 exhibitors are expected at the 2026 World Manufacturing Convention, which opens in Hefei "
        "on Saturday."),
    doc("2026-09-20", "Convention halls fill up",
        "Some 1,236 exhibitors have set up stands at the 2026 World Manufacturing Convention, which opened in Hefei on "
        "Saturday."),
    doc("2026-09-23", "Convention closes with deals",
        "The 2026 World Manufacturing Convention signed deals worth ¥612.3 billion ($86.2 billion) covering 812 "
        "projects, and 1,236 exhibitors took part."),
]
GOLD_WMC26_RANGE_SOME_CLOSE_BLIND = {
    (0, 1200, "count"): "new", (0, 1300, "count"): "new",
    (1, 1236, "count"): "new",
    (2, 612.3 * B, "CNY"): "new", (2, 86.2 * B, "USD"): "new", (2, 812, "count"): "new", (2, 1236, "count"): "known",
}


# person-times in English as of an hour, then the close
STORY_WIMC26_PERSON_TIMES_AS_OF_BLIND = [
    doc("2026-12-04", "WIMC 2026 draws crowds",
        "As of 5 pm on December 4, the 2026 World Intelligent Manufacturing Conference had received 65,000 person-times "
        "of visitors and over 1,000 guests from home and abroad."),
    doc("2026-12-07", "WIMC 2026 concludes in Nanjing",
        "The 2026 World Intelligent Manufacturing Conference concluded in Nanjing. During the conference, it received "
        "132,000 person-times of visitors and 1,260 guests from home and abroad."),
]
GOLD_WIMC26_PERSON_TIMES_AS_OF_BLIND = {
    (0, 65000, "count"): "new", (0, 1000, "count"): "new",
    (1, 132000, "count"): "changed:refined", (1, 1260, "count"): "changed:refined",
}


# an area with its outdoor zone, then another total area
STORY_WMC26_AREA_SPANS_THEN_COVERING_BLIND = [
    doc("2026-09-18", "Exhibition halls ready for convention",
        "The exhibition area of the 2026 World Manufacturing Convention in Hefei spans 80,000 square meters, including "
        "an outdoor zone of 12,000 square meters."),
    doc("2026-09-22", "Hefei convention wraps up",
        "The 2026 World Manufacturing Convention, covering 100,000 square meters of exhibition space, wrapped up in Hefei "
        "on Tuesday."),
]
GOLD_WMC26_AREA_SPANS_THEN_COVERING_BLIND = {
    (0, 80000, "m2"): "new", (0, 12000, "m2"): "new",
    (1, 100000, "m2"): "changed:conflict",
}


# the opening ceremony's guests in the headline and text, then the edition's
STORY_WIMC26_ZH_CEREMONY_GUESTS_BLIND = [
    doc("2026-12-03", "世界智能制造大会开幕 1500余位嘉宾出席",
        "12月3日，2026世界智能制造大会在南京开幕，来自全球的1500余位嘉宾出席开幕式。"),
    doc("2026-12-06", "世界智能制造大会闭幕",
        "2026世界智能制造大会6日闭幕。大会期间，共有来自30多个国家和地区的2000余位嘉宾参会。"),
]
GOLD_WIMC26_ZH_CEREMONY_GUESTS_BLIND = {
    (0, 1500, "count"): "new",
    (1, 30, "count"): "new", (1, 2000, "count"): "new",
}


# a wire's opening and closing reports at full length: a maker's quote, the province's output, editions held, a list before the verb
STORY_WMC26_WIRE_FEATURE_LENGTH_BLIND = [
    doc("2026-09-19", "Global manufacturers converge on Hefei as WMC 2026 opens",
        "HEFEI, Sept. 19 (Xinhua) -- Humanoid robots greeted visitors at the entrance as the 2026 World Manufacturing "
        "Convention opened here on Saturday, with the theme \"Intelligent Manufacturing for a Better Future.\"\n\n"
        "The four-day event has lured more than 1,100 companies, among them 58 Fortune Global 500 firms, to an "
        "exhibition space of about 80,000 square meters split into 10 zones, the organizing committee said.\n\n"
        "\"We came with 15 new products this year,\" said Zhang Wei, a manager with a Hefei-based new energy vehicle "
        "maker, adding that his company hoped to sign deals worth 2 billion yuan at the event.\n\n"
        "At the opening ceremony, 126 projects with a total investment of 108.6 billion yuan were signed, covering new "
        "energy vehicles, integrated circuits and new materials.\n\n"
        "Anhui's manufacturing sector has grown fast in recent years. In 2025, the province produced over 1.8 million new "
        "energy vehicles, up 40 percent year on year.\n\n"
        "Since 2018, the convention has been held eight times, and 4,984 projects have been signed."),
    doc("2026-09-22", "WMC 2026 closes with record deals",
        "HEFEI, Sept. 22 (Xinhua) -- The 2026 World Manufacturing Convention closed in Hefei on Tuesday, with 812 "
        "projects signed, involving a total investment of 612.3 billion yuan.\n\n"
        "Of the signed projects, 146 were foreign-funded. Advanced manufacturing projects made up 78 percent of the "
        "total.\n\n"
        "Over the four days, 1,236 companies, including 63 Fortune Global 500 firms, exhibited in the 10 zones, and the "
        "convention hosted 4,600 guests from 38 countries and regions.\n\n"
        "The 2025 edition signed 735 projects worth 380.2 billion yuan.\n\n"
        "With this year's deals, the number of projects signed at the convention since 2018 has risen to 5,796."),
]
GOLD_WMC26_WIRE_FEATURE_LENGTH_BLIND = {
    (0, 4, "day"): "new", (0, 1100, "count"): "new", (0, 58, "count"): "new", (0, 80000, "m2"): "new",
    (0, 10, "count"): "new", (0, 15, "count"): "skip", (0, 2 * B, "CNY"): "skip", (0, 126, "count"): "new",
    (0, 108.6 * B, "CNY"): "new", (0, 1800000, "count"): "new", (0, 40, "percent"): "new",
    (0, 4984, "count"): "new",
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 146, "count"): "new", (1, 78, "percent"): "new",
    (1, 1236, "count"): "changed:refined", (1, 63, "count"): "changed:conflict", (1, 10, "count"): "known",
    (1, 4600, "count"): "new", (1, 38, "count"): "new", (1, 735, "count"): "new", (1, 380.2 * B, "CNY"): "new",
    (1, 5796, "count"): "changed:conflict", (1, 4, "day"): "known",
}


# two Chinese dailies at full length: the host city's opening batch, the province's own, bounds that rise
STORY_WIMC26_ZH_DAILIES_LONG_BLIND = [
    doc("2026-12-03", "2026世界智能制造大会在宁开幕",
        "12月3日，以“智能制造 赋能未来”为主题的2026世界智能制造大会在南京开幕。本届大会为期4天，由工业和信息化部、江苏省人民政府等共同主办。\n\n"
        "据介绍，本届大会设置1场主论坛、22场专业论坛和一系列配套活动，展览展示面积达6万平方米，共有来自20多个国家和地区的580余家企业参展，"
        "其中境外企业80余家。\n\n开幕式上，南京市集中签约了一批重大项目，共计40个，总投资约560亿元。\n\n"
        "近年来，江苏智能制造发展成效显著。截至目前，全省累计建成智能制造示范工厂320家、智能车间2500个。"),
    doc("2026-12-06", "2026世界智能制造大会闭幕",
        "12月6日，2026世界智能制造大会在南京闭幕。本届大会共签约项目96个，总投资1350亿元，较上届增长18%。大会期间，共举办专业论坛24场，"
        "600余家企业参展，其中境外企业86家；累计吸引观众12万人次，线上直播观看量超3000万人次。"),
]
GOLD_WIMC26_ZH_DAILIES_LONG_BLIND = {
    (0, 4, "day"): "new", (0, 1, "count"): "skip", (0, 22, "count"): "new", (0, 60000, "m2"): "new",
    (0, 20, "count"): "new", (0, 580, "count"): "new", (0, 80, "count"): "new", (0, 40, "count"): "new",
    (0, 56 * B, "CNY"): "new", (0, 320, "count"): "new", (0, 2500, "count"): "new",
    (1, 96, "count"): "new", (1, 135 * B, "CNY"): "new", (1, 18, "percent"): "new", (1, 24, "count"): "changed:conflict",
    (1, 600, "count"): "changed:refined", (1, 86, "count"): "changed:refined", (1, 120000, "count"): "new",
    (1, 30000000, "count"): "new",
}


# a live blog, newest entry first: a running count, a fair's batch, the opening day's crowd
STORY_WMC26_LIVE_BLOG_NEWEST_FIRST_BLIND = [
    doc("2026-09-20", "LIVE: Day two at the World Manufacturing Convention",
        "Follow our live coverage of the 2026 World Manufacturing Convention in Hefei.\n\n"
        "17:40 Visitor numbers have passed 150,000 since Saturday, organizers say.\n\n"
        "14:15 Another batch of deals: 58 projects worth 41.5 billion yuan signed at an investment fair this afternoon.\n\n"
        "10:05 Good morning from Hefei. Organizers say 92,000 people visited on the opening day."),
    doc("2026-09-22", "Convention closes after four days",
        "The 2026 World Manufacturing Convention drew 286,000 visitors over its four days, organizers said."),
]
GOLD_WMC26_LIVE_BLOG_NEWEST_FIRST_BLIND = {
    (0, 150000, "count"): "new", (0, 58, "count"): "new", (0, 41.5 * B, "CNY"): "new", (0, 92000, "count"): "new",
    (1, 286000, "count"): "changed:refined", (1, 4, "day"): "new",
}


# an agency's bln and $, a trillion rounding, a dollar-only restatement
STORY_WMC26_AGENCY_BLN_TRILLION_DOLLARS_BLIND = [
    doc("2026-09-22", "WMC 2026 signs 812 projects",
        "HEFEI, Sept 22 (Reuters) - China's World Manufacturing Convention signed 812 projects worth 612.3 bln yuan "
        "($86.2 bln) at this year's edition, the Anhui provincial government said on Tuesday."),
    doc("2026-09-23", "Anhui convention deals top 0.6 trillion yuan",
        "Deals signed at the 2026 World Manufacturing Convention in Hefei topped 0.6 trillion yuan, and the number of "
        "exhibitors came to nearly 1,240."),
    doc("2026-09-24", "Hefei deals worth $86 billion",
        "Projects worth $86 billion were signed at the 2026 World Manufacturing Convention in Hefei, which also drew "
        "1,236 exhibitors."),
]
GOLD_WMC26_AGENCY_BLN_TRILLION_DOLLARS_BLIND = {
    (0, 812, "count"): "new", (0, 612.3 * B, "CNY"): "new", (0, 86.2 * B, "USD"): "new",
    (1, 600 * B, "CNY"): "known", (1, 1240, "count"): "new",
    (2, 86 * B, "USD"): "known", (2, 1236, "count"): "changed:refined",
}


# day-by-day batches and a total so far, then the close
STORY_WIMC26_DAY_BY_DAY_THEN_TOTAL_BLIND = [
    doc("2026-12-04", "Nanjing conference, day by day",
        "Day 1 (Dec 3): 40 projects signed at the opening, worth 56 billion yuan.\n"
        "Day 2 (Dec 4): 28 more projects signed at a Jiangsu investment fair.\n"
        "Day 3 (Dec 5): 16 projects signed at the industrial internet forum.\n\n"
        "All told, the 2026 World Intelligent Manufacturing Conference had signed 84 projects by Saturday."),
    doc("2026-12-07", "Nanjing conference ends",
        "The 2026 World Intelligent Manufacturing Conference ended on Sunday with 96 projects signed, worth 135 billion "
        "yuan in total."),
]
GOLD_WIMC26_DAY_BY_DAY_THEN_TOTAL_BLIND = {
    (0, 40, "count"): "new", (0, 56 * B, "CNY"): "new", (0, 28, "count"): "new", (0, 16, "count"): "new",
    (0, 84, "count"): "new",
    (1, 96, "count"): "changed:refined", (1, 135 * B, "CNY"): "new",
}


# a count set off by commas, a key-figures list with last year's in brackets, a total with participles
STORY_WMC26_APPOSITIVE_BRACKETS_TOTALING_BLIND = [
    doc("2026-09-20", "Convention weekend in Hefei",
        "The number of exhibitors at the 2026 World Manufacturing Convention this year, 1,180, is the highest ever, "
        "organizers said on Sunday. Investment pledges at the opening came to 108.6 billion yuan."),
    doc("2026-09-22", "WMC 2026 at a glance",
        "Key numbers of the 2026 World Manufacturing Convention:\n\nExhibitors: 1,236 (2025: 1,102)\n"
        "Signed projects: 812 (2025: 735)\nVisitors: 286,000"),
    doc("2026-09-23", "Hefei convention's haul",
        "The tally of signed projects at the 2026 World Manufacturing Convention stood at 812 when it closed, bringing in "
        "612.3 billion yuan of investment, with exhibitors totaling 1,240 after late registrations."),
]
GOLD_WMC26_APPOSITIVE_BRACKETS_TOTALING_BLIND = {
    (0, 1180, "count"): "new", (0, 108.6 * B, "CNY"): "new",
    (1, 1236, "count"): "changed:conflict", (1, 1102, "count"): "new", (1, 812, "count"): "new", (1, 735, "count"): "new",
    (1, 286000, "count"): "new",
    (2, 812, "count"): "known", (2, 612.3 * B, "CNY"): "new", (2, 1240, "count"): "known",  # (a rounder restatement of 1,236 by the documented rule)
}


# Chinese counts in the days since the opening, then the close's
STORY_WMC26_ZH_DAYS_SINCE_OPENING_BLIND = [
    doc("2026-09-20", "世界制造业大会人气旺",
        "2026世界制造业大会吸引了超过1200家企业参展，开幕两天来观众总数突破15万人次。"),
    doc("2026-09-22", "世界制造业大会收官",
        "2026世界制造业大会22日收官。据统计，参展商数量达到1236家，观众总数达28.6万人次，签约项目达812个，签约总额达6123亿元。"),
]
GOLD_WMC26_ZH_DAYS_SINCE_OPENING_BLIND = {
    (0, 1200, "count"): "new", (0, 150000, "count"): "new",
    (1, 1236, "count"): "changed:refined", (1, 286000, "count"): "changed:refined", (1, 812, "count"): "new",
    (1, 612.3 * B, "CNY"): "new",
}


# foot traffic so far beside an exact exhibitor count, then attendees who passed through
STORY_WIMC26_FOOT_TRAFFIC_ATTENDEES_BLIND = [
    doc("2026-12-04", "Robots, chips and a crowd in Nanjing",
        "Foot traffic at the 2026 World Intelligent Manufacturing Conference hit 60,000 on its first two days, while 410 "
        "exhibitors filled the halls of the Nanjing International Expo Center."),
    doc("2026-12-07", "Nanjing's intelligent manufacturing week ends",
        "Some 130,000 attendees passed through the 2026 World Intelligent Manufacturing Conference, which had 412 "
        "exhibitors, before it closed on Sunday."),
]
GOLD_WIMC26_FOOT_TRAFFIC_ATTENDEES_BLIND = {
    (0, 60000, "count"): "new", (0, 410, "count"): "new",
    (1, 130000, "count"): "changed:refined", (1, 412, "count"): "changed:conflict",
}


# what the opening day welcomed (countries, guests, area), then delegations and visits at the close
STORY_WMC26_WELCOMED_THEN_DELEGATIONS_BLIND = [
    doc("2026-09-20", "Hefei show welcomes the world",
        "The 2026 World Manufacturing Convention welcomed visitors from 38 countries and regions on its opening day, "
        "with 2,000-plus Chinese and foreign guests attending and an 80,000-square-meter exhibition area open to the "
        "public."),
    doc("2026-09-23", "Hefei convention by the numbers",
        "Delegations from 41 countries and regions took part in the 2026 World Manufacturing Convention, which welcomed "
        "more than 2,300 guests and counted 286,000 visits across 82,000 square metres of exhibition space."),
]
GOLD_WMC26_WELCOMED_THEN_DELEGATIONS_BLIND = {
    (0, 38, "count"): "new", (0, 2000, "count"): "new", (0, 80000, "m2"): "new",
    (1, 41, "count"): "changed:conflict", (1, 2300, "count"): "changed:refined", (1, 286000, "count"): "new",
    (1, 82000, "m2"): "changed:conflict",
}


# projects inked so far with contracts worth a combined sum, then a record with its worth of deals
STORY_WMC26_INKED_SO_FAR_THEN_RECORD_BLIND = [
    doc("2026-09-21", "Deals pour in at Hefei convention",
        "Some 700 projects have been inked at the 2026 World Manufacturing Convention so far, with contracts worth a "
        "combined 520 billion yuan, a provincial official said on Monday."),
    doc("2026-09-22", "Convention ends on a high",
        "The 2026 World Manufacturing Convention ended with a record-breaking 812 projects, up 10.5 percent year on "
        "year, and RMB 612.3 billion worth of deals."),
]
GOLD_WMC26_INKED_SO_FAR_THEN_RECORD_BLIND = {
    (0, 700, "count"): "new", (0, 520 * B, "CNY"): "new",
    (1, 812, "count"): "changed:refined", (1, 10.5, "percent"): "new", (1, 612.3 * B, "CNY"): "changed:refined",
}


# a Chinese preview with ㎡ and guests who will attend, then the close
STORY_WMC26_ZH_PREVIEW_THEN_CLOSE_SYMBOLS_BLIND = [
    doc("2026-09-19", "世界制造业大会开幕在即",
        "2026世界制造业大会展览面积8万㎡，1200余家海内外企业确认参展，来自40个国家和地区的2000多名嘉宾将出席。"),
    doc("2026-09-22", "世界制造业大会闭幕",
        "2026世界制造业大会22日闭幕，集中签约812个项目，签约额6123亿元，吸引28.6万人次观展，线上浏览量超1亿次。"
        "据统计，共有来自43个国家和地区的2300多名嘉宾出席，参展企业1236家。"),
]
GOLD_WMC26_ZH_PREVIEW_THEN_CLOSE_SYMBOLS_BLIND = {
    (0, 80000, "m2"): "new", (0, 1200, "count"): "new", (0, 40, "count"): "new", (0, 2000, "count"): "new",
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 286000, "count"): "new", (1, 1e8, "count"): "new",
    # (将出席 is the plan, refined by the count: documented)
    (1, 43, "count"): "changed:conflict", (1, 2300, "count"): "changed:refined", (1, 1236, "count"): "changed:refined",
}


# an area in sqm, then the same area in hectares
STORY_WIMC26_SQM_THEN_HECTARES_BLIND = [
    doc("2026-12-04", "Nanjing conference: exhibitors and space",
        "Exhibition space at the 2026 World Intelligent Manufacturing Conference in Nanjing totals 60,000 sqm, and 1,200 "
        "guests registered, organizers said."),
    doc("2026-12-06", "Nanjing conference ends",
        "The 2026 World Intelligent Manufacturing Conference, held on 6 hectares of exhibition space, closed on Sunday "
        "after 1,350 guests attended, organizers said."),
]
GOLD_WIMC26_SQM_THEN_HECTARES_BLIND = {
    (0, 60000, "m2"): "new", (0, 1200, "count"): "new",
    (1, 60000, "m2"): "known", (1, 1350, "count"): "changed:conflict",
}


# contracts for major projects at the opening and firms that set up booths, then deals clinched and exhibiting companies
STORY_WMC26_CONTRACTS_FOR_THEN_CLINCHED_BLIND = [
    doc("2026-09-19", "Convention opens with 126 major projects",
        "The 2026 World Manufacturing Convention opened in Hefei on Saturday, where contracts for 126 major projects "
        "with a total planned investment of 108.6 billion yuan were signed at the opening ceremony. More than 1,200 firms "
        "set up booths at the event."),
    doc("2026-09-22", "Convention clinches 812 deals",
        "The 2026 World Manufacturing Convention clinched 812 deals with a planned investment of 612.3 billion yuan, and "
        "hosted 1,236 exhibiting companies, the organizers said at its close on Tuesday. Attendance topped 286,000."),
]
GOLD_WMC26_CONTRACTS_FOR_THEN_CLINCHED_BLIND = {
    (0, 126, "count"): "new", (0, 108.6 * B, "CNY"): "new", (0, 1200, "count"): "new",
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 1236, "count"): "changed:refined",
    (1, 286000, "count"): "new",
}


# a crowd that turned out and booths, then visitors pulled in and booths at the close
STORY_WMC26_CROWD_BOOTHS_THEN_PULLED_IN_BLIND = [
    doc("2026-09-20", "Crowds at Hefei convention",
        "A crowd of more than 100,000 turned out on the first two days of the 2026 World Manufacturing Convention, and "
        "exhibiting enterprises numbered 1,236 across more than 2,000 booths."),
    doc("2026-09-22", "Hefei convention pulls in 286,000 visitors",
        "The 2026 World Manufacturing Convention pulled in 286,000 visitors over four days, its organizing committee "
        "said. It had 2,150 booths."),
]
GOLD_WMC26_CROWD_BOOTHS_THEN_PULLED_IN_BLIND = {
    (0, 100000, "count"): "new", (0, 1236, "count"): "new", (0, 2000, "count"): "new",
    (1, 286000, "count"): "changed:refined", (1, 4, "day"): "new", (1, 2150, "count"): "changed:refined",
}


# Chinese first-day visitors, exhibitors and booths, then the close's footfall
STORY_WMC26_ZH_BOOTHS_FOOTFALL_BLIND = [
    doc("2026-09-20", "世界制造业大会人气火爆",
        "2026世界制造业大会开幕首日，入场观众达9.2万人次，展商1200余家，展位2000余个。"),
    doc("2026-09-22", "世界制造业大会落下帷幕",
        "2026世界制造业大会22日落下帷幕。四天来，大会人流量累计28.6万人次，展商1236家，展位2150个。"),
]
GOLD_WMC26_ZH_BOOTHS_FOOTFALL_BLIND = {
    (0, 92000, "count"): "new", (0, 1200, "count"): "new", (0, 2000, "count"): "new",
    (1, 286000, "count"): "new", (1, 1236, "count"): "changed:refined", (1, 2150, "count"): "changed:refined",
}


# the 2018 summit under its old name: the opening, then the close
STORY_WIMS18_SUMMIT_OPEN_CLOSE_BLIND = [
    doc("2018-10-11", "2018 World Intelligent Manufacturing Summit opens in Nanjing",
        "The 2018 World Intelligent Manufacturing Summit opened in Nanjing on Thursday, drawing more than 300 companies "
        "to the Nanjing International Expo Center."),
    doc("2018-10-14", "Intelligent manufacturing summit closes",
        "NANJING -- The three-day World Intelligent Manufacturing Summit closed on Saturday. A total of 318 companies "
        "exhibited and 60 projects were signed, organizers said."),
]
GOLD_WIMS18_SUMMIT_OPEN_CLOSE_BLIND = {
    (0, 300, "count"): "new",
    (1, 3, "day"): "new", (1, 318, "count"): "changed:refined", (1, 60, "count"): "new",
}


# the host city's signings as a share of the total, then the total the same day
STORY_WMC26_HOST_CITY_SHARE_THEN_TOTAL_BLIND = [
    doc("2026-09-22", "Hefei inks 456 projects at WMC",
        "Hefei signed 456 projects worth 310 billion yuan at the 2026 World Manufacturing Convention, accounting for "
        "more than half of the convention's total, the city government said on Tuesday."),
    doc("2026-09-22", "World Manufacturing Convention closes",
        "The 2026 World Manufacturing Convention closed on Tuesday in Hefei after signing 812 projects worth 612.3 "
        "billion yuan."),
]
GOLD_WMC26_HOST_CITY_SHARE_THEN_TOTAL_BLIND = {
    (0, 456, "count"): "new", (0, 310 * B, "CNY"): "new", (0, 50, "percent"): "skip",
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new",
}


# numbered highlights, then the final figures
STORY_WMC26_NUMBERED_HIGHLIGHTS_THEN_FINAL_BLIND = [
    doc("2026-09-19", "WMC 2026 highlights",
        "Xinhua Silk Road -- Highlights of the 2026 World Manufacturing Convention in Hefei:\n\n1. More than 1,100 "
        "companies are exhibiting.\n2. 58 Fortune Global 500 companies take part.\n3. The exhibition covers 80,000 square "
        "meters."),
    doc("2026-09-23", "WMC 2026 closes",
        "Final figures of the 2026 World Manufacturing Convention: 1,236 companies exhibited, including 63 Fortune Global "
        "500 firms; the exhibition covered 82,000 square meters."),
]
GOLD_WMC26_NUMBERED_HIGHLIGHTS_THEN_FINAL_BLIND = {
    (0, 1100, "count"): "new", (0, 58, "count"): "new", (0, 80000, "m2"): "new",
    (1, 1236, "count"): "changed:refined", (1, 63, "count"): "changed:conflict", (1, 82000, "m2"): "changed:conflict",
}


# the province's figures, then updated statistics three days later
STORY_WMC26_PROVINCE_THEN_UPDATED_BLIND = [
    doc("2026-09-22", "WMC 2026 signs 812 projects",
        "The WMC 2026 in Hefei signed 812 projects with a total investment of 612.3 billion yuan, 11.5% more than last "
        "year, the Anhui provincial government said."),
    doc("2026-09-25", "WMC 2026 results updated",
        "Updated statistics show that the 2026 World Manufacturing Convention signed 816 projects with a total "
        "investment of 615.8 billion yuan, the Anhui provincial department of commerce said on Friday."),
]
GOLD_WMC26_PROVINCE_THEN_UPDATED_BLIND = {
    (0, 812, "count"): "new", (0, 612.3 * B, "CNY"): "new", (0, 11.5, "percent"): "new",
    (1, 816, "count"): "changed:conflict", (1, 615.8 * B, "CNY"): "changed:conflict",
}


# a Chinese headline rounding its text, then a more precise amount with 亿
STORY_WMC26_ZH_HEADLINE_ROUNDS_THEN_PRECISE_BLIND = [
    doc("2026-09-22", "2026世界制造业大会签约项目超800个",
        "中新网合肥9月22日电 记者22日从2026世界制造业大会闭幕新闻发布会上获悉，本届大会共签约项目812个，总投资额6123亿元，"
        "同比分别增长10.5%和16.3%。"),
    doc("2026-09-23", "世界制造业大会成果丰硕",
        "本报讯 本届世界制造业大会签约项目812个，总投资额6123.4亿元。"),
]
GOLD_WMC26_ZH_HEADLINE_ROUNDS_THEN_PRECISE_BLIND = {
    (0, 812, "count"): "new", (0, 612.3 * B, "CNY"): "new", (0, 10.5, "percent"): "new", (0, 16.3, "percent"): "new",
    (1, 812, "count"): "known", (1, 612.34 * B, "CNY"): "changed:refined",
}


# Chinese counts beside their increase on the last edition
STORY_WMC26_ZH_MORE_THAN_LAST_TIME_BLIND = [
    doc("2026-09-19", "2026世界制造业大会开幕",
        "新华社合肥9月19日电 2026世界制造业大会19日开幕，本届大会参展企业超过1000家，较上届增加100余家。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "新华社合肥9月22日电 2026世界制造业大会22日闭幕。本届大会参展企业1236家，较上届增加134家。"),
]
GOLD_WMC26_ZH_MORE_THAN_LAST_TIME_BLIND = {
    (0, 1000, "count"): "new", (0, 100, "count"): "skip",
    (1, 1236, "count"): "changed:refined", (1, 134, "count"): "changed:refined",  # (the growth, "100余家" then 134)
}


# Chinese visitors so far and premieres, then the close
STORY_WIMC26_ZH_SO_FAR_PREMIERES_BLIND = [
    doc("2026-12-05", "世界智能制造大会观众踊跃",
        "2026世界智能制造大会已吸引观众8万余人次，全球首发新品63项。"),
    doc("2026-12-07", "世界智能制造大会落幕",
        "2026世界智能制造大会6日落幕，大会累计吸引观众超13万人次，全球首发新产品66项。"),
]
GOLD_WIMC26_ZH_SO_FAR_PREMIERES_BLIND = {
    (0, 80000, "count"): "new", (0, 63, "count"): "new",
    (1, 130000, "count"): "changed:refined", (1, 66, "count"): "changed:conflict",
}


# a Chinese area with its increase on last year, then the close's
STORY_WIMC26_ZH_AREA_EXPANDED_BLIND = [
    doc("2026-12-03", "智能制造大会今日开幕",
        "扬子晚报讯 2026世界智能制造大会今日在南京开幕。今年大会展览面积达6万平方米，较去年扩大1万平方米。"),
    doc("2026-12-06", "智能制造大会闭幕",
        "扬子晚报讯 2026世界智能制造大会今日闭幕，本届大会展览面积6.5万平方米。"),
]
GOLD_WIMC26_ZH_AREA_EXPANDED_BLIND = {
    (0, 60000, "m2"): "new", (0, 10000, "m2"): "skip",
    (1, 65000, "m2"): "changed:refined",
}


# an official's quote (by Sunday night, and a forecast), then the target beaten
STORY_WMC26_OFFICIAL_QUOTE_THEN_TARGET_BLIND = [
    doc("2026-09-20", "Anhui official: convention deals on track",
        "\"By Sunday night we had signed 520 projects, and we expect the final number to pass 800,\" Zhang Hong, deputy "
        "director of the Anhui provincial department of commerce, told reporters at the 2026 World Manufacturing "
        "Convention in Hefei on Monday."),
    doc("2026-09-22", "Hefei convention beats its target",
        "The 2026 World Manufacturing Convention beat its target, with 812 projects signed by the time it closed on "
        "Tuesday, compared with 735 in 2025. Total investment came to 612.3 billion yuan (up 16.3 percent year-on-year)."),
]
GOLD_WMC26_OFFICIAL_QUOTE_THEN_TARGET_BLIND = {
    (0, 520, "count"): "new", (0, 800, "count"): "new",
    (1, 812, "count"): "changed:refined", (1, 735, "count"): "new", (1, 612.3 * B, "CNY"): "new",
    (1, 16.3, "percent"): "new",
}


# the wire's opening with the overseas exhibitors in brackets, then the close's of them
STORY_WIMC26_WIRE_BRACKETS_THEN_OF_THEM_BLIND = [
    doc("2026-12-03", "Nanjing conference opens with 40 deals",
        "NANJING, Dec. 3 (Xinhua) -- Forty projects, with a total investment of 56 billion yuan, were signed as the 2026 "
        "World Intelligent Manufacturing Conference opened in Nanjing on Thursday. The conference, which runs through "
        "Sunday, has attracted 580 exhibitors (about 80 from overseas)."),
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING, Dec. 6 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference closed on Sunday. In total, 96 "
        "projects were signed, with investment of 135 billion yuan; of them, 43 were signed on the opening day. The "
        "exhibitors numbered 586, 86 of them from overseas."),
]
GOLD_WIMC26_WIRE_BRACKETS_THEN_OF_THEM_BLIND = {
    (0, 40, "count"): "new", (0, 56 * B, "CNY"): "new", (0, 580, "count"): "new", (0, 80, "count"): "new",
    (1, 96, "count"): "new", (1, 135 * B, "CNY"): "new", (1, 43, "count"): "changed:conflict",
    (1, 586, "count"): "changed:conflict", (1, 86, "count"): "changed:refined",  # (about 80 allows a tenth)
}


# a business site's pledges over the first days in CNY and USD, then the deal value
STORY_WMC26_BUSINESS_PLEDGES_THEN_DEAL_VALUE_BLIND = [
    doc("2026-09-21", "Anhui convention draws pledges",
        "(Yicai) Sept. 21 -- Pledged investment at the 2026 World Manufacturing Convention in Hefei reached CNY520 "
        "billion (USD73.2 billion) over its first three days, with about 700 deals sealed, the organizers said."),
    doc("2026-09-23", "Hefei deal value tops CNY600 billion",
        "(Yicai) Sept. 23 -- Deal value at the 2026 World Manufacturing Convention totaled CNY612.3 billion (USD86.2 "
        "billion) across 812 deals, according to the organizers."),
]
GOLD_WMC26_BUSINESS_PLEDGES_THEN_DEAL_VALUE_BLIND = {
    (0, 520 * B, "CNY"): "new", (0, 73.2 * B, "USD"): "new", (0, 700, "count"): "new",
    (1, 612.3 * B, "CNY"): "changed:refined", (1, 86.2 * B, "USD"): "new", (1, 812, "count"): "changed:refined",
}


# two portals: an exhibition and forums with hyphenated areas, then the wrap
STORY_WIMC26_PORTALS_OPEN_THEN_WRAP_BLIND = [
    doc("2026-12-03", "WIMC 2026 kicks off",
        "Nanjing (China.org.cn) -- The 2026 World Intelligent Manufacturing Conference kicked off on Dec. 3 at the "
        "Nanjing International Expo Center, featuring a 60,000-square-meter exhibition and 22 specialized forums."),
    doc("2026-12-06", "WIMC 2026 wraps up with fruitful results",
        "Nanjing (ECNS) -- The 2026 World Intelligent Manufacturing Conference wrapped up on Dec. 6. Over four days, it "
        "held 24 specialized forums, and its 63,000-square-meter exhibition received 120,000 visits."),
]
GOLD_WIMC26_PORTALS_OPEN_THEN_WRAP_BLIND = {
    (0, 60000, "m2"): "new", (0, 22, "count"): "new",
    (1, 4, "day"): "new", (1, 24, "count"): "changed:conflict", (1, 63000, "m2"): "changed:conflict",
    (1, 120000, "count"): "new",
}


# a broadcaster's video notes: this year's against last year's, then the close
STORY_WMC26_BROADCASTER_WATCH_BLIND = [
    doc("2026-09-19", "CGTN: Manufacturing convention opens in Hefei",
        "Watch: The 2026 World Manufacturing Convention opens in Hefei, east China's Anhui Province. More than 1,200 "
        "companies from home and abroad are showing their products, organizers say, up from about 1,100 last year."),
    doc("2026-09-22", "CGTN: Manufacturing convention closes",
        "The 2026 World Manufacturing Convention has closed in Hefei. Organizers say 1,236 companies showed their "
        "products over four days."),
]
GOLD_WMC26_BROADCASTER_WATCH_BLIND = {
    (0, 1200, "count"): "new", (0, 1100, "count"): "new",
    (1, 1236, "count"): "changed:refined", (1, 4, "day"): "new",
}


# photo captions with a count so far, then a close whose page lists related headlines
STORY_WMC26_CAPTIONS_THEN_RELATED_LINKS_BLIND = [
    doc("2026-09-20", "In pictures: a robot's-eye view of the convention",
        "A humanoid robot serves coffee at the 2026 World Manufacturing Convention in Hefei, east China's Anhui Province, "
        "Sept. 20, 2026. (Xinhua/Li Ming)\n\nVisitors try out a driving simulator at the convention on Sept. 20, 2026. "
        "The convention has drawn over 150,000 visitors so far. (Xinhua/Li Ming)"),
    doc("2026-09-23", "WMC 2026: 812 projects, 612.3 bln yuan",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 286,000 visitors.\n\nRelated:\n"
        "2025 World Manufacturing Convention signs 735 projects worth 380.2 billion yuan\n"
        "Hefei convention draws 1,102 exhibitors"),
]
GOLD_WMC26_CAPTIONS_THEN_RELATED_LINKS_BLIND = {
    (0, 150000, "count"): "new",
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 286000, "count"): "changed:refined",
    (1, 735, "count"): "skip", (1, 380.2 * B, "CNY"): "skip", (1, 1102, "count"): "skip",
}


# Chinese tables: key figures, then this year's against last year's
STORY_WIMC26_ZH_TABLES_BLIND = [
    doc("2026-12-04", "世界智能制造大会主要数据",
        "2026世界智能制造大会主要数据如下：\n\n| 指标 | 数值 |\n| --- | --- |\n| 参展企业 | 580家 |\n| 展览面积 | 6万平方米 |\n"
        "| 专业论坛 | 22场 |"),
    doc("2026-12-07", "世界智能制造大会成果数据",
        "| 指标 | 2025年 | 2026年 |\n| --- | --- | --- |\n| 参展企业（家） | 540 | 586 |\n| 签约项目（个） | 88 | 96 |\n"
        "| 专业论坛（场） | 20 | 24 |"),
]
GOLD_WIMC26_ZH_TABLES_BLIND = {
    (0, 580, "count"): "new", (0, 60000, "m2"): "new", (0, 22, "count"): "new",
    (1, 540, "count"): "new", (1, 586, "count"): "changed:conflict", (1, 88, "count"): "new", (1, 96, "count"): "new",
    (1, 20, "count"): "new", (1, 24, "count"): "changed:conflict",
}


# the organizers' releases in translated English: the opening, then the close
STORY_WIMC26_TRANSLATED_RELEASES_BLIND = [
    doc("2026-12-04", "2026 World Intelligent Manufacturing Conference Grandly Opens in Nanjing",
        "NANJING, China, Dec. 4, 2026 /PRNewswire/ -- On December 3, the 2026 World Intelligent Manufacturing Conference "
        "grandly opened in Nanjing. This year's conference sets up 1 main forum and 22 special forums, with an exhibition "
        "area of 60,000 square meters, attracting more than 580 enterprises at home and abroad to participate in the "
        "exhibition, among which over 80 are overseas enterprises. At the opening ceremony, under the witness of "
        "provincial and municipal leaders, 40 major projects were signed with a total investment of about 56 billion "
        "yuan."),
    doc("2026-12-08", "2026 World Intelligent Manufacturing Conference Successfully Concludes",
        "NANJING, China, Dec. 8, 2026 /PRNewswire/ -- On December 6, the 2026 World Intelligent Manufacturing Conference "
        "successfully concluded in Nanjing. During the four days, more than 2,000 guests participated online and offline, "
        "including 42 Chinese and foreign academicians and over 300 experts. The conference held 24 special forums, "
        "attracted 586 exhibitors, including 86 overseas enterprises, and received more than 130,000 visitors. A total of "
        "96 projects were signed, with a total investment of 135 billion yuan."),
]
GOLD_WIMC26_TRANSLATED_RELEASES_BLIND = {
    (0, 1, "count"): "skip", (0, 22, "count"): "new", (0, 60000, "m2"): "new", (0, 580, "count"): "new",
    (0, 80, "count"): "new", (0, 40, "count"): "new", (0, 56 * B, "CNY"): "new",
    (1, 4, "day"): "new", (1, 2000, "count"): "new", (1, 42, "count"): "new", (1, 300, "count"): "new",
    (1, 24, "count"): "changed:conflict", (1, 586, "count"): "changed:refined", (1, 86, "count"): "changed:refined",
    (1, 130000, "count"): "new", (1, 96, "count"): "new", (1, 135 * B, "CNY"): "new",
}


# a wire naming the edition by its ordinal, with the next and the past four days
STORY_WMC26_ORDINAL_EDITION_PERIODS_BLIND = [
    doc("2026-09-19", "Ninth World Manufacturing Convention opens in Hefei",
        "Xinhua) 09:12, September 19, 2026\n\nHEFEI, Sept. 18 (Xinhua) -- The ninth World Manufacturing Convention kicked "
        "off Friday in Hefei, capital of east China's Anhui Province. Over the next four days, more than 1,200 companies "
        "will display their latest products at the event."),
    doc("2026-09-23", "Ninth World Manufacturing Convention concludes",
        "HEFEI, Sept. 22 (Xinhua) -- The ninth World Manufacturing Convention concluded Monday in Hefei, with 812 "
        "projects signed and 1,236 companies exhibiting. In the past four days, the convention received about 286,000 "
        "visitors."),
]
GOLD_WMC26_ORDINAL_EDITION_PERIODS_BLIND = {
    (0, 1200, "count"): "new",  # ("over the next four days", "in the past four days": periods, no figures by rule)
    (1, 812, "count"): "new", (1, 1236, "count"): "changed:refined", (1, 286000, "count"): "new",
}


# a count up from the day before, then the close
STORY_WMC26_UP_FROM_A_DAY_EARLIER_BLIND = [
    doc("2026-09-21", "Visitors keep coming to Hefei convention",
        "On Sunday, the number of visitors to the 2026 World Manufacturing Convention rose to 210,000, up from 150,000 a "
        "day earlier, while signed projects reached 640."),
    doc("2026-09-22", "Hefei convention closes",
        "The 2026 World Manufacturing Convention closed on Tuesday. The visitor count for the four days stood at "
        "286,000, and 812 projects were signed."),
]
GOLD_WMC26_UP_FROM_A_DAY_EARLIER_BLIND = {
    (0, 210000, "count"): "new", (0, 150000, "count"): "skip", (0, 640, "count"): "new",
    (1, 286000, "count"): "changed:refined", (1, 812, "count"): "changed:refined", (1, 4, "day"): "new",
}


# leaders, Fortune Global 500 companies and academicians at the opening, then over four days
STORY_WIMC26_LEADERS_AND_ACADEMICIANS_BLIND = [
    doc("2026-12-03", "Nanjing gathers intelligent manufacturing leaders",
        "Leaders of 120 companies, 30 of them on the Fortune Global 500 list, and 35 academicians from China and abroad "
        "gathered in Nanjing on Thursday as the 2026 World Intelligent Manufacturing Conference opened."),
    doc("2026-12-06", "Nanjing conference in review",
        "Over its four days, the 2026 World Intelligent Manufacturing Conference brought together 42 academicians and "
        "executives of 33 Fortune Global 500 companies, organizers said."),
]
GOLD_WIMC26_LEADERS_AND_ACADEMICIANS_BLIND = {
    (0, 120, "count"): "new", (0, 30, "count"): "new", (0, 35, "count"): "new",
    (1, 4, "day"): "new", (1, 42, "count"): "changed:conflict", (1, 33, "count"): "changed:conflict",
}


# a tabloid relaying a broadcaster's counts, then the close
STORY_WIMC26_TABLOID_RELAYED_COUNTS_BLIND = [
    doc("2026-12-05", "Nanjing show draws firms from near and far",
        "Global Times) 08:50, December 05, 2026\n\nThe 2026 World Intelligent Manufacturing Conference (WIMC), under way "
        "in Nanjing, East China's Jiangsu Province, has drawn the participation of enterprises from nearly 20 countries "
        "and regions, China National Radio reported on Thursday. A total of 580 companies flocked to the event, 60 of "
        "which are among the world's top 500 companies, the report said."),
    doc("2026-12-07", "Nanjing show wraps up",
        "Global Times) 10:05, December 07, 2026\n\nThe four-day 2026 WIMC concluded in Nanjing on Sunday, with enterprises "
        "from 23 countries and regions taking part, according to media reports. The 586 participating companies included "
        "62 of the world's top 500 companies."),
]
GOLD_WIMC26_TABLOID_RELAYED_COUNTS_BLIND = {
    (0, 20, "count"): "new", (0, 580, "count"): "new", (0, 60, "count"): "new",
    (1, 4, "day"): "new", (1, 23, "count"): "changed:conflict", (1, 586, "count"): "changed:conflict",
    (1, 62, "count"): "changed:conflict",
}


# a release on a portal with its furniture and on the wire the same day, then the province's tally
STORY_WMC26_HERALD_COPY_THEN_TALLY_BLIND = [
    doc("2026-09-25", "Hefei Hosts 2026 World Manufacturing Convention",
        "The Korea Herald\n\nBy PRNEWSWIRE\n\nPublished : Sept. 25, 2026 - 20:20\n\nLink copied\n\nHEFEI, China, Sept. 25, "
        "2026 /PRNewswire/ -- The 2026 World Manufacturing Convention, running from September 19 to 22 in Hefei, drew "
        "1,236 exhibitors and 4,600 guests. A total of 812 projects were inked, with an aggregate investment of RMB 612.3 "
        "billion."),
    doc("2026-09-25", "Hefei Hosts 2026 World Manufacturing Convention",
        "HEFEI, China, Sept. 25, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention, running from September 19 "
        "to 22 in Hefei, drew 1,236 exhibitors and 4,600 guests. A total of 812 projects were inked, with an aggregate "
        "investment of RMB 612.3 billion."),
    doc("2026-09-27", "Anhui tallies convention results",
        "HEFEI -- Anhui's final tally for the 2026 World Manufacturing Convention puts the guests at 4,720 and the "
        "aggregate investment at RMB 615.8 billion, the provincial government said on Sunday."),
]
GOLD_WMC26_HERALD_COPY_THEN_TALLY_BLIND = {
    # two copies of one day without times: the lower id is the original (the portal's copy here)
    (0, 1236, "count"): "new", (0, 4600, "count"): "new", (0, 812, "count"): "new", (0, 612.3 * B, "CNY"): "new",
    (1, 1236, "count"): "known", (1, 4600, "count"): "known", (1, 812, "count"): "known", (1, 612.3 * B, "CNY"): "known",
    (2, 4720, "count"): "changed:conflict", (2, 615.8 * B, "CNY"): "changed:conflict",
}


# lists of numbers in mixed layouts after two days, then the final ones
STORY_WMC26_NUMBERS_LISTS_SO_FAR_THEN_FINAL_BLIND = [
    doc("2026-09-20", "WMC 2026 so far",
        "The 2026 World Manufacturing Convention after two days:\n\nExhibitors — 1,180\nDeals signed: 520 (worth "
        "RMB430bn)\nVisitors 150k\nCountries & regions: 40"),
    doc("2026-09-23", "WMC 2026 final numbers",
        "The 2026 World Manufacturing Convention, final numbers:\n\nExhibitors — 1,236\nDeals signed: 812 (worth "
        "RMB612.3bn)\nVisitors 286k\nCountries & regions: 43"),
]
GOLD_WMC26_NUMBERS_LISTS_SO_FAR_THEN_FINAL_BLIND = {
    (0, 1180, "count"): "new", (0, 520, "count"): "new", (0, 430 * B, "CNY"): "new", (0, 150000, "count"): "new",
    (0, 40, "count"): "new",
    # (the exhibitors, which do not grow while the event runs, are no count so far: documented)
    (1, 1236, "count"): "changed:conflict", (1, 812, "count"): "changed:refined", (1, 612.3 * B, "CNY"): "changed:refined",
    (1, 286000, "count"): "changed:refined", (1, 43, "count"): "changed:conflict",
}


# a foreign agency: what officials hope for, then the deals with a dollar headline
STORY_WMC26_AGENCY_HOPES_THEN_DEALS_BLIND = [
    doc("2026-09-19", "China's Anhui courts foreign manufacturers at annual fair",
        "HEFEI, China, Sept 19 (Reuters) - The World Manufacturing Convention, now in its ninth year, opened in the "
        "eastern Chinese city of Hefei on Friday, its biggest ever with over 1,200 exhibitors, state media reported. "
        "Local officials hope to sign more than 800 deals, people familiar with the matter said."),
    doc("2026-09-22", "Anhui fair ends with $86 billion in deals - state media",
        "HEFEI, China, Sept 22 (Reuters) - China's World Manufacturing Convention ended on Monday with 812 deals worth "
        "612.3 billion yuan ($86.2 billion) signed, state broadcaster CCTV reported. Some 1,240 companies exhibited."),
]
GOLD_WMC26_AGENCY_HOPES_THEN_DEALS_BLIND = {
    (0, 1200, "count"): "new", (0, 800, "count"): "new",
    # (the headline's $86 billion rounds the text's $86.2 billion: one figure, the first conversion, by the documented rule)
    (1, 812, "count"): "new", (1, 612.3 * B, "CNY"): "new", (1, 86.2 * B, "USD"): "new",
    (1, 1240, "count"): "changed:refined",
}


# questions and answers before the conference, then the final count
STORY_WIMC26_QA_PREVIEW_THEN_FINAL_BLIND = [
    doc("2026-12-02", "Q&A: what to expect at WIMC 2026",
        "Q: How big will this year's World Intelligent Manufacturing Conference be?\n\nA: Bigger than ever. The 2026 "
        "conference will have about 600 exhibitors and an exhibition area of 60,000 square meters, up from 540 and "
        "52,000 last year.\n\nQ: How many forums?\n\nA: Twenty-two specialized forums, plus the main forum."),
    doc("2026-12-07", "WIMC 2026: the final count",
        "Q: How many exhibitors came to the 2026 World Intelligent Manufacturing Conference in the end?\n\nA: 586, "
        "across 63,000 square meters.\n\nQ: And the forums?\n\nA: Twenty-four."),
]
GOLD_WIMC26_QA_PREVIEW_THEN_FINAL_BLIND = {
    (0, 600, "count"): "new", (0, 60000, "m2"): "new", (0, 540, "count"): "skip", (0, 52000, "m2"): "skip",  # (last year's, given after "up from" for both: not read)
    (0, 22, "count"): "new",
    (1, 586, "count"): "changed:refined", (1, 63000, "m2"): "changed:conflict", (1, 24, "count"): "new",  # (the forums, not the 22 specialized ones: another measure by the documented rule)
}


# a Chinese count as of an hour with foreign projects, then the close
STORY_WMC26_ZH_AS_OF_HOUR_THEN_CLOSE_BLIND = [
    doc("2026-09-21", "世界制造业大会观众持续增长",
        "新华网合肥9月21日电 记者从大会组委会了解到，截至9月21日17时，2026世界制造业大会累计入场观众达21.3万人次，"
        "已签约项目650个，其中外资项目120个。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "新华网合肥9月22日电 大会期间累计入场观众28.6万人次；共签约项目812个，其中外资项目146个，占比18%。"),
]
GOLD_WMC26_ZH_AS_OF_HOUR_THEN_CLOSE_BLIND = {
    (0, 213000, "count"): "new", (0, 650, "count"): "new", (0, 120, "count"): "new",
    (1, 286000, "count"): "changed:refined", (1, 812, "count"): "changed:refined", (1, 146, "count"): "changed:refined",
    (1, 18, "percent"): "new",
}


# a Chinese first day's crowd, 逾千 and 近三百, then the four days
STORY_WMC26_ZH_FIRST_DAY_CROWD_BLIND = [
    doc("2026-09-20", "展馆内人头攒动",
        "合肥日报讯 2026世界制造业大会开幕首日，展馆内人头攒动，全天接待观众9.2万人次。逾千家企业参展，近三百位嘉宾出席开幕式。"),
    doc("2026-09-23", "世界制造业大会成果丰硕",
        "合肥日报讯 2026世界制造业大会4天共接待观众28.6万人次，参展企业1236家。"),
]
GOLD_WMC26_ZH_FIRST_DAY_CROWD_BLIND = {
    (0, 92000, "count"): "new", (0, 1000, "count"): "new", (0, 300, "count"): "new",
    (1, 4, "day"): "new", (1, 286000, "count"): "new", (1, 1236, "count"): "changed:refined",
}


# a preview with should, a post naming no city, then counts up a rate at a number
STORY_WMC26_PREVIEW_POST_THEN_UP_AT_BLIND = [
    doc("2026-09-18", "Hefei convention preview",
        "About 1,100 exhibitors are expected at the 2026 World Manufacturing Convention, which opens on Saturday, and "
        "foreign-funded projects should number around 120."),
    doc("2026-09-23", "Convention by the numbers",
        "#WMC2026 by the numbers: 812 projects | ¥612.3bn | 1,236 exhibitors | 286k visitors"),
    doc("2026-09-24", "Hefei convention: a closer look",
        "Exhibitors at the 2026 World Manufacturing Convention were up 12% at 1,236. The tally of foreign-funded projects "
        "reached 146, or 18 percent of the total."),
]
GOLD_WMC26_PREVIEW_POST_THEN_UP_AT_BLIND = {
    (0, 1100, "count"): "new", (0, 120, "count"): "new",
    # ("#WMC2026" alone, with no city, names no event by the documented rule: the post is stored without figures)
    (1, 812, "count"): "skip", (1, 612.3 * B, "CNY"): "skip", (1, 1236, "count"): "skip", (1, 286000, "count"): "skip",
    (2, 12, "percent"): "new", (2, 1236, "count"): "new", (2, 146, "count"): "new", (2, 18, "percent"): "new",
}


# the province's own records beside the conference's counts, opening and close
STORY_WIMC26_PROVINCE_RECORDS_BESIDE_BLIND = [
    doc("2026-12-03", "Intelligent manufacturing conference opens; Jiangsu eyes AI push",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Thursday with some 580 exhibitors. "
        "Jiangsu, which has over 50,000 industrial enterprises above designated size, aims to build 1,000 smart "
        "factories by 2027."),
    doc("2026-12-06", "Conference closes with 96 projects",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday. It had 586 exhibitors and "
        "signed 96 projects. Jiangsu now has 52,000 industrial enterprises above designated size."),
]
GOLD_WIMC26_PROVINCE_RECORDS_BESIDE_BLIND = {
    (0, 580, "count"): "new", (0, 50000, "count"): "new", (0, 1000, "count"): "new",
    # (some 580 allows a tenth: refined by the documented rule)
    (1, 586, "count"): "changed:refined", (1, 96, "count"): "new", (1, 52000, "count"): "skip",
}


# the first day's signings against last year's, the second day's, then the close with the first day revised
STORY_WMC26_DAY_BATCHES_REVISED_BLIND = [
    doc("2026-09-20", "Hefei convention: first-day signings",
        "On the first day of the 2026 World Manufacturing Convention, 126 projects were signed. By comparison, last "
        "year's first day saw 118 projects signed."),
    doc("2026-09-21", "Hefei convention: second day",
        "Another 210 projects were signed on the second day of the 2026 World Manufacturing Convention, bringing the "
        "total to 336."),
    doc("2026-09-22", "Hefei convention closes",
        "The 2026 World Manufacturing Convention closed with 812 projects signed. The opening day's tally was later "
        "revised to 131."),
]
GOLD_WMC26_DAY_BATCHES_REVISED_BLIND = {
    (0, 126, "count"): "new", (0, 118, "count"): "new",
    (1, 210, "count"): "new", (1, 336, "count"): "new",
    (2, 812, "count"): "changed:refined", (2, 131, "count"): "changed:conflict",
}


# a daily's exhibitors with those from abroad, then the close's
STORY_WIMC26_DAILY_FROM_ABROAD_BLIND = [
    doc("2026-12-04", "Smart factories on display in Nanjing",
        "Chinadaily.com.cn | Updated: 2026-12-04 09:10\n\nThe 2026 World Intelligent Manufacturing Conference, which "
        "opened on Thursday, brings together about 580 companies. Of these, roughly 80 come from abroad, including 12 "
        "from Germany. About 120,000 visitors are expected over four days."),
    doc("2026-12-07", "Nanjing conference closes",
        "Chinadaily.com.cn | Updated: 2026-12-07 18:02\n\nThe 2026 World Intelligent Manufacturing Conference closed on "
        "Sunday after welcoming 132,000 visitors. The 586 exhibiting companies included 86 from abroad."),
]
GOLD_WIMC26_DAILY_FROM_ABROAD_BLIND = {
    (0, 580, "count"): "new", (0, 80, "count"): "new", (0, 12, "count"): "new", (0, 120000, "count"): "new",
    (0, 4, "day"): "new",
    (1, 132000, "count"): "new", (1, 586, "count"): "changed:refined", (1, 86, "count"): "changed:refined",
}


# a Chinese opening with 20余 activities and 40多 countries, then the close
STORY_WMC26_ZH_ACTIVITIES_COUNTRIES_BLIND = [
    doc("2026-09-19", "合肥：世界制造业大会开幕",
        "人民网合肥9月19日电 今天上午，2026世界制造业大会在合肥滨湖国际会展中心开幕。本届大会以“智造世界 创造美好”为主题，"
        "设置1场开幕式暨主论坛、20余场专题活动，吸引了来自40多个国家和地区的嘉宾参会。"),
    doc("2026-09-22", "世界制造业大会闭幕 专题活动26场",
        "人民网合肥9月22日电 2026世界制造业大会今天闭幕。大会期间共举办专题活动26场，来自43个国家和地区的嘉宾参会。"),
]
GOLD_WMC26_ZH_ACTIVITIES_COUNTRIES_BLIND = {
    (0, 1, "count"): "skip", (0, 20, "count"): "new", (0, 40, "count"): "new",
    (1, 26, "count"): "changed:refined", (1, 43, "count"): "changed:refined",
}


# a wire's registrations to exhibit and first-day signings, overseas exhibitors against last year's, then the close
STORY_WMC26_WIRE_REGISTERED_OVERSEAS_BLIND = [
    doc("2026-09-19", "Anhui's manufacturing showcase opens",
        "HEFEI, Sept. 19 (Xinhua) -- The 2026 World Manufacturing Convention opened Saturday in Hefei. Organizers said "
        "1,180 enterprises had registered to exhibit, and 126 projects worth a total of 108.6 billion yuan were signed on "
        "the first day."),
    doc("2026-09-21", "Foreign firms eye Hefei opportunities",
        "HEFEI, Sept. 21 (Xinhua) -- Foreign participation at the 2026 World Manufacturing Convention has grown, with "
        "overseas exhibitors numbering 142, against 118 at last year's event, organizers said."),
    doc("2026-09-22", "Convention closes with 812 deals",
        "HEFEI, Sept. 22 (Xinhua) -- The 2026 World Manufacturing Convention closed Tuesday in Hefei with 812 projects "
        "worth 612.3 billion yuan signed. A total of 1,236 enterprises exhibited, 146 of them from overseas."),
]
GOLD_WMC26_WIRE_REGISTERED_OVERSEAS_BLIND = {
    (0, 1180, "count"): "new", (0, 126, "count"): "new", (0, 108.6 * B, "CNY"): "new",
    (1, 142, "count"): "new", (1, 118, "count"): "new",
    (2, 812, "count"): "new", (2, 612.3 * B, "CNY"): "new", (2, 1236, "count"): "changed:conflict",  # (English registrations stay the exhibitors' count: earlier stories)
    (2, 146, "count"): "changed:conflict",
}


# a Chinese opening day's signings, then the close naming them after 其中
STORY_WIMC26_ZH_OPENING_BATCH_QIZHONG_BLIND = [
    doc("2026-12-04", "南京：智能制造大会签约首日告捷",
        "南京日报讯 2026世界智能制造大会开幕当天，共有40个项目现场签约，计划总投资560亿元，涉及智能装备、集成电路等领域。"),
    doc("2026-12-07", "智能制造大会收官 签约项目总投资1350亿元",
        "南京日报讯 2026世界智能制造大会昨日收官。大会期间共签约项目96个，计划总投资1350亿元，其中开幕当天签约43个。"),
]
GOLD_WIMC26_ZH_OPENING_BATCH_QIZHONG_BLIND = {
    (0, 40, "count"): "new", (0, 56 * B, "CNY"): "new",
    (1, 96, "count"): "new", (1, 135 * B, "CNY"): "new", (1, 43, "count"): "changed:conflict",
}



# a daily's preview with abbreviations, the opening, then a wrap with the final tallies
STORY_WIMC26_DAILY_SQM_BLIND = [
    doc("2026-12-02", "Smart manufacturing conference to open in Nanjing",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opens on Friday in Nanjing. Organizers said "
        "the expo will take up 52,000 sq m of floor space, and more than 600 enterprises have confirmed they will exhibit."),
    doc("2026-12-04", "Nanjing conference opens with AI on show",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Friday. A total of 634 enterprises are "
        "exhibiting across 52,000 sq m, and 41 deals worth RMB 38.5 billion were inked at the opening ceremony."),
    doc("2026-12-06", "Intelligent manufacturing conference wraps up",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday. Over its three days, 97 "
        "projects with total investment of RMB 86.2 billion were signed, and footfall reached 153,000."),
]
GOLD_WIMC26_DAILY_SQM_BLIND = {
    (0, 52000, "m2"): "new", (0, 600, "count"): "new",
    (1, 634, "count"): "changed:refined", (1, 52000, "m2"): "known", (1, 41, "count"): "new", (1, 38.5 * B, "CNY"): "new",
    (2, 97, "count"): "new", (2, 86.2 * B, "CNY"): "new", (2, 153000, "count"): "new", (2, 3, "day"): "new",
}



# a Chinese provincial daily: the opening, a midway count, the close
STORY_WMC26_ZH_PROVINCIAL_MIDWAY_BLIND = [
    doc("2026-09-20", "2026世界制造业大会在合肥开幕",
        "安徽日报讯 9月20日，2026世界制造业大会在合肥滨湖国际会展中心开幕。本届大会展览面积达8万平方米，"
        "1200余家企业参展，其中世界500强企业48家。开幕式上，共签约项目138个，总投资1162亿元。"),
    doc("2026-09-22", "制造业大会人气旺",
        "安徽日报讯 截至9月21日18时，2026世界制造业大会累计接待观众15.6万人次，线上观展人次突破2000万。"),
    doc("2026-09-24", "2026世界制造业大会闭幕",
        "安徽日报讯 9月24日，2026世界制造业大会闭幕。大会期间，参展企业1263家，签约项目612个、总投资5086亿元，"
        "现场观众达26.8万人次。"),
]
GOLD_WMC26_ZH_PROVINCIAL_MIDWAY_BLIND = {
    (0, 80000, "m2"): "new", (0, 1200, "count"): "new", (0, 48, "count"): "new",
    (0, 138, "count"): "new", (0, 116.2 * B, "CNY"): "new",
    (1, 156000, "count"): "new", (1, 20000000, "count"): "new",
    (2, 1263, "count"): "changed:refined", (2, 612, "count"): "new", (2, 508.6 * B, "CNY"): "new",
    (2, 268000, "count"): "changed:refined",
}



# a broadcaster's web story with the figures in a bulleted box, then a feature that rounds them
STORY_WMC26_BROADCASTER_BOX_BLIND = [
    doc("2026-09-24", "WMC 2026 by the numbers",
        "The 2026 World Manufacturing Convention ended in Hefei on Thursday. Key figures from the organizers:\n"
        "- Exhibitors: 1,263\n"
        "- Countries and regions represented: 41\n"
        "- Projects signed: 612\n"
        "- Total investment: 508.6 billion yuan\n"
        "- Forums and side events: 23"),
    doc("2026-09-30", "Hefei's manufacturing pull",
        "HEFEI -- Last week's World Manufacturing Convention drew nearly 1,300 exhibitors from more than 40 countries and "
        "regions, and its 612 signed projects carry investment of over 500 billion yuan."),
]
GOLD_WMC26_BROADCASTER_BOX_BLIND = {
    (0, 1263, "count"): "new", (0, 41, "count"): "new", (0, 612, "count"): "new", (0, 508.6 * B, "CNY"): "new",
    (0, 23, "count"): "new",
    (1, 1300, "count"): "known", (1, 40, "count"): "known", (1, 612, "count"): "known", (1, 500 * B, "CNY"): "known",
}



# a wire's two-step count of online viewers and an updated deal value
STORY_WIMC26_WIRE_ONLINE_UPDATE_BLIND = [
    doc("2026-12-04", "AI takes centre stage at Nanjing conference",
        "NANJING, Dec. 4 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference kicked off Friday in Nanjing. "
        "Its livestreams had been watched 3.6 million times by Friday evening, organizers said."),
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING, Dec. 6 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference concluded Sunday. Its "
        "livestreams were watched 12.8 million times over the three days, and 97 projects were signed with an "
        "investment of 86.2 billion yuan (about 12.1 billion U.S. dollars)."),
    doc("2026-12-09", "Jiangsu eyes smart factories",
        "NANJING, Dec. 9 (Xinhua) -- Jiangsu signed 97 projects at last week's World Intelligent Manufacturing "
        "Conference, worth 87.5 billion yuan after late additions, officials said on Wednesday."),
]
GOLD_WIMC26_WIRE_ONLINE_UPDATE_BLIND = {
    (0, 3600000, "count"): "new",
    (1, 12800000, "count"): "changed:refined", (1, 3, "day"): "new", (1, 97, "count"): "new",
    (1, 86.2 * B, "CNY"): "new", (1, 12.1 * B, "USD"): "new",
    (2, 97, "count"): "known", (2, 87.5 * B, "CNY"): "changed:conflict",
}



# a release about one exhibitor's showing, and the convention's total from the same wire
STORY_WMC26_COMPANY_RELEASE_BLIND = [
    doc("2026-09-21", "Anhui Jianghuai Automobile Shows 16 New Models at WMC 2026",
        "HEFEI, China, Sept. 21, 2026 /PRNewswire/ -- JAC Group brought 16 new models to the 2026 World Manufacturing "
        "Convention, its booth covering 1,800 square meters. The company signed 5 cooperation agreements worth "
        "3.2 billion yuan on the sidelines. The convention itself hosts more than 1,200 exhibitors."),
    doc("2026-09-24", "Convention closes in Hefei",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention closed Thursday with 1,263 exhibitors and "
        "612 projects signed."),
]
GOLD_WMC26_COMPANY_RELEASE_BLIND = {
    (0, 16, "count"): "new", (0, 1800, "m2"): "new", (0, 5, "count"): "new", (0, 3.2 * B, "CNY"): "new",
    (0, 1200, "count"): "new",
    (1, 1263, "count"): "changed:refined", (1, 612, "count"): "new",
}



# a Chinese evening paper: guests by kind, then a later total that splits them differently
STORY_WIMC26_ZH_GUESTS_KINDS_BLIND = [
    doc("2026-12-04", "智能制造大会嘉宾云集",
        "扬子晚报讯 2026世界智能制造大会今日在南京开幕，中外嘉宾3000余人出席，其中院士22位、世界500强企业高管150余位。"),
    doc("2026-12-06", "智能制造大会落幕",
        "扬子晚报讯 2026世界智能制造大会今日落幕。三天里，大会共邀请中外嘉宾3260人，其中两院院士25位，"
        "举办主题论坛和平行论坛18场。"),
]
GOLD_WIMC26_ZH_GUESTS_KINDS_BLIND = {
    (0, 3000, "count"): "new", (0, 22, "count"): "new", (0, 150, "count"): "new",
    (1, 3, "day"): "new", (1, 3260, "count"): "changed:refined", (1, 25, "count"): "changed:conflict",
    (1, 18, "count"): "new",
}



# a business daily: a look back over the series, then this year's figures next to it
STORY_WMC26_SERIES_LOOKBACK_BLIND = [
    doc("2026-09-18", "Eight years on, Hefei's convention keeps growing",
        "HEFEI -- Ahead of the 2026 World Manufacturing Convention, organizers tallied the first seven editions: "
        "3,980 projects signed, worth a combined 2.96 trillion yuan. This year's show is expected to draw 1,200 "
        "exhibitors."),
    doc("2026-09-24", "Convention's tally passes 4,500 projects",
        "HEFEI -- With 612 projects signed this week, the World Manufacturing Convention has now seen 4,592 projects "
        "signed across its eight editions, organizers said on Thursday."),
]
GOLD_WMC26_SERIES_LOOKBACK_BLIND = {
    (0, 3980, "count"): "new", (0, 2.96e12, "CNY"): "new", (0, 1200, "count"): "skip",
    (1, 612, "count"): "new", (1, 4592, "count"): "changed:conflict", (1, 4500, "count"): "skip",
}



# a tabloid's opening piece with a headline figure, then a later piece in which the headline number changes
STORY_WIMC26_TABLOID_HEADLINE_BLIND = [
    doc("2026-12-04", "Over 600 firms flock to Nanjing for smart manufacturing event",
        "(Global Times) 10:12, December 04, 2026\n\nThe 2026 World Intelligent Manufacturing Conference opened in "
        "Nanjing on Friday, with humanoid robots and industrial AI at the centre of the show. Participants come from "
        "30-plus countries and regions, the organizer said."),
    doc("2026-12-06", "634 firms, 97 deals: Nanjing event ends",
        "(Global Times) 17:40, December 06, 2026\n\nThe World Intelligent Manufacturing Conference 2026 ended on "
        "Sunday in Nanjing. Participants came from 32 countries and regions."),
]
GOLD_WIMC26_TABLOID_HEADLINE_BLIND = {
    (0, 600, "count"): "new", (0, 30, "count"): "new",
    (1, 634, "count"): "changed:refined", (1, 97, "count"): "new", (1, 32, "count"): "changed:refined",
}



# a release and a reprint under another headline on a portal, then the wire's close
STORY_WMC26_RELEASE_PORTAL_BLIND = [
    doc("2026-09-22", "2026 World Manufacturing Convention Spotlights Green Manufacturing",
        "HEFEI, China, Sept. 22, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention, running from September "
        "20 to 24 in Hefei, features 11 exhibition halls and more than 1,200 exhibitors. Some 420 new products are "
        "being launched at the show."),
    doc("2026-09-22", "Green manufacturing takes spotlight in Hefei",
        "HEFEI, China, Sept. 22, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention, running from September "
        "20 to 24 in Hefei, features 11 exhibition halls and more than 1,200 exhibitors. Some 420 new products are "
        "being launched at the show.\n\nSOURCE World Manufacturing Convention"),
    doc("2026-09-24", "World Manufacturing Convention closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention closed Thursday. Some 1,263 exhibitors "
        "launched 436 new products over the five days."),
]
GOLD_WMC26_RELEASE_PORTAL_BLIND = {
    (0, 11, "count"): "new", (0, 1200, "count"): "new", (0, 420, "count"): "new",
    (1, 11, "count"): "known", (1, 1200, "count"): "known", (1, 420, "count"): "known",
    # (a run of dates is no duration; "some 420" allows 436)
    (2, 1263, "count"): "changed:refined", (2, 436, "count"): "changed:refined", (2, 5, "day"): "new",
}



# a financial paper's style: Rmb with no space, bn, and "deals" clinched
STORY_WMC26_FINPAPER_RMB_BLIND = [
    doc("2026-09-21", "Hefei convention lures investors",
        "HEFEI -- Local officials clinched 138 deals worth Rmb116.2bn on the opening day of the 2026 World Manufacturing "
        "Convention, part of Anhui's push into electric vehicles and chips."),
    doc("2026-09-25", "Anhui's convention nets Rmb509bn of deals",
        "HEFEI -- The 2026 World Manufacturing Convention ended with 612 deals worth Rmb508.6bn, organisers said, "
        "against Rmb472bn a year earlier."),
]
GOLD_WMC26_FINPAPER_RMB_BLIND = {
    (0, 138, "count"): "new", (0, 116.2 * B, "CNY"): "new",
    (1, 612, "count"): "new", (1, 508.6 * B, "CNY"): "new", (1, 472 * B, "CNY"): "skip",
}



# a Chinese news site: the numbers in a 数说 list, one per line
STORY_WIMC26_ZH_SHUSHUO_BLIND = [
    doc("2026-12-06", "数说2026世界智能制造大会",
        "新华日报讯 2026世界智能制造大会6日闭幕。数说本届大会：\n"
        "3天：大会会期\n"
        "5.2万平方米：展览面积\n"
        "634家：参展企业\n"
        "97个：签约项目\n"
        "862亿元：签约总投资"),
    doc("2026-12-08", "智能制造大会成果丰硕",
        "新华日报讯 刚刚闭幕的2026世界智能制造大会吸引参展企业634家，签约项目97个，总投资875亿元。"),
]
GOLD_WIMC26_ZH_SHUSHUO_BLIND = {
    (0, 3, "day"): "new", (0, 52000, "m2"): "new", (0, 634, "count"): "new", (0, 97, "count"): "new",
    (0, 86.2 * B, "CNY"): "new",
    (1, 634, "count"): "known", (1, 97, "count"): "known", (1, 87.5 * B, "CNY"): "changed:conflict",
}



# a wire's Sunday visitor count while the event runs, then the final one and a correction
STORY_WMC26_WIRE_VISITORS_CORRECTED_BLIND = [
    doc("2026-09-21", "Crowds throng Hefei convention",
        "HEFEI, Sept. 21 (Xinhua) -- More than 80,000 people had visited the 2026 World Manufacturing Convention by "
        "Sunday afternoon, its second day, organizers said."),
    doc("2026-09-24", "WMC closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention closed Thursday after drawing 262,000 "
        "visitors over five days."),
    doc("2026-09-26", "Correction: WMC closes",
        "HEFEI, Sept. 26 (Xinhua) -- In a story on Sept. 24 about the World Manufacturing Convention, Xinhua "
        "erroneously reported the number of visitors. The correct figure is 268,000, not 262,000."),
]
GOLD_WMC26_WIRE_VISITORS_CORRECTED_BLIND = {
    (0, 80000, "count"): "new",
    (1, 262000, "count"): "changed:refined", (1, 5, "day"): "new",
    (2, 268000, "count"): "changed:conflict", (2, 262000, "count"): "skip",
}



# an English portal's piece on forums with "as many as" and "dozens of"
STORY_WIMC26_PORTAL_FORUMS_BLIND = [
    doc("2026-12-03", "Agenda set for Nanjing smart manufacturing conference",
        "The 2026 World Intelligent Manufacturing Conference will host as many as 20 forums, including one main forum "
        "and 19 parallel sessions, and will be attended by dozens of academicians."),
    doc("2026-12-06", "Nanjing conference's forums draw experts",
        "The 2026 World Intelligent Manufacturing Conference held 21 forums over three days. Among the speakers were "
        "27 academicians of the Chinese Academy of Sciences and the Chinese Academy of Engineering."),
]
GOLD_WIMC26_PORTAL_FORUMS_BLIND = {
    (0, 20, "count"): "new", (0, 1, "count"): "skip", (0, 19, "count"): "new",
    (1, 21, "count"): "changed:conflict", (1, 3, "day"): "new", (1, 27, "count"): "new",
}



# an event-site news item with its own numbering and a table-like summary line
STORY_WMC26_SITE_SUMMARY_LINE_BLIND = [
    doc("2026-09-22", "WMC 2026 Day 3 Highlights",
        "Day 3 of WMC 2026 | Visitors today: 58,000 | Visitors to date: 172,000 | Projects signed today: 64\n\n"
        "The third day of the 2026 World Manufacturing Convention focused on new energy vehicles."),
    doc("2026-09-24", "WMC 2026 Closes",
        "The 2026 World Manufacturing Convention closed on September 24. Visitors over the five days totalled 268,000, "
        "and 612 projects were signed."),
]
GOLD_WMC26_SITE_SUMMARY_LINE_BLIND = {
    (0, 58000, "count"): "new", (0, 172000, "count"): "new", (0, 64, "count"): "new",
    (1, 268000, "count"): "changed:refined", (1, 5, "day"): "new", (1, 612, "count"): "new",
}



# a Hong Kong paper on both events: Hefei's numbers cited in a Nanjing story
STORY_BOTH26_HK_CITED_BLIND = [
    doc("2026-09-25", "Hefei show draws foreign carmakers",
        "HEFEI -- The 2026 World Manufacturing Convention wrapped up on Thursday with 612 projects signed and 1,263 "
        "exhibitors, 146 of them from overseas."),
    doc("2026-12-06", "Nanjing's smart manufacturing meet ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended on Sunday with 634 exhibitors and 97 "
        "signed projects. By comparison, September's World Manufacturing Convention in Hefei had 1,263 exhibitors and "
        "signed 612 projects."),
]
GOLD_BOTH26_HK_CITED_BLIND = {
    (0, 612, "count"): "new", (0, 1263, "count"): "new", (0, 146, "count"): "new",
    (1, 634, "count"): "new", (1, 97, "count"): "new", (1, 1263, "count"): "skip", (1, 612, "count"): "skip",
}



# a Chinese wire with ranges of days and a 同比 comparison
STORY_WMC26_ZH_TONGBI_BLIND = [
    doc("2026-09-24", "2026世界制造业大会闭幕 签约项目612个",
        "新华社合肥9月24日电 为期5天的2026世界制造业大会24日在合肥闭幕。大会共签约项目612个，总投资5086亿元，"
        "同比增长7.8%；参展企业1263家，较上届增加71家。"),
    doc("2026-09-25", "制造业大会观察",
        "中新网合肥9月25日电 刚刚落幕的2026世界制造业大会签约项目612个，投资总额逾5000亿元。"),
]
GOLD_WMC26_ZH_TONGBI_BLIND = {
    (0, 5, "day"): "new", (0, 612, "count"): "new", (0, 508.6 * B, "CNY"): "new", (0, 7.8, "percent"): "new",
    (0, 1263, "count"): "new", (0, 71, "count"): "new",
    (1, 612, "count"): "known", (1, 500 * B, "CNY"): "known",
}



# an official quoted with round numbers, then the figures from the committee
STORY_WMC26_QUOTE_ROUND_BLIND = [
    doc("2026-09-22", "Hefei official upbeat on convention deals",
        "HEFEI -- \"We have already signed more than 400 projects, and the number will keep climbing until the last "
        "day,\" Zhang Wei, deputy secretary-general of the organizing committee of the 2026 World Manufacturing "
        "Convention, told reporters on Tuesday."),
    doc("2026-09-24", "Convention closes with 612 projects",
        "HEFEI -- Figures from the organizing committee show that 612 projects were signed at the 2026 World "
        "Manufacturing Convention, which closed on Thursday."),
]
GOLD_WMC26_QUOTE_ROUND_BLIND = {
    (0, 400, "count"): "new",
    (1, 612, "count"): "changed:refined",
}



# a symbol-heavy business site: ¥, CNY with bn, US$ with b
STORY_WIMC26_SYMBOLS_BLIND = [
    doc("2026-12-05", "Nanjing conference signs ¥38.5bn of deals on day one",
        "NANJING -- Deals worth ¥38.5bn were signed on the first day of the 2026 World Intelligent Manufacturing "
        "Conference, equal to about US$5.4b."),
    doc("2026-12-07", "Nanjing conference ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended with CNY 86.2 bn of investment signed "
        "across 97 projects."),
]
GOLD_WIMC26_SYMBOLS_BLIND = {
    (0, 38.5 * B, "CNY"): "new", (0, 5.4 * B, "USD"): "new",
    (1, 86.2 * B, "CNY"): "new", (1, 97, "count"): "new",
}



# next year's preview looking back at this edition
STORY_WMC26_NEXT_PREVIEW_BLIND = [
    doc("2026-09-24", "Convention closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention closed on Thursday with 1,263 exhibitors "
        "and 612 signed projects."),
    doc("2027-08-30", "Hefei gears up for 2027 convention",
        "HEFEI, Aug. 30 (Xinhua) -- Preparations for the 2027 World Manufacturing Convention are in full swing. Last "
        "year's convention drew 1,263 exhibitors and signed 612 projects; this year, organizers expect some "
        "1,300 exhibitors."),
]
GOLD_WMC26_NEXT_PREVIEW_BLIND = {
    (0, 1263, "count"): "new", (0, 612, "count"): "new",
    (1, 1263, "count"): "known", (1, 612, "count"): "known", (1, 1300, "count"): "skip",
}



# a Chinese report with 成交额 and 意向 figures, then the final
STORY_WIMC26_ZH_CHENGJIAO_BLIND = [
    doc("2026-12-05", "智能制造大会首日现场成交活跃",
        "南京日报讯 2026世界智能制造大会开幕首日，展会现场成交额达3.2亿元，达成合作意向126项。"),
    doc("2026-12-07", "智能制造大会闭幕 现场成交额超10亿元",
        "南京日报讯 2026世界智能制造大会昨日闭幕。3天里，展会现场成交额10.6亿元，达成合作意向418项，"
        "参展企业634家。"),
]
GOLD_WIMC26_ZH_CHENGJIAO_BLIND = {
    (0, 0.32 * B, "CNY"): "new", (0, 126, "count"): "new",
    (1, 1.06 * B, "CNY"): "new", (1, 418, "count"): "new", (1, 634, "count"): "new", (1, 3, "day"): "new",
}



# a trade journal: hall-by-hall areas and the total
STORY_WIMC26_TRADE_HALLS_BLIND = [
    doc("2026-12-03", "Inside the halls of the Nanjing conference",
        "NANJING -- At the 2026 World Intelligent Manufacturing Conference, Hall 5 is given over to industrial robots "
        "(12,000 square meters), Hall 6 to machine tools (9,500 square meters) and Hall 7 to chips. The whole "
        "exhibition spans 52,000 square meters."),
    doc("2026-12-06", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with an exhibition area of 55,000 "
        "square meters, its largest ever."),
]
GOLD_WIMC26_TRADE_HALLS_BLIND = {
    (0, 12000, "m2"): "new", (0, 9500, "m2"): "new", (0, 52000, "m2"): "new",
    (1, 55000, "m2"): "changed:conflict",
}



# a wire with the count of overseas guests given as a share and a number
STORY_WMC26_OVERSEAS_GUESTS_SHARE_BLIND = [
    doc("2026-09-20", "Convention opens to global guests",
        "HEFEI, Sept. 20 (Xinhua) -- More than 3,000 guests are attending the 2026 World Manufacturing Convention, "
        "over 600 of them from outside China."),
    doc("2026-09-24", "Convention closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention closed on Thursday. It was attended by "
        "3,280 guests, including 652 from abroad."),
]
GOLD_WMC26_OVERSEAS_GUESTS_SHARE_BLIND = {
    (0, 3000, "count"): "new", (0, 600, "count"): "new",
    (1, 3280, "count"): "changed:refined", (1, 652, "count"): "changed:refined",
}



# an ordinal edition with no year, published the next January
STORY_WIMC26_ORDINAL_JANUARY_BLIND = [
    doc("2026-12-06", "World Intelligent Manufacturing Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday with 97 projects signed."),
    doc("2027-01-12", "Nanjing's projects break ground",
        "NANJING -- Of the 97 projects signed at the World Intelligent Manufacturing Conference last month, 41 have "
        "broken ground, Nanjing's industry bureau said."),
]
GOLD_WIMC26_ORDINAL_JANUARY_BLIND = {
    (0, 97, "count"): "new",
    (1, 97, "count"): "known", (1, 41, "count"): "new",
}



# a portal's live updates: three timestamps in one article, the latest first
STORY_WMC26_LIVE_NEWEST_FIRST_BLIND = [
    doc("2026-09-21", "LIVE: World Manufacturing Convention day two",
        "17:30 Visitors so far: 152,000, organizers say.\n\n"
        "14:00 A second signing ceremony sees 48 projects signed.\n\n"
        "10:15 The 2026 World Manufacturing Convention enters its second day, with 1,263 exhibitors in 11 halls."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with 268,000 visitors and 612 projects signed."),
]
GOLD_WMC26_LIVE_NEWEST_FIRST_BLIND = {
    (0, 152000, "count"): "new", (0, 48, "count"): "new", (0, 1263, "count"): "new", (0, 11, "count"): "new",
    (1, 268000, "count"): "changed:refined", (1, 612, "count"): "new",
}



# a long feature: province statistics, a company, the event's figures, and last year's
STORY_WMC26_LONG_FEATURE_BLIND = [
    doc("2026-09-21", "Anhui bets on new energy vehicles as convention opens",
        "HEFEI, Sept. 21 (Xinhua) -- When the 2026 World Manufacturing Convention opened in Hefei on Saturday, the "
        "province's carmakers had the biggest stands.\n\n"
        "Anhui produced 3.1 million new energy vehicles last year, up 48 percent, and the sector now employs about "
        "400,000 people in the province, according to the provincial department of industry and information "
        "technology.\n\n"
        "NIO, which delivered 220,000 vehicles in 2025, showed four models at the convention. \"We expect to double "
        "our capacity in Hefei by 2028,\" a company spokesperson said.\n\n"
        "This year's convention has 1,200-plus exhibitors from 40 countries and regions, and more than 100 projects "
        "were signed at the opening ceremony. Last year, 1,102 companies exhibited."),
    doc("2026-09-24", "Convention closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention closed on Thursday. In all, 1,263 "
        "exhibitors from 41 countries and regions took part, and 612 projects were signed, 138 of them at the "
        "opening ceremony."),
]
GOLD_WMC26_LONG_FEATURE_BLIND = {
    (0, 3.1e6, "count"): "skip", (0, 48, "percent"): "skip", (0, 400000, "count"): "skip",
    (0, 220000, "count"): "skip", (0, 4, "count"): "skip",
    (0, 1200, "count"): "new", (0, 40, "count"): "new", (0, 100, "count"): "new", (0, 1102, "count"): "skip",
    (1, 1263, "count"): "changed:refined", (1, 41, "count"): "changed:conflict", (1, 612, "count"): "new",
    (1, 138, "count"): "changed:refined",
}



# a Chinese long report: 新华日报 with region's figures and several counts in one paragraph
STORY_WIMC26_ZH_LONG_BLIND = [
    doc("2026-12-05", "智能制造大会开幕 江苏加快推进新型工业化",
        "新华日报讯 12月4日，2026世界智能制造大会在南京开幕。\n\n"
        "近年来，江苏智能制造水平持续提升，全省已累计建成智能工厂520家、智能车间3600个，规上工业企业数字化转型覆盖率达"
        "85%。\n\n"
        "本届大会以“智造无界”为主题，设置展区6个，展览面积5.2万平方米，600余家企业参展，举办主论坛1场、平行论坛16场。"
        "开幕式上，41个项目集中签约，总投资385亿元。"),
    doc("2026-12-07", "世界智能制造大会闭幕",
        "新华日报讯 2026世界智能制造大会6日在南京闭幕。大会期间，634家企业参展，签约项目97个、总投资862亿元，"
        "举办论坛及配套活动22场。"),
]
GOLD_WIMC26_ZH_LONG_BLIND = {
    (0, 520, "count"): "skip", (0, 3600, "count"): "skip", (0, 85, "percent"): "skip",
    (0, 6, "count"): "new", (0, 52000, "m2"): "new", (0, 600, "count"): "new", (0, 1, "count"): "skip",
    (0, 16, "count"): "new", (0, 41, "count"): "new", (0, 38.5 * B, "CNY"): "new",
    (1, 634, "count"): "changed:refined", (1, 97, "count"): "new", (1, 86.2 * B, "CNY"): "new", (1, 22, "count"): "new",
}



# a release with a boilerplate "About" section full of company numbers
STORY_WIMC26_RELEASE_ABOUT_BLIND = [
    doc("2026-12-04", "Estun Robotics Debuts New Welding Line at WIMC 2026",
        "NANJING, China, Dec. 4, 2026 /PRNewswire/ -- Estun Robotics unveiled a welding line at the 2026 World "
        "Intelligent Manufacturing Conference, which has gathered more than 600 exhibitors in Nanjing.\n\n"
        "About Estun\n\nFounded in 1993, Estun employs over 4,000 people and sold 28,000 industrial robots in 2025. "
        "It holds more than 1,200 patents."),
    doc("2026-12-06", "Nanjing conference ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended on Sunday with 634 exhibitors."),
]
GOLD_WIMC26_RELEASE_ABOUT_BLIND = {
    (0, 600, "count"): "new", (0, 4000, "count"): "skip", (0, 28000, "count"): "skip", (0, 1200, "count"): "skip",
    (1, 634, "count"): "changed:refined",
}



# a wire's English story with the signing broken down by sector, then the Chinese wire's totals
STORY_WMC26_SECTORS_THEN_ZH_BLIND = [
    doc("2026-09-24", "Hefei convention closes with 612 deals",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention closed on Thursday with 612 projects "
        "signed, worth a total of 508.6 billion yuan. New energy vehicle projects made up 186 of the total, and "
        "integrated circuit projects 94, with the rest spread across equipment, materials and biomedicine."),
    doc("2026-09-24", "2026世界制造业大会闭幕",
        "新华社合肥9月24日电 2026世界制造业大会24日闭幕。大会共签约项目612个，总投资5086亿元，其中新能源汽车项目186个。"),
]
GOLD_WMC26_SECTORS_THEN_ZH_BLIND = {
    # (same day, no time: the two stand in id order, the Chinese one first)
    (0, 612, "count"): "known", (0, 508.6 * B, "CNY"): "known", (0, 186, "count"): "known", (0, 94, "count"): "new",
    (1, 612, "count"): "new", (1, 508.6 * B, "CNY"): "new", (1, 186, "count"): "new",
}



# a tabloid's numbers in words and a "record" comparison with the series
STORY_WIMC26_WORDS_RECORD_BLIND = [
    doc("2026-12-04", "Nanjing smart manufacturing show is biggest yet",
        "(Global Times) 11:05, December 04, 2026\n\nThe 2026 World Intelligent Manufacturing Conference, which opened "
        "in Nanjing on Friday, is the largest in its ten-year history, with more than six hundred companies on show "
        "and two dozen forums planned over three days."),
    doc("2026-12-06", "Nanjing show wraps up",
        "(Global Times) 18:20, December 06, 2026\n\nThe 2026 World Intelligent Manufacturing Conference wrapped up on "
        "Sunday, with 634 companies and 22 forums. Since the first edition in 2016, the conference has signed "
        "1,620 projects."),
]
GOLD_WIMC26_WORDS_RECORD_BLIND = {
    (0, 600, "count"): "new", (0, 24, "count"): "new", (0, 3, "day"): "new", (0, 10, "other"): "skip",
    (1, 634, "count"): "changed:refined", (1, 22, "count"): "changed:conflict", (1, 1620, "count"): "new",
}



# a portal reprint of a wire story that adds a paragraph of its own
STORY_WMC26_REPRINT_ADDED_BLIND = [
    doc("2026-09-22", "Hefei convention signs 248 projects in two days",
        "HEFEI, Sept. 22 (Xinhua) -- A total of 248 projects had been signed at the 2026 World Manufacturing "
        "Convention by Monday evening, its third day, with investment of 215.4 billion yuan, organizers said."),
    doc("2026-09-22", "Hefei convention signs 248 projects in two days",
        "HEFEI, Sept. 22 (Xinhua) -- A total of 248 projects had been signed at the 2026 World Manufacturing "
        "Convention by Monday evening, its third day, with investment of 215.4 billion yuan, organizers said.\n\n"
        "Hefei's Baohe district alone accounted for 31 of the projects."),
    doc("2026-09-24", "Convention ends",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention ended on Thursday with 612 projects "
        "signed and investment of 508.6 billion yuan."),
]
GOLD_WMC26_REPRINT_ADDED_BLIND = {
    (0, 248, "count"): "new", (0, 215.4 * B, "CNY"): "new",
    (1, 248, "count"): "known", (1, 215.4 * B, "CNY"): "known", (1, 31, "count"): "new",
    (2, 612, "count"): "changed:refined", (2, 508.6 * B, "CNY"): "changed:refined",  # (248 by Monday: at least)
}



# a Chinese TV station's web story: counts in 人次 and 万人次, with 同比
STORY_WMC26_ZH_TV_RENCI_BLIND = [
    doc("2026-09-21", "制造业大会开幕首日 观众超8万人次",
        "央视网消息 2026世界制造业大会20日在合肥开幕。据组委会统计，开幕首日入场观众超8万人次。"),
    doc("2026-09-25", "2026世界制造业大会成果丰硕",
        "央视网消息 2026世界制造业大会24日闭幕。5天会期内，累计入场观众26.8万人次，同比增长12%；"
        "线上直播观看量达1.5亿人次。"),
]
GOLD_WMC26_ZH_TV_RENCI_BLIND = {
    (0, 80000, "count"): "new",
    (1, 5, "day"): "new", (1, 268000, "count"): "new", (1, 12, "percent"): "new", (1, 150e6, "count"): "new",
}



# a Chinese provincial government site: 招商 numbers, 亿美元, and a list with 分别
STORY_WMC26_ZH_GOV_USD_BLIND = [
    doc("2026-09-23", "2026世界制造业大会重大项目签约",
        "安徽省人民政府网讯 9月21日，2026世界制造业大会重大项目签约仪式举行，现场签约项目86个，总投资1168亿元，"
        "其中外资项目12个，总投资18.6亿美元。"),
    doc("2026-09-25", "2026世界制造业大会闭幕",
        "安徽省人民政府网讯 2026世界制造业大会9月24日闭幕。大会期间共签约项目612个、总投资5086亿元，"
        "外资项目数量和投资额分别为41个、62.3亿美元。"),
]
GOLD_WMC26_ZH_GOV_USD_BLIND = {
    (0, 86, "count"): "new", (0, 116.8 * B, "CNY"): "new", (0, 12, "count"): "new", (0, 1.86 * B, "USD"): "new",
    (1, 612, "count"): "new", (1, 508.6 * B, "CNY"): "new", (1, 41, "count"): "new", (1, 6.23 * B, "USD"): "new",
}



# English: shares as fractions and a year-on-year growth, then the counts
STORY_WIMC26_FRACTIONS_BLIND = [
    doc("2026-12-05", "Robots dominate Nanjing conference",
        "NANJING -- Roughly two-thirds of the exhibitors at the 2026 World Intelligent Manufacturing Conference show "
        "robots or robot parts, and a fifth come from outside Jiangsu. The number of exhibitors rose 14.6 percent "
        "year on year to 634."),
    doc("2026-12-07", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with 634 exhibitors and 97 signed "
        "projects."),
]
GOLD_WIMC26_FRACTIONS_BLIND = {
    (0, 14.6, "percent"): "new", (0, 634, "count"): "new",
    (1, 634, "count"): "known", (1, 97, "count"): "new",
}



# a wire's morning count with "person-times", then the final visitors
STORY_WIMC26_PERSON_TIMES_BLIND = [
    doc("2026-12-05", "Nanjing conference draws crowds",
        "NANJING, Dec. 5 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference had received 61,000 "
        "person-times of visitors by Saturday noon, organizers said."),
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING, Dec. 6 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference closed on Sunday, having "
        "received 153,000 person-times of visitors in three days."),
]
GOLD_WIMC26_PERSON_TIMES_BLIND = {
    (0, 61000, "count"): "new",
    (1, 153000, "count"): "changed:refined", (1, 3, "day"): "new",
}



# a release with numbered highlights and a "more than double" comparison
STORY_WMC26_HIGHLIGHTS_DOUBLE_BLIND = [
    doc("2026-09-25", "Five Highlights of the 2026 World Manufacturing Convention",
        "HEFEI, China, Sept. 25, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention closed on Sept. 24. "
        "Highlights:\n\n"
        "1. 612 projects were signed, with total investment of 508.6 billion yuan.\n"
        "2. Overseas exhibitors numbered 146, more than double the 2022 figure.\n"
        "3. 318 new products made their debut.\n"
        "4. The convention held 23 forums and events.\n"
        "5. Online views of the convention passed 120 million."),
    doc("2026-09-26", "Hefei's convention in review",
        "HEFEI -- The 2026 World Manufacturing Convention's 612 signed projects and 146 overseas exhibitors were "
        "records, its organizers said, and online views passed 130 million by Friday."),
]
GOLD_WMC26_HIGHLIGHTS_DOUBLE_BLIND = {
    (0, 612, "count"): "new", (0, 508.6 * B, "CNY"): "new", (0, 146, "count"): "new", (0, 318, "count"): "new",
    (0, 23, "count"): "new", (0, 120e6, "count"): "new",
    (1, 612, "count"): "known", (1, 146, "count"): "known", (1, 130e6, "count"): "changed:refined",
}



# two Chinese papers on one day with different figures for the exhibitors
STORY_WIMC26_ZH_TWO_PAPERS_BLIND = [
    doc("2026-12-04", "世界智能制造大会今日开幕",
        "现代快报讯 2026世界智能制造大会今天在南京国际博览中心开幕，600余家企业携最新产品亮相，展览面积5.2万平方米。"),
    doc("2026-12-05", "智能制造大会展区人气旺",
        "南京晨报讯 记者从大会组委会获悉，本届世界智能制造大会共有621家企业参展，其中境外企业86家。"),
    doc("2026-12-07", "智能制造大会闭幕",
        "现代快报讯 2026世界智能制造大会昨日闭幕，参展企业634家，境外企业88家。"),
]
GOLD_WIMC26_ZH_TWO_PAPERS_BLIND = {
    (0, 600, "count"): "new", (0, 52000, "m2"): "new",
    (1, 621, "count"): "changed:refined", (1, 86, "count"): "new",
    (2, 634, "count"): "changed:conflict", (2, 88, "count"): "changed:conflict",
}



# an indoor and an outdoor area, then the total
STORY_WMC26_INDOOR_OUTDOOR_BLIND = [
    doc("2026-09-19", "Convention venue ready",
        "HEFEI -- The 2026 World Manufacturing Convention will use 70,000 square meters of indoor exhibition space "
        "and an outdoor area of 10,000 square meters for vehicle displays."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention, whose exhibition covered 80,000 square meters, closed on "
        "Thursday."),
]
GOLD_WMC26_INDOOR_OUTDOOR_BLIND = {
    (0, 70000, "m2"): "new", (0, 10000, "m2"): "new",
    (1, 80000, "m2"): "new",
}



# a matchmaking meeting's signings and a city's, then the event's total
STORY_WIMC26_MATCHMAKING_CITY_BLIND = [
    doc("2026-12-05", "Japan-China matchmaking at Nanjing conference",
        "NANJING -- A Japan-China industrial matchmaking meeting held during the 2026 World Intelligent "
        "Manufacturing Conference saw 14 cooperation agreements signed, worth 3.6 billion yuan."),
    doc("2026-12-05", "Suzhou signs deals at Nanjing conference",
        "NANJING -- Suzhou signed 23 projects worth 21.4 billion yuan at the 2026 World Intelligent Manufacturing "
        "Conference on Saturday, the city's commerce bureau said."),
    doc("2026-12-07", "Conference ends with 97 projects",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended with 97 projects signed, worth 86.2 "
        "billion yuan in total."),
]
GOLD_WIMC26_MATCHMAKING_CITY_BLIND = {
    (0, 14, "count"): "new", (0, 3.6 * B, "CNY"): "new",
    (1, 23, "count"): "new", (1, 21.4 * B, "CNY"): "new",
    (2, 97, "count"): "new", (2, 86.2 * B, "CNY"): "new",
}



# a single flagship project's value, then the total
STORY_WMC26_FLAGSHIP_PROJECT_BLIND = [
    doc("2026-09-20", "Battery giant commits to Hefei",
        "HEFEI -- A 30-billion-yuan battery project was the biggest of the 138 signed at the opening of the 2026 World "
        "Manufacturing Convention on Saturday, which together are worth 116.2 billion yuan."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday with 612 projects worth 508.6 billion "
        "yuan signed."),
]
GOLD_WMC26_FLAGSHIP_PROJECT_BLIND = {
    (0, 30 * B, "CNY"): "new", (0, 138, "count"): "new", (0, 116.2 * B, "CNY"): "new",
    (1, 612, "count"): "new", (1, 508.6 * B, "CNY"): "new",
}



# a concurrent expo held alongside, with its own exhibitors
STORY_WMC26_CONCURRENT_EXPO_BLIND = [
    doc("2026-09-21", "Industrial internet expo opens alongside convention",
        "HEFEI -- The 2026 China Industrial Internet Expo, held alongside the World Manufacturing Convention in "
        "Hefei, has drawn 280 exhibitors to its two halls."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday with 1,263 exhibitors."),
]
GOLD_WMC26_CONCURRENT_EXPO_BLIND = {
    (0, 280, "count"): "new", (0, 2, "count"): "new",
    (1, 1263, "count"): "new",
}



# the province's year of investment promotion, beside the event's signings
STORY_WMC26_PROVINCE_YEAR_BLIND = [
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday with 612 projects signed."),
    doc("2026-10-10", "Anhui's investment drive",
        "HEFEI -- Anhui signed 1,486 investment projects worth more than 1 trillion yuan in the first three quarters, "
        "including 612 at the World Manufacturing Convention in September, the provincial commerce department said."),
]
GOLD_WMC26_PROVINCE_YEAR_BLIND = {
    (0, 612, "count"): "new",
    (1, 1486, "count"): "skip", (1, 1e12, "CNY"): "skip", (1, 612, "count"): "known",
}



# a forum's audience and the main forum's speakers, then the event's guests
STORY_WIMC26_FORUM_AUDIENCE_BLIND = [
    doc("2026-12-04", "Main forum opens Nanjing conference",
        "NANJING -- About 1,500 people attended the main forum of the 2026 World Intelligent Manufacturing Conference "
        "on Friday morning, where 12 speakers, including 5 academicians, gave talks."),
    doc("2026-12-06", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday. It brought together 3,260 "
        "guests, among them 25 academicians."),
]
GOLD_WIMC26_FORUM_AUDIENCE_BLIND = {
    (0, 1500, "count"): "new", (0, 12, "count"): "new", (0, 5, "count"): "new",
    (1, 3260, "count"): "new", (1, 25, "count"): "new",
}



# a wire story with photo captions between paragraphs
STORY_WMC26_CAPTIONS_BLIND = [
    doc("2026-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2026 World Manufacturing Convention opened in Hefei on Saturday with more than "
        "1,200 exhibitors.\n\n"
        "A visitor looks at a robot arm at the 2026 World Manufacturing Convention in Hefei, east China's Anhui "
        "Province, Sept. 20, 2026. (Xinhua/Zhou Mu)\n\n"
        "At the opening ceremony, 138 projects were signed with a total investment of 116.2 billion yuan.\n\n"
        "Photo taken on Sept. 20, 2026 shows an exhibition hall of the convention. (Xinhua/Zhou Mu)"),
    doc("2026-09-24", "Convention closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2026 World Manufacturing Convention closed on Thursday with 1,263 exhibitors "
        "and 612 projects signed.\n\nEditor: Li Na"),
]
GOLD_WMC26_CAPTIONS_BLIND = {
    (0, 1200, "count"): "new", (0, 138, "count"): "new", (0, 116.2 * B, "CNY"): "new",
    (1, 1263, "count"): "changed:refined", (1, 612, "count"): "new",
}



# a portal page with share counts, a reading time and related links left in
STORY_WIMC26_PORTAL_FURNITURE_BLIND = [
    doc("2026-12-05", "Nanjing conference showcases humanoid robots",
        "3 min read | 1,284 views\n\n"
        "NANJING -- More than 40 humanoid robots are on show at the 2026 World Intelligent Manufacturing Conference, "
        "which has brought together 634 exhibitors.\n\n"
        "Share: 56 | Comments: 12\n\n"
        "Related: Nanjing conference opens with 41 deals (Dec 4)"),
    doc("2026-12-07", "Conference ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended on Sunday with 634 exhibitors and 46 "
        "humanoid robots on display."),
]
GOLD_WIMC26_PORTAL_FURNITURE_BLIND = {
    (0, 40, "count"): "new", (0, 634, "count"): "new",
    (1, 634, "count"): "known", (1, 46, "count"): "changed:refined",
}



# a Chinese page with 责任编辑 and 来源 lines and a 图为 caption
STORY_WMC26_ZH_FURNITURE_BLIND = [
    doc("2026-09-21", "2026世界制造业大会开幕",
        "来源：合肥日报 2026-09-21 08:15\n\n"
        "本报讯 9月20日，2026世界制造业大会在合肥开幕，1200余家企业参展。\n\n"
        "图为9月20日，观众在展馆内参观。记者 王华 摄\n\n"
        "开幕式上共签约项目138个，总投资1162亿元。\n\n"
        "责任编辑：张明"),
    doc("2026-09-25", "2026世界制造业大会闭幕",
        "来源：合肥日报 2026-09-25 07:50\n\n"
        "本报讯 2026世界制造业大会24日闭幕，参展企业1263家，签约项目612个。"),
]
GOLD_WMC26_ZH_FURNITURE_BLIND = {
    (0, 1200, "count"): "new", (0, 138, "count"): "new", (0, 116.2 * B, "CNY"): "new",
    (1, 1263, "count"): "changed:refined", (1, 612, "count"): "new",
}



# a release whose reprint site adds a disclaimer and a contact line with a phone number
STORY_WIMC26_RELEASE_CONTACT_BLIND = [
    doc("2026-12-05", "WIMC 2026 Highlights Industrial AI",
        "NANJING, China, Dec. 5, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference has "
        "gathered 634 exhibitors and hosted 18 forums in its first two days.\n\n"
        "Media contact: Wang Lei, +86-25-8888-6666"),
    doc("2026-12-05", "WIMC 2026 Highlights Industrial AI",
        "NANJING, China, Dec. 5, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference has "
        "gathered 634 exhibitors and hosted 18 forums in its first two days.\n\n"
        "Media contact: Wang Lei, +86-25-8888-6666\n\n"
        "Disclaimer: The content above is provided by the issuer; this site takes no responsibility for it."),
    doc("2026-12-07", "Conference ends",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended with 634 exhibitors and 22 forums."),
]
GOLD_WIMC26_RELEASE_CONTACT_BLIND = {
    (0, 634, "count"): "new", (0, 18, "count"): "new",
    (1, 634, "count"): "known", (1, 18, "count"): "known",
    (2, 634, "count"): "known", (2, 22, "count"): "changed:refined",
}



# a Q&A interview with the organizer, numbers as answers
STORY_WMC26_INTERVIEW_BLIND = [
    doc("2026-09-18", "Q&A: What to expect at this year's convention",
        "Ahead of the 2026 World Manufacturing Convention, we spoke with an organizer.\n\n"
        "Q: How large is the exhibition this year?\n"
        "A: It covers 80,000 square meters, the largest so far.\n\n"
        "Q: And how many exhibitors have signed up?\n"
        "A: As of today, 1,180."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday with 1,263 exhibitors across 80,000 "
        "square meters."),
]
GOLD_WMC26_INTERVIEW_BLIND = {
    (0, 80000, "m2"): "new", (0, 1180, "count"): "new",
    (1, 1263, "count"): "changed:refined", (1, 80000, "m2"): "known",
}



# two People's Daily Online items of one day: the evening one first in the list
STORY_WIMC26_SAME_DAY_TIMES_BLIND = [
    doc("2026-12-06", "Nanjing conference closes with 97 deals",
        "(People's Daily Online) 19:40, December 06, 2026\n\nThe 2026 World Intelligent Manufacturing Conference "
        "closed in Nanjing on Sunday with 97 projects signed and 634 exhibitors."),
    doc("2026-12-06", "Last day at Nanjing conference",
        "(People's Daily Online) 09:15, December 06, 2026\n\nThe 2026 World Intelligent Manufacturing Conference "
        "enters its final day on Sunday. So far, 81 projects have been signed, and 634 exhibitors are taking part."),
]
GOLD_WIMC26_SAME_DAY_TIMES_BLIND = {
    (1, 81, "count"): "new", (1, 634, "count"): "new",
    (0, 97, "count"): "changed:refined", (0, 634, "count"): "known",
}



# a Chinese paper's morning and afternoon web items with times in the source line
STORY_WMC26_ZH_SAME_DAY_TIMES_BLIND = [
    doc("2026-09-24", "制造业大会闭幕 签约612个项目",
        "来源：中安在线 2026-09-24 17:32\n\n2026世界制造业大会今天下午闭幕，大会共签约项目612个，总投资5086亿元。"),
    doc("2026-09-24", "制造业大会今日闭幕",
        "来源：中安在线 2026-09-24 08:05\n\n2026世界制造业大会今天闭幕。截至23日晚，大会已签约项目560个。"),
]
GOLD_WMC26_ZH_SAME_DAY_TIMES_BLIND = {
    (1, 560, "count"): "new",
    (0, 612, "count"): "changed:refined", (0, 508.6 * B, "CNY"): "new",
}



# a Global Times item whose credit line is in its own paragraph, and a wire of the same day without time
STORY_WMC26_GT_AND_WIRE_BLIND = [
    doc("2026-09-20", "Convention draws record exhibitors",
        "Global Times) 21:10, September 20, 2026\n\nThe 2026 World Manufacturing Convention opened in Hefei on Saturday "
        "with 1,236 exhibitors, a record, the organizers said in the evening."),
    doc("2026-09-20", "World Manufacturing Convention opens",
        "(Global Times) 08:50, September 20, 2026\n\nThe 2026 World Manufacturing Convention opens in Hefei on Saturday, "
        "with more than 1,200 exhibitors expected to take part."),
]
GOLD_WMC26_GT_AND_WIRE_BLIND = {
    (1, 1200, "count"): "new",  # (expected to take part: a forecast)
    (0, 1236, "count"): "new",
}



# achievements released at the conference, then a wrap that counts them differently
STORY_WIMC26_ACHIEVEMENTS_BLIND = [
    doc("2026-12-04", "Nanjing conference releases industry reports",
        "NANJING -- Twelve major achievements, including 4 industry reports and 3 standards, were released at the "
        "opening of the 2026 World Intelligent Manufacturing Conference on Friday."),
    doc("2026-12-06", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday, having released 15 major "
        "achievements over three days."),
]
GOLD_WIMC26_ACHIEVEMENTS_BLIND = {
    (0, 12, "count"): "new", (0, 4, "count"): "new", (0, 3, "count"): "new",
    (1, 15, "count"): "new", (1, 3, "day"): "new",
}



# the ordinal edition named without the year, in December
STORY_WIMC26_ORDINAL_TENTH_BLIND = [
    doc("2026-12-04", "Tenth World Intelligent Manufacturing Conference opens",
        "NANJING, Dec. 4 (Xinhua) -- The tenth World Intelligent Manufacturing Conference opened in Nanjing on "
        "Friday, gathering 634 exhibitors."),
    doc("2026-12-06", "WIMC closes",
        "NANJING, Dec. 6 (Xinhua) -- The World Intelligent Manufacturing Conference closed in Nanjing on Sunday with "
        "97 projects signed. This year's conference had 634 exhibitors, up from 588 last year."),
]
GOLD_WIMC26_ORDINAL_TENTH_BLIND = {
    (0, 634, "count"): "new",
    # (the tenth conference, counted from 2016, is 2025's: the 634 of the 2026 report is new)
    (1, 97, "count"): "new", (1, 634, "count"): "new", (1, 588, "count"): "skip",
}



# a Chinese story of the expo part with 首发 products and an audience
STORY_WIMC26_ZH_EXPO_PREMIERES_BLIND = [
    doc("2026-12-05", "智能制造博览会首发新品多",
        "新华网南京12月5日电 2026世界智能制造大会同期举办的智能制造博览会上，共有56款新品全球首发，"
        "展会首日接待观众4.1万人次。"),
    doc("2026-12-07", "智能制造大会闭幕",
        "新华网南京12月7日电 2026世界智能制造大会6日闭幕。展会期间，共有62款新品全球首发，累计接待观众15.3万人次。"),
]
GOLD_WIMC26_ZH_EXPO_PREMIERES_BLIND = {
    (0, 56, "count"): "new", (0, 41000, "count"): "new",
    (1, 62, "count"): "changed:conflict", (1, 153000, "count"): "new",
}



# a Jiangsu government English page with a bulleted list of this year's and last year's
STORY_WIMC26_GOV_COMPARE_LIST_BLIND = [
    doc("2026-12-08", "WIMC 2026 in figures",
        "Jiangsu Provincial Government -- Key figures of the 2026 World Intelligent Manufacturing Conference, with "
        "2025 in brackets:\n"
        "• Exhibitors: 634 (588)\n"
        "• Signed projects: 97 (86)\n"
        "• Investment: 86.2 billion yuan (71.5 billion yuan)\n"
        "• Forums: 22 (20)"),
    doc("2026-12-09", "Nanjing conference's results",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference signed 97 projects worth 86.2 billion yuan, "
        "against 86 projects a year earlier."),
]
GOLD_WIMC26_GOV_COMPARE_LIST_BLIND = {
    (0, 634, "count"): "new", (0, 588, "count"): "skip", (0, 97, "count"): "new", (0, 86, "count"): "skip",
    (0, 86.2 * B, "CNY"): "new", (0, 71.5 * B, "CNY"): "skip", (0, 22, "count"): "new", (0, 20, "count"): "skip",
    (1, 97, "count"): "known", (1, 86.2 * B, "CNY"): "known", (1, 86, "count"): "skip",
}



# a business daily's story on robots sold at the expo, with units and a price
STORY_WIMC26_ROBOTS_SOLD_BLIND = [
    doc("2026-12-05", "Robot makers report brisk orders in Nanjing",
        "NANJING -- Exhibitors at the 2026 World Intelligent Manufacturing Conference took orders for about 3,200 "
        "industrial robots in the first two days, worth some 480 million yuan, an industry association said. A "
        "welding robot sells for about 150,000 yuan."),
    doc("2026-12-07", "Robot orders top 5,000 at Nanjing conference",
        "NANJING -- Orders for 5,160 industrial robots were taken at the 2026 World Intelligent Manufacturing "
        "Conference, which closed on Sunday, the association said."),
]
GOLD_WIMC26_ROBOTS_SOLD_BLIND = {
    (0, 3200, "count"): "new", (0, 480e6, "CNY"): "new", (0, 150000, "CNY"): "skip",
    (1, 5160, "count"): "changed:refined", (1, 5000, "count"): "skip",
}



# participants, attendees, visitors, delegates
STORY_WMC26_PARTICIPANTS_VISITORS_BLIND = [
    doc("2026-09-20", "Convention opens with 5,000 participants",
        "HEFEI -- More than 5,000 participants, including officials, business leaders and scholars, attended the "
        "opening of the 2026 World Manufacturing Convention on Saturday."),
    doc("2026-09-21", "Crowds at convention",
        "HEFEI -- The 2026 World Manufacturing Convention welcomed 86,000 visitors on its first two days."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday. Over five days it drew 268,000 visitors "
        "and some 5,300 delegates from home and abroad."),
]
GOLD_WMC26_PARTICIPANTS_VISITORS_BLIND = {
    (0, 5000, "count"): "new",
    (1, 86000, "count"): "new",
    (2, 5, "day"): "new", (2, 268000, "count"): "changed:refined", (2, 5300, "count"): "new",
}



# brands, enterprises and exhibitors
STORY_WIMC26_BRANDS_ENTERPRISES_BLIND = [
    doc("2026-12-04", "Nanjing conference opens",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Friday with more than 1,000 brands "
        "on show from 634 exhibiting enterprises."),
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday. A total of 1,080 brands were "
        "displayed by the 634 exhibitors."),
]
GOLD_WIMC26_BRANDS_ENTERPRISES_BLIND = {
    (0, 1000, "count"): "new", (0, 634, "count"): "new",
    (1, 1080, "count"): "changed:refined", (1, 634, "count"): "known",
}



# speakers, guests and forum attendees in a Chinese story
STORY_WMC26_ZH_SPEAKERS_GUESTS_BLIND = [
    doc("2026-09-20", "制造业大会主论坛举行",
        "人民网合肥9月20日电 2026世界制造业大会主论坛今天举行，12位中外嘉宾发表主旨演讲，约800人参加论坛。"),
    doc("2026-09-24", "制造业大会闭幕",
        "人民网合肥9月24日电 2026世界制造业大会今天闭幕。大会共邀请中外嘉宾5300余人，其中境外嘉宾800余人。"),
]
GOLD_WMC26_ZH_SPEAKERS_GUESTS_BLIND = {
    (0, 12, "count"): "new", (0, 800, "count"): "new",
    (1, 5300, "count"): "new", (1, 800, "count"): "new",
}



# the Fortune 500 in three wordings
STORY_WIMC26_FORTUNE_WORDINGS_BLIND = [
    doc("2026-12-04", "Global giants at Nanjing conference",
        "NANJING -- Some 40 of the world's top 500 companies are among the exhibitors at the 2026 World Intelligent "
        "Manufacturing Conference."),
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with 634 exhibitors, 43 of them "
        "Fortune Global 500 companies."),
    doc("2026-12-08", "世界智能制造大会综述",
        "新华日报讯 本届世界智能制造大会共有634家企业参展，其中世界500强企业43家。"),
]
GOLD_WIMC26_FORTUNE_WORDINGS_BLIND = {
    (0, 40, "count"): "new",
    (1, 634, "count"): "new", (1, 43, "count"): "changed:refined",
    (2, 634, "count"): "known", (2, 43, "count"): "known",
}



# people-times of visits online and offline in English
STORY_WMC26_ONLINE_OFFLINE_BLIND = [
    doc("2026-09-22", "Online and offline crowds",
        "HEFEI -- The 2026 World Manufacturing Convention has drawn 152,000 visitors offline and 21 million online "
        "so far, organizers said on Monday."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with 268,000 visitors on site, while its online "
        "platform logged 36 million visits."),
]
GOLD_WMC26_ONLINE_OFFLINE_BLIND = {
    (0, 152000, "count"): "new", (0, 21e6, "count"): "new",
    (1, 268000, "count"): "changed:refined", (1, 36e6, "count"): "changed:refined",
}



STORY_WMC26_WORDS_APPROX_BLIND = [
    doc("2026-09-21", "Hefei convention busy",
        "HEFEI -- Well over a thousand exhibitors and some two dozen forums fill the 2026 World Manufacturing "
        "Convention, which organizers hope will draw close to a quarter of a million visitors."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday with 1,263 exhibitors, 23 forums and "
        "268,000 visitors."),
]
GOLD_WMC26_WORDS_APPROX_BLIND = {
    (0, 1000, "count"): "new", (0, 24, "count"): "new", (0, 250000, "count"): "skip",
    (1, 1263, "count"): "changed:refined", (1, 23, "count"): "changed:refined", (1, 268000, "count"): "new",
}



STORY_WIMC26_RANGE_BLIND = [
    doc("2026-11-30", "Nanjing conference preview",
        "NANJING -- Between 600 and 650 companies will exhibit at the 2026 World Intelligent Manufacturing Conference "
        "next week, organizers said."),
    doc("2026-12-04", "Nanjing conference opens",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Friday with 634 companies "
        "exhibiting."),
]
GOLD_WIMC26_RANGE_BLIND = {
    (0, 600, "count"): "new",
    (1, 634, "count"): "changed:refined",
}



STORY_WMC26_APPOSITIVE_BLIND = [
    doc("2026-09-21", "Opening signings",
        "HEFEI -- The number of projects signed at the opening ceremony, 138, was the highest for any edition of the "
        "World Manufacturing Convention, which opened in Hefei on Saturday."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with 612 projects signed, including the 138 signed at "
        "the opening ceremony."),
]
GOLD_WMC26_APPOSITIVE_BLIND = {
    (0, 138, "count"): "new",
    (1, 612, "count"): "new", (1, 138, "count"): "known",
}



STORY_WMC26_ZH_CUMULATIVE_SERIES_BLIND = [
    doc("2026-09-19", "世界制造业大会八年成果",
        "安徽日报讯 自2018年以来，前七届世界制造业大会累计签约项目3980个，总投资2.96万亿元。"),
    doc("2026-09-25", "2026世界制造业大会闭幕",
        "安徽日报讯 2026世界制造业大会24日闭幕，签约项目612个。八届大会累计签约项目4592个。"),
]
GOLD_WMC26_ZH_CUMULATIVE_SERIES_BLIND = {
    (0, 3980, "count"): "new", (0, 2.96e12, "CNY"): "new",
    (1, 612, "count"): "new", (1, 4592, "count"): "changed:conflict",
}



STORY_WIMC26_NEARLY_HALF_MILLION_BLIND = [
    doc("2026-12-06", "Nanjing conference draws online crowds",
        "NANJING -- Nearly half a million people watched the 2026 World Intelligent Manufacturing Conference's main "
        "forum online on Friday, and livestreams of the whole event have been viewed 12.8 million times."),
    doc("2026-12-07", "Conference ends",
        "NANJING -- Livestreams of the 2026 World Intelligent Manufacturing Conference were viewed 13.4 million times "
        "in all, organizers said."),
]
GOLD_WIMC26_NEARLY_HALF_MILLION_BLIND = {
    (0, 500000, "count"): "new", (0, 12.8e6, "count"): "new",
    (1, 13.4e6, "count"): "changed:refined",
}



STORY_WMC26_ZH_ORDINAL_ROUND_WORDS_BLIND = [
    doc("2026-09-19", "第九届世界制造业大会明日开幕",
        "中安在线讯 第九届世界制造业大会将于9月20日在合肥开幕。本届大会展览面积8万平方米，逾千家企业报名参展，"
        "预计邀请嘉宾5000人左右。"),
    doc("2026-09-24", "第九届世界制造业大会闭幕",
        "中安在线讯 第九届世界制造业大会24日闭幕。本届大会参展企业1263家，邀请嘉宾5320人，签约项目612个。"),
]
GOLD_WMC26_ZH_ORDINAL_ROUND_WORDS_BLIND = {
    (0, 80000, "m2"): "new", (0, 1000, "count"): "new", (0, 5000, "count"): "skip",
    (1, 1263, "count"): "changed:refined", (1, 5320, "count"): "new", (1, 612, "count"): "new",
}



STORY_WIMC26_ZH_XIEYI_BLIND = [
    doc("2026-12-04", "智能制造大会开幕式签约",
        "南京日报讯 4日，2026世界智能制造大会开幕式上，41个重大项目集中签约，协议总投资385亿元。"),
    doc("2026-12-07", "智能制造大会签约成果",
        "南京日报讯 2026世界智能制造大会期间，共签约重大项目97个，协议总投资862亿元，较上届增长20.6%。"),
]
GOLD_WIMC26_ZH_XIEYI_BLIND = {
    (0, 41, "count"): "new", (0, 38.5 * B, "CNY"): "new",
    (1, 97, "count"): "new", (1, 86.2 * B, "CNY"): "new", (1, 20.6, "percent"): "new",
}



STORY_WMC26_ZH_SHARES_BLIND = [
    doc("2026-09-24", "制造业大会签约项目结构优化",
        "合肥晚报讯 2026世界制造业大会签约的612个项目中，制造业项目占比超九成，新能源汽车项目186个，占三成以上。"),
    doc("2026-09-25", "制造业大会签约数据出炉",
        "合肥晚报讯 2026世界制造业大会共签约项目612个，其中制造业项目558个，占比91.2%。"),
]
GOLD_WMC26_ZH_SHARES_BLIND = {
    (0, 612, "count"): "new", (0, 90, "percent"): "new", (0, 186, "count"): "new", (0, 30, "percent"): "new",
    (1, 612, "count"): "known", (1, 558, "count"): "new", (1, 91.2, "percent"): "new",  # (a share of a part: parts never change)
}



STORY_WIMC26_ZH_WAN_YU_BLIND = [
    doc("2026-12-05", "智能制造大会人气持续攀升",
        "扬子晚报讯 截至5日18时，2026世界智能制造大会已吸引观众10.2万余人次，线上观看量超千万。"),
    doc("2026-12-07", "智能制造大会落幕",
        "扬子晚报讯 2026世界智能制造大会6日落幕。3天会期累计接待观众15.3万人次，线上观看量1280万次。"),
]
GOLD_WIMC26_ZH_WAN_YU_BLIND = {
    (0, 102000, "count"): "new", (0, 10e6, "count"): "new",
    (1, 3, "day"): "new", (1, 153000, "count"): "changed:refined", (1, 12.8e6, "count"): "changed:refined",
}



STORY_WMC26_DIFFERENCES_BLIND = [
    doc("2026-09-24", "Convention closes with more exhibitors",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday. Exhibitors numbered 1,263, up from 1,102 "
        "in 2025, an increase of 161, and 612 projects were signed, 47 more than last year."),
    doc("2026-09-26", "Convention's gains",
        "HEFEI -- This year's World Manufacturing Convention had 161 more exhibitors than last year's, and signed 612 "
        "projects."),
]
GOLD_WMC26_DIFFERENCES_BLIND = {
    (0, 1263, "count"): "new", (0, 1102, "count"): "skip", (0, 161, "count"): "skip", (0, 612, "count"): "new",
    (0, 47, "count"): "skip",
    (1, 161, "count"): "skip", (1, 612, "count"): "known",
}



STORY_WIMC26_BRACKET_USD_BLIND = [
    doc("2026-12-06", "Nanjing conference ends with RMB 86.2 bn in deals",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended on Sunday with 97 projects worth RMB "
        "86.2 bn (USD 12.1 bn) signed."),
    doc("2026-12-08", "Jiangsu's conference deals",
        "NANJING -- Deals signed at last week's World Intelligent Manufacturing Conference are worth some $12 billion, "
        "officials said."),
]
GOLD_WIMC26_BRACKET_USD_BLIND = {
    (0, 97, "count"): "new", (0, 86.2 * B, "CNY"): "new", (0, 12.1 * B, "USD"): "new",
    (1, 12 * B, "USD"): "known",
}



STORY_WMC26_PERCENT_UP_BLIND = [
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with over 1,200 exhibitors (up 15% from 2025) and "
        "612 signed projects, a 9.3% increase."),
    doc("2026-09-25", "Convention figures",
        "HEFEI -- The 2026 World Manufacturing Convention had 1,263 exhibitors, 14.6 percent more than a year earlier."),
]
GOLD_WMC26_PERCENT_UP_BLIND = {
    (0, 1200, "count"): "new", (0, 15, "percent"): "new", (0, 612, "count"): "new", (0, 9.3, "percent"): "new",
    (1, 1263, "count"): "changed:refined", (1, 14.6, "percent"): "changed:refined",  # ("up 15%", then 14.6 percent: the rate it rounds)
}



STORY_WIMC26_LARGEST_SINCE_BLIND = [
    doc("2026-12-04", "Biggest Nanjing conference yet",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference, which opened on Friday, is the largest since "
        "the event began in 2016, with 634 exhibitors, compared with 120 at the first summit."),
    doc("2026-12-06", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with 634 exhibitors."),
]
GOLD_WIMC26_LARGEST_SINCE_BLIND = {
    (0, 634, "count"): "new", (0, 120, "count"): "skip",
    (1, 634, "count"): "known",
}



STORY_WMC26_BRITISH_BLIND = [
    doc("2026-09-21", "Hefei's convention pulls in crowds",
        "HEFEI -- The 2026 World Manufacturing Convention has attracted 152,000 visitors and 21m online views since it "
        "opened on Saturday, with exhibitors filling 80,000 sq metres of halls; organisers say 1,263 firms are "
        "taking part, 11.6 per cent more than last year."),
    doc("2026-09-25", "Convention ends",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Thursday with 268,000 visitors, 36m online views "
        "and deals worth Rmb508.6bn ($71.6m... sic) across 612 projects."),
]
GOLD_WMC26_BRITISH_BLIND = {
    (0, 152000, "count"): "new", (0, 21e6, "count"): "new", (0, 80000, "m2"): "new", (0, 1263, "count"): "new",
    (0, 11.6, "percent"): "new",
    (1, 268000, "count"): "changed:refined", (1, 36e6, "count"): "changed:refined", (1, 508.6 * B, "CNY"): "new",
    (1, 612, "count"): "new",
}



STORY_WIMC26_LONG_SENTENCE_BLIND = [
    doc("2026-12-04", "Nanjing conference opens",
        "NANJING, Dec. 4 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference, which opened Friday in "
        "Nanjing with the theme of intelligent manufacturing for a better future and runs until Sunday, has brought "
        "together more than 600 exhibitors from 28 countries and regions, who are displaying some 1,000 products "
        "across an exhibition area of 52,000 square meters, while 41 projects worth 38.5 billion yuan were signed at "
        "its opening ceremony."),
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING, Dec. 6 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference closed Sunday with 634 "
        "exhibitors from 30 countries and regions and 97 projects worth 86.2 billion yuan signed."),
]
GOLD_WIMC26_LONG_SENTENCE_BLIND = {
    (0, 600, "count"): "new", (0, 28, "count"): "new", (0, 1000, "count"): "new", (0, 52000, "m2"): "new",
    (0, 41, "count"): "new", (0, 38.5 * B, "CNY"): "new",
    (1, 634, "count"): "changed:refined", (1, 30, "count"): "changed:conflict", (1, 97, "count"): "new",
    (1, 86.2 * B, "CNY"): "new",
}



STORY_WMC26_SEMICOLONS_BLIND = [
    doc("2026-09-24", "WMC 2026: the final tally",
        "HEFEI -- The final tally of the 2026 World Manufacturing Convention: exhibitors, 1,263; countries and regions, "
        "41; projects signed, 612; investment, 508.6 billion yuan; visitors, 268,000."),
    doc("2026-09-26", "Convention recap",
        "HEFEI -- The 2026 World Manufacturing Convention drew 1,263 exhibitors and 270,000 visitors and signed 612 "
        "projects."),
]
GOLD_WMC26_SEMICOLONS_BLIND = {
    (0, 1263, "count"): "new", (0, 41, "count"): "new", (0, 612, "count"): "new", (0, 508.6 * B, "CNY"): "new",
    (0, 268000, "count"): "new",
    (1, 1263, "count"): "known", (1, 612, "count"): "known",
    (1, 270000, "count"): "known",  # (a rounder restatement within a twentieth)
}



STORY_WMC26_KOREAN_COMPANY_BLIND = [
    doc("2026-09-21", "LG shows battery tech at Hefei convention",
        "LG Energy Solution was among 146 foreign exhibitors at the 2026 World Manufacturing Convention in Hefei, "
        "China, which opened Saturday. The company, which runs two plants in China with 4,500 workers, showed its "
        "46-series cylindrical cells."),
    doc("2026-09-25", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday with 1,263 exhibitors, 148 of them from "
        "overseas."),
]
GOLD_WMC26_KOREAN_COMPANY_BLIND = {
    (0, 146, "count"): "new", (0, 2, "count"): "skip", (0, 4500, "count"): "skip", (0, 46, "count"): "skip",
    (1, 1263, "count"): "new", (1, 148, "count"): "changed:conflict",
}



STORY_WIMC26_GERMAN_TRADE_BLIND = [
    doc("2026-12-05", "German machine builders in Nanjing",
        "NANJING -- Twenty-two German companies are exhibiting at this year's World Intelligent Manufacturing "
        "Conference in Nanjing, up from 15 last year, according to the German chamber of commerce. Siemens alone "
        "occupies a 600-square-meter stand."),
    doc("2026-12-07", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday with 634 exhibitors, "
        "including 24 from Germany."),
]
GOLD_WIMC26_GERMAN_TRADE_BLIND = {
    (0, 22, "count"): "new", (0, 15, "count"): "skip", (0, 600, "m2"): "new",
    (1, 634, "count"): "new", (1, 24, "count"): "changed:conflict",
}



STORY_WMC26_JAPAN_DELEGATION_BLIND = [
    doc("2026-09-20", "Japanese delegation at Hefei convention",
        "HEFEI -- A delegation of 60 Japanese business leaders is attending the 2026 World Manufacturing Convention, "
        "the largest from Japan since the event's first edition."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday, having hosted more than 5,000 guests."),
]
GOLD_WMC26_JAPAN_DELEGATION_BLIND = {
    (0, 60, "count"): "new",
    (1, 5000, "count"): "new",
}



STORY_WIMC26_EU_CHAMBER_BLIND = [
    doc("2026-12-03", "EU firms eye Nanjing smart manufacturing event",
        "NANJING -- European firms will have about 40 stands at the 2026 World Intelligent Manufacturing Conference, "
        "the EU Chamber said, and its members employ 120,000 people in Jiangsu."),
    doc("2026-12-06", "Foreign firms at Nanjing event",
        "NANJING -- Around 40 European companies exhibited at the 2026 World Intelligent Manufacturing Conference, "
        "among 131 overseas exhibitors."),
]
GOLD_WIMC26_EU_CHAMBER_BLIND = {
    (0, 40, "count"): "new", (0, 120000, "count"): "skip",
    (1, 40, "count"): "new", (1, 131, "count"): "new",  # (40 stands, then 40 companies: two measures)
}



STORY_WMC26_SERIES_WORDINGS_BLIND = [
    doc("2026-09-18", "Convention's track record",
        "HEFEI -- The World Manufacturing Convention, now in its ninth year, has seen a cumulative 3,980 projects "
        "signed, organizers said ahead of the 2026 edition."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- This year's 612 projects bring the total signed at the World Manufacturing Convention since 2018 to "
        "4,592, organizers said as the 2026 edition closed on Thursday."),
    doc("2026-09-28", "Hefei's convention at nine",
        "HEFEI -- Over nine editions, the World Manufacturing Convention has signed 4,592 projects, including 612 at "
        "this year's convention."),
]
GOLD_WMC26_SERIES_WORDINGS_BLIND = {
    (0, 3980, "count"): "new",
    (1, 612, "count"): "new", (1, 4592, "count"): "changed:conflict",
    (2, 4592, "count"): "known", (2, 612, "count"): "known",
}



STORY_WIMC26_TO_DATE_BLIND = [
    doc("2026-12-02", "Nanjing conference in numbers",
        "NANJING -- To date, the World Intelligent Manufacturing Conference has drawn some 5,400 exhibitors and "
        "signed more than 1,500 projects across its editions, the organizing committee said before the 2026 "
        "conference."),
    doc("2026-12-06", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with 634 exhibitors and 97 projects "
        "signed, taking the series' totals to over 6,000 exhibitors and 1,620 projects."),
]
GOLD_WIMC26_TO_DATE_BLIND = {
    (0, 5400, "count"): "new", (0, 1500, "count"): "new",
    (1, 634, "count"): "new", (1, 97, "count"): "new", (1, 6000, "count"): "changed:conflict",  # ("some 5,400" allows up to a tenth more)
    (1, 1620, "count"): "changed:refined",
}



STORY_WMC26_ZH_LIJIE_BLIND = [
    doc("2026-09-19", "历届世界制造业大会成果丰硕",
        "人民网合肥9月19日电 据统计，历届世界制造业大会累计签约项目3980个，总投资超2.9万亿元。"),
    doc("2026-09-25", "世界制造业大会累计签约项目达4592个",
        "人民网合肥9月25日电 随着2026世界制造业大会闭幕，大会自2018年创办以来累计签约项目达4592个，"
        "总投资约3.47万亿元。"),
]
GOLD_WMC26_ZH_LIJIE_BLIND = {
    (0, 3980, "count"): "new", (0, 2.9e12, "CNY"): "new",
    (1, 4592, "count"): "changed:conflict", (1, 3.47e12, "CNY"): "changed:refined",
}



# a wire's "by the numbers" paragraph with numbers first
STORY_WIMC26_NUMBERS_FIRST_BLIND = [
    doc("2026-12-06", "Nanjing conference by the numbers",
        "NANJING, Dec. 6 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference closed Sunday. By the "
        "numbers:\n\n"
        "634 -- exhibitors\n"
        "97 -- projects signed\n"
        "86.2 billion yuan -- investment in those projects\n"
        "153,000 -- visitors"),
    doc("2026-12-08", "Nanjing conference's legacy",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference drew 155,000 visitors, organizers said in a "
        "final count on Tuesday, and 634 exhibitors."),
]
GOLD_WIMC26_NUMBERS_FIRST_BLIND = {
    (0, 634, "count"): "new", (0, 97, "count"): "new", (0, 86.2 * B, "CNY"): "new", (0, 153000, "count"): "new",
    (1, 155000, "count"): "changed:conflict", (1, 634, "count"): "known",
}



# a feature quoting an exhibitor's own sales at the event
STORY_WMC26_EXHIBITOR_SALES_BLIND = [
    doc("2026-09-22", "Robot maker's big week",
        "HEFEI -- Efort, an Anhui robot maker, said it had taken orders worth 320 million yuan at the 2026 World "
        "Manufacturing Convention, with 1,100 robots sold, by Monday."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with 612 projects signed worth 508.6 billion yuan."),
]
GOLD_WMC26_EXHIBITOR_SALES_BLIND = {
    (0, 320e6, "CNY"): "new", (0, 1100, "count"): "new",
    (1, 612, "count"): "new", (1, 508.6 * B, "CNY"): "new",
}



# a preview giving last edition's figures as the baseline, no year named
STORY_WIMC26_PREVIEW_BASELINE_BLIND = [
    doc("2025-12-01", "Nanjing conference closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed with 588 exhibitors and 86 projects "
        "signed."),
    doc("2026-11-20", "Nanjing prepares bigger conference",
        "NANJING -- The World Intelligent Manufacturing Conference returns on Dec. 4. The previous edition had 588 "
        "exhibitors; this one is expected to top 600, and about 90 projects are set to be signed."),
]
GOLD_WIMC26_PREVIEW_BASELINE_BLIND = {
    (0, 588, "count"): "new", (0, 86, "count"): "new",
    (1, 588, "count"): "known", (1, 600, "count"): "skip", (1, 90, "count"): "skip",
}



# a Chinese round-up with 达 and 逾 and a comparison with the last edition's count
STORY_WMC26_ZH_DA_YU_BLIND = [
    doc("2026-09-21", "制造业大会首日人气旺",
        "中新网合肥9月21日电 2026世界制造业大会20日开幕，首日入场观众达6.2万人次，参展企业逾1200家。"),
    doc("2026-09-25", "制造业大会闭幕 观众26.8万人次",
        "中新网合肥9月25日电 2026世界制造业大会24日闭幕，参展企业1263家，较上届增加161家；入场观众26.8万人次。"),
]
GOLD_WMC26_ZH_DA_YU_BLIND = {
    (0, 62000, "count"): "new", (0, 1200, "count"): "new",
    (1, 1263, "count"): "changed:refined", (1, 161, "count"): "skip", (1, 268000, "count"): "new",
}



# the World Manufacturing Forum (Italy) in a story that also cites the Hefei convention
STORY_WMC26_FORUM_ITALY_BLIND = [
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday with 1,263 exhibitors."),
    doc("2026-10-02", "Global manufacturing meetings compared",
        "The World Manufacturing Forum in Cernobbio, Italy, drew 1,000 participants this week. Last month's World "
        "Manufacturing Convention in Hefei, by contrast, had 1,263 exhibitors and 268,000 visitors."),
]
GOLD_WMC26_FORUM_ITALY_BLIND = {
    (0, 1263, "count"): "new",
    (1, 1000, "count"): "skip", (1, 1263, "count"): "known", (1, 268000, "count"): "new",
}



# a story on both Chinese events in one year
STORY_BOTH26_TWO_EVENTS_BLIND = [
    doc("2026-09-24", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with 612 projects signed and 1,263 exhibitors."),
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with 97 projects signed and 634 "
        "exhibitors."),
    doc("2026-12-20", "China's two big manufacturing shows",
        "BEIJING -- China's two flagship manufacturing events drew record crowds this year. The World Manufacturing "
        "Convention in Hefei signed 612 projects and had 1,263 exhibitors; the World Intelligent Manufacturing "
        "Conference in Nanjing signed 97 projects with 640 exhibitors."),
]
GOLD_BOTH26_TWO_EVENTS_BLIND = {
    (0, 612, "count"): "new", (0, 1263, "count"): "new",
    (1, 97, "count"): "new", (1, 634, "count"): "new",
    (2, 612, "count"): "skip", (2, 1263, "count"): "skip", (2, 97, "count"): "skip", (2, 640, "count"): "skip",
}



# Mobile World Congress and an acronym-only mention
STORY_WMC26_MWC_ACRONYM_BLIND = [
    doc("2026-09-21", "Hefei convention opens",
        "HEFEI -- The 2026 World Manufacturing Convention (WMC) opened on Saturday with 1,236 exhibitors."),
    doc("2026-09-23", "Chipmakers look to Shanghai",
        "SHANGHAI -- At MWC Shanghai, 400 exhibitors showed 5G gear. Many of the same chipmakers were also at WMC in "
        "Hefei this week, which has 1,236 exhibitors."),
]
GOLD_WMC26_MWC_ACRONYM_BLIND = {
    (0, 1236, "count"): "new",
    (1, 400, "count"): "skip", (1, 1236, "count"): "known",
}



STORY_WMC26_RELEASE_PARTS_BLIND = [
    doc("2026-09-19", "WMC 2026 to Open with Record Exhibition",
        "HEFEI, China, Sept. 19, 2026 /PRNewswire/ -- WMC 2026 opens tomorrow in Hefei. The WMC Expo will occupy 11 "
        "halls totaling 80,000 square meters, while the International Pavilion alone spans 12,000 square meters and "
        "hosts 140 companies from 30 countries and regions."),
    doc("2026-09-24", "WMC 2026 Concludes",
        "HEFEI, China, Sept. 24, 2026 /PRNewswire/ -- WMC 2026 concluded today. Its expo hosted 1,263 exhibitors from "
        "41 countries and regions, including 148 in the International Pavilion."),
]
GOLD_WMC26_RELEASE_PARTS_BLIND = {
    (0, 11, "count"): "new", (0, 80000, "m2"): "new", (0, 12000, "m2"): "new", (0, 140, "count"): "new",
    (0, 30, "count"): "new",
    (1, 1263, "count"): "new", (1, 41, "count"): "new", (1, 148, "count"): "new",
}



STORY_WIMC26_RELEASE_SUBFORUMS_BLIND = [
    doc("2026-12-03", "WIMC 2026 Agenda Announced",
        "NANJING, China, Dec. 3, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference will "
        "feature a main forum, 16 parallel forums and 6 industry matchmaking events, with more than 200 speakers."),
    doc("2026-12-06", "WIMC 2026 Wraps Up",
        "NANJING, China, Dec. 6, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference wrapped up "
        "after a main forum, 17 parallel forums and 6 matchmaking events, with 236 speakers taking the stage."),
]
GOLD_WIMC26_RELEASE_SUBFORUMS_BLIND = {
    (0, 16, "count"): "new", (0, 6, "count"): "new", (0, 200, "count"): "new",
    (1, 17, "count"): "changed:conflict", (1, 6, "count"): "known", (1, 236, "count"): "changed:refined",
}



STORY_WMC26_RELEASE_LAUNCHES_BLIND = [
    doc("2026-09-21", "Over 300 New Products Debut at WMC 2026",
        "HEFEI, China, Sept. 21, 2026 /PRNewswire/ -- More than 300 new products have made their debut at the 2026 "
        "World Manufacturing Convention, including 86 world premieres."),
    doc("2026-09-24", "WMC 2026 Concludes",
        "HEFEI, China, Sept. 24, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention concluded with 436 new "
        "products launched, 104 of them world premieres."),
]
GOLD_WMC26_RELEASE_LAUNCHES_BLIND = {
    (0, 300, "count"): "new", (0, 86, "count"): "new",
    (1, 436, "count"): "changed:refined", (1, 104, "count"): "changed:conflict",
}



STORY_WMC26_ZH_CITIES_BLIND = [
    doc("2026-09-22", "各市在制造业大会上签约",
        "安徽日报讯 2026世界制造业大会期间，合肥市签约项目156个、总投资1380亿元，芜湖市签约项目64个、总投资520亿元，"
        "蚌埠市签约项目41个。"),
    doc("2026-09-25", "制造业大会闭幕",
        "安徽日报讯 2026世界制造业大会闭幕，全省共签约项目612个，总投资5086亿元。"),
]
GOLD_WMC26_ZH_CITIES_BLIND = {
    (0, 156, "count"): "new", (0, 138 * B, "CNY"): "new", (0, 64, "count"): "new", (0, 52 * B, "CNY"): "new",
    (0, 41, "count"): "new",
    (1, 612, "count"): "new", (1, 508.6 * B, "CNY"): "new",
}



STORY_WIMC26_ZH_FROM_COUNTRIES_BLIND = [
    doc("2026-12-04", "智能制造大会开幕",
        "新华社南京12月4日电 2026世界智能制造大会4日开幕，共有来自28个国家和地区的600余家企业参展。"),
    doc("2026-12-06", "智能制造大会闭幕",
        "新华社南京12月6日电 2026世界智能制造大会6日闭幕。本届大会共有来自30个国家和地区的634家企业参展。"),
]
GOLD_WIMC26_ZH_FROM_COUNTRIES_BLIND = {
    (0, 28, "count"): "new", (0, 600, "count"): "new",
    (1, 30, "count"): "changed:conflict", (1, 634, "count"): "changed:refined",
}



STORY_WMC26_ZH_ZHUANCHANG_BLIND = [
    doc("2026-09-21", "制造业大会专场签约",
        "合肥日报讯 21日，2026世界制造业大会新能源汽车产业专场对接会举行，现场签约项目23个，总投资186亿元。"),
    doc("2026-09-22", "制造业大会集成电路专场",
        "合肥日报讯 22日，2026世界制造业大会集成电路产业专场活动现场签约项目18个。"),
    doc("2026-09-25", "制造业大会闭幕",
        "合肥日报讯 2026世界制造业大会闭幕，大会共签约项目612个。"),
]
GOLD_WMC26_ZH_ZHUANCHANG_BLIND = {
    (0, 23, "count"): "new", (0, 18.6 * B, "CNY"): "new",
    (1, 18, "count"): "new",
    (2, 612, "count"): "new",
}



STORY_WMC26_HYBRID_EXHIBITORS_BLIND = [
    doc("2026-09-20", "Convention opens online and offline",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Saturday, with 1,236 companies exhibiting at the "
        "venue and another 2,100 on its cloud platform."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday. Offline, 1,263 companies exhibited; "
        "online, 2,240."),
]
GOLD_WMC26_HYBRID_EXHIBITORS_BLIND = {
    (0, 1236, "count"): "new", (0, 2100, "count"): "new",
    (1, 1263, "count"): "changed:conflict", (1, 2240, "count"): "changed:conflict",
}



STORY_WIMC26_CLOUD_VISITS_BLIND = [
    doc("2026-12-05", "Cloud exhibition popular",
        "NANJING -- The cloud exhibition of the 2026 World Intelligent Manufacturing Conference has received 4.6 "
        "million visits since it went online on Thursday."),
    doc("2026-12-07", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Sunday. Its halls received 153,000 "
        "visitors and its cloud exhibition 7.9 million visits."),
]
GOLD_WIMC26_CLOUD_VISITS_BLIND = {
    (0, 4.6e6, "count"): "new",
    (1, 153000, "count"): "new", (1, 7.9e6, "count"): "changed:refined",
}



STORY_WMC26_LIVESTREAM_VIEWERS_BLIND = [
    doc("2026-09-20", "Opening watched online",
        "HEFEI -- About 2.3 million people watched the opening ceremony of the 2026 World Manufacturing Convention "
        "online on Saturday."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Thursday. Its livestreams drew 18.6 million "
        "viewers in all."),
]
GOLD_WMC26_LIVESTREAM_VIEWERS_BLIND = {
    (0, 2.3e6, "count"): "new",
    (1, 18.6e6, "count"): "new",
}



STORY_WMC26_QUALIFIERS_BLIND = [
    doc("2026-09-19", "Convention eve",
        "HEFEI -- No fewer than 1,200 companies will exhibit at the 2026 World Manufacturing Convention, and the "
        "exhibition covers in excess of 75,000 square meters."),
    doc("2026-09-21", "Convention busy",
        "HEFEI -- Just shy of 1,250 companies are exhibiting at the 2026 World Manufacturing Convention, which covers "
        "a little over 80,000 square meters."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with an estimated 268,000 visitors and 1,263 "
        "exhibitors across 80,400 square meters."),
]
GOLD_WMC26_QUALIFIERS_BLIND = {
    (0, 1200, "count"): "new", (0, 75000, "m2"): "new",
    (1, 1250, "count"): "changed:refined", (1, 80000, "m2"): "changed:refined",
    (2, 268000, "count"): "new", (2, 1263, "count"): "changed:conflict", (2, 80400, "m2"): "changed:refined",
}



STORY_WIMC26_QUALIFIERS_BLIND = [
    doc("2026-12-03", "Conference preview",
        "NANJING -- Upwards of 600 companies and north of 3,000 guests are taking part in the 2026 World Intelligent "
        "Manufacturing Conference, which runs for three days."),
    doc("2026-12-06", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with 634 companies and just under "
        "3,300 guests."),
]
GOLD_WIMC26_QUALIFIERS_BLIND = {
    (0, 600, "count"): "new", (0, 3000, "count"): "new", (0, 3, "day"): "new",
    (1, 634, "count"): "changed:refined", (1, 3300, "count"): "changed:refined",
}



STORY_WMC26_ZH_TRAD_HK_BLIND = [
    doc("2026-09-21", "世界製造業大會合肥開幕",
        "香港商報訊 2026世界製造業大會20日在合肥開幕，逾1200家企業參展，開幕式上簽約項目138個，總投資1162億元人民幣。"),
    doc("2026-09-25", "世界製造業大會閉幕 簽約612個項目",
        "香港商報訊 2026世界製造業大會24日閉幕，參展企業1263家，簽約項目612個，總投資5086億元人民幣，"
        "入場觀眾26.8萬人次。"),
]
GOLD_WMC26_ZH_TRAD_HK_BLIND = {
    (0, 1200, "count"): "new", (0, 138, "count"): "new", (0, 116.2 * B, "CNY"): "new",
    (1, 1263, "count"): "changed:refined", (1, 612, "count"): "new", (1, 508.6 * B, "CNY"): "new",
    (1, 268000, "count"): "new",
}



STORY_WIMC26_ZH_TRAD_TW_BLIND = [
    doc("2026-12-05", "世界智能製造大會南京登場",
        "中央社南京5日電 2026世界智能製造大會4日在南京登場，展覽面積5.2萬平方公尺，600多家企業參展。"),
    doc("2026-12-07", "世界智能製造大會落幕",
        "中央社南京7日電 2026世界智能製造大會6日落幕，共634家企業參展，簽約項目97個。"),
]
GOLD_WIMC26_ZH_TRAD_TW_BLIND = {
    (0, 52000, "m2"): "new", (0, 600, "count"): "new",
    (1, 634, "count"): "changed:refined", (1, 97, "count"): "new",
}



STORY_WMC26_AGREEMENT_KINDS_BLIND = [
    doc("2026-09-21", "Deals at convention",
        "HEFEI -- On the second day of the 2026 World Manufacturing Convention, 32 memorandums of understanding and "
        "18 strategic cooperation agreements were signed."),
    doc("2026-09-24", "Convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed with 612 projects signed. Companies also signed 45 "
        "memorandums of understanding over the five days."),
]
GOLD_WMC26_AGREEMENT_KINDS_BLIND = {
    (0, 32, "count"): "new", (0, 18, "count"): "new",
    (1, 612, "count"): "new", (1, 45, "count"): "new", (1, 5, "day"): "new",
}



STORY_WIMC26_TRADE_VISITORS_BLIND = [
    doc("2026-12-05", "Trade visitors at Nanjing",
        "NANJING -- Trade visitors made up about 60 percent of the 102,000 people who had visited the 2026 World "
        "Intelligent Manufacturing Conference by Saturday evening."),
    doc("2026-12-07", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with 153,000 visitors, including "
        "91,000 trade visitors."),
]
GOLD_WIMC26_TRADE_VISITORS_BLIND = {
    (0, 60, "percent"): "new", (0, 102000, "count"): "new",
    (1, 153000, "count"): "changed:refined", (1, 91000, "count"): "new",
}



STORY_WMC26_ZH_YIXIANG_BLIND = [
    doc("2026-09-22", "制造业大会达成意向",
        "合肥日报讯 2026世界制造业大会开幕以来，展会现场达成采购意向金额32亿元，意向签约项目56个。"),
    doc("2026-09-25", "制造业大会闭幕",
        "合肥日报讯 2026世界制造业大会闭幕，正式签约项目612个，达成采购意向金额68亿元。"),
]
GOLD_WMC26_ZH_YIXIANG_BLIND = {
    (0, 3.2 * B, "CNY"): "new", (0, 56, "count"): "new",
    (1, 612, "count"): "new", (1, 6.8 * B, "CNY"): "changed:refined",
}



STORY_WIMC26_EXPO_AREA_HALLS_BLIND = [
    doc("2026-12-02", "Nanjing conference halls ready",
        "NANJING -- Six halls of the Nanjing International Expo Center, with a combined 52,000 square meters, will host "
        "the exhibition of the 2026 World Intelligent Manufacturing Conference."),
    doc("2026-12-06", "Conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed with an exhibition of 55,000 square "
        "meters across seven halls."),
]
GOLD_WIMC26_EXPO_AREA_HALLS_BLIND = {
    (0, 6, "count"): "new", (0, 52000, "m2"): "new",
    (1, 55000, "m2"): "changed:conflict", (1, 7, "count"): "changed:conflict",
}



STORY_WMC26_ZH_GUESTS_ONLINE_BLIND = [
    doc("2026-09-20", "制造业大会开幕",
        "新华社合肥9月20日电 2026世界制造业大会20日开幕，线下参会嘉宾约3000人，另有2000余名嘉宾通过视频连线参会。"),
    doc("2026-09-24", "制造业大会闭幕",
        "新华社合肥9月24日电 2026世界制造业大会24日闭幕，线下参会嘉宾3260人。"),
]
GOLD_WMC26_ZH_GUESTS_ONLINE_BLIND = {
    (0, 3000, "count"): "new", (0, 2000, "count"): "new",
    (1, 3260, "count"): "changed:refined",  # ("约3000" allows a tenth more)
}



STORY_WMC27_XINHUA_OPEN_CLOSE_BLIND = [
    doc("2027-09-20", "World Manufacturing Convention opens in Hefei",
        "HEFEI, Sept. 20 (Xinhua) -- The 2027 World Manufacturing Convention kicked off on Saturday in Hefei, capital "
        "of east China's Anhui Province, with over 1,000 companies from home and abroad showcasing their latest "
        "products. The four-day event features an exhibition area of 80,000 square meters. During the opening "
        "ceremony, 152 projects with a total investment of 168.2 billion yuan (about 23.6 billion U.S. dollars) "
        "were signed."),
    doc("2027-09-23", "World Manufacturing Convention concludes with 640 projects signed",
        "HEFEI, Sept. 23 (Xinhua) -- The 2027 World Manufacturing Convention concluded on Tuesday in Hefei, with 640 "
        "projects worth 594.6 billion yuan signed, according to the organizers. Some 1,130 companies exhibited at "
        "the event, including 312 Fortune Global 500 and leading firms. The convention attracted more than 210,000 "
        "visitors on site and 18.6 million online views."),
]
GOLD_WMC27_XINHUA_OPEN_CLOSE_BLIND = {
    (0, 1000, "count"): "new", (0, 80000, "m2"): "new", (0, 152, "count"): "new", (0, 4, "day"): "new",
    (0, 168.2 * B, "CNY"): "new", (0, 23.6 * B, "USD"): "new",
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 1130, "count"): "changed:refined",
    (1, 312, "count"): "new", (1, 210000, "count"): "new", (1, 18.6e6, "count"): "new",
}



STORY_WIMC27_PRN_RELEASE_REPRINT_BLIND = [
    doc("2027-11-28", "2027 World Intelligent Manufacturing Conference Opens in Nanjing",
        "NANJING, China, Nov. 28, 2027 /PRNewswire/ -- The 2027 World Intelligent Manufacturing Conference opened on "
        "November 27 at the Nanjing International Expo Center. Over 600 guests, among them 21 academicians of the "
        "Chinese Academy of Sciences and the Chinese Academy of Engineering, attended the opening plenary. The "
        "exhibition gathers 280 companies across 50,000 square meters."),
    doc("2027-11-29", "2027 World Intelligent Manufacturing Conference Opens in Nanjing",
        "NANJING, China, Nov. 28, 2027 /PRNewswire/ -- The 2027 World Intelligent Manufacturing Conference opened on "
        "November 27 at the Nanjing International Expo Center. Over 600 guests, among them 21 academicians of the "
        "Chinese Academy of Sciences and the Chinese Academy of Engineering, attended the opening plenary. The "
        "exhibition gathers 280 companies across 50,000 square meters."),
    doc("2027-11-30", "Smart manufacturing conference wraps up",
        "NANJING -- The World Intelligent Manufacturing Conference 2027 closed on Monday. Organizers said 286 companies "
        "had exhibited and that 65 projects with a combined investment of 41.2 billion yuan were signed during the "
        "three-day event."),
]
GOLD_WIMC27_PRN_RELEASE_REPRINT_BLIND = {
    (0, 600, "count"): "new", (0, 21, "count"): "new", (0, 280, "count"): "new", (0, 50000, "m2"): "new",
    (1, 600, "count"): "known", (1, 21, "count"): "known", (1, 280, "count"): "known", (1, 50000, "m2"): "known",
    (2, 286, "count"): "changed:conflict", (2, 65, "count"): "new", (2, 41.2 * B, "CNY"): "new",
    (2, 3, "day"): "new",
}



STORY_WMC27_GT_INTERVIEW_BLIND = [
    doc("2027-09-18", "Hefei gears up for manufacturing convention",
        "Hefei is preparing to host the 2027 World Manufacturing Convention from September 20 to 23. An official "
        "with the organizing committee told the Global Times that 1,050 companies have confirmed their attendance, "
        "about 30 percent of them from overseas, and that the convention would hold 16 forums and matchmaking "
        "sessions. Last year's convention signed 612 projects."),
    doc("2027-09-22", "Convention draws crowds",
        "Hefei's 2027 World Manufacturing Convention has so far welcomed 126,000 visitors, an organizer said on "
        "Monday. A total of 1,130 companies are taking part, and 18 forums have been held."),
]
GOLD_WMC27_GT_INTERVIEW_BLIND = {
    (0, 1050, "count"): "new", (0, 30, "percent"): "new", (0, 16, "count"): "new", (0, 612, "count"): "new",
    (1, 126000, "count"): "new", (1, 1130, "count"): "changed:conflict", (1, 18, "count"): "changed:conflict",
}



STORY_WMC27_ZH_PEOPLE_BLIND = [
    doc("2027-09-20", "2027世界制造业大会开幕",
        "人民网合肥9月20日电 20日上午，2027世界制造业大会在合肥开幕。本届大会展览面积8万平方米，参展企业1000余家，"
        "其中世界500强企业和行业领军企业300余家。开幕式上集中签约项目152个，总投资1682亿元。"),
    doc("2027-09-23", "2027世界制造业大会闭幕",
        "人民网合肥9月23日电 23日，2027世界制造业大会闭幕。大会期间共签约项目640个，总投资5946亿元；"
        "参展企业1130家；线下观众21.3万人次，线上浏览量1860万人次。"),
]
GOLD_WMC27_ZH_PEOPLE_BLIND = {
    (0, 80000, "m2"): "new", (0, 1000, "count"): "new", (0, 300, "count"): "new", (0, 152, "count"): "new",
    (0, 168.2 * B, "CNY"): "new",
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 1130, "count"): "changed:refined",
    (1, 213000, "count"): "new", (1, 18.6e6, "count"): "new",
}



STORY_WIMC27_CHINADAILY_FEATURE_BLIND = [
    doc("2027-11-29", "Robots steal the show at Nanjing conference",
        "Visitors to the 2027 World Intelligent Manufacturing Conference in Nanjing, Jiangsu province, lined up on "
        "Sunday to watch a humanoid robot pour tea. Its maker, a Suzhou startup founded in 2021 with 120 employees, "
        "brought six models to the show, three of them debuting. More than 40 humanoid robot makers are exhibiting "
        "this year, up from 25 last year, said Li Wei, deputy director of the organizing committee. Jiangsu is home "
        "to over 5,000 intelligent manufacturing companies, and its industrial output exceeded 18 trillion yuan in "
        "2026."),
]
GOLD_WIMC27_CHINADAILY_FEATURE_BLIND = {
    (0, 120, "count"): "new", (0, 6, "count"): "new", (0, 3, "count"): "new", (0, 40, "count"): "new",
    (0, 25, "count"): "new", (0, 5000, "count"): "new", (0, 18e12, "CNY"): "new",
}



STORY_WMC27_CGTN_PREVIEW_BLIND = [
    doc("2027-09-16", "What to expect at 2027 World Manufacturing Convention",
        "The 2027 World Manufacturing Convention will be held in Hefei from September 20 to 23. Organizers expect "
        "more than 1,000 enterprises to attend, including over 100 Fortune Global 500 companies. The exhibition "
        "will cover 80,000 square meters in 11 halls, with 9 themed zones ranging from new energy vehicles to "
        "quantum technology. At the 2026 convention, 612 projects worth 580.2 billion yuan were signed."),
    doc("2027-09-21", "Day one at WMC 2027",
        "Hefei -- On the first day of the 2027 World Manufacturing Convention, 152 projects were signed. Exhibitors "
        "numbered 1,062, among them 118 Fortune Global 500 companies, and nine exhibition zones were open to the "
        "public."),
]
GOLD_WMC27_CGTN_PREVIEW_BLIND = {
    (0, 1000, "count"): "new", (0, 100, "count"): "new", (0, 80000, "m2"): "new", (0, 11, "count"): "new",
    (0, 9, "count"): "new", (0, 612, "count"): "new", (0, 580.2 * B, "CNY"): "new",
    (1, 152, "count"): "new", (1, 1062, "count"): "new", (1, 118, "count"): "new", (1, 9, "count"): "known",
}



STORY_WIMC27_XINHUA_BRIEF_UPDATE_BLIND = [
    doc("2027-11-30", "Nanjing conference sees 65 projects signed",
        "NANJING, Nov. 30 (Xinhua) -- A total of 65 intelligent manufacturing projects, with a total investment of "
        "41.2 billion yuan, were signed at the 2027 World Intelligent Manufacturing Conference, which closed Monday "
        "in Nanjing."),
    doc("2027-12-01", "Nanjing conference sees 65 projects signed",
        "NANJING, Nov. 30 (Xinhua) -- A total of 65 intelligent manufacturing projects, with a total investment of "
        "41.2 billion yuan, were signed at the 2027 World Intelligent Manufacturing Conference, which closed Monday "
        "in Nanjing. The conference also released 12 typical application scenarios and 30 intelligent "
        "manufacturing solutions. (Updated: the total investment is 42.1 billion yuan, not 41.2 billion as "
        "previously reported.)"),
]
GOLD_WIMC27_XINHUA_BRIEF_UPDATE_BLIND = {
    (0, 65, "count"): "new", (0, 41.2 * B, "CNY"): "new",
    (1, 65, "count"): "known", (1, 12, "count"): "new", (1, 30, "count"): "new",
    (1, 42.1 * B, "CNY"): "changed:conflict",
}



STORY_WMC27_ZH_SITE_NEWS_BLIND = [
    doc("2027-09-21", "大会首日：签约项目152个",
        "9月20日，2027世界制造业大会开幕首日，现场签约项目152个，总投资1682亿元，其中外资项目21个。"
        "首日共有观众4.6万人次入场参观。"),
    doc("2027-09-22", "大会第二天：观众突破10万人次",
        "截至9月21日18时，2027世界制造业大会累计入场观众突破10万人次，线上直播观看量超过800万人次。"),
    doc("2027-09-24", "2027世界制造业大会圆满闭幕",
        "9月23日下午，2027世界制造业大会圆满闭幕。大会共签约项目640个，总投资5946亿元，其中外资项目68个；"
        "累计入场观众21.3万人次；线上直播观看量1860万人次。"),
]
GOLD_WMC27_ZH_SITE_NEWS_BLIND = {
    (0, 152, "count"): "new", (0, 168.2 * B, "CNY"): "new", (0, 21, "count"): "new", (0, 46000, "count"): "new",
    (1, 100000, "count"): "new", (1, 8e6, "count"): "new",
    (2, 640, "count"): "new", (2, 594.6 * B, "CNY"): "new", (2, 68, "count"): "new",
    (2, 213000, "count"): "changed:refined", (2, 18.6e6, "count"): "changed:refined",
}



STORY_WIMC27_GT_NUMBERS_BLIND = [
    doc("2027-11-27", "Nanjing conference by the numbers",
        "The 2027 World Intelligent Manufacturing Conference opens in Nanjing on Saturday. Here is the event in "
        "numbers. Exhibitors: 280. Exhibition area: 50,000 square meters. Forums: 1 main forum and 14 parallel "
        "forums. Guests expected: about 2,000."),
    doc("2027-11-30", "Smart manufacturing conference closes",
        "The 2027 World Intelligent Manufacturing Conference closed in Nanjing on Monday after hosting 286 exhibitors "
        "and 15 parallel forums attended by 2,300 guests."),
]
GOLD_WIMC27_GT_NUMBERS_BLIND = {
    (0, 280, "count"): "new", (0, 50000, "m2"): "new", (0, 1, "count"): "new", (0, 14, "count"): "new",
    (0, 2000, "count"): "new",
    (1, 286, "count"): "changed:conflict", (1, 15, "count"): "changed:conflict", (1, 2300, "count"): "new",
}



STORY_WMC28_LOOKBACK_BLIND = [
    doc("2028-03-10", "Anhui reports on projects from 2027 manufacturing convention",
        "HEFEI -- Of the 640 projects signed at the 2027 World Manufacturing Convention, 521 have started "
        "construction and 403 have been completed, with actual investment of 302.5 billion yuan, the provincial "
        "department of commerce said on Monday."),
]
GOLD_WMC28_LOOKBACK_BLIND = {
    (0, 640, "count"): "new", (0, 521, "count"): "new", (0, 403, "count"): "new", (0, 302.5 * B, "CNY"): "new",
}



STORY_WMC27_PRN_MULTI_REPRINT_BLIND = [
    doc("2027-09-24", "2027 World Manufacturing Convention Closes with 640 Projects Worth RMB 594.6 Billion",
        "HEFEI, China, Sept. 24, 2027 /PRNewswire/ -- The 2027 World Manufacturing Convention (WMC 2027) closed on "
        "September 23 in Hefei. Over four days, the convention hosted 1,130 exhibitors from 32 countries and "
        "regions, welcomed 213,000 visitors and signed 640 projects with a total investment of RMB 594.6 billion. "
        "Since its debut in 2018, the convention has signed 4,591 projects."),
    doc("2027-09-25", "2027 World Manufacturing Convention Closes with 640 Projects Worth RMB 594.6 Billion",
        "HEFEI, China, Sept. 24, 2027 /PRNewswire/ -- The 2027 World Manufacturing Convention (WMC 2027) closed on "
        "September 23 in Hefei. Over four days, the convention hosted 1,130 exhibitors from 32 countries and "
        "regions, welcomed 213,000 visitors and signed 640 projects with a total investment of RMB 594.6 billion. "
        "Since its debut in 2018, the convention has signed 4,591 projects."),
    doc("2027-09-26", "Manufacturing convention closes, 640 deals",
        "The World Manufacturing Convention 2027 ended in Hefei with 640 projects signed, worth a combined 594.6 "
        "billion yuan. Exhibitors came from 33 countries and regions, organizers said in a revised tally."),
]
GOLD_WMC27_PRN_MULTI_REPRINT_BLIND = {
    (0, 640, "count"): "new", (0, 594.6 * B, "CNY"): "new", (0, 4, "day"): "new", (0, 1130, "count"): "new",
    (0, 32, "count"): "new", (0, 213000, "count"): "new", (0, 4591, "count"): "new",
    (1, 640, "count"): "known", (1, 594.6 * B, "CNY"): "known", (1, 4, "day"): "known", (1, 1130, "count"): "known",
    (1, 32, "count"): "known", (1, 213000, "count"): "known", (1, 4591, "count"): "known",
    (2, 640, "count"): "known", (2, 594.6 * B, "CNY"): "known", (2, 33, "count"): "changed:conflict",
}



STORY_WIMC27_ZH_JSNEWS_BLIND = [
    doc("2027-11-27", "2027世界智能制造大会在南京开幕",
        "交汇点讯 11月27日，2027世界智能制造大会在南京国际博览中心开幕。本届大会以“智造新未来”为主题，"
        "设置1场开幕式、1场主论坛和16场平行论坛，展览面积5万平方米，280家企业参展。"),
    doc("2027-11-30", "2027世界智能制造大会闭幕",
        "交汇点讯 11月29日，2027世界智能制造大会闭幕。大会期间，共举办17场平行论坛，286家企业参展，"
        "集中签约项目65个，总投资412亿元。"),
]
GOLD_WIMC27_ZH_JSNEWS_BLIND = {
    (0, 1, "count"): "new", (0, 16, "count"): "new", (0, 50000, "m2"): "new", (0, 280, "count"): "new",
    (1, 17, "count"): "changed:conflict", (1, 286, "count"): "changed:conflict", (1, 65, "count"): "new",
    (1, 41.2 * B, "CNY"): "new",
}



STORY_WMC27_ECONOMIC_DAILY_BLIND = [
    doc("2027-09-22", "Manufacturing convention showcases Anhui's rise",
        "Anhui's manufacturing added value rose 9.2 percent last year, and the province now produces one in every "
        "ten new energy vehicles made in China. At this week's World Manufacturing Convention, more than 180 "
        "auto and parts makers are on show, and Hefei alone signed 76 projects worth 82 billion yuan on Sunday."),
    doc("2027-09-24", "Convention closes",
        "The World Manufacturing Convention closed on Tuesday with 640 projects signed. Hefei accounted for 198 "
        "of them."),
]
GOLD_WMC27_ECONOMIC_DAILY_BLIND = {
    (0, 9.2, "percent"): "new", (0, 180, "count"): "new", (0, 76, "count"): "new", (0, 82 * B, "CNY"): "new",
    (1, 640, "count"): "new", (1, 198, "count"): "new",
}



STORY_WIMC27_CGTN_LIVE_BLIND = [
    doc("2027-11-27", "Live: World Intelligent Manufacturing Conference opens",
        "09:30 The 2027 World Intelligent Manufacturing Conference opens in Nanjing. "
        "10:15 Organizers say about 280 companies are exhibiting. "
        "11:40 Twenty projects worth 15.6 billion yuan have been signed at the opening ceremony."),
    doc("2027-11-28", "Live: Day two at the conference",
        "10:00 Nanjing -- Another 22 projects were signed this morning, bringing the total to 42. "
        "16:20 The exhibition has received 38,000 visitors so far."),
]
GOLD_WIMC27_CGTN_LIVE_BLIND = {
    (0, 280, "count"): "new", (0, 20, "count"): "new", (0, 15.6 * B, "CNY"): "new",
    # (the second page names no event: none of its figures is the conference's)
}



STORY_WMC27_HEADLINE_USD_BLIND = [
    doc("2027-09-23", "WMC 2027 inks 640 deals worth $83.4b",
        "HEFEI -- The 2027 World Manufacturing Convention has seen 640 projects signed with a total value of RMB "
        "594.6 billion ($83.4 billion), organizers said on Tuesday. More than 5,000 guests from 40-plus countries "
        "and regions attended the convention."),
    doc("2027-09-25", "Convention deals near 600 billion yuan",
        "Deals signed at this year's World Manufacturing Convention in Hefei were worth nearly 600 billion yuan, "
        "according to the Anhui provincial government. The number of overseas exhibitors rose 20 percent year on "
        "year to 180."),
]
GOLD_WMC27_HEADLINE_USD_BLIND = {
    (0, 640, "count"): "new", (0, 83.4 * B, "USD"): "new", (0, 594.6 * B, "CNY"): "new", (0, 5000, "count"): "new",
    (0, 40, "count"): "new",
    (1, 600 * B, "CNY"): "known", (1, 20, "percent"): "new", (1, 180, "count"): "new",
}



STORY_WIMC27_XINHUA_ZH_BLIND = [
    doc("2027-11-27", "2027世界智能制造大会开幕",
        "新华社南京11月27日电（记者王明）2027世界智能制造大会27日在南京开幕。来自20多个国家和地区的1500余名嘉宾参会，"
        "其中两院院士25位。大会展览面积约5万平方米，吸引280家企业参展。"),
    doc("2027-11-29", "智能制造大会签约65个项目",
        "新华社南京11月29日电 记者从2027世界智能制造大会组委会获悉，大会共签约重大项目65个，总投资412亿元。"
        "参会嘉宾总数达2300人，参展企业286家。"),
]
GOLD_WIMC27_XINHUA_ZH_BLIND = {
    (0, 20, "count"): "new", (0, 1500, "count"): "new", (0, 25, "count"): "new", (0, 50000, "m2"): "new",
    (0, 280, "count"): "new",
    (1, 65, "count"): "new", (1, 41.2 * B, "CNY"): "new", (1, 2300, "count"): "changed:refined",
    (1, 286, "count"): "changed:conflict",
}



STORY_WMC27_CHINADAILY_REGIONAL_BLIND = [
    doc("2027-09-22", "Overseas firms flock to Hefei",
        "At the 2027 World Manufacturing Convention, which runs through Tuesday in Hefei, overseas exhibitors "
        "account for about 16 percent of the 1,130 on show. German companies alone number 38, while the Japanese "
        "pavilion hosts 24 firms. In total, 180 overseas companies from 32 countries and regions are present."),
]
GOLD_WMC27_CHINADAILY_REGIONAL_BLIND = {
    (0, 16, "percent"): "new", (0, 1130, "count"): "new", (0, 38, "count"): "new", (0, 24, "count"): "new",
    (0, 180, "count"): "new", (0, 32, "count"): "new",
}



STORY_WIMC27_GT_BRIEF_SERIES_BLIND = [
    doc("2027-11-28", "Smart manufacturing conference opens",
        "The 2027 World Intelligent Manufacturing Conference opened in Nanjing on Saturday. Since it was first held "
        "in 2016, the conference has attracted more than 3,000 exhibitors and seen 720 projects signed. This year's "
        "edition brings together about 280 exhibitors."),
    doc("2027-12-01", "Conference ends",
        "The 2027 World Intelligent Manufacturing Conference ended on Monday in Nanjing, bringing the number of "
        "projects signed at the conference since 2016 to 785."),
]
GOLD_WIMC27_GT_BRIEF_SERIES_BLIND = {
    (0, 3000, "count"): "new", (0, 720, "count"): "new", (0, 280, "count"): "new",
    (1, 785, "count"): "changed:conflict",
}



STORY_WMC27_XINHUA_FEATURE_AI_BLIND = [
    doc("2027-09-21", "Feature: AI-powered factories on show at World Manufacturing Convention",
        "HEFEI, Sept. 21 (Xinhua) -- A robotic arm sorts parcels at a speed of 3,600 pieces per hour at the booth of "
        "a Hefei logistics company, one of more than 1,000 exhibitors at the 2027 World Manufacturing Convention. "
        "\"We received 30 inquiries on the first day,\" said Zhang Lei, the company's sales manager. According to "
        "the organizers, more than 260 new products and technologies are being released at the convention, which "
        "runs until Tuesday."),
    doc("2027-09-24", "World Manufacturing Convention closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2027 World Manufacturing Convention closed on Tuesday. During the event, "
        "1,130 exhibitors showed their products, and 286 new products and technologies were released."),
]
GOLD_WMC27_XINHUA_FEATURE_AI_BLIND = {
    (0, 3600, "count"): "new", (0, 1000, "count"): "new", (0, 30, "count"): "new", (0, 260, "count"): "new",
    (1, 1130, "count"): "changed:refined", (1, 286, "count"): "changed:refined",
}



STORY_WIMC27_PEOPLE_EN_BLIND = [
    doc("2027-11-29", "Nanjing hosts intelligent manufacturing conference",
        "(People's Daily Online) 10:21, November 29, 2027 The 2027 World Intelligent Manufacturing Conference kicked "
        "off in Nanjing, east China's Jiangsu Province, on Nov. 27. Centering on the theme of intelligent "
        "manufacturing, the three-day conference features one opening ceremony, one main forum, 16 parallel forums "
        "and an exhibition covering 50,000 square meters. Over 1,500 guests, including 25 academicians, attended."),
    doc("2027-12-02", "Intelligent manufacturing conference yields fruitful results",
        "(People's Daily Online) 16:05, December 02, 2027 The 2027 World Intelligent Manufacturing Conference "
        "concluded in Nanjing on Nov. 29 with 65 projects signed, involving a total investment of 41.2 billion "
        "yuan. A total of 2,300 guests, including 27 academicians, took part."),
]
GOLD_WIMC27_PEOPLE_EN_BLIND = {
    (0, 3, "day"): "new", (0, 16, "count"): "new", (0, 50000, "m2"): "new",
    (0, 1500, "count"): "new", (0, 25, "count"): "new",
    (1, 65, "count"): "new", (1, 41.2 * B, "CNY"): "new", (1, 2300, "count"): "changed:refined",
    (1, 27, "count"): "changed:conflict",
}



STORY_WMC27_ZH_ANHUI_DAILY_BLIND = [
    doc("2027-09-19", "世界制造业大会明日开幕",
        "本报讯 2027世界制造业大会将于9月20日至23日在合肥举办。据介绍，本届大会预计参展企业超过1000家，"
        "设置9大展区，展览面积8万平方米，将举办16场论坛活动。"),
    doc("2027-09-24", "2027世界制造业大会成果丰硕",
        "本报讯 9月23日，2027世界制造业大会落下帷幕。大会期间，1130家企业参展，举办论坛活动18场，"
        "签约项目640个，总投资5946亿元，较上届增长2.5%。"),
]
GOLD_WMC27_ZH_ANHUI_DAILY_BLIND = {
    (0, 1000, "count"): "new", (0, 9, "count"): "new", (0, 80000, "m2"): "new", (0, 16, "count"): "new",
    (1, 1130, "count"): "new", (1, 18, "count"): "changed:conflict", (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new",
    (1, 2.5, "percent"): "new",
}



STORY_WMC27_GT_OPINION_NUMBERS_BLIND = [
    doc("2027-09-22", "Hefei's manufacturing convention shows China's resilience",
        "This year's World Manufacturing Convention in Hefei, which opened on Saturday, brought together over "
        "1,100 companies, and by Monday afternoon 498 projects had been signed. Western media that predicted a "
        "slowdown should look at these numbers: foreign-invested projects alone reached 52, up from 41 a year "
        "earlier."),
    doc("2027-09-24", "Convention wraps up",
        "The World Manufacturing Convention 2027 wrapped up in Hefei on Tuesday with 640 projects signed, 68 of "
        "them foreign-invested."),
]
GOLD_WMC27_GT_OPINION_NUMBERS_BLIND = {
    (0, 1100, "count"): "new", (0, 498, "count"): "new", (0, 52, "count"): "new", (0, 41, "count"): "new",
    (1, 640, "count"): "changed:refined", (1, 68, "count"): "changed:refined",
}



STORY_WIMC27_CHINADAILY_JIANGSU_BLIND = [
    doc("2027-11-26", "Jiangsu to showcase smart factories at Nanjing conference",
        "Jiangsu province will showcase 50 smart factories and 120 smart workshops at the 2027 World Intelligent "
        "Manufacturing Conference, which opens in Nanjing on Saturday. The province has so far built 2,600 "
        "provincial-level smart workshops. About 280 companies will exhibit at the conference, the organizing "
        "committee said."),
    doc("2027-11-28", "Conference opens",
        "The 2027 World Intelligent Manufacturing Conference opened on Saturday in Nanjing with 283 companies "
        "exhibiting and 1,600 guests attending, among them 400 from overseas."),
]
GOLD_WIMC27_CHINADAILY_JIANGSU_BLIND = {
    (0, 50, "count"): "new", (0, 120, "count"): "new", (0, 2600, "count"): "new", (0, 280, "count"): "new",
    (1, 283, "count"): "changed:refined", (1, 1600, "count"): "new", (1, 400, "count"): "new",
}



STORY_WMC27_ZH_CCTV_BLIND = [
    doc("2027-09-20", "直击2027世界制造业大会",
        "央视网消息：今天（9月20日），2027世界制造业大会在安徽合肥开幕。记者在现场看到，本届大会共设置9个展区，"
        "有来自32个国家和地区的1100余家企业参展，其中境外企业180家。"),
    doc("2027-09-23", "世界制造业大会闭幕 签约项目640个",
        "央视网消息：2027世界制造业大会今天（9月23日）在合肥闭幕。四天时间里，大会共签约项目640个，"
        "总投资5946亿元。共有1130家企业参展，其中境外企业186家。"),
]
GOLD_WMC27_ZH_CCTV_BLIND = {
    (0, 9, "count"): "new", (0, 32, "count"): "new", (0, 1100, "count"): "new", (0, 180, "count"): "new",
    (1, 4, "day"): "new", (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 1130, "count"): "changed:refined",
    (1, 186, "count"): "changed:conflict",
}



STORY_WIMC27_CORRECTION_HEADLINE_BLIND = [
    doc("2027-11-30", "Nanjing conference signs 56 projects",
        "NANJING -- Fifty-six projects worth 38 billion yuan were signed at the closing of the 2027 World "
        "Intelligent Manufacturing Conference on Monday."),
    doc("2027-12-01", "Correction: Nanjing conference signs 65 projects",
        "NANJING -- In a story published on Nov 30, the number of projects signed at the 2027 World Intelligent "
        "Manufacturing Conference was misstated. The correct figure is 65 projects, with a total investment of "
        "41.2 billion yuan."),
]
GOLD_WIMC27_CORRECTION_HEADLINE_BLIND = {
    (0, 56, "count"): "new", (0, 38 * B, "CNY"): "new",
    (1, 65, "count"): "changed:conflict", (1, 41.2 * B, "CNY"): "changed:conflict",
}



STORY_WMC27_YOY_BLIND = [
    doc("2027-09-24", "Manufacturing convention draws record exhibitors",
        "HEFEI -- The 2027 World Manufacturing Convention attracted 1,130 exhibitors, up 6.6 percent from last "
        "year, the organizers said Wednesday. Signed projects totaled 640, with investment of CNY 594.6 billion, "
        "and over 90 percent of them are manufacturing projects."),
    doc("2027-09-25", "Manufacturing convention draws record exhibitors",
        "[Reprint] HEFEI -- The 2027 World Manufacturing Convention attracted 1,130 exhibitors, up 6.6 percent from "
        "last year, the organizers said Wednesday. Signed projects totaled 640, with investment of CNY 594.6 "
        "billion, and over 90 percent of them are manufacturing projects."),
]
GOLD_WMC27_YOY_BLIND = {
    (0, 1130, "count"): "new", (0, 6.6, "percent"): "new", (0, 640, "count"): "new", (0, 594.6 * B, "CNY"): "new",
    (0, 90, "percent"): "new",
    (1, 1130, "count"): "known", (1, 6.6, "percent"): "known", (1, 640, "count"): "known",
    (1, 594.6 * B, "CNY"): "known", (1, 90, "percent"): "known",
}



STORY_WIMC27_ZH_TRILLION_BLIND = [
    doc("2027-11-27", "江苏智能制造“成绩单”",
        "在2027世界智能制造大会上发布的数据显示，江苏省智能制造装备产业规模超过1.2万亿元，累计建成省级智能工厂"
        "320家、智能车间2600个。本届大会吸引280家企业参展。"),
    doc("2027-11-29", "2027世界智能制造大会闭幕",
        "2027世界智能制造大会29日闭幕。本届大会参展企业达286家，签约项目65个、总投资412亿元。"),
]
GOLD_WIMC27_ZH_TRILLION_BLIND = {
    (0, 1.2e12, "CNY"): "new", (0, 320, "count"): "new", (0, 2600, "count"): "new", (0, 280, "count"): "new",
    (1, 286, "count"): "changed:conflict", (1, 65, "count"): "new", (1, 41.2 * B, "CNY"): "new",
}



STORY_WMC27_REUTERS_STYLE_BLIND = [
    doc("2027-09-20", "China's Hefei hosts manufacturing fair as firms eye EV supply chain",
        "HEFEI, China, Sept 20 - More than 1,000 firms are showing products at the World Manufacturing Convention "
        "in the eastern Chinese city of Hefei this week, as the city that is home to electric vehicle makers NIO "
        "and BYD's largest plant pitches itself as a manufacturing hub. Hefei produced 1.4 million new energy "
        "vehicles last year, city officials said. On Saturday the city signed deals worth 168 billion yuan "
        "($23.6 billion), according to state media."),
]
GOLD_WMC27_REUTERS_STYLE_BLIND = {
    (0, 1000, "count"): "new", (0, 1.4e6, "count"): "new", (0, 168 * B, "CNY"): "new", (0, 23.6 * B, "USD"): "new",
}



STORY_WIMC27_SITE_EN_NEWS_BLIND = [
    doc("2027-11-20", "WIMC 2027 to open on November 27",
        "The 2027 World Intelligent Manufacturing Conference will be held at the Nanjing International Expo Center "
        "from November 27 to 29. The conference will comprise an opening ceremony, a main forum, 16 parallel "
        "forums, an expo and a series of matchmaking events. The expo is planned at 50,000 square meters."),
    doc("2027-11-30", "WIMC 2027 concludes",
        "The 2027 World Intelligent Manufacturing Conference concluded on November 29. Over three days, the expo "
        "covering 52,000 square meters received 286 exhibitors and 118,000 visits."),
]
GOLD_WIMC27_SITE_EN_NEWS_BLIND = {
    (0, 16, "count"): "new", (0, 50000, "m2"): "new",
    (1, 3, "day"): "new", (1, 52000, "m2"): "changed:conflict", (1, 286, "count"): "new", (1, 118000, "count"): "new",
}



STORY_WMC27_LONG_WIRE_BLIND = [
    doc("2027-09-23", "Across China: Hefei convention links global manufacturers",
        "HEFEI, Sept. 23 (Xinhua) -- When Hans Mueller, a German machine tool maker, first came to the World "
        "Manufacturing Convention in 2019, his company had two sales staff in China. Today it employs 85 people in "
        "Hefei.\n\n"
        "Mueller's company is one of 186 overseas exhibitors at this year's convention, which closes on Tuesday. "
        "The number of overseas exhibitors has grown every year, from 95 in 2019, organizers said.\n\n"
        "By Monday evening, 583 projects had been signed at the convention, with a total investment of 531.4 "
        "billion yuan. Among them, 61 were foreign-funded projects.\n\n"
        "\"Five years ago, we signed one contract here. This year, we signed three,\" Mueller said."),
    doc("2027-09-24", "Convention closes",
        "HEFEI, Sept. 24 (Xinhua) -- The 2027 World Manufacturing Convention closed in Hefei on Tuesday, with 640 "
        "projects signed, worth 594.6 billion yuan, including 68 foreign-funded projects. A total of 186 overseas "
        "companies exhibited."),
]
GOLD_WMC27_LONG_WIRE_BLIND = {
    (0, 2, "count"): "new", (0, 85, "count"): "new", (0, 186, "count"): "new", (0, 95, "count"): "new",
    (0, 583, "count"): "new", (0, 531.4 * B, "CNY"): "new", (0, 61, "count"): "new",
    (1, 640, "count"): "changed:refined", (1, 594.6 * B, "CNY"): "changed:refined", (1, 68, "count"): "changed:refined",
    (1, 186, "count"): "known",
}



STORY_WIMC27_BULLETS_BLIND = [
    doc("2027-11-30", "WIMC 2027 in figures",
        "Key results of the 2027 World Intelligent Manufacturing Conference:\n"
        "- 286 exhibitors, 18% of them from overseas\n"
        "- 52,000 square meters of exhibition space\n"
        "- 65 projects signed, total investment 41.2 billion yuan\n"
        "- 2,300 guests, among them 27 academicians\n"
        "- 118,000 visits over three days"),
    doc("2027-12-03", "Nanjing conference wrap",
        "The 2027 World Intelligent Manufacturing Conference in Nanjing received about 120,000 visits and "
        "hosted 286 exhibitors, according to a final tally."),
]
GOLD_WIMC27_BULLETS_BLIND = {
    (0, 286, "count"): "new", (0, 18, "percent"): "new", (0, 52000, "m2"): "new", (0, 65, "count"): "new",
    (0, 41.2 * B, "CNY"): "new", (0, 2300, "count"): "new", (0, 27, "count"): "new", (0, 118000, "count"): "new",
    (0, 3, "day"): "new",
    (1, 120000, "count"): "known", (1, 286, "count"): "known",
}



STORY_WMC27_QA_BLIND = [
    doc("2027-09-18", "Interview: Convention head on what's new in 2027",
        "Q: How big is this year's World Manufacturing Convention?\n"
        "A: We have 1,050 exhibitors confirmed, and the exhibition covers 80,000 square meters.\n"
        "Q: How many projects do you expect to sign?\n"
        "A: Around 600, similar to last year.\n"
        "Q: And overseas participation?\n"
        "A: About 180 overseas companies from 30 countries and regions."),
    doc("2027-09-24", "Convention ends with 640 projects",
        "The World Manufacturing Convention closed on Tuesday in Hefei with 640 projects signed. Overseas "
        "companies numbered 186, from 32 countries and regions."),
]
GOLD_WMC27_QA_BLIND = {
    (0, 1050, "count"): "new", (0, 80000, "m2"): "new", (0, 600, "count"): "new", (0, 180, "count"): "new",
    (0, 30, "count"): "new",
    (1, 640, "count"): "new", (1, 186, "count"): "changed:refined", (1, 32, "count"): "changed:conflict",
}



STORY_WMC27_ANHUI_ECONOMY_PR_BLIND = [
    doc("2027-09-19", "Anhui Invites the World to Hefei for WMC 2027",
        "HEFEI, China, Sept. 19, 2027 /PRNewswire/ -- Anhui province's GDP reached 5.3 trillion yuan in 2026, with "
        "its strategic emerging industries growing 11.8 percent. The province produced 3.2 million new energy "
        "vehicles, one-ninth of the national total. The 2027 World Manufacturing Convention, opening September 20 in "
        "Hefei, will gather more than 1,000 exhibitors and about 5,000 guests, including 40 heads of Fortune Global "
        "500 companies."),
    doc("2027-09-24", "WMC 2027 closes",
        "HEFEI, China, Sept. 24, 2027 /PRNewswire/ -- The 2027 World Manufacturing Convention closed on September 23 "
        "with 1,130 exhibitors and 5,200 guests. Heads of 46 Fortune Global 500 companies attended."),
]
GOLD_WMC27_ANHUI_ECONOMY_PR_BLIND = {
    (0, 5.3e12, "CNY"): "new", (0, 11.8, "percent"): "new", (0, 3.2e6, "count"): "new", (0, 1000, "count"): "new",
    (0, 5000, "count"): "new", (0, 40, "count"): "new",
    (1, 1130, "count"): "changed:refined", (1, 5200, "count"): "changed:refined", (1, 46, "count"): "new",  # (executives among the guests are a part)
}



STORY_WIMC27_ZH_APPROX_BLIND = [
    doc("2027-11-27", "智能制造大会今日开幕",
        "2027世界智能制造大会今天在南京开幕，近300家企业参展，逾1500名嘉宾出席，展览面积超5万平方米。"),
    doc("2027-11-29", "智能制造大会闭幕",
        "2027世界智能制造大会今天闭幕。据统计，参展企业286家，出席嘉宾2300余名，签约项目65个，投资总额近420亿元。"),
    doc("2027-12-02", "大会成果发布",
        "2027世界智能制造大会组委会发布数据：签约项目65个，总投资412亿元。"),
]
GOLD_WIMC27_ZH_APPROX_BLIND = {
    (0, 300, "count"): "new", (0, 1500, "count"): "new", (0, 50000, "m2"): "new",
    (1, 286, "count"): "changed:refined", (1, 2300, "count"): "changed:refined", (1, 65, "count"): "new",
    (1, 42 * B, "CNY"): "new",
    (2, 65, "count"): "known", (2, 41.2 * B, "CNY"): "changed:refined",
}



STORY_WMC27_CGTN_VIDEO_TRANSCRIPT_BLIND = [
    doc("2027-09-21", "Hefei convention: robots, EVs and deals",
        "CGTN's reporter Wang Fang is at the World Manufacturing Convention in Hefei. The 2027 convention has "
        "brought more than 1,100 exhibitors here, and more than 30 countries and regions are represented. "
        "Organizers told CGTN that 152 projects were signed on the opening day alone, worth over 160 billion yuan."),
    doc("2027-09-24", "WMC 2027 wraps up",
        "The World Manufacturing Convention 2027 wrapped up in Hefei with 640 projects signed. Exhibitors came from 32 "
        "countries and regions."),
]
GOLD_WMC27_CGTN_VIDEO_TRANSCRIPT_BLIND = {
    (0, 1100, "count"): "new", (0, 30, "count"): "new", (0, 152, "count"): "new", (0, 160 * B, "CNY"): "new",
    (1, 640, "count"): "new", (1, 32, "count"): "changed:refined",
}



STORY_WIMC26_LATE_REPORT_BLIND = [
    doc("2027-01-15", "Jiangsu reviews 2026 smart manufacturing conference",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference, held in Nanjing last December, drew 276 "
        "exhibitors and 2,150 guests, according to a year-end report by the Jiangsu Provincial Department of "
        "Industry and Information Technology. Of the 58 projects signed at the conference, 41 have started "
        "construction."),
]
GOLD_WIMC26_LATE_REPORT_BLIND = {
    (0, 276, "count"): "new", (0, 2150, "count"): "new", (0, 58, "count"): "new", (0, 41, "count"): "new",
}



STORY_WMC27_CHINADAILY_MAGNET_BLIND = [
    doc("2027-09-22", "Hefei event a magnet for investment",
        "Since its launch in 2018, the World Manufacturing Convention has yielded 4,591 projects, with total "
        "investment exceeding 4 trillion yuan, according to the Anhui provincial government.\n\n"
        "This year's convention, which runs until Tuesday, has so far seen 583 projects signed. More than 90 percent "
        "of the investment goes to advanced manufacturing, officials said.\n\n"
        "\"We came in 2019 with one booth. This year we have a whole hall,\" said a manager from a Hefei display "
        "panel maker whose pavilion covers 3,000 square meters."),
    doc("2027-09-24", "Convention ends",
        "The World Manufacturing Convention ended on Tuesday. A total of 640 projects were signed this year, "
        "bringing the total since 2018 to 4,648."),
]
GOLD_WMC27_CHINADAILY_MAGNET_BLIND = {
    (0, 4591, "count"): "new", (0, 4e12, "CNY"): "new", (0, 583, "count"): "new", (0, 90, "percent"): "new",
    (0, 3000, "m2"): "new",
    (1, 640, "count"): "changed:refined", (1, 4648, "count"): "changed:conflict",
}



STORY_WIMC27_GT_CREDIT_BLIND = [
    doc("2027-11-28", "Intelligent manufacturing conference opens in Nanjing",
        "By Global Times Published: Nov 27, 2027 09:41 PM\n"
        "The 2027 World Intelligent Manufacturing Conference opened in Nanjing on Saturday, featuring 16 parallel "
        "forums and an exhibition with about 280 companies. An intelligent manufacturing index released at the "
        "event rose 6.3 points to 112.4."),
    doc("2027-11-30", "Conference closes",
        "Global Times) 10:02, November 30, 2027 The 2027 World Intelligent Manufacturing Conference closed with 286 "
        "companies exhibiting and 17 parallel forums held."),
]
GOLD_WIMC27_GT_CREDIT_BLIND = {
    (0, 16, "count"): "new", (0, 280, "count"): "new",  # (an index's points left alone)
    (1, 286, "count"): "changed:refined", (1, 17, "count"): "changed:conflict",
}



STORY_WMC27_TEN_NUMBERS_BLIND = [
    doc("2027-09-24", "WMC 2027: 10 numbers you should know",
        "1. 640: projects signed during the four-day World Manufacturing Convention 2027.\n"
        "2. 594.6 billion yuan: their total investment.\n"
        "3. 1,130: exhibitors, from 32 countries and regions.\n"
        "4. 213,000: visitors to the exhibition halls.\n"
        "5. 18.6 million: views of the livestreams."),
]
GOLD_WMC27_TEN_NUMBERS_BLIND = {
    (0, 640, "count"): "new", (0, 4, "day"): "new", (0, 594.6 * B, "CNY"): "new", (0, 1130, "count"): "new",
    (0, 32, "count"): "new", (0, 213000, "count"): "new", (0, 18.6e6, "count"): "new",
}



STORY_WIMC27_WMC_COMPARISON_BLIND = [
    doc("2027-11-28", "Nanjing conference opens, two months after Hefei's",
        "The 2027 World Intelligent Manufacturing Conference opened in Nanjing on Saturday with 283 exhibitors. "
        "In September, the World Manufacturing Convention in Hefei drew 1,130 exhibitors and signed 640 projects. "
        "Nanjing's conference is smaller but more specialised, with 16 parallel forums."),
    doc("2027-11-30", "Nanjing conference closes",
        "The 2027 World Intelligent Manufacturing Conference closed on Monday with 286 exhibitors."),
]
GOLD_WIMC27_WMC_COMPARISON_BLIND = {
    (0, 283, "count"): "new", (0, 1130, "count"): "new", (0, 640, "count"): "new", (0, 16, "count"): "new",
    (1, 286, "count"): "changed:conflict",
}



STORY_WMC27_ZH_RUNNING_BLIND = [
    doc("2027-09-22", "大会累计签约583个项目",
        "中安在线讯 截至9月22日17时，2027世界制造业大会累计签约项目583个，总投资5314亿元，其中外资项目61个。"),
    doc("2027-09-24", "2027世界制造业大会闭幕",
        "新华网合肥9月24日电 2027世界制造业大会23日闭幕。大会共签约项目640个，总投资5946亿元，其中，"
        "制造业项目占比超过九成，外资项目68个。"),
]
GOLD_WMC27_ZH_RUNNING_BLIND = {
    (0, 583, "count"): "new", (0, 531.4 * B, "CNY"): "new", (0, 61, "count"): "new",
    (1, 640, "count"): "changed:refined", (1, 594.6 * B, "CNY"): "changed:refined", (1, 90, "percent"): "new",
    (1, 68, "count"): "changed:refined",
}



STORY_WIMC27_ZH_RESULTS_BLIND = [
    doc("2027-11-29", "2027世界智能制造大会发布十项标志性成果",
        "南京11月29日讯 2027世界智能制造大会今天发布10项标志性成果，包括智能制造发展指数报告、"
        "100个智能制造优秀场景等。大会期间共举办17场平行论坛，吸引参会嘉宾2300余人。"),
    doc("2027-11-30", "智能制造大会综述",
        "本届世界智能制造大会共举办平行论坛17场，参会嘉宾2300余人，发布标志性成果10项。"),
]
GOLD_WIMC27_ZH_RESULTS_BLIND = {
    (0, 10, "count"): "new", (0, 100, "count"): "new", (0, 17, "count"): "new", (0, 2300, "count"): "new",
    (1, 17, "count"): "known", (1, 2300, "count"): "known", (1, 10, "count"): "known",
}



STORY_WMC27_ZH_HK_TRAD_BLIND = [
    doc("2027-09-24", "世界製造業大會閉幕 簽約項目640個",
        "【大公報訊】2027世界製造業大會23日在合肥閉幕。大會共簽約項目640個，總投資5946億元人民幣；"
        "參展企業1130家，其中境外企業186家。"),
]
GOLD_WMC27_ZH_HK_TRAD_BLIND = {
    (0, 640, "count"): "new", (0, 594.6 * B, "CNY"): "new", (0, 1130, "count"): "new", (0, 186, "count"): "new",
}



STORY_WMC27_EN_ZH_PAIR_BLIND = [
    doc("2027-09-21", "世界制造业大会开幕首日签约152个项目",
        "2027世界制造业大会20日在合肥开幕。开幕式上，集中签约项目152个，总投资1682亿元。"),
    doc("2027-09-21", "152 projects signed on opening day of World Manufacturing Convention",
        "HEFEI -- A total of 152 projects with a combined investment of 168.2 billion yuan were signed at the "
        "opening ceremony of the 2027 World Manufacturing Convention on Saturday."),
    doc("2027-09-22", "开幕式签约项目更正",
        "记者从2027世界制造业大会组委会获悉，开幕式集中签约项目数更正为156个，总投资1702亿元。"),
]
GOLD_WMC27_EN_ZH_PAIR_BLIND = {
    (0, 152, "count"): "new", (0, 168.2 * B, "CNY"): "new",
    (1, 152, "count"): "known", (1, 168.2 * B, "CNY"): "known",
    (2, 156, "count"): "changed:conflict", (2, 170.2 * B, "CNY"): "changed:conflict",
}



STORY_WIMC27_XINHUA_PHOTO_CAPTIONS_BLIND = [
    doc("2027-11-28", "In pictures: 2027 World Intelligent Manufacturing Conference",
        "A visitor interacts with a robot dog at the 2027 World Intelligent Manufacturing Conference in Nanjing, "
        "east China's Jiangsu Province, Nov. 27, 2027. (Xinhua/Li Bo)\n\n"
        "Staff members demonstrate an industrial robot at the conference, Nov. 27, 2027. About 280 companies are "
        "taking part in the exhibition of the conference. (Xinhua/Li Bo)"),
    doc("2027-11-30", "Nanjing conference closes",
        "NANJING, Nov. 30 (Xinhua) -- The 2027 World Intelligent Manufacturing Conference closed Monday with 286 "
        "companies having taken part in its exhibition."),
]
GOLD_WIMC27_XINHUA_PHOTO_CAPTIONS_BLIND = {
    (0, 280, "count"): "new",
    (1, 286, "count"): "changed:refined",
}



STORY_WMC27_SIGNING_LIST_BLIND = [
    doc("2027-09-21", "Major projects signed at WMC 2027 opening",
        "The following major projects were signed at the opening ceremony of the 2027 World Manufacturing Convention "
        "on Sept 20, 152 projects in all with a total investment of 168.2 billion yuan. Among them: a 30-billion-yuan "
        "power battery base in Feixi county; an 18.5-billion-yuan semiconductor packaging plant; and a "
        "12-billion-yuan robotics industrial park. Foreign-funded projects numbered 21."),
    doc("2027-09-24", "Convention results",
        "The 2027 World Manufacturing Convention signed 640 projects in total, 68 of them foreign-funded."),
]
GOLD_WMC27_SIGNING_LIST_BLIND = {
    (0, 152, "count"): "new", (0, 168.2 * B, "CNY"): "new", (0, 30 * B, "CNY"): "new", (0, 18.5 * B, "CNY"): "new",
    (0, 12 * B, "CNY"): "new", (0, 21, "count"): "new",
    (1, 640, "count"): "new", (1, 68, "count"): "new",
}



STORY_WIMC27_TABLE_BLIND = [
    doc("2027-11-30", "WIMC over the years",
        "The World Intelligent Manufacturing Conference in figures:\n"
        "| Year | Exhibitors | Guests | Projects signed |\n"
        "| 2025 | 262 | 1,900 | 51 |\n"
        "| 2026 | 276 | 2,150 | 58 |\n"
        "| 2027 | 286 | 2,300 | 65 |"),
]
GOLD_WIMC27_TABLE_BLIND = {
    (0, 262, "count"): "new", (0, 1900, "count"): "new", (0, 51, "count"): "new",
    (0, 276, "count"): "new", (0, 2150, "count"): "new", (0, 58, "count"): "new",
    (0, 286, "count"): "new", (0, 2300, "count"): "new", (0, 65, "count"): "new",
}



STORY_WMC27_VISITOR_DAYS_BLIND = [
    doc("2027-09-21", "Crowds at Hefei convention",
        "The World Manufacturing Convention 2027 received 46,000 visitors on its opening day on Saturday."),
    doc("2027-09-22", "Weekend crowds",
        "The World Manufacturing Convention 2027 received 58,000 visitors on Sunday, bringing its total over two "
        "days to 104,000."),
    doc("2027-09-24", "Convention closes",
        "The World Manufacturing Convention 2027 closed on Tuesday after receiving 213,000 visitors over four days."),
]
GOLD_WMC27_VISITOR_DAYS_BLIND = {
    (0, 46000, "count"): "new",
    (1, 58000, "count"): "new", (1, 104000, "count"): "new",
    (2, 213000, "count"): "changed:refined", (2, 4, "day"): "new",
}



STORY_WMC27_WORTH_OF_DEALS_BLIND = [
    doc("2027-09-23", "Hefei convention seals nearly 600 billion yuan worth of deals",
        "Nearly 600 billion yuan worth of deals were sealed at the 2027 World Manufacturing Convention, which "
        "concluded in Hefei on Tuesday. Some 1,130 exhibitors, 186 of which are from overseas, took part. The event "
        "attracted more than 200,000 visitors, up 12 percent year-on-year."),
    doc("2027-09-25", "Convention data released",
        "Final data for the 2027 World Manufacturing Convention: 640 projects signed with investment of 594.6 billion "
        "yuan, 1,130 exhibitors and 213,000 visitors."),
]
GOLD_WMC27_WORTH_OF_DEALS_BLIND = {
    (0, 600 * B, "CNY"): "new", (0, 1130, "count"): "new", (0, 186, "count"): "new", (0, 200000, "count"): "new",
    (0, 12, "percent"): "new",
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "changed:refined", (1, 1130, "count"): "known",
    (1, 213000, "count"): "changed:refined",
}



STORY_WMC27_ZH_LIST_FROM_BLIND = [
    doc("2027-09-20", "1100余家企业参展",
        "2027世界制造业大会今日开幕，共有来自32个国家和地区的1100余家企业参展，展览面积8万平方米。"),
    doc("2027-09-24", "大会闭幕观众超20万人次",
        "2027世界制造业大会期间，累计吸引线下观众21.3万人次，线上观看1860万人次；参展企业1130家。"),
]
GOLD_WMC27_ZH_LIST_FROM_BLIND = {
    (0, 32, "count"): "new", (0, 1100, "count"): "new", (0, 80000, "m2"): "new",
    (1, 213000, "count"): "new", (1, 18.6e6, "count"): "new", (1, 1130, "count"): "changed:refined",
}



STORY_WMC27_USD_ONLY_PR_BLIND = [
    doc("2027-09-24", "WMC 2027 Attracts USD 83.4 Billion in Investment",
        "HEFEI, China, Sept. 24, 2027 /PRNewswire/ -- Projects worth USD 83.4 billion were signed at the 2027 World "
        "Manufacturing Convention, held in Hefei from September 20 to 23. The 640 signed projects cover new energy "
        "vehicles, integrated circuits and advanced materials."),
    doc("2027-09-25", "Hefei convention closes with 594.6 billion yuan of deals",
        "The 2027 World Manufacturing Convention in Hefei closed with 640 projects worth 594.6 billion yuan."),
]
GOLD_WMC27_USD_ONLY_PR_BLIND = {
    (0, 83.4 * B, "USD"): "new", (0, 640, "count"): "new",
    (1, 640, "count"): "known", (1, 594.6 * B, "CNY"): "new",
}



STORY_WIMC27_SHARE_MANUFACTURING_BLIND = [
    doc("2027-11-30", "Nanjing conference signs 65 projects",
        "Projects signed at the 2027 World Intelligent Manufacturing Conference: 65, with investment of 41.2 "
        "billion yuan; of that, 68 percent goes to intelligent equipment. Twelve of the projects are foreign-funded."),
    doc("2027-12-02", "Conference review",
        "The 2027 World Intelligent Manufacturing Conference signed 65 projects, 13 of them foreign-funded, "
        "according to a revised count."),
]
GOLD_WIMC27_SHARE_MANUFACTURING_BLIND = {
    (0, 65, "count"): "new", (0, 41.2 * B, "CNY"): "new", (0, 68, "percent"): "new", (0, 12, "count"): "new",
    (1, 65, "count"): "known", (1, 13, "count"): "changed:conflict",
}



STORY_WIMC27_OPINION_QUOTES_BLIND = [
    doc("2027-11-28", "Voices from the smart manufacturing conference",
        "\"Our factory in Changzhou now runs 400 robots, up from 50 five years ago,\" said Zhou Min, a delegate at the "
        "2027 World Intelligent Manufacturing Conference in Nanjing. Another delegate said her company cut energy use "
        "by 18 percent. The conference, attended by more than 1,500 guests, runs until Monday."),
    doc("2027-11-30", "Conference closes",
        "The 2027 World Intelligent Manufacturing Conference in Nanjing closed on Monday, having drawn 2,300 guests."),
]
GOLD_WIMC27_OPINION_QUOTES_BLIND = {
    (0, 400, "count"): "new", (0, 50, "count"): "new", (0, 18, "percent"): "new", (0, 1500, "count"): "new",
    (1, 2300, "count"): "changed:refined",  # ("more than 1,500" allows 2,300)
}



STORY_WMC27_OPENING_UPDATE_BLIND = [
    doc("2027-09-20", "World Manufacturing Convention opens",
        "HEFEI -- The 2027 World Manufacturing Convention opened on Saturday morning. More than 150 projects are "
        "expected to be signed at the opening ceremony, organizers said."),
    doc("2027-09-20", "UPDATE: 152 projects signed at convention opening",
        "HEFEI -- A total of 152 projects were signed at the opening ceremony of the 2027 World Manufacturing "
        "Convention on Saturday, with a total investment of 168.2 billion yuan."),
]
GOLD_WMC27_OPENING_UPDATE_BLIND = {
    (0, 150, "count"): "new",
    (1, 152, "count"): "new", (1, 168.2 * B, "CNY"): "new",
}



STORY_WMC27_NUMBERS_IN_WORDS_BLIND = [
    doc("2027-09-22", "Hefei convention halfway",
        "Halfway through the 2027 World Manufacturing Convention, more than a hundred thousand people have visited "
        "the exhibition and close to five hundred projects have been signed."),
    doc("2027-09-24", "Convention closes",
        "The 2027 World Manufacturing Convention closed with 213,000 visitors and 640 projects signed."),
]
GOLD_WMC27_NUMBERS_IN_WORDS_BLIND = {
    (0, 100000, "count"): "new", (0, 500, "count"): "new",
    (1, 213000, "count"): "changed:refined", (1, 640, "count"): "changed:refined",
}



STORY_WIMC27_SIZE_COMPARE_BLIND = [
    doc("2027-11-26", "Bigger expo for Nanjing conference",
        "The expo of the 2027 World Intelligent Manufacturing Conference will cover 50,000 square meters, 5,000 more "
        "than last year, with 280 exhibitors expected, 20 more than in 2026."),
    doc("2027-11-30", "Nanjing conference closes",
        "The 2027 World Intelligent Manufacturing Conference closed with an expo of 52,000 square meters and 286 "
        "exhibitors."),
]
GOLD_WIMC27_SIZE_COMPARE_BLIND = {
    (0, 50000, "m2"): "new", (0, 5000, "m2"): "new", (0, 280, "count"): "new", (0, 20, "count"): "new",
    (1, 52000, "m2"): "changed:conflict", (1, 286, "count"): "new",
}



STORY_WMC27_SINA_EN_BRIEFS_BLIND = [
    doc("2027-09-21", "Business briefs: Sept 21",
        "* Hefei: The 2027 World Manufacturing Convention opened with 152 projects signed, worth 168.2 billion yuan.\n"
        "* Shanghai: A robotics fair drew 900 exhibitors.\n"
        "* Shenzhen: BYD delivered 380,000 vehicles in August."),
    doc("2027-09-24", "Business briefs: Sept 24",
        "* Hefei: The World Manufacturing Convention closed with 640 projects signed, worth 594.6 billion yuan.\n"
        "* Beijing: The robotics fair's organizers said 920 exhibitors attended."),
]
GOLD_WMC27_SINA_EN_BRIEFS_BLIND = {
    (0, 152, "count"): "new", (0, 168.2 * B, "CNY"): "new", (0, 900, "count"): "new", (0, 380000, "count"): "new",
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 920, "count"): "new",
}



STORY_WIMC27_ACADEMICIANS_GUESTS_BLIND = [
    doc("2027-11-27", "Academicians gather in Nanjing",
        "More than 30 academicians of the Chinese Academy of Sciences and the Chinese Academy of Engineering are "
        "attending the 2027 World Intelligent Manufacturing Conference, which opened on Saturday with some 1,500 "
        "guests."),
    doc("2027-11-30", "Nanjing conference closes",
        "The 2027 World Intelligent Manufacturing Conference closed on Monday. In total, 2,300 guests attended, "
        "among them 27 academicians."),
]
GOLD_WIMC27_ACADEMICIANS_GUESTS_BLIND = {
    (0, 30, "count"): "new", (0, 1500, "count"): "new",
    (1, 2300, "count"): "changed:conflict", (1, 27, "count"): "changed:conflict",
}



STORY_WMC27_ZH_MONEY_USD_BLIND = [
    doc("2027-09-23", "外资项目投资额",
        "2027世界制造业大会共签约外资项目68个，投资额132亿美元，分别来自德国、日本、韩国等15个国家和地区。"),
    doc("2027-09-25", "外资项目投资额更正",
        "据大会组委会最新统计，2027世界制造业大会签约外资项目68个，投资额136亿美元。"),
]
GOLD_WMC27_ZH_MONEY_USD_BLIND = {
    (0, 68, "count"): "new", (0, 13.2 * B, "USD"): "new", (0, 15, "count"): "new",
    (1, 68, "count"): "known", (1, 13.6 * B, "USD"): "changed:conflict",
}



STORY_WIMC27_PREVIEW_FIGURES_BLIND = [
    doc("2027-11-20", "Countdown to Nanjing conference",
        "With a week to go before the 2027 World Intelligent Manufacturing Conference, 265 companies have booked "
        "exhibition space, and 14 parallel forums have been confirmed."),
    doc("2027-11-26", "Nanjing conference set to open",
        "The 2027 World Intelligent Manufacturing Conference opens tomorrow. So far 280 companies have registered to "
        "exhibit, and 16 parallel forums are on the program."),
    doc("2027-11-30", "Conference closes",
        "The 2027 World Intelligent Manufacturing Conference closed with 286 exhibitors and 17 parallel forums."),
]
GOLD_WIMC27_PREVIEW_FIGURES_BLIND = {
    (0, 265, "count"): "new", (0, 14, "count"): "new",
    (1, 280, "count"): "changed:conflict", (1, 16, "count"): "changed:conflict",  # (booked, not "so far")
    (2, 286, "count"): "changed:refined", (2, 17, "count"): "changed:refined",  # (16 so far: "So far" opens its sentence)
}



STORY_WMC27_TWO_CEREMONIES_BLIND = [
    doc("2027-09-20", "WMC 2027 opening signs 152 projects",
        "HEFEI -- At the opening ceremony of the 2027 World Manufacturing Convention on Saturday, 152 projects worth "
        "168.2 billion yuan were signed."),
    doc("2027-09-22", "Second signing at WMC 2027",
        "HEFEI -- A second major signing event at the 2027 World Manufacturing Convention on Monday saw 238 projects "
        "worth 205.6 billion yuan signed, bringing the convention's total to 390 projects."),
    doc("2027-09-24", "WMC 2027 closes",
        "HEFEI -- The 2027 World Manufacturing Convention closed on Tuesday with 640 projects signed, worth 594.6 "
        "billion yuan in total."),
]
GOLD_WMC27_TWO_CEREMONIES_BLIND = {
    (0, 152, "count"): "new", (0, 168.2 * B, "CNY"): "new",
    (1, 238, "count"): "new", (1, 205.6 * B, "CNY"): "new", (1, 390, "count"): "new",
    (2, 640, "count"): "changed:refined", (2, 594.6 * B, "CNY"): "new",
}



STORY_WIMC27_ZH_MULTI_CITY_BLIND = [
    doc("2027-11-28", "南京签约项目",
        "在2027世界智能制造大会上，南京市签约项目28个，总投资186亿元；苏州市签约项目15个，总投资92亿元。"
        "大会共签约项目65个。"),
    doc("2027-11-30", "大会闭幕",
        "2027世界智能制造大会闭幕，共签约项目65个，总投资412亿元。"),
]
GOLD_WIMC27_ZH_MULTI_CITY_BLIND = {
    (0, 28, "count"): "new", (0, 18.6 * B, "CNY"): "new", (0, 15, "count"): "new", (0, 9.2 * B, "CNY"): "new",
    (0, 65, "count"): "new",
    (1, 65, "count"): "known", (1, 41.2 * B, "CNY"): "new",
}



STORY_WMC27_FOREIGN_MEDIA_BLIND = [
    doc("2027-09-23", "Germany's Mittelstand eyes Hefei",
        "Some 38 German companies have come to this year's World Manufacturing Convention in Hefei, nearly double the "
        "number in 2025. Germany is the convention's guest country of honor; its pavilion covers 2,000 square meters. "
        "In all, the convention gathers 1,130 exhibitors."),
    doc("2027-09-24", "Convention closes",
        "The World Manufacturing Convention closed in Hefei, with 41 German firms among its 1,130 exhibitors."),
]
GOLD_WMC27_FOREIGN_MEDIA_BLIND = {
    (0, 38, "count"): "new", (0, 2000, "m2"): "new", (0, 1130, "count"): "new",
    (1, 41, "count"): "changed:refined", (1, 1130, "count"): "known",  # ("some 38" allows a tenth more)
}



STORY_WIMC27_HEADLINE_ONLY_BLIND = [
    doc("2027-11-30", "Nanjing conference signs 65 projects worth 41.2 bln yuan",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference closed on Monday in Nanjing. More details "
        "will follow."),
    doc("2027-11-30", "Nanjing conference closes",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference closed on Monday, with 65 projects signed, "
        "worth 41.2 billion yuan, and 286 exhibitors."),
]
GOLD_WIMC27_HEADLINE_ONLY_BLIND = {
    (0, 65, "count"): "new", (0, 41.2 * B, "CNY"): "new",
    (1, 65, "count"): "known", (1, 41.2 * B, "CNY"): "known", (1, 286, "count"): "new",
}



STORY_WMC27_ECNS_BLIND = [
    doc("2027-09-21", "Hefei convention sees brisk trade",
        "(ECNS) -- Exhibitors at the 2027 World Manufacturing Convention in Hefei reported brisk trade, with deals "
        "worth 3.6 billion yuan reached on site in the first two days, organizers said Monday. Nearly 1,130 companies "
        "are exhibiting at the convention, which has attracted 126,000 visitors."),
    doc("2027-09-24", "Convention ends",
        "(ECNS) -- On-site deals at the 2027 World Manufacturing Convention totaled 5.8 billion yuan by the time it "
        "closed on Tuesday, while visitors reached 213,000."),
]
GOLD_WMC27_ECNS_BLIND = {
    (0, 3.6 * B, "CNY"): "new", (0, 1130, "count"): "new", (0, 126000, "count"): "new",
    (1, 5.8 * B, "CNY"): "changed:refined", (1, 213000, "count"): "changed:conflict",  # ("has attracted": no count so far)
}



STORY_WIMC27_ZH_YEAR_AGO_BLIND = [
    doc("2027-11-29", "今年大会规模更大",
        "与去年相比，2027世界智能制造大会展览面积由4.5万平方米扩大至5.2万平方米，参展企业由276家增至286家。"),
]
GOLD_WIMC27_ZH_YEAR_AGO_BLIND = {
    (0, 45000, "m2"): "new", (0, 52000, "m2"): "new", (0, 276, "count"): "new", (0, 286, "count"): "new",
}



STORY_WMC27_EXPO_DAY_BY_DAY_BLIND = [
    doc("2027-09-21", "Day 1 at WMC 2027",
        "Day 1 of the 2027 World Manufacturing Convention: 46,000 visitors; 152 projects signed."),
    doc("2027-09-22", "Day 2 at WMC 2027",
        "Day 2 of the 2027 World Manufacturing Convention: 58,000 visitors, 104,000 so far; 86 projects signed, 238 "
        "so far."),
    doc("2027-09-24", "WMC 2027 final day",
        "Final tally of the 2027 World Manufacturing Convention: 213,000 visitors; 640 projects signed."),
]
GOLD_WMC27_EXPO_DAY_BY_DAY_BLIND = {
    (0, 46000, "count"): "new", (0, 152, "count"): "new",
    (1, 58000, "count"): "new", (1, 104000, "count"): "new", (1, 86, "count"): "new", (1, 238, "count"): "new",
    (2, 213000, "count"): "changed:refined", (2, 640, "count"): "changed:refined",
}



STORY_WIMS18_SUMMIT_NAME_BLIND = [
    doc("2018-10-11", "World Intelligent Manufacturing Summit opens in Nanjing",
        "NANJING, Oct. 11 (Xinhua) -- The 2018 World Intelligent Manufacturing Summit opened Thursday in Nanjing, with "
        "more than 300 companies exhibiting and some 1,200 guests attending."),
    doc("2018-10-14", "Intelligent manufacturing summit closes",
        "NANJING -- The World Intelligent Manufacturing Summit closed on Sunday after drawing 320 exhibitors and "
        "1,260 guests."),
]
GOLD_WIMS18_SUMMIT_NAME_BLIND = {
    (0, 300, "count"): "new", (0, 1200, "count"): "new",
    (1, 320, "count"): "changed:refined", (1, 1260, "count"): "changed:refined",
}



STORY_WIMC26_JANUARY_REPORT_BLIND = [
    doc("2026-12-06", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Saturday with 58 projects signed."),
    doc("2027-01-08", "Nanjing smart manufacturing conference follow-up",
        "NANJING -- A month after the World Intelligent Manufacturing Conference, 19 of the 58 projects signed there "
        "have broken ground, the city said."),
]
GOLD_WIMC26_JANUARY_REPORT_BLIND = {
    (0, 58, "count"): "new",
    (1, 19, "count"): "new", (1, 58, "count"): "known",
}



STORY_WMC27_ABBREV_ONLY_BLIND = [
    doc("2027-09-21", "WMC 2027: robots and batteries",
        "HEFEI -- Robots and batteries dominate the halls of WMC 2027, where 1,130 firms are showing their products."),
    doc("2027-09-24", "WMC 2027 closes",
        "HEFEI -- WMC 2027 closed on Tuesday with 640 projects signed and 1,130 exhibitors."),
]
GOLD_WMC27_ABBREV_ONLY_BLIND = {
    (0, 1130, "count"): "new",
    (1, 640, "count"): "new", (1, 1130, "count"): "known",
}



STORY_WIMC27_GENERIC_NAME_BLIND = [
    doc("2027-11-28", "Nanjing hosts global intelligent manufacturing event",
        "NANJING -- The World Intelligent Manufacturing Conference opened in Nanjing, Jiangsu province, on Saturday. "
        "The conference, now in its 10th year... er, its 12th edition, has drawn 280 exhibitors."),
    doc("2027-11-30", "Jiangsu event closes",
        "The intelligent manufacturing conference in Nanjing closed with 286 exhibitors."),
]
GOLD_WIMC27_GENERIC_NAME_BLIND = {
    (0, 280, "count"): "new",
}



STORY_WMC27_ECONOMIC_WATCH_BLIND = [
    doc("2027-09-22", "Economic Watch: Hefei's manufacturing convention mirrors China's industrial upgrade",
        "HEFEI, Sept. 22 (Xinhua) -- The number of participating enterprises at this year's World Manufacturing "
        "Convention hit a record high of 1,130, with about a third of them from the new energy vehicle sector.\n\n"
        "\"Five years ago, most exhibitors were traditional machinery makers,\" said Wang Tao, an official with the "
        "organizing committee. Now, nearly 40 percent of exhibitors showcase AI-related products, he said.\n\n"
        "China's output of new energy vehicles reached 13 million units in 2026, accounting for more than 60 percent "
        "of the global total."),
    doc("2027-09-24", "Convention closes",
        "HEFEI -- The 2027 World Manufacturing Convention closed on Tuesday. Exhibitors numbered 1,130, and 640 "
        "projects were signed."),
]
GOLD_WMC27_ECONOMIC_WATCH_BLIND = {
    (0, 1130, "count"): "new", (0, 40, "percent"): "new", (0, 13e6, "count"): "new", (0, 60, "percent"): "new",
    (1, 1130, "count"): "known", (1, 640, "count"): "new",
}



STORY_WIMC27_RECORD_HIGHS_BLIND = [
    doc("2027-11-29", "Nanjing conference sets records",
        "The 2027 World Intelligent Manufacturing Conference set several records: its exhibition area reached 52,000 "
        "square meters, the largest in its history, and the number of overseas exhibitors rose to 51, the most "
        "ever. Forums numbered 17."),
    doc("2027-12-01", "Final figures",
        "Final figures for the 2027 World Intelligent Manufacturing Conference: 52,000 square meters of exhibition "
        "space, 54 overseas exhibitors and 17 forums."),
]
GOLD_WIMC27_RECORD_HIGHS_BLIND = {
    (0, 52000, "m2"): "new", (0, 51, "count"): "new", (0, 17, "count"): "new",
    (1, 52000, "m2"): "known", (1, 54, "count"): "changed:conflict", (1, 17, "count"): "known",
}



STORY_WMC27_DELAYED_REPRINT_BLIND = [
    doc("2027-09-24", "Hefei convention signs 640 projects",
        "HEFEI, Sept. 24 (Xinhua) -- The 2027 World Manufacturing Convention signed 640 projects with a total "
        "investment of 594.6 billion yuan, organizers said Wednesday."),
    doc("2027-10-08", "Hefei convention signs 640 projects",
        "HEFEI, Sept. 24 (Xinhua) -- The 2027 World Manufacturing Convention signed 640 projects with a total "
        "investment of 594.6 billion yuan, organizers said Wednesday."),
    doc("2027-09-26", "Revised: Hefei convention investment",
        "HEFEI -- Organizers of the 2027 World Manufacturing Convention revised the total investment of the 640 "
        "projects signed to 596.2 billion yuan."),
]
GOLD_WMC27_DELAYED_REPRINT_BLIND = {
    (0, 640, "count"): "new", (0, 594.6 * B, "CNY"): "new",
    (1, 640, "count"): "known", (1, 594.6 * B, "CNY"): "known",
    (2, 640, "count"): "known", (2, 596.2 * B, "CNY"): "changed:conflict",
}



STORY_WMC27_PRN_ABOUT_BOILERPLATE_BLIND = [
    doc("2027-09-10", "WMC 2027 to Spotlight Smart EVs",
        "HEFEI, China, Sept. 10, 2027 /PRNewswire/ -- The 2027 World Manufacturing Convention will take place in Hefei "
        "from September 20 to 23, with an expected 1,000 exhibitors.\n\n"
        "About WMC\nFirst held in 2018, the World Manufacturing Convention has become a major platform for "
        "international cooperation in manufacturing, with 4,000 projects signed over its past editions."),
    doc("2027-09-11", "WMC 2027 to Spotlight Smart EVs",
        "HEFEI, China, Sept. 10, 2027 /PRNewswire/ -- The 2027 World Manufacturing Convention will take place in Hefei "
        "from September 20 to 23, with an expected 1,000 exhibitors.\n\n"
        "About WMC\nFirst held in 2018, the World Manufacturing Convention has become a major platform for "
        "international cooperation in manufacturing, with 4,000 projects signed over its past editions.\n\n"
        "Disclaimer: This press release was distributed by a third party. Views: 1,284"),
    doc("2027-09-24", "WMC 2027 Concludes",
        "HEFEI, China, Sept. 24, 2027 /PRNewswire/ -- The 2027 World Manufacturing Convention concluded with 1,130 "
        "exhibitors and 640 projects signed.\n\n"
        "About WMC\nFirst held in 2018, the World Manufacturing Convention has become a major platform for "
        "international cooperation in manufacturing, with 4,648 projects signed over its editions."),
]
GOLD_WMC27_PRN_ABOUT_BOILERPLATE_BLIND = {
    (0, 1000, "count"): "new", (0, 4000, "count"): "new",
    (1, 1000, "count"): "known", (1, 4000, "count"): "known",
    (2, 1130, "count"): "new", (2, 640, "count"): "new", (2, 4648, "count"): "changed:conflict",
}



STORY_WIMC27_TWO_OUTLETS_SAME_DAY_BLIND = [
    doc("2027-11-30", "Nanjing conference closes with 65 deals",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference closed on Monday with 65 projects signed, worth "
        "41.2 billion yuan."),
    doc("2027-11-30", "Smart manufacturing conference ends in Nanjing",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference ended on Monday. Some 65 projects worth about "
        "41 billion yuan were signed, and 286 companies exhibited."),
]
GOLD_WIMC27_TWO_OUTLETS_SAME_DAY_BLIND = {
    # (published the same day: in id order, the second first)
    (1, 65, "count"): "new", (1, 41 * B, "CNY"): "new", (1, 286, "count"): "new",
    (0, 65, "count"): "known", (0, 41.2 * B, "CNY"): "changed:refined",
}



STORY_WMC27_ZH_PROVINCE_YEAR_BLIND = [
    doc("2027-09-24", "安徽前8月招商引资",
        "今年1至8月，安徽省新签约亿元以上项目3200个，同比增长8%。2027世界制造业大会期间签约项目640个，总投资5946亿元。"),
]
GOLD_WMC27_ZH_PROVINCE_YEAR_BLIND = {
    (0, 3200, "count"): "new", (0, 8, "percent"): "new", (0, 640, "count"): "new", (0, 594.6 * B, "CNY"): "new",
}



STORY_WMC27_ZH_PREVIEW_PRESS_BLIND = [
    doc("2027-09-12", "2027世界制造业大会新闻发布会举行",
        "9月12日，2027世界制造业大会新闻发布会在合肥举行。本届大会将于9月20日至23日举办，为期4天，"
        "预计将吸引来自全球30多个国家和地区的1000余家企业、5000余名嘉宾参会，其中世界500强企业80余家。"
        "这是大会第七届举办。"),
    doc("2027-09-24", "2027世界制造业大会闭幕",
        "2027世界制造业大会23日闭幕。大会共吸引来自32个国家和地区的1130家企业参展、5200名嘉宾参会，"
        "其中世界500强企业86家。"),
]
GOLD_WMC27_ZH_PREVIEW_PRESS_BLIND = {
    (0, 4, "day"): "new", (0, 30, "count"): "new", (0, 1000, "count"): "new", (0, 5000, "count"): "new",
    (0, 80, "count"): "new",
    (1, 32, "count"): "new", (1, 1130, "count"): "new", (1, 5200, "count"): "new", (1, 86, "count"): "new",
}



STORY_WIMC27_ZH_FORUM_AUDIENCE_BLIND = [
    doc("2027-11-28", "工业互联网平行论坛举行",
        "11月28日，2027世界智能制造大会工业互联网平行论坛在南京举行，300余名嘉宾参加论坛，现场签约项目8个。"),
    doc("2027-11-30", "大会闭幕",
        "2027世界智能制造大会闭幕，参会嘉宾2300余人，签约项目65个。"),
]
GOLD_WIMC27_ZH_FORUM_AUDIENCE_BLIND = {
    (0, 300, "count"): "new", (0, 8, "count"): "new",
    (1, 2300, "count"): "new", (1, 65, "count"): "new",
}



STORY_WMC27_ZH_VISITORS_WAN_BLIND = [
    doc("2027-09-21", "首日观众4.6万人次",
        "2027世界制造业大会开幕首日，展馆共接待观众4.6万人次。"),
    doc("2027-09-22", "观众突破10万人次",
        "截至21日18时，2027世界制造业大会累计接待观众10.4万人次。"),
    doc("2027-09-24", "大会闭幕",
        "2027世界制造业大会累计接待观众21.3万人次。"),
]
GOLD_WMC27_ZH_VISITORS_WAN_BLIND = {
    (0, 46000, "count"): "new",
    (1, 104000, "count"): "new",
    (2, 213000, "count"): "changed:refined",
}



STORY_WMC27_SCMP_STYLE_BLIND = [
    doc("2027-09-21", "Chinese city that bet on EVs shows off at manufacturing fair",
        "Hefei, the capital of Anhui province that invested early in electric-car maker Nio, is hosting the World "
        "Manufacturing Convention this week. The four-day event, which opened on Saturday, features 1,130 exhibitors, "
        "up from 1,060 last year. Hefei's gross domestic product grew 6.1 per cent to 1.42 trillion yuan last year."),
    doc("2027-09-24", "Hefei fair closes",
        "The World Manufacturing Convention in Hefei closed on Tuesday with 640 signed projects and 1,130 exhibitors."),
]
GOLD_WMC27_SCMP_STYLE_BLIND = {
    (0, 4, "day"): "new", (0, 1130, "count"): "new", (0, 1060, "count"): "new", (0, 6.1, "percent"): "new",
    (0, 1.42e12, "CNY"): "new",
    (1, 640, "count"): "new", (1, 1130, "count"): "known",
}



STORY_WIMC27_VISITS_AND_VISITORS_BLIND = [
    doc("2027-11-29", "Conference expo busy",
        "The expo of the 2027 World Intelligent Manufacturing Conference in Nanjing logged 81,000 visits in its first "
        "two days, and its online platform has drawn 2.3 million views."),
    doc("2027-11-30", "Conference closes",
        "The 2027 World Intelligent Manufacturing Conference closed on Monday. The expo received 118,000 visits over "
        "three days, and online views reached 3.1 million."),
]
GOLD_WIMC27_VISITS_AND_VISITORS_BLIND = {
    (0, 81000, "count"): "new", (0, 2.3e6, "count"): "new",
    (1, 118000, "count"): "changed:refined", (1, 3, "day"): "new", (1, 3.1e6, "count"): "changed:refined",
}



STORY_WMC27_INVESTMENT_BREAKDOWN_BLIND = [
    doc("2027-09-24", "Investment breakdown of convention deals",
        "Of the 594.6 billion yuan in total investment signed at the 2027 World Manufacturing Convention, new energy "
        "vehicle projects account for 210.3 billion yuan, integrated circuits for 98.7 billion yuan and new "
        "materials for 65.2 billion yuan. In terms of numbers, 188 of the 640 projects are in new energy vehicles."),
]
GOLD_WMC27_INVESTMENT_BREAKDOWN_BLIND = {
    (0, 594.6 * B, "CNY"): "new", (0, 210.3 * B, "CNY"): "new", (0, 98.7 * B, "CNY"): "new",
    (0, 65.2 * B, "CNY"): "new", (0, 188, "count"): "new", (0, 640, "count"): "new",
}



STORY_WIMC26_PARENTHESES_RATIO_BLIND = [
    doc("2026-12-05", "Foreign exhibitors up at Nanjing conference",
        "NANJING, Dec. 5 (People's Daily Online) -- Overseas exhibitors at the 2026 World Intelligent Manufacturing "
        "Conference make up about one-fifth of the total (128 of 634), up from 96 last year. The conference has also "
        "set up 9 themed exhibition zones."),
    doc("2026-12-06", "Conference closes",
        "NANJING, Dec. 6 (People's Daily Online) -- The 2026 World Intelligent Manufacturing Conference closed "
        "Sunday with 634 exhibitors, 131 of them from overseas, in 9 themed zones."),
]
GOLD_WIMC26_PARENTHESES_RATIO_BLIND = {
    (0, 128, "count"): "new", (0, 634, "count"): "new", (0, 96, "count"): "skip", (0, 9, "count"): "new",
    (1, 634, "count"): "known", (1, 131, "count"): "changed:conflict", (1, 9, "count"): "known",
}



STORY_WMC27_RESPECTIVELY_BLIND = [
    doc("2027-09-19", "Convention's track record",
        "Ahead of the 2027 World Manufacturing Convention, organizers noted that the 2024, 2025 and 2026 editions "
        "signed 880, 734 and 612 projects respectively. This year's convention expects to sign about 600."),
    doc("2027-09-24", "Convention closes",
        "The 2027 World Manufacturing Convention closed with 640 projects signed."),
]
GOLD_WMC27_RESPECTIVELY_BLIND = {
    (0, 880, "count"): "new", (0, 734, "count"): "new", (0, 612, "count"): "new", (0, 600, "count"): "new",
    (1, 640, "count"): "new",
}



STORY_WIMC27_CAIXIN_STYLE_BLIND = [
    doc("2027-11-29", "Nanjing's smart-manufacturing push draws CN¥41 billion of pledges",
        "Companies pledged CN¥41.2 billion ($5.8 billion) of investment at the World Intelligent Manufacturing "
        "Conference in Nanjing, which wrapped up Monday, across 65 projects."),
    doc("2027-12-01", "Nanjing conference totals",
        "The 2027 World Intelligent Manufacturing Conference ended with 65 projects and 41.2 bln yuan in investment."),
]
GOLD_WIMC27_CAIXIN_STYLE_BLIND = {
    (0, 41.2 * B, "CNY"): "new", (0, 5.8 * B, "USD"): "new", (0, 65, "count"): "new",
    (1, 65, "count"): "known", (1, 41.2 * B, "CNY"): "known",
}



STORY_WMC27_TECHNODE_STYLE_BLIND = [
    doc("2027-09-22", "Humanoid robots everywhere at Hefei expo",
        "At least 25 humanoid robot companies are showing at this year's World Manufacturing Convention in Hefei, "
        "compared with eight in 2025. The expo's robotics hall spans 12,000 sq m."),
    doc("2027-09-24", "Convention closes",
        "The 2027 World Manufacturing Convention closed; 27 humanoid robot makers took part, organizers said."),
]
GOLD_WMC27_TECHNODE_STYLE_BLIND = {
    (0, 25, "count"): "new", (0, 8, "count"): "new", (0, 12000, "m2"): "new",
    (1, 27, "count"): "changed:refined",
}



STORY_WMC27_INTERVIEW_PROVINCIAL_BLIND = [
    doc("2027-09-19", "Anhui official: convention to showcase 'Made in Anhui'",
        "In an interview, Anhui's vice governor said the province aims to attract investment of more than 500 billion "
        "yuan through this year's World Manufacturing Convention. Last year, the convention brought in 580.2 billion "
        "yuan across 612 projects, he said. This year, about 1,100 companies have signed up."),
    doc("2027-09-24", "Convention closes",
        "The World Manufacturing Convention closed with 640 projects worth 594.6 billion yuan and 1,130 exhibitors."),
]
GOLD_WMC27_INTERVIEW_PROVINCIAL_BLIND = {
    (0, 500 * B, "CNY"): "new", (0, 580.2 * B, "CNY"): "new", (0, 612, "count"): "new", (0, 1100, "count"): "new",
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 1130, "count"): "changed:refined",
}



STORY_WIMC27_CORRECTION_ZH_BLIND = [
    doc("2027-11-29", "智能制造大会签约项目65个",
        "2027世界智能制造大会共签约项目65个，总投资421亿元。"),
    doc("2027-11-30", "更正",
        "本报昨日刊发的《智能制造大会签约项目65个》一文中，“总投资421亿元”应为“总投资412亿元”，特此更正。"),
]
GOLD_WIMC27_CORRECTION_ZH_BLIND = {
    (0, 65, "count"): "new", (0, 42.1 * B, "CNY"): "new",
    # (the correction names no event: "智能制造大会" is no name of it)
}



STORY_WMC27_ONLINE_EXPO_BLIND = [
    doc("2027-09-20", "WMC 2027 cloud expo goes live",
        "The cloud exhibition of the 2027 World Manufacturing Convention went live on Saturday, featuring 1,560 "
        "companies online, while 1,130 exhibit in person in Hefei. The online platform recorded 2.1 million visits on "
        "its first day."),
    doc("2027-09-24", "Cloud expo results",
        "By the close of the 2027 World Manufacturing Convention, its cloud exhibition had featured 1,602 companies "
        "and logged 9.8 million visits."),
]
GOLD_WMC27_ONLINE_EXPO_BLIND = {
    (0, 1560, "count"): "new", (0, 1130, "count"): "new", (0, 2.1e6, "count"): "new",
    (1, 1602, "count"): "changed:conflict", (1, 9.8e6, "count"): "new",
}



STORY_WIMC27_ZH_OPENING_LIST_BLIND = [
    doc("2027-11-27", "2027世界智能制造大会开幕",
        "11月27日，2027世界智能制造大会在南京开幕。开幕式上，发布了《2027智能制造发展指数报告》，集中签约项目28个，"
        "总投资186亿元。本届大会为期3天，设置1场主论坛、16场平行论坛。"),
    doc("2027-11-29", "2027世界智能制造大会闭幕",
        "11月29日，2027世界智能制造大会闭幕。大会共签约项目65个，总投资412亿元，其中开幕式签约项目30个。"),
]
GOLD_WIMC27_ZH_OPENING_LIST_BLIND = {
    (0, 28, "count"): "new", (0, 18.6 * B, "CNY"): "new", (0, 3, "day"): "new", (0, 1, "count"): "new",
    (0, 16, "count"): "new",
    (1, 65, "count"): "new", (1, 41.2 * B, "CNY"): "new", (1, 30, "count"): "changed:conflict",
}



STORY_WMC27_XINHUA_EN_NUMBERS_HEAVY_BLIND = [
    doc("2027-09-24", "World Manufacturing Convention closes with fruitful results",
        "HEFEI, Sept. 24 (Xinhua) -- The 2027 World Manufacturing Convention closed in Hefei on Tuesday. During the "
        "four-day event, 640 projects were signed with a total investment of 594.6 billion yuan (about 83.4 billion "
        "U.S. dollars), including 68 foreign-funded projects worth 13.2 billion U.S. dollars. The convention also "
        "hosted 18 forums and 32 matchmaking events, and released 260 new products."),
    doc("2027-09-25", "Convention data",
        "The 2027 World Manufacturing Convention's foreign-funded projects were worth 13.6 billion U.S. dollars, "
        "organizers said in a revised statement, and 33 matchmaking events were held."),
]
GOLD_WMC27_XINHUA_EN_NUMBERS_HEAVY_BLIND = {
    (0, 4, "day"): "new", (0, 640, "count"): "new", (0, 594.6 * B, "CNY"): "new", (0, 83.4 * B, "USD"): "new",
    (0, 68, "count"): "new", (0, 13.2 * B, "USD"): "new", (0, 18, "count"): "new", (0, 32, "count"): "new",
    (0, 260, "count"): "new",
    (1, 13.6 * B, "USD"): "changed:conflict", (1, 33, "count"): "changed:conflict",
}



STORY_WIMC27_PR_EXPECTATIONS_THEN_RESULTS_BLIND = [
    doc("2027-11-15", "WIMC 2027 to Gather Global Leaders in Nanjing",
        "NANJING, China, Nov. 15, 2027 /PRNewswire/ -- The 2027 World Intelligent Manufacturing Conference, to be held "
        "November 27-29 in Nanjing, is set to welcome more than 2,000 guests, including about 30 academicians. The "
        "expo will cover 50,000 square meters, with some 280 exhibitors."),
    doc("2027-11-30", "WIMC 2027 Concludes in Nanjing",
        "NANJING, China, Nov. 30, 2027 /PRNewswire/ -- The 2027 World Intelligent Manufacturing Conference concluded "
        "on November 29, having welcomed 2,300 guests, among them 27 academicians. Its 52,000-square-meter expo "
        "hosted 286 exhibitors."),
]
GOLD_WIMC27_PR_EXPECTATIONS_THEN_RESULTS_BLIND = {
    (0, 2000, "count"): "new", (0, 30, "count"): "new", (0, 50000, "m2"): "new", (0, 280, "count"): "new",
    (1, 2300, "count"): "new", (1, 27, "count"): "new", (1, 52000, "m2"): "changed:conflict",
    (1, 286, "count"): "changed:refined",
}



STORY_WMC27_ZH_LIVE_UPDATES_BLIND = [
    doc("2027-09-20", "直播：2027世界制造业大会开幕",
        "10:05 2027世界制造业大会开幕式开始。\n10:40 开幕式上集中签约项目152个，总投资1682亿元。\n"
        "15:30 据主办方介绍，截至下午3时，入场观众已超过3万人次。"),
    doc("2027-09-20", "2027世界制造业大会首日观众4.6万人次",
        "2027世界制造业大会首日共接待观众4.6万人次。"),
]
GOLD_WMC27_ZH_LIVE_UPDATES_BLIND = {
    (0, 152, "count"): "new", (0, 168.2 * B, "CNY"): "new", (0, 30000, "count"): "new",
    (1, 46000, "count"): "new",
}



STORY_WMC27_GT_DAY_TWO_BLIND = [
    doc("2027-09-21", "GT on the scene: second day of WMC 2027",
        "The Global Times reporter saw long lines at the entrance to the exhibition halls on Sunday, the second day of "
        "the 2027 World Manufacturing Convention. According to the organizers, 58,000 people visited on Sunday alone, "
        "and 86 projects were signed at a special signing ceremony for the automobile industry."),
    doc("2027-09-24", "WMC 2027 concludes",
        "The 2027 World Manufacturing Convention concluded with 213,000 visitors and 640 projects signed."),
]
GOLD_WMC27_GT_DAY_TWO_BLIND = {
    (0, 58000, "count"): "new", (0, 86, "count"): "new",
    (1, 213000, "count"): "new", (1, 640, "count"): "new",
}



STORY_WMC27_MARKET_SIZE_BLIND = [
    doc("2027-09-22", "Report on smart manufacturing released at WMC",
        "A report released at the 2027 World Manufacturing Convention put China's smart manufacturing market at 3.2 "
        "trillion yuan in 2026 and forecast it to reach 5 trillion yuan by 2030. The convention has gathered 1,130 "
        "exhibitors."),
    doc("2027-09-24", "WMC closes",
        "The 2027 World Manufacturing Convention closed with 1,130 exhibitors."),
]
GOLD_WMC27_MARKET_SIZE_BLIND = {
    (0, 3.2e12, "CNY"): "new", (0, 5e12, "CNY"): "new", (0, 1130, "count"): "new",
    (1, 1130, "count"): "known",
}



STORY_WMC27_COPY_ADDS_SENTENCE_BLIND = [
    doc("2027-09-24", "Hefei convention ends with 640 projects",
        "HEFEI, Sept. 24 (Xinhua) -- The 2027 World Manufacturing Convention ended on Tuesday with 640 projects signed, "
        "with a total investment of 594.6 billion yuan."),
    doc("2027-09-24", "Hefei convention ends with 640 projects",
        "HEFEI, Sept. 24 (Xinhua) -- The 2027 World Manufacturing Convention ended on Tuesday with 640 projects signed, "
        "with a total investment of 594.6 billion yuan. The event drew 213,000 visitors, the local organizing office "
        "added."),
]
GOLD_WMC27_COPY_ADDS_SENTENCE_BLIND = {
    # (copies of one time: the original is the lower id, here the second)
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 213000, "count"): "new",
    (0, 640, "count"): "known", (0, 594.6 * B, "CNY"): "known",
}



STORY_WIMC27_THREE_DAY_SEQUENCE_BLIND = [
    doc("2027-11-27", "Conference day 1",
        "The 2027 World Intelligent Manufacturing Conference opened on Saturday in Nanjing. About 280 companies are "
        "exhibiting."),
    doc("2027-11-28", "Conference day 2",
        "The 2027 World Intelligent Manufacturing Conference entered its second day on Sunday. Organizers put the "
        "number of exhibitors at 283."),
    doc("2027-11-29", "Conference day 3",
        "The 2027 World Intelligent Manufacturing Conference closed on Monday. A final count showed 286 exhibitors."),
]
GOLD_WIMC27_THREE_DAY_SEQUENCE_BLIND = {
    (0, 280, "count"): "new",
    (1, 283, "count"): "changed:refined",
    (2, 286, "count"): "changed:conflict",
}



STORY_WMC27_SPEECH_NUMBERS_BLIND = [
    doc("2027-09-20", "Speech at WMC 2027 opening",
        "Speaking at the opening of the 2027 World Manufacturing Convention, the minister said China has built more "
        "than 30,000 smart factories and that the manufacturing sector's added value reached 34.1 trillion yuan in "
        "2026. He said the convention would help sign over 600 projects."),
    doc("2027-09-24", "Convention closes",
        "The 2027 World Manufacturing Convention closed on Tuesday with 640 projects signed."),
]
GOLD_WMC27_SPEECH_NUMBERS_BLIND = {
    (0, 30000, "count"): "new", (0, 34.1e12, "CNY"): "new", (0, 600, "count"): "new",
    (1, 640, "count"): "new",
}



STORY_WIMC27_NUMBERS_RANGE_BLIND = [
    doc("2027-11-25", "Nanjing conference preview",
        "The 2027 World Intelligent Manufacturing Conference, opening Saturday in Nanjing, is expected to draw "
        "between 2,000 and 2,500 guests and 270 to 290 exhibitors."),
    doc("2027-11-30", "Conference closes",
        "The 2027 World Intelligent Manufacturing Conference closed with 2,300 guests and 286 exhibitors."),
]
GOLD_WIMC27_NUMBERS_RANGE_BLIND = {
    (0, 2000, "count"): "new", (0, 2500, "count"): "new", (0, 270, "count"): "new", (0, 290, "count"): "new",
    (1, 2300, "count"): "new", (1, 286, "count"): "new",
}



STORY_WMC27_PERCENT_POINTS_BLIND = [
    doc("2027-09-23", "Foreign share of convention deals rises",
        "Foreign-funded projects made up 10.6 percent of the projects signed at the 2027 World Manufacturing "
        "Convention, 1.2 percentage points higher than last year. The convention signed 640 projects."),
]
GOLD_WMC27_PERCENT_POINTS_BLIND = {
    (0, 10.6, "percent"): "new", (0, 1.2, "percentage_point"): "new", (0, 640, "count"): "new",
}



STORY_WMC27_TON_AND_KM_BLIND = [
    doc("2027-09-21", "Giant press on show at WMC",
        "A 16,000-ton hydraulic press, the largest of its kind, is on show at the 2027 World Manufacturing "
        "Convention, alongside a maglev train model designed for 600 km/h. The convention has 1,130 exhibitors."),
]
GOLD_WMC27_TON_AND_KM_BLIND = {
    (0, 16000, "ton"): "new", (0, 600, "km/h"): "new", (0, 1130, "count"): "new",
}



STORY_WMC27_HEADLINE_VARIANTS_BLIND = [
    doc("2027-09-24", "WMC 2027 draws 1,130 exhibitors, 640 deals",
        "HEFEI -- The 2027 World Manufacturing Convention closed on Tuesday. A total of 1,130 companies exhibited and "
        "640 projects were signed."),
    doc("2027-09-25", "Over 1,100 firms, 600-plus deals at Hefei convention",
        "HEFEI -- More than 1,100 companies took part in the 2027 World Manufacturing Convention, where over 600 "
        "projects were signed, the organizers said."),
]
GOLD_WMC27_HEADLINE_VARIANTS_BLIND = {
    (0, 1130, "count"): "new", (0, 640, "count"): "new",
    (1, 1100, "count"): "known", (1, 600, "count"): "known",
}



STORY_WIMC27_HEADLINE_ONLY_DIFFERENT_BLIND = [
    doc("2027-11-30", "Nanjing conference: 2,300 guests, 65 deals",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference has closed. Guests from 20 countries and "
        "regions attended."),
    doc("2027-12-01", "Nanjing conference closes",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference closed with 2,310 guests and 65 projects."),
]
GOLD_WIMC27_HEADLINE_ONLY_DIFFERENT_BLIND = {
    (0, 2300, "count"): "new", (0, 65, "count"): "new", (0, 20, "count"): "new",
    (1, 2310, "count"): "changed:conflict", (1, 65, "count"): "known",
}



STORY_WMC27_LONG_SEED_STYLE_BLIND = [
    doc("2027-09-21", "World Manufacturing Convention opens new window for global cooperation",
        "Xinhua) 09:12, September 21, 2027\n\n"
        "HEFEI, Sept. 20 (Xinhua) -- The seventh World Manufacturing Convention kicked off Saturday in Hefei, capital "
        "of east China's Anhui Province, with more than 1,100 enterprises from 32 countries and regions on display.\n\n"
        "Data showed that in August, China's industrial added value above the designated size grew by 5.6 percent "
        "year on year, 0.3 percentage points higher than the previous month. High-tech manufacturing and equipment "
        "manufacturing grew by 9.1 percent and 7.2 percent year on year, respectively.\n\n"
        "The convention, covering an area of 80,000 square meters, features nine exhibition zones. At the opening "
        "ceremony, 152 projects with a total investment of 168.2 billion yuan were signed.\n\n"
        "Since its launch in 2018, the convention has seen 4,008 projects signed, with total investment exceeding 4.2 "
        "trillion yuan."),
    doc("2027-09-24", "World Manufacturing Convention concludes in Hefei",
        "HEFEI, Sept. 24 (Xinhua) -- The 2027 World Manufacturing Convention concluded on Tuesday in Hefei, with 640 "
        "projects signed, involving a total investment of 594.6 billion yuan. A total of 1,130 enterprises from 32 "
        "countries and regions took part in the exhibition."),
]
GOLD_WMC27_LONG_SEED_STYLE_BLIND = {
    (0, 1100, "count"): "new", (0, 32, "count"): "new", (0, 5.6, "percent"): "new",
    (0, 0.3, "percentage_point"): "new", (0, 9.1, "percent"): "new", (0, 7.2, "percent"): "new",
    (0, 80000, "m2"): "new", (0, 9, "count"): "new", (0, 152, "count"): "new", (0, 168.2 * B, "CNY"): "new",
    (0, 4008, "count"): "new", (0, 4.2e12, "CNY"): "new",
    # ("the seventh" convention is 2024's: the first story is about that edition)
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 1130, "count"): "new", (1, 32, "count"): "new",
}



STORY_WIMC27_KOREA_HERALD_PRN_BLIND = [
    doc("2027-11-29", "Nanjing Hosts 2027 World Intelligent Manufacturing Conference",
        "The Korea Herald\n\nBy PRNEWSWIRE\n\nPublished : Nov. 29, 2027 - 18:05\n\n    • Link copied\n\n"
        "NANJING, China, Nov. 29, 2027 /PRNewswire/ -- The 2027 World Intelligent Manufacturing Conference opened on "
        "Nov 27 in Nanjing. Spanning a 30,000-square-meter main hall and an additional 22,000 square meters of outdoor "
        "display, the expo features 286 exhibitors. Since its debut in 2016, the conference has hosted over 2,400 "
        "exhibitors and 150 forums."),
]
GOLD_WIMC27_KOREA_HERALD_PRN_BLIND = {
    (0, 30000, "m2"): "new", (0, 22000, "m2"): "new", (0, 286, "count"): "new", (0, 2400, "count"): "new",
    (0, 150, "count"): "new",
}



STORY_WMC27_ZH_THREE_REPORTS_BLIND = [
    doc("2027-09-20", "世界制造业大会今日开幕 展览面积8万平方米",
        "安徽日报讯 2027世界制造业大会今日在合肥滨湖国际会展中心开幕。本届大会展览面积8万平方米，设置智能制造、新能源汽车、"
        "新一代信息技术等9个展区，1100余家企业参展。"),
    doc("2027-09-21", "大会开幕式签约项目152个",
        "新华社合肥9月20日电 2027世界制造业大会20日开幕，开幕式上集中签约重大项目152个，总投资1682亿元，"
        "涉及新能源汽车、集成电路等领域。"),
    doc("2027-09-24", "世界制造业大会闭幕 签约项目640个",
        "中新网合肥9月23日电 2027世界制造业大会23日闭幕。大会期间共签约项目640个，总投资5946亿元，较上届增长2.5%；"
        "参展企业1130家，较上届增加70家。"),
]
GOLD_WMC27_ZH_THREE_REPORTS_BLIND = {
    (0, 80000, "m2"): "new", (0, 9, "count"): "new", (0, 1100, "count"): "new",
    (1, 152, "count"): "new", (1, 168.2 * B, "CNY"): "new",
    (2, 640, "count"): "new", (2, 594.6 * B, "CNY"): "new", (2, 2.5, "percent"): "new",
    (2, 1130, "count"): "changed:refined", (2, 70, "count"): "new",
}



STORY_WIMC27_ZH_EXPERTS_BLIND = [
    doc("2027-11-27", "两院院士齐聚南京",
        "2027世界智能制造大会今天开幕，30余位两院院士、200多位国内外知名专家学者和企业家代表参会。"),
    doc("2027-11-29", "大会闭幕",
        "2027世界智能制造大会闭幕。大会期间，共有27位两院院士、260位专家学者参会。"),
]
GOLD_WIMC27_ZH_EXPERTS_BLIND = {
    (0, 30, "count"): "new", (0, 200, "count"): "new",
    (1, 27, "count"): "changed:conflict", (1, 260, "count"): "changed:refined",  # (a count named by its first noun)
}



STORY_WIMC27_ZH_ONLINE_OFFLINE_BLIND = [
    doc("2027-11-28", "智能制造大会线上线下同步举办",
        "2027世界智能制造大会采取线上线下相结合方式举办。线下展览面积5万平方米，线上云展厅面积2万平方米；"
        "线下参展企业280家，线上参展企业420家。"),
    doc("2027-11-30", "大会闭幕",
        "2027世界智能制造大会闭幕。线下参展企业286家，线上参展企业438家，线上观看量突破1200万人次。"),
]
GOLD_WIMC27_ZH_ONLINE_OFFLINE_BLIND = {
    (0, 50000, "m2"): "new", (0, 20000, "m2"): "new", (0, 280, "count"): "new", (0, 420, "count"): "new",
    (1, 286, "count"): "changed:conflict", (1, 438, "count"): "changed:conflict", (1, 12e6, "count"): "new",
}



STORY_WMC27_EN_ZH_SAME_DAY_BLIND = [
    doc("2027-09-24", "世界制造业大会签约640个项目",
        "2027世界制造业大会共签约项目640个，总投资5946亿元。"),
    doc("2027-09-24", "WMC 2027 signs 640 projects",
        "The 2027 World Manufacturing Convention signed 640 projects worth 594.6 billion yuan (83.4 billion U.S. "
        "dollars)."),
]
GOLD_WMC27_EN_ZH_SAME_DAY_BLIND = {
    # (published the same day: in id order, the second first)
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 83.4 * B, "USD"): "new",
    (0, 640, "count"): "known", (0, 594.6 * B, "CNY"): "known",
}



STORY_WIMC27_FEATURE_MIXED_BLIND = [
    doc("2027-11-28", "Inside the Nanjing smart manufacturing show",
        "The 2027 World Intelligent Manufacturing Conference is being held in Nanjing through Monday. Roughly a fifth "
        "of its 283 exhibitors (58) come from overseas, organizers said, and 17 industrial software firms are showing "
        "their products for the first time. \"We have received more than 40 orders since Saturday,\" said Chen Lu, "
        "marketing director of a Changzhou robot company. The conference expects about 2,200 guests."),
    doc("2027-11-30", "Nanjing conference closes",
        "The 2027 World Intelligent Manufacturing Conference closed on Monday with 286 exhibitors, 61 of them from "
        "overseas, and 2,300 guests. Industrial software companies numbered 19."),
]
GOLD_WIMC27_FEATURE_MIXED_BLIND = {
    (0, 20, "percent"): "new", (0, 283, "count"): "new", (0, 58, "count"): "new", (0, 17, "count"): "new",
    (0, 40, "count"): "new", (0, 2200, "count"): "new",
    (1, 286, "count"): "changed:conflict", (1, 61, "count"): "changed:conflict", (1, 2300, "count"): "new",
    (1, 19, "count"): "changed:conflict",
}



STORY_WMC27_LIST_LINES_ZH_EN_BLIND = [
    doc("2027-09-24", "WMC 2027 by the numbers",
        "- 640: projects signed\n- 594.6 billion yuan: total investment\n- 68: foreign-funded projects\n"
        "- 1,130: exhibitors\n- 4: days"),
    doc("2027-09-25", "Convention correction",
        "HEFEI -- The number of foreign-funded projects signed at the 2027 World Manufacturing Convention was revised "
        "to 71, organizers said."),
]
GOLD_WMC27_LIST_LINES_ZH_EN_BLIND = {
    # (the list names the event only as "WMC 2027" in its title, with no city or province: linked to none)
    (1, 71, "count"): "new",
}



STORY_WMC27_ZH_PRESSER_BLIND = [
    doc("2027-09-15", "2027世界制造业大会新闻发布会",
        "9月15日，安徽省政府新闻办举行新闻发布会，介绍2027世界制造业大会筹备情况。据介绍，截至目前，已有1050家企业确认参展，"
        "其中境外企业170家；已确定举办论坛和对接活动30场；拟在开幕式上集中签约重大项目150个左右。"),
    doc("2027-09-24", "大会成果",
        "2027世界制造业大会闭幕。大会共有1130家企业参展，其中境外企业186家；举办论坛和对接活动32场；开幕式集中签约项目152个。"),
]
GOLD_WMC27_ZH_PRESSER_BLIND = {
    (0, 1050, "count"): "new", (0, 170, "count"): "new", (0, 30, "count"): "new", (0, 150, "count"): "new",
    (1, 1130, "count"): "changed:refined", (1, 186, "count"): "changed:refined", (1, 32, "count"): "changed:refined",  # ("截至目前" opens the sentence: 30 so far)
    (1, 152, "count"): "new",
}



STORY_WIMC27_EN_PRESSER_BLIND = [
    doc("2027-11-20", "Press conference on the 2027 World Intelligent Manufacturing Conference",
        "At a press conference on Wednesday, Jiangsu officials said 265 companies had so far confirmed they will "
        "exhibit at the 2027 World Intelligent Manufacturing Conference, and that about 40 projects are ready to be "
        "signed at the opening. The conference will hold 16 parallel forums."),
    doc("2027-11-28", "Conference opens with 28 projects signed",
        "The 2027 World Intelligent Manufacturing Conference opened on Saturday in Nanjing, where 28 projects were "
        "signed at the opening ceremony. A total of 283 companies are exhibiting."),
]
GOLD_WIMC27_EN_PRESSER_BLIND = {
    (0, 265, "count"): "new", (0, 40, "count"): "new", (0, 16, "count"): "new",
    (1, 28, "count"): "new", (1, 283, "count"): "changed:refined",
}



STORY_WMC27_GT_WRAP_FINAL_BLIND = [
    doc("2027-09-21", "WMC 2027 opening sees flurry of deals",
        "The 2027 World Manufacturing Convention opened in Hefei on Saturday with the signing of 152 projects at the "
        "opening ceremony, with total investment of 168.2 billion yuan. More than 1,100 exhibitors from 30-plus "
        "countries and regions are taking part, organizers said."),
    doc("2027-09-22", "Convention's second day",
        "By Sunday evening, the number of projects signed at the 2027 World Manufacturing Convention had risen to 238, "
        "while visitors totaled 104,000, organizers said."),
    doc("2027-09-24", "Hefei convention ends",
        "The World Manufacturing Convention 2027 wrapped up in Hefei on Tuesday. In all, 640 projects worth 594.6 "
        "billion yuan were signed, 1,130 companies exhibited and 213,000 people visited the halls."),
]
GOLD_WMC27_GT_WRAP_FINAL_BLIND = {
    (0, 152, "count"): "new", (0, 168.2 * B, "CNY"): "new", (0, 1100, "count"): "new", (0, 30, "count"): "new",
    (1, 238, "count"): "new", (1, 104000, "count"): "new",
    (2, 640, "count"): "changed:refined", (2, 594.6 * B, "CNY"): "new", (2, 1130, "count"): "changed:refined",
    (2, 213000, "count"): "changed:refined",
}



STORY_WIMC27_ZH_SUMMARY_FINAL_BLIND = [
    doc("2027-11-27", "2027世界智能制造大会开幕",
        "2027世界智能制造大会27日在南京开幕，为期三天。大会设置主论坛1场、平行论坛16场，展览面积5万平方米，近300家企业参展，"
        "开幕式上签约项目28个，总投资186亿元。"),
    doc("2027-11-29", "2027世界智能制造大会闭幕",
        "2027世界智能制造大会29日闭幕。三天来，大会共举办平行论坛17场，参展企业286家，累计签约项目65个，总投资412亿元，"
        "吸引参会嘉宾2300余人、观众11.8万人次。"),
]
GOLD_WIMC27_ZH_SUMMARY_FINAL_BLIND = {
    (0, 3, "day"): "new", (0, 1, "count"): "new", (0, 16, "count"): "new", (0, 50000, "m2"): "new",
    (0, 300, "count"): "new", (0, 28, "count"): "new", (0, 18.6 * B, "CNY"): "new",
    (1, 17, "count"): "changed:conflict", (1, 286, "count"): "changed:refined", (1, 65, "count"): "new",
    (1, 41.2 * B, "CNY"): "new", (1, 2300, "count"): "new", (1, 118000, "count"): "new",
}



STORY_WMC27_FOREIGN_FEATURE_FINAL_BLIND = [
    doc("2027-09-22", "Foreign firms bullish at Hefei convention",
        "Of the 1,130 exhibitors at this year's World Manufacturing Convention in Hefei, 186 are from overseas, up from "
        "154 last year. Japanese companies number 31, the largest foreign group, followed by 27 from Germany. \"We signed "
        "five agreements on the first day,\" said the China head of a Japanese machinery maker."),
    doc("2027-09-25", "Convention review",
        "The World Manufacturing Convention 2027 drew 33 Japanese and 27 German companies among 186 overseas "
        "exhibitors, organizers said in a review."),
]
GOLD_WMC27_FOREIGN_FEATURE_FINAL_BLIND = {
    (0, 1130, "count"): "new", (0, 186, "count"): "new", (0, 154, "count"): "new", (0, 31, "count"): "new",
    (0, 27, "count"): "new", (0, 5, "count"): "new",
    (1, 33, "count"): "changed:conflict", (1, 27, "count"): "known", (1, 186, "count"): "known",
}



STORY_WIMC26_PREVIEW_OPEN_CLOSE_B181 = [
    doc("2026-11-25", "World Intelligent Manufacturing Conference to open in Nanjing",
        "NANJING, Nov. 25 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference will be held in Nanjing from "
        "Nov. 28 to 30, with about 260 enterprises expected to exhibit across an exhibition area of 40,000 square "
        "meters, the organizing committee said at a press conference on Wednesday. The conference will feature 18 "
        "sub-forums, and more than 3,000 guests are expected to attend."),
    doc("2026-11-28", "Intelligent manufacturing conference opens in Nanjing",
        "NANJING, Nov. 28 (Xinhua) -- The 2026 World Intelligent Manufacturing Conference opened in Nanjing, capital of "
        "east China's Jiangsu Province, on Saturday. Some 276 enterprises, including 40 Fortune Global 500 companies, "
        "are showcasing their latest products and solutions. At the opening ceremony, 32 major projects with a total "
        "investment of 41.5 billion yuan were signed."),
    doc("2026-11-30", "2026 WIMC concludes in Nanjing",
        "NANJING, Nov. 30 (Xinhua) -- The three-day 2026 World Intelligent Manufacturing Conference closed on Monday in "
        "Nanjing. A total of 78 projects with a total investment of 96.3 billion yuan were signed during the event, and "
        "19 sub-forums were held, according to the organizers. The conference drew more than 3,600 guests, including 21 "
        "academicians of the Chinese Academy of Sciences and the Chinese Academy of Engineering."),
]
GOLD_WIMC26_PREVIEW_OPEN_CLOSE_B181 = {
    (0, 260, "count"): "skip", (0, 40000, "m2"): "new", (0, 18, "count"): "new", (0, 3000, "count"): "skip",
    (1, 276, "count"): "new", (1, 40, "count"): "new", (1, 32, "count"): "new", (1, 41.5 * B, "CNY"): "new",
    (2, 3, "day"): "new", (2, 78, "count"): "new", (2, 96.3 * B, "CNY"): "new",
    (2, 19, "count"): "changed:conflict", (2, 3600, "count"): "new", (2, 21, "count"): "new",
}



STORY_WMC25_PRN_REPRINT_CLOSE_B181 = [
    doc("2025-09-20", "2025 World Manufacturing Convention Opens in Hefei",
        "HEFEI, China, Sept. 20, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention opened on September 20 in "
        "Hefei, Anhui Province. Running through September 23, the convention features an exhibition area of 80,000 "
        "square meters and more than 1,500 participating companies from 29 countries and regions."),
    doc("2025-09-20", "2025 World Manufacturing Convention Opens in Hefei",
        "HEFEI, China, Sept. 20, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention opened on September 20 in "
        "Hefei, Anhui Province. Running through September 23, the convention features an exhibition area of 80,000 "
        "square meters and more than 1,500 participating companies from 29 countries and regions.\n"
        "SOURCE World Manufacturing Convention Organizing Committee"),
    doc("2025-09-23", "World Manufacturing Convention closes in Hefei",
        "HEFEI, Sept. 23 (Xinhua) -- The 2025 World Manufacturing Convention closed in Hefei on Tuesday, with 714 "
        "projects signed, involving a total investment of 660.3 billion yuan. Over four days, the convention received "
        "more than 2,800 domestic and foreign guests and 220,000 visitors, including 18,000 professional buyers."),
    doc("2025-09-28", "Hefei convention leaves manufacturers upbeat",
        "Last week's World Manufacturing Convention in Hefei saw 714 projects signed with a total investment of 660.3 "
        "billion yuan, 36 more projects than the 2024 edition, organizers said."),
]
GOLD_WMC25_PRN_REPRINT_CLOSE_B181 = {
    (0, 80000, "m2"): "new", (0, 1500, "count"): "new", (0, 29, "count"): "new",
    (1, 80000, "m2"): "known", (1, 1500, "count"): "known", (1, 29, "count"): "known",
    (2, 714, "count"): "new", (2, 660.3 * B, "CNY"): "new", (2, 4, "day"): "new", (2, 2800, "count"): "new",
    (2, 220000, "count"): "new", (2, 18000, "count"): "new",
    (3, 714, "count"): "known", (3, 660.3 * B, "CNY"): "known", (3, 36, "count"): "new",
}



STORY_WMC26_ZH_OPEN_CLOSE_B181 = [
    doc("2026-09-19", "2026世界制造业大会在合肥开幕",
        "9月19日，2026世界制造业大会在合肥滨湖国际会展中心开幕。本届大会为期4天，展览面积约8万平方米，共有来自34个国家和地区的"
        "1600余家企业参展，其中世界500强企业83家。开幕式上集中签约项目126个，总投资1320亿元。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "2026世界制造业大会22日在合肥闭幕。大会期间共签约项目682个，总投资6380亿元，其中外资项目59个；线上线下参观人数累计突破"
        "100万人次，其中线下观众23.6万人次。"),
]
GOLD_WMC26_ZH_OPEN_CLOSE_B181 = {
    (0, 4, "day"): "new", (0, 80000, "m2"): "new", (0, 34, "count"): "new", (0, 1600, "count"): "new",
    (0, 83, "count"): "new", (0, 126, "count"): "new", (0, 132 * B, "CNY"): "new",
    (1, 682, "count"): "new", (1, 638 * B, "CNY"): "new", (1, 59, "count"): "new",
    (1, 1000000, "count"): "new", (1, 236000, "count"): "new",
}



STORY_WIMC26_GT_HISTORY_B181 = [
    doc("2026-11-27", "Nanjing gears up for intelligent manufacturing gathering",
        "The World Intelligent Manufacturing Conference, which has been held in Nanjing every year since 2016, returns "
        "this weekend. Over its first ten editions the conference attracted more than 30,000 guests and saw some 1,200 "
        "projects signed, organizers said. Last year's conference signed 71 projects. This year, 276 companies have "
        "confirmed they will exhibit, said Li Wei, an official with the organizing committee.\n"
        "Global Times) 09:12, November 27, 2026"),
    doc("2026-12-01", "Nanjing conference tallies results",
        "The 2026 World Intelligent Manufacturing Conference in Nanjing ended with 78 projects signed, seven more than "
        "last year, and 281 exhibitors, organizers said on Tuesday. Since 2016, the conference has now seen nearly "
        "1,280 projects signed."),
]
GOLD_WIMC26_GT_HISTORY_B181 = {
    (0, 30000, "count"): "new", (0, 1200, "count"): "new", (0, 71, "count"): "skip", (0, 276, "count"): "new",
    (1, 78, "count"): "new", (1, 7, "count"): "new", (1, 281, "count"): "changed:conflict",
    (1, 1280, "count"): "changed:refined",
}



STORY_WMC24_CGTN_FEATURE_B182 = [
    doc("2024-09-20", "Robots, EVs and chips take center stage at Hefei manufacturing convention",
        "The 2024 World Manufacturing Convention kicked off in Hefei, capital of east China's Anhui Province, on "
        "Friday. Spanning 70,000 square meters, the exhibition brings together more than 510 companies, 48 of them "
        "Fortune Global 500 firms.\n"
        "At the booth of a local carmaker, a sedan with a range of 1,000 kilometers drew crowds. \"We delivered 300,000 "
        "vehicles in the first eight months, up 25 percent year on year,\" a company spokesperson said.\n"
        "Anhui produced 1.1 million new energy vehicles in the first half of the year, about one in every ten made "
        "in China.\n"
        "A humanoid robot standing 1.7 meters tall and able to carry 20 kilograms shook hands with visitors. Its "
        "maker said it plans to build 1,000 units next year."),
    doc("2024-09-23", "Manufacturing convention ends in Hefei",
        "The 2024 World Manufacturing Convention closed on Monday in Hefei. Over its four days, 723 projects "
        "with a total investment of 543.9 billion yuan were signed, and 523 companies exhibited, organizers said. "
        "Visitors exceeded 230,000."),
]
GOLD_WMC24_CGTN_FEATURE_B182 = {
    (0, 70000, "m2"): "new", (0, 510, "count"): "new", (0, 48, "count"): "new",
    (1, 4, "day"): "new", (1, 723, "count"): "new", (1, 543.9 * B, "CNY"): "new", (1, 523, "count"): "changed:refined",
    (1, 230000, "count"): "new",
}



STORY_WIMC24_PD_COMPARE_B182 = [
    doc("2024-11-29", "World Intelligent Manufacturing Conference opens",
        "(People's Daily Online) 14:05, November 29, 2024\n"
        "The 2024 World Intelligent Manufacturing Conference opened in Nanjing on Friday. Compared with last year, the "
        "exhibition area has grown from 35,000 to 42,000 square meters and the number of exhibitors from 230 to 263. "
        "Twelve parallel forums will be held during the three-day event."),
    doc("2024-12-01", "WIMC 2024 wraps up",
        "(People's Daily Online) 16:40, December 01, 2024\n"
        "The 2024 World Intelligent Manufacturing Conference concluded in Nanjing on Sunday, with 52 projects worth a "
        "combined 53.63 billion yuan signed. The exhibition, covering 42,000 square meters, drew 263 exhibitors and "
        "about 105,000 visitors, and 13 parallel forums were held."),
]
GOLD_WIMC24_PD_COMPARE_B182 = {
    (0, 35000, "m2"): "skip", (0, 42000, "m2"): "new", (0, 230, "count"): "skip", (0, 263, "count"): "new",
    (0, 12, "count"): "new", (0, 3, "day"): "new",
    (1, 52, "count"): "new", (1, 53.63 * B, "CNY"): "new", (1, 42000, "m2"): "known", (1, 263, "count"): "known",
    (1, 105000, "count"): "new", (1, 13, "count"): "changed:conflict",
}



STORY_WMC23_CORRECTION_B182 = [
    doc("2023-09-23", "World Manufacturing Convention closes with 870 deals",
        "HEFEI -- The 2023 World Manufacturing Convention closed in Hefei on Saturday, with 870 projects signed, "
        "bringing in investment of 445.75 billion yuan, the organizers said."),
    doc("2023-09-25", "Correction: World Manufacturing Convention",
        "An earlier version of a story about the 2023 World Manufacturing Convention in Hefei misstated the number of "
        "projects signed. It was 807, not 870. The investment figure of 445.75 billion yuan was correct."),
]
GOLD_WMC23_CORRECTION_B182 = {
    (0, 870, "count"): "new", (0, 445.75 * B, "CNY"): "new",
    (1, 807, "count"): "changed:conflict", (1, 870, "count"): "skip", (1, 445.75 * B, "CNY"): "known",
}



STORY_WIMC25_ZH_DAYS_B182 = [
    doc("2025-11-28", "2025世界智能制造大会开幕 首日签约项目31个",
        "11月28日，2025世界智能制造大会在南京国际博览中心开幕。开幕首日，大会共签约项目31个，总投资达218亿元。本届大会展览面积4.5万平方米，"
        "280余家企业携最新产品亮相。"),
    doc("2025-11-30", "2025世界智能制造大会闭幕",
        "11月30日，为期三天的2025世界智能制造大会在南京闭幕。据统计，大会共签约项目71个，总投资超500亿元；参展企业292家，"
        "吸引专业观众和市民11.2万人次到场参观，线上直播观看量超过2000万人次。"),
]
GOLD_WIMC25_ZH_DAYS_B182 = {
    (0, 31, "count"): "new", (0, 21.8 * B, "CNY"): "new", (0, 45000, "m2"): "new", (0, 280, "count"): "new",
    (1, 3, "day"): "new", (1, 71, "count"): "new", (1, 50 * B, "CNY"): "new", (1, 292, "count"): "changed:refined",
    (1, 112000, "count"): "new", (1, 20000000, "count"): "new",
}



STORY_WIMC25_CD_CONTEXT_B183 = [
    doc("2025-11-27", "Nanjing's smart factories set the scene for global conference",
        "NANJING -- As the World Intelligent Manufacturing Conference returns to Nanjing for its tenth edition on "
        "Friday, the host city has a story of its own to tell. Nanjing now counts 1,650 smart workshops and 96 smart "
        "factories, and its intelligent manufacturing output topped 1 trillion yuan last year, city officials said.\n"
        "This year's conference will run for three days and bring together about 300 exhibitors on 50,000 square "
        "meters, up from 45,000 square meters last year, organizers said."),
    doc("2025-11-29", "Intelligent manufacturing conference hits its stride",
        "NANJING -- Halfway through the three-day World Intelligent Manufacturing Conference, organizers said 306 "
        "exhibitors were in the halls and 64 projects had been signed, worth 48.7 billion yuan. Visitors so far "
        "numbered 62,000."),
    doc("2025-11-30", "WIMC closes",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed on Sunday. The final count was 81 "
        "projects worth 61.2 billion yuan, and 108,000 visitors, organizers said."),
]
GOLD_WIMC25_CD_CONTEXT_B183 = {
    (0, 1650, "count"): "skip", (0, 96, "count"): "skip", (0, 1 * 1000 * B, "CNY"): "skip", (0, 3, "day"): "new",
    (0, 300, "count"): "new", (0, 50000, "m2"): "new", (0, 45000, "m2"): "skip",
    (1, 3, "day"): "known", (1, 306, "count"): "changed:refined", (1, 64, "count"): "new", (1, 48.7 * B, "CNY"): "new",
    (1, 62000, "count"): "new",
    (2, 81, "count"): "changed:refined", (2, 61.2 * B, "CNY"): "changed:refined", (2, 108000, "count"): "changed:refined",
}



STORY_WMC26_GT_RUNNING_B183 = [
    doc("2026-09-21", "Deals pile up at Hefei convention",
        "HEFEI -- The number of projects signed at the 2026 World Manufacturing Convention rose to 654 by Monday "
        "evening, organizers said, with total investment of 598.2 billion yuan."),
    doc("2026-09-22", "Hefei convention tally grows",
        "HEFEI -- The tally of projects signed at the 2026 World Manufacturing Convention rose to 705 by the end of "
        "Tuesday from 654 the day before, organizers said. Investment involved reached 641.9 billion yuan."),
    doc("2026-09-23", "Hefei convention wraps up",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Wednesday with 728 projects signed and investment "
        "of 660.5 billion yuan."),
]
GOLD_WMC26_GT_RUNNING_B183 = {
    (0, 654, "count"): "new", (0, 598.2 * B, "CNY"): "new",
    (1, 705, "count"): "changed:refined", (1, 654, "count"): "known", (1, 641.9 * B, "CNY"): "changed:refined",
    (2, 728, "count"): "changed:refined", (2, 660.5 * B, "CNY"): "changed:refined",
}



STORY_WMC24_PRN_BULLETS_B183 = [
    doc("2024-09-24", "2024 World Manufacturing Convention Concludes with Record Results",
        "HEFEI, China, Sept. 24, 2024 /PRNewswire/ -- The 2024 World Manufacturing Convention has concluded in Hefei. "
        "Highlights of this year's event:\n"
        "- 1,500+ exhibitors from 35 countries and regions\n"
        "- 723 projects signed, with total investment of RMB 543.9 billion\n"
        "- 12 million+ online views of livestreamed sessions\n"
        "- 18 forums and 6 matchmaking sessions\n"
        "The convention has been held in Hefei every year since 2018."),
    doc("2024-09-25", "Hefei convention posts record results",
        "HEFEI -- The World Manufacturing Convention 2024 drew more than 1,500 exhibitors from 35 countries and regions, "
        "and 723 projects with investment of 543.9 billion yuan were signed, organizers said. Its livestreams were "
        "watched over 12.8 million times."),
]
GOLD_WMC24_PRN_BULLETS_B183 = {
    (0, 1500, "count"): "new", (0, 35, "count"): "new", (0, 723, "count"): "new", (0, 543.9 * B, "CNY"): "new",
    (0, 12 * 1000000, "count"): "new", (0, 18, "count"): "new", (0, 6, "count"): "new",
    (1, 1500, "count"): "known", (1, 35, "count"): "known", (1, 723, "count"): "known", (1, 543.9 * B, "CNY"): "known",
    (1, 12.8 * 1000000, "count"): "changed:refined",
}



STORY_WMC25_ZH_YOY_B183 = [
    doc("2025-09-20", "2025世界制造业大会开幕",
        "9月20日，2025世界制造业大会在合肥开幕。本届大会展览面积8万平方米，参展企业超1500家，同比增长6%，其中境外企业230余家。"),
    doc("2025-09-23", "2025世界制造业大会闭幕 签约项目714个",
        "9月23日，2025世界制造业大会闭幕。大会期间共签约项目714个，总投资6603亿元，同比增长21.4%；参展企业1560家，"
        "专业观众12万人次。"),
]
GOLD_WMC25_ZH_YOY_B183 = {
    (0, 80000, "m2"): "new", (0, 1500, "count"): "new", (0, 6, "percent"): "new", (0, 230, "count"): "new",
    (1, 714, "count"): "new", (1, 660.3 * B, "CNY"): "new", (1, 21.4, "percent"): "new",
    (1, 1560, "count"): "changed:refined", (1, 120000, "count"): "new",
}



STORY_WMC24_ROUNDUP_TWO_EVENTS_B184 = [
    doc("2024-09-24", "Hefei convention closes with 723 deals",
        "HEFEI -- The 2024 World Manufacturing Convention closed in Hefei on Monday with 723 projects signed, "
        "involving investment of 543.9 billion yuan (about 76.6 billion U.S. dollars). Of the projects, 58 were "
        "foreign-funded. More than 510 companies exhibited."),
    doc("2024-12-02", "China's manufacturing events year in review",
        "This year's big manufacturing gatherings told a story of scale. In September, the World Manufacturing "
        "Convention in Hefei drew 523 exhibitors and signed 723 projects worth 543.9 billion yuan. At the end of "
        "November, the World Intelligent Manufacturing Conference in Nanjing brought together 263 exhibitors and saw "
        "52 projects signed, worth 53.63 billion yuan."),
]
GOLD_WMC24_ROUNDUP_TWO_EVENTS_B184 = {
    (0, 723, "count"): "new", (0, 543.9 * B, "CNY"): "new", (0, 76.6 * B, "USD"): "skip", (0, 58, "count"): "new",
    (0, 510, "count"): "new",
    (1, 523, "count"): "changed:refined", (1, 723, "count"): "known", (1, 543.9 * B, "CNY"): "known",
    (1, 263, "count"): "skip", (1, 52, "count"): "skip", (1, 53.63 * B, "CNY"): "skip",
}



STORY_WIMC24_XINHUA_ZH_B184 = [
    doc("2024-11-29", "2024世界智能制造大会在南京开幕",
        "新华社南京11月29日电（记者 王某）2024世界智能制造大会29日在南京开幕。据了解，本届大会为期3天，设置展览面积4.2万平方米，"
        "吸引263家企业参展，其中世界500强企业及行业龙头企业40余家。大会期间将举办1场主论坛和12场平行论坛。"),
    doc("2024-12-01", "2024世界智能制造大会闭幕 签约项目52个",
        "记者从大会组委会获悉，2024世界智能制造大会1日在南京闭幕。本届大会共签约项目52个，总投资536.3亿元，举办平行论坛13场，"
        "累计吸引观众10.5万人次。"),
]
GOLD_WIMC24_XINHUA_ZH_B184 = {
    (0, 3, "day"): "new", (0, 42000, "m2"): "new", (0, 263, "count"): "new", (0, 40, "count"): "new",
    (0, 12, "count"): "new",
    (1, 52, "count"): "new", (1, 53.63 * B, "CNY"): "new", (1, 13, "count"): "changed:conflict",
    (1, 105000, "count"): "new",
}



STORY_WMC23_LASTYEAR_COMPARE_B184 = [
    doc("2024-09-18", "Hefei readies for sixth manufacturing convention",
        "HEFEI -- Organizers of the 2024 World Manufacturing Convention, which opens on Friday in Hefei, expect more "
        "than 500 exhibitors. Last year's convention signed 870 projects with investment of 445.75 billion yuan and "
        "drew 470 exhibitors."),
    doc("2024-09-23", "Hefei convention ends",
        "HEFEI -- The 2024 World Manufacturing Convention ended in Hefei on Monday with 723 projects signed, fewer than "
        "the 870 of last year, though investment rose to 543.9 billion yuan from 445.75 billion yuan. It had 523 "
        "exhibitors."),
]
GOLD_WMC23_LASTYEAR_COMPARE_B184 = {
    (0, 500, "count"): "skip", (0, 870, "count"): "skip", (0, 445.75 * B, "CNY"): "skip", (0, 470, "count"): "skip",
    (1, 723, "count"): "new", (1, 870, "count"): "skip", (1, 543.9 * B, "CNY"): "new", (1, 445.75 * B, "CNY"): "skip",
    (1, 523, "count"): "new",
}



STORY_WIMC25_GT_QUOTES_B184 = [
    doc("2025-11-28", "Humanoids and AI agents star at Nanjing conference",
        "The 2025 World Intelligent Manufacturing Conference opened in Nanjing on Friday, with some 300 exhibitors, 32 "
        "of them humanoid robot makers. \"Three years ago we had five robot companies here,\" said Zhang Lin, a "
        "member of the organizing committee. \"Now the halls are full of them.\" Organizers said 18 parallel forums "
        "will run over the three days.\n"
        "Global Times) 10:02, November 28, 2025"),
    doc("2025-11-30", "Nanjing conference ends with 71 deals",
        "The 2025 World Intelligent Manufacturing Conference ended in Nanjing on Sunday, with 71 projects signed and "
        "total investment exceeding 50 billion yuan. Some 306 companies exhibited, including 34 humanoid robot makers, "
        "and 18 parallel forums were held.\n"
        "Global Times) 18:45, November 30, 2025"),
]
GOLD_WIMC25_GT_QUOTES_B184 = {
    (0, 300, "count"): "new", (0, 32, "count"): "new", (0, 5, "count"): "skip", (0, 18, "count"): "new",
    (0, 3, "day"): "new",
    (1, 71, "count"): "new", (1, 50 * B, "CNY"): "new", (1, 306, "count"): "changed:refined",
    (1, 34, "count"): "changed:conflict", (1, 18, "count"): "known",
}



STORY_WIMC25_SITE_OVERVIEW_B185 = [
    doc("2025-10-15", "2025 World Intelligent Manufacturing Conference | Overview",
        "Overview\n"
        "Dates: November 28-30, 2025\n"
        "Venue: Nanjing International Expo Center, Nanjing, Jiangsu\n"
        "Exhibition area: 50,000 sqm\n"
        "Exhibitors: 300+\n"
        "Forums: 1 main forum, 18 parallel forums\n"
        "Expected attendance: 100,000"),
    doc("2025-11-30", "2025 World Intelligent Manufacturing Conference | News",
        "The 2025 World Intelligent Manufacturing Conference closed in Nanjing today. Over three days, 306 exhibitors "
        "showed their products across 50,000 square meters, 18 parallel forums were held and 108,000 people visited."),
]
GOLD_WIMC25_SITE_OVERVIEW_B185 = {
    (0, 50000, "m2"): "new", (0, 300, "count"): "new", (0, 18, "count"): "new", (0, 100000, "count"): "skip",
    (1, 3, "day"): "new", (1, 306, "count"): "changed:refined", (1, 50000, "m2"): "known", (1, 18, "count"): "known",
    (1, 108000, "count"): "new",
}



STORY_WMC25_USD_SHARES_B185 = [
    doc("2025-09-23", "Hefei convention draws foreign exhibitors",
        "HEFEI -- Foreign companies accounted for about 15 percent of the 1,560 exhibitors at the 2025 World "
        "Manufacturing Convention, which closed on Tuesday. The 714 projects signed carry investment of 660.3 billion "
        "yuan ($92.9 billion), with 62 foreign-funded projects worth $8.1 billion among them."),
    doc("2025-09-26", "Manufacturing convention deals analysed",
        "The 714 deals signed at this year's World Manufacturing Convention in Hefei are worth about $93 billion. "
        "Foreign-funded projects numbered 62, worth some $8.1 billion, and overseas exhibitors made up 15 percent of "
        "the total."),
]
GOLD_WMC25_USD_SHARES_B185 = {
    (0, 15, "percent"): "new", (0, 1560, "count"): "new", (0, 714, "count"): "new", (0, 660.3 * B, "CNY"): "new",
    (0, 92.9 * B, "USD"): "new", (0, 62, "count"): "new", (0, 8.1 * B, "USD"): "new",
    (1, 714, "count"): "known", (1, 93 * B, "USD"): "known", (1, 62, "count"): "known", (1, 8.1 * B, "USD"): "known",
    (1, 15, "percent"): "known",
}



STORY_WIMC23_TWO_OUTLETS_B185 = [
    doc("2023-12-06", "World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Dec. 6 (Xinhua) -- The 2023 World Intelligent Manufacturing Conference opened in Nanjing on "
        "Wednesday. Over 230 companies are exhibiting in 12 zones covering 35,000 square meters."),
    doc("2023-12-08", "Nanjing event wraps up with 60 deals",
        "The 2023 World Intelligent Manufacturing Conference concluded on Friday in Nanjing, where 241 exhibitors "
        "took part and 60 projects worth 52.5 billion yuan were signed. The largest, a 6.8-billion-yuan smart "
        "equipment base, was signed by a Shanghai firm."),
    doc("2023-12-09", "Nanjing conference signs 60 projects",
        "NANJING -- A total of 60 projects, with a combined investment of 52.5 billion yuan, were signed at the 2023 "
        "World Intelligent Manufacturing Conference, which closed on Friday. Exhibitors numbered 241."),
]
GOLD_WIMC23_TWO_OUTLETS_B185 = {
    (0, 230, "count"): "new", (0, 12, "count"): "new", (0, 35000, "m2"): "new",
    (1, 241, "count"): "changed:refined", (1, 60, "count"): "new", (1, 52.5 * B, "CNY"): "new",
    (1, 6.8 * B, "CNY"): "new",
    (2, 60, "count"): "known", (2, 52.5 * B, "CNY"): "known", (2, 241, "count"): "known",
}



STORY_WMC26_ZH_PREVIEW_B185 = [
    doc("2026-09-10", "2026世界制造业大会将于9月19日开幕",
        "记者从10日召开的新闻发布会上获悉，2026世界制造业大会将于9月19日至22日在合肥举办。本届大会预计将有1500家以上企业参展，"
        "展览面积8万平方米，计划举办各类活动30余场，拟签约项目600个以上。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "2026世界制造业大会22日闭幕。据统计，本届大会共有1620家企业参展，举办各类活动32场，签约项目682个，总投资6380亿元。"),
]
GOLD_WMC26_ZH_PREVIEW_B185 = {
    (0, 1500, "count"): "skip", (0, 80000, "m2"): "new", (0, 30, "count"): "new", (0, 600, "count"): "skip",
    (1, 1620, "count"): "new", (1, 32, "count"): "changed:refined", (1, 682, "count"): "new", (1, 638 * B, "CNY"): "new",
}



STORY_WIMC24_LATE_REVIEW_B186 = [
    doc("2024-12-01", "Nanjing intelligent manufacturing conference closes",
        "NANJING -- The World Intelligent Manufacturing Conference closed in Nanjing on Sunday with 52 projects signed, "
        "worth 53.63 billion yuan. It drew 263 exhibitors."),
    doc("2025-01-08", "Jiangsu looks back on a year of smart manufacturing",
        "Jiangsu's smart manufacturing push gathered pace in 2024. At last month's World Intelligent Manufacturing "
        "Conference in Nanjing, 263 exhibitors showed their wares and 52 projects worth 53.6 billion yuan were "
        "signed. The province now has 2,400 smart workshops."),
]
GOLD_WIMC24_LATE_REVIEW_B186 = {
    (0, 52, "count"): "new", (0, 53.63 * B, "CNY"): "new", (0, 263, "count"): "new",
    (1, 263, "count"): "known", (1, 52, "count"): "known", (1, 53.6 * B, "CNY"): "known", (1, 2400, "count"): "skip",
}



STORY_WMC26_OTHER_NANJING_EVENT_B186 = [
    doc("2026-09-22", "Hefei convention signs 682 projects",
        "HEFEI -- The 2026 World Manufacturing Convention closed in Hefei on Tuesday with 682 projects signed and 1,620 "
        "exhibitors."),
    doc("2026-09-26", "Nanjing hosts connected vehicle conference",
        "NANJING -- The World Intelligent Connected Vehicles Conference opened in Nanjing on Saturday with 320 "
        "exhibitors and 45 projects signed. The event comes days after the World Manufacturing Convention in Hefei "
        "signed 682 projects."),
]
GOLD_WMC26_OTHER_NANJING_EVENT_B186 = {
    (0, 682, "count"): "new", (0, 1620, "count"): "new",
    (1, 320, "count"): "skip", (1, 45, "count"): "skip", (1, 682, "count"): "known",
}



STORY_WMC25_GENERIC_ALIAS_B186 = [
    doc("2025-09-20", "World manufacturing conference opens in Hefei",
        "HEFEI -- The World Manufacturing Conference 2025 opened on Saturday in Hefei, capital of Anhui Province, "
        "with more than 1,500 companies exhibiting and 126 projects signed at the opening ceremony."),
    doc("2025-09-23", "Anhui convention ends",
        "HEFEI -- The 2025 World Manufacturing Convention ended on Tuesday. A total of 714 projects were signed and "
        "1,560 companies exhibited."),
]
GOLD_WMC25_GENERIC_ALIAS_B186 = {
    (0, 1500, "count"): "new", (0, 126, "count"): "new",
    (1, 714, "count"): "new", (1, 1560, "count"): "changed:refined",
}



STORY_WIMC26_ZH_MEDIA_B186 = [
    doc("2026-11-28", "世界智能制造大会开幕 人形机器人成焦点",
        "11月28日，2026世界智能制造大会在南京开幕。记者在现场看到，今年共有近40家人形机器人企业参展，比去年多出12家。"
        "大会组委会介绍，本届大会参展企业超过280家，展览面积5.2万平方米。"),
    doc("2026-11-30", "2026世界智能制造大会闭幕",
        "11月30日，2026世界智能制造大会闭幕。本届大会参展企业291家，其中人形机器人企业38家；共签约项目78个，总投资963亿元。"),
]
GOLD_WIMC26_ZH_MEDIA_B186 = {
    (0, 40, "count"): "new", (0, 12, "count"): "new", (0, 280, "count"): "new", (0, 52000, "m2"): "new",
    (1, 291, "count"): "changed:refined", (1, 38, "count"): "changed:refined", (1, 78, "count"): "new", (1, 96.3 * B, "CNY"): "new",
}



STORY_WMC26_CHINADAILY_LONG_B187 = [
    doc("2026-09-19", "Manufacturing convention opens in Hefei",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Saturday in Hefei, Anhui province, bringing "
        "together more than 1,600 enterprises from 34 countries and regions.\n"
        "The four-day event, themed on intelligent and green manufacturing, features an exhibition area of 80,000 "
        "square meters divided into 10 zones. The largest, for new energy vehicles, covers 12,000 sq m.\n"
        "Anhui has become one of China's major car-making hubs, producing 2.5 million vehicles last year, said Wang "
        "Qingxian, the provincial governor.\n"
        "More than 200 new products are expected to make their debut during the convention."),
    doc("2026-09-22", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention concluded on Tuesday. Some 1,620 enterprises took part, and "
        "236 new products made their debut, organizers said. The NEV zone, the biggest of the 10, drew about 70,000 "
        "visitors."),
]
GOLD_WMC26_CHINADAILY_LONG_B187 = {
    (0, 1600, "count"): "new", (0, 34, "count"): "new", (0, 4, "day"): "new", (0, 80000, "m2"): "new",
    (0, 10, "count"): "new", (0, 12000, "m2"): "new", (0, 2.5 * 1000000, "count"): "skip", (0, 200, "count"): "skip",
    # (left out: the 10 of "the biggest of the 10", zones the noun before it names)
    (1, 1620, "count"): "changed:refined", (1, 236, "count"): "new", (1, 70000, "count"): "new",
}



STORY_WIMC26_SIGNING_BATCHES_B187 = [
    doc("2026-11-28", "Nanjing conference opens with signing",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference opened on Saturday. A signing ceremony "
        "during the opening saw 32 projects worth 41.5 billion yuan sealed."),
    doc("2026-11-29", "More deals in Nanjing",
        "NANJING -- Another 26 projects worth 30.2 billion yuan were signed on Sunday at the 2026 World Intelligent "
        "Manufacturing Conference, bringing the total to 58 projects and 71.7 billion yuan."),
    doc("2026-11-30", "Nanjing conference ends with 78 deals",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference ended on Monday with 20 more projects signed, "
        "taking the total to 78 projects worth 96.3 billion yuan."),
]
GOLD_WIMC26_SIGNING_BATCHES_B187 = {
    (0, 32, "count"): "new", (0, 41.5 * B, "CNY"): "new",
    (1, 26, "count"): "new", (1, 30.2 * B, "CNY"): "new", (1, 58, "count"): "new", (1, 71.7 * B, "CNY"): "new",
    (2, 20, "count"): "new", (2, 78, "count"): "changed:refined", (2, 96.3 * B, "CNY"): "changed:refined",
}



STORY_WMC25_VISITOR_DAYS_B187 = [
    doc("2025-09-21", "Crowds flock to Hefei convention",
        "HEFEI -- The 2025 World Manufacturing Convention welcomed about 65,000 visitors on its opening day on "
        "Saturday, organizers said."),
    doc("2025-09-22", "Visitor numbers climb at Hefei convention",
        "HEFEI -- After two days, the 2025 World Manufacturing Convention had received 128,000 visitors, organizers "
        "said on Sunday evening."),
    doc("2025-09-23", "Hefei convention ends",
        "HEFEI -- The 2025 World Manufacturing Convention ended on Tuesday after receiving 220,000 visitors over four "
        "days."),
]
GOLD_WMC25_VISITOR_DAYS_B187 = {
    (0, 65000, "count"): "new",
    (1, 128000, "count"): "new",
    (2, 220000, "count"): "changed:refined", (2, 4, "day"): "new",
}



STORY_WIMC25_ZH_FORUMS_B187 = [
    doc("2025-11-26", "2025世界智能制造大会将开幕",
        "记者26日从大会组委会获悉，2025世界智能制造大会将于11月28日至30日在南京举行。大会将举办开幕式暨主论坛、18场平行论坛以及"
        "智能制造博览会，预计参会嘉宾3000余人。"),
    doc("2025-11-30", "2025世界智能制造大会闭幕",
        "2025世界智能制造大会30日闭幕。大会共举办平行论坛19场，参会嘉宾3200余人，其中两院院士21位。"),
]
GOLD_WIMC25_ZH_FORUMS_B187 = {
    (0, 18, "count"): "new", (0, 3000, "count"): "skip",
    (1, 19, "count"): "changed:conflict", (1, 3200, "count"): "new", (1, 21, "count"): "new",
}



STORY_WMC24_SAME_DAY_TIMES_B188 = [
    doc("2024-09-20", "Hefei convention opens, deals signed",
        "(Global Times) 18:20, September 20, 2024\n"
        "The 2024 World Manufacturing Convention opened in Hefei on Friday. By the afternoon, 152 projects had been "
        "signed, organizers said."),
    doc("2024-09-20", "Hefei convention opens with 130 deals",
        "(Global Times) 11:05, September 20, 2024\n"
        "The 2024 World Manufacturing Convention opened in Hefei on Friday morning with 130 projects signed at the "
        "opening ceremony."),
]
GOLD_WMC24_SAME_DAY_TIMES_B188 = {
    (1, 130, "count"): "new",
    (0, 152, "count"): "changed:refined",
}



STORY_WMC24_PRN_HEADLINE_B188 = [
    doc("2024-09-24", "2024 World Manufacturing Convention Inks 723 Projects Worth RMB 543.9 Billion",
        "HEFEI, China, Sept. 24, 2024 /PRNewswire/ -- The 2024 World Manufacturing Convention closed in Hefei, with "
        "723 projects signed and total investment of RMB 543.9 billion. A total of 523 companies exhibited, including "
        "48 Fortune Global 500 companies."),
    doc("2024-09-25", "Hefei convention totals",
        "The 2024 World Manufacturing Convention in Hefei signed 723 projects with a total contract value of 543.9 "
        "billion yuan. Exhibitors numbered 523, among them 48 of the Fortune Global 500."),
]
GOLD_WMC24_PRN_HEADLINE_B188 = {
    (0, 723, "count"): "new", (0, 543.9 * B, "CNY"): "new", (0, 523, "count"): "new", (0, 48, "count"): "new",
    (1, 723, "count"): "known", (1, 543.9 * B, "CNY"): "known", (1, 523, "count"): "known", (1, 48, "count"): "known",
}



STORY_WIMC24_TECH_FEATURE_B188 = [
    doc("2024-11-30", "Robots that weld, sort and sing: a walk through Nanjing's smart manufacturing expo",
        "At the World Intelligent Manufacturing Conference in Nanjing, a welding robot from a Suzhou firm finishes a "
        "car door seam in 45 seconds. Nearby, a sorting line handles 20,000 parcels an hour. The expo hall holds "
        "263 exhibitors this year, and on Saturday alone about 40,000 people came to look. One exhibitor, a "
        "maker of collaborative robots, said it had taken orders for 300 units worth 60 million yuan in two days."),
    doc("2024-12-01", "Nanjing expo closes",
        "The World Intelligent Manufacturing Conference closed in Nanjing on Sunday. The exhibition drew 105,000 "
        "visitors and 263 exhibitors over three days."),
]
GOLD_WIMC24_TECH_FEATURE_B188 = {
    (0, 45, "other"): "skip", (0, 20000, "count"): "skip", (0, 263, "count"): "new", (0, 40000, "count"): "new",
    (0, 300, "count"): "new", (0, 60 * 1000000, "CNY"): "new",
    (1, 105000, "count"): "new", (1, 263, "count"): "known", (1, 3, "day"): "new",
}



STORY_WMC25_ZH_CUMULATIVE_B188 = [
    doc("2025-09-19", "世界制造业大会：七年签约项目超4000个",
        "自2018年首次举办以来，世界制造业大会已连续举办七届，累计签约项目超4000个，总投资超3.5万亿元。今年的大会将于9月20日开幕。"),
    doc("2025-09-23", "2025世界制造业大会闭幕",
        "2025世界制造业大会23日闭幕，共签约项目714个，总投资6603亿元。至此，大会累计签约项目达4735个，总投资约4.2万亿元。"),
]
GOLD_WMC25_ZH_CUMULATIVE_B188 = {
    (0, 4000, "count"): "new", (0, 3.5 * 1000 * 1000 * 1000 * 1000, "CNY"): "new",
    (1, 714, "count"): "new", (1, 660.3 * B, "CNY"): "new", (1, 4735, "count"): "changed:refined",
    (1, 4.2 * 1000 * 1000 * 1000 * 1000, "CNY"): "changed:refined",
}



STORY_WMC26_ZH_ANHUI_DAILY_B189 = [
    doc("2026-09-20", "2026世界制造业大会开幕首日签约项目186个",
        "9月20日，2026世界制造业大会重大项目集中签约仪式在合肥举行，现场集中签约项目186个，总投资1580亿元。其中，制造业项目169个，"
        "占比90.9%；外资项目32个，投资额29.3亿美元。"),
    doc("2026-09-22", "2026世界制造业大会成果丰硕",
        "记者从大会组委会获悉，2026世界制造业大会期间，共签约项目682个，总投资6380亿元，其中制造业项目618个，外资项目71个。大会"
        "共吸引来自34个国家和地区的1620家企业参展，线下观众超过23万人次。"),
]
GOLD_WMC26_ZH_ANHUI_DAILY_B189 = {
    (0, 186, "count"): "new", (0, 158 * B, "CNY"): "new", (0, 169, "count"): "new", (0, 90.9, "percent"): "new",
    (0, 32, "count"): "new", (0, 2.93 * B, "USD"): "new",
    (1, 682, "count"): "new", (1, 638 * B, "CNY"): "new", (1, 618, "count"): "new", (1, 71, "count"): "new",
    (1, 34, "count"): "new", (1, 1620, "count"): "new", (1, 230000, "count"): "new",
}



STORY_WIMC26_ZH_XINHUA_JS_B189 = [
    doc("2026-11-27", "2026世界智能制造大会明日开幕",
        "2026世界智能制造大会将于11月28日在南京开幕。本届大会以“智造无界”为主题，展览面积达5.5万平方米，比上届扩大5000平方米，"
        "目前已有286家企业确认参展。"),
    doc("2026-11-28", "2026世界智能制造大会开幕",
        "11月28日上午，2026世界智能制造大会在南京国际博览中心开幕。大会为期三天，共有293家企业参展，开幕式上签约项目32个，"
        "总投资415亿元。"),
    doc("2026-11-30", "2026世界智能制造大会闭幕",
        "2026世界智能制造大会30日闭幕。三天会期内，大会累计签约项目78个，总投资963亿元，参观人数达11.6万人次。"),
]
GOLD_WIMC26_ZH_XINHUA_JS_B189 = {
    (0, 55000, "m2"): "new", (0, 5000, "m2"): "new", (0, 286, "count"): "new",
    (1, 3, "day"): "new", (1, 293, "count"): "changed:refined", (1, 32, "count"): "new", (1, 41.5 * B, "CNY"): "new",
    (2, 78, "count"): "new", (2, 96.3 * B, "CNY"): "new", (2, 116000, "count"): "new",
}



STORY_WMC25_EN_PEOPLES_DAILY_B189 = [
    doc("2025-09-21", "Global manufacturers converge on Hefei",
        "(People's Daily Online) 09:12, September 21, 2025\n"
        "The 2025 World Manufacturing Convention kicked off on Saturday in Hefei, east China's Anhui province. "
        "Attendees include more than 1,500 companies, 81 of which are Fortune Global 500 firms, as well as about 2,800 "
        "guests from home and abroad."),
    doc("2025-09-24", "Hefei convention wraps up",
        "(People's Daily Online) 08:40, September 24, 2025\n"
        "The 2025 World Manufacturing Convention concluded on Tuesday in Hefei. It gathered 1,560 exhibitors, "
        "including 83 Fortune Global 500 companies, and hosted some 2,900 guests."),
]
GOLD_WMC25_EN_PEOPLES_DAILY_B189 = {
    (0, 1500, "count"): "new", (0, 81, "count"): "new", (0, 2800, "count"): "new",
    (1, 1560, "count"): "changed:refined", (1, 83, "count"): "changed:conflict", (1, 2900, "count"): "changed:refined",
}



STORY_WIMC25_CGTN_VIDEO_B189 = [
    doc("2025-11-29", "Watch: Humanoid robots steal the show in Nanjing",
        "A humanoid robot that can run at 3.5 meters per second drew crowds at the 2025 World Intelligent "
        "Manufacturing Conference in Nanjing. The conference, which opened on Friday, has more than 300 exhibitors, "
        "organizers said. The video has been viewed 1.2 million times."),
    doc("2025-11-30", "Nanjing conference closes",
        "The 2025 World Intelligent Manufacturing Conference closed in Nanjing on Sunday with 306 exhibitors and 71 "
        "projects signed."),
]
GOLD_WIMC25_CGTN_VIDEO_B189 = {
    (0, 3.5, "other"): "skip", (0, 300, "count"): "new", (0, 1.2 * 1000000, "count"): "skip",
    (1, 306, "count"): "changed:refined", (1, 71, "count"): "new",
}



STORY_WMC24_XINHUA_LONG_B190 = [
    doc("2024-09-20", "China Focus: Manufacturing convention showcases China's industrial upgrade",
        "HEFEI, Sept. 20 (Xinhua) -- Robotic arms, flying cars and quantum computers greeted visitors on Friday as the "
        "2024 World Manufacturing Convention opened in Hefei, the capital of east China's Anhui Province.\n"
        "The convention, first held in 2018, has grown into a major platform for international cooperation in "
        "manufacturing. This year's event has attracted a record 510-plus exhibitors, up 12 percent year on year, "
        "according to the organizers.\n"
        "In 2023, the convention saw 870 projects signed, with investment of 445.75 billion yuan.\n"
        "China's manufacturing value added accounted for about 30 percent of the global total in 2023, official data "
        "shows.\n"
        "\"Hefei has 16 strategic emerging industries,\" said an official with the city government, adding that the "
        "city's output of new energy vehicles exceeded 1.3 million units last year."),
    doc("2024-09-23", "WMC 2024 closes in Hefei",
        "HEFEI, Sept. 23 (Xinhua) -- The 2024 World Manufacturing Convention closed on Monday in Hefei with 723 "
        "projects signed, involving total investment of 543.9 billion yuan. A total of 523 exhibitors took part."),
]
GOLD_WMC24_XINHUA_LONG_B190 = {
    (0, 510, "count"): "new", (0, 12, "percent"): "new", (0, 870, "count"): "skip", (0, 445.75 * B, "CNY"): "skip",
    (0, 30, "percent"): "skip", (0, 16, "count"): "skip", (0, 1.3 * 1000000, "count"): "skip",
    (1, 723, "count"): "new", (1, 543.9 * B, "CNY"): "new", (1, 523, "count"): "changed:refined",
}



STORY_WIMC26_ODD_WORDING_B190 = [
    doc("2026-11-28", "Smart manufacturing event opens in Nanjing",
        "NANJING -- The 1,000-odd delegates at the opening of the 2026 World Intelligent Manufacturing Conference in "
        "Nanjing on Saturday heard that the event has drawn north of 280 exhibitors this year. Close to 30 deals are "
        "set to be inked by Monday."),
    doc("2026-11-30", "Nanjing conference closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Monday. Exhibitors came to 291, "
        "and a tally of 78 projects were signed, organizers said. Delegates totaled some 3,600."),
]
GOLD_WIMC26_ODD_WORDING_B190 = {
    (0, 1000, "count"): "skip", (0, 280, "count"): "new", (0, 30, "count"): "skip",
    (1, 291, "count"): "changed:refined", (1, 78, "count"): "new", (1, 3600, "count"): "new",
}



STORY_WMC26_SCHEDULE_PAGE_B190 = [
    doc("2026-09-01", "2026 World Manufacturing Convention | Schedule",
        "Schedule\n"
        "Sept 19, 09:00-11:30 Opening ceremony and main forum, Hall 1\n"
        "Sept 19, 14:00-17:30 Parallel forums (8 sessions)\n"
        "Sept 20, 09:00-17:30 Parallel forums (10 sessions), matchmaking meetings\n"
        "Sept 21-22, 09:00-17:00 Exhibition open to the public\n"
        "Venue: Binhu International Convention and Exhibition Center, Hefei"),
    doc("2026-09-22", "2026 World Manufacturing Convention | News",
        "The 2026 World Manufacturing Convention closed in Hefei today after 18 parallel forums and four days of "
        "exhibitions."),
]
GOLD_WMC26_SCHEDULE_PAGE_B190 = {
    (0, 8, "count"): "new", (0, 10, "count"): "new",
    (1, 18, "count"): "new", (1, 4, "day"): "new",
}



STORY_WIMC25_ZH_PRELIM_B190 = [
    doc("2025-11-29", "2025世界智能制造大会第二天：签约项目已达52个",
        "11月29日，2025世界智能制造大会进入第二天。据组委会初步统计，截至当天下午，大会已签约项目52个，总投资约410亿元，"
        "入场观众累计达7.5万人次。"),
    doc("2025-11-30", "2025世界智能制造大会闭幕",
        "2025世界智能制造大会30日闭幕，共签约项目71个，总投资超500亿元，观众11.2万人次。"),
]
GOLD_WIMC25_ZH_PRELIM_B190 = {
    (0, 52, "count"): "new", (0, 41 * B, "CNY"): "new", (0, 75000, "count"): "new",
    (1, 71, "count"): "changed:refined", (1, 50 * B, "CNY"): "changed:refined", (1, 112000, "count"): "changed:refined",
}



STORY_WIMC25_NEXT_YEAR_DATES_B191 = [
    doc("2025-12-01", "Nanjing conference wraps up",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed on Sunday with 71 projects signed, "
        "worth 50.3 billion yuan ($7.1 billion)."),
    doc("2026-01-06", "Jiangsu sets sights on smart factories",
        "Jiangsu plans to build 500 more smart factories this year, officials said. Last year's World Intelligent "
        "Manufacturing Conference in Nanjing saw 71 projects worth 50.3 billion yuan signed."),
    doc("2026-02-10", "Nanjing to host intelligent manufacturing conference in November",
        "NANJING -- This year's World Intelligent Manufacturing Conference will take place in Nanjing in late "
        "November, with the exhibition area set to grow to 55,000 square meters, organizers said on Tuesday."),
]
GOLD_WIMC25_NEXT_YEAR_DATES_B191 = {
    (0, 71, "count"): "new", (0, 50.3 * B, "CNY"): "new", (0, 7.1 * B, "USD"): "skip",
    (1, 500, "count"): "skip", (1, 71, "count"): "known", (1, 50.3 * B, "CNY"): "known",
    (2, 55000, "m2"): "new",
}



STORY_WMC25_GUEST_MIX_B191 = [
    doc("2025-09-20", "Hefei convention opens",
        "HEFEI -- Nearly 1,000 guests attended the opening of the 2025 World Manufacturing Convention on Saturday, "
        "including 15 academicians and more than 200 executives of Fortune Global 500 companies. Some 1,500 companies "
        "are exhibiting."),
    doc("2025-09-23", "Hefei convention closes",
        "HEFEI -- The 2025 World Manufacturing Convention closed on Tuesday. It drew 2,900 guests, including 21 "
        "academicians, and 1,560 exhibitors, 83 of them Fortune Global 500 companies."),
]
GOLD_WMC25_GUEST_MIX_B191 = {
    (0, 1000, "count"): "new", (0, 15, "count"): "new", (0, 200, "count"): "new", (0, 1500, "count"): "new",
    # (the academicians among the opening's audience: the edition had at least those)
    (1, 2900, "count"): "new", (1, 21, "count"): "changed:refined", (1, 1560, "count"): "changed:refined",
    (1, 83, "count"): "new",
}



STORY_WMC26_PRN_ABOUT_B191 = [
    doc("2026-09-15", "2026 World Manufacturing Convention to Open in Hefei on September 19",
        "HEFEI, China, Sept. 15, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention will be held in Hefei from "
        "September 19 to 22. About 1,600 companies are expected to exhibit.\n"
        "About Anhui\n"
        "Anhui Province, with a population of 61 million, produced 3.1 million automobiles in 2025, including 1.8 million "
        "new energy vehicles. Its GDP reached 5.1 trillion yuan."),
    doc("2026-09-22", "2026 World Manufacturing Convention Closes in Hefei",
        "HEFEI, China, Sept. 22, 2026 /PRNewswire/ -- The 2026 World Manufacturing Convention closed in Hefei on "
        "September 22 with 1,620 exhibitors and 682 projects signed.\n"
        "About Anhui\n"
        "Anhui Province, with a population of 61 million, produced 3.1 million automobiles in 2025, including 1.8 million "
        "new energy vehicles. Its GDP reached 5.1 trillion yuan."),
]
GOLD_WMC26_PRN_ABOUT_B191 = {
    (0, 1600, "count"): "skip", (0, 3.1 * 1000000, "count"): "skip", (0, 1.8 * 1000000, "count"): "skip",
    (0, 5.1 * 1000 * B, "CNY"): "skip",
    (1, 1620, "count"): "new", (1, 682, "count"): "new", (1, 3.1 * 1000000, "count"): "skip",
    (1, 1.8 * 1000000, "count"): "skip", (1, 5.1 * 1000 * B, "CNY"): "skip",
}



STORY_WIMC24_USD_ONLY_B191 = [
    doc("2024-12-01", "Nanjing conference signs 52 deals",
        "NANJING -- The 2024 World Intelligent Manufacturing Conference closed with 52 projects signed, worth 53.63 "
        "billion yuan (about 7.4 billion U.S. dollars)."),
    doc("2024-12-03", "Smart manufacturing deals top $7 billion",
        "Deals worth $7.39 billion were signed at the 2024 World Intelligent Manufacturing Conference in Nanjing, "
        "organizers said, covering 52 projects."),
]
GOLD_WIMC24_USD_ONLY_B191 = {
    (0, 52, "count"): "new", (0, 53.63 * B, "CNY"): "new", (0, 7.4 * B, "USD"): "new",
    (1, 7.39 * B, "USD"): "known", (1, 52, "count"): "known",
}



STORY_WMC27_COMPARE_FORMS_B192 = [
    doc("2027-09-21", "Hefei convention grows",
        "HEFEI -- The number of exhibitors at this year's World Manufacturing Convention is 1,130, compared with 1,060 "
        "last year. The 640 projects signed compare with 612 a year ago."),
    doc("2027-09-22", "WMC 2027 in numbers",
        "World Manufacturing Convention, Hefei, in numbers: 1,130 exhibitors | 640 projects signed | 594.6 bn yuan "
        "invested | 213,000 visitors"),
]
GOLD_WMC27_COMPARE_FORMS_B192 = {
    (0, 1130, "count"): "new", (0, 1060, "count"): "skip", (0, 640, "count"): "new", (0, 612, "count"): "skip",
    (1, 1130, "count"): "known", (1, 640, "count"): "known", (1, 594.6 * B, "CNY"): "new", (1, 213000, "count"): "new",
}



STORY_WMC27_ZH_COMPARE_B192 = [
    doc("2027-09-21", "2027世界制造业大会参展企业增至1130家",
        "2027世界制造业大会21日在合肥举行。本届大会参展企业1130家，较上届的1060家有所增加；外资项目投资额5.2亿美元。"
        "签约项目数量和投资额均创历届新高。"),
    doc("2027-09-23", "2027世界制造业大会闭幕",
        "2027世界制造业大会23日闭幕，共签约项目640个，总投资5946亿元，其中外资项目68个，投资额达8.6亿美元。"),
]
GOLD_WMC27_ZH_COMPARE_B192 = {
    (0, 1130, "count"): "new", (0, 1060, "count"): "skip", (0, 0.52 * B, "USD"): "new",
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "new", (1, 68, "count"): "new",
    (1, 0.86 * B, "USD"): "changed:conflict",
}



STORY_WIMC27_EN_GUESTS_B192 = [
    doc("2027-11-26", "Intelligent manufacturing conference opens",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference opened in Nanjing on Friday, bringing together "
        "over 2,000 guests from 20-plus countries and regions. The event runs until Sunday."),
    doc("2027-11-28", "Nanjing conference ends",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference ended on Sunday. More than 2,300 guests from 23 "
        "countries and regions attended, and 300 companies exhibited."),
]
GOLD_WIMC27_EN_GUESTS_B192 = {
    (0, 2000, "count"): "new", (0, 20, "count"): "new",
    (1, 2300, "count"): "changed:refined", (1, 23, "count"): "changed:refined", (1, 300, "count"): "new",
}



STORY_WMC27_RELATED_LINKS_B192 = [
    doc("2027-09-22", "Hefei convention signs 640 projects",
        "HEFEI -- The 2027 World Manufacturing Convention signed 640 projects worth 594.6 billion yuan, organizers "
        "said on Wednesday.\n"
        "Related:\n"
        "Hefei convention draws 1,100 exhibitors\n"
        "Anhui's car output tops 3 million"),
]
GOLD_WMC27_RELATED_LINKS_B192 = {
    (0, 640, "count"): "new", (0, 594.6 * B, "CNY"): "new",
}



STORY_WMC26_ZH_THRESHOLDS_B193 = [
    doc("2026-09-20", "2026世界制造业大会集中签约",
        "9月20日，2026世界制造业大会重大项目集中签约仪式举行，集中签约项目186个，计划总投资1580亿元。其中，100亿元以上项目3个，"
        "10亿元以上项目45个。"),
    doc("2026-09-22", "2026世界制造业大会闭幕",
        "2026世界制造业大会22日闭幕。大会期间累计签约项目682个，投资总额6380亿元，其中10亿元以上项目160个。"),
]
GOLD_WMC26_ZH_THRESHOLDS_B193 = {
    (0, 186, "count"): "new", (0, 158 * B, "CNY"): "new", (0, 3, "count"): "new", (0, 45, "count"): "new",
    (1, 682, "count"): "new", (1, 638 * B, "CNY"): "new", (1, 160, "count"): "new",
}



STORY_WIMC25_EN_THRESHOLD_B193 = [
    doc("2025-11-30", "Nanjing conference signs 71 deals",
        "NANJING -- The 2025 World Intelligent Manufacturing Conference closed with 71 projects signed, worth 50.3 "
        "billion yuan in total. Fourteen of the projects are worth more than 1 billion yuan each, and the largest, a "
        "chip packaging plant, involves 6.5 billion yuan."),
    doc("2025-12-02", "Deals at Nanjing conference",
        "Of the 71 projects signed at the World Intelligent Manufacturing Conference in Nanjing, 14 involve investment "
        "above 1 billion yuan, organizers said."),
]
GOLD_WIMC25_EN_THRESHOLD_B193 = {
    (0, 71, "count"): "new", (0, 50.3 * B, "CNY"): "new", (0, 14, "count"): "new", (0, 6.5 * B, "CNY"): "new",
    (1, 71, "count"): "known", (1, 14, "count"): "known",
}



STORY_WMC26_EN_TWO_BATCHES_B193 = [
    doc("2026-09-19", "Hefei convention opens with 186 deals",
        "HEFEI -- The 2026 World Manufacturing Convention opened on Saturday with 186 projects signed at the opening "
        "ceremony, involving 158 billion yuan."),
    doc("2026-09-21", "Second batch of deals in Hefei",
        "HEFEI -- A second signing session at the 2026 World Manufacturing Convention on Monday saw 210 projects worth "
        "175 billion yuan inked, organizers said."),
    doc("2026-09-22", "Hefei convention closes with 682 deals",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday. In all, 682 projects worth 638 billion "
        "yuan were signed."),
]
GOLD_WMC26_EN_TWO_BATCHES_B193 = {
    (0, 186, "count"): "new", (0, 158 * B, "CNY"): "new",
    (1, 210, "count"): "new", (1, 175 * B, "CNY"): "new",
    (2, 682, "count"): "new", (2, 638 * B, "CNY"): "new",
}



STORY_WIMC26_EN_ONLINE_B193 = [
    doc("2026-11-29", "Nanjing conference goes online",
        "NANJING -- The online exhibition of the 2026 World Intelligent Manufacturing Conference has hosted 420 "
        "companies and received 3.6 million visits since it opened on Saturday, organizers said. Offline, 291 "
        "companies are exhibiting."),
    doc("2026-12-01", "Online exhibition numbers",
        "The online exhibition of the 2026 World Intelligent Manufacturing Conference in Nanjing hosted 436 companies "
        "and received 5.2 million visits, organizers said on Tuesday."),
]
GOLD_WIMC26_EN_ONLINE_B193 = {
    (0, 420, "count"): "new", (0, 3.6 * 1000000, "count"): "new", (0, 291, "count"): "new",
    (1, 436, "count"): "changed:refined", (1, 5.2 * 1000000, "count"): "changed:refined",
}



STORY_WMC26_ZH_LONG_FEATURE_B194 = [
    doc("2026-09-19", "制造强省的“合肥答卷”",
        "9月19日，2026世界制造业大会在合肥开幕。作为大会的东道主，安徽近年来制造业发展迅猛。2025年，安徽省规模以上工业增加值同比增长"
        "8.9%，新能源汽车产量达到180万辆，占全国的十分之一以上。\n"
        "本届大会展览面积8万平方米，设置10个展区，1600余家企业参展。大会期间还将举办40余场活动，预计吸引观众20万人次以上。\n"
        "合肥市有关负责人表示，全市集成电路企业已超过500家，产业规模突破600亿元。"),
    doc("2026-09-22", "2026世界制造业大会落幕",
        "2026世界制造业大会22日落幕。4天时间里，大会共举办各类活动43场，吸引观众23.6万人次，1620家企业参展，签约项目682个。"),
]
GOLD_WMC26_ZH_LONG_FEATURE_B194 = {
    (0, 8.9, "percent"): "skip", (0, 1.8 * 1000000, "count"): "skip", (0, 80000, "m2"): "new", (0, 10, "count"): "new",
    (0, 1600, "count"): "new", (0, 40, "count"): "new", (0, 200000, "count"): "skip", (0, 500, "count"): "skip",
    (0, 60 * B, "CNY"): "skip",
    (1, 4, "day"): "new", (1, 43, "count"): "changed:refined", (1, 236000, "count"): "new",
    (1, 1620, "count"): "changed:refined", (1, 682, "count"): "new",
}



STORY_WIMC26_ZH_BRIEFING_B194 = [
    doc("2026-11-20", "2026世界智能制造大会新闻发布会召开",
        "11月20日，2026世界智能制造大会新闻发布会在南京召开。记者从会上获悉，本届大会将于11月28日至30日举行，届时将有来自20多个"
        "国家和地区的2000余名嘉宾参会，展览面积5.5万平方米，参展企业预计超过280家。"),
    doc("2026-11-30", "2026世界智能制造大会闭幕",
        "2026世界智能制造大会30日闭幕。大会共吸引来自23个国家和地区的2300余名嘉宾参会，参展企业291家。"),
]
GOLD_WIMC26_ZH_BRIEFING_B194 = {
    (0, 20, "count"): "new", (0, 2000, "count"): "new", (0, 55000, "m2"): "new", (0, 280, "count"): "skip",
    # ("届时将有...2000余名嘉宾参会" is who is coming, announced, as "some 2,000 guests will attend": no forecast)
    (1, 23, "count"): "changed:refined", (1, 2300, "count"): "changed:refined", (1, 291, "count"): "new",
}



STORY_WMC25_EN_CITY_ROUNDUP_B194 = [
    doc("2025-09-24", "Anhui cities cash in at manufacturing convention",
        "Wuhu signed 86 projects worth 92.3 billion yuan at the 2025 World Manufacturing Convention in Hefei, the most "
        "of any city in Anhui apart from the host, while Bengbu signed 41. In total, the convention saw 714 projects "
        "signed, worth 660.3 billion yuan."),
    doc("2025-09-25", "Wuhu's haul",
        "The eastern Anhui city of Wuhu said on Thursday it had signed 88 projects worth 93.1 billion yuan at the World "
        "Manufacturing Convention, updating an earlier count."),
]
GOLD_WMC25_EN_CITY_ROUNDUP_B194 = {
    (0, 86, "count"): "new", (0, 92.3 * B, "CNY"): "new", (0, 41, "count"): "new", (0, 714, "count"): "new",
    (0, 660.3 * B, "CNY"): "new",
    (1, 88, "count"): "new", (1, 93.1 * B, "CNY"): "new",
}



STORY_WIMC24_EN_DATELESS_B194 = [
    doc("2024-11-29", "Nanjing smart manufacturing conference opens",
        "The World Intelligent Manufacturing Conference opened on Friday in Nanjing, with 263 exhibitors. The exhibition "
        "runs for three days."),
    doc("2024-12-01", "Nanjing conference closes with 52 deals",
        "The World Intelligent Manufacturing Conference closed on Sunday in Nanjing. Fifty-two projects worth 53.63 "
        "billion yuan were signed during the three-day event, which drew 263 exhibitors."),
]
GOLD_WIMC24_EN_DATELESS_B194 = {
    (0, 263, "count"): "new", (0, 3, "day"): "new",
    (1, 52, "count"): "new", (1, 53.63 * B, "CNY"): "new", (1, 3, "day"): "known", (1, 263, "count"): "known",
}



STORY_WMC25_LATE_REPRINT_B195 = [
    doc("2025-09-20", "2025 World Manufacturing Convention Opens in Hefei with Over 1,500 Exhibitors",
        "HEFEI, China, Sept. 20, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention opened today in Hefei. "
        "More than 1,500 exhibitors from 29 countries and regions are taking part, and 126 projects were signed at the "
        "opening ceremony."),
    doc("2025-09-23", "Hefei convention ends with 714 deals",
        "HEFEI, Sept. 23 (Xinhua) -- The 2025 World Manufacturing Convention closed on Tuesday with 714 projects signed "
        "and 1,560 exhibitors from 31 countries and regions."),
    doc("2025-09-26", "2025 World Manufacturing Convention Opens in Hefei with Over 1,500 Exhibitors - Business Wire Asia",
        "HEFEI, China, Sept. 20, 2025 /PRNewswire/ -- The 2025 World Manufacturing Convention opened today in Hefei. "
        "More than 1,500 exhibitors from 29 countries and regions are taking part, and 126 projects were signed at the "
        "opening ceremony.\n"
        "View original content: prnewswire.com"),
]
GOLD_WMC25_LATE_REPRINT_B195 = {
    (0, 1500, "count"): "new", (0, 29, "count"): "new", (0, 126, "count"): "new",
    (1, 714, "count"): "new", (1, 1560, "count"): "changed:refined", (1, 31, "count"): "changed:conflict",
    (2, 1500, "count"): "known", (2, 29, "count"): "known", (2, 126, "count"): "known",
}



# (two same-day reports without a time: which is first is a fixed choice of the ledger)
STORY_WIMC25_TWO_WIRES_B195 = [
    doc("2025-11-28", "Nanjing hosts World Intelligent Manufacturing Conference",
        "NANJING, Nov. 28 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference opened here on Friday with "
        "more than 300 exhibitors and over 3,000 guests."),
    doc("2025-11-28", "World Intelligent Manufacturing Conference opens in Nanjing",
        "NANJING, Nov. 28 (CGTN) -- Over 300 companies are exhibiting at the 2025 World Intelligent Manufacturing "
        "Conference, which opened in Nanjing on Friday, with some 3,000 guests in attendance."),
]
GOLD_WIMC25_TWO_WIRES_B195 = {
    (0, 300, "count"): "known", (0, 3000, "count"): "known",
    (1, 300, "count"): "new", (1, 3000, "count"): "new",
}



STORY_WMC26_UPDATED_ARTICLE_B195 = [
    doc("2026-09-21", "Hefei convention: live updates",
        "HEFEI -- 10:00: The 2026 World Manufacturing Convention's second day is under way. So far 412 projects have "
        "been signed.\n"
        "15:30: The tally of signed projects has reached 498, organizers said."),
    doc("2026-09-22", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed on Tuesday with 682 projects signed."),
]
GOLD_WMC26_UPDATED_ARTICLE_B195 = {
    (0, 412, "count"): "new", (0, 498, "count"): "new",
    (1, 682, "count"): "changed:refined",
}



STORY_WMC24_CD_LONG_B196 = [
    doc("2024-09-21", "Hefei shows off its manufacturing muscle",
        "HEFEI -- When the first World Manufacturing Convention was held in Hefei in 2018, the city's new energy "
        "vehicle industry was still in its infancy. Six years later, Hefei turned out 1.37 million new energy vehicles "
        "in 2023, more than any other Chinese city, and the seventh convention, which opened on Friday, is a showcase of "
        "that rise.\n"
        "More than 510 companies are exhibiting across 70,000 square meters, and about one in five of them is an "
        "automaker or parts supplier, organizers said. The NEV hall alone covers 15,000 sq m.\n"
        "\"We have brought 12 models, including three that will go on sale next month,\" said Liu Yang, a marketing "
        "manager at a Hefei-based carmaker, which sold 420,000 vehicles last year.\n"
        "The convention's organizers expect more than 200,000 visitors over four days. On the first day, 138 projects "
        "worth 152.6 billion yuan were signed, they said.\n"
        "Since 2018, the convention has seen more than 3,500 projects signed."),
    doc("2024-09-24", "Hefei convention closes",
        "HEFEI -- The seventh World Manufacturing Convention closed on Monday in Hefei. Over four days it drew "
        "230,000 visitors and 523 exhibitors, and 723 projects worth 543.9 billion yuan were signed, bringing the total "
        "since 2018 to more than 4,200."),
]
GOLD_WMC24_CD_LONG_B196 = {
    (0, 1.37 * 1000000, "count"): "skip", (0, 510, "count"): "new", (0, 70000, "m2"): "new", (0, 15000, "m2"): "new",
    (0, 12, "count"): "skip", (0, 3, "count"): "skip", (0, 420000, "count"): "skip", (0, 200000, "count"): "skip",
    (0, 4, "day"): "new", (0, 138, "count"): "new", (0, 152.6 * B, "CNY"): "new", (0, 3500, "count"): "new",
    (1, 230000, "count"): "new", (1, 523, "count"): "changed:refined", (1, 723, "count"): "new",
    (1, 543.9 * B, "CNY"): "new", (1, 4200, "count"): "changed:refined",
}



STORY_WIMC25_XINHUA_LONG_B196 = [
    doc("2025-11-28", "Feature: AI agents and humanoids headline Nanjing manufacturing conference",
        "NANJING, Nov. 28 (Xinhua) -- A humanoid robot folded laundry, another poured tea, and a third, 1.6 meters "
        "tall, walked visitors through a mock factory at the 2025 World Intelligent Manufacturing Conference, which "
        "opened Friday in Nanjing.\n"
        "This year's conference, the tenth, has drawn about 300 exhibitors, 40 percent of them from outside Jiangsu, "
        "the organizers said. It features 18 parallel forums.\n"
        "Jiangsu, home to about 85 million people, is one of China's manufacturing powerhouses. It had 2,400 smart "
        "workshops and 300 smart factories by the end of 2024, according to provincial data.\n"
        "\"Ten years ago, we had 100 exhibitors,\" said an organizer. \"Today the halls are three times bigger.\""),
    doc("2025-11-30", "Nanjing conference wraps up",
        "NANJING, Nov. 30 (Xinhua) -- The 2025 World Intelligent Manufacturing Conference concluded on Sunday with 306 "
        "exhibitors and 71 projects worth 50.3 billion yuan signed."),
]
GOLD_WIMC25_XINHUA_LONG_B196 = {
    (0, 1.6, "other"): "skip", (0, 300, "count"): "new", (0, 40, "percent"): "new", (0, 18, "count"): "new",
    (0, 2400, "count"): "skip", (0, 100, "count"): "skip",
    (1, 306, "count"): "changed:refined", (1, 71, "count"): "new", (1, 50.3 * B, "CNY"): "new",
}



STORY_WIMC26_ZH_HISTORY_B197 = [
    doc("2026-11-27", "十一载“智造”盛会 见证南京产业跃升",
        "自2016年首次举办以来，世界智能制造大会已在南京连续举办十届，累计吸引嘉宾超过3万人次，签约项目近700个。2025年大会签约项目71个，"
        "总投资超500亿元。今年的大会将于11月28日开幕，展览面积5.5万平方米。\n"
        "南京市工信局负责人介绍，南京已建成国家级智能制造示范工厂12家、省级智能工厂86家，2025年全市智能制造装备产业规模达2100亿元。"),
    doc("2026-11-30", "2026世界智能制造大会闭幕",
        "2026世界智能制造大会30日在南京闭幕，共签约项目78个，总投资963亿元。至此，大会累计签约项目超过770个。"),
]
GOLD_WIMC26_ZH_HISTORY_B197 = {
    (0, 30000, "count"): "new", (0, 700, "count"): "new", (0, 71, "count"): "skip", (0, 50 * B, "CNY"): "skip",
    (0, 55000, "m2"): "new", (0, 12, "count"): "skip", (0, 86, "count"): "skip", (0, 210 * B, "CNY"): "skip",
    (1, 78, "count"): "new", (1, 96.3 * B, "CNY"): "new", (1, 770, "count"): "changed:conflict",
}



STORY_WMC26_GT_EXPERTS_B197 = [
    doc("2026-09-20", "Foreign firms double down on China at Hefei convention",
        "Foreign participation at the 2026 World Manufacturing Convention in Hefei is up sharply, with 230 overseas "
        "exhibitors, compared with 186 last year, organizers told the Global Times on Sunday. \"About 60 percent of "
        "our revenue now comes from China,\" said the head of a German machine tool maker, whose company has exhibited "
        "at every edition since 2019. Tian Yun, an economist, said foreign direct investment in China's high-tech "
        "manufacturing grew 12.5 percent in the first eight months.\n"
        "Global Times) 21:05, September 20, 2026"),
    doc("2026-09-22", "Convention closes",
        "The 2026 World Manufacturing Convention closed in Hefei on Tuesday. It had 1,620 exhibitors, 236 of them from "
        "overseas.\n"
        "Global Times) 20:10, September 22, 2026"),
]
GOLD_WMC26_GT_EXPERTS_B197 = {
    (0, 230, "count"): "new", (0, 186, "count"): "skip", (0, 60, "percent"): "skip", (0, 12.5, "percent"): "skip",
    (1, 1620, "count"): "new", (1, 236, "count"): "changed:conflict",
}



STORY_WMC26_EN_VISITORS_MIX_B197 = [
    doc("2026-09-21", "Hefei convention draws crowds",
        "HEFEI -- The 2026 World Manufacturing Convention had received 128,000 visitors by Sunday evening, including "
        "46,000 professional buyers, organizers said. Its online exhibition had logged 8.6 million visits."),
    doc("2026-09-22", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention ended on Tuesday after receiving 236,000 visitors on site, "
        "including 81,000 professional buyers, and 15.3 million online visits."),
]
GOLD_WMC26_EN_VISITORS_MIX_B197 = {
    (0, 128000, "count"): "new", (0, 46000, "count"): "new", (0, 8.6 * 1000000, "count"): "new",
    (1, 236000, "count"): "changed:refined", (1, 81000, "count"): "changed:refined",
    (1, 15.3 * 1000000, "count"): "changed:refined",
}



STORY_WMC27_PREVIEW_TARGETS_B198 = [
    doc("2027-09-10", "Hefei convention to open Sept 20",
        "HEFEI -- The 2027 World Manufacturing Convention will open on Sept 20 in Hefei. Organizers aim to sign more "
        "than 600 projects and have invited about 3,000 guests. The exhibition will cover 80,000 square meters."),
    doc("2027-09-23", "Hefei convention closes",
        "HEFEI -- The 2027 World Manufacturing Convention closed on Tuesday with 640 projects signed and 3,150 guests in "
        "attendance. The exhibition covered 82,000 square meters."),
]
GOLD_WMC27_PREVIEW_TARGETS_B198 = {
    (0, 600, "count"): "skip", (0, 3000, "count"): "skip", (0, 80000, "m2"): "new",
    (1, 640, "count"): "new", (1, 3150, "count"): "new", (1, 82000, "m2"): "changed:conflict",
}



STORY_WIMC27_ZH_ONLINE_B198 = [
    doc("2027-11-27", "2027世界智能制造大会云上展厅上线",
        "2027世界智能制造大会云上展厅27日上线，已有186家企业入驻，上线首日访问量突破120万人次。"),
    doc("2027-11-29", "2027世界智能制造大会闭幕",
        "2027世界智能制造大会29日闭幕。大会云上展厅共有212家企业入驻，累计访问量超过860万人次。"),
]
GOLD_WIMC27_ZH_ONLINE_B198 = {
    (0, 186, "count"): "new", (0, 1.2 * 1000000, "count"): "new",
    # (the first day's visits are that day's: the total after them is no change)
    (1, 212, "count"): "changed:refined", (1, 8.6 * 1000000, "count"): "new",
}



STORY_WMC27_EN_DEALS_VALUE_B198 = [
    doc("2027-09-21", "Hefei convention deals",
        "HEFEI -- Deals signed at the 2027 World Manufacturing Convention by Monday were worth 412.5 billion yuan, "
        "organizers said."),
    doc("2027-09-23", "Hefei convention closes",
        "HEFEI -- The 2027 World Manufacturing Convention closed on Wednesday. The 640 projects signed are worth 594.6 "
        "billion yuan."),
]
GOLD_WMC27_EN_DEALS_VALUE_B198 = {
    (0, 412.5 * B, "CNY"): "new",
    (1, 640, "count"): "new", (1, 594.6 * B, "CNY"): "changed:refined",
}



STORY_WMC27_VAGUE_WORDS_B199 = [
    doc("2027-09-20", "Hefei convention opens with dozens of deals",
        "HEFEI -- Dozens of projects were signed as the 2027 World Manufacturing Convention opened on Saturday, and "
        "thousands of visitors streamed into the halls. Hundreds of companies, a record number, are exhibiting. A "
        "dozen forums are planned."),
    doc("2027-09-23", "Hefei convention closes",
        "HEFEI -- The 2027 World Manufacturing Convention closed on Tuesday. It held 14 forums, and 640 projects were "
        "signed."),
]
GOLD_WMC27_VAGUE_WORDS_B199 = {
    (0, 12, "count"): "new",
    (1, 14, "count"): "changed:conflict", (1, 640, "count"): "new",
}



STORY_WMC27_HEADLINE_ROUNDING_B199 = [
    doc("2027-09-23", "Hefei convention signs deals worth over 590 bln yuan",
        "HEFEI -- Projects worth 594.6 billion yuan were signed at the 2027 World Manufacturing Convention, which closed "
        "on Tuesday, organizers said. The number of projects was 640."),
    doc("2027-09-24", "Hefei convention: 640 deals, nearly 600 bln yuan",
        "HEFEI -- The 2027 World Manufacturing Convention in Hefei ended with 640 deals worth nearly 600 billion yuan."),
]
GOLD_WMC27_HEADLINE_ROUNDING_B199 = {
    (0, 594.6 * B, "CNY"): "new", (0, 640, "count"): "new",
    (1, 640, "count"): "known", (1, 600 * B, "CNY"): "known",
}



STORY_WIMC27_ZH_DOUBLED_B199 = [
    doc("2027-11-26", "2027世界智能制造大会开幕",
        "2027世界智能制造大会26日开幕，展览面积较上届翻了一番，达到10万平方米，参展企业300余家。"),
    doc("2027-11-28", "2027世界智能制造大会闭幕",
        "2027世界智能制造大会28日闭幕，参展企业312家，展览面积10万平方米。"),
]
GOLD_WIMC27_ZH_DOUBLED_B199 = {
    (0, 100000, "m2"): "new", (0, 300, "count"): "new",
    (1, 312, "count"): "changed:refined", (1, 100000, "m2"): "known",
}



STORY_WIMC26_PRN_VARIED_REPRINTS_B200 = [
    doc("2026-11-28", "2026 World Intelligent Manufacturing Conference Opens in Nanjing",
        "NANJING, China, Nov. 28, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference opened in "
        "Nanjing on November 28. Running for three days, the conference brings together more than 280 exhibitors and "
        "over 2,000 guests, including 20 academicians. At the opening ceremony, 32 projects with a total investment of "
        "41.5 billion yuan were signed.\n"
        "The conference features 18 parallel forums covering humanoid robots, industrial software and AI agents."),
    doc("2026-11-29", "Nanjing Hosts 2026 World Intelligent Manufacturing Conference | Markets Insider",
        "The 2026 World Intelligent Manufacturing Conference opened in Nanjing on November 28. Running for three days, "
        "the conference brings together more than 280 exhibitors and over 2,000 guests, including 20 academicians. At "
        "the opening ceremony, 32 projects with a total investment of 41.5 billion yuan were signed."),
    doc("2026-11-30", "2026 World Intelligent Manufacturing Conference Closes",
        "NANJING -- The 2026 World Intelligent Manufacturing Conference closed on Monday with 291 exhibitors, 2,300 "
        "guests and 78 projects signed."),
    doc("2026-12-01", "Industry Wire: Nanjing conference opened with 32 deals",
        "Editor's summary: a look back at the opening of the Nanjing conference.\n\n"
        "NANJING, China, Nov. 28, 2026 /PRNewswire/ -- The 2026 World Intelligent Manufacturing Conference opened in "
        "Nanjing on November 28. Running for three days, the conference brings together more than 280 exhibitors and "
        "over 2,000 guests, including 20 academicians. At the opening ceremony, 32 projects with a total investment of "
        "41.5 billion yuan were signed.\n"
        "The conference features 18 parallel forums covering humanoid robots, industrial software and AI agents."),
]
GOLD_WIMC26_PRN_VARIED_REPRINTS_B200 = {
    (0, 3, "day"): "new", (0, 280, "count"): "new", (0, 2000, "count"): "new", (0, 20, "count"): "new",
    (0, 32, "count"): "new", (0, 41.5 * B, "CNY"): "new", (0, 18, "count"): "new",
    (1, 3, "day"): "known", (1, 280, "count"): "known", (1, 2000, "count"): "known", (1, 20, "count"): "known",
    (1, 32, "count"): "known", (1, 41.5 * B, "CNY"): "known",
    (2, 291, "count"): "changed:refined", (2, 2300, "count"): "changed:refined", (2, 78, "count"): "new",
    (3, 3, "day"): "known", (3, 280, "count"): "known", (3, 2000, "count"): "known", (3, 20, "count"): "known",
    (3, 32, "count"): "known", (3, 41.5 * B, "CNY"): "known", (3, 18, "count"): "known",
}



# (a change is judged against the latest report, here the outlying "nearly 500")
STORY_WMC27_QUALIFIER_CHAIN_B201 = [
    doc("2027-09-20", "Hefei convention opens", "HEFEI -- Over 500 companies are exhibiting at the 2027 World "
        "Manufacturing Convention, which opened in Hefei on Saturday."),
    doc("2027-09-21", "Hefei convention day two", "HEFEI -- More than 510 companies are exhibiting at the 2027 World "
        "Manufacturing Convention in Hefei, organizers said on Sunday."),
    doc("2027-09-22", "Hefei convention, day three", "HEFEI -- Nearly 500 companies are taking part in the 2027 World "
        "Manufacturing Convention in Hefei, a local paper reported."),
    doc("2027-09-23", "Hefei convention closes", "HEFEI -- The 2027 World Manufacturing Convention closed on Tuesday; "
        "523 companies exhibited."),
    doc("2027-09-23", "Hefei convention ends", "(Xinhua) 21:10, September 23, 2027\nHEFEI -- The 2027 World "
        "Manufacturing Convention ended on Tuesday with 525 exhibitors."),
]
GOLD_WMC27_QUALIFIER_CHAIN_B201 = {
    (0, 500, "count"): "new", (1, 510, "count"): "changed:refined", (2, 500, "count"): "changed:conflict",
    (3, 523, "count"): "changed:conflict", (4, 525, "count"): "changed:conflict",
}



STORY_WIMC27_UP_TO_B201 = [
    doc("2027-11-20", "Nanjing conference to draw up to 100,000 visitors",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference, opening next Friday, could draw up to 100,000 "
        "visitors, organizers said."),
    doc("2027-11-28", "Nanjing conference closes",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference closed on Sunday after drawing 118,000 visitors."),
]
GOLD_WIMC27_UP_TO_B201 = {
    (0, 100000, "count"): "skip",
    (1, 118000, "count"): "new",
}



STORY_WMC25_ZH_RESPECTIVELY_B202 = [
    doc("2025-09-21", "2025世界制造业大会开幕式签约",
        "20日，2025世界制造业大会开幕式上集中签约重大项目126个，总投资1320亿元；其中，制造业项目、外资项目分别为112个、18个。"),
    doc("2025-09-23", "2025世界制造业大会闭幕 成果丰硕",
        "据统计，2025世界制造业大会共签约项目714个、总投资6603亿元，同比分别增长5.1%和21.4%。大会共有线下观众22万人次、线上观众"
        "1200万人次。"),
]
GOLD_WMC25_ZH_RESPECTIVELY_B202 = {
    (0, 126, "count"): "new", (0, 132 * B, "CNY"): "new", (0, 112, "count"): "new", (0, 18, "count"): "new",
    (1, 714, "count"): "new", (1, 660.3 * B, "CNY"): "new", (1, 5.1, "percent"): "new", (1, 21.4, "percent"): "new",
    (1, 220000, "count"): "new", (1, 12 * 1000000, "count"): "new",
}



STORY_WIMC25_ZH_CNS_B202 = [
    doc("2025-11-28", "世界智能制造大会在南京开幕 人形机器人“组团”亮相",
        "中新网南京11月28日电 2025世界智能制造大会28日在南京开幕。本届大会展览面积5万平方米，吸引300余家企业参展，其中人形机器人企业"
        "30余家。大会期间将发布智能制造领域重大成果12项。"),
    doc("2025-11-30", "2025世界智能制造大会闭幕",
        "中新网南京11月30日电 2025世界智能制造大会30日闭幕。据悉，大会共发布重大成果15项，签约项目71个，总投资503亿元，"
        "参展企业306家。"),
]
GOLD_WIMC25_ZH_CNS_B202 = {
    (0, 50000, "m2"): "new", (0, 300, "count"): "new", (0, 30, "count"): "new", (0, 12, "count"): "new",
    (1, 15, "count"): "changed:conflict", (1, 71, "count"): "new", (1, 50.3 * B, "CNY"): "new",
    (1, 306, "count"): "changed:refined",
}



STORY_OTHER_EVENTS_B203 = [
    doc("2026-09-22", "Hefei convention closes",
        "HEFEI -- The 2026 World Manufacturing Convention closed in Hefei on Tuesday with 682 projects signed and 1,620 "
        "exhibitors."),
    doc("2026-10-15", "World Manufacturing Forum opens in Italy",
        "CERNOBBIO, Italy -- The World Manufacturing Forum opened on Wednesday with about 800 participants from 40 "
        "countries, organizers said."),
    doc("2026-06-20", "World Intelligence Expo opens in Tianjin",
        "TIANJIN -- The 2026 World Intelligence Expo opened in Tianjin on Thursday, with 500 companies exhibiting and "
        "65 projects signed."),
    doc("2026-07-27", "World AI conference opens in Shanghai",
        "SHANGHAI -- The World Artificial Intelligence Conference opened on Saturday in Shanghai with more than 800 "
        "exhibitors, and 1,500 new products were on show."),
]
GOLD_OTHER_EVENTS_B203 = {
    (0, 682, "count"): "new", (0, 1620, "count"): "new",
}



STORY_WIMC26_TRANSLATED_STYLE_B204 = [
    doc("2026-11-28", "The 2026 World Intelligent Manufacturing Conference Grandly Opened",
        "On the morning of November 28, the 2026 World Intelligent Manufacturing Conference grandly opened in Nanjing. "
        "The Conference is guided by the Ministry of Industry and Information Technology and hosted by the People's "
        "Government of Jiangsu Province. With the theme of \"Intelligent Manufacturing, Global Sharing\", the Conference "
        "has set up 1 opening ceremony and main forum, 18 parallel forums and 1 expo, with an exhibition area of 55,000 "
        "square meters. More than 280 well-known enterprises at home and abroad participated in the exhibition, among "
        "which the number of Fortune Global 500 enterprises and industry-leading enterprises reached 60."),
    doc("2026-11-30", "The 2026 World Intelligent Manufacturing Conference Successfully Concluded",
        "On the afternoon of November 30, the 2026 World Intelligent Manufacturing Conference successfully concluded. "
        "During the three days, a total of 78 key projects were signed on site with a total contract amount of RMB 96.3 "
        "billion. The Expo received more than 116,000 person-times of visitors, and the number of online viewers of the "
        "Conference exceeded 21 million person-times. A total of 291 enterprises participated in the exhibition."),
]
GOLD_WIMC26_TRANSLATED_STYLE_B204 = {
    (0, 18, "count"): "new", (0, 55000, "m2"): "new", (0, 280, "count"): "new", (0, 60, "count"): "new",
    (1, 3, "day"): "new", (1, 78, "count"): "new", (1, 96.3 * B, "CNY"): "new", (1, 116000, "count"): "new",
    (1, 21 * 1000000, "count"): "new", (1, 291, "count"): "changed:refined",
}



STORY_WMC26_TRANSLATED_STYLE_B204 = [
    doc("2026-09-19", "2026 World Manufacturing Convention Opens Grandly in Hefei",
        "On September 19, the 2026 World Manufacturing Convention opened grandly in Hefei, Anhui Province. The "
        "Convention lasts for 4 days. Over 1,600 enterprises from 34 countries and regions participated in the "
        "exhibition. At the opening ceremony, 186 major projects were signed intensively, with a total investment of "
        "RMB 158 billion, of which 169 were manufacturing projects, accounting for 90.9%."),
    doc("2026-09-22", "2026 World Manufacturing Convention Closes with Fruitful Results",
        "On September 22, the 2026 World Manufacturing Convention came to a successful close. According to statistics, "
        "during the Convention, 682 projects were signed, with a total investment of RMB 638 billion, of which 71 were "
        "foreign-funded projects. The number of offline visitors exceeded 236,000 person-times."),
]
GOLD_WMC26_TRANSLATED_STYLE_B204 = {
    (0, 4, "day"): "new", (0, 1600, "count"): "new", (0, 34, "count"): "new", (0, 186, "count"): "new",
    (0, 158 * B, "CNY"): "new", (0, 169, "count"): "new", (0, 90.9, "percent"): "new",
    (1, 682, "count"): "new", (1, 638 * B, "CNY"): "new", (1, 71, "count"): "new", (1, 236000, "count"): "new",
}



STORY_WMC27_MIXED_UNITS_B205 = [
    doc("2027-09-20", "Hefei convention opens",
        "HEFEI -- The 2027 World Manufacturing Convention opened on Saturday across 8 hectares of exhibition space in "
        "Hefei. Contracts worth US$12.4 billion were signed with foreign firms at the opening."),
    doc("2027-09-23", "Hefei convention closes",
        "HEFEI -- The 2027 World Manufacturing Convention closed on Tuesday. The exhibition space totaled 80,000 square "
        "meters. Foreign-funded projects signed during the convention were worth 12.9 billion U.S. dollars."),
]
GOLD_WMC27_MIXED_UNITS_B205 = {
    (0, 80000, "m2"): "new", (0, 12.4 * B, "USD"): "new",
    (1, 80000, "m2"): "known", (1, 12.9 * B, "USD"): "new",
}



STORY_WIMC27_DAILY_TALLIES_B205 = [
    doc("2027-11-26", "Day one at Nanjing conference",
        "NANJING -- Day one of the 2027 World Intelligent Manufacturing Conference drew 38,000 visitors, organizers "
        "said."),
    doc("2027-11-27", "Day two at Nanjing conference",
        "NANJING -- The second day of the 2027 World Intelligent Manufacturing Conference drew 41,000 visitors, taking "
        "the total to 79,000."),
    doc("2027-11-28", "Nanjing conference closes",
        "NANJING -- The 2027 World Intelligent Manufacturing Conference closed on Sunday with a total of 121,000 "
        "visitors over three days."),
]
GOLD_WIMC27_DAILY_TALLIES_B205 = {
    (0, 38000, "count"): "new",
    (1, 41000, "count"): "new", (1, 79000, "count"): "new",
    (2, 121000, "count"): "changed:refined", (2, 3, "day"): "new",
}
