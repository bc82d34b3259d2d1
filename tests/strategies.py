"""Hypothesis strategies for conflictparse: arbitrary text and news-like text built from fragments.

Two families:

* :func:`arbitrary_text` -- any Unicode string hypothesis can think of (surrogate-free), with the
  awkward code points (NUL, controls, zero-width, bidi, combining, exotic line breaks) made likely.
* :func:`news_text` -- text assembled from small fragments that look like conflict reporting
  (speakers, speech verbs, quotation marks of every kind, numbers in every shape, dates, troops,
  places), glued with every kind of separator, so that the extractors' interesting paths run.

All fragments are written for these tests; none is taken from an evaluation corpus.
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

__all__ = [
    "AWKWARD_CHARS",
    "QUOTE_MARKS",
    "arbitrary_text",
    "documents",
    "news_text",
    "numbers",
    "published_dates",
    "quotations",
    "time_phrases",
]

#: Every quotation mark the Text model knows about, and a few look-alikes it does not.
QUOTE_MARKS = (
    '"',
    "'",
    "\u201c",  # left double
    "\u201d",  # right double
    "\u2018",  # left single
    "\u2019",  # right single / apostrophe
    "\u201e",  # low double (German opening)
    "\u201a",  # low single
    "\u201f",  # reversed double
    "\u00ab",  # guillemets
    "\u00bb",
    "\u2039",
    "\u203a",
    "\u300c",  # corner brackets
    "\u300d",
    "\u2033",  # double prime, inches
    "\uff02",  # fullwidth quotation mark
    "`",
    "``",
    "''",
)

#: Characters that break naive text handling.
AWKWARD_CHARS = (
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",  # next line (C1 control, str.splitlines breaks on it)
    "\xa0",  # no-break space
    "\xad",  # soft hyphen
    "\u034f",  # combining grapheme joiner
    "\u0301",  # combining acute
    "\u0308",  # combining diaeresis
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u2069",
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\u2060",  # word joiner
    "\u3000",  # ideographic space
    "\ufeff",  # byte-order mark
    "\ufffd",  # replacement character
    "\ufffe",  # noncharacter
    "\U000e0041",  # tag character
    "\U0001f600",  # emoji, outside the BMP
    "\U0010fffd",  # private use, plane 16
    "\u0130",  # I with dot: lower() changes the length
    "\u1e9e",  # capital sharp s
    "\ufb03",  # ffi ligature: upper() changes the length
    "\u0661\u0662\u0663",  # Arabic-Indic digits
    "\u00bd",  # vulgar fraction one half
    "\u2163",  # Roman numeral four
    "\u2026",  # ellipsis
    "\u2014",  # em dash
    "\u2013",  # en dash
    "\u2010",
    "\u2011",
)

_SEPARATORS = (
    " ",
    " ",
    " ",
    "  ",
    ", ",
    ". ",
    "! ",
    "? ",
    "; ",
    ": ",
    " -- ",
    " \u2014 ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\t",
    "\xa0",
    "",
    "...",
    " (",
    ") ",
)

_PEOPLE = (
    "Jane Okafor",
    "Pavel Ivanenko",
    "Maria Lindqvist",
    "Gen. Omar Haddad",
    "Lt. Col. Ana Ruiz",
    "Mr. Chen",
    "Dr. Amira Saleh",
    "President Karlsson",
    "Prime Minister Aldo Ferri",
    "Defence Minister Ilse Brandt",
    "Foreign Minister Tomas Varga",
    "the secretary-general",
    "a senior official",
    "two diplomats",
    "an official who spoke on condition of anonymity",
    "a spokesman for the ministry",
    "Okafor",
    "Ivanenko",
    "she",
    "he",
    "they",
    "O'Neill",
    "de la Cruz",
    "J. R. Smith",
)

_GROUPS = (
    "NATO",
    "the United Nations",
    "the U.N.",
    "the U.S.",
    "the European Union",
    "the Kremlin",
    "the Pentagon",
    "Russia",
    "Ukraine",
    "Syria",
    "Turkey",
    "the SDF",
    "Islamic State",
    "the rebels",
    "Russian-backed separatists",
    "the Ministry of Defence",
    "Reuters",
    "the Associated Press",
    "Washington",
    "Moscow",
    "Kyiv",
)

_CUES = (
    "said",
    "says",
    "told reporters",
    "told Reuters",
    "warned",
    "added",
    "stressed",
    "denied",
    "claimed",
    "said in a statement",
    "according to",
    "in an interview,",
    "did not say",
    "declined to comment",
    "wrote on Twitter",
    "is quoted as saying",
)

_MILITARY = (
    "troops",
    "soldiers",
    "tanks",
    "armoured vehicles",
    "fighter jets",
    "F-16s",
    "warships",
    "battalion tactical groups",
    "the 1st Battalion",
    "artillery",
    "drones",
    "Su-34 bombers",
    "S-400 systems",
    "paratroopers",
    "military personnel",
    "forces",
)

_ACTIONS = (
    "deployed",
    "has massed",
    "is massing",
    "sent",
    "moved",
    "withdrew",
    "pulled back",
    "stationed",
    "will deploy",
    "plans to send",
    "could send",
    "denied moving",
    "reinforced",
    "held exercises with",
    "built up",
)

_PLACES = (
    "near the border",
    "on the border with Ukraine",
    "in Crimea",
    "to Poland",
    "in the Black Sea",
    "along the frontier",
    "in eastern Syria",
    "north of Aleppo",
    "in the Donbas region",
    "at a base in Belarus",
)

_WORDS = (
    "the",
    "a",
    "of",
    "and",
    "in",
    "on",
    "that",
    "was",
    "were",
    "not",
    "about",
    "some",
    "at least",
    "up to",
    "more than",
    "nearly",
    "around",
    "killed",
    "wounded",
    "displaced",
    "detained",
    "missing",
    "people",
    "civilians",
    "refugees",
    "ceasefire",
    "a 24-hour ceasefire",
    "Resolution 2231",
    "Article 5",
    "attack",
    "escalation",
    "build-up",
    "statement",
    "percent",
    "%",
    "km",
    "miles",
    "$",
    "dollars",
    "AND",
    "SAID",
    "THE",
    "U.S.",
    "e.g.",
    "i.e.",
    "etc.",
    "No.",
    "St.",
    "vs.",
    "Jan.",
    "Sept.",
)

_NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "twelve",
    "dozens",
    "two dozen",
    "a dozen",
    "hundreds",
    "thousands",
    "tens of thousands",
    "hundreds of thousands",
    "a million",
    "1.5 million",
    "2 billion",
    "several thousand",
    "a few hundred",
    "half a million",
    "a quarter",
    "one-third",
    "twenty-five",
    "one hundred and twenty",
    "zero",
    "a couple of",
    "scores of",
    "no",
)

_TIME_WORDS = (
    "Monday",
    "on Tuesday",
    "last week",
    "next month",
    "this year",
    "last year",
    "yesterday",
    "today",
    "tomorrow",
    "on Sunday night",
    "earlier this month",
    "in recent days",
    "in the spring of 1943",
    "by late 1944",
    "since 2014",
    "in 2014",
    "the 1990s",
    "two weeks ago",
    "for three days",
    "every Friday",
    "weekly",
    "now",
    "recently",
    "at 3 p.m.",
    "at 14:30 GMT",
    "on Nov. 15",
    "15 November 2021",
    "November 15, 2021",
    "2021-11-15",
    "15/11/2021",
    "11/15/21",
    "Q3 2021",
    "mid-December",
    "the end of the year",
    "Christmas",
    "the weekend",
    "31 February 2021",
    "0000-00-00",
    "9999-12-31",
    "May",
    "March",
    "April 1",
    "Dec. 32",
    "24 hours",
    "a decade",
)

_DIGIT_NUMBERS = (
    "0",
    "00",
    "007",
    "100,000",
    "1,000,000",
    "1.000.000",
    "1 000 000",
    "1\u202f000",
    "1,00,000",
    "3.5",
    ".5",
    "5.",
    "-12",
    "+7",
    "1e6",
    "1,5",
    "12,34,5",
    ",,,",
    "1..2",
    "10-15",
    "10 to 15",
    "between 10 and 15",
    "10\u201315",
    "50%",
    "50 per cent",
    "$1.5bn",
    "\u20ac20m",
    "\u00a35",
    "1st",
    "2nd",
    "23rd",
    "100th",
    "1990s",
    "'90s",
    "No. 5",
    "#3",
    "3/4",
    "1\u00bd",
    "\u0663\u0660\u0660",
    "\uff11\uff12\uff13",
    "\u2163",
    "0x1F",
    "1_000",
)


# Strategies are built once here: constructing them per draw costs more than drawing from them.
_WORD = st.sampled_from(_WORDS)
_PERSON_OR_GROUP = st.sampled_from(_PEOPLE + _GROUPS)
_GROUP = st.sampled_from(_GROUPS)
_CUE = st.sampled_from(_CUES)
_FORCES = st.sampled_from(_MILITARY)
_ACTION = st.sampled_from(_ACTIONS)
_PLACE = st.sampled_from(_PLACES)
_TIME_WORD = st.sampled_from(_TIME_WORDS)
_DIGIT_NUMBER = st.sampled_from(_DIGIT_NUMBERS)
_NUMBER_WORD = st.sampled_from(_NUMBER_WORDS)
_SEPARATOR = st.sampled_from(_SEPARATORS)
_MARK_OR_AWKWARD = st.sampled_from(QUOTE_MARKS + AWKWARD_CHARS)
_FRAGMENT = st.one_of(
    _WORD,
    _PERSON_OR_GROUP,
    _CUE,
    _FORCES,
    _ACTION,
    _PLACE,
    _TIME_WORD,
    _DIGIT_NUMBER,
    _NUMBER_WORD,
)
_NOISE_CHAR = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from([c for c in AWKWARD_CHARS + QUOTE_MARKS if len(c) == 1]),
    st.sampled_from(".,;:!?()[]'\"-\n\r\t "),
)
_SMALL_INT = st.integers(min_value=0, max_value=9)
_BIG_INT = st.integers(min_value=-(10**15), max_value=10**15)
_FLOAT = st.floats(allow_nan=True, allow_infinity=True, width=32)
_DIGIT_RUN_LENGTH = st.integers(min_value=1, max_value=400)
_DIGIT_GROUPING = st.sampled_from(("", ",", ".", " "))
_DAY = st.integers(min_value=0, max_value=40)
_MONTH = st.sampled_from(
    ("January", "Feb.", "March", "Sept.", "December", "Dec", "13", "0", "mid-June")
)
_YEAR = st.integers(min_value=0, max_value=99999)
_DATE_TEMPLATE = st.sampled_from(
    ("{d} {m} {y}", "{m} {d}, {y}", "{m} {y}", "{y}-{d:02}-{d:02}", "{d}/{d}/{y}", "{m} {d}")
)
_QUOTE_PAIR = st.sampled_from(
    (
        ('"', '"'),
        ("\u201c", "\u201d"),
        ("\u201e", "\u201c"),
        ("\u00ab", "\u00bb"),
        ("\u00bb", "\u00ab"),
        ("\u2039", "\u203a"),
        ("\u300c", "\u300d"),
        ("'", "'"),
        ("\u2018", "\u2019"),
        ("``", "''"),
        ("\u201d", "\u201c"),  # backwards
        ('"', ""),  # unclosed
        ("", '"'),  # unopened
        ("\u201c", ""),
        ("", "\u201d"),
        ("\u201c", '"'),  # mismatched
    )
)
_QUOTED_WORDS = st.lists(_FRAGMENT, max_size=8)
_NESTED_WORDS = st.lists(_FRAGMENT, max_size=4)
_ENDING = st.sampled_from((".", ".", ".", "!", "?", "", ".\u201d", '."', "...", "\u2026"))
_TEMPLATE = st.sampled_from(
    (
        "{quote}, {speaker} {cue}{end}",
        "{speaker} {cue} {quote}{end}",
        "{speaker} {cue} that {group} {action} {count} {forces} {place} {when}{end}",
        "{group} {action} {count} {forces} {place} {when}, {cue} {speaker}{end}",
        "{when}, {group} {action} about {count} {forces} {place}{end}",
        "{quote} {speaker} {cue}. {quote}{end}",
        "At least {count} people were killed and {count} wounded {when}, {speaker} {cue}{end}",
        "{group} ({speaker}) {cue} {count} {forces} {action} {place}{end}",
        "{speaker}, {cue} {quote}, {group} {action} {forces}{end}",
    )
)
_NOISE = st.text(alphabet=_NOISE_CHAR, max_size=12)
_REPEAT_UNIT = st.sampled_from(
    (*QUOTE_MARKS, "9", ".", "Capital ", "A. ", ", ", "\r", "\n", "\u200b", "\x00")
)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A number in some shape: digits with odd grouping, decimals, words, ranges, fractions."""
    kind = draw(_SMALL_INT) % 5
    if kind == 0:
        return draw(_DIGIT_NUMBER)
    if kind == 1:
        return draw(_NUMBER_WORD)
    if kind == 2:
        value = draw(_BIG_INT)
        return f"{value:,}" if value % 2 else str(value)
    if kind == 3:
        return str(draw(_FLOAT))
    # A long run of digits, with or without separators; one integer draw, not one per digit.
    length = draw(_DIGIT_RUN_LENGTH)
    digits = str(draw(st.integers(min_value=0, max_value=10**length - 1))).zfill(length)
    separator = draw(_DIGIT_GROUPING)
    if separator:
        digits = separator.join(digits[i : i + 3] for i in range(0, len(digits), 3))
    return digits


@st.composite
def time_phrases(draw: st.DrawFn) -> str:
    """A date or time phrase, named, relative, numeric, impossible, or made of random parts."""
    if draw(_SMALL_INT) < 5:
        return draw(_TIME_WORD)
    template = draw(_DATE_TEMPLATE)
    return template.format(d=draw(_DAY), m=draw(_MONTH), y=draw(_YEAR))


@st.composite
def quotations(draw: st.DrawFn) -> str:
    """Quoted words with every kind of mark: paired, unpaired, nested, mismatched, empty."""
    inner = " ".join(draw(_QUOTED_WORDS))
    opening, closing = draw(_QUOTE_PAIR)
    if draw(_SMALL_INT) < 2:
        # A quotation nested inside this one.
        inner_open, inner_close = draw(_QUOTE_PAIR)
        nested = " ".join(draw(_NESTED_WORDS))
        inner = f"{inner} {inner_open}{nested}{inner_close} {inner}"
    return f"{opening}{inner}{closing}"


_NUMBER = numbers()
_TIME = time_phrases()
_QUOTATION = quotations()


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    """One news-like sentence from a template: a statement, a deployment, a casualty count."""
    template = draw(_TEMPLATE)
    return template.format(
        quote=draw(_QUOTATION) if "{quote}" in template else "",
        speaker=draw(_PERSON_OR_GROUP),
        cue=draw(_CUE),
        group=draw(_GROUP) if "{group}" in template else "",
        count=draw(_NUMBER) if "{count}" in template else "",
        forces=draw(_FORCES) if "{forces}" in template else "",
        action=draw(_ACTION) if "{action}" in template else "",
        place=draw(_PLACE) if "{place}" in template else "",
        when=draw(_TIME) if "{when}" in template else "",
        end=draw(_ENDING),
    )


_SENTENCE = _sentence()


@st.composite
def _piece(draw: st.DrawFn) -> str:
    """One piece of a news-like document: a sentence, a fragment, a quotation, or noise."""
    kind = draw(_SMALL_INT)
    if kind <= 3:
        return draw(_SENTENCE)
    if kind == 4:
        return draw(_QUOTATION)
    if kind == 5:
        return draw(_NUMBER)
    if kind == 6:
        return draw(_MARK_OR_AWKWARD)
    if kind == 7:
        return draw(_TIME)
    if kind == 8:
        return draw(_NOISE)
    return draw(_FRAGMENT)


_PIECE = _piece()
_PIECES = {size: st.lists(_PIECE, max_size=size) for size in (10, 20, 30)}


@st.composite
def news_text(draw: st.DrawFn, max_pieces: int = 20) -> str:
    """A news-like document: pieces joined by separators, sometimes with a pathological stretch.

    Args:
        draw: supplied by hypothesis.
        max_pieces: the most pieces to join.
    """
    pieces_strategy = _PIECES.get(max_pieces)
    if pieces_strategy is None:
        pieces_strategy = st.lists(_PIECE, max_size=max_pieces)
    pieces = draw(pieces_strategy)
    parts: list[str] = []
    for piece in pieces:
        parts.append(piece)
        parts.append(draw(_SEPARATOR))
    text = "".join(parts)
    shape = draw(_SMALL_INT)
    if shape == 0:
        # No punctuation and no line breaks at all: one endless sentence.
        text = "".join(c if c.isalnum() else " " for c in text)
    elif shape == 1:
        # A very long sentence: one piece repeated many times.
        repeat = draw(st.integers(min_value=20, max_value=200))
        text = text + " " + " ".join([draw(_FRAGMENT)] * repeat)
    elif shape == 2:
        # A long run of one mark: quotes, digits, capitals, periods.
        unit = draw(_REPEAT_UNIT)
        repeat = draw(st.integers(min_value=10, max_value=1000))
        cut = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:cut] + unit * repeat + text[cut:]
    elif shape == 3:
        text = text.upper()
    elif shape == 4:
        text = text.replace("\n", "\r\n")
    elif shape == 5:
        # Cut anywhere, as a headline or a truncated scrape ends: no full stop after the last
        # word, so a rule that looks ahead must stop at the end of the text.
        text = text[: draw(st.integers(min_value=0, max_value=len(text)))]
    return text


def arbitrary_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Any surrogate-free Unicode text, with the awkward characters made likely."""
    return st.text(alphabet=_NOISE_CHAR, max_size=max_size)


def documents() -> st.SearchStrategy[str]:
    """A document to parse: news-like most of the time, arbitrary text otherwise."""
    return _DOCUMENTS


_DOCUMENTS = st.one_of(news_text(), news_text(), news_text(), arbitrary_text())


def published_dates() -> st.SearchStrategy[_dt.date | _dt.datetime | str | None]:
    """An anchor date in every accepted form, including the edges of the calendar."""
    return st.one_of(
        st.none(),
        st.dates(),
        st.datetimes(),
        st.dates().map(_dt.date.isoformat),
        st.sampled_from(("2021-11-16", "2021-11-16T08:30:00Z", "0001-01-01", "9999-12-31")),
    )
