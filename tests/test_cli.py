"""The ``claimx`` command line, on real files in a temporary directory.

Most tests use a stand-in extractor defined here (one claim per ASCII digit run), passed
with ``--extractor test_cli:digit_runs``, so the I/O machinery is tested on its own; the
tests marked ``real_extractor`` run the real :func:`claimx.extract_claims`.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from claimx.cli import main
from claimx.io import CLAIM_FIELDS, OUTPUT_COLUMNS
from claimx.models import Claim

TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src"
STANDIN = ["--extractor", "test_cli:digit_runs"]
HAVE_EXTRACTOR = importlib.util.find_spec("claimx.extract") is not None
real_extractor = pytest.mark.xfail(
    not HAVE_EXTRACTOR, reason="claimx.extract (the real extractor) has not landed", strict=True
)


def digit_runs(text: str) -> list[Claim]:
    """Stand-in extractor: one claim per run of ASCII digits, unit 个."""
    return [
        Claim(text=m.group(), start=m.start(), end=m.end(), after=float(m.group()), unit="个")
        for m in re.finditer(r"[0-9]+", text)
    ]


def slow_digit_runs(text: str) -> list[Claim]:
    """Stand-in extractor slow enough to be interrupted mid-run."""
    time.sleep(0.02)
    return digit_runs(text)


def failing_on_seven(text: str) -> list[Claim]:
    """Stand-in extractor that crashes on documents containing '7'."""
    if "7" in text:
        raise RuntimeError("boom")
    return digit_runs(text)


# --------------------------------------------------------------------------- helpers


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``python -m claimx ARGS`` in a subprocess, with this directory importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(SRC), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "claimx", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected_records(docs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """What the stand-in extractor should produce for ``docs``, in order."""
    return [{"doc": doc_id, **c.model_dump()} for doc_id, text in docs for c in digit_runs(text)]


def make_corpus(root: Path) -> list[tuple[str, str]]:
    """A small directory corpus; returns ``(id, text)`` in the order the CLI must use."""
    docs = {
        "b.txt": "全村有236户1136人。",
        "a.txt": "人均收入从3200元增加到9800元。",
        "sub/c.txt": "完成投资12亿元，占比45%。",
        "sub/deeper/d.text": "无数字的句子。",
        "z.txt": "第3季度增长7%",
    }
    for rel, text in docs.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    (root / "notes.md").write_text("ignored 99", encoding="utf-8")
    return sorted(docs.items())


def many_docs_jsonl(path: Path, n: int) -> list[tuple[str, str]]:
    docs = [
        (f"d{i:05d}", f"第{i}篇：收入{i * 7 % 1000}元，增长{i % 13}%。" * (1 + i % 5))
        for i in range(n)
    ]
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, text in docs:
            fh.write(json.dumps({"id": doc_id, "body": text}, ensure_ascii=False) + "\n")
    return docs


# --------------------------------------------------------------------------- inputs


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    docs = make_corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1", *STANDIN]) == 0
    records = read_jsonl(out)
    assert records == expected_records(docs)
    assert [r["doc"] for r in records][:2] == ["a.txt", "a.txt"]
    assert set(records[0]) == {"doc", *CLAIM_FIELDS}


def test_explicit_txt_file_id_is_the_path_as_given(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("共5个", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    res = run_cli("extract", "one.txt", "-o", "o.jsonl", "-q", *STANDIN, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert [(r["doc"], r["after"]) for r in read_jsonl(out)] == [("one.txt", 5.0)]


def test_output_inside_the_input_directory_is_not_read_back(tmp_path: Path) -> None:
    docs = make_corpus(tmp_path / "in")
    out = tmp_path / "in" / "claims.jsonl"
    for _ in range(2):  # the second run finds claims.jsonl in the directory
        assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", *STANDIN]) == 0
    assert read_jsonl(out) == expected_records(docs)


def test_jsonl_with_text_and_id_fields(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(
        '{"id": "n1", "body": "涨了3成"}\n\n{"body": "有12户"}\n{"id": 42, "body": "9人"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    argv = ["extract", str(src), "--text-field", "body", "--id-field", "id", "-o", str(out), "-q"]
    assert main([*argv, *STANDIN]) == 0
    ids = [r["doc"] for r in read_jsonl(out)]
    assert ids == ["n1", f"{src}:3", "42"]


def test_jsonl_without_id_field_uses_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text('{"text": "1"}\n{"text": "2"}\n', encoding="utf-8")
    res = run_cli("extract", "docs.jsonl", "-q", *STANDIN, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert [json.loads(x)["doc"] for x in res.stdout.decode().splitlines()] == [
        "docs.jsonl:1",
        "docs.jsonl:2",
    ]


def test_gzipped_txt_and_jsonl(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    with gzip.open(d / "a.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("收入100元")
    with gzip.open(d / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"text": "增长8%"}\n{"text": "共2户"}\n')
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(d), "-o", str(out), "-q", *STANDIN]) == 0
    assert [(r["doc"], r["after"]) for r in read_jsonl(out)] == [
        ("a.txt.gz", 100.0),
        ("b.jsonl.gz:1", 8.0),
        ("b.jsonl.gz:2", 2.0),
    ]


def test_stdin_text_and_stdout(tmp_path: Path) -> None:
    res = run_cli("extract", "-", "-q", *STANDIN, stdin="有3户，共12人".encode())
    assert res.returncode == 0, res.stderr
    records = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert [(r["doc"], r["after"]) for r in records] == [("<stdin>", 3.0), ("<stdin>", 12.0)]
    assert res.stderr == b""


def test_stdin_jsonl_is_detected(tmp_path: Path) -> None:
    res = run_cli("extract", "-", "-q", *STANDIN, stdin=b'{"text": "5"}\n{"text": "6"}\n')
    assert res.returncode == 0, res.stderr
    docs = [json.loads(x)["doc"] for x in res.stdout.decode().splitlines()]
    assert docs == ["<stdin>:1", "<stdin>:2"]


def test_stdin_gzip_is_detected() -> None:
    res = run_cli("extract", "-", "-q", *STANDIN, stdin=gzip.compress('{"text": "5个"}\n'.encode()))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["after"] == 5.0


def test_utf8_bom_is_dropped_so_offsets_match(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeff共5个".encode())
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(tmp_path / "bom.txt"), "-o", str(out), "-q", *STANDIN]) == 0
    assert read_jsonl(out)[0]["start"] == 1


def test_other_encoding(tmp_path: Path) -> None:
    (tmp_path / "gbk.txt").write_bytes("收入35元".encode("gb18030"))
    out = tmp_path / "o.jsonl"
    argv = ["extract", str(tmp_path / "gbk.txt"), "-o", str(out), "-q", *STANDIN]
    assert main(argv) == 1  # not UTF-8: an error record that suggests --encoding
    assert main([*argv, "--encoding", "gb18030"]) == 0
    assert read_jsonl(out)[0]["after"] == 35.0


# --------------------------------------------------------------------------- bad input


def _bad_corpus(root: Path) -> None:
    root.mkdir()
    (root / "a_good.txt").write_text("共4个", encoding="utf-8")
    (root / "b_corrupt.txt.gz").write_bytes(gzip.compress("共5个".encode())[:12])
    (root / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "d_empty.txt").write_bytes(b"")
    (root / "e_latin1.txt").write_bytes("caf\xe9 3".encode("latin-1"))
    (root / "f_lines.jsonl").write_text(
        '{"text": "6个"}\n{"text": 7\n{"title": "no text"}\n[1, 2]\n{"text": null}\n{"text": "8个"}\n',
        encoding="utf-8",
    )
    (root / "g_empty.jsonl").write_bytes(b"")
    (root / "h_good.txt").write_text("共9个", encoding="utf-8")


def test_bad_inputs_become_error_records_and_the_run_goes_on(tmp_path: Path) -> None:
    _bad_corpus(tmp_path / "in")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    argv = ["extract", str(tmp_path / "in"), "-o", str(out), "--errors", str(errors), "-q"]
    assert main([*argv, *STANDIN]) == 1
    assert [(r["doc"], r["after"]) for r in read_jsonl(out)] == [
        ("a_good.txt", 4.0),
        ("f_lines.jsonl:1", 6.0),
        ("f_lines.jsonl:6", 8.0),
        ("h_good.txt", 9.0),
    ]
    errs = {e["doc"]: e["reason"] for e in read_jsonl(errors)}
    assert list(errs) == [
        "b_corrupt.txt.gz",
        "c_binary.txt",
        "e_latin1.txt",
        "f_lines.jsonl:2",
        "f_lines.jsonl:3",
        "f_lines.jsonl:4",
        "f_lines.jsonl:5",
    ]
    assert "gzip" in errs["b_corrupt.txt.gz"]
    assert "binary" in errs["c_binary.txt"]
    assert "utf-8" in errs["e_latin1.txt"] and "--encoding" in errs["e_latin1.txt"]
    assert "invalid JSON" in errs["f_lines.jsonl:2"]
    assert "missing text field 'text'" in errs["f_lines.jsonl:3"]
    assert "not an object" in errs["f_lines.jsonl:4"]
    assert "not a string" in errs["f_lines.jsonl:5"]
    assert all(e["source"] for e in read_jsonl(errors))


def test_errors_are_summarised_on_stderr_by_default(tmp_path: Path) -> None:
    _bad_corpus(tmp_path / "in")
    res = run_cli("extract", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-q", *STANDIN)
    assert res.returncode == 1
    err = res.stderr.decode()
    assert "7 documents had errors" in err
    assert "f_lines.jsonl:2: invalid JSON" in err


def test_corrupt_gzip_jsonl_keeps_lines_before_the_damage(tmp_path: Path) -> None:
    payload = "".join(json.dumps({"text": f"第{i}行"}) + "\n" for i in range(5000)).encode()
    data = gzip.compress(payload)
    (tmp_path / "x.jsonl.gz").write_bytes(data[: len(data) // 2])
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    argv = ["extract", str(tmp_path / "x.jsonl.gz"), "-o", str(out), "--errors", str(errors)]
    assert main([*argv, "-q", *STANDIN]) == 1
    kept = read_jsonl(out)
    assert 0 < len(kept) < 5000
    assert [r["after"] for r in kept] == list(range(len(kept)))
    (err,) = read_jsonl(errors)
    assert err["doc"].endswith("x.jsonl.gz") and "gzip" in err["reason"]


def test_extractor_failure_is_an_error_record(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_text('{"text": "1"}\n{"text": "7"}\n{"text": "2"}\n', encoding="utf-8")
    out, errors = tmp_path / "o.jsonl", tmp_path / "e.jsonl"
    argv = ["extract", str(src), "-o", str(out), "--errors", str(errors), "-q"]
    assert main([*argv, "--extractor", "test_cli:failing_on_seven"]) == 1
    assert [r["after"] for r in read_jsonl(out)] == [1.0, 2.0]
    (err,) = read_jsonl(errors)
    assert err["doc"] == f"{src}:2" and "RuntimeError: boom" in err["reason"]


def test_empty_input_gives_empty_output(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    for name, expected in (("o.jsonl", ""), ("o.csv", ",".join(OUTPUT_COLUMNS) + "\n")):
        out = tmp_path / name
        assert main(["extract", str(tmp_path / "e.txt"), "-o", str(out), "-q", *STANDIN]) == 0
        assert out.read_text(encoding="utf-8") == expected


# --------------------------------------------------------------------------- outputs


def _typed(value: str, field: str) -> Any:
    """CSV cell back to the Claim field's type (an empty cell is None)."""
    if value == "":
        return None
    if field in ("start", "end"):
        return int(value)
    if field in ("before", "after", "change", "upper"):
        return float(value)
    return value


def test_csv_round_trip(tmp_path: Path) -> None:
    docs = make_corpus(tmp_path / "in")
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", *STANDIN]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(OUTPUT_COLUMNS)
    assert [{k: _typed(v, k) for k, v in r.items()} for r in rows] == expected_records(docs)


def test_parquet_round_trip(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    docs = make_corpus(tmp_path / "in")
    out = tmp_path / "out.parquet"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", *STANDIN]) == 0
    table = pq.read_table(out)
    assert table.column_names == list(OUTPUT_COLUMNS)
    assert str(table.schema.field("after").type) == "double"
    assert str(table.schema.field("start").type) == "int64"
    assert table.to_pylist() == expected_records(docs)


def test_format_option_overrides_extension_and_stdout(tmp_path: Path) -> None:
    docs = make_corpus(tmp_path / "in")
    res = run_cli("extract", str(tmp_path / "in"), "--format", "csv", "-q", *STANDIN)
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(res.stdout.decode().splitlines()))
    assert len(rows) == len(expected_records(docs))
    out = tmp_path / "claims.data"
    assert (
        main(["extract", str(tmp_path / "in"), "-o", str(out), "--format", "jsonl", "-q", *STANDIN])
        == 0
    )
    assert read_jsonl(out) == expected_records(docs)


def test_parquet_to_stdout(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    docs = make_corpus(tmp_path / "in")
    res = run_cli("extract", str(tmp_path / "in"), "--format", "parquet", "-q", *STANDIN)
    assert res.returncode == 0, res.stderr
    table = pq.read_table(pa.BufferReader(res.stdout))
    assert table.to_pylist() == expected_records(docs)


def test_text_option_pretty_prints() -> None:
    res = run_cli("extract", "--text", "有236户1136人", *STANDIN)
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode()
    assert out.splitlines()[0] == "2 claims"
    assert "[1] 236  (1–4)" in out and "after=236" in out and "unit=个" in out


def test_text_option_with_format_writes_records(tmp_path: Path) -> None:
    res = run_cli("extract", "--text", "共5个", "--format", "jsonl", "-q", *STANDIN)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["doc"] == "<text>"


# --------------------------------------------------------------------------- jobs


def test_jobs_1_and_2_give_identical_output(tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    docs = many_docs_jsonl(src, 3000)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        res = run_cli(
            "extract",
            str(src),
            "--text-field",
            "body",
            "--id-field",
            "id",
            "-o",
            str(out),
            "-j",
            jobs,
            "-q",
            *STANDIN,
        )
        assert res.returncode == 0, res.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert read_jsonl(tmp_path / "out2.jsonl") == expected_records(docs)


def test_jobs_2_in_process_matches(tmp_path: Path) -> None:
    docs = make_corpus(tmp_path / "in")
    out = tmp_path / "o.csv"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-j", "2", "-q", *STANDIN]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == len(expected_records(docs))


# --------------------------------------------------------------------------- resume


def _full_run(tmp_path: Path, fmt: str) -> tuple[Path, list[str]]:
    """An uninterrupted run over 400 documents; returns its output and the argv used."""
    src = tmp_path / "many.jsonl"
    many_docs_jsonl(src, 400)
    base = ["extract", str(src), "--text-field", "body", "--id-field", "id", "-q", *STANDIN]
    full = tmp_path / f"full.{fmt}"
    assert main([*base, "-o", str(full)]) == 0
    return full, base


def _cut_after_docs(path: Path, n_docs: int, extra: bytes = b"") -> None:
    """Keep the header (CSV) and the rows of the first ``n_docs`` documents, plus ``extra``."""
    lines = path.read_bytes().splitlines(keepends=True)
    header = lines[:1] if path.suffix == ".csv" else []
    body = lines[len(header) :]
    seen: list[bytes] = []
    kept = []
    for line in body:
        doc = line.split(b",")[0] if path.suffix == ".csv" else json.loads(line)["doc"].encode()
        if doc not in seen:
            seen.append(doc)
        if len(seen) > n_docs:
            break
        kept.append(line)
    path.write_bytes(b"".join(header + kept) + extra)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize("extra", [b"", b'{"doc": "d00', b"d0"])
def test_resume_after_truncation_gives_the_uninterrupted_output(
    tmp_path: Path, fmt: str, extra: bytes
) -> None:
    full, base = _full_run(tmp_path, fmt)
    part = tmp_path / f"part.{fmt}"
    part.write_bytes(full.read_bytes())
    _cut_after_docs(part, 57, extra)
    assert main([*base, "-o", str(part), "--resume"]) == 0
    assert part.read_bytes() == full.read_bytes()


def test_resume_on_a_complete_output_changes_nothing(tmp_path: Path) -> None:
    full, base = _full_run(tmp_path, "jsonl")
    before = full.read_bytes()
    res_code = main([*base, "-o", str(full), "--resume"])
    assert res_code == 0
    assert full.read_bytes() == before


def test_resume_with_missing_output_starts_fresh(tmp_path: Path) -> None:
    full, base = _full_run(tmp_path, "csv")
    fresh = tmp_path / "fresh.csv"
    assert main([*base, "-o", str(fresh), "--resume"]) == 0
    assert fresh.read_bytes() == full.read_bytes()


def test_resume_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    full, base = _full_run(tmp_path, "parquet")
    table = pq.read_table(full)
    docs = table.column("doc").to_pylist()
    first_docs = sorted(set(docs))[:50]
    part = tmp_path / "part.parquet"
    pq.write_table(table.filter(pa.compute.is_in(table["doc"], pa.array(first_docs))), part)
    assert main([*base, "-o", str(part), "--resume"]) == 0
    assert pq.read_table(part).to_pylist() == table.to_pylist()


def test_resume_refuses_a_broken_parquet_file(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    full, base = _full_run(tmp_path, "parquet")
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(full.read_bytes()[:-100])
    res = run_cli(*base, "-o", str(broken), "--resume")
    assert res.returncode == 2
    assert b"not a readable Parquet file" in res.stderr


def test_resume_refuses_a_foreign_csv(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("1", encoding="utf-8")
    out = tmp_path / "o.csv"
    out.write_text("x,y\n1,2\n", encoding="utf-8")
    res = run_cli("extract", str(tmp_path / "a.txt"), "-o", str(out), "--resume", *STANDIN)
    assert res.returncode == 2 and b"cannot resume" in res.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_valid_output_and_resume_completes_it(tmp_path: Path, jobs: str) -> None:
    src = tmp_path / "many.jsonl"
    many_docs_jsonl(src, 1500)  # 30 s of slow extraction: the interrupt always lands mid-run
    base = ["extract", str(src), "--text-field", "body", "--id-field", "id", "-q", "-j", jobs]
    full = tmp_path / "full.jsonl"
    assert run_cli(*base, "-o", str(full), *STANDIN).returncode == 0

    part = tmp_path / "part.jsonl"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(SRC), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "claimx",
            *base,
            "-o",
            str(part),
            "--extractor",
            "test_cli:slow_digit_runs",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while (not part.exists() or part.stat().st_size < 2000) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"--resume" in err
    partial = part.read_bytes()
    assert partial.endswith(b"\n") and len(partial) < len(full.read_bytes())
    assert full.read_bytes().startswith(partial)  # valid up to the last finished document

    res = run_cli(*base, "-o", str(part), "--resume", *STANDIN)
    assert res.returncode == 0, res.stderr
    assert part.read_bytes() == full.read_bytes()


# --------------------------------------------------------------------------- usage errors


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    res = run_cli("extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.jsonl"), *STANDIN)
    assert res.returncode == 2
    assert b"input not found" in res.stderr and b"nope.txt" in res.stderr
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "out.xml"], "cannot tell the output format"),
        (["--format", "xml"], "unknown output format 'xml'"),
        (["-o", "out"], "cannot tell the output format"),
    ],
)
def test_unknown_output_format_is_a_usage_error(
    tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "a.txt").write_text("1", encoding="utf-8")
    res = run_cli("extract", "a.txt", *args, *STANDIN, cwd=tmp_path)
    assert res.returncode == 2
    assert message in res.stderr.decode()


def test_unknown_input_extension_is_a_usage_error_unless_told(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("共3个", encoding="utf-8")
    res = run_cli("extract", "a.md", *STANDIN, cwd=tmp_path)
    assert res.returncode == 2 and b"--input-format" in res.stderr
    res = run_cli("extract", "a.md", "--input-format", "txt", "-q", *STANDIN, cwd=tmp_path)
    assert res.returncode == 0 and json.loads(res.stdout)["after"] == 3.0


@pytest.mark.parametrize("where", ["missing_dir", "is_dir"])
def test_unwritable_output_is_a_usage_error(tmp_path: Path, where: str) -> None:
    (tmp_path / "a.txt").write_text("1", encoding="utf-8")
    out = tmp_path / "no" / "such" / "o.jsonl" if where == "missing_dir" else tmp_path / "d.jsonl"
    if where == "is_dir":
        out.mkdir()
    res = run_cli("extract", str(tmp_path / "a.txt"), "-o", str(out), *STANDIN)
    assert res.returncode == 2
    assert b"cannot write output" in res.stderr


def test_unwritable_errors_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("1", encoding="utf-8")
    argv = ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl")]
    assert main([*argv, "--errors", str(tmp_path / "x" / "e.jsonl"), *STANDIN]) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract"], "no input"),
        (["extract", "x.txt", "--text", "1"], "not both"),
        (["extract", "-", "--resume"], "--resume needs an output file"),
        (["extract", "-", "--jobs", "0"], "--jobs must be at least 1"),
        (["extract", "-", "--extractor", "nomodule_xyz:f"], "cannot load --extractor"),
    ],
)
def test_other_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    capsys.readouterr()
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("claimx ")
    assert any(build in out for build in ("(pure Python)", "(compiled with mypyc)", "(partly compiled"))


def test_check_without_its_module_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "claimx._cli_check", None)
    assert main(["check"]) == 2
    assert "'check' command is not available" in capsys.readouterr().err


def test_progress_is_quiet_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in")
    res = run_cli("extract", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), *STANDIN)
    assert res.returncode == 0
    err = res.stderr.decode()
    assert "\r" not in err and "B/s" not in err
    assert err.startswith("claimx: 5 documents")


# --------------------------------------------------------------------------- real extractor


@real_extractor
def test_real_extractor_matches_extract_claims(tmp_path: Path) -> None:
    from claimx import extract_claims

    texts = {
        "a.txt": "2021年，青石镇人均纯收入由3200元增加到9800元，增收6600元。",
        "b.txt": "全村有236户1136人，贫困发生率为35.21%。",
        "c.txt": "总投资1.2亿元，其中贷款两千三百万元。",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    for jobs in ("1", "2"):
        res = run_cli("extract", str(tmp_path), "-o", str(out), "-q", "-j", jobs)
        assert res.returncode == 0, res.stderr
        expected = [
            {"doc": name, **c.model_dump()}
            for name, text in sorted(texts.items())
            for c in extract_claims(text)
        ]
        assert read_jsonl(out) == expected
        assert expected


@real_extractor
def test_real_extractor_text_option() -> None:
    res = run_cli("extract", "--text", "贫困发生率从25.59%降至0.85%")
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode()
    assert "before=25.59" in out and "after=0.85" in out
