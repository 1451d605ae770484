"""The words for problems building a bundle or recording an extension."""

from collections.abc import Callable
from decimal import Decimal

from ...domain.bundle.problems import (
    BundleActivitiesGone,
    EvidenceNotAsRecorded,
    ExpiryNotLater,
    MemberState,
    MicroCredential,
    NoBundleYet,
    NoSuchBundle,
    NotEnoughPoints,
    NothingToExtend,
    PastExpiry,
    SeveralCerts,
    UsedByOthers,
    UsedTwice,
)
from ...domain.rules import POINTS_REQUIRED
from ...domain.validation import points_text
from ...errors import OnePointsError
from ..counts import activity_ids_text, points_with_noun


def _was(ids: tuple[int, ...]) -> str:
    return "was" if len(ids) == 1 else "were"


def word(problem: OnePointsError, words: Callable[[OnePointsError], str]) -> str | None:
    if isinstance(problem, EvidenceNotAsRecorded):
        return _not_as_recorded(problem)
    return _bundle(problem) or _extension(problem)


def _bundle(problem: OnePointsError) -> str | None:
    match problem:
        case NothingToExtend(micro_only=False):
            return "No certification is tracked yet: add one with `onepoints cert add`."
        case NothingToExtend():
            return (
                "Only micro-credentials are tracked, and OnePoints do not extend them: "
                "add the certification with `onepoints cert add`."
            )
        case SeveralCerts():
            return f"Several certifications are tracked; choose one with --cert ({', '.join(problem.ids)})."
        case PastExpiry():
            when = "expires today" if problem.as_of == problem.expires else f"expired on {problem.expires}"
            return (
                f"{problem.name} {when}, and a OnePoints case must be submitted before the expiry date: "
                "a bundle can no longer extend it. Renew it by sitting the current exam (`onepoints exam log` "
                "records your attempts), or ask in a ServiceNow case (category Credentialing). "
                "No file was written; --force builds the bundle anyway."
            )
        case MicroCredential():
            return f"{problem.name} is a micro-credential: OnePoints extend certifications only."
        case NotEnoughPoints():
            return _not_enough(problem) + _held_text(problem)
    return None


def _not_enough(problem: NotEnoughPoints) -> str:
    available, lacking = problem.available, problem.lacking
    missing = POINTS_REQUIRED - available
    message = (
        f"Not enough points to bundle on {problem.as_of}: {points_with_noun(available, 'counting point')} "
        f"{'has' if available == 1 else 'have'} evidence, {points_with_noun(missing)} "
        f"{'is' if missing == 1 else 'are'} missing. The Certification team only accepts complete "
        f"submissions of {points_text(POINTS_REQUIRED)} points. No file was written."
    )
    if lacking:
        listed = "\n".join(f"  - {a.id}: {a.title} ({a.date}, {points_with_noun(a.points)})" for a in lacking)
        these = (
            "These counting activities only lack" if len(lacking) > 1 else "This counting activity only lacks"
        )
        message += f"\n{these} evidence (`onepoints attach ID FILE`):\n{listed}"
    return message


def _held_text(problem: NotEnoughPoints) -> str:
    held = problem.held
    if not held:
        return ""
    points = sum((a.points for a, _ in held), Decimal(0))
    bundles = ", ".join(sorted({f"bundle {b.id} ({b.cert})" for _, b in held}))
    return (
        f"\n{points_with_noun(points, 'more point')} with evidence {'is' if points == 1 else 'are'} in {bundles}, "
        "not extended yet, so left out: one activity extends one certification. If the Certification "
        "team is to count them for both, add --share."
    )


def _extension(problem: OnePointsError) -> str | None:
    match problem:
        case NoSuchBundle(cert_id=None):
            return f"No bundle {problem.bundle_id}. See `onepoints bundles`."
        case NoSuchBundle():
            return f"No bundle {problem.bundle_id} for certification {problem.cert_id!r}. See `onepoints bundles`."
        case NoBundleYet():
            return (
                f"No bundle was built for {problem.cert_id!r} yet: run `onepoints bundle --cert {problem.cert_id}` "
                "first."
            )
        case BundleActivitiesGone():
            ids = problem.activity_ids
            return (
                f"Bundle {problem.bundle_id} names {activity_ids_text(list(ids))} that {_was(ids)} removed since; "
                "build a new bundle with `onepoints bundle`."
            )
        case ExpiryNotLater():
            return f"The new expiry ({problem.new_expiry}) must be after the current one ({problem.expires})."
        case UsedTwice():
            ids = problem.activity_ids
            return (
                f"{activity_ids_text(list(ids)).capitalize()} of bundle {problem.bundle_id} {_was(ids)} already "
                f"used by an accepted extension of {problem.cert_id!r} and cannot count twice. "
                "See `onepoints bundles`."
            )
        case UsedByOthers():
            ids, cert_id = problem.activity_ids, problem.cert_id
            return (
                f"{activity_ids_text(list(ids)).capitalize()} of bundle {problem.bundle_id} {_was(ids)} already "
                f"used by the extension of {', '.join(problem.others)}, and one activity extends one "
                f"certification. Build a bundle without them: `onepoints bundle --cert {cert_id}`. If the "
                "Certification team accepted this case with them anyway, record it so: "
                f"`onepoints extend --cert {cert_id} --bundle {problem.bundle_id} --share`."
            )
    return None


_REPLACE_HINT = (
    "If a file was changed on purpose (a corrected certificate), "
    "record it with `onepoints evidence replace ID N FILE` (N: its number in `onepoints evidence list ID`)."
)
_SEARCH_HINT = (
    "If a file was moved or renamed, `onepoints doctor --search DIR --fix` finds it by its content "
    "(DIR: where it may be, e.g. ~/Documents)."
)


def evidence_files(count: int) -> str:
    return f"{count} evidence file" if count == 1 else f"{count} evidence files"


def _not_as_recorded(problem: EvidenceNotAsRecorded) -> str:
    n = len(problem.files)
    if problem.built:
        header = (
            f"The bundle was not written: {evidence_files(n)} no longer {'matches' if n == 1 else 'match'} "
            "what was recorded:"
        )
    else:
        header = f"Cannot build the bundle: {evidence_files(n)} {'is' if n == 1 else 'are'} not as recorded:"
    lines = [
        header,
        *(f"  - activity {of.activity_id}: {of.path}: {member_state(s)}" for of, s in problem.files),
    ]
    faults = {state.fault for _, state in problem.files}
    if faults & {"missing", "dangling_link"}:
        lines.append(_SEARCH_HINT)
    if faults & {"size_changed", "grown", "content_changed"}:
        lines.append(_REPLACE_HINT)
    return "\n".join(lines)


_MEMBER_FAULTS = {
    "folder": "is a folder, not a file",
    "not_regular": "is not a regular file",
    "link_loop": "is a symbolic link loop",
    "missing": "missing",
    "dangling_link": "missing (the symbolic link points to nothing)",
    "content_changed": "changed since it was recorded (same size, different contents)",
}


def member_state(state: MemberState) -> str:
    """What is wrong with an evidence file a bundle takes, as the list says it."""
    match state.fault:
        case "unreadable":
            return f"cannot be read ({state.reason})"
        case "size_changed":
            return f"size changed from {state.recorded} to {state.now} bytes since it was recorded"
        case "grown":
            return f"size changed from {state.recorded} to at least {state.now} bytes since it was recorded"
    return _MEMBER_FAULTS[state.fault]
