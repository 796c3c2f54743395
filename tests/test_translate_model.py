"""The translation Transformer: Keras ⇄ NumPy runtime parity, save → load → same output, smoke training."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from inference.translation.config import TranslationModelConfig
from inference.translation.runtime import NumpyTranslatorModel
from inference.translation.vocabulary import BOS_ID, EOS_ID

TINY = TranslationModelConfig(vocab_size=60, d_model=16, num_heads=2, encoder_layers=2, decoder_layers=2, ff_dim=32, max_length=32)


@pytest.fixture(scope="module")
def keras_model():
    import keras

    from inference.translation.transformer import TranslationTransformer

    keras.utils.set_random_seed(3)
    model = TranslationTransformer.from_config_data(TINY)
    model.build()
    return model


def batch() -> tuple[np.ndarray, np.ndarray]:
    source = np.array([[5, 9, 11, 7, EOS_ID, 0], [6, 12, 13, 20, 21, EOS_ID]], np.int32)
    target = np.array([[BOS_ID, 30, 31, 0], [BOS_ID, 40, 41, 42]], np.int32)
    return source, target


def test_numpy_runtime_matches_keras(keras_model) -> None:
    source, target = batch()
    expected = np.asarray(keras_model((source, target), training=False))
    runtime = NumpyTranslatorModel(keras_model.export_arrays(), TINY)
    actual = runtime.teacher_forced_logits(source, target)
    np.testing.assert_allclose(actual, expected, rtol=1e-4, atol=1e-4)


def test_cached_decoding_matches_full_decoder(keras_model) -> None:
    """Beam size 1 without a length penalty must follow the argmax of the uncached decoder step by step."""
    runtime = NumpyTranslatorModel(keras_model.export_arrays(), TINY)
    source, _ = batch()
    (best, *_) = runtime.beam_search(source[:1], beam_size=1, max_length=6, length_penalty=0.0)
    prefix = [BOS_ID]
    for token in best:
        logits = runtime.teacher_forced_logits(source[:1], np.array([prefix]))[0, -1]
        if len(prefix) == 1:
            logits[EOS_ID] = -np.inf
        assert int(np.argmax(logits)) == token
        prefix.append(token)
    assert 0 < len(best) <= 6


def test_batched_beam_search_equals_one_by_one(keras_model) -> None:
    runtime = NumpyTranslatorModel(keras_model.export_arrays(), TINY)
    source, _ = batch()
    together = runtime.beam_search(source, beam_size=3, max_length=8)
    alone = [runtime.beam_search(source[i : i + 1, : int((source[i] != 0).sum())], beam_size=3, max_length=8)[0] for i in range(2)]
    assert together == alone
    assert all(len(ids) > 0 for ids in together)


@pytest.mark.parametrize("length_penalty", [0.0, 0.6, 2.0])
def test_wide_beam_finds_the_best_scored_translation(keras_model, length_penalty: float) -> None:
    """With a beam as wide as every prefix, the search is exact: its answer must be the best of all
    translations within the length limit by log-probability / ((5 + length) / 6) ** length_penalty, the
    ending token counted. The old search let ended hypotheses keep their beam slots and only ranked them by
    that score at the end; this checks the finished-pool bookkeeping and the early stop against brute force."""
    import itertools

    runtime = NumpyTranslatorModel(keras_model.export_arrays(), TINY)
    source, _ = batch()
    shortlist = np.array(sorted({EOS_ID, 30, 31, 40}))
    limit = 4

    def logprobs(prefix: list[int]) -> np.ndarray:
        logits = runtime.teacher_forced_logits(source[:1], np.array([[BOS_ID, *prefix]]))[0, -1, shortlist]
        return logits - np.log(np.exp(logits - logits.max()).sum()) - logits.max()

    best, best_ids = -np.inf, None
    words = [t for t in shortlist.tolist() if t != EOS_ID]
    for length in range(1, limit + 1):  # `length` tokens, the last one EOS unless cut by the limit
        for body in itertools.product(words, repeat=length - 1):
            total = sum(float(logprobs(list(body[:i]))[shortlist.tolist().index(t)]) for i, t in enumerate(body))
            total += float(logprobs(list(body))[shortlist.tolist().index(EOS_ID)])
            ranked = total / ((5.0 + length) / 6.0) ** length_penalty
            if length > 1 and ranked > best:
                best, best_ids = ranked, list(body)
    scores: list[float] = []
    (found,) = runtime.beam_search(source[:1], beam_size=27, max_length=limit, length_penalty=length_penalty,
                                  shortlist=shortlist, scores_out=scores)
    assert found == best_ids
    assert scores[0] == pytest.approx(best * ((5.0 + len(found) + 1) / 6.0) ** length_penalty, abs=1e-4)


def test_no_repeat_ngram_blocks_loops(keras_model) -> None:
    """An untrained model over a handful of pieces loops; with the block no hypothesis repeats a bigram."""
    runtime = NumpyTranslatorModel(keras_model.export_arrays(), TINY)
    source, _ = batch()
    shortlist = np.array(sorted({EOS_ID, 30, 31, 32, 40}))

    def repeats(ids: list[int]) -> bool:
        pairs = list(zip(ids, ids[1:], strict=False))
        return len(pairs) != len(set(pairs))

    free = runtime.beam_search(source, beam_size=3, max_length=24, length_penalty=2.0, shortlist=shortlist)
    blocked = runtime.beam_search(source, beam_size=3, max_length=24, length_penalty=2.0, shortlist=shortlist,
                                  no_repeat_ngram=2)
    assert any(repeats(ids) for ids in free)
    assert blocked and not any(repeats(ids) for ids in blocked)
    assert all(len(ids) > 0 for ids in blocked)


def test_load_arrays_inverts_export(keras_model) -> None:
    """A shipped float16 export loads back into a Keras model, so it can be trained on."""
    import keras

    from inference.translation.transformer import TranslationTransformer

    source, target = batch()
    keras.utils.set_random_seed(11)
    other = TranslationTransformer.from_config_data(TINY)
    other.build()
    exported = keras_model.export_arrays()
    assert not np.allclose(np.asarray(other((source, target))), np.asarray(keras_model((source, target))))
    other.load_arrays(exported)
    np.testing.assert_array_equal(np.asarray(other((source, target))), np.asarray(keras_model((source, target))))
    other.load_arrays({k: v.astype(np.float16) for k, v in exported.items()})
    np.testing.assert_allclose(
        np.asarray(other((source, target))), np.asarray(keras_model((source, target))), rtol=0.02, atol=0.02
    )
    with pytest.raises(ValueError, match="do not match"):
        other.load_arrays({k: v for k, v in exported.items() if k != "output_bias"})
    with pytest.raises(ValueError, match="shape"):
        other.load_arrays({**exported, "output_bias": np.zeros(7, np.float32)})


def test_keras_save_load_same_output(keras_model, tmp_path: Path) -> None:
    import keras

    source, target = batch()
    path = tmp_path / "translator.keras"
    keras_model.save(path)
    loaded = keras.models.load_model(path)
    assert loaded.get_config()["d_model"] == TINY.d_model
    np.testing.assert_allclose(
        np.asarray(loaded((source, target))), np.asarray(keras_model((source, target))), rtol=1e-5, atol=1e-5
    )


def test_export_load_same_translation(tmp_path: Path) -> None:
    """Export writes float16 weights; loading them twice gives identical translations."""
    from inference.translation.offline import OfflineTranslator
    from tests.support.translation import build_tiny_weights

    weights = build_tiny_weights(tmp_path / "w")
    first = OfflineTranslator.load(weights).translate(["a dog runs on the grass", "a red car"], "hi")
    second = OfflineTranslator.load(weights).translate(["a dog runs on the grass", "a red car"], "hi")
    assert first == second and all(first)
    with np.load(weights / "model.npz") as arrays:
        assert {arrays[k].dtype for k in arrays.files} == {np.dtype("float16")}
    assert json.loads((weights / "config.json").read_text())["languages"] == ["hi", "ta"]


@pytest.mark.slow
def test_smoke_training_end_to_end(shared_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """Seconds-long training on real pairs of every language, export, then translate with the export."""
    from inference.translation.offline import OfflineTranslator
    from training import translate

    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    out = tmp_path / "export"
    assert translate.main(["--smoke", "--work-dir", str(tmp_path / "work"), "--out", str(out)]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert set(manifest["files"]) >= {"model.npz", "vocab.model", "config.json", "shortlist.npz", "lexicon/en-ta.tsv", "words.tsv"}
    assert manifest["training"][-1]["steps"] > 0
    translator = OfflineTranslator.load(out, beam_size=2)
    assert translator.languages == {"hi", "bn", "ml", "ta", "te"}
    for lang in sorted(translator.languages):
        lines = translator.translate(["a man is riding a horse", "", "two dogs 🐶"], lang)
        assert len(lines) == 3 and lines[0] and lines[1] == "" and lines[2].endswith("🐶")
    # resuming a finished run trains nothing more and exports the same weights
    before = (out / "model.npz").read_bytes()
    assert translate.main(["--smoke", "--work-dir", str(tmp_path / "work"), "--out", str(out)]) == 0
    assert (out / "model.npz").read_bytes() == before


def test_token_loss_is_label_smoothed_cross_entropy_over_real_tokens() -> None:
    from training.translate import token_loss

    rng = np.random.default_rng(0)
    logits = rng.normal(size=(2, 3, 5)).astype(np.float32)
    target = np.array([[1, 4, 0], [2, 3, 3]], np.int32)  # 0 = padding
    loss, tokens = token_loss(logits, target, smoothing=0.1)
    logp = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
    per_token = 0.9 * -np.take_along_axis(logp, target[..., None], -1)[..., 0] + 0.1 * -logp.mean(-1)
    real = target != 0
    assert float(tokens) == 5
    np.testing.assert_allclose(float(loss), per_token[real].mean(), rtol=1e-5)


@pytest.mark.slow
def test_training_away_from_shared_data_then_import(shared_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """The accelerator path: prepare here, train where ../shared is not (prepared text and vocabulary carried,
    model-only export), then finish the export here with --import-model."""
    from inference.translation.offline import OfflineTranslator
    from training import translate

    pack, out = tmp_path / "pack", tmp_path / "export"
    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    assert translate.main(["--smoke", "--prepare-only", "--data-dir", str(pack)]) == 0
    assert {p.name for p in pack.iterdir()} >= {"prepared.pkl.gz", "vocab.model"}
    monkeypatch.setenv("TASVEER_SHARED", str(tmp_path / "no-shared-here"))
    args = ["--smoke", "--data-dir", str(pack), "--work-dir", str(tmp_path / "work"), "--model-only", "--out", str(tmp_path / "model")]
    assert translate.main(args) == 0
    assert {p.name for p in (tmp_path / "model").iterdir()} == {"model.npz", "vocab.model", "config.json", "training.json"}
    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    out.mkdir()
    (out / "manifest.json").write_text(json.dumps({"metrics": {"hi": "of an older model"}}))
    args = ["--smoke", "--import-model", str(tmp_path / "model"), "--out", str(out), "--notes", "smoke", "--engines", "te=words"]
    assert translate.main(args) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert "metrics" not in manifest and manifest["training_notes"] == "smoke" and manifest["training"][-1]["steps"] > 0
    assert manifest["engines"] == json.loads((out / "config.json").read_text())["engines"] == {"te": "words"}
    assert {"shortlist.npz", "words.tsv", "target_words/ta.txt"} <= set(manifest["files"])
    lines = OfflineTranslator.load(out, beam_size=2).translate(["a man is riding a horse", ""], "ta")
    assert lines[0] and lines[1] == ""

    # one language from the same pack, still without ../shared (round 7's per-language fine-tunes), added to
    # the export as that language's own model in 4 bits
    monkeypatch.setenv("TASVEER_SHARED", str(tmp_path / "no-shared-here"))
    args = ["--smoke", "--data-dir", str(pack), "--work-dir", str(tmp_path / "work-ta"), "--model-only",
            "--out", str(tmp_path / "model-ta"), "--init-from", str(out), "--set", "languages=ta,synthetic_per_epoch=0"]
    assert translate.main(args) == 0
    assert json.loads((tmp_path / "model-ta" / "config.json").read_text())["languages"] == ["ta"]
    history = json.loads((tmp_path / "model-ta" / "training.json").read_text())["training"]
    assert set(history[-1]["greedy_chrf"]) == {"ta"}
    args = ["--smoke", "--out", str(out), "--add-language-model", f"ta={tmp_path / 'model-ta'}", "--bits", "4", "--group", "16"]
    assert translate.main(args) == 0
    translator = OfflineTranslator.load(out, beam_size=2)
    assert set(translator.language_models) == {"ta"}
    assert translator.translate(["a man is riding a horse"], "ta")[0]


@pytest.mark.slow
def test_keep_best_exports_the_best_evaluation_and_the_last_beside_it(
    shared_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    """A long accelerator run can pass its best before its budget ends: with `keep_best` the export holds the
    weights of the best greedy evaluation and `last/` the final ones, in the bits a lent machine can return."""
    from inference.translation.quantized import load_arrays
    from training import translate

    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    scores = iter([31.0, 24.0, 27.0])  # the evaluation is stubbed so that the first epoch is the best
    monkeypatch.setattr(translate, "greedy_chrf", lambda model, vocab, dev, limit: {lang: next(scores) for lang in dev})
    work, out = tmp_path / "work", tmp_path / "model"
    args = ["--smoke", "--epochs", "3", "--model-only", "--bits", "4", "--work-dir", str(work), "--out", str(out),
            "--set", "languages=ta,synthetic_per_epoch=0,keep_best=true"]
    assert translate.main(args) == 0
    run = json.loads((out / "training.json").read_text())
    assert run["best"]["epoch"] == 1 and run["best"]["greedy_chrf"] == {"ta": 31.0}
    assert [entry["greedy_chrf"] for entry in run["training"]] == [{"ta": 31.0}, {"ta": 24.0}, {"ta": 27.0}]
    with np.load(work / "best" / "model.npz") as saved:
        best = {k: saved[k] for k in saved.files}
    translate._save_model(tmp_path / "expected.npz", best, 4, 32)
    expected, exported, last = (load_arrays(p) for p in (tmp_path / "expected.npz", out / "model.npz",
                                                        out / "last" / "model.npz"))
    assert all(np.array_equal(expected[k], exported[k]) for k in expected)
    assert not all(np.array_equal(expected[k], last[k]) for k in expected)  # two more epochs of training
    assert "best" not in json.loads((out / "last" / "training.json").read_text())

    # a full export (assets, manifest) keeps the best too; its last weights stay in the work dir only
    scores = iter([31.0, 24.0, 27.0])
    full = tmp_path / "full"
    args = ["--smoke", "--epochs", "3", "--fresh", "--work-dir", str(work), "--out", str(full),
            "--set", "languages=ta,synthetic_per_epoch=0,keep_best=true"]
    assert translate.main(args) == 0
    with np.load(work / "best" / "model.npz") as saved:
        best = {k: saved[k] for k in saved.files}
    exported = load_arrays(full / "model.npz")
    assert all(np.array_equal(best[k].astype(np.float16).astype(np.float32), exported[k]) for k in best)
    assert json.loads((full / "manifest.json").read_text())["best"]["epoch"] == 1 and not (full / "last").exists()
    with pytest.raises(SystemExit, match="true or false"):
        translate.override(translate.gpu_config(), "keep_best=yes")


@pytest.mark.slow
def test_a_run_started_from_an_export_continues_from_its_weights(shared_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """`--init-from` (the fine-tune preset's start): the second run begins where the first ended, with its
    vocabulary, so its first epoch's loss is below the first run's first epoch (which began at random)."""
    from training import translate

    monkeypatch.setenv("TASVEER_SHARED", str(shared_dir))
    first, second = tmp_path / "first", tmp_path / "second"
    args = ["--smoke", "--epochs", "3", "--model-only"]
    assert translate.main([*args, "--work-dir", str(first / "work"), "--out", str(first / "model")]) == 0
    start = ["--init-from", str(first / "model"), "--work-dir", str(second / "work"), "--out", str(second / "model")]
    assert translate.main([*args, *start]) == 0
    assert (second / "work" / "vocab.model").read_bytes() == (first / "model" / "vocab.model").read_bytes()
    history = {run: json.loads((run / "model" / "training.json").read_text())["training"] for run in (first, second)}
    assert history[second][0]["loss"] < history[first][0]["loss"] - 0.2


def test_a_prepared_pack_serves_runs_on_fewer_languages_or_without_synthetic_captions() -> None:
    """What `--set` may change without preparing the text again (a lent accelerator has no ../shared)."""
    from training.translate import _covers, _data_key, gpu_config, override

    pack = _data_key(gpu_config())
    assert _covers(pack, override(gpu_config(), "languages=ta,synthetic_per_epoch=0"))
    assert _covers(pack, override(gpu_config(), "languages=ta+te,synthetic_per_epoch=4000"))
    assert not _covers(pack, override(gpu_config(), "corpus_max_words=30"))  # other sentences kept
    assert not _covers(_data_key(override(gpu_config(), "synthetic_per_epoch=0")), gpu_config())  # none prepared
    grammar = _data_key(override(gpu_config(), "synthetic_source=grammar"))  # rule-built captions, not word lists
    assert not _covers(pack, override(gpu_config(), "synthetic_source=grammar"))
    assert not _covers(grammar, gpu_config())
    assert _covers(grammar, override(gpu_config(), "languages=ta,synthetic_per_epoch=0"))
    with pytest.raises(SystemExit, match="no training data"):
        override(gpu_config(), "languages=ta+kn")
    with pytest.raises(SystemExit, match="no training setting"):
        override(gpu_config(), "learning_rat=1e-3")
    assert override(gpu_config(), "fixed_per_epoch=9000,learning_rate=4e-4").fixed_per_epoch == 9000


def test_a_pack_of_rule_built_captions_is_not_reused_once_the_rules_change(monkeypatch) -> None:
    """The rules change from round to round; a pack prepared under older ones holds older sentences."""
    from training import translate
    from training.translate import _covers, _data_key, gpu_config, override

    config = override(gpu_config(), "synthetic_source=grammar")
    pack = _data_key(config)
    assert _covers(pack, config)
    assert json.loads(pack)["rules"] == translate.rules_digest()
    monkeypatch.setattr(translate, "rules_digest", lambda: "other rules")
    assert not _covers(pack, config)
    assert _covers(pack, override(config, "synthetic_per_epoch=0"))  # a run without them may still use the pack
    assert "rules" not in json.loads(_data_key(gpu_config()))  # the dictionary's word lists do not depend on them
