"""The trained model: features for a batch of texts, the artifact format, and scoring.

Inference needs numpy only. Every task (barriers, patterns, safety) is a linear model over the
same four feature blocks, so a batch is featurised once and scored three times:

- ``E``: the mean wordllama token embedding (256 numbers, unit length);
- ``W``: TF-IDF of word 1-2-grams;  ``C``: TF-IDF of character 2-5-grams inside words;
- ``L``: log-counts of the cue lexicons in ``cues.py``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from .cues import CUE_NAMES, cue_counts
from .embed import Embedder
from .features import CHAR_NGRAMS, WORD_NGRAMS, NgramSpec, Tfidf, clean, sparse_dot

F32 = npt.NDArray[np.float32]
COO = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]

ARTIFACT: Final = Path(__file__).with_name("model") / "analyzer.npz"
FORMAT: Final = 1


@dataclass(frozen=True, slots=True)
class Features:
    n: int
    w_dim: int
    c_dim: int
    E: F32
    W: COO
    C: COO
    L: F32


@dataclass(frozen=True, slots=True)
class Linear:
    """One task's weights, block scales already folded in."""

    labels: tuple[str, ...]
    E: F32
    W: F32
    C: F32
    L: F32
    b: F32

    def logits(self, f: Features) -> F32:
        out: F32 = f.E @ self.E + f.L @ self.L + self.b
        out += sparse_dot(f.W, f.n, self.W)
        out += sparse_dot(f.C, f.n, self.C)
        return out

    def proba(self, f: Features) -> F32:
        z = self.logits(f)
        z -= z.max(axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= z.sum(axis=1, keepdims=True)
        return z


class Featurizer:
    def __init__(self, embedder: Embedder, word: Tfidf, char: Tfidf) -> None:
        self.embedder = embedder
        self.word = word
        self.char = char

    def features(
        self, texts: Sequence[str], cue_counts_rows: Sequence[Sequence[float]]
    ) -> Features:
        cleaned = [clean(t) for t in texts]
        n = len(cleaned)
        L = np.asarray(cue_counts_rows, dtype=np.float32).reshape(n, len(CUE_NAMES))
        return Features(
            n=n,
            w_dim=len(self.word.index),
            c_dim=len(self.char.index),
            E=self.embedder.embed(cleaned),
            W=self.word.transform(cleaned),
            C=self.char.transform(cleaned),
            L=L,
        )


@dataclass(frozen=True, slots=True)
class Model:
    featurizer: Featurizer
    tasks: dict[str, Linear]
    meta: dict[str, Any]

    @property
    def data_hash(self) -> str:
        return str(self.meta.get("data_hash", ""))


def _terms_blob(terms: list[str]) -> npt.NDArray[np.uint8]:
    return np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8)


def _tfidf_from(spec: NgramSpec, blob: npt.NDArray[np.uint8], idf: F32) -> Tfidf:
    text = blob.tobytes().decode("utf-8")
    terms = text.split("\n") if text else []
    return Tfidf(spec, {t: i for i, t in enumerate(terms)}, idf.astype(np.float32))


def save(
    path: Path, word: Tfidf, char: Tfidf, tasks: dict[str, Linear], meta: dict[str, Any]
) -> None:
    arrays: dict[str, Any] = {
        "meta": np.frombuffer(json.dumps({**meta, "format": FORMAT}).encode(), dtype=np.uint8),
        "word_terms": _terms_blob(word.terms),
        "word_idf": word.idf.astype(np.float32),
        "char_terms": _terms_blob(char.terms),
        "char_idf": char.idf.astype(np.float32),
    }
    for name, lin in tasks.items():
        arrays[f"{name}.labels"] = np.frombuffer("\n".join(lin.labels).encode(), dtype=np.uint8)
        arrays[f"{name}.E"] = lin.E.astype(np.float32)
        # float16 halves the file; the scores move by less than 1e-3.
        arrays[f"{name}.W"] = lin.W.astype(np.float16)
        arrays[f"{name}.C"] = lin.C.astype(np.float16)
        arrays[f"{name}.L"] = lin.L.astype(np.float32)
        arrays[f"{name}.b"] = lin.b.astype(np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(path)


def read_meta(path: Path = ARTIFACT) -> dict[str, Any]:
    with np.load(path) as z:
        meta: dict[str, Any] = json.loads(z["meta"].tobytes().decode())
    return meta


def load(embedder: Embedder, path: Path = ARTIFACT) -> Model:
    with np.load(path) as z:
        meta: dict[str, Any] = json.loads(z["meta"].tobytes().decode())
        if meta.get("format") != FORMAT:
            raise RuntimeError(f"{path} has format {meta.get('format')}, expected {FORMAT}")
        word = _tfidf_from(WORD_NGRAMS, z["word_terms"], z["word_idf"])
        char = _tfidf_from(CHAR_NGRAMS, z["char_terms"], z["char_idf"])
        tasks: dict[str, Linear] = {}
        for name in ("barriers", "patterns", "safety"):
            tasks[name] = Linear(
                labels=tuple(z[f"{name}.labels"].tobytes().decode().split("\n")),
                E=z[f"{name}.E"].astype(np.float32),
                W=z[f"{name}.W"].astype(np.float32),
                C=z[f"{name}.C"].astype(np.float32),
                L=z[f"{name}.L"].astype(np.float32),
                b=z[f"{name}.b"].astype(np.float32),
            )
    return Model(Featurizer(embedder, word, char), tasks, meta)


def cue_rows(spans_list: Sequence[dict[str, list[tuple[int, int]]]]) -> list[list[float]]:
    return [cue_counts(s) for s in spans_list]
