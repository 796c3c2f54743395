"""Caption speed on this CPU: shipped student encoder + beam-3 decoding, per photo, against the original design.

The original design is VGG16 at 299 px + a Transformer decoder decoding greedily *without* a cache (the whole
prefix re-run by an eager Keras call per word). VGG16 uses random weights (no downloads here): timing only.
Run: .venv/bin/python benchmarks/caption_speed.py [--repeats 10] [--baseline-photos 3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentiles(samples: list[float]) -> dict[str, float]:
    ms = np.array(samples) * 1000.0
    return {"p50_ms": float(np.percentile(ms, 50)), "p90_ms": float(np.percentile(ms, 90)), "n": len(ms)}


def time_shipped(captioner, photos: list[np.ndarray], repeats: int) -> dict[str, dict]:
    captioner.analyse(photos[:1])  # trace the tf.function once
    total, encode, decode = [], [], []
    for _ in range(repeats):
        for photo in photos:
            t0 = time.perf_counter()
            feats = captioner.features([photo])
            t1 = time.perf_counter()
            captioner.caption_ids(feats)
            t2 = time.perf_counter()
            encode.append(t1 - t0)
            decode.append(t2 - t1)
            t0 = time.perf_counter()
            captioner.analyse([photo])
            total.append(time.perf_counter() - t0)
    batch = []
    for _ in range(max(1, repeats // 2)):
        t0 = time.perf_counter()
        captioner.analyse(photos * 4)
        batch.append((time.perf_counter() - t0) / (len(photos) * 4))
    return {
        "analyse_one_photo": percentiles(total),
        "encoder": percentiles(encode),
        "beam3_decode": percentiles(decode),
        "analyse_batch16_per_photo": percentiles(batch),
    }


def time_original_design(photos: list[np.ndarray], vocab_size: int, config: dict, n: int) -> dict:
    import keras
    import tensorflow as tf

    from inference.captioning.preprocess import resize_square
    from inference.captioning.transformer_decoder import TransformerCaptionDecoder

    vgg = keras.applications.VGG16(weights=None, include_top=False, input_shape=(299, 299, 3))
    decoder_config = {k: config[k] for k in ("dim", "heads", "layers", "ff_dim", "max_len")}
    decoder = TransformerCaptionDecoder(vocab_size, feature_dim=512, regions=81, **decoder_config)
    max_words = decoder_config["max_len"] - 2
    samples = []
    for i in range(n + 1):
        photo = photos[i % len(photos)]
        t0 = time.perf_counter()
        x = resize_square(photo, 299)[None].astype(np.float32)
        fmap = vgg(keras.applications.vgg16.preprocess_input(x))  # (1, 9, 9, 512)
        spatial = tf.reshape(fmap, (1, 81, 512))
        pooled = tf.reduce_mean(spatial, axis=1)
        tokens = [1]
        for _ in range(max_words):  # no cache: the whole prefix again, every word
            logits = decoder((spatial, pooled, tf.constant([tokens], tf.int32)))
            tokens.append(int(np.argmax(logits[0, -1])))
        if i:  # the first photo pays for building the models
            samples.append(time.perf_counter() - t0)
    return percentiles(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weights-dir", type=Path, default=ROOT / "inference" / "weights" / "caption")
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--baseline-photos", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / ".cache" / "bench" / "caption_speed.json")
    args = parser.parse_args()

    from skimage import data

    from inference.captioning.captioner import Captioner

    photos = [data.astronaut(), data.coffee(), data.chelsea(), data.rocket()]
    manifest = json.loads((args.weights_dir / "manifest.json").read_text())
    results: dict[str, object] = {"load_average": os.getloadavg(), "cpus": os.cpu_count()}
    for name in sorted(manifest["decoders"]):
        captioner = Captioner.load(args.weights_dir, decoder=name)
        results[name] = time_shipped(captioner, photos, args.repeats)
    transformer_config = manifest["decoders"].get("transformer", {}).get(
        "config", {"dim": 256, "heads": 4, "layers": 2, "ff_dim": 512, "max_len": 20}
    )
    vocab_size = len(json.loads((args.weights_dir / "vocab.json").read_text()))
    results["original_design"] = time_original_design(photos, vocab_size, transformer_config, args.baseline_photos)
    default = manifest["default_decoder"]
    ours = results[default]["analyse_one_photo"]["p50_ms"]
    base = results["original_design"]["p50_ms"]
    results["speedup_default_vs_original"] = base / ours

    print(f"load average {results['load_average']}, {results['cpus']} CPUs")
    print("| pipeline | p50 ms | p90 ms |")
    print("|---|---|---|")
    for name in sorted(manifest["decoders"]):
        for part, r in results[name].items():
            print(f"| {name}: {part} | {r['p50_ms']:.1f} | {r['p90_ms']:.1f} |")
    r = results["original_design"]
    print(f"| original: VGG16@299 + uncached greedy Transformer | {r['p50_ms']:.1f} | {r['p90_ms']:.1f} |")
    print(f"default ({default}) is {results['speedup_default_vs_original']:.1f}x faster than the original design")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
