"""A second annotated set, in the style of wire and press-release coverage of the two events, kept apart from
figures_cases.py: it measures how extraction and metric classification do on sentences the rules were not written
from. Each case is (text, [(value, unit, metric, scope), ...]); metric None means "a specific noun phrase, not a
vocabulary key" (checked to be non-empty and not a bare unit or head word).
"""
B, M, T = 1e9, 1e6, 1e12

HELDOUT = [
    # the closing-day summary, in several wordings
    ("The 2025 World Manufacturing Convention wrapped up in Hefei on Tuesday, with 612 projects signed at a total "
     "investment of 487.3 billion yuan.",
     [(612, "count", "projects_signed", "edition"), (487.3 * B, "CNY", "investment", "edition")]),
    # a ceremony's batch is a part of the edition's total, which the closing reports
    ("Organizers said 89 projects with a combined value of 61.07 billion yuan were inked at the opening.",
     [(89, "count", "projects_signed", "opening"), (61.07 * B, "CNY", "contract_value", "opening")]),
    ("At the signing ceremony, 45 key projects worth 32.6 billion yuan were signed, covering new energy vehicles "
     "and integrated circuits.",
     [(45, "count", "projects_signed", "part"), (32.6 * B, "CNY", "contract_value", "part")]),
    ("Its 2023 edition saw 806 projects contracted, worth 478 billion yuan in total.",
     [(806, "count", "projects_signed", "edition"), (478 * B, "CNY", "contract_value", "edition")]),
    ("Investment in the signed projects amounted to RMB260 billion.",
     [(260 * B, "CNY", "investment", "edition")]),
    # cumulative figures
    ("Since its launch in 2018, the convention has seen a total of 3,640 projects signed, with investment "
     "exceeding 3.2 trillion yuan.",
     [(3640, "count", "projects_signed", "cumulative"), (3.2 * T, "CNY", "investment", "cumulative")]),
    ("The tally stood at 1.12 trillion yuan in signed deals for the previous five conventions combined.",
     [(1.12 * T, "CNY", "contract_value", "cumulative")]),
    # parts of the event
    ("Of the signed projects, 156 are foreign-funded, with investment of 15.8 billion US dollars.",
     [(156, "count", "foreign_projects", "edition"), (15.8 * B, "USD", "foreign_investment", "edition")]),
    ("Hall 3 alone covers 8,000 square meters and houses 120 robotics firms.",
     [(8000, "m2", "exhibition_area", "part"), (120, "count", "robot companies", "part")]),
    ("The pavilion of Germany, the guest country, featured 46 companies.",
     [(46, "count", "companies", "part")]),
    ("More than 100 robots, 20 of them humanoids, were on show.",
     [(100, "count", "products", "edition"), (20, "count", None, "part")]),
    # people
    ("More than 6.8 million people followed the opening ceremony online.",
     [(6.8 * M, "count", "visitors_online", "part")]),  # (the ceremony's audience)
    ("Visitors to the venue topped 220,000 during the convention.",
     [(220000, "count", "visitors", "edition")]),
    ("Over 40 academicians of the Chinese Academy of Sciences and the Chinese Academy of Engineering spoke.",
     [(40, "count", "academicians", "edition")]),
    ("Overseas guests numbered about 1,200, representing 52 countries and regions.",
     [(1200, "count", "overseas_guests", "edition"), (52, "count", "countries_regions", "edition")]),
    ("The summit welcomed 3,000-plus delegates.",
     [(3000, "count", "guests", "edition")]),
    ("The headline forum had 2,300 participants, and 18 sub-forums were held in parallel.",
     [(2300, "count", "guests", "part"), (18, "count", "sub_forums", "edition")]),
    # companies and exhibitors
    ("Some 1,500 enterprises from 42 countries and regions set up booths at the exhibition.",
     [(1500, "count", "exhibitors", "edition"), (42, "count", "countries_regions", "edition")]),
    ("A total of 27 Fortune Global 500 companies took part.",
     [(27, "count", "fortune500", "edition")]),
    ("The Nanjing conference attracted over 1,300 exhibitors this year.",
     [(1300, "count", "exhibitors", "edition")]),
    # areas, durations, forums
    ("The exhibition area totals 75,000 square meters across 10 halls.",
     [(75000, "m2", "exhibition_area", "edition"), (10, "count", None, "edition")]),
    ("The four-day event hosted 35 forums and 60 release activities.",
     [(4, "day", "duration_days", "edition"), (35, "count", "forums", "edition"), (60, "count", "forums", "edition")]),
    ("The WIMC 2025 opened on Nov 27 with a 30,000-sq-m exhibition.",
     [(30000, "m2", "exhibition_area", "edition")]),
    ("The convention spanned five days, from Sept. 20 to 24.",
     [(5, "day", "duration_days", "edition")]),
    ("The exhibitors' floor space expanded by 20 percent to 90,000 square meters.",
     [(20, "percent", None, "edition"), (90000, "m2", "exhibition_area", "edition")]),
    # products and the economy around the event
    ("Over 5,000 new products were launched or displayed at the fair, 300 of them for the first time anywhere.",
     [(5000, "count", "products", "edition"), (300, "count", "premieres", "edition")]),
    ("Anhui's manufacturing added value grew 8.9 percent last year.",
     [(8.9, "percent", None, "background")]),  # the host region's own statistics
    ("A 12,500-ton hydraulic forging press made by a local firm was on display.",
     [(12500, "ton", None, "edition")]),
    ("The city's industrial robot output hit 18,000 units in 2024.",
     [(18000, "count", None, "background")]),
    ("Jiangsu Province is home to 45,000 high-tech enterprises.",
     [(45000, "count", "high_tech_companies", "background")]),
    ("The trade volume reached 1.5 billion dollars, up 12 percent year-on-year.",
     [(1.5 * B, "USD", None, "edition"), (12, "percent", None, "edition")]),
    ("Organizers expect over 100,000 visitors during the five-day event.",
     [(100000, "count", "visitors", "expected"), (5, "day", "duration_days", "edition")]),
    ("The convention drew 1,652 exhibitors, compared with 1,400 a year earlier.",
     [(1652, "count", "exhibitors", "edition"), (1400, "count", None, "earlier")]),
    ("Signed projects rose to 612, up from 545 at last year's convention.",
     [(612, "count", "projects_signed", "edition"), (545, "count", None, "earlier")]),
    ("Over 60 percent of the exhibits were making their debut.",
     [(60, "percent", None, "edition")]),
    ("They also released a list of 100 typical cases of smart manufacturing.",
     [(100, "count", None, "edition")]),
    # headlines
    ("Hefei convention clinches 512 deals worth 80 bln USD",
     [(512, "count", "projects_signed", "edition"), (80 * B, "USD", "contract_value", "edition")]),
    ("World Intelligent Manufacturing Conference opens in Nanjing with 500+ firms",
     [(500, "count", "companies", "edition")]),
    ("WMC 2024 ends with 1.2 trln yuan in deals",
     [(1.2 * T, "CNY", "contract_value", "edition")]),
    # no figures here
    ("The convention, first held in 2018, returns to the Binhu International Convention Center.", []),
    ("Nanjing's Jiangning District hosted the 2nd session on Dec. 6, 2017.", []),
    ("Tesla's Model 3 and the Mate 60 Pro drew crowds.", []),
    ("The 15th Five-Year Plan period starts in 2026.", []),
]
