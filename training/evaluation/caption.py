"""`python -m training.evaluate caption`: score the shipped captioner on the 500-photo validation split.

BLEU-1..4, ROUGE-L and CIDEr from pycocoevalcap's scorers (called directly, no Java), for each shipped
decoder with greedy and beam-3 decoding; writes a JSON report and a PNG grid of photos with the generated
caption above two of the references. --update-manifest records the beam-3 numbers in manifest.json.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path

import numpy as np

from training import paths
from training.caption_data import caption_split
from training.caption_metrics import score_captions
from training.datasets import flickr8k_dir, load_rgb

WEIGHTS = paths.REPO / "inference" / "weights" / "caption"


def save_grid(path: Path, photos: list[np.ndarray], generated: list[str], references: list[list[str]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cols = 4
    rows = int(np.ceil(len(photos) / cols))
    fig, axes = plt.subplots(rows, cols, figsize=(cols * 4.2, rows * 4.6))
    for ax in np.ravel(axes):
        ax.axis("off")
    for ax, photo, gen, refs in zip(np.ravel(axes), photos, generated, references, strict=False):
        ax.imshow(photo)
        text = "\n".join(
            [textwrap.fill("▶ " + gen, 42)] + [textwrap.fill("• " + r, 42) for r in refs[:2]]
        )
        ax.set_title(text, fontsize=7.5, loc="left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=80)
    plt.close(fig)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.evaluate caption", description=__doc__)
    parser.add_argument("--weights-dir", type=Path, default=WEIGHTS)
    parser.add_argument("--decoder", choices=["show_tell", "transformer"], action="append", default=None)
    parser.add_argument("--limit", type=int, default=0, help="first N validation photos only")
    parser.add_argument("--out-dir", type=Path, default=None)
    parser.add_argument("--update-manifest", action="store_true")
    args = parser.parse_args(argv)

    paths.limit_tf_threads()
    from inference.captioning.captioner import Captioner

    manifest_path = args.weights_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    decoders = args.decoder or sorted(manifest["decoders"])
    out_dir = args.out_dir or paths.cache_dir() / "eval"
    out_dir.mkdir(parents=True, exist_ok=True)

    split = caption_split(paths.shared_dir())
    val = split.val[: args.limit] if args.limit else split.val
    references = {n: split.captions[n] for n in val}
    folder = flickr8k_dir(paths.shared_dir()) / "images"
    photos = [load_rgb(folder / n) for n in val]

    report: dict[str, dict] = {}
    features = None
    for name in decoders:
        captioner = Captioner.load(args.weights_dir, decoder=name)
        if features is None:
            chunks = [captioner.features(photos[i : i + 50]) for i in range(0, len(photos), 50)]
            features = {k: np.concatenate([c[k] for c in chunks]) for k in ("spatial", "pooled", "logits")}
        from inference.captioning.caption_text import tidy_caption

        report[name] = {}
        for width in (1, 3):
            ids = []
            for i in range(0, len(val), 50):
                ids += captioner.caption_ids({k: v[i : i + 50] for k, v in features.items()}, width=width)
            generated = {n: tidy_caption(captioner.vocab.decode(x)) for n, x in zip(val, ids, strict=True)}
            report[name][f"beam{width}" if width > 1 else "greedy"] = score_captions(references, generated)
            if width == 3:
                (out_dir / f"caption_{name}_val.json").write_text(json.dumps(generated, indent=1))
                save_grid(out_dir / f"caption_grid_{name}.png", photos[:16], [generated[n] for n in val[:16]],
                          [references[n] for n in val[:16]])

    print("| decoder | decoding | BLEU-1 | BLEU-2 | BLEU-3 | BLEU-4 | ROUGE-L | CIDEr |")
    print("|---|---|---|---|---|---|---|---|")
    for name, by_width in report.items():
        for mode, s in by_width.items():
            print(f"| {name} | {mode} | {s['BLEU-1']:.3f} | {s['BLEU-2']:.3f} | {s['BLEU-3']:.3f} | "
                  f"{s['BLEU-4']:.3f} | {s['ROUGE-L']:.3f} | {s['CIDEr']:.3f} |")
    (out_dir / "caption.json").write_text(json.dumps(report, indent=2))
    print(f"report and grids in {out_dir}")
    if args.update_manifest and not args.limit:
        manifest["val_metrics_shipped"] = {
            name: {"photos": len(val), **by_width} for name, by_width in report.items()
        }
        manifest_path.write_text(json.dumps(manifest, indent=2))
    return 0
