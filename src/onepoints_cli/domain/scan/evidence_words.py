"""The words that say a document is no evidence of one activity, in the seven
languages: no attendance (a no-show, a refused or declined registration, a
waiting list, a postponement with no new date), an offer (a call for
speakers), a purchase (an order, a sum charged)."""

from __future__ import annotations

import re

#: A sum of money: a currency beside a figure ("USD 1,995.00", "€ 450", "450,00 €", "INR 0.00",
#: "Total (INR) 99,120.00").
#: The currencies a partner in or beyond the seven languages' countries bills in.
_CURRENCY = (
    r"USD|EUR|GBP|INR|CHF|BRL|AUD|CAD|SGD|MXN|PLN|SEK|NOK|DKK|CZK|HUF|RON|JPY|CNY|ZAR|NZD|HKD|AED|SAR|ILS|TRY"
)
AMOUNT = re.compile(
    rf"(?:[$€£₹¥]|\b(?:{_CURRENCY})\b\)?|R\$|A\$)[ \t]*(?P<a>\d[\d.,\s]*)"
    # "8 487,00 PLN": thousands apart by a space, as Poland and France write them
    rf"|(?P<b>\d{{1,3}}(?:[ \u00a0.,]\d{{3}})*(?:[.,]\d\d)?)[ \t]*(?:€|zł|\b(?:{_CURRENCY})\b)"
)


def charged(text: str) -> bool:
    """Some sum above zero is named: an invoice or receipt charges something. (A free ticket's
    "Amount paid INR 0.00" and a reply asking for the invoice charge nothing.) A table's
    "Amount (EUR)" header names the currency its "Total 13,100.00" is in."""
    figures = [(match["a"] or match["b"] or "").strip() for match in AMOUNT.finditer(text)]
    if _CURRENCY_HEADER.search(text):
        figures += [match["figure"] for match in _TOTAL_FIGURE.finditer(text)]
    return any(any(digit not in "0" for digit in re.sub(r"\D", "", figure)) for figure in figures)


_CURRENCY_HEADER = re.compile(
    rf"\b(?:amount|betrag|montant|importe|bedrag|importo|valor|price|total)\s*\(\s*(?:{_CURRENCY}|[$€£])\s*\)",
    re.I,
)
_TOTAL_FIGURE = re.compile(
    r"^[ \t]*(?:total|amount\s+due|balance\s+due|gesamtbetrag|summe|montant\s+total|importe\s+total|totaal|totale)"
    r"[ \t:]*(?P<figure>\d{1,3}(?:[ ,.]\d{3})*[.,]\d\d)\b",
    re.I | re.M,
)


#: A registration denied, in the seven languages: "Haven't registered yet?", "noch nicht angemeldet".
NOT_YET = re.compile(
    r"\b(?:(?:have\s*n['’]?t|have\s+not|not\s+yet|aren['’]t|are\s+not|not)\s+(?:yet\s+)?(?:registered|enrolled|signed\s+up)(?:\s+yet)?"
    r"|noch\s+nicht\s+(?:angemeldet|registriert)|pas\s+encore\s+inscrit(?:e)?|(?:aún|todavía)\s+no\s+(?:te\s+has\s+)?"
    r"(?:registrado|inscrito)|nog\s+niet\s+(?:ingeschreven|aangemeld)|non\s+(?:ti\s+sei\s+)?ancora\s+iscritt[oa]"
    r"|ainda\s+não\s+(?:se\s+)?(?:inscreveu|inscrito|registrou)"
    # colleagues deciding: "Nobody from the team has registered yet", "I haven't registered anybody yet"
    r"|(?:nobody|no\s+one|none\s+of\s+us)\b[^.\n]{0,30}?\b(?:has|have)\s+(?:registered|enrolled|signed\s+up)(?:\s+yet)?"
    r"|have\s*n['’]?t\s+registered\s+(?:anybody|anyone)(?:\s+yet)?"
    # "Registration is required to receive the join link": the link is for those who sign up
    r"|registration\s+is\s+required\s+to\s+receive\s+the\s+join\s+link"
    # "If you already registered, you don't need to do anything": said to every member of a list
    r"|if\s+you(?:['’]ve|\s+have)?\s+already\s+(?:registered|signed\s+up|enrolled)"
    # a list's reason for writing: "You are receiving this because you attended a OneStream event"
    r"|(?:receiving|received)\s+this\s+(?:e-?mail\s+|message\s+)?because\s+you\s+(?:attended|registered\s+for|signed\s+up\s+for)"
    r"\s+an?\s+(?:[\w-]+\s+){0,3}?(?:event|webinar|session|course)s?)\b",
    re.I,
)


#: Sent to someone who registered but did not come ("Sorry we missed you"), in the seven languages.
NOT_ATTENDED = re.compile(
    r"\b(?:sorry\s+we\s+missed\s+you|we\s+missed\s+you|you\s+(?:missed|were\s+unable\s+to\s+(?:attend|join)|did\s+not\s+(?:attend|join)"
    r"|didn['’]t\s+(?:attend|make\s+it))|schade,?\s+dass\s+sie\s+nicht|sie\s+(?:haben|konnten)\s+nicht\s+teilnehmen"
    r"|vous\s+n['’]avez\s+pas\s+pu\s+(?:assister|participer)|nous\s+vous\s+avons\s+manqué|te\s+echamos\s+de\s+menos"
    r"|no\s+pudiste\s+(?:asistir|unirte)|we\s+hebben\s+je\s+gemist|je\s+was\s+er\s+niet\s+bij|ci\s+sei\s+mancat[oa]"
    r"|non\s+hai\s+potuto\s+partecipare|sentimos\s+a\s+sua\s+falta|não\s+pôde\s+(?:participar|comparecer)"
    # "we are sorry you could not attend", in the seven languages
    r"|sorry\s+you\s+(?:could\s+not|couldn['’]t)\s+(?:attend|join|make\s+it)|te\s+lo\s+perdiste"
    # "you registered ... but weren't able to join us live"
    r"|(?:were\s*n['’]?t|were\s+not|was\s*n['’]?t|was\s+not)\s+able\s+to\s+(?:attend|join|make\s+it)"
    r"|nicht\s+dabei\s+sein\s+konnten|n['’]avez\s+pas\s+pu\s+(?:vous\s+joindre|être\s+présent)|no\s+pudo\s+(?:asistir|unirse)"
    r"|niet\s+aanwezig\s+kon\s+zijn|non\s+è\s+riuscit[oa]\s+a\s+partecipare|não\s+conseguiu\s+participar"
    # a replay sent to every registrant: "Couldn't make it live?", "whether you joined us live or not"
    r"|(?:could\s+not|couldn['’]t)\s+make\s+it\s+live|whether\s+(?:or\s+not\s+)?you\s+(?:joined|attended)(?:\s+us)?(?:\s+live)?\s+or\s+not"
    r"|lamentamos\s+que\s+no\s+(?:haya|hayas)\s+podido\s+(?:asistir|participar|unirte)"
    r"|bedauern,?\s+dass\s+sie\s+nicht\s+(?:teilnehmen|dabei\s+sein)|regrettons\s+que\s+vous\s+n['’]ayez\s+pas\s+pu"
    r"|jammer\s+dat\s+(?:je|u)\s+er\s+niet\s+bij\s+(?:kon|kon\s+zijn|was)|dispiace\s+che\s+(?:tu\s+)?non\s+(?:sia|abbia)"
    r"|lamentamos\s+que\s+(?:você\s+)?não\s+(?:tenha\s+podido|pôde))\b",
    re.I,
)


#: Product documentation named at its top: release notes, an installation or user guide.
DOCUMENTATION = re.compile(
    r"\b(?:release\s+notes|versionshinweise|notes\s+de\s+(?:version|publication)|notas\s+de\s+(?:la\s+)?versi[óo]n"
    r"|release-?opmerkingen|note\s+di\s+rilascio|notas\s+de\s+(?:lançamento|versão)|(?:installation|upgrade|user|administrator)\s+guide"
    r"|installationshandbuch|benutzerhandbuch|guide\s+d['’](?:installation|utilisation)|guía\s+de\s+(?:instalación|usuario))\b",
    re.I,
)


#: "What's New in OneStream Platform 9.3" is a webinar's title as often as a document's: product
#: documentation when its top gives a document's version or a release date too.
WHATS_NEW = re.compile(
    r"^\W*(?:what['’]s\s+new\s+in|neuerungen\s+in|nouveautés\s+de|novedades\s+de|wat\s+is\s+er\s+nieuw\s+in"
    r"|novità\s+(?:di|della|in)|novidades\s+(?:do|da|de))\b",
    re.I,
)
DOCUMENT_VERSION = re.compile(
    r"\b(?:document\s+version|dokumentversion|version\s+du\s+document|versión\s+del\s+documento|documentversie"
    r"|versione\s+del\s+documento|versão\s+do\s+documento|release\s+date|erscheinungsdatum|date\s+de\s+publication"
    r"|fecha\s+de\s+lanzamiento|releasedatum|data\s+di\s+rilascio|data\s+de\s+lançamento)\b",
    re.I,
)


#: A line of a pasted chat: a person's name and the time they wrote ("Priya Sample 10:49").
CHAT_STAMP = re.compile(
    r"^[ \t]*[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,2},?[ \t]+\d{1,2}:\d\d(?:[ \t]*[AP]M)?[ \t]*$"
    # a meeting's chat as Zoom saves it: "09:15:03 From  Alex Kim  to  Everyone:"
    r"|^[ \t]*\d{1,2}:\d\d:\d\d[ \t]+(?:From|Von|De|Van|Da)[ \t]+[^\n]{1,60}?[ \t]+(?:to|an|à|a|aan|para)[ \t]+[^\n]{1,40}:[ \t]*$",
    re.M,
)


#: An automatic reply ("Out of Office", "Automatische Antwort") quoting what it answers: someone else's mailbox.
AUTO_REPLY = re.compile(
    r"^(?:automatic\s+reply|auto(?:matic)?[-\s]?reply|out\s+of\s+(?:the\s+)?office|automatische\s+antwort|abwesenheitsnotiz"
    r"|réponse\s+automatique|absence\s+du\s+bureau|respuesta\s+automática|fuera\s+de\s+la\s+oficina|automatisch\s+antwoord"
    r"|afwezig|risposta\s+automatica|fuori\s+sede|resposta\s+automática|fora\s+do\s+escritório)\s*:",
    re.I,
)


#: A registration refused or not confirmed: the session is full or closed.
DECLINED = re.compile(
    r"\b(?:registration\s+(?:was\s+|is\s+)?(?:not\s+confirmed|declined|unsuccessful|pending)"
    r"|(?:pending|awaiting|requires?|subject\s+to)\s+(?:the\s+)?(?:host['’]s\s+|organi[sz]er['’]s\s+)?approval|(?:session|course|event|workshop)\s+is\s+(?:full|sold\s+out|fully\s+booked)"
    r"|anmeldung\s+(?:nicht\s+bestätigt|abgelehnt)|ausgebucht|inscription\s+(?:non\s+confirmée|refusée)|(?:session|atelier|formation|cours)\s+est\s+complète?\b"
    r"|inscripción\s+(?:no\s+confirmada|rechazada)|aanmelding\s+(?:niet\s+bevestigd|afgewezen)|volgeboekt"
    r"|iscrizione\s+non\s+confermata|(?:è|e)\s+al\s+completo|inscrição\s+(?:não\s+confirmada|recusada)|esgotad[oa]"
    # "la inscripción está cerrada: se han cubierto las 100 plazas", "registration is closed", "no seats left"
    # ("Registration closed on 27/02/2026" is a past deadline, not a refusal)
    r"|registration\s+is\s+(?:now\s+)?closed|no\s+(?:seats|places)\s+(?:are\s+)?left|inscripción\s+está\s+cerrada|no\s+quedan\s+plazas"
    r"|keine\s+plätze\s+mehr|plus\s+de\s+places|inscriptions?\s+(?:sont\s+|est\s+)?closes?|geen\s+plaatsen\s+meer"
    r"|posti\s+esauriti|iscrizioni\s+chiuse|inscrições\s+encerradas)",
    re.I,
)


#: A call for speakers or papers: an offer to propose a session, in the seven languages.
#: A provider's terms and conditions, in the seven languages: rules for bookings, no activity.
TERMS = re.compile(
    r"^\W*(?:general\s+)?(?:terms\s+(?:and|&)\s+conditions|terms\s+of\s+(?:sale|service|business)"
    r"|allgemeine\s+geschäftsbedingungen|conditions\s+générales(?:\s+de\s+vente)?|condiciones\s+generales"
    r"|algemene\s+(?:voorwaarden|leveringsvoorwaarden)|condizioni\s+generali|termini\s+e\s+condizioni"
    r"|termos\s+e\s+condições|condições\s+gerais)\b",
    re.I,
)
#: A form to fill in and sign, by its heading: "Enrolment Form / Anmeldeformular" over "Signature: ____".
BLANK_FORM = re.compile(
    r"^[^\n]{0,60}\b(?:enrol(?:l)?ment\s+form|registration\s+form|anmeldeformular|formulaire\s+d['’]inscription"
    r"|formulario\s+de\s+inscripci[óo]n|inschrijfformulier|modulo\s+di\s+iscrizione|formul[áa]rio\s+de\s+inscri[çc][ãa]o)\b"
    r"(?=[\s\S]*\b(?:signature|unterschrift|firma|assinatura|handtekening)\b)",
    re.I,
)
#: A blank form's fields: "[Participant Name]", "{{session_title}}", "on ____ / ____" (a short
#: blank: a longer run of "_" is a signature line or Outlook's and Teams' separator).
PLACEHOLDER = re.compile(r"\[[A-Z][\w ,]{2,30}\]|\{\{\s*\w+\s*\}\}|(?<!_)_{3,12}(?!_)|<<\s*\w[\w ]*>>")


#: A credential's status: a badge expired, to renew; in the seven languages.
CREDENTIAL_STATUS = re.compile(
    r"\b(?:credential\s+status|(?:badge|certification|credential|certificate)\s+(?:has\s+)?expired|expired\s+on"
    r"|is\s+no\s+longer\s+(?:shown\s+as\s+)?(?:active|valid)|(?:expiry|expiration|renewal)\s+(?:notice|reminder)"
    r"|abgelaufen|nicht\s+mehr\s+gültig|a\s+expiré|n['’]est\s+plus\s+valide|ha\s+caducado|ha\s+expirado|is\s+verlopen"
    r"|è\s+scadut[oa]|expirou|está\s+expirad[oa])\b",
    re.I,
)
#: A quote or estimate: a price offered for a course, in the seven languages.
QUOTE = re.compile(
    r"^\W*(?:quote|quotation|estimate|price\s+quote|angebot|kostenvoranschlag|devis|presupuesto|cotización|offerte"
    r"|preventivo|orçamento|cotação)\b|\b(?:quote|quotation|angebot|devis|presupuesto|offerte|preventivo|orçamento)"
    r"\s+(?:no\.?|nr\.?|n[º°]|number|#)\s*[\w-]+",
    re.I | re.M,
)
#: A hotel stay, a flight or a parking permit: a booking near an event, not the event.
TRAVEL = re.compile(
    r"\b(?:check-?in|check-?out|length\s+of\s+stay|your\s+stay|nights?,\s+\d+\s+rooms?|room\s+type|boarding\s+pass"
    r"|parking\s+(?:permit|pass)|vehicle\s+plate|parkschein|stationnement|aparcamiento|parkeerkaart|parcheggio|estacionamento"
    r"|flight\s+(?:number|confirmation)|anreise|abreise|übernachtung|arrivée|séjour|llegada|estancia|aankomst|verblijf"
    r"|arrivo|soggiorno|estadia)\b",
    re.I,
)
#: A support case's notification.
SUPPORT_CASE = re.compile(
    r"\b(?:case\s+(?:#\s*)?\d{5,}\s+(?:has\s+been\s+)?(?:updated|created|closed|opened|resolved)|support\s+case"
    r"|reply\s+above\s+this\s+line\s+to\s+update\s+your\s+case|ticket\s+#?\d{4,}\s+(?:has\s+been\s+)?(?:updated|closed)"
    # a support engineer's call about a case: "let's review case 01842277 together", "Severity: 2 - High"
    r"|(?:review|discuss)\s+(?:your\s+|the\s+)?case\s+#?\d{5,}|support\s*-\s*case\s+#?\d{5,})\b",
    re.I,
)
#: A parcel on its way: conference merchandise, a book ("Your order has shipped", "Tracking number").
SHIPMENT = re.compile(
    r"\b(?:(?:order|package|parcel)\s+(?:has\s+)?shipped|has\s+shipped|tracking\s+(?:number|no\.?)|sendungsnummer"
    r"|sendungsverfolgung|commande\s+a\s+été\s+expédiée|numéro\s+de\s+suivi|número\s+de\s+seguimiento"
    r"|track\s*(?:&|and)\s*trace|numero\s+di\s+tracciamento|código\s+de\s+rastreio)\b",
    re.I,
)
#: The holder's own calendar hold: "Prep for WAVE", "Block: travel to Splash", "Focus time".
OWN_HOLD = re.compile(
    # and a to-do: "Register for Splash!", "Sign up for WAVE"
    r"^\W*(?:prep(?:are)?\s+for|preparation\s+for|block(?=\s*:)|hold(?=\s*:)|focus(?=\s*:)|focus\s+time|travel\s+to|flight\s+to"
    r"|register\s+for|sign\s+up\s+for|anmelden\s+(?:für|zu)|s['’]inscrire|inscribirse|inschrijven|iscriversi|inscrever-se"
    # the holder's own reminder about the certification itself: "Submit OnePoints case", "Log my CPE hours"
    r"|(?:submit|file|send|log|collect)\s+(?:my\s+|the\s+)?(?:onepoints|points|cpe|evidence|certificates?|credentialing)"
    r"|onepoints\s+(?:tracker|review|check|log)"
    r"|vorbereitung|préparation|preparación|voorbereiding|preparazione|preparação)\b",
    re.I,
)
#: A subscription's or licence's renewal: a commercial notice, no activity.
SUBSCRIPTION = re.compile(
    r"\b(?:subscription|licen[cs]e|abonnement|suscripci[óo]n|abbonamento|assinatura)\s+(?:renew(?:al|s)?|expir\w*|agreement)"
    r"|\b(?:subscription|licen[cs]e)\s+(?:\([^)]*\)\s+)?renews\s+on\b|\brenews\s+on\b"
    # an account executive's call: "review your current OneStream licences (120 named users), the renewal on"
    r"|\blicen[cs]es?\b[^\n]{0,80}\n?[^\n]{0,40}\brenewal\b"
    # a solution downloaded from the Marketplace: software, not training
    r"|\bthanks?\s+(?:you\s+)?for\s+downloading\b|\byour\s+(?:solution\s+)?package\s+is\s+ready\b",
    re.I,
)
#: A subject or first line that confirms the holder left a mailing list ("Confirmation de
#: désinscription", "You have been unsubscribed"); a ticket's footer link to unsubscribe is no such.
UNSUBSCRIBED = re.compile(
    r"^[^\n]{0,40}\b(?:unsubscribed|unsubscribe\s+confirmation|désinscription|désabonnement|abgemeldet"
    r"|baja\s+de\s+la\s+lista|uitgeschreven|disiscrizione|descadastrad[oa])\b",
    re.I,
)
#: An agenda's heading: "Agenda", "Programme", "Tagesordnung", "Ordre du jour"...
AGENDA = re.compile(
    r"^\s*(?:[^\n]{0,60}\n)?\s*(?:agenda|programme|program|tagesordnung|ordre\s+du\s+jour|orden\s+del\s+día|programma"
    r"|programa)\s*(?:\n|$)"
    # or its first line says so: "Splash 2026 - Agenda at a Glance (v7, subject to change)"
    r"|^\s*[^\n]{0,60}\b(?:agenda\s+at\s+a\s+glance|full\s+agenda|conference\s+agenda|programme\s+overview)\b"
    # "OneStream Finance Summit 2026 · Agenda": the event's name, then the word, ending the first line
    r"|^\s*[^\n]{0,80}\s[-–·|:]\s*(?:agenda|programme|program|tagesordnung|programma|programa)[ \t]*(?:\n|$)",
    re.I,
)
#: A policy or guidelines document, in the seven languages.
POLICY = re.compile(
    r"^\W*(?:[\w&]+\s+){0,5}(?:policy|guidelines|richtlinie|leitfaden|politique|directives|política|beleid|richtlijnen"
    r"|linee\s+guida)\b",
    re.I,
)
#: A reservation waiting for payment, in the seven languages.
PENDING = re.compile(
    # or a payment that failed: "your card ... was declined", "Zahlung fehlgeschlagen"
    r"\b(?:payment\s+(?:has\s+)?failed|(?:card|payment)\s+(?:[\w-]+\s+){0,4}was\s+declined|zahlung\s+fehlgeschlagen"
    r"|paiement\s+(?:a\s+)?échoué|pago\s+(?:ha\s+)?fallado|betaling\s+(?:is\s+)?mislukt|pagamento\s+(?:non\s+riuscito|falhou)"
    r"|payment\s+pending|pending\s+payment|status\s*:\s*provisional|provisional\s+(?:reservation|booking)"
    r"|(?:reservation|seat)\s+(?:lapses|is\s+released)|zahlung\s+ausstehend|vorläufige\s+reservierung|paiement\s+en\s+attente"
    r"|réservation\s+provisoire|pago\s+pendiente|reserva\s+provisional|betaling\s+in\s+afwachting|voorlopige\s+reservering"
    r"|pagamento\s+in\s+sospeso|prenotazione\s+provvisoria|pagamento\s+pendente|reserva\s+provisória)\b",
    re.I,
)
#: An event's logistics: a floor plan, its booths.
LOGISTICS = re.compile(
    r"\b(?:floor\s+plan|hallenplan|plan\s+du\s+salon|plano\s+de\s+la\s+exposición|plattegrond|piantina|planta\s+baixa"
    # a dinner's seating plan: names at tables
    r"|seating\s+(?:plan|chart)|table\s+plan|tischordnung|plan\s+de\s+table|plano\s+de\s+mesas|tafelindeling"
    r"|piano\s+dei\s+tavoli|mapa\s+de\s+mesas)\b",
    re.I,
)
#: A survey or a form about an event: a T-shirt size, feedback before attending.
SURVEY = re.compile(
    r"\b(?:t-?shirt\s+(?:size\s+)?survey|shirt\s+size|tell\s+us\s+your\s+size|survey\s+id|umfrage|sondage|encuesta|enquête"
    r"|how\s+would\s+you\s+rate|rate\s+this\s+course|rate\s+it|how\s+was\s+(?:the|your|today's)\s+(?:webinar|session|course"
    r"|class|event|workshop|tech\s+talk)\s*\?|bewerten\s+sie\s+(?:den|diesen)\s+kurs|évaluez\s+(?:ce|cette)"
    r"|questionario|pesquisa)\b",
    re.I,
)
#: A community forum's notification: a reply to the holder's question or post.
COMMUNITY = re.compile(
    r"\b(?:your\s+question\s+was\s+answered|marked\s+a\s+reply\s+as\s+the\s+solution|replied\s+to\s+your\s+(?:post|question|topic)"
    r"|you\s+are\s+receiving\s+this\s+because\s+you\s+(?:are\s+watching|are\s+following|watch|follow)\s+this\s+(?:topic|thread)"
    r"|replied\s+to\s+a\s+(?:thread|topic|post)\s+you\s+(?:follow|watch)"
    r"|liked\s+your\s+(?:post|reply)|new\s+reply\s+(?:to|in)\s+(?:your|a\s+topic)"
    # a professional network's connection request
    r"|add\s+me\s+to\s+your\s+(?:professional\s+)?network|join\s+your\s+professional\s+network|wants\s+to\s+connect"
    r"|connection\s+request)\b",
    re.I,
)
#: An editor asking for revisions before accepting an article, in the seven languages.
REVISIONS = re.compile(
    r"\b(?:revisions?\s+requested|requesting\s+revisions|revise\s+and\s+resubmit|before\s+we\s+can\s+accept"
    r"|überarbeitung\s+erbeten|bitten\s+(?:wir\s+)?um\s+überarbeitung|révisions?\s+demandées?|revisiones\s+solicitadas"
    r"|revisie\s+gevraagd|revisioni\s+richieste|revisões\s+solicitadas)\b",
    re.I,
)
#: The holder's article said published: "your article ... was published", "is live".
PUBLISHED_OWN = re.compile(
    r"\b(?:your\s+article|ihr\s+(?:artikel|beitrag)|votre\s+article|tu\s+artículo|su\s+artículo|je\s+artikel|uw\s+artikel"
    r"|il\s+(?:tuo|suo)\s+articolo|(?:o\s+)?seu\s+artigo)\b[^.]{0,200}?\b(?:published|is\s+live|went\s+live|veröffentlicht"
    r"|publié|publicado|gepubliceerd|pubblicato|en\s+ligne|online)\b",
    re.I | re.S,
)


#: An exam's score report: a certification exam taken, not training that earns points.
EXAM_SCORE = re.compile(
    r"\b(?:(?:exam(?:ination)?|test)\s+(?:score\s+)?(?:report|results?)|score\s+report|passing\s+score|prüfungsergebnis"
    r"|résultats?\s+(?:de\s+l['’])?examen|resultados?\s+del\s+examen|examenuitslag|esito\s+dell['’]esame"
    r"|resultado\s+do\s+exame"
    # an exam booked: "Exam registration confirmed", "Thank you for registering for the ... exam", "Online proctored"
    r"|exam\s+(?:registration|appointment|booking)|registering\s+for\s+the\s+[^\n]{0,80}?\bexam\b|online\s+proctored"
    r"|prüfungstermin|inscription\s+à\s+l['’]examen|inscripción\s+(?:al|para\s+el)\s+examen)\b",
    re.I,
)


#: A conference's offer to sponsors or exhibitors: packages and prices, nothing attended.
SPONSORSHIP = re.compile(
    r"\b(?:sponsorship\s+(?:prospectus|packages?|opportunities)|exhibitor\s+prospectus|sponsoringpakete|sponsoring-?angebot"
    r"|dossier\s+de\s+(?:sponsoring|partenariat)|paquetes\s+de\s+patrocinio|sponsorpakketten|pacchetti\s+(?:di\s+)?sponsorizzazione"
    r"|pacotes\s+de\s+patroc[íi]nio)\b",
    re.I,
)


#: A meeting's minutes: its action items or next meeting, in the seven languages.
MINUTES = re.compile(
    r"^[ \t]*(?:action\s+items|next\s+meeting|aufgaben|nächstes\s+treffen|actions\s+à\s+mener|prochaine\s+réunion"
    r"|acciones|próxima\s+reunión|actiepunten|volgende\s+vergadering|azioni|prossima\s+riunione|ações|próxima\s+reunião)\b",
    re.I | re.M,
)


#: A training voucher not used yet: bought, not redeemed, so no course taken.
VOUCHER = re.compile(
    # a voucher's own heading: "Certification Exam Voucher", "Training voucher"
    r"^\W*(?:[\w-]+\s+){0,3}?voucher\b(?![^\n]*\b(?:redeemed|used)\b)"
    r"|\b(?:voucher|gutschein|bon\s+de\s+formation|vale\s+de\s+formación|tegoedbon|buono\s+formativo)\b[^\n]{0,200}"
    r"(?:\n[^\n]*){0,20}?\b(?:not\s+(?:yet\s+)?(?:been\s+)?redeemed|how\s+to\s+redeem|noch\s+nicht\s+eingelöst|pas\s+encore\s+utilisé"
    r"|no\s+(?:ha\s+sido\s+)?canjead[oa]|nog\s+niet\s+ingewisseld|non\s+ancora\s+utilizzat[oa]|ainda\s+não\s+resgatad[oa])",
    re.I,
)


#: The holder's own draft: a post or a message not sent.
DRAFT = re.compile(r"^\W*(?:draft|entwurf|brouillon|borrador|concept|bozza|rascunho)\b", re.I)


#: A course's syllabus or outline, or a provider's price list: what is offered, not taken.
SYLLABUS = re.compile(
    r"^\W*(?:[\w&—–-]+\s+){0,6}?(?:course\s+syllabus|syllabus|course\s+outline|lehrplan|kursbeschreibung"
    r"|programme\s+de\s+(?:la\s+)?formation|temario|cursusbeschrijving|programma\s+del\s+corso|ementa"
    r"|price\s+list|preisliste|liste\s+de\s+prix|lista\s+de\s+precios|prijslijst|listino\s+prezzi|tabela\s+de\s+preços)\b",
    re.I,
)


#: An offer to pay for more on top of a registration: a VIP pass, a seat upgrade.
UPGRADE = re.compile(
    r"\b(?:upgrade\s+(?:your\s+(?:seat|pass|ticket|registration)|to\s+(?:the\s+)?(?:vip|premium|all-access))"
    r"|upgrade\s+now)\b",
    re.I,
)


#: An expense report, in the seven languages: costs of a trip or a project, no activity.
EXPENSE = re.compile(
    r"\b(?:expense\s+(?:report|claim)|reisekostenabrechnung|spesenabrechnung|note\s+de\s+frais|informe\s+de\s+gastos"
    r"|declaratieformulier|onkostennota|nota\s+spese|relatório\s+de\s+despesas)\b",
    re.I,
)


#: A job offer or a recruiter's message, in the seven languages.
JOB = re.compile(
    r"\b(?:salary|job\s+(?:offer|opening|description)|we\s+are\s+hiring|is\s+looking\s+for\s+an?\s+[\w ]{0,40}?consultant"
    r"|recruiter|headhunter|gehalt|stellenangebot|offre\s+d['’]emploi|salaire|oferta\s+de\s+empleo|salario|vacature"
    r"|salaris|offerta\s+di\s+lavoro|retribuzione|vaga\s+de\s+emprego|salário)\b",
    re.I,
)


#: A learning history or transcript: the holder's own record of courses, in the seven languages.
LEARNING_HISTORY = re.compile(
    r"\b(?:transcript|learning\s+history|my\s+learning|lernhistorie|weiterbildungshistorie|historique\s+de\s+formation"
    r"|historial\s+de\s+(?:formación|aprendizaje)|leerhistorie|storico\s+(?:della\s+)?formazione"
    r"|histórico\s+de\s+(?:formação|aprendizagem))\b",
    re.I,
)
#: The holder's attendance said, in the seven languages: "confirms that X attended".
ATTENDED = re.compile(
    r"\b(?:attended|teilgenommen|a\s+assisté|a\s+participé|asisti[óo]|ha\s+participado|deelgenomen|ha\s+partecipato"
    # a certificate's "por haber participado en", "pour avoir participé à", "per aver partecipato"
    r"|participou|frequentou|haber\s+(?:participado|asistido)|avoir\s+(?:participé|assisté)|aver\s+partecipato"
    r"|ter\s+participado|took\s+part\s+in|participated\s+in"
    # the holder's part as a speaker: "thank you for hosting our webinar", "you facilitated the session"
    r"|thank\s+you\s+for\s+(?:hosting|presenting|facilitating|speaking\s+at)|you\s+(?:facilitated|presented|hosted)"
    # thanks for attending, and a letter attesting the holder's participation, in the other languages
    r"|gracias\s+por\s+(?:asistir|participar)|(?:la\s+)?sua\s+partecipazione|attestiamo|attestons\s+que"
    r"|votre\s+participation|su\s+participación|(?:uw|je)\s+deelname|a\s+sua\s+participação"
    r"|bestätigen\s+(?:wir\s+)?(?:die|ihre|hiermit\s+die)\s+teilnahme)\b",
    re.I,
)


CALL_FOR_SPEAKERS = re.compile(
    r"\b(?:call\s+for\s+(?:speakers|papers|presenters|proposals|sessions)|submit\s+(?:a|your)\s+(?:session|talk|abstract|proposal)"
    r"|referent(?:inn)?en\s+gesucht|appel\s+à\s+(?:orateurs|intervenants|communications)|convocatoria\s+de\s+ponentes"
    r"|oproep\s+voor\s+sprekers|call\s+for\s+speaker|chamada\s+de\s+palestrantes)\b",
    re.I,
)


#: What an order buys when it is no event's ticket: a subscription, a pack of training credits.
PURCHASE = re.compile(
    r"\b(?:subscription|abonnement|suscripci[óo]n|abbonamento|assinatura|(?:credit|training|learning)\s+(?:pack|credits)"
    r"|all-access|licen[cs]e\s+(?:fee|renewal))\b",
    re.I,
)


#: An order's words, in the seven languages.
ORDER = re.compile(
    r"\b(?:order\s+(?:number|confirmation|date)|thank\s+you\s+for\s+your\s+(?:order|purchase)|total\s+charged"
    r"|bestell(?:nummer|bestätigung|ung)|commande|pedido|bestelling|ordine|encomenda)\b",
    re.I,
)


#: The holder's own registration confirmed, in the seven languages: a confirmation with an
#: "unsubscribe" footer and a welcome reception's day beside its own is no newsletter.
OWN_REGISTRATION = re.compile(
    r"\b(?:thank\s+you\s+for\s+your\s+registration|your\s+registration\s+(?:is\s+)?(?:confirmed|summary)"
    r"|registration\s+summary|confirmation\s+no\.?|ihre\s+anmeldung\s+(?:ist\s+)?bestätigt|votre\s+inscription\s+est\s+confirmée"
    r"|su\s+inscripción\s+(?:está\s+)?confirmada|uw\s+inschrijving\s+is\s+bevestigd|la\s+tua\s+iscrizione\s+è\s+confermata"
    r"|a\s+sua\s+inscrição\s+(?:está\s+)?confirmada"
    # the holder's own sign-up said in words: "You're in!", "Thanks for signing up", "Sie sind angemeldet"
    r"|you(?:['’]re|\s+are)\s+(?:in\b(?=\s*[!.,])|registered|confirmed|all\s+set)|thanks?\s+(?:you\s+)?for\s+(?:signing\s+up|registering)"
    r"|sie\s+sind\s+(?:angemeldet|registriert)|vous\s+êtes\s+inscrite?|estás\s+(?:registrad|inscrit)[oa]"
    r"|je\s+bent\s+(?:ingeschreven|aangemeld|geregistreerd)|sei\s+iscritt[oa]|você\s+está\s+inscrit[oa]"
    # "Nous avons le plaisir de vous confirmer votre participation à la formation"
    r"|(?:confirm(?:er|ons)?|bestätigen|confirmamos|bevestigen|confermiamo|confirmamos)\s+(?:wir\s+)?(?:votre|ihre|su|uw|je|la\s+sua|a\s+sua|your)"
    r"\s+(?:participation|teilnahme|participación|deelname|partecipazione|participação|registration|inscription|anmeldung))\b",
    re.I,
)


#: The holder's own "Accepted:" answer to a calendar item, in the seven languages.
REPLY_ACCEPTED = re.compile(
    r"^(?:accepted|angenommen|zugesagt|accepté|acceptée|aceptad[oa]|geaccepteerd|accettat[oa]|aceit[oa])\s*:",
    re.I,
)


#: The holder's own meeting reply, declining (Outlook writes the verb before the invitation's subject).
REPLY_DECLINED = re.compile(
    r"^(?:declined|abgelehnt|refusé|refusée|rechazad[oa]|geweigerd|afgewezen|rifiutat[oa]|recusad[oa]"
    r"|tentative|mit\s+vorbehalt|provisoire|provisional|tentativ[oa]|voorlopig|provisóri[oa])\s*:",
    re.I,
)


#: An event moved to a later day...
POSTPONED = re.compile(
    r"\b(?:postponed|verschoben|report(?:é|ée|és)|est\s+reportée?|pospuest[oa]|aplazad[oa]|uitgesteld|verplaatst"
    r"|rinviat[oa]|posticipat[oa]|adiad[oa]|^report\s+de)\b",
    re.I | re.M,
)


#: ...that is not known yet.
NO_NEW_DATE = re.compile(
    r"\b(?:(?:to|until)\s+a\s+later\s+date|new\s+date\s+(?:will\s+be|is\s+(?:not\s+yet|to\s+be)|has\s+not\s+(?:yet\s+)?been)"
    r"|no\s+new\s+date|not\s+(?:yet\s+)?been\s+rescheduled|date\s+ultérieure"
    # "A new date will follow in the coming weeks", "new date to follow"
    r"|new\s+date\s+(?:will\s+follow|to\s+follow|to\s+be\s+announced|tba|tbc)"
    # "La nueva fecha aún no está definida", "la nouvelle date n'est pas encore fixée", "nova data ainda não"
    r"|nueva\s+fecha\s+(?:aún\s+|todavía\s+)?no\s+(?:está|ha\s+sido)|nouvelle\s+date\s+n['’](?:est|a)\s+pas\s+encore"
    r"|nuova\s+data\s+non\s+è\s+ancora|nova\s+data\s+ainda\s+não|nieuwe\s+datum\s+is\s+nog\s+niet"
    # "Todavía no tenemos nueva fecha", "noch kein neuer Termin", "pas encore de nouvelle date"
    r"|(?:no\s+tenemos|sin|todavía\s+no\s+(?:hay|tenemos))\s+(?:una\s+)?nueva\s+fecha|noch\s+kein(?:en)?\s+neue[nr]?\s+termin"
    r"|pas\s+encore\s+de\s+nouvelle\s+date|nog\s+geen\s+nieuwe\s+datum|ancora\s+nessuna\s+nuova\s+data"
    r"|ainda\s+(?:não\s+(?:há|temos)|sem)\s+nova\s+data"
    r"|nouvelle\s+date\s+(?:dès|vous\s+sera|sera)|späteren\s+(?:zeitpunkt|termin)|neuer\s+termin\s+(?:wird|folgt|steht)"
    r"|fecha\s+posterior|nueva\s+fecha\s+(?:se|será)|later\s+tijdstip|nieuwe\s+datum\s+(?:volgt|wordt)"
    # "rinviato a data da destinarsi", "aplazado a una fecha por determinar", "date to be announced"
    r"|data\s+da\s+destinarsi|fecha\s+por\s+(?:determinar|confirmar|definir)|date\s+à\s+(?:déterminer|définir|confirmer)"
    r"|datum\s+(?:nog\s+)?te\s+bepalen|data\s+a\s+(?:definir|confirmar)|(?:new\s+)?date\s+(?:tbd|tba|to\s+be\s+(?:determined|announced|confirmed))"
    r"|data\s+successiva|data\s+da\s+definire|nuova\s+data\s+(?:sarà|verrà)|data\s+posterior|nova\s+data\s+(?:será|ainda))",
    re.I,
)


#: The holder put on a waiting list, in the seven languages (not "someone on the waiting list").
ON_THE_WAITING_LIST = re.compile(
    r"\b(?:you(?:['’]re|\s+are|\s+have\s+been|\s+were)\s+(?:now\s+)?(?:on|added\s+to|placed\s+on|put\s+on)\s+(?:the|our|a)\s+"
    r"wait(?:ing)?[\s-]?list|you(?:['’]re|\s+are|\s+have\s+been)\s+wait[\s-]?listed"
    # the holder said to be on it, in the six other languages (not "a place for someone on the list")
    r"|(?:stehen|sind|wurden)\s+(?:\w+\s+){0,2}auf\s+(?:der|die)\s+warteliste"
    r"|(?:êtes|es)\s+(?:\w+\s+){0,2}sur\s+(?:la|notre)\s+liste\s+d['’]attente"
    r"|(?:estás|está|estáis)\s+(?:\w+\s+){0,2}en\s+(?:la|nuestra)\s+lista\s+de\s+espera"
    r"|(?:staat|sta|bent|ben)\s+(?:\w+\s+){0,2}op\s+de\s+wachtlijst"
    r"|(?:sei|è|siete)\s+(?:\w+\s+){0,2}(?:in|nella)\s+lista\s+d['’]attesa"
    r"|(?:está|estás)\s+(?:\w+\s+){0,2}na\s+lista\s+de\s+espera)\b",
    re.I,
)


#: A waiting list named in a subject, in the seven languages: no seat yet, so no activity yet.
WAITING_LIST = re.compile(
    r"\b(?:wait(?:ing)?[\s-]?list(?:ed)?|warteliste|liste\s+d['’]attente|lista\s+de\s+espera|wachtlijst"
    r"|lista\s+d['’]attesa)\b",
    re.I,
)


#: ...unless the notice says the holder has a seat now.
OFF_THE_LIST = re.compile(
    r"\b(?:(?:off|from)\s+the\s+wait(?:ing)?[\s-]?list|your\s+(?:seat|place|spot)\s+is\s+(?:now\s+)?confirmed"
    r"|you\s+(?:now\s+)?have\s+a\s+(?:seat|place|spot)|plaza\s+(?:está\s+)?confirmada|platz\s+ist\s+(?:jetzt\s+)?bestätigt"
    r"|place\s+est\s+confirmée|plek\s+is\s+bevestigd|posto\s+è\s+confermato|vaga\s+(?:está\s+)?confirmada)\b",
    re.I,
)
