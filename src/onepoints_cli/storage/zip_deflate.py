"""Stored or deflated: decided per file by a cheap probe of its first bytes.

Most evidence is already compressed (JPEG, PNG, most PDFs): deflating it again
costs the most time of a bundle and saves nothing. The choice is the entry's
public `ZipInfo.compress_type`; zipfile deflates what is to be deflated.
"""

from __future__ import annotations

import zlib

from ..domain.rules import BUNDLE_MIN_SAVING_PERCENT, BUNDLE_PROBE_BYTES


def worth_deflating(sample: bytes | memoryview) -> bool:
    """Deflate a file only if its first BUNDLE_PROBE_BYTES shrink (at level 1) by BUNDLE_MIN_SAVING_PERCENT.

    By content, not by extension: a PDF of text streams is deflated, a JPEG
    or a PDF of compressed images is stored. The same bytes always give the
    same answer, so the zip stays deterministic.
    """
    probe = bytes(sample[:BUNDLE_PROBE_BYTES])
    if not probe:
        return False
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    packed = len(packer.compress(probe)) + len(packer.flush())
    return packed * 100 <= len(probe) * (100 - BUNDLE_MIN_SAVING_PERCENT)
