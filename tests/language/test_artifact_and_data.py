"""The committed model, the training data it came from, and the parts it is built of."""

from __future__ import annotations

import numpy as np
import pytest

from nearer.core.language import data
from nearer.core.language.embed import get_embedder
from nearer.core.language.features import CHAR_NGRAMS, Tfidf, fold, sparse_dot
from nearer.core.language.model import ARTIFACT, read_meta


def test_committed_artifact_was_trained_on_the_current_data() -> None:
    # Fails when data/language changed without `python -m nearer.core.language.train`.
    assert read_meta(ARTIFACT)["data_hash"] == data.data_hash()


def test_artifact_stays_small() -> None:
    assert ARTIFACT.stat().st_size < 5_000_000


def test_every_label_has_enough_examples_and_splits_are_disjoint() -> None:
    minimum = {"barriers": 40, "patterns": 40, "safety": 60}
    for task in data.TASKS:
        examples = data.load(task)
        labels = {e.label for e in examples}
        for label in labels:
            assert sum(e.label == label for e in examples) >= minimum[task], (task, label)
        train, dev = data.split(examples)
        assert {e.text for e in train}.isdisjoint({e.text for e in dev})
        assert 0.12 < len(dev) / len(examples) < 0.28


def test_split_depends_on_the_text_only() -> None:
    assert data.is_dev("Some text") == data.is_dev("  some   TEXT ")
    assert data.label_of("barriers", "none-b") == "none"
    assert data.label_of("barriers", "none-extra") == "none"
    assert data.label_of("patterns", "gentle-extra") == "gentle"


def test_embeddings_match_wordllama_itself() -> None:
    from pathlib import Path

    import wordllama
    from wordllama import WordLlama

    reference = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    texts = ["We never talk anymore.", "", "ça va? 🙂", "a " * 300]
    ours = get_embedder().embed(texts, normalize=False)
    np.testing.assert_allclose(ours, reference.embed(texts), atol=1e-5)


def test_sparse_scoring_equals_dense_matrix_product() -> None:
    texts = ["you never listen", "", "I feel hurt when you leave", "never never never"]
    tfidf = Tfidf.fit(texts * 2, CHAR_NGRAMS, min_df=1)
    coo = tfidf.transform(texts)
    dense = np.zeros((len(texts), len(tfidf.index)), dtype=np.float32)
    dense[coo[0], coo[1]] = coo[2]
    assert np.allclose(np.linalg.norm(dense[[0, 2, 3]], axis=1), 1.0)
    weights = np.random.default_rng(0).normal(size=(len(tfidf.index), 3)).astype(np.float32)
    assert np.allclose(sparse_dot(coo, len(texts), weights), dense @ weights, atol=1e-5)


@pytest.mark.parametrize("text", ["İstanbul", "ǅ", "Straße", "\ud800x", "ﬁne"])
def test_folding_keeps_length_so_spans_stay_valid(text: str) -> None:
    assert len(fold(text)) == len(text)


def _loose_norm(text: str) -> str:
    """Lower-cased, whitespace collapsed, trailing punctuation (and spaces) stripped."""
    import unicodedata

    folded = " ".join(text.casefold().split())
    end = len(folded)
    while end and (unicodedata.category(folded[end - 1]).startswith("P") or folded[end - 1] == " "):
        end -= 1
    return folded[:end]


@pytest.mark.parametrize("name", data.HOLDOUT_DIRS)
def test_no_training_or_dev_text_is_a_copy_of_a_holdout_text(name: str) -> None:
    # Reports counts and file names only, never the texts: the holdouts stay unread.
    holdout = data.load_holdout(data.data_dir() / name)
    if holdout is None:
        pytest.skip(f"no {name} set")
    held = {_loose_norm(e.text) for rows in holdout.values() for e in rows}
    copies: dict[str, int] = {}
    for task in data.TASKS:
        for e in data.load(task):
            if _loose_norm(e.text) in held:
                path = f"{task}/{e.source}"
                copies[path] = copies.get(path, 0) + 1
    assert not copies, f"data lines that copy a {name} text (counts per file): {copies}"


def test_holdout3_is_found() -> None:
    assert data.holdout_dir("holdout3") == data.data_dir() / "holdout3"
    holdout3 = data.load_holdout(data.holdout_dir("holdout3"))
    if holdout3 is None:
        pytest.skip("no holdout3 set")
    assert {len(rows) > 0 for rows in holdout3.values()} == {True}


def test_holdout2_is_found_and_holdouts_are_not_tasks() -> None:
    assert data.holdout_dir("holdout2") == data.data_dir() / "holdout2"
    assert not set(data.HOLDOUT_DIRS) & set(data.TASKS)
    holdout2 = data.load_holdout(data.holdout_dir("holdout2"))
    if holdout2 is None:
        pytest.skip("no holdout2 set")
    assert {len(rows) > 0 for rows in holdout2.values()} == {True}


def test_training_never_reads_a_holdout(monkeypatch: pytest.MonkeyPatch) -> None:
    # data.load is the only reader of training texts; it must never be pointed at a holdout
    # folder, and the texts it returns come only from data/language/<task>/.
    from pathlib import Path

    real_read = Path.read_text
    read: list[Path] = []

    def spy(self: Path, *args: object, **kwargs: object) -> str:
        read.append(self.resolve())
        return real_read(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", spy)
    for task in data.TASKS:
        data.load(task)
    data.data_hash()
    holdouts = [(data.data_dir() / name).resolve() for name in data.HOLDOUT_DIRS]
    assert read
    for path in read:
        assert not any(path.is_relative_to(h) for h in holdouts), path
