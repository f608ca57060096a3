"""Benchmark: articles/s through `newsetl run` against raw `nlp.pipe` over the same texts.

    python bench/bench_pipeline.py [--corpus ../shared/corpora/dpg-news-2019/articles.jsonl] [--limit N]

For 1 and 2 workers it runs the whole pipeline (a real Prefect flow run into a fresh warehouse) as a
subprocess, sampling the peak memory of its process tree, then times `nlp.pipe` over the same
cleaned texts with the same model in this process. Results go to bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "dpg-news-2019" / "articles.jsonl"


def _tree_rss_mb(root_pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                rss[int(entry.name)] = int(line.split()[1])
    tree, frontier = {root_pid}, [root_pid]
    while frontier:
        pid = frontier.pop()
        children = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree) / 1024


def limited_corpus(corpus: Path, limit: int | None, folder: Path) -> Path:
    """The corpus, or its first `limit` lines, so the pipeline and raw nlp.pipe see the same articles."""
    if not limit:
        return corpus
    target = folder / "articles.jsonl"
    with corpus.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= limit:
                break
            dst.write(line)
    return target


def run_pipeline(source: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "newsetl.cli", "run", str(source), "--warehouse", f"{tmp}/wh",
               "--workers", str(workers), "--no-progress"]
        env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING", "OMP_NUM_THREADS": "1"}
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        peak = 0.0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, _tree_rss_mb(proc.pid))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, err = proc.communicate()
        elapsed = time.perf_counter() - start
        done.set()
        sampler.join()
        if proc.returncode != 0:
            raise SystemExit(f"newsetl run failed ({proc.returncode}):\n{err[-3000:]}")
        import duckdb

        n = duckdb.connect(f"{tmp}/wh/warehouse.duckdb", read_only=True).execute("SELECT count(*) FROM articles").fetchone()[0]
        return {"workers": workers, "articles": n, "seconds": round(elapsed, 2), "articles_per_s": round(n / elapsed, 2),
                "peak_rss_mb": round(peak, 1), "summary": out.strip().splitlines()[-1] if out.strip() else ""}


def run_raw(texts: list[str], workers: int) -> dict:
    from newsetl.model import load_model
    from newsetl.nlp.pipeline import PIPE_BATCH

    nlp = load_model(None)
    start = time.perf_counter()
    n_words = sum(len(doc) for doc in nlp.pipe(texts, n_process=workers, batch_size=PIPE_BATCH))
    elapsed = time.perf_counter() - start
    return {"workers": workers, "articles": len(texts), "seconds": round(elapsed, 2),
            "articles_per_s": round(len(texts) / elapsed, 2), "words_per_s": round(n_words / elapsed)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus {args.corpus} not found (../shared is on developer machines and CI only)")

    from newsetl.ingest import read_sources

    scratch = Path(tempfile.mkdtemp())
    source = limited_corpus(args.corpus, args.limit, scratch)
    articles, _ = read_sources([source])
    texts = [a.text for a in articles]  # cleaned, exactly as the pipeline parses them
    results = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()}, "corpus": str(args.corpus),
               "limit": args.limit, "runs": []}
    for workers in args.workers:
        pipeline = run_pipeline(source, workers)
        raw = run_raw(texts, workers)
        ratio = pipeline["articles_per_s"] / raw["articles_per_s"]
        results["runs"].append({"workers": workers, "pipeline": pipeline, "raw_nlp_pipe": raw, "ratio": round(ratio, 3)})
        print(f"workers={workers}: pipeline {pipeline['articles_per_s']} art/s (peak {pipeline['peak_rss_mb']} MB), "
              f"raw nlp.pipe {raw['articles_per_s']} art/s ({raw['words_per_s']} words/s), ratio {ratio:.2f}", flush=True)
    out = REPO / "bench" / "results" / "latest.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
