"""Reprint clusters: each article's cluster is the id of the earliest article of its group of near-duplicates."""
from __future__ import annotations

from datetime import datetime, timezone

import sqlite_utils
from datasketch import MinHashLSH

from extract.similarity import NUM_PERM, THRESHOLD, from_bytes, signature, to_bytes


class ClusterIndex:
    """An LSH index over the stored signatures, loaded once and kept up to date as articles are added."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.signatures = {}
        for row in db.query("select id, minhash from articles where minhash is not null"):
            self._add(row["id"], from_bytes(row["minhash"]))

    def _add(self, article_id: str, m) -> None:
        if article_id in self.signatures:
            self.lsh.remove(article_id)
        self.signatures[article_id] = m
        self.lsh.insert(article_id, m)

    def similar(self, article_id: str, m) -> list[str]:
        """Stored articles whose estimated similarity to m reaches the threshold."""
        return [other for other in self.lsh.query(m)
                if other != article_id and self.signatures[other].jaccard(m) >= THRESHOLD]

    def assign(self, article_id: str, title: str, text: str, db: sqlite_utils.Database | None = None) -> str:
        """Store the article's signature, join it to the clusters of its near-duplicates; return its cluster.
        Writes through `db` when given (the caller's connection and transaction), else the index's own."""
        m = signature(title, text)
        matches = self.similar(article_id, m)
        db = db or self.db
        with db.atomic():
            db.execute("update articles set minhash = ? where id = ?", [to_bytes(m), article_id])
            members = {article_id}
            if matches:
                marks = ",".join("?" * len(matches))
                clusters = [r["cluster"] for r in db.query(
                    f"select distinct cluster from articles where id in ({marks})", matches)]
                cmarks = ",".join("?" * len(clusters))
                members |= {r["id"] for r in db.query(
                    f"select id from articles where cluster in ({cmarks}) or id in ({marks})", clusters + matches)}
            mmarks = ",".join("?" * len(members))
            rows = list(db.query(f"select id, date, published_at, first_seen_at, rowid from articles "
                                 f"where id in ({mmarks})", list(members)))
            root = min(rows, key=_earliest)["id"]
            db.execute(f"update articles set cluster = ? where id in ({mmarks})", [root, *members])
        self._add(article_id, m)
        return root


def _earliest(row: dict) -> tuple:
    """Sort key: publication time in UTC when known (else the date), then when it was first seen."""
    when = row["date"] or "9999"
    if row["published_at"] and len(row["published_at"]) > 10:
        try:
            when = datetime.fromisoformat(row["published_at"]).astimezone(timezone.utc).isoformat()
        except ValueError:
            pass
    return (when, row["first_seen_at"] or "", row["rowid"])


def cluster_members(db: sqlite_utils.Database, cluster: str) -> list[dict]:
    """The articles of a cluster, earliest first."""
    rows = db.query("select id, url, outlet, credit, title, date, published_at, first_seen_at, rowid from articles "
                    "where cluster = ?", [cluster])
    return sorted(rows, key=_earliest)
