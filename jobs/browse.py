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
        "sql": (
            "select e.event, e.edition, a.outlet, count(*) as articles, count(distinct a.cluster) as stories "
            "from articles a join article_events e on e.article_id = a.id and e.primary_event = 1 "
            "group by e.event, e.edition, a.outlet order by e.event, e.edition desc, articles desc"),
    },
    "rejected_pages": {
        "title": "Pages rejected as off-topic",
        "sql": "select at, source, title, url, reason from seen where status = 'rejected' order by at desc",
    },
}


def metadata(db_name: str) -> dict:
    """Datasette metadata: the saved queries attached to the confwatch database."""
    return {"title": "confwatch", "databases": {db_name: {"queries": CANNED_QUERIES}}}
