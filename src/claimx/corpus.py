"""Extraction over corpora: :func:`extract_corpus` and the ordered process pool behind
``claimx extract``.

Documents are grouped into chunks (by count and by size) and sent to worker processes with
at most ``4 × jobs`` chunks in flight, so memory stays flat however long the input stream
is; results come back in input order whatever ``jobs`` is. (``multiprocessing.Pool.imap``
is not used because its feeder thread drains the input iterator without bound.)

>>> from claimx.models import Claim
>>> def digits(text):
...     return [Claim(text=text, start=0, end=len(text), after=float(text))] if text.isdigit() else []
>>> [(doc, c.after) for doc, c in extract_corpus([("a", "12"), ("b", "xx")], extractor=digits)]
[('a', 12.0)]
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from claimx.errors import ClaimxError
from claimx.io import Document, InputError
from claimx.models import Claim

__all__ = [
    "DocumentError",
    "Extractor",
    "Outcome",
    "default_jobs",
    "extract_corpus",
    "run_documents",
]

#: An extraction function: text in, claims out (``claimx.extract_claims`` by default).
Extractor = Callable[[str], Sequence[Claim]]
#: Turns one document's claims into what a writer takes (see :mod:`claimx.io`).
Payload = Callable[[str, Sequence[Claim]], Any]

CHUNK_BYTES = 256 * 1024
CHUNK_DOCS = 64
IN_FLIGHT_PER_JOB = 4


class DocumentError(ClaimxError):
    """A document could not be read or extracted (raised by :func:`extract_corpus` with
    ``on_error="raise"``); ``doc_id`` names it. Use ``on_error="skip"`` to go on."""

    def __init__(self, doc_id: str, reason: str) -> None:
        super().__init__(f"document {doc_id!r}: {reason}")
        self.doc_id = doc_id
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result for one document: its payload, or the reason it failed."""

    id: str
    nbytes: int
    n_claims: int
    payload: Any
    error: str | None
    source: str = ""


def default_jobs() -> int:
    """The number of CPUs this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _default_extractor(text: str) -> Sequence[Claim]:
    """``claimx.extract_claims``, imported on first use (so workers import it once)."""
    from claimx import extract_claims

    return cast("Sequence[Claim]", extract_claims(text))


def _keep_claims(doc_id: str, claims: Sequence[Claim]) -> list[Claim]:
    return list(claims)


# Worker-process state, set once per process by _init_worker.
_STATE: dict[str, Any] = {}


def _init_worker(extractor: Extractor, payload: Payload, ignore_sigint: bool) -> None:
    if ignore_sigint:
        # Ctrl-C goes to the whole process group: the parent handles it and stops us.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STATE["extractor"] = extractor
    _STATE["payload"] = payload


def _run_one(item: Document | InputError) -> Outcome:
    if isinstance(item, InputError):
        return Outcome(item.id, item.nbytes, 0, None, item.reason, item.source)
    if not isinstance(item.text, str):
        return Outcome(
            item.id, item.nbytes, 0, None, f"text is {type(item.text).__name__}, not str"
        )
    try:
        claims = _STATE["extractor"](item.text)
    except Exception as exc:  # one bad document must not stop a corpus run: recorded
        reason = f"extractor failed: {type(exc).__name__}: {exc}"
        return Outcome(item.id, item.nbytes, 0, None, reason)
    return Outcome(item.id, item.nbytes, len(claims), _STATE["payload"](item.id, claims), None)


def _run_chunk(chunk: list[Document | InputError]) -> list[Outcome]:
    return [_run_one(item) for item in chunk]


def _chunks(
    items: Iterable[Document | InputError], max_bytes: int, max_docs: int
) -> Iterator[list[Document | InputError]]:
    chunk: list[Document | InputError] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += item.nbytes
        if size >= max_bytes or len(chunk) >= max_docs:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run_documents(
    items: Iterable[Document | InputError],
    *,
    jobs: int | None = 1,
    extractor: Extractor | None = None,
    payload: Payload = _keep_claims,
    chunk_bytes: int = CHUNK_BYTES,
    chunk_docs: int = CHUNK_DOCS,
) -> Generator[Outcome, None, None]:
    """Extract every document of ``items`` and yield one :class:`Outcome` each, in order.

    ``jobs=1`` runs in this process; ``jobs=N`` uses ``N`` worker processes (``None``: all
    CPUs). ``extractor`` and ``payload`` must be module-level functions when ``jobs > 1``
    (they are sent to the workers by reference). Closing the iterator early (or an
    exception such as ``KeyboardInterrupt``) stops the workers.
    """
    n_jobs = default_jobs() if jobs is None else jobs
    if n_jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    fn = extractor if extractor is not None else _default_extractor
    if n_jobs == 1:
        saved = dict(_STATE)
        try:
            _init_worker(fn, payload, ignore_sigint=False)
            for item in items:
                yield _run_one(item)
        finally:
            _STATE.clear()
            _STATE.update(saved)
        return

    import multiprocessing

    chunks = _chunks(items, chunk_bytes, chunk_docs)
    window: deque[Any] = deque()
    with multiprocessing.get_context().Pool(
        n_jobs, initializer=_init_worker, initargs=(fn, payload, True)
    ) as pool:
        for chunk in chunks:
            window.append(pool.apply_async(_run_chunk, (chunk,)))
            if len(window) >= n_jobs * IN_FLIGHT_PER_JOB:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def extract_corpus(
    docs: Iterable[tuple[str, str]],
    jobs: int | None = 1,
    *,
    extractor: Extractor | None = None,
    on_error: Literal["raise", "skip"] = "raise",
) -> Iterator[tuple[str, Claim]]:
    """Extract claims from a stream of ``(doc_id, text)`` pairs, yielding ``(doc_id, claim)``.

    Results come in input order (documents in order, each document's claims by ``start``)
    whatever ``jobs`` is; ``jobs=None`` uses all CPUs, ``jobs > 1`` uses worker processes
    with a bounded number of documents in flight, so ``docs`` may be a lazy generator over a
    corpus larger than memory. ``extractor`` defaults to :func:`claimx.extract_claims`.

    A document whose text is not a ``str``, or on which the extractor raises, stops the
    iteration with :class:`DocumentError` (``on_error="raise"``), or is left out
    (``on_error="skip"``).
    """
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    items = (
        Document(str(doc_id), text, len(text) if isinstance(text, str) else 0)
        for doc_id, text in docs
    )
    for outcome in run_documents(items, jobs=jobs, extractor=extractor):
        if outcome.error is not None:
            if on_error == "raise":
                raise DocumentError(outcome.id, outcome.error)
            continue
        for claim in outcome.payload:
            yield outcome.id, claim
