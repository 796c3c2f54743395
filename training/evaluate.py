"""`python -m training.evaluate <model>`: evaluation of each trained model on its validation split."""

from __future__ import annotations

import importlib
import sys

MODELS = ("caption", "hashtags", "translate", "restore")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in MODELS:
        print(f"usage: python -m training.evaluate {{{'|'.join(MODELS)}}} [args]")
        return 2
    return importlib.import_module(f"training.evaluation.{argv[0]}").main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
