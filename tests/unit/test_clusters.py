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
    assert list(index.signatures) == ["id0"]  # the near copies add nothing to the index
    upsert_article(db, _article(9, text + " item 9", date="2025-09-19"), run_id="r", now="2025-09-21T00:00:09+00:00")
    assert index.assign("id9", to_bytes(signature("WMC in Hefei", text + " item 9"))) == ("id9", ["id0"])
    assert {r["cluster"] for r in db.query("select cluster from articles")} == {"id9"}
