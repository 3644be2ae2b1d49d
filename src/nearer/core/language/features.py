"""Text clean-up and the sparse lexical features (word and character n-grams, TF-IDF).

The same code builds the features when training and when analysing, so the two can never
drift apart. Inference needs only numpy: the vocabulary, idf and weights live in the artifact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import numpy.typing as npt

_SURROGATE = re.compile("[\ud800-\udfff]")
# Length-preserving: spans found on the cleaned text are valid on the original.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """Replace lone surrogates (they cannot be encoded) and odd apostrophes; keeps length."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text.translate(_APOSTROPHES)


def fold(text: str) -> str:
    """``clean`` and lower-case, keeping the length (spans stay valid on the original)."""
    text = clean(text)
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def words(text: str) -> list[str]:
    return _WORD.findall(clean(text).casefold())


@dataclass(frozen=True, slots=True)
class NgramSpec:
    """Which n-grams one block uses: ``kind`` is "word" or "char" (within word boundaries)."""

    kind: str
    low: int
    high: int


WORD_NGRAMS: Final = NgramSpec("word", 1, 2)
CHAR_NGRAMS: Final = NgramSpec("char", 2, 5)


def ngrams(text: str, spec: NgramSpec) -> list[str]:
    tokens = words(text)
    out: list[str] = []
    if spec.kind == "word":
        for n in range(spec.low, spec.high + 1):
            out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return out
    for token in tokens:
        out.extend(_char_grams(token, spec))
    return out


@dataclass(frozen=True, slots=True)
class Tfidf:
    """A fitted vocabulary with smoothed idf; sublinear tf and per-text L2 norm."""

    spec: NgramSpec
    index: dict[str, int]
    idf: npt.NDArray[np.float32]
    # word -> ids of its character n-grams; words repeat, so this saves most of the work.
    _cache: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def fit(cls, texts: Sequence[str], spec: NgramSpec, *, min_df: int = 2) -> Tfidf:
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(ngrams(text, spec)))
        terms = sorted(t for t, c in df.items() if c >= min_df)
        n = len(texts)
        idf = np.array([np.log((1 + n) / (1 + df[t])) + 1.0 for t in terms], dtype=np.float32)
        return cls(spec, {t: i for i, t in enumerate(terms)}, idf)

    @property
    def terms(self) -> list[str]:
        return sorted(self.index, key=self.index.__getitem__)

    def ids(self, text: str) -> list[int]:
        """Vocabulary ids of the text's n-grams (with repeats); unknown n-grams dropped."""
        index = self.index
        if self.spec.kind == "word":
            return [i for g in ngrams(text, self.spec) if (i := index.get(g)) is not None]
        cache = self._cache
        out: list[int] = []
        for token in words(text):
            got = cache.get(token)
            if got is None:
                got = [i for g in _char_grams(token, self.spec) if (i := index.get(g)) is not None]
                if len(cache) < 200_000:
                    cache[token] = got
            out.extend(got)
        return out

    def transform(
        self, texts: Iterable[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """COO triples (row, column, value) of the TF-IDF matrix, rows in order."""
        rows: list[npt.NDArray[np.int64]] = []
        cols: list[npt.NDArray[np.int64]] = []
        vals: list[npt.NDArray[np.float32]] = []
        for r, text in enumerate(texts):
            ids = self.ids(text)
            if not ids:
                continue
            uniq, counts = np.unique(np.asarray(ids, dtype=np.int64), return_counts=True)
            v = (1.0 + np.log(counts.astype(np.float32))) * self.idf[uniq]
            v /= np.float32(np.linalg.norm(v))
            rows.append(np.full(uniq.size, r, dtype=np.int64))
            cols.append(uniq)
            vals.append(v.astype(np.float32))
        if not rows:
            empty_i = np.zeros(0, dtype=np.int64)
            return empty_i, empty_i.copy(), np.zeros(0, dtype=np.float32)
        return np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)


def _char_grams(token: str, spec: NgramSpec) -> list[str]:
    padded = f" {token} "
    size = len(padded)
    out: list[str] = []
    for n in range(spec.low, min(spec.high, size) + 1):
        out.extend(padded[i : i + n] for i in range(size - n + 1))
    return out


def sparse_dot(
    coo: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]],
    n_rows: int,
    weights: npt.NDArray[np.float32],
) -> npt.NDArray[np.float32]:
    """(sparse n_rows x V) @ (V x K) without scipy; ``coo`` rows must be sorted."""
    rows, cols, vals = coo
    out = np.zeros((n_rows, weights.shape[1]), dtype=np.float32)
    if rows.size:
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        out[rows[starts]] = np.add.reduceat(weights[cols] * vals[:, None], starts, axis=0)
    return out
