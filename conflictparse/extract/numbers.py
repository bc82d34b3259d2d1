"""The number grammar: cardinal numbers in digits, words, or both, and what they are not.

Finds "100,000", "100 000", "100.000" (a thousands separator when three digits follow and no
scale word does), "1.5 million", "3bn", "$2.5bn", "40%", "30km", "twenty-one", "one hundred and
twenty", "a dozen", "two dozen", "half a million", "several dozen", "a few", and vague
magnitudes ("hundreds", "tens of thousands"), plus ranges ("90,000-120,000", "between 3 and 5
million", "two or three"). It leaves out what is no count: years ("the 2014 annexation"), dates
("5 March"), times of day ("10:30", "5pm"), ordinals ("1st", "21st"), model, unit and law names
("Su-25", "F-16s", "COVID-19", "Resolution 2231", "Article 5"), ages ("aged 25"), and compound
modifiers ("a 24-hour ceasefire", "a five-year plan").

Vague magnitudes follow one convention: a plural magnitude X ("hundreds", "thousands") means
2 x X to 9 x X, "tens of thousands" 20,000 to 90,000, "dozens" 24 to 108; "a few" 2 to 5,
"several" 3 to 9, "a handful" 2 to 5 (times what follows: "several hundred" is 300 to 900).
``value`` is then the lower bound.

The word lists are data: ``lexicon/number_words.tsv`` (number words), ``lexicon/figure_cues.tsv``
(labels, months, clock words) and ``lexicon/figure_nouns.tsv`` (units).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from typing import NamedTuple

import attrs
import regex

from conflictparse.extract.actors import demonyms
from conflictparse.lexicon import load_table
from conflictparse.text import Text

__all__ = ["UNIT_POWERS", "Number", "extract_numbers", "find_numbers"]

# Digits runs keep their inner separators so that "100,000" and "1.5" are one atom; words are
# split at hyphens and apostrophes so that "Su-25" and "twenty-one" show their parts.
_ATOM = regex.compile(r"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>\p{L}+)|(?P<sym>[^\s\p{L}\p{N}])")
# The same for ASCII text, in one group, for split(): its parts alternate between what lies
# between two atoms and the atoms, so their offsets follow from the parts' lengths, with no
# match object each. The stdlib engine, faster on short strings; spelt out in ASCII classes
# because its \d, \s and letters are not exactly those of ``regex``.
_ASCII_ATOM_SPLIT = re.compile(r"([0-9]+(?:[.,][0-9]+)*|[A-Za-z]+|[^\t\n\v\f\r A-Za-z0-9])")
# Outside ASCII, a character that ``_ATOM`` reads otherwise than the ASCII pattern does: a
# letter, a digit or number, or a space (the pattern is only run on characters outside ASCII,
# found first by the cheaper stdlib engine).
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORDLIKE = regex.compile(r"[\s\p{L}\p{N}]")
_COMMA_GROUPS = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DOT_GROUPS = regex.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL = regex.compile(r"\d+(?:\.\d+)?")
_COORDINATE = regex.compile(r"\d{1,3}\.\d{3,}")  # a degree in decimals: "33.783", "43.6463889"
# a release's number after a name: "Web 2.0", "Isis 2.0"; a count is seldom written with ".0"
_VERSION = regex.compile(r"\d\.0")

# the power a word before a unit raises it to: "300 square miles" (mi2), "half a square
# kilometre" (km2), "cu ft" (ft3)
UNIT_POWERS = {"square": "2", "sq": "2", "cubic": "3", "cu": "3"}
_CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₴": "UAH"}
_RANGE_DASHES = frozenset("-\u2013")
_YEAR_SPAN_JOINS = _RANGE_DASHES | {"to"}  # "264 to 241 BC", "240 - 238 BC"
_MAX_INDENT = 4  # spaces before a paragraph's number: "  2. The team deployed"
_ANGLE_MARKS = frozenset({"°", "'", '"'})
_QUOTE_MARKS = frozenset({"'", '"'})
_FRACTION_NOUNS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenths"}
)
_AGE_ADVERBS = frozenset({"also", "now", "then"})  # "Oliver Hall, also 24,"
_IMPERIAL_LENGTHS = frozenset({"ft", "feet", "foot", "yards", "yd", "miles", "mile"})
_BE = frozenset({"was", "is", "am", "'s", "m"})
_PERSONAL = frozenset({"he", "she", "i", "'", "who"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "we", "they"})  # "at 19, she left"
_LINKING = frozenset({"was", "were", "is", "are"})
# words between a linking verb and an age: "were both 15", "was just 14", "is now 12"
_AGE_FOCUS = frozenset({"both", "just", "only", "now", "still", "then", "barely", "all"})
# quantifiers that count after "the" as after "a": "the handful of guards" ("the few" is
# "few", no count)
_DEFINITE_QUANTIFIERS = frozenset({"handful"})
_AGE_WORDS = frozenset({"aged", "ages"})  # skip words whose number is an age
_AGE_NOUNS = frozenset({"age", "ages"})  # nouns an apposed number gives the value of
_AGE_BOUNDS = frozenset({"under", "over", "below", "above"})  # "children under five"
_AGE_LIMITS = _AGE_BOUNDS | {"older", "younger", "up"}  # "voters 65 and older"
_AGE_APPROXIMATE = frozenset({"about", "around", "roughly"})  # "must have been about three"
_PERFECT_MODALS = frozenset({"have", "has", "had", "must", "might", "would", "could", "may"})
# subjects that stand for a person: "his kids, who were three", "when he was around 10,"
_PERSON_SUBJECTS = frozenset({"who", "he", "she", "i"})
# adverbs between a subject and its linking verb: "he already was 18 at the time"
_SUBJECT_ADVERBS = frozenset({"already", "still", "also", "now", "then"})
_AGE_COMPARATIVES = frozenset({"younger", "older"})  # "adoptees younger than 18 who"
_AGE_TURNS = frozenset({"turn", "turns", "turned", "turning"})  # "when they turned 18."
# what may follow an age: "was 16 when she left", "was 23 and had no record"
_AGE_FOLLOWERS = frozenset({"when", "while", "and", "but", "at", "then", "as", "in", "years"})
_AGE_SUPERLATIVES = frozenset({"youngest", "oldest", "eldest"})
_SUPERLATIVE_REACH = 5  # atoms from an age to "the oldest": ", at 62, is the oldest"
_YEAR_WORDS = frozenset({"years", "year"})  # "27 and 29 years old"
_AGE_CLOSERS = frozenset({",", ".", ";", ")", "!", "?", "\u2013", "\u2014"})
# "the boy reminded me of myself at 12.": a person right before "at" whose age it gives
_AGE_OBJECTS = frozenset({"me", "myself", "him", "himself", "her", "herself"})
_MAX_ALTERNATIVES = 4  # "10,000 or 20,000 or 40,000": numbers of one range joined by "or"
# capitalised words before a linking verb that name no person: "There were 15", "It was 12"
_NOT_NAMES = frozenset(
    {"there", "it", "this", "that", "these", "those", "which", "what", "here", "they", "we",
     "you", "all", "both", "each", "total", "turnout", "score"}
)  # fmt: skip
# an upper bound that may open the second end of a range: "from 2,000 to as high as 10,000"
_TOP_BOUNDS = (("as", "high", "as"), ("as", "many", "as"), ("as", "much", "as"), ("up", "to"))
_RANGING = frozenset({"ranging", "range", "ranges", "ranged", "varying", "anywhere", "vary"})
_GLUE_MARKS = frozenset("-/:.#+_\u2013")  # "_" glues a handle: "@Musliiiiimah_1"
_SENTENCE_PUNCT = frozenset('.!?:;"(')
_NUM, _WORD, _SYM = 0, 1, 2
_SHORT_UNIT = 3  # letters of a unit abbreviation alone in a bracket: "(280 mm)", "(16 km)"
_KINDS = (_SYM, _NUM, _WORD, _SYM)  # _ATOM's group number (1, 2, 3) -> atom kind
_MAX_DIGITS = 24
# words before a bare "hundred", "thousand" or "million" that make it one: "the last hundred or
# so", "a further million have fled"
_BARE_SCALE_LEADS = frozenset(
    {"the", "last", "final", "first", "some", "another", "other", "further"}
)
# grammar words a scraped page may run on into the number after them: "Sign in5 people"
_RUN_ON_WORDS = frozenset({"in", "of", "with", "by", "and", "from", "about", "than"})
_RUN_ON_NUMBER = re.compile(f"(?:{'|'.join(sorted(_RUN_ON_WORDS))})\\d")  # a token "in5"
_BARE_SCALES = frozenset({100.0, 1000.0, 1e6})
# casualty words that make "scores" a magnitude without "of": "scores wounded"
_SCORES_FOLLOWERS = frozenset({"wounded", "injured", "dead", "killed", "hurt", "missing"})
_COUNTED_REACH = 3  # words from a number to the noun it counts: "14 government soldiers"
_MAX_AGE = 120
_MAX_SHARE = 10  # the largest first term of a ratio: "1 in 4", "3 in 10"
WHOLE_SHARE = 100  # the most a share of a poll can be
_ROUND_WHOLES = frozenset({10.0, 100.0})  # the whole of a share after "of": "eight of 10"
_MARGIN_REACH = 3  # atoms from "by" to a margin's first term: "by at least 50 to one"
# a code's abbreviation in a citation: "3 C.F.R. 99", "42 U.S.C. 1983", "347 U.S. 483"
_CODE_GROUPS = 4  # its dotted groups at most
_CODE_MIN_GROUPS = 3  # and at least: "U.S. 30" is too often a country before another count
_CODE_LETTERS = 3  # letters of one group at most
# the small words of a title in title case: "The 13 Rules of War", "The 48 Laws of Power"
_TITLE_SMALL_WORDS = frozenset({"of", "for", "to", "in", "and", "on"})
_NAME_DIGITS = 2  # digits that end a name after "of": "the Group of 20", "the Group of 77"
_OR_TWO_REACH = 4  # words of the noun phrase before "or two": "a fighter or aircraft or two"
# words that open a clause between a number and a noun, which it then does not count
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "where", "when", "while", "whose"})
_ASIDE_REACH = 5  # atoms of a state set beside an age: "now 81 and retired in Cambridge,"
# words that may follow a noun phrase ended by "or two": "a day or two later", "an issue or two on"
_AFTER_A_PHRASE = _CLAUSE_OPENERS | frozenset(
    {"on", "in", "at", "to", "for", "with", "from", "of", "into", "about", "over", "and", "or",
     "but", "ago", "later", "earlier", "more", "before", "after"}
)  # fmt: skip
# words before a year: an early year (1000-1799) after them is a date, not a count
_YEAR_LEADS = frozenset(
    {"in", "of", "since", "until", "till", "by", "from", "after", "before", "during", ",",
     "the", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "(", "to"}
)  # fmt: skip
# words before a four-digit year that own it, not a count: "the 2014 soldiers", "in 1998",
# "a 2016 army coup" (an article of one cannot count a number of things)
_YEAR_OWNERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "in", "since", "until", "during",
     "before", "after"}
)  # fmt: skip
# words before a name that a number after it labels: "a Boeing 737", "the Task Force 51"
_NAME_ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})
# words before a name of a place that a count may follow: "near Idlib 21 soldiers"
_NAME_PLACES = frozenset({"in", "near", "at", "from", "outside", "inside", "around", "across"})
_MAX_PARTS = 10  # a whole is cut into a few parts: "split the enclave into two"
# words after the number of parts a whole is cut "in" or "into", with nothing counted: "split the
# enclave into two by March", "cut the province in two, and"
_AFTER_PARTS = frozenset({"by", "after", "before", "within", "during", "when", "while", "as", "at"})
# verbs of cutting a whole into parts: "split three ways" names the parts, no count of ways
_SPLITS = frozenset({"split", "splits", "splitting", "divided", "divide", "divides", "dividing"})
# what separates the numbers of a list, of labels or of counts (figures reads it too)
LIST_JOINS = frozenset({",", "and", "or"})
_AND_GOES_ON = frozenset({"a", "an", "half"})  # "in two and a half hours": one number goes on
_FRACTION_DENOMINATORS = frozenset({"2", "3", "4", "8", "16", "32"})  # "4 5/8", stock prices
_MAX_DAY = 31
_LONGEST_MONTH = len("september")  # letters of the longest month name
_MAX_SCALES = 3  # "1.5 hundred thousand", "several hundred thousand"
_MAX_WORDS = 12  # longest number in words: "one hundred and twenty-one thousand ..."
_MAX_GROUPS = 4  # "1 000 000 000 000": space-separated thousands groups
_MAX_ENUMERATOR = 20
# words before a verb "number": "they now number", "which still number", "may number"
_VERB_NUMBER_SUBJECTS = frozenset(
    {"they", "now", "still", "which", "who", "may", "might", "could", "would", "will", "to"}
)
_MAX_ACRONYM = 5  # "CTF", "DDG": letters of a code before a number
_CLOCK = regex.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_MARGIN = 5  # tokens of context read on each side of a possible number
_FIRST_CHAR = operator.itemgetter(0)
# 1 for digits, 0 for the other kinds of atom, as a bytes.translate() table.
_DIGIT_MARKS = bytes(int(code == _NUM) for code in range(256))
# An ASCII atom's kind by its first character, as a bytes.translate() table.
_ASCII_KINDS = bytes(
    _NUM if chr(code).isdigit() else _WORD if chr(code).isalpha() else _SYM for code in range(256)
)


@attrs.frozen(kw_only=True)
class Number:
    """A cardinal number found in a text.

    ``value`` is the number (the lower bound for ranges and vague magnitudes); ``low`` and
    ``high`` are set for ranges and vague magnitudes only; ``unit`` is a unit written with the
    number ("USD" for "$3bn", "%" for "40%", "km" for "30km"); ``scale`` is the multiplier a
    scale word or suffix brought ("million": 1,000,000), 1 if none.
    """

    start: int
    end: int
    text: str
    value: float
    low: float | None = None
    high: float | None = None
    vague: bool = False
    unit: str | None = None
    scale: float = 1.0


class _Atoms(NamedTuple):
    """The atoms of a text's number windows as columns: the i-th atom is ``texts[i]``."""

    starts: list[int]
    ends: list[int]
    kinds: bytes  # _NUM, _WORD or _SYM, one byte per atom
    texts: list[str]  # lower-cased


@attrs.frozen
class _Words:
    units: dict[str, float]
    scales: dict[str, float]
    suffixes: dict[str, float]
    multipliers: dict[str, float]
    fractions: dict[str, float]
    vague: dict[str, float]
    quantifiers: dict[str, tuple[float, float]]
    labels: frozenset[str]
    skips: frozenset[str]
    changes: frozenset[str]
    months: frozenset[str]
    # each clock word's atoms, by its first: "pm" -> ("pm",), "o" -> ("o", "'", "clock")
    clock: dict[str, tuple[tuple[str, ...], ...]]
    era: dict[str, tuple[tuple[str, ...], ...]]  # marks of a calendar era: "b" -> ("b", ".", "c")
    glued_units: dict[str, str]
    count_nouns: frozenset[str]
    record_nouns: frozenset[str]  # things of record or work ("jobs", "points"): counted, no victims
    subunits: dict[str, tuple[float, str]]
    nouns: frozenset[str]  # every noun of figure_nouns: counts, units, currencies
    currencies: frozenset[str]  # the currency words and codes of figure_nouns: "usd", "dlrs"
    percent_words: frozenset[str]  # the percent nouns of figure_nouns spelt out: "percent", "pc"


def _by_first_atom(phrases: set[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each phrase's atoms, grouped by the first: a word with an apostrophe ("o'clock") is
    three atoms, as the text's own are."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases):
        atoms = tuple(match[0] for match in _ATOM.finditer(phrase))
        grouped.setdefault(atoms[0], []).append(atoms)
    return {first: tuple(forms) for first, forms in grouped.items()}


@functools.cache
def _words() -> _Words:
    units: dict[str, float] = {}
    scales: dict[str, float] = {}
    suffixes: dict[str, float] = {}
    multipliers: dict[str, float] = {}
    fractions: dict[str, float] = {}
    vague: dict[str, float] = {}
    quantifiers: dict[str, tuple[float, float]] = {}
    subunits: dict[str, tuple[float, str]] = {}
    tables = {
        "unit": units,
        "tens": units,
        "scale": scales,
        "suffix": suffixes,
        "multiplier": multipliers,
        "fraction": fractions,
        "vague": vague,
    }
    for row in load_table("number_words"):
        word, kind, value = row[0].lower(), row[1], float(row[2])
        if kind == "ordinal":
            continue  # a position ("the third day"), never a count
        if kind == "quantifier":
            quantifiers[word] = (value, float(row[3]))
        elif kind == "subunit":
            subunits[word] = (value, row[3])
        else:
            tables[kind][word] = value
    cues: dict[str, set[str]] = {}
    for row in load_table("figure_cues"):
        cues.setdefault(row[1], set()).add(row[0].lower())
    glued: dict[str, str] = {}
    count_nouns: set[str] = set()
    record_nouns: set[str] = set()
    nouns: set[str] = set()
    currencies: set[str] = set()
    percent_words: set[str] = set()
    for row in load_table("figure_nouns"):
        noun, category, unit = row[0].lower(), row[1], row[3]
        nouns.update(noun.split())
        if category == "money":
            currencies.add(noun)
        if category == "percent" and noun.isalpha():  # not the sign "%", an atom of its own
            percent_words.add(noun)
        # "30km", "2kg", "84MW": a unit word written onto the digits
        if unit != "-" and noun.isalpha() and category in {"distance", "other"}:
            glued[noun] = unit
        if category == "thing":
            record_nouns.add(noun)
        # things of record ("a 2012 records request") prove no count the way people do
        if category not in {"time", "distance", "money", "percent", "thing"}:
            count_nouns.add(noun)
    return _Words(
        units=units,
        scales=scales,
        suffixes=suffixes,
        multipliers=multipliers,
        fractions=fractions,
        vague=vague,
        quantifiers=quantifiers,
        labels=frozenset(cues.get("label", ())),
        skips=frozenset(cues.get("skip", ())),
        changes=frozenset(cues.get("change", ())),
        months=frozenset(cues.get("date", ())),
        clock=_by_first_atom(cues.get("clock", set())),
        era=_by_first_atom(cues.get("era", set())),
        glued_units=glued,
        count_nouns=frozenset(count_nouns),
        record_nouns=frozenset(record_nouns),
        subunits=subunits,
        nouns=frozenset(nouns),
        currencies=frozenset(currencies),
        percent_words=frozenset(percent_words),
    )


def _atoms(doc: Text) -> _Atoms:
    """Atoms of the stretches of ``doc`` around words that can start a number.

    Only these windows are read, with a margin of tokens on each side so that the context
    checks ("Su-25", "Article 5", "5 March") see their neighbours; most of an article has no
    number, and its tokens cost one set lookup each (see :func:`_opener_indices`).
    """
    columns = doc.token_columns
    starts, ends = columns.starts, columns.ends
    last_token = len(starts) - 1
    windows: list[tuple[int, int]] = []
    for index in _opener_indices(doc):
        first = starts[max(0, index - _MARGIN)]
        last = ends[min(last_token, index + _MARGIN)]
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], last)
        else:
            windows.append((first, last))
    normalized = doc.normalized
    chunks = [normalized[first:last] for first, last in windows]
    joined = "\n".join(chunks)
    if _symbols_only(joined):
        return _ascii_atoms(joined, chunks, windows)
    # Each window on its own, by the pattern its characters need.
    pieces = [
        _ascii_atoms(chunk, [chunk], [window])
        if _symbols_only(chunk)
        else _unicode_atoms(normalized, *window)
        for chunk, window in zip(chunks, windows, strict=True)
    ]
    return _Atoms(
        list(itertools.chain.from_iterable(piece.starts for piece in pieces)),
        list(itertools.chain.from_iterable(piece.ends for piece in pieces)),
        b"".join(piece.kinds for piece in pieces),
        list(itertools.chain.from_iterable(piece.texts for piece in pieces)),
    )


def _symbols_only(text: str) -> bool:
    """Whether ``text`` is ASCII but for signs ("£", "–"): its atoms are the ASCII pattern's.

    A character outside ASCII that is no letter, digit or space is an atom of its own for
    both patterns ("£7.6bn": "£", "7.6", "bn"), as any ASCII sign is.
    """
    return text.isascii() or _WORDLIKE.search("".join(_NON_ASCII.findall(text))) is None


def _ascii_atoms(joined: str, chunks: list[str], windows: list[tuple[int, int]]) -> _Atoms:
    """The atoms of ``chunks``, the texts of ``windows``, joined by line breaks; ASCII but
    for signs (see :func:`_symbols_only`).

    One split for all the windows: a line break is no atom and ends any, so it parts two
    windows as the text between them would. Each stands in a part between atoms, whose length
    is then set to that of the text it replaces, and the running sum of the parts' lengths
    gives every atom's offsets in the text, all in C loops.
    """
    if not windows:
        return _Atoms([], [], b"", [])
    # Lower-casing keeps the length and the atoms of these characters (signs have no case).
    parts = _ASCII_ATOM_SPLIT.split(joined.lower())
    lengths = list(map(len, parts))
    if len(windows) > 1:
        part_ends = list(itertools.accumulate(lengths))
        position = -1  # where the line break after each window stands in ``joined``
        for (_, last), (first, _), chunk in zip(windows, windows[1:], chunks, strict=False):
            position += len(chunk) + 1
            lengths[bisect.bisect_right(part_ends, position)] += first - last - 1
    offsets = list(itertools.accumulate(lengths, initial=windows[0][0]))
    texts = parts[1::2]
    # One byte per atom, its kind, by its first character: no Python step per atom. A sign
    # outside ASCII becomes "?", a sign too.
    kinds = "".join(map(_FIRST_CHAR, texts)).encode("ascii", "replace").translate(_ASCII_KINDS)
    return _Atoms(offsets[1:-1:2], offsets[2::2], kinds, texts)


def _unicode_atoms(normalized: str, first: int, last: int) -> _Atoms:
    """The atoms of ``normalized[first:last]``, a stretch not all ASCII."""
    # The group that matched gives the atom's kind: 1 digits, 2 word, 3 sign. (Outside
    # ASCII, str.isalpha() and the pattern's \p{L} may follow different Unicode versions.)
    matches = list(_ATOM.finditer(normalized, first, last))
    return _Atoms(
        [match.start() for match in matches],
        [match.end() for match in matches],
        bytes(_KINDS[match.lastindex or 0] for match in matches),
        [match[0].lower() for match in matches],
    )


def _opens(text: str, starters: frozenset[str]) -> bool:
    """Whether the token ``text`` can start a number (a digit, a sign, a number word, or a
    grammar word run on to digits: "in5")."""
    return (
        text in starters
        or text[0].isdigit()
        or text in _CURRENCY_SIGNS
        or ("-" in text and _starts(text, starters))
        or _RUN_ON_NUMBER.match(text) is not None
    )


def _opener_indices(doc: Text) -> list[int]:
    """The indices of the tokens that can start a number.

    A text repeats most of its words: each distinct one is decided once, at C speed where it
    is a plain word (a set intersection), in Python only where it holds a digit, a sign or a
    hyphen; one pass over the texts then picks out their places.
    """
    texts = doc.token_columns.texts  # the texts of doc.tokens, already in one column
    distinct = set(texts)
    starters = _starter_forms()
    openers = starters.intersection(distinct)
    others = set(itertools.filterfalse(str.isalpha, distinct))
    openers |= {text for text in others if _opens(text, starters)}
    return list(itertools.compress(itertools.count(), map(openers.__contains__, texts)))


def _starts(text: str, starters: frozenset[str]) -> bool:
    lowered = text.lower()
    return (
        lowered in starters
        or lowered.split("-", 1)[0] in starters
        # "a father-of-four": the number ends the token (see _Scanner.hyphenated_of)
        or ("-of-" in lowered and lowered.rsplit("-of-", 1)[1] in starters)
    )


@functools.cache
def _openers() -> frozenset[str]:
    """Every word or sign :meth:`_Scanner.parse_one` can read a number from (digits aside)."""
    return _starters() | {"a", "an"} | frozenset(_CURRENCY_SIGNS)


@functools.cache
def _starter_forms() -> frozenset[str]:
    """The starters as written in lower case, capitalised and in capitals."""
    words = _starters()
    return frozenset(words | {w.capitalize() for w in words} | {w.upper() for w in words})


@functools.cache
def _starters() -> frozenset[str]:
    """Words that can be part of a number ("a" is not: the word after it is, "a dozen")."""
    words = _words()
    return frozenset(
        set(words.units)
        | set(words.scales)
        | set(words.multipliers)
        | set(words.fractions)
        | set(words.vague)
        | set(words.quantifiers)
    )


def _plural_word(text: str) -> bool:
    """A word that looks like a regular plural noun: "chairs", "blankets", not "news"."""
    return len(text) > 3 and text.endswith("s") and not text.endswith(("ss", "us", "ews", "is"))


def _digits_value(digits: str, scaled: bool) -> float | None:
    """Read a run of digits with separators; ``None`` when it is no well-formed number."""
    if len(digits) > _MAX_DIGITS:
        return None  # a serial number or noise, never a count
    if digits.isdigit():
        return float(digits)  # most numbers: no separator to check
    if "," in digits:
        if not _COMMA_GROUPS.fullmatch(digits):
            return None
        return float(digits.replace(",", ""))
    if digits.count(".") > 1:
        if not _DOT_GROUPS.fullmatch(digits):
            return None
        return float(digits.replace(".", ""))
    if not _DECIMAL.fullmatch(digits):
        return None
    whole, _, fraction = digits.partition(".")
    # "100.000 troops" uses the continental thousands separator; "1.500 million" does not.
    if len(fraction) == 3 and not scaled and whole != "0" and len(whole) <= 3:
        return float(whole + fraction)
    return float(digits)


class _Scanner:
    """Reads numbers off a list of atoms, left to right, in one pass."""

    def __init__(self, doc: Text) -> None:
        self.doc = doc
        # The checks read neighbours' fields by index many times per number: columns, one
        # list per field, cost no tuple per atom to build.
        self.starts, self.ends, self.kinds, self.texts = _atoms(doc)
        self.size = len(self.texts)
        self.words = _words()
        self.age_end = -1  # the atom after the last number read as a predicate's age
        self.label_end = -1  # the atom after the last number read as a label's name

    def adjacent(self, left: int, right: int) -> bool:
        return left >= 0 and right < self.size and self.ends[left] == self.starts[right]

    def text_at(self, index: int) -> str:
        return self.texts[index] if 0 <= index < self.size else ""

    def surface(self, index: int) -> str:
        """Atom ``index`` as the text writes it: ``texts`` holds it lower-cased."""
        return self.doc.normalized[self.starts[index] : self.ends[index]]

    def phrase_follows(self, phrases: dict[str, tuple[tuple[str, ...], ...]], index: int) -> bool:
        """Whether one of ``phrases`` (a clock word "pm", "o'clock"; an era "B.C.") starts at
        atom ``index``."""
        return any(
            tuple(self.texts[index : index + len(form)]) == form
            for form in phrases.get(self.texts[index], ())
        )

    def era_at(self, index: int) -> bool:
        """Whether a capitalised mark of a calendar era ("BC", "B.C.", "AD") starts at atom
        ``index``."""
        return (
            self.text_at(index) in self.words.era
            and self.doc.normalized[self.starts[index]].isupper()
            and self.phrase_follows(self.words.era, index)
        )

    def coordinate_pair(self, index: int) -> bool:
        """Whether the number at atom ``index`` is one half of a latitude and longitude written
        as two decimals of three or more places joined by a semicolon ("33.783; 44.500"), as
        gazetteers print a position after its degrees."""
        if not _COORDINATE.fullmatch(self.text_at(index)):
            return False
        return any(
            self.text_at(semicolon) == ";" and _COORDINATE.fullmatch(self.text_at(other))
            for semicolon, other in ((index + 1, index + 2), (index - 1, index - 2))
        )

    def run(self) -> list[Number]:
        found: list[Number] = []
        after = 0
        # Most atoms are the context words around a number: the few a number can start at
        # (digits, and the words and signs of _openers()) are picked out in C loops.
        starting = map(
            operator.or_,
            self.kinds.translate(_DIGIT_MARKS),
            map(_openers().__contains__, self.texts),
        )
        for index in itertools.compress(itertools.count(), starting):
            if index < after:
                continue  # inside the number before
            parsed = self.parse_range(index)
            if parsed is None:
                continue
            number, first, after = parsed
            if math.isfinite(number.value) and self.is_count(number, first, after):
                found.append(number)
        return found

    # -- one number ----------------------------------------------------------------------

    def parse_one(self, index: int) -> tuple[Number, int, int] | None:
        """Parse the number starting at atom ``index``: (number, first atom, next atom)."""
        if index >= self.size:
            return None  # a range word ("0 to") at the very end of the text
        kind = self.kinds[index]
        if kind == _NUM:
            return self.parse_digits(index)
        if kind == _WORD:
            parsed = self.parse_words(index)
            if parsed is not None and self.text_at(parsed[2]) in self.words.subunits:
                return self.subunit_words(parsed)
            return parsed
        sign = _CURRENCY_SIGNS.get(self.texts[index])
        if sign and self.text_at(index + 1)[:1].isdigit() and self.adjacent(index, index + 1):
            parsed = self.parse_digits(index + 1)
            if parsed is not None:
                number, _, after = parsed
                return self.make(index, after, number, unit=sign), index, after
        return None

    def subunit_words(self, parsed: tuple[Number, int, int]) -> tuple[Number, int, int]:
        """ "seven cents a share": a count in words of a currency's hundredths ($0.07)."""
        number, first, after = parsed
        if number.vague or number.high is not None or number.unit or number.scale != 1.0:
            return parsed
        factor, unit = self.words.subunits[self.text_at(after)]
        value = number.value * factor
        return (
            self.make(first, after + 1, None, value=value, scale=factor, unit=unit),
            first,
            after + 1,
        )

    def mixed_fraction(self, index: int) -> float:
        """The value of a fraction "1/2" written one space after a whole number, else 0."""
        if index + 2 >= self.size or self.starts[index] != self.ends[index - 1] + 1:
            return 0.0
        top, slash, bottom = self.texts[index : index + 3]
        glued = self.adjacent(index, index + 1) and self.adjacent(index + 1, index + 2)
        if not (slash == "/" and glued):
            return 0.0
        if not (top.isdigit() and bottom in _FRACTION_DENOMINATORS and int(top) < int(bottom)):
            return 0.0
        if (
            index + 3 < self.size
            and self.adjacent(index + 2, index + 3)
            and (self.kinds[index + 3] == _NUM or self.texts[index + 3] == "/")
        ):
            return 0.0  # "2 1/2/3": a code or a date, not a fraction
        return int(top) / int(bottom)

    def parse_digits(self, index: int) -> tuple[Number, int, int] | None:
        starts, ends, kinds, texts = self.starts, self.ends, self.kinds, self.texts
        words = self.words
        digits = texts[index]
        after = index + 1
        scale = 1.0
        unit: str | None = None
        nxt = self.text_at(after)
        # Space-grouped thousands: "100 000" (exactly one space, three digits).
        groupable = digits.isdigit() and len(digits) <= 3
        while (
            groupable
            and after < self.size
            and after - index <= _MAX_GROUPS
            and kinds[after] == _NUM
            and starts[after] == ends[after - 1] + 1
            and len(texts[after]) == 3
            and texts[after].isdigit()
        ):
            digits += " " + texts[after]
            after += 1
            nxt = self.text_at(after)
        fraction = self.mixed_fraction(after) if digits.isdigit() else 0.0
        if fraction:  # "2 1/2 years", "6 3/8%": the whole and its fraction are one number
            after += 3
            nxt = self.text_at(after)
        glued = self.adjacent(after - 1, after)
        if glued and kinds[after] == _WORD:
            if nxt in words.suffixes:
                scale = words.suffixes[nxt]
                if nxt == "m" and self.metres_follow(after + 1) and not self.money_before(index):
                    scale, unit = 1.0, "m"
            elif nxt in words.glued_units:
                unit = words.glued_units[nxt]
            elif nxt in words.scales:
                scale = words.scales[nxt]
            else:
                return None  # "1st", "1990s", "16s", "5G": no count
            after += 1
        elif (
            glued
            and nxt == "-"
            and self.text_at(after + 1) in words.scales
            and self.adjacent(after, after + 1)
            and self.money_before(index)
        ):  # "a $35-billion debt": money stays a figure inside a compound modifier
            scale = words.scales[self.text_at(after + 1)]
            after += 2
        elif not glued and nxt in words.subunits and digits.replace(".", "", 1).isdigit():
            scale, unit = words.subunits[nxt]  # "98 cents": $0.98, "11.5 cents": $0.115
            after += 1
        elif not glued and nxt in words.scales:
            scale = words.scales[nxt]
            after += 1
            while self.text_at(after) in words.scales and after - index < _MAX_SCALES:
                scale *= words.scales[self.text_at(after)]
                after += 1
        # "$17.375": after a currency sign three decimals are cents, not thousands; before a
        # unit of measure, spaced or glued ("12.245 MHz", "2.500kg"), they are decimals too:
        # the continental thousands point is a count's ("100.000 troops")
        decimal = scale != 1.0 or self.money_before(index) or nxt in words.glued_units
        value = _digits_value(digits.replace(" ", ","), scaled=decimal)
        if value is None:
            return None
        value += fraction
        # rounded: a hundredth is no exact binary fraction (98 x 0.01 = 0.9800000000000001)
        scaled = value * scale if scale >= 1.0 else round(value * scale, 9)
        number = self.make(index, after, None, value=scaled, scale=scale, unit=unit)
        return number, index, after

    def parse_words(self, index: int) -> tuple[Number, int, int] | None:
        words = self.words
        text = self.text_at(index)
        after = index + 1
        if text in {"a", "an"}:
            nxt = self.text_at(after)
            if nxt in words.quantifiers and nxt != "several":
                low, high = words.quantifiers[nxt]
                after += 1
                if self.text_at(after) == "of" and self.text_at(after + 1) in words.scales:
                    after += 1
                return self.scaled_vague(index, after, low, high)
            if nxt in words.scales or nxt in words.multipliers:
                return self.parse_cardinal(index, after, 1.0)
            return None
        if (
            text in words.fractions
            and self.text_at(after) == "-"
            and self.adjacent(index, after)
            and self.adjacent(after, after + 1)
            and self.text_at(after + 1) in words.scales
        ):  # "a half-million people"
            hyphened = words.scales[self.text_at(after + 1)]
            value = words.fractions[text] * hyphened
            number = self.make(index, after + 2, None, value=value, scale=hyphened)
            return number, index, after + 2
        hyphen = int(self.text_at(after) == "-" and self.adjacent(index, after))
        if text in words.fractions and (hyphen or self.text_at(index - 1) in {"a", "an"}):
            # "a half-dozen gunmen", "a half dozen protesters": the fraction of a dozen; hyphened,
            # it needs no article ("its more than half-dozen affiliates")
            factor = words.multipliers.get(self.text_at(after + hyphen))
            if factor and (not hyphen or self.adjacent(after, after + 1)):
                end = after + hyphen + 1
                value = words.fractions[text] * factor
                return self.make(index, end, None, value=value, scale=factor), index, end
        if text in words.fractions:
            article_hyphened = self.hyphened_article(index)  # "half-a-million"
            # "a quarter of a trillion dollars": a share of a scale, as "half a million" is
            share_of = self.counted_share_of(index)
            article = after + 1 if article_hyphened or share_of else after
            if self.text_at(article) in {"a", "an"}:
                scale_at = article + 1 + int(article_hyphened)  # past the second hyphen if any
                scale_word = self.text_at(scale_at)
                power = UNIT_POWERS.get(scale_word, "")
                if power:
                    scale_at += 1  # "half a square kilometre": an area, in square units
                    scale_word = self.text_at(scale_at)
                factor = words.scales.get(scale_word) or words.multipliers.get(scale_word)
                # a two-letter unit only after a power ("half a sq km"): alone, "m" may be millions
                unit = words.glued_units.get(scale_word) if power or len(scale_word) > 2 else None
                if unit:  # "half a mile": the span takes the unit in, as in "30km"
                    value = words.fractions[text]
                    number = self.make(index, scale_at + 1, None, value=value, unit=unit + power)
                    return number, index, scale_at + 1
                if factor and not power:
                    value = words.fractions[text] * factor
                    return (
                        self.make(index, scale_at + 1, None, value=value, scale=factor),
                        index,
                        scale_at + 1,
                    )
                return None
        if text == "several" or (
            text in _DEFINITE_QUANTIFIERS
            and self.text_at(index - 1) == "the"
            and self.text_at(after) == "of"
        ):
            low, high = words.quantifiers[text]  # "several", "the handful of guards"
            return self.scaled_vague(index, after, low, high)
        if text in words.quantifiers and (
            self.text_at(after) in words.scales or self.text_at(after) in words.multipliers
        ):
            low, high = words.quantifiers[text]  # "the few hundred fighters", "the few dozen"
            return self.scaled_vague(index, after, low, high)
        if text in words.vague:
            return self.parse_vague(index)
        if text in words.units:
            return self.parse_cardinal(index, index, 0.0)
        if (
            words.scales.get(text, 0.0) in _BARE_SCALES
            and self.text_at(index - 1) in _BARE_SCALE_LEADS
            and self.kinds[index] == _WORD
        ):
            return self.parse_cardinal(index, index, 1.0)  # "the last hundred or so people"
        return None

    def parse_cardinal(self, index: int, first: int, seed: float) -> tuple[Number, int, int] | None:
        """Words like "one hundred and twenty thousand", "twenty-one", "a dozen"."""
        words = self.words
        total = 0.0
        current = seed
        after = first
        scale = 1.0
        last_was_number = False
        smallest_big = math.inf  # "two thousand five hundred": big scales only shrink
        while after < self.size and after - first < _MAX_WORDS:
            text = self.text_at(after)
            if text in words.units and not last_was_number:
                if current % 100 >= 10 and words.units[text] >= 10:
                    break  # "twenty thirty": two numbers
                current += words.units[text]
                last_was_number = True
            elif text in words.units and self.text_at(after - 1) == "-":
                current += words.units[text]  # "twenty-one"
            elif (
                text in words.units
                and words.units[text] < 10
                and current % 100 >= 20
                and current % 10 == 0
                and self.text_at(after - 1) in words.units
            ):
                current += words.units[text]  # "twenty six", as transcripts write it
            elif (
                text == "-"
                and self.adjacent(after - 1, after)
                and self.text_at(after + 1) in words.units
                and self.adjacent(after, after + 1)
                and self.text_at(after - 1) in words.units
            ):
                after += 1
                continue
            elif text in words.scales:
                factor = words.scales[text]
                if factor == 100:
                    if current >= 100:
                        break  # "one hundred two hundred": two numbers
                    current = (current or 1) * factor
                else:
                    if factor >= smallest_big:
                        break  # "a thousand thousand", "two million three million"
                    smallest_big = factor
                    total += (current or 1) * factor
                    current = 0.0
                scale = max(scale, factor)
                last_was_number = False
            elif text in words.multipliers:
                current = (current or 1) * words.multipliers[text]
                scale = max(scale, words.multipliers[text])
                after += 1
                break  # "two dozen": nothing follows a dozen
            elif text == "and" and scale >= 100 and self.text_at(after + 1) in words.units:
                after += 1
                last_was_number = False
                continue
            elif (
                text == "and"
                and current
                and scale == 1.0
                and self.text_at(after + 1) == "a"
                and self.text_at(after + 2) in words.fractions
                and self.text_at(after + 3) in words.scales
            ):  # "two and a half million": the fraction joins the count of the scale
                current += words.fractions[self.text_at(after + 2)]
                after += 3
                continue
            else:
                break
            after += 1
        value = total + current
        if after == index or (value <= 0 and self.text_at(index) != "zero"):
            return None
        return self.make(index, after, None, value=value, scale=scale), index, after

    def parse_vague(self, index: int) -> tuple[Number, int, int] | None:
        """ "hundreds", "tens of thousands", "hundreds of thousands", "dozens", "scores of"."""
        words = self.words
        text = self.text_at(index)
        base = words.vague[text]
        after = index + 1
        if self.text_at(after) == "of" and self.text_at(after + 1) in words.vague:
            base *= words.vague[self.text_at(after + 1)]
            after += 2
        elif text == "scores" and self.text_at(after) in _SCORES_FOLLOWERS:
            pass  # "60 dead and scores wounded": the people a casualty word names
        elif text in {"tens", "scores"} and self.text_at(after) != "of":
            return None  # "tens" alone and "scores" (of a match) are no magnitudes
        elif text == "tens":
            return None
        return self.vague_number(index, after, 2 * base, 9 * base, base)

    def scaled_vague(
        self, index: int, after: int, low: float, high: float
    ) -> tuple[Number, int, int] | None:
        """ "a few", "several", and with a scale word: "several hundred", "a few thousand"."""
        words = self.words
        factor = 1.0
        while after - index <= _MAX_SCALES and (
            self.text_at(after) in words.scales or self.text_at(after) in words.multipliers
        ):
            nxt = self.text_at(after)
            factor *= words.scales.get(nxt) or words.multipliers[nxt]
            after += 1
        if low == high:  # "a couple": a number, not a magnitude
            return self.make(index, after, None, value=low * factor, scale=factor), index, after
        return self.vague_number(index, after, low * factor, high * factor, factor)

    def vague_number(
        self, index: int, after: int, low: float, high: float, scale: float
    ) -> tuple[Number, int, int]:
        number = self.make(
            index, after, None, value=low, low=low, high=high, scale=scale, vague=True
        )
        return number, index, after

    def make(
        self,
        first: int,
        after: int,
        base: Number | None,
        *,
        value: float | None = None,
        low: float | None = None,
        high: float | None = None,
        scale: float = 1.0,
        unit: str | None = None,
        vague: bool = False,
    ) -> Number:
        start, end = self.starts[first], self.ends[after - 1]
        end, unit = self.attached_unit(after, end, unit if base is None else unit or base.unit)
        if base is not None:
            return attrs.evolve(
                base, start=start, end=end, text=self.doc.original[start:end], unit=unit
            )
        assert value is not None
        return Number(
            start=start,
            end=end,
            text=self.doc.original[start:end],
            value=value,
            low=low,
            high=high,
            vague=vague,
            unit=unit,
            scale=scale,
        )

    def attached_unit(self, after: int, end: int, unit: str | None) -> tuple[int, str | None]:
        """Take in a following "%", "percent" or "per cent"."""
        nxt = self.text_at(after)
        if nxt == "%":
            return self.ends[after], "%"
        if nxt in self.words.percent_words:
            return self.ends[after], "%"
        if nxt == "per" and self.text_at(after + 1) == "cent":
            return self.ends[after + 1], "%"
        return end, unit

    # -- ranges ----------------------------------------------------------------------------

    def parse_range(self, index: int) -> tuple[Number, int, int] | None:
        parsed = self.parse_one(index)
        if parsed is None:
            return None
        low_number, first, after = parsed
        if low_number.vague:
            return parsed
        link_at = self.past_span(after, low_number.end)  # "from 5 percent to 25 percent"
        link = self.text_at(link_at)
        dashed = (
            link in _RANGE_DASHES
            and self.adjacent(link_at - 1, link_at)
            and self.adjacent(link_at, link_at + 1)
        )
        spaced = (
            link in _RANGE_DASHES
            and not self.adjacent(link_at - 1, link_at)
            and not self.adjacent(link_at, link_at + 1)
        )
        between = self.text_at(first - 1) == "between" and link == "and"
        if not (dashed or spaced or between or link in {"to", "or"}):
            return parsed
        ranging = self.text_at(first - 2)
        changed = ranging in self.words.changes or self.text_at(first - 1) in self.words.changes
        if changed and low_number.unit is not None and link == "to":
            return parsed  # "rose 6 pence to 388 pence": a rise, then a level; not "up 4 to 5%"
        if self.text_at(first - 1) == "from" and not (
            ranging in _RANGING or ranging in self.words.skips  # "aged from 30 to 35"
        ):
            return parsed  # "rose from 10 to 20" is a change, "ranging from 50 to 70" a range
        second = self.parse_one(link_at + 1 + self.top_bound(link_at + 1, link))
        if second is None or second[0].vague:
            return parsed
        high_number, _, end_after = second
        if spaced and (
            low_number.unit is not None
            or high_number.unit is not None
            or self.text_at(end_after).lower() not in self.words.count_nouns
        ):
            return parsed  # "300 - 400 soldiers" is a range; "won 3 - 2", "44 - 42 percent" not
        if link_at != after and (dashed or high_number.unit != low_number.unit):
            # "40% to 5,000 soldiers": a unit closes the first figure; "backed it 38%-55%": a
            # dash between two shares splits a vote
            return parsed
        if self.year_like(first) or self.year_like(link_at + 1):
            return parsed
        if high_number.value > _MAX_DAY and self.after_month(first):
            return parsed  # "since Dec. 5 to 922": a date, then a number
        low = low_number.value
        if (
            low_number.scale == 1.0
            and high_number.scale > 1.0
            and low * high_number.scale <= high_number.value
        ):
            low *= high_number.scale  # "3 to 5 million"
        if not low < high_number.value:
            return parsed
        if link == "or" and high_number.value > 10 * low:
            return parsed
        if link == "or":
            high_number, end_after = self.more_alternatives(low, high_number, end_after)
        unit = low_number.unit or high_number.unit
        start, end = low_number.start, high_number.end
        number = Number(
            start=start,
            end=end,
            text=self.doc.original[start:end],
            value=low,
            low=low,
            high=high_number.value,
            unit=unit,
            scale=high_number.scale,
        )
        return number, first, end_after

    def top_bound(self, index: int, link: str) -> int:
        """The words of an upper bound that open a range's second end after "to" or "and" ("from
        2,000 to as high as 10,000", "between 50 and up to 80"): 0 when there is none."""
        if link not in {"to", "and"}:
            return 0
        for phrase in _TOP_BOUNDS:
            if all(self.text_at(index + at).lower() == word for at, word in enumerate(phrase)):
                return len(phrase)
        return 0

    def tally_from(self, after: int) -> bool:
        """Whether "to" and a plain number that is no year follow a number: the two sides of a
        tally ("leads Trump 458 to 359")."""
        if self.text_at(after) != "to" or self.year_like(after + 1):
            return False
        parsed = self.parse_one(after + 1)
        return parsed is not None and parsed[0].unit is None and not parsed[0].vague

    def past_span(self, after: int, end: int) -> int:
        """The first atom from ``after`` on that starts at or past offset ``end``: a unit word
        read into a number's span ("5 percent") is still the atom after its digits."""
        while after < self.size and self.starts[after] < end:
            after += 1
        return after

    def more_alternatives(self, low: float, high: Number, after: int) -> tuple[Number, int]:
        """ "10,000 or 20,000 or 40,000": each further "or" and a larger number of the same
        size raises the top of the range; the last such number ends it."""
        for _ in range(_MAX_ALTERNATIVES - 2):
            if self.text_at(after) != "or":
                break
            third = self.parse_one(after + 1)
            if third is None or third[0].vague or third[0].unit != high.unit:
                break
            if not high.value < third[0].value <= 10 * low or self.year_like(after + 1):
                break
            high, _, after = third
        return high, after

    # -- what is no count ------------------------------------------------------------------

    def metres_follow(self, index: int) -> bool:
        if self.text_at(index) == "(":  # "300m (984ft) from": a conversion to feet or yards
            for probe in range(index + 1, min(self.size, index + 5)):
                text = self.text_at(probe)
                if text in _IMPERIAL_LENGTHS:
                    return True
                if text == ")":
                    return self.metres_follow(probe + 1)
            return False
        return self.text_at(index) in {
            "from",
            "away",
            "north",
            "south",
            "east",
            "west",
            "high",
            "long",
            "wide",
            "deep",
            "tall",
            "above",
            "below",
            "apart",
            "behind",
            "ahead",
            "inland",
            "offshore",
        }

    def hyphened_article(self, index: int) -> bool:
        """Whether the fraction at ``index`` is hyphened to its article and scale: "an
        estimated half-a-million lives", read as "half a million"."""
        return (
            self.text_at(index + 1) == "-"
            and self.text_at(index + 2).lower() in {"a", "an"}
            and self.text_at(index + 3) == "-"
            and all(self.adjacent(at, at + 1) for at in range(index, index + 4))
        )

    def run_on_grammar_word(self, head: int, after: int) -> bool:
        """Whether the number at ``head`` is run on to a lower-case grammar word before it, as
        text scraped off a web page joins two lines ("Sign in5 people listening"), with a
        lower-case word after it to count; a name glued to a number ("mp3", "COVID19", "F16")
        is no such word."""
        written = self.surface(head - 1)
        return (
            written in _RUN_ON_WORDS
            and (head < 2 or not self.adjacent(head - 2, head - 1))
            and self.kinds[head] == _NUM
            and after < self.size
            and not self.adjacent(after - 1, after)
            and self.kinds[after] == _WORD
            and self.doc.normalized[self.starts[after]].islower()
        )

    def counted_share_of(self, index: int) -> bool:
        """Whether the fraction at ``index`` is a share before "of a", after its article: "a
        quarter of a million" (a scale must follow; "a quarter of a town" stays no number)."""
        return (
            self.text_at(index - 1) in {"a", "an"}
            and self.text_at(index + 1) == "of"
            and self.text_at(index + 2) in {"a", "an"}
        )

    def hyphenated_of(self, head: int) -> bool:
        """Whether the number ends a hyphenated noun on "of": "a father-of-four", as "a
        father of four" (a count, with nothing named), not "Su-25"."""
        return (
            head > 3
            and self.text_at(head - 1) == "-"
            and self.text_at(head - 2).lower() == "of"
            and self.text_at(head - 3) == "-"
            and self.kinds[head - 4] == _WORD
            and self.adjacent(head - 4, head - 3)
            and self.adjacent(head - 3, head - 2)
            and self.adjacent(head - 2, head - 1)
        )

    def or_two(self, head: int) -> bool:
        """Whether "two" follows "or" after a singular noun phrase opened by an article: the
        idiom "a day or two", "the discrete issue or two", "a fighter or aircraft or two"."""
        after = self.text_at(head + 1)
        if self.text_at(head) != "two" or (after[:1].isalpha() and after not in _AFTER_A_PHRASE):
            return False  # "the army or two armed groups": a count of its own noun
        for back in range(head - 2, max(head - 2 - _OR_TWO_REACH, -1), -1):
            if self.kinds[back] != _WORD or self.text_at(back) in self.words.units:
                return False
            if self.text_at(back) in {"a", "an", "the"}:
                return back < head - 2
        return False

    def second_share(self, head: int) -> bool:
        """Whether the number (a percentage) follows a share and a dash, all glued: a poll's
        two shares ("backed it 80%-10%", or "led 44-42 percent", the first share without a
        sign of its own and no smaller than the second, since a range rises), each a figure as
        in "72 percent to 8 percent"."""
        if not (
            head > 2
            and self.text_at(head - 1) in _RANGE_DASHES
            and self.adjacent(head - 2, head - 1)
            and self.adjacent(head - 1, head)
        ):
            return False
        if self.text_at(head - 2) == "%":
            return self.kinds[head - 3] == _NUM and self.adjacent(head - 3, head - 2)
        first = self.text_at(head - 2)
        second = self.text_at(head)
        return (
            first.isdigit()
            and second.isdigit()
            and not self.adjacent(head - 3, head - 2)  # the first share's own first digits
            and int(second) <= int(first) <= WHOLE_SHARE
        )

    def parts_of_whole(self, after: int) -> bool:
        """Whether nothing is counted after a number in words that follows "in" or "into": the
        sentence or clause goes on with punctuation, a preposition or "and" opening another
        verb ("cut it in two.", "split the enclave into two by March", "split the army in two
        and isolate it"; not "into two groups", "in two of the towns", "in two and a half
        hours", "in two and three rooms")."""
        if after >= self.size or self.kinds[after] != _WORD:
            return True
        word = self.text_at(after)
        if word == "and":
            return (
                after + 1 < self.size
                and self.text_at(after + 1) not in _AND_GOES_ON
                and self.parse_one(after + 1) is None
            )
        return word in _AFTER_PARTS

    def first_share(self, number: Number, after: int) -> bool:
        """Whether the number, glued to a dash, opens a poll's two shares: a percentage no
        larger than it follows the dash ("Trump led 44-42 percent"; not "won 13-2")."""
        if not self.adjacent(after, after + 1):
            return False
        parsed = self.parse_one(after + 1)
        return (
            parsed is not None
            and number.unit is None
            and number.scale == 1.0
            and parsed[0].unit == "%"
            and parsed[0].value <= number.value <= WHOLE_SHARE
        )

    def money_before(self, index: int) -> bool:
        return self.text_at(index - 1) in _CURRENCY_SIGNS and self.adjacent(index - 1, index)

    def is_count(self, number: Number, first: int, after: int) -> bool:
        words = self.words
        kinds = self.kinds
        head = first + 1 if kinds[first] == _SYM else first  # past a currency sign
        before = self.text_at(head - 1)
        glued_before = head > 0 and self.adjacent(head - 1, head)
        if (
            glued_before
            and (kinds[head - 1] != _SYM or before in _GLUE_MARKS)
            and not self.hyphenated_of(head)
            and not self.run_on_grammar_word(head, after)
            and not (number.unit == "%" and self.second_share(head))
        ):
            return False  # "MH17", "Su-25", "3/4", "10:30", "v1.2", "#5"
        if before == "or" and self.or_two(head):
            return False  # "the discrete issue or two": "one or two", said of the noun
        if (
            glued_before
            and before in _ANGLE_MARKS
            and head > 1
            and kinds[head - 2] == _NUM
            and self.adjacent(head - 2, head - 1)
        ):
            return False  # "35°01'57": degrees, minutes and seconds of a position
        if after < self.size and self.adjacent(after - 1, after):
            nxt = self.text_at(after)
            if nxt in {":", "/"} and self.text_at(after + 1)[:1].isdigit():
                return False
            en_dashed_word = (  # "a 10\u2013mile convoy": an en dash typed for the hyphen
                nxt == "\u2013" and after + 1 < self.size and kinds[after + 1] == _WORD
            )
            if (
                (nxt == "-" or en_dashed_word)
                and not self.strong_after(after)
                and not self.first_share(number, after)
                and not self.measure_after(after)
            ):
                return False  # "24-hour", "five-year-old", "13-2"
            if kinds[after] == _WORD or kinds[after] == _NUM:
                return False
        nxt = self.text_at(after)
        if nxt in words.clock and self.phrase_follows(words.clock, after):
            return False
        if self.era_at(after):
            return False  # "575 B.C.", "300 BC": a year of an era (not "a $1.5 million ad buy")
        if (
            nxt in _YEAR_SPAN_JOINS
            and self.text_at(head).isdigit()
            and self.text_at(after + 1).isdigit()
            and self.era_at(after + 2)
        ):
            return False  # "(264 to 241 BC)": the era closes a span of two years
        if self.coordinate_pair(head):
            return False  # "33.783; 44.500": a position
        if nxt in {"a", "p"} and self.text_at(after + 1) == ".":
            return False
        if nxt in _FRACTION_NOUNS or (nxt == "°" and self.adjacent(after - 1, after)):
            return False  # "two thirds of the country", "35°N", "40°C": no count
        if (
            (before in words.labels or before in words.skips)
            and not self.verb_number(head, before)
            # "a camp 200 miles away": a distance after a place noun measures, names nothing
            and not (before in words.labels and nxt.lower() in words.glued_units)
        ):
            if before in _AGE_WORDS:
                self.age_end = after  # "aged 11 and seven,": the second number is an age too
            elif before in words.labels:
                self.label_end = after
            return False
        if (
            before in LIST_JOINS
            and self.label_end == head - 1
            and number.scale == 1.0
            # the list goes on or ends its clause: not "Article 5 and 300 soldiers died",
            # "under Article 5, 300 were killed"
            and (
                after >= self.size
                or kinds[after] == _SYM
                or (nxt in LIST_JOINS and after + 1 < self.size and kinds[after + 1] == _NUM)
            )
        ):
            self.label_end = after
            return False  # "Resolutions 2254 and 2118", "Articles 5, 6 and 7": labels all
        if (
            before == "("
            and self.text_at(head - 3) == "-"
            and (
                self.text_at(head - 2).lower() in words.glued_units
                or (head > 3 and kinds[head - 4] == _NUM and self.lone_unit(after))
            )
        ):
            # "a 10-mile (16km) zone", "11-inch (280 mm) howitzers": the conversion of a
            # compound modifier, by a known unit word or by a bracket that holds only the
            # number and a short unit
            return False
        if before in {"of", "between", "from", "as"} and self.text_at(head - 2) in words.skips:
            return False  # "at the age of 15", "aged between 15 and 16", "as young as 10"
        if before == "," and self.apposed_age(head, after, number):
            self.age_end = after  # "her sons, 8 and 11,": the second number is an age too
            return False  # "Jac Holmes, 24, from Bournemouth"
        if (
            before in _AGE_ADVERBS
            and self.text_at(head - 2) == ","
            and self.apposed_age(head - 1, after, number)
        ):
            return False  # "Oliver Hall, also 24, who"
        if (
            nxt in {"and", "or", "to"}
            and number.unit is None
            and kinds[first] != _SYM
            and self.suspended_compound(after + 1)
        ):
            return False  # "his eight and nine-year-old sons": both numbers modify
        if before == "." and self.text_at(head - 2) == "no":
            return False
        if self.is_date(number, head, before, after) or self.is_code(head, after, before):
            return False
        if self.titled_number(head, after) or self.titled_of(head, after):
            return False  # "the magazine Eighteen Bridges", "the Gang of Eight": a name
        if self.titled_article(head, after) or self.cited(head, after):
            return False  # "a book, The 13 Rules of War", "3 C.F.R. 99": a title, a citation
        if (
            nxt in _YEAR_WORDS
            and self.text_at(after + 1) == "-"
            and self.text_at(after + 2) == "old"
            and self.adjacent(after, after + 1)
        ):
            return False  # "a 25 year-old man": an age, the hyphen misplaced
        if nxt == "in" and self.ratio(number, after + 1):
            return False  # "1 in 4 residents": the 4 is counted, the 1 a share of them
        if (
            before in {"in", "into"}
            and kinds[head] == _WORD
            and not number.vague  # "the toll runs into thousands": a count
            and number.value <= _MAX_PARTS  # "the toll ran into two hundred"
            and self.parts_of_whole(after)
        ):
            return False  # "split the enclave into two": the parts of a whole, not a count
        if before in _SPLITS and nxt == "ways" and number.value <= _MAX_PARTS:
            return False  # "the vote was split three ways": the parts of a whole, no count
        if nxt == "of" and self.share_of(number, after + 1):
            return False  # "eight of 10 avocados", "$4 of every $5": the share of a whole
        if self.to_one(number, head, after):
            return False  # "the parties split 4 to 1": a ratio, neither term a count
        if before == "war" and self.text_at(head - 2) == "world":
            return False  # "before world war two": the war's name, in any case
        if (
            before in _BE
            and self.text_at(head - 2) in _PERSONAL
            and nxt not in words.count_nouns
            and nxt not in words.record_nouns  # "I am 50 points ahead": a count of things
            and number.scale == 1.0  # "who is thousands of miles away": a distance, no age
        ):
            return False  # "he was 18 at the time", "I am 23": an age
        if self.age_predicate(head, after, number):
            self.age_end = after
            return False  # "Begum and Abase were both 15", "the victim was just 14,"
        if before == "and" and self.age_end == head - 1 and self.age_closed(after, number):
            return False  # "who must have been about three and five,": the second age too
        if before == "whether" and number.high is not None and self.age_closed(after, number):
            return False  # "every child, whether six or 14, has": an age, either one
        if self.enumerator(number, head, after, before):
            return False
        if self.tally_side(head, after) or self.tally_side(head - 2, head - 1):
            return False
        if (
            before == '"'
            and glued_before
            and self.quoted_name_closes(after)
            and nxt not in words.count_nouns
        ):
            # a name in quotes: the "2 Stolba" checkpoint; a quote closed before a space ends
            # the last sentence: '"It is right." Three Republican leaders objected'
            return False
        if (
            # "Lebanon 1 million": a scale word makes a count of it, never a name's number
            number.scale == 1.0
            # "backed Sanders 61 percent to 30 percent": nor does a percent sign or word
            and number.unit != "%"
            # "in Raqqa a few stragglers": nor does an article open a name's number
            and self.text_at(head) not in {"a", "an"}
            and (self.capitalised_name_before(head) or self.acronym_before(head, number))
            and not self.counted_ahead(head, after)
            # "the Italians 400 casualties, the Eritreans 873": a people's count, no label
            and not self.nationals_before(head)
            # "Cruz trails Trump 458 to 359": nor does a tally's first term
            and not self.tally_from(after)
        ):
            return False
        if (
            _VERSION.fullmatch(number.text)
            and self.capitalised(head - 1)
            and self.text_at(head - 1) not in _cue_words()
        ):
            return False  # "a “Hamas 2.0”", "Web 3.0 firms": a version of a name, not a count
        if (
            number.scale == 1.0
            and self.capitalised_name_before(head)
            and self.name_opened(head, after, number)
        ):
            return False  # "a Boeing 737 carrying passengers", "Task Force 51 sailors": labels
        if number.value != 1 and not nxt.endswith("s") and self.acronym_before(head, number):
            return False  # "a UAZ 469 vehicle": a model; a count would make the noun plural
        if before == "at" and self.age_at(head, after, number):
            return False
        if (
            before == "than"
            and self.text_at(head - 2) in _AGE_COMPARATIVES
            and self.age_limited(after, number)
        ):
            return False  # "adoptees younger than 18 who", "voters older than 65": an age
        if before in _AGE_TURNS and self.age_closed(after, number):
            return False  # "when they turned 18.", "she turns 40 in May": an age reached
        if before in _AGE_BOUNDS and self.age_bound(head, after, number):
            return False  # "voters under 30", "children under five have died": an age limit
        if (
            before in _age_groups()
            and nxt in {"and", "or"}
            and self.text_at(after + 1) in _AGE_LIMITS
            and number.value <= _MAX_AGE
            and number.scale == 1.0
            and number.unit is None
        ):
            return False  # "voters 65 and older", "children 5 and under": an age limit
        if before in _YEAR_LEADS and self.old_year(head, after) and number.high is None:
            return False  # "in 1776", "on June 17, 1775", "the 1777 campaign": early years
        return not (
            self.year_like(head)
            and number.scale == 1.0
            and number.unit is None
            and number.high is None
            # "the 2014 soldiers", "in 1998 troops": a year, since a count of that size has
            # its comma; a round "the 2000 soldiers" stays a count
            and (
                nxt not in words.count_nouns
                or (before in _YEAR_OWNERS and number.value % 100)
                # "the fatal 2012 terrorist attack": a count would take the plural noun
                or f"{nxt}s" in words.count_nouns
            )
        )

    def is_date(self, number: Number, head: int, before: str, after: int) -> bool:
        """ "5 March", "March 5", "28 and 29 November", "28-29 November", "at 11.15"."""
        months = self.words.months
        if before not in months:
            # "FeaturedFebruary 6, 2016": a scraped page runs the month on to the word before
            before = self.glued_month(head - 1) or before
        if before == "year" and self.text_at(head - 2).lower() == "the":
            return True  # "the year two thousand", "the year 2000"
        if before in months and self.old_year(head, after):
            return True  # "In February 1776 Clinton took": a month's year, however early
        if before in months and self.dated_year(head):
            return True  # "on 5 October 1789 crowds of women": a full date ends in its year
        high = number.high if number.high is not None else number.value
        if number.value == int(number.value) and high <= _MAX_DAY and number.scale == 1.0:
            if self.text_at(after) in months:
                return True
            # "on 26 September five tanks": the month has its day, and days are in digits
            if before in months and not self.day_before_month(head):
                return True
            if before in months and self.text_at(after) in self.words.units:
                return True  # "January nineteen ninety-seven": a year in words
            if self.kinds[head] == _NUM and self.month_before(head):
                return True
            follow = self.text_at(after + 1)
            if (
                self.text_at(after) in {"and", "or", "to", "-", "\u2013"}
                and follow.isdigit()
                and int(follow) <= _MAX_DAY
                and self.text_at(after + 2) in months
            ):
                return True
        if self.kinds[head] == _WORD:  # "(in) nineteen ninety-seven": a year in words
            units = self.words.units
            if 10 <= units.get(before, 0.0) <= 20 and number.value >= 10:
                return True
            if 10 <= number.value <= 20 and units.get(self.text_at(after), 0.0) >= 10:
                return True
        text = number.text
        if not ("." in text or ":" in text) or not _CLOCK.fullmatch(text):
            return False  # (the in tests spare most numbers a regex call)
        if before in {"around", "about", "approximately", "roughly"}:
            before = self.text_at(head - 2)
        return before in {"at", "by", "until", "till", "since", "before", "after"}

    def glued_month(self, index: int) -> str:
        """The month name that closes atom ``index`` glued to the word before it, as text
        scraped off a web page runs ("FeaturedFebruary 6, 2016"), or "": the month's capital
        right after a lower-case letter tells the two words apart ("Remember 6" is no month)."""
        text = self.text_at(index)
        if not text.isalpha():
            return ""
        written = self.surface(index)
        for size in range(3, min(len(text), _LONGEST_MONTH + 1)):
            tail = text[-size:]
            if tail in self.words.months and written[-size].isupper():
                return tail if written[-size - 1].islower() else ""
        return ""

    def day_before_month(self, head: int) -> bool:
        """Whether the month before ``head`` already has its day, or ``head`` is a word."""
        if self.kinds[head] != _NUM:
            return True
        day = self.text_at(head - 2)
        return day.isdigit() and int(day) <= _MAX_DAY and not self.adjacent(head - 2, head - 1)

    def after_month(self, head: int) -> bool:
        """ "March 5", "Dec. 5": a month right before (or a full stop after it)."""
        return self.text_at(head - 1) in self.words.months or self.month_before(head)

    def month_before(self, head: int) -> bool:
        """ "Apr. 1 - 2", "Aug.31": a month a few marks before a day number; a joining word
        needs a first day before it ("opened in November and 12 of its houses" is no date)."""
        joined = False
        for back in range(1, 5):
            text = self.text_at(head - back)
            if text in self.words.months:
                return back > 1 and not joined
            if text.isdigit():
                joined = False
            elif text in {"-", "\u2013", "and", "to"}:
                joined = True
            elif text != ".":
                return False
        return False

    def is_code(self, head: int, after: int, before: str) -> bool:
        """Phone numbers and codes: "04040", "(800) 200-4040", "+7 (495)"."""
        digits = self.texts[head]
        if len(digits) > 1 and digits.startswith("0") and digits.isdigit():
            return True
        for back in (1, 2):  # the groups after a leading zero: "0800 123 456", "0330 333 6846"
            group = self.text_at(head - back)
            if not group.isdigit():
                break
            if group.startswith("0") and len(group) > 1:
                return True
        if before == "(" and self.text_at(after) == ")" and self.text_at(after + 1)[:1].isdigit():
            return True
        if self.attribute_value(head, before):
            return True
        if self.spelled_zero(head - 1, head - 2) or self.spelled_zero(after, after + 1):
            return True  # "flight one oh three", "extension four oh two": digits read aloud
        # "(800) 200-4040": an area code of two digits or more; "(1) 300 soldiers" is a list
        # marker before a count
        return (
            before == ")" and len(self.text_at(head - 2)) > 1 and self.text_at(head - 2).isdigit()
        )

    def attribute_value(self, head: int, before: str) -> bool:
        """'timestamp="1449075600"', "page=3": the value of a markup or query attribute, the
        equals sign written tight against it (a sum, "total = 40 soldiers", has spaces)."""
        if before in _QUOTE_MARKS and self.adjacent(head - 1, head):
            head -= 1
            before = self.text_at(head - 1)
        return before == "=" and self.adjacent(head - 1, head)

    def spelled_zero(self, zero: int, digit: int) -> bool:
        """Whether ``zero`` is "oh" read as a digit beside a number word at ``digit``."""
        return self.text_at(zero) == "oh" and self.text_at(digit) in self.words.units

    def tally_side(self, left: int, dash: int) -> bool:
        """Whether plain whole numbers at ``left`` and after ``dash``, a spaced hyphen or en
        dash, are the two sides of a score or a vote: "The score was 3 - 2", "a vote of 14 – 1",
        not rising (as "won 21-17", glued) and with nothing counted after ("300 - 400 soldiers"
        is a range, "killed 200 - 30 of them children" two counts)."""
        right = dash + 1
        if (
            left < 0
            or dash != left + 1  # "3 million - 2": a number of one atom only
            or self.text_at(dash) not in _RANGE_DASHES
            or self.adjacent(left, dash)
            or self.adjacent(dash, right)
            or not (self.text_at(left).isdecimal() and self.text_at(right).isdecimal())
            or int(self.text_at(left)) < int(self.text_at(right))
        ):
            return False
        follower = self.text_at(right + 1).lower()
        glued = self.adjacent(right, right + 1) and (
            follower.isalnum()  # "3 - 2km"
            or follower == "%"  # "44 - 42%": a poll's two shares
            or (follower in {".", ","} and self.adjacent(right + 1, right + 2))  # "3 - 2.5"
        )
        return not (
            glued
            or follower in self.words.count_nouns
            or follower in {"of", "per"}
            or follower in self.words.percent_words
        )

    def enumerator(self, number: Number, head: int, after: int, before: str) -> bool:
        """List and section markers: "(1)", "(2)", "Story 1:", "Part 2:"."""
        if number.end != self.ends[head]:
            return False
        if self.split_counter(head, after):
            return True  # "1.  of.  23.": a slide's "1 of 23", cut up by the page's stops
        if number.value > _MAX_ENUMERATOR:
            return False
        nxt = self.text_at(after)
        if (before, nxt) in {("(", ")"), ("[", "]")}:
            return True  # "(1)", and "[1]", a reference mark
        if nxt == ")" and (
            head == 0
            or before in _SENTENCE_PUNCT
            or before in {",", ";"}
            or self.line_start(number.start)
        ):
            return True  # "three steps: 1) withdraw, 2) release": a marker with no "("
        if (
            nxt == "."
            and self.capitalised(after + 1)
            and (
                before in {".", "!", "?"}
                or (before == ":" and number.value == 1)  # "The aims were: 1. Control of"
                or self.line_start(number.start)
            )
        ):
            return True  # "2. The team deployed": a numbered paragraph
        if (
            self.line_start(number.start)
            and self.doc.normalized[number.end : number.end + 1] == "\n"
            and self.capitalised(after)
        ):
            return True  # "2\nSalma Hayek Described Her Experience": an item's number, alone
        if nxt != ":":
            return False
        starts = head == 0 or before in _SENTENCE_PUNCT or before == "or"
        return starts or self.capitalised(head - 1)  # "Two: there's no power", "Story 1:"

    def split_counter(self, head: int, after: int) -> bool:
        """Whether the number at ``head`` is one end of an item counter ("1 of 23") that a
        scraped page cut into sentences of their own ("1.  of.  23."): each stands alone
        between full stops, "of." between them."""
        if self.text_at(after) != "." or self.text_at(head - 1) not in {".", ""}:
            return False
        opens = self.text_at(after + 1) == "of" and self.text_at(after + 2) == "."
        return opens or (self.text_at(head - 2) == "of" and self.text_at(head - 3) == ".")

    def line_start(self, offset: int) -> bool:
        """Whether only a few spaces stand between ``offset`` and the start of its line."""
        normalized = self.doc.normalized
        probe = offset
        while probe > 0 and offset - probe < _MAX_INDENT and normalized[probe - 1] in " \t":
            probe -= 1
        return probe == 0 or normalized[probe - 1] == "\n"

    def titled_number(self, head: int, after: int) -> bool:
        """A number in words written with a capital inside a sentence, before another
        capitalised word, starts a name: "ran in Eighteen Bridges". The word before it must be
        lower case and on the same line, since a headline in title case capitalises all."""
        if head < 1 or self.kinds[head] != _WORD or not self.capitalised(head):
            return False
        prev = head - 1
        if self.kinds[prev] != _WORD or self.capitalised(prev) or not self.capitalised(after):
            return False
        return "\n" not in self.doc.normalized[self.ends[prev] : self.starts[after]]

    def titled_article(self, head: int, after: int) -> bool:
        """Digits after a capitalised "The" inside a sentence, before a capitalised word, a
        small word and another capitalised word, are in a title: "his book The 48 Laws of
        Power", "How Wars Are Won: The 13 Rules of War". Not at a sentence's start ("The 300
        soldiers of the brigade"), nor after a capitalised word (a name, or a headline in
        title case), nor after a colon that a lower-case word ends ("the group: The 12
        Members of Parliament")."""
        if self.kinds[head] != _NUM or not (
            self.text_at(head - 1) == "the" and self.capitalised(head - 1)
        ):
            return False
        before = head - 2
        if self.text_at(before) == ":":
            before -= 1  # a subtitle after a title in title case
            if not self.capitalised(before):
                return False
        elif before < 0 or self.kinds[before] != _WORD or self.capitalised(before):
            return False  # a sentence's start, or a name before it
        return (
            self.capitalised(after)
            and self.text_at(after + 1) in _TITLE_SMALL_WORDS
            and self.capitalised(after + 2)
        )

    def cited(self, head: int, after: int) -> bool:
        """A volume and a page (or section) in digits around a dotted code's abbreviation
        cite a law or a report, counting nothing: "3 C.F.R. 99", "42 U.S.C. 1983"."""
        if self.kinds[head] != _NUM:
            return False
        groups, index = 0, after  # forward: "C.F.R. 99" after the volume
        while groups < _CODE_GROUPS and self.code_letters(index):
            groups, index = groups + 1, index + 2
        if groups >= _CODE_MIN_GROUPS and self.plain_digits(index):
            return True
        groups, index = 0, head - 2  # backward: "3 C.F.R." before the page
        while groups < _CODE_GROUPS and self.code_letters(index):
            groups, index = groups + 1, index - 2
        # the last group read, the volume is the atom before it
        return groups >= _CODE_MIN_GROUPS and self.plain_digits(index + 1)

    def plain_digits(self, index: int) -> bool:
        """Digits with no letters glued after them: "99", not "2nd" or "4x4"."""
        if not 0 <= index < self.size or self.kinds[index] != _NUM:
            return False
        return not (self.adjacent(index, index + 1) and self.kinds[index + 1] == _WORD)

    def code_letters(self, index: int) -> bool:
        """Whether a short capitalised group and its full stop, written tight, start at
        ``index``: one group of "C.F.R.", "U.S.C."."""
        return (
            self.capitalised(index)
            and len(self.text_at(index)) <= _CODE_LETTERS
            and self.text_at(index + 1) == "."
            and self.adjacent(index, index + 1)
        )

    def titled_of(self, head: int, after: int) -> bool:
        """A number in words written with a capital after "of" and a capitalised noun ends a
        name: "the Gang of Eight", "the Group of Seven met", and so do one or two digits after
        an article: "the Group of 20 summit", "at a Group of 20 meeting"; not "a gang of four",
        nor a headline in title case, whose next word is capitalised too ("Deaths of Four
        Soldiers"), nor a count noun after it ("the Army of 40 men")."""
        kind = self.kinds[head]
        return (
            (
                (kind == _WORD and self.capitalised(head))
                or (
                    kind == _NUM
                    and len(self.text_at(head)) <= _NAME_DIGITS
                    and self.text_at(head - 3).lower() in {"the", "a", "an"}
                )
            )
            and self.text_at(head - 1) == "of"
            and self.capitalised(head - 2)
            and not self.capitalised(after)
            and self.text_at(after) not in self.words.count_nouns
        )

    def quoted_name_closes(self, index: int) -> bool:
        """Whether capitalised words from ``index`` run to a closing quote: the "2 Stolba"
        checkpoint names a place, where '"200 SF guards here, 300 there"' quotes a count."""
        start = index
        while self.capitalised(index):
            index += 1
        return index > start and self.text_at(index) == '"'

    def capitalised(self, index: int) -> bool:
        if not 0 <= index < self.size or self.kinds[index] != _WORD:
            return False
        return self.doc.normalized[self.starts[index]].isupper()

    def apposed_age(self, head: int, after: int, number: Number) -> bool:
        """A small whole number set off by commas right after a name is an age."""
        if number.value > _MAX_AGE or number.scale != 1.0 or number.unit or number.high:
            return False
        # "Kotey, 34, and Elsheikh, 29 – the two": a dash closes the aside as a comma does
        closers = {",", ".", ")", ";", "\u2013", "\u2014"}
        paired = (  # "her two sons, 8 and 11, were": two ages, the second closing the aside
            self.text_at(after) in {"and", "or"}
            and after + 2 < self.size
            and self.kinds[after + 1] == _NUM
            and (
                self.text_at(after + 2) in closers
                # "Sarah and Tim, 27 and 29 years old, respectively": the unit of both ages
                or (
                    self.text_at(after + 2) in _YEAR_WORDS
                    and self.text_at(after + 3) == "old"
                    and self.text_at(after + 4) in closers
                )
            )
        )
        # "Begum, now 19 and pregnant, is", "Daniloff, now 81 and retired in Cambridge, said":
        # an age and a state of the person, one aside that counts nothing
        described = (
            self.text_at(after) == "and"
            and after + 2 < self.size
            and self.kinds[after + 1] == _WORD
            and not self.capitalised(after + 1)
            and self.aside_closes(after + 1, closers)
        )
        if (self.text_at(after) not in closers and not paired and not described) or head < 2:
            return False
        name = head - 2
        surface = self.surface(name)
        # "The commander, now 45, fled": a noun of a person stands for a name
        return self.kinds[name] == _WORD and (
            surface[:1].isupper()
            or self.texts[name] in _age_subjects()
            or self.texts[name] in _AGE_NOUNS  # "whose age, 44, and background"
        )

    def aside_closes(self, index: int, closers: set[str]) -> bool:
        """Whether a closer ends the aside within a few atoms from ``index``, none of them a
        number or a counted noun."""
        for probe in range(index, min(self.size, index + _ASIDE_REACH)):
            if self.text_at(probe) in closers:
                return probe > index
            if self.kinds[probe] == _NUM or self.text_at(probe) in self.words.count_nouns:
                return False
        return False

    def age_closed(self, after: int, number: Number) -> bool:
        """Whether a small whole number stands where an age would: nothing counted follows."""
        if number.scale != 1.0 or number.unit or max(number.value, number.high or 0) > _MAX_AGE:
            return False
        if after >= self.size:
            return True
        follow = self.text_at(after)
        if self.kinds[after] == _SYM:
            return follow in _AGE_CLOSERS  # "was 16.", not "is 6'3\"" (a height)
        return follow in _AGE_FOLLOWERS

    def age_predicate(self, head: int, after: int, number: Number) -> bool:
        """ "Begum and Abase were both 15", "the victim was just 14", "her son is now 12":
        a small number after a person's linking verb, with nothing counted after it, is an age.

        The subject is a name (a capitalised word no lexicon knows) or a noun of a person
        (``age_subject`` in ``figure_cues.tsv``); "the death toll was 23" keeps its count.
        """
        verb = head - 1
        if self.text_at(verb) in _AGE_FOCUS or self.text_at(verb) in _AGE_APPROXIMATE:
            verb -= 1
        if self.text_at(verb) == "been":
            # "who must have been about three": a modal's perfect links as "was" does
            verb -= 1
            while self.text_at(verb) in _PERFECT_MODALS and verb > 0:
                verb -= 1
            verb += 1
            if self.text_at(verb) not in _PERFECT_MODALS:
                return False
        elif self.text_at(verb) not in _LINKING:
            return False
        if verb < 1 or not self.age_closed(after, number):
            return False
        subject = verb - 1
        if self.text_at(subject) in _SUBJECT_ADVERBS:
            subject -= 1
        text = self.text_at(subject)
        if text in _PERSON_SUBJECTS:
            return True  # "his kids, who must have been about three": a person's age
        if text in _age_subjects():
            return True
        # "the youngest of the detainees is 13": a superlative of age heads the subject
        if not _AGE_SUPERLATIVES.isdisjoint(self.texts[max(0, subject - 4) : subject]):
            return True
        return (
            self.capitalised(subject)
            and text not in self.words.nouns
            and text not in _NOT_NAMES
            and text not in self.words.months
            and text not in _cue_words()
        )

    def suspended_compound(self, index: int) -> bool:
        """Whether a number at ``index`` starts a compound modifier ("nine-year-old")."""
        if index + 2 >= self.size or self.kinds[index] == _SYM:
            return False
        text = self.text_at(index)
        if not (text.isdigit() or text in self.words.units):
            return False
        return (
            self.text_at(index + 1) == "-"
            and self.adjacent(index, index + 1)
            and self.adjacent(index + 1, index + 2)
            and self.kinds[index + 2] == _WORD
            and not self.strong_after(index + 1)
            # "thirty-five", "one-eighth": a number or a fraction, not a modifier
            and self.text_at(index + 2) not in self.words.units
            and not self.text_at(index + 2).endswith(("th", "ths", "half", "third", "quarter"))
        )

    def lone_unit(self, index: int) -> bool:
        """Whether a short unit word alone closes the bracket at ``index``: "(280 mm)"."""
        unit = self.text_at(index)
        return unit.isalpha() and len(unit) <= _SHORT_UNIT and self.text_at(index + 1) == ")"

    def strong_after(self, index: int) -> bool:
        return self.text_at(index + 1) in {"strong", "plus"} and self.adjacent(index, index + 1)

    def measure_after(self, index: int) -> bool:
        """Whether the hyphen at ``index`` joins a currency or percent word to the number: money
        and shares stay figures inside a compound modifier ("a 300-euro fine", "a 40-percent
        stake"), as "a $10bn deal" does; "a 300-pound bomb" is a weight ("pound" alone is no
        currency row)."""
        unit = self.text_at(index + 1)
        words = self.words
        return (unit in words.currencies or unit in words.percent_words) and self.adjacent(
            index, index + 1
        )

    def counted_ahead(self, head: int, after: int) -> bool:
        """Whether a counted noun heads the words after a number: "near Idlib 21 Syrian
        soldiers", "bring Karim two plastic chairs", where the name before is no label.

        A known count noun may stand up to three words on; a lower-case number in words after
        a one-word name, which labels seldom are ("Boeing 737", "Ground Zero", "World War
        Two"), also counts a lower-case plural it is read with.
        """
        words = self.words
        in_words = (
            self.kinds[head] == _WORD
            and not self.capitalised(head)
            and not self.capitalised(head - 2)
        )
        for index in range(after, after + _COUNTED_REACH):
            if index >= self.size or self.kinds[index] != _WORD:
                return False
            text = self.text_at(index)
            if text in words.count_nouns:
                return True
            if text in _CLAUSE_OPENERS:
                return False  # "told Newsline 24 that the rebels": the noun is another clause's
            if self.capitalised(index):
                in_words = False  # "Channel 5 News": the name goes on
            elif in_words and _plural_word(text) and text not in words.nouns:
                return True
        return False

    def name_opened(self, head: int, after: int, number: Number) -> bool:
        """Whether the capitalised word before the number at ``head`` closes a name that the
        number goes on: "a Boeing 737", "the Task Force 51", "Anderson Cooper 360", not "near
        Idlib 21" nor "the Ethiopians 8,000 casualties".

        An article or possessive before it, or another capitalised word that starts no
        sentence, makes it a label; a preposition of place before the name makes it a place.
        A label's number has no thousands comma, its name is no plural of people, and the
        word after it is not capitalised as in a headline ("Learning 6 Soldiers Died").
        """
        name = head - 1
        if "," in number.text or self.capitalised(after):
            return False
        word = self.texts[name]
        plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
        # "the Italians 1,083 and the Ethiopians 800 casualties": a plural names no label, nor
        # does a people's plural in "-is" ("the Iraqis 12"), where "-is" spares "Paris 2024"
        if plural or self.nationals_before(head):
            return False
        lead = self.text_at(name - 1)
        if lead in _NAME_ARTICLES:
            return True
        if name < 2 or self.kinds[name - 1] != _WORD or not self.capitalised(name - 1):
            return False  # "On Monday 21 people died": a text's first word is capitalised anyway
        lead = self.text_at(name - 2)
        return lead in _NAME_ARTICLES or (
            lead not in _NAME_PLACES and lead not in _SENTENCE_PUNCT and lead != ","
        )

    def nationals_before(self, index: int) -> bool:
        """ "the Eritreans 873": the plural of a people's name before ``index``, which a
        number after it counts (a label's name is singular: "Boeing 737", "Channel 4")."""
        name = self.text_at(index - 1)
        return name.endswith("s") and name[:-1] in demonyms()

    def capitalised_name_before(self, index: int) -> bool:
        """ "Boeing 737", "Resolution 2231": a capitalised word that does not start a sentence."""
        if index < 1:
            return False
        prev = index - 1
        if self.kinds[prev] != _WORD:
            return False
        surface = self.surface(prev)
        if not surface[:1].isupper() or (surface.isupper() and len(surface) > 1):
            return False
        if surface == "I":
            return False  # "why aren't I 50 points ahead": the pronoun names nothing
        if index < 2:
            return False
        if self.texts[index - 2] in _SENTENCE_PUNCT:
            return False
        if "\n" in self.doc.normalized[self.ends[index - 2] : self.starts[index]]:
            return False  # a line ends after the name or before it: a headline, a new line
        name = self.texts[prev]
        return name not in _cue_words() and name not in self.words.months

    def verb_number(self, head: int, before: str) -> bool:
        """ "they now number about 160,000", "the rebels number 4,000": a verb, not a label.

        "number" follows a plural subject, a pronoun or an adverb; "the number 10" does not.
        """
        if before != "number":
            return False
        subject = self.text_at(head - 2)
        if subject in _VERB_NUMBER_SUBJECTS:
            return True
        # "the rebels number 4,000", not "flights number 5 and 6": a noun that is counted
        return subject in self.words.count_nouns and subject.endswith("s")

    def acronym_before(self, head: int, number: Number) -> bool:
        """ "CTF 50", "USS Mahan (DDG 72)", "Task Force (CTF) 50": a code of capitals and digits.

        Only a number in digits, right after a word in capitals (or one in brackets).
        """
        index = head - 1
        if index < 0:
            return False
        if self.kinds[index] != _WORD:
            if self.texts[index] != ")" or self.text_at(index - 2) != "(":
                return False
            index -= 1  # "(CTF) 50"
            if self.kinds[index] != _WORD:
                return False
        if self.kinds[head] != _NUM or number.scale != 1.0 or number.high is not None:
            return False
        surface = self.surface(index)
        if not (surface.isupper() and surface.isalpha() and len(surface) <= _MAX_ACRONYM):
            return False
        if surface in {"A", "I"} and self.text_at(index - 1) != "(":
            return False  # "A 2,000-strong force", but "(A 135)"
        if self.texts[index] in self.words.currencies:
            return False  # "USD 500,000": a currency code, not a name's code
        return len(surface) == 1 or self.texts[index] not in _cue_words()  # not "OVER 100"

    def age_at(self, head: int, after: int, number: Number) -> bool:
        """ "at 14 Talabani joined", "a member at 18, Talabani began": an age, not a count.

        A small whole number after "at", then a capitalised name or a comma and one; not
        after a verb that states a figure ("the toll stood at 18, officials said"). After a
        verb of a time of life (``age_event`` in ``figure_cues.tsv``: "retired at 49") with
        nothing counted next, or after a person ("myself at 12."), it is an age too.
        """
        if number.value > _MAX_AGE or number.scale != 1.0 or number.unit or number.high:
            return False
        owner = self.text_at(head - 2)
        if owner in _age_events() and self.text_at(after) not in self.words.count_nouns:
            return True  # "he retired at 49 if", "she married at 16,": a time of life
        if owner in _AGE_OBJECTS and self.age_closed(after, number):
            return True  # "it reminded me of myself at 12."
        if self.kinds[head] != _NUM or owner in _cue_words():
            return False
        if (
            owner == ","
            and self.capitalised(head - 3)
            and self.text_at(after) in {",", "the"}
            and not _AGE_SUPERLATIVES.isdisjoint(self.texts[after : after + _SUPERLATIVE_REACH])
        ):
            # "Jazz Jennings, at 15 the youngest marshal", "Omar Haddad, at 62, is the oldest";
            # not "Rubio, who has 151, or Kasich, at 54." (a count set beside another)
            return True
        name = after + 1 if self.text_at(after) == "," else after
        if self.text_at(name) in _SUBJECT_PRONOUNS:
            return True  # "At 19, she left for Syria"
        if self.text_at(name) in self.words.nouns or not self.capitalised(name):
            return False
        follow = self.text_at(name + 1)
        return (
            follow.isalpha() and follow not in self.words.nouns and not self.capitalised(name + 1)
        )

    def age_bound(self, head: int, after: int, number: Number) -> bool:
        """ "voters under 30 in Pennsylvania", "children under five have died", "aged over 65":
        a small whole number bounding the age of a group of people (``age_group`` in
        ``figure_cues.tsv``), with nothing counted after it; not "up to 30 soldiers" nor
        "civilians over 3 days" (a duration, dropped later as one)."""
        owner = self.text_at(head - 2)
        if owner not in _age_groups() and owner not in _AGE_WORDS:
            return False
        return self.age_limited(after, number)

    def age_limited(self, after: int, number: Number) -> bool:
        """Whether a number after a bound of age ("under", "younger than") can be an age: a
        small whole number with nothing counted or measured after it."""
        if number.value > _MAX_AGE or number.scale != 1.0 or number.unit or number.high:
            return False
        follow = self.text_at(after)
        return follow not in self.words.count_nouns and follow not in self.words.glued_units

    def ratio(self, number: Number, whole: int) -> bool:
        """Whether ``number`` is the first term of a ratio whose whole starts at atom
        ``whole``: "1 in 4 residents", "two in three voters" (a small whole number, then a
        larger one that is no year); not "arrested 12 in two raids", "killed 3 in 2015"."""
        if number.value > _MAX_SHARE or number.scale != 1.0 or number.high:
            return False
        if whole >= self.size or self.year_like(whole):
            return False
        parsed = self.parse_one(whole)
        return (
            parsed is not None
            and parsed[0].value > number.value
            and parsed[0].unit == number.unit  # "$4 of every $5": a share of money
        )

    def share_of(self, number: Number, whole: int) -> bool:
        """Whether ``number`` is a share of a whole after "of": of every whole ("$4 of every
        $5 worth of goods") or of a round ten or hundred ("eight of 10 avocados", "nine of
        100 voters"); not "10 of the first 11 contests", "three of 12 soldiers died"."""
        if self.text_at(whole) == "every":
            return self.ratio(number, whole + 1)
        parsed = self.parse_one(whole)
        return parsed is not None and parsed[0].value in _ROUND_WHOLES and self.ratio(number, whole)

    def to_one(self, number: Number, head: int, after: int) -> bool:
        """Whether ``number`` is a term of a ratio to one: "split 4 to 1", "by a ratio of about
        four to one", "a 3 to 1 margin"; not a tally, which counts votes or delegates ("voted
        5 to 4", "leads 458 to 359"), a change ("from 10 to 1"), a count ("4 to 1 soldiers"),
        nor a margin after "by", which says how many times one side outnumbers the other
        ("outnumber them by at least 50 to one": the 50 is a figure)."""
        if self.text_at(after) == "to":
            parsed = self.parse_one(after + 1)
            if parsed is None:
                return False
            larger, larger_at, (one, _, one_end) = number, head, parsed
        elif self.text_at(head - 1) == "to":
            parsed = self.parse_one(head - 2)
            if parsed is None or parsed[2] != head - 1:
                return False
            larger, larger_at, one, one_end = parsed[0], head - 2, number, after
        else:
            return False
        changes = self.words.changes
        return (
            one.value == 1
            and larger.value > 1
            and all(n.unit is None and n.scale == 1.0 and n.high is None for n in (larger, one))
            and not self.year_like(larger_at)
            and (larger_at == 0 or self.kinds[larger_at - 1] != _SYM)
            and self.text_at(larger_at - 1) not in changes
            and self.text_at(larger_at - 1) != "from"
            and self.text_at(larger_at - 2) not in changes
            and "by" not in self.texts[max(0, larger_at - _MARGIN_REACH) : larger_at]
            and self.text_at(one_end).lower() not in self.words.count_nouns
        )

    def old_year(self, head: int, after: int) -> bool:
        """A year before 1800 in four digits ("1776"), not followed by what it counts."""
        return (
            self.four_digits(head)
            and 1000 <= int(self.texts[head]) < 1800
            and self.text_at(after).lower() not in self.words.count_nouns
        )

    def dated_year(self, head: int) -> bool:
        """Whether the four digits at ``head`` close a day and a month ("5 October 1789")."""
        day = self.text_at(head - 2)
        return self.four_digits(head) and day.isdigit() and int(day) <= _MAX_DAY

    def year_like(self, index: int) -> bool:
        return self.four_digits(index) and 1800 <= int(self.texts[index]) <= 2100

    def four_digits(self, index: int) -> bool:
        """Whether atom ``index`` is a number of four digits, as a year is written."""
        text = self.texts[index]
        return self.kinds[index] == _NUM and len(text) == 4 and text.isdigit()


@functools.cache
def _age_subjects() -> frozenset[str]:
    """Nouns of a person whose "was 23" gives an age ("the gunman was 23"), from the cues."""
    return frozenset(row[0].lower() for row in load_table("figure_cues") if row[1] == "age_subject")


@functools.cache
def _age_groups() -> frozenset[str]:
    """Nouns of people whose "under 30" bounds their age ("voters under 30"), from the cues."""
    return frozenset(row[0].lower() for row in load_table("figure_cues") if row[1] == "age_group")


@functools.cache
def _age_events() -> frozenset[str]:
    """Verbs of a time of life whose "at 49" gives an age ("retired at 49"), from the cues."""
    return frozenset(row[0].lower() for row in load_table("figure_cues") if row[1] == "age_event")


@functools.cache
def _cue_words() -> frozenset[str]:
    """Words that may stand capitalised before a number without naming it ("Over 100")."""
    words: set[str] = set()
    for row in load_table("figure_cues"):
        if row[1] in {"before", "casualty", "attribution", "link"}:
            words.update(row[0].lower().split())
    return frozenset(words) | frozenset(_words().units) | frozenset(_words().vague)


def find_numbers(doc: Text) -> tuple[Number, ...]:
    """Return the cardinal numbers of ``doc`` in text order (see :func:`extract_numbers`)."""
    if not doc.normalized.strip():
        return ()
    return tuple(_Scanner(doc).run())


def extract_numbers(text: str) -> tuple[Number, ...]:
    """Return the cardinal numbers in ``text``: counts, amounts, ranges and vague magnitudes.

    Years, dates, times of day, ordinals, names with numbers ("Su-25", "Resolution 2231") and
    compound modifiers ("a 24-hour ceasefire") are left out.

    Example:
        >>> [(n.text, n.value) for n in extract_numbers("Some 100,000 troops and 1.5 million")]
        [('100,000', 100000.0), ('1.5 million', 1500000.0)]
        >>> n = extract_numbers("tens of thousands fled in 2014")[0]
        >>> (n.value, n.low, n.high, n.vague)
        (20000.0, 20000.0, 90000.0, True)

    .. versionadded:: 0.1.0
    """
    return find_numbers(Text(text))
