"""Near-duplicate detection for reprints: MinHash signatures of word shingles (datasketch)."""
from __future__ import annotations

import re


NUM_PERM = 128
SHINGLE_WORDS = 4
THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets above which two articles are one story
SEED = 1  # fixed, like the scheme, so that signatures stored in the database stay comparable
SCHEME = "affine32"


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Overlapping runs of `size` words, case and punctuation ignored."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(title: str, text: str):
    """The MinHash of an article's title and text."""
    from datasketch import MinHash  # loads SciPy (~0.7 s): only where a signature is made or read

    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch(sorted(shingles(f"{title}\n{text}")))
    return m


def to_bytes(m) -> bytes:
    import numpy as np  # with datasketch, in the worker processes only

    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()
