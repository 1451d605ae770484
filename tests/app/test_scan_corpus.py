"""The reader over the scan corpus (tests/fixtures/scan_corpus, documents made by
real producers with their truth): no field marked "found" is wrong, every
document that is not evidence is skipped, and the share of evidence documents
with all four fields right stays at or above the floor reached."""

from __future__ import annotations

import pytest

from onepoints_cli.domain.scan.records import Proposal, Skip
from onepoints_cli.render.scan import proposal_data
from onepoints_cli.render.scan_words import reason_text
from tests.support.scan_corpus import FIELDS, corpus_documents, field_right, read_document, reader_amount

#: The share of evidence documents with all four fields right: the floor the
#: reader reached (73 of 73); the issue asks 90%. A document added to the corpus
#: that the reader gets wrong shows here first: fix the reader, or lower this
#: with the reason, never below 0.9.
ACCURACY_FLOOR = 1.0


@pytest.mark.usefixtures("holder_zone")
def test_the_reader_on_the_corpus():
    measured, all_right, wrong_found, not_skipped = 0, 0, [], []
    for path, truth in corpus_documents():
        result = read_document(path)
        if not truth["evidence"]:
            if isinstance(result, Proposal):
                not_skipped.append(truth["file"])
            continue
        if truth.get("unreadable"):
            assert (
                isinstance(result, Skip) and truth["unreadable"] in reason_text(result.reason).casefold()
            ), truth["file"]
            continue
        measured += 1
        if isinstance(result, Skip):
            continue
        data = proposal_data(1, result, None)
        right = True
        for field in FIELDS:
            value, confidence = (
                reader_amount(data, truth)
                if field == "hours"
                else (data[field]["value"], data[field]["confidence"])
            )
            value = value.isoformat() if hasattr(value, "isoformat") else value
            ok = field_right(field, value, truth, confidence)
            right = right and ok
            if confidence == "found" and not ok:
                wrong_found.append(f"{truth['file']}: {field} {value!r}")
        all_right += right
    assert wrong_found == []
    assert not_skipped == []
    assert measured and all_right / measured >= ACCURACY_FLOOR, f"{all_right} of {measured}"
