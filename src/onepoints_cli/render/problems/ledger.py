"""The words for problems changing the ledger: ids, duplicates, evidence numbers."""

from collections.abc import Callable

from ...domain.ledger.problems import (
    ActivityUsed,
    BadCertId,
    CertHasExtensions,
    CertIdTaken,
    DuplicateActivity,
    DuplicateCert,
    DuplicateEvidence,
    ExpiryBeforeEarned,
    NoEvidenceNumber,
    NoSuchActivity,
    NoSuchCert,
)
from ...domain.rules import MAX_CERT_ID_CHARS
from ...errors import OnePointsError

#: The option every command that refuses a duplicate accepts to record it anyway.
DUPLICATE_FLAG = "--duplicate"


def cert_id_rule(cert_id: str) -> str:
    return (
        f"certification id {cert_id!r} must be 1-{MAX_CERT_ID_CHARS} characters of lowercase "
        "letters, digits and '-', starting with a letter or digit"
    )


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    match problem:
        case NoSuchCert():
            known = ", ".join(problem.known) or "none yet"
            return f"No certification with id {problem.cert_id!r}. Known ids: {known}."
        case NoSuchActivity():
            return f"No activity with id {problem.activity_id}. See `onepoints list`."
        case BadCertId():
            rule = cert_id_rule(problem.cert_id)
            return rule[0].upper() + rule[1:] + "."
        case CertIdTaken():
            return f"A certification with id {problem.cert_id!r} already exists; choose another --id."
        case CertHasExtensions():
            return (
                f"Certification {problem.cert_id!r} has recorded extensions; they are part of your history "
                "and it cannot be removed. Edit it instead (`onepoints cert edit`)."
            )
        case ExpiryBeforeEarned():
            return f"The expiry date ({problem.expires}) is before the date earned ({problem.earned})."
        case NoEvidenceNumber():
            count = problem.count
            has = f"has {count} evidence file{'s' if count != 1 else ''}" if count else "has no evidence"
            return (
                f"Activity {problem.activity_id} {has}, so there is no file number {problem.number}; "
                f"see `onepoints evidence list {problem.activity_id}`."
            )
        case ActivityUsed():
            return (
                f"Activity {problem.activity_id} was used by an accepted extension and cannot be "
                f"{problem.change}; it is part of the record the Certification team accepted."
            )
        case DuplicateActivity():
            return (
                f"Activity {problem.activity_id} already records {problem.title!r} on {problem.day} "
                f"({problem.kind}). Add {DUPLICATE_FLAG} to log it again."
            )
        case DuplicateCert():
            return (
                f"Certification {problem.cert_id!r} already tracks {problem.name!r} (expires "
                f"{problem.expires}); `onepoints cert edit {problem.cert_id}` changes it. "
                f"Add {DUPLICATE_FLAG} to track it again."
            )
        case DuplicateEvidence():
            same_name = "" if problem.recorded_as is None else f" as {problem.recorded_as!r}"
            return (
                f"Activity {problem.activity_id} already records the content of {problem.path!r}{same_name} "
                f"(sha256 {problem.sha256[:12]}...). Add {DUPLICATE_FLAG} to attach it again."
            )
    return None
