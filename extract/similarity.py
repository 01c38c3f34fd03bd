"""Near-duplicate detection for reprints: MinHash signatures of word shingles.

The signature is the MinHash of the shingles' SHA-1 hashes (their first 4 bytes, little-endian), pre-mixed with the
MurmurHash3 32-bit finalizer and put through NUM_PERM affine maps h -> a*h + b modulo 2^32 (a odd, so each map is a
bijection), a and b drawn from NumPy's RandomState(SEED): the "affine32" scheme of datasketch 2, whose signatures
the database already holds (tests check the two agree bit for bit). Computed here with NumPy alone: datasketch's
package import loads SciPy, some 55 MB in every extraction worker for a few lines of arithmetic.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache


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


BATCH = 4096  # shingles hashed per step: bounds the step's memory (BATCH x NUM_PERM values) on long texts
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)  # MurmurHash3's 32-bit finalizer: shifts and multipliers


@lru_cache(maxsize=1)
def _maps():
    """The NUM_PERM affine maps (a, b), as uint32 arrays."""
    import numpy as np  # in the worker processes only

    draw = np.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _premix(h):
    import numpy as np

    s1, m1, s2, m2, s3 = _FMIX32
    h = h ^ (h >> np.uint32(s1))
    h = h * np.uint32(m1)
    h = h ^ (h >> np.uint32(s2))
    h = h * np.uint32(m2)
    return h ^ (h >> np.uint32(s3))


class Signature:
    """A MinHash signature: NUM_PERM 32-bit minima."""

    def __init__(self, hashvalues):
        self.hashvalues = hashvalues

    def jaccard(self, other: "Signature") -> float:
        """The estimated Jaccard similarity of the two shingle sets."""
        return float((self.hashvalues == other.hashvalues).mean())


def signature(title: str, text: str) -> Signature:
    """The MinHash of an article's title and text."""
    import numpy as np

    a, b = _maps()
    values = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    items = sorted(shingles(f"{title}\n{text}"))
    with np.errstate(over="ignore"):
        for start in range(0, len(items), BATCH):
            hashed = np.fromiter((int.from_bytes(hashlib.sha1(item).digest()[:4], "little")
                                  for item in items[start:start + BATCH]), dtype=np.uint32)
            mapped = _premix(hashed)[:, None] * a + b  # uint32 arithmetic: wraps modulo 2^32
            values = np.minimum(values, mapped.min(axis=0))
    return Signature(values)


def to_bytes(m: Signature) -> bytes:
    """The signature as stored: NUM_PERM unsigned 64-bit integers."""
    import numpy as np

    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()
