"""Documents that name OneStream but are no evidence of an activity: a
cancellation, a digest or newsletter naming several events, an invoice, and
the reason each is skipped."""

from __future__ import annotations

import re
from datetime import date

from ..rules import MIN_SCAN_CHAT_MESSAGES, MIN_SCAN_DIGEST_EVENTS, MIN_SCAN_TEMPLATE_FIELDS
from .evidence_words import (
    AGENDA,
    ATTENDED,
    AUTO_REPLY,
    BLANK_FORM,
    CALL_FOR_SPEAKERS,
    CHAT_STAMP,
    COMMUNITY,
    CREDENTIAL_STATUS,
    DECLINED,
    DOCUMENT_VERSION,
    DOCUMENTATION,
    DRAFT,
    EXAM_SCORE,
    EXPENSE,
    JOB,
    LEARNING_HISTORY,
    LOGISTICS,
    MINUTES,
    NO_NEW_DATE,
    NOT_ATTENDED,
    NOT_YET,
    OFF_THE_LIST,
    ON_THE_WAITING_LIST,
    ORDER,
    OWN_HOLD,
    OWN_REGISTRATION,
    PENDING,
    PLACEHOLDER,
    POLICY,
    POSTPONED,
    PUBLISHED_OWN,
    PURCHASE,
    QUOTE,
    REPLY_ACCEPTED,
    REPLY_DECLINED,
    REVISIONS,
    SHIPMENT,
    SPONSORSHIP,
    SUBSCRIPTION,
    SUPPORT_CASE,
    SURVEY,
    SYLLABUS,
    TERMS,
    TRAVEL,
    UNSUBSCRIBED,
    UPGRADE,
    VOUCHER,
    WAITING_LIST,
    WHATS_NEW,
    charged,
)
from .found_dates import find_dates
from .found_kinds import kind_named
from .hours import points_from_text
from .records import Reason, Source
from .title_words import TITLE_LABEL

#: Every document OneStream sends names it; a file that does not is someone else's.
_SIGN = "onestream"
_CANCELLED_SUBJECT = re.compile(
    r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)*(?:canceled|cancelled|cancellation|abgesagt|absage|storniert|annulé|annulée"
    r"|annulation|cancelado|cancelada|cancelación|geannuleerd|annulering|annullato|annullata|annullamento|cancellato"
    r"|cancelamento|afgelast|abgesagt|suspendido|annullé|event\s+cancel(?:l)?ed|cancel(?:l)?ed\s+event)\b",
    re.I,
)
_CANCELLED_TEXT = re.compile(
    r"\b(?:(?:has|have)\s+been|is|was|were)\s+(?:canceled|cancelled)\b|\bcancellation\s+(?:notice|of)\b"
    r"|\bwurde\s+abgesagt\b|\b(?:müssen|mussten)\s+wir\b[^.\n]{0,160}\babsagen\b|\ba\s+été\s+annulé|\bha\s+sido\s+cancelad|\bis\s+geannuleerd\b|\bè\s+stat[oa]\s+annullat"
    r"|\bfoi\s+cancelad|\b(?:is|wordt|werd)\s+(?:afgelast|geannuleerd)\b|\bse\s+ha\s+cancelado\b|\best\s+annulée?\b"
    r"|\bè\s+stat[oa]\s+cancellat|\bwurde\s+storniert\b|\bfindet\s+nicht\s+statt\b|\bn['’]aura\s+pas\s+lieu\b"
    r"|\bno\s+se\s+(?:celebrará|realizará)\b|\bgaat\s+niet\s+door\b|\bnon\s+si\s+terrà\b|\bnão\s+(?:se\s+)?realizará\b"
    r"|\bwill\s+(?:no\s+longer|not)\s+take\s+place\b",
    re.I,
)
_DIGEST = re.compile(
    r"\b(?:newsletter|digest|upcoming\s+(?:events|webinars|sessions|tech\s+talks)|events?\s+calendar"
    r"|this\s+(?:month|week)\s+(?:at|in)\b|what(?:'|’)s\s+(?:on|new|coming)|unsubscribe"
    r"|veranstaltungskalender|nieuwsbrief|lettre\s+d'information|boletín|abbestellen|désabonner|se\s+désinscrire"
    r"|darse\s+de\s+baja|uitschrijven|disiscriviti|annulla\s+l['’]iscrizione\s+alla\s+newsletter|descadastrar)\b",
    re.I,
)
#: A company's own gathering; OneStream's ("OneStream Customer Town Hall") names OneStream.
_COMPANY_MEETING = re.compile(r"\b(?:town\s?hall|all[\s-]hands|quarterly\s+business\s+review)\b", re.I)
#: A team's meal or drinks, whatever it celebrates: "Team lunch after the OneStream training".
_TEAM_MEAL = re.compile(r"^\W*(?:team\s+(?:lunch|dinner|drinks|breakfast)|happy\s+hour)\b", re.I)
#: A subject that names a newsletter: whatever events it lists, none is the holder's ("Good
#: news: your certificate is ready" is no newsletter).
_NEWSLETTER = re.compile(
    r"\b(?:newsletter|digest|(?:author|community|partner|customer|monthly|weekly|product)\s+(?:news|update)"
    r"|news\s+(?:round-?up|bulletin)|nieuwsbrief|lettre\s+d['’]information|infolettre|boletín|rundbrief|notiziario)\b",
    re.I,
)
#: A subject or summary announcing a date to keep free, or a product's release: no registration, no attendance.
_ANNOUNCEMENT = re.compile(
    r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)*\W*(?:save\s+the\s+date|merken\s+sie\s+sich|reservez\s+la\s+date|réservez\s+la\s+date"
    r"|reserva\s+la\s+fecha|noteer\s+(?:de\s+datum|alvast)|segna(?:ti)?\s+la\s+data|reserve\s+a\s+data|salve\s+a\s+data"
    # a product's release: "Announcing OneStream Platform 10.2"
    r"|announcing\s+(?:the\s+)?(?:onestream\s+)?(?:platform|release|version)\s+\d+)\b",
    re.I,
)
#: An account's message: a password reset, a sign-in code, an address to verify, in the seven
#: languages. (A certificate's "Verification code OS-1234" is how to check it: no sign.)
_ACCOUNT = re.compile(
    r"\b(?:reset\s+(?:your|the)\s+(?:\w+\s+){0,3}?password|password\s+(?:reset|change|expir\w*)|change\s+your\s+password"
    r"|your\s+(?:verification|security)\s+code\s+is|verify\s+your\s+(?:email|account|e-mail\s+address)|sign-?in\s+code|one-time\s+(?:code|password)"
    r"|activate\s+your\s+account|account\s+(?:has\s+been\s+)?(?:activation|activated|locked|created)|unusual\s+sign-?in"
    r"|passwort\s+(?:zurücksetzen|vergessen|ändern)|konto\s+(?:aktivieren|gesperrt)"
    r"|réinitialis\w*\s+(?:de\s+)?(?:votre\s+|du\s+)?mot\s+de\s+passe|mot\s+de\s+passe\s+oublié"
    r"|restablecer\s+(?:tu|su|la)\s+contraseña|restablecimiento\s+de\s+contraseña"
    r"|wachtwoord\s+(?:herstellen|resetten|opnieuw\s+instellen|vergeten|wijzigen)"
    r"|reimposta(?:re|zione)\s+(?:della\s+|la\s+)?password"
    r"|redefini(?:r|ção)\s+(?:de\s+|da\s+|a\s+|sua\s+)*senha)\b",
    re.I,
)
#: A catalogue, programme or calendar of courses on offer: several events, no one activity.
_CATALOGUE = re.compile(
    r"\b(?:catalog(?:ue)?|\w*katalog|catálogo|catalogo|catalogus|course\s+(?:schedule|calendar|offerings)"
    r"|training\s+(?:schedule|calendar|programme|offerings)|schulungs(?:kalender|programm|angebot)|kursprogramm"
    r"|calendrier\s+des\s+formations|offre\s+de\s+formation|calendario\s+de\s+(?:cursos|formación)"
    r"|opleidingskalender|cursusaanbod|trainingskalender|calendario\s+dei\s+corsi|calendário\s+de\s+(?:cursos|treinamentos)"
    r"|seats\s+are\s+limited|register\s+now|book\s+your\s+(?:seat|place)|plätze\s+(?:sind\s+)?begrenzt"
    r"|places\s+limitées|plazas\s+limitadas|posti\s+limitati|vagas\s+limitadas|beperkt\s+aantal\s+plaatsen"
    # a brochure's table of sessions with their prices: "Formation | Dates | Durée | Lieu | Prix HT"
    r"|syllabus|lehrplan|plan\s+de\s+cours|temario|studiewijzer|ementa"
    r"|brochure|sessions\s+inter-?entreprises|open\s+enrol(?:l)?ment\s+sessions|prix\s+(?:ht|net)|price\s+(?:excl|per\s+person)"
    r"|preis\s+(?:zzgl|netto|pro\s+person)|precio\s+(?:sin\s+iva|por\s+persona)|prezzo\s+(?:iva\s+esclusa|per\s+persona)"
    r"|preço\s+(?:sem\s+iva|por\s+pessoa)|prijs\s+(?:excl|per\s+persoon))\b",
    re.I,
)
_INVOICE = re.compile(
    r"\b(?:invoice|rechnung|facture|factura|factuur|fattura|fatura|faktura|amount\s+due|total\s+due|balance\s+due"
    r"|payment\s+due|bill\s+to|remit\s+to|tax\s+invoice|receipt\s+(?:no|number|#)|payment\s+receipt|your\s+receipt"
    r"|amount\s+paid|quittung|zahlungsbestätigung|reçu\s+(?:n°|no|de\s+paiement)|recibo\s+(?:n[.º°]|de\s+pago|de\s+pagamento)"
    r"|ontvangstbewijs|betalingsbevestiging|ricevuta\s+(?:n[.°º]|di\s+pagamento|fiscale)|comprovante\s+de\s+pagamento|confirmación\s+de\s+pago"
    r"|confirmation\s+de\s+paiement|conferma\s+di\s+pagamento|confirmação\s+de\s+pagamento"
    # a refund: the ticket given back ("Refund receipt", "Total refunded: DKK 2,950.00")
    r"|refund\s+receipt|total\s+refunded|refunded\s+to|remboursement|erstattung|reembolso|terugbetaling|rimborso)\b",
    re.I,
)


#: Marketing: an offer to sign up, in the seven languages ("early-bird pricing", "register now").
_PROMOTION = re.compile(
    r"\b(?:early[\s-]?bird|pricing|register\s+(?:now|today|at|here)|save\s+your\s+(?:seat|spot|place)"
    r"|reserve\s+your\s+(?:seat|spot|place)|sign\s+up\s+(?:now|today)|don['’]t\s+miss|promo(?:tion(?:al)?)?\s+code|discount"
    r"|frühbucher\w*|jetzt\s+anmelden|sichern\s+sie\s+sich|tarif\s+préférentiel|inscrivez-vous|réservez\s+votre\s+place"
    r"|inscríbete|regístrate|precio\s+especial|reserva\s+tu\s+plaza|vroegboek\w*|meld\s+je\s+(?:nu\s+)?aan"
    r"|schrijf\s+je\s+(?:nu\s+)?in|iscriviti|prenota\s+il\s+tuo\s+posto|inscreva-se|garanta\s+(?:já\s+)?(?:a\s+)?sua\s+vaga"
    r"|desconto|(?:still\s+)?need\s+to\s+register|(?:can|could)\s+still\s+(?:sign\s+up|register)"
    r"|not\s+registered\s+yet"
    # an "add to calendar" page that sends you elsewhere to sign up
    r"|registration\s+is\s+required|register\s+on\s+the\s+event\s+page"
    # a re-engagement mail: "We miss you! 3 courses picked for you", "Come back before ... and get 20% off"
    r"|we\s+miss\s+you|picked\s+for\s+you|recommended\s+for\s+you|come\s+back\s+(?:before|and)"
    r"|\d{1,3}\s?%\s+off)\b",
    re.I,
)
#: A page whose first line names it an invoice or a receipt: "INVOICE", "Tax invoice", "Rechnung".
_INVOICE_HEADING = re.compile(
    r"\W*(?:tax\s+)?(?:invoice|receipt|rechnung|quittung|facture|reçu|factura|recibo|factuur|fattura|ricevuta|fatura)\W*$",
    re.I,
)
#: A registration that says its invoice comes separately: the confirmation, not the bill.
_INVOICE_TO_FOLLOW = re.compile(
    r"\b(?:(?:the\s+)?invoice\s+(?:follows|will\s+follow|will\s+be\s+sent)|rechnung\s+folgt|la\s+facture\s+(?:suivra|vous\s+sera)"
    r"|la\s+factura\s+(?:se\s+enviará|llegará)|de\s+factuur\s+volgt|la\s+fattura\s+(?:seguirà|verrà)|a\s+fatura\s+(?:segue|será))",
    re.I,
)
#: A clock time in an agenda's row: "08:30", "10:15", or after its day ("Mon 9/28  8:00 AM").
_CLOCK_TIME = re.compile(r"(?m)^\s*\d{1,2}[:.]\d\d\b|^[^\W\d]{2,9}\.?\s+\d{1,2}/\d{1,2}\s+\d{1,2}:\d\d\b")
#: A dinner's table in a seating plan: "Table 2", "Tisch 4".
_TABLE_ROW = re.compile(r"(?m)^\s*(?:table|tisch|mesa|tafel|tavolo)\s+\d{1,3}\b", re.I)
#: The holder's own part, in the seven languages: a marketing email has none of these words.
_CONFIRMATION = re.compile(
    r"\b(?:registered|registration\s+(?:is\s+)?(?:confirmed|complete)|you(?:['’]re|\s+are)\s+(?:registered|confirmed|enrolled)"
    r"|enrolled|confirmation\s+(?:number|code)|thank\s+you\s+for\s+(?:registering|attending|joining|presenting)|attended"
    r"|completed|certificate|angemeldet|anmeldebestätigung|teilgenommen|bestätigt|inscrit(?:e)?|confirmée?|participé"
    r"|inscrito|inscripción\s+confirmada|confirmad[oa]|asisti[óo]|ingeschreven|bevestigd|deelgenomen|iscritt[oa]"
    r"|confermat[oa]|partecipato|inscri(?:to|ção\s+confirmada)|participou|concluiu"
    # a reminder of what the holder signed up for, with the holder's own link
    r"|reminder|erinnerung|rappel|recordatorio|herinnering|promemoria|lembrete|join\s+(?:link|url)"
    r"|your\s+(?:unique|personal)\s+(?:link|join\s+link)"
    # a ticket bought: "You're all set! Here is your ticket", "Ticket holder: Sam Taylor"
    r"|you(?:['’]re|\s+are)\s+(?:all\s+set|going)|(?:here\s+is\s+)?your\s+ticket|ticket\s+holder|order\s+confirmed"
    # a seat bought: "Thank you for your order!", "Attendee: Sam Taylor", "Paid with Visa"
    r"|thank\s+you\s+for\s+your\s+(?:order|purchase)|attendee\s*:|paid\s+with"
    # a seat kept for the holder, and thanks for signing up, in the other languages
    r"|(?:tu|su)\s+(?:lugar|plaza)\s+está\s+reservad[oa]|gracias\s+por\s+(?:inscribirte|registrarte|inscribirse)"
    r"|votre\s+place\s+est\s+réservée|ihr\s+platz\s+ist\s+reserviert|je\s+plek\s+is\s+gereserveerd"
    r"|il\s+tuo\s+posto\s+è\s+riservato|o\s+seu\s+lugar\s+está\s+reservado|your\s+(?:seat|spot|place)\s+is\s+(?:reserved|confirmed))\b",
    re.I,
)


#: OneStream's own events and programmes, named without the company (its
#: name may be only in a logo, an image with no text).
_PRODUCTS = re.compile(
    r"\bOnePoints\b|\bSplash\s+(?:Americas|EMEA|APAC|North\s+America|Europe|Asia(?:[\s-]Pacific)?|20\d\d)\b"
    # "Splash LATAM São Paulo 2025", "WAVE London 2025": the event, a place in capitals, its year
    r"|\b(?:Splash|WAVE)\s+(?:[A-ZÀ-Þ][\w.-]*\s+){1,3}20\d\d\b"
    # Splash's own side events, capitalised: "Splash Workshop: Consolidation Deep Dive", "Splash on Tour Paris"
    r"|\bSplash\s+(?:on\s+Tour|Roadshow|Workshops?|Academy)\b"
    r"|\bWAVE\s+20\d\d\b|\bTech\s*Talks?\b"
    # the platform's own features, capitalised as OneStream writes them: a partner's course
    # "Cube Views voor gevorderden" may never name the company
    r"|\bCube\s?Views?\b|\bBI\s?Viewer\b|\bQuick\s?Views\b|\bAnalytic\s+Blend\b|\bSmart\s+Integration\s+Connector\b"
    r"|\bSensible\s?(?:ML|AI)\b"
    r"|\bOneCommunity\b",
)
#: A deadline or a booking in a calendar is no activity.
_DEADLINE = re.compile(
    r"\b(?:deadline|reservation|hotel|book(?:ing)?\s+by|payment\s+due|cut-?off|closes|registration\s+closes)\b",
    re.I,
)
#: A working meeting in a calendar (a project's weekly sync) is no training.
_MEETING = re.compile(
    r"\b(?:sync|status|stand-?up|check-?in|1:1|one-on-one|catch-?up|weekly|daily|go-live|kick-?off|project"
    r"|steering|retro(?:spective)?|planning\s+meeting|internal)\b",
    re.I,
)


def onestream_sign(source: Source, text: str | None = None) -> bool:
    """The document names OneStream (or one of its events) where it counts:
    in a heading part (subject, sender, an invitation's summary, place or
    organiser, a PDF's metadata: "OneStream University" as its Author), or,
    for a certificate with no heading parts, anywhere; an email naming it
    only once, in passing deep in another sender's text ("customers of
    Anaplan and OneStream"), does not."""
    event = source.event
    heads = (
        source.subject,
        source.sender,
        event and event.summary,
        event and event.description,
        event and event.place,  # "OneStream Schulungszentrum"
        event and event.organizer,  # schulung@onestream.com
        source.metadata,
    )
    if any(_SIGN in part.casefold() or _PRODUCTS.search(part) for part in heads if isinstance(part, str)):
        return True
    if source.format in ("email", "msg"):
        text = source.text  # with its forwarded headers: who sent it first counts
        # Distinct lines: the plain and HTML bodies of one email say the same thing twice.
        naming = {" ".join(line.split()) for line in text.casefold().split("\n") if _SIGN in line}
        opening = " ".join([line for line in text.split("\n") if line.strip()][:3]).casefold()
        return (
            len(naming) >= 2
            or _SIGN in opening
            or bool(_PRODUCTS.search(text))
            or bool(_NAMED_ACTIVITY.search(text))  # « OneStream : ... », "Webinar: ... mit OneStream"
        )
    text = source.text if text is None else text  # normalised: "O N E S T R E A M" is a name
    return _SIGN in text.casefold() or bool(_PRODUCTS.search(text))


#: OneStream named in an activity's own title: quoted, or on the line its label opens.
_NAMED_ACTIVITY = re.compile(
    rf"[«“„\"]\s*[^«»“”„\"\n]{{0,80}}\bOneStream\b|^[ \t>]*{TITLE_LABEL}[ \t]*:[^\n]{{0,120}}\bOneStream\b",
    re.I | re.M,
)


#: OneStream as someone else's guest: "guest speaker from OneStream", "sponsored by OneStream".
_GUEST = re.compile(
    # "Fabrikam Analytics is not affiliated with OneStream Software": named only to say so
    r"\b(?:not\s+affiliated\s+with|no\s+affiliation\s+with|nicht\s+verbunden\s+mit|(?:pas|non)\s+affiliée?\s+à"
    r"|no\s+(?:está\s+)?afiliad[oa]\s+a|niet\s+gelieerd\s+aan|non\s+affiliat[oa]\s+a|não\s+(?:é\s+)?afiliad[oa]\s+à?"
    r"|guest|sponsored\s+by|sponsors?\s+(?:include|such\s+as|like)|speakers?\s+(?:from|include)|featuring"
    r"|exhibitors?|partner\s+session"
    # "data connections from ERP systems and EPM platforms such as OneStream": one example of several
    r"|such\s+as|e\.g\.|for\s+example|including|wie\s+z\.\s?b\.|tel(?:le)?s?\s+que|tales\s+como|come\s+ad\s+esempio"
    r"|zoals|tais\s+como"
    # "Comparable modules are offered for OneStream, Oracle and SAP users": another vendor's, compared
    r"|comparable|compare(?:d)?\s+(?:with|to)|(?:also\s+)?(?:offered|available)\s+for|alternatives?\s+to|migrat\w+\s+from)\b[^.\n]{0,40}$",
    re.I,
)


def only_a_guest(source: Source) -> bool:
    """Another vendor's event: the headings do not name OneStream or its
    events, and every mention in the text is as a guest, sponsor or speaker."""
    event = source.event
    heads = " ".join(filter(None, (source.subject, event and event.summary)))
    if _SIGN in heads.casefold() or _PRODUCTS.search(heads) or _PRODUCTS.search(source.text):
        return False
    # found in the text itself: a casefolded copy is longer where a ligature ("ﬁ") unfolds
    starts = [m.start() for m in re.finditer(re.escape(_SIGN), source.text, re.I)]
    return (
        bool(starts)
        and all(
            _GUEST.search(source.text[max(0, at - 60) : at])
            or _LISTED.search(source.text[max(0, at - 40) : at])
            or _OR_OTHERS.match(source.text[at + len(_SIGN) : at + len(_SIGN) + 40])
            or (  # "Workday, OneStream and Anaplan implementation partner": one vendor in the middle of a list
                _LIST_BEFORE.search(source.text[max(0, at - 40) : at])
                and _LIST_AFTER.match(source.text[at + len(_SIGN) : at + len(_SIGN) + 40])
            )
            for at in starts
        )
    )


#: "OneStream or other consolidation tools": one of several, named as an example.
_OR_OTHERS = re.compile(
    r"\s+(?:or|and|oder|und|ou|et|o|y|e|of|en)\s+(?:other|andere[nr]?|autres?|otr[oa]s|altr[ie]|outr[oa]s)\b",
    re.I,
)


#: The names around one in the middle of a list: "Workday, " before, " and Anaplan" after.
_LIST_BEFORE = re.compile(r"\b[A-Z][\w-]+,\s*$")
_LIST_AFTER = re.compile(r"(?:,\s+[A-Z][\w-]+)*,?\s+(?:and|or|&|und|et|y|e|ou|o|en)\s+[A-Z][\w-]+")


#: OneStream named as one vendor of a list: "(Planful and OneStream implementation partner)".
#: Or last of a list with commas alone: "your ERP or CPM (SAP, Oracle, OneStream)".
#: Dutch "en" (and) is Spanish and French "in" ("Modelado de Cubos y Dimensiones en OneStream"):
#: it lists only after a comma ("SAP, Oracle en OneStream").
_LISTED = re.compile(
    r"\b[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*\s+(?:and|or|&|und|et|y|e|ou|o)\s*$|\b[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)+\s+en\s*$"
    r"|\b[A-Z][\w-]+,\s+[A-Z][\w-]+,\s*$"
    # one of a list in brackets: "EPM platforms (Jedox, OneStream, Anaplan)"
    r"|\(\s*[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*,\s*$"
)


def not_evidence(source: Source, text: str) -> Reason | None:
    """Why the document is no evidence of one activity, or None."""
    event = source.event
    if not onestream_sign(source, text):
        return Reason("no-onestream")
    if only_a_guest(source):
        return Reason("guest-only")
    heads = " ".join(filter(None, (source.subject, event and event.summary)))
    if (event and event.cancelled) or _CANCELLED_SUBJECT.match(heads) or _CANCELLED_TEXT.search(text[:3000]):
        return Reason("cancelled")
    if event and event.summary and _DEADLINE.search(event.summary):
        return Reason("deadline")
    if (
        event
        and event.summary
        and _MEETING.search(event.summary)
        and not kind_named(f"{event.summary}\n{text}")
    ):
        return Reason("meeting")
    if (
        event
        and event.summary
        and _COMPANY_MEETING.search(event.summary)
        and _SIGN not in event.summary.casefold()
    ):
        return Reason("meeting")  # "FY27 Finance Town Hall": the holder's company's, not OneStream's
    if event and event.summary and _TEAM_MEAL.match(event.summary):
        return Reason("meeting")
    if event and event.events >= MIN_SCAN_DIGEST_EVENTS:
        return Reason("calendar", event.events)
    if _NEWSLETTER.search(heads) and not OWN_REGISTRATION.search(text[:3000]):
        return Reason("newsletter")
    if (
        _DIGEST.search(f"{heads}\n{text[:5000]}")
        and not OWN_REGISTRATION.search(text[:3000])
        # "thank you for hosting our webinar ... To unsubscribe from event mailings": a letter, with a footer
        and not ATTENDED.search(text[:3000])
    ):
        days = _event_days(text)
        if len(days) >= MIN_SCAN_DIGEST_EVENTS:
            return Reason("digest", len(days))
    if _ANNOUNCEMENT.match(heads):
        return Reason("announcement")
    # a password's expiry in a saved mailbox's list beside the open registration is no account message
    if _ACCOUNT.search(f"{heads}\n{text[:1500]}") and not (
        source.format == "html" and OWN_REGISTRATION.search(text[:3000])
    ):
        return Reason("account")
    # a learning history's site names its "Catalog" in its menu: the page is the holder's record
    if _CATALOGUE.search(f"{heads}\n{text[:2000]}") and not LEARNING_HISTORY.search(
        f"{heads}\n{text[:1500]}"
    ):
        days = _event_days(text)
        if len(days) >= MIN_SCAN_DIGEST_EVENTS:
            return Reason("catalogue", len(days))
    if (WAITING_LIST.search(heads) or ON_THE_WAITING_LIST.search(text[:1500])) and not OFF_THE_LIST.search(
        text
    ):
        return Reason("waiting-list")
    if NOT_ATTENDED.search(f"{heads}\n{text[:1500]}"):
        return Reason("not-attended")
    if DECLINED.search(f"{heads}\n{text[:1500]}") and not OFF_THE_LIST.search(text):
        return Reason("declined")
    if DOCUMENTATION.search(f"{heads}\n{text[:200]}"):
        return Reason("documentation")
    if WHATS_NEW.match((heads or text).lstrip()) and DOCUMENT_VERSION.search(text[:400]):
        return Reason("documentation")
    if AUTO_REPLY.match(heads):
        return Reason("auto-reply")
    if source.format == "text" and len(CHAT_STAMP.findall(text[:5000])) >= MIN_SCAN_CHAT_MESSAGES:
        return Reason("chat")  # a pasted team chat: colleagues talking about a session, no registration
    if REPLY_DECLINED.match(heads):
        return Reason("reply-declined")
    if REPLY_ACCEPTED.match(heads) and _to_own_domain(source):
        return Reason("reply-internal")  # accepting a colleague's forward: no registration with the organiser
    if POSTPONED.search(f"{heads}\n{text[:2000]}") and NO_NEW_DATE.search(text[:3000]):
        return Reason("postponed")
    if CREDENTIAL_STATUS.search(f"{heads}\n{text[:1500]}") and not ATTENDED.search(text[:3000]):
        return Reason("credential-status")
    if QUOTE.search(f"{heads}\n{text[:600]}") and charged(text[:5000]):
        return Reason("quote")  # a price offered for a course: nothing bought or attended yet
    if len({found.casefold() for found in TRAVEL.findall(f"{heads}\n{text[:3000]}")}) >= 2:
        return Reason("travel")  # a hotel near Splash, "check-in" and "check-out": a stay
    if SUPPORT_CASE.search(f"{heads}\n{text[:1500]}"):
        return Reason("support-case")
    if SHIPMENT.search(f"{heads}\n{text[:1500]}") and not ATTENDED.search(text[:3000]):
        return Reason("shipment")  # a WAVE quarter-zip on its way: goods, no activity
    if JOB.search(f"{heads}\n{text[:3000]}") and not ATTENDED.search(text[:3000]):
        return Reason("job")
    if (
        EXAM_SCORE.search(f"{heads}\n{text[:300]}")
        and not ATTENDED.search(text[:3000])
        # "OnePoints awarded: 10": the program counts it
        and points_from_text(text[:3000]).value is None
    ):
        return Reason("exam-score")
    if VOUCHER.search(f"{heads}\n{text[:3000]}") and not ATTENDED.search(text[:3000]):
        return Reason("voucher")
    if DRAFT.match(heads) or DRAFT.match(text.lstrip()):
        return Reason("draft")  # "DRAFT - reply to the thread ...": not sent, no activity
    if (SYLLABUS.match(heads) or SYLLABUS.match(text.lstrip())) and not ATTENDED.search(text[:3000]):
        return Reason("syllabus")  # what a course teaches and costs, not that it was taken
    # an offer on top of a registration, by its subject or heading (a confirmation's footer may
    # offer an upgrade too, and stays the confirmation): the registration is the evidence
    if UPGRADE.search(heads) or UPGRADE.match(text.lstrip()):
        return Reason("upgrade")
    if SPONSORSHIP.search(f"{heads}\n{text[:300]}"):
        return Reason("sponsorship")
    if MINUTES.search(text[:5000]) and _MEETING.search(text.lstrip().split("\n", 1)[0]):
        return Reason("meeting")  # "Weekly sync – OneStream rollout" with its action items: the project's
    # an expense report's heading ("for your expense report" in a forward is an aside)
    if EXPENSE.match(heads) or EXPENSE.match(text.lstrip()):
        return Reason("expense")
    if TERMS.match((heads or text).lstrip()) or TERMS.match(text.lstrip()):
        return Reason("terms")
    if len(PLACEHOLDER.findall(text[:3000])) >= MIN_SCAN_TEMPLATE_FIELDS or BLANK_FORM.match(text[:3000]):
        return Reason("template")  # a blank certificate: "[Participant Name]", "{{session_title}}"
    if PENDING.search(f"{heads}\n{text[:2000]}"):
        return Reason("pending")
    seating_plan = len(_TABLE_ROW.findall(text[:5000])) >= MIN_SCAN_DIGEST_EVENTS  # names at tables
    if (LOGISTICS.search(f"{heads}\n{text[:600]}") or seating_plan) and not ATTENDED.search(text[:3000]):
        return Reason("logistics")
    if (
        SURVEY.search(f"{heads}\n{text[:1500]}")
        and not ATTENDED.search(text[:3000])
        # "How would you rate Cube Views?" above "You enrolled in ...": the rating is what it asks
        and (not _CONFIRMATION.search(text) or SURVEY.search(heads))
    ):
        return Reason("survey")
    if event and event.summary and OWN_HOLD.match(event.summary):
        return Reason("hold")  # "Prep for WAVE": the holder's own time, not the event
    if UNSUBSCRIBED.match(heads) or UNSUBSCRIBED.match(text.lstrip()):
        return Reason("subscription")
    if SUBSCRIPTION.search(f"{heads}\n{text[:1500]}") and not (
        ATTENDED.search(text[:3000]) or _CONFIRMATION.search(text)
    ):
        return Reason("subscription")
    if (
        AGENDA.search(text[:300])
        and len(set(_CLOCK_TIME.findall(text[:3000]))) >= MIN_SCAN_DIGEST_EVENTS
        and not _CONFIRMATION.search(text)
    ):
        return Reason("agenda")  # a conference's programme, and nothing of the holder's
    if POLICY.match((heads or text).lstrip()) and not (
        ATTENDED.search(text[:3000]) or _CONFIRMATION.search(text)
    ):
        # "Cancellation policy: OneStream Tech Talk" with "you're registered" in it is the registration
        return Reason("policy")
    if COMMUNITY.search(f"{heads}\n{text[:2000]}"):
        return Reason("community")
    if REVISIONS.search(f"{heads}\n{text[:2000]}"):
        return Reason("revisions")
    # A call for the next meeting's speakers at the foot of a letter confirming attendance, or for
    # the next papers under "your article ... was published", is an aside.
    aside = ATTENDED.search(text[:3000]) or PUBLISHED_OWN.search(text[:3000])
    if CALL_FOR_SPEAKERS.search(f"{heads}\n{text[:1500]}") and not aside:
        return Reason("call-for-speakers")
    if source.format != "pdf" and event is None and marketing(text):
        return Reason("marketing")
    if PURCHASE.search(text[:3000]) and ORDER.search(f"{heads}\n{text[:3000]}"):
        return Reason("invoice")  # a subscription or a pack of credits bought: no activity yet
    top = f"{heads}\n{text[:600]}"
    invoice_words = (
        _INVOICE.search(top) or len({m.group(0).casefold() for m in _INVOICE.finditer(text[:5000])}) >= 2
    )
    # a confirmation of participation that states its fee and invoice number is still the confirmation
    # (not a page headed "INVOICE" that thanks for registering at its foot)
    titled = _INVOICE_HEADING.match(text.lstrip().split("\n", 1)[0])
    confirmed = OWN_REGISTRATION.search(text[:3000]) and not _INVOICE.search(heads) and not titled
    if (
        invoice_words
        and charged(text[:5000])
        and not _INVOICE_TO_FOLLOW.search(text[:5000])
        and not confirmed
    ):
        return Reason("invoice")
    return None


def _to_own_domain(source: Source) -> bool:
    """Every address the email went to is in its sender's own domain (a colleague's mailbox)."""
    sender = _DOMAIN.findall(source.sender or "")
    recipients = _DOMAIN.findall(source.recipients or "")
    return (
        len(sender) == 1
        and bool(recipients)
        and all(d.casefold() == sender[0].casefold() for d in recipients)
    )


#: An address's domain: "sam.taylor@contoso.example" gives "contoso.example".
_DOMAIN = re.compile(r"@([\w.-]+\w)")


def _event_days(text: str) -> set[date]:
    """The days a text names as days of events: not a deadline's ("rooms held until"),
    not the day it was issued (a range is its first day: find_dates joins it)."""
    return {hit.day for hit in find_dates(text) if hit.day is not None and not (hit.other or hit.issued)}


def marketing(text: str) -> bool:
    """An offer to sign up ("Early-bird pricing ends...", "Register at...") that
    confirms nothing of the holder's: no registration, attendance or completion.
    "Join us" alone is no offer: a reminder of a webinar says it too; "Haven't
    registered yet?" is no registration."""
    return bool(_PROMOTION.search(text)) and not _CONFIRMATION.search(NOT_YET.sub(" ", text))
