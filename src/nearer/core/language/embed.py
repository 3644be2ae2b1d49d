"""Sentence vectors from the static token embeddings that the ``wordllama`` package ships.

WordLlama's embedding of a text is the mean of its tokens' vectors. We read the same two files
its ``WordLlama.load()`` reads (the tokenizer and the 256-dim weights inside the installed
package), without importing ``wordllama`` itself: that import costs about 0.6 s (pydantic,
requests, toml) and calls ``logging.basicConfig`` as a side effect. A test checks that the
vectors are the same as ``WordLlama.load(...).embed(...)``. Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from tokenizers import Tokenizer

WEIGHTS_NAME: Final = "l2_supercat_256.safetensors"
TOKENIZER_NAME: Final = "l2_supercat_tokenizer_config.json"
DIM: Final = 256


def wordllama_dir() -> Path:
    """The installed ``wordllama`` package folder, found without importing it."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordllama package is not installed; it ships the text weights")
    return Path(next(iter(spec.submodule_search_locations)))


class Embedder:
    """Mean-pooled, L2-normalised token embeddings; deterministic and thread-safe."""

    def __init__(self, weights: npt.NDArray[np.float32], tokenizer: Tokenizer) -> None:
        self.weights = weights
        self.tokenizer = tokenizer

    @classmethod
    def load(cls, folder: Path | None = None) -> Embedder:
        from safetensors import safe_open
        from tokenizers import Tokenizer

        folder = folder or wordllama_dir()
        with safe_open(str(folder / "weights" / WEIGHTS_NAME), framework="np") as f:
            weights = np.ascontiguousarray(f.get_tensor("embedding.weight"), dtype=np.float32)
        tokenizer = Tokenizer.from_file(str(folder / "tokenizers" / TOKENIZER_NAME))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        return cls(weights, tokenizer)

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        encodings = self.tokenizer.encode_batch(texts, add_special_tokens=False)
        top = self.weights.shape[0] - 1
        return [[min(max(i, 0), top) for i in enc.ids] for enc in encodings]

    def embed(self, texts: list[str], *, normalize: bool = True) -> npt.NDArray[np.float32]:
        """One row per text; an empty text gets the zero vector."""
        out = np.zeros((len(texts), self.weights.shape[1]), dtype=np.float32)
        if not texts:
            return out
        ids = self.token_ids(texts)
        lengths = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
        nonempty = np.flatnonzero(lengths)
        if nonempty.size == 0:
            return out
        flat = np.fromiter((i for x in ids for i in x), dtype=np.int64, count=int(lengths.sum()))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[nonempty]
        sums = np.add.reduceat(self.weights[flat], starts, axis=0, dtype=np.float32)
        out[nonempty] = sums / lengths[nonempty, None].astype(np.float32)
        if normalize:
            norms = np.linalg.norm(out, axis=1, keepdims=True)
            np.divide(out, norms, out=out, where=norms > 0)
        return out


_lock = threading.Lock()
_embedder: Embedder | None = None


def get_embedder() -> Embedder:
    """The process-wide embedder, loaded on first use."""
    global _embedder
    if _embedder is None:
        with _lock:
            if _embedder is None:
                _embedder = Embedder.load()
    return _embedder
