"""A fifth annotated set, written in our own words after reading how real wire copy and releases about both events
are put together: running totals that carry over from one sentence to the next, pre-event invitations, subsets
named after the total, online exhibitions, views against viewers. Same form as figures_heldout: (text, [(value,
unit, metric, scope), ...]); metric None means a specific noun phrase. Several texts are short paragraphs,
because the scope of a figure often depends on the sentence before it.
"""
B, M, T = 1e9, 1e6, 1e12

FIFTH = [
    # a running total opened in one sentence and continued in the next ones
    ("Held every year since 2018, the Hefei convention has welcomed more than 21,000 guests. Some 3,400 projects "
     "have been signed there, with actual investment above 1.3 trillion yuan.",
     [(21000, "count", "guests", "cumulative"), (3400, "count", "projects_signed", "cumulative"),
      (1.3 * T, "CNY", "investment", "cumulative")]),
    ("Since its launch the event has grown steadily. It has drawn over 520 executives of Fortune 500 firms and seen "
     "2,870 cooperation agreements concluded.",
     [(520, "count", None, "cumulative"), (2870, "count", "projects_signed", "cumulative")]),
    # a running total does not leak into a sentence about this year, nor across a paragraph
    ("Since 2019 the conference has been held in Nanjing. This year it has attracted 310 exhibitors.",
     [(310, "count", "exhibitors", "edition")]),
    ("Since 2018 the convention has signed some 3,000 projects.\nThe 2024 edition has welcomed 1,050 guests so far.",
     [(3000, "count", "projects_signed", "cumulative"), (1050, "count", "guests", "edition")]),
    # "so far" about this edition's registrations is not a running total
    ("Around 580 companies have so far signed up to exhibit, the organizers said.",
     [(580, "count", "exhibitors", "edition")]),
    ("To date, the convention has brought in more than 35,000 participants.",
     [(35000, "count", "guests", "cumulative")]),
    # who will attend is the edition's plan (a later count refines it); who will be invited is a hope
    ("About 1,300 guests from 40 countries will attend the four-day meeting.",
     [(1300, "count", "guests", "edition"), (40, "count", "countries_regions", "edition"),
      (4, "day", "duration_days", "edition")]),
    ("Organizers will invite roughly 150 foreign delegates this year.",
     [(150, "count", "overseas_guests", "expected")]),
    # the forecast verb comes after the amounts, past an abbreviation
    ("The expo opens on Friday, and 412 projects worth 298.5 billion yuan (41.2 billion U.S. dollars) are expected "
     "to be signed there.",
     [(412, "count", "projects_signed", "expected"), (298.5 * B, "CNY", "contract_value", "expected"),
      (41.2 * B, "USD", "contract_value", "expected")]),
    # "around" that says how, not how many
    ("The program is built around five headline events and 19 themed sessions.",
     [(5, "count", "forums", "edition"), (19, "count", "sub_forums", "edition")]),
    # the number of visitors, with an uncommon qualifier
    ("The number of visitors was beyond 90,000 on the final count.",
     [(90000, "count", "visitors", "edition")]),
    # forum audiences are a share of the visitors
    ("The show drew about 1,500 exhibitors and close to 8,000 forum visitors; total visits topped 120,000.",
     [(1500, "count", "exhibitors", "edition"), (8000, "count", "visitors", "part"),
      (120000, "count", "visitors", "edition")]),
    # online exhibitors, online visitors, views
    ("In its cloud edition, 2,700 companies exhibited online, 6.5 million people visited the virtual halls online "
     "and the coverage was read 95 million times.",
     [(2700, "count", "exhibitors_online", "edition"), (6.5 * M, "count", "visitors_online", "edition"),
      (95 * M, "count", "views", "edition")]),
    ("Some 1,900 exhibitors took part on the cloud platform.",
     [(1900, "count", "exhibitors_online", "edition")]),
    # a smaller figure named after the edition's total is a part of it
    ("The fair wrapped up with 512 projects and investment of 404.6 billion yuan. Of these, 468 are manufacturing "
     "projects, worth 371.2 billion yuan.",
     [(512, "count", "projects", "edition"), (404.6 * B, "CNY", "investment", "edition"),
      # projects with a value are deals made, and their value what the deals are worth (as in the other sets)
      (468, "count", "projects_signed", "part"), (371.2 * B, "CNY", "contract_value", "part")]),
    ("Anhui pledged 612.4 billion yuan in 702 projects at the close. They include a 150-billion-yuan wafer plant "
     "and a 9-billion-yuan battery line.",
     [(612.4 * B, "CNY", "investment", "edition"), (702, "count", "projects", "edition"),
      (150 * B, "CNY", None, "part"), (9 * B, "CNY", None, "part")]),
    ("More than 380 deals were sealed, worth RMB 402 billion. Some 57 deals signed are in chips and displays, with "
     "investment of RMB 71 billion.",
     [(380, "count", "projects_signed", "edition"), (402 * B, "CNY", "contract_value", "edition"),
      (57, "count", "projects_signed", "part"), (71 * B, "CNY", "investment", "part")]),
    # how many editions or years in a row is not a figure
    ("The convention has been staged in Hefei for six consecutive years and for 6 straight sessions.",
     []),
    ("It is the fourth straight year the summit has been held in person.",
     []),
    # one day's count is a part of the edition's; a running count "had passed" is read
    ("The fair welcomed 72,000 visitors on its opening day, and by Sunday visits had passed 190,000.",
     [(72000, "count", "visitors", "part"), (190000, "count", "visitors", "edition")]),
    # a fraction with a hyphen is a share; a rate "more than last year" after a count is its growth
    ("Roughly two-thirds of the exhibitors came from the Yangtze River Delta.",
     [(200 / 3, "percent", "share of exhibitors from yangtze river delta", "edition")]),
    ("The show has drawn 515 exhibitors this time, 12 percent more than last year.",
     [(515, "count", "exhibitors", "edition"), (12, "percent", "exhibitors growth", "edition")]),
    # what a subset of the projects is worth is a part too; "doubled to" and "visitor numbers" are read
    ("The province inked 41 foreign-funded projects worth $5.2 billion during the event.",
     [(41, "count", "foreign_projects", "edition"), (5.2 * B, "USD", "foreign_investment", "edition")]),
    ("The number of overseas exhibitors doubled to 140, and visitor numbers hit a record 265,000.",
     [(140, "count", "overseas_exhibitors", "edition"), (265000, "count", "visitors", "edition")]),
    # indoor and outdoor areas are parts of the whole exhibition area
    ("Indoor exhibition space totals 52,000 square meters, and the outdoor area adds 18,000 square meters, for "
     "70,000 square meters in all.",
     [(52000, "m2", "exhibition_area", "part"), (18000, "m2", "exhibition_area", "part"),
      (70000, "m2", "exhibition_area", "edition")]),
    # headline shorthand: a scale written against the number in capitals, "pc", "-odd" before a scale
    ("Hefei expo: 612 deals, 487.3B yuan, 250K visitors",
     [(612, "count", "projects_signed", "edition"), (487.3 * B, "CNY", None, "edition"),
      (250000, "count", "visitors", "edition")]),
    ("Exhibitors rose 12pc, and investment of 60-odd billion yuan was pledged.",
     [(12, "percent", None, "edition"), (60 * B, "CNY", "investment", "edition")]),
    ("Anhui inks 1,025 bln yuan worth of deals at manufacturing expo",
     [(1025 * B, "CNY", "contract_value", "edition")]),
    ("The Model 3B robot arm can lift parts 5 m high.", []),
    # one hall's area, written with a hyphen, is a part, and so is the area added to it
    ("The show occupies a 30,000-square-meter hall and an additional 45,000 square meters set aside for trade "
     "stands.", [(30000, "m2", "exhibition_area", "part"), (45000, "m2", "exhibition_area", "part")]),
    # the audience of a briefing is not the event's
    ("About 60 people attended the news conference in Beijing on Tuesday, including ministry officials.",
     [(60, "count", None, "part")]),
    # the organizers' own wording for guests and media reach
    ("Among these, 1,200 are overseas guests, a record for the event.",
     [(1200, "count", "overseas_guests", "edition")]),
    ("Livestreams of the closing ceremony were viewed 14 million times.",
     [(14 * M, "count", "views", "part")]),
]
