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
from decimal import Decimal

# --- OnePoints --------------------------------------------------------------

#: [OP] "Earn Forty (40) OnePoints to renew or extend any OneStream Certification".
POINTS_REQUIRED = Decimal(40)

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

#: Not from a source: how many activity ids a next-step sentence names before
#: "and N more" (the ages-out table on the status screen is capped the same way).
#: A sentence naming 10,000 ids would be 30 KB long.
IDS_LISTED_IN_ADVICE = 8

#: [WEB] "A single OnePoint is roughly equal to one hour of activity".
DEFAULT_POINTS_PER_HOUR = Decimal(1)

#: Points and hours are kept to the cent of a point (a quarter hour is 0.25).
AMOUNT_DECIMAL_PLACES = 2

#: Not from a source: no single activity is worth more than this many points
#: or hours. It catches typos (4000 for 40.00) and absurd hand edits.
MAX_AMOUNT = Decimal(1000)

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
