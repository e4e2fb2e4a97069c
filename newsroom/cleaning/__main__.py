"""python -m newsroom.cleaning PATH: print the cleaned article as JSON ("-" reads stdin)."""

from __future__ import annotations

import argparse
import json
import sys

from . import CleaningError, clean, decode_bytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsroom.cleaning", description=__doc__)
    parser.add_argument("path", help="raw OCR text file, or - for standard input")
    args = parser.parse_args(argv)
    try:
        if args.path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(args.path, "rb") as f:
                data = f.read()
        text, note = decode_bytes(data)
        if note:
            print(note, file=sys.stderr)
        article = clean(text)
    except (OSError, CleaningError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    json.dump(article.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
