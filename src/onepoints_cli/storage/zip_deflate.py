"""Deflating a bundle's entries: decided per file by a cheap probe, done on worker threads.

Split from zip_writer.py, which streams the entries; the output is
byte-identical for the same input, whatever the timing of the threads.
"""

from __future__ import annotations

import zlib
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from ..domain.rules import BUNDLE_MIN_SAVING_PERCENT, BUNDLE_PROBE_BYTES

#: The deflate level of every entry (zip -6, the default of zip and zipfile).
DEFLATE_LEVEL = 6

#: Deflate uses a window of 32 KiB: each block is primed with the input's last 32 KiB.
_WINDOW = 32 * 1024

#: Blocks being deflated at once, per worker: bounds the memory in flight.
_IN_FLIGHT_PER_WORKER = 2


def _worth_deflating(sample) -> bool:
    """Deflate a file only if its first BUNDLE_PROBE_BYTES shrink (at level 1) by BUNDLE_MIN_SAVING.

    By content, not by extension: a PDF of text streams is deflated, a JPEG
    or a PDF of compressed images is stored. The same bytes always give the
    same answer, so the zip stays deterministic.
    """
    sample = bytes(sample[:BUNDLE_PROBE_BYTES])
    if not sample:
        return False
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    packed = len(packer.compress(sample)) + len(packer.flush())
    return packed * 100 <= len(sample) * (100 - BUNDLE_MIN_SAVING_PERCENT)


class _ParallelDeflate:
    """Stands in for the compressor of a zipfile entry: deflates its chunks on worker threads.

    Each chunk becomes a raw deflate block primed with the last 32 KiB of the
    input before it (zdict) and ended by a sync flush, the last one by a
    finish; their concatenation is one valid deflate stream (as pigz makes).
    What each block holds depends only on the input, never on the timing of
    the threads, so the zip is byte-identical from run to run. zlib releases
    the GIL while it deflates: the blocks use the other cores while the main
    thread reads, hashes and writes.
    """

    def __init__(self, pool: ThreadPoolExecutor, workers: int) -> None:
        self._pool = pool
        self._limit = max(2, workers * _IN_FLIGHT_PER_WORKER)
        self._pending: bytes | None = None  # the newest chunk: it may be the last
        self._window = b""
        self._blocks: deque = deque()

    def compress(self, data) -> bytes:
        if self._pending is not None:
            self._submit(self._pending, final=False)
        self._pending = bytes(data)  # a copy: the caller reuses its buffer
        ready = []
        while self._blocks and (self._blocks[0].done() or len(self._blocks) >= self._limit):
            ready.append(self._blocks.popleft().result())
        return b"".join(ready)

    def flush(self) -> bytes:
        self._submit(self._pending or b"", final=True)
        self._pending = None
        rest = b"".join(block.result() for block in self._blocks)
        self._blocks.clear()
        return rest

    def _submit(self, data: bytes, *, final: bool) -> None:
        self._blocks.append(self._pool.submit(_deflate_block, data, self._window, final))
        self._window = (self._window + data[-_WINDOW:])[-_WINDOW:]


def _deflate_block(data: bytes, window: bytes, final: bool) -> bytes:
    if window:
        packer = zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY, window)
    else:
        packer = zlib.compressobj(DEFLATE_LEVEL, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(zlib.Z_FINISH if final else zlib.Z_SYNC_FLUSH)


def _deflate_in_parallel(dest, pool: ThreadPoolExecutor, workers: int) -> None:
    # zipfile's entry writer keeps its compressor in `_compressor` (3.11-3.13):
    # it computes the CRC and sizes itself and writes what compress() and
    # flush() return. Without that attribute, zipfile deflates on this thread.
    if getattr(dest, "_compressor", None) is not None:
        dest._compressor = _ParallelDeflate(pool, workers)
