"""Reprint clusters: the band index finds what datasketch's LSH finds, and a run of copies stays cheap."""
import random

from datasketch import MinHashLSH

from extract.records import Article
from extract.similarity import NUM_PERM, THRESHOLD, signature, to_bytes
from storage.clusters import ClusterIndex, _values
from storage.db import open_db

WORDS = [f"w{i}" for i in range(400)]


def _texts(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    base = [rng.choice(WORDS) for _ in range(300)]
    texts = []
    for _ in range(n):
        text = list(base)
        for _ in range(rng.randint(0, 200)):  # from near copies to unrelated texts
            text[rng.randrange(len(text))] = rng.choice(WORDS)
        texts.append(" ".join(text))
    return texts


def test_signatures_are_datasketchs_affine32_minhash_bit_for_bit():
    """Signatures stored by earlier versions (made with datasketch) stay comparable with new ones."""
    import numpy as np
    from datasketch import MinHash

    from extract.similarity import SCHEME, SEED, shingles

    for i, text in enumerate(["", "one", "four words in all"] + _texts(12)):
        theirs = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
        theirs.update_batch(sorted(shingles(f"title {i}\n{text}")))
        assert to_bytes(signature(f"title {i}", text)) == np.asarray(theirs.hashvalues, dtype=np.uint64).tobytes()


def _datasketch(m):
    from datasketch import MinHash

    from extract.similarity import SCHEME, SEED

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=m.hashvalues)


def test_band_index_finds_the_same_near_duplicates_as_datasketch():
    db = open_db(memory=True)
    ours = ClusterIndex(db)
    theirs = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    signatures = {}
    for i, text in enumerate(_texts(60)):
        m = signature("", text)
        signatures[f"a{i}"] = m
        found = {other for _, other in ours.similar(f"a{i}", _values(to_bytes(m)))}
        expected = {o for o in theirs.query(_datasketch(m)) if signatures[o].jaccard(m) >= THRESHOLD}
        assert found == expected
        ours._add(f"a{i}", _values(to_bytes(m)))
        theirs.insert(f"a{i}", _datasketch(m))
    assert any(ours.similar("x", _values(to_bytes(signatures["a5"]))))  # the texts do have near duplicates


def _article(i: int, text: str, date: str = "2025-09-20") -> Article:
    return Article(id=f"id{i}", url=f"https://example.com/{i}", canonical_url=f"https://example.com/{i}",
                   site="example.com", outlet="Example", credit="", title="WMC in Hefei", date=date,
                   published_at=date, text=text, language="en", content_hash=str(i), fetched_at="", source="t")


def test_copies_join_one_cluster_without_being_indexed_and_an_earlier_one_becomes_its_root():
    from storage.articles import upsert_article

    db = open_db(memory=True)
    index = ClusterIndex(db)
    text = " ".join(_texts(1)[0].split()[:250])
    roots = []
    for i in range(5):
        upsert_article(db, _article(i, text + f" item {i}"), run_id="r", now=f"2025-09-21T00:00:0{i}+00:00")
        roots.append(index.assign(f"id{i}", to_bytes(signature("WMC in Hefei", text + f" item {i}")))[0])
    assert roots == ["id0"] * 5
    assert list(index.signatures) == ["id0"]  # the near copies add nothing to the main index
    assert {copy: of for copy, (_, of) in index.copies.items()} == {f"id{i}": "id0" for i in range(1, 5)}
    upsert_article(db, _article(9, text + " item 9", date="2025-09-19"), run_id="r", now="2025-09-21T00:00:09+00:00")
    assert index.assign("id9", to_bytes(signature("WMC in Hefei", text + " item 9"))) == ("id9", ["id0"])
    assert {r["cluster"] for r in db.query("select cluster from articles")} == {"id9"}


def _replaced(words: list[str], share: float, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = list(words)
    for i in rng.sample(range(len(out)), int(share * len(out))):
        out[i] = rng.choice(WORDS) + "z"
    return out


def test_a_story_like_a_near_copy_joins_its_cluster_whichever_arrives_first():
    """A near copy B of A (0.95), and C, like B (0.53) but less like A (0.49): C is one story with them in every
    arrival order, so what C repeats from A is a reprint's (one story, not two) whichever page the crawl finds
    first."""
    from itertools import permutations

    from tests.unit.test_metrics_ledger import EVENTS, NOW, article_from_document, doc
    from storage.ingest import store_article

    rng = random.Random(3)
    vocabulary = [f"v{i}" for i in range(5000)]
    a = [rng.choice(vocabulary) for _ in range(300)]
    b = _replaced(a, 0.012, 2)
    c = _replaced(b, 0.1, 109)
    sa, sb, sc = (signature("t", " ".join(words)) for words in (a, b, c))
    assert sa.jaccard(sb) >= 0.9 and sb.jaccard(sc) >= THRESHOLD > sa.jaccard(sc)  # the chain the test is about

    def story(day: int, count: int, words: list[str]) -> str:
        return doc(f"2024-11-{day}", "Nanjing conference report", "NANJING -- At the World Intelligent Manufacturing "
                   f"Conference in Nanjing, {count} companies exhibited. " + " ".join(words) + ".")

    other = doc("2024-11-21", "Another outlet's count", "NANJING -- The World Intelligent Manufacturing Conference "
                "in Nanjing drew 270 companies, a regional paper said.")
    texts = {"A": story(20, 263, a), "B": story(21, 263, b), "C": story(22, 263, c)}
    seen = set()
    for order in permutations("ABC"):
        db = open_db(memory=True)
        store_article(db, article_from_document(other, name="other", fetched_at=NOW), EVENTS, run_id="t", now=NOW)
        names = {}
        for name in order:
            stored = store_article(db, article_from_document(texts[name], name=name, fetched_at=NOW), EVENTS,
                                   run_id="t", now=NOW)
            names[stored.article_id] = name
        clusters = {names[r["id"]]: names.get(r["cluster"]) for r in db.query("select id, cluster from articles")
                    if r["id"] in names}
        flags = {names[r["article_id"]]: r["status"] for r in db.query(
            "select article_id, status from figures where value = 263")}
        seen.add((tuple(sorted(clusters.items())), tuple(sorted(flags.items()))))
    assert seen == {((("A", "A"), ("B", "A"), ("C", "A")), (("A", "new"), ("B", "known"), ("C", "known")))}
