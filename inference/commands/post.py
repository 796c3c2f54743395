"""`python -m inference post [--lang CODE] [--json] PHOTO...`: the whole pipeline on photos, no bot needed."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from inference.images import BadImageError
from inference.languages import LANGUAGES
from inference.post import availability_notice, post_text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m inference post", description=__doc__)
    parser.add_argument("photos", nargs="+", metavar="PHOTO")
    parser.add_argument("--lang", default="en", choices=sorted(LANGUAGES), help="language of the post")
    parser.add_argument("--json", action="store_true", help="one JSON object per photo per line")
    parser.add_argument("--restored-dir", type=Path, help="write restored photos here (when damage is found)")
    return parser


async def run(args: argparse.Namespace) -> int:
    from inference.pipeline import load_pipeline

    pipeline = load_pipeline()
    failures = 0
    for path in args.photos:
        try:
            data = Path(path).read_bytes()
            output = await pipeline.process(data, args.lang)
        except (OSError, BadImageError) as exc:
            failures += 1
            message = exc.user_message if isinstance(exc, BadImageError) else f"cannot read file: {exc.strerror}"
            if args.json:
                print(json.dumps({"image": path, "error": message}, ensure_ascii=False), flush=True)
            else:
                print(f"== {path}\n(error) {message}\n", flush=True)
            continue
        post = output.post
        if args.restored_dir and output.restored_png:
            args.restored_dir.mkdir(parents=True, exist_ok=True)
            (args.restored_dir / f"{Path(path).stem}.png").write_bytes(output.restored_png)
        if args.json:
            record = {
                "image": path,
                "caption_en": post.caption_en,
                "caption": post.caption,
                "hashtags_en": post.hashtags_en,
                "hashtags": post.hashtags,
                "restored": post.restored,
                "timings_ms": post.timings_ms,
            }
            if not post.translated:
                record["translation_unavailable"] = True
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            print(f"== {path}")
            notice = availability_notice(post)
            if notice:
                print(f"({notice})")
            if post.restored:
                print("(damage found: the photo was restored before captioning)")
            print(post_text(post) or "(no caption model is installed)")
            print(flush=True)
    return 1 if failures == len(args.photos) else 0


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
