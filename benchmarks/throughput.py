"""Extraction throughput in MB/s, beside a bare regex digit scan and ``cn2an.transform``.

Builds a corpus of at least ``--mb`` megabytes (UTF-8) by replicating the seed documents
(``../shared/corpus/seeds/*.txt`` relative to the repository root; when that folder is
absent, the sentences of ``tests/corpus/positive.jsonl``), then times, in the same run:

- ``claimx.extract_claims`` end to end, document by document (the first call, which
  compiles the patterns, is made before timing starts);
- ``regex.finditer(r"\\d+", text)`` over the same documents (a lower bound: the cost of
  merely finding digits);
- ``cn2an.transform(text, "cn2an")`` on a slice of the corpus (it is slow), scaled to MB/s.

and prints MB/s for each and the ratios. Single process, one core.

    python benchmarks/throughput.py [--mb 5] [--cn2an-mb 0.5]
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
FALLBACK = ROOT / "tests" / "corpus" / "positive.jsonl"


def load_documents() -> tuple[list[str], str]:
    """The base documents to replicate, and a description of where they came from."""
    if SEEDS.is_dir():
        docs = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
        if docs:
            return docs, f"{len(docs)} seed documents from {SEEDS}"
    lines = FALLBACK.read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line)["text"] for line in lines if line.strip()]
    # Group sentences into pseudo-documents of ~2 KB so per-call overhead is realistic.
    docs, current = [], ""
    for s in sentences:
        current += s
        if len(current.encode("utf-8")) > 2000:
            docs.append(current)
            current = ""
    if current:
        docs.append(current)
    return docs, f"{len(sentences)} sentences from {FALLBACK} (seeds not found)"


def build_corpus(docs: Sequence[str], megabytes: float) -> list[str]:
    """Replicate ``docs`` until the corpus holds at least ``megabytes`` MB of UTF-8."""
    target = int(megabytes * 1_000_000)
    corpus: list[str] = []
    size = 0
    while size < target:
        for d in docs:
            corpus.append(d)
            size += len(d.encode("utf-8"))
            if size >= target:
                break
    return corpus


def size_mb(docs: Sequence[str]) -> float:
    """Size of ``docs`` in MB (10^6 bytes) of UTF-8."""
    return sum(len(d.encode("utf-8")) for d in docs) / 1_000_000


def timed(fn: Callable[[str], object], docs: Sequence[str]) -> float:
    """Seconds to apply ``fn`` to every document."""
    t0 = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - t0


def main() -> None:
    """Build the corpus, time the three contenders, print MB/s and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (>= 5)")
    parser.add_argument(
        "--cn2an-mb", type=float, default=0.5, help="MB of the corpus given to cn2an.transform"
    )
    args = parser.parse_args()

    import cn2an
    import regex

    import claimx

    base, source = load_documents()
    corpus = build_corpus(base, args.mb)
    mb = size_mb(corpus)
    n_claims = sum(len(claimx.extract_claims(d)) for d in base)  # warm-up, compiles patterns
    print(f"corpus: {mb:.2f} MB in {len(corpus)} documents, replicated from {source}")
    print(f"        ({n_claims} claims in one copy of the base documents)")

    digits = regex.compile(r"\d+")
    t_regex = timed(lambda d: sum(1 for _ in digits.finditer(d)), corpus)
    t_claimx = timed(claimx.extract_claims, corpus)
    cn_slice = build_corpus(base, min(args.cn2an_mb, args.mb))
    with warnings.catch_warnings():  # cn2an warns on every numeral it cannot read
        warnings.simplefilter("ignore")
        t_cn2an = timed(lambda d: cn2an.transform(d, "cn2an"), cn_slice)
    cn_mb = size_mb(cn_slice)

    rate = {
        "claimx.extract_claims": mb / t_claimx,
        "regex digit scan": mb / t_regex,
        "cn2an.transform": cn_mb / t_cn2an,
    }
    print()
    print(f"{'':24}{'MB/s':>10}")
    for name, r in rate.items():
        note = f"  (on {cn_mb:.2f} MB)" if name == "cn2an.transform" else ""
        print(f"{name:24}{r:10.2f}{note}")
    print()
    ours = rate["claimx.extract_claims"]
    print(f"claimx / cn2an.transform : {ours / rate['cn2an.transform']:6.2f}x  (target >= 3x)")
    print(f"claimx / regex digit scan: {ours / rate['regex digit scan']:6.3f}x")
    print(f"claimx per core          : {ours:6.2f} MB/s (target >= 5 MB/s)")


if __name__ == "__main__":
    main()
