"""How much does ``import claimx`` add to ``import pydantic``?

Each measurement runs in a fresh interpreter (``python -c``), timed inside the child with
``time.perf_counter`` around the import statement only, so interpreter start-up is not
counted. Prints the median of several runs for both, and the difference.
Target (issue 6): claimx adds at most 50 ms to pydantic itself.

    python benchmarks/import_time.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CHILD = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
HEAVY = ("regex", "cn2an", "opencc", "numpy", "pyarrow", "dask", "pandas")
TARGET_MS = 50.0


def time_import(statement: str, runs: int) -> float:
    """Median wall time, in milliseconds, of an import statement in fresh interpreters."""
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-X", "frozen_modules=on", "-c", CHILD.format(statement=statement)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        samples.append(float(out.strip()) * 1000.0)
    return statistics.median(samples)


def heavy_modules_loaded() -> list[str]:
    """Optional or heavy dependencies that ``import claimx`` pulls in (should be none)."""
    code = f"import sys, claimx; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return [m for m in out.strip().split(",") if m]


def main() -> None:
    """Measure and print the import cost."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per module")
    args = parser.parse_args()

    # ``import pydantic`` is itself lazy: most of pydantic loads on first use of BaseModel.
    pydantic_ms = time_import("import pydantic", args.runs)
    basemodel_ms = time_import("from pydantic import BaseModel", args.runs)
    # ``import claimx`` loads neither pydantic nor the pipeline; the first use of a model
    # (``claimx.Claim``) loads pydantic and claimx's models, which is the honest comparison.
    claimx_ms = time_import("import claimx", args.runs)
    model_ms = time_import("import claimx; claimx.Claim", args.runs)
    extra = model_ms - basemodel_ms
    print(f"python {sys.version.split()[0]}, {args.runs} fresh interpreters each, median")
    print(f"import pydantic                 {pydantic_ms:8.1f} ms")
    print(f"from pydantic import BaseModel  {basemodel_ms:8.1f} ms")
    print(f"import claimx                   {claimx_ms:8.1f} ms  (models and pipeline load lazily)")
    print(f"import claimx; claimx.Claim     {model_ms:8.1f} ms  (includes pydantic)")
    verdict = "OK" if extra <= TARGET_MS else "OVER TARGET"
    print(
        f"claimx models add to pydantic   {extra:8.1f} ms  "
        f"(target <= {TARGET_MS:.0f} ms: {verdict})"
    )
    heavy = heavy_modules_loaded()
    print(f"heavy modules loaded by import claimx: {', '.join(heavy) if heavy else 'none'}")


if __name__ == "__main__":
    main()
