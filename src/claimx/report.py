"""Self-contained HTML report of a check: the documents with their claims highlighted, and
each finding linked to the numbers it involves.

>>> from claimx.models import Claim
>>> text = "失业率从25%降至30%。"
>>> c = Claim(metric="失业率", before=25, after=30, unit="%", direction="down",
...           text="从25%降至30%", start=3, end=12)
>>> from claimx.checks import check_claims
>>> page = render_report({"a.txt": text}, {"a.txt": [c]}, check_claims([c], text=text))
>>> 'class="claim flagged"' in page and 'href="#d0-c0"' in page
True

The page has no external resources (inline CSS, no scripts), and every piece of text from
the documents, the claims and the findings is HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path

from claimx.checks import Finding
from claimx.checks.util import fmt
from claimx.models import Claim

__all__ = ["render_report", "write_report"]

_CSS = """
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 2em auto; max-width: 60em; line-height: 1.6; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; }
.summary { color: #555; }
ol.findings > li { margin: 0 0 1em 0; padding: .5em .8em; border-left: 4px solid #c0392b;
                   background: #fdf2f0; }
ol.findings > li.sev-warning { border-color: #d68910; background: #fef9e7; }
ol.findings > li:target { outline: 2px solid #2c3e50; }
.rule { font-weight: bold; font-family: monospace; }
.severity { font-size: .85em; text-transform: uppercase; color: #fff; background: #c0392b;
            padding: 0 .4em; border-radius: 3px; }
.sev-warning .severity { background: #d68910; }
.explanation { margin: .3em 0; }
.numbers { color: #444; font-size: .9em; }
.doc-text { white-space: pre-wrap; background: #fafafa; padding: 1em; border: 1px solid #eee; }
mark.claim { background: #d6eaf8; border-radius: 2px; padding: 0 1px; }
mark.claim.flagged { background: #f5b7b1; font-weight: bold; }
mark.claim:target { outline: 2px solid #c0392b; }
sup.refs a { text-decoration: none; color: #c0392b; margin-left: 1px; }
.empty { color: #27ae60; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _finding_docs(f: Finding, default: str) -> tuple[str, ...]:
    return f.docs if f.docs else (default,) * len(f.claims)


def _highlights(
    claims: Sequence[Claim], extra: Sequence[Claim]
) -> list[Claim]:
    """Non-overlapping claims to highlight: the document's claims, then finding claims."""
    chosen: list[Claim] = []
    for c in sorted([*claims, *extra], key=lambda c: (c.start, -(c.end - c.start))):
        if c.end <= c.start:
            continue
        if chosen and c.start < chosen[-1].end:
            continue
        chosen.append(c)
    return chosen


def _claim_title(c: Claim) -> str:
    parts = [f"metric: {c.metric or '—'}"]
    if c.before is not None:
        parts.append(f"before: {fmt(c.before)}")
    if c.after is not None:
        parts.append(f"after: {fmt(c.after)}")
    if c.change is not None:
        parts.append(f"change: {fmt(c.change)}")
    parts.append(f"unit: {c.unit or '—'}")
    if c.direction:
        parts.append(f"direction: {c.direction}")
    if c.place:
        parts.append(f"place: {c.place}")
    if c.time:
        parts.append(f"time: {c.time}")
    return "; ".join(parts)


def render_report(
    texts: Mapping[str, str],
    claims: Mapping[str, Sequence[Claim]],
    findings: Sequence[Finding],
    *,
    title: str = "claimx check report",
) -> str:
    """The HTML page for documents ``texts`` (id → text), their ``claims`` and ``findings``.

    A finding without ``docs`` belongs to the first document. Each highlighted number has
    the id ``d<doc index>-c<claim index>``; each finding the id ``f<n>`` (from 1), and they
    link to each other.
    """
    doc_ids = list(texts)
    default_doc = doc_ids[0] if doc_ids else ""
    # Claims that findings involve, per document.
    extra: dict[str, list[Claim]] = {d: [] for d in doc_ids}
    for f in findings:
        for c, d in zip(f.claims, _finding_docs(f, default_doc), strict=True):
            extra.setdefault(d, []).append(c)
    marks: dict[str, list[Claim]] = {
        d: _highlights(claims.get(d, ()), extra.get(d, ())) for d in doc_ids
    }

    def mark_id(doc: str, claim: Claim) -> str | None:
        if doc not in marks:
            return None
        di = doc_ids.index(doc)
        best = None
        for ci, m in enumerate(marks[doc]):
            if m.start == claim.start and m.end == claim.end:
                return f"d{di}-c{ci}"
            if best is None and m.start < claim.end and claim.start < m.end:
                best = f"d{di}-c{ci}"
        return best

    refs: dict[str, list[int]] = {}
    finding_items: list[str] = []
    for n, f in enumerate(findings, start=1):
        links = []
        for c, d in zip(f.claims, _finding_docs(f, default_doc), strict=True):
            target = mark_id(d, c)
            if target is not None:
                refs.setdefault(target, []).append(n)
            where = f"{_esc(d)} @{c.start}" if len(doc_ids) > 1 else f"@{c.start}"
            label = f'<span class="quote">{_esc(c.text)}</span>'
            link = (f'<a class="claim-link" href="#{target}" data-target="{target}">{label}</a>'
                    if target else label)
            links.append(f'<li>{link} <span class="where">({where})</span></li>')
        unit = f" {_esc(f.unit)}" if f.unit else ""
        numbers = (f'<p class="numbers">expected {_esc(fmt(f.expected))}{unit}; '
                   f'stated {_esc(fmt(f.stated))}{unit}</p>')
        finding_items.append(
            f'<li id="f{n}" class="finding rule-{_esc(f.rule)} sev-{_esc(f.severity)}" '
            f'data-rule="{_esc(f.rule)}">'
            f'<span class="rule">{_esc(f.rule)}</span> <span class="severity">{_esc(f.severity)}</span>'
            f'<p class="explanation" lang="en">{_esc(f.explanation_en)}</p>'
            f'<p class="explanation" lang="zh">{_esc(f.explanation_zh)}</p>'
            f'{numbers}<ul class="involved">{"".join(links)}</ul></li>'
        )

    doc_sections: list[str] = []
    for di, d in enumerate(doc_ids):
        text = texts[d]
        out: list[str] = []
        pos = 0
        for ci, m in enumerate(marks[d]):
            mid = f"d{di}-c{ci}"
            out.append(_esc(text[pos : m.start]))
            flagged = mid in refs
            cls = "claim flagged" if flagged else "claim"
            data = f' data-findings="{" ".join(f"f{n}" for n in refs[mid])}"' if flagged else ""
            out.append(f'<mark class="{cls}" id="{mid}" title="{_esc(_claim_title(m))}"{data}>'
                       f"{_esc(text[m.start : m.end])}</mark>")
            if flagged:
                sup = "".join(f'<a href="#f{n}">[{n}]</a>' for n in refs[mid])
                out.append(f'<sup class="refs">{sup}</sup>')
            pos = m.end
        out.append(_esc(text[pos:]))
        n_doc = sum(1 for f in findings if d in _finding_docs(f, default_doc))
        doc_sections.append(
            f'<section class="doc" id="d{di}" data-doc="{_esc(d)}"><h2>{_esc(d)}</h2>'
            f'<p class="summary">{len(marks[d])} claims highlighted, {n_doc} findings</p>'
            f'<div class="doc-text">{"".join(out)}</div></section>'
        )

    if finding_items:
        findings_html = f'<ol class="findings">{"".join(finding_items)}</ol>'
    else:
        findings_html = '<p class="empty">No inconsistencies found.</p>'
    summary = f"{len(findings)} findings in {len(doc_ids)} documents"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="zh"><head><meta charset="utf-8"><title>{_esc(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_CSS}</style></head><body>"
        f'<header><h1>{_esc(title)}</h1><p class="summary" id="summary">{_esc(summary)}</p></header>'
        f'<section id="findings"><h2>Findings</h2>{findings_html}</section>'
        f'{"".join(doc_sections)}'
        "</body></html>\n"
    )


def write_report(
    path: str | Path,
    texts: Mapping[str, str],
    claims: Mapping[str, Sequence[Claim]],
    findings: Sequence[Finding],
    *,
    title: str = "claimx check report",
) -> None:
    """Write :func:`render_report` to ``path`` (UTF-8)."""
    Path(path).write_text(render_report(texts, claims, findings, title=title), encoding="utf-8")
