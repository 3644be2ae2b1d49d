"""Text clean-up and the sparse lexical features (word and character n-grams, TF-IDF).

The same code builds the features when training and when analysing, so the two can never
drift apart. Inference needs only numpy: the vocabulary, idf and weights live in the artifact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
        padded = f" {token} "
        size = len(padded)
        for n in range(spec.low, min(spec.high, size) + 1):
            out.extend(padded[i : i + n] for i in range(size - n + 1))
    return out


@dataclass(frozen=True, slots=True)
class Tfidf:
    """A fitted vocabulary with smoothed idf; sublinear tf and per-text L2 norm."""

    spec: NgramSpec
    index: dict[str, int]
    idf: npt.NDArray[np.float32]

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

    def transform(
        self, texts: Iterable[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """COO triples (row, column, value) of the TF-IDF matrix."""
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        index = self.index
        for r, text in enumerate(texts):
            counts = Counter(g for g in ngrams(text, self.spec) if g in index)
            if not counts:
                continue
            ids = [index[g] for g in counts]
            v = (1.0 + np.log(np.fromiter(counts.values(), np.float32, len(counts)))) * self.idf[
                ids
            ]
            v /= np.float32(np.linalg.norm(v))
            rows.extend([r] * len(ids))
            cols.extend(ids)
            vals.extend(v.tolist())
        return (
            np.asarray(rows, dtype=np.int64),
            np.asarray(cols, dtype=np.int64),
            np.asarray(vals, dtype=np.float32),
        )


def sparse_dot(
    coo: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]],
    n_rows: int,
    weights: npt.NDArray[np.float32],
) -> npt.NDArray[np.float32]:
    """(sparse n_rows x V) @ (V x K) without scipy."""
    rows, cols, vals = coo
    out = np.zeros((n_rows, weights.shape[1]), dtype=np.float32)
    if rows.size:
        np.add.at(out, rows, weights[cols] * vals[:, None])
    return out
