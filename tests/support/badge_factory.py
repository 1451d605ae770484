"""Bakes small badge files for the tests: PNG chunks with real CRCs, SVGs,
unsigned JWS tokens, and typical Open Badges 2.0 / 3.0 documents."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from pathlib import Path
from typing import Any

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

OB2_CONTEXT = "https://w3id.org/openbadges/v2"
OB3_CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
OB2_NAMESPACE = "http://openbadges.org"
OB3_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0"


# --- PNG ---------------------------------------------------------------------------


def chunk(chunk_type: bytes, body: bytes, *, crc: int | None = None) -> bytes:
    """One PNG chunk; pass `crc` to write a wrong checksum on purpose."""
    if crc is None:
        crc = zlib.crc32(chunk_type + body)
    return struct.pack(">I", len(body)) + chunk_type + body + struct.pack(">I", crc)


def itxt(keyword: str, text: str | bytes, *, compressed: bool = False) -> bytes:
    """An iTXt chunk: keyword, flag, method, empty language and translation, text."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    if compressed:
        raw = zlib.compress(raw, 9)
    flag = b"\x01" if compressed else b"\x00"
    return chunk(b"iTXt", keyword.encode("latin-1") + b"\0" + flag + b"\x00" + b"\0" + b"\0" + raw)


def text_chunk(keyword: str, text: str) -> bytes:
    return chunk(b"tEXt", keyword.encode("latin-1") + b"\0" + text.encode("latin-1"))


def png(*metadata: bytes, after_idat: bool = False) -> bytes:
    """A valid 1x1 grey PNG with the given chunks before or after its IDAT."""
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    before, after = (b"", b"".join(metadata)) if after_idat else (b"".join(metadata), b"")
    return PNG_SIGNATURE + header + before + pixels + after + chunk(b"IEND", b"")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- SVG ---------------------------------------------------------------------------


def svg(
    element: str, *, doctype: str = "", prefix: str = "openbadges", namespace: str = OB2_NAMESPACE
) -> bytes:
    """An SVG holding `element` (written with `prefix`), after an optional DOCTYPE."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f"{doctype}\n"
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:{prefix}="{namespace}" width="10" height="10">\n'
        f"  {element}\n"
        '  <rect width="10" height="10" fill="red"/>\n'
        "</svg>\n"
    ).encode()


# --- Payloads --------------------------------------------------------------------------


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jws(payload: Any) -> str:
    """A compact JWS with a made-up signature: the reader must not verify it."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    header = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode("utf-8"))
    return f"{header}.{b64url(body)}.{b64url(b'not-a-real-signature')}"


def ob2_assertion(badge: Any, **fields: Any) -> dict[str, Any]:
    return {
        "@context": OB2_CONTEXT,
        "type": "Assertion",
        "id": "https://api.credly.com/v1/obi/v2/badge_assertions/1234",
        "recipient": {"type": "email", "hashed": True, "identity": "sha256$abc"},
        "badge": badge,
        "verification": {"type": "hosted"},
        **fields,
    }


def ob2_badge_class(name: str, issuer: str) -> dict[str, Any]:
    return {
        "type": "BadgeClass",
        "id": "https://api.credly.com/v1/obi/v2/badge_classes/abcd",
        "name": name,
        "issuer": {"type": "Profile", "id": "https://api.credly.com/v1/obi/v2/issuers/1", "name": issuer},
    }


def ob3_credential(achievement: str, issuer: Any, **fields: Any) -> dict[str, Any]:
    """A 3.0 credential whose top-level name is the earner's, as Credly writes it."""
    return {
        "@context": OB3_CONTEXT,
        "id": "urn:uuid:2f8e7c1a-0000-4000-8000-000000000001",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Jane Doe",
        "issuer": issuer,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "https://www.credly.com/org/onestream/badge/certified-associate",
                "type": ["Achievement"],
                "name": achievement,
            },
        },
        **fields,
    }


# --- Credly-like downloads, for docs/credly-and-exams.md ---------------------------------

CREDLY_ISSUER = {
    "id": "https://www.credly.com/org/onestream",
    "type": ["Profile"],
    "name": "OneStream Software",
}


def credly_downloads(folder: Path) -> None:
    """The badge files docs/credly-and-exams.md imports, in the shape of Credly's downloads."""
    folder.mkdir(parents=True, exist_ok=True)
    associate = ob3_credential(
        "OneStream Certified Associate",
        CREDLY_ISSUER,
        validFrom="2025-05-31T00:00:00Z",
        validUntil="2027-05-31T23:59:59Z",
    )
    write(
        folder,
        "onestream-certified-associate.png",
        png(itxt("openbadgecredential", json.dumps(associate)), after_idat=True),
    )
    ob2 = ob2_assertion(
        "https://api.credly.com/v1/obi/v2/badge_classes/abcd", issuedOn="2025-05-31T10:00:00.000Z"
    )
    write(folder, "oca-ob2.png", png(itxt("openbadges", json.dumps(ob2))))
    micro = ob3_credential(
        "OneStream Financial Close Fundamentals",
        CREDLY_ISSUER,
        validFrom="2025-06-02T00:00:00Z",
        validUntil="2027-06-02T23:59:59Z",
    )
    micro["credentialSubject"]["achievement"]["id"] = (
        "https://www.credly.com/org/onestream/badge/financial-close-fundamentals"
    )
    write(
        folder,
        "financial-close-fundamentals.png",
        png(itxt("openbadgecredential", json.dumps(micro)), after_idat=True),
    )


if __name__ == "__main__":
    import sys

    credly_downloads(Path(sys.argv[1]))
