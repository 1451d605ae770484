"""The words around a title that are not the title: the confirmation,
enrollment, completion and reminder phrases of subjects and headings, in
English, German, French, Spanish, Dutch, Italian and Portuguese."""

from __future__ import annotations

import re

from .evidence_words import LEARNING_HISTORY
from .months import MONTH_PATTERN

#: Reply and forward marks, in the languages mail programs write them.
_REPLY = r"(?:re|fwd?|aw|wg|tr|rv|enc|res|doorst|antw|antwort|i|r|sv|vs)\s*:\s*"
#: A leading "...:" or "... -" whose words are one of these is not the title.
_LEAD_WORDS = (
    r"confirm|regist|inschrijv|enrol|complet|reminder|invit|accepted|canceled|cancelled|booking|ticket"
    # an invitation updated: "Updated:", "Bijgewerkt:", "Aktualisiert:", "Mis à jour :"
    r"|updated|bijgewerkt|aktualisiert|mis\s+à\s+jour|actualizad|aggiornat|atualizad"
    r"|attendance|thank|congratul|certific|welcome|your|speaker|presenting|rsvp|new\s+event"
    r"|continuing\s+(?:professional\s+)?education|cpe|cpd"
    # the holder's role and a reminder's day: "Panelist: X", "Mañana: X", "Starting in 1 hour: X"
    r"|panelist|presenter|moderator|co-?host|referent|intervenant|ponente|relatore|palestrante"
    r"|tomorrow|today|mañana|demain|morgen|domani|amanhã|starting|starts|begins"
    r"|anmeld|angemeldet|bestätig|einladung|erinner|teilnahme|zertifikat|danke|willkommen|billet|bilhete|biglietto"
    r"|geregistreerd|ingeschreven|aangemeld"
    r"|inscri|rappel|merci|félicit|bienvenue|attestation"
    # the document's name in the other languages: "Attestato di partecipazione – X", "Su constancia de ..."
    r"|attestato|constanc|constânc|comprovante|bewijs\s+van|verklaring"
    r"|confirmaci|recordatorio|invitaci|gracias|felicidades|bienvenid"
    r"|bevestig|herinner|uitnodig|bedankt|gefeliciteerd|welkom|aanmeld"
    r"|conferm|promemoria|invito|grazie|iscrizi|congratulazioni|benvenut|recap|eingeladen"
    r"|confirmaç|lembrete|convite|obrigad|parabéns|bem-vind"
    # published (a press article), and completed, in the seven languages
    r"|publish|publicad|publié|veröffentlicht|gepubliceerd|pubblicat|now\s+live|new\s+(?:article|post)"
    r"|abgeschlossen|bestanden|terminé|réussi|completad|voltooid|afgerond|geslaagd|completat|conclu"
)
_LEAD = re.compile(
    # a hyphen inside a word ("Teams-Webinar") is no separator; a channel's name may come first
    # ("Microsoft Teams-Webinar: Sie sind als Referent eingeladen – X")
    rf"^(?:(?:microsoft\s+)?(?:teams|zoom|webex|goto)[\w -]{{0,25}}:\s+)?(?:(?:[^:\-–|!]|(?<=\w)-(?=\w)){{0,60}}?\b(?:{_LEAD_WORDS})(?:[^:\-–|!]|(?<=\w)-(?=\w)){{0,40}}?\s*(?::|!|\s[-–|])\s+)",
    re.I,
)
#: Right after an article ("the webinar X", "zum Webinar X", "au webinaire X"), a
#: kind noun is not part of the title; with none ("attending Training Basics") it may be.
_AFTER_ARTICLE = (
    "(?:"
    + "|".join(
        rf"(?<=\b{article})"
        for article in "the el la le les der die das den dem het il lo o a zum zur au aux al do da no na ao del alla allo".split()
    )
    + ")"
)
#: Phrases that run into the title with no separator.
_PHRASE = re.compile(
    r"^(?:"
    r"\[[^\]\n]{1,30}\]"  # "[Reminder]", "[Action required]"
    # a page printed by Gmail: "07/12/2026 09:14 Gmail - Votre billet : ..."
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?:\s*[ap]m)?\s+gmail\s+[-–]"
    # a quote opened after the kind and never closed: "Tech-Talk „KI-gestützte Planung"
    r"|[^„“\"«\n]{1,30}?\s[„“\"«](?=[^”\"»“]*$)"
    r"|(?:starting|starts|happening|live)\s+(?:soon|now|today)\s*[:!\-–]"
    r"|your\s+(?:agenda|schedule|itinerary)\s+for"
    # "Your event pass for Splash Americas 2026": the pass, then what it is for
    r"|your\s+(?:event\s+|conference\s+|digital\s+)?(?:pass|badge|ticket)\s+for(?:\s+the)?"
    # the same in the six other languages: "Je persoonlijke agenda voor X", "Ihre Agenda für X"
    r"|(?:je|uw|ihre|deine|votre|ton|tu|su|la\s+tua|la\s+sua|a\s+sua|o\s+seu|sua|seu)\s+"
    r"(?:persoonlijke\s+|persönliche\s+|personal\s+|personale\s+)?(?:agenda|programma|planning|zeitplan|programme"
    r"|programa|itinéraire|itinerario)(?:\s+personnel(?:le)?|\s+personal|\s+personale)?"
    r"\s+(?:voor|für|pour|para|per)(?:\s+(?:het|de|den|die|das|le|la|el|il|o|a))?"
    r"|(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:registering|attending|joining|presenting(?:\s+at)?|speaking\s+at"
    r"|your\s+(?:registration|interest|participation|attendance))(?:\s+(?:for|in|at))?(?:\s+(?:the|our))?"
    r"|(?:congratulations[!,.]?\s+)?you(?:'|’)?(?:ve|\s+have)?\s+(?:been\s+)?(?:successfully\s+)?(?:completed|registered\s+for|"
    r"enrolled\s+in|attended|passed|finished)(?:\s+the)?"
    r"|congratulations\s+on\s+completing(?:\s+the)?"
    # "Você concluiu o curso X", "Vous avez terminé la formation X", "Has completado el curso X", "Hai completato il corso X"
    r"|(?:(?:parabéns|félicitations|felicidades|enhorabuena|congratulazioni|complimenti)[!,.]?\s+)?"
    r"(?:você|vous\s+avez|usted\s+ha|tú\s+has|has|tu\s+hai|hai|lei\s+ha)\s+(?:concluiu|completou|finalizou|terminou"
    r"|terminé|complété|réussi|suivi|completado|terminado|finalizado|completato|terminato|concluso|superato|seguito)"
    r"(?:\s+(?:com\s+sucesso|avec\s+succès|con\s+éxito|con\s+successo))?(?:\s+(?:o|a|le|la|el|il|lo))?"
    r"|you(?:'|’)?re\s+(?:registered|confirmed|enrolled|invited)\s+(?:for|in|to)(?:\s+the)?"
    r"|you(?:'|’)?re\s+going\s+to|you(?:'|’)?re\s+(?:in|going)\s*[!:]+"
    r"|(?:thanks|thank\s+you)\s+for\s+filling\s+out(?:\s+the)?"
    # a confirmation said alone, in the seven languages: "Sie sind registriert!", "Vous êtes inscrit !"
    r"|(?:sie\s+sind|du\s+bist|vous\s+êtes|tu\s+es|you(?:'|’)?re|you\s+are|estás|está|je\s+bent|u\s+bent|sei|você\s+está)\s+"
    r"(?:registriert|angemeldet|inscrite?|registered|all\s+set|registrad[oa]|inscrit[oa]|registad[oa]|geregistreerd"
    r"|ingeschreven|iscritt[oa])\s*[!.]+(?=\s|$)"
    # "Tu entrada: X", "Your ticket: X", "Votre billet : X": the ticket, then what it is for
    r"|(?:your|tu|su|votre|ton|ihr|dein|je|uw|il\s+tuo|il\s+suo|o\s+seu|seu)\s+(?:ticket|entrada|billet|biglietto|ingresso)\s*:"
    # "¡Tu lugar está reservado!", "Your spot is reserved!": a seat held, said alone
    r"|¡?(?:tu\s+lugar\s+está\s+reservado|your\s+(?:spot|seat|place)\s+is\s+(?:reserved|saved|confirmed)"
    r"|votre\s+place\s+est\s+réservée|ihr\s+platz\s+ist\s+reserviert|je\s+plek\s+is\s+gereserveerd"
    r"|il\s+tuo\s+posto\s+è\s+riservato|a\s+sua\s+vaga\s+está\s+reservada)\s*[!.]+(?=\s|$)"
    # "Aanmelding OneStream WAVE Benelux 2026": the registration, then OneStream's event
    r"|(?:aanmelding|anmeldung|inscription|inscripción|inschrijving|iscrizione|inscrição|registration)\s+(?=onestream\b)"
    # "Je bent uitgenodigd: X", "You're invited: X", "You were there! X": said to the holder, alone
    r"|(?:you(?:'|’)?re\s+invited|you\s+are\s+invited|je\s+bent\s+uitgenodigd|u\s+bent\s+uitgenodigd|sie\s+sind\s+eingeladen"
    r"|du\s+bist\s+eingeladen|vous\s+êtes\s+invitée?|estás\s+invitad[oa]|está\s+invitad[oa]|sei\s+invitat[oa]"
    r"|você\s+está\s+convidad[oa])\s*[:!]"
    r"|(?:you\s+were\s+there|thanks\s+for\s+(?:showing\s+up|coming))\s*!"
    r"|(?:your\s+)?certificate\s+(?:of\s+\w+\s+)?for(?:\s+the)?"
    r"|(?:welcome\s+to|reminder\s+for)(?:\s+the)?"
    # "Registration confirmation for X", "Invitation to X", "Einladung zum Webinar X", "Invito al webinar X"...
    r"|(?:registration|enrol(?:l)?ment|booking|attendance)\s+(?:confirmation|confirmed|reminder)\s+(?:for|to)(?:\s+the)?"
    # "Bevestiging webinarregistratie voor X", "Bestätigung Ihrer Anmeldung zu X", "Confirmation d'inscription à X"
    r"|(?:bevestiging|bestätigung|confirmation|confirmación|conferma|confirmação)\s+(?:\w+\s+){0,2}?"
    r"(?:\w*registratie|\w*inschrijving|anmeldung|registrierung|d['’]inscription|de\s+inscripción|de\s+registro"
    r"|di\s+iscrizione|de\s+inscrição)\s+(?:voor|zu[mr]?|für|à|au|a|al|para|per|alla|ao|à)\b(?:\s+(?:de|het|der|die|das|la|le|el|il|o))?"
    r"|confirmation\s+of\s+(?:your\s+)?(?:registration|enrol(?:l)?ment|attendance)\s+(?:for|to|in|at)(?:\s+the)?"
    r"|(?:invitation|einladung|invitación|uitnodiging|invito|convite)\s+(?:to|for|zum|zur|zu|au|aux|à|a|al|para|voor|per|alla|para\s+o|para\s+a)\b"
    r"(?:\s+(?:the|el|la|le|l'|de|het|il|lo|o|a)\b)?"
    # "Tu registro para X", "Votre inscription à X", "Ihre Anmeldung zu X"...
    r"|(?:your|tu|su|votre|ta|ihre|deine|je|uw|jouw|la\s+tua|la\s+sua|(?:a\s+|o\s+)?(?:sua|seu))\s+"
    r"(?:registration|enrol(?:l)?ment|booking|place|seat|registro|inscripci[óo]n|reserva|plaza|inscription|réservation"
    r"|anmeldung|registrierung|buchung|inschrijving|registratie|aanmelding|iscrizione|registrazione|prenotazione"
    r"|inscri[çc][ãa]o|registo|vaga|order|tickets?|bestelling|bestellung|commande|billets?|pedido|entradas?|ordine"
    r"|biglietti|encomenda|ingressos?)\s+(?:for|to|in|at|para|en|a|al|à|au|aux|pour|für|zu|zum|zur|an|voor|bij|per"
    r"|alla|allo|em|no|na|do|da|ao)\b(?:\s+(?:the|el|la|le|l'|les|der|die|das|den|dem|de|het|il|lo|o|a)\b)?"
    r"|(?:vielen\s+)?danke?\s+für\s+(?:ihre|deine|die)\s+(?:anmeldung|teilnahme|registrierung)\s+(?:zum|zur|zu|an|bei|für)\b(?:\s+de[mrn])?"
    r"|merci\s+(?:de|pour)\s+votre\s+(?:inscription|participation|présence)\s+(?:aux|au|à)\b(?:\s+la|\s+l')?"
    r"|gracias\s+por\s+(?:registrarte|registrarse|inscribirte|inscribirse|asistir|participar)\s+(?:en|a|al)(?:\s+el|\s+la)?"
    r"|bedankt\s+voor\s+(?:je|uw)\s+(?:registratie|inschrijving|aanmelding|deelname)\s+(?:voor|aan|bij)(?:\s+de|\s+het)?"
    r"|grazie\s+per\s+(?:esserti|essersi|la|aver(?:e)?)\s+(?:registrat[oa]|iscritt[oa]|partecipazione|partecipato)\s+(?:alla|allo|al|ai|a|per)?\b"
    r"|obrigad[oa]\s+(?:por|pela)\s+(?:se\s+)?(?:inscrever|registrar|participar|participação|presença)(?:-se)?\s+(?:em|no|na|do|da)?\b"
    r")(?:"
    + _AFTER_ARTICLE
    + r"\s+(?:webinar|webinaire|webinario|course|cours|curso|corso|cursus|kurs|training|formation|formação|formazione"
    r"|formación|session|sessione|sesión|sessão|sessie|event|evento|événement|evenement|veranstaltung|schulung)\b(?!\s*:))?"
    r"\s*[:\-–]?\s*",
    re.I,
)
_TAIL = re.compile(
    r"(?:\s*[-–:|(]?\s*(?:registration\s+|enrollment\s+|enrolment\s+|booking\s+|attendance\s+)?"
    r"(?:confirmation|confirmed|bestätigung|bevestiging|confirmación|conferma|confirmação|is\s+confirmed"
    r"|has\s+been\s+confirmed|reminder|certificate|starts\s+(?:soon|today|tomorrow|in\s+\w+\s+\w+)"
    r"|confirmation\s*(?:#|no\.?|n[º°])\s*[\w-]+"
    # "WAVE France 2026 est confirmée", "... ist bestätigt": the registration said confirmed, after the name
    r"|est\s+confirmée?|ist\s+bestätigt|está\s+confirmad[oa]|è\s+confermat[oa]|is\s+bevestigd|foi\s+confirmad[oa]"
    r"|(?:is\s+)?(?:starting|beginning|begins|starts)\s+(?:soon|now|today|tomorrow|in\s+\w+\s+\w+))\)?"
    r"|\s*[-–|:]\s*(?:certificate\s+of\s+(?:completion|attendance|participation|achievement)|teilnahmebescheinigung"
    r"|zertifikat|certificat|certificado|certificaat|certificato|attestato|attestation(?:\s+de\s+\w+)?)"
    r"|\s+\(\s*(?:live|on[\s-]demand|recording|virtual|online)(?:\s+(?:webinar|session|event|training|class|classroom))?\s*\)"
    # "(3 days)", "(60 min) with Dana Kim on Thursday, October 29", "(24/11/2026)": how long or when, not which
    r"|\s+\(\s*(?:\d+(?:[.,]\d+)?\s*(?:days?|tage|jours|días|dagen|giorni|dias|min(?:utes|uten|utos|uti)?|hours?|hrs?|h"
    r"|stunden|heures|horas|ore|uur)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\s*\)(?:\s+with\s+[^,\n]{1,40}\s+on\s+.*)?"
    # " – registered (conf. SPL26-40917)", " (ref. 4471)": the holder's booking, after the event's name
    r"|\s*[-–|]\s*(?:registered|confirmed|booked|angemeldet|inscrite?|inscrit[oa]|registrad[oa]|ingeschreven|iscritt[oa])"
    r"(?:\s*\([^()\n]{0,40}\))?"
    r"|\s+\(\s*(?:conf(?:irmation)?|ref(?:erence)?|booking|order|ticket|réf|bestell(?:ung)?)\.?\s*(?:no\.?|n[º°]|#)?\s*[\w-]+\s*\)"
    # " - your attendee reference AVT-55120": the booking's number
    r"|\s+[-–|]\s+your\s+(?:attendee|booking|registration|order|ticket)\s+(?:reference|number|no\.?|id)\b.*"
    # "(Online-Schulung, 2 Termine)", "(online training, 3 sessions)": the format of a course, not which
    # ("(Virtual, EMEA)", an edition, stays)
    r"|\s+\(\s*(?:online|live|virtual|virtuell|präsenz|in[\s-]person|e)[-\s]?(?:schulung|training|course|kurs|learning"
    r"|session|seminar|formation|curso|corso|cursus)\b[^()\n]{0,40}\)"
    # "(Virtual, Half-Day)", "- Class 0042", "– Turma 12", "(ed. 3)": how and which cohort, not which course
    r"|\s+\(\s*(?:virtual|online|in[\s-]person|live|hybrid|virtuell|virtuel|virtuale|presencial)\s*,\s*"
    r"(?:half|full|one|two|three|multi|\d+)[\s-]?(?:days?|hours?|h)\s*\)"
    r"|\s*[-–|]\s*(?:class|cohort|turma|grupo|gruppe|groupe|klasse|classe|edition|edición|edizione)\s*#?\s*\d+\b"
    r"|\s+\(\s*(?:ed\.|edition|edición|edizione|edição)\s*\d+\s*\)"
    # "(my log)", "(notes)": the holder's own file, not the activity's name
    r"|\s+\(\s*(?:my\s+)?(?:log|notes?|diary|journal)\s*\)"
    # "(Teil 1 von 2)", "– Part 2 of 3": which sitting of a course, not which course
    r"|\s*(?:\(|[-–|]\s)\s*(?:part|teil|partie|parte|deel|session|sitzung|séance|sesión|sessione|sessão|sessie|day|tag|jour"
    r"|día|dag|giorno|dia)\s+\d{1,2}\s*(?:of|von|sur|de|van|di|/)\s*\d{1,2}\s*\)?"
    # "(15 oktober 2026)", "(October 15, 2026)": when, not which
    # and "(20 – 22 oktober 2026)", a range of days
    rf"|\s+\(\s*(?:\d{{1,2}}\.?(?:\s*[-–]\s*\d{{1,2}}\.?)?\s+(?:{MONTH_PATTERN})\.?\s+(?:19|20)\d\d"
    rf"|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?\s+(?:19|20)\d\d)\s*\)"
    # "... Meetup is this Thursday", "... starts tomorrow": when, after the name
    r"|\s+is\s+(?:this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)"
    r"|\s+is\s+(?:tomorrow|today|tonight|coming\s+up)"
    # "(Kurs-Nr. OS-WF-110)", "(course code ARC-201)": the provider's number for it
    r"|\s+\(\s*(?:kurs-?nr\.?|kursnummer|course\s+(?:no\.?|number|code|id)|code|cód(?:igo)?\.?|n[º°]\s+de\s+curso)\s*:?\s*[\w./-]+\s*\)"
    # "(virtual, 2 × 4 hours)": where and how long, not which ("(Virtual, EMEA)", an edition, stays)
    r"|\s+\(\s*(?:online|virtual|live|in[\s-]person|presencial|präsenz)\s*,[^()\n]{0,30}\b(?:hours?|days?|sessions?|h)\s*\)"
    # "Specialist Curriculum (13 courses)": how many, not which
    r"|\s+\(\s*\d+\s+(?:courses?|modules?|lessons?|units?|cursos|kurse|cours|corsi|cursussen|módulos|moduli)\s*\)"
    r"|\s*[-–—|:]\s*(?:your|my)\s+(?:personal\s+)?(?:agenda|schedule|itinerary|ticket|badge)"
    # "WAVE ANZ 2026 | Accelevents": a page title's site, one or two words after a bar
    r"|\s+\|\s+[^\W\d][\w.&-]*(?:\s+[^\W\d][\w.&-]*)?"
    # " – OneStream user group": who holds the event, after its name
    r"|\s+[-–—|]\s+(?:the\s+)?onestream\s+(?:user\s+(?:group|conference|community)|users?\s+community|gebruikersgroep|anwendergruppe|anwendertreffen"
    r"|anwenderkonferenz|conférence\s+utilisateurs|conferencia\s+de\s+usuarios"
    r"|groupe\s+d['’]utilisateurs|grupo\s+de\s+usuarios|gruppo\s+(?:di\s+)?utenti|comunidade\s+de\s+usu[áa]rios))\s*$",
    re.I,
)
#: Google Calendar appends " @ Tue Mar 4, 2025 10am - 11am (EST) (name@example.com)".
_CALENDAR_TAIL = re.compile(r"\s+@\s+\w{2,3}\.?\s.*$")  # "@ di 10 mrt 2026" in Dutch
#: " webinar on March 18": what it is and when, with no dash nor year, after the title.
_WHEN_TAIL = re.compile(
    rf"\s+(?:webinar|session|event|tech\s+talk|workshop|training)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\s*$",
    re.I,
)
#: " – 17th–19th February 2026", " | 12/03/2025": a subject's date after its title, not part of it.
_DATE_TAIL = re.compile(
    # " – Live-Webinar am 22.10.2025", " - webinar on March 4, 2025": what it is and when, after the title
    r"\s+[-–—|]\s+(?:(?:live[-\s]?)?(?:webinar|webinaire|webinario|web-?seminar|session|sessie|sesión|sessione|sessão|event"
    r"|evento|événement|veranstaltung|training|schulung|kurs|cours|curso|corso|cursus)\s+"
    r"(?:am|on|le|el|il|op|em|du|vom|del|dal|van|de)\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"  # "- Tuesday 3 November 2026"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th|\.)?)?\s+(?:de\s+)?(?:{MONTH_PATTERN})"
    rf"\.?(?:\s+de)?,?\s+\d{{4}}|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?,?\s+\d{{4}}"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{4})\s*$",
    re.I,
)
#: "Splash Benelux Day 2025, woensdag 3 december 2025, Jaarbeurs": a heading's day (and place) after a comma.
_COMMA_DATE_TAIL = re.compile(
    rf",\s+(?:[^\W\d]{{2,13}}\.?,?\s+)?\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:{MONTH_PATTERN})\.?(?:\s+de)?,?\s+\d{{4}}"
    r"(?:,[^,\n]{0,60})*$",
    re.I,
)
#: Words after "completed" that name what kind of thing, not which one.
GENERIC = re.compile(
    # a learning site's own page: "My Learning", "My Courses", "Learning history": whose list, not which course
    rf"^(?:(?:my\s+)?(?:{LEARNING_HISTORY.pattern})|my\s+(?:courses|certificates)|meine\s+(?:kurse|lernaktivitäten)"
    r"|mes\s+formations|mis\s+cursos|mijn\s+leeromgeving|i\s+miei\s+corsi|meus\s+cursos)\W*$|"
    # "Thank you for your registration", "Bedankt voor je aanmelding!": thanks for what the message is
    r"^(?:(?:thank\s+you|thanks|danke|merci|gracias|bedankt|grazie|obrigad[oa])\s+(?:for|für|pour|por|voor|per|pela?)"
    r"\s+(?:your|ihre|deine|votre|ta|tu|su|je|uw|la\s+tua|la\s+sua|a\s+sua|sua)\s+)?"
    r"(?:the|this|a|an|our|live|on-demand|onestream|online|virtual|in-person|following|community|splash|wave"
    r"|technical|technische|technique|técnica|tecnica|tecnico"
    r"|pre-conference|pre−conference|hands-on|instructor-led|series|la|le|de|het|il|die|der|el|o|a|den|dem|des"
    # how long it ran: "the two-day virtual course", "a 3-day workshop", "the half-day session"
    r"|(?:one|two|three|four|five|half|full|multi|\d+)-(?:day|week|hour)|classroom|self-paced|blended"
    r"|un|une|una|um|uma|een|ein|einen|folgenden|suivant|seguinte|siguiente|seguente|volgende|\s)*"
    # "de praktijkworkshop", "den Praxisworkshop": a workshop of a sort, still no name
    r"(?:webinars?|courses?|sessions?|training|trainings|tech\s+talks?|events?|class|\w*workshop|program(?:me)?"
    r"|learning\s+path|module|e-?learning|formation|training|schulung|formazione|formación|formação|opleiding"
    r"|kurs|cours|curso|corso|cursus|webinaire|webinario|sessão|sessione|sesión|sessie|séance|evento|événement"
    r"|evenement|veranstaltung|seminar|seminario|activity|activité|actividad|attività|atividade|aktivität|activiteit"
    # a meeting named by what it is: "attended the in-person meeting" / its name on the next line
    r"|meeting|meetup|treffen|réunion|rencontre|reunión|encuentro|bijeenkomst|incontro|reunião|encontro"
    # a conference named by what it is: its own name (Splash, WAVE) follows
    r"|(?:users?\s+|customer\s+|partner\s+)?(?:conference|summit|congress|konferenz|kongress|conférence|congrès"
    r"|conferencia|congreso|conferentie|congres|conferenza|congresso|conferência)"
    # a registration's own name ("AW: Anmeldung"): what the message is, not which activity
    r"|registration|anmeldung|registrierung|inscription|inscripción|inschrijving|aanmelding|iscrizione|inscrição"
    r"|enrol(?:l)?ment|booking|buchung|réservation|reserva|prenotazione)?"
    r"(?:\s+(?:en\s+línea|en\s+ligne|online|on-line|in\s+linea|em\s+linha|a\s+distancia|à\s+distance|presencial"
    r"|in\s+presenza|en\s+présentiel))?"
    # "il corso di formazione", "la formation OneStream": what it was, not which one
    r"(?:\s+(?:di|de|of)\s+(?:formazione|formation|formación|formação|training))?(?:\s+onestream)?"
    # "Course complete", "Registration confirmed": the state of it, in the seven languages, not which one
    r"(?:\s+(?:complete|completed|confirmed|abgeschlossen|bestätigt|terminée?|confirmée?|completad[oa]|confirmad[oa]"
    r"|concluíd[oa]|voltooid|afgerond|bevestigd|completat[oa]|confermat[oa]))?\W*$",
    re.I,
)


#: What a title's label says it is, in the seven languages: "Course", "Kurs", "Formation"...
_KIND_NOUN = (
    r"(?:session|course|training|event|webinar|activity|program(?:me)?|learning\s+path|curriculum|exam"
    r"|kurs|schulung|veranstaltung|seminar|cours|formation|événement|evenement|séance|curso|evento|sesi[óo]n"
    r"|seminario|capacitaci[óo]n|cursus|opleiding|sessie|corso|sessione|formazione|webinario|treinamento"
    r"|forma[çc][ãa]o|sess[ãa]o|palestra|class|klasse|classe|clase"
    # a learning path, in the other languages: "Percorso: OneStream Financial Close"
    r"|percorso|parcours|lernpfad|leerpad|trilha"
    # a series' episode: "Aflevering: 4 van 6 – Cube Views die je controller begrijpt"
    r"|episode|aflevering|folge|épisode|episodio|episódio"
    # a published piece: "Article: Rolling Forecasts in 12 Weeks"
    r"|article|artikel|artículo|articolo|artigo)"
)
#: The word for "title" alone, and the words for "name" that are a title's only before a kind noun
#: ("Course name"; a bare "Name:" is the holder's).
_TITLE_NOUN = r"(?:title|titel|titre|intitulé|intitule|título|titulo|titolo|topic|thema|thème|sujet|tema|onderwerp|argomento)"
_NAME_NOUN = rf"(?:{_TITLE_NOUN}|name|naam|nom|nombre|nome|bezeichnung)"
_OF_THE = (
    r"(?:of\s+the|of|del|de\s+la|de\s+l['’]|du|de|des|do|da|della|dello|dell['’]|van\s+de|van\s+het|van|der)"
)
#: A French training certificate's "action de formation": a kind only after "Intitulé de l'" (a bare
#: "Action:" names a step to take).
_ACTION = r"action(?:\s+de\s+formation)?"
#: A label that names the title: "Course title", "Intitulé", "Titolo del webinar", "Kurstitel", "Evenement".
TITLE_LABEL = rf"(?:{_NAME_NOUN}\s+{_OF_THE}\s*(?:{_KIND_NOUN}|{_ACTION})|{_KIND_NOUN}[ \t]*{_NAME_NOUN}|{_TITLE_NOUN}|{_KIND_NOUN})"


#: German and Dutch put the verb last: "Sie haben den Kurs X abgeschlossen", "U heeft de cursus X voltooid".
_VERB_LAST = re.compile(
    r"^(?:(?:herzlichen\s+glückwunsch|gefeliciteerd)[!,.]?\s+)?(?:sie\s+haben|du\s+hast|u\s+heeft|je\s+hebt|jij\s+hebt)\s+"
    r"(?:(?:den|das|die|de|het)\s+)?(?:(?:kurs|schulung|webinar|training|cursus|opleiding|e-learning)\s+)?"
    r"(?P<title>.+?)\s+(?:erfolgreich\s+|met\s+succes\s+)?(?:abgeschlossen|absolviert|besucht|voltooid|afgerond|gevolgd)\W*$",
    re.I,
)


#: "Your agenda for WAVE Italia 2026 is ready": the event between what is ready and "is ready"
#: ("Your certificate is ready" alone names nothing, and stays as it is).
_READY = re.compile(
    r"^(?:[^:|–-]{0,30}\s[-–|:]\s+)?your\s+(?:personal\s+)?(?:agenda|schedule|itinerary|ticket|badge|certificate|recording)"
    r"\s+for\s+(?:the\s+)?"
    r"(?P<title>.+?)\s+is\s+(?:ready|available|now\s+available|here)\W*$",
    re.I,
)


#: Emoji, pictographs and their joiners and variation selectors.
_PICTOGRAPHS = re.compile("[\U0001f000-\U0001faff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")


def strip_title(text: str) -> str:
    """A subject or heading without its reply marks, confirmation phrases and tails."""
    # an emoji or a pictograph ends or starts a subject ("... 📅", "🎟️ Your ticket"): never the title's
    title = " ".join(_PICTOGRAPHS.sub(" ", text).split())
    title = re.sub(r"^#{1,6}\s+", "", title)  # a Markdown heading: "# OneStream – Advanced Planning bootcamp"
    for _ in range(4):
        before = title
        title = re.sub(rf"^{_REPLY}", "", title, flags=re.I)
        title = _READY.sub(r"\g<title>", title)
        title = _PHRASE.sub("", title)
        title = _VERB_LAST.sub(r"\g<title>", title)
        title = _LEAD.sub("", title)
        title = _CALENDAR_TAIL.sub("", title)
        title = _DATE_TAIL.sub("", title)
        title = _WHEN_TAIL.sub("", title)
        title = _COMMA_DATE_TAIL.sub("", title)
        title = _TAIL.sub("", title).strip(" \t.,;:-–|\"'“”„«»‚‹›‘")
        title = _KIND_THEN_QUOTED.sub(r"\g<title>", title)
        title = _CONFERENCE_THEN_PLACE.sub(r"\g<name>", title)
        if title == before:
            break
    # "Thank you for joining us, Sam" without its thanks: whom it thanks, no title
    return "" if _PRONOUN_LEFT.match(title) else title


#: The kind, then the title in quotes: "webinar ‘Budgetteren in 5 stappen’", "Webinar „Konsolidierung“".
_KIND_THEN_QUOTED = re.compile(
    rf"^(?:{_KIND_NOUN}|webinaire|tech\s+talk|workshop)s?\s+[‘“«„\"](?P<title>[^‘’“”«»„\"]{{3,}})[’”»“\"]$",
    re.I,
)


#: OneStream's conference named with its year: "Splash Benelux 2026", "OneStream WAVE 2026".
CONFERENCE_NAME = r"(?:OneStream\s+)?(?:WAVE|Splash)(?:\s+[A-ZÀ-Þ][\w-]*){0,3}\s+20\d\d"


#: OneStream's conference by its name and year, then a comma or a dot and where or when it was:
#: "WAVE LATAM 2026 · São Paulo", "OneStream WAVE Chicago 2026, held November 17–18". A place written
#: on ("OneStream WAVE 2025 Amsterdam") is part of the name, and a session after a colon stays.
_CONFERENCE_THEN_PLACE = re.compile(
    rf"^(?P<name>{CONFERENCE_NAME})"
    r"\s*[,·|]\s*(?!.*:)[^\n]+$"
)


#: What is left of a thanks that named no activity: "us, Sam", "you all". Small letters only:
#: "US GAAP Reporting" is a title.
_PRONOUN_LEFT = re.compile(r"^(?:us|you|me|them|uns|nous|nos|ons|noi|ci)\b(?:[ ,!.]|$)")
