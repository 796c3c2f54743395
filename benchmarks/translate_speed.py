"""Offline translation speed: milliseconds per caption per language, batched as the worker/CLI batch.

Uses the shipped weights (inference/weights/translate) and real captions: Visual Genome dev English when
../shared is present, otherwise a built-in list. One thread (as on the 2-core production box):

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/translate_speed.py [--batch 8] [--captions 200] [--beam 4]
        [--rules-off-too]

Prints one JSON object: per language p50/p90 of (batch latency / batch size), single-caption p50, size on disk.
For the `words` engine (ta/te without a dictionary) the word cache is warm after the first batches, so a cold
figure (cache cleared before every batch: each batch asks the model for all its words) is printed too.
For ta/te the caption rules write what they parse before the model sees it: the share they wrote is printed,
and with --rules-off-too the same captions are timed again with the model alone, in the same run.
docs/translation.md records the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inference.translation.offline import OfflineTranslator, rule_translation  # noqa: E402

FALLBACK = [
    "a dog running on the beach", "a man riding a bicycle down the street", "two children playing in the park",
    "a plate of food on a wooden table", "a woman wearing a red dress", "a cat sleeping on a sofa",
    "a group of people standing in front of a building", "a car parked next to a tree",
]


def captions(n: int) -> list[str]:
    shared = Path(os.environ.get("TASVEER_SHARED", ROOT.parent / "shared"))
    path = shared / "data" / "visual-genome-indic" / "dev.en-hi.tsv"
    if path.exists():
        lines = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:]]
        return lines[:n]
    return (FALLBACK * (n // len(FALLBACK) + 1))[:n]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", type=Path, default=ROOT / "inference" / "weights" / "translate")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--captions", type=int, default=200)
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--rules-off-too", action="store_true", help="ta/te: also time the model alone")
    args = parser.parse_args()
    t0 = time.perf_counter()
    # what a fresh clone serves: the shipped files only (no TRANSLATION_LEXICON_DIR)
    translator = OfflineTranslator.load(args.weights, beam_size=args.beam)
    load_s = time.perf_counter() - t0
    texts = captions(args.captions)
    report = {
        "weights_mb": round(sum(p.stat().st_size for p in args.weights.rglob("*") if p.is_file()) / 1e6, 2),
        "model_mb": {p.name: round(p.stat().st_size / 1e6, 2) for p in sorted(args.weights.glob("model*.npz"))},
        "load_s": round(load_s, 2), "batch": args.batch, "beam": args.beam, "captions": len(texts),
        "threads": os.environ.get("OMP_NUM_THREADS"), "languages": {},
    }
    def batched(lang: str) -> list[float]:
        translator.translate(texts[:4], lang)  # warm-up
        per_caption = []
        for start in range(0, len(texts), args.batch):
            batch = texts[start : start + args.batch]
            t = time.perf_counter()
            translator.translate(batch, lang)
            per_caption.append((time.perf_counter() - t) * 1000 / len(batch))
        return sorted(per_caption)

    for lang in sorted(translator.languages):
        grammar = translator.caption_rules.get(lang)
        rules = {}
        if grammar is not None:
            rules["rules_wrote"] = round(sum(rule_translation(grammar, t) is not None for t in texts) / len(texts), 3)
            if args.rules_off_too:
                del translator.caption_rules[lang]
                alone = batched(lang)
                translator.caption_rules[lang] = grammar
                rules["model_alone_batched_ms_per_caption_p50"] = round(statistics.median(alone), 2)
        per_caption = batched(lang)
        single = []
        for text in texts[:30]:
            t = time.perf_counter()
            translator.translate([text], lang)
            single.append((time.perf_counter() - t) * 1000)
        cold = []
        if translator.engine(lang) == "words":
            for start in range(0, len(texts), args.batch):
                translator.clear_word_cache()
                t = time.perf_counter()
                translator.translate(texts[start : start + args.batch], lang)
                cold.append((time.perf_counter() - t) * 1000 / len(texts[start : start + args.batch]))
        report["languages"][lang] = {
            "engine": translator.engine(lang),
            **({"cold_batched_ms_per_caption_p50": round(statistics.median(cold), 2)} if cold else {}),
            "batched_ms_per_caption_p50": round(statistics.median(per_caption), 2),
            "batched_ms_per_caption_p90": round(per_caption[int(0.9 * (len(per_caption) - 1))], 2),
            "single_caption_ms_p50": round(statistics.median(single), 2),
            **rules,
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
