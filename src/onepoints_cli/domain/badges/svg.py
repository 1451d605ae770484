"""Open Badges baked into an SVG: `<openbadges:assertion>` / `<openbadges:credential>`."""

from __future__ import annotations

from typing import Any, Literal
from xml.parsers import expat

from .fields import MAX_ENTITY_CHARS, MAX_ENTITY_EXPANSION, OB2, OB3, BadgeInfo
from .payload import _read_payload
from .png import _check_size
from .problems import EmptyBadgeElement, MalformedSvg, NoBadgeMetadata, UnknownXmlEncoding, UnsafeEntity

#: SVG elements as expat reports them ("namespace-URI local-name"): matched
#: by namespace, since the prefix is the author's choice.
_SVG_ELEMENTS = {
    "https://purl.imsglobal.org/ob/v3p0 credential": OB3,
    "http://openbadges.org assertion": OB2,
}


class _SvgBadgeFinder:
    """expat handlers collecting the first Open Badges element of an SVG.

    Safety: parameter entities are never parsed and no external entity is ever
    fetched (no ExternalEntityRefHandler). Entity references in text are not
    expanded (a DefaultHandler is set, so expat reports them as skipped).
    Expat still expands entities in attribute values, so declarations are
    allowed only when that is harmless: internal, short, referring to no
    other entity (which rules out the billion-laughs nesting), and unable to
    expand past MAX_ENTITY_EXPANSION however often the file repeats it.
    """

    def __init__(self, source: str, document_size: int) -> None:
        self.source = source
        self.most_references = document_size // 3
        self.spec: str | None = None
        self.verify: str | None = None
        self.parts: list[str] = []
        self.size = 0
        self.depth = 0  # > 0 while inside the badge element
        self.done = False

    def attach(self, parser: expat.XMLParserType) -> None:
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.EntityDeclHandler = self.entity_declared
        parser.DefaultHandler = _ignore
        parser.SkippedEntityHandler = _ignore
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters

    def entity_declared(self, name: str, is_parameter: int, value: str | None, *_: Any) -> None:
        kind: Literal["external", "nested", "long", "expanding"]
        limit = 0
        if is_parameter or value is None:
            kind = "external"
        elif "&" in value:
            kind = "nested"  # the 'billion laughs' pattern
        elif len(value) > MAX_ENTITY_CHARS:
            kind, limit = "long", MAX_ENTITY_CHARS
        elif len(value) * self.most_references > MAX_ENTITY_EXPANSION:
            kind, limit = "expanding", MAX_ENTITY_EXPANSION
        else:
            return
        raise UnsafeEntity(self.source, name, kind, limit)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.depth:
            self.depth += 1
        elif not self.done and name in _SVG_ELEMENTS:
            self.spec = _SVG_ELEMENTS[name]
            self.verify = attributes.get("verify") or _namespaced(attributes, "verify")
            if self.verify is not None:
                _check_size(len(self.verify), self.source)
            self.depth = 1

    def end(self, _name: str) -> None:
        if self.depth:
            self.depth -= 1
            self.done = self.depth == 0

    def characters(self, text: str) -> None:
        if self.depth:
            self.size += len(text)
            _check_size(self.size, self.source)
            self.parts.append(text)


def _ignore(*_: Any) -> None:
    """Swallows what expat reports but the badge reader does not need."""


def _namespaced(attributes: dict[str, str], local: str) -> str | None:
    """An attribute by local name whatever its namespace (`openbadges:verify`)."""
    for key, value in attributes.items():
        if key.rpartition(" ")[2] == local:
            return value
    return None


def _parse_svg(data: bytes, source: str) -> BadgeInfo:
    finder = _SvgBadgeFinder(source, len(data))
    parser = expat.ParserCreate(namespace_separator=" ")
    finder.attach(parser)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise MalformedSvg(source, expat.ErrorString(error.code) or "", error.lineno) from None
    except LookupError as error:  # <?xml encoding="x-bogus"?>: expat asks Python for the codec
        raise UnknownXmlEncoding(source, str(error)) from None
    if finder.spec is None:
        raise NoBadgeMetadata(source, "svg")
    # The element holds JSON (hosted or 3.0 credential) or is empty with the
    # JWS or hosted URL in its `verify` attribute.
    text = "".join(finder.parts).strip()
    payload = text or (finder.verify or "").strip()
    if not payload:
        raise EmptyBadgeElement(source)
    return _read_payload(payload, source, finder.spec)
