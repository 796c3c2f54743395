"""`python -m inference <command>`: worker, post, translate, restore."""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "worker": "run the Redis Streams worker (the production process)",
    "post": "caption photos and print the post: post [--lang CODE] [--json] PHOTO...",
    "translate": "translate English lines from stdin: translate --lang CODE",
    "restore": "detect damage and inpaint: restore --out-dir DIR PHOTO...",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in COMMANDS:
        print("usage: python -m inference <command> [args]\n")
        for name, help_text in COMMANDS.items():
            print(f"  {name:10s} {help_text}")
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    module = importlib.import_module(f"inference.commands.{argv[0]}")
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
