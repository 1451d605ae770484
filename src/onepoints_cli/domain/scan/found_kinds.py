"""Which kind of activity a document is about, from its words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from ..rules import MAX_SCAN_KIND_MENTIONS, MIN_SCAN_SENTENCE_WORDS
from .evidence_words import LEARNING_HISTORY
from .records import Confidence, Field, Note

#: A workshop (of a Splash or WAVE too: there it is the conference's session, not a second kind).
_WORKSHOP_WORDS = (
    r"workshops?|atelier|ateliers|taller(?:es)?|oficina\s+prática|laboratorio\s+pratico|boot\s?camps?"
    r"|\w+training|\w+trainings"
)
_WORKSHOP = re.compile(rf"\b(?:{_WORKSHOP_WORDS})\b", re.I)

#: (kind id, the words that name it), the most specific first: a Tech Talk
#: "webinar" is a Tech Talk, a Splash "training session" is Splash.
_KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tech-talk", re.compile(r"\btech[\s-]*talks?\b", re.I)),
    ("splash", re.compile(r"\bsplash\b", re.I)),
    # the event is in capitals; "wave" is a word, and "Wave" after OneStream's name is the event's
    ("wave", re.compile(r"\bWAVE\b|\bOneStream\s+Wave\b")),
    (
        "press",
        re.compile(
            r"\bOneStream\s+Press\b|\b(?:author|co-author|contributor)\s+of\s+the\s+(?:chapter|book|article)\b"
            # an article or post of the holder's, published: in the seven languages
            r"|\b(?:article|blog\s*post|artigo|artículo|artikel|articolo|beitrag|bijdrage|publication|publicação|publicación"
            # an interview of the holder's, published ("la Sua intervista ... è stata pubblicata")
            r"|interview|intervista|entrevista|interviu"
            r"|pubblicazione|veröffentlichung|publicatie)\b[^.!?]{0,160}?\b(?:published|went\s+live|is\s+(?:now\s+)?live"
            r"|publicad[oa]|publié|veröffentlicht|gepubliceerd|pubblicat[oa]|autoria|authored)"
            r"|\b(?:published|publicad[oa]|publié|veröffentlicht|gepubliceerd|pubblicat[oa])\b[^\n]{0,60}?"
            r"\b(?:your|the|o|a|el|la|le|l'|ihr|uw|je|il|seu|sua|su|votre)\s+(?:article|artigo|artículo|artikel|articolo|blog\s*post)\b",
            re.I,
        ),
    ),
    (
        "webinar",
        re.compile(
            # a series of webinars in one word: "Webinarreeks", "Webinarreihe", "Webinarserie"
            r"\bwebinars?\b|\bwebinar(?:reeks|reihe|serie|series)\b|\bwebcasts?\b|\bbroadcast\s+live\b|\blive\s+broadcast\b|\bon24\b|\bgroup[\s-]+internet[\s-]+based\b|\blive\s+online\s+(?:program(?:me)?|session|event)s?\b|\bgotowebinar\b|\bwebex\s+(?:events|webinars)\b|\bwebinaire\b|\bwebinario\b|\bseminario\s+web\b|\bweb-?seminar\b|\bonline-seminar\b",
            re.I,
        ),
    ),
    (
        "course",
        re.compile(
            r"\b(?:courses?|training|navigator|certificate\s+of\s+(?:completion|achievement)|instructor[\s-]led|class"
            r"|master\s?class|masterclasse?s?|トレーニング|研修"
            r"|classroom|hands-on\s+lab|continuing\s+(?:professional\s+)?education|professional\s+development\s+program(?:me)?"
            r"|lesson\s+completion|learning\s+path|action\s+de\s+formation"
            r"|(?:has|have)\s+successfully\s+completed"
            r"|OneStream\s+University|you\s+(?:have\s+)?completed|my\s+learning|learning\s+path|e-?\s?learning|kurs|schulung|cours|formation"
            r"|\w+schulung(?:en)?|curso|formación|cursus|opleiding|corso|formazione|lehrgang|weiterbildung|fortbildung|formação|treinamento"
            r"|capacitação|capacitación|cursos|corsi|kurse|cours\s+en\s+ligne|präsenzseminar|tagesseminar|intensivseminar"
            # teaching hours, a unit only courses count in: "10 horas lectivas", "8 Lektionen", "ore formative"
            r"|horas\s+lectivas|ore\s+formative|lektionen|unterrichtseinheiten|carga\s+horária|studiebelasting|ha\s+cursado"
            # a workshop is taught, in the seven languages, and a training named in one word ("Basistraining")
            rf"|{_WORKSHOP_WORDS})\b",
            re.I,
        ),
    ),
)


_WEBINAR = dict(_KIND_WORDS)["webinar"]


_HOLDER_TAG = (
    r"(?<=\[)(?:presenter|speaker|panelist|host|co-?host|moderator|referent(?:in)?|sprecher(?:in)?|intervenant|ponente"
    r"|relatore|palestrante|spreker)(?=\])"
)
#: An invitation's summary tagged with the holder's part ("[Presenter] ...").
HOLDER_TAG = re.compile(_HOLDER_TAG, re.I)

#: The holder's own part: a webinar they presented is "webinar-host".
_HOSTING = re.compile(
    r"\b(?:thank\s+you\s+for\s+(?:presenting|speaking|hosting|facilitating)|speaker\s+confirmation"
    r"|(?:recognition\s+of|for)\s+(?:(?:co-?)?presenting|(?:co-?)?hosting|facilitating|moderating)\s+(?:the|a|an|our|your)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:webinar|session|talk|webcast|workshop)"
    # "in grateful recognition of serving as presenter of the member webinar": no article before the role
    r"|\b(?:serving|acting)\s+as\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:speaker|presenter|host|facilitator|panelist|co-?host|moderator)"
    r"|you\s+(?:presented|hosted)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,3}?webinar"
    r"|as\s+(?:a|the|our)\s+(?:speaker|presenter|host|facilitator|panelist|co-?host)"
    # "acted as facilitator of the webinar", "atuou como facilitador(a) do webinar", "actuó como ponente"
    r"|\b(?:acted|served|atuou|actuó|a\s+agi|ha\s+agito|fungeerde|fungierte)\s+(?:as|como|en\s+tant\s+que|come|als)\s+"
    r"(?:(?:a|an|the|o|a|el|la|le|il|de)\s+)?(?:speaker|presenter|facilitator|host|moderator|panelist|facilitador(?:\(a\)|a)?"
    r"|palestrante|apresentador(?:\(a\)|a)?|moderador(?:\(a\)|a)?|ponente|intervenant|animat(?:eur|rice)|relat(?:ore|rice)"
    r"|referent(?:in)?|sprecher(?:in)?|spreker|presentator)"
    # "te ha añadido como ponente del siguiente webinar", "added you as a panelist"
    r"|\b(?:te\s+ha|le\s+ha|has\s+sido|ha\s+sido)\s+(?:añadid[oa]|invitad[oa]|agregad[oa])\s+como\s+(?:ponente|panelista|presentador)"
    r"|\badded\s+(?:you\s+)?as\s+(?:a\s+|the\s+)?(?:speaker|presenter|panelist|co-?host)"
    # "ajouté(e) en tant que présentateur", "aggiunto come relatore", "toegevoegd als presentator"
    r"|\ben\s+tant\s+que\s+(?:présentat(?:eur|rice)|panéliste|modérat(?:eur|rice)|co-?animat(?:eur|rice))"
    r"|\baggiunt[oa]\s+come\s+(?:relat(?:ore|rice)|presentat(?:ore|rice)|moderat(?:ore|rice)|panelista)"
    r"|\btoegevoegd\s+als\s+(?:presentator|spreker|panellid|moderator)"
    r"|\badicionad[oa]\s+como\s+(?:apresentador(?:a)?|palestrante|moderador(?:a)?|painelista)"
    r"|\bals\s+(?:referent|sprecher|moderator)(?:in)?\s+(?:hinzugefügt|eingeladen|eingetragen)"
    # "for presenting the session X", "for hosting this Tech Talk"
    r"|\bfor\s+(?:presenting|hosting|facilitating|delivering|leading)\s+(?:the|a|an|our|your|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:session|talk|webinar|tech\s+talk|workshop|webcast)"
    # "We thank Jordan Ellis for facilitating the following session"
    r"|\bthank(?:s|ing)?\s+(?:[A-Z][\w'’-]+\s+){1,3}for\s+(?:presenting|speaking|hosting|facilitating|delivering|moderating)"
    # Webex, Teams, Zoom: "you are invited to be a panelist", "Your role: Panelist (presenter)"
    r"|invited\s+(?:to\s+be\s+|as\s+)(?:a\s+|an\s+|the\s+)?(?:panelist|presenter|speaker|co-?host|alternative\s+host)"
    # a live stream's guest on air (StreamYard, Restream): "invited you to join a broadcast as a guest"
    r"|\b(?:broadcast|live\s?stream|live\s+show|episode)\s+as\s+(?:a\s+|the\s+)?guest"
    r"|como\s+convidad[oa](?:\(a\))?\s+de\s+uma\s+(?:transmissão|live)|come\s+ospite\s+(?:della|di\s+una)\s+(?:diretta|trasmissione)"
    r"|als\s+gast\s+(?:in|bei)\s+(?:einer|der|een|de)\s+(?:live-?übertragung|livestream|uitzending)"
    r"|como\s+invitad[oa]\s+(?:a|en)\s+(?:una|la)\s+(?:transmisión|emisión)|en\s+tant\s+qu['’]invitée?\s+(?:d['’]une|de\s+la)\s+(?:diffusion|émission)"
    r"|(?:your\s+)?role\s*(?::|\n)\s*(?:guest\s+)?(?:panelist|presenter|speaker|co-?host|host)|role=chair"
    # "Confirmed: panelist – X", "your seat on the panel of our webinar"
    r"|confirmed\s*:\s*(?:panelist|speaker|presenter|moderator)|your\s+seat\s+on\s+the\s+panel"
    r"|en\s+tant\s+que\s+panéliste|como\s+panelista|als\s+panellid|come\s+panelista|como\s+painelista|als\s+diskussionsteilnehmer(?:in)?"
    r"|(?:referenten|sprecher)bestätigung|confirmation\s+(?:de\s+)?(?:l['’])?(?:intervenant|orateur|conférencier)"
    # the holder says so: "soy ponente en este webinar", "I'm presenting", a title's "(ponente)"
    r"|\b(?:soy|sou|je\s+suis|ich\s+bin|i\s+am|i['’]m|sono|ik\s+ben)\s+(?:(?:el|la|o|a|un|une|der|die|een|il|one\s+of\s+the)\s+)?"
    r"(?:ponente|palestrante|orateur|intervenant|referent(?:in)?|sprecher(?:in)?|speaker|presenter|relatore|relatrice"
    r"|spreker|panelist|panelista|panéliste|presenting|speaking)\b"
    r"|(?<=\()(?:ponente|palestrante|intervenant|referent(?:in)?|sprecher(?:in)?|speaker|presenter|relatore|spreker"
    r"|panelist|panelista|panéliste)(?=\))"
    r"|confirmación\s+de\s+(?:ponente|orador)|sprekersbevestiging|bevestiging\s+(?:als\s+)?spreker"
    # an invitation's summary tagged with the holder's part: "[Presenter] Lease Accounting ..."
    rf"|{_HOLDER_TAG}"
    r"|conferma\s+(?:del\s+|come\s+)?relatore|confirmação\s+de\s+palestrante"
    # "in qualità di relatore", "en calidad de ponente", "en qualité d'intervenant", "na qualidade de palestrante"
    r"|in\s+qualità\s+di\s+(?:relatore|relatrice|speaker|presentatore|moderatore)"
    r"|en\s+calidad\s+de\s+(?:ponente|orador|presentador)a?"
    r"|en\s+qualité\s+d['’](?:intervenante?|orat(?:eur|rice)|animat(?:eur|rice)|conférenci(?:er|ère))"
    # "en qualité de conférencière", "est intervenue lors du webinaire", "Attestation d'intervention"
    r"|en\s+qualité\s+de\s+(?:conférenci(?:er|ère)|présentat(?:eur|rice)|modérat(?:eur|rice)|panéliste|co-?animat(?:eur|rice))"
    r"|\b(?:est|suis|sont|êtes)\s+intervenue?s?\b|attestation\s+d['’]intervention"
    r"|na\s+qualidade\s+de\s+(?:palestrante|apresentador(?:a)?|orador(?:a)?)"
    # the same thanks in German, French, Spanish, Dutch, Italian and Portuguese
    r"|(?:danke|dank|dankeschön|herzlichen\s+dank)\s+für\s+(?:ihren|deinen)\s+(?:vortrag|beitrag|präsentation)|als\s+(?:referent|sprecher|moderator)(?:in)?"
    # an invitation to speak, accepted: "Você será palestrante convidado", "you will be a speaker"
    r"|\byou\s+will\s+be\s+(?:a\s+|the\s+|our\s+)?(?:speaker|presenter|panelist)"
    r"|\byou(?:['’]re|\s+are)\s+(?:a\s+|the\s+|our\s+|one\s+of\s+the\s+)?(?:co-?)?(?:speaker|presenter|panelist)s?\b|\bvoc[êe]\s+ser[áa]\s+(?:o\s+|a\s+)?(?:palestrante|apresentador)"
    r"|\bserás\s+(?:el\s+|la\s+)?ponente|\bsarai\s+(?:il\s+|la\s+)?relat(?:ore|rice)|\bconvite\s+para\s+palestrar"
    r"|\binvitation\s+to\s+speak|\binvitación\s+(?:para|a)\s+(?:ser\s+)?ponente|\beinladung\s+(?:als\s+referent|zum\s+vortrag)"
    r"|merci\s+(?:pour|de)\s+votre\s+(?:présentation|intervention)|en\s+tant\s+qu['’](?:intervenant|orateur|conférencier|animateur)e?"
    r"|gracias\s+por\s+(?:su|tu)\s+(?:presentación|ponencia|charla)|como\s+(?:ponente|orador|presentador)(?:a)?"
    r"|bedankt\s+voor\s+(?:uw|je|jouw)\s+(?:presentatie|bijdrage\s+als\s+spreker|sessie)|als\s+(?:spreker|presentator|gastspreker|facilitator)"
    # Dutch puts the verb last: "(Hartelijk) dank dat je de webinar X hebt gepresenteerd"
    r"|dank\s+dat\s+(?:je|u)\b[^.\n]{0,160}?\b(?:gepresenteerd|gehost|verzorgd|gemodereerd|geleid)"
    r"|grazie\s+per\s+(?:la\s+(?:tua|sua)\s+|il\s+(?:tuo|suo)\s+)?(?:presentazione|intervento)|come\s+(?:relatore|relatrice|speaker|presentatore)"
    r"|obrigad[oa]\s+pela\s+(?:sua\s+)?(?:apresentação|palestra)|como\s+(?:palestrante|apresentador(?:a)?)"
    # thanks for presenting, with the verb: "Obrigado por apresentar o webinar", "merci d'avoir animé"
    r"|obrigad[oa]\s+por\s+(?:apresentar|ter\s+apresentado|conduzir)|gracias\s+por\s+(?:presentar|impartir|moderar)"
    r"|grazie\s+per\s+(?:aver\s+)?(?:presentato|tenuto|moderato)|merci\s+d['’]avoir\s+(?:présenté|animé)"
    r"|bedankt\s+voor\s+het\s+(?:presenteren|verzorgen)|danke\s+für\s+das\s+(?:präsentieren|moderieren))\b",
    re.I,
)


#: A speaker or presenter named in any of the seven languages: maybe the holder hosted the webinar.
_SPEAKER = re.compile(
    r"\b(?:speaker|presenter|presenting|host(?:ed|ing)?|referent(?:in)?|sprecher(?:in)?|vortrag|intervenant|orateur"
    r"|conférenci(?:er|ère)|ponente|orador|presentador|spreker|presentator|presentatie|relatore|relatrice|palestrante"
    r"|apresentador|apresentação)\b",
    re.I,
)
#: A session with an audience: what a presenter of a webinar is thanked for.
_SESSION = re.compile(
    r"\b(?:session|attendees|audience|recording|registered|participants|sitzung|teilnehmer(?:innen)?|aufzeichnung"
    r"|séance|enregistrement|sesión|asistentes|grabación|sessie|deelnemers|opname|sessione|partecipanti"
    r"|registrazione|sessão|participantes|gravação|registrants|inscritos|inscrits|iscritti|angemeldete)\b",
    re.I,
)
#: A place online where a session is held: with no kind named, an online session is most often a webinar.
#: A gathering of peers, not a session given to an audience: a roundtable, a user group, a meetup.
_GATHERING = re.compile(
    r"\b(?:round\s?-?table|user\s+group|users?\s+community\s+(?:meeting|call)|meetup|customer\s+advisory\s+board"
    r"|table\s+ronde|mesa\s+redonda|tavola\s+rotonda|rondetafel|gebruikersgroep|anwendertreffen|anwendergruppe"
    r"|groupe\s+d['’]utilisateurs|grupo\s+de\s+usuarios|gruppo\s+(?:di\s+)?utenti|comunidad(?:e)?\s+(?:de\s+usu[áa]rios|onestream))\b",
    re.I,
)
_ONLINE_SESSION = re.compile(
    r"\b(?:zoom|microsoft\s+teams|teams\.microsoft|google\s+meet|meet\.google|webex|livestorm|bigmarker|airmeet|demio"
    r"|gotowebinar|gotomeeting|goto\s+webinar|on24|hopin|clickmeeting|streamyard|webcast|live\s*stream|crowdcast"
    r"|adobe\s*connect|webinarjam|zoho\s+webinar|kaltura|goldcast|linkedin\s+(?:live|events?))\b",
    re.I,
)


#: A label at the start of a line or sentence: "Type:", "Format:", "Event:", "Webinar ID:", "Veranstaltung:".
_KIND_LABEL = re.compile(r"^\W*[^\W\d][\w .#()/-]{0,40}:(?!//)")
#: The holder's part in it, in the seven languages: attended, completed, registered, invited, presented,
#: published...; or a sentence to the holder ("your link to the webinar").
_ATTENDANCE = re.compile(
    r"\b(?:attend\w*|particip\w*|complet\w*|regist\w*|enrol\w*|confirm\w*|certif\w*|invit\w*|thank\w*|joined"
    r"|present\w*|recogni\w*|host\w*|speak\w*|publi\w*|author\w*|autor\w*|went\s+live|your|yours"
    r"|teilgenommen|teilnahme\w*|anmeld\w*|bestätig\w*|abgeschlossen|besucht|absolviert|veröffentlicht|ihr|ihre|ihren"
    r"|suivi|assisté|inscri\w*|présence|votre|asisti\w*|asistencia|su|tu|deelgenomen|deelname\w*|inschrijving|aanmeld\w*"
    r"|voltooid|gevolgd|gepubliceerd|uw|jouw|partecipa\w*|iscri\w*|frequenza|pubblicat\w*|tuo|tua|conclu\w*|presença"
    r"|seu|sua|attestat\w*|bescheinigung|nachweis|constancia|bewijs|zertifikat)\b",
    re.I,
)


#: Where a sentence stops: its end mark after a word (not "7. Mai"), an empty line, a label's line.
_STOP = re.compile(r"(?<=[^\W\d])[.!?](?=\s)|\n[ \t]*\n|^[ \t]*[^\W\d][^\n:]{0,40}:[^\n]*\n", re.M)
#: A sentence is searched this far on each side of the kind's word.
_SENTENCE_CHARS = 300


def stated(pattern: re.Pattern[str], text: str) -> bool:
    """A kind word said of the activity: in a heading (a short line), after a
    label, in OneStream's own name for it ("the OneStream Webinar Program"),
    in a sentence about the holder's part; not only in a sentence about
    something else ("Winners will be announced at Splash", "join us at WAVE")."""
    for match in islice(pattern.finditer(text), MAX_SCAN_KIND_MENTIONS):
        line_start = text.rfind("\n", 0, match.start()) + 1
        # the sentence, over the lines a PDF wraps it on ("hat an der Präsenzschulung" / "am 7. Mai teilgenommen.")
        lead = max(0, match.start() - _SENTENCE_CHARS)
        start = max((stop.end() for stop in _STOP.finditer(text, lead, match.start())), default=lead)
        end = _STOP.search(text, match.end(), match.end() + _SENTENCE_CHARS)
        sentence = text[start : end.start() if end else match.end() + _SENTENCE_CHARS]
        line_end = text.find("\n", match.end())
        if (
            len(text[line_start : line_end if line_end >= 0 else len(text)].split()) < MIN_SCAN_SENTENCE_WORDS
            or match.group(0).casefold().startswith("onestream")
            or _KIND_LABEL.match(sentence)
            or sentence.lstrip(" \t\n-•*").startswith(match.group(0))  # "Instructor-led, three days."
            or _ATTENDANCE.search(sentence)
            or text[max(0, match.start() - 10) : match.start()].casefold().rstrip().endswith("onestream")
            # a form's ticked box: "☒ action de formation  ☐ bilan de compétences"
            or text[max(0, match.start() - 3) : match.start()]
            .rstrip()
            .endswith(("☒", "☑", "✔", "✓", "[x]", "[X]"))
        ):
            return True
    return False


def kind_named(text: str) -> bool:
    """Whether the text names a kind of activity (Tech Talk, webinar, course...)."""
    return any(pattern.search(text) for _, pattern in _KIND_WORDS)


def guess_kind(
    title: str, text: str, own_kinds: Iterable[tuple[str, str]] = (), file_name: str = ""
) -> Field:
    """own_kinds: (id, name) of the kinds config.toml adds, matched by their
    name or their id's words ("user-group" in "a user group session")."""
    own = tuple((kind_id, _own_words(kind_id, name)) for kind_id, name in own_kinds)
    passing: list[str] = []
    for where, words in (("title", title), ("file", text)):
        found = [kind for kind, pattern in (*_KIND_WORDS, *own) if pattern.search(words)]
        if where == "file" and found:
            # "Winners will be announced at Splash": a kind named only in passing is not this activity's
            patterns = dict((*_KIND_WORDS, *own))
            passing = [kind for kind in found if not stated(patterns[kind], text)]
            found = [kind for kind in found if kind not in passing]
        if found:
            # two kinds named ("Splash Academy ... Training Day") are a guess, in the title too; a Tech Talk
            # is a webinar of OneStream's, so "TechTalk webinar" names one
            distinct = [kind for kind in found if not (kind == "webinar" and "tech-talk" in found)]
            if {"splash", "wave"} & set(found) and "course" in found and _only_a_workshop(words):
                distinct.remove("course")  # "Splash 2025: Planning workshop": Splash's session
            confidence: Confidence = "found" if len(distinct) == 1 else "guessed"
            kind = found[0]
            if where == "file" and kind in ("course", "webinar") and _GATHERING.search(title):
                if kind == "webinar" and _HOSTING.search(f"{title}\n{text}"):
                    # "Panelista: Mesa redonda ..." in a webinar: the holder speaks on its panel
                    return Field("webinar-host", "guessed", Note("kind-presenting"))
                # "CFO Roundtable: ..." with "no continuing education credit" in its text: a gathering
                return Field("other", "guessed", Note("kind-none"))
            if kind == "webinar" and _HOSTING.search(f"{title}\n{text}"):
                kind = "webinar-host"
            elif kind == "webinar" and _SPEAKER.search(text):
                return Field(kind, "guessed", Note("kind-speaker"))
            elif (
                kind in ("course", "other") and _HOSTING.search(f"{title}\n{text}") and _SESSION.search(text)
            ):
                return Field("webinar-host", "guessed", Note("kind-presenting"))
            elif (
                kind != "webinar-host"
                and _WEBINAR.search(f"{title}\n{text}")
                and _HOSTING.search(f"{title}\n{text}")
            ):
                # "Dankeschön für Ihren Vortrag ... im Webinar", a Splash recap in its subject: the talk was given
                return Field("webinar-host", "guessed", Note("kind-presenting"))
            if kind in ("splash", "wave", "tech-talk") and _HOSTING.search(f"{title}\n{text}"):
                # "for leading the breakout session" on a Splash speaker certificate, "co-presenting the
                # OneStream Tech Talk": the holder presented
                return Field("webinar-host", "guessed", Note("kind-presenting"))
            if where == "title" and kind in ("course", "webinar") and (event := _event_named(text)):
                # "Advanced Financial Close Workshop" on a Splash certificate: Splash's workshop
                return Field(event, "guessed", Note("kind-words", "file"))
            return Field(kind, confidence, Note("kind-words", where))
    if _HOSTING.search(f"{title}\n{text}") and _SESSION.search(text):
        return Field("webinar-host", "found", Note("kind-presenting"))
    if _HOSTING.search(f"{title}\n{text}") and "webinar" in passing:
        # "te ha añadido como ponente del siguiente webinar": the webinar named in the very sentence
        return Field("webinar-host", "guessed", Note("kind-presenting"))
    named = re.sub(r"[_\W]+", " ", file_name)
    if found := [kind for kind, pattern in (*_KIND_WORDS, *own) if pattern.search(named)]:
        return Field(found[0], "guessed", Note("kind-file-name"))
    if _GATHERING.search(f"{title}\n{text}"):
        # a roundtable or a user group meeting online is still no webinar: no kind of the program's named
        return Field("other", "guessed", Note("kind-none"))
    if _LEARNING_RECORD.search(f"{title}\n{text[:3000]}") and not _ONLINE_SESSION.search(f"{title}\n{text}"):
        # a learning transcript or a CPD record names no kind: what it records is most often a course
        return Field("course", "guessed", Note("kind-words", "file"))
    if _ONLINE_SESSION.search(f"{title}\n{text}"):
        if _HOSTING.search(f"{title}\n{text}"):  # a live stream's guest speaker
            return Field("webinar-host", "guessed", Note("kind-presenting"))
        return Field("webinar", "guessed", Note("kind-online"))
    if passing:
        return Field("other", "guessed", Note("kind-in-passing", passing[0]))
    return Field("other", "guessed", Note("kind-none"))


#: A learning record: a learning history or transcript (evidence_words), a training or CPD record, a
#: CPD certificate, in the seven languages.
_LEARNING_RECORD = re.compile(
    rf"{LEARNING_HISTORY.pattern}|\b(?:(?:training|course|cpe|cpd)\s+record|cpd|continuing\s+professional\s+development"
    r"|lernnachweis|weiterbildungsnachweis|relevé\s+de\s+formation)\b",
    re.I,
)


def _only_a_workshop(words: str) -> bool:
    """Whether the only course words are a workshop's ("Planning workshop", not "Training Day")."""
    course = dict(_KIND_WORDS)["course"]
    return all(_WORKSHOP.fullmatch(match.group(0)) for match in course.finditer(words))


def _event_named(text: str) -> str | None:
    """Splash or WAVE, when the text states it (not in passing) as the one event it names."""
    patterns = dict(_KIND_WORDS)
    named = [kind for kind in ("splash", "wave") if stated(patterns[kind], text)]
    return named[0] if len(named) == 1 else None


def _own_words(kind_id: str, name: str) -> re.Pattern[str]:
    id_words = r"[\s-]+".join(map(re.escape, kind_id.split("-")))
    return re.compile(rf"\b(?:{id_words}|{re.escape(name)})\b", re.I)
