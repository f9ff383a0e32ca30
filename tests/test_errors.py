"""Every error a user can hit is a specific exception whose message says what to do.

- bad input type → ``TypeError`` naming the type received;
- a non-numeral to ``parse_number`` → ``NumberParseError`` (a ``ClaimxError``, a ``ValueError``);
- an unknown input or output format → ``UnknownFormatError`` listing the known ones,
  and exit code 2 with that message from the command line;
- a missing optional extra (pyarrow, dask) → ``MissingExtraError`` naming the
  ``pip install 'claimx[…]'`` to run, and exit code 2 from the command line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import claimx
from claimx import ClaimxError, MissingExtraError, NumberParseError, UnknownFormatError

BAD_INPUTS = [None, b"\xe5\x85\x83", 12, 3.5, ["1元"]]


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=lambda b: type(b).__name__)
@pytest.mark.parametrize("func", ["extract_claims", "find_quantities", "parse_number"])
def test_non_str_input_raises_type_error(func: str, bad: Any) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        getattr(claimx, func)(bad)


def test_bytes_message_says_to_decode() -> None:
    with pytest.raises(TypeError) as info:
        claimx.extract_claims(b"\xe5\x85\x83")  # type: ignore[arg-type]
    assert "str" in str(info.value)


@pytest.mark.parametrize("garbage", ["很多", "abc", "", "1元2元"])
def test_parse_number_garbage(garbage: str) -> None:
    with pytest.raises(NumberParseError) as info:
        claimx.parse_number(garbage)
    assert isinstance(info.value, ClaimxError)
    assert isinstance(info.value, ValueError)


def test_empty_or_number_free_text_is_not_an_error() -> None:
    assert claimx.extract_claims("") == []
    assert claimx.extract_claims("今天天气很好。") == []


def test_unknown_output_format() -> None:
    from claimx.io import output_format_for

    with pytest.raises(UnknownFormatError, match="jsonl, csv, parquet"):
        output_format_for("claims.jsonl", "xml")
    with pytest.raises(UnknownFormatError):
        output_format_for("claims.xlsx", None)


def test_unknown_input_format(tmp_path: Path) -> None:
    from claimx.io import plan_inputs

    doc = tmp_path / "report.docx"
    doc.write_text("全村有耕地3200亩。", encoding="utf-8")
    with pytest.raises(UnknownFormatError, match="--input-format"):
        plan_inputs([str(doc)])


def test_cli_unknown_format_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from claimx.cli import main

    doc = tmp_path / "report.txt"
    doc.write_text("全村有耕地3200亩。", encoding="utf-8")
    assert main(["extract", str(doc), "--format", "xml", "-q"]) == 2
    err = capsys.readouterr().err
    assert "unknown output format 'xml'" in err


def _block(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """Make ``import module`` fail as if the package were not installed."""
    for name in modules:
        monkeypatch.setitem(sys.modules, name, None)


def test_missing_pyarrow_names_the_parquet_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimx.io import ParquetClaimWriter

    _block(monkeypatch, "pyarrow", "pyarrow.parquet")
    with pytest.raises(MissingExtraError, match=r"pip install 'claimx\[parquet\]'") as info:
        ParquetClaimWriter("unused.parquet")
    assert isinstance(info.value, ImportError)
    assert (info.value.package, info.value.extra) == ("pyarrow", "parquet")


def test_cli_missing_pyarrow_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimx.cli import main

    _block(monkeypatch, "pyarrow", "pyarrow.parquet")
    doc = tmp_path / "report.txt"
    doc.write_text("全村有耕地3200亩。", encoding="utf-8")
    out = tmp_path / "claims.parquet"
    assert main(["extract", str(doc), "-o", str(out), "-q", "-j", "1"]) == 2
    assert "claimx[parquet]" in capsys.readouterr().err


def test_missing_dask_names_the_dask_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimx.dask import extract_bag, extract_dataframe

    _block(monkeypatch, "dask", "dask.bag", "dask.dataframe")
    with pytest.raises(MissingExtraError, match=r"pip install 'claimx\[dask\]'"):
        extract_bag(object())
    with pytest.raises(MissingExtraError, match=r"claimx\[dask\]"):
        extract_dataframe(object(), "text")
