"""Saved queries for browsing the database in Datasette (the optional `browse` extra)."""
from __future__ import annotations

CANNED_QUERIES = {
    "new_figures": {
        "title": "New and changed figures since a date",
        "description": "Figures flagged new or changed, with their sentence, article and review.",
        "sql": (
            "select f.decided_at, f.event, f.edition, f.metric, f.scope, f.status, f.kind, f.surface, f.sentence, "
            "a.title, a.outlet, a.url, coalesce(r.decision, '') as review from figures f join articles a "
            "on a.id = f.article_id left join reviews r on r.figure_id = f.id "
            "where f.status in ('new', 'changed') and f.decided_at >= :since order by f.decided_at desc"),
    },
    "metric_history": {
        "title": "A metric across editions",
        "description": "Every value reported for one event and metric (e.g. wmc, projects_signed), by edition "
                       "and scope, in publication order.",
        "sql": (
            "select f.edition, f.scope, f.value, f.unit, f.surface, f.qualifier, f.status, f.kind, a.date, a.outlet, "
            "a.url, f.sentence from figures f join articles a on a.id = f.article_id "
            "where f.event = :event and f.metric = :metric "
            "and f.id not in (select figure_id from reviews where decision = 'rejected') "
            "order by f.edition, f.scope, f.pub_key"),
    },
    "articles_per_event_and_outlet": {
        "title": "Articles per event, edition and outlet",
        "description": "How many articles (and independent stories: reprints count once) each outlet published "
                       "about each edition.",
        "sql": (
            "select e.event, e.edition, a.outlet, count(*) as articles, count(distinct a.cluster) as stories "
            "from articles a join article_events e on e.article_id = a.id and e.primary_event = 1 "
            "group by e.event, e.edition, a.outlet order by e.event, e.edition desc, articles desc"),
    },
    "rejected_pages": {
        "title": "Pages rejected as off-topic",
        "description": "Pages a crawl fetched and judged not to be about the events, newest first, with why.",
        "sql": "select at, source, title, url, reason from seen where status = 'rejected' order by at desc",
    },
}


# What a reader browses first: the stored articles and figures, with facets; the crawl's bookkeeping is hidden.
TABLES = {
    "figures": {"title": "Figures", "description": "Every figure read from an article: value, unit, metric, "
                "scope, the edition it is about, and its status in publication order (new, known, changed).",
                "facets": ["event", "edition", "status", "metric", "scope"], "sort_desc": "decided_at"},
    "articles": {"title": "Articles", "description": "Stored articles in the seed schema; `cluster` is the "
                 "story a reprint belongs to.", "facets": ["outlet", "source", "date"], "sort_desc": "first_seen_at"},
    "article_events": {"title": "Articles per event", "description": "Which event and edition each article is "
                       "about.", "facets": ["event", "edition", "primary_event"]},
    "reviews": {"title": "Reviews", "description": "Figures a reviewer confirmed or rejected, with the reason.",
                "facets": ["decision"]},
    "runs": {"title": "Runs", "description": "Crawls and imports: when, how they ended, counters per source.",
             "facets": ["kind", "status"], "sort_desc": "started_at"},
    "errors": {"title": "Errors", "description": "What failed in each run: source, URL, message.",
               "facets": ["source"], "sort_desc": "at"},
    "digests": {"title": "Digests", "description": "One row per digest day: window, counts, when it was sent."},
}
HIDDEN = ("seen", "validators", "url_map", "notifications", "_sqlite_migrations", "articles_fts",
          "articles_fts_data", "articles_fts_idx", "articles_fts_docsize", "articles_fts_config")


def metadata(db_name: str) -> dict:
    """Datasette metadata: titles, descriptions and facets of the tables a reader browses, internal tables
    hidden, and the saved queries."""
    tables = {name: dict(meta) for name, meta in TABLES.items()}
    tables.update({name: {"hidden": True} for name in HIDDEN})
    return {"title": "confwatch", "description": "News coverage of the configured events: articles, the figures "
            "they report, and what was new or changed.",
            "databases": {db_name: {"queries": CANNED_QUERIES, "tables": tables}}}
