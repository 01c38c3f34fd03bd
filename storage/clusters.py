"""Reprint clusters: each article's cluster is the id of the earliest article of its group of near-duplicates.

The cost per article is bounded by the near-duplicates the LSH index returns, not by the size of their clusters:
an article nearly identical to one already indexed (a template page, a verbatim reprint) joins its cluster
without entering the main index, so a run of copies does not make every later copy compare with all of them. Its
signature goes into a second index of near copies, grouped by the indexed article each repeats, and a copy there
is compared only when the article it repeats is no match: a story somewhat like the copy and less like what the
copy repeats (0.5 and 0.47, say) joins their cluster whichever of the three arrived first."""
from __future__ import annotations

from datetime import timezone

import sqlite_utils

from extract.dates import ends_its_day, parse_iso
from extract.similarity import NUM_PERM, THRESHOLD

# An article at least this similar to an indexed one adds nothing to the main index: it is a near copy of it.
NEAR_COPY = 0.9


# Banding of the 128 MinHash values for a similarity threshold of 0.5: 25 bands of 5 rows, the split datasketch's
# MinHashLSH chooses for these two numbers. Done here with a dict per band, so that the crawl process needs neither
# datasketch nor SciPy (about 55 MB and 0.7 s of imports) just to look candidates up.
BANDS, ROWS = 25, 5
assert BANDS * ROWS <= NUM_PERM


def _values(blob: bytes) -> memoryview:
    """A stored signature as its 64-bit hash values, without copying."""
    return memoryview(blob).cast("Q")


def similarity(a, b) -> float:
    """Estimated Jaccard similarity of two MinHash signatures: the share of equal values."""
    return sum(x == y for x, y in zip(a, b)) / len(a)


class ClusterIndex:
    """An LSH index over the stored signatures, loaded once and kept up to date as articles are added.

    Compact, as it lives for the whole crawl: a band's bucket is the hash of its rows, holding one article id
    (most buckets) or a list of them; a colliding hash only adds a candidate that the similarity check drops."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.bands: list[dict[int, str | list[str]]] = [{} for _ in range(BANDS)]
        self.signatures: dict[str, memoryview] = {}
        # near copies: per band, per key, the copies grouped by the indexed article each repeats
        self.copy_bands: list[dict[int, dict[str, list[str]]]] = [{} for _ in range(BANDS)]
        self.copies: dict[str, tuple[memoryview, str]] = {}  # copy id -> (signature, the article it repeats)
        for row in db.query("select id, minhash, near_copy_of from articles where minhash is not null"):
            if row["near_copy_of"]:
                self._add_copy(row["id"], _values(row["minhash"]), row["near_copy_of"])
            else:
                self._add(row["id"], _values(row["minhash"]))

    def _keys(self, values) -> list[int]:
        raw = values.obj if isinstance(values, memoryview) else bytes(values)
        width = ROWS * 8
        return [hash(raw[i * width:(i + 1) * width]) for i in range(BANDS)]

    def _remove(self, article_id: str) -> None:
        copy = self.copies.pop(article_id, None)
        if copy is not None:
            values, of = copy
            for band, key in zip(self.copy_bands, self._keys(values)):
                group = band[key][of]
                group.remove(article_id)
                if not group:
                    del band[key][of]
                    if not band[key]:
                        del band[key]
        values = self.signatures.pop(article_id, None)
        if values is None:
            return
        for band, key in zip(self.bands, self._keys(values)):
            members = band.get(key)
            if members == article_id:
                del band[key]
            elif isinstance(members, list) and article_id in members:
                members.remove(article_id)
                if len(members) == 1:
                    band[key] = members[0]

    def _add(self, article_id: str, values) -> None:
        self._remove(article_id)
        self.signatures[article_id] = values
        for band, key in zip(self.bands, self._keys(values)):
            members = band.get(key)
            if members is None:
                band[key] = article_id
            elif isinstance(members, list):
                members.append(article_id)
            else:
                band[key] = [members, article_id]

    def _add_copy(self, article_id: str, values, of: str) -> None:
        self._remove(article_id)
        self.copies[article_id] = (values, of)
        for band, key in zip(self.copy_bands, self._keys(values)):
            band.setdefault(key, {}).setdefault(of, []).append(article_id)

    def similar(self, article_id: str, values) -> list[tuple[float, str]]:
        """(similarity, id) of the indexed articles and near copies whose estimated similarity reaches the
        threshold: a near copy only when the article it repeats is no match (were it one, the copy's cluster, which
        is that article's, is joined anyway)."""
        keys = self._keys(values)
        candidates: set[str] = set()
        for band, key in zip(self.bands, keys):
            members = band.get(key)
            if isinstance(members, list):
                candidates.update(members)
            elif members is not None:
                candidates.add(members)
        candidates.discard(article_id)
        found = ((similarity(self.signatures[other], values), other) for other in candidates)
        matches = [(score, other) for score, other in found if score >= THRESHOLD]
        matched = {other for _, other in matches}
        copies: set[str] = set()
        for band, key in zip(self.copy_bands, keys):
            for of, group in band.get(key, {}).items():
                if of not in matched:
                    copies.update(group)
        copies.discard(article_id)
        found = ((similarity(self.copies[other][0], values), other) for other in sorted(copies))
        return matches + [(score, other) for score, other in found if score >= THRESHOLD]

    def assign(self, article_id: str, minhash: bytes,
               db: sqlite_utils.Database | None = None) -> tuple[str, list[str]]:
        """Join the article (its MinHash signature as bytes) to the clusters of its near-duplicates, storing
        the signature unless a near copy is indexed already; return its cluster. Writes through `db` when given
        (the caller's connection and transaction), else the index's own. Returns the root and the former roots
        that are now members (a merge, or an earlier article arriving)."""
        values = _values(minhash)
        matches = self.similar(article_id, values)
        best = max(matches, default=(0.0, ""))
        # a near copy of the best match, or of what that match repeats (always an article of the main index)
        of = "" if best[0] < NEAR_COPY else self.copies[best[1]][1] if best[1] in self.copies else best[1]
        db = db or self.db
        with db.atomic():
            db.execute("update articles set minhash = ?, near_copy_of = ? where id = ?", [minhash, of or None, article_id])
            root, former = _join(db, article_id, [other for _, other in matches])
        if of:
            self._add_copy(article_id, values, of)
        else:
            self._add(article_id, values)
        return root, former


def _join(db: sqlite_utils.Database, article_id: str, matches: list[str]) -> tuple[str, list[str]]:
    """Put the article in one cluster with its matches: the clusters met are merged under their earliest root.
    Only a merge, or an article earlier than its cluster's root, relabels members."""
    own = next(db.query("select cluster from articles where id = ?", [article_id]))["cluster"] or article_id
    clusters = {own}
    if matches:
        marks = ",".join("?" * len(matches))
        clusters |= {r["cluster"] or r["id"] for r in db.query(
            f"select id, cluster from articles where id in ({marks})", matches)}
    candidates = clusters | {article_id}
    marks = ",".join("?" * len(candidates))
    rows = list(db.query(f"select id, title, text, date, published_at, outlet, credit from articles where id in ({marks})",
                         list(candidates)))
    root = min(rows, key=_earliest)["id"]
    relabel = sorted(c for c in clusters if c != root)
    if relabel:
        cmarks = ",".join("?" * len(relabel))
        db.execute(f"update articles set cluster = ? where cluster in ({cmarks})", [root, *relabel])
    db.execute("update articles set cluster = ? where id = ?", [root, article_id])
    return root, [c for c in relabel if c != article_id]


def _earliest(row: dict) -> tuple:
    """Sort key: publication time in UTC when known (else the date); on a tie, the copy its credit line names as
    its own outlet (the release's publisher, not a reprint site), then the article id: never the order in which the
    crawl happened to find the copies, so that the same coverage gives the same originals."""
    # (a story dated only by its day stands at the day's start: it was out that day, so before whatever came
    # the day after, and it sorts with the stories timed that day)
    # (a correction dated only by its day came after the story it corrects: it stands at the day's end)
    day_time = "T23:59:59+00:00" if ends_its_day(row.get("title") or "", row.get("text") or "") else "T00:00:00+00:00"
    when = f"{row['date']}{day_time}" if row["date"] else "9999"
    if row["published_at"] and len(row["published_at"]) > 10:
        parsed = parse_iso(row["published_at"])
        if parsed is not None:
            when = parsed.astimezone(timezone.utc).isoformat()
    credit, outlet = (row.get("credit") or "").lower(), (row.get("outlet") or "").lower()
    own = bool(credit) and (credit in outlet or outlet in credit)
    return (when, not own, row["id"])


def cluster_members(db: sqlite_utils.Database, cluster: str) -> list[dict]:
    """The articles of a cluster, earliest first."""
    rows = db.query("select id, url, outlet, credit, title, text, date, published_at, first_seen_at from articles "
                    "where cluster = ?", [cluster])
    return sorted(rows, key=_earliest)
