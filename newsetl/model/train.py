"""Rebuild the nl_newsetl pipeline from the shared corpora.

Recipe: two pipelines are trained separately and then assembled.
  * UD (LassySmall train): shared tok2vec + morphologizer + parser + trainable lemmatizer.
  * NER (CoNLL-2002 train): `ner` with its own inline tok2vec, so sourcing it next to the
    UD tok2vec needs no renaming and its features never fight the UD objectives. Its tok2vec also
    reads small static vectors computed from the raw text (newsetl.model.vectors), which helps
    recognise names that are rare in the labelled data.
Both trainings run concurrently, each pinned to one thread, which fits a 2-core machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Corpus

from newsetl.model import DEFAULT_MODEL_DIR, REPO_ROOT
from newsetl.model.convert import convert_corpora
from newsetl.model.evaluate import evaluate_conll
from newsetl.model.vectors import build_vectors
from newsetl.nlp.pipeline import drop_word_abbreviations

CONFIG_DIR = REPO_ROOT / "models" / "configs"
DEFAULT_SHARED_DIR = (REPO_ROOT / ".." / "shared").resolve()
DEFAULT_BUILD_DIR = REPO_ROOT / "models" / "build"

META: dict[str, Any] = {
    "name": "newsetl",
    "version": "0.1.0",
    "license": "CC BY-SA 4.0",
    "description": (
        "Dutch pipeline of the newsetl project: UPOS/morphology, dependency parse, sentences and lemmas "
        "trained on UD Dutch LassySmall; named entities (PER, LOC, ORG, MISC) trained on CoNLL-2002 Dutch."
    ),
    "author": "newsetl",
    "sources": [
        {
            "name": "UD Dutch LassySmall",
            "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "CoNLL-2002 Dutch NER",
            "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
            "license": "research use; cite Tjong Kim Sang (2002)",
        },
    ],
}

ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
UD_SCORE_KEYS = ("pos_acc", "morph_acc", "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f", "lemma_acc")


class SharedDataMissingError(FileNotFoundError):
    """The shared corpora directory is not there (it only exists on the build machine)."""


def _check_shared(shared_dir: Path) -> None:
    needed = [
        shared_dir / "corpora" / "conll2002-nl" / "train.conll",
        shared_dir / "corpora" / "conll2002-nl" / "dev.conll",
        shared_dir / "corpora" / "ud-dutch" / "nl_lassysmall-ud-train.conllu",
        shared_dir / "corpora" / "ud-dutch" / "nl_lassysmall-ud-dev.conllu",
    ]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        raise SharedDataMissingError(
            f"Training data not found under {shared_dir} (missing: {', '.join(missing)}). "
            "Pass --shared with the directory holding corpora/conll2002-nl and corpora/ud-dutch."
        )


def _uses_static_vectors(config: Path, overrides: Mapping[str, Any]) -> bool:
    """Does any tok2vec embedding in this config (after overrides) read static vectors?"""
    for key, value in overrides.items():
        if key.endswith("include_static_vectors") and str(value).lower() == "true":
            return True
    text = config.read_text(encoding="utf8")
    for key, value in overrides.items():  # an override may switch the config's setting off
        if key.endswith("include_static_vectors"):
            text = text.replace("include_static_vectors = true", "include_static_vectors = false")
    return "include_static_vectors = true" in text


def _train_cmd(config: Path, out: Path, train: Path, dev: Path, overrides: Mapping[str, Any]) -> list[str]:
    cmd = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(out)]
    cmd += ["--paths.train", str(train), "--paths.dev", str(dev)]
    for key, value in overrides.items():
        cmd += [f"--{key}", str(value)]
    return cmd


def _run_trainings(jobs: list[tuple[list[str], Path]], parallel: bool) -> None:
    """Run `spacy train` subprocesses (one BLAS thread each), logging to files."""
    env = {**os.environ, **ONE_THREAD}
    procs: list[tuple[subprocess.Popen[bytes], Path, Any]] = []
    for cmd, log in jobs:
        fh = log.open("wb")
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env)
        procs.append((proc, log, fh))
        if not parallel:
            proc.wait()
    for proc, log, fh in procs:
        proc.wait()
        fh.close()
        if proc.returncode != 0:
            tail = log.read_text(encoding="utf8", errors="replace")[-3000:]
            raise RuntimeError(f"Training failed ({' '.join(proc.args)}); log {log}:\n{tail}")


def assemble(ud_dir: Path, ner_dir: Path, output_dir: Path, meta: Mapping[str, Any] | None = None) -> Language:
    """Combine the UD pipeline with the NER component (and its own tok2vec) and save it."""
    nlp = spacy.load(ud_dir)
    ner_nlp = spacy.load(ner_dir)
    if ner_nlp.vocab.vectors.shape[0]:
        # The NER tok2vec reads static vectors; the UD components do not, so the
        # assembled pipeline simply takes over the NER pipeline's table.
        nlp.vocab.vectors = ner_nlp.vocab.vectors
    # NER runs before the parser: once the parser has set sentence starts, the NER may not let an
    # entity cross one, and a wrong split inside a name would cost it (-1.3 F1 on CoNLL dev).
    nlp.add_pipe("ner", source=ner_nlp, before="parser" if "parser" in nlp.pipe_names else None)
    drop_word_abbreviations(nlp)
    nlp.meta.update({**META, **(meta or {})})
    nlp.meta.pop("performance", None)
    # Write next to the target and swap, so a reader never sees a half-written model
    # and no stale files from an older pipeline survive.
    tmp = output_dir.with_name(output_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    nlp.to_disk(tmp)
    shutil.rmtree(output_dir, ignore_errors=True)
    tmp.rename(output_dir)
    return nlp


def evaluate_ud(nlp: Language, docbin: Path) -> dict[str, float]:
    """Tagging / parsing / lemma / sentence scores on a converted UD .spacy file."""
    examples = list(Corpus(str(docbin))(nlp))
    scores = nlp.evaluate(examples)
    return {k: float(scores[k]) for k in UD_SCORE_KEYS if scores.get(k) is not None}


def words_per_second(model: Path, articles: Path, n_articles: int = 300) -> float:
    """Throughput of the full pipeline on raw news text, on ONE core.

    Runs in a child process because BLAS thread counts are fixed when numpy is first imported.
    """
    code = (
        "import json, sys, time, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "lines = open(sys.argv[2], encoding='utf8').read().splitlines()[: int(sys.argv[3])]\n"
        "texts = [json.loads(line)['text'] for line in lines]\n"
        "list(nlp.pipe(texts[:10]))  # warm-up\n"
        "start = time.perf_counter()\n"
        "n = sum(sum(not t.is_space for t in doc) for doc in nlp.pipe(texts, batch_size=64))\n"
        "print(n / (time.perf_counter() - start))\n"
    )
    env = {**os.environ, **ONE_THREAD}
    out = subprocess.run(
        [sys.executable, "-c", code, str(model), str(articles), str(n_articles)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return float(out.stdout.strip().splitlines()[-1])


def evaluate_model(model_dir: Path, shared_dir: Path, build_dir: Path) -> dict[str, Any]:
    """All scores reported in the model card; missing corpora are skipped."""
    nlp = spacy.load(model_dir)
    scores: dict[str, Any] = {}
    ner_dev = shared_dir / "corpora" / "conll2002-nl" / "dev.conll"
    if ner_dev.exists():
        scores["conll2002_dev"] = evaluate_conll(ner_dev, nlp)
    for name in ("nl_lassysmall-ud-dev", "nl_lassysmall-ud-dev-unseen", "nl_alpino-ud-dev", "nl_alpino-ud-test"):
        path = build_dir / f"{name}.spacy"
        if path.exists():
            scores[name] = evaluate_ud(nlp, path)
    articles = shared_dir / "corpora" / "dpg-news-2019" / "articles.jsonl"
    if articles.exists():
        scores["words_per_second_1_core"] = words_per_second(model_dir, articles)
    return scores


def record_performance(model_dir: Path, scores: Mapping[str, Any]) -> None:
    """Store headline scores in meta.json["performance"] (shown by `newsetl model info`)."""
    perf: dict[str, float] = {}
    if "conll2002_dev" in scores:
        overall = scores["conll2002_dev"]["overall"]
        perf.update(ents_p=overall["precision"], ents_r=overall["recall"], ents_f=overall["f1"])
    perf.update(scores.get("nl_lassysmall-ud-dev", {}))
    if "words_per_second_1_core" in scores:
        perf["words_per_second_1_core"] = scores["words_per_second_1_core"]
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf8"))
    meta["performance"] = {k: round(float(v), 4) for k, v in perf.items()}
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf8")


def train_model(
    shared_dir: Path | None = None,
    output_dir: Path = DEFAULT_MODEL_DIR,
    *,
    build_dir: Path = DEFAULT_BUILD_DIR,
    config_dir: Path = CONFIG_DIR,
    ud_overrides: Mapping[str, Any] | None = None,
    ner_overrides: Mapping[str, Any] | None = None,
    parallel: bool = True,
    evaluate: bool = True,
    clean_ud: bool = False,
) -> dict[str, Any]:
    """Convert the corpora, train UD + NER, assemble into `output_dir`; returns scores (if evaluate).

    `*_overrides` are spaCy config overrides such as {"training.max_steps": 100}
    (the test uses them to train a tiny model in seconds). `clean_ud`: see `convert.ud_train_docs`.
    """
    shared_dir = Path(shared_dir or DEFAULT_SHARED_DIR).resolve()
    _check_shared(shared_dir)
    build_dir = Path(build_dir)
    build_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    data = convert_corpora(shared_dir, build_dir, clean_ud=clean_ud)
    ud_overrides, ner_overrides = dict(ud_overrides or {}), dict(ner_overrides or {})
    if _uses_static_vectors(config_dir / "ud.cfg", ud_overrides) or _uses_static_vectors(
        config_dir / "ner.cfg", ner_overrides
    ):
        # Both pipelines get the same table, so the assembled pipeline has one consistent vocab.
        vectors = build_vectors(shared_dir, build_dir / "vectors")
        ud_overrides.setdefault("paths.vectors", vectors)
        ner_overrides.setdefault("paths.vectors", vectors)
    ud_out, ner_out = build_dir / "ud", build_dir / "ner"
    _run_trainings(
        [
            (
                _train_cmd(
                    config_dir / "ud.cfg",
                    ud_out,
                    data["ud-train"],
                    data["nl_lassysmall-ud-dev"],
                    ud_overrides,
                ),
                build_dir / "train-ud.log",
            ),
            (
                _train_cmd(config_dir / "ner.cfg", ner_out, data["ner-train"], data["ner-dev"], ner_overrides),
                build_dir / "train-ner.log",
            ),
        ],
        parallel=parallel,
    )
    assemble(ud_out / "model-best", ner_out / "model-best", Path(output_dir))
    result: dict[str, Any] = {"output": str(output_dir), "clean_ud": clean_ud, "train_seconds": time.perf_counter() - t0}
    if evaluate:
        result["scores"] = evaluate_model(Path(output_dir), shared_dir, build_dir)
        record_performance(Path(output_dir), result["scores"])
        (build_dir / "scores.json").write_text(json.dumps(result, indent=2), encoding="utf8")
    return result
