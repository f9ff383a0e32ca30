"""The ``claimx`` command line.

``claimx extract INPUT… -o OUT`` extracts the claims of a corpus; ``claimx extract --text
"…"`` pretty-prints the claims of one string; ``claimx check …`` (see
:mod:`claimx._cli_check`) checks claims against each other.

Exit codes: 0 all went well; 1 some documents had errors (each is an error record); 2 a
usage error (missing input, unknown format, unwritable output); 130 interrupted (the output
is valid up to the last finished document; rerun with ``--resume``).

``--resume`` knows a document is done when its id is in OUT, so documents with no claims
(and documents that had errors) are simply extracted again: the output is the same as an
uninterrupted run's, only a little time is spent twice.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from claimx.errors import ClaimxError, MissingExtraError, UnknownFormatError

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_DOC_ERRORS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_ERRORS_SHOWN = 10


class UsageError(ClaimxError):
    """A command-line mistake: reported as ``claimx: error: …`` with exit code 2."""


class _Version(argparse.Action):
    """``--version``: the version and the build (compiled or pure), looked up only when
    asked (it imports the pipeline)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from claimx import __version__, _build

        print(f"claimx {__version__} ({_build.describe()})")
        parser.exit()


def build_parser(with_check: bool = False) -> argparse.ArgumentParser:
    """The argument parser. ``with_check`` imports :mod:`claimx._cli_check` for its options."""
    parser = argparse.ArgumentParser(
        prog="claimx",
        description="Extract typed numeric claims from Chinese news and government reports.",
    )
    parser.add_argument("--version", action=_Version, nargs=0,
                        help="show the version, and whether the pipeline runs compiled, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser(
        "extract",
        help="extract the claims of documents (or of one --text string)",
        description=(
            "Extract claims from .txt files, directories (recursive, sorted), .jsonl files "
            "(one document a line), .gz of either, or '-' (stdin). Writes one record per "
            "claim: the document id and every Claim field."
        ),
        epilog=(
            "exit codes: 0 ok; 1 some documents had errors; 2 usage error; 130 interrupted "
            "(output valid up to the last finished document; rerun with --resume)"
        ),
    )
    ex.add_argument("inputs", nargs="*", metavar="INPUT", help="files, directories or '-'")
    ex.add_argument("--text", help="extract from this one string and pretty-print the claims")
    ex.add_argument(
        "-o", "--output", default="-", metavar="OUT", help="output file, '-' for stdout (default)"
    )
    ex.add_argument(
        "--format",
        metavar="FMT",
        help="jsonl, csv or parquet (default: from OUT's extension; jsonl for stdout)",
    )
    ex.add_argument(
        "--input-format",
        choices=("txt", "jsonl"),
        help="how to read inputs whose extension does not say (stdin: auto-detected)",
    )
    ex.add_argument(
        "--text-field", default="text", help="JSONL field with the text (default: text)"
    )
    ex.add_argument("--id-field", help="JSONL field with the document id (default: FILE:LINE)")
    ex.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    ex.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: all CPUs); output order does not depend on N",
    )
    ex.add_argument(
        "--errors", metavar="FILE", help="write one JSON error record per failed document"
    )
    ex.add_argument(
        "--resume",
        action="store_true",
        help=(
            "skip documents already in OUT and append the rest (OUT must be a file; the last "
            "document of a JSONL/CSV file is redone in case it was cut short; a Parquet file "
            "is rewritten, old rows first, since Parquet cannot be appended to)"
        ),
    )
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    ex.add_argument(
        "--extractor",
        metavar="MODULE:FUNC",
        help="advanced: use another function str -> list[Claim] (default: claimx.extract_claims)",
    )
    ex.set_defaults(func=_run_extract)

    check_help = "check claims against each other for inconsistencies"
    if with_check:
        from claimx import _cli_check

        ck = sub.add_parser("check", help=check_help)
        _cli_check.add_arguments(ck)
        ck.set_defaults(func=_cli_check.run)
    else:
        ck = sub.add_parser("check", help=check_help, add_help=False)
        ck.add_argument("rest", nargs=argparse.REMAINDER)
        ck.set_defaults(func=_missing_check)
    return parser


def _missing_check(args: argparse.Namespace) -> int:
    _error(
        "the 'check' command is not available in this installation (claimx._cli_check is missing)"
    )
    return EXIT_USAGE


def _command_of(argv: Sequence[str]) -> str | None:
    return next((a for a in argv if not a.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    with_check = False
    if _command_of(args_list) == "check":
        try:
            importlib.import_module("claimx._cli_check")
            with_check = True
        except ModuleNotFoundError as exc:
            if exc.name != "claimx._cli_check":
                raise
    parser = build_parser(with_check=with_check)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help, --version, or a usage error (code 2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        result: int = args.func(args)
    except (UsageError, UnknownFormatError, MissingExtraError, FileNotFoundError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    return result


def _error(message: str) -> None:
    print(f"claimx: error: {message}", file=sys.stderr)


# --------------------------------------------------------------------------- extract


def _resolve_extractor(spec: str | None) -> Any:
    if spec is None:
        try:
            from claimx import extract_claims
        except ImportError as exc:
            raise UsageError(
                f"the extractor claimx.extract_claims cannot be imported ({exc}); reinstall claimx"
            ) from exc
        return extract_claims
    module_name, _, func_name = spec.partition(":")
    if not module_name or not func_name:
        raise UsageError(f"--extractor must be MODULE:FUNCTION, got {spec!r}")
    try:
        module = importlib.import_module(module_name)
        fn = getattr(module, func_name)
    except (ImportError, AttributeError) as exc:
        raise UsageError(f"cannot load --extractor {spec!r}: {exc}") from exc
    if not callable(fn):
        raise UsageError(f"--extractor {spec!r} is not callable")
    return fn


def _run_extract(args: argparse.Namespace) -> int:
    if args.text is not None:
        if args.inputs:
            raise UsageError("give either INPUT files or --text, not both")
        if args.format is None and args.output == "-":
            return _pretty_print(args.text, _resolve_extractor(args.extractor))
    elif not args.inputs:
        raise UsageError("no input: give files, directories, '-' for stdin, or --text \"…\"")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, got {args.jobs}")
    if args.resume and args.output == "-":
        raise UsageError("--resume needs an output file (-o OUT), not stdout")

    from claimx import io as cio

    fmt = cio.output_format_for(args.output, args.format)
    if fmt == "parquet":
        cio._pyarrow()  # fail early with MissingExtraError
    specs, skipped_files = (
        ([], []) if args.text is not None else cio.plan_inputs(args.inputs, args.input_format)
    )
    # Never read our own output (or error file) back in, e.g. `-o corpus/claims.jsonl corpus/`.
    own = {os.path.realpath(p) for p in (args.output, args.errors) if p and p != "-"}
    skipped_files += [s.path for s in specs if s.path != "-" and os.path.realpath(s.path) in own]
    specs = [s for s in specs if s.path == "-" or os.path.realpath(s.path) not in own]
    extractor = _resolve_extractor(args.extractor)

    done: frozenset[str] = frozenset()
    if args.resume:
        state = cio.read_resume_state(args.output, fmt)
        done = state.done
        if state.truncate_at is not None:
            cio.truncate(args.output, state.truncate_at)
    has_previous = args.resume and fmt == "parquet" and bool(done)
    try:
        writer, payload = cio.open_writer(
            args.output, fmt, append=args.resume, resume_parquet=has_previous
        )
    except OSError as exc:
        raise UsageError(f"cannot write output {args.output!r}: {exc.strerror or exc}") from exc
    try:
        errors_fh: IO[str] | None = (
            open(args.errors, "w", encoding="utf-8") if args.errors else None  # noqa: SIM115
        )
    except OSError as exc:
        writer.close()
        raise UsageError(f"cannot write --errors {args.errors!r}: {exc.strerror or exc}") from exc

    if args.text is not None:
        items: Iterable[Any] = [cio.Document("<text>", args.text, len(args.text.encode()))]
    else:
        items = cio.iter_documents(
            specs, text_field=args.text_field, id_field=args.id_field, encoding=args.encoding
        )
    run = _Run(args, writer, payload, errors_fh, extractor, done)
    total = None
    if specs and all(s.size is not None for s in specs):
        total = sum(s.size or 0 for s in specs)
    code = run.execute(items, total)
    run.summarise(skipped_files)
    return code


class _Run:
    """One ``claimx extract`` run: drives the pool, the writer, progress and errors."""

    def __init__(
        self,
        args: argparse.Namespace,
        writer: Any,
        payload: Any,
        errors_fh: IO[str] | None,
        extractor: Any,
        done: frozenset[str],
    ) -> None:
        self.args = args
        self.writer = writer
        self.payload = payload
        self.errors_fh = errors_fh
        self.extractor = extractor
        self.done = done
        self.n_docs = 0
        self.n_claims = 0
        self.n_skipped = 0
        self.errors: list[tuple[str, str]] = []
        self.n_errors = 0
        self.last_doc: str | None = None
        self.bar: Any = None

    def _skip_done(self, items: Iterable[Any]) -> Iterator[Any]:
        from claimx.io import Document

        done = self.done
        for item in items:
            if done and isinstance(item, Document) and item.id in done:
                self.n_skipped += 1
                if self.bar is not None:
                    self.bar.update(item.nbytes)
                continue
            yield item

    def execute(self, items: Iterable[Any], total: int | None) -> int:
        import json

        from claimx.corpus import run_documents

        if not self.args.quiet and sys.stderr.isatty():
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
            self.bar = tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                unit_divisor=1000,
                desc="claimx",
                file=sys.stderr,
                dynamic_ncols=True,
                mininterval=0.5,
            )
        outcomes = run_documents(
            self._skip_done(items),
            jobs=self.args.jobs,
            extractor=self.extractor,
            payload=self.payload,
        )
        interrupted = False
        try:
            for outcome in outcomes:
                if outcome.error is None:
                    self.writer.write(outcome.payload)
                    self.n_claims += outcome.n_claims
                    self.last_doc = outcome.id
                else:
                    self.n_errors += 1
                    if len(self.errors) < _ERRORS_SHOWN:
                        self.errors.append((outcome.id, outcome.error))
                    if self.errors_fh is not None:
                        record = {
                            "doc": outcome.id,
                            "source": outcome.source,
                            "reason": outcome.error,
                        }
                        self.errors_fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                        self.errors_fh.flush()
                self.n_docs += 1
                if self.bar is not None:
                    self.bar.update(outcome.nbytes)
                    if self.n_docs % 256 == 0:
                        self.bar.set_postfix_str(f"{self.n_docs} docs", refresh=False)
        except KeyboardInterrupt:
            interrupted = True
        except BrokenPipeError:
            # The reader of stdout went away (e.g. `| head`): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_DOC_ERRORS
        finally:
            outcomes.close()
            if self.bar is not None:
                self.bar.set_postfix_str(f"{self.n_docs} docs", refresh=False)
                self.bar.close()
            self.writer.close()
            if self.errors_fh is not None:
                self.errors_fh.close()
        if interrupted:
            where = f"after document {self.last_doc!r}" if self.last_doc else "before any claim"
            _error(
                f"interrupted {where}; the output is valid up to there. "
                f"Rerun with --resume to continue."
            )
            return EXIT_INTERRUPTED
        return EXIT_DOC_ERRORS if self.n_errors else EXIT_OK

    def summarise(self, skipped_files: Sequence[str]) -> None:
        """Counts (unless --quiet) and, when no --errors file, the first error records."""
        if not self.args.quiet:
            line = (
                f"claimx: {self.n_docs} documents, {self.n_claims} claims, {self.n_errors} errors"
            )
            if self.n_skipped:
                line += f"; skipped {self.n_skipped} documents already in the output"
            if skipped_files:
                line += (
                    f"; ignored {len(skipped_files)} files (not .txt/.jsonl(.gz), or the output)"
                )
            print(line, file=sys.stderr)
        if self.n_errors and self.errors_fh is None:
            print(f"claimx: {self.n_errors} documents had errors:", file=sys.stderr)
            for doc_id, reason in self.errors:
                print(f"  {doc_id}: {reason}", file=sys.stderr)
            if self.n_errors > len(self.errors):
                print(
                    f"  … and {self.n_errors - len(self.errors)} more; "
                    f"use --errors FILE to keep them all",
                    file=sys.stderr,
                )


# --------------------------------------------------------------------------- --text


def _fmt_value(value: Any) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _pretty_print(text: str, extractor: Any) -> int:
    claims = list(extractor(text))
    out = sys.stdout
    noun = "claim" if len(claims) == 1 else "claims"
    print(f"{len(claims)} {noun}", file=out)
    skip = {"text", "start", "end"}
    for i, claim in enumerate(claims, start=1):
        print(f"[{i}] {claim.text}  ({claim.start}–{claim.end})", file=out)
        fields = [
            f"{name}={_fmt_value(value)}"
            for name, value in claim.model_dump().items()
            if name not in skip
            and value is not None
            and not (name == "approx" and value == "exact")
        ]
        print("    " + "  ".join(fields), file=out)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
