"""Extraction throughput in MB/s, beside a bare regex digit scan and ``cn2an.transform``.

Builds a corpus of at least ``--mb`` megabytes (UTF-8) by replicating the seed documents
(``../shared/corpus/seeds/*.txt`` relative to the repository root; when that folder is
absent, the sentences of ``tests/corpus/positive.jsonl``), then times, in the same run:

- ``claimx.extract_claims`` end to end, document by document (the first call, which
  compiles the patterns, is made before timing starts);
- ``regex.finditer(r"\\d+", text)`` over the same documents (a lower bound: the cost of
  merely finding digits);
- ``cn2an.transform(text, "cn2an")`` on a slice of the corpus (it is slow), scaled to MB/s.

and prints MB/s for each and the ratios. Single process, one core. Each contender runs
``--rounds`` times, the rounds interleaved (claimx, digit scan, cn2an, claimx, …) so that
load from other processes hits all of them alike, and the best round counts. Both the
CPU time of the process (``time.process_time``: the per-core speed, which other load on
the machine barely moves) and the wall-clock time are reported; the ratios use CPU time.

    python benchmarks/throughput.py [--mb 5] [--cn2an-mb 0.5] [--rounds 3]
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


def timed(fn: Callable[[str], object], docs: Sequence[str]) -> tuple[float, float]:
    """CPU seconds and wall-clock seconds to apply ``fn`` to every document."""
    c0, t0 = time.process_time(), time.perf_counter()
    for d in docs:
        fn(d)
    return time.process_time() - c0, time.perf_counter() - t0


def main() -> None:
    """Build the corpus, time the three contenders, print MB/s and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (>= 5)")
    parser.add_argument(
        "--cn2an-mb", type=float, default=0.5, help="MB of the corpus given to cn2an.transform"
    )
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; best counts")
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
    from claimx import _build

    print(f"claimx build: {_build.describe()} (see setup.py; CLAIMX_PURE=1 installs pure Python)")

    digits = regex.compile(r"\d+")
    cn_slice = build_corpus(base, min(args.cn2an_mb, args.mb))
    cn_mb = size_mb(cn_slice)

    # cn2an warns on every numeral it cannot read; silenced once, outside the timed loops
    warnings.simplefilter("ignore")

    def cn2an_transform(d: str) -> object:
        return cn2an.transform(d, "cn2an")

    contenders: dict[str, tuple[Callable[[str], object], list[str], float]] = {
        "claimx.extract_claims": (claimx.extract_claims, corpus, mb),
        "regex digit scan": (lambda d: sum(1 for _ in digits.finditer(d)), corpus, mb),
        "cn2an.transform": (cn2an_transform, cn_slice, cn_mb),
    }
    best: dict[str, tuple[float, float]] = {}
    for _ in range(max(1, args.rounds)):
        for name, (fn, docs, _mb) in contenders.items():
            cpu, wall = timed(fn, docs)
            old = best.get(name)
            best[name] = (cpu, wall) if old is None else (min(old[0], cpu), min(old[1], wall))
    cpu_rate = {name: contenders[name][2] / max(best[name][0], 1e-9) for name in contenders}
    wall_rate = {name: contenders[name][2] / max(best[name][1], 1e-9) for name in contenders}

    print()
    print(f"{'':24}{'MB/CPU-s':>10}{'MB/s wall':>11}   (best of {max(1, args.rounds)} rounds)")
    for name in contenders:
        note = f"  (on {cn_mb:.2f} MB)" if name == "cn2an.transform" else ""
        print(f"{name:24}{cpu_rate[name]:10.2f}{wall_rate[name]:11.2f}{note}")
    print()
    ours = cpu_rate["claimx.extract_claims"]
    print(f"claimx / cn2an.transform : {ours / cpu_rate['cn2an.transform']:6.2f}x  (target >= 3x)")
    print(f"claimx / regex digit scan: {ours / cpu_rate['regex digit scan']:6.3f}x")
    print(f"claimx per core          : {ours:6.2f} MB/s (target >= 5 MB/s)")


if __name__ == "__main__":
    main()
