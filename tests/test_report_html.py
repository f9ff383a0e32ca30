"""Outputs of ``claimx check``: terminal text, JSONL, and the HTML report in a real browser.

The browser test loads the report in Debian's headless chromium (``--dump-dom``) and checks
the DOM it built: the claims are highlighted, every finding is listed and links to numbers
that exist in the page, and text from the document is escaped (no injected elements). It
skips, with the reason, only where no chromium binary exists.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimx.checks import check_claims
from claimx.cli import main
from claimx.models import Claim
from claimx.report import render_report

# Two documents of our own: one with a planted stock/flow error and a hostile-looking line,
# one that contradicts the first on the same metric, place and year.
DOC_A = (
    "<script>alert('x')</script> & 标题：柳河村简报\n"
    "2019年，柳河村人均纯收入为9860元。\n"
    "2020年初，柳河村有低保户40户。2020年新纳入低保户6户，退出低保户9户。2020年底，柳河村低保户35户。\n"
    "失业率从25%降至30%。\n"
)
DOC_B = "2019年，柳河村人均纯收入为11860元，村容村貌明显改善。\n"


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


class _Dom(HTMLParser):
    """Collects the elements of a DOM dump: (tag, attrs, text inside)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[int, list[str]] = {}
        self._open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        idx = len(self.elements) - 1
        self.texts[idx] = []
        if tag not in ("meta", "br", "img", "link", "input"):
            self._open.append(idx)

    def handle_endtag(self, tag: str) -> None:
        for pos in range(len(self._open) - 1, -1, -1):
            if self.elements[self._open[pos]][0] == tag:
                del self._open[pos:]
                break

    def handle_data(self, data: str) -> None:
        for idx in self._open:
            self.texts[idx].append(data)

    def find(self, tag: str, cls: str | None = None) -> list[tuple[int, dict[str, str]]]:
        return [
            (i, a) for i, (t, a) in enumerate(self.elements)
            if t == tag and (cls is None or cls in a.get("class", "").split())
        ]

    def text(self, idx: int) -> str:
        return "".join(self.texts[idx])


def _write_docs(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(DOC_A, encoding="utf-8")
    b.write_text(DOC_B, encoding="utf-8")
    return a, b


def test_cli_prints_findings_and_writes_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _write_docs(tmp_path)
    out = tmp_path / "f.jsonl"
    assert main(["check", str(a), str(b), "--jsonl", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "direction (error)" in printed and "cross_doc (error)" in printed
    assert f"{a}:4:" in printed  # line:column of the direction finding
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rules = {r["rule"] for r in rows}
    assert {"direction", "cross_doc", "stock_flow"} <= rules
    cross = next(r for r in rows if r["rule"] == "cross_doc")
    assert cross["docs"] == [str(a), str(b)] and cross["claims"][0]["text"] == "9860元"
    for r in rows:
        for c, d in zip(r["claims"], r["docs"], strict=True):
            text = (a if d == str(a) else b).read_text(encoding="utf-8")
            assert text[c["start"] : c["end"]] == c["text"]


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = _write_docs(tmp_path)
    assert main(["check", str(a), "--fail-on-findings", "--quiet"]) == 1
    assert "findings in 1 document" in capsys.readouterr().out
    clean = tmp_path / "clean.txt"
    clean.write_text("全村有耕地1200亩，其中水田500亩。", encoding="utf-8")
    assert main(["check", str(clean), "--fail-on-findings"]) == 0
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("贫困发生率".encode("gb18030"))
    assert main(["check", str(bad)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_render_report_escapes_and_links() -> None:
    text = "<b>&</b>失业率从25%降至30%。"
    start = text.index("从")
    c = Claim(metric="失业率<i>", before=25, after=30, unit="%", direction="down",
              text="从25%降至30%", start=start, end=start + 9)
    page = render_report({"<doc>.txt": text}, {"<doc>.txt": [c]}, check_claims([c], text=text))
    assert "<b>&" not in page and "&lt;b&gt;&amp;&lt;/b&gt;" in page
    assert "<doc>" not in page and "&lt;doc&gt;.txt" in page
    assert "失业率<i>" not in page
    assert 'id="f1"' in page and 'href="#d0-c0"' in page and 'href="#f1"' in page


def test_render_report_without_findings_says_so() -> None:
    page = render_report({"a.txt": "无数字。"}, {"a.txt": []}, [])
    assert "No inconsistencies found." in page


def test_html_report_in_headless_chromium(tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium binary (Debian: apt-get install chromium); .ci/run installs it")
    a, b = _write_docs(tmp_path)
    report = tmp_path / "report.html"
    assert main(["check", str(a), str(b), "--html", str(report), "--quiet"]) == 0
    profile = tmp_path / "profile"
    proc = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = _Dom()
    dom.feed(proc.stdout)
    # The page loaded: the title and the summary are in the DOM.
    assert any(t == "h1" for t, _ in dom.elements), proc.stdout[:500]
    # Nothing from the document became markup.
    assert not dom.find("script")
    assert "<script>alert('x')</script> & 标题" in proc.stdout.replace("&lt;", "<").replace(
        "&gt;", ">").replace("&amp;", "&")
    # Claims are highlighted, with the original text inside each highlight.
    marks = dom.find("mark", "claim")
    mark_ids = {a["id"] for _, a in marks}
    assert len(marks) >= 6
    highlighted = {dom.text(i) for i, _ in marks}
    assert {"9860元", "11860元", "40户", "35户"} <= highlighted
    flagged = dom.find("mark", "flagged")
    assert {dom.text(i) for i, _ in flagged} >= {"9860元", "11860元", "35户"}
    # Every finding is listed and links only to highlights that exist.
    findings = dom.find("li", "finding")
    rules = {a["data-rule"] for _, a in findings}
    assert {"direction", "cross_doc", "stock_flow"} <= rules
    links = dom.find("a", "claim-link")
    assert links and all(a["href"].lstrip("#") in mark_ids for _, a in links)
    finding_ids = {a["id"] for _, a in findings}
    for _, attrs in flagged:
        assert set(attrs["data-findings"].split()) <= finding_ids
