"""End-to-end corpus benchmark of ``claimx extract`` (the command line), at --jobs 1 and 2.

Builds (once, cached under ``benchmarks/_data/``, which git ignores) a synthetic JSONL
corpus of ``--size-mb`` MB: documents of 3-40 sentences drawn at random from the seed
documents (``../shared/corpus/seeds``, if present) and the test sentences
(``tests/corpus/positive.jsonl``, ``tests/corpus/negative.txt``), shuffled, with most digit
runs replaced by random numbers so no two documents are alike. Then, in the same run:

- ``python -m claimx extract CORPUS -o OUT -j N -q`` for N = 1 and 2 (OUT is
  ``/dev/null`` unless ``--keep-output``): MB/s, docs/s, peak RSS of the largest process
  (``os.wait4``) and of the whole process tree (sampled from ``/proc``);
- the same command with a trivial extractor that returns no claims (``noop``: the CLI's
  own overhead, reading + JSON parsing + the pool) and one that returns a claim per ASCII
  digit run (``digits``: adds serialisation of a realistic number of records);
- a bare ``regex`` ``\\d+`` scan over the same texts, in this process;
- ``jionlp.ner.extract_money`` on a slice of the corpus, if jionlp is importable.

    python benchmarks/corpus.py [--size-mb 200] [--size-mb 50 ...] [--jionlp-mb 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "_data"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
POSITIVE = ROOT / "tests" / "corpus" / "positive.jsonl"
NEGATIVE = ROOT / "tests" / "corpus" / "negative.txt"
SENTENCE_END = re.compile(r"(?<=[。！？；!?\n])")
DIGITS = re.compile(r"[0-9]+")


# --------------------------------------------------------------------------- stand-ins
# Used through ``--extractor corpus:noop`` with this directory on PYTHONPATH.


def noop(text: str) -> list[Any]:
    """A trivial extractor: no claims (measures the CLI's own overhead)."""
    return []


def digits(text: str) -> list[Any]:
    """A trivial extractor: one claim per ASCII digit run (overhead incl. serialisation)."""
    from claimx.models import Claim

    return [
        Claim(text=m.group(), start=m.start(), end=m.end(), after=float(m.group()))
        for m in DIGITS.finditer(text)
    ]


# --------------------------------------------------------------------------- corpus


def sentences() -> tuple[list[str], str]:
    """The sentence pool, and where it came from."""
    pool: list[str] = []
    sources = []
    if SEEDS.is_dir():
        for path in sorted(SEEDS.glob("*.txt")):
            pool.extend(s.strip() for s in SENTENCE_END.split(path.read_text("utf-8")))
        sources.append("seeds")
    if POSITIVE.exists():
        for line in POSITIVE.read_text("utf-8").splitlines():
            if line.strip():
                pool.append(json.loads(line)["text"])
        sources.append("positive.jsonl")
    if NEGATIVE.exists():
        pool.extend(x.strip() for x in NEGATIVE.read_text("utf-8").splitlines())
        sources.append("negative.txt")
    pool = [s for s in pool if s and not s.startswith("#")]
    if not pool:
        raise SystemExit("no sentences found (need ../shared/corpus/seeds or tests/corpus)")
    return pool, f"{len(pool)} sentences from {', '.join(sources)}"


def _vary(sentence: str, rng: random.Random) -> str:
    def repl(m: re.Match[str]) -> str:
        if rng.random() < 0.3:
            return m.group()
        n = len(m.group())
        return str(rng.randint(10 ** (n - 1) if n > 1 else 0, 10**n - 1))

    return DIGITS.sub(repl, sentence)


def build_corpus(size_mb: float, seed: int = 20260101) -> Path:
    """Write (or reuse) ``benchmarks/_data/corpus-<size>mb.jsonl``."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"corpus-{size_mb:g}mb.jsonl"
    target = int(size_mb * 1_000_000)
    if path.exists() and path.stat().st_size >= target:
        return path
    pool, _ = sentences()
    rng = random.Random(seed)
    written = 0
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        i = 0
        while written < target:
            k = rng.randint(3, 40)
            text = "".join(_vary(rng.choice(pool), rng) for _ in range(k))
            line = json.dumps({"id": f"n{i:08d}", "text": text}, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            i += 1
    tmp.replace(path)
    return path


def iter_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]


# --------------------------------------------------------------------------- measuring


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS (kB) of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
    tree = {root}
    changed = True
    while changed:
        changed = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                changed = True
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


@dataclass
class Run:
    name: str
    seconds: float
    mb: float
    docs: int
    max_rss_mb: float
    tree_rss_mb: float
    returncode: int
    cpu_seconds: float

    @property
    def mb_per_cpu_s(self) -> float:
        """Throughput per CPU-second (user + system, all processes): per-core speed,
        robust to other load on the machine."""
        return self.mb / self.cpu_seconds

    @property
    def mb_s(self) -> float:
        return self.mb / self.seconds

    @property
    def docs_s(self) -> float:
        return self.docs / self.seconds


def run_cli(name: str, corpus: Path, jobs: int, extractor: str | None, out: str) -> Run:
    """Run the CLI once; wall time, largest-process peak RSS, sampled process-tree RSS."""
    cmd = [
        sys.executable,
        "-m",
        "claimx",
        "extract",
        str(corpus),
        "-o",
        out,
        "--format",
        "jsonl",
        "-j",
        str(jobs),
        "-q",
    ]
    if extractor:
        cmd += ["--extractor", extractor]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parent), env.get("PYTHONPATH", "")])
    peak_tree = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, _tree_rss_kb(proc.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    n_docs = sum(1 for _ in corpus.open("rb"))
    return Run(
        name,
        seconds,
        corpus.stat().st_size / 1e6,
        n_docs,
        usage.ru_maxrss / 1024,
        peak_tree / 1024,
        proc.returncode,
        usage.ru_utime + usage.ru_stime,
    )


def timed_scan(texts: Sequence[str], fn: Callable[[str], object]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def baselines(corpus: Path, jionlp_mb: float) -> dict[str, float]:
    """MB/s of a bare regex digit scan (whole corpus) and of jionlp money extraction."""
    import regex

    rates: dict[str, float] = {}
    pattern = regex.compile(r"\d+")
    texts = list(iter_texts(corpus))
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rates["regex \\d+ scan"] = mb / timed_scan(texts, lambda t: sum(1 for _ in pattern.finditer(t)))
    try:
        import jionlp
    except ImportError:
        print("jionlp is not importable: skipping its baseline (pip install jionlp)")
        return rates
    sliced, size = [], 0
    for t in texts:
        sliced.append(t)
        size += len(t.encode("utf-8"))
        if size >= jionlp_mb * 1e6:
            break
    extract_money = jionlp.ner.extract_money
    extract_money(sliced[0])  # warm-up: loads its tables
    rates["jionlp extract_money"] = (size / 1e6) / timed_scan(sliced, extract_money)
    return rates


def main() -> None:
    """Build the corpora, run everything, print a table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--size-mb",
        type=float,
        action="append",
        help="corpus size in MB; repeat for several (default: 50 and 200)",
    )
    parser.add_argument(
        "--jionlp-mb", type=float, default=2.0, help="MB of the corpus given to jionlp (it is slow)"
    )
    parser.add_argument(
        "--keep-output",
        action="store_true",
        help="write the claims to benchmarks/_data/ instead of /dev/null",
    )
    parser.add_argument(
        "--skip-overhead",
        action="store_true",
        help="do not run the trivial-extractor (overhead) runs",
    )
    parser.add_argument("--only", help="comma-separated run names to do, e.g. 'claimx -j 2'")
    args = parser.parse_args()
    sizes = args.size_mb or [50.0, 200.0]
    _, source = sentences()
    print(
        f"sentence pool: {source}; machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    from claimx import _build

    print(f"claimx build: {_build.describe()}")

    rows: list[tuple[float, Run]] = []
    rates: dict[str, float] = {}
    for size in sizes:
        corpus = build_corpus(size)
        out = str(DATA / f"claims-{size:g}mb.jsonl") if args.keep_output else os.devnull
        plan: list[tuple[str, int, str | None]] = [
            ("claimx -j 1", 1, None),
            ("claimx -j 2", 2, None),
        ]
        if not args.skip_overhead:
            plan += [
                ("noop -j 1", 1, "corpus:noop"),
                ("digits -j 1", 1, "corpus:digits"),
                ("noop -j 2", 2, "corpus:noop"),
            ]
        if args.only:
            wanted = {w.strip() for w in args.only.split(",")}
            plan = [p for p in plan if p[0] in wanted]
        for name, jobs, extractor in plan:
            run = run_cli(name, corpus, jobs, extractor, out)
            print(
                f"  {size:g} MB {name:<14} {run.mb_s:7.2f} MB/s  {run.docs_s:9.0f} docs/s  "
                f"{run.mb_per_cpu_s:7.2f} MB/cpu-s  "
                f"RSS {run.max_rss_mb:6.1f} MB largest / {run.tree_rss_mb:6.1f} MB tree  "
                f"(exit {run.returncode}, {run.seconds:.1f} s)",
                flush=True,
            )
            rows.append((size, run))
        if not rates:
            rates = baselines(corpus, args.jionlp_mb)

    print()
    load = os.getloadavg()[0]
    print(f"(1-minute load average at the end: {load:.2f} on {os.cpu_count()} CPUs)")
    print(
        "| corpus | run | MB/s | docs/s | MB per CPU-s | peak RSS, largest process "
        "| peak RSS, all processes |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    for size, run in rows:
        print(
            f"| {size:g} MB | {run.name} | {run.mb_s:.2f} | {run.docs_s:,.0f} | {run.mb_per_cpu_s:.2f} | "
            f"{run.max_rss_mb:.0f} MB | {run.tree_rss_mb:.0f} MB |"
        )
    print()
    for name, rate in rates.items():
        print(f"baseline {name}: {rate:.2f} MB/s (in-process, one core)")
    by_name = {(s, r.name): r for s, r in rows}
    for size in sizes:
        if (size, "claimx -j 1") not in by_name or (size, "claimx -j 2") not in by_name:
            continue
        j1, j2 = by_name[(size, "claimx -j 1")], by_name[(size, "claimx -j 2")]
        print(
            f"{size:g} MB: jobs 2 / jobs 1 = {j2.mb_s / j1.mb_s:.2f}x (target >= 1.7x); "
            f"jobs 1 = {j1.mb_s:.2f} MB/s per core (target >= 10)"
        )
        for name, rate in rates.items():
            print(f"    claimx -j 1 / {name} = {j1.mb_s / rate:.3f}x")


if __name__ == "__main__":
    main()
