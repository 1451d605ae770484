"""Domain problems: what went wrong, as values. render/problems words them.

Each problem is an exception class (a OnePointsError, so the one error path and
its exit codes hold) carrying the values a message needs: numbers, ids, dates,
the source a file was read from. No sentence lives here: the domain holds rules
and values, render holds every word (issue 19).
"""

from datetime import date
from typing import Any, ClassVar, Literal, dataclass_transform

from ..errors import OnePointsError, UsageError


@dataclass_transform(eq_default=False)
class Problem(OnePointsError):
    """Base of every domain problem. A subclass declares its values as annotated
    fields, as a dataclass would (type checkers read it as one); this base makes
    the constructor. Not @dataclass itself: each @dataclass writes its methods
    with exec() when its module is imported, and a write imports dozens of these
    classes on every start.

    str() gives the class and its values, for logs and tracebacks; a user only
    ever sees render.problems.word(problem)."""

    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("__annotations__", {})
        cls._fields = (*cls._fields, *(name for name, hint in own.items() if "ClassVar" not in str(hint)))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} values, {len(args)} given")
        values = dict(zip(self._fields, args, strict=False))  # fewer values than fields: defaults fill in
        for name, value in kwargs.items():
            if name not in self._fields or name in values:
                raise TypeError(f"{type(self).__name__}: unexpected or repeated value {name!r}")
            values[name] = value
        for name in self._fields:
            if name not in values:
                if not hasattr(type(self), name):
                    raise TypeError(f"{type(self).__name__}: missing value {name!r}")
                values[name] = getattr(type(self), name)  # the field's default
            setattr(self, name, values[name])
        super().__init__(*(values[name] for name in self._fields))

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __str__(self) -> str:
        values = ", ".join(
            f"{name}={value!r}" for name, value in zip(self._fields, self._values(), strict=True)
        )
        return f"{type(self).__name__}({values})"

    def __repr__(self) -> str:
        return str(self)

    # The same problem with the same values is equal (what the tests compare); hashed
    # by its type alone, as its values may be lists.
    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Problem) and other._values() == self._values()

    def __hash__(self) -> int:
        return hash(type(self))


class UsageProblem(UsageError, Problem):
    """A domain problem that is a usage problem: the command line is wrong (exit 2)."""


class AsUsage(UsageProblem):
    """Another problem, met while reading the command line: exit 2, worded as `problem`."""

    problem: OnePointsError


class BadDate(Problem):
    """A date given as text: `what` names it ("--as-of", "the date")."""

    what: str
    text: str


class DateOutOfRange(Problem):
    """A date outside the years a ledger holds: see dates.date_problem."""

    what: str
    day: date


AmountFault = Literal["not_a_number", "not_finite", "not_positive", "too_large", "too_precise"]


class BadAmount(Problem):
    """Points or hours typed as `text` that are not a valid amount, and why."""

    what: str
    text: str
    fault: AmountFault


class EmptyText(Problem):
    """A title or name that is empty once trimmed: `what` is its field ("title",
    "cert_name"; render/problems/general.py names it)."""

    what: str


class UnstorableText(Problem):
    """Text holding `bad`, a character UTF-8 cannot store (a lone surrogate)."""

    what: str
    text: str
    bad: str


class UnknownKind(Problem):
    """No kind has `text` as its id or name; `known` are the kind ids."""

    text: str
    known: tuple[str, ...]


class EndBeforeStart(Problem):
    """A timeline asked to end (--to) before it starts (--from)."""

    start: date
    end: date
