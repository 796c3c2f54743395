"""Real sample photos that ship inside scikit-image, written as JPEG files for the demo and for checks.

`python -m inference.samples --write DIR` writes them and prints their paths, one per line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

SAMPLE_NAMES = ("astronaut", "coffee", "chelsea", "rocket")


def write_samples(out_dir: Path, names: tuple[str, ...] = SAMPLE_NAMES) -> list[Path]:
    from PIL import Image
    from skimage import data

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = out_dir / f"{name}.jpg"
        if not path.exists():
            Image.fromarray(getattr(data, name)()).convert("RGB").save(path, quality=92)
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m inference.samples")
    parser.add_argument("--write", type=Path, required=True, metavar="DIR")
    args = parser.parse_args(argv)
    for path in write_samples(args.write):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
