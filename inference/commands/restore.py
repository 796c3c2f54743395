"""`python -m inference restore --out-dir DIR PHOTO...`: find and repair damage, writing DIR/<stem>.png and
DIR/<stem>.mask.png (the predicted damage mask, 0 or 255) for each photo; the PNG is the unchanged photo when
no damage was found.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from PIL import Image

from inference.images import BadImageError, decode_photo, encode_png
from inference.pipeline import WEIGHTS_DIR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m inference restore", description=__doc__)
    parser.add_argument("photos", nargs="+", metavar="PHOTO", type=Path)
    parser.add_argument("--out-dir", required=True, type=Path, help="where <stem>.png and <stem>.mask.png go")
    parser.add_argument("--weights-dir", type=Path, default=WEIGHTS_DIR / "restore", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if not (args.weights_dir / "manifest.json").exists():
        print(f"no restoration weights at {args.weights_dir} (train them: see docs/restoration.md)", file=sys.stderr)
        return 1
    from inference.restoration.restorer import Restorer

    restorer = Restorer.load(args.weights_dir)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path in args.photos:
        try:
            rgb = decode_photo(path.read_bytes())
        except (OSError, BadImageError) as exc:
            failures += 1
            message = exc.user_message if isinstance(exc, BadImageError) else f"cannot read file: {exc.strerror}"
            print(json.dumps({"image": str(path), "error": message}), flush=True)
            continue
        result = restorer.restore(rgb)
        (args.out_dir / f"{path.stem}.png").write_bytes(encode_png(result.image))
        Image.fromarray(np.where(result.mask > 0, 255, 0).astype(np.uint8)).save(args.out_dir / f"{path.stem}.mask.png")
        mask_fraction = float((result.mask > 0).mean())
        print(json.dumps({"image": str(path), "restored": result.restored, "mask_fraction": round(mask_fraction, 5)}),
              flush=True)
    return 1 if failures == len(args.photos) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
