"""The time-expression grammar: closed word classes read from the lexicons, one compiled pattern.

The word classes (months, weekdays, seasons, units, number words, parts of the day, modifiers,
vague references, frequency adverbs) live in ``conflictparse/lexicon/time_*.tsv``. They are
small closed classes, so each becomes a named sub-pattern (``MONTH``, ``UNIT``, ``QUANT``, ...)
of one pattern with one named alternative per rule; the matched words are then looked up in the
dictionaries of :class:`Lexicon` to compute values. Everything is built on first use and cached.

Each rule is compiled on its own. At a position of the text only the rules that can start with
the token there are tried (found once per token by partial matching and cached), in the order of
:data:`RULES`, so a more specific rule ("Nov. 15, 2021") is listed before a more general one that
would match a prefix of it ("Nov."); when a rule's reading is rejected the next one is tried. No
sub-pattern repeats an unbounded group inside another, so matching is linear.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs
import regex

from conflictparse.lexicon import load_table

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "PHRASE_REACH",
    "RULES",
    "Lexicon",
    "closed_lengths",
    "compiled_rule",
    "compiled_rules",
    "grammar_words",
    "lexicon",
    "probe_key",
    "rules_starting_with",
    "token_key",
]


@attrs.frozen
class Lexicon:
    """The time word classes as lookup tables (all keys lower case, single spaces)."""

    months: dict[str, int]
    month_abbreviations: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: frozenset[str]
    seasons: dict[str, tuple[str, int]]
    units: dict[str, tuple[int, str, str]]
    # the plural column of time_units ("days", "centuries", "millennia": not all end in "s")
    plural_units: frozenset[str]
    dayparts: dict[str, str]
    cardinals: dict[str, int]
    ordinals: dict[str, int]
    # fractions of a unit ("half an hour", "a quarter-century")
    fractions: dict[str, float]
    point_mods: dict[str, str]
    amount_mods: dict[str, str]
    vague: dict[str, tuple[str, str]]
    sets: dict[str, str]
    future_cues: frozenset[str]
    # future cues that qualify a noun ("the upcoming vote"): a past verb of the clause wins
    future_adjectives: frozenset[str]
    past_cues: frozenset[str]
    holidays: dict[str, tuple[int, int]]
    blockers_before: frozenset[str]
    blockers_after: frozenset[str]
    event_nouns: frozenset[str]
    span_adjectives: frozenset[str]
    season_adjectives: frozenset[str]
    infinitive_not_verbs: frozenset[str] = frozenset()
    infinitive_not_purpose: frozenset[str] = frozenset()
    infinitive_caused: frozenset[str] = frozenset()
    # holidays whose name also stands for the weeks around them ("the Christmas offensive")
    season_holidays: frozenset[str] = frozenset()
    # verbs that report a quotation ("said", "told"): the day beside them dates its "yesterday"
    reporting_verbs: frozenset[str] = frozenset()
    # events news reports once they have happened: "Saturday's attack" is the Saturday gone
    past_event_nouns: frozenset[str] = frozenset()
    # holidays on a weekday of a month ("Labor Day"): month, ISO weekday, which one of the
    # month (-1 the last), days after it
    movable_holidays: dict[str, tuple[int, int, int, int]] = attrs.field(factory=dict)
    # verbs that move a plan to a later date ("postponed", "extended", "put off")
    moving_verbs: frozenset[str] = frozenset()
    # nouns of a lasting state of affairs: "today's world" is the present age, not a day
    present_nouns: frozenset[str] = frozenset()
    # nouns for a kind of person (the actors' lexicon): "her 12-year-old son" is an age
    person_nouns: frozenset[str] = frozenset()
    # days named by their figures ("9/11"): the ISO date and the nouns that name the event
    # after the month and day in words ("the Sept. 11 attacks")
    named_days: dict[str, tuple[str, frozenset[str]]] = attrs.field(factory=dict)


@functools.cache
def lexicon() -> Lexicon:
    """Return the time lexicons, read once."""
    months: dict[str, int] = {}
    month_abbr: set[str] = set()
    for row in load_table("time_months"):
        months[row[0].lower()] = int(row[1])
        if len(row) > 2 and row[2] == "abbr":
            month_abbr.add(row[0].lower())
    weekdays: dict[str, int] = {}
    weekday_abbr: set[str] = set()
    for row in load_table("time_weekdays"):
        weekdays[row[0].lower()] = int(row[1])
        if len(row) > 2 and row[2] == "abbr":
            weekday_abbr.add(row[0].lower())
    units: dict[str, tuple[int, str, str]] = {}
    plural_units: set[str] = set()
    for singular, plural, count, designator, granularity in load_table("time_units"):
        units[singular] = units[plural] = (int(count), designator, granularity)
        plural_units.add(plural)
    cardinals: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    fractions: dict[str, float] = {}
    for word, kind, value, *_ in load_table("number_words"):
        if kind == "ordinal":
            ordinals[word.lower()] = int(value)
        elif kind == "fraction":
            fractions[word.lower()] = float(value)
        elif kind in {"unit", "tens"} or (kind in {"scale", "multiplier"} and float(value) <= 100):
            # Durations count in small numbers ("two hundred years", "a dozen days"); larger
            # scales are read by the figures' number grammar, not here.
            cardinals[word.lower()] = int(float(value))
    point_mods: dict[str, str] = {}
    amount_mods: dict[str, str] = {}
    for phrase, mod, scope in load_table("time_modifiers"):
        if scope in {"point", "both"}:
            point_mods[phrase] = mod
        if scope in {"amount", "both"}:
            amount_mods[phrase] = mod
    blockers = load_table("time_year_blockers")
    infinitive = load_table("time_infinitive")
    holidays = load_table("time_holidays")
    future = load_table("time_future_cues")
    return Lexicon(
        months=months,
        month_abbreviations=frozenset(month_abbr),
        weekdays=weekdays,
        weekday_abbreviations=frozenset(weekday_abbr),
        seasons={row[0]: (row[1], int(row[2])) for row in load_table("time_seasons")},
        units=units,
        plural_units=frozenset(plural_units),
        dayparts={row[0]: row[1] for row in load_table("time_dayparts")},
        cardinals=cardinals,
        ordinals=ordinals,
        fractions=fractions,
        point_mods=point_mods,
        amount_mods=amount_mods,
        vague={row[0]: (row[1], row[2]) for row in load_table("time_vague")},
        sets={row[0]: row[1] for row in load_table("time_sets")},
        future_cues=frozenset(row[0] for row in future),
        future_adjectives=frozenset(row[0] for row in future if row[1:] == ("adjective",)),
        past_cues=frozenset(row[0] for row in load_table("time_past_cues")),
        holidays={row[0]: (int(row[1]), int(row[2])) for row in holidays},
        blockers_before=frozenset(row[0] for row in blockers if row[1] == "before"),
        blockers_after=frozenset(row[0] for row in blockers if row[1] == "after"),
        event_nouns=frozenset(row[0] for row in load_table("time_event_nouns")),
        span_adjectives=frozenset(row[0] for row in load_table("time_span_adjectives")),
        season_adjectives=frozenset(row[0] for row in load_table("time_season_adjectives")),
        infinitive_not_verbs=frozenset(row[0] for row in infinitive if row[1] == "not_verb"),
        infinitive_not_purpose=frozenset(row[0] for row in infinitive if row[1] == "not_purpose"),
        infinitive_caused=frozenset(row[0] for row in infinitive if row[1] == "caused"),
        season_holidays=frozenset(row[0] for row in holidays if row[3:4] == ("season",)),
        reporting_verbs=frozenset(row[0] for row in load_table("time_reporting_verbs")),
        past_event_nouns=frozenset(row[0] for row in load_table("time_past_event_nouns")),
        movable_holidays={
            row[0]: (int(row[1]), int(row[2]), int(row[3]), int(row[4]))
            for row in load_table("time_movable_holidays")
        },
        moving_verbs=frozenset(row[0] for row in load_table("time_moving_verbs")),
        present_nouns=frozenset(row[0] for row in load_table("time_present_nouns")),
        person_nouns=frozenset(row[0] for row in load_table("personnouns")),
        named_days={
            figures: (date, frozenset(nouns.split(",")))
            for figures, date, nouns in load_table("time_named_days")
        },
    )


def _alt(words: Iterable[str]) -> str:
    """An alternation of words, longest first, spaces matching any run of whitespace."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(item).replace(r"\ ", r"\s+") for item in items)


def _singular_units(lex: Lexicon) -> list[str]:
    """The units in the singular ("week", "century")."""
    return [u for u in lex.units if u not in lex.plural_units]


def closed_lengths(lex: Lexicon) -> list[str]:
    """A unit and "long" written as one word ("weeklong", "monthlong"): a length, as "week-long"."""
    return [f"{unit}long" for unit in _singular_units(lex)]


# A capitalised word's first two letters, matched in their case inside the case-blind rules: a
# heading or a post's first word run into the expression before it ("1904Port", "11:19PMDonald").
_GLUED_WORD = r"(?-i:[A-Z][a-z])"


def _subpatterns(lex: Lexicon) -> dict[str, str]:
    full_months = [m for m in lex.months if m not in lex.month_abbreviations]
    # "Aug.31", as military press releases write it: an abbreviation's period may touch the day
    month = (
        rf"(?:(?:{_alt(full_months)})(?!\w)"
        rf"|(?:{_alt(lex.month_abbreviations)})(?:\.(?=\d)|\.?(?!\w)))"
    )
    full_days = [d for d in lex.weekdays if d not in lex.weekday_abbreviations]
    weekday = rf"(?:{_alt(full_days)}|(?:{_alt(lex.weekday_abbreviations)})\.)"
    small = [w for w, v in lex.cardinals.items() if v < 10]
    teens = [w for w, v in lex.cardinals.items() if 10 <= v < 20]
    tens = [w for w, v in lex.cardinals.items() if v >= 20 and v % 10 == 0 and v < 100]
    numword = (
        rf"(?:(?:{_alt(tens)})(?:[-\s](?:{_alt(small)}))?|{_alt(teens)}|{_alt(small)})"
        r"(?:\s+(?:hundred|thousand))?"
    )
    decade_words = [t[:-1] + "ies" for t in tens if t.endswith("y")]
    singular_units = _singular_units(lex)
    # Bounded on purpose: a run of "100,100,100..." must not be rescanned from every start.
    # The digit run is atomic: giving digits back never helps a rule and made every failing
    # attempt ("10, the", "2016 election") retry with each shorter prefix.
    digits = r"\d{1,3}(?:,\d{3}){1,3}(?![,\d])|(?>\d{1,5})(?:\.\d{1,2})?(?:\s+1/2|½)?"
    quant = (
        rf"(?:{digits}|{numword}(?:\s+and\s+a[\s-]half)?|a\s+couple(?:\s+of)?|a\s+few|a\s+dozen"
        # "half an hour": without it the article alone was the amount (PT1H)
        r"|half\s+an?"
        # "a quarter-century", "a half-hour": the fraction is joined to its unit by a hyphen
        r"|a\s+(?:quarter|half)(?=-)"
        r"|several|many|few|some|a|an|one|couple(?:\s+of)?|dozens\s+of|hundreds\s+of|a\s+number\s+of"
        # "a hundred days", "the Hundred Days Offensive"
        r"|(?:a\s+)?(?:hundred|thousand))"
    )
    point_mod = rf"(?P<pmod>(?:very\s+)?(?:{_alt(lex.point_mods)}))(?:\s*-\s*|\s+)"
    amount_mod = rf"(?P<amod>{_alt(lex.amount_mods)})\s+"
    ordinal = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_alt(lex.ordinals)})"
    return {
        "MONTH": month,
        "WEEKDAY": weekday,
        "NUMWORD": numword,
        "QUANT": quant,
        "UNIT": rf"(?:{_alt(lex.units)})",
        "SUNIT": rf"(?:{_alt(singular_units)})",
        "CLOSEDLONG": _alt(closed_lengths(lex)),
        "SEASON": rf"(?:{_alt(lex.seasons)})",
        "DAYPART": rf"(?:{_alt(lex.dayparts)})",
        "PMOD": point_mod,
        "AMOD": amount_mod,
        "ORD": ordinal,
        "DECADEWORD": _alt(decade_words),
        "VAGUE": _alt(lex.vague),
        "SETWORD": _alt(lex.sets),
        "HOLIDAY": _alt([*lex.holidays, *lex.movable_holidays]),
        "SPANADJ": _alt(lex.span_adjectives),
        "SEASONADJ": _alt(lex.season_adjectives),
        "DAYSUFFIX": r"(?:st|nd|rd|th)?",
        "YEAR": r"(?:1\d{3}|20\d{2})",
        # A year named relative to the anchor or the story ("July 25 of that year").
        "YREL": r"(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)",
        "ERA": r"(?:BCE|BC|B\.C\.?|AD|A\.D\.?|CE)(?!\w)",
        "BCERA": r"(?:BCE|BC|B\.C\.?)(?!\w)",
        # A section heading run into the text after it ("Campaign of 1904Port Arthur"), as
        # converted pages join a title to its paragraph: a capitalised word does not stop a year.
        "GLUED": _GLUED_WORD,
        "TZ": r"(?:[ECMP][SD]T|GMT|BST|UTC|CET|EET|MSK|local\s+time)",
        # "3am." ends a sentence: only a period with more letters after it ("3 am.x") is no clock
        # "11:19PMDonald Trump ...": a post's first word scraped against its stamp
        "AMPM": rf"(?:[ap]\.\s?m\.|[ap]m(?!(?!{_GLUED_WORD})\w|\.\w)|[ap]\.m(?![\w]))",
        "REL": (
            r"(?:this\s+past|this\s+coming|the\s+(?:past|last|next|coming|previous|following"
            r"|current|same|present|prior|preceding|whole|entire|full)|that\s+same|last|this|next"
            r"|coming|past"
            r"|previous|following|current|same|that|these|those)"
        ),
    }


#: The rules, in the order they are tried at each position: (name, pattern template).
RULES: tuple[tuple[str, str], ...] = (
    (
        "iso",
        r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?(?![\w/-])",
    ),
    (
        "odd",
        r"(?<![\w/.$-])(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{4}/\d{1,2}/\d{1,2}"
        r"|\d{1,2}-(?:{MONTH})-\d{2,4})(?![\w/-]|\.\d)",
    ),
    (
        "dayrange",
        r"(?<![\w$.,-])(?:(?P<dthe>the)\s+)?(?P<d1>[0-3]?\d){DAYSUFFIX}"
        r"\s*(?:-|–|to|and|until|till|through)\s*"
        r"(?:(?P<dthe2>the)\s+)?(?P<d2>[0-3]?\d){DAYSUFFIX}\s+(?:of\s+)?(?P<month>{MONTH})"
        r"(?:,?\s+(?P<year>{YEAR})(?!\d))?",
    ),
    (
        "mdrange",
        r"(?P<month>{MONTH})\s*(?P<d1>[0-3]?\d){DAYSUFFIX}\s*(?:-|–|to|and|until|till|through)"
        r"\s*(?P<d2>[0-3]?\d){DAYSUFFIX}(?![\d:])(?:,?\s+(?P<year>{YEAR})(?!\d))?",
    ),
    (
        "yrange",
        r"(?<![\w$€£.,/-])(?P<y1>{YEAR}|\d{1,4})(?P<ysep>\s*(?:-|–)\s*|\s+(?:to|and|until)\s+)"
        r"(?P<y2>\d{4}|\d{1,3}(?=\s*{BCERA})|\d{2})"
        r"(?:\s*(?P<era>{BCERA})|(?![\w%,.]\d|(?!{GLUED})[\w%]))",
    ),
    (
        "time",
        r"(?:(?P<tmod>about|around|approximately|roughly|shortly\s+(?:before|after)"
        r"|just\s+(?:before|after))\s+)?"
        r"(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{AMPM})"
        r"|(?<![\d:.,])(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:])(?:\s*(?:hrs?|hours)(?!\w))?"
        r"|(?<![\d,.])(?P<mil>[01]\d|2[0-3])(?P<mil2>[0-5]\d)\s*(?:hours|hrs|GMT|UTC)(?!\w)"
        r"|(?P<noon>noon|midnight|midday))"
        # the zone keeps a post's first word scraped against it ("10.32am GMTThe army")
        r"(?:\s+(?P<tz>{TZ})(?!(?!{GLUED})\w))?"
        r"(?:,?\s+(?:(?P<wd>{WEEKDAY})(?!\w)|(?P<tday>today|yesterday|tomorrow|tonight)(?!\w)"
        # the zone may close the day instead ("9:34 p.m., March 19 EST")
        r"|(?P<month>{MONTH})\s*(?P<day>[0-3]?\d)(?!\d)(?:\s+{TZ}(?!\w))?))?",
    ),
    (
        "mdy",
        r"(?:(?P<wd>{WEEKDAY})(?!\w),?\s+)?(?:{PMOD})?(?P<month>{MONTH})\s*"
        r"(?:(?P<day>[0-3]?\d){DAYSUFFIX}(?!\d|:\d)|(?P<dayw>{ORD})(?!\w))"
        r"(?:,?\s*(?:of\s+)?(?P<year>{YEAR})(?!\d)|\s+(?:of\s+)?(?P<yrel>{YREL})\s+year(?!\w))?",
    ),
    (
        "dmy",
        r"(?:(?P<wd>{WEEKDAY})(?!\w),?\s+)?(?:the\s+)?(?:(?<![\w$.,-])|(?<=(?-i:[a-z])\.?-))"
        r"(?P<day>[0-3]?\d){DAYSUFFIX}"
        r"\s+(?:of\s+)?(?P<month>{MONTH})"
        r"(?:,?\s+(?P<year>{YEAR})(?!\d)|\s+(?:of\s+)?(?P<yrel>{YREL})\s+year(?!\w))?",
    ),
    (
        "my",
        r"(?:{PMOD})?(?P<month>{MONTH}),?\s+(?:of\s+)?(?:(?P<year>{YEAR})(?![\d,]\d|\d)"
        r"|(?P<bcy>\d{1,4})\s*{BCERA}"
        r"|(?P<yrel>{YREL})\s+year(?!\w))",
    ),
    (
        "century",
        r"(?:{PMOD}(?:the\s+)?|the\s+(?:{PMOD})?)?(?P<ord>{ORD})[-\s]+century(?!\w)(?:\s*(?P<era>{BCERA}))?",
    ),
    (
        "decade",
        r"(?:{PMOD}(?:the\s+)?|the\s+(?:{PMOD})?)?(?:(?P<decbc>\d{1,3}0)s\s*(?P<era>{BCERA})"
        r"|(?P<dec>1\d{2}0|20\d0)'?s|'(?P<dec2>\d0)s"
        r"|(?P<decw>{DECADEWORD}))(?!\w)",
    ),
    (
        "spoken",
        r"(?:(?P<sthe>the\s+year)\s+)?(?P<spoken>(?:nineteen|eighteen)\s+(?:{NUMWORD})"
        r"|two\s+thousand(?:\s+and)?(?:\s+(?:{NUMWORD}))?)(?![\w-])",
    ),
    (
        "half",
        r"(?:the\s+)?(?P<half>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+"
        r"(?:(?P<year>{YEAR})(?!\d)"
        r"|(?P<hrel>this|last|next|the)\s+year)",
    ),
    (
        "quarter",
        r"(?:(?P<qrel>the|this|last|next|this\s+year's|last\s+year's|next\s+year's)\s+)?"
        r"(?:(?P<qy>{YEAR})\s+)?(?:fiscal\s+)?"
        r"(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th|latest|current"
        r"|previous|same|year-earlier|year-ago)(?:[-\s]+fiscal)?[-\s]+quarter(?![\w-])"
        r"(?:\s+of\s+(?:fiscal\s+(?:year\s+)?|the\s+fiscal\s+year\s+)?(?P<year>{YEAR})"
        r"(?!\d))?"
        r"|(?:the\s+)?(?P<qq>Q[1-4])(?:\s+(?P<year>{YEAR})(?!\d))?(?!\w)",
    ),
    (
        "set",
        r"(?:(?P<every>every|each|per)\s+(?:other\s+|single\s+)?(?:(?P<q>{QUANT})\s+)?"
        # "every hour of every day": the inner unit repeats, the outer only stresses it
        r"(?:(?P<unit>{UNIT})(?:\s+of\s+(?:every|each)\s+{UNIT}(?!\w))?"
        r"|(?P<wd>{WEEKDAY})|(?P<month>{MONTH})|(?P<season>{SEASON})"
        r"|(?P<dp>morning|afternoon|evening|night))"
        r"|(?P<times>once|twice|thrice|(?:{NUMWORD}|\d{1,3})\s+times)\s+(?:a|an|per|each|every)"
        r"\s+(?P<unit2>{SUNIT})|(?P<setword>{SETWORD}))(?!\w)",
    ),
    # An amount of time, and the point that far from the anchor or the story when a direction
    # follows ("two days ago", "a week later"): one rule, as both readings begin alike and
    # trying them one after the other parsed each amount twice.
    (
        "dur",
        r"(?:{AMOD})?(?:(?P<the>the|these|those)\s+(?:(?P<edge>first|last|past|next|coming|previous"
        r"|final|following|initial|remaining|ensuing|preceding|latest)\s+)?"
        # "another seven months", "another month": one more, which TimeML keeps in the span
        r"|(?P<another>another)\s+)?"
        # "between 60 and 100 days": two ends joined by "and" (after "between" only, see _h_dur)
        r"(?P<q>{QUANT}|another)(?:(?:\s*(?:-|–|to|or)\s*|\s+(?P<qand>and)\s+"
        # "ten, fifteen and twenty years", "another four, or another eight years": a list of
        # amounts sharing the last one's unit (at most five; a comma and a space after the first,
        # so that "1,000 and 5 years" is no list)
        r"|(?P<list>(?:,\s+(?:another\s+)?(?:\d{1,5}|{NUMWORD})(?!\w)){1,3},?\s+(?:and|or)\s+"
        r"(?:another\s+)?|,\s+or\s+another\s+))(?P<q2>\d{1,5}|{NUMWORD}))?"
        # "15-plus years": at least the amount
        r"(?P<plus>-plus(?![\w-]))?"
        r"(?P<extra>\s+(?:more|additional|extra|straight|consecutive|full|long|trading"
        r"|previous|preceding|following|past"
        # "in a single day" stresses the one unit (WikiWars: "a single year", P1Y); "a
        # single-day record" is an adjective of the noun after it
        r"|business|working|single(?=\s)|{SPANADJ}))?\s*-?\s*(?P<unit>{UNIT})(?P<old>-old)?(?P<long>[-\s]long)?(?![\w-])"
        r"(?P<so>\s+(?:or\s+so|and\s+a[\s-]half|or\s+(?:two|three|[2-9])(?![\w.,-]?\w)))?"
        r"(?P<tail>\s+(?P<dir>ago|earlier|later|from\s+now|hence|before|after|previously)"
        r"(?!\w)(?!\s+than\b))?",
    ),
    # "decades-old", "centuries-old": a thing's age with no count is a length, as "-long" is
    # and a closed compound is the hyphenated one ("a weeklong siege", "the monthlong truce")
    ("long", r"(?P<lunit>{UNIT})-(?:long|(?<=s-)old)(?![\w-])|(?P<closed>{CLOSEDLONG})(?![\w-])"),
    (
        "season",
        r"(?:the\s+(?=(?:very\s+)?(?:early|late|mid|middle)))?"
        r"(?:{PMOD})?(?:(?P<srel>{REL}|the)\s+"
        # "the past three summers": a count only after a span word, so that no number opens
        # this rule
        r"(?:(?P<scount>{NUMWORD}|\d{1,2}|several|few)\s+(?=[a-z]+s(?!\w)))?"
        # "a harsh winter", "this cold winter", "a really cold and rainy winter": the weather
        # of the season stays in, with "a" only before it
        r"|an?\s+(?=(?:very\s+|really\s+)?(?:{SEASONADJ})\s))?"
        r"(?:(?P<sadj>(?:very\s+|really\s+)?(?:{SEASONADJ})(?:(?:\s*,\s*|\s+and\s+)(?:{SEASONADJ})){0,2})\s+)?"
        r"(?:(?P<pyear>{YEAR})\s+)?(?P<season>{SEASON})(?P<splural>s)?(?!\w)"
        r"(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})(?!\d)|(?P<bcy>\d{1,4})\s*{BCERA}))?",
    ),
    (
        "comparable",
        r"(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:of\s+)?"
        r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year)(?!\w)"
        r"|last\s+year's\s+(?:period|quarter)(?!\w)",
    ),
    (
        "today",
        r"(?:(?P<tmod>early|late|earlier|later)\s+)?(?:(?P<dba>the\s+day\s+(?:before|after))"
        r"\s+)?(?P<day>today|tonight|yesterday|tomorrow)(?!\w)"
        r"(?:\s+(?P<dp>morning|afternoon|evening|night))?(?!\w)",
    ),
    (
        "reldate",
        r"(?:{PMOD}|(?P<emod>earlier|later)\s+)?(?P<rel>{REL}|the)\s+"
        r"(?:(?P<fiscal>fiscal)\s+)?"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century|day|night|morning"
        r"|afternoon|evening)(?![\w-])(?:\s+or\s+so(?!\w))?",
    ),
    # A week, month or year counted within a span ("the first week of January", "the second
    # year of the war"): a length of time, anchored on what follows (as "the last week of").
    (
        "ordspan",
        r"the\s+(?P<sord>first|second|third|fourth|fifth|final|opening|closing)\s+"
        r"(?P<sunit>week|month|year|hour)(?![\w'-])",
    ),
    # A day counted within a span the story tells ("the second day of the offensive").
    (
        "ordday",
        r"the\s+(?P<ord>{ORD}|final)\s+(?P<ounit>day|morning|afternoon|evening|night)(?![\w-])",
    ),
    (
        "weekday",
        r"(?:(?P<wrel>this\s+coming|this\s+past|the\s+following|the\s+previous|the\s+next"
        r"|last|this|next|coming|past|previous|following|early|late|earlier|later)"
        # "late on Tuesday": the modifier may stand before the "on"
        r"(?:(?<=early|late|earlier|later)\s+on)?\s+)?"
        r"(?P<wd>{WEEKDAY})(?P<plural>s)?(?!\w)"
        r"(?:,?\s+(?P<dp>morning|afternoon|evening|night|overnight|noon|midnight))?(?!\w)",
    ),
    (
        "daypart",
        r"(?:(?P<drel>this|last|that|the|early\s+this|late\s+last|late\s+this"
        r"|(?:early|late|later|earlier)\s+(?:this|in\s+the))\s+)?"
        r"(?:{PMOD})?(?P<dp>{DAYPART})(?!\w)"
        r"(?:\s+(?P<dday>yesterday|today|tomorrow)(?!\w))?",
    ),
    (
        "month",
        r"(?:{PMOD})?(?:(?P<mrel>last|this|next|coming|past|that|the\s+same|the\s+previous"
        r"|the\s+following)\s+)?"
        r"(?P<month>{MONTH})(?!\s*\d)",
    ),
    ("vague", r"(?<!\w)(?P<vague>{VAGUE})(?!\w)"),
    (
        "special",
        r"(?:{PMOD})?(?:(?P<sthe>the)\s+(?:comparable\s+|corresponding\s+)?)?"
        r"(?P<special>year-end|year-ago|year-earlier|year-on-year|year's\s+end|year\s+end"
        r"|month's\s+end|month-end)"
        r"(?:\s+(?:(?P<sq>first|second|third|fourth)\s+)?(?P<sunit>period|quarter"
        r"|nine\s+months|six\s+months|half))?(?!\w)",
    ),
    (
        "year",
        r"(?P<ythe>the\s+)(?P<year>{YEAR})\s+(?P<ysuf>period|quarter|season|fiscal\s+year)(?!\w)"
        r"|(?:(?P<fy>fiscal(?:\s+year)?|FY|the\s+year)\s*)?(?:{PMOD})?"
        r"(?:(?P<year>{YEAR}|\d{1,4})(?:\s*(?P<era>{ERA}))"
        r"|(?P<year>{YEAR}))"
        r"(?!(?!{GLUED})[\w%]|[.,:/-]\d|\s*(?:%|per\s*cent))",
    ),
    ("named", r"(?P<named>\d{1,2}/\d{1,2})(?![\w/]|[.,]\d)"),
    ("holiday", r"(?P<holiday>{HOLIDAY})(?!\w)(?:,?\s+(?P<year>{YEAR})(?!\d))?"),
    (
        "plural",
        r"(?:(?P<vthe>the)\s+(?:(?P<vedge>first|last|past|early|final|closing|opening|initial|small"
        r"|immediate|wee)\s+)?"
        # "his final months", "their first days": a possessive reads as "the" before an edge
        r"|(?P<vposs>his|her|its|their)\s+(?P<vpedge>first|last|final)\s+)?"
        r"(?P<vunit>years|months|weeks|days|decades|hours|centuries|millennia|minutes)(?!\w)"
        r"(?:\s+or\s+(?:even\s+)?(?P<vunit2>years|months|weeks|days|decades|hours)(?!\w))?"
        r"(?:\s+(?P<vdir>ago|earlier|later)(?!\w))?",
    ),
)


# A rule starts where no word runs on into it, or where a capitalised word is written against
# a lower-case one or a number: a scraped live blog's post stamp ("FeaturedFebruary 6, 2016
# 11:19PM"; the times read there only at a month, see glued_month_pattern), a heading's year run
# into the words after it ("1905Harsh winter"; read there only at GLUED_TAIL).
_RULE_EDGE = r"(?:(?<!\w)|(?<=(?-i:[\p{Ll}\d]))(?=(?-i:\p{Lu})))"


@functools.cache
def compiled_rules() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """Return each rule's compiled pattern, in the order they are tried."""
    subs = _subpatterns(lexicon())
    compiled = []
    for name, template in RULES:
        body = template
        for key, value in subs.items():
            body = body.replace("{" + key + "}", value)
        compiled.append((name, regex.compile(_RULE_EDGE + "(?:" + body + ")", regex.IGNORECASE)))
    return tuple(compiled)


@functools.cache
def glued_month_pattern() -> regex.Pattern[str]:
    """A capitalised month name closing a token after a lower-case letter, as in the post
    stamps a scraped live blog writes against the word before them ("FeaturedFebruary")."""
    names = _alt(name.capitalize() for name in lexicon().months)
    return regex.compile(rf"(?<=\p{{Ll}})(?:{names})\Z")


@functools.cache
def compiled_rule(name: str) -> regex.Pattern[str]:
    """The compiled rule called ``name`` (see :func:`compiled_rules`)."""
    return dict(compiled_rules())[name]


@functools.cache
def moved_date_pattern() -> regex.Pattern[str]:
    """The words before a date that a plan is moved to ("postponed until", "extended the
    mandate by six months until"), searched back from the date (see ``time_moving_verbs``)."""
    verbs = _alt(lexicon().moving_verbs)
    return regex.compile(
        r"(?r)(?<!\w)(?:" + verbs + r")(?:\s+[\w'’-]+){0,6}?\s+(?:until|till|to|through)"
        r"(?:\s+at\s+least)?\s+\Z",
        regex.IGNORECASE,
    )


# How far a grammar rule or a phrase pattern read from a position may run, passed as
# ``endpos``: ``regex`` first looks for a word the pattern requires ("century", "of", "time")
# from the position up to ``endpos``, so with no bound each call would read the rest of the text
# (a text dense with durations and no "time" took time growing as n^1.4). A phrase is a few
# words (the longest expression in the corpora is 34 characters); the rest is room for runs of
# spaces and line breaks between them, and for the look-aheads at its end.
PHRASE_REACH = 500

_DIGIT_RUN = regex.compile(r"\d{2,}")
_HEAD = regex.compile(r"[^\W_]*")
_LETTERS = regex.compile(r"[A-Za-z]+")
# A capitalised word run into the digits before it, closing the token: "1918Events", a heading's
# year against its next word.
GLUED_TAIL = regex.compile(r"(?<=\d)[A-Z][a-z]+$")


@functools.cache
def grammar_words() -> frozenset[str]:
    """Every word the rules spell out (lexicon words and grammar words such as "past", "of")."""
    words: set[str] = set()
    for _, compiled in compiled_rules():
        words.update(word.lower() for word in _LETTERS.findall(compiled.pattern))
    # spelled as a character class ("[ap]m"), so not found above: "3 am", "11 pm"
    words.update({"am", "pm"})
    return frozenset(words)


def probe_key(first: str, space: str, second: str) -> str | None:
    """The key under which :func:`rules_starting_with` is asked about a two-token start.

    ``None`` when the first token cannot start a time expression. A second token the grammar
    never spells is replaced by a placeholder, so the cache stays small on any vocabulary.
    """
    # A rule sees no more of a token than its reach, so a key built from that much asks the
    # same question; a whole 100,000-digit token made each rule read it in full (and each
    # hyphen of a long hyphenated token started such a key again: quadratic).
    first, second = first[:PHRASE_REACH], second[:PHRASE_REACH]
    words = grammar_words()
    glued = GLUED_TAIL.search(first)
    if glued is not None:
        # "1918Events": a heading's year run into the next word, which follows it as if spaced
        first, space, second = first[: glued.start()], " ", glued.group()
    lowered = first.lower()
    if not (lowered[:1].isdigit() or _known(lowered, words)):
        return None
    follower = second.lower()
    if follower.isalpha() and not _known(follower, words):
        follower = "zzzz"
    key = lowered + (" " if space else "") + follower
    # Both parts already lower case: only digits would change the key.
    return key if lowered.isalpha() and follower.isalpha() else token_key(key)


def probe_key_three(first: str, space: str, second: str, space2: str, third: str) -> str | None:
    """Like :func:`probe_key`, with a third token: where two words leave many rules open.

    "the second" may begin a dozen rules ("the second half of May", "the second quarter"), and
    the third word settles most of them.
    """
    probe = probe_key(first, space, second)
    if probe is None:
        return None
    follower = third[:PHRASE_REACH].lower()
    if follower.isalpha() and not _known(follower, grammar_words()):
        follower = "zzzz"
    return probe + space2 + (follower if follower.isalpha() else token_key(follower))


@functools.lru_cache(maxsize=16384)
def _known(word: str, words: frozenset[str]) -> bool:
    word = word.removesuffix("'s")
    if word in words or word.rstrip("0123456789") in words:
        return True
    return any(part in words or part[:1].isdigit() for part in word.split("-"))


def token_key(token: str) -> str:
    """The lookup key of a text: lower case, runs of digits reduced to their shape.

    In a run of two or more digits every digit but the last becomes ``1`` and the last ``0``
    ("1989" and "2014" share "1110", "1990s" stays a decade, "15" a day), so numbers do not
    flood the cache; single digits stay ("Q3", "3 p.m.").
    """
    return _DIGIT_RUN.sub(_digit_shape, token.lower())


def _digit_shape(match: regex.Match[str]) -> str:
    return "1" * (len(match.group()) - 1) + "0"


@functools.lru_cache(maxsize=16384)
def rules_starting_with(key: str) -> tuple[int, ...]:
    """The indices of the rules whose match can begin with this text (a key: see :func:`token_key`).

    Decided once per key by partial matching ("could a match start with ``key``?"), so at each
    position of a text only the few rules that can start there are tried. A rule whose match
    can begin with a key can begin with any prefix of it, so a key is only tried against the
    rules that can begin with a shorter prefix (see :func:`_shorter_prefix`), itself asked the
    same way and cached: new text brings many new keys but few new prefixes, and partial
    matching is most of the time spent on unseen text.
    """
    rules = compiled_rules()
    candidates: Iterable[int] = (
        range(len(rules)) if len(key) <= 1 else rules_starting_with(_shorter_prefix(key))
    )
    return tuple(index for index in candidates if _may_start(rules[index][1], key))


def _shorter_prefix(key: str) -> str:
    """A shorter key whose rules include all of this key's (see :func:`rules_starting_with`).

    The key up to its last word ("the first" of "the first week"), else its first word
    ("years" of "years."), else its first character ("y" of "years").
    """
    space = key.rfind(" ")
    if space > 0:
        return key[:space]
    match = _HEAD.match(key)
    head = match.group() if match is not None else ""
    return head if 0 < len(head) < len(key) else key[:1]


def _may_start(compiled: regex.Pattern[str], key: str) -> bool:
    # A partial match: the rule matches a prefix of ``key``, or ``key`` is cut short inside a
    # match (the same answer as ``match(key) or fullmatch(key, partial=True)``, in one call).
    return compiled.match(key, partial=True) is not None
