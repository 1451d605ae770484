"""Documents that name OneStream but are no evidence of an activity: a
cancellation, a digest or newsletter naming several events, an invoice, and
the reason each is skipped."""

from __future__ import annotations

import re
from datetime import date

from ..rules import MIN_SCAN_DIGEST_EVENTS
from .found_dates import find_dates
from .found_kinds import kind_named
from .records import Reason, Source

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
#: A subject or summary announcing a date to keep free: no registration, no attendance.
_ANNOUNCEMENT = re.compile(
    r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)*\W*(?:save\s+the\s+date|merken\s+sie\s+sich|reservez\s+la\s+date|réservez\s+la\s+date"
    r"|reserva\s+la\s+fecha|noteer\s+(?:de\s+datum|alvast)|segna(?:ti)?\s+la\s+data|reserve\s+a\s+data|salve\s+a\s+data)\b",
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
    r"\b(?:catalog(?:ue)?|katalog|catálogo|catalogo|catalogus|course\s+(?:schedule|calendar|offerings)"
    r"|training\s+(?:schedule|calendar|programme|offerings)|schulungs(?:kalender|programm|angebot)|kursprogramm"
    r"|calendrier\s+des\s+formations|offre\s+de\s+formation|calendario\s+de\s+(?:cursos|formación)"
    r"|opleidingskalender|cursusaanbod|trainingskalender|calendario\s+dei\s+corsi|calendário\s+de\s+(?:cursos|treinamentos)"
    r"|seats\s+are\s+limited|register\s+now|book\s+your\s+(?:seat|place)|plätze\s+(?:sind\s+)?begrenzt"
    r"|places\s+limitées|plazas\s+limitadas|posti\s+limitati|vagas\s+limitadas|beperkt\s+aantal\s+plaatsen)\b",
    re.I,
)
_INVOICE = re.compile(
    r"\b(?:invoice|rechnung|facture|factura|factuur|fattura|fatura|amount\s+due|total\s+due|balance\s+due"
    r"|payment\s+due|bill\s+to|remit\s+to|tax\s+invoice|receipt\s+(?:no|number|#)|payment\s+receipt|your\s+receipt"
    r"|amount\s+paid|quittung|zahlungsbestätigung|reçu\s+(?:n°|no|de\s+paiement)|recibo\s+(?:n[.º°]|de\s+pago|de\s+pagamento)"
    r"|ontvangstbewijs|betalingsbevestiging|ricevuta\s+(?:n[.°º]|di\s+pagamento|fiscale)|comprovante\s+de\s+pagamento|confirmación\s+de\s+pago"
    r"|confirmation\s+de\s+paiement|conferma\s+di\s+pagamento|confirmação\s+de\s+pagamento)\b",
    re.I,
)


#: Marketing: an offer to sign up, in the seven languages ("early-bird pricing", "register now").
_PROMOTION = re.compile(
    r"\b(?:early[\s-]?bird|pricing|register\s+(?:now|today|at|here)|save\s+your\s+(?:seat|spot|place)"
    r"|reserve\s+your\s+(?:seat|spot|place)|sign\s+up\s+(?:now|today)|don['’]t\s+miss|promo(?:tion(?:al)?)?\s+code|discount"
    r"|frühbucher\w*|jetzt\s+anmelden|sichern\s+sie\s+sich|tarif\s+préférentiel|inscrivez-vous|réservez\s+votre\s+place"
    r"|inscríbete|regístrate|precio\s+especial|reserva\s+tu\s+plaza|vroegboek\w*|meld\s+je\s+(?:nu\s+)?aan"
    r"|schrijf\s+je\s+(?:nu\s+)?in|iscriviti|prenota\s+il\s+tuo\s+posto|inscreva-se|garanta\s+(?:já\s+)?(?:a\s+)?sua\s+vaga"
    r"|desconto)\b",
    re.I,
)
#: The holder's own part, in the seven languages: a marketing email has none of these words.
_CONFIRMATION = re.compile(
    r"\b(?:registered|registration\s+(?:is\s+)?(?:confirmed|complete)|you(?:['’]re|\s+are)\s+(?:registered|confirmed|enrolled)"
    r"|enrolled|confirmation\s+(?:number|code)|thank\s+you\s+for\s+(?:registering|attending|joining|presenting)|attended"
    r"|completed|certificate|angemeldet|anmeldebestätigung|teilgenommen|bestätigt|inscrit(?:e)?|confirmée?|participé"
    r"|inscrito|inscripción\s+confirmada|confirmad[oa]|asisti[óo]|ingeschreven|bevestigd|deelgenomen|iscritt[oa]"
    r"|confermat[oa]|partecipato|inscri(?:to|ção\s+confirmada)|participou|concluiu"
    # a reminder of what the holder signed up for, with the holder's own link
    r"|reminder|erinnerung|rappel|recordatorio|herinnering|promemoria|lembrete|join\s+(?:link|url)"
    r"|your\s+(?:unique|personal)\s+(?:link|join\s+link))\b",
    re.I,
)


#: OneStream's own events and programmes, named without the company (its
#: name may be only in a logo, an image with no text).
_PRODUCTS = re.compile(
    r"\bOnePoints\b|\bSplash\s+(?:Americas|EMEA|APAC|North\s+America|Europe|Asia(?:[\s-]Pacific)?|20\d\d)\b"
    # "Splash LATAM São Paulo 2025", "WAVE London 2025": the event, a place in capitals, its year
    r"|\b(?:Splash|WAVE)\s+(?:[A-ZÀ-Þ][\w.-]*\s+){1,3}20\d\d\b"
    r"|\bWAVE\s+20\d\d\b|\bTech\s*Talks?\b"
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
    for a certificate with no heading parts, anywhere; an email naming it only once, in passing deep
    in another sender's text ("customers of Anaplan and OneStream"), does not."""
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
        return len(naming) >= 2 or _SIGN in opening or bool(_PRODUCTS.search(text))
    text = source.text if text is None else text  # normalised: "O N E S T R E A M" is a name
    return _SIGN in text.casefold() or bool(_PRODUCTS.search(text))


#: OneStream as someone else's guest: "guest speaker from OneStream", "sponsored by OneStream".
_GUEST = re.compile(
    r"\b(?:guest|sponsored\s+by|sponsors?\s+(?:include|such\s+as|like)|speakers?\s+(?:from|include)|featuring"
    r"|exhibitors?|partner\s+session"
    # "Comparable modules are offered for OneStream, Oracle and SAP users": another vendor's, compared
    r"|comparable|(?:also\s+)?(?:offered|available)\s+for|alternatives?\s+to|migrat\w+\s+from)\b[^.\n]{0,40}$",
    re.I,
)


def only_a_guest(source: Source) -> bool:
    """Another vendor's event: the headings do not name OneStream or its
    events, and every mention in the text is as a guest, sponsor or speaker."""
    event = source.event
    heads = " ".join(filter(None, (source.subject, event and event.summary)))
    if _SIGN in heads.casefold() or _PRODUCTS.search(heads) or _PRODUCTS.search(source.text):
        return False
    folded = source.text.casefold()
    starts = [m.start() for m in re.finditer(_SIGN, folded)]
    return bool(starts) and all(
        _GUEST.search(folded[max(0, at - 60) : at]) or _LISTED.search(source.text[max(0, at - 40) : at]) for at in starts
    )


#: OneStream named as one vendor of a list: "(Planful and OneStream implementation partner)".
_LISTED = re.compile(r"\b[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)*\s+(?:and|or|&|und|et|y|e|en|ou|o)\s*$")


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
    if event and event.events >= MIN_SCAN_DIGEST_EVENTS:
        return Reason("calendar", event.events)
    if _DIGEST.search(f"{heads}\n{text[:5000]}") and not _OWN_REGISTRATION.search(text[:3000]):
        days = _event_days(text)
        if len(days) >= MIN_SCAN_DIGEST_EVENTS:
            return Reason("digest", len(days))
    if _ANNOUNCEMENT.match(heads):
        return Reason("announcement")
    if _ACCOUNT.search(f"{heads}\n{text[:1500]}"):
        return Reason("account")
    if _CATALOGUE.search(f"{heads}\n{text[:2000]}"):
        days = _event_days(text)
        if len(days) >= MIN_SCAN_DIGEST_EVENTS:
            return Reason("catalogue", len(days))
    if (_WAITING_LIST.search(heads) or _ON_THE_WAITING_LIST.search(text[:1500])) and not _OFF_THE_LIST.search(
        text
    ):
        return Reason("waiting-list")
    if _NOT_ATTENDED.search(f"{heads}\n{text[:1500]}"):
        return Reason("not-attended")
    if _DECLINED.search(f"{heads}\n{text[:1500]}") and not _OFF_THE_LIST.search(text):
        return Reason("declined")
    if _REPLY_DECLINED.match(heads):
        return Reason("reply-declined")
    if _POSTPONED.search(f"{heads}\n{text[:2000]}") and _NO_NEW_DATE.search(text[:3000]):
        return Reason("postponed")
    if _CALL_FOR_SPEAKERS.search(f"{heads}\n{text[:1500]}"):
        return Reason("call-for-speakers")
    if source.format != "pdf" and event is None and marketing(text):
        return Reason("marketing")
    if _PURCHASE.search(text[:3000]) and _ORDER.search(f"{heads}\n{text[:3000]}"):
        return Reason("invoice")  # a subscription or a pack of credits bought: no activity yet
    top = f"{heads}\n{text[:600]}"
    invoice_words = _INVOICE.search(top) or len({m.group(0).casefold() for m in _INVOICE.finditer(text[:5000])}) >= 2
    if invoice_words and _charged(text[:5000]):
        return Reason("invoice")
    return None


def _event_days(text: str) -> set[date]:
    """The days a text names as days of events: not a deadline's ("rooms held until"),
    not the day it was issued (a range is its first day: find_dates joins it)."""
    return {hit.day for hit in find_dates(text) if hit.day is not None and not (hit.other or hit.issued)}


#: A sum of money: a currency beside a figure ("USD 1,995.00", "€ 450", "450,00 €", "INR 0.00",
#: "Total (INR) 99,120.00").
_AMOUNT = re.compile(
    r"(?:[$€£₹]|\b(?:USD|EUR|GBP|INR|CHF|BRL|AUD|CAD|SGD|MXN)\b\)?|R\$|A\$)[ \t]*(?P<a>\d[\d.,\s]*)"
    r"|(?P<b>\d[\d.,]*)[ \t]*(?:€|\b(?:EUR|USD|GBP|CHF)\b)"
)


def _charged(text: str) -> bool:
    """Some sum above zero is named: an invoice or receipt charges something. (A free ticket's
    "Amount paid INR 0.00" and a reply asking for the invoice charge nothing.)"""
    for match in _AMOUNT.finditer(text):
        figure = (match["a"] or match["b"] or "").strip()
        if any(digit not in "0" for digit in re.sub(r"\D", "", figure)):
            return True
    return False


def marketing(text: str) -> bool:
    """An offer to sign up ("Early-bird pricing ends...", "Register at...") that
    confirms nothing of the holder's: no registration, attendance or completion.
    "Join us" alone is no offer: a reminder of a webinar says it too; "Haven't
    registered yet?" is no registration."""
    return bool(_PROMOTION.search(text)) and not _CONFIRMATION.search(_NOT_YET.sub(" ", text))


#: A registration denied, in the seven languages: "Haven't registered yet?", "noch nicht angemeldet".
_NOT_YET = re.compile(
    r"\b(?:(?:have\s*n['’]?t|have\s+not|not\s+yet|aren['’]t|are\s+not)\s+(?:yet\s+)?(?:registered|enrolled|signed\s+up)"
    r"|noch\s+nicht\s+(?:angemeldet|registriert)|pas\s+encore\s+inscrit(?:e)?|(?:aún|todavía)\s+no\s+(?:te\s+has\s+)?"
    r"(?:registrado|inscrito)|nog\s+niet\s+(?:ingeschreven|aangemeld)|non\s+(?:ti\s+sei\s+)?ancora\s+iscritt[oa]"
    r"|ainda\s+não\s+(?:se\s+)?(?:inscreveu|inscrito|registrou))\b",
    re.I,
)
#: Sent to someone who registered but did not come ("Sorry we missed you"), in the seven languages.
_NOT_ATTENDED = re.compile(
    r"\b(?:sorry\s+we\s+missed\s+you|we\s+missed\s+you|you\s+(?:missed|were\s+unable\s+to\s+(?:attend|join)|did\s+not\s+(?:attend|join)"
    r"|didn['’]t\s+(?:attend|make\s+it))|schade,?\s+dass\s+sie\s+nicht|sie\s+(?:haben|konnten)\s+nicht\s+teilnehmen"
    r"|vous\s+n['’]avez\s+pas\s+pu\s+(?:assister|participer)|nous\s+vous\s+avons\s+manqué|te\s+echamos\s+de\s+menos"
    r"|no\s+pudiste\s+(?:asistir|unirte)|we\s+hebben\s+je\s+gemist|je\s+was\s+er\s+niet\s+bij|ci\s+sei\s+mancat[oa]"
    r"|non\s+hai\s+potuto\s+partecipare|sentimos\s+a\s+sua\s+falta|não\s+pôde\s+(?:participar|comparecer)"
    # "we are sorry you could not attend", in the seven languages
    r"|sorry\s+you\s+(?:could\s+not|couldn['’]t)\s+(?:attend|join|make\s+it)|te\s+lo\s+perdiste"
    r"|lamentamos\s+que\s+no\s+(?:haya|hayas)\s+podido\s+(?:asistir|participar|unirte)"
    r"|bedauern,?\s+dass\s+sie\s+nicht\s+(?:teilnehmen|dabei\s+sein)|regrettons\s+que\s+vous\s+n['’]ayez\s+pas\s+pu"
    r"|jammer\s+dat\s+(?:je|u)\s+er\s+niet\s+bij\s+(?:kon|kon\s+zijn|was)|dispiace\s+che\s+(?:tu\s+)?non\s+(?:sia|abbia)"
    r"|lamentamos\s+que\s+(?:você\s+)?não\s+(?:tenha\s+podido|pôde))\b",
    re.I,
)
#: A registration refused or not confirmed: the session is full or closed.
_DECLINED = re.compile(
    r"\b(?:registration\s+(?:was\s+|is\s+)?(?:not\s+confirmed|declined|unsuccessful)|(?:session|course|event|workshop)\s+is\s+(?:full|sold\s+out|fully\s+booked)"
    r"|anmeldung\s+(?:nicht\s+bestätigt|abgelehnt)|ausgebucht|inscription\s+(?:non\s+confirmée|refusée)|(?:session|atelier|formation|cours)\s+est\s+complète?\b"
    r"|inscripción\s+(?:no\s+confirmada|rechazada)|aanmelding\s+(?:niet\s+bevestigd|afgewezen)|volgeboekt"
    r"|iscrizione\s+non\s+confermata|(?:è|e)\s+al\s+completo|inscrição\s+(?:não\s+confirmada|recusada)|esgotad[oa])",
    re.I,
)
#: A call for speakers or papers: an offer to propose a session, in the seven languages.
_CALL_FOR_SPEAKERS = re.compile(
    r"\b(?:call\s+for\s+(?:speakers|papers|presenters|proposals|sessions)|submit\s+(?:a|your)\s+(?:session|talk|abstract|proposal)"
    r"|referent(?:inn)?en\s+gesucht|appel\s+à\s+(?:orateurs|intervenants|communications)|convocatoria\s+de\s+ponentes"
    r"|oproep\s+voor\s+sprekers|call\s+for\s+speaker|chamada\s+de\s+palestrantes)\b",
    re.I,
)
#: What an order buys when it is no event's ticket: a subscription, a pack of training credits.
_PURCHASE = re.compile(
    r"\b(?:subscription|abonnement|suscripci[óo]n|abbonamento|assinatura|(?:credit|training|learning)\s+(?:pack|credits)"
    r"|all-access|licen[cs]e\s+(?:fee|renewal))\b",
    re.I,
)
#: An order's words, in the seven languages.
_ORDER = re.compile(
    r"\b(?:order\s+(?:number|confirmation|date)|thank\s+you\s+for\s+your\s+(?:order|purchase)|total\s+charged"
    r"|bestell(?:nummer|bestätigung|ung)|commande|pedido|bestelling|ordine|encomenda)\b",
    re.I,
)
#: The holder's own registration confirmed, in the seven languages: a confirmation with an
#: "unsubscribe" footer and a welcome reception's day beside its own is no newsletter.
_OWN_REGISTRATION = re.compile(
    r"\b(?:thank\s+you\s+for\s+your\s+registration|your\s+registration\s+(?:is\s+)?(?:confirmed|summary)"
    r"|registration\s+summary|confirmation\s+no\.?|ihre\s+anmeldung\s+(?:ist\s+)?bestätigt|votre\s+inscription\s+est\s+confirmée"
    r"|su\s+inscripción\s+(?:está\s+)?confirmada|uw\s+inschrijving\s+is\s+bevestigd|la\s+tua\s+iscrizione\s+è\s+confermata"
    r"|a\s+sua\s+inscrição\s+(?:está\s+)?confirmada)\b",
    re.I,
)
#: The holder's own meeting reply, declining (Outlook writes the verb before the invitation's subject).
_REPLY_DECLINED = re.compile(
    r"^(?:declined|abgelehnt|refusé|refusée|rechazad[oa]|geweigerd|afgewezen|rifiutat[oa]|recusad[oa]"
    r"|tentative|mit\s+vorbehalt|provisoire|provisional|tentativ[oa]|voorlopig|provisóri[oa])\s*:",
    re.I,
)
#: An event moved to a later day...
_POSTPONED = re.compile(
    r"\b(?:postponed|verschoben|report(?:é|ée|és)|est\s+reportée?|pospuest[oa]|aplazad[oa]|uitgesteld|verplaatst"
    r"|rinviat[oa]|posticipat[oa]|adiad[oa]|^report\s+de)\b",
    re.I | re.M,
)
#: ...that is not known yet.
_NO_NEW_DATE = re.compile(
    r"\b(?:(?:to|until)\s+a\s+later\s+date|new\s+date\s+(?:will\s+be|is\s+(?:not\s+yet|to\s+be)|has\s+not\s+(?:yet\s+)?been)"
    r"|no\s+new\s+date|not\s+(?:yet\s+)?been\s+rescheduled|date\s+ultérieure"
    # "La nueva fecha aún no está definida", "la nouvelle date n'est pas encore fixée", "nova data ainda não"
    r"|nueva\s+fecha\s+(?:aún\s+|todavía\s+)?no\s+(?:está|ha\s+sido)|nouvelle\s+date\s+n['’](?:est|a)\s+pas\s+encore"
    r"|nuova\s+data\s+non\s+è\s+ancora|nova\s+data\s+ainda\s+não|nieuwe\s+datum\s+is\s+nog\s+niet"
    # "Todavía no tenemos nueva fecha", "noch kein neuer Termin", "pas encore de nouvelle date"
    r"|(?:no\s+tenemos|sin|todavía\s+no\s+(?:hay|tenemos))\s+(?:una\s+)?nueva\s+fecha|noch\s+kein(?:en)?\s+neue[nr]?\s+termin"
    r"|pas\s+encore\s+de\s+nouvelle\s+date|nog\s+geen\s+nieuwe\s+datum|ancora\s+nessuna\s+nuova\s+data"
    r"|ainda\s+(?:não\s+(?:há|temos)|sem)\s+nova\s+data"
    r"|nouvelle\s+date\s+(?:dès|vous\s+sera|sera)|späteren\s+(?:zeitpunkt|termin)|neuer\s+termin\s+(?:wird|folgt|steht)"
    r"|fecha\s+posterior|nueva\s+fecha\s+(?:se|será)|later\s+tijdstip|nieuwe\s+datum\s+(?:volgt|wordt)"
    r"|data\s+successiva|data\s+da\s+definire|nuova\s+data\s+(?:sarà|verrà)|data\s+posterior|nova\s+data\s+(?:será|ainda))",
    re.I,
)
#: The holder put on a waiting list, in the seven languages (not "someone on the waiting list").
_ON_THE_WAITING_LIST = re.compile(
    r"\b(?:you(?:['’]re|\s+are|\s+have\s+been|\s+were)\s+(?:now\s+)?(?:on|added\s+to|placed\s+on|put\s+on)\s+(?:the|our|a)\s+"
    r"wait(?:ing)?[\s-]?list|wait[\s-]?listed|auf\s+(?:der|die)\s+warteliste|sur\s+(?:la|notre)\s+liste\s+d['’]attente"
    r"|en\s+(?:la|nuestra)\s+lista\s+de\s+espera|op\s+de\s+wachtlijst|(?:in|nella)\s+lista\s+d['’]attesa"
    r"|na\s+lista\s+de\s+espera)\b",
    re.I,
)
#: A waiting list named in a subject, in the seven languages: no seat yet, so no activity yet.
_WAITING_LIST = re.compile(
    r"\b(?:wait(?:ing)?[\s-]?list(?:ed)?|warteliste|liste\s+d['’]attente|lista\s+de\s+espera|wachtlijst"
    r"|lista\s+d['’]attesa)\b",
    re.I,
)
#: ...unless the notice says the holder has a seat now.
_OFF_THE_LIST = re.compile(
    r"\b(?:(?:off|from)\s+the\s+wait(?:ing)?[\s-]?list|your\s+(?:seat|place|spot)\s+is\s+(?:now\s+)?confirmed"
    r"|you\s+(?:now\s+)?have\s+a\s+(?:seat|place|spot)|plaza\s+(?:está\s+)?confirmada|platz\s+ist\s+(?:jetzt\s+)?bestätigt"
    r"|place\s+est\s+confirmée|plek\s+is\s+bevestigd|posto\s+è\s+confermato|vaga\s+(?:está\s+)?confirmada)\b",
    re.I,
)
