#!/usr/bin/env python3
"""Review helper for the quote dev set (quotes_dev.jsonl).

The dev set stores only article ids, character offsets and labels. This script
loads the source articles (which are NOT part of the project) and prints every
annotated span with its type, cue and speaker, so a human can review it.

Usage:
    python tests/devset/check_devset.py [PATH_TO_articles.jsonl | PATH_TO_shared_dir]

Default source: /work/shared/corpora/dpg-news-2019/articles.jsonl. If the source
is not available the script says so and exits 0: it is never needed by users.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "quotes_dev.jsonl")
DEFAULT = "/work/shared/corpora/dpg-news-2019/articles.jsonl"
QUOTE_CHARS = "'\"‘’“”„«»,"


def resolve(arg):
    if arg is None:
        return DEFAULT
    if os.path.isdir(arg):
        for cand in (os.path.join(arg, "corpora/dpg-news-2019/articles.jsonl"),
                     os.path.join(arg, "dpg-news-2019/articles.jsonl"),
                     os.path.join(arg, "articles.jsonl")):
            if os.path.exists(cand):
                return cand
    return arg


def main(argv):
    src = resolve(argv[1] if len(argv) > 1 else None)
    if not os.path.exists(src):
        print(f"source articles not found at {src}; nothing to check")
        return 0
    articles = {}
    with open(src, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            articles[int(a["id"])] = a
    problems = 0
    counts = {}
    n_art = n_empty = 0
    with open(DEVSET, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            n_art += 1
            aid = rec["article_id"]
            a = articles.get(aid)
            print(f"=== article {aid}: {a['title'] if a else '??'}")
            if a is None:
                print("  !! article id not found in source")
                problems += 1
                continue
            text = a["text"]
            if not rec["quotes"]:
                n_empty += 1
                print("  (no quotes)")
            prev = -1
            for q in rec["quotes"]:
                s, e = q["char_start"], q["char_end"]
                counts[q["quote_type"]] = counts.get(q["quote_type"], 0) + 1
                flags = []
                if not (0 <= s < e <= len(text)):
                    flags.append("BAD OFFSETS")
                else:
                    span = text[s:e]
                    if span[0] in QUOTE_CHARS or span[-1] in "'\"‘’“”„«»":
                        flags.append("span includes quote mark")
                    if span != span.strip():
                        flags.append("leading/trailing whitespace")
                if s < prev:
                    flags.append("not sorted")
                prev = s
                problems += bool(flags)
                print(f"  [{s}:{e}] {q['quote_type']:8} cue={q['cue']!r} "
                      f"speaker={q['speaker']!r} mention={q['speaker_mention']!r}"
                      + (f"  !! {', '.join(flags)}" if flags else ""))
                print(f"      «{text[s:e]}»")
    print(f"\n{n_art} articles ({n_empty} without quotes), "
          f"{sum(counts.values())} quotes: {counts}; {problems} flagged")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
