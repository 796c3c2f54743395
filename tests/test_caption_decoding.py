"""The NumPy step decoders reproduce their Keras models, and beam search behaves (tiny random models)."""

from __future__ import annotations

from pathlib import Path

import keras
import numpy as np
import pytest

from inference.captioning.beam_search import beam_search, greedy_search
from inference.captioning.show_tell_decoder import ShowTellDecoder
from inference.captioning.show_tell_step import ShowTellStep, log_softmax
from inference.captioning.transformer_decoder import TransformerCaptionDecoder
from inference.captioning.transformer_step import TransformerStep
from inference.captioning.weights_io import assign_weights, named_weights

VOCAB, FEAT, REGIONS = 40, 24, 4
START, END, BANNED = 1, 2, [0, 1, 3]


def _features(n: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "spatial": rng.normal(size=(n, REGIONS, FEAT)).astype(np.float32),
        "pooled": rng.normal(size=(n, FEAT)).astype(np.float32),
    }


def _show_tell(seed: int = 1):
    keras.utils.set_random_seed(seed)
    model = ShowTellDecoder(VOCAB, feature_dim=FEAT, embed_dim=8, units=16, dropout=0.0)
    model((np.zeros((1, FEAT), np.float32), np.zeros((1, 3), np.int32)))
    return model, ShowTellStep(named_weights(model))


def _transformer(seed: int = 2):
    keras.utils.set_random_seed(seed)
    model = TransformerCaptionDecoder(
        VOCAB, feature_dim=FEAT, regions=REGIONS, dim=16, heads=2, layers=2, ff_dim=32, max_len=12, dropout=0.0
    )
    model((np.zeros((1, REGIONS, FEAT), np.float32), np.zeros((1, FEAT), np.float32), np.zeros((1, 3), np.int32)))
    return model, TransformerStep(named_weights(model), heads=2, layers=2)


def _keras_log_probs(kind: str, model, feats, tokens):
    if kind == "show_tell":
        logits = model((feats["pooled"], tokens))
    else:
        logits = model((feats["spatial"], feats["pooled"], tokens))
    return log_softmax(np.asarray(logits))


@pytest.mark.parametrize("kind", ["show_tell", "transformer"])
def test_step_decoder_with_cache_matches_full_keras_forward(kind):
    model, step = _show_tell() if kind == "show_tell" else _transformer()
    feats = _features(3)
    tokens = np.random.default_rng(3).integers(4, VOCAB, size=(3, 7)).astype(np.int32)
    tokens[:, 0] = START
    expected = _keras_log_probs(kind, model, feats, tokens)
    state = step.start(feats)
    for t in range(tokens.shape[1]):
        got, state = step.step(tokens[:, t], state)
        np.testing.assert_allclose(got, expected[:, t], atol=2e-4)


@pytest.mark.parametrize("kind", ["show_tell", "transformer"])
def test_beam_width_one_equals_greedy(kind):
    _, step = _show_tell() if kind == "show_tell" else _transformer()
    feats = _features(5, seed=4)
    greedy = greedy_search(step, feats, START, END, BANNED, max_len=10)
    beam1 = beam_search(step, feats, START, END, BANNED, width=1, max_len=10)
    assert beam1 == greedy
    assert all(len(c) > 0 for c in greedy)


@pytest.mark.parametrize("kind", ["show_tell", "transformer"])
def test_batched_beam_search_equals_one_photo_at_a_time(kind):
    _, step = _show_tell() if kind == "show_tell" else _transformer()
    feats = _features(4, seed=5)
    batched = beam_search(step, feats, START, END, BANNED, width=3, max_len=10)
    single = [
        beam_search(step, {k: v[i : i + 1] for k, v in feats.items()}, START, END, BANNED, width=3, max_len=10)[0]
        for i in range(4)
    ]
    assert batched == single


def test_beam_output_has_no_banned_tokens_or_repeated_trigrams():
    _, step = _show_tell()
    for caption in beam_search(step, _features(6, seed=6), START, END, BANNED, width=4, max_len=12):
        assert not set(caption) & set(BANNED) and END not in caption
        trigrams = [tuple(caption[i : i + 3]) for i in range(len(caption) - 2)]
        assert len(trigrams) == len(set(trigrams))
        assert 1 <= len(caption) <= 12


@pytest.mark.parametrize("kind", ["show_tell", "transformer"])
def test_keras_save_load_round_trip_gives_same_outputs(kind, tmp_path: Path):
    model, _ = _show_tell() if kind == "show_tell" else _transformer()
    feats = _features(2, seed=7)
    tokens = np.array([[START, 5, 6, 7], [START, 8, 9, 10]], np.int32)
    before = _keras_log_probs(kind, model, feats, tokens)
    path = tmp_path / f"{kind}.keras"
    model.save(path)
    restored = keras.saving.load_model(path)
    np.testing.assert_allclose(_keras_log_probs(kind, restored, feats, tokens), before, atol=1e-5)
    # The shipped format: named float arrays assigned into a freshly built model.
    fresh, _ = _show_tell(seed=11) if kind == "show_tell" else _transformer(seed=12)
    assert not np.allclose(_keras_log_probs(kind, fresh, feats, tokens), before, atol=1e-3)
    assign_weights(fresh, {k: v for k, v in named_weights(model).items()})
    np.testing.assert_allclose(_keras_log_probs(kind, fresh, feats, tokens), before, atol=1e-6)
