"""Corpus input and output: readers for ``.txt``/``.jsonl`` (optionally gzipped, or stdin)
and writers for JSONL, CSV and Parquet claim tables.

Readers stream: ``.jsonl`` files are read line by line and a ``.txt`` file is one document,
so memory holds one document (or one line) at a time. Nothing a reader meets stops it: an
undecodable file, a corrupt gzip stream, a bad JSON line or a missing text field becomes an
:class:`InputError` record in the stream, in input order, carrying the document id.

Writers write one document's claims at a time and flush, so an interrupted run leaves a
valid file up to the last finished document (Parquet: up to the last closed row group; the
writer is closed on Ctrl-C, see :class:`ParquetClaimWriter`).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, cast, get_args

from claimx.errors import MissingExtraError, UnknownFormatError
from claimx.models import Claim

if TYPE_CHECKING:
    import pyarrow

__all__ = [
    "CLAIM_FIELDS",
    "OUTPUT_COLUMNS",
    "ClaimWriter",
    "Document",
    "InputError",
    "InputSpec",
    "OutputFormat",
    "ResumeState",
    "claim_row",
    "iter_documents",
    "open_writer",
    "output_format_for",
    "plan_inputs",
    "read_resume_state",
]

#: The Claim fields, in model order; every output record carries all of them.
CLAIM_FIELDS: tuple[str, ...] = tuple(Claim.model_fields)
#: Output columns: the document id, then every Claim field.
OUTPUT_COLUMNS: tuple[str, ...] = ("doc", *CLAIM_FIELDS)

InputKind = Literal["txt", "jsonl"]
OutputFormat = Literal["jsonl", "csv", "parquet"]

_TXT_SUFFIXES = {".txt", ".text"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_OUTPUT_SUFFIXES: dict[str, OutputFormat] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class Document:
    """One document to extract from: its id, its text, and its size in input bytes."""

    id: str
    text: str
    nbytes: int


@dataclass(frozen=True, slots=True)
class InputError:
    """A document (or file) that could not be read, kept as an error record.

    >>> InputError("a.jsonl:3", "a.jsonl", "invalid JSON: Expecting value").as_dict()["doc"]
    'a.jsonl:3'
    """

    id: str
    source: str
    reason: str
    nbytes: int = 0

    def as_dict(self) -> dict[str, str]:
        """The error record as written to ``--errors``: ``doc``, ``source``, ``reason``."""
        return {"doc": self.id, "source": self.source, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class InputSpec:
    """One input to read: a path (or ``-`` for stdin), its kind, and the id it goes by.

    ``id`` is what document ids are built from: for a ``.txt`` file it *is* the document id
    (the path relative to the directory given on the command line, or the path as given);
    for a ``.jsonl`` file, line ``n`` without an id field becomes ``f"{id}:{n}"``.
    """

    path: str
    kind: InputKind | None
    gz: bool
    id: str
    size: int | None


def _kind_of(name: str) -> tuple[InputKind | None, bool]:
    """Input kind and gzip flag from a file name: ``a.jsonl.gz`` → ``("jsonl", True)``."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    suffix = os.path.splitext(lower)[1]
    if suffix in _TXT_SUFFIXES:
        return "txt", gz
    if suffix in _JSONL_SUFFIXES:
        return "jsonl", gz
    return None, gz


def plan_inputs(
    paths: Sequence[str], input_format: InputKind | None = None
) -> tuple[list[InputSpec], list[str]]:
    """Expand the command-line inputs into the files to read, in order.

    Directories are walked recursively in sorted order and contribute their ``.txt``,
    ``.text``, ``.jsonl`` and ``.ndjson`` files (gzipped or not); a file named explicitly must
    have one of those extensions unless ``input_format`` says how to read it. Returns the
    specs and the directory entries skipped for their extension.

    Raises :class:`FileNotFoundError` for a path that does not exist and
    :class:`~claimx.errors.UnknownFormatError` for an explicit file of unknown kind.
    """
    specs: list[InputSpec] = []
    skipped: list[str] = []
    for raw in paths:
        if raw == "-":
            specs.append(InputSpec("-", input_format, False, "<stdin>", None))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                (p.relative_to(path).as_posix(), p) for p in path.rglob("*") if p.is_file()
            )
            for rel, p in found:
                kind, gz = _kind_of(p.name)
                if kind is None and input_format is None:
                    skipped.append(str(p))
                    continue
                specs.append(InputSpec(str(p), input_format or kind, gz, rel, _size(p, gz)))
        elif path.exists():
            kind, gz = _kind_of(path.name)
            if input_format is not None:
                kind = input_format
            if kind is None:
                raise UnknownFormatError(
                    f"cannot tell how to read {raw!r} from its extension; name it .txt or "
                    f".jsonl (optionally .gz), or pass --input-format txt|jsonl"
                )
            specs.append(InputSpec(raw, kind, gz, raw, _size(path, gz)))
        else:
            raise FileNotFoundError(f"input not found: {raw!r} (no such file or directory)")
    return specs, skipped


def _size(path: Path, gz: bool) -> int | None:
    """Uncompressed size if cheaply known (plain files), for the progress bar's ETA."""
    if gz:
        return None
    try:
        return path.stat().st_size
    except OSError:
        return None


def iter_documents(
    specs: Iterable[InputSpec],
    *,
    text_field: str = "text",
    id_field: str | None = None,
    encoding: str = "utf-8",
    stdin: IO[bytes] | None = None,
) -> Iterator[Document | InputError]:
    """Stream documents and error records from ``specs``, in order.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("收入3万元")
    >>> specs, _ = plan_inputs([str(d)])
    >>> [(doc.id, doc.text) for doc in iter_documents(specs)]
    [('a.txt', '收入3万元')]
    """
    for spec in specs:
        if spec.path == "-":
            yield from _read_stdin(spec, stdin, text_field, id_field, encoding)
        elif spec.kind == "jsonl":
            try:
                raw = _open_binary(spec.path, spec.gz)
            except OSError as exc:
                yield InputError(spec.id, spec.path, f"cannot open: {exc.strerror or exc}")
                continue
            with raw:
                yield from _read_jsonl(raw, spec, text_field, id_field, encoding)
        else:
            yield _read_txt_file(spec, encoding)


def _open_binary(path: str, gz: bool) -> IO[bytes]:
    if gz:
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def _read_txt_file(spec: InputSpec, encoding: str) -> Document | InputError:
    try:
        with _open_binary(spec.path, spec.gz) as fh:
            data = fh.read()
    except _GZIP_ERRORS as exc:
        return InputError(spec.id, spec.path, f"corrupt gzip file: {exc}")
    except OSError as exc:
        return InputError(spec.id, spec.path, f"cannot read: {exc.strerror or exc}")
    return _decode_document(spec.id, spec.path, data, encoding)


def _decode_document(doc_id: str, source: str, data: bytes, encoding: str) -> Document | InputError:
    if b"\x00" in data and not encoding.lower().startswith("utf-16"):
        return InputError(doc_id, source, "binary file (contains NUL bytes), not text", len(data))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        return InputError(
            doc_id,
            source,
            f"not valid {encoding} text ({exc.reason} at byte {exc.start}); "
            f"if the corpus uses another encoding, pass e.g. --encoding gb18030",
            len(data),
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    return Document(doc_id, text, len(data))


def _read_jsonl(
    fh: IO[bytes], spec: InputSpec, text_field: str, id_field: str | None, encoding: str
) -> Iterator[Document | InputError]:
    lineno = 0
    try:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            yield _parse_jsonl_line(line, lineno, spec, text_field, id_field, encoding)
    except _GZIP_ERRORS as exc:
        yield InputError(spec.id, spec.path, f"corrupt gzip stream after line {lineno}: {exc}")
    except OSError as exc:
        yield InputError(spec.id, spec.path, f"read failed after line {lineno}: {exc}")


def _parse_jsonl_line(
    line: bytes,
    lineno: int,
    spec: InputSpec,
    text_field: str,
    id_field: str | None,
    encoding: str,
) -> Document | InputError:
    line_id = f"{spec.id}:{lineno}"
    size = len(line)
    try:
        obj = json.loads(line.decode(encoding))
    except UnicodeDecodeError as exc:
        return InputError(line_id, spec.path, f"line is not valid {encoding}: {exc.reason}", size)
    except json.JSONDecodeError as exc:
        return InputError(line_id, spec.path, f"invalid JSON: {exc.msg} (column {exc.colno})", size)
    if not isinstance(obj, dict):
        return InputError(
            line_id, spec.path, f"JSON line is a {type(obj).__name__}, not an object", size
        )
    doc_id = line_id
    if id_field is not None and obj.get(id_field) is not None:
        doc_id = str(obj[id_field])
    if text_field not in obj:
        return InputError(doc_id, spec.path, f"missing text field {text_field!r}", size)
    text = obj[text_field]
    if not isinstance(text, str):
        return InputError(
            doc_id,
            spec.path,
            f"text field {text_field!r} is {type(text).__name__}, not a string",
            size,
        )
    return Document(doc_id, text, size)


def _read_stdin(
    spec: InputSpec,
    stdin: IO[bytes] | None,
    text_field: str,
    id_field: str | None,
    encoding: str,
) -> Iterator[Document | InputError]:
    """Stdin: gzip is recognised by its magic bytes; with no ``--input-format``, stdin is
    JSONL when its first non-blank byte is ``{``, else one text document ``<stdin>``."""
    raw: IO[bytes] = stdin if stdin is not None else sys.stdin.buffer
    buffered: Any = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(cast(Any, raw))
    if buffered.peek(2)[:2] == b"\x1f\x8b":
        buffered = io.BufferedReader(cast(Any, gzip.GzipFile(fileobj=buffered, mode="rb")))
    kind = spec.kind
    if kind is None:
        try:
            head = buffered.peek(4096).lstrip()
        except _GZIP_ERRORS as exc:
            yield InputError(spec.id, "-", f"corrupt gzip stream: {exc}")
            return
        kind = "jsonl" if head.startswith(b"{") else "txt"
    if kind == "jsonl":
        yield from _read_jsonl(buffered, spec, text_field, id_field, encoding)
        return
    try:
        data = buffered.read()
    except _GZIP_ERRORS as exc:
        yield InputError(spec.id, "-", f"corrupt gzip stream: {exc}")
        return
    yield _decode_document(spec.id, "-", data, encoding)


# --------------------------------------------------------------------------- records


def claim_row(claim: Claim) -> tuple[Any, ...]:
    """The Claim's field values in :data:`CLAIM_FIELDS` order (cheaper than ``model_dump``)."""
    if type(claim) is Claim:  # pydantic keeps exactly the fields, in order, in __dict__
        return tuple(claim.__dict__.values())
    return tuple(getattr(claim, name) for name in CLAIM_FIELDS)


_JSON = json.JSONEncoder(ensure_ascii=False)
_encode_str: Callable[[str], str] = getattr(json.encoder, "c_encode_basestring", None) \
    or json.encoder.py_encode_basestring
#: ``'{"doc": ', ', "metric": ', …``: the text before each value of a JSONL line.
_KEYS = tuple(("{" if k == 0 else ", ") + _encode_str(c) + ": " for k, c in enumerate(OUTPUT_COLUMNS))


def _json_line(values: tuple[Any, ...]) -> str:
    """``json.dumps(dict(zip(OUTPUT_COLUMNS, values)), ensure_ascii=False)``, written out
    directly for the value types a Claim holds (about 3x cheaper than the encoder, same
    text); anything else goes through the encoder."""
    parts = []
    for key, v in zip(_KEYS, values, strict=True):
        t = type(v)
        if v is None:
            parts.append(key + "null")
        elif t is str:
            parts.append(key + _encode_str(v))
        elif t is float and v - v == 0:  # finite: json writes float.__repr__
            parts.append(key + float.__repr__(v))
        elif t is int:
            parts.append(key + int.__repr__(v))
        else:
            return _JSON.encode(dict(zip(OUTPUT_COLUMNS, values, strict=True)))
    parts.append("}")
    return "".join(parts)


def jsonl_payload(doc_id: str, claims: Sequence[Claim]) -> str:
    """One JSON line per claim, ``{"doc": id, <every Claim field>}``.

    >>> from claimx.models import Claim
    >>> jsonl_payload("a", [Claim(after=3.0, unit="户", text="3户", start=0, end=2)])[:44]
    '{"doc": "a", "metric": null, "before": null,'
    """
    return "".join(_json_line((doc_id, *claim_row(c))) + "\n" for c in claims)


def csv_payload(doc_id: str, claims: Sequence[Claim]) -> str:
    """CSV rows (no header) for one document; ``None`` becomes an empty cell."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for c in claims:
        writer.writerow((doc_id, *("" if v is None else v for v in claim_row(c))))
    return buf.getvalue()


def rows_payload(doc_id: str, claims: Sequence[Claim]) -> list[tuple[Any, ...]]:
    """Plain tuples (``doc`` first) for the Parquet writer."""
    return [(doc_id, *claim_row(c)) for c in claims]


# --------------------------------------------------------------------------- outputs


def output_format_for(path: str, explicit: str | None) -> OutputFormat:
    """The output format: ``explicit`` if given, else from ``path``'s extension (``-``: jsonl).

    >>> output_format_for("claims.parquet", None), output_format_for("-", "csv")
    ('parquet', 'csv')
    """
    if explicit is not None:
        if explicit not in get_args(OutputFormat):
            raise UnknownFormatError(
                f"unknown output format {explicit!r}; use one of: jsonl, csv, parquet"
            )
        return explicit  # type: ignore[return-value]
    if path == "-":
        return "jsonl"
    suffix = os.path.splitext(path.lower())[1]
    fmt = _OUTPUT_SUFFIXES.get(suffix)
    if fmt is None:
        raise UnknownFormatError(
            f"cannot tell the output format of {path!r} from its extension "
            f"{suffix or '(none)'!r}; use .jsonl, .csv or .parquet, or pass --format"
        )
    return fmt


class ClaimWriter(Protocol):
    """Writes the claims of one document at a time, in the payload its format needs."""

    def write(self, payload: Any) -> None:
        """Write one document's payload (from the format's ``*_payload`` function)."""

    def close(self) -> None:
        """Flush and close; the file is valid afterwards."""


class _TextWriter:
    """JSONL/CSV: the payload is text; written and flushed per document."""

    def __init__(self, fh: IO[str], owned: bool) -> None:
        self._fh = fh
        self._owned = owned

    def write(self, payload: Any) -> None:
        if payload:
            self._fh.write(payload)
            self._fh.flush()

    def close(self) -> None:
        self._fh.flush()
        if self._owned:
            self._fh.close()


def _arrow_schema() -> pyarrow.Schema:
    pa = _pyarrow()
    types: list[tuple[str, Any]] = [("doc", pa.string())]
    for name, field in Claim.model_fields.items():
        args = set(get_args(field.annotation)) | {field.annotation}
        if float in args:
            types.append((name, pa.float64()))
        elif int in args:
            types.append((name, pa.int64()))
        else:
            types.append((name, pa.string()))
    return pa.schema(types)


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise MissingExtraError("pyarrow", "parquet") from exc
    return pyarrow


class ParquetClaimWriter:
    """Parquet output: rows are buffered and written as row groups of ``row_group_size``.

    A Parquet file is only valid once closed (its footer is written last), so the CLI
    closes the writer on Ctrl-C: the file then holds every finished document. A run killed
    hard (SIGKILL, power loss) leaves an unreadable file; ``--resume`` refuses it.

    With ``resume_from``, the existing file's row groups are copied first into a fresh
    file, which replaces the old one on close (Parquet files cannot be appended to).
    """

    def __init__(
        self,
        path: str,
        sink: IO[bytes] | None = None,
        row_group_size: int = 65536,
        resume_from: str | None = None,
    ) -> None:
        pa = _pyarrow()
        import pyarrow.parquet as pq

        self._pa = pa
        self.schema = _arrow_schema()
        self._rows: list[tuple[Any, ...]] = []
        self._row_group_size = row_group_size
        self._final_path: str | None = None
        target: Any = sink if sink is not None else path
        if resume_from is not None:
            self._final_path = path
            target = f"{path}.claimx-resume"
        self._writer = pq.ParquetWriter(target, self.schema, compression="zstd")
        self._tmp = target if resume_from is not None else None
        if resume_from is not None:
            source = pq.ParquetFile(resume_from)
            for i in range(source.num_row_groups):
                self._writer.write_table(source.read_row_group(i).cast(self.schema))

    def write(self, payload: Any) -> None:
        self._rows.extend(payload)
        if len(self._rows) >= self._row_group_size:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        columns = list(zip(*self._rows, strict=True))
        table = self._pa.Table.from_arrays(
            [self._pa.array(col, type=f.type) for col, f in zip(columns, self.schema, strict=True)],
            schema=self.schema,
        )
        self._writer.write_table(table)
        self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        if self._tmp is not None and self._final_path is not None:
            os.replace(self._tmp, self._final_path)


def open_writer(
    path: str, fmt: OutputFormat, *, append: bool = False, resume_parquet: bool = False
) -> tuple[ClaimWriter, Any]:
    """Open the output and return ``(writer, payload_function)``.

    ``payload_function(doc_id, claims)`` turns one document's claims into what the writer
    takes; it is a module-level function so worker processes can run it. With ``append``
    (resume), JSONL/CSV are opened for appending (a CSV header is written only to an empty
    file). Raises :class:`OSError` when the output cannot be written.
    """
    if fmt == "parquet":
        if path == "-":
            return ParquetClaimWriter(path, sink=sys.stdout.buffer), rows_payload
        return ParquetClaimWriter(path, resume_from=path if resume_parquet else None), rows_payload
    if path == "-":
        fh: IO[str] = sys.stdout
        owned = False
    else:
        fh = open(path, "a" if append else "w", encoding="utf-8", newline="")  # noqa: SIM115
        owned = True
    if fmt == "csv":
        if not append or fh.tell() == 0:
            csv.writer(fh, lineterminator="\n").writerow(OUTPUT_COLUMNS)
            fh.flush()
        return _TextWriter(fh, owned), csv_payload
    return _TextWriter(fh, owned), jsonl_payload


# --------------------------------------------------------------------------- resume


@dataclass(frozen=True, slots=True)
class ResumeState:
    """What ``--resume`` learned from an existing output.

    ``done`` are the ids of documents fully present; ``truncate_at`` is the byte offset the
    file must be cut to before appending (it drops the last document, which may have been
    cut short, and any partial line), or ``None`` for nothing to cut.
    """

    done: frozenset[str]
    truncate_at: int | None


def read_resume_state(path: str, fmt: OutputFormat) -> ResumeState:
    """Read the document ids already in ``path`` (a missing or empty file: none).

    The last document in a JSONL/CSV file is redone (its rows may be incomplete), so the
    output after resuming is the same as an uninterrupted run's. Raises
    :class:`~claimx.errors.UnknownFormatError` if the file is not a readable claims table
    of that format.
    """
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return ResumeState(frozenset(), None)
    if fmt == "parquet":
        return _parquet_resume_state(path)
    done: set[str] = set()
    last_id: str | None = None
    last_start = 0
    offset = 0
    with open(path, "rb") as fh:
        if fmt == "csv":
            rows = _csv_rows_with_offsets(fh, path)
        else:
            rows = _jsonl_rows_with_offsets(fh, path)
        for doc_id, start, end in rows:
            if doc_id != last_id:
                if last_id is not None:
                    done.add(last_id)
                last_id = doc_id
                last_start = start
            offset = end
    if last_id is None:
        return ResumeState(frozenset(), offset)
    return ResumeState(frozenset(done), last_start)


def _jsonl_rows_with_offsets(fh: IO[bytes], path: str) -> Iterator[tuple[str, int, int]]:
    offset = 0
    for line in fh:
        start, offset = offset, offset + len(line)
        if not line.endswith(b"\n"):
            return  # a partial last line: dropped with the document it belongs to
        try:
            record = json.loads(line)
            doc_id = record["doc"]
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as exc:
            raise UnknownFormatError(
                f"cannot resume: {path!r} is not a claimx JSONL output "
                f"(bad record at byte {start}: {exc}); choose another -o or drop --resume"
            ) from exc
        yield str(doc_id), start, offset


def _csv_rows_with_offsets(fh: IO[bytes], path: str) -> Iterator[tuple[str, int, int]]:
    consumed = 0

    def lines() -> Iterator[str]:
        nonlocal consumed
        for raw in fh:
            consumed += len(raw)
            yield raw.decode("utf-8")

    reader = csv.reader(lines())
    try:
        header = next(reader)
    except StopIteration:
        return
    if tuple(header) != OUTPUT_COLUMNS:
        raise UnknownFormatError(
            f"cannot resume: {path!r} has columns {header[:4]}…, not claimx's "
            f"{list(OUTPUT_COLUMNS[:4])}…; choose another -o or drop --resume"
        )
    start = consumed
    try:
        for row in reader:
            if row:
                yield row[0], start, consumed
            start = consumed
    except csv.Error:
        return  # a partial last row


def _parquet_resume_state(path: str) -> ResumeState:
    _pyarrow()
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path, columns=["doc"])
    except Exception as exc:  # pyarrow raises several types for a file with no footer
        raise UnknownFormatError(
            f"cannot resume: {path!r} is not a readable Parquet file ({exc}); a run that "
            f"was killed before closing it leaves no footer. Delete it or choose another -o"
        ) from exc
    return ResumeState(frozenset(table.column("doc").to_pylist()), None)


def truncate(path: str, size: int) -> None:
    """Cut ``path`` to ``size`` bytes (used by ``--resume`` to drop a partial document)."""
    with open(path, "r+b") as fh:
        fh.truncate(size)
