"""``claimx check FILE… [--jsonl OUT] [--html REPORT]``: find numbers that contradict each other.

Each FILE is a UTF-8 text document (``-`` reads standard input). Its claims are extracted
and checked against each other; with several files, claims are also compared across
documents (rule ``cross_doc``). Findings are printed to the terminal, one block each:

    doc.txt:3:15: rate_vs_counts (error)
      贫困发生率 computed from 247 人 out of 1136 人 is 21.74%, but the text states 21.27%.
      按“247人”与“1136人”计算，贫困发生率应为247/1136=21.74%，而文中为21.27%。
      numbers: “1136人” @385, “247人” @512, “21.27%” @529

``--jsonl OUT`` writes one finding a line (the :class:`claimx.Finding` fields plus ``doc``);
``--html REPORT`` a self-contained page with the claims highlighted and each finding linked
to its numbers. Exit code 0 (also when findings were made, unless ``--fail-on-findings``:
then 1), 2 for unreadable input or unwritable output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

from claimx.checks import Finding

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``claimx check`` to ``parser``."""
    parser.description = (
        "Check the numeric claims of each document against each other (rate vs counts, stock "
        "and flow, parts vs total, change vs before/after, direction, impossible values) and, "
        "with several documents, across documents."
    )
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="UTF-8 text documents ('-' reads standard input)")
    parser.add_argument("--jsonl", metavar="OUT", help="write the findings as JSON lines to OUT")
    parser.add_argument("--html", metavar="REPORT",
                        help="write a self-contained HTML report to REPORT")
    parser.add_argument("--fail-on-findings", action="store_true",
                        help="exit with code 1 when any finding is made (for CI use)")
    parser.add_argument("--quiet", action="store_true",
                        help="print only the summary line, not each finding")


def _usage_error(message: str) -> Exception:
    from claimx.cli import UsageError

    return UsageError(message)


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise _usage_error(f"{path}: no such file (claimx check reads UTF-8 text files)")
    data = p.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _usage_error(
            f"{path}: not UTF-8 text (byte {exc.start}); convert it first, e.g. "
            f"`iconv -f GB18030 -t UTF-8 {path}`"
        ) from exc


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _print_finding(out: TextIO, f: Finding, texts: dict[str, str], default: str) -> None:
    docs = f.docs or (default,) * len(f.claims)
    first_doc = docs[0] if docs else default
    start = f.claims[0].start if f.claims else 0
    line, col = _line_col(texts.get(first_doc, ""), start)
    out.write(f"{first_doc}:{line}:{col}: {f.rule} ({f.severity})\n")
    out.write(f"  {f.explanation_en}\n  {f.explanation_zh}\n")
    multi = len(set(docs)) > 1
    numbers = ", ".join(
        f"“{c.text}” {d + ' ' if multi else ''}@{c.start}" for c, d in zip(f.claims, docs, strict=True)
    )
    out.write(f"  numbers: {numbers}\n")


def run(args: argparse.Namespace) -> int:
    """Run ``claimx check`` with parsed ``args``; return the exit code."""
    import claimx
    from claimx.checks import check_claims, cross_doc

    texts: dict[str, str] = {}
    for path in args.files:
        doc_id = "<stdin>" if path == "-" else path
        if doc_id in texts:
            continue
        texts[doc_id] = _read(path)

    claims_by_doc = {}
    findings: list[Finding] = []
    for doc_id, text in texts.items():
        claims = claimx.extract_claims(text)
        claims_by_doc[doc_id] = claims
        for f in check_claims(claims, text=text):
            findings.append(f.model_copy(update={"docs": (doc_id,) * len(f.claims)}))
    if len(texts) > 1:
        findings.extend(cross_doc(claims_by_doc))

    default = next(iter(texts), "")
    out = sys.stdout
    if not args.quiet:
        for f in findings:
            _print_finding(out, f, texts, default)
    counts = Counter(f.rule for f in findings)
    detail = ", ".join(f"{rule}: {n}" for rule, n in sorted(counts.items()))
    n_claims = sum(len(c) for c in claims_by_doc.values())
    out.write(
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {len(texts)} "
        f"document{'s' if len(texts) != 1 else ''} ({n_claims} claims)"
        f"{': ' + detail if detail else ''}\n"
    )

    if args.jsonl:
        lines = []
        for f in findings:
            row = {"doc": (f.docs[0] if f.docs else default), **f.model_dump(mode="json")}
            lines.append(json.dumps(row, ensure_ascii=False))
        _write(args.jsonl, "".join(line + "\n" for line in lines))
    if args.html:
        from claimx.report import render_report

        _write(args.html, render_report(texts, claims_by_doc, findings))
    return 1 if (args.fail_on_findings and findings) else 0


def _write(path: str, content: str) -> None:
    try:
        Path(path).write_text(content, encoding="utf-8")
    except OSError as exc:
        raise _usage_error(f"cannot write {path}: {exc.strerror or exc}") from exc
