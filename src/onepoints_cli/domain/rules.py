"""The program's numbers, each with its source.

Every rule in onepoints that depends on a number takes it from here, and
docs/rules.md explains each one in plain words. Sources:

- [OP]  ../shared/seeds/001_45ed30c1e60fcd0b.txt, "The ALL-NEW OnePoints Program
        for Certification Extensions" (OneStream community, 2024-01-09).
- [WEB] OneStream's public OnePoints page: "A single OnePoint is roughly equal
        to one hour of activity"; "Extension requests should be made at least
        30 days prior to your current expiration date in CertMetrics."
- [EX]  ../shared/seeds/000_f7069f3ea3925596.txt, "After Testing": delayed
        scoring and retake policy.
- [CR]  ../shared/seeds/002_8a84237fe7cdd410.txt, Digital Credentials FAQ.
"""

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

# The command modules build their help texts from these numbers at start-up,
# when `--help` must not pay for importing decimal (a few ms): the Decimal
# constants are made on first use, by __getattr__ at the end of this module.

# --- OnePoints --------------------------------------------------------------

#: [OP] "Earn Forty (40) OnePoints to renew or extend any OneStream Certification".
#: POINTS_REQUIRED is the same number as a Decimal, for the arithmetic.
POINTS_REQUIRED_WHOLE = 40

#: [OP] "Points can be accrued over a 24-month period": an activity dated D
#: counts on day T when D <= T < D + 24 months.
WINDOW_MONTHS = 24

#: [OP] "extend your Certification expiration date by an additional 24-months".
EXTENSION_MONTHS = 24

#: [OP] "Retroactive submissions ... activities completed from January 1, 2022".
PROGRAM_START = date(2022, 1, 1)

#: [WEB] "at least 30 days prior to your current expiration date".
DEFAULT_LEAD_DAYS = 30

#: Not from a source: how far ahead of the deadline `status` starts to warn.
#: A quarter of a year leaves time for a course or two. Configurable.
DEFAULT_WARN_DAYS = 90

#: [WEB] "A single OnePoint is roughly equal to one hour of activity" (DEFAULT_POINTS_PER_HOUR).
_DEFAULT_POINTS_PER_HOUR_WHOLE = 1

#: Not from a source: the widest config values that still mean something
#: (a lead time of a year; warnings up to ten years ahead).
MAX_LEAD_DAYS = 365
MAX_WARN_DAYS = 3650

#: Not from a source: how many activity ids a next-step sentence names before
#: "and N more" (the ages-out table on the status screen is capped the same way).
#: A sentence naming 10,000 ids would be 30 KB long.
IDS_LISTED_IN_ADVICE = 8


#: Points and hours are kept to the cent of a point (a quarter hour is 0.25).
AMOUNT_DECIMAL_PLACES = 2

#: Not from a source: no single activity is worth more than this many points
#: or hours (MAX_AMOUNT). It catches typos (4000 for 40.00) and absurd hand edits.
_MAX_AMOUNT_WHOLE = 1000

#: Not from a source: the dates onepoints accepts, typed or read from a file:
#: far wider than any certification's, and far enough from the calendar's ends
#: (years 1 and 9999) that the rules' arithmetic (24 months on, a lead time of
#: up to ten years back) never leaves what Python's dates can hold.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(9899, 12, 31)

# --- Exams [EX] ---------------------------------------------------------------

#: "If you fail an exam on your first attempt, you must wait at least 3 days (72 hours)".
WAIT_AFTER_FIRST_FAIL_DAYS = 3

#: "If you do not pass an exam on your second attempt, then you must wait at
#: least 2 weeks (14 days) between each additional attempt".
WAIT_AFTER_LATER_FAIL_DAYS = 14

#: "a maximum of four (4) exam attempts within a 12-month period".
MAX_ATTEMPTS_PER_PERIOD = 4
ATTEMPT_PERIOD_MONTHS = 12

#: "retake an exam that you have already passed ... you may do so after 20 months".
RETAKE_AFTER_PASS_MONTHS = 20

#: "The exam retake fee is $300, regardless of the number of exam attempts".
RETAKE_FEE_USD = 300

#: "Candidates will have to wait 2 to 3 business days" for a result.
RESULT_MIN_BUSINESS_DAYS = 2
RESULT_MAX_BUSINESS_DAYS = 3

# --- Credentials [CR] -----------------------------------------------------------

#: "The title of your credential will have 'Certified' or 'Certification' included."
CERTIFICATION_NAME_MARKERS = ("Certified", "Certification")

# --- Files onepoints reads (not from a source: limits against hostile files) -------

#: ledger.toml and config.toml are refused past this size. A ledger of 50,000
#: activities is about 7 MB; a real one is a few hundred KB. The cap keeps a
#: file that is not a ledger (a disk image renamed, /dev/zero) from filling memory.
MAX_DATA_FILE_BYTES = 64 * 1024 * 1024

#: A TOML key (`a.b.c = 1`, `[a.b.c]`) with more parts is refused before it is
#: parsed: Python's TOML parser takes time and memory that grow with the
#: square of the number of parts (measured: docs/performance.md, "Limits
#: against hostile files"). onepoints's own keys have at most 3
#: (`kinds.mentoring.points_per_hour`).
MAX_KEY_PARTS = 64

#: `onepoints import` refuses a CSV file larger than this; 50,000 rows of
#: activities are about 2.5 MB.
MAX_IMPORT_BYTES = 32 * 1024 * 1024

# --- Identifiers (not from a source) -----------------------------------------------

#: A certification id is short enough to type: 1 to this many characters.
MAX_CERT_ID_CHARS = 40

# --- Reminders -----------------------------------------------------------------

#: Not from a source: days before an event that a last calendar reminder goes
#: off, besides config's warn_days: a week still leaves time to act.
LAST_CALL_DAYS = 7

# --- Badge files (not from a source: limits against hostile files) ---------------

#: A badge image is a few hundred KB; anything this big is not a badge, and
#: reading it whole would only waste memory.
MAX_BADGE_FILE_BYTES = 20 * 1024 * 1024

#: Cap on the metadata text itself, after decompression. An OB 3.0 credential
#: may embed its image as a data: URI (a few hundred KB), so leave room, but
#: stop a small compressed chunk from inflating into gigabytes (a zip bomb).
MAX_BADGE_METADATA_BYTES = 4 * 1024 * 1024

#: An SVG may declare simple entities (Illustrator exports declare namespace
#: URIs this way). A longer value is not a real file's and only serves to
#: amplify the document, so refuse it.
MAX_SVG_ENTITY_CHARS = 1024

#: Expat expands entities in attribute values, and only stops an amplifying
#: document after hundreds of MB. A reference takes at least 3 bytes ("&a;"),
#: so a file of N bytes expands to at most N / 3 times the longest value:
#: refuse the declaration when that bound passes this many characters.
MAX_SVG_ENTITY_EXPANSION = 32 * 1024 * 1024

# --- Bundle file names (not from a source) ---------------------------------------

#: Longest path component safe_arcname gives, in characters...
MAX_COMPONENT_CHARS = 100
#: ...and in UTF-8 bytes (most file systems stop at 255 bytes per name).
MAX_COMPONENT_BYTES = 255

# --- Display caps (not from a source: what fits a screen) -------------------------

#: Activities ageing out soon that `status` lists.
AGING_ROWS_SHOWN = 8
#: Bad rows an import lists before "... and N more".
IMPORT_PROBLEMS_SHOWN = 20
#: New activities a dry-run import shows in its table.
IMPORT_ROWS_SHOWN = 10
#: Problems with a ledger or config file listed before "... and N more".
FILE_PROBLEMS_SHOWN = 5

# --- Reading evidence files (`onepoints scan`) ------------------------------------

#: Not from a source: a certificate, confirmation email or invitation is a few
#: hundred kilobytes; a file over this size is not read (reading one would cost
#: memory and seconds for what is, in a Downloads folder, a video or an archive).
MAX_SCAN_FILE_BYTES = 20 * 1024 * 1024

#: Not from a source: an invitation longer than this (a multi-day Splash as one
#: event) is not a number of hours of activity; its hours are left to the user.
MAX_SCAN_EVENT_HOURS = 12

# --- The evidence bundle --------------------------------------------------------

#: Not from a source: how much of a file is deflated (at level 1, fast) to
#: decide whether the whole file is worth deflating. 64 KiB is enough to tell
#: a compressed format (JPEG, PNG, most PDFs' images) from text or a PDF of
#: uncompressed streams, for a small share of the file's time (docs/performance.md).
BUNDLE_PROBE_BYTES = 64 * 1024

#: Not from a source: a file whose probe saves less than this percentage of its
#: bytes is stored as it is: deflating it would cost time and save nothing.
BUNDLE_MIN_SAVING_PERCENT = 5

# --- The ledger's history ------------------------------------------------------

#: Not from a source: how many earlier versions of the ledger the history keeps
#: (`history_keep` in config.toml). Fifty covers weeks of ordinary use; each is
#: a copy of the ledger, usually a few kilobytes.
DEFAULT_HISTORY_KEEP = 50

#: Not from a source: at least one earlier version, so `undo` always works;
#: at most ten thousand, so a typo cannot fill the disk with copies.
HISTORY_KEEP_MIN = 1
HISTORY_KEEP_MAX = 10_000

_DECIMALS = {
    "POINTS_REQUIRED": POINTS_REQUIRED_WHOLE,
    "DEFAULT_POINTS_PER_HOUR": _DEFAULT_POINTS_PER_HOUR_WHOLE,
    "MAX_AMOUNT": _MAX_AMOUNT_WHOLE,
}


def __getattr__(name: str) -> "Decimal":
    """POINTS_REQUIRED, DEFAULT_POINTS_PER_HOUR and MAX_AMOUNT, as Decimals."""
    if name in _DECIMALS:
        from decimal import Decimal

        value = Decimal(_DECIMALS[name])
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- Reading the Downloads folder as it is (`onepoints scan`, issue 20) -----------

#: Not from a source: the characters of a document's text that are searched for
#: its fields. A certificate holds a few thousand, a six-page transcript some
#: fifteen thousand; a text repeating a date hundreds of thousands of times
#: would otherwise cost seconds of pattern matching for nothing a proposal
#: needs (docs/performance.md, "Limits against hostile files").
MAX_SCAN_TEXT_CHARS = 100_000

#: Not from a source: the characters read around a date to tell a mail
#: program's stamp or a forwarded header's "Sent:" line (its line, the lines
#: beside it). Such lines are short; a megabyte on one line is not searched
#: once for every date in it.
MAX_SCAN_LINE_CONTEXT_CHARS = 300

#: Not from a source: the pages of a PDF read. A transcript states its total on
#: its last page (six pages and more); a 300-page brochure stops here, and the
#: text stops at MAX_SCAN_TEXT_CHARS before, whichever comes first.
MAX_SCAN_PDF_PAGES_READ = 40

#: Not from a source: the bytes of an invitation given to icalendar: its
#: calendar header, time zones and first event, cut out of the file. An
#: invitation is a few kilobytes; a calendar export of hundreds of thousands
#: of events takes minutes and gigabytes to parse whole (docs/performance.md,
#: "Limits against hostile files").
MAX_SCAN_ICS_PART_BYTES = 256 * 1024

#: Not from a source: dates searched in a document's text. A certificate has a
#: handful; past this many, the rest of the text adds nothing to a proposal.
MAX_SCAN_DATES = 200

#: Not from a source: events an invitation or an email may name before it is a
#: digest or newsletter (several events), not evidence of one.
MIN_SCAN_DIGEST_EVENTS = 3

#: Not from a source: rows a table holds before one row's figure is not the whole: a
#: learning history with a status each row ("Completed", "Successful") leaves what it
#: labels guessed, and an hours column of one row a day is summed, as a guess.
MIN_SCAN_TABLE_ROWS = 2

#: Not from a source: the lines an item of a learning history saved as text or HTML (one
#: cell a line) takes after its title: instructor, type, status, enrolment and completion
#: days, length, a link. The next item's title comes after.
MAX_SCAN_RECORD_LINES = 8

#: Not from a source: a line this long with no figure, after an item's status, is the next
#: item's title ("Presentation Skills for Consultants"), not a cell of this one.
MIN_SCAN_NEXT_TITLE_CHARS = 25

#: Not from a source: the characters at the top of a text searched for whom a certificate is
#: made out to: a certificate names its holder near the top, and a forward quotes the
#: colleague's within a page or two.
MAX_SCAN_WHOSE_CHARS = 4000

#: Not from a source: the longest range of days read as one event's ("May
#: 13–15"); a longer one is no one event's days. The longest OneStream events
#: (Splash with its pre-conference days) run under a week.
MAX_SCAN_EVENT_DAYS = 31

#: Not from a source: the years a date written with two ("10/21/26") is read in,
#: 2000 + the two digits. Certificates a holder keeps are from the last few years;
#: "12/12/12" or "1/2/03" outside these years is a code or a fraction, no date.
MIN_SCAN_TWO_DIGIT_YEAR = 2015
MAX_SCAN_TWO_DIGIT_YEAR = 2049

#: Not from a source: the bytes of an email that are parsed. A confirmation
#: with its certificate attached is well under this; the email package holds a
#: message several times over while parsing it (docs/performance.md, "Limits
#: against hostile files"), so a bigger email is read up to here: a part cut
#: off is a note, not a failure.
MAX_SCAN_EMAIL_BYTES = 8 * 1024 * 1024

#: Not from a source: the bytes of drawing instructions of one PDF page that
#: are read for text. A certificate's page holds a few kilobytes; pypdf's
#: time grows more than linearly with a page's text instructions
#: (docs/performance.md, "Limits against hostile files"). A denser page is
#: not read; the proposal says so.
MAX_SCAN_PDF_PAGE_CONTENT_BYTES = 256 * 1024

#: Not from a source: the same for all the pages read, so that forty dense
#: pages cannot add up to seconds.
MAX_SCAN_PDF_CONTENT_BYTES = 512 * 1024

#: Not from a source: the PDF and invitation attachments of one email that are
#: read. A confirmation carries one or two; an email of a thousand attached
#: PDFs would otherwise cost seconds. The rest are a note on the proposal.
MAX_SCAN_ATTACHMENTS = 5

# --- The store: busy files and the ledger's lock (issue 21) ----------------------

#: Not from a source: how long a rename refused with a sharing or permission
#: error is tried again. Antivirus scanners, search indexers and sync clients
#: hold a file they just saw changing for well under a second.
REPLACE_RETRY_SECONDS = 1.0

#: Not from a source: after this long waiting for the ledger's lock, say on
#: stderr what onepoints waits for (a write holds it for milliseconds).
LOCK_NOTICE_SECONDS = 1.0

#: Not from a source: give up waiting for the lock after this long, with an
#: error naming the process that holds it. The longest write (an import of
#: tens of thousands of rows) holds it for seconds (docs/performance.md,
#: "Import"); a onepoints suspended with Ctrl-Z holds it forever, and cron
#: must not wait for it forever.
LOCK_TIMEOUT_SECONDS = 30.0

# --- scan: honest confidence on unseen documents (issue 20, scanfix4) -----------

#: Not from a source: different dates under the same kind of label ("Completed:
#: 2025-09-02" on each row) from which the activity's date is only guessed. A
#: certificate labels one date, sometimes two (the event's and the completion's);
#: three or more is a list, such as a transcript's courses.
MIN_SCAN_LISTED_DATES = 3

#: Not from a source: the words from which a line is a sentence rather than a
#: heading. Headings ("OneStream Tech Talk en español") have up to six; a kind
#: word only in a sentence about something else ("Winners will be announced at
#: Splash") is guessed.
MIN_SCAN_SENTENCE_WORDS = 7

#: Not from a source: the characters of each PDF metadata entry (Author, Title,
#: Subject, Keywords, Creator) that are read. An entry is a name or a few
#: words ("OneStream University"); a megabyte of one is not searched whole.
MAX_SCAN_PDF_METADATA_CHARS = 300

#: Not from a source: the mentions of a kind ("webinar") whose sentence is
#: read to tell a stated kind from one named in passing. A document states
#: its kind in its first few; a file repeating a word 100,000 times is not
#: read sentence by sentence.
MAX_SCAN_KIND_MENTIONS = 200

#: Not from a source: the labelled lines ("Title:", "Thema:", "Course:") tried
#: as a document's title, and again for a label's whole value. A certificate
#: has one or two; a file repeating "Title:" 100,000 times is not read line
#: against line.
MAX_SCAN_TITLE_LABELS = 50


# --- start-up and scan's found hours (this stop's speed and honesty work) ---------

#: Not from a source: a time range up to this many hours is one session's
#: length, marked found; a longer one (a day, lunch and breaks within) is
#: guessed. Webinars and Tech Talks run one to three hours.
MAX_SCAN_SURE_RANGE_HOURS = 3

#: Not from a source: a Splash or WAVE ticket's time range this long or longer
#: is the conference day's opening hours (registration, lunch and breaks within),
#: not the sessions the holder attends; its hours are left to the holder. A
#: workshop's or a lab's range (three or four hours) is still read.
MIN_SCAN_CONFERENCE_DAY_HOURS = 6

#: Not from a source: a text file with this many lines of a name and a time
#: ("Priya Sample 10:49") is a pasted team chat, colleagues talking about a
#: session, not the holder's registration or attendance. A forwarded email
#: saved as text has one or two such lines at most.
MIN_SCAN_CHAT_MESSAGES = 3

#: Not from a source: a document with this many blank fields ("[Participant
#: Name]", "{{session_title}}", "on ____ / ____") is a template nobody filled
#: in, not a certificate. A filled-in one may keep a signature line ("______").
MIN_SCAN_TEMPLATE_FIELDS = 3

#: Not from a source: Python collects reference cycles after this many new
#: objects during a run, instead of its default 700. A start allocates many
#: small objects that live to the end (modules, a cached ledger's records);
#: collection still runs, so a long scan or bundle stays bounded in memory.
#: What it buys is measured in docs/performance.md.
GC_FIRST_GENERATION = 10_000
