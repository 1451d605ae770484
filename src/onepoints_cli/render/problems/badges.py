"""The words for problems reading a badge file and importing its certification (`cert import`)."""

from collections.abc import Callable

from ...domain.badges import OB3
from ...domain.badges.problems import (
    BadBadgeDate,
    BadgeFileProblem,
    BadgeImportedAs,
    BadgeJsonNotObject,
    BadgeLacksFields,
    BadgeNamesMicro,
    ChunkChecksum,
    ChunkPastEnd,
    DamagedPng,
    EmptyBadgeElement,
    EmptyBadgeFile,
    InvalidBadgeJson,
    JwsPayloadNotText,
    MalformedSvg,
    MetadataNotUtf8,
    MetadataTooLarge,
    NoBadgeMetadata,
    NotABadgeFile,
    NotAnAssertion,
    NotAnAward,
    NoValidChunk,
    SeveralNamed,
    UnknownCompression,
    UnknownXmlEncoding,
    UnreadableBadgeJson,
    UnreadableMetadata,
    UnsafeEntity,
)
from ...errors import OnePointsError

REDOWNLOAD = "Download the badge image again from the issuer (at Credly, from the badge's page)."
_MB = 1024 * 1024
_DAMAGE = {
    "signature": "its signature bytes were altered (was it copied as text?)",
    "truncated": "the file ends before its last chunk (IEND): it is truncated",
    "itxt_short": "its Open Badges iTXt chunk is cut short",
    "itxt_malformed": "its Open Badges iTXt chunk is malformed (missing separators)",
    "inflate_failed": "its compressed Open Badges chunk cannot be decompressed",
    "inflate_short": "its compressed Open Badges chunk is cut short",
}
_PART = {"metadata": "badge metadata", "jws_payload": "signed badge's payload"}
_DATE = {"issued": "issue date", "expires": "expiry date"}
_NEEDS = {"name": "name", "expires": "expiry date"}
_EXAMPLE = {"name": '--name "OneStream Certified Associate"', "expires": "--expires YYYY-MM-DD"}


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    if isinstance(problem, BadgeFileProblem):
        return _png(problem) or _svg(problem) or _metadata(problem)
    return _certification(problem)


def _damaged(problem: BadgeFileProblem, what: str) -> str:
    return f"{problem.source} is a damaged PNG: {what}. {REDOWNLOAD}"


def _png(problem: BadgeFileProblem) -> str | None:
    source = problem.source
    match problem:
        case EmptyBadgeFile():
            return f"{source} is empty: it is not a badge file. {REDOWNLOAD}"
        case NotABadgeFile():
            return (
                f"{source} is not a badge file onepoints can read: expected a PNG or SVG "
                f"badge image, or an Open Badges JSON file. {REDOWNLOAD}"
            )
        case NoBadgeMetadata(image="png"):
            return (
                f"{source} is a PNG image without Open Badges metadata (no 'openbadges' or "
                f"'openbadgecredential' chunk): it is a plain picture, not a baked badge. {REDOWNLOAD}"
            )
        case DamagedPng():
            return _damaged(problem, _DAMAGE[problem.fault])
        case NoValidChunk():
            return _damaged(problem, f"there is no valid chunk at byte {problem.position}")
        case ChunkPastEnd():
            return _damaged(
                problem,
                f"its {problem.chunk} chunk at byte {problem.position} claims {problem.length} bytes, "
                f"past the end of the file ({problem.size} bytes): it is truncated or corrupt",
            )
        case ChunkChecksum():
            return _damaged(
                problem,
                f"the checksum (CRC) of its {problem.chunk} chunk at byte {problem.position} does not match",
            )
        case UnknownCompression():
            return _damaged(
                problem,
                "its Open Badges iTXt chunk uses an unknown compression "
                f"(flag {problem.flag}, method {problem.method})",
            )
        case MetadataTooLarge():
            return (
                f"{source}: the badge metadata is larger than {problem.limit // _MB} MB, far more than any "
                "real badge holds; onepoints refuses it. Check that this is the badge file "
                "downloaded from the issuer."
            )
    return None


def _svg(problem: BadgeFileProblem) -> str | None:
    source = problem.source
    match problem:
        case NoBadgeMetadata():
            return (
                f"{source} is an SVG image without Open Badges metadata (no openbadges:assertion "
                f"or openbadges:credential element): it is not a baked badge. {REDOWNLOAD}"
            )
        case UnsafeEntity():
            entity = {
                "external": "an external or parameter XML entity",
                "nested": "an XML entity built from other entities (the 'billion laughs' pattern)",
                "long": f"an XML entity longer than {problem.limit} characters",
                "expanding": f"an XML entity that a file this large could expand past {problem.limit // _MB} MB",
            }[problem.kind]
            return (
                f"{source} declares {entity}, '{problem.name}'; onepoints refuses such files to stay "
                "safe. Use the PNG badge instead, or an SVG without entity declarations."
            )
        case MalformedSvg():
            return f"{source} is not a well-formed SVG/XML file ({problem.reason}, line {problem.line}). {REDOWNLOAD}"
        case UnknownXmlEncoding():
            return f"{source} declares a character encoding Python does not know ({problem.reason}). {REDOWNLOAD}"
        case EmptyBadgeElement():
            return (
                f"{source}: its Open Badges element is empty and has no verify attribute, "
                f"so there is nothing to import. {REDOWNLOAD}"
            )
    return None


def _metadata(problem: BadgeFileProblem) -> str | None:
    source = problem.source
    match problem:
        case MetadataNotUtf8(json_file=True):
            return (
                f"{source} is not valid UTF-8 text (bad byte at offset {problem.offset}), "
                "so it is not an Open Badges JSON file."
            )
        case MetadataNotUtf8():
            return (
                f"{source}: the badge metadata is not valid UTF-8 text (bad byte at offset "
                f"{problem.offset}). The file is corrupt. {REDOWNLOAD}"
            )
        case UnreadableMetadata():
            return (
                f"{source}: the baked badge metadata is neither JSON, a signed badge (JWS) nor a "
                f"URL, so onepoints cannot read it. {REDOWNLOAD}"
            )
        case InvalidBadgeJson():
            return (
                f"{source}: the {_PART[problem.part]} is not valid JSON ({problem.reason} at line {problem.line}, "
                f"column {problem.column}). The file is corrupt. {REDOWNLOAD}"
            )
        case UnreadableBadgeJson():
            return f"{source}: the {_PART[problem.part]} is JSON onepoints cannot read. {REDOWNLOAD}"
        case BadgeJsonNotObject():
            return (
                f"{source}: the {_PART[problem.part]} is JSON but not an object, so it is not an Open Badges "
                f"assertion or credential. {REDOWNLOAD}"
            )
        case JwsPayloadNotText():
            return (
                f"{source}: the signed badge (JWS) has a payload that is not base64url-encoded "
                f"UTF-8 text. The file is corrupt. {REDOWNLOAD}"
            )
        case NotAnAward():
            return (
                f"{source} describes a badge ({'/'.join(problem.types)}) but is not "
                "an award of it to you: import the badge you earned, as downloaded from the issuer."
            )
        case NotAnAssertion():
            return (
                f"{source} holds JSON that is not an Open Badges assertion or credential "
                f"(it has neither 'badge' nor 'credentialSubject'). {REDOWNLOAD}"
            )
        case BadBadgeDate():
            what = _DATE[problem.which] + (f" ({problem.claim})" if problem.claim else "")
            return (
                f"{source}: the badge's {what} {problem.shown} is not a date onepoints can read (expected "
                "ISO 8601 such as 2025-03-31 or 2025-03-31T12:00:00Z, or Unix seconds)."
            )
    return None


def _certification(problem: OnePointsError) -> str | None:
    match problem:
        case BadgeNamesMicro():
            cert_id = problem.cert_id
            return (
                f"This badge's URL is that of certification {cert_id!r} ({problem.cert_name}), but the badge "
                f"names {problem.badge_name!r}, a micro-credential. Nothing was changed. To update {cert_id!r} "
                f"with it anyway, import it with --id {cert_id}; to keep it a certification, give its "
                'name too: --name "...Certified...".'
            )
        case BadgeImportedAs():
            return (
                f"This badge ({problem.badge_url}) is already imported as certification {problem.cert_id!r}: "
                f"import it with --id {problem.cert_id}, or without --id, to update that one."
            )
        case SeveralNamed():
            return (
                f"Several certifications are named {problem.name!r} ({', '.join(problem.ids)}): "
                "say which one this badge is with --id."
            )
        case BadgeLacksFields():
            return _lacking(problem)
    return None


def _lacking(problem: BadgeLacksFields) -> str:
    missing = problem.missing
    what = " and ".join(_NEEDS[key] for key in missing)
    options = " ".join(_EXAMPLE[key] for key in missing)
    where = (
        f" (it names only the badge: {problem.badge_url})" if problem.badge_url and "name" in missing else ""
    )
    if problem.spec == OB3:
        other = "Open Badges 3.0 badges carry an expiry date only when the badge has one."
    else:
        other = (
            "Or download the badge from Credly again in its Open Badges 3.0 version, which carries "
            "the name, and the expiry date when the badge has one."
        )
    hint = (
        " (the expiry is in CertMetrics > Certifications > Status, or on the badge's Credly page)"
        if "expires" in missing
        else ""
    )
    return (
        f"The badge file ({problem.spec}) does not give the certification's {what}{where}; a certification "
        f"needs a name and an expiry date. Give {'them' if len(missing) > 1 else 'it'}: {options}{hint}. "
        f"{other}"
    )
