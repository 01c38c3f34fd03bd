"""A third annotated set, written after the second was in use, to measure extraction on sentences no rule was
written from (the figure the note of each change quotes is its first measurement). Same form as figures_heldout:
(text, [(value, unit, metric, scope), ...]); metric None means a specific noun phrase.
"""
B, M, T = 1e9, 1e6, 1e12

THIRD = [
    ("NANJING, Dec. 8, 2025 /PRNewswire/ -- The World Intelligent Manufacturing Conference 2025 closed on Sunday "
     "after three days in which 58 projects valued at 41.5 billion yuan were signed.",
     [(3, "day", "duration_days", "edition"), (58, "count", "projects_signed", "edition"),
      (41.5 * B, "CNY", "contract_value", "edition")]),
    ("This year's conference welcomed roughly 320 exhibitors, among them 46 from overseas.",
     [(320, "count", "exhibitors", "edition"), (46, "count", "overseas_exhibitors", "edition")]),
    ("Jiangsu now counts 2,100 smart factories at provincial level, and another 430 are being built.",
     [(2100, "count", None, "background"), (430, "count", None, "background")]),
    ("Attendance at the main venue exceeded 45,000 people over the three days.",
     [(45000, "count", "visitors", "edition"), (3, "day", "duration_days", "edition")]),
    ("Online, the livestreams of the conference drew 16.2 million views.",
     [(16.2 * M, "count", "views", "edition")]),  # views, not the people who watched
    ("The conference organized 28 parallel forums and a matchmaking session with 600 buyers.",
     [(28, "count", "sub_forums", "edition"), (600, "count", None, "edition")]),
    ("Among the deals, the largest, a 12-billion-yuan battery plant, will be built in Jiangning.",
     [(12 * B, "CNY", None, "part")]),
    ("HEFEI, Sept 23 (Reuters) - Anhui officials said 688 projects had been agreed at the convention, with "
     "planned investment of 532 billion yuan ($74.8 billion).",
     [(688, "count", "projects_signed", "edition"), (532 * B, "CNY", "investment", "edition"),
      (74.8 * B, "USD", "investment", "converted")]),  # the yuan at some rate
    ("Since the first edition in 2018, the convention's signed investment has passed 3 trillion yuan.",
     [(3 * T, "CNY", "investment", "cumulative")]),
    ("The exhibition was spread over 12 pavilions with a total floor area of 85,000 square meters.",
     [(12, "count", None, "edition"), (85000, "m2", "exhibition_area", "edition")]),
    ("Forty-three academicians and more than 200 university presidents spoke at the sessions.",
     [(43, "count", "academicians", "edition"), (200, "count", None, "edition")]),
    ("Foreign visitors accounted for about 8 percent of the total.",
     [(8, "percent", None, "part")]),
    ("Guests came from 41 countries and regions, a record for the event.",
     [(41, "count", "countries_regions", "edition")]),
    ("The city's 1,036 regulated industrial firms grew output by 11.3 percent in the first half.",
     # (a city's firms and their growth over half a year: the city's, not the event's)
     [(1036, "count", "companies", "background"), (11.3, "percent", None, "background")]),
    ("Some 9,600 square meters were set aside for the humanoid robot zone.",
     [(9600, "m2", "exhibition_area", "part")]),
    ("In the next three years, the district plans to attract 50 billion yuan of industrial investment.",
     [(50 * B, "CNY", "investment", "expected")]),
    ("A record 1,712 companies put their products on display, up from 1,580 last time.",
     [(1712, "count", "exhibitors", "edition"), (1580, "count", None, "earlier")]),
    ("Over the five days, organizers counted 265,000 visits to the exhibition halls.",
     [(5, "day", "duration_days", "edition"), (265000, "count", "visitors", "edition")]),
    ("Hefei convention seals 573 deals, investment tops 450 bln yuan",
     [(573, "count", "projects_signed", "edition"), (450 * B, "CNY", "investment", "edition")]),
    ("Intelligent manufacturing summit attracts 150 firms in Nanjing",
     [(150, "count", "companies", "edition")]),
    # no figures here
    ("The summit, held in its 9th year, opened with a keynote by the minister.", []),
    ("Visitors tried the iPhone 16 and a Huawei Mate 70 at the booth.", []),
    ("The fair's hashtag had been trending since 8 a.m. on Friday.", []),
    ("He was one of the first to arrive, at Gate 3.", []),
]
